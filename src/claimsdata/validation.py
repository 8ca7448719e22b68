"""Validation of claims and articles tables with the Great Expectations suites in ``expectations/``.

Suites are plain JSON, loaded into an in-memory (ephemeral) GX context: no ``gx/`` folder, no telemetry, no
network. GX is imported only here, and only when a validation runs. Checks that GX cannot express (a claim's
article exists; ``text[start:end] == surface``; claim date not after publication) run in the same report.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._io import read_table
from .errors import UnknownSuiteError

__all__ = ["CheckResult", "ValidationReport", "validate", "read_table", "load_suite", "suite_names", "SUITES_DIR"]

log = logging.getLogger(__name__)

#: Where the shipped copies of the suites live (the build copies ``expectations/*.json`` here).
SUITES_DIR = Path(str(resources.files("claimsdata") / "_data" / "expectations"))
_DATE_COLUMNS = {"claims": ("claim_date", "ref_start", "ref_end"), "articles": ("published",)}
_SAMPLE = 5


@dataclass(frozen=True)
class CheckResult:
    """One expectation's outcome: ``success`` is None when the check was skipped (and ``note`` says why)."""

    id: str
    expectation: str
    column: str | None
    success: bool | None
    unexpected_count: int
    unexpected_percent: float | None
    sample: tuple[Any, ...]
    guards: str
    engine: str = "gx"
    note: str | None = None
    #: ids (claim_id or article_id) of the first rows that fail, when they can be told
    rows: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValidationReport:
    """All results of one suite on one table."""

    suite: str
    n_rows: int
    results: tuple[CheckResult, ...]

    @property
    def success(self) -> bool:
        """True when no check failed (skipped checks do not fail)."""
        return all(r.success is not False for r in self.results)

    @property
    def failed(self) -> list[CheckResult]:
        """The checks that failed."""
        return [r for r in self.results if r.success is False]

    def to_frame(self) -> pd.DataFrame:
        """One row per check."""
        return pd.DataFrame([r.__dict__ for r in self.results])

    def __str__(self) -> str:
        lines = [f"suite {self.suite!r} on {self.n_rows} rows: "
                 f"{'PASSED' if self.success else 'FAILED'} "
                 f"({len(self.failed)} of {len(self.results)} checks failed)"]
        width = max((len(r.id) for r in self.results), default=10)
        for r in self.results:
            status = {True: "ok  ", False: "FAIL", None: "skip"}[r.success]
            line = f"  {status} {r.id:<{width}}  {r.column or '':<14} {r.guards}"
            if r.success is False:
                pct = f" ({r.unexpected_percent:.2f}%)" if r.unexpected_percent is not None else ""
                line += f"\n       {r.unexpected_count} unexpected{pct}; e.g. {list(r.sample)!r}"
                if r.rows:
                    line += f"; rows {', '.join(r.rows)}"
            if r.note:
                line += f"  [{r.note}]"
            lines.append(line)
        return "\n".join(lines)


def suite_names(suites_dir: str | Path | None = None) -> list[str]:
    """The suites available (file stems of ``*.json``)."""
    return sorted(p.stem for p in Path(suites_dir or SUITES_DIR).glob("*.json"))


def load_suite(name: str, suites_dir: str | Path | None = None) -> dict[str, Any]:
    """The suite's JSON as a dict; :class:`UnknownSuiteError` when there is no such file.

    A suite is named, never given as a path: the name is one of the ``*.json`` stems in ``suites_dir``.
    """
    folder = Path(suites_dir or SUITES_DIR)
    if name not in suite_names(folder):
        raise UnknownSuiteError(f"no suite {name!r} in {folder} (have: {', '.join(suite_names(folder))})")
    path = folder / f"{name}.json"
    if not path.exists():
        raise UnknownSuiteError(f"no suite {name!r} in {path.parent} (have: {', '.join(suite_names(path.parent))})")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _gx():  # noqa: ANN202 - returns (module, context, batch definition)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.captureWarnings(False)  # GX turns it on at import; leave warnings to the caller
    for name in [n for n in logging.root.manager.loggerDict if n.startswith("great_expectations")] + [
            "great_expectations"]:
        logging.getLogger(name).setLevel(logging.WARNING)  # it logs each temp dir it makes at INFO
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    ds = ctx.data_sources.add_pandas("claimsdata")
    batch_def = ds.add_dataframe_asset("table").add_batch_definition_whole_dataframe("whole")
    return gx, ctx, batch_def


