"""Cross-article comparison: interval relations, per-key comparison tables, timelines and consistency checks.

Every function takes a claims table (the contract's columns, e.g. from :func:`claimsdata.load_claims`) and
returns a new DataFrame; nothing is read or written here. Pass ``articles`` to add outlets and publication dates.
"""

from __future__ import annotations

import difflib
import math
import re
from datetime import timedelta
from typing import Literal

import numpy as np
import pandas as pd

from .codebook import Codebook, shipped_codebook
from .errors import UnknownKeyError
from .schema import as_claims

__all__ = ["interval", "relation", "compare", "timeline", "consistency", "packages", "Relation", "select",
           "stated_bounds", "rounding_halfwidth"]

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
    """Add outlet/published/source and the reference period [period_start, period_end] used for comparisons.

    The period is the claim's ref_start..ref_end; failing that its claim_date; failing that the article's
    publication date (a report refers to no later than its publication).
    """
    out = claims.copy()
    if articles is not None and "outlet" not in out.columns:
        wanted = [c for c in ("article_id", "outlet", "published", "url") if c in articles.columns]
        out = out.merge(articles[wanted].rename(columns={"url": "_article_url"}), on="article_id", how="left")
    for col in ("outlet", "published", "_article_url"):
        if col not in out.columns:
            out[col] = pd.NaT if col == "published" else pd.NA
    # where the claim can be read: the coded claim's source page, else the article's own URL
    out["source"] = out["source_url"].astype("string").fillna(out["_article_url"].astype("string"))
    out = out.drop(columns="_article_url")
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


_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def rounding_halfwidth(surface: str, value: float) -> float:
    """Half the rounding step of a figure written with decimals, in the unit of ``value``: "1.15 million" is
    stated to the nearest 10,000 (5,000 either way), "4.5%" to the nearest 0.1. Whole numbers ("$500 million",
    "5,937", "300,000") are taken as stated: their trailing zeros may be rounding or not, and a reader treats
    "$500 million" and "$460 million" as a disagreement. 0 when the surface holds no decimals."""
    found = list(_NUMBER.finditer(surface))
    if not found or value is None or not math.isfinite(value):
        return 0.0
    m = found[-1]
    if not m.group(1):
        return 0.0
    written = float(m.group().replace(",", ""))
    if written == 0:
        return 0.0
    return abs(value / written) * 10.0 ** -len(m.group(1)) / 2


