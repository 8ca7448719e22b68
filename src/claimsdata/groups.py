"""Claim groups: claims across articles that state the same quantity, found without a codebook.

A claim's *signature* has three parts, all read from the claim row (no article text needed):

- its **block**: dimension, canonical unit and rate denominator (``per``); claims in different blocks are never
  the same quantity ("$52 a barrel" is not "$52");
- its **measure**: what is measured, from the measure vocabulary below (profit, revenue, price, deaths, ...)
  found in the claim's entity or, failing that, nearest to the figure in its sentence (not for a count or a span
  whose entity names a thing rather than people: "eight titles" near "died" are no deaths); for counts without
  such a word, the counted noun (the head of the entity: "patients", "vehicles");
- its **names**: the proper names of the sentence (the subject: "Northwind Foods", "Hurricane Dora"), as word
  stems so that "Canada" and "Canadian" meet; the speaker's own name is not a subject, and names found in more
  than ``max_name_share`` of a corpus (outlets, "US") do not join claims. A scorer's tally (points, assists,
  touchdowns, ...) has only the last name before the figure: the player or side that made it.

Claims of one block and one measure whose names overlap (or which both name nothing) form a group (connected
components). A claim whose measure is unknown joins the group of its block that shares most of its names, when
it shares two of them, or one and a content word near the figure.
The reference period never splits a group: it orders the members into a series (:func:`group_relations`).

Cost: one pass to collect features and name frequencies, then union-find inside each (block, measure) over
shared names: linear in the number of claims apart from the size of the largest group.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ._patterns import MARKUP
from .extract._quantities import is_person_noun


__all__ = ["MEASURES", "claim_features", "name_vocabulary", "assign_groups_dask", "assign_groups", "groups_table", "group_relations"]

#: The measure vocabulary: a canonical measure, the dimensions it can take, and the phrases (lower case) that
#: name it in news. A phrase counts only for a claim of one of its measure's dimensions ("earned" is a profit
#: for $412m, not for a race time).
MEASURES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    name: (frozenset(dims.split()), tuple(p.strip() for p in phrases.split(","))) for name, dims, phrases in (
        ("profit", "money percent", "net income, net profit, net profits, profit, profits, earnings, earned, earn, "
                                    "net loss, loss, losses"),
        ("revenue", "money percent", "revenue, revenues, sales, turnover"),
        ("fee", "money", "fee, fees, transfer"),
        ("price", "money percent", "price, prices, priced, cost, costs, charging, charge, charges, sells for, "
                                   "sell for, starts at, start at, begins at, begin at, settled at, pay, valued at, "
                                   "worth"),
        ("unemployment", "percent count", "unemployment, jobless, unemployed"),
        ("inflation", "percent", "inflation, consumer prices"),
        ("growth", "percent", "growth, gdp, economy grew"),
        ("interest rate", "percent", "interest rate, interest rates, mortgage rate, mortgage rates, base rate, "
                                     "fixed rate, fixed mortgage rate, fixed deals, fixed mortgage deals"),
        ("deaths", "count", "death toll, death, deaths, dead, died, killed, killing, fatalities, lives"),
        ("injured", "count", "injured, wounded, hurt, injuries, wounding, injuring"),
        ("missing", "count", "missing, unaccounted for"),
        ("arrests", "count", "arrested, arresting, arrests, detained, detaining, detentions"),
        ("kidnapped", "count", "kidnapped, kidnapping, abducted, abducting, abduction, hostage, hostages"),
        ("attendance", "count", "crowd, spectators, attendance, attended, watched, fans"),
        ("capacity", "count", "capacity, seats, holds, hold"),
        ("goals", "count other", "goal, goals"),
        ("cases", "count", "cases, infections, infected, outbreak"),
        ("turnout", "percent count", "turnout, cast a ballot, cast their ballots, voted"),
        ("refugees", "count", "refugees, fled, displaced, evacuated"),
        ("range", "length", "range, on a single charge, travel"),
        ("power", "other", "power, output, produces, delivers"),
        ("recall", "count", "recall, recalls, recalling, recalled"),
        ("rainfall", "length", "rain, rainfall, precipitation"),
        ("temperature", "temperature", "temperature, temperatures, thermometer, hottest, coldest"),
        ("wind", "speed", "wind, winds, gust, gusts"),
        ("outages", "count", "without power, without electricity, lost power, power cut, power cuts, outage, "
                             "outages"),
        ("population", "count", "population, residents, inhabitants"),
        ("jobs", "count", "jobs, job cuts, layoffs, workers, staff, employees"),
        ("aid", "money", "aid, assistance, package"),
        ("share", "percent", "stake, market share"),
        ("risk", "percent", "risk, chance, odds, likelihood"),
        ("waiting list", "count", "waiting list, waiting lists"),
        ("screen", "length", "screen, display"),
        ("battery", "other", "battery, cell"),
        ("users", "count", "users, accounts, subscribers, customers"),
        ("homes", "count", "homes, houses, dwellings, flats"),
        ("area", "area", "office space, floor space, square feet, square metres, square meters, offices"),
        ("length", "length", "front, front line, long, stretch, stretches, runs for, run for"),
        ("sentence", "duration", "jail, prison, sentence, sentenced, ban, banned, suspension, suspended"),
    )
}
# first word -> (the phrase's words, measure), longest first
_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
for _name, (_, _phrases) in MEASURES.items():
    for _p in _phrases:
        _BY_FIRST_WORD[_p.split()[0]].append((tuple(_p.split()), _name))
for _entries in _BY_FIRST_WORD.values():
    _entries.sort(key=lambda e: -len(e[0]))
_TOKEN = re.compile(r"[a-z]+")
# words a capitalised token can be without being a name (sentence starts, titles, calendar words)
_NOT_NAMES = frozenset("""
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
then there here it its jan feb mar apr jun jul aug sep sept oct nov dec
inc corp co plc ltd llc sa ag nv ap afp reuters href www http https com
a an the this that these those its their his her our some more less about around nearly almost over under up
down at in on of for by to from with after before as and or but if when while since until during than new
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december mr mrs ms dr sir prime minister president officials official police health
prices price revenue sales profit profits net unemployment inflation turnout temperatures rainfall shelling
hackers plans power inside car new house homes annual average two-year fixed eleven twelve no
""".split())
_NAME = re.compile(r"\b[A-Z][A-Za-z0-9&.\-]*(?:['’]s)?\b")
_SUFFIXES = ("ians", "ian", "ans", "an", "ese", "ish", "ns", "es", "s", "a", "i", "e", "y")
_WORD = re.compile(r"[A-Za-z][a-z]+")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem that makes a place and its adjective meet ("Canada"/"Canadian", "Calvia"/"Calvian")."""
    w = word.lower().rstrip(".").removesuffix("'s").removesuffix("’s")
    for _ in range(2):
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                break
    return w


