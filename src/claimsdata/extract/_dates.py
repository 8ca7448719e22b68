"""Date expressions in a sentence, resolved against the article's publication date."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from .._patterns import trie_pattern
from datetime import date, timedelta

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name] = _i
        MONTHS[_name[:3]] = _i
        MONTHS[_name.upper()] = _i  # wire datelines write "SEPTEMBER 21, 2004"
        MONTHS[_name[:3].upper()] = _i  # and "AUG 29" (only before a day, see _MONTH_ALT)
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i  # lower-cased text: "oct. 13" (only with its dot, see _MONTH_ALT)
MONTHS["Sept"] = 9
MONTHS["sept"] = 9
MONTHS["SEPT"] = 9
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}

_MONTH_ALT = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY(?=\s+\d)|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?(?=\s+\d)|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.(?=\s+\d))(?![a-z])"
)
#: a month and its day right before a year: "May 4, " of "May 4, 1642"
MONTH_DAY_BEFORE = re.compile(r"\b" + _MONTH_ALT + r"\s+\d{1,2}(?:st|nd|rd|th)?,\s*$")
#: lower-cased full month names, read only after a day ("on 1 may that year"): "may" and "march" are verbs too
_MONTH_LOWER = r"(?:" + "|".join(m.lower() for m in calendar.month_name if m) + r")(?![a-z])"
_PART = r"(?:(?P<part>early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)?"
#: a part of a year before it: "mid-2024", "the second half of 2023", "early next year", "the end of the year"
_YEAR_PART = (r"early|mid|late|later|the end of|the beginning of|the start of|the middle of"
              r"|the (?:first|second) half of|the (?:first|second|third|fourth) quarter of")
DATE_RE = re.compile(
    r"(?P<mdy>" + _PART + r"(?P<m1>" + _MONTH_ALT + r")(?:\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d))?"
    r"(?:,?\s+(?P<y1>(?:19|20)\d{2})(?!\d))?)"
    r"|(?P<dmy>(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>" + _MONTH_ALT + "|" + _MONTH_LOWER + r")"
    r"(?:,?\s+(?P<y2>(?:19|20)\d{2})(?!\d))?)"
    r"|(?P<wd>(?:(?P<wrel>[Ll]ast|[Nn]ext|[Tt]his|on|since|by|until)\s+)?"
    r"(?P<wday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?)"
    r"|(?P<rel>(?P<rdir>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious)\s+(?P<runit>week|month|year|weekend))"
    r"|(?P<day>\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\b)"
    r"|(?P<season>(?:(?P<srel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)"
    r"(?P<sname>spring|summer|autumn|fall|winter)\b"
    r"|(?P<sname2>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<syear>(?:19|20)\d{2})(?!\d))"
    r"|(?P<ypt>(?P<ypart>" + _YEAR_PART + r")[\s-]+(?:(?P<y5>(?:19|20)\d{2})(?!\d)|(?P<yrel>next|this|last)\s+year\b"
    r"|the\s+year\b))"
    r"|(?P<qtr>the\s+(?:(?P<qn>first|second|third|fourth)\s+quarter|(?P<hn>first|second)\s+half)\b(?!\s+of\b))"
    # ("in the third quarter", "in the first half")
    r"|(?P<yr>\b(?P<yprep>[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Ss]ince early|[Ss]ince late|[Ee]nd of|[Ii]n early|[Ii]n late|[Ii]n mid-?)\s+(?P<y3>(?:19|20)\d{2})(?!\d|,\d))"
)

_LOWER_MONTHS = {m.lower() for m in calendar.month_name if m}
#: the words that open a relative date, in lower case or opening a sentence ("last week", "Yesterday")
_RELATIVE_WORDS = "last next this past coming previous yesterday today tomorrow".split()
_ANCHOR_WORDS = (
    [m for m in MONTHS if m not in _LOWER_MONTHS] + list(WEEKDAYS)  # "1 may": the day's digit anchors it
    + [w for rel in _RELATIVE_WORDS for w in (rel, rel.title())]  # ("Last month, the town had ...")
    + "early mid late later the spring summer autumn fall winter In in Since since By by During during Until until "
      "From from End end".split()
)
#: where a date expression may start: a digit or one of the anchor words (the full pattern is matched there)
_ANCHOR = re.compile(r"(?<!\d)\d|\b(?:" + trie_pattern(list(set(_ANCHOR_WORDS))) + r")\b")

#: words that make a sentence look forward (resolving a bare month to the next one); not after "had", which sets an
#: expectation or a plan in the past ("Analysts had expected ... between July and September": the months just gone)
FORWARD_RE = re.compile(r"\b(?<!had )(?:" + trie_pattern(
    "will Will would 'll shall should expect expects expected expecting forecast forecasts predict predicts "
    "predicted plan plans planned until till probably likely could might may next upcoming coming hope hopes aim "
    "aims intend intends scheduled ready won't".split()
    + ["going to", "looking at", "not before", "as soon as", "as early as", "no later than", "set to"]) + r")\b")
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in a sentence: its span, its kind and the period it resolves to."""

    start: int
    end: int
    text: str
    kind: str  # "calendar" (month/day), "weekday", "relative", "day", "year"
    first: date | None
    last: date | None
    prep: str | None = None  # "since", "by", "until", ... when it stood before the date


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, 1)


