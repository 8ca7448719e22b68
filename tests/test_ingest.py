from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimsdata import FrontMatterError, read_article
from claimsdata.ingest import read_articles

from .conftest import RAW, SHARED

GOOD = """---
article_id: t-1
outlet: Test Outlet
url: null
published: 2022-10-05
title: null
language: en
obtained: written for the test
licence: CC0
---
Body text with 5 numbers."""


def test_seed_article_is_the_shared_seed_byte_for_byte():
    [art] = read_articles(RAW / "articles")
    assert art.outlet == "NBC News"
    assert art.published == date(2022, 10, 5)
    assert art.language == "en"
    seed = SHARED / "seed" / "000_652f1d4a63c17304.txt"
    if seed.exists():
        assert art.text == seed.read_text(encoding="utf-8")


def test_good_front_matter(tmp_path: Path):
    p = tmp_path / "a.md"
    p.write_text(GOOD)
    art = read_article(p)
    assert art.article_id == "t-1" and art.text == "Body text with 5 numbers."


@pytest.mark.parametrize(
    "mutate, field, line",
    [
        (lambda t: t.replace("published: 2022-10-05", "published: last week"), "published", 5),
        (lambda t: t.replace("outlet: Test Outlet\n", ""), "outlet", 1),
        (lambda t: t.replace("article_id: t-1", "article_id: 't 1!'"), "article_id", 2),
        (lambda t: t.replace("licence: CC0", "licence: CC0\ncolour: red"), "colour", 10),
        (lambda t: t.replace("language: en", "language: [en"), None, None),
    ],
)
def test_bad_front_matter_names_file_line_and_field(tmp_path: Path, mutate, field, line):
    p = tmp_path / "bad.md"
    p.write_text(mutate(GOOD))
    with pytest.raises(FrontMatterError) as info:
        read_article(p)
    err = info.value
    assert err.path == str(p) and str(p) in str(err)
    if field:
        assert err.field == field and f"'{field}'" in str(err)
    if line:
        assert err.line == line and f"{p}:{line}" in str(err)
    assert isinstance(err, ValueError)


@pytest.mark.parametrize("content", ["no front matter\n", "---\narticle_id: x\n", "---\n- a\n- b\n---\ntext"])
def test_structural_errors(tmp_path: Path, content: str):
    p = tmp_path / "x.md"
    p.write_text(content)
    with pytest.raises(FrontMatterError, match=str(p)):
        read_article(p)


def test_empty_body_and_duplicate_ids(tmp_path: Path):
    (tmp_path / "a.md").write_text(GOOD.split("Body")[0])
    with pytest.raises(FrontMatterError, match="no text"):
        read_article(tmp_path / "a.md")
    (tmp_path / "a.md").write_text(GOOD)
    (tmp_path / "b.md").write_text(GOOD)
    with pytest.raises(FrontMatterError, match="already used"):
        read_articles(tmp_path)


def test_non_utf8(tmp_path: Path):
    p = tmp_path / "x.md"
    p.write_bytes(GOOD.encode() + b"\xff")
    with pytest.raises(FrontMatterError, match="UTF-8"):
        read_article(p)
