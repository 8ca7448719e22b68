"""The command-line interface (thin: read, call a library function, write, exit non-zero on failure)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import typer

from .errors import ClaimsDataError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Quantitative claims in news.")


def _fail(exc: BaseException, code: int = 2) -> None:
    typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


@app.callback()
def _root(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress to stderr.")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


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


@app.command("extract-text")
def extract_text(
    path: Path = typer.Argument(..., help="A plain-text file, or - for standard input."),
    published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) to resolve weekdays and months."),
) -> None:
    """Print the claims of one text as JSON lines."""
    import json
    from datetime import date

    from .extract import extract_claims

    try:
        pub = date.fromisoformat(published) if published else None
    except ValueError:
        _fail(ValueError(f"--published {published!r}: use a date as YYYY-MM-DD"))
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        _fail(ValueError(f"{path}: not UTF-8 text (byte {exc.start})"))
    except OSError as exc:
        _fail(ValueError(f"{path}: cannot be read: {exc.strerror or exc}"))
    for claim in extract_claims(text, pub):
        # strict JSON: the claims hold finite numbers only, and allow_nan=False would say so loudly
        typer.echo(json.dumps(claim.to_record(), default=str, ensure_ascii=False, allow_nan=False))


@app.command()
def extract(
    corpus: list[str] = typer.Argument(..., help="JSONL or Parquet shards: files, globs or directories."),
    out: Path = typer.Option(..., "--out", help="Output folder (partitioned Parquet: articles/, claims/, rejected/)."),
    engine: str = typer.Option("local", help="local (in-process, streaming) or dask."),
    scheduler: str = typer.Option(None, help="Address of an existing Dask scheduler (tcp://host:8786)."),
    workers: int = typer.Option(2, help="Workers of the LocalCluster started when no --scheduler is given."),
    batch_size: int = typer.Option(1000, help="Records per output partition."),
) -> None:
    """Extract claims from a large corpus; bad records go to rejected/, complete partitions are skipped."""
    import json
    import time

    from .corpus import find_shards, run_dask, run_local
    from .errors import CorpusError

    if engine not in ("local", "dask"):
        _fail(ValueError(f"--engine {engine!r}: use local or dask"))
    if batch_size < 1:
        _fail(ValueError(f"--batch-size {batch_size}: use 1 or more"))
    if out.exists() and not out.is_dir():
        _fail(CorpusError(f"--out {out}: is a file; name a folder (it is created when missing)"))
    try:
        shards = find_shards(list(corpus), exclude=out)
    except ClaimsDataError as exc:
        _fail(exc)
    t0 = time.perf_counter()
    try:
        if engine == "local":
            summary = run_local(shards, out, batch_size=batch_size)
        else:
            summary = run_dask(shards, out, batch_size=batch_size, scheduler=scheduler, workers=workers)
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
    path: Path = typer.Argument(..., help="A claims or articles table: .parquet, .csv or .jsonl."),
    suite: str = typer.Option("claims", help="Suite name (a JSON file in --suites)."),
    articles: Path = typer.Option(None, help="Articles table for the cross-table checks (default: "
                                             "articles.parquet beside PATH, if there is one)."),
    suites: Path = typer.Option(None, help="Folder of suites (default: the shipped copies of expectations/)."),
    data_docs: Path = typer.Option(None, "--data-docs", help="Also write GX Data Docs HTML into this folder."),
) -> None:
    """Validate a table; exit 0 if it passes, 1 if expectations fail, 2 if it cannot be read."""
    from .errors import UnknownSuiteError
    from .validation import read_table, validate, write_data_docs

    try:
        table = read_table(path)
        arts = None
        if suite == "claims":
            candidate = articles or path.with_name("articles.parquet")
            if articles is not None or candidate.exists():
                arts = read_table(candidate)
        report = validate(table, suite, articles=arts, suites_dir=suites)
        if data_docs is not None:
            index = write_data_docs(table, suite, data_docs, suites_dir=suites)
            typer.echo(f"data docs: {index}")
    except (UnknownSuiteError, ClaimsDataError) as exc:
        _fail(exc, code=2)
    typer.echo(str(report))
    raise typer.Exit(0 if report.success else 1)


@app.command()
def keys() -> None:
    """List the codebook's claim keys with their number of claims in the dataset."""
    from rich.console import Console
    from rich.table import Table

    from .codebook import load_codebook
    from .dataset import load_claims

    counts = load_claims()["claim_key"].value_counts()
    table = Table("claim_key", "claims", "dimension", "unit", "cumulative", "description", box=None)
    for row in load_codebook().itertuples(index=False):
        table.add_row(row.claim_key, str(int(counts.get(row.claim_key, 0))), row.dimension, row.unit,
                      "yes" if row.cumulative else "", row.description)
    Console(width=200).print(table)


