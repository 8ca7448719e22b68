"""Scoring an extractor against a hand-annotated gold set (the format of ``tests/data/gold_part*.yaml``)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .models import Claim

__all__ = ["GoldItem", "load_gold", "score_extraction", "ExtractionScores"]

DEFAULT_PUBLISHED = date(2022, 10, 5)
FIELDS = ("dimension", "value", "unit", "qualifier", "speaker", "dates")


@dataclass(frozen=True)
class GoldItem:
    """One annotated text: its publication date and its expected claims (dicts with short keys)."""

    text: str
    published: date
    claims: tuple[dict[str, Any], ...]
    source: str


def load_gold(paths: Iterable[str | Path]) -> list[GoldItem]:
    """Read gold YAML files (lists of ``{t, p?, c: [...]}``)."""
    items: list[GoldItem] = []
    for path in paths:
        for i, raw in enumerate(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []):
            items.append(GoldItem(raw["t"], raw.get("p", DEFAULT_PUBLISHED), tuple(raw.get("c") or ()),
                                  f"{Path(path).name}#{i + 1}"))
    return items


def _spans(text: str, gold: tuple[dict[str, Any], ...]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for g in gold:
        i = text.find(g["s"], pos)
        if i < 0:
            i = text.find(g["s"])
        if i < 0:
            raise ValueError(f"gold surface {g['s']!r} not in text {text!r}")
        spans.append((i, i + len(g["s"])))
        pos = i + 1
    return spans


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-9)


def _same_speaker(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    g = gold.lower().removeprefix("the ").split()
    p = pred.lower().removeprefix("the ").split()
    return g == p or g == p[-len(g):] or p == g[-len(p):]


@dataclass
class ExtractionScores:
    """Detection precision/recall/F1 and per-field accuracy over matched claims."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact_surface: int = 0
    field_hits: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    field_total: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        return self.field_hits[name] / self.field_total[name] if self.field_total[name] else 1.0


def score_extraction(items: list[GoldItem],
                     extract: Callable[[str, date], list[Claim]]) -> ExtractionScores:
    """Match predicted claims to gold claims by overlapping spans and score detection and fields."""
    sc = ExtractionScores()
    for item in items:
        preds = extract(item.text, item.published)
        gold_spans = _spans(item.text, item.claims)
        used: set[int] = set()
        for g, (gs, ge) in zip(item.claims, gold_spans, strict=True):
            match = None
            for j, c in enumerate(preds):
                if j not in used and c.start is not None and c.end is not None and c.start < ge and gs < c.end:
                    match = j
                    break
            if match is None:
                sc.fn += 1
                sc.errors.append(f"{item.source} MISSED {g['s']!r}")
                continue
            used.add(match)
            c = preds[match]
            sc.tp += 1
            sc.exact_surface += c.surface == g["s"]
            checks: dict[str, bool] = {
                "dimension": c.dimension == g["d"],
                "unit": c.unit == g["u"],
                "qualifier": c.qualifier == g["q"],
                "speaker": _same_speaker(g.get("sp"), c.speaker),
            }
            if g["q"] == "range" or "lo" in g:
                checks["value"] = _close(g.get("lo"), c.value_low) and _close(g.get("hi"), c.value_high)
            elif g["d"] == "date":
                checks["value"] = c.value is None
            else:
                checks["value"] = _close(float(g["v"]), c.value)
            if "cd" in g or "rs" in g:
                ok = True
                if "cd" in g:
                    ok &= c.claim_date == g["cd"]
                if "rs" in g:
                    ok &= c.ref_start == g["rs"] and c.ref_end == g.get("re")
                checks["dates"] = ok
            for name, ok in checks.items():
                sc.field_total[name] += 1
                sc.field_hits[name] += ok
                if not ok:
                    got = {"dimension": c.dimension, "unit": c.unit, "qualifier": c.qualifier,
                           "speaker": c.speaker, "value": (c.value, c.value_low, c.value_high),
                           "dates": (c.claim_date, c.ref_start, c.ref_end)}[name]
                    sc.errors.append(f"{item.source} {name} of {g['s']!r}: got {got!r}")
        for j, c in enumerate(preds):
            if j not in used:
                sc.fp += 1
                sc.errors.append(f"{item.source} FALSE {c.surface!r} ({c.dimension})")
    return sc
