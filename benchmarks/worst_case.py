"""Worst-case inputs: extraction time at 10 KB, 100 KB and 1 MB of each pathological pattern.

Run: python benchmarks/worst_case.py [--repeat 3]
The baseline in the same run is ordinary news-like text (benchmarks/_newsgen.py) of the same sizes; the
growth column is t(100 KB) / t(10 KB), about 10 when cost is linear in the text.
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from _newsgen import articles
from _worst_inputs import DENSE, PATTERNS, make

from claimsdata import extract_claims

SIZES = (10_000, 100_000, 1_000_000)


def _best_time(text: str, repeat: int) -> tuple[float, int]:
    best, n = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = len(extract_claims(text, date(2022, 10, 5)))
        best = min(best, time.perf_counter() - t0)
    return best, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3, help="passes per cell (the best is shown)")
    args = ap.parse_args()
    extract_claims("warm-up: 5 km, $3m, about 20%.", date(2022, 10, 5))
    news = " ".join(str(a["text"]) for a in articles(1_100_000))
    rows = [("news-like text (baseline)", news)] + list(PATTERNS.items()) + [
        (f"dense: {k}", v) for k, v in DENSE.items()]
    print(f"{'input':40s} {'10 KB':>8s} {'100 KB':>8s} {'1 MB':>8s} {'growth':>7s} {'claims/MB':>10s}")
    for name, unit in rows:
        cells = [_best_time(unit[:size] if name.startswith("news") else make(unit, size), args.repeat)
                 for size in SIZES]
        growth = cells[1][0] / max(cells[0][0], 1e-6)
        print(f"{name:40s} " + " ".join(f"{t:7.3f}s" for t, _ in cells) + f" {growth:7.1f} {cells[2][1]:10,d}")


if __name__ == "__main__":
    main()
