"""Ingest of the coded reference table (``data/raw/reference/claims_reference.csv``) as ``coded`` claims."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .codebook import Codebook
from .errors import ReferenceRowError
from .models import Article, Claim, interval, make_claim_id
from .units import conversion

__all__ = ["ReferenceResult", "Rejection", "read_reference", "REFERENCE_COLUMNS"]

REFERENCE_COLUMNS = (
    "claim_key", "value", "value_high", "unit", "qualifier", "as_of_date", "claim_date", "speaker", "speaker_org",
    "attribution_via", "outlet", "published_date", "url", "paraphrase", "numeric_phrase",
)
#: reference unit -> (dimension, canonical unit, unit spec for claimsdata.units.conversion or a factor, entity);
#: physical factors come from pint when a row is read (not at import: the registry is built on first use)
UNIT_MAP: dict[str, tuple[str, str, str | float, str | None]] = {
    "persons": ("count", "count", 1.0, "persons"), "persons_per_day": ("count", "count", 1.0, "persons per day"),
    "USD": ("money", "USD", 1.0, None), "percent": ("percent", "percent", 1.0, None),
    "days": ("duration", "day", "day", None), "weeks": ("duration", "day", "week", None),
    "months": ("duration", "day", "month", None), "years": ("duration", "day", "year", None),
    "km": ("length", "m", "km", None), "km2": ("area", "m2", "km**2", None), "date": ("date", "date", 1.0, None),
    "ordinal": ("other", "ordinal", 1.0, None),
}
#: an age in the reference table's units -> years (the codebook decides that a key is an age)
_AGE_UNITS = {"years": 1.0, "months": 1 / 12}
for _u in "settlements tanks units bridges rounds vehicles drawdowns districts items sites systems".split():
    UNIT_MAP[_u] = ("count", "count", 1.0, _u)
QUALIFIER_MAP = {"exact": "exact", "more_than": "more_than", "less_than": "less_than", "about": "approximate",
                 "up_to": "at_most", "at_least": "at_least", "range": "range"}
_PARTIAL_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
#: host labels split by single dots, each run unambiguous (no backtracking over a long host that fails)
_URL = re.compile(r"^https?://[^\s/?#.]+(?:\.[^\s/?#.]+)+\.?(?::\d+)?(?:[/?#]\S*)?$")


@dataclass(frozen=True)
class Rejection:
    """A reference row that was not ingested: where and why."""

    line: int
    field: str | None
    reason: str
    row: dict[str, str]


@dataclass
class ReferenceResult:
    """Coded claims and source pages read from the reference table, plus what was rejected or corrected."""

    claims: list[Claim] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    corrections: list[str] = field(default_factory=list)


def _period(text: str) -> tuple[date, date]:
    """'2022-10' -> whole month; '2022-10-04' -> that day."""
    if len(text) == 7:
        y, m = int(text[:4]), int(text[5:7])
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
    d = date.fromisoformat(text)
    return d, d


def _date_or_partial(text: str, line: int, name: str) -> tuple[date | None, date | None]:
    if not text:
        return None, None
    if not _PARTIAL_DATE.match(text):
        raise ReferenceRowError(f"{text!r} is not an ISO date (YYYY-MM or YYYY-MM-DD)", line=line, field=name)
    try:
        return _period(text)
    except ValueError as exc:
        raise ReferenceRowError(f"{text!r} is not a valid date: {exc}", line=line, field=name) from exc


def _number(text: str, line: int, name: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ReferenceRowError(f"{text!r} is not a number", line=line, field=name) from None


def _article_id(url: str) -> str:
    return "ref-" + make_claim_id("url", url)


def _row_to_claim(row: dict[str, str], line: int, codebook: Codebook | None) -> tuple[Claim, Article]:
    key = row["claim_key"]
    if not re.fullmatch(r"[a-z][a-z0-9_]*", key or ""):
        raise ReferenceRowError(f"claim_key {key!r} is not snake_case", line=line, field="claim_key")
    if codebook is not None and key not in codebook.keys:
        raise ReferenceRowError(f"claim_key {key!r} is not in the codebook", line=line, field="claim_key")
    if row["unit"] not in UNIT_MAP:
        raise ReferenceRowError(f"unknown unit {row['unit']!r}", line=line, field="unit")
    dimension, unit, spec, entity = UNIT_MAP[row["unit"]]
    factor = conversion(dimension, spec)[0] if isinstance(spec, str) else spec
    if codebook is not None and codebook.keys[key].dimension == "age" and row["unit"] in _AGE_UNITS:
        dimension, unit, factor, entity = "age", "year", _AGE_UNITS[row["unit"]], "age"  # ages are ages, in years
    if codebook is not None and codebook.keys[key].dimension != dimension:
        raise ReferenceRowError(f"unit {row['unit']!r} gives dimension {dimension!r} but the codebook says "
                                f"{codebook.keys[key].dimension!r} for {key}", line=line, field="unit")
    if row["qualifier"] not in QUALIFIER_MAP:
        raise ReferenceRowError(f"unknown qualifier {row['qualifier']!r}", line=line, field="qualifier")
    qualifier = QUALIFIER_MAP[row["qualifier"]]
    url = row["url"]
    if not _URL.match(url):
        raise ReferenceRowError(f"{url!r} is not a well-formed http(s) URL", line=line, field="url")
    for name in ("paraphrase", "numeric_phrase", "outlet"):
        if not row[name].strip():
            raise ReferenceRowError("must not be empty", line=line, field=name)
    as_of = _date_or_partial(row["as_of_date"], line, "as_of_date")
    said = _date_or_partial(row["claim_date"], line, "claim_date")
    pub = _date_or_partial(row["published_date"], line, "published_date")
    if said[0] and pub[1] and said[0] > pub[1]:
        raise ReferenceRowError(f"claim_date {row['claim_date']} is after published_date {row['published_date']}",
                                line=line, field="claim_date")
    value = low = high = None
    ref_start, ref_end = as_of
    if dimension == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["value"]):
            raise ReferenceRowError(f"{row['value']!r} is not an ISO date for unit=date", line=line, field="value")
        ref_start, ref_end = _date_or_partial(row["value"], line, "value")
    else:
        v = _number(row["value"], line, "value") * factor
        vh = _number(row["value_high"], line, "value_high") * factor if row["value_high"] else None
        if qualifier == "range":
            if vh is None:
                raise ReferenceRowError("a range needs value_high", line=line, field="value_high")
            if vh < v:
                raise ReferenceRowError(f"value_high {row['value_high']} < value {row['value']}", line=line,
                                        field="value_high")
            low, high = v, vh
        else:
            if vh is not None:
                raise ReferenceRowError(f"value_high given for qualifier {row['qualifier']!r}", line=line,
                                        field="value_high")
            value = v
            low, high = interval(qualifier, v)
    record: dict[str, Any] = dict(
        claim_id=make_claim_id("coded", url, key, row["numeric_phrase"], row["value"], row["paraphrase"]),
        article_id=_article_id(url), method="coded", claim_key=key, dimension=dimension,
        value=value, value_low=low, value_high=high, unit=unit, unit_surface=row["unit"],
        surface=row["numeric_phrase"], qualifier=qualifier, entity=entity,
        speaker=row["speaker"] or None, speaker_role=None, speaker_org=row["speaker_org"] or None,
        via=row["attribution_via"] or None, hedge=None,
        claim_date=said[0] if row["claim_date"] and len(row["claim_date"]) == 10 else None,
        ref_start=ref_start, ref_end=ref_end, start=None, end=None,
        sentence=row["paraphrase"], source_url=url, confidence=0.95,
    )
    try:
        claim = Claim(**record)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ReferenceRowError(err["msg"], line=line, field=str(err["loc"][0]) if err["loc"] else None) from exc
    article = Article(
        article_id=_article_id(url), outlet=row["outlet"], url=url,
        published=pub[0] if row["published_date"] and len(row["published_date"]) == 10 else None,
        title=None, language=None,
        obtained="Known through coded claims in data/raw/reference/claims_reference.csv (see PROVENANCE.md).",
        licence="Facts and figures with attribution; paraphrases by the compilers.", text=None,
    )
    return claim, article


def _apply_corrections(rows: list[dict[str, str]], path: Path | None) -> list[str]:
    if path is None or not path.exists():
        return []
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ReferenceRowError(f"not a readable UTF-8 YAML file: {exc}", path=path) from exc
    if not isinstance(spec, dict):
        raise ReferenceRowError("expected a mapping with a 'corrections' list", path=path)
    notes = []
    for i, c in enumerate(spec.get("corrections") or [], start=1):
        line, fld = int(c["line"]), str(c["field"])
        if not 2 <= line < len(rows) + 2 or fld not in REFERENCE_COLUMNS:
            raise ReferenceRowError(f"correction #{i} names no such line/field", path=path, line=line, field=fld)
        row = rows[line - 2]
        if row[fld] != str(c["from"]):
            raise ReferenceRowError(f"correction #{i} expects {c['from']!r} but the row has {row[fld]!r}",
                                    path=path, line=line, field=fld)
        row[fld] = str(c["to"])
        notes.append(f"line {line}, {fld}: {c['from']!r} -> {c['to']!r} ({c['why']})")
    renamed = spec.get("renamed_keys") or {}
    if not isinstance(renamed, dict):
        raise ReferenceRowError("'renamed_keys' must map old claim keys to new ones", path=path)
    for old, new in renamed.items():
        hits = [r for r in rows if r["claim_key"] == old]
        if not hits:
            raise ReferenceRowError(f"renamed key {old!r} is on no row", path=path, field="claim_key")
        for r in hits:
            r["claim_key"] = str(new)
        notes.append(f"claim_key {old!r} -> {new!r} on {len(hits)} row(s)")
    return notes


def read_reference(path: str | Path, *, corrections: str | Path | None = None,
                   codebook: Codebook | None = None) -> ReferenceResult:
    """Read the reference CSV into coded claims and one article per URL.

    Every row that cannot be read or contradicts itself becomes a :class:`Rejection` (line and reason);
    nothing is dropped silently. Corrections listed in ``corrections`` are applied first and reported.
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in REFERENCE_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise ReferenceRowError(f"missing columns: {', '.join(missing)}", path=path, line=1)
            rows = [dict(r) for r in reader]
    except UnicodeDecodeError as exc:
        raise ReferenceRowError(f"not UTF-8 text (byte {exc.start}); save the table as UTF-8 CSV", path=path) from exc
    except csv.Error as exc:
        raise ReferenceRowError(f"not a readable CSV: {exc}", path=path) from exc
    result = ReferenceResult()
    result.corrections = _apply_corrections(rows, Path(corrections) if corrections else None)
    articles: dict[str, tuple[int, Article]] = {}
    seen: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            result.rejected.append(Rejection(line, None, "wrong number of fields", {k: v or "" for k, v in row.items()
                                                                                    if k is not None}))
            continue
        try:
            claim, article = _row_to_claim(row, line, codebook)
            if claim.claim_id in seen:
                raise ReferenceRowError(f"duplicate of line {seen[claim.claim_id]}", line=line, field=None)
            prev = articles.get(article.url or "")
            if prev is not None and (prev[1].outlet, prev[1].published) != (article.outlet, article.published):
                raise ReferenceRowError(f"outlet/published_date disagree with line {prev[0]} for the same URL",
                                        line=line, field="outlet")
        except ReferenceRowError as exc:
            result.rejected.append(Rejection(line, exc.field, str(exc), row))
            continue
        seen[claim.claim_id] = line
        articles.setdefault(article.url or "", (line, article))
        result.claims.append(claim)
    result.articles = [a for _, a in articles.values()]
    return result
