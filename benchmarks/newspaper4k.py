"""A third real outlet set, of recent years: the English news articles in newspaper4k's test data (CNN, Time,
Wired, Fox 13, cleveland.com, Yonhap, an esports site and others, 2013-2023), as that library extracted their text.

Run: python benchmarks/newspaper4k.py [--draw SEED] [--n 40] [--gold [--errors]]

The text is not ours and is never copied into the repository; it is read from the newspaper4k source archive
(``pip download newspaper4k==0.9.6 --no-deps --no-binary :all:`` fetches ``newspaper4k-0.9.6.tar.gz``), named by
$CLAIMSDATA_NEWSPAPER4K (the archive or the directory it unpacks to), or found as
../shared/corpora/newspaper4k-0.9.6.tar.gz; the script says so and stops when it is absent. Article ``np4k-STEM``
is ``tests/data/txt/STEM.txt`` of the archive, published on the date its ``tests/data/metadata/STEM.json`` gives.

Articles are split once, by name, before any was read: a held-out gold part (every quantity annotated by hand in
tests/data/gold_newspaper4k.yaml, never tuned on) and an audit part (random claims judged by hand in
tests/data/audit_newspaper4k.yaml).

Without options: extraction over every article (no exception allowed), claims per article and dimension, one-core
speed. ``--gold``: detection, value, unit and qualifier scores on the gold part (``--errors`` lists the misses).
``--draw SEED``: an audit sample - ``--n`` random non-date claims of the audit part, seeded, skipping claims that
overlap one judged before, printed with the text around them for judging by hand.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tarfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

from claimsdata import extract_claims
from quality import draw_audit, print_real_news  # (a sibling script: this directory is on the path when run)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
_ARCHIVE = "newspaper4k-0.9.6"

#: held out: annotated in full, never tuned on (the auditor's topic)
GOLD = {"cnn_article": "weather", "fox13now_001": "politics", "video_article_02": "sports", "yna_co_kr": "world"}
#: audited by random claims (the auditor's topic)
AUDIT = {"article_with_br": "world", "article_with_divs": "culture", "cleveland.com1": "culture",
         "cnn_001": "politics", "cnn_002": "politics", "cnn_test_nlp": "politics", "time_001": "scitech",
         "wired_001": "world"}
# Left out: cnn_summary (a summary the library's tests make, not an article), video_article_01 (cleveland.com1's
# article again, with a caption) and the articles in other languages.


def source_archive(variable: str, archive: str) -> Path | None:
    """The source archive (or the directory it unpacks to) named by the environment ``variable``, else
    ../shared/corpora/ARCHIVE.tar.gz when it exists (webpages.py finds its archive with it too)."""
    if env := os.environ.get(variable):
        return Path(env)
    path = ROOT.parent / "shared" / "corpora" / f"{archive}.tar.gz"
    return path if path.exists() else None


def read_members(path: Path, archive: str, wanted: set[str]) -> dict[str, bytes]:
    """The bytes of the ``wanted`` files (paths inside the archive, below its top directory) that ``path`` holds."""
    if path.is_dir():
        base = path / archive if (path / archive).is_dir() else path
        return {name: (base / name).read_bytes() for name in wanted if (base / name).exists()}
    files: dict[str, bytes] = {}
    with tarfile.open(path) as tf:
        for member in tf.getmembers():
            name = member.name.split("/", 1)[-1]
            if name in wanted and (f := tf.extractfile(member)) is not None:
                files[name] = f.read()
    return files


def articles() -> dict[str, tuple[str, date | None]] | None:
    """Text and publication date by id (``np4k-STEM``), or None when the archive is not on this machine."""
    path = source_archive("CLAIMSDATA_NEWSPAPER4K", _ARCHIVE)
    if path is None or not path.exists():
        return None
    files = read_members(path, _ARCHIVE, {f"tests/data/{kind}/{stem}.{ext}" for stem in (*GOLD, *AUDIT)
                                          for kind, ext in (("txt", "txt"), ("metadata", "json"))})
    out: dict[str, tuple[str, date | None]] = {}
    for stem in (*GOLD, *AUDIT):
        text = files.get(f"tests/data/txt/{stem}.txt")
        if text is None:
            raise SystemExit(f"newspaper4k: {path} has no tests/data/txt/{stem}.txt")
        meta = json.load(io.BytesIO(files.get(f"tests/data/metadata/{stem}.json", b"{}")))
        stamp = meta.get("publish_date")
        out[f"np4k-{stem}"] = (text.decode("utf-8"), date.fromisoformat(stamp[:10]) if stamp else None)
    return out


def run_outlet(name: str, arts: dict[str, tuple[str, date | None]]) -> None:
    """Extraction over every article of an outlet set (an exception stops it), claims per article and dimension,
    and one-pass speed on one core (webpages.py runs its pages with it too)."""
    extract_claims("warm-up: 5 km, $3m, about 20%.", None)  # the unit registry is built once
    t0 = time.perf_counter()
    claims = [c for aid, (text, pub) in arts.items() for c in extract_claims(text, pub, article_id=aid)]
    dt = time.perf_counter() - t0
    mb = sum(len(t.encode()) for t, _ in arts.values()) / 1e6
    dated = sum(c.dimension == "date" for c in claims)
    print(f"{name}: {len(arts)} articles, {mb:.3f} MB; {len(claims)} claims ({dated} of them dates) in "
          f"{len({c.article_id for c in claims})} articles; {mb / dt:.2f} MB/s on one core (one pass)")
    for aid in arts:
        n = Counter(c.dimension for c in claims if c.article_id == aid)
        print(f"  {aid:<24} " + ", ".join(f"{d} {k}" for d, k in n.most_common()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draw", type=int, metavar="SEED", help="print an audit sample drawn with this seed")
    ap.add_argument("--n", type=int, default=40, help="claims in the sample")
    ap.add_argument("--gold", action="store_true", help="score the held-out gold part")
    ap.add_argument("--errors", action="store_true", help="with --gold: list its misses (to report, never to tune)")
    args = ap.parse_args()
    arts = articles()
    if arts is None:
        print("newspaper4k: the archive is not on this machine (set CLAIMSDATA_NEWSPAPER4K to the "
              f"{_ARCHIVE}.tar.gz that pip download fetches); skipped")
        sys.exit(0)
    if args.draw is not None:
        draw_audit(DATA / "audit_newspaper4k.yaml", arts, [f"np4k-{stem}" for stem in AUDIT], args.draw, args.n)
    elif args.gold:
        gold = yaml.safe_load((DATA / "gold_newspaper4k.yaml").read_text(encoding="utf-8"))
        print_real_news("newspaper4k articles, held-out gold (gold_newspaper4k.yaml, never tuned on)", gold,
                        {aid: text for aid, (text, _) in arts.items()}, args.errors)
    else:
        run_outlet("newspaper4k", arts)


if __name__ == "__main__":
    main()
