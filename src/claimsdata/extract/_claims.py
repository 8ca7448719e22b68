"""Claims: quantities with what a researcher records around them.

For each sentence that can hold a quantity, the claims layer takes the quantities of ``_quantities`` and adds
the speaker (resolving "he said" and bare surnames over earlier sentences), the claim date and the reference
period, the hedge, forecast dates as claims of their own, and the evidence (the sentence span and a bounded
excerpt). Candidates that break the Claim model are dropped and counted, never raised.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from datetime import date, datetime, timedelta

from pydantic import ValidationError

from ..models import Claim, Quantity, make_claim_id
from ._attribution import (CLOSE_TO, CLOSE_TO_GROUPS, GROUP_WORD_SET, SPOKESPEOPLE, Speaker, body_of_spokesperson,
                           find_persons, find_speakers, first_company, forecasters_after, last_body_named, opening_body,
                           pick_speaker, same_outlet)
from ._dates import FORWARD_RE, DateMention, find_dates
from .._patterns import lower_same_length, original_offset, trie_pattern, without_markup
from .. import units
from ._quantities import STATS, _Quantity, local_dollar, not_a_claim, sentence_quantities
from ._sentences import _DATE_HINT, SentenceFinder

log = logging.getLogger(__name__)

#: what separates two clauses of a sentence (each with its own reference period)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:after|before|while|but|whereas|compared\s+with|against)\b")

_HEDGE = re.compile(r"\b(?P<h>" + trie_pattern(
    "probably possibly perhaps maybe may might could likely unlikely estimated reportedly allegedly believed "
    "appear appears seem seems suggest suggests roughly presumably apparently expected projected unconfirmed "
    "unverified".split() + ["thought to", "could not verify"]) + r")\b")  # searched in the lower-cased sentence

_LOOKBACK = 12  # sentences searched back for the antecedent of "he said" or the full name of "Watling said"
_PRONOUN_DEPTH = 4  # "he" -> an earlier "he" -> ...: chains of pronouns followed at most this far
#: the longest evidence excerpt a claim keeps (its whole sentence when shorter)
MAX_EVIDENCE = 600


#: a study's sample right before its size: "in a study of (90,000 people)", "a survey of (2,000 parents)" (not a
#: trial: "its trial of three men" may be a court's)
_SAMPLE_OF_BEFORE = re.compile(r"\b(?:study|survey|poll)\s+of\s+(?:more\s+than\s+|about\s+|nearly\s+)?$")
#: an aside set between a verb of saying and its "that": "warned, for the second time in a week, that"
_ASIDE_AFTER_VERB = re.compile(r",\s([^,]{1,80}),\s+that\b")
#: "since" opening the clause that holds a date: "killed 1,200 since the ceasefire collapsed in March"
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the|a|an|his|her|their|its|it|they|he|she|we)\s+[^,;.]{0,50}?\s+"
                           r"(?:(?:in|on)\s+)?$", re.I)  # ("since the ceasefire collapsed in March", "since it
# opened in 2019")


class _Extractor:
    def __init__(self, text: str, published: date | None, article_id: str, outlet: str | None = None,
                 dollar: str = "USD") -> None:
        self.text = text
        self.dollar = dollar
        self.published = published
        self.article_id = article_id
        self.outlet = outlet
        self._attributions: dict[int, list[Speaker]] = {}  # find_speakers() per sentence start
        self._parsed: dict[int, list[Speaker]] = {}  # the same plus persons introduced, for the look-back
        self._finder = SentenceFinder(text)
        self._person_before: dict[int, Speaker | None] = {}  # sentence start -> last person named before it
        self._known_before: dict[int, dict[str, Speaker]] = {}  # sentence start -> surname -> person named in full

    # -- sentences, found lazily around triggers -------------------------------------------------------------
    def run(self) -> list[Claim]:
        """The claims of the text, sentence by sentence."""
        return [c for span, s in self._finder.sentences() for c in self._sentence(span, s, span[0])]

    def quantities(self) -> list[Quantity]:
        """Every quantity mention of the text (the layer under claims: no dates, no speakers)."""
        out: list[Quantity] = []
        for (offset, _), s in self._finder.sentences():
            for q in self._sentence_quantities(s)[0]:
                try:
                    out.append(Quantity(
                        start=offset + q.start, end=offset + q.end, surface=s[q.start : q.end],
                        dimension=q.dimension, value=q.value, value_low=q.low, value_high=q.high,  # type: ignore[arg-type]
                        unit=q.unit, unit_surface=q.unit_surface, value_written=q.value_written,
                        qualifier=q.qualifier, per=q.per, change=q.change, entity=q.entity,  # type: ignore[arg-type]
                        confidence=q.confidence))
                except ValidationError:
                    STATS["candidates_invalid"] += 1
        return out

    def _sentence_quantities(self, s: str, lower: str | None = None
                             ) -> tuple[list[_Quantity], list[DateMention], bool]:
        """The quantities of a sentence (numbers inside dates left out), its dates, whether it looks forward."""
        plain, cuts = without_markup(s)  # ("Acme Corp. <A HREF=...>ACM.N</A> shares jumped 5 percent": the shares')
        quantities = sentence_quantities(plain, None if cuts else lower)
        if self.dollar != "USD":
            local_dollar(plain, quantities, self.dollar)
        for q in quantities if cuts else ():
            q.start, q.end = original_offset(q.start, cuts), original_offset(q.end - 1, cuts) + 1
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
            prev = self._finder.previous(prev)
            if prev is None:
                return
            yield prev

    def _resolve(self, sp: Speaker, span: tuple[int, int], depth: int = 0) -> Speaker:
        """Resolve a pronoun to the last person named before ``span``; a surname to its full name."""
        if sp.pronoun and not sp.is_person:
            return self._resolve_it(sp, span)
        if sp.pronoun and (group := self._group_before(sp, span)) is not None:
            return _named(sp, group.name, group.role, group.org, is_person=False)
        if sp.pronoun:
            same = [e for e in self._attributions_of(span) if e.end <= sp.start and (e.is_person or e.role) and e.name
                    and not e.pronoun]  # (a body's role is a person: "Acme's chief executive said ... as he warned")
            if same:  # "Henry Tang said he believed ...": the person named before it in the same sentence
                return _named(sp, same[-1].name, same[-1].role, same[-1].org)
            if (named := self._person_named_before(sp, span)) is not None:
                return _named(sp, named.name, named.role, named.org)
            last = self._last_person_before(span, depth)
            if last is not None:
                return _named(sp, last.name, last.role, last.org)
            return sp  # a pronoun nobody can resolve keeps no name
        if sp.name in SPOKESPEOPLE and sp.org is None and sp.role is None and sp.start > 0 and (
                body := body_of_spokesperson(self.text[span[0] : span[0] + sp.start])) is not None:
            return _named(sp, body, sp.name, None)  # "The drone maker shipped ..., a spokeswoman said": its
            # spokeswoman; a spokesperson speaks for a body, as "a spokeswoman for the firm" does ("a military
            # spokesman" keeps the word that describes him, as the gold does)
        if sp.is_person and sp.name and " " not in sp.name:
            for prev in self._earlier(span, 4 * _LOOKBACK):
                for p in self._speakers_of(prev):
                    if p.is_person and p.name and " " in p.name and p.name.split()[-1] == sp.name:
                        return _named(sp, p.name, sp.role or p.role, sp.org or p.org)
        return sp

    def _person_named_before(self, sp: Speaker, span: tuple[int, int]) -> Speaker | None:
        """For "he"/"she": a person named in full in an earlier sentence whose surname this sentence names before
        the pronoun, the last one so named ("Ann Ruiz runs a clinic. ... Ruiz was told to close two wards, she
        said"); None when the sentence names none."""
        before = self.text[span[0] : span[0] + sp.start]
        if (known := self._known_before.get(span[0])) is None:
            known = {}  # (read once per sentence: a run of "she said" costs one look back)
            for prev in self._earlier(span, _LOOKBACK):
                for p in self._speakers_of(prev):
                    if p.is_person and p.name and " " in p.name and not p.pronoun:
                        known.setdefault(p.name.split()[-1], p)
            self._known_before[span[0]] = known
        hits = [(m.start(), p) for w, p in known.items() if w in before
                for m in re.finditer(rf"\b{re.escape(w)}\b", before)]
        return max(hits, key=lambda h: h[0])[1] if hits else None

    def _group_before(self, sp: Speaker, span: tuple[int, int]) -> Speaker | None:
        """For "they", the group that spoke last before it, in this sentence or the one before ("American officials
        have been cautious, saying ... They say up to 2,000 fighters are on the run"); None for any other pronoun,
        or when the last to speak was no group (a person, a company)."""
        if self.text[span[0] + sp.start : span[0] + sp.end].split()[:1] not in (["they"], ["They"]):
            return None
        before = [e for e in self._attributions_of(span) if e.end <= sp.start and e.name and not e.pronoun]
        if not before:
            before = [e for prev in self._earlier(span, 1) for e in self._attributions_of(prev)
                      if e.name and not e.pronoun]
        last = before[-1] if before else None
        if last is None or last.is_person:
            return None
        word = last.name.split()[-1]
        return last if word.lower() in GROUP_WORD_SET or word.lower() == "police" \
            or word.islower() and word.endswith("s") else None  # ("Army commanders", "Police"; not "Acme Systems")

    def _resolve_it(self, sp: Speaker, span: tuple[int, int]) -> Speaker:
        """"it said": who spoke before it in this sentence ("Microsoft said that it plans"), else the body the
        sentence opens with ("The agency, which ..., it said"), else the first company named in this sentence, else
        the last body it names by its kind ("Shares in the airline jumped after it raised"), else the first company
        of the sentence before; no name when there is none."""
        earlier = [e for e in self._attributions_of(span) if e.end <= sp.start and e.name and not e.pronoun]
        if earlier:
            return _named(sp, earlier[-1].name, earlier[-1].role, earlier[-1].org, is_person=earlier[-1].is_person)
        before = self.text[span[0] : span[0] + sp.start]
        company = opening_body(before) or first_company(before) or last_body_named(before) or next(
            (c for prev in self._earlier(span, 1) if (c := self._body_that_spoke(prev)
                                                      or first_company(self.text[prev[0] : prev[1]]))), None)
        return sp if company is None else _named(sp, company, None, None, is_person=False)

    def _body_that_spoke(self, span: tuple[int, int]) -> str | None:
        """The last body (no person, no pronoun) the sentence at ``span`` attributes a saying to: "The Immigration
        Department says ... It says 13 buildings were damaged": what "it" refers to."""
        bodies = [a.name for a in self._attributions_of(span) if a.name and not a.is_person and not a.pronoun]
        return bodies[-1] if bodies else None

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
            persons = [p for p in self._speakers_of(prev) if p.is_person or p.role and not p.pronoun]
            if persons:  # the nearest person decides, even a pronoun nobody can resolve ("he" is that "he")
                last = self._resolve(persons[-1], prev, depth + 1)
                found = last if last.name else None
                break
        self._person_before[span[0]] = found
        return found

    def _sentence(self, span: tuple[int, int], s: str, offset: int) -> list[Claim]:
        lower = lower_same_length(s)
        quantities, dates, forward = self._sentence_quantities(s, lower)
        if not quantities and not dates:
            return []
        quantities = [q for q in quantities if not not_a_claim(s, q)]  # listed as quantities, not recorded as claims
        if quantities and any(q.dimension == "count" for q in quantities):
            sources = [(a.start, a.verb_end) for a in self._attributions_of(span)]
            quantities = [q for q in quantities if not (q.dimension == "count" and any(
                _counts_its_source(s, q, a, b) for a, b in sources))]
        date_claims = self._date_claims(s, dates, forward, has_quantity=bool(quantities))
        if not quantities and not date_claims:
            return []
        resolved = [r for sp in self._attributions_of(span) if (r := self._resolve(sp, span)).name or r.is_person]
        # ("it said" with no company to refer to is dropped; an unresolved "he" keeps its place and no name)
        out: list[Claim] = []
        hedges = [(m.start(), m.end(), m.group("h")) for m in _HEDGE.finditer(lower)  # once per sentence
                  if not (m.group("h") == "may" and s[m.start()] == "M")]  # "in May", "Theresa May": a month or a
        # name, not the modal (which opens a sentence only as a question, marked "?" anyway)
        quoted = '"' in s or "“" in s or "”" in s  # (a sentence that only closes a curly quote is quoted too)
        question = "?" in s
        after_quote: list[Speaker | None] = []  # who closes a quote the sentence leaves open (read once, if needed)
        before_quote: list[Speaker | None] = []  # who spoke before a quote that opens or closes the sentence (once)
        for q in sorted(quantities + date_claims, key=lambda q: q.start):
            sp = forecasters_after(s, q.start, q.end) or pick_speaker(resolved, q.start, q.end)
            if sp is not None and sp.kind == "pre" and (am := _ASIDE_AFTER_VERB.match(s, sp.verb_end)) is not None \
                    and am.start(1) <= q.start and q.end <= am.end(1):
                sp = None  # "the firm warned, for the second time in a week, that ...": the writer's aside
            if sp is not None and q.dimension == "count" \
                    and _SAMPLE_OF_BEFORE.search(s, max(0, q.start - 24), q.start):
                sp = None  # "Researchers found 27 genes ... in a study of 90,000 people": the size of the study is the
                # writer's description of the source, as "according to a poll of 2,000 adults" is
            if sp is not None and sp.name and sp.name.lower().startswith(("our ", "my ")):
                sp = None  # '"According to our analysis, ..."': the speaker's own source, whoever speaks the quote
            if sp is None and quoted and _opens_quote_unclosed(s, q.start):
                if not after_quote:
                    after_quote.append(self._speaker_after_quote(span))
                sp = after_quote[0]  # '"... we should win the next two Tests. We can win the series," Lee said.':
                # a quote that runs on into a later sentence, and who closes it
            if sp is None and quoted and (_in_opening_quote(s, q.start) or _in_closing_quote(s, q.start)):
                if not before_quote:
                    before_quote.append(self._speaker_before_quote(span))
                sp = before_quote[0]  # 'He says they must bat well. "We can make 250 and they need
                # 300."': a quote that opens a sentence and names nobody is the words of the one who spoke just before
            if sp is not None and same_outlet(sp.name, self.outlet):
                sp = None  # the outlet reporting its own figure: no speaker
            claim_date = self._claim_date(dates, sp)
            hedge = "?" if question and _in_question(s, q.start, q.end) else _nearest_hedge(hedges, q)
            if q.dimension == "date":
                ref_start, ref_end = q.ref_first, q.ref_last
            else:
                ref_start, ref_end = self._context_ref(dates, s, q)
            if ref_start is not None and ref_end is not None and ref_start > ref_end:
                STATS["reference_period_dropped"] += 1  # an unresolvable period is unknown, not an error
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
                    entity=None if q.dimension == "count" and q.entity == "times" else q.entity,  # ("head the ball
                    # 1,500 times a year": how often, no thing counted; the quantity keeps "times" as its noun)
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
                STATS["candidates_invalid"] += 1
                log.debug("dropped candidate %r at %d: %s", surface, offset + q.start, exc)
                continue
            STATS["claims"] += 1
            out.append(claim)
        return out

    def _speaker_after_quote(self, span: tuple[int, int]) -> Speaker | None:
        """Who speaks right after the quote that a sentence opens and leaves open closes, within the next
        _QUOTE_RUN sentences ('..., " Lee said.'), resolved; None when the quote closes without one."""
        end = span[1]
        for _ in range(_QUOTE_RUN):
            while end < len(self.text) and self.text[end].isspace():
                end += 1
            if end >= len(self.text):
                return None
            nxt = self._finder.span_at(end)
            t = self.text[nxt[0] : nxt[1]]
            closes = [k for k in (t.find('"'), t.find("”")) if k >= 0]
            if closes:
                c = min(closes)
                after = [sp for sp in self._attributions_of(nxt) if c < sp.start <= c + 3 and sp.name]
                return self._resolve(after[0], nxt) if after else None
            if nxt[1] <= end:
                return None
            end = nxt[1]
        return None

    def _speaker_before_quote(self, span: tuple[int, int], depth: int = 0) -> Speaker | None:
        """Who speaks a quote that opens the sentence at ``span`` and names nobody: the last attribution of the
        sentence before, resolved; if that sentence is itself the opening part of the same quote, whoever speaks
        before that one (up to _QUOTE_RUN sentences back); None when nobody is named."""
        if span[0] == 0 or depth >= _QUOTE_RUN:
            return None
        end = span[0]
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        prev = (self._finder.start_before(max(0, end - 1)), end)  # (the sentence ends where this one starts)
        if prev[0] >= end:
            return None
        named = [r for sp in self._attributions_of(prev) if (r := self._resolve(sp, prev)).name]
        if named:
            return named[-1]
        t = self.text[prev[0] : prev[1]]
        if _in_opening_quote(t, len(t) - 1) and _opens_quote_unclosed(t, len(t) - 1):
            return self._speaker_before_quote(prev, depth + 1)  # the first sentence of a quote that runs on
        return None

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

    def _context_ref(self, dates: list[DateMention], s: str, q: _Quantity) -> tuple[date | None, date | None]:
        """The period a figure refers to: the period date of its own clause ("rose 2% in 2004, after a 31%
        decline in 2003"), else the first one of the sentence."""
        periods = [(d, p) for d in dates if d.kind != "weekday" and d.first is not None
                   and (p := self._period(d, s)) != (None, None)]
        same_clause = [(d, p) for d, p in periods if not _CLAUSE_BREAK.search(
            s, min(d.end, q.end), max(d.start, q.start))]
        if same_clause and all(d.prep == "from" for d, _ in same_clause) and (
                earlier := [p for d, p in periods if d.prep != "from" and d.end <= q.start]):
            return earlier[-1]  # "eased in August, falling 1.2% from July": the month after "from" is the baseline,
            # the period named before it the figure's
        if same_clause:
            return min(same_clause, key=lambda dp: min(abs(dp[0].start - q.end), abs(q.start - dp[0].end)))[1]
        return periods[0][1] if periods else (None, None)

    def _period(self, d: DateMention, s: str = "") -> tuple[date | None, date | None]:
        if d.prep == "as of" or (d.prep in ("by", "through", "until") and d.kind == "calendar"):
            return None, d.last
        if d.prep == "since" or (d.prep in (None, "in") and _SINCE_CLAUSE.search(s, max(0, d.start - 60), d.start)):
            # up to publication ("since the ceasefire collapsed in March" too); open when "since" a later date
            return d.first, self.published if self.published and d.first and self.published >= d.first else None
        if d.kind in ("relative", "year") or (d.kind == "calendar" and d.first != d.last):
            return d.first, d.last
        return None, None


    # -- dates as claims ------------------------------------------------------------------------------------
    def _date_claims(self, s: str, dates: list[DateMention], forward: bool, *,
                     has_quantity: bool) -> list[_Quantity]:
        """Forecast and readiness dates are claims; dates that place an event or a figure are context.

        A month, a season or a part of a year ("by mid-2024") is a claim in a sentence that looks forward, and with
        a figure only as its deadline ("to cut 500 jobs by March"); a year, a part of a year named by words ("by the
        end of the year", "early next year") or "next month" (not "next week") only where no figure is (with one,
        it is the figure's period: "prices to fall 5% next year").
        """
        out: list[_Quantity] = []
        if not forward or self.published is None:
            return out
        for d in dates:
            if d.first is None or d.last is None or d.first <= self.published:
                continue
            if d.kind != "calendar" and (d.kind not in ("relative", "year") or has_quantity
                                         or d.last - d.first < timedelta(days=20)):
                continue  # (a week ahead is a schedule, not a forecast: "the talks continue next week")
            deadline = d.prep in ("by", "until", "till", "before", "after")
            if d.prep == "on" or (has_quantity and not deadline):
                continue
            if has_quantity and _YEAR_NAMED_BY_WORDS.search(d.text):
                continue  # "to close 120 stores by the end of the year": a part of this or next year beside a
                # figure is its period, as the year itself is ("prices to fall 5% next year")
            qual = {"by": "at_most", "before": "less_than", "until": "at_least", "till": "at_least",
                    "after": "more_than"}.get(
                d.prep or "", "exact")
            start = d.end - 4 if d.kind == "year" else d.start  # "in 2024": the year, its preposition aside
            out.append(_Quantity(start, d.end, "date", None, None, None, "date", None, qual, None, 0.75,
                                 d.first, d.last))
        return out

    # -- quantities -----------------------------------------------------------------------------------------
def _named(sp: Speaker, name: str | None, role: str | None, org: str | None, *, is_person: bool = True) -> Speaker:
    """``sp`` with the person or company it refers to (built directly: dataclasses.replace is slow on a hot path)."""
    return Speaker(name, role, org, sp.via, sp.start, sp.end, sp.verb_end, sp.pronoun, is_person, sp.kind, sp.weak,
                   sp.governs_before, sp.reach, sp.scope_start)


#: a year named by words, not by its number: "the end of the year", "early next year"
_YEAR_NAMED_BY_WORDS = re.compile(r"\b(?:the|this|next|last)\s+year\b", re.I)
#: how many sentences a quote opened and left open may run on before the one that closes it
_QUOTE_RUN = 3


def _opens_quote_unclosed(s: str, p: int) -> bool:
    """Whether position ``p`` of sentence ``s`` is inside a quote the sentence opens and does not close (the
    sentence opens no quote of an earlier one: straight quotes are counted from its start)."""
    if s.count('"') % 2 == 1 and s.count('"', 0, p) % 2 == 1:
        return True
    return s.count("“", 0, p) > s.count("”", 0, p) and "”" not in s[p:]


def _in_opening_quote(s: str, p: int) -> bool:
    """Whether position ``p`` of sentence ``s`` is inside a quote that opens the sentence (before it closes, if it
    does)."""
    t = s.lstrip()
    if not t or t[0] not in '"“':
        return False
    first = len(s) - len(t)
    close = s.find('"' if t[0] == '"' else "”", first + 1)
    return first < p and (close < 0 or p < close)


def _in_closing_quote(s: str, p: int) -> bool:
    """Whether position ``p`` of sentence ``s`` is before a quote mark that closes a quote opened in an earlier
    sentence ('We can win it all." - a straight quote after a stop, or a curly closing quote with no opening one
    before it)."""
    curly = s.find("”")
    if curly >= 0 and "“" not in s[:curly]:
        return p < curly
    straight = s.find('"')
    return straight > 0 and s.count('"') % 2 == 1 and s[straight - 1] in ".,!?" and p < straight


_QUESTION_REACH = 300  # characters read on either side of a figure for the question it stands in
#: the mark that ends a clause of the sentence (not a decimal point or an abbreviation's dot: "$2.5bn", "U.S.?")
_TERMINAL = re.compile(r"[.!?](?=[\s\"”’')]|$)")
#: a clause the writer joins on after a figure, so the question that follows it asks about something else
_JOINED_CLAUSE = re.compile(r"[;:]\s|\s[-–—]\s|,\s+(?:but|and|yet|so)\s")
#: where a question opens: the sentence's start, a quotation mark, or a clause joined on before the figure
_QUESTION_OPENS = re.compile(r".*(?:[\"“]|;\s|:\s|\s[-–—]\s|,\s+(?:but|and|yet|so)\s|^)", re.S)
#: how a yes/no question or a condition opens ("Could the bill reach", "But is it", "If prices rise"): its figure is
#: asked about or supposed, where the figure of a question with "why", "what" or "how" is taken as given (and a
#: sentence that only ends in a question, "It has been asked 55 times, so what do you want?", states its figure)
_ASKS_WHETHER = re.compile(r"\s*(?:(?:but|and|so|or|plus|then)\s+|what\s+(?=if\b))?(?:is|are|was|were|do|does|did|"
                           r"can|could|will|would|should|shall|may|might|must|has|have|had|if)(?:n[’']t)?\b", re.I)


def _in_question(s: str, start: int, end: int) -> bool:
    """A figure asked about, not stated: it stands in a yes/no question ("Could the bill reach $40 billion?",
    '"Is $5m enough?" she asked', "If prices rise 5%, will demand fall?"), not in "Sales rose 5%, but can it
    last?" nor in "Why did sales fall 5%?"."""
    m = _TERMINAL.search(s, end, end + _QUESTION_REACH)  # (bounded, so that a long sentence costs linear time)
    if m is None or m.group() != "?" or _JOINED_CLAUSE.search(s, end, m.start()) is not None:
        return False
    lo = max(0, start - _QUESTION_REACH)
    opening = _QUESTION_OPENS.match(s, lo, start)  # (None when the question opens further back than the reach)
    return opening is not None and _ASKS_WHETHER.match(s, opening.end()) is not None


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


def stats() -> dict[str, int]:
    """Counters of this process's extraction runs: claims made, candidates dropped and why, texts read."""
    return dict(STATS)


def reset_stats() -> None:
    """Set the counters of :func:`stats` to zero."""
    STATS.clear()


def extract_quantities(text: str, *, dollar: str = "USD") -> list[Quantity]:
    """Every quantity mention in ``text`` as a reader would list it, in order of position.

    The layer under :func:`extract_claims`: value, interval, qualifier, dimension, canonical unit, the unit and
    value as written, rate, change and the noun phrase; no dates, speakers or reference periods. ``dollar`` is the
    currency a bare "$", "dollars" or "cents" means (the outlet's: "AUD" for an Australian one). Never raises on
    a ``str``; time is linear in the length of the text.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities() needs a str, not {type(text).__name__}")
    return _Extractor(text, None, "text", dollar=units.checked_dollar(dollar)).quantities()


def extract_claims(text: str, published: date | str | None = None, *, article_id: str = "text",
                   outlet: str | None = None, dollar: str = "USD") -> list[Claim]:
    """Every quantitative claim in ``text``, in order of position.

    ``published`` (a date, a datetime or pandas Timestamp, whose day is taken, or an ISO date or time string)
    resolves weekdays, bare months and relative dates; ``article_id`` goes into each
    claim's ``article_id`` and stable ``claim_id``; ``outlet`` names the publication, which is never a
    speaker of its own article (its claims have a null speaker); ``dollar`` is the currency a bare "$", "dollars" or
    "cents" means (USD unless the outlet's is another: "AUD" for an Australian outlet). Never raises on a ``str``;
    candidates that fail validation are dropped and counted in :func:`stats`. Time is linear in the length of the
    text.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_claims() needs a str, not {type(text).__name__}")
    dollar = units.checked_dollar(dollar)
    STATS["texts"] += 1
    return _Extractor(text, _publication_day(published), article_id, outlet, dollar).run()


def _counts_its_source(s: str, q: _Quantity, start: int, verb_end: int) -> bool:
    """Whether count ``q`` only says how many speak in the attribution from ``start`` to ``verb_end``: "..., the two
    companies said", "Two scientists say" (no claim); not "Lee, who has won five titles, said", nor "one of the two
    rebel groups said"."""
    opens_it = start <= q.start and _SOURCE_OPENING.fullmatch(s, start, q.start) is not None \
        or q.end < start and s[q.end : start].isspace()
    if opens_it and _FIGURE_FORECAST_BEFORE.search(s, max(0, q.start - 12), q.start):
        return False  # "short of the 420,000 analysts had expected": a figure others forecast, not their count
    return opens_it and q.end <= verb_end and not s.endswith(" of ", 0, start) and (
        len(s[q.end : verb_end].split()) <= 4 or _CLOSE_TO_AFTER.match(s, q.end) is not None
        and len(s[q.end : verb_end].split()) <= 10)  # ("two sources familiar with the case said")


#: sources who speak from close to a matter, right after their count: "two sources familiar with the case"
_CLOSE_TO_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:" + "|".join(CLOSE_TO_GROUPS) + rf")\s+(?:{CLOSE_TO})\b")


#: a figure set against a forecast, before the forecasters: "short of the 420,000 analysts had expected", "above
#: the 3% economists forecast"
_FIGURE_FORECAST_BEFORE = re.compile(r"\b(?:of|than|above|below|beat|beating|missed|missing|from|to|with)\s+the\s+$")
#: what may open the words that name a source before a count of them: ", the two companies said"
_SOURCE_OPENING = re.compile(r"[,\s]*(?:(?:the|The|all|All)\s+)?")


def _publication_day(published: object) -> date | None:
    """The day an article was published, from a date, a datetime (or pandas Timestamp) or an ISO date string."""
    if published is None or type(published) is date:
        return published
    if published != published:  # noqa: PLR0124 (a missing value of pandas or NumPy: NaT, NaN)
        return None
    if isinstance(published, datetime):  # (a subclass of date, which compares with dates only by raising)
        day = published.date()
        return day if isinstance(day, date) else None  # (pandas' NaT, a missing time, has no day)
    if isinstance(published, str):
        try:
            return datetime.fromisoformat(published.strip()).date()  # ("2022-10-05", "2022-10-05T14:00:00Z")
        except ValueError:
            raise ValueError(f"extract_claims(): published {published!r} is not an ISO date (YYYY-MM-DD)") from None
    if isinstance(published, date):
        return date(published.year, published.month, published.day)
    raise TypeError(f"extract_claims(): published must be a date or an ISO date string, not {type(published).__name__}")
