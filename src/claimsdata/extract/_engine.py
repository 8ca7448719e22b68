"""The extraction engine: a compiled regular-expression grammar over sentences.

A fast trigger regex finds where a quantity may start; small anchored regexes then read the currency, the
number, its scale, a range tail, the unit and the qualifiers around it. Dates, speakers and hedges come
from the same sentence (and, for pronouns, from earlier sentences).
"""

from __future__ import annotations

import logging
import math
from bisect import bisect_left
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from pydantic import ValidationError

from ..models import Claim, Quantity, make_claim_id
from . import _lexicon as lx
from ._attribution import Speaker, find_persons, find_speakers, pick_speaker
from ._dates import FORWARD_RE, DateMention, find_dates

log = logging.getLogger(__name__)

APPROX_TOLERANCE = 0.10
"""An ``approximate`` x asserts the band [x * (1 - 0.10), x * (1 + 0.10)]; ``nearly``/``almost`` x: [0.9x, x]."""

# --- sentences -----------------------------------------------------------------------------------------
_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Prof Gen Lt Col Sgt Capt Adm Gov Sen Rep St Jr Sr Inc Ltd Co Corp vs No Nos Vol approx est Jan Feb "
    "Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun U.S U.K U.N E.U a.m p.m e.g i.e etc Ft Mt"
).split()
_NOT_AFTER = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS) + r"(?<!\b[A-Z]\.)"
#: a sentence ends at . ! ? (not after an abbreviation or an initial) before a capital, digit or quote; or at a newline
#: (only the first mark of a run of them starts an end, and the run is taken whole: linear on "......")
_SENT_END = re.compile(r"(?<![.!?])(?:\." + _NOT_AFTER + r"|[!?])[.!?]*+[\"'”’)]*+\s+(?=[\"'“‘(]?[A-Z0-9$£€])|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of ``text`` (abbreviations like 'U.S.' do not split)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        seg_end = m.start() + len(m.group(0).rstrip())
        if seg_end > start and not text[start:seg_end].isspace():
            spans.append(_strip_span(text, start, seg_end))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip_span(text, start, len(text)))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- the quantity grammar --------------------------------------------------------------------------------
_WORDNUM_BASE = "|".join(sorted(list(lx.SMALL) + list(lx.TENS), key=len, reverse=True))
_WORDNUM = (rf"(?:(?:{'|'.join(lx.TENS)})[- ](?:one|two|three|four|five|six|seven|eight|nine)|{_WORDNUM_BASE}"
            rf"|a dozen|dozen|an|a)(?:\s+(?:and\s+a\s+half|hundred))?")
_FRACTION = lx.alternation(list(lx.FRACTIONS))
_VAGUE = lx.alternation(list(lx.VAGUE))
_VAGUE_LEAD = lx.alternation(list(lx.VAGUE_LEAD))
_SYMBOLS = lx.alternation(list(lx.CURRENCY_SYMBOLS))
_ISO = "|".join(sorted(lx.ISO_CODES))
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+|\d+)(?:\.\d+)?(?!\.\d)|\.\d+")

_START = re.compile(
    rf"(?P<cur>(?:{_SYMBOLS})\s?(?=[\d.])|\b(?:{_ISO})\s?(?=\d))?"
    rf"(?:(?P<num>{_DIGITS})"
    rf"|\b(?P<vlead>{_VAGUE_LEAD})\s+(?P<vscale>hundred|thousand|million|billion)\b"
    rf"|\b(?P<vague>{_VAGUE})\b"
    rf"|\b(?P<frac>{_FRACTION})\b"
    rf"|\b(?P<word>{_WORDNUM})\b)",
    re.I,
)
_CAND_WORDS = sorted(
    {w for phrase in list(lx.SMALL) + list(lx.TENS) + list(lx.FRACTIONS) + list(lx.VAGUE) + list(lx.VAGUE_LEAD)
     + ["a", "an", "dozen", "half"] for w in [phrase.split()[0].split("-")[0]]} | lx.ISO_CODES
    | set(lx.MULTIPLE_WORDS)
)
#: where a quantity may start: a digit, a currency sign, or a number word (the full grammar is then matched there)
_CANDIDATE = re.compile(
    r"[\d$€£¥₽₴₹]|\.\d|\b(?:" + lx.trie_pattern(_CAND_WORDS + [w.capitalize() for w in _CAND_WORDS]
                                     + [w.upper() for w in _CAND_WORDS]) + r")\b"
)
_CURRENCY_BEFORE = re.compile(r"(?:U\.S\.|[A-Z]{1,2})$")
_SCALE = re.compile(r"(?:\s|-)?(?P<scale>thousand|million|billion|trillion|mln|mn|bn|trn|tn|lakh|crore)\b"
                    r"|(?P<short>[mbk])\b(?!\.\w)", re.I)
_UNIT = re.compile(
    rf"(?:\s*-\s*|\s*)(?:(?P<uw>(?i:{lx.trie_pattern(list(lx.UNIT_TABLE))}))(?![\w])"
    rf"|(?P<uc>{lx.trie_pattern(list(lx.CASE_SENSITIVE))})(?![\w])"
    rf"|(?P<deg>(?i:degrees?))(?!\s+(?i:celsius|centigrade|fahrenheit|c|f)\b)(?![\w])"
    rf"|(?P<iso>{_ISO})\b)",
)
_AGE = re.compile(r"-(?:year|month|week|day)-old\b|\s+(?:years?|months?|weeks?|days?)\s+old\b")
#: years per unit of an age as written ("an 18-month-old" is 1.5 years)
_AGE_YEARS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}
#: "John Reed, 54, said", "Sharapova, 17, became": a whole number between commas after a name
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s$")
_AGED_BEFORE = re.compile(r"\baged\s+$", re.I)
_RANGE_TAIL = re.compile(
    rf"\s*(?P<conn>-|–|—|to|and|or)\s*(?P<cur2>{_SYMBOLS})?(?P<num2>{_DIGITS}|{_WORDNUM_BASE})(?![\w,]\d)", re.I
)
#: words before a number that make it approximate ("nearly"/"almost"/"close to": a band below the number)
_APPROX_WORDS = ("about", "around", "roughly", "some", "approximately", "approx.", "nearly", "almost", "close to",
                 "an estimated", "estimated", "circa", "c.", "~", "more or less")
_QUAL_MAP = {
    "more than": "more_than", "over": "more_than", "above": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "exceeding": "more_than", "greater than": "more_than", "north of": "more_than",
    "just over": "more_than", "well over": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "not less than": "at_least",
    "up to": "at_most", "as many as": "at_most", "as much as": "at_most", "at most": "at_most",
    "no more than": "at_most", "a maximum of": "at_most", "not more than": "at_most",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "just under": "less_than", "just below": "less_than", "short of": "less_than",
}
_NEARLY = {"nearly", "almost", "close to"}
#: a qualifier word right before the number (a trie: one pass, whatever the number of words)
_LEFT_QUAL = re.compile(
    r"(?<!\w)(?P<q>" + lx.trie_pattern([*_QUAL_MAP, *_APPROX_WORDS, "between", "from", "minus"]) + r")\s*$", re.I)
