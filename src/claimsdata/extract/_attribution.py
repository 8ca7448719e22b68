"""Who said it: speakers, roles, organisations and intermediaries in news sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import units
from .._patterns import MARKUP, QUOTES_AS_SPACES, trie_pattern
from ._dates import MONTHS, WEEKDAYS
from ._numbers import FRACTIONS, SMALL, TENS, VAGUE

#: particles glued to an Arabic name by a hyphen ("al-Sabah", "bin-Laden"), part of the capitalised word
_NAME_PARTICLES = "al|el|bin|ibn|abu"
#: a capitalised word ("Shoigu", "U.S.", "O'Brien", "AT&T"); one way to match each, so runs of them never backtrack
_CAP = (rf"(?:(?:{_NAME_PARTICLES})-)?(?:[A-Z]|[ei](?=[A-Z]))[\w'’.&-]*(?:/[A-Z][\w'’.&-]*)?"
        r"(?:\s&[A-Z][\w'’.-]*)?")  # ("AT &T": a tokeniser's space before "&"; "a Reuters/Zogby poll"; "iSuppli",
# "eBay"; "al-Sabah": a particle glued to a name)
_CONNECT = r"(?:of|for|the|and|&|on|de|da|van|von|der|al|bin|la|le|du|in)"  # ("Procter & Gamble")
#: a run of capitalised words, with the small words that join names of organisations; at most ten words, so
#: that trying a name at every word of a long capitalised run costs a bounded amount each time (linear overall)
_NOT_NAME_WORD = r"(?!(?:" + "|".join([*WEEKDAYS, *(m for m in MONTHS if m.istitle() and len(m) > 3 and m != "June")]) \
    + r")\b)"  # "MCI Inc. on Monday said", "Microsoft Corp. in December plans" (but "Lee June")
NAME = rf"{_CAP}(?:\s+(?:{_CONNECT}\s+){{0,3}}{_NOT_NAME_WORD}{_CAP}){{0,9}}+"

#: verbs of saying (the owner of this vocabulary); the second list counts only before "that"
SAY_WORDS = (
    "said says say told tells tell added adds stated estimated estimates announced announces announce reported reports "
    "claimed wrote writes warned warns noted notes insisted argued explained predicted predicts "
    "acknowledged confirmed confirms declared tweeted posted revealed disclosed projected forecast "
    "calculated counted recorded put puts hopes hoped expects expected believes believed thinks think "
    "assessed assesses admitted admits suggested suggests suggest recommended recommends expect estimate predict "
    "believe alleged alleges allege asserted asserts placed places testified testifies recalled recalls asked asks "
    "responded responds replied replies answered answers warn note argue insist cautioned cautions caution"
).split()
SAY_THAT_WORDS = ("found finds find concluded concludes conclude showed shows show determined "
                  "determines reveals reveal").split()  # (", two surveys show."; "an auditor determined the agency
# wasted $40m"; "The research reveals that")
#: verbs of intent: a plan's figure is its maker's claim ("The developer plans to build 1,500 homes")
INTENT_WORDS = "plans plan planned aims aimed intends intend pledged promised proposed vowed wants".split()
#: verbs of revising one's own forecast, target or rating: the reviser is the new (and old) figure's maker
REVISE_WORDS = "raised lowered cut trimmed boosted lifted reduced revised reiterated maintained".split()
#: participles of saying that end a subject's clause (", claiming that ...")
SAYING_PARTICIPLES = ("saying claiming insisting adding warning noting arguing stressing alleging accusing "
                      "telling").split()
#: verbs that are nouns as often ("CRM projects", "in 14 Southern states", "jobless claims"): verbs only before
#: what they state ("states" also at the end of a sentence: ", the report states.")
SAY_NOUN_WORDS = "projects forecasts states claims".split()
#: "added" and "posted" before a figure tally it, not say it: "Ray added 17", "Lee added a season-high 24 points"
_TALLY_NEXT = (r"(?!\s+(?:a\s+)?(?:(?:about|around|some|nearly|almost|roughly|another|more\s+than|over|up\s+to|between|"
               r"an?\s+"
               r"(?:extra|additional|further))\s+)?(?:[a-z]+-(?:high|best|low)\s+)?(?:[$€£¥]|\d|(?:"
               + "|".join(sorted({*SMALL, *TENS}, key=len, reverse=True)) + r")\b))")
#: what may not follow these verbs of saying ("the visitors posted 231/6": a score, but "posted a 2.6 percent fall")
_PUT_AT = r"(?=(?:\s+[\w'’-]+){1,5}\s+at\b)"  # "put the death toll at 40", not "put the selectors into a fix"
#: "claimed" says only before what is claimed to be so, not before what was won ("claimed two wickets", "claimed
#: the third-round lead"): before "that"/"to", at the end of a clause, or before a clause with a verb of its own
_CLAIM_SAYS = (r"(?=\s+(?:that|to|on|in|yesterday|today|earlier|last|this)\b|\s*[,.;:\"”]|\s*$"
               r"|\s+[^,.;]{0,60}?\b(?:was|were|is|are|had|has|have|would|will|could|can|did|might|may)\b)")
#: a verb that says only before "that" or at the end of a clause ("recorded that", "..., the inspector testified.")
_THAT_OR_END = r"(?=\s+that\b|\s*[,.;]|\s*$)"
#: a verb of writing says before "that", a channel or an addressee, a quote or the end of a clause ("wrote in a
#: note that", "tweeted:", "wrote to residents:"), not before what was written ("wrote 12 books", "wrote off $2bn")
_WROTE_WHAT = r"(?=\s+(?:that|in|on|to)\b|\s*[,.;:\"“”]|\s*$)"
#: "asked" says before the question or at the end of a clause ('"Who pays?" she asked.', "asked whether")
_QUESTION_WORDS = "whether|if|why|how|what|who|when"
_ASKED_WHAT = rf"(?=\s+(?:{_QUESTION_WORDS})\b|\s*[,.;:\"“”]|\s*$)"
#: a reply says before "that", its occasion or a quote, or at the end of a clause ('"About 40," she replied.')
_REPLIED_WHAT = r"(?=\s+(?:that|in|on|by|with|when|after)\b|\s*[,.;:\"“”]|\s*$)"
_QUESTION_WORD_NEXT = re.compile(rf"\s+(?:{_QUESTION_WORDS})\b")
#: "confirmed" in office by a vote is no saying: "The senate confirmed the judge by 53 votes to 47"
_BY_VOTES_NEXT = r"(?![^,.;]{0,40}?\bby\s+[\w,]+\s+votes?\b)"
_SAY_GUARDS = {"added": _TALLY_NEXT, "adds": _TALLY_NEXT, "posted": r"(?!\s+\d)", "claimed": _CLAIM_SAYS,
               "placed": _PUT_AT, "places": _PUT_AT, "argued": _CLAIM_SAYS, "argues": _CLAIM_SAYS,
               "argue": _CLAIM_SAYS, "note": _THAT_OR_END, "caution": _THAT_OR_END,  # (not "argued
               # heatedly over whether to")
               "recorded": _THAT_OR_END, "put": _PUT_AT, "puts": _PUT_AT,  # ("Firefox has recorded over 10m
               # downloads": a tally)
               "testified": _THAT_OR_END, "testifies": _THAT_OR_END,  # (not "testified for three hours": how long,
               # not what was said)
               "recalled": _THAT_OR_END, "recalls": _THAT_OR_END,  # (not "Acme recalled 40,000 cars")
               "confirmed": _BY_VOTES_NEXT, "confirms": _BY_VOTES_NEXT,
               "wrote": _WROTE_WHAT, "writes": _WROTE_WHAT, "tweeted": _WROTE_WHAT,  # (not "wrote 12 books")
               "asked": _ASKED_WHAT, "asks": _ASKED_WHAT,  # (not "asked for $5m", "asked the court to")
               **dict.fromkeys(("responded", "responds", "replied", "replies", "answered", "answers"),
                               _REPLIED_WHAT)}  # (not "responded to 300 calls", "answered 40 questions")
_SAY_GUARDED = "|".join(w + _SAY_GUARDS.get(w, "") for w in SAY_WORDS)
#: verbs of a promise or a proposal, whose figure is its maker's ("has pledged £3bn", "is proposing two new taxes")
_PLEDGE_WORDS = ("pledged", "pledges", "promised", "promises", "proposed", "proposes", "proposing")
#: "states" as a verb: never after a word that makes it the noun ("gives member states 24 months", "other states")
_STATES_AS_VERB = "states" + "".join(rf"(?<!\b{w} states)" for w in (
    "member nation island frontline coastal neighbouring neighboring border other many some all both several "
    "Baltic Gulf Arab African EU Southern Northern Western Eastern").split())  # (the word first, then what stood
# before it: lookbehinds before the word would be tried at every position of every sentence)
#: a plural noun and a participle that opens a phrase describing it, right before a speaker's noun: "(Doctors)
#: assessing (the trial said)", "(Engineers) inspecting (the bridge said)"
_HEAD_BEFORE_PARTICIPLE = re.compile(r"(?:^|(?<=[,;]\s))(?P<head>(?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+)?s)\s+"
                                     r"[a-z]{3,}ing\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$")
#: a number in words or a vague amount after a finding: "a study found thousands of", "a survey shows two-thirds of"
_WORDS_OF_AMOUNT = trie_pattern(sorted({*SMALL, *TENS, *(w.split()[0] for w in VAGUE), *FRACTIONS}))
SAY = (_SAY_GUARDED + "|(?:" + "|".join(SAY_THAT_WORDS) + r")(?=\s+that\b|\s+(?:(?:it|they|its|their|the|more|nearly|"
       r"about|almost|over|some|" + _WORDS_OF_AMOUNT + r")\b|\d|[a-z]+s\b))"  # ("a trial found it doubled the
       # risk", "a survey found 40 percent", "a study found thousands of", "studies show players who": only for a
       # document, see _DOCUMENTS
       + "|(?:" + "|".join(w if w != "states" else _STATES_AS_VERB for w in SAY_NOUN_WORDS)
       + r")(?=\s+(?:(?:that|a|an|the|its|their|growth|sales|profits?|revenues?|"
       r"output|inflation)\b|[$€£\d]))"
       + "|(?:" + "|".join(INTENT_WORDS) + r")(?=\s+to\b)|appealed(?=\s+for\b)"
       + r"|(?:plans|planned)" + "".join(rf"(?<!\b{d} {w})" for d in "its Its their Their the The his His her Her "
                                         "our Our".split() for w in ("plans", "planned"))
       + r"(?=\s+(?:(?:about|around|some|up\s+to|another|a\s+further|more\s+than|nearly)\s+)?"
       + r"(?:\d|(?:" + _WORDS_OF_AMOUNT + r")\b))"  # ("The rocket company plans 24 launches": a plan's maker)
       + r"|(?:points|pointed) out"  # ("Mr Dixon points out 92 per cent of the staff have agreed")
       + r"|(?:see|sees)(?=\s+(?:[\w'’-]+\s+){1,4}?(?:at|to|of|rising|falling|slowing|growing|peaking|climbing|"
       r"dropping|reaching)\s+(?:about\s+|around\s+)?[$€£¥\d])"  # ("Economists see growth slowing to 0.8%": a
       # forecast)
       + r"|(?:(?:is|are|was|were)\s+(?=proposing))?(?:" + "|".join(_PLEDGE_WORDS) + r")(?=\s+(?:(?:another|"
       r"a\s+further|an\s+(?:extra|additional)|up\s+to|more\s+than|about|some|nearly|almost|over)\s+)?"
       r"(?:[$€£¥\d]|(?:" + _WORDS_OF_AMOUNT + r")\b))"  # ("The
       # government has pledged £3bn", "She is proposing three referenda": a promise's or a proposal's figure is its
       # maker's, as a plan's is)
       + "|(?:" + "|".join(REVISE_WORDS) + r")(?=\s+(?:its|their|his|her)\s+(?:[\w$.,'’-]+\s+){0,4}?"
       r"(?:target|forecasts?|estimates?|outlook|guidance|projections?|rating)\b)"  # ("Piper Jaffray cut its price
       # target for Oracle to $12")
       + r"|(?:set|sets)(?=\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:target|forecast|rating)\s+of\b)"  # ("Morgan
       # Stanley set a price target of $38": a target set is its setter's, as one revised is)
       + r"|(?:put|puts|putting)(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:figure|number|toll|total|count|cost|bill|"
       r"losses|damage|turnout|attendance|crowd|size)\s+at\s)"  # ("organisers put the figure at 10,000", "officials
       # put the death toll at 45": an estimate, its maker's)
       + r"|claims(?=\s+(?:to\b|[A-Z]))"  # "Seagate claims to have", "The paper claims Nomura is"
       + r"|claim(?=\s+(?:that\b|\d|(?:" + "|".join(sorted({*SMALL, *TENS}, key=len, reverse=True))
       + r"|several|some|more|at\s+least)\b))")  # "Prosecutors claim six executives conspired"
_PRONOUN = r"(?:he|she|they|He|She|They|it|It)"
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
    "justice", "judge", "governor-general", "premier", "commissioner", "marshal", "sergeant", "sgt.", "assistant",
}
#: role words that start a role after an organisation's name ("Acme Chief Executive", "Acme spokesman")
_LEAD_ROLES = ROLE_WORDS - {"of", "the", "first", "state", "national", "general", "military", "security", "top",
                            "senior", "joint", "staff", "press", "foreign", "health", "energy", "economy", "defense",
                            "defence", "finance", "interior", "intelligence", "army", "justice", "speaker", "head"}
_LOWER_ROLES = trie_pattern([w for w in _LEAD_ROLES if w.isalpha() and len(w) > 3])
NATIONALITY = {
    "Russian": "Russian", "Russia's": "Russian", "Ukrainian": "Ukrainian", "Ukraine's": "Ukrainian",
    "U.S.": "U.S.", "US": "U.S.", "American": "U.S.", "British": "British", "U.K.": "British", "UK": "British",
    "French": "French", "German": "German", "Chinese": "Chinese", "Polish": "Polish", "Georgian": "Georgian",
    "Kazakh": "Kazakh", "Belarusian": "Belarusian", "Turkish": "Turkish", "Japanese": "Japanese",
    "Indian": "Indian", "Canadian": "Canadian", "Australian": "Australian", "Italian": "Italian",
    "Spanish": "Spanish", "European": "European", "NATO": "NATO", "Israeli": "Israeli", "Iranian": "Iranian",
}
#: bodies a nationality names: "US military official", "Iraqi government spokesman"
_NATIONAL_BODIES = {"military", "government", "army", "navy", "police", "embassy", "administration"}
#: the form of most adjectives of nationality ("Iraqi", "Sudanese", "Palestinian", "Turkish"): no body's name
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|i|ish|ch)")
_MINISTRY = {"defense": "Defense", "defence": "Defence", "foreign": "Foreign Affairs", "finance": "Finance",
             "interior": "Internal Affairs", "health": "Health", "energy": "Energy", "economy": "Economy"}
_NOT_SPEAKERS = {"It", "This", "That", "There", "The", "A", "An", "But", "And", "In", "On", "As", "If", "When",
                 "While", "However", "Some", "Many", "Most", "Officials", "Analysts", "Experts", "We", "I", "You",
                 "Several", "Multiple", "Numerous", "Various", "Conflicting", "Unconfirmed", "Separate", "Other",
                 "Both", "Such", "Few",  # "Several reports say", "Multiple reports put": "reports" the noun
                 *WEEKDAYS, *(m for m in MONTHS if m.istitle() and len(m) > 3)}  # "on Tuesday announced"

#: words that start a clause before a speaker's name: "Although Motorola Inc. announced", "But Acme said"
_SUBORDINATORS = {"Although", "Though", "While", "When", "After", "Before", "Because", "Since", "As"}
_LEADING_CONNECTIVES = {*_SUBORDINATORS, "But", "And", "Meanwhile", "However", "Still", "Yet", "So", "Also", "Now",
                        "Then", "Indeed", "Separately"}
#: bodies that report figures with any verb of saying ("the health ministry reported")
_BODIES = ("ministry", "government", "administration", "army", "military", "agency", "department", "office",
           "company", "police", "authorities", "officials", "report", "statement", "survey", "study", "bank",
           "fund", "institute", "commission", "trial", "poll", "analysis", "review", "audit", "census",
           "investigation", "inquiry", "probe", "regulator", "watchdog", "bureau", "research", "disclosure", "filing")
_BODY = trie_pattern(list(_BODIES))
#: the year a document was made, after its noun ("A study from 2012")
_YEAR_TAIL = re.compile(r"\s+(?:from|of|in)\s+(?:19|20)\d\d$")
#: nouns of time, which never speak ("in the next decade, says a report")
_TIME_NOUNS = frozenset(w for w, (dimension, _) in units.UNIT_TABLE.items() if dimension == "duration") | {
    "quarter", "season", "time", "period", "morning", "evening", "night", "weekend", "afternoon"}  # (the periods of
# the units table, and parts of a day or year)
#: nouns a business is called by after a determiner ("the discount retailer said", "A Japanese auto supplier said")
_COMPANY_NOUNS = trie_pattern(("maker supplier firm group carrier retailer airline insurer giant chain lender "
                               "automaker carmaker manufacturer producer operator provider publisher developer "
                               "distributor brokerage studio app platform website network exchange").split())
#: groups that speak with a place ("Officials in Kherson said", "analysts at the bank")
_GROUP_WORDS = ("officials analysts experts economists sources residents witnesses doctors authorities diplomats "
                "investigators rescuers medics forces troops researchers scientists activists campaigners organisers "
                "organizers critics lawmakers traders prosecutors regulators monitors observers inspectors "
                "commanders officers soldiers employees colleagues nurses teachers students leaders ministers "
                "delegates negotiators police").split()
GROUP_WORD_SET = frozenset(_GROUP_WORDS)
_GROUPS = "(?:" + trie_pattern([*_GROUP_WORDS, *(w.capitalize() for w in _GROUP_WORDS)]) + ")"  # (as a trie, which
# the engine fails fast on: the group words are tried at every word of a sentence)
#: one of such a group ("an analyst", "a witness"): the singular of each word that has one
_ONE_OF_A_GROUP = trie_pattern([w[:-2] if w.endswith("sses") else w[:-1] for w in _GROUP_WORDS
                                if w not in ("authorities", "forces", "troops", "police")])
_GROUP_AT = re.compile(rf"({_GROUPS})\s+(?:in|at|from|of)\s+")
_GROUP_IN_BEFORE = re.compile(rf"(?:^|\s)({_GROUPS})\s+in\s+$")
#: a participle opening an aside between a name and its verb: "Zeta Air, hoping to avoid a strike, said"
_PARTICIPLE_WORD = r"[a-z]{3,}ing"
_PARTICIPLE = re.compile(_PARTICIPLE_WORD + r"\s")
_APPOS = r"(?:,\s+\d{1,3}(?=,\s))?"  # ("John Reed, 54, said": the speaker's age between commas)
_APPOS += rf"(?:\s*,\s+(?P<appos>(?:a|an|the|who|which|{_PARTICIPLE_WORD}|[A-Z][\w.]*\s?['’]s|[a-z]+(?=\s+of\s))\s+"
_APPOS += r"(?:[^,]|(?<=\d),(?=\d)){2,90}?"  # (a thousands comma inside: ", which employs 4,000 people,")
_APPOS += r"(?:,\s+[a-z][^,]{0,40}?\s+and\s+[^,]{2,90}?)?),)?"  # ("Tesco, Britain's biggest grocer, said"; a list
# inside the aside: "Acme, a maker of boats, bikes and tents, said"; a bare noun and its "of": "Acme Inc., publisher
# of the Daily Zeta, said")
_DATEWORD = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
             r"yesterday|today|last\s+week|earlier)|\s+in\s+(?:" + "|".join(
                 m for m in MONTHS if m.istitle() and len(m) > 3) + r"))?")  # ("Acme Corp. in December plans")
#: no determiner or pronoun inside a lower-case speaker ("The company lowered its estimated price": no speaker; "the
#: report like you said": the one spoken to)
_NOT_DET = (r"(?!(?:its|their|his|her|our|my|your|a|an|the|to|of|in|on|at|for|with|by|it|they|this|that|you|we|us|"
            r"them|him|me|like)\b)")
#: no auxiliary inside a lower-case speaker ("the bodies were being taken said": a relative clause's words)
_NOT_AUX = r"(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|should|must)\b)"
#: a weekday or a month is no speaker's first word ("Friday after analysts reported"), nor a clause word its second
_TIME_CAP = re.compile(r"(?:" + "|".join([*WEEKDAYS, *(m for m in MONTHS if m.istitle() and len(m) > 3)]) + r")\b")
#: plural bodies that speak after a name ("Hollywood studios said") or between commas (", traders said,")
_PLURAL_SPEAKERS = ("studios operators organizers organisers managers makers producers retailers airlines carriers "
                    "unions regulators lawmakers prosecutors researchers scientists leaders executives lawyers media "
                    "traders dealers parties agencies").split()
_PLURAL_BODIES = "(?:" + trie_pattern(list(_PLURAL_SPEAKERS)) + ")"
_NOT_CLAUSE = r"(?!(?:after|before|as|and|or|but|when|while|if|than|which|who|from|said|says)\b)"
#: roles whose words are their body's ("a spokeswoman for the firm said": the firm speaks)
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: one person named by a role, with where or for whom: "A federal judge in Boston says", "A spokeswoman at the
#: ministry said" (the place locates the person; a body or company after "at"/"for"/"of"/"with" speaks through them)
_PERSON_NOUN_WORDS = sorted({*(w for w in _LEAD_ROLES if w.isalpha() and len(w) > 3), "judge", "lawyer", "prosecutor",
                             "source", "witness", "resident", "doctor", "diplomat", "expert", "researcher", "scientist",
                             "strategist", "aide", "trader", "investigator", "auditor", "nurse", "teacher", "farmer",
                             "student", "pilot", "engineer", "activist"})
_PERSON_NOUNS = trie_pattern(_PERSON_NOUN_WORDS)  # (a trie, as the other word lists tried at every word)
_ROLE_AT = (rf"(?P<role_at>(?:[Tt]he|[Aa]n?)\s+(?:(?:{_NOT_DET}[a-z][a-z-]+|[A-Z]{{2,4}}|(?:[A-Z]\.){{2,3}})\s+){{0,2}}"
            rf"(?:{_PERSON_NOUNS}))"  # ("A US military official in Iraq said")
            rf"\s+(?P<role_prep>in|at|from|for|of|with)\s+(?:the\s+)?"
            rf"(?P<role_org>{NAME}(?:\s+(?:{_BODY}|{_COMPANY_NOUNS}|movement|society|union|party|"
            rf"association|council|family|church|foundation|campaign|coalition|alliance))?"  # ("the Hare Krishna
            # group": a name and the kind of body it is)
            rf"|{_NOT_DET}[a-z][a-z-]+(?:\s+{_NOT_DET}[a-z][a-z-]+)?)")
#: one person named by a role of a named body, which speaks through them: "Acme's chief executive said", "Russia's
#: defence minister said", "Coca-Cola 's top executive said"
_ROLE_OF = (rf"(?P<role_of_org>{NAME})\s?['’]s\s+"
            rf"(?P<role_of>(?:{_NOT_DET}[A-Za-z][A-Za-z-]*[a-z][a-z-]*\s+){{0,2}}(?i:{_PERSON_NOUNS}))"
            rf"(?=[\s,])")  # ("Ruritania's UN-backed president")
#: one person named by a role after the named body it speaks for: "A Microsoft spokesman said", "a senior UN
#: official said" (a nationality before the role names no body: "an Iraqi official", read by _split_role)
_ROLE_NAMED = (rf"(?:[Tt]he|[Aa]n?)\s+(?:(?:senior|top|former|leading)\s+)?(?:[A-Z][\w.&-]*\s+){{1,3}}"
               rf"(?:(?:chief|senior|top|press|deputy)\s+)?(?:{_PERSON_NOUNS})(?=\s)")
# "X said", "X, a Y at Z, said", "X, quoted by Y Wednesday, said"
#: verbs that show a name ending in "'s" is a company's name, not a possessive ("Lowe 's reported")
_POSSESSIVE_NAME_VERBS = ("said", "says", "reported", "reports", "announced", "posted", "warned")
#: a name and its possessive right before a suffix, as a tokeniser may space them: "Lowe 's "
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w&-]*)\s?['’]s\s+$")
#: adverbs between a subject and its verb of saying ("The chipmaker now sees revenue of ..."), no part of its name
_ADVERBS_BEFORE_VERB = ("now", "still", "already", "currently", "again", "meanwhile")
#: the start of a name word with its glued particle ("al-Sabah")
_GLUED_PARTICLE = re.compile(rf"(?:{_NAME_PARTICLES})-[A-Z]")
#: participles that tie a speaker to another body, which does not speak: "A trade group representing the music
#: industry said", "a militant leader linked to al-Qaeda said"
_TIED_TO = (r"representing|based\s+in|owned\s+by|backed\s+by|led\s+by|run\s+by|headed\s+by|funded\s+by|linked\s+to|"
            r"loyal\s+to|allied\s+(?:to|with)")
_TIED_TO_BEFORE = re.compile(rf"\b(?:{_TIED_TO})\s+(?:the\s+)?$", re.I)
#: the documents that speak for whoever made them ("a survey found", "the Acme report shows")
_DOCUMENT_WORDS = ("report survey study statement figures data review analysis poll estimate estimates story "
                   "article roundup tally ranking audit census disclosure filing").split()
_DOCUMENT = "(?:" + "|".join(_DOCUMENT_WORDS) + ")"
PRE_RE = re.compile(
    rf"(?<![\w'’-])(?P<who>(?:{_DET})?{NAME}"  # a name, and what may follow it: its body ("Russia's tax ministry",
    # "China 's second-largest mobile phone company") or a group of it ("Acme Corp. officials", "Iraqi health
    # officials", "Hollywood studios"), or the "'s" that ends a company's name right before its verb ("Lowe 's
    # reported")
    rf"(?:(?P<poss>\s?['’]s\s+(?:[a-z][a-z'’-]+\s+){{0,3}}(?:{_BODY}))"
    rf"|(?P<gtail>\s+(?:{_NOT_DET}{_NOT_CLAUSE}[a-z]+\s+)?(?:{_GROUPS}|{_PLURAL_BODIES}))"
    rf"|\s?['’]s(?=\s+(?:{'|'.join(_POSSESSIVE_NAME_VERBS)})\b)"
    rf"|\s+{_DOCUMENT}(?=\s+(?:shows|showed|found|finds|says|said|suggests|suggested)\b))?"  # ("The Institute of
    # Health and Welfare report shows": a named body's document)
    rf"|{_PRONOUN}|{_ROLE_AT}|{_ROLE_OF}|{_ROLE_NAMED}"
    rf"|(?:the|The|[Aa]n?)\s+(?:[A-Za-z.'’-]+\s+){{0,3}}(?:{_BODY})(?:\s+(?:from|of|in)\s+(?:19|20)\d\d)?"  # ("A
    # study says", "A study from 2012 counted")
    rf"|(?:the|The)\s+(?:US|UN|EU|UK|U\.S\.|U\.N\.)\s+(?:{_NOT_DET}{_NOT_AUX}[a-z][a-z'’-]+\s+)?"
    rf"{_NOT_DET}{_NOT_AUX}[a-z][a-z'’-]+(?<!ing)(?<!ed)"  # ("the US command said": a body of a named power)
    rf"|(?:the|The)\s+[a-z]+['’]s\s+(?:[A-Z][a-z]+\s+){{1,2}}[a-z]+s(?<!ss)"  # ("The nation's Roman Catholic
    # bishops said")
    rf"|(?:the|The)\s+(?:[a-z]+\s+and\s+)?(?:{_NOT_DET}{_NOT_AUX}[a-z][a-z'’-]+\s+){{0,2}}{_NOT_DET}{_NOT_AUX}"
    rf"[a-z][a-z'’-]+(?<!ing)(?<!ed)"  # ("the wine and beer distributor said": two modifiers joined; not "the
    # industry is forecast")
    rf"|(?:[Aa]n?|[Oo]ne)\s+(?:{_NOT_DET}[a-z][a-z'’-]+\s+){{0,2}}(?:{_COMPANY_NOUNS}|association|organi[sz]ation|"
    rf"coalition|council|committee|panel|board|lobby|{_ONE_OF_A_GROUP}|{_LOWER_ROLES})\b"  # ("A trade group
    # said", "An industry association said", "An analyst forecast", "A senior diplomat said": one of a group, or a role,
    # unnamed)
    rf"|(?:[Aa]n?|[Tt]he)\s+[A-Z][a-z]+\s+(?:{_NOT_DET}[a-z][a-z'’-]+\s+){{0,2}}(?:{_BODY}|"
    rf"{_COMPANY_NOUNS}|newspaper|daily)"  # "A
    # Japanese auto supplier said"
    rf"|(?P<group>{_GROUPS})\s+(?:in|at|from|of)\s+(?:the\s+(?:[a-z-]+\s+){{0,2}}(?:of|in)\s+)?{NAME}"  # ("officers in
    # the Kurdish region of Iraq told")
    rf"|(?P<group4>{_GROUPS})\s+(?:in|at|from|(?P<g4of>of))\s+the\s+(?:[a-z-]+\s+)?[a-z]+(?<!ing)(?<!ed)"  # ("Doctors
    # at the hospital said", "Leaders at the summit said": the group, not where it is)
    rf"|(?P<group2>[A-Z][a-z]+\s+and\s+[a-z]+\s+(?:{_NOT_DET}{_NOT_CLAUSE}[a-z]+\s+)?{_GROUPS})"  # "State and local
    # officials"
    rf"|(?P<group3>{_GROUPS}))"  # "after analysts reported"
    rf"(?:\s+(?:polled|surveyed|interviewed|questioned)\s+by\s+(?P<pollster>{NAME}|the\s+[a-z]+(?:\s+[a-z]+)??"
    rf"(?=\s+(?:{SAY})\b)))?"  # ("Analysts polled by the newspaper forecast": the analysts, through the newspaper)
    rf"(?:\s+(?:{_TIED_TO})\s+[^,;:()]{{2,60}}?)?"  # ("A trade group
    # representing the music industry said")
    rf"{_APPOS}(?:,\s+quoted\s+by\s+(?P<via>[^,]{{2,60}}?)(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    rf"Saturday|Sunday))?,)?(?:\s*,)?{_DATEWORD}\s+"  # (a space before the comma where an aside was blanked)
    rf"(?:(?:also|has|have|had|previously|later|{'|'.join(_ADVERBS_BEFORE_VERB)})\s+){{0,2}}"
    rf"(?P<verb>{SAY})\b(?!\s+(?:indicate|indicated|indicates|show|showed|shows|suggest|suggested|suggests|are|were|"
    rf"have|had)\b|(?:(?<=said)|(?<=reported))\s+to\s+(?:be|have|number|total|include|contain|hold|own|control|"
    rf"exceed|involve|cost|employ|face|earn|weigh|want|plan|need|favou?r|back|support|oppose|consider)\b)"
    # ("Press reports indicate": "reports" the noun; "the miners said to be trapped": a passive report, the miners
    # are not its source)
)
#: a document and where it was put, right before the place PRE_RE reads as the speaker: "A memo posted on (the staff
#: website warned)", "A report published in (the journal said)"
_PLACED = ("posted", "published", "released", "circulated", "leaked", "issued", "sent", "printed")
_DOCUMENT_PLACED_BEFORE = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,2}}(?P<doc>{_DOCUMENT}|memo|letter|"
                                     rf"paper|document|leaflet|notice)\s+(?:{'|'.join(_PLACED)})\s+"
                                     rf"(?:on|in|to|by|at)\s+$")
# ", said X, a Y at Z." / ", X said." handled by PRE_RE; here the inverted form
#: the lower-case role words that may stand between "said" and a name: "said chief executive Anna Berg"
_ROLE_WORD_LIST = [w for w in ROLE_WORDS if w.isalpha() and w not in ("of", "the")]  # (one word each)
_POST_ROLE_WORDS = "|".join(sorted(_ROLE_WORD_LIST, key=len, reverse=True))
POST_RE = re.compile(
    rf"(?:,|\.|\"|”)\s*(?P<verb>said|says|added|told|wrote|noted|warned|reported|reports|announced|stated|"
    rf"confirmed)"
    rf"\s+(?:the\s+)?(?:(?P<pre_org>[A-Za-z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,2}})\s?['’]s\s+(?=[a-z]))?"
    rf"(?:(?P<pre_role>(?:{_POST_ROLE_WORDS})(?:\s+(?:{_POST_ROLE_WORDS})){{0,2}})(?:,\s+|\s+))?"  # (", said chief
    # executive Anna Berg.", ", said the company's chief executive, Anna Berg.": the role before the name)
    rf"(?P<who>{NAME})"  # (", reported the US Department of Justice on Thursday.")
    rf"(?:,\s+(?:a|an|the)\s+(?P<role>[^,.]+?)(?:\s+(?:at|of|for|with|from)\s+(?P<org>[^,.]+(?:\.[A-Z]\.[^,.]*)*))?)?"
    rf"{_DATEWORD}(?=[,.;]|$)"
)
#: an inverted attribution to a group: ", say US officials.", ", said analysts at Zeta Bank"
_POST_GROUP_RE = re.compile(
    rf"(?:,|\"|”)\s*(?P<verb>said|says|say)\s+(?P<who>(?:[A-Z][\w.&'’-]*\s+){{0,3}}(?:[a-z]+\s+)?"
    rf"(?:{_GROUPS}|{_PLURAL_BODIES}))(?=\s*(?:[,.;]|$)|\s+(?:at|in|from|of|for|with|familiar|close|who|and)\b)")
# (", said residents and the military.")
_ABBREVIATIONS = ("Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "L.P.", "S.A.", "N.V.", "A.G.")
#: an inverted attribution to a body or an office named by a common noun after "the": ", said the trade body.",
#: ", warned the regulator on Monday.", ", said the company's chief executive." (names are POST_RE's)
_POST_THE_BODY_VERBS = ("said", "says", "added", "adds", "told", "noted", "warned", "confirmed", "reported",
                        "announced")
_POST_THE_BODY_RE = re.compile(
    rf"(?:,|\"|”)\s*(?P<verb>{'|'.join(_POST_THE_BODY_VERBS)})\s+the\s+"
    rf"(?P<who>(?:[A-Za-z][\w&.-]*\s?['’]s\s+)?(?:(?!(?:on|in|at|of|for)\s)[a-z][a-z-]*\s+){{0,2}}"
    rf"(?!(?:on|in|at|of|for)\b)[a-z][a-z-]*"
    rf"(?:\s+(?:of|at|for)\s+the\s+(?:[A-Za-z][\w&-]*\s+){{0,2}}[A-Za-z][\w&-]*)?){_DATEWORD}"
    rf"(?:\s+in\s+a\s+statement)?(?=\s*[,.;]|\s*$)")
_POST_THE_BODY_HINTS = tuple(f"{v} the " for v in _POST_THE_BODY_VERBS)  # (a cheap test first)
#: the verbs of _POST_ROLE_RE, and what any of its matches holds (a cheap test first)
_POST_ROLE_VERBS = ("said", "says", "added", "adds", "told", "noted", "warned")
_POST_ROLE_HINTS = tuple(f"{v} {a} " for v in _POST_ROLE_VERBS for a in ("a", "an", "one"))
#: an inverted attribution to one person named by a role: ", said a spokesman.", ", says a doctor from Leeds,", ",
#: said an analyst at Zeta Bank." (a spokesperson for a body speaks for it)
_POST_ROLE_RE = re.compile(
    rf"(?:,|\"|”)\s*(?P<verb>{'|'.join(_POST_ROLE_VERBS)})\s+(?:a|an|one)\s+"
    rf"(?P<who>(?:(?!(?:who|whose|which|that|and)\b)[a-z-]+\s+|[A-Z][\w.&-]*\s+){{0,3}}?"
    rf"(?P<role>{_PERSON_NOUNS}|{'|'.join(SPOKESPEOPLE)}))"
    rf"(?:\s+(?P<prep>at|for|with|of|from|in)\s+(?:the\s+)?(?P<org>{NAME}|[a-z][a-z-]+))?(?=\s*(?:[,.;:]|$))")
#: those whose findings are claims, as a document's are ("Researchers found 27 genes linked to")
_FINDERS = frozenset({"researchers", "scientists", "expert", "experts", "auditor", "auditors"})
#: documents, which find or show without "that" ("a survey found 40 percent"; but "police found 12 bodies")
_DOCUMENTS = frozenset(_DOCUMENT_WORDS) | {"trial", "audit", "census", "research", "studies", "reports", "surveys",
                                          "statistics"}
#: of those, the documents that ask a sample, named after "of" ("a survey of 900 nurses found")
SAMPLING_DOCUMENTS = frozenset({"poll", "survey", "study", "census", "audit", "review"}) & _DOCUMENTS
#: verbs of saying that are nouns too ("a Western estimate")
_SAY_NOUNS_TOO = frozenset({"estimate", "estimates", "forecast", "forecasts", "report", "reports", "projection"})
#: the endings of proper adjectives, which name no pollster or publisher: "a Western estimate", "an Italian study"
_PROPER_ADJECTIVE_ENDINGS = ("ern", "ish", "ese", "ian", "ean", "can")


def _proper_adjective(word: str) -> bool:
    """A nationality or a word with a proper adjective's ending ("Western", "Italian"), not a body's name."""
    return word in NATIONALITY or word.endswith(_PROPER_ADJECTIVE_ENDINGS)
#: an inverted attribution to a document: ", says the World Bank's latest annual report", ", said a report published"
POST_DOC_RE = re.compile(
    rf"(?:,|\.|\"|”)\s*(?P<verb>said|says|warns|warned|finds|found|shows|showed|suggests|suggested)\s+(?:the\s+)?"
    rf"(?:(?P<org>{NAME})\s?['’]s\s+(?:[a-z-]+\s+){{0,3}}{_DOCUMENT}"  # (", warns a study by BT")
    rf"|(?:a|an|the)\s+(?:[A-Za-z.-]+\s+){{0,2}}(?P<doc>{_DOCUMENT}))\b")  # ("says a new U.N. survey")
#: a document named with how it was made, closing a sentence: "..., a survey released on Monday showed."
_POST_DOC_MADE_RE = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}(?P<who>{_DOCUMENT})\s+(?:released|published|issued|conducted|"
    rf"commissioned|compiled|carried\s+out)\b[^,;\"”]{{0,80}}?\s+(?P<verb>showed|shows|found|finds|said|says|"
    rf"suggested|suggests|indicated|indicates)[^,.;\"”]{{0,30}}[.;]?\s*$")
#: the verbs with which a document of a sample gives its finding ("A survey of 2,000 parents found")
_DOC_FINDS = "showed|shows|found|finds|suggested|suggests|indicated|indicates"
#: a document named with whom it asked, closing a sentence: "..., a survey of 2,000 parents found."
_POST_DOC_OF_RE = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}(?P<who>{_DOCUMENT})\s+of\s+(?:[^,;\"”]|(?<=\d),(?=\d)){{1,60}}?"
    rf"\s+(?P<verb>{_DOC_FINDS})[.;]?\s*$")
#: a document named with whom it asked, opening its clause: "A survey of 2,000 parents found (40% ...)"
_PRE_DOC_OF_RE = re.compile(
    rf"(?:^|[.;:]\s+|,\s+)(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){{0,2}}(?P<who>{_DOCUMENT})\s+of\s+"
    rf"(?:[^,;\"”]|(?<=\d),(?=\d)){{1,60}}?\s+(?P<verb>{_DOC_FINDS})\b")
#: a group and another source, closing a sentence: "..., witnesses and a U.N. aid official said."
_POST_GROUP_AND_RE = re.compile(
    rf",\s+(?:the\s+)?(?P<who>{_GROUPS})\s+and\s+[^,;\"”]{{2,50}}?\s+(?P<verb>said|say|reported)"
    rf"[^,.;\"”]{{0,30}}[.;]?\s*$")
#: at the end of a sentence a finding needs no "that": "..., researchers found."
SAY_POST = _SAY_GUARDED + "|" + "|".join(SAY_THAT_WORDS) + r"|(?:states|claims|claim)(?=[^,.;]{0,30}[.;]?\s*$)"
# (", the report states.", ", the employers' body claims today.", ", its makers claim.")
#: the figures a named body publishes, which speak for it (", Bank of England figures showed")
_DATA_WORDS = "figures|data|statistics"
#: figures from a named source, closing a sentence: "..., data from Refinitiv showed.", "figures from the trade body
#: show"
_POST_DATA_FROM_RE = re.compile(rf",\s+(?:{_DATA_WORDS})\s+(?:from|by|compiled\s+by|released\s+by)\s+(?:the\s+|an?\s+)?"
                                rf"(?P<who>{NAME}|[a-z]+['’]?(?:\s+[a-z]+)?)\s+(?P<verb>showed|shows|show|suggested|"
                                rf"suggest|indicated|indicate)\b[^,;\"”]{{0,30}}[.;]?\s*$")
#: figures from a named source, opening a sentence or a clause: "Data from the central bank showed lending fell 2%"
_PRE_DATA_FROM_RE = re.compile(rf"(?:^|[,;]\s+|\bthat\s+)(?:[Tt]he\s+)?(?:(?i:latest|new|official)\s+)?"
                               rf"(?i:{_DATA_WORDS})\s+(?:from|by|compiled\s+by|released\s+by|published\s+by)\s+"
                               rf"(?:the\s+|an?\s+)?(?P<who>{NAME}|[a-z]+['’]?(?:\s+[a-z]+)?)\s+"
                               rf"(?P<verb>showed|shows|show|suggested|suggest|indicated|indicate)\b")
#: the nouns of figures nobody is named for ("figures show"), which "show" what follows them
DATA_WORD_SET = frozenset(_DATA_WORDS.split("|"))
#: documents that show a figure without a speaker ("a board paper shows"; but "the paper said" is a newspaper)
_PAPERS_SHOWING = frozenset({"paper", "papers", "document", "documents", "records", "filings", "minutes"})
GENERIC_POST_RE = re.compile(
    rf"(?:,|^)\s*[\"“”]?\s*(?:the\s+|The\s+|an?\s+|An?\s+|[Oo]ne\s+)?(?:(?:two|three|four|several|some)\s+)?"
    rf"(?!(?:while|whereas|but|and|or|yet|though|although|as|after|because|since|when)\s)"  # (", while officials said
    # 12 shops closed": the clause's own subject, which PRE_RE reads)
    rf"(?P<who>(?:(?:its|their)\s+)?(?:(?:top|senior|local|chief|former)\s+(?=[A-Z]))?"  # ("a top Palestinian
    # security official said")
    rf"(?:[A-Z][A-Za-z.&-]*\s+){{0,4}}(?:[a-z][a-z'’-]+(?:\s['’])?\s+){{0,3}}"
    rf"[a-z][a-z-]+"  # ("an AFP correspondent", "its Korean makers", "the drivers ' union": a plural possessive
    # spaced by the wire's tokeniser,
    # "a North Korean Foreign Ministry spokesman", "two British newspapers")
    rf"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}}\s?['’]s\s+(?:[A-Z][\w.&-]*\s+){{0,3}}(?:[a-z][a-z'’-]+\s+){{0,2}}"
    rf"[a-z][a-z-]+"  # "Acme's chief executive", "Smith 's spokesman", "Italy 's Il Foglio newspaper"
    rf"|(?:[a-z][a-z-]+\s+)?[a-z][a-z-]+\s+and\s+the\s+(?:[A-Z][\w.&-]*\s+){{0,3}}(?:[a-z][a-z-]+|[A-Z][\w.&-]*)"
    # ("police and the U.S. military", "residents and the Red Crescent", "state media and the airline")
    rf"|{NAME}(?:\s+(?:newspaper|daily|weekly|magazine|news\s+agency|agency|website|broadcaster|television|radio"
    rf"|{_DATA_WORDS}))?)"  # (", Labor Department data showed": the body whose figures they are)
    rf"\s+(?:(?:have|has|here|there)\s+)?(?P<verb>{SAY_POST})\b"  # "..., Pakistan army and security officials
    # said.", "local media have said."
    rf"(?P<tail>[^,.;\"”]{{0,30}})(?:[.;]?\s*$|,\s+(?:[a-z]{{3,}}ing|but|while|although|though)\b[^;\d]*$)"  # (",
    # raising fears of ...", ", but an official said ..."; a
    # participle with a figure of its own is governed from between the commas: ", police said, taking the toll to 62")
)
_GENERIC_BAD = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "there", "and", "but",
                "or", "as", "also", "have", "has", "had", "was", "were", "is", "are", "according",
                "less", "more", "fewer", "higher", "lower", "better", "worse", "bigger", "smaller", "than", "far",
                "much"}  # (", smaller than forecasters had feared": a comparison with a forecast, no source)
#: the participles that say how a document came out: "according to a statement posted on its website" (the
#: statement, not "statement posted"), ", official records released on Monday showed" (the records)
_DOCUMENT_PARTICIPLES = ("posted", "published", "released", "issued", "seen", "obtained", "sent", "filed", "made",
                         "given", "cited", "quoted")
_NOT_PARTICIPLE = rf"(?!(?:{'|'.join(_DOCUMENT_PARTICIPLES)})\b)"
ACCORDING_RE = re.compile(
    rf"\b(?:[Aa]ccording\s+to|[Aa]s\s+reported\s+by|(?<=\b[Ii]t\s)(?:was|has\s+been|had\s+been)\s+(?:revealed|"
    rf"reported|disclosed|announced|confirmed)\s+by(?=\s[^,;:]{{2,60}}?\s+that\b))\s+"  # ("as reported by the
    # Sydney paper:"; "it was revealed by the watchdog Citizen Lab that": a passive saying with its source)
    rf"(?:(?:the\s+)?(?:(?!(?:the|a|an|data|figures|estimates|numbers|reports?|sources|people|officials|police|"
    rf"residents|witnesses|in|at|of|for|from|with|on|by|to|and)\b)[a-z][a-z-]+\s+){{1,3}}"
    rf"(?={NAME}(?:[,.;:]|\s+(?:on|in|which|that|as|last|this)\b|$)))?"  # ("research firm iSuppli", "fund tracker
    # Lipper", "news agency Xinhua": the kind of body before its name; the name speaks)
    rf"(?:(?:figures|data|estimates|numbers|a\s+statement|a\s+report|a\s+transcript|a\s+survey"
    rf"|a\s+study|a\s+poll|studies|reports|research|an\s+analysis"
    rf"|(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_DOCUMENT})\s+"  # ("a six-month virus roundup published ... by")
    rf"(?:(?:released|published|compiled|issued|gathered|conducted)"
    rf"(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|yesterday|today|earlier|[A-Z][a-z]+day))?\s+)?(?:from|by)\s+"
    rf"(?:(?:[a-z][a-z-]+\s+){{1,2}}?(?=[A-Z]))?)?"  # "released on Tuesday by Forrester Research Inc.", "by security
    # firm Sophos": the kind of body before its name
    rf"(?P<who>(?:{_DET})?(?:{NAME}\s+(?:{_LOWER_ROLES})\s+{NAME}"  # "Acme spokesman John Smith"
    rf"|{NAME}\s['’]s\s+{NAME}"  # "Iraq 's Islamic Party": a possessive the wire's tokeniser spaced
    rf"|[a-z]+(?:\s?['’]s|s['’])\s+[a-z]+"  # ("according to studies by the controller's office": the office;
    # "the surgeons' association": a plural possessive)
    rf"|{NAME}(?:\s+{_NOT_PARTICIPLE}[a-z]+){{0,2}}|[a-z]+(?:\s+{_NOT_PARTICIPLE}(?!(?:in|on|at|for|with|by|familiar|"
    rf"knowledgeable|close|briefed|involved|who)\b)[a-z]+)"
    rf"{{0,2}}))"  # ("according to reports in the press": the reports)
    rf"(?=[,.;:]|\s+(?:that|the|a|an|as|in|on|{'|'.join(_DOCUMENT_PARTICIPLES)}|familiar|knowledgeable|close|"
    rf"briefed|involved|who|with|at|for|and\s+other|of(?=\s+\d))\b"
    rf"|$)"  # ("according to an executive familiar with its plans"; "according to a poll of 2,000 adults": the
    # poll, whose sample is a figure of the outlet's)
)
#: the size of the sample a source was drawn from, after its name: "(according to a survey) of 2,000 adults"
_SAMPLE_OF = re.compile(r"\s+of\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+|about\s+)?\d[\d,.]*")
TOLD_VIA_RE = re.compile(r"\btold\s+(?P<via>(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,3}(?:news\s+agency|newspaper|"
                         r"broadcaster|news\s+channel)\b|"  # ("told the AFP news agency")
                         r"Reuters|AP|AFP|the Associated Press|CNN|the BBC|BBC|Bloomberg|"
                         r"the Financial Times|The New York Times|the Wall Street Journal|Interfax|TASS|RIA|"
                         rf"(?:state\s+)?(?:news\s+agency\s+)?{NAME})")
_QUOTED_BY_RE = re.compile(r"^(?:the\s+)?(?:state\s+)?(?:news\s+agency\s+|TV\s+channel\s+|outlet\s+|newspaper\s+)*",
                           re.I)
_VIA_NAMES = {"Ria": "RIA Novosti", "RIA": "RIA Novosti", "Ria Novosti": "RIA Novosti", "Tass": "TASS",
              "TASS": "TASS", "Interfax": "Interfax"}


_ORG_RE = re.compile(
    r"\b(?:Institute|Ministry|Department|Agency|Office|Bank|Fund|Council|Commission|Committee|Service|Services|"
    r"Staff|Forces|Army|Police|Government|Administration|University|Intelligence|Center|Centre|Organization|"
    r"Organisation|Union|Group|Corporation|Inc|Ltd|Company|Association|Bureau|Pentagon|Kremlin|White House|"
    r"Research|Partners|Capital|Reuters|Trust|Foundation|Society|Federation|Authority|Board|administration|"
    r"intelligence|ministry|government|military)\b"
)


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
    weak: bool = False  # a plan or forecast ("X plans to"): a saying attribution elsewhere in the sentence wins
    governs_before: bool = True  # a "pre" attribution whose verb ends its clause ("..., the ministry said")
    reach: int | None = None  # where its reach ends: the clause of "Although X said ..., " (None: the sentence)
    scope_start: int | None = None  # the figures before it that it governs start here ("ahead of the £2.1bn analysts
    # had expected": that figure only; None: all of them)


#: a finding in a ruling, with whose ruling it is: "in the judge's decision that", "in his ruling that"
_RULING_WORDS = ("ruling", "decision", "judgment", "judgement", "opinion", "verdict", "order", "finding")
_RULING_THAT = re.compile(r"\b(?:[Ii]n|[Uu]nder|[Bb]y)\s+(?:(?P<pron>his|her|their)|(?:the\s+)?(?P<who>"
                          r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}|[a-z]+(?:\s+[a-z]+)?)['’]s)\s+(?:[a-z-]+\s+){0,2}(?:"
                          + "|".join(_RULING_WORDS) + r")s?\s+that\b")
#: a turn right before "according to": ", but, according to X, ...": X speaks for what follows only
_TURN_BEFORE = re.compile(r"\b(?:but|yet|however|though),?\s+$", re.I)


def _clean_via(text: str) -> str:
    text = _QUOTED_BY_RE.sub("", text.strip())
    return _VIA_NAMES.get(text, text)


#: the last word of a company's name: "General Electric Co.", "US Airways", "Delta Air Lines" (the owner of
#: this vocabulary)
COMPANY_WORDS = ("Co Cos Corp Inc Ltd Plc PLC LLC AG SA NV Airways Airlines Lines Motors Systems Holdings "
                 "Technologies Communications Network Networks Industries Electronics Pharmaceuticals Trust Group "
                 "Companies").split()
_COMPANY_WORD_SET = frozenset(COMPANY_WORDS)  # (also after a possessive in a name: "Lowe's Cos.")
_COMPANY_END = re.compile(r"\s(?:" + "|".join(COMPANY_WORDS) + r")\.?$")


_NAME_RE = re.compile(NAME)


#: a body named by its kind at the opening of a sentence: "The postal service", "the drone maker"
_OPENING_KIND_HEAD = (rf"^\W*(?:the|The)\s+(?P<who>(?:[a-z][\w'’-]*\s+){{0,2}}"
                      rf"(?:{_BODY}|{_COMPANY_NOUNS}|service))")
#: a body a sentence opens with, which its "it said" refers to ("The postal service, which employs ..., chose SAP
#: after a review, it said")
_OPENING_BODY = re.compile(_OPENING_KIND_HEAD + r"(?=\s*,|\s+(?:has\s+|had\s+|will\s+)?[a-z]+(?:ed|s)\b)")


#: an unnamed company or body named by its kind: "the airline", "the German carmaker", "the bank"
_KIND_OF_BODY = re.compile(rf"\b[Tt]he\s+(?P<who>(?:[A-Za-z][\w'’-]*\s+){{0,2}}(?:{_COMPANY_NOUNS}|company|bank))\b")


def last_body_named(text: str) -> str | None:
    """The last company or body ``text`` names by its kind ("Shares in the airline jumped after": "airline")."""
    found = None
    for found in _KIND_OF_BODY.finditer(text):
        pass
    return found.group("who") if found else None


def opening_body(text: str) -> str | None:
    """The unnamed body a sentence opens with as its subject ("the postal service"), if any."""
    m = _OPENING_BODY.match(text)
    return m.group("who") if m else None


#: the body a clause opens with as its subject, named by its kind whatever its verb ("The drone maker shipped", "the
#: game studio laid off"); lower-case words before the kind only, so that a named body after them is read by name
_OPENING_KIND = re.compile(_OPENING_KIND_HEAD + r"\b(?!['’])")


#: a wire story's head before its first sentence: "BRUSSELS (Reuters) - ", "AFP - ", "Canadian Press - KINSHASA,
#: Congo (AP) - " (at most two; a dash after one or two capitalised words or capitals, with an agency in brackets)
_WIRE_HEAD = re.compile(r"^\W*(?:(?:[A-Z]{2,}[A-Z .,'’-]*|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:,\s[A-Z][\w.]*)?"
                        r"(?:\s*\([^()]{1,25}\)\s*-{1,2}\s*|\s+-{1,2}\s*|\s*-{1,2}\s+)(?=[A-Z])){1,2}")  # (not the
# "T-" of "T-Mobile")


def body_of_spokesperson(before: str) -> str | None:
    """The body an unnamed spokesperson speaks for ("The drone maker shipped ..., a spokeswoman said": the drone
    maker): the body the sentence opens with, by its kind or by an organisation's name, else its first company;
    None when the sentence opens with anything else (a person or a group of people: "Rebels said ...")."""
    before = before[m.end():] if (m := _WIRE_HEAD.match(before)) is not None else before
    if (m := _OPENING_KIND.match(before)) is not None:
        return m.group("who")
    if (m := _NAME_RE.match(before.lstrip())) is not None:
        name = _NOT_OF_COMPANY.sub("", m.group(0)).rstrip(".")
        if is_org_name(name) or _COMPANY_END.search(" " + name):
            return name
    return first_company(before)


def first_company(text: str) -> str | None:
    """The first company named in ``text`` ("Vornado Realty Trust gave Sears ..." -> "Vornado Realty Trust"): the
    subject that "it said" most often refers to in news copy."""
    for m in _NAME_RE.finditer(text):
        name = _NOT_OF_COMPANY.sub("", m.group(0)).rstrip(".")
        if _COMPANY_END.search(" " + name):  # (its last word: not "Office Live Communications Server")
            joined = _AMPERSAND_BEFORE.search(text, 0, m.start())  # "Babcock & Brown Ltd."
            return (joined.group(0) if joined else "") + name
    return None


#: words before a company's name that are not part of it: "The", "Shares of", "Stock in"
_NOT_OF_COMPANY = re.compile(r"^(?:(?:The|A|An)\s+|.*?(?:Shares|Stock|Units|Bonds)\s+(?:of|in)\s+)")  # (also
# after a dateline glued to it: "NEW YORKShares of Acme Ltd.")
#: the first part of a name joined by "&": "Babcock & ", "China Petroleum & "
_AMPERSAND_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+)+&\s+$")


def is_org_name(text: str) -> bool:
    """Whether a capitalised name looks like an organisation rather than a person."""
    return bool(_ORG_RE.search(text))


def _role_end(tokens: list[str], i: int) -> int:
    """Where the run of role words from ``tokens[i]`` ends (the last token is always left for the name)."""
    while i < len(tokens) - 1 and tokens[i].lower() in ROLE_WORDS:
        i += 1
    return i


_BODY_END = re.compile(r"\b(?:Ministry|Department|Office|Agency|Commission|Committee|Council|Institute|Bureau|"
                       r"Service|Authority|Board|Survey|Administration|Association|Federation|Organi[sz]ation|"
                       r"Foundation|Cent(?:er|re))(?:\s+(?:officials|sources|spokesman|spokeswoman))?$")


_AT_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$")


def _capitalised(token: str) -> bool:
    """A capitalised word of a name, a particle glued to it included ("al-Sabah")."""
    return token[:1].isupper() or _GLUED_PARTICLE.match(token) is not None


def _split_role(who: str) -> tuple[str | None, str | None, str | None, bool]:
    """'Russian Defense Minister Sergei Shoigu' -> (name, role, org, is_person)."""
    who = re.sub(r"^(?:the|The|THE|a|A|an|An)\s+", "", who).strip()
    if who.endswith(".") and not re.search(r"(?:^|\s)(?:[A-Z]\.)+$", who):
        who = who[:-1]  # the sentence's full stop, not an abbreviation ("U.S.", "Jr.")
    at = _AT_PLACE.search(who)
    if at and (_COMPANY_END.search(who[: at.start()]) or _BODY_END.search(who[: at.start()])):
        who = who[: at.start()]  # "the Polish Defense Ministry in Warsaw says": the ministry; the place locates it
    if _COMPANY_END.search(who) or _BODY_END.search(who):
        return who, None, None, False  # "General Electric Co.", "US Airways": a company's name, no role in it;
        # "the Interior Ministry", "the Foreign Ministry": a body named by its field
    tokens = who.split()
    if len(tokens) > 1 and tokens[-1] in _DOCUMENTS and tokens[-2].islower():
        return who, None, None, False  # "a British army statement said": the document of a body, no officer in it
    while len(tokens) > 2 and tokens[0] in ("senior", "top", "former", "leading"):
        tokens = tokens[1:]  # "senior UN official": the modifier is no part of the body's name
    k = next((j for j, t in enumerate(tokens) if not _capitalised(t)), len(tokens))  # the capitalised run
    if 0 < k < len(tokens) and tokens[-1] in _LEAD_ROLES and all(t.islower() and t in ROLE_WORDS for t in tokens[k:]) \
            and tokens[0] not in NATIONALITY and not _DEMONYM.fullmatch(tokens[0]):
        return " ".join(tokens[:k]), " ".join(tokens[k:]), None, False  # "Microsoft spokesman", "UN chief
        # executive": the body speaks through its officer (a nationality names none: "Iraqi official")
    if len(tokens) == 3 and tokens[1] in _NATIONAL_BODIES and tokens[2] in _LEAD_ROLES and (
            tokens[0] in NATIONALITY or _DEMONYM.fullmatch(tokens[0])):
        return " ".join(tokens[:2]), tokens[2], None, False  # "US military official": the US military, through its
        # official
    if "of" in tokens and all(_capitalised(t) or t in ("of", "the") for t in tokens) \
            and _ORG_RE.search(" ".join(tokens[: tokens.index("of")])) \
            and not any(t.lower() in _LEAD_ROLES for t in tokens):
        return " ".join(tokens), None, None, False  # "the Army Corps of Engineers": a body's name, no officer in it
    nat = None
    i = 0
    if tokens and tokens[0] in NATIONALITY:
        nat = NATIONALITY[tokens[0]]
        i = 1
    lead = None
    j = _role_end(tokens, i)
    k = next((k for k in range(i + 1, min(i + 4, len(tokens) - 1)) if tokens[k].lower() in _LEAD_ROLES), None) \
        if i < len(tokens) and tokens[i].lower() not in ROLE_WORDS else None
    if k is not None and all(_capitalised(t) for t in tokens[i:k]) and all(
            _capitalised(t) for t in tokens[_role_end(tokens, k):]):
        lead, i, j = " ".join(tokens[i:k]), k, _role_end(tokens, k)  # "Medarex Chief Executive Donald Drakeman",
        # "Acme spokesman John Smith" (not "UN High Commissioner for Refugees Ann Lee": a role with a preposition)
    of_org = None
    of = next((k for k in range(i + 1, j) if tokens[k].lower() == "of"), None)
    if of is not None and len(tokens) - of >= 4:  # "Minister of Commerce Yi Xiaozhun", "Director of the National
        after = of + 2 if tokens[of + 1].lower() == "the" else of + 1  # Weather Agency Tom Hale": the person's name
        first = -3 if re.fullmatch(r"[A-Z]\.", tokens[-2]) and len(tokens) - after >= 4 else -2  # "Colin L. Powell"
        of_org = " ".join(tokens[after:first])  # is its last two words, the organisation what the role is "of"
        role_tokens, name_tokens = tokens[i:of], tokens[first:]
    else:
        role_tokens, name_tokens = tokens[i:j], tokens[j:]
    if [t.lower() for t in role_tokens] == ["first"] and not nat:
        role_tokens, name_tokens = [], tokens[i:]  # "First Albany", "First Data": a name ("First Lady" is a role)
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
    if role is not None:
        org = org or of_org or lead  # the organisation named after or before the role
    is_org = is_org_name(who) and lead is None
    if name and " of " in name and not is_org_name(name.split(" of ")[0]):
        name, org_of = name.split(" of ", 1)
        org = org or org_of
    if nat and name is None and role is None:
        name = who
    if name and nat and not role and is_org:
        name = who  # "British military intelligence", "Russian Ministry of Defense"
    is_person = bool(name) and not is_org and all(_capitalised(t) for t in (name or "").split())
    return name, role, org, is_person


def _parse_appos(appos: str | None) -> tuple[str | None, str | None]:
    """', a military analyst at the U.K. think tank Royal United Services Institute,' -> (role, org)."""
    if not appos or appos.startswith(("who ", "which ")) or _PARTICIPLE.match(appos):
        return None, None  # "Acme, which is buying Zeta, said", "Acme, hoping to avoid a strike, said": no role
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


_SAY_HINT = re.compile(r"\b(?:" + trie_pattern([*SAY_WORDS, *SAY_THAT_WORDS, *SAY_NOUN_WORDS, *INTENT_WORDS,
                                                 "appealed", "according", "claim", "According", "quoted", "Quoted",
                                                 "points", "pointed", *_PLEDGE_WORDS,
                                                 "put", "puts", "putting"])
                       + r")\b")
#: the verbs that speak only in some places, hinted only there (they are common: "cut", "raised", "adding")
_REVISE_HINT = re.compile(r"\b(?:" + trie_pattern(REVISE_WORDS) + r")\s+(?:its|their|his|her)\b"
                          r"|\bsets?\s+(?:a|an|its|their)\s")  # ("set a price target of")
_SEE_HINT = re.compile(r"\bsees?\s")  # ("Economists see growth slowing to 0.8%")


#: "the airline", "the trade body": a common noun phrase as a speaker, only with a verb of speech
_LOWER_NP = re.compile(r"(?:the|The|[Aa]n?)\s+(?:[a-z][a-z'’-]+\s+){0,2}[a-z][a-z'’-]+")
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
#: what may open a count after "admitted" (let in, not a confession): "admitted 40 pupils", "admitted more patients"
_COUNT_WORDS = frozenset({*SMALL, *TENS, "several", "some"})
_ADMITTED_COUNT_WORDS = frozenset({*SMALL, *TENS, "a", "an", "about", "some", "nearly", "more", "over", "another",
                                   "hundreds", "thousands", "dozens"})
_SPEECH_VERBS = {"said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced",
                 "announces", "warned", "warns", "noted", "notes", "insisted", "argued", "explained", "confirmed",
                 "confirms", "declared", "revealed", "disclosed", "acknowledged", "claimed", "claims", "estimated",
                 "estimates", "alleged", "alleges", "allege", "admitted", "admits", "testified", "testifies",
                 "recalled", "recalls", "points out", "pointed out", "wrote", "writes", "tweeted",
                 "asked", "asks", "responded", "responds", "replied", "replies", "answered", "answers"}
#: a forecast is its maker's claim: "the market researcher has predicted a 6.2% increase"
_FORECAST_VERBS = {"predicted", "predicts", "predict", "forecast", "forecasts", "projected", "projects", "expects",
                   "expect", "see", "sees", "put", "puts", "putting",
                   *INTENT_WORDS, *REVISE_WORDS, "appealed", "recommended", "recommends"}  # ("The panel
# recommended the state pay $14 billion": the panel's proposal)
_GROUP_ALONE = re.compile(_GROUPS)
#: a plural group or a body saying it between commas, with no article: "..., police said, taking the toll to 62"
MID_RE = re.compile(
    r",\s*(?P<who>(?:[a-z][a-z-]+\s+){0,2}(?:" + "|".join(sorted({*_GROUP_WORDS, *_BODIES, *_PLURAL_SPEAKERS}))
    + r"))\s+(?:here\s+|there\s+)?(?P<verb>said|say|says|reported|added|estimated|told\s+reporters)"
    r"\s*(?=,)")  # (", officials here said, but ...")
CLOSE_TO_GROUPS = ("sources source people officials official persons person executives executive insiders insider "
                   "bankers banker diplomats diplomat negotiators negotiator aides aide lawyers lawyer economists "
                   "analysts strategists").split()  # (economists and analysts "at" a bank speak, as officials "in" a
# city do)
#: how a group is close to what it speaks of: "sources close to the talks", "people familiar with the plan"
CLOSE_TO = (r"close\s+to|familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|knowledgeable\s+about|"
            r"involved\s+in")
_CLOSE_TO_BEFORE = re.compile(r"\b((?:(?!(?:an?|the|two|three|four|several|some)\b)[A-Za-z]+\s+)?"
                              r"(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in CLOSE_TO_GROUPS) + r")"
                              r"(?:\s+(?!(?:close|familiar|briefed|with|knowledgeable|involved)\b)\w+)?)"
                              rf"\s+(?:{CLOSE_TO}|at|with)\s+$")  # ("a congressional
# source briefed on the draft rules told", "an official at the state-owned company said")
#: what may follow a verb that ends its clause: "..., the ministry said on Tuesday." / "said in a statement,"
_ENDS_CLAUSE = re.compile(r"\s+when\s+(?:asked|questioned|pressed)\b[^.,;:!?\"”]{0,80}(?:[.,](?!\d)|[;:!?\"”)]|$)"
                          r"|(?:\s+(?:in|before)\s+(?:(?:a|an|its|his|her|their|the)\s+)?(?:[\w-]+\s+)?(?:statement|"
                          r"interview|report|filing|letter|speech|note|release|briefing|conference|call|e-?mail|"
                          r"posting|message|testimony|court|hearing|deposition|webinar|podcast)"
                          r"(?:\s+(?:published|released|issued|posted|aired|broadcast))?){0,2}"  # ("said in an
                          # interview published on Thursday.", "said in sworn testimony in a federal court in 2011")
                          r"(?:\s+(?:on|late|early|last|this|in\s+a)?\s*[\w.'’-]+){0,3}?\s*"
                          r"(?:[.,](?!\d)|[;:!?\"”)]|$)")
# (not the comma inside a figure: "said over 1,500 had fled" goes on past it)
#: a document the saying is in, whatever follows it: "the government said on Thursday in a report suggesting ..."
_IN_A_DOCUMENT_NEXT = re.compile(r"(?:\s+(?:on|late|early|last|this)\s+[\w.'’-]+)?\s+in\s+(?:a|an|its|the)\s+"
                                 r"(?:[\w-]+\s+)?(?:statement|report|filing|letter|study|survey)\s+"
                                 r"(?:that|which|suggesting|showing|saying)\b")  # (what the document goes on to say)
#: a lower-case word after the verb that is no time or preposition is its object: "Acme posted strong results."
#: says nothing of the figures before it ("Acme said in a statement.", "Acme reported late Monday." do)
_OBJECT_NEXT = re.compile(r"\s+(?!(?:on|in|at|late|early|last|this|yesterday|today|tonight|earlier|later|recently|"
                          r"separately|also|again|overnight|previously|then|privately|publicly|during|after|before|"
                          r"when|while|as|from|by|via|through|to|for|with|over|here|there|a|an)\b)[a-z]")
_AS_EXPECTED_BY = re.compile(r"\b(?:as|than)\s+(?:(?:many|most|some|the)\s+)?$")
#: a share of a group right before a speaker, the group counted and not the source ("Half of the respondents
#: said"), also of a group in a document ("Nearly 40% of adults in the survey said": the adults said)
_SHARE_OF = re.compile(r"(?:\d%|\d|\b(?:half|thirds?|quarters?|fifths?|tenths?|percent|cent|most|majority|"
                       r"minority))\s+of\s+(?:(?:[a-z-]+\s+){1,3}(?:in|from)\s+)?$", re.I)
#: a share of a group named before, as a source: ", a third of them said" (the group counted, not a source)
_SHARE_OF_THEM = re.compile(r"(?:\S+\s+)?(?:half|thirds?|quarters?|fifths?|tenths?|most|majority|minority|"
                            r"\d[\d,.%]*)\s+of\s+(?:them|those|us)", re.I)
_SAY_SET = frozenset(SAY_WORDS) | frozenset(SAY_THAT_WORDS)
#: a verb or preposition that sets a result against others' figures, right before their name: "miss Wall Street
#: (estimates)", "ahead of analyst (forecasts)"
_MEASURED_AGAINST_BEFORE = re.compile(r"\b(?:miss|misses|missed|missing|beat|beats|beating|top|tops|topped|topping|"
                                      r"meet|meets|met|meeting|exceed|exceeds|exceeded|match|matches|matched|"
                                      r"ahead\s+of|short\s+of|in\s+line\s+with)\s+$")
#: words that never end a speaker's name before a verb of saying: a conjunction or relative opens another clause,
#: a preposition makes the "verb" a noun ("below estimates", "ahead of forecasts")
_NOT_LAST_OF_A_SPEAKER = frozenset("""and or but who that which below above than of in on at to for with by from into
    over under beyond after before ahead despite""".split())
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
                "may", "might", "should", "not", "also"}


def same_outlet(who: str | None, outlet: str | None) -> bool:
    """"NBC" and "NBC News", "Guardian" and "The Guardian" name the same outlet."""
    if not who or not outlet:
        return False
    a, b = who.lower().removeprefix("the "), outlet.lower().removeprefix("the ")
    return a == b or b.startswith(a + " ") or a.startswith(b + " ")


#: a participle of consequence after a comma: what the news did, told by the writer, not by who spoke before it
_CONSEQUENCE = re.compile(r",\s+(?:sending|casting|pushing|driving|dragging|prompting|triggering|sparking|fuell?ing|"
                          r"hurting|weighing|knocking|lifting|boosting|pulling|touching|signall?ing)\b"
                          r"|,?\s+(?:and|while)\s+(?:its|their)\s+(?:shares|stock|share\s+price)\b"  # ("..., and its
                          # stock gained 11%": the market's move after the saying, the writer's)
                          r"|\s(?:following|after)\s+(?:the|a|an)\s+[^,.;]{1,60}?\s+when\s")  # ("announced measures
# following the siege when more than 300 people died": the event behind the saying, told by the writer)
#: a name in quotation marks right before a verb of saying: '"The Islamic Army in Iraq" said' (every word
#: capitalised but its small joining words, so no quotation is taken for a name)
_QUOTED_NAME = re.compile(r"[\"“]\s?(?P<n>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|in|for|the|and)){0,7})"
                          r"\s?[\"”](?=\s+(?:said|says|claimed|warned|announced|told)\b)")  # (a wire's tokeniser
# may space the marks: '"The Islamic Army in Iraq " said')


#: a possessive a wire's tokeniser split from its common noun: "government 's" (a name's is read as it is: "Lowe 's
#: reported", "Canada 's Barrick Gold")
_SPACED_POSSESSIVE = re.compile(r"(?<![\w'’-])(?P<w>[a-z]+) (?P<s>['’]s)(?= )")


def _possessive_closed(m: re.Match[str]) -> str:
    """"world 's" as "world's " (the same length)."""
    return f"{m.group('w')}{m.group('s')} "


def _unquoted(m: re.Match[str]) -> str:
    """The quoted name with spaces for the quotation marks around it (offsets keep their place)."""
    return m.group(0).translate(QUOTES_AS_SPACES)


#: asides between a name and its verb that wire copy carries: a quote link with its ticker ("<A HREF=...>ACM.N</A>"),
#: a bracketed ticker or acronym after a name ("(ACM.N: Quote, Profile, Research)", "(NYSE: ZZ)", "(NTC)")
_ASIDE = re.compile(MARKUP.pattern + r"|(?:\b[A-Z]{2,}(?:[ ,./]{1,2}[A-Z]{2,}){0,3}\s?)?--(?=[A-Z])"  # a dateline
                    # glued to a name: "LONDON--Acme Ltd. said", "(Wire)--Air Zeta Ltd. said"
                    r"|(?<=[\w.])\s*\((?:[A-Z][\w.]{0,9}(?::[^()]{0,40})?|[A-Z][a-z]+)\)(?=[\s,])")


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


_NAME_NEXT = re.compile(rf"\s+{_NOT_NAME_WORD}{_CAP}")  # (not a weekday or a month: "Acme Corp, said Thursday")


_AND_SAY_VERBS = "said|says|added|warned|predicted|forecast|expects|expected|announced"
#: a subject whose first verb is joined by "and" to a verb of saying: "the discount retailer reported a profit ...
#: and said", "Acme Corp. posted a loss and warned"
_COORDINATED_SAY = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:after|as|when|while|because|since|before|but)\s+)"
    rf"(?P<who>(?:the|The)\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?:{_BODY}|{_COMPANY_NOUNS})"
    rf"|{NAME})\s+(?:[a-z]+ed|posted|reported|cut|raised|lost|made|won|sold|bought)\b"
    rf"(?:(?!\b(?:after|when|while|because|before|but|as|and)\b)[^,;:()\"]){{1,100}}?\s+and\s+"
    rf"(?:also\s+)?(?P<verb>{_AND_SAY_VERBS})\b")
_AND_SAY_HINT = re.compile(rf" and (?:also )?(?:{_AND_SAY_VERBS})\b")
#: a subject whose clause ends in a participle of saying: "The U.S. military defended its record on Wednesday,
#: claiming that ...", "The ministry hit back, insisting that ..."
#: participles of reporting after "by": "surprised investors by reporting a 9% drop" (the subject reports it)
_BY_REPORTING = "reporting|announcing|posting|forecasting|predicting|revealing|disclosing"
_PARTICIPLE_SAY_HINT = re.compile(rf",\s+(?:{'|'.join(SAYING_PARTICIPLES)})\b|\sby\s+(?:{_BY_REPORTING})\b")
_PARTICIPLE_SAY = re.compile(
    rf"(?:^(?:(?:But|And|Yet)\s+)?|[;:]\s+|\s[-–—]+\s+)"
    rf"(?P<who>(?:the|The|An?|an?)\s+(?:[A-Za-z.][\w.'’-]*\s+){{0,2}}(?:{_BODY}|{_COMPANY_NOUNS})"
    rf"|(?:[A-Z][\w.'’-]*\s+){{0,2}}(?:[a-z][a-z-]+\s+)?{_GROUPS}"  # ("American defence officials have been
    # cautious, saying")
    rf"|{NAME})\s+(?:(?:has|have|had|also|again)\s+)?(?:[a-z]+ed|[a-z]+s|hit|held|took|gave|made|won|lost|cut|struck|"
    rf"stood|fought|sent|set|put|kept|met|spent|sold|bought|went|came|been|were|was|are)\b"
    rf"[^,;:()\"]{{1,100}}?(?:,\s+(?P<verb>{'|'.join(SAYING_PARTICIPLES)})\b{_TALLY_NEXT}"  # ("scored 20 points,
    rf"|\s+by\s+(?P<byverb>{_BY_REPORTING})\b)")  # adding 5 rebounds": a tally; "by reporting a 9% drop" is not)


def _clause_subject(who: str) -> tuple[str | None, str | None, str | None, bool] | None:
    """(name, role, org, is_person) of a clause's subject that speaks through a later verb: a name, split into its
    role ("Acme Corp.", "Defence Minister Ann Lee"), or a noun phrase without its article ("the retailer"); None
    for a name that is no speaker."""
    if (words := who.split())[-1].lower() in GROUP_WORD_SET and words[0] not in ("The", "A", "An", "the", "a", "an"):
        return who, None, None, False  # "Afghan officials were cautious, saying": the group, with what names it
    if who[0].isupper() and who.split()[0] not in ("The", "A", "An"):
        name, role, org, is_person = _split_role(who)
        return None if name is None or name in _NOT_SPEAKERS else (name, role, org, is_person)
    return who.split(None, 1)[1], None, None, False


def _inner_saying(sentence: str, m: re.Match[str]) -> re.Match[str]:
    """The match up to a verb of saying inside its lower-case subject, when the regex took a later word for the
    verb ("The insurer expects flood claims to reach": "claims" read as the verb; the insurer expects), else ``m``."""
    who = m.group("who")
    if not _LOWER_NP.fullmatch(who.strip()):
        return m
    words = who.split()
    k = next((k for k in range(1, len(words)) if words[k].lower() in _SAY_SET), None)
    if k is None:
        return m
    verb_end = m.start("who") + who.index(words[k], len(" ".join(words[:k]))) + len(words[k])
    return PRE_RE.match(sentence, m.start(), verb_end) or m


#: the occasion of a saying that closes a sentence: " at its launch event.", " during a conference call."
_CLOSING_OCCASION = re.compile(r"\s+(?:at|during)\s+(?:a|an|the|its|his|her|their)\s+[^,.;:\"”\d]{2,30}[.;]?\s*$")


#: a document and its owner in the possessive: "the inspector general's report", "Acme's annual review"
_OWNER_OF_DOCUMENT = re.compile(rf"(?:[Tt]he\s+)?(?P<owner>[\w.&-]+(?:\s+[\w.&-]+){{0,3}}?)\s?['’]s\s+"
                                rf"(?:[a-z-]+\s+){{0,2}}{_DOCUMENT}")


def _reports_from(sentence: str, m: re.Match[str]) -> bool:
    """"amid damage reports from the storm": "reports" the noun, reports that come from somewhere (no "that" after)."""
    return m.group("verb") in ("reports", "report") and sentence.startswith(" from ", m.end("verb")) \
        and " that " not in sentence[m.end("verb") :]


def find_speakers(sentence: str) -> list[Speaker]:
    """Every attribution in the sentence, in order of position (asides of wire copy blanked out first, so every
    offset still indexes the sentence)."""
    found: list[Speaker] = []
    participle = (", " in sentence or " by " in sentence) and _PARTICIPLE_SAY_HINT.search(sentence) is not None
    ruling = "s " in sentence and " that " in sentence and any(w in sentence for w in _RULING_WORDS)
    if not (ruling or _SAY_HINT.search(sentence) or participle or (" its " in sentence or " their " in sentence
                                                         or " his " in sentence or " her " in sentence
                                                         or " set" in sentence)
            and _REVISE_HINT.search(sentence) or " see" in sentence and _SEE_HINT.search(sentence)):
        return found
    if "<" in sentence or "(" in sentence or "--" in sentence:
        sentence = _ASIDE.sub(_blank, sentence)
    if " statement" in sentence:
        sentence = _STATEMENT_ASIDE.sub(_blank, sentence)  # "A ministry spokesman, in a statement received by AFP,
        # said": the channel between the speaker and the verb
    if ", published " in sentence or ", released " in sentence or ", issued " in sentence:
        sentence = _PUBLISHED_ASIDE.sub(_blank, sentence)  # "The report, published by the think tank on Monday,
        # estimates": how the document came out, between it and its verb
    if '"' in sentence or "“" in sentence:
        sentence = _QUOTED_NAME.sub(_unquoted, sentence)  # 'A group calling itself "The Islamic Army" said'
    if " 's " in sentence or " ’s " in sentence:
        sentence = _SPACED_POSSESSIVE.sub(_possessive_closed, sentence)  # "the federal government 's housing
        # agency said": a tokeniser's space moved after the possessive (offsets keep their place)
    for m in (_inner_saying(sentence, m) for m in PRE_RE.finditer(sentence)):
        if _SHARE_OF.search(sentence, max(0, m.start() - 50), m.start()):
            continue  # "Half of the respondents said ...": the group counted, not the source of the count
        if _MEASURED_AGAINST_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # "will miss Wall Street estimates", "ahead of analysts' forecasts": the figures a result is
            # set against, a noun, not a saying
        if _TIED_TO_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # "a militant leader linked to al-Qaeda said": the body the speaker is tied to does not speak
        if sentence[m.end("who") : m.start("verb")].strip() == "," and _NAME_NEXT.match(sentence, m.end("verb")):
            continue  # "... all over the map, said Wachovia Corp.": the name after the verb speaks (POST_RE)
        who = m.group("who").strip()
        if len(words := who.split()) > 2 and words[0].lower() in _COUNT_WORDS and words[-1].islower() \
                and words[-1].endswith("s"):
            who = " ".join(words[1:])  # "Seventeen political parties say": how many is no part of who they are
        who = _YEAR_TAIL.sub("", who)  # "A study from 2012 counted": the study, whenever it was made
        if sentence.endswith(" and its ", 0, m.start()) and (
                fm := _FIRST_OF_AND_ITS.search(sentence, max(0, m.start() - 80), m.start())) is not None:
            who = fm.group("first")  # "Yemen's Foreign Ministry and its U.N. Mission said": the body whose part
            # speaks with it
        if _reports_from(sentence, m):
            continue
        if m.group("verb") in _SAY_NOUNS_TOO and (ws := m.group("who").split())[0] in ("a", "an", "A", "An") \
                and all(_proper_adjective(w) for w in ws[1:]):
            continue  # "according to a Western estimate": a noun after an article and a proper adjective, no subject
            # and verb (but "in an IMF forecast" names its source)
        if m.group("verb") in ("asked", "asks") and "?" not in sentence \
                and not _QUESTION_WORD_NEXT.match(sentence, m.end("verb")):
            continue  # "before the airline asks": no question put, so nothing said
        if sentence.endswith(", ", 0, m.start()) and _CLOSING_OCCASION.match(sentence, m.end("verb")):
            continue  # "..., the company said at its launch event.": a closing attribution with its occasion, which
            # governs the figures before it (GENERIC_POST_RE)
        if m.group("verb") in ("admitted", "admits") and (nw := _NEXT_WORD.match(sentence, m.end("verb"))) is not None \
                and (nw.group(1)[0].isdigit() or nw.group(1).lower() in _ADMITTED_COUNT_WORDS):
            continue  # "The school admitted 40 pupils": let in, not a confession
        if who.startswith(("a ", "an ")) and sentence.endswith((" and ", " or "), 0, m.start()):
            continue  # "witnesses and an aid official said": the second of two sources, read with the first
        if (pm := _HEAD_BEFORE_PARTICIPLE.search(sentence, max(0, m.start() - 40), m.start())) is not None:
            who = pm.group("head")  # "Doctors assessing the trial said": the people the participle describes
            # speak, not the object of their participle
        if m.group("verb").endswith("ed") and sentence.endswith(("with ", "With "), 0, m.start()):
            continue  # "with the Fed expected to raise rates": a passive in a phrase of circumstance, no speaker
        if who.rsplit(None, 1)[-1].lower() in _TIME_NOUNS:
            continue  # "will be learning English in the next decade, says a report": a time, no speaker
        if m.group("verb") in SAY_THAT_WORDS and not sentence.startswith(" that", m.end("verb")) \
                and who.split()[-1].lower() not in _DOCUMENTS and who.split()[-1].lower() not in _FINDERS \
                and (m.group("role_at") or "-").split()[-1].lower() not in _FINDERS:
            continue  # "Police found 12 bodies": a finding of a document or of researchers names its source, a search
            # does not
        if who.endswith(("'s", "’s")) and (sentence[m.end("who") : m.start("verb")].strip()
                                           or m.group("verb") not in _POSSESSIVE_NAME_VERBS):
            continue  # "Kmart's plan to buy Sears": a possessive before a noun, no subject before a verb
        if who.endswith(("'s", "’s")):
            who = re.sub(r"\s+(['’]s)$", r"\1", who)  # "Lowe 's reported": the company Lowe's
        if who.split()[-1].islower() and any(w in sentence[max(0, m.start() - 30) : m.start()] for w in _PLACED) \
                and (dm := _DOCUMENT_PLACED_BEFORE.search(sentence, max(0, m.start() - 60), m.start())) is not None:
            who = "a " + dm.group("doc")  # "A memo posted on the staff website warned": the memo speaks, not where
            # it was posted (a named journal or outlet speaks: "a report published in the Lancet said")
        if who.split()[-1].lower() in _DOCUMENTS and (gm := _GROUP_IN_BEFORE.search(
                sentence, max(0, m.start() - 30), m.start())) is not None:
            who = gm.group(1)  # "Doctors in the study reported": the group in the document speaks, not the document
        if (dm := _OWNER_OF_DOCUMENT.fullmatch(who)) is not None:
            who = dm.group("owner")  # "The inspector general's report found that": the officer or body whose
            # report it is (as "says the World Bank's latest report")
        if who.rstrip(".") in _COMPANY_WORD_SET and (
                om := _OWNER_BEFORE.search(sentence, max(0, m.start() - 40), m.start())) is not None:
            who = f"{om.group(1)}'s {who}"  # "Lowe 's Cos. reported": a company whose name ends in a possessive
        while " " in who and (who.rsplit(None, 1)[1] in _AUXILIARIES or who.rsplit(None, 1)[1] in _ADVERBS_BEFORE_VERB):
            who = who.rsplit(None, 1)[0]  # "The market researcher has predicted", "The bank now expects"
        if who.rsplit(None, 1)[-1] in _NOT_LAST_OF_A_SPEAKER:
            continue  # "posted a gain for the third quarter and said": the subject is further back; "The man who
            # says he ...": a relative clause, whose saying governs only itself; "priced below estimates": after a
            # preposition the word is a noun
        if m.group("group3") and _AS_EXPECTED_BY.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # "not as strong as many analysts expected": a comparison, not a source
        if m.group("role_at"):
            role = " ".join(w if w.isupper() else w.lower() for w in m.group("role_at").split()[1:])  # ("US
            # military official": an acronym keeps its case)
            org = m.group("role_org")
            if org[0].isupper() and (m.group("role_prep") != "in" or is_org_name(org)) or (
                    role.rsplit(None, 1)[-1] in SPOKESPEOPLE and m.group("role_prep") in ("for", "at", "of")):
                # a named body speaks through the person ("The spokesman for Zeta Air said"), and so does any body
                # through its spokesperson ("a spokeswoman for the firm said": the firm)
                found.append(Speaker(org, role, None, None, m.start(), m.end(), m.end(), False, False, "pre"))
            else:  # the person, at a place or an unnamed body ("A federal judge in Boston", "an official at the
                # state-owned company")
                found.append(Speaker(role, None, org, None, m.start(), m.end(), m.end(), False, True, "pre"))
            continue
        if m.group("role_of"):
            found.append(Speaker(m.group("role_of_org"), " ".join(m.group("role_of").lower().split()), None, None,
                                 m.start(), m.end(), m.end(), False, False, "pre"))
            continue
        group = m.group("group") or m.group("group3") or (m.group("group4") and (
            " ".join(who.split()) if m.group("g4of") else m.group("group4"))) or (
            (gm := _GROUP_AT.match(who)) and gm.group(1))  # ("Residents of the town said": the town's residents)
        if group:  # "Officials in Kherson said": the officials speak (not the consequence after them: "Zeta hid its
            # losses, regulators said, touching off a second row in 16 months")
            found.append(Speaker(group.lower(), None, None, None, m.start(), m.end(), m.end(), False, False,
                                 "pre", reach=rm.start() if (rm := _CONSEQUENCE.search(sentence, m.end())) else None))
            continue
        if m.group("gtail") and _TIME_CAP.match(who):
            continue  # "Friday after analysts reported": a day, no name
        if m.group("group2") or m.group("gtail"):  # "State and local officials said", "Acme Corp. officials said"
            found.append(Speaker(who.removeprefix("The "), None, None, None, m.start(), m.end(), m.end(), False,
                                 False, "pre"))
            continue
        if who in ("it", "It"):
            found.append(Speaker(None, start=m.start(), end=m.end(), verb_end=m.end(), pronoun=True))
            continue  # "it said": a company named before (resolved by the claims layer), never a person
        first = who.split()[0]
        reach = (rm.start() if (rm := _CONSEQUENCE.search(sentence, m.end())) is not None else None)  # "Acme said
        # it was recalling a vaccine, sending its shares down 12 percent": the market's move is the writer's
        if first in _LEADING_CONNECTIVES and len(who.split()) > 1 and who.split()[1][:1].isupper():
            who = who.split(None, 1)[1]  # "Although Motorola Inc. announced", "But Acme said": the name after it
            if first in _SUBORDINATORS and (comma := sentence.find(",", m.end())) >= 0:
                reach = min(comma, reach or comma)  # "While Greenspan said ..., he echoed ...": the saying
                # governs its own clause
            first = who.split()[0]
        if _GROUP_ALONE.fullmatch(who):  # "Analysts have forecast a 4.5% rise", "Economists polled by Reuters
            # said": the group speaks (through its pollster)
            found.append(Speaker(who.lower(), None, None, m.group("pollster"), m.start(), m.end(), m.end(),
                                 False, False, "pre"))
            continue
        if first in _NOT_SPEAKERS and not who.startswith(("The ", "the ", "A ", "An ")):
            continue
        if who in _NOT_SPEAKERS or who in NATIONALITY and m.group("verb") in INTENT_WORDS:
            continue  # ("A leaked Israeli plan to build": the adjective of a plan, which is a noun there)
        if (close := _CLOSE_TO_BEFORE.search(sentence, max(0, m.start() - 45), m.start())) is not None:
            who = close.group(1)
            if (words := who.split())[0].lower() in _COUNT_WORDS and len(words) > 1:
                who = " ".join(words[1:])  # "Two sources close to the talks": how many is no part of who they are
            found.append(Speaker(who[0].lower() + who[1:] if who.split()[0].lower() in CLOSE_TO_GROUPS else who,
                                 None, None, None, close.start(), m.end(), m.end(), False, False, "pre"))  # ("French
            # sources" keeps its adjective's capital; "Sources close to" is "sources")
            continue  # "sources close to the matter said": the sources speak, not the matter
        if who.startswith(("One ", "one ")) and who[4:5].islower():
            who = "a " + who[4:]  # "One former colleague said": one of a group, as "a"
        lower_np = bool(_LOWER_NP.fullmatch(who))
        if lower_np and any(w in _AUXILIARIES or w in _SAY_SET for w in who.lower().split()[1:]):
            continue  # "the insurer expects claims": a verb inside is no speaker's name
        if lower_np and who.split()[-1] not in _BODIES and who.split()[-1].lower() not in GROUP_WORD_SET \
                and m.group("verb") not in _SPEECH_VERBS | _FORECAST_VERBS:
            continue  # "the airline said" speaks; "the storm is expected", "the carmaker reported a loss" do not
            # (a group of people does: "In May, the inspectors counted 52 faults", as "Inspectors counted" does)
        # a capitalised run that begins the sentence may carry a leading word ("But", "Then")
        pronoun = who.lower() in ("he", "she", "they")
        if pronoun:
            found.append(Speaker(None, start=m.start(), end=m.end(), verb_end=m.end(), pronoun=True,
                                 is_person=True))
            continue
        name, role, org, is_person = (who.split(None, 1)[1], None, None, False) if lower_np else _split_role(who)
        if name is None:
            continue
        arole, aorg = _parse_appos(m.group("appos"))
        if arole and is_person:
            role = role or arole
            org = org or aorg
        via = _clean_via(m.group("via")) if m.group("via") else m.group("pollster")
        if via is None and m.group("verb") in ("told", "tells"):
            tv = TOLD_VIA_RE.match(sentence, m.start("verb"))
            if tv:
                via = _clean_via(tv.group("via"))
        found.append(Speaker(name, role, org, via, m.start(), m.end(), m.end(), False, is_person, "pre",
                             reach=reach))
    if " and " in sentence and _AND_SAY_HINT.search(sentence):
        for m in _COORDINATED_SAY.finditer(sentence):
            if any(sp.start <= m.start("verb") < sp.end for sp in found):
                continue
            if (subject := _clause_subject(m.group("who"))) is None:
                continue
            name, role, org, is_person = subject
            reach = rm.start() if (rm := _CONSEQUENCE.search(sentence, m.end())) is not None else None
            found.append(Speaker(name, role, org, None, m.start("who"), m.end(), m.end(), False, is_person, "pre",
                                 reach=reach))  # "after the retailer reported a profit and said": the subject of
            # the clause says what follows
    if participle:
        for m in _PARTICIPLE_SAY.finditer(sentence):
            verb_at = m.start("verb") if m.group("verb") else m.start("byverb")
            if any(sp.start <= verb_at < sp.end or sp.start <= m.start("who") < sp.end for sp in found):
                continue
            if (subject := _clause_subject(m.group("who"))) is None:
                continue
            name, role, org, is_person = subject
            found.append(Speaker(name, role, org, None, m.start("who"), m.end(), m.end(), False, is_person, "pre"))
            # "The military defended its record, claiming that ...": the subject says what the participle says
    for m in POST_RE.finditer(sentence):
        name, role, org, is_person = _split_role(re.sub(r"\.{2,}$", "", m.group("who")))  # ("said Acme Corp...":
        # an ellipsis after the name)
        if name is None or name in _NOT_SPEAKERS:
            continue
        arole, aorg = (m.group("role"), m.group("org"))
        if aorg:
            _, aorg = _parse_appos(f"a {arole} at {aorg}")
        if m.group("pre_role"):  # "said chief executive Anna Berg", "said Acme's chief executive, Anna Berg"
            arole = arole or m.group("pre_role")
            aorg = aorg or (m.group("pre_org") if m.group("pre_org") and m.group("pre_org")[0].isupper() else None)
        found.append(Speaker(name, role or arole, org or aorg, None, m.start(), m.end(), m.end(), False,
                             is_person or bool(arole), "post"))
    for m in _POST_THE_BODY_RE.finditer(sentence) if any(h in sentence for h in _POST_THE_BODY_HINTS) else ():
        if not any(sp.start <= m.start("verb") < sp.end for sp in found) and (
                who := _split_role(m.group("who")))[0] is not None and who[0] not in _NOT_SPEAKERS:
            found.append(Speaker(who[0], who[1], who[2], None, m.start(), m.end(), m.end(), False, who[3], "post"))
    for m in _POST_GROUP_RE.finditer(sentence):
        if not any(sp.start <= m.start("verb") < sp.end for sp in found):
            found.append(Speaker(m.group("who"), None, None, None, m.start(), m.end(), m.end(), False, False, "post"))
    for m in _POST_ROLE_RE.finditer(sentence) if any(v in sentence for v in _POST_ROLE_HINTS) else ():
        if any(sp.start <= m.start("verb") < sp.end for sp in found):
            continue
        body = m.group("org") if m.group("prep") in ("at", "for", "with", "of") else None  # ("from Leeds": where
        # the person is from)
        if body and body.endswith(".") and m.end() == len(sentence.rstrip()) and not body.endswith(_ABBREVIATIONS):
            body = body[:-1]  # (the sentence's full stop)
        if m.group("role") in SPOKESPEOPLE and body:
            found.append(Speaker(body, m.group("role"), None, None, m.start(), m.end(), m.end(), False, False, "post"))
        else:
            found.append(Speaker(m.group("who"), None, body, None, m.start(), m.end(), m.end(), False, True, "post"))
    for m in POST_DOC_RE.finditer(sentence):
        if not any(s.start <= m.start("verb") < s.end for s in found):
            found.append(Speaker(m.group("org") or m.group("doc"), None, None, None, m.start(), m.end(), m.end(),
                                 False, False, "post"))
    for m in GENERIC_POST_RE.finditer(sentence):
        who = m.group("who").strip()
        if m.start() == 0 or any(s.start <= m.start("who") < s.end for s in found) or _reports_from(sentence, m) \
                or _SHARE_OF_THEM.fullmatch(who):
            continue  # (", a third of them said": the group counted, not a source)
        words = who.split()
        while len(words) > 1 and words[-1] in ("have", "has", "here", "there"):
            words.pop()  # "local media have said": the auxiliary is no part of the name
        if at := next((i for i in range(1, len(words)) if words[i - 1].lower() in GROUP_WORD_SET
                       and words[i] in ("in", "at")), None):
            del words[at:]  # ", officials in the capital said": the group, not where it sits (as "officials in Kyiv")
        if made := next((i for i, w in enumerate(words) if i and w in _DOCUMENT_PARTICIPLES), None):
            del words[made:]  # ", official records released on Monday showed": the records, not when they came out
        if words[-1] in DATA_WORD_SET or words[-1] in _PAPERS_SHOWING and m.group("verb").startswith("show"):
            if len(words) == 1 or not words[0][0].isupper():
                continue  # "figures show", "industry data showed", "government data showed", "a board paper
                # shows": figures or a document nobody is named for
            words.pop()  # "Labor Department data", "FDA records": the body speaks through its figures or papers
        who = " ".join(words)
        if words[0].lower() in _GENERIC_BAD or words[-1].lower() in _GENERIC_BAD or who in _NOT_SPEAKERS \
                or words[-1].endswith("ing"):  # "beating forecasts": a participle, not a speaker
            continue
        if who[0].isupper():
            name, role, org, is_person = _split_role(who)
        else:
            name, role, org, is_person = who, None, None, False
        if name:
            found.append(Speaker(name, role, org, None, m.start("who"), m.end(), m.end("verb"), False, is_person,
                                 "post"))
    if ", " in sentence[-160:]:  # (after the general pattern, which keeps what it names: "police and hospital
        # officials said")
        for m in [*_POST_DOC_MADE_RE.finditer(sentence, max(0, len(sentence) - 160)),
                  *_POST_DOC_OF_RE.finditer(sentence, max(0, len(sentence) - 160)),
                  *_POST_GROUP_AND_RE.finditer(sentence, max(0, len(sentence) - 160))]:
            if not any(sp.start <= m.start("verb") < sp.end for sp in found):
                found.append(Speaker(m.group("who").lower(), None, None, None, m.start("who"), m.end(),
                                     m.end("verb"), False, False, "post"))
        for m in _POST_DATA_FROM_RE.finditer(sentence, max(0, len(sentence) - 160)):
            if not any(sp.start <= m.start("verb") < sp.end for sp in found):
                who = m.group("who")
                found.append(Speaker(who if who[0].isupper() else who.lower(), None, None, None, m.start("who"),
                                     m.end(), m.end("verb"), False, False, "post"))  # ", data from Refinitiv
                # showed": the body whose figures they are
    for m in _PRE_DOC_OF_RE.finditer(sentence) if " of " in sentence else ():
        if not any(sp.start <= m.start("verb") < sp.end for sp in found):
            found.append(Speaker(m.group("who").lower(), None, None, None, m.start("who"), m.end(), m.end(), False,
                                 False, "pre"))  # "A poll of 2,000 graduates found": the poll speaks
    for m in _PRE_DATA_FROM_RE.finditer(sentence) if " from " in sentence or " by " in sentence else ():
        if not any(sp.start <= m.start("verb") < sp.end for sp in found):
            who = m.group("who")
            found.append(Speaker(who if who[0].isupper() else who.lower(), None, None, None, m.start("who"),
                                 m.end(), m.end(), False, False, "pre"))  # "Data from the central bank showed":
            # the body whose figures they are speaks for what they show
    for m in MID_RE.finditer(sentence):
        if any(s.start <= m.start("who") < s.end for s in found):
            continue
        reach = rm.start() if (rm := _CONSEQUENCE.search(sentence, m.end())) is not None else None
        found.append(Speaker(m.group("who"), None, None, None, m.start("who"), m.end(), m.end(), False, False, "pre",
                             governs_before=True, reach=reach))  # it governs the figures on both sides, up to a
        # consequence the writer adds (", regulators said, touching off a second row in 18 months")
    for m in ACCORDING_RE.finditer(sentence) if "ccording" in sentence or " by " in sentence else ():
        who = m.group("who").strip()
        if who.endswith("ing") and " " in who and (last := who.rsplit(None, 1)[1]).islower() and len(last) > 5:
            who = who.rsplit(None, 1)[0]  # "according to new data giving the clearest picture": the data
        if len(words := who.split()) > 2 and words[0] in ("a", "an", "the") and words[-1] in _DOCUMENTS \
                and all(w[0].isupper() for w in words[1:-1]) and not any(_proper_adjective(w) for w in words[1:-1]):
            who = " ".join(words[1:-1])  # "according to a YouGov survey": the pollster, as "a Gallup poll showed"
        if who.split()[-1] in DATA_WORD_SET and who[:1].islower():
            continue  # "according to official figures": figures nobody is named for
        name, role, org, is_person = _split_role(who)
        if name is None and role and who[:1].islower():
            name, role = role, None  # "according to an executive familiar with its plans": the executive
        if name is None:
            continue
        end = sm.end() if (sm := _SAMPLE_OF.match(sentence, m.end())) is not None else m.end()  # ("according to a
        # poll of 2,000 adults": the sample belongs to the source's description)
        found.append(Speaker(name, role, org, None, m.start(), end, end, False, is_person, "according",
                             reach=rm.start() if (rm := _CONSEQUENCE.search(sentence, end)) is not None else None,
                             scope_start=m.start() if _TURN_BEFORE.search(sentence, max(0, m.start() - 8),
                                                                          m.start()) else None))
        # ("according to a report, sparking a 7 percent rise in its shares": the market's move is the writer's)
    if ruling:
        for m in _RULING_THAT.finditer(sentence):
            pron, who = m.group("pron"), m.group("who")
            found.append(Speaker(None if pron else who, start=m.start(), end=m.end(), verb_end=m.end(),
                                 pronoun=bool(pron), is_person=pron in ("his", "her"), kind="according",
                                 scope_start=m.start()))  # "a finding in the judge's ruling that the estate was
            # worth $18 million": the judge's finding (for what follows)
    if " and say" in sentence and (m := _AND_SAYS_RE.match(sentence)) is not None and not any(
            s.start <= m.start("verb") < s.verb_end for s in found):
        name, role, org, is_person = _split_role(m.group("who"))
        if name:
            found.append(Speaker(name, role, org, None, m.start("who"), m.end("who"), m.end("verb"), False,
                                 is_person, "pre"))  # "The union will hold a picket and says 16,000 workers ...":
            # the subject of the sentence says it in its second predicate
    found = [_with_scope(sentence, s) if s.kind == "pre" else s for s in found]
    found = [_bare_name(sentence, s) for s in found]
    found.sort(key=lambda s: s.start)
    return found


def _bare_name(sentence: str, sp: Speaker) -> Speaker:
    """A name without the dateline that opens the text with no dash after it ("LONDON Marks & Spencer announced":
    the place the story was filed; capitals of fewer than five letters, "IBM Corp", and nationalities, "BRITISH
    Telecom", stay) and without a description before it ("Ohio-based Zeta Corp.", "Retailer Kmart Corp.")."""
    words = (sp.name or "").split()
    if "'s" in words or "’s" in words:
        words = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s").split()  # "Ireland 's telecom regulator":
        # a possessive the wire's tokeniser spaced
    k = 0
    while k < len(words) and len(words[k]) > 1 and words[k].isalpha() and words[k].isupper():
        k += 1
    if 0 < k < len(words) and sum(map(len, words[:k])) >= 5 and not words[k].isupper() and words[k][:1].isupper() \
            and words[0].title() not in NATIONALITY and sentence.lstrip().startswith(" ".join(words[: k + 1])):
        words = words[k:]
    k = next((j + 1 for j, w in enumerate(words[:3]) if _DESCRIPTOR.fullmatch(w)), 0) or (
        1 if len(words) > 2 and _COMPANY_NOUN.fullmatch(words[0].lower()) else 0)
    if 0 < k < len(words) and words[k][:1].isupper() and words[-1][:1].isupper():
        words = words[k:]  # "Problem-plagued Nortel Networks Corp.", "San Diego-based Jack in the Box", "Retailer
        # Kmart Holdings Corp.": a description before the name
    role = " ".join(sp.role.split()) if sp.role else sp.role
    if len(words) == len((sp.name or "").split()) and " ".join(words) == sp.name and role == sp.role:
        return sp  # (a name or role with an aside blanked inside it keeps single spaces: "Acme <ACME.N> and Zeta
        # said", "the world 's largest maker")
    return Speaker(" ".join(words) or sp.name, role, sp.org, sp.via, sp.start, sp.end, sp.verb_end, sp.pronoun,
                   sp.is_person, sp.kind, sp.weak, sp.governs_before, sp.reach, sp.scope_start)


_COMPANY_NOUN = re.compile(_COMPANY_NOUNS)
#: a hyphenated description before a name: "Problem-plagued", "Ohio-based", "London-listed", "state-owned"
_DESCRIPTOR = re.compile(r"[A-Za-z]+-(?:based|plagued|listed|owned|controlled|run|backed|hit|born|focused|"
                         r"headquartered|struggling|troubled)")


def _with_scope(sentence: str, sp: Speaker) -> Speaker:
    """A "pre" attribution with its reach: weak when its verb states a plan or forecast, not a saying; governing
    the figures before it only when its verb ends the clause ("killed 18 as Rumsfeld declared that ..." does not),
    and only the figure right before it when it is a clause about that figure ("the £2.1bn analysts had expected")."""
    verb = sentence[max(sp.start, sp.verb_end - 16) : sp.verb_end].split()[-1:] or [""]
    if (fm := _FIGURE_RIGHT_BEFORE.search(sentence, max(0, sp.start - 40), sp.start)) is not None \
            and _ENDS_CLAUSE.match(sentence, sp.verb_end):
        return Speaker(sp.name, sp.role, sp.org, sp.via, sp.start, sp.end, sp.verb_end, sp.pronoun, sp.is_person,
                       sp.kind, sp.weak, True, sp.verb_end, fm.start())  # "ahead of the £2.1bn analysts had
        # expected": a clause about the figure right before it, which it alone governs
    weak = verb[0] not in _SPEECH_VERBS and verb[0] in _FORECAST_VERBS
    governs = bool(_ENDS_CLAUSE.match(sentence, sp.verb_end) or _IN_A_DOCUMENT_NEXT.match(sentence, sp.verb_end)) and (
        verb[0] in ("told", "tells") or not _OBJECT_NEXT.match(sentence, sp.verb_end)) or verb[0] == "told" and (
        tv := TOLD_VIA_RE.match(sentence, sp.verb_end - 4)) is not None and bool(_ENDS_CLAUSE.match(sentence, tv.end()))
    # ("..., a local official told the AFP news agency.": the outlet's name is longer than the clause's end allows)
    trailing = _TRAILING_PHRASE.match(sentence, sp.verb_end) if governs else None
    other = _OTHER_SUBJECT_CLAUSE.search(sentence, sp.verb_end) if ", " in sentence[sp.verb_end :] \
        or ";" in sentence[sp.verb_end :] else None
    if not weak and governs and trailing is None and other is None:
        return sp
    reach = sp.reach
    if other is not None:
        reach = min(other.start(), reach or other.start())  # "Traveland has announced it is shedding 500 jobs, and
        # Austar is letting 400 employees go": a clause with a subject of its own is the writer's
    if trailing is not None:
        reach = min(trailing.start(), reach or trailing.start())  # "..., officials said, in the second deadly blast
        # in a week": a phrase the writer adds after the saying, whose figures are the writer's
    if weak and (stop := _PLAN_ENDS.search(sentence, sp.verb_end)) is not None:
        reach = min(stop.start(), reach or stop.start())  # "The mayor appealed for calm after riots in which 14
        # shops burned": the plan or appeal ends where a clause of fact begins
    return Speaker(sp.name, sp.role, sp.org, sp.via, sp.start, sp.end, sp.verb_end, sp.pronoun, sp.is_person,
                   sp.kind, weak, governs, reach)


#: a figure right before an attribution, which the attribution's clause is about: "the £2.1bn analysts had expected",
#: "the 5.2 percent economists forecast"
_FIGURE_RIGHT_BEFORE = re.compile(r"\bthe\s+(?:[$€£¥]\s?)?\d[\d,.]*\s?(?:bn|m|million|billion|trillion|percent|"
                                  r"per\s+cent|%)?\s+(?:that\s+)?$")
#: the first of two bodies that speak together, the second its own part: "(Yemen's Foreign Ministry) and its"
_FIRST_OF_AND_ITS = re.compile(rf"(?<![\w'’-])(?P<first>(?:{NAME}\s?['’]s\s+)?{NAME})\s+and\s+its\s+$")
#: a phrase the writer adds after a saying that ends its clause: ", in the second blast", ", as the minister met"
#: (not when a "that" clause follows it: ", in a statement, that ...")
_TRAILING_PHRASE = re.compile(r",\s+(?:in|as|amid|while|with)\s+(?:the|a|an|[A-Z])(?![^,]*,\s*that\b)")
#: a clause joined after a comma with a named subject and a verb of its own: ", and Austar is"
_OTHER_SUBJECT_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
                                   r"\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\b"
                                   r"|;\s+(?:the|a|an|its|their)\s")  # ("A study counted 17; the latest count showed
