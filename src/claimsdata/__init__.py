"""claimsdata: quantitative claims in news — extraction, a curated dataset, validation and comparison.

>>> import claimsdata
>>> claims = claimsdata.load_claims()
>>> claims = claimsdata.extract_claims("Officials said more than 200,000 people had left.")

Importing the package does no I/O; Great Expectations, matplotlib and dask are imported only when used.
"""

from ._version import __version__
from .codebook import load_codebook, load_organisations
from .compare import compare, consistency, timeline
from .dataset import build, load_articles, load_claims
from .errors import (
    ClaimsDataError,
    CodebookError,
    CorpusError,
    DatasetValidationError,
    FrontMatterError,
    IngestError,
    ReferenceRowError,
    UnknownKeyError,
    UnknownSuiteError,
    NothingToDrawError,
    QueryError,
    TableError,
)
from .extract import extract_claims, extract_quantities
from .groups import assign_groups, group_relations, groups_table
from .query import connect, sql
from .codebook import link_claims
from .plots import plot_parts_vs_total, plot_sources, plot_timeline
from .validation import ValidationReport, validate
from .ingest import read_article
from .models import Article, Claim, Quantity

__all__ = [
    "__version__",
    "Article",
    "Claim",
    "Quantity",
    "extract_claims",
    "extract_quantities",
    "load_claims",
    "load_articles",
    "load_codebook",
    "load_organisations",
    "compare",
    "timeline",
    "consistency",
    "assign_groups",
    "link_claims",
    "connect",
    "sql",
    "groups_table",
    "group_relations",
    "validate",
    "plot_timeline",
    "plot_sources",
    "plot_parts_vs_total",
    "ValidationReport",
    "build",
    "read_article",
    "ClaimsDataError",
    "IngestError",
    "FrontMatterError",
    "ReferenceRowError",
    "CodebookError",
    "UnknownKeyError",
    "UnknownSuiteError",
    "DatasetValidationError",
    "CorpusError",
    "NothingToDrawError",
    "QueryError",
    "TableError",
]
