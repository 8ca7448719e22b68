"""The command-line interface (thin: read, call a library function, write, exit non-zero on failure)."""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from .errors import ClaimsDataError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Quantitative claims in news.")


def _fail(exc: BaseException, code: int = 2) -> None:
    typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from ._version import __version__

        typer.echo(f"claimsdata {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress to stderr (and let GX and Dask speak)."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


class Format(str, Enum):
    """How a command prints its table."""

    table = "table"
    csv = "csv"
    json = "json"
    md = "md"


class Engine(str, Enum):
    """Where the work runs."""

    local = "local"
    dask = "dask"


class By(str, Enum):
    """The series consistency compares within."""

    auto = "auto"
    key = "key"
    group = "group"


class FindingKind(str, Enum):
    """A kind of consistency finding."""

    conflict = "conflict"
    decrease = "decrease"
    parts_vs_total = "parts_vs_total"


class Kind(str, Enum):
    """The kind of chart."""

    timeline = "timeline"
    sources = "sources"
    parts = "parts"


_CLAIMS_HELP = ("Claims table: a .parquet/.csv/.jsonl file, a folder of Parquet parts (OUT/claims of `extract`, or "
                "OUT itself) or a glob. Default: the shipped dataset.")
_ARTICLES_HELP = ("Articles table, read as --claims. Default: the articles beside --claims (OUT/articles or "
                  "articles.parquet), or the shipped dataset.")
_CODEBOOK_HELP = "Codebook YAML (docs/linking.md). Default: the shipped codebook."


# the options every analysis command shares (one definition each)
_CLAIMS = typer.Option(None, "--claims", help=_CLAIMS_HELP)
_ARTICLES = typer.Option(None, "--articles", help=_ARTICLES_HELP)
_CODEBOOK = typer.Option(None, "--codebook", help=_CODEBOOK_HELP)
_FORMAT = typer.Option(Format.table, "--format", help="Output format.")


def _inputs(claims: Path | None, articles: Path | None) -> tuple[Any, Any]:
    """The claims and articles frames the options name (the shipped dataset by default)."""
    from .dataset import load_articles, load_claims

    if claims is not None and claims.is_dir() and (claims / "claims").is_dir():  # OUT of `claimsdata extract`
        claims = claims / "claims"
    if claims is not None and articles is None:
        for beside in (claims.parent / "articles", claims.with_name("articles.parquet")):
            if beside != claims and beside.exists():
                articles = beside
                break
    try:
        frame = load_claims(path=claims)
        arts = load_articles(path=articles) if (articles is not None or claims is None) else None
    except ClaimsDataError as exc:
        _fail(exc)
    return frame, arts


def _book(codebook: Path | None) -> Any:
    from .codebook import read_codebook, shipped_codebook

    try:
        return read_codebook(codebook) if codebook is not None else shipped_codebook()
    except ClaimsDataError as exc:
        _fail(exc)


def _emit(frame: Any, fmt: Format) -> None:
    from ._output import render

    typer.echo(render(frame, fmt.value), nl=False)


@app.command()
def build(
    raw: Path = typer.Option(Path("data/raw"), help="Raw inputs (read only)."),
    out: Path = typer.Option(Path("data/processed"), help="Where the processed dataset is written."),
    package_dir: Path = typer.Option(Path("src/claimsdata/_data"), help="Shipped snapshot inside the package."),
    docs: Path = typer.Option(Path("docs"), help="Where the generated codebook goes."),
    suites: Path = typer.Option(Path("expectations"), help="Expectation suites the dataset must pass."),
    ship: bool = typer.Option(True, help="Copy the snapshot into --package-dir and the codebook into --docs."),
) -> None:
    """Build data/processed/ from data/raw/ (validated, deterministic, atomic) and ship it in the package."""
    from .dataset import build as _build
    from .errors import DatasetValidationError

    try:
        report = _build(raw, out, package_dir=package_dir if ship else None, docs_dir=docs if ship else None,
                        suites_dir=suites)
    except DatasetValidationError as exc:
        _fail(exc, code=1)
    except ClaimsDataError as exc:
        _fail(exc)
    except OSError as exc:  # a full disk or a read-only folder: the previous dataset stays whole
        _fail(RuntimeError(f"writing the dataset failed, the previous one is unchanged: {exc}"), code=1)
    for r in report.validation:
        typer.echo(f"validated: suite {r.suite!r} on {r.n_rows} rows, {len(r.results)} checks passed")
    typer.echo(
        f"built {report.n_claims} claims ({report.n_extracted} extracted, {report.n_coded} coded) "
        f"from {report.n_articles} articles into {out}"
    )
    for line in report.rejected:
        typer.echo(f"rejected: {line}", err=True)
    for line in report.corrections:
        typer.echo(f"corrected: {line}", err=True)
    for line in report.link_notes:
        typer.echo(f"link: {line}", err=True)


_DOLLAR_HELP = ('The currency a bare "$", "dollars" or "cents" means: the outlet\'s own (AUD for an Australian '
                'outlet, CAD for a Canadian one).')


@app.command("extract-text")
def extract_text(
    path: Path = typer.Argument(..., help="A plain-text file, or - for standard input."),
    published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) to resolve weekdays and months."),
    dollar: str = typer.Option("USD", help=_DOLLAR_HELP),
) -> None:
    """Print the claims of one text as JSON lines."""
    import json
    from datetime import date

    from . import units
    from .extract import extract_claims

    try:
        pub = date.fromisoformat(published) if published else None
    except ValueError:
        _fail(ValueError(f"--published {published!r}: use a date as YYYY-MM-DD"))
    try:
        units.checked_dollar(dollar)
    except ValueError as exc:
        _fail(ValueError(f"--{exc}"))
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        _fail(ValueError(f"{path}: not UTF-8 text (byte {exc.start})"))
    except OSError as exc:
        _fail(ValueError(f"{path}: cannot be read: {exc.strerror or exc}"))
    for claim in extract_claims(text, pub, dollar=dollar):
        # strict JSON: the claims hold finite numbers only, and allow_nan=False would say so loudly
        typer.echo(json.dumps(claim.to_record(), default=str, ensure_ascii=False, allow_nan=False))


