"""A fourth real outlet set, of 2019-2020: the English news and magazine pages among the web pages that trafilatura
1.0.0 keeps for its tests (Reuters, the Guardian, Nature, DW, Vice, The Verge, Salon, phys.org, National Geographic
and others), as trafilatura 2.3.1 extracts their text.

Run: python benchmarks/webpages.py [--draw SEED --part tuning|held-out [--n 40]]

The pages are not ours and are never copied into the repository; they are read from the trafilatura 1.0.0 source
archive (``pip download trafilatura==1.0.0 --no-deps --no-binary :all:`` fetches ``trafilatura-1.0.0.tar.gz``),
named by $CLAIMSDATA_WEBPAGES or found as ../shared/corpora/trafilatura-1.0.0.tar.gz. The text and the publication
date come from ``trafilatura.bare_extraction`` (``pip install -e ".[bench]"`` installs trafilatura 2.3.1; another
version may extract other text, and the audit's offsets would no longer point at its claims). The script says what
is missing and stops. Page ``web-STEM`` is ``tests/cache/STEM.html`` of the archive.

The pages were split once, by name and title, before any text was read: a held-out part, judged in full once after
the session's rule changes and never tuned on, and a tuning part, judged first as an unseen measure and then
used to find general failures. Judgments are in tests/data/audit_webpages.yaml (benchmarks/quality.py --audit
prints precision per facet and topic).

Without options: extraction over every page (no exception allowed), claims per page and dimension, one-core speed.
``--draw SEED --part P``: an audit sample - ``--n`` random non-date claims of that part, seeded, skipping claims
that overlap one judged before, printed with the text around them for judging by hand.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from quality import draw_audit  # (a sibling script: this directory is on the path when run)
from newspaper4k import read_members, run_outlet, source_archive

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
_ARCHIVE = "trafilatura-1.0.0"
_EXTRACTOR = "2.3.1"

#: held out: judged in full once, after the rule changes, never tuned on (the auditor's topic)
HELD_OUT = {"dw.com.uncork": "culture", "knowtechie.com.rally": "tech", "nature.com.telescope": "science",
            "reuters.com.parasite": "culture", "theguardian.com.academics": "politics", "vice.com.amazon": "climate",
            "wikimediafoundation.org.turkey": "politics"}
#: the tuning part (the auditor's topic)
TUNING = {"blog.wordpress.com.diverse": "tech", "boingboing.net.millenials": "culture", "dw.com.colonial": "politics",
          "github.blog.spiceland": "tech", "luxuriousmagazine.com.polo": "sport", "luxuryhaven.co.hyatt": "property",
          "nationalgeographic.co.uk.goats": "science", "phys.org.tool": "science", "salon.com.emissions": "climate",
          "theplanetarypress.com.forestlands": "climate", "theverge.com.ios13": "tech",
          "threatpost.com.android": "tech", "vancouversun.com.microsoft": "markets",
          "womencantalksports.com.top10": "sport"}
# Left out: pages in other languages, software manuals and blogs (python.org, stackoverflow.com, pluralsight.com,
# caktusgroup.com, gregoryszorc.com, lemire.me), an encyclopaedia article (en.wikipedia.org), an about page
# (creativecommons.org), a paywalled stub (scmp.com) and the library's own markup tests (exotic_tags*).


def pages() -> dict[str, tuple[str, date | None]] | None:
    """Text and publication date by id (``web-STEM``), or None when the archive or trafilatura is missing."""
    path = source_archive("CLAIMSDATA_WEBPAGES", _ARCHIVE)
    try:
        import trafilatura
    except ImportError:
        return None
    if path is None or not path.exists():
        return None
    if trafilatura.__version__ != _EXTRACTOR:
        print(f"webpages: trafilatura {trafilatura.__version__} is installed; the audit's offsets are those of "
              f"{_EXTRACTOR}'s text, and may not point at the same claims", file=sys.stderr)
    files = read_members(path, _ARCHIVE, {f"tests/cache/{stem}.html" for stem in (*HELD_OUT, *TUNING)})
    out: dict[str, tuple[str, date | None]] = {}
    for stem in (*HELD_OUT, *TUNING):
        if (raw := files.get(f"tests/cache/{stem}.html")) is None:
            raise SystemExit(f"webpages: {path} has no tests/cache/{stem}.html")
        doc = trafilatura.bare_extraction(raw.decode("utf-8", "replace"), with_metadata=True)
        if doc is None or not doc.text:
            raise SystemExit(f"webpages: trafilatura extracted no text from tests/cache/{stem}.html")
        out[f"web-{stem}"] = (doc.text, date.fromisoformat(doc.date[:10]) if doc.date else None)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draw", type=int, metavar="SEED", help="print an audit sample drawn with this seed")
    ap.add_argument("--part", choices=("tuning", "held-out"), help="with --draw: the part to draw from")
    ap.add_argument("--n", type=int, default=40, help="claims in the sample")
    args = ap.parse_args()
    arts = pages()
    if arts is None:
        print("webpages: the archive or trafilatura is not on this machine (set CLAIMSDATA_WEBPAGES to the "
              f"{_ARCHIVE}.tar.gz that pip download fetches, and pip install -e '.[bench]' for trafilatura "
              f"{_EXTRACTOR}); skipped")
        sys.exit(0)
    if args.draw is not None:
        if args.part is None:
            ap.error("--draw needs --part tuning or --part held-out")
        ids = [f"web-{stem}" for stem in (TUNING if args.part == "tuning" else HELD_OUT)]
        draw_audit(DATA / "audit_webpages.yaml", arts, ids, args.draw, args.n)
    else:
        run_outlet("trafilatura's test pages", arts)


if __name__ == "__main__":
    main()
