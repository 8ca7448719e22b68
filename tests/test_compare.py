from __future__ import annotations

import math
import re

import pandas as pd
import pytest

import claimsdata
from claimsdata import UnknownKeyError
from claimsdata.codebook import Codebook, KeyEntry
from claimsdata.compare import compare, consistency, interval, relation, timeline
from claimsdata.groups import group_relations

from .conftest import claims_frame

INF = math.inf


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ((200000, INF), (222000, 222000), "refined_by"),   # "more than 200,000" vs 222,000: agree, b is sharper
        ((200000, INF), (135000, 165000), "conflicts"),    # vs "about 150,000" (+-10%)
        ((200000, INF), (300000, INF), "refined_by"),  # "more than 300,000" is the sharper claim
        ((200000, 250000), (220000, INF), "agrees"),       # overlap, neither inside the other
        ((-INF, 5000), (4000, 6000), "agrees"),            # "up to 5,000" vs 4,000-6,000 overlap
        ((-INF, 5000), (5000, 5000), "refined_by"),        # touching bounds overlap
        ((60000, 70000), (65000, 65000), "refined_by"),
        ((65000, 65000), (60000, 70000), "refines"),
        ((60000, 70000), (70001, 80000), "conflicts"),
        ((5937, 5937), (55110, 55110), "conflicts"),
        ((10, 10), (10, 10), "agrees"),
    ],
)
def test_relation(a, b, expected):
    assert relation(a, b) == expected


def test_interval_nulls_are_unbounded():
    assert interval(None, 5.0) == (-INF, 5.0)
    assert interval(float("nan"), None) == (-INF, INF)


_claims = claims_frame


CB = Codebook({"total": KeyEntry(description="a running total", dimension="count", unit="count", cumulative=True),
               "pkg": KeyEntry(description="a package", dimension="money", unit="USD", part_of="total"),
               "other": KeyEntry(description="same quantity, other source", dimension="count", unit="count",
                                 compare_group="g"),
               "mine": KeyEntry(description="same quantity", dimension="count", unit="count", compare_group="g")})


def test_compare_counts_relations_on_the_same_day_only():
    claims = _claims([
        {"claim_id": "a", "claim_key": "mine", "surface": "more than 200,000", "qualifier": "more_than",
         "value": 200000, "value_low": 200000, "value_high": None, "claim_date": "2022-10-04", "speaker": "S"},
        {"claim_id": "b", "claim_key": "mine", "surface": "222,000", "qualifier": "exact", "value": 222000,
         "value_low": 222000, "value_high": 222000, "claim_date": "2022-10-04", "speaker": "P"},
        {"claim_id": "c", "claim_key": "mine", "surface": "about 150,000", "qualifier": "approximate",
         "value": 150000, "value_low": 135000, "value_high": 165000, "claim_date": "2022-10-05", "speaker": "Q"},
        {"claim_id": "d", "claim_key": "mine", "surface": "100", "qualifier": "exact", "value": 100,
         "value_low": 100, "value_high": 100, "claim_date": "2022-12-01", "speaker": "R"},
    ])
    out = compare(claims, "mine", codebook=CB).set_index("claim_id")
    assert out.loc["a", "n_conflicts"] == 1 and out.loc["a", "conflicts_with"] == "c"
    assert out.loc["b", "n_refines"] == 1 and out.loc["b", "n_conflicts"] == 1
    assert out.loc["c", "relation"] == "conflicts" and out.loc["c", "n_conflicts"] == 2
    assert out.loc["d", "relation"] == "alone"  # two months later: not comparable
    with pytest.raises(UnknownKeyError, match="nope"):
        compare(claims, "nope", codebook=CB)


def test_timeline_collapses_wire_copies():
    copy = {"claim_key": "total", "surface": "5,000", "qualifier": "exact", "value": 5000, "value_low": 5000,
            "value_high": 5000, "speaker": "Ministry"}
    claims = _claims([
        {**copy, "claim_id": "1", "claim_date": "2022-10-04"},
        {**copy, "claim_id": "2"},
        {**copy, "claim_id": "3", "claim_date": "2022-10-04"},
        {**copy, "claim_id": "4", "value": 4000, "value_low": 4000, "value_high": 4000, "surface": "4,000",
         "claim_date": "2022-10-10"},
    ])
    tl = timeline(claims, "total")
    assert list(tl["n_reports"]) == [3, 1]
    assert list(tl["date"].dt.strftime("%Y-%m-%d")) == ["2022-10-04", "2022-10-10"]