_RIGHT_QUAL = re.compile(r"(?P<q>\s+or\s+so\b|\s+or\s+more\b|\s+or\s+fewer\b|\s+or\s+less\b|-plus\b|\s?\+|-odd\b)",
                         re.I)
_CLOCK = re.compile(r"(?::\d{2}|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|EST|CET|ET\b|hrs\b))", re.I)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_NAME_BEFORE = re.compile(
    r"\b(?:No|Nos|Article|Section|Chapter|Title|Rule|Resolution|Phase|Stage|Level|Category|Class|Type|Model|"
    r"Version|Windows|iPhone|Galaxy|Boeing|Airbus|Apollo|Formula|Highway|Route|Interstate|Flight|Room|Gate|"
    r"Terminal|Platform|Part|Paragraph|Item|Episode|Season|Series|Volume|Vol|Page|Proposition|Prop|Bill|"
    r"Amendment|Psalm|Block|Building|Lot|Channel|Studio|Camp|Zone|Sector|Battalion|Brigade|Division|Regiment|"
    r"Corps|Fleet|Squadron|Number|Hurricane|Storm|Bowl|War|Game|Match|Round|Week|COP|G|PS|Xbox|Pixel|Mark|"
    r"Mk|Block|Cup|Super|Cat|Grade|Tier|Ward|District|Precinct|Lane|Street|Avenue|Pier|Unit|Apt|Suite|"
    r"Exhibit|Figure|Table|Appendix|Verse|Act|Scene|Lesson|Step|Day|Gen|Web|Industry|Covid|COVID|S&P|FTSE|DAX|"
    r"Nikkei|CAC|Stoxx|STOXX|Russell|Nasdaq|MSCI|Euro\s?Stoxx)\.?\s*#?$"
)
_GLUED_BEFORE = re.compile(r"(?:[A-Za-z]-?|[A-Za-z]\.)$")
_HEDGE = re.compile(r"\b(?P<h>" + lx.trie_pattern(
    "probably possibly perhaps maybe may might could likely unlikely estimated reportedly allegedly believed "
    "appear appears seem seems suggest suggests roughly presumably apparently expected projected unconfirmed "
    "unverified".split() + ["thought to", "could not verify"]) + r")\b", re.I)
_ENTITY_STOP = set(
    """a an the of in on at to from for with by and or but nor as than that which who whom whose this these those
    have has had having is are was were be been being will would can could may might must shall should do does
    did done said says say told according who's it its it's their his her our your they them he she we you i
    per each every before after since until during over under about around into onto out up down off through
    while when where if then so not no more less most least also just only still already yet again ago later
    earlier year years month months week weeks day days hour hours s percent amid across against between among
    toward towards within without via including include includes included like near""".split()
)
_WORD_RE = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z'’-]*)")
#: the denominator of a rate ("$52 a barrel", "800,000 barrels a day", "7.2 per cent a year", "per share")
_RATE = re.compile(r"\s+(?P<r>(?:per|a|an|each)\s+(?P<noun>hour|day|week|month|year|barrel|person|head|share|"
                   r"capita|tonne|ton|gallon|litre|liter|kilogram|kg|pound|ounce|mile|kilometre|kilometer|km|"
                   r"night|game|match|season|unit|minute|second|dollar|dozen|kilo))\b", re.I)
#: "800,000 barrels a day": the rate after the counted noun
_RATE_AFTER_NOUN = re.compile(r"(?:\s+(?:of\s+)?[A-Za-z][\w'’-]*){1,3}?" + _RATE.pattern, re.I)
_A_DURATION_OK = re.compile(
    r"(?:about|around|roughly|nearly|almost|over|than|within|for|after|take|takes|took|taking|last|lasts|"
    r"lasted|least|just|spent|spend|only|barely|some|under|already|another)\s+$", re.I)
_ONE_BAD_LEFT = re.compile(r"\b(?:the|no|every|each|any|this|that|which|some|any|someone|anyone|no|one|only)\s+$",
                           re.I)
_ONE_BAD_RIGHT = re.compile(r"\s+(?:of|another|thing|way|side|hand|point|day|time|more|less|after|by|too|can|"
                            r"could|would|should|must|may|might|is|was|seen|who|that|which)\b", re.I)
_DIGIT_SEP_BEFORE = re.compile(r"\d[:/]$")
_OF_YEARS = re.compile(r"\s+of\s+(?:years|miles)")
#: nouns that make a bare "m" mean million ("2m people"), and any word after a decimal ("3.5m residents")
_MILLION_NOUN_AFTER = re.compile(
    r"\s+(?:people|persons|users|customers|homes|households|jobs|barrels|voters|viewers|subscribers|visitors|"
    r"passengers|residents|children|workers|copies|doses|vehicles|cars|shares|tourists|refugees|migrants|"
    r"patients|students|members|followers|downloads|tickets|animals|trees|acres|hectares)\b")
_COUNT_NOUN_AFTER = re.compile(r"\s+(?!(?:high|long|deep|tall|wide|away|above|below|from|of|in|on|at|to)\b)"
                               r"[a-z]+s\b")
_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d[-–/]$")
_FRACTION_OF_UNIT = re.compile(r"\s+(?:of\s+)?an?(?=\s)")
_SCORELINE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}(?![\d%.,])")
_FRACTION_SCALE = re.compile(r"\s+(?:a|an)?\s*(?=million|billion|thousand|trillion|hundred)")
_CURRENCY_WORD_AFTER = re.compile(r"\s*(?:dollars|euros|pounds|rubles|roubles)")
_OF_CURRENCY = re.compile(
    rf"\s+of\s+(?:(?:US|U\.S\.)\s+)?(?P<c>{lx.alternation(list(lx.CURRENCY_WORDS))})\b", re.I)
_OR_SO = re.compile(r"\s+or\s+(?:so|two|more)\b")
_OF_THE = re.compile(r"\s+(?:of|the)\b")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_PREP = re.compile(r"\b(?:from|since|in|by|until)\s*$", re.I)
_CAP_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")
_SENTENCE_START_WORD = re.compile(r"(?:^|[.!?]\s+)[A-Z][a-z]+\s$")
_COUNT_LEAD_WORD = re.compile(r"\b(?:About|Some|Over|Nearly|Almost|Around|Roughly|Only|Just|All|Another|The|Those|"
                              r"These|At|Up|By)\s$")
_LASTED_OVER = re.compile(r"\b(?:lasted|lasts|last|took|takes|take|taking|for|in|spent|of)\s+over\s*$", re.I)
_UNDER_AGE = re.compile(r"\b(?:children|kids|people|those|aged|anyone)\s+under\s*$")
_MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|measured|measuring)\s+(?:of\s+)?$", re.I)
_OF_PARTITIVE = re.compile(r"\s+of\s+(?:the|them|those|its|their|these)\b")
_OF_NOT_THE = re.compile(r"\s+of(?=\s+(?!the\b))")
_QUAKE = re.compile(r"\b(?:earthquake|quake|tremor|Richter)\b", re.I)
_EVENT_AFTER = re.compile(r"\s+(?:final|finals|race|sprint|hurdles|freestyle|relay|butterfly|backstroke|"
                          r"breaststroke|medley|event|heat|semi-final|title|steeplechase)\b")