def stated_bounds(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The interval each claim asserts, for comparison: ``value_low``..``value_high`` (null = unbounded), an exact
    figure widened to its stated precision (see :func:`rounding_halfwidth`), a date claim as day numbers."""
    is_date = (frame["dimension"].astype("string") == "date").to_numpy()
    lo = frame["value_low"].astype("float64").fillna(-_INF).to_numpy().copy()
    hi = frame["value_high"].astype("float64").fillna(_INF).to_numpy().copy()
    exact = (frame["qualifier"].astype("string") == "exact").fillna(False).to_numpy() & ~is_date
    if exact.any():
        values = frame["value"].astype("float64").to_numpy()
        surfaces = frame["surface"].astype("string").fillna("").tolist()
        half = np.array([rounding_halfwidth(s, v) if e and not math.isnan(v) else 0.0
                         for s, v, e in zip(surfaces, values, exact, strict=True)])
        # half-open: "1.15 million" and "1.16 million" are two different roundings, not overlapping ones
        lo, hi = lo - half, hi + half * (1 - 1e-9)
    if is_date.any():  # a date claim asserts its ref period: compare as day numbers
        rs = pd.to_datetime(frame["ref_start"]).to_numpy()
        re_ = pd.to_datetime(frame["ref_end"]).to_numpy()
        lo[is_date] = (rs[is_date] - np.datetime64("1970-01-01")) / _DAY
        hi[is_date] = (re_[is_date] - np.datetime64("1970-01-01")) / _DAY
    return lo, hi


def _one_voice(frame: pd.DataFrame) -> np.ndarray:
    """A number per row, equal for rows of one article and one source (speaker, else organisation, else none).

    One source's two figures in one article are two quantities (or a grouping slip), never a disagreement or an
    update, so they are not compared; two sources quoted side by side in one article are, as are two articles.
    """
    who = frame["speaker"].astype("string").fillna(frame["speaker_org"].astype("string")).fillna("")
    keys = frame["article_id"].astype("string").fillna("") + "\x1f" + who
    return pd.factorize(keys)[0]


def _pairs(frame: pd.DataFrame, tolerance_days: int, *, points_only: bool = False) -> pd.DataFrame:
    """All unordered pairs of rows whose reference periods overlap (two days by the tolerance), leaving out
    pairs that one source gives in one article (see :func:`_one_voice`).

    With ``points_only`` (running totals) only claims dated to a day are paired: a total "as of October"
    says nothing about the total on a given day of October.
    """
    n = len(frame)
    if n < 2:
        return pd.DataFrame(columns=["i", "j", "relation"])
    ps = frame["period_start"].to_numpy()
    pe = frame["period_end"].to_numpy()
    lo, hi = stated_bounds(frame)
    tol = np.timedelta64(tolerance_days, "D")
    i, j = np.triu_indices(n, k=1)
    known = ~(pd.isna(ps[i]) | pd.isna(pe[i]) | pd.isna(ps[j]) | pd.isna(pe[j]))
    if points_only:
        point = (pe - ps) <= np.timedelta64(0, "D")
        known &= point[i] & point[j]
    i, j = i[known], j[known]
    voice = _one_voice(frame)
    apart = voice[i] != voice[j]
    i, j = i[apart], j[apart]
    # the tolerance is for reports dated to a day (a figure published the day after it was given); periods
    # such as "in April" are compared as stated
    point = (pe - ps) <= np.timedelta64(0, "D")
    slack = np.where(point[i] & point[j], tol, np.timedelta64(0, "D"))
    overlap = (ps[i] - slack <= pe[j]) & (ps[j] - slack <= pe[i])
    i, j = i[overlap], j[overlap]
    rel = [relation((lo[a], hi[a]), (lo[b], hi[b])) for a, b in zip(i, j, strict=True)]
    return pd.DataFrame({"i": i, "j": j, "relation": rel})


_GROUP_ID = re.compile(r"^g[0-9a-f]{10}$")


def select(claims: pd.DataFrame, key: str, *, codebook: Codebook | None = None) -> pd.DataFrame:
    """The claims of one series: a codebook key (``claim_key``) or a claim group id (``g`` and ten hex digits,
    from :func:`claimsdata.assign_groups`; computed when the table has no ``group_id``).

    :class:`UnknownKeyError` names the closest keys when there is no such series; :class:`TableError` says what
    a table that is not one of claims lacks.
    """
    return _select(as_claims(claims, f"select({key!r})"), key, codebook)


def _select(claims: pd.DataFrame, key: str, codebook: Codebook | None) -> pd.DataFrame:
    """:func:`select` of a table already checked as one of claims (each public entry checks it once, by its name)."""
    sub = claims[claims["claim_key"] == key]
    if not sub.empty:
        return sub
    if _GROUP_ID.match(key):
        if "group_id" not in claims.columns:
            from .groups import assign_groups

            claims = assign_groups(claims)
        sub = claims[claims["group_id"] == key]
        if not sub.empty:
            return sub
        raise UnknownKeyError(f"no claim group {key!r} in this table; `claimsdata groups` lists them")
    known = sorted(set(claims["claim_key"].dropna().astype(str)) | set((codebook or shipped_codebook()).keys))
    close = difflib.get_close_matches(key, known, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `claimsdata keys` lists the keys"
    raise UnknownKeyError(f"no claims with claim_key {key!r}{hint}")


def _tolerance(key: str) -> int:
    """Days by which two reference periods may miss each other and still be compared: a day for codebook keys
    (a report published the day after), none for claim groups (which may be running totals: a figure of
    Monday and one of Tuesday are an update, not a conflict)."""
    return 0 if _GROUP_ID.match(key) else 1


def _is_cumulative(codebook: Codebook | None, keys: set[str]) -> bool:
    return codebook is not None and any(codebook.keys[k].cumulative for k in keys if k in codebook.keys)


def compare(claims: pd.DataFrame, key: str, *, articles: pd.DataFrame | None = None,
            codebook: Codebook | None = None, tolerance_days: int | None = None) -> pd.DataFrame:
    """Every claim of ``key`` with source, speaker, dates and interval, and how it relates to the others.

    ``key`` is a codebook key or a claim group id (see :func:`select`); ``source`` is where a claim can be read (a
    coded claim's source page, else its article's URL from ``articles``). Claims are compared when their
    reference periods overlap (give or take ``tolerance_days``: 1 for keys, 0 for groups by default): then
    ``n_agree``/``n_refines``/``n_conflicts`` count the others it agrees with, is narrower than, or contradicts,
    ``conflicts_with`` lists the claim ids it contradicts, and ``n_updates`` counts the reports of earlier
    periods it follows. An exact figure is read at its stated precision (:func:`stated_bounds`). For cumulative
    keys (per ``codebook``, the shipped one by default) only claims dated to the same day are compared. Sorted
    by date.
    """
    sub = _select(as_claims(claims, f"compare({key!r})"), key, codebook)
    if tolerance_days is None:
        tolerance_days = _tolerance(key)
    frame = _with_context(sub, articles).sort_values(["when", "claim_id"], kind="stable").reset_index(drop=True)
    cumulative = _is_cumulative(codebook or shipped_codebook(), {key})
    if cumulative:  # running totals: only the same day is the same moment
        tolerance_days = 0
    pairs = _pairs(frame, tolerance_days, points_only=cumulative)
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
            "source_url", "source"]
    out = frame[cols].copy()
    out["n_agree"], out["n_refines"], out["n_conflicts"] = agree, refines, conflicts
    # updates: reports whose reference period ended before this one's began (this claim is the later figure)
    ends = np.sort(frame["period_end"].dropna().to_numpy())
    starts = frame["period_start"].to_numpy()
    tol = np.timedelta64(tolerance_days, "D")
    out["n_updates"] = [int(np.searchsorted(ends, s - tol, side="left")) if not pd.isna(s) else 0 for s in starts]
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
    frame = _with_context(_select(as_claims(claims, f"timeline({key!r})"), key, None), articles)
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


_FINDING_COLUMNS = ["kind", "series", "severity", "claim_key", "other_key", "cross_key", "claim_id",
                    "other_claim_id", "date", "other_date", "surface", "other_surface", "who", "other_who", "org",
                    "other_org", "outlet", "other_outlet", "source", "other_source", "n_copies", "other_n_copies",
                    "gap", "unit", "detail"]


def consistency(claims: pd.DataFrame, codebook: Codebook | None = None, *, articles: pd.DataFrame | None = None,
                tolerance_days: int | None = None, by: Literal["auto", "key", "group"] = "auto") -> pd.DataFrame:
    """Findings a researcher can act on, most severe first (``severity``: the gap relative to the figures):

    - ``conflict``: two reports of one quantity for overlapping reference periods whose intervals are disjoint
      (an exact figure is read at its stated precision: "1.15 million" does not contradict 1,150,628). One row
      per distinct disagreement: wire copies and syndications (same interval, and the same sentence or the same
      source URL) are folded, and ``n_copies``/``other_n_copies`` count them; both sides' outlets and sources
      are given. Running totals reported on different dates are never compared, nor two figures one source
      gives in one article (two quantities, not a disagreement; two sources in one article are compared).
    - ``decrease``: a cumulative key whose later report lies wholly below an earlier one;
    - ``parts_vs_total``: between two stated cumulative totals, the packages announced (codebook ``part_of``)
      against the increase of the total, with the ``gap`` (increase minus packages) in the unit.

    ``by`` chooses the series: codebook keys (``key``; keys of one ``compare_group`` are compared, marked
    ``cross_key``), claim groups (``group``, from :func:`claimsdata.assign_groups`, computed when the table has
    no ``group_id``), or ``auto``: keys when any claim has one, else groups. Reference periods may miss each
    other by ``tolerance_days`` (default: 1 for keys, 0 for groups, whose running totals are not known).
    ``codebook``: the shipped one by default; decreases and parts-vs-totals need its ``cumulative`` and
    ``part_of``.
    """
    claims = as_claims(claims, "consistency()")
    codebook = codebook or shipped_codebook()
    if by == "auto":
        by = "key" if claims["claim_key"].notna().any() else "group"
    if by == "group":
        if "group_id" not in claims.columns:
            from .groups import assign_groups

            claims = assign_groups(claims)
        series = claims["group_id"].astype("string")
    else:
        group_of = {k: (e.compare_group or k) for k, e in codebook.keys.items()}
        series = claims["claim_key"].astype("string").map(lambda k: group_of.get(k, k), na_action="ignore")
    ctx = _with_context(claims.assign(_series=series)[series.notna()], articles)
    findings: list[dict[str, object]] = []
    for name, g in ctx.groupby("_series", sort=True):
        g = g.sort_values(["when", "claim_id"], kind="stable").reset_index(drop=True)
        cumulative = by == "key" and _is_cumulative(codebook, set(g["claim_key"].dropna()))
        tolerance = tolerance_days if tolerance_days is not None else (1 if by == "key" else 0)
        findings.extend(_conflicts(g, str(name), tolerance, cumulative))
    if by == "key":
        findings.extend(_decreases(claims, ctx, codebook, articles))
        findings.extend(_parts_vs_totals(claims, codebook, articles))
    out = pd.DataFrame(findings, columns=_FINDING_COLUMNS)
    for col in ("n_copies", "other_n_copies"):
        out[col] = out[col].astype("Int64")
    return out.sort_values(["severity", "kind", "series", "date", "claim_id", "other_claim_id"],
                           ascending=[False, True, True, True, True, True], kind="stable").reset_index(drop=True)


def _copies(g: pd.DataFrame, lo: np.ndarray, hi: np.ndarray) -> list[int]:
    """A copy-set id per row: rows stating the same interval and qualifier in the same sentence (or at the
    same source URL) are copies of one report (wire copies, syndications)."""
    sentence = g["sentence"].astype("string").fillna("").str.lower().str.replace(r"\W+", " ", regex=True).str.strip()
    url = g["source"].astype("string")
    parent = list(range(len(g)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[object, ...], int] = {}
    qual = g["qualifier"].astype("string").fillna("").tolist()
    for i, (s, u) in enumerate(zip(sentence.tolist(), url.tolist(), strict=True)):
        for key in (("s", s), ("u", u)):
            if key[1] is None or key[1] is pd.NA or key[1] == "":
                continue
            full = (*key, lo[i], hi[i], qual[i])
            if full in first:
                a, b = find(first[full]), find(i)
                parent[max(a, b)] = min(a, b)
            else:
                first[full] = i
    return [find(i) for i in range(len(g))]


def _who(row: pd.Series) -> object:
    return row["speaker"] if not pd.isna(row["speaker"]) else row["speaker_org"]


def _conflicts(g: pd.DataFrame, series: str, tolerance_days: int, cumulative: bool) -> list[dict[str, object]]:
    # a running total of one day and one of the next are an update, never a conflict
    pairs = _pairs(g, 0 if cumulative else tolerance_days, points_only=cumulative)
    pairs = pairs[pairs["relation"] == "conflicts"]
    if pairs.empty:
        return []
    lo, hi = stated_bounds(g)
    copy = _copies(g, lo, hi)
    n_copies = pd.Series(copy).value_counts()
    seen: set[tuple[object, ...]] = set()
    out: list[dict[str, object]] = []
    for a, b in zip(pairs["i"], pairs["j"], strict=True):
        ra, rb = g.iloc[a], g.iloc[b]
        # one finding per distinct disagreement: the same two copy-sets, or the same two sources' same figures
        sides = sorted([(copy[a], str(_who(ra)), lo[a], hi[a]), (copy[b], str(_who(rb)), lo[b], hi[b])],
                       key=lambda s: s[0])
        signature = (sides[0][1:], sides[1][1:])
        if (sides[0][0], sides[1][0]) in seen or signature in seen:
            continue
        seen.update({(sides[0][0], sides[1][0]), signature})
        # the gap between the figures as stated (the rounding only decides whether they conflict)
        ia, ib = interval(ra["value_low"], ra["value_high"]), interval(rb["value_low"], rb["value_high"])
        if ra["dimension"] == "date":
            ia, ib = (lo[a], hi[a]), (lo[b], hi[b])
        gap = _interval_gap(ia, ib)
        out.append({
            "kind": "conflict", "series": series, "severity": _severity(gap, ia, ib),
            "claim_key": ra["claim_key"], "other_key": rb["claim_key"],
            "cross_key": bool(ra["claim_key"] != rb["claim_key"]) if not (pd.isna(ra["claim_key"]) or
                                                                          pd.isna(rb["claim_key"])) else False,
            "claim_id": ra["claim_id"], "other_claim_id": rb["claim_id"], "date": ra["when"],
            "other_date": rb["when"], "surface": ra["surface"], "other_surface": rb["surface"],
            "who": _who(ra), "other_who": _who(rb), "org": ra["speaker_org"], "other_org": rb["speaker_org"],
            "outlet": ra["outlet"], "other_outlet": rb["outlet"], "source": ra["source"],
            "other_source": rb["source"], "n_copies": int(n_copies[copy[a]]),
            "other_n_copies": int(n_copies[copy[b]]), "gap": gap, "unit": ra["unit"],
            "detail": f"{ra['surface']} vs {rb['surface']}",
        })
    return out


def _interval_gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance between two disjoint intervals (positive), in the unit; 0 when they overlap."""
    if a[1] < b[0]:
        return float(b[0] - a[1])
    if b[1] < a[0]:
        return float(a[0] - b[1])
    return 0.0


def _severity(gap: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    """The gap relative to the larger of the two facing bounds (0..1 for same-signed figures)."""
    facing = [x for x in (a[1], b[0]) if math.isfinite(x)] if a[1] < b[0] else \
        [x for x in (b[1], a[0]) if math.isfinite(x)]
    scale = max((abs(x) for x in facing), default=0.0)
    return float(gap / scale) if scale else 0.0


def _decreases(claims: pd.DataFrame, ctx: pd.DataFrame, codebook: Codebook,
               articles: pd.DataFrame | None) -> list[dict[str, object]]:
    findings: list[dict[str, object]] = []
    for key, entry in codebook.keys.items():
        if not entry.cumulative or not (ctx["claim_key"] == key).any():
            continue
        tl = timeline(claims, key, articles=articles).dropna(subset=["date"])
        best_lo, best_row = -_INF, None
        for row in tl.itertuples(index=False):
            hi = _INF if pd.isna(row.value_high) else row.value_high
            if best_row is not None and hi < best_lo:
                findings.append({
                    "kind": "decrease", "series": key, "severity": (best_lo - hi) / abs(best_lo) if best_lo else 0.0,
                    "claim_key": key, "other_key": key, "cross_key": False,
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
    return findings


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
                "kind": "parts_vs_total", "series": total_key,
                "severity": abs(increase - announced) / max(abs(increase), announced) if max(abs(increase), announced)
                else 0.0,
                "claim_key": total_key, "other_key": ", ".join(parts), "cross_key": True,
                "claim_id": cur.claim_ids.split(", ")[0], "other_claim_id": prev.claim_ids.split(", ")[0],
                "date": cur.date, "other_date": prev.date, "surface": cur.surface, "other_surface": prev.surface,
                "who": cur.speaker, "other_who": prev.speaker, "org": cur.speaker_org, "other_org": prev.speaker_org,
                "gap": increase - announced, "unit": cur.unit,
                "detail": f"total rose {increase:,.0f} from {prev.date:%Y-%m-%d} to {cur.date:%Y-%m-%d}; "
                          f"{len(window)} package(s) announced in between sum to {announced:,.0f}",
            })
    return out
