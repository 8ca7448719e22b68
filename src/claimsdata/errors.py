"""The error hierarchy: one base class, specific subclasses that also inherit the matching built-in.

Every message says where (file, line or record, field) and, where it can, what to do.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ClaimsDataError",
    "IngestError",
    "FrontMatterError",
    "ReferenceRowError",
    "CodebookError",
    "UnknownKeyError",
    "UnknownSuiteError",
    "DatasetValidationError",
    "CorpusError",
    "TableError",
]


class ClaimsDataError(Exception):
    """Base class of every error raised by claimsdata."""


class IngestError(ClaimsDataError, ValueError):
    """A raw input cannot be read. Carries the file, the line/record and the field."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        where = []
        if self.path:
            where.append(self.path + (f":{line}" if line is not None else ""))
        elif line is not None:
            where.append(f"line {line}")
        if field:
            where.append(f"field '{field}'")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class FrontMatterError(IngestError):
    """An article file's front matter is missing, malformed or lacks a required field."""


class ReferenceRowError(IngestError):
    """A row of the coded reference table cannot be read or contradicts itself."""


class CodebookError(ClaimsDataError, ValueError):
    """The codebook YAML is malformed."""


class UnknownKeyError(ClaimsDataError, KeyError):
    """A claim_key that the codebook (or the table) does not know."""

    def __str__(self) -> str:  # KeyError quotes its argument; keep the message readable
        return str(self.args[0]) if self.args else ""


class UnknownSuiteError(ClaimsDataError, KeyError):
    """An expectation suite name with no JSON file in expectations/."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class DatasetValidationError(ClaimsDataError, ValueError):
    """A dataset failed its expectation suites; carries the report."""

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class CorpusError(ClaimsDataError, ValueError):
    """A corpus path or format that cannot be read at all (bad records are rejected, not raised)."""


class TableError(ClaimsDataError, ValueError):
    """A table that lacks the columns of a claims (or articles) table, or has a record without its id."""


class NothingToDrawError(ClaimsDataError, ValueError):
    """A chart was asked for a series with no dated, valued claim to draw."""


class QueryError(ClaimsDataError, ValueError):
    """A SQL query over the claims tables failed (its message is DuckDB's)."""
