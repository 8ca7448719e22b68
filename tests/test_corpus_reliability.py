"""The corpus runner under broken input and careless re-runs: nothing lost, nothing mixed, no traceback."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from claimsdata import corpus as corpus_mod
from claimsdata.cli import app
from claimsdata.corpus import find_shards, read_output, run_dask, run_local


def _rec(i: int, **kw) -> dict:
    return {"article_id": f"a{i}", "text": f"Officials said {10 + i} people were hurt.", "published": "2022-10-05", **kw}


def _write_jsonl(path: Path, lines: list[str | bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        for line in lines:
            f.write((line if isinstance(line, bytes) else line.encode()) + b"\n")
    return path


def _run(corpus: Path, out: Path, batch_size: int = 3) -> dict[str, int]:
    totals = run_local(find_shards([corpus], exclude=out), out, batch_size=batch_size, progress=False).as_dict()
    assert totals["records"] == totals["articles"] + totals["rejected"]
    return totals


def _rejected(out: Path) -> pd.DataFrame:
    return read_output(out, "rejected").sort_values(["source", "line"]).reset_index(drop=True)


def test_an_extractor_exception_becomes_a_rejected_row_and_the_run_goes_on(tmp_path, monkeypatch):
    real = corpus_mod.extract_claims

    def flaky(text, published=None, *, article_id="text", outlet=None, dollar="USD"):
        if article_id == "a2":
            raise RuntimeError("boom in the rules")
        return real(text, published, article_id=article_id, outlet=outlet, dollar=dollar)

    monkeypatch.setattr(corpus_mod, "extract_claims", flaky)
    _write_jsonl(tmp_path / "c" / "s.jsonl", [json.dumps(_rec(i)) for i in range(5)])
    t = _run(tmp_path / "c", tmp_path / "out")
    assert (t["records"], t["articles"], t["rejected"]) == (5, 4, 1)
    rej = _rejected(tmp_path / "out")
    assert list(rej["line"]) == [3] and rej["reason"][0] == "extraction failed: RuntimeError: boom in the rules"
    assert sorted(read_output(tmp_path / "out", "articles")["article_id"]) == ["a0", "a1", "a3", "a4"]


@pytest.mark.parametrize("line, reason", [
    ('{"article_id": "s", "text": "caf\\ud800 5 km"}', "field 'text': unpaired surrogate"),
    ('{"article_id": "s", "text": "5 km", "title": "\\udfff"}', "field 'title': unpaired surrogate"),
    ('{"article_id": "s", "text": "' + "5 " * 3 + '", "n": ' + "9" * 5000 + "}", "invalid JSON: ValueError"),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON: RecursionError"),
    ('{"article_id": {"x": 1}, "text": "5 km"}', "field 'article_id': must be a string or an integer, not dict"),
    ('{"article_id": true, "text": "5 km"}', "field 'article_id': must be a string or an integer, not bool"),
    ('{"article_id": "s", "text": ["5 km"]}', "field 'text': must be a string, not list"),
    ('{"article_id": "s", "text": "5 km", "outlet": 7}', "field 'outlet': must be a string, not int"),
])
def test_a_bad_record_is_rejected_with_its_field_and_the_run_goes_on(tmp_path, line, reason):
    _write_jsonl(tmp_path / "c" / "s.jsonl", [json.dumps(_rec(0)), line, json.dumps(_rec(1))])
    t = _run(tmp_path / "c", tmp_path / "out")
    assert (t["records"], t["articles"], t["rejected"]) == (3, 2, 1)
    rej = _rejected(tmp_path / "out")
    assert list(rej["line"]) == [2] and rej["reason"][0].startswith(reason), rej["reason"][0]


def test_an_integer_article_id_is_kept_as_its_string(tmp_path):
    _write_jsonl(tmp_path / "c" / "s.jsonl", [json.dumps({"article_id": 17, "text": "It took 5 days."})])
    _run(tmp_path / "c", tmp_path / "out")
    assert list(read_output(tmp_path / "out", "articles")["article_id"]) == ["17"]


def test_duplicate_article_ids_keep_the_first_and_reject_the_others(tmp_path):
    _write_jsonl(tmp_path / "c" / "a.jsonl", [json.dumps(_rec(0)), json.dumps(_rec(1)), json.dumps(_rec(0))])
    _write_jsonl(tmp_path / "c" / "b.jsonl", [json.dumps(_rec(1)), json.dumps({**_rec(2), "article_id": 5}),
                                              json.dumps({**_rec(3), "article_id": "5"})])
    t = _run(tmp_path / "c", tmp_path / "out")
    assert (t["records"], t["articles"], t["rejected"]) == (6, 3, 3)
    rej = _rejected(tmp_path / "out")
    assert [Path(s).name for s in rej["source"]] == ["a.jsonl", "b.jsonl", "b.jsonl"]
    assert list(rej["line"]) == [3, 1, 3]
    assert rej["reason"][0] == f"duplicate article_id 'a0' (first at {tmp_path / 'c' / 'a.jsonl'}:1)"
    claims = read_output(tmp_path / "out", "claims")
    assert claims["claim_id"].is_unique and sorted(read_output(tmp_path / "out", "articles")["article_id"]) == [
        "5", "a0", "a1"]


def test_a_corrupt_parquet_shard_is_rejected_and_the_others_are_read(tmp_path):
    _write_jsonl(tmp_path / "c" / "good.jsonl", [json.dumps(_rec(0))])
    (tmp_path / "c" / "bad.parquet").write_bytes(b"PAR1 this is not parquet at all PAR1")
    t = _run(tmp_path / "c", tmp_path / "out")
    assert (t["records"], t["articles"], t["rejected"]) == (2, 1, 1)
    assert _rejected(tmp_path / "out")["reason"][0].startswith("not a readable Parquet file")


def test_a_gz_that_is_not_gzip_is_rejected(tmp_path):
    _write_jsonl(tmp_path / "c" / "plain.jsonl.gz", [json.dumps(_rec(0))])
    t = _run(tmp_path / "c", tmp_path / "out")
    assert (t["records"], t["articles"], t["rejected"]) == (1, 0, 1)
    assert "cannot be read past line 0" in _rejected(tmp_path / "out")["reason"][0]


def test_a_truncated_gz_keeps_what_it_read_and_accounts_for_the_rest(tmp_path):
    data = gzip.compress("".join(json.dumps(_rec(i)) + "\n" for i in range(2000)).encode())
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    t = _run(tmp_path / "c", tmp_path / "out", batch_size=100)
    assert 0 < t["articles"] < 2000 and t["rejected"] >= 1
    last = _rejected(tmp_path / "out").iloc[-1]
    assert last["reason"].startswith(f"the shard cannot be read past line {last['line'] - 1}")
    r = CliRunner().invoke(app, ["extract", str(tmp_path / "c"), "--out", str(tmp_path / "o2")])
    assert r.exit_code == 0 and "Aborted" not in r.output and "Traceback" not in r.output


def test_rerun_with_another_batch_size_reprocesses_instead_of_mixing(tmp_path):
    _write_jsonl(tmp_path / "c" / "s.jsonl", [json.dumps(_rec(i)) for i in range(10)])
    _run(tmp_path / "c", tmp_path / "out", batch_size=3)
    t = _run(tmp_path / "c", tmp_path / "out", batch_size=4)
    assert t["partitions_stale"] == 4 and t["partitions_written"] == 3
    arts = read_output(tmp_path / "out", "articles")
    assert len(arts) == 10 and arts["article_id"].is_unique
    assert len(list((tmp_path / "out" / "claims").glob("*.parquet"))) == 3


def test_the_outlets_dollar_reaches_every_claim_and_a_rerun_with_another_redoes_the_partitions(tmp_path):
    _write_jsonl(tmp_path / "c" / "s.jsonl", [json.dumps({"article_id": f"a{i}", "text": f"It cost ${i + 2} million."})
                                             for i in range(4)])
    shards = find_shards([tmp_path / "c"], exclude=tmp_path / "out")
    run_local(shards, tmp_path / "out", batch_size=2, progress=False)
    assert set(read_output(tmp_path / "out", "claims")["unit"]) == {"USD"}
    t = run_local(shards, tmp_path / "out", batch_size=2, progress=False, dollar="AUD").as_dict()
    assert (t["partitions_stale"], t["partitions_written"]) == (2, 2)
    assert set(read_output(tmp_path / "out", "claims")["unit"]) == {"AUD"}
    r = CliRunner().invoke(app, ["extract", str(tmp_path / "c"), "--out", str(tmp_path / "o2"), "--dollar", "EUR"])
    assert r.exit_code == 2 and "not the ISO code of a dollar" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "o2" / "claims").exists() or not list((tmp_path / "o2" / "claims").iterdir())


def test_an_edited_shard_is_reprocessed(tmp_path):
    shard = _write_jsonl(tmp_path / "c" / "s.jsonl", [json.dumps(_rec(i)) for i in range(4)])
    _run(tmp_path / "c", tmp_path / "out")
    _write_jsonl(shard, [json.dumps(_rec(i, text=f"About {i + 1} km of road closed.")) for i in range(4)])
    os.utime(shard, ns=(1, 1))  # even with the old mtime, the content hash tells
    t = _run(tmp_path / "c", tmp_path / "out")
    assert t["partitions_skipped"] == 0 and t["partitions_written"] == 2
    claims = read_output(tmp_path / "out", "claims")
    assert set(claims["dimension"]) == {"length"} and len(claims) == 4


def test_an_unchanged_rerun_skips_every_partition(tmp_path):
    _write_jsonl(tmp_path / "c" / "s.jsonl", [json.dumps(_rec(i)) for i in range(7)])
    first = _run(tmp_path / "c", tmp_path / "out")
    again = _run(tmp_path / "c", tmp_path / "out")
    assert again["partitions_written"] == 0 and again["partitions_skipped"] == first["partitions_written"] == 3
    assert again["claims"] == first["claims"]


def test_an_output_folder_inside_the_corpus_is_never_read_as_input(tmp_path):
    corpus = tmp_path / "c"
    _write_jsonl(corpus / "s.jsonl", [json.dumps(_rec(i)) for i in range(3)])
    out = corpus / "out"
    for _ in range(3):
        r = CliRunner().invoke(app, ["extract", str(corpus), "--out", str(out)])
        assert r.exit_code == 0, r.output
        assert "records in 3 = articles 3 + rejected 0" in r.output
    assert len(read_output(out, "articles")) == 3


def test_an_output_that_is_a_file_is_a_clear_error(tmp_path):
    _write_jsonl(tmp_path / "c" / "s.jsonl", [json.dumps(_rec(0))])
    (tmp_path / "taken").write_text("x")
    r = CliRunner().invoke(app, ["extract", str(tmp_path / "c"), "--out", str(tmp_path / "taken")])
    assert r.exit_code == 2 and "is a file" in r.output and "Traceback" not in r.output


def test_an_empty_corpus_writes_empty_readable_tables(tmp_path):
    _write_jsonl(tmp_path / "c" / "empty.jsonl", [])
    t = _run(tmp_path / "c", tmp_path / "out")
    assert t["records"] == 0
    for table in ("articles", "claims", "rejected"):
        assert len(read_output(tmp_path / "out", table)) == 0


@pytest.mark.dask
def test_dask_engine_rejects_the_same_duplicates(tmp_path):
    _write_jsonl(tmp_path / "c" / "a.jsonl", [json.dumps(_rec(0)), json.dumps(_rec(0))])
    _write_jsonl(tmp_path / "c" / "b.jsonl", [json.dumps(_rec(0)), json.dumps(_rec(1))])
    shards = find_shards([tmp_path / "c"])
    local = run_local(shards, tmp_path / "local", batch_size=2, progress=False).as_dict()
    remote = run_dask(shards, tmp_path / "dask", batch_size=2, workers=2, progress=False).as_dict()
    assert local == remote and local["rejected"] == 2
    pd.testing.assert_frame_equal(_rejected(tmp_path / "local"), _rejected(tmp_path / "dask"))


def test_dask_engine_runs_when_the_usual_dashboard_port_is_taken(tmp_path):
    """A Dask dashboard (or a second run) already on port 8787 must not break a local cluster."""
    import socket

    holder = socket.socket()
    try:
        holder.bind(("0.0.0.0", 8787))
        holder.listen()
    except OSError:
        holder.close()
        pytest.skip("port 8787 is in use by something else here")
    try:
        _write_jsonl(tmp_path / "c" / "a.jsonl", [json.dumps(_rec(0)), json.dumps(_rec(1))])
        shards = find_shards([tmp_path / "c"])
        summary = run_dask(shards, tmp_path / "dask", batch_size=2, workers=1, progress=False).as_dict()
    finally:
        holder.close()
    assert summary["rejected"] == 0 and summary["articles"] == 2