def _name_candidates(sentence: str, exclude: str) -> list[tuple[str, bool]]:
    """(phrase, sentence-initial) of the names of the sentence: runs of capitalised words ("St Louis Cardinals",
    "Northwind Foods") as word stems joined by spaces, minus the words of ``exclude`` (a news agency the claim came
    through). ``sentence-initial`` marks a one-word phrase that opens a sentence and may be a common word."""
    skip = {_stem(w) for w in _NAME.findall(exclude)}
    out: list[tuple[str, bool]] = []
    seen: set[str] = set()
    run: list[str] = []
    run_initial = False
    last_end = -2

    def close() -> None:
        if run:
            phrase = " ".join(run)
            if phrase not in seen:
                seen.add(phrase)
                out.append((phrase, run_initial and len(run) == 1))

    for m in _NAME.finditer(sentence):
        word = m.group()
        bare = word.lower().removesuffix("'s").removesuffix("’s").rstrip(".")
        stem = _stem(word)
        if bare in _NOT_NAMES or len(bare) < 2 or bare.isdigit() or stem in skip:
            close()
            run, last_end = [], -2
            continue
        gap = sentence[last_end:m.start()] if last_end >= 0 else None
        # the next word of the run: after a space, or after "St. ", "Mr. " (a short abbreviation)
        if not (gap == " " or (gap == ". " and run and len(run[-1]) <= 3)):
            close()
            before = sentence[: m.start()].rstrip(" \"'‘“(")
            run, run_initial = [], not before or before[-1] in ".!?:;"
            if run_initial and word.endswith(("'s", "’s")):
                run_initial = False  # "Northwind's profit": a possessive opening a sentence is a name
        run.append(stem)
        last_end = m.end()
        if word.endswith(("'s", "’s")):  # a possessive ends the name
            close()
            run, last_end = [], -2
    close()
    return out




_MEASURE_REACH = 80  # characters between the figure and the word that names its measure, at most


