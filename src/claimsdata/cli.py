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
    ship: bool = typer.Option(True, help="Copy the snapshot into --package-dir and the codebook into --docs."),
) -> None:
    """Build data/processed/ from data/raw/ (deterministic, atomic) and ship the snapshot in the package."""
    from .dataset import build as _build

    try:
        report = _build(raw, out, package_dir=package_dir if ship else None, docs_dir=docs if ship else None)
    except ClaimsDataError as exc:
        _fail(exc)
    typer.echo(
        f"built {report.n_claims} claims ({report.n_extracted} extracted, {report.n_coded} coded) "
        f"from {report.n_articles} articles into {out}"
    )
    for line in report.rejected:
        typer.echo(f"rejected: {line}", err=True)
    for line in report.corrections:
        typer.echo(f"corrected: {line}", err=True)


@app.command("extract-text")
def extract_text(
    path: Path = typer.Argument(..., help="A plain-text file, or - for standard input."),
    published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) to resolve weekdays and months."),
) -> None:
    """Print the claims of one text as JSON lines."""
    import json
    from datetime import date

    from .extract import extract_claims

    text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    pub = date.fromisoformat(published) if published else None
    for claim in extract_claims(text, pub):
        typer.echo(json.dumps(claim.to_record(), default=str, ensure_ascii=False))


def main() -> None:
    """Entry point of the ``claimsdata`` console script."""
    app()