# 88": a clause after a semicolon with a subject of its own)
#: where a plan's object ends: a clause of time or cause, or a relative clause about what the plan names
_PLAN_ENDS = re.compile(r"\s(?:after|before|because|when|while|since|following|amid|despite|which|who|whose|where)\b")


#: nouns of a person by role or kind ("the striker", "the president", "a delegate"): a person introduced by them
#: ("A delegate from the group, Sayed Gailani,"), an age after them, a price paid for them
PERSON_KINDS = ("president|minister|chairman|chairwoman|leader|actor|actress|singer|player|driver|man|woman|boy|girl|"
                 "victim|suspect|pilot|veteran|father|mother|son|daughter|husband|wife|widow|king|queen|pope|author|"
                 "writer|director|coach|manager|founder|owner|star|striker|pitcher|goalkeeper|captain|officer|soldier|"
                 "teacher|doctor|nurse|farmer|worker|priest|grandmother|grandfather|midfielder|defender|forward|"
                 "winger|quarterback|batsman|bowler|golfer|rookie|champion|swimmer|sprinter|rider|boxer|jockey|skier|"
                 "cyclist|runner|gymnast|shooter|keeper|teenager|teen|youngster|schoolboy|schoolgirl|student|"
                 "pensioner|grandson|granddaughter|patient|passenger|motorist|tourist|climber|walker|hiker|fisherman|"
                 "survivor|senator|governor|mayor|congressman|congresswoman|lawmaker|politician|candidate|chancellor|"
                 "premier|judge|lawyer|executive|chief|banker|investor|businessman|businesswoman|billionaire|tycoon|"
                 "entrepreneur|economist|analyst|scientist|professor|journalist|reporter|activist|dissident|artist|"
                 "musician|composer|designer|general|colonel|sergeant|delegate|historian")
