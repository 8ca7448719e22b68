"""Every figure the DATASHEET and the README state about the dataset comes from the built tables."""

from __future__ import annotations

import re

import pytest

import claimsdata

from .conftest import ROOT


def _prose(name: str) -> str:
    return " ".join((ROOT / name).read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def facts() -> dict[str, int]:
    claims, articles, codebook = claimsdata.load_claims(), claimsdata.load_articles(), claimsdata.load_codebook()
    coded = claims[claims["method"] == "coded"]
    return {
        "claims": len(claims), "articles": len(articles),
        "extracted": int((claims["method"] == "extracted").sum()), "coded": len(coded),
        "coded_pages": coded["article_id"].nunique(),
        "coded_outlets": articles.loc[articles["article_id"].isin(coded["article_id"]), "outlet"].nunique(),
        "keys": len(codebook), "undated_coded": int(coded["claim_date"].isna().sum()),
        "with_language": int(articles["language"].notna().sum()),
    }


# (document, pattern with one number per group, the facts those numbers are)
STATEMENTS = [
    ("DATASHEET.md", r"`claims` \((\d[\d,]*) rows\)", ["claims"]),
    ("DATASHEET.md", r"`articles` \((\d[\d,]*) rows\)", ["articles"]),
    ("DATASHEET.md", r"(\d[\d,]*) claims are `extracted`", ["extracted"]),
    ("DATASHEET.md", r"(\d[\d,]*) are `coded`", ["coded"]),
    ("DATASHEET.md", r"from (\d[\d,]*) public pages of (\d[\d,]*) outlets", ["coded_pages", "coded_outlets"]),
    ("DATASHEET.md", r"(\d[\d,]*) codebook keys", ["keys"]),
    ("DATASHEET.md", r"\((\d[\d,]*) of (\d[\d,]*) coded rows\)", ["undated_coded", "coded"]),
    ("README.md", r"\((\d[\d,]*) claims from (\d[\d,]*) articles", ["claims", "articles"]),
    ("README.md", r"the (\d[\d,]*) quantities they measure", ["keys"]),
]


@pytest.mark.parametrize("doc, pattern, names", STATEMENTS)
def test_stated_figures_match_the_built_tables(facts, doc: str, pattern: str, names: list[str]):
    found = re.search(pattern, _prose(doc))
    assert found is not None, f"{doc} no longer states {pattern!r}: update the statement and this test together"
    stated = [int(g.replace(",", "")) for g in found.groups()]
    assert stated == [facts[n] for n in names], f"{doc}: {found.group(0)!r}"


def test_the_datasheet_claims_no_languages_the_tables_do_not_hold(facts):
    text = _prose("DATASHEET.md")
    assert "in 22 languages" not in text  # the reference README counts them; the articles table does not
    assert facts["with_language"] >= 1