@app.command()
def extract(
    corpus: list[str] = typer.Argument(..., help="JSONL or Parquet shards: files, globs or directories."),
    out: Path = typer.Option(..., "--out", help="Output folder (partitioned Parquet: articles/, claims/, rejected/)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (in-process, streaming) or dask."),
    scheduler: str = typer.Option(None, help="Address of an existing Dask scheduler (tcp://host:8786)."),
    workers: int = typer.Option(None, min=1, help="Workers of the LocalCluster started when no --scheduler is "
                                                  "given (with --engine dask; default 2)."),
    batch_size: int = typer.Option(1000, help="Records per output partition."),
    codebook: Path = typer.Option(None, "--codebook", help="Link every claim with this codebook YAML "
                                                           "(docs/linking.md) before it is written."),
    dollar: str = typer.Option("USD", help=_DOLLAR_HELP),
) -> None:
    """Extract claims from a large corpus; bad records go to rejected/, complete partitions are skipped."""
    import json
    import time

    from .corpus import find_shards, run_dask, run_local
    from .errors import CorpusError

    _engine_options(engine, scheduler, workers)
    if batch_size < 1:
        _fail(ValueError(f"--batch-size {batch_size}: use 1 or more"))
    if out.exists() and not out.is_dir():
        _fail(CorpusError(f"--out {out}: is a file; name a folder (it is created when missing)"))
    try:
        shards = find_shards(list(corpus), exclude=out)
        if codebook is not None:
            _book(codebook)  # a bad codebook fails before any work, with its file named
    except ClaimsDataError as exc:
        _fail(exc)
    t0 = time.perf_counter()
    try:
        if engine is Engine.local:
            summary = run_local(shards, out, batch_size=batch_size, codebook=codebook, dollar=dollar)
        else:
            summary = run_dask(shards, out, batch_size=batch_size, scheduler=scheduler, workers=workers or 2,
                               codebook=codebook, dollar=dollar)
    except ClaimsDataError as exc:
        _fail(exc)
    except OSError as exc:  # the output cannot be written (disk full, permissions): complete partitions stay
        _fail(RuntimeError(f"writing to {out} failed: {exc}; re-run to resume from the complete partitions"), 1)
    dt = time.perf_counter() - t0
    totals = summary.as_dict()
    typer.echo(json.dumps({"shards": len(shards), **totals, "seconds": round(dt, 2)}))
    typer.echo(f"records in {totals['records']} = articles {totals['articles']} + rejected {totals['rejected']}; "
               f"{totals['claims']} claims; {totals['partitions_skipped']} partitions already complete"
               + (f"; {totals['partitions_stale']} stale partitions (changed input or settings) redone"
                  if totals["partitions_stale"] else ""))
    if totals["records"] != totals["articles"] + totals["rejected"]:
        _fail(RuntimeError("record count does not add up"), code=1)


