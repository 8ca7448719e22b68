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
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pydantic import ValidationError

from . import units
from ._version import __version__
from .codebook import Codebook, link_claims, read_codebook
from .errors import CodebookError, CorpusError
from .extract import extract_claims
from .models import Article, Claim

__all__ = ["ShardResult", "ShardScan", "RunSummary", "find_shards", "scan_shard", "find_duplicates", "process_shard",
           "run_local", "run_dask", "read_output", "link_output"]

log = logging.getLogger(__name__)

_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".parquet")
_RAW_LIMIT = 2000  # characters of a rejected record kept in the output
_REASON_LIMIT = 500  # characters of an exception message kept in a rejection reason
_TEXT_FIELDS = ("text", "outlet", "url", "title", "language", "obtained", "licence")


def _arrow_type(kind: str) -> pa.DataType:
    return {"string": pa.string(), "number": pa.float64(), "integer": pa.int64(), "date": pa.date32()}[kind]


def _schema(model: type) -> pa.Schema:
    from .schema import _kind

    return pa.schema([pa.field(name, _arrow_type(_kind(info)[0])) for name, info in model.model_fields.items()])


CLAIMS_SCHEMA = _schema(Claim)
ARTICLES_SCHEMA = _schema(Article)
REJECTED_SCHEMA = pa.schema([pa.field("source", pa.string()), pa.field("line", pa.int64()),
                             pa.field("reason", pa.string()), pa.field("raw", pa.string())])


def _within(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def find_shards(inputs: list[str | Path], *, exclude: str | Path | None = None) -> list[Path]:
    """Files named by paths, globs or directories (searched recursively), sorted and de-duplicated.

    Files inside ``exclude`` (the output folder of a run) are never taken as input.
    """
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
    if exclude is not None:
        found = {f for f in found if not _within(f, Path(exclude))}
    if not found:
        raise CorpusError(f"no corpus files ({', '.join(_SUFFIXES)}) in {', '.join(map(str, inputs))}"
                          + (f" outside the output folder {exclude}" if exclude is not None else ""))
    return sorted(found)


def _shard_id(path: Path) -> str:
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:10]
    return f"{path.name.split('.')[0]}-{digest}"


def _short(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:_REASON_LIMIT]


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None, str]]:
    """(line or row number, record or None, rejection reason or None, raw text) for every input record.

    Never raises on the content of the shard: what cannot be read becomes a rejection. A shard that cannot be
    read to its end yields one last rejection that accounts for the rest (the rows it could not read, where the
    Parquet footer tells how many; the lines after the last one read, for a truncated or corrupt file).
    """
    if str(path).endswith(".parquet"):
        yield from _parquet_records(path)
        return
    opener = gzip.open if str(path).endswith(".gz") else open
    n = 0
    try:
        with opener(path, "rb") as f:
            lines = iter(f)
            while True:
                try:
                    raw = next(lines)
                except StopIteration:
                    return
                except (OSError, EOFError, zlib.error) as exc:
                    yield n + 1, None, f"the shard cannot be read past line {n}: {_short(exc)}", ""
                    return
                n += 1
                yield _json_record(n, raw)
    except OSError as exc:  # opening failed
        yield n + 1, None, f"the shard cannot be read: {_short(exc)}", ""


def _json_record(n: int, raw: bytes) -> tuple[int, dict[str, Any] | None, str | None, str]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return n, None, f"not UTF-8 (byte {exc.start})", raw[:_RAW_LIMIT].decode("utf-8", "replace")
    if not text.strip():
        return n, None, "empty line", ""
    try:
        rec = json.loads(text)
    except json.JSONDecodeError as exc:
        return n, None, f"invalid JSON: {exc.msg} at column {exc.colno}", text[:_RAW_LIMIT]
    except (ValueError, RecursionError) as exc:  # integers of more than 4,300 digits; nesting too deep
        return n, None, f"invalid JSON: {_short(exc)}", text[:_RAW_LIMIT]
    if not isinstance(rec, dict):
        return n, None, "a record must be a JSON object", text[:_RAW_LIMIT]
    return n, rec, None, text[:_RAW_LIMIT]