#: a named subject that opens the sentence and says something in a second predicate: "The Transport Workers Union
#: (TWU) will hold a picket outside the residence and says about 16,000 workers ..." (no comma or quote between)
_AND_SAYS_RE = re.compile(rf"\s*(?:[Tt]he\s+)?(?P<who>{NAME})(?:\s+\([A-Z]{{2,6}}\))?\s+"
                          rf"(?:will|has|have|had|is|are|was|were)?\s*[a-z][^,;:\"“”]{{4,140}}?\s+and\s+"
                          rf"(?P<verb>says|said|say)\b")
#: how a saying reached the wire, between a speaker and the verb: ", in a statement received by AFP,"
_STATEMENT_ASIDE = re.compile(r",\s+in\s+a\s+(?:written\s+|brief\s+|joint\s+)?statement(?:\s+(?:received|released|"
                              r"issued|sent|e-?mailed|faxed)\s+(?:by|to)\s+[^,;]{2,40})?,(?=\s+(?:said|says|added|told|"
                              r"warned|stated)\b)")
#: how a document came out, set between it and its verb: ", published by the think tank on Monday," (", released on
#: Thursday,")
_PUBLISHED_ASIDE = re.compile(r",\s+(?:published|released|issued)\s+(?:by|on|in|last|this|earlier|today|yesterday)\b"
                              r"[^,;\"“”]{1,60},(?=\s+[a-z])")
