"""Who said it: speakers, roles, organisations and intermediaries in news sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

_CAP = r"(?:[A-Z][\w'’.-]*|U\.S\.|U\.K\.|U\.N\.|E\.U\.)"
_CONNECT = r"(?:of|for|the|and|on|de|da|van|von|der|al|bin|la|le|du|in)"
#: a run of capitalised words, with the small words that join names of organisations
NAME = rf"{_CAP}(?:\s+(?:{_CONNECT}\s+)*{_CAP})*"

SAY = (
    r"said|says|say|told|tells|added|adds|stated|states|estimated|estimates|announced|announces|reported|reports|"
    r"claimed|claims|wrote|writes|warned|warns|noted|notes|insisted|argued|explained|predicted|predicts|"
    r"acknowledged|confirmed|confirms|declared|tweeted|posted|revealed|disclosed|projected|projects|forecast|"
    r"forecasts|calculated|counted|recorded|put|puts|pledged|pledges|unveiled|approved|promised|"
    r"expects|expected|believes|believed|thinks|assessed|assesses"
)
_PRONOUN = r"(?:he|she|they|He|She|They)"
_DET = r"(?:the|a|an|The|A|An)\s+"

ROLE_WORDS = {
    "president", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor",
    "general", "gen.", "lt.", "lieutenant", "colonel", "col.", "admiral", "adm.", "ceo", "chief", "executive",
    "chairman", "chairwoman", "chair", "governor", "gov.", "mayor", "senator", "sen.", "rep.", "representative",
    "ambassador", "director", "head", "commander", "analyst", "economist", "official", "officer", "deputy",
    "adviser", "advisor", "leader", "coach", "manager", "professor", "prof.", "dr.", "mr.", "mrs.", "ms.",
    "defense", "defence", "foreign", "finance", "interior", "press", "vice", "first", "staff", "joint", "chiefs",
    "of", "the", "military", "army", "intelligence", "national", "security", "senior", "top", "state", "health",
    "economy", "energy", "founder", "co-founder", "captain", "king", "queen", "pope", "speaker", "attorney",
    "justice", "judge", "governor-general", "premier", "commissioner", "marshal", "sergeant", "sgt.",
}
NATIONALITY = {
    "Russian": "Russian", "Russia's": "Russian", "Ukrainian": "Ukrainian", "Ukraine's": "Ukrainian",
    "U.S.": "U.S.", "US": "U.S.", "American": "U.S.", "British": "British", "U.K.": "British", "UK": "British",
    "French": "French", "German": "German", "Chinese": "Chinese", "Polish": "Polish", "Georgian": "Georgian",
    "Kazakh": "Kazakh", "Belarusian": "Belarusian", "Turkish": "Turkish", "Japanese": "Japanese",
    "Indian": "Indian", "Canadian": "Canadian", "Australian": "Australian", "Italian": "Italian",
    "Spanish": "Spanish", "European": "European", "NATO": "NATO", "Israeli": "Israeli", "Iranian": "Iranian",
}
_MINISTRY = {"defense": "Defense", "defence": "Defence", "foreign": "Foreign Affairs", "finance": "Finance",
             "interior": "Internal Affairs", "health": "Health", "energy": "Energy", "economy": "Economy"}
_NOT_SPEAKERS = {"It", "This", "That", "There", "The", "A", "An", "But", "And", "In", "On", "As", "If", "When",
                 "While", "However", "Some", "Many", "Most", "Officials", "Analysts", "Experts", "We", "I", "You",
                 "NBC", "NBC News"}

_APPOS = r"(?:,\s+(?P<appos>(?:a|an|the)\s+[^,]{2,90}?),)?"
_DATEWORD = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
             r"yesterday|today|last\s+week|earlier))?")
# "X said", "X, a Y at Z, said", "X, quoted by Y Wednesday, said"
PRE_RE = re.compile(
    rf"(?P<who>(?:{_DET})?(?:{NAME})|{_PRONOUN}|(?:the|The)\s+(?:[A-Za-z.'’-]+\s+){{0,3}}(?:ministry|government|"
    rf"administration|army|military|agency|department|office|company|police|authorities|officials|"
    rf"report|statement|survey|study|bank|fund|institute|commission))"
    rf"{_APPOS}(?:,\s+quoted\s+by\s+(?P<via>[^,]{{2,60}}?)(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    rf"Saturday|Sunday))?,)?,?{_DATEWORD}\s+(?:also\s+|has\s+|have\s+|had\s+|previously\s+|later\s+)?"
    rf"(?P<verb>{SAY})\b"
)
# ", said X, a Y at Z." / ", X said." handled by PRE_RE; here the inverted form
POST_RE = re.compile(
    rf"(?:,|\.|\"|”)\s*(?P<verb>said|says|added|told|wrote|noted|warned)\s+(?P<who>{NAME})"
    rf"(?:,\s+(?:a|an|the)\s+(?P<role>[^,.]+?)(?:\s+(?:at|of|for|with|from)\s+(?P<org>[^,.]+(?:\.[A-Z]\.[^,.]*)*))?)?(?=[,.;]|$)"
)
ACCORDING_RE = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?:(?:figures|data|estimates|a\s+statement|a\s+report|a\s+transcript)\s+(?:from|by)\s+)?"
    rf"(?P<who>(?:{_DET})?(?:{NAME}(?:\s+[a-z]+){{0,2}}|[a-z]+(?:\s+[a-z]+){{0,2}}))(?=[,.;]|\s+(?:that|the|a|an|as|in|on)\b|$)"
)
TOLD_VIA_RE = re.compile(r"\btold\s+(?P<via>Reuters|AP|AFP|the Associated Press|CNN|the BBC|BBC|Bloomberg|"
                         r"the Financial Times|The New York Times|the Wall Street Journal|Interfax|TASS|RIA|"
                         rf"(?:state\s+)?(?:news\s+agency\s+)?{NAME})")
_QUOTED_BY_RE = re.compile(r"^(?:the\s+)?(?:state\s+)?(?:news\s+agency\s+|TV\s+channel\s+|outlet\s+|newspaper\s+)*",
                           re.I)
_VIA_NAMES = {"Ria": "RIA Novosti", "RIA": "RIA Novosti", "Ria Novosti": "RIA Novosti", "Tass": "TASS",
              "TASS": "TASS", "Interfax": "Interfax"}


@dataclass(frozen=True, slots=True)
class Speaker:
    """An attribution found in a sentence: who, in what role and organisation, through whom, where."""

    name: str | None
    role: str | None = None
    org: str | None = None
    via: str | None = None
    start: int = 0  # span of the attribution in the sentence
    end: int = 0
    verb_end: int = 0
    pronoun: bool = False
    is_person: bool = False
    kind: str = "pre"  # pre ("X said that ..."), post (", X said."), according


@dataclass
class SpeakerMemory:
    """Persons named so far in one article: full names with role and organisation, by surname."""

    persons: dict[str, Speaker] = field(default_factory=dict)
    by_surname: dict[str, str] = field(default_factory=dict)
    last_person: Speaker | None = None

    def remember(self, sp: Speaker) -> Speaker:
        if sp.pronoun:
            return sp
        name = sp.name or ""
        if sp.is_person and " " not in name and name in self.by_surname:
            known = self.persons[self.by_surname[name]]
            sp = replace(sp, name=known.name, role=sp.role or known.role, org=sp.org or known.org)
        if sp.is_person and sp.name:
            old = self.persons.get(sp.name)
            if old is not None:
                sp = replace(sp, role=sp.role or old.role, org=sp.org or old.org)
            self.persons[sp.name] = sp
            self.by_surname[sp.name.split()[-1]] = sp.name
            self.last_person = sp
        return sp

    def resolve_pronoun(self, sp: Speaker) -> Speaker:
        if self.last_person is None:
            return replace(sp, name=None)
        lp = self.last_person
        return replace(sp, name=lp.name, role=lp.role, org=lp.org, is_person=True)


def _clean_via(text: str) -> str:
    text = _QUOTED_BY_RE.sub("", text.strip())
    return _VIA_NAMES.get(text, text)


def _split_role(who: str) -> tuple[str | None, str | None, str | None, bool]:
    """'Russian Defense Minister Sergei Shoigu' -> (name, role, org, is_person)."""
    who = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", who).strip()
    tokens = who.split()
    nat = None
    i = 0
    if tokens and tokens[0] in NATIONALITY:
        nat = NATIONALITY[tokens[0]]
        i = 1
    j = i
    while j < len(tokens) - 1 and tokens[j].lower() in ROLE_WORDS:
        j += 1
    role_tokens = tokens[i:j]
    name_tokens = tokens[j:]
    role = " ".join(role_tokens) if role_tokens else None
    name = " ".join(name_tokens) if name_tokens else None
    org = None
    if role:
        low = role.lower()
        for word, ministry in _MINISTRY.items():
            if low.startswith(word) and "minister" in low:
                org = f"{nat + ' ' if nat else ''}Ministry of {ministry}"
        if org is None and nat and ("president" in low or "prime minister" in low):
            org = f"{nat} government"
    is_org = bool(re.search(r"\b(?:Institute|Ministry|Department|Agency|Office|Bank|Fund|Council|Commission|"
                            r"Committee|Service|Services|Staff|Forces|Army|Police|Government|Administration|"
                            r"University|Intelligence|Center|Centre|Organization|Organisation|Union|Group|"
                            r"Corporation|Inc|Ltd|Company|Association|Bureau|Pentagon|Kremlin|White House|"
                            r"administration|intelligence|ministry|government|military)\b", who))
    if nat and name is None and role is None:
        name = who
    if name and nat and not role and is_org:
        name = who  # "British military intelligence", "Russian Ministry of Defense"
    is_person = bool(name) and not is_org and all(t[:1].isupper() for t in (name or "").split())
    return name, role, org, is_person


def _parse_appos(appos: str | None) -> tuple[str | None, str | None]:
    """', a military analyst at the U.K. think tank Royal United Services Institute,' -> (role, org)."""
    if not appos:
        return None, None
    text = re.sub(r"^(?:a|an|the)\s+", "", appos.strip())
    m = re.match(r"(?P<role>.+?)\s+(?:at|of|for|with|from)\s+(?:the\s+)?(?P<org>.+)$", text)
    if not m:
        return text, None
    org = m.group("org")
    # "U.K. think tank Royal United Services Institute" -> the capitalised name at the end
    tail = re.search(rf"({_CAP}(?:\s+(?:{_CONNECT}\s+)*{_CAP})*)$", org)
    if tail and tail.start() > 0:
        org = tail.group(1)
    return m.group("role"), org


def find_speakers(sentence: str) -> list[Speaker]:
    """Every attribution in the sentence, in order of position."""
    found: list[Speaker] = []
    for m in PRE_RE.finditer(sentence):
        who = m.group("who").strip()
        first = who.split()[0]
        if first in _NOT_SPEAKERS and not who.startswith(("The ", "the ")):
            continue
        if who in _NOT_SPEAKERS or who.startswith("NBC"):
            continue
        # a capitalised run that begins the sentence may carry a leading word ("But", "Then")
        pronoun = who.lower() in ("he", "she", "they")
        if pronoun:
            found.append(Speaker(None, start=m.start(), end=m.end(), verb_end=m.end(), pronoun=True,
                                 is_person=True))
            continue
        name, role, org, is_person = _split_role(who)
        if name is None:
            continue
        arole, aorg = _parse_appos(m.group("appos"))
        if arole and is_person:
            role = role or arole
            org = org or aorg
        via = _clean_via(m.group("via")) if m.group("via") else None
        if via is None and m.group("verb") in ("told", "tells"):
            tv = TOLD_VIA_RE.match(sentence, m.start("verb"))
            if tv:
                via = _clean_via(tv.group("via"))
        found.append(Speaker(name, role, org, via, m.start(), m.end(), m.end(), False, is_person, "pre"))
    for m in POST_RE.finditer(sentence):
        name, role, org, is_person = _split_role(m.group("who"))
        if name is None or name in _NOT_SPEAKERS:
            continue
        arole, aorg = (m.group("role"), m.group("org"))
        if aorg:
            _, aorg = _parse_appos(f"a {arole} at {aorg}")
        found.append(Speaker(name, role or arole, org or aorg, None, m.start(), m.end(), m.end(), False,
                             is_person or bool(arole), "post"))
    for m in ACCORDING_RE.finditer(sentence):
        who = m.group("who").strip()
        name, role, org, is_person = _split_role(who)
        if name is None:
            continue
        found.append(Speaker(name, role, org, None, m.start(), m.end(), m.end(), False, is_person, "according"))
    found.sort(key=lambda s: s.start)
    return found


def pick_speaker(speakers: list[Speaker], start: int, end: int) -> Speaker | None:
    """The attribution that governs a quantity at [start, end) of the sentence."""
    if not speakers:
        return None
    before = [s for s in speakers if s.kind == "pre" and s.verb_end <= start]
    if before:
        return before[-1]
    after = [s for s in speakers if s.start >= end and s.kind in ("pre", "post")]
    if after:
        return after[0]
    according = [s for s in speakers if s.kind == "according"]
    if according:
        return according[0]
    return None
