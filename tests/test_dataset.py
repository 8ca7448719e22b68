from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

import claimsdata
from claimsdata._io import atomic_write
from claimsdata.codebook import read_codebook
from claimsdata.dataset import PROCESSED_FILES, build, codebook_markdown
from claimsdata.ingest import read_articles
from claimsdata.models import ARTICLE_COLUMNS, CLAIM_COLUMNS
from claimsdata.schema import datapackage

from .conftest import RAW, ROOT


def _digest_tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built_twice(tmp_path_factory) -> tuple[Path, Path]:
    a = tmp_path_factory.mktemp("a")
    b = tmp_path_factory.mktemp("b")
    build(RAW, a / "processed", package_dir=a / "pkg", docs_dir=a / "docs")
    build(RAW, b / "processed", package_dir=b / "pkg", docs_dir=b / "docs")
    return a, b


def test_build_is_deterministic(built_twice):
    a, b = built_twice
    da, db = _digest_tree(a), _digest_tree(b)
    assert set(da) >= {f"processed/{n}" for n in PROCESSED_FILES} | {f"pkg/{n}" for n in PROCESSED_FILES}
    assert da == db


def test_committed_outputs_equal_a_fresh_build(built_twice):
    """`claimsdata build` on a clean checkout leaves git status clean: the committed copies match a build."""
    a, _ = built_twice
    for name in PROCESSED_FILES:
        fresh = (a / "processed" / name).read_bytes()
        assert (ROOT / "data" / "processed" / name).read_bytes() == fresh, f"data/processed/{name} is stale"
        assert (ROOT / "src" / "claimsdata" / "_data" / name).read_bytes() == fresh, f"_data/{name} is stale"
    assert (ROOT / "docs" / "codebook.md").read_text() == (a / "docs" / "codebook.md").read_text()


def test_build_never_writes_raw(tmp_path: Path):
    before = _digest_tree(RAW)
    build(RAW, tmp_path / "out", package_dir=None, docs_dir=None)
    assert _digest_tree(RAW) == before


def test_datapackage_and_codebook_are_generated_from_the_models():
    committed = json.loads((ROOT / "data" / "processed" / "datapackage.json").read_text())
    claims = claimsdata.load_claims()
    articles = claimsdata.load_articles()
    expected = datapackage(version=claimsdata.__version__, n_claims=len(claims), n_articles=len(articles))
    assert committed == expected
    fields = {r["name"]: r["schema"]["fields"] for r in committed["resources"]}
    assert [f["name"] for f in fields["claims"]] == list(CLAIM_COLUMNS)
    assert all(f["description"] for f in fields["claims"])
    assert (ROOT / "docs" / "codebook.md").read_text() == codebook_markdown(read_codebook(RAW / "codebook.yaml"))


def test_loaded_tables_have_contract_columns_and_documented_dtypes():
    claims = claimsdata.load_claims()
    articles = claimsdata.load_articles()
    assert list(claims.columns) == list(CLAIM_COLUMNS)
    assert list(articles.columns) == list(ARTICLE_COLUMNS)
    assert len(claims) > 0 and len(articles) > 0
    assert claims["claim_id"].is_unique
    for col in ("claim_date", "ref_start", "ref_end"):
        assert str(claims[col].dtype) == "datetime64[ns]"
    assert str(articles["published"].dtype) == "datetime64[ns]"
    assert str(claims["start"].dtype) == "Int64" and str(claims["end"].dtype) == "Int64"
    for col in ("dimension", "qualifier", "method"):
        assert isinstance(claims[col].dtype, pd.CategoricalDtype)
    assert claims["value"].dtype == "float64"
    assert set(claims["article_id"]) <= set(articles["article_id"])


def test_extracted_offsets_point_at_the_surface():
    claims = claimsdata.load_claims()
    texts = {a.article_id: a.text for a in read_articles(RAW / "articles")}  # the text stays in data/raw
    ext = claims[claims["method"] == "extracted"]
    assert len(ext) > 0
    for row in ext.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.surface


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path: Path):
    target = tmp_path / "t.txt"
    target.write_text("old")

    def boom(tmp: Path) -> None:
        tmp.write_text("half")
        raise RuntimeError("crash")

    with pytest.raises(RuntimeError):
        atomic_write(target, boom)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.txt"]