def _parquet_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None, str]]:
    row = 0
    try:
        pf = pq.ParquetFile(path)
        total = pf.metadata.num_rows
    except Exception as exc:  # noqa: BLE001 - any failure to open is a rejection of the whole shard
        yield 1, None, f"not a readable Parquet file: {_short(exc)}", ""
        return
    try:
        for batch in pf.iter_batches(batch_size=2048):
            for rec in batch.to_pylist():
                row += 1
                yield row, rec, None, ""
    except Exception as exc:  # noqa: BLE001 - a corrupt row group: account for the rows not read
        lost = max(total - row, 1)
        yield row + 1, None, (f"rows {row + 1} to {row + lost} ({lost} rows) cannot be read: {_short(exc)}"
                              if total > row else f"the shard cannot be read past row {row}: {_short(exc)}"), ""


def _check_text(name: str, value: object) -> str | None:
    """Why a text field cannot be stored (not a string, or not valid Unicode), or None."""
    if value is None:
        return None
    if not isinstance(value, str):
        return f"field '{name}': must be a string, not {type(value).__name__}"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"field '{name}': unpaired surrogate {value[exc.start]!r} at character {exc.start} (not valid Unicode)"
    return None


def _article_id(rec: dict[str, Any]) -> tuple[str | None, str | None]:
    """The record's article_id as a string, or the reason it has none."""
    aid = rec.get("article_id")
    if aid is None or (isinstance(aid, str) and not aid.strip()):
        return None, "missing article_id"
    if isinstance(aid, bool) or not isinstance(aid, (str, int)):
        return None, f"field 'article_id': must be a string or an integer, not {type(aid).__name__}"
    aid = str(aid)
    if (why := _check_text("article_id", aid)) is not None:
        return None, why
    return aid, None


def _article(rec: dict[str, Any]) -> tuple[Article | None, str | None]:
    aid, why = _article_id(rec)
    if aid is None:
        return None, why
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, "missing or empty text" if text is None or isinstance(text, str) else \
            f"field 'text': must be a string, not {type(text).__name__}"
    for name in _TEXT_FIELDS:
        if (why := _check_text(name, rec.get(name))) is not None:
            return None, why
    published = rec.get("published")
    pub: date | None = None
    if published not in (None, ""):
        try:
            if isinstance(published, datetime):
                pub = published.date()
            elif isinstance(published, date):
                pub = published
            else:
                pub = date.fromisoformat(str(published)[:10])
        except ValueError:
            return None, f"field 'published': unparsable published date {str(published)[:40]!r} (use YYYY-MM-DD)"
    try:
        return Article(article_id=aid, outlet=rec.get("outlet"), url=rec.get("url"), published=pub,
                       title=rec.get("title"), language=rec.get("language"), text=text,
                       obtained=rec.get("obtained"), licence=rec.get("licence")), None
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err.get("loc", ())) or "record"
        return None, f"field '{where}': {err.get('msg', 'invalid')}"


@dataclass
class ShardScan:
    """A first, cheap pass over a shard: its fingerprint and where each article_id stands."""

    shard: str
    size: int
    mtime_ns: int
    sha256: str
    ids: list[tuple[str, int]] = field(default_factory=list)  # (article_id, line), in order