@app.command("validate")
def validate_cmd(
    path: Path = typer.Argument(..., help="A claims or articles table: a .parquet/.csv/.jsonl file, a folder of "
                                          "Parquet parts (OUT/claims of `extract`, or OUT itself) or a glob."),
    suite: str = typer.Option("claims", help="Suite name: claims or articles (or a JSON file's name in --suites)."),
    articles: Path = typer.Option(None, help="Articles table for the cross-table checks (default: the articles "
                                             "beside PATH: OUT/articles or articles.parquet, if there are any)."),
    suites: Path = typer.Option(None, help="Folder of suites (default: the shipped copies of expectations/)."),
    data_docs: Path = typer.Option(None, "--data-docs", help="Also write GX Data Docs HTML into this folder."),
    report_path: Path = typer.Option(None, "--report", help="Also write a self-contained HTML report (offline)."),
    fmt: Format = typer.Option(Format.table, "--format", help="table: the readable report; csv, json, md: one "
                                                              "row per check."),
) -> None:
    """Validate a table; exit 0 if it passes, 1 if expectations fail, 2 if it cannot be read."""
    from .errors import UnknownSuiteError
    from .validation import load_suite, read_table, validate, write_data_docs

    if path.is_dir() and (path / suite).is_dir():  # OUT of `claimsdata extract`: validate OUT/claims
        path = path / suite
    try:
        load_suite(suite, suites)  # an unknown suite is named before the table is looked for
        table = read_table(path)
        arts = None
        if suite == "claims":
            beside = [articles] if articles is not None else [path.parent / "articles",
                                                              path.with_name("articles.parquet")]
            found = [p for p in beside if p != path and p.exists()]
            if articles is not None or found:
                arts = read_table(found[0] if found else articles)
        report = validate(table, suite, articles=arts, suites_dir=suites)
        if data_docs is not None:
            index = write_data_docs(table, suite, data_docs, suites_dir=suites)
            typer.echo(f"data docs: {index}")
    except (UnknownSuiteError, ClaimsDataError) as exc:
        _fail(exc, code=2)
    if report_path is not None:
        from ._io import write_text
        from .report import render_validation

        write_text(render_validation(report, str(path)), report_path)
        typer.echo(f"report: {report_path}", err=True)
    if fmt is Format.table:
        typer.echo(str(report))
    else:
        _emit(report.to_frame(), fmt)
    raise typer.Exit(0 if report.success else 1)


