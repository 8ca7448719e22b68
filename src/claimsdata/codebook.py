"""The codebook: what each ``claim_key`` means, and the rules that link extracted claims to it."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from datetime import date
from typing import Literal, TypeVar

import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import CodebookError
from .models import DIMENSIONS, Claim

__all__ = ["LinkRule", "KeyEntry", "Codebook", "Organisation", "read_codebook", "load_codebook", "load_organisations",
           "shipped_codebook", "link_claims"]

_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class LinkRule(BaseModel):
    """Conditions under which an extracted claim gets this key (all that are given must hold).

    Regexes are case-insensitive. ``all``/``any``/``none`` look at the claim's sentence, ``entity`` at its
    entity, ``speaker`` at its speaker, speaker organisation and intermediary; ``after``/``before`` bound the
    claim's date (when it was said; else the end of the period it refers to; else the article's publication).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    dimension: str = Field(description="The claim's dimension must equal this.")
    unit: str | None = Field(None, description="The claim's canonical unit must equal this, when given.")
    per: str | None = Field(None, description="The claim's rate denominator must equal this ('barrel').")
    all: tuple[str, ...] = Field((), description="Regexes that must all match the sentence.")
    any: tuple[str, ...] = Field((), description="Keywords: at least one of these regexes must match the sentence.")
    none: tuple[str, ...] = Field((), description="Regexes none of which may match the sentence.")
    entity: tuple[str, ...] = Field((), description="At least one must match the claim's entity.")
    speaker: tuple[str, ...] = Field((), description="At least one must match the speaker, speaker_org or via.")
    after: date | None = Field(None, description="The claim's date must be on or after this day.")
    before: date | None = Field(None, description="The claim's date must be on or before this day.")
    value_min: float | None = Field(None, description="Lowest plausible value (claim's value or bounds).")
    value_max: float | None = Field(None, description="Highest plausible value.")

    def regexes(self) -> tuple[str, ...]:
        """Every regex of the rule (to check that each compiles)."""
        return self.all + self.any + self.none + self.entity + self.speaker

    def strength(self) -> int:
        """How many conditions the rule states: the more specific rule wins when several match."""
        return (len(self.all) + len(self.none) + bool(self.any) + bool(self.entity) + bool(self.speaker)
                + (self.unit is not None) + (self.per is not None) + (self.value_min is not None)
                + (self.value_max is not None) + (self.after is not None) + (self.before is not None))


class KeyEntry(BaseModel):
    """One quantity of the codebook."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str = Field(min_length=1)
    dimension: Literal[DIMENSIONS]  # type: ignore[valid-type]
    unit: str = Field(min_length=1)
    entity: str | None = None
    cumulative: bool = False
    baseline: str | None = None
    part_of: str | None = None
    compare_group: str | None = None
    link: LinkRule | None = None


ORGANISATION_TYPES = ("government", "military", "intelligence", "intergovernmental", "media", "research")


class Organisation(BaseModel):
    """What kind of body a speaker organisation is, and its country (None when the sources do not say)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: Literal[ORGANISATION_TYPES]  # type: ignore[valid-type]
    country: str | None = None


