from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from claimsdata import Claim
from claimsdata.models import CLAIM_COLUMNS, make_claim_id

CONTRACT = [
    "claim_id", "article_id", "method", "claim_key", "dimension", "value", "value_low", "value_high", "unit",
    "unit_surface", "surface", "qualifier", "entity", "speaker", "speaker_role", "speaker_org", "via", "hedge",
    "claim_date", "ref_start", "ref_end", "start", "end", "sentence", "source_url", "confidence",
]


def _claim(**kw):
    base = dict(claim_id="c1", article_id="a1", method="extracted", dimension="count", value=5.0, value_low=5.0,
                value_high=5.0, unit="count", surface="5", qualifier="exact", start=0, end=1, sentence="5.",
                confidence=0.9)
    base.update(kw)
    return Claim(**base)


#: columns added to the contract since (added after it, never renamed)
ADDITIONS = ["per", "value_written", "change", "sentence_start", "sentence_end"]


def test_record_has_exactly_the_contract_columns_in_order():
    assert list(CLAIM_COLUMNS) == CONTRACT + ADDITIONS
    assert list(_claim().to_record()) == CONTRACT + ADDITIONS


def test_non_finite_values_are_refused():
    with pytest.raises(ValidationError):
        _claim(value=float("inf"), value_low=None, value_high=None)
    with pytest.raises(ValidationError):
        _claim(value=None, value_low=float("nan"), value_high=5.0)


@pytest.mark.parametrize(
    "change, message",
    [
        (dict(value_low=4.0, value_high=4.5), "outside"),
        (dict(value_low=7.0, value_high=6.0, value=None), "value_low"),
        (dict(dimension="money", unit="dollars"), "ISO 4217"),
        (dict(dimension="duration", unit="week"), "canonical"),
        (dict(start=3, end=2), "start"),
        (dict(start=None, end=None), "offsets"),
        (dict(method="coded", start=None, end=None, source_url=None), "source_url"),
        (dict(confidence=1.5), "less than or equal"),
        (dict(qualifier="roughly"), "Input should be"),
        (dict(ref_start=date(2022, 2, 1), ref_end=date(2022, 1, 1)), "ref_start"),
        (dict(colour="red"), "Extra inputs"),
    ],
)
def test_invalid_claims_are_refused(change, message):
    with pytest.raises(ValidationError, match=message):
        _claim(**change)


def test_claims_are_frozen():
    c = _claim()
    with pytest.raises(ValidationError):
        c.value = 3.0  # type: ignore[misc]


def test_claim_id_is_stable_and_distinguishes_parts():
    assert make_claim_id("a", 1, 2) == make_claim_id("a", 1, 2)
    assert make_claim_id("a", 1, 2) != make_claim_id("a", 12)
    assert len(make_claim_id("x")) == 16