def _measure(dimension: str, entity: str, sentence: str, start: int | None) -> str | None:
    """The canonical measure (of a claim of ``dimension``) named by its entity, else the one nearest to the
    figure in the sentence (at most ``_MEASURE_REACH`` characters away). A count or a span whose entity names a
    thing, not people, takes no measure from the words near it ("led the team to eight titles, died Tuesday":
    no deaths; "a four-year trial ... sentenced": no sentence), except a recall (what is recalled is a thing)."""
    for name, _ in _phrases(entity.lower(), 0):
        if dimension in MEASURES[name][0]:
            return name
    thing = dimension in ("count", "duration") and bool(last := _ANY_LOWER_WORD.findall(
        _AFTER_HEAD.split(entity, 1)[0])) and not is_person_noun(last[-1])  # (the head before "in", "of", ...)
    lo = 0 if start is None else max(0, start - _MEASURE_REACH - 30)
    hi = len(sentence) if start is None else start + _MEASURE_REACH
    best, best_d = None, float(_MEASURE_REACH)
    for name, (a, b) in _phrases(sentence[lo:hi].lower(), lo):
        d = 0 if start is None else min(abs(a - start), abs(b - start))
        if d <= best_d and dimension in MEASURES[name][0] and not (thing and name != "recall"):
            best, best_d = name, d
    return best


def _phrases(text: str, offset: int) -> Iterable[tuple[str, tuple[int, int]]]:
    """(measure, span) of every measure phrase in lower-case ``text`` (spans shifted by ``offset``)."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = [t[0] for t in tokens]
    for i, word in enumerate(words):
        for phrase, name in _BY_FIRST_WORD.get(word, ()):
            n = len(phrase)
            if tuple(words[i : i + n]) == phrase:
                yield name, (offset + tokens[i][1], offset + tokens[i + n - 1][2])


# counted nouns that say when or how often, not what: "two nights", "the seventh inning", "three times"
_NOT_MEASURES = frozenset("""
night nights time times inning innings round rounds game games match matches season seasons set sets day days
hour hours minute minutes second seconds occasion occasions quarter quarters half halves lap laps stage stages
winner winners place places spot spots straight row
""".split())


#: measures of what a player or a side makes in a game, which belong to the name before the figure alone: two
#: players of one team, or one team's two scorers, share every other name of their sentences
_SCORER_TALLIES = frozenset("""point touchdown assist rebound homer run wicket try goals save steal block hit strikeout
sack interception carry reception catch birdie eagle ace basket""".split())


def _head(entity: str) -> str | None:
    """The counted noun: the entity's last lower-case word, singular ("patients" -> "patient")."""
    words = _LOWER_WORD.findall(entity)
    if not words or words[-1] in _NOT_NAMES or words[-1] in _STOP_WORDS or words[-1] in _NOT_MEASURES:
        return None
    w = words[-1]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def claim_features(claims: pd.DataFrame, *, vocabulary: set[str] | None = None) -> pd.DataFrame:
    """The signature of each claim: ``block``, ``measure`` (or null) and ``names`` (a tuple of name stems).

    A capitalised word that opens a sentence ("Researchers", "Portmere") counts as a name only when the corpus
    also writes it capitalised inside a sentence: ``vocabulary`` is that set of stems (computed from these
    claims' sentences when not given). Rows and index as in ``claims``.
    """
    def col(name: str) -> list[object]:
        return claims[name].tolist() if name in claims.columns else [None] * len(claims)

    blocks, measures, candidates, words = [], [], [], []
    seen: dict[tuple[str, str], list[tuple[str, bool]]] = {}
    for dim, unit, per, entity, sentence, start, sstart, via in zip(
            col("dimension"), col("unit"), col("per"), col("entity"), col("sentence"), col("start"),
            col("sentence_start"), col("via"), strict=True):
        sent = "" if _na(sentence) else str(sentence)
        if "<" in sent:  # a link's address and its ticker name nothing ("FullQuote.aspx", "CL.N"): blanked, the
            sent = MARKUP.sub(lambda m: " " * (m.end() - m.start()), sent)  # offsets kept
        cut = _dateline_end(sent)
        ent = "" if _na(entity) else str(entity)
        blocks.append(f"{dim}|{unit}|{'' if _na(per) else per}")
        offset = None if _na(start) or _na(sstart) else int(start) - int(sstart)  # type: ignore[arg-type]
        measure = _measure(str(dim), ent, sent, offset)
        if measure is None and dim == "count":
            measure = _head(ent)
        measures.append(measure)
        key = (sent, "" if _na(via) else str(via))
        if measure in _SCORER_TALLIES and offset is not None and offset > cut:
            candidates.append(_name_candidates(sent[cut:offset], key[1])[-1:])  # a scorer's tally is the scorer's:
            # the last name before the figure ("Ira Newble added 18", not LeBron James's points in that sentence)
        else:
            if key not in seen:  # several claims of one sentence: its names are read once
                seen[key] = _name_candidates(sent[cut:], key[1])
            candidates.append(seen[key])
        words.append(_content_words(sent, offset, cut))
    if vocabulary is None:
        vocabulary = name_vocabulary(candidates)
    names = [tuple(phrase for phrase, initial in cands if not initial or phrase in vocabulary)
             for cands in candidates]
    return pd.DataFrame({"block": blocks, "measure": measures, "names": names, "words": words},
                        index=claims.index)