def _for_gx(table: pd.DataFrame, suite: str, columns: set[str] | None = None) -> pd.DataFrame:
    """The columns GX reads (all when None), in dtypes it evaluates quickly: dates as datetime64[ns], text as
    categories, nullable ints as floats. Other columns keep their names with no data copied."""
    out = {}
    for col in table.columns:
        s = table[col]
        if columns is not None and col not in columns:
            out[col] = s
            continue
        if col in _DATE_COLUMNS.get(suite, ()):
            s = _dates(s).astype("datetime64[ns]")
        elif pd.api.types.is_string_dtype(s.dtype) or s.dtype == object:
            s = s.astype("category")
        elif str(s.dtype) in ("Int64", "Int32", "boolean"):
            s = s.astype("float64")
        out[col] = s
    return pd.DataFrame(out, copy=False)


def _columns_of(expectation: dict[str, Any]) -> tuple[str, ...]:
    kw = expectation["kwargs"]
    cols = [kw[k] for k in ("column", "column_A", "column_B") if k in kw]
    if isinstance(kw.get("row_condition"), dict):
        cols.append(kw["row_condition"]["column"]["name"])
    return tuple(dict.fromkeys(cols))


def _gx_results(table: pd.DataFrame, spec: dict[str, Any]) -> list[CheckResult]:
    """Run the suite through GX, one batch per set of columns the expectations read.

    GX filters and hashes the whole batch for every expectation; on narrow batches that work is small
    (1,000,000 rows: about 5 s instead of about 40 s for one wide batch). Table-level expectations get the
    column names (``columns_present``) or one column (``row_count``).
    """
    gx, _, batch_def = _gx()
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for e in spec["expectations"]:
        groups.setdefault(_columns_of(e) or (("*",) if "column_set" in e["kwargs"] else ()), []).append(e)
    out: list[CheckResult] = []
    for cols, expectations in groups.items():
        if cols == ("*",):
            frame = table.head(0)
        else:
            present = [c for c in cols if c in table.columns]
            # row_count reads no column: a frame of row numbers is as long as the table and cheap to hash
            frame = table[present] if cols else pd.DataFrame({"row": np.arange(len(table))})
        suite = _gx_suite(gx, f"{spec['name']}:{','.join(cols)}", expectations)
        if cols and cols != ("*",) and len(frame.columns) < len(cols):
            missing = sorted(set(cols) - set(frame.columns))
            out.extend(CheckResult(e["meta"]["id"], e["type"], ",".join(cols), False, len(table), 100.0, (),
                                   e["meta"].get("guards", ""), note=f"missing column(s): {', '.join(missing)}")
                       for e in expectations)
            continue
        out.extend(_run_group(batch_def, suite, frame, dedupe=cols not in ((), ("*",)) and not any(
            e["type"] in _WHOLE_COLUMN_TYPES or "row_condition" in e["kwargs"] for e in expectations)))
    order = {e["meta"]["id"]: i for i, e in enumerate(spec["expectations"])}
    return sorted(out, key=lambda c: order.get(c.id, len(order)))


#: expectations whose outcome depends on other rows (they cannot run on distinct rows)
_WHOLE_COLUMN_TYPES = {"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique",
                       "expect_select_column_values_to_be_unique_within_record"}