@app.command()
def keys(
    claims: Path = _CLAIMS,
    codebook: Path = _CODEBOOK,
    search: str = typer.Option(None, "--search", help="Only keys whose name or description contains this text."),
    fmt: Format = _FORMAT,
) -> None:
    """List the codebook's claim keys with their number of claims."""
    import difflib

    frame, _ = _inputs(claims, None)
    counts = frame["claim_key"].value_counts()
    table = _book(codebook).to_frame()
    table.insert(1, "claims", [int(counts.get(k, 0)) for k in table["claim_key"]])
    table = table[["claim_key", "claims", "dimension", "unit", "cumulative", "description"]]
    if search:
        hit = (table["claim_key"].str.contains(search, case=False, regex=False)
               | table["description"].str.contains(search, case=False, regex=False))
        if not hit.any():
            close = difflib.get_close_matches(search, table["claim_key"].tolist(), n=3, cutoff=0.5)
            _fail(ValueError(f"no key matches {search!r}" + (f"; did you mean {', '.join(close)}?" if close else "")),
                  code=1)
        table = table[hit]
    _emit(table, fmt)


@app.command("compare")
def compare_cmd(
    key: str = typer.Argument(..., help="A claim_key (`claimsdata keys`) or a claim group id (`claimsdata groups`)."),
    claims: Path = _CLAIMS,
    articles: Path = _ARTICLES,
    codebook: Path = _CODEBOOK,
    all_columns: bool = typer.Option(False, "--all", help="Print every column, not the readable subset."),
    fmt: Format = _FORMAT,
) -> None:
    """Print every claim of KEY with its source, date, interval and how it relates to the others."""
    from .compare import compare

    frame, arts = _inputs(claims, articles)
    try:
        table = compare(frame, key, articles=arts, codebook=_book(codebook))
    except ClaimsDataError as exc:
        _fail(exc)
    if not all_columns:
        table = table[["when", "outlet", "speaker", "speaker_org", "surface", "qualifier", "value_low",
                       "value_high", "unit", "relation", "n_conflicts", "n_updates"]]
    _emit(table, fmt)