# "BAGHDAD (Reuters) - ", "AP - ", "ATHENS, Greece -- ", "LONDON, AUGUST 17: ": a dateline or an agency tag
_DATELINE = re.compile(r"(?:[A-Z][\w.&']*(?:,? [A-Z0-9][\w.&']*){0,7}\s*(?:\([^()]{1,30}\))?|\([^()]{1,30}\))"
                       r"\s*(?:--?|–|—|:)\s+")
_STOP_WORDS = frozenset("""
about above after again against also among another around because been before being below between both could
down during each from further have having here into just last least less like made make many more most much
must next only other over said says same says should since some such than that their them then there these
they this those through under until very were what when where which while will with would year years month
months week weeks today yesterday percent million billion thousand hundred dollars cents
""".split())


def _dateline_end(sentence: str) -> int:
    """Where the text starts after up to two leading datelines or agency tags."""
    pos = 0
    for _ in range(2):
        m = _DATELINE.match(sentence, pos)
        if m is None or m.end() - pos > 70:
            break
        pos = m.end()
    return pos


def _content_words(sentence: str, offset: int | None, cut: int) -> tuple[str, ...]:
    """Stems of the lower-case content words within the figure's reach (what the figure is about)."""
    lo = cut if offset is None else max(cut, offset - 2 * _MEASURE_REACH)
    hi = len(sentence) if offset is None else offset + 2 * _MEASURE_REACH
    out: list[str] = []
    for w in _LOWER_WORD.findall(sentence[lo:hi]):
        stem = _stem(w)
        if w not in _STOP_WORDS and stem not in out:
            out.append(stem)
    return tuple(out)


_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
_ANY_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
#: a preposition after an entity's head: "people (in Baghdad)", "members (of the crew)"
_AFTER_HEAD = re.compile(r"\s(?:in|of|at|on|from|for|across|near|inside|outside|with|among)\s")


def name_vocabulary(candidates: Iterable[list[tuple[str, bool]]]) -> set[str]:
    """The word stems written capitalised inside a sentence somewhere in the corpus."""
    return {stem for cands in candidates for phrase, initial in cands if not initial for stem in phrase.split()}


def _na(x: object) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


# dimensions whose unit does not say what is measured: a claim of these without a measure stays alone
_GENERIC_DIMENSIONS = frozenset({"count", "money", "percent", "duration", "date", "age", "ratio"})
_MAX_KEYS = 6  # names or words per claim used to form pair keys (15 pairs at most)


def _name_pairs(names: tuple[str, ...], common: frozenset[str] | set[str]) -> list[tuple[str, str]]:
    """Pairs of words from two different names of a claim ("st lou cardinal" alone makes none)."""
    tokens = [(i, t) for i, n in enumerate(x for x in names if x not in common) for t in n.split()][:_MAX_KEYS]
    return sorted({tuple(sorted((a, b))) for (i, a), (j, b) in  # type: ignore[misc]
                   ((tokens[x], tokens[y]) for x in range(len(tokens)) for y in range(x + 1, len(tokens)))
                   if i != j and a != b})


