"""Extraction quality against the hand-annotated gold sets: detection P/R/F1 and accuracy per facet.

Run: python benchmarks/quality.py [--errors] [--held-out-errors]

- gold v1 (tests/data/gold_part*.yaml, gold_heldout.yaml): the sentences the first rules were written for;
- gold v2 (tests/data/gold_news/<topic>.yaml): 402 news-style sentences in eight topics, annotated before the
  rules were changed for them; reported per topic, the tuning part and the held-out part (every fifth item)
  apart. ``--errors`` lists the tuning part's errors; the held-out errors are printed only with
  ``--held-out-errors`` (look at them only to report, never to tune);
- real news (tests/data/gold_agnews.yaml): 32 AG News items annotated by id and offsets, all held out; read
  with the text of ../shared/corpora/agnews-test.jsonl.gz (skipped when absent). A predicted claim matches a
  gold quantity when their spans overlap; dates are not scored.
"""

from __future__ import annotations

import sys
import gzip
import json
from collections import defaultdict
from pathlib import Path

import yaml

from claimsdata import extract_claims
from claimsdata.evaluation import FIELDS, NEWS_FIELDS, load_gold, load_news_gold, score_by_topic, score_extraction

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
AGNEWS = ROOT.parent / "shared" / "corpora" / "agnews-test.jsonl.gz"
V1 = {
    "gold v1, tuning set (gold_part*.yaml; the rules were tuned on it)": sorted(DATA.glob("gold_part*.yaml")),
    "gold v1, held-out set (gold_heldout.yaml; written after tuning, never tuned on)": [DATA / "gold_heldout.yaml"],
}


def _extract(text, published):  # noqa: ANN001, ANN202
    return extract_claims(text, published)


def main() -> None:
    for title, paths in V1.items():
        items = load_gold(paths)
        sc = score_extraction(items, _extract)
        n_claims = sum(len(i.claims) for i in items)
        print(f"== {title}")
        print(f"items {len(items)}, claims {n_claims}, items without claims {sum(1 for i in items if not i.claims)}")
        print(f"detection: precision {sc.precision:.3f}  recall {sc.recall:.3f}  F1 {sc.f1:.3f}  "
              f"(tp {sc.tp}, fp {sc.fp}, fn {sc.fn}); exact surface {sc.exact_surface / max(sc.tp, 1):.3f}")
        for name in FIELDS:
            print(f"  {name:<10} {sc.accuracy(name):.3f}  ({sc.field_hits.get(name, 0)}/{sc.field_total.get(name, 0)})")
        held = "held-out" in title
        if (("--held-out-errors" if held else "--errors") in sys.argv) and sc.errors:
            print("\n".join(sc.errors))
    news = load_news_gold(sorted((DATA / "gold_news").glob("*.yaml")))
    for part, held in (("tuning part", False), ("held-out part (never tuned on)", True)):
        items = [i for i in news if i.held_out == held]
        by_topic = score_by_topic(items, _extract)
        print(f"\n== gold v2, {part}: {len(items)} items, {sum(len(i.claims) for i in items)} claims")
        print(f"{'topic':<9} {'P':>5} {'R':>5} {'F1':>5}  " + " ".join(f"{n[:8]:>8}" for n in NEWS_FIELDS))
        for topic, sc in by_topic.items():
            print(f"{topic:<9} {sc.precision:5.3f} {sc.recall:5.3f} {sc.f1:5.3f}  "
                  + " ".join(f"{sc.accuracy(n):8.3f}" if sc.field_total.get(n) else f"{'-':>8}" for n in NEWS_FIELDS))
        flag = "--held-out-errors" if held else "--errors"
        if flag in sys.argv:
            print("\n".join(by_topic["all"].errors))
    real_news()


def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def real_news() -> None:
    """Detection, value and unit on the AG News items annotated by offsets (all held out: errors only with
    --held-out-errors)."""
    if not AGNEWS.exists():
        print(f"\n== real news: {AGNEWS} absent; skipped")
        return
    gold = yaml.safe_load((DATA / "gold_agnews.yaml").read_text(encoding="utf-8"))
    wanted = {g["id"] for g in gold}
    texts = {}
    with gzip.open(AGNEWS, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item["article_id"] in wanted:
                texts[item["article_id"]] = item["text"] or ""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors = []
    for g in gold:
        text = texts[g["id"]]
        found = [c for c in extract_claims(text, None, article_id=g["id"]) if c.dimension != "date"]
        used: set[int] = set()
        for topic in (g["topic"], "all"):
            counts[topic]["gold"] += len(g["c"])
            counts[topic]["found"] += len(found)
        for want in g["c"]:
            hit = next((k for k, c in enumerate(found) if k not in used and c.start is not None
                        and c.start < want["end"] and want["start"] < c.end), None)
            if hit is None:
                errors.append(f"{g['id']}: missed {text[want['start']:want['end']]!r}")
                continue
            used.add(hit)
            c = found[hit]
            value = c.value if c.value is not None else (c.value_low if c.value_low is not None else c.value_high)
            for topic in (g["topic"], "all"):
                counts[topic]["tp"] += 1
                counts[topic]["value"] += _close(value, want["v"])
                if want["u"] is not None:
                    counts[topic]["unit_total"] += 1
                    counts[topic]["unit"] += c.unit == want["u"]
            if not _close(value, want["v"]) or (want["u"] is not None and c.unit != want["u"]):
                errors.append(f"{g['id']}: {c.surface!r} got {value} {c.unit}, want {want['v']} {want['u']}")
        errors += [f"{g['id']}: extra {c.surface!r}" for k, c in enumerate(found) if k not in used]
    print(f"\n== real news (AG News, {len(gold)} items by id and offsets, all held out): "
          f"{counts['all']['gold']} quantities")
    print(f"{'topic':<9} {'P':>5} {'R':>5} {'F1':>5}  {'value':>6} {'unit':>6}")
    for topic in ["all"] + sorted(t for t in counts if t != "all"):
        c = counts[topic]
        p = c["tp"] / c["found"] if c["found"] else 1.0
        r = c["tp"] / c["gold"] if c["gold"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        value = c["value"] / c["tp"] if c["tp"] else float("nan")
        unit = c["unit"] / c["unit_total"] if c["unit_total"] else float("nan")
        print(f"{topic:<9} {p:5.3f} {r:5.3f} {f1:5.3f}  {value:6.3f} {unit:6.3f}")
    if "--held-out-errors" in sys.argv:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
