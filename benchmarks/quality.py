"""Extraction quality against the hand-annotated gold sets: detection P/R/F1 and accuracy per facet.

Run: python benchmarks/quality.py [--errors] [--held-out-errors] [--audit]

- gold v1 (tests/data/gold_part*.yaml, gold_heldout.yaml): the sentences the first rules were written for;
- gold v2 (tests/data/gold_news/<topic>.yaml): 402 news-style sentences in eight topics, annotated before the
  rules were changed for them; reported per topic, the tuning part and the held-out part (every fifth item)
  apart. ``--errors`` lists the tuning part's errors; the held-out errors are printed only with
  ``--held-out-errors`` (look at them only to report, never to tune). Batches 2-7 (gold_news/batch2/ to
  batch7/, 40 sentences each, written in the eighth session after the rules were tuned on the batches before) are
  reported apart, in the same two parts (later batches too), and the held-out parts of all of them together;
- real news: AG News items annotated by id and offsets, read with the text of
  ../shared/corpora/agnews-test.jsonl.gz (skipped when absent): a tuning part (tests/data/gold_agnews_tuning.yaml,
  128 items, entity and speaker too) and a held-out part (tests/data/gold_agnews.yaml, 72 items). A predicted claim
  matches a gold quantity when their spans overlap; dates are not scored.
- hand audits (--audit, tests/data/audit_agnews.yaml, audit_lee.yaml, audit_newspaper4k.yaml, audit_webpages.yaml):
  random extracted claims on AG News, on a second outlet (the Lee corpus of ABC News articles, see lee.py), on
  recent articles (newspaper4k.py) and on news pages of 2019-2020 (webpages.py) judged by hand per facet
  (precision, where the gold measures recall too).
"""

from __future__ import annotations

import re
import sys
import gzip
import json
import random
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

from claimsdata import extract_claims
from claimsdata.evaluation import FIELDS, NEWS_FIELDS, load_gold, load_news_gold, score_by_topic, score_extraction
from claimsdata.evaluation import _same_entity, _same_speaker

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
    parts = [("tuning part", [i for i in news if not i.held_out], False),
             ("held-out part (never tuned on)", [i for i in news if i.held_out], True)]
    batches = sorted((DATA / "gold_news").glob("batch*"), key=lambda d: int(d.name.removeprefix("batch")))
    pooled: list = []
    for batch in batches:
        later = load_news_gold(sorted(batch.glob("*.yaml")))
        session = _WRITTEN_IN.search((batch / "autos.yaml").read_text(encoding="utf-8"))
        parts += [(f"{batch.name} (written in the {session.group(1) if session else 'a later'} session), tuning part",
                   [i for i in later if not i.held_out], False),
                  (f"{batch.name}, held-out part (never tuned on)", [i for i in later if i.held_out], True)]
        pooled += [i for i in later if i.held_out]
    if batches:
        parts.append((f"held-out parts of {batches[0].name}-{batches[-1].name} together (never tuned on)", pooled,
                      True))
    for part, items, held in parts:
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
    """Equal to the gold's precision (it writes 66.667 for two thirds)."""
    return a is not None and abs(a - b) <= 1e-4 * max(1.0, abs(b))


REAL_NEWS = {
    "tuning part (gold_agnews_tuning.yaml: 128 items; errors with --errors)": ("gold_agnews_tuning.yaml", "--errors"),
    "held-out part (gold_agnews.yaml: 72 items, never tuned on)": ("gold_agnews.yaml", "--held-out-errors"),
}
#: the session a later batch was written in, from its files' header ("written in the eighth session")
_WRITTEN_IN = re.compile(r"written (?:in|at the \w+ of) the ([\w-]+) session")
#: the facets scored on real news, by the gold and by the hand audit
_REAL_FACETS = ("value", "unit", "qualifier", "entity", "speaker")


