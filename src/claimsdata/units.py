"""Units and currencies: the one vocabulary of units, their conversion to canonical units (pint), and labels.

Used by the extractor (what a unit written in a text means), the reference table (its units), and the plots
(axis labels). Units are data here; conversion factors are pint's, computed once per unit and cached.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["conversion", "label", "pint_unit", "UNIT_TABLE", "CASE_SENSITIVE", "CURRENCY_SYMBOLS", "CURRENCY_WORDS", "ISO_CODES",
           "CURRENCY_SUBUNITS", "CANONICAL_NAME", "GLUED_CURRENCY_NAMES"]

# --- currencies --------------------------------------------------------------------------------------
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR",
    "₩": "KRW", "₺": "TRY", "R$": "BRL", "Fr.": "CHF", "$US": "USD", "US $": "USD", "S$": "SGD", "RM": "MYR",
    "Rs": "INR", "Rs.": "INR", "元": "CNY", "₾": "GEL", "₡": "CRC", "₦": "NGN", "₱": "PHP", "₫": "VND", "₪": "ILS",
    "฿": "THB", "zł": "PLN", "Kč": "CZK", "kr": "SEK", "Mex$": "MXN", "₭": "LAK", "₮": "MNT", "₲": "PYG", "₸": "KZT",
    "₼": "AZN", "₵": "GHS", "৳": "BDT", "RMB": "CNY", "Rmb": "CNY",
}
#: the one-character currency signs, written before or after an amount ("$", "€", "₭")
CURRENCY_SIGNS = "".join(sorted(c for c in CURRENCY_SYMBOLS if len(c) == 1))
ISO_CODES: frozenset[str] = frozenset(
    "USD EUR GBP RUB UAH JPY CNY CHF CAD AUD INR BRL KRW TRY PLN SEK NOK DKK HKD NZD ZAR MXN SGD KZT GEL".split()
)  # extended below with every currency code CLDR knows
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "sterling": "GBP", "british pounds": "GBP",
    "rubles": "RUB", "ruble": "RUB", "roubles": "RUB", "rouble": "RUB", "hryvnias": "UAH", "hryvnia": "UAH",
    "hryvnas": "UAH", "hryvna": "UAH", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "swiss francs": "CHF",
    "francs": "CHF", "rupees": "INR", "rupee": "INR", "canadian dollars": "CAD", "australian dollars": "AUD",
    "zlotys": "PLN", "zloty": "PLN", "lira": "TRY", "liras": "TRY", "tenge": "KZT", "lari": "GEL",
    "cents": "USD", "cent": "USD", "pence": "GBP", "kopecks": "RUB", "kopeks": "RUB",
    "kronor": "SEK", "kroner": "NOK", "pounds": "GBP", "pound": "GBP",
    # the crowns by their English name, which wire copy uses ("2.1 billion Danish crowns"); a bare "crowns" is
    # left alone (dental crowns, a triple crown)
    "swedish crowns": "SEK", "swedish crown": "SEK", "norwegian crowns": "NOK", "norwegian crown": "NOK",
    "danish crowns": "DKK", "danish crown": "DKK", "czech crowns": "CZK", "czech crown": "CZK",
    "icelandic crowns": "ISK", "icelandic crown": "ISK",
    "cdn": "CAD",  # ("$.99 CDN": news copy's Canadian dollar after the amount)
}
#: sub-units of a currency: value in the currency = stated value * factor
CURRENCY_SUBUNITS: dict[str, float] = {"cents": 0.01, "cent": 0.01, "pence": 0.01, "kopecks": 0.01, "kopeks": 0.01,
                                       "p": 0.01}
#: currency names that wire copy glues to an amount in place of a sign it cannot print ("euro200 million",
#: "Won25,000bn"); only glued ("won 3-1" is a result)
GLUED_CURRENCY_NAMES: dict[str, str] = {"euro": "EUR", "won": "KRW"}
#: bare currency names that are also common English words: only in the curated table above, never from CLDR
#: (the metals too: "two gold and a silver" in sport are medals)
_AMBIGUOUS_NAMES = {"gold", "silver", "platinum", "palladium",
                    "real", "reals", "rand", "mark", "marks", "won", "pound", "pounds", "dollar", "dollars", "lev",
                    "lei", "leu", "peso", "pesos", "franc", "francs", "crown", "crowns", "shilling", "shillings",
                    "dinar", "dinars", "rupee", "rupees", "krona", "krone", "kronor", "kroner", "riyal", "rial"}
#: the last words of currency names that are English words or slang, never read alone as a currency ("sol" is a
#: Martian day, "kip" a sleep, "kina" and "tala" names)
_ENGLISH_WORDS = {"sol", "soles", "kip", "kips", "kina", "tala", "vatu", "dram", "drams", "lek", "pula", "pulas",
                  "dobra", "dobras", "loti", "lotis"}


def _cldr_currencies() -> None:
    """Every ISO 4217 currency from the Unicode CLDR (through Babel): its code, and its English names singular
    and plural ("Costa Rican colón", "Dutch guilders"); the curated tables above keep precedence."""
    from babel.numbers import get_currency_name, list_currencies

    global ISO_CODES
    codes = {c for c in list_currencies() if len(c) == 3 and c.isalpha() and c.isupper()}
    ISO_CODES = frozenset(ISO_CODES | codes)
    last_words: dict[str, set[str]] = {}
    current = _current_codes()
    for code in sorted(codes):
        for name in (get_currency_name(code, locale="en"), get_currency_name(code, count=2, locale="en")):
            name = name.lower()
            if name != code.lower() and name not in _AMBIGUOUS_NAMES:
                CURRENCY_WORDS.setdefault(name, code)
            if code in current and " " in name and "(" not in name:
                last_words.setdefault(name.rsplit(None, 1)[1], set()).add(code)
    for word, owners in last_words.items():  # "2.7 billion patacas", "40 million baht": a currency's own name
        # without its country, when one currency in use has it
        if len(owners) == 1 and word not in _AMBIGUOUS_NAMES and word not in _ENGLISH_WORDS:
            CURRENCY_WORDS.setdefault(word, next(iter(owners)))


def _current_codes() -> set[str]:
    """The currencies some territory uses as legal tender today (CLDR), without the retired ones."""
    from babel.core import get_global

    return {code for currencies in get_global("territory_currencies").values()
            for code, _start, end, tender in currencies if end is None and tender}


_cldr_currencies()
#: the currencies called dollars (CLDR's names), which a bare "$" may mean: USD unless a caller names another
DOLLAR_CODES: frozenset[str] = frozenset(c for w, c in CURRENCY_WORDS.items() if w.endswith(("dollar", "dollars")))


def checked_dollar(dollar: str) -> str:
    """``dollar`` if it is the ISO code of a dollar (one of DOLLAR_CODES); else a ValueError that lists them."""
    if dollar not in DOLLAR_CODES:
        raise ValueError(f"dollar {dollar!r}: not the ISO code of a dollar; one of {', '.join(sorted(DOLLAR_CODES))}")
    return dollar

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
    "ft": "foot", "light years": "light_year", "light-years": "light_year", "inches": "inch", "inch": "inch",
    "yards": "yard", "yard": "yard", "yards rushing": "yard",  # ("98 yards rushing": run, as "ran for 40 yards")
}
_AREA = {
    "square kilometres": "km**2", "square kilometers": "km**2", "square kilometre": "km**2",
    "square kilometer": "km**2", "sq km": "km**2", "km2": "km**2", "km²": "km**2", "square miles": "mile**2",
    "square mile": "mile**2", "sq miles": "mile**2", "square metres": "m**2", "square meters": "m**2", "m2": "m**2",
    "m²": "m**2", "square feet": "foot**2", "sq ft": "foot**2", "hectares": "hectare", "hectare": "hectare",
    "ha": "hectare", "acres": "acre", "acre": "acre",
    "sq m": "m**2", "sqm": "m**2", "sq metres": "m**2", "sq meters": "m**2", "square metre": "m**2",
    "square meter": "m**2", "sq mi": "mile**2", "sq feet": "foot**2", "square foot": "foot**2",
    "square centimetres": "cm**2", "square centimeters": "cm**2", "square centimetre": "cm**2",
    "square centimeter": "cm**2", "sq cm": "cm**2", "cm2": "cm**2", "cm²": "cm**2",
    "square millimetres": "mm**2", "square millimeters": "mm**2", "square millimetre": "mm**2",
    "square millimeter": "mm**2", "sq mm": "mm**2", "mm2": "mm**2", "mm²": "mm**2",
    "square inches": "inch**2", "square inch": "inch**2", "sq in": "inch**2",
}
_MASS = {
    "metric tons": "metric_ton", "metric tonnes": "metric_ton", "tonnes": "metric_ton", "tonne": "metric_ton",
    "tons": "metric_ton", "ton": "metric_ton", "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kg": "kg",
    "grams": "gram", "gram": "gram", "g": "gram", "milligrams": "milligram", "mg": "milligram", "lbs": "pound", "lb": "pound", "ounces": "ounce",
    "ounce": "ounce", "oz": "ounce",
}
_VOLUME = {
    "cubic metres": "m**3", "cubic meters": "m**3", "cubic metre": "m**3", "bcm": "1e9 m**3",
    "litres": "liter", "liters": "liter", "litre": "liter", "liter": "liter", "ml": "milliliter", "millilitres": "milliliter", "milliliters": "milliliter",
    "l": "liter", "cc": "cubic_centimeter", "gallons": "gallon",
    "gallon": "gallon", "cubic feet": "foot**3", "cubic foot": "foot**3", "cu ft": "foot**3", "cubic inches": "inch**3",
    "cubic inch": "inch**3", "cubic yards": "yard**3", "cubic yard": "yard**3", "cubic miles": "mile**3",
    "cubic mile": "mile**3", "cubic kilometres": "km**3", "cubic kilometers": "km**3", "cubic centimetres": "cm**3",
    "cubic centimeters": "cm**3",
}
_SPEED = {
    "kilometres per hour": "km/hour", "kilometers per hour": "km/hour", "kilometres an hour": "km/hour",
    "kilometers an hour": "km/hour", "km/h": "km/hour", "kph": "km/hour", "miles per hour": "mile/hour",
    "miles an hour": "mile/hour", "mph": "mile/hour", "knots": "knot", "metres per second": "m/s",
    "meters per second": "m/s", "m/s": "m/s", "km/s": "km/s", "kmph": "km/hour", "km/hr": "km/hour", "kms/hr": "km/hour", "km/hour": "km/hour",
}
_TEMPERATURE = {
    # with the common misspellings of news copy and forums ("celcius", "farenheit", "centigrate")
    **{f"{deg} {name}": "degC" for deg in ("degrees", "degree", "deg", "deg.", "°") for name in
       ("celsius", "centigrade", "c", "celcius", "centigrate")},
    **{f"{deg} {name}": "degF" for deg in ("degrees", "degree", "deg", "deg.", "°") for name in
       ("fahrenheit", "f", "farenheit", "fahrenheight")},
    "celsius": "degC", "centigrade": "degC", "celcius": "degC", "centigrate": "degC", "fahrenheit": "degF",
    "farenheit": "degF", "fahrenheight": "degF",
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
    "petabytes": "PB", "petabyte": "PB", "exabytes": "EB", "exabyte": "EB", "terabyte": "TB", "gigabyte": "GB",
    "megabyte": "MB", "kilobytes": "kB", "kilobyte": "kB",
    "points": "point", "point": "point", "pts": "point", "goals": "goal", "runs": "run", "votes": "vote",
    "seats": "seat", "wickets": "wicket", "magnitude": "magnitude",
    # engines, electronics and rates of news copy (kept in their own unit: no canonical SI unit is more useful)
    "bhp": "hp", "hp": "hp", "brake horsepower": "hp", "rpm": "rpm", "mpg": "mpg", "lb-ft": "lbf*ft",
    "pound-feet": "lbf*ft", "newton metres": "N*m", "newton meters": "N*m", "mah": "mAh", "mbps": "Mbps",
    "gbps": "Gbps", "kbps": "kbps", "megabits per second": "Mbps", "gigabits per second": "Gbps",
    "terabits per second": "Tbps", "ghz": "GHz", "mhz": "MHz", "khz": "kHz", "hz": "Hz", "nits": "nit",
    "megapixel": "megapixel", "megapixels": "megapixel", "carats": "carat", "carat": "carat", "watts": "W",
    "watt": "W", "g/km": "g/km", "dobson units": "dobson_unit", "bit": "bit",
    # concentrations (carbon dioxide in the air, a pollutant in water): a share too small for percent
    "parts per million": "ppm", "ppm": "ppm", "parts per billion": "ppb", "ppb": "ppb",
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
    "TB": ("other", "TB"), "MB": ("other", "MB"), "PB": ("other", "PB"), "KB": ("other", "kB"), "kB": ("other", "kB"),
    "pc": ("percent", "1.0"),
    "bp": ("percent", "pp:0.01"),
    "bps": ("percent", "pp:0.01"), "%": ("percent", "1.0"), "PS": ("other", "PS"), "Nm": ("other", "N*m"),
    "W": ("other", "W"), "kWh": ("other", "kWh"), "mAh": ("other", "mAh"),
    "p": ("money", "GBP"),  # pence, glued to the number only ("164p")
    "MP": ("other", "megapixel"),  # glued to the number only ("a 200MP camera"; "one MP said" is a member)
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


#: plain words for canonical units on axes and pages
_LABELS = {"count": "count", "USD": "US dollars", "EUR": "euros", "GBP": "pounds", "RUB": "rubles",
           "UAH": "hryvnias", "day": "days", "percent": "%", "pp": "percentage points", "m": "metres",
           "m2": "square metres", "kg": "kilograms", "m3": "cubic metres", "m/s": "metres per second",
           "degC": "°C", "year": "years", "times": "times", "date": "date"}


def label(unit: str) -> str:
    """A reader's word for a canonical unit ('US dollars', 'square metres'); the unit itself when unknown."""
    return _LABELS.get(unit, unit)


