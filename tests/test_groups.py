"""Claim groups: what joins claims, what keeps them apart, determinism, and the relations inside a group."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

import claimsdata
from claimsdata.evaluation import load_group_stories, score_groups
from claimsdata.groups import assign_groups, claim_features, group_relations, groups_table

from .conftest import ROOT


def _claims(*texts: str, published: date = date(2024, 5, 2)) -> pd.DataFrame:
    """The claims of each text, each text its own article (a0, a1, ...)."""
    records = [c.to_record() for i, t in enumerate(texts)
               for c in claimsdata.extract_claims(t, published, article_id=f"a{i}")]
    return pd.DataFrame(records)


def _group_of(grouped: pd.DataFrame, article: str, surface: str) -> str:
    row = grouped[(grouped["article_id"] == article) & (grouped["surface"] == surface)]
    assert len(row) == 1, grouped[["article_id", "surface"]]
    return str(row["group_id"].iloc[0])


def test_same_subject_and_measure_join_across_wordings_and_units():
    g = assign_groups(_claims("Quillon Brewing said its annual profit rose to $88 million.",
                              "Profit at Quillon Brewing reached $88m, the brewer said.",
                              "Quillon's net income was 88 million dollars last year."))
    assert len({_group_of(g, f"a{i}", s) for i, s in enumerate(["$88 million", "$88m", "88 million dollars"])}) == 1


def test_another_measure_or_another_subject_stays_apart():
    g = assign_groups(_claims("Quillon Brewing said its annual profit rose to $88 million.",
                              "Quillon Brewing said its annual revenue rose to $900 million.",
                              "Marrow Ales said its annual profit rose to $90 million."))
    ids = [_group_of(g, "a0", "$88 million"), _group_of(g, "a1", "$900 million"), _group_of(g, "a2", "$90 million")]
    assert len(set(ids)) == 3


def test_figures_an_order_of_magnitude_apart_are_different_quantities():
    g = assign_groups(_claims("Shelling killed 2 civilians in Tarrow on Monday.",
                              "Shelling killed 39 civilians in Tarrow on Monday."))
    assert _group_of(g, "a0", "2") != _group_of(g, "a1", "39")


def test_a_claim_naming_nothing_stays_alone():
    g = assign_groups(_claims("Prices rose 3% last month.", "Prices rose 3% last month, economists said."))
    assert _group_of(g, "a0", "3%") != _group_of(g, "a1", "3%")


def test_groups_do_not_depend_on_row_order_and_ids_are_stable():
    claims = _claims("Quillon Brewing said its annual profit rose to $88 million.",
                     "Profit at Quillon Brewing reached $88m, the brewer said.",
                     "Marrow Ales sold 2 million barrels of beer.")
    a = assign_groups(claims).set_index("claim_id")
    b = assign_groups(claims.iloc[::-1].reset_index(drop=True)).set_index("claim_id").loc[a.index]
    assert a["group_id"].tolist() == b["group_id"].tolist()
    assert a["group_label"].tolist() == b["group_label"].tolist()
    assert all(gid.startswith("g") and len(gid) == 11 for gid in a["group_id"])


def test_features_block_measure_and_names():
    feats = claim_features(_claims("Canada's jobless rate fell to 4.1% in March."))
    row = feats.iloc[0]
    assert (row["block"], row["measure"]) == ("percent|percent|", "unemployment")
    assert "canad" in row["names"]


def test_a_claim_of_unknown_measure_needs_more_than_one_shared_name_to_join():
    grouped = assign_groups(_claims("Harlow Dynamics said profit rose 12% in the quarter.",
                                    "Harlow Dynamics shares climbed 12% on Tuesday.",
                                    "At Harlow Dynamics the quarter brought a 12% gain."))
    profit = _group_of(grouped, "a0", "12%")
    assert _group_of(grouped, "a1", "12%") != profit  # one name, nothing else in common: not the profit
    assert _group_of(grouped, "a2", "12%") == profit  # one name and "quarter"


def test_a_count_of_things_takes_no_measure_from_a_verb_near_it():
    claims = _claims("Coach Alma Reyes, who took the Falcons to six league titles, died on Monday.",
                     "The blast killed 14 miners at the Dorrow pit, officials said.",
                     "Korvex Ltd is recalling 40,000 kettles after reports of fires.",
                     "After a three-year fraud trial, Ian Pell was sentenced on Friday.")
    measures = dict(zip(claims["surface"], claim_features(claims)["measure"], strict=True))
    assert measures["six"] == "title"  # the titles counted, not deaths (the coach died)
    assert measures["14"] == "deaths"  # people: the verb says what happened to them
    assert measures["40,000"] == "recall"  # a recall is of things
    assert pd.isna(measures["three-year"])  # the trial's length, no sentence


def test_the_verb_next_to_a_count_of_people_names_its_measure():
    claims = _claims("A bomb in Tarrow killed at least 11 people and wounding 16, police said.",
                     "Police in Tarrow arrested 9 men after the blast.",
                     "Gunmen abducted 4 engineers near Tarrow.")
    measures = dict(zip(claims["surface"], claim_features(claims)["measure"], strict=True))
    assert measures == {"at least 11": "deaths", "16": "injured", "9": "arrests", "4": "kidnapped"}


def test_a_scorers_tally_belongs_to_the_name_before_it():
    grouped = assign_groups(_claims(
        "Tomas Varga scored 31 points as the Harbor City Gulls beat the Lakeport Owls.",
        "Tomas Varga had 28 points for the Harbor City Gulls in their win over the Lakeport Owls.",
        "Harbor City Gulls guard Milo Brandt added 30 points against the Lakeport Owls."))
    varga = _group_of(grouped, "a0", "31 points")
    assert _group_of(grouped, "a1", "28 points") == varga  # one player's points, two games
    assert _group_of(grouped, "a2", "30 points") != varga  # a teammate's points: the same team names, another scorer


def test_markup_in_a_sentence_names_nothing():
    feats = claim_features(_claims('NEW YORK (Reuters) - Hollin Mills Inc. <A HREF="http://www.example.com/Quote.aspx?'
                                   'ticker=HLM.N target=/stocks/quote">HLM.N</A> said profit rose 8 percent.'))
    assert feats.iloc[0]["names"] == ("hollin mill",)


def test_relations_inside_a_group_agree_refine_update_conflict():
    members = _claims("Ridgeway Transit carried 1.15 million passengers in April.",
                      "Ridgeway Transit said 1,150,628 passengers used its trains in April.",
                      "Ridgeway Transit carried 980,000 passengers in April, auditors said.",
                      "Ridgeway Transit carried 1.2 million passengers in May.")
    rel = group_relations(members)
    by_pair = {frozenset((a, b)): r for a, b, r in rel.itertuples(index=False)}
    ids = dict(zip(members["surface"], members["claim_id"], strict=True))
    assert by_pair[frozenset((ids["1.15 million"], ids["1,150,628"]))] == "refines"  # rounding, not a conflict
    assert by_pair[frozenset((ids["980,000"], ids["1,150,628"]))] == "conflicts"
    assert by_pair[frozenset((ids["1.2 million"], ids["980,000"]))] == "updates"
    later = rel[(rel["relation"] == "updates")]
    assert set(later["claim_id"]) == {ids["1.2 million"]}


def test_groups_table_counts_and_filters():
    grouped = assign_groups(_claims("Ridgeway Transit carried 1.15 million passengers in April.",
                                    "Ridgeway Transit carried 980,000 passengers in April, auditors said.",
                                    "Marrow Ales sold 2 million barrels of beer."))
    table = groups_table(grouped, min_articles=2)
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["n_claims"], row["n_articles"], row["n_conflict"]) == (2, 2, 1)
    assert "Ridgeway" in row["label"]
    assert len(groups_table(grouped, min_articles=1)) == grouped["group_id"].nunique()


def test_empty_table_gets_empty_groups():
    empty = claimsdata.load_claims().head(0)
    assert assign_groups(empty).empty and groups_table(empty).empty


def test_labelled_pairs_meet_the_target():
    """The quality bar of the issue on our own stories: precision >= 0.90 at recall >= 0.70 (all pairs)."""
    stories = load_group_stories(ROOT / "tests" / "data" / "grouping" / "stories.yaml")

    def group_of(stories):
        records, target = [], {}
        for s in stories:
            for i, (text, q) in enumerate(s.claims):
                found = claimsdata.extract_claims(text, s.published, article_id=f"{s.id}-{i}")
                records += [c.to_record() for c in found]
                hit = [c.claim_id for c in found if c.surface == q]
                target[(s.id, i)] = hit[0] if hit else None
        grouped = assign_groups(pd.DataFrame(records)).set_index("claim_id")["group_id"]
        return {k: (grouped[v] if v else None) for k, v in target.items()}

    scores = score_groups(stories, group_of)
    assert scores["all"].pairs == 840
    assert scores["all"].precision >= 0.90 and scores["all"].recall >= 0.70


@pytest.mark.dask
def test_dask_gives_the_same_groups():
    from claimsdata.groups import assign_groups_dask

    claims = claimsdata.load_claims()
    local = assign_groups(claims)
    distributed = assign_groups_dask(claims, workers=2, npartitions=5)
    assert local["group_id"].tolist() == distributed["group_id"].tolist()
    assert local["group_label"].tolist() == distributed["group_label"].tolist()


def test_a_ranking_abbreviation_is_no_shared_name():
    """"No. 12 Harlow" and "No. 9 Dunmore": two games' yards, not one figure reported twice (the twenty-second
    session found AG News games of unrelated teams joined through "No")."""
    g = assign_groups(_claims("Ann Cole threw for 312 yards as No. 12 Harlow routed Tarrant State.",
                              "Ben Ruiz passed for 290 yards to lead No. 9 Dunmore past Tarrant State."))
    assert _group_of(g, "a0", "312 yards") != _group_of(g, "a1", "290 yards")


@pytest.mark.parametrize("name, prefix", [("audit_groups_agnews.yaml", "ag-test-"), ("audit_groups_lee.yaml", "lee-")])
def test_the_real_news_group_audits_are_ids_and_offsets_only(name, prefix):
    """The group audits (read by benchmarks/grouping.py --agnews and --lee) hold no text of the outlets."""
    import yaml

    samples = yaml.safe_load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
    assert samples and all({"sample", "seed", "commit", "pairs"} <= set(s) for s in samples)
    for pair in (p for s in samples for p in s["pairs"]):
        assert set(pair) <= {"a", "b", "same", "note"} and isinstance(pair["same"], bool)
        for article, start, end in (pair["a"], pair["b"]):
            assert article.startswith(prefix) and 0 <= start < end
        assert pair["a"][0] != pair["b"][0]  # two articles