def _calendar(month: int, day: int | None, year: int | None, part: str | None, published: date | None,
              forward: bool) -> tuple[date | None, date | None]:
    if year is None:
        if published is None:
            return None, None
        year = published.year
        key = (month, day or 0)
        pub_key = (published.month, published.day if day else 0)
        if forward and key < pub_key:
            year += 1
        elif not forward and key > pub_key:
            year -= 1
    try:
        if day:
            d = date(year, month, day)
            return d, d
    except ValueError:
        return None, None
    first, last = date(year, month, 1), _month_end(year, month)
    if part in ("early", "the beginning of", "the start of"):
        last = date(year, month, 10)
    elif part in ("mid", "the middle of"):
        first, last = date(year, month, 11), date(year, month, 20)
    elif part in ("late", "the end of"):
        first = date(year, month, 21)
    return first, last


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _year_part(year: int, part: str, published: date | None) -> tuple[date, date]:
    """The months of a part of a year: early (January to April), mid (May to August), late and the end (September
    to December), a half, a quarter; "later" this year is what is left of it after publication; any other word
    ("in", "by", "since") is the whole year."""
    words = part.split()
    if part in ("early", "the beginning of", "the start of"):
        return date(year, 1, 1), date(year, 4, 30)
    if part in ("mid", "the middle of"):
        return date(year, 5, 1), date(year, 8, 31)
    if part == "later" and published is not None and published.year == year and published < date(year, 12, 31):
        return published + timedelta(days=1), date(year, 12, 31)
    if part in ("late", "later", "the end of"):
        return date(year, 9, 1), date(year, 12, 31)
    if "half" in words:
        return (date(year, 1, 1), date(year, 6, 30)) if words[1] == "first" else (date(year, 7, 1), date(year, 12, 31))
    if "quarter" in words:
        q = _QUARTERS[words[1]]
        return date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
    return date(year, 1, 1), date(year, 12, 31)


#: prepositions that place a date in the past of the statement, whatever the rest of the sentence says
_PAST_PREPS = frozenset({"since", "as of"})
_PREP_BEFORE = re.compile(r"\b(since|by|until|till|before|after|as of|from|through|in|on)\s+$")


