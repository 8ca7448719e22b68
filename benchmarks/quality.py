"""Extraction quality against the hand-annotated gold set: detection P/R/F1 and accuracy per field.

Run: python benchmarks/quality.py [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

from claimsdata import extract_claims
from claimsdata.evaluation import FIELDS, load_gold, score_extraction

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SETS = {
    "tuning set (gold_part*.yaml; the rules were tuned on it)": sorted(DATA.glob("gold_part*.yaml")),
    "held-out set (gold_heldout.yaml; written after tuning, never tuned on)": [DATA / "gold_heldout.yaml"],
}


def main() -> None:
    for title, paths in SETS.items():
        items = load_gold(paths)
        sc = score_extraction(items, lambda t, p: extract_claims(t, p))
        n_claims = sum(len(i.claims) for i in items)
        print(f"== {title}")
        print(f"items {len(items)}, claims {n_claims}, items without claims {sum(1 for i in items if not i.claims)}")
        print(f"detection: precision {sc.precision:.3f}  recall {sc.recall:.3f}  F1 {sc.f1:.3f}  "
              f"(tp {sc.tp}, fp {sc.fp}, fn {sc.fn}); exact surface {sc.exact_surface / max(sc.tp, 1):.3f}")
        for name in FIELDS:
            print(f"  {name:<10} {sc.accuracy(name):.3f}  ({sc.field_hits[name]}/{sc.field_total[name]})")
        if "--errors" in sys.argv and sc.errors:
            print("\n".join(sc.errors))


if __name__ == "__main__":
    main()
