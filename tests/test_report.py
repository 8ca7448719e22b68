"""The HTML report: self-contained and offline, complete, deterministic; rendered in a real browser."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimsdata
from claimsdata.cli import app
from claimsdata.report import render_report, write_reports

E2E = Path(__file__).parent / "data" / "e2e"
KEY = "us_pda_package_usd"
#: anything that makes a browser fetch: script/img/iframe/source sources, stylesheet links, CSS url() and @import,
#: external XML entities; plain links (<a href>) to the sources are allowed
_FETCHING = re.compile(r"""<(?:script|img|iframe|source|embed|object|audio|video|track)\b[^>]*\b(?:src|data)\s*=|"""
                       r"""<link\b|url\(\s*["']?(?!#)|@import|<!DOCTYPE svg|xlink:href\s*=\s*["'](?!#)|\bhref\s*=\s*["'](?!#|https?://)""",
                       re.I)


@pytest.fixture(scope="module")
def page() -> str:
    return render_report(claimsdata.load_claims(), KEY, articles=claimsdata.load_articles())


def test_the_page_fetches_nothing(page: str):
    assert _FETCHING.search(page) is None, _FETCHING.search(page)
    # every external address on the page is a link a reader may follow, never a resource
    without_namespaces = re.sub(r'\sxmlns(?::\w+)?="[^"]*"', "", page)  # SVG's namespace names are never fetched
    for url in re.findall(r"https?://[^\s\"'<>]+", without_namespaces):
        assert re.search(rf'<a href="{re.escape(url)}"', page), url
    assert "default-src 'none'" in page  # and the browser is told so


def test_the_page_holds_title_chart_every_claim_findings_and_citation(page: str):
    claims = claimsdata.load_claims()
    n = int((claims["claim_key"] == KEY).sum())
    entry = claimsdata.load_codebook().set_index("claim_key").loc[KEY]
    assert f"<h1>{entry['description']}</h1>" in page
    assert page.count("<svg") == 1
    rows = re.search(r"<h2>Every claim</h2>(.*?)</table>", page, re.S).group(1)
    assert rows.count("<tr") == n + 1  # the header and one row per claim
    assert "<h2>Disagreements</h2>" in page and "conflict" in page
    assert f"version {claimsdata.__version__}" in page
    assert "$625 million" in page  # the seed article's figure


def test_pages_are_deterministic():
    claims, articles = claimsdata.load_claims(), claimsdata.load_articles()
    assert render_report(claims, KEY, articles=articles) == render_report(claims, KEY, articles=articles)


def test_report_all_of_your_own_corpus_writes_an_index_and_a_page_per_group(tmp_path: Path):
    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["extract", str(E2E / "corpus.jsonl"), "--out", str(out)]).exit_code == 0
    claims = claimsdata.load_claims(path=out)
    pages = write_reports(claims, tmp_path / "site", articles=claimsdata.load_articles(path=out))
    assert len(pages) == 3  # the three stories, as claim groups
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    for p in pages:
        assert f'href="{p.path.name}"' in index and p.path.exists()
        assert _FETCHING.search(p.path.read_text(encoding="utf-8")) is None
        assert p.n_articles >= 2 and f'<td class="num">{p.n_articles}</td>' in index
    assert "Claim groups, found without a codebook" in index and "<th>disagreements</th>" in index


def test_an_index_of_codebook_keys_counts_disagreements_without_the_groups_caveat(tmp_path: Path):
    claims = claimsdata.load_claims()
    keys = ["frontline_length", KEY]  # (two keys: a full index of the dataset takes a minute)
    pages = write_reports(claims[claims["claim_key"].isin(keys)], tmp_path / "site",
                          articles=claimsdata.load_articles())
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert sorted(p.key for p in pages) == sorted(keys) and "Claim groups" not in index
    found = {p.key: p.n_findings for p in pages}
    assert found["frontline_length"] == 0 and found[KEY] >= 1  # (the packages' misprinted and disputed sizes)
    assert f'<td class="num">{found[KEY]}</td></tr>' in index


def test_a_page_of_extracted_claims_links_each_article(tmp_path: Path):
    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["extract", str(E2E / "corpus.jsonl"), "--out", str(out)]).exit_code == 0
    claims, articles = claimsdata.load_claims(path=out), claimsdata.load_articles(path=out)
    page = write_reports(claims, tmp_path / "site", articles=articles)[0]
    text = page.path.read_text(encoding="utf-8")
    grouped = claimsdata.assign_groups(claims)
    members = grouped.loc[grouped["group_id"] == page.path.stem, "article_id"]
    urls = articles.set_index("article_id").loc[sorted(set(members)), "url"]
    assert len(urls) >= 2 and all(f'href="{u}"' in text for u in urls)  # (extracted claims have no source_url)


@pytest.mark.parametrize(
    "args, message",
    [
        (["report", "--out", "x.html"], "name one KEY"),
        (["report", KEY, "--out", "x.png"], ".html"),
        (["report", "nope_key", "--out", "x.html"], "no claims with claim_key"),
    ],
)
def test_report_command_errors_are_one_line(args: list[str], message: str):
    r = CliRunner().invoke(app, args)
    assert r.exit_code == 2 and message in r.stderr and "Traceback" not in r.stderr


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.browser
def test_the_page_renders_in_a_real_browser_without_errors_or_requests(tmp_path: Path):
    if _chromium() is None:
        pytest.skip("no system Chromium (Debian package `chromium`; .ci/run installs it)")
    from playwright.sync_api import sync_playwright

    path = tmp_path / "page.html"
    r = CliRunner().invoke(app, ["report", KEY, "--out", str(path)])
    assert r.exit_code == 0, r.output
    console_errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        try:
            tab = browser.new_page()
            tab.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
            tab.on("pageerror", lambda e: console_errors.append(str(e)))
            tab.on("request", lambda req: requests.append(req.url))
            tab.goto(path.as_uri(), wait_until="load")
            assert tab.title().endswith("claimsdata")
            assert tab.locator("figure.chart svg").is_visible()
            box = tab.locator("figure.chart svg").bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 150
            n = int((claimsdata.load_claims()["claim_key"] == KEY).sum())
            assert tab.locator("h2:has-text('Every claim') + div table tbody tr").count() == n
        finally:
            browser.close()
    assert console_errors == []
    assert requests == [path.as_uri()]  # the page itself, nothing else


def test_validation_report_page_counts_every_check_and_names_failing_rows(tmp_path: Path):
    claims = claimsdata.load_claims().copy()
    bad_id = str(claims["claim_id"].iloc[5])
    claims["value_low"] = claims["value_low"].astype(float)
    claims.loc[claims.index[5], "value_low"] = 1e12
    table = tmp_path / "claims.parquet"
    claims.to_parquet(table)
    page_path = tmp_path / "validation.html"
    r = CliRunner().invoke(app, ["validate", str(table), "--report", str(page_path)])
    assert r.exit_code == 1
    n_checks = int(re.search(r"of (\d+) checks failed", r.stdout).group(1))
    page = page_path.read_text(encoding="utf-8")
    assert f"{n_checks} checks on {len(claims):,} rows" in page  # the same count as the command line
    assert page.count("<tr") - 1 == n_checks
    assert "<title>claims suite on" in page and "FAILED" in page
    assert bad_id in page and bad_id in r.stdout  # the failing row, by claim_id
    assert _FETCHING.search(page) is None and "np.float64" not in page