#: verbs in the past tense that place what their clause states before the statement ("rose", "reported")
_PAST_VERB = re.compile(r"\b(?:rose|fell|grew|shrank|sank|jumped|slid|slipped|climbed|dropped|declined|increased|"
                        r"decreased|gained|lost|was|were|did|saw|sold|bought|won|reached|posted|reported|recorded|"
                        r"totalled|totaled|came|went|paid|spent|ended|began|started|opened|closed|surged|plunged|"
                        r"soared|tumbled|eased|edged)\b")


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause that holds position ``at`` starts: after the last comma, semicolon or colon before it."""
    k = max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at), sentence.rfind(":", 0, at))
    return k + 1


def find_dates(sentence: str, published: date | None, forward: bool) -> list[DateMention]:
    """Every date expression in the sentence, resolved (``first``/``last`` are None when unresolvable).

    A date beyond the calendar (published in year 1 or 9999 and shifted past it) is unresolvable, not an error.
    """
    out: list[DateMention] = []
    for m in _finditer_anchored(sentence):
        try:
            mention = _resolve(m, sentence, published, forward)
        except (ValueError, OverflowError):
            mention = DateMention(m.start(), m.end(), m.group(0), "calendar" if m.group("mdy") or m.group("dmy")
                                  else "year" if m.group("yr") else "relative", None, None)
        if mention is not None:
            out.append(mention)
    return _spans_joined(sentence, out) if len(out) > 1 else out


#: the words that join two dates into one span: "between April and June", "from January to March"
_SPAN_OPEN = re.compile(r"\b(?:(?P<between>between)|from)\s+$", re.I)


def _spans_joined(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Two months joined as a span ("between April and June", "from January to March") as one period, from the
    start of the first to the end of the second (a pair that does not resolve in order is left as it is)."""
    out: list[DateMention] = []
    for d in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == d.kind == "calendar" and prev.first is not None and d.last is not None \
                and prev.first <= d.first and (om := _SPAN_OPEN.search(sentence, max(0, prev.start - 10), prev.start)) \
                and sentence[prev.end : d.start] == (" and " if om.group("between") else " to "):
            out[-1] = DateMention(om.start(), d.end, sentence[om.start() : d.end], "calendar", prev.first, d.last)
            continue
        out.append(d)
    return out


def _resolve(m: re.Match[str], sentence: str, published: date | None, forward: bool) -> DateMention | None:
    """One DATE_RE match resolved against the publication date (None when it is not a date after all)."""
    kind, first, last, prep = "calendar", None, None, None
    if m.group("mdy") or m.group("dmy") or m.group("season"):
        before = sentence[max(0, m.start() - 12) : m.start()].lower()
        pm = _PREP_BEFORE.search(before)
        prep = pm.group(1) if pm else None
        if prep in _PAST_PREPS:
            forward = False  # "fallen since March" looks back even in a sentence that also says "will"
        else:
            forward = forward and not _past_clause(sentence, m.start())
    if m.group("mdy") or m.group("dmy"):
        mname = (m.group("m1") or m.group("m2")).rstrip(".")
        if mname == "May" and m.group("m1") and not m.group("d1") and not m.group("y1"):
            # "May" alone is usually the modal verb at a sentence start; require a day or year
            if m.start() == 0 or not sentence[m.start() - 1].isspace() or _is_modal_may(sentence, m.end()):
                return None
        day = m.group("d1") or m.group("d2")
        year = m.group("y1") or m.group("y2")
        first, last = _calendar(MONTHS[mname], int(day) if day else None, int(year) if year else None,
                                m.group("part"), published, forward)
    elif m.group("wd"):
        kind = "weekday"
        rel = m.group("wrel") and m.group("wrel").lower()  # ("Last Tuesday" opening a sentence)
        if published is not None:
            target = WEEKDAYS[m.group("wday")]
            delta = (published.weekday() - target) % 7
            if rel == "next" or (forward and rel not in ("last", "since", "on") and delta != 0
                                 and rel in ("by", "until")):
                ahead = (target - published.weekday()) % 7 or 7
                first = last = published + timedelta(days=ahead)
            else:
                if rel == "last" and delta == 0:
                    delta = 7
                first = last = published - timedelta(days=delta)
        prep = rel if rel in ("since", "by", "until", "on") else None
    elif m.group("rel"):
        kind = "relative"
        if published is not None:
            rdir = m.group("rdir").lower()  # ("Last month, the town had ...")
            sign = 1 if rdir in ("next", "coming") else (0 if rdir == "this" else -1)
            unit = m.group("runit")
            if unit == "month":
                first = _shift_month(published, sign)
                last = _month_end(first.year, first.month)
            elif unit == "year":
                first, last = date(published.year + sign, 1, 1), date(published.year + sign, 12, 31)
            else:
                monday = published - timedelta(days=published.weekday()) + timedelta(weeks=sign)
                first, last = monday, monday + timedelta(days=6)
    elif m.group("season"):
        sname = m.group("sname") or m.group("sname2")
        first_m, last_m = _SEASONS[sname]
        if m.group("syear"):
            year = int(m.group("syear"))
        elif published is not None:
            srel = m.group("srel") and m.group("srel").lower()
            year = published.year
            started = (published.month >= first_m) if first_m != 12 else published.month == 12
            if srel in ("next", "coming"):
                year += 1 if started or (first_m == 12 and published.month <= 2) else 0
            elif srel in ("last", "past"):
                year -= 1 if not started or published.month <= last_m else 0
        else:
            year = None
        if year is not None:
            first = date(year, first_m, 1)
            last = _month_end(year + (1 if last_m < first_m else 0), last_m)
    elif m.group("ypt"):
        before = sentence[max(0, m.start() - 12) : m.start()].lower()
        pm = _PREP_BEFORE.search(before)
        prep = pm.group(1) if pm else None
        if m.group("y5"):
            year: int | None = int(m.group("y5"))
        elif published is None:
            year = None
        else:
            year = published.year + {"next": 1, "last": -1}.get(m.group("yrel") or "this", 0)
        if year is not None:
            first, last = _year_part(year, m.group("ypart").lower(), published)
            if forward and published is not None and first <= published < last:
                first = published + timedelta(days=1)  # "by the end of the year", said in October: what is left
    elif m.group("qtr"):
        if _MATCH_CUE.search(sentence):
            return None  # "scored 12 points in the third quarter", "two goals in the first half": a match's part
        before = sentence[max(0, m.start() - 12) : m.start()].lower()
        pm = _PREP_BEFORE.search(before)
        prep = pm.group(1) if pm else None
        forward = forward and not _past_clause(sentence, m.start())
        if published is not None:
            n = 3 if m.group("qn") else 6  # months in the part: a quarter or a half
            q = ("first", "second", "third", "fourth").index(m.group("qn") or m.group("hn"))
            first = date(published.year, n * q + 1, 1)
            if forward and _month_end(published.year, n * q + n) < published:
                first = date(published.year + 1, n * q + 1, 1)  # "will open in the first quarter", said in October
            elif not forward and first > published:
                first = date(published.year - 1, n * q + 1, 1)  # "sold 2m in the fourth quarter", said in March
            last = _month_end(first.year, first.month + n - 1)
    elif m.group("day"):
        kind = "day"
        if published is not None:
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("day").lower()]
            first = last = published + timedelta(days=shift)
    else:
        kind = "year"
        y = int(m.group("y3"))
        prep = m.group("yprep").lower().split()[0]
        yprep = m.group("yprep").lower()
        first, last = _year_part(y, "the end of" if yprep == "end of" else yprep.split()[-1].rstrip("-"), published)
        if prep == "since" and published is not None:
            last = published if published >= first else None  # "since 2020" in a 2019 text: open end
    if m.group("season"):
        kind = "calendar"
    return DateMention(m.start(), m.end(), m.group(0), kind, first, last, prep)


