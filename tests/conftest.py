"""Shared fixtures: paths of the checkout and a small built dataset in a temporary folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

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