def _run_group(batch_def: Any, suite: Any, frame: pd.DataFrame, *, dedupe: bool) -> list[CheckResult]:
    """Validate one narrow batch; row-wise expectations run once per distinct row, with counts weighted back.

    (Not used for expectations with a row condition: GX's unexpected indices do not line up with the filtered
    distinct rows there, so those batches run whole.)

    A row-wise expectation's verdict on a row depends only on that row's values in the columns it reads, so
    GX judging each distinct row once and the failures being counted with their multiplicity gives exactly the
    counts GX would give on the whole batch.
    """
    if dedupe and len(frame) > 1000:
        counts = frame.value_counts(dropna=False, sort=False)
        if len(counts) < len(frame) // 2:
            distinct = counts.index.to_frame(index=False)
            for col in frame.columns:  # keep the dtypes GX saw (value_counts may widen them)
                distinct[col] = distinct[col].astype(frame[col].dtype)
            weights = counts.to_numpy()
            result = batch_def.get_batch(batch_parameters={"dataframe": distinct}).validate(
                suite, result_format={"result_format": "COMPLETE"})
            checks = []
            for r in result.results:
                idx = (r.result or {}).get("unexpected_index_list") or []
                positions = [i["index"] if isinstance(i, dict) else i for i in idx]
                n_bad = int(weights[positions].sum()) if positions else (0 if r.success else 1)
                check = _to_check(r)
                checks.append(CheckResult(
                    check.id, check.expectation, check.column, check.success, n_bad,
                    100.0 * n_bad / len(frame), check.sample, check.guards, check.engine, check.note))
            return checks
    result = batch_def.get_batch(batch_parameters={"dataframe": frame}).validate(suite, result_format="SUMMARY")
    return [_to_check(r) for r in result.results]


def _gx_suite(gx: Any, name: str, expectations: list[dict[str, Any]]) -> Any:
    """A GX suite of the JSON expectations; refuses types GX does not know (GX would drop them silently)."""
    suite = gx.ExpectationSuite(name=name, expectations=[
        {"type": e["type"], "kwargs": e["kwargs"], "meta": e.get("meta", {})} for e in expectations])
    if len(suite.expectations) != len(expectations):
        unknown = sorted({e["type"] for e in expectations} - {e.expectation_type for e in suite.expectations})
        raise UnknownSuiteError(f"suite {name!r}: expectation type(s) unknown to GX: {', '.join(unknown)}")
    return suite


def _plain(value: Any) -> Any:
    """A sample value as plain Python (5.0, not np.float64(5.0)), also inside tuples and lists."""
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, np.generic):
        return value.item()
    return value


def _to_check(r: Any) -> CheckResult:
    cfg = r.expectation_config
    res = r.result or {}
    note = None
    if r.exception_info and r.exception_info.get("raised_exception"):
        note = f"could not be evaluated: {r.exception_info.get('exception_message')}"
    sample = tuple(_plain(v) for v in (res.get("partial_unexpected_list") or ())[:_SAMPLE])
    missing = ((res.get("details") or {}).get("mismatched") or {}).get("missing")
    if missing and not r.success:  # columns_present: name what is missing, not what is there
        sample = tuple(missing)
        note = f"missing column(s): {', '.join(missing)}"
    elif not sample and "observed_value" in res and not r.success:
        sample = (_plain(res["observed_value"]),)
    column = cfg.kwargs.get("column") or (
        f"{cfg.kwargs.get('column_A')}/{cfg.kwargs.get('column_B')}" if "column_A" in cfg.kwargs else None)
    return CheckResult(
        id=cfg.meta.get("id", cfg.type), expectation=cfg.type, column=column, success=bool(r.success),
        unexpected_count=int(res.get("unexpected_count") or (0 if r.success else 1)),
        unexpected_percent=res.get("unexpected_percent"), sample=sample, guards=cfg.meta.get("guards", ""),
        note=note,
    )


def _pandas_result(id_: str, column: str, guards: str, bad: pd.Series, sample: pd.Series, n: int) -> CheckResult:
    count = int(bad.sum())
    return CheckResult(id=id_, expectation="pandas", column=column, success=count == 0, unexpected_count=count,
                       unexpected_percent=100.0 * count / n if n else None,
                       sample=tuple(_plain(v) for v in sample[bad].head(_SAMPLE).tolist()), guards=guards,
                       engine="pandas")


def _skipped(id_: str, column: str, guards: str, why: str) -> CheckResult:
    return CheckResult(id_, "pandas", column, None, 0, None, (), guards, "pandas", why)