@dataclass(frozen=True)
class Codebook:
    """All keys of the codebook, by name, and the spellings of organisations it unifies."""

    keys: dict[str, KeyEntry]
    #: organisation name as some sources spell it -> the one name the data uses ("... of Defense" -> "... Defence")
    aliases: dict[str, str] = field(default_factory=dict)
    #: speaker organisation -> its type and country (analyses group sources by these, never by names)
    organisations: dict[str, Organisation] = field(default_factory=dict)

    def canonical_org(self, name: str | None) -> str | None:
        """The organisation's name as the data spells it (``aliases``), or ``name`` unchanged."""
        return self.aliases.get(name, name) if name is not None else None

    def match_frame(self, claims: pd.DataFrame) -> pd.DataFrame:
        """Which rules each row satisfies: a boolean column per linkable key (rows as in ``claims``)."""
        sentence = _text(claims, "sentence")
        entity = _text(claims, "entity")
        who = _text(claims, "speaker") + "\n" + _text(claims, "speaker_org") + "\n" + _text(claims, "via")
        value = claims["value"].astype("float64")
        value = value.fillna(claims["value_low"].astype("float64")).fillna(claims["value_high"].astype("float64"))
        when = pd.to_datetime(claims["claim_date"]).fillna(pd.to_datetime(claims["ref_end"]))
        if "published" in claims.columns:
            when = when.fillna(pd.to_datetime(claims["published"]))
        dimension = _text(claims, "dimension")
        unit, per = _text(claims, "unit"), _text(claims, "per")
        hits = {}
        for key, entry in self.keys.items():
            r = entry.link
            if r is None:
                continue
            ok = dimension == r.dimension
            if r.unit is not None:
                ok &= unit == r.unit
            if r.per is not None:
                ok &= per == r.per
            if r.value_min is not None:
                ok &= ~(value < r.value_min)
            if r.value_max is not None:
                ok &= ~(value > r.value_max)
            if r.after is not None:
                ok &= when >= pd.Timestamp(r.after)
            if r.before is not None:
                ok &= when <= pd.Timestamp(r.before)
            if not ok.any():
                hits[key] = ok
                continue
            for pattern in r.all:
                ok &= _search(sentence, pattern)
            for pattern in r.none:
                ok &= ~_search(sentence, pattern)
            for column, patterns in ((sentence, r.any), (entity, r.entity), (who, r.speaker)):
                if patterns:
                    ok &= _search(column, "|".join(f"(?:{p})" for p in patterns))
            hits[key] = ok.fillna(False).astype(bool)
        return pd.DataFrame(hits, index=claims.index)

    def to_frame(self) -> pd.DataFrame:
        """One row per key: description, dimension, unit, entity, cumulative, baseline, part_of, group, linkable."""
        rows = [
            {"claim_key": k, "description": e.description, "dimension": e.dimension, "unit": e.unit,
             "entity": e.entity, "cumulative": e.cumulative, "baseline": e.baseline, "part_of": e.part_of,
             "compare_group": e.compare_group, "linkable": e.link is not None}
            for k, e in self.keys.items()
        ]
        frame = pd.DataFrame(rows)
        for col in ("claim_key", "description", "dimension", "unit", "entity", "baseline", "part_of", "compare_group"):
            frame[col] = frame[col].astype("string")
        return frame


