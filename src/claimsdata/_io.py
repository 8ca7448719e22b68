"""Atomic, deterministic writes of tables and text (private helpers for dataset.build and the CLI)."""

from __future__ import annotations

import ctypes
import glob
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import CorpusError

log = logging.getLogger(__name__)

__all__ = ["atomic_write", "write_dir_atomically", "write_parquet", "write_csv", "write_json", "write_text", "read_table"]


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


def write_dir_atomically(target: Path, fill: Callable[[Path], None]) -> None:
    """Call ``fill(tmp)`` to write a whole folder beside ``target``, then put it in place of ``target``.

    On Linux the two folders are exchanged in one ``renameat2(RENAME_EXCHANGE)`` call, so that a reader sees
    the old folder or the new one, never a mix; elsewhere two renames follow each other. A failure while
    filling (a full disk) leaves ``target`` exactly as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        fill(tmp)
        os.chmod(tmp, 0o755)  # mkdtemp creates 0700; datasets are meant to be read by others
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if not target.exists():
        os.rename(tmp, target)
    elif _exchange(tmp, target):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the previous contents
    else:
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.rename(target, old)
        os.rename(tmp, target)
        shutil.rmtree(old, ignore_errors=True)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    log.debug("renameat2 failed (errno %d); falling back to two renames", ctypes.get_errno())
    return False


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a Parquet, CSV or JSONL table, or a folder (or glob) of Parquet parts as ``claimsdata extract`` writes.

    :class:`CorpusError` names the file when it cannot be read.
    """
    path = Path(path)
    globbed = any(ch in str(path) for ch in "*?[")
    if not globbed and not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_dir() or globbed:
        parts = sorted(path.glob("*.parquet")) if path.is_dir() else sorted(Path(p) for p in glob.glob(str(path)))
        if not parts:
            raise CorpusError(f"{path}: no Parquet parts to read (a folder of part-*.parquet, as extract writes)")
        try:
            frames = [pd.read_parquet(p) for p in parts]
        except (OSError, ValueError) as exc:
            raise CorpusError(f"{path}: cannot be read as Parquet parts: {exc}") from exc
        frames = [f for f in frames if len(f)] or frames[:1]  # empty parts carry no rows (and may lack dtypes)
        return pd.concat(frames, ignore_index=True)
    suffix = path.suffix.lower()
    try:
        if suffix in (".parquet", ".pq"):
            return pd.read_parquet(path)
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""]).pipe(_numeric_columns)
        if suffix in (".jsonl", ".ndjson"):
            return pd.read_json(path, lines=True, dtype=False).pipe(_numeric_columns)
    except (OSError, ValueError) as exc:
        raise CorpusError(f"{path}: cannot be read as {suffix.lstrip('.')}: {exc}") from exc
    raise CorpusError(f"{path}: unknown table format {suffix!r} (use .parquet, .csv or .jsonl)")


def _numeric_columns(frame: pd.DataFrame) -> pd.DataFrame:
    for col in ("value", "value_low", "value_high", "confidence", "start", "end"):
        if col in frame.columns:
            frame[col] = pd.to_numeric(frame[col], errors="coerce")
    return frame
