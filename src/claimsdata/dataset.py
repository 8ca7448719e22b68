"""The curated dataset: building it from ``data/raw/`` and loading the shipped snapshot."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
import pandas as pd

from ._version import __version__
from ._io import copy_file, write_csv, write_json, write_parquet, write_text
from .extract import extract_claims
from .ingest import read_articles
from .models import Article, Claim
from .schema import coerce, columns_markdown, datapackage, frame_from_records

__all__ = ["BuildReport", "build_tables", "build", "load_claims", "load_articles", "PROCESSED_FILES"]

log = logging.getLogger(__name__)

#: The files ``build`` writes to ``data/processed/`` and ships inside the package.
PROCESSED_FILES: tuple[str, ...] = ("articles.parquet", "claims.parquet", "claims.csv", "datapackage.json")
_SORT = ["article_id", "method", "start", "claim_key", "claim_id"]


@dataclass
class BuildReport:
    """What a build read, produced and rejected."""

    n_articles: int = 0
    n_claims: int = 0
    n_extracted: int = 0
    n_coded: int = 0
    rejected: list[str] = field(default_factory=list)
    corrections: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def build_tables(raw_dir: str | Path) -> tuple[pd.DataFrame, pd.DataFrame, BuildReport]:
    """Read ``raw_dir`` and return (articles, claims, report) as typed DataFrames. Writes nothing."""
    raw_dir = Path(raw_dir)
    report = BuildReport()
    articles: list[Article] = read_articles(raw_dir / "articles")
    claims: list[Claim] = []
    for art in articles:
        found = extract_claims(art.text or "", art.published, article_id=art.article_id)
        claims.extend(found)
    report.n_extracted = len(claims)
    articles_df = frame_from_records([a.model_dump() for a in articles], Article)
    claims_df = frame_from_records([c.to_record() for c in claims], Claim)
    articles_df = articles_df.sort_values("article_id", kind="stable").reset_index(drop=True)
    claims_df = claims_df.sort_values(_SORT, kind="stable", na_position="first").reset_index(drop=True)
    report.n_articles, report.n_claims = len(articles_df), len(claims_df)
    report.n_coded = int((claims_df["method"] == "coded").sum())
    return articles_df, claims_df, report


def codebook_markdown() -> str:
    """The column codebook (``docs/codebook.md``), generated from the models."""
    return (
        "# Codebook\n\n_Generated from `claimsdata.models` by `claimsdata build`; do not edit by hand._\n\n"
        "## `claims` — one row per claim\n\n" + columns_markdown(Claim) + "\n"
        "## `articles` — one row per article or source page\n\n" + columns_markdown(Article)
    )


def build(
    raw_dir: str | Path = "data/raw",
    out_dir: str | Path = "data/processed",
    *,
    package_dir: str | Path | None = "src/claimsdata/_data",
    docs_dir: str | Path | None = "docs",
) -> BuildReport:
    """Build the dataset: ingest ``raw_dir``, extract and link, write ``out_dir`` atomically.

    Also copies the snapshot into ``package_dir`` (the data that ships in the wheel) and writes the column
    codebook into ``docs_dir``; pass None to skip either. The output is deterministic.
    """
    articles_df, claims_df, report = build_tables(raw_dir)
    out = Path(out_dir)
    descriptor = datapackage(version=__version__, n_claims=len(claims_df), n_articles=len(articles_df))
    write_parquet(articles_df, out / "articles.parquet")
    write_parquet(claims_df, out / "claims.parquet")
    write_csv(claims_df, out / "claims.csv")
    write_json(descriptor, out / "datapackage.json")
    report.written = [out / name for name in PROCESSED_FILES]
    if package_dir is not None:
        pkg = Path(package_dir)
        for name in PROCESSED_FILES:
            copy_file(out / name, pkg / name)
            report.written.append(pkg / name)
    if docs_dir is not None:
        write_text(codebook_markdown(), Path(docs_dir) / "codebook.md")
        report.written.append(Path(docs_dir) / "codebook.md")
    log.info("built %d claims from %d articles into %s", report.n_claims, report.n_articles, out)
    return report


def _read_shipped(name: str) -> pd.DataFrame:
    with resources.as_file(resources.files("claimsdata") / "_data" / name) as path:
        if not path.exists():
            raise FileNotFoundError(f"{path}: the shipped dataset is missing; run `claimsdata build`")
        return pd.read_parquet(path)


def load_claims(*, path: str | Path | None = None) -> pd.DataFrame:
    """The curated claims table as a DataFrame with the contract's columns and documented dtypes.

    Reads the snapshot shipped inside the package (offline), or ``path`` (a claims.parquet) when given.
    Dates are ``datetime64[ns]``, offsets nullable ``Int64``, ``dimension``/``qualifier``/``method``
    categories, other text columns ``string``.
    """
    frame = pd.read_parquet(path) if path is not None else _read_shipped("claims.parquet")
    return coerce(frame, Claim)


def load_articles(*, path: str | Path | None = None) -> pd.DataFrame:
    """The articles (and coded source pages) table, with documented dtypes (``published`` a datetime)."""
    frame = pd.read_parquet(path) if path is not None else _read_shipped("articles.parquet")
    return coerce(frame, Article)