def _link(rows: list[int], names: list[tuple[str, ...]], words: list[tuple[str, ...]], values: list[float],
          stats: _Stats, uf: _UnionFind) -> None:
    """Union the rows of one block and measure that state the same quantity.

    Names are phrases ("northwind food", "st lou cardinal"). Two claims join when they share a specific pair of
    names (two names that few claims carry together: not "Israel" and "Gaza", nor an agency's boilerplate), or
    when one of them names only one thing and the other names it too (matched on its rarest word, so that
    "Northwind's" meets "Northwind Foods"); claims that name nothing usable join only when they share the same
    three or more specific content words ("vexitane", "heart", "attack"). In each case their values must lie
    within a factor of ``_VALUE_FACTOR`` of each other (2 and 39 deaths are two events, not one count reported
    twice); a claim joins the first such claim found.
    """
    specific, common = stats.specific, stats.common
    reps: dict[object, list[int]] = defaultdict(list)

    def join(key: object, r: int) -> None:
        found = reps[key]
        for rep in found:
            if _close(values[rep], values[r]):
                uf.union(rep, r)
                return
        if len(found) < _MAX_REPS:
            found.append(r)

    # claims naming more than one thing stand for a name first ("Northwind Foods" before "Northwind's")
    for r in sorted(rows, key=lambda r: (-len(names[r]), -sum(len(n.split()) for n in names[r]), r)):
        for phrase in names[r]:
            if phrase not in common:
                for token in phrase.split():
                    if len(reps[("tok", token)]) < _MAX_REPS:
                        reps[("tok", token)].append(r)
    for r in rows:
        usable = [n for n in names[r] if n not in common][:_MAX_KEYS]
        if len(usable) == 1:  # "Northwind's profit": joins a claim that names its rarest word too
            tokens = [t for t in usable[0].split() if "t:" + t in specific]
            if tokens:
                join(("tok", min(tokens, key=lambda t: (stats.counts.get("t:" + t, 0), t))), r)
        for pair in _name_pairs(names[r], common):
            if pair in specific:
                join(pair, r)
        if not usable:
            rare = tuple(sorted(w for w in words[r] if "w:" + w in specific))
            if len(rare) >= 3:
                join(("words",) + rare[:_MAX_KEYS], r)


_VALUE_FACTOR = 10.0
_MAX_REPS = 8  # representatives kept per key: a claim is compared with at most this many


def _close(a: float, b: float) -> bool:
    """Values within ``_VALUE_FACTOR`` of each other (unknown values are close to anything)."""
    if math.isnan(a) or math.isnan(b) or a == b:
        return True
    if a == 0 or b == 0 or (a < 0) != (b < 0):
        return abs(a - b) <= 1.0
    return max(abs(a), abs(b)) / min(abs(a), abs(b)) <= _VALUE_FACTOR


def _values(frame: pd.DataFrame) -> list[float]:
    """One number per claim to compare magnitudes: the value, else the middle or the known end of its interval."""
    v = frame["value"].astype("float64")
    lo, hi = frame["value_low"].astype("float64"), frame["value_high"].astype("float64")
    mid = (lo + hi) / 2
    return v.fillna(mid).fillna(lo).fillna(hi).tolist()


@dataclass(frozen=True)
class _Stats:
    """Corpus-wide facts every block's grouping needs (so that blocks can be grouped apart, on any engine)."""

    specific: frozenset[object]
    common: frozenset[str]
    counts: dict[str, int]


def _term_counts(names: Iterable[tuple[str, ...]], words: Iterable[tuple[str, ...]]) -> Counter[str]:
    """In how many claims each name phrase, each word of a name ("t:") and each content word ("w:") occurs."""
    df: Counter[str] = Counter()
    for ns in names:
        df.update(ns)
        df.update({"t:" + t for n in ns for t in n.split()})
    for ws in words:
        df.update("w:" + w for w in ws)
    return df


def _pair_counts(names: Iterable[tuple[str, ...]], common: frozenset[str]) -> Counter[tuple[str, str]]:
    """In how many claims each pair of usable names occurs together."""
    pairs: Counter[tuple[str, str]] = Counter()
    for ns in names:
        pairs.update(_name_pairs(ns, common))
    return pairs


def _common(df: Counter[str], n: int, common_share: float) -> frozenset[str]:
    return frozenset(x for x, c in df.items() if c > max(50, common_share * n))


def _specific(df: Counter[str], pairs: Counter[tuple[str, str]], n: int, specific_share: float) -> frozenset[object]:
    limit = max(10, specific_share * n)
    return frozenset([x for x, c in df.items() if c <= limit] + [p for p, c in pairs.items() if c <= limit])


