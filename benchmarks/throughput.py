"""Extraction throughput on generated news-like text, with quantulum3 as a baseline in the same run.

Run: PYTHONHASHSEED=0 python benchmarks/throughput.py [--mb 20] [--baseline-mb 0.5] [--agnews]
claimsdata runs over the whole corpus; quantulum3 (about 0.04 MB/s here) runs over the first
--baseline-mb of the same articles, and both rates are printed with their ratio.
--agnews: the 7,600 real AG News items of ../shared/corpora instead (short items, about 1.6 MB; skipped when absent).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
import warnings
from datetime import date
from pathlib import Path

from _newsgen import FILLER_SHARE, articles

from claimsdata import extract_claims

AGNEWS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "agnews-test.jsonl.gz"


def _agnews() -> list[dict[str, object]]:
    """The AG News items as articles (their text only; they carry no date, so none is given)."""
    with gzip.open(AGNEWS, "rt", encoding="utf-8") as fh:
        return [{"article_id": item["article_id"], "text": item["text"] or "", "published": None}
                for item in map(json.loads, fh)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--baseline-mb", type=float, default=0.5)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes of claimsdata (this VM's speed varies)")
    ap.add_argument("--filler-share", type=float, default=FILLER_SHARE,
                    help="share of sentences without numbers (0.9: about 1.7 claims per KB; the seed article has 1.1)")
    ap.add_argument("--agnews", action="store_true", help="time the real AG News items of ../shared instead")
    args = ap.parse_args()
    if args.agnews and not AGNEWS.exists():
        print(f"agnews: {AGNEWS} absent; skipped")
        return
    corpus = _agnews() if args.agnews else list(articles(int(args.mb * 1e6), filler_share=args.filler_share))
    mb = sum(len(str(a["text"]).encode()) for a in corpus) / 1e6
    extract_claims("warm-up: 5 km, $3m, about 20%.", date(2022, 10, 5))  # pint registry is built once
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_claims = 0
        for a in corpus:
            n_claims += len(extract_claims(str(a["text"]), _published(a),
                                           article_id=str(a["article_id"])))
        times.append(time.perf_counter() - t0)
    dt = statistics.median(times)
    ours = mb / dt
    kind = "AG News (real)" if args.agnews else f"generated, sentences without numbers {args.filler_share:.0%}"
    print(f"corpus: {mb:.1f} MB, {len(corpus)} articles, {kind}, {n_claims / (mb * 1000):.2f} claims per KB")
    print(f"claimsdata: {n_claims} claims; median of {len(times)} passes {dt:.1f} s on one core "
          f"-> {ours:.2f} MB/s per core (passes: {', '.join(f'{mb / t:.2f}' for t in times)} MB/s), "
          f"{n_claims / dt:,.0f} claims/s")

    from quantulum3 import parser as q3

    sample, size = [], 0
    for a in corpus:
        if size >= args.baseline_mb * 1e6:
            break
        sample.append(str(a["text"]))
        size += len(sample[-1].encode())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q3.parse("warm-up 5 km")
        t0 = time.perf_counter()
        q_claims = sum(len(q3.parse(t)) for t in sample)
        qdt = time.perf_counter() - t0
    theirs = size / 1e6 / qdt
    print(f"quantulum3: {size / 1e6:.2f} MB (the first articles of the same corpus), {q_claims} quantities in "
          f"{qdt:.1f} s -> {theirs:.3f} MB/s, {q_claims / qdt:,.0f} quantities/s")
    print(f"ratio claimsdata / quantulum3 throughput: {ours / theirs:.0f}x")


def _published(a: dict[str, object]) -> date | None:
    return date.fromisoformat(str(a["published"])) if a["published"] else None


if __name__ == "__main__":
    main()
