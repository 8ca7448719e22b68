"""Figures over time and across sources (matplotlib, Axes-level: each takes ``ax=None`` and returns the Axes).

Nothing here calls ``plt.show()`` or saves files; matplotlib is imported when a plot function is called.
Every figure refuses to mislead: nothing to draw is an error (:class:`NothingToDrawError`), open bounds are
arrows from the bound, values are shown in a natural unit with thousands separators, date axes carry the year,
one marker per qualifier (explained in the legend), every source is shown, and what is left out (claims
without a date) is counted on the figure.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from . import units
from .codebook import Codebook, shipped_codebook
from .compare import compare, packages, select, timeline
from .errors import NothingToDrawError

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_timeline", "plot_sources", "plot_parts_vs_total", "MARKERS", "QUALIFIER_LABELS", "unit_label"]

#: one marker per qualifier: bounds point the way the truth may lie
MARKERS: dict[str, str] = {"exact": "o", "approximate": "D", "more_than": "^", "at_least": "$\u2265$",
                           "less_than": "v", "at_most": "$\u2264$", "range": "s"}
#: what each marker means, for legends
QUALIFIER_LABELS: dict[str, str] = {
    "exact": "exact figure", "approximate": "approximate (about, nearly)", "more_than": "more than (arrow up)",
    "at_least": "at least (arrow up)", "less_than": "less than (arrow down)", "at_most": "at most, up to (arrow down)",
    "range": "range (bar)"}
_NO_SOURCE = "no named source (the outlet)"


def unit_label(unit: str, entity: str | None = None) -> str:
    """An axis label that carries the unit ("people (count)", "US dollars")."""
    text = units.label(unit)
    return f"{entity} ({text})" if entity else text


@dataclass(frozen=True)
class _Scale:
    """How values of a canonical unit are shown: divided by ``factor``, labelled ``label``."""

    factor: float
    label: str


def _scale(unit: str, values: pd.Series) -> _Scale:
    """A natural display unit for the magnitude of ``values`` (km for metres, $ bn for dollars, years for days)."""
    finite = values[np.isfinite(values)].abs()
    top = float(finite.max()) if len(finite) else 0.0
    name = units.label(unit)
    if len(unit) == 3 and unit.isupper():  # money
        for factor, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
            if top >= factor:
                return _Scale(factor, f"{name}, {word}s")
        return _Scale(1.0, name)
    natural = {"m": ((1e3, "kilometres"),), "m2": ((1e6, "square kilometres"), (1e4, "hectares")),
               "kg": ((1e3, "tonnes"),), "day": ((365.25, "years"),), "m/s": ((1 / 3.6, "km/h"),)}
    for factor, word in natural.get(unit, ()):
        if top >= 2 * factor or unit == "m/s":
            return _Scale(factor, word)
    return _Scale(1.0, name)


def _scaled(frame: pd.DataFrame, unit: str) -> tuple[_Scale, pd.Series, pd.Series, pd.Series, pd.Series, float]:
    """The display scale of a frame's values, and its lows, highs and points in it, the finite values, and their
    span (for the length of bound arrows)."""
    scale = _scale(unit, pd.concat([frame["value_low"], frame["value_high"], frame["value"]]).astype(float))
    lows = frame["value_low"].astype(float) / scale.factor
    highs = frame["value_high"].astype(float) / scale.factor
    points = (frame["value"].astype(float) / scale.factor).fillna(lows).fillna(highs)
    finite = pd.concat([lows, highs, points])
    finite = finite[np.isfinite(finite)]
    span = float(finite.max() - finite.min()) or abs(float(finite.max())) or 1.0
    return scale, lows, highs, points, finite, span


def _number(v: float, _pos: object = None) -> str:
    """A tick label: thousands separators, no scientific notation, no needless decimals."""
    if not math.isfinite(v):
        return ""
    if abs(v) >= 100 or float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:,.3g}"


def _short(text: object, width: int) -> str:
    """``text`` cut to ``width`` characters at a word boundary (never mid-word), with an ellipsis."""
    s = " ".join(str(text).split())
    if len(s) <= width:
        return s
    cut = textwrap.shorten(s, width=width, placeholder=" …")
    return cut if cut != " …" else s.split()[0]


def _wrap(text: str, width: int = 95) -> str:
    return "\n".join(textwrap.wrap(text, width))


def _axes(ax: Axes | None, size: tuple[float, float] = (9, 4.8)) -> Axes:
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _date_axis(axis: Any, dates: pd.Series) -> None:
    """A date axis whose every tick carries the year, padded around the data (a week at least)."""
    import matplotlib.dates as mdates

    dates = pd.to_datetime(dates).dropna()
    lo, hi = dates.min(), dates.max()
    pad = max(pd.Timedelta(days=7), (hi - lo) * 0.05)
    limits = (mdates.date2num(lo - pad), mdates.date2num(hi + pad))
    if axis.axis_name == "x":
        axis.axes.set_xlim(*limits)
    else:
        axis.axes.set_ylim(*limits)
    span = (hi - lo) + 2 * pad
    sep = "\n" if axis.axis_name == "x" else " "
    if span <= pd.Timedelta(days=75):
        locator: Any = mdates.DayLocator(interval=max(1, math.ceil(span.days / 6)))
        fmt = f"%d %b{sep}%Y"
    elif span <= pd.Timedelta(days=800):
        locator = mdates.MonthLocator(interval=max(1, math.ceil(span.days / 30.4 / 8)))
        fmt = f"%b{sep}%Y"
    else:
        locator = mdates.YearLocator()
        fmt = "%Y"
    axis.set_major_locator(locator)
    axis.set_major_formatter(mdates.DateFormatter(fmt))


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


def _draw_bound(ax: Axes, x: Any, lo: float | None, hi: float | None, qualifier: str, colour: Any,
                span: float, horizontal: bool = False, transform: Any = None) -> None:
    """A closed interval as a bar; an open one as an arrow from its bound in the direction it is open
    (``transform``: the data coordinates, shifted when points that coincide are set side by side)."""
    tr = ax.transData if transform is None else transform
    if lo is not None and hi is not None:
        if hi > lo:
            (ax.hlines if horizontal else ax.vlines)(x, lo, hi, colors=[colour], alpha=0.35, linewidth=4,
                                                     transform=tr)
        return
    start = lo if lo is not None else hi
    if start is None:
        return
    step = span * 0.12 * (1 if lo is not None else -1)
    tip = (start + step, x) if horizontal else (x, start + step)
    tail = (start, x) if horizontal else (x, start)
    ax.annotate("", xy=tip, xytext=tail, xycoords=tr, textcoords=tr,
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.4, "alpha": 0.8, "shrinkA": 0,
                            "shrinkB": 0})
    ax.plot([tip[0]], [tip[1]], alpha=0)  # the axes make room for the arrow's tip


def _footnote(ax: Axes, text: str) -> None:
    ax.text(0, -0.16, text, transform=ax.transAxes, fontsize=7, color="dimgrey", va="top", ha="left")


def plot_timeline(claims: pd.DataFrame, key: str, *, articles: pd.DataFrame | None = None,
                  highlight: str = "extracted", codebook: Codebook | None = None, log: bool | None = None,
                  ax: Axes | None = None) -> Axes:
    """One figure's history: a point per distinct report at its date; ranges as bars, open bounds as arrows.

    ``key`` is a codebook key or a claim group id. Markers follow the qualifier (:data:`MARKERS`, explained in
    the legend), colours the speaker's organisation, marker size the number of outlets that carried the report.
    Claims of method ``highlight`` (the seed article's, by default) are ringed and labelled, when the series
    also holds claims of another method (see :func:`_ring_label`). Values are shown in
    a natural unit (km, $ bn, years); log scale when they span two orders of magnitude (or as ``log`` says).
    Date-valued quantities get a date axis for the claimed dates. Claims without a date are counted in a note.
    Reports that would hide one another (one date, one value) stand side by side, as a note says.
    """
    import matplotlib.dates as mdates
    from matplotlib.transforms import offset_copy

    sub = select(claims, key, codebook=codebook)
    if (sub["dimension"].astype("string") == "date").all():
        return _plot_dates(sub, key, articles=articles, codebook=codebook, ax=ax)
    full = timeline(sub, key, articles=articles)
    tl = full.dropna(subset=["date"])
    tl = tl[tl["value_low"].notna() | tl["value_high"].notna() | tl["value"].notna()]
    if tl.empty:
        raise NothingToDrawError(f"{key}: none of its {len(sub)} claims has both a date and a number to draw")
    undated = int(full.loc[full["date"].isna(), "n_reports"].sum())
    ax = _axes(ax)
    unit, entity, description = _key_info(key, codebook, sub)
    scale, lo_all, hi_all, y, finite, span = _scaled(tl, unit)
    org = tl["speaker_org"].astype("string").fillna(tl["speaker"].astype("string")).fillna(_NO_SOURCE)
    colours = _colours(sorted(set(org)))
    ring = _ring_label(sub, highlight)
    xs = mdates.date2num(pd.to_datetime(tl["date"]))  # (numbers: a shifted transform takes no dates)
    shifts = _side_by_side([float(x) for x in xs], y.tolist(), span)
    for (_, row), x, who, yy, lo, hi, dx in zip(tl.iterrows(), xs, org, y, lo_all, hi_all, shifts, strict=True):
        colour = colours[who]
        tr = offset_copy(ax.transData, fig=ax.figure, x=dx, units="points") if dx else ax.transData
        if dx:  # (an artist in shifted coordinates does not widen the axes: its data does, here)
            ax.update_datalim([(x, v) for v in (yy, lo, hi) if math.isfinite(v)])
        _draw_bound(ax, x, None if math.isnan(lo) else lo, None if math.isnan(hi) else hi,
                    str(row["qualifier"]), colour, span, transform=tr)
        size = 30 + 12 * min(int(row["n_reports"]), 15)
        ax.scatter([x], [yy], marker=MARKERS.get(str(row["qualifier"]), "o"), s=size, color=colour,
                   edgecolor="black", linewidth=0.5, zorder=3, transform=tr)
        if ring and highlight in str(row["methods"]).split(", "):
            ax.scatter([x], [yy], marker="o", s=size * 3.5, facecolor="none", edgecolor="crimson",
                       linewidth=2, zorder=4, transform=tr)
            ax.annotate(f"{row['surface']}\n({ring})", (x, yy), xycoords=tr, xytext=(12, -28),
                        textcoords="offset points", fontsize=8, color="crimson",
                        arrowprops={"arrowstyle": "-", "color": "crimson", "lw": 0.8})
    ax.autoscale_view()
    if log if log is not None else _spans_decades(finite):
        ax.set_yscale("log")
    ax.set_ylabel(unit_label(unit, entity) if scale.factor == 1 else f"{entity} ({scale.label})" if entity
                  else scale.label)
    ax.yaxis.set_major_formatter(_number)
    if unit == "count" and ax.get_yscale() == "linear" and abs(ax.get_ylim()[1] - ax.get_ylim()[0]) < 20:
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True, steps=[1, 2, 5, 10]))  # no tick at 2.4 people (large
        # counts keep matplotlib's round steps)
    ax.set_title(_wrap(f"{description or key} [{key}]"), fontsize=10, loc="left")
    _date_axis(ax.xaxis, tl["date"])
    ax.grid(True, alpha=0.3)
    _legends(ax, colours, sorted(set(tl["qualifier"].astype(str))))
    notes = [f"{undated} claim(s) without a date are not shown (see `claimsdata compare {key}`)."] if undated else []
    if any(shifts):
        notes.append("Reports at the same date and value are drawn side by side.")
    if notes:
        _footnote(ax, "\n".join(notes))
    return ax


def _side_by_side(xs: list[float], ys: list[float], y_span: float, step: float = 9.0) -> list[float]:
    """A horizontal shift in points for each of several reports drawn at one place (dates within 1.5% of the time
    axis, values within 2% of the value axis), so that they stand side by side and every colour stays visible;
    0 for a report alone there."""
    x_span = (max(xs) - min(xs)) if xs else 0.0
    x_tol, y_tol = max(x_span * 0.015, 0.5), y_span * 0.02
    clusters: list[list[int]] = []
    open_at: dict[int, list[list[int]]] = {}  # clusters by the value band of their first report (bands of y_tol)
    for i in sorted(range(len(xs)), key=lambda k: (xs[k], ys[k])):
        home, band = None, math.floor(ys[i] / y_tol) if math.isfinite(ys[i]) and y_tol > 0 else None
        for b in () if band is None else (band - 1, band, band + 1):
            kept = open_at[b] = [c for c in open_at.get(b, ()) if xs[i] - xs[c[0]] <= x_tol]  # (older ones close)
            home = home or next((c for c in kept if abs(ys[c[0]] - ys[i]) <= y_tol), None)
        if home is None:
            clusters.append([i])
            if band is not None:
                open_at.setdefault(band, []).append(clusters[-1])
        else:
            home.append(i)
    shifts = [0.0] * len(xs)
    for rows in clusters:
        for k, i in enumerate(rows):
            shifts[i] = (k - (len(rows) - 1) / 2) * step
    return shifts


def _legends(ax: Axes, colours: dict[str, Any], qualifiers: list[str]) -> None:
    """Speaker organisations and qualifiers, outside the axes so that they never hide data."""
    from matplotlib.lines import Line2D

    org_handles = [Line2D([], [], marker="o", linestyle="", color=c, label=_short(o, 40)) for o, c in colours.items()]
    qual_handles = [Line2D([], [], marker=MARKERS[q], linestyle="", color="dimgrey", markersize=8,
                           label=QUALIFIER_LABELS[q]) for q in qualifiers if q in MARKERS]
    fig = ax.figure
    fig.legend(handles=org_handles, title="speaker organisation", fontsize=7, title_fontsize=8,
               loc="outside right upper", frameon=False)
    fig.legend(handles=qual_handles, title="qualifier", fontsize=7, title_fontsize=8, loc="outside right lower",
               frameon=False)


def _plot_dates(sub: pd.DataFrame, key: str, *, articles: pd.DataFrame | None, codebook: Codebook | None,
                ax: Axes | None) -> Axes:
    """A date-valued quantity: when each source said it (x) against the date it claimed (y, a bar if a period)."""
    rows = compare(sub, key, articles=articles, codebook=codebook)
    said = pd.to_datetime(rows["when"])
    start, end = pd.to_datetime(rows["ref_start"]), pd.to_datetime(rows["ref_end"])
    ok = said.notna() & (start.notna() | end.notna())
    if not ok.any():
        raise NothingToDrawError(f"{key}: none of its {len(rows)} claims has both a date said and a date claimed")
    ax = _axes(ax)
    _, _, description = _key_info(key, codebook, sub)
    who = rows["speaker_org"].astype("string").fillna(rows["speaker"].astype("string")).fillna(_NO_SOURCE)
    colours = _colours(sorted(set(who[ok])))
    for i in np.flatnonzero(ok.to_numpy()):
        s, e = start.iloc[i], end.iloc[i]
        s, e = (e if pd.isna(s) else s), (s if pd.isna(e) else e)
        mid = s + (e - s) / 2
        colour = colours[who.iloc[i]]
        if e > s:
            ax.vlines(said.iloc[i], s, e, colors=[colour], alpha=0.35, linewidth=4)
        ax.scatter([said.iloc[i]], [mid], marker=MARKERS.get(str(rows["qualifier"].iloc[i]), "o"), s=45,
                   color=colour, edgecolor="black", linewidth=0.5, zorder=3)
    _date_axis(ax.xaxis, said[ok])
    _date_axis(ax.yaxis, pd.concat([start[ok], end[ok]]))
    ax.set_xlabel("when it was said")
    ax.set_ylabel("the date claimed (bar: a period)")
    ax.set_title(_wrap(f"{description or key} [{key}]"), fontsize=10, loc="left")
    ax.grid(True, alpha=0.3)
    _legends(ax, colours, sorted(set(rows.loc[ok, "qualifier"].astype(str))))
    left_out = int((~ok).sum())
    if left_out:
        _footnote(ax, f"{left_out} claim(s) without a date said or claimed are not shown.")
    return ax


def _ring_label(claims: pd.DataFrame, highlight: str) -> str | None:
    """What the ring around the claims of method ``highlight`` says: "this article" when they come from one
    article, else the method; None when no claim or every claim of the series has that method (in a corpus
    extracted alone every claim would be ringed "this article")."""
    marked = claims["method"].astype("string") == highlight
    if not marked.any() or marked.all():
        return None
    return "this article" if claims.loc[marked, "article_id"].nunique() == 1 else f"{highlight} claims"


def plot_sources(claims: pd.DataFrame, key: str, *, articles: pd.DataFrame | None = None,
                 codebook: Codebook | None = None, log: bool | None = None, highlight: str = "extracted",
                 ax: Axes | None = None) -> Axes:
    """The same quantity side by side by source: one row per claim (outlet, speaker, date), every claim shown.

    Its interval is a bar (an open bound an arrow), its point a marker by qualifier; claims that conflict with
    another are drawn in red with an ×; claims of method ``highlight`` (the seed article's) are ringed, when the
    series also holds claims of another method (see :func:`_ring_label`).
    """
    sub = select(claims, key, codebook=codebook)
    rows = compare(sub, key, articles=articles, codebook=codebook)
    rows = rows.sort_values(["when", "claim_id"], kind="stable", na_position="last").reset_index(drop=True)
    if not (rows["value_low"].notna() | rows["value_high"].notna()).any():
        raise NothingToDrawError(f"{key}: none of its {len(rows)} claims has a number to draw")
    ax = _axes(ax, (9, max(3.0, 0.24 * len(rows) + 1.6)))
    unit, entity, description = _key_info(key, codebook, sub)
    scale, lows, highs, pts, finite, span = _scaled(rows, unit)
    ring = _ring_label(sub, highlight)
    for i, row in rows.iterrows():
        bad = row["n_conflicts"] > 0
        colour = "crimson" if bad else "tab:blue"
        lo = None if math.isnan(lows[i]) else lows[i]
        hi = None if math.isnan(highs[i]) else highs[i]
        _draw_bound(ax, i, lo, hi, str(row["qualifier"]), colour, span, horizontal=True)
        ax.scatter([pts[i]], [i], marker="X" if bad else MARKERS.get(str(row["qualifier"]), "o"), color=colour,
                   edgecolor="black", linewidth=0.4, zorder=3, s=45)
        if ring and row["method"] == highlight:
            ax.scatter([pts[i]], [i], marker="o", s=200, facecolor="none", edgecolor="crimson", linewidth=1.8,
                       zorder=4)
    labels = [" · ".join([_short(r.outlet if not pd.isna(r.outlet) else r.article_id, 28),
                          _short(r.speaker if not pd.isna(r.speaker) else _NO_SOURCE, 26),
                          f"{r.when:%d %b %Y}" if not pd.isna(r.when) else "undated"]) for r in rows.itertuples()]
    ax.set_yticks(range(len(rows)), labels, fontsize=7)
    ax.invert_yaxis()
    if log if log is not None else _spans_decades(finite):
        ax.set_xscale("log")
    ax.set_xlabel(unit_label(unit, entity) if scale.factor == 1 else f"{entity} ({scale.label})" if entity
                  else scale.label)
    from matplotlib.ticker import MaxNLocator

    if ax.get_xscale() == "linear":
        ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=unit == "count" and abs(
            ax.get_xlim()[1] - ax.get_xlim()[0]) < 20))
    ax.xaxis.set_major_formatter(_number)
    n_bad = int((rows["n_conflicts"] > 0).sum())
    ax.set_title(_wrap(f"{description or key} [{key}]: all {len(rows)} claims by source (outlet · speaker · "
                       f"date), {n_bad} in conflict with another for the same period (red ×)", 80), fontsize=10,
                 loc="left")
    ax.grid(True, axis="x", alpha=0.3)
    from matplotlib.lines import Line2D

    quals = [q for q in sorted(set(rows["qualifier"].astype(str))) if q in MARKERS]
    handles = [Line2D([], [], marker=MARKERS[q], linestyle="", color="tab:blue", markersize=8,
                      label=QUALIFIER_LABELS[q]) for q in quals]
    if n_bad:
        handles.append(Line2D([], [], marker="X", linestyle="", color="crimson", label="in conflict"))
    if ring:
        handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="none", markeredgecolor="crimson",
                              markersize=10, label=ring))
    ax.figure.legend(handles=handles, fontsize=7, loc="outside lower center", ncols=min(4, len(handles)),
                     frameon=False)
    return ax


def plot_parts_vs_total(claims: pd.DataFrame, total_key: str, *,
                        articles: pd.DataFrame | None = None, codebook: Codebook | None = None,
                        ax: Axes | None = None) -> Axes:
    """Announced packages (the codebook's ``part_of`` keys), stacked one on another from the first stated
    total, against the cumulative totals stated over time."""
    cb = codebook or shipped_codebook()
    parts = [k for k, e in cb.keys.items() if e.part_of == total_key]
    if not parts:
        raise NothingToDrawError(f"{total_key}: no codebook key is part_of it (it needs packages that add up to it)")
    totals = timeline(claims, total_key, articles=articles).dropna(subset=["date"])
    totals = totals.assign(v=totals["value"].astype(float).fillna(totals["value_low"].astype(float)))
    totals = totals.dropna(subset=["v"]).sort_values("date")
    pk = packages(claims, total_key, cb, articles=articles)
    if totals.empty and pk.empty:
        raise NothingToDrawError(f"{total_key}: no dated total and no dated package to draw")
    ax = _axes(ax)
    unit, _, description = _key_info(total_key, cb)
    scale = _scale(unit, pd.concat([totals["v"], pk["v"]]).astype(float))
    if len(pk):
        # stack from the last stated total before the first recorded package (earlier packages are not in the data)
        before = totals[totals["date"] <= pk["date"].min()]
        anchor = before.iloc[-1] if len(before) else (totals.iloc[0] if len(totals) else None)
        start = float(anchor["v"]) if anchor is not None else 0.0
        t0 = anchor["date"] if anchor is not None else pk["date"].min() - pd.Timedelta(days=1)
        pk = pk[pk["date"] > t0]
        base = start + pk["v"].cumsum() - pk["v"]
        colours = _colours(sorted(pk["key"].unique()))
        for k in pk["key"].unique():
            m = pk["key"] == k
            what = cb.keys[k].description if k in cb.keys else k
            ax.bar(pk.loc[m, "date"], pk.loc[m, "v"] / scale.factor, bottom=base[m] / scale.factor, width=4,
                   color=colours[k], alpha=0.8, label=f"packages announced: {_short(what, 70)}")
        ax.step([t0, *pk["date"]], [start / scale.factor, *((base + pk["v"]) / scale.factor)], where="post",
                color="grey", linewidth=1, label=f"stated total of {t0:%d %b %Y} + packages announced since")
    ax.plot(totals["date"], totals["v"] / scale.factor, marker="o", color="black", linestyle="--", linewidth=1,
            label="stated cumulative total")
    ax.set_ylabel(scale.label)
    ax.yaxis.set_major_formatter(_number)
    ax.set_title(_wrap(f"Packages announced vs stated cumulative totals: {description}"), fontsize=10, loc="left")
    _date_axis(ax.xaxis, pd.concat([totals["date"], pk["date"]]))
    ax.legend(fontsize=7, loc="upper left", frameon=False)
    ax.grid(True, alpha=0.3)
    return ax