def assign_groups(claims: pd.DataFrame, *, specific_share: float = 0.005, common_share: float = 0.02) -> pd.DataFrame:
    """``claims`` with ``group_id`` and ``group_label`` columns: claims that state the same quantity share a group.

    Every claim gets a group (a claim alone forms its own). A name or word is *specific* when at most
    ``specific_share`` of the claims (or 10 claims) carry it, *common* when more than ``common_share`` (and 50
    claims) do. Deterministic: the same table gives the same groups and ids, whatever its row order, and
    :func:`assign_groups_dask` gives the same on a Dask DataFrame.
    """
    if claims.empty:
        return claims.assign(group_id=pd.Series(dtype="string"), group_label=pd.Series(dtype="string"))
    feats = claim_features(claims)
    n = len(claims)
    df = _term_counts(feats["names"], feats["words"])
    common = _common(df, n, common_share)
    stats = _Stats(_specific(df, _pair_counts(feats["names"], common), n, specific_share), common, dict(df))
    frame = pd.concat([claims[_GROUP_INPUT], feats], axis=1)
    found = pd.concat([_group_block(block, stats) for _, block in frame.groupby("block", sort=True)])
    out = claims.copy()
    out["group_id"] = found["group_id"].reindex(claims.index).astype("string")
    out["group_label"] = found["group_label"].reindex(claims.index).astype("string")
    return out


_GROUP_INPUT = ["claim_id", "sentence", "value", "value_low", "value_high"]


def assign_groups_dask(claims: pd.DataFrame, *, scheduler: str | None = None, workers: int = 2,
                       npartitions: int | None = None, specific_share: float = 0.005,
                       common_share: float = 0.02) -> pd.DataFrame:
    """:func:`assign_groups` computed on Dask: the same groups, ids and labels.

    Features are computed per partition; the corpus-wide counts (name vocabulary, specific and common names)
    are reduced from the partitions; the claims are then shuffled by block (dimension, unit, rate) and each
    block is grouped on a worker. Runs on a LocalCluster of ``workers`` processes, or on the cluster at
    ``scheduler``.
    """
    import dask
    import dask.dataframe as dd

    from .corpus import _dask_client

    if claims.empty:
        return assign_groups(claims)
    n = len(claims)
    base = claims[list(dict.fromkeys(_GROUP_INPUT + _FEATURE_INPUT))].reset_index(drop=True)
    with _dask_client(scheduler, workers):
        ddf = dd.from_pandas(base, npartitions=npartitions or max(2, 2 * workers))
        parts = ddf.to_delayed()
        vocabularies = dask.compute(*[dask.delayed(_partition_vocabulary)(p) for p in parts])
        vocabulary = set().union(*vocabularies)
        meta = pd.DataFrame({"block": pd.Series(dtype=object), "measure": pd.Series(dtype=object),
                             "names": pd.Series(dtype=object), "words": pd.Series(dtype=object)})
        feats = ddf.map_partitions(claim_features, vocabulary=vocabulary, meta=meta)
        fparts = feats.to_delayed()
        df = sum(dask.compute(*[dask.delayed(_term_counts)(p["names"], p["words"]) for p in fparts]), Counter())
        common = _common(df, n, common_share)
        pairs = sum(dask.compute(*[dask.delayed(_pair_counts)(p["names"], common) for p in fparts]), Counter())
        stats = _Stats(_specific(df, pairs, n, specific_share), common, dict(df))
        merged = dd.concat([ddf[_GROUP_INPUT], feats], axis=1)
        out_meta = pd.DataFrame({"claim_id": pd.Series(dtype=object), "group_id": pd.Series(dtype=object),
                                 "group_label": pd.Series(dtype=object)})
        found = merged.groupby("block").apply(_group_block_ids, stats, meta=out_meta).compute()
    by_id = found.set_index("claim_id")
    out = claims.copy()
    ids = out["claim_id"].astype(str)
    out["group_id"] = pd.array(ids.map(by_id["group_id"]).tolist(), dtype="string")
    out["group_label"] = pd.array(ids.map(by_id["group_label"]).tolist(), dtype="string")
    return out


_FEATURE_INPUT = ["dimension", "unit", "per", "entity", "start", "sentence_start", "via"]


def _partition_vocabulary(part: pd.DataFrame) -> set[str]:
    sentences = part["sentence"].astype("string").fillna("").tolist()
    via = part["via"].astype("string").fillna("").tolist()
    return name_vocabulary(_name_candidates(s[_dateline_end(s):], v) for s, v in zip(sentences, via, strict=True))


def _group_block_ids(block: pd.DataFrame, stats: _Stats) -> pd.DataFrame:
    found = _group_block(block, stats, key=str(block.name))  # the grouping column itself is not passed
    return pd.DataFrame({"claim_id": block.loc[found.index, "claim_id"].astype(str).to_numpy(),
                         "group_id": found["group_id"].to_numpy(), "group_label": found["group_label"].to_numpy()})


#: specific names a claim of unknown measure must share with a group to join it (one is enough with a shared
#: content word): one shared name joined unrelated AG News claims ("Morocco", "United Airlines", "MCI")
_UNKNOWN_MIN_NAMES = 2


