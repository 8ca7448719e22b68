"""Everything generated from the pydantic models: DataFrame dtypes, Frictionless Table Schema, column codebook."""

from __future__ import annotations

import types
import typing
from datetime import date
from typing import Any, Literal, get_args, get_origin

import pandas as pd
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from .errors import TableError
from .models import Article, Claim

__all__ = ["dtypes", "coerce", "frame_from_records", "table_schema", "datapackage", "columns_markdown"]


def _base_type(annotation: Any) -> tuple[Any, bool]:
    """(inner type, nullable) of an annotation such as ``float | None``."""
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return args[0], len(args) < len(get_args(annotation))
    return annotation, False


def _kind(info: FieldInfo) -> tuple[str, bool, tuple[str, ...] | None]:
    """Frictionless type name, nullable, enum values of one field."""
    inner, nullable = _base_type(info.annotation)
    if get_origin(inner) is Literal:
        return "string", nullable, tuple(get_args(inner))
    if inner is float:
        return "number", nullable, None
    if inner is int:
        return "integer", nullable, None
    if inner is date:
        return "date", nullable, None
    return "string", nullable, None


def _dtype(info: FieldInfo) -> Any:
    kind, _, enum = _kind(info)
    if enum is not None:
        return pd.CategoricalDtype(categories=list(enum), ordered=False)
    return {"number": "float64", "integer": "Int64", "date": "datetime64[ns]", "string": "string"}[kind]


def dtypes(model: type[BaseModel]) -> dict[str, Any]:
    """The documented pandas dtype of every column of the model's table."""
    return {name: _dtype(info) for name, info in model.model_fields.items()}


def frame_from_records(records: list[dict[str, Any]], model: type[BaseModel]) -> pd.DataFrame:
    """A DataFrame with exactly the model's columns, in order, with the documented dtypes."""
    columns = list(model.model_fields)
    frame = pd.DataFrame.from_records(records, columns=columns)
    return coerce(frame, model)


def coerce(frame: pd.DataFrame, model: type[BaseModel]) -> pd.DataFrame:
    """Cast a table's columns to the model's documented dtypes (columns missing from the table are added, null)."""
    out = frame.copy()
    for name, dtype in dtypes(model).items():
        if name not in out.columns:
            out[name] = None
        try:
            out[name] = _cast(out[name], dtype)
        except (ValueError, TypeError, OverflowError) as exc:
            raise ValueError(f"column {name!r} does not hold {_WORD.get(str(dtype), str(dtype))}: {exc}") from exc
    extra = [c for c in out.columns if c not in model.model_fields]
    return out[list(model.model_fields) + extra]


_WORD = {"datetime64[ns]": "dates", "Int64": "integers", "float64": "numbers", "string": "text"}


def _cast(col: pd.Series, dtype: Any) -> pd.Series:
    if dtype == "datetime64[ns]":
        return pd.to_datetime(col, errors="raise").astype("datetime64[ns]")
    if dtype == "Int64":
        return pd.Series(pd.array(col, dtype="Int64"), index=col.index) if len(col) else col.astype("Int64")
    if dtype == "float64":
        return pd.to_numeric(col, errors="raise").astype("float64")
    if dtype == "string":
        return col.astype("string")
    text = col.astype("string")
    unknown = sorted(set(text.dropna()) - set(dtype.categories))
    if unknown:  # a category cast would silently turn them into nulls
        raise ValueError(f"{unknown[:3]} not among {list(dtype.categories)}")
    return text.astype(dtype)


