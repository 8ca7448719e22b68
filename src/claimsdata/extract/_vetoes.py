"""Named "not a quantity" rules: numbers in text that a reader would not list as quantities.

Each rule says what it refuses, with examples; the quantity reader calls them at the point where the rule
can decide. A rule that fires drops the candidate (nothing is counted as a claim).
"""

from __future__ import annotations

import re

from ._attribution import COMPANY_WORDS
from ._dates import MONTH_DAY_BEFORE
from ._numbers import DIGITS_RE, is_number_word

_GLUED_BEFORE = re.compile(r"(?:[A-Za-z]-?|[A-Za-z]\.)$")
_CODE_BEFORE = re.compile(r"(?<![\w-])(?=[A-Za-z\d]*[A-Za-z])[A-Za-z\d]*\d[A-Za-z\d]*-$")  # "A320-200", "scp2-173",
# "7E7-8": the second part of a code (letters and digits before the hyphen)
#: a street after a house number: "123 Random Street", "4 Privet Dr."
_STREET_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}\s+(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|"
                           r"Lane|Drive|Dr\.|Way|Place|Court|Square|Terrace|Crescent)(?!\w)")
_STATE_BEFORE = re.compile(r",\s+[A-Z]{2}\s+$")
_ZIP = re.compile(r"\d{5}(?:-\d{4})?")
_DIGIT_SEP_BEFORE = re.compile(r"\d[:/]$")
_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d[-–/]$")
_CLOCK = re.compile(r"(?::\d{2}|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|EST|CET|ET\b|hrs\b))", re.I)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_SECTION = re.compile(r"\([a-z0-9]\)")
_TICKER = re.compile(r"\.[A-Z]{1,2}\b(?!\.)")  # "6502.T", "0005.HK": an exchange code
YEAR = re.compile(r"(?:1[89]|20)\d\d|2100")  # "by 2100": the climate horizon too
_YEAR_PREP = re.compile(r"\b(?:from|since|in|by|until)\s*$", re.I)
_OLD_YEAR = re.compile(r"1[0-7]\d\d")
_NAME_BEFORE = re.compile(
    r"\b(?:No|Nos|Article|Section|Chapter|Title|Rule|Resolution|Phase|Stage|Level|Category|Class|Type|Model|"
    r"Version|Windows|iPhone|Galaxy|Boeing|Airbus|Apollo|Formula|Highway|Route|Interstate|Flight|Room|Gate|"
    r"Terminal|Platform|Part|Paragraph|Item|Episode|Season|Series|Volume|Vol|Page|Proposition|Prop|Bill|"
    r"Amendment|Psalm|Block|Building|Lot|Channel|Studio|Camp|Zone|Sector|Battalion|Brigade|Division|Regiment|"
    r"Corps|Fleet|Squadron|Number|Hurricane|Storm|Bowl|War|Game|Match|Round|Week|COP|G|PS|Xbox|Pixel|Mark|"
    r"Mk|Block|Cup|Super|Cat|Grade|Tier|Ward|District|Precinct|Lane|Street|Avenue|Pier|Unit|Apt|Suite|"
    r"Exhibit|Figure|Table|Appendix|Verse|Act|Scene|Lesson|Step|Day|Gen|Web|Industry|Covid|COVID|S&P|FTSE|DAX|"
    r"Nikkei|CAC|Stoxx|STOXX|Russell|Nasdaq|MSCI|Euro\s?Stoxx|Ch|Poor\s?['’]s|ISO|IEEE|IEC|ANSI|DIN|RFC)\.?\s*#?$"
    # ("Standard & Poor 's 500"; standards: "ISO 14001", "RFC 2616")
)
_MARK_BEFORE = re.compile(r"(?:\((?:R|TM)\)|[®™])\s*$")
#: a name's word just before a number: capitalised ("Formula One", "Take-Two"), in camel case ("PlayStation 2",
#: "eServer 326", "iOS 13") or an acronym, alone or in a hyphenated code ("AOL 9.0", "CC BY-NC-ND 2.0")
_CAP_WORD_BEFORE = re.compile(r"(?<![\w'’.&-])(?:[A-Z][a-z'’]+(?:[A-Z][a-z]+)*|[a-z]{1,5}[A-Z][A-Za-z]*|"
                              r"[A-Z]{2,5}(?:-[A-Z]{2,5})*)"
                              r"(?:\s|-)$")
#: a software or product version: "version 2.4", "kernel 2.6", "the 2.0 version", "2.6-based systems"
_VERSION_BEFORE = re.compile(r"\b(?:version|kernel|firmware)\s+$", re.I)
_VERSION_AFTER = re.compile(r"-based\b|\s+(?:version|release|edition|beta|upgrade|kernel)\b|\s(?-i:Series)\b", re.I)
# ("3200 Series phones": a product line)
_CAP_AFTER = re.compile(r"\s[A-Z][a-z]")
_SENTENCE_START_WORD = re.compile(r"(?:^|[.!?]\s+)[A-Z][a-z]+\s$")
_COUNT_LEAD_WORD = re.compile(r"\b(?:About|Some|Over|Nearly|Almost|Around|Roughly|Only|Just|All|Another|The|Those|"
                              r"These|At|Up|By|Approximately|Exactly|Fully|Perhaps|Maybe|More|Less|Fewer|Under|"
                              r"For|In|On|Of|With|After|Before|Within|Since|From|To|Among|Between|During|Until|"
                              r"And|But|Or|Than|Every|Each|Both|Still|Even|Also|Then|Now|Its|Their|His|Her|Our|"
                              r"Across|Through|Throughout|Beyond|Despite|Like|Unlike|Per|Via|Against|Behind|"
                              r"Below|Above|Near|Beside|Besides|Without|Toward|Towards|Along|Amid)\s$")
#: a telling verb and the name of whom it told, right before a number: "told Reuters ", "told The Times "
_TOLD_NAME_BEFORE = re.compile(r"\b(?:told|tells|telling)\s+(?:[A-Z][\w.&'’-]*\s+){1,3}$")
#: what follows a name with a number at the start of a sentence: "Halo 2, the game", "Expedition 10 's crew"
_NAME_PAUSE_AFTER = re.compile(r"\s*(?:,|:|\s[-–]\s|\s?['’]s\b)")
#: a singular lower-case noun after a figure: a count would count a plural ("Hanover 96 striker")
_SINGULAR_NOUN_AFTER = re.compile(r"\s+[a-z]+(?<!s)\b(?!['’])")
#: a ranking: "the number two oil company", "world No. 2" (not the verb: "said to number 3,000")
_RANKING_BEFORE = re.compile(r"(?<!\bto\s)\b(?:[Nn]umber|No\.|NO\.)(?:\s+|-)$")  # ("at number-seven Louisville")
#: the total of a numbered part: "Part 2 of 2", "Game 4 of 7", "Stage 5 of 21"
#: the first part of a model's number right before a second one: "737-" of "Boeing 737-800"
_MODEL_PART_BEFORE = re.compile(r"(?<![\w-])[A-Z]?\d{1,4}[-/]$")
_PART_OF_BEFORE = re.compile(r"\b(?:Part|Chapter|Episode|Volume|Vol\.|Book|Game|Round|Stage|Day|Week|Leg|Match|"
                             r"Test|Race|Heat)\s+\d{1,3}\s+of\s+$")
#: a plural noun after a four-digit figure: "Boston 2000 runners" counts runners
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+s\b")
_EVENT_AFTER = re.compile(r"\.?\s+(?:final|finals|race|sprint|hurdles|freestyle|relay|butterfly|backstroke|"
                          r"breaststroke|medley|event|heat|semi-final|title|steeplechase|class|division|category|"
                          r"championship|weight|(?:individual\s+|team\s+)?pursuit|points\s+race|"
                          r"road\s+race|race\s+walk|(?:gold|silver|bronze)"
                          r"(?:\s+medal|(?=[\s,.;:)]*$|\s*[,.;:)]|\s+(?:in|at|for|on|with|and)\b)))\b")
