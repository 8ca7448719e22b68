"""Quantities: a compiled grammar read at each candidate of a sentence.

A fast scan finds where a quantity may start (a digit, a currency sign, a number or multiple word); anchored
patterns then read the currency, the number, its scale, a range tail, the unit and the qualifiers around it,
the rate, the change and the noun phrase. The vocabularies come from their owners (``claimsdata.units``,
``_numbers``); the "not a quantity" rules live in ``_vetoes``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .. import units
from ..models import interval
from . import _numbers as nums
from . import _vetoes as vetoes
from ._patterns import alternation, trie_pattern

#: counters of candidates dropped and why (read through ``claimsdata.extract.stats()``)
STATS: Counter[str] = Counter()

_WORDNUM_BASE = "|".join(sorted(list(nums.SMALL) + list(nums.TENS), key=len, reverse=True))
_WORDNUM = (rf"(?:(?:{'|'.join(nums.TENS)})[- ](?:one|two|three|four|five|six|seven|eight|nine)|{_WORDNUM_BASE}"
            rf"|a dozen|dozen|an|a)(?:\s+(?:and\s+a\s+half|hundred))?")
_FRACTION = alternation(list(nums.FRACTIONS))
_VAGUE = alternation(list(nums.VAGUE))
_VAGUE_LEAD = alternation(list(nums.VAGUE_LEAD))
_SYMBOLS = alternation(list(units.CURRENCY_SYMBOLS))
_ISO = "|".join(sorted(units.ISO_CODES))
_DIGITS = nums.DIGITS

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
    {w for phrase in list(nums.SMALL) + list(nums.TENS) + list(nums.FRACTIONS) + list(nums.VAGUE) + list(nums.VAGUE_LEAD)
     + ["a", "an", "dozen", "half"] for w in [phrase.split()[0].split("-")[0]]} | units.ISO_CODES
    | set(nums.MULTIPLE_WORDS)
)
#: where a quantity may start: a digit, a currency sign, or a number word (the full grammar is then matched there)
_CANDIDATE = re.compile(
    r"[\d$€£¥₽₴₹]|\.\d|\b(?:" + trie_pattern(_CAND_WORDS + [w.capitalize() for w in _CAND_WORDS]
                                     + [w.upper() for w in _CAND_WORDS]) + r")\b"
)
_CURRENCY_BEFORE = re.compile(r"(?:U\.S\.|[A-Z]{1,2})$")
_SCALE = re.compile(r"(?:\s|-)?(?P<scale>thousand|million|billion|trillion|mln|mn|bn|trn|tn|lakh|crore)\b"
                    r"|(?P<short>[mbk])\b(?!\.\w)", re.I)
_UNIT = re.compile(
    rf"(?:\s*-\s*|\s*)(?:(?P<uw>(?i:{trie_pattern(list(units.UNIT_TABLE))}))(?![\w])"
    rf"|(?P<uc>{trie_pattern(list(units.CASE_SENSITIVE))})(?![\w])"
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
    r"(?<!\w)(?P<q>" + trie_pattern([*_QUAL_MAP, *_APPROX_WORDS, "between", "from", "minus"]) + r")\s*$", re.I)
_RIGHT_QUAL = re.compile(r"(?P<q>\s+or\s+so\b|\s+or\s+more\b|\s+or\s+fewer\b|\s+or\s+less\b|-plus\b|\s?\+|-odd\b)",
                         re.I)
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
_OF_YEARS = re.compile(r"\s+of\s+(?:years|miles)")
#: nouns that make a bare "m" mean million ("2m people"), and any word after a decimal ("3.5m residents")
_MILLION_NOUN_AFTER = re.compile(
    r"\s+(?:people|persons|users|customers|homes|households|jobs|barrels|voters|viewers|subscribers|visitors|"
    r"passengers|residents|children|workers|copies|doses|vehicles|cars|shares|tourists|refugees|migrants|"
    r"patients|students|members|followers|downloads|tickets|animals|trees|acres|hectares)\b")
_COUNT_NOUN_AFTER = re.compile(r"\s+(?!(?:high|long|deep|tall|wide|away|above|below|from|of|in|on|at|to)\b)"
                               r"[a-z]+s\b")
_FRACTION_OF_UNIT = re.compile(r"\s+(?:of\s+)?an?(?=\s)")
_FRACTION_SCALE = re.compile(r"\s+(?:a|an)?\s*(?=million|billion|thousand|trillion|hundred)")
_CURRENCY_WORD_AFTER = re.compile(r"\s*(?:dollars|euros|pounds|rubles|roubles)")
_OF_CURRENCY = re.compile(
    rf"\s+of\s+(?:(?:US|U\.S\.)\s+)?(?P<c>{alternation(list(units.CURRENCY_WORDS))})\b", re.I)
_OR_SO = re.compile(r"\s+or\s+(?:so|two|more)\b")
_OF_THE = re.compile(r"\s+(?:of|the)\b")
_LASTED_OVER = re.compile(r"\b(?:lasted|lasts|last|took|takes|take|taking|for|in|spent|of)\s+over\s*$", re.I)
_UNDER_AGE = re.compile(r"\b(?:children|kids|people|those|aged|anyone)\s+under\s*$")
_MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|measured|measuring)\s+(?:of\s+)?$", re.I)
_OF_PARTITIVE = re.compile(r"\s+of\s+(?:the|them|those|its|their|these)\b")
_OF_NOT_THE = re.compile(r"\s+of(?=\s+(?!the\b))")
_QUAKE = re.compile(r"\b(?:earthquake|quake|tremor|Richter)\b", re.I)
_BARE_AGE = object()  # an age written without its unit ("John Reed, 54,")

#: verbs and words of change: "rose 3 points", "fell $2.80", "up 3%", "cut rates by a quarter of a point"
_UP = ("rose rise rises risen rising climbed climb climbs jumped jump jumps gained gains increased increase "
       "increases grew grow grows grown surged surge soared advanced up higher added raised lifted boosted").split()
_DOWN = ("fell fall falls fallen falling dropped drop drops declined decline declines decreased decrease decreases "
         "slipped slips slid eased eases down lower shrank shrunk slumped plunged tumbled lost cut cuts shed reduced "
         "lowered slashed").split()
#: transitive verbs: "cut 2,500 jobs" counts what is cut (no change stated), "cut rates by 0.25" states one
_TRANSITIVE = {"added", "raised", "lifted", "boosted", "lost", "cut", "cuts", "shed", "reduced", "lowered", "slashed"}
_CHANGE_BEFORE = re.compile(r"\b(?P<w>" + trie_pattern(_UP + _DOWN) + r")\b(?P<by>(?:\s+[\w'’-]+){0,3}?\s+by"
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
    r"(?P<fold>" + trie_pattern(list(nums.MULTIPLE_WORDS)) + r")\b"
    r"|(?P<n>\d+(?:\.\d+)?|" + "|".join(sorted(set(nums.SMALL) | set(nums.TENS), key=len, reverse=True))
    + r")[\s-]times\s+(?=(?:as|more|less|higher|lower|faster|slower|larger|bigger|greater|smaller|the|that|what|"
    r"over)\b)"
    r"|(?P<x>\d+(?:\.\d+)?)x\b",
    re.I,
)



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
        dim, spec = units.CASE_SENSITIVE[m.group("uc")]
        return m, dim, spec
    dim, spec = units.UNIT_TABLE[m.group("uw").lower()]
    return m, dim, spec



def sentence_quantities(s: str) -> list[_Quantity]:
    out: list[_Quantity] = []
    pos = 0  # every turn of the loop moves ``pos`` forward, and no quantity starts before it
    while True:
        c = _CANDIDATE.search(s, pos)
        if c is None:
            break
        p = c.start()
        if (mm := _MULTIPLE.match(s, p)) is not None and (q := read_multiple(s, mm)) is not None:
            if not out or q.start >= out[-1].end:
                out.append(q)
            pos = max(mm.end(), c.end())
            continue
        if (tok := vetoes.identifier_end(s, p)) is not None:
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
        if (score_end := vetoes.scoreline_end(s, m.start())) is not None:
            pos = max(pos, score_end)  # "beat Arsenal 4-1": a scoreline, not a range or two counts
            continue
        q = read(s, m)
        if q is not None and (not out or q.start >= out[-1].end):
            out.append(q)
            pos = max(pos, q.end)
    return out

def read(s: str, m: re.Match[str]) -> _Quantity | None:  # noqa: C901 - one grammar, read in order
    start = m.start()
    left = s[max(0, start - 40) : start]
    lq = _LEFT_QUAL.search(left, max(0, len(left) - 24))
    cur = m.group("cur")
    currency = None
    if cur:
        cur_s = cur.strip()
        currency = units.CURRENCY_SYMBOLS.get(cur_s) or (cur_s.upper() if cur_s.upper() in units.ISO_CODES else None)
    num_s = m.group("num")
    value: float | None
    low = high = None
    confidence = 0.9
    is_word = False
    vague = False
    frac = None
    if num_s:
        if vetoes.glued_to_a_name(left) and not cur:
            return None
        value = nums.parse_digits(num_s)
    elif m.group("vlead"):
        lo_m, hi_m = nums.VAGUE_LEAD[m.group("vlead").lower()]
        scale = nums.SCALES[m.group("vscale").lower()]
        low, high, value, vague = lo_m * scale, hi_m * scale, None, True
        confidence = 0.7
    elif m.group("vague"):
        key = m.group("vague").lower()
        if key in ("tens", "scores") or (key == "hundreds" and _OF_YEARS.match(s, m.end())):
            return None
        low, high = nums.VAGUE[key]
        value, vague = None, True
        confidence = 0.7
    elif m.group("frac"):
        frac = nums.FRACTIONS[m.group("frac").lower()]
        value = frac
        is_word = True
    else:
        wtext = m.group("word").lower()
        if wtext in ("a", "an") and not (_SCALE.match(s, m.end()) or _unit_at(s, m.end())[0] is not None):
            return None  # the article, not a number: "a"/"an" count only before a scale or unit ("a month")
        value = nums.parse_word(wtext)
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
            scale = nums.SCALES[(sm.group("scale") or sm.group("short")).lower()]
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
        ok = (conn in ("-", "–", "—") and not rm.group(0).startswith(" ") and not vetoes.after_a_result_verb(left)) \
            or conn == "to" or (conn == "and" and lqw == "between") \
            or (conn == "or" and bool(_UNIT.match(s, rm.end())) and not vetoes.YEAR.fullmatch(num_s or ""))
        if conn == "to" and (_CHANGE_BEFORE.search(left) or lqw == "from" and _CHANGE_BEFORE.search(
                left, 0, max(0, lq.start()) if lq else 0)):
            ok = False  # "rose from 5 to 7", "closed up $2.80 to $51.15": a change and a level, not a range
        if ok:
            n2 = rm.group("num2")
            v2 = nums.parse_digits(n2) if n2[0].isdigit() or n2[0] == "." else nums.parse_word(n2)
            end2 = rm.end()
            sm2 = _SCALE.match(s, end2)
            scale2 = 1.0
            if sm2 and (sm2.group("scale") or (sm2.group("short") and (currency or rm.group("cur2")))):
                scale2 = nums.SCALES[(sm2.group("scale") or sm2.group("short")).lower()]
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
                        currency = units.CURRENCY_SYMBOLS.get(rm.group("cur2"))
    # clock times, ordinals, years, names
    if num_s and qualifier != "range" and vetoes.clock_ordinal_or_code(s, end, unit_follows=bool(
            sm or _UNIT.match(s, end))):
        return None
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
                factor = units.CURRENCY_SUBUNITS.get(word.lower(), 1.0)
                unit_surface = (cur.strip() + " " if cur else "") + word if cur else word
                end = um.end()
            elif currency is None:
                dimension = udim
                factor, offset, unit = units.conversion(udim, uspec)
                unit_surface = word
                end = um.end()
        if um is None and m.group("vague") and currency is None:
            om = _OF_CURRENCY.match(s, end)
            if om:
                currency = units.CURRENCY_WORDS[om.group("c").lower()]
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
    if num_s and dimension == "count" and scale == 1.0:
        if qualifier == "range" and vetoes.year_span(num_s, low, high):
            return None
        if qualifier != "range" and (vetoes.standalone_year(num_s, left, qualified=lq is not None)
                                     or vetoes.name_with_number(left, value, num_s)):
            return None
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
                low, high = interval("approximate", value, nearly=True)
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
    # interval semantics (the contract's rule, owned by models); "nearly x" set its band above
    if value is not None and qualifier != "range" and not (qualifier == "approximate" and low is not None):
        low, high = interval(qualifier, value)
    if vague:
        qualifier = "range"
    # entity
    entity = entity_after(s, end)
    rate = _RATE.match(s, end) or (_RATE_AFTER_NOUN.match(s, end) if dimension == "count" and entity else None)
    per = None
    if rate and dimension not in ("date", "age"):
        per = rate.group("noun").lower()  # the surface stays the amount ("$52"), the rate goes into `per`
        entity = entity or entity_after(s, rate.end())
    if age:
        entity = "age"
        per = None
    if is_word and dimension == "count" and scale == 1.0:
        if entity is None and not (word not in ("one", "a", "an") and _OF_PARTITIVE.match(s, end)):
            return None
        if word == "one" and vetoes.one_as_pronoun(left, s, end):
            return None
    if dimension == "count" and entity is None and not vague and qualifier == "exact" and scale == 1.0:
        confidence = min(confidence, 0.6)
    if dimension == "count" and unit_surface is None and _MAGNITUDE_BEFORE.search(left) and _QUAKE.search(
            s, max(0, start - 200), end + 200):
        dimension, unit = "other", "magnitude"
    if dimension in ("length", "duration") and vetoes.event_name(s, end, left):
        return None
    while end > q_start and s[end - 1] == " ":
        end -= 1
    if any(x is not None and not math.isfinite(x) for x in (value or 0.0, low or 0.0, high or 0.0,
                                                          written or 0.0)):
        STATS["candidates_not_finite"] += 1  # "1" followed by 400 zeros is no quantity a float can hold
        return None
    value, low, high = (None if x is None else _tidy(x) for x in (value, low, high))
    return _Quantity(q_start, end, dimension, value, low, high, unit, unit_surface, qualifier, entity,
                     confidence, per=per, change=_change(s, q_start, end, dimension),
                     value_written=None if written is None or value is None else _tidy(written))

def read_multiple(s: str, m: re.Match[str]) -> _Quantity | None:
    """'more than sixfold', 'almost tripled', 'three times as many', '3x': a ratio (unit times)."""
    if m.group("fold"):
        value = nums.MULTIPLE_WORDS[m.group("fold").lower()]
    elif m.group("x"):
        if m.start() > 0 and (s[m.start() - 1].isalnum()):
            return None  # "Mk3x", "A4x": names
        value = float(m.group("x"))
    else:
        word = m.group("n").lower()
        value = float(word) if word[0].isdigit() else float(nums.SMALL.get(word) or nums.TENS.get(word) or 0)
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
        low, high = interval(qualifier, value, nearly=qw in _NEARLY)
    fold = (m.group("fold") or "").lower()
    verb = bool(fold) and ("fold" not in fold or bool(_CHANGE_BEFORE.search(left)))  # "doubled", "rose sixfold"
    return _Quantity(start, end, "ratio", _tidy(value), _tidy(low) if low is not None else None,
                     _tidy(high) if high is not None else None, "times", None, qualifier, None, 0.8,
                     value_written=_tidy(value), change="up" if verb else None)

def entity_after(s: str, end: int) -> str | None:
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
                or nums.is_number_word(w):
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


