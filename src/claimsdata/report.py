"""One self-contained, offline HTML page per quantity (a codebook key or a claim group), and an index.

A page holds the quantity's title and description, its chart as inline SVG, the table of its claims (outlet,
speaker, dates, interval, a link to each source), the consistency findings about it, and how to cite it. It
loads nothing: no script, stylesheet, font or image from anywhere (links to the sources are plain links a reader
may follow). Deterministic: the same tables give byte-identical pages.
"""

from __future__ import annotations

import html
import io
import math
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from ._io import write_text
from ._version import __version__
from .codebook import Codebook, shipped_codebook
from .compare import compare, consistency, select
from .errors import NothingToDrawError
from .validation import ValidationReport

__all__ = ["render_report", "write_report", "write_reports", "ReportPage", "render_validation"]

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;color:#1d2433;
background:#fff;line-height:1.45}
main{max-width:1100px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.15rem;margin:32px 0 8px;border-bottom:1px solid #dde2ea;
padding-bottom:4px}
.sub{color:#5b6475;margin:0 0 16px}.key{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.facts{display:flex;flex-wrap:wrap;gap:8px 24px;margin:12px 0;padding:0;list-style:none;color:#3a4354}
.chart svg{max-width:100%;height:auto}.note{color:#5b6475;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.86rem}th,td{text-align:left;padding:5px 8px;
border-bottom:1px solid #e8ebf0;vertical-align:top}th{background:#f4f6f9;position:sticky;top:0}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.conflicts td{background:#fff3f3}a{color:#1f5fbf}blockquote{margin:0;padding:8px 12px;background:#f4f6f9;
border-left:3px solid #9aa6b8;font-size:.9rem}
footer{margin-top:40px;color:#5b6475;font-size:.8rem}.scroll{overflow-x:auto}
"""


@dataclass(frozen=True)
class ReportPage:
    """One written page: the series, its title, its number of claims and the file; the numbers of articles and
    of disagreements found (conflicts, decreases, parts against totals)."""

    key: str
    title: str
    n_claims: int
    path: Path
    n_articles: int = 0
    n_findings: int = 0


def _e(value: object) -> str:
    if value is None or (not isinstance(value, (str, bytes)) and pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%d %b %Y")
    return html.escape(str(value))


def _num(v: object) -> str:
    """A figure for readers: thousands separators, millions and billions in words."""
    if v is None or v is pd.NA or (isinstance(v, float) and not math.isfinite(v)):
        return ""
    x = float(v)  # type: ignore[arg-type]
    for factor, word in ((1e9, "billion"), (1e6, "million")):
        if abs(x) >= factor:
            return f"{x / factor:,.4g} {word}"
    return f"{x:,.0f}" if abs(x) >= 100 or x.is_integer() else f"{x:,.4g}"


def _interval(row: pd.Series) -> str:
    lo, hi = row["value_low"], row["value_high"]
    if pd.isna(lo) and pd.isna(hi):
        return ""
    if pd.isna(hi):
        return f"&ge; {_num(lo)}"
    if pd.isna(lo):
        return f"&le; {_num(hi)}"
    return _num(lo) if lo == hi else f"{_num(lo)} &ndash; {_num(hi)}"


def _period(row: pd.Series) -> str:
    rs, re_ = row["ref_start"], row["ref_end"]
    if pd.isna(rs) and pd.isna(re_):
        return ""
    if pd.isna(rs) or rs == re_:
        return _e(re_ if not pd.isna(re_) else rs)
    return f"{_e(rs)} &ndash; {_e(re_)}"


def _link(url: object) -> str:
    if url is None or url is pd.NA or not str(url).strip():
        return ""
    u = str(url)
    if not re.match(r"^https?://", u):
        return _e(u)
    host = re.sub(r"^https?://(www\.)?", "", u).split("/")[0]
    return f'<a href="{html.escape(u, quote=True)}" rel="noreferrer noopener">{_e(host)}</a>'


def _svg(claims: pd.DataFrame, key: str, articles: pd.DataFrame | None, codebook: Codebook) -> str:
    """The timeline chart as inline SVG (text as paths: no font is loaded), or a note why there is none."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .plots import plot_timeline

    try:
        with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": key}):
            ax = plot_timeline(claims, key, articles=articles, codebook=codebook)
            buf = io.StringIO()
            ax.figure.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
            plt.close(ax.figure)
    except NothingToDrawError as exc:
        return f'<p class="note">No chart: {_e(exc)}.</p>'
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]  # drop the XML prolog and DOCTYPE (it names an external DTD)
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)  # RDF that names vocabularies by URL
    return f'<figure class="chart" role="img" aria-label="chart of {_e(key)} over time">{svg}</figure>'


def _series_info(sub: pd.DataFrame, key: str, codebook: Codebook) -> tuple[str, str, list[str]]:
    """(title, description, facts) of a key or a group."""
    entry = codebook.keys.get(key)
    if entry is not None:
        facts = [f"dimension: {entry.dimension}", f"unit: {entry.unit}"]
        if entry.cumulative:
            facts.append("running total (cumulative)")
        if entry.baseline:
            facts.append(f"counted from: {entry.baseline}")
        return entry.description, entry.description, facts
    label = str(sub["group_label"].iloc[0]) if "group_label" in sub.columns else key
    return (label, "A claim group: claims across articles that state the same quantity, found without a codebook "
            "(same dimension and unit, the same measure, overlapping names). Check its members before citing it.",
            [f"dimension: {sub['dimension'].iloc[0]}", f"unit: {sub['unit'].iloc[0]}"])


def render_report(claims: pd.DataFrame, key: str, *, articles: pd.DataFrame | None = None,
                  codebook: Codebook | None = None, findings: pd.DataFrame | None = None,
                  today: date | None = None) -> str:
    """The HTML page of one quantity (a codebook key or a claim group id): self-contained and offline.

    ``findings``: the consistency findings of the whole table, when already computed (else computed here).
    """
    book = codebook or shipped_codebook()
    sub = select(claims, key, codebook=book)
    rows = compare(sub, key, articles=articles, codebook=book)
    by = "key" if sub["claim_key"].eq(key).any() else "group"
    if findings is None:
        scope = sub if by == "group" else claims  # keys of one compare_group are compared with each other
        if by == "group" and "group_id" not in scope.columns:
            scope = scope.assign(group_id=key)
        findings = consistency(scope, book, articles=articles, by=by)
    found = _findings_of(findings, key)
    title, description, facts = _series_info(sub, key, book)
    n_articles = sub["article_id"].nunique()
    outlets = rows["outlet"].dropna().nunique()
    dated = pd.to_datetime(rows["when"]).dropna()
    span = f"{dated.min():%d %b %Y} &ndash; {dated.max():%d %b %Y}" if len(dated) else "no dated claim"
    facts += [_count(len(rows), "claim"), _count(n_articles, "article or source page", "articles and source pages"),
              _count(outlets, "outlet"), span]
    body = [f"<h1>{_e(title)}</h1>",
            f'<p class="sub">Series <span class="key">{_e(key)}</span> &middot; claimsdata {__version__}</p>']
    if description != title:
        body.append(f"<p>{_e(description)}</p>")
    body.append('<ul class="facts">' + "".join(f"<li>{f}</li>" for f in facts) + "</ul>")
    body.append("<h2>Over time</h2>" + _svg(sub, key, articles, book))
    body.append("<h2>Every claim</h2>" + _claims_table(rows))
    body.append("<h2>Disagreements</h2>" + _findings_table(found))
    body.append("<h2>How to cite</h2>" + _citation(title, key, today))
    page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:\">"
            f"<title>{_e(title)} &middot; claimsdata</title><style>{_CSS}</style></head>"
            f"<body><main>{''.join(body)}<footer>Generated by claimsdata {__version__}. The page loads nothing; "
            "links open the sources.</footer></main></body></html>\n")
    return page


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def _claims_table(rows: pd.DataFrame) -> str:
    head = ("<table><thead><tr><th>said / as of</th><th>outlet</th><th>speaker</th><th>claim</th><th>qualifier</th>"
            "<th>interval</th><th>unit</th><th>period referred to</th><th>relation</th><th>source</th></tr></thead>"
            "<tbody>")
    out = ['<div class="scroll">' + head]
    for _, r in rows.iterrows():
        same = not pd.isna(r["speaker"]) and str(r["speaker"]) == str(r["speaker_org"])
        org = "" if pd.isna(r["speaker_org"]) or same else f"({_e(r['speaker_org'])})"
        who = " ".join(x for x in (_e(r["speaker"]), org) if x) or "<i>the outlet</i>"
        cls = ' class="conflicts"' if r["relation"] == "conflicts" else ""
        out.append(f"<tr{cls}><td>{_e(r['when']) or 'undated'}</td><td>{_e(r['outlet'])}</td><td>{who}</td>"
                   f"<td title=\"{_e(r['sentence'])}\">{_e(r['surface'])}</td><td>{_e(r['qualifier'])}</td>"
                   f"<td class=\"num\">{_interval(r)}</td><td>{_e(r['unit'])}</td><td>{_period(r)}</td>"
                   f"<td>{_e(r['relation'])}</td><td>{_link(r['source'])}</td></tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _findings_table(found: pd.DataFrame) -> str:
    if found.empty:
        return '<p class="note">No disagreement: every pair of claims for the same period agrees.</p>'
    out = ['<div class="scroll"><table><thead><tr><th>kind</th><th>severity</th><th>one side</th><th>copies</th>'
           "<th>other side</th><th>copies</th><th>gap</th><th>sources</th></tr></thead><tbody>"]
    for _, f in found.iterrows():
        side = f"{_e(f['surface'])} &middot; {_e(f['who']) or '<i>the outlet</i>'} &middot; {_e(f['date'])}"
        other = (f"{_e(f['other_surface'])} &middot; {_e(f['other_who']) or '<i>the outlet</i>'} &middot; "
                 f"{_e(f['other_date'])}")
        severity = "" if pd.isna(f["severity"]) else f"{float(f['severity']):.0%}"
        out.append(f"<tr><td>{_e(f['kind'])}</td><td class=\"num\">{severity}</td><td>{side}</td>"
                   f"<td class=\"num\">{_e(f['n_copies'])}</td><td>{other}</td>"
                   f"<td class=\"num\">{_e(f['other_n_copies'])}</td><td class=\"num\">{_num(f['gap'])} "
                   f"{_e(f['unit'])}</td><td>{_link(f['source'])} {_link(f['other_source'])}</td></tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _citation(title: str, key: str, today: date | None) -> str:
    when = f" Accessed {today:%d %B %Y}." if today else ""
    text = (f"claimsdata developers. <i>claimsdata: quantitative claims in news</i>, version {__version__} "
            f"[dataset and software]. Series {_e(key)}: {_e(title.rstrip('.'))}.{when}")
    return (f"<blockquote>{text}</blockquote><p class=\"note\">Cite the claims through their sources (linked "
            "above); CITATION.cff in the repository has the full citation.</p>")


def _findings_of(findings: pd.DataFrame, key: str) -> pd.DataFrame:
    """The consistency findings about one series (its own, or a key's against the others of its group)."""
    return findings[(findings["series"] == key) | (findings["claim_key"] == key) | (findings["other_key"] == key)]


def write_report(claims: pd.DataFrame, key: str, out: str | Path, *, articles: pd.DataFrame | None = None,
                 codebook: Codebook | None = None, findings: pd.DataFrame | None = None) -> ReportPage:
    """Write the page of ``key`` to ``out`` (atomically)."""
    out = Path(out)
    page = render_report(claims, key, articles=articles, codebook=codebook, findings=findings)
    write_text(page, out)
    title = re.search(r"<title>(.*?) &middot;", page)
    sub = select(claims, key, codebook=codebook)
    return ReportPage(key, html.unescape(title.group(1)) if title else key, len(sub), out,
                      n_articles=int(sub["article_id"].nunique()),
                      n_findings=len(_findings_of(findings, key)) if findings is not None else 0)


def write_reports(claims: pd.DataFrame, out_dir: str | Path, *, articles: pd.DataFrame | None = None,
                  codebook: Codebook | None = None, min_articles: int = 2) -> list[ReportPage]:
    """A page for every codebook key with claims (or, for claims without keys, every claim group stated in
    ``min_articles`` articles or more) and an ``index.html`` that lists them."""
    out_dir = Path(out_dir)
    book = codebook or shipped_codebook()
    by_key = bool(claims["claim_key"].notna().any())
    if by_key:
        series = sorted(str(k) for k in claims["claim_key"].dropna().unique())
        findings = consistency(claims, book, articles=articles, by="key")
    else:
        from .groups import assign_groups, groups_table

        claims = assign_groups(claims)
        series = groups_table(claims, articles=articles, min_articles=min_articles)["group_id"].astype(str).tolist()
        findings = consistency(claims, book, articles=articles, by="group")
    pages = [write_report(claims, key, out_dir / f"{key}.html", articles=articles, codebook=book,
                          findings=findings) for key in series]
    rows = "".join(f'<tr><td><a href="{html.escape(p.path.name, quote=True)}">{_e(p.title)}</a></td>'
                   f'<td class="key">{_e(p.key)}</td><td class="num">{p.n_claims}</td>'
                   f'<td class="num">{p.n_articles}</td><td class="num">{p.n_findings}</td></tr>' for p in pages)
    note = ("" if by_key else "<p>Claim groups, found without a codebook: claims across articles with the same "
            "dimension, unit and measure and overlapping names. Names shared by different events, players or deals "
            "can join them, so read a group's claims before you count it as one quantity; a codebook states what "
            "belongs together.</p>")
    index = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
             f"<title>claimsdata {__version__}: {len(pages)} quantities</title><style>{_CSS}</style></head><body><main>"
             f"<h1>{len(pages)} quantities</h1><p class=\"sub\">claimsdata {__version__}</p>{note}"
             "<table><thead><tr><th>quantity</th><th>series</th><th>claims</th><th>articles</th>"
             "<th>disagreements</th></tr></thead><tbody>"
             f"{rows}</tbody></table></main></body></html>\n")
    write_text(index, out_dir / "index.html")
    return pages


def render_validation(report: ValidationReport, table: str) -> str:
    """A validation report as one self-contained offline HTML page: every check the command line counts, its
    status, what it guards, and for failures the share of rows, examples and the ids of the first rows."""
    rows = []
    order = {False: 0, None: 1, True: 2}  # failures first, then skipped checks
    for r in sorted(report.results, key=lambda r: order[r.success]):
        status = {True: "passed", False: "FAILED", None: "skipped"}[r.success]
        share = "" if r.unexpected_percent is None or r.success is not False else f"{r.unexpected_percent:.2f}%"
        examples = ", ".join(_e(repr(s)) for s in r.sample) if r.success is False else ""
        cls = ' class="conflicts"' if r.success is False else ""
        rows.append(f"<tr{cls}><td>{status}</td><td class=\"key\">{_e(r.id)}</td><td>{_e(r.column)}</td>"
                    f"<td>{_e(r.guards)}</td><td class=\"num\">{r.unexpected_count if r.success is False else ''}"
                    f"</td><td class=\"num\">{share}</td><td>{examples}</td><td class=\"key\">"
                    f"{_e(', '.join(r.rows))}</td><td>{_e(r.note)}</td></tr>")
    verdict = "passed" if report.success else "FAILED"
    title = f"{report.suite} suite on {table}: {verdict}"
    summary = (f"{len(report.results)} checks on {report.n_rows:,} rows: {len(report.failed)} failed, "
               f"{sum(r.success is None for r in report.results)} skipped.")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>{_e(title)}</title><style>{_CSS}</style></head><body><main>"
            f"<h1>{_e(title)}</h1><p class=\"sub\">claimsdata {__version__} &middot; suite "
            f"<span class=\"key\">{_e(report.suite)}</span></p><p>{summary}</p>"
            "<div class=\"scroll\"><table><thead><tr><th>status</th><th>check</th><th>column</th><th>guards</th>"
            "<th>rows failing</th><th>share</th><th>examples</th><th>first failing rows (id)</th><th>note</th></tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table></div>"
            f"<footer>Generated by claimsdata {__version__}. The page loads nothing.</footer></main></body></html>\n")
