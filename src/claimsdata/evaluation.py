"""Scoring an extractor against a hand-annotated gold set (the format of ``tests/data/gold_part*.yaml``)."""

from __future__ import annotations

import calendar
import math
from collections.abc import Callable, Iterable
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .models import Claim

__all__ = ["GoldItem", "load_gold", "load_news_gold", "score_extraction", "score_by_topic", "ExtractionScores",
           "FIELDS", "NEWS_FIELDS", "GroupStory", "load_group_stories", "score_groups", "GroupScores"]

DEFAULT_PUBLISHED = date(2022, 10, 5)
FIELDS = ("dimension", "value", "unit", "qualifier", "speaker", "dates")
#: the facets of gold v2 (tests/data/gold_news/): the contract's additions and the entity too
NEWS_FIELDS = FIELDS + ("entity", "per", "change", "value_written")
#: canonical unit of each physical dimension, as pint spells it (for gold values given as written)
_PINT_CANONICAL = {"length": "meter", "area": "meter**2", "mass": "kilogram", "volume": "meter**3",
                   "speed": "meter/second", "temperature": "degC", "duration": "day"}


@dataclass(frozen=True)
class GoldItem:
    """One annotated text: its publication date and its expected claims (dicts with short keys)."""

    text: str
    published: date
    claims: tuple[dict[str, Any], ...]
    source: str
    topic: str | None = None
    held_out: bool = False
    fields: tuple[str, ...] = FIELDS


def load_news_gold(paths: Iterable[str | Path]) -> list[GoldItem]:
    """Read gold v2 files (``tests/data/gold_news/<topic>.yaml``): topic, held-out mark and all facets.

    Physical values given as written (``vw`` in ``uw``) are converted to the canonical unit with pint here, so
    the gold does not depend on the extractor's own conversions.
    """
    items: list[GoldItem] = []
    for path in paths:
        topic = Path(path).stem
        for raw in yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []:
            claims = tuple(_canonical(dict(c)) for c in raw.get("c") or ())
            items.append(GoldItem(raw["t"], raw.get("p", DEFAULT_PUBLISHED), claims, raw["id"], topic,
                                  bool(raw.get("h")), NEWS_FIELDS))
    return items


def _canonical(g: dict[str, Any]) -> dict[str, Any]:
    """Fill ``v`` (or ``lo``/``hi``) from ``vw``/``uw`` for physical dimensions."""
    if "uw" not in g:
        return g
    import pint

    ureg = _ureg()
    target = _PINT_CANONICAL[g["d"]]

    def conv(x: float) -> float:
        if g["uw"] in _SPANS_OF_YEARS:  # pint's "decade" is a ratio on a log scale, not ten years
            return float(ureg.Quantity(x * _SPANS_OF_YEARS[g["uw"]], "year").to(target).magnitude)
        unit = ureg.Unit(g["uw"])
        if g["d"] == "temperature" and str(unit).startswith("delta_"):
            return float(ureg.Quantity(x, unit).to("delta_degC").magnitude)
        return float(ureg.Quantity(x, unit).to(target).magnitude)

    try:
        if isinstance(g["vw"], list):
            g["lo"], g["hi"] = conv(g["vw"][0]), conv(g["vw"][1])
        else:
            g["v"] = conv(g["vw"])
            if g.get("q") == "approximate" and "lo" not in g:
                g["lo"], g["hi"] = g["v"] * 0.9, g["v"] * 1.1
    except pint.PintError as exc:  # a typo in the gold must be loud
        raise ValueError(f"gold unit {g['uw']!r} of {g['s']!r}: {exc}") from exc
    return g


#: written units of time pint does not read as spans of years: how many years each is
_SPANS_OF_YEARS = {"decade": 10.0, "century": 100.0}


def _ureg():  # noqa: ANN202 - a pint registry, built once
    global _UREG
    if _UREG is None:
        import pint

        _UREG = pint.UnitRegistry()
    return _UREG


_UREG = None


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


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "of"}


