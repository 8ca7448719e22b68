"""The processed dataset ships inside the wheel: install it in a throwaway venv and load it from elsewhere."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
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
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    # the heavy dependencies (pandas, pyarrow) come from the environment running the tests (a virtual
    # environment or not), added after the venv's own site-packages by a .pth file: no download, and the
    # editable install of the checkout there is not picked up (a .pth only adds paths, it runs none of theirs)
    running = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    site_dir = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              check=True, capture_output=True, text=True).stdout.strip()
    (Path(site_dir) / "zz_running_env.pth").write_text("\n".join(running) + "\n")
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
