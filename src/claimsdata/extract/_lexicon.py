"""Vocabulary of the extractor: number words, scales, currencies and units.

Units are data here; their conversion to the canonical unit of each dimension is computed with pint
(once per unit, cached), so the factors are pint's, not ours.
"""

from __future__ import annotations

import re
from functools import lru_cache

# --- number words ----------------------------------------------------------------------------------
SMALL: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
TENS: dict[str, int] = {
    w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2
}
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "mn": 1e6, "mln": 1e6, "m": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
FRACTIONS: dict[str, float] = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3,
    "two-thirds": 2 / 3, "two thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "one-quarter": 0.25,
    "three-quarters": 0.75, "three quarters": 0.75, "a fifth": 0.2, "one-fifth": 0.2, "a tenth": 0.1,
}
#: Vague amounts: (low, high) of their natural band.
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 144), "scores": (40, 200), "tens": (20, 100), "hundreds": (200, 1_000),
    "thousands": (2_000, 10_000), "millions": (2e6, 1e7), "billions": (2e9, 1e10), "trillions": (2e12, 1e13),
    "tens of thousands": (2e4, 1e5), "hundreds of thousands": (2e5, 1e6), "tens of millions": (2e7, 1e8),
    "hundreds of millions": (2e8, 1e9), "tens of billions": (2e10, 1e11), "hundreds of billions": (2e11, 1e12),
}
#: Multipliers of vague lead words on a scale word ("several thousand" = 3..9 thousand).
VAGUE_LEAD: dict[str, tuple[float, float]] = {
    "several": (3, 9), "a few": (2, 5), "a couple of": (2, 3), "a couple": (2, 3), "many": (3, 10),
}

# --- currencies --------------------------------------------------------------------------------------
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR",
    "₩": "KRW", "₺": "TRY", "R$": "BRL", "Fr.": "CHF",
}
ISO_CODES: frozenset[str] = frozenset(
    "USD EUR GBP RUB UAH JPY CNY CHF CAD AUD INR BRL KRW TRY PLN SEK NOK DKK HKD NZD ZAR MXN SGD KZT GEL".split()
)
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "sterling": "GBP", "british pounds": "GBP",
    "rubles": "RUB", "ruble": "RUB", "roubles": "RUB", "rouble": "RUB", "hryvnias": "UAH", "hryvnia": "UAH",
    "hryvnas": "UAH", "hryvna": "UAH", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "swiss francs": "CHF",
    "francs": "CHF", "rupees": "INR", "rupee": "INR", "canadian dollars": "CAD", "australian dollars": "AUD",
    "zlotys": "PLN", "zloty": "PLN", "lira": "TRY", "liras": "TRY", "tenge": "KZT", "lari": "GEL",
    "cents": "USD", "cent": "USD", "pence": "GBP", "kopecks": "RUB", "kopeks": "RUB",
    "kronor": "SEK", "kroner": "NOK", "pounds": "GBP", "pound": "GBP",
}
#: sub-units of a currency: value in the currency = stated value * factor
CURRENCY_SUBUNITS: dict[str, float] = {"cents": 0.01, "cent": 0.01, "pence": 0.01, "kopecks": 0.01, "kopeks": 0.01}

