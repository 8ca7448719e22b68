"""Shared fixtures: paths of the checkout and a small built dataset in a temporary folder."""

from __future__ import annotations

import os
import shutil
import signal
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from hypothesis import settings

matplotlib.use("Agg")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("TQDM_DISABLE", "1")

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"


def claims_frame(rows: list[dict]) -> pd.DataFrame:
    """A small claims table for tests: defaults for the columns a row leaves out, dates as datetimes."""
    base = {"article_id": "a", "method": "coded", "dimension": "count", "unit": "count", "speaker": None,
            "speaker_org": None, "via": None, "claim_date": None, "ref_start": None, "ref_end": None,
            "sentence": "s", "source_url": "https://x.org", "value": None}
    frame = pd.DataFrame([{**base, **r} for r in rows])
    for col in ("claim_date", "ref_start", "ref_end"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A writable copy of data/raw/."""
    dst = tmp_path / "raw"
    shutil.copytree(RAW, dst)
    return dst


@contextmanager
def deadline(seconds: int, what: str = "the call"):
    """Fail (instead of hanging the suite) when the block runs longer than ``seconds`` (a generous bound)."""

    def _expired(signum, frame):  # noqa: ANN001, ARG001 - signal handler signature
        raise TimeoutError(f"{what} took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# Hypothesis: a fixed, derandomised budget in the suite; ``long`` for benchmarks/properties.py
settings.register_profile("ci", max_examples=150, deadline=None, derandomize=True, print_blob=True)
settings.register_profile("long", max_examples=int(os.environ.get("CLAIMSDATA_HYPOTHESIS_EXAMPLES", "3000")), deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