# ("the men's 4-km team pursuit": cycling's events; "the women's 58kg bronze medal": a weight class's medal)
_SCORE_LEFT = re.compile(r"\b(?:won|win|wins|winning|beat|beats|beating|lost|loses|lose|losing|defeated|defeating|"
                         r"overpowered|outlasted|routed|crushed|downed|edging|drew|draw|victory|defeat|score|"
                         r"scoreline|triumph|thrashed|edged|tied|level|led|lead|leading|trailed|trailing|halftime|"
                         r"half-time|hammered|destroyed|blanked|stunned|upset|dominated|whipped|pounded|swept|"
                         r"topped|clobbered|blasted|drubbed|trounced|humbled|outscored|thumped|walloped|mauled|"
                         r"demolished|dumped|ousted|eliminated|survived|rallied|shut\s+out|blew\s+out|held\s+off|"
                         r"knocked\s+off)\b[^!?;]{0,40}$", re.I)  # in the sentence ("beat the St. Louis Cardinals 7-6")
#: a scoreline followed by what it is ("a 9-2 lead", "the 3-1 win")
_SCORE_RIGHT = re.compile(r"\s+(?:(?:first|second|third|fourth|final|opening)[\s-](?:half|quarter|period|set|"
                          r"inning|innings)\s+)?(?:points?\s+)?"  # ("a 19-5 second-half run", "a 35-13 points
                          # victory": a boxer's points)
                          r"(?:lead|win|victory|defeat|loss|drubbing|thrashing|home\s+win|away\s+win|draw|"
                          r"scoreline|advantage|tie|deadlock|stalemate|record|rout|start|finish|domination|romp|"
                          r"blowout|shutout|triumph|success|setback|upset|run|spurt|burst|season|campaign)\b",
                          re.I)  # ("after a 1-10 season": a win-loss record)
#: a series or match score in words: "three games to none", "two sets to love", "4 frames to 2"
_SERIES_SCORE = re.compile(r"([a-z]+|\d{1,2})\s+(?:games?|sets?|frames?|matches|legs|rubbers)\s+to\s+"
                           r"(none|nil|nothing|love|[a-z]+|\d{1,2})\b", re.I)
_SERIES_ZERO = ("none", "nil", "nothing", "love")
#: a score with "to" and a number word before a result noun: "a 10-to-five victory", "a seven-to-three win"
_WORD_SCORE = re.compile(r"([a-z]+|\d{1,3})-to-([a-z]+|\d{1,3})(?=\s+(?:victory|win|defeat|loss|triumph|rout|"
                         r"drubbing|thrashing)\b)", re.I)
#: a win-loss record reached: "improved to 7-2", "fell to 3-5 on the season"
#: bowling figures: "his figures are 1-228", "figures of 5-20"
_FIGURES_LEFT = re.compile(r"\bfigures\s+(?:are|were|of|read)\s+$", re.I)
_RECORD_LEFT = re.compile(r"\b(?:improved|improves|fell|falls|dropped|drops|slipped|slips|evened|evens|moved|"
                          r"moves)\s+(?:(?:their|its|his|her)\s+record\s+)?to\s+$", re.I)
#: a team's record after its name and a verb of being: "Tampa Bay is 61-80 (fourth in the AL East)"
_NAMED_RECORD_LEFT = re.compile(r"(?<![\w'’-])[A-Z][\w.'’-]*\s+(?:is|are|was|were|stands?\s+at|now)\s+$")
#: a bowler's figures after a name and "took": "Darren Gough took 4-34 as"
_BOWLING_LEFT = re.compile(r"(?<![\w'’-])[A-Z][\w.'’-]*\s+(?:took|takes|returned|finished\s+with)\s+$")
#: what follows a score after a team's name or a record ("the Dallas Cowboys 49-21 on Monday", "improved to 7-2
#: with"): a pause or a preposition, not a unit ("Sydney 20-25 degrees", "fell to 3-5 dollars")
_AFTER_NAMED_SCORE = re.compile(r"\s*(?:[,.;:)]|\((?=[a-z]+\b)|$)|\s+(?:on|at|in|for|with|and|as|after|before|behind|"
                                r"despite|thanks|when|while|under|to\s+(?:win|clinch|take|reach|move|stay|end))\b")


#: a batting or shooting line: hits for at-bats, baskets for shots ("went 2 for 4", "3-for-7 shooting")
_BATTING_LINE = re.compile(r"\d{1,2}(?:-for-\d{1,2}|\s+for\s+\d{1,2})(?![\d-])")
_BATTING_LEFT = re.compile(r"\b(?:went|goes|go|going|finished|shooting|shot|was|is)\s+$", re.I)


#: an event written with its bare distance: "the 200 freestyle", "the 110 hurdles"
#: what stands before an event's name: "the 800m", "this week's 100-meter sprint", "his 400m title"
_EVENT_DETERMINER = re.compile(r"(?:\b(?:the|his|her|their)|['’]s|\bs\s?['’])(?:\s+(?:men|women)['’]?s)?\s*$"
                               r"|(?:\b(?:the|his|her|their)|['’]s)(?:\s+[\w-]+){0,3}?\s+"
                               r"(?:indoor|outdoor|world|Olympic|European|Commonwealth|national)"
                               r"(?:\s+(?:men|women)['’]?s)?\s*$",
                               re.I)  # ("the blue ribband Olympic mens 100 metres race"; "won the
# world athletics indoor 200 metres")
_STROKE_AFTER = re.compile(r"\s+(?:individual\s+medley|freestyle|butterfly|backstroke|breaststroke|medley|IM|hurdles|"
                           r"relay|steeplechase)\b")
#: the standard distances of athletics and swimming, written as events ("the 800m")
_EVENT_DISTANCE = re.compile(r"(?:10|25|50|60|100|110|200|400|800|1,?500|3,?000|5,?000|10,?000)[\s-]?"
                             r"(?:m|metres?|meters?)")  # ("the Olympic 50-meter rifle event")
#: one score ("4-1", "21 - 16"), not a range of percentages or decimals
_SCORE = r"(?P<a>\d{1,3})(?:\s?[-–]\s?|-to-)(?P<b>\d{1,3})(?![\d%]|[.,]\d)"
_SCORELINE = re.compile(_SCORE)
#: a golf match-play result: holes up and holes left to play ("2&1", "4 and 3"; the second is the smaller)
_MATCH_PLAY = re.compile(r"(?P<a>[1-9]|10)(?:\s?&\s?|\s+and\s+)(?P<b>[0-8])(?![\d%]|[.,]\d|"
                         r"\s+(?!(?:on|in|at|to|over|against|with|for|after|before|and|as|yesterday|today|tonight)\b)"
                         r"[a-z])")  # (not "won 3
# and 2 games")
#: the next set of a run of set scores ("6-2, 2-6, 6-2", "7-6 (7-4) 6-3"), and a set score just before
_NEXT_SET = re.compile(r"(?:\s*,\s*|\s+)(?:\(\d{1,2}[-–]\d{1,2}\)\s*,?\s*)?" + _SCORE)
_SET_BEFORE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}\)?\s*,?\s+$")
_ONE_BAD_LEFT = re.compile(r"\b(?:the|no|every|each|any|this|that|which|some|any|someone|anyone|no|one|only|last|"
                           r"first|next|other|same|right|wrong|latest|best|big|new|old|might|could|would|should|"
                           r"must|can|may)\s+$|^In\s+$", re.I)  # "the last one", "might one suspect"; "In one