def test_consistency_finds_conflicts_decreases_and_gaps():
    claims = _claims([
        {"claim_id": "t1", "claim_key": "total", "surface": "5,000", "qualifier": "exact", "value": 5000,
         "value_low": 5000, "value_high": 5000, "claim_date": "2022-10-01", "speaker": "M"},
        {"claim_id": "t2", "claim_key": "total", "surface": "4,000", "qualifier": "exact", "value": 4000,
         "value_low": 4000, "value_high": 4000, "claim_date": "2022-10-10", "speaker": "M"},
        {"claim_id": "t3", "claim_key": "total", "surface": "9,000", "qualifier": "exact", "value": 9000,
         "value_low": 9000, "value_high": 9000, "claim_date": "2022-10-20", "speaker": "M"},
        {"claim_id": "p1", "claim_key": "pkg", "surface": "$3,000", "qualifier": "exact", "value": 3000,
         "value_low": 3000, "value_high": 3000, "claim_date": "2022-10-15", "speaker": "M", "dimension": "money",
         "unit": "USD"},
        {"claim_id": "g1", "claim_key": "mine", "surface": "5,937", "qualifier": "exact", "value": 5937,
         "value_low": 5937, "value_high": 5937, "claim_date": "2022-09-21", "speaker": "Russia"},
        {"claim_id": "g2", "claim_key": "other", "surface": "55,110", "qualifier": "exact", "value": 55110,
         "value_low": 55110, "value_high": 55110, "claim_date": "2022-09-21", "speaker": "Ukraine"},
    ])
    found = consistency(claims, CB)
    dec = found[found["kind"] == "decrease"]
    assert list(dec["claim_id"]) == ["t2"] and dec.iloc[0]["gap"] == -1000
    cross = found[(found["kind"] == "conflict") & found["cross_key"]]
    assert len(cross) == 1 and cross.iloc[0]["gap"] == 55110 - 5937
    parts = found[found["kind"] == "parts_vs_total"].set_index("claim_id")
    assert parts.loc["t3", "gap"] == (9000 - 4000) - 3000   # rise minus the package announced in between
    assert parts.loc["t2", "gap"] == -1000                   # no package, total fell


@pytest.fixture(scope="module")
def real():
    claims, articles = claimsdata.load_claims(), claimsdata.load_articles()
    return claims, articles, consistency(claims, articles=articles)


def test_real_russian_deaths_vs_general_staff_same_day(real):
    _, _, found = real
    hits = found[(found["kind"] == "conflict") & found["cross_key"]
                 & (found[["claim_key", "other_key"]].isin(["russia_military_deaths",
                                                            "ukraine_gs_russian_personnel_losses"]).all(axis=1))]
    assert len(hits) >= 1
    assert set(hits["date"].dt.strftime("%Y-%m-%d")) == {"2022-09-21"}
    assert (hits["gap"] > 45000).all()


def test_real_us_totals_of_14_october_from_two_departments(real):
    _, _, found = real
    hits = found[(found["kind"] == "conflict") & (found["claim_key"] == "us_cumulative_security_assistance_usd")]
    whos = {frozenset((a, b)) for a, b in zip(hits["org"], hits["other_org"], strict=True)}
    assert frozenset(("US Department of State", "US Department of Defense")) in whos
    assert set(hits["date"].dt.strftime("%Y-%m-%d")) == {"2022-10-15"}


def test_real_mobilisation_timeline_rises(real):
    claims, articles, _ = real
    tl = timeline(claims, "russia_mobilized_total", articles=articles).dropna(subset=["date"])
    lows = tl.groupby("date")["value_low"].max()
    assert lows.loc["2022-10-04"] == 200000 and lows.loc["2022-11-04"] == 318000
    assert lows.is_monotonic_increasing
    top = tl.sort_values("n_reports").iloc[-1]
    assert top["n_reports"] >= 10 and top["speaker"] == "Sergei Shoigu"


def test_running_totals_of_consecutive_days_are_updates_not_conflicts():
    claims = _claims([
        {"claim_id": "d1", "claim_key": "total", "surface": "5,000", "qualifier": "exact", "value": 5000,
         "value_low": 5000, "value_high": 5000, "claim_date": "2022-10-01", "speaker": "M"},
        {"claim_id": "d2", "claim_key": "total", "surface": "5,600", "qualifier": "exact", "value": 5600,
         "value_low": 5600, "value_high": 5600, "claim_date": "2022-10-02", "speaker": "M"},
    ])
    assert consistency(claims, CB).query("kind == 'conflict'").empty
    table = compare(claims, "total", codebook=CB).set_index("claim_id")
    assert table.loc["d2", "n_updates"] == 1 and table.loc["d2", "n_conflicts"] == 0


