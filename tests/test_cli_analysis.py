"""The analysis commands on any data: --claims/--articles, --format, clear errors, Dask on link and extract."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import claimsdata
from claimsdata._output import render
from claimsdata.cli import app

E2E = Path(__file__).parent / "data" / "e2e"


def _run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "out"
    code, _, err = _run("extract", str(E2E / "corpus.jsonl"), "--out", str(out), "--codebook",
                        str(E2E / "codebook.yaml"))
    assert code == 0, err
    return out


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "md"])
def test_every_table_command_prints_each_format(out: Path, fmt: str):
    for args in (["keys", "--claims", str(out), "--codebook", str(E2E / "codebook.yaml")],
                 ["groups", "--claims", str(out)],
                 ["compare", "maren_deaths_port_ellis", "--claims", str(out), "--codebook",
                  str(E2E / "codebook.yaml")],
                 ["consistency", "--claims", str(out), "--by", "group"],
                 ["sql", "SELECT article_id, outlet FROM articles ORDER BY 1", "--claims", str(out)],
                 ["validate", str(out)]):
        code, text, err = _run(*args, "--format", fmt)
        assert code == 0, (args, err)
        if fmt == "json":
            rows = json.loads(text)
            assert isinstance(rows, list) and rows and isinstance(rows[0], dict)
        elif fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(text)))
            assert rows and len(rows[0]) > 1
        elif fmt == "md":
            lines = text.splitlines()
            assert lines[0].startswith("| ") and set(lines[1]) <= set("|-")
        else:
            assert text.strip() and "Traceback" not in text


def test_extract_with_a_codebook_links_as_it_writes(out: Path):
    claims = claimsdata.load_claims(path=out)
    assert claims["claim_key"].notna().sum() == 13
    # the same table the `link` command gives
    code, _, _ = _run("link", str(out), "--codebook", str(E2E / "codebook.yaml"))
    assert code == 0
    again = claimsdata.load_claims(path=out)
    pd.testing.assert_series_equal(claims["claim_key"], again["claim_key"])


def test_validate_reads_the_folders_extract_writes(out: Path):
    for path in (out, out / "claims"):
        code, text, err = _run("validate", str(path))
        assert code == 0, err
    code, text, _ = _run("validate", str(out / "articles"), "--suite", "articles")
    assert code == 0, text


def test_json_output_is_strict_and_dates_are_iso(out: Path):
    code, text, _ = _run("consistency", "--claims", str(out), "--by", "group", "--format", "json")
    rows = json.loads(text, parse_constant=lambda c: pytest.fail(f"non-standard JSON constant {c}"))
    assert all(len(r["date"]) == 10 for r in rows)


def test_render_escapes_markdown_and_writes_nulls_as_empty():
    frame = pd.DataFrame({"a": ["x|y", None], "b": [1234567.5, float("nan")]})
    md = render(frame, "md").splitlines()
    assert md[2] == "| x\\|y | 1.23457e+06 |" and md[3] == "|  |  |"
    assert json.loads(render(frame, "json")) == [{"a": "x|y", "b": 1234567.5}, {"a": None, "b": None}]


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["compare", "russia_mobilised_total"], 2, "did you mean russia_mobilized_total"),
        (["compare", "g0123456789"], 2, "no claim group"),
        (["keys", "--search", "zzzz-nothing"], 1, "no key matches"),
        (["groups", "--workers", "3"], 2, "--engine dask only"),
        (["extract", "x.jsonl", "--out", "o", "--scheduler", "tcp://h:1"], 2, "--engine dask only"),
        (["consistency", "--by", "outlet"], 2, "outlet"),
        (["sql", "SELEC 1"], 1, "syntax error"),
        (["validate", str(E2E), "--suite", "nope"], 2, "no suite 'nope'"),  # (not "no Parquet parts")
        (["compare", "x", "--claims", "no/such/file.parquet"], 2, "no such file"),
        (["chart", "kherson_evacuation_districts", "--out", "x.png", "--kind", "parts"], 2, "part_of"),
    ],
)
def test_user_errors_are_one_clear_line(args: list[str], code: int, message: str):
    got, text, err = _run(*args)
    assert got == code, (text, err)
    assert message in (err + text) and "Traceback" not in err + text


@pytest.mark.parametrize("command", [["keys"], ["groups"], ["consistency"], ["compare", "g0123456789"],
                                     ["chart", "g0123456789", "--out", "{tmp}/x.png"],
                                     ["figures", "--out-dir", "{tmp}/figs"],
                                     ["report", "--all", "--out", "{tmp}/site"], ["sql", "SELECT 1"]])
def test_an_articles_table_given_as_claims_is_named_not_a_traceback(tmp_path: Path, command: list[str]):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"article_id": "a1", "text": "Sales rose 4%.", "published": "2024-05-02"}) + "\n")
    got, text, err = _run(*(a.format(tmp=tmp_path) for a in command), "--claims", str(articles))
    assert got == 2, (text, err)
    assert f"{articles}: not a claims table (it looks like an articles table): no column claim_id" in err
    assert "Traceback" not in err + text


def test_a_claim_without_an_id_is_named_by_its_record(tmp_path: Path):
    claims = claimsdata.load_claims().head(5).copy()
    claims["claim_id"] = claims["claim_id"].astype("object")
    claims.loc[claims.index[2], "claim_id"] = None
    claims.to_csv(tmp_path / "claims.csv", index=False)
    got, text, err = _run("groups", "--claims", str(tmp_path / "claims.csv"))
    assert got == 2 and "claims.csv: record 3 has no claim_id (1 record(s) without one" in err, (text, err)


def test_chart_of_nothing_is_an_error(tmp_path: Path):
    """Claims without any date cannot be drawn over time: an error and no file, not blank axes dated 1970."""
    claims = claimsdata.load_claims()
    undated = claims[claims["claim_key"] == "russia_mobilized_total"].assign(claim_date=pd.NaT, ref_start=pd.NaT,
                                                                             ref_end=pd.NaT)
    undated.to_parquet(tmp_path / "claims.parquet")
    got, _, err = _run("chart", "russia_mobilized_total", "--claims", str(tmp_path / "claims.parquet"),
                       "--out", str(tmp_path / "x.png"))
    assert got == 1 and "none of its" in err
    assert not (tmp_path / "x.png").exists()


def test_a_date_valued_key_gets_a_date_chart(tmp_path: Path):
    got, _, err = _run("chart", "kherson_liberation_date", "--out", str(tmp_path / "d.png"))
    assert got == 0, err
    assert (tmp_path / "d.png").stat().st_size > 10_000


def test_figures_of_your_own_claims(out: Path, tmp_path: Path):
    code, text, err = _run("figures", "--claims", str(out), "--out-dir", str(tmp_path))
    assert code == 0, err
    drawn = sorted(p.name for p in tmp_path.glob("*.png"))
    assert drawn == ["maren_deaths_port_ellis.png", "norland_aid_to_calvia_eur.png",
                     "ridgeway_passengers_month.png"]


@pytest.mark.dask
def test_dask_engine_extracts_links_and_groups_the_same(out: Path, tmp_path: Path):
    other = tmp_path / "dask-out"
    code, _, err = _run("extract", str(E2E / "corpus.jsonl"), "--out", str(other), "--engine", "dask",
                        "--workers", "2", "--codebook", str(E2E / "codebook.yaml"))
    assert code == 0, err
    a = claimsdata.load_claims(path=out).sort_values("claim_id").reset_index(drop=True)
    b = claimsdata.load_claims(path=other).sort_values("claim_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)
    code, _, err = _run("link", str(other), "--codebook", str(E2E / "codebook.yaml"), "--engine", "dask")
    assert code == 0, err
    pd.testing.assert_series_equal(
        claimsdata.load_claims(path=other).sort_values("claim_id")["claim_key"].reset_index(drop=True),
        a["claim_key"])
    local = json.loads(_run("groups", "--claims", str(out), "--format", "json")[1])
    dask = json.loads(_run("groups", "--claims", str(out), "--format", "json", "--engine", "dask")[1])
    assert local == dask