# photograph obtained by the paper": a sentence that opens on one instance, as "in a"
_ONE_BAD_RIGHT = re.compile(r"\s+(?:of|another|thing|way|side|end|hand|point|day|time|more|less|after|by|too|can|"
                            r"morning|afternoon|evening|night|moment|step|example|instance|charge|go|piece|voice|"
                            r"sitting|swoop|occasion|such|"  # ("on one charge", "in one go", "with one voice", "on one
                            # occasion": idioms; "one such link": an instance, as "a")
                            r"could|would|should|must|may|might|is|was|seen|who|that|which)\b"
                            r"|\s+(?:[a-z]+\s+){1,2}in\s+mind\b"  # ("with one goal in mind": an idiom)
                            r"|\s+[a-z]+\s+at\s+a\s+time\b"  # ("one class at a time": a pace, no count)
                            r"|\s+[a-z]+\s+(?:to|after)\s+(?:another|the\s+other)\b"  # ("from one human to
                            # another", "one day after another")
                            r"|\s+(?:[a-z-]+\s+){1,2}[^.;:]{0,50}?\b(?:on|with|to|for|by|in|from)\s+others\b"
                            r"|\s+[a-z-]+\s?['’]s\s",  # ("one union's view": a determiner of an owner)
                            re.I)  # ("written for one Linux distribution will work with others": one set against the
# rest; but "threw for one touchdown and ran for another" counts)

_NUM_TOKEN = re.compile(r"\d[\d.,]*\d|\d")
_HYPHEN_CHAIN = re.compile(r"\d+(?:[-–/]\d+){2,}")
#: three or more numbers joined by range words ("5 to 10 to 20", "1 - 2 - 3"): a sequence, not a range
_RANGE_CHAIN = re.compile(r"\d[\d,.]*(?:\s*(?:to|-|–|—)\s*\d[\d,.]*){2,}")
#: a run of five or more bare numbers: a table's row ("3b 5 1 2 1 0 1 0 .288"), not quantities
_NUMBER_RUN = re.compile(r"\d+(?:[ \t]+\.?\d+){4,}(?![\w.,]*\s*(?:%|percent\b))")
_LONE_IN_BRACKETS = re.compile(r"\d+(?=[)\]])")
#: a list item's number: one to three digits and a full stop or a closing bracket, then a space, a capital or the end
#: (a line or a sentence of its own: the splitter may cut "1." from its item)
_LIST_NUMBER = re.compile(r"\d{1,3}[.)](?=[ \t]|[A-Z]|$)")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
#: a model's number with its variant, glued to a plural or a suffix: "737-800s", "777-300ER", "A330-200s"
_MODEL_NUMBER = re.compile(r"\d{3}-\d{2,3}(?:s|ER|LR|[A-Z]{1,2})\b")
#: a filing's form number: "10-K", "10-Q", "8-K", "20-F" (and "10k filing", as copy may write it)
_FORM_NUMBER = re.compile(r"\d{1,2}-(?:K|Q|F)\b(?!-)|\d{1,2}[kKqQ](?=\s+(?:filing|forms?\b|reports?\b))")


def identifier_end(s: str, p: int) -> int | None:
    """End of the token at ``p`` when it is digits that do not read as one number, else None.

    Dotted or comma chains that are no valid number ("1.1.1.1", "2.0.1", "1,1,1"), chains of three or more
    numbers joined by hyphens, slashes or "to" ("555-0134-22", "12/05/2004", "5 to 10 to 20"), runs of five or
    more bare numbers (a table's row: "5 1 2 1 0 1 0"), a model's number glued to a plural or a suffix ("737-800s",
    "777-300ER"), a filing's form number ("10-K", "8-K"), a number alone in brackets ("(5)", "[12]": list
    numbering, footnotes), a list's number closed by a bracket it never opened ("1) Deviled, 2) Scotch") and an
    item's number at the start of a line or a sentence ("2. Sam Ponder" on a line of its own) are identifiers,
    sequences or markup: no part of them is a quantity.
    """
    if not s[p].isdigit() or (p > 0 and s[p - 1].isdigit()):
        return None
    if (e := in_markup(s, p)) is not None:
        return e
    if (h := _HYPHEN_CHAIN.match(s, p) or _RANGE_CHAIN.match(s, p) or _NUMBER_RUN.match(s, p)
            or _MODEL_NUMBER.match(s, p) or _FORM_NUMBER.match(s, p)) is not None:
        return h.end()
    tok = _NUM_TOKEN.match(s, p)
    if tok is None:
        return None
    num = DIGITS_RE.match(s, p)
    if num is None or num.end() < tok.end():
        return tok.end()
    if p > 0 and s[p - 1] in "([" and _LONE_IN_BRACKETS.match(s, p):
        return tok.end()
    if _LIST_NUMBER.match(s, p) and _LINE_START.search(s, max(0, p - 20), p):
        return tok.end()  # "2. Sam Ponder" on a line of its own: an item's number
    if tok.end() - p <= 2 and s.startswith(")", tok.end()) and (p == 0 or s[p - 1] in " \t\n:;,") \
            and "(" not in s[max(0, p - 60) : p]:
        return tok.end()  # "are: 1) Deviled, 2) Scotch": a list's numbering, with no bracket that opens it
    return None




_ENTITY_REF = re.compile(r"&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});?")
_TAG_OPEN = re.compile(r"<[A-Za-z/!][^<>]{0,300}$")
_TAG_CLOSE = re.compile(r"[^<>]{0,300}>")


def in_markup(s: str, p: int) -> int | None:
    """Where markup that holds the digits at ``p`` ends: a character reference ("caf&#233;", "&#x2014;") or
    an HTML tag ("<td width="50">"), else None. Text as it comes from the web keeps its markup; its numbers
    are no quantities (offsets still index the original text)."""
    amp = s.rfind("&", max(0, p - 3), p) if p >= 2 and s[p - 1] in "#xX" else -1
    if amp >= 0 and (e := _ENTITY_REF.match(s, amp)) is not None and e.end() > p:
        return e.end()
    if _TAG_OPEN.search(s, max(0, p - 300), p) is not None and (c := _TAG_CLOSE.match(s, p)) is not None:
        return c.end()
    return None


def glued_to_a_name(left: str) -> bool:
    """A number glued to letters or to another number: "F-16", "M777", "Covid-19", "G7", the "30" of "10:30",
    the "7" of "24/7", the "21" of "2020-21"."""
    return bool(_GLUED_BEFORE.search(left, len(left) - 3) or _DIGIT_SEP_BEFORE.search(left, len(left) - 2)
                or _CODE_BEFORE.search(left, len(left) - 12)
                or _YEAR_BEFORE.search(left, len(left) - 6))


def clock_ordinal_or_code(s: str, end: int, *, unit_follows: bool) -> bool:
    """A clock time ("10:30", "5 pm", "1400 GMT"), an ordinal ("3rd", "21st"), a date like "5/7", a section code
    ("401(k)", "501(c)"), a ticker ("6502.T"), or a number glued to letters that are no unit ("5G", "3D", "737MAX")."""
    after = s[end : end + 12]
    if _CLOCK.match(after) or _ORDINAL.match(after) or after[:1] == "/" and after[1:2].isdigit() \
            or _SECTION.match(after) or _TICKER.match(after):
        return True
    return after[:1].isascii() and after[:1].isalpha() and not unit_follows


def size_by_size(left: str, s: str, end: int) -> bool:
    """Either number of a size written "N-by-M" without a unit ("5-by-7 photos", "a 2-by-4 board"): a format's
    name, no count ("a 15-by-20-foot platform" has its unit, and stays)."""
    return s.startswith("-by-", end) and bool(_BY_SIZE_REST.match(s, end)) \
        or left.endswith("-by-") and left[-5:-4].isdigit() and s[end : end + 1].isspace()


_BY_SIZE_REST = re.compile(r"-by-\d+(?=\s)")


def clock_after(s: str, end: int) -> bool:
    """A clock word right after a time ("8:52:46 a.m.", "10:30 GMT"): a time of day, not a race time."""
    return bool(_CLOCK.match(s, end)) and s[end : end + 1] != ":"


def year_span(num_s: str, low: float | None, high: float | None) -> bool:
    """A span of years ("between 2015 and 2018", "2020-2022"): a time, not a quantity."""
    return bool(YEAR.fullmatch(num_s)) and low is not None and high is not None and 1800 <= high <= 2100 \
        and float(high).is_integer()


