from __future__ import annotations

from datetime import date
import re
from pathlib import Path

import pytest
import pandas as pd
import yaml

import claimsdata
from claimsdata import CodebookError, extract_claims
from claimsdata.codebook import link_claims, read_codebook

from .conftest import RAW, ROOT

CB = read_codebook(RAW / "codebook.yaml")


def test_codebook_covers_every_reference_key_and_is_shipped():
    frame = claimsdata.load_codebook()
    claims = claimsdata.load_claims()
    assert set(claims["claim_key"].dropna()) <= set(frame["claim_key"])
    assert frame["claim_key"].is_unique and frame["description"].str.len().min() > 5
    for base in ("us_cumulative_security_assistance_usd", "us_cumulative_security_assistance_since_invasion_usd",
                 "us_cumulative_security_assistance_since_2014_usd"):
        row = frame.set_index("claim_key").loc[base]
        assert row["cumulative"] and row["baseline"]
    assert len(set(frame.set_index("claim_key").loc[
        ["us_cumulative_security_assistance_usd", "us_cumulative_security_assistance_since_invasion_usd",
         "us_cumulative_security_assistance_since_2014_usd"], "baseline"])) == 3


def test_seed_claims_link_to_their_keys():
    claims = claimsdata.load_claims()
    ext = claims[claims["method"] == "extracted"].set_index("surface")["claim_key"]
    assert ext["more than 200,000"] == "russia_mobilized_total"
    assert ext["$625 million"] == "us_pda_package_usd"


def test_unlinked_claims_keep_a_null_key():
    claims, notes = link_claims(extract_claims("The bakery sold 300 loaves.", date(2022, 10, 5)), CB)
    assert [c.claim_key for c in claims] == [None] and notes == []


def test_linking_set_precision_and_recall():
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from linking import score  # the benchmark's own scorer

    items = yaml.safe_load((ROOT / "tests" / "data" / "linking.yaml").read_text())
    result = score(CB, items)
    assert result["tp"] >= 15 and result["tn"] >= 5
    assert result["precision"] >= 0.9 and result["recall"] >= 0.9, result["errors"]


@pytest.mark.parametrize(
    "body, message",
    [
        ("keys: {Bad Key: {description: x, dimension: count, unit: count}}", "snake_case"),
        ("keys: {k: {description: x, dimension: weight, unit: kg}}", "dimension"),
        ("keys: {k: {description: x, dimension: count, unit: count, link: {dimension: count, all: ['(']}}}",
         "link regex"),
        ("keys: {k: {description: x, dimension: count, unit: count, part_of: nope}}", "part_of"),
        ("keys: [1, 2]", "mapping"),
    ],
)
def test_bad_codebooks_are_refused(tmp_path: Path, body: str, message: str):
    p = tmp_path / "cb.yaml"
    p.write_text(body)
    with pytest.raises(CodebookError, match=message):
        read_codebook(p)


def _book(tmp_path: Path, link: str) -> Path:
    p = tmp_path / "cb.yaml"
    p.write_text("keys:\n  k:\n    description: a figure\n    dimension: count\n    unit: count\n"
                 f"    link: {link}\n")
    return p


@pytest.mark.parametrize(
    "link, text, published, linked",
    [
        ("{dimension: count, any: ['\\bhomes\\b', '\\bflats\\b']}", "The council built 300 flats.", None, True),
        ("{dimension: count, any: ['\\bhomes\\b', '\\bflats\\b']}", "The council built 300 schools.", None, False),
        ("{dimension: count, entity: ['^homes?$']}", "The council built 300 homes.", None, True),
        ("{dimension: count, entity: ['^homes?$']}", "The council built 300 new homes.", None, False),
        ("{dimension: count, speaker: ['housing office']}", "The city housing office said 300 homes were built.",
         None, True),
        ("{dimension: count, speaker: ['housing office']}", "The mayor said 300 homes were built.", None, False),
        ("{dimension: count, after: 2024-01-01, before: 2024-12-31}", "The council built 300 homes.",
         date(2024, 6, 1), True),
        ("{dimension: count, after: 2024-01-01}", "The council built 300 homes.", date(2023, 6, 1), False),
    ],
)
def test_link_rules_on_entity_speaker_keywords_and_dates(tmp_path: Path, link: str, text: str,
                                                         published: date | None, linked: bool):
    book = _book(tmp_path, link)
    claims = extract_claims(text, published)
    got, _ = link_claims(claims, book)
    assert [c.claim_key for c in got] == (["k"] if linked else [None])
    # the frame form gives the same, with the publication date taken from the articles when given
    frame = pd.DataFrame([c.to_record() for c in claims])
    articles = pd.DataFrame({"article_id": [c.article_id for c in claims], "published": [pd.Timestamp(published)]})
    linked_frame, _ = link_claims(frame.assign(claim_date=None), book, articles=articles)
    assert linked_frame["claim_key"].fillna("-").tolist() == (["k"] if linked else ["-"])


