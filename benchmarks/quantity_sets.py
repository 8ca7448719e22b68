"""Public quantity-extraction test sets (../shared/benchmarks/quantity-sets/): value F1 and value+unit F1.

Run: PYTHONHASHSEED=0 python benchmarks/quantity_sets.py [--sets age,currency,dimension,temperature]
                                                        [--no-baseline] [--show-errors N]

The sets and their scorer are not ours and stay in ../shared (the script skips when they are absent). Our
claims are mapped to the gold's conventions: the value as written (90 for "90F", 3 for "3-inch"), the unit by
name (money by currency, "percentage", temperatures "celsius"/"fahrenheit", ages "year of age", counts by the
counted noun, as the gold does), ranges as [low, high]; dates are dropped (the gold does not annotate them).
quantulum3 runs on the same sentences as a baseline from the same run; the best published scores (CQE,
EMNLP 2023) are printed beside.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from claimsdata import extract_quantities
from claimsdata import units
from claimsdata.models import Quantity as Claim

SETS_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "quantity-sets"
#: best published value F1 / value+unit F1 (CQE, EMNLP 2023), as listed in the sets' README
PUBLISHED = {"age": (93.3, 93.3), "currency": (84.2, 79.6), "dimension": (86.5, 79.2), "temperature": (95.7, 92.8)}
_CURRENCY_NAMES = {"USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
                   "CNY": "chinese yuan", "CAD": "canadian dollar", "AUD": "australian dollar", "CHF": "swiss franc",
                   "INR": "indian rupee", "HKD": "hong kong dollar", "NZD": "new zealand dollar"}


def _spec(c: Claim) -> tuple[str, str] | None:
    """(dimension, unit spec) of the unit as written, from the extractor's vocabulary."""
    surface = (c.unit_surface or "").strip(" -")
    if c.dimension == "mass" and surface.lower().startswith("pound"):
        return "mass", "pound"  # "pounds" is money in the vocabulary; the extractor chose mass from context
    if c.entity == "age" and surface:
        word = surface.split("-")[0].split()[0].lower().rstrip("s")
        return ("duration", word) if word in ("year", "month", "week", "day") else None
    return units.UNIT_TABLE.get(surface.lower()) or units.CASE_SENSITIVE.get(surface)


def _written(c: Claim, x: float | None) -> float | None:
    """A canonical value back in the unit as written (the gold's convention), for the ends of ranges."""
    if x is None or not c.unit_surface:
        return x
    if c.dimension == "money":
        return x / units.CURRENCY_SUBUNITS.get(c.unit_surface.strip(" -").lower().split()[-1], 1.0)
    spec = _spec(c)
    if spec is None or c.dimension in ("count", "percent", "other"):
        return x
    factor, offset, _ = units.conversion(*spec)
    return (x - offset) / factor


def _unit_name(c: Claim) -> str:
    """The gold's name of the claim's unit, with the rate the extractor put into the entity ("per share")."""
    name = _base_unit_name(c)
    if c.per and c.dimension in ("money", "count", "length", "mass", "volume", "percent"):
        name += " per " + c.per
    return name


def _base_unit_name(c: Claim) -> str:
    surface = (c.unit_surface or "").strip(" -").lower()
    if c.dimension == "mass" and surface.startswith(("pound", "lb")):
        return "pound-mass"
    if c.dimension == "mass" and surface.split("-")[-1] in ("ton", "tons"):
        return "ton"  # the gold names "tons" as written; the extractor reads them as metric tonnes
    if c.dimension == "money":
        if surface.split()[-1:] and surface.split()[-1] in units.CURRENCY_SUBUNITS:
            return {"GBP": "penny"}.get(c.unit, "cent")
        return _CURRENCY_NAMES.get(c.unit) or _cldr_name(c.unit)
    if c.dimension == "percent":
        return "percentage"
    if c.entity == "age":
        spec = _spec(c)
        return f"{spec[1]} of age" if spec else "year of age"
    if c.dimension == "temperature":
        if surface.rstrip(".") in ("degree", "degrees", "deg"):
            return "degree"
        spec = _spec(c)
        return {"degC": "celsius", "degF": "fahrenheit"}.get(spec[1] if spec else "", surface or "degree")
    if c.dimension == "count":  # the counted noun: written as the unit ("800,000 barrels", "41 votes"), else the entity
        return surface if surface.isalpha() else c.entity.lower() if c.entity else "-"
    return _pint_name(c) or surface or c.unit