#: words of a match, whose quarters and halves are parts of the game, not of a year
_MATCH_CUE = re.compile(r"\b(?:goals?|scored|scoring|minutes?|half-?time|tries|touchdowns?|yards|match|innings|led|"
                        r"kick|penalty|rebounds|assists|quarterback|coach)\b", re.I)  # (not "points", "game": an
# index's points and a game maker's sales have quarters of the year)


def _past_clause(sentence: str, at: int) -> bool:
    """Whether the clause before ``at`` is in the past tense with no word of its own that looks forward: "Spending
    rose 0.6% in August (in the second quarter), more than economists had expected" places the period in the past,
    whatever a later clause says."""
    clause = sentence[_clause_start(sentence, at) : at]
    return _PAST_VERB.search(clause) is not None and not FORWARD_RE.search(clause)


def _finditer_anchored(sentence: str):  # noqa: ANN202 - a generator of DATE_RE matches
    """DATE_RE matches, tried only where an anchor stands (much faster than DATE_RE.finditer)."""
    pos = 0
    n = len(sentence)
    while pos < n:
        a = _ANCHOR.search(sentence, pos)
        if a is None:
            return
        m = DATE_RE.match(sentence, a.start())
        if m is not None and m.end() > m.start():
            yield m
            pos = m.end()
        else:
            pos = a.end()


_MODAL_NEXT = re.compile(r"\s+(?:be|have|not|also|well|still|take|need|come|see|get|seek|face|lose|\w+)\b")
_MONTH_NEXT = re.compile(r"\s+(?:\d|of\b|and\b|or\b|to\b)")


def _is_modal_may(sentence: str, end: int) -> bool:
    return bool(_MODAL_NEXT.match(sentence, end)) and not _MONTH_NEXT.match(sentence, end)