#: a person named after their role: "A delegate from the Peshawar group, Sayed Hamed Gailani," (the name between commas)
_ROLE_THEN_NAME_RE = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z][a-z'’-]+\s+){0,3}?(?P<role>"
    + "|".join(sorted({*PERSON_KINDS.split("|"), *_PERSON_NOUN_WORDS}, key=len, reverse=True))
    + r")(?:\s+(?:from|of|for|at|with|in)\s+[^,]{2,60}?)?,\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}),\s"
)
#: a title right before a person's full name: "Housing minister Ann Lee", "President Ivan Petrov", "chief executive
#: Anna Berg" (the title's words from ROLE_WORDS, a modifier before them allowed)
_TITLE_WORDS = "|".join(sorted({v for w in _ROLE_WORD_LIST if w not in ("first", "state", "national", "top", "senior")
                                for v in (w, w.title())}, key=len, reverse=True))
_TITLE_THEN_NAME_RE = re.compile(
    rf"(?<![\w'’-])(?P<title>(?:(?:{_TITLE_WORDS})\s+){{0,2}}(?:{_TITLE_WORDS}))\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?![\w'’-]|\s+[A-Z])")
_TITLE_HINT = re.compile(rf"\b(?:{_TITLE_WORDS})\s+[A-Z][a-z]")
_PERSON_APPOS_RE = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?P<appos>(?:a|an|the|who)\s+[^,]{2,90}?),"
)