@app.command("compare")
def compare_cmd(
    key: str = typer.Argument(..., help="A claim_key (see `claimsdata keys`)."),
    all_columns: bool = typer.Option(False, "--all", help="Print every column, not the readable subset."),
) -> None:
    """Print every claim of KEY with its source, date, interval and how it relates to the others."""
    import pandas as pd

    from .compare import compare
    from .dataset import load_articles, load_claims
    from .errors import UnknownKeyError

    try:
        table = compare(load_claims(), key, articles=load_articles())
    except UnknownKeyError as exc:
        _fail(exc)
    if not all_columns:
        table = table[["when", "outlet", "speaker", "speaker_org", "surface", "qualifier", "value_low",
                       "value_high", "unit", "relation", "n_conflicts"]]
    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.max_colwidth", 40,
                           "display.max_rows", 500):
        typer.echo(table.to_string(index=False))


_STANDARD_FIGURES: tuple[tuple[str, str, str], ...] = (
    ("timeline", "russia_mobilized_total", "russia_mobilized_total_timeline"),
    ("sources", "russia_mobilized_total", "russia_mobilized_total_sources"),
    ("timeline", "ukraine_gs_russian_personnel_losses", "general_staff_losses_timeline"),
    ("sources", "us_pda_package_usd", "us_pda_packages_sources"),
    ("timeline", "us_cumulative_security_assistance_usd", "us_cumulative_assistance_timeline"),
    ("parts", "us_cumulative_security_assistance_usd", "us_packages_vs_totals"),
    ("timeline", "russians_entered_kazakhstan", "russians_entered_kazakhstan_timeline"),
)


def _draw(kind: str, key: str, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from . import plots
    from .dataset import load_articles, load_claims

    claims, articles = load_claims(), load_articles()
    fn = {"timeline": plots.plot_timeline, "sources": plots.plot_sources,
          "parts": plots.plot_parts_vs_total}[kind]
    ax = fn(claims, key, articles=articles)
    out.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(out, dpi=130, bbox_inches="tight", metadata={"Software": None} if out.suffix == ".png" else None)
    plt.close(ax.figure)


@app.command()
def chart(
    key: str = typer.Argument(..., help="A claim_key (see `claimsdata keys`)."),
    out: Path = typer.Option(..., "--out", help="Output file: .png, .svg or .pdf."),
    kind: str = typer.Option("timeline", help="timeline, sources or parts (packages vs totals)."),
) -> None:
    """Draw how one figure evolved, source by source, with bounds and hedges visible."""
    from .errors import UnknownKeyError

    if out.suffix.lower() not in (".png", ".svg", ".pdf"):
        _fail(ValueError(f"{out}: use a .png, .svg or .pdf file name"))
    if kind not in ("timeline", "sources", "parts"):
        _fail(ValueError(f"--kind {kind!r}: use timeline, sources or parts"))
    try:
        _draw(kind, key, out)
    except UnknownKeyError as exc:
        _fail(exc)
    typer.echo(f"wrote {out}")


@app.command()
def figures(out_dir: Path = typer.Option(Path("reports/figures"), "--out-dir")) -> None:
    """Draw all standard figures into reports/figures/."""
    for kind, key, name in _STANDARD_FIGURES:
        _draw(kind, key, out_dir / f"{name}.png")
        typer.echo(f"wrote {out_dir / (name + '.png')}")


def main() -> None:
    """Entry point of the ``claimsdata`` console script."""
    app()
