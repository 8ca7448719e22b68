"""Tables printed by the CLI: a readable table, CSV, JSON records or a Markdown table."""

from __future__ import annotations

import json
import math
from typing import Any

import pandas as pd

__all__ = ["render", "FORMATS"]

FORMATS = ("table", "csv", "json", "md")


def _plain(value: Any) -> Any:
    """A JSON-ready value: None for nulls, ISO dates, Python numbers, also inside lists, tuples and dicts."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _cell(value: Any) -> str:
    v = _plain(value)
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:,.6g}" if abs(v) < 1e15 else f"{v:.6g}"
    return str(v)


def render(frame: pd.DataFrame, fmt: str) -> str:
    """``frame`` as text in ``fmt`` (one of :data:`FORMATS`), ending with a newline."""
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        records = [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if fmt == "md":
        head = "| " + " | ".join(str(c) for c in frame.columns) + " |"
        rule = "|" + "|".join("---" for _ in frame.columns) + "|"
        body = ["| " + " | ".join(_cell(v).replace("|", "\\|").replace("\n", " ") for v in row) + " |"
                for row in frame.itertuples(index=False)]
        return "\n".join([head, rule, *body]) + "\n"
    if fmt == "table":
        if frame.empty:
            return f"(no rows; columns: {', '.join(map(str, frame.columns))})\n"
        with pd.option_context("display.width", 200, "display.max_columns", 40, "display.max_colwidth", 40,
                               "display.max_rows", 100_000):
            return frame.to_string(index=False) + "\n"
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