_SCORE_LEFT = re.compile(r"\b(?:won|win|wins|beat|beats|lost|loses|lose|defeated|drew|draw|victory|defeat|score|"
                         r"scoreline|triumph|thrashed|edged)\b[^.]{0,40}$", re.I)


_BARE_AGE = object()  # an age written without its unit ("John Reed, 54,")

#: verbs and words of change: "rose 3 points", "fell $2.80", "up 3%", "cut rates by a quarter of a point"
_UP = ("rose rise rises risen rising climbed climb climbs jumped jump jumps gained gains increased increase "
       "increases grew grow grows grown surged surge soared advanced up higher added raised lifted boosted").split()
_DOWN = ("fell fall falls fallen falling dropped drop drops declined decline declines decreased decrease decreases "
         "slipped slips slid eased eases down lower shrank shrunk slumped plunged tumbled lost cut cuts shed reduced "
         "lowered slashed").split()
#: transitive verbs: "cut 2,500 jobs" counts what is cut (no change stated), "cut rates by 0.25" states one
_TRANSITIVE = {"added", "raised", "lifted", "boosted", "lost", "cut", "cuts", "shed", "reduced", "lowered", "slashed"}
_CHANGE_BEFORE = re.compile(r"\b(?P<w>" + lx.trie_pattern(_UP + _DOWN) + r")\b(?P<by>(?:\s+[\w'’-]+){0,3}?\s+by"
                            r"|\s+(?:by|of))?\s*$", re.I)
_CHANGE_AFTER = re.compile(r"\s+(?P<w>decline|drop|fall|rise|increase|gain|jump|cut|reduction|rally|slump|hike)\b",
                           re.I)
_NOUN_UP = {"rise", "increase", "gain", "jump", "rally", "hike"}


def _change(s: str, start: int, end: int, dimension: str) -> str | None:
    """'up' or 'down' when the words next to the quantity say it is a change, not a level."""
    left = s[max(0, start - 50) : start]
    m = _CHANGE_BEFORE.search(left)
    if m is not None:
        word = m.group("w").lower()
        if word in _TRANSITIVE and dimension == "count" and not m.group("by"):
            return None
        return "up" if word in _UP else "down"
    if dimension in ("percent", "other") and (n := _CHANGE_AFTER.match(s, end)) is not None:
        return "up" if n.group("w").lower() in _NOUN_UP else "down"
    return None


#: multiples ("sixfold", "doubled", "three times as many", "3x"): a ratio in times
_MULTIPLE = re.compile(
    r"(?P<fold>" + lx.trie_pattern(list(lx.MULTIPLE_WORDS)) + r")\b"
    r"|(?P<n>\d+(?:\.\d+)?|" + "|".join(sorted(set(lx.SMALL) | set(lx.TENS), key=len, reverse=True))
    + r")[\s-]times\s+(?=(?:as|more|less|higher|lower|faster|slower|larger|bigger|greater|smaller|the|that|what|"
    r"over)\b)"
    r"|(?P<x>\d+(?:\.\d+)?)x\b",
    re.I,
)


_NUM_TOKEN = re.compile(r"\d[\d.,]*\d|\d")
_DIGITS_RE = re.compile(_DIGITS)
_HYPHEN_CHAIN = re.compile(r"\d+(?:[-–/]\d+){2,}")
#: three or more numbers joined by range words ("5 to 10 to 20", "1 - 2 - 3"): a sequence, not a range
_RANGE_CHAIN = re.compile(r"\d[\d,.]*(?:\s*(?:to|-|–|—)\s*\d[\d,.]*){2,}")
_LONE_IN_BRACKETS = re.compile(r"\d+(?=[)\]])")


def _not_a_number_token(s: str, p: int) -> int | None:
    """End of the token at ``p`` when it is digits that do not read as one number, else None.

    Dotted or comma chains that are no valid number ("1.1.1.1", "2.0.1", "1,1,1"), chains of three or more
    numbers joined by hyphens, slashes or "to" ("555-0134-22", "12/05/2004", "5 to 10 to 20") and a number
    alone in brackets ("(5)", "[12]": list numbering, footnotes) are identifiers, sequences or markup: no part
    of them is a quantity.
    """
    if not s[p].isdigit() or (p > 0 and s[p - 1].isdigit()):
        return None
    if (h := _HYPHEN_CHAIN.match(s, p) or _RANGE_CHAIN.match(s, p)) is not None:
        return h.end()
    tok = _NUM_TOKEN.match(s, p)
    if tok is None:
        return None
    num = _DIGITS_RE.match(s, p)
    if num is None or num.end() < tok.end():
        return tok.end()
    if p > 0 and s[p - 1] in "([" and _LONE_IN_BRACKETS.match(s, p):
        return tok.end()
    return None


@dataclass(slots=True)
class _Quantity:
    start: int
    end: int
    dimension: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    unit_surface: str | None
    qualifier: str
    entity: str | None
    confidence: float
    ref_first: date | None = None
    ref_last: date | None = None
    per: str | None = None
    value_written: float | None = None
    change: str | None = None


def _tidy(x: float) -> float:
    """Drop binary noise from unit arithmetic (4.1 * 1e9 -> 4100000000.0, not 4099999999.9999995)."""
    return x if x.is_integer() and abs(x) < 1e15 else float(f"{x:.12g}")


_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\t\n")


def _parse_digits(s: str) -> float:
    return float(s if s.isdigit() else s.translate(_SEPARATORS))