def test_ties_stay_unlinked_with_a_note(tmp_path: Path):
    p = tmp_path / "cb.yaml"
    p.write_text("keys:\n"
                 "  a: {description: one, dimension: count, unit: count, link: {dimension: count, all: [homes]}}\n"
                 "  b: {description: two, dimension: count, unit: count, link: {dimension: count, all: [built]}}\n")
    got, notes = link_claims(extract_claims("The council built 300 homes.", None), p)
    assert got[0].claim_key is None and len(notes) == 1 and ("a, b" in notes[0] or "b, a" in notes[0])


def test_organisation_aliases_live_in_the_codebook(tmp_path: Path):
    p = tmp_path / "cb.yaml"
    p.write_text("aliases: {Ministry of Defense: Ministry of Defence}\n"
                 "keys: {k: {description: a figure, dimension: count, unit: count}}\n")
    book = read_codebook(p)
    assert book.canonical_org("Ministry of Defense") == "Ministry of Defence"
    assert book.canonical_org("Ministry of Health") == "Ministry of Health" and book.canonical_org(None) is None
    p.write_text("aliases: [a, b]\nkeys: {k: {description: a figure, dimension: count, unit: count}}\n")
    with pytest.raises(CodebookError, match="aliases"):
        read_codebook(p)
    # the built dataset spells each organisation one way (build applies the shipped aliases)
    orgs = set(claimsdata.load_claims()["speaker_org"].dropna())
    assert not {alias for alias in CB.aliases if alias in orgs}


def test_every_description_says_more_than_its_key():
    """A description that only spells out the key ("Kherson bridges destroyed.") tells a reader nothing new."""
    frame = claimsdata.load_codebook()
    for key, description in zip(frame["claim_key"], frame["description"], strict=True):
        words = set(re.findall(r"[a-z0-9]+", description.lower()))
        assert len(words - set(key.split("_"))) >= 3, (key, description)


def test_every_speaker_organisation_has_a_type_in_the_data():
    orgs = claimsdata.load_organisations()
    assert orgs["speaker_org"].is_unique
    assert set(claimsdata.load_claims()["speaker_org"].dropna()) <= set(orgs["speaker_org"])
    assert set(orgs["type"]) <= {"government", "military", "intelligence", "intergovernmental", "media", "research"}


def test_a_bad_organisation_entry_is_refused(tmp_path: Path):
    p = tmp_path / "cb.yaml"
    p.write_text("organisations: {Some Body: {type: church}}\n"
                 "keys: {k: {description: a figure we track, dimension: count, unit: count}}\n")
    with pytest.raises(CodebookError, match="Some Body"):
        read_codebook(p)


_UNIT_WORDS = {"km": "m", "km2": "m2", "m2": "m2", "usd": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB",
               "uah": "UAH", "days": "day", "weeks": "day", "months": "day", "years": "year", "pct": "percent"}


def test_a_unit_in_a_key_name_is_the_unit_its_values_are_stored_in():
    frame = claimsdata.load_codebook()
    for key, unit in zip(frame["claim_key"], frame["unit"], strict=True):
        last = key.split("_")[-1]
        if last in _UNIT_WORDS and last not in ("weeks", "months", "km", "km2"):
            assert _UNIT_WORDS[last] == unit, (key, unit)
        assert last not in ("km", "km2", "weeks", "months"), f"{key}: stored in {unit}, named in {last}"
