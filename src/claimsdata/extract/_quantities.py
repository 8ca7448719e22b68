"""Quantities: a compiled grammar read at each candidate of a sentence.

A fast scan finds where a quantity may start (a digit, a currency sign, a number or multiple word); anchored
patterns then read the currency, the number, its scale, a range tail, the unit and the qualifiers around it,
the rate, the change and the noun phrase. The vocabularies come from their owners (``claimsdata.units``,
``_numbers``); the "not a quantity" rules live in ``_vetoes``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date

from .. import units
from ..models import interval
from . import _numbers as nums
from . import _vetoes as vetoes
from .._patterns import QUOTES_AS_SPACES, alternation, lower_same_length, trie_pattern
from ._attribution import (COMPANY_WORDS, DATA_WORD_SET, INTENT_WORDS, PERSON_KINDS, SAMPLING_DOCUMENTS,
                           SAY_THAT_WORDS, SAY_WORDS, SAYING_PARTICIPLES)
from ._dates import MONTHS, WEEKDAYS

#: counters of candidates dropped and why (read through ``claimsdata.extract.stats()``)
STATS: Counter[str] = Counter()

_WORDNUM_BASE = "|".join(sorted(list(nums.SMALL) + list(nums.TENS), key=len, reverse=True))
_WORDNUM_ONE = rf"(?:(?:{'|'.join(nums.TENS)})[- ](?:one|two|three|four|five|six|seven|eight|nine)|{_WORDNUM_BASE})"
_WORDNUM = (rf"(?:(?:{_WORDNUM_ONE}|half\s+a|a\s+half(?:\s+a)?)\s+dozen\b|a\s+half-dozen\b|half-a-dozen\b"
            rf"|{_WORDNUM_ONE}|a dozen|dozen"
            rf"|an|a)"  # ("two dozen", "half a dozen", "a half-dozen")
            rf"(?:\s+(?:and\s+a\s+half|hundred(?:\s+(?:and\s+)?{_WORDNUM_ONE}"
            rf"(?![\w-]))?))?")  # ("six hundred forty-two")
#: the rest of a number in words after its scale word: "(twenty-eight thousand) six hundred forty-two"
_WORD_TAIL = re.compile(rf"\s+(?:and\s+)?(?P<w>{_WORDNUM_ONE}(?:\s+hundred(?:\s+(?:and\s+)?{_WORDNUM_ONE})?)?)"
                        r"(?![\w-])(?!\s+(?:hundred|thousand|million|billion|trillion)\b)", re.I)  # (not "between
# three billion and four billion")
#: digits joined by a hyphen after a scale word, as broadcast copy writes a figure: "ten-thousand-165" (10,165)
_DIGIT_TAIL = re.compile(r"-(\d{1,3})(?![\w,%-]|\.\d)")
_FRACTION = alternation(list(nums.FRACTIONS))
_VAGUE = alternation(list(nums.VAGUE))
_VAGUE_LEAD = alternation(list(nums.VAGUE_LEAD))
_SYMBOLS = alternation(list(units.CURRENCY_SYMBOLS))
#: the same, where a letter prefix may stand a space before its "$" ("HK $ 10.05 billion", "C $ 300 million" in
#: tokenised text); never "A $": that is the article before an amount ("a $5m deal"), nor the "s" of "music's $5m"
_SYMBOLS_SPACED = "|".join(
    r"(?<![\w'’.])" + re.escape(c[:-1]) + r"\s?\$" if c.endswith("$") and c[:-1].isalpha() and c[:-1].upper() != "A"
    else re.escape(c)
    for c in sorted(units.CURRENCY_SYMBOLS, key=lambda c: (-len(c), c))) + r"|(?-i:(?<=[a-z] )A\s\$)"
# (but "of A $378m" inside a sentence, after a lower-case word, is the Australian dollar)
#: a currency sign looked up without case or spaces ("c $" -> CAD)
_SYMBOLS_FOLDED = {re.sub(r"\s+", "", c).lower(): code for c, code in units.CURRENCY_SYMBOLS.items()}
_GLUED_CURRENCY_WORDS = "|".join(units.GLUED_CURRENCY_NAMES)  # ("euro200 million", "Won25,000bn")
_ISO = trie_pattern(list(units.ISO_CODES))  # upper case only: "ALL 5" is Albanian lek, "all 5" is not
_DIGITS = nums.DIGITS

#: the words of a period (owned by the units table): "several hours", "three tumultuous years"
_PERIOD_UNITS = sorted((w for w, (dim, _) in units.UNIT_TABLE.items() if dim == "duration" and len(w) > 3),
                       key=len, reverse=True)
_START = re.compile(
    rf"(?:(?P<cur>(?:{_SYMBOLS_SPACED})\s?(?=-?[\d.])|\b(?:{_GLUED_CURRENCY_WORDS})(?=\d)"  # ("euro200")
    rf"|\b(?:{_ISO})\$\s?(?=-?\d)|\b(?-i:{_ISO})\s?(?=-?\d))"
    rf"(?P<neg>-(?=\d))?)?"
    rf"(?:(?P<num>{_DIGITS})"
    rf"|\b(?P<vlead>{_VAGUE_LEAD})(?:\s+(?P<vscale>hundred(?:\s+(?:thousand|million|billion))?|thousand|million|"
    r"billion)\b"  # ("several hundred thousand pilgrims")
    r"|(?<!many)(?=\s+(?:" + "|".join(_PERIOD_UNITS) + r")\b"
    r"(?!\s+(?:ago|later|earlier|before|after|away|from\s+now|since)\b)))"  # ("for several hours"; "a few days
    # ago" points to a time, it states no span)
    rf"|\b(?P<vague>{_VAGUE})\b"
    rf"|\b(?P<frac>{_FRACTION})\b(?!\s+(?:a\s+)?dozen\b|-(?:a-)?dozen\b)"  # ("half a dozen", "a half-dozen": six)
    rf"|\b(?P<word>{_WORDNUM})\b)",
    re.I,
)
#: words of how often that are also multiples before "as" or "the" ("twice as many", "twice the size")
_MULTIPLE_FREQUENCIES = tuple(w for w, v in nums.FREQUENCY_WORDS.items() if v > 1)
_CAND_WORDS = sorted(
    {w for phrase in list(nums.SMALL) + list(nums.TENS) + list(nums.FRACTIONS) + list(nums.VAGUE) + list(nums.VAGUE_LEAD)
     + ["a", "an", "dozen", "half"] for w in [phrase.split()[0].split("-")[0]]} | units.ISO_CODES
    | set(nums.MULTIPLE_WORDS) | set(nums.MULTIPLE_ADJECTIVES) | set(_MULTIPLE_FREQUENCIES)  # ("twice as many": a
    # multiple, read by _MULTIPLE)
)
#: where a quantity may start: a digit, a currency sign, or a number word (the full grammar is then matched there)
#: (searched in the lower-cased sentence, so one trie of lower-case words serves every capitalisation)
#: a period of one unit written as an adjective: "a month-long search", "the year-long inquiry"
_PERIODS = "hour day week month year decade century".split()
_PERIOD_LONG = re.compile(r"\b(?P<p>" + "|".join(_PERIODS) + r")-long\b", re.I)
#: a fraction of a unit written with digits or a vulgar-fraction sign: "1/4 mile", "½ teaspoon", "3/4-inch"
_UNIT_FRACTION = re.compile(r"(?:(?<![\d/.,])(?P<a>[1-9])/(?P<b>[2-9]|1[0-6])|(?P<v>[" + nums.VULGAR_FRACTIONS
                            + r"]))(?![\d/])")
_CANDIDATE = re.compile(
    r"[\d" + re.escape(units.CURRENCY_SIGNS) + nums.VULGAR_FRACTIONS + r"]|\.\d"
    r"|\b(?:" + trie_pattern([w.lower() for w in _CAND_WORDS]) + r")\b"
    r"|\b(?:" + "|".join(_PERIODS) + r")-long\b"
)
_CURRENCY_BEFORE = re.compile(r"(?:U\.S\.|(?<![A-Za-z])[A-Za-z]{1,3}\s?)$")
#: a currency symbol written before a number the candidate scan does not stop at ("RM", "Rs", "kr", "zł")
#: an ISO code glued to its amount: "USD115", "EUR20" (upper case only, as everywhere)
#: a country's adjective before "$": "Jamaican $308 million", "Hong Kong $5" (CLDR names the dollar)
_NATIONAL_DOLLAR = re.compile(r"\b(?P<adj>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s?$")
#: the dollar's country after the amount: "$20 million Canadian", "$980 million (Canadian)", "$5 (Singapore)"; bare
#: only as an adjective (not "$5 Canadian Tire", "a $53 billion Singapore government fund")
_DOLLAR_COUNTRIES = sorted((w.removesuffix(" dollar").title() for w in units.CURRENCY_WORDS
                            if w.endswith(" dollar") and w.removesuffix(" dollar").replace(" ", "").isalpha()
                            and w != "us dollar"), key=len, reverse=True)
_NATIONAL_DOLLAR_AFTER = re.compile(r"\s\((?P<a1>" + "|".join(_DOLLAR_COUNTRIES) + r")\)|\s(?P<a2>" + "|".join(
    c for c in _DOLLAR_COUNTRIES if c.endswith(("an", "ese"))) + r")(?![\w-]|\s[A-Z])")
_ISO_BEFORE = re.compile(r"(?<![A-Za-z])(?:" + _ISO + r")$")
_SYMBOL_BEFORE = re.compile(r"(?<![A-Za-z])(?:" + alternation([c for c in units.CURRENCY_SYMBOLS if c[0].isalpha()])
                            + r")\s?$|(?<![A-Za-z])(?i:" + _GLUED_CURRENCY_WORDS + ")$")
_SCALE = re.compile(r"(?:\s|-)?(?P<scale>(?:hundred\s+)?(?:thousand|million|billion|trillion)|hundred|mln|mn|bn|trn|tn"
                    r"|lakh|crore)\b"  # ("4 hundred million")
                    r"|(?P<short>[mbk])\b(?!\.\w)"
                    r"|\s(?P<spaced>[MB])(?=\s)", re.I)  # "8 B people": a spaced capital before what millions count
_UNIT = re.compile(
    rf"(?:\s*-\s*|\s*)(?:(?P<uw>(?i:{trie_pattern(list(units.UNIT_TABLE))}))(?![\w])"
    rf"|(?P<uc>{trie_pattern(list(units.CASE_SENSITIVE))})(?![\w])"
    rf"|(?P<deg>(?i:degrees?|deg\.?)(?![\w])|°(?![CF]))"
    rf"|(?P<iso>{_ISO})\b"
    rf"|(?P<sym>[{re.escape(units.CURRENCY_SIGNS.replace('$', ''))}]|\$(?!\s?[\d.])|(?-i:kr|zł|Kč)(?!\w)))",
    # (the letter signs that follow the amount where they are used: "500 kr", "100 zł", "50 Kč")
)
#: "1:58.21", "3:46.04" (a fraction of a second: never a clock), "2:08:31" (a one-digit hour, seconds)
_RACE_TIME = re.compile(r"(?:(?P<h>\d):(?P<m2>[0-5]\d):(?P<s2>[0-5]\d)(?![\d:]|\.\d)|(?P<m>[0-5]?\d):(?P<s>[0-5]\d)\.(?P<f>\d{1,3}))"
                        r"(?![\d:])")
#: the one of a group a share may name between its numbers: "one adult in three", "one child in five"
_SHARE_MEMBERS = ("adult", "child", "person", "man", "woman", "worker", "employee", "driver", "voter", "household",
                  "home", "house", "patient", "pupil", "student", "teacher", "resident", "family", "company", "firm",
                  "business", "shop", "school", "hospital", "doctor", "nurse", "teenager", "pensioner", "renter",
                  "tenant", "buyer", "user", "customer", "farm", "car", "vehicle", "species", "case", "physician",
                  "surgeon", "parent", "graduate", "smoker", "consumer", "shopper", "respondent", "member", "citizen",
                  *PERSON_KINDS.split("|"))  # (and the kinds of person a speaker is named by: "one pilot in ten")
_SHARE = re.compile(r"(?P<a>\d{1,3}|" + _WORDNUM_BASE + r")\s+(?:(?P<member>" + trie_pattern(list(_SHARE_MEMBERS))
                    + r")\s+)?(?:in(?:\s+every)?|out\s+of(?:\s+every)?|of\s+every)\s+"
                    r"(?P<b>\d{1,3}(?:,\d{3})*|"
                    + _WORDNUM_BASE + r")\b(?!\s*(?:%|percent|per cent))", re.I)
_RANGE_SAME_UNIT = re.compile(r"\s*(?P<c>to|and|-|–|—)\s*(?P<n>" + _DIGITS + r")\s?-?(?P<u>%|[^\W\d_][\w/°]*)")
_PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)")
#: a verb of change in its plain form after a modal or "to": a forecast, whose "5 to 10 percent" is a range
_FORECAST_CHANGE = re.compile(r"\b(?:will|would|could|may|might|should|can|to)\s+(?:\w+ly\s+)?(?:rise|fall|grow|"
                              r"climb|jump|gain|increase|decrease|decline|drop|surge|expand|shrink|ease|slip|slide|"
                              r"rebound|improve|widen|narrow)\s+(?:by\s+)?(?:between\s+)?$", re.I)


def _forecast_change(left: str) -> bool:
    """Whether the words before a figure forecast a change ("would rise", "expects prices to fall")."""
    return _FORECAST_CHANGE.search(left) is not None
_OF_WORD = re.compile(r"\s+of(?=\s)")
_PENCE_DECIMALS = re.compile(r"\.\d\d$")  # "5.20 pounds" is money: weights are not written to the penny
#: a price or payment just before "N pounds": money, not weight ("the flats cost 200,000 pounds")
_MONEY_BEFORE = re.compile(r"\b(?:cost|costs|costing|priced?|prices|pay|pays|paid|worth|fined?|spend|spends|spent|"
                           r"sold\s+for|sells\s+for|salary|wages?|budget|bill|fee|charged?|earn|earns|earned|"
                           r"raised|valued\s+at|bought\s+for|fetch|fetches|fetched|auctioned\s+for|price\s+tag|"
                           r"deposit|rent|rents|prize|grant|loan|bonus|retails?\s+(?:at|for))\b[^.]{0,24}$"
                           r"|\bstart(?:s|ed|ing)?\s+(?:at|from)\s+$", re.I)  # ("Prices for the model start at")
#: an amount restated in another currency right after pounds: "15,000 pounds ($27,000)" (money, not weight)
_MONEY_RESTATED = re.compile(r"\s*\(\s*(?:about\s+|some\s+|around\s+)?(?:US\s?)?[$€¥]")
#: money words right before a bare "Nm" (the currency sign lost): "a plan to raise 200m", "profits of 45m"
_MILLIONS_OF_MONEY_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:deal|bid|offer|takeover|contract|fee|fine|package|investment|equity|stake|budget|loan|"
    r"payout|settlement|transfer|buyout|merger|acquisition|loss|profit|debt|revamp|refit|fund|bonus|salary|"
    r"windfall|sale|write-down|writedown|charge|rescue|bailout|damages|claim|lawsuit|award|compensation|"
    r"prize|jackpot|hit|boost|injection|project|scheme|programme|program|upgrade|refurbishment|order|purchase|"
    r"valuation|turnover|revenue|spending|overhaul|expansion)\b")  # ("a record 240m libel damages claim", "a
# 200m hit to profits")
#: an amount restated in brackets in a currency: " ( $991 million)", " (US$5m)"
_RESTATED_MONEY_AFTER = re.compile(r"\s*\(\s*(?:[A-Z]{1,3}\s?)?[$€£¥]")
#: the scale word of an amount written after its restatement in another currency: "$12 (€10) million" is $12
#: million and €10 million
_SCALE_AFTER_BRACKET = r"\s*(?P<scale>thousand|million|billion|trillion|mln|mn|bn)\b"
_SCALE_PAST_RESTATED = re.compile(r"\s*\(\s*(?:[A-Z]{1,3}\s?)?[$€£¥][A-Z]{0,3}\s?\d[\d,]*(?:\.\d+)?\s*\)"
                                  + _SCALE_AFTER_BRACKET, re.I)
#: the same scale word after the restated amount itself, inside its brackets: "(€10) million"
_SCALE_PAST_BRACKET = re.compile(r"\s*\)" + _SCALE_AFTER_BRACKET, re.I)
#: the opening of a restatement right before an amount's currency sign: "$12 (" before "€10"
_RESTATEMENT_OPENS = re.compile(r"\d\s*\(\s*(?:[A-Z]{1,3}\s?)?$")
_MILLIONS_OF_MONEY_ELSEWHERE = re.compile(r"\d(?:m|bn)\b" + _MILLIONS_OF_MONEY_AFTER.pattern)
_MILLIONS_OF_MONEY_BEFORE = re.compile(
    r"\b(?:raise|raises|raised|raising|invest|invests|invested|borrow|borrowed|cost|costs|paid|pay|worth|fined|"
    r"spend|spent|profits?|revenues?|earnings|losses|loss|sales|turnover|budget|deal|bid|offer|payments?|fees?|"
    r"fines?|debts?|wages|salary|salaries|bonus(?:es)?|funding|grants?|sums?|fortune|proceeds|donations?|subsidies)"
    r"(?:\s+(?:of|to|at|by|about|around|nearly|almost|some|just|over|under|up|down|rose|fell|was|were|is|are))*\s+$"
    r"|[$€£¥]\s?[\d.,]+\s?(?:m|bn|million|billion)\s*\(\s*$",  # "A $378m (150m)": the amount restated
    re.I)
_MIXED_FRACTION = re.compile(r"\s+(?P<a>[1-9])/(?P<b>[2-9]|1[0-6])(?![\d/])")
_CENTS_AFTER = re.compile(r"\s+(?:and\s+)?(?P<n>\d{1,2}|" + _WORDNUM + r")(?:\s+(?:cents?|pence|kopecks?|kopeks?)\b"
                          r"|(?=\s*(?:[.,;!?]|$)))", re.I)  # "3 dollars 50 cents", "15 dollars and 50."
#: one word right after a number (or glued to it), to be asked of pint
_UNIT_WORD = re.compile(r"(?:\s?-\s?|\s?)(?P<w>[A-Za-zμµ]{2,20})(?![\w-])")
_ANGLE_WORDS = re.compile(r"\b(?:angle|angles|turn|turned|turns|turning|rotate|rotated|rotates|rotation|tilt|"
                          r"tilted|slope|incline|latitude|longitude|bearing|arc|spin|spun|pivot|swivel|view|panorama|"
                          r"camera|video)\b", re.I)  # ("a 360-degree view": an angle)
_AGE = re.compile(r"\s?-\s?(?:year|month|week|day)(?:\s?-\s?|\s+)old\b|\s+(?:years?|months?|weeks?|days?)\s+old\b"
                  r"|\s?(?:yo|y/o|y\.o\.)(?![\w/])")  # "a 28 - year - old" (tokenised), "the 24-year old" (a hyphen
# left out), "a 87 yo man" (notes)
#: what lasts rather than lives: "a five-month-old crisis" is a span of time, not an age
_AGED_THINGS = frozenset("""crisis conflict insurgency uprising dispute lockout standoff feud
    ceasefire truce government regime rally marriage occupation rebellion boycott embargo moratorium violence
    fighting unrest crackdown offensive operation investigation probe inquiry stalemate slump boom deal alliance
    partnership program programme policy law company firm business franchise league tradition war strike siege
    drought recession campaign ban talks trial shutdown closure outage career venture project scheme agreement treaty
    pact merger contract case streak plant factory network system service brand fund index club mission search
    manhunt protest blockade process convention constitution charter accord institution monopoly record""".split())
#: years per unit of an age as written ("an 18-month-old" is 1.5 years)
_AGE_YEARS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25, "y": 1.0}
#: "John Reed, 54, said", "Sharapova, 17, became": a whole number between commas after a name
#: before a bare age: "John Reed, 54,", "the star, now 81,", "At 80, the mathematician"
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s?,\s$|,\s+now\s+$|(?:^|[.!?:]\s+)At\s+$"
                                r"|\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[A-Za-z][\w-]*\s+){0,2}"
                                rf"(?:{PERSON_KINDS}|[a-z]{{3,}}(?:ist|ete|ian|ant|ent|ee)),\s$")  # ("The
# president, 71, has ruled", "The Brazilian midfielder, 26, broke a bone", "The heptathlete, 24,", "the defendant,
# 34,": a person by the noun's agent ending)
#: a person's first and last name and a comma, before an age that ends the sentence: "driven by Glen Evely, 39."
_FULL_NAME_COMMA_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z'’-]+\s?,\s$")
#: "He was 66." at the end of an obituary: an age
_PRONOUN_AGE_BEFORE = re.compile(r"\b(?:(?:[Hh]e|[Ss]he)\s+(?:was|is|turned|turns|had\s+turned)"
                                 r"|who\s+(?:turns|turned))\s+$")
_WHEN_AFTER = re.compile(r"\s+(?:next|this|last|on|in)\b")  # "who turns 51 next month"
#: "until she was 30 and", "when he was 12 he": a time of life in a clause of time, whatever follows but a noun
_TIME_CLAUSE_AGE_BEFORE = re.compile(r"\b(?:until|till|when|since|before|after|by\s+the\s+time)\s+"
                                     r"(?:he|she|I|they|we)\s+(?:was|were|turned|reached)\s+$", re.I)
#: "The pianist was only 7 when": a time of life, told by the clause of time after it
_WAS_BEFORE = re.compile(r"\b(?P<w>[\w'’-]+)\s+(?:was|were)\s+(?:(?:just|only|barely|still|then|already|about|nearly|"
                         r"almost)\s+)?$")
_MEASURE_SUBJECTS = {"score", "total", "number", "count", "rate", "price", "level", "lead", "deficit", "margin",
                     "tally", "figure", "toll", "temperature", "it", "this", "that", "there"}
_AFTER_TIME_CLAUSE_AGE = re.compile(r"\s+(?:and|now|but|or|when|he|she|I|they|we|is|has|had|will)\b")
_AGED_BEFORE = re.compile(r"\b(?:aged|(?:at\s+|of\s+)?(?:the\s+)?age\s+(?:of\s+)?|(?:dies|died|dying)\s+at)\s*$",
                          re.I)  # (also "dies at 113": the age at death)
#: other events of a life before "at" and a bare whole number: "retired at 65", "gave up driving at 108"
_LIFE_EVENT_AT = re.compile(r"\b(?:retired|retires|retiring|retire|married|marries|wed|emigrated|(?:gave|give|gives|"
                            r"giving)\s+up\s+[a-z]+ing)\s+at\s+$", re.I)
#: the noun after "of them" that names what a part of a group is: " of them Australians", " of them children"
_OF_THEM_NOUN = re.compile(r"\s+of\s+them\s+(?P<np>(?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+)?)"
                           r"(?=\s*[,.;)]|\s+(?:and|or)\b|$)")
#: an amount set beside the subject's as another one: "on top of the", "in addition to the"
_ADDED_TO = re.compile(r"\b(?:on\s+top\s+of|in\s+addition\s+to)\s+(?:the\s+|an?\s+|its\s+|their\s+)?$")
#: a unit word in square brackets after a number, as an editor adds it to a quote: " [metres]"
_BRACKETED_UNIT = re.compile(r"\s?\[(?P<u>[a-z]{1,12})\]")
#: a birthday's verb before a bare whole number, and what may follow the age: "will turn 36 in March"
_TURNS_BEFORE = re.compile(r"\b(?:turn|turns|turned|turning)\s+$")
_TURNS_AFTER = re.compile(r"\s+(?:in|on|this|next|last|later|when|before|after|at|and|but)\b")
_RANGE_TAIL = re.compile(
    rf"\s*(?P<conn>-to-|-|–|—|to|and|or)\s*(?P<cur2>{_SYMBOLS})?(?P<num2>{_DIGITS}|{_WORDNUM_BASE})(?![\w,]\d)",
    re.I
)
#: words before a number that make it approximate ("nearly"/"almost"/"close to": a band below the number)
_APPROX_WORDS = ("about", "around", "roughly", "some", "approximately", "approx.", "nearly", "almost", "close to",
                 "something like",
                 "an estimated", "estimated", "circa", "c.", "~", "more or less", "in the region of",
                 "in the neighborhood of", "in the neighbourhood of", "in the order of", "on the order of", "near",
                 "toward", "towards", "barely", "scarcely")
#: bounds of a size ("hail as big as 5cm", "fares as low as $19"), also comparisons whose plural noun is the entity
_AS_BOUNDS = {"as high as": "at_most", "as big as": "at_most", "as large as": "at_most", "as long as": "at_most",
              "as tall as": "at_most", "as deep as": "at_most", "as heavy as": "at_most", "as far as": "at_most",
              "as low as": "at_least", "as little as": "at_least"}
#: the qualifiers that bound a figure on one side
_BOUNDS = frozenset({"more_than", "at_least", "at_most", "less_than"})
#: comparatives of a measure, which bound the figure after "than" and describe the noun before them
_MEASURE_COMPARATIVES_UP = frozenset("longer larger bigger taller wider deeper heavier thicker faster older".split())
_MEASURE_COMPARATIVES_DOWN = frozenset("shorter smaller narrower lighter thinner slower younger".split())
_MEASURE_COMPARATIVES = _MEASURE_COMPARATIVES_UP | _MEASURE_COMPARATIVES_DOWN
_FLIPPED_BOUND = {"more_than": "less_than", "less_than": "more_than"}
_QUAL_MAP = {
    "more than": "more_than", "over": "more_than", "above": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "upward of": "more_than", "exceeding": "more_than", "greater than": "more_than",
    "north of": "more_than",
    "higher than": "more_than", "lower than": "less_than",
    **{f"{w} than": "more_than" for w in _MEASURE_COMPARATIVES_UP},
    **{f"{w} than": "less_than" for w in _MEASURE_COMPARATIVES_DOWN},  # ("a crack longer than 40mm", "children
    # younger than five": a comparative of a measure before the figure bounds it)
    "just over": "more_than", "well over": "more_than", "a little over": "more_than", "a little more than": "more_than",
    "slightly more than": "more_than", "slightly over": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "not less than": "at_least",
    "up to": "at_most", "as many as": "at_most", "as much as": "at_most", "at most": "at_most",
    **_AS_BOUNDS,
    "no more than": "at_most", "a maximum of": "at_most", "not more than": "at_most",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "just under": "less_than", "just below": "less_than", "short of": "less_than", "a little under": "less_than",
    "slightly less than": "less_than", "a little less than": "less_than", "sub": "less_than",  # ("sub $2000")
    ">": "more_than", "<": "less_than", ">=": "at_least", "<=": "at_most", "≥": "at_least", "≤": "at_most",
}
_NEARLY = {"nearly", "almost", "close to"}
#: a small move up to a level: "edged up to 4.2%", "ticked up to $3.10" (the level reached, not a bound)
_MOVED_UP_TO = re.compile(r"\b(?:edged|edges|edging|ticked|ticks|crept|creeps|inched|inches|moved|moves|nudged|"
                          r"nudges|drifted|drifts)\s+up\s+to\s*$", re.I)
#: "by" before a fraction, with a qualifier between them or none: "cut by a third", "fell by nearly a third", "reduce
#: its offer by as much as a third"
_BY_BEFORE_FRACTION = re.compile(r"(?<![\w-])by\s+(?:(?:" + trie_pattern([*_QUAL_MAP, *_APPROX_WORDS]) + r")\s+)?$")
#: a modal and "reach" right before a figure: its ceiling ("could reach $10bn", as gold v2 annotates it)
_COULD_REACH = re.compile(r"\b(?:could|may|might)\s+(?:\w+\s+)?reach\s+$")
#: a comparison after a fraction, which makes it a share of difference: "a third more than in 2019"
#: comparatives and the direction they set a figure from its baseline ("$40m higher than", "60kg lighter than");
#: the one list of them: the stop words of entities, the baselines and the multiples' comparisons derive from it
_COMPARATIVE_UP = frozenset("higher more above greater bigger larger warmer hotter heavier taller longer wider deeper "
                            "dearer costlier stronger brighter ahead".split())  # ("bookings are 9% ahead of")
_COMPARATIVE_DOWN = frozenset("lower less fewer below smaller cheaper cooler colder lighter shorter narrower "
                              "shallower weaker".split())
#: comparatives of pace, whose direction depends on what is measured: a time "0.8 seconds slower", a speed "5mph faster"
_COMPARATIVE_PACE_UP = {"speed": frozenset({"faster", "quicker"}), "duration": frozenset({"slower", "later"})}
_COMPARATIVE_PACE_DOWN = {"speed": frozenset({"slower"}), "duration": frozenset({"faster", "quicker", "earlier",
                                                                                "sooner"})}
#: every comparative above, as one alternation
_COMPARATIVE_WORDS = trie_pattern([*_COMPARATIVE_UP, *_COMPARATIVE_DOWN, *(
    w for d in (_COMPARATIVE_PACE_UP, _COMPARATIVE_PACE_DOWN) for words in d.values() for w in words)])
_FRACTION_MORE_THAN = re.compile(r"\s+(?:" + _COMPARATIVE_WORDS + r")\s+than\b")
#: the words of qualifier phrases (skipped when reading back to a subject)
_QUAL_WORDS = {w for phrase in [*_QUAL_MAP, *_APPROX_WORDS, "between", "from", "minus", "past", "beyond"]
               for w in phrase.split()} - _MEASURE_COMPARATIVES  # ("weakened past
# 150 per dollar": a bound word, no object; a comparative of a measure bounds only before "than": "blood thinner")
#: "over" as the particle of a verb: "taking over six of the gates"
#: verbs of covering before "over" a measure: "spread over 4,500 sq ft", "stretches over 12 miles" (its size)
_SPREAD_OVER = re.compile(r"\b(?:spread|spreads|spreading|sprawls|sprawling|stretch|stretches|stretching|extends|"
                          r"extending)\s+over\s*$", re.I)
_TAKE_OVER = re.compile(r"\b(?:take|takes|took|taking|taken|hand|hands|handed|handing|turn|turns|turned|turning)"
                        r"\s+over\s*$", re.I)
#: a qualifier word right before the number (a trie: one pass, whatever the number of words)
_LEFT_QUAL = re.compile(
    r"(?<!\w)(?P<q>" + trie_pattern([*_QUAL_MAP, *_APPROX_WORDS, "between", "from", "minus"]) + r")\s*"
    r"(?:(?<=\s)(?:another|a\s+further|an\s+(?:additional|extra)|the\s+(?:next|coming)|just|only)\s+)?$",
    re.I)  # ("at least another 1,000", "for at least the next two years", "a minimum of just ten")
_RIGHT_QUAL = re.compile(r"(?P<q>\s+or\s+so\b|\s+or\s+more\b|\s+or\s+fewer\b|\s+or\s+less\b|-plus\b|\s?\+|-odd\b"
                         r"|\s+(?:and|or)\s+(?:older|over|above|under|younger|below)\b(?!\s+(?:(?:the|a|an)\b|\d)))",
                         re.I)  # ("65 or over", "children 5 and under")
#: the qualifier each of those words sets
_RIGHT_QUALIFIERS = {"or so": "approximate", "odd": "approximate", "or more": "at_least", "plus": "at_least",
                     "+": "at_least", "or fewer": "at_most", "or less": "at_most"}
#: one of them between a number and its unit: "40 or more miles"
_OR_MORE_BEFORE_UNIT = re.compile(r"\s+(?P<q>or\s+(?:so|more|fewer|less))(?=\s)")
_ENTITY_STOP = set(
    """a an the of in on at to from for with by and or but nor as than that which who whom whose this these those
    have has had having is are was were be been being will would can could may might must shall should do does
    did done said says say told according who's it its it's their his her our your they them he she we you i
    per each every before after since until during over under about around into onto out up down off through
    didn't doesn't don't isn't wasn't aren't weren't won't can't couldn't wouldn't shouldn't hasn't haven't hadn't
    while when where if then so not no more less most least also just only even still already yet again ago later now
    earlier year years month months week weeks day days hour hours s percent amid across against between among
    toward towards within without via including include includes included like near despite unless whereas
    although though another abroad elsewhere globally upfront domestically given taken shown seen known done
    apart themselves himself herself itself ourselves yourself yourselves unable able""".split()
    # verbs, adverbs, time words and adjectives that follow a number but are never what it counts
    + """last next worth enough because sank began flew fought struck threw wrote broke ran spoke sought drove better
    worse
    offshore inland upstream downstream away downtown uptown overseas
    worldwide built sold fell rose grew went found made took gave paid cost costs hit left lost
    won came became stood held told instead nationwide overall apiece annually long wide high tall deep
    thick old higher lower above below faster slower bigger smaller larger greater effective raises rises falls
    produces delivers makes takes gives remain remained remains ago short shy clear rather brought caught
    taught bought thought sought fought kept sent spent began ran struck knew grew flew drew threw swept felt
    meant met due aside versus vs once driven shone along what cheaper dearer costlier fewer warmer saw beat
    plus outside inside beyond behind beside beneath midway halfway
    rode wore tore swore woke chose stole strove shook hid bled fled slept swept wept bent dug clung flung sat drank
    sang rang sprang swam ate blew heard forgot overtook strode arose""".split()
    # (not the pasts of a move before its size, "slid 0.6%", "swung to", "leapt 20%", "crept up to", "got 40%", nor
    # of verbs whose object a figure measures: "froze accounts worth $4m", "lent $5bn", "withdrew £2m")
    + [*_COMPARATIVE_UP, *_COMPARATIVE_DOWN, "quicker", "later", "earlier", "sooner"]
)
#: words of a statistic before "of", which name no thing: "an average of 148.9p", "a total of $5m"
_STATISTIC_HEADS = frozenset("average total maximum minimum mean median".split())
#: the extremes a level is set as, and the verbs that reach them: "struck a fresh record above $48", "hit a high of"
_EXTREME_NOUNS = frozenset("record records high highs low lows peak heights".split())
_REACHED_VERBS = frozenset("struck strikes hit hits set sets touched touches reached reaches scaled scales notched "
                           "marked broke breaks entered enters".split())
_REACHED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_REACHED_VERBS)) + r")\s+(?:[\w-]+\s+){0,2}$")
#: verbs of a pace changing, between a subject and its level: "growth slowing to 0.8%", "inflation quickened to 3%"
_SLOWING = frozenset("""slowing slowed slows accelerating accelerated accelerates quickening quickened easing eased
    cooling cooled""".split())
#: verbs (and auxiliaries) between a subject and its figure: "Sales fell 3%", "the price has risen to $28,400"
_SUBJECT_VERBS = set(
    """is are was were be been being has have had will would could may might can should shall must do does did
    rose rise rises risen rising fell fall falls fallen falling jumped jumps climbed climbs dropped drops declined
    declines slipped slips gained gains increased increases decreased decreases grew grow grows grown reached
    reaches hit hits totalled totaled totals stood stands stand accounted accounts account cost costs paid pays
    raised raises cut cuts lifted added adds lost loses surged soared plunged tumbled slumped eased widened narrowed
    doubled tripled shrank shrunk topped tops returned returns posted reported expects expected sold bought
    employs holds weighs measures covers carries produces delivers reaches made makes needs need averaged
    peaked remained remains stayed stays came comes goes went gone hovered hovers hover trades traded closed ended faces
    takes
    took means finished opened worth valued totaling totalling amounting start starts started begin begins began stay
    trading standing hovering opens closes ends finishes settles settled held sunk slumped
    offers offer offered provides provide provided features boasts uses use used requires require required
    supports support supported promises promised claims claimed shot skyrocketed spiked sank saw sees see
    seen sent sends broke breaks set sets contains contain contained includes include included runs
    operates operate packs packed brought brings generates spike spikes soar soars rocketed plummet plummets plunge
    plunges tumble tumbles slump slumps reach exceed surpass fetches fetched
    sells""".split()) | _SLOWING  # ("sent its shares plunging 24
# percent": the shares moved; not "ran": "Lee ran for 104 yards" measures no runner)
#: words that end a subject noun phrase on its left (a clause starts after them)
#: nouns a duration can be about ("the average time to sell a home", "delays", "the contract")
_PERIOD_NOUNS = {"time", "times", "period", "delay", "delays", "wait", "waits", "duration", "stay", "sentence",
                 "term", "tenure", "expectancy", "journey", "trip", "flight", "construction", "demolition",
                 "evacuation", "contract", "lease", "mission", "ban", "supply", "talks", "trial", "strike",
                 "lifespan", "life", "stint", "spell", "reign", "career", "leave", "holiday", "holidays",
                 "shutdown", "closure", "outage", "drought", "war", "siege", "recession", "campaign", "record",
                 "best", "lap", "warranty", "guarantee", "deadline"}  # ("a world record of 22.71 seconds", "a
# personal best of"; "extend the warranty to eight years")
_CLAUSE_MARK = re.compile(r",(?!\d)|[;:(\"“”—]|\s--?\s|--"  # (not the comma inside "40,000")
                          r"|\b(?:after|before|since)\b(?!\s+(?:(?:early|late|mid)[\s-]+)?(?:"
                          + "|".join(sorted({*MONTHS, *WEEKDAYS}, key=len, reverse=True))
                          + r"|Christmas|Easter|Thanksgiving|tax|taxes|taxation|interest|\d+)\b)"
                          # (not "rainfall since (late) June", "since 2019", "profit before tax"; but "fell after
                          # Acme Inc. shares opened lower" opens a clause)
                          r"|(?<![\w-])(?:and|but|while|that|which|who|when|because|[Tt]hough|[Aa]lthough|"
                          r"as(?!\s+(?:much|many|high|low|far|little|few)\s+as\b)(?<!much\sas)(?<!many\sas)"
                          r"(?<!high\sas)(?<!low\sas)(?<!far\sas)(?<!little\sas)(?<!few\sas)|"  # (not the
                          # qualifier "as much as", "as high as": no clause word)
                          r"[Ww]hereas|if|than|with|said|says|showed)(?![\w-])")  # not inside "lower-than-expected"
#: a word (a dotted acronym whole: "U.S."; with its possessive, also when a tokeniser split it off or it follows
#: an abbreviation's dot: "Tokyo 's", "Acme Inc.'s", "Acme Inc. 's"), or any other run
_TOKEN = re.compile(r"(?:(?:[A-Z]\.){2,}(?!\w)|(?:" + "|".join(w for w in COMPANY_WORDS if w.istitle() and len(w) < 5)
                    + r")\.(?!\w)|[A-Z][\w'’&-]*\s&[A-Z][\w'’-]*|[A-Za-z][\w'’&-]*(?:\.(?:com|net|org)\b)?)"
                    r"(?:\.?\s?['’]s(?!\w))?|\S+")  # ("Joyo.com": a web name is one word)
# (and "Acme Inc. stock"; "AT &T": a tokeniser's space before "&")
#: "<noun phrase> of" right before the figure: what the figure is of
_NOUN_OF_BEFORE = re.compile(r"(?<![\w'’-])(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)\s+of\s+$")
#: a lower-case noun phrase, a named place or body after "on/in/at the", then "of" before the figure
_NOUN_PLACE_OF_BEFORE = re.compile(r"(?<![\w'’-])(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:on|in|at)\s+the\s+"
                                   r"[A-Z][\w.&'’-]*\s+(?:(?:of\s+)?[A-Z][\w.&'’-]*\s+){0,3}of\s+$")
_NP_CUT = {"at", "in", "on", "for", "from", "to", "by", "with", "across", "among", "around", "over", "under", "into",
           "near", "against", "since", "after", "before", "until", "during", "despite", "unless", "along", "alongside",
           "beside", "beneath", "behind", "beyond", "outside", "inside", "through", "throughout", "above", "below",
           "off"}
#: pronouns as objects that _NOT_SUBJECT leaves out ("He told me to"): no noun a figure is about
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her"})
_NOT_SUBJECT = {"it", "they", "this", "that", "these", "those", "which", "who", "he", "she", "we", "i", "you",
                "there", "what", "its", "their", "them", "anybody", "anyone", "everybody", "everyone", "nobody",
                "somebody", "someone"}  # ("Anybody earning over £100,000": a pronoun, no thing the amount is of)
_WORD_RE = re.compile(r"\s+(?P<w>(?:[A-Z]\.){2,}(?!\w)|[^\W\d_](?:[^\W\d_]|['’-])*(?:(?<=[A-Z])\d+s?(?![\w-]))?)")
# ("CO2", "A380s"; "H5N1" stays "H"; "U.N. workers" keeps its dots; letters of any script: "Grüner Veltliner")
#: the denominator of a rate ("$52 a barrel", "800,000 barrels a day", "7.2 per cent a year", "per share",
#: "a 12-cent-a-share dividend")
_RATE = re.compile(r"(?:\s+|\s?-\s?)(?P<r>(?:per|a|an|each)(?:\s+|\s?-\s?)"
                   r"(?P<noun>hour|day|week|month|year|barrel|person|head|share|"
                   r"capita|tonne|ton|gallon|litre|liter|kilogram|kg|pound|ounce|mile|kilometre|kilometer|km|"
                   r"night|game|match|season|unit|minute|second|dollar|dozen|kilo|annum|bushel|pack|bottle|ticket|dose|"
                   r"song|track|item|course|session|lesson|class|visit|meal|copy|pupil|student|patient|seat|trip|"
                   r"household|family|acre|car|vehicle|room|pair"
                   r"|(?<=per[\s-])(?!(?:cent|se)\b)[a-z]{3,}))\b(?!['’]s\b)"  # "per roundtrip": any noun after
                   # "per" (never an owner: "95% of a car's weight")
                   r"(?!(?:" + "|".join(f"(?<={w})" for w in ("hour", "day", "week", "month", "year", "night", "season",
                                                              "minute", "second", "annum"))
                   + r")\s+(?:earlier|ago|before|later|after|on(?=\s*[,.;:]|\s+from\b))\b)"
                   r"(?!(?<=a\sshare)\s+(?:sale|sales|issue|offering|buyback|placing|split|scheme|options?)\b)",
                   re.I)  # ("a year earlier", "a day on,": a time, not a rate; "$49 a barrel on Wednesday", "95
# minutes a day on the app" stay rates; "raised 200m in a share sale": a compound noun, not a rate)
#: "800,000 barrels a day": the rate after the counted noun, a few words on ("40 tonnes of ore a day"; not past a
#: preposition: "310,000 signatures in a week" took that span)
_RATE_AFTER_NOUN = re.compile(r"(?:\s+(?:of\s+)?(?!(?:in|within|inside|under|over|during|after)\s"
                              r"|for\s+an?\s+(?:hour|day|week|month|year|night|season|minute|second)\b)"  # ("record
                              # six channels for a week": how long, no rate; but "a $10 fee for issuing a ticket")
                              r"[A-Za-z][\w'’-]*){1,3}?" + _RATE.pattern, re.I)
_A_DURATION_OK = re.compile(
    r"(?:about|around|roughly|nearly|almost|over|than|within|for|after|take|takes|took|taking|last|lasts|"
    r"lasted|least|just|spent|spend|only|barely|some|under|already|another|by|in)\s+$", re.I)  # ("extend it by a
# year")
#: a span after "a" that a thing is late or early by: "arrived a week late", "finished a minute behind the leader",
#: "a second outside the record"
_A_DURATION_LATE = re.compile(
    r"\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in nums.ARTICLE_SPAN_AFTER) + r")(?![\w-])")
#: nouns that make a bare "m" mean million ("2m people"), and any word after a decimal ("3.5m residents")
_MILLION_NOUN_AFTER = re.compile(
    r"\s+(?:people|persons|users|customers|homes|households|jobs|barrels|voters|viewers|subscribers|visitors|"
    r"passengers|residents|children|workers|copies|doses|vehicles|cars|shares|tourists|refugees|migrants|"
    r"patients|students|members|followers|downloads|tickets|animals|trees|acres|hectares|units|devices|handsets|"
    r"phones|computers|consoles|songs|accounts|products|items|emails|messages|cells|birds|fish)\b")
_NOT_COUNTED = r"(?!(?:high|long|deep|tall|wide|away|above|below|from|of|in|on|at|to|thick|across|a|the)\b)"
_COUNT_NOUN_AFTER = re.compile(r"\s+" + _NOT_COUNTED + r"(?:[a-z]+\s+" + _NOT_COUNTED + r")?[a-z]+s\b")
#: ("2.3m user accounts": one modifier may stand between the figure and the counted plural)
_FRACTION_OF_UNIT = re.compile(r"\s+(?:of\s+)?an?(?=\s)")
_FRACTION_SCALE = re.compile(r"(?:\s+(?:of\s+)?(?:a|an)?\s*|-(?:of-)?(?:an?-)?)"
                             r"(?=(?:million|billion|thousand|trillion|hundred)(?!\w))")  # ("half-a-million-pounds")
_CURRENCY_WORD_AFTER = re.compile(rf"\s*(?:{alternation(list(units.CURRENCY_WORDS))})\b")  # ("20m yuan")
_OF_CURRENCY = re.compile(
    rf"\s+of\s+(?:(?:US|U\.S\.)\s+)?(?P<c>{alternation(list(units.CURRENCY_WORDS))})\b", re.I)
#: nouns after which "over" means "about", not "more than": "a dispute over four exiles", "fears over 300 jobs"
#: a measure right before "over", which then spans what follows: "covers 3,395 kilometres over 21 stages", "10
#: gigabits per second over 80 km"
_MEASURE_OVER = re.compile(r"\d[\d,.]*\s?(?:[a-z]+|per\s+[a-z]+)(?:\s+per\s+[a-z]+)?\s+over\s+$")
_ABOUT_OVER = re.compile(r"\b(?:disputes?|rows?|spat|feud|clash(?:es)?|fights?|battles?|concerns?|fears|worries|"
                         r"anger|outrage|protests?|talks|negotiations|rift|stand-?off|controversy|uproar|tensions?|"
                         r"wrangling|squabbles?|arguments?|split|probe|inquiry|investigation|lawsuits?|suits?|"
                         r"charges|questions)\s+over\s+$", re.I)
#: a word after "a second" that makes it the ordinal: "a second term" (not "a second or two", "a second later")
_NOUN_AFTER_ORDINAL = re.compile(r"\s+(?!(?:or|ago|later|earlier|and|before|after|of|per|faster|slower|longer|"
                                 r"shorter|too|to|in|at|on|for|with|from|into|is|was|has|behind|ahead|outside|"
                                 r"inside|short|quicker)\b)[a-z]")
_OR_SO = re.compile(r"\s+or\s+(?:so|two|more)\b")
#: a form of "be" right before "short of": "is short of", "are still short of"
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|remained)\s+(?:still\s+|now\s+)?$", re.I)
#: a currency sign, from the vocabulary units.py owns
_SIGN = "[" + re.escape(units.CURRENCY_SIGNS) + "]"
#: a figure right after a word: " £9m", " about $5", " an estimated 40"
_FIGURE_NEXT = re.compile(r"\s+(?:(?:about|around|nearly|almost|some|over|under|roughly|an\s+estimated|up\s+to|"
                          r"more\s+than|less\s+than)\s+)?(?:" + _SIGN + r"|\d)")
#: a price after a unit: "a pint of beer costs £5" (the unit the price is of)
_PRICE_AFTER = re.compile(r"[^.;]{0,40}?(?:" + _SIGN + r"|\b(?:costs?|costing|sells?\s+for|sold\s+for|priced)\b)")
#: a price right before a unit: "$412.50 an ounce of gold", "80 pence a pint of milk" (the unit of that price)
_PRICE_BEFORE = re.compile(r"(?:" + _SIGN + r"[\d.,]*\d\s*(?:[mbk]n?|million|billion)?|\d\s*(?:p|"
                           + alternation(list(units.CURRENCY_WORDS)) + r"))\s+$")
_NEGATED_BEFORE = re.compile(r"\b(?:hardly|scarcely|barely|not|without|never|nary)\s+(?:even\s+)?$", re.I)  # ("hardly
# an ounce of fat": a figure of speech)
_OF_STUFF = re.compile(r"\s+of\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]")
#: the definite determiners a share or a fraction is of: "half the flats", "a third of its value"
_THE_OR_POSSESSIVE = "the|its|their|his|her|our"
_OF_THE = re.compile(rf"\s+(?:of|{_THE_OR_POSSESSIVE})\b")
_LASTED_OVER = re.compile(r"\b(?:lasted|lasts|last|took|takes|take|taking|for|in|spent|of)\s+over\s*$", re.I)
_MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|measured|measuring)\s+(?:of\s+)?$", re.I)
#: words of _ENTITY_STOP ("5 years old", "10m high") that are adjectives before a noun ("old bridges")
_ADJECTIVE_TOO = {"old", "high", "long", "wide", "deep", "tall", "thick", "away", "short", "lower"}  # ("six away
# games", "two short films", "three lower courts")
#: words of _ENTITY_STOP that are nouns after a modifier ("legal costs", "job cuts", "price rises")
_NOUN_OR_VERB = {"cost", "costs", "rises", "falls", "cuts", "hits", "makes"}
#: what makes such a word a noun when it stands first: a preposition, a determiner or a possessive before it ("50% of
#: the costs", "the project's costs")
_NOUN_OR_VERB_AFTER = (" in", " of", " the", " its", " their", " his", " her", " our", "'s", "’s")
_DETERMINER_NEXT = re.compile(r"\s+(?:a|an|the|his|her|their|its|our)\s", re.I)
_DEFINITE_NEXT = re.compile(r"\s+(?:the|his|her|their|its|our)\s")
#: what follows a bare verb after a plural subject: "standouts stage a walkout", "gunmen pose with a hostage",
#: "groups bid $3 billion"
_VERB_OBJECT_NEXT = re.compile(r"\s+(?:(?:even|also|still|only|just|now|often)\s+)?"  # "dams lack even a gauge"
                               r"(?:(?:a|an|the|his|her|their|its|our|with|for|at|on|into|outside)\s"
                               r"|(?:about|around|nearly|more\s+than|up\s+to)?\s*[$€£¥]?\d"  # "groups bid $3bn"
                               r"|(?:out|up|off|back)\s+(?:a|an|the|their|its|to)\s)", re.I)  # "fans line up to"
#: a count joined to a noun that is not a unit ("16-page", "four-game", "5,000-strong"); "one-time", "40-odd",
#: "30-something" and "20-plus" are idioms
_COMPOUND = re.compile(r"-(?!(?:odd|something|plus|ish|fold)\b)[a-z]{3,15}(?![\w-])")
#: a participle before its noun is an adjective: "sponsored Internet domains", "armed men" (never before a
#: preposition, a time word or the end)
_ADJECTIVE_PARTICIPLE = re.compile(r"\s+(?:[A-Z][\w&'’.-]*\s+){0,2}(?!(?:" + "|".join(
    ["in", "on", "at", "by", "to", "from", "for", "with", "after", "before", "since", "during", "and", "or", "as",
     "last", "this", "yesterday", "today", "overnight", "so", "the", "a", "an"]) + r")\b)[a-z][a-z'’-]+s?\b")
_MORE_WORDS = {"more", "other", "additional", "extra", "further", "less", "fewer"}  # ("40% less power")
_NUMBER_NEXT = re.compile(r"\s+(?:\d[\d,.]*|(?:" + "|".join(sorted(set(nums.SMALL) | set(nums.TENS), key=len,
                                                                   reverse=True))
                          + r"))(?=\s)", re.I)  # ("three of the four opening matches")
#: a qualifier before a number: " more than (16,000)"
_QUALIFIER_NEXT = re.compile(r"\s+(?:" + trie_pattern([*_QUAL_MAP, *_APPROX_WORDS]) + r")(?=\s+\d)", re.I)
#: "of" and a year or a season after a span: "the first 10 months of 2004", "the last two weeks of the season"
_OF_A_YEAR = re.compile(r"\s+of\s+(?:(?:the|this|last|next|that)\s+(?:year|season|decade|century|campaign)\b"
                        r"|(?:fiscal\s+)?(?:19|20)\d\d\b)", re.I)
_PERIOD_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|final|latter|early|earlier|later)\s+$",
                                    re.I)
_BATTED_IN = re.compile(r"\s+(?:in|home)\s+(?:[\w-]+\s+){0,3}runs?\b", re.I)
#: a time placed back from another: "a year ago", "15% fewer than a year earlier", "up from a month before."
_AGO = re.compile(r"\s+(?:ago|earlier)\b|\s+before(?=[,.;:)]|$)")
_LAST_WORD = re.compile(r"(?P<w>[\w'’-]+)\s+$")
#: verbs that change an object "by" an amount ("cut rates by", "extend the mission by"), beside _SUBJECT_VERBS
_BY_VERBS = {"cut", "cuts", "raise", "lower", "lowers", "reduce", "reduces", "extend", "extends", "boost", "boosts",
             "increase", "push", "pushes", "delay", "delays", "narrow", "narrows", "widen", "widens", "trim", "trims",
             "shorten", "shortens", "lengthen", "lengthens", "expand", "expands", "downgrade", "downgrades"}
#: a length per unit of time is a speed: "km/hr", "metres per millisecond" (the tables hold the usual ones)
_PER_TIME = re.compile(r"\s?(?:/|per\s+)(?P<t>[A-Za-z]{1,12})\b")
_FEET_BEFORE = re.compile(r"\d\s?(?:ft|feet|foot)\.?\s+$")
_IN_AFTER = re.compile(r"\s?in\.?(?![\w-])")
_DIGIT_AFTER_UNIT = re.compile(r"-?\d")
_HIGH_LOW = re.compile(r"\s+(?P<w>highs?|lows?)\b")
#: "in", "on" or "for" and a lower-case noun after an amount: "$40 million in damages", "£1.3bn on new
#: scanners", "A$1.2 billion for bad loans" (not "in 2004", "in the", "on Monday")
#: words after such a preposition that are no noun of the amount ("in total", "for the first time", "in cash")
_NOT_AMOUNT_NOUNS = (
    "total example instance sale now good free first second third last next same most rest year years week weeks "
    "month months day days period quarter half moment all fiscal cash part full time place turn fact order value "
    "size length cost terms response return addition recent late early mid spring summer autumn fall winter "
    "morning afternoon evening night trading coming upcoming future past play previous prior year-earlier "
    "year-ago exchange line contrast effect advance particular general short principle practice red black"
    # ("to 17 percent in exchange for stock": an idiom, not what the share is of; "pushed it $2bn into the red")
).split()
#: "in" and what a change noun changes: "a rise in (its) profit"
_CHANGE_IN = re.compile(r"\s+in(?:\s+(?:its|their|the|his|her|our))?(?=\s)")
_MONTH_MODIFIER = re.compile(r"\s+(?P<m>" + "|".join(m for m in MONTHS if len(m) > 3 and m[0].isupper())
                             + r")(?=\s+[a-z])")
_IN_NOUN = re.compile(r"\s+(?:in(?:\s+an?(?=\s+(?!(?:bid|move|effort|attempt|push|way|row|statement|report|"
                      r"sign|series|matter|few|number|lot|couple|mostly|deal|transaction|agreement)\b)[a-z]))?"
                      # ("raise $120 million in a rights issue"; a deal's terms are not what is bought)
                      r"|(?:on|for)(?:\s+(?:the|an?(?=\s+new\b)))?|into(?:\s+(?:the|its|their|an?))?"
                      r"|out\s+of(?:\s+(?:the|its|their))?)\s+(?!(?:"  # ("pulled $21bn out of the funds")
                      + "|".join(_NOT_AMOUNT_NOUNS) + r")\b)"  # ("spend $2 billion on a new plant")
                      r"(?!(?:back|heels|strength|basis|eve|verge|brink)\s+of\b)"  # ("to $6.3bn on the back of
                      # strong demand": an idiom of cause or time, not what the amount is of)
                      r"(?![a-z-]+\s+(?:trading|trade|dealings|session)\b)"  # ("rose 6% in premarket trading": when)
                      r"(?P<w>[a-z][a-z'’-]*)\b")
#: a run of capitalised words or acronyms inside a noun phrase ("former Ohio State players", "large US banks")
#: a capitalised plural that names people by their nation or creed: "Islamists", "Iraqis", "Palestinians", "Britons"
_PLURAL_PEOPLE = re.compile(r"[A-Z][a-z]+(?:ists|ans|ians|is|ns|ers|ites|ics|ots|ese|des|nes|les|ks|bs|ds|hs)")
# ("vacationing Swedes", "Kurds", "Turks", "Arabs", "Czechs")
_BACK_AS_ADVERB = re.compile(r"\s+back(?=\s*[,.;:)]|\s+(?:on|at|in|of|after|behind|with|going|into|from|and)\b|$)")
_SLASHED_WORD = re.compile(r"/[a-z][a-z-]+(?=\s+[a-z])")
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\([A-Z][A-Za-z.&]{1,7}\)(?=\s+[a-z])")
_CAPITALISED_RUN = re.compile(r"\s+(?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.-]*){0,2}")
#: change nouns a share can be of: "a 4.5% rise in retail sales" is about retail sales
_CHANGE_NOUNS = {"rise", "increase", "decline", "drop", "fall", "gain", "growth", "jump", "cut", "reduction",
                 "decrease", "surge", "slump", "climb", "dip", "boost", "rebound", "slide", "plunge", "hike", "leap",
                 "spike", "tumble"}
#: time words never counted: "fell 9 percent Thursday", "one month sooner", "two wins away"
_TIME_NAMES = set(WEEKDAYS) | {m for m in MONTHS if len(m) > 3 and m != "May"}
#: prepositions that put a clause at a time ("since late December", "in May")
_TIME_PREPOSITIONS = frozenset({"in", "since", "on", "until", "through", "during", "by", "from"})
#: the words between such a preposition and its time head: "in (the third) quarter", "during (the) summer"
_TIME_PHRASE_MODIFIERS = frozenset("""the a this that its their first second third fourth final last past previous
    same latest opening fiscal calendar whole entire""".split())
#: times after "as of" ("as of today")
_AS_OF_TIMES = frozenset({"today", "now", "yesterday", "tonight", "then"})
_TIME_WORDS = {"today", "yesterday", "tomorrow", "tonight", "away", "apart", "ahead", "behind", "sooner",
               "overnight", "afterwards", "beforehand", "weekdays", "weekends", "weeknights"}
_BRACKETED_AFTER = re.compile(r"\s*\([^()]{1,40}\)(?=\s)")
#: a figure joined to a noun as a modifier inside a subject: "10-year", "52-week", "3.5-litre"
_NUMBER_COMPOUND = re.compile(r"\d[\d.,]*-[a-z]+")
_SPACED_POSSESSIVE = re.compile(r"\s+['’]s(?=\s)")
_SPACED_AMPERSAND = re.compile(r"\s&[A-Z][\w'’.-]*")
_FRACTION_COMPOUND = re.compile(r"-(?:party|parties|finals?|final|time|back|backs|brothers?|sisters?|way|hearted|"
                                r"baked|life|mast|court|length|volley|century)\b", re.I)
_COMPARISON_WORDS = {"above", "below", "over", "under", "near", "exceeding", "in excess of", *_AS_BOUNDS}
#: a plural noun (with one modifier) right before a bound: "record highs above", "temperatures below"
_PLURAL_NP_BEFORE = re.compile(r"(?<![\w'’-])(?P<np>(?:(?!(?:the|a|an|its|their|his|her|our|on|in|at|of|for|to|"
                               r"with|from|by|and|or)\b)"
                               r"[A-Za-z][a-z'’-]+(?<!ing)(?<!ed)\s+)?(?P<head>(?<=\s)[a-z][a-z'’-]*[^s\W']s"
                               r"|(?:(?<=^)|(?<=[.:;]\s))[A-Za-z][a-z'’-]*[^s\W']s))\s+$")  # (a capital: at the start)
_SAYING_PARTICIPLE_SET = frozenset(SAYING_PARTICIPLES)
#: a bare singular noun that opens a clause, right before a bound: "Warming above 2C would", "that rainfall in
#: excess of 100mm" (the subject the bound is of)
_BARE_SUBJECT_BEFORE = re.compile(r"(?:^|(?<=\bthat\s)|(?<=[.:;]\s))(?P<np>(?P<head>[A-Za-z][a-z'’-]{2,}))\s+$")
_PERIOD_ON = {"year-on-year", "month-on-month", "quarter-on-quarter", "year-over-year", "week-on-week"}
_PREPOSITION_NEXT = re.compile(r"\s+(?:in|on|for)\s")
_FUNCTION_NEXT = re.compile(r"\s+(?:from|of|to|in|on|at|for|with|by|the|a|an|its|their|his|her|that|which)\b", re.I)
_A_POSSESSOR = re.compile(r"\s+an?\s+[a-z]+\s?['’]s(?=\s)")  # "a person's", "a patient 's"
_SHARE_DETERMINER = re.compile(rf"\s+(?:{_THE_OR_POSSESSIVE}|all)(?=\s)", re.I)
_SHOT_NAME = re.compile(r"-pointers?\b")
_A_ORDINAL = re.compile(r"an?\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)", re.I)
_ORDINAL_HYPHEN_BEFORE = re.compile(r"\b(?:first|second|third|fourth|final|last|opening|closing)-$", re.I)
_ORDINAL_COMPOUND = re.compile(r"[-\s](?:half|round|place|leg|string|tier|largest|biggest|best|seed|set|period|"
                               r"quarter)\b")  # ("three second-half goals", "a 14-3 second half run")
_DOUBLES_NOUN = re.compile(r"\s+(?:match|matches|title|titles|partner|partners|final|team|pairing|tie|rubber|event|"
                          r"competition|player|players|specialist|crown|semifinal|semi-final)\b", re.I)
_DOUBLES_BEFORE = re.compile(r"\b(?:the|mixed|men['’]s|women['’]s)\s+$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|in|of|with|his|her|their)\s+$", re.I)  # "the record for doubles": a noun
_KNOCKOUT_ROUNDS = (4.0, 8.0, 16.0, 32.0, 64.0)
_LAST_ROUND_BEFORE = re.compile(r"\bthe\s+last\s+$", re.I)
_WORTH_OF = re.compile(r"\s+worth\s+of(?=\s)")
_OF_PARTITIVE = re.compile(r"\s+of\s+(?:the|them|those|its|their|these|his|her|our|my|your)\b")
_OF_NOT_THE = re.compile(r"\s+of(?=\s+(?!the\b))")
#: an indefinite article before an owner's noun: " an (electric car's cost)", " a (new home's price)"
_A_BEFORE_POSSESSIVE = re.compile(r"\s+an?(?=\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*['’]s\s+[a-z])")
#: "of" and a determiner before what is counted: "12 of the empty houses", "three of her friends"
_OF_DETERMINER = re.compile(r"\s+of\s+(?:(?:all\s+)?(?:the|its|their|his|her|our|my|your|this|these|those)|all)(?=\s)",
                            re.I)  # ("40 percent of all protected areas")
_QUAKE = re.compile(r"\b(?:earthquake|quake|tremor|Richter)\b", re.I)
_BARE_AGE = object()  # an age written without its unit ("John Reed, 54,")

#: verbs and words of change: "rose 3 points", "fell $2.80", "up 3%", "cut rates by a quarter of a point"
_UP = ("rose rise rises risen rising climbed climb climbs jumped jump jumps gained gains increased increase "
       "increases grew grow grows grown surged surge soared advanced up higher added raised lifted boosted raises "
       "raising lifts lifting boosts boosting increasing expanded expand expands expanding widened widening inflated "
       "inflate inflates inflating warmed warms warming boost soars soaring surges surging jumping gaining advances "
       "advancing climbing rallied rallies rallying rebounded rebounds leapt leaped leaping leaps spiked raise lift "
       "lengthened lengthen lengthens lengthening spike spikes soar rocket rockets rocketed leap rally "
       "rebound adding improved improves improve improving").split()  # (the plain present of headlines: "Shares
# spike 17 percent"; "battery life improves by up to 25%")
_DOWN = ("fell fall falls fallen falling dropped drop drops declined decline declines decreased decrease decreases "
         "slipped slips slid eased eases down lower shrank shrunk slumped plunged tumbled lost cut cuts shed reduced "
         "lowered slashed cutting slashes slashing reduces reducing lowers lowering decreasing shrink shrinks "
         "shrinking narrowed narrowing cooled cools cooling sank sink sinks sinking plummeted plummets plummeting "
         "plunges plunging tumbles tumbling slumps slumping dipped dips dipping slides sliding dropping declining "
         "skidded reduce slash sunk shortened shorten shortens shortening plummet plunge tumble slump dip slide "
         "skid dive dives dived losing loses lose shedding sheds downgrade downgrades downgraded downgrading").split()
#: a move toward a level ("climbed toward $49", "slid back towards 1.20"): near it; "toward" after anything else
#: is a purpose ("$5 million toward 20 new homes")
_MOVED_TOWARD = re.compile(r"\b(?:" + "|".join(_UP + _DOWN) + r"|edged|edges|crept|creeps|inched|inches|moved|moves|"
                           r"headed|heads|heading|drifted|drifts|slipped|sank|sinks|retreated|retreats|retreating)"
                           r"\s+(?:back\s+)?towards?\s*$",
                           re.I)
_RAISE = {"raise", "raises", "raised", "raising"}
#: money a subject collects or reserves, right after its verb: "raised $300 million", "amassed another $105 million",
#: "set aside $1.8 billion" (the amount is no thing the subject is, nor a rise)
_COLLECTED = re.compile(r"\b(?:rais(?:e|es|ed|ing)|amass(?:es|ed|ing)?|collect(?:s|ed|ing)?|receiv(?:e|es|ed|ing)"
                        r"|won|wins|winning"  # ("A former teller won more than $100,000": what she won is no thing
                        # she is)
                        r"|(?:set|sets|setting|put|puts|putting)\s+aside|(?:has|have|had)\s+found)"  # ("has found
                        # £45m to")
                        r"\s+(?:another\s+|an\s+(?:additional|extra)\s+|a\s+further\s+)?$", re.I)
_PER_PERIOD_WORD = re.compile(r"\s+(annually|yearly|monthly|weekly|daily)\b(?!\s+(?:basis|average|rate)\b)", re.I)
_PERIOD_OF_WORD = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
#: a period a clause opens with, which makes its figure a rate: "Each year about 4,500", "Every day, 300"
_EACH_PERIOD_AFTER = re.compile(r"[^,;:.\d]{0,60}?\b(?:each|every)\s+(year|month|week|day)\b(?=\s*(?:[,;:.]|$))")
_EACH_PERIOD_BEFORE = re.compile(r"(?:\A|[,;:]\s+)(?:[Ee]ach|[Ee]very)\s+(year|month|week|day)\s*,?\s+"
                                 r"(?:[^,;:.\d]{1,60}\s)?$")  # (and the clause's subject and verb: "Every day the
# service answers 9 billion queries")
_ANNUAL_OF_BEFORE = re.compile(r"\bannual(?:ized|ised)?\s+(?:[a-z]+\s+){0,2}?(?:of|at)\s+$")
_LEVEL_QUALIFIER = re.compile(r"(?:towards?|above|below|past|beyond|as\s+(?:high|low)\s+as)\b", re.I)
#: transitive verbs: "cut 2,500 jobs" counts what is cut (no change stated), "cut rates by 0.25" states one
_TRANSITIVE = {"added", "adding", "losing", "loses", "lose", "shedding", "sheds", "gained", "gaining",
               "raised", "lifted", "boosted", "lost", "cut", "cuts", "shed", "reduced",
               "lowered", "slashed",
               "raise", "lift", "reduce", "slash",
               "raises", "raising", "lifts", "lifting", "boosts", "boosting", "cutting", "slashes", "slashing",
               "reduces", "reducing", "lowers", "lowering", "expand", "expands", "expanded", "expanding", "shrink",
               "shrinks", "shrinking", "inflate", "inflates", "inflated", "inflating", "increasing", "decreasing",
               "widening", "narrowing", "sank", "sinks", "sink", "sunk"}  # ("The storm sank 30 fishing boats")
#: adjectives between "by a" and the figure: "rose by a steep and bigger-than-forecast 0.8 percent"
_A_ADJECTIVES = (r"(?:\s+an?(?:\s+(?!(?:by|of|to|in|on|at|for|with|from|the|which|that|who|as|than|quarter|third|half|"
                 r"fifth|tenth)\b)[a-z][\w-]*,?"
                 r"(?:\s+and)?){1,3}?)?")
_CHANGE_BEFORE = re.compile(r"\b(?P<w>" + trie_pattern(_UP + _DOWN) + r")\b"
                            r"(?P<by>(?:\s+(?!(?:and|or|but)\b)[\w'’-]+){0,7}?\s+by"
                            + _A_ADJECTIVES + r"|\s+(?:by|of))?"
                            r"(?:\s+another|\s+an?\s+(?:record|further|average\s+of|[a-z]+(?<!ly)ly|sharp|steep|hefty|"
                            r"modest|"
                            r"massive|huge|whopping|big|small|slight|[a-z]+(?:-[a-z]+)+))?\s*$", re.I)  # "rose a
# record 15%", "jumped a larger-than-expected 6.4 percent"
#: the same after "by" in the words before a figure, to read the object of the change past them
_BY_A_ADJECTIVES = re.compile(r"\sby" + _A_ADJECTIVES + r"\s*$")
#: a transitive verb of change, its object and the figure with no "by": "raised its quarterly dividend 10 percent"
_CHANGE_OBJECT = re.compile(r"\b(?P<w>" + trie_pattern(sorted(_TRANSITIVE)) + r")"
                            r"(?P<obj>(?:\s+(?:[a-z][\w'’-]*|(?:19|20)\d\d(?=\s+[a-z]))){1,4})\s*$",
                            re.I)  # ("raised its 2005 profit forecast to")
def _changed_object(m: re.Match[str]) -> str | None:
    """The object of a transitive verb of change (``_CHANGE_OBJECT``), or None when its words are no noun phrase
    ("cuts of", "lowering an earlier forecast of", "added a season-high")."""
    words = m.group("obj").split()
    if words[-1].lower() in _ENTITY_STOP or words[-1].endswith("-high") or any(
            w.lower() in _ENTITY_STOP and w.lower() not in _DETERMINERS_ONLY for w in words):
        return None
    return _object_phrase(words)


#: nouns that name what a change noun after them changes: "a 4.5% pay rise" (a rise in pay), "a 24 price cut"
_CHANGE_MODIFIERS = ("pay", "price", "tax", "rate", "job", "wage", "fare", "rent", "salary", "cost", "budget")
_CHANGE_AFTER = re.compile(r"\s+(?:(?:" + "|".join(_CHANGE_MODIFIERS) + r")\s+)?"
                           r"(?P<w>decline|drop|fall|rise|increase|gain|jump|cut|reduction|rally|slump|hike|"
                           r"rebound|surge|slide|plunge|leap|spike|tumble)\b", re.I)
_NOUN_UP = {"rise", "increase", "gain", "jump", "rally", "hike", "rebound", "surge", "growth", "climb", "leap", "spike"}
_HIGHER_LOWER_AFTER = re.compile(r"\s+(?P<w>higher|lower|up|down)\b", re.I)
_LEVEL_VERB_BEFORE = re.compile(r"\b(?:closed|ended|finished|opened|traded|trading|settled|stood|were|was|is|are)\s+$",
                                re.I)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
#: what follows a bare figure that is a move, not a count of things moved: a level, or the move restated as a share
_BARE_MOVE_AFTER = re.compile(r"\s+to\s+\d|,\s+or\s+(?:about\s+|nearly\s+|almost\s+)?\.?\d")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_SPAN_PREPOSITION_BEFORE = re.compile(r"\b(?:over|for|in|within|during|across)\s+(?:the\s+(?:past|last|next)\s+)?$")
#: a jump's verb before its length: "leapt 8.41 metres" (a distance, not a leap up; also a verb of travel below)
_LEAP_VERBS = "leapt|leaped|vaulted|cleared|clears|hurled|hurls"  # (a bar cleared, a javelin hurled)
#: what falls from the sky, right before "falls": "Snow falls of up to 40cm"
_PRECIPITATION_BEFORE = re.compile(r"\b(?:snow|rain|hail|sleet|snowflakes|raindrops)\s+$", re.I)
_LEAP_BEFORE = re.compile(rf"\b(?:{_LEAP_VERBS})\s+(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?$")
#: irregular verbs that take "up" or "down" as a particle, not as a change ("brought down", "set up")
_SHOT = {"shoot", "shoots", "shooting", "shot"}  # ("shot down two jets"; but "shot up 1.7" is a rise)
_PHRASAL_VERBS = {"bring", "brings", "bringing", "brought", *_SHOT, "take", "takes",
                  "taking", "took", "set", "sets", "setting", "put", "puts", "putting", "break", "breaks",
                  "breaking", "broke", "tear", "tears", "tore", "make", "makes", "making", "made", "pick", "picks",
                  "picking", "turn", "turns", "turning", "round", "rounds", "rounding", "step", "steps", "stepping"}


#: a price's gap from a baseline named after it: "(£200,000) over its asking price", "(£5,000) below the guide"
_OVER_A_BASELINE_NEXT = re.compile(r"\s+(?:over|above|below|under|more\s+than|less\s+than)\s+(?:its|the|their|his|"
                                   r"her)\s+(?:asking|guide|reserve|list|sticker)(?:\s+price)?\b")
#: verbs whose "up" is a particle before any figure ("make up 20% of", "frees up 500 litres", "takes up a third")
_UP_PARTICLE_VERBS = frozenset("make makes made making free frees freed freeing take takes took taking use uses used "
                               "using".split())


#: nouns that only name a stretch of time, never what lasts it: "over a period of five years"
_SPAN_WORDS = frozenset("period space course span length duration total maximum minimum average matter age".split())
#: a comparative right after a percentage, before the plural it compares: "(18%) more (electric vans)"
_MORE_OF_A_PLURAL = re.compile(r"\s+(?:more|fewer|less)(?=\s+[a-z])")
#: an adjective after "more" or "less", ending the phrase: "(30% more) expensive.", "(20% less) efficient than"
_ADJECTIVE_COMPARED = re.compile(r"\s+(?:[a-z-]+(?:ive|ful|ous|able|ible)|[a-z-]{4,}(?<!m)ent)"
                                 r"(?=\s*(?:[,.;]|than\b|$))")
# (by their endings, never a noun's: not "energy", "rent", "equipment")
#: the storeys a building rises by: "(rise 38) floors", "(climbs 12) storeys"
_STOREYS_NEXT = re.compile(r"\s+(?:floors|storeys|stories)\b")
#: short past forms that open a clause after a noun as the longer ones do ("nine members of its team sued"; the
#: length test keeps "used", "aged", "based" inside a phrase)
_SHORT_PAST_VERBS = frozenset({"sued", "hired", "fired", "voted", "urged", "asked", "vowed"})
#: verbs of saying and thinking, which "that" follows as a conjunction ("think that", "said that")
_SAYING_BEFORE_THAT = frozenset({*SAY_WORDS, *SAY_THAT_WORDS})
#: reflexive pronouns, which end no subject but open what the verb does ("found themselves facing fines of")
_REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself", "ourselves", "yourself", "yourselves"})
_REFLEXIVE_AFTER_NEXT = re.compile(r"\s+([A-Za-z]+)\s+(?:" + "|".join(sorted(_REFLEXIVES)) + r")\b")
#: "worth" right after "net"
_WORTH_NEXT = re.compile(r"\s+(worth)\b")
#: a distance off: "from 50 metres away"
_AWAY_NEXT = re.compile(r"\s+away\b")
#: a condition's opening before its subject and verb: "if rainfall (increases)", "unless the wind (drops)"
_CONDITION_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hen|[Oo]nce)\s+(?:the\s+|its\s+)?(?:[a-z]+\s+){1,2}$")
#: the rest of a subject and its auxiliary after a count: "(dozens) of rural roads will", "(200) of them were"
_SUBJECT_OF_NEXT = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){1,10}?(?:will|would|could|may|might|can|must|are|were|have|"
                              r"had)\b")
#: a rally of people right before their count: "a rally by (thousands)", "rallies of (200)"
_PEOPLES_RALLY = re.compile(r"\brall(?:y|ies)\s+(?:by|of)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.I)


def _change(s: str, start: int, end: int, dimension: str) -> str | None:
    """'up' or 'down' when the words next to the quantity say it is a change, not a level."""
    if _LEVEL_QUALIFIER.match(s, start):
        return None  # "climbed toward $49", "rose as high as $45", "climbed above $60": the level it nears or
        # passes (the qualifier opens the quantity)
    left = s[max(0, start - 50) : start]
    if dimension == "length" and _LEAP_BEFORE.search(left):
        return None  # "The long jumper leapt 8.41 metres": how far, no rise of anything
    if dimension == "duration" and (_SPAN_PREPOSITION_BEFORE.search(left)
                                    or _AGO.match(s, end) and not s.startswith(" earlier than", end)):
        return None  # "dropped by a quarter over two decades": the span of the change, not a change of a span;
        # "cut short by an attack 10 days ago": how long ago, no change
    if dimension == "duration" and _DELAYED_BY.search(left) and _PUT_BACK.search(left):
        return "up"  # "Deliveries were delayed by four months": the wait grew by the span
    m = _CHANGE_BEFORE.search(left)
    if m is not None and dimension == "duration" and not m.group("by"):
        return None  # "Shares jumped one day after the deal": when the move came, not a change of a span ("delayed
        # by two weeks" is one)
    if m is not None:
        word = m.group("w").lower()
        if dimension == "count" and word in ("rally", "rallies") and _PEOPLES_RALLY.search(left):
            return None  # "a rally by thousands of building workers": people gathered, no rise
        if dimension == "count" and _STOREYS_NEXT.match(s, end):
            return None  # "The hotel will rise 38 floors": how tall it stands, counted in storeys, no rise
        if dimension == "count" and _CONDITION_BEFORE.search(left, 0, m.start()) and _SUBJECT_OF_NEXT.match(s, end):
            return None  # "if rainfall increases dozens of roads will be closed": the verb ends a condition, and
            # the count opens the clause after it, as its subject
        if word in _TRANSITIVE and not m.group("by") and (
                dimension == "count" and not _BARE_MOVE_AFTER.match(s, end) and (
                    word not in ("gained", "gaining", "sank", "sinks", "sink", "sunk") or (nw := _WORD_RE.match(s, end))
                    is not None
                    and nw.group("w").lower() not in _ENTITY_STOP)
                or (dimension in units.PHYSICAL_DIMENSIONS or dimension == "other") and _OF_WORD.match(s, end)):
            return None  # "cut 2,500 jobs", "added 30 square metres of living space", "gained 2.4 million
            # listeners", "adding 500 Gbps of capacity": what is cut, added or won, no change stated (but "the Nasdaq
            # added 10.5 to 2,011.7" moved by a bare figure, and so did a stock that "gained 8 on its debut")
        if word in ("drop", "drops", "dropped", "dropping") and dimension in units.PHYSICAL_DIMENSIONS \
                and not m.group("by") and _OF_WORD.match(s, end):
            return None  # "A storm could drop 8 inches of snow": what falls, no fall of a quantity (but "Output
            # dropped 3,000 barrels a day")
        if word in ("falls", "fall") and dimension == "length" and _PRECIPITATION_BEFORE.search(left, 0, m.start()):
            return None  # "Snow falls of up to 40cm": how much snow falls, no fall of a quantity
        if word in ("lift", "lifts") and dimension in units.PHYSICAL_DIMENSIONS and not m.group("by"):
            return None  # "The rocket can lift 22 tonnes": what it can carry, no change
        if word in ("advanced", "advances", "advance", "advancing") and dimension in units.PHYSICAL_DIMENSIONS:
            return None  # "the army had advanced 15 km": a distance moved, no change of a quantity
        if word in _RAISE and dimension == "money" and not m.group("by") and _COLLECTED.search(left):
            return None  # "raised $300 million in a bond sale", "has raised another $45 million": money collected,
            # not a rise of something
        if word in ("up", "down") and (pv := _WORD_BEFORE.search(left, 0, m.start())) is not None and (
                dimension == "count" and (pv.group(1).lower() in _PHRASAL_VERBS
                                          and not (word == "up" and pv.group(1).lower() in _SHOT)
                                          or pv.group(1).lower().endswith("ed"))
                or word == "up" and pv.group(1).lower() in _UP_PARTICLE_VERBS
                or word == "up" and dimension == "percent" and _OF_WORD.match(s, end) and pv.group(1).islower()
                and pv.group(1) not in _AUXILIARY_VERBS and pv.group(1) not in ("get", "gets", "got")):
            return None  # "shot down two helicopters", "rounded up 40 suspects", "make up 20% of voters", "frees up
            # 500 litres": a phrasal verb, no change; so is a verb's "up" before a share of something ("snapped up
            # three-quarters of the flats", "bought up 40% of the land": what was taken, no rise)
        return "up" if word in _UP else "down"
    if dimension in ("percent", "money") and (m := _CHANGE_OBJECT.search(left)) is not None \
            and m.group("w").lower() != "lost" and _changed_object(m) is not None:
        return "up" if m.group("w").lower() in _UP else "down"  # "slashed second-quarter profits 36 percent",
        # "raised its dividend 10 cents"
    if dimension in ("percent", "other", "money") and (n := _HIGHER_LOWER_AFTER.match(s, end)) is not None \
            and _LEVEL_VERB_BEFORE.search(left, max(0, len(left) - 20)):
        return "up" if n.group("w").lower() in ("higher", "up") else "down"  # "closed 19 cents lower", "opened
        # nearly 19 percent down": how far a price moved by the close or the open
    if dimension in ("percent", "other", "money") and (n := _CHANGE_AFTER.match(s, end)) is not None:
        return "up" if n.group("w").lower() in _NOUN_UP else "down"
    if left.endswith(" of ") and (n := _CHANGE_NOUN_OF.search(left)) is not None and (
            dimension == "percent" or n.group("w").lower() != "gain"):
        return "up" if n.group("w").lower() in _NOUN_UP else "down"  # "a gain of 1.3 per cent" (but "a per-share
        # gain of 9 cents" is a profit)
    if dimension == "percent" and (n := _PACE_OF_CHANGE.search(left)) is not None \
            and (n.group("w").lower() in _UP or n.group("w").lower() in _DOWN):
        return "up" if n.group("w").lower() in _UP else "down"  # "Rents rose at an annual rate of 9.1%"
    if (dimension == "percent" or dimension == "count" and " than " in s[end : end + 80]) \
            and (n := _COMPARED_NOUN_AFTER.match(s, end)) is not None:
        return "up" if n.group("w").lower() == "more" else "down"  # "draws 40% less power than", "30% more
        # fuel-efficient": a difference from a baseline, as "27% higher than" is; so is a count's "2.1 million fewer
        # appointments ... than a year earlier"
    if dimension not in ("count", "age", "date", "ratio") and (n := _VERSUS_BASELINE.match(s, end)) is not None:
        w = n.group("w").lower()  # "35% below average", "1.2C above the long-term average", "27% higher than",
        # "about 60kg lighter than", "0.8 seconds slower than": a difference from a baseline
        if w == "ahead" and dimension in ("duration", "length"):
            return None  # "two seconds ahead of the field", "a length ahead of": a lead, no change of a measure
        if w in _COMPARATIVE_UP or w == "over" or w in _COMPARATIVE_PACE_UP.get(dimension, ()):
            return "up"
        if w in _COMPARATIVE_DOWN or w in ("short", "under") or w in _COMPARATIVE_PACE_DOWN.get(dimension, ()):
            return "down"  # ("35% under the long-term average")
    return None


#: a comparative of size right after a multiple: "(three times) higher", "(four times) smaller"
_RATIO_COMPARED = re.compile(r"\s+(?P<w>" + "|".join(sorted((_COMPARATIVE_UP | _COMPARATIVE_DOWN) - {
    "ahead", "above", "below", "more", "less", "fewer"})) + r")\b", re.I)
#: a comparative and the noun or adjective it compares: "(40%) less power", "(30%) more fuel-efficient"
_COMPARED_NOUN_AFTER = re.compile(r"\s+(?P<w>more|less|fewer)\s+(?!than\b|or\b|of\b|and\b)[a-z][a-z-]+\b")
#: a verb of change and the pace it moved at: "rose at an annual rate of ", "grew at a 3.7 percent"
_PACE_OF_CHANGE = re.compile(r"\b(?P<w>[a-z]+)\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:rate|pace)\s+of\s+$")
#: a multiple before a comparison ("twice as many as", "three times as much as")
_MULTIPLE_BEFORE = re.compile(r"\b(?:twice|thrice|half|times)\s+$", re.I)
#: a verb whose particle "over" may stand right before a count: "turned the ball over seven times"
_TURNED_OVER_BEFORE = re.compile(r"\b(?:turn(?:ed|s|ing)?|hand(?:ed|s|ing)?|gave|give|gives|giving)\s+"
                                 r"(?:the\s+ball|it|possession)\s+$", re.I)
#: the agent after a participle: " by the Jaguars", " off by the mill"
_AGENT_NEXT = re.compile(r"(?:\s+(?:off|out|up|down|away|back|in))?\s+by\s")
#: a verb's "-ing" form right before its amount: "paying only $5", "raising $823 million"
_GERUND_RIGHT_BEFORE = re.compile(r"\b(?P<g>[a-z]{3,}ing)\s+(?:(?:only|about|some|nearly|almost|around|roughly|just|"
                                  r"another|more\s+than|up\s+to)\s+)*$")
#: nouns of an action done to the people a count after "of" counts: "the evacuation of thousands", "the arrest of 12"
_ACTION_NOUN = re.compile(r"(?!(?:population|nation|delegation|congregation|coalition|federation|association|"
                          r"organi[sz]ation|corporation|institution|collection|generation|station|portion|fraction|"
                          r"section|edition|selection)s?$)"  # (nouns in -tion that name a group or a thing)
                          r"[a-z]+(?:tion|sion)s?|arrests?|release|deaths?|killings?|rescue|abductions?", re.I)
#: a unit counted as a count ("2,000 barrels", see DESIGN.md), which may measure a thing named elsewhere
_COUNTED_MEASURE_AFTER = re.compile(r"\s+(?P<noun>barrels|bushels)\b")
#: the pace a percentage gives after "at a": "grew at a 3.7 percent annual rate", "expanding at a 4% clip"
_PACE_NOUNS = {"rate", "annual rate", "annualized rate", "annualised rate", "pace", "annual pace", "clip"}
_AT_A_BEFORE = re.compile(r"\bat\s+an?\s+$")
#: the baselines a percentage measures its subject against: "160% of the monthly average", "90% of normal"
_BASELINE_NOUNS = {"average", "normal", "norm", "usual"}
_CHANGE_NOUN_OF = re.compile(r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?P<w>gain|rise|increase|jump|climb|surge|"
                             r"growth|drop|fall|decline|decrease|slide|slump|reduction)\s+of\s+$", re.I)
_VERSUS_BASELINE = re.compile(r"\s+(?P<w>" + _COMPARATIVE_WORDS + r"|short|under|over)\s+"
                              r"(?:of\s+|than\b|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:average|normal|norm)\b"
                              r"|(?:its|the|their)\s+(?:usual|typical|normal|average)\s+(?:level|height|depth)\b"
                              r"|(?:its|the|their)\s+(?:asking|guide|list|reserve|target|original)\s+price\b)")
# (and a price it was set against: "£35,000 below its asking price")


#: multiples ("sixfold", "doubled", "three times as many", "3x"): a ratio in times
_MULTIPLE = re.compile(
    r"(?P<fold>" + trie_pattern(list(nums.MULTIPLE_WORDS)) + r")\b"
    r"|(?P<adj>" + "|".join(nums.MULTIPLE_ADJECTIVES) + r")(?=\s+(?:the|its|their|his|her|what|that)\s)"  # ("more
    # than double the amount initially sought"; not "a double fault")
    r"|(?P<n>\d+(?:\.\d+)?|" + "|".join(sorted(set(nums.SMALL) | set(nums.TENS), key=len, reverse=True))
    + r")[\s-]times\s+(?=(?:as|" + _COMPARATIVE_WORDS + r"|the|that|what|"
    r"over|its|their|his|her|average|annual|median|typical|forecast|expected|projected|estimated|trailing|"
    r"forward|earnings|sales|revenues?|profits?|income|book|cash|ebitda|salary|salaries|wages?)\b)"  # ("roughly
    # three times its annual earnings", "12 times average earnings", "trades at 45 times earnings": a valuation)
    r"|(?<=\bby\s)(?P<nby>\d+(?:\.\d+)?|" + "|".join(sorted(set(nums.SMALL) | set(nums.TENS), key=len, reverse=True))
    + r")[\s-]times\b"  # "expand the capacity by 15 times" (but "arrested 15 times": how often)
    r"|(?P<x>\d+(?:\.\d+)?)x\b"
    r"|(?P<tw>" + "|".join(_MULTIPLE_FREQUENCIES)
    + r")(?=\s+as\s+(?:many|much|likely)\b|\s+as\s+[a-z]+\s+as\b|\s+(?:the|its|their)\s)",  # "twice as many
    # as", "twice as fast as", "twice the size", "twice its revenue": a multiple (but "twice a month": how often;
    # "scored twice as the visitors")
    re.I,
)



_LASTS_BEFORE = re.compile(r"\b(?:lasts|lasted|lasting|takes|took|(?:will|would|could|can|may|might|should|must|to)\s+"
                           r"(?:last|take)|(?:has|have|had)\s+held|(?:stay|stays|stayed|remain|remains|remained)"
                           r"(?:\s+(?P<state>open|closed|shut|online|operational))?\s+for)"
                           r"\s+(?:for\s+)?(?:just\s+|only\s+|barely\s+)?$",
                           re.I)  # ("The ceasefire lasted just 36 hours")  # (the verb, not "in the
# last five years"; "A full charge takes about 40 minutes", "The ceasefire has held for 11 days", "The shops will
# remain closed for two weeks": what lasts; not how long a drone flies, which gold v2 gives no entity)
#: a verb that delays its object by a span, and the "by" before the span ("postponed the vote by a month")
#: a verb of recording right before a reading: "(Madrid) recorded 40C", "has recorded a low of"
_RECORDED_BEFORE = re.compile(r"\s(?:recorded|records|record)\s+(?:(?:a\s+(?:high|low|maximum|minimum|temperature)|"
                              r"highs?|lows?|temperatures?)\s+of\s+)?(?:(?:about|around|nearly|almost|over|more\s+than|"
                              r"up\s+to|just)\s+)?$")
#: verbs that put a date back (of _DELAYED_BY's, the ones that lengthen a wait)
_PUT_BACK_VERBS = r"delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|put\s+off|push(?:es|ed|ing)?\s+back"
_PUT_BACK = re.compile(rf"\b(?:{_PUT_BACK_VERBS})\s", re.I)
_DELAYED_BY = re.compile(rf"\b(?:{_PUT_BACK_VERBS}|"
                         r"extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|lengthen(?:s|ed|ing)?|shorten(?:s|ed|ing)?|"
                         r"cut(?:s|ting)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|slash(?:es|ed|ing)?)\s"
                         r"[^,;:()]{1,80}?\sby\s+$"
                         r"|\b(?:is|are|was|were|be|been)\s+(?:delayed|postponed|put\s+off|pushed\s+back|extended|"
                         r"prolonged|lengthened|shortened|cut|reduced|trimmed|slashed)\s+by\s+$", re.I)  # ("were
# delayed by": what was delayed; but "postponed by six months its plan": the object after it)
#: a run of wins or games whose noun is left out: "won nine straight", "their fifth consecutive"
_IN_A_ROW = re.compile(r"\s+(?:straight|consecutive|in\s+a\s+row)\b")
#: units that count the items of a tally (sport, votes, seats): the noun is what the figure counts
_TALLY_UNITS = frozenset({"point", "goal", "run", "wicket", "vote", "seat", "yard"})
_TALLY_COUNTED = _TALLY_UNITS - {"yard"}  # (yards are a length as well as a tally)
#: what a tally measures, which names no thing of its own: "a margin of 41 votes", "a majority of 80 seats"
_TALLY_MEASURES = {"margin", "majority", "lead", "deficit", "gap", "tally"}
#: subjects that points measure (an index, a rate, a poll) rather than a scorer who made them
_MEASURED_IN_POINTS = re.compile(
    r"\b(?:index|indices|indexes|average|industrials|futures|composite|gauge|benchmark|rates?|yields?|bonds?|"
    r"stocks|shares|market|Dow|Nasdaq|S&P|FTSE|Nikkei|DAX|CAC|Hang\s+Seng|Kospi|Sensex|TSX|Stoxx|rating|"
    r"confidence|poll|lead|advantage|margin|deficit|gap|cushion)\b", re.I)  # ("stretched its lead to 10 points")


@dataclass(slots=True)
class _Quantity:
    start: int
    end: int
    dimension: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    unit_surface: str | None
    qualifier: str
    entity: str | None
    confidence: float
    ref_first: date | None = None
    ref_last: date | None = None
    per: str | None = None
    value_written: float | None = None
    change: str | None = None


def _tidy(x: float) -> float:
    """Drop binary noise from unit arithmetic (4.1 * 1e9 -> 4100000000.0, not 4099999999.9999995)."""
    return x if x.is_integer() and abs(x) < 1e15 else float(f"{x:.12g}")


def _scaled(x: float | None, factor: float) -> float | None:
    """``x`` times ``factor`` (a bound carried to another unit or value), None kept."""
    return None if x is None else _tidy(x * factor)


def _rate_noun(rate: re.Match[str]) -> str:
    """The denominator a rate word names ("a barrel": barrel; "per annum": year)."""
    noun = rate.group("noun").lower()
    return "year" if noun == "annum" else noun


def _unit_at(s: str, pos: int) -> tuple[re.Match[str] | None, str | None, str | None]:
    """(match, dimension, unit spec) of a unit word starting at ``pos`` (after optional space/hyphen)."""
    m = _UNIT.match(s, pos)
    if not m:
        if (w := _UNIT_WORD.match(s, pos)) is not None and (found := units.pint_unit(w.group("w"))) is not None:
            return w, found[0], found[1]  # a unit the tables do not list, but pint knows ("μg", "tablespoons")
        return None, None, None
    if m.group("iso"):
        return m, "money", m.group("iso")
    if m.group("sym"):  # a symbol written after the number: "100₾", "100 元", "20€"
        return m, "money", units.CURRENCY_SYMBOLS[m.group("sym")]
    if m.group("deg"):
        # bare degrees: an angle where the words around say so ("turned 180 degrees", "a 30 degree launch
        # angle"), else a temperature in Celsius (news outside the US)
        window = s[max(0, pos - 60) : m.end() + 40]
        return (m, "other", "degree") if _ANGLE_WORDS.search(window) else (m, "temperature", "degC")
    if m.group("uc"):
        dim, spec = units.CASE_SENSITIVE[m.group("uc")]
        return m, dim, spec
    dim, spec = units.UNIT_TABLE[m.group("uw").lower()]
    return m, dim, spec



def not_a_claim(s: str, q: _Quantity) -> bool:
    """A quantity a reader lists but a researcher does not record as a claim: the period another figure is of
    ("during the first 10 months of 2004"), a processor's width ("the 64-bit version of the chip")."""
    if q.dimension == "duration" and _PERIOD_ORDINAL_BEFORE.search(s, max(0, q.start - 12), q.start) \
            and _OF_A_YEAR.match(s, q.end):
        return True
    if q.dimension == "duration" and s[q.start : q.end].lower() in ("half year", "half-year") \
            and s.endswith(("the ", "The ", "its ", "their "), 0, q.start):
        return True  # "in the half year to June": a reporting period named, as "the quarter" is
    if q.dimension == "count" and q.value == 2 and s[q.start : q.end].lower() == "two" and (
            _DEFINITE_BEFORE.search(s, max(0, q.start - 8), q.start)
            or _POSSESSIVE_BEFORE.search(s, max(0, q.start - 8), q.start) and _PAIR_SUPERLATIVE.match(s, q.end)
            or _PAIR_APPOSED.search(s, max(0, q.start - 60), q.start)) \
            and _PAIR_NAMED_BEFORE.match(s, q.end):
        return True  # "Acme and Zeta said ... the two companies will", "China and France, two countries which",
        # "the nation 's two largest automakers": the pair named before, or known to the reader, no claim of a count
    if q.dimension == "count" and (vetoes.one_source_of_many(s, q.start, q.end)
                                   or vetoes.one_picked_out(s, q.start, q.end)):
        return True
    if q.dimension in ("count", "percent") and q.unit_surface is None and s.endswith(("the top ", "The top "), 0,
                                                                                      q.start) \
            and (s[q.start : q.end].isdigit() or nums.is_number_word(s[q.start : q.end].lower())):
        return True  # "in the top 10 of the rich list", "finished in the top three": a rank, no count
    if q.dimension == "count" and q.unit_surface is None and nums.is_number_word(s[q.start : q.end].lower()) \
            and _DEMONSTRATIVE_BEFORE.search(s, max(0, q.start - 8), q.start):
        return True  # "Besides those two public events, he has not appeared": the ones named before, no new count
    if q.dimension == "count" and q.entity and q.entity.split()[-1].lower() == "things":
        return True  # "associated with two things: aristocracy and Argentina": a count of what the writer lists next
    return q.unit_surface is not None and vetoes.bit_width(q.unit_surface, q.value_written)


_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:[Tt]hose|[Tt]hese)\s+$")
#: a definite article right before a count ("the two"), or a possessive before a count and a superlative ("the
#: nation 's two largest"; "its two holding companies" may tell how many it has)
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:its|their)|\w\s?['’]s)\s+$")
_PAIR_SUPERLATIVE = re.compile(r"\s+(?:[a-z]+est|top|leading|main|major)\s")
#: a pair of names right before an appositive count: "between China and France, "
_PAIR_APPOSED = re.compile(r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+and\s+"
                           r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+$")
#: the nouns that refer back to a pair named before: "the two companies", "the two sides"
_PAIR_NAMED_BEFORE = re.compile(r"\s+(?:(?!(?:said|says|the|an?|and|or|of|to|in|is|are|was|were)\s)[a-z]+\s+){0,3}"
                                r"(?:companies|firms|sides|countries|nations|leaders|parties|"
                                r"groups|governments|banks|carriers|airlines|teams|clubs|men|women|rivals|allies|carmakers|"
                                r"automakers|makers|giants|presidents|ministers|candidates|neighbou?rs|partners|"
                                r"professionals|friends|brothers|sisters|suspects|victims|journalists|officers)\b")


def sentence_quantities(s: str, lower: str | None = None) -> list[_Quantity]:
    """The quantities of one sentence, in order, never overlapping (``lower``: the sentence lower-cased with
    every offset kept, when the caller has it)."""
    out: list[_Quantity] = []
    lower = lower if lower is not None else lower_same_length(s)
    pos = 0  # every turn of the loop moves ``pos`` forward, and no quantity starts before it
    while True:
        c = _CANDIDATE.search(lower, pos)
        if c is None:
            break
        p = c.start()
        word = c.group(0)
        # each special reader is tried only where its first characters allow it (most candidates are plain)
        if ":" in s[p + 1 : p + 3] and (rt := _RACE_TIME.match(s, p)) is not None and (
                p == 0 or not s[p - 1].isdigit() and s[p - 1] != ":") and not vetoes.clock_after(s, rt.end()):
            if not out or rt.start() >= out[-1].end:
                out.append(read_race_time(s, rt))
            pos = max(rt.end(), c.end())
            continue
        if (word in nums.VULGAR_FRACTIONS or s[p + 1 : p + 2] == "/") and (
                uf := _UNIT_FRACTION.match(s, p)) is not None and (q := read_unit_fraction(s, uf)) is not None:
            if not out or q.start >= out[-1].end:
                out.append(q)
            pos = max(q.end, c.end())
            continue
        if word.endswith("-long") and (pl := _PERIOD_LONG.match(s, p)) is not None:
            if not out or pl.start() >= out[-1].end:
                out.append(read_period_long(s, pl))
            pos = pl.end()
            continue
        if (" in " in lower[p : p + 24] or " out of " in lower[p : p + 30] or " of every " in lower[p : p + 30]) and (
                sh := _SHARE.match(s, p)) is not None and (q := read_share(s, sh)) is not None:
            if not out or q.start >= out[-1].end:
                out.append(q)
            pos = max(sh.end(), c.end())
            continue
        if (word in nums.MULTIPLE_WORDS or word in nums.MULTIPLE_ADJECTIVES or word in _MULTIPLE_FREQUENCIES
                or "times" in lower[p : p + 30]
                or "x" in lower[p : p + 12]) and (
                mm := _MULTIPLE.match(s, p)) is not None and not vetoes.network_standard(s, p) and (
                q := read_multiple(s, mm)) is not None:
            if not out or q.start >= out[-1].end:
                out.append(q)
            pos = max(mm.end(), c.end())
            continue
        if (tok := vetoes.identifier_end(s, p)) is not None:
            pos = max(tok, c.end())  # "1.1.1.1", "1,1,1", "555-0134-22", "(5)": identifiers, not numbers
            continue
        m = None
        if (cm := (_CURRENCY_BEFORE.search(s, max(pos, p - 4), p) if s[p] == "$" else
                   (_SYMBOL_BEFORE.search(s, max(pos, p - 5), p) or _ISO_BEFORE.search(s, max(pos, p - 4), p))
                   if s[p].isdigit() else None)):
            m = _START.match(s, cm.start())  # "US$5m", "C$300", "RM 3.5m", "Rs 500": when it makes a currency
            if m is not None and not m.group("cur"):
                m = None
        m = m or _START.match(s, p)
        if m is None or (m.group("word") is not None and _is_article(s, m)):
            pos = c.end()
            continue
        pos = max(m.end(), c.end())
        if s[p] in "0zZfF" and (sprint_end := vetoes.sprint_end(s, p)) is not None:
            pos = max(pos, sprint_end)  # "0-60 in 3.4 seconds": the test's name, not a range
            continue
        if (score_end := vetoes.scoreline_end(s, m.start())) is not None:
            pos = max(pos, score_end)  # "beat Arsenal 4-1": a scoreline, not a range or two counts
            continue
        if m.group("num") and not m.group("cur") and (total_end := vetoes.cricket_total_end(s, m.end())) is not None:
            pos = max(pos, total_end)  # "declared at 510 for nine": a cricket total, runs for wickets
            continue
        if not m.group("cur") and (pair_end := vetoes.pair_score_end(s, m.start())) is not None \
                and _unit_at(s, pair_end)[0] is None:
            pos = max(pos, pair_end)  # "a goodwill game 6-0.", "NY JETS (6-1)": no range, no two counts
            continue
        q = read(s, m)
        if q is not None and (not out or q.start >= out[-1].end):
            out.append(q)
            pos = max(pos, q.end)
    if ("once" in lower or "twice" in lower or "thrice" in lower) and (
            found := [q for fm in _FREQUENCY.finditer(s) if (q := _read_frequency(s, fm)) is not None]):
        out = sorted(out + [q for q in found if all(q.end <= o.start or q.start >= o.end for o in out)],
                     key=lambda q: q.start)  # "About once a month": how often, read apart from the numbers
    out = _joined_span_parts(s, out)
    out = _ranges_with_the_unit_twice(s, out)
    if " left" in s or " remaining" in s or " to " in s or " from time" in s or " into " in s:
        out = [q for q in out if not (q.dimension == "duration" and vetoes.game_clock(s, q.end, s[q.start : q.end]))]
    _signs_lost(s, out)
    _ages_named(out)
    _share_subjects(s, out)
    _restated_in_brackets(s, out)
    _bounds_shared_by_or(s, out)
    _noun_of_a_larger_guess(s, out)
    if "(" in s:
        out = _without_restatements_in_a_lost_currency(s, out)
    _taken_off(s, out)
    _nouns_left_out(s, out)
    _levels_in_points(s, out)
    _points_tallies_and_shares(s, out)
    _levels_after_point_moves(s, out)
    _counts_set_against(s, out)
    _expected_figures(s, out)
    _changes_after_a_level(s, out)
    _percent_shared_back(s, out)
    _unit_shared_back(s, out)
    _of_noun_shared_back(s, out)
    _unit_shared_forward(s, out)
    _limits_in_two_measures(s, out)
    _figures_referred_back(out)
    _groups_after(s, out)
    _gaps_from_an_asking_price(s, out)
    out = _from_to_changes(s, out)
    _levels_from_a_change(s, out)
    _amounts_paired(s, out)
    _earlier_and_later_values(s, out)
    _exchange_rates(out)
    _temperatures_named(out)
    _runs_off_balls(s, out)
    _measures_of_an_ordinal(s, out)
    _changes_posted(s, out)
    _contrasted_changes(s, out)
    _elided_nouns(s, out)
    _spans_late_or_early(s, out)
    _subjects_before_participles(s, out)
    _groups_after_an_amount_of(s, out)
    _places_of_subjects(s, out)
    _lists_of_subjects(s, out)
    _tasks_that_take(s, out)
    _complements_of_participles(s, out)
    _tasks_of_subjects(s, out)
    _places_of_shares(s, out)
    _places_of_counted_nouns(s, out)
    _places_of_compounds(s, out)
    _fronted_partitives(s, out)
    _shares_of_a_sample(s, out)
    _assets_under_management(s, out)
    _adjectives_with_complements(s, out)
    _subjects_after_a_span(out)
    _levels_that_open_a_sentence(s, out)
    _shares_before_a_comparative(s, out)
    _pairs_respectively(s, out)
    _entities_tidied(out)
    return out


#: a verb of posting and a change noun before "of" and the figure: "(Retail sales) posted a slight gain of"
_POSTED_CHANGE_OF = re.compile(r"\b(?P<v>posted|posts|recorded|records|reported|reports|registered|logged|booked|saw|"
                               r"sees|showed|shows|suffered|suffers)\s+(?:an?\s+)?(?:[a-z]+\s+)?(?P<n>[a-z]+)\s+of\s+"
                               r"(?:(?:about|around|nearly|almost|just|some|more\s+than|over|under|less\s+than)\s+)?$")


def _changes_posted(s: str, quantities: list[_Quantity]) -> None:
    """A change a subject posts is the subject's: "Retail sales posted a slight gain of 0.2%" is about retail sales
    (the gain is its direction, which the change already says), as "sales rose 0.2%" is."""
    for q in quantities:
        if not q.entity or (head := q.entity.split()[-1].lower()) not in _CHANGE_NOUNS \
                or (m := _POSTED_CHANGE_OF.search(s, max(0, q.start - 60), q.start)) is None or m.group("n") != head:
            continue
        if (subject := _subject_from_start(s[_clause_start(s, m.start()) : m.end("v")])) is not None:
            q.entity = subject


#: what lies between two changes of one subject set against each other: "(rising 4%) in Europe but falling (9%)"
_CONTRASTED_CHANGE = re.compile(r"(?:\s+(?:in|on|at|for|among)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)?)?,?\s+"
                                r"(?:but|and|while|whereas)\s+(?P<w>[a-z]+)\s+(?:by\s+)?")


def _contrasted_changes(s: str, quantities: list[_Quantity]) -> None:
    """A second change joined to the first by "but" or "and" with only its own verb moves the first's subject:
    "Sales of the hybrid were mixed, rising 4% in Europe but falling 9% in China" (both of sales of the hybrid)."""
    for a, b in zip(quantities, quantities[1:]):
        if b.entity is None and a.entity and a.change and b.change and a.change != b.change \
                and a.dimension == b.dimension and (m := _CONTRASTED_CHANGE.fullmatch(s, a.end, b.start)) is not None \
                and m.group("w") in _CHANGE_VERBS:
            b.entity = a.entity


#: what a span a thing came late or early by is followed by: "arrived five hours late", "opened a year behind schedule"
_LATE_NEXT = re.compile(r"\s+(?:late|early|behind\s+schedule|ahead\s+of\s+schedule|overdue)\b")


def _spans_late_or_early(s: str, quantities: list[_Quantity]) -> None:
    """How late or early something came has no entity ("The team's flight arrived five hours late": how late, not a
    measure of the flight), as gold v2 annotates it."""
    for q in quantities:
        if q.entity and q.dimension == "duration" and _LATE_NEXT.match(s, q.end):
            q.entity = None


#: the verb a figure follows, for a second figure that leaves its noun out: "Leeds had 40% women members and York
#: had 45%."
_HOLDING_VERB_BEFORE = re.compile(r"\b(?P<v>had|has|have|got|gets|won|wins|took|takes|polled|polls)\s+$")
#: the first count's noun, "but", "and" or "while", an adverb and a verb, up to a second count: " inmates but now
#: holds "
_CONTRAST_VERB_BETWEEN = re.compile(r"\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2},?\s+(?:but|and|while|yet)\s+"
                                    r"(?:(?:now|still|only|already|currently)\s+)?(?:has|have|had|holds|held|houses|"
                                    r"housed|employs|employed|seats|seated|sleeps|takes|took|carries|carried)\s+"
                                    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|just|only)\s+)?")
_NO_NOUN_NEXT = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:in|at)\s+[A-Z]")  # (or a named place: "and Zeta has 12 in Iowa")
_OF_THE_NEXT = re.compile(r"\s+of\s+(?:(?:the|its|their)\s+)?")


def _elided_nouns(s: str, quantities: list[_Quantity]) -> None:
    """A second figure after the same verb as the first, with no noun of its own, counts or measures the first's noun
    (written right after it, or after "of"): "In 2017 Leeds had 40% women members and in 2018 York had 45%" (York's
    45% are of women members, not York), "Labour polled 35% of the vote and the Tories polled 30%"."""
    for a, b in zip(quantities, quantities[1:]):
        if a.entity and a.dimension == b.dimension and a.dimension in ("percent", "count") \
                and (b.entity is None or b.entity.split()[-1][0].isupper()) \
                and _NO_NOUN_NEXT.match(s, b.end) and s.startswith(
                    a.entity, om.end() if (om := _OF_THE_NEXT.match(s, a.end)) else a.end + 1) \
                and (vb := _HOLDING_VERB_BEFORE.search(s, max(0, b.start - 8), b.start)) is not None \
                and (va := _HOLDING_VERB_BEFORE.search(s, max(0, a.start - 8), a.start)) is not None \
                and va.group("v") == vb.group("v"):
            b.entity = a.entity
        elif a.entity and a.dimension == b.dimension == "count" and b.entity is None and b.unit_surface is None \
                and _NO_NOUN_NEXT.match(s, b.end) and _CONTRAST_VERB_BETWEEN.fullmatch(s, a.end, b.start) \
                and s.startswith(a.entity, a.end + 1):
            b.entity = a.entity  # "was built for 900 inmates but now holds 1,400": the second count, across "but"
            # and a verb of its own, is of the noun written after the first


#: a subject, a participle and its phrase at a clause's start, before the subject's verb: "(Homes) listed (with
#: professional photos) sold for 5% more"
_PARTICIPLE_PHRASE_SUBJECT = re.compile(r"(?P<head>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+[a-z]{3,}ed\s+"
                                        r"(?:with|by|in|on|under|from)\s+(?:(?:the|a|an|their|its)\s+)?")
_PARTICIPLE_AND_PREPOSITION = re.compile(r"[a-z]ed\s+(?:with|by|in|on|under|from)\s")


def _subjects_before_participles(s: str, quantities: list[_Quantity]) -> None:
    """A figure read as about the noun inside a participle's phrase after the subject is the subject's: "Homes listed
    with professional photos sold for 5% more" is about homes, not photos."""
    if not quantities or not _PARTICIPLE_AND_PREPOSITION.search(s, 0, quantities[-1].start):
        return  # (the quick test: no participle and its preposition before the last figure)
    for q in quantities:
        if not q.entity:
            continue
        marks = [m for m in _CLAUSE_MARK.finditer(s, 0, q.start) if m.group() != "with"]  # (a participle's "with"
        # is no clause's start here)
        start = marks[-1].end() if marks else 0
        while start < q.start and s[start].isspace():
            start += 1
        if (m := _PARTICIPLE_PHRASE_SUBJECT.match(s, start, q.start)) is not None \
                and s.startswith(q.entity, m.end()) and (v := _WORD_RE.match(s, m.end() + len(q.entity))) is not None \
                and (_verb_after_place(v.group("w")) or v.group("w") in ("by", "to")) \
                and not any(_is_verb(w) or w.lower() in _ENTITY_STOP for w in m.group("head").split()):
            q.entity = m.group("head")  # (or the verb itself and its place: "Prices jumped in the south by 5%")


def _groups_after_an_amount_of(s: str, quantities: list[_Quantity]) -> None:
    """An amount after its noun and "of" keeps the group of people after it: "guarantee mortgages of up to £600,000
    for first-time buyers" is of mortgages for first-time buyers (as "a £300m aid package for farmers")."""
    for q in quantities:
        if q.entity and q.dimension == "money" and s.endswith(f"{q.entity} of ", 0, q.start) \
                and (gm := _FOR_GROUP_NEXT.match(s, q.end)) is not None and gm.group("p") == "for" \
                and (n := _group_of_people(gm.group("w").split())) and len(q.entity.split()) + n <= 5:
            q.entity = f"{q.entity} for {' '.join(gm.group('w').split()[:n])}"


#: the task after a subject's head of time or cost, up to the subject's verb: "The average time (to sell a home) has
#: stretched", "The cost (to repair the bridge) doubled"
_TASK_AFTER_SUBJECT = re.compile(r"\s+to\s+(?P<v>[a-z]+)\s+(?P<det>(?:a|an|the|its|their)\s+)?"
                                 r"(?P<words>(?:[a-z][\w'’-]*\s+){1,3})")
#: the heads that take such a task
_TASK_HEADS = frozenset(("time", "cost", "costs", "price", "wait"))
#: the heads of tries and plans, which take the task they aim at: "Two attempts (to pass the budget) have failed"
_AIM_HEADS = frozenset("attempt attempts bid bids effort efforts plan plans proposal proposals".split())


def _tasks_of_subjects(s: str, quantities: list[_Quantity]) -> None:
    """A subject whose head is a time or cost keeps the task it is of: "The average time to sell a home has stretched
    to 63 days" is about "average time to sell a home" (selling a car takes another); so does a try or a plan,
    before its figure or counted by it ("Two attempts to pass the budget have failed"). Only a verb, its object of
    one or two words and then the subject's own verb."""
    for q in quantities:
        if not q.entity or len(q.entity.split()) > 3 or (head := q.entity.split()[-1].lower()) not in (
                _TASK_HEADS | _AIM_HEADS):
            continue
        if head in _AIM_HEADS and s.startswith(" " + q.entity, q.end):
            k, bound = q.end + 1, len(s)  # the noun the figure counts, after it
        else:
            k, bound = _subject_at(s, q.entity, q.start), q.start
        if k < 0 or (m := _TASK_AFTER_SUBJECT.match(s, k + len(q.entity), bound)) is None \
                or not (m.group("det") or _is_verb(m.group("v")) or m.group("v") in _PLAIN_VERBS):  # (a verb, or a
            # word before a determiner: "to repair the bridge")
            continue
        words = m.group("words").split()
        n = _first_verb(words)
        if n is not None and n <= 2 and not any(_verb_after_place(w) or w in _TIME_WORDS for w in words[:n]):
            q.entity = s[k : m.start("words")] + " ".join(words[:n])


#: a named place after the noun a share is of: "a fifth of deaths (in Scotland)", "12% of voters (across the US)",
#: or a place's noun ("40% of the orchards (in the valley)")
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:in|across|throughout)\s+(?:the\s+)?(?:"
                                r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})|(?<=the\s)(?P<noun>[a-z][\w-]*))"
                                r"(?![\w'’-])")


def _places_of_shares(s: str, quantities: list[_Quantity]) -> None:
    """A share keeps the named place after the noun it is of: "accounts for a third of births in England" is of
    "births in England" (the share of births elsewhere is another figure). Only a name (never a time: "of sales in
    May", "in March") or a place's noun ("in the valley"), right after the noun."""
    for q in quantities:
        if q.dimension != "percent" or not q.entity or not (m := _OF_NOUN_AFTER.match(s, q.end)) \
                or not s.startswith(q.entity, m.end()) \
                or not (pm := _NAMED_PLACE_AFTER.match(s, m.end() + len(q.entity))):
            continue
        if _is_place(pm) and not s.startswith(" of ", pm.end()):  # (a name cut short: "in Bank of Scotland")
            q.entity = s[m.end() : pm.end()]


def _places_of_counted_nouns(s: str, quantities: list[_Quantity]) -> None:
    """A count or a share keeps the place after the noun it counts, written right after the figure: "212 buildings in
    the old town", "one in six vehicles on the mountain road", "12,000 staff in Europe" (a name that is no time, or a
    place's noun after "the"; never "people in the attack")."""
    for q in quantities:
        if q.dimension not in ("count", "percent") or not q.entity or not s.startswith(" " + q.entity, q.end) \
                or (pm := _PLACE_AFTER_COUNTED.match(s, q.end + 1 + len(q.entity))) is None:
            continue
        if q.entity.split()[-1][0].isupper():
            continue  # (a name's own phrase: "the 166 member states of the Convention on International Trade")
        if pm.group("name"):
            if any(_names_a_time(w) for w in pm.group("name").split()) or pm.group("name").endswith(
                    ("'", "’", "'s", "’s", "-based")) or s.startswith((" of", "'s", "’s"), pm.end()) \
                    or _NAME_GOES_ON.match(s, pm.end()):
                continue  # (not "in March", "in Los Angeles' win", "in Bank of Scotland", "in Olympic competition",
                # "in King County Superior Court", "at PeopleSoft Inc. 's show")
        elif not (pm.group("noun") in _PLACE_NOUNS or pm.group("noun") in _MORE_PLACE_NOUNS) or (
                pm.group("mod") and (pm.group("mod") in _ENTITY_STOP and pm.group("mod") != "old"
                                     or _is_verb(pm.group("mod")) or _names_a_time(pm.group("mod")))) \
                or s.startswith((" of", "'s", "’s"), pm.end()):
            continue
        old, q.entity = q.entity, s[q.end + 1 : pm.end()]
        for later in quantities:
            if later.start > pm.end() and later.entity == old and later.change \
                    and _RESTATED_CHANGE_BETWEEN.fullmatch(s, pm.end(), later.start):
                later.entity = q.entity  # "9,500 short-term lets in the city, up 30%": the change restated
                # after the level is of the same noun and place


#: what lies between a level and its change restated after it: ", up ", ", down nearly "
_RESTATED_CHANGE_BETWEEN = re.compile(r",\s+(?:up|down)\s+(?:(?:about|nearly|almost|some|more\s+than)\s+)?")


def _places_of_compounds(s: str, quantities: list[_Quantity]) -> None:
    """A figure that modifies the noun after it keeps the named place after that noun: "A $20bn factory in Arizona"
    is about the factory in Arizona (the place tells it from the firm's other plants). Only after an article, with
    the noun right after the figure, and not for a share ("a 9% stake in Zeta" is the stake, as gold v2 has it)."""
    for q in quantities:
        if q.entity and q.dimension != "percent" and s.endswith(("a ", "an ", "A ", "An "), 0, q.start) \
                and s.startswith(" " + q.entity, q.end) \
                and (pm := _NAMED_PLACE_AFTER.match(s, q.end + 1 + len(q.entity))) is not None \
                and pm.group(0).split()[0] == "in" and _is_place(pm) and not s.startswith(" of ", pm.end()):
            q.entity = s[q.end + 1 : pm.end()]  # (not a name cut short: "a 2.5% stake in Royal Bank of Scotland")


#: a group named before the clause that gives a share or count of it: "Of the 1,400 respondents, (62%) said"
_FRONTED_PARTITIVE = re.compile(r"\W*Of\s+(?P<det>the|those|these|its|their|all)\s+(?:[\d,.]+\s+)?"
                                r"(?P<np>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)"
                                r"(?:\s+(?:for|in|at|on|from|by)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
                                r"[a-z][\w'’-]*)?,\s+"  # ("Of the 30 players chosen for the camp, nine")
                                r"(?:(?:about|around|nearly|almost|roughly|some|just|only|more\s+than|over)\s+)?")


def _fronted_partitives(s: str, quantities: list[_Quantity]) -> None:
    """A share or count with no noun of its own that opens the clause after "Of the N voters," is a part of that
    group: "Of the 1,400 respondents, 62% said they were worried" (62% of the respondents)."""
    for q in quantities:
        if q.entity is None and q.dimension in ("percent", "count") \
                and (m := _FRONTED_PARTITIVE.match(s)) is not None and m.end() == q.start:
            if m.group("det") == "those" and m.group("np") in _SAMPLED_PARTICIPLES:
                q.entity = f"those {m.group('np')}"  # "Of those polled, 40% ..."
            elif (words := m.group("np").split()) and (
                    words := words[:-1] if len(words) > 1 and (words[-1] in _AFTER_NOUN_ADJECTIVES or _ends_in_ed(
                        words[-1]) or words[-1] in _IRREGULAR_PARTICIPLES or words[-1] == "present") else words) \
                    and _is_plural(words[-1]) and not any(_is_verb(w) or w in _ENTITY_STOP for w in words):
                q.entity = " ".join(words)  # ("Of the 120 lawmakers present, 71 voted": the lawmakers; "present"
                # ends a group only here, elsewhere it is a noun as often: "a $13 billion Christmas present")


#: money an investor manages, after a noun phrase that opens the sentence and its aside's "with": "(Britain's largest
#: pension fund), with £70bn under management,"
_UNDER_MANAGEMENT_NEXT = re.compile(r"\s+(?:of\s+assets\s+|in\s+assets\s+)?under\s+management\b")
_OPENING_NP = r"^\W*(?:(?:The|the|A|An|Its|Their)\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,4}),\s+"
_OPENING_NP_WITH = re.compile(_OPENING_NP + r"(?:which\s+has\s+|with\s+)"
                              r"(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$")


def _assets_under_management(s: str, quantities: list[_Quantity]) -> None:
    """Money "under management" in an aside is the managing body's, named before the aside: "Britain's largest
    pension fund, with £70bn under management, sold ..." (the fund's, not what follows)."""
    for q in quantities:
        if q.dimension == "money" and _UNDER_MANAGEMENT_NEXT.match(s, q.end) \
                and (m := _OPENING_NP_WITH.search(s[: q.start])) is not None \
                and not any(_is_verb(w) or w.lower() in _ENTITY_STOP for w in m.group("np").split()):
            q.entity = m.group("np")


#: a document of a sample and its verb of finding, right before a share: "A survey of 900 nurses found (40%)"
_SAMPLE_FOUND_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SAMPLING_DOCUMENTS)) + r")\s+of\s+"
                                  r"(?:(?:about|some|more\s+than|nearly|over|almost)\s+)?(?:[\d,]+\s+)?"
                                  r"(?P<np>(?:[a-z][\w'’-]*\s+){0,2}"
                                  r"[a-z][\w'’-]*)\s+(?:found|finds|showed|shows|suggested|suggests)\s+(?:that\s+)?$")


def _shares_of_a_sample(s: str, quantities: list[_Quantity]) -> None:
    """A share right after what a survey of a group found, with no noun of its own, is of that group: "A survey of 900
    nurses found 40% plan to quit" (40% of the nurses, not of the survey)."""
    for q in quantities:
        if q.dimension == "percent" and (q.entity is None or s.find(q.entity, 0, q.start) >= 0) \
                and not s.startswith(" of ", q.end) \
                and (m := _SAMPLE_FOUND_BEFORE.search(s, max(0, q.start - 80), q.start)) is not None \
                and _is_plural(m.group("np").split()[-1]) \
                and not any(_is_verb(w) or w in _ENTITY_STOP for w in m.group("np").split()):
            q.entity = m.group("np")


#: "of" and a determiner between a share and its noun: "a third (of )births", "38% (of the )samples"
_OF_NOUN_AFTER = re.compile(r"\s+of\s+(?:(?:the|all)\s+)?")


#: "respectively" after the second of two figures (and its unit word): "rose 8% and 11% respectively"
_RESPECTIVELY_NEXT = re.compile(r"(?:\s+[a-z]+)?,?\s+respectively\b")


#: words that open no noun phrase: a sentence's coordinator ("But the Japanese economy") is cut; a phrase led by a
#: preposition ("between Microsoft and ...") is no entity at all
_ENTITY_OPENING_COORDINATORS = frozenset("but and yet or so".split())
_ENTITY_OPENING_PREPOSITIONS = frozenset("between from after about over under among against into onto within without "
                                         "before since until during through across toward towards upon via than"
                                         .split())
#: words that end no noun phrase: "two-time winner of the (Sydney-Hobart race)", read up to a name it did not take
_ENTITY_CLOSING_WORDS = frozenset("of the a an and or to for with".split())  # (not "in": "97 runs batted in")


def _entities_tidied(quantities: list[_Quantity]) -> None:
    """Last, every entity loses what no noun phrase opens or ends with, whichever rule read it: a sentence's
    coordinator before it, function words after it; a phrase that a preposition opens names nothing."""
    for q in quantities:
        if not q.entity:
            continue
        words = q.entity.split()
        if words[0].lower() in _ENTITY_OPENING_PREPOSITIONS:
            q.entity = None
            continue
        while len(words) > 1 and words[0][0].isupper() and words[0].lower() in _ENTITY_OPENING_COORDINATORS:
            words = words[1:]
            if len(words) > 1 and words[0] in ("the", "a", "an"):
                words = words[1:]  # (the article after it goes too, as every subject's does)
        while len(words) > 1 and words[-1] in _ENTITY_CLOSING_WORDS:
            words = words[:-1]
        q.entity = " ".join(words) if len(words) < len(q.entity.split()) else q.entity


def _pairs_respectively(s: str, quantities: list[_Quantity]) -> None:
    """Two figures joined by "and" and followed by "respectively" belong, in order, to the two nouns of their shared
    subject: "Revenue and operating profit rose 8% and 11% respectively" (8% of revenue, 11% of operating profit;
    the second shares the first's change)."""
    for a, b in zip(quantities, quantities[1:]):
        if s[a.end : b.start] != " and " or not _RESPECTIVELY_NEXT.match(s, b.end) or not a.entity \
                or a.entity != b.entity or a.entity.count(" and ") != 1:
            continue
        first, second = a.entity.split(" and ")
        if first and second and "," not in a.entity:
            a.entity, b.entity = first, second
            b.change = b.change or a.change


#: a phrase of place or source right after a subject: "Copper shipments (from Chile) fell", "Homes (near the heath)
#: sell", "Demand for allotments (in the borough) has risen"; the words of the place and the verb are read apart
_PLACE_AFTER_SUBJECT = re.compile(r"\s+(?P<prep>in|at|on|from|near|outside|inside|across|throughout|for|to)\s+"
                                  r"(?P<det>(?:the|its|their)\s+)?(?P<words>(?:[A-Za-z][\w.&'’-]*\s+){1,5})")


def _places_of_subjects(s: str, quantities: list[_Quantity]) -> None:
    """A subject keeps the phrase of place, source or purpose between it and its verb: "Asking prices in Hampshire
    rose 1.2%" is about "Asking prices in Hampshire" (it tells one figure from the same noun's elsewhere), "Waiting
    times for hip operations rose" about the times for them. Never a time ("Sales
    in the first quarter rose"), a figure or a second phrase; the noun phrase itself was read without it, so every
    rule that looks at its head still sees the head."""
    for q in quantities:
        if not q.entity or (k := _subject_at(s, q.entity, q.start)) < 0:
            continue
        if (pm := _TWO_PLACES_AFTER_SUBJECT.match(s, k + len(q.entity), q.start)
                or _PLACE_BEFORE_VERB.match(s, k + len(q.entity), q.start)) is not None \
                and len(q.entity.split()) + len(s[pm.start() : pm.end("place")].split()) <= 10 \
                and _verb_after_place(pm.group("verb")) and _is_place(pm) and not any(
                    _names_a_time(w) or w.lower() in _ENTITY_STOP or _is_verb(w) or w[0].isdigit()
                    for w in f'{pm.groupdict().get("mid") or ""} {pm.group("noun") or pm.group("name")}'.split()):
            q.entity = s[k : pm.end("place")]  # "Output at the company's plant in Kentucky fell", "Council tax on
            # a band D home in the city rose": a second phrase, of a named place or a place's noun, before the verb
            continue
        if len(q.entity.split()) > 5 or (m := _PLACE_AFTER_SUBJECT.match(s, k + len(q.entity), q.start)) is None:
            continue
        words = m.group("words").split()
        n = _first_verb(words)
        if n is None and m.end() == q.start and q.dimension == "ratio":
            n = len(words)  # "Ground rent on the lease doubles": the figure is the verb
        if n is None or len(q.entity.split()) + n + 1 + bool(m.group("det")) > 8 \
                or not m.group("det") and words[0].islower() and (n > 1 or m.group("prep") == "to") \
                and not words[0].endswith(("'s", "’s")) \
                and not (n == 2 and m.group("prep") != "to" and (_is_plural(words[1]) or words[0].endswith(
                    _ADJECTIVE_ENDINGS) and (_is_noun_like(words[1]) or words[1] in _GERUND_NOUNS))
                         and _is_noun_like(words[0])
                         and not _is_verb(words[0]) and not _is_adverb(words[0])):
            continue  # (without a determiner, one common noun or a name: "at stores", not "at stores open all year";
            # after "to" a name or a determiner: "Subscribers to the service", "Exports to China", not "to build"; a
            # possessive is a determiner: "Crowds at women's football matches"; so is a modifier before a plural:
            # "Attendance at league matches", and an adjective before a noun: "families in temporary housing")
        while n > 1 and words[n - 1].islower() and _is_adverb(words[n - 1]):
            n -= 1  # "Profits at the brewer greatly exceeded": an adverb before the verb, no part of the place
        if n > 2 and words[n - 2].lower() in ("more", "less") and words[n - 1] == "than":
            n -= 2  # "Profits at the engineering group more than doubled": the verb's qualifier, no part of the place
        if all(not (_names_a_time(w) and not (w == "quarter" and i and words[i - 1].lower() in _QUARTER_OF_A_TOWN))
               and (w.lower() not in _ENTITY_STOP or w == "old" and i < n - 1) and w.lower() not in _NP_CUT
               and w.lower() not in _TIME_PHRASE_MODIFIERS and w.lower() not in _NOT_SUBJECT
               and not (_is_verb(w) and "-" not in w)  # (a compound adjective: "near the tree-lined canal"; "old"
               for i, w in enumerate(words[:n])):  # before a noun: "in the old town")
            q.entity = (s[k : m.start("words")] + " ".join(words[:n])).removesuffix(".")  # (as _entity_before:
            # "in Widget Holdings Ltd")


#: a place after a subject, or after the subject's first phrase, right before the verb: "(Council tax on a band D
#: home) in the city rose", "(Output) at the firm's plant in Kentucky fell"
_PLACE_PHRASE = (r"(?P<place>(?:in|at|near|outside)\s+(?:the\s+(?P<noun>[a-z][a-z-]*)|"
                 r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})))")
_ADVERB_BEFORE_VERB = r"(?:(?:now|still|already|currently|typically|usually|often|generally)\s+)?"
_ASIDE_BEFORE_VERB = r"(?:,\s+[^,;\d]{2,60},)?"  # ("Home prices in Austin, once among the hottest, have fallen")
_PLACE_BEFORE_VERB = re.compile(r"\s+" + _PLACE_PHRASE + _ASIDE_BEFORE_VERB + r"\s+" + _ADVERB_BEFORE_VERB
                                + r"(?P<verb>[a-z]+)\b")
_TWO_PLACES_AFTER_SUBJECT = re.compile(r"\s+(?:at|on|from|near|outside|inside|for)\s+(?:(?:the|its|their|an?)\s+)?"
                                       r"(?P<mid>(?:[A-Za-z][\w.&'’-]*\s+){1,3}?)" + _PLACE_PHRASE
                                       + _ASIDE_BEFORE_VERB + r"\s+" + _ADVERB_BEFORE_VERB + r"(?P<verb>[a-z]+)\b")
#: nouns of a place, after "in the": "in the city", "in the valley"
_PLACE_NOUNS = frozenset("""city town township village parish valley region country county state area borough district
    province capital suburbs neighbourhood neighborhood countryside island islands coast north south east west
    north-east north-west south-east south-west midlands highlands mountains hills""".split())
#: prepositions of a phrase of place after an object: "pushed a thatched cottage in Hampshire to", "cut visibility
#: across the plateau to"
_PLACE_PREPOSITIONS = frozenset("in at on near across along throughout around".split())
#: more nouns of a place, after a counted noun and "in/on/at the" with at most one modifier: "212 buildings in the old
#: town", "one in six vehicles on the mountain road"
_MORE_PLACE_NOUNS = frozenset("""road roads street streets motorway highway estate bay harbour harbor port coastline
    river lake seafront waterfront riverside border peninsula delta basin desert forest park square airport campus
    manor tower block plateau estuary canal""".split())
#: what shows that a capitalised run goes on past where it was read: a lower-case noun it modifies, another capitalised
#: word, or a possessive ("in Olympic competition", "in King County Superior Court", "at PeopleSoft Inc. 's")
_NAME_GOES_ON = re.compile(r"\s+(?!(?:and|or|but|on|in|at|to|for|with|by|from|after|before|as|is|are|was|were|has|had|"
                           r"have|will|would|could|this|last|that|which|who|where|when|since|until|during|while|"
                           r"killed|said|says)\b)[A-Za-z]|\.?\s?['’]s\b|\.\s+[A-Z]")
_PLACE_AFTER_COUNTED = re.compile(r"\s+(?:in|on|at|across|along|throughout|near)\s+(?:(?P<name>[A-Z][\w'’-]*"
                                  r"(?:\s+[A-Z][\w'’-]*){0,2})"
                                  r"|the\s+(?:(?P<mod>[a-z][\w-]*)\s+)?(?P<noun>[a-z][\w-]*))(?![\w'’-])")


def _is_place(m: re.Match) -> bool:
    """Whether a match of a place after a noun (groups ``name`` and ``noun``) names a place: a name that is no
    time, or a place's noun after "the"."""
    return m.group("noun") in _PLACE_NOUNS or m.group("noun") in _MORE_PLACE_NOUNS if m.group("noun") else not any(
        _names_a_time(w) for w in m.group("name").split()) and not m.group("name").endswith(("'", "’", "'s", "’s"))
    # (a possessive name owns what follows: "in Los Angeles' win")


#: the first items of a list that opens the sentence, before the subject read as its last item: "(Wheat, maize
#: and) soya prices", "(Rents, council tax and) energy bills"
_LIST_BEFORE_SUBJECT = re.compile(r"^\W*(?P<list>(?:[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?,\s+){1,4}"
                                  r"(?P<and>(?:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?,?\s+)?and\s+)?)$")


def _lists_of_subjects(s: str, quantities: list[_Quantity]) -> None:
    """A subject that ends a list opening the sentence is the whole list: "Wheat, maize and soya prices rose 8%" is
    about all three (the reader stops at the comma before). Items of one or two words, none a verb, a time or a
    number."""
    for q in quantities:
        if not q.entity or (k := _subject_at(s, q.entity, q.start)) <= 0 \
                or (m := _LIST_BEFORE_SUBJECT.match(s, 0, k)) is None \
                or not (m.group("and") or " and " in q.entity):  # (the list's "and" read with the subject or
            continue  # before it: "Barley, (oats and rapeseed prices)", "(Barley, oats and) rapeseed prices")
        items = [w.strip(",") for w in m.group("list").split() if w != "and"]
        if len(items) + len(q.entity.split()) <= 10 and all(
                _is_noun_like(w) and not _is_verb(w) and not _names_a_time(w) and w.lower() not in _DETERMINERS_ONLY
                and w.lower() not in _CONNECTIVES for w in items):
            q.entity = s[m.start("list") : k] + q.entity


#: words that open a sentence before a comma and join it to the one before, never an item of a list: "However,"
_CONNECTIVES = frozenset("""however altogether meanwhile still yet instead overall also indeed moreover furthermore
    nevertheless nonetheless similarly likewise separately elsewhere again today yesterday now then thus hence besides
    otherwise therefore consequently additionally first second third finally later earlier so""".split())


#: a span that a task takes, "It" standing for the task written after it: "It took 11 years (to build the dam)"
_IT_TAKES_BEFORE = re.compile(r"(?:^|[,;]\s+|\b(?:and|but|that)\s+)[Ii]t\s+(?:(?:will|would|could|can|may|might|"
                              r"should|does|did|has|had)\s+)?(?:takes?|took|taken|taking)\s+"
                              r"(?:(?:about|around|roughly|nearly|almost|up\s+to|more\s+than|over|at\s+least|just|"
                              r"only|some)\s+)?$")
_TASK_AFTER_SPAN = re.compile(r"\s+to\s+(?P<task>[a-z]+(?:\s+(?!(?:to|and|but|because|when|if|as)\b)[\w'’-]+){0,5})"
                              r"(?=\s*[,.;:]|\s*$)")


def _tasks_that_take(s: str, quantities: list[_Quantity]) -> None:
    """A span after "It takes" is about the task written after it: "It took 11 years to build the dam" is about
    building the dam (the task's verb and its words up to the clause's end, six words at most)."""
    for q in quantities:
        if q.dimension != "duration" or q.entity is not None \
                or not _IT_TAKES_BEFORE.search(s, max(0, q.start - 60), q.start) \
                or (m := _TASK_AFTER_SPAN.match(s, q.end)) is None:
            continue
        words = m.group("task").split()
        if words[0] in _DETERMINERS_ONLY or any(w[0].isdigit() or w.lower() in _TIME_WORDS for w in words):
            continue  # (a verb after "to", not a place: "It takes ten minutes to the station")
        q.entity = m.group("task")


#: what a participle at the end of a noun phrase is done to, for or with, and the words after it: "(The amount
#: owed) to suppliers has", "(the number of children waiting) for heart surgery had", "(the cost of renting) a flat."
_PARTICIPLE_COMPLEMENT = re.compile(r"\s+(?P<prep>(?:to|for|on|from|with|in)\s+)?(?P<det>(?:the|a|an|its|their)\s+)?"
                                    r"(?P<words>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})(?P<end>\s*[,.;:]|\s*$)?")


def _complements_of_participles(s: str, quantities: list[_Quantity]) -> None:
    """A noun phrase that ends in a participle keeps what the participle is done to or for: "The amount owed to
    suppliers has tripled" is about "amount owed to suppliers", "the number of children waiting for heart surgery"
    about those children, and "the cost of renting a flat" about renting a flat (a gerund and its object). Only a
    preposition and up to three words before the clause's verb, or a gerund's object that ends the clause."""
    for q in quantities:
        if not q.entity or not 2 <= len(q.entity.split()) <= 5:
            continue
        *_, before, last = q.entity.split()
        if not (last.endswith("ing") and len(last) > 5 and (before == "of" or _is_plural(before))
                or last.endswith("ed") and len(last) > 3 and last not in _ED_NOT_VERBS
                or last in _IRREGULAR_PARTICIPLES):
            continue  # ("owed", "held"; a gerund after "of" or a participle after a plural: "the cost of renting",
            # "children waiting", not a noun in "-ing": "a seventh inning")
        k = _subject_at(s, q.entity, q.start)
        if k < 0 and 0 <= (k := s.find(" " + q.entity, q.end, q.end + 60)):
            k += 1  # the phrase after the figure: "adds £260 to the cost of renting a flat"
        if k < 0 or (m := _PARTICIPLE_COMPLEMENT.match(s, k + len(q.entity))) is None \
                or not (m.group("prep") or last.endswith("ing") and m.group("det")):
            continue  # (without a preposition, only a gerund's object: "renting a flat")
        words = m.group("words").split()
        n = next((j for j in range(1, len(words)) if _verb_after_place(words[j]) and not words[j].endswith("ing")),
                 None)  # (a participle is no clause's verb: "leading to global warming are")
        if n is None and not (m.group("end") is not None and len(words) <= 3):
            continue  # the words end at the clause's verb ("waiting for heart surgery had") or at its end
        words = words[:n]
        if any(_names_a_time(w) or w in _ENTITY_STOP or _is_verb(w) or _is_adverb(w) or nums.is_number_word(w)
               for w in words) or m.group("prep") is None and n is not None:
            continue
        q.entity = f"{q.entity} {m.group('prep') or ''}{m.group('det') or ''}{' '.join(words)}"


def _subject_at(s: str, entity: str, end: int) -> int:
    """Where ``entity`` last stands as whole words before ``end``, or -1."""
    k = s.rfind(entity, 0, end)
    return -1 if k < 0 or k and (s[k - 1].isalnum() or s[k - 1] in "-'’") else k


def _first_verb(words: list[str]) -> int | None:
    """The index of the first verb after the first word of a phrase after a subject ("in Hampshire (rose)"), or None."""
    return next((n for n in range(1, len(words)) if _verb_after_place(words[n])), None)


def _clause_start(s: str, end: int) -> int:
    """Where the clause that holds ``end`` starts: after the last clause mark before it, or 0."""
    marks = list(_CLAUSE_MARK.finditer(s, 0, end))
    return marks[-1].end() if marks else 0


def _names_a_time(w: str) -> bool:
    """Whether ``w``, in a phrase after a noun, names a time ("May", "March", "quarter", "yesterday") rather than a
    place."""
    return w in _TIME_NAMES or w == "May" or w.lower() in _TIME_HEADS or w.lower() in _TIME_WORDS


def _verb_after_place(w: str) -> bool:
    """Whether ``w``, after a subject's phrase of place, is its verb ("rose", "has", "sell")."""
    return w.islower() and (w in _SUBJECT_VERBS or w in _AUXILIARY_VERBS or w in _PLAIN_VERBS
                            or w in _VERBS_AFTER_PLURAL or w in _CHANGE_VERBS or w in _IRREGULAR_PAST
                            or w in _VERBS_AFTER_A_PLACE or _is_verb(w))


#: verbs that are nouns as often, which a phrase of place ends: "Flats near the canal let for", "Subscribers to the
#: platform number 48 million", "the mercury in the valley read minus 14C"
_VERBS_AFTER_A_PLACE = frozenset("let rent number read fetch".split())
#: modifiers that make "quarter" a part of a town, not a time: "Townhouses in the old quarter sell for"
_QUARTER_OF_A_TOWN = frozenset("old historic medieval ancient french latin jewish christian muslim armenian "
                               "diplomatic university student".split())


#: nouns that refer back to a figure named before them: "put the figure at 10,000", "the number was 12,000" (not
#: "total": "taking the total to 9,100" is about the total, as gold v2 annotates it)
_REFERRING_NOUNS = {"figure", "number", "estimate"}


def _figures_referred_back(quantities: list[_Quantity]) -> None:
    """A figure whose noun only refers back ("Some 3,000 protesters marched, police said, though organisers put the
    figure at 10,000") counts what the figure of the same kind before it counts (the protesters)."""
    for k, q in enumerate(quantities):
        if q.entity is not None and q.entity.lower() in _REFERRING_NOUNS and (before := [
                p for p in quantities[:k] if p.dimension == q.dimension and p.unit == q.unit and p.entity
                and p.entity.lower() not in _REFERRING_NOUNS]):
            q.entity = before[-1].entity


def _ranges_with_the_unit_twice(s: str, quantities: list[_Quantity]) -> list[_Quantity]:
    """Two figures in one unit written twice are one range: "earnings of 46 cents to 48 cents per share", "between
    45 cents and 50 cents" (not a change and a level: "rose from 40 cents to 45 cents", "fell 5 cents to 90 cents")."""
    out: list[_Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if prev is not None and prev.unit_surface and q.unit_surface == prev.unit_surface \
                and prev.dimension == q.dimension and prev.unit == q.unit and prev.qualifier == q.qualifier == "exact" \
                and prev.value is not None and q.value is not None and prev.value < q.value \
                and prev.change is None and q.change is None and prev.per is None and (
                    (between := s.endswith(("between ", "Between "), 0, prev.start))
                    and s[prev.end : q.start] == " and "
                    or not between and s[prev.end : q.start] == " to "
                    and not s.endswith(("from ", "From "), 0, prev.start)
                    and _change(s, prev.start, prev.end, prev.dimension) is None
                    and not _CHANGE_BEFORE.search(s, max(0, prev.start - 50), prev.start)):
            out[-1] = _Quantity(prev.start - len("between ") if between else prev.start, q.end, q.dimension, None,
                                prev.value, q.value, q.unit, q.unit_surface, "range", prev.entity or q.entity,
                                min(prev.confidence, q.confidence), per=q.per)
            continue
        out.append(q)
    return out


def _percent_shared_back(s: str, quantities: list[_Quantity]) -> None:
    """A bare number before "to" and a percentage, after "from", is a percentage too: "Unemployment fell from 5.2 to
    4.9 percent", "decreased from 40 to 21 per cent" (the sign is written once, on the second)."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if prev.dimension == "count" and prev.unit_surface is None and q.dimension == "percent" \
                and q.unit_surface is not None and s[prev.end : q.start] == " to " \
                and s.endswith("from ", 0, prev.start) and prev.value is not None and prev.value <= 100:
            prev.dimension, prev.unit, prev.unit_surface = "percent", q.unit, None
            prev.entity = prev.entity or q.entity


def _unit_shared_back(s: str, quantities: list[_Quantity]) -> None:
    """A bare number before "and" and a measure with its unit is in that unit too, and of the same thing: "runs at
    1.5 and 1.65GHz", "in 64 and 128GB versions" (the unit is written once, on the second)."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if prev.dimension == "count" and prev.unit_surface is None and prev.qualifier == "exact" \
                and prev.value is not None and q.value is not None and q.unit_surface is not None \
                and q.dimension in _SHARED_BACK_DIMENSIONS and s[prev.end : q.start] == " and ":
            factor = q.value / q.value_written if q.value_written else 1.0
            if factor != 1.0:
                prev.value_written = prev.value
                prev.value, prev.low, prev.high = (_scaled(x, factor) for x in (prev.value, prev.low, prev.high))
            prev.dimension, prev.unit = q.dimension, q.unit  # (no unit written on it: unit_surface stays None)
            prev.entity = q.entity = q.entity or prev.entity


def _of_noun_shared_back(s: str, quantities: list[_Quantity]) -> None:
    """A measure before "or" or "and" and a second in the same unit, whose "of" names what it measures, measures the
    same: "either 256GB or 512GB of storage", "$5m and $8m of funding" (the noun is written once, after the
    second)."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if prev.entity is None and q.entity and prev.dimension == q.dimension and prev.unit == q.unit \
                and prev.dimension != "count" and s[prev.end : q.start] in (" or ", " and ") \
                and (om := _OF_THE_NEXT.match(s, q.end)) is not None and s.startswith(q.entity, om.end()):
            prev.entity = q.entity


#: the dimensions whose unit a bare number before "and" shares (no offset, no sign of its own to lose)
_SHARED_BACK_DIMENSIONS = frozenset({"length", "area", "volume", "mass", "speed", "other"})


def _unit_shared_forward(s: str, quantities: list[_Quantity]) -> None:
    """A bare number after "from" a measure with its unit and "to" is in that unit too, and of the same thing: "cut
    the speed limit from 110 kilometres an hour to 80", "fell from 5 per cent to 4" (the unit is written once, on
    the first)."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if q.dimension == "count" and q.unit_surface is None and q.qualifier == "exact" and q.value is not None \
                and prev.value is not None and (prev.unit_surface is not None or prev.dimension == "money") \
                and prev.dimension in _SHARED_FORWARD_DIMENSIONS and s[prev.end : q.start] == " to " \
                and s.endswith("from ", 0, prev.start):
            factor = prev.value / prev.value_written if prev.value_written else 1.0
            q.value_written = q.value
            q.value, q.low, q.high = (_scaled(x, factor) for x in (q.value, q.low, q.high))
            q.dimension, q.unit, q.per = prev.dimension, prev.unit, prev.per
            q.entity = q.entity or prev.entity


#: the dimensions whose unit a bare number after "from" a measure "to" shares (a temperature's offset aside)
_SHARED_FORWARD_DIMENSIONS = _SHARED_BACK_DIMENSIONS | {"percent", "money", "duration"}


#: the words between a level and its change set after it: " in the quarter, down ", ", up ", ", a rise of "; or
#: between a level and a difference from a baseline after it (", 15% fewer than a year earlier")
_LEVEL_THEN_CHANGE = re.compile(r"(?:\s+[^,;:()]{1,50}?)?(?:,|\s+--|\s+—)\s+"  # (a dash too: "$4.2 billion -- up")
                                r"(?:up|down|(?:a|an)\s+(?:[a-z]+\s+)?(?P<noun>"
                                + "|".join(sorted(_CHANGE_NOUNS)) + r")\s+of)\s+")
_LEVEL_THEN_DIFFERENCE = re.compile(r"(?:\s+[^,.;:()]{1,40})?,\s+")
#: a level, a comma and an article right before a change in percent, and the change's noun after it: "(1.8 million
#: vehicles), a (30%) increase"
_LEVEL_THEN_ARTICLE = re.compile(r"(?:\s+[^,.;:()]{1,50}?)?,\s+(?:a|an)\s+")
_CHANGE_NOUN_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_CHANGE_NOUNS)) + r")\b(?!\s+(?:in|of)\b)")


def _changes_after_a_level(s: str, quantities: list[_Quantity]) -> None:
    """A change in percent set after a level is a change of what the level counts: "shipped 58 million smartphones
    in the quarter, down 8% from a year earlier", "sold 3.1 million consoles, 15% fewer than a year earlier" (the
    smartphones, the consoles), "a budget of $54bn, a rise of 8% on last year" (the budget, not the rise)."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if q.change is None or q.dimension != "percent" or not prev.entity or prev.change is not None \
                or prev.dimension not in ("count", "money"):
            continue
        if (lc := _LEVEL_THEN_CHANGE.fullmatch(s, prev.end, q.start)) is not None and (
                q.entity is None or lc.group("noun") and q.entity.lower() == lc.group("noun")):
            q.entity = prev.entity
        elif q.entity is None and _LEVEL_THEN_DIFFERENCE.fullmatch(s, prev.end, q.start) \
                and _VERSUS_BASELINE.match(s, q.end):
            q.entity = prev.entity
        elif _LEVEL_THEN_ARTICLE.fullmatch(s, prev.end, q.start) and _CHANGE_NOUN_NEXT.match(s, q.end) \
                and (q.entity is None or _subject_at(s, q.entity, prev.start) >= 0):
            q.entity = prev.entity  # "shipped 1.8 million vehicles, a 30% increase": the change restates the level's
            # (a noun of its own after the change stays: "a 4% rise in exports")


#: a reduced relative clause of forecast after a figure: "the £2.1bn analysts had expected"
_FORECAST_CLAUSE_AFTER = re.compile(r"\s+(?P<np>(?:[a-z]+\s+)??[a-z]+)\s+(?:had\s+|have\s+|has\s+)?"
                                    r"(?:expected|forecast|predicted|estimated|projected|anticipated|pencil+ed\s+in)\b")


def _limits_in_two_measures(s: str, quantities: list[_Quantity]) -> None:
    """A limit set in two measures joined by "or" is one thing's: "a warranty of eight years or 160,000 kilometres"
    (whichever comes first; the second measure is the first one's thing)."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if q.entity is None and prev.entity and prev.dimension != q.dimension and s[prev.end : q.start] == " or " \
                and prev.dimension in _LIMIT_DIMENSIONS and q.dimension in _LIMIT_DIMENSIONS:
            q.entity = prev.entity


_LIMIT_DIMENSIONS = frozenset({"duration", "length", "count"})


def _expected_figures(s: str, quantities: list[_Quantity]) -> None:
    """A figure others had expected is of what the figure it is set against measures: "profit rose to £2.3bn, ahead
    of the £2.1bn analysts had expected" (the profit)."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if q.entity is None and prev.entity and q.dimension == prev.dimension and q.unit == prev.unit \
                and _FORECAST_CLAUSE_AFTER.match(s, q.end) and s[max(0, q.start - 4) : q.start] == "the " \
                and "." not in s[prev.end : q.start]:
            q.entity = prev.entity


def _counts_set_against(s: str, quantities: list[_Quantity]) -> None:
    """A count set against the count before it counts the same noun: "by 268 votes to 150", "won 5 seats against
    3"."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if prev.dimension == q.dimension == "count" and prev.entity and prev.change is None \
                and (s[prev.end : q.start] in (f" {prev.entity} to ", f" {prev.entity} against ")
                     or prev.unit_surface and s[prev.end : q.start] in (" to ", " against ")) \
                and not _noun_run(s, q.end):
            q.entity = prev.entity  # (not the clause's subject: "The motion was carried by 301 votes to 47")
        if prev.dimension == q.dimension == "count" and prev.unit_surface is None and q.entity \
                and _PART_OF_NEXT.fullmatch(s, prev.end, q.start):
            prev.entity = q.entity  # "lost four of their last six away games": a part of the count after it


_PART_OF_NEXT = re.compile(r"\s+of\s+(?:the|its|their|his|her|our)\s+(?:(?:last|first|past|next|remaining)\s+)?")


def _measures_of_an_ordinal(s: str, quantities: list[_Quantity]) -> None:
    """A measure joined to its noun before a numbered thing measures that thing: "the daunting 480-yard 18th" (a
    golf hole), not the clause's subject."""
    for q in quantities:
        if q.dimension in units.PHYSICAL_DIMENSIONS and "-" in s[q.start : q.end] \
                and (om := _ORDINAL_NEXT.match(s, q.end)) is not None:
            q.entity = om.group(1)


_ORDINAL_NEXT = re.compile(r"\s+(\d{1,2}(?:st|nd|rd|th)(?:\s+hole)?)\b")


def _runs_off_balls(s: str, quantities: list[_Quantity]) -> None:
    """A batsman's score before the balls it took counts runs: "made 142 off 188 balls"."""
    for q in quantities:
        if q.dimension == "count" and q.unit_surface is None and _OFF_BALLS.match(s, q.end):
            q.entity = "runs"


_OFF_BALLS = re.compile(r"\s+(?:runs\s+)?off\s+(?:just\s+|only\s+)?\d{1,3}\s+(?:balls|deliveries)\b")


def _exchange_rates(quantities: list[_Quantity]) -> None:
    """A bare number per unit of one currency, of another currency, is that currency's price: "The yen weakened
    to 117.3 per dollar" is 117.3 yen (money, JPY) per dollar."""
    for q in quantities:
        if q.dimension == "count" and q.unit_surface is None and q.per and q.entity \
                and (per := units.CURRENCY_WORDS.get(q.per.lower())) is not None \
                and (own := units.CURRENCY_WORDS.get(q.entity.split()[-1].lower())) is not None and own != per:
            q.dimension, q.unit = "money", own


#: nouns of a temperature reading: "lows of minus 5"
_TEMPERATURE_NOUNS = frozenset("highs lows high low temperatures temperature".split())


def _temperatures_named(quantities: list[_Quantity]) -> None:
    """A bare number that a temperature noun names, in a sentence whose other temperature is in degrees Celsius,
    is in degrees Celsius too: "Highs of 15-20C ..., with lows of minus 5" (not when that one is in Fahrenheit:
    the written value would need converting, and such copy is rare)."""
    celsius = [q for q in quantities if q.dimension == "temperature" and q.unit_surface
               and "c" in q.unit_surface.lower() and "f" not in q.unit_surface.lower()]
    if not celsius:
        return
    for q in quantities:
        if q.dimension == "count" and q.unit_surface is None and q.entity \
                and q.entity.split()[-1].lower() in _TEMPERATURE_NOUNS:
            q.dimension, q.unit, q.value_written = "temperature", "degC", q.value


def _levels_from_a_change(s: str, quantities: list[_Quantity]) -> None:
    """The level a change starts from, with its unit written again after "to", is of what the verb changed, as the
    level after is: "cut the page's load time from 3.1 seconds to 0.9 seconds"."""
    for q in quantities:
        if q.entity is None and q.qualifier != "range" and s.endswith(("from ", "From "), 0, q.start) \
                and _TO_NEXT_FIGURE.match(s, q.end):
            q.entity = _object_of_change(s, q.start - 5)


def _from_to_changes(s: str, quantities: list[_Quantity]) -> list[_Quantity]:
    """A range "from X to Y" after a verb of change is two levels, the one before and the one after ("raised the
    cap from 26 to 49 per cent": 26 and 49 per cent, of the cap), as "fell from 4.8% to 4.7%" is."""
    out: list[_Quantity] = []
    for q in quantities:
        fm = _FROM_TO_SPAN.fullmatch(s, q.start, q.end) if q.qualifier == "range" and q.low is not None \
            and q.high is not None and s.startswith(("from ", "From "), q.start) else None
        if fm is None or not (_VERB_OF_CHANGE_BEFORE.search(s, max(0, q.start - 90), q.start)
                              or _GOES_BEFORE.search(s, max(0, q.start - 20), q.start)) \
                or not (nums.DIGITS_RE.fullmatch(fm.group("a")) and nums.DIGITS_RE.fullmatch(fm.group("b"))):
            out.append(q)
            continue
        first, second = nums.parse_digits(fm.group("a")), nums.parse_digits(fm.group("b"))  # (after any sign)
        scale = q.low / min(first, second) if min(first, second) else 0.0
        if not scale or abs(max(first, second) * scale - q.high) > 1e-6 * max(1.0, q.high):
            out.append(q)  # (the written numbers do not give the range's ends: leave it)
            continue
        entity = q.entity or entity_before(s, q.start, money=q.dimension == "money", changed=True) or (
            _object_of_change(s, q.start))
        plain = q.dimension in ("percent", "count", "money") and (q.unit_surface or "").lower() not in \
            units.CURRENCY_SUBUNITS
        for start, end, value, written in ((fm.start("sa") if fm.group("sa") else fm.start("a"),
                                            fm.end("pa") if fm.group("pa") else fm.end("a"), first,
                                            fm.group("sa") and fm.group("sa").strip()),
                                           (fm.start("sb") if fm.group("sb") else fm.start("b"), q.end, second,
                                            q.unit_surface)):
            level = _tidy(value * scale)  # (the unit is written after the second number only)
            out.append(_Quantity(start, end, q.dimension, level, level, level, q.unit, written, "exact",
                                 entity, q.confidence, per=q.per, value_written=level if plain else None))
    return out


def _object_of_change(s: str, start: int) -> str | None:
    """The object between a verb of change and the range it moved over: "raised the cap on foreign ownership
    yesterday in the sector from" -> "cap" (times dropped, cut at its first preposition)."""
    if (vm := _VERB_OF_CHANGE_BEFORE.search(s, max(0, start - 90), start)) is None:
        return None
    words = [w for w in s[vm.start() : start].split()[1:] if w.lower() not in _TIME_WORDS and w not in WEEKDAYS]
    phrase = _trim_phrase(words)
    return " ".join(phrase) if phrase and all(_WORD_CHARS.fullmatch(w) for w in phrase) else None


_WORD_CHARS = re.compile(r"[A-Za-z][A-Za-z'’-]*")


#: "to" and the next figure after a level "from" which a change starts: " to 1.8 seconds", " to $25"
_TO_NEXT_FIGURE = re.compile(r"\s+to\s+[$€£¥]?\s?\d")
#: a range written "from X to Y": the two numbers
_FROM_TO_SPAN = re.compile(r"[Ff]rom\s+(?P<sa>[$€£¥]\s?)?(?P<a>[\d.,]+)(?P<pa>%)?\s+to\s+"
                           r"(?P<sb>[$€£¥]\s?)?(?P<b>[\d.,]+)"
                           r"(?=\D|$).*", re.S)  # ("from $20 to $25": a sign on each)
#: a verb of change earlier in the clause ("raised the cap ... from"), no punctuation between
_VERB_OF_CHANGE_BEFORE = re.compile(r"\b(?:" + trie_pattern(_UP + _DOWN) + r")\b[^,;:.()]{0,80}$", re.I)
#: "go" right before "from X to Y": a move from one level to another ("the battery goes from 10% to 80%")
_GOES_BEFORE = re.compile(r"\b(?:go|goes|going|gone|went)\s+$", re.I)


def _earlier_and_later_values(s: str, quantities: list[_Quantity]) -> None:
    """A value the text gives as the one before or after another is of the same thing: "140 homes on its books,
    down from 210 a year ago", "a £9m fee ..., rising to £11m with add-ons"."""
    for k, q in enumerate(quantities):
        if q.entity is not None:
            continue
        j = k - 1
        while j >= 0 and q.start - quantities[j].end <= 80 and (
                quantities[j].dimension != q.dimension or quantities[j].unit != q.unit):
            j -= 1  # (past another figure between them: "a £9m fee for the 26-year-old defender, rising to £11m";
            # the look-back stops 80 characters before, so dense text costs no more than linear time)
        if j >= 0 and q.start - quantities[j].end <= 80 and quantities[j].entity \
                and _EARLIER_OR_LATER.search(s, quantities[j].end, q.start):
            q.entity = quantities[j].entity


#: the words between a value and one before or after it: ", down from ", ", rising to "
_EARLIER_OR_LATER = re.compile(r",\s+(?:(?:up|down)(?:\s+[\d.]+\s*(?:%|percent|per\s+cent))?\s+from"
                               r"|(?:rising|falling|increasing|climbing|growing)\s+to"
                               r"|(?:compared\s+(?:with|to)|against|versus))\s+"  # (", compared with 52% in 2019")
                               r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")


def _amounts_paired(s: str, quantities: list[_Quantity]) -> None:
    """Two amounts of one currency joined by "and" share what they are of and their rate: "a price of $20 and
    $24 per share"."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if prev.dimension == q.dimension == "money" and prev.unit == q.unit and s[prev.end : q.start] == " and ":
            q.entity = q.entity or prev.entity
            prev.per = prev.per or q.per


def _groups_after(s: str, quantities: list[_Quantity]) -> None:
    """A group of people after a share is part of what it is of: "cut the risk by 75% among over-80s", "40% for
    men and 45% for women" (a group the entity already names gives way to the one written after the share); so is
    one after a count's noun ("2.5 million flu jabs for over-65s")."""
    for q in quantities:
        if q.dimension == "percent" and q.entity and (gm := _GROUP_AFTER.match(s, q.end)) is not None and (
                n := _group_of_people(gm.group("g").split())):
            head = q.entity
            if (fm := _FOR_GROUP.search(head)) is not None and _group_of_people(head[fm.end() :].split()):
                head = head[: fm.start()]
            end = gm.start("g") + len(" ".join(gm.group("g").split()[:n]))
            if (am := _AGE_TAIL.match(s, end)) is not None:
                end = am.end()  # "among people over 65"
            q.entity = f"{head} {gm.group('p')} {' '.join(s[gm.start('g') : end].split())}"
        elif q.dimension == "percent" and q.entity and q.change and (at := s.find(f" in {q.entity} ", q.end,
                                                                               q.end + 30 + len(q.entity))) >= 0 \
                and (gm := _GROUP_AFTER.match(s, at + 4 + len(q.entity))) is not None \
                and (n := _group_of_people(gm.group("g").split())):
            q.entity = f"{q.entity} {gm.group('p')} {' '.join(gm.group('g').split()[:n])}"  # "a 17% rise in sleep
            # problems among teenagers": the group the change noun's subject is of
        elif q.dimension == "count" and q.entity and s.startswith(" " + q.entity, q.end) and (
                gm := _GROUP_AFTER.match(s, q.end + 1 + len(q.entity))) is not None and (
                n := _group_of_people(gm.group("g").split())):
            q.entity = f"{q.entity} {gm.group('p')} {' '.join(gm.group('g').split()[:n])}"  # "2.5 million flu jabs
            # for over-65s": a count of things for a group is of those for that group
        elif q.dimension == "percent" and q.entity and _group_of_people(words := q.entity.split()) == len(words) \
                and (at := s.find(q.entity, q.end, q.end + 12 + len(q.entity))) >= 0 \
                and (am := _AGE_TAIL.match(s, at + len(q.entity))) is not None:
            q.entity = " ".join(s[at : am.end()].split())  # "one in six adults over 70": a share of that group


def _taken_off(s: str, quantities: list[_Quantity]) -> None:
    """An amount taken off something is a fall of that thing, one added to it a rise: "shaved 0.3 seconds off the
    national record", "wiped $5 billion off the value of the company", "The extension added £45,000 to the value of
    the house", "The frame adds 45 kilograms to its weight", "add about £260 a month to the cost of renting"."""
    for q in quantities:
        if (om := _OFF_THE.match(s, q.end)) is not None and _OFF_VERB_BEFORE.search(s, max(0, q.start - 16), q.start) \
                and (noun := _noun_run(s, om.end())) and not any(w.lower() in _ENTITY_STOP for w in noun):
            q.entity, q.change = " ".join(_of_complement(s, om.end(), noun)), "down"
        elif q.dimension in ("money", "percent", "mass", "length", "area", "volume", "duration") \
                and (om := _TO_THE.match(s, rm.end() if (rm := _RATE.match(s, q.end)) else q.end)) is not None \
                and _ADD_VERB_BEFORE.search(s, max(0, q.start - 18), q.start) \
                and ((noun := _noun_run(s, om.end())) and not any(w.lower() in _ENTITY_STOP for w in noun)
                     or (noun := _lone_noun(s, om.end()))):
            q.entity, q.change = " ".join(_of_complement(s, om.end(), noun)), "up"


def _lone_noun(s: str, pos: int) -> list[str]:
    """The one lower-case word at ``pos`` before "of" that a noun run refused ("the cost of renting": "cost", which
    is also a verb)."""
    wm = _WORD_RE.match(s, pos)
    return [wm.group("w")] if wm is not None and wm.group("w").islower() and s.startswith(" of ", wm.end()) else []


def _of_complement(s: str, pos: int, words: list[str]) -> list[str]:
    """``words`` read from ``pos``, with the "of" phrase that follows them ("value of the company")."""
    end = _words_end(s, pos, words)
    if (om := _OF_COMPLEMENT.match(s, end)) is not None and (more := _noun_run(s, om.end())):
        return s[pos : _words_end(s, om.end(), more)].split()  # (as written: "value of the company")
    if s.startswith(" for ", end) and (more := _noun_run(s, end + 4)) and len(
            kept := _trim_phrase([*words, "for", *more])) > len(words):
        return s[pos : _words_end(s, end + 4, kept[len(words) + 1 :])].split()  # "provisions for bad loans": a
        # head whose "for" names what it is of (the same test as inside a subject)
    return words


_OFF_THE = re.compile(r"\s+off\s+(?:the|its|his|her|their)(?=\s)")
_TO_THE = re.compile(r"\s+to\s+(?:the|its|his|her|their)(?=\s)")
_ADD_VERB_BEFORE = re.compile(r"\b(?:added|adds|adding|add)\s+(?:(?:about|some|nearly|almost|around|roughly|"
                              r"an\s+extra|another)\s+)?$", re.I)  # ("add about £260 a month to the cost of")
_OFF_VERB_BEFORE = re.compile(r"\b(?:shaved|shaves|shaving|knocked|knocks|knocking|took|takes|taking|slashed|lopped|"
                              r"clipped|wiped|wipes|wiping|cut|cuts|cutting)\s+$", re.I)


def _restated_in_brackets(s: str, quantities: list[_Quantity]) -> None:
    """A figure restated in brackets in another unit keeps the first one's qualifier, a rate written after the
    bracket is both figures' rate, and both measure the same thing: "nearly 900 kilometres (560 miles)", "about 230
    euros ($290) a ton"."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if not (_OPEN_BRACKET.fullmatch(s, prev.end, q.start) and (close := _CLOSE_BRACKET.match(s, q.end))) \
                or prev.dimension != q.dimension:
            continue
        if q.qualifier == "exact" and prev.qualifier != "exact" and prev.value and q.value is not None:
            ratio = q.value / prev.value  # the same band around the restated value
            q.qualifier = prev.qualifier
            q.low, q.high = _scaled(prev.low, ratio), _scaled(prev.high, ratio)
        if prev.per is None and q.per is None and q.dimension in _RATE_DIMENSIONS \
                and (rate := _RATE.match(s, close.end())) is not None:
            prev.per = q.per = _rate_noun(rate)
        if q.entity is None or prev.entity is None:
            q.entity = prev.entity = q.entity or prev.entity  # "a US $5 million (Jamaican $308 million) plan": the
            # same thing, whichever of the two the noun was read for


def _without_restatements_in_a_lost_currency(s: str, quantities: list[_Quantity]) -> list[_Quantity]:
    """Without a bare scaled number in brackets right after an amount of money: the same amount in a currency whose
    sign the copy lost ("a $23 billion (12 billion) contract": pounds, most likely), no count of anything."""
    return [q for k, q in enumerate(quantities) if not (
        k and q.dimension == "count" and q.unit_surface is None and q.value is not None and q.value >= 1e6
        and quantities[k - 1].dimension == "money" and _OPEN_BRACKET.fullmatch(s, quantities[k - 1].end, q.start)
        and _CLOSE_BRACKET.match(s, q.end))]


def local_dollar(s: str, quantities: list[_Quantity], dollar: str) -> None:
    """A bare "$", "dollars" or "cents" is the outlet's ``dollar`` ("AUD" for an Australian one); one marked as
    American ("$49.40 US", "US 5 million dollars") stays USD, as "US$", "$US" and a named dollar do."""
    for q in quantities:
        if q.unit == "USD" and (q.unit_surface or "").lower() in _BARE_DOLLAR_SURFACES \
                and not _US_MARK_BEFORE.search(s, max(0, q.start - 6), q.start) and not _US_AFTER.match(s, q.end):
            q.unit = dollar


_BARE_DOLLAR_SURFACES = frozenset({"$", "dollar", "dollars", "cent", "cents", "$ dollar", "$ dollars"})
_US_MARK_BEFORE = re.compile(r"\bU\.?S\.?\s*$")


def _bounds_shared_by_or(s: str, quantities: list[_Quantity]) -> None:
    """A bound written once before two figures joined by "or" bounds both: "up to 500 euros or 600 dollars", "no
    more than 100 or 200 protesters", "more than 300 people, or 12 percent of staff" (the noun of the first between
    them); the first names what both count when it names nothing."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        between = s[prev.end : q.start]
        if prev.entity and between.startswith(" " + prev.entity):
            between = between[len(prev.entity) + 1 :]  # ("up to 1,000 pesos or $1,000": the first's noun)
        if prev.qualifier in _BOUNDS and q.qualifier == "exact" and prev.value and q.value is not None \
                and _OR_BETWEEN.fullmatch(between):
            ratio = q.value / prev.value
            q.qualifier = prev.qualifier
            q.low, q.high = _scaled(prev.low, ratio), _scaled(prev.high, ratio)
            if prev.entity is None and prev.dimension == q.dimension:
                prev.entity = q.entity


_OR_BETWEEN = re.compile(r",?\s+or\s+")


def _gaps_from_an_asking_price(s: str, quantities: list[_Quantity]) -> None:
    """An amount set against an asking or guide price names no thing: "sold for £1.6m, £200,000 over its asking
    price" (the gap, not the price of what was sold)."""
    for q in quantities:
        if q.dimension == "money" and _OVER_A_BASELINE_NEXT.match(s, q.end):
            q.entity = None


def _noun_of_a_larger_guess(s: str, quantities: list[_Quantity]) -> None:
    """A count with no noun that raises the one before it counts the same thing: "thousands of views, sometimes
    hundreds of thousands", "dozens of arrests, perhaps hundreds"."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if q.entity is not None or not prev.entity or not q.dimension == prev.dimension == "count":
            continue
        noun = next((" " + w + prev.entity for w in ("", "of ") if s.startswith(" " + w + prev.entity, prev.end)), "")
        if noun and _RAISED_GUESS_BETWEEN.fullmatch(s, prev.end + len(noun), q.start):
            q.entity = prev.entity


#: between a count's noun and a larger guess at it
_RAISED_GUESS_BETWEEN = re.compile(r",?\s+(?:sometimes|often|perhaps|possibly|maybe|or\s+even|even|if\s+not|or\s+"
                                   r"perhaps|and\s+sometimes|and\s+possibly)\s+")
_OPEN_BRACKET = re.compile(r"\s*\(\s*(?:[A-Z][a-z]+\s+)?")  # ("(Jamaican $308 million)": a currency's country)
_CLOSE_BRACKET = re.compile(r"\s*\)")
#: the dimensions a rate word after a figure makes a rate of (a length "an hour" is a speed, read with its unit)
_RATE_DIMENSIONS = frozenset({"money", "count", "mass", "volume"})


def _ages_named(quantities: list[_Quantity]) -> None:
    """A bare whole number whose noun is an age is an age in years: "raising the retirement age to 72", "a
    voting age of 16"; so is a span in years of one's age ("at 40 years of age") or of a life expected ("Life
    expectancy has fallen to 45 years")."""
    for q in quantities:
        if q.dimension == "duration" and q.entity is not None and (q.entity == "age" or _LIFE_EXPECTANCY.search(
                q.entity)) and (q.unit_surface or "").lower() in ("years", "year") and q.value_written is not None:
            factor = q.value_written / q.value if q.value else 0.0
            q.dimension, q.unit, q.value = "age", "year", q.value_written
            q.low, q.high = _scaled(q.low, factor), _scaled(q.high, factor)
        if q.dimension == "count" and q.unit_surface is None and q.value is not None and q.value.is_integer() \
                and 5 <= q.value <= 120 and q.entity and _AGE_NOUN.search(q.entity):
            q.dimension, q.unit = "age", "year"


_AGE_NOUN = re.compile(r"(?:^|\s)age$", re.I)
_LIFE_EXPECTANCY = re.compile(r"(?:^|\s)life\s+expectancy$", re.I)



def _signs_lost(s: str, quantities: list[_Quantity]) -> None:
    """A bare number that only a share can be, whose "%" the copy lost: "drove a 17 hike in net income" (a change
    noun right after the number), "Around 40 of the UK will" (a part of a singular whole). Read as percent, with a
    lower confidence."""
    for k, q in enumerate(quantities):
        if q.dimension != "count" or q.unit_surface is not None or q.value is None or not s[q.end - 1].isdigit() \
                or q.value > 1000 or "," in s[q.start : q.end]:
            continue
        if k and (prev := quantities[k - 1]).dimension == "money" and prev.change is not None and q.value <= 100 \
                and s[prev.end : q.start] in (", or ", " or ") and s[q.end : q.end + 1] in (",", ")", ";"):
            q.dimension = q.unit = "percent"  # "US Steel rose $3.30, or 7, to $51.25": the same change as a share
            q.change, q.entity, q.confidence = prev.change, prev.entity, 0.6
        elif (cm := _CHANGE_NOUN_AFTER.match(s, q.end)) is not None and q.entity == cm.group(0).strip().lower():
            *modifier, noun = cm.group(0).strip().lower().split()
            q.dimension = q.unit = "percent"
            q.confidence = 0.6
            q.change = "up" if noun in _NOUN_UP or noun in ("growth", "climb") else "down"
            entity = entity_after(s, q.end, share=True) or entity_before(s, q.start, changed=True)
            q.entity = modifier[0] if modifier else None if entity == noun else entity  # (the change noun is no
            # thing that changes; its modifier is: "a whopping 24 pay cut": pay)
        elif q.value <= 100 and q.entity and q.entity.split()[-1].lower() in _SHARE_NOUNS \
                and s[q.end : q.end + 1] == " ":
            q.dimension = q.unit = "percent"  # "offered at a 60 price discount", "a 51 stake": only a share fits
            q.confidence = 0.6
        elif q.value <= 100 and q.entity and _RATE_IN_PERCENT.search(q.entity) and _LEVEL_AT_BEFORE.search(
                s, max(0, q.start - 30), q.start):
            q.dimension = q.unit = "percent"  # "the unemployment rate held steady at 5.4": a rate in percent
            q.confidence = 0.6
        elif q.value <= 100 and q.entity and not _is_plural(head := q.entity.split()[-1].lower()) \
                and head not in _COLLECTIVE_NOUNS and _OF_A_WHOLE.match(s, q.end) is not None:
            q.dimension = q.unit = "percent"  # ("12 of the crew" counts people: a collective is no whole here)
            q.confidence = 0.6
        elif q.change is not None and q.value <= 100 and _TO_AN_AMOUNT_AFTER.match(s, q.end):
            q.dimension = q.unit = "percent"  # "net profit jumped 59 to A$93.3 million": a change of an amount by a
            q.confidence = 0.6  # bare number is its share (a change in money would carry the currency)
        elif q.value <= 100 and (q.entity is None or q.entity.split(" of ")[0].split()[-1].lower() in (
                "shares", "stock", "stocks", "sales", "prices")) and _PAUSE_AFTER.match(s, q.end) and (
                q.change is not None or (move := _PRESENT_MOVE_BEFORE.search(s, max(0, q.start - 12), q.start))) \
                and _SHARES_OR_SALES_BEFORE.search(s, max(0, q.start - 90), q.start):
            q.dimension = q.unit = "percent"  # "Shares in ABB plummet 13 after", "vehicle sales that fell 5 from a
            q.confidence = 0.6  # year ago", "Wholesale prices shot up 1.7 last month": a move of shares, sales or
            # prices by a bare number is a share of them
            q.change = q.change or ("up" if move.group(1) in _PRESENT_UP else "down")
        elif not q.value.is_integer() and q.value < 10 and _BY_BEFORE.search(s, max(0, q.start - 24), q.start) \
                and _PAUSE_AFTER.match(s, q.end):
            q.dimension = "percent"  # "lifted sales by a strong 1.5, the best": a change by a fraction of a thing
            q.unit = "pp" if q.entity and _RATE_IN_PERCENT.search(q.entity) else "percent"  # is a share of it (of
            q.confidence = 0.6  # a rate, points of it: "raised the repo rate by 0.25"; an index moves by more)
        elif q.change is not None and not q.value.is_integer() and q.value < 20 and q.entity \
                and q.entity.split()[-1].lower() in _AGGREGATE_NOUNS and _PAUSE_AFTER.match(s, q.end):
            q.dimension = q.unit = "percent"  # "Consumer spending rose 0.8 last month": a move of an economy's total
            q.confidence = 0.6  # by a fraction is a share of it


#: an economy's totals, which move in percent: "Consumer spending rose 0.8 last month"
_AGGREGATE_NOUNS = frozenset({"spending", "output", "production", "income", "incomes", "exports", "imports", "orders",
                              "inflation", "GDP", "gdp", "investment", "consumption", "productivity", "earnings",
                              "wages", "revenue", "revenues", "profit", "profits", "borrowing", "lending"})
#: shares, stock or sales named before a bare move, in the same clause: "Shares in ABB plummet 13 after"
_SHARES_OR_SALES_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]tocks?|[Ss]ales|[Pp]rices)\b"
                                     r"(?:[^.;]|\.(?!\s+[A-Z])){0,70}$")  # (and the dot of "Inc." inside the clause)
#: a verb of change in the present right before a number ("plummet 13", "soar 20")
_PRESENT_MOVE_BEFORE = re.compile(r"\b(plummets?|plunges?|soars?|surges?|jumps?|slumps?|tumbles?|sinks?|rises?|falls?|"
                                  r"climbs?|drops?|gains?|slips?)\s+$")
_PRESENT_UP = {"soar", "soars", "surge", "surges", "jump", "jumps", "rise", "rises", "climb", "climbs", "gain", "gains"}
_TO_AN_AMOUNT_AFTER = re.compile(r"\s+to\s+(?:[A-Z]{1,3}\s?)?[$€£¥]")
#: "by" before a change's amount, and a pause after it: "sales rose by a strong 1.5, the best"
_BY_BEFORE = re.compile(r"\bby\s+(?:an?\s+(?:[a-z]+\s+)?)?$")
_PAUSE_AFTER = re.compile(r"\s*[,.;]|\s+(?:in|from|to|since|on|last|this|after|over|during|between|yesterday|today|"
                          + "|".join(WEEKDAYS) + r")\b")  # ("rose more than 7 Tuesday morning")
#: nouns a bare number before them can only be a share of: "a 60 price discount", "a 51 stake"
_SHARE_NOUNS = frozenset({"discount", "stake", "markup", "mark-up", "premium", "rebate", "shareholding"})
#: rates stated in percent, and a level they stand at: "the unemployment rate held steady at 5.4"
_RATE_IN_PERCENT = re.compile(r"\b(?:unemployment|jobless|inflation|interest|mortgage|savings|growth|tax|vacancy|"
                              r"poverty|participation|approval|turnout|repo|base|lending|discount|policy|benchmark|"
                              r"key|prime|overnight|funds|bank|cash)\s+rates?$|\b(?:growth|inflation|unemployment)$",
                              re.I)  # ("annual growth of just 0.2": growth is a rate itself)
_LEVEL_AT_BEFORE = re.compile(r"\b(?:at|to|from|of)\s+(?:(?:just|only|about|around|nearly)\s+)?$")
#: a part of a whole right after a bare number: "40 of the UK", "30 of the vote"
_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|his|her|all)\s+[\w.'’-]+(?:\s+[a-z]+)?"
                         r"(?=\s*[,.;:)]|\s+(?:will|is|are|was|were|has|have|had|would|could|may|might|can|in|on|at|"
                         r"by|for|from|to)\b)")
_COLLECTIVE_NOUNS = frozenset("""crew staff team squad force family group class board committee panel party cabinet
    council jury army police workforce gang band""".split())


#: the parts of one span written unit by unit, largest first: "2 hours 9 minutes 28 seconds"
_SPAN_PART_RANK = {"week": 5, "day": 4, "hour": 3, "hr": 3, "minute": 2, "min": 2, "second": 1, "sec": 1}
_SPAN_PART_GAP = re.compile(r",\s+|\s+(?:and\s+)?")
_SPAN_PART_POINTS = re.compile(r"\s+(?:later|earlier|ago|before|after|from|since)\b")  # ("20 minutes later")


def _span_rank(q: _Quantity) -> int | None:
    """The rank of a duration written in one unit with an exact value ("9 minutes": 2), or None."""
    if q.dimension != "duration" or q.value is None or q.value != q.low or q.value != q.high or not q.unit_surface:
        return None
    return _SPAN_PART_RANK.get(q.unit_surface.lower().removesuffix("s"))


def _joined_span_parts(s: str, quantities: list[_Quantity]) -> list[_Quantity]:
    """One duration from its parts: "won in 2 hours 9 minutes 28 seconds" is one time of 7,768 seconds (in days,
    as a race time "2:09:28" is), never three claims."""
    out: list[_Quantity] = []
    last_rank: int | None = None  # the rank of the last part of ``out[-1]``
    for q in quantities:
        rank = _span_rank(q)
        prev = out[-1] if out else None
        if prev is not None and rank is not None and last_rank is not None and rank < last_rank \
                and q.qualifier == "exact" and q.value is not None and prev.value is not None \
                and _SPAN_PART_GAP.fullmatch(s, prev.end, q.start) and not _SPAN_PART_POINTS.match(s, q.end):
            days = _tidy(prev.value + q.value)
            ratio = days / prev.value if prev.value else 1.0
            out[-1] = _Quantity(prev.start, q.end, "duration", days,
                                _scaled(prev.low, ratio), _scaled(prev.high, ratio), "day", None,
                                prev.qualifier, prev.entity or q.entity, min(prev.confidence, q.confidence),
                                value_written=_tidy(days * 86400))  # (in seconds, as a race time has it)
            last_rank = rank
            continue
        out.append(q)
        last_rank = _SPAN_PART_RANK.get(q.unit_surface.lower().removesuffix("s")) if (
            q.dimension == "duration" and q.value is not None and q.unit_surface) else None  # (the first part may
        # be qualified: "about 2 hours, 21 minutes")
    return out


#: an interest rate or its move, whose points in the tens are basis points ("a 25 points rate hike")
_INTEREST_RATE_MOVE = re.compile(r"\brates?(?:\s+(?:hike|hikes|cut|cuts|rise|rises|increase|increases|move))?$", re.I)


def _points_tallies_and_shares(s: str, quantities: list[_Quantity]) -> None:
    """What points are, once every subject is known: an index's level or move stays in points, a tally counts its
    noun, and the points of a rate or a share are percentage points."""
    for q in quantities:
        if q.unit in _TALLY_COUNTED and q.unit_surface and q.unit_surface.isalpha() and q.unit_surface.endswith("s") \
                and q.entity and (q.entity.lower().rsplit(None, 1)[-1] in _TALLY_OCCASIONS or q.unit != "point" and (
                    q.entity[0].isupper() or q.entity.lower() in _TALLY_MEASURES) or q.entity.lower() in
                    _TALLY_MEASURES and not _POLL_WORDS.search(s)):  # (not a compound: "a 20-point night"; an
            # index's points keep its name, "the Dow fell 58.9 points"; a margin in points may be a poll's, read
            # below, but "extended their lead to six points" where no poll, share, rate or index is named is a
            # league's)
            q.entity = q.unit_surface.lower()  # "the first 24 points of the game": points, counted in a game; "the
            # four goals Real Madrid put past Roma", "passed by a margin of 41 votes": what the tally counts
        if q.dimension == "count" and q.unit_surface is None and q.entity and q.value is not None \
                and (q.value >= 100 and _INDEX_NAME.search(q.entity) or q.change and _MARKET_INDEX.search(q.entity)):
            q.dimension, q.unit = "other", "point"  # "the Dow dipped below 10,000": an index's level is in points;
            # so is a bare move of a named index ("The FTSE 100 index was up 21.4, or 0.4 percent")
        if q.unit in _TALLY_COUNTED and q.entity is not None and (q.entity.lower().removesuffix("s") == q.unit
                                                                 or q.entity == "runs batted in"):
            q.dimension, q.unit = "count", "count"  # "went five points clear", "won 120,000 votes": a tally counts
            # its noun (an index's points stay points: "the Dow fell 58.9 points")
        elif q.unit == "point" and q.entity and _SHARE_SUBJECT.search(q.entity):
            q.dimension, q.unit = "percent", "pp"  # "raised rates a quarter point": percentage points of a rate
            q.change = q.change or _change(s, q.start, q.end, "percent")  # (and the move of the verb before it)
            if q.value is not None and 10 <= q.value <= 200 and _INTEREST_RATE_MOVE.search(q.entity):
                q.value, q.low, q.high = (_scaled(x, 0.01) for x in (q.value, q.low, q.high))  # "the 25 points
                # rate hike": no central bank moves 25 percentage points; a move of a rate in tens of points is in
                # basis points
    for q, level in zip(quantities, quantities[1:], strict=False):
        if q.unit_surface and q.unit_surface.lower() in ("points", "point") and level.unit == "percent" \
                and _TO_LEVEL.fullmatch(s, q.end, level.start) \
                and (change := _change(s, q.start, q.end, "percent")) is not None:
            q.dimension, q.unit, q.change = "percent", "pp", change  # "vote share fell by nine points to 31%":
            q.entity = level.entity = level.entity or entity_before(s, q.start, changed=True)  # points of that share


def _levels_in_points(s: str, quantities: list[_Quantity]) -> None:
    """A move restated as a share moves the same way ("fell 58.9 points, or 0.6 percent"); points after a share
    are percentage points ("61 percent, up 3 points")."""
    for k in range(1, len(quantities)):
        prev, q = quantities[k - 1], quantities[k]
        if q.dimension == "percent" and q.change is None and prev.change and _OR_RESTATED.fullmatch(
                s, prev.end, q.start) and not _OF_WORD.match(s, q.end):
            q.change = prev.change  # (but "lost 7kg, or about 8% of body weight": a share of a whole)
        if q.dimension == "percent" and prev.change and prev.entity and q.entity != prev.entity \
                and _OR_RESTATED.fullmatch(s, prev.end, q.start) and not _OF_WORD.match(s, q.end):
            q.entity = prev.entity  # "In morning trading, the DAX index gained 31.2, or 0.8 percent": what moved
        if q.unit == "point" and prev.unit == "percent" and (ud := _UP_DOWN_AFTER.fullmatch(s, prev.end, q.start)):
            q.dimension, q.unit = "percent", "pp"  # "61 percent, up 3 points": percentage points of that share
            q.change = q.change or ud.group("w")
            if prev.entity and q.entity in (None, "points", "point"):
                q.entity = prev.entity  # ("has sunk to 33%, down five points": the points of what sank)


def _levels_after_point_moves(s: str, quantities: list[_Quantity]) -> None:
    """A bare level right after a move in points is in points too, and of what moved ("rose 12.3 points to
    4,812.1", "fell 58.9 points, or 0.6 percent, to 10,011.7", "was up 21.4, or 0.4 percent, at 5,310.2"); read
    once every index's bare move is in points."""
    for k in range(1, len(quantities)):
        prev, q = quantities[k - 1], quantities[k]
        move = quantities[k - 2] if k > 1 and prev.dimension == "percent" and _OR_RESTATED.fullmatch(
            s, quantities[k - 2].end, prev.start) else prev
        if move.unit == "point" and move.change and q.dimension == "count" and q.unit_surface is None \
                and q.qualifier == "exact" and _TO_LEVEL.fullmatch(s, prev.end, q.start):
            q.dimension, q.unit = "other", "point"
            q.entity = move.entity or q.entity  # (the level of what moved)
        elif move is not prev and move.dimension == q.dimension == "money" and move.change and q.change is None \
                and q.entity is None and _TO_LEVEL.fullmatch(s, prev.end, q.start):
            q.entity = move.entity  # "closed down 37 cents, or just under 1 percent, at $40.36": the level of what
            # moved
        elif prev.unit == "point" and prev.change is None and q.dimension == "count" and q.change \
                and q.unit_surface is None and _MOVE_AFTER_LEVEL.fullmatch(s, prev.end, q.start):
            q.dimension, q.unit = "other", "point"  # "The Nikkei opens at 11,020.5, higher by 64.3": the index's move
            q.entity = q.entity or prev.entity


_MOVE_AFTER_LEVEL = re.compile(r",\s+(?:up|down|higher|lower)(?:\s+by)?\s+")


#: occasions a tally is counted in, never what it counts: "24 points of the game"
_TALLY_OCCASIONS = frozenset({"game", "match", "season", "half", "quarter", "period", "series", "tournament", "night",
                              "contest", "innings", "round", "campaign", "year", "vote", "ballot", "election",
                              "referendum", "motion"})  # ("survived the confidence vote by 311 votes to 288")
#: what a price may be paid in, after "for $N in": no thing the amount is of
_PAYMENT_MEANS = frozenset({"stock", "cash", "shares", "cash and stock", "stock and cash", "equity", "debt", "notes",
                            "bonds", "cash and shares"})
_TO_LEVEL = re.compile(r",?\s+(?:to\s+(?:end|close|finish|settle|stand)\s+at|at|to)\s+")  # ("to end at")
_OR_RESTATED = re.compile(r",\s+or\s+")
#: a measure's adjective after it, and the noun phrase right before it: "a bloom 30 miles wide"
_MEASURE_ADJECTIVE_AFTER = re.compile(r"\s+(?:wide|long|high|tall|deep|thick|across)\b")
_NP_RIGHT_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+|^)"
                              r"(?P<np>(?:[\w-]+\s+){0,3}[A-Za-z][a-z-]*)\s+$")
# (a mass noun with no article opens the sentence: "Snow up to 30cm deep cut off villages")


def _plain_noun_phrase(words: list[str]) -> bool:
    """Whether ``words`` are a noun phrase with no verb and no stop word but an inner "of" ("layer of ice")."""
    return _is_noun_like(words[-1]) and not any(
        _is_verb(w) or w.lower() in _ENTITY_STOP and (w.lower() != "of" or k in (0, len(words) - 1))
        for k, w in enumerate(words))


#: a stock index, whose levels are points ("the Nikkei average closed at 11,204.8"); "average" only as the head
#: noun ("the blue-chip average", not "average attendance")
_INDEX_NAME = re.compile(r"\b(?:index|indices|indexes|average$|industrials|composite|Dow|Nasdaq|S&P|FTSE|Nikkei|DAX|"
                         r"CAC|Hang\s+Seng|Kospi|Sensex|TSX|Stoxx)\b", re.I)
#: a market index by its name or its noun (not "average", which may be any mean)
_MARKET_INDEX = re.compile(r"\b(?:index|indexes|industrials|composite|Dow|Nasdaq|S&P|FTSE|Nikkei|DAX|CAC|Hang\s+Seng|"
                           r"Kospi|Sensex|TSX|Stoxx)\b")
#: what is a share or a rate, so that its points are percentage points
_SHARE_SUBJECT = re.compile(r"\b(?:rates?|yields?|inflation|unemployment|jobless|turnout|approval|support|share|"
                            r"margins?)\b", re.I)
_UP_DOWN_AFTER = re.compile(r"(?:\s+\w+){0,3}?,?\s+(?P<w>up|down)\s+(?:by\s+)?")


#: a frequency: "once a month", "twice a year", "once every two weeks" (the period's count is read apart)
_FREQUENCY = re.compile(r"\b(?P<w>" + "|".join(nums.FREQUENCY_WORDS) + r")\s+(?:a|an|per|every)\s+"
                        r"(?P<per>day|week|fortnight|month|quarter|year|decade|season|hour|minute)\b", re.I)


def _read_frequency(s: str, m: re.Match[str]) -> _Quantity | None:
    """How often, as a count per period ("twice a year": 2 per year), with its qualifier ("about once a month")."""
    value = float(nums.FREQUENCY_WORDS[m.group("w").lower()])
    start, qualifier, low, high = _qualified(s, m.start(), value)
    return _Quantity(start, m.end(), "count", value, low, high, "count", None, qualifier, None, 0.8,
                     value_written=value, per=m.group("per").lower())


#: a list of figures of one kind: "3.9 percent in May and 3.6 percent a year ago"
#: between a figure and a change noun's share of the same thing: "... in October after a", "..., a"
_EARLIER_CHANGE = re.compile(r"(?:[^;.()]{0,40}?\b(?:after|following|compared\s+with|versus|from)\s+(?:an?|its|their)"
                             r"|,\s+an?)\s+$")
#: levels named as marks: "topped the 10,000 mark" (what reached it is the entity)
_MARK_NOUNS = frozenset({"mark", "level", "barrier", "threshold", "milestone"})
#: a change or blow and what it falls on: "a $90m hit to earnings", "a $30 billion boost to the economy"
_IMPACT_ON = re.compile(r"\s+(?:(?:one-time|one-off|negative|positive|potential|possible|annual)\s+)?"
                        r"(?:(?:hit|blow|boost)\s+(?:to|on)|drag\s+on|(?:" + "|".join(sorted(_CHANGE_NOUNS))
                        + r")\s+in)"
                        r"(?:\s+(?:the|its|their))?(?=\s)")  # (not "an increase on the previous year": a baseline)
#: heads of time phrases, never what a change is in: "a 3% rise in the first quarter" (the periods of the units
#: table, and parts of a year)
_TIME_HEADS = {*_PERIOD_UNITS, "day", "quarter", "quarters", "half", "period", "session", "may", "trading", "spring",
               "summer", "autumn", "fall", "winter"}


def _is_time_phrase(words: list[str]) -> bool:
    """A phrase of time, never what a change is in or to: "first quarter", "fiscal 2004", "May"."""
    return bool(words) and (words[-1] in _TIME_NAMES or words[-1].lower() in _TIME_HEADS or not words[-1][0].isalpha())

_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:(?:" + "|".join(_CHANGE_MODIFIERS) + r")\s+)?(?:"
                                + "|".join(sorted(_CHANGE_NOUNS)) + r")\b")  # ("a whopping 24 pay cut")
_AND_CLAUSE = re.compile(r"(?:\s+(?:in|on|at|for)\s+[^,;.()]{1,30}?)?,?\s+and\s+"
                         r"(?:an?\s+(?:additional|further|extra)\s+|another\s+)?$")  # ("and an additional 5%")
#: what lies between a figure and one that restates it: "rose 19 cents to $58.24", "230 euros ($290)", "to $24
#: from $30"
_CHANGE_CLAUSE = re.compile(r"(?:\s+(?:a|an|per)\s+(?:barrel|share|ounce|gallon|tonne|ton|pound|unit))?"  # "$49.64
                            # a barrel, up 76 cents"
                            r"(?:\s+(?:[a-z]+ly|worldwide|overall|nationwide|abroad))?"  # "rose 4.1 percent worldwide
                            r"(?:\s+(?:of|in|on|at|for|between|during|over)\s+[^,;.()]{1,60}?)?"  # in the first
                            # quarter to $6.2 billion", "39% of the grid, down from 45%", "between June and August to"
                            r"(?:\s*,\s*(?:or\s+|and\s+)?(?:up|down|a\s+(?:rise|fall|gain|drop)\s+of)?\s*$"
                            r"|[\s,]+to\s+$|\s+from\s+$"  # "to $24 from $30": the level it left
                            r"|\s*,?\s+(?:up|down)\s+from\s+(?:an?\s+)?(?:(?:upwardly|downwardly)\s+)?(?:revised\s+)?$"
                            r"|\s+(?:compared\s+with|against|versus)\s+$"
                            r"|\s*[(\[]\s*(?:about|around|roughly|some|or|nearly|almost)?\s*$)", re.I)


def _share_subjects(s: str, quantities: list[_Quantity]) -> None:
    """A figure that only restates the one before it names no subject of its own: "rose to $28,400, up 3%",
    "fell 58.9 points, or 0.6 percent", "230 euros ($290) per ton": it is about the same thing. Two modifiers of
    one noun share it: "a two-year, $5 million contract"."""
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if prev.entity is None and q.entity is not None and s[prev.end : q.start] == ", " \
                and ("-" in s[prev.start : prev.end] or "-" in s[q.start : q.end]) and "age" not in (
                    prev.dimension, q.dimension):
            prev.entity = q.entity  # "a seven-year, $260 million Navy contract", "a $550,000, one-year contract":
            # both describe the contract
            if q.dimension == "percent" and (cm := _CHANGE_NOUN_AFTER.match(s, q.end)) is not None \
                    and cm.group(0).split()[0] == q.entity:
                prev.entity = cm.group(0).strip()  # "a four-month, 21 percent pay cut": the cut lasts, its share
                # is of the pay
        if prev.dimension == q.dimension == "duration" and q.entity is None and s[prev.end : q.start].strip() in ("",
                                                                                                           "and"):
            q.entity = prev.entity  # "a record of 1 minute 47.9 seconds": one span written in two parts
        between = s[prev.end : q.start]
        if q.entity is None and prev.entity is not None and q.change is not None and (
                q.dimension == "percent" or q.dimension == prev.dimension == "money") \
                and _CHANGE_NOUN_AFTER.match(s, q.end) and _EARLIER_CHANGE.match(between):
            q.entity = prev.entity  # "Sales fell 1.8 percent in May after a 3.9 percent increase in
            # September", "a profit of $2.5 billion, a 16 per cent increase": the same thing changed
        own_rate = q.per is not None and q.per != prev.per and " and " in between  # "$5 for flights, and $10 per trip"
        if between == " or " and q.dimension == prev.dimension == "money" and prev.entity is not None:
            q.entity = prev.entity  # "to $2.5 billion or $14 a share": the same amount restated, or one of two
            continue  # amounts of one thing (its own subject reading would skip the first amount's noun)
        if q.entity is None and prev.entity is not None and not own_rate and not _DIFFERENCE_AFTER.match(s, q.end) and (
            # ("peaked at 6.4 metres, 1.5 metres above flood level": a difference from a baseline measures the gap,
            # which the sentence does not name)
                _CHANGE_CLAUSE.match(between) or between.rstrip(" ([") == " " + prev.entity and between.rstrip()[-1:]
                in "(["  # "80 million yuan fines (US $10 million)": the noun between them is theirs
                or q.dimension == prev.dimension and q.unit == prev.unit and _AND_CLAUSE.match(between)):
            q.entity = prev.entity

#: what lies between a tally and a bare number that continues it: "31 points and Kim Ray added 19",
#: "22 points, Ray had 17"
_TALLY_CONTINUED = re.compile(
    r"(?:\s+(?:in|of|for|from|off)\s+[^,;.()]{1,40}?)?(?:,|,?\s+(?:and|while|with))\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:added|had|scored|contributed|chipped\s+in|grabbed|netted|kicked)\s+"
    r"(?:a\s+[a-z]+-(?:high|best)\s+)?$")


#: states a count of people is in, never the noun it counts: "43 missing", "5 dead"
_STATE_WORDS = frozenset({"missing", "dead", "injured", "wounded", "hurt", "alive"})
#: adjectives after the noun they describe: "in 19 languages available", "with 10 seats left", "left 240 wells dry"
_AFTER_NOUN_ADJECTIVES = frozenset({"available", "remaining", "left", "combined", "apiece", "homeless", "dry", "empty",
                                    "absent", "eligible",
                                    "idle", "stranded", "jobless", "vacant", "unsold", "evident", "aboard"})
#: a verb of taking a company private or public before its count: "take its three units (private)"
_TAKE_BEFORE = re.compile(r"\b(?:take|takes|took|taken|taking)\s+(?:[\w'’-]+\s+){0,2}\S+$")
_STATE_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_STATE_WORDS)) + r")\b")  # "leaving five dead"
#: what lies between a count and a bare number of the same noun: "people died and 31", "killed 12 soldiers
#: and wounded 30", "killed 9 people, hurt more than 150"
_COUNT_VERB = r"(?:[a-z]{3,}(?:ed|ing)|hurt|left)\s+(?:by\s+)?"  # ("killing 8 traders and injuring more than 30",
# "hurt 150", "backed by 312 delegates and opposed by 97")
_COUNT_CONTINUED = re.compile(r"^[^;:()]*?(?:(?:,\s*|\s)and\s+(?:another\s+|a\s+further\s+|" + _COUNT_VERB + r"|"
                              r"(?:now\s+|still\s+)?(?:has|have|employs|serves|boasts)\s+)?"  # ("added 1.1 million
                              # subscribers and now has 116 million": the total of the same noun)
                              r"|,\s*" + _COUNT_VERB + r")(?:the\s+)?(?:other\s+)?$")  # ("and other three")
_OF_NEXT = re.compile(r"\s+of\b")
_OTHERS = frozenset({"others", "more"})
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom)\b")
_OF_THEM = re.compile(r"\s+of\s+them\b(?:\s+(?P<noun>[a-z]+(?:s|en|ren|ple))(?=\s*(?:[-–—,.;)]|$)))?")
#: seconds in the unit of a bare number after a duration: "three minutes 24" (seconds), "two hours 10" (minutes)
_NEXT_CLOCK_SECONDS = {"minute": 1, "minutes": 1, "hour": 60, "hours": 60}


_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their)\s+$")
#: an article or an owner right before an amount, which then modifies the noun after it ("the $2 billion merger")
_ARTICLE_OR_OWNER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s)\s+$", re.I)
_TOLL_STATE_AFTER = re.compile(r"\s+(?:dead|injured|wounded|hurt|missing)(?=\s*[,.;]|\s+(?:and|in|on|at|after|as|when|"
                               r"while|from|since)\b)")


def _nouns_left_out(s: str, quantities: list[_Quantity]) -> None:
    """The nouns a figure leaves to its unit or to the figure before it: a tally names what it counts by its unit
    ("five points"); a count after "and" counts the noun of the count before it ("Six people died and 31 are still
    missing"); a bare number that continues a tally counts in its unit ("Lee scored 31 points and Ray added 19")."""
    for q in quantities:  # (after the restatements took their subject: "61 percent, up 3 points")
        if q.entity is None and q.unit in _TALLY_UNITS and q.unit_surface and q.unit_surface.isalpha() \
                and (q.value is None or q.value.is_integer()) and "-" not in s[q.start : q.end]:
            q.entity, q.change = q.unit_surface.lower(), None  # "went five points clear", "Ray added 19 points": a
            # tally names what it counts in its unit, and adds to no level
            # (a whole or vague number: "a quarter point" measures a rate; not a compound: "a 17-point deficit")
            if q.entity == "runs" and s.startswith(" batted in", q.end):
                q.entity = "runs batted in"  # "97 runs batted in": a statistic of its own, not the runs scored
    for prev, q in zip(quantities, quantities[1:], strict=False):
        if prev.dimension == q.dimension == "count" and (q.entity is None or s.startswith(
                (" on ", " in ", " at "), q.end) and not s.startswith(" " + q.entity, q.end)) \
                and prev.entity is not None \
                and (prev.value != 1 or prev.entity == "person" and q.value != 1) \
                and q.unit_surface is None and len(between := s[prev.end : q.start]) < 60 \
                and _COUNT_CONTINUED.search(between) and not _OF_NEXT.match(s, q.end) \
                and all(w.lower() in _STATE_WORDS for w in _noun_run(s, q.end)):  # ("and 43 missing")
            q.entity = "people" if prev.value == 1 else prev.entity  # "Six people died and 31 are still missing":
            # the noun left out ("One person killed and 15 injured": people; but "killed one driver and injured
            # 12" need not be drivers)
        if q.dimension == "count" and q.unit_surface is None and q.entity is None and q.start - prev.end < 80 \
                and _OF_WHICH.match(s, q.end) and prev.dimension not in ("date", "percent", "age", "duration"):
            if prev.unit_surface and prev.value_written and prev.value and q.value is not None:
                factor = prev.value / prev.value_written  # "180 yards on the day, 60 of which came late": 60
                q.dimension, q.unit, q.unit_surface = prev.dimension, prev.unit, prev.unit_surface  # yards
                q.value_written, q.value = q.value, _tidy(q.value * factor)
                q.low, q.high = _scaled(q.low, factor), _scaled(q.high, factor)
            q.entity = prev.entity
        if q.entity is None and prev.dimension == "count" and prev.entity is not None and q.start - prev.end < 120 \
                and (om := _OF_THEM.match(s, q.end)) is not None:
            q.entity = om.group("noun") if q.dimension == "count" and om.group("noun") else prev.entity  # "cut 250
            # posts, over half of them in its home town": a share of those posts; "40 people, 12 of them children"
        if prev.dimension == q.dimension == "count" and q.entity in _OTHERS and prev.entity is not None \
                and prev.entity not in _OTHERS and q.start - prev.end < 80:
            q.entity = _plural_phrase(prev.entity) if prev.value == 1 else prev.entity  # "three hostages were
            # killed and four others freed", "one soldier died and two others": more of the same noun
        if prev.dimension == "duration" and q.dimension == "count" and q.unit_surface is None and q.value \
                and (seconds := _NEXT_CLOCK_SECONDS.get((prev.unit_surface or "").lower())) is not None \
                and s[prev.end : q.start] == " " and q.value < 60 and not _noun_run(s, q.end):
            # "in a time of three minutes 24.48": its seconds
            q.dimension, q.unit, q.entity = "duration", "day", prev.entity
            q.value_written = _tidy(q.value * seconds)  # (in seconds, as a race time "3:24.48" has it)
            q.value = q.low = q.high = _tidy(q.value * seconds / 86400)
        if prev.unit in _TALLY_UNITS and q.dimension == "count" and q.unit_surface is None and q.qualifier == "exact" \
                and _TALLY_CONTINUED.match(s[prev.end : q.start]) and not _noun_run(s, q.end):
            q.dimension, q.unit, q.entity = prev.dimension, prev.unit, prev.entity
    for q in quantities:
        if q.dimension == "count" and q.unit_surface is None and (q.entity is None or _DETERMINER_BEFORE.search(
                s, max(0, q.start - 8), q.start)) and _TOLL_STATE_AFTER.match(s, q.end):
            q.entity = "people"  # "left more than 60 dead and 140 injured": a toll counts people by their state;
            # so does "prayed for the 300 dead" (not the subject before it)


@dataclass(slots=True)
class _Reading:
    """One candidate while the grammar reads it, left to right: the match, the words around it, what is known."""

    s: str
    m: re.Match[str]
    start: int
    left: str  # up to 40 characters before the number
    lq: re.Match[str] | None  # a qualifier word right before it ("more than", "nearly", "minus")
    cur: str | None  # the currency sign or code written before it
    end: int
    currency: str | None = None
    num_s: str | None = None  # the digits as written
    word: str = ""  # the number word as written, lower case ("a", "one", "twenty-five")
    value: float | None = None
    low: float | None = None
    high: float | None = None
    frac: float | None = None
    vague: bool = False
    is_word: bool = False
    confidence: float = 0.9
    scale: float = 1.0
    sm: re.Match[str] | None = None  # the scale word ("million", "bn", "m")
    qualifier: str = "exact"
    dimension: str = "count"
    unit: str = "count"
    unit_surface: str | None = None
    factor: float = 1.0
    offset: float = 0.0
    age: object = None  # an age: its match, or _BARE_AGE
    q_start: int = 0
    negative: bool = False
    written: float | None = None
    entity: str | None = None
    per: str | None = None
    lost_currency: bool = False  # millions of money whose currency sign the copy lost ("to invest over 120m in")
    noun_from: int | None = None  # where the noun starts when it is not right after the figure ("$12 (€10) million")


def _is_article(s: str, m: re.Match[str]) -> bool:
    """The article, not a number: "a"/"an" count only before a scale or unit ("a million", "a month")."""
    return (m.group("word").lower() in ("a", "an")
            and not (_SCALE.match(s, m.end()) or _unit_at(s, m.end())[0] is not None))


def read(s: str, m: re.Match[str]) -> _Quantity | None:
    """The quantity at a match of _START, or None when a step says it is not one (each step in order)."""
    start = m.start()
    left = s[max(0, start - 40) : start]
    lq = _LEFT_QUAL.search(left, max(0, len(left) - 24))
    if lq is not None and lq.group("q").lower() == "up to" and _MOVED_UP_TO.search(left):
        lq = None  # "the rate edged up to 4.2%": the level it reached, not "at most"
    if lq is not None and lq.group("q").lower() in ("toward", "towards") and not _MOVED_TOWARD.search(left):
        lq = None
    if lq is not None and lq.group("q").lower() == "short of" and _BE_BEFORE.search(left, 0, lq.start()):
        lq = None  # "The hospital is short of 350 nurses": 350 lacking, no bound (but "fell short of 300": below it)
    if lq is not None and s.startswith("-time", m.end()):
        lq = None  # "a win over two-time champion Medford": a preposition before a count of titles, no bound
    if lq is not None and lq.group("q").lower() == "over" and _TURNED_OVER_BEFORE.search(left, 0, lq.start()):
        lq = None  # "turned the ball over seven times": the verb's particle, no bound
    if lq is not None and lq.group("q").lower() in ("as many as", "as much as") and _MULTIPLE_BEFORE.search(
            left, 0, lq.start()):
        lq = None  # "twice as many as five years ago": a comparison's "as", no bound on the figure after it
    r = _Reading(s, m, start, left, lq, m.group("cur"), m.end(), q_start=start)
    for step in _STEPS:
        if step(r) is False:
            return None
    return _finish(r)


def _read_number(r: _Reading) -> bool:
    """Currency, then the number: digits, a vague amount ("dozens", "several thousand"), a fraction or a word."""
    m, s = r.m, r.s
    if r.cur:
        cur_s = r.cur.strip()
        key = re.sub(r"\s+", "", cur_s)
        iso = key.removesuffix("$").upper()  # "USD", "MXN$"
        r.currency = units.CURRENCY_SYMBOLS.get(cur_s) or _SYMBOLS_FOLDED.get(key.lower()) or (
            iso if iso in units.ISO_CODES else None) or units.GLUED_CURRENCY_NAMES.get(key.lower())  # ("euro200")
        if cur_s == "$" and (nd := _NATIONAL_DOLLAR.search(r.left)) is not None:
            r.currency = units.CURRENCY_WORDS.get(nd.group("adj").lower() + " dollar", r.currency)  # "Jamaican $308m"
    r.num_s = m.group("num")
    r.negative = bool(m.group("neg"))  # "$-50.8bn"
    if not r.cur and (m.group("num") or m.group("word")) and vetoes.page_or_magnitude_word(r.left, s, m.end()):
        return False  # "see p. 162", "one-on-one training", "a six-figure salary"
    if r.num_s:
        if not r.cur and (vetoes.glued_to_a_name(r.left) or vetoes.golf_round(r.left, s, m.end("num"))
                          or r.num_s[0] == "0" and r.num_s[1:2].isdigit() or _SHOT_NAME.match(s, m.end("num"))):
            return False  # "F-16"; "a four-under-par 67"; "the 04-05 season", "007"; "five 3-pointers": no counts
        r.value = nums.parse_digits(r.num_s)
        if r.num_s.isdigit() and (mf := _MIXED_FRACTION.match(s, m.end())) is not None:
            r.value += int(mf.group("a")) / int(mf.group("b"))  # "7 3/4 %", "101 1/4"
            r.end = mf.end()
    elif m.group("vlead"):
        lo_m, hi_m = nums.VAGUE_LEAD[m.group("vlead").lower()]
        scale = math.prod(nums.SCALES[w] for w in m.group("vscale").lower().split()) if m.group("vscale") else 1.0
        # ("several hours"; "several hundred thousand": 300,000 to 900,000)
        r.low, r.high, r.vague, r.confidence = lo_m * scale, hi_m * scale, True, 0.7
    elif m.group("vague"):
        key = m.group("vague").lower()
        if key in ("tens", "scores"):
            return False
        (r.low, r.high), r.vague, r.confidence = nums.VAGUE[key], True, 0.7
    elif m.group("frac"):
        if _ORDINAL_HYPHEN_BEFORE.search(r.left) or _FRACTION_COMPOUND.match(s, m.end()) or (
                m.group("frac").lower() != "half" and s[m.end() : m.end() + 1] == "-") or (
                s[m.end() : m.end() + 1] == "-" and _HALF_YEAR_RESULTS.match(s, m.end())):  # ("cut half-year
            # losses": the reporting period, like "third-quarter")
            return False  # "a first-half lead"; "a third-party program", "the quarter-finals", "half-time", "a
            # third-quarter loss", "a fifth-year senior": ordinals and compounds, no shares
        if _A_ORDINAL.fullmatch(m.group("frac")) and (nw := _WORD_RE.match(s, m.end())) is not None \
                and nw.group("w").islower() and not _is_plural(nw.group("w")) \
                and (nw.group("w") not in _ENTITY_STOP or units.UNIT_TABLE.get(nw.group("w"), ("",))[0] == "duration") \
                and nw.group("w") not in ("less", "more", "fewer", "lower", "higher", "last", "next", "earlier"):
            return False  # "stretched into a fifth day", "a third straight win": an ordinal (but "a third of",
            # "cut by a third last year")
        r.frac = r.value = nums.FRACTIONS[m.group("frac").lower()]
        r.is_word = True
    else:
        r.word = m.group("word").lower()
        if vetoes.capitalised_number_name(s, m.start("word"), m.end("word")) or vetoes.golf_round(
                r.left, s, m.end("word")):
            return False  # "Formula One"; "an eight-under par 63"
        r.value = nums.parse_word(r.word)
        if r.value is None:
            return False
        r.is_word, r.confidence = True, 0.8
    return True


def _read_scale(r: _Reading) -> bool:
    """The scale: "million", "bn", "m" ("10m high" is metres; "3.5m residents" and "2m people" are millions)."""
    s = r.s
    sm = _SCALE.match(s, r.end) if r.value is not None and not r.vague else None
    if r.frac is not None and (fu := _FRACTION_OF_UNIT.match(s, r.end)) and _unit_at(s, fu.end())[0] is not None:
        r.end = fu.end()  # "a quarter of a percentage point", "half a mile": the fraction of one unit
    if r.frac is not None and (fm := _FRACTION_SCALE.match(s, r.end)):
        sm = _SCALE.match(s, fm.end() - 1) or sm
    if sm and sm.group("short"):
        short = sm.group("short").lower()
        money_ctx = r.currency is not None or _CURRENCY_WORD_AFTER.match(s, sm.end()) or (
            short == "m" and (_MILLIONS_OF_MONEY_BEFORE.search(r.left) or _MILLIONS_OF_MONEY_AFTER.match(s, sm.end())
                              or _MILLIONS_OF_MONEY_ELSEWHERE.search(s)))
        # "to raise 200m", "a 70m deal": the currency sign was lost ("a 430m takeover deal which will give its
        # owners nearly 35m": another amount of the sentence in millions of money)
        r.lost_currency = bool(money_ctx) and r.currency is None
        if short == "m" and not money_ctx and not (
                "." in (r.num_s or "") and _COUNT_NOUN_AFTER.match(s, sm.end()) or _MILLION_NOUN_AFTER.match(s, sm.end())):
            sm = None
        elif short == "b" and not money_ctx:
            sm = None
    if sm and sm.group("spaced") and not (sm.group("spaced").isupper() and _MILLION_NOUN_AFTER.match(s, sm.end())):
        sm = None  # (the pattern is case-blind: only a capital letter before a noun counted in millions)
    if sm and r.currency is None and sm.group("scale") and _RESTATED_MONEY_AFTER.match(s, sm.end()):
        r.lost_currency = True  # "a 550 million ($991 million) hit": an amount of money restated in another currency
    if sm:
        r.scale = math.prod(nums.SCALES[w] for w in (sm.group("scale") or sm.group("short") or sm.group("spaced"))
                            .lower().split())
        r.end = sm.end()
    r.sm = sm
    if sm is None and r.currency is not None and r.value is not None and not r.vague and (
            (pm := _SCALE_PAST_RESTATED.match(s, r.end)) is not None
            or _RESTATEMENT_OPENS.search(s, max(0, r.start - 12), r.start)
            and (pm := _SCALE_PAST_BRACKET.match(s, r.end)) is not None):
        r.scale, r.noun_from = nums.SCALES[pm.group("scale").lower()], pm.end()  # "$12 (€10) million": the
        # scale word after a restatement in brackets is both amounts' (the surface stays the amount as written)
    if r.value is not None:
        r.value *= r.scale
        if r.is_word and r.scale >= 1000 and (tail := _WORD_TAIL.match(s, r.end)) is not None \
                and (more := nums.parse_word(tail.group("w"))) is not None and 1 < more < r.scale:  # (not "ten
            # thousand one day")
            r.value += more  # "twenty-eight thousand six hundred forty-two", "three thousand and five"
            r.end = tail.end()
        elif r.is_word and r.scale >= 100 and (tail := _DIGIT_TAIL.match(s, r.end)) is not None \
                and 0 < (more := float(tail.group(1))) < r.scale:
            r.value += more  # "ten-thousand-165": words, then digits
            r.end = tail.end()
    return True


_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s$")


def _read_range(r: _Reading) -> bool:
    """A range tail: "30-40%" (spaces only before a unit: "40 - 50 years old"; not a score), "20 to 30",
    "between 5 and 7", "two or three weeks";
    never after a change ("rose from 5 to 7", "closed up $2.80 to $51.15": a change and a level)."""
    s, lq, left = r.s, r.lq, r.left
    rm = _RANGE_TAIL.match(s, r.end) if r.value is not None and not r.vague else None
    if not rm:
        return True
    conn = rm.group("conn").lower()
    if conn == "-to-":
        conn = "to"  # "one-to-two weeks", "a 5-to-7 percent rise"
    if conn == "to" and not r.cur and r.num_s and r.num_s.isdigit() and len(r.num_s) < 3 \
            and (nw := _NAME_WORD_BEFORE.search(left)) is not None and nw.group(1).lower() not in _ENTITY_STOP \
            and nw.group(1).lower() not in _QUAL_WORDS and nw.group(1) not in _TIME_NAMES:
        return True  # "ship Service Pack 2 to 100 million users": a name's number, then the amount
    lqw = lq.group("q").lower() if lq else ""
    spaced_ok = not rm.group(0).startswith(" ") or bool(_UNIT.match(s, rm.end()) or _AGE.match(s, rm.end()))
    ok = (conn in ("-", "–", "—") and spaced_ok and not vetoes.after_a_result_verb(left)) \
        or conn == "to" or (conn == "and" and lqw == "between") \
        or (conn == "or" and bool(_UNIT.match(s, rm.end())) and not vetoes.YEAR.fullmatch(r.num_s or "")) \
        or (conn == "or" and not r.num_s and not rm.group("num2")[0].isdigit())  # "three or four parties"
    if conn == "to" and (_CHANGE_BEFORE.search(left) and not _forecast_change(left) or lqw == "from"
                         and _CHANGE_BEFORE.search(left, 0, max(0, lq.start()) if lq else 0)):
        ok = False  # "rose from 5 to 7", "closed up $2.80 to $51.15": a change and a level; but "would rise 5 to 10
        # percent" forecasts a range
    if conn == "to" and ok and left.endswith("by ") and r.value and rm.group("num2")[0].isdigit() and (
            v2 := nums.parse_digits(rm.group("num2"))) is not None and v2 > 4 * r.value:
        ok = False  # "cut the price of its cheapest model by $2,000 to $39,990": the change, then the level
    if conn == "to" and not ok and not lq and r.value and not r.cur and not rm.group("cur2") \
            and s[r.end : r.end + 1] == " " and _PERCENT_AFTER.match(s, rm.end()) is not None and (
            v2 := nums.parse_digits(rm.group("num2")) if rm.group("num2")[0].isdigit() else None) is not None \
            and r.value < v2 <= 4 * r.value:
        ok = True  # "Shares rose 2 to 4 percent": a bare number, then the same unit's end of a range
    if ok and not r.cur and (rm.group("cur2") or "," in rm.group("num2")) and vetoes.YEAR.fullmatch(r.num_s or "") \
            and left.endswith((" in ", " during ", " since ", " of ")):
        return True  # "fell in 2005 to $41 billion", "fell 11% in 2021 to 540,000": a year, then the level reached
    if not ok:
        return True
    n2 = rm.group("num2")
    v2 = nums.parse_digits(n2) if n2[0].isdigit() or n2[0] == "." else nums.parse_word(n2)
    end2 = rm.end()
    sm2 = _SCALE.match(s, end2)
    scale2 = 1.0
    if sm2 and (sm2.group("scale") or (sm2.group("short") and (r.currency or rm.group("cur2")))):
        scale2 = nums.SCALES[(sm2.group("scale") or sm2.group("short")).lower()]
        end2 = sm2.end()
    if v2 is None or r.value is None:
        return True
    v2 *= scale2
    v1 = r.value * scale2 if r.scale == 1.0 and scale2 != 1.0 and r.value * scale2 <= v2 else r.value
    if v1 <= v2 and not (conn == "or" and v2 > 3 * v1):
        r.low, r.high, r.value, r.qualifier, r.end = v1, v2, None, "range", end2
        if rm.group("cur2") and not r.currency:
            r.currency = units.CURRENCY_SYMBOLS.get(rm.group("cur2"))
    return True


def _drop_clock_ordinal_code(r: _Reading) -> bool:
    if not r.num_s or r.qualifier == "range":
        return True
    if vetoes.ticker_with_exchange(r.s, r.end):
        return False  # "Zeta Bank (BSD2.FSE)"
    if vetoes.network_standard(r.s, r.start):
        return False  # "802.11g gear"
    if vetoes.size_by_size(r.left, r.s, r.end):
        return False  # "prints 5-by-7 photos"
    glued_letter = r.s[r.end : r.end + 1].isalpha()  # only then does it matter whether a unit follows
    return not vetoes.clock_ordinal_or_code(r.s, r.end, unit_follows=bool(
        r.sm or (glued_letter and _unit_at(r.s, r.end)[0] is not None)))


_NAME_PAREN_BEFORE = re.compile(r"[A-Z][a-z]+\s*\(\s*$")
_AND_OLDER = re.compile(r"\s+(?:and|or)\s+(?:older|over|above|under|younger|below)\b(?!\s+(?:the|a|an|\d))",
                        re.I)
#: an adjective between a number and the period it counts ("three tumultuous years"; not "two light years")
_ADJECTIVE_PERIOD = re.compile(r" +(?P<adj>(?!light\b)[a-z]{4,}(?:-[a-z]+)?) +(?P<u>" + "|".join(_PERIOD_UNITS)
                               + r")\b(?![-\w]|\s+old\b)")
#: a state a percentage measures how far it has gone: "80 percent complete", "45 percent contained", "90% let"
_STATE_AFTER = re.compile(r"\s+(?:complete|completed|contained|let|full|finished|owned|occupied|built|sold|funded|"
                          r"vaccinated|done|effective|accurate|recovered|ready|booked|subscribed)\b(?!\s+(?:by|to)\b)")
#: a second figure set beside the first as its difference from a baseline: "peaked at 6.4 metres, 1.5 metres above
#: flood level", "costs $85,000, about $10,000 more than its predecessor"
_DIFFERENCE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:above|below|(?:" + _COMPARATIVE_WORDS + r")\s+than|short\s+of)\s")
#: a figure added to a clause by ", with": "Snow is forecast, with as much as 8 inches"
_WITH_AFTER_CLAUSE = re.compile(r",\s+with\s+$")
#: verbs whose object is a count of people the subject acts on: "The blast killed 12", "police arrested 40"
_ACTOR_VERB_BEFORE = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing)|hurt|arrest(?:s|ed|ing)|detain(?:s|ed|ing)|"
    r"captur(?:es|ed|ing)|rescu(?:es|ed|ing)|evacuat(?:es|ed|ing)|hir(?:es|ed|ing)|fir(?:es|ed|ing)|sack(?:s|ed|ing)|"
    r"employ(?:s|ed|ing)?|free(?:s|d|ing)|releas(?:es|ed|ing)|abduct(?:s|ed|ing)|kidnapp(?:ed|ing)|execut(?:es|ed|ing)|"
    r"deport(?:s|ed|ing)|displac(?:es|ed|ing)|infect(?:s|ed|ing)|treat(?:s|ed|ing)|laid\s+off|lay\s+off)"
    r"\s+(?:(?:at\s+least|more\s+than|up\s+to|about|around|some|nearly|almost|over|another|all|just|only)\s+)*$")
#: verbs whose object measures what the subject puts out, uses or travels, not the subject itself: "The engine
#: produces 640bhp", "The truck can tow up to 11,000 pounds", "The probe will travel 3.5 billion miles" (a measure
#: of the subject's own size, weight or rating keeps it: "The coupe weighs 1,450kg", "The chip runs at 3.2GHz")
_OUTPUT_VERB_BEFORE = re.compile(
    r"\b(?:produc(?:es|ed|e|ing)|makes|made|returns|returned|generat(?:es|ed|e|ing)|develops|tows?|towed|lifts?|"
    r"lifted|hauls?|hauled|"
    r"travel(?:s|led|ed)?|manag(?:es|ed)|(?P<cover>covers?|covered)|needs?|consumes?|consumed|uses|draws?|drew|"
    r"drawn|lost|loses|carry|carries|carried|"  # ("The subsea cable will carry up to 200 terabits per second")
    r"burns|"
    r"driven|flown|"
    r"samples\s+at|travels\s+at|retreat(?:s|ed)?|advanc(?:es|ed)|flew|flies|drove|drives|walked|walks|swam|swims|"
    r"sailed|sails|paddl(?:es|ed)|drift(?:s|ed)|rowed|cycled|hiked|trekked|rode|skied|marched|waded|glided|migrated|"
    + _LEAP_VERBS + r"|"
    r"(?:rushed|ran|threw|passed|returned|carried|passes|carries|catches|receptions)\s+"
    r"(?:the\s+ball\s+)?for)"  # ("The glacier has
    # retreated 1.5km": how far it moved, no measure of the glacier; "Lee rushed for 107 yards": the runner's yards)
    r"\s+(?:(?:up\s+to|about|around|roughly|nearly|almost|more\s+than|over|some|just|only)\s+)*$")
#: an aside of measures right after the subject that opens a sentence: "The whale, 14 metres long and weighing",
#: "The farmland, "
_APPOSITIVE_MEASURE_BEFORE = re.compile(
    r"(?:^|[.;]\s+)(?:The|A|An|Its|Their|This)\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*),\s+"
    r"(?:[^,;.()]{1,40}?\s+(?:and\s+)?(?:weighing|measuring|covering|costing|spanning|standing|stretching)\s+"
    r"|(?:spread|set|built|laid\s+out)\s+(?:over|across|on)\s+|(?:a\s+total|an\s+area|a\s+length)\s+of\s+)?$")
# ("The penthouse, spread over 4,500 sq ft,", "The reserve, a total of 2.3 million hectares,")
#: things laid out along a line, and trips along one, whose length is what they "cover": "The cycle route covers 40
#: miles", "The voyage covers 9,000 nautical miles"
_ROUTE_HEADS = frozenset("""course route trail track road line pipeline railway circuit path tunnel bridge wall fence
    border coastline runway canal cable lane loop journey voyage trip expedition race adventure""".split())
_PERIOD_ADJECTIVES = {"long", "more", "full", "whole", "extra", "further", "additional"}  # (words that stop a noun)
_PEOPLE_WORDS = (r"\b(?:people|persons|adults|children|kids|men|women|players|workers|residents|voters|patients|"
                 r"drivers|users|those|anyone|everyone|horses|fillies|mares|colts|geldings)")  # (a race "for fillies
# and mares 3 and older")
_PEOPLE_BEFORE = re.compile(_PEOPLE_WORDS + r"\s+$", re.I)
#: the same people and a copula: "(Eleven of the squad's 25) players are (under 23)"
_PEOPLE_ARE_BEFORE = re.compile(_PEOPLE_WORDS + r"\s+(?:are|were)\s+$", re.I)


def _read_unit(r: _Reading) -> bool:
    """The unit: an age ("-year-old", "John Reed, 54,"), a unit word or symbol, a currency word; money wins."""
    s, left, end = r.s, r.left, r.end
    r.age = _AGE.match(s, end) if r.value is not None or r.low is not None else None
    whole_years = r.value is not None and r.value.is_integer() and 0 < r.value < 120
    if r.age is None and r.num_s and r.scale == 1.0 and not r.cur and (
            _AGED_BEFORE.search(left) or r.lq is not None and _AGED_BEFORE.search(left, 0, r.lq.start())  # ("aged
            # over 50", "aged between 18 and 24")
            or whole_years and _LIFE_EVENT_AT.search(left) and _unit_at(s, end)[0] is None
            or whole_years and _TURNS_BEFORE.search(left) and _unit_at(s, end)[0] is None and (
                end == len(s) or s[end] in ".;,!" or _TURNS_AFTER.match(s, end))  # "will turn 36 in March"
            or whole_years and (
                left.endswith((", ", "now ", "At ")) and _NAME_COMMA_BEFORE.search(left) and s[end : end + 1] == ","
                or s[end:].rstrip() == "." and _FULL_NAME_COMMA_BEFORE.search(left)  # "... driven by Glen Evely, 39."
                or _PRONOUN_AGE_BEFORE.search(left)
                and (end == len(s) or s[end] in ".;," or _WHEN_AFTER.match(s, end))
                or _TIME_CLAUSE_AGE_BEFORE.search(left) and _AFTER_TIME_CLAUSE_AGE.match(s, end)
                or s.startswith(" when ", end) and (wb := _WAS_BEFORE.search(s, max(0, r.start - 40), r.start))
                and wb.group("w").lower() not in _MEASURE_SUBJECTS  # "The pianist was only 7 when she first
                # played" (not "The score was 6 when")
                or _AND_OLDER.match(s, end) and _PEOPLE_BEFORE.search(left)  # "female players 30 and older"
                or r.lq is not None and r.lq.group("q").lower() in ("over", "under")
                and (_PEOPLE_BEFORE.search(left, 0, r.lq.start())  # "people over 65", "children under 5"
                     or r.value <= 110 and _PEOPLE_ARE_BEFORE.search(left, 0, r.lq.start()))  # "players are under 23"
                or s[end : end + 1] == "," and _NAME_PAREN_BEFORE.search(left)  # "Suzuki Ichiro (31, Seattle)"
                or left.endswith(", at ") and s[end : end + 1] == "," and 14 <= r.value <= 105)):  # "became its
        # manager two years ago, at 28, and": the age an aside gives
        r.age = _BARE_AGE  # "aged 45 to 64", "John Reed, 54, said", "He was 66.": years, though no unit is written
    elif r.age is None and r.word and whole_years and r.lq is not None and r.lq.group("q").lower() in (
            "over", "under") and _PEOPLE_BEFORE.search(left, 0, r.lq.start()) and not _unit_at(s, end)[0]:
        r.age = _BARE_AGE  # "children under five": an age in words
    if isinstance(r.age, re.Match) and (run := _noun_run(s, r.age.end())) and run[-1].lower() in _AGED_THINGS:
        r.dimension, r.unit = "duration", "day"  # "Iraq's five-month-old hostage crisis": how long it has lasted
        r.unit_surface = r.age.group(0).strip(" -")
        r.factor = _AGE_YEARS[next(k for k in _AGE_YEARS if k in r.unit_surface)] * 365.25
        r.end, r.age = r.age.end(), None
    elif r.age:
        r.dimension, r.unit = "age", "year"
        if isinstance(r.age, re.Match):
            r.unit_surface = r.age.group(0).strip(" -")
            r.factor = _AGE_YEARS[next(k for k in _AGE_YEARS if k in r.unit_surface)]
            r.end = r.age.end()
    else:
        um, udim, uspec = _unit_at(s, end)
        if um is None and s.startswith("[", end + 1 if s[end : end + 1] == " " else end) and (
                bm := _BRACKETED_UNIT.match(s, end)) is not None and (bu := _unit_at(s, bm.start("u")))[0] is not None \
                and bu[0].end() == bm.end("u") and bu[1] != "money":
            um, udim, uspec = bm, bu[1], bu[2]  # "the first 15 [metres]": a unit an editor added in brackets
        if um is None and r.value is not None and not r.cur and (om := _OR_MORE_BEFORE_UNIT.match(s, end)) is not None \
                and (uq := _unit_at(s, om.end()))[0] is not None and uq[1] != "money":
            um, udim, uspec = uq  # "40 or more miles": the bound stands between the number and its unit
            r.qualifier = _RIGHT_QUALIFIERS[re.sub(r"\s+", " ", om.group("q").lower())]
        if um is not None and _ORDINAL_COMPOUND.match(s, um.end()) and um.group(0).strip(" -").lower() == "second":
            um = udim = uspec = None  # "three second-half goals": "second" the ordinal, not the unit
        if um is not None and r.value not in (None, 1.0) and um.group(0).lower() == " century" and (
                nxt := _WORD_RE.match(s, um.end())) is not None and nxt.group("w").islower() \
                and nxt.group("w").lower() not in _ENTITY_STOP:
            um = udim = uspec = None  # "four century breaks", "two century stands": a hundred scored (snooker,
            # cricket) names the noun counted; a span of centuries takes the plural
        adjective_period = None
        if um is None and r.value is not None and r.value < 1000 and r.frac is None and r.word not in ("a", "an") \
                and not r.cur and r.scale == 1.0 and (
                am := _ADJECTIVE_PERIOD.match(s, end)) is not None and (am.group("adj").lower() not in _ENTITY_STOP
                                                                         or am.group("adj") in _PERIOD_ADJECTIVES):
            adjective_period = am  # "after three tumultuous years", "ten working days": a period with an
            um, udim, uspec = am, "duration", units.UNIT_TABLE[am.group("u").lower()][1]  # adjective between
        if um is None and _FEET_BEFORE.search(left) and (inch := _IN_AFTER.match(s, end)) is not None:
            um, udim, uspec = inch, "length", "inch"  # "6 ft 2 in": "in" is inches after feet
        if um is not None and _DIGIT_AFTER_UNIT.match(s, um.end()):
            if (cm := _MODEL_CODE.match(s, end)) is None or cm.group("pre") is None or (
                    nxt := _WORD_RE.match(s, cm.end())) is None or not nxt.group("w").islower() \
                    or not _is_plural(nxt.group("w")):
                return False  # "24703 L-202", "24703 m212": a reference code, not an amount in litres or metres
            um = udim = uspec = None  # "40 F-16 fighters", "24 MiG-29 jets": a count of a model, whose code only
            # starts like a unit
        if um is not None and udim is not None and uspec is not None:
            written = s[um.start() : um.end()].strip(" -")
            if udim == "money" and r.currency is None and written in ("Cent", "Cents"):
                return False  # "50 Cent": a capitalised unit word after a bare number is a name
            if udim == "money" and r.currency is None and uspec == "GBP" and written.lower().startswith("pound") \
                    and r.scale == 1.0 and "£" not in s and not _PENCE_DECIMALS.search(r.num_s or "") \
                    and not _MONEY_BEFORE.search(r.left) and not _MONEY_RESTATED.match(s, um.end()):
                udim, uspec = "mass", "pound"
            if written in ("C", "F", "p", "MP") and s[end : end + 1].isspace():
                um = None  # "20 C", "5 p", "1 MP" with a space are too ambiguous ("PA 23456 F Block", "see 5 p",
                # "one MP said")
            elif udim == "money":
                r.currency = uspec if r.currency == "USD" and r.cur and r.cur.strip() == "$" and (
                    uspec in units.DOLLAR_CODES) else r.currency or uspec  # ("$5 million AUD", "$.99 CDN": which
                # dollar)
                r.factor = units.CURRENCY_SUBUNITS.get(written.lower(), 1.0)
                r.unit_surface = (r.cur.strip() + " " + written) if r.cur else written
                r.end = um.end()
                if r.factor == 1.0 and r.value is not None and (cm := _CENTS_AFTER.match(s, r.end)):
                    cents = nums.parse_digits(cm.group("n")) if cm.group("n")[0].isdigit() else nums.parse_word(
                        cm.group("n"))
                    if cents is not None and cents < 100:
                        r.value += cents / 100  # "3 dollars 50 cents", "thirteen dollars and forty-five cents"
                        r.end = cm.end()
            elif r.currency is None:
                if udim == "length" and (pm := _PER_TIME.match(s, um.end())) is not None and (
                        tspec := _duration_spec(pm.group("t"))) is not None:
                    udim, uspec, um = "speed", f"{uspec}/{tspec}", pm  # "10km/hr", "50 metres per millisecond"
                    written = s[end:pm.end()].strip(" -")
                r.dimension = udim
                r.factor, r.offset, r.unit = units.conversion(udim, uspec)
                r.unit_surface = adjective_period.group("u") if adjective_period is not None else written
                r.end = um.end()
                _unit_range(r, written)
        if um is None and r.m.group("vague") and r.currency is None and (om := _OF_CURRENCY.match(s, r.end)):
            r.currency = units.CURRENCY_WORDS[om.group("c").lower()]
            r.unit_surface = om.group("c")
            r.end = om.end()
        elif um is None and r.m.group("vague") and (ou := _OF_WORD.match(s, r.end)) is not None:
            uum, vdim, vspec = _unit_at(s, ou.end())
            if uum is not None and vdim not in (None, "money", "percent") and vspec is not None:
                r.dimension = vdim  # "hundreds of miles": a vague amount in a unit
                r.factor, r.offset, r.unit = units.conversion(vdim, vspec)
                r.unit_surface = s[uum.start() : uum.end()].strip(" -")
                r.end = uum.end()
    if r.cur and r.cur.strip() == "$" and (na := _NATIONAL_DOLLAR_AFTER.match(s, r.end)) is not None:
        r.currency = units.CURRENCY_WORDS[(na.group("a1") or na.group("a2")).lower() + " dollar"]
        r.end = na.end()  # "$20 million Canadian", "$980 million (Canadian)": the dollar named after the amount
    if r.unit == "point" and r.unit_surface and s[r.end - len(r.unit_surface) - 1] == "-" \
            and _PLAN_NOUN_AFTER.match(s, r.end):
        r.dimension, r.unit, r.unit_surface = "count", "count", None  # "a five-point peace plan": a plan's points
        # are counted, not scored
    if r.currency is None and r.unit_surface is None and r.dimension == "count" and (
            r.sm is not None and r.scale >= 1e6 or r.value is not None and r.value >= 1000) and (
            wm := _WON_AFTER.match(s, r.end)) is not None:
        r.currency, r.unit_surface, r.end = "KRW", "won", wm.end()  # "fraud totaling 2 trillion won": the verb
        # "won" takes no amount in millions as its subject
    if r.currency is None and r.unit_surface is None and r.dimension == "count" and r.left.endswith(" ") and (
            cw := _CURRENCY_NAME_BEFORE.search(r.left)) is not None and cw.group("c").lower() in units.CURRENCY_WORDS:
        r.currency = units.CURRENCY_WORDS[cw.group("c").lower()]  # "$300 million (euros 244 million)": the
        # currency named before the amount in a restatement
    if r.value is not None and r.unit_surface and r.qualifier != "range" and (
            r.dimension == "duration" or r.dimension in units.PHYSICAL_DIMENSIONS) and (
            half := _AND_A_HALF.match(s, r.end)) is not None:
        r.value += 0.5  # "an hour and a half", "a mile and a half", "two years and half": half a unit more
        r.end = half.end()
    if r.currency is not None:
        r.dimension, r.unit = "money", r.currency
        if r.cur and r.unit_surface is None:
            r.unit_surface = r.cur.strip()
    return True


_AND_A_HALF = re.compile(r"\s+and\s+(?:a\s+)?half\b(?![-\w])(?!\s+(?:of|a|an|the|dozen)\b)")


_PLAN_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:plan|plans|programme|program|agenda|proposal|proposals|strategy|"
                              r"list|charter|manifesto|roadmap|road\s+map|formula|framework|package|scale)\b")
#: the Korean won after a large amount (the word is too often the verb to be a currency name everywhere)
_WON_AFTER = re.compile(r"\s+won\b(?!\s+(?:the|a|an|his|her|their|its|by|over|against|re-election|reelection|seats?|"
                        r"votes?)\b)")
_CURRENCY_NAME_BEFORE = re.compile(r"[(\[]\s*(?P<c>[a-z]+)\s+$", re.I)


def _duration_spec(word: str) -> str | None:
    """The pint unit of a time word of a speed ("hr", "hour", "millisecond"), or None."""
    found = units.UNIT_TABLE.get(word.lower()) or units.pint_unit(word)
    if found is None or found[0] != "duration" or found[1] in _PERIODS[1:]:
        return None  # "5 km per day" is a distance a day (a rate in `per`), not a speed
    return found[1]


def _unit_range(r: _Reading, written: str) -> None:
    """"10mg to 40mg", "5 km - 8 km", "5% to 10%", "between 5% and 6%": a range whose ends both carry the same
    unit."""
    if r.value is None or r.qualifier == "range" or _CHANGE_BEFORE.search(r.left) and not _forecast_change(r.left):
        return  # "rose from 5kg to 8kg" is a change and a level; "would rise 2% to 4%" a range
    tail = _RANGE_SAME_UNIT.match(r.s, r.end)
    if tail is None or tail.group("u").lower() != written.lower() or tail.group("c").lower() == "and" and (
            r.lq is None or r.lq.group("q").lower() != "between"):
        return
    v2 = nums.parse_digits(tail.group("n"))
    if r.value <= v2:
        r.low, r.high, r.value, r.qualifier, r.end = r.value, v2, None, "range", tail.end()


def _check_word_numbers(r: _Reading) -> bool:
    """Words as numbers need support: "a"/"an" only as a duration ("a month or so", "about a week"; not
    "$92 a barrel"), fractions only of something ("half of the", "cut by a third")."""
    if r.word in ("a", "an") and r.s.startswith("-long", r.end):
        return False  # "a month-long rally": the period's compound, read whole with its noun elsewhere
    if r.word in ("a", "an") and r.s.startswith("-", r.end) and r.left.lower().endswith("by "):
        return False  # "rose by a year-on-year 5%": a compound adjective, no span
    if r.word in ("a", "an") and r.scale == 1.0 and r.dimension in nums.ARTICLE_MEASURE_DIMENSIONS and (
            r.lq is not None or _OF_STUFF.match(r.s, r.end) and not _PRICE_AFTER.match(r.s, r.end)
            and not _NEGATED_BEFORE.search(r.left) and not _PRICE_BEFORE.search(r.left)):
        return True  # "up to a foot of snow", "an inch of rain", "about a mile": one unit of a measure (not "a
        # pint of beer costs £5": the unit a price is of)
    if r.word in ("a", "an") and r.scale == 1.0 and (r.dimension in ("count", "money", "percent") or not (
            _A_DURATION_OK.search(r.left, len(r.left) - 14) or _OR_SO.match(r.s, r.end)
            or _A_DURATION_LATE.match(r.s, r.end))):
        return False
    if r.word == "a" and r.unit_surface == "second" and _NOUN_AFTER_ORDINAL.match(r.s, r.end):
        return False  # "for a second term", "a second time": the ordinal, not one second
    if r.frac is not None and r.dimension == "count" and r.scale == 1.0:
        if not _OF_THE.match(r.s, r.end) and not _BY_BEFORE_FRACTION.search(r.left, len(r.left) - 30) \
                and not _FRACTION_MORE_THAN.match(r.s, r.end) and not _COMPARED_NOUN_AFTER.match(r.s, r.end):
            return False  # (a share "of" something, a change "by" it, or a difference: "a fifth fewer trades")
        if _PERIOD_ORDINAL_BEFORE.search(r.left):
            return False  # "in the first half of 2005", "the final quarter": a period of the year, not a share
        r.dimension, r.unit, r.value, r.unit_surface = "percent", "percent", r.frac * 100, None
    return True


def _drop_years_and_names(r: _Reading) -> bool:
    """Years alone or as a span ("in 2004", "2020-2022"), numbers in names ("Apollo 11") and addresses ("123
    Random Street", "PA 23456") are no counts."""
    if r.dimension == "count" and vetoes.series_format(r.left):
        return False  # "the best-of-three finals"
    if r.dimension == "count" and vetoes.video_format(r.s, r.start, r.end):
        return False  # "records 4K video": a format's name
    if r.dimension == "count" and r.scale == 1.0 and r.num_s and r.s.startswith(("'s", "’s"), r.end):
        return False  # "the old 370's", "the 1960's": a model's or a decade's name, no count
    if vetoes.format_or_figure_of_speech(r.s, r.end, degrees=(r.unit_surface or "").lower().startswith("degree")):
        return False  # "six-party talks", "a three-way race", "180-degree turnarounds"
    if vetoes.indefinite_day(r.left, r.s, r.start, r.end) or vetoes.net_zero(r.left, r.s, r.start, r.end):
        return False  # "Apple would one day do this"; "to be net zero by 2040"
    if r.dimension == "count" and r.scale == 1.0 and r.lq is None and (r.num_s or r.word) and vetoes.numbered_noun(
            r.left, r.s, r.end):
        return False  # "on day three of the tournament", "in game 4": a numbered day or game, not a count
    if r.dimension == "count" and r.scale == 1.0 and (r.num_s or r.word) and (
            vetoes.quoted_title(r.s, r.start, r.end)):
        return False  # 'the show "24"': a title, not a count
    if not (r.num_s and r.dimension == "count" and r.scale == 1.0):
        return True
    if vetoes.short_year(r.s, r.start, r.num_s):
        return False  # "in '98"
    if r.qualifier == "range":
        return not (vetoes.year_span(r.num_s, r.low, r.high) or vetoes.name_with_number(r.left, None, r.num_s))
        # ("Boeing 737-800": a model's name before a hyphenated pair)
    return not (vetoes.standalone_year(r.num_s, r.left[: r.lq.start()] if r.lq is not None else r.left,
                                       qualified=r.lq is not None, after=r.s[r.end : r.end + 12])  # "until at
                # least 2007": the words before the qualifier; "up 30 percent over 2003.": no noun after
                or vetoes.name_with_number(r.left, r.value, r.num_s, r.s[r.end : r.end + 12])
                or vetoes.address_or_postcode(r.s, r.start, r.end))


#: a clause that states its subject's state, then its level after a comma: "Sales remain tiny, at "
_STATE_THEN_AT = re.compile(r"(?:^|[.;:]\s+)(?P<subject>[^,;]{3,60}?)\s+(?:remain|remains|remained|is|are|was|were|"
                            r"stay|stays|stayed)\s+(?:[a-z]+\s+)?[a-z]+,\s+at\s+(?:just\s+|only\s+)?$")
#: verbs of lying or being put beneath a layer, before "under (4 metres of snow)"
_BURIED_UNDER = re.compile(r"\b(?:buried|buries|bury|burying|lay|lies|lying|lie|trapped|submerged|sank|sunk|hidden|"
                           r"entombed|covered)\b[^,;.]{0,40}$")


def _read_qualifiers(r: _Reading) -> bool:
    """The qualifier words around the number ("more than", "nearly", "minus", "or so", "-plus")."""
    s, lq, start = r.s, r.lq, r.start
    if lq and r.dimension == "duration" and "-" in s[start : r.end] and _HIGH_LOW.match(s, r.end):
        lq = None  # "held near six-month lows": "near" places the level, the period is exact
    if lq and r.vague and lq.group("q").lower() in ("about", "around"):
        lq = None  # "wrote about thousands of complaints": a preposition, as a vague amount is no figure to round
    if lq:
        qw = lq.group("q").lower()
        q_start = lq.start() + max(0, start - 40)
        if qw == "minus":
            r.negative, r.q_start = True, q_start
            if r.qualifier != "range" and (bq := _LEFT_QUAL.search(r.left, max(0, lq.start() - 24), lq.start())) \
                    is not None and (bw := bq.group("q").lower()) not in ("minus", "between", "from", *_NEARLY):
                r.qualifier, r.q_start = _QUAL_MAP.get(bw, "approximate"), bq.start() + max(0, start - 40)  # "below
                # minus 20C": the bound before the sign
        elif qw in ("between", "from"):
            if r.qualifier == "range":
                r.q_start = q_start
            elif qw == "from" and _PRICE_FROM.search(r.left, 0, lq.start()):
                r.qualifier = "at_least"  # "costs from £31,250", "prices starting from £295,000": the lowest
        elif r.qualifier != "range" and not (
                qw == "over" and (_ABOUT_OVER.search(r.left) or _SPREAD_OVER.search(r.left)
                                  or _MEASURE_OVER.search(r.left, max(0, len(r.left) - 40))
                                  or _TAKE_OVER.search(r.left) and _OF_WORD.match(s, r.end))):
            # "a dispute over four exiles", "taking over six of its 14 gates", "spread over 4,500 sq ft": no bound
            if qw == "over" and r.dimension == "duration" and not _LASTED_OVER.search(r.left) \
                    and not _OF_WORD.match(s, r.end):
                qw = ""  # "over five years" = during (but "over 150 years of private ownership" is more than)
            elif qw in ("under", "beneath") and r.dimension == "length" and _OF_WORD.match(s, r.end) \
                    and _BURIED_UNDER.search(r.left, 0, lq.start()):
                qw = ""  # "buried the road under 4 metres of snow": where, beneath a depth, not a bound
            else:
                r.q_start = q_start
            r.qualifier = _QUAL_MAP.get(qw, "approximate") if qw else "exact"
            if qw in ("faster than", "slower than") and r.dimension == "duration":
                r.qualifier = _FLIPPED_BOUND[r.qualifier]  # "faster than 10 seconds" is under 10 seconds (a pace
                # comparative bounds a speed one way and a time the other, as _COMPARATIVE_PACE_* say for changes)
            if qw in _NEARLY and r.value is not None:
                r.low, r.high = interval("approximate", r.value, nearly=True)
    elif r.dimension in ("money", "count") and _COULD_REACH.search(r.left, max(0, len(r.left) - 24)):
        r.qualifier = "at_most"  # "a fee that could reach €40m", "losses could reach $10bn": a ceiling on an amount
        # (a forecast level stays exact: "Temperatures could reach 38C", as gold v2 annotates both)
    elif s[max(0, start - 1) : start] in ("-", "−") and (start < 2 or s[start - 2] in " (") and \
            r.dimension in ("temperature", "percent", "length", "other"):  # "-5C", "-2%", "a loss of -5 yards"
        r.negative, r.q_start = True, start - 1
    rq = _RIGHT_QUAL.match(s, r.end)
    if rq and r.qualifier == "exact":
        right = rq.group("q").strip(" -").lower()
        qualifier = _RIGHT_QUALIFIERS.get(right) or (
            "at_least" if r.dimension == "age" and right.split()[-1] in ("older", "over", "above") else
            "at_most" if r.dimension == "age" and right.split()[-1] in ("under", "younger", "below") else None)
        if qualifier:
            r.qualifier, r.end = qualifier, rq.end()
    if r.qualifier == "exact" and not lq and r.dimension == "length" and _WITHIN_DISTANCE.search(r.left):
        r.qualifier = "at_most"  # "moved to within 200 yards of the shrine" (a span "within a year" is the span)
    if r.qualifier == "exact" and not lq and r.left.endswith("of ") and _ESTIMATED_OF.search(r.left):
        r.qualifier = "approximate"  # "estimated assumed debt of $83 million": an estimate's figure
    if r.qualifier == "exact" and not lq and r.value is not None and r.left.rstrip().endswith(
            ("ed", "es", "ing", "the", "tops", "pass", "exceed", "surpass", "cross")) and (
            mv := _MILESTONE_BEFORE.search(r.left, max(0, len(r.left) - 20))) is not None and (
            not mv.group("v").lower().startswith(("pass", "top")) or r.scale != 1.0 or r.value >= 1000
            or r.dimension in ("money", "percent", "speed", "temperature")):
        r.qualifier = "more_than"  # "topped 100 knots", "passed 70 million units", "exceeded $5bn": beyond the
        # mark (a plain "passed 12 bills" counts what passed)
    return True


_PRICE_FROM = re.compile(r"\b(?:costs?|costing|priced|prices|starting|starts?|fares|rents|retails?)\s+$", re.I)
_WITHIN_DISTANCE = re.compile(r"\bwithin\s+(?:just\s+|only\s+)?$", re.I)
_ESTIMATED_OF = re.compile(r"\bestimated\s+(?:[a-z-]+\s+){0,3}of\s+$", re.I)
_MILESTONE_BEFORE = re.compile(r"\b(?P<v>topped|tops|topping|exceed|exceeded|exceeds|surpass|surpassed|surpasses|"
                               r"surpassing|pass|passed|passes|passing|cross|crossed|crosses|crossing)\s+(?:the\s+)?$",
                               re.I)  # (not "the top 10%": a rank)


def _to_canonical(r: _Reading) -> bool:
    """Sign, the value as written, the canonical unit, and the interval the qualifier asserts."""
    if r.negative and r.value is not None:
        r.value = -r.value
    r.written = r.value
    if r.negative and r.qualifier == "range" and r.low is not None and r.high is not None:
        # "minus 20-25C" is -25..-20 (the word governs both ends); "-5 to 10C" is -5..10
        r.low, r.high = ((-r.high, -r.low) if r.lq and r.lq.group("q").lower() == "minus" else (-r.low, r.high))
    offset = r.offset
    if offset and _change(r.s, r.q_start, r.end, r.dimension) is not None:
        offset = 0.0  # "rose 2.14degF": a difference of temperature converts without the scale's offset
    r.value, r.low, r.high = (None if x is None else x * r.factor + offset for x in (r.value, r.low, r.high))
    # the contract's rule (owned by models); "nearly x" set its band above
    if r.value is not None and r.qualifier != "range" and not (r.qualifier == "approximate" and r.low is not None):
        r.low, r.high = interval(r.qualifier, r.value)
    if r.vague and r.qualifier in _BOUNDS:  # "no more than several hundred people": a bound on the vague band's
        if r.qualifier in ("at_most", "less_than"):  # side the qualifier names
            r.low = None
        else:
            r.high = None
    elif r.vague:
        r.qualifier = "range"
    return True


#: prices named by their good: "Oil prices", "crude oil prices", "energy prices", "the price of gold"
_PRICES_NP = re.compile(r"(?<![\w'’-])(?:(?:[Cc]rude\s+)?[Oo]il|[Cc]rude|[Ee]nergy|[Gg]old|[Gg]as|[Gg]asoline|"
                        r"[Pp]etrol|[Cc]opper|[Ww]heat|[Cc]offee|[Cc]ocoa)\s+prices\b"
                        r"|\b[Pp]rices?\s+of\s+(?:crude|oil|gold|copper|gasoline|petrol)\b")
#: a tally's verb right before a bare total: "totaled 381", "made 245", "hit a sparkling 151"
_TOTAL_VERB_BEFORE = re.compile(r"\b(?:totall?ed|made|scored|posted|amassed|compiled|reached|hit|added|struck|"
                                r"smashed|chasing)\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?)?$")  # ("added a season-high 18")
#: a noun phrase and a participle that puts it at a level: "Winds gusting at", "with Brent crude settling at"
_PARTICIPLE_AT_BEFORE = re.compile(r"(?:\A|(?<=[,;(]\s)|\b(?:with|as|and)\s+)(?:the\s+|its\s+|their\s+)?"
                                   r"(?!(?:with|as|and)\s)(?P<np>(?:[A-Za-z][\w&'’-]*\s+){0,2}[A-Za-z][a-z-]+)\s+"
                                   r"(?:gusting|settling|trading|peaking|running|standing|hovering|selling|"
                                   r"changing\s+hands)"
                                   r"\s+(?:at|around|near)\s+$")


#: nouns "one-" counts in a compound modifier, as "two-" does: rooms and floors of a home, seats, and a margin in
#: sport ("a one-bedroom flat", "a one-storey house", "a one-goal lead"); "one-" before other nouns is mostly an
#: idiom ("one-off", "one-way", "one-sided", "one-party state")
_ONE_COMPOUND_NOUNS = frozenset("""bedroom bedroomed bed room roomed storey story floor seat seater door goal point
    run shot stroke wicket lap""".split())


def _phrase_before_comparative(s: str, at: int) -> str | None:
    """The plain noun phrase that opens the clause and ends right before a comparative at ``at`` ("(A crack in the
    windscreen) longer than"), or None when a verb stands in it ("The bridge is longer than": the subject rules)."""
    words = _TOKEN.findall(s[_clause_start(s, at) : at])
    while words and words[0].lower() in _DETERMINERS_ONLY:
        words = words[1:]
    if not 1 <= len(words) <= 6 or any(_is_verb(w) or w.lower() in _SUBJECT_VERBS or w.lower() in _ENTITY_STOP
                                       and w.lower() not in _FUNCTION_WORDS for w in words):
        return None
    return " ".join(words)


def _read_noun_phrase(r: _Reading) -> bool:
    """What is counted or measured, and the rate ("$52 a barrel", "800,000 barrels a day")."""
    s, end = r.s, r.end
    if r.dimension == "count" and r.unit_surface is None and r.scale == 1.0 and r.value is not None \
            and (cm := _COMPOUND.match(s, end)) is not None and (
                r.value != 1 or cm.group(0)[1:].lower() in _ONE_COMPOUND_NOUNS):
        r.end = end = cm.end()  # "a 16-page decision", "a four-game losing streak": the count modifies a noun
        # ("a one-bedroom flat", "a one-goal lead"; "one-time", "one-off", "one-way" are no counts)
    noun_at = um.end() if r.currency == "USD" and (um := _US_AFTER.match(s, end)) is not None else end  # "$49.40
    # US as": the dollar's country, not a noun
    if r.noun_from is not None:
        noun_at = r.noun_from
    mm = _MORE_OF_A_PLURAL.match(s, noun_at) if r.dimension == "percent" else None
    compared = mm is not None and bool(run := _noun_run(s, mm.end())) and _is_plural(run[-1]) \
        and _is_noun_like(run[-1])
    if compared:
        noun_at = mm.end()  # "bought 18% more battery-powered vans": more of the vans
    if r.dimension == "duration" and s.startswith("-long ", noun_at):
        noun_at += len("-long")  # "a four-year-long study": the study
    if r.dimension == "duration" and "-" in s[r.q_start : r.end] and (am := _AMOUNT_NEXT.match(s, noun_at)) is not None:
        noun_at = am.end()  # "a two-year £6m contract", "a three-year, £9m deal": what both modify
    if r.dimension not in ("count", "date", "age") and s.endswith((" at ", " around ", " near "), 0, r.q_start) and (
            pm := _PARTICIPLE_AT_BEFORE.search(s, max(0, r.q_start - 60), r.q_start)) is not None and not any(
                w.lower() in _ENTITY_STOP or _is_verb(w) for w in pm.group("np").split()):
        r.entity = after = pm.group("np")  # "Winds gusting at 90mph cut power", "with Brent crude settling at
        # $84.20": what the participle measures, not the verb after the figure
    elif mm is not None and _ADJECTIVE_COMPARED.match(s, mm.end()):
        r.entity = after = None  # "30% more expensive", "20% more efficient": how the thing named before compares
    else:
        r.entity = after = entity_after(s, noun_at, share=r.frac is not None or r.dimension == "percent",
                                        amount=r.dimension == "money" or r.scale != 1.0 or r.vague,
                                        money=r.dimension == "money" or r.dimension == "count" and (
                                            r.scale != 1.0 or (r.high or 0) >= 1e6),
                                        fraction=r.frac is not None, count=r.dimension == "count")
    if after and r.dimension == "money" and " " in after and _ends_in_ed(first := after.split()[0]) \
            and s.startswith(" " + first, end) and not _ARTICLE_OR_OWNER_BEFORE.search(r.left):
        r.entity = after = None  # "a slide in the euro below 1.20 dollars rattled exporters": the clause's verb after a
        # level (but "the $2 billion planned merger": a participle inside the phrase the amount modifies)
    if after and r.dimension == "percent" and s.startswith(" in ", noun_at) and s.endswith(" by ", 0, r.q_start) and (
            changed := entity_before(s, r.q_start, changed=True)) is not None:
        r.entity = after = changed  # "cut heating bills by 8% in trials": what the clause changes, not where
    if after and (r.dimension == "percent" and r.frac is None and _past_verb(after) and not _OF_NEXT.match(s, noun_at)
                  and not compared
                  or r.dimension in ("percent", "money") and after.lower() in _CHANGE_NOUNS):
        r.entity = after = None  # "A rise in inflation to 3.1% surprised markets": the verb of the sentence; "its
        # 31 per cent fall": a change of something named before it, not of "fall"
        if r.dimension in ("percent", "money") and (pm := _COMMON_POSSESSOR_BEFORE.search(
                s, max(0, r.q_start - 40), r.q_start)) is not None and pm.group("np").split()[-1] not in _ENTITY_STOP:
            r.entity = after = pm.group("np")  # "the market's $10 surge": what surged is the possessor
    if (after is None or after.lower() in ("hit", "blow", "drag")) and (
            r.dimension in ("money", "percent") or r.lost_currency) and (
            im := _IMPACT_ON.match(s, bm.end() if (bm := _BRACKETED_AFTER.match(s, noun_at)) else noun_at)
    ) is not None and (np := entity_after(s, im.end())) is not None and not _is_time_phrase(np.split()) \
            and np.split()[-1].lower() != "terms":  # (not "a 3 per cent gain in dollar terms": a measure's basis)
        r.entity = after = np  # "a $90m hit to earnings", "a 3% rise in exports": what the change is to
    if after and r.dimension == "count" and r.unit_surface is None and (
            cm := _COUNTED_MEASURE_AFTER.match(s, noun_at)) is not None and (
            s.endswith((" by ", " to "), 0, r.q_start)
            or _change(s, r.q_start, end, "count") is not None) and (
            subject := entity_before(s, r.q_start, changed=True)) is not None and (
                subject.split()[-1].islower() or " " not in subject and _is_plural(subject) and subject[1:].islower()):
        r.entity = after = subject  # "stockpiles rose by 3.2 million barrels", "increase output by one million
        # barrels a day": the barrels measure what the clause changes (a name is the actor: "Iraq exported"; and
        # "spilled 2,000 barrels of oil" counts the barrels); the barrels are the count's unit as written
        r.unit_surface = cm.group("noun")
        r.end = end = noun_at = cm.end()
    if after and r.dimension in units.PHYSICAL_DIMENSIONS and r.unit_surface and (first := after.split()[0]).islower() \
            and first.endswith("ed") and "-" not in first and s.startswith(" " + first, noun_at) and _is_verb(first) \
            and not _ARTICLE_BEFORE.search(r.left):
        r.entity = after = None  # "Gusts reaching 85mph toppled power lines": the verb of the sentence, not a noun
        # (but "a 5km marked trail": a figure after an article modifies the noun phrase)
    if after and r.dimension == "percent" and after.lower() in _PACE_NOUNS and _AT_A_BEFORE.search(
            s, max(0, r.q_start - 8), r.q_start):
        r.entity = after = None  # "The economy grew at a 3.7 percent annual rate": the pace of the subject's change
    if after and r.dimension == "percent" and after.split()[-1].lower() in _BASELINE_NOUNS:
        r.entity = after = None  # "Rainfall was 160% of the monthly average": the subject set against a baseline
    if after and (fm := _FORECAST_CLAUSE_AFTER.match(s, noun_at)) is not None and fm.group("np") == after:
        r.entity = after = None  # "the £2.1bn analysts had expected": who expected it, not what it is of (read from
        # the figure it is set against: _expected_figures)
    state = r.dimension == "percent" and _STATE_AFTER.match(s, noun_at) is not None
    if state:
        r.entity = after = None  # "The tunnel is 80 percent complete": how far a thing is, not a noun after it
    if after and r.dimension != "count" and r.lq is not None and r.lq.group("q").lower() in _COMPARISON_WORDS and not (
            r.dimension == "percent" and _OF_NEXT.match(s, noun_at)) and (  # ("rights over 25 percent of the land":
            # a share names its whole after "of")
            pm := _PLURAL_NP_BEFORE.search(s, max(0, r.q_start - 40), r.q_start)) is not None \
            and pm.group("head").lower() not in _SUBJECT_VERBS and pm.group("head").lower() not in units.UNIT_TABLE:
        r.entity = after = pm.group("np")  # "Price tags exceeding $1 trillion worry voters": the plural the bound is
        # of, not the verb after the amount
    if after and r.dimension == "money" and after.lower() in _PAYMENT_MEANS and s.endswith(" for ", 0, r.q_start) \
            and (bought := entity_before(s, r.q_start, money=True)) is not None:
        r.entity = after = bought  # "will acquire Zeta for $392 million in stock": the price of Zeta, paid in stock
    if r.entity and " " not in r.entity and (_is_verb(r.entity) or r.entity.lower() in _LINKING_VERBS) \
            and s[max(0, r.q_start - 4) : r.q_start] == " of " and (of_np := entity_before(
                s, r.q_start, money=r.dimension == "money")) is not None:
        r.entity = after = of_np  # "Growth of 2% looks optimistic": what the figure is of, not the verb after it
    if r.entity and _PREPOSITION_NEXT.match(s, bm.end() if (bm := _BRACKETED_AFTER.match(s, end)) else end) \
            and s[max(0, r.q_start - 4) : r.q_start] == " of " and (  # (past a restatement in brackets)
            of_np := entity_before(s, r.q_start, money=r.dimension == "money")) is not None \
            and of_np.split()[-1].lower() not in _CHANGE_NOUNS:  # ("a decline of $6 billion in sales": of sales)
        r.entity = of_np  # "a tax bill of $160 million on the operator": what it is "of", not where it falls
    if r.dimension in units.PHYSICAL_DIMENSIONS and s.endswith(" of ", 0, r.q_start) and (
            r.entity is None or " " not in r.entity and r.entity.islower() and not _is_plural(r.entity)) and (
            of_np := entity_before(s, r.q_start)) is not None and _is_plural(of_np.split()[-1]) \
            and of_np.split()[-1].lower() not in units.UNIT_TABLE:
        if len(words := of_np.split()) > 1 and words[0].endswith("ing") and words[0].islower() \
                and words[0] not in _ING_NOUNS:
            of_np = " ".join(words[1:])  # "was packing winds of 120 miles per hour": the participle is the verb
        r.entity = of_np  # "winds of 165 mph tore through": the plural measured, not the verb after the figure
    if r.dimension == "duration" and "-" not in s[r.start : end] and not _OF_WORD.match(s, end) and not (
            r.unit_surface and r.unit_surface[-1:].isalpha() and r.unit_surface[-1] != "s" and r.value != 1
            and r.written is not None and r.written > 1):  # "a 12 year silence": a singular unit after a
        # plural number is a compound modifier, as if hyphenated
        r.entity = None  # "for 100 years completely disappear": a span names what it measures with "of" ("five
        # years of war") or as a compound ("a three-day break"), not by the words that follow it
        if s[end : end + 1] in ("'", "’") and r.unit_surface and r.unit_surface.endswith("s"):
            r.entity = " ".join(w for w in _noun_run(s, end + 1) if w != "time") or None  # "three days' notice": a
            # possessive of measure ("in two years' time" names no thing)
        elif s.endswith(" of ", 0, r.q_start) and (of_np := entity_before(s, r.q_start)) is not None \
                and of_np.split()[-1].lower() not in _SPAN_WORDS and s[: r.q_start - 4].endswith(of_np.split()[-1]):
            r.entity = of_np  # "after a hiatus of more than five years", "a sentence of 10 years": what lasts
    rate = _RATE.match(s, noun_at) or (_RATE_AFTER_NOUN.match(s, end) if r.entity and (r.dimension not in (
        "duration", "date", "age") or r.dimension == "duration" and s.startswith(" of ", end)) else None)  # "800,000
    # barrels a day", "2.4bn gallons of jet fuel a year", "150 minutes of exercise a week"
    if rate and s.endswith("pay-", 0, rate.start("r")) and s.startswith("per-", rate.start("r")):
        rate = None  # "1.2 million pay-per-view buys": a name's "per", no rate of the count (but "49-cent-per-song")
    if rate and (rate.group("noun").lower() == "dozen" and r.dimension != "money" and rate.start("r") > end + 1):
        rate = None  # "three Americans accused of torturing a dozen prisoners": a count of its own, not a price of
        # eggs by the dozen ("sold 300 eggs a dozen" is not written)
    if rate and r.dimension not in ("date", "age"):
        r.per = _rate_noun(rate)  # the surface stays
        # the amount ("$52"), the rate goes into `per`
        r.entity = r.entity or (None if s.startswith(" of ", rate.end()) or (ra := entity_after(s, rate.end())) is None
                                or _past_verb(ra) else ra)  # (not "per gram of CO2": what the rate's unit is of)
        # ("$52 a barrel renewed worries": a verb, no noun)
    elif r.dimension in ("money", "count", "percent", "mass", "volume") and "ly" in s[noun_at : noun_at + 60] and (
            pm := _PER_PERIOD_WORD.match(s, noun_at) or _PER_PERIOD_WORD.match(s, _words_end(
                s, noun_at, _noun_run(s, noun_at))) or (_PER_PERIOD_WORD.match(s, _words_end(
                s, noun_at + 3, _noun_run(s, noun_at + 3))) if s.startswith(" of ", noun_at) else None)) is not None \
            and not (r.dimension == "count" and r.entity and pm.group(1).lower() in r.entity.lower().split()):
        r.per = _PERIOD_OF_WORD[pm.group(1).lower()]  # "save about £300m annually", "5 million tonnes yearly",
        # "270 billion tonnes of ice annually" (not
        # "80 million monthly users": the users of a month, counted, as gold v2 annotates them)
    elif r.dimension in ("money", "count", "mass", "volume") and "annual" in r.left and _ANNUAL_OF_BEFORE.search(
            r.left[: r.lq.start()] if r.lq is not None else r.left):  # (before "more than")
        r.per = "year"  # "annual sales of 52 billion dollars", "an annual rate of 1.84 million units"
    elif r.dimension in ("money", "count", "mass", "volume") and (
            em := _EACH_PERIOD_BEFORE.search(s, max(0, r.q_start - 90), r.q_start)) is not None:
        r.per = em.group(1).lower()  # "Each year about 4,500 babies are born": a rate the clause opens with
    elif r.per is None and r.dimension in ("money", "count", "mass", "volume") and (
            em := _EACH_PERIOD_AFTER.match(s, end)) is not None:
        r.per = em.group(1).lower()  # "send about 2.6 million children to emergency rooms each year": a rate the
        # clause closes with (no other figure between)
    if r.entity and r.entity.split()[-1] in _MARK_NOUNS and s[max(0, r.q_start - 4) : r.q_start] == "the ":
        r.entity = " ".join(r.entity.split()[:-1]) or None  # "The Dow topped the 10,000 mark", "breaking through
        # the $50 a barrel mark": what reached the mark (read below), the mark is no thing counted; "the 1 million
        # customer milestone": customers
    if r.entity is None and r.dimension == "duration" and "-" in s[r.start : end] and (
            hl := _HIGH_LOW.match(s, end)) is not None:
        r.entity = hl.group("w")  # "a three-year high", "a 52-week low": the extreme over that period
    if r.entity is None and r.lq is not None and r.lq.group("q").lower() in _COMPARISON_WORDS and (
            pm := _PLURAL_NP_BEFORE.search(s, max(0, r.q_start - 40), r.q_start)
            or _BARE_SUBJECT_BEFORE.search(s, max(0, r.q_start - 30), r.q_start)) is not None \
            and pm.group("head").lower() not in _ENTITY_STOP \
            and pm.group("head").lower() not in _SUBJECT_VERBS and pm.group("head").lower() not in units.UNIT_TABLE \
            and not (pm.group("head").lower() in _EXTREME_NOUNS and _REACHED_BEFORE.search(s, max(0, pm.start() - 30),
                                                                                         pm.start())):
        r.entity = pm.group("np")  # "temperatures below 10C" (not "8 inches above"; "Oil prices touched 2-month lows
        # near $45": what reached the lows, read below)
    if (r.entity is None or _MEASURE_ADJECTIVE_AFTER.match(" " + r.entity)) \
            and r.dimension in units.PHYSICAL_DIMENSIONS and _MEASURE_ADJECTIVE_AFTER.match(s, end) and (
            nm := _NP_RIGHT_BEFORE.search(s, max(0, r.q_start - 50), r.q_start)) is not None \
            and _plain_noun_phrase(nm.group("np").split()):
        r.entity = nm.group("np")  # "A toxic algae bloom 30 miles wide", "a layer of ice 2cm thick": the noun the
        # measure follows (not "deep cut" read after it: "Snow up to 30cm deep cut off villages")
    if r.dimension == "money" and _LOST_BEFORE.search(r.left) \
            and (om := _ON_WHAT_LOST.match(s, end)) is not None and (words := _noun_run(s, om.end())) \
            and words[-1].islower():
        r.entity = " ".join(words)  # "the fund had lost $310 million on its property investments": what the loss
        # was on (the subject is who lost it)
    if r.entity is None and r.dimension in units.PHYSICAL_DIMENSIONS \
            and (am := _MEASURE_ADJECTIVE_AFTER.match(s, end)) and not s[: r.q_start].strip(" \"'“") \
            and (sm := _SUBJECT_AFTER_OPENING.match(s, am.end())) is not None:
        r.entity = sm.group("np")  # "Nearly 200 miles wide, Ivan could cause": an opening phrase of measure
        # describes the subject after it
    after_a_measure = r.lq is not None and r.dimension in units.PHYSICAL_DIMENSIONS \
        and r.lq.group("q").lower() in _COMPARISON_WORDS and (
            wm := _LAST_WORD.search(s, max(0, r.q_start - 24), r.q_start)) is not None \
        and wm.group("w").lower() in units.UNIT_TABLE  # "Snow may reach 8 inches above 1,000 feet": where the measure
    # before holds, not the subject's own
    if r.entity is None and (not r.is_word or r.frac is not None or r.dimension != "count" or r.per is not None) \
            and not after_a_measure:  # (a number word counts its subject only as a rate: "limited to two per
        # customer"; "the two said" is a pronoun)
        subject = entity_before(s, r.q_start, money=r.dimension == "money" or r.lost_currency, changed=r.dimension in (
            "percent", "money") or r.unit == "point" or r.dimension == "duration" and s.endswith(" by ", 0, r.q_start),
            coordinated=r.dimension != "count", state=state)  # what it is
        # about: "Sales fell 3%"; what a verb of change moved: "raised interest rates a quarter point"
        if r.unit in _TALLY_UNITS and not (subject and (_MEASURED_IN_POINTS.search(subject) or r.unit == "point"
                                                         and _SHARE_SUBJECT.search(subject)
                                                         and _change(s, r.q_start, r.end, r.dimension) is not None)):
            subject = None  # "Ann Lee scored 25 points": the scorer, not what is counted ("the Dow fell 12
            # points" keeps its index)
        if subject and r.dimension not in ("count", "money", "percent", "ratio", "duration", "date", "age") and (
                om := _OUTPUT_VERB_BEFORE.search(s, max(0, r.q_start - 40), r.q_start)) is not None and not (
                om.group("cover") and (r.dimension != "length" or subject.split()[-1].lower() in _ROUTE_HEADS)):
            subject = None  # "The engine produces 640bhp": the power is the engine's output, a measure the
            # sentence does not name (an area covered is the subject's size: "The farm covers 300 acres"; so is
            # the length a route covers: "The cycle route covers 40 miles", not "The walkers covered 40 miles")
        if subject and r.dimension == "length" and _AWAY_NEXT.match(s, r.end) and s.endswith("from ", 0, r.q_start):
            subject = None  # "Guards read the plates from up to 50 metres away": where the seeing is done from, no
            # measure of the subject or of what is seen ("The storm was 300 miles away" keeps the storm)
        if (subject is None or subject.lower() in ("high", "low", "maximum", "minimum")) \
                and r.dimension == "temperature" and (rm := _RECORDED_BEFORE.search(
                s, max(0, r.q_start - 60), r.q_start)) is not None:
            subject = _subject_from_start(s[_clause_start(s, rm.start()) : rm.end()]) or subject  # "Madrid
            # recorded 40C", "recorded a low of": where the reading was taken (a verb of saying for other figures:
            # "Police recorded 900 burglaries")
        if subject is None and r.dimension in units.PHYSICAL_DIMENSIONS and (wm := _WITH_AFTER_CLAUSE.search(
                s, max(0, r.q_start - 10), r.q_start)) is not None:
            subject = _subject_from_start(s[_clause_start(s, wm.start()) : wm.start()])  # "Snow is forecast
            # for the hills, with as much as 8 inches": how much of the main clause's subject
        if subject and " " not in subject and (gm := _GERUND_RIGHT_BEFORE.search(
                s, max(0, r.q_start - 40), r.q_start)) is not None and gm.group("g") == subject:
            subject = None  # "will begin paying only $5", "completed raising $823 million": the verb whose object
            # the amount is, no thing it measures
        if subject and r.dimension == "count" and s.endswith(" of ", 0, r.q_start) \
                and _ACTION_NOUN.fullmatch(subject.split()[-1]):
            subject = None  # "forced the evacuation of thousands", "the arrest of 12": the action is done to people
            # the sentence leaves unsaid, it is not what is counted
        if subject and r.dimension == "count" and _ACTOR_VERB_BEFORE.search(s, max(0, r.q_start - 40), r.q_start):
            subject = None  # "The blast killed 12", "The plant employs 400": the subject acts on the people
            # counted, it is not what is counted
        if subject and r.dimension == "count" and all(w[0].isupper() for w in subject.split()) \
                and _TOTAL_VERB_BEFORE.search(s, max(0, r.q_start - 36), r.q_start):
            subject = None  # "Australia totaled 381": a side's total, whose runs or points are left unsaid
        if r.dimension == "duration" and subject and (dets := [
                k for k, w in enumerate(_FOR_GROUP.split(subject)[0].split(" of ")[0].split()[:-1])
                if w.lower() in _DETERMINERS_ONLY]):  # (determiners before an "of" or "for" complement only: not
            # the "a" of "waits for a driving test")
            subject = " ".join(subject.split()[dets[-1] + 1 :])  # "the colt set a track record of": the record
        lasts = _LASTS_BEFORE.search(s, max(0, r.q_start - 40), r.q_start) if r.dimension == "duration" else None
        if lasts is not None and lasts.group("state"):
            subject = _subject_from_start(s[_clause_start(s, lasts.start()) : lasts.end()]) or subject  # "The
            # airport will remain shut for": the clause's subject, not the state word
        if r.dimension != "duration" or subject and not nums.is_number_word(subject.split()[-1]) \
                and not s.startswith(" ago", end) and not _EXTREME_IN_BEFORE.search(s, max(0, r.q_start - 70),
                                                                                   r.q_start) and (
                _FOR_GROUP.split(subject)[0].split(" of ")[0].split()[-1].lower() in _PERIOD_NOUNS  # (the head:
                # "life expectancy for men", "construction of the bridge")
                or _DELAYED_BY.search(s, max(0, r.q_start - 100), r.q_start)  # "delay the launch by up to 6
                # days": what is delayed
                or s.endswith(" of ", 0, r.q_start) and " " in subject.strip()  # "A daily walk of 20 minutes": the
                # activity the span is of (a phrase of two words or more; a lone head is left to the period nouns)
                or lasts is not None):  # "its battery lasts up to 14 hours": what lasts
            r.entity = subject  # a duration is about a period or an activity, not any subject ("Patients waited")
    if r.entity is None and r.dimension not in ("count", "date", "age", "percent") and (
            am := _APPOSITIVE_MEASURE_BEFORE.search(s, max(0, r.q_start - 120), r.q_start)) is not None:
        r.entity = am.group("np")  # "The whale, 14 metres long and weighing 30 tonnes,": what the aside measures
    if r.entity is None and r.dimension == "money" and r.per is not None and (
            found := [m for m in _PRICES_NP.finditer(s, max(0, r.q_start - 150), r.q_start)]):
        r.entity = found[-1].group(0)  # "Oil prices briefly bolted above $45 a barrel, then retreated toward $44":
        # a price per unit is of the prices the clause named before it
    if r.entity and s[r.start : end].lower().endswith("-time") and (words := r.entity.split()) and (k := next(
            (k for k in range(len(words) - 1, 0, -1) if words[k - 1].islower() and words[k][0].isupper()), None)):
        r.entity = " ".join(words[:k])  # "Three-time Cy Young Award winner Pedro Martinez": the honour won, not
        # the name of who won it
    if r.dimension == "money" and r.entity and s.startswith(" for ", end) and _COPULA_BEFORE.search(r.left) \
            and _group_of_people(r.entity.split()) and (subject := entity_before(s, r.q_start, money=True)):
        r.entity = subject  # "the maximum annual benefit will be $45,614 for workers who": what is that much, for
        # whom (no price paid for the workers)
    if r.entity is None and r.dimension == "money" and (pm := _PURPOSE.match(s, end)) is not None \
            and not (s.startswith((" to cover", " to meet", " to absorb"), end)
                     and (cm := _COLLECTED.search(r.left)) is not None and "aside" in cm.group(0).lower()):
        # (money set aside "to cover" losses that may come is a reserve, no price, as gold v2 annotates it; "set
        # aside £600m to clear the backlog" is for the backlog)
        r.entity = " ".join(_noun_run(s, pm.end())) or (
            nm.group().strip().rstrip(".,;:'’") if pm.group("buy") and pm.group().endswith(pm.group("buy"))
            and (nm := _CAPITALISED_RUN.match(s, pm.end())) is not None else None)  # "pay $250 million to settle a
        # shareholder lawsuit": what the amount pays for; "paid 90 million euros ($110 million) to buy Nordlys":
        # the company bought
    if r.entity is None and r.dimension == "money" and r.left.endswith(" for ") and (
            tm := _TRANSFER_BEFORE.search(s, max(0, r.q_start - 120), r.q_start)) is not None:
        r.entity = tm.group("who").removeprefix("The ").removeprefix("the ")  # "The winger moved to Madrid for £35m":
        # the price paid for the player
    if (r.entity is None or r.entity.endswith("ing") and " " not in r.entity and s.startswith(f" {r.entity} ", end)) \
            and r.dimension == "money" and (
            (sm := _SPENT_ON_AFTER.match(s, end)) is not None
            or _SPENDING_BEFORE.search(r.left) and (sm := _ON_WHAT_AFTER.match(
                s, bm.end() if (bm := _BRACKETED_AFTER.match(s, end)) else end)) is not None):  # (past a restated
        # amount: "invest Won25,000bn ( $24bn) in its chip business")
        pos = sm.end() - 1  # (the space before the next word)
        if (nm := _NUMBER_NEXT.match(s, pos)) is not None and (nw := _WORD_RE.match(s, nm.end())) is not None \
                and nw.group("w")[0].isalpha():
            pos = nm.end()  # "on its two German factories": the factories (their count is its own)
        words = _noun_run(s, pos)
        while words and words[-1].lower() in ("new", "additional", "other"):
            words.pop()  # a run that stops at "new" (a name after it that is no noun's modifier) names no noun
        if words and s.startswith(" and ", after := _after_words(s, pos, len(words))):
            more = _noun_run(s, after + len(" and"))
            words = [*words, "and", *more] if more and more[-1].islower() and len(words) + len(more) <= 5 \
                and not _is_time_phrase(more) else []  # "in a new research and design hub": the head
            # comes after "and"; none when it cannot be read
        if words and words[-1].islower() and not _is_time_phrase(words) and words[0].lower() not in _NOT_AMOUNT_NOUNS:
            # (a name alone may be a place: "invest $570m in South Korea")
            r.entity = " ".join(words)  # "spend €2bn on its two German factories", "More than $200 million was
            # invested in the construction of the arena": what the money goes into
    if r.entity is None and r.dimension == "money" and (fm := _PAID_FOR.match(s, end)) is not None \
            and _PAYING.search(r.left):
        r.entity = " ".join(_noun_run(s, cm.end() if (cm := _NUMBER_COMPOUND_NEXT.match(s, fm.end())) else fm.end())
                            ) or None  # "will pay $1.25 billion in cash for the business", "for a 12-acre site" (the
        # compound's figure is a claim of its own)
    if r.entity is None and r.dimension == "money" and (am := _GIVEN_TO.match(s, end)) is not None \
            and _ALLOCATING.search(r.left) and (words := _noun_run(s, am.end() - 1)) \
            and words[0].lower() not in _PLAIN_VERBS and not _is_verb(words[0]):
        r.entity = " ".join(words)  # "allocated £2m to flood defences": what the money is set aside for
    if r.entity is None and r.dimension == "money" and r.per is not None and (
            rm := _RATE.match(s, end)) is not None and (fm := _FOR_WHAT.match(s, rm.end())) is not None and (
            _PAYING.search(r.left) or _PAID_AN_AVERAGE_OF.search(r.left)):
        r.entity = " ".join(_noun_run(s, fm.end() - 1)) or None  # "paid 150p a litre for diesel": the
        # price of the good it buys, per unit
    if r.dimension == "money" and (not after or s.startswith(" for ", end)) and (
            vm := _AMOUNT_VERB.search(s, max(0, r.q_start - 90), r.q_start)) \
            and not any(_is_verb(w) or w.lower() in _AUXILIARY_VERBS for w in s[vm.end("v") : r.q_start].split()):
        r.entity = _AMOUNT_VERBS[vm.group("v").lower()]  # "fined the broker $2 million for misleading clients": the
        # fine, not the regulator or the purpose
    if r.entity is None and r.dimension == "length" and _COMPASS_OF.match(s, end) and (
            pm := _NP_AFTER_ARTICLE.search(s, max(0, r.q_start - 40), r.q_start)) is not None:
        r.entity = pm.group("np")  # "Villa Nueva, a town 25 miles south of the capital": the place so far from it
    if r.dimension == "count" and r.unit_surface is None and r.entity and r.entity.split()[-1].lower() == "rating" \
            and s[end : end + 1] == " ":
        r.dimension, r.unit = "other", "point"  # "his 137.8 quarterback rating": a score on a scale, no count
    if _VERSUS_BASELINE.match(s, end) and (pm := _MOVED_OBJECT_BEFORE.search(r.left)) is not None \
            and not any(_is_verb(w) for w in pm.group("np").split()):
        r.entity = pm.group("np")  # "pushed electricity demand 12% above normal": what the verb moved
    if r.entity is None and r.dimension == "duration" and s.endswith(" in ", 0, r.q_start) and (
            vm := _SUBJECT_VERB_IN.match(s, 0, r.q_start)) is not None and not any(
                _is_verb(w) and "-" not in w or w in _ENTITY_STOP for w in vm.group("np").split()):  # (not the
            # compound "solar-powered")
        r.entity = vm.group("np")  # "The hydrogen bus refuels in under 10 minutes": how long the subject takes
    if r.entity is None and r.dimension == "duration" and (lm := _LASTED_FOR_BEFORE.search(r.left)) is not None:
        r.entity = entity_before(s, r.start - len(r.left) + lm.start("verb"), verb_given=True)  # (r.left is the
        # text up to 40 characters before the number) "The market hall existed for 140 years",
        # "The rain continued for three hours": how long the subject lasted (but "was jailed for six years": no
        # thing lasts)
    if r.entity is None and r.dimension == "duration" and (cm := _DONE_IN_BEFORE.search(r.left)) is not None \
            and not (cm.group("won") and (r.value is None or r.value >= 1)):
        r.entity = cm.group("np")  # "completed the Atlantic crossing in 52 days": how long the thing done took ("won
        # the heat in 10.02 seconds", a race's time; but "won a title in two years" is the first since then)
    if r.dimension == "count" and r.unit_surface is None and (
            _VOTED_BEFORE.search(r.left) and _TO_NUMBER_AFTER.match(s, end) or _VOTED_N_TO_BEFORE.search(r.left)):
        r.entity = "votes"  # "Parliament voted 301 to 14": a tally of votes, not of the body that voted
    if r.dimension == "money" and _IN_CASH_AFTER.match(s, end) and _HOLDING_BEFORE.search(r.left):
        r.entity = "cash"  # "holds $60bn in cash": what is held (paid "in cash", it is a means: "bought for $5m in
        # cash")
    if r.dimension == "money" and r.per is None and r.entity and (um := _UNIT_OF.fullmatch(r.entity)) is not None:
        r.per, r.entity = um.group("unit").lower(), um.group("np")  # "A gallon of regular gasoline averaged $1.98":
        # the price of the fuel, per gallon
    if r.qualifier == "exact" and r.value is not None and _RANGE_NOUN_AFTER.match(s, end) and s.endswith(
            " in the ", 0, r.q_start):
        r.qualifier = "approximate"  # "a three-year deal in the $25 million range": about that much, for the thing
        r.low, r.high = interval("approximate", r.value)  # before "in the"
        if (nm := _NP_IN_THE_BEFORE.search(s, max(0, r.q_start - 60), r.q_start)) is not None:
            words = [w for w in nm.group("np").split() if w.lower() not in _DETERMINERS_ONLY]
            while len(words) > 1 and (words[-1].lower() in _AUXILIARY_VERBS or _is_verb(words[-1])):
                words.pop()  # "Costs are in the $5 billion range": the subject before the verb
            r.entity = " ".join(_after_last_verb(words)) or r.entity
    if r.dimension == "length" and r.left.endswith("within ") and s.startswith(" of ", end):
        r.entity = None  # "passed within 3,600km of Earth": the place the distance is measured from, no thing
    if r.entity and (words := r.entity.split()) and len(words) >= 3 and (k := next((
            k for k in range(1, len(words) - 1) if words[k] in _TRANSITIVE_IN_S and not words[k - 1].endswith("s")
            and words[k - 1].islower()), None)) is not None:
        r.entity = " ".join(words[k + 1 :])  # "The smart doorbell records clips of up to 60 seconds": a singular
        # subject and its verb before the object, not a compound noun
    if r.lq is not None and r.lq.group("q").lower().split()[0] in _MEASURE_COMPARATIVES \
            and (before := _phrase_before_comparative(s, r.q_start)) is not None:
        r.entity = before  # "A crack in the windscreen longer than 40mm", "Lorries heavier than 7.5 tonnes": the
        # noun the comparative describes, written before it (not the verb after the figure)
    if r.age:
        r.entity, r.per = "age", None
    if r.is_word and r.dimension == "count" and r.scale == 1.0:
        if r.entity is None and not (r.word not in ("one", "a", "an") and (
                _OF_PARTITIVE.match(s, end) or _IN_A_ROW.match(s, end) or _STATE_NEXT.match(s, end)
                or _PAST_SOMEONE.match(s, end) or r.left.endswith((" up from ", " down from ")) and any(
                    w[0].isdigit() or nums.is_number_word(w) for w in r.left.split()[-12:-2])
                or (fm := _FRONTED_PARTITIVE.match(s)) is not None and fm.end() == r.q_start)):
            return False  # a number word that counts nothing (but "won nine straight" counts wins it leaves out,
            # "put four past the keeper" goals, "11 executions, up from four" what the figure before counts, "Of the
            # 30 players chosen, nine are uncapped" a part of the group named first)
        if r.word == "one" and vetoes.one_as_pronoun(r.left, s, end):
            return False
    if r.dimension == "count" and r.entity is None and not r.vague and r.qualifier == "exact" and r.scale == 1.0:
        r.confidence = min(r.confidence, 0.6)
    if r.dimension == "count" and r.unit_surface is None and _MAGNITUDE_BEFORE.search(r.left) and _QUAKE.search(
            s, max(0, r.start - 200), end + 200):
        r.dimension, r.unit = "other", "magnitude"
    if r.dimension == "count" and r.value in _KNOCKOUT_ROUNDS and _LAST_ROUND_BEFORE.search(r.left) \
            and not _noun_run(s, end):
        return False  # "reached the last 16", "out in the last eight": a round of a cup, not a count
    if r.word == "one" and r.value == 1 and r.unit == "point" and r.left.lower().endswith("at "):
        return False  # "at one point he said": a moment, not a tally
    if r.word in ("a", "an") and _AGO.match(s, end):
        return False  # "a year ago", "a year earlier" place an event in time ("three years ago" still states a span)
    return not (r.dimension in ("length", "duration", "mass", "count")
                and vetoes.event_name(s, end, r.left, s[r.start : end], bare=r.dimension == "count")
                or r.dimension == "duration" and vetoes.benchmark_maturity(s, end, r.left, s[r.start : end])
                or r.unit == "point" and vetoes.scoring_play(s, end, s[r.start : end]))


#: a relative clause without "that" after an amount, up to what it is spent on: "(the £3m) the council spends on"
_SPENDER_CLAUSE_AFTER = re.compile(r"\s+(?:(?:the|its|their)\s+)?(?:[a-z][\w-]*\s+){1,2}?(?:spend|spends|spent|invest|"
                                   r"invests|invested)\s+(?:each\s+year\s+|every\s+year\s+|annually\s+)?(?:on|in)"
                                   r"(?:\s+(?:the|its|their|an?))?(?=\s+[a-z])")
#: transitive verbs in "-s" that read as plural nouns between a singular subject and its object ("doorbell records
#: clips"; the intransitive ones after "and" are _VERBS_LIKE_PLURALS)
_TRANSITIVE_IN_S = frozenset("records stores holds shows offers carries uses needs runs makes takes gives sends "
                             "plays streams supports hosts loads saves".split())
#: a sentence that opens with its subject and one verb before "in" and a span: "The hydrogen bus refuels in"
#: (not "for": "The balloonists stayed aloft for 19 days" names no thing, as gold v2 annotates it)
_SUBJECT_VERB_IN = re.compile(r"\W*(?:The|A|An|Each)\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+"
                              r"[a-z]{3,}(?:s|ed)\s+(?:[a-z]+ly\s+)?in\s+$")
#: the noun after "in the" and a figure that makes it a round guess: "(a deal) in the $25 million range"
_RANGE_NOUN_AFTER = re.compile(r"\s+(?:range|region|ballpark|neighbou?rhood)\b")
_NP_IN_THE_BEFORE = re.compile(r"(?<![\w'’-])(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+in\s+the\s+$")
#: a verb that moves or keeps its object at a level, and that object: "pushed electricity demand (12% above)"
_MOVED_OBJECT_BEFORE = re.compile(r"\b(?:pushed|pushes|push|sent|sends|drove|drives|kept|keeps|lifted|lifts)\s+"
                                  r"(?:(?:the|its|their)\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+$")
#: an amount of money right after a compound span, before the noun both modify: " $8 million", ", £9m"
_AMOUNT_SCALE = r"\s?(?:million|billion|m|bn|k)\b"
_AMOUNT_NEXT = re.compile(rf",?\s+(?:[A-Z]{{0,3}}[$€£¥]|[A-Z]{{3}}\s?)\d[\d,]*(?:\.\d+)?(?:{_AMOUNT_SCALE})?"
                          rf"(?![\d,.]|{_AMOUNT_SCALE})")  # (the scale read whole or not at all)
#: a figure written as a compound modifier, right before a comma: "six-inch", "a 12-storey"
_COMPOUND_FIGURE_BEFORE = re.compile(r"(?:^|\s)(?:an?\s+)?[\w.,]*[\d\w]-[a-z]+$")
#: what may follow the end of a noun phrase: a preposition, a verb's word, a clause mark or the sentence's end
_NOUN_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|near|from|with|for|to|by|of|that|which|was|is|will|"
                              r"has|had|would|could|can)\b")
_COMPOUND_AFTER_COMMA = re.compile(r",\s+(?:[a-z\d.]+-)+(?:year|month|week|day|season|game|race)(?=\s+[a-z])")
_US_AFTER = re.compile(r"\s+(?:US|U\.S\.)(?=[\s,;]|$)")
#: verbs whose amount is a thing the verb names: "fined the broker $2 million" (a fine), "donated $5 million"
_AMOUNT_VERBS = {"fined": "fine", "fining": "fine", "donated": "donation", "donates": "donation",
                 "donating": "donation", "donate": "donation"}
_AMOUNT_VERB = re.compile(r"\b(?P<v>" + "|".join(_AMOUNT_VERBS) + r")\s+(?:[^\s,;:()]+\s+){0,12}$", re.I)


#: a direction from a place after a distance ("30 miles east of"), and the place before it ("a town")
_COMPASS_OF = re.compile(r"\s+(?:north|south)?-?(?:east|west)?(?<=[a-z])(?:ern)?\s+of\b", re.I)
#: a noun phrase right after its article, ending right before a figure: "a town " of "a town 25 miles south of",
#: "a tail " of "had a tail three times as long as"
_NP_AFTER_ARTICLE = re.compile(r"(?<![\w-])(?:a|an|the)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+$")


_SPEND = "spend|spends|spent|spending"
#: verbs of spending money on something, right before the amount ("will spend an extra"), and the passive after it
_SPENDING_VERBS = (_SPEND + "|invest|invests|invested|investing|pour|pours|poured|pouring|plough|ploughs|ploughed|"
                   "plow|plows|plowed|sink|sinks|sank")
_SPENDING_BEFORE = re.compile(rf"\b(?:{_SPENDING_VERBS})\s+(?:(?:an?|another|extra|additional|further|more\s+than|"
                              r"between|about|some|nearly|almost|around|roughly|up\s+to|over)\s+)*$", re.I)
_SPENT_ON_AFTER = re.compile(rf"(?:\s+(?:has|have|had|will)\s+been|\s+(?:was|were|is|are)(?:\s+being)?)\s+"
                             rf"(?:{_SPENDING_VERBS})\s+(?:on|in|into)\s+(?:(?:the|its|their|his|her|an?)\s+)?")
_ON_WHAT_AFTER = re.compile(r"(?:\s+(?:in|over)\s+(?:the\s+)?(?:(?:coming|next|following)\s+)?(?:(?:few|two|three|"
                            r"four|five|ten|\d+)\s+)?(?:days|weeks|months|years|decades?)"
                            r"|\s+(?:a|an|per|each)\s+(?:year|month|week|day))?"  # ("spend $4bn in coming weeks on
                            # its advertising", "over three years", "£1,450 a year on": when or how often, between the
                            # amount and what it is spent on)
                            r"\s+(?:on|in|into|(?!(?:during|including|excluding|according|beginning|starting)\b)"
                            r"[a-z]{3,}ing)\s+(?:(?:the|its|their|his|her|an?)\s+)?")  # ("spend $2bn upgrading its
# network": what the spending does is done to)
#: a player (by role or name) who moved to a club, before its price: "The winger moved to Madrid for"
_TRANSFER_BEFORE = re.compile(rf"(?:^|[.;:,]\s+)(?P<who>[Tt]he\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_KINDS})"
                              r"|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)(?:,\s+who)?\s+(?:has\s+)?"  # ("The striker,
                              # who joined for £38m,")
                              r"(?:(?:moved|switched|transferred)\s+(?:to|from)|joined|signed\s+(?:for|with))"
                              r"(?:\s[^,;:]{0,50}?)?\s+for\s+$")
#: a qualifier of an amount, if any, right before it: "(pay) about", "(allocated) up to"
_ROUGHLY_BEFORE = r"(?:(?:about|some|nearly|almost|around|roughly|up\s+to|more\s+than)\s+)?$"
#: what an amount pays for after it: "pay $1.25 billion in cash for the business"
_PAID_FOR = re.compile(r"(?:\s+in\s+(?:cash|stock|shares|cash\s+and\s+stock))?\s+for\s+"
                       r"(?:the|a|an|its|their|his|her|[A-Z][\w.&-]*\s?['’]s)(?=\s)")  # ("for NextWave's licenses")
#: verbs that set money aside for something named after "to", right before the amount: "allocated (£2m) to"
_ALLOCATING = re.compile(r"\b(?:allocat|earmark|devot|dedicat|assign|channel)(?:es|ed|s|e|ing|led|ling)?\s+"
                         r"(?:(?:another|an\s+extra)\s+)?" + _ROUGHLY_BEFORE)
_GIVEN_TO = re.compile(r"\s+to\s+(?:(?:the|its|their)\s+)?(?=[a-z])")
#: "for" and a determiner after a rate's period: "(£950 a month) for the flat"
_FOR_WHAT = re.compile(r"\s+for\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?=[A-Za-z])")
_PAYING = re.compile(rf"\b(?:pay|pays|paid|paying|{_SPEND}|offer|offers|offered|offering|bid|bids|bidding|charges|"
                     r"charged|charging)\s+" + _ROUGHLY_BEFORE)
#: a reporting period before what it reports: "half-year profit", "half-yearly results"
_HALF_YEAR_RESULTS = re.compile(r"-year(?:ly)?\s+(?:pre-?tax\s+|net\s+|operating\s+|underlying\s+)?(?:profits?|"
                                r"results|loss(?:es)?|earnings|sales|revenues?|figures|dividends?|reports?|turnover)\b",
                                re.I)


_STEPS = (_read_number, _read_scale, _read_range, _drop_clock_ordinal_code, _read_unit, _check_word_numbers,
          _drop_years_and_names, _read_qualifiers, _to_canonical, _read_noun_phrase)


def _adjectives_with_complements(s: str, quantities: list[_Quantity]) -> None:
    """An adjective after the counted noun, with a complement of its own, is no part of the noun: "60 million devices
    capable of running" (devices), "Three newspapers critical of the president" (newspapers)."""
    for q in quantities:
        if q.entity and 0 <= (k := s.find(q.entity, q.end)) - q.end <= 12 and (
                m := _ADJECTIVE_COMPLEMENT_IN.search(q.entity)) is not None \
                and _ADJECTIVE_COMPLEMENT_NEXT.match(s, k + m.end("adj")) and not _is_verb(m.group("adj")):
            q.entity = q.entity[: m.start()]


#: a comparative between a share and its noun: "a 20% higher risk of stroke", "a 15 percent lower price"
_COMPARATIVE_NEXT = re.compile(r"\s+(?:(?P<up>higher|greater|bigger|increased)|(?P<down>lower|smaller|reduced))"
                               r"(?=\s+[a-z])")


def _shares_before_a_comparative(s: str, quantities: list[_Quantity]) -> None:
    """A share between an article and a comparative is the change of the noun after it: "faced a 20% higher risk of
    stroke" (the risk of stroke, up 20%), "a 15% lower price" (the price, down)."""
    for q in quantities:
        if q.dimension == "percent" and s.endswith((" a ", " an ", "A ", "An "), 0, q.start) \
                and (m := _COMPARATIVE_NEXT.match(s, q.end)) is not None \
                and (noun := entity_after(s, m.end(), count=True)) is not None:  # (with its "of": "risk of stroke")
            q.entity, q.change = noun, "up" if m.group("up") else "down"


_AT_OPENS = re.compile(r"^\W*At\s+$")
_DETERMINER_AT = re.compile(r"(?:the|its|their)\s", re.I)
#: the noun phrase that opens a sentence, then a comma: "(September's sea ice extent), 4.3 million square kilometres,"
_OPENING_NP_THEN_COMMA = re.compile(_OPENING_NP + r"(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?$")


def _levels_that_open_a_sentence(s: str, quantities: list[_Quantity]) -> None:
    """A level set next to the sentence's subject is the subject's: in an aside after it ("September's sea ice extent,
    4.3 million square kilometres, was"), or before it ("At 61.4%, the election's turnout beat every contest")."""
    for q in quantities:
        if q.entity is None and s.startswith(", ", q.end) and (m := _OPENING_NP_THEN_COMMA.match(s[: q.start])) \
                and not any(_is_verb(w) or w.lower() in _ENTITY_STOP for w in m.group("np").split()):
            q.entity = m.group("np")  # "September's sea ice extent, 4.3 million square kilometres, was": an aside that
            # restates the subject's size
        if q.entity is None and s.startswith(", ", q.end) and _AT_OPENS.match(s[: q.start]) and (
                subject := _subject_from_start(s[q.end + 2 : q.end + 120]) or " ".join(_noun_run(s, (
                    dm.end() - 1 if (dm := _DETERMINER_AT.match(s, q.end + 2)) else q.end + 1)))):
            q.entity = subject


#: a span of time that opens a sentence with no comma, then its subject: "Within 24 hours (the river) had risen"
_SPAN_THEN_SUBJECT = re.compile(r"^(?:Within|In|After|Over|During|For)\s+(?:the\s+(?:first|last|past|next)\s+)?"
                                r"(?:\d[\d,.]*|a|an|" + "|".join(sorted(nums.SMALL, key=len, reverse=True))
                                + r")\s+(?:hours?|days?|weeks?|months?|years?|minutes?)\s+"
                                r"(?:the|its|their)\s+(?P<np>[\w'’-]+(?:\s+[\w'’-]+){0,3})$")


def _subjects_after_a_span(quantities: list[_Quantity]) -> None:
    """A subject read with the span before it keeps only the subject: "Within 24 hours the river had risen 4.2
    metres" is about the river."""
    for q in quantities:
        if q.entity and q.entity[0].isupper() and (m := _SPAN_THEN_SUBJECT.match(q.entity)) is not None:
            q.entity = m.group("np")


#: adjectives written after a noun with a complement of their own ("devices capable of", "staff eligible for")
_ADJECTIVES_WITH_A_COMPLEMENT = frozenset("""capable incapable critical eligible ineligible responsible able unable
    loyal liable prone vulnerable susceptible keen willing unwilling ready aware""".split())
_ADJECTIVE_COMPLEMENT_NEXT = re.compile(r"\s+(?:of|for|to)\b")
_ADJECTIVE_COMPLEMENT_IN = re.compile(r"(?<=[a-z])\s+(?P<adj>" + "|".join(sorted(_ADJECTIVES_WITH_A_COMPLEMENT))
                                      + r")\b")
#: a ratio named as such at the end of a noun phrase ("debt-to-equity ratio", "price/earnings ratio")
_RATIO_NAMED = re.compile(r"\bratio$", re.I)


def _finish(r: _Reading) -> _Quantity | None:
    s, end = r.s, r.end
    while end > r.q_start and s[end - 1] == " ":
        end -= 1
    value, low, high, written = r.value, r.low, r.high, r.written
    if not math.isfinite((value or 0.0) + (low or 0.0) + (high or 0.0) + (written or 0.0)) and any(
            x is not None and not math.isfinite(x) for x in (value, low, high, written)):
        STATS["candidates_not_finite"] += 1  # "1" followed by 400 zeros is no quantity a float can hold
        return None
    value = None if value is None else _tidy(value)
    low = None if low is None else _tidy(low)
    high = None if high is None else _tidy(high)
    if r.dimension == "count" and r.unit_surface is None and r.entity and _RATIO_NAMED.search(r.entity) \
            and s.rfind(r.entity, 0, r.q_start) >= 0:
        r.dimension, r.unit = "ratio", "times"  # "The bank's debt-to-equity ratio has fallen to 1.8": a bare
        # figure a ratio named before it is put at counts nothing
    return _Quantity(r.q_start, end, r.dimension, value, low, high, r.unit, r.unit_surface, r.qualifier, r.entity,
                     r.confidence, per=r.per, change=_change(s, r.q_start, end, r.dimension),
                     value_written=None if r.written is None or value is None else _tidy(r.written))


def read_race_time(s: str, m: re.Match[str]) -> _Quantity:
    """A race or lap time: "1:58.21" (minutes, seconds, hundredths), "2:08:31" (hours): a duration."""
    seconds = int(m.group("h") or 0) * 3600 + int(m.group("m") or m.group("m2")) * 60 + int(m.group("s") or m.group("s2"))
    seconds += float("0." + m.group("f")) if m.group("f") else 0.0
    days = _tidy(seconds / 86400)
    start, qualifier, low, high = _qualified(s, m.start(), days)
    entity = (ap.group("n") if (ap := _TIME_APPOSITIVE.match(s, m.end())) is not None else
              subject if (subject := entity_before(s, start)) and subject.split()[-1].lower() in _PERIOD_NOUNS
              else None)  # "1:58.21, the fastest time in the world", "a time of 1:58.21", "a record of 3:26.00"
    return _Quantity(start, m.end(), "duration", days, low, high, "day", None, qualifier, entity, 0.8,
                     value_written=_tidy(seconds))


#: what a race time is, in an appositive after it: "1:58.21, the fastest time in the world this year"
_TIME_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<n>time|record|best)\b")


def read_unit_fraction(s: str, m: re.Match[str]) -> _Quantity | None:
    """"a 1/4 mile oval", "½ teaspoon": a fraction of a physical unit written after it (None without one: "1/4"
    alone may be a date or a score)."""
    um, dim, spec = _unit_at(s, m.end())
    if um is None or dim is None or spec is None or dim in ("money", "percent", "other"):
        return None
    value = int(m.group("a")) / int(m.group("b")) if m.group("a") else unicodedata.numeric(m.group("v"))
    factor, offset, unit = units.conversion(dim, spec)
    canonical = _tidy(value * factor + offset)
    return _Quantity(m.start(), um.end(), dim, canonical, canonical, canonical, unit,
                     s[um.start() : um.end()].strip(" -"), "exact", entity_after(s, um.end()), 0.8,
                     value_written=_tidy(value))


def read_period_long(s: str, m: re.Match[str]) -> _Quantity:
    """"a month-long search": a duration of one unit, about the noun after it."""
    factor, _, unit = units.conversion("duration", m.group("p").lower())
    start, qualifier, low, high = m.start(), "exact", factor, factor
    if (am := _ARTICLE_BEFORE.search(s, max(0, m.start() - 4), m.start())) is not None and (
            qualified := _qualified(s, am.start(), factor))[1] != "exact":
        start, qualifier, low, high = qualified  # "after more than a year-long search": the bound before its article
    return _Quantity(start, m.end(), "duration", _tidy(factor), None if low is None else _tidy(low),
                     None if high is None else _tidy(high), unit, m.group("p"), qualifier, entity_after(s, m.end()),
                     0.7, value_written=1.0)


def _qualified(s: str, start: int, value: float) -> tuple[int, str, float | None, float | None]:
    """(start, qualifier, low, high) of a figure read whole (a share, a multiple), with the qualifier words
    before it ("fewer than one in ten", "more than doubled")."""
    left = s[max(0, start - 40) : start]
    lq = _LEFT_QUAL.search(left, max(0, len(left) - 24))
    if not lq or lq.group("q").lower() in ("from", "between", "minus") or lq.group("q").lower() in (
            "toward", "towards") and not _MOVED_TOWARD.search(left):
        return start, "exact", value, value
    qw = lq.group("q").lower()
    qualifier = _QUAL_MAP.get(qw, "approximate")
    low, high = interval(qualifier, value, nearly=qw in _NEARLY)
    return lq.start() + max(0, start - 40), qualifier, low, high


def read_share(s: str, m: re.Match[str]) -> _Quantity | None:
    """'one in five drivers', 'roughly 1 in 200 babies', 'one out of three', 'one of every four lakes': a share,
    in percent."""
    a, b = (nums.parse_digits(x) if x[0].isdigit() else nums.parse_word(x) for x in (m.group("a"), m.group("b")))
    if a is None or b is None or not 0 < a < b or (m.group("a")[0].isdigit() and a > 1 and b < 10):
        return None  # "scored 2 in 3 games" counts goals in games; "1 in 5", "two in three" are shares
    value = 100 * a / b
    start, qualifier, low, high = _qualified(s, m.start(), value)
    entity = m.group("member") or entity_after(s, m.end())  # ("one adult in three": the group's member)
    if entity and len(words := entity.split()) >= 2 and words[-1].islower() and _is_plural(words[-1]) \
            and _is_plural(words[-2]):
        entity = " ".join(words[:-1])  # "one in eight adults smokes": the verb agrees with "one", no noun
    entity = entity or entity_before(s, start)
    return _Quantity(start, m.end(), "percent", _tidy(value), None if low is None else _tidy(low),
                     None if high is None else _tidy(high), "percent", None, qualifier, entity, 0.8,
                     change=_change(s, start, m.end(), "percent"))


_CAP_WORD_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")


#: comparatives after a multiple written "3x" ("3x faster", "3x more"), which leave the noun to the subject
_COMPARATIVES = frozenset({"more", "less", "as", "faster", "slower", "bigger", "smaller", "larger", "higher", "lower",
                           "the", "times", "over"})
#: what follows a name's last word: a pause or a verb ("Essbase 7X is intended")
_NAME_ENDS = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:is|was|will|would|has|had|can|could|and|or|which|that|offers|"
                        r"adds|brings)\b")


#: an owner's word after a multiple: "three times its annual earnings" (the base the subject is measured against)
_POSSESSIVE_NEXT = re.compile(r"\s+(?:its|their|his|her)\s")
#: a multiple of a count or amount named after it: "three times as many engineers", "twice as much money"
_AS_MANY = re.compile(r"\s+as\s+(?:many|much)(?=\s+(?!as\b))")
#: a comparison of a measure after a multiple: "a neck twice as long as its body" (of the noun before it)
_AS_ADJECTIVE_AS = re.compile(r"\s+as\s+(?!many\b|much\b)[a-z]+\s+as\b")


def read_multiple(s: str, m: re.Match[str]) -> _Quantity | None:
    """'more than sixfold', 'almost tripled', 'three times as many', '3x': a ratio (unit times)."""
    if m.group("fold"):
        if _BATTED_IN.match(s, m.end()):
            return None  # "Erstad doubled in the go-ahead run": a hit in baseball, not a multiple
        if (prev := _LAST_WORD.search(s, max(0, m.start() - 24), m.start())) is not None and (
                prev.group("w")[0].isdigit() or nums.is_number_word(prev.group("w"))):
            return None  # "two doubles", "3 triples": counted nouns, not multiples
        if _DOUBLES_NOUN.match(s, m.end()) or _DOUBLES_BEFORE.search(s, max(0, m.start() - 12), m.start()) or (
                m.group("fold").lower() in ("doubles", "triples")
                and _PREPOSITION_BEFORE.search(s, max(0, m.start() - 8), m.start())):
            return None  # "the final doubles match", "the men's doubles": a tennis event, not a multiple
        value = nums.MULTIPLE_WORDS[m.group("fold").lower()]
    elif m.group("x"):
        if m.start() > 0 and (s[m.start() - 1].isalnum()):
            return None  # "Mk3x", "A4x": names
        if m.group(0).endswith("X") and _CAP_WORD_BEFORE.search(s, max(0, m.start() - 30), m.start()) \
                and (_CAP_NEXT.match(s, m.end()) or _NAME_ENDS.match(s, m.end())):
            return None  # "a VisionTek 16X PCI Express card", "New Essbase 7X is": a product's grade or version
        value = float(m.group("x"))
    elif m.group("tw"):
        value = float(nums.FREQUENCY_WORDS[m.group("tw").lower()])
    elif m.group("adj"):
        value = nums.MULTIPLE_ADJECTIVES[m.group("adj").lower()]
    else:
        word = (m.group("n") or m.group("nby")).lower()
        value = float(word) if word[0].isdigit() else float(nums.SMALL.get(word) or nums.TENS.get(word) or 0)
    if not (1 < value < 1e6 or value == 0.5 and (m.group("fold") or m.group("adj"))):  # (a half only as a word:
        # "halved", "to halve")
        return None
    end = m.end("n") + len(" times") if m.group("n") else m.end()
    start, qualifier, low, high = _qualified(s, m.start(), value)
    fold = (m.group("fold") or "").lower()
    before = s[max(0, start - 40) : start]  # (before the qualifier: "have risen more than sixfold")
    cb = _CHANGE_BEFORE.search(before) if "fold" in fold else None
    verb = bool(fold) and ("fold" not in fold or cb is not None)  # "doubled", "rose sixfold"
    subject_at = start - len(before) + cb.start() if cb is not None else start  # "are set to surge sevenfold": the
    # subject before the verb of change
    transitive = (fold.endswith(("led", "les", "ling")) or m.group("adj") is not None
                  or m.group("n") is not None and not _POSSESSIVE_NEXT.match(s, end)) \
        and (_SHARE_DETERMINER.match(s, end) is not None or _A_POSSESSOR.match(s, end) is not None) \
        and not ((m.group("n") or m.group("tw")) and _BE_BEFORE.search(before))
    # ("doubles a person's risk of stroke", "ten times the speed of"; but "debt of three times its earnings" is the
    # debt's, and "Cases are three times the usual number" the subject's: a multiple it is of a baseline)
    noun_of = fold.endswith("ling") and _OF_WORD.match(s, end) is not None
    x_noun = bool(m.group("x")) and (nw := _WORD_RE.match(s, end)) is not None and nw.group("w").islower() \
        and _is_noun_like(nw.group("w")) and not nw.group("w").endswith("er") and nw.group("w") not in _COMPARATIVES
    owner = _A_POSSESSOR.match(s, end) if transitive else None  # ("doubles a person's risk": the risk)
    as_many = _AS_MANY.match(s, end) if m.group("n") or m.group("tw") else None
    if as_many is None and (m.group("n") or m.group("tw")) and (mt := _MORE_NOUN_THAN.match(s, end)) is not None:
        as_many = mt  # "10 times more violence than": the noun the multiple is of
    than = _COMPARED_THAN.match(s, end) if (m.group("n") or m.group("tw")) and _CHANGE_BEFORE.search(
        s[max(0, start - 30) : start]) is None else None  # (a subject that rose five times faster keeps it)
    as_adjective = _AS_ADJECTIVE_AS.match(s, end) if (m.group("n") or m.group("tw")) and as_many is None else None
    entity = (as_many is not None and entity_after(s, as_many.end())) \
        or (as_adjective is not None and (nb := _NP_AFTER_ARTICLE.search(s, max(0, start - 50), start)) is not None
            and not any(_is_verb(w) or w.lower() in _ENTITY_STOP for w in nb.group("np").split())
            and nb.group("np")) \
        or (than is not None and entity_after(s, than.end())) \
        or (transitive and entity_after(s, owner.end() if owner else end, fraction=True)) \
        or (noun_of and entity_after(s, end)) \
        or (x_noun and entity_after(s, end)) or entity_before(s, subject_at, verb_given=verb)  # ("3x optical zoom":
    # a multiple that modifies its noun)
    if entity and entity.lower() in _MEASURE_HEADS and (at := s.find(entity, end, end + 12 + len(entity))) >= 0 \
            and (om := _OF_OWNER.match(s, at + len(entity))) is not None and (of_words := _noun_run(s, om.end())):
        entity = " ".join([*s[at : om.end()].split(), *of_words])  # "halve the number of seats": what is counted,
        # not "number"
    if entity is None and m.group("tw") and s.endswith(" at ", 0, start) \
            and (dm := _SHARE_DETERMINER.match(s, end)) is not None:
        entity = entity_after(s, dm.end())  # "... than models predicted, at nearly twice the pace of the last
        # decade": with no subject named, the pace it is a multiple of
    # "The drug doubled the risk of strokes", "ten times the speed of": what the verb or the multiple multiplies;
    # "a doubling of sales": what doubles; "Profits doubled": its subject
    verb = verb or bool(m.group("adj")) and _MODAL_OR_TO_BEFORE.search(s, max(0, start - 12), start) is not None
    change = ("up" if value > 1 else "down") if verb else None
    if change is None and (m.group("n") or m.group("tw")) and (cm := _RATIO_COMPARED.match(s, end)) is not None:
        change = "up" if cm.group("w").lower() in _COMPARATIVE_UP else "down"  # "can be three times higher", "ten
        # times smaller": a multiple of a baseline, written as a rise or a fall
    return _Quantity(start, end, "ratio", _tidy(value), _tidy(low) if low is not None else None,
                     _tidy(high) if high is not None else None, "times", None, qualifier, entity, 0.8,
                     value_written=_tidy(value), change=change)


#: "more" or "less" and a noun before "than", after a multiple: "(10 times) more violence than"
_MORE_NOUN_THAN = re.compile(r"\s+(?:more|less|fewer)(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+than\b)")
#: nouns of a measure that say nothing without their "of": "the number of seats", "the size of its fleet"
_MEASURE_HEADS = frozenset({"number", "size", "amount", "value", "volume", "level", "capacity", "pace"})
#: "of" and a determiner after such a noun: " of its" (fleet)
_OF_OWNER = re.compile(r"\s+of(?:\s+(?:the|its|their|his|her|our))?(?=\s)")
#: a comparative and "than" after a multiple: "ten times faster than older models" (the base it is measured on)
_COMPARED_THAN = re.compile(r"\s+(?:" + _COMPARATIVE_WORDS + r")\s+than(?=\s)")
#: "to" or a modal right before a multiple, which makes it a verb: "expected to double the staff", "could triple"
_MODAL_OR_TO_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must)\s+$")

def entity_before(s: str, start: int, *, money: bool = False, verb_given: bool = False,
                  changed: bool = False, coordinated: bool = False, state: bool = False) -> str | None:
    """The subject a figure is about (see :func:`_entity_before`), without a participle whose agent follows it: "A
    house once owned by the mayor sold for $1 million" is about the house."""
    phrase = _entity_before(s, start, money=money, verb_given=verb_given, changed=changed, coordinated=coordinated,
                            state=state)
    if phrase and phrase.split(None, 1)[0].lower() in _SUBORDINATORS:
        phrase = " ".join(_trim_phrase(phrase.split()[1:])) or None  # "If prices rise 5%", "asked whether the
        # project would cost": the clause's subject, after the word that opens the clause
    if phrase and " " in phrase and " by " in s[max(0, start - 160) : start] \
            and (pm := _AGENT_PARTICIPLE_END.fullmatch(phrase)) is not None \
            and (_past_form(pm.group("p")) or pm.group("p") in _IRREGULAR_PARTICIPLES) \
            and (k := s.rfind(phrase, 0, start)) >= 0 and s.startswith(" by ", k + len(phrase)):
        return pm.group("head")
    return phrase


#: words that open a subordinate clause, never the first word of its subject
_SUBORDINATORS = frozenset("if whether because although though unless once while whilst when whereas since".split())
#: a noun phrase that ends in a participle (and an adverb before it): "house once owned", "farmhouse built"
_AGENT_PARTICIPLE_END = re.compile(r"(?P<head>.+?)(?:\s+(?:once|formerly|previously|jointly|partly|largely|"
                                   r"mostly|now))?\s+(?P<p>[a-z]+)")


def _entity_before(s: str, start: int, *, money: bool = False, verb_given: bool = False,
                   changed: bool = False, coordinated: bool = False, state: bool = False) -> str | None:
    """The subject a figure is about, read back from the quantity: "Sales at the chain fell 3.4%" -> "Sales" (its
    phrase of place is added when the sentence's quantities are done, see :func:`_places_of_subjects`);
    "The average price of a new car has risen to $28,400" -> "average price of a new car".

    The words before the quantity, within its clause, are read right to left: prepositions, qualifiers, numbers
    and verbs are skipped, then the noun phrase before the verb is taken, up to a preposition other than "of".
    ``coordinated``: a clause that opens with "and" and a verb of change or cost takes the subject of the clause
    before ("is 400 metres long and cost", "opened lower and fell 4%"; not for counts, whose subject is the actor:
    "killed 250 and injured 380"; and not for a verb that has a figure as its object: "produces 500bhp").
    ``state``: a share of a state ("and is 45 percent contained") takes that subject through "is" too.
    """
    lo = max(0, start - 120)
    left = s[lo:start]
    if "--" in left or "—" in left:
        lo = max(0, start - 240)
        left = _DASH_ASIDE.sub(" ", s[lo:start])  # "buy Widgetco Ltd -- a Dutch toy seller -- for $80 million"
    if left.endswith(("only ", "just ", "mere ", "merely ")) and (om := _OF_ONLY.search(left)) is not None:
        left = left[: om.start()] + " of "  # "a price tag of only $2000": what the amount is of
    if "s ' " in left:
        left = _SPACED_PLURAL_POSSESSIVE.sub("'", left)  # "British Airways ' pretax profits": a tokeniser's space
    if left.endswith(" as ") and (am := _AS_FAR_AS.search(left, max(0, len(left) - 20))) is not None:
        left = left[: am.start()]  # "Acme stock rose as high as $45": the words before the comparison
    if "(" in left:
        left = _BRACKETED.sub("", left)  # "Zeta Inc. (ZTA.O: Quote, Profile, Research) rose 5 percent"
    if left.endswith(" hands for "):
        left = _CHANGED_HANDS.sub(" sold for ", left)  # "A terraced house changes hands for £287,000": an idiom of
        # selling, the price of the subject (not of the hands)
    if money and (cp := _COST_PAYER.search(left, max(0, len(left) - 50))) is not None:
        left = left[: cp.start("payer")] + " "  # "Each dose costs the health service around £250": what costs it
    if left.endswith((" record ", " high ", " low ")) and (rm := _TO_A_RECORD.search(left, max(0, len(left) - 30))):
        left = left[: rm.start()] + " to "  # "pushed electricity demand to a record 80 gigawatts": past the record
    if " by a" in left[-48:] and (bm := _BY_A_ADJECTIVES.search(left, max(0, len(left) - 48))) is not None:
        left = left[: bm.start()] + " by "  # "pushed prices up by a hefty 0.6 percent": past the adjectives
    if left.endswith(" by ") and (obj := _object_before_by(left)) is not None:
        return obj  # "cut the risk of heart attack by a third": what the verb changes
    if left.endswith(" ") and (", " in left[-40:] or "after " in left[-40:] or "before " in left[-40:]
                               or "while " in left[-40:]) and (pm := _CHANGE_PARTICIPLE_AFTER_COMMA.search(
            left, max(0, len(left) - 40))) is not None and (subject := _subject_from_start(left[(
                _clause_start(left, pm.start())) : pm.start()])):
        return subject  # "Usage of the browser continues to fall, dropping 1.09 percentage points": the clause's
        # subject is what the participle moves
    if " to " in left[-40:] and (em := _ESTIMATED_TO_BE.search(left, max(0, len(left) - 100))) is not None:
        return " ".join(_trim_phrase(em.group("np").split())) or None  # "estimates losses from the storm to be
        # about $94 million": what the estimate is of
    if left.endswith(" at ") and lo == 0 and (pm := _PRICED_AT_AFTER_COMMA.match(left)) is not None:
        return pm.group("np")  # "Google's shares, priced at $85 in the offering,": the price of the subject before
    if left.endswith(" to ") and (cm := _CHANGE_IN_TO.search(left, max(0, len(left) - 60))) is not None:
        return cm.group("np")  # "a spike in oil prices to $52": what rose to the level
    if left.endswith(" to ") and (obj := _object_before_to(left) or (_object_before_to(
            _RELATIVE_ASIDE.sub(" ", left)) if ", " in left else None)) is not None:
        return obj  # "taking the toll in the region to 62", "raised its dividend to 50 cents", "cut the discount
        # rate, at which banks borrow, by a quarter-point to 1.25 per cent" (past the relative clause)
    if left.endswith(" at ") and (tm := _TRADING_AT.search(left, max(0, len(left) - 40))) is not None and (
            subject := _subject_from_start(left[_clause_start(left, tm.start()) : tm.start()])) is not None:
        return subject  # "Brent climbed above $60, trading at $60.15": the main clause's subject trades there
    if left.endswith((" at ", "ing ")) and "with " in left and (wm := _WITH_AT.search(left, max(0, len(left) - 60))) \
            is not None \
            and not any(w.lower() in _ENTITY_STOP or w.lower() in _SUBJECT_VERBS
                        or _is_verb(w) and not (k == 0 and len(ws) > 1 and w.endswith("ed"))  # ("sustained winds")
                        for ws in [(wm.group("np") or wm.group("name")).split()] for k, w in enumerate(ws)):
        words = (wm.group("np") or wm.group("name")).split()  # (a name after "the": "with the DAX at")
        if len(words) > 1 and words[-1].endswith("ing") and words[-1] not in _ING_NOUNS:
            words.pop()  # "with prices starting at": the participle that puts the noun at the level
        return " ".join(words)  # "with unemployment at 5.4% and inflation at 3%": what stands at the level
    if money and left.endswith(" at ") and (pm := _PAY_AT.search(left, max(0, len(left) - 50))) is not None:
        return pm.group("np")  # "a payout worth three times his annual salary at $5 million": the pay put at it
    if left.endswith(" at ") and (vm := _PASSIVE_AT.search(left, max(0, len(left) - 40))) is not None and (
            subject := _subject_from_start(left[_clause_start(left, vm.start()) : vm.end("be")])) is not None:
        return subject  # "The painting is valued at £3m", "His fortune is estimated at": the passive's subject
    if left.endswith(" at ") and (obj := _object_before_to(_STEADY_AT.sub(" at ", left), _AT_VERBS)) is not None:
        return obj  # "kept its key rate steady at 2%", "put the chance of an eruption at 70 percent"
    if left.endswith(" for ") and (nm := _NAMED_AFTER_DESCRIPTION.search(left, max(0, len(left) - 120))) is not None \
            and nm.group("v").lower() in _FOR_VERBS:
        return nm.group("name")  # "agreed to buy the third-largest Dutch parcel carrier, Kvik, for": the name
    if left.endswith(" for ") and ", of " in left:
        left = _PLACE_ASIDE.sub("", left)  # "bought Lumo Ltd, of Cork, Ireland for": the seat, an aside
    if left.endswith(" for ") and (obj := _object_before_to(_APPOSITIVE.sub(" ", left), _FOR_VERBS)) is not None:
        return obj  # "settling a lawsuit for $220 million", "will buy Widgetco, a toy maker, for $150 million"
    if changed and (cm := _CHANGE_OBJECT.search(left, max(0, len(left) - 60))) is not None and (
            obj := _changed_object(cm)) is not None:
        return obj  # ``changed`` (a share or an amount): "raised its quarterly dividend 10 percent"
    if left.endswith(" for ") and (rm := _REQUEST_FOR.search(left, max(0, len(left) - 48))) is not None:
        return rm.group("np")  # "made an appeal here for 95 million dollars": what is asked or offered
    if "with " in left and (wm := _WITH_NOUN_BEFORE.search(left, max(0, len(left) - 40))) is not None and not any(
            w.lower() in _ENTITY_STOP for w in wm.group("np").split()):
        return wm.group("np")  # "with losses between three and four billion dollars"
    if (" that " in left or " which " in left) and (rm := _RELATIVE_VERB_BEFORE.search(left, max(0, len(left) - 80))) \
            and (rm.group("v").lower() in _CHANGE_VERBS or rm.group("v").lower() in _RELATIVE_LEVEL_VERBS) \
            and rm.group("np").split()[-1].lower() not in _SAYING_BEFORE_THAT:  # ("Scientists think that warming
        # in excess of 2C": "that" opens what they think, no relative clause of theirs)
        words = rm.group("np").split()
        stops = [k for k, w in enumerate(words[:-1]) if w.lower() in _ENTITY_STOP or _is_verb(w)]  # ("costs":
        # the last word is the noun)
        heads = [k for k in stops if words[k].lower() not in _NP_CUT]
        if (kept := _trim_phrase(words[heads[-1] + 1 :] if heads else words)) and kept[-1] == words[-1]:
            return " ".join(kept)  # "its provisions for bad loans, which now total £1.2bn": a head with its "for"
        if (words := words[stops[-1] + 1 :] if stops else words):
            return " ".join(words)  # "helped by cloud subscriptions that rose 23 percent": the noun "that" stands for
    if left.endswith("costing ") and (cm := _COSTING_BEFORE.search(left, max(0, len(left) - 60))) is not None \
            and (np := _trim_phrase([w for w in _after_last_verb(cm.group("np").split())
                                     if w.lower() not in _ENTITY_STOP])):
        return " ".join(np)  # "premium services costing $19": what costs it (not the verb before it: "needs
        # repairs costing": the repairs)
    if left.endswith(": ") and (lm := _LABEL_BEFORE.search(left)) is not None:
        return lm.group("label")  # "Purse: $4.2 million. Winner's share: $756,000": a fact sheet's label
    if money and (" that " in left or " which " in left or ", who " in left) and (
            rm := _RELATIVE_AMOUNT_BEFORE.search(left, max(0, len(left) - 90))) is not None and (np := _trim_phrase(
                _after_last_verb([w for w in rm.group("np").split() if w.lower() not in _ENTITY_STOP]))):
        return " ".join(np)  # "a wage deal that will save the railway $300 million": what saves or costs it
    if (" which " in left or " that " in left) and (rm := _RELATIVE_MEASURE_BEFORE.search(
            left, max(0, len(left) - 90))) is not None and (np := _trim_phrase(_after_last_verb(
                [w for w in rm.group("np").split() if w.lower() not in _ENTITY_STOP]))):
        return " ".join(np)  # "The olive grove, which covers 40 hectares,": what the relative clause measures
    if _ADDED_TO.search(left, max(0, len(left) - 30)):
        return None  # "The grant would be on top of the $300 million already promised": an amount of its own, not
        # the subject's
    if _TUNE_OF.search(left, max(0, len(left) - 20)):
        return None  # "to the tune of $635 million": an idiom, not a noun the amount is of
    if (lm := _LEVEL_OF.search(left, max(0, len(left) - 70))) is not None and (money or lm.group("v") not in (
            "set", "sets")):  # ("Oil prices set a new record above $50"; but "set a world record of 22.71 seconds"
        # is the record's)
        marks = list(_CLAUSE_MARK.finditer(left, 0, lm.start()))
        if (marks or lo == 0) and (subject := _subject_from_start(left[marks[-1].end() if marks else 0 : lm.end("v")])):
            return subject  # "The price of gold rose to a new high of $460": what reached that level
    if left.endswith(" of ") and (pm := _NOUN_PLACE_OF_BEFORE.search(left, max(0, len(left) - 80))) is not None \
            and not any(_is_verb(w) or w in _ENTITY_STOP for w in pm.group("np").split()):
        return pm.group("np")  # "career earnings on the European Tour of less than 40,000": the noun before the
        # named place its "of" follows
    if left.rstrip().endswith(" of") and (om := _NOUN_OF_BEFORE.search(left, max(0, len(left) - 48))) is not None \
            and (om.group("np").split()[-1].lower() not in _ENTITY_STOP
                 or om.group("np").split()[-1].lower() in _NOUN_OR_VERB) \
            and om.group("np").split()[-1].lower() not in _STATISTIC_HEADS:  # ("paid an average of 148.9p a litre
        # for unleaded": what the average is of is read elsewhere)
        words = om.group("np").split()
        verbs = [k for k, w in enumerate(words[:-1]) if w.lower() in _SUBJECT_VERBS or w.lower() in _VERBS_AFTER_PLURAL
                 and k and _is_plural(words[k - 1]) or w.lower() in ("forecast", "forecasts")
                 and (_POLLED_BY.search(left, max(0, len(left) - 70)) or k and (
                     words[k - 1].lower() in _AUXILIARY_VERBS or _is_plural(words[k - 1])
                     and not words[k - 1].endswith(("'", "’", "'s", "’s"))))  # ("Economists forecast growth of",
                 # "had forecast"; not "the bank's forecast growth of")
                 or w in _PLAIN_VERBS and k + 1 < len(words) and _is_plural(words[k + 1])
                 or _third_person_between(words, k)]  # ("firms face fines of",
        # "take charges of"; the last is the noun: "expects claims of"; "Economists polled by Reuters forecast growth
        # of": the pollster's name ends before the group's verb)
        if verbs:  # "the group reported revenue of": the noun phrase starts after the verb
            words = words[verbs[-1] + 1 :]
        stops = [k for k, w in enumerate(words) if w.lower() in _ENTITY_STOP and not (
            k == len(words) - 1 and w.lower() in _NOUN_OR_VERB) or _past_form(w.lower())]  # ("Legal costs of":
        # before "of" the noun, never the verb)
        if stops:  # "imposed a duty of", "a fine of": the noun phrase starts after its verb or determiner
            reflexive = words[stops[-1]].lower() in _REFLEXIVES
            words = words[stops[-1] + 1 :]
            if reflexive and len(words) > 1 and words[0].endswith("ing") and words[0] not in _ING_NOUNS:
                words = words[1:]  # "found themselves facing fines of": the verb after the pronoun
        if len(words) > 1 and words[0].lower() == "own":
            words = words[1:]  # "his own record of": whose it is, no kind of record
        if 0 < (k := len(np_words := om.group("np").split()) - len(words)) and np_words[k - 1].lower() in _MODALS \
                and len(words) > 1 and words[0].islower():
            words = words[1:]  # "will guarantee loans of": the word after a modal is its verb
        if (says := [k for k, w in enumerate(words[:-1]) if (w in _SAY_SET or w in _CLAUSE_SAY_VERBS)
                     and w.endswith("s") and words[k + 1].islower()]):
            words = words[says[-1] + 1 :]  # "The IMF now forecasts growth of", "The bank predicts inflation of": a
            # verb of saying or forecasting before its object
        if len(words) > 1 and words[0].endswith("ing") and words[0].islower() and words[0] not in _ING_NOUNS \
                and " ".join(words) == om.group("np") and left[: om.start("np")].rstrip().endswith(","):
            words = words[1:]  # ", beating forecasts of £790m": the participle that opens a clause is its verb, the
            # forecasts its object (but "operating profit of", "a closing record of": a modifier)
        if words:
            return " ".join(words)  # "revenue of 3.1 billion euros", "a dividend of 84.75 cents"
    if left.endswith(" at ") and ", " in left[-24:] and (lm := _LEVEL_ASIDE.search(left)) is not None and (
            np := _trim_phrase(_after_last_verb(lm.group("np").split()))) and np[-1].islower() \
            and np[-1] not in _ENTITY_STOP and not _is_verb(np[-1]):
        return " ".join(np)  # "Officials fear the death toll, now at 85, could rise": the level of the noun the
        # aside follows
    if "," in left:
        left = _AGE_ASIDE.sub(" ", _APPOSITIVE.sub(" ", left))  # "Shares in Sohu.com, a leading internet portal,
        # fell 10%"; "The Danish defender, 23, cost the club": an age between commas
    if left.endswith(" at "):
        left = _STEADY_AT.sub(" at ", left)  # "the unemployment rate held steady at": the subject of "held"
    if ", at " in left[-14:] and (sm := _STATE_THEN_AT.search(left)) is not None and (subject := _trim_phrase(
            sm.group("subject").split())) and len(subject) <= 6 and not any(_is_verb(w) for w in subject):
        return " ".join(subject)  # "Sales of hydrogen cars remain tiny, at just 240": the level of the clause's
        # subject
    if money and left.endswith((", worth ", ", valued at ")) and (noun := _worth_noun(_last_clause_tokens(
            left[: left.rindex(",")] + " "))) and noun[0].isalpha() and noun[0].islower():
        return noun[0]  # "a deal for 45 aircraft, worth 1.35 billion dollars": what is worth it, before the comma
    if money and left.endswith(", raising ") and (om := _OFFERING_RAISING.search(left)) is not None:
        return om.group("np")  # "The offering priced below estimates, raising $1.67 billion": the offering's size
    tokens = _last_clause_tokens(left)
    if len(tokens) > 2 and tokens[0] == "of" and (tokens[1].lower() in _AS_OF_TIMES or tokens[1] in _TIME_NAMES):
        tokens = tokens[2:]  # "that as of today the stadium is worth": the clause word "as" leaves its time behind
    i = len(tokens)
    saw_verb, guessed = verb_given, False  # "Ground rent on the lease doubles": the figure is the verb
    verb = ""
    while i > 0:
        t = tokens[i - 1].lower()
        if saw_verb and t == "to" and i >= 2 and tokens[i - 2].islower() and (
                _is_verb(tokens[i - 2]) or tokens[i - 2] in _BEFORE_TO_VERBS):
            i -= 2  # "plans to raise", "wants to build": the verb chain, not the subject ("expects prices to
            continue  # fall 5%": "prices" is the subject of "fall")
        if saw_verb and (t in _TIME_HEADS or t == "season") and i >= 2 and tokens[i - 2].lower() in (
                "this", "last", "next", "each"):
            i -= 2  # "Rainfall this spring was 42% below": a time between the subject and its verb
            continue
        if not saw_verb and (t in _EXTREME_NOUNS or t == "territory" and i >= 2 and tokens[i - 2].lower() in
                             _EXTREME_NOUNS) and (k := next(
                (k for k in range(i - 2, max(-1, i - (6 if t == "territory" else 5)), -1)
                 if tokens[k].lower() in _REACHED_VERBS), None)
        ) is not None:  # ("broke into new record territory")
            i, saw_verb, verb = k, True, tokens[k].lower()  # "Oil prices struck a fresh record above $48", "broke
            continue  # into record territory above $52": the subject of the verb that reached the level, not the
            # words of the record
        if not saw_verb and t in _CHANGE_VERBS and t.endswith("s") and i < len(tokens) and tokens[i] == "of" \
                and i >= 2 and tokens[i - 2].islower() and _is_verb(tokens[i - 2]):
            return tokens[i - 1]  # "stemmed falls of nearly $10": the plural is the verb's object, the change itself
            # (as "a gain of 1.3 per cent" is), not a verb with the clause's subject before it
        if not saw_verb and i == len(tokens) and t in _SUBJECT_VERBS and t.endswith("s") and i >= 2 \
                and tokens[i - 2].islower() and tokens[i - 2].endswith("ing") and len(tokens[i - 2]) > 5 \
                and i >= 3 and tokens[i - 3].lower() in ("is", "are", "was", "were", "be", "been"):
            return tokens[i - 1]  # "is accepting offers above £1.1m": after a participle the word is its object noun
        if saw_verb and t == "use" and _use_as_noun(tokens, i - 1):
            break  # "Water use fell 12%": the noun "use" ends the subject
        if saw_verb and verb and t in _SUBJECT_VERBS and t not in _AUXILIARY_VERBS and not t.endswith(("ing", "ed")) \
                and tokens[i - 1][0].isalpha() and (i == 1 or tokens[i - 2].lower() in _DETERMINERS_ONLY):
            break  # "Support fell to 40%", "She said costs rose by a fifth", "The cost rose": a verb's form that
            # opens the clause or follows a determiner is the subject noun
        if saw_verb and t in _SUBJECT_VERBS and t.endswith("s") and t not in _AUXILIARY_VERBS \
                and i >= 2 and tokens[i - 2][0].isalpha() \
                and tokens[i - 2].lower() not in _ENTITY_STOP:
            break  # "Housing starts rose", "Building costs rose": a plural noun ends the subject
        if t in _SUBJECT_VERBS or _ends_in_ed(t) or (
                t in ("up", "down") and not saw_verb) or (
                not saw_verb and t in _PAYER_VERBS and not t.endswith("ing")) or (  # ("has spent $5 million")
                t.endswith("ing") and t in _CHANGE_VERBS and t not in _TRANSITIVE) or (  # ("sent its shares
            # plunging 24 percent"; not "raising $5m")
                verb in ("up", "down") and t.endswith("ing") and i > 1 and tokens[i - 2].lower() in _AUXILIARY_VERBS):
            # ("are going up 15 cents": the verb of "up"; but "pushed borrowing up 6 percent")
            if not (verb and t in _AUXILIARY_VERBS):  # "will spend": the main verb stays the verb
                verb = t
            saw_verb = True  # "up"/"down" stand for the verb of "sales up 3%"
        elif not (t in _ENTITY_STOP or t in _QUAL_WORDS or not t[0].isalpha() or _is_adverb(t)
                  or saw_verb is False and t in _COMPASS and i < len(tokens) and tokens[i].lower() == "at"):
            if saw_verb:
                break
            before = tokens[i - 2].lower() if i > 1 else ""
            if before in _DETERMINERS_ONLY:
                if not money and i > 2 and _is_verb(tokens[i - 3]) and tokens[i - 3].lower() not in _AUXILIARY_VERBS \
                        and tokens[i - 3].lower() not in _COST_VERBS and not _TOTAL_VERB_BEFORE.search(
                            f"{tokens[i - 3]} ") \
                        and tokens[i - 1].islower() and t not in _FIGURE_MODIFIERS and _is_noun_like(t) \
                        and not t.endswith(("ing", "ed", "ly")) and "-" not in t:  # (not "a season-high 18")
                    return tokens[i - 1]  # "returned the kick 78 yards": the object the distance is of
                i -= 1  # "hit a record 87.9p": a modifier of the figure, the verb is further left
                continue
            if t.endswith("ing") and len(t) > 5 and i > 1 and tokens[i - 2][0].isupper() and tokens[i - 1].islower():
                saw_verb, verb = True, t  # "with the Dow dipping briefly below 10,000": a participle after a name
                i -= 1
                continue
            if i == len(tokens) and tokens[i - 1].islower() and _COMPARISON_START.match(s, start) and (
                    obj := _object_after_verb(tokens, i)) is not None:
                return obj  # "pushing the European currency higher than $1.34": the object the verb moved
            if t in _TIME_HEADS and (k := next((k for k in range(i - 2, max(-1, i - 6), -1)
                                                if tokens[k].lower() not in _TIME_PHRASE_MODIFIERS), None)) \
                    is not None and k < i - 2 and tokens[k].lower() in _TIME_PREPOSITIONS:
                i = k - 1 if k and tokens[k - 1].lower() in ("late", "early", "later", "earlier") else k  # "rose in
                continue  # the third quarter to $5 million", "fell in the first half by 4%": a time between the verb
                # and the figure ("late in the day")
            if (tokens[i - 1] in _TIME_NAMES or tokens[i - 1] == "May") and (k := next(
                    (k for k in (i - 2, i - 3) if k >= 0 and tokens[k].lower() in _TIME_PREPOSITIONS), None)) \
                    is not None and (k == i - 2 or tokens[i - 2].lower() in ("early", "late", "mid", "last")):
                i = k  # "has risen since late December to 5%", "rose in May to": a time between the verb and the
                continue  # figure
            if not tokens[i - 1].islower() or i == 1 or t in _NOT_VERBS or tokens[i - 2][0].isupper() and i > 2:
                return None  # a name or a lone word right before the figure: not a subject ("Room 5")
            if tokens[i - 2].lower() in _COST_VERBS:
                i -= 1  # "may cost insurers $4 billion": the payer, not what costs it
                continue
            if _is_verb(tokens[i - 2]) and tokens[i - 2].lower() not in _AUXILIARY_VERBS:
                if nums.is_number_word(tokens[i - 1]):
                    return None  # "covers eight years or 100,000 miles": a figure, no object
                return tokens[i - 1]  # "pushed temperatures above 40 degrees": the object of the verb before it
            saw_verb = guessed = True  # a lower-case word right before the figure is its verb ("runs at")
            verb = t
        i -= 1
    if saw_verb and verb in _SAY_SET and verb not in _CHANGE_VERBS and not _PASSIVE_FORECAST_TO.search(left):  # (not
        # "added 11 points"; "The strike is expected to last five days": a forecast of the subject's own figure)
        return None  # "Analysts expect a 5 percent rise", "The firm reported a 12 percent drop": who says or
        # reports it, not what changes
    if coordinated and saw_verb and i == 0 and lo == 0 and (verb in _CHANGE_VERBS or money and (
            verb in _COST_VERBS or verb in _OFFER_VERBS)
                                                            or state and verb in ("is", "are", "was", "were")
                                                            or not money and verb in _OWN_MEASURE_VERBS):
        return _coordinated_subject(left)  # "The new bridge will take 30 months and cost $2 billion"
    if saw_verb and i == 0 and not money and (" that " in left or " which " in left) and (
            head := _head_before_relative(left)) is not None:
        return " ".join(head)  # "The ice shelf that collapsed was 3,250 square kilometres": the clause before ends
        # at "that", the subject is the noun it describes
    if money and saw_verb and 0 < i <= len(tokens) and tokens[i - 1].lower() in _OFFERINGS \
            and _COLLECTED.search(left):
        return " ".join(_trim_phrase(tokens[:i])) or None  # "The IPO raised $1.67 billion": what an offering or an
        # appeal raises is its size
    if not saw_verb or i == 0 or (money and (verb in _PAYER_VERBS or _COLLECTED.search(left))):
        return None  # "The bank lent $4 billion": the subject pays or lends; the amount is not about it
    if i < len(tokens) and tokens[i].isdigit() and tokens[i - 1][0].isupper():
        i += 1  # "The FTSE 100 closed 0.7% higher": an index's name keeps its number
    if verb in ("worth", "valued", "totaling", "totalling", "amounting") and not (
            i < len(tokens) and tokens[i].lower() in _AUXILIARY_VERBS):  # "freeze assets worth $300bn", "signed
        phrase = _worth_noun(tokens[:i])  # him to a three-year deal worth $21 million", "loans totaling 2 trillion
        # won": what is worth it is the noun right before
    else:
        if verb and verb not in _AUXILIARY_VERBS and (
                sees := [k for k in range(i) if tokens[k].lower() in _SEE_VERBS]):
            del tokens[: sees[-1] + 1]  # "Economists at the bank see growth slowing to 0.8%": what they see change
            i -= sees[-1] + 1
        if (shown := [k for k in range(1, i - 1) if tokens[k].lower() in ("show", "shows") and any(
                w.lower() in DATA_WORD_SET for w in tokens[max(0, k - 8) : k])]):
            del tokens[: shown[-1] + 1]  # "Figures from the trade body show exports rose 3%": what the figures show
            i -= shown[-1] + 1
        if (said := [k for k in range(i - 2) if (tokens[k].lower() in _SAYING_PARTICIPLE_SET
                                                 or tokens[k] in _CLAUSE_SAY_VERBS and k)
                     and tokens[k + 1].lower() in _DETERMINERS_ONLY]):
            del tokens[: said[-1] + 1]  # "criticised the owner for claiming the flat was", "Analysts estimate the
            i -= said[-1] + 1  # deal is worth": the subject of what was claimed or estimated
        if verb in ("up", "down") and (moved := [k for k in range(i - 1) if _is_verb(tokens[k]) and tokens[k].islower()
                                                 and tokens[k].lower() not in _AUXILIARY_VERBS]):
            del tokens[: moved[-1] + 1]  # "Shoppers looking for deals pushed sales up 7%": what the verb before the
            i -= moved[-1] + 1  # particle moved (the subject's own phrase may end early at its preposition)
        phrase = [w for w in _trim_phrase(tokens[:i]) if not _NUMBER_COMPOUND.fullmatch(w)]  # "The 10-year bond"
        while len(phrase) > 1 and phrase[0].islower() and phrase[0].endswith("ing") and phrase[0] not in _ING_NOUNS \
                and not (len(tokens) > 1 and tokens[0].lower() in ("the", "a", "an") and tokens[1] == phrase[0]):
            phrase = _trim_phrase(phrase[1:])  # "seeing sales up 3%", "sending its shares down 6%": the
            # participle introduces the subject (not after an article: "The vending machine operator")
    if phrase and phrase[-1].islower() and phrase[-1].endswith("ing") and phrase[-1] not in _ING_NOUNS and (
            len(phrase) == 1 or phrase[-2] in ("'s", "’s") or phrase[-2].endswith(("'s", "’s"))) and not (
                len(phrase) == 1 and 2 <= i <= len(tokens) and tokens[i - 1] == phrase[0]
                and tokens[i - 2].lower() in ("the", "a", "an", "this", "that")):  # ("The painting sold for": a noun)
        return None  # "managing to store 133GB", "seeking to raise $40 million": a participle, no subject; "Langer
        # 's coruscating unbeaten 181": an adjective of the owner's score, no noun
    if (cut := next((k for k, w in enumerate(phrase) if k >= 2 and phrase[k - 1].lower() == "of" and (
            w[0].isdigit() or nums.is_number_word(w))), None)) is not None:
        phrase = phrase[: cut - 1]  # "A pack of 20 cigarettes will cost": the pack, whose size is a count of its own
    phrase = _without_years(phrase)  # "its 2005 profit forecast": the year says which one; the noun is the forecast
    if tokens and tokens[0].lower() in _NP_CUT and (cut := next((
            k for k in range(len(phrase) - 1, 0, -1) if phrase[k].lower() in ("the", "a", "an")
            and phrase[k - 1].isalpha() and phrase[k - 1].lower() not in _NP_CUT
            and phrase[k - 1].lower() not in ("of", "and", "or", "all", "both", "half")), None)) is not None:
        phrase = phrase[cut + 1 :]  # "On a rapid charger the battery goes": a phrase set before the subject without
        # a comma ends where the subject's determiner begins
    if not verb.endswith("ing") and (cut := next(
            (k for k in range(1, len(phrase)) if _participle_opens(phrase, k)), None)) is not None:
        phrase = phrase[:cut]  # "The number of viruses aimed at Windows rose": a participle opens what describes
        # the subject (not "stocks bolstered by oil prices breaking through": the subject of "-ing" comes after)
    if len(phrase) > 2 and phrase[0].lower() in _NOT_SUBJECT and (phrase[1] in _SAY_SET or phrase[1] in _SEE_VERBS) \
            and phrase[2].lower() not in _NOT_SUBJECT and phrase[2].lower() not in _OBJECT_PRONOUNS:
        phrase = _trim_phrase(phrase[2:])  # "he expects the reconstruction to cost": what the pronoun expects costs it
    if not phrase or phrase[0].lower() in _NOT_SUBJECT or any(
            not w[0].isalpha() and w != "&" and not (w.isdigit() and k and phrase[k - 1][0].isupper())
            for k, w in enumerate(phrase)):
        return None
    if guessed and (sees := [k for k, w in enumerate(phrase[:-1]) if w.lower() in _SEE_VERBS]):
        phrase = _trim_phrase(phrase[sees[-1] + 1 :])  # "The firm saw its shares jump 22%": what it saw change
    if guessed and i < len(tokens) and tokens[i].lower() in _CLAUSE_VERB_START and (
            says := [k for k, w in enumerate(phrase[:-1]) if w in _SAY_SET]):
        phrase = _trim_phrase(phrase[says[-1] + 1 :])  # "the consultancy predicts the market will generate",
        # "expects third-quarter earnings to range between": the subject of the clause said
    if guessed and any((_is_verb(w) or w in _IRREGULAR_PAST) and not _opening_adjective(k, w)
                       for k, w in enumerate(phrase)):
        return None  # "the hosts bowled the visitors all out for 162": the guessed word was not the verb of this phrase
    verbs = [k for k, w in enumerate(phrase[:-1]) if _is_verb(w) and not _opening_adjective(k, w) and not (
        k and w.endswith("ed") and phrase[k - 1].lower() in _FUNCTION_WORDS) and not _modifies_next(
        phrase, k) and not (k == 0 and phrase[1].lower() in ("for", "in", "of"))]  # ("Prices for detached houses": an
    # adjective after a preposition or determiner, or led by an adverb there: "for newly listed homes"; a last
    # "costs" is the noun: "Heating costs"; a first word before its preposition is the head: "Support for the
    # coalition")
    if verbs:  # "Rising prices pushed inflation up 2 points", "Telecom today reported its net profit rose 19%":
        phrase = _trim_phrase(phrase[verbs[-1] + 1 :])  # the object after the phrase's own verb
    if participles := [k for k, w in enumerate(phrase[:-1]) if w.islower() and w.endswith("ing") and len(w) > 5
                       and phrase[k + 1].lower() in _DETERMINERS_ONLY
                       and not (k and phrase[k - 1].lower() == "of")]:  # (a gerund after "of" is the noun's
        # complement: "The cost of decorating a home rose")
        k = participles[-1]
        phrase = phrase[:k] if k and phrase[k - 1][0].isalpha() and phrase[k - 1].lower() not in _ENTITY_STOP \
            and not _is_verb(phrase[k - 1]) and verb not in _CHANGE_VERBS else _trim_phrase(phrase[k + 1 :])
        # "accounts, the company said, sending its shares down 13.5 percent": what the participle moved; but
        # "Flats overlooking the cathedral sell for": a noun before the participle is the subject it describes
    if phrase and (" that " in left or " which " in left or " who " in left) and (
            head := _head_before_relative(left, verb_given)) is not None:
        phrase = head  # "The death toll from a blaze that gutted a depot rose to 41": the words after "that"
        # belong to the relative clause; the subject is the noun phrase it describes
    while len(phrase) > 1 and (phrase[0] in WEEKDAYS or phrase[0].lower() in _TIME_WORDS or (
            phrase[0] in _TIME_NAMES and phrase[1].lower() in _DETERMINERS_ONLY)):
        phrase = _trim_phrase(phrase[1:])  # "said Thursday its profit rose 5 percent": the profit (a month
        # before its noun stays: "March cocoa")
    phrase = _without_dateline(s, phrase)
    if len(phrase) > 1 and phrase[-1] in _VERBS_AFTER_PLURAL and _is_plural(phrase[-2]) and phrase[-2].islower():
        phrase = phrase[:-1]  # "saw its shares go up 5%": the plural's verb is no part of it
    if len(phrase) > 7 and (cut := next((k for k in range(7, 1, -1) if phrase[k].lower() in ("of", "for", "among")),
                                        None)):
        phrase = phrase[:cut]  # "Prize money for the winners of the tournament rose 10%", "The budget for the boat
        # people solution is": too long a subject keeps the words before its last "of" or "for" (what a figure is of
        # or for is read as extra precision)
    if not phrase or len(phrase) > 7 or phrase[0].lower() in _NOT_SUBJECT or all(w in _TIME_NAMES for w in phrase) \
            or len(phrase) == 1 and phrase[0].lower() in _TIME_WORDS or nums.is_number_word(phrase[-1]):
        return None  # (a weekday is no subject: "said Monday it plans to raise"; nor "today"; nor a number word:
        # "goods intended to last more than three years increased 0.2 percent")
    return " ".join(phrase).removesuffix(".")  # "Shares of Acme Inc." as "Shares of Acme Inc"


_YEAR_WORD = re.compile(r"(?:19|20)\d\d(?:s|'s|’s)?")  # (and decades: "the 1930s semi")


def _without_years(words: list[str]) -> list[str]:
    """``words`` without the years or decades that modify the word after them ("2005 profit forecast", "1930s
    semi")."""
    return [w for k, w in enumerate(words) if not (
        _YEAR_WORD.fullmatch(w) and k + 1 < len(words) and words[k + 1].islower())]


def _past_form(w: str) -> bool:
    """Whether a lower-case word looks like a verb's past form ("imposed", "reported"; not "speed", "need")."""
    return w.endswith("ed") and not w.endswith("eed") and len(w) > 3


def _third_person_between(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, in "-s" between a singular noun and another noun, is the singular noun's verb: "The fund
    manager oversees assets of", "The lender charges interest of" (a plural inside a compound noun is rare, and the
    common ones are listed in _PLURAL_MODIFIERS: "health services budget", "the arms deal")."""
    w = words[k]
    if not (0 < k < len(words) - 1 and w.islower() and w.isalpha() and w.endswith("s") and len(w) > 3
            and not w.endswith(("ss", "us", "is", "ics")) and w not in _PLURAL_MODIFIERS):
        return False
    prev, nxt = words[k - 1], words[k + 1]
    return prev.islower() and prev.isalpha() and not prev.endswith("s") and _is_noun_like(prev) \
        and prev not in _DETERMINERS_ONLY and not _looks_adjective(prev) and nxt.islower() and _is_noun_like(nxt)


def _modifies_next(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]``, a word in "-ed", is a participle that describes the noun after it, led by an adverb
    after a determiner or preposition ("for newly listed homes", "the recently opened branch") or by an adjective
    ("typical terraced house"), no verb."""
    if not (1 <= k < len(tokens) - 1 and tokens[k - 1].islower() and tokens[k + 1].isalpha()
            and tokens[k + 1].islower()):
        return False
    if k == 1 or tokens[k - 2].lower() in _DETERMINERS_ONLY or tokens[k - 2].lower() in _NP_CUT:
        return (k >= 2 or tokens[0].endswith("ly") and tokens[0] not in _NOT_MANNER_LY) and _is_adverb(tokens[k - 1]) \
            or tokens[k - 1].endswith(_ADJECTIVE_ENDINGS) and tokens[k - 1] not in _SUBJECT_VERBS  # ("a typical
        # terraced house": after an adjective; "(A) fully loaded version": a phrase that opens with an adverb of manner)
    return False


#: words in "-ly" that say no manner of a participle after them: "only", "early", "monthly", "likely"
_NOT_MANNER_LY = frozenset("only early daily weekly monthly quarterly yearly likely reportedly allegedly".split())


#: endings of adjectives, never of verbs or plural nouns: "typical", "historic", "spacious", "expensive" (looser
#: ones, which nouns share too, are added by _looks_adjective: "rental", "agent")
_ADJECTIVE_ENDINGS = ("ical", "ic", "ous", "ful", "ive", "able", "ible", "less", "ary")


def _participle_opens(phrase: list[str], k: int) -> bool:
    """Whether ``phrase[k]`` is a past participle after a plural noun that opens a phrase describing it ("viruses
    aimed at", "cars sold in"; not "Israel has killed in": a verb of a clause); the phrase may end with it, cut
    before its preposition."""
    w, prev = phrase[k], phrase[k - 1]
    return w.islower() and len(w) > 4 and w.endswith("ed") and (k + 1 == len(phrase) or phrase[k + 1] in _NP_CUT) \
        and prev.isalpha() and (prev.islower() or k == 1 and prev[1:].islower()) and _is_plural(prev.lower()) \
        and _is_noun_like(prev.lower()) and prev.lower() not in _AUXILIARY_VERBS  # ("Complaints aimed at")
#: words between a determiner and a figure that describe the figure, not a noun it is of ("hit a record 87.9p")
_FIGURE_MODIFIERS = frozenset("""record new fresh further additional total combined whopping hefty modest massive huge
    big small slight sharp steep estimated reported projected average maximum minimum possible potential extra net
    gross annual initial final mere paltry healthy solid robust""".split())


_SPACED_PLURAL_POSSESSIVE = re.compile(r"(?<=[A-Za-z]s) '(?= )")
_OF_ONLY = re.compile(r"\s+of\s+(?:only|just|merely|a\s+mere)\s+$")


def _head_before_relative(left: str, verb_given: bool = False) -> list[str] | None:
    """The noun phrase that opens a clause and is described by a relative clause right after it ("The number of
    people who fled the town rose to": "number of people"), or None when the last clause opens otherwise
    (``verb_given``: the figure is the verb, "The deficit at the agency that rescues failed funds doubled")."""
    marks = list(_CLAUSE_MARK.finditer(left))
    if not marks or marks[-1].group() not in ("that", "which", "who") or len(marks) > 1 and marks[-2].group() in (
            "said", "says", "that"):
        return None  # "Acme said Monday that its profit rose": "that" opens what is said
    words = _TOKEN.findall(left[marks[-2].end() if len(marks) > 1 else 0 : marks[-1].start()])
    if len(words) > 2 and words[-1] in _CLAUSE_SAY_VERBS and words[-1].endswith("s") and words[-2].islower() \
            and words[-2] not in _DETERMINERS_ONLY and words[-2] not in _PLAIN_ADJECTIVES and not _is_plural(words[-2]):
        return None  # "The report projects that demand will grow": a singular noun's verb of forecast before "that"
        # opens what is forecast (but "The projects that failed": the noun and its relative clause)
    if not words or any(_is_verb(w) or w.lower() in _SAY_SET or w.lower() in _AUXILIARY_VERBS or not w[0].isalpha()
                        or w.lower() in SAYING_PARTICIPLES for w in words) \
            or words[-1] in _TIME_NAMES or words[-1].lower() in _TIME_WORDS:
        return None  # "Police said that ...", "It reported sales that", "warning that": not a subject with its
        # relative clause
    tail = [w.lower() for w in _TOKEN.findall(left[marks[-1].end() :])]
    while tail and (tail[-1] in ("to", "by", "at", "from") or tail[-1] in _QUAL_WORDS):
        tail.pop()
    if len(tail) < 2 or tail[-1] not in _LEVEL_VERBS and tail[-1] not in _CHANGE_VERBS and not verb_given \
            or tail[-1].endswith("ing"):
        return None  # "results that sent its stock sliding 9 percent": the figure is the relative clause's
    return _trim_phrase(words) or None


#: verbs that state a level: "rose to 57", "reached 3,000", "stood at 40"
_LEVEL_VERBS = frozenset("reached reaches hit hits stood stands totalled totaled totals numbered topped exceeded "
                         "neared was were is are".split())


def _without_dateline(s: str, phrase: list[str]) -> list[str]:
    """A phrase without the dateline that opens the text with no dash after it ("WASHINGTON Oil prices climbed":
    the place the story was filed, not part of the subject); capitals of fewer than five letters stay ("BAE
    Systems shares", "US Steel")."""
    k = 0
    while k < len(phrase) and len(phrase[k]) > 1 and phrase[k].isalpha() and phrase[k].isupper():
        k += 1
    if 0 < k < len(phrase) and sum(map(len, phrase[:k])) >= 5 and phrase[k][:1].isupper() \
            and not phrase[k].isupper() and s.lstrip().startswith(" ".join(phrase[: k + 1])):
        return phrase[k:]
    return phrase


_SEE_VERBS = {"saw", "sees", "see", "seen"}
_SAY_SET = frozenset(SAY_WORDS) | frozenset(SAY_THAT_WORDS)  # a verb of saying before a clause's own subject
#: verbs before "to" and another verb: "plans to raise", "is set to fall"
_BEFORE_TO_VERBS = {*INTENT_WORDS, "wants", "want", "needs", "need", "seeks", "seek", "tries", "try", "hopes", "hope",
                    "set", "going", "likely", "able", "due", "agreed", "agrees", "agree", "decided", "decides",
                    "threatened", "threatens", "continues", "continue", "began", "begins", "is", "are", "was", "were",
                    "looking", "hoping", "seeking", "trying", "aiming", "planning", "preparing"}
#: adverbs that stand where a verb would ("launched an appeal here for $210m", "bowled all out for 181")
_NOT_VERBS = {"here", "there", "all", "out", "away", "back", "now", "then", "again", "home", "off", "over", "alone",
              "together", "instead", "apiece", "each", "too", "even", "first", "last"}
#: what raises money as its size, not as a payer: "The IPO raised $1.67 billion", "The appeal has raised £2m"
_OFFERINGS = frozenset("""ipo ipos offering offerings sale sales issue placing flotation listing auction appeal campaign
    fundraiser fundraising round""".split())
#: an offering as the subject of a clause that ends in ", raising": "the initial public offering priced far below
#: estimates, raising"
_OFFERING_RAISING = re.compile(r"(?<![\w'’-])(?P<np>(?:(?!(?:the|a|an|its|their)\s)[a-z][\w-]*\s+){0,2}"
                               r"(?:IPO|offering|flotation|placing|share\s+sale|bond\s+sale|auction|appeal))"
                               r"\s+(?:was\s+|were\s+)?(?:priced|closed|completed|launched|sold|held|ended)\b"
                               r"[^,;]{0,60},\s+raising\s+$")
_PAYER_VERBS = {"paid", "pays", "pay", "lent", "lends", "lend", "spent", "spends", "spend", "gave", "gives", "give",
                "paying", "lending", "spending", "giving", "investing", "borrowing", "donating", "offering",
                "pulled", "withdrew", "withdrawn", "redeemed",  # ("Investors have pulled almost $40 billion out of")
                "donated", "donates", "donate", "invested", "invests", "invest", "borrowed", "borrows", "borrow",
                "earmarked", "earmarks", "earmark", "allocated", "allocates", "allocate", "budgeted",
                "owes", "owed", "offered", "offers", "offer", "contribute", "contributes", "contributed", "pledged",
                "pledges", "pledge", "stole", "steals", "steal", "embezzled", "embezzles", "embezzle",
                "appealed", "appeals", "asked", "asks", "sought", "seeks", "requested", "requests",
                "charges", "charged", "charging"}  # (and a thief: "the pair stole $4 million"; one who asks for
# it: "The Red Cross appealed for $25 million"; one who charges it: "The clinic charges £900 for the course" is about
# the course)
#: a relative clause whose verb of change has the figure: "subscriptions that rose 23 percent", "costs, which fell by"
#: verbs in the present that take a clause without "that" ("Analysts estimate the deal is worth"); in the third
#: person, plural nouns too, yet verbs before an object ("The IMF forecasts growth of")
_CLAUSE_SAY_VERBS = frozenset("""estimate estimates expect expects believe believes think thinks say says fear fears
    predict predicts reckon reckons calculate calculates forecast forecasts project projects""".split())
_RELATIVE_VERB_BEFORE = re.compile(r"(?<![\w'’-])(?P<np>(?:[A-Za-z][\w'’&-]*\s+){0,3}[a-z][\w'’-]*),?\s+"
                                   r"(?:that|which)\s+(?:(?:have|has|had|also|now|could|may|might|would|will)\s+)?"
                                   r"(?P<v>[a-z]+)"
                                   r"(?:\s+(?:by|to|at))?\s+$")
_CHANGE_VERBS = frozenset(_UP) | frozenset(_DOWN)
#: verbs of a level after "that" or "which": "provisions for bad loans, which now total £1.2bn"
_RELATIVE_LEVEL_VERBS = frozenset("total totals totalled totaled stand stands stood reached reaches number reach"
                                  " was were is are".split())  # ("other land, which was 6.8 percent")
#: a bracketed aside between a subject and its verb: a ticker, a quote link, a restated figure
_BRACKETED = re.compile(r"\s*\([^()]{0,60}\)")
#: an age between commas after a person's noun or name, before the verb: "The Danish defender, 23, cost"
_AGE_ASIDE = re.compile(r"(?<=[A-Za-z])\s?,\s+(?:1[4-9]|[2-9]\d|10[0-5]),\s+(?=[^,;]{0,40}$)")
#: an appositive between a subject and its verb: ", a leading US-listed Chinese internet portal,", ", which covers
#: 9,000 acres," (a figure's thousands separator inside it)
#: pay named with its owner right before "at" and an amount: "(his) annual salary at"
_PAY_AT = re.compile(r"\b(?:his|her|its|their|the|our|your)\s+(?P<np>(?:[a-z][a-z-]+\s+)?(?:salary|salaries|wages?|pay|"
                     r"fees?|rent|valuation|payout|bonus))\s+at\s+$")
#: the idiom of a sale before its price: "changed hands for"
_CHANGED_HANDS = re.compile(r"\s+chang(?:e|es|ed|ing)\s+hands\s+for\s+$")
#: a relative clause between commas, with its preposition: ", at which banks borrow from it,"
_RELATIVE_ASIDE = re.compile(r",\s+(?:(?:at|in|on|for|to|by|from|with|under|over)\s+)?(?:which|whom|whose)\s+"
                             r"[^,;]{2,80},(?=\s)")
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the|which|who|whose|with)\s+(?:[^,;]|,(?=\d{3}\b)){2,60}"
                         r"|(?:built|founded|opened|completed|established)\s+in\s+\d{4}"  # (", built in 1890,")
                         r"|(?:(?:[a-z]+ed|spread|set|built)\s+"
                         r"(?:over|across|on)\s+)?"
                         r"\d[\d,.]*\s[^,;\d]{2,40}|(?:priced|valued)\s+at\s+[^,;]{2,40}"
                         r"|(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|ing)(?:\s+[^,;\d]{2,40})?"
                         r"|however|meanwhile|though|too|also|overall|in\s+turn|for\s+(?:example|instance)"
                         r"|(?:once|long|formerly|previously|still|both|mostly)\s+[^,;\d]{2,50}"
                         r"|(?:by|in)\s+contrast),\s*"
                         r"(?=[^,;]{0,40}$)")  # (and a relative clause, and "with": "The flat, with 3923sq m of
# gardens, sold for $1.25m"; and a figure: "The farmland, 1,200 hectares in all, was valued at"; and a price set
# beside the subject: "The shares, priced at $85 in the offering, have tripled"; and a participle's phrase: "Retail
# sales, adjusted for inflation, fell", "Home prices, excluding new builds, rose"; and a sentence adverb: "Exports,
# meanwhile, fell"; and a description that opens with an adverb of time or extent: "Rents in Leeds, once among the
# lowest, have risen")
_AUXILIARY_VERBS = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
                    "can", "may", "might", "should", "shall", "must", "do", "does", "did"}
_AUX = "(?:" + "|".join(sorted(_AUXILIARY_VERBS)) + ")"
#: the subject after an opening phrase: ", Ivan could", ", the storm is"
_SUBJECT_AFTER_OPENING = re.compile(r",\s+(?:the\s+)?(?P<np>(?:[A-Z][\w'’-]*|[a-z][\w-]*)(?:\s+(?!" + _AUX
                                    + r"\b)[a-z][\w-]*)?)\s+(?:" + _AUX + r"|[a-z]+(?:ed|s))\b")
_DETERMINERS_ONLY = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"}
#: the prepositions that cut a noun phrase and the determiners, together (built once, not at every word)
_FUNCTION_WORDS = frozenset(_NP_CUT | _DETERMINERS_ONLY)
_MODALS = {"can", "could", "will", "would", "may", "might", "should", "must", "shall", "to"}
_CLAUSE_VERB_START = _AUXILIARY_VERBS | _MODALS  # what starts the verb of a clause said: "will generate", "to range"


def _worth_noun(tokens: list[str]) -> list[str]:
    """The noun right before "worth" or "valued", with its modifiers; before a name, the noun whose place or owner
    the name is ("its stake in Qantas Airways Ltd. worth": the stake; "a bid for AirGate PCS Inc. worth": the
    bid)."""
    k = len(tokens)
    while k > 0 and not tokens[k - 1][0].isalpha():
        k -= 1  # the dot of "Ltd."
    j = k
    while j > 0 and tokens[j - 1][0].isupper():
        j -= 1
    if 1 < j < k and tokens[j - 1].lower() in _NP_CUT:
        k = j - 1
    i = k - 1
    while i > max(0, k - 3) and j == k and _modifier_word(tokens[i - 1]) and not (
            i > 1 and _is_plural(tokens[i - 2]) and tokens[i - 2].islower() and tokens[i - 2] not in _ENTITY_STOP
            and tokens[i - 2] not in _AUXILIARY_VERBS):
        i -= 1  # "stainless steel units worth": the noun with its modifiers (a word after a plural is its verb:
        # "sanctions freeze assets worth")
    if i < k - 1 and not (i == 0 or (tokens[i - 1].lower() in _DETERMINERS_ONLY or tokens[i - 1].lower() in _NP_CUT
                                 or tokens[i - 1].lower() in _AUXILIARY_VERBS and tokens[i - 1].lower() not in _MODALS
                                 or tokens[i - 1].endswith(("'s", "’s")))):
        i = k - 1  # only when the clause, a determiner, a preposition or "has" opens them (not "froze assets
        # worth": a verb the reader does not know; not "will sign contracts worth": a verb after a modal)
    return tokens[i:k]


def _modifier_word(w: str) -> bool:
    """Whether ``w`` may modify the noun after it: a lower-case word that is no verb, determiner, stop word, adverb
    or figure ("steel" in "steel units"; not "has", "the", "three-year")."""
    return w.isalpha() and w.islower() and w not in _ENTITY_STOP and w not in _DETERMINERS_ONLY \
        and not _is_verb(w) and not w.endswith("ly") and not nums.is_number_word(w) and w not in _NOT_VERBS \
        and w not in _QUAL_WORDS


def _changes_an_object(token: str) -> bool:
    """A verb that may change an object by an amount: "raises", "reducing", "expanding" (payrolls by 144,000)."""
    return _is_verb(token) or token.lower() in _TRANSITIVE or token.lower() in _TO_VERBS  # ("drove prices up by")


def _use_as_noun(tokens: list[str], k: int) -> bool:
    """"power use", "the school's gas use", "Water use fell": "use" after a singular noun is a noun (the verb
    would be "uses"; "people use email", "they use", "can use" stay verbs)."""
    if tokens[k].lower() != "use" or k == 0:
        return False
    prev = tokens[k - 1]
    return prev.isalpha() and (prev.islower() or k == 1) and prev.lower() not in _ENTITY_STOP \
        and not _is_verb(prev) and (not _is_plural(prev) or prev.lower().endswith(("gas", "us", "is")))


def _object_before_by(left: str) -> str | None:
    """The object between a verb and "by": "raises the risk by", "pushed the front line back by" (None when
    the verb stands right before "by": "dropped by" is about its subject)."""
    tokens = _last_clause_tokens(left)[:-1]  # without "by"
    while tokens and tokens[-1].lower() in _PARTICLES:
        tokens.pop()
        if tokens and tokens[-1].islower() and tokens[-1].endswith("ing"):
            return None  # "prices are going up by": the verb of the particle, no object
    k = len(tokens)
    if k > 1 and (tokens[-1].lower() in _NOUN_OR_VERB and _is_verb(tokens[-2]) or _use_as_noun(tokens, k - 1)):
        k -= 1  # "cut costs by half": "costs" the noun after the verb; "cut power use by": "use" a noun
    elif k > 1 and _is_plural(tokens[-1]) and tokens[-1].islower() and _changes_an_object(tokens[-1]) \
            and any(_changes_an_object(t) for t in tokens[max(0, k - 4) : k - 1]):
        k -= 1  # "cut hospital stays by": a verb's plural-looking form after the verb of change is its object's noun
    while k > 0 and not (_changes_an_object(tokens[k - 1]) and not (k > 1 and (
            tokens[k - 2].lower() in _DETERMINERS_ONLY or tokens[k - 2].endswith(("'s", "’s"))))
                         and not (k < len(tokens) and tokens[k].lower() in _NP_CUT and k > 1 and any(
                             _changes_an_object(t) for t in tokens[max(0, k - 5) : k - 1]))):
        k -= 1  # (a verb's form after a determiner is a noun: "raise the network's speed by"; so is one before a
        # preposition with another verb of change just before it: "cut its planned sales rise for December by")
    phrase = tokens[k:]
    if len(phrase) > 1 and phrase[0].islower() and (phrase[0] in _SUBJECT_VERBS or _ends_in_ed(phrase[0])) \
            and tokens[k - 1].lower() in _AUXILIARY_VERBS:
        phrase = phrase[1:]  # "Output has grown since March by 12%": the verb after its auxiliary, no object
    if k == 0 or not phrase or (len(phrase) == 1 and tokens[k - 1].lower() in _MODALS) \
            or phrase[0].lower() in ("ahead", "behind", "clear"):
        return None  # "can swing by 30 degrees": a verb after a modal, no object; "moved ahead of Labor by": a
        # lead, not an object
    if _is_time_phrase(phrase):
        cut = max((j for j, w in enumerate(phrase) if w.lower() in _TIME_PREPOSITIONS or w.lower() == "for"),
                  default=0)
        if cut == 0:
            return None  # "Sales fell last year by 4%", "in the first half by": a time, the change is the subject's
        phrase = phrase[:cut]  # "cut its projected sales increase for November by": the object without its time
    return _with_its_place(_object_phrase(phrase), phrase)


#: verbs that set an object to a level: "taking the toll to 62", "cut interest rates to 1.75%"
_TO_VERBS = {"pare", "pares", "paring", "pared", "sweeten", "sweetens", "sweetening", "sweetened", "limiting",
             "limited", "capping", "capped",  # (not "limit" or "cap": nouns as often, "cut the speed limit to 80")
             "take", "takes", "taking", "took", "bring", "brings", "bringing", "brought", "push", "pushes", "pushing",
             "pushed", "raise", "raises", "raising", "raised", "lift", "lifts", "lifting", "lifted", "cut", "cuts",
             "cutting", "lower", "lowers", "lowering", "lowered", "reduce", "reduces", "reducing", "reduced",
             "boost", "boosts", "boosting", "boosted", "trim", "trims", "trimming", "trimmed", "slash", "slashes",
             "slashing", "slashed", "increase", "increases", "increasing", "increased", "drive", "drives", "driving",
             "drove", "put", "puts", "putting", "extend", "extends", "extending", "extended", "stretch", "stretches",
             "stretching", "stretched", "widen", "widens", "widening", "widened", "narrow", "narrows", "narrowing",
             "narrowed"}
#: a request or offer right before "for" and the amount: "an appeal here for", "a bid for"
_REQUEST_FOR = re.compile(r"\b(?P<np>(?:(?!(?:a|an|the|its|their|his|her|new)\b)[a-z][\w-]*\s+)?(?:appeal|request|bid|"
                          r"offer|proposal|demand|budget|tender))\s+(?:here\s+|there\s+|today\s+)?for\s+$")
#: a plural noun after "with", right before the figure: "with losses between three and four billion dollars"
_WITH_NOUN_BEFORE = re.compile(r"\bwith\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\s+$")
_TUNE_OF = re.compile(r"\bto\s+the\s+tune\s+of\s+$", re.I)


#: verbs that put an object at a level: "kept the bank rate at", "put the cost at", "set the price at"
_AT_VERBS = {"put", "puts", "putting", "kept", "keep", "keeps", "keeping", "held", "hold", "holds", "holding", "set",
             "sets", "setting", "left", "leave", "leaves", "leaving", "pegged", "pegs", "fixed", "fixes", "capped",
             "priced", "valued", "values", "valuing", "value", "estimated", "estimates", "estimate", "pitched",
             "placed", "places", "placing", "cap", "capping"}  # (not
# "prices", "caps": nouns as often: "Oil prices settled at"; "cap" after a determiner is a noun, see _object_before_to)
#: a noun and its level after "with" or an "and" that continues it: "with unemployment at", "and inflation at"
_WITH_AT = re.compile(r"\b(?:with|and)\s+(?:the\s+(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})|"
                      r"(?:the\s+|its\s+|their\s+)?(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*))\s+"
                      r"(?:at|topping|reaching|exceeding|hitting|passing|nearing)\s+$")  # ("with sustained winds
# topping 130 mph": what the participle puts past the level)
#: a participle of trading after the clause that names what trades: "Gold rose above $450, trading at"
_TRADING_AT = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:trading|changing\s+hands|quoted|selling|dealt|last)"
                         r"\s+(?:at|around|near)\s+$")
_STEADY_AT = re.compile(r"\s+(?:stable|steady|unchanged|untouched|flat|constant)\s+at\s+$")
#: a passive of valuing right before the figure: "is valued at", "were estimated at", "has been put at"
_PASSIVE_AT = re.compile(r"\s(?P<be>is|are|was|were|be|been)(?:\s+(?:now|currently|conservatively|roughly|widely))?"
                         r"\s+(?:" + "|".join(sorted(w for w in _AT_VERBS if w.endswith("ed") or w in ("put", "set")))
                         + r"|assessed|insured)\s+at\s+$")  # (the participles of _AT_VERBS, and two verbs of value)
#: verbs of a deal whose object the amount is paid for: "settling a lawsuit for", "buy the unit for"
#: a verb of a deal, a description of what it buys and its name between commas, before "for": "buy the
#: third-largest Dutch parcel carrier, Kvik, for"
_NAMED_AFTER_DESCRIPTION = re.compile(r"\b(?P<v>[a-z]+)\s+(?:the|a|an)\s+[^,;()]{2,60}?,\s+"
                                      r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),\s+for\s+$")
#: the seat of a company after its name, before "for": ", of Cork, Ireland"
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
_PLACE_ASIDE = re.compile(rf",\s+of\s+{_PLACE}(?:,\s+{_PLACE})?,?(?=\s+for\s+$)")
_FOR_VERBS = {"settle", "settles", "settled", "settling", "buy", "buys", "buying", "bought", "sell", "sells", "selling",
              "sold", "acquire", "acquires", "acquired", "acquiring", "purchase", "purchases", "purchased",
              "purchasing", "upgrade", "upgrades", "upgraded", "upgrading", "repair", "repairs", "repaired",
              "repairing", "rent", "rented", "renting", "lease", "leased", "leasing", "insure", "insures", "insured",
              "insuring"}  # (and a service paid for: "can upgrade the software for $1,500", "insure the car for")


def _object_before_to(left: str, verbs_of: set[str] = _TO_VERBS) -> str | None:
    """The object between a verb that sets a level and "to" ("taking the toll in the region to", "cut its
    forecast for growth to"), or between a verb of a deal and "for" (``verbs_of``: "settling a lawsuit for");
    None when the preposition follows the verb ("rose to" is about its subject)."""
    tokens = _last_clause_tokens(left)[:-1]  # without "to" or "for"
    verbs = [k for k, w in enumerate(tokens) if w.lower() in verbs_of
             and not (k and tokens[k - 1].lower() in _DETERMINERS_ONLY)]  # (a noun after its determiner: "put the
    # value of the deal at": "put" is the verb)
    if not verbs and tokens and (marks := list(_CLAUSE_MARK.finditer(left))) and marks[-1].group() == "and":
        before = _TOKEN.findall(left[marks[-2].end() if len(marks) > 1 else 0 : marks[-1].start()])
        k = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower() in verbs_of), None)
        if k is not None and len(before) - k - 1 <= 3:
            return _object_phrase(tokens)  # "buy the flat and car rental service Rentz.com for": the second
            # of two nouns joined after the verb names what is bought
    if not verbs or verbs[-1] >= len(tokens) - 1 or tokens[verbs[-1] + 1].lower() in _NP_CUT - _PARTICLES:
        return None  # (a place or time after the verb is no object: "sold at auction for", "sold in 2001 for")
    obj = tokens[verbs[-1] + 1 :]
    while obj and obj[0].islower() and _is_adverb(obj[0]):
        obj = obj[1:]  # "was sold separately for": an adverb right after the verb is no object
    if not obj:
        return None
    if verbs_of is _FOR_VERBS:  # what is bought or sold
        if (cut := next((k for k in range(1, len(obj)) if obj[k] in ("to", "from")), None)) is not None:
            obj = obj[:cut]  # "sold 212 pubs to a property fund for": whom it is sold to is no part of what is sold
        if len(obj) > 1 and (obj[0][0].isdigit() or nums.is_number_word(obj[0])) and obj[1].islower():
            obj = obj[2:] if obj[1] == "of" else obj[1:]  # (its count is a claim of its own: "sell 18 of its stores")
    return _with_its_place(_object_phrase(obj), obj)


def _with_its_place(phrase: str | None, words: list[str]) -> str | None:
    """An object ``phrase`` read from ``words`` with the phrase of place that ends them: "pushed a thatched cottage in
    Hampshire to £1.2m", "cut stopping distances on snow by 40%" (a named place, or a preposition and a noun of one to
    three words; never a time, a figure or a verb)."""
    if not phrase or (k := next((k for k in range(1, len(words) - 1) if words[k] in _PLACE_PREPOSITIONS),
                                None)) is None or not " ".join(words[:k]).endswith(phrase):
        return phrase
    place = words[k + 1 :]
    if place and place[0] in ("the", "a", "an"):
        place = place[1:]
    applies_to = words[k] == "on"  # what a price, tax or rule applies to: "raised rents on one-bedroom flats by",
    # "cut stopping distances on snow by"
    owner = len(place) > 1 and place[0][0].isupper() and place[0].endswith(("'s", "’s"))  # ("put turnout in
    # Swaziland's election at": a named owner's thing says which turnout, as a place does)
    if not 1 <= len(place) <= 3 or not all(w.replace("-", "").isalpha()
                                           for w in [place[0][:-2] if owner else place[0], *place[1:]]) \
            or any(_names_a_time(w) or w.lower() in _ENTITY_STOP or _is_verb(w) and "-" not in w or _is_adverb(w)
                   for w in place) \
            or not (owner or applies_to or all(w[0].isupper() for w in place) or place[-1] in _PLACE_NOUNS
                    or place[-1] in _MORE_PLACE_NOUNS):
        return phrase
    return " ".join([phrase, *words[k:]])  # (not "cut costs at once by", "raised rates in 2004 by")


#: "to" and a record or a peak right before a level: "(pushed demand) to a record (80 gigawatts)", "to a new high of"
_TO_A_RECORD = re.compile(r"\s+to\s+(?:a|an)\s+(?:new\s+|all-time\s+|fresh\s+)?(?:record|high|low)\s+$")
_COST_VERBS = {"cost", "costs", "costing"}
#: verbs of what a scheme or a deal offers or pays, whose amount is the subject's: "(The scheme starts on Monday and)
#: offers up to £2,000"
_OFFER_VERBS = {"offers", "offered", "pays", "paid", "provides", "provided", "awards", "awarded"}
#: verbs whose figure measures their subject itself ("packs 16 billion transistors and runs at 3.2GHz": the chip)
_OWN_MEASURE_VERBS = {"weighs", "weighed", "measures", "measured", "runs", "spans", "spanned", "covers", "covered"}
#: the payer after a verb of cost, up to the amount: "costs the health service around £250"; or whom an amount is
#: brought or saved: "Sponsorship brings the federation £2.2m", "will save the council £40,000"
_COST_PAYER = re.compile(r"\b(?:cost|costs|costing|brings?|brought|saves?|saved|earns?|earned)"
                         r"(?P<payer>\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){1,3})$")
#: a relative clause whose verb saves, costs or brings an amount: "a package that will save the carrier"
_RELATIVE_AMOUNT_BEFORE = re.compile(r"(?<![\w'’-])(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*),?\s+"
                                     r"(?:that|which|who)"  # ("The striker, who cost")
                                     r"\s+(?:(?:will|would|could|can|may|is\s+expected\s+to|should)\s+)?"
                                     r"(?:(?:save|saves|saved|cost|costs|generate|generates|generated|bring|brings|"
                                     r"brought|raise|raises|raised)\s+(?:(?:the|its|their)\s+[a-z]+\s+|[a-z]+\s+)?"
                                     r"|(?:sold|was\s+sold|fetched)\s+(?:for\s+)?"  # ("the house, which sold for")
                                     r"|(?:starts|started|start)\s+at\s+|(?:is|was|are|were)\s+priced\s+at\s+"
                                     r"|retails?\s+(?:for|at)\s+"  # ("the base model, which starts at")
                                     r"|(?:manages|managed|oversees|oversaw)\s+)$")  # ("The fund, which manages")
#: the same before a measure of the noun's own size: "(the olive grove), which covers", "(a lake) that spans"
_RELATIVE_MEASURE_BEFORE = re.compile(r"(?<![\w'’-])(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*),?\s+"
                                      r"(?:that|which)\s+(?:(?:has|had|have)\s+)?(?:covers|covered|measures|measured|"
                                      r"weighs|weighed|spans|spanned|stretches|stretched|burned|burnt|scorched|"
                                      r"flooded|blackened|lasts|lasted|towers|towered|soars|soared)\s+"
                                      r"(?:(?:about|some|nearly|almost|more\s+than|over|just\s+over|around)\s+)?$")
_COSTING_BEFORE = re.compile(r"(?<![\w'’-])(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+costing\s+$")
#: a label before a colon at the start of a sentence or after another label's figure: "Purse: ", "Winner's share: "
_LABEL_BEFORE = re.compile(r"(?:^|[.;]\s+)(?P<label>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}):\s+$")
#: a change noun, what changed and the level it reached: "a spike in oil prices to", "a rise in inflation to"
_CHANGE_IN_TO = re.compile(r"\b(?:rise|rises|jump|jumps|spike|spikes|surge|surges|climb|climbs|fall|falls|drop|drops|"
                           r"slide|slides|decline|declines|increase|increases|rally|leap|plunge|slump|cut|cuts)\s+in\s+"
                           r"(?:the\s+)?(?P<np>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+to\s+$")
#: an aside between dashes: " -- a Dutch firm that runs toy shops -- "
_DASH_ASIDE = re.compile(r"\s+(?:--|—)\s*[^—;]{2,140}?(?<!-)\s*(?:--|—)\s+")
#: a level a figure names, after the verb that reached it: "rose to a new intraday high of", "hit a 12-year low of"
_LEVEL_OF = re.compile(r"\b(?P<v>to|at|hit|hits|reached|touched|neared|from|set|sets)\s+(?:a|an|the|its|their)\s+"
                       r"(?:(?:[\w-]+\s+){0,3}?(?:high|low|peak|trough|record|average)s?\s+(?:of\s+)?"
                       r"|(?:[\w-]+\s+){0,2}?(?:rate|pace)\s+of\s+)$")  # ("Rents rose at an annual rate of
# 9.1%": the rents)
_AS_FAR_AS = re.compile(r"\bas\s+(?:high|low|much|many|little|far|long)\s+as\s+$")
_COORDINATORS = {"and", "but"}


def _coordinated_subject(left: str) -> str | None:
    """The subject of a clause whose verb is coordinated with the clause before it, read from the start of that
    clause up to its verb ("The flood wall is 400 metres long and cost": "flood wall"); None when the last clause
    does not begin with "and" or "but", or the clause before has no plain subject."""
    marks = list(_CLAUSE_MARK.finditer(left))
    if not marks or marks[-1].group().strip().lower() not in _COORDINATORS:
        return None
    k = len(marks) - 1
    while k >= 1 and marks[k - 1].group() == "," and (first := _TOKEN.match(left, marks[k - 1].end() + 1)) \
            is not None and ((w := first.group().lower()) in _AUXILIARY_VERBS or w in _OWN_MEASURE_VERBS
                             or w in _COST_VERBS):
        k -= 1  # "The receiver supports 8K video, has four ports and weighs 3.1kg": a list of the subject's
        # predicates, read back to the clause that names it
    return _subject_from_start(left[marks[k - 1].end() if k > 0 else 0 : marks[k].start()])


def _after_last_verb(words: list[str]) -> list[str]:
    """The words after the last verb among ``words`` ("rejected a plan": "plan"), all of them when none is (the
    last word is the noun: "a pay cut that will save")."""
    verbs = [k for k, w in enumerate(words[:-1]) if w.islower() and _is_verb(w)]
    return words[verbs[-1] + 1 :] if verbs else words


def _subject_from_start(clause: str) -> str | None:
    """The noun phrase that opens ``clause``, up to its first verb ("The price of gold rose to": "price of
    gold"); None when the clause opens with a preposition or a pronoun, or no verb follows a plain phrase."""
    words: list[str] = []
    tokens = _TOKEN.findall(clause)
    for k, w in enumerate(tokens):
        lw = w.lower()
        if words and lw.endswith("ing") and k + 1 < len(tokens) and (_is_verb(tokens[k + 1])
                                                                    or tokens[k + 1].lower() in _CHANGE_VERBS):
            words.append(w)  # "Foreign-exchange trading surged to": a noun in "-ing" before the verb
            continue
        if lw in _AUXILIARY_VERBS or lw in _MODALS or words and w.islower() and lw.endswith("s") \
                and k + 1 < len(tokens) and tokens[k + 1][:1].isdigit() or _is_verb(w) and not (
                words and words[-1].lower() in _DETERMINERS_ONLY and lw.endswith("ed")
                or _modifies_next(tokens, k)) or (
                words and lw in _BEFORE_TO_VERBS and k + 1 < len(tokens) and tokens[k + 1] == "to"):  # ("The
            # facelifted estate", "for newly listed homes"; "continues to fall"; "The drive stores 5 terabytes": a
            # word in -s before a figure is the verb)
            if not words or words[0].lower() in _NP_CUT:
                return None  # a clause that opens with a preposition: "In June the firm hired 40 and"
            phrase = _trim_phrase(words)
            if not phrase or len(phrase) > 5 or phrase[0].lower() in _NOT_SUBJECT:
                return None
            return " ".join(phrase)
        if not w[0].isalpha():
            return None
        words.append(w)
    return None


#: a comparison that bounds a figure, set after the object it bounds: "pushing the euro higher than $1.34" (the
#: bounding qualifiers in words)
_COMPARISON_START = re.compile(r"(?:" + trie_pattern([q for q, b in _QUAL_MAP.items() if b in ("more_than", "less_than")
                                                      and q[0].isalpha()]) + r")\s", re.I)


def _object_after_verb(tokens: list[str], i: int) -> str | None:
    """The object noun phrase that ends right before ``tokens[i]``, after a verb and its determiner: "pushing the
    European currency (higher than $1.34)" (not a name: "beat the Chicago Cubs 5-3" ends in a capital)."""
    k = i - 1
    while k > 0 and i - k < 3 and tokens[k - 1].isalpha() and tokens[k - 1].lower() not in _ENTITY_STOP \
            and not _is_verb(tokens[k - 1]):
        k -= 1
    if k >= 2 and tokens[k - 1].lower() in ("the", "its", "their") and tokens[k - 2].islower() and (
            tokens[k - 2].endswith("ing") or _is_verb(tokens[k - 2])) and tokens[k - 2] not in _AUXILIARY_VERBS \
            and not any(not w.isalpha() for w in tokens[k:i]) and i - k > 1:
        return " ".join(tokens[k:i])
    return None


#: a capitalised word next: with one before, an "and" between them is inside a name ("Research and Management")
_CAP_WORD_NEXT = re.compile(r"\s+[A-Z][a-z]")


def _last_clause_tokens(left: str) -> list[str]:
    """The words of the last clause of ``left`` (after its last comma, dash or clause word; an "and" between two
    modifiers of one noun that opens the clause is no clause word: "New car and truck sales rose")."""
    clause = before = 0
    last = None
    for cm in _CLAUSE_MARK.finditer(left):
        if cm.group() == "and" and _CAP_WORD_BEFORE.search(left, max(0, cm.start() - 30), cm.start()) \
                and _CAP_WORD_NEXT.match(left, cm.end()):
            continue  # "its State Street Research and Management arm": an "and" inside a name joins no clauses
        before, clause, last = clause, cm.end(), cm
    tokens = _TOKEN.findall(left[clause:])
    if last is not None and last.group() == "and" and tokens and tokens[0].islower() and not _is_verb(tokens[0]) \
            and (joined := _TOKEN.findall(left[before : last.start()])) \
            and len(joined) <= (6 if "of" in joined[1:-1] else 3) \
            and (joined[0][0].isupper() or left[:before].rstrip().endswith(",")) \
            and not any(_is_verb(w) or w.lower() in _ENTITY_STOP and w != "of"
                                                   or not w.isalpha() or w.endswith("ing") or nums.is_number_word(w)
                                                   for w in joined):
        return [*joined, "and", *tokens]  # (and "Prices of wholesale goods and services fell": two nouns after "of";
        # after an opening phrase and its comma too: "In May, sales and profits rose")
    if last is not None and last.group() == "with" and before == 0 and any(
            _ends_in_ed(t) or t.lower() in _SUBJECT_VERBS for t in tokens[1:]) \
            and not any(t.endswith("ing") for t in tokens) \
            and 1 < len(joined := _TOKEN.findall(left[: last.start()])) <= 4 and joined[0][0].isupper() \
            and not any(_is_verb(w) or not w.isalpha()
                        or w.lower() in _ENTITY_STOP and w.lower() not in _DETERMINERS_ONLY for w in joined):
        return [*joined, "with", *tokens]  # "A care home with 64 beds sold for": a "with" inside the subject that
        # opens the sentence (not "With the Dow dipping", "with unemployment at 5.4%")
    return tokens


def _object_phrase(words: list[str]) -> str | None:
    """The object noun phrase in ``words`` after a verb (trimmed), or None when it is no plain noun phrase."""
    while words and words[0].lower() in _PARTICLES:
        words = words[1:]  # "selling off its stake in the unit for"
    k = 2 if len(words) > 3 and words[1].lower() in ("additional", "further", "extra", "remaining") else 1
    if len(words) > k + 1 and words[0].lower() in ("a", "an", "its", "their", "the") and _PERCENT_WORDS.fullmatch(
            " ".join(words[k : k + 2])):
        words = words[k + 2 :]  # "buy a 12 percent stake in the project for", "an additional 12 percent stake":
        # the stake (its share is a claim of its own)
    words = _without_years(words)  # "its 2005 profit forecast"
    phrase = _trim_phrase(words)
    if not phrase or len(phrase) > (8 if phrase[0][0].isupper() else 6) or any(  # (a name may be long: "its State
        # Street Research and Management investment arm")
            not w[0].isalpha() and not _ORDINAL_MODIFIER.fullmatch(w) or w.lower() in _NOT_SUBJECT and not (
                w.lower() in ("its", "their") and k and phrase[k - 1].lower() == "of")  # ("price of its model")
            or w.lower() in _NOT_VERBS and (k == len(phrase) - 1 or not phrase[k + 1].islower())
            for k, w in enumerate(phrase)):
        return None  # an adverb stands where the object would ("bowled all out for"; but "a home rental service")
    return " ".join(phrase)


_PERCENT_WORDS = re.compile(r"\d+(?:\.\d+)?\s+(?:percent|per\s+cent|pct)|\d+(?:\.\d+)?%\s+\S+")
#: a modifier made of an ordinal and a noun: "the 18th-century mansion", "a 3rd-floor flat"
_ORDINAL_MODIFIER = re.compile(r"\d+(?:st|nd|rd|th)-[a-z]+")
_PARTICLES = {"off", "out", "up", "down", "back", "away", "over", "higher", "lower"}  # ("restated profit higher by")


def _trim_phrase(phrase: list[str]) -> list[str]:
    """A noun phrase without its leading prepositions and determiners, up to its next preposition other than
    "of"."""
    while phrase and (phrase[0].lower() in _DETERMINERS_ONLY or phrase[0].lower() in _NP_CUT):
        phrase = phrase[1:]  # "With the count climbing to 700": the phrase after its preposition
    if phrase and phrase[-1].lower() == "aged":
        phrase = phrase[:-1]  # "Insurance for a learner driver aged 17 now averages": the age is a figure of its own
    for k, w in enumerate(phrase):
        if w.lower() in _NP_CUT and not (w.lower() in ("for", "among") and _group_of_people(phrase[k + 1 : k + 4])) \
                and not (w.lower() == "for" and k and phrase[k - 1].lower() in _FOR_HEADS
                         and _for_what([x for x in phrase[k + 1 :] if x.lower() not in _DETERMINERS_ONLY]
                                       if phrase[k - 1].lower() in _FOR_WHOM_HEADS
                                       or len(phrase) - k in (4, 5) and phrase[k + 1].lower() in _THING_DETERMINERS
                                       else phrase[k + 1 :])) \
                and not (w.lower() == "on" and k and phrase[k - 1].lower() in _ON_HEADS
                         and _for_what([x for x in phrase[k + 1 :] if x.lower() not in _DETERMINERS_ONLY])) \
                and not (w.lower() == "from" and k and phrase[k - 1].lower() in _FROM_HEADS
                         and _for_what(phrase[k + 1 :])) \
                and not (w.lower() == "to" and k and phrase[k - 1].lower() in _TO_HEADS
                         and _for_what([x for x in phrase[k + 1 :] if x.lower() not in _DETERMINERS_ONLY])):
            return phrase[:k]
    if len(phrase) > 1 and phrase[-1] in _SINGULAR_VERBS_AFTER_NOUN and phrase[-2].islower() \
            and not _is_plural(phrase[-2]):
        return phrase[:-1]  # "The tenancy comes at £950 a month": a singular subject's verb, no part of the noun
    return phrase


#: nouns whose "for" names what they are of: "demand for crude oil", "orders for durable goods", "prices for gas"
_FOR_HEADS = frozenset("""demand orders order prices price spending funding budget support backing applications requests
    bids appetite subsidies tariffs premiums fees fares charges provisions reserves lists list waits approvals permits
    rates bookings reservations preorders pre-orders grant grants aid approval permission licence license
    times admissions tender tenders contract contracts""".split())
# ("waiting lists for routine operations", "provisions for bad loans"; gold v2 keeps "rents" without its flats)
#: of those, the nouns whose "for" names one thing even with a determiner: "support for the governing coalition"
_FOR_WHOM_HEADS = frozenset("support backing tender tenders contract contracts".split())  # ("the contract for the
# port")
#: the determiners before a thing of two words or more that any of them is for: "orders for the new tablet",
#: "bookings for its electric pickup" (one word after them may be an occasion: "prices for the final")
_THING_DETERMINERS = frozenset(("the", "its", "their"))
#: nouns whose "on" names what they are of: "spending on the war", "a tax on imports", "the return on equity"
_ON_HEADS = frozenset("""spending expenditure tax taxes tariff tariffs duty duties levy levies interest return returns
    bets attacks assaults raids""".split())

#: nouns whose "to" names what they are made to or given to: "amendments to the bill", "naming rights to the arena",
#: "donations to the party", "damage to homes"
_TO_HEADS = frozenset("""amendments amendment changes rights donations payments contributions damage visits
    referrals lending""".split())

#: nouns whose "from" names their kind or source: "deaths from heart disease", "imports from China", "revenue from
#: advertising"
_FROM_HEADS = frozenset("""deaths death imports exports revenue revenues income sales profit profits earnings emissions
    proceeds injuries casualties""".split())


def _for_what(words: list[str]) -> bool:
    """Whether the words after "for" name a kind of thing, with no determiner (not an occasion, a time or a figure:
    "prices for the final", "orders for the quarter", "for 2005"); an indefinite article names a kind too ("waits for
    a driving test")."""
    words = words[1:5] if words and words[0].lower() in ("a", "an") else words[:4]
    return bool(words) and words[0][0].isalpha() and words[0].lower() not in _DETERMINERS_ONLY and not any(
        w in _TIME_NAMES or w.lower() in _TIME_HEADS or w.lower() in _TIME_WORDS or not w[0].isalpha() for w in words)


#: the people a rate or figure is of, after "for" or "among": "life expectancy for men", "unemployment among young
#: people" (a different figure from the same noun for another group)
_PEOPLE_GROUPS = frozenset("""men women children boys girls adults teenagers teens youths pensioners retirees workers
    graduates seniors immigrants households families smokers drivers patients students voters people pupils residents
    employees consumers borrowers renters homeowners tenants savers taxpayers motorists passengers toddlers infants
    babies newborns players athletes fans customers users veterans farmers nurses doctors teachers buyers carers
    owners shoppers commuters tourists visitors victims refugees migrants travellers investors landlords winners
    members organisers organizers""".split())
#: the kinds of person (one owner: the speaker reader's), named after "the" in a group: "for the champion"
_PERSON_KIND_SET = frozenset(PERSON_KINDS.split("|"))
#: nouns of people besides those groups and kinds, which news counts when they are killed, held or moved
_MORE_PERSON_NOUNS = frozenset("""person child militant hostage protester demonstrator civilian troop miner peacekeeper
    guard prisoner detainee inmate agent citizen bodyguard marine bomber cleric bystander preschooler astronaut rebel
    insurgent fighter gunman gunmen villager pilgrim crew sailor casualty body bodies nephew niece brother sister
    relative staff""".split())
#: endings of nouns of people, singular or "-men": "policeman", "servicemen", "guardsmen", "militiamen"; "engineer",
#: "volunteer"; "journalist"; "technician", "civilian" (not "playlist", "career")
_PERSON_ENDINGS = ("sman", "smen", "ceman", "cemen", "iaman", "iamen", "airman", "airmen", "seaman", "seamen", "eer",
                   "ist", "ician", "ilian")


def is_person_noun(word: str) -> bool:
    """Whether ``word``, singular or plural, names people ("soldiers", "policeman", "children", "crew"); the
    vocabulary is the extractor's (groups, kinds of person, and the nouns of people that news counts)."""
    w = word.lower()
    singular = (w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w)
    return w in _PEOPLE_GROUPS or singular + "s" in _PEOPLE_GROUPS or any(
        x in _PERSON_KIND_SET or x in _MORE_PERSON_NOUNS for x in (w, singular)) or len(singular) > 5 \
        and singular.endswith(_PERSON_ENDINGS) and not singular.endswith(("list", "career"))
#: adjectives that name a group of people after "the": "among the elderly", "for the poor"
_PEOPLE_ADJECTIVES = frozenset("elderly poor young old unemployed disabled homeless sick rich".split())


_FOR_GROUP = re.compile(r"\s(?:for|among)\s")  # (what precedes it is the head: "life expectancy for men")


def _group_of_people(words: list[str]) -> int:
    """How many of ``words`` name the group of people they open with, after at most one adjective ("young people",
    "men", "over-80s"); 0 for none."""
    if len(words) > 1 and words[0].lower() == "the" and words[1].lower() in _PEOPLE_ADJECTIVES:
        return 2  # "hospital admissions among the elderly"
    the = bool(words) and words[0].lower() == "the"
    if the and len(words) > 1 and (words[1].lower() + "s" in _PEOPLE_GROUPS or words[1].lower() in _PERSON_KIND_SET):
        return 2  # "the prize for the winner", "bonuses for the champion": one person (a plural after "the" is
        # a side, not a group: "a five-run seventh inning for the visitors")
    article = bool(words) and words[0].lower() in ("a", "an")  # ("for a learner driver": one of a group)
    words = [w.lower() for w in words[article : article + 3]]
    if words and (words[0] in _PEOPLE_GROUPS or _AGE_GROUP.fullmatch(words[0])):
        return 1 + article
    for j in (1, 2):  # ("young people", "primary school children")
        if len(words) > j and (words[j] in _PEOPLE_GROUPS or article and words[j] + "s" in _PEOPLE_GROUPS) and all(
                w.replace("-", "").isalpha() and w not in _DETERMINERS_ONLY and w not in _NP_CUT
                and w not in _ENTITY_STOP
                and not _is_verb(w) for w in words[:j]):
            return j + 1 + article
    return 0


#: an age group: "over-80s", "under-16s", "18-to-24-year-olds"
_AGE_GROUP = re.compile(r"(?:over|under)-(?:\d{1,2}s|" + "|".join(  # ("under-fives", "over-sixties")
    w[:-1] + "ies" if w.endswith("y") else w + "es" if w.endswith("x") else w + "s"
    for w in [*nums.SMALL, *nums.TENS] if w not in ("zero", "one")) + r")|\d{1,2}-(?:to-)?\d{1,2}-year-olds")
_AGE_GROUP_NEXT = re.compile(r"\s+(" + _AGE_GROUP.pattern + r")(?![\w-])")
#: the ages that bound a group: "people over 65", "adults aged 18 to 24"
_AGE_TAIL = re.compile(r"\s+(?:over|under|aged)\s+\d{1,3}(?:\s+(?:and|or)\s+(?:over|older|under)|\s+to\s+\d{1,3})?"
                       r"(?![\w.,]\d)")
#: "among" or "for" and the words after a share: "by 75% among over-80s"
_GROUP_AFTER = re.compile(r"\s+(?P<p>among|for)\s+(?P<g>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


#: verbs that join a subject to how it seems, never the noun a figure counts: "Growth of 2% looks optimistic"
_LINKING_VERBS = frozenset("looks seems appears sounds becomes proves".split())
#: verbs of finding and expecting that are never nouns, which end a noun phrase ("One in five small businesses
#: expects to close", "Ice cores show carbon dioxide levels are")
_FINDING_VERBS = {"show", "shows", "showed", "find", "finds", "found", "expect", "expects", "believe", "believes",
                  "think", "thinks", "predict", "predicts", "suggest", "suggests", "say", "says", "said", "fear",
                  "fears", "hope", "hopes", "want", "wants"}


def _opening_adjective(k: int, w: str) -> bool:
    """A capitalised or compound "-ed" word that opens a phrase is its adjective, not a verb ("Insured losses", "a
    semi-detached home"; but "re-opened" is a verb)."""
    return k == 0 and w.endswith("ed") and (w[0].isupper() or "-" in w and w.split("-")[0].lower() not in (
        "re", "co", "pre", "de", "un", "over", "under", "out", "mis"))


def _plural_tail(m: re.Match[str], *, whole: bool = False) -> list[str]:
    """The one or two lower-case words of _AND_PROPER_ADJECTIVE that end in a plural noun (or, for the ``whole`` a
    part is taken of, any noun: "a third of the Maori and Pacific Islander workforce"), or none."""
    for tail in ([m.group("w1"), m.group("w2")] if m.group("w2") else [], [m.group("w1")]):
        if tail and (whole or _is_plural(tail[-1])) and _is_noun_like(tail[-1]) and not any(
                x in _ENTITY_STOP or _is_verb(x) or _is_adverb(x) for x in tail):
            return tail
    return []


def _is_verb(token: str) -> bool:
    t = token.lower()
    return t in _SUBJECT_VERBS or t in _BY_VERBS or t in _FINDING_VERBS or _ends_in_ed(t)


def _ends_in_ed(t: str) -> bool:
    """A lower-case word in "-ed" read as a verb's past by the subject reader ("rose" is listed, "climbed" is this);
    looser than _past_form, which also takes "agreed" for no verb."""
    return len(t) > 4 and t.endswith("ed") and t not in _ED_NOT_VERBS and len(t.rsplit("-", 1)[-1]) > 3 \
        and not t.endswith(("seed", "weed"))  # (not "one-bed", "blood-red", "rapeseed", "seaweed")


#: words in "-ed" that are no verb's past: "The speed limit", "a hundred", "the breed"
_ED_NOT_VERBS = frozenset("""speed breed greed creed steed tweed hundred kindred sacred naked wicked rugged jagged
    crooked beloved hatred bloodshed watershed hotbed seabed riverbed deathbed homestead bobsled""".split())


#: "past" as a preposition before a name, a determiner or a pronoun
_PAST_SOMEONE = re.compile(r"\s+past\s+(?:[A-Z]|(?:the|a|an|him|her|them|his|their)\b)")


def entity_after(s: str, end: int, *, share: bool = False, amount: bool = False, fraction: bool = False,
                 count: bool = False, money: bool = False) -> str | None:
    """The noun phrase right after the figure ("200,000 people", "12 of the empty houses", "a third of its
    value", "40 former Ohio State players"); for a share (``share``: a fraction or a percentage) also through a
    change noun ("a 4.5% rise in retail sales"); for an ``amount`` (money, a scaled or vague figure) what it is
    paid in or for ("$40 million in damages"); for a ``fraction`` what it is of without "of" ("half the flats");
    for a ``count`` with the noun its "of" names ("seven types of cancer", "2,300 cases of flu"); only ``money``
    (or a scaled amount, whose currency sign news copy may have lost: "tens of millions in racing fees") is paid
    "in", "on" or "for" something ("flew hundreds out on the ferries": a means, not a price)."""
    pos = end
    run_at, run = -1, []  # a noun run already read at run_at
    if s.startswith(" of them ", pos) and (
            tm := _OF_THEM_NOUN.match(s, pos)) is not None and _is_plural(tm.group("np").split()[-1]) \
            and _is_noun_like(tm.group("np").split()[-1].lower()) \
            and not any(w.lower() in _ENTITY_STOP for w in tm.group("np").split()):
        return tm.group("np")  # "killing 18 tourists, 14 of them Australians", "120 hurt, half of them children":
        # what the part is
    if (bm := _BRACKETED_AFTER.match(s, pos)) is not None and _WORD_RE.match(s, bm.end()):
        pos = bm.end()  # "a $232 million (125 million euro) charge": past the restated figure to the noun
    if (sm := _SUPERLATIVE_NEXT.match(s, pos)) is not None:
        pos = sm.end()  # "the 5 most visited museums": the noun after the superlative
    if amount and (cm := _COMPOUND_AFTER_COMMA.match(s, pos)) is not None:
        pos = cm.end()  # "a $550,000, one-year contract": the noun both modify
    elif s.startswith(",", pos) and _COMPOUND_FIGURE_BEFORE.search(s, max(0, pos - 30), pos) and (
            cm := _COMMA_ADJECTIVES.match(s, pos)) is not None and _is_noun_like(cm.group("head")) \
            and cm.group("head") not in _ENTITY_STOP and all(
                ("-" in w or _looks_adjective(w) and not _is_verb(w)) and w not in _ENTITY_STOP
                for w in cm.group("adj").split()) and _NOUN_PHRASE_END.match(s, cm.end()):
        return f"{cm.group('adj')} {cm.group('head')}"  # "a six-inch, all-black eel", "a 12-storey, glass-fronted
        # tower": a figure's compound and an adjective, a comma between them, before the noun both describe
    if money and (spm := _SPENDER_CLAUSE_AFTER.match(s, pos)) is not None:
        pos = spm.end()  # "the billions of dollars companies spend on upkeep": what it is spent on, not who spends it
    if amount and (wm := _WORTH_OF.match(s, pos)) is not None:
        pos = wm.end()  # "$4 billion worth of imported goods": what the amount buys
    elif amount and s.startswith((" more in ", " less in ", " more of ", " less of "), pos):
        pos += 5  # "find $90 million more in savings"
    elif money and s.startswith((" extra for ", " more for ", " extra on ", " more on "), pos):
        pos += 6 if s.startswith(" extra", pos) else 5  # "pay £500 extra for the sports pack": what it is paid for
    if s.startswith(('"', "”"), pos) and s.startswith(" of ", pos + 1):
        pos += 1  # 'to eliminate "hundreds" of management jobs': a quoted figure, what it counts after the quote
    if fraction and (dm := _SHARE_DETERMINER.match(s, pos)) is not None:
        pos = dm.end()  # "half the flats", "a third its size": the share of what follows
        if (nm := _NUMBER_NEXT.match(s, pos)) is not None and nm.group(0).lstrip()[0].isdigit():
            pos = nm.end()  # "double the 400 staff it has": the staff (their count is its own)
    if om := _OF_DETERMINER.match(s, pos) or _OF_NOT_THE.match(s, pos):
        pos = om.end()
        if s.endswith("those", 0, pos) and (am := _ASKED_NEXT.match(s, pos)) is not None:
            return f"those {am.group(1)}"  # "half of those polled said": the people asked
        if (pm := _POSSESSOR_NEXT.match(s, pos)) is not None and _NUMBER_NEXT.match(
                s, pos := (qm.end() if (qm := _QUALIFIER_NEXT.match(s, pm.end())) else pm.end())):
            pass  # "six of Zeta 's 14 gates", "75 per cent of the club's more than 16,000 members": the owner's total
            # is a count of its own, the noun after it is counted (an owner stays otherwise: "60 percent of the
            # region's heating oil")
        elif (am := _A_BEFORE_POSSESSIVE.match(s, om.end())) is not None:
            pos = am.end()  # "30% of an electric car's cost": the article of the owner, the noun is the car's cost
        else:
            pos = om.end()
        if (lm := _SPAN_ADJECTIVE_NEXT.match(s, pos)) is not None and _NUMBER_NEXT.match(s, lm.end()):
            pos = lm.end()  # "nine of his last 16 outings": the total is counted after its adjective
        if (nm := _NUMBER_NEXT.match(s, pos)) is not None and (
                nm.group(0).lstrip()[0].isdigit() or nums.is_number_word(s[max(0, end - 12) : end].split()[-1])):
            pos = nm.end()  # "12 of the 30 empty houses", "three of the four matches": the second number is a
            # quantity of its own (a word only after a bare number: not "two days of eight arrests")
    elif (money or share) and (im := _IN_NOUN.match(s, pos)) is not None and (
            money or im.group(0).split()[0] == "in" and len(im.group(0).split()) == 2):  # a share is "in"
        # something, not "on rising demand" nor "in a trial"
        if im.group("w").lower() in units.CURRENCY_WORDS:
            return None  # "converted $5m into euros", "$3m in dollars": the money it became, not what it is of
        pos = im.end() - len(im.group("w")) - 1  # "$2 billion in refunds": what the amount is in
        run_at, run = pos, _noun_run(s, pos)
        if run and (tw := _WORD_RE.match(s, _after_words(s, pos, len(run)))) is not None \
                and tw.group("w").lower() in _TIME_HEADS:
            return None  # "sold for $49 on launch day": when, not what the amount is for
        if money and nums.is_number_word(im.group("w")) and (nw := _WORD_RE.match(s, im.end())) is not None \
                and nw.group("w").islower():
            pos = im.end()  # "spending $20 billion on two new factories": the factories (their count is its own)
    if _PAST_SOMEONE.match(s, pos):
        return None  # "hit four past the keeper": "past" the preposition, not an adjective of what is counted
        # ("three past winners")
    words = run if run_at == pos else _noun_run(s, pos)  # (read once when the "in"/"on" reading set the place)
    if run_at == pos and money and words and words[-1].islower() and (
            am := _AND_LAST_NOUN.match(s, _words_end(s, pos, words))) is not None \
            and _is_noun_like(am.group("w")) and not _is_verb(am.group("w")):
        words = [*words, "and", am.group("w")]  # "$4 million in penalties and interest": both what it is paid in
    if len(words) > 1 and _ends_in_ed(words[0]) and words[1] in _PLAIN_VERBS:
        return None  # "Astle 's 145 helped give New Zealand": a verb and its verb, no noun after the figure
    if share and len(words) == 2 and words[0].lower() in _CHANGE_MODIFIERS and words[1].lower() in _CHANGE_NOUNS \
            and not _CHANGE_IN.match(s, _after_words(s, pos, 2)):
        words = words[:1]  # "a 4.5% pay rise": a rise in pay (not "a 5% price rise in gas": read below)
    if (share or amount) and len(words) == 1 and words[0].lower() in _CHANGE_NOUNS and (
            im := _CHANGE_IN.match(s, _after_words(s, pos, 1))) is not None:
        more = _noun_run(s, im.end())  # "a 6.2% increase in software revenues", "in its shares", "in first-half
        # earnings"
        if not more and (mm := _MONTH_MODIFIER.match(s, im.end())) is not None and (more := _noun_run(s, mm.end())):
            more = [mm.group("m"), *more]  # "a 2% increase in November sales"
        words = (None if _is_time_phrase(more) or more and more[-1].lower() == "terms" else more) or words  # (not
        # "a 5% rise in the first quarter"; "a 3 per cent gain in dollar terms" names the measure's basis)
    while words and (words[-1].endswith("ed") and len(words[-1]) > 4 and not words[-1].endswith("eed")
                     and words[-1].lower() not in _ED_NOT_VERBS
                     or words[-1].lower() in ("new", "additional", "other", "straight", "consecutive", "died")
                     or words[-1].lower() in _STATE_WORDS or words[-1].lower() in _AFTER_NOUN_ADJECTIVES
                     or words[-1] in ("private", "public") and _TAKE_BEFORE.search(s, max(0, end - 40), end)
                     or len(words) > 1 and words[-1] in ("hostage", "captive")):
        words.pop()  # "5 people killed", but "the speed", "a bed"; "18 straight", "43 missing" leave the noun out;
        # "19 languages available", "10 seats left"; "take its three units private": the state they are brought to;
        # "holding three aid workers hostage" (but "kill one captive")
    if not share and len(words) > 1 and words[0] in ("cut", "put", "shut"):
        return None  # "Hurricane winds of 120 mph cut power to": the clause's verb and its object (not "hit songs")
    if words and words[-1] in _IRREGULAR_PARTICIPLES and (len(words) == 1 or _is_plural(words[-2])) \
            and _PLACE_OR_TIME_NEXT.match(s, _words_end(s, pos, words)):  # (not "a 24 pay cut on")
        words.pop()  # "among 21 players cut Sunday", "a record of 153 mph set at Queen's": a participle after the
        # noun (or the unit) and its place or time, no part of what is counted
    if len(words) > 1 and words[-1].lower() in _VERBS_AFTER_A_PLURAL and words[-2].lower().endswith("s"):
        words = words[:-1]  # "a consortium of 28 companies hopes to": the verb of the counted group
    elif len(words) > 1 and words[-1] in _VERBS_OF_A_MASS and words[-2].islower() and not _is_plural(words[-2]):
        words = words[:-1]  # "after 200mm of rain falls in a day": the verb of what is measured, no plural noun
    elif (k := next((k for k in range(1, len(words)) if words[k] in ("means", "suggests")
                     and _is_plural(words[k - 1])), None)) is not None:
        words = words[:k]  # "(The participation) of three government departments means (the costs)": the verb of
        # the phrase's head, no noun of the plural
    while words and words[0].lower() in ("all", "the"):  # "half of all cancers" counts cancers
        words = words[1:]
    if count and words and (om := _OF_COMPLEMENT.match(s, _words_end(s, pos, words))) is not None \
            and not _WITHIN_BEFORE.search(s, max(0, end - 40), end) and (more := _noun_run(s, om.end())) \
            and not more[0].endswith("ing") and len(words) + len(more) <= 7 \
            and not _OF_VERB_BEFORE.search(s, max(0, end - 60), end):
        words += [*om.group(0).split(), *more]  # "at least seven types of cancer": a count of types of cancer
    if words and words[-1].islower() and (cm := _COMPLEMENT_NEXT.match(s, _words_end(s, pos, words))) is not None \
            and words[-1].lower() in _COMPLEMENT_HEADS[cm.group("p")] \
            and (more := _noun_run(s, cm.end())) and _for_what(more) and len(words) + len(more) <= 6 \
            and not (cm.group("p") == "for" and cm.group("det") and len(more) < 2):
        words += [*cm.group(0).split(), *more]  # "86 amendments to the bill", "30 attacks on army posts", "a 25% jump
        # in demand for gold sovereigns": what the noun is made to, aimed at or for tells it from another (one word
        # after "for the" may be an occasion: "prices for the final")
    if count and words and words[-1].lower() in ("shots", "shot") and (
            tm := _ON_TARGET.match(s, _words_end(s, pos, words))) is not None:
        words += tm.group(0).split()  # "41 shots on target": the tally's own name
    if words and words[-1].islower() and (gm := _FOR_GROUP_NEXT.match(s, _words_end(s, pos, words))) is not None \
            and not gm.group("w").split()[0].endswith("ing") and (n := _group_of_people(gm.group("w").split())) \
            and len(words) + n <= 6:  # (not "fines for allowing children to": what they punish)
        words += [gm.group("p"), *gm.group("w").split()[:n]]  # "a £300m aid package for farmers": the people it is
        # for tell it from another (as "life expectancy for men" in a subject)
    if words and words[-1].lower() in _LETTER_NAMED and (lm := _LETTER_NAME_NEXT.match(s, _words_end(s, pos, words))):
        words.append(lm.group(1))  # "10 micrograms of vitamin D", "cases of hepatitis B": the letter names the kind
    if (share or fraction) and words and _is_plural(words[-1]) and words[-1].islower() \
            and (am := _ASKED_NEXT.match(s, _words_end(s, pos, words))) is not None:
        words.append(am.group(1))  # "two-thirds of the firms surveyed", "40% of the patients tested": the share is
        # of the sample, not of all firms
    return " ".join(words) or None


#: nouns whose kind is named by a letter after them (with a digit or two at most): "vitamin D", "vitamin B12",
#: "hepatitis C"
_LETTER_NAMED = frozenset(("vitamin", "hepatitis"))
_LETTER_NAME_NEXT = re.compile(r"\s+([A-Z]\d{0,2})(?![\w'’&-]|\.\w)")
#: "for" or "among" and the words after a noun, read as a group of people by _group_of_people
_FOR_GROUP_NEXT = re.compile(r"\s+(?P<p>for|among)\s+(?P<w>(?:[A-Za-z][\w-]*)(?:\s+[A-Za-z][\w-]*){0,3})")


#: participles that do not end in "-ed", after a noun before its place or time ("21 players cut Sunday") or its
#: agent ("a farmhouse built by monks")
#: irregular pasts the verb lists leave out, which show that a phrase holds a clause: "Police radar caught the driver"
_IRREGULAR_PAST = frozenset("caught saw told left took gave brought thought felt kept began ran drove".split())
_IRREGULAR_PARTICIPLES = frozenset("set cut held made built sold paid won lost hit put taken given seen found known "
                                   "written grown brought bought kept led chosen drawn".split())
_PLACE_OR_TIME_NEXT = re.compile(r"\s+(?:at|in|on|during|last|this|yesterday|today|"
                                 + "|".join(WEEKDAYS) + r")\b")
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:(?:about|some|nearly|almost|around|roughly|just|"
                            r"only)\s+)?$")
_GERUND_OBJECT_NEXT = re.compile(r"\s+(?:on|to|with|into|out|up|off|from|about)\b")
_LOST_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:(?:about|some|nearly|almost|around|roughly|more\s+than|"
                          r"over|an\s+estimated)\s+)?$")
_ON_WHAT_LOST = re.compile(r"\s+on\s+(?:its|their|his|her|the)(?=\s+[a-z])")
_ON_TARGET = re.compile(r"\s+on\s+(?:target|goal)\b")


#: a first or an extreme over a span: "her first start at home in six years", "its highest level in a
#: decade" (the span says how long since, it is no span of the subject)
_EXTREME_IN_BEFORE = re.compile(r"\b(?:first|highest|lowest|best|worst|biggest|largest|longest|strongest|weakest|"
                                r"deadliest|fastest|slowest)\b[^,;.]{0,50}\s(?:in|for)\s+$")
#: verbs of a singular subject that a noun run after a counted plural would take for a noun (only verbs seldom
#: used as plural nouns: not "reports", "estimates" or "claims" of SAY_WORDS)
_VERBS_AFTER_A_PLURAL = frozenset({"hopes", "plans", "aims", "wants", "says", "expects", "believes", "thinks",
                                   "intends", "seeks", "agrees", "shows", "demonstrates", "warns"})
#: an owner before what it owns: "Zeta 's", "its rival's"
_POSSESSOR_NEXT = re.compile(r"\s+(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}|(?:(?:its|their|his|her)\s+)?[a-z]+)"
                             r"\s?['’]s(?=\s)")
#: a participle of change after a comma, right before its figure: ", dropping (1.09 points)", ", rising by"
_CHANGE_PARTICIPLE_AFTER_COMMA = re.compile(
    r"(?:,|\s+(?:after|before|while))\s+(?:dropping|falling|rising|climbing|gaining|losing|slipping|sliding|jumping|"
    r"surging|plunging|tumbling|leaping|soaring|sinking|shrinking|growing|declining|increasing|decreasing|"
    r"adding|shedding|moving|hovering|settling|measuring|weighing|reaching|hitting|topping|"
    r"(?:closing|ending|finishing|opening|trading)(?:\s+(?:up|down|higher|lower|at))?"
    r"|(?:starting|priced|retailing)\s+(?:at|from))\s+"  # (", starting at $1,299": the subject's price; "before
    # closing up 6.5%", "before ending at $4.20": the main clause's subject closed there; "Some hailstones were
    # golf-ball sized, measuring up to 4.5cm"; "Cash flows turned positive, reaching €1.9 billion")
    r"(?:by\s+)?(?:about\s+|nearly\s+|some\s+|almost\s+|more\s+than\s+|another\s+|up\s+to\s+)?$")  # (and "Oil held firm
# after leaping almost $2": the main clause's subject is what the participle moved)
#: a price set beside the subject that opens the sentence: "Google's shares, priced at"
_PRICED_AT_AFTER_COMMA = re.compile(r"(?:The\s+|the\s+)?(?P<np>(?:[A-Z][\w&.-]*\s?['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
                                    r"[a-z][\w-]*),\s+(?:priced|valued)\s+at\s+$")
#: a paying verb before an average: "(Motorists) paid an average of"
_PAID_AN_AVERAGE_OF = re.compile(r"\b(?:pay|pays|paid|paying)\s+an\s+average\s+of\s+$")
#: an estimate's object and "to be" before the figure: "estimates (losses from the storm) to be about"
_ESTIMATED_TO_BE = re.compile(r"\b(?:estimates?|estimated|expects?|puts?|sees?|forecasts?|predicts?|predicted)\s+"
                              r"(?:the\s+|its\s+|their\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                              r"(?:\s+(?:from|of|for|in)\s+[^,;]{1,40}?)?\s+to\s+(?:be|total|reach|top|exceed)\s+"
                              r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|at\s+least|up\s+to)\s+)?$")
#: a forecast in the passive right before the subject's own verb: "is expected to last", "are forecast to reach"
_PASSIVE_FORECAST_TO = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:expected|forecast|predicted|projected|"
                                  r"estimated)\s+to\s+[a-z]+\s+(?:(?:at\s+least|up\s+to|about|another|some|nearly|"
                                  r"more\s+than)\s+)*$")
#: verbs of lasting before "for" and a span: "(The market hall) existed for (140 years)", "(The fire) burned for",
#: "(The sun) shone for"; and a state kept: "(The tower) has stood empty for", "(The line) remained closed for"
_LASTED_FOR_BEFORE = re.compile(r"\b(?P<verb>lasted|lasts|last|continued|continues|continue|existed|exists|persisted|"
                                r"persists|persist|(?:dragged|drags|drag|went|goes|go)\s+on|"
                                r"endured|endures|shone|shines|burned|burnt|burns|raged|rages|blazed|blazes|"
                                r"(?:stood|stands|sat|sits|lay|lies|remained|remains|stayed|stays)\s+(?:empty|idle|"
                                r"vacant|closed|unused|derelict|abandoned|unsold|unoccupied|shut))"
                                r"\s+for\s+(?:(?:about|nearly|almost|more\s+than|over|some|just|only|"
                                r"another|a\s+further)\s+)?$")
#: a thing done and "in" before how long it took: "completed (the Atlantic crossing) in", "ran the marathon in"
_DONE_IN_BEFORE = re.compile(r"\b(?:completed|finished|ran|swam|rowed|sailed|cycled|walked|built|wrapped\s+up|sealed|"
                             r"clinched|(?P<won>won))\s+(?:(?:the|a|an|his|her|its|their)\s+|(?!(?:first|second|third|"
                             r"fourth|fifth|last|top|fastest|strongly|well)\b))(?!(?:the|a|an|his|her|its|their)\s)"
                             r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                             r"\s+in\s+(?:(?:only|just|under|less\s+than)\s+)?$")  # ("wrapped up victory in only 56
# minutes", "finished her first marathon in"; not "finished first in 1 minute": a place, no thing done)
#: a vote's tally: "voted (301) to 14", "voted 301 to (14)"
_VOTED_BEFORE = re.compile(r"\bvot(?:ed|es|ing)\s+(?:by\s+)?$")
_TO_NUMBER_AFTER = re.compile(r"\s+to\s+(?:\d|(?:" + _WORDNUM_BASE + r")\b)", re.I)  # ("voted by nine to four")
_VOTED_N_TO_BEFORE = re.compile(r"\bvot(?:ed|es|ing)\s+(?:by\s+)?(?:\d[\d,]*|" + _WORDNUM_BASE + r")\s+to\s+$",
                                re.I)
#: verbs of holding or taking money right before the amount: "holds ($60bn in cash)", "is sitting on", "seized"
_HOLDING_BEFORE = re.compile(r"\b(?:holds|held|holding|has|had|have|sits\s+on|sat\s+on|sitting\s+on|kept|keeps|"
                             r"seized|seizes|confiscated|recovered|found|stole|stolen)\s+"
                             r"(?:(?:about|some|nearly|almost|more\s+than|over|roughly|around)\s+)?$")
_IN_CASH_AFTER = re.compile(r"\s+in\s+cash\b(?!\s+and\b)")
#: a group and the pollster that asked it: "(Economists) polled by Reuters"
_POLLED_BY = re.compile(r"\b(?:polled|surveyed|questioned|interviewed)\s+by\b")
#: a unit of a good as the subject of a price: "(a) gallon of regular gasoline", "barrel of crude": the singular
#: mass and volume words of units.py, and the measures news prices goods by that it does not own as units ("pound"
#: is money there; a barrel is counted, DESIGN.md; containers)
_GOOD_UNITS = sorted({w for w, (dim, _) in units.UNIT_TABLE.items() if dim in ("mass", "volume") and w.isalpha()
                      and len(w) > 2 and not w.endswith("s")}
                     | {"pound", "pint", "kilo", "barrel", "bushel", "bottle", "pack", "packet", "loaf", "dozen"},
                     key=lambda w: (-len(w), w))
_UNIT_OF = re.compile(rf"(?P<unit>{'|'.join(_GOOD_UNITS)})\s+of\s+(?P<np>[a-z][\w -]*)", re.I)
#: a common noun in the possessive right before a figure: "the market's (10% surge)", "the economy's"
_COMMON_POSSESSOR_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s?['’]s\s+"
                                      r"(?:[$€£¥]\s?)?$")
#: words that make points a poll's or a share's (percentage points), not a tally's
_POLL_WORDS = re.compile(r"%|\b(?:poll|polls|survey|percent|per\s+cent|percentage|vote\s+share|approval|rating|"
                         r"ratings|index|Dow|Nasdaq|FTSE|rates?|yields?)\b", re.I)
#: words before "high" or "low" that make them a market's noun: "a five-week closing high", "a new intraday low"
_HIGH_LOW_MODIFIERS = frozenset({"closing", "intraday", "trading", "session", "all-time", "record", "multi-year"})
#: the people a participle picks out after "those": "(half of those) polled", "(a third of those) killed"
_SAMPLED_PARTICIPLES = frozenset("""polled surveyed questioned asked interviewed sampled killed injured wounded arrested
    detained affected infected tested screened studied examined""".split())
_ASKED_NEXT = re.compile(r"\s+(" + "|".join(sorted(_SAMPLED_PARTICIPLES)) + r")\b")
#: an adjective of place in a series before a total: "(nine of his) last (16 outings)"
_SPAN_ADJECTIVE_NEXT = re.compile(r"\s+(?:last|first|next|past|previous|final|remaining|opening)(?=\s)", re.I)
#: a superlative before the adjective of a counted noun: "10 most endangered refuges"
_SUPERLATIVE_NEXT = re.compile(r"\s+(?:most|least)(?=\s+[a-z])")
#: what an amount pays for: "$250 million to settle a shareholder lawsuit", "$40m to save its wildlife"
_PURPOSE = re.compile(r"(?:\s*\([^()]{1,40}\))?"  # ("90 million euros ($110 million) to buy": a restatement)
                      r"(?:\s+(?:in|over|during|this|next|by)\s+[\w\s-]{1,30}?)?"  # "$4 billion over the next
                      # three years to upgrade its network"
                      r"(?:\s+to\s+(?:its|their|the|a|an)\s+[\w\s.,&'’-]{1,50}?(?=\s+to\s))?"  # ("pay $536 million to
                      # its smaller rival Novell Inc. to settle": whom it is paid to)
                      r"\s+to\s+(?:settle|end|resolve|cover|fund|finance|build|(?P<buy>buy|acquire)|repair|upgrade|"
                      r"help\s+(?:with|pay\s+for|fund)|clear|tackle|pay\s+for|"  # ("$2 billion to help with
                      # recovery efforts", "£600m to clear the court backlog")
                      r"expand|save|rebuild|modernise|modernize|develop|clean\s+up|boost|improve)"
                      r"(?:\s+(?:a|an|the|its|their|his|her))?(?=\s)")
#: "within one game of the lead": "of" names what the count is a distance from, not what it counts
_WITHIN_BEFORE = re.compile(r"\bwithin(?:\s+[\w-]+){1,2}$", re.I)
#: "of" and the noun phrase it names after a counted noun ("types of cancer", "members of the council")
_OF_COMPLEMENT = re.compile(r"\s+of(?:\s+(?:the|a|an))?(?=\s)")
#: "to", "on" or "for" and a determiner after a noun of _TO_HEADS, _ON_HEADS or _FOR_HEADS: "amendments (to the) bill"
_COMPLEMENT_NEXT = re.compile(r"\s+(?P<p>to|on|for)(?P<det>\s+(?:the|its|their))?(?=\s)")
_COMPLEMENT_HEADS = {"to": _TO_HEADS, "on": _ON_HEADS, "for": _FOR_HEADS}


#: a last noun joined by "and" that ends the phrase: "(in penalties) and interest."
_AND_LAST_NOUN = re.compile(r"\s+and\s+(?P<w>[a-z][a-z-]+)(?=\s*[,.;:)]|\s+(?:from|to|for|in|on|at|over|after|by|"
                            r"with|since|as)\b|$)")


def _words_end(s: str, pos: int, words: list[str]) -> int:
    """Where ``words`` (found in order in ``s`` from ``pos``) end."""
    for w in words:
        pos = s.find(w, pos) + len(w)
    return pos


#: verbs whose "of" belongs to them, not to the noun counted: "warning four managers of enforcement action"
_OF_VERB_BEFORE = re.compile(r"\b(?:warn|warns|warned|warning|accuse|accuses|accused|accusing|convict|convicted|"
                             r"clear|cleared|acquit|acquitted|inform|informed|notify|notified|suspect|suspected|"
                             r"remind|reminded|rob|robbed|strip|stripped|deprive|deprived)\s+"
                             r"(?:[\w.,$-]+\s+){0,2}?[\w.,$-]+\s*$", re.I)


#: plain verbs that read as nouns after a noun ("staff work"), unless they end the phrase before a preposition
_PLAIN_VERBS_AFTER_NOUN = frozenset("""work live earn own face need want pay die vote travel come comes go goes cross
    flee arrive remain remains quit tend seem appear put told fail fails threaten threatens vow vows refuse refuses seek
    seeks aim aims ends expires begins""".split())  # ("people cross the border", "revenue comes from advertising",
# "six first-place finishes tend to", "one scientist put the chance at", "a two-week strike fails to", "the five-year
# lease ends in")
#: verbs in the present that a plural subject takes before a preposition or an object, and that are nouns as often
#: after a singular ("a market share", "a bus stop")
_BARE_VERBS_AFTER_A_PLURAL = frozenset("""compete play serve stay operate belong depend exist gather queue wait commute
    rely sit stand share dot line fill attend join""".split())
#: verbs in the third person that a singular subject takes before its figure, and that are no noun after one:
#: "The tenancy comes at £950", "The cell lasts two days"
_SINGULAR_VERBS_AFTER_NOUN = frozenset("comes goes lasts".split())  # (not "starts", "ends": "housing starts")
#: verbs of opinion or intent right after a share or count of people ("35% plan to", "58% back a ban")
_OPINION_VERBS = frozenset("""plan want expect intend hope think believe support oppose back favour favor agree disagree
    prefer feel""".split())
_SHARE_SIGN = r"%|\bper\s?cent|\bpercent"
_SHARE_BEFORE = re.compile(rf"(?:{_SHARE_SIGN})\s*$")  # ("45% expect losses", not "35 plan members")
_PLURAL_NEXT = re.compile(r"\s+[a-z]+s\b")
_SHARE_OR_COUNT_BEFORE = re.compile(rf"(?:{_SHARE_SIGN}|(?<![$€£¥\d.,])\d[\d,]*)\s*$")
_ARTICLE_AND_FIGURE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+\S+\s*$")
_OPINION_OBJECT_NEXT = re.compile(r"\s+(?:to|that|the|a|an|their|its|they|it|more|less)\b")
_HOW_OFTEN_NEXT = re.compile(r"\s+(?:within|every|once|twice|daily|weekly|monthly|yearly|regularly"
                             r"|at\s+least\s+once)\b")
_PUT_AT_NEXT = re.compile(r"(?:\s+[\w'’-]+){1,6}\s+at\s")  # ("put support for the plan at")
_PREPOSITION_OR_DETERMINER_NEXT = re.compile(r"\s+(?:from|in|at|for|on|with|to|the|a|an|their|more|less|last|this)\b")
_KIND_NUMBER = re.compile(r"\s+(\d{1,2})(?=\s+[a-z])")


#: an age limit as a modifier inside a noun phrase: "under-23 (players)", "over-50 (workers)"
_AGE_LIMIT_MODIFIER = re.compile(r"\s+((?:[Uu]nder|[Oo]ver)-\d{1,2})(?=\s+[a-z])")


def _noun_run(s: str, pos: int) -> list[str]:
    """Up to five words of a noun phrase from ``pos``: stops at function words, verbs, adverbs, numbers and
    time words; capitalised words inside it only when a lower-case noun follows them ("large US banks")."""
    words: list[str] = []
    if '"' in s[pos : pos + 40] or "“" in s[pos : pos + 40]:
        s = s[: pos + 120].translate(QUOTES_AS_SPACES)  # 'the region's "truly dangerous" dams': quotes around
        # words inside a phrase (the words are returned, never offsets, so the same length is all that matters)
    reflexive = "sel" in s[pos : pos + 80]  # (themselves, itself, ...: the costlier test below only then)
    start = pos
    while len(words) < 5:
        if words and words[-1][0].isupper() and (am := _SPACED_AMPERSAND.match(s, pos)) is not None:
            words[-1] += s[am.start() : am.end()]  # "R &D", "AT &T": a tokeniser's space before "&"
            pos = am.end()
            continue
        if words and s.startswith(" back", pos) and _BACK_AS_ADVERB.match(s, pos):
            break  # "one shot back on eight under", "two shots back.": behind the leader, no part of the noun
        if words and (pm := _SPACED_POSSESSIVE.match(s, pos)) is not None:
            words[-1] += s[pm.start() : pm.end()]  # "the clothing chain 's stock": split off by a tokeniser
            pos = pm.end()
            continue
        if words and s.startswith("/", pos) and (sm := _SLASHED_WORD.match(s, pos)) is not None:
            words[-1] += sm.group(0)  # "30 helmet/visor pairings": two words of one modifier
            pos = sm.end()
            continue
        if words and words[-1][0].isupper() and (am := _ACRONYM_IN_BRACKETS.match(s, pos)) is not None:
            pos = am.end()  # "2,000 United Nations (UN) police officers": a name's acronym inside the phrase
            continue
        if (words or s[pos + 1 : pos + 2].isupper() or s[pos + 1 : pos + 2].isdigit()) and (
                cm := _MODEL_CODE.match(s, pos)) is not None and (
                cm.group("pre") or words and (cm.group("suf") or len(cm.group("d")) >= 3 and (
                    cm.group("sub") or words[-1][0].isupper()))
                or not words and cm.group("sub") and len(cm.group("d")) >= 3 and (
                    cm.group("suf") or cm.group("w").endswith("s"))) and (
                (nxt := _WORD_RE.match(s, cm.end())) is not None and (nxt.group("w").islower() or words and nxt.group(
                    "w").istitle() and words[-1][0].isupper()) and _is_noun_like(nxt.group("w"))
                and _is_plural(nxt.group("w")) or cm.group("w").endswith("s")):  # ("Boeing 7E7-8 Dreamliners")
            words.append(cm.group("w"))  # a model's code inside the phrase: "31 Boeing 777-300ER planes", "12 Airbus
            pos = cm.end()  # A330-200 jets", "five Boeing 747s", "20 737-800s"
            continue
        if words and len(words) <= 2 and all(x.islower() and x not in _ENTITY_STOP for x in words) \
                and not _is_plural(words[-1]) and s.startswith(",", pos) and _looks_adjective(words[-1]) \
                and (cm := _COMMA_ADJECTIVES.match(s, pos)) is not None and _is_plural(cm.group("head")) \
                and _is_noun_like(cm.group("head")) \
                and not any(x in _ENTITY_STOP or x in _DETERMINERS_ONLY or _is_verb(x) and not x.endswith("ed")
                            or _is_adverb(x) or nums.is_number_word(x) for x in cm.group("adj").split()):
            return [*words[:-1], words[-1] + ",", *cm.group("adj").split(), cm.group("head")]  # "300 weary,
            # sunburned hikers": two adjectives of one plural noun, a comma between them
        if words and _is_plural(words[-1]) and words[-1].islower() and s.startswith(",", pos) \
                and (lm := _LIST_OF_PLURALS.match(s, pos)) is not None and all(
                    _is_plural(x) and _is_noun_like(x) and x not in _ENTITY_STOP and not _is_verb(x)
                    for x in re.findall(r"[a-z][a-z-]+", lm.group(0)) if x != "and"):
            return [*words[:-1], words[-1] + ",", *re.findall(r"[a-z][a-z-]+,?", lm.group(0))]  # "3 million
            # scientists, engineers and doctors": a list of plurals counted together
        if words and _is_plural(words[-1]) and words[-1].islower() and (am := _AND_PLURAL.match(s, pos)) is not None \
                and _is_plural(am.group("head")) and _is_noun_like(am.group("head")) and not any(
                    x in _ENTITY_STOP or x in _DETERMINERS_ONLY or x in _OTHER_AMOUNTS or _is_verb(x) or _is_adverb(x)
                    or nums.is_number_word(x) or x in nums.VAGUE or x.endswith("ing") or x in _PLAIN_VERBS
                    or x in _VERBS_LIKE_PLURALS for x in am.group(0).split()[1:]):
            return [*words, *am.group(0).split()]  # "five new mice and keyboards:", "12 men and women in": two
            # plurals counted together
        if words and len(words) <= 2 and all(x[0].isupper() for x in words) and s.startswith(" and ", pos) and (
                am := _AND_PROPER_ADJECTIVE.match(s, pos)) is not None and (tail := _plural_tail(
                    am, whole=s.endswith(" of the", 0, pos - len(" ".join(words)) - 1))):
            return [*words, "and", *am.group("adj").split(), *tail]  # "the seven US and Russian astronauts": two
            # proper adjectives of one plural noun
        if not words and (nc := _NUMBER_COMPOUND_NEXT.match(s, pos)) is not None and s[pos - 4 : pos] in (
                " its", " the", "heir"):
            pos = nc.end()  # "12 per cent of its 37,000-person work force": the compound's noun is the share's
            continue
        if words and words[-1].lower() in vetoes.KIND_NUMBERED and (km := _KIND_NUMBER.match(s, pos)) is not None:
            words.append(km.group(1))  # "a layer 2 switch", "type 2 diabetes": a kind's number inside the phrase
            pos = km.end()
            continue
        if not words and "-" in s[pos : pos + 12] and (am := _AGE_GROUP_NEXT.match(s, pos)) is not None:
            return [am.group(1)]  # "71% of over-65s": an age group, number and all
        if words and reflexive and (rm := _REFLEXIVE_AFTER_NEXT.match(s, pos)) is not None and rm.group(1).islower():
            break  # "two suicide bombers blew themselves up": the word before a reflexive pronoun is its verb
        if words and words[-1].lower() == "net" and (nm := _WORTH_NEXT.match(s, pos)) is not None:
            words.append(nm.group(1))  # "a $2.5 billion net worth": the noun "net worth", not a price's "worth"
            pos = nm.end()
            continue
        if (am := _AGE_LIMIT_MODIFIER.match(s, pos)) is not None:
            words.append(am.group(1))  # "12 under-23 players": an age limit modifies the noun (its number is no
            pos = am.end()  # figure of its own)
            continue
        wm = _WORD_RE.match(s, pos)
        if not wm:
            break
        w = wm.group("w")
        lw = w.lower()
        if not words and w.islower() and _DEFINITE_NEXT.match(s, wm.end()) and not _is_plural(lw) \
                and lw not in _ADJECTIVE_TOO:
            break  # "Overnight lows of -31C froze the harbour": a verb right after the figure, with its object (not
            # a rate: "5,000 litres of water a minute")
        if words and lw in _PLAIN_VERBS_AFTER_NOUN and "-" not in words[-1] \
                and _PREPOSITION_OR_DETERMINER_NEXT.match(s, wm.end()) \
                or words and lw in ("lack", "lacks", "use") and _is_plural(words[-1]):  # (but "their take-home pay
            # on"; "2 billion people lack access", "3.9 billion people use email")
            break  # "half of the firm's 12,000 staff work from home": the verb of the clause, no part of the noun
        if not words and lw in _OPINION_VERBS and (
                _OPINION_OBJECT_NEXT.match(s, wm.end()) and _SHARE_OR_COUNT_BEFORE.search(s, max(0, pos - 12), pos)
                or _PLURAL_NEXT.match(s, wm.end()) and _SHARE_BEFORE.search(s, max(0, pos - 12), pos)) \
                and not _ARTICLE_AND_FIGURE_BEFORE.search(s, max(0, pos - 30), pos):  # (not "a $400 million plan to")
            break  # "35% plan to cut staff", "58% back a ban": what the share of a group thinks or plans, its verb
        if words and w.islower() and not lw.endswith("s") and _is_plural(words[-1]) and words[-1].islower() \
                and _HOW_OFTEN_NEXT.match(s, wm.end()):
            break  # "30% of users unsubscribe within a month", "12% of adults smoke daily": a plural's verb before how
            # soon or how often
        if words and lw == "put" and _is_plural(words[-1]) and words[-1].islower() and _PUT_AT_NEXT.match(s, wm.end()):
            break  # "Two polls put support for the plan at 44%": a plural's verb that sets a level, no "put option"
        if words and lw in _BARE_VERBS_AFTER_A_PLURAL and _is_plural(words[-1]) and words[-1].islower() \
                and _PREPOSITION_OR_DETERMINER_NEXT.match(s, wm.end()):
            break  # "18 clubs compete in the league", "200 wind turbines dot the hills": a plural's verb in the
            # present (only after a plural, so "a 5% market share in" keeps its noun)
        if words and w.islower() and lw.endswith("s") and not lw.endswith(("ss", "us", "is", "'s", "’s")) \
                and words[-1].islower() and not _is_plural(words[-1]) and (
                    _DEFINITE_NEXT.match(s, wm.end()) or lw in _SINGULAR_VERBS_AFTER_NOUN) \
                and not _after_plain_number(s, start):
            break  # "a 10m wall surrounds the site", "a 40-tonne truck blocks the road": a singular noun's verb and
            # its object (after a plain count the plural is the head: "two strong earthquakes")
        if words and lw in _SPREAD_PARTICIPLES and _SPREAD_PREPOSITION_NEXT.match(s, wm.end()):
            break  # "a £45bn borrowing plan spread over five years": a participle opens what describes the plan
        if words and w.islower() and _past_form(w) and (len(w) > 5 or w in _SHORT_PAST_VERBS) \
                and words[-1].islower() \
                and _is_noun_like(words[-1]) and not _looks_adjective(words[-1]) and "-" not in w:
            break  # "one ex-cabinet minister handed major roles": a participle after the noun opens a clause
        if words and words[-1].islower() and w.isupper() and 2 <= len(w) <= 4 and w.isalpha() \
                and not _CAP_NEXT.match(s, wm.end()) and ((nxt := _WORD_RE.match(s, wm.end())) is None or not (
                    nxt.group("w")[0].islower() and _is_noun_like(nxt.group("w"))
                    and nxt.group("w") not in _ENTITY_STOP)):
            words.append(w)  # "a 42-inch plasma-screen TV": an acronym heads the phrase
            break
        if not words and w.isupper() and 2 <= len(w) <= 4 and w.isalpha() and (
                nxt := _WORD_RE.match(s, wm.end())) is not None and nxt.group("w").islower() \
                and _is_noun_like(nxt.group("w")) and _is_plural(nxt.group("w")):
            words.append(w)  # "3,700 IT staffers", "40 PC makers": an acronym before the counted plural
            pos = wm.end()
            continue
        if w[0].isupper() and words and w not in _TIME_NAMES and all(x[0].isupper() for x in words):
            words.append(w)  # a name the figure counts goes on: "three Super Bowls", "five World Cups"
            pos = wm.end()
            continue
        if w[0].isupper() and words and w not in _TIME_NAMES:
            run = _CAPITALISED_RUN.match(s, pos)
            head = _WORD_RE.match(s, run.end()) if run is not None else None
            if run is not None and (cm := _MODEL_CODE.match(s, run.end())) is not None and (
                    hd := _WORD_RE.match(s, cm.end())) is not None and hd.group("w").islower() \
                    and _is_noun_like(hd.group("w")) and _is_plural(hd.group("w")):
                words += [*run.group(0).split(), cm.group("w"), hd.group("w")]  # "three new Damen 5612
                pos = hd.end()  # catamarans": a maker's name and the model's code before the plural counted
                continue
            if head is None or not _is_noun_like(head.group("w")) or head.group("w")[0].isupper():
                if words[-1].islower() and _PLURAL_PEOPLE.fullmatch(w) and " " not in run.group(0).strip():
                    words.append(w)  # "five suspected militant Islamists": a plural of a people or a creed heads it
                break  # a name after the noun ("3 people Tuesday", "5 cars in Ford's plant") ends the phrase
            words += run.group(0).split()
            pos = run.end()
            continue
        if _is_adverb(w) and w.islower() and (pp := _WORD_RE.match(s, wm.end())) is not None \
                and pp.group("w").islower() and pp.group("w").endswith(("ed", "ing")) and len(pp.group("w")) > 4 \
                and (head := _WORD_RE.match(s, pp.end())) is not None and head.group("w").islower() \
                and _is_noun_like(head.group("w")) and head.group("w") not in _ENTITY_STOP:
            words += [w, pp.group("w")]  # "an externally managed investment company", "newly built homes": a
            pos = pp.end()  # participle led by its adverb describes the noun after it
            continue
        if lw in ("high", "low", "well", "badly") and (pp := _WORD_RE.match(s, wm.end())) is not None \
                and pp.group("w").islower() and (pp.group("w").endswith("ed") and len(pp.group("w")) > 4
                                                 or pp.group("w") in ("paid", "built", "known", "grown")) \
                and (head := _WORD_RE.match(s, pp.end())) is not None and head.group("w").islower() \
                and _is_noun_like(head.group("w")) and head.group("w") not in _ENTITY_STOP:
            words += [w, pp.group("w")]  # "hundreds of high powered guns", "low paid workers": a compound adjective
            pos = pp.end()  # written without its hyphen
            continue
        if lw in _ADJECTIVE_TOO and (nxt := _WORD_RE.match(s, wm.end())) is not None and nxt.group("w").islower() \
                and _is_noun_like(nxt.group("w")) and nxt.group("w") not in _ADJECTIVE_TOO:
            words.append(w)  # "14 of the old bridges", "two high walls": an adjective before its noun
            pos = wm.end()
            continue
        if lw in _NOUN_OR_VERB and (words or s.endswith(_NOUN_OR_VERB_AFTER, 0, wm.start("w") - 1)) \
                and not _DETERMINER_NEXT.match(s, wm.end()) and not _FIGURE_NEXT.match(s, wm.end()):
            words.append(w)  # "legal costs.", "$2 billion in costs": a noun after its modifier or a preposition;
            # "5 firms cost the state" has a verb
            pos = wm.end()
            continue
        if lw == "and" and len(words) == 1 and words[0].islower() and not _is_plural(words[0]) and (
                nxt := _WORD_RE.match(s, wm.end())) is not None and nxt.group("w").islower() \
                and nxt.group("w") not in _ENTITY_STOP and nxt.group("w") not in _DETERMINERS_ONLY \
                and nxt.group("w") not in ("other", "another", "some", "more") and not _is_plural(nxt.group("w")) \
                and (head := _WORD_RE.match(s, nxt.end())) is not None and head.group("w").islower() \
                and _is_plural(head.group("w")) and _is_noun_like(head.group("w")):
            words += [w, nxt.group("w")]  # "25 charred and bloated bodies": two adjectives of one noun
            pos = nxt.end()
            continue
        if lw == "and" and words and words[-1].islower() and not _is_plural(words[-1]) \
                and words[-1] not in _ENTITY_STOP \
                and (joined := _JOINED_MODIFIERS.match(s, wm.end())) is not None \
                and not any(x in _ENTITY_STOP or x in _DETERMINERS_ONLY or _is_verb(x) or nums.is_number_word(x)
                            or x in _OTHER_AMOUNTS for x in joined.group(0).split()) \
                and _is_noun_like(joined.group("head")) and joined.group("head") not in _TIME_HEADS:
            return [*words, w, *joined.group(0).split()]  # "files of thousands of Zeta mortgage and car loan
            # customers": two modifiers of one plural noun
        if not words and lw in _MORE_WORDS and (nxt := _WORD_RE.match(s, wm.end())) is not None \
                and _is_noun_like(nxt.group("w")):
            pos = wm.end()  # "two more institutions": more of the same noun
            continue
        if words and lw in ("high", "low", "highs", "lows") and words[-1].lower() in _HIGH_LOW_MODIFIERS:
            words.append(w)  # "a five-week closing high": the noun is the high, not the closing
            break
        if w in _COMPASS and not _CAP_NEXT.match(s, wm.end()):
            break  # "a village 300 km north of the capital": a direction (but "west London", "West African nations")
        if not words and w.istitle() and s.endswith(" of the", 0, pos) and (
                hd := _WORD_RE.match(s, wm.end())) is not None and hd.group("w").islower() \
                and _is_noun_like(hd.group("w")) and _is_plural(hd.group("w")) and hd.group("w") not in _ENTITY_STOP:
            words += [w, hd.group("w")]  # "three Coach of the Year awards": a title's last word, a time word
            pos = hd.end()  # only in lower case, before the plural the title names
            continue
        if lw in _ENTITY_STOP or lw in _TIME_WORDS or w in _TIME_NAMES or nums.is_number_word(w) or lw in _PERIOD_ON \
                or lw in _PLACE_ADVERBS or words and (lw in _AFTER_NOUN_STOPS or _WIDE_ADVERB.fullmatch(lw)) \
                or words and lw in _FINDING_VERBS and lw not in ("fear", "fears", "hope", "hopes", "want", "wants"):
            break  # (after a noun, "expects" is its verb; "fears" may be the noun: "two fears")
        if not words and lw.endswith("ing") and lw not in _ING_NOUNS and _FUNCTION_NEXT.match(s, wm.end()) \
                and not (s.endswith(" of", 0, pos) and not _GERUND_OBJECT_NEXT.match(s, wm.end())):
            break  # "$220 million stemming from", "$5bn including": a participle, not a noun (but "1.4 billion hours
            # of viewing in": a noun after "of"; "within 40 minutes of going on sale" is a verb with its complement)
        if words and lw in _GERUND_HEADS and words[-1].islower() and not _is_plural(words[-1]):
            words.append(w)  # a noun of a trade or activity after a singular noun: "a three-story apartment
            pos = wm.end()  # building in", "the oil drilling rights"
            continue
        if words and w.endswith(("ed", "ing")) and (_is_plural(words[-1])
                                                     and not words[-1].endswith(("ss", "'s", "’s"))
                                                     or w.endswith("ing") and lw not in _ING_NOUNS
                                                     and not _ing_modifier_ok(words[-1], s, wm)
                                                     or lw not in _ING_NOUNS
                                                     and not _ADJECTIVE_PARTICIPLE.match(s, wm.end())):
            break  # "5 people killed in", but "two new sponsored Internet domains", "the struggling clothing chain",
            # "a six-run eighth inning for" (a noun in "-ing")
        if words and _is_plural(words[-1]) and w.islower() and not _is_plural(w) \
                and _AGENT_NEXT.match(s, wm.end()) is not None:
            break  # "the 12 players cut by the Jaguars", "30 workers laid off by": a participle with its agent
        if words and _is_plural(words[-1]) and words[-1].islower() and words[-1] not in _PLURAL_MODIFIERS \
                and not words[-1].endswith(("ss", "us", "is", "as", "'s", "’s")) and w.islower() \
                and not lw.endswith(("s", "ing", "ed")) and _CLAUSE_END_NEXT.match(s, wm.end()) \
                and _no_verb_before(s, start):
            break  # "A quarter of adults smoke.", "30% of the students walk to school": the verb of the plural that
            # opens the clause (but "a 5% sales tax.", "make up 15% of the wearables market.": a plural that
            # modifies a noun; an object)
        if words and _is_plural(words[-1]) and not lw.endswith("s") and (
                lw in _VERBS_AFTER_PLURAL or _VERB_OBJECT_NEXT.match(s, wm.end())):
            break  # "two of his standouts stage a walkout": a word between a plural and "a" is its verb; "Two
            # firms face fines", "Three banks go to court": a verb a plural takes, never a noun after it
        if words and _is_adverb(w) and _is_plural(words[-1]) and not words[-1].endswith(("'s", "’s")) \
                and (nxt := _WORD_RE.match(s, wm.end())) is not None and nxt.group("w").islower() \
                and not _is_plural(nxt.group("w")):
            break  # "11 detainees briefly refuse food": an adverb after a plural goes with the verb that follows
        if _is_adverb(w) and not (
                (nxt := _WORD_RE.match(s, wm.end())) is not None and nxt.group("w").islower()
                and (_is_noun_like(nxt.group("w")) or nxt.group("w").endswith("ed") and (
                    head := _WORD_RE.match(s, nxt.end())) is not None and head.group("w").islower()
                    and _is_plural(head.group("w")) and _is_noun_like(head.group("w")))):
            break  # "mostly", but "quarterly profit", "daily output", "412 newly discovered ballots"
        words.append(w)
        pos = wm.end()
    return words


def _after_plain_number(s: str, pos: int) -> bool:
    """Whether a plain number (digits or a number word, no unit) ends right before ``pos``: "two (strong ...)"."""
    head = s[max(0, pos - 20) : pos].rstrip()
    return head[-1:].isdigit() or bool(head) and nums.is_number_word(head.rsplit(None, 1)[-1].lower())


def _no_verb_before(s: str, pos: int) -> bool:
    """Whether the clause before ``pos`` holds no verb, so that the phrase at ``pos`` is its subject."""
    clause = re.split(r"[,;:]|\b(?:that|said|says)\b", s[max(0, pos - 100) : pos])[-1]
    return not any(_is_verb(t) or t in _PLAIN_VERBS or t in _VERBS_AFTER_PLURAL for t in re.findall(r"[a-z]+", clause))


#: a noun phrase and an aside that puts it at a level: "the death toll, now at (85)", "Sales of the toy, already at"
_LEVEL_ASIDE = re.compile(r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*),\s+(?:now|currently|already|still)\s+"
                          r"(?:standing\s+)?at\s+$")
#: plurals that modify the noun after them ("a sales tax", "the arms trade"), never a clause's subject before its verb
_PLURAL_MODIFIERS = frozenset("""sales arms goods news savings sports earnings customs species series means works arts
    jobs weapons drugs parts systems services operations communications securities affairs resources rights sciences
    materials damages tools""".split())
#: what ends a clause right after its verb: "smoke.", "walk to school"
_CLAUSE_END_NEXT = re.compile(r"\s*(?:[.;!?]|,\s|$)|\s+to\s|\s+(?:less|more|fewer)\s+than\b")


#: irregular participles that spread a thing over a span or space, after its noun ("spread over five years")
_SPREAD_PARTICIPLES = frozenset({"spread", "split", "divided", "shared", "laid", "set"})
#: what such a participle spreads its noun over or among: " over (five years)", " across (the region)"
_SPREAD_PREPOSITION_NEXT = re.compile(r"\s+(?:over|across|between|among|out)\b")
#: words that start another amount after "and" ("one joint and several separate lawsuits")
_OTHER_AMOUNTS = frozenset({"other", "another", "more", "several", "many", "some", "few", "various", "numerous"})
def _looks_adjective(w: str) -> bool:
    """An adjective by its form or a common one ("leathery", "violent", "large"), before a comma in a list of them."""
    return w.endswith((*_ADJECTIVE_ENDINGS, "y", "ed", "al", "ish", "ent", "ant", "ern", "ese")) \
        or w in _PLAIN_ADJECTIVES


_PLAIN_ADJECTIVES = frozenset("""large small big new old young long short high low great huge tiny rich poor fierce
    fresh rare brave wide deep""".split())
#: adjectives after a comma and the plural they describe: "leathery, turbaned men"
_COMMA_ADJECTIVES = re.compile(r",\s+(?P<adj>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)??)\s+(?P<head>[a-z][a-z-]+)\b"
                               r"(?!\s+[a-z]+s\b|\s+(?:said|say|says|told|reported)\b)")
#: common verbs in their plain form, which may follow "and" in a clause of their own ("cut 1,000 jobs and take
#: charges")
_PLAIN_VERBS = frozenset("""take make give get put keep send bring set cut pay raise close open sell buy build add
    hire lay seek spend win lose leave move shut start end""".split())
#: verbs whose third person looks like a plural noun after "and": "has 14 bedrooms and sits in 40 acres"
_VERBS_LIKE_PLURALS = frozenset("sits stands lies seats sleeps boasts comes goes looks overlooks backs faces".split())
#: the rest of a list of plurals: ", engineers and doctors", ", vans, and trucks"
_LIST_OF_PLURALS = re.compile(r"(?:,\s+[a-z][a-z-]+){1,4},?\s+and\s+[a-z][a-z-]+\b")
#: a second plural after "and" that ends the phrase: "mice and keyboards:", "men and women in"
_AND_PLURAL = re.compile(r"\s+and\s+(?:[a-z][a-z-]+\s+)?(?P<head>[a-z][a-z-]+)"
                         r"(?=\s*[,.;:)]|\s+(?:in|on|at|for|from|to|with|by|of|who|that)\b|$)")
#: a second proper adjective joined to the first, and the noun they share: "(seven US) and Russian astronauts"
_AND_PROPER_ADJECTIVE = re.compile(r"\s+and\s+(?P<adj>[A-Z][A-Za-z.]*(?:\s+[A-Z][a-z]+){0,2})\s+(?P<w1>[a-z][a-z-]+)"
                                   r"(?:\s+(?P<w2>[a-z][a-z-]+))?\b")
#: a count joined to its noun inside a phrase: " 37,000-person" (before "work force")
_NUMBER_COMPOUND_NEXT = re.compile(r"\s+\d[\d,.]*-[a-z]+(?=\s+[a-z])")
#: the modifiers and the plural head after "and" in "mortgage and student loan customers"
_JOINED_MODIFIERS = re.compile(r"(?:\s+[a-z][a-z-]+){1,2}?\s+(?P<head>[a-z][a-z-]+s)(?=[\s,.;:)]|$)")
#: a model's code: "A330-200", "777-300ER", "747s", "F-16s"
_MODEL_CODE = re.compile(r"\s+(?P<w>(?P<pre>[A-Z][A-Za-z]{0,2}-?|[A-Z][a-z]{3,}-)?(?P<d>\d{1,5}|\d[A-Z]\d)"
                         r"(?P<sub>-\d{1,5})?"
                         r"(?P<suf>[A-Z]{1,3})?s?)(?=[\s,;:)]|\.?$)")
_COMPASS = set("north south east west northeast northwest southeast southwest north-east north-west south-east "
               "south-west".split())
_CAP_NEXT = re.compile(r"\s+[A-Z]")


def _ing_modifier_ok(prev: str, s: str, wm: re.Match[str]) -> bool:
    """An "-ing" word inside a noun phrase, after another "-ing" modifier or a capitalised adjective and before
    a lower-case noun: "the struggling clothing chain", "Dutch banking groups" (not "a deal boosting profits")."""
    nxt = _WORD_RE.match(s, wm.end())
    return (prev.endswith(("ing", "'s", "’s")) or prev[0].isupper()
            or wm.group("w").lower() in _GERUND_NOUNS and not _is_plural(prev)) and nxt is not None \
        and nxt.group("w").islower() \
        and _is_noun_like(nxt.group("w"))


#: "-ing" nouns that head a noun phrase after a singular noun: "an apartment building", "defence spending"
#: nouns ending in "-ing" that a figure counts or measures, not participles: "a three-day uprising in", "a two-hour
#: meeting with"
_ING_NOUNS = frozenset("""uprising meeting hearing ruling bombing shooting offering building funding spending
    ceiling wedding warning filing briefing recording screening rating inning innings holding warming lending
    borrowing""".split())
_GERUND_HEADS = {"building", "housing", "spending", "funding", "financing", "lending", "offering", "listing",
                 "ruling", "hearing", "meeting", "filing", "pricing", "advertising", "marketing", "banking",
                 "broadcasting", "printing", "engineering", "accounting", "shipping", "borrowing", "rating"}
#: "-ing" nouns of trades and activities that make compounds after a singular noun: "an air refuelling contract",
#: "the oil drilling rights", "a data processing centre" (not "5 firms trading shares": a plural and its verb)
_GERUND_NOUNS = set("""refuelling refueling drilling processing banking shipping trading marketing manufacturing mining
    housing building spending funding lending training testing screening printing broadcasting advertising
    accounting engineering computing networking planning pricing recycling refining polling voting filing
    peacekeeping policing farming fishing logging gaming gambling betting smoking dumping nursing teaching
    parking booking bidding hosting messaging streaming""".split())


#: verbs in "-s" of rain, snow, ice or water, which look like plural nouns after them ("rain falls", "ice melts")
_VERBS_OF_A_MASS = frozenset("falls lies melts flows settles".split())
#: verbs in their plain form that follow a plural subject and never stand as a noun after a plural
_VERBS_AFTER_PLURAL = frozenset("""go come face seek say tell ask urge vow warn agree remain continue become begin
    try join meet sue accuse want need plan intend expect fear hope believe think know refuse decline threaten
    insist argue admit deny have score win lose play make take get give keep leave hold approve disapprove live
    die act serve contain lack suffer own""".split())


def _is_plural(w: str) -> bool:
    """A plural noun by its form: "standouts", "gunmen", "people" (not "glass")."""
    lw = w.lower()
    return lw.endswith("s") and not lw.endswith("ss") or lw.endswith("men") or lw in (
        "people", "children", "police", "mice", "feet", "teeth", "geese", "aircraft", "spacecraft", "cattle",
        "personnel")


#: adverbs that end a noun phrase ("reach the last eight here")
_PLACE_ADVERBS = frozenset({"here", "there", "now", "then", "again", "too", "instead", "apiece", "yet", "already",
                            "still"})
#: "-wide" adverbs of extent after a noun: "14 of its offices systemwide", "jobs nationwide"
_WIDE_ADVERB = re.compile(r"[a-z]{4,}wide")
#: words that end a phrase after its noun ("rolls into one solution all of its tools"; but "half of all cancers")
_AFTER_NOUN_STOPS = frozenset({"all", "both", "each", "together", "alone"})
_PLURAL_ENDINGS = (("man", "men"), ("person", "people"), ("child", "children"), ("ay", "ays"), ("ey", "eys"),
                   ("oy", "oys"), ("y", "ies"), ("s", "ses"), ("x", "xes"), ("ch", "ches"), ("sh", "shes"))


def _plural_phrase(phrase: str) -> str:
    """A noun phrase with its last noun in the plural ("Saudi policeman" -> "Saudi policemen"), by the regular
    endings only; a phrase whose noun is plural already, or has an "of" complement, stays as it is."""
    if " of " in phrase or _is_plural(head := phrase.split()[-1]):
        return phrase
    for one, many in _PLURAL_ENDINGS:
        if head.endswith(one):
            return phrase[: len(phrase) - len(one)] + many
    return phrase + "s"


def _past_verb(phrase: str) -> bool:
    """A phrase that opens with a past tense and goes on ("renewed worries about"): a verb after the figure,
    not an adjective of a noun (a lone "-ed" word before the noun is read as one: "armed men")."""
    first = phrase.split()[0].lower()
    return len(first) > 4 and first.endswith("ed") and first not in _STATE_WORDS and " " in phrase


def _is_noun_like(w: str) -> bool:
    lw = w.lower()
    return not (lw in _ENTITY_STOP or lw in _TIME_WORDS or nums.is_number_word(w) or lw.endswith(("ed", "ing"))
                or _is_adverb(lw))


#: nouns that end like adverbs ("$42 billion of new supply")
_LY_NOUNS = frozenset("supply family assembly monopoly rally ally reply anomaly belly jelly bully butterfly folly "
                      "tally homily melee".split())


def _is_adverb(w: str) -> bool:
    """An adverb by its form ("mostly", "sharply"), not a noun that ends alike ("supply", "family")."""
    lw = w.lower()
    return lw.endswith("ly") and len(lw) > 4 and lw not in _LY_NOUNS or lw in _FREQUENCY_ADVERBS


#: adverbs of frequency not in "-ly", which stand between a subject and its verb ("Wind speeds sometimes hit")
_FREQUENCY_ADVERBS = frozenset({"sometimes", "often", "always", "never", "seldom", "occasionally", "still", "soon"})


def _after_words(s: str, pos: int, n: int) -> int:
    for _ in range(n):
        wm = _WORD_RE.match(s, pos)
        if wm is None:
            break
        pos = wm.end()
    return pos


