from __future__ import annotations

import doctest
import re

from .conftest import ROOT


def test_readme_examples_run():
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 5
    assert result.failed == 0


def test_ci_runs_exactly_the_readme_commands():
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```bash\n(.*?)\n```", readme, re.S)
    setup, tests = blocks[0].strip(), blocks[1].strip()
    ci_lines = [ln for ln in (ROOT / ".ci" / "run").read_text().splitlines() if ln and not ln.startswith("#")]
    # the system-package step (an `if ... fi` block that installs what is missing) comes first; then exactly
    # the README's two commands
    body = "\n".join(ln for ln in ci_lines if not ln.startswith(("set ", "cd ")))
    body = re.sub(r"^if ! command -v \S+ .*?^fi$\n?", "", body, flags=re.S | re.M)
    assert body.strip().splitlines() == [setup, tests]
