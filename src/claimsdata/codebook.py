"""The codebook: what each ``claim_key`` means, and the rules that link extracted claims to it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import CodebookError
from .models import DIMENSIONS, Claim

__all__ = ["LinkRule", "KeyEntry", "Codebook", "read_codebook", "load_codebook", "shipped_codebook", "link_claims"]

_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class LinkRule(BaseModel):
    """Conditions under which an extracted claim gets this key (all must hold)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    dimension: str = Field(description="The claim's dimension must equal this.")
    unit: str | None = Field(None, description="The claim's canonical unit must equal this, when given.")
    all: tuple[str, ...] = Field((), description="Regexes that must all match the sentence (case-insensitive).")
    none: tuple[str, ...] = Field((), description="Regexes none of which may match the sentence.")
    value_min: float | None = Field(None, description="Lowest plausible value (claim's value or bounds).")
    value_max: float | None = Field(None, description="Highest plausible value.")


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


@dataclass(frozen=True)
class _Compiled:
    key: str
    rule: LinkRule
    all: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Codebook:
    """All keys of the codebook, by name."""

    keys: dict[str, KeyEntry]

    @cached_property
    def _rules(self) -> tuple[_Compiled, ...]:
        return tuple(
            _Compiled(k, e.link, tuple(re.compile(p, re.I) for p in e.link.all),
                      tuple(re.compile(p, re.I) for p in e.link.none))
            for k, e in self.keys.items() if e.link is not None
        )

    def match(self, claim: Claim) -> list[tuple[int, str]]:
        """(strength, key) of every key whose link rule the claim satisfies; strength = conditions met."""
        out = []
        for c in self._rules:
            r = c.rule
            if claim.dimension != r.dimension or (r.unit is not None and claim.unit != r.unit):
                continue
            v = claim.value if claim.value is not None else (claim.value_low if claim.value_low is not None
                                                              else claim.value_high)
            if v is not None and ((r.value_min is not None and v < r.value_min) or
                                  (r.value_max is not None and v > r.value_max)):
                continue
            if all(p.search(claim.sentence) for p in c.all) and not any(p.search(claim.sentence) for p in c.none):
                out.append((len(c.all) + len(c.none) + (r.value_min is not None) + (r.unit is not None), c.key))
        return out

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
            for pattern in entry.link.all + entry.link.none:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise CodebookError(f"{path}: key {key!r}, link regex {pattern!r}: {exc}") from exc
        keys[key] = entry
    for key, entry in keys.items():
        if entry.part_of is not None and entry.part_of not in keys:
            raise CodebookError(f"{path}: key {key!r}, field 'part_of': unknown key {entry.part_of!r}")
    return Codebook(keys)


def _shipped_path() -> Path:
    return Path(str(resources.files("claimsdata") / "_data" / "codebook.yaml"))


@lru_cache(maxsize=1)
def shipped_codebook() -> Codebook:
    """The codebook shipped inside the package (read once)."""
    return read_codebook(_shipped_path())


def load_codebook(*, path: str | Path | None = None) -> pd.DataFrame:
    """The codebook as a DataFrame (one row per ``claim_key``); the shipped one unless ``path`` is given."""
    return read_codebook(path or _shipped_path()).to_frame()


def link_claims(claims: list[Claim], codebook: Codebook) -> tuple[list[Claim], list[str]]:
    """Give each extracted claim the key whose rule it meets most strongly; ties stay unlinked.

    Returns the claims (coded claims untouched) and notes on ambiguous matches.
    """
    out: list[Claim] = []
    notes: list[str] = []
    for claim in claims:
        if claim.method != "extracted" or claim.claim_key is not None:
            out.append(claim)
            continue
        matches = sorted(codebook.match(claim), reverse=True)
        if not matches:
            out.append(claim)
        elif len(matches) > 1 and matches[0][0] == matches[1][0]:
            notes.append(f"{claim.article_id}:{claim.start}: {claim.surface!r} matches "
                         f"{', '.join(k for _, k in matches)} equally; left unlinked")
            out.append(claim)
        else:
            out.append(claim.model_copy(update={"claim_key": matches[0][1]}))
    return out, notes
