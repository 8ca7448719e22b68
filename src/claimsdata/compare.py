"""Cross-article comparison: interval relations, per-key comparison tables, timelines and consistency checks.

Every function takes a claims table (the contract's columns, e.g. from :func:`claimsdata.load_claims`) and
returns a new DataFrame; nothing is read or written here. Pass ``articles`` to add outlets and publication dates.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Literal

import numpy as np
import pandas as pd

from .codebook import Codebook, shipped_codebook
from .errors import UnknownKeyError

__all__ = ["interval", "relation", "compare", "timeline", "consistency", "packages", "Relation"]

Relation = Literal["agrees", "refines", "refined_by", "conflicts"]
_INF = math.inf
_DAY = np.timedelta64(1, "D")


def interval(value_low: float | None, value_high: float | None) -> tuple[float, float]:
    """The closed interval a claim asserts; a null bound is unbounded on that side."""
    lo = -_INF if value_low is None or pd.isna(value_low) else float(value_low)
    hi = _INF if value_high is None or pd.isna(value_high) else float(value_high)
    return lo, hi


def relation(a: tuple[float, float], b: tuple[float, float]) -> Relation:
    """How claim interval ``a`` relates to ``b``.

    ``conflicts``: disjoint; ``refines``: a lies inside b and is narrower; ``refined_by``: the reverse;
    ``agrees``: they overlap otherwise (or are equal).
    """
    (alo, ahi), (blo, bhi) = a, b
    if ahi < blo or bhi < alo:
        return "conflicts"
    a_in_b = blo <= alo and ahi <= bhi
    b_in_a = alo <= blo and bhi <= ahi
    if a_in_b and not b_in_a:
        return "refines"
    if b_in_a and not a_in_b:
        return "refined_by"
    return "agrees"


def _with_context(claims: pd.DataFrame, articles: pd.DataFrame | None) -> pd.DataFrame:
    """Add outlet/published and the reference period [period_start, period_end] used for comparisons.

    The period is the claim's ref_start..ref_end; failing that its claim_date; failing that the article's
    publication date (a report refers to no later than its publication).
    """
    out = claims.copy()
    if articles is not None and "outlet" not in out.columns:
        out = out.merge(articles[["article_id", "outlet", "published"]], on="article_id", how="left")
    for col in ("outlet", "published"):
        if col not in out.columns:
            out[col] = pd.NaT if col == "published" else pd.NA
    ref_start = pd.to_datetime(out["ref_start"])
    ref_end = pd.to_datetime(out["ref_end"])
    said = pd.to_datetime(out["claim_date"])
    pub = pd.to_datetime(out["published"])
    is_date = out["dimension"].astype("string") == "date"
    # for date claims the ref period is the claimed date, not when it refers to: use when it was said
    end = ref_end.where(~is_date).fillna(said).fillna(pub)
    start = ref_start.where(~is_date & ref_start.notna(), end)
    out["period_start"], out["period_end"] = start, end
    out["when"] = said.fillna(ref_end.where(~is_date)).fillna(pub)
    return out


def _bounds(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    is_date = (frame["dimension"].astype("string") == "date").to_numpy()
    lo = frame["value_low"].astype("float64").fillna(-_INF).to_numpy().copy()
    hi = frame["value_high"].astype("float64").fillna(_INF).to_numpy().copy()
    if is_date.any():  # a date claim asserts its ref period: compare as day numbers
        rs = pd.to_datetime(frame["ref_start"]).to_numpy()
        re_ = pd.to_datetime(frame["ref_end"]).to_numpy()
        lo[is_date] = (rs[is_date] - np.datetime64("1970-01-01")) / _DAY
        hi[is_date] = (re_[is_date] - np.datetime64("1970-01-01")) / _DAY
    return lo, hi


def _pairs(frame: pd.DataFrame, tolerance_days: int, *, points_only: bool = False) -> pd.DataFrame:
    """All unordered pairs of rows whose reference periods overlap (widened by the tolerance).

    With ``points_only`` (running totals) only claims dated to a day are paired: a total "as of October"
    says nothing about the total on a given day of October.
    """
    n = len(frame)
    if n < 2:
        return pd.DataFrame(columns=["i", "j", "relation"])
    ps = frame["period_start"].to_numpy()
    pe = frame["period_end"].to_numpy()
    lo, hi = _bounds(frame)
    tol = np.timedelta64(tolerance_days, "D")
    i, j = np.triu_indices(n, k=1)
    known = ~(pd.isna(ps[i]) | pd.isna(pe[i]) | pd.isna(ps[j]) | pd.isna(pe[j]))
    if points_only:
        point = (pe - ps) <= np.timedelta64(0, "D")
        known &= point[i] & point[j]
    i, j = i[known], j[known]
    overlap = (ps[i] - tol <= pe[j]) & (ps[j] - tol <= pe[i])
    i, j = i[overlap], j[overlap]
    rel = [relation((lo[a], hi[a]), (lo[b], hi[b])) for a, b in zip(i, j, strict=True)]
    return pd.DataFrame({"i": i, "j": j, "relation": rel})


def _is_cumulative(codebook: Codebook | None, keys: set[str]) -> bool:
    return codebook is not None and any(codebook.keys[k].cumulative for k in keys if k in codebook.keys)


def compare(claims: pd.DataFrame, key: str, *, articles: pd.DataFrame | None = None,
            codebook: Codebook | None = None, tolerance_days: int = 1) -> pd.DataFrame:
    """Every claim of ``key`` with source, speaker, dates and interval, and how it relates to the others.

    Claims are compared when their reference periods overlap (give or take ``tolerance_days``): then
    ``n_agree``/``n_refines``/``n_conflicts`` count the others it agrees with, is narrower than, or contradicts,
    and ``conflicts_with`` lists the claim ids it contradicts. For cumulative keys (per ``codebook``, the
    shipped one by default) only claims dated to the day are compared. Sorted by date.
    """
    sub = claims[claims["claim_key"] == key]
    if sub.empty:
        raise UnknownKeyError(f"no claims with claim_key {key!r}; `claimsdata keys` lists the keys")
    frame = _with_context(sub, articles).sort_values(["when", "claim_id"], kind="stable").reset_index(drop=True)
    pairs = _pairs(frame, tolerance_days, points_only=_is_cumulative(codebook or shipped_codebook(), {key}))
    n = len(frame)
    agree, refines, conflicts = np.zeros(n, int), np.zeros(n, int), np.zeros(n, int)
    conflict_ids: list[list[str]] = [[] for _ in range(n)]
    ids = frame["claim_id"].tolist()
    for a, b, rel in pairs.itertuples(index=False):
        if rel == "conflicts":
            conflicts[a] += 1
            conflicts[b] += 1
            conflict_ids[a].append(ids[b])
            conflict_ids[b].append(ids[a])
        elif rel == "agrees":
            agree[a] += 1
            agree[b] += 1
        elif rel == "refines":
            refines[a] += 1
            agree[b] += 1
        else:
            refines[b] += 1
            agree[a] += 1
    cols = ["claim_id", "article_id", "method", "outlet", "speaker", "speaker_org", "via", "when", "claim_date",
            "ref_start", "ref_end", "surface", "qualifier", "value", "value_low", "value_high", "unit", "sentence",
            "source_url"]
    out = frame[cols].copy()
    out["n_agree"], out["n_refines"], out["n_conflicts"] = agree, refines, conflicts
    out["conflicts_with"] = [", ".join(c) for c in conflict_ids]
    out["relation"] = np.where(conflicts > 0, "conflicts", np.where(refines > 0, "refines",
                                                                      np.where(agree > 0, "agrees", "alone")))
    return out


def timeline(claims: pd.DataFrame, key: str, *, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The history of one figure: one row per distinct report, wire copies collapsed and counted.

    Reports are the same when speaker (or organisation), interval and qualifier agree; the row is dated by the
    earliest claim or as-of date among its copies (else the earliest publication), ``n_reports`` counts the
    copies and ``outlets`` names them. Sorted by date.
    """
    sub = claims[claims["claim_key"] == key]
    if sub.empty:
        raise UnknownKeyError(f"no claims with claim_key {key!r}; `claimsdata keys` lists the keys")
    frame = _with_context(sub, articles)
    who = frame["speaker"].astype("string").fillna(frame["speaker_org"].astype("string")).fillna("(outlet)")
    frame = frame.assign(_who=who, _lo=frame["value_low"].astype("float64").fillna(-_INF),
                         _hi=frame["value_high"].astype("float64").fillna(_INF),
                         _rs=pd.to_datetime(frame["ref_start"]).astype("string").fillna(""),
                         _re=pd.to_datetime(frame["ref_end"]).astype("string").fillna(""))
    groups = frame.groupby(["_who", "_lo", "_hi", "_rs", "_re", frame["qualifier"].astype("string")],
                           sort=False, dropna=False)
    rows = []
    for _, g in groups:
        first = g.sort_values(["when", "claim_id"], kind="stable").iloc[0]
        dated = pd.to_datetime(g["claim_date"]).dropna()
        as_of = pd.to_datetime(g["ref_end"]).dropna() if first["dimension"] != "date" else pd.Series(dtype="datetime64[ns]")
        date = min(dated.min() if len(dated) else pd.NaT, as_of.min() if len(as_of) else pd.NaT, key=_nat_last)
        if pd.isna(date):
            date = pd.to_datetime(g["published"]).min()
        rows.append({
            "date": date, "speaker": first["speaker"], "speaker_org": first["speaker_org"],
            "surface": first["surface"], "qualifier": first["qualifier"], "value": first["value"],
            "value_low": first["value_low"], "value_high": first["value_high"], "unit": first["unit"],
            "n_reports": len(g), "outlets": ", ".join(sorted({str(o) for o in g["outlet"].dropna()})),
            "methods": ", ".join(sorted({str(m) for m in g["method"]})),
            "claim_ids": ", ".join(sorted(g["claim_id"])), "dated_by": "claim/as-of date" if len(dated) or len(as_of)
            else "publication date",
        })
    out = pd.DataFrame(rows)
    out["date"] = pd.to_datetime(out["date"])
    return out.sort_values(["date", "value_low", "claim_ids"], kind="stable", na_position="last").reset_index(drop=True)