def _lower_same_length(text: str) -> str:
    """``text.lower()`` with every character's offset kept (the few characters whose lower case is longer,
    such as 'İ', stay as they are), so that the lower-cased scan finds the same places in any text."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _is_number_word(w: str) -> bool:
    """'two', 'Twenty', 'twenty-five': a number word (the next number, never what a number counts)."""
    return all(p in lx.SMALL or p in lx.TENS for p in w.lower().split("-"))


def _parse_word(w: str) -> float | None:
    w = w.lower().strip()
    if w in ("a", "an"):
        return 1.0
    if w in ("a dozen", "dozen"):
        return 12.0
    half = 0.0
    if w.endswith("and a half"):
        half = 0.5
        w = w[: -len("and a half")].strip()
    mult = 1.0
    if w.endswith(" hundred"):
        mult = 100.0
        w = w[: -len(" hundred")].strip()
    parts = re.split(r"[- ]", w)
    total = 0
    for p in parts:
        if p in lx.SMALL:
            total += lx.SMALL[p]
        elif p in lx.TENS:
            total += lx.TENS[p]
        elif p in ("a", "an"):
            total += 1
        else:
            return None
    return (total + half) * mult


def _unit_at(s: str, pos: int) -> tuple[re.Match[str] | None, str | None, str | None]:
    """(match, dimension, unit spec) of a unit word starting at ``pos`` (after optional space/hyphen)."""
    m = _UNIT.match(s, pos)
    if not m:
        return None, None, None
    if m.group("iso"):
        return m, "money", m.group("iso")
    if m.group("deg"):
        return m, "temperature", "degC"
    if m.group("uc"):
        dim, spec = lx.CASE_SENSITIVE[m.group("uc")]
        return m, dim, spec
    dim, spec = lx.UNIT_TABLE[m.group("uw").lower()]
    return m, dim, spec


_MONTH_TRIGGER = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
#: what may start a claim: a digit or currency sign, and (over the lower-cased text, one trie) a number word, a
#: month, "a month", "next summer"
_TRIGGER_CHAR = re.compile(r"[\d$€£¥₽₴₹]")
_TRIGGER_LOWER = re.compile(r"\b(?:" + lx.trie_pattern(
    lx.TRIGGER_WORDS
    + "january february march april may june july august september october november december jan feb mar apr jun "
      "jul aug sep sept oct nov dec".split()
    + [f"{a} {u}" for a in ("a", "an") for u in "month week year decade hour day minute fortnight century".split()]
    + [f"{r} {x}" for r in "next last this coming past".split() for x in "spring summer autumn fall winter".split()]
) + r")\b")
_DATE_HINT = re.compile(r"\b" + _MONTH_TRIGGER + r"|\b(?:spring|summer|autumn|fall|winter)\b")
_LOOKBACK = 12  # sentences searched back for the antecedent of "he said" or the full name of "Watling said"
_PRONOUN_DEPTH = 4  # "he" -> an earlier "he" -> ...: chains of pronouns followed at most this far
#: the longest stretch of text read as one sentence; a longer run without a sentence end (a table, a list, a
#: line of digits) is read in windows cut at white space, so that no cost grows faster than the text
MAX_SENTENCE = 1000
#: the longest evidence excerpt a claim keeps (its whole sentence when shorter)
MAX_EVIDENCE = 600


class _Extractor:
    def __init__(self, text: str, published: date | None, article_id: str) -> None:
        self.text = text
        self.published = published
        self.article_id = article_id
        self._attributions: dict[int, list[Speaker]] = {}  # find_speakers() per sentence start
        self._parsed: dict[int, list[Speaker]] = {}  # the same plus persons introduced, for the look-back
        self._floor = 0  # a known sentence boundary: nothing before it is searched again
        self._prev_cache: dict[int, tuple[int, int] | None] = {}  # sentence start -> the sentence before it
        self._person_before: dict[int, Speaker | None] = {}  # sentence start -> last person named before it

    # -- sentences, found lazily around triggers -------------------------------------------------------------
    def _start_before(self, p: int, floor: int = 0) -> int:
        """Start of the sentence that contains position ``p`` (searching back no further than ``floor``)."""
        text = self.text
        floor = max(floor, p - MAX_SENTENCE)
        hi = p
        while hi > floor:
            c = max(text.rfind(".", floor, hi), text.rfind("?", floor, hi), text.rfind("!", floor, hi),
                    text.rfind("\n", floor, hi))
            if c < 0:
                break
            m = _SENT_END.match(text, c)
            if m is not None and m.end() <= p:
                return m.end()
            hi = c
        return floor

    def _span_at(self, p: int, floor: int = 0) -> tuple[int, int]:
        """The sentence (or, in a run longer than MAX_SENTENCE, the window) that contains position ``p``."""
        text = self.text
        start = self._start_before(p, floor)
        if p - start > MAX_SENTENCE // 2:  # a long run: start a window shortly before p, at white space
            cut = start = p - MAX_SENTENCE // 2
            while start < p and not text[start].isspace():
                start += 1
            if start == p:
                start = cut
        limit = min(len(text), start + MAX_SENTENCE)
        m = _SENT_END.search(text, max(p, start), limit)
        if m is not None:
            end = m.start() + len(m.group(0).rstrip())
        elif limit == len(text):
            end = limit
        else:  # no sentence end within the window: cut at the last white space after p
            end = limit
            while end > p + 1 and not text[end - 1].isspace():
                end -= 1
            if end <= p + 1:
                end = limit
        return _strip_span(text, start, end)

    def _previous(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The sentence before ``span``, or None at the start of the text (cached)."""
        if span[0] in self._prev_cache:
            return self._prev_cache[span[0]]
        i = span[0] - 1
        while i >= 0 and self.text[i].isspace():
            i -= 1
        prev = None if i < 0 else self._span_at(i)
        self._prev_cache[span[0]] = prev
        return prev

    def sentences(self) -> Iterator[tuple[tuple[int, int], str]]:
        """The sentences (span, text) that hold a trigger (a digit, a currency sign, a number or time word):
        only these are read in full."""
        text = self.text
        pos = 0
        scans: list[tuple[re.Pattern[str], str]] = [(_TRIGGER_CHAR, text), (_TRIGGER_LOWER, _lower_same_length(text))]
        ahead: list[re.Match[str] | None] = [p.search(t) for p, t in scans]  # the next hit of each scan
        while True:
            for i, hit in enumerate(ahead):
                if hit is not None and hit.start() < pos:
                    ahead[i] = scans[i][0].search(scans[i][1], pos)
            hits = [h for h in ahead if h is not None]
            if not hits:
                break
            m = min(hits, key=lambda h: h.start())
            s0, s1 = self._span_at(m.start(), self._floor)
            if s1 <= m.start():  # the trigger sat in the whitespace between sentences
                pos = m.end()
                continue
            yield (s0, s1), text[s0:s1]
            pos = self._floor = max(s1, m.end())

    def run(self) -> list[Claim]:
        """The claims of the text, sentence by sentence."""
        return [c for span, s in self.sentences() for c in self._sentence(span, s, span[0])]

    def quantities(self) -> list[Quantity]:
        """Every quantity mention of the text (the layer under claims: no dates, no speakers)."""
        out: list[Quantity] = []
        for (offset, _), s in self.sentences():
            for q in self._sentence_quantities(s)[0]:
                try:
                    out.append(Quantity(
                        start=offset + q.start, end=offset + q.end, surface=s[q.start : q.end],
                        dimension=q.dimension, value=q.value, value_low=q.low, value_high=q.high,  # type: ignore[arg-type]
                        unit=q.unit, unit_surface=q.unit_surface, value_written=q.value_written,
                        qualifier=q.qualifier, per=q.per, change=q.change, entity=q.entity,  # type: ignore[arg-type]
                        confidence=q.confidence))
                except ValidationError:
                    _STATS["candidates_invalid"] += 1
        return out

    def _sentence_quantities(self, s: str) -> tuple[list[_Quantity], list[DateMention], bool]:
        """The quantities of a sentence (numbers inside dates left out), its dates, whether it looks forward."""
        quantities = self._quantities(s)
        if not quantities and not _DATE_HINT.search(s):
            return [], [], False
        forward = bool(FORWARD_RE.search(s))
        dates = find_dates(s, self.published, forward)
        if quantities:  # numbers inside dates ("Oct. 4, 2022", "in 2014") are not quantities
            date_spans = [(d.start, d.end) for d in dates if d.kind in ("calendar", "year")]
            quantities = [q for q in quantities if not any(a <= q.start < b or a < q.end <= b for a, b in date_spans)]
        return quantities, dates, forward

    def _attributions_of(self, span: tuple[int, int]) -> list[Speaker]:
        """The attributions of a sentence, parsed once."""
        if span[0] not in self._attributions:
            self._attributions[span[0]] = find_speakers(self.text[span[0] : span[1]])
        return self._attributions[span[0]]

    def _speakers_of(self, span: tuple[int, int]) -> list[Speaker]:
        """Attributions and introduced persons of a sentence (cached; read only when needed)."""
        if span[0] not in self._parsed:
            found = list(self._attributions_of(span))
            found += [p for p in find_persons(self.text[span[0] : span[1]])
                      if not any(f.name == p.name for f in found)]
            self._parsed[span[0]] = sorted(found, key=lambda sp: sp.start)
        return self._parsed[span[0]]

    def _earlier(self, span: tuple[int, int], n: int):  # noqa: ANN202 - generator of spans
        prev = span
        for _ in range(n):
            prev = self._previous(prev)
            if prev is None:
                return
            yield prev

    def _resolve(self, sp: Speaker, span: tuple[int, int], depth: int = 0) -> Speaker:
        """Resolve a pronoun to the last person named before ``span``; a surname to its full name."""
        if sp.pronoun:
            last = self._last_person_before(span, depth)
            if last is not None:
                return replace(sp, name=last.name, role=last.role, org=last.org, is_person=True)
            return sp  # a pronoun nobody can resolve keeps no name
        if sp.is_person and sp.name and " " not in sp.name:
            for prev in self._earlier(span, 4 * _LOOKBACK):
                for p in self._speakers_of(prev):
                    if p.is_person and p.name and " " in p.name and p.name.split()[-1] == sp.name:
                        return replace(sp, name=p.name, role=sp.role or p.role, org=sp.org or p.org)
        return sp

    def _last_person_before(self, span: tuple[int, int], depth: int = 0) -> Speaker | None:
        """The last person named in the sentences before ``span`` (resolved), memoised per sentence.

        The memo makes a run of "He said ..." sentences cost one step each; chains of pronouns are followed
        at most _PRONOUN_DEPTH deep, and at most _LOOKBACK sentences back.
        """
        if span[0] in self._person_before:
            return self._person_before[span[0]]
        found: Speaker | None = None
        if depth >= _PRONOUN_DEPTH:
            return None  # not memoised: a shallower look from here may still find someone
        for prev in self._earlier(span, _LOOKBACK):
            persons = [p for p in self._speakers_of(prev) if p.is_person]
            if persons:  # the nearest person decides, even a pronoun nobody can resolve ("he" is that "he")
                last = self._resolve(persons[-1], prev, depth + 1)
                found = last if last.name else None
                break
        self._person_before[span[0]] = found
        return found

    def _sentence(self, span: tuple[int, int], s: str, offset: int) -> list[Claim]:
        quantities, dates, forward = self._sentence_quantities(s)
        if not quantities and not dates:
            return []
        date_claims = self._date_claims(s, dates, forward, has_quantity=bool(quantities))
        if not quantities and not date_claims:
            return []
        resolved = [self._resolve(sp, span) for sp in self._attributions_of(span)]
        out: list[Claim] = []
        context_ref = self._context_ref(dates, quantities)
        hedges = [(m.start(), m.end(), m.group("h").lower()) for m in _HEDGE.finditer(s)]  # once per sentence
        for q in sorted(quantities + date_claims, key=lambda q: q.start):
            sp = pick_speaker(resolved, q.start, q.end)
            claim_date = self._claim_date(dates, sp)
            hedge = _nearest_hedge(hedges, q)
            if q.dimension == "date":
                ref_start, ref_end = q.ref_first, q.ref_last
            else:
                ref_start, ref_end = context_ref
            if ref_start is not None and ref_end is not None and ref_start > ref_end:
                _STATS["reference_period_dropped"] += 1  # an unresolvable period is unknown, not an error
                ref_start = ref_end = None
            surface = s[q.start : q.end]
            ev0, ev1 = _evidence(s, q.start, q.end)
            try:
                claim = Claim(
                    claim_id=make_claim_id(self.article_id, offset + q.start, offset + q.end, surface),
                    article_id=self.article_id,
                    method="extracted",
                    dimension=q.dimension,  # type: ignore[arg-type]
                    value=q.value, value_low=q.low, value_high=q.high,
                    unit=q.unit, unit_surface=q.unit_surface, surface=surface,
                    qualifier=q.qualifier,  # type: ignore[arg-type]
                    entity=q.entity,
                    speaker=sp.name if sp else None,
                    speaker_role=sp.role if sp else None,
                    speaker_org=sp.org if sp else None,
                    via=sp.via if sp else None,
                    hedge=hedge,
                    claim_date=claim_date,
                    ref_start=ref_start, ref_end=ref_end,
                    start=offset + q.start, end=offset + q.end,
                    sentence=s[ev0:ev1],
                    sentence_start=offset, sentence_end=offset + len(s),
                    per=q.per, value_written=q.value_written, change=q.change,  # type: ignore[arg-type]
                    confidence=q.confidence,
                )
            except ValidationError as exc:  # a candidate that breaks the contract is dropped and counted
                _STATS["candidates_invalid"] += 1
                log.debug("dropped candidate %r at %d: %s", surface, offset + q.start, exc)
                continue
            _STATS["claims"] += 1
            out.append(claim)
        return out

    def _claim_date(self, dates: list[DateMention], sp: Speaker | None) -> date | None:
        if sp is None:
            return self.published
        best: tuple[int, date] | None = None
        for d in dates:
            if d.kind not in ("weekday", "calendar", "day") or d.first is None or d.first != d.last:
                continue
            if self.published and d.first > self.published:
                continue
            dist = min(abs(d.start - sp.verb_end), abs(d.end - sp.start), abs(d.start - sp.end))
            if dist <= 45 and (best is None or dist < best[0]):
                best = (dist, d.first)
        return best[1] if best else None

    def _context_ref(self, dates: list[DateMention], quantities: list[_Quantity]) -> tuple[date | None, date | None]:
        for d in dates:
            if d.kind == "weekday" or d.first is None:
                continue
            if d.prep == "as of" or (d.prep in ("by", "through", "until") and d.kind == "calendar"):
                return None, d.last
            if d.prep == "since":  # up to publication; open when the text says "since" a later date
                return d.first, self.published if self.published and self.published >= d.first else None
            if d.kind in ("relative", "year") or (d.kind == "calendar" and d.first != d.last):
                return d.first, d.last
        return None, None


    # -- dates as claims ------------------------------------------------------------------------------------
    def _date_claims(self, s: str, dates: list[DateMention], forward: bool, *,
                     has_quantity: bool) -> list[_Quantity]:
        """Forecast and readiness dates are claims; dates that place an event or a figure are context."""
        out: list[_Quantity] = []
        if not forward or self.published is None:
            return out
        for d in dates:
            if d.kind != "calendar" or d.first is None or d.last is None or d.first <= self.published:
                continue
            deadline = d.prep in ("by", "until", "till", "before", "after")
            if d.prep == "on" or (has_quantity and not deadline):
                continue
            qual = {"by": "at_most", "before": "less_than", "until": "at_least", "till": "at_least",
                    "after": "more_than"}.get(
                d.prep or "", "exact")
            out.append(_Quantity(d.start, d.end, "date", None, None, None, "date", None, qual, None, 0.75,
                                 d.first, d.last))
        return out

    # -- quantities -----------------------------------------------------------------------------------------
    def _quantities(self, s: str) -> list[_Quantity]:
        out: list[_Quantity] = []
        pos = 0  # every turn of the loop moves ``pos`` forward, and no quantity starts before it
        while True:
            c = _CANDIDATE.search(s, pos)
            if c is None:
                break
            p = c.start()
            if (mm := _MULTIPLE.match(s, p)) is not None and (q := self._multiple(s, mm)) is not None:
                if not out or q.start >= out[-1].end:
                    out.append(q)
                pos = max(mm.end(), c.end())
                continue
            if (tok := _not_a_number_token(s, p)) is not None:
                pos = max(tok, c.end())  # "1.1.1.1", "1,1,1", "555-0134-22", "(5)": identifiers, not numbers
                continue
            m = None
            if s[p] == "$" and (cm := _CURRENCY_BEFORE.search(s, max(pos, p - 4), p)):
                m = _START.match(s, cm.start())  # "US$5m", "C$300": only when the prefix really makes a currency
                if m is not None and not m.group("cur"):
                    m = None
            m = m or _START.match(s, p)
            if m is None:
                pos = c.end()
                continue
            pos = max(m.end(), c.end())
            if (sl := _SCORELINE.match(s, m.start())) and _SCORE_LEFT.search(s, max(0, m.start() - 50), m.start()):
                pos = max(pos, sl.end())  # "beat Arsenal 4-1": a scoreline, not a range or two counts
                continue
            q = self._read(s, m)
            if q is not None and (not out or q.start >= out[-1].end):
                out.append(q)
                pos = max(pos, q.end)
        return out

    def _read(self, s: str, m: re.Match[str]) -> _Quantity | None:  # noqa: C901 - one grammar, read in order
        start = m.start()
        left = s[max(0, start - 40) : start]
        lq = _LEFT_QUAL.search(left, max(0, len(left) - 24))
        cur = m.group("cur")
        currency = None
        if cur:
            cur_s = cur.strip()
            currency = lx.CURRENCY_SYMBOLS.get(cur_s) or (cur_s.upper() if cur_s.upper() in lx.ISO_CODES else None)
        num_s = m.group("num")
        value: float | None
        low = high = None
        confidence = 0.9
        is_word = False
        vague = False
        frac = None
        if num_s:
            if (_GLUED_BEFORE.search(left, len(left) - 3) or _DIGIT_SEP_BEFORE.search(left, len(left) - 2)
                    or _YEAR_BEFORE.search(left, len(left) - 6)) and not cur:
                return None  # F-16, M777, Covid-19, G7, the "30" of 10:30, the "7" of 24/7
            value = _parse_digits(num_s)
        elif m.group("vlead"):
            lo_m, hi_m = lx.VAGUE_LEAD[m.group("vlead").lower()]
            scale = lx.SCALES[m.group("vscale").lower()]
            low, high, value, vague = lo_m * scale, hi_m * scale, None, True
            confidence = 0.7
        elif m.group("vague"):
            key = m.group("vague").lower()
            if key in ("tens", "scores") or (key == "hundreds" and _OF_YEARS.match(s, m.end())):
                return None
            low, high = lx.VAGUE[key]
            value, vague = None, True
            confidence = 0.7
        elif m.group("frac"):
            frac = lx.FRACTIONS[m.group("frac").lower()]
            value = frac
            is_word = True
        else:
            wtext = m.group("word").lower()
            if wtext in ("a", "an") and not (_SCALE.match(s, m.end()) or _unit_at(s, m.end())[0] is not None):
                return None  # the article, not a number: "a"/"an" count only before a scale or unit ("a month")
            value = _parse_word(wtext)
            if value is None:
                return None
            is_word = True
            confidence = 0.8
        end = m.end()
        # scale ("million", "bn", "m")
        scale = 1.0
        unit_surface: str | None = None
        sm = _SCALE.match(s, end) if value is not None and not vague else None
        if frac is not None and (fu := _FRACTION_OF_UNIT.match(s, end)) and _unit_at(s, fu.end())[0] is not None:
            end = fu.end()  # "a quarter of a percentage point", "half a mile": the fraction of one unit
        if frac is not None:
            fm = _FRACTION_SCALE.match(s, end)
            if fm:
                sm = _SCALE.match(s, fm.end() - 1) or sm
        if sm:
            if sm.group("short"):
                short = sm.group("short").lower()
                money_ctx = currency is not None or _CURRENCY_WORD_AFTER.match(s, sm.end())
                if short == "m" and not money_ctx and not (
                        "." in (num_s or "") and _COUNT_NOUN_AFTER.match(s, sm.end())
                        or _MILLION_NOUN_AFTER.match(s, sm.end())):
                    sm = None  # "10m high" is metres; "3.5m residents" and "2m people" are millions
                elif short in ("b", "k") and not (money_ctx or short == "k"):
                    sm = None
            if sm:
                scale = lx.SCALES[(sm.group("scale") or sm.group("short")).lower()]
                end = sm.end()
        if value is not None:
            value *= scale
        # range tail
        qualifier = "exact"
        conn = None
        rm = _RANGE_TAIL.match(s, end) if value is not None and not vague else None
        if rm:
            conn = rm.group("conn").lower()
            lqw = lq.group("q").lower() if lq else ""
            # "30-40%" (no spaces, not a score), "20 to 30", "between 5 and 7"
            ok = (conn in ("-", "–", "—") and not rm.group(0).startswith(" ") and not _SCORE_LEFT.search(left)) \
                or conn == "to" or (conn == "and" and lqw == "between") \
                or (conn == "or" and bool(_UNIT.match(s, rm.end())) and not _YEAR.fullmatch(num_s or ""))
            if conn == "to" and (_CHANGE_BEFORE.search(left) or lqw == "from" and _CHANGE_BEFORE.search(
                    left, 0, max(0, lq.start()) if lq else 0)):
                ok = False  # "rose from 5 to 7", "closed up $2.80 to $51.15": a change and a level, not a range
            if ok:
                n2 = rm.group("num2")
                v2 = _parse_digits(n2) if n2[0].isdigit() or n2[0] == "." else _parse_word(n2)
                end2 = rm.end()
                sm2 = _SCALE.match(s, end2)
                scale2 = 1.0
                if sm2 and (sm2.group("scale") or (sm2.group("short") and (currency or rm.group("cur2")))):
                    scale2 = lx.SCALES[(sm2.group("scale") or sm2.group("short")).lower()]
                    end2 = sm2.end()
                if v2 is not None:
                    v2 *= scale2
                    v1 = value
                    if scale == 1.0 and scale2 != 1.0 and value * scale2 <= v2:
                        v1 = value * scale2
                    if v1 is not None and v1 <= v2 and not (conn == "or" and v2 > 3 * v1):
                        low, high, value = v1, v2, None
                        qualifier = "range"
                        end = end2
                        if rm.group("cur2") and not currency:
                            currency = lx.CURRENCY_SYMBOLS.get(rm.group("cur2"))
        # clock times, ordinals, years, names
        after = s[end : end + 12]
        if num_s and qualifier != "range":
            if _CLOCK.match(after) or _ORDINAL.match(after) or after[:1] == "/" and after[1:2].isdigit():
                return None
            if after[:1].isascii() and after[:1].isalpha() and not (sm or _UNIT.match(s, end)):
                return None  # 5G, 3D, 737MAX
        # unit
        dimension = "count"
        unit = "count"
        factor, offset = 1.0, 0.0
        age = _AGE.match(s, end) if value is not None or low is not None else None
        if age is None and num_s and scale == 1.0 and not cur and (
                _AGED_BEFORE.search(left) or (_NAME_COMMA_BEFORE.search(left) and s[end : end + 1] == ","
                                              and value is not None and value.is_integer() and 0 < value < 120)):
            age = _BARE_AGE  # "aged 45 to 64", "John Reed, 54, said": years, though no unit is written
        um = None
        if age:
            dimension, unit = "age", "year"
            if age is not _BARE_AGE:
                unit_surface = age.group(0).strip(" -")
                factor = _AGE_YEARS[next(k for k in _AGE_YEARS if k in unit_surface)]
                end = age.end()
        else:
            um, udim, uspec = _unit_at(s, end)
            if um is not None and udim is not None and uspec is not None:
                word = s[um.start() : um.end()].strip(" -")
                if udim == "money" and currency is None and uspec in ("GBP",) and word.lower().startswith("pound") \
                        and scale == 1.0 and "£" not in s:
                    udim, uspec = "mass", "pound"
                if udim == "temperature" and word in ("C", "F") and um.start() != end:
                    um = None  # "20 C" with a space is too ambiguous
                elif udim == "money":
                    currency = currency or uspec
                    factor = lx.CURRENCY_SUBUNITS.get(word.lower(), 1.0)
                    unit_surface = (cur.strip() + " " if cur else "") + word if cur else word
                    end = um.end()
                elif currency is None:
                    dimension = udim
                    factor, offset, unit = lx.conversion(udim, uspec)
                    unit_surface = word
                    end = um.end()
            if um is None and m.group("vague") and currency is None:
                om = _OF_CURRENCY.match(s, end)
                if om:
                    currency = lx.CURRENCY_WORDS[om.group("c").lower()]
                    unit_surface = om.group("c")
                    end = om.end()
        if currency is not None:
            dimension, unit = "money", currency
            if cur and unit_surface is None:
                unit_surface = cur.strip()
        # words as numbers need support: "a"/"an" only with a unit or scale, "one" not as a pronoun
        word = (m.group("word") or "").lower()
        if word in ("a", "an") and scale == 1.0:
            # "a month or so", "about a week", "within a day"; not "$92 a barrel", "once a month"
            if dimension in ("count", "money", "percent") or not (
                _A_DURATION_OK.search(left, len(left) - 14) or _OR_SO.match(s, end)
            ):
                return None
        if frac is not None:
            if dimension == "count" and scale == 1.0:
                if not _OF_THE.match(s, end) and not left.rstrip().endswith(" by"):
                    return None
                dimension, unit, value, unit_surface = "percent", "percent", frac * 100, None
        # years standing alone, or as a span ("between 2015 and 2018", "2020-2022"), are times, not claims
        if num_s and qualifier == "range" and dimension == "count" and scale == 1.0 and _YEAR.fullmatch(num_s) \
                and low is not None and high is not None and 1800 <= high <= 2100 and float(high).is_integer():
            return None
        if num_s and qualifier != "range" and dimension == "count" and _YEAR.fullmatch(num_s) \
                and scale == 1.0:
            if not lq or _YEAR_PREP.search(left, len(left) - 8):
                return None
        if num_s and dimension == "count" and qualifier != "range" and scale == 1.0:
            if _NAME_BEFORE.search(left, len(left) - 16):
                return None
            if value is not None and value < 1000 and "," not in num_s and _CAP_WORD_BEFORE.search(left) \
                    and not _SENTENCE_START_WORD.search(left) and not _COUNT_LEAD_WORD.search(left):
                return None  # "Kherson 2", "Apollo 11"-like names
        # left qualifier
        q_start = start
        negative = False
        if lq:
            qw = lq.group("q").lower()
            if qw == "minus":
                negative = True
                q_start = lq.start() + max(0, start - 40)
            elif qw in ("between", "from"):
                if qualifier == "range":
                    q_start = lq.start() + max(0, start - 40)
            elif qualifier != "range" and not (qw == "under" and _UNDER_AGE.search(left)):  # "children under 5"
                if qw == "over" and dimension == "duration" and not _LASTED_OVER.search(left):
                    qw = ""  # "over five years" = during
                else:
                    q_start = lq.start() + max(0, start - 40)
                qualifier = _QUAL_MAP.get(qw, "approximate") if qw else "exact"
                if qw in _NEARLY and value is not None:
                    low, high = value * (1 - APPROX_TOLERANCE), value
        elif s[max(0, start - 1) : start] in ("-", "−") and (start < 2 or s[start - 2] in " (") and \
                dimension in ("temperature", "percent"):
            negative = True
            q_start = start - 1
        # right qualifier
        rq = _RIGHT_QUAL.match(s, end)
        if rq and qualifier in ("exact",):
            word = rq.group("q").strip(" -").lower()
            if word == "or so" or word == "odd":
                qualifier = "approximate"
                end = rq.end()
            elif word in ("or more", "plus", "+"):
                qualifier = "at_least"
                end = rq.end()
            elif word in ("or fewer", "or less"):
                qualifier = "at_most"
                end = rq.end()
        # numbers only in the canonical unit
        if negative and value is not None:
            value = -value
        written = value  # the value in the unit as written, before conversion
        if negative and qualifier == "range" and low is not None and high is not None:
            # "minus 20-25C" is -25..-20 (the word governs both ends); "-5 to 10C" is -5..10
            low, high = ((-high, -low) if lq and lq.group("q").lower() == "minus"
                         else (-low, high))
        if value is not None:
            value = value * factor + offset
        if low is not None:
            low = low * factor + offset
        if high is not None:
            high = high * factor + offset
        # interval semantics
        if qualifier == "exact" and value is not None:
            low = high = value
        elif qualifier in ("more_than", "at_least") and value is not None:
            low, high = value, None
        elif qualifier in ("less_than", "at_most") and value is not None:
            low, high = None, value
        elif qualifier == "approximate" and value is not None and low is None:
            a, b = value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
            low, high = min(a, b), max(a, b)
        if vague:
            qualifier = "range"
        # entity
        entity = self._entity(s, end)
        rate = _RATE.match(s, end) or (_RATE_AFTER_NOUN.match(s, end) if dimension == "count" and entity else None)
        per = None
        if rate and dimension not in ("date", "age"):
            per = rate.group("noun").lower()  # the surface stays the amount ("$52"), the rate goes into `per`
            entity = entity or self._entity(s, rate.end())
        if age:
            entity = "age"
            per = None
        if is_word and dimension == "count" and scale == 1.0:
            if entity is None and not (word not in ("one", "a", "an") and _OF_PARTITIVE.match(s, end)):
                return None
            if word == "one" and (_ONE_BAD_LEFT.search(left) or _ONE_BAD_RIGHT.match(s, end)):
                return None
        if dimension == "count" and entity is None and not vague and qualifier == "exact" and scale == 1.0:
            confidence = min(confidence, 0.6)
        if dimension == "count" and unit_surface is None and _MAGNITUDE_BEFORE.search(left) and _QUAKE.search(
                s, max(0, start - 200), end + 200):
            dimension, unit = "other", "magnitude"
        if dimension in ("length", "duration") and _EVENT_AFTER.match(s, end) and left.rstrip().lower().endswith("the"):
            return None  # "the 100 metres final": an event's name
        while end > q_start and s[end - 1] == " ":
            end -= 1
        if any(x is not None and not math.isfinite(x) for x in (value or 0.0, low or 0.0, high or 0.0,
                                                              written or 0.0)):
            _STATS["candidates_not_finite"] += 1  # "1" followed by 400 zeros is no quantity a float can hold
            return None
        value, low, high = (None if x is None else _tidy(x) for x in (value, low, high))
        return _Quantity(q_start, end, dimension, value, low, high, unit, unit_surface, qualifier, entity,
                         confidence, per=per, change=_change(s, q_start, end, dimension),
                         value_written=None if written is None or value is None else _tidy(written))

    def _multiple(self, s: str, m: re.Match[str]) -> _Quantity | None:
        """'more than sixfold', 'almost tripled', 'three times as many', '3x': a ratio (unit times)."""
        if m.group("fold"):
            value = lx.MULTIPLE_WORDS[m.group("fold").lower()]
        elif m.group("x"):
            if m.start() > 0 and (s[m.start() - 1].isalnum()):
                return None  # "Mk3x", "A4x": names
            value = float(m.group("x"))
        else:
            word = m.group("n").lower()
            value = float(word) if word[0].isdigit() else float(lx.SMALL.get(word) or lx.TENS.get(word) or 0)
        if not 1 < value < 1e6:
            return None
        start, end = m.start(), (m.end("n") + len(" times") if m.group("n") else m.end())
        left = s[max(0, start - 40) : start]
        lq = _LEFT_QUAL.search(left, max(0, len(left) - 24))
        qualifier, low, high = "exact", value, value
        if lq and lq.group("q").lower() not in ("from", "between", "minus"):
            qw = lq.group("q").lower()
            qualifier = _QUAL_MAP.get(qw, "approximate")
            start = lq.start() + max(0, start - 40)
            if qualifier in ("more_than", "at_least"):
                low, high = value, None
            elif qualifier in ("less_than", "at_most"):
                low, high = None, value
            elif qw in _NEARLY:
                low, high = value * (1 - APPROX_TOLERANCE), value
            else:
                low, high = value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
        fold = (m.group("fold") or "").lower()
        verb = bool(fold) and ("fold" not in fold or bool(_CHANGE_BEFORE.search(left)))  # "doubled", "rose sixfold"
        return _Quantity(start, end, "ratio", _tidy(value), _tidy(low) if low is not None else None,
                         _tidy(high) if high is not None else None, "times", None, qualifier, None, 0.8,
                         value_written=_tidy(value), change="up" if verb else None)

    def _entity(self, s: str, end: int) -> str | None:
        words: list[str] = []
        pos = end
        if om := _OF_NOT_THE.match(s, pos):
            pos = om.end()
        while len(words) < 4:
            wm = _WORD_RE.match(s, pos)
            if not wm:
                break
            w = wm.group("w")
            if w.lower() in _ENTITY_STOP or (w[0].isupper() and words and w.lower() not in ("s",)) \
                    or _is_number_word(w):
                break
            if w.endswith(("ed", "ing")) and words:
                break
            if w.endswith("ly") and len(w) > 4:
                break
            words.append(w)
            pos = wm.end()
        while words and (words[-1].endswith(("ed",)) or words[-1].lower() in ("new", "additional", "other")):
            words.pop()
        return " ".join(words) or None