def standalone_year(num_s: str, left: str, *, qualified: bool, after: str = "") -> bool:
    """A year standing alone ("in 2004", "the 1999 season"), or the year a change is measured against ("up 30
    percent over 2003 --"); "more than 2000 people", "the toll rose to over 2000." keep their qualifier (``left``:
    the words before the qualifier; ``after``: the text that follows)."""
    if _ERA_AFTER.match(after):
        return True  # "In 360 B.C.", "around 750 BC": a year of an era, whatever its digits
    if _OLD_YEAR.fullmatch(num_s):  # "since 1642": an earlier year only after a preposition of time, or after
        # a month and day ("on May 4, 1642")
        return bool(_YEAR_PREP.search(left, len(left) - 8) or MONTH_DAY_BEFORE.search(left, max(0, len(left) - 16))) \
            and bool(_NO_NOUN_AFTER.match(after))
    return bool(YEAR.fullmatch(num_s)) and (not qualified or bool(_YEAR_PREP.search(left, len(left) - 8))
                                            or bool(_CHANGE_UNIT_BEFORE.search(left, len(left) - 12))
                                            and bool(_NO_NOUN_AFTER.match(after)))


#: an era after a year: "360 B.C.", "750 BC", "300 A.D.", "50 BCE"
_ERA_AFTER = re.compile(r"\s?(?:B\.C\.(?:E\.)?|BCE?|A\.D\.|AD)(?![\w])")
#: a change's unit before "over <year>": "up 30 percent over 2003", "a 12% rise over 2004"
_CHANGE_UNIT_BEFORE = re.compile(r"(?:%|percent|per\s+cent|points?|fold|rise|gain|increase|decline|drop|fall)\s+$",
                                 re.I)
#: what follows a year, not a count: a pause or a function word ("over 2003 --", "over 2003, when")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)!?]|-|$|\s(?:and|as|when|but|while|levels?|figures?|results?)\b)")


def address_or_postcode(s: str, start: int, end: int) -> bool:
    """A house number before a street name ("123 Random Street", "10 Downing St.") or a US ZIP code after a
    state's code ("Cloud City, PA 23456")."""
    return bool(_STREET_AFTER.match(s, end) or _STATE_BEFORE.search(s, max(0, start - 6), start)
                and _ZIP.fullmatch(s, start, end))


#: the IEEE 802 family of network standards: "802.11g", "802.3", "802.16"
_IEEE_802 = re.compile(r"802\.\d{1,2}(?:[a-z]{1,2})?(?![\w.])")


_TICKER_SUFFIX = re.compile(r"\.[A-Z]{1,4}(?![\w.])")


def ticker_with_exchange(s: str, end: int) -> bool:
    """A ticker glued to its exchange after the digits ("Zeta Bank (BSD2.FSE)"): no amount of a currency."""
    return s.startswith(".", end) and bool(_TICKER_SUFFIX.match(s, end))


def short_year(s: str, start: int, num_s: str) -> bool:
    """A year written with an apostrophe and two digits ("in '98")."""
    return len(num_s) == 2 and start > 0 and s[start - 1] in "'’" and (start == 1 or not s[start - 2].isalnum())


#: the rest of a format's name or a figure of speech after a number: "six-party talks", "a three-way race", "a
#: 180-degree turnaround" (a change of course, no angle or temperature)
_FORMAT_AFTER = re.compile(r"-(?:party|way)\s+(?:[a-z]+\s+)?(?:talks|negotiations|race|contest|tie|split|battle|fight|"
                           r"deal|merger|trade|talk|dialogue|summit|meeting)\b", re.I)
_TURN_AFTER = re.compile(r"\s+(?:turn|turns|turnaround|turnarounds|turnabout|reversal|shift|change|u-turn)\b", re.I)


def format_or_figure_of_speech(s: str, end: int, degrees: bool = False) -> bool:
    """A number that names a format ("six-party talks", "a three-way race") or, in degrees (``degrees``: ``end``
    after the unit), a figure of speech ("a 180-degree turnaround": a change of course, no angle or temperature)."""
    if degrees:
        return bool(_TURN_AFTER.match(s, end))
    return s[end : end + 1] == "-" and bool(_FORMAT_AFTER.match(s, end))


def sprint_end(s: str, start: int) -> int | None:
    """End of a car's standard sprint named by its speeds ("0-60 in 3.4 seconds", "0-62mph in", "from zero to 100km/h
    in"), else None: the time is the claim, the speeds name the test."""
    return m.end("name") if (m := _SPRINT.match(s, start)) is not None else None


_SPRINT = re.compile(r"(?P<name>0\s?[-–]\s?(?:60|62|100)(?:\s?(?:mph|km/h|kph|kmh))?"
                     r"|(?:from\s+)?(?:0|zero)\s+to\s+(?:60|62|100)\s?(?:mph|km/h|kph|kmh))(?=\s+in\s)", re.I)


def video_format(s: str, start: int, end: int) -> bool:
    """A video format's name: "4K video", "an 8K television" (no count of thousands)."""
    return s[start : end].upper() in ("4K", "8K") and bool(_VIDEO_AFTER.match(s, end))


_VIDEO_AFTER = re.compile(r"\s+(?:ultra\s+)?(?:video|videos|resolution|TVs?|televisions?|displays?|screens?|"
                          r"content|footage|streaming|cameras?|monitors?|UHD|HDR)\b", re.I)


def series_format(left: str) -> bool:
    """The length of a series before the figure ("the best-of-three finals"): a format, not a count."""
    return left.lower().endswith(("best-of-", "best of "))


def network_standard(s: str, start: int) -> bool:
    """A network standard's number, even without "IEEE" before it: "802.11g gear" is no mass in grams."""
    return s.startswith("802.", start) and bool(_IEEE_802.match(s, start))


#: a product's name with capitals inside it, or its acronym in brackets, right before a number: "JBossCache ",
#: "(SLES) ", "(J2SE) "
_PRODUCT_BEFORE = re.compile(r"(?:(?<![\w'’.&-])[A-Z][A-Za-z]*[A-Z][a-z][A-Za-z]*|\((?P<wire>[A-Z][A-Z\d]{1,6})\))"
                             r"\s$")
#: a plural noun right after the number, which it counts: "(XYZ) 12 servers" (not "its", "this", "was")
_PLURAL_NEXT = re.compile(r"\s+(?!(?:its|this|was|has|is|as|us|his|plus|thus|less|unless)\b)[a-z]{2,}s\b")
#: news agencies, whose bracketed names open a story, not a product's
_WIRES = {"AP", "AFP", "UPI", "CP", "PA", "DPA", "ANSA", "IANS", "PTI", "BNO"}


def name_with_number(left: str, value: float | None, num_s: str, after: str = "") -> bool:
    """A number that is part of a name: "No. 6", "Boeing 737", "FTSE 100", "Channel 4", "Apollo 11", "Group of 20",
    "Kherson 2", "PlayStation 2", "AOL 9.0", "Ferrari 3400", the total of "Part 2 of 3" (a name's word before a
    number below 10,000, and at the start of a sentence only before a pause: "Halo 2, the game"), or a version
    ("version 2.4", "the 2.0 version", "2.6-based", "JBossCache 1.1", "(SLES) 9"), a product line ("the 3200
    Series"; ``after``: the text that follows)."""
    if (mp := _MODEL_PART_BEFORE.search(left)) is not None and _NAME_BEFORE.search(left, 0, mp.start()):
        return True  # "Boeing 737-800": the second part of a model's number
    if _MARK_BEFORE.search(left, max(0, len(left) - 8)):
        return True  # "WordPerfect Office(R) 12": a registered or trade mark, a product's name before its number
    if _NAME_BEFORE.search(left, len(left) - 16) or _VERSION_BEFORE.search(left, len(left) - 10) \
            or _VERSION_AFTER.match(after) or _PART_OF_BEFORE.search(left, len(left) - 24) \
            or _RANKING_BEFORE.search(left, len(left) - 10) \
            or left.endswith("Group of "):  # "world number 2"; "the Group of 20"
        return True
    if value is not None and value < 100 and (pm := _PRODUCT_BEFORE.search(left, max(0, len(left) - 30))) is not None \
            and pm.group("wire") not in _WIRES and not _PLURAL_NEXT.match(after):
        return True  # "JBossCache 1.1", "Enterprise Server (SLES) 9", "Edition (J2SE) 5.0": a product's version
    if value is None or value >= 10000 or "," in num_s or not _CAP_WORD_BEFORE.search(left, max(0, len(left) - 30)) \
            or _COUNT_LEAD_WORD.search(left):
        return False
    if _TOLD_NAME_BEFORE.search(left, max(0, len(left) - 40)) and _PLURAL_AFTER.match(after):
        return False  # "told Reuters 40 inmates had escaped": the name is who was told, the number counts after it
    if _SENTENCE_START_WORD.search(left):  # "Halo 2, the most awaited game", "Hanover 96 striker Clint Mathis"
        return bool(_NAME_PAUSE_AFTER.match(after) or _SINGULAR_NOUN_AFTER.match(after))
    return value < 1000 or not _PLURAL_AFTER.match(after)  # "the Ferrari 3400, which runs", "PowerConnect 5324"


