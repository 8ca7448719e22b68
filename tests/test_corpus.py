"""Scale-out extraction: bad records rejected with file and line, resumable partitions, identical engines."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from claimsdata import CorpusError
from claimsdata.cli import app
from claimsdata.corpus import find_shards, process_shard, read_output, run_dask, run_local
from claimsdata.models import ARTICLE_COLUMNS, CLAIM_COLUMNS

GOOD = [
    {"article_id": f"a{i}", "text": f"Officials said {100 + i} people were evacuated. The work will take {i + 2} "
                                   f"weeks, costing about ${i + 1} million.", "published": "2022-10-05",
     "outlet": "Test Wire"}
    for i in range(12)
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    with (root / "one.jsonl").open("w") as f:
        for rec in GOOD[:6]:
            f.write(json.dumps(rec) + "\n")
    with (root / "one.jsonl").open("ab") as f:
        f.write(b'{"article_id": "bad1", "text": \n')                          # line 7: invalid JSON
        f.write(b'{"article_id": "bad2"}\n')                                    # line 8: no text
        f.write(b'{"text": "5 km of road"}\n')                                  # line 9: no id
        f.write(b'{"article_id": "bad4", "text": "9 km", "published": "soon"}\n')  # line 10: bad date
        f.write(b'{"article_id": "bad5", "text": "caf\xe9 5 km"}\n')            # line 11: not UTF-8
    with gzip.open(root / "two.jsonl.gz", "wt") as f:
        for rec in GOOD[6:9]:
            f.write(json.dumps(rec) + "\n")
    pd.DataFrame(GOOD[9:] + [{"article_id": None, "text": "x", "published": None, "outlet": None}]).to_parquet(
        root / "three.parquet")
    return root


def test_find_shards(corpus: Path):
    names = [p.name for p in find_shards([corpus])]
    assert names == ["one.jsonl", "three.parquet", "two.jsonl.gz"]
    assert [p.name for p in find_shards([str(corpus / "*.jsonl")])] == ["one.jsonl"]
    with pytest.raises(CorpusError, match="no such file"):
        find_shards([corpus / "missing.jsonl"])


def test_local_run_counts_everything_and_rejects_with_reasons(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    summary = run_local(find_shards([corpus]), out, batch_size=4, progress=False)
    t = summary.as_dict()
    assert t["records"] == 18 and t["articles"] == 12 and t["rejected"] == 6
    assert t["records"] == t["articles"] + t["rejected"]
    rej = read_output(out, "rejected").sort_values(["source", "line"])
    one = rej[rej["source"].str.endswith("one.jsonl")]
    assert list(one["line"]) == [7, 8, 9, 10, 11]
    reasons = list(one["reason"])
    assert reasons[0].startswith("invalid JSON") and reasons[1] == "missing or empty text"
    assert reasons[2] == "missing article_id" and "unparsable published date 'soon'" in reasons[3]
    assert reasons[4].startswith("not UTF-8")
    three = rej[rej["source"].str.endswith("three.parquet")]
    assert list(three["line"]) == [4] and list(three["reason"]) == ["missing article_id"]
    claims, articles = read_output(out, "claims"), read_output(out, "articles")
    assert list(claims.columns) == list(CLAIM_COLUMNS) and list(articles.columns) == list(ARTICLE_COLUMNS)
    assert len(articles) == 12 and set(claims["article_id"]) == {r["article_id"] for r in GOOD}
    assert len(claims) == 12 * 3 and t["claims"] == 36
    texts = articles.set_index("article_id")["text"]
    assert all(texts[r.article_id][r.start:r.end] == r.surface for r in claims.itertuples())


def test_rerun_skips_complete_partitions_and_redoes_a_partial_one(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    shards = find_shards([corpus])
    first = run_local(shards, out, batch_size=4, progress=False).as_dict()
    parts = sorted((out / "claims").glob("*.parquet"))
    before = {p.name: p.read_bytes() for p in parts}
    again = run_local(shards, out, batch_size=4, progress=False).as_dict()
    assert again["partitions_written"] == 0 and again["partitions_skipped"] == first["partitions_written"]
    assert {k: again[k] for k in ("records", "articles", "claims", "rejected")} == {
        k: first[k] for k in ("records", "articles", "claims", "rejected")}
    # a crash after writing a part but before its manifest: the partition is not complete and is redone
    victim = parts[1]
    manifest = out / "_manifest" / (victim.stem.removeprefix("part-") + ".json")
    manifest.unlink()
    victim.write_bytes(b"half-written")
    redo = run_local(shards, out, batch_size=4, progress=False).as_dict()
    assert redo["partitions_written"] == 1
    assert victim.read_bytes() == before[victim.name]
    assert not list(out.rglob(".*.tmp-*"))


def test_formats_are_readable_by_duckdb_and_dask(corpus: Path, tmp_path: Path):
    import dask.dataframe as dd
    import duckdb

    out = tmp_path / "out"
    run_local(find_shards([corpus]), out, batch_size=4, progress=False)
    n = duckdb.connect().execute(f"select count(*) from read_parquet('{out}/claims/*.parquet')").fetchone()[0]
    assert n == 36
    assert len(dd.read_parquet(str(out / "claims")).compute()) == 36


def _sorted_claims(out: Path) -> pd.DataFrame:
    return read_output(out, "claims").sort_values("claim_id").reset_index(drop=True)


@pytest.mark.dask
def test_dask_engine_on_a_real_local_cluster_gives_identical_claims(corpus: Path, tmp_path: Path):
    shards = find_shards([corpus])
    local = run_local(shards, tmp_path / "local", batch_size=4, progress=False).as_dict()
    remote = run_dask(shards, tmp_path / "dask", batch_size=4, workers=2, progress=False).as_dict()
    assert local == remote
    pd.testing.assert_frame_equal(_sorted_claims(tmp_path / "local"), _sorted_claims(tmp_path / "dask"))
    for table in ("articles", "claims", "rejected"):
        a = sorted(p.name for p in (tmp_path / "local" / table).glob("*.parquet"))
        b = sorted(p.name for p in (tmp_path / "dask" / table).glob("*.parquet"))
        assert a == b


def test_cli_extract(corpus: Path, tmp_path: Path):
    r = CliRunner().invoke(app, ["extract", str(corpus), "--out", str(tmp_path / "o"), "--batch-size", "5"])
    assert r.exit_code == 0, r.output
    assert "records in 18 = articles 12 + rejected 6" in r.output
    r = CliRunner().invoke(app, ["extract", str(tmp_path / "nothing"), "--out", str(tmp_path / "o")])
    assert r.exit_code == 2 and "nothing" in r.output
    r = CliRunner().invoke(app, ["extract", str(corpus), "--out", str(tmp_path / "o"), "--engine", "spark"])
    assert r.exit_code == 2


def test_process_shard_is_the_unit_of_work(corpus: Path, tmp_path: Path):
    res = process_shard(corpus / "two.jsonl.gz", tmp_path / "o", batch_size=2)
    assert (res.records, res.articles, res.rejected, res.partitions_written) == (3, 3, 0, 2)
