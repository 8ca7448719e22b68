"""docs/linking.md: its example codebook is valid and links its example sentences as the page says."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from claimsdata import extract_claims, link_claims
from claimsdata.codebook import read_codebook

from .conftest import ROOT

DOC = (ROOT / "docs" / "linking.md").read_text(encoding="utf-8")
PROSE = " ".join(DOC.split())  # the examples wrap across lines
EXAMPLES = re.findall(r'"([^"]+?\.)" links to (?:`(\w+)`|nothing)', PROSE)


@pytest.fixture(scope="module")
def codebook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    block = re.search(r"```yaml\n(.*?)```", DOC, re.S)
    assert block is not None, "the page shows no YAML example"
    path = tmp_path_factory.mktemp("doc") / "housing.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    read_codebook(path)  # valid
    return path


def test_the_page_has_examples():
    assert len(EXAMPLES) >= 5 and any(key == "" for _, key in EXAMPLES)


@pytest.mark.parametrize("sentence, key", EXAMPLES)
def test_example_links_as_documented(codebook: Path, sentence: str, key: str):
    claims, notes = link_claims(extract_claims(sentence, date(2024, 5, 2)), codebook)
    assert notes == []
    assert [c.claim_key for c in claims] == [key or None], [(c.surface, c.claim_key) for c in claims]
