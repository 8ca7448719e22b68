"""Linking precision and recall on the hand-labelled set tests/data/linking.yaml.

Precision: of the claims given a key, the share given the right one. Recall: of the claims that should get a key,
the share that got the right one. Unlinked-by-design items count as true negatives when left null.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from claimsdata import extract_claims
from claimsdata.codebook import Codebook, link_claims, read_codebook

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = date(2022, 10, 5)  # the items are read as if published on the seed article's date


def score(codebook: Codebook, items: list[dict]) -> dict[str, float | int | list[str]]:
    tp = fp = fn = tn = 0
    errors: list[str] = []
    for item in items:
        claims, _ = link_claims(extract_claims(item["t"], PUBLISHED), codebook)
        match = [c for c in claims if c.surface == item["s"]]
        if not match:
            errors.append(f"not extracted: {item['s']!r} in {item['t']!r}")
            fn += item["key"] is not None
            continue
        got, want = match[0].claim_key, item["key"]
        if got == want:
            tp += want is not None
            tn += want is None
        else:
            fp += got is not None
            fn += want is not None
            errors.append(f"{item['s']!r}: got {got}, want {want}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall, "errors": errors}


def main() -> None:
    items = yaml.safe_load((ROOT / "tests" / "data" / "linking.yaml").read_text())
    result = score(read_codebook(ROOT / "data" / "raw" / "codebook.yaml"), items)
    print(f"linking: {len(items)} items; precision {result['precision']:.3f}, recall {result['recall']:.3f} "
          f"(tp {result['tp']}, fp {result['fp']}, fn {result['fn']}, tn {result['tn']})")
    for e in result["errors"]:  # type: ignore[union-attr]
        print("  " + e)


if __name__ == "__main__":
    main()