def _group_block(block: pd.DataFrame, stats: _Stats, key: str | None = None) -> pd.DataFrame:
    """Group the claims of one block (dimension, unit, per); returns group_id and group_label, same index."""
    block = block.sort_values("claim_id", kind="stable")
    names, words = block["names"].tolist(), block["words"].tolist()
    measures = [None if _na(m) else str(m) for m in block["measure"].tolist()]
    values = _values(block)
    specific = stats.specific
    uf = _UnionFind(len(block))
    by_measure: dict[str, list[int]] = defaultdict(list)
    unknown: list[int] = []
    for i, m in enumerate(measures):
        (unknown.append(i) if m is None else by_measure[m].append(i))
    for rows in by_measure.values():
        _link(rows, names, words, values, stats, uf)
    # a claim whose measure is unknown joins the group of its block that shares most of its specific names: two
    # of them, or one and a content word that is not common ("At Harlow Dynamics the quarter brought a 12% gain"
    # joins Harlow Dynamics' quarterly profit; "Harlow Dynamics shares climbed 12%" does not)
    index: dict[str, Counter[int]] = defaultdict(Counter)
    root_words: dict[int, set[str]] = defaultdict(set)
    for rows in by_measure.values() if unknown else ():  # (nothing to join when every measure is known)
        for r in rows:
            root_words[uf.find(r)].update(w for w in words[r] if "w:" + w not in stats.common)
            for x in names[r]:
                if x in specific:
                    index[x][uf.find(r)] += 1
    leftover = []
    for r in unknown:
        votes: Counter[int] = Counter()
        for x in names[r]:
            for root in index.get(x, {}):
                if _close(values[root], values[r]):
                    votes[root] += 1
        best = max(votes.items(), key=lambda kv: (kv[1], -kv[0])) if votes else None
        if best is not None and (best[1] >= _UNKNOWN_MIN_NAMES or not root_words[best[0]].isdisjoint(words[r])):
            uf.union(best[0], r)
        else:
            leftover.append(r)
    key = key if key is not None else str(block["block"].iloc[0])
    if key.split("|")[0] not in _GENERIC_DIMENSIONS:  # the unit says what is measured ("mAh", "mph")
        _link(leftover, names, words, values, stats, uf)
    roots = [uf.find(i) for i in range(len(block))]
    ids, labels = _ids_and_labels(block, roots, key, measures, names)
    return pd.DataFrame({"group_id": ids, "group_label": labels}, index=block.index)