def find_persons(sentence: str) -> list[Speaker]:
    """Persons introduced with an appositive ("Peter Hall, a professor at X,") or a title before the name ("Housing
    minister Ann Lee visited", "President Ivan Petrov") even when they say nothing."""
    out: list[Speaker] = []
    for m in _TITLE_THEN_NAME_RE.finditer(sentence) if _TITLE_HINT.search(sentence) else ():
        if m.group("name").split()[0] in _NOT_SPEAKERS or is_org_name(m.group("name")):
            continue
        out.append(Speaker(m.group("name"), m.group("title").lower(), None, None, m.start("name"), m.end("name"),
                           m.end("name"), False, True, "person"))
    if ", " not in sentence:
        return out  # no appositive without a comma (a cheap test: most sentences have none)
    for m in _PERSON_APPOS_RE.finditer(sentence):
        if any(p.start <= m.start("name") < p.end for p in out):
            continue
        if m.group("name").split()[0] in _NOT_SPEAKERS or is_org_name(m.group("name")):
            continue
        role, org = _parse_appos(m.group("appos")) if not m.group("appos").startswith("who") else (None, None)
        out.append(Speaker(m.group("name"), role, org, None, m.start(), m.end(), m.end(), False, True, "person"))
    for m in _ROLE_THEN_NAME_RE.finditer(sentence):
        if m.group("name").split()[0] in _NOT_SPEAKERS or is_org_name(m.group("name")) or any(
                p.start <= m.start("name") < p.end for p in out):
            continue
        out.append(Speaker(m.group("name"), m.group("role"), None, None, m.start("name"), m.end("name"),
                           m.end("name"), False, True, "person"))
    return sorted(out, key=lambda p: p.start)


