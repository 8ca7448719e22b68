"""Inputs that once made the extractor hang or slow down faster than the text grows (shared by
``benchmarks/worst_case.py`` and ``tests/test_worst_case.py``).

Each entry is a unit repeated until the text has the wanted size.
"""

from __future__ import annotations

PATTERNS: dict[str, str] = {
    "caps run before a speaker": "U.S. " * 20 + "x said 5 people died. ",
    "pronoun after a named person": "Mayor Anna Berg said 3 homes burned. " + "He said 5 people came. " * 20,
    "pronouns only": "He said 5 people came. ",
    "'it said' after a company": "Acme Corp. said 3 homes burned. " + "It said 5 people came, and it said 6 more. " * 20,
    "digit, comma": "1,",
    "digit, full stop": "1.",
    "digit, hyphen": "5-",
    "number in double brackets": "((5))",
    "number words": "one two three four five six seven eight nine ten ",
    "range chain": "5 to ",
    "hyphenated number word": "twenty-five ",
    "month or modal": "May ",
    "currency prefix without number": "The A$ fell. ",
    "one long digit run": "7",
    "one long line of figures": "a total of 12 tanks, ",
    "runs of full stops": "5" + "." * 999,
}

#: inputs that are nothing but quantities (one every few characters): linear, but every claim costs its share,
#: so 1 MB of them takes longer than 5 s; printed by the benchmark, not bounded by the test
DENSE: dict[str, str] = {
    "a percentage every 3 characters": "5% ",
    "a number every 2 characters": '5"',
}


def make(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]
