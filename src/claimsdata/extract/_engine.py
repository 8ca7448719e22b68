"""The extraction engine: a compiled regular-expression grammar over sentences.

A fast trigger regex finds where a quantity may start; small anchored regexes then read the currency, the
number, its scale, a range tail, the unit and the qualifiers around it. Dates, speakers and hedges come
from the same sentence (and, for pronouns, from earlier sentences).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..models import Claim, make_claim_id
from . import _lexicon as lx
from ._attribution import Speaker, SpeakerMemory, find_speakers, pick_speaker
from ._dates import FORWARD_RE, DateMention, find_dates

APPROX_TOLERANCE = 0.10
"""An ``approximate`` x asserts the band [x * (1 - 0.10), x * (1 + 0.10)]; ``nearly``/``almost`` x: [0.9x, x]."""

# --- sentences -----------------------------------------------------------------------------------------
_ABBREV = (r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Adm|Gov|Sen|Rep|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|No|Nos|Vol|"
           r"approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|U\.S|U\.K|"
           r"U\.N|E\.U|a\.m|p\.m|e\.g|i\.e|etc|Ft|Mt)")
_SENT_END = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9$£€])|\n+")
_ABBREV_END = re.compile(_ABBREV + r"\.$")
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of ``text`` (abbreviations like 'U.S.' do not split)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        cut = m.start()
        if text[cut] == ".":
            head = text[max(start, cut - 8) : cut + 1]
            if _ABBREV_END.search(head) or _INITIAL_END.search(head):
                continue
        end = m.end()
        seg_end = cut + len(m.group(0).rstrip())
        if text[start:seg_end].strip():
            spans.append(_strip_span(text, start, seg_end))
        start = end
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
            rf"|a|an|a dozen|dozen)(?:\s+(?:and\s+a\s+half|hundred))?")
_FRACTION = lx.alternation(list(lx.FRACTIONS))
_VAGUE = lx.alternation(list(lx.VAGUE))
_VAGUE_LEAD = lx.alternation(list(lx.VAGUE_LEAD))
_SYMBOLS = lx.alternation(list(lx.CURRENCY_SYMBOLS))
_ISO = "|".join(sorted(lx.ISO_CODES))
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+|\d+)(?:\.\d+)?(?!\.\d)|\.\d+")

_START = re.compile(
    rf"(?P<cur>{_SYMBOLS}|\b(?:{_ISO})\s?(?=\d))?"
    rf"(?:(?P<num>{_DIGITS})"
    rf"|\b(?P<vlead>{_VAGUE_LEAD})\s+(?P<vscale>hundred|thousand|million|billion)\b"
    rf"|\b(?P<vague>{_VAGUE})\b"
    rf"|\b(?P<frac>{_FRACTION})\b"
    rf"|\b(?P<word>{_WORDNUM})\b)",
    re.I,
)
_SCALE = re.compile(r"(?:\s|-)?(?P<scale>thousand|million|billion|trillion|mln|mn|bn|trn|tn|lakh|crore)\b"
                    r"|(?P<short>[mbk])\b(?!\.\w)", re.I)
_UNIT_WORDS = [u for u in lx.UNIT_TABLE if u not in lx.CASE_SENSITIVE]
_UNIT = re.compile(
    rf"(?:\s*-\s*|\s+|(?=[%°]))?(?:(?P<uw>{lx.alternation(_UNIT_WORDS)})(?![\w])"
    rf"|(?P<uc>{lx.alternation(list(lx.CASE_SENSITIVE.values()))})(?![\w])"
    rf"|(?P<deg>degrees?)(?!\s+(?:celsius|centigrade|fahrenheit|c|f)\b)(?![\w])"
    rf"|(?P<iso>{_ISO})\b)",
)
_UNIT_I = re.compile(_UNIT.pattern.replace("(?P<uc>", "(?P<uc_>"), re.I)
_AGE = re.compile(r"-year-old\b|\s+years?\s+old\b|-month-old\b|\s+months?\s+old\b")
_RANGE_TAIL = re.compile(
    rf"\s*(?P<conn>-|–|—|to|and|or)\s*(?P<cur2>{_SYMBOLS})?(?P<num2>{_DIGITS}|{_WORDNUM_BASE})(?![\w,]\d)", re.I
)
_LEFT_QUAL = re.compile(
    r"(?P<q>more than|over|above|in excess of|upwards of|exceeding|greater than|north of|just over|well over|"
    r"at least|no fewer than|no less than|a minimum of|not less than|"
    r"up to|as many as|as much as|at most|no more than|a maximum of|not more than|"
    r"less than|fewer than|under|below|just under|just below|short of|"
    r"about|around|roughly|some|approximately|approx\.|nearly|almost|close to|an estimated|estimated|"
    r"circa|c\.|~|more or less|between|from|minus)\s*$",
    re.I,
)
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
    r"Exhibit|Figure|Table|Appendix|Verse|Act|Scene|Lesson|Step|Day|Gen|Web|Industry|Covid|COVID)\.?\s*#?$"
)
_GLUED_BEFORE = re.compile(r"(?:[A-Za-z]-?|[A-Za-z]\.)$")
_HEDGE = re.compile(
    r"\b(?P<h>probably|possibly|perhaps|maybe|may|might|could|likely|unlikely|estimated|reportedly|allegedly|"
    r"believed|thought to|appears?|seems?|suggests?|roughly|presumably|apparently|expected|projected|"
    r"unconfirmed|unverified|could not verify)\b",
    re.I,
)
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
_RATE = re.compile(r"\s+(?P<r>(?:per|a|an|each)\s+(?:hour|day|week|month|year|barrel|person|head|share|capita|"
                   r"tonne|ton|gallon|litre|liter|kilogram|kg|pound|ounce|mile|kilometre|kilometer|km|night|"
                   r"game|match|season|unit|minute|second))\b", re.I)
_A_DURATION_OK = re.compile(
    r"(?:about|around|roughly|nearly|almost|over|than|within|for|in|after|take|takes|took|taking|last|lasts|"
    r"lasted|least|to|just|spent|spend|only|barely|some|under|already|another)\s+$", re.I)
_ONE_BAD_LEFT = re.compile(r"\b(?:the|no|every|each|any|this|that|which|some|any|someone|anyone|no|one|only)\s+$",
                           re.I)
_ONE_BAD_RIGHT = re.compile(r"\s+(?:of|another|thing|way|side|hand|point|day|time|more|less|after|by|too|can|"
                            r"could|would|should|must|may|might|is|was|seen|who|that|which)\b", re.I)
_SCORE_LEFT = re.compile(r"\b(?:won|win|wins|beat|beats|lost|loses|lose|defeated|drew|draw|victory|defeat|score|"
                         r"scoreline|triumph|thrashed|edged)\b[^.]{0,40}$", re.I)


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


def _parse_digits(s: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f]", "", s))


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
    m = _UNIT.match(s, pos) or _UNIT_I.match(s, pos)
    if not m:
        return None, None, None
    if m.group("iso") and m.re is _UNIT:
        return m, "money", m.group("iso")
    if m.groupdict().get("deg"):
        return m, "temperature", "degC"
    word = (m.groupdict().get("uw") or m.groupdict().get("uc") or "").lower()
    if not word:
        return None, None, None
    if word in lx.CASE_SENSITIVE and m.re is _UNIT_I and m.groupdict().get("uw") is None:
        return None, None, None
    dim, spec = lx.UNIT_TABLE[word]
    return m, dim, spec


class _Extractor:
    def __init__(self, text: str, published: date | None, article_id: str) -> None:
        self.text = text
        self.published = published
        self.article_id = article_id
        self.memory = SpeakerMemory()

    # -- sentence level ------------------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        claims: list[Claim] = []
        for s0, s1 in split_sentences(self.text):
            sentence = self.text[s0:s1]
            claims.extend(self._sentence(sentence, s0))
        return claims

    def _sentence(self, s: str, offset: int) -> list[Claim]:
        forward = bool(FORWARD_RE.search(s))
        dates = find_dates(s, self.published, forward)
        quantities = self._quantities(s, dates)
        speakers = find_speakers(s)
        resolved: list[Speaker] = []
        for sp in speakers:
            sp = self.memory.resolve_pronoun(sp) if sp.pronoun else self.memory.remember(sp)
            resolved.append(sp)
        date_claims = self._date_claims(s, dates, forward)
        if not quantities and not date_claims:
            return []
        out: list[Claim] = []
        context_ref = self._context_ref(dates, quantities)
        for q in sorted(quantities + date_claims, key=lambda q: q.start):
            sp = pick_speaker(resolved, q.start, q.end)
            claim_date = self._claim_date(s, dates, sp)
            hedge = self._hedge(s, q)
            if q.dimension == "date":
                ref_start, ref_end = q.ref_first, q.ref_last
            else:
                ref_start, ref_end = context_ref
            surface = s[q.start : q.end]
            out.append(Claim(
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
                sentence=s,
                confidence=q.confidence,
            ))
        return out

    def _claim_date(self, s: str, dates: list[DateMention], sp: Speaker | None) -> date | None:
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
            if d.prep == "since":
                return d.first, self.published
            if d.kind in ("relative", "year") or (d.kind == "calendar" and d.first != d.last):
                return d.first, d.last
        return None, None

    def _hedge(self, s: str, q: _Quantity) -> str | None:
        lo, hi = max(0, q.start - 60), min(len(s), q.end + 40)
        best: tuple[int, str] | None = None
        for m in _HEDGE.finditer(s, lo, hi):
            word = m.group("h").lower()
            if word == "estimated" and q.start <= m.start() < q.end:
                pass
            dist = m.start() - q.end if m.start() >= q.end else q.start - m.end()
            if best is None or dist < best[0]:
                best = (dist, word)
        return best[1] if best else None

    # -- dates as claims ------------------------------------------------------------------------------------
    def _date_claims(self, s: str, dates: list[DateMention], forward: bool) -> list[_Quantity]:
        out: list[_Quantity] = []
        if not forward or self.published is None:
            return out
        for d in dates:
            if d.kind != "calendar" or d.first is None or d.last is None or d.first <= self.published:
                continue
            qual = {"by": "at_most", "before": "less_than", "until": "at_least", "after": "more_than"}.get(
                d.prep or "", "exact")
            out.append(_Quantity(d.start, d.end, "date", None, None, None, "date", None, qual, None, 0.75,
                                 d.first, d.last))
        return out

    # -- quantities -----------------------------------------------------------------------------------------
    def _quantities(self, s: str, dates: list[DateMention]) -> list[_Quantity]:
        out: list[_Quantity] = []
        date_spans = [(d.start, d.end) for d in dates if d.kind in ("calendar", "year")]
        pos = 0
        while True:
            m = _START.search(s, pos)
            if m is None:
                break
            pos = m.end()
            if any(a <= m.start() < b for a, b in date_spans):
                pos = max(pos, next(b for a, b in date_spans if a <= m.start() < b))
                continue
            q = self._read(s, m)
            if q is not None:
                out.append(q)
                pos = max(pos, q.end)
        return out

    def _read(self, s: str, m: re.Match[str]) -> _Quantity | None:  # noqa: C901 - one grammar, read in order
        start = m.start()
        left = s[max(0, start - 40) : start]
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
            if _GLUED_BEFORE.search(left) and not cur:
                return None  # F-16, M777, Covid-19, G7
            value = _parse_digits(num_s)
        elif m.group("vlead"):
            lo_m, hi_m = lx.VAGUE_LEAD[m.group("vlead").lower()]
            scale = lx.SCALES[m.group("vscale").lower()]
            low, high, value, vague = lo_m * scale, hi_m * scale, None, True
            confidence = 0.7
        elif m.group("vague"):
            key = m.group("vague").lower()
            if key in ("tens", "scores") or (key == "hundreds" and re.match(r"\s+of\s+(?:years|miles)", s[m.end():])):
                return None
            low, high = lx.VAGUE[key]
            value, vague = None, True
            confidence = 0.7
        elif m.group("frac"):
            frac = lx.FRACTIONS[m.group("frac").lower()]
            value = frac
            is_word = True
        else:
            value = _parse_word(m.group("word"))
            if value is None:
                return None
            is_word = True
            confidence = 0.8
        end = m.end()
        # scale ("million", "bn", "m")
        scale = 1.0
        unit_surface: str | None = None
        sm = _SCALE.match(s, end) if value is not None and not vague else None
        if frac is not None:
            fm = re.match(r"\s+(?:a|an)?\s*(?=million|billion|thousand|trillion|hundred)", s[end:])
            if fm:
                sm = _SCALE.match(s, end + fm.end() - 1) or sm
        if sm:
            if sm.group("short"):
                short = sm.group("short").lower()
                money_ctx = currency is not None or re.match(r"\s*(?:dollars|euros|pounds|rubles|roubles)", s[sm.end():])
                if short == "m" and not money_ctx:
                    sm = None
                elif short in ("b", "k") and not (money_ctx or short == "k"):
                    sm = None
            if sm:
                scale = lx.SCALES[(sm.group("scale") or sm.group("short")).lower()]
                end = sm.end()
        elif is_word and m.group("word") and m.group("word").lower() in ("a", "an"):
            pass
        if value is not None:
            value *= scale
        # range tail
        qualifier = "exact"
        conn = None
        rm = _RANGE_TAIL.match(s, end) if value is not None and not vague else None
        if rm:
            conn = rm.group("conn").lower()
            lq = _LEFT_QUAL.search(left)
            lqw = lq.group("q").lower() if lq else ""
            ok = (conn in ("-", "–", "—") and not rm.group(0).startswith(" ") and not _SCORE_LEFT.search(left)) \
                or (conn == "to" and (lqw == "from" or bool(rm.group("cur2")) or True)) \
                or (conn == "and" and lqw == "between") or (conn == "or" and False)
            if conn == "to" and lqw != "from" and not re.search(r"\b(?:rose|fell|increased|decreased|grew|jumped|"
                                                                 r"climbed|dropped|declined|cut|raised|up|down)\s*"
                                                                 r"(?:from\s*)?$", left):
                ok = ok and True
            if conn == "to" and lqw == "from" and re.search(r"\b(?:rose|fell|increased|decreased|grew|jumped|climbed|"
                                                            r"dropped|declined|cut|raised|soared|slumped)\s+from\s*$",
                                                            left):
                ok = False  # "rose from 5 to 7" is a change, not a range: read as two quantities
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
                    if v1 is not None and v1 <= v2:
                        low, high, value = v1, v2, None
                        qualifier = "range"
                        end = end2
                        if rm.group("cur2") and not currency:
                            currency = lx.CURRENCY_SYMBOLS.get(rm.group("cur2"))
        # clock times, ordinals, years, names
        after = s[end : end + 12]
        if num_s and qualifier != "range":
            if _CLOCK.match(after) or _ORDINAL.match(after) or re.match(r"/\d", after):
                return None
            if re.match(r"[A-Za-z]", after) and not (sm or _UNIT.match(s, end) or _UNIT_I.match(s, end)):
                return None  # 5G, 3D, 737MAX
        # unit
        dimension = "count"
        unit = "count"
        factor, offset = 1.0, 0.0
        age = _AGE.match(s, end) if value is not None or low is not None else None
        um = None
        if age:
            dimension, spec = "duration", ("year" if "year" in age.group(0) else "month")
            unit_surface = age.group(0).strip(" -")
            factor, offset, unit = lx.conversion(dimension, spec)
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
                    unit_surface = (cur.strip() + " " if cur else "") + word if cur else word
                    end = um.end()
                elif currency is None:
                    dimension = udim
                    factor, offset, unit = lx.conversion(udim, uspec)
                    unit_surface = word
                    end = um.end()
            if um is None and m.group("vague") and currency is None:
                om = re.match(rf"\s+of\s+(?:(?:US|U\.S\.)\s+)?(?P<c>{lx.alternation(list(lx.CURRENCY_WORDS))})\b",
                              s[end:], re.I)
                if om:
                    currency = lx.CURRENCY_WORDS[om.group("c").lower()]
                    unit_surface = om.group("c")
                    end += om.end()
        if currency is not None:
            dimension, unit = "money", currency
            if cur and unit_surface is None:
                unit_surface = cur.strip()
        # words as numbers need support: "a"/"an" only with a unit or scale, "one" not as a pronoun
        word = (m.group("word") or "").lower()
        if word in ("a", "an"):
            if scale == 1.0 and dimension == "count":
                return None
            if dimension == "duration" and scale == 1.0 and not (
                _A_DURATION_OK.search(left) or re.match(r"\s+or\s+(?:so|two|more)\b", s[end:])
            ):
                return None
            if dimension in ("money", "percent"):
                return None
        if frac is not None:
            if dimension == "count" and scale == 1.0:
                ofm = re.match(r"\s+(?:of|the)\b", s[end:])
                if not ofm:
                    return None
                dimension, unit, value, unit_surface = "percent", "percent", frac * 100, None
            elif scale == 1.0 and dimension != "count":
                pass
        # years standing alone are times, not claims
        if num_s and qualifier != "range" and dimension == "count" and re.fullmatch(r"(1[89]|20)\d\d", num_s) \
                and scale == 1.0:
            if not _LEFT_QUAL.search(left) or re.search(r"\b(?:from|since|in|by|until)\s*$", left, re.I):
                return None
        if num_s and dimension == "count" and qualifier != "range" and scale == 1.0:
            if _NAME_BEFORE.search(left):
                return None
            if value is not None and value < 1000 and "," not in num_s and re.search(r"\b[A-Z][a-z]+\s$", left) \
                    and not re.search(r"(?:^|[.!?]\s+)[A-Z][a-z]+\s$", left) \
                    and not re.search(r"\b(?:About|Some|Over|Nearly|Almost|Around|Roughly|Only|Just|All|Another|"
                                      r"The|Those|These|At|Up|By)\s$", left):
                return None  # "Kherson 2", "Apollo 11"-like names
        # left qualifier
        lq = _LEFT_QUAL.search(left)
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
            elif qualifier != "range":
                if qw == "under" and re.search(r"\b(?:children|kids|people|those|aged|anyone)\s+under\s*$", left):
                    pass
                else:
                    q_start = lq.start() + max(0, start - 40)
                    qualifier = _QUAL_MAP.get(qw, "approximate")
                    if qw in _NEARLY:
                        qualifier = "approximate"
                        if value is not None:
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
        if value is not None:
            value = value * factor + offset
        if low is not None:
            low = low * factor + offset
        if high is not None:
            high = high * factor + offset
        if dimension == "count" and currency is None and unit_surface is None:
            pass
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
        rate = _RATE.match(s, end)
        if rate and dimension in ("money", "count", "length", "mass", "volume"):
            entity = (entity + " " if entity else "") + rate.group("r").replace("a ", "per ", 1).replace(
                "an ", "per ", 1).replace("each ", "per ", 1)
        if age:
            entity = "age"
        if is_word and dimension == "count" and scale == 1.0:
            if entity is None:
                return None
            if word == "one" and (_ONE_BAD_LEFT.search(left) or _ONE_BAD_RIGHT.match(s, end)):
                return None
        if dimension == "count" and entity is None and not vague and qualifier == "exact" and scale == 1.0:
            confidence = min(confidence, 0.6)
        if dimension == "other" and unit == "point" and value is not None and value == 0:
            return None
        while end > q_start and s[end - 1] == " ":
            end -= 1
        return _Quantity(q_start, end, dimension, value, low, high, unit, unit_surface, qualifier, entity,
                         confidence)

    def _entity(self, s: str, end: int) -> str | None:
        words: list[str] = []
        pos = end
        if re.match(r"\s+of\s+(?!the\b)", s[pos:]):
            pos += re.match(r"\s+of", s[pos:]).end()  # type: ignore[union-attr]
        while len(words) < 4:
            wm = _WORD_RE.match(s, pos)
            if not wm:
                break
            w = wm.group("w")
            if w.lower() in _ENTITY_STOP or (w[0].isupper() and words and w.lower() not in ("s",)):
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


def extract_claims(text: str, published: date | None = None, *, article_id: str = "text") -> list[Claim]:
    """Every quantitative claim in ``text``, in order of position.

    ``published`` resolves weekdays, bare months and relative dates; ``article_id`` goes into each
    claim's ``article_id`` and stable ``claim_id``.
    """
    return _Extractor(text, published, article_id).run()
