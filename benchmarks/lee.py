"""A second real outlet: the Lee corpus (ABC News articles of late 2001, from gensim's test data): its 300 background
articles and, since the twentieth session, its 50 test articles.

Run: python benchmarks/lee.py [--draw SEED] [--n 40]

The text is not ours and is never copied into the repository; it is read from, in this order: the file or gensim
wheel named by $CLAIMSDATA_LEE (``pip download gensim==4.4.0 --no-deps`` fetches the wheel), an installed gensim's
``test/test_data/lee_background.cor``, or ../shared/corpora/lee_background.cor; the script says so and stops when
none is there. Article ``lee-bg-NNN`` is line NNN (from 0) of that file, ``lee-test-NNN`` line NNN of ``lee.cor``
beside it (or in the wheel), when it is there. The outlet is Australian, so a bare "$" is
read as its dollar (``dollar="AUD"``; samples 1-6 of the audit were drawn before the option existed, with USD).

Without options: extraction over every article (no exception allowed), claims per article and per dimension, and
throughput on one core. ``--draw SEED``: an audit sample for tests/data/audit_lee.yaml - the articles in a shuffle
seeded with SEED, skipping those already audited or listed in tests/data/explored_lee.yaml, one random non-date
claim of each of the first ``--n`` with any, printed with the text before it for judging by hand. The background
articles come first, in the shuffle that drew samples 1-7, then the test articles in a shuffle of their own.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import yaml

from claimsdata import extract_claims
from quality import print_for_judging  # (a sibling script: this directory is on the path when run)

DOLLAR = "AUD"  # an Australian outlet's "$"

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
_MEMBER = "gensim/test/test_data/lee_background.cor"
_TEST_MEMBER = "gensim/test/test_data/lee.cor"


def _source() -> Path | None:
    """Where the corpus is, or None."""
    if env := os.environ.get("CLAIMSDATA_LEE"):
        return Path(env)
    spec = importlib.util.find_spec("gensim")
    if spec is not None and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "test" / "test_data" / "lee_background.cor"
        if path.exists():
            return path
    path = ROOT.parent / "shared" / "corpora" / "lee_background.cor"
    return path if path.exists() else None


def lee_articles() -> dict[str, str] | None:
    """The articles by id (``lee-bg-NNN``, then ``lee-test-NNN`` when the test file is there too), or None when the
    corpus is not on this machine."""
    path = _source()
    if path is None or not path.exists():
        return None
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as zf:
            raw = zf.read(_MEMBER)
            test = zf.read(_TEST_MEMBER) if _TEST_MEMBER in zf.namelist() else None
    else:
        raw = path.read_bytes()
        test = (path.parent / "lee.cor").read_bytes() if (path.parent / "lee.cor").exists() else None
    articles = {f"lee-bg-{i:03d}": line for i, line in enumerate(_decoded(raw).splitlines())}
    if test is not None:
        articles |= {f"lee-test-{i:03d}": line for i, line in enumerate(_decoded(test).splitlines())}
    return articles


def _decoded(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _run(articles: dict[str, str]) -> None:
    extract_claims("warm-up: 5 km, $3m, about 20%.", None)  # the unit registry is built once
    t0 = time.perf_counter()
    claims = [c for aid, text in articles.items()
              for c in extract_claims(text, None, article_id=aid, dollar=DOLLAR)]
    dt = time.perf_counter() - t0
    mb = sum(len(t.encode()) for t in articles.values()) / 1e6
    with_claims = len({c.article_id for c in claims})
    print(f"Lee corpus: {len(articles)} articles, {mb:.2f} MB; {len(claims)} claims in {with_claims} articles "
          f"({len(claims) / len(articles):.1f} per article); {mb / dt:.2f} MB/s on one core (one pass)")
    print("by dimension: " + ", ".join(f"{d} {n}" for d, n in Counter(c.dimension for c in claims).most_common()))


def _draw(articles: dict[str, str], seed: int, n: int) -> None:
    seen = {c["id"] for s in yaml.safe_load((DATA / "audit_lee.yaml").read_text(encoding="utf-8")) or []
            for c in s["claims"]}
    explored = DATA / "explored_lee.yaml"
    if explored.exists():
        seen |= set(yaml.safe_load(explored.read_text(encoding="utf-8")) or [])
    ids = sorted(a for a in articles if a.startswith("lee-bg-"))
    rng = random.Random(seed)
    rng.shuffle(ids)  # (the shuffle of samples 1-7, which the test articles, added later, leave as it was)
    tests = sorted(a for a in articles if a.startswith("lee-test-"))
    random.Random(seed).shuffle(tests)
    ids += tests
    k = 0
    for aid in ids:
        if aid in seen:
            continue
        text = articles[aid]
        found = [c for c in extract_claims(text, None, article_id=aid, dollar=DOLLAR) if c.dimension != "date"]
        if not found:
            continue
        print_for_judging(k, rng.choice(found), text)
        k += 1
        if k >= n:
            break


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draw", type=int, metavar="SEED", help="print an audit sample drawn with this seed")
    ap.add_argument("--n", type=int, default=40, help="claims in the sample")
    args = ap.parse_args()
    articles = lee_articles()
    if articles is None:
        print("lee: the corpus is not on this machine (set CLAIMSDATA_LEE to lee_background.cor or to a gensim "
              "wheel, or install gensim); skipped")
        sys.exit(0)
    if args.draw is not None:
        _draw(articles, args.draw, args.n)
    else:
        _run(articles)


if __name__ == "__main__":
    main()
