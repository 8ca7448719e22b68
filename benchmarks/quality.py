"""Extraction quality against the hand-annotated gold sets: detection P/R/F1 and accuracy per facet.

Run: python benchmarks/quality.py [--errors] [--held-out-errors]

- gold v1 (tests/data/gold_part*.yaml, gold_heldout.yaml): the sentences the first rules were written for;
- gold v2 (tests/data/gold_news/<topic>.yaml): 402 news-style sentences in eight topics, annotated before the
  rules were changed for them; reported per topic, the tuning part and the held-out part (every fifth item)
  apart. ``--errors`` lists the tuning part's errors; the held-out errors are printed only with
  ``--held-out-errors`` (look at them only to report, never to tune).
"""

from __future__ import annotations

import sys
from pathlib import Path

from claimsdata import extract_claims
from claimsdata.evaluation import FIELDS, NEWS_FIELDS, load_gold, load_news_gold, score_by_topic, score_extraction

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
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


if __name__ == "__main__":
    main()