def test_cli_build_into_tmp(tmp_path: Path):
    from typer.testing import CliRunner

    from claimsdata.cli import app

    result = CliRunner().invoke(app, ["build", "--raw", str(RAW), "--out", str(tmp_path / "p"), "--no-ship"])
    assert result.exit_code == 0, result.output
    assert "claims" in result.output
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == sorted(PROCESSED_FILES)


def test_cli_build_reports_bad_article(tmp_path: Path, raw_copy: Path):
    from typer.testing import CliRunner

    from claimsdata.cli import app

    (raw_copy / "articles" / "zz.md").write_text("---\narticle_id: zz\n---\ntext")
    result = CliRunner().invoke(app, ["build", "--raw", str(raw_copy), "--out", str(tmp_path / "p"), "--no-ship"])
    assert result.exit_code == 2
    assert "zz.md" in result.output and "outlet" in result.output
    assert not (tmp_path / "p").exists()


def test_build_outside_a_checkout_says_what_is_missing(tmp_path: Path):
    from typer.testing import CliRunner

    from claimsdata.cli import app

    result = CliRunner().invoke(app, ["build", "--raw", str(tmp_path / "nowhere"), "--out", str(tmp_path / "p"),
                                      "--no-ship"])
    assert result.exit_code == 2
    assert "nowhere" in result.output and "missing" in result.output


def test_a_build_failing_half_way_leaves_the_previous_dataset_whole(tmp_path: Path, monkeypatch):
    import claimsdata.dataset as ds

    out = tmp_path / "processed"
    build(RAW, out, package_dir=None, docs_dir=None)
    before = _digest_tree(out)

    def disk_full(obj, path):  # the 4th file written: datapackage.json
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ds, "write_json", disk_full)
    with pytest.raises(OSError, match="No space"):
        build(RAW, out, package_dir=None, docs_dir=None)
    assert _digest_tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]  # no temporary folder left behind


def test_a_rebuild_swaps_the_whole_folder(tmp_path: Path):
    out = tmp_path / "processed"
    out.mkdir()
    (out / "claims.parquet").write_bytes(b"old")
    (out / "leftover.tmp").write_bytes(b"from an old run")
    build(RAW, out, package_dir=None, docs_dir=None)
    assert sorted(p.name for p in out.iterdir()) == sorted(PROCESSED_FILES)
    assert (out / "claims.parquet").read_bytes()[:4] == b"PAR1"


@pytest.mark.parametrize("target, error", [("codebook.yaml", "codebook.yaml: not UTF-8"),
                                           ("reference/claims_reference.csv", "claims_reference.csv: not UTF-8")])
def test_a_garbage_raw_file_is_a_clear_error(raw_copy: Path, tmp_path: Path, target, error):
    from typer.testing import CliRunner

    from claimsdata.cli import app

    (raw_copy / target).write_bytes(bytes(range(256)) * 20)
    r = CliRunner().invoke(app, ["build", "--raw", str(raw_copy), "--out", str(tmp_path / "o"), "--no-ship"])
    assert r.exit_code == 2 and error in r.output and "Traceback" not in r.output


def test_third_party_text_is_not_redistributed():
    """The seed article is NBC News' text, held as a research sample: the shipped tables carry its URL field,
    licence and the claims' evidence sentences, never the full text."""
    from claimsdata.dataset import open_licence

    articles = claimsdata.load_articles()
    raw = {a.article_id: a for a in read_articles(RAW / "articles")}
    for aid, art in raw.items():
        shipped = articles.set_index("article_id").loc[aid]
        assert pd.isna(shipped["text"]) != open_licence(art.licence)
    assert not open_licence(raw["nbc-2022-10-05-652f1d4a63c17304"].licence)
    assert open_licence("CC BY 4.0") and open_licence("Public domain") and not open_licence("Copyright NBC News")
