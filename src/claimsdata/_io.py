"""Atomic, deterministic writes of tables and text (private helpers for dataset.build and the CLI)."""

from __future__ import annotations

import ctypes
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

log = logging.getLogger(__name__)

__all__ = ["atomic_write", "write_dir_atomically", "write_parquet", "write_csv", "write_json", "write_text"]


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
