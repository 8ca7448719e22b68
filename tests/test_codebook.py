from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
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