#: a noun that numbers what follows it, in lower case ("day three", "game 4", "hole 17"; capitalised ones are in
#: _NAME_BEFORE), and what may follow the number then: a pause or a function word, never the noun a count counts
_NUMBERED_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:day|round|stage|game|week|hole|lap|leg|heat|phase|level|grade|"
                                   r"gate|platform|terminal|page|chapter|episode|exit|room|section|article|clause|"
                                   r"category|class|group|division|pool|seed|court|processor|model|flight|route|"
                                   r"highway|runway|edition|block|ward|district|precinct|bus|track|marker|junction|"
                                   r"pier|berth)\s+$")  # ("the
# Athlon 64 processor 3000 for thin notebooks", "on route 9 to")
_NUMBERED_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$|[-–—]\s|\s(?:of|and|on|at|in|to|for|with|when|as|after|"
                                  r"before|was|is|will|where|but|or)\b)")


def numbered_noun(left: str, s: str, end: int) -> bool:
    """A number that numbers the noun before it: "on day three of the event", "in game 4 on Sunday", "at hole 17",
    "a processor 3000 for notebooks" (not "the day three soldiers died": a count of what follows); a kind's number
    before any word ("a layer 2 switch", "type 2 diabetes", "a tier 1 capital ratio")."""
    return bool(_KIND_NUMBERED_BEFORE.search(left, max(0, len(left) - 10))) or bool(
        _NUMBERED_NOUN_BEFORE.search(left, max(0, len(left) - 12))) and bool(_NUMBERED_NOUN_AFTER.match(s, end))


#: nouns whose number names a kind, whatever follows: "layer 2", "type 2", "tier 1"
KIND_NUMBERED = ("layer", "type", "tier")
_KIND_NUMBERED_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(KIND_NUMBERED)})\s+$", re.I)


def bit_width(unit_written: str, value: float | None) -> bool:
    """A processor's or a bus's width, a kind rather than an amount of data: "64-bit", "a 32 bit chip"."""
    return unit_written.lower() == "bit" and value in (8, 16, 32, 64, 128, 256)


def after_a_result_verb(left: str) -> bool:
    """The words before read as a result ("won", "beat Arsenal", "a 9-2 lead"): "4-1" there is a score."""
    return bool(_SCORE_LEFT.search(left))


def scoreline_end(s: str, start: int) -> int | None:
    """End of a scoreline at ``start`` after a result verb ("beat Arsenal 4-1", "won 7-5"), or of a run of set
    scores ("6-2, 2-6, 6-2": always scores, whatever the verb), of a score right after a team's name ("the
    Dallas Cowboys 49-21 on Monday") or a record reached ("improved to 7-2"), of a series score in words ("three
    games to none"), or of a batting or shooting line ("went 0 for 3", "a 7-for-12 night"), else None."""
    if (bl := _BATTING_LINE.match(s, start)) is not None and (
            "-" in bl.group(0) or _BATTING_LEFT.search(s, max(0, start - 12), start)):
        return bl.end()
    if (ss := _SERIES_SCORE.match(s, start)) is not None and all(
            g.isdigit() or is_number_word(g.lower()) or g.lower() in _SERIES_ZERO for g in ss.groups()):
        return ss.end()
    if (ws := _WORD_SCORE.match(s, start)) is not None and all(
            g.isdigit() or is_number_word(g.lower()) for g in ws.group(1, 2)):
        return ws.end(2)  # "a 10-to-five victory": a score written with "to" and a word
    if (mp := _MATCH_PLAY.match(s, start)) is not None and (
            "&" in mp.group(0) or _SCORE_LEFT.search(s, max(0, start - 50), start)):
        return mp.end()  # "won 2&1", "beat him 4 and 3": a match-play result (holes up, holes left)
    if (ts := _TO_SCORE.match(s, start)) is not None and _SCORE_LEFT.search(s, max(0, start - 50), start):
        return ts.end()  # "beat Denver 27 to 20": a score written with "to" after a result verb
    if (rm := _NAMED_SCORES_RIGHT.match(s, start)) is not None and _NAMED_SCORE_OPENS.search(s, max(0, start - 40),
                                                                                            start):
        return rm.end()  # "Falcons 34, Saints 31": a result line, two teams with their scores
    sl = _SCORELINE.match(s, start)
    if sl is None:
        return None
    end, parts = sl.end(), 1
    while (nxt := _NEXT_SET.match(s, end)) is not None:
        end, parts = nxt.end(), parts + 1
    in_run = _SET_BEFORE.search(s, max(0, start - 12), start) is not None
    if parts > 1 or in_run or _SCORE_LEFT.search(s, max(0, start - 50), start) or _SCORE_RIGHT.match(s, end) \
            or _FIGURES_LEFT.search(s, max(0, start - 20), start):
        return end
    if not _AFTER_NAMED_SCORE.match(s, end):
        return None  # "fell to 3-5 dollars", "Sydney 20-25 degrees": a range of a unit
    before = s[max(0, start - 40) : start]
    if _RECORD_LEFT.search(before) or _CAP_WORD_BEFORE.search(before) and not _SENTENCE_START_WORD.search(before) \
            or _NAMED_RECORD_LEFT.search(before) or _BOWLING_LEFT.search(before):
        return end  # "improved to 7-2", "the Dallas Cowboys 49-21 on Monday", "Tampa Bay is 61-80", "Gough took
        # 4-34": a record, a score after a name, a bowler's wickets for runs
    return None


#: a score written with "to": "31 to 28" (not a range of a unit: "31 to 28 percent")
_TO_SCORE = re.compile(r"\d{1,3}\s+to\s+\d{1,3}(?![\d%]|[.,]\d|\s*(?:percent|per\s+cent)"
                       r"|\s+(?!(?:on|in|at|over|against|with|for|after|before|and|as|to|but)\b)[a-z])")
#: a team's name in a result line, ranked or not ("NO. 5 DUKE", "49ers", "Falcons")
_TEAM = r"(?:[Nn][Oo]\.\s*\d{1,2}\s+)?(?:[A-Z]|\d{1,2}[a-z]{2,})[\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
#: the first team of a result line opening the text or a sentence, right before its score
_NAMED_SCORE_OPENS = re.compile(rf"(?:^|[.:;!?]\s+){_TEAM}\s+$")
#: a score, then the other team and its score: "34, Saints 31"
_NAMED_SCORES_RIGHT = re.compile(rf"\d{{1,3}},\s+{_TEAM}\s+\d{{1,3}}(?![\d%]|[.,]\d|\s+[a-z])")
#: a record in brackets after a team's name: "NY JETS (6-1) at BUFFALO (2-5)"
_BRACKETED_RECORD_BEFORE = re.compile(r"(?:[A-Z][A-Za-z'’.]*|[A-Z]{2,})\s+\($")
#: a golf round after the score against par: "a nine-under-par 63", "a four-under 67"
_UNDER_PAR_BEFORE = re.compile(r"(?:\b(?:[a-z]+|\d{1,2})-(?:under|over)(?:[- ]par)?|\b(?:under|over)[- ]par|\bpar)\s+$",
                               re.I)


