"""Every expectation is proven able to fail: a corruption per expectation, checked through the API and the CLI."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import claimsdata
from claimsdata import DatasetValidationError
from claimsdata.cli import app
from claimsdata.dataset import build
from claimsdata.models import DIMENSIONS, METHODS, QUALIFIERS
from claimsdata.validation import load_suite, validate

from .conftest import RAW, ROOT

SUITES = ROOT / "expectations"


@pytest.fixture(scope="module")
def good() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The shipped tables, with the full text the package does not redistribute put back from data/raw (the
    offset checks need it)."""
    from claimsdata.ingest import read_articles

    articles = claimsdata.load_articles()
    raw = {a.article_id: a.text for a in read_articles(RAW / "articles")}
    articles["text"] = articles["article_id"].map(raw).astype("string").fillna(articles["text"])
    return claimsdata.load_claims(), articles


def _row(c: pd.DataFrame, **where: str) -> int:
    mask = pd.Series(True, index=c.index)
    for k, v in where.items():
        mask &= c[k].astype("string") == v
    return int(mask[mask].index[0])


def _set(col: str, value: object, **where: str) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def corrupt(c: pd.DataFrame) -> pd.DataFrame:
        c = c.copy()
        if isinstance(c[col].dtype, pd.CategoricalDtype):
            c[col] = c[col].astype("string")
        c.loc[_row(c, **where) if where else c.index[0], col] = value
        return c
    return corrupt


def _many(*fns: Callable[[pd.DataFrame], pd.DataFrame]) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def corrupt(c: pd.DataFrame) -> pd.DataFrame:
        for fn in fns:
            c = fn(c)
        return c
    return corrupt


def _dup_id(c: pd.DataFrame) -> pd.DataFrame:
    c = c.copy()
    c.loc[c.index[1], "claim_id"] = c.loc[c.index[0], "claim_id"]
    return c


EXTRACTED = {"method": "extracted"}
CLAIM_CORRUPTIONS: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "columns_present": lambda c: c.drop(columns=["hedge"]),
    "row_count": lambda c: c.iloc[0:0],
    "claim_id_not_null": _set("claim_id", None),
    "claim_id_unique": _dup_id,
    "article_id_not_null": _set("article_id", None, method="coded"),
    "method_in_set": _set("method", "guessed", method="coded"),
    "dimension_in_set": _set("dimension", "weight", dimension="count"),
    "qualifier_in_set": _set("qualifier", "roughly"),
    "method_not_null": _set("method", None),
    "dimension_not_null": _set("dimension", None),
    "qualifier_not_null": _set("qualifier", None),
    "unit_not_null": _set("unit", None, dimension="percent"),
    "money_unit_iso4217": _set("unit", "dollars", dimension="money"),
    "duration_unit_day": _set("unit", "week", dimension="duration"),
    "count_unit_count": _set("unit", "people", dimension="count"),
    "percent_unit_percent_or_pp": _set("unit", "per cent", dimension="percent"),
    "age_unit_year": _many(_set("dimension", "age", dimension="count"), _set("unit", "day", dimension="age")),
    "change_in_set": _set("change", "sideways"),
    "surface_not_null": _set("surface", None, method="coded"),
    "sentence_not_null": _set("sentence", None),
    "claim_key_snake_case": _set("claim_key", "Russia Mobilised", method="coded"),
    "low_le_value": _many(_set("value_low", 9e12, qualifier="exact", dimension="count"),
                          _set("value_high", 9e13, qualifier="exact", dimension="count")),
    "value_le_high": _many(_set("value_high", 1.0, qualifier="exact", dimension="count"),
                           _set("value_low", None, qualifier="exact", dimension="count")),
    "low_le_high": _many(_set("value_low", 9e9, qualifier="range"), _set("value_high", 1.0, qualifier="range")),
    "confidence_0_1": _set("confidence", 1.5),
    "confidence_not_null": _set("confidence", None),
    "start_non_negative": _many(_set("start", -3, method="coded"), _set("end", 2, method="coded")),
    # on a coded claim (no text to compare with), so that only the offsets rule is broken
    "start_before_end": _many(_set("start", 7, method="coded"), _set("end", 7, method="coded")),
    "extracted_have_offsets": _many(_set("start", None, **EXTRACTED), _set("end", None, **EXTRACTED)),
    "claim_date_plausible": _set("claim_date", pd.Timestamp("1750-01-01"), method="coded", claim_key="russia_mobilized_total"),
    "ref_start_plausible": _set("ref_start", pd.Timestamp("1750-01-01"), dimension="date"),
    "ref_start_le_end": _set("ref_start", pd.Timestamp("2030-01-01"), dimension="date"),
    "coded_have_url": _set("source_url", None, method="coded"),
    "source_url_well_formed": _set("source_url", "see the newspaper", method="coded"),
    "article_id_exists": _set("article_id", "no-such-article", method="coded"),
    "surface_matches_text": _set("surface", "$999 million", surface="$625 million"),
    "claim_date_not_after_published": _set("claim_date", pd.Timestamp("2022-12-01"), surface="more than 200,000"),
}
ARTICLE_CORRUPTIONS: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "columns_present": lambda a: a.drop(columns=["title"]),
    "row_count": lambda a: a.iloc[0:0],
    "article_id_not_null": _set("article_id", None),
    "article_id_unique": lambda a: _set("article_id", a["article_id"].iloc[0])(a.iloc[[0, 1]].reset_index(drop=True).iloc[::-1]).iloc[::-1],
    "article_id_format": _set("article_id", "bad id!"),
    "url_well_formed": _set("url", "www example"),
    "published_plausible": _set("published", pd.Timestamp("1750-01-01")),
    "language_iso639": _set("language", "English"),
}