def read_codebook(path: str | Path) -> Codebook:
    """Read and check a codebook YAML file; errors name the file, the key and the field."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise CodebookError(f"{path}: not UTF-8 text (byte {exc.start}); save the codebook as UTF-8") from exc
    except yaml.YAMLError as exc:
        raise CodebookError(f"{path}: not valid YAML: {exc}") from exc
    except OSError as exc:
        raise CodebookError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("keys"), dict):
        raise CodebookError(f"{path}: expected a mapping with a 'keys' mapping")
    keys: dict[str, KeyEntry] = {}
    for key, body in raw["keys"].items():
        if not isinstance(key, str) or not _KEY_RE.match(key):
            raise CodebookError(f"{path}: key {key!r} must be snake_case")
        if body is not None and not isinstance(body, dict):
            raise CodebookError(f"{path}: key {key!r} must map to fields (description, dimension, unit, ...)")
        try:
            entry = KeyEntry(**(body or {}))
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(x) for x in err["loc"])
            raise CodebookError(f"{path}: key {key!r}, field {field!r}: {err['msg']}") from exc
        if entry.link is not None:
            for pattern in entry.link.regexes():
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise CodebookError(f"{path}: key {key!r}, link regex {pattern!r}: {exc}") from exc
        keys[key] = entry
    for key, entry in keys.items():
        if entry.part_of is not None and entry.part_of not in keys:
            raise CodebookError(f"{path}: key {key!r}, field 'part_of': unknown key {entry.part_of!r}")
    aliases = raw.get("aliases") or {}
    if not isinstance(aliases, dict) or not all(isinstance(k, str) and isinstance(t, str) for k, t in aliases.items()):
        raise CodebookError(f"{path}: 'aliases' must map organisation names to the names the data uses")
    organisations: dict[str, Organisation] = {}
    raw_orgs = raw.get("organisations") or {}
    if not isinstance(raw_orgs, dict):
        raise CodebookError(f"{path}: 'organisations' must map organisation names to their type and country")
    for name, body in raw_orgs.items():
        try:
            organisations[str(name)] = Organisation(**(body or {}))
        except (ValidationError, TypeError) as exc:
            raise CodebookError(f"{path}: organisation {name!r}: {exc}".splitlines()[0]) from exc
    return Codebook(keys, dict(aliases), organisations)


def _shipped_path() -> Path:
    return Path(str(resources.files("claimsdata") / "_data" / "codebook.yaml"))


@lru_cache(maxsize=1)
def shipped_codebook() -> Codebook:
    """The codebook shipped inside the package (read once)."""
    return read_codebook(_shipped_path())


def load_organisations(*, path: str | Path | None = None) -> pd.DataFrame:
    """The speaker organisations of the codebook: ``speaker_org``, ``type`` and ``country`` (one row each)."""
    book = read_codebook(path or _shipped_path())
    return pd.DataFrame([{"speaker_org": k, "type": o.type, "country": o.country}
                         for k, o in book.organisations.items()],
                        columns=["speaker_org", "type", "country"]).astype("string")


def load_codebook(*, path: str | Path | None = None) -> pd.DataFrame:
    """The codebook as a DataFrame (one row per ``claim_key``); the shipped one unless ``path`` is given."""
    return read_codebook(path or _shipped_path()).to_frame()


ClaimsT = TypeVar("ClaimsT", pd.DataFrame, list[Claim])


def link_claims(claims: ClaimsT, codebook: Codebook | str | Path | None = None, *,
                articles: pd.DataFrame | None = None) -> tuple[ClaimsT, list[str]]:
    """Give each extracted, unlinked claim the key whose rule it meets most specifically; ties stay unlinked.

    ``claims`` is a claims DataFrame (any length; rules are applied column-wise) or a list of :class:`Claim`.
    ``codebook`` is a :class:`Codebook`, the path of a codebook YAML, or None for the shipped one. ``articles``
    supplies publication dates for rules with a date window. Returns the claims with ``claim_key`` filled
    (coded claims and claims that already have a key are untouched) and a note per ambiguous claim.
    """
    book = codebook if isinstance(codebook, Codebook) else (
        read_codebook(codebook) if codebook is not None else shipped_codebook())
    if isinstance(claims, list):
        frame = pd.DataFrame([c.to_record() for c in claims], columns=list(Claim.model_fields))
        keys, notes = _assign(frame, book)
        return [c if k is None else c.model_copy(update={"claim_key": k})
                for c, k in zip(claims, keys, strict=True)], notes
    frame = claims
    if articles is not None and "published" not in frame.columns and len(frame):
        frame = frame.merge(articles[["article_id", "published"]], on="article_id", how="left")
        frame.index = claims.index
    keys, notes = _assign(frame, book)
    out = claims.copy()
    filled = pd.Series(keys, index=claims.index, dtype="string")
    out["claim_key"] = filled.fillna(claims["claim_key"].astype("string"))
    return out, notes


def _assign(frame: pd.DataFrame, book: Codebook) -> tuple[list[str | None], list[str]]:
    """The key to give each row (None: leave as it is) and the notes on ties."""
    keys: list[str | None] = [None] * len(frame)
    notes: list[str] = []
    if frame.empty:
        return keys, notes
    open_ = ((_text(frame, "method") == "extracted") & frame["claim_key"].isna()).to_numpy()
    hits = book.match_frame(frame)
    if hits.empty:
        return keys, notes
    strength = pd.Series({k: book.keys[k].link.strength() for k in hits.columns})  # type: ignore[union-attr]
    matrix = hits.to_numpy() & open_[:, None]
    names = list(hits.columns)
    for row in matrix.any(axis=1).nonzero()[0]:
        found = sorted(((int(strength.iloc[c]), names[c]) for c in matrix[row].nonzero()[0]), reverse=True)
        if len(found) > 1 and found[0][0] == found[1][0]:
            r = frame.iloc[row]
            notes.append(f"{r['article_id']}:{r['start']}: {r['surface']!r} matches "
                         f"{', '.join(k for _, k in found)} equally; left unlinked")
        else:
            keys[row] = found[0][1]
    return keys, notes


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series("", index=frame.index, dtype="string")
    return frame[column].astype("string").fillna("")


def _search(column: pd.Series, pattern: str) -> pd.Series:
    with warnings.catch_warnings():  # a user's capturing group is fine here: only the match counts
        warnings.filterwarnings("ignore", "This pattern is interpreted as a regular expression", UserWarning)
        return column.str.contains(pattern, flags=re.IGNORECASE, regex=True).fillna(False).astype(bool)