def pair_score_end(s: str, start: int) -> int | None:
    """End of a pair of numbers that is no range, else None: a descending or equal pair ("6-0", "93-87", "1-1",
    "27-to-24": a range is written low to high, so this is a score or a record) or a record in brackets after a
    name ("JETS (6-1)"). The caller keeps it when a unit follows ("12-8 cm" would still be read)."""
    pm = _SCORELINE.match(s, start)
    if pm is None:
        return None
    if int(pm.group("a")) >= int(pm.group("b")) or (
            _BRACKETED_RECORD_BEFORE.search(s, max(0, start - 30), start) and s[pm.end() : pm.end() + 1] == ")") or (
            _RECORD_VERB_BEFORE.search(s, max(0, start - 8), start) and _RECORD_AFTER.match(s, pm.end())):
        return pm.end()  # ("the White Sox were 3-4 on a swing through Detroit": a record, not a range)
    return None


_RECORD_VERB_BEFORE = re.compile(r"\b(?:were|was|are|is|went)\s+$")
_RECORD_AFTER = re.compile(r"\s+(?:on|in|at|against|this|last|since|over|during|away|at\s+home)\b")


_PAR_AFTER = re.compile(r"-(?:under|over)\b|\s(?:under|over)[- ]par\b", re.I)


#: the strokes of a round without its score against par ("shot a 67", "a final-round 67"), or of a hole ("a
#: sextuple-bogey 11")
_ROUND_SCORE_BEFORE = re.compile(r"\b(?:(?:shot|shoots|carded|cards|fired|fires|signed\s+for|closed\s+with|"
                                 r"opened\s+with)\s+(?:a|an)(?:\s+[a-z]+-[a-z]+)?"  # ("fired a bogey-free 66")
                                 r"|(?:first|second|third|final|opening|closing)-round"
                                 r"|(?P<hole>bogey|birdie|eagle))\s+$", re.I)
#: what may follow a round's strokes: a pause, a time word or a preposition, never a noun they would count
_ROUND_SCORE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:in|on|at|to|for|and|with|after|before|the|a|[A-Z]))")


_WITH_A_ROUND = re.compile(r"\b(?:with|after)\s+(?:a|an)(?:\s+[a-z][a-z-]*)?\s+$", re.I)  # ("with a course-record 64")
_GOLF_WORDS = re.compile(r"\b(?:golf|PGA|par|birdies?|bogeys?|shots?\s+(?:behind|ahead|clear)|round)\b")


_PAGE_BEFORE = re.compile(r"(?:\bpp?\.|\bpages?)\s?$")
_IDIOM_AFTER = re.compile(r"-(?:on|to)-one\b|-(?:figure|digit)\b|-dart\s+(?:finish|leg)|-pound\s+gorillas?\b", re.I)
_ONE_TWO = re.compile(r"one-two\s+(?:punch|finish|combination)", re.I)


def page_or_magnitude_word(left: str, s: str, end: int) -> bool:
    """A page number ("see the story on p. 162", "page 5"), "one-on-one" or "one-to-one" (a way of working), a
    "one-two punch" or "one-two finish" (a blow after a blow; first and second places), a darts feat named by its
    darts ("a nine-dart finish"), "an 800-pound gorilla" and "not moved one inch" (idioms), and a count of digits
    that only sizes an amount ("a six-figure salary", "double-digit growth"): no quantities."""
    return bool(_PAGE_BEFORE.search(left, max(0, len(left) - 7)) or _IDIOM_AFTER.match(s, end)
                or left.endswith(("one-on-", "one-to-")) and s[end - 3 : end].lower() == "one"
                or _ONE_TWO.match(s, max(0, end - 3)) or left.lower().endswith("one-") and _ONE_TWO.match(s, end - 7)
                or s.startswith(" figures", end) and s[max(0, end - 5) : end].lower().split()[-1:] in _DIGIT_COUNTS
                and not _FIGURES_DRAWN.match(s, end + 8)  # "paying six figures for": an amount's size
                or s.startswith(" inch", end) and _NOT_MOVED.search(left, max(0, len(left) - 40)) is not None
                or s[max(0, end - 4) : end] == " 100" and _full_effort(left, s, end))
    # ("have not moved one inch in bargaining": the idiom of a stance held, no length; "100 per cent against",
    # "give 100 per cent": wholly, all one's effort)


#: "100 per cent" as an adverb of attitude or effort: "was 100 per cent against", "give a 100 per cent"
_FULL_EFFORT = re.compile(r"\s?(?:per\s?cent|percent|%)", re.I)
_FULL_EFFORT_AFTER = re.compile(r"\s+(?:against|behind|sure|certain|confident|committed|fit|focused|focussed|happy|"
                                r"right|wrong|correct|convinced|serious|honest|supportive|in\s+favou?r)\b", re.I)
_GIVE_BEFORE = re.compile(r"\b(?:give|gives|gave|giving|given)\s+(?:it\s+)?(?:an?\s+)?$", re.I)
#: a refusal to move before "one inch" or "an inch"
_NOT_MOVED = re.compile(r"\b(?:not|never|n't|refuse[sd]?\s+to|won't)\s+(?:\w+\s+)?(?:move|moved|moving|budge|budged|"
                        r"give|given|gave|yield|yielded|cede|ceded|shift|shifted)\s+$", re.I)
def _full_effort(left: str, s: str, end: int) -> bool:
    """"100 per cent" at ``end`` as an adverb of attitude or effort ("was 100 per cent against", "give a 100 per
    cent"), not a share ("gave 100 per cent of the proceeds")."""
    if (pm := _FULL_EFFORT.match(s, end)) is None:
        return False
    return _FULL_EFFORT_AFTER.match(s, pm.end()) is not None or (
        _GIVE_BEFORE.search(left, max(0, len(left) - 20)) is not None and not s.startswith(" of", pm.end()))


#: counts of digits that size an amount ("six figures") and what follows figures that are drawn ("six figures show")
_DIGIT_COUNTS = (["five"], ["six"], ["seven"], ["eight"], ["nine"])
_FIGURES_DRAWN = re.compile(r"\s+(?:and|of|show|shows|showed|in\s+the\s+report)\b")


def golf_round(left: str, s: str, end: int) -> bool:
    """A golf score: the strokes of a round after its score against par ("carded a nine-under-par 63") or after
    a verb of scoring ("shot a 67 on Sunday", "a final-round 67"), or that score itself ("a 3-under-par 68", "is
    5 over par", "an eight-under par 63")."""
    tail, after = left[-16:].lower(), s[end : end + 12].lower()
    return ("par" in tail or "under" in tail or "over" in tail) and bool(_UNDER_PAR_BEFORE.search(tail)) \
        or ("under" in after or "over" in after) and bool(_PAR_AFTER.match(s, end)) \
        or _round_strokes(left, tail, s, end)  # (cheap tests first)


def _round_strokes(left: str, tail: str, s: str, end: int) -> bool:
    """The strokes of a round after a verb of scoring ("shot a 67"; 55 or more) or of a hole ("a sextuple-bogey
    11"; ``tail``: the end of ``left`` in lower case)."""
    n = s[end - 2 : end].strip()
    if not (n.isascii() and n.isdigit()) or s[end - 3 : end - 2].isdigit():  # (a superscript "²" is a digit to
        # isdigit, not to int)
        return False
    round_size = int(n) >= 55
    if not (round_size or "bogey" in tail or "birdie" in tail or "eagle" in tail):
        return False  # most numbers are neither (the regular expressions below run rarely)
    rm = _ROUND_SCORE_BEFORE.search(left)  # (all of the 40 characters: "closed with a course-record 64")
    if rm is None and round_size and int(n) <= 80 and _WITH_A_ROUND.search(left, max(0, len(left) - 30)) \
            and _GOLF_WORDS.search(s):
        return bool(_ROUND_SCORE_AFTER.match(s, end))  # "rallied from four shots back with a superb 64"
    return rm is not None and (round_size or rm.group("hole") is not None) and bool(_ROUND_SCORE_AFTER.match(s, end))


