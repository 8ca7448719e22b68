"""Release metadata agrees with the code: version everywhere, a changelog entry, the citation file."""

from __future__ import annotations

import re

import yaml
from typer.testing import CliRunner

import claimsdata
from claimsdata.cli import app

from .conftest import ROOT


def test_version_option_prints_the_package_version():
    r = CliRunner().invoke(app, ["--version"])
    assert r.exit_code == 0 and r.stdout.strip() == f"claimsdata {claimsdata.__version__}"


def test_citation_names_this_version_and_its_release_date():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert str(cff["version"]) == claimsdata.__version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = re.search(rf"^## {re.escape(claimsdata.__version__)} — (\d{{4}}-\d{{2}}-\d{{2}})$", changelog, re.M)
    assert entry is not None, "CHANGELOG.md has no entry for this version"
    assert str(cff["date-released"]) == entry.group(1)


def test_datasheet_title_names_this_version():
    first = (ROOT / "DATASHEET.md").read_text(encoding="utf-8").splitlines()[0]
    assert f"version {claimsdata.__version__}" in first
