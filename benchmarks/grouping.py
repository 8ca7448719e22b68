"""Claim groups: pair precision/recall on our labelled stories, and the cost of grouping at scale.

1. Quality. tests/data/grouping/stories.yaml holds 40 stories of our own (one quantity reported by three
   one-sentence articles each, 8 topics, 8 stories held out). Every sentence is extracted as its own article,
   all claims of all articles are grouped together, and each labelled pair is scored: same story -> same group
   wanted; different stories of one topic -> different groups wanted. Reported for the tuning and the held-out
   stories apart, and per topic. Target: precision >= 0.90 at recall >= 0.70.
2. Scale. A generated corpus (benchmarks/_newsgen.py) is extracted and grouped; the grouping time is reported
   as a share of the extraction time (goal: under 25 %) and in claims per second.
3. Real news. With ../shared/corpora/agnews-test.jsonl.gz present (--agnews), or the Lee corpus of ABC News
   (Australia) articles (--lee, read as benchmarks/lee.py reads it, from $CLAIMSDATA_LEE, with the outlet's
   dollar, AUD): the number of groups with claims from 2+ articles, the 20 largest (label, size, one sentence
   each) to read by hand, and the hand audit of tests/data/audit_groups_agnews.yaml or audit_groups_lee.yaml
   (pairs of claims from random groups, judged the same quantity or not): its precision when drawn, and which of
   its pairs today's groups still join.

    python benchmarks/grouping.py [--articles 100000] [--skip-scale] [--agnews|--lee [--draw SEED]] [--errors]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd
import yaml

from claimsdata import assign_groups, extract_claims
from claimsdata.evaluation import GroupStory, load_group_stories, score_groups

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "tests" / "data" / "grouping" / "stories.yaml"
AGNEWS = ROOT.parent / "shared" / "corpora" / "agnews-test.jsonl.gz"
AUDIT = ROOT / "tests" / "data" / "audit_groups_agnews.yaml"
LEE_AUDIT = ROOT / "tests" / "data" / "audit_groups_lee.yaml"


def story_claims(stories: list[GroupStory]) -> tuple[pd.DataFrame, dict[tuple[str, int], str | None]]:
    """All claims of all story sentences (one article each) and the claim id each labelled quantity got."""
    records, target = [], {}
    for s in stories:
        for i, (text, q) in enumerate(s.claims):
            aid = f"{s.id}-{i}"
            found = extract_claims(text, s.published, article_id=aid)
            records += [c.to_record() for c in found]
            hit = [c for c in found if c.surface == q]
            target[(s.id, i)] = hit[0].claim_id if hit else None
    return pd.DataFrame(records), target


def group_of(stories: list[GroupStory]) -> dict[tuple[str, int], str | None]:
    claims, target = story_claims(stories)
    grouped = assign_groups(claims).set_index("claim_id")["group_id"]
    return {k: (None if cid is None else grouped[cid]) for k, cid in target.items()}


def quality(show_errors: bool) -> None:
    stories = load_group_stories(STORIES)
    scores = score_groups(stories, group_of)
    print(f"claim-pair quality on {len(stories)} stories ({sum(s.held_out for s in stories)} held out):")
    for name in ["tuning", "held_out", "all"] + sorted({s.topic for s in stories}):
        sc = scores[name]
        print(f"  {name:10s} pairs {sc.pairs:4d} (same {sc.tp + sc.fn:3d})  precision {sc.precision:.3f}  "
              f"recall {sc.recall:.3f}")
    for line in scores["all"].missing:
        print("  missing:", line)
    if show_errors:  # tuning stories only: the held-out ones are never looked at
        tuning = [s for s in stories if not s.held_out]
        claims, target = story_claims(tuning)
        grouped = assign_groups(claims).set_index("claim_id")
        for s in tuning:
            gids = [None if target[(s.id, i)] is None else tuple(grouped.loc[target[(s.id, i)],
                                                                              ["group_id", "group_label"]])
                    for i in range(len(s.claims))]
            if len(set(gids)) > 1:
                print(f"  split {s.id}: {gids}")


def scale(n_articles: int) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from _newsgen import articles  # type: ignore[import-not-found]

    t0 = time.perf_counter()
    records = []
    for a in itertools.islice(articles(10**15), n_articles):
        records += [c.to_record() for c in extract_claims(str(a["text"]), date.fromisoformat(str(a["published"])),
                                                          article_id=str(a["article_id"]))]
    t_extract = time.perf_counter() - t0
    claims = pd.DataFrame(records)
    t0 = time.perf_counter()
    grouped = assign_groups(claims)
    t_group = time.perf_counter() - t0
    sizes = grouped.groupby("group_id")["article_id"].nunique()
    print(f"scale: {n_articles:,} generated articles, {len(claims):,} claims; extraction {t_extract:.1f} s, "
          f"grouping {t_group:.1f} s = {100 * t_group / t_extract:.1f} % of extraction "
          f"({len(claims) / t_group:,.0f} claims/s); {int((sizes >= 2).sum()):,} groups with 2+ articles")


def agnews(draw: int | None = None) -> None:
    if not AGNEWS.exists():
        print(f"agnews: {AGNEWS} absent; skipped")
        return
    with gzip.open(AGNEWS, "rt", encoding="utf-8") as fh:
        texts = {str(item.get("article_id", n)): item.get("text") or ""
                 for n, item in enumerate(map(json.loads, fh))}
    real_news("agnews", texts, AUDIT, draw)


def lee(draw: int | None = None) -> None:
    from lee import lee_articles  # (benchmarks/lee.py, beside this script)

    if (texts := lee_articles()) is None:
        print("lee: the Lee corpus is not on this machine ($CLAIMSDATA_LEE); skipped")
        return
    real_news("lee", texts, LEE_AUDIT, draw, dollar="AUD")


def real_news(name: str, texts: dict[str, str], audit: Path, draw: int | None, **options: str) -> None:
    """Groups of the claims of one outlet's articles (``texts`` by id), the hand audit of ``audit``, and with ``draw``
    a new sample to judge."""
    records = [c.to_record() for aid, text in texts.items()
               for c in extract_claims(text, None, article_id=aid, **options)]
    claims = pd.DataFrame(records)
    t0 = time.perf_counter()
    grouped = assign_groups(claims)
    dt = time.perf_counter() - t0
    per = grouped.groupby("group_id").agg(label=("group_label", "first"), n_articles=("article_id", "nunique"),
                                          n_claims=("claim_id", "size"), sentence=("sentence", "first"))
    multi = per[per["n_articles"] >= 2].sort_values(["n_articles", "n_claims"], ascending=False)
    print(f"{name}: {len(claims):,} claims in {grouped['article_id'].nunique():,} articles, grouped in {dt:.1f} s; "
          f"{len(per):,} groups, {len(multi):,} with claims from 2+ articles. The 20 largest:")
    for gid, row in multi.head(20).iterrows():
        print(f"  {gid} {row['n_articles']:4d} articles {row['n_claims']:4d} claims  {row['label']}"
              f"  | {str(row['sentence'])[:110]}")
    _audit(grouped, audit)
    if draw is not None:
        _draw(grouped, draw, audit)


def _draw(grouped: pd.DataFrame, seed: int, audit: Path, n: int = 40) -> None:
    """A new audit sample to judge by hand: ``n`` groups with claims from 2+ articles drawn at random (none with a
    claim of an earlier sample), one pair of claims from two articles in each, printed as YAML stubs (ids and
    offsets only; the two sentences follow as comments, to read, not to commit)."""
    audited = {tuple(p[side]) for sample in _samples(audit) for p in sample["pairs"] for side in ("a", "b")}
    rng = random.Random(seed)
    spans = [(r.article_id, int(r.start), int(r.end)) for r in grouped.itertuples(index=False)]
    grouped = grouped.assign(_span=spans)
    eligible = []
    for gid, g in grouped.groupby("group_id", sort=True):
        if g["article_id"].nunique() >= 2 and not audited & set(g["_span"]):
            eligible.append(gid)
    chosen = rng.sample(eligible, min(n, len(eligible)))
    print(f"draw (seed {seed}): {len(chosen)} of {len(eligible)} eligible groups")
    for gid in chosen:
        g = grouped[grouped["group_id"] == gid].sort_values("claim_id")
        a = g.iloc[rng.randrange(len(g))]
        others = g[g["article_id"] != a["article_id"]]
        b = others.iloc[rng.randrange(len(others))]
        print(f"  - {{a: [{a['article_id']}, {int(a['start'])}, {int(a['end'])}], "
              f"b: [{b['article_id']}, {int(b['start'])}, {int(b['end'])}], same: }}")
        for side in (a, b):
            print(f"    # {side['group_label']} | {side['surface']!r} | {side['entity']} | {side['sentence']}")


def _samples(audit: Path) -> list[dict]:
    """The judged samples of an audit file, none while it does not exist yet."""
    return (yaml.safe_load(audit.read_text(encoding="utf-8")) or []) if audit.exists() else []


def _audit(grouped: pd.DataFrame, audit: Path) -> None:
    """The hand-judged pairs of ``audit`` against today's groups: precision when drawn, and how many of the pairs
    are still grouped together, same or not."""
    group_at = {(r.article_id, int(r.start), int(r.end)): r.group_id
                for r in grouped[["article_id", "start", "end", "group_id"]].itertuples(index=False)}
    for sample in _samples(audit):
        pairs = sample["pairs"]
        same = [p for p in pairs if p["same"]]
        together = [p for p in pairs if (ga := group_at.get(tuple(p["a"]))) is not None
                    and ga == group_at.get(tuple(p["b"]))]
        kept = sum(p["same"] for p in together)
        print(f"hand audit {sample['sample']} (seed {sample['seed']}, groups of commit {sample['commit']}): "
              f"{len(pairs)} pairs, one per group of 2+ articles; judged the same quantity {len(same)} "
              f"(precision {len(same) / len(pairs):.2f} when drawn); grouped together now {len(together)}, "
              f"of them the same {kept} (precision {kept / max(1, len(together)):.2f}; "
              f"{kept} of the {len(same)} same pairs kept)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000, help="generated articles for the scale run")
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--agnews", action="store_true", help="also group the AG News items from ../shared")
    ap.add_argument("--errors", action="store_true", help="print the split stories of the tuning part")
    ap.add_argument("--lee", action="store_true", help="also group the Lee corpus articles ($CLAIMSDATA_LEE)")
    ap.add_argument("--draw", type=int, metavar="SEED",
                    help="with --agnews or --lee: print a new audit sample to judge")
    args = ap.parse_args()
    quality(args.errors)
    if not args.skip_scale:
        scale(args.articles)
    if args.agnews:
        agnews(args.draw)
    if args.lee:
        lee(args.draw)


if __name__ == "__main__":
    main()
