"""Validation speed: 1,000,000 generated claim rows through the full suites (GX + cross-table checks).

Run: python benchmarks/validation.py [--rows 1000000]
Baseline in the same run: GX alone with 9 simple expectations on the same rows. Peak memory is the process's
maximum resident set size (ru_maxrss), printed before and after.
"""

from __future__ import annotations

import argparse
import resource
import time

import numpy as np
import pandas as pd

import claimsdata
from claimsdata.validation import _for_gx, _gx, validate


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_rows(n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The shipped claims repeated to ``n`` rows with unique ids (articles repeated alongside)."""
    claims, articles = claimsdata.load_claims(), claimsdata.load_articles()
    reps = -(-n // len(claims))
    big = pd.concat([claims] * reps, ignore_index=True).iloc[:n].copy()
    big["claim_id"] = pd.array(np.char.add("c", np.arange(n).astype(str)), dtype="string")
    return big, articles


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    args = ap.parse_args()
    claims, articles = make_rows(args.rows)
    _gx()  # import and context set-up are not part of the timing
    print(f"rows: {len(claims):,}; peak RSS before validation {_rss_mb():,.0f} MB")

    gx, _, batch_def = _gx()
    simple = gx.ExpectationSuite(name="baseline", expectations=[
        gx.expectations.ExpectColumnValuesToNotBeNull(column="claim_id"),
        gx.expectations.ExpectColumnValuesToNotBeNull(column="article_id"),
        gx.expectations.ExpectColumnValuesToNotBeNull(column="unit"),
        gx.expectations.ExpectColumnValuesToNotBeNull(column="surface"),
        gx.expectations.ExpectColumnValuesToBeInSet(column="method", value_set=["extracted", "coded"]),
        gx.expectations.ExpectColumnValuesToBeInSet(column="qualifier", value_set=list(claims["qualifier"].cat.categories)),
        gx.expectations.ExpectColumnValuesToBeInSet(column="dimension", value_set=list(claims["dimension"].cat.categories)),
        gx.expectations.ExpectColumnValuesToBeBetween(column="confidence", min_value=0, max_value=1),
        gx.expectations.ExpectTableRowCountToBeBetween(min_value=1),
    ])
    prepared = _for_gx(claims, "claims")
    t0 = time.perf_counter()
    base = batch_def.get_batch(batch_parameters={"dataframe": prepared}).validate(simple)
    t_base = time.perf_counter() - t0
    print(f"baseline: GX alone, 9 simple expectations: {t_base:.2f} s (success={base.success})")

    validate(claims.head(1000), "claims", articles=articles)  # warm-up: GX registers its metrics on first use
    t0 = time.perf_counter()
    report = validate(claims, "claims", articles=articles)
    t_full = time.perf_counter() - t0
    t0 = time.perf_counter()
    art = validate(articles, "articles")
    t_art = time.perf_counter() - t0
    print(f"full claims suite: {len(report.results)} checks (GX + cross-table) in {t_full:.2f} s "
          f"(includes preparing the frame for GX); success={report.success}")
    print(f"articles suite: {len(art.results)} checks on {len(articles)} rows in {t_art:.2f} s")
    print(f"peak RSS after validation {_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
