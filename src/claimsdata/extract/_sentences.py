"""Sentences: where they start and end, which of them can hold a quantity, and windows over long runs.

Only sentences with a trigger (a digit, a currency sign, a number, month or multiple word) are read in full.
A run of text longer than MAX_SENTENCE without a sentence end (a table, a list, a line of digits) is read in
windows cut at white space, so that no cost grows faster than the text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from .. import units
from . import _numbers as nums
from ._attribution import SAY_WORDS
from ._dates import MONTHS
from .._patterns import lower_same_length, trie_pattern

#: the longest stretch of text read as one sentence; a longer run without a sentence end (a table, a list, a
#: line of digits) is read in windows cut at white space, so that no cost grows faster than the text
MAX_SENTENCE = 1000
#: the longest evidence excerpt a claim keeps (its whole sentence when shorter)
MAX_EVIDENCE = 600


_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Prof Gen Lt Col Sgt Capt Adm Gov Sen Rep St Jr Sr Inc Ltd Co Cos Bros Corp vs No Nos NO Vol "
    "approx est Mon Tue Wed Thu Fri Sat Sun U.S U.K U.N E.U a.m p.m e.g i.e etc Ft Mt Ch p pp"
).split() + [m for m in MONTHS if len(m) <= 4 and m.capitalize() not in calendar.month_name]  # "Oct.", "oct."
_NOT_AFTER = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS) + r"(?<!\b[A-Z]\.)"
#: a sentence ends at . ! ? (not after an abbreviation or an initial) before a capital, digit or quote; or at a newline
#: (only the first mark of a run of them starts an end, and the run is taken whole: linear on "......")
#: a question or exclamation quoted before its named speaker, which does not end the sentence: '"Is it worth
#: $1.5 billion?" Wallace asked.' (a lower-case "the host asked" never looked like a new sentence)
_QUOTE_THEN_SPEAKER = r"(?![\"'”’]+\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:" + trie_pattern(SAY_WORDS) + r")\b)"
_SENT_END = re.compile(r"(?:(?<![.!?])(?:\." + _NOT_AFTER + r"|[!?]" + _QUOTE_THEN_SPEAKER + r")"
                       r"|(?<=[A-Za-z]\.)\.(?!\.))"  # (or the full stop a copy set after an abbreviation's: "Roebuck &
                       # Co.. Shares")
                       r"[.!?]*+[\"'”’)]*+\s+(?=[\"'“‘(]?[A-Z0-9$£€])|\n+")


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


_MONTH_TRIGGER = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
#: what may start a claim: a digit or currency sign, and (over the lower-cased text, one trie) a number word, a
#: month, "a month", "next summer"
_TRIGGER_CHAR = re.compile(r"[\d" + re.escape(units.CURRENCY_SIGNS) + nums.VULGAR_FRACTIONS + "]")
_TRIGGER_LOWER = re.compile(r"\b(?:" + trie_pattern(
    nums.TRIGGER_WORDS
    + "january february march april may june july august september october november december jan feb mar apr jun "
      "jul aug sep sept oct nov dec".split()
    + [f"{a} {u}" for a in ("a", "an") for u in "month week year decade hour day minute fortnight century".split()]
    + [f"a second {w}" for w in nums.ARTICLE_SPAN_AFTER]  # ("a second behind": not every "a second")
    + [f"{a} {u}" for a in ("a", "an") for u, (dim, _) in units.UNIT_TABLE.items()
       if dim in nums.ARTICLE_MEASURE_DIMENSIONS and u.replace(" ", "").isalpha() and not u.endswith("s")]  # ("a foot
    # of snow")
    + [f"{r} {x}" for r in "next last this coming past".split() for x in "spring summer autumn fall winter".split()]
    + ["next month", "next year", "coming year", "later this year", "the end of the year"]  # (a week ahead is no
    # claim of its own)
) + r")\b")
#: a sentence with no quantity is read for dates only when it has one of these (a month, a season, a year, a
#: month or year ahead)
_DATE_HINT = re.compile(r"\b" + _MONTH_TRIGGER + r"|\b(?:spring|summer|autumn|fall|winter|(?:19|20)\d\d"
                        r"|next\s+(?:month|year)|coming\s+year|this\s+year|the\s+year)\b")

class SentenceFinder:
    """Sentences of one text, found lazily around triggers; earlier sentences on demand (for look-backs)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._floor = 0  # a known sentence boundary: nothing before it is searched again
        self._prev_cache: dict[int, tuple[int, int] | None] = {}  # sentence start -> the sentence before it

    def start_before(self, p: int, floor: int = 0) -> int:
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

    def span_at(self, p: int, floor: int = 0) -> tuple[int, int]:
        """The sentence (or, in a run longer than MAX_SENTENCE, the window) that contains position ``p``."""
        text = self.text
        start = self.start_before(p, floor)
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

    def previous(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The sentence before ``span``, or None at the start of the text (cached)."""
        if span[0] in self._prev_cache:
            return self._prev_cache[span[0]]
        i = span[0] - 1
        while i >= 0 and self.text[i].isspace():
            i -= 1
        prev = None if i < 0 else self.span_at(i)
        self._prev_cache[span[0]] = prev
        return prev

    def sentences(self) -> Iterator[tuple[tuple[int, int], str]]:
        """The sentences (span, text) that hold a trigger (a digit, a currency sign, a number or time word):
        only these are read in full."""
        text = self.text
        pos = 0
        scans: list[tuple[re.Pattern[str], str]] = [(_TRIGGER_CHAR, text), (_TRIGGER_LOWER, lower_same_length(text))]
        ahead: list[re.Match[str] | None] = [p.search(t) for p, t in scans]  # the next hit of each scan
        last: tuple[int, int] | None = None
        while True:
            for i, hit in enumerate(ahead):
                if hit is not None and hit.start() < pos:
                    ahead[i] = scans[i][0].search(scans[i][1], pos)
            hits = [h for h in ahead if h is not None]
            if not hits:
                break
            m = min(hits, key=lambda h: h.start())
            s0, s1 = self.span_at(m.start(), self._floor)
            if s1 <= m.start():  # the trigger sat in the whitespace between sentences
                pos = m.end()
                continue
            if last is not None and s0 not in self._prev_cache and not text[last[1] : s0].strip():
                self._prev_cache[s0] = last  # consecutive sentences: the look-back needs no search
            last = (s0, s1)
            yield last, text[s0:s1]
            pos = self._floor = max(s1, m.end())

