"""The extractor's property tests (tests/test_properties.py) under Hypothesis's ``long`` profile.

Run: python benchmarks/properties.py [--examples 3000]
The suite runs the same properties with a small fixed budget; this spends many more random examples and prints
how many ran and how long it took.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=3000, help="examples per property")
    args = ap.parse_args()
    env = {**os.environ, "HYPOTHESIS_PROFILE": "long", "CLAIMSDATA_HYPOTHESIS_EXAMPLES": str(args.examples)}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--hypothesis-show-statistics", str(ROOT / "tests" / "test_properties.py")],
                          env=env, cwd=ROOT, check=False)
    print(f"{args.examples} examples per property: exit {done.returncode} in {time.perf_counter() - t0:.1f} s")
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