def _nat_last(x: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp.max if pd.isna(x) else x


def _point(row: pd.Series) -> float:
    for col in ("value", "value_low", "value_high"):
        if not pd.isna(row[col]):
            return float(row[col])
    return math.nan


def consistency(claims: pd.DataFrame, codebook: Codebook | None = None, *, articles: pd.DataFrame | None = None,
                tolerance_days: int = 1) -> pd.DataFrame:
    """All findings of three kinds, one row each (``codebook``: the shipped one by default):

    - ``conflict``: two claims of one key (or of one ``compare_group``, marked ``cross_key``) with overlapping
      reference periods and disjoint intervals;
    - ``decrease``: a cumulative key whose later report lies wholly below an earlier one;
    - ``parts_vs_total``: between two stated cumulative totals, the packages announced (codebook ``part_of``)
      against the increase of the total, with the ``gap`` (increase minus packages) in the unit.
    """
    codebook = codebook or shipped_codebook()
    ctx = _with_context(claims[claims["claim_key"].notna()], articles)
    findings: list[dict[str, object]] = []
    # conflicts, within a key and within a compare group
    group_of = {k: (e.compare_group or k) for k, e in codebook.keys.items()}
    ctx = ctx.assign(_group=ctx["claim_key"].map(lambda k: group_of.get(k, k)))
    for _, g in ctx.groupby("_group", sort=True):
        g = g.sort_values(["when", "claim_id"], kind="stable").reset_index(drop=True)
        pairs = _pairs(g, tolerance_days, points_only=_is_cumulative(codebook, set(g["claim_key"])))
        for a, b, rel in pairs.itertuples(index=False):
            if rel != "conflicts":
                continue
            ra, rb = g.iloc[a], g.iloc[b]
            findings.append({
                "kind": "conflict", "claim_key": ra["claim_key"], "other_key": rb["claim_key"],
                "cross_key": ra["claim_key"] != rb["claim_key"], "claim_id": ra["claim_id"],
                "other_claim_id": rb["claim_id"], "date": ra["when"], "other_date": rb["when"],
                "surface": ra["surface"], "other_surface": rb["surface"],
                "who": ra["speaker"] if not pd.isna(ra["speaker"]) else ra["speaker_org"],
                "other_who": rb["speaker"] if not pd.isna(rb["speaker"]) else rb["speaker_org"],
                "org": ra["speaker_org"], "other_org": rb["speaker_org"], "gap": _gap(ra, rb), "unit": ra["unit"],
                "detail": f"{ra['surface']} vs {rb['surface']}",
            })
    # decreasing cumulative series
    for key, entry in codebook.keys.items():
        if not entry.cumulative or not (ctx["claim_key"] == key).any():
            continue
        tl = timeline(claims, key, articles=articles).dropna(subset=["date"])
        best_lo, best_row = -_INF, None
        for row in tl.itertuples(index=False):
            hi = _INF if pd.isna(row.value_high) else row.value_high
            if best_row is not None and hi < best_lo:
                findings.append({
                    "kind": "decrease", "claim_key": key, "other_key": key, "cross_key": False,
                    "claim_id": row.claim_ids.split(", ")[0], "other_claim_id": best_row.claim_ids.split(", ")[0],
                    "date": row.date, "other_date": best_row.date, "surface": row.surface,
                    "other_surface": best_row.surface, "who": row.speaker, "other_who": best_row.speaker,
                    "org": row.speaker_org, "other_org": best_row.speaker_org, "gap": hi - best_lo, "unit": row.unit,
                    "detail": f"{row.surface} ({row.date:%Y-%m-%d}) is below {best_row.surface} "
                              f"({best_row.date:%Y-%m-%d}) in a cumulative series",
                })
            lo = -_INF if pd.isna(row.value_low) else row.value_low
            if lo > best_lo:
                best_lo, best_row = lo, row
    findings.extend(_parts_vs_totals(claims, codebook, articles))
    cols = ["kind", "claim_key", "other_key", "cross_key", "claim_id", "other_claim_id", "date", "other_date",
            "surface", "other_surface", "who", "other_who", "org", "other_org", "gap", "unit", "detail"]
    out = pd.DataFrame(findings, columns=cols)
    return out.sort_values(["kind", "claim_key", "date", "claim_id", "other_claim_id"], kind="stable").reset_index(drop=True)


def _gap(a: pd.Series, b: pd.Series) -> float:
    """Distance between two disjoint intervals (positive), in the unit."""
    alo, ahi = interval(a["value_low"], a["value_high"])
    blo, bhi = interval(b["value_low"], b["value_high"])
    if ahi < blo:
        return blo - ahi
    if bhi < alo:
        return alo - bhi
    return 0.0


def packages(claims: pd.DataFrame, total_key: str, codebook: Codebook | None = None, *,
             articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The packages that add up to ``total_key`` (codebook ``part_of``): one row per package.

    Reports of one key less than ``_SAME_PACKAGE_DAYS`` apart are one package (outlets report an announcement
    over several days); when they disagree (the 20 Feb 2023 package: $500m or $460m) the most-reported value
    is kept and the earliest date. Columns: date, key, v (the package's value), surface, n_reports.
    """
    cb = codebook or shipped_codebook()
    frames = [timeline(claims, k, articles=articles).assign(key=k)
              for k, e in cb.keys.items() if e.part_of == total_key and (claims["claim_key"] == k).any()]
    if not frames:
        return pd.DataFrame(columns=["date", "key", "v", "surface", "n_reports"])
    pk = pd.concat(frames, ignore_index=True).dropna(subset=["date"])
    pk = pk.assign(v=pk.apply(_point, axis=1)).dropna(subset=["v"])
    pk = pk.sort_values(["key", "date"], kind="stable")
    gap = pk.groupby("key")["date"].diff() > pd.Timedelta(days=_SAME_PACKAGE_DAYS)
    pk = pk.assign(package=gap.groupby(pk["key"]).cumsum(), first=pk["date"])
    pk["first"] = pk.groupby(["key", "package"])["date"].transform("min")
    pk["reports"] = pk.groupby(["key", "package"])["n_reports"].transform("sum")
    best = pk.sort_values(["n_reports", "v"], ascending=False, kind="stable").drop_duplicates(["key", "package"])
    out = best.assign(date=best["first"], n_reports=best["reports"])
    return out.sort_values(["date", "key"], kind="stable")[["date", "key", "v", "surface", "n_reports"]].reset_index(drop=True)


_SAME_PACKAGE_DAYS = 3


def _parts_vs_totals(claims: pd.DataFrame, codebook: Codebook,
                     articles: pd.DataFrame | None) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    totals = {e.part_of for e in codebook.keys.values() if e.part_of}
    for total_key in sorted(t for t in totals if t is not None):
        parts = [k for k, e in codebook.keys.items() if e.part_of == total_key]
        if not (claims["claim_key"] == total_key).any():
            continue
        tl = timeline(claims, total_key, articles=articles).dropna(subset=["date"])
        # one total per date: the highest lower bound stated that day
        tl = tl.assign(v=tl.apply(_point, axis=1)).sort_values(["date", "v"]).groupby("date").tail(1)
        pkgs = packages(claims, total_key, codebook, articles=articles)
        if pkgs.empty:
            continue
        rows = list(tl.itertuples(index=False))
        for prev, cur in zip(rows, rows[1:], strict=False):
            window = pkgs[(pkgs["date"] > prev.date) & (pkgs["date"] <= cur.date + timedelta(days=1))]
            increase = cur.v - prev.v
            announced = float(window["v"].sum())
            out.append({
                "kind": "parts_vs_total", "claim_key": total_key, "other_key": ", ".join(parts), "cross_key": True,
                "claim_id": cur.claim_ids.split(", ")[0], "other_claim_id": prev.claim_ids.split(", ")[0],
                "date": cur.date, "other_date": prev.date, "surface": cur.surface, "other_surface": prev.surface,
                "who": cur.speaker, "other_who": prev.speaker, "org": cur.speaker_org, "other_org": prev.speaker_org,
                "gap": increase - announced, "unit": cur.unit,
                "detail": f"total rose {increase:,.0f} from {prev.date:%Y-%m-%d} to {cur.date:%Y-%m-%d}; "
                          f"{len(window)} package(s) announced in between sum to {announced:,.0f}",
            })
    return out