@app.command("groups")
def groups_cmd(
    claims: Path = _CLAIMS,
    articles: Path = _ARTICLES,
    min_articles: int = typer.Option(2, "--min-articles", min=1, help="Only groups stated in this many articles."),
    top: int = typer.Option(None, "--top", min=1, help="Only the largest N groups."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (in-process) or dask."),
    scheduler: str = typer.Option(None, help="Address of an existing Dask scheduler (with --engine dask)."),
    workers: int = typer.Option(None, min=1, help="Workers of the LocalCluster (with --engine dask; default 2)."),
    fmt: Format = _FORMAT,
) -> None:
    """List the claim groups: claims across articles that state the same quantity (no codebook needed)."""
    from .groups import assign_groups, groups_table

    _engine_options(engine, scheduler, workers)
    frame, arts = _inputs(claims, articles)
    if engine is Engine.dask:
        from .groups import assign_groups_dask

        grouped = assign_groups_dask(frame, scheduler=scheduler, workers=workers or 2)
    else:
        grouped = assign_groups(frame)
    table = groups_table(grouped, articles=arts, min_articles=min_articles)
    _emit(table.head(top) if top else table, fmt)


def _engine_options(engine: Engine, scheduler: str | None, workers: int | None) -> None:
    if engine is Engine.local and (scheduler is not None or workers is not None):
        _fail(ValueError("--scheduler and --workers apply to --engine dask only"))


@app.command("consistency")
def consistency_cmd(
    claims: Path = _CLAIMS,
    articles: Path = _ARTICLES,
    codebook: Path = _CODEBOOK,
    by: By = typer.Option(By.auto, "--by", help="Series: codebook keys, claim groups, or auto (keys if any)."),
    kind: FindingKind = typer.Option(None, "--kind", help="Only findings of this kind."),
    top: int = typer.Option(None, "--top", min=1, help="Only the N most severe findings."),
    all_columns: bool = typer.Option(False, "--all", help="Print every column, not the readable subset."),
    fmt: Format = _FORMAT,
) -> None:
    """List disagreements between sources, most severe first (wire copies folded, with both sides' sources)."""
    from .compare import consistency

    frame, arts = _inputs(claims, articles)
    found = consistency(frame, _book(codebook), articles=arts, by=by.value)
    if kind is not None:
        found = found[found["kind"] == kind.value]
    if not all_columns:
        found = found[["kind", "series", "severity", "date", "who", "surface", "n_copies", "other_date",
                       "other_who", "other_surface", "other_n_copies", "outlet", "other_outlet", "source",
                       "other_source"]]
    _emit(found.head(top) if top else found, fmt)


_STANDARD_FIGURES: tuple[tuple[str, str, str], ...] = (
    ("timeline", "russia_mobilized_total", "russia_mobilized_total_timeline"),
    ("sources", "russia_mobilized_total", "russia_mobilized_total_sources"),
    ("timeline", "ukraine_gs_russian_personnel_losses", "general_staff_losses_timeline"),
    ("sources", "us_pda_package_usd", "us_pda_packages_sources"),
    ("timeline", "us_cumulative_security_assistance_usd", "us_cumulative_assistance_timeline"),
    ("parts", "us_cumulative_security_assistance_usd", "us_packages_vs_totals"),
    ("timeline", "russians_entered_kazakhstan", "russians_entered_kazakhstan_timeline"),
)


def _draw(kind: str, key: str, out: Path, claims: Any, articles: Any, codebook: Any) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from . import plots

    fn = {"timeline": plots.plot_timeline, "sources": plots.plot_sources,
          "parts": plots.plot_parts_vs_total}[kind]
    ax = fn(claims, key, articles=articles, codebook=codebook)
    out.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(out, dpi=130, bbox_inches="tight", metadata={"Software": None} if out.suffix == ".png" else None)
    plt.close(ax.figure)


@app.command()
def chart(
    key: str = typer.Argument(..., help="A claim_key (`claimsdata keys`) or a claim group id (`claimsdata groups`)."),
    out: Path = typer.Option(..., "--out", help="Output file: .png, .svg or .pdf."),
    kind: Kind = typer.Option(Kind.timeline, "--kind", help="timeline, sources, or parts (packages vs totals)."),
    claims: Path = _CLAIMS,
    articles: Path = _ARTICLES,
    codebook: Path = _CODEBOOK,
) -> None:
    """Draw how one figure evolved, source by source, with bounds and hedges visible."""
    from .errors import NothingToDrawError

    if out.suffix.lower() not in (".png", ".svg", ".pdf"):
        _fail(ValueError(f"{out}: use a .png, .svg or .pdf file name"))
    frame, arts = _inputs(claims, articles)
    book = _book(codebook)
    if kind is Kind.parts and not any(e.part_of == key for e in book.keys.values()):
        _fail(ValueError(f"--kind parts: no codebook key is part_of {key!r} (it needs packages that add up to it)"))
    try:
        _draw(kind.value, key, out, frame, arts, book)
    except NothingToDrawError as exc:
        _fail(exc, code=1)
    except ClaimsDataError as exc:
        _fail(exc)
    typer.echo(f"wrote {out}")


@app.command()
def figures(
    out_dir: Path = typer.Option(Path("reports/figures"), "--out-dir"),
    claims: Path = typer.Option(None, "--claims", help=_CLAIMS_HELP + " With your own claims: a timeline "
                                "of each of the --top largest keys (or, without keys, claim groups)."),
    articles: Path = _ARTICLES,
    codebook: Path = _CODEBOOK,
    top: int = typer.Option(10, "--top", min=1, help="With --claims: how many series to draw."),
) -> None:
    """Draw the standard figures into reports/figures/ (or the largest series of your own claims)."""
    from .errors import NothingToDrawError

    frame, arts = _inputs(claims, articles)
    book = _book(codebook)
    if claims is None:
        plan = [(kind, key, name) for kind, key, name in _STANDARD_FIGURES]
    else:
        plan = [("timeline", key, key) for key in _largest_series(frame, arts, top)]
        if not plan:
            _fail(ValueError(f"{claims}: no key or claim group has claims from two or more articles"), code=1)
    for kind, key, name in plan:
        try:
            _draw(kind, key, out_dir / f"{name}.png", frame, arts, book)
        except NothingToDrawError as exc:
            typer.echo(f"skipped {key}: {exc}", err=True)
            continue
        typer.echo(f"wrote {out_dir / (name + '.png')}")


def _largest_series(frame: Any, articles: Any, top: int) -> list[str]:
    if frame["claim_key"].notna().any():
        sizes = frame.dropna(subset=["claim_key"]).groupby("claim_key")["article_id"].nunique()
        sizes = sizes[sizes >= 2].sort_values(ascending=False, kind="stable")
        return [str(k) for k in sizes.index[:top]]
    from .groups import groups_table

    table = groups_table(frame, articles=articles, min_articles=2)
    return table["group_id"].head(top).astype(str).tolist()


@app.command()
def link(
    out: Path = typer.Argument(..., help="The output folder of `claimsdata extract` (with claims/ inside)."),
    codebook: Path = typer.Option(..., "--codebook", help="Codebook YAML with link rules (docs/linking.md)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (in-process) or dask (one task per part)."),
    scheduler: str = typer.Option(None, help="Address of an existing Dask scheduler (with --engine dask)."),
    workers: int = typer.Option(None, min=1, help="Workers of the LocalCluster (with --engine dask; default 2)."),
) -> None:
    """Give every claim of OUT/claims the key of --codebook it meets (each part rewritten atomically)."""
    from .corpus import link_output

    _engine_options(engine, scheduler, workers)
    try:
        counts = link_output(out, codebook, engine=engine.value, scheduler=scheduler, workers=workers or 2)
    except ClaimsDataError as exc:
        _fail(exc)
    typer.echo(f"linked {counts['linked']} of {counts['claims']} claims in {counts['parts']} parts with "
               f"{codebook}; {counts['ties']} matched two keys equally and stayed unlinked")


@app.command()
def report(
    key: str = typer.Argument(None, help="A claim_key or a claim group id; omit with --all."),
    out: Path = typer.Option(..., "--out", help="The page (.html), or with --all the folder of pages."),
    all_series: bool = typer.Option(False, "--all", help="A page for every key with claims (or every claim group "
                                                         "stated in 2+ articles) and an index.html."),
    claims: Path = _CLAIMS,
    articles: Path = _ARTICLES,
    codebook: Path = _CODEBOOK,
) -> None:
    """Write a self-contained offline HTML page per quantity: chart, every claim, disagreements, citation."""
    from .report import write_report, write_reports

    if all_series == (key is not None):
        _fail(ValueError("name one KEY, or give --all (not both)"))
    if not all_series and out.suffix.lower() not in (".html", ".htm"):
        _fail(ValueError(f"{out}: use a .html file name (or --all with a folder)"))
    if all_series and out.exists() and not out.is_dir():
        _fail(ValueError(f"--out {out}: is a file; with --all name a folder (it is created when missing)"))
    frame, arts = _inputs(claims, articles)
    book = _book(codebook)
    try:
        if all_series:
            pages = write_reports(frame, out, articles=arts, codebook=book)
            typer.echo(f"wrote {len(pages)} pages and {out / 'index.html'}")
        else:
            write_report(frame, key, out, articles=arts, codebook=book)
            typer.echo(f"wrote {out}")
    except ClaimsDataError as exc:
        _fail(exc)


@app.command("sql")
def sql_cmd(
    query: str = typer.Argument(..., help="SQL over the views claims, articles, codebook, groups, claim_groups."),
    claims: Path = _CLAIMS,
    articles: Path = _ARTICLES,
    codebook: Path = _CODEBOOK,
    fmt: Format = _FORMAT,
) -> None:
    """Run a DuckDB query over the claims tables (Parquet read in place)."""
    from .query import sql

    try:
        result = sql(query, claims, articles, codebook=codebook)
    except ClaimsDataError as exc:
        _fail(exc, code=1 if exc.__class__.__name__ == "QueryError" else 2)
    _emit(result, fmt)


def main() -> None:
    """Entry point of the ``claimsdata`` console script."""
    app()
