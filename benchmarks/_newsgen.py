"""A seeded generator of news-like articles (our own templates and vocabulary) for benchmarks.

Most sentences carry no number, as in real news; the others mix counts, money, percentages, durations,
physical units, ranges, bounds, attributions and dates. Nothing here is committed output: it is generated
on each run from the seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

_PEOPLE = ["Anna Berg", "Tom Reyes", "Maria Lopez", "Jane Okafor", "Peter Hall", "Lena Fischer", "Omar Haddad",
           "Yuki Tanaka", "Olga Petrenko", "Marco Bellini", "Sam Porter", "Ines Duarte"]
_ROLES = ["Finance Minister", "Defense Minister", "Mayor", "Governor", "spokesman", "chief economist"]
_ORGS = ["the ministry", "the company", "the union", "police", "the central bank", "the agency", "officials",
         "the World Bank", "the statistics office"]
_NOUNS = ["people", "workers", "homes", "troops", "schools", "flights", "patients", "tickets", "vehicles",
          "villages", "jobs", "students", "drones", "containers", "voters"]
_THINGS = ["aid package", "loan", "contract", "budget", "fund", "deal", "fine", "investment"]
_FILLER = [
    "The talks are expected to continue next week.", "Residents were told to stay indoors.",
    "Critics say the plan does not go far enough.", "The minister declined to comment on the report.",
    "Analysts said the outcome remained uncertain.", "Shares rose sharply after the announcement.",
    "The coach praised his players for their resilience.", "The study was published in a leading journal.",
    "Officials are still assessing the damage.", "The opposition called the decision a mistake.",
    "Engineers worked through the night to restore service.", "The court will hear the case in the spring.",
    "Negotiators met behind closed doors in Geneva.", "The announcement surprised many investors.",
    "Local media reported long queues at petrol stations.", "The region has been hit by repeated storms.",
    "The decision was welcomed by business groups, which had lobbied for months for a clearer set of rules.",
    "Residents of the coastal towns described a night of sirens, power cuts and anxious waiting for news.",
    "The opposition accused the government of mishandling the crisis and called for an independent inquiry.",
    "Diplomats said the proposal would be discussed again when foreign ministers meet later in the year.",
    "The company said it remained committed to the project despite rising costs and supply problems.",
    "Researchers cautioned that the findings were preliminary and would need to be confirmed by other teams.",
    "Supporters gathered outside the court, holding banners and chanting slogans as the verdict was read.",
    "Western officials have repeatedly warned that the conflict could drag on well into the coming winter.",
    "The club's manager said his players had shown great character after a difficult start to the season.",
    "Economists said the figures pointed to a slowdown, although the labour market remained surprisingly strong.",
]
#: share of sentences that state no number; 0.9 gives about 1.7 claims per kilobyte (the seed article has 1.1:
#: 4 claims in 3.8 KB); pass a lower share for denser text
FILLER_SHARE = 0.9
_QUAL = ["", "", "more than ", "about ", "nearly ", "at least ", "up to ", "some ", "fewer than ", "roughly "]
_UNITS = ["kilometres", "miles", "tonnes", "hectares", "square kilometres", "metres", "km/h", "degrees Celsius"]
_DUR = ["days", "weeks", "months", "years", "hours"]
_MONTHS = ["January", "February", "March", "April", "June", "July", "September", "October", "November"]


def _num(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return f"{rng.randint(2, 999):,}"
    if kind < 0.8:
        return f"{rng.randint(1, 999) * 1000 + rng.randint(0, 999):,}"
    return f"{rng.randint(1, 99)}.{rng.randint(1, 9)} million"


def _sentence(rng: random.Random, filler_share: float = FILLER_SHARE) -> str:
    if rng.random() < filler_share:  # most news sentences state no number
        return rng.choice(_FILLER)
    who = rng.choice([f"{rng.choice(_ROLES)} {rng.choice(_PEOPLE)}", rng.choice(_ORGS), rng.choice(_PEOPLE)])
    r = rng.random()
    if r < 0.18:
        return f"{rng.choice(_QUAL).capitalize() or ''}{_num(rng)} {rng.choice(_NOUNS)} were affected, {who} said."
    if r < 0.32:
        cur = rng.choice(["$", "€", "£"])
        amt = f"{cur}{rng.randint(1, 900)}{rng.choice([' million', ' billion', 'bn', 'm'])}"
        return f"{who[0].upper() + who[1:]} announced a {amt} {rng.choice(_THINGS)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}."
    if r < 0.44:
        return f"Inflation reached {rng.randint(1, 20)}.{rng.randint(0, 9)}% in {rng.choice(_MONTHS)}, {who} said."
    if r < 0.54:
        return (f"The work will take {rng.choice(_QUAL)}{rng.choice(['two', 'three', 'six', str(rng.randint(2, 40))])} "
                f"{rng.choice(_DUR)}, according to {who}.")
    if r < 0.64:
        return f"The convoy travelled {rng.randint(2, 900)} {rng.choice(_UNITS)} before stopping."
    if r < 0.72:
        a = rng.randint(1, 50) * 1000
        return f"Between {a:,} and {a + rng.randint(1, 9) * 1000:,} {rng.choice(_NOUNS)} are expected to attend."
    if r < 0.78:
        return f"Tens of thousands of {rng.choice(_NOUNS)} joined the protests in the capital."
    return rng.choice(_FILLER)


def articles(n_bytes: int, seed: int = 7, filler_share: float = FILLER_SHARE) -> Iterator[dict[str, object]]:
    """Yield articles (``article_id``, ``text``, ``published``, ``outlet``) until ``n_bytes`` of text."""
    rng = random.Random(seed)
    total = 0
    i = 0
    base = date(2022, 9, 1)
    while total < n_bytes:
        paras = []
        for _ in range(rng.randint(4, 10)):
            paras.append(" ".join(_sentence(rng, filler_share) for _ in range(rng.randint(2, 5))))
        text = "\n\n".join(paras)
        total += len(text.encode("utf-8"))
        yield {"article_id": f"gen-{seed}-{i:08d}", "text": text,
               "published": (base + timedelta(days=rng.randint(0, 200))).isoformat(), "outlet": "Generated"}
        i += 1