#: a company's name going on after a number word: "One Inc.", "Seven Network Ltd."
_COMPANY_AFTER = re.compile(r"(?:\s+[A-Z][\w&-]*){0,2}\s+(?:" + "|".join(COMPANY_WORDS) + r")\b")
#: a lower-case word next, which a number and a company's name before it count: "Two Acme Corp. executives"
_LOWER_NOUN_NEXT = re.compile(r"\s+[a-z]")
#: a lower-case word right before (no pause between): the number word after it is capitalised as a name
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*\s+$")


def capitalised_number_name(s: str, start: int, end: int) -> bool:
    """A number word that is part of a name: "Six Nations", "Formula One", "Channel Four", "Ocean's Twelve"
    (capitalised, not starting the sentence, next to another capitalised word), or a ranking ("the number two
    oil company")."""
    word = s[start:end]
    if _RANKING_BEFORE.search(s, max(0, start - 12), start):
        return True  # "the number two US oil company", "world No. one": a ranking
    if word[:1].isupper() and _NAME_BEFORE.search(s, max(0, start - 16), start):
        return True  # "Formula One boss", "Game Seven", even at a sentence's start
    if word.lower() == "one" and s[max(0, start - 8) : start].lower() == "formula ":
        return True  # "the 2005 formula one world championship": the name, whatever its case
    if not word[:1].isupper():
        return False
    if (cm := _COMPANY_AFTER.match(s, end)) is not None and not _LOWER_NOUN_NEXT.match(s, cm.end() + (
            s[cm.end() : cm.end() + 1] == ".")):
        return True  # "Six Flags Inc. 's net income", even at a sentence's start (but "Two Acme Corp. executives")
    if start == 0:
        return False
    before = s[max(0, start - 30) : start]
    if _LOWER_WORD_BEFORE.search(before):
        return True  # "the huge Three Gorges Dam", "broadcaster Seven Network": capitalised inside a sentence
    if _CAP_WORD_BEFORE.search(before) and _COMPANY_AFTER.match(s, end):
        return True  # "Commerce One Inc.": a company's name, even after a sentence's first word
    if _CAP_WORD_BEFORE.search(before) and not _SENTENCE_START_WORD.search(before) \
            and not (start <= 40 and _DATELINE.fullmatch(s, 0, start)):
        return True  # "Formula One", "Channel Four", "Ocean's Twelve" (but "LYON, France Eight people": the
        # sentence starts after a wire's dateline that lost its dash)
    return before.endswith(("the ", "The ")) and bool(_CAP_AFTER.match(s, end))  # "the Six Nations"


#: a wire's dateline, a city in capitals and its country or state: "GENOA, Italy ", "LYON, France "
_DATELINE = re.compile(r"[A-Z]{2,}[A-Z .'-]*,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+")


def cricket_total_end(s: str, end: int) -> int | None:
    """The end of a cricket total or bowling figures: runs for wickets ("declared at 510 for nine", "were 245 for
    3") or, as Australian copy writes them, wickets for runs ("will resume at 2 for 69", "took 4 for 30"): a score,
    neither runs nor wickets a count; None when the number at ``end`` ends no such total."""
    if (fm := _FOR_WICKETS.match(s, end)) is not None and _CRICKET_WORDS.search(s):
        return fm.end()
    if (fm := _FOR_RUNS.match(s, end)) is not None and _WICKETS_BEFORE.search(s, max(0, end - 30), end) and (
            _CRICKET_WORDS.search(s) or _RESUME_AT.search(s, max(0, end - 30), end)):
        return fm.end()
    return None


_FOR_WICKETS = re.compile(r"\s+for\s+(?:10|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:%|percent|"
                          r"per|cents?|dollars|pounds|euros|years?|months?|weeks?|days?|hours?|minutes?|people|of)\b)")
#: wickets (0-10) right before "for" and the runs: "(at 2) for 69"; the runs not followed by a unit or a noun
_WICKETS_BEFORE = re.compile(r"(?<![\w.,])(?:10|\d)$")
_FOR_RUNS = re.compile(r"\s+for\s+\d{1,3}(?![\w%]|[.,]\d|\s*(?:%|percent|per|cents?|dollars|pounds|euros|years?|"
                       r"months?|weeks?|days?|hours?|minutes?|people|of)\b)")
#: an innings taken up again at its total, or a total stood "at": "will resume at", "resumed on", "finished at"
_RESUME_AT = re.compile(r"(?:\bresum(?:e|es|ed|ing)\s+on|\bat)\s+(?:10|\d)$")  # ("finished the day at 6 for 255")
_CRICKET_WORDS = re.compile(r"\b(?:innings|declared|wickets?|cricket|[Tt]est|overs|bowled|batting|bowling|stumps|"
                            r"at\s+lunch|at\s+tea)\b")


def quoted_title(s: str, start: int, end: int) -> bool:
    """A number alone between quotes: the title of a show or a song ('the hit show "24" is', '"1984 "')."""
    return bool(_OPEN_QUOTE_BEFORE.search(s, max(0, start - 3), start)) and bool(_CLOSE_QUOTE_AFTER.match(s, end))


_OPEN_QUOTE_BEFORE = re.compile(r"(?<![\w\"”])[\"“]\s?$")  # (not the inch mark of a number before: '5"5"')
_CLOSE_QUOTE_AFTER = re.compile(r"\s?[\"”]")


def event_name(s: str, end: int, left: str, surface: str = "", *, bare: bool = False) -> bool:
    """An event's name: "the 100 metres final", "the 400m freestyle", "won the 800m in 1:58.21", a bare
    distance before its stroke (``bare``: "the 200 freestyle"); a road race by its kilometres ("a 10K", not "10K
    users"); cricket's one-day format ("the one-day series", "the best one-day player")."""
    if surface.lower() == "one-day" and _ONE_DAY_FORMAT.match(s, end):
        return True
    if _K_RACE.fullmatch(surface) and _K_RACE_AFTER.match(s, end):
        return True  # "the Veteran's Day 10K on Sunday", "ran a 5K in 17 minutes": a road race by its kilometres
    if not _EVENT_DETERMINER.search(left, max(0, len(left) - 40)):
        return False
    if bare:
        return bool(_STROKE_AFTER.match(s, end))
    return bool(_EVENT_AFTER.match(s, end)) or bool(_EVENT_DISTANCE.fullmatch(surface)) or bool(
        _ROAD_DISTANCE.fullmatch(surface)) and bool(_RACE_TIME_NEXT.match(s, end))  # ("finished the 10km in 27
    # minutes": a road race by its distance, not "the 10km to the coast")


#: a road race's distance and the time it was run in right after it ("the 10km in 27 minutes", "the 5km in 14:02")
_ROAD_DISTANCE = re.compile(r"(?:5|10|15|21|42)\s?km")
_RACE_TIME_NEXT = re.compile(r"\s+in\s+(?:a\s+(?:record|personal|course|season)[\w-]*\s+(?:best\s+(?:of\s+)?)?)?\d")


#: a road race named by its kilometres, and what may follow it: "the 10K race", "a 5K in", "Day 10K."
_K_RACE = re.compile(r"(?:3|5|8|10|12|15|21|25|42|50)K")
_K_RACE_AFTER = re.compile(r"\s+(?:race|run|walk|road\s+race)\b|\s+(?:in|on|at|for|and|with|this|last|next)\b"
                           r"|\s*[,.;:)]|\s+[A-Z]|\s*$")
_ONE_DAY_FORMAT = re.compile(r"\s+(?:internationals?|players?|series|match(?:es)?|games?|sides?|squads?|cricket|"
                             r"trophy|trophies|titles?|crown|championships?|competitions?|triangular|league|"
                             r"teams?|format|specialists?|captain|cup|tournament|final|debut|career|run|runs|"
                             r"batsman|batting|bowler|bowling|cricketer|skipper|rankings?|hundreds?|centur(?:y|ies)|"
                             r"fift(?:y|ies)|half-centur(?:y|ies)|tons?|knocks?|innings|wickets?)\b", re.I)