# --- units -----------------------------------------------------------------------------------------
# surface (lower case unless marked case-sensitive) -> (dimension, pint unit or canonical name)
_DURATION = {
    "seconds": "second", "second": "second", "secs": "second", "minutes": "minute", "minute": "minute",
    "mins": "minute", "hours": "hour", "hour": "hour", "hrs": "hour", "days": "day", "day": "day",
    "weeks": "week", "week": "week", "months": "month", "month": "month", "years": "year", "year": "year",
    "decades": "decade", "decade": "decade", "centuries": "century", "century": "century",
}
_LENGTH = {
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km", "kms": "km",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "centimetres": "cm", "centimeters": "cm",
    "centimetre": "cm", "centimeter": "cm", "cm": "cm", "millimetres": "mm", "millimeters": "mm", "mm": "mm",
    "nautical miles": "nautical_mile", "miles": "mile", "mile": "mile", "feet": "foot", "foot": "foot",
    "ft": "foot", "light years": "light_year", "light-years": "light_year", "inches": "inch", "inch": "inch", "yards": "yard", "yard": "yard",
}
_AREA = {
    "square kilometres": "km**2", "square kilometers": "km**2", "square kilometre": "km**2",
    "square kilometer": "km**2", "sq km": "km**2", "km2": "km**2", "km²": "km**2", "square miles": "mile**2",
    "square mile": "mile**2", "sq miles": "mile**2", "square metres": "m**2", "square meters": "m**2", "m2": "m**2",
    "m²": "m**2", "square feet": "foot**2", "sq ft": "foot**2", "hectares": "hectare", "hectare": "hectare",
    "ha": "hectare", "acres": "acre", "acre": "acre",
}
_MASS = {
    "metric tons": "metric_ton", "metric tonnes": "metric_ton", "tonnes": "metric_ton", "tonne": "metric_ton",
    "tons": "metric_ton", "ton": "metric_ton", "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kg": "kg",
    "grams": "gram", "gram": "gram", "g": "gram", "lbs": "pound", "lb": "pound", "ounces": "ounce",
    "ounce": "ounce", "oz": "ounce",
}
_VOLUME = {
    "cubic metres": "m**3", "cubic meters": "m**3", "cubic metre": "m**3", "bcm": "1e9 m**3",
    "litres": "liter", "liters": "liter", "litre": "liter", "liter": "liter", "gallons": "gallon",
    "gallon": "gallon",
}
_SPEED = {
    "kilometres per hour": "km/hour", "kilometers per hour": "km/hour", "kilometres an hour": "km/hour",
    "kilometers an hour": "km/hour", "km/h": "km/hour", "kph": "km/hour", "miles per hour": "mile/hour",
    "miles an hour": "mile/hour", "mph": "mile/hour", "knots": "knot", "metres per second": "m/s",
    "meters per second": "m/s",
}
_TEMPERATURE = {
    "degrees celsius": "degC", "degrees centigrade": "degC", "degrees c": "degC",
    "degrees fahrenheit": "degF", "degrees f": "degF",
}
#: percent, and percentage points (unit "pp"; a basis point is 0.01 pp): never the same quantity
_PERCENT = {
    "percent": "1.0", "per cent": "1.0", "pc": "1.0", "percentage points": "pp:1.0", "percentage point": "pp:1.0",
    "basis points": "pp:0.01", "basis point": "pp:0.01", "bps": "pp:0.01", "bp": "pp:0.01",
}
# "other": kept in a named unit (pint's symbol where pint has one)
_OTHER = {
    "megawatts": "MW", "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gigawatt": "GW", "gw": "GW",
    "kilowatts": "kW", "kilowatt": "kW", "kw": "kW", "kilowatt-hours": "kWh", "kilowatt hours": "kWh",
    "kwh": "kWh", "megawatt-hours": "MWh", "mwh": "MWh", "terawatt-hours": "TWh", "twh": "TWh",
    "gigawatt-hours": "GWh", "gwh": "GWh", "horsepower": "hp", "calories": "kcal", "volts": "V",
    "gigabytes": "GB", "gb": "GB", "terabytes": "TB", "tb": "TB", "megabytes": "MB", "mb": "MB",
    "points": "point", "point": "point", "pts": "point", "goals": "goal", "runs": "run", "votes": "vote",
    "seats": "seat", "wickets": "wicket", "yards rushing": "yard", "magnitude": "magnitude",
}

#: surface -> (dimension, unit spec)
UNIT_TABLE: dict[str, tuple[str, str]] = {}
for _table, _dim in (
    (_DURATION, "duration"), (_LENGTH, "length"), (_AREA, "area"), (_MASS, "mass"), (_VOLUME, "volume"),
    (_SPEED, "speed"), (_TEMPERATURE, "temperature"), (_OTHER, "other"),
):
    for _surface, _spec in _table.items():
        UNIT_TABLE[_surface] = (_dim, _spec)
for _surface, _factor in _PERCENT.items():
    UNIT_TABLE[_surface] = ("percent", _factor)
