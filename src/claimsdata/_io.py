"""Atomic, deterministic writes of tables and text (private helpers for dataset.build and the CLI)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["atomic_write", "write_parquet", "write_csv", "write_json", "write_text"]


def atomic_write(path: Path, writer: Callable[[Path], None]) -> None:
    """Call ``writer(tmp)`` on a temporary file beside ``path``, then rename it over ``path``.

    A crash leaves either the old file or the new one, never a half-written file under the final name.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer(tmp)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; datasets are meant to be read by others
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_parquet(frame: pd.DataFrame, path: Path) -> None:
    """Write a DataFrame to Parquet atomically (no index, stable bytes for the same data and versions)."""
    atomic_write(path, lambda tmp: frame.to_parquet(tmp, index=False, engine="pyarrow", compression="zstd"))


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write a DataFrame to UTF-8 CSV atomically (ISO dates, empty string for nulls, LF line ends)."""
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    atomic_write(path, lambda tmp: out.to_csv(tmp, index=False, lineterminator="\n", encoding="utf-8"))


def write_json(obj: Any, path: Path) -> None:
    """Write JSON atomically, indented, keys in the order given, newline at the end."""
    write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", path)


def write_text(text: str, path: Path) -> None:
    """Write UTF-8 text atomically."""
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"))


def copy_file(src: Path, dst: Path) -> None:
    """Copy a file atomically."""
    atomic_write(dst, lambda tmp: shutil.copyfile(src, tmp))