def _words(phrase: str) -> list[str]:
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in phrase.split()]
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    return words


def _possessor_end(phrase: str) -> int:
    """How many words of ``phrase`` name its possessor ("Bramwell Bank's pre-tax profit": 2), 0 when none do."""
    words = phrase.split()
    return next((k + 1 for k, w in enumerate(words[:4]) if k + 1 < len(words) and w.endswith(("'s", "’s"))), 0)


#: prepositions whose phrase after a predicted head says where, from where or for whom ("Copper shipments from
#: Chile", "Asking prices in Hampshire"): extra precision when the gold names the head alone
_PLACE_PREPOSITIONS = frozenset(
    "in at on for from to near outside inside among across around throughout within".split())
#: words of a time, which a phrase of place never holds ("Sales in the first quarter" is no more precise than "Sales");
#: the scorer keeps its own words (and the calendar's names), so it never bends to the extractor's vocabularies
_TIME_WORDS = frozenset({*(m.lower() for m in calendar.month_name[1:]), *(d.lower() for d in calendar.day_name),
                         "year", "years", "quarter", "quarters", "half", "month", "months", "week", "weeks", "day",
                         "days", "season", "session", "trading", "morning", "afternoon", "evening", "night",
                         "spring", "summer", "autumn", "winter", "period", "decade"})


def _same_entity(gold: str | None, pred: str | None) -> bool:
    """Same noun phrase: equal words (determiners aside), or the same head noun with at most one modifier more
    or less ("security assistance package" ~ "assistance package", not ~ "package"). An "of" complement that
    one side has and the other lacks is extra precision, not a different thing ("shares" ~ "shares of the
    retailer"); so is a phrase of place after the predicted head that the gold leaves out ("asking prices" ~
    "Asking prices in Hampshire"), but not one the prediction leaves out, nor a phrase of time."""
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = _words(gold), _words(pred)
    if g == p:
        return True
    lead = len(pred.split()) - len(p)  # (the determiners _words left out)
    if any(k and w in _PLACE_PREPOSITIONS and len(g) <= k and not any(
            x in _TIME_WORDS or any(ch.isdigit() for ch in x) for x in p[k + 1 :])
           and _same_entity(gold, " ".join(pred.split()[: lead + k])) for k, w in enumerate(p)):
        return True
    gk, pk = _possessor_end(gold), _possessor_end(pred)
    if (gk > 0) != (pk > 0):  # a possessor one side names is extra precision ("Bramwell Bank's pre-tax profit" ~
        g, p = _words(" ".join(gold.split()[gk:])), _words(" ".join(pred.split()[pk:]))  # "pre-tax profit", as
        if g == p:  # "pre-tax profit of Bramwell Bank" is)
            return True
    if ("of" in g) != ("of" in p):
        g, p = (g[: g.index("of")] if "of" in g else g), (p[: p.index("of")] if "of" in p else p)
        if g == p:
            return True
    if not g or not p or g[-1] != p[-1]:
        return False
    shorter, longer = (g, p) if len(g) <= len(p) else (p, g)
    return len(longer) - len(shorter) <= 1 and all(w in longer for w in shorter)