for _surface, _code in CURRENCY_WORDS.items():
    UNIT_TABLE[_surface] = ("money", _code)

#: unit symbols that must match case-sensitively (letters that are words or other units otherwise)
CASE_SENSITIVE: dict[str, tuple[str, str]] = {
    "m": ("length", "m"), "g": ("mass", "gram"), "C": ("temperature", "degC"), "F": ("temperature", "degF"),
    "°C": ("temperature", "degC"), "°F": ("temperature", "degF"), "ha": ("area", "hectare"),
    "MW": ("other", "MW"), "GW": ("other", "GW"), "kW": ("other", "kW"), "GB": ("other", "GB"),
    "TB": ("other", "TB"), "MB": ("other", "MB"), "pc": ("percent", "1.0"), "bp": ("percent", "pp:0.01"),
    "bps": ("percent", "pp:0.01"), "%": ("percent", "1.0"),
}
for _sym in list(CASE_SENSITIVE):
    UNIT_TABLE.pop(_sym.lower(), None)

_CANONICAL = {
    "duration": "day", "length": "m", "area": "m**2", "mass": "kg", "volume": "m**3", "speed": "m/s",
    "temperature": "degC",
}
CANONICAL_NAME = {"m**2": "m2", "m**3": "m3"}


@lru_cache(maxsize=None)
def _registry():  # noqa: ANN202 - pint is imported only when a physical unit is first converted
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("month_news = 30.4375 * day")  # DESIGN.md: month = 30.4375 days, year = 365.25 days
    ureg.define("year_news = 365.25 * day")
    return ureg


_NEWS_ALIASES = {"month": "month_news", "year": "year_news", "decade": "10 * year_news",
                 "century": "100 * year_news"}


@lru_cache(maxsize=None)
def conversion(dimension: str, spec: str) -> tuple[float, float, str]:
    """(factor, offset, canonical unit) such that canonical = value * factor + offset.

    Physical units are converted with pint; percent, money and "other" units are passed through.
    """
    if dimension == "percent":
        unit, _, factor = spec.rpartition(":")
        return float(factor), 0.0, unit or "percent"
    if dimension == "money":
        return 1.0, 0.0, spec
    if dimension == "other":
        return 1.0, 0.0, spec
    ureg = _registry()
    target = _CANONICAL[dimension]
    source = _NEWS_ALIASES.get(spec, spec)
    if dimension == "temperature":  # offset units: read the affine map from two points
        zero = ureg.Quantity(0.0, source).to(target).magnitude
        one = ureg.Quantity(1.0, source).to(target).magnitude
        return float(one - zero), float(zero), CANONICAL_NAME.get(target, target)
    factor = ureg.parse_expression(source).to(target).magnitude
    return float(factor), 0.0, CANONICAL_NAME.get(target, target)


def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first (so 'square miles' wins over 'miles')."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie_pattern(words: list[str]) -> str:
    """A regex matching any of ``words``, written as a trie so that the engine fails fast at the first letter.

    Equivalent to ``alternation(words)`` but much faster to scan with for long word lists.
    """
    trie: dict[str, dict] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        end = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


#: words that may start or signal a quantity or a date claim; a sentence without any (and without a digit or a
#: currency sign) cannot hold a claim and is skipped
#: multiples: "sixfold" (from the number words), "doubled"; value in times
MULTIPLE_WORDS: dict[str, float] = {
    **{f"{w}fold": float(v) for w, v in {**SMALL, **TENS}.items() if v >= 2},
    **{f"{w}-fold": float(v) for w, v in {**SMALL, **TENS}.items() if v >= 2},
    "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "tripled": 3.0, "triples": 3.0, "trebled": 3.0,
    "quadrupled": 4.0, "quadruples": 4.0,
}
TRIGGER_WORDS: list[str] = sorted(
    set(SMALL) | set(TENS) | {"hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "half",
                               "third", "thirds", "quarter", "quarters", "fifth", "tenth", "tens", "hundreds",
                               "thousands", "millions", "billions", "trillions", "several"}
    | set(MULTIPLE_WORDS)
)