def _ids(suite: str) -> set[str]:
    return {e["meta"]["id"] for e in load_suite(suite, SUITES)["expectations"]}


def test_every_expectation_has_a_corruption_and_the_suites_are_large_enough():
    cross = {"article_id_exists", "surface_matches_text", "claim_date_not_after_published"}
    assert set(CLAIM_CORRUPTIONS) == _ids("claims") | cross
    assert set(ARTICLE_CORRUPTIONS) == _ids("articles")
    assert len(_ids("claims")) >= 15 and len(_ids("articles")) >= 6
    assert "outlet_not_null" not in _ids("articles")  # outlet is optional in the model and in extract's output


def test_suite_vocabularies_match_the_models():
    sets = {e["meta"]["id"]: e["kwargs"].get("value_set") for e in load_suite("claims", SUITES)["expectations"]}
    assert sets["dimension_in_set"] == list(DIMENSIONS)
    assert sets["qualifier_in_set"] == list(QUALIFIERS)
    assert sets["method_in_set"] == list(METHODS)


def test_suites_are_stable_json_and_shipped():
    for name in ("claims", "articles"):
        text = (SUITES / f"{name}.json").read_text()
        assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
        assert (ROOT / "src" / "claimsdata" / "_data" / "expectations" / f"{name}.json").read_text() == text


def test_good_dataset_passes(good):
    claims, articles = good
    rc = validate(claims, "claims", articles=articles, suites_dir=SUITES)
    ra = validate(articles, "articles", suites_dir=SUITES)
    assert rc.success and ra.success, (str(rc), str(ra))
    assert all(r.success for r in rc.results)  # cross checks ran (not skipped)


def test_cross_checks_are_skipped_visibly_without_articles(good):
    report = validate(good[0], "claims", suites_dir=SUITES)
    skipped = [r for r in report.results if r.success is None]
    assert {r.id for r in skipped} == {"article_id_exists", "surface_matches_text", "claim_date_not_after_published"}
    assert "skip" in str(report)


@pytest.mark.parametrize("check", sorted(CLAIM_CORRUPTIONS))
def test_each_claims_expectation_catches_its_corruption(good, tmp_path: Path, check: str):
    # one run per check, through a file and the command (which calls validate()): the suite takes about a second
    # on this VM, and 37 checks run twice each took a quarter of the test suite's time budget
    claims, articles = good
    bad = CLAIM_CORRUPTIONS[check](claims.copy())
    bad.to_parquet(tmp_path / "claims.parquet")
    articles.to_parquet(tmp_path / "articles.parquet")
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "claims.parquet"), "--suites", str(SUITES),
                                      "--format", "json"])
    assert result.exit_code == 1, result.output
    rows = json.loads(result.output)
    failed = [r for r in rows if r["success"] is False]
    assert [r["id"] for r in failed] == [check], result.output
    assert failed[0]["unexpected_count"] >= 1
    assert all(r["success"] is True for r in rows if r["id"] != check)  # every cross check ran