def scan_shard(shard: str | Path) -> ShardScan:
    """Fingerprint a shard (size, mtime, content hash) and list its article_ids with their lines."""
    shard = Path(shard)
    digest = hashlib.sha256()
    with open(shard, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    st = shard.stat()
    scan = ShardScan(str(shard), st.st_size, st.st_mtime_ns, digest.hexdigest())
    for line, rec, _, _ in _records(shard):
        if rec is not None:
            aid, _ = _article_id(rec)
            if aid is not None:
                scan.ids.append((aid, line))
    return scan


def find_duplicates(scans: list[ShardScan]) -> dict[str, dict[int, str]]:
    """Per shard, the lines whose article_id already stood earlier (shards in order, then lines), with where."""
    first: dict[str, str] = {}
    dups: dict[str, dict[int, str]] = {}
    for scan in sorted(scans, key=lambda s: s.shard):
        for aid, line in scan.ids:
            where = first.setdefault(aid, f"{scan.shard}:{line}")
            if where != f"{scan.shard}:{line}":
                dups.setdefault(scan.shard, {})[line] = where
    return dups


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
    partitions_stale: int = 0
    link_notes: int = 0


def _write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


_TABLES = ("articles", "claims", "rejected")


def _flush(out: Path, pid: str, arts: list[dict], claims: list[dict], rejected: list[dict],
           manifest_data: dict[str, Any]) -> None:
    _write(pa.Table.from_pylist(arts, schema=ARTICLES_SCHEMA), out / "articles" / f"part-{pid}.parquet")
    _write(pa.Table.from_pylist(claims, schema=CLAIMS_SCHEMA), out / "claims" / f"part-{pid}.parquet")
    _write(pa.Table.from_pylist(rejected, schema=REJECTED_SCHEMA), out / "rejected" / f"part-{pid}.parquet")
    manifest = out / "_manifest" / f"{pid}.json"
    manifest.parent.mkdir(parents=True, exist_ok=True)
    tmp = manifest.with_name(f".{manifest.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(manifest_data, sort_keys=True))
    os.replace(tmp, manifest)  # written last: its presence means the partition is complete


def _check_dollar(dollar: str) -> None:
    """A CorpusError unless ``dollar`` is the ISO code of a dollar (before any work is done)."""
    try:
        units.checked_dollar(dollar)
    except ValueError as exc:
        raise CorpusError(str(exc)) from None


def _fingerprint(scan: ShardScan, batch_size: int, duplicates: dict[int, str],
                 codebook: str | None = None, dollar: str = "USD") -> dict[str, Any]:
    """What a partition's output depends on: the shard's bytes, the batch size, the code, the duplicates, the
    codebook the claims were linked with and the currency a bare "$" means."""
    dup_digest = hashlib.sha256(json.dumps(sorted(duplicates.items())).encode()).hexdigest()[:16]
    found = {"size": scan.size, "mtime_ns": scan.mtime_ns, "sha256": scan.sha256, "batch_size": batch_size,
             "version": __version__, "duplicates": dup_digest}
    if codebook is not None:
        found["codebook"] = _digest(Path(codebook))
    if dollar != "USD":  # (the default leaves the fingerprints of earlier runs as they were)
        found["dollar"] = dollar
    return found


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError as exc:
        raise CodebookError(f"{path}: cannot be read: {exc.strerror or exc}") from exc


@lru_cache(maxsize=4)
def _codebook(path: str, digest: str) -> Codebook:  # noqa: ARG001 - the digest keys the cache to the content
    return read_codebook(path)


def _link_records(claims: list[dict[str, Any]], arts: list[dict[str, Any]], codebook: str) -> list[str]:
    """Link one partition's claim records in place with the codebook at ``codebook``; returns the tie notes."""
    if not claims:
        return []
    import pandas as pd

    frame = pd.DataFrame.from_records(claims)
    published = {a["article_id"]: a.get("published") for a in arts}
    frame["published"] = pd.to_datetime(frame["article_id"].map(published))
    linked, notes = link_claims(frame, _codebook(codebook, _digest(Path(codebook))))
    for rec, key in zip(claims, linked["claim_key"].tolist(), strict=True):
        rec["claim_key"] = None if key is None or key is pd.NA else str(key)
    return notes


def _drop_stale(out: Path, sid: str, fingerprint: dict[str, Any]) -> int:
    """Remove every partition of the shard written from other input or settings; returns how many."""
    manifests = sorted((out / "_manifest").glob(f"{sid}-b*.json"))
    stale = False
    for m in manifests:
        try:
            stale = json.loads(m.read_text()).get("fingerprint") != fingerprint
        except (OSError, ValueError):
            stale = True
        if stale:
            break
    if not stale:
        return 0
    log.warning("%s: the shard or the settings changed since its partitions were written; reprocessing", sid)
    for m in manifests:  # manifests first: a crash half-way leaves incomplete partitions, never stale complete ones
        m.unlink(missing_ok=True)
    for table in _TABLES:
        for part in (out / table).glob(f"part-{sid}-b*.parquet"):
            part.unlink(missing_ok=True)
    return len(manifests)


def process_shard(shard: str | Path, out: str | Path, batch_size: int = 1000,
                  on_batch: Callable[[ShardResult], None] | None = None, *,
                  duplicates: dict[int, str] | None = None, scan: ShardScan | None = None,
                  codebook: str | Path | None = None, dollar: str = "USD") -> ShardResult:
    """Extract the claims of one shard into partitions of ``batch_size`` records under ``out``.

    Every record ends as an article or a rejected row (file, line, reason): a record whose extraction raises
    is rejected with the exception, and the run goes on. ``duplicates`` maps the lines whose article_id stood
    earlier in the corpus to where it stood (see :func:`find_duplicates`). A partition is skipped only when
    its manifest records the same shard content, batch size, code version and duplicates; otherwise the
    shard's old partitions are removed and it is processed again. ``on_batch`` is called with the running
    result after each partition (for progress bars). ``dollar`` is the currency a bare "$" means (see
    :func:`claimsdata.extract_claims`).
    """
    shard, out = Path(shard), Path(out)
    if batch_size < 1:
        raise CorpusError(f"batch size must be at least 1, not {batch_size}")
    _check_dollar(dollar)
    duplicates = duplicates or {}
    scan = scan or scan_shard(shard)
    fingerprint = _fingerprint(scan, batch_size, duplicates, None if codebook is None else str(codebook), dollar)
    sid = _shard_id(shard)
    result = ShardResult(str(shard))
    result.partitions_stale = _drop_stale(out, sid, fingerprint)
    book = None if codebook is None else str(Path(codebook).resolve())
    arts: list[dict] = []
    claims: list[dict] = []
    rejected: list[dict] = []
    in_batch = batch_no = 0

    def manifest_of(n: int) -> Path:
        return out / "_manifest" / f"{sid}-b{n:06d}.json"

    skipping = manifest_of(batch_no).exists()

    def close_partition() -> None:
        """Write the partition (or, when an earlier run completed it, count it from its manifest)."""
        nonlocal arts, claims, rejected, in_batch, batch_no, skipping
        if skipping:
            counts = json.loads(manifest_of(batch_no).read_text())
            result.articles += counts["articles"]
            result.claims += counts["claims"]
            result.rejected += counts["rejected"]
            result.partitions_skipped += 1
        else:
            if book is not None:
                result.link_notes += len(_link_records(claims, arts, book))
            _flush(out, f"{sid}-b{batch_no:06d}", arts, claims, rejected,
                   {"records": in_batch, "articles": len(arts), "claims": len(claims), "rejected": len(rejected),
                    "fingerprint": fingerprint})
            result.partitions_written += 1
        arts, claims, rejected, in_batch, batch_no = [], [], [], 0, batch_no + 1
        skipping = manifest_of(batch_no).exists()
        if on_batch is not None:
            on_batch(result)

    for line, rec, reason, raw in _records(shard):
        in_batch += 1
        result.records += 1
        if skipping:  # complete from an earlier run with the same input and settings: only read past it
            if in_batch == batch_size:
                close_partition()
            continue
        if rec is not None:
            try:
                article, reason = _article(rec)
                if article is not None and line in duplicates:
                    article, reason = None, (f"duplicate article_id {article.article_id!r} "
                                             f"(first at {duplicates[line]})")
                if article is not None:
                    found = extract_claims(article.text or "", article.published, article_id=article.article_id,
                                           outlet=article.outlet, dollar=dollar)
                    found_records = [c.to_record() for c in found]
                    arts.append(article.model_dump())
                    claims.extend(found_records)
                    result.articles += 1
                    result.claims += len(found_records)
                    result.bytes += len((article.text or "").encode("utf-8"))
            except Exception as exc:  # noqa: BLE001 - the guarantee: one record never stops a run
                reason = f"extraction failed: {_short(exc)}"
                log.debug("%s:%d: %s", shard, line, reason, exc_info=True)
            if reason is not None:
                raw = raw or json.dumps(rec, default=str)[:_RAW_LIMIT]
        if reason is not None:
            rejected.append({"source": str(shard), "line": line, "reason": reason, "raw": raw})
            result.rejected += 1
        if in_batch == batch_size:
            close_partition()
    if in_batch or batch_no == 0:  # an empty shard still writes its (empty) partition: the tables always exist
        close_partition()
    return result


@dataclass
class RunSummary:
    """Totals of a run; ``records == articles + rejected`` always holds."""

    shards: list[ShardResult] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(getattr(s, name) for s in self.shards)

    def as_dict(self) -> dict[str, int]:
        keys = ("records", "articles", "claims", "rejected", "bytes", "partitions_written", "partitions_skipped",
                "partitions_stale")
        return {k: self.total(k) for k in keys}


def _prepare(shards: list[Path], out: str | Path) -> list[Path]:
    """Check the output folder and keep it out of the input (a run never reads what it writes)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise CorpusError(f"--out {out}: is a file; name a folder (it is created when missing)")
    inside = [s for s in shards if _within(Path(s), out)]
    if inside:
        log.warning("%d file(s) inside the output folder %s are not read as input", len(inside), out)
    for table in (*_TABLES, "_manifest"):
        (out / table).mkdir(parents=True, exist_ok=True)
    return [Path(s) for s in shards if not _within(Path(s), out)]


def _lean(scan: ShardScan) -> ShardScan:
    return ShardScan(scan.shard, scan.size, scan.mtime_ns, scan.sha256)


def run_local(shards: list[Path], out: str | Path, *, batch_size: int = 1000, progress: bool = True,
              codebook: str | Path | None = None, dollar: str = "USD") -> RunSummary:
    """The in-process engine: shards one after another, batch by batch (memory bounded by one batch).

    With ``codebook`` (a codebook YAML) every claim is linked before its partition is written; ``dollar`` is
    the currency a bare "$" means.
    """
    from tqdm import tqdm

    _check_dollar(dollar)
    shards = _prepare(shards, out)
    scans = [scan_shard(s) for s in shards]
    dups = find_duplicates(scans)
    summary = RunSummary()
    total = sum(s.stat().st_size for s in shards)
    with tqdm(total=total, unit="B", unit_scale=True, desc="extract", disable=not progress) as bar:
        done_before = 0
        for shard, scan in zip(shards, scans, strict=True):
            start = bar.n

            def report(res: ShardResult, start: int = start) -> None:
                # text bytes stand in for file bytes while a shard is read; the shard's size is settled at its end
                bar.update(max(0, min(start + res.bytes, start + shard.stat().st_size) - bar.n))
                elapsed = bar.format_dict.get("elapsed") or 0
                claims = done_before + res.claims
                bar.set_postfix(articles=summary.total("articles") + res.articles, claims=claims,
                                claims_per_s=f"{claims / elapsed:,.0f}" if elapsed else "-",
                                rejected=summary.total("rejected") + res.rejected)

            res = process_shard(shard, out, batch_size, on_batch=report, duplicates=dups.get(str(shard)),
                                scan=_lean(scan), codebook=codebook, dollar=dollar)
            summary.shards.append(res)
            done_before += res.claims
            bar.update(start + shard.stat().st_size - bar.n)
    return summary


@contextmanager
def _dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the cluster at ``scheduler``, or of a LocalCluster of ``workers`` processes (closed after)."""
    from dask.distributed import Client, LocalCluster

    quiet = not logging.getLogger("claimsdata").isEnabledFor(logging.INFO)  # `-v` lets Dask speak
    level = logging.ERROR if quiet else logging.INFO
    logging.getLogger("distributed").setLevel(level)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=level)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_dask(shards: list[Path], out: str | Path, *, batch_size: int = 1000, scheduler: str | None = None,
             workers: int = 2, progress: bool = True, codebook: str | Path | None = None,
             dollar: str = "USD") -> RunSummary:
    """The Dask engine: one task per shard on ``dask.distributed`` (a LocalCluster of ``workers`` processes, or
    the cluster at ``scheduler``). Workers must see the same paths (a shared file system for real clusters)."""
    from dask.distributed import as_completed
    from tqdm import tqdm

    _check_dollar(dollar)
    shards = _prepare(shards, out)
    book = None if codebook is None else str(Path(codebook).resolve())
    summary = RunSummary()
    with _dask_client(scheduler, workers) as client:
        names = [str(s) for s in shards]
        scans = client.gather(client.map(scan_shard, names, pure=False))  # fingerprints and ids, in parallel
        dups = find_duplicates(scans)
        # positional iterables: Client.map has its own `batch_size` keyword, which would swallow ours
        n = len(shards)
        futures = client.map(_process_task, names, [str(Path(out).resolve())] * n, [batch_size] * n,
                             [dups.get(name) for name in names], [_lean(sc) for sc in scans], [book] * n,
                             [dollar] * n, pure=False)
        with tqdm(total=len(shards), unit="shard", desc="extract (dask)", disable=not progress) as bar:
            for fut in as_completed(futures):
                summary.shards.append(fut.result())
                bar.update(1)
                bar.set_postfix(claims=summary.total("claims"), rejected=summary.total("rejected"))
    summary.shards.sort(key=lambda s: s.shard)
    return summary


def _process_task(shard: str, out: str, batch_size: int, duplicates: dict[int, str] | None,
                  scan: ShardScan, codebook: str | None, dollar: str = "USD") -> ShardResult:
    """process_shard with positional arguments only (what Client.map passes through)."""
    return process_shard(shard, out, batch_size, duplicates=duplicates, scan=scan, codebook=codebook, dollar=dollar)


def _link_part(part: str, codebook: str) -> tuple[int, int, int]:
    """Link one claims part in place (temporary file, then rename); returns (claims, linked, ties)."""
    path = Path(part)
    table = pq.read_table(path)
    claims = table.to_pylist()
    arts_part = path.parent.parent / "articles" / path.name
    arts = pq.read_table(arts_part, columns=["article_id", "published"]).to_pylist() if arts_part.exists() else []
    for rec in claims:  # a key from an earlier link is replaced by this codebook's; coded claims keep theirs
        if rec.get("method") == "extracted":
            rec["claim_key"] = None
    ties = _link_records(claims, arts, codebook)
    _write(pa.Table.from_pylist(claims, schema=table.schema), path)
    linked = sum(1 for r in claims if r.get("claim_key") is not None)
    return len(claims), linked, len(ties)


def link_output(out: str | Path, codebook: str | Path, *, engine: str = "local", scheduler: str | None = None,
                workers: int = 2) -> dict[str, int]:
    """Give every claim under ``OUT/claims`` the key of ``codebook`` it meets (rewriting each part atomically).

    Keys from an earlier link are replaced, so linking again with an edited codebook is safe. The local and the
    Dask engine (one task per part) write the same files. Returns counts: parts, claims, linked, ties.
    """
    parts = sorted(str(p) for p in (Path(out) / "claims").glob("part-*.parquet"))
    if not parts:
        raise CorpusError(f"{out}: no claims parts (OUT/claims/part-*.parquet, as `claimsdata extract` writes)")
    book = str(Path(codebook).resolve())
    _codebook(book, _digest(Path(book)))  # a bad codebook fails here, once, with its file named
    if engine == "dask":
        with _dask_client(scheduler, workers) as client:
            results = client.gather(client.map(_link_part, parts, [book] * len(parts), pure=False))
    else:
        results = [_link_part(p, book) for p in parts]
    return {"parts": len(parts), "claims": sum(r[0] for r in results), "linked": sum(r[1] for r in results),
            "ties": sum(r[2] for r in results)}


def read_output(out: str | Path, table: str = "claims") -> Any:
    """Read one output table (``claims``, ``articles`` or ``rejected``) of a run as a pandas DataFrame."""
    import pandas as pd

    return pd.read_parquet(Path(out) / table)
