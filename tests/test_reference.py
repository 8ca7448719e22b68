from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from claimsdata import ReferenceRowError
from claimsdata.codebook import read_codebook
from claimsdata.reference import REFERENCE_COLUMNS, read_reference

from .conftest import RAW

REF = RAW / "reference" / "claims_reference.csv"
GOOD = {
    "claim_key": "russia_mobilized_total", "value": "200000", "value_high": "", "unit": "persons",
    "qualifier": "more_than", "as_of_date": "", "claim_date": "2022-10-04", "speaker": "Sergei Shoigu",
    "speaker_org": "Russian Ministry of Defence", "attribution_via": "", "outlet": "Example Outlet",
    "published_date": "2022-10-05", "url": "https://example.org/a", "paraphrase": "Shoigu said over 200,000.",
    "numeric_phrase": "over 200,000",
}


def _write(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    p = tmp_path / "ref.csv"
    with p.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=REFERENCE_COLUMNS)
        w.writeheader()
        w.writerows(rows)
    return p


def test_the_real_reference_reads_whole():
    res = read_reference(REF, corrections=RAW / "reference" / "corrections.yaml",
                         codebook=read_codebook(RAW / "codebook.yaml"))
    with REF.open(encoding="utf-8") as f:
        n_rows = sum(1 for _ in csv.DictReader(f))
    assert len(res.claims) + len(res.rejected) == n_rows == 450
    assert len({c.source_url for c in res.claims}) == len(res.articles) == 241
    assert all(c.method == "coded" and c.source_url and c.start is None for c in res.claims)


def test_unit_and_qualifier_mapping(tmp_path: Path):
    rows = [
        GOOD,
        {**GOOD, "claim_key": "russia_mobilized_time_to_effectiveness", "value": "6", "unit": "weeks",
         "qualifier": "about", "url": "https://example.org/b", "numeric_phrase": "six weeks"},
        {**GOOD, "claim_key": "kherson_territory_recaptured", "value": "400", "unit": "km2",
         "qualifier": "up_to", "url": "https://example.org/c", "numeric_phrase": "400 sq km"},
        {**GOOD, "claim_key": "kherson_evacuation_planned", "value": "50000", "value_high": "60000",
         "qualifier": "range", "url": "https://example.org/d", "numeric_phrase": "50,000-60,000",
         "as_of_date": "2022-10"},
        {**GOOD, "claim_key": "kherson_liberation_date", "value": "2022-11-11", "unit": "date",
         "qualifier": "exact", "url": "https://example.org/e", "numeric_phrase": "Nov. 11",
         "claim_date": "", "published_date": "2022-11"},
    ]
    res = read_reference(_write(tmp_path, rows), codebook=read_codebook(RAW / "codebook.yaml"))
    assert res.rejected == []
    a, b, c, d, e = res.claims
    assert (a.dimension, a.unit, a.qualifier, a.value_low, a.value_high, a.entity) == (
        "count", "count", "more_than", 200000, None, "persons")
    assert a.claim_date == date(2022, 10, 4)
    assert (b.dimension, b.unit, b.value, b.qualifier) == ("duration", "day", 42, "approximate")
    assert b.value_low == pytest.approx(37.8) and b.value_high == pytest.approx(46.2)
    assert (c.unit, c.value, c.value_low, c.value_high, c.qualifier) == ("m2", 4e8, None, 4e8, "at_most")
    assert (d.value, d.value_low, d.value_high) == (None, 50000, 60000)
    assert (d.ref_start, d.ref_end) == (date(2022, 10, 1), date(2022, 10, 31))
    assert (e.dimension, e.ref_start, e.ref_end, e.value) == ("date", date(2022, 11, 11), date(2022, 11, 11), None)
    assert res.articles[-1].published is None  # a partial publication date is not made precise


@pytest.mark.parametrize(
    "change, field, reason",
    [
        ({"value": "lots"}, "value", "not a number"),
        ({"qualifier": "roughly"}, "qualifier", "unknown qualifier"),
        ({"unit": "furlongs"}, "unit", "unknown unit"),
        ({"qualifier": "range", "value_high": ""}, "value_high", "needs value_high"),
        ({"qualifier": "range", "value_high": "100"}, "value_high", "< value"),
        ({"value_high": "300000"}, "value_high", "value_high given"),
        ({"url": "example.org/no-scheme"}, "url", "well-formed"),
        ({"claim_date": "2022-10-09"}, "claim_date", "after published_date"),
        ({"claim_date": "4 Oct 2022"}, "claim_date", "ISO date"),
        ({"claim_key": "not_in_codebook"}, "claim_key", "not in the codebook"),
        ({"unit": "USD"}, "unit", "codebook says"),
        ({"paraphrase": " "}, "paraphrase", "must not be empty"),
    ],
)
def test_bad_rows_are_rejected_with_line_and_reason(tmp_path: Path, change, field, reason):
    rows = [GOOD, {**GOOD, **change, "url": change.get("url", "https://example.org/x")}]
    res = read_reference(_write(tmp_path, rows), codebook=read_codebook(RAW / "codebook.yaml"))
    assert len(res.claims) == 1 and len(res.rejected) == 1
    rej = res.rejected[0]
    assert rej.line == 3 and rej.field == field and reason in rej.reason and "line 3" in rej.reason


def test_duplicates_and_url_disagreements_are_rejected(tmp_path: Path):
    rows = [GOOD, dict(GOOD), {**GOOD, "numeric_phrase": "200,000+", "outlet": "Other"}]
    res = read_reference(_write(tmp_path, rows))
    assert [r.line for r in res.rejected] == [3, 4]
    assert "duplicate of line 2" in res.rejected[0].reason
    assert "disagree with line 2" in res.rejected[1].reason


def test_corrections_are_applied_and_reported(tmp_path: Path):
    ref = _write(tmp_path, [{**GOOD, "value": "20000"}])
    corr = tmp_path / "c.yaml"
    corr.write_text("corrections:\n- {line: 2, field: value, from: '20000', to: '200000', why: dropped zero}\n")
    res = read_reference(ref, corrections=corr)
    assert res.claims[0].value == 200000
    assert res.corrections == ["line 2, value: '20000' -> '200000' (dropped zero)"]
    corr.write_text("corrections:\n- {line: 2, field: value, from: '1', to: '2', why: x}\n")
    with pytest.raises(ReferenceRowError, match="expects '1'"):
        read_reference(ref, corrections=corr)


def test_missing_columns(tmp_path: Path):
    p = tmp_path / "r.csv"
    p.write_text("claim_key,value\nx,1\n")
    with pytest.raises(ReferenceRowError, match="missing columns"):
        read_reference(p)


def test_the_url_pattern_is_the_suites_and_fails_fast_on_a_long_bad_host():
    import json
    import time

    from claimsdata.reference import _URL

    from .conftest import ROOT

    for suite in ("claims", "articles"):
        spec = json.loads((ROOT / "expectations" / f"{suite}.json").read_text())
        assert _URL.pattern in {e["kwargs"].get("regex") for e in spec["expectations"]}
    t0 = time.perf_counter()
    assert _URL.match("http://" + "a." * 50_000 + " ") is None
    assert time.perf_counter() - t0 < 1.0