def table_schema(model: type[BaseModel], *, primary_key: str) -> dict[str, Any]:
    """Frictionless Table Schema of the model: names, types, descriptions, constraints, primary key."""
    fields = []
    for name, info in model.model_fields.items():
        kind, nullable, enum = _kind(info)
        constraints: dict[str, Any] = {}
        if not nullable:
            constraints["required"] = True
        if name == primary_key:
            constraints["unique"] = True
        if enum is not None:
            constraints["enum"] = list(enum)
        for meta in info.metadata:
            for attr, key in (("ge", "minimum"), ("le", "maximum"), ("min_length", "minLength")):
                if getattr(meta, attr, None) is not None:
                    constraints[key] = getattr(meta, attr)
        field: dict[str, Any] = {"name": name, "type": kind, "description": info.description or ""}
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {"fields": fields, "primaryKey": [primary_key], "missingValues": [""]}


def datapackage(*, version: str, n_claims: int, n_articles: int) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor of the processed dataset (deterministic: no timestamps)."""
    claims_schema = table_schema(Claim, primary_key="claim_id")
    claims_schema["foreignKeys"] = [
        {"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}}
    ]
    return {
        "profile": "data-package",
        "name": "claimsdata",
        "title": "claimsdata: quantitative claims in news",
        "version": version,
        "licenses": [{"name": "CC-BY-4.0", "title": "Dataset (our coding and paraphrases)"}],
        "resources": [
            {
                "name": "claims",
                "path": "claims.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "description": f"One row per claim ({n_claims} rows); the same table as claims.parquet.",
                "schema": claims_schema,
            },
            {
                "name": "articles",
                "path": "articles.parquet",
                "format": "parquet",
                "description": f"One row per article or source page ({n_articles} rows).",
                "schema": table_schema(Article, primary_key="article_id"),
            },
        ],
    }


def columns_markdown(model: type[BaseModel]) -> str:
    """A Markdown table of the model's columns: name, type, required, description."""
    lines = ["| column | type | required | allowed values | description |", "|---|---|---|---|---|"]
    for name, info in model.model_fields.items():
        kind, nullable, enum = _kind(info)
        allowed = ", ".join(f"`{e}`" for e in enum) if enum else ""
        lines.append(f"| `{name}` | {kind} | {'no' if nullable else 'yes'} | {allowed} | {info.description} |")
    return "\n".join(lines) + "\n"


#: the columns without which a table is not one of claims (or of articles); other contract columns may be absent
IDENTITY_COLUMNS: dict[type[BaseModel], tuple[str, ...]] = {
    Claim: ("claim_id", "article_id", "dimension", "unit", "surface"), Article: ("article_id",)}


def check_table(frame: pd.DataFrame, model: type[BaseModel], where: str) -> None:
    """:class:`TableError`, its message led by ``where``, when ``frame`` lacks the model's identity columns
    (:data:`IDENTITY_COLUMNS`) or a record lacks its id."""
    kind = "claims" if model is Claim else "articles"
    missing = [c for c in IDENTITY_COLUMNS[model] if c not in frame.columns]
    if missing:
        hint = " (it looks like an articles table)" if model is Claim and "claim_id" not in frame.columns and (
            "text" in frame.columns or "published" in frame.columns) else ""
        raise TableError(f"{where}: not a {kind} table{hint}: no column {', '.join(missing)}")
    key = IDENTITY_COLUMNS[model][0]
    if len(frame) and (empty := frame[key].isna() | (frame[key].astype("string").str.strip() == "")).any():
        first = int(empty.to_numpy().nonzero()[0][0]) + 1
        raise TableError(f"{where}: record {first} has no {key} ({int(empty.sum())} record(s) without one; "
                         f"`claimsdata validate` lists the rows that break the {kind} contract)")


def as_claims(frame: pd.DataFrame, where: str) -> pd.DataFrame:
    """``frame`` checked as a claims table (:func:`check_table`), with the contract columns it lacks added as
    nulls (``frame`` itself when it lacks none)."""
    check_table(frame, Claim, where)
    absent = {c: d for c, d in dtypes(Claim).items() if c not in frame.columns}
    if not absent:
        return frame
    return frame.assign(**{c: pd.Series(None, index=frame.index, dtype=d) for c, d in absent.items()})