def real_news() -> None:
    """Detection and facets on the AG News items annotated by offsets: the tuning part and the held-out part
    (its errors only with --held-out-errors). Entity and speaker are scored where the gold gives them."""
    if not AGNEWS.exists():
        print(f"\n== real news: {AGNEWS} absent; skipped")
        return
    parts = {title: (yaml.safe_load((DATA / name).read_text(encoding="utf-8")), flag)
             for title, (name, flag) in REAL_NEWS.items()}
    wanted = {g["id"] for gold, _ in parts.values() for g in gold}
    texts = {}
    with gzip.open(AGNEWS, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item["article_id"] in wanted:
                texts[item["article_id"]] = item["text"] or ""
    for title, (gold, flag) in parts.items():
        print_real_news(f"real news (AG News by id and offsets), {title}", gold, texts, flag in sys.argv)


def print_real_news(title: str, gold: list[dict], texts: dict[str, str], errors: bool, **options) -> None:
    """Detection P/R/F1 and facet accuracy per topic of ``gold`` (real news annotated by id and offsets) with the
    error lines when ``errors``; ``options`` go to ``extract_claims``."""
    counts, lines = _score_real_news(gold, texts, **options)
    print(f"\n== {title}: {counts['all']['gold']} quantities")
    print(f"{'topic':<9} {'P':>5} {'R':>5} {'F1':>5}  " + " ".join(f"{n:>9}" for n in _REAL_FACETS))
    for topic in ["all"] + sorted(t for t in counts if t != "all"):
        c = counts[topic]
        p = c["tp"] / c["found"] if c["found"] else 1.0
        r = c["tp"] / c["gold"] if c["gold"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        facets = " ".join(f"{c[n] / c[n + '_total']:9.3f}" if c[n + "_total"] else f"{'-':>9}"
                          for n in _REAL_FACETS)
        print(f"{topic:<9} {p:5.3f} {r:5.3f} {f1:5.3f}  {facets}")
    if errors:
        print("\n".join(lines))


def _score_real_news(gold: list[dict], texts: dict[str, str], **options) -> tuple[dict, list[str]]:
    """Counts per topic (a predicted claim matches a gold quantity when their spans overlap; dates are not
    scored) and the error lines."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors = []
    for g in gold:
        text = texts[g["id"]]
        found = [c for c in extract_claims(text, None, article_id=g["id"], **options) if c.dimension != "date"]
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
            checks = {"value": _same_value(c, want), "qualifier": c.qualifier == want["q"]}
            if want["u"] is not None:
                checks["unit"] = c.unit == want["u"]
            if "e" in want:
                gold_e = text[want["e"][0]:want["e"][1]] if want["e"] else None
                checks["entity"] = _same_entity(gold_e, c.entity)
            if "sp" in want:
                gold_sp = text[want["sp"][0]:want["sp"][1]] if want["sp"] else None
                checks["speaker"] = _same_speaker(gold_sp, c.speaker)
            for topic in (g["topic"], "all"):
                counts[topic]["tp"] += 1
                for name, ok in checks.items():
                    counts[topic][name + "_total"] += 1
                    counts[topic][name] += ok
            wrong = [n for n, ok in checks.items() if not ok]
            if wrong:
                errors.append(f"{g['id']}: {c.surface!r} wrong {', '.join(wrong)}: got {c.value} [{c.value_low}, "
                              f"{c.value_high}] {c.unit} {c.qualifier} e={c.entity!r} sp={c.speaker!r}; want "
                              f"{want.get('v', (want.get('lo'), want.get('hi')))} {want['u']} {want['q']} "
                              f"e={_span(text, want.get('e'))!r} sp={_span(text, want.get('sp'))!r}")
        errors += [f"{g['id']}: extra {c.surface!r}" for k, c in enumerate(found) if k not in used]
    return counts, errors


def _same_value(c, want: dict) -> bool:  # noqa: ANN001 - a Claim
    if want.get("v") is not None:
        value = c.value if c.value is not None else (c.value_low if c.value_low is not None else c.value_high)
        return _close(value, want["v"])
    return _close(c.value_low, want["lo"]) and _close(c.value_high, want["hi"])


def print_for_judging(k: int, c, text: str, before: int = 500, after: int = 200) -> None:  # noqa: ANN001 - a Claim
    """One claim of an audit draw as the auditor reads it: its facets, then the text around it with the claim in
    [[brackets]] (lee.py and newspaper4k.py print their draws with it)."""
    print(f"[{k}] {c.article_id} ? {c.start}-{c.end} {c.surface!r} d={c.dimension} v={c.value} [{c.value_low},"
          f"{c.value_high}] u={c.unit} q={c.qualifier} e={c.entity!r} sp={c.speaker!r} via={c.via!r} "
          f"role={c.speaker_role!r} org={c.speaker_org!r} per={c.per} ch={c.change} vw={c.value_written}")
    start = max(0, c.sentence_start - before)
    print(f"     ...{text[start:c.start]}[[{text[c.start:c.end]}]]{text[c.end:c.sentence_end + after]}\n")


def draw_audit(audit: Path, arts: dict[str, tuple[str, date | None]], ids: list[str], seed: int, n: int,
               before: int = 400, after: int = 150) -> None:
    """Print an audit sample for judging: ``n`` random non-date claims of the articles ``ids`` (seeded), skipping
    claims that overlap one already judged in ``audit`` (newspaper4k.py and webpages.py draw with it)."""
    judged: dict[str, list[tuple[int, int]]] = {}
    for s in (yaml.safe_load(audit.read_text(encoding="utf-8")) or []) if audit.exists() else []:
        for c in s["claims"]:
            judged.setdefault(c["id"], []).append((c["start"], c["end"]))
    pool = [c for aid in sorted(ids) for c in extract_claims(*arts[aid], article_id=aid)
            if c.dimension != "date" and all(c.end <= a or c.start >= b for a, b in judged.get(c.article_id, []))]
    picked = sorted(random.Random(seed).sample(pool, min(n, len(pool))), key=lambda c: (c.article_id, c.start))
    print(f"# {len(picked)} of {len(pool)} unjudged claims")
    for k, c in enumerate(picked):
        print_for_judging(k, c, arts[c.article_id][0], before=before, after=after)


def _span(text: str, span: list[int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


def audit() -> None:
    """Precision per facet and topic of the hand audits in tests/data/audit_agnews.yaml, audit_lee.yaml,
    audit_newspaper4k.yaml and audit_webpages.yaml (judgments only: they do not need the corpora)."""
    for name, outlet in (("audit_agnews.yaml", "AG News"), ("audit_lee.yaml", "Lee corpus (ABC News)"),
                         ("audit_newspaper4k.yaml", "newspaper4k articles (2013-2023)"),
                         ("audit_webpages.yaml", "trafilatura's test pages (2019-2020)")):
        for sample in yaml.safe_load((DATA / name).read_text(encoding="utf-8")):
            claims = sample["claims"]
            print(f"\n== {outlet}: hand audit {sample['sample']} (seed {sample['seed']}, extractor at "
                  f"{sample['commit']}): {len(claims)} claims; {sample['note']}")
            print(f"{'topic':<9} {'genuine':>8} " + " ".join(f"{n:>9}" for n in _REAL_FACETS) + f" {'all right':>10}")
            for topic in ["all"] + sorted({c["topic"] for c in claims}):
                rows = [c for c in claims if topic in ("all", c["topic"])]
                real = [c for c in rows if c["genuine"]]
                right = sum(1 for c in real if all(c[n] for n in _REAL_FACETS))
                print(f"{topic:<9} {len(real) / len(rows):8.3f} "
                      + " ".join(f"{sum(c[n] for c in real) / max(len(real), 1):9.3f}" for n in _REAL_FACETS)
                      + f" {right / len(rows):10.3f}")

if __name__ == "__main__":
    if "--audit" in sys.argv:
        audit()
    else:
        main()