@pytest.mark.parametrize("check", ["dimension_in_set", "coded_have_url"])
def test_a_failing_claims_check_is_named_in_memory_and_in_the_readable_report(good, tmp_path: Path, check: str):
    claims, articles = good
    bad = CLAIM_CORRUPTIONS[check](claims.copy())
    report = validate(bad, "claims", articles=articles, suites_dir=SUITES)
    assert [r.id for r in report.failed] == [check], str(report)
    assert f"FAIL {check}" in str(report)


@pytest.mark.parametrize("check", sorted(ARTICLE_CORRUPTIONS))
def test_each_articles_expectation_catches_its_corruption(good, tmp_path: Path, check: str):
    bad = ARTICLE_CORRUPTIONS[check](good[1].copy())
    report = validate(bad, "articles", suites_dir=SUITES)
    assert {r.id for r in report.failed} == {check}, str(report)
    bad.to_parquet(tmp_path / "a.parquet")
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "a.parquet"), "--suite", "articles",
                                      "--suites", str(SUITES)])
    assert result.exit_code == 1 and f"FAIL {check}" in result.output


def test_csv_and_jsonl_inputs(good, tmp_path: Path):
    claims, articles = good
    claims.to_csv(tmp_path / "claims.csv", index=False)
    claims.to_json(tmp_path / "claims.jsonl", orient="records", lines=True, date_format="iso")
    articles.to_parquet(tmp_path / "articles.parquet")
    for name in ("claims.csv", "claims.jsonl"):
        result = CliRunner().invoke(app, ["validate", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    text = (tmp_path / "claims.csv").read_text().replace("2022-10-04", "4th of October", 1)
    (tmp_path / "claims.csv").write_text(text)
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "claims.csv")])
    assert result.exit_code == 1 and "FAIL claim_date_parses" in result.output and "4th of October" in result.output


def test_exit_code_2_for_unreadable_input_and_unknown_suite(good, tmp_path: Path):
    (tmp_path / "x.parquet").write_text("not parquet")
    r = CliRunner().invoke(app, ["validate", str(tmp_path / "x.parquet")])
    assert r.exit_code == 2 and "x.parquet" in r.output
    r = CliRunner().invoke(app, ["validate", str(tmp_path / "x.txt")])
    assert r.exit_code == 2
    good[0].to_parquet(tmp_path / "c.parquet")
    r = CliRunner().invoke(app, ["validate", str(tmp_path / "c.parquet"), "--suite", "nope"])
    assert r.exit_code == 2 and "no suite 'nope'" in r.output