#: pint's units that are common English words in news ("5 turns", "12 lines", "the 3 bars"): never read by pint
_PINT_WORDS_NOT_UNITS = frozenset(
    """turn turns line lines are bar bars cable cables point points barn barns league leagues pi count counts
    percent dozen hundred thousand million billion one ones tone tones light lights fortnight stones stone
    stere standard atm cycle cycles drop drops pair pairs mile unit units slug slugs rod rods chain chains
    link links mil mils board boards pinch dash shot shots quad quads hand hands span spans barrel barrels
    pixel pixels dot dots bag bags fifth fifths shake shakes quarter quarters kip kips""".split())
#: symbols of two or three letters pint may read (other short words are English: "in", "at", "pm")
_PINT_SHORT = frozenset("rad psi kpa mpa hpa pa kj mj gj ms ns μs µs μg µg ug dm nm mol".split())
#: dimensionality (pint) -> the contract's dimension
_PINT_DIMENSIONS = {"[length]": "length", "[length] ** 2": "area", "[length] ** 3": "volume", "[mass]": "mass",
                    "[time]": "duration", "[length] / [time]": "speed", "[temperature]": "temperature"}
#: the contract's dimensions of physical measures (spans of time apart)
PHYSICAL_DIMENSIONS = frozenset(_PINT_DIMENSIONS.values()) - {"duration"}


