"""SQL over the claims tables with DuckDB (embedded, in-process): Parquet is read in place, never copied.

>>> con = claimsdata.connect()                       # the shipped dataset
>>> con.execute("SELECT count(*) FROM claims").fetchone()  # doctest: +SKIP

Views: ``claims``, ``articles``, ``codebook`` and, unless ``groups=False``, ``claim_groups`` (claim_id,
group_id, group_label) and ``groups`` (one row per claim group, as :func:`claimsdata.groups_table`). The same
partitioned Parquet folders are read by Dask (``dask.dataframe.read_parquet``) or Spark when a corpus outgrows
one machine.
"""

from __future__ import annotations

import glob
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .errors import CorpusError, QueryError

if TYPE_CHECKING:
    import duckdb

__all__ = ["connect", "sql", "VIEWS"]

VIEWS = ("claims", "articles", "codebook", "claim_groups", "groups")

TableSource = str | Path | pd.DataFrame | None


def _shipped(name: str) -> Path:
    return Path(str(resources.files("claimsdata") / "_data" / name))


def _scan(source: str | Path) -> str:
    """The DuckDB table function that reads ``source`` in place: a file, a folder of Parquet parts or a glob."""
    path = Path(source)
    text = str(path).replace("'", "''")
    if path.is_dir():
        if not any(path.glob("*.parquet")):
            raise CorpusError(f"{path}: no Parquet parts to read (a folder of part-*.parquet, as extract writes)")
        return f"read_parquet('{text}/*.parquet', union_by_name = true)"
    if any(ch in str(path) for ch in "*?["):
        if not glob.glob(str(path)):
            raise CorpusError(f"{path}: the pattern matches no file")
        return f"read_parquet('{text}', union_by_name = true)"
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    suffix = path.suffix.lower()
    if suffix in (".parquet", ".pq"):
        return f"read_parquet('{text}')"
    if suffix == ".csv":
        return f"read_csv_auto('{text}', header = true)"
    if suffix in (".jsonl", ".ndjson"):
        return f"read_json_auto('{text}', format = 'newline_delimited')"
    raise CorpusError(f"{path}: unknown table format {suffix!r} (use .parquet, .csv or .jsonl)")


def connect(claims: TableSource = None, articles: TableSource = None, *, codebook: str | Path | None = None,
            groups: bool = True, database: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the views ``claims``, ``articles``, ``codebook`` (and the claim groups).

    ``claims``/``articles``: a path (a file, a folder of Parquet parts as ``claimsdata extract`` writes, a glob),
    a DataFrame, or None for the shipped dataset (articles: the folder beside a claims folder when there is one).
    Paths are read in place by DuckDB. ``groups`` computes the claim groups (in memory, from the claims).
    """
    import duckdb

    con = duckdb.connect(database)
    if isinstance(claims, (str, Path)) and Path(claims).is_dir() and (Path(claims) / "claims").is_dir():
        claims = Path(claims) / "claims"  # the output folder of `claimsdata extract`
    if articles is None and claims is not None and not isinstance(claims, pd.DataFrame):
        beside = Path(claims).parent / "articles"
        articles = beside if Path(claims).is_dir() and beside.is_dir() else None
        if articles is None and claims is not None and Path(claims).is_file():
            sibling = Path(claims).with_name("articles.parquet")
            articles = sibling if sibling.exists() else None
    _view(con, "claims", claims if claims is not None else _shipped("claims.parquet"))
    if claims is not None:  # a table that is not one of claims is named here, not met as nulls in a query
        from .models import Claim
        from .schema import check_table

        columns = [d[0] for d in con.execute("SELECT * FROM claims LIMIT 0").description]
        check_table(pd.DataFrame(columns=columns), Claim, "the claims" if isinstance(claims, pd.DataFrame)
                    else str(claims))
    if articles is not None or claims is None:
        _view(con, "articles", articles if articles is not None else _shipped("articles.parquet"))
    else:
        con.execute("CREATE VIEW articles AS SELECT NULL::VARCHAR AS article_id WHERE false")
    from .codebook import load_codebook

    con.register("codebook", load_codebook(path=codebook))
    if groups:
        from .dataset import load_claims
        from .groups import assign_groups, groups_table

        frame = claims if isinstance(claims, pd.DataFrame) else load_claims(path=claims)
        grouped = assign_groups(frame)
        con.register("claim_groups", grouped[["claim_id", "group_id", "group_label"]])
        con.register("groups", groups_table(grouped))
    return con


def _view(con: duckdb.DuckDBPyConnection, name: str, source: str | Path | pd.DataFrame) -> None:
    if isinstance(source, pd.DataFrame):
        con.register(name, source)
    else:
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM {_scan(source)}")


def sql(query: str, claims: TableSource = None, articles: TableSource = None, *,
        codebook: str | Path | None = None) -> pd.DataFrame:
    """Run one SQL query over the views of :func:`connect` and return the result as a DataFrame.

    The claim groups are computed only when the query names them. :class:`QueryError` carries DuckDB's message.
    """
    import duckdb

    wants_groups = any(word in query.lower() for word in ("groups", "claim_groups"))
    con = connect(claims, articles, codebook=codebook, groups=wants_groups)
    try:
        relation = con.sql(query)
        return relation.df() if relation is not None else pd.DataFrame()  # a statement that returns no rows
    except duckdb.Error as exc:
        raise QueryError(str(exc).splitlines()[0]) from exc
    finally:
        con.close()
