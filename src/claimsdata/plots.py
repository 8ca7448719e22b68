"""Figures over time and across sources (matplotlib, Axes-level: each takes ``ax=None`` and returns the Axes).

Nothing here calls ``plt.show()`` or saves files; matplotlib is imported when a plot function is called.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from . import units
from .codebook import Codebook, shipped_codebook
from .compare import compare, packages, select, timeline
from .errors import NothingToDrawError

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_timeline", "plot_sources", "plot_parts_vs_total", "MARKERS", "unit_label"]

#: marker per qualifier: bounds point the way the truth may lie
MARKERS: dict[str, str] = {"exact": "o", "approximate": "D", "more_than": "^", "at_least": "^", "less_than": "v",
                           "at_most": "v", "range": "s"}


def unit_label(unit: str, entity: str | None = None) -> str:
    """A y-axis label that carries the unit ("people (count)", "US dollars")."""
    text = units.label(unit)
    return f"{entity} ({text})" if entity else text


def _wrap(text: str, width: int = 95) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))


def _money_axis(axis: Any, unit: str) -> None:
    """Money in millions or billions on the axis, not in scientific notation."""
    if len(unit) == 3 and unit.isupper():
        axis.set_major_formatter(lambda v, _pos: "0" if v == 0 else (
            f"{v / 1e9:,.1f} bn" if abs(v) >= 1e9 else f"{v / 1e6:,.0f} m"))


def _axes(ax: Axes | None, size: tuple[float, float] = (9, 4.8)) -> Axes:
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _spans_decades(values: pd.Series) -> bool:
    v = values[np.isfinite(values) & (values > 0)]
    return len(v) > 1 and v.max() / v.min() >= 100


def _key_info(key: str, codebook: Codebook | None, rows: pd.DataFrame | None = None) -> tuple[str, str | None, str]:
    """(unit, entity, description) of a codebook key, or of a claim group from its rows."""
    cb = codebook or shipped_codebook()
    entry = cb.keys.get(key)
    if entry is not None:
        return entry.unit, entry.entity, entry.description
    if rows is not None and len(rows):
        label = str(rows["group_label"].iloc[0]) if "group_label" in rows.columns else ""
        return str(rows["unit"].iloc[0]), None, label
    return key, None, ""


def _colours(labels: list[str]) -> dict[str, Any]:
    import matplotlib as mpl

    cmap = mpl.colormaps["tab10"] if len(labels) <= 10 else mpl.colormaps["tab20"]
    return {lab: cmap(i % cmap.N) for i, lab in enumerate(labels)}


def plot_timeline(claims: pd.DataFrame, key: str, *, articles: pd.DataFrame | None = None,
                  highlight: str = "extracted", codebook: Codebook | None = None, log: bool | None = None,
                  ax: Axes | None = None) -> Axes:
    """One figure's history: a point per distinct report at its date, interval bars for bounds and ranges.

    Markers follow the qualifier (:data:`MARKERS`), colours the speaker's organisation, marker size the number
    of outlets that carried the report. Claims of method ``highlight`` (the seed article's, by default) are
    ringed and labelled. Log scale when values span two orders of magnitude (or as ``log`` says).
    """
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D

    sub = select(claims, key, codebook=codebook)
    tl = timeline(sub, key, articles=articles).dropna(subset=["date"])
    tl = tl[tl["value_low"].notna() | tl["value_high"].notna() | tl["value"].notna()]
    if tl.empty:
        raise NothingToDrawError(f"{key}: none of its {len(sub)} claims has both a date and a number to draw")
    ax = _axes(ax)
    unit, entity, description = _key_info(key, codebook, sub)
    org = (tl["speaker_org"].astype("string").fillna(tl["speaker"].astype("string")).fillna("(outlet)")
           .str.replace("Defence", "Defense", regex=False))  # one organisation, two spellings in the sources
    colours = _colours(sorted(set(org)))
    y = tl["value"].astype(float).fillna(tl["value_low"].astype(float)).fillna(tl["value_high"].astype(float))
    finite = pd.concat([tl["value_low"], tl["value_high"], y]).astype(float)
    top = np.nanmax(finite[np.isfinite(finite)]) if len(finite) else 1.0
    for (_, row), who, yy in zip(tl.iterrows(), org, y, strict=True):
        colour = colours[who]
        lo = row["value_low"] if not pd.isna(row["value_low"]) else None
        hi = row["value_high"] if not pd.isna(row["value_high"]) else None
        if lo is not None or hi is not None:
            ax.vlines(row["date"], lo if lo is not None else 0, hi if hi is not None else top * 1.15,
                      colors=[colour], alpha=0.35, linewidth=3, linestyles="solid" if lo is not None and hi is not None
                      else "dotted")
        size = 30 + 12 * min(int(row["n_reports"]), 15)
        ax.scatter([row["date"]], [yy], marker=MARKERS.get(str(row["qualifier"]), "o"), s=size, color=colour,
                   edgecolor="black", linewidth=0.5, zorder=3)
        if highlight in str(row["methods"]).split(", "):
            ax.scatter([row["date"]], [yy], marker="o", s=size * 3.5, facecolor="none", edgecolor="crimson",
                       linewidth=2, zorder=4)
            ax.annotate(f"{row['surface']}\n(this article)", (row["date"], yy), xytext=(12, -28),
                        textcoords="offset points", fontsize=8, color="crimson",
                        arrowprops={"arrowstyle": "-", "color": "crimson", "lw": 0.8})
    if log if log is not None else _spans_decades(finite):
        ax.set_yscale("log")
    ax.set_ylabel(unit_label(unit, entity))
    ax.set_title(_wrap(f"{description or key} [{key}]"), fontsize=10, loc="left")
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(True, alpha=0.3)
    org_handles = [Line2D([], [], marker="o", linestyle="", color=c, label=o) for o, c in colours.items()]
    qual_handles = [Line2D([], [], marker=MARKERS[q], linestyle="", color="grey", label=q.replace("_", " "))
                    for q in sorted(set(tl["qualifier"].astype(str))) if q in MARKERS]
    # legends outside the axes, on the figure, so that they never hide data and layout makes room for them
    fig = ax.figure
    fig.legend(handles=org_handles, title="speaker organisation", fontsize=7, title_fontsize=8,
               loc="outside right upper", frameon=False)
    fig.legend(handles=qual_handles, title="qualifier", fontsize=7, title_fontsize=8, loc="outside right lower",
               frameon=False)
    _money_axis(ax.yaxis, unit)
    return ax


def plot_sources(claims: pd.DataFrame, key: str, *, articles: pd.DataFrame | None = None,
                 codebook: Codebook | None = None, max_rows: int = 30, log: bool | None = None,
                 ax: Axes | None = None) -> Axes:
    """The same quantity side by side by source: one row per claim (outlet, speaker, date), its interval as a
    bar, its point as a marker; claims that conflict with another are drawn in red with an ×."""
    sub = select(claims, key, codebook=codebook)
    rows = compare(sub, key, articles=articles, codebook=codebook)
    rows = rows.sort_values(["when", "claim_id"], kind="stable").tail(max_rows).reset_index(drop=True)
    if not (rows["value_low"].notna() | rows["value_high"].notna()).any():
        raise NothingToDrawError(f"{key}: none of its {len(rows)} claims has a number to draw")
    ax = _axes(ax, (9, max(3.0, 0.28 * len(rows) + 1.2)))
    unit, entity, description = _key_info(key, codebook, sub)
    lows = rows["value_low"].astype(float)
    highs = rows["value_high"].astype(float)
    pts = rows["value"].astype(float).fillna(lows).fillna(highs)
    finite = pd.concat([lows, highs, pts])
    finite = finite[np.isfinite(finite)]
    lo_edge, hi_edge = (finite.min(), finite.max()) if len(finite) else (0.0, 1.0)
    for i, row in rows.iterrows():
        bad = row["n_conflicts"] > 0
        colour = "crimson" if bad else "tab:blue"
        lo = lows[i] if not math.isnan(lows[i]) else lo_edge * 0.8
        hi = highs[i] if not math.isnan(highs[i]) else hi_edge * 1.25
        ax.hlines(i, lo, hi, colors=[colour], linewidth=5, alpha=0.35)
        ax.scatter([pts[i]], [i], marker="X" if bad else MARKERS.get(str(row["qualifier"]), "o"), color=colour,
                   edgecolor="black", linewidth=0.4, zorder=3, s=45)
    labels = [f"{(str(r.outlet) if not pd.isna(r.outlet) else r.article_id)[:22]} · "
              f"{(str(r.speaker) if not pd.isna(r.speaker) else '(outlet)')[:20]} · "
              f"{r.when:%Y-%m-%d}" if not pd.isna(r.when) else str(r.outlet) for r in rows.itertuples()]
    ax.set_yticks(range(len(rows)), labels, fontsize=7)
    ax.invert_yaxis()
    if log if log is not None else _spans_decades(finite):
        ax.set_xscale("log")
    ax.set_xlabel(unit_label(unit, entity))
    _money_axis(ax.xaxis, unit)
    n_bad = int((rows["n_conflicts"] > 0).sum())
    ax.set_title(_wrap(f"{description or key} [{key}]: {len(rows)} claims by source (outlet · speaker · date), "
                       f"{n_bad} in conflict with another on the same day (red ×)"), fontsize=10, loc="left")
    ax.grid(True, axis="x", alpha=0.3)
    return ax


def plot_parts_vs_total(claims: pd.DataFrame, total_key: str = "us_cumulative_security_assistance_usd", *,
                        articles: pd.DataFrame | None = None, codebook: Codebook | None = None,
                        ax: Axes | None = None) -> Axes:
    """Announced packages (the codebook's ``part_of`` keys), stacked one on another from the first stated
    total, against the cumulative totals stated over time."""
    import matplotlib.dates as mdates

    cb = codebook or shipped_codebook()
    ax = _axes(ax)
    totals = timeline(claims, total_key, articles=articles).dropna(subset=["date"])
    totals = totals.assign(v=totals["value"].astype(float).fillna(totals["value_low"].astype(float)))
    totals = totals.dropna(subset=["v"]).sort_values("date")
    pk = packages(claims, total_key, cb, articles=articles)
    if len(pk):
        # stack from the last stated total before the first recorded package (earlier packages are not in the data)
        before = totals[totals["date"] <= pk["date"].min()]
        anchor = before.iloc[-1] if len(before) else (totals.iloc[0] if len(totals) else None)
        start = float(anchor["v"]) if anchor is not None else 0.0
        t0 = anchor["date"] if anchor is not None else pk["date"].min() - pd.Timedelta(days=1)
        pk = pk[pk["date"] > t0]
        base = start + pk["v"].cumsum() - pk["v"]
        colours = {"us_pda_package_usd": "tab:blue", "us_usai_package_usd": "tab:orange"}
        for k in pk["key"].unique():
            m = pk["key"] == k
            ax.bar(pk.loc[m, "date"], pk.loc[m, "v"], bottom=base[m], width=4, color=colours.get(k, "tab:green"),
                   alpha=0.8, label=f"packages announced: {k}")
        ax.step([t0, *pk["date"]], [start, *(base + pk["v"])], where="post", color="grey", linewidth=1,
                label=f"stated total of {t0:%d %b %Y} + packages announced since")
    ax.plot(totals["date"], totals["v"], marker="o", color="black", linestyle="--", linewidth=1,
            label=f"stated cumulative total ({total_key})")
    unit, _, description = _key_info(total_key, cb)
    ax.set_ylabel(unit_label(unit))
    _money_axis(ax.yaxis, unit)
    ax.set_title(_wrap(f"Packages announced vs stated cumulative totals: {description}"), fontsize=10, loc="left")
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.legend(fontsize=7, loc="upper left", frameon=False)
    ax.grid(True, alpha=0.3)
    return ax
