"""Extraction over large corpora: sharded JSONL/Parquet in, partitioned Parquet out, nothing lost.

Each input shard is cut into batches of ``batch_size`` records; each batch is a *partition* written as
``articles/``, ``claims/`` and ``rejected/`` part files (temporary name, then rename) and marked complete by a
manifest written last in ``_manifest/``. A re-run skips complete partitions. The same function processes a
shard for both engines, so the local and the Dask engine produce the same files.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import CorpusError
from .extract import extract_claims
from .models import Article, Claim

__all__ = ["ShardResult", "RunSummary", "find_shards", "process_shard", "run_local", "run_dask", "read_output"]

log = logging.getLogger(__name__)

_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".parquet")
_RAW_LIMIT = 2000  # characters of a rejected record kept in the output


def _arrow_type(kind: str) -> pa.DataType:
    return {"string": pa.string(), "number": pa.float64(), "integer": pa.int64(), "date": pa.date32()}[kind]


def _schema(model: type) -> pa.Schema:
    from .schema import _kind

    return pa.schema([pa.field(name, _arrow_type(_kind(info)[0])) for name, info in model.model_fields.items()])


CLAIMS_SCHEMA = _schema(Claim)
ARTICLES_SCHEMA = _schema(Article)
REJECTED_SCHEMA = pa.schema([pa.field("source", pa.string()), pa.field("line", pa.int64()),
                             pa.field("reason", pa.string()), pa.field("raw", pa.string())])


def find_shards(inputs: list[str | Path]) -> list[Path]:
    """Files named by paths, globs or directories (searched recursively), sorted and de-duplicated."""
    found: set[Path] = set()
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found.update(f for f in p.rglob("*") if f.is_file() and str(f).endswith(_SUFFIXES))
        elif any(ch in str(item) for ch in "*?["):
            found.update(Path(f) for f in glob.glob(str(item), recursive=True) if str(f).endswith(_SUFFIXES))
        elif p.is_file():
            if not str(p).endswith(_SUFFIXES):
                raise CorpusError(f"{p}: not a corpus file (use {', '.join(_SUFFIXES)})")
            found.add(p)
        else:
            raise CorpusError(f"{item}: no such file, directory or matching glob")
    if not found:
        raise CorpusError(f"no corpus files ({', '.join(_SUFFIXES)}) in {', '.join(map(str, inputs))}")
    return sorted(found)


def _shard_id(path: Path) -> str:
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:10]
    return f"{path.name.split('.')[0]}-{digest}"


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None, str]]:
    """(line or row number, record or None, rejection reason or None, raw text) for every input record."""
    if str(path).endswith(".parquet"):
        pf = pq.ParquetFile(path)
        row = 0
        for batch in pf.iter_batches(batch_size=2048):
            for rec in batch.to_pylist():
                row += 1
                yield row, rec, None, ""
        return
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rb") as f:
        for n, raw in enumerate(f, start=1):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield n, None, f"not UTF-8 (byte {exc.start})", raw[:_RAW_LIMIT].decode("utf-8", "replace")
                continue
            if not text.strip():
                yield n, None, "empty line", ""
                continue
            try:
                rec = json.loads(text)
            except json.JSONDecodeError as exc:
                yield n, None, f"invalid JSON: {exc.msg} at column {exc.colno}", text[:_RAW_LIMIT]
                continue
            if not isinstance(rec, dict):
                yield n, None, "a record must be a JSON object", text[:_RAW_LIMIT]
                continue
            yield n, rec, None, text[:_RAW_LIMIT]


def _article(rec: dict[str, Any]) -> tuple[Article | None, str | None]:
    aid, text = rec.get("article_id"), rec.get("text")
    if aid is None or (isinstance(aid, str) and not aid.strip()):
        return None, "missing article_id"
    if not isinstance(text, str) or not text.strip():
        return None, "missing or empty text"
    published = rec.get("published")
    pub: date | None = None
    if published not in (None, ""):
        try:
            pub = published if isinstance(published, date) else date.fromisoformat(str(published)[:10])
        except ValueError:
            return None, f"unparsable published date {published!r} (use YYYY-MM-DD)"
    try:
        return Article(article_id=str(aid), outlet=rec.get("outlet"), url=rec.get("url"), published=pub,
                       title=rec.get("title"), language=rec.get("language"), text=text,
                       obtained=rec.get("obtained"), licence=rec.get("licence")), None
    except Exception as exc:  # pydantic's message names the field
        return None, f"invalid record: {exc}".splitlines()[0]


@dataclass
class ShardResult:
    """What one shard produced: counts per kind, and which partitions were skipped as already complete."""

    shard: str
    records: int = 0
    articles: int = 0
    claims: int = 0
    rejected: int = 0
    bytes: int = 0
    partitions_written: int = 0
    partitions_skipped: int = 0


def _write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def _flush(out: Path, pid: str, arts: list[dict], claims: list[dict], rejected: list[dict],
           counts: dict[str, int]) -> None:
    _write(pa.Table.from_pylist(arts, schema=ARTICLES_SCHEMA), out / "articles" / f"part-{pid}.parquet")
    _write(pa.Table.from_pylist(claims, schema=CLAIMS_SCHEMA), out / "claims" / f"part-{pid}.parquet")
    _write(pa.Table.from_pylist(rejected, schema=REJECTED_SCHEMA), out / "rejected" / f"part-{pid}.parquet")
    manifest = out / "_manifest" / f"{pid}.json"
    manifest.parent.mkdir(parents=True, exist_ok=True)
    tmp = manifest.with_name(f".{manifest.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(counts, sort_keys=True))
    os.replace(tmp, manifest)  # written last: its presence means the partition is complete


def process_shard(shard: str | Path, out: str | Path, batch_size: int = 1000,
                  on_batch: Callable[[ShardResult], None] | None = None) -> ShardResult:
    """Extract the claims of one shard into partitions of ``batch_size`` records under ``out``.

    Bad records go to ``rejected`` with file, line and reason; complete partitions are skipped.
    ``on_batch`` is called with the running result after each partition (for progress bars).
    """
    shard, out = Path(shard), Path(out)
    sid = _shard_id(shard)
    result = ShardResult(str(shard))
    arts: list[dict] = []
    claims: list[dict] = []
    rejected: list[dict] = []
    in_batch = batch_no = 0
    manifest = out / "_manifest" / f"{sid}-b{batch_no:06d}.json"
    skipping = manifest.exists()

    def close_partition() -> None:
        """Write the partition (or, when an earlier run completed it, count it from its manifest)."""
        nonlocal arts, claims, rejected, in_batch, batch_no, manifest, skipping
        if skipping:
            counts = json.loads(manifest.read_text())
            result.articles += counts["articles"]
            result.claims += counts["claims"]
            result.rejected += counts["rejected"]
            result.partitions_skipped += 1
        else:
            _flush(out, f"{sid}-b{batch_no:06d}", arts, claims, rejected,
                   {"records": in_batch, "articles": len(arts), "claims": len(claims), "rejected": len(rejected)})
            result.partitions_written += 1
        arts, claims, rejected, in_batch, batch_no = [], [], [], 0, batch_no + 1
        manifest = out / "_manifest" / f"{sid}-b{batch_no:06d}.json"
        skipping = manifest.exists()
        if on_batch is not None:
            on_batch(result)

    for line, rec, reason, raw in _records(shard):
        in_batch += 1
        result.records += 1
        if skipping:  # complete from an earlier run: only read past it
            if in_batch == batch_size:
                close_partition()
            continue
        if rec is not None:
            article, reason = _article(rec)
            if article is not None:
                result.bytes += len((article.text or "").encode("utf-8"))
                found = extract_claims(article.text or "", article.published, article_id=article.article_id)
                arts.append(article.model_dump())
                claims.extend(c.to_record() for c in found)
                result.articles += 1
                result.claims += len(found)
            else:
                raw = raw or json.dumps(rec, default=str)[:_RAW_LIMIT]
        if reason is not None:
            rejected.append({"source": str(shard), "line": line, "reason": reason, "raw": raw})
            result.rejected += 1
        if in_batch == batch_size:
            close_partition()
    if in_batch:
        close_partition()
    return result


@dataclass
class RunSummary:
    """Totals of a run; ``records == articles + rejected`` always holds."""

    shards: list[ShardResult] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(getattr(s, name) for s in self.shards)

    def as_dict(self) -> dict[str, int]:
        keys = ("records", "articles", "claims", "rejected", "bytes", "partitions_written", "partitions_skipped")
        return {k: self.total(k) for k in keys}


def run_local(shards: list[Path], out: str | Path, *, batch_size: int = 1000, progress: bool = True) -> RunSummary:
    """The in-process engine: shards one after another, batch by batch (memory bounded by one batch)."""
    from tqdm import tqdm

    summary = RunSummary()
    total = sum(s.stat().st_size for s in shards)
    with tqdm(total=total, unit="B", unit_scale=True, desc="extract", disable=not progress) as bar:
        done_before = 0
        for shard in shards:
            start = bar.n

            def report(res: ShardResult, start: int = start) -> None:
                # text bytes stand in for file bytes while a shard is read; the shard's size is settled at its end
                bar.update(max(0, min(start + res.bytes, start + shard.stat().st_size) - bar.n))
                elapsed = bar.format_dict.get("elapsed") or 0
                claims = done_before + res.claims
                bar.set_postfix(articles=summary.total("articles") + res.articles, claims=claims,
                                claims_per_s=f"{claims / elapsed:,.0f}" if elapsed else "-",
                                rejected=summary.total("rejected") + res.rejected)

            res = process_shard(shard, out, batch_size, on_batch=report)
            summary.shards.append(res)
            done_before += res.claims
            bar.update(start + shard.stat().st_size - bar.n)
    return summary


def run_dask(shards: list[Path], out: str | Path, *, batch_size: int = 1000, scheduler: str | None = None,
             workers: int = 2, progress: bool = True) -> RunSummary:
    """The Dask engine: one task per shard on ``dask.distributed`` (a LocalCluster of ``workers`` processes, or
    the cluster at ``scheduler``). Workers must see the same paths (a shared file system for real clusters)."""
    from dask.distributed import Client, LocalCluster, as_completed
    from tqdm import tqdm

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    summary = RunSummary()
    try:
        # positional iterables: Client.map has its own `batch_size` keyword, which would swallow ours
        n = len(shards)
        futures = client.map(process_shard, [str(s) for s in shards], [str(Path(out).resolve())] * n,
                             [batch_size] * n, pure=False)
        with tqdm(total=len(shards), unit="shard", desc="extract (dask)", disable=not progress) as bar:
            for fut in as_completed(futures):
                summary.shards.append(fut.result())
                bar.update(1)
                bar.set_postfix(claims=summary.total("claims"), rejected=summary.total("rejected"))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary.shards.sort(key=lambda s: s.shard)
    return summary


def read_output(out: str | Path, table: str = "claims") -> Any:
    """Read one output table (``claims``, ``articles`` or ``rejected``) of a run as a pandas DataFrame."""
    import pandas as pd

    return pd.read_parquet(Path(out) / table)