def _ids_and_labels(block: pd.DataFrame, roots: list[int], key: str, measures: list[str | None],
                    names: list[tuple[str, ...]]) -> tuple[list[str], list[str]]:
    members: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(roots):
        members[root].append(i)
    sentences = block["sentence"].astype("string").fillna("").tolist()
    claim_ids = block["claim_id"].astype("string").tolist()
    dim, unit, per = key.split("|")
    gid: dict[int, str] = {}
    glabel: dict[int, str] = {}
    for root, rows in members.items():
        if len(rows) == 1:  # most groups: one claim (the same result as below, without the counting)
            r = rows[0]
            top_measure = measures[r]
            top_names = sorted(names[r])[:2]
            first_id = claim_ids[r]
        else:
            counted = Counter(measures[r] for r in rows if measures[r] is not None).most_common(1)
            top_measure = counted[0][0] if counted else None
            name_counts = Counter(x for r in rows for x in names[r])
            top_names = [x for x, _ in sorted(name_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
            first_id = min(claim_ids[r] for r in rows)
        signature = "|".join([key, top_measure or "", ",".join(top_names), first_id])
        gid[root] = "g" + hashlib.sha256(signature.encode()).hexdigest()[:10]
        written = _written_names([sentences[r] for r in rows[:20]], [t for p in top_names for t in p.split()])
        what = top_measure or (dim if dim != "other" else unit)
        label = " ".join(p for p in (written, what) if p)
        glabel[root] = f"{label} ({unit}{' per ' + per if per else ''})"
    return [gid[r] for r in roots], [glabel[r] for r in roots]


def _written_names(sentences: list[str], stems: list[str]) -> str:
    """The names of ``stems`` as the members' sentences write them."""
    found: dict[str, str] = {}  # in the order the first sentence writes them
    for sentence in sentences:
        for m in _NAME.finditer(sentence):
            stem = _stem(m.group())
            if stem in stems and stem not in found:
                found[stem] = m.group().removesuffix("'s").removesuffix("’s")
        if len(found) == len(stems):
            break
    return " ".join(found.values())


def groups_table(claims: pd.DataFrame, *, articles: pd.DataFrame | None = None,
                 min_articles: int = 1) -> pd.DataFrame:
    """One row per claim group: id, label, dimension, unit, members, articles, outlets, dates and relations.

    ``claims`` needs ``group_id``/``group_label`` (from :func:`assign_groups`; computed when missing). Only
    groups with claims from at least ``min_articles`` articles are listed; largest first.
    """
    if "group_id" not in claims.columns:
        claims = assign_groups(claims)
    cols = ["group_id", "label", "dimension", "unit", "n_claims", "n_articles", "n_outlets", "first", "last",
            "n_agree", "n_refine", "n_update", "n_conflict"]
    if claims.empty:
        return pd.DataFrame(columns=cols)
    frame = claims
    if articles is not None and "outlet" not in frame.columns:
        frame = frame.merge(articles[["article_id", "outlet", "published"]], on="article_id", how="left")
    when = pd.to_datetime(frame["claim_date"]).fillna(pd.to_datetime(frame["ref_end"]))
    if "published" in frame.columns:
        when = when.fillna(pd.to_datetime(frame["published"]))
    frame = frame.assign(_when=when, _outlet=frame["outlet"] if "outlet" in frame.columns else pd.NA)
    agg = frame.groupby("group_id", sort=False).agg(
        label=("group_label", "first"), dimension=("dimension", "first"), unit=("unit", "first"),
        n_claims=("claim_id", "size"), n_articles=("article_id", "nunique"), n_outlets=("_outlet", "nunique"),
        first=("_when", "min"), last=("_when", "max"))
    agg = agg[agg["n_articles"] >= min_articles]
    # relations are counted pair by pair: for groups up to _MAX_RELATED claims (larger ones get nulls)
    members = {g: m for g, m in frame[frame["group_id"].isin(agg.index[agg["n_claims"] <= _MAX_RELATED])]
               .groupby("group_id", sort=False)}
    rel_counts = {g: _relation_counts(group_relations(m)) for g, m in members.items()}
    for name, column in (("agrees", "n_agree"), ("refines", "n_refine"), ("updates", "n_update"),
                         ("conflicts", "n_conflict")):
        agg[column] = pd.array([rel_counts[g].get(name, 0) if g in rel_counts else None for g in agg.index],
                               dtype="Int64")
    agg = agg.reset_index().sort_values(["n_articles", "n_claims", "group_id"], ascending=[False, False, True],
                                        kind="stable")
    agg["dimension"] = agg["dimension"].astype("string")
    return agg[cols].reset_index(drop=True)


_MAX_RELATED = 500


def _relation_counts(rel: pd.DataFrame) -> dict[str, int]:
    return rel["relation"].value_counts().to_dict() if len(rel) else {}


def group_relations(members: pd.DataFrame, *, articles: pd.DataFrame | None = None,
                    tolerance_days: int = 0) -> pd.DataFrame:
    """The relation of every pair of a group's members from different articles or from two sources of one
    article (one source's figures in one article are never compared): ``agrees``, ``refines`` (a
    tighter interval on the same period), ``updates`` (a later period) or ``conflicts`` (disjoint intervals on
    the same period; exact figures read at their stated precision). Columns: claim_id, other_claim_id, relation
    (the first claim is the narrower one for ``refines``, the later one for ``updates``)."""
    from .compare import _one_voice, _pairs, _with_context

    cols = ["claim_id", "other_claim_id", "relation"]
    if len(members) < 2:
        return pd.DataFrame(columns=cols)
    frame = _with_context(members, articles).sort_values(["period_end", "claim_id"], kind="stable")
    frame = frame.reset_index(drop=True)
    ids, voice = frame["claim_id"].tolist(), _one_voice(frame).tolist()
    rows = []
    same_period = set()
    for a, b, rel in _pairs(frame, tolerance_days).itertuples(index=False):
        same_period.add((a, b))
        first, second = (b, a) if rel == "refined_by" else (a, b)
        rows.append((ids[first], ids[second], "refines" if rel in ("refines", "refined_by") else rel))
    ends = frame["period_end"].tolist()
    for a in range(len(frame)):
        for b in range(a + 1, len(frame)):
            if voice[a] != voice[b] and (a, b) not in same_period and not pd.isna(ends[a]) and not pd.isna(ends[b]):
                later, earlier = (b, a) if ends[b] >= ends[a] else (a, b)
                rows.append((ids[later], ids[earlier], "updates"))
    return pd.DataFrame(rows, columns=cols)
