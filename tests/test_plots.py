"""Plot functions on small fixture tables (Agg): what was drawn, not only that it ran."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from claimsdata.cli import app  # noqa: E402
from claimsdata.codebook import Codebook, KeyEntry  # noqa: E402
from claimsdata.plots import MARKERS, plot_parts_vs_total, plot_sources, plot_timeline  # noqa: E402

from .conftest import claims_frame  # noqa: E402

CB = Codebook({
    "drafted": KeyEntry(description="Men drafted", dimension="count", unit="count", entity="persons",
                        cumulative=True),
    "total": KeyEntry(description="Aid so far", dimension="money", unit="USD", cumulative=True),
    "pkg": KeyEntry(description="One package", dimension="money", unit="USD", part_of="total"),
})


_claims = claims_frame


DRAFTED = _claims([
    {"claim_id": "1", "claim_key": "drafted", "surface": "more than 200,000", "qualifier": "more_than",
     "value": 200000, "value_low": 200000, "value_high": None, "claim_date": "2022-10-04", "speaker": "Shoigu",
     "speaker_org": "MoD", "method": "extracted"},
    {"claim_id": "2", "claim_key": "drafted", "surface": "200,000+", "qualifier": "more_than", "value": 200000,
     "value_low": 200000, "value_high": None, "claim_date": "2022-10-04", "speaker": "Shoigu", "speaker_org": "MoD"},
    {"claim_id": "3", "claim_key": "drafted", "surface": "222,000", "qualifier": "exact", "value": 222000,
     "value_low": 222000, "value_high": 222000, "claim_date": "2022-10-14", "speaker": "Putin",
     "speaker_org": "Kremlin"},
    {"claim_id": "4", "claim_key": "drafted", "surface": "about 150,000", "qualifier": "approximate",
     "value": 150000, "value_low": 135000, "value_high": 165000, "claim_date": "2022-10-14", "speaker": "X",
     "speaker_org": "Think tank"},
])


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_reports_at_one_date_and_value_stand_side_by_side_and_keep_the_axes():
    rows = [("1", "200,000", "exact", 200000, 200000, 200000, "2022-10-04", "MoD"),
            ("2", "about 200,000", "approximate", 200000, 180000, 220000, "2022-10-04", "Kremlin"),
            ("3", "300,000", "exact", 300000, 300000, 300000, "2022-11-04", "MoD")]
    claims = _claims([{"claim_id": cid, "claim_key": "drafted", "surface": surface, "qualifier": qualifier,
                       "value": value, "value_low": low, "value_high": high, "claim_date": day, "speaker": org,
                       "speaker_org": org} for cid, surface, qualifier, value, low, high, day, org in rows])
    ax = plot_timeline(claims, "drafted", codebook=CB)
    from matplotlib.collections import PathCollection

    ax.figure.canvas.draw()
    centres = [tuple(np.round(c.get_offset_transform().transform(c.get_offsets())[0], 1))
               for c in ax.collections if isinstance(c, PathCollection)]
    assert len(centres) == 3 and len(set(centres)) == 3  # the two reports of 4 Oct no longer hide each other
    first, second = sorted(centres)[:2]
    assert first[1] == second[1] and abs(first[0] - second[0]) >= 8  # same height, apart by a marker or so
    assert ax.get_ylim()[0] <= 180000 and ax.get_ylim()[1] >= 300000  # the shifted bar still sizes the axes
    assert "side by side" in " ".join(t.get_text() for t in ax.texts)


def test_timeline_points_markers_colours_and_unit():
    ax = plot_timeline(DRAFTED, "drafted", codebook=CB)
    from matplotlib.collections import PathCollection

    scatters = [c for c in ax.collections if isinstance(c, PathCollection)]
    filled = [c for c in scatters if len(c.get_facecolor()) and c.get_facecolor()[0][3] > 0]
    assert len(filled) == 3  # three distinct reports: the two wire copies of 200,000 collapse into one
    assert ax.get_ylabel() == "persons (count)"
    assert "Men drafted" in ax.get_title(loc="left")
    legend_texts = {t.get_text() for lg in ax.figure.legends + [ax.get_legend()] + list(ax.artists)
                    if lg is not None for t in getattr(lg, "get_texts", lambda: [])()}
    assert {"MoD", "Kremlin", "Think tank"} <= legend_texts
    assert {"more than (arrow up)", "exact figure", "approximate (about, nearly)"} <= legend_texts
    assert any("this article" in t.get_text() for t in ax.texts)  # the extracted claim is highlighted
    assert ax.get_yscale() == "linear"


def test_timeline_log_scale_when_values_span_orders_of_magnitude():
    wide = DRAFTED.copy()
    wide.loc[3, ["value", "value_low", "value_high"]] = [150, 135, 165]
    assert plot_timeline(wide, "drafted", codebook=CB).get_yscale() == "log"


def test_sources_marks_conflicts():
    ax = plot_sources(DRAFTED, "drafted", codebook=CB)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 4 and all("·" in lab for lab in labels)
    assert "2 in conflict" in " ".join(ax.get_title(loc="left").split())  # 222,000 vs about 150,000 on 14 Oct
    from matplotlib.collections import PathCollection

    reds = [c for c in ax.collections if isinstance(c, PathCollection) and len(c.get_facecolor()) and np.allclose(
        c.get_facecolor()[0][:3], matplotlib.colors.to_rgb("crimson"))]
    assert len(reds) == 2
    assert ax.get_xlabel() == "persons (count)"


def test_parts_vs_total_stacks_packages_from_a_stated_total():
    claims = _claims([
        {"claim_id": "t1", "claim_key": "total", "surface": "$10bn", "qualifier": "exact", "value": 1e10,
         "value_low": 1e10, "value_high": 1e10, "claim_date": "2022-09-01", "dimension": "money", "unit": "USD"},
        {"claim_id": "t2", "claim_key": "total", "surface": "$11bn", "qualifier": "exact", "value": 1.1e10,
         "value_low": 1.1e10, "value_high": 1.1e10, "claim_date": "2022-10-01", "dimension": "money", "unit": "USD"},
        {"claim_id": "p1", "claim_key": "pkg", "surface": "$600m", "qualifier": "exact", "value": 6e8,
         "value_low": 6e8, "value_high": 6e8, "claim_date": "2022-09-10", "dimension": "money", "unit": "USD"},
        {"claim_id": "p2", "claim_key": "pkg", "surface": "$400m", "qualifier": "exact", "value": 4e8,
         "value_low": 4e8, "value_high": 4e8, "claim_date": "2022-09-25", "dimension": "money", "unit": "USD"},
    ])
    ax = plot_parts_vs_total(claims, "total", codebook=CB)
    bars = [p for p in ax.patches]
    assert len(bars) == 2
    assert [b.get_y() for b in bars] == pytest.approx([10, 10.6])  # stacked on the stated total of 1 Sep
    assert [b.get_height() for b in bars] == pytest.approx([0.6, 0.4])
    total_line = [ln for ln in ax.get_lines() if ln.get_marker() == "o"][0]
    assert list(total_line.get_ydata()) == pytest.approx([10, 11])
    assert ax.get_ylabel() == "US dollars, billions"  # a natural unit for the magnitude
    assert ax.yaxis.get_major_formatter()(12.5, 0) == "12.5"


def test_markers_cover_every_qualifier():
    from claimsdata.models import QUALIFIERS

    assert set(MARKERS) == set(QUALIFIERS)


def test_chart_command_writes_each_format(tmp_path: Path):
    for suffix in (".png", ".svg", ".pdf"):
        out = tmp_path / f"c{suffix}"
        r = CliRunner().invoke(app, ["chart", "russia_mobilized_total", "--out", str(out)])
        assert r.exit_code == 0, r.output
        assert out.stat().st_size > 1000
    r = CliRunner().invoke(app, ["chart", "nope", "--out", str(tmp_path / "x.png")])
    assert r.exit_code == 2
    r = CliRunner().invoke(app, ["chart", "russia_mobilized_total", "--out", str(tmp_path / "x.gif")])
    assert r.exit_code == 2


def test_open_bounds_are_arrows_not_bars_to_the_edge():
    from matplotlib.text import Annotation

    ax = plot_timeline(DRAFTED, "drafted", codebook=CB)
    arrows = [a for a in ax.texts if isinstance(a, Annotation) and a.arrow_patch is not None and not a.get_text()]
    assert len(arrows) == 1  # "more than 200,000" (both copies): one arrow, up from 200,000
    (_, y0), (_, y1) = arrows[0].xyann, arrows[0].xy
    assert y0 == 200000 and y1 > y0


def test_values_use_a_natural_unit_and_thousands_separators():
    from claimsdata.plots import _number, _scale

    assert _scale("m", pd.Series([1.1e6])).label == "kilometres"
    assert _scale("m2", pd.Series([3e9])).label == "square kilometres"
    assert _scale("day", pd.Series([12783.75])).label == "years"
    assert _scale("USD", pd.Series([6.25e8])).label == "US dollars, millions"
    assert _number(222000) == "222,000" and _number(1.5) == "1.5"


def test_every_date_tick_carries_the_year_and_undated_claims_are_counted():
    undated = pd.concat([DRAFTED, _claims([{"claim_id": "5", "claim_key": "drafted", "surface": "300,000",
                                            "qualifier": "exact", "value": 300000, "value_low": 300000,
                                            "value_high": 300000, "speaker": "Y"}])], ignore_index=True)
    ax = plot_timeline(undated, "drafted", codebook=CB)
    ax.figure.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert ticks and all("2022" in t for t in ticks)
    assert any("1 claim(s) without a date" in t.get_text() for t in ax.texts)


def test_sources_show_every_claim_and_labels_are_cut_at_words():
    many = pd.concat([DRAFTED.assign(claim_id=lambda f, i=i: f["claim_id"] + f"-{i}") for i in range(15)],
                     ignore_index=True)
    many["speaker"] = "A speaker with a remarkably long name that goes on"
    ax = plot_sources(many, "drafted", codebook=CB)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == len(many)  # nothing silently dropped
    speaker = labels[0].split(" · ")[1]
    assert speaker.endswith("…") and "A speaker with a remarkably long name that goes on".startswith(speaker[:-2])


def test_the_ring_marks_extracted_claims_only_among_coded_ones():
    mixed = plot_timeline(DRAFTED, "drafted", codebook=CB)  # one extracted claim, the rest coded
    ringed = [t.get_text() for t in mixed.texts if "(this article)" in t.get_text()]
    assert ringed == ["more than 200,000\n(this article)"]
    plt.close("all")
    extracted = DRAFTED.assign(method="extracted", article_id=[f"a{i}" for i in range(len(DRAFTED))])
    ax = plot_timeline(extracted, "drafted", codebook=CB)  # a corpus extracted alone: nothing to single out
    assert not any("(this article)" in t.get_text() or "extracted" in t.get_text() for t in ax.texts)
    plt.close("all")
    two = DRAFTED.assign(method=["extracted", "extracted", "coded", "coded"], article_id=["a1", "a2", "a3", "a4"])
    ax = plot_timeline(two, "drafted", codebook=CB)  # extracted from two articles among coded ones
    assert any("(extracted claims)" in t.get_text() for t in ax.texts)
    assert not any("(this article)" in t.get_text() for t in ax.texts)


def test_a_count_axis_has_whole_ticks():
    few = _claims([{"claim_id": str(i), "claim_key": "drafted", "surface": str(v), "qualifier": "exact", "value": v,
                    "value_low": v, "value_high": v, "claim_date": d, "speaker": "MoD"}
                   for i, (v, d) in enumerate([(2, "2022-10-01"), (3, "2022-10-09")])])
    ax = plot_timeline(few, "drafted", codebook=CB)
    ticks = [t for t in ax.get_yticks() if ax.get_ylim()[0] <= t <= ax.get_ylim()[1]]
    assert ticks and all(float(t).is_integer() for t in ticks), ticks