def game_clock(s: str, end: int, surface: str) -> bool:
    """The clock of a game: "with nine seconds left", "with 4 minutes, 27 seconds to play", "two minutes from time",
    "12 minutes into the second half" (a moment in a match, not a span anyone states)."""
    return surface.lower().rstrip("s").endswith(("minute", "second", "min", "sec")) \
        and bool(_CLOCK_LEFT_AFTER.match(s, end))


_CLOCK_LEFT_AFTER = re.compile(r"\s+(?:left|remaining|to\s+play|to\s+go|from\s+time"
                               r"|into\s+(?:injury|stoppage|extra|added)\s+time"
                               r"|into\s+the\s+(?:(?:first|second|third|fourth|final)\s+)?(?:half|period|quarter|"
                               r"game|match|contest|race|round|set))\b", re.I)  # ("two minutes into injury time")


def scoring_play(s: str, end: int, surface: str) -> bool:
    """The name of a kind of score: "the 3-point shot", "two three-point plays", "a two-point try" (how many points
    such a play is worth, not a figure of the game)."""
    return bool(_PLAY_POINTS.fullmatch(surface)) and bool(_PLAY_AFTER.match(s, end))


_PLAY_POINTS = re.compile(r"(?:[1-4]|one|two|three|four)-point", re.I)
_PLAY_AFTER = re.compile(r"\s+(?:shots?|plays?|tries|try|conversions?|attempts?|baskets?|line|range|field\s+goals?|"
                         r"shooters?|shooting|percentage|goals?|kicks?)\b", re.I)


def benchmark_maturity(s: str, end: int, left: str, surface: str) -> bool:
    """The maturity that names a benchmark loan or bond: "the 10-year Treasury note", "30-year fixed home loans",
    "10-year gilt yields" (but "a 30-year mortgage", "its 10-year bonds": the term of one loan or issue)."""
    return bool(_MATURITY_SURFACE.fullmatch(surface)) and bool(_BENCHMARK_AFTER.match(s, end)) \
        and not _ONE_LOAN_BEFORE.search(left, max(0, len(left) - 12))


_MATURITY_SURFACE = re.compile(r"(?:\d{1,2}|one|two|three|five|seven|ten|twenty|thirty)-(?:year|month|week)", re.I)
_BENCHMARK_AFTER = re.compile(r"\s+(?:U\.?S\.?\s+)?(?:Treasury|Treasuries|T-notes?|T-bills?|notes?|gilts?|bunds?|"
                              r"Bunds?|JGBs?|yields?|fixed|adjustable|ARMs?|benchmark|government\s+bonds?|bond\s+"
                              r"(?:yields?|futures|rates?)|mortgage\s+rates?|(?:average\s+)?rates?)\b")
_ONE_LOAN_BEFORE = re.compile(r"\b(?:an?|its|their|his|her|new|one)\s+$", re.I)


def one_as_pronoun(left: str, s: str, end: int) -> bool:
    """"one" as a pronoun or a determiner: "the one that", "no one", "one of the", "one another", "in one Ohio
    county" (a certain county); or in an idiom: "one morning", "one step ahead", "with one aim in mind"."""
    return bool(_ONE_BAD_LEFT.search(left) or _ONE_BAD_RIGHT.match(s, end)
                or _PLACE_PREPOSITION_BEFORE.search(left) and _NAMED_SINGULAR_AFTER.match(s, end)
                or not left.strip(" \"'“‘") and _ONE_OF_A_WHOLE.match(s, end))


#: what puts "one day" at an indefinite time: a modal before it ("Apple would one day do this"), "to" before it and a
#: verb after it ("hopes to one day run"; but "cut the wait to one day a week"), or, at the sentence's start, a pause
#: or the clause's subject after it ("One day, the rain stopped")
_INDEFINITE_DAY_BEFORE = re.compile(r"\b(?:would|will|could|might|may|can|should|must)\s+$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
_VERB_AFTER_DAY = re.compile(r"\s+(?!(?:of|later|after|before|earlier|ago|in|on|at|for|and|or|to|from|each|a|an|the|"
                             r"per|every)\b)[a-z]+\b")
_INDEFINITE_DAY_AFTER = re.compile(r"\s*,|\s+(?:the|a|an|he|she|they|we|I|you|it|his|her|their|my|our)\s")


def indefinite_day(left: str, s: str, start: int, end: int) -> bool:
    """"one day" of an indefinite time ("Apple would one day do this", "One day, the rain stopped"), no duration (but
    "The strike lasted one day", "One day later", "one day of talks")."""
    return s[start:end].lower() == "one day" and (
        bool(_INDEFINITE_DAY_BEFORE.search(left, max(0, len(left) - 8)))
        or bool(_TO_BEFORE.search(left, max(0, len(left) - 4))) and bool(_VERB_AFTER_DAY.match(s, end))
        or not left.strip(" \"'“‘") and bool(_INDEFINITE_DAY_AFTER.match(s, end)))


#: "net zero" as a target's name ("to be net zero by 2040", "net-zero emissions"), no figure of its own
_NET_BEFORE = re.compile(r"\bnet[\s-]$", re.I)


def net_zero(left: str, s: str, start: int, end: int) -> bool:
    """"zero" in "net zero": the name of a target, no figure of its own."""
    return s[start:end].lower() == "zero" and bool(_NET_BEFORE.search(left, max(0, len(left) - 5)))


def one_source_of_many(s: str, start: int, end: int) -> bool:
    """"One former colleague said ...": one source picked out at the sentence's start, a mention a reader lists
    but no count a researcher records."""
    return s[start:end].lower() == "one" and (not s[:start].strip(" \"'“‘") or s[:start].rstrip().endswith(
        (",'", ',"', ",’", ",”"))) and bool(_ONE_SOURCE_SAYS.match(s, end))  # (also after a quote: "'...,' one
    # trader said")


def one_picked_out(s: str, start: int, end: int) -> bool:
    """"One proposal called for ...", "One such tool lets ...": one of several picked out at the sentence's start,
    as "a" would be, no count a researcher records; but a casualty is counted ("One soldier was wounded")."""
    return s[start:end] == "One" and not s[:start].strip(" \"'“‘") and bool(_ONE_PICKED.match(s, end)) \
        and _CASUALTY.search(s, end, end + 90) is None


#: a singular noun phrase after a sentence's opening "One" (not a number word: "One hundred", "One in five")
_ONE_PICKED = re.compile(r"\s+(?!(?:hundred|thousand|million|billion|trillion|dozen|half|third|quarter|in|of|out|or|"
                         r"and|to|more|last|day|year|month|week|time)\b)(?:such\s+)?(?:[a-z-]+\s+){0,2}[a-z]{3,}"
                         r"(?<!s)\b(?![-'’])")
#: what a casualty count says happened: "One person died", "One man was taken to hospital"
_CASUALTY = re.compile(r"\b(?:died|dies|dead|killed|injured|wounded|hurt|missing|arrested|detained|charged|"
                       r"hospitali[sz]ed|hospital|rescued|survived|infected|tested)\b")


#: a singular noun and the whole it is taken from, after a sentence's opening "One": "One strand of this software
#: scans faces" (one picked out, as "a"; but "within one game of the lead" and "at least one member of" count)
_ONE_OF_A_WHOLE = re.compile(r"\s+[a-z]{3,}(?<!s)\s+of\s+(?:this|that|these|those|the|its|their|his|her)\s")
#: a source picked out after a sentence's opening "One": "One former colleague said they left"
_ONE_SOURCE_SAYS = re.compile(r"\s+(?:[a-z-]+\s+){0,3}[a-z]+(?<!s)\s+(?:said|says|told|recalled|testified|added)\b")


#: a preposition of place before "one", and a singular noun after it with a name as its modifier: "in one Ohio
#: county", "at one London hospital" (one a determiner, as "a certain"; "two Ohio counties" stay counts)
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|inside|near)\s+$")
_NAMED_SINGULAR_AFTER = re.compile(r"(?:\s+[A-Z][\w.&-]*){1,3}\s+[a-z]{3,}(?<!s)\b(?!['’-])")
