"""End to end on a corpus of our own (tests/data/e2e/): extract -> link -> groups -> compare -> consistency -> sql.

Thirteen short articles on three stories: a storm's death toll (a syndicated copy, an update, a conflict on one
day), a transit operator's monthly ridership (a rounded and an exact figure that agree, an audit that
disagrees, the next month), and an aid pledge (two agreeing reports, a larger figure the next day).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import claimsdata
from claimsdata.cli import app

DATA = Path(__file__).parent / "data" / "e2e"
CORPUS = DATA / "corpus.jsonl"
CODEBOOK = DATA / "codebook.yaml"

STORIES = {  # articles of each story: the groups must be exactly these
    "maren": {"herald-0304", "ledger-0304", "post-0305", "times-0305", "ledger-0305", "herald-0306"},
    "ridgeway": {"post-0502", "ledger-0503", "times-0510", "herald-0604"},
    "norland": {"ledger-0611", "post-0611", "times-0612"},
}
KEYS = {"maren": "maren_deaths_port_ellis", "ridgeway": "ridgeway_passengers_month",
        "norland": "norland_aid_to_calvia_eur"}
# the disagreements a reader of these articles finds: (who, figure) vs (who, figure), and the copies of each side
CONFLICTS = {
    frozenset({("Red Cross", "31"), ("officials", "19")}),
    frozenset({("Ridgeway Transit", "1,150,628"), ("city audit office", "980,000")}),
    frozenset({("operator", "1.15 million"), ("city audit office", "980,000")}),
}


def _cli(*args: str) -> str:
    r = CliRunner().invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def _json(*args: str) -> list[dict]:
    return json.loads(_cli(*args, "--format", "json"))


def _sets(frame: pd.DataFrame, by: str) -> dict[str, set[str]]:
    """The article ids under each value of ``by``."""
    out: dict[str, set[str]] = {}
    for key, article in zip(frame[by].astype(str), frame["article_id"].astype(str), strict=True):
        out.setdefault(key, set()).add(article)
    return out


def _story_of(article_ids: set[str]) -> str | None:
    return next((s for s, arts in STORIES.items() if article_ids == arts), None)


def _conflicts(findings: list[dict]) -> set[frozenset]:
    return {frozenset({(f["who"], f["surface"]), (f["other_who"], f["other_surface"])})
            for f in findings if f["kind"] == "conflict"}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("e2e") / "out"
    _cli("extract", str(CORPUS), "--out", str(out))
    return out


def test_cli_link_groups_compare_consistency_sql(out: Path) -> None:
    linked = _cli("link", str(out), "--codebook", str(CODEBOOK))
    assert "linked 13 of 14 claims" in linked
    claims = claimsdata.load_claims(path=out / "claims")
    by_key = _sets(claims.dropna(subset=["claim_key"]), "claim_key")
    assert {k: by_key[k] for k in KEYS.values()} == {KEYS[s]: arts for s, arts in STORIES.items()}

    groups = _json("groups", "--claims", str(out))  # groups stated in two or more articles
    stories = {}
    for g in groups:
        members = _json("compare", g["group_id"], "--claims", str(out), "--all")
        stories[_story_of({m["article_id"] for m in members})] = g
    assert set(stories) == set(STORIES)
    assert "Maren" in stories["maren"]["label"] and "Ridgeway" in stories["ridgeway"]["label"]
    assert stories["maren"]["n_conflict"] == 1 + 1  # 31 (twice: a syndicated copy) vs 19, same day
    assert stories["norland"]["n_conflict"] == 0    # 250 on Tuesday, 300 on Wednesday: an update

    by_group = _json("consistency", "--claims", str(out), "--by", "group")
    by_key_found = _json("consistency", "--claims", str(out), "--codebook", str(CODEBOOK), "--by", "key")
    # a codebook key that is no running total compares reports a day apart (250 on Tuesday, 300 on Wednesday
    # for one pledge); a claim group, whose nature is unknown, takes the later figure as an update
    pledge = {frozenset({("its foreign minister", "€250 million"), ("senior official", "€300 million")}),
              frozenset({("Norland", "€250m"), ("senior official", "€300 million")})}  # ("a senior official in
    # Norland said": the official speaks, Norland is the speaker's organisation)
    assert _conflicts(by_group) == CONFLICTS
    assert _conflicts(by_key_found) == CONFLICTS | pledge
    for found in (by_group, by_key_found):
        assert [f["severity"] for f in found] == sorted((f["severity"] for f in found), reverse=True)
        red_cross = next(f for f in found if "31" in (f["surface"], f["other_surface"]))
        copies = {red_cross["surface"]: red_cross["n_copies"], red_cross["other_surface"]: red_cross["other_n_copies"]}
        assert copies == {"31": 2, "19": 1}
        assert {red_cross["outlet"], red_cross["other_outlet"]} == {"Harbour Times", "Morning Post"}
        assert all(f["source"].startswith("https://") and f["other_source"].startswith("https://") for f in found)

    rows = _json("sql", "SELECT claim_key, count(*) AS n, count(DISTINCT a.outlet) AS outlets FROM claims "
                 "JOIN articles a USING (article_id) WHERE claim_key IS NOT NULL GROUP BY 1 ORDER BY 1",
                 "--claims", str(out))
    assert rows == [{"claim_key": "maren_deaths_port_ellis", "n": 6, "outlets": 4},
                    {"claim_key": "norland_aid_to_calvia_eur", "n": 3, "outlets": 3},
                    {"claim_key": "ridgeway_passengers_month", "n": 4, "outlets": 4}]
    biggest = _json("sql", "SELECT n_articles FROM groups ORDER BY n_articles DESC LIMIT 1", "--claims", str(out))
    assert biggest == [{"n_articles": 6}]
    con = claimsdata.connect(out)  # the output folder itself, from Python
    assert con.execute("SELECT count(*) FROM claims JOIN articles USING (article_id)").fetchone() == (14,)


def test_python_api_gives_the_same_groups_and_findings() -> None:
    records = [json.loads(line) for line in CORPUS.read_text().splitlines()]
    claims = pd.DataFrame([c.to_record() for r in records for c in claimsdata.extract_claims(
        r["text"], date.fromisoformat(r["published"]), article_id=r["article_id"])])
    articles = pd.DataFrame(records).assign(published=lambda f: pd.to_datetime(f["published"]))
    linked, notes = claimsdata.link_claims(claims, CODEBOOK, articles=articles)
    assert notes == []
    assert set(linked.loc[linked["claim_key"] == KEYS["ridgeway"], "article_id"]) == STORIES["ridgeway"]
    grouped = claimsdata.assign_groups(linked)
    members = _sets(grouped, "group_id")
    assert {_story_of(arts) for arts in members.values() if len(arts) > 1} == set(STORIES)
    found = claimsdata.consistency(grouped, articles=articles, by="group")
    assert _conflicts(found.to_dict(orient="records")) == CONFLICTS
    maren = next(g for g, arts in members.items() if arts == STORIES["maren"])
    table = claimsdata.compare(grouped, maren, articles=articles)
    assert table.loc[table["surface"] == "33", "n_updates"].item() == 5  # it follows every earlier report
    con = claimsdata.connect(linked, articles)
    assert con.execute("SELECT count(*) FROM groups WHERE n_articles >= 2").fetchone() == (3,)