def _cldr_name(code: str) -> str:
    """The English name of an ISO 4217 code from the Unicode CLDR ("TRY" -> "turkish lira"), as the gold names
    currencies."""
    from babel.numbers import get_currency_name

    return get_currency_name(code, locale="en").lower()


def _pint_name(c: Claim) -> str | None:
    """The written unit's name as pint spells it, singular, powers as words ("kilometer ** 2" -> "square
    kilometer"); the scorer turns US spellings into the gold's."""
    spec = _spec(c)
    found = units.pint_unit(c.unit_surface.strip(" -")) if c.unit_surface and spec is None else None
    name = spec[1] if spec else (found[1] if found else None)
    if name is None and c.dimension in ("speed", "length") and c.unit_surface:  # "km/ms", "in" (after feet)
        name = c.unit_surface.strip(" -.").replace(" per ", "/")
    if name is None or c.dimension == "money":
        return None
    try:
        text = str(units._registry().Unit(name))
    except Exception:  # noqa: BLE001 - a name of ours that pint does not parse ("point", "mpg")
        return None
    for power, word in ((" ** 2", "square "), (" ** 3", "cubic ")):
        if text.endswith(power) and " " not in text[: -len(power)]:
            text = word + text[: -len(power)]
    return text.replace("_", " ").replace(" / ", " per ")


def _ours(text: str) -> list[dict]:
    out = []
    for c in extract_quantities(text):
        if c.qualifier == "range" and c.value is None:
            value: object = [_written(c, c.value_low), _written(c, c.value_high)]
        else:
            value = c.value_written if c.value_written is not None else c.value
        out.append({"value": value, "unit": _unit_name(c)})
    return out


def _quantulum(text: str) -> list[dict]:
    from quantulum3 import parser

    return [{"value": q.value, "unit": q.unit.name} for q in parser.parse(text)]


def _score(name: str, preds: dict[str, list[dict]], show: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for sid, qs in preds.items():
            f.write(json.dumps({"id": sid, "quantities": qs}) + "\n")
    args = [sys.executable, str(SETS_DIR / "score.py"), f.name, "--gold", str(SETS_DIR / f"{name}.jsonl"),
            "--drop-units", "date"]
    if show:
        subprocess.run([*args, "--show-errors", str(show)], check=True)
    done = subprocess.run([*args, "--json"], check=True, capture_output=True, text=True)
    os.unlink(f.name)
    return json.loads(done.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="age,currency,dimension,temperature")
    ap.add_argument("--no-baseline", action="store_true", help="skip quantulum3")
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args()
    if not SETS_DIR.exists():
        print(f"skipped: {SETS_DIR} is absent")
        return
    import warnings

    warnings.filterwarnings("ignore")
    print(f"{'set':<12} {'system':<11} {'value F1 (paper/strict)':>24} {'value+unit F1 (paper/strict)':>29}")
    for name in args.sets.split(","):
        rows = [json.loads(line) for line in (SETS_DIR / f"{name}.jsonl").read_text().splitlines() if line]
        systems = {"claimsdata": _ours} if args.no_baseline else {"claimsdata": _ours, "quantulum3": _quantulum}
        for system, fn in systems.items():
            res = _score(name, {r["id"]: fn(r["text"]) for r in rows}, args.show_errors if system == "claimsdata"
                         else 0)
            print(f"{name:<12} {system:<11} {res['paper/value'][2]:>12.1f} / {res['strict/value'][2]:<9.1f}"
                  f"{res['paper/value+unit'][2]:>15.1f} / {res['strict/value+unit'][2]:<9.1f}")
        best = PUBLISHED[name]
        print(f"{name:<12} {'published':<11} {best[0]:>12.1f}{'':12}{best[1]:>15.1f}")


if __name__ == "__main__":
    main()