def _nearest_hedge(hedges: list[tuple[int, int, str]], q: _Quantity) -> str | None:
    """The hedge word nearest to the quantity within 60 characters before it or 40 after it."""
    lo, hi = max(0, q.start - 60), q.end + 40
    i = bisect_left(hedges, (lo, -1, ""))
    best: tuple[int, str] | None = None
    while i < len(hedges) and hedges[i][0] < hi:
        h0, h1, word = hedges[i]
        if h1 <= hi:
            dist = h0 - q.end if h0 >= q.end else q.start - h1
            if best is None or dist < best[0]:
                best = (dist, word)
        i += 1
    return best[1] if best else None


def _evidence(s: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``s`` kept as a claim's evidence: all of it, or MAX_EVIDENCE characters around the quantity
    cut at white space."""
    if len(s) <= MAX_EVIDENCE:
        return 0, len(s)
    room = max(0, MAX_EVIDENCE - (end - start))
    a = max(0, start - room // 2)
    b = min(len(s), max(end, a + MAX_EVIDENCE))
    a = max(0, min(a, b - MAX_EVIDENCE))
    if a > 0 and (sp := s.find(" ", a, start)) >= 0:
        a = sp + 1
    if b < len(s) and (sp := s.rfind(" ", end, b)) >= 0:
        b = sp
    return a, b


_STATS: Counter[str] = Counter()


def stats() -> dict[str, int]:
    """Counters of this process's extraction runs: claims made, candidates dropped and why, texts read."""
    return dict(_STATS)


def reset_stats() -> None:
    """Set the counters of :func:`stats` to zero."""
    _STATS.clear()


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity mention in ``text`` as a reader would list it, in order of position.

    The layer under :func:`extract_claims`: value, interval, qualifier, dimension, canonical unit, the unit and
    value as written, rate, change and the noun phrase; no dates, speakers or reference periods. Never raises on
    a ``str``; time is linear in the length of the text.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities() needs a str, not {type(text).__name__}")
    return _Extractor(text, None, "text").quantities()


def extract_claims(text: str, published: date | None = None, *, article_id: str = "text") -> list[Claim]:
    """Every quantitative claim in ``text``, in order of position.

    ``published`` resolves weekdays, bare months and relative dates; ``article_id`` goes into each
    claim's ``article_id`` and stable ``claim_id``. Never raises on a ``str``; candidates that fail
    validation are dropped and counted in :func:`stats`. Time is linear in the length of the text.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_claims() needs a str, not {type(text).__name__}")
    _STATS["texts"] += 1
    return _Extractor(text, published, article_id).run()
