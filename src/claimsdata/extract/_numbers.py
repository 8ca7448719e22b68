"""Number words, scales, fractions, vague amounts and multiples: the vocabulary of numbers written in words.

The one owner of these words: the extractor's patterns and trigger lists are derived from these tables.
"""

from __future__ import annotations

import re

SMALL: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
TENS: dict[str, int] = {
    w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2
}
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "mn": 1e6, "mln": 1e6, "m": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
#: the ordinals that name a fraction's denominator, from three to ten
_DENOMINATORS = "third fourth fifth sixth seventh eighth ninth tenth".split()
FRACTIONS: dict[str, float] = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "one third": 1 / 3, "two thirds": 2 / 3, "a quarter": 0.25,
    "one quarter": 0.25, "one-quarter": 0.25, "three-quarters": 0.75, "three quarters": 0.75,
    # "a third", "an eighth": one part (a fraction only of something or by it, "a sixth of the vote", "fell by a
    # sixth"; "a sixth straight win" stays an ordinal, see the quantity reader); "two-fifths", "three tenths",
    # "one-sixth": a numerator of two to nine (or "one" joined to its denominator)
    **{f"{'an' if d[0] in 'aeiou' else 'a'} {d}": 1 / k for k, d in enumerate(_DENOMINATORS, start=3)},
    **{f"{n}{sep}{d}{'s' if v > 1 else ''}": v / k
       for n, v in SMALL.items() if 1 <= v <= 9
       for k, d in enumerate(_DENOMINATORS, start=3)
       for sep in ("-", " ") if v < k and not (v == 1 and sep == " ")},
}
#: Vague amounts: (low, high) of their natural band.
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 144), "scores": (40, 200), "tens": (20, 100), "hundreds": (200, 1_000),
    "thousands": (2_000, 10_000), "millions": (2e6, 1e7), "billions": (2e9, 1e10), "trillions": (2e12, 1e13),
    "tens of thousands": (2e4, 1e5), "hundreds of thousands": (2e5, 1e6), "tens of millions": (2e7, 1e8),
    "hundreds of millions": (2e8, 1e9), "tens of billions": (2e10, 1e11), "hundreds of billions": (2e11, 1e12),
}
#: Multipliers of vague lead words on a scale word ("several thousand" = 3..9 thousand).
VAGUE_LEAD: dict[str, tuple[float, float]] = {
    "several": (3, 9), "a few": (2, 5), "a couple of": (2, 3), "a couple": (2, 3), "many": (3, 10),
}

#: multiples: "sixfold" (from the number words), "doubled"; value in times
MULTIPLE_WORDS: dict[str, float] = {
    **{f"{w}fold": float(v) for w, v in {**SMALL, **TENS}.items() if v >= 2},
    **{f"{w}-fold": float(v) for w, v in {**SMALL, **TENS}.items() if v >= 2},
    "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "tripled": 3.0, "triples": 3.0, "trebled": 3.0,
    "quadrupled": 4.0, "quadruples": 4.0, "halved": 0.5, "halving": 0.5,  # ("sales have halved": 0.5 times)
}
#: multiples as adjectives or bare verbs before what they multiply: "double the amount", "triple what it was",
#: "to halve the deficit"
MULTIPLE_ADJECTIVES: dict[str, float] = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}
#: how often: "once a month", "twice a year"
FREQUENCY_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
#: words after "a"/"an" and a unit of time that make it a span, the article one of it: "arrived a week late",
#: "finished a second behind the winner" (not the ordinal of "a second term")
ARTICLE_SPAN_AFTER: tuple[str, ...] = ("late", "early", "later", "earlier", "behind", "ahead of", "outside",
                                       "inside", "short of", "faster", "slower", "quicker")
#: the dimensions whose unit "a"/"an" may count as one, when bounded or of some stuff: "up to a foot of snow", "an
#: inch of rain", "about a mile" (a span of time has rules of its own)
ARTICLE_MEASURE_DIMENSIONS = frozenset({"length", "mass", "volume", "area"})
#: words that may start or signal a quantity; a sentence without any (and without a digit or a currency sign or
#: a date word) cannot hold a claim and is skipped
TRIGGER_WORDS: list[str] = sorted(
    set(SMALL) | set(TENS) | {"hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "half",
                               "thirds", "quarter", "quarters", "tens", "hundreds", "thousands", "millions",
                               "billions", "trillions", "several", "few", "couple", *_DENOMINATORS}
    | set(MULTIPLE_WORDS) | set(MULTIPLE_ADJECTIVES) | set(FREQUENCY_WORDS)
)


_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\t\n")


def parse_digits(s: str) -> float:
    return float(s if s.isdigit() else s.translate(_SEPARATORS))


_NUMBER_WORDS = frozenset(SMALL) | frozenset(TENS) | {f"{t}-{u}" for t in TENS for u in SMALL if 0 < SMALL[u] < 10}


def is_number_word(w: str) -> bool:
    """'two', 'Twenty', 'twenty-five': a number word (the next number, never what a number counts)."""
    return w.lower() in _NUMBER_WORDS


def parse_word(w: str) -> float | None:
    w = w.lower().strip()
    if w in ("a", "an"):
        return 1.0
    if w in ("a dozen", "dozen"):
        return 12.0
    w = w.replace("half-a-dozen", "half a dozen").replace("half-dozen", "half dozen")
    if w.endswith(" dozen"):  # "two dozen", "half a dozen", "a half dozen", "a half-dozen", "half-a-dozen"
        lead = " ".join(w[: -len(" dozen")].split())
        if lead in ("half a", "a half", "a half a"):
            return 6.0
        times = parse_word(lead)
        return None if times is None else times * 12
    half = 0.0
    if w.endswith("and a half"):
        half = 0.5
        w = w[: -len("and a half")].strip()
    total = 0.0
    for p in re.split(r"[- ]+", w):  # "six hundred and forty-two": hundreds, then what is added to them
        if p in SMALL:
            total += SMALL[p]
        elif p in TENS:
            total += TENS[p]
        elif p in ("a", "an"):
            total += 1
        elif p == "hundred" and total:
            total *= 100
        elif p != "and" or not total:
            return None
    return total + half


#: vulgar-fraction signs ("½ teaspoon"); their values come from unicodedata
VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅙⅛⅜⅝⅞"
#: digits as news writes them: "1,000", "62 000", "3.5", ".5" (never the "5" of "1.5.2")
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?![\d-]))+|\d+)(?:\.\d+)?(?!\.\d)|\.\d+"
DIGITS_RE = re.compile(DIGITS)
