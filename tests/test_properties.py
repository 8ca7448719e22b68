"""Properties of the extractor over generated text (Hypothesis).

The suite runs the ``ci`` profile (a fixed, derandomised budget); ``benchmarks/properties.py`` runs the same
properties under the ``long`` profile with many more examples.
"""

from __future__ import annotations

import math
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from claimsdata import extract_claims, extract_quantities

#: pieces of news-like text that reach every branch of the grammar, glued with and without spaces
_TOKENS = [
    "5", "12", "1,000", "3.5", "0.25", "200,000", "1.2", "2004", "1999", "-", "–", "to", "and", "or", "between",
    "from", "minus", "more than", "nearly", "about", "up to", "at least", "$", "A$", "US$", "£", "€", "¥", "USD",
    "m", "bn", "million", "billion", "thousand", "hundred", "k", "%", "percent", "per cent", "basis points", "C",
    "F", "degrees", "km", "miles", "mph", "kg", "tonnes", "sq km", "years", "year-old", "months", "weeks", "days",
    "a", "an", "one", "two", "twenty-five", "half", "a third", "dozens of", "tens of thousands", "several",
    "people", "troops", "homes", "a barrel", "a day", "per share", "January", "May", "March", "Tuesday",
    "last week", "next month", "since", "by", "in", "on", "said", "says", "told", "according to", "He", "She",
    "Mr", "Ms", "Dr.", "U.S.", "Anna Berg", "Sergei Shoigu", "the ministry", "officials", "will", "may",
    "probably", "estimated", ".", ",", ";", "(", ")", "[", "]", "\n", "\"", "'", "İ", "ß", "\u00a0", "&amp;",
]
_GLUE = st.sampled_from([" ", " ", " ", "", ". ", ", ", "\n"])
_PIECE = st.one_of(st.sampled_from(_TOKENS), st.text(max_size=4))
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.tuples(_PIECE, _GLUE), max_size=60).map(lambda parts: "".join(a + b for a, b in parts)),
)
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@given(TEXTS, PUBLISHED)
def test_claims_are_well_formed_for_any_text(text, published):
    claims = extract_claims(text, published, article_id="doc")
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.surface
        assert c.sentence_start <= c.start and c.end <= c.sentence_end <= len(text)
        assert c.sentence in text[c.sentence_start : c.sentence_end]
        values = [v for v in (c.value_low, c.value, c.value_high) if v is not None]
        assert all(math.isfinite(v) for v in values)
        assert values == sorted(values)
        if published is not None and c.claim_date is not None:
            assert c.claim_date <= published
        if c.ref_start is not None and c.ref_end is not None:
            assert c.ref_start <= c.ref_end
    for a, b in zip(claims, claims[1:], strict=False):
        assert a.end <= b.start
    assert len({c.claim_id for c in claims}) == len(claims)


@given(TEXTS, PUBLISHED)
def test_extraction_is_deterministic(text, published):
    first = [c.to_record() for c in extract_claims(text, published, article_id="doc")]
    again = [c.to_record() for c in extract_claims(text, published, article_id="doc")]
    assert first == again


@given(TEXTS, TEXTS, PUBLISHED)
def test_text_appended_after_the_last_sentence_changes_nothing_before_it(text, more, published):
    before = [c.to_record() for c in extract_claims(text, published, article_id="doc")]
    after = [c.to_record() for c in extract_claims(text + "\n\n" + more, published, article_id="doc")]
    assert after[: len(before)] == before


@given(TEXTS)
def test_quantities_are_well_formed_for_any_text(text):
    quantities = extract_quantities(text)
    for q in quantities:
        assert text[q.start : q.end] == q.surface
        values = [v for v in (q.value_low, q.value, q.value_high) if v is not None]
        assert all(math.isfinite(v) for v in values) and values == sorted(values)
    for a, b in zip(quantities, quantities[1:], strict=False):
        assert a.end <= b.start