def test_data_docs(good, tmp_path: Path):
    good[1].to_parquet(tmp_path / "a.parquet")
    r = CliRunner().invoke(app, ["validate", str(tmp_path / "a.parquet"), "--suite", "articles",
                                 "--data-docs", str(tmp_path / "docs")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "docs" / "index.html").exists()
    assert list((tmp_path / "docs").rglob("*.html"))


def test_build_refuses_a_failing_dataset_and_keeps_the_old_one(tmp_path: Path):
    out = tmp_path / "processed"
    build(RAW, out, package_dir=None, docs_dir=None, suites_dir=SUITES)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    strict = tmp_path / "suites"
    strict.mkdir()
    spec = load_suite("claims", SUITES)
    for e in spec["expectations"]:
        if e["meta"]["id"] == "row_count":
            e["kwargs"]["max_value"] = 10
    (strict / "claims.json").write_text(json.dumps(spec))
    (strict / "articles.json").write_text((SUITES / "articles.json").read_text())
    with pytest.raises(DatasetValidationError, match="row_count"):
        build(RAW, out, package_dir=None, docs_dir=None, suites_dir=strict)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_validation_opens_no_network_connection(good, monkeypatch):
    attempts: list[object] = []

    def refuse(self, address):  # noqa: ANN001
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    report = validate(good[1], "articles", suites_dir=SUITES)
    assert report.success and attempts == []


def test_importing_claimsdata_does_not_import_gx():
    import subprocess
    import sys

    code = "import sys, claimsdata; print('great_expectations' in sys.modules, 'matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_an_expectation_type_unknown_to_gx_is_refused_not_dropped(good, tmp_path: Path):
    from claimsdata import UnknownSuiteError

    spec = load_suite("articles", SUITES)
    spec["expectations"].append({"type": "expect_column_values_to_be_lovely", "kwargs": {"column": "outlet"},
                                 "meta": {"id": "lovely", "guards": "x"}})
    (tmp_path / "articles.json").write_text(json.dumps(spec))
    with pytest.raises(UnknownSuiteError, match="expect_column_values_to_be_lovely"):
        validate(good[1], "articles", suites_dir=tmp_path)


def _write_pair(folder: Path, claims: pd.DataFrame, articles: pd.DataFrame) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    claims.to_parquet(folder / "claims.parquet")
    articles.to_parquet(folder / "articles.parquet")
    return folder / "claims.parquet"


def test_a_missing_column_beside_an_articles_table_is_named_not_a_traceback(good, tmp_path: Path):
    path = _write_pair(tmp_path, good[0].drop(columns=["article_id"]), good[1])
    r = CliRunner().invoke(app, ["validate", str(path)])
    assert r.exit_code == 1, r.output
    assert "FAIL columns_present" in r.output and "missing column(s): article_id" in r.output
    assert "e.g. ['article_id']" in r.output
    assert "missing column(s): claims.article_id" in r.output  # the cross checks say why they were skipped


def test_an_offset_beyond_any_text_fails_its_check(good, tmp_path: Path):
    claims = good[0].copy()
    claims["start"] = claims["start"].astype("float64")
    row = claims.index[claims["start"].notna()][0]
    claims.loc[row, "start"] = float("inf")
    path = _write_pair(tmp_path, claims, good[1])
    r = CliRunner().invoke(app, ["validate", str(path)])
    assert r.exit_code == 1 and "FAIL surface_matches_text" in r.output and "Traceback" not in r.output
    assert "np.float64" not in r.output


def test_a_date_outside_the_timestamp_range_is_reported(good, tmp_path: Path):
    claims = good[0].copy()
    claims["claim_date"] = claims["claim_date"].astype("datetime64[us]")
    claims.loc[claims.index[0], "claim_date"] = pd.Timestamp("2022-01-01").as_unit("us")
    claims.loc[claims.index[1], "claim_date"] = pd.Timestamp("9999-12-31").as_unit("us")
    report = validate(claims, "claims", articles=good[1], suites_dir=SUITES)
    [bad] = [r for r in report.results if r.id == "claim_date_parses"]
    assert bad.success is False and bad.unexpected_count == 1 and "9999-12-31" in str(bad.sample[0])


@pytest.mark.parametrize("suite", ["../../x", "/etc/passwd", "claims.json", "..", "expectations/claims"])
def test_a_suite_is_a_name_never_a_path(good, tmp_path: Path, suite):
    (tmp_path / "x.json").write_text("{}")
    good[0].to_parquet(tmp_path / "c.parquet")
    r = CliRunner().invoke(app, ["validate", str(tmp_path / "c.parquet"), "--suite", suite])
    assert r.exit_code == 2 and "no suite" in r.output and "have: articles, claims" in r.output


def test_validate_reads_the_folders_extract_writes(tmp_path: Path):
    import json as _json

    from claimsdata.corpus import find_shards, run_local

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "s.jsonl").write_text("\n".join(_json.dumps(
        {"article_id": f"a{i}", "text": f"Officials said {i + 3} homes burned in 1961.", "published": "2004-05-01"})
        for i in range(4)) + "\n")
    out = tmp_path / "out"
    run_local(find_shards([corpus]), out, batch_size=2, progress=False)
    r = CliRunner().invoke(app, ["validate", str(out / "claims"), "--articles", str(out / "articles")])
    assert r.exit_code == 0, r.output
    assert "PASSED" in r.output and "skip article_id_exists" not in r.output
    r = CliRunner().invoke(app, ["validate", str(out / "articles"), "--suite", "articles"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(app, ["validate", str(tmp_path / "nothing-here")])
    assert r.exit_code == 2 and "no such file or folder" in r.output
    (tmp_path / "empty").mkdir()
    r = CliRunner().invoke(app, ["validate", str(tmp_path / "empty")])
    assert r.exit_code == 2 and "no Parquet parts" in r.output
