"""Typed records: :class:`Article` and :class:`Claim`.

The field descriptions here are the single source of the claims-table contract: the Table Schema in
``datapackage.json``, the column codebook in ``docs/codebook.md`` and the DataFrame dtypes are all generated
from them (see :mod:`claimsdata.schema`).
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Article",
    "Claim",
    "Quantity",
    "Change",
    "Dimension",
    "Qualifier",
    "Method",
    "DIMENSIONS",
    "QUALIFIERS",
    "METHODS",
    "CLAIM_COLUMNS",
    "ARTICLE_COLUMNS",
    "make_claim_id",
    "interval",
    "APPROX_TOLERANCE",
]

Dimension = Literal[
    "count", "money", "percent", "duration", "date", "length", "area", "mass", "volume", "speed",
    "temperature", "age", "ratio", "other",
]
Change = Literal["up", "down"]
Qualifier = Literal["exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range"]
Method = Literal["extracted", "coded"]

DIMENSIONS: tuple[str, ...] = get_args(Dimension)
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
METHODS: tuple[str, ...] = get_args(Method)

_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")

#: An ``approximate`` x asserts the band [x * (1 - 0.10), x * (1 + 0.10)]; "nearly"/"almost" x: [0.9x, x].
APPROX_TOLERANCE = 0.10


def interval(qualifier: str, value: float, *, nearly: bool = False) -> tuple[float | None, float | None]:
    """The interval (low, high) a point claim asserts: the contract's rule for each qualifier.

    exact x -> [x, x]; more_than / at_least x -> [x, open); less_than / at_most x -> (open, x];
    approximate x -> x +/- APPROX_TOLERANCE; "nearly"/"almost" x (``nearly=True``) -> [x(1 - tolerance), x].
    """
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "at_most"):
        return None, value
    if qualifier == "approximate":
        if nearly:
            return min(value * (1 - APPROX_TOLERANCE), value), max(value * (1 - APPROX_TOLERANCE), value)
        a, b = value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
        return min(a, b), max(a, b)
    return value, value
#: Canonical unit of every dimension but money (ISO 4217) and other (free text).
CANONICAL_UNITS: dict[str, str] = {
    "count": "count",
    "percent": "percent",
    "duration": "day",
    "date": "date",
    "length": "m",
    "area": "m2",
    "mass": "kg",
    "volume": "m3",
    "speed": "m/s",
    "temperature": "degC",
    "age": "year",
    "ratio": "times",
}
#: other units a dimension may also be in: percentage points (60 basis points = 0.6 pp) are never percent
_ALSO_CANONICAL: dict[str, frozenset[str]] = {"percent": frozenset({"pp"})}

_FROZEN = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False, allow_inf_nan=False)


class Article(BaseModel):
    """One news article (or, for coded claims, one source page) with its provenance."""

    model_config = _FROZEN

    article_id: str = Field(min_length=1, description="Stable id of the article; unique.")
    outlet: str | None = Field(None, description="Publication whose page this is (e.g. 'NBC News').")
    url: str | None = Field(None, description="Address of the page, when known.")
    published: date | None = Field(None, description="Publication date shown on the page (null if not visible).")
    title: str | None = Field(None, description="Headline, when known.")
    language: str | None = Field(None, description="ISO 639-1 code of the page's language (e.g. 'en').")
    obtained: str | None = Field(None, description="How the text or the coded claims were obtained.")
    licence: str | None = Field(None, description="Licence or terms under which the material is held.")
    text: str | None = Field(
        None, description="Full text used for extraction; null for pages known only through coded claims."
    )


class Claim(BaseModel):
    """One quantitative claim: a number, range, date or duration stated in an article.

    ``to_record()`` gives exactly one row of the claims table.
    """

    model_config = _FROZEN

    claim_id: str = Field(min_length=1, description="Stable id (hash of article id and span or coded row); unique.")
    article_id: str = Field(min_length=1, description="The article the claim comes from (joins `articles`).")
    method: Method = Field(description="'extracted' (found by the code) or 'coded' (curated by hand, from reference/).")
    claim_key: str | None = Field(
        None, description="Codebook key of the quantity (e.g. 'russia_mobilized_total'); null if unlinked."
    )
    dimension: Dimension = Field(description="Kind of quantity: count, money, percent, duration, date, physical, other.")
    value: float | None = Field(
        None, description="The stated number in the canonical unit; null for ranges, vague amounts and dates."
    )
    value_low: float | None = Field(None, description="Lower end of the interval the claim asserts; null = unbounded.")
    value_high: float | None = Field(None, description="Upper end of the interval the claim asserts; null = unbounded.")
    unit: str = Field(
        min_length=1,
        description=(
            "Canonical unit: ISO 4217 code for money; 'count'; 'percent'; 'day' for durations; SI for physical "
            "quantities (m, m2, kg, m3, m/s, degC); 'date' for dates."
        ),
    )
    unit_surface: str | None = Field(None, description="The unit as written ('$', 'kilometres'); null if none.")
    surface: str = Field(min_length=1, description="The whole quantity as written ('more than 200,000').")
    qualifier: Qualifier = Field(
        description="exact, approximate, more_than, at_least, less_than, at_most ('up to') or range."
    )
    entity: str | None = Field(None, description="What is counted or measured, as a short noun phrase.")
    speaker: str | None = Field(None, description="Who the claim is attributed to; null = the outlet itself.")
    speaker_role: str | None = Field(None, description="The speaker's role (e.g. 'Defense Minister').")
    speaker_org: str | None = Field(None, description="The speaker's organisation (e.g. 'Russian Ministry of Defense').")
    via: str | None = Field(None, description="Intermediary of the attribution (e.g. 'RIA Novosti').")
    hedge: str | None = Field(
        None, description="Uncertainty words ('probably', 'may', 'estimated'); '?' for a figure asked about (a yes/no "
                          "question).")
    claim_date: date | None = Field(None, description="When the claim was made (weekdays resolved against publication).")
    ref_start: date | None = Field(None, description="Start of the period the figure refers to (or of a date claim).")
    ref_end: date | None = Field(None, description="End of the period the figure refers to (or of a date claim).")
    start: int | None = Field(None, ge=0, description="Character offset of `surface` in the article text; null for coded.")
    end: int | None = Field(None, ge=0, description="End offset: text[start:end] == surface; null for coded claims.")
    sentence: str = Field(
        description="The evidence sentence (at most 600 characters around the quantity when the sentence is "
                    "longer; for coded claims: our own paraphrase)."
    )
    source_url: str | None = Field(None, description="For coded claims, the URL of the page that reported it.")
    confidence: float = Field(ge=0.0, le=1.0, description="Confidence in the record, 0..1.")
    # additions to the contract (after its columns, so that their order stays)
    per: str | None = Field(
        None, description="Denominator of a rate, a unit or a noun ('barrel' in '$52 a barrel'); null if none."
    )
    value_written: float | None = Field(
        None, description="The value in the unit as written (87 for '87 mph', 19 for '19 cents'); null for ranges."
    )
    change: Change | None = Field(
        None, description="'up' or 'down' for a figure that states a change ('rose 3 points'); null for levels."
    )
    sentence_start: int | None = Field(
        None, ge=0, description="Character offset of the whole sentence in the article text; null for coded claims."
    )
    sentence_end: int | None = Field(
        None, ge=0, description="End offset of the whole sentence (text[sentence_start:sentence_end]); null for coded."
    )

    @model_validator(mode="after")
    def _check_consistency(self) -> Claim:
        _check_value_and_unit(self.dimension, self.unit, self.value_low, self.value, self.value_high)
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end must both be set or both be null")
        if self.start is not None and self.end is not None and self.start >= self.end:
            raise ValueError(f"start {self.start} >= end {self.end}")
        if self.method == "extracted" and self.start is None:
            raise ValueError("extracted claims need start/end offsets")
        if self.method == "coded" and not self.source_url:
            raise ValueError("coded claims need a source_url")
        if self.ref_start and self.ref_end and self.ref_start > self.ref_end:
            raise ValueError(f"ref_start {self.ref_start} > ref_end {self.ref_end}")
        return self

    def to_record(self) -> dict[str, Any]:
        """One row of the claims table, with exactly the contract's column names, in order."""
        return self.model_dump()


