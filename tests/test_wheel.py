"""The processed dataset ships inside the wheel: install it in a throwaway venv and load it from elsewhere."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.mark.wheel
def test_installed_wheel_loads_the_dataset(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, cwd=tmp_path)
    [wheel] = list(dist.glob("claimsdata-*.whl"))
    env_dir = tmp_path / "venv"
    # system site packages give the heavy dependencies (pandas, pyarrow) without a download; the wheel is
    # installed into the venv itself, which comes first on sys.path, and the check below proves it is used
    venv.EnvBuilder(with_pip=True, system_site_packages=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import claimsdata, pathlib, sys\n"
        "c = claimsdata.load_claims(); a = claimsdata.load_articles()\n"
        "print(pathlib.Path(claimsdata.__file__).resolve())\n"
        "print(len(c), len(a), list(c.columns) == list(claimsdata.models.CLAIM_COLUMNS))\n"
    )
    out = subprocess.run([str(py), "-c", code], check=True, capture_output=True, text=True, cwd=elsewhere)
    location, counts = out.stdout.strip().splitlines()
    assert Path(location).is_relative_to(env_dir.resolve()), location
    n_claims, n_articles, same = counts.split()
    assert int(n_claims) > 0 and int(n_articles) > 0 and same == "True"