@pytest.mark.parametrize(
    "surface, value, other, conflict",
    [
        ("1.15 million", 1_150_000, 1_150_628, False),  # stated to the nearest 10,000
        ("1.15 million", 1_150_000, 1_160_000, True),   # the next step of rounding: half-open steps
        ("300,000", 300_000, 318_000, True),            # whole numbers are taken as stated
        ("4.5%", 4.5, 4.54, False),                      # stated to the nearest 0.1
        ("5,937", 5_937, 5_939, True),                  # stated to the unit
    ],
)
def test_exact_figures_are_read_at_their_stated_precision(surface, value, other, conflict):
    claims = _claims([
        {"claim_id": "a", "claim_key": "mine", "surface": surface, "qualifier": "exact", "value": value,
         "value_low": value, "value_high": value, "claim_date": "2022-10-01", "speaker": "A"},
        {"claim_id": "b", "claim_key": "mine", "surface": f"{other:,}", "qualifier": "exact", "value": other,
         "value_low": other, "value_high": other, "claim_date": "2022-10-01", "speaker": "B"},
    ])
    found = consistency(claims, CB).query("kind == 'conflict'")
    assert (len(found) == 1) is conflict


@pytest.mark.parametrize(
    "speakers, other_article, conflict",
    [
        (("A", "A"), False, False),  # one source's two figures in one article: two quantities, not a disagreement
        ((None, None), False, False),  # neither attributed: the article states both
        (("A", "B"), False, True),  # two sources quoted side by side in one article do disagree
        (("A", "A"), True, True),  # the same source in two articles gave two figures
    ],
)
def test_an_article_disagrees_with_itself_only_through_two_sources(speakers, other_article, conflict):
    rows = [{"claim_id": cid, "article_id": art, "claim_key": "mine", "surface": str(v), "qualifier": "exact",
             "value": v, "value_low": v, "value_high": v, "claim_date": "2022-10-01", "speaker": who,
             "sentence": f"{v} people came."}
            for cid, art, v, who in (("p", "one", 120, speakers[0]),
                                     ("q", "two" if other_article else "one", 450, speakers[1]))]
    found = consistency(_claims(rows), CB).query("kind == 'conflict'")
    assert len(found) == (1 if conflict else 0)
    relations = group_relations(_claims(rows))  # the groups' counts follow the same rule
    assert list(relations["relation"]) == (["conflicts"] if conflict else [])
    table = compare(_claims(rows), "mine", codebook=CB)
    assert list(table["n_conflicts"]) == ([1, 1] if conflict else [0, 0])


def test_copies_fold_into_one_finding_and_findings_sort_by_severity():
    rows = [{"claim_id": f"c{i}", "article_id": f"art{i}", "claim_key": "mine", "surface": "200",
             "qualifier": "exact", "value": 200, "value_low": 200, "value_high": 200, "claim_date": "2022-10-01",
             "speaker": "A", "sentence": "A said 200 people came.", "source_url": None} for i in range(3)]
    rows += [{"claim_id": "x", "article_id": "artx", "claim_key": "mine", "surface": "100", "qualifier": "exact",
              "value": 100, "value_low": 100, "value_high": 100, "claim_date": "2022-10-01", "speaker": "B",
              "sentence": "B said 100 people came.", "source_url": None},
             {"claim_id": "y", "article_id": "arty", "claim_key": "mine", "surface": "190", "qualifier": "exact",
              "value": 190, "value_low": 190, "value_high": 190, "claim_date": "2022-10-01", "speaker": "C",
              "sentence": "C said 190 people came.", "source_url": None}]
    found = consistency(_claims(rows), CB).query("kind == 'conflict'")
    sides = [frozenset((r.surface, r.other_surface)) for r in found.itertuples()]
    assert sides == [frozenset(("200", "100")), frozenset(("190", "100")), frozenset(("200", "190"))]
    first = found.iloc[0]
    copies = {first["surface"]: first["n_copies"], first["other_surface"]: first["other_n_copies"]}
    assert copies == {"200": 3, "100": 1}
    assert list(found["severity"]) == sorted(found["severity"], reverse=True)


@pytest.mark.parametrize("call, name", [(lambda t: consistency(t), "consistency()"),
                                        (lambda t: compare(t, "mine"), "compare('mine')"),
                                        (lambda t: timeline(t, "mine"), "timeline('mine')")])
def test_a_table_that_is_not_of_claims_is_named(call, name):
    articles = pd.DataFrame({"article_id": ["a1"], "text": ["Sales rose 4%."], "published": ["2024-05-02"]})
    with pytest.raises(claimsdata.TableError, match=rf"^{re.escape(name)}: not a claims table \(it looks like an "
                                                    r"articles table\): no column claim_id, dimension, unit, surface"):
        call(articles)


def test_a_claims_table_without_the_optional_columns_is_compared():
    rows = [{"claim_id": c, "article_id": a, "dimension": "count", "unit": "count", "surface": str(v),
             "claim_key": "mine", "qualifier": "exact", "value": v, "value_low": v, "value_high": v,
             "claim_date": pd.Timestamp("2022-10-01"), "speaker": who} for c, a, v, who in
            (("p", "one", 120, "A"), ("q", "two", 450, "B"))]
    found = consistency(pd.DataFrame(rows), CB)  # no sentence, source_url, ref_start, ... columns
    assert list(found["kind"]) == ["conflict"]