class Quantity(BaseModel):
    """One quantity mention, as a reader would list it: the layer under claims (see ``extract_quantities``)."""

    model_config = _FROZEN

    start: int = Field(ge=0, description="Character offset of `surface` in the text.")
    end: int = Field(ge=0, description="End offset: text[start:end] == surface.")
    surface: str = Field(min_length=1, description="The quantity as written, with its qualifier words.")
    dimension: Dimension = Field(description="Kind of quantity (the claims table's vocabulary).")
    value: float | None = Field(None, description="The number in the canonical unit; null for ranges and vague amounts.")
    value_low: float | None = Field(None, description="Lower end of the interval stated; null = unbounded.")
    value_high: float | None = Field(None, description="Upper end of the interval stated; null = unbounded.")
    unit: str = Field(min_length=1, description="Canonical unit (as in the claims table).")
    unit_surface: str | None = Field(None, description="The unit as written; null if none.")
    value_written: float | None = Field(None, description="The value in the unit as written.")
    qualifier: Qualifier = Field(description="exact, approximate, more_than, at_least, less_than, at_most or range.")
    per: str | None = Field(None, description="Denominator of a rate ('barrel', 'day', 'share').")
    change: Change | None = Field(None, description="'up' or 'down' when the figure states a change.")
    entity: str | None = Field(None, description="The noun phrase the number counts or measures.")
    confidence: float = Field(ge=0.0, le=1.0, description="Confidence that this is a quantity, 0..1.")

    @model_validator(mode="after")
    def _check_consistency(self) -> Quantity:
        _check_value_and_unit(self.dimension, self.unit, self.value_low, self.value, self.value_high)
        if self.start >= self.end:
            raise ValueError(f"start {self.start} >= end {self.end}")
        return self


def _check_value_and_unit(dimension: str, unit: str, lo: float | None, v: float | None, hi: float | None) -> None:
    """The rules a claim and a quantity share: an ordered interval holding the value, a canonical unit."""
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"value_low {lo} > value_high {hi}")
    if v is not None and ((lo is not None and v < lo) or (hi is not None and v > hi)):
        raise ValueError(f"value {v} outside [{lo}, {hi}]")
    if dimension == "money" and not _CURRENCY_RE.match(unit):
        raise ValueError(f"money unit {unit!r} is not an ISO 4217 code")
    expected = CANONICAL_UNITS.get(dimension)
    if expected is not None and unit != expected and unit not in _ALSO_CANONICAL.get(dimension, ()):
        raise ValueError(f"unit {unit!r} is not canonical for dimension {dimension!r} ({expected!r})")


CLAIM_COLUMNS: tuple[str, ...] = tuple(Claim.model_fields)
ARTICLE_COLUMNS: tuple[str, ...] = tuple(Article.model_fields)


def make_claim_id(*parts: object) -> str:
    """A short stable id from the parts (article id, span, ...): 16 hex digits of SHA-256."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