@lru_cache(maxsize=1)
def _pint_name_end():  # noqa: ANN202 - a compiled pattern, built with the registry
    """Any unit name of pint's registry (3 letters or more), singular or plural, at the end of a word."""
    import re

    from ._patterns import trie_pattern

    names = {n.lower() for n in _registry()._units if len(n) >= 3 and n.isalpha()}
    return re.compile("(?:" + trie_pattern(sorted(names)) + ")(?:s|es)?$")


@lru_cache(maxsize=4096)
def pint_unit(word: str) -> tuple[str, str] | None:
    """(dimension, pint unit) of a unit name or symbol pint knows ("microgram", "μg", "tablespoons", "rad"),
    or None: pint's registry is the base vocabulary behind the tables above. Words of news that pint also
    takes as units ("turns", "lines", "points") and single letters are not read here."""
    if word.lower() in _PINT_WORDS_NOT_UNITS or (len(word) < 4 and word.lower() not in _PINT_SHORT) \
            or not word.replace("μ", "u").replace("µ", "u").isalpha():
        return None
    ureg = _registry()
    if len(word) >= 4 and not _pint_name_end().search(word.lower()):
        return None  # no unit name of pint ends the word: no need to ask pint (most words after numbers)
    try:
        unit = ureg.parse_units(word.replace("μ", "u").replace("µ", "u"))
    except Exception:  # noqa: BLE001 - pint raises several kinds for a word that is no unit
        return None
    if len(word) >= 4 and word.lower()[:3] != str(unit)[:3]:
        return None  # "camps" read as centi-amps: a word pint splits into a prefix and a symbol is no unit
    if unit.dimensionless and str(unit) not in ("radian", "steradian", "arcminute", "arcsecond", "turn"):
        return None  # pint's ratios ("percent", "ppm") have their own vocabulary; angles are kept
    dim = _PINT_DIMENSIONS.get(str(unit.dimensionality), "other")
    return dim, str(unit)