def _article_id_exists(claims: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    ids = claims["article_id"]
    return ~ids.isin(set(articles["article_id"].dropna())) & ids.notna(), ids


def _surface_matches_text(claims: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    texts = articles.set_index("article_id")["text"]
    texts = texts[~texts.index.duplicated()]
    start = pd.to_numeric(claims["start"], errors="coerce").astype("float64")
    end = pd.to_numeric(claims["end"], errors="coerce").astype("float64")
    has = claims["start"].notna() & claims["end"].notna() & claims["article_id"].isin(texts.dropna().index)
    # an offset that is no whole number within reach (inf, 1e400, 3.5, -1) can match no text: it fails the check
    whole = np.isfinite(start) & np.isfinite(end) & (start >= 0) & (end >= 0) & (start < 2**53) & (end < 2**53)
    usable = has & whole & (start % 1 == 0) & (end % 1 == 0)
    sub = claims[usable]
    got = [str(texts[a])[int(s):int(e)] for a, s, e in zip(sub["article_id"], start[usable], end[usable], strict=True)]
    bad = has & ~usable
    if usable.any():  # (claims of articles whose text is not published are not checked)
        bad.loc[usable] = [g != str(x) for g, x in zip(got, sub["surface"], strict=True)]
    return bad, claims["claim_id"].astype(str) + ": " + claims["surface"].astype(str)


def _claim_date_not_after_published(claims: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    pub = claims["article_id"].map(articles.drop_duplicates("article_id").set_index("article_id")["published"])
    said = _dates(claims["claim_date"])
    return (said > _dates(pub)).fillna(False), claims["claim_id"].astype(str) + ": " + said.astype(str)


#: checks across the claims and articles tables: (id, column reported, what it guards, claims columns it reads,
#: articles columns it reads, the function giving (bad rows, sample))
_CROSS_CHECKS = (
    ("article_id_exists", "article_id", "every claim's article_id is in the articles table",
     ("article_id",), ("article_id",), _article_id_exists),
    ("surface_matches_text", "surface", "text[start:end] == surface for claims with offsets",
     ("claim_id", "article_id", "start", "end", "surface"), ("article_id", "text"), _surface_matches_text),
    ("claim_date_not_after_published", "claim_date", "a claim is not dated after its article's publication",
     ("claim_id", "article_id", "claim_date"), ("article_id", "published"), _claim_date_not_after_published),
)


def _cross_checks(claims: pd.DataFrame, articles: pd.DataFrame | None) -> list[CheckResult]:
    out = []
    for id_, column, guards, need, need_art, check in _CROSS_CHECKS:
        if articles is None:
            out.append(_skipped(id_, column, guards, "no articles table given"))
            continue
        missing = [f"claims.{c}" for c in need if c not in claims.columns] + [
            f"articles.{c}" for c in need_art if c not in articles.columns]
        if missing:
            out.append(_skipped(id_, column, guards, "missing column(s): " + ", ".join(missing)))
            continue
        bad, sample = check(claims, articles)
        out.append(_pandas_result(id_, column, guards, bad, sample, len(claims)))
    return out


_NS_MIN, _NS_MAX = pd.Timestamp.min, pd.Timestamp.max


def _dates(s: pd.Series) -> pd.Series:
    """Datetimes (ns) from a datetime or ISO-text column; anything else, or a date outside 1677-2262 (the
    range of nanosecond timestamps), becomes NaT and is reported by :func:`_date_parse_check`."""
    if pd.api.types.is_datetime64_any_dtype(s):
        if str(s.dtype).startswith("datetime64[ns"):
            return s
        inside = s.isna() | ((s >= _NS_MIN.as_unit(s.dt.unit)) & (s <= _NS_MAX.as_unit(s.dt.unit)))
        return s.where(inside).astype("datetime64[ns]")
    return pd.to_datetime(s, errors="coerce", format="ISO8601")


def _date_parse_check(table: pd.DataFrame, suite: str) -> list[CheckResult]:
    """Dates given as text (CSV, JSONL) must parse: a bad one is reported, never turned into a silent null."""
    out = []
    for col in _DATE_COLUMNS.get(suite, ()):
        if col not in table.columns:
            continue
        s = table[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            bad = s.notna() & _dates(s).isna()
        else:
            text = s.astype("string")
            bad = s.notna() & (text.str.strip() != "") & _dates(s).isna()
        out.append(_pandas_result(f"{col}_parses", col, f"{col} is an ISO date between 1677 and 2262",
                                  bad.fillna(False), s.astype("string"), len(table)))
    return out


def validate(table: pd.DataFrame, suite: str = "claims", *, articles: pd.DataFrame | None = None,
             suites_dir: str | Path | None = None) -> ValidationReport:
    """Validate a table with a suite; returns the report (it does not raise on failures).

    For the ``claims`` suite, pass ``articles`` to run the cross-table checks too (otherwise they are listed
    as skipped).
    """
    spec = load_suite(suite, suites_dir)
    results = _date_parse_check(table, suite)
    used = {c for e in spec["expectations"] for c in _columns_of(e)}
    results += _gx_results(_for_gx(table, suite, used), spec)
    if suite == "claims":
        results += _cross_checks(table, articles)
    return ValidationReport(suite, len(table), tuple(_with_rows(table, r) for r in results))


_ID_COLUMNS = ("claim_id", "article_id")


def _with_rows(table: pd.DataFrame, check: CheckResult) -> CheckResult:
    """The check with the ids of its first failing rows: the rows whose value in its column (or values in its
    pair of columns) are among the examples of failing values; a check over no column names no rows."""
    id_col = next((c for c in _ID_COLUMNS if c in table.columns), None)
    columns = (check.column or "").split("/")
    if (check.success is not False or id_col is None or not check.sample or not check.column
            or not all(c in table.columns for c in columns)):
        return check
    if len(columns) == 2 and all(isinstance(s, (tuple, list)) and len(s) == 2 for s in check.sample):
        pairs = {(str(a), str(b)) for a, b in check.sample}
        left, right = table[columns[0]].astype("string"), table[columns[1]].astype("string")
        hit = pd.Series([(a, b) in pairs for a, b in zip(left, right, strict=True)], index=table.index)
    elif len(columns) == 1:
        wanted = {str(v) for v in check.sample}
        column = table[columns[0]]
        hit = column.astype("string").isin(wanted).fillna(False)
        if None in check.sample or any(v != v for v in check.sample if isinstance(v, float)):
            hit |= column.isna()
    else:
        return check
    ids = tuple(str(x) for x in table.loc[hit.to_numpy(), id_col].head(_SAMPLE))
    return CheckResult(check.id, check.expectation, check.column, check.success, check.unexpected_count,
                       check.unexpected_percent, check.sample, check.guards, check.engine, check.note, ids)


def write_data_docs(table: pd.DataFrame, suite: str, directory: str | Path, *,
                    suites_dir: str | Path | None = None) -> Path:
    """Run the suite through a GX checkpoint and write GX Data Docs HTML into ``directory``; returns index.html."""
    gx, ctx, batch_def = _gx()
    from great_expectations.checkpoint import UpdateDataDocsAction

    directory = Path(directory).resolve()
    site = f"site_{abs(hash(str(directory)))}"
    if site not in ctx.get_site_names():
        ctx.add_data_docs_site(site_name=site, site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(directory)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
    spec = load_suite(suite, suites_dir)
    name = suite  # the page names the suite after the table it checks
    gsuite = ctx.suites.add_or_update(_gx_suite(gx, name, spec["expectations"]))
    vd = ctx.validation_definitions.add_or_update(gx.ValidationDefinition(name=name, data=batch_def, suite=gsuite))
    cp = ctx.checkpoints.add_or_update(gx.Checkpoint(
        name=name, validation_definitions=[vd], actions=[UpdateDataDocsAction(name="docs", site_names=[site])]))
    cp.run(batch_parameters={"dataframe": _for_gx(table, suite)})
    return directory / "index.html"