#: the group that forecast a figure, in a reduced relative clause right after it: "(beating the 2.4%) analysts had
#: forecast", "(the £2.1bn) economists expected"
_FORECASTERS_AFTER = re.compile(rf"\s+(?P<who>{_GROUPS}|forecasters|investors|the\s+market)\s+(?:had\s+|have\s+)?"
                                r"(?:expected|forecast|predicted|estimated|projected|anticipated)\b")


def forecasters_after(sentence: str, start: int, end: int) -> Speaker | None:
    """Who forecast the figure at [start, end) when a clause of forecast follows it ("the 2.4% analysts had
    forecast": the analysts), else None."""
    if not sentence.endswith("the ", 0, start) or (m := _FORECASTERS_AFTER.match(sentence, end)) is None:
        return None
    return Speaker(m.group("who").lower(), None, None, None, m.start("who"), m.end(), m.end(), False, False, "post")


def pick_speaker(speakers: list[Speaker], start: int, end: int) -> Speaker | None:
    """The attribution that governs a quantity at [start, end) of the sentence."""
    if not speakers:
        return None
    if any(s.kind == "pre" and s.start <= start and end <= s.verb_end for s in speakers):
        return None  # "Sam, 15, alleged a teacher told him ...", "Acme, which employs 4,000 people, said": the
        # outlet's words about a speaker, inside the attribution, are no one's claim
    before = [s for s in speakers if s.kind == "pre" and s.verb_end <= start and (s.reach is None or start < s.reach)]
    if before and not before[-1].weak:
        return before[-1]
    after = [s for s in speakers if s.start >= end and (s.kind == "post" or s.kind == "pre" and s.governs_before)
             and (s.scope_start is None or start >= s.scope_start)]
    if after:
        return after[0]  # "X plans to raise $50m, its chairman said": the saying wins over the plan
    if before:
        return before[-1]
    according = [s for s in speakers if s.kind == "according" and not s.start <= start < s.end
                 and (s.reach is None or start < s.reach)
                 and (s.scope_start is None or start >= s.scope_start)]  # (not the size of the poll it names, nor a
    # consequence the writer adds, nor what comes before ", but, according to X,")
    if according:
        return according[0]
    return None