def _same_speaker(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    g = [w.rstrip(".") for w in gold.lower().removeprefix("the ").split()]  # "Sony Corp." ~ "Sony Corp"
    p = [w.rstrip(".") for w in pred.lower().removeprefix("the ").split()]
    return g == p or g == p[-len(g):] or p == g[-len(p):]


class _PrecisionRecall:
    """Precision and recall from the counts ``tp``, ``fp`` and ``fn`` of a score."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class ExtractionScores(_PrecisionRecall):
    """Detection precision/recall/F1 and per-field accuracy over matched claims."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact_surface: int = 0
    field_hits: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    field_total: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    errors: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        total = self.field_total.get(name, 0)
        return self.field_hits.get(name, 0) / total if total else 1.0


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
            if "entity" in item.fields:  # gold v2: absent means "names none", so every claim is scored
                checks["entity"] = _same_entity(g.get("e"), getattr(c, "entity", None))
                checks["per"] = g.get("per") == getattr(c, "per", None)
                checks["change"] = g.get("ch") == getattr(c, "change", None)
                if "vw" in g and not isinstance(g["vw"], list):
                    checks["value_written"] = _close(float(g["vw"]), getattr(c, "value_written", None))
            for name, ok in checks.items():
                sc.field_total[name] = sc.field_total.get(name, 0) + 1
                sc.field_hits[name] = sc.field_hits.get(name, 0) + ok
                if not ok:
                    got = {"dimension": c.dimension, "unit": c.unit, "qualifier": c.qualifier,
                           "speaker": c.speaker, "value": (c.value, c.value_low, c.value_high),
                           "dates": (c.claim_date, c.ref_start, c.ref_end), "entity": c.entity,
                           "per": getattr(c, "per", None), "change": getattr(c, "change", None),
                           "value_written": getattr(c, "value_written", None)}[name]
                    sc.errors.append(f"{item.source} {name} of {g['s']!r}: got {got!r}")
        for j, c in enumerate(preds):
            if j not in used:
                sc.fp += 1
                sc.errors.append(f"{item.source} FALSE {c.surface!r} ({c.dimension})")
    return sc


def score_by_topic(items: list[GoldItem], extract: Callable[[str, date], list[Claim]]) -> dict[str, ExtractionScores]:
    """Scores per topic, and over all items under the key ``"all"``."""
    out = {"all": score_extraction(items, extract)}
    for topic in sorted({i.topic for i in items if i.topic}):
        out[topic] = score_extraction([i for i in items if i.topic == topic], extract)
    return out


@dataclass(frozen=True)
class GroupStory:
    """One quantity reported by several one-sentence articles (``tests/data/grouping/stories.yaml``)."""

    id: str
    topic: str
    published: date
    claims: tuple[tuple[str, str], ...]  # (text, quantity as written)
    held_out: bool = False


def load_group_stories(path: str | Path) -> list[GroupStory]:
    """Read the claim-groups gold: stories of claims that state the same quantity."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [GroupStory(s["id"], s["topic"], s["p"], tuple((c["t"], c["q"]) for c in s["claims"]), bool(s.get("h")))
            for s in raw["stories"]]


@dataclass
class GroupScores(_PrecisionRecall):
    """Pair precision and recall: a pair is predicted *same* when both claims got one group."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def pairs(self) -> int:
        return self.tp + self.fp + self.fn + self.tn


def score_groups(stories: list[GroupStory], group_of: Callable[[list[GroupStory]], dict[tuple[str, int], str | None]]
                 ) -> dict[str, GroupScores]:
    """Score a grouping: ``group_of(stories)`` maps (story id, claim index) to a group id (None: not found).

    Labelled pairs: two claims of one story are the same quantity; two claims of different stories of one topic
    are not. Returns scores under ``all``, ``tuning``, ``held_out`` and each topic. A pair touching a held-out
    story counts as held out.
    """
    got = group_of(stories)
    out: dict[str, GroupScores] = defaultdict(GroupScores)
    members = [(s, i) for s in stories for i in range(len(s.claims))]
    for (s, i), g in ((m, got.get((m[0].id, m[1]))) for m in members):
        if g is None:
            out["all"].missing.append(f"{s.id}#{i}: {s.claims[i][1]!r} not extracted")
    for a in range(len(members)):
        for b in range(a + 1, len(members)):
            (sa, ia), (sb, ib) = members[a], members[b]
            if sa.topic != sb.topic:
                continue
            same = sa.id == sb.id
            ga, gb = got.get((sa.id, ia)), got.get((sb.id, ib))
            predicted = ga is not None and ga == gb
            part = "held_out" if sa.held_out or sb.held_out else "tuning"
            for name in ("all", part, sa.topic):
                sc = out[name]
                if same and predicted:
                    sc.tp += 1
                elif same:
                    sc.fn += 1
                elif predicted:
                    sc.fp += 1
                else:
                    sc.tn += 1
    return dict(out)
