"""The extractor: the seed article exactly, each phenomenon of the issue, and the gold-set scores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimsdata import extract_claims, extract_quantities
from claimsdata.evaluation import FIELDS, load_gold, score_extraction
from claimsdata.extract import split_sentences

from .conftest import RAW

SEED_DATE = date(2022, 10, 5)
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def seed_claims():
    text = (RAW / "articles" / "nbc-2022-10-05-652f1d4a63c17304.md").read_text().split("---\n", 2)[2]
    return text, extract_claims(text, SEED_DATE, article_id="seed")


def test_seed_yields_exactly_its_four_claims(seed_claims):
    text, claims = seed_claims
    assert [c.surface for c in claims] == ["$625 million", "more than 200,000", "a month or so", "February"]
    for c in claims:
        assert text[c.start : c.end] == c.surface
        assert c.sentence in text and c.article_id == "seed" and c.method == "extracted"


def test_seed_money(seed_claims):
    c = seed_claims[1][0]
    assert (c.dimension, c.value, c.value_low, c.value_high, c.unit, c.qualifier) == (
        "money", 625e6, 625e6, 625e6, "USD", "exact")
    assert c.unit_surface == "$" and c.entity == "security assistance package"


def test_seed_drafted(seed_claims):
    c = seed_claims[1][1]
    assert (c.dimension, c.value, c.value_low, c.value_high, c.unit, c.qualifier) == (
        "count", 200000.0, 200000.0, None, "count", "more_than")
    assert (c.speaker, c.speaker_role, c.speaker_org) == ("Sergei Shoigu", "Defense Minister",
                                                          "Russian Ministry of Defense")
    assert c.claim_date == date(2022, 10, 4) and c.entity == "people"


def test_seed_month_or_so(seed_claims):
    c = seed_claims[1][2]
    assert (c.dimension, c.unit, c.qualifier, c.value) == ("duration", "day", "approximate", 30.4375)
    assert c.value_low < 30.4375 < c.value_high
    assert c.speaker == "Jack Watling" and c.speaker_org == "Royal United Services Institute"


@pytest.mark.parametrize("text, speakers", [
    ("Although Acme Inc. announced it is cutting 1,000 jobs, the city keeps its 2 sites.", ["Acme Inc", None]),
    ("But Acme said sales rose 5 percent, and profit rose 4 percent.", ["Acme", "Acme"]),
])
def test_a_speaker_after_a_connective_and_the_reach_of_a_subordinate_clause(text, speakers):
    assert [c.speaker for c in extract_claims(text, SEED_DATE)] == speakers


@pytest.mark.parametrize("text, speakers", [
    ("Zeta Realty Trust gave Omega Co. 's shares a lift after it disclosed a 6.1 percent holding.",
     ["Zeta Realty Trust"]),                                               # the subject, not the company after it
    ("Acme Corp. reported results on Monday. It said sales rose 5 percent.", ["Acme Corp"]),  # the sentence before
    ("Widget & Gadget Ltd. said Monday it plans to raise $1 billion.", ["Widget & Gadget Ltd"]),
    ("Acme said on Monday that it plans to give buyers 5 days of warning.", ["Acme"]),  # who spoke before
    ("The storm hit hard. It said 40 homes flooded.", [None]),               # no company to refer to
    ("Acme Corp. in December plans to release 2 new versions.", ["Acme Corp"]),  # a month is no part of a name
])
def test_it_said_refers_to_a_company(text, speakers):
    assert [c.speaker for c in extract_claims(text, SEED_DATE)] == speakers


@pytest.mark.parametrize("text, kept", [
    ("Trade will reach 1.1 trillion dollars -- up 30 percent over 2003 -- this year.",
     ["1.1 trillion dollars", "30 percent"]),                                  # the year of comparison
    ("The toll rose to over 2000.", ["over 2000"]),                             # a count after "over"
])
def test_the_year_a_change_is_measured_against_is_no_count(text, kept):
    assert [q.surface for q in extract_quantities(text)] == kept


@pytest.mark.parametrize("text, surface, dimension, unit, value", [
    ("The brewer earned A $412m (170m) in the half after a loss.", "A $412m", "money", "AUD", 4.12e8),
    ("A $5m deal was signed.", "$5m", "money", "USD", 5e6),                      # the article starting a sentence
    ("The oldest man, who quit driving at 108, dies at 113.", "113", "age", "year", 113.0),
])
def test_restated_amounts_australian_dollars_and_ages_at_death(text, surface, dimension, unit, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.value) == (dimension, unit, value)


@pytest.mark.parametrize("text, speaker", [
    ("Coalition forces in Kandahar say that three people were killed.", "forces"),
    ("Troops in Basra said 4 rebels died.", "troops"),
])
def test_forces_and_troops_in_a_place_speak(text, speaker):
    assert extract_claims(text, SEED_DATE)[0].speaker == speaker


@pytest.mark.parametrize("text, surface, entity", [
    # "of" names what is counted only as a noun phrase
    ("The Hawks pulled within one game of the division lead.", "one", "game"),  # a distance, not a count of it
    ("She missed six games because of a knee injury.", "six", "games"),         # "because of" is a cause
    ("He was charged with three counts of selling stolen cars.", "three", "counts"),  # "of" before a clause
    # what multiples and counts are of
    ("The chip can run up to 8 times the speed of older parts.", "up to 8 times", "speed"),
    ("The company sees a doubling of units by 2008.", "doubling", "units"),
    ("Over 30 boats sank.", "Over 30", "boats"),                              # an irregular past tense ends it
    # what is asked for or had
    ("The agency made an appeal here for 95 million dollars.", "95 million dollars", "appeal"),
    ("The group made a takeover bid for $5 million.", "$5 million", "takeover bid"),
    ("Airlines ended the year with losses between $3 billion and $4 billion.", "between $3 billion and $4 billion",
     "losses"),
    # verbs of finding and expecting end a subject
    ("The insurer expects claims of up to $1.5 billion from the storm.", "up to $1.5 billion", "claims"),
    ("One in four small firms expects to close within a year.", "One in four", "small firms"),
    ("Tree rings show rainfall levels are now 12% lower than in 1900.", "12%", "rainfall levels"),
    ("The broker expects prices to fall 5% next year.", "5%", "prices"),        # the subject of "fall"
    ("The developer plans to build 1,500 homes.", "1,500", "homes"),
    ("The drive works well, managing to store 133GB per disc.", "133GB", None),  # a participle is no subject
    ("Employers stepped up hiring, expanding payrolls by 144,000 in May.", "144,000", "payrolls"),
    ("They schemed to inflate the chain's profit by $24 million.", "$24 million", "chain's profit"),
    ("Australia won, beating New Zealand by seven wickets.", "seven wickets", "wickets"),  # a margin, not the loser
    # a trade or activity in "-ing" inside a noun phrase; a compass word
    ("Boeing will bid for a $23 billion air refuelling contract.", "$23 billion", "air refuelling contract"),
    ("The plan adds 500 new housing units.", "500", "new housing units"),
    ("The 5 firms trading shares fell.", "5", "firms"),                           # a plural and its verb
    ("Troops were attacked near Deh, a town 400 km southwest of Kabul.", "400 km", "town"),  # the place
    ("As 12 West African nations agreed, aid flowed.", "12", "West African nations"),  # a name's compass word
    # a comparative after the object of a change, and "on the previous year" are no nouns of the amount
    ("The bank restated first-half profit higher by $25.1 million.", "$25.1 million", "first-half profit"),
    ("Profit came to $3.1 billion, an 11 per cent increase on the year before.", "11 per cent", "Profit"),
])
def test_what_a_figure_is_of_by_category(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_distance_after_the_is_an_event_in_meters_too():
    assert [q.surface for q in extract_quantities("She beat a weak field to win the 100 meters and 3 medals.")] == [
        "3"]


@pytest.mark.parametrize("text, speaker, role, org", [
    ("Acme Chief Executive John Smith said sales rose 5 percent.", "John Smith", "Chief Executive", "Acme"),
    ("Sales rose 5 percent, according to Zeta Labs Chief Executive Ann Lee.", "Ann Lee", "Chief Executive",
     "Zeta Labs"),
    ("Sales rose 5 percent, according to Acme spokesman John Smith.", "John Smith", "spokesman", "Acme"),
    ("Trade grew 30 percent, said Assistant Minister of Commerce Li Wen.", "Li Wen", "Assistant Minister",
     "Commerce"),
    ("Director of the National Weather Agency Tom Hale said 40 homes flooded.", "Tom Hale", "Director",
     "National Weather Agency"),
    ("Secretary of State Ann B. Lee said 40 envoys left.", "Ann B. Lee", "Secretary", "State"),
    # a relative clause between a name and its verb is no role
    ("Zeta Wireless, which is buying Omega Mobile, said sales rose 4.9 percent.", "Zeta Wireless", None, None),
    ("John Smith, who heads the bank, said sales rose 5 percent.", "John Smith", None, None),
    # a role with a preposition in it keeps the whole, unsplit, rather than a wrong name
    ("UN High Commissioner for Refugees Ann Lee said 40,000 people fled.",
     "UN High Commissioner for Refugees Ann Lee", None, None),
])
def test_an_organisation_and_a_role_before_a_name(text, speaker, role, org):
    c = extract_claims(text, SEED_DATE)[0]
    assert (c.speaker, c.speaker_role, c.speaker_org) == (speaker, role, org)


def test_seed_february(seed_claims):
    c = seed_claims[1][3]
    assert (c.dimension, c.unit, c.value, c.hedge) == ("date", "date", None, "probably")
    assert (c.ref_start, c.ref_end) == (date(2023, 2, 1), date(2023, 2, 28))
    assert c.speaker == "Jack Watling"  # "he added" resolved through "Watling said" to the full name


@pytest.mark.parametrize(
    "text, surface, dimension, value, low, high, unit, qualifier",
    [
        ("Officials counted 200 000 ballots.", "200 000", "count", 200000, 200000, 200000, "count", "exact"),
        ("The loan is worth 3 trillion rubles.", "3 trillion rubles", "money", 3e12, 3e12, 3e12, "RUB", "exact"),
        ("Rates rose 50 basis points.", "50 basis points", "percent", 0.5, 0.5, 0.5, "pp", "exact"),
        ("The region got 30 cm of snow.", "30 cm", "length", 0.3, 0.3, 0.3, "m", "exact"),
        ("About 10,000 fled.", "About 10,000", "count", 10000, 9000, 11000, "count", "approximate"),
        ("Nearly 500 came.", "Nearly 500", "count", 500, 450, 500, "count", "approximate"),
        ("Up to 40 jets flew.", "Up to 40", "count", 40, None, 40, "count", "at_most"),
        ("Fewer than 90 stayed.", "Fewer than 90", "count", 90, None, 90, "count", "less_than"),
        ("Polls show 30-40% support.", "30-40%", "percent", None, 30, 40, "percent", "range"),
        ("It costs from $100 billion to $150 billion.", "from $100 billion to $150 billion", "money", None,
         1e11, 1.5e11, "USD", "range"),
        ("Tens of thousands marched.", "Tens of thousands", "count", None, 2e4, 1e5, "count", "range"),
        ("A 48-hour truce began.", "48-hour", "duration", 2, 2, 2, "day", "exact"),
        ("It was minus 20 degrees Celsius.", "minus 20 degrees Celsius", "temperature", -20, -20, -20, "degC",
         "exact"),
        ("They took 4,000 square kilometres.", "4,000 square kilometres", "area", 4e9, 4e9, 4e9, "m2", "exact"),
        ("A dozen drones fell.", "A dozen", "count", 12, 12, 12, "count", "exact"),
        ("Two-thirds of homes lost power.", "Two-thirds", "percent", 200 / 3, 200 / 3, 200 / 3, "percent", "exact"),
        ("Two or three weeks of rain are forecast.", "Two or three weeks", "duration", None, 14, 21, "day", "range"),
        ("Rates rose by a quarter of a percentage point.", "a quarter of a percentage point", "percent", 0.25, 0.25,
         0.25, "pp", "exact"),
        ("The probe will cost $4.1 billion.", "$4.1 billion", "money", 4.1e9, 4.1e9, 4.1e9, "USD", "exact"),
        ("They walked half a mile.", "half a mile", "length", 804.672, 804.672, 804.672, "m", "exact"),
        ("The city has 3.5m residents.", "3.5m", "count", 3.5e6, 3.5e6, 3.5e6, "count", "exact"),
        ("About 2m people fled.", "About 2m", "count", 2e6, 1.8e6, 2.2e6, "count", "approximate"),
        ("The wall is 10m high.", "10m", "length", 10, 10, 10, "m", "exact"),
    ],
)
def test_phenomena(text, surface, dimension, value, low, high, unit, qualifier):
    [c] = extract_claims(text, SEED_DATE)
    assert c.surface == surface
    assert (c.dimension, c.unit, c.qualifier) == (dimension, unit, qualifier)
    for got, want in ((c.value, value), (c.value_low, low), (c.value_high, high)):
        assert got == pytest.approx(want) if want is not None else got is None


@pytest.mark.parametrize(
    "text",
    ["In 2014, Russia annexed Crimea.", "The meeting starts at 10:30.", "Ukraine wants F-16 jets and M777 guns.",
     "A Su-25 and two T-72 were seen.", "Covid-19 rules ended.", "Article 5 applies.", "The G7 met.",
     "They fell back to the second defensive line.", "The one seen last month was larger.", "No one was hurt.",
     "City beat Arsenal 4-1 on Wednesday.", "The S&P 500 closed lower.", "It was 2019 or 2020 when he left.",
     "The 2020-21 season was cancelled.", "It happened between 2015 and 2018."],
)
def test_no_false_claims(text):
    claims = extract_claims(text, SEED_DATE)
    assert [c.surface for c in claims if c.surface != "two"] == []


def test_values_are_free_of_binary_noise_and_names_of_a_full_stop():
    [c] = extract_claims("The vaccine costs $4.1 billion, according to Pfizer.", SEED_DATE)
    assert c.value == 4100000000.0 and c.speaker == "Pfizer"


def test_weekday_and_forward_month_resolution():
    [c] = extract_claims("The ministry said Tuesday that 12 drones were downed.", SEED_DATE)
    assert c.claim_date == date(2022, 10, 4) and c.speaker == "ministry"
    [d] = extract_claims("The plant should be ready by March.", SEED_DATE)
    assert (d.dimension, d.qualifier, d.ref_start, d.ref_end) == ("date", "at_most", date(2023, 3, 1),
                                                                  date(2023, 3, 31))
    assert extract_claims("The offensive began in March.", SEED_DATE) == []


def test_via_and_pronoun():
    text = ("Kirill Stremousov, quoted by state news agency Ria Wednesday, said 5,000 troops regrouped. "
            "He said 300 more would come.")
    a, b = extract_claims(text, SEED_DATE)
    assert (a.speaker, a.via, a.claim_date) == ("Kirill Stremousov", "RIA Novosti", SEED_DATE)
    assert b.speaker == "Kirill Stremousov"


def test_sentence_splitting_keeps_abbreviations():
    text = "The U.S. sent aid on Oct. 4 to Kyiv. Mr. Smith said 5 units left! Next one."
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == ["The U.S. sent aid on Oct. 4 to Kyiv.", "Mr. Smith said 5 units left!", "Next one."]


@pytest.mark.parametrize("pattern", ["gold_part*.yaml", "gold_heldout.yaml"])
def test_gold_scores_meet_the_targets(pattern):
    items = load_gold(sorted(DATA.glob(pattern)))
    sc = score_extraction(items, lambda t, p: extract_claims(t, p))
    assert sc.tp > 40
    assert sc.f1 >= 0.95, sc.errors
    for name in FIELDS:
        assert sc.accuracy(name) >= 0.95, (name, sc.errors)


def test_gold_set_is_large_enough():
    items = load_gold(sorted(DATA.glob("gold_part*.yaml")))
    assert len(items) >= 250 and sum(1 for i in items if not i.claims) >= 50


def test_text_whose_lower_case_changes_length_keeps_offsets():
    text = "İstanbul's mayor said 1,200 buses run daily. The İzmir line will take two weeks."
    assert len(text.lower()) != len(text)  # the fast lower-case trigger scan cannot be used here
    claims = extract_claims(text, SEED_DATE)
    assert [c.surface for c in claims] == ["1,200", "two weeks"]
    assert all(text[c.start : c.end] == c.surface for c in claims)


@pytest.mark.parametrize("text, surface, years", [
    ("An 18-month-old girl was hurt.", "18-month-old", 1.5),
    ("The 25-year-old won her first final.", "25-year-old", 25.0),
    ("John Reed, 54, said the plant would close.", "54", 54.0),
    ("The study followed women aged 45 in the town.", "45", 45.0),
])
def test_ages_are_ages_in_years(text, surface, years):
    c = _claim_at(text, surface)
    assert (c.dimension, c.unit, c.value, c.entity) == ("age", "year", years, "age")


@pytest.mark.parametrize("text, surface, change, value", [
    ("Shares closed up $2.80 to $51.15 on Friday.", "$2.80", "up", 2.8),
    ("Shares closed up $2.80 to $51.15 on Friday.", "$51.15", None, 51.15),
    ("Gold slipped $6.40 to $421.70 an ounce.", "$6.40", "down", 6.4),
    ("The bank cut rates by 25 basis points.", "25 basis points", "down", 0.25),
    ("Exports fell 3% in May.", "3%", "down", 3.0),
    ("It followed a 31% decline in 2003.", "31%", "down", 31.0),
    ("The airline will cut 2,500 jobs.", "2,500", None, 2500.0),
])
def test_a_stated_change_is_told_from_a_level(text, surface, change, value):
    c = _claim_at(text, surface)
    assert (c.change, c.value) == (change, value)
    assert c.qualifier != "range"


@pytest.mark.parametrize("text, surface, per, written, unit", [
    ("Crude rose to $58.24 a barrel.", "$58.24", "barrel", 58.24, "USD"),
    ("Output rose by 800,000 barrels a day.", "800,000", "day", 800000.0, "count"),
    ("The dividend is 84.75 cents per share.", "84.75 cents", "share", 84.75, "USD"),
    ("Winds reached 87 mph overnight.", "87 mph", None, 87.0, "m/s"),
])
def test_rates_and_values_as_written(text, surface, per, written, unit):
    c = _claim_at(text, surface)
    assert (c.per, c.value_written, c.unit) == (per, written, unit)


@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("Copper prices have risen sixfold since 2002.", "sixfold", 6.0, "exact"),
    ("Obesity has more than doubled.", "more than doubled", 2.0, "more_than"),
    ("Smokers are three times as likely to fall ill.", "three times", 3.0, "exact"),
    ("The lens has a 3x zoom.", "3x", 3.0, "exact"),
])
def test_multiples_are_ratios(text, surface, value, qualifier):
    c = _claim_at(text, surface)
    assert (c.dimension, c.unit, c.value, c.qualifier) == ("ratio", "times", value, qualifier)


def test_percentage_points_are_never_percent():
    [a, b] = extract_claims("Support rose 3 percentage points to 41%.", SEED_DATE)
    assert (a.unit, a.value, a.change) == ("pp", 3.0, "up") and (b.unit, b.value) == ("percent", 41.0)


def _speakers_at(text: str, surface: str) -> set[str | None]:
    """The speakers of the claims of ``text`` written as ``surface`` (with SEED_DATE as publication day)."""
    return {c.speaker for c in extract_claims(text, SEED_DATE) if c.surface == surface}


def _claim_at(text: str, surface: str):  # noqa: ANN202 - a Claim
    """The one claim of ``text`` written as ``surface``, with SEED_DATE as publication day (fails when there is none or
    more than one)."""
    found = [c for c in extract_claims(text, SEED_DATE) if c.surface == surface]
    assert len(found) == 1, [c.surface for c in extract_claims(text, SEED_DATE)]
    return found[0]


def _quantity_at(text: str, surface: str):  # noqa: ANN202 - a Quantity
    """The one quantity of ``text`` written as ``surface`` (fails when there is none or more than one)."""
    found = [q for q in extract_quantities(text) if q.surface == surface]
    assert len(found) == 1, [q.surface for q in extract_quantities(text)]
    return found[0]

@pytest.mark.parametrize("text, surface, dimension, unit, written", [
    ("Lows near -12 degree fahrenheit hit the valley.", "-12 degree fahrenheit", "temperature", "degC", -12.0),
    ("The oven reached 220 celcius by noon.", "220 celcius", "temperature", "degC", 220.0),
    ("The car turned 180 degrees.", "180 degrees", "other", "degree", 180.0),
    ("The crane arm can turn through 270°.", "270°", "other", "degree", 270.0),
    ("It was 30 degrees in Madrid.", "30 degrees", "temperature", "degC", 30.0),
])
def test_degrees_are_temperatures_unless_the_words_say_angle(text, surface, dimension, unit, written):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.value_written) == (dimension, unit, written)


def test_a_letter_after_a_space_is_no_temperature():
    assert [(q.surface, q.dimension) for q in extract_quantities("The lot holds 340 F spaces.")] == [("340", "count")]


@pytest.mark.parametrize("text, surface, unit, value", [
    ("A taxi ride in San José costs 4500 ₡ at night.", "4500 ₡", "CRC", 4500.0),
    ("Tbilisi rents start at 900₾ a month.", "900₾", "GEL", 900.0),
    ("RM 3.5 million was paid.", "RM 3.5 million", "MYR", 3.5e6),
    ("He paid Rs 500 for it.", "Rs 500", "INR", 500.0),
    ("A bid of 420 million Finnish markka.", "420 million Finnish markka", "FIM", 4.2e8),
    ("A ticket is 7 dollars 25 cents at the door.", "7 dollars 25 cents", "USD", 7.25),
    ("The fare rose to nine dollars and sixty cents.", "nine dollars and sixty cents", "USD", 9.6),
    ("The miner sold about $20 million Canadian worth of stock.", "about $20 million Canadian", "CAD", 2e7),
    ("It will sell the stake for $980 million (Australian).", "$980 million (Australian)", "AUD", 9.8e8),
    ("Temasek, a $53 billion Singapore state fund, may buy stakes.", "$53 billion", "USD", 5.3e10),  # the fund's
])
def test_every_currency_by_symbol_name_or_prefix(text, surface, unit, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.value) == ("money", unit, value)


@pytest.mark.parametrize("text", ["Try 5 times.", "FORM 5 was filed.", "All 5 of them came."])
def test_words_that_spell_a_currency_code_are_no_money(text):
    assert all(q.dimension != "money" for q in extract_quantities(text))


def test_mixed_fractions_and_rates_per_annum():
    [a, b] = extract_quantities("Bonds of 7 3/4 % priced at 101 1/4 grew 15% per annum.")[:2]
    assert (a.value, a.unit, b.value) == (7.75, "percent", 101.25)
    [c] = [q for q in extract_quantities("Revenue grew 15% per annum.")]
    assert c.per == "year"
    [d] = extract_quantities("Revenue was $13.18 billion a year earlier.")
    assert d.per is None


@pytest.mark.parametrize("text, surface, dimension", [
    ("Each vial held 250 microgram of the vaccine.", "250 microgram", "mass"),
    ("Tap water had 40 μg of lead per litre.", "40 μg", "mass"),
    ("Stir in 2 tablespoons of sugar.", "2 tablespoons", "volume"),
    ("Pumps push water at 45 psi through the main.", "45 psi", "other"),
    ("The arm swung through 1.2rad before stopping.", "1.2rad", "other"),
])
def test_units_the_tables_lack_are_read_with_pint(text, surface, dimension):
    q = _quantity_at(text, surface)
    assert q.dimension == dimension


@pytest.mark.parametrize("text", ["He made 5 turns.", "They saw 12 lines.", "There were 5 in total.",
                                  "It opens at 5 pm.", "Output rose by 800,000 barrels."])
def test_english_words_pint_also_knows_stay_words(text):
    assert all(q.dimension in ("count", "duration") for q in extract_quantities(text))


@pytest.mark.parametrize("text, speaker, via", [
    ("The airline said it would cut 2,500 jobs.", "airline", None),
    ("The charity says 1.5 million children are hungry.", "charity", None),
    ("Economists polled by Reuters said inflation hit 5%.", "economists", "Reuters"),
    ("Approvals dropped to 66,000, according to figures released by the trade body.", "trade body", None),
    ("Sales will reach 2 billion, according to a report released on Monday by Gartner Inc.", "Gartner Inc", None),
    ("Jobless claims hit 40,000, according to data published last week by the labour office.", "labour office",
     None),
    ("Support fell to 38 percent, according to a poll conducted by Gallup.", "Gallup", None),
    ("The chain is accused of bias in 14 Midwestern states.", None, None),     # "states" the noun
    ("Sales rose 5 percent, the report states.", "report", None),             # "states" the verb, at the end
    ("The Daily Courier claims Acme is raising 200 million dollars.", "Daily Courier", None),  # a verb
    ("Profit jumped 31% to $1.2 billion, beating forecasts.", None, None),
    ("The storm is expected to bring 20 centimetres of snow.", None, None),
])
def test_common_noun_speakers_and_intermediaries(text, speaker, via):
    c = extract_claims(text, SEED_DATE)[0]
    assert (c.speaker, c.via) == (speaker, via)


@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("One in five drivers admits it.", "One in five", 20.0, "exact"),
    ("Fewer than one in ten patients had side effects.", "Fewer than one in ten", 10.0, "less_than"),
    ("One out of three voters stayed home.", "One out of three", 100 / 3, "exact"),
])
def test_one_in_five_is_a_share(text, surface, value, qualifier):
    [q] = extract_quantities(text)
    assert (q.surface, q.dimension, q.qualifier) == (surface, "percent", qualifier)
    assert q.value == pytest.approx(value)


def test_a_sign_after_the_currency():
    [q] = extract_quantities("The trade deficit widened to $-50.8bn in August.")
    assert (q.value, q.unit, q.entity) == (-50.8e9, "USD", "trade deficit")


@pytest.mark.parametrize("text, surface, dimension, low, high", [
    ("Doses of 10mg to 40mg were given.", "10mg to 40mg", "mass", 1e-05, 4e-05),
    ("Hundreds of miles of roads were closed.", "Hundreds of miles", "length", 321868.8, 1609344.0),
])
def test_units_on_both_ends_and_vague_amounts_of_a_unit(text, surface, dimension, low, high):
    [q] = extract_quantities(text)
    assert (q.surface, q.dimension, q.qualifier) == (surface, dimension, "range")
    assert (q.value_low, q.value_high) == pytest.approx((low, high))


@pytest.mark.parametrize("text, surface, unit, value", [
    ("Tesco shares rose 4p to 164p.", "164p", "GBP", 1.64),
    ("A pack will cost 5.20 pounds.", "5.20 pounds", "GBP", 5.2),
])
def test_pence_and_pounds_written_to_the_penny_are_money(text, surface, unit, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.value) == ("money", unit, value)


@pytest.mark.parametrize("text, surfaces", [
    ("She won the 800m in 1:58.21, the fastest time.", ["1:58.21"]),
    ("He ran 2:08:31 in Berlin.", ["2:08:31"]),
    ("The meeting is at 10:30 today.", []),
    ("The game was tied at 89-89.", []),
    ("They built a 9-2 lead at the break.", []),
    ("Wales face England in the Six Nations opener.", []),
    ("He has won seven Formula One titles.", ["seven"]),
])
def test_sport_times_scores_and_names(text, surfaces):
    quantities = extract_quantities(text)
    assert [q.surface for q in quantities] == surfaces
    assert all(q.dimension == "duration" for q in quantities if ":" in q.surface)


@pytest.mark.parametrize("text, speaker", [
    ("Officials in Kherson said 12 civilians were killed.", "officials"),
    ("The strike killed 5 militants, officials in Kabul said.", "officials"),
    ("The insurer expects claims of up to $1.5 billion, its chief executive told analysts.", "its chief executive"),
    ("Two-thirds of firms plan to raise prices, the chamber of commerce said.", "chamber of commerce"),
])
def test_groups_at_a_place_and_common_nouns_speak(text, speaker):
    assert extract_claims(text, SEED_DATE)[0].speaker == speaker


@pytest.mark.parametrize("text, surface, entity", [
    ("The diesel engine produces 410bhp and 900Nm of torque.", "410bhp", None),     # the engine's output
    ("The diesel engine produces 410bhp and 900Nm of torque.", "900Nm", "torque"),  # what "of" names
    ("The pickup can tow up to 3,500kg.", "up to 3,500kg", None),
    ("The barge covered 400 km in two days.", "400 km", None),
    ("The dam generates 700 megawatts.", "700 megawatts", None),
    ("The coupe weighs 1,450kg.", "1,450kg", "coupe"),                 # its own weight
    ("The solar farm covers 300 acres.", "300 acres", "solar farm"),  # its own size
    ("The plant produces 500,000 cars a year.", "500,000", "cars"),   # a count names its noun
])
def test_an_output_or_a_distance_travelled_is_no_measure_of_the_subject(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The lake rose to 4.1 metres, 0.8 metres above its usual level.", "0.8 metres", None),
    ("The lake rose to 4.1 metres, 0.8 metres above its usual level.", "4.1 metres", "lake"),
    ("The sedan costs $42,000, about $3,000 more than the old model.", "about $3,000", None),
    ("Exports reached $4 billion, up 6 percent.", "6 percent", "Exports"),  # a restated change keeps it
])
def test_a_difference_from_a_baseline_measures_the_gap(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The airline warned of a $90m hit to earnings from the strike.", "$90m", "earnings"),
    ("The tax cut will give a $30 billion boost to the economy.", "$30 billion", "economy"),
    ("The strike dealt a $2 million blow to the port.", "$2 million", "port"),
    ("Profit fell 12 percent after a 5 percent rise in the first quarter.", "5 percent", "Profit"),  # a time
    ("Profit grew 9 percent, a 2 percent increase on the year before.", "2 percent", "Profit"),  # a baseline
    ("The offer values the retailer at about $2.1 billion.", "about $2.1 billion", "retailer"),
    ("The Red Cross appealed for $25 million to feed refugees.", "$25 million", None),  # the asker
    ("Gold rose above $450, trading at $452.30 in late deals.", "$452.30", "Gold"),
])
def test_what_a_blow_a_valuation_a_request_and_a_trade_are_about(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Markets fell, with unemployment at 5.4% and inflation at 3 percent.", "5.4%", "unemployment"),
    ("Markets fell, with unemployment at 5.4% and inflation at 3 percent.", "3 percent", "inflation"),
    ("More homes use broadband, with usage at 41 per cent.", "41 per cent", "usage"),
    ("The bank kept rates at 2% and left its forecast at 3%.", "3%", "forecast"),  # (a verb's object, as before)
])
def test_a_noun_with_its_level(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surfaces", [
    ("In 360 B.C. the philosopher wrote the dialogue.", []),
    ("The town was founded around 750 BC by traders.", []),
    ("The coin dates from 300 A.D. and weighs 4 grams.", ["4 grams"]),
])
def test_years_of_an_era_are_no_counts(text, surfaces):
    assert [q.surface for q in extract_quantities(text)] == surfaces


@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("Two dozen homes burned.", "Two dozen", 24, "exact"),
    ("There are more than half a dozen bidders.", "more than half a dozen", 6, "more_than"),
    ("We count more than a half a dozen bidders.", "more than a half a dozen", 6, "more_than"),
    ("They built a half dozen homes.", "a half dozen", 6, "exact"),
    ("At least three dozen firms signed.", "At least three dozen", 36, "at_least"),
    ("A dozen people died.", "A dozen", 12, "exact"),
])
def test_dozens_multiply(text, surface, value, qualifier):
    [q] = extract_quantities(text)
    assert (q.surface, q.value, q.qualifier) == (surface, value, qualifier)


@pytest.mark.parametrize("text, surface, entity", [
    ("The blast killed 12, police said.", "12", None),  # the subject acts on those counted
    ("The plant employs 400 and exports half its output.", "400", None),
    ("The death toll reached 40.", "40", "death toll"),
    ("The magazine appears in 19 languages available in 60 countries.", "19", "languages"),
    ("The hall has 10 seats left for Friday.", "10 seats", "seats"),
])
def test_counts_of_those_acted_on_and_adjectives_after_the_noun(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surfaces", [
    ("On one end of the court stood the champion.", []),
    ("At one end of the hall, 40 chairs stood empty.", ["40"]),
])
def test_one_end_is_no_count(text, surfaces):
    assert [q.surface for q in extract_quantities(text)] == surfaces


@pytest.mark.parametrize("text, surface, entity", [
    ("Analysts expect a 5 percent rise.", "5 percent", None),  # who expects it is no part of what rises
    ("The firm reported a 12 percent drop.", "12 percent", None),
    ("The index added 11 points.", "11 points", "index"),   # "added" as a change keeps its subject
])
def test_the_subject_of_a_saying_is_not_what_changes(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surfaces", [
    ("He won the final match 2&1 on Sunday.", []),           # match play: holes up, holes left
    ("The Spaniard beat Lee 4 and 3.", []),
    ("They won 3 and 2 games.", ["3", "2"]),                 # two counts of games
])
def test_match_play_results_are_no_counts(text, surfaces):
    assert [q.surface for q in extract_quantities(text)] == surfaces


def test_a_range_written_with_hyphens():
    [q] = extract_quantities("He will be out for one-to-two weeks.")
    assert (q.surface, q.qualifier, q.value_low, q.value_high) == ("one-to-two weeks", "range", 7, 14)


@pytest.mark.parametrize("text, surface, entity", [
    ("Jobless claims fell by 40,000 between May and July to 1.2 million.", "1.2 million", "Jobless claims"),
    ("Zeta will cut its stake in Acme to 12 percent from 19 percent in exchange for cash.", "19 percent",
     "stake in Acme"),  # (the body a stake is in, named, stays with it since round 16)
])
def test_a_level_after_a_period_and_an_idiom_after_a_share(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("A crate of 24 bottles will cost 18.50 euros from May.", "18.50 euros", "crate"),  # its size is a count
    ("Hail is expected on the plains, with as much as 3 inches in places.", "as much as 3 inches", "Hail"),
])
def test_a_subject_holding_a_count_and_a_measure_added_with_with(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, field, expected", [
    ("Oil traded at $49 a barrel on Wednesday.", "$49", "per", "barrel"),  # "on" ends no rate of goods
    ("Profit was $5 million a year earlier.", "$5 million", "per", None),    # a time, not a rate
    ("The pianist was only 7 when she first played in public.", "7", "dimension", "age"),
    ("The score was 6 when rain stopped play.", "6", "dimension", "count"),
    ("The park is among the country's 10 most visited parks.", "10", "entity", "visited parks"),
    ("Crews who ferried hundreds on the flooded roads were thanked.", "hundreds", "entity", None),  # a place
    ("The club paid 11 million on transfer fees.", "11 million", "entity", "transfer fees"),  # a sign lost
    ("She will race at Monza, her first time behind the wheel in 9 years.", "9 years", "entity", None),
])
def test_rates_ages_superlatives_places_and_spans_since(text, surface, field, expected):
    assert getattr(_quantity_at(text, surface), field) == expected


@pytest.mark.parametrize("text, surface, entity", [
    ("The death toll from a blaze that gutted a warehouse rose to 41, police said.", "41", "death toll"),
    ("The number of people who left the valley rose to 3,000.", "3,000", "number of people"),
    ("Zeta said Monday that its quarterly profit fell 8 percent.", "8 percent", "quarterly profit"),  # what is said
    ("A nine-month-long inquiry found no fault.", "nine-month", "inquiry"),
    ("Ticket sales are set to jump fivefold by 2010.", "fivefold", "Ticket sales"),
])
def test_subjects_past_a_relative_clause_a_long_span_and_a_verb_before_a_multiple(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_document_of_a_body_with_a_dotted_name_speaks():
    claims = extract_claims("Water use will rise 40 percent, says a new U.N. report.")
    [c] = [c for c in claims if c.surface == "40 percent"]
    assert c.speaker == "report"


@pytest.mark.parametrize("text, surface, field, expected", [
    ("The index topped the 12,000 mark.", "12,000", "entity", "index"),  # what reached the mark
    ("The app passed the 5 million user milestone.", "5 million", "entity", "user"),
    ("The bank faces a 90m breach of contract claim.", "90m", "value", 90e6),  # a sign lost, not metres
    ("A panel of 12 judges hopes to rule soon.", "12", "entity", "judges"),     # the group's verb
    ("We saw six or seven boats.", "six or seven", "qualifier", "range"),
])
def test_marks_milestones_lost_signs_group_verbs_and_ranges_with_or(text, surface, field, expected):
    assert getattr(_quantity_at(text, surface), field) == expected


@pytest.mark.parametrize("text, surface, field, expected", [
    ("The bank will move at least another 800 jobs to Poland.", "at least another 800", "qualifier", "at_least"),
    ("The carrier is taking over six of Zeta 's 20 gates.", "six", "qualifier", "exact"),  # a verb's particle
    ("The carrier is taking over six of Zeta 's 20 gates.", "six", "entity", "gates"),
    ("The club will take over 40 players on tour.", "over 40", "qualifier", "more_than"),
])
def test_another_after_a_bound_a_particle_and_an_owner_before_the_noun(text, surface, field, expected):
    assert getattr(_quantity_at(text, surface), field) == expected


@pytest.mark.parametrize("text, surface, field, expected", [
    ("Songs cost $.99 CDN each in the new store.", "$.99 CDN", "unit", "CAD"),   # the dollar named after it
    ("The deal is worth $5 million AUD.", "$5 million AUD", "unit", "AUD"),
    ("It costs $5 USD.", "$5 USD", "unit", "USD"),
    ("The firm will not sell the chip for at least the next two years.", "at least the next two years",
     "qualifier", "at_least"),
])
def test_a_dollar_named_after_the_amount_and_a_bound_before_the_next(text, surface, field, expected):
    assert getattr(_quantity_at(text, surface), field) == expected


@pytest.mark.parametrize("text, surface, field, expected", [
    ("The group will add about 2,500 IT staffers.", "about 2,500", "entity", "IT staffers"),  # an acronym first
    ("Copper jumped above $3 a pound, then retreated toward $2.90.", "toward $2.90", "qualifier", "approximate"),
])
def test_an_acronym_before_a_counted_plural_and_a_retreat_toward_a_level(text, surface, field, expected):
    assert getattr(_quantity_at(text, surface), field) == expected


def test_each_clause_has_its_own_reference_period():
    a, b = extract_claims("Exports rose 2% in 2004, after a 31% decline in 2003.", date(2005, 3, 1))
    assert (a.ref_start, a.ref_end) == (date(2004, 1, 1), date(2004, 12, 31))
    assert (b.ref_start, b.ref_end) == (date(2003, 1, 1), date(2003, 12, 31))
    [c] = extract_claims("In 2003, profit rose 10%.", date(2005, 3, 1))
    assert c.ref_start == date(2003, 1, 1)


@pytest.mark.parametrize("text, surface, entity", [
    ("Crude oil rose 19 cents to $58.24 a barrel.", "$58.24", "Crude oil"),
    ("Patients waited 4.5 hours in the corridor.", "4.5 hours", None),
    ("The average time to sell a home has stretched to 63 days.", "63 days", "average time to sell a home"),
])
def test_what_a_figure_is_about(text, surface, entity):
    q = _quantity_at(text, surface)
    assert q.entity == entity  # (the subject stops at its first preposition other than "of")


def test_the_outlet_is_never_a_speaker_of_its_own_article():
    text = "Harbour Times reported that 300 people fled, and the ministry said 200 homes burned."
    by_outlet = {c.surface: c.speaker for c in extract_claims(text, outlet="The Harbour Times")}
    assert by_outlet == {"300": None, "200": "ministry"}
    assert {c.surface: c.speaker for c in extract_claims(text)}["300"] == "Harbour Times"


@pytest.mark.parametrize(
    "text, surface, qualifier, dimension",
    [
        ("The jobless rate edged up to 4.2% in April.", "4.2%", "exact", "percent"),   # a level reached
        ("The fund will raise up to $5m.", "up to $5m", "at_most", "money"),            # a bound
        ("The leak exposed 2.3m user accounts.", "2.3m", "exact", "count"),              # millions, not metres
        ("Her winning time was 2:06:11.", "2:06:11", "exact", "duration"),               # at a sentence end
    ],
)
def test_levels_millions_and_race_times_in_context(text, surface, qualifier, dimension):
    found = {c.surface: c for c in extract_claims(text, date(2024, 5, 2))}
    assert surface in found, list(found)
    assert (found[surface].qualifier, found[surface].dimension) == (qualifier, dimension)


@pytest.mark.parametrize("text", [
    "The Finn overpowered his opponent 6-2, 2-6, 6-2 in the final on Friday.",
    "She reached the quarter-finals, defeating the top seed 6-2, 6-0.",
    "She eased to a 6-3, 6-2 win against the wildcard.",
    "They won the deciding set 7-6 (7-4) after losing the second 3-6.",
])
def test_set_scores_are_not_counts(text):
    assert [c.surface for c in extract_claims(text, date(2024, 5, 2))] == []


def test_a_range_of_counts_is_still_a_range():
    found = {c.surface: c for c in extract_claims("Prices rose 5-10% and 3-4 people were hurt.", date(2024, 5, 2))}
    assert set(found) == {"5-10%", "3-4"}


@pytest.mark.parametrize("text, surface, dimension", [
    ("The flats cost 200,000 pounds.", "200,000 pounds", "money"),     # a price: money
    ("He was fined 500 pounds for speeding.", "500 pounds", "money"),
    ("The baby weighed 7 pounds.", "7 pounds", "mass"),                # a weight
])
def test_pounds_are_money_after_a_price_and_weight_otherwise(text, surface, dimension):
    found = {c.surface: c for c in extract_claims(text, date(2024, 5, 2))}
    assert found[surface].dimension == dimension


@pytest.mark.parametrize("text, speaker", [
    ("Commuters lose 40 minutes a day in traffic, the survey found.", "survey"),
    ("About 60% of the bridges need repairs, the inspectors admitted.", "inspectors"),
    ("A fall of 3% is likely next year, the bank suggests.", "bank"),
])
def test_a_finding_at_the_end_of_a_sentence_names_its_source(text, speaker):
    claims = extract_claims(text, date(2024, 5, 2))
    assert claims and all(c.speaker == speaker for c in claims), [(c.surface, c.speaker) for c in claims]


@pytest.mark.parametrize("text, surface, entity", [
    ("The club owes $12 million in unpaid wages.", "$12 million", "unpaid wages"),           # an amount in what
    ("The bank lent $4 billion in 2003.", "$4 billion", None),                               # "in" a year: no noun
    ("Output fell 3 percent Friday, its lowest in a year.", "3 percent", "Output"),          # no weekday as noun
    ("Rents showed a 7 percent rise in city-centre flats.", "7 percent", "city-centre flats"),  # change noun + in
    ("Five big Swiss banks joined the scheme.", "Five", "big Swiss banks"),                  # a name inside the NP
    ("Police held 12 people Monday in the raid.", "12", "people"),                           # a name after it ends it
    ("The port charges a levy of 15 euros (about $18) per container.", "about $18", "levy"),       # the restated amount
    ("The yen fell to a nine-year low against the euro.", "nine-year", "low"),               # an extreme over a period
    ("They are three games away from the playoffs.", "three", "games"),                      # no adverb in the NP
    ("He sold four of his vintage cars.", "four", "vintage cars"),                           # of + possessive
])
def test_what_an_amount_counts_on_real_news_patterns(text, surface, entity):
    q = _quantity_at(text, surface)
    assert q.entity == entity


def test_a_fraction_of_a_scaled_amount_and_periods_of_one_unit():
    found = {q.surface: q for q in extract_quantities(
        "The city spent a third of a billion dollars during a year-long rebuild, and a week-long strike followed.")}
    assert found["a third of a billion dollars"].value == pytest.approx(1e9 / 3)
    assert found["a third of a billion dollars"].dimension == "money"
    assert (found["year-long"].value, found["year-long"].entity) == (365.25, "rebuild")
    assert (found["week-long"].value, found["week-long"].entity) == (7.0, "strike")


@pytest.mark.parametrize("text", [
    "Ortiz went 3 for 5 with two doubles.",            # hits for at-bats
    "The guard finished 8-for-15 from the field.",
])
def test_batting_and_shooting_lines_are_not_counts(text):
    assert [q.surface for q in extract_quantities(text)] == (["two"] if "doubles" in text else [])


def test_upper_case_datelines_are_dates_not_counts():
    claims = extract_claims("MARCH 14, 2005 (WIRE) - The agency hired 40 engineers.", date(2005, 3, 15))
    assert [c.surface for c in claims if c.dimension != "date"] == ["40"]


@pytest.mark.parametrize("text, speaker", [
    ("The trade group has predicted a 3 percent fall in exports.", "trade group"),          # a forecast's maker
    ("Analysts have forecast 2.5 percent growth next year.", "analysts"),                  # a group alone
    ("Prices rose 4%, according to a bulletin posted on the agency's site.", "bulletin"),  # no participle
])
def test_forecasters_and_documents_speak(text, speaker):
    claims = [c for c in extract_claims(text, date(2024, 5, 2)) if c.dimension != "date"]
    assert claims and all(c.speaker == speaker for c in claims), [(c.surface, c.speaker) for c in claims]


@pytest.mark.parametrize("text, surface, entity", [
    ("The new rules cut the number of late trains by a fifth.", "a fifth", "number of late trains"),  # the object
    ("The dam raised the river level upstream by 4 metres.", "4 metres", "river level upstream"),
    ("Shoplifting in the mall dropped by a quarter.", "a quarter", "Shoplifting in the mall"),  # no object: the subject
    ("The council will spend £8m on school roofs.", "£8m", "school roofs"),                    # an amount on what
    ("The club set aside $6m for legal costs.", "$6m", "legal costs"),                         # an amount for what
    ("The kiln releases 40 tonnes of CO2 a year.", "40 tonnes", "CO2"),                        # a formula is one word
    ("Four of its pilots fly a new route.", "Four", "pilots"),                                 # the plural's verb
])
def test_objects_and_purposes_of_amounts(text, surface, entity):
    q = _quantity_at(text, surface)
    assert q.entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ("Rents rose 6% last year, a housing charity said.", "6%", "housing charity"),        # "a ... said" at the end
    ("The airline plans to hire 800 pilots.", "800", "airline"),                           # a plan's maker
    ("The agency appealed for $30 million to feed refugees.", "$30 million", "agency"),
    ("The storm killed 5 people, and the mayor plans nothing.", "5", None),                # "plans" without "to"
])
def test_indefinite_sources_and_plans(text, surface, speaker):
    [c] = [c for c in extract_claims(text, date(2024, 5, 2)) if c.surface == surface]
    assert c.speaker == speaker


@pytest.mark.parametrize("text, surface, speaker", [
    ("The mayor appealed for calm after riots in which 14 shops were burned.", "14", None),  # a clause of fact
    ("The bank plans to sell 5,000 branches, which employ 20,000 people.", "20,000", None),
    ("The bank plans to sell 5,000 branches, which employ 20,000 people.", "5,000", "bank"),
    ("The group plans to cut 1,200 jobs after a 40 percent fall in profit.", "40 percent", None),
    ("The chairman of Zeta Corp said the firm planned to merge two units following a $90 million fine.",
     "$90 million", "Zeta Corp"),  # the saying governs what the plan does not
])
def test_a_plan_reaches_no_further_than_its_object(text, surface, speaker):
    [c] = [c for c in extract_claims(text, date(2024, 5, 2)) if c.surface == surface]
    assert c.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("LONDON Marks & Spencer said on Tuesday it would cut 600 jobs.", "Marks & Spencer"),  # a dateline, no dash
    ("SAN JOSE Zeta Systems said it would hire 300 engineers.", "Zeta Systems"),
    ("BRITISH Telecom said it would cut 600 jobs.", "BRITISH Telecom"),  # a nationality is part of the name
    ("IBM Corp said it would hire 300 engineers.", "IBM Corp"),
])
def test_a_dateline_is_no_part_of_the_speakers_name(text, speaker):
    assert extract_claims(text, date(2024, 5, 2))[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("The report will blame 24 more people, say US officials.", "US officials"),
    ("Prices will rise 5 percent, say analysts at Zeta Bank.", "analysts"),
    ("The blast killed 12, said police in Lima.", "police"),
])
def test_a_group_after_an_inverted_saying(text, speaker):
    assert extract_claims(text, date(2024, 5, 2))[0].speaker == speaker


def test_a_comparison_with_a_forecast_names_no_source():
    [c] = extract_claims("The storm may cost $2-4bn in insured losses, smaller than forecasters first feared.")
    assert c.speaker is None


@pytest.mark.parametrize("text, speaker", [
    ("Zeta will close 40 stores, according to an executive familiar with its plans.", "executive"),
    ("Zeta will close 40 stores, according to sources close to the board.", "sources"),
    ("Bus fares will rise 5 percent, the drivers ' union said Monday.", "drivers ' union"),
])
def test_unnamed_sources_and_a_spaced_plural_possessive(text, speaker):
    assert extract_claims(text, date(2024, 5, 2))[0].speaker == speaker


@pytest.mark.parametrize("text, surface, speaker", [
    ("Finance chief Ann Lee said she believed the slump that lasted 40 months was over.", "40 months", "Ann Lee"),
    ("The battery could sell for around $60, its Korean makers claim.", "around $60", "its Korean makers"),
])
def test_a_pronoun_after_a_named_speaker_and_a_claim_closing_a_sentence(text, surface, speaker):
    [c] = [c for c in extract_claims(text, date(2024, 5, 2)) if c.surface == surface]
    assert c.speaker == speaker


@pytest.mark.parametrize("text, speaker, role", [
    ("A federal judge in Boston says the bank may have paid more than $25 million in fees.", "federal judge", None),
    ("A senior official in Kabul said 12 soldiers died.", "senior official", None),
    ("A spokeswoman at the ministry said 40 people were hurt.", "ministry", "spokeswoman"),  # a spokesperson
    # speaks for the body, named or not (since the fourteenth session)
    ("An official at the ministry said 40 people were hurt.", "official", None),  # any other role: the person
    ("The spokesman for Zeta Air said 300 flights were cancelled.", "Zeta Air", "spokesman"),
    ("Multiple reports put the death toll at 30.", None, None),  # "reports" the noun, "Multiple" no name
    ("Several reports say 20 people died.", None, None),
    ("Floods cut grain exports by 12 percent, Italy 's Il Sole newspaper reported today.",
     "Italy's Il Sole newspaper", None),  # a possessive spaced by the wire's tokeniser, closed
    ("Output fell 4 percent last year, according to a study published by the US Geological Survey.",
     "US Geological Survey", None),  # a body's name keeps its country
])
def test_a_person_named_by_role_and_place_and_bodies_by_name(text, speaker, role):
    c = extract_claims(text, date(2024, 5, 2))[0]
    assert (c.speaker, c.speaker_role) == (speaker, role)
    if speaker in ("federal judge", "senior official", "spokeswoman"):
        assert c.speaker_org in ("Boston", "Kabul", "ministry")  # where or for whom the person speaks is kept


def test_since_opening_a_clause_extends_the_period_to_publication():
    [c] = extract_claims("Floods have destroyed 900 homes since the rains began in June.", date(2024, 9, 2))
    assert (c.ref_start, c.ref_end) == (date(2024, 6, 1), date(2024, 9, 2))
    [c] = extract_claims("Floods destroyed 900 homes in June.", date(2024, 9, 2))
    assert (c.ref_start, c.ref_end) == (date(2024, 6, 1), date(2024, 6, 30))


@pytest.mark.parametrize("text, surface, unit, value", [
    ("Sales reached HK $ 3.1 billion.", "HK $ 3.1 billion", "HKD", 3.1e9),       # tokenised prefix
    ("The fee is NZD$40 a month.", "NZD$40", "NZD", 40.0),                        # ISO code and "$"
    ("They signed a $9m deal.", "$9m", "USD", 9e6),                               # the article, not A$
    ("The pipeline carries 2 billion cubic feet of gas.", "2 billion cubic feet", "m3", 2e9 * 0.028316846592),
    ("The track is a 1/2 mile oval.", "1/2 mile", "m", 804.672),                  # a fraction of a unit
    ("Add ¼ teaspoon of salt.", "¼ teaspoon", "m3", 1.232230398e-06),
    ("The probe moved at 40 metres per millisecond.", "40 metres per millisecond", "m/s", 40000.0),
    ("The limit is 30km/hr in town.", "30km/hr", "m/s", 30 / 3.6),
])
def test_currency_prefixes_volumes_fractions_and_speeds(text, surface, unit, value):
    q = _quantity_at(text, surface)
    assert q.unit == unit and q.value == pytest.approx(value, rel=1e-6)


def test_a_distance_a_day_is_a_rate_not_a_speed():
    [q] = extract_quantities("The herd walks 12 km per day.")
    assert (q.dimension, q.per) == ("length", "day")


@pytest.mark.parametrize("text, surface, per", [
    ("It declared a 15-cent-a-share dividend.", "15-cent", "share"),              # a hyphenated rate
    ("The mine ships 9,000 tonnes of ore a week.", "9,000 tonnes", "week"),       # a rate after its noun
])
def test_rates_written_in_other_ways(text, surface, per):
    q = _quantity_at(text, surface)
    assert q.per == per


@pytest.mark.parametrize("text, surface, value", [
    ("The driver, a 34 - year - old, was unhurt.", "34 - year - old", 34.0),      # tokenised hyphens
    ("The patient is a 71 yo woman.", "71 yo", 71.0),                             # clinical shorthand
    ("She retired at the age of 58.", "58", 58.0),
])
def test_ages_written_other_ways(text, surface, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value) == ("age", value)


def test_a_spaced_dash_is_a_range_only_before_a_unit():
    [q] = extract_quantities("The victims were 20 - 30 years old.")
    assert (q.dimension, q.value_low, q.value_high) == ("age", 20.0, 30.0)
    assert extract_quantities("Leeds beat Hull 24 - 10 on Friday.") == []


@pytest.mark.parametrize("text", [
    "The shop at 42 Harbour Road closed.",                 # a house number
    "Write to Box 9, Springfield, IL 62701 by Friday.",    # a ZIP code after a state's code
    "The part number is xk3-250 and the A340-300 landed.",  # the second half of a code
    "Quote reference 5521 L-90 when you call.",            # a code that starts like a unit
])
def test_addresses_and_codes_are_not_quantities(text):
    assert [q.surface for q in extract_quantities(text)] == []


@pytest.mark.parametrize("text, kept", [
    ("The maker showed a slimmer GameBox 3 that goes on sale next month.", []),   # a camel-case name
    ("The firm released its DataForge 750, a server for small offices.", []),
    ("Users of the iNote 4 app were told to update.", []),                       # lower camel case
    ("Subscribers of NCL 9.0 were told to update.", []),                          # an acronym's version
    ("A flaw in version 2.4 of the kernel hits machines running 2.4-based systems.", []),
    ("The 2.0 version of the browser adds tabs.", []),
    ("ACME said 40 staff would move.", ["40"]),                                  # an acronym that speaks
    ("About 200 people marched.", ["About 200"]),                                # a capital that starts it
    ("Quasar 2, the most awaited game, went on sale.", []),                      # a name starting a sentence
    ("For 20 years, the firm grew.", ["20 years"]),                               # a preposition starting it
    ("The Falcon 3400, which runs on a mobile chip, costs more.", []),           # a four-digit model
    ("The race drew Boston 2400 runners.", ["2400"]),                             # a count of a plural noun
    ("Commerce Two Inc. said it would close.", []),                              # a company's name
    ("The broadcaster Seven Network said it would close.", []),                  # capitalised inside a sentence
    ("Water rose at the huge Three Gorges Dam.", []),
    ("Two Acme Inc. executives resigned.", ["Two"]),                             # a count starting a sentence
    ("The router supports 802.11b and 802.11g gear.", []),                      # a network standard's number
    ("The plant meets ISO 14001 and RFC 2616, with 40 staff.", ["40"]),         # standards above 10,000 too
])
def test_product_names_and_versions_are_not_quantities(text, kept):
    assert [q.surface for q in extract_quantities(text)] == kept


@pytest.mark.parametrize("text, surface, entity", [
    ("The rower won two gold and a bronze medal.", "two", "gold"),
    ("The squad took 14 silver at the championships.", "14", "silver"),
])
def test_medals_are_counts_not_precious_metal_money(text, surface, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.entity) == ("count", "count", entity)


@pytest.mark.parametrize("text, surface, entity", [
    ("The bloc will lift duties on $2 billion worth of farm goods.", "$2 billion", "farm goods"),   # worth of
    ("Rebels killed four guards, taking the toll in the valley to 31.", "31", "toll in the valley"),  # set to a level
    ("The bank cut its main lending rate to 2.5% on Monday.", "2.5%", "main lending rate"),
    ("The grocer will pay $90 million for the ailing bakery chain 's shares.", "$90 million",
     "ailing bakery chain 's shares"),                                                              # a split possessive
    ("Two Swiss trading houses bid $3 billion.", "Two", "Swiss trading houses"),                     # "bid" the verb
    ("Dozens of new members fill out a form each week.", "Dozens", "new members"),                   # a phrasal verb
    ("Thousands of her readers line up to get a signed book.", "Thousands", "readers"),
    ("Exports grew 7.0 percent despite high fuel prices.", "7.0 percent", "Exports"),              # "despite" ends it
    ("Rebels holding three U.N. workers began talks.", "three", "U.N. workers"),                   # a dotted acronym
    ("Some 60 percent of the region 's heating oil is imported.", "Some 60 percent", "region 's heating oil"),
    # a possessive after an abbreviation's dot, as it comes or split off by a tokeniser
    ("Acme Widgets Inc. 's second-quarter net income rose 14 percent.", "14 percent",
     "Acme Widgets Inc. 's second-quarter net income"),
    ("Acme Widgets Inc.'s net income rose 14 percent.", "14 percent", "Acme Widgets Inc.'s net income"),
    ("Zeta Corp. (ZETA.O: Quote, Profile, Research) shot up 6 percent on Monday.", "6 percent", "Zeta Corp"),
    ("ROME (Wire)--Acme Ltd. 's stock gained 4 percent on its debut.", "4 percent", "Acme Ltd. 's stock"),
    # what is worth the amount: the noun right before "worth", or the one a name's place or owner belongs to
    ("The Yankees signed the pitcher to a three-year deal worth $21 million.", "$21 million", "deal"),
    ("The Yankees signed the pitcher to a three-year deal worth $21 million.", "three-year", "deal"),
    ("The fund will sell its stake in Widget Holdings Ltd. worth $90 million.",
     "$90 million", "stake in Widget Holdings Ltd"),
    ("The group made a bid for Zeta Foods Inc. worth about $40 million.", "about $40 million",
     "bid for Zeta Foods Inc"),  # (what the bid is for, as the stake keeps its "in")
    # a count of what its "of" names
    ("Heavy drinking raises the risk of at least seven types of cancer.", "at least seven", "types of cancer"),
    ("The plant makes 12 kinds of cheese.", "12", "kinds of cheese"),
    ("Twelve members of the city council resigned.", "Twelve", "members of the city council"),
    ("The court heard 14 counts of fraud.", "14", "counts of fraud"),
    # what a payment is for, and the object of a deal past a particle, an adverb-like modifier or a ticker
    ("The bank agreed to pay $250 million to settle a shareholder lawsuit.", "$250 million", "shareholder lawsuit"),
    ("Donors pledged $40m to save the park's gorillas.", "$40m", "park's gorillas"),
    ("The group is selling off its stake in Petroland for about $3.1 billion.", "about $3.1 billion",
     "stake in Petroland"),
    ("The firm agreed to buy the home rental service Rentco for $415 million.", "$415 million",
     "home rental service Rentco"),
    ("A broker lowered its price target for Zeta (ZETA) to $24 from $30.", "$24", "price target"),
    # the object a verb of change changes, with no "by" or with "by" after a participle
    ("The company raised its quarterly dividend 10 percent.", "10 percent", "quarterly dividend"),
    ("The strike slashed second-quarter profits 36 percent for the grocer.", "36 percent", "second-quarter profits"),
    ("Shoppers came back, boosting their purchases by 0.6 percent.", "0.6 percent", "purchases"),
    ("The price cut hurt the chain, sending its stock down nearly 8 percent.", "nearly 8 percent", "stock"),
    ("The maker saw its stock climb nearly 17 percent on Monday.", "nearly 17 percent", "stock"),
    ("Acme Inc. stock sank more than 9 percent on Friday.", "more than 9 percent", "Acme Inc. stock"),
    ("Shares of Widget & Co. plunged nearly 10 percent on Monday.", "nearly 10 percent", "Shares of Widget & Co"),
])
def test_entities_through_worth_levels_and_possessives(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface", [
    ("The chain grew to the tune of $60 million last year.", "$60 million"),   # an idiom, not what it is of
    ("The carrier will spend tens of millions of dollars in coming weeks.", "tens of millions of dollars"),  # payer
    ("Norway is to invest nearly $20bn abroad over the decade.", "nearly $20bn"),            # a base-form payer
    ("The group will contribute more than $70 million to the mission.", "more than $70 million"),
    ("He spent $5 to buy it.", "$5"),                                         # a pronoun names nothing
])
def test_idioms_and_payers_give_no_entity(text, surface):
    assert _quantity_at(text, surface).entity is None


@pytest.mark.parametrize("text, kept", [
    ("Delegates gathered to nominate the senator for a second term.", []),   # the ordinal, not one second
    ("The crowd marched for a second day on 3 streets.", ["3"]),
    ("He paused for a second or so before 3 more shots.", ["a second or so", "3"]),
    ("It took about a second to load 5 pages.", ["about a second", "5"]),
])
def test_a_second_before_a_noun_is_the_ordinal(text, kept):
    assert [q.surface for q in extract_quantities(text)] == kept


@pytest.mark.parametrize("text, kept", [
    ("She struggled on day three of the open.", []),                          # a numbered day
    ("The Sox won game 4 on Sunday before 30,000 fans.", ["30,000"]),
    ("They meet in round two, officials said.", []),
    ("On the day three soldiers were killed, 40 people marched.", ["three", "40"]),  # a count of soldiers
])
def test_a_number_after_the_noun_it_numbers_is_no_count(text, kept):
    assert [q.surface for q in extract_quantities(text)] == kept


@pytest.mark.parametrize("text, quantities, claims", [
    ("Car sales rose 2 percent during the first 10 months of 2004.", ["2 percent", "10 months"], ["2 percent"]),
    ("Sales fell in the last two weeks of the season.", ["two weeks"], []),
    ("The servers use the 64-bit version of the chip.", ["64-bit"], []),
    ("The strike lasted the first 10 days.", ["10 days"], ["10 days"]),          # a span of its own
])
def test_the_claims_layer_leaves_out_reference_periods_and_widths(text, quantities, claims):
    assert [q.surface for q in extract_quantities(text)] == quantities
    assert [c.surface for c in extract_claims(text, SEED_DATE)] == claims


def test_the_standard_and_poors_500_is_a_name():
    assert [q.surface for q in extract_quantities("The Standard & Poor 's 500-stock index lost 7 points.")] == [
        "7 points"]


@pytest.mark.parametrize("text, surface, qualifier", [
    ("The two countries are locked in a dispute over four exiles.", "four", "exact"),  # "over" = about
    ("Unions voiced fears over 300 jobs.", "300", "exact"),
    ("The firm has over 30 stores.", "over 30", "more_than"),
])
def test_over_after_a_noun_of_dispute_means_about(text, surface, qualifier):
    assert _quantity_at(text, surface).qualifier == qualifier


@pytest.mark.parametrize("text, surface, qualifier", [
    ("Prices rose 40 percent over five years.", "five years", "exact"),            # "over" a period: during it
    ("The sale would end over 150 years of family ownership.", "over 150 years", "more_than"),  # an amount of time
])
def test_over_a_span_is_during_it_unless_the_span_is_of_something(text, surface, qualifier):
    assert _quantity_at(text, surface).qualifier == qualifier


@pytest.mark.parametrize("text, surface, change", [
    ("The company raised its quarterly dividend 10 percent.", "10 percent", "up"),
    ("The strike slashed second-quarter profits 36 percent.", "36 percent", "down"),
    ("The firm cut 2,500 jobs.", "2,500", None),                  # what is cut is counted, no change is stated
    ("Prices have seen cuts of over 30 percent.", "over 30 percent", "down"),  # "cuts of": the noun of change
    ("The trade deficit widened 9 percent.", "9 percent", "up"),
    ("The gap narrowed 2 percent.", "2 percent", "down"),
])
def test_a_verb_of_change_before_its_object_states_a_change(text, surface, change):
    assert _quantity_at(text, surface).change == change


@pytest.mark.parametrize("text, surface, entity", [
    ("Half the flats are empty.", "Half", "flats"),                  # a fraction without "of"
    ("The shares lost half their value.", "half", "value"),
    ("The plan would cut costs by half.", "half", "costs"),          # "costs" the noun after the verb
    ("Sales rose 5 percent the following year.", "5 percent", "Sales"),
    ("The hosts scored three second-half goals.", "three", "second-half goals"),  # no "half" of a goal
])
def test_fractions_and_shares_name_what_they_are_of(text, surface, entity):
    found = extract_quantities(text)
    assert [q.surface for q in found] == [surface]
    assert found[0].entity == entity


def test_one_of_every_n_is_a_share():
    q = _quantity_at("One of every four wells in the county is dry.", "One of every four")
    assert (q.dimension, q.value, q.entity) == ("percent", 25.0, "wells")


@pytest.mark.parametrize("text, kept", [
    ("One morning last spring, a farmer found the fossil.", []),
    ("The start-up says it is one step ahead of its rivals.", []),
    ("In one example, a survey found errors.", []),
    ("One climber died on the ridge.", ["One"]),
])
def test_one_in_idioms_is_no_count(text, kept):
    assert [q.surface for q in extract_quantities(text)] == kept


@pytest.mark.parametrize("text, surface, entity", [
    ("The glacier may within the next 80 years entirely vanish.", "80 years", None),   # no word after it
    ("The last such storm for nearly two years didn't disappoint.", "nearly two years", None),
    ("The valley saw five years of drought.", "five years", "drought"),                     # "of" names it
    ("Staff held a three-day strike.", "three-day", "strike"),                               # a compound
])
def test_a_span_names_what_it_measures_with_of_or_as_a_compound(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Acme today reported its September quarter net profit rose 19 per cent.", "19 per cent",
     "September quarter net profit"),                                      # a subject after a reporting verb
    ("Quarterly profit rose a lower-than-expected 12 percent.", "12 percent", "Quarterly profit"),  # "than" inside
    ("U.S. crude prices climbed above $43 on Monday.", "above $43", "U.S. crude prices"),           # dotted acronym
    ("Seoul 's main index jumped 2.5 percent by noon.", "2.5 percent", "Seoul 's main index"),      # split possessive
    ("Results were hit by a $232 million (200 million euro) charge.", "$232 million", "charge"),   # past a restatement
])
def test_subjects_past_reporting_verbs_acronyms_and_restatements(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The DAX 30 closed 0.7% higher on Monday.", "0.7%", "DAX 30"),                   # an index keeps its number
    ("The 30-year mortgage rate eased three basis points.", "three basis points", "mortgage rate"),  # no modifier
    ("The plan offers speeds of up to 8Mbps.", "up to 8Mbps", "speeds"),             # "offers" is a verb
    ("Glaciers could lose another 40cm by 2100.", "40cm", "Glaciers"),                # "another" is no noun
])
def test_subjects_with_names_numbers_and_modifiers(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_2100_is_a_year():
    assert [q.surface for q in extract_quantities("Seas could rise 50cm by 2100.")] == ["50cm"]


@pytest.mark.parametrize("text, surface, entity", [
    ("The bank is close to settling a lawsuit for $220 million stemming from fraud claims.", "$220 million",
     "lawsuit"),                                                                      # the object of a deal
    ("Acme will buy Widgetco for $1.3 billion.", "$1.3 billion", "Widgetco"),
    ("Acme agreed to buy Widgetco, a toy maker, for $1.3 billion.", "$1.3 billion", "Widgetco"),  # past an appositive
    ("The drug doubled the risk of strokes, the study found.", "doubled", "risk"),  # what a verb multiplies
    ("The striker appealed the seven-match ban given to him.", "seven-match", "ban"),  # "given" ends it
])
def test_objects_of_deals_and_multiples(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("word", ["camps", "amps", "decks"])
def test_words_pint_splits_into_prefix_and_symbol_are_no_units(word):
    from claimsdata.units import pint_unit

    assert pint_unit(word) is None  # "camps" is no centiampere, "amps" no attometre per second
    assert pint_unit("tablespoons") == ("volume", "tablespoon")


@pytest.mark.parametrize("text, surface, entity", [
    ("Officials served a tax bill of almost $160 million on the mobile operator.", "almost $160 million",
     "tax bill"),                                                      # what it is "of", not where it falls
    ("Quarterly income climbed 18 percent on strong demand.", "18 percent", "Quarterly income"),  # "on" a cause
    ("The economy grew 9.5 per cent year-on-year.", "9.5 per cent", "economy"),                   # no period noun
    ("The group spent $1.3bn on new scanners.", "$1.3bn", "new scanners"),                       # spent on
])
def test_of_phrases_causes_and_periods(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Copper slipped after setting record highs above $9,800 a tonne.", "above $9,800", "record highs"),
    ("Night temperatures below 10C are common.", "below 10C", "Night temperatures"),
    ("Sales rose above $5 billion.", "above $5 billion", "Sales"),          # a verb before the bound: its subject
    ("Snow may reach 8 inches above 1,000 feet.", "above 1,000 feet", None),  # a unit before it is no noun
])
def test_the_plural_noun_before_a_bound(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_any_noun_after_per_is_a_rate():
    assert _quantity_at("The line charges $10 per roundtrip.", "$10").per == "roundtrip"
    q = _quantity_at("It adds $5 for one-way trips, and $10 per roundtrip.", "$10")
    assert (q.per, q.entity) == ("roundtrip", None)  # a rate of its own, not a restatement of the first figure
    assert _quantity_at("Prices rose 5 per cent.", "5 per cent").unit == "percent"


def test_millions_of_units_are_no_metres():
    q = _quantity_at("The maker expects to ship more than 100m units next year.", "more than 100m")
    assert (q.unit, q.value, q.entity) == ("count", 100_000_000.0, "units")


def test_millions_with_a_lost_currency_sign_are_no_metres():
    q = _quantity_at("The brand returned to local hands after a 70m deal.", "70m")
    assert (q.value, q.entity) == (70_000_000.0, "deal")
    assert _quantity_at("A 10m wall was built.", "10m").unit == "m"


def test_costs_in_the_region_of_are_approximate():
    q = _quantity_at("Repairs are in the region of $40 million.", "in the region of $40 million")
    assert q.qualifier == "approximate"


def test_metres_per_second_is_a_speed():
    [q] = extract_quantities("Gusts reached 35 m/s overnight.")
    assert (q.dimension, q.value) == ("speed", 35.0)


@pytest.mark.parametrize("text, surface, unit", [
    ("The singer's $ 20 million deal closed.", "$ 20 million", "USD"),   # the "s" of a possessive is no S$
    ("Tickets cost EUR45 each.", "EUR45", "EUR"),                        # an ISO code glued to its amount
])
def test_possessives_and_glued_codes(text, surface, unit):
    q = _quantity_at(text, surface)
    assert q.unit == unit


@pytest.mark.parametrize("text, surfaces", [
    ("output fell 3 % in the week ended oct. 7, the agency said.", ["3 %"]),   # lower case, with its dot
    ("on 1 may that year he was fined 900 francs.", ["900 francs"]),           # a day before a month
    ("the troops march 12 miles a day.", ["12 miles"]),                        # "march" the verb
    ("OSLO, AUG 29: the ferry carried 40 cars.", ["40"]),                # an upper-case dateline month
    ("LIMA, SEPT. 3 - exports rose 2%.", ["2%"]),
])
def test_lower_cased_dates(text, surfaces):
    assert [c.surface for c in extract_claims(text, date(2005, 1, 1)) if c.dimension != "date"] == surfaces


@pytest.mark.parametrize("text, surface, unit, value", [
    ("A ticket costs 12 dollars and 75.", "12 dollars and 75", "USD", 12.75),     # cents without the word
    ("The fare is 7 euros 20, one way.", "7 euros 20", "EUR", 7.2),
    ("A meal is 9 $ here.", "9 $", "USD", 9.0),                                 # a sign after the amount
    ("The kiosk sells it for 5,000 ₭.", "5,000 ₭", "LAK", 5000.0),              # a sign from the currency table
    ("It raised Rmb2bn.", "Rmb2bn", "CNY", 2e9),
])
def test_money_written_other_ways(text, surface, unit, value):
    q = _quantity_at(text, surface)
    assert (q.unit, q.value) == (unit, pytest.approx(value))


def test_a_number_after_an_amount_with_a_noun_is_its_own_count():
    found = [(q.surface, q.unit) for q in extract_quantities("He paid 15 dollars and 40 people came.")]
    assert found == [("15 dollars", "USD"), ("40", "count")]


def test_inches_after_feet_and_the_counted_noun_after_of_the():
    found = {q.surface: q for q in extract_quantities("The rower is 6 ft 4 in tall; 2 in 10 rowers are.")}
    assert found["4 in"].value == pytest.approx(0.1016) and found["4 in"].dimension == "length"
    assert "2 in" not in found                                             # "in" alone is no inch
    [q] = [q for q in extract_quantities("Inspectors closed 14 of the old bridges.") if q.surface == "14"]
    assert q.entity == "old bridges"


@pytest.mark.parametrize("text, surface, entity", [
    ("The pump delivers 40 litres a minute.", "40 litres", "pump"),             # a verb no list holds
    ("Night temperatures could dip to minus 15C.", "minus 15C", "Night temperatures"),
    ("Fuel prices hit a record 92p a litre.", "92p", "Fuel prices"),            # "a record" modifies the figure
    ("The charity gave $2m to the clinic.", "$2m", None),                       # the payer is not what it is of
    ("The council sent help here within 3 hours.", "3 hours", None),            # an adverb is no verb
])
def test_subjects_of_verbs_no_list_holds(text, surface, entity):
    q = _quantity_at(text, surface)
    assert q.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Wind supplies 22% of the region's power, up from 15% in 2010.", "15%", "region's power"),  # restated after "of"
    ("Gusts of up to 70 mph brought down power lines.", "up to 70 mph", "Gusts"),   # an irregular past is no noun
    ("They approved 12 towers rather than the 20 planned.", "12", "towers"),        # "rather" ends the phrase
])
def test_restatements_and_words_that_end_a_noun_phrase(text, surface, entity):
    q = _quantity_at(text, surface)
    assert q.entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ("Storms killed 9 people as the governor declared that aid was coming.", "9", None),   # a later clause's speaker
    ("The carrier plans to hire 400 pilots, its chief executive said.", "400", "its chief executive"),  # saying wins
    ("The chain reported a profit for the first half and said it would open 30 stores.", "30", "chain"),  # the
    # subject of the clause whose verb is joined to the saying (before, no speaker was found)
])
def test_which_attribution_governs_a_figure(text, surface, speaker):
    [c] = [c for c in extract_claims(text, date(2024, 5, 2)) if c.surface == surface]
    assert c.speaker == speaker


@pytest.mark.parametrize("text, surface, entity", [
    ("The judge issued a 40-page ruling.", "40-page", "ruling"),                  # a count joined to its noun
    ("They ended a six-game winning run.", "six-game", "winning run"),
    ("A 2,000-strong crowd gathered.", "2,000-strong", "crowd"),
    ("The fund is buying three more hotels.", "three", "hotels"),                 # "more" of the same noun
    ("Regulators approved two new licensed Internet registries.", "two", "new licensed Internet registries"),
    ("Exports rose more than two per cent.", "more than two per cent", "Exports"),  # a number word's subject
])
def test_compounds_participles_and_number_words(text, surface, entity):
    q = _quantity_at(text, surface)
    assert q.entity == entity


@pytest.mark.parametrize("text, surfaces", [
    ("Just a year ago the firm was private.", []),                     # "a year ago" places an event
    ("The plant opened three years ago.", ["three years"]),            # a stated span stays
    ("Staff may move to 401(k) plans.", []),                           # a section code
    ("He was 71.", ["71"]),
])
def test_ago_codes_and_obituary_ages(text, surfaces):
    found = extract_quantities(text)
    assert [q.surface for q in found] == surfaces
    assert all(q.dimension == "age" for q in found if q.surface == "71")


@pytest.mark.parametrize("text, surface, entity", [
    ("Ground rent on the flat triples every decade.", "triples", "Ground rent on the flat"),
    # the multiple is the verb
    ("Heating costs rose 9% in winter.", "9%", "Heating costs"),                           # a plural noun, not a verb
    ("The price of a ticket has risen to $80.", "$80", "price of a ticket"),              # "has" stays a verb
    ("The raid seized paintings worth $3m.", "$3m", "paintings"),                          # what is worth it
    ("Bailiffs cleared 8 of the 20 flats.", "8", "flats"),                                 # past a second number
])
def test_subjects_multiples_and_worth(text, surface, entity):
    q = _quantity_at(text, surface)
    assert q.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("She has won four Grand Slams since 2019.", "four", "Grand Slams"),                # a name goes on
    ("The 12-page report setting out the plan was leaked.", "12-page", "report"),       # "-ing" after a noun ends it
])
def test_names_counted_and_reduced_relatives(text, surface, entity):
    q = _quantity_at(text, surface)
    assert q.entity == entity


def test_a_scoreline_after_an_abbreviated_name():
    assert extract_quantities("The Royals beat the St. Paul Saints 5-4 on Friday.") == []


@pytest.mark.parametrize("text, surface, speaker", [
    ("Spain's health ministry said 40 new cases were found.", "40", "Spain's health ministry"),  # a possessive body
    ("The council on Monday approved 12 new schools.", "12", None),                             # no weekday speaks
])
def test_possessive_bodies_and_weekdays(text, surface, speaker):
    [c] = [c for c in extract_claims(text, date(2024, 5, 2)) if c.surface == surface]
    assert c.speaker == speaker


@pytest.mark.parametrize("text, surface, unit, value", [
    ("The bridge cost $40 million (Canadian $52 million).", "$52 million", "CAD", 52e6),   # a country's dollar
    ("The club hopes to raise 30m from the sale.", "30m", "count", 30e6),                 # millions, sign lost
    ("The sea wall is 30m high.", "30m", "m", 30.0),                                       # metres
])
def test_national_dollars_and_bare_millions(text, surface, unit, value):
    q = _quantity_at(text, surface)
    assert (q.unit, q.value) == (unit, pytest.approx(value))


def test_a_list_of_restated_figures_shares_the_subject():
    found = {q.surface: q.entity for q in extract_quantities(
        "Inflation was 2.1 percent in May, up from a revised 1.9 percent in April and 1.5 percent a year earlier.")}
    assert set(found.values()) == {"Inflation"}


@pytest.mark.parametrize("text, surfaces", [
    ("Chelsea escaped with a 2-2 tie at Everton.", []),            # a tie is a scoreline
    ("Ohio State moved to a 7-0 record.", []),
    ("The Hawks improved to 6-3 with the win.", []),                  # a record reached
    ("The Hawks fell to 6-3 after the loss to Utah.", []),
    ("Fares fell to 6-8 euros a seat.", ["6-8 euros"]),               # a range of a unit
    ("The Gulls thumped the Hull Tigers 41-10 on Sunday.", []),        # another result verb
    ("Midway through, the Lions trailed the Perth Stags 31-3 at home.", []),
    ("The night ended Perth Stags 28-14 after a late run.", []),      # a score after a team's name
    ("Highs in Perth 20-25 degrees are forecast.", ["20-25 degrees"]),
    ("Behind three games to one, the Cubs must win.", []),           # a series score in words
    ("She is ahead two sets to love.", []),
    ("A 52-6 romp over the visitors followed.", []),
    ("The hosts took a charity game 6-0.", []),                       # a descending pair is never a range
    ("They dropped the opening game, 21-17, on a late field goal.", []),
    ("The Lions pulled off a 27-to-24 win.", []),
    ("Their 2-1 cup qualifying victory came late.", []),
    ("The HAWKS (6-1) host the BEARS (2-5) on Sunday.", []),         # records in brackets after names
    ("Between 10-15 people were hurt.", ["Between 10-15"]),           # an ascending pair stays a range
    ("She carded a nine-under-par 63 to lead.", []),                  # a golf round
    ("He fashioned an eight-under par 63 on Saturday.", []),           # par in words, a space before "par"
    ("Fichardt, who shot a 67, leads by 2 shots.", ["2"]),             # a round's strokes after a verb
    ("He hit a final-round 67 to win by three shots.", ["three"]),
    ("He crashed out with a sextuple-bogey 11 on the 17th.", []),      # a hole's strokes
    ("The gunmen shot 70 people.", ["70"]),                            # a count after "shot"
    ("He shot a four-under 67 on Friday.", []),
    ("She had a 3-under-par 68; he is 5 over par.", []),              # the score against par itself
    ("Over 70 players entered.", ["Over 70"]),                        # "over" alone is a qualifier
    ("The 04-05 season starts soon.", []),                            # a leading zero: a season, a code
    ("The club went out in the last 16 of the cup.", []),             # a knockout round
    ("The last 16 victims were named.", ["16"]),
    ("He is the best one-day player in the world.", []),              # cricket's format
    ("Workers staged a one-day strike.", ["one-day"]),
    ("The former world number one retired.", []),                     # a ranking
    ("TEAM ab r h Lee 3b 5 1 2 1 0 1 0 .288 Cruz ss 3 1 1 0 2 0 1.", []),  # a box score's rows
    ("Formula Two boss Ann Lee lost the case.", []),                 # a name's number at a sentence's start
    ("Hanover 96 striker Tom Li will return.", []),                  # a club's name before a singular noun
    ("She hit five 3-pointers in the game.", []),                    # a shot's name
    ("He won gold in the 81-kilogram class.", []),                   # a weight class
    ("LIMA, Monday, Sept. 20: The squad has arrived.", []),          # a date before a colon
    ("The one-day run machine was rested.", []),                     # cricket's format
    ("The tie went to the final doubles match.", []),                # tennis doubles, no multiple
    ("In two Tests his figures are 1-228.", ["two"]),                # bowling figures
    ("The patch removes a third-party toolbar.", []),                # a fraction in a compound
    ("The essay ends here. Part 2 of 3.", []),                       # a numbered part and its total
    ("Game 4 of 7 is on Tuesday.", []),
    ("It was the last one the region will see.", []),                # "one" a pronoun after an adjective
    ("At precisely 8:52:46 a.m. the capsule landed.", []),           # a clock time, not a race time
    ("The carrier posted a third-quarter loss.", []),                # an ordinal, no fraction and no mass
    ("A fifth-year senior led the side.", []),
    ("She won the 400 individual medley.", []),                      # an event by its bare distance
    ("A jury fined the number two steel maker.", []),
    ("She was second in the 200 freestyle.", []),                     # an event by its bare distance
    ("The levy stays until at least 2009.", []),                       # a year after a qualifier
])
def test_ties_and_records_are_scorelines(text, surfaces):
    assert [q.surface for q in extract_quantities(text)] == surfaces


@pytest.mark.parametrize("text, surface", [
    ("At 80, the mathematician still teaches.", "80"),
    ("The sitcom star, now 81, was stopped at the airport.", "81"),
])
def test_ages_after_at_and_now(text, surface):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit) == ("age", "year")


def test_who_turns_n_is_an_age():
    [q] = extract_quantities("Moss, who turns 38 next week, still plays.")
    assert (q.dimension, q.value) == ("age", 38.0)


@pytest.mark.parametrize("text, surfaces", [
    ("Shipments start in the second half of next year.", []),         # a period of the year, not a share
    ("Ramirez doubled in two runs in the sixth.", ["two runs"]),       # a hit, not a multiple (the runs stay)
    ("Shares of Sony 6758.T rose.", []),                               # a ticker's exchange code
])
def test_periods_hits_and_tickers(text, surfaces):
    assert [q.surface for q in extract_quantities(text)] == surfaces


@pytest.mark.parametrize("text, surface, entity", [
    ("The chain raised its outlook, seeing sales up 4 percent.", "4 percent", "sales"),   # "up" stands for a verb
    ("Cheap loans pushed borrowing up 6 percent.", "6 percent", "borrowing"),              # the object of the verb
])
def test_verbless_changes(text, surface, entity):
    q = _quantity_at(text, surface)
    assert q.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The chain posted a 12 percent rise in monthly sales.", "12 percent", "monthly sales"),   # "-ly" adjective
    ("With the toll rising to 300, aid arrived.", "300", "toll"),                              # after "With"
    ("Shares in Acme, a maker of robots, fell 8 percent.", "8 percent", "Shares in Acme"),     # past an appositive
    # (the name after "in" is kept, as a place before the verb is)
    ("Four armed men stand at the gate.", "Four", "armed men"),                                 # a bare verb ends it
])
def test_adjectives_prepositions_and_appositives(text, surface, entity):
    q = _quantity_at(text, surface)
    assert q.entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ("The bank will cut 900 jobs, sources close to the talks said.", "900", "sources"),
    ("Acme Corp. on Monday said it would hire 200 staff.", "200", "Acme Corp"),                 # no "on Monday"
    ("Sales fell 4 percent, the national retail trade body said.", "4 percent", "national retail trade body"),
    ("UK Airways said fares would rise 8 percent.", "8 percent", "UK Airways"),      # no nationality in a company
    ("General Widget Co. said it will hire 300 staff.", "300", "General Widget Co"),  # no role in a company
    ("The firm lowered its estimated price range to $20 a share.", "$20", None),      # "its estimated" says nothing
    ("Rebels killed nine villagers, police said, taking the toll to 47.", "nine", "police"),  # between commas
    ("Press reports indicate the firm cut 300 jobs.", "300", None),                     # "reports" the noun
    ("Troops hit two camps, Kenyan army and police officials said.", "two",
     "Kenyan army and police officials"),                                              # a capital that leads
    ("Rebels killed nine villagers, police said, taking the toll to 47.", "47", "police"),   # on both sides
    ("Sales rose 5 percent, analysts said, after a weak year.", "5 percent", "analysts"),
    ("With IT projects costing $9 million, the most important projects come first.", "$9 million", None),  # nouns
    ("The IMF projects growth of 3.2% next year.", "3.2%", "IMF"),                     # the verb before a figure
])
def test_sources_weekdays_and_long_bodies(text, surface, speaker):
    [c] = [c for c in extract_claims(text, date(2024, 5, 2)) if c.surface == surface]
    assert c.speaker == speaker


@pytest.mark.parametrize("text", [
    "The Jets are off to a 4-0 start.",                 # a record
    "It was a 1-2 finish for the team.",                # placings
    "Take-Two shares rose.",                            # a name
])
def test_records_placings_and_hyphenated_names(text):
    assert [q.surface for q in extract_quantities(text) if q.dimension != "percent"] == []


@pytest.mark.parametrize("text, surface, entity", [
    ("Mobile users now number 40 million.", "40 million", "Mobile users"),              # "now" is no noun
    ("Snowfall since December is 30% below normal.", "30%", "Snowfall"),                # "since December" no clause
    ("The drought pushed prices above $9 a bushel.", "above $9", "prices"),            # the object of the verb
    ("Losses could reach $4bn, the insurer said.", "$4bn", "Losses"),                   # a modal's verb, no object
])
def test_time_phrases_objects_and_modals(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_noun_that_looks_like_a_verb_before_a_preposition():
    assert _quantity_at("The club set aside $6m for legal costs for the trial.", "$6m").entity == "legal costs"


@pytest.mark.parametrize("text, surface, unit, entity", [
    # a tally counts what its unit names, never the scorer
    ("Ann Lee scored a season-high 31 points in the win.", "31 points", "count", "points"),
    ("Tom Reyes grabbed two goals as the hosts won.", "two goals", "count", "goals"),
    ("The spinner took six wickets before lunch.", "six wickets", "count", "wickets"),
    ("The visitors went five points clear at the top.", "five points", "count", "points"),
    # points of an index stay points; points of a rate or a share are percentage points
    ("The Dow Jones industrial average fell 58.9 points.", "58.9 points", "point", "Dow Jones industrial average"),
    ("The central bank raised rates a quarter point.", "a quarter point", "pp", "rates"),
    ("Turnout was 61 percent, up 3 points on the last poll.", "3 points", "pp", "Turnout"),  # a restatement
    # a bare number that continues a tally counts its noun
    ("Ann Lee scored 31 points and Kim Ray added 19, carrying the Hawks.", "19", "count", "points"),
    ("Ann Lee had 14 points, Kim Ray added a season-high 13 and the Hawks won.", "13", "count", "points"),
    ("Ann Lee scored 25 points and Kim Ray added 4 rebounds.", "4", "count", "rebounds"),
    # a run whose noun is left out keeps its number and names nothing
    ("The Hawks have now won nine straight.", "nine", "count", None),
    ("The Hawks won 15 games in a row, 11 straight at home.", "11", "count", None),
    # what a delay delays
    ("The agency may delay the launch of the probe by up to 6 days.", "up to 6 days", "day", "launch of the probe"),
])
def test_tallies_runs_and_delays(text, surface, unit, entity):
    q = _quantity_at(text, surface)
    assert (q.unit, q.entity) == (unit, entity)


def test_at_one_point_is_a_moment():
    text = "At one point the crowd fell silent, but the team won one point."
    assert [(q.start, q.surface) for q in extract_quantities(text)] == [(text.rindex("one"), "one point")]


@pytest.mark.parametrize("text, speaker", [
    # "added" before a figure tallies it
    ("Ann Lee scored a game-high 22 points, Kim Ray added 17 and fifth-ranked Tech won.", None),
    ("The index added 11 points, traders said.", "traders"),
    ("Sales rose 5 percent, the company added.", "company"),
    # a participle's aside between a name and its verb
    ("Zeta Air, hoping to avoid a strike, said it is offering staff $40 million in bonuses.",
     "Zeta Air"),
    ("Acme, hoping to win the contract, said it would hire 300 workers.", "Acme"),
])
def test_tallying_verbs_and_participle_asides(text, speaker):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {speaker}


@pytest.mark.parametrize("text, surface, entity, change", [
    # adjectives between "by a" and the figure
    ("Dearer energy pushed shop prices up by a steep and bigger-than-forecast 0.8 percent.", "0.8 percent",
     "shop prices", "up"),
    ("Rents rose by a modest 2 percent.", "2 percent", "Rents", "up"),
    # ... but not the words of another phrase ("by a third in", "by a quarter to", "by a vote of")
    ("Thefts dropped by a quarter to 12,500.", "12,500", "Thefts", None),
    ("The Senate, by a vote of 61 to 37, approved the measure.", "61", "vote", None),
    # what an amount pays for, past a time phrase
    ("The operator will spend $2 billion over the next four years to upgrade its grid.", "$2 billion", "grid",
     None),
    ("The state plans to spend $40 million in 2025 to improve rural roads.", "$40 million", "rural roads", None),
])
def test_adjectives_after_by_and_purposes_after_a_time(text, surface, entity, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.change) == (entity, change)


@pytest.mark.parametrize("text, surface, qualifier, ref", [
    # parts of a year, resolved against the publication date (Wednesday 5 October 2022)
    ("The plant will be ready by the end of next year, the company said.", "the end of next year", "at_most",
     (date(2023, 9, 1), date(2023, 12, 31))),
    ("Output should recover in the second half of 2023.", "the second half of 2023", "exact",
     (date(2023, 7, 1), date(2023, 12, 31))),
    ("Elections will be held early next year.", "early next year", "exact", (date(2023, 1, 1), date(2023, 4, 30))),
    ("The bridge should open by mid-2024.", "mid-2024", "at_most", (date(2024, 5, 1), date(2024, 8, 31))),
    ("The deal is expected to close in the third quarter of 2023.", "the third quarter of 2023", "exact",
     (date(2023, 7, 1), date(2023, 9, 30))),
    ("Prices will rise again later this year.", "later this year", "exact", (date(2022, 10, 6), date(2022, 12, 31))),
    # a year or the next month, week or year where no figure is
    ("Deliveries will start in 2024.", "2024", "exact", (date(2024, 1, 1), date(2024, 12, 31))),
    ("Construction will finish next month.", "next month", "exact", (date(2022, 11, 1), date(2022, 11, 30))),
])
def test_forecast_parts_of_a_year_and_years_are_date_claims(text, surface, qualifier, ref):
    claims = [c for c in extract_claims(text, SEED_DATE) if c.dimension == "date"]
    assert [(c.surface, c.qualifier, (c.ref_start, c.ref_end)) for c in claims] == [(surface, qualifier, ref)]


@pytest.mark.parametrize("text, surface, ref", [
    ("The firm expects prices to fall 5% next year.", "5%", (date(2023, 1, 1), date(2023, 12, 31))),  # its period
    ("Sales fell 5% in the second half of 2021.", "5%", (date(2021, 7, 1), date(2021, 12, 31))),
    ("Sales fell 4% in early 2004.", "4%", (date(2004, 1, 1), date(2004, 4, 30))),
])
def test_a_year_with_a_figure_is_its_period_not_a_claim(text, surface, ref):
    claims = extract_claims(text, SEED_DATE)
    assert [(c.surface, (c.ref_start, c.ref_end)) for c in claims] == [(surface, ref)]


@pytest.mark.parametrize("text", ["The plant opened in 2021 and will expand.", "Output fell last year.",
                                  "Sales rose later that year."])
def test_past_years_are_no_date_claims(text):
    assert extract_claims(text, SEED_DATE) == []


@pytest.mark.parametrize("text, surface, entity", [
    # a relative clause between the object of a deal and its price
    ("Acme will buy Zeta Ltd., which runs three retail sites, for about $48 million.", "about $48 million",
     "Zeta Ltd."),
    # the subject of a clause after a verb of saying, when the clause's verb starts with an auxiliary or "to"
    ("The consultancy predicts the market will generate $17 billion by 2030.", "$17 billion", "market"),
    ("The chain expects third-quarter earnings to range between $22 million and $23 million.",
     "between $22 million and $23 million", "third-quarter earnings"),
    # ... not a noun the guessed verb belongs to
    ("The visitors declared their second innings at 388.", "388", None),  # (with "for six": a cricket total, no
    # quantity at all; test_cricket_totals_and_a_pair_named_before_are_no_claims)
])
def test_relative_clauses_and_subjects_of_clauses_said(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    # a count whose noun is left out after "and" counts the noun of the count before it
    ("Six people were found dead and 31 were still missing.", "31", "people"),
    ("The storm killed 12 people and injured at least 30 in the north.", "at least 30", "people"),
    ("The chain sold 500 cars in 2003 and 300 in 2004.", "300", "cars"),
    ("Eighty people were hurt and 12 of them were children.", "12", "people"),  # "of them": a part of those
    # a capitalised plural of a people or a creed heads its phrase
    ("Police questioned five suspected militant Islamists.", "five", "suspected militant Islamists"),
    ("Troops shot 12 armed Iraqis.", "12", "armed Iraqis"),
    ("The storm hit 3 people Tuesday.", "3", "people"),
])
def test_counts_left_out_after_and_and_plural_peoples(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surfaces", [
    ("She holds the club record for doubles in a career.", []),   # baseball's doubles, a noun
    ("She won titles in doubles and singles.", []),
    ("Profit doubles in a year.", ["doubles", "a year"]),             # the verb (and the span it took)
])
def test_doubles_after_a_preposition_are_a_noun(text, surfaces):
    assert [q.surface for q in extract_quantities(text)] == surfaces


def test_paring_a_roster_to_a_number_is_about_the_roster():
    assert _quantity_at("The club pared its squad list to 25.", "25").entity == "squad list"


def test_the_group_of_20_is_a_name():
    text = "At the Group of 20 meeting, a group of 20 protesters gathered."
    assert [(q.start, q.entity) for q in extract_quantities(text)] == [(text.rindex("20"), "protesters")]


@pytest.mark.parametrize("text, surface, entity", [
    # a relative clause's verb of change is about the noun "that" or "which" stands for
    ("Income rose 9 percent, helped by cloud subscriptions that rose 23 percent.", "23 percent", "cloud subscriptions"),
    ("The firm cited costs, which fell by 5 percent.", "5 percent", "costs"),
    ("Dealers reported car sales in May that fell 5 percent.", "5 percent", None),  # no month for a noun
    # the level a figure left, after "from", is of the same thing
    ("The broker cut its price target for Acme to $41 from $47.", "$47", "price target"),
    ("Sales of routers rose 4.1 percent worldwide in the first quarter to $6.2 billion.", "$6.2 billion",
     "Sales of routers"),
    # what an amount is "in", past "more", and "costs" as a noun after "in"
    ("The carrier must find $90 million more in savings.", "$90 million", "savings"),
    ("The insurer expects $2 billion in costs.", "$2 billion", "costs"),
])
def test_relative_clauses_earlier_levels_and_costs(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, speaker", [
    # wire copy's asides between a name and its verb
    ('Acme Stores Inc. <A HREF="http://example.com/q?t=ACM.N">ACM.N</A>, the biggest grocer, said on Saturday it '
     "expects a 3 percent rise in sales.", "Acme Stores Inc"),
    ('Zeta Mac <A HREF="http://example.com/q?t=ZM.N">ZM.N</A> said on Thursday its loans grew 11.2 percent.',
     "Zeta Mac"),
    ("Acme Corp. (ACM.N: Quote, Profile, Research) said sales rose 5 percent.", "Acme Corp"),
    ("The Northern Trade Council (NTC) on Wednesday said inflows fell to $310 billion.", "Northern Trade Council"),
    # a name glued to a dateline's dashes
    ("WELLINGTON (Wire)--Air Zeta Ltd. (AZ.NZ) said it hopes to raise NZ $95 million.", "Air Zeta Ltd"),
    ("NEW YORK--Acme Ltd. said sales rose 5 percent.", "Acme Ltd"),
])
def test_wire_asides_and_datelines_before_a_speaker(text, speaker):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("Acme said Thursday its profit rose 5 percent.", "5 percent", "profit"),         # the weekday of the statement
    ("Acme said Tuesday net profit jumped 38 percent.", "38 percent", "net profit"),
    ("March cocoa dropped 41 cents.", "41 cents", "March cocoa"),                # a month as a modifier
])
def test_a_weekday_before_a_subject_is_no_part_of_it(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, speaker, entity", [
    # a participle of consequence after a comma is the writer's, not the speaker's
    ("Acme said it was recalling a vaccine, casting a pall over trading as gold stayed above $2,000 an ounce.",
     "above $2,000", None, "gold"),
    ("Acme said sales fell, sending its shares down 4 percent.", "4 percent", None, "shares"),
    ("The firm must restate its accounts, the company said on Friday, sending its shares down 13.5 percent.",
     "13.5 percent", None, "shares"),
    # ... but what the speaker goes on to count stays the speaker's
    ("Acme said it would cut 500 jobs, bringing the total to 2,000.", "2,000", "Acme", "total"),
])
def test_consequences_after_a_saying_are_the_writers(text, surface, speaker, entity):
    c = next(c for c in extract_claims(text, SEED_DATE) if c.surface == surface)
    assert (c.speaker, c.entity) == (speaker, entity)


@pytest.mark.parametrize("text, surface, entity", [
    # two modifiers of one noun share it
    ("The club gave him a two-year, $5 million contract.", "two-year", "contract"),
    ("Acme won a seven-year, $260 million Navy contract.", "seven-year", "Navy contract"),
    # a tokeniser's space before "&"
    ("Acme ended a four-year, $70 million R &D effort.", "$70 million", "R &D effort"),
    ("AT &T Wireless shares rose 5 percent.", "5 percent", "AT &T Wireless shares"),
])
def test_shared_modifiers_and_spaced_ampersands(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_spaced_ampersand_stays_in_a_speakers_name():
    assert extract_claims("AT &T Corp. said it would cut 2,300 jobs.", SEED_DATE)[0].speaker == "AT &T Corp"


@pytest.mark.parametrize("text, surface, entity", [
    # an "-ing" noun heads its phrase after a singular noun
    ("A gas leak wrecked a three-story apartment building downtown.", "three-story", "apartment building"),
    ("The new rules will bring a 40 percent increase in defence spending.", "40 percent",
     "defence spending"),
    ("The firm has 300 staff training in Ohio.", "300", "staff"),                   # a verb after its subject
    # a count left out after a comma and a verb of the same kind
    ("The riots killed at least 9 people, hurt more than 150 and closed the port.", "more than 150", "people"),
])
def test_gerund_heads_and_counts_after_a_comma(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    # a singular unit after a plural number is a compound modifier, as if hyphenated
    ("The band returns after a 12 year silence.", "12 year", "silence"),
    ("The firm ended a six year patent dispute.", "six year", "patent dispute"),
    ("He waited 15 years for it.", "15 years", None),
])
def test_unhyphenated_compound_spans(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text", ["The hosts went on a 14-3 second half run to pull clear.",
                                  "The hosts took a 12-2 first-quarter lead."])
def test_a_scoring_run_with_its_period_is_a_scoreline(text):
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text, surface, value", [
    ("The flat has 3923sq m of gardens.", "3923sq m", 3923.0),
    ("The house has 300 sq m of floor space.", "300 sq m", 300.0),
    ("It is a 90sqm flat.", "90sqm", 90.0),
])
def test_square_metres_written_short(text, surface, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.value) == ("area", "m2", value)


@pytest.mark.parametrize("text, surface, entity", [
    ("Intel plans to spend $2 billion on a new plant.", "$2 billion", "new plant"),   # what it is spent on
    ("The three-bedroom flat, with a garden, sold for $1.25m.", "$1.25m", "three-bedroom flat"),  # past "with"
])
def test_spending_on_a_new_noun_and_asides_with_with(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, dimension, unit, value", [
    # the extraction issue's own categories, in sentences of ours
    ("He was sacked for a loss of -5 yards on the play.", "-5 yards", "length", "m", -4.572),
    ("The world now has 8 B people.", "8 B", "count", "count", 8e9),
    ("The plan costs 4 hundred million dollars.", "4 hundred million dollars", "money", "USD", 4e8),
    ("The crowd was twenty-eight thousand six hundred forty-two.", "twenty-eight thousand six hundred forty-two",
     "count", "count", 28642.0),
    ("Three thousand and five people came.", "Three thousand and five", "count", "count", 3005.0),
    ("Six hundred forty-two people came.", "Six hundred forty-two", "count", "count", 642.0),
    ("A ticket costs 500 kr.", "500 kr", "money", "SEK", 500.0),
    ("A meal costs 100 zł.", "100 zł", "money", "PLN", 100.0),
])
def test_negatives_spaced_scales_long_number_words_and_letter_signs(text, surface, dimension, unit, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.value) == (dimension, unit, pytest.approx(value))


@pytest.mark.parametrize("text", ["The rapper 50 Cent sang at the show.", "The airline flies Boeing 737-800 jets."])
def test_names_with_numbers_from_the_issue(text):
    assert extract_quantities(text) == []


def test_a_spaced_capital_is_a_scale_only_before_what_millions_count():
    assert [q.value for q in extract_quantities("Plan 8 B tests the idea.")] == [8.0]


def test_a_word_number_stops_before_the_next_scaled_number():
    q = _quantity_at("Losses are between five billion and six billion dollars.",
                     "between five billion and six billion dollars")
    assert (q.value_low, q.value_high) == (5e9, 6e9)


@pytest.mark.parametrize("text, surface, qualifier", [
    ("Copper traded near $9,100 a tonne.", "near $9,100", "approximate"),
    ("A little over a year after its launch, the firm grew.", "A little over a year", "more_than"),
    ("Shares fell slightly less than 2 percent.", "slightly less than 2 percent", "less_than"),
    ("The firm must act within two weeks.", "two weeks", "exact"),        # "within" stays exact, as the gold has it
])
def test_near_and_a_little_over(text, surface, qualifier):
    assert _quantity_at(text, surface).qualifier == qualifier


@pytest.mark.parametrize("text, surface, entity", [
    ("She won the 800m in 1:58.21, the fastest time in the world this year.", "1:58.21", "time"),
    ("He set a world record of 3:26.00 in Rome.", "3:26.00", "world record"),
    ("The colt set a track record of 1 minute 47.9 seconds.", "1 minute 47.9 seconds", "track record"),
    ("A fire swept the market, killing at least 8 traders and injuring more than 30.", "more than 30", "traders"),
    ("Eleven walkers were reported dead and 14 missing.", "14", "walkers"),
    ("The crash killed one driver and injured about 12.", "about 12", None),   # no singular for a plural
    ("The attack left five dead.", "five", "people"),                         # a toll ("dead" is no noun)
])
def test_race_times_and_states_of_people(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_possessive_before_an_event_name():
    assert extract_quantities("Fans hope this week's 100-meter sprint is the race of the year.") == []


@pytest.mark.parametrize("text, speaker", [
    ("The visitors posted 231/6 and lead by 142 runs at tea.", None),                # a score
    ("Zeta Foods posted a 2.6 percent fall in annual profit.", "Zeta Foods"),       # results it reports
    ("The president arrived for a two-day visit, an AFP correspondent reported.", "AFP correspondent"),
])
def test_posted_scores_and_acronym_reporters(text, speaker):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {speaker}


def test_a_week_ahead_is_a_schedule_not_a_date_claim():
    assert extract_claims("The talks are expected to continue next week.", SEED_DATE) == []


def test_a_model_name_with_a_plural_s_is_one_word():
    assert _quantity_at("The carrier will buy four Airbus A350s next year.", "four").entity == "Airbus A350s"


@pytest.mark.parametrize("text, speaker", [
    # a comma before "said" and a name after it: the name speaks, not the noun before the comma
    ("Forecasts ranged from 40,000 to 180,000 new jobs, all over the map, said Zeta Bank Corp...", "Zeta Bank Corp"),
    ("The biggest software maker, Acme Corp, said Thursday that its profit swelled to $2.1 billion.", "Acme Corp"),
])
def test_an_inverted_attribution_after_a_comma(text, speaker):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {speaker}


def test_a_bare_number_after_minutes_is_its_seconds():
    q = _quantity_at("She won in a time of four minutes 11.37.", "11.37")
    assert (q.dimension, q.value_written, q.entity) == ("duration", 11.37, "time")


@pytest.mark.parametrize("text, surface, entity", [
    # "cost" names its payer as object: the amount is about the subject
    ("The storm may cost insurers $2 billion to $5 billion.", "$2 billion to $5 billion", "storm"),
    ("Typhoon Mara, which hit the coast on Monday, may cost insurers $3 billion.", "$3 billion", "Typhoon Mara"),
    # a verb of cost or change after "and" shares the subject of the clause before it
    ("The sea wall is 610 metres long and cost 214 million pounds.", "214 million pounds", "sea wall"),
    ("Shares in Acme opened lower and fell 4% by noon.", "4%", "Shares in Acme"),
    ("In June the firm hired 40 staff and spent $3 million on training.", "$3 million", "training"),
    # a verb that names the amount: a fine, a donation
    ("The regulator fined the broker nearly $3.2 million on Monday.", "nearly $3.2 million", "fine"),
    ("Regulators fined Acme Corp and its former chief $2.1 million each.", "$2.1 million", "fine"),
    ("The couple donated $12.5 million to the university.", "$12.5 million", "donation"),
    ("The firm that was fined in 2003 spent $40 million on advertising.", "$40 million", "advertising"),
    # an amount restated in brackets after its noun is about the same noun
    ("Regulators handed out 50 million yuan fines (US $6 million) to shop owners.", "US $6 million", "fines"),
    # a place a distance away from another
    ("The crash happened near Villa Nueva, a town 25 miles south of the capital.", "25 miles", "town"),
    # "others" counts more of the noun before; one of a singular noun becomes its plural
    ("Nine soldiers were killed and 14 others were wounded.", "14", "soldiers"),
    ("One police officer died and two others were hurt.", "two", "police officers"),
    ("A court jailed one woman for life and six others for ten years.", "six", "women"),
    # a participle before "up" is the verb, not the subject
    ("Bus fares are going up 15 cents next month.", "15 cents", "Bus fares"),
    ("Prices are going up by 5% next year.", "5%", "Prices"),
])
def test_payers_coordinated_verbs_fines_places_and_others(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, change", [
    ("Sales rose a record 15% in May.", "15%", "up"),
    ("The shares fell a further 3% on Tuesday.", "3%", "down"),
    ("Bus fares are going up a record 15 cents.", "15 cents", "up"),
    ("Payrolls were down 2,000 in March.", "2,000", "down"),
    ("Wholesale prices shot up 1.2 last month.", "1.2", "up"),
    # a phrasal verb's particle is no change of the count
    ("Gunmen brought down two helicopters near the border.", "two", None),
    ("Police rounded up 40 suspects overnight.", "40", None),
    ("The union signed up 300 members since May.", "300", None),
    # a player's tally adds to no level
    ("Kim Ray added 19 points and Lee scored 12.", "19 points", None),
])
def test_changes_past_adjectives_and_not_phrasal_particles(text, surface, change):
    assert _quantity_at(text, surface).change == change


@pytest.mark.parametrize("text, speakers", [
    # a verb with an object ends no clause of saying: it says nothing of the figures before it
    ("Stocks rose after the $9 billion deal was announced and Acme Inc. posted strong results.", {None}),
    ("Sales rose 5% in May, the company said in a statement.", {"company"}),
    ("Sales rose 5% in May, Acme reported late Monday.", {"Acme"}),
    ("Sales rose 5% in May, the minister told reporters.", {"minister"}),
    # a possessive before a plan is a noun phrase, not a speaker
    ("Senator Ray warned that Governor Lee's plan to cut 7,000 jobs would fail.", {"Ray"}),
    # alleging is saying
    ("Officials allege 2.3 million card numbers were stolen in the scheme.", {"officials"}),
    ("The lawsuit alleges the bank overcharged 40,000 customers.", {"lawsuit"}),
])
def test_objects_possessives_and_allegations_in_attribution(text, speakers):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == speakers


def test_a_thief_is_no_subject_of_the_amount():
    assert _quantity_at("Prosecutors alleged that the pair stole $4 million.", "$4 million").entity is None


def test_a_year_before_to_and_an_amount_is_no_range():
    q = _quantity_at("Global sales of tablets fell in 2005 to $41 billion.", "$41 billion")
    assert (q.value, q.qualifier, q.entity) == (41e9, "exact", "Global sales of tablets")


@pytest.mark.parametrize("text, surface, entity", [
    ("Although sales at the chain rose 4% in May, profit fell.", "4%", "sales at the chain"),
    # a subordinator opens a clause
    ("Copper neared a record of $9.40 US a pound as supply fears grew.", "$9.40", "Copper"),  # (the dollar's
    # country is no noun)
    ("Acme said revenue will be below the $3.1 billion US preliminary revenues it gave.", "$3.1 billion",
     "preliminary revenues"),
    ("The mill will shed 140 posts, over half of them in its home town.", "over half", "posts"),
    ("Police held 40 people, 12 of them children.", "12", "children"),
    ("Rescuers found 14 wet and frightened hikers.", "14", "wet and frightened hikers"),
    ("The union won a 6 percent rise in pay and other gains.", "6 percent", "pay"),
    ("Police seized 40 bags of stolen goods.", "40", "bags of stolen goods"),          # a bag is no mass
])
def test_subordinators_dollar_country_of_them_and_adjective_pairs(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_the_dollar_country_leaves_the_rate():
    assert _quantity_at("Oil moved above $47 US a barrel.", "above $47").per == "barrel"


@pytest.mark.parametrize("text, surface, value", [
    ("Two-fifths of the members voted no.", "Two-fifths", 40.0),
    ("Four fifths of the staff agreed.", "Four fifths", 80.0),
    ("Only one-sixth of the money was spent.", "one-sixth", 100 / 6),
])
def test_fractions_of_any_denominator(text, surface, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value) == ("percent", pytest.approx(value, rel=1e-6))


def test_a_sixth_straight_title_is_an_ordinal():
    assert extract_quantities("He won a sixth straight title.") == []


@pytest.mark.parametrize("text, surface, entity", [
    # a level the verb reached names what reached it
    ("The price of gold rose to a new intraday high of $453.10 on Monday.", "$453.10", "price of gold"),
    ("Zinc futures climbed on Monday to a fresh peak of $1.45.", "$1.45", "Zinc futures"),
    ("Crude oil prices neared their all-time high of $49.40 as supply fears grew.", "$49.40", "Crude oil prices"),
    ("Acme's stock rose as high as $45.", "as high as $45", "Acme's stock"),
    # a verb that puts its object at a level
    ("The central bank kept the repo rate stable at 5 per cent.", "5 per cent", "repo rate"),
    ("The institute put the risk of a flood at 35 percent.", "35 percent", "risk of a flood"),
    ("Crude oil prices settled at $51.20 a barrel.", "$51.20", "Crude oil prices"),   # "prices" is no verb here
    # nouns that end like adverbs
    ("Investors must absorb $42 billion of new supply this week.", "$42 billion", "new supply"),
    # restatements across a rate, continuations after "and an additional", two modifiers of one contract
    ("Crude oil settled at $51.20 a barrel, up 64 cents on the day.", "64 cents", "Crude oil"),
    ("Sales fell 14 percent in May and an additional 4 percent in June.", "4 percent", "Sales"),
    ("The pitcher signed a $650,000, one-year contract.", "$650,000", "contract"),
])
def test_levels_at_verbs_ly_nouns_and_continuations(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_hyphenated_ranking_is_no_count():
    assert extract_quantities("He may miss the game at number-seven Hillside.") == []


@pytest.mark.parametrize("text, surface, entity", [
    # a change noun and what it changes
    ("Airlines slid as a jump in fuel prices to almost $3 a gallon stirred fears.", "almost $3", "fuel prices"),
    ("A rise in inflation to 3.1% surprised markets.", "3.1%", "inflation"),
    ("Acme reported a 13 percent gain in second-half income.", "13 percent", "second-half income"),
    ("Acme expects a 2 percent increase in November sales.", "2 percent", "November sales"),
    ("The news set off a 4 percent climb in its stock.", "4 percent", "stock"),
    ("Zeta staged a 2 per cent rebound following its 31 per cent fall.", "31 per cent", "Zeta"),
    ("Auto sales declined 2.2 percent in May after a 4.3 percent increase in April.", "4.3 percent", "Auto sales"),
    ("Acme booked a record profit of $1.83 billion, a 12 per cent increase.", "12 per cent", "record profit"),
    # asides between dashes, web names, possessives of measure, quoted words inside a phrase
    ("Acme will buy Widgetco Ltd -- a Dutch firm that runs toy shops in Spain -- for $80 million.", "$80 million",
     "Widgetco Ltd"),
    ("The core jobless rate -- which leaves out farm work -- also slipped 0.3 percent.", "0.3 percent",
     "core jobless rate"),
    ("Acme said it would buy Shopzeta.com Ltd., which runs web stores, for $60 million.", "$60 million",
     "Shopzeta.com Ltd."),
    ("Acme plans to give users three days' advance notice of updates.", "three days", "advance notice"),
    ("The work will be done in two years' time.", "two years", None),
    ('More than a third of the region\'s "truly dangerous" dams lack even a gauge.', "More than a third",
     "region's truly dangerous dams"),
    # a verb whose "of" is its own; an adverb ends a phrase
    ("The regulator is warning four fund managers of possible enforcement action.", "four", "fund managers"),
    ("He leads with 300 wins here, a record.", "300", "wins"),
])
def test_change_nouns_asides_possessives_and_quotes(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text", [
    "Routers using the wireless 802.11x protocol are in airports.",   # a standard, not a multiple
    "He made the last 16 here after a walkover.",                   # a round of a cup
])
def test_standards_and_rounds_with_a_tail(text):
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("Unskilled jobs will be gone within 12 years, the leading employers' organisation claims today.",
     "leading employers' organisation"),
    ("A court acquitted six suspects in the case, El Diario newspaper reported Friday.", "El Diario newspaper"),
])
def test_claims_and_a_named_newspaper_after_the_figures(text, speaker):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # attributions after the figures
    ("The leader ruled out an inquiry into the 62-day siege, two British newspapers said Tuesday.", "newspapers"),
    # a body's (or a person's) officer named by role only speaks for them, the role kept (speaker_role)
    ("Gunmen wounded three of his guards, Smith 's spokesman said.", "Smith"),
    ("The firm will cut 12 percent of its jobs, Acme's chief executive said Tuesday.", "Acme"),
    ("No progress was made in 12 rounds of talks, a North Korean Foreign Ministry spokesman said.",
     "North Korean Foreign Ministry spokesman"),
    ("Pollen was found 19 kilometres away, scientists reported in a study, raising fears of crossbreeding.",
     "scientists"),
    ("A man who killed eight children was hanged, local media have said.", "local media"),
    ("Five ministers agreed to act, officials here said, but talks stalled.", "officials"),
    ("Ten firms failed last year, says the Zeta Fund 's latest yearly review.", "Zeta Fund"),
    # attributions before them
    ("State and local officials Tuesday said eight people have died.", "State and local officials"),
    ("Iraqi health officials said airstrikes killed at least 44 people.", "Iraqi health officials"),
    ("Microsoft Corp. officials said the company has spent $9 million on it.", "Microsoft Corp. officials"),
    ("Hollywood studios said they will file 300 lawsuits.", "Hollywood studios"),
    ("An Indian carrier said it would buy 10 jets.", "carrier"),
    ("Spain 's third-largest cable company says it plans to open 800 shops.",
     "Spain's third-largest cable company"),
    ("Tesco, Britain's biggest grocer, said that sales grew by 11.5 percent.", "Tesco"),
    ("Stocks gained after analysts reported chip orders climbed 9 percent.", "analysts"),
    ("A man said 10 people died.", None),                                  # no body, no name
])
def test_more_forms_of_attribution(text, speaker):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {speaker}


@pytest.mark.parametrize("text", [
    "Output rose at a 2.9 percent pace but less than many analysts expected.",   # a comparison
    "Sales rose 4 percent on Friday after analysts met.",                                   # no saying
])
def test_groups_that_are_no_source(text):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {None}


def test_a_court_filing_is_the_source_not_its_participle():
    claims = extract_claims("Lawyers seek immunity in the $9 billion case, according to court papers filed on Monday.",
                            SEED_DATE)
    assert {c.speaker for c in claims} == {"court papers"}


@pytest.mark.parametrize("text", [
    "Kim rallied from four shots back with a superb 64 to take his first golf title.",
    "Lee scored 127 points in '98, his third season.",
])
def test_a_golf_round_with_an_adjective_and_a_short_year(text):
    assert all(q.surface not in ("63", "98") for q in extract_quantities(text))


def test_an_adverb_before_a_participle_and_its_noun():
    assert _quantity_at("Officials tried to exclude 412 newly discovered ballots.", "412").entity == \
        "newly discovered ballots"


@pytest.mark.parametrize("text, surface, change", [
    ("Home sales rose a bigger-than-forecast 5.2 percent in March.", "5.2 percent", "up"),
    ("Oil prices struggled to shake off this week's $6 slump.", "$6", "down"),
])
def test_changes_past_hyphenated_adjectives_and_money_change_nouns(text, surface, change):
    assert _quantity_at(text, surface).change == change


@pytest.mark.parametrize("text, surface, entity", [
    ("The firm reported a $2 billion increase in revenue.", "$2 billion", "revenue"),
    ("Oil rose $2 a barrel after a $3 drop on Monday.", "$3", "Oil"),
    ("Oil prices struggled to shake off this week's $6 slump.", "$6", "Oil prices"),
])
def test_money_change_nouns_name_what_changed(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text", [
    "Shares in the store group rose after it cut half-year losses.",   # a reporting period
    "Zeta Bank (BSD2.FSE) has said it is selling a stake.",           # a ticker and its exchange
])
def test_reporting_periods_and_tickers_are_no_quantities(text):
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text, surface, entity", [
    ("Zeta will pay US $2.4 billion in cash for the division.", "US $2.4 billion", "division"),
    ("Acme offered $2.1 billion for the chipmaker.", "$2.1 billion", "chipmaker"),
])
def test_what_a_payment_after_the_amount_is_for(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text", [
    "The Astros won their ninth straight game with a 10-to-five victory.",   # a score with a word
    "Gamers want the Zeta 8X AGP Turbo board.",      # a product grade
])
def test_word_scores_and_product_grades_are_no_quantities(text):
    assert [q.surface for q in extract_quantities(text)] == []


def test_of_them_reaches_back_past_a_clause():
    text = "Police say seven people were hurt when rebels set off a bomb near the minister, two of them badly."
    assert _quantity_at(text, "two").entity == "people"


@pytest.mark.parametrize("text, surface, value, per, qualifier", [
    ("About once a month, the firm releases a patch.", "About once a month", 1.0, "month", "approximate"),
    ("The board meets twice a year.", "twice a year", 2.0, "year", "exact"),
])
def test_frequencies_are_counts_per_period(text, surface, value, per, qualifier):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value, q.per, q.qualifier) == ("count", value, per, qualifier)


def test_recorded_with_an_object_is_a_tally_not_a_saying():
    claims = extract_claims("Rival browser Foxfire has recorded over 12m downloads since March.", SEED_DATE)
    assert {c.speaker for c in claims} == {None}


def test_a_currency_named_before_a_restated_amount():
    q = _quantity_at("Acme will pay US $500 million (euros 410 million) for the insurer.", "410 million")
    assert (q.dimension, q.unit) == ("money", "EUR")


@pytest.mark.parametrize("text, surface, entity", [
    ("The suite brings into one package all of the apps.", "one", "package"),
    ("About half of all cancers could be prevented.", "About half", "cancers"),
])
def test_all_ends_a_phrase_only_after_its_noun(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_series_format_is_no_count():
    assert extract_quantities("The Sun won Game One of the best-of-three finals.") == []


@pytest.mark.parametrize("text, surface, entity", [
    ("Zeta will pay US $3 billion for Acme's spectrum licenses.", "US $3 billion", "spectrum licenses"),
    ("Purse: $4.2 million. Winner's share: $756,000.", "$756,000", "Winner's share"),
    ("The offer is open to users of MSN premium services costing $19.", "$19", "MSN premium services"),
])
def test_payments_for_a_possessive_labels_and_costing(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Workers backed a wage deal that will save the railway $300 million a year.", "$300 million",
     "wage deal"),
    ("The new plant, which will cost $2 billion, opens in May.", "$2 billion", "new plant"),
    ("Staff rejected a plan that would save $40 million.", "$40 million", "plan"),
])
def test_a_relative_clause_that_saves_or_costs_an_amount(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, qualifier", [
    ("The club wants male players 40 and older for its team.", "40 and older", "at_least"),
    ("Adults aged 65 or over make up 20% of voters.", "65 or over", "at_least"),
])
def test_ages_and_older(text, surface, qualifier):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value, q.qualifier) == ("age", float(surface.split()[0]), qualifier)


def test_make_up_is_no_change():
    assert _quantity_at("Women made up 45 percent of the workforce.", "45 percent").change is None


def test_of_which_takes_the_unit_of_the_figure_before():
    q = _quantity_at("She ran for 180 yards on the day, 60 of which came in the first half.", "60")
    assert (q.dimension, q.unit_surface, q.value_written) == ("length", "yards", 60.0)


@pytest.mark.parametrize("text, surface, entity", [
    ("Air Zeta hopes to raise NZ $120 million in a rights issue next month.", "NZ $120 million", "rights issue"),
    ("The firm sold bonds worth $5 billion in a bid to cut debt.", "$5 billion", "bonds"),
])
def test_an_amount_in_a_thing(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, speaker", [
    ("Permits fell to 41,000 in May, Housing Office figures showed on Monday, but builders were upbeat.",
     "Housing Office"),  # (the body speaks through its figures; "Housing Office figures" until the ninth session)
    ("Acme will pay $500 million to settle the case, according to reports in the press.", "reports"),
])
def test_data_showed_before_but_and_reports_in(text, speaker):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {speaker}


@pytest.mark.parametrize("text, surface, qualifier", [
    ("The industry is turning to people over 65.", "over 65", "more_than"),
    ("Children under 5 are most at risk.", "under 5", "less_than"),
    ("Kenji Sato (31, Osaka Tigers) has broken the record.", "31", "exact"),
])
def test_ages_of_people_over_under_and_in_brackets(text, surface, qualifier):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.qualifier) == ("age", qualifier)


@pytest.mark.parametrize("text", [
    "It was the worst breach at the palace since 1642.",                             # an earlier year
    "Kim is one shot behind going into the final round after a solid 69 on Saturday.",  # a golf round
])
def test_earlier_years_and_golf_rounds_after_a(text):
    assert all(q.surface not in ("1642", "69") for q in extract_quantities(text))


def test_millions_of_money_elsewhere_in_the_sentence():
    q = _quantity_at("The port changed hands in a 430m takeover deal which will give its owners nearly 35m.",
                     "nearly 35m")
    assert (q.dimension, q.value) == ("count", 35e6)          # millions (the currency sign was lost), no metres


@pytest.mark.parametrize("text, surface, dimension", [
    ("The rivals signed a seven-point truce plan for the valley.", "seven-point", "count"),   # a plan's points
    ("The Tigers hold a 10-point lead.", "10-point", "other"),                            # a tally
])
def test_a_plans_points_are_counted(text, surface, dimension):
    assert _quantity_at(text, surface).dimension == dimension


def test_a_weight_class_title_after_an_abbreviation_dot():
    assert extract_quantities("Cruz kept his 147 lb. title for the third time.") == []


def test_a_list_inside_an_appositive_before_said():
    text = ("Acme Corp., a maker of boats, bikes and tents, said Monday that it lifted the dividend "
            "by 7 percent.")
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {"Acme Corp"}


@pytest.mark.parametrize("text, speaker", [
    ("The levy may reach $9 a ton, a senate source briefed on the draft rules told reporters.",
     "senate source"),
    ("Iraq exported one million barrels on Friday, an official at the state-owned company said.", "official"),
    ("A Linux group has won an $8.6 million contract, says a TechWeb story.", "story"),
    ("A study says that removing one to three lymph nodes spares women arm problems.", "study"),
    ("A car bomb killed at least six people, the Interior Ministry said.", "Interior Ministry"),
    ("Eighteen people asked for refuge, according to Interior Ministry officials in Lima.",
     "Interior Ministry officials"),
    ("Acme will pay $200 million to settle a lawsuit, sources familiar with the matter said.", "sources"),
    ("Acme sold the unit for 660 million dollars, a joint statement said.", "joint statement"),
])
def test_sources_briefed_officials_at_documents_and_named_ministries(text, speaker):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {speaker}


@pytest.mark.parametrize("text, surface, speaker", [
    ("Zeta hid its losses, regulators said, touching off a second row in 16 months.", "16 months", None),
    ("Zeta hid $40 million in losses, regulators said, and its shares fell.", "$40 million", "regulators"),
])
def test_a_consequence_after_an_attribution_between_commas_is_the_writers(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


def test_a_dateline_with_no_dash_is_no_part_of_the_subject():
    text = "CHICAGO Corn futures slipped toward $3 a bushel on Tuesday as harvest reports came in."
    assert _quantity_at(text, "toward $3").entity == "Corn futures"
    assert _quantity_at("BAE Systems shares rose 4 percent.", "4 percent").entity == "BAE Systems shares"  # a name


@pytest.mark.parametrize("text, surface, qualifier, change", [
    ("CHICAGO Corn futures slipped toward $3 a bushel on Tuesday.", "toward $3", "approximate", None),
    ("The fund put $5 million toward 20 new homes.", "20", "exact", None),          # a purpose, not a level
])
def test_a_move_toward_a_level_is_near_it(text, surface, qualifier, change):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.change) == (qualifier, change)


def test_a_price_per_bushel():
    assert _quantity_at("Corn slipped to $3 a bushel.", "$3").per == "bushel"


@pytest.mark.parametrize("text, surface, entity", [
    ("Shares of Zeta Robotics (ZRB.O: Quote, Profile, Research), the welding-arm firm, rose 6.2 percent in "
     "premarket trading on Friday.", "6.2 percent", "Shares of Zeta Robotics"),   # a session, not what rose
    ("The lender hid bad loans totaling 3 trillion won in 2001, auditors said.", "3 trillion won", "loans"),
    ("Zeta plans to buy the flat and car rental service Rentz.com for $310 million.", "$310 million",
     "car rental service Rentz.com"),                                              # the second of two nouns
    ("The win extended the club's lead in the league to 11 points.", "11 points", "club's lead"),
])
def test_sessions_totals_purchases_and_leads(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, unit", [
    ("The lender hid bad loans totaling 3 trillion won in 2001.", "3 trillion won", "KRW"),
    ("Of the 1,200 candidates, 4,000 won seats.", "4,000", "count"),              # the verb
])
def test_won_after_a_large_amount_is_the_korean_currency(text, surface, unit):
    assert _quantity_at(text, surface).unit == unit


@pytest.mark.parametrize("text, surface", [
    ("She never owned a bicycle until she was 30 and now rides in races.", "30"),
    ("When he was 12 he left school.", "12"),
])
def test_an_age_in_a_clause_of_time(text, surface):
    assert _quantity_at(text, surface).dimension == "age"


def test_a_relative_clause_that_says_names_no_speaker():
    text = "The woman who says she never owned a bicycle until she was 30 now rides in races worth thousands."
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {None}


@pytest.mark.parametrize("text, surface, entity", [
    ("Three banks go to court in Leeds seeking damages.", "Three", "banks"),         # a verb after a plural
    ("Two firms face fines of $5 million.", "$5 million", "fines"),
    ("Europe took three of the four opening foursomes matches.", "three", "opening foursomes matches"),
    ("The jury found four of the six men charged guilty of fraud.", "four", "men"),  # a participle after "men"
])
def test_verbs_after_plurals_and_word_numbers_of_a_whole(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, value", [
    ("Ochoa is resigning after three stormy years heading the agency.", "three stormy years", 3 * 365.25),
    ("It took two more years.", "two more years", 2 * 365.25),
    ("The bank has ten working days to reply.", "ten working days", 10.0),
])
def test_an_adjective_between_a_number_and_its_period(text, surface, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value) == ("duration", value)


@pytest.mark.parametrize("text, surface, dimension", [
    ("The star is two light years away.", "two light years", "length"),
    ("Home sales eased for a fifth straight month, data showed.", None, None),       # an ordinal, no period
])
def test_periods_with_adjectives_leave_light_years_and_ordinals(text, surface, dimension):
    found = {(q.surface, q.dimension) for q in extract_quantities(text) if q.dimension != "date"}
    assert found == ({(surface, dimension)} if surface else set())


@pytest.mark.parametrize("text, surface, entity", [
    ("Price tags exceeding $2 trillion alarm voters.", "exceeding $2 trillion", "Price tags"),
    ("Temperatures above 42C hit the south.", "above 42C", "Temperatures"),
])
def test_a_bound_after_a_plural_is_of_that_plural(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, change", [
    ("Acme raised $300 million in a bond sale.", "$300 million", None),             # money collected
    ("Acme raised its dividend 10 cents to 50 cents.", "10 cents", "up"),          # a change of its object
    ("Prices were raised by $3.", "$3", "up"),
])
def test_money_raised_is_no_rise(text, surface, change):
    assert _quantity_at(text, surface).change == change


@pytest.mark.parametrize("text", [
    "Santos began the season with one aim in mind: the league title.",
    "Not only might one suspect that prices rose.",
])
def test_one_in_an_idiom_or_as_a_pronoun(text):
    assert [q.surface for q in extract_quantities(text)] == []


@pytest.mark.parametrize("text, surface, entity", [
    ("Life expectancy for men rose to 77.1 years.", "77.1 years", "Life expectancy for men"),
    ("Unemployment among young people rose to 23 percent.", "23 percent", "Unemployment among young people"),
    ("Sales in Europe rose 4 percent.", "4 percent", "Sales in Europe"),  # a place stays too (another figure)
])
def test_a_group_of_people_after_for_or_among_stays_in_the_entity(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Insured losses from the storm could reach $12bn, a modelling firm estimated.",
     "$12bn", "Insured losses from the storm"),
    ("Building the tunnel will take about 40 months and create 3,000 jobs.", "3,000", "jobs"),
    ("Construction of the tunnel will take about 40 months.", "about 40 months", "Construction of the tunnel"),
    ("The new arena will seat 40,000 and cost an estimated $2 billion.", "an estimated $2 billion", "new arena"),
    ("Prices in the capital rose at an annual rate of 7.2% in May.", "7.2%", "Prices in the capital"),
    ("The blaze has burned 12,000 acres and is 45 percent contained.", "45 percent", "blaze"),
    ("The tunnel is 80 percent complete.", "80 percent", "tunnel"),
    ("The shark, 6 metres long and weighing 2 tonnes, was caught on Friday.", "2 tonnes", "shark"),
    ("The estate, 900 hectares in all, was valued at 4 million pounds.", "4 million pounds", "estate"),
])
def test_subjects_through_asides_coordination_rates_and_states(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, dimension", [
    ("The president, 71, has ruled the country for 24 years.", "71", "age"),
    ("The firm, 25, was sold.", "25", "count"),                                        # no person
])
def test_an_age_between_commas_after_a_person_noun(text, surface, dimension):
    assert _quantity_at(text, surface).dimension == dimension


@pytest.mark.parametrize("text, surface, low, high", [
    ("Polls show 35% to 45% support.", "35% to 45%", 35, 45),
    ("Inflation will stay between 4% and 5% until spring.", "between 4% and 5%", 4, 5),
    ("Growth will be between 3 percent and 4 percent.", "between 3 percent and 4 percent", 3, 4),
    ("Sales would rise 3% to 5% in December.", "3% to 5%", 3, 5),                  # a forecast change
    ("The agent expects rents to fall 5% to 15% next year.", "5% to 15%", 5, 15),
    ("Shares rose 2 to 4 percent.", "2 to 4 percent", 2, 4),                        # a bare first number
])
def test_ranges_of_percentages(text, surface, low, high):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.value_low, q.value_high) == ("range", low, high)


@pytest.mark.parametrize("text, surfaces", [
    ("Inflation rose 0.5% to 3.1%.", ["0.5%", "3.1%"]),                              # a change and a level
    ("The index rose 12 to 4,812.", ["12", "4,812"]),
    ("Sales rose 5% and 6% in two years.", ["5%", "6%", "two years"]),             # "and" without "between"
])
def test_changes_and_levels_are_no_ranges(text, surfaces):
    assert [q.surface for q in extract_quantities(text)] == surfaces


@pytest.mark.parametrize("text, surface, dimension, change", [
    ("The index rose 14.2 points to 5,130.6.", "5,130.6", "other", None),           # a level in points
    ("The Nikkei fell 61.3 points, or 0.5 percent, to 11,204.8.", "11,204.8", "other", None),
    ("The Nikkei fell 61.3 points, or 0.5 percent, to 11,204.8.", "0.5 percent", "percent", "down"),
    ("The patient lost 6kg, or about 9% of body weight.", "about 9%", "percent", None),  # a share of a whole
])
def test_levels_after_moves_in_points_and_restated_moves(text, surface, dimension, change):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.change) == (dimension, change)


@pytest.mark.parametrize("text, surface, value", [
    ("Average temperatures rose 3.6degF.", "3.6degF", 2.0),                        # a difference: no offset
    ("The sea warmed by 1.8F.", "1.8F", 1.0),
    ("It was 50F on Monday.", "50F", 10.0),                                         # a reading: with it
])
def test_a_change_of_temperature_converts_without_the_offset(text, surface, value):
    assert _quantity_at(text, surface).value == pytest.approx(value)


@pytest.mark.parametrize("text, surface, dimension, unit, entity", [
    ("Rovers went four points clear at the top.", "four points", "count", "count", "points"),  # a tally
    ("The senator won by more than 90,000 votes.", "more than 90,000 votes", "count", "count", "votes"),
    ("The Dow fell 44.2 points.", "44.2 points", "other", "point", "Dow"),              # an index's points
    ("Turnout was 58 percent, up 4 points on the last vote.", "4 points", "percent", "pp", "Turnout"),
    ("Smith ran for 131 yards.", "131 yards", "length", "m", None),                  # yards stay a length
])
def test_tallies_count_their_noun_and_points_of_a_share_are_percentage_points(text, surface, dimension, unit,
                                                                               entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.entity) == (dimension, unit, entity)


@pytest.mark.parametrize("text, surface, qualifier", [
    ("Gusts topped 90 knots as the storm came ashore.", "90 knots", "more_than"),    # passing a mark
    ("Console sales passed 40 million units worldwide.", "40 million", "more_than"),
    ("Congress passed 12 bills.", "12", "exact"),                                    # what passed
    ("Hail stones as big as 4cm dented cars.", "as big as 4cm", "at_most"),
    ("Fares as low as $19 are on offer.", "as low as $19", "at_least"),
    ("Most of the victims were children under five.", "under five", "less_than"),    # an age in words
])
def test_marks_passed_and_as_big_as(text, surface, qualifier):
    assert _quantity_at(text, surface).qualifier == qualifier


@pytest.mark.parametrize("text, surface, change", [
    ("Acme sold 4.2 million cars, a gain of 2.1 per cent.", "2.1 per cent", "up"),
    ("A one-off gain of 9 cents lifted profit.", "9 cents", None),                   # a profit, not a rise
    ("Rainfall was 40% below average in the north.", "40%", "down"),               # a baseline
    ("July was 1.4C above the long-term average.", "1.4C", "up"),
    ("Acme stock rose as high as $45.", "as high as $45", None),                    # the level it reached
    ("Oil climbed above $60 for the first time.", "above $60", None),
    ("Dell cut prices on its laptops by up to 25% on Monday.", "up to 25%", "down"),
    ("Seas could rise another 70cm by 2100.", "70cm", "up"),
    ("Zeta will cut costs and boost revenue by $2 billion.", "$2 billion", "up"),   # the nearer verb
])
def test_changes_named_by_nouns_baselines_and_levels(text, surface, change):
    assert _quantity_at(text, surface).change == change


@pytest.mark.parametrize("text, surface, per", [
    ("The plan will save about £200m annually.", "about £200m", "year"),
    ("The group will have annual sales of 40 billion dollars.", "40 billion dollars", "year"),
])
def test_amounts_per_year_in_words(text, surface, per):
    assert _quantity_at(text, surface).per == per


@pytest.mark.parametrize("text, found", [
    ("The site was down for several hours on Friday.", [("several hours", 0.125, 0.375)]),
    ("Talks lasted a couple of weeks.", [("a couple of weeks", 14.0, 21.0)]),
    ("A few days ago the firm said so.", []),                                        # a time, not a span
    ("Zeta will ship Windows XP Service Pack 2 to 80 million users.", [("80 million", 8e7, 8e7)]),
])
def test_vague_periods_and_a_names_number_before_to(text, found):
    assert [(q.surface, q.value_low, q.value_high) for q in extract_quantities(text) if q.dimension != "date"] \
        == found


@pytest.mark.parametrize("text, surface, speaker", [
    ("Shares jumped after the discount chain posted a profit and said it would spend $1.4 billion on stores.",
     "$1.4 billion", "discount chain"),
    ("Zeta Corp. posted a loss in the third quarter and said it would cut 500 jobs.", "500", "Zeta Corp"),
    ("Prices rose 3% and fell back.", "3%", None),
])
def test_a_subject_whose_verb_is_joined_to_a_saying(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("New car and truck sales rose 3 per cent in May.", "3 per cent", "New car and truck sales"),
    ("Exports and imports rose 5%.", "5%", "Exports and imports"),
    ("Sales rose and profits fell 5%.", "5%", "profits"),                            # two clauses
])
def test_two_modifiers_of_one_noun_joined_by_and(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text", [
    "See the story on p. 162.",                                                      # a page
    "The table is on page 5 of the report.",
    "Sign up for one-on-one lessons.",                                               # a way of working
    "He earned a six-figure salary.",                                                # the size of an amount
    "Sales grew at a double-digit rate.",
])
def test_pages_one_on_one_and_figures_that_size_an_amount(text):
    assert extract_quantities(text) == []


def test_one_to_two_weeks_still_reads_the_period():
    assert [q.surface for q in extract_quantities("Davis will miss one-to-two weeks.")] == ["one-to-two weeks"]


def test_one_thing_to_another_counts_nothing():
    assert extract_quantities("The virus passed from one pig to another.") == []
    assert [q.surface for q in extract_quantities("One reactor was shut down.")] == ["One"]


@pytest.mark.parametrize("text, surface, speaker", [
    ("Ruiz has put the selectors in a bind with a six-wicket haul.", "six-wicket", None),   # no estimate
    ("Officials put the death toll at 42.", "42", "officials"),                                # an estimate
    ("The Thai police asserted Friday it would hunt three fugitives.", "three", "Thai police"),
])
def test_put_speaks_only_with_at_and_asserted_speaks(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("The Hawks saw six players score twice.", "six", "players"),
    ("Two villagers were killed and other three injured.", "three", "villagers"),
    ("Battery life is 11 hours.", "11 hours", "Battery life"),
    ("The moon may have held life billions of years ago.", "billions of years", None),  # a time ago
])
def test_plain_verbs_other_counts_lifespans_and_ago(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_product_line_with_a_number_is_no_count():
    assert extract_quantities("Zeta recalled batteries in its 5100 Series phones.") == []


@pytest.mark.parametrize("text, surface, speaker", [
    ("Shoppers spend about $2.1 billion on gifts every year, a survey released on Monday showed.",
     "about $2.1 billion", "survey"),
    ("Sales of tablets hit a record 41 million in May, a study published by a research firm found.", "41 million",
     "study"),
    ("The army razed 28 homes, witnesses and an aid official said.", "28", "witnesses"),
    ("Gunmen killed 9 guards, police and hospital officials said.", "9", "police and hospital officials"),
])
def test_documents_made_and_groups_with_another_source_close_a_sentence(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, unit, entity", [
    ("Stocks slid, with the Dow dipping briefly below 9,800 on Monday.", "below 9,800", "point", "Dow"),
    ("The Nikkei average closed at 11,482.3.", "11,482.3", "point", "Nikkei average"),
    ("An average of 140 people a day visited.", "140", "count", "people"),
])
def test_an_index_level_is_in_points(text, surface, unit, entity):
    q = _quantity_at(text, surface)
    assert (q.unit, q.entity) == (unit, entity)


@pytest.mark.parametrize("text, surface, entity, change", [
    # a ticker link between a company and its shares is markup, not words of the phrase
    ('LONDON (Wire) - Shares of Zeta Corp. <A HREF="http://example.com/q?t=ZT.N">ZT.N</A> dropped 6 percent on '
     "Tuesday.", "6 percent", "Shares of Zeta Corp", "down"),
    ('Omega Ltd. <A HREF="http://example.com/q?t=OM.L">OM.L</A> shares gained 3 percent.', "3 percent",
     "Omega Ltd. shares", "up"),
    # "after" and a name open a clause of their own (but "since June" does not)
    ("The index slipped on Monday after Zeta Inc. shares opened 8 percent lower on a recall.", "8 percent",
     "Zeta Inc. shares", "down"),
    # where a price stood at the close or the open, up or down
    ("Zeta shares closed 4 percent higher.", "4 percent", "Zeta shares", "up"),
    ("Omega stock was 5 percent down at midday.", "5 percent", "Omega stock", "down"),
    ("Copper prices sank 3 percent.", "3 percent", "Copper prices", "down"),
    ("The recall sent Zeta's shares tumbling 9 percent.", "9 percent", "Zeta's shares", "down"),
    # what "for" names after a noun of demand or price, unless it is an occasion or a time
    ("Demand for jet fuel rose 4 percent.", "4 percent", "Demand for jet fuel", "up"),
    ("Orders for the quarter rose 2 percent.", "2 percent", "Orders", "up"),
])
def test_markup_clauses_after_after_and_moves_by_the_close(text, surface, entity, change):
    c = next(c for c in extract_claims(text, SEED_DATE) if c.surface == surface)
    assert (c.entity, c.change) == (entity, change)
    assert text[c.start : c.end] == surface  # (offsets still index the text with its markup)


@pytest.mark.parametrize("text, surface, entity", [
    ("Ticket prices for the opener range from $40 to $300.", "from $40 to $300", "Ticket prices"),
    # a model's code inside the phrase
    ("The carrier will lease 14 Airbus A321-200 jets.", "14", "Airbus A321-200 jets"),
    ("The navy ordered 36 F-35 fighters.", "36", "F-35 fighters"),
    ("The airline retired five Boeing 747s.", "five", "Boeing 747s"),
    # two modifiers of one plural noun
    ("Hackers reached the files of thousands of Zeta mortgage and car loan customers.", "thousands",
     "Zeta mortgage and car loan customers"),
    ("The pair filed one joint and several separate appeals.", "one", "joint"),
])
def test_model_codes_and_joined_modifiers_in_a_noun_phrase(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_price_per_item_written_as_a_compound():
    q = _quantity_at("Zeta is closing its 79 cent-per-track music store.", "79 cent")
    assert (q.value, q.unit, q.per, q.entity) == (0.79, "USD", "track", "music store")


@pytest.mark.parametrize("text, surface, speaker, role", [
    ("Zeta's chief financial officer said 400 jobs would go.", "400", "Zeta", "chief financial officer"),
    ("Norland 's foreign minister said 30 envoys were expelled.", "30", "Norland", "foreign minister"),
    # "he" after a body's officer in the same sentence, and in the next one
    ("Zeta's chief executive said Monday the firm must change as he warned that profit will fall 30 percent.",
     "30 percent", "Zeta", "chief executive"),
    ("The spokesman for Omega Air said the strike was over. He said 250 flights were cancelled.", "250",
     "Omega Air", "spokesman"),
])
def test_a_named_body_speaks_through_its_officer(text, surface, speaker, role):
    c = next(c for c in extract_claims(text, SEED_DATE) if c.surface == surface)
    assert (c.speaker, c.speaker_role) == (speaker, role)


@pytest.mark.parametrize("text, surface, entity", [
    ("Omega returned the kick 64 yards for a score.", "64 yards", "kick"),  # the object a distance is of
    ("Omega hit a record 87.9p.", "87.9p", "Omega"),  # (a modifier of the figure, no object)
    ("Nearly 300 weary, sunburned hikers reached the camp.", "Nearly 300", "weary, sunburned hikers"),
    ("The firm unveiled four new tablets and phones: all thin.", "four", "new tablets and phones"),
    ("Police detained 14 men and women in the square.", "14", "men and women in the square"),
    ("Police detained 14 men and seizing weapons was easy.", "14", "men"),  # (a clause of its own after "and")
    ("The firm will cut 800 jobs and take charges.", "800", "jobs"),
])
def test_objects_of_distances_and_lists_of_modifiers_or_plurals(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, dimension, unit, value, entity", [
    # how long a thing has lasted, not an age
    ("Talks to end the nine-month-old standoff resumed.", "nine-month-old", "duration", "day", 273.9375, "standoff"),
    ("A 12-year-old boy was hurt.", "12-year-old", "age", "year", 12.0, "age"),
    # "by N times" is a multiple of what is changed
    ("The upgrade would raise the network's speed by 12 times.", "12 times", "ratio", "times", 12.0,
     "network's speed"),
])
def test_spans_of_things_and_multiples_by_times(text, surface, dimension, unit, value, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.value, q.entity) == (dimension, unit, value, entity)


@pytest.mark.parametrize("text", [
    "Zeta said the new Quasar 9X is due in May.",  # a product's version, however it is written
    "Fans await the 2006 formula one season.",
])
def test_versions_and_formula_one_in_lower_case_are_no_quantities(text):
    assert [c.surface for c in extract_claims(text, SEED_DATE) if c.dimension != "date"] == []


@pytest.mark.parametrize("text, surface, speaker", [
    ("Omega sold 41 jets this year, Chief Executive Ann Lee said in an interview published on Monday.", "41",
     "Ann Lee"),
    ("The review panel recommended that the city spend $9 billion on roads.", "$9 billion", "review panel"),
])
def test_sayings_in_an_interview_and_recommendations(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, seconds", [
    ("Kiprop won the race in 2 hours 11 minutes 4 seconds.", "2 hours 11 minutes 4 seconds", 7864),
    ("She swam it in about 4 minutes, 6.5 seconds.", "about 4 minutes, 6.5 seconds", 246.5),
    ("He held the record of one minute 44 seconds.", "one minute 44 seconds", 104),
])
def test_a_time_written_unit_by_unit_is_one_duration(text, surface, seconds):
    [q] = [q for q in extract_quantities(text) if q.dimension == "duration"]
    assert (q.surface, q.value_written) == (surface, seconds)
    assert q.value == pytest.approx(seconds / 86400)


def test_parts_of_time_that_point_elsewhere_stay_apart():
    text = "The hearing ran 3 hours, and 20 minutes later the jury returned."
    assert [q.surface for q in extract_quantities(text)] == ["3 hours", "20 minutes"]


@pytest.mark.parametrize("text, surface, expected", [
    ("Zeta hired Ann Lee as its coach three years ago, at 31, and she won twice.", "31", ("age", "year")),
    ("Copper prices hit a fresh record above $9,000 a tonne.", "above $9,000", ("money", "Copper prices")),
])
def test_an_age_in_an_aside_and_the_subject_of_a_record(text, surface, expected):
    c = next(c for c in extract_claims(text, SEED_DATE) if c.surface == surface)
    assert (c.dimension, c.unit if expected[0] == "age" else c.entity) == expected


@pytest.mark.parametrize("text, kept", [
    ("Zeta will buy Omega's tyre unit, the two companies said on Monday.", []),
    ("Two scientists say they have found a flaw.", []),
    # a count in an aside about the speaker, or in a partitive before the source, stays
    ("Ann Lee, who has won five titles, said she would retire.", ["five"]),
    ("The paper that employs one of the two hostages said they were safe.", ["two"]),
])
def test_how_many_speak_is_no_claim(text, kept):
    assert [c.surface for c in extract_claims(text, SEED_DATE)] == kept


def test_a_spaced_possessive_after_according_to():
    c = extract_claims("About 900 families fled, according to Norland 's Red Cross.", SEED_DATE)[0]
    assert c.speaker == "Norland's Red Cross"


@pytest.mark.parametrize("text, surface, entity", [
    ("The lens adds 4x optical zoom to the phone.", "4x", "optical zoom"),  # a multiple that modifies its noun
    ("The new modem is 4x faster.", "4x", "new modem"),
    ("Outlays on the bridge have reached $3 billion.", "$3 billion", "Outlays on the bridge"),
    # (a phrase of place after any subject, as "on" after a noun that takes it)
    ("Spending on the bridge has reached $3 billion.", "$3 billion", "Spending on the bridge"),
    ("A levy on imports rose 5 percent.", "5 percent", "levy on imports"),
    ("Spending on Monday rose 4 percent.", "4 percent", "Spending"),  # (a time is no object of spending)
])
def test_multiples_before_a_noun_and_nouns_that_take_on(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Heavy use of the drug doubles a patient 's risk of stroke, a study shows.", "doubles", "risk"),
    ("The union speaks for 2 million nurses, porters and cleaners across the country.", "2 million",
     "nurses, porters and cleaners across the country"),
])
def test_a_multiple_of_a_possessed_noun_and_lists_of_plurals(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ("A lobby group representing hauliers said on Monday that 900 firms had closed.", "900", "lobby group"),
    ("An industry association said 12,000 jobs were at risk.", "12,000", "industry association"),
    ("Prices rose after the fruit and vegetable wholesaler said it had raised its offer to $40 million.",
     "$40 million", "fruit and vegetable wholesaler"),
    ("The bank has also announced a dividend of 31 cents.", "31 cents", "bank"),
    ("The shipping industry is forecast to earn $4 billion this year.", "$4 billion", None),  # (no speaker: a
    # forecast in the passive)
])
def test_indefinite_bodies_long_lower_case_bodies_and_two_auxiliaries(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, qualifier, entity", [
    ("The laptop has a price tag of only sub $900.", "sub $900", "less_than", "price tag"),
    ("The firm earned a margin of just 3 percent.", "3 percent", "exact", "margin"),
    ("Zeta beat two-time champion Omega 2-0.", "two-time", "exact", "champion"),
    ("Zeta won over three-time defending champion Omega.", "three-time", "exact", "defending champion"),
    ("Nine of 14 prisoners briefly refuse meals over visiting rights.", "14", "exact", "prisoners"),
])
def test_sub_only_and_titles_counted(text, surface, qualifier, entity):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.entity) == (qualifier, entity)


def test_a_number_alone_between_quotes_is_a_title():
    assert extract_quantities('The drama "24 " will stream on phones, and the film "1984" too.') == []


def test_inch_marks_in_a_row_are_no_quoted_titles():
    assert len(extract_quantities('5"' * 50)) == 50  # (each quote closes a number's inches, none opens a title)


@pytest.mark.parametrize("text, surface, speaker", [
    ("The pill was withdrawn after a clinical trial found it tripled the risk of falls.", "tripled",
     "clinical trial"),
    ("A new poll found 44 percent of voters undecided.", "44 percent", "new poll"),
    ("Police found 12 bodies in the house.", "12", None),  # (a search, not a document's finding)
    ("Six managers face $90,000 in fines, reported the Norland Justice Ministry on Friday.", "$90,000",
     "Norland Justice Ministry"),
])
def test_findings_of_documents_and_inverted_reports(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, kept", [
    ("The strike at the port stretched into a fourth day on Monday.", []),  # an ordinal before a period
    ("The talks entered a third week.", []),
    ("Sales fell by a fifth in June.", ["a fifth"]),  # (a share)
    ("Profits fell by a third last year.", ["a third"]),
])
def test_an_ordinal_before_a_period_is_no_share(text, kept):
    assert [c.surface for c in extract_claims(text, SEED_DATE) if c.dimension != "date"] == kept


@pytest.mark.parametrize("text, surface, entity", [
    ("A plume of ash 40 miles wide drifted east.", "40 miles", "plume of ash"),  # (the noun the measure follows,
    # with its "of", as a subject keeps it: since the fourteenth session)
    ("They built a sea wall 6 metres high.", "6 metres", "sea wall"),
    ("One person was killed and 12 hurt in the blast.", "12", "people"),
    ("One man was killed and 12 hurt in the blast.", "12", "people"),  # (the 12 need not be men: a toll)
])
def test_a_measure_before_its_adjective_and_counts_after_one(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, speaker", [
    ("Fans lost more than $2 million, as reported by the Harbour Gazette.", "Harbour Gazette"),
    ("As reported by the Harbour Gazette: fans lost more than $2 million.", "Harbour Gazette"),
    ("Two people died in the fire, reports Norland Radio.", "Norland Radio"),
])
def test_as_reported_by_and_an_inverted_reports(text, speaker):
    assert {c.speaker for c in extract_claims(text, SEED_DATE)} == {speaker}


@pytest.mark.parametrize("text, surface, dimension, unit", [
    ("The medal is expected to fetch up to 9,000 pounds ($16,000) at auction.", "up to 9,000 pounds", "money", "GBP"),
    ("The parcel weighs 9 pounds.", "9 pounds", "mass", "kg"),
    ("Omega scored the first 18 points of the match.", "18 points", "count", "count"),
])
def test_pounds_restated_in_dollars_and_points_of_a_game(text, surface, dimension, unit):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit) == (dimension, unit)
    if dimension == "count":
        assert q.entity == "points"


@pytest.mark.parametrize("text, kept", [
    ("Norland declared their innings at 488 for eight on the second day of the Test.", []),  # a cricket total
    ("Zeta signed a deal with Omega under which the two companies will share plants.", []),  # the pair named before
    ("Two companies bid for the contract.", ["Two"]),
])
def test_cricket_totals_and_a_pair_named_before_are_no_claims(text, kept):
    assert [c.surface for c in extract_claims(text, SEED_DATE) if c.dimension != "date"] == kept


@pytest.mark.parametrize("text, surface, dimension, change, entity", [
    # a sign the copy lost: only a share fits a bare number before a change noun or as part of a singular whole
    ("Strong sales drove a 12 rise in net income.", "12", "percent", "up", "net income"),
    ("The chain reported a near 30 drop in profits.", "near 30", "percent", "down", "profits"),
    ("About 35 of the country will vote by post.", "About 35", "percent", None, "country"),
    ("12 of the crew were rescued.", "12", "count", None, "crew"),  # (a collective counts its people)
    ("He scored 2 of the goals.", "2", "count", None, "goals"),
])
def test_a_lost_percent_sign_is_read_back(text, surface, dimension, change, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.change, q.entity) == (dimension, change, entity)
    assert q.confidence < 0.9 if dimension == "percent" else q.confidence >= 0.9


@pytest.mark.parametrize("text, surface, entity", [
    ("Zeta Airways ' quarterly profits more than doubled.", "more than doubled", "Zeta Airways' quarterly profits"),
])
def test_a_spaced_plural_possessive_in_a_subject(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_document_that_warns_after_the_figures():
    [c] = extract_claims("About 30 percent of homes will lack broadband, warns a study by Omega Telecom.", SEED_DATE)
    assert c.speaker == "study"


def test_several_hundred_thousand_is_one_vague_amount():
    q = _quantity_at("The rally drew several hundred thousand marchers.", "several hundred thousand")
    assert (q.value_low, q.value_high, q.entity) == (300_000, 900_000, "marchers")


@pytest.mark.parametrize("text, surface, entity", [
    ("The resort draws thousands of holidaying Danes.", "thousands", "holidaying Danes"),
])
def test_a_people_after_a_participle(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ("Investigators claim four managers hid the losses.", "four", "investigators"),
])
def test_claim_as_a_verb_before_a_count(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


def test_a_cricket_total_at_lunch_in_a_lower_case_test():
    assert extract_quantities("The hosts slumped to 84 for five at lunch on day one of the second test.") == []


@pytest.mark.parametrize("text, speaker, role_org", [
    ("A US military official in Norland said nine soldiers died.", "US military official", "Norland"),
    ("A U.N. official in Kharan said 40 families fled.", "U.N. official", "Kharan"),
])
def test_a_role_with_an_acronym_at_a_place(text, speaker, role_org):
    c = extract_claims(text, SEED_DATE)[0]
    assert (c.speaker, c.speaker_org) == (speaker, role_org)


def test_plural_documents_show_and_their_count_is_no_claim():
    claims = extract_claims("Orders rose at the fastest rate for six years, two surveys show.", SEED_DATE)
    assert [(c.surface, c.speaker) for c in claims] == [("six years", "surveys")]


@pytest.mark.parametrize("text, surface, qualifier", [
    ("I have used it for > 3 years.", "> 3 years", "more_than"),
    ("Doses <= 10 mg were safe.", "<= 10 mg", "at_most"),
])
def test_comparison_signs_are_qualifiers(text, surface, qualifier):
    assert _quantity_at(text, surface).qualifier == qualifier


@pytest.mark.parametrize("text, surface, entity", [
    ("Omega will acquire Zeta for $390 million in stock.", "$390 million", "Zeta"),  # (paid in stock)
    ("Omega said today it would cut about 9 per cent of its 12,000-person work force.", "about 9 per cent",
     "work force"),
    ("Omega said today it would cut about 9 per cent.", "about 9 per cent", None),  # (a day is no subject)
])
def test_prices_paid_in_stock_shares_of_a_compound_and_no_day_as_subject(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, dimension, qualifier", [
    ("The bill raises the retirement age to 68.", "68", "age", "exact"),
    ("The offer had a minimum of just ten shares.", "a minimum of just ten", "count", "at_least"),
])
def test_ages_named_by_their_noun_and_a_qualifier_with_just(text, surface, dimension, qualifier):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.qualifier) == (dimension, qualifier)


def test_a_senior_official_after_the_figures():
    c = extract_claims("Gunmen killed four guards, a senior Norland police official said.", SEED_DATE)[0]
    assert c.speaker == "senior Norland police official"


@pytest.mark.parametrize("text, kept", [
    ("Ann Lee, who won the world indoor 60 metres last year, was banned.", []),  # an event's name
    ("The wall's last 100 metres were rebuilt.", ["100 metres"]),
    ("After a long trip - the Omegas were 4-5 on a swing through the west - a rest helps.", []),  # a record
    ("Temperatures were 3-4 degrees higher.", ["3-4 degrees"]),
])
def test_events_with_a_championship_word_and_records_after_were(text, kept):
    assert [c.surface for c in extract_claims(text, SEED_DATE)] == kept


@pytest.mark.parametrize("text, surface, entity", [
    ("Copper prices set a new record above $9,000 a tonne.", "above $9,000", "Copper prices"),
    ("She set a world record of 23.10 seconds.", "23.10 seconds", "world record"),  # (an achievement's record)
    ("Bond trading climbed to a record weekly average of $2 trillion.", "$2 trillion", "Bond trading"),
])
def test_levels_set_or_reached_by_a_subject(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_rate_in_percent_that_lost_its_sign():
    q = _quantity_at("The jobless rate held steady at 6.1, the lowest in a year.", "6.1")
    assert (q.dimension, q.unit, q.entity) == ("percent", "percent", "jobless rate")


def test_a_time_before_an_inverted_saying_is_no_speaker():
    c = extract_claims("Half of adults will own a tablet within the coming decade, says a report.", SEED_DATE)[0]
    assert c.speaker == "report"


@pytest.mark.parametrize("text, surface, dimension, entity", [
    ("The plant could be sold at a 40 price discount.", "40", "percent", "price discount"),  # (a lost sign)
    ("Omega is selling a 4.9 stake in Zeta.", "4.9", "percent", "stake in Zeta"),
    ("Shoppers want a 50-inch plasma-screen TV.", "50-inch", "length", "plasma-screen TV"),
    ("Zeta unveiled five new DVD recorders.", "five", "count", "new DVD recorders"),  # (an acronym modifier)
    ("The Norland striker, 24, broke a rib.", "24", "age", "age"),
])
def test_shares_only_a_lost_sign_fits_acronym_heads_and_ages_of_players(text, surface, dimension, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == (dimension, entity)


@pytest.mark.parametrize("text, kept", [
    ("He led the Olympic 50-meter rifle event until the final shot.", []),  # an event's name
    ("Talks between Norland and Kharan, two countries which share a border, resumed.", []),  # the pair named
    ("Two countries signed the accord.", ["Two"]),
])
def test_events_with_hyphenated_distances_and_an_apposed_pair(text, kept):
    assert [c.surface for c in extract_claims(text, SEED_DATE)] == kept


@pytest.mark.parametrize("text, surface, speaker", [
    ("Piper Jaffray cut its price target for Oracle to $12 from $15.", "$15", "Piper Jaffray"),  # a reviser's
    ("First Norbank lowered its 2005 profit forecast to $2.10 a share.", "$2.10", "First Norbank"),  # own figure
    ("Bowler Sam Okoro claimed three wickets in the morning session.", "three wickets", None),  # won, not said
    ("The rebels claimed 30 soldiers were killed in the ambush.", "30", "rebels"),
    ("Smith leads Jones by four points, according to a CNN/Gallup poll published on Monday.", "four points",
     "CNN/Gallup"),  # (the pollsters through their poll; "CNN/Gallup poll" until the ninth session)
    ("Norland will cut its troops by 30 percent, the Norland Defense Ministry in Arvik says.", "30 percent",
     "Norland Defense Ministry"),  # the place locates the ministry
    ("The agency, which employs more than 9,000 people, picked Oracle after a long review, it said.",
     "more than 9,000", "agency"),  # "it": the body the sentence opens with
])
def test_revisers_of_forecasts_claims_won_slashed_names_and_bodies_at_a_place(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, qualifier, per", [
    ("The jet flew nearly 900 kilometers (560 miles) over the desert.", "560 miles", "approximate", None),
    ("The mill earned about 230 euros ($290) a ton.", "$290", "approximate", "ton"),
    ("The mill earned about 230 euros ($290) a ton.", "about 230 euros", "approximate", "ton"),
])
def test_a_figure_restated_in_brackets_keeps_the_qualifier_and_the_rate(text, surface, qualifier, per):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.per) == (qualifier, per)


@pytest.mark.parametrize("text, surface, entity", [
    ("The number of complaints aimed at the bank rose 40 percent last year.", "40 percent", "number of complaints"),
    ("Complaints aimed at the bank rose 40 percent last year.", "40 percent", "Complaints"),
    ("Norbank raised its 2005 profit forecast to $2.10 a share.", "$2.10", "profit forecast"),
])
def test_a_participle_after_the_subject_and_a_year_inside_the_object(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, kept", [
    ("Weak orders at Ford and Honda forced the country's two largest carmakers to trim output.", []),
    ("The group will merge its two holding companies.", ["two"]),  # how many it has
    ("The chip runs on the Pentium processor 3000 and ships soon.", []),  # a model's number
])
def test_a_known_pair_with_a_superlative_and_numbered_products(text, kept):
    assert [c.surface for c in extract_claims(text, SEED_DATE) if c.dimension != "date"] == kept


@pytest.mark.parametrize("text, surface, unit", [
    ("Holiday shopping lifted sales at the chain by a solid 2.3, the best gain since May.", "2.3", "percent"),
    ("The central bank raised the repo rate by 0.25 to 4.75.", "0.25", "pp"),  # points of a rate
    ("The index opened at 1,915.14, lower by 38.48.", "38.48", "point"),  # an index moves in points, not a share
])
def test_a_change_by_a_fraction_whose_percent_sign_was_lost(text, surface, unit):
    assert _quantity_at(text, surface).unit == unit


@pytest.mark.parametrize("text, kept", [
    ("Rates on 30-year fixed home loans rose to 5.8 percent this week.", ["5.8 percent"]),  # a benchmark's name
    ("The yield on the benchmark 10-year Treasury note fell to 4.1 percent.", ["4.1 percent"]),
    ("Acme took out a 30-year mortgage of $200,000.", ["30-year", "$200,000"]),  # one loan's term
    ("Omega today released DataSuite(R) 9 - Small Business Edition.", []),  # a product's number after its mark
    ("Apps built for one handset maker will run on others without changes.", []),  # one set against the rest
    ("Lee threw for one touchdown and ran for another.", ["one"]),
    ("England won their first one-day trophy in Pakistan.", []),  # cricket's format
])
def test_benchmark_maturities_marks_and_one_against_others(text, kept):
    assert [c.surface for c in extract_claims(text, SEED_DATE) if c.dimension != "date"] == kept


@pytest.mark.parametrize("text, surface, entity", [
    ("The blasts left more than 40 dead and 120 injured in the capital.", "more than 40", "people"),  # a toll
    ("The blasts left more than 40 dead and 120 injured in the capital.", "120", "people"),
    ("Two soldiers were killed and three wounded.", "three", "soldiers"),  # the noun of the count before
    ("The startup has raised another $45 million from venture capitalists.", "$45 million", None),  # collected
    ("Acme posted a loss, warning that sales would fall 10 percent.", "10 percent", "sales"),  # no relative clause
])
def test_tolls_by_state_money_collected_and_a_clause_after_warning(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ("The army defended its record on Wednesday, claiming that 22 sites were inspected.", "22", "army"),
    ("The ministry hit back on Friday, insisting that only 12 people had died.", "12", "ministry"),
    ("Lee scored 20 points, adding 5 rebounds.", "5", None),  # a tally
])
def test_a_participle_of_saying_after_the_subjects_clause(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, speaker", [
    ("A publisher sued Omega last week, alleging a dozen counts of copyright infringement.", "a dozen",
     "publisher"),
    ("July figures from Norstat/WebPanel placed the broadband audience at 51 percent of all users.", "51 percent",
     "Norstat/WebPanel"),  # "placed ... at": an estimate
    ("Shipments of flat screens more than doubled, according to research firm iScope.", "more than doubled",
     "iScope"),  # a name in camel case, after the kind of firm
])
def test_alleging_placing_at_and_camel_case_names_after_a_firm(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, dimension, entity", [
    ("The bowler has been fined 30 of his match fee for dissent.", "30", "percent", "match fee"),  # a lost sign
    ("Dell added a 24-port managed gigabit layer 2 switch.", "24-port", "count", "managed gigabit layer 2 switch"),
    ("The Coalition has moved ahead of Labor by 52 per cent to 48 per cent.", "52 per cent", "percent", None),
])
def test_parts_of_a_whole_kinds_numbered_inside_a_phrase_and_a_lead_is_no_object(text, surface, dimension, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == (dimension, entity)


def test_a_kinds_number_is_no_count():
    assert [c.surface for c in extract_claims("About 8 percent of adults have type 2 diabetes.", SEED_DATE)] == [
        "About 8 percent"]


@pytest.mark.parametrize("text, surface, dimension, entity", [
    ("The scooter has a top speed of 28 mph.", "28 mph", "speed", "top speed"),  # ("speed" is no past form)
    ("Each capsule contains 20mg of zinc and costs 9 pence.", "9 pence", "money", "Each capsule"),
    ("Fares for the cheapest seats start at 49 pounds.", "49 pounds", "money", "Fares for the cheapest seats"),
    ("The survey covered 9,000 workers aged over 55.", "over 55", "age", "age"),
    ("The motion was carried by 301 votes to 47.", "47", "count", "votes"),  # the noun set against
    ("The skier took 1.2 seconds off the course record.", "1.2 seconds", "duration", "course record"),
    ("The sell-off wiped $5 billion off the value of the group.", "$5 billion", "money", "value of the group"),
])
def test_measures_named_before_of_prices_in_pounds_and_amounts_taken_off(text, surface, dimension, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == (dimension, entity)


def test_an_amount_taken_off_is_a_fall():
    assert _quantity_at("The update knocked $40 off the fare.", "$40").change == "down"


@pytest.mark.parametrize("text, surface, speaker", [
    ("Inflows into equity funds reached $2 billion, according to fund tracker Emfund.", "$2 billion", "Emfund"),
    ("About 40 people died, according to officials in Arvik.", "About 40", "officials"),
])
def test_a_named_body_after_its_kind(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, qualifier, entity", [
    ("The buyer took on estimated assumed debt of $83 million.", "$83 million", "approximate", "debt"),
    ("The pump failed after barely an hour of use.", "barely an hour", "approximate", "use"),
    ("The premier named one ex-cabinet minister handed senior posts.", "one", "exact", "ex-cabinet minister"),
    ("The registry approved two new sponsored web domains.", "two", "exact", "new sponsored web domains"),
])
def test_estimates_barely_and_a_participle_after_the_counted_noun(text, surface, qualifier, entity):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.entity) == (qualifier, entity)


@pytest.mark.parametrize("text, surface, entity", [
    ("The Hawks have won three of their last five away games.", "three", "away games"),  # a part of the count after
    ("The Hawks have won three of their last five away games.", "five", "away games"),
    ("Each vial costs the local health clinic around £90, staff say.", "around £90", "Each vial"),  # not the payer
    ("The 1960s bungalow, which needs work, sold at auction for £305,000.", "£305,000", "bungalow"),
    ("Its battery lasts up to 11 hours.", "up to 11 hours", "battery"),  # what lasts
    ("Prices fell in the last 10 months.", "10 months", None),  # "last" the adjective
    ("About 70 percent of the group's annual sales now come from its overseas units, up from 52 percent in 2001.",
     "52 percent", "group's annual sales"),  # a restated share, past a longer "of" phrase
])
def test_parts_payers_places_after_the_verb_what_lasts_and_restated_shares(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ("Sainsbury 's reported a 6 percent rise in sales.", "6 percent", "Sainsbury's"),  # a name ending in "'s"
    ("Kmart's plan to buy 50 stores failed, the company said.", "50", "company"),  # a possessive before a noun
    ("The rebels argued over whether to free 20 hostages, officials said.", "20", "officials"),  # no saying
])
def test_names_ending_in_a_possessive_and_arguing_over(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, qualifier", [
    ("Troops advanced to within 300 yards of the bridge.", "300 yards", "at_most"),  # a distance
    ("The plant will close within a year.", "a year", "exact"),  # a span, as gold v2 annotates it
])
def test_within_a_distance_is_a_bound(text, surface, qualifier):
    assert _quantity_at(text, surface).qualifier == qualifier


def test_a_known_pair_with_two_words_before_its_noun():
    assert [c.surface for c in extract_claims("Talks between the world's two largest aircraft makers failed.",
                                              SEED_DATE)] == []


@pytest.mark.parametrize("text, surface, entity, change", [
    ("Omega cut the price of its basic model by $1,500 to $24,990.", "$1,500", "price of its basic model", "down"),
    ("Omega cut the price of its basic model by $1,500 to $24,990.", "$24,990", "price of its basic model", None),
    ("The new processor packs 9 billion transistors and runs at 2.8GHz.", "2.8GHz", "new processor", None),
    ("Prices for terraced houses in the town have doubled since 2015.", "doubled",
     "Prices for terraced houses in the town", "up"),  # ("terraced" after "for" is no verb; the place after the
    # subject's phrase is kept, as gold v2 keeps "Demand for allotments in the borough")
    ("The ice shelf has retreated 2.5km since 1995.", "2.5km", None, None),  # how far it moved
])
def test_a_change_then_a_level_after_by_coordinated_measures_and_distances_moved(text, surface, entity, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.change) == (entity, change)


def test_a_span_of_an_activity_per_week():
    q = _quantity_at("Children should get at least 60 minutes of active play a day.", "at least 60 minutes")
    assert (q.entity, q.per) == ("active play", "day")


@pytest.mark.parametrize("text, surface, qualifier, entity", [
    ("The updated saloon has a 510-litre boot and costs from £28,400.", "£28,400", "at_least", "updated saloon"),
    ("Ice up to 8cm thick covered the lake.", "up to 8cm", "at_most", "Ice"),  # the noun before a measure's adjective
])
def test_prices_from_and_a_mass_noun_before_a_measure(text, surface, qualifier, entity):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.entity) == (qualifier, entity)


@pytest.mark.parametrize("text, surface, speaker", [
    ("Shares in the carrier rose 9% after it raised its profit forecast to £200m.", "£200m", "carrier"),
    ("About 30% of workers in the poll said they earned less than £20,000.", "less than £20,000", None),
])
def test_it_after_a_body_named_by_kind_and_a_share_of_a_polled_group(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, speaker", [
    ("Import prices rose 0.4 percent in May, the ministry said on Friday in a report suggesting costs were easing.",
     "0.4 percent", "ministry"),  # the report goes on after the saying
    ("Kidnappers of four workers said in a video on Monday they would free them, a TV channel reported.", "four",
     "TV channel"),  # (no document that goes on: the last saying governs)
    ("Troops destroyed two houses in the village on Monday, said residents and the army.", "two", "residents"),
])
def test_sayings_in_a_report_that_goes_on_and_inverted_pairs_of_sources(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


def test_a_change_of_an_amount_by_a_bare_number_is_a_share():
    q = _quantity_at("Net profit jumped 59 to A$93.3 million for the year.", "59")
    assert (q.dimension, q.unit, q.confidence) == ("percent", "percent", 0.6)


@pytest.mark.parametrize("text, surface, dimension, unit, entity, change", [
    ("Sales of petrol mowers have halved since 2018.", "halved", "ratio", "times", "Sales of petrol mowers", "down"),
    ("The party's vote share fell by six points to 28%.", "six points", "percent", "pp", "party's vote share",
     "down"),  # points of the share it reaches
    ("Savers have pulled almost $9 billion out of money market funds.", "almost $9 billion", "money", "USD",
     "money market funds", None),  # money taken out is of what it leaves, no thing the savers are
])
def test_halving_points_of_a_share_and_money_pulled_out(text, surface, dimension, unit, entity, change):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.entity, q.change) == (dimension, unit, entity, change)


@pytest.mark.parametrize("text, surface, entity, per", [
    ("The group will have annual sales of more than $12 billion.", "more than $12 billion", "annual sales", "year"),
    ("About half of the bank's 8,000 staff work from home.", "8,000", "staff", None),  # "work" is the verb
])
def test_annual_amounts_with_a_qualifier_and_a_verb_after_the_noun(text, surface, entity, per):
    q = _quantity_at(text, surface)
    assert (q.entity, q.per) == (entity, per)


@pytest.mark.parametrize("text, surface, dimension, unit, entity, change", [
    ("At 38 years of age she is still the fastest in the squad.", "38 years", "age", "year", "age", None),
    ("The whopping 24 pay cut on all contracts is a concession.", "24", "percent", "percent", "pay", "down"),
    ("The firm announced a 10 price rise.", "10", "percent", "percent", "price", "up"),  # a lost sign
])
def test_years_of_age_and_a_change_noun_with_its_modifier(text, surface, dimension, unit, entity, change):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.entity, q.change) == (dimension, unit, entity, change)


def test_a_plain_verb_after_a_hyphenated_modifier_stays_in_the_noun():
    q = _quantity_at("Buyers spend 28% of their take-home pay on rent.", "28%")
    assert q.entity == "take-home pay"


@pytest.mark.parametrize("text, surface, value, qualifier, entity", [
    ("The new model is nearly twice as quick as its predecessor.", "nearly twice", 2.0, "approximate", "new model"),
    ("Twice as many nurses quit last year.", "Twice", 2.0, "exact", "nurses"),
    ("The depot now holds three times as much fuel as in May.", "three times", 3.0, "exact", "fuel"),
])
def test_twice_as_and_what_a_multiple_counts(text, surface, value, qualifier, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value, q.qualifier, q.entity) == ("ratio", value, qualifier, entity)


@pytest.mark.parametrize("text", [
    "The winger scored twice as the visitors cruised home.",  # a subordinate "as": how often
    "She was fined twice as a student.",
])
def test_twice_as_a_clause_is_no_multiple(text):
    assert [q.dimension for q in extract_quantities(text)] == []


@pytest.mark.parametrize("text, surface, entity, per, change", [
    ("Every week, 800 lorries cross the bridge.", "800", "lorries", "week", None),
    ("Most of the group's income comes from licences, about 60%.", "about 60%", None, None, None),
    ("The insurer has set aside $900 million.", "$900 million", None, None, None),
    ("Gusting at 70mph, the winds felled trees.", "70mph", None, None, None),
    ("Trees fell as winds gusting at 70mph swept the coast.", "70mph", "winds", None, None),
    ("Deaths from malaria fell 12% last year.", "12%", "Deaths from malaria", None, "down"),
    ("The extension added 45 square metres of office space.", "45 square metres", "office space", None, None),
])
def test_rates_a_clause_opens_with_sums_set_aside_participles_and_from_phrases(text, surface, entity, per, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.per, q.change) == (entity, per, change)


@pytest.mark.parametrize("text, surface, speaker", [
    ("Car output fell 3% in June, Bank of Korea figures showed.", "3%", "Bank of Korea"),
    ("The city has promised 2,000 new homes by 2030.", "2,000", "city"),
    ("Net income rose to $410 million, above the $380 million analysts had forecast.", "$410 million", None),
    ("Net income rose to $410 million, above the $380 million analysts had forecast.", "$380 million", "analysts"),
    ("Injuries rose 8%, according to hospital records showing a rise in falls.", "8%", "hospital records"),
])
def test_figures_of_a_named_body_pledges_and_a_forecast_about_one_figure(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


def test_an_expected_figure_is_of_what_it_is_set_against():
    found = {q.surface: q.entity for q in extract_quantities(
        "Group revenue climbed to €5.2bn, short of the €5.4bn economists had expected.")}
    assert found == {"€5.2bn": "Group revenue", "€5.4bn": "Group revenue"}


@pytest.mark.parametrize("text, surface, value, qualifier, entity", [
    ("The euro slid to 5-month lows versus the pound.", "5-month", 152.1875, "exact", "lows"),
    ("Gilts traded near two-year highs on Monday.", "two-year", 730.5, "exact", "highs"),
    ("The band received $3 million in the settlement.", "$3 million", 3e6, "exact", None),
    ("Fresh supply fears halted falls of nearly $4 a barrel.", "nearly $4", 4.0, "approximate", "falls"),
    ("The club disclosed fees of 25m to agents.", "25m", 25e6, "exact", "fees"),  # a lost currency sign
    ("Pakistan made 274 in the first innings.", "274", 274.0, "exact", None),  # a side's total, not the side
])
def test_periods_before_extremes_money_received_objects_of_a_verb_and_totals(text, surface, value, qualifier,
                                                                             entity):
    q = _quantity_at(text, surface)
    assert (q.value, q.qualifier, q.entity) == (value, qualifier, entity)


def test_points_before_a_victory_make_a_scoreline():
    assert extract_quantities("Smith took a unanimous 40-36 points victory over his rival in Leeds.") == []


@pytest.mark.parametrize("text, surface, dimension, value, entity", [
    ("Karen Bell hit a superb 87 before lunch.", "87", "count", 87.0, None),  # a batter's runs, not the batter
    ("Brown added a career-high 31 for the Hawks.", "31", "count", 31.0, None),
    ("Zeta Steel rose $1.20, or 4, to $31.50.", "4", "percent", 4.0, "Zeta Steel"),  # a lost percent sign
    ("The carrier ordered 12 757-200s last year.", "12", "count", 12.0, "757-200s"),
    ("Acme will take a 300 million ($520 million) hit to earnings.", "300 million", "count", 3e8, "earnings"),
    ("Bramwell Foods will take a 40m hit to profits.", "40m", "count", 4e7, "profits"),  # millions of money
    ("The group intends to invest 90m in new plants.", "90m", "count", 9e7, "new plants"),
])
def test_totals_of_a_name_lost_signs_model_codes_and_lost_currencies(text, surface, dimension, value, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value, q.entity) == (dimension, value, entity)


@pytest.mark.parametrize("text, surface", [
    ("Seattle is 52-30 (first in the West) after the win.", "52-30"),  # a team's record
    ("Anderson took 5-42 as the visitors collapsed.", "5-42"),  # a bowler's figures
    ("Nine Dragons Corp. 's profit rose 8%.", "Nine"),  # a company's name
    ("The airline flies 14 767-300ERs on the route.", "767-300"),  # a model, no range
])
def test_records_figures_names_and_model_codes_are_no_quantities(text, surface):
    assert surface not in [q.surface for q in extract_quantities(text)]


def test_a_share_sale_is_no_rate():
    q = _quantity_at("The lender raised 2.1 billion euros in a share sale.", "2.1 billion euros")
    assert (q.per, q.entity) == (None, "share sale")


@pytest.mark.parametrize("text, surface, speaker", [
    ("Zeta agreed to buy Kappa for $3 billion, bankers close to the deal said.", "$3 billion", "bankers"),
    ("The fund will sell its 12% stake, Dutch sources with knowledge of the plan said.", "12%", "Dutch sources"),
])
def test_a_group_close_to_a_matter_speaks(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, dimension, entity", [
    ("The insurer wrote 3.1 million policies last year, up 6% from 2020.", "6%", "percent", "policies"),
    ("Backing for the reform plan has dropped to 41%.", "41%", "percent", "Backing for the reform plan"),
    ("The city is borrowing $800 million for new bridges.", "$800 million", "money", "new bridges"),
    ("The club's wage bill is now twice its annual revenue.", "twice", "ratio", "club's wage bill"),
    ("The typical house costs nine times median earnings.", "nine times", "ratio", "typical house"),
])
def test_changes_after_a_level_support_for_borrowing_and_times_a_measure(text, surface, dimension, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == (dimension, entity)


@pytest.mark.parametrize("text, surface, dimension, unit", [
    ("The jobless rate dropped from 6.1 to 5.8 percent last month.", "6.1", "percent", "percent"),
    ("Its market share slid from 31 to 27 per cent.", "31", "percent", "percent"),
])
def test_a_percent_sign_written_once_on_the_second_of_from_to(text, surface, dimension, unit):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit) == (dimension, unit)


@pytest.mark.parametrize("text, surface", [
    ("The firm shipped GlassFish 2.1 to customers on Monday.", "2.1"),  # a product's version
    ("It will preload Acme Desktop Linux (ADL) 7 on its laptops.", "7"),
])
def test_a_product_version_is_no_quantity(text, surface):
    assert surface not in [q.surface for q in extract_quantities(text)]


def test_a_wire_in_brackets_before_a_count_is_no_product():
    assert _quantity_at("Kabul (AP) 12 soldiers were hurt in the blast.", "12").entity == "soldiers"


@pytest.mark.parametrize("text, surface, dimension, change", [
    ("Shares in the miner slump 9 after the profit warning.", "9", "percent", "down"),  # a lost percent sign
    ("Car sales climbed 6 in May.", "6", "percent", "up"),
    ("The stock index fell 12 on Monday.", "12", "other", "down"),  # an index moves by points, not a share
])
def test_a_bare_move_of_shares_or_sales_is_a_share(text, surface, dimension, change):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.change) == (dimension, change)


@pytest.mark.parametrize("text, surface", [
    ("The bus was driven by Ann Marlow, 47.", "47"),
    ("Pat Dorsey , 52, will step down in May.", "52"),  # a comma spaced by the wire's tokeniser
])
def test_ages_after_a_name_at_a_sentence_end_or_a_spaced_comma(text, surface):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit) == ("age", "year")


@pytest.mark.parametrize("text, surface, entity", [
    ("Copper prices jumped on Monday, then settled above $9,100 a tonne.", "above $9,100", "Copper prices"),
    ("The ministry unveiled a US $2 million (Jamaican $120 million) scheme for schools.", "$120 million", "scheme"),
    # (restated in brackets: the same thing)
])
def test_a_price_per_unit_of_named_prices_and_a_restated_amount(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, qualifier, entity", [
    ("The ferry crossing takes about 90 minutes in calm weather.", "about 90 minutes", "approximate", "ferry crossing"),
    ("The truce has held for nine days.", "nine days", "exact", "truce"),
    ("The villa, spread over 900 square metres, is on the market for €4m.", "900 square metres", "exact", "villa"),
    ("The villa, spread over 900 square metres, is on the market for €4m.", "€4m", "exact", "villa"),
    ("The boxer has won 28 of his 30 fights.", "28", "exact", "fights"),
    ("Strategists at the fund see inflation easing to 2.5% by spring.", "2.5%", "exact", "inflation"),
])
def test_what_takes_or_holds_spread_over_parts_of_a_count_and_what_is_seen(text, surface, qualifier, entity):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.entity) == (qualifier, entity)


@pytest.mark.parametrize("text, surface, speaker", [
    ("Some 58% of parents back the change, according to an Ipsos survey.", "Some 58%", "Ipsos"),
    ("Strategists at the fund see inflation easing to 2.5% by spring.", "2.5%", "strategists"),
])
def test_a_pollster_through_its_survey_and_a_group_at_a_body_that_sees(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("The trader, who once made $40 million in a year, was jailed.", "$40 million", None),  # no "once"
    ("Revenue rose 9 percent driven by strong cloud demand.", "9 percent", "Revenue"),  # no "driven"
    ("Output will be half of what was planned, which means the fleet will shrink.", "half", "Output"),
    ("Goods built to last more than five years rose 0.4 percent.", "0.4 percent", None),  # no number word
    ("Smith 's dazzling unbeaten 143 carried the side.", "143", None),
])
def test_adverbs_participles_pronouns_and_number_words_are_no_entities(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, dimension, value, entity", [
    ("The group sold its stake in a five-year-old joint venture.", "five-year-old", "duration", 1826.25,
     "joint venture"),  # the age of a thing is how long it has lasted
    ("She paused a half-dozen times during the speech.", "a half-dozen", "count", 6.0, "times"),
    ("Copper prices struck a fresh record above $10,000 a tonne.", "above $10,000", "money", 10000.0,
     "Copper prices"),
    ("Five straight wins tend to lift a side's confidence.", "Five", "count", 5.0, "straight wins"),
    ("The bank trades at 11 times forecast earnings.", "11 times", "ratio", 11.0, "bank"),
])
def test_ages_of_things_half_dozens_records_reached_and_times_forecast_earnings(text, surface, dimension, value,
                                                                               entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value, q.entity) == (dimension, value, entity)


@pytest.mark.parametrize("text, surface, speaker", [
    ("Exports rose 3% in June, industry data showed.", "3%", None),  # figures nobody is named for
    ("A leaked German plan to hire 4,000 teachers angered unions.", "4,000", None),  # a plan, the noun
])
def test_unnamed_data_and_a_nationality_before_a_plan_do_not_speak(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface", [
    ("The envoys agreed to resume the six-party talks next month.", "six-party"),  # a format's name
    ("Polls show a three-way race for the seat.", "three-way"),
    ("The club has made a 180-degree turnaround this season.", "180-degree"),  # a figure of speech
    ("The bank will cut its rates, two people familiar with the plan said.", "two"),  # how many speak
])
def test_formats_figures_of_speech_and_counts_of_sources_are_no_claims(text, surface):
    assert surface not in [c.surface for c in extract_claims(text, SEED_DATE)]


@pytest.mark.parametrize("text, surface, qualifier, low, high, entity", [
    ("A crowd of no more than several hundred fans turned up.", "no more than several hundred", "at_most", None,
     900.0, "fans"),
    ("Rebels ended a three-day uprising in the port.", "three-day", "exact", 3.0, 3.0,
     "uprising in the port"),  # no participle
    ("Officials held a two-hour briefing with reporters.", "two-hour", "exact", 0.0833333333333, 0.0833333333333,
     "briefing"),  # (a day's share, tidied to 12 significant digits)
])
def test_a_bound_on_a_vague_band_and_nouns_ending_in_ing(text, surface, qualifier, low, high, entity):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.value_low, q.value_high, q.entity) == (qualifier, low, high, entity)


@pytest.mark.parametrize("text, surface, dimension, entity, change", [
    ("The shop served 40,000 meals last winter, 12% fewer than a year earlier.", "12%", "percent", "meals",
     "down"),  # a difference from a baseline set after a level: of what the level counts
    ("Councils approved a road budget of £9m, an increase of 4% on 2021.", "4%", "percent", "road budget", "up"),
    ("Snowfall in the valley was 140% of the seasonal average.", "140%", "percent", "Snowfall in the valley", None),
    ("Reserves fell by 1.5 million barrels last week.", "1.5 million barrels", "count", "Reserves", "down"),
    ("The ferry spilled about 300 barrels of fuel.", "about 300", "count", "barrels of fuel", None),  # the actor
    # spilled barrels: they are what is counted
    ("Toll charges on the bridge brought in £12m in 2021.", "£12m", "money", "Toll charges on the bridge", None),
    ("The new kitchen added £30,000 to the price of the flat.", "£30,000", "money", "price of the flat", "up"),
    ("The motion was carried by a margin of 17 votes.", "17 votes", "count", "votes", None),
    ("One in four nurses works a second job.", "One in four", "percent", "nurses", None),
])
def test_differences_set_after_a_level_counted_barrels_and_amounts_added_to_a_thing(text, surface, dimension,
                                                                                    entity, change):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity, q.change) == (dimension, entity, change)


def test_a_time_placed_back_after_a_comparison_is_no_duration():
    assert [q.surface for q in extract_quantities("Ridership was 9% lower, or 2 million fewer than a year earlier.")
            ] == ["9%", "2 million"]


@pytest.mark.parametrize("text, surface, speaker", [
    ("About 800 people joined the vigil, police said, though organisers put the number at 2,000.", "2,000",
     "organisers"),  # an estimate is its maker's word
    ("Rents rose 2%, while campaigners said 40 tenants were evicted.", "40", "campaigners"),  # not "while ..."
    ("The council has cut 300 posts since 2020, figures show.", "300", None),  # figures nobody is named for
])
def test_an_estimate_put_at_a_figure_and_groups_after_a_conjunction(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


def test_a_figure_referred_back_to_counts_what_the_first_counts():
    claims = {c.surface: c.entity for c in extract_claims(
        "Some 500 workers walked out, the firm said, but the union put the figure at 1,400.", SEED_DATE)}
    assert claims == {"Some 500": "workers", "1,400": "workers"}


@pytest.mark.parametrize("text, surface", [
    ("The schoolgirl, 14, won the essay prize.", "14"),
    ("A pensioner, 88, was rescued from the flood.", "88"),
])
def test_ages_after_more_nouns_for_people(text, surface):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value) == ("age", float(surface))


@pytest.mark.parametrize("text, surface, speaker, role", [
    ("A Westbrook Bank spokesman said 60 branches would close.", "60", "Westbrook Bank", "spokesman"),
    ("Storms cut power to 9,000 homes, a Pentagon official said.", "9,000", "Pentagon", "official"),
    ("Storms cut power to 9,000 homes, a Kenyan official said.", "9,000", "Kenyan official", None),  # no body named
])
def test_an_officer_after_the_named_body_speaks_for_it(text, surface, speaker, role):
    assert {(c.speaker, c.speaker_role) for c in extract_claims(text, SEED_DATE) if c.surface == surface} == {
        (speaker, role)}


@pytest.mark.parametrize("text, surface, dimension, entity", [
    ("Marcus Hale rushed for 143 yards in the win.", "143 yards", "length", None),  # the runner's, no thing measured
    ("The show drew a 12.4 rating on Sunday.", "12.4", "other", "rating"),  # a score on a scale, no count
    ("The flooding forced the evacuation of hundreds overnight.", "hundreds", "count", None),  # people left unsaid
])
def test_yards_run_ratings_and_counts_after_an_action_noun(text, surface, dimension, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == (dimension, entity)


def test_a_win_loss_record_before_season_is_no_range():
    assert "4-9" not in [c.surface for c in extract_claims("The coach was fired after a 4-9 season.", SEED_DATE)]


@pytest.mark.parametrize("text, surface, speaker, role", [
    ("Debt-plagued Orbital Freight Inc. said it would cut 240 jobs.", "240", "Orbital Freight Inc", None),  # a
    # description before the name
    ("Carmaker Velora Motors Corp. said sales rose 6%.", "6%", "Velora Motors Corp", None),
    ("Ohio-based Brandt Tools said it sold 12 plants.", "12", "Brandt Tools", None),
    ("Shelling killed nine soldiers, a British army officer said.", "nine", "British army", "officer"),
    ("Jobless claims fell by 8,000, according to official figures.", "8,000", None, None),  # nobody named
    ("The fair brought in $3 million, according to studies by Harbor Economics.", "$3 million", "Harbor Economics",
     None),
])
def test_descriptions_before_a_name_and_documents_by_a_body(text, surface, speaker, role):
    assert {(c.speaker, c.speaker_role) for c in extract_claims(text, SEED_DATE) if c.surface == surface} == {
        (speaker, role)}


@pytest.mark.parametrize("text, surface", [
    ("The league may scrap the 4-point shot next season.", "4-point"),  # what a kind of score is worth
    ("They missed a two-point conversion late on.", "two-point"),
    ("Okafor hit a jumper with 12 seconds left.", "12 seconds"),  # a game's clock
    ("Down by six with 3 minutes, 10 seconds to play, the Rams rallied.", "3 minutes, 10 seconds"),
])
def test_kinds_of_score_and_a_game_clock_are_no_claims(text, surface):
    assert surface not in [q.surface for q in extract_quantities(text)]


def test_a_tally_before_the_clause_of_who_scored_counts_its_noun():
    q = _quantity_at("The three goals United let in on Sunday cost the manager his job.", "three goals")
    assert (q.dimension, q.entity) == ("count", "goals")


def test_a_count_set_against_the_figure_forecasters_expected_is_kept():
    claims = {c.surface: (c.entity, c.speaker) for c in extract_claims(
        "The airline carried 8.1 million passengers, above the 7.9 million analysts had forecast.", SEED_DATE)}
    assert claims == {"8.1 million": ("passengers", None), "7.9 million": ("passengers", "analysts")}


@pytest.mark.parametrize("text, surface, entity, per, change", [
    ("Crime fell by a fifth over three decades.", "three decades", None, None, None),  # the span of the change
    ("Pupils spent 40 minutes a day on homework.", "40 minutes", None, "day", None),  # a rate, not "a day on,"
    ("A crowd of 18,000 saw the champions lose.", "18,000", "crowd", None, None),  # "saw" is the verb
    ("Gusts reaching 70mph flattened fences in the town.", "70mph", "Gusts", None, None),  # not the verb
])
def test_spans_of_a_change_rates_before_on_and_verbs_after_a_figure(text, surface, entity, per, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.per, q.change) == (entity, per, change)


def test_forecasters_polled_by_a_body_named_by_its_kind_speak():
    assert _speakers_at("Economists polled by the agency forecast inflation of 2.4% for next year.", "2.4%") == {
        "economists"}


@pytest.mark.parametrize("text, surface, low, high", [
    ("The retailer expects earnings of 61 cents to 64 cents per share.", "61 cents to 64 cents", 0.61, 0.64),
    ("The walk is between 4 miles and 6 miles long.", "between 4 miles and 6 miles", 6437.376, 9656.064),
])
def test_a_range_with_its_unit_written_twice(text, surface, low, high):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.value_low, q.value_high) == ("range", low, high)


def test_a_change_and_a_level_in_the_same_unit_stay_apart():
    assert [q.surface for q in extract_quantities("The fare rose from 80 pence to 95 pence.")] == ["80 pence",
                                                                                                    "95 pence"]


def test_a_span_after_a_move_places_it_in_time():
    assert _quantity_at("Bond yields climbed two days after the vote.", "two days").change is None


@pytest.mark.parametrize("text, surface, entity", [
    ("The fund finished raising $640 million from pension plans.", "$640 million", None),  # the verb, no thing
    ("Dan Ruiz completed 21 of 30 passes for 280 yards.", "280 yards", None),  # a passer's yards, no person
])
def test_a_verb_before_its_amount_and_yards_after_passes_name_no_thing(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, dimension, qualifier", [
    ("Household spending fell 0.6 in March, the agency said.", "0.6", "percent", "exact"),  # a lost sign
    ("The visitors gave the ball away... then turned it over four times in the second half.", "four", "count",
     "exact"),  # the verb's particle, no bound
])
def test_an_economys_total_moved_by_a_fraction_and_a_particle_before_a_count(text, surface, dimension, qualifier):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.qualifier) == (dimension, qualifier)


def test_an_olympic_event_for_men_is_no_distance():
    assert "200 metres" not in [c.surface for c in extract_claims(
        "She watched the Olympic mens 200 metres final from the stands.", SEED_DATE)]


@pytest.mark.parametrize("text, surface, qualifier, entity", [
    ("Repairs will cost in the neighbourhood of £2m.", "in the neighbourhood of £2m", "approximate", "Repairs"),
    ("Exports grew at a 6.1 percent annual rate last quarter.", "6.1 percent", "exact", "Exports"),  # the pace
    ("She was one of the 30 workers laid off by the mill.", "30", "exact", "workers"),
    ("He was among the 9 officers hurt by the blast.", "9", "exact", "officers"),  # a participle and its agent
])
def test_a_neighbourhood_of_a_figure_a_pace_and_participles_with_an_agent(text, surface, qualifier, entity):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.entity) == (qualifier, entity)


@pytest.mark.parametrize("text, surface, entity", [
    ("The hospital's waiting list for knee surgery reached 4,100 in May.", "4,100",
     "hospital's waiting list for knee surgery"),
    ("The bank put £90m more into its reserves for bad debts, which now stand at £700m.", "£700m",
     "reserves for bad debts"),  # a head with its "for", through "which"
    ("The charity added $3m to its fees for legal advice.", "$3m", "fees for legal advice"),
    ("Exports rose 7% to $2.1bn on the strength of a weaker currency.", "$2.1bn", "Exports"),  # an idiom of cause
    ("Wheat output last season fell 9%.", "9%", "Wheat output"),  # a time between the subject and its verb
    ("The crane can lift 40 tonnes.", "40 tonnes", None),  # what the subject lifts, no measure of it
])
def test_for_complements_relatives_idioms_and_times_in_entities(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The drug lowered blood pressure by 12% among smokers.", "12%", "blood pressure among smokers"),
    ("Employment rose to 71% for women aged 25 to 49.", "71%", "Employment for women aged 25 to 49"),
    ("Turnout reached 55% among under-30s.", "55%", "Turnout among under-30s"),
])
def test_a_group_of_people_after_a_share_is_part_of_its_entity(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_national_title_names_an_event():
    assert "400m" not in [c.surface for c in extract_claims("He won his third national 400m title on Sunday.",
                                                            SEED_DATE)]


@pytest.mark.parametrize("text, surface, qualifier, entity, change", [
    ("Exports fell by nearly a quarter.", "nearly a quarter", "approximate", "Exports", "down"),
    ("The airline could reduce capacity by as much as a fifth.", "as much as a fifth", "at_most", "capacity", "down"),
    ("The chain cut its planned sales rise for December by half.", "half", "exact", "planned sales rise", "down"),
])
def test_a_fraction_after_by_and_a_qualifier_is_a_share(text, surface, qualifier, entity, change):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.qualifier, q.entity, q.change) == ("percent", qualifier, entity, change)


def test_money_raised_in_a_plan_is_no_rise():
    assert _quantity_at("The club hopes to raise 40 million to rebuild its stand.", "40 million").change is None


@pytest.mark.parametrize("text, surface, entity", [
    ("Zeta paid 90 million euros ($110 million) to buy Nordlys, a ferry line.", "90 million euros", "Nordlys"),
    ("Acme agreed to buy the third-largest Dutch parcel carrier, Kvik, for $80 million.", "$80 million", "Kvik"),
    ("Zeta has bought software maker Lumo Ltd, of Cork, Ireland for $45 million.", "$45 million",
     "software maker Lumo Ltd"),
    ("The fund bought a 20 percent stake in the airport for $600 million.", "$600 million", "stake in the airport"),
])
def test_the_price_in_a_deal_is_of_what_is_bought(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, dimension, entity", [
    ("The FTSE 100 index was up 21.4, or 0.4 percent, at 5,310.2.", "21.4", "other", "FTSE 100 index"),
    ("The FTSE 100 index was up 21.4, or 0.4 percent, at 5,310.2.", "5,310.2", "other", "FTSE 100 index"),
    ("The Nikkei opens at 11,020.5, higher by 64.3.", "64.3", "other", "Nikkei"),
    ("In morning trading, the DAX index gained 31.2, or 0.8 percent.", "0.8 percent", "percent", "DAX index"),
    ("The Kospi rose 12.5 points, or 1.1 percent, to close at 1,104.3.", "1,104.3", "other", "Kospi"),
])
def test_an_index_moves_and_stands_in_points(text, surface, dimension, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == (dimension, entity)


@pytest.mark.parametrize("text", [
    "The fort was built on May 4, 1642, by settlers from the coast.",  # a year after a month and its day
    "The Ravens beat Denver 27 to 20 on Sunday night.",  # a score with "to"
    "Falcons 34, Saints 31 The Falcons needed a late field goal.",  # a result line
    "NO. 5 DUKE 70, VIRGINIA 61: At Durham - the hosts pulled away late.",  # a ranked team in capitals
])
def test_years_after_a_date_and_result_lines_are_no_claims(text):
    assert extract_claims(text, SEED_DATE) == []


@pytest.mark.parametrize("text, surface, entity", [
    ("Zeta sweetened its takeover offer for Lumo to $3.1 billion.", "$3.1 billion", "takeover offer"),
    ("The union backed a pay cut that will save the carrier $2 billion.", "$2 billion", "pay cut"),
])
def test_a_raised_offer_and_what_saves_an_amount(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The shortfall at the fund that insures failed banks more than tripled to $9 billion.", "more than tripled",
     "shortfall"),  # the head before a relative clause, when the figure is the verb
    ("The charity has spent $4 million rebuilding the school.", "$4 million", "school"),  # what the money went
    # into (the payer is no thing)
    ("The mayor asked for $60 million to help with flood repairs.", "$60 million", "flood repairs"),
    ("Analysts had expected a price of $20 and $24 per share.", "$24", "price"),  # two amounts joined by "and"
])
def test_relative_clauses_payers_purposes_and_paired_amounts(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_two_amounts_joined_by_and_share_their_rate():
    assert _quantity_at("Analysts had expected a price of $20 and $24 per share.", "$20").per == "share"


def test_one_before_a_possessive_is_no_count():
    assert extract_claims("In the debate one union's view was left out entirely.", SEED_DATE) == []


def test_a_bare_move_of_a_companys_shares_after_inc_is_a_share():
    q = _quantity_at("Shares of Lumo Holdings Inc. rose more than 7 Tuesday morning on the news.", "more than 7")
    assert (q.dimension, q.qualifier, q.change) == ("percent", "more_than", "up")


def test_a_saying_after_as_governs_only_its_own_clause():
    claims = extract_claims("At least 20 people died on Friday, as Ruritania's newly elected president said over "
                            "1,500 had fled the region.", SEED_DATE)
    assert [(c.surface, c.speaker) for c in claims] == [("At least 20", None), ("over 1,500", "Ruritania")]


@pytest.mark.parametrize("text, surface, dimension, unit", [
    ("Daytime highs of 22-25C are forecast, with lows of minus 3 in rural areas.", "minus 3", "temperature", "degC"),
    ("The rupee slipped to 45.6 per dollar on Tuesday.", "45.6", "money", "INR"),  # an exchange rate
    ("The euro rose to 0.89 per dollar.", "0.89", "money", "EUR"),
])
def test_a_bare_temperature_and_an_exchange_rate_take_their_units(text, surface, dimension, unit):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit) == (dimension, unit)


def test_lows_after_highs_in_fahrenheit_stay_unconverted():
    assert _quantity_at("Highs of 70-75F are forecast, with lows of 50 inland.", "50").dimension == "count"


@pytest.mark.parametrize("text", [
    "The lorry overturned near mile marker 212 on the interstate.",  # a numbered place
    "The phone can shoot 8K video for up to eight minutes.",  # a format's name (the minutes stay)
])
def test_numbered_places_and_video_formats_are_no_counts(text):
    assert all(c.dimension != "count" for c in extract_claims(text, SEED_DATE))


@pytest.mark.parametrize("text, surface, dimension, entity, change", [
    ("Councillors voted to extend the scheme by a year.", "a year", "duration", "scheme", None),
    ("The ferry docked a day late after the storm.", "a day", "duration", None, None),
    ("Savers took a record £9bn out of the accounts last month.", "£9bn", "money", "accounts", None),
    ("The sale raised £40m, more than double the sum it had hoped for.", "more than double", "ratio", "sum", None),
    ("The bakery hopes to triple its output next year.", "triple", "ratio", "output", "up"),
])
def test_spans_by_and_late_money_out_of_and_multiples_as_adjectives(text, surface, dimension, entity, change):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity, q.change) == (dimension, entity, change)


def test_a_compound_after_by_a_is_no_span():
    assert [c.surface for c in extract_claims("Prices rose by a year-on-year 4%.", SEED_DATE)] == ["4%"]


@pytest.mark.parametrize("text, surface, qualifier", [
    ("The race covers 2,100 kilometres over 18 stages.", "18", "exact"),  # "over" spans the stages
    ("The cable carries data at 40 gigabits per second over 120 km.", "120 km", "exact"),
    ("The firm has over 300 staff.", "over 300", "more_than"),  # (still a bound with no measure before it)
])
def test_over_after_a_measure_is_no_bound(text, surface, qualifier):
    assert _quantity_at(text, surface).qualifier == qualifier


@pytest.mark.parametrize("text, surface, entity, change", [
    ("Troops had advanced 9 km by nightfall.", "9 km", None, None),  # a distance moved, no change
    ("House prices grew at an annual rate of 6.5% in May.", "6.5%", "House prices", "up"),
    ("The new sensor reads in 0.2 seconds, eight times faster than older units.", "eight times", "older units",
     None),  # a multiple's base after "than"
    ("Rents rose four times faster than wages.", "four times", "Rents", None),  # (a subject that rose keeps it)
    ("The tower that was finished last year is 280 metres tall.", "280 metres", "tower", None),
    ("The opener made 96 off 110 balls.", "96", "runs", None),
])
def test_moves_paces_bases_relative_heads_and_runs(text, surface, entity, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.change) == (entity, change)


def test_a_cars_sprint_names_no_range():
    assert [c.surface for c in extract_claims("The coupe goes from 0-62mph in 4.1 seconds.", SEED_DATE)] == [
        "4.1 seconds"]


@pytest.mark.parametrize("text, surface, entity", [
    ("Smoking rates among secondary school pupils have fallen to 4%.", "4%",
     "Smoking rates among secondary school pupils"),  # a group with two words before its noun
    ("The council has found £45m to tackle the pothole backlog.", "£45m", "pothole backlog"),  # a purpose
    ("The farmhouse has six bedrooms and sits in 12 acres of woodland.", "six", "bedrooms"),  # "and" + a verb
])
def test_groups_with_two_modifiers_purposes_and_a_verb_after_and(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The agency has 85 flats to let, down from 120 in the spring.", "120", "flats"),  # the value before
    ("The club agreed a £4m fee for the 21-year-old winger, rising to £6m with bonuses.", "£6m", "fee"),
    ("The group said its spending on cloud services would reach $900m next year.", "$900m",
     "spending on cloud services"),  # a noun in "-ing", no participle
    ("Inflation held at 2.1% in March.", "2.1%", "Inflation"),
    ("The jobless rate held steady at 4.9 in June, the survey showed.", "4.9", "jobless rate"),
    ("The insurer is spending $300 million on three new offices.", "$300 million", "new offices"),
])
def test_earlier_values_ing_nouns_held_levels_and_counted_purchases(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_document_that_found_the_figure_speaks():
    assert _speakers_at("The review found the scheme helped 42% of applicants.", "42%") == {"review"}


def test_what_a_rocket_can_lift_is_no_change():
    assert _quantity_at("The launcher can lift 8 tonnes to orbit.", "8 tonnes").change is None


@pytest.mark.parametrize("text, surfaces, entity", [
    ("The regulator raised the cap on foreign ownership from 26 to 49 per cent.", ["26", "49 per cent"],
     "cap"),  # a change from one level to another, no range
    ("The bank lowered its key rate from 6 to 5.5 per cent on Tuesday.", ["6", "5.5 per cent"], "key rate"),
])
def test_a_range_from_one_level_to_another_after_a_change_is_two_levels(text, surfaces, entity):
    claims = [c for c in extract_claims(text, SEED_DATE) if c.dimension == "percent"]
    assert [(c.surface, c.qualifier, c.entity) for c in claims] == [(s, "exact", entity) for s in surfaces]


def test_a_range_from_one_figure_to_another_without_a_change_stays_a_range():
    q = _quantity_at("Scores ranged from 40 to 49 per cent.", "from 40 to 49 per cent")
    assert (q.qualifier, q.value_low, q.value_high) == ("range", 40, 49)


@pytest.mark.parametrize("text, surface, entity", [
    ("The ice melted faster than models predicted, at nearly twice the pace of the last decade.", "nearly twice",
     "pace"),  # (no subject in the clause: the pace it is a multiple of)
    ("Glaciers are melting at nearly twice the pace of the last decade.", "nearly twice", "Glaciers"),
    ("The dinosaur had a tail three times as long as its legs.", "three times", "tail"),
    ("The course ends with the daunting 480-yard 18th.", "480-yard", "18th"),
    ("Shares posted a 3 per cent gain in dollar terms.", "3 per cent", None),  # "in dollar terms": a basis
])
def test_multiples_of_a_rate_or_a_length_measures_of_a_hole_and_a_basis(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text", [
    "Engineers still speak fondly of the old 370's and their punched cards.",  # a model's plural
    "Ortiz beat Lee 4 and 3 yesterday in the quarter-finals.",  # a match-play result before a time
])
def test_a_models_plural_and_match_play_before_a_time_are_no_counts(text):
    assert [c for c in extract_claims(text, SEED_DATE) if c.dimension == "count"] == []


@pytest.mark.parametrize("text, surface, entity", [
    ("The chain said sales for the quarter were $4.2 billion -- up 6 percent from a year earlier.", "6 percent",
     "sales"),  # a change after a level set off by a dash
    ("She earned a bonus of $310,000 in Acme Corp.'s last fiscal year, up 9 percent from $284,000.", "9 percent",
     "bonus"),  # (past an abbreviation's dot)
    ("She earned a bonus of $310,000 last year, up 9 percent from $284,000.", "$284,000", "bonus"),  # the value before
])
def test_changes_after_a_level_past_dashes_and_abbreviations(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, dimension, entity, change", [
    ("After a week-long strike that closed the port, trade resumed.", "week-long", "duration", "strike", None),
    ("Backing for the coalition has sunk to 29%, down four points since May.", "four points", "percent",
     "Backing for the coalition", "down"),  # points after a share, of what sank
    ("The truce lasted just 40 hours before shelling resumed.", "40 hours", "duration", "truce", None),
    ("The house sold for £385,000, £20,000 below its asking price.", "£20,000", "money", None, "down"),
    ("The depot handled 8,400 parcels last week, a quarter more than in May.", "a quarter", "percent", "parcels",
     "up"),  # a fraction before "more than": a share of difference
])
def test_compounds_points_lasting_spans_and_differences(text, surface, dimension, entity, change):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity, q.change) == (dimension, entity, change)


def test_a_fee_that_could_reach_an_amount_is_the_fees():
    assert _quantity_at("He joined for a fee that could reach €25m.", "€25m").entity == "fee"


def test_a_bound_before_a_period_compound_is_kept():
    q = _quantity_at("She took the post after more than a year-long search.", "more than a year-long")
    assert (q.qualifier, q.value_low, q.entity) == ("more_than", 365.25, "search")


@pytest.mark.parametrize("text, surface, qualifier, entity", [
    ("The firm raised its fares from $30 to $34.", "$30", "exact", "fares"),  # signs on each: two levels
    ("Engineers cut the page's load time from 3.1 seconds to 0.9 seconds.", "3.1 seconds", "exact",
     "page's load time"),  # the level before, of what the verb changed
    ("Damages from the flood could reach £80m, insurers said.", "£80m", "at_most", "Damages from the flood"),
    # a ceiling
    ("Temperatures could reach 36C in the south on Sunday.", "36C", "exact", "Temperatures"),  # a forecast level
])
def test_levels_from_and_to_and_amounts_that_could_reach(text, surface, qualifier, entity):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.entity) == (qualifier, entity)


@pytest.mark.parametrize("text, surface, speaker", [
    ("The retailer now sees sales of £4.1bn this year.", "£4.1bn", "retailer"),  # an adverb before the verb
    ("Zeta still expects 300 stores to open.", "300", "Zeta"),
    ("Half of drivers back the plan, according to a poll of 1,500 motorists.", "Half", "poll"),
    ("Half of drivers back the plan, according to a poll of 1,500 motorists.", "1,500", None),  # the sample
])
def test_speakers_past_an_adverb_and_the_sample_of_a_poll(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity, change", [
    ("The new engine burns 25% less fuel than the old one.", "25%", "fuel", "down"),
    ("The tablet offers 50% more storage than last year's model.", "50%", "storage", "up"),
    ("Some 35% of members approve of the merger.", "Some 35%", "members", None),  # a verb after the group
    ("Asthma among infants rose 6%.", "6%", "Asthma among infants", "up"),  # a group after "among"
    ("Delays at the border have lengthened by three hours.", "three hours", "Delays at the border", "up"),
    ("In cold weather the range drops from 300 to 220 miles.", "300", "range", None),  # a subject after a
    # fronted phrase without a comma
])
def test_differences_groups_and_a_subject_after_a_fronted_phrase(text, surface, entity, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.change) == (entity, change)


@pytest.mark.parametrize("text, found", [
    ("On a home charger the cell goes from 20% to 70% in four hours.", [("20%", "cell"), ("70%", "cell")]),  # two
    # levels after "go"
    ("The keeper has kept clean sheets in six of her last 11 matches.", [("six", "matches"), ("11", "matches")]),
])
def test_levels_after_go_and_a_share_of_the_last_games(text, found):
    assert [(q.surface, q.entity) for q in extract_quantities(text) if q.dimension in ("percent", "count")] == found


@pytest.mark.parametrize("text, first, last", [
    ("Exports rose 6% between February and April.", date(2022, 2, 1), date(2022, 4, 30)),
    ("Exports rose 6% from July to September.", date(2022, 7, 1), date(2022, 9, 30)),
    ("Exports rose 6% in May and fell 2% in June.", date(2022, 5, 1), date(2022, 5, 31)),  # two periods
])
def test_two_months_joined_as_a_span(text, first, last):
    c = extract_claims(text, SEED_DATE)[0]
    assert (c.ref_start, c.ref_end) == (first, last)


def test_what_an_engine_is_producing_has_no_entity():
    assert _quantity_at("Behind the seats sits a 2.0-litre unit producing 250bhp.", "250bhp").entity is None


@pytest.mark.parametrize("text, surface, speaker", [
    ('"We hope to open 40 shops next year. It will not be easy," Lee said.', "40", "Lee"),  # a quote that runs on
    ('"We will shut 12 plants." The union declined to comment.', "12", None),  # closed with no speaker after it
    ("Harper 's Cos. (HPR.N: Quote, Profile, Research) on Friday reported a 12 percent rise in sales.", "12 percent",
     "Harper's Cos"),  # a possessive in a company's name, spaced by a tokeniser
    ("Zeta Ltd stunned the market on Monday by reporting a 40 percent fall in profit.", "40 percent", "Zeta Ltd"),
    ("Zeta may sell its stake, according to a newspaper report, sending its shares up 4 percent.", "4 percent",
     None),  # a consequence the writer adds is not the report's
])
def test_speakers_of_a_quote_run_on_a_possessive_name_and_by_reporting(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, dimension, unit, value", [
    ("Markets shrugged off the 50 points rate cut in Europe.", "50 points", "percent", "pp", 0.5),  # basis points
    ("The party's vote share fell 9 points.", "9 points", "percent", "pp", 9.0),  # points of a share
    ("The 31-year old said he would stay.", "31-year old", "age", "year", 31.0),  # an age with one hyphen
])
def test_points_of_rates_and_shares_and_an_age_missing_a_hyphen(text, surface, dimension, unit, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.value) == (dimension, unit, value)


@pytest.mark.parametrize("text", ["The recent 10-K filing lists the risks.", "The firm filed an 8-K on Monday."])
def test_a_filings_form_number_is_no_quantity(text):
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text, surface, unit_value", [
    ("Ticket sales tripled in a week.", "a week", 7.0),  # the span a change took
    ("The yen had its worst fall in a month.", "a month", 30.4375),
])
def test_the_span_of_a_change_after_in_a(text, surface, unit_value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value) == ("duration", unit_value)


@pytest.mark.parametrize("text, surface, dimension, entity", [
    ("The cabinet survived a no-confidence motion by 301 votes to 250.", "301 votes", "count", "votes"),  # a tally
    ("About a third of those questioned backed the deal.", "About a third", "percent", "those questioned"),
])
def test_a_tally_in_a_vote_and_the_group_a_participle_picks_out(text, surface, dimension, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == (dimension, entity)


def test_a_body_that_wants_to_build_speaks_for_its_plan():
    assert _speakers_at("The authority wants to plant 40,000 trees.", "40,000") == {"authority"}


@pytest.mark.parametrize("text, published, first, last", [
    ("The airline carried 9 million passengers in the second quarter.", date(2022, 10, 5), date(2022, 4, 1),
     date(2022, 6, 30)),
    ("Output rose 3% in the fourth quarter.", date(2023, 2, 10), date(2022, 10, 1), date(2022, 12, 31)),  # the
    # quarter before publication
])
def test_a_quarter_without_its_year_is_the_last_one(text, published, first, last):
    c = extract_claims(text, published)[0]
    assert (c.ref_start, c.ref_end) == (first, last)


def test_a_part_of_this_year_beside_a_figure_is_its_period_not_a_claim():
    claims = extract_claims("The bank will shut 40 branches before the end of the year.", SEED_DATE)
    assert [c.dimension for c in claims] == ["count"]


@pytest.mark.parametrize("text, surface, entity", [
    ("Sales of family cars and vans rose 4 percent in May.", "4 percent", "Sales of family cars and vans"),  # two
    # nouns after "of"
    ("Traders sold after the stock's $12 surge since June.", "$12", "stock"),  # the possessor surged
    ("Usage of the app continues to slide, dropping 4 percent in May.", "4 percent", "Usage of the app"),
    ("One analyst put the odds of a cut at 60 percent.", "One", "analyst"),  # "put" is the verb
    ("At least 30 died in the crash.", "At least 30", None),
])
def test_entities_of_coordinated_nouns_possessors_and_participles_after_a_comma(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity, per", [
    ("A litre of diesel cost 162p last month.", "162p", "diesel", "litre"),  # a unit of the good priced
    ("Households paid 31p a unit for electricity.", "31p", "electricity", "unit"),  # the good after "for"
    ("The tablet, priced at $299 at launch, has sold well.", "$299", "tablet", None),  # a price set beside it
    ("The insurer holds about $12bn in cash.", "about $12bn", "cash", None),  # what is held
    ("Economists polled by the agency forecast inflation of 2.4%.", "2.4%", "inflation", None),
])
def test_prices_of_a_unit_of_a_good_held_cash_and_a_pollsters_group(text, surface, entity, per):
    q = _quantity_at(text, surface)
    assert (q.entity, q.per) == (entity, per)


@pytest.mark.parametrize("text, surface, dimension, entity", [
    ("The committee voted 9 to 4 against the plan.", "9", "count", "votes"),
    ("The committee voted 9 to 4 against the plan.", "4", "count", "votes"),
    ("The mayor, 64, stood down.", "64", "age", "age"),  # an age after a role
])
def test_a_votes_tally_and_an_age_after_a_role(text, surface, dimension, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == (dimension, entity)


def test_an_amount_restated_in_a_currency_the_copy_lost_is_no_count():
    found = [(q.surface, q.dimension) for q in extract_quantities("Zeta agreed a $9.4bn (5.2bn) takeover of Acme.")]
    assert found == [("$9.4bn", "money")]


@pytest.mark.parametrize("text, surface, dimension, entity", [
    ("The yen touched a six-month closing high on Tuesday.", "six-month", "duration", "closing high"),
    ("Porto stretched their lead at the top to eight points.", "eight points", "count", "points"),  # a league's
])
def test_a_markets_high_or_low_and_a_leagues_lead_in_points(text, surface, dimension, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == (dimension, entity)


def test_a_possessive_before_capitalised_adjectives_and_a_plural_speaks():
    assert _speakers_at("The region's Orthodox priests said they will need 18 months.", "18 months") == {
        "region's Orthodox priests"}


@pytest.mark.parametrize("text, surface, dimension, entity, change", [
    ("The council plans to halve its spending on consultants.", "halve", "ratio", "spending on consultants", "down"),
    ("The sailor finished the solo voyage in 74 days.", "74 days", "duration", "solo voyage", None),  # how long it took
    ("The blockade is expected to last up to three weeks.", "up to three weeks", "duration", "blockade", None),
    ("The insurer estimates claims from the floods to be about $60 million.", "about $60 million", "money", "claims",
     None),  # what the estimate is of
    ("The bank set aside $400m to cover bad debts.", "$400m", "money", None, None),  # a reserve, no price
])
def test_halving_spans_of_things_done_forecast_spans_estimates_and_reserves(text, surface, dimension, entity, change):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity, q.change) == (dimension, entity, change)


def test_officers_who_tell_lawmakers_speak():
    assert _speakers_at("Officers tell lawmakers that 30 bases will close.", "30") == {"officers"}  # a group, as
    # "Analysts said" gives "analysts" (since "officers" is a group word, twentieth session)


@pytest.mark.parametrize("text, surface, dimension, unit, entity, change", [
    ("Average attendance in the cup rose 9% to 4,300.",
     "4,300", "count", "count", "Average attendance in the cup", None),
    ("The blue-chip average rose 12 points to 10,400.", "10,400", "other", "point", "blue-chip average", None),
    ("The lender raised mortgage rates a quarter point.", "a quarter point", "percent", "pp", "mortgage rates", "up"),
    ("The grocer reported a 14% leap in profit.", "14%", "percent", "percent", "profit", "up"),
    ("A 20% spike in gas prices hit factories.", "20%", "percent", "percent", "gas prices", "up"),
    ("Villagers prayed for the 200 dead at the church.", "200", "count", "count", "people", None),
])
def test_an_average_as_a_modifier_a_rates_points_change_nouns_and_the_dead(text, surface, dimension, unit, entity,
                                                                             change):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit, q.entity, q.change) == (dimension, unit, entity, change)


@pytest.mark.parametrize("text, surface, entity", [
    ("Prices for newly listed flats rose 6% to £210,000.", "£210,000", "Prices for newly listed flats"),
    ("The defender moved to Lyon for €18m last summer.", "€18m", "defender"),  # a player's price
    ("The utility will spend $900m on its three coal plants.", "$900m", "coal plants"),  # what the money goes into
    ("About $70 million was invested in the renovation of the museum.", "About $70 million", "renovation"),
    ("The bank will invest $50 million in Brazil.", "$50 million", None),  # a place alone is no entity
])
def test_participles_led_by_an_adverb_prices_of_players_and_money_spent_on_things(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, speakers", [
    ("Nine people were hurt, a French police statement said.", "Nine", {"French police statement"}),
    ("Shares fell, with the central bank expected to lift rates by 0.5 points.", "0.5 points", {None}),
    ("The clerk admitted that he had taken $40,000.", "$40,000", {"clerk"}),
    ("The college admitted 300 students this year.", "300", {None}),  # let in, no confession
])
def test_a_bodys_statement_a_passive_after_with_and_admitting(text, surface, speakers):
    assert _speakers_at(text, surface) == speakers


@pytest.mark.parametrize("text, surface, speakers", [
    ("The retailer now sees sales of $4bn this year, and its shares rose 6% in early trade.", "6%", {None}),
    ("Traders expect three more rate cuts this year, dealers said.", "three", {"dealers"}),  # the saying wins
])
def test_a_markets_move_after_a_saying_and_a_forecast_reported_by_another(text, surface, speakers):
    assert _speakers_at(text, surface) == speakers


@pytest.mark.parametrize("text, surface, entity", [
    ('The insurer will shed "thousands" of back-office jobs.', "thousands", "back-office jobs"),  # a quoted figure
    ("The top seed sealed victory in just 61 minutes.", "61 minutes", "victory"),  # how long the thing done took
    ("She finished second in 2 minutes, 4.1 seconds.", "2 minutes, 4.1 seconds", None),  # a place, no thing done
    ("Experts found four mostly unrelated enterprise flaws in the code.", "four",
     "mostly unrelated enterprise flaws"),  # a participle led by its adverb, then the noun
])
def test_a_quoted_figure_a_victory_sealed_in_a_time_and_participles_led_by_adverbs(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_participle_of_telling_speaks_for_its_subject():
    assert _speakers_at("Moreno departed for Lisbon, telling reporters she would be back in two weeks.",
                        "two weeks") == {"Moreno"}


@pytest.mark.parametrize("text, surface, entity", [
    ("The town's speed limit will drop to 20mph.", "20mph", "town's speed limit"),  # "speed" is no verb in "-ed"
    ("The lorry has driven 410 miles since dawn.", "410 miles", None),  # how far it travelled, no measure of it
    ("The museum will remain closed for six weeks.", "six weeks", "museum"),  # what stays shut that long
])
def test_words_in_eed_that_are_nouns_distances_driven_and_places_staying_closed(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity, change", [
    ("Copper held steady on Tuesday after jumping almost $90 a day earlier.", "almost $90", "Copper", "up"),
    ("Shares of the retailer closed down 41 cents, or 2 percent, at $19.80.", "$19.80", "Shares of the retailer",
     None),  # the level of what moved, past the restated move
    ("The city agreed to buy an additional 15 percent stake in the airport for $90 million.", "$90 million",
     "stake in the airport", None),
])
def test_a_move_after_after_a_level_after_a_restated_move_and_an_additional_stake(text, surface, entity, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.change) == (entity, change)


@pytest.mark.parametrize("text, surface, speakers", [
    ("An economist forecast a fall in prices over the next six months.", "six months", {"economist"}),
    ("A senior diplomat said 40 observers would leave.", "40", {"senior diplomat"}),  # one of a group, unnamed
    ("Researchers announce three new species of frog.", "three", {"researchers"}),
    ("The rebels have resumed talks with the envoy, the armed group said yesterday, signalling a first step in over a"
     " year.", "over a year", {None}),  # the writer's reading of the saying
])
def test_one_of_a_group_unnamed_announce_and_a_signal_after_a_saying(text, surface, speakers):
    assert _speakers_at(text, surface) == speakers


@pytest.mark.parametrize("text, surface, qualifier", [
    ("Entry is free for children 12 and under.", "12 and under", "at_most"),
    ("The stakes race is for fillies 3 and older.", "3 and older", "at_least"),
])
def test_ages_and_under_and_of_horses(text, surface, qualifier):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.qualifier) == ("age", qualifier)


@pytest.mark.parametrize("text, surface, entity, change", [
    ("The club was fined £80,000 for crowd trouble.", "£80,000", "fine", None),  # the fine, not the offence
    ("The hatchback's top speed is limited to 112mph.", "112mph", "hatchback's top speed", None),
    ("A merger would value the insurer at about $7bn.", "about $7bn", "insurer", None),  # what is valued
    ("Analysts put the value of the stake at $2bn.", "$2bn", "value of the stake", None),  # "value" a noun there
    ("Drivers face a 6% fare increase.", "6%", "fare", "up"),  # a rise in fares
    ("Lows of -18C froze the canal.", "-18C", "Lows", None),  # a verb after the figure is no noun of it
])
def test_fines_top_speeds_valuations_compound_change_nouns_and_a_verb_after_a_figure(text, surface, entity, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.change) == (entity, change)


def test_a_span_and_a_share_before_a_compound_change_noun_share_it():
    found = {q.surface: q.entity for q in extract_quantities("Staff face a six-month, 9 percent pay cut.")}
    assert found == {"six-month": "pay cut", "9 percent": "pay"}


@pytest.mark.parametrize("text, surface, entity, change", [
    ("The estate car weighs 1,610kg, about 70kg more than its predecessor.", "about 70kg", None, "up"),  # a gap
    ("The lighthouse is 9 metres taller than the church.", "9 metres", "lighthouse", "up"),  # not "taller"
    ("His lap was 1.2 seconds slower than in qualifying.", "1.2 seconds", "lap", "up"),  # a slower time is longer
    ("The new ferry is 4 knots faster than the old one.", "4 knots", "new ferry", "up"),  # a faster speed is higher
    ("The pitch drainage cut waterlogging by 30% in tests.", "30%", "waterlogging", "down"),  # not where
])
def test_a_difference_set_by_any_comparative_and_what_a_verb_cuts_before_in(text, surface, entity, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.change) == (entity, change)


@pytest.mark.parametrize("text, surface, entity", [
    ("The viaduct along the old railway is 410 metres long.", "410 metres", "viaduct"),  # a place after the subject
    ("Radiation levels above the reactor fell to 3 millisieverts.", "3 millisieverts", "Radiation levels"),
    ("A chapel with 12 pews sold for £380,000.", "£380,000", "chapel"),  # the "with" is part of the subject
    ("A barn with a slate roof fetched £95,000.", "£95,000", "barn"),
    ("Hail left a crust of ice 3cm thick on the fields.", "3cm", "crust of ice"),  # the noun the measure follows
    ("Nearly one in four men over 60 snore, the clinic says.", "Nearly one in four", "men over 60"),  # the age group
])
def test_places_and_with_after_a_subject_measures_after_a_noun_and_an_age_group_after_a_share(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, dimension", [
    ("The cyclist finished a second behind the winner.", "a second", "duration"),
    ("The skater was a minute outside her best.", "a minute", "duration"),
])
def test_one_second_or_minute_behind_is_a_span(text, surface, dimension):
    assert _quantity_at(text, surface).dimension == dimension


def test_a_second_before_a_noun_stays_an_ordinal():
    assert extract_quantities("She won a second behind-closed-doors vote.") == []
    assert extract_quantities("He is seeking a second term.") == []


def test_a_spokesperson_for_a_body_speaks_for_it():
    assert _speakers_at("A spokeswoman for the council said 14 roads were shut.", "14") == {"council"}
    assert _speakers_at("An official at the council said 14 roads were shut.", "14") == {"official"}  # a person


def test_a_currency_name_glued_to_its_amount():
    q = _quantity_at("The airline wants a loan worth euro150 million.", "euro150 million")  # a sign the wire lost
    assert (q.dimension, q.unit, q.value, q.entity) == ("money", "EUR", 150e6, "loan")
    assert extract_quantities("Greece won Euro 2004 in July.") == []  # a name, not a glued amount


def test_a_restated_range_takes_the_thing_of_the_glued_original():
    found = {q.surface: q.entity for q in extract_quantities(
        "The carrier has asked for a subsidy worth euro40 million to euro60 million"
        " (US $50 million to US $75 million).")}
    assert found == {"euro40 million to euro60 million": "subsidy", "US $50 million to US $75 million": "subsidy"}


@pytest.mark.parametrize("text, surface, qualifier, entity", [
    ("The cold snap pushed the wholesale gas price higher than 90p a therm.", "higher than 90p", "more_than",
     "wholesale gas price"),  # the object the verb moved past its bound
    ("Inflation stayed lower than 2% all year.", "lower than 2%", "less_than", "Inflation"),
])
def test_higher_and_lower_than_are_bounds_of_the_object_moved(text, surface, qualifier, entity):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.entity) == (qualifier, entity)


def test_an_aside_between_a_saying_and_its_that_is_the_writers():
    assert _speakers_at("The grocer warned, for the third time in a month, that profits would fall.",
                        "a month") == {None}
    assert _speakers_at("The grocer warned that profits would fall 8%.", "8%") == {"grocer"}


def test_a_long_name_after_a_verb_of_sale_is_what_is_sold():
    q = _quantity_at("The bank agreed to sell its Fisher Ridge Savings and Loan branch network to Acme for $90m.",
                     "$90m")
    assert q.entity == "Fisher Ridge Savings and Loan branch network"


@pytest.mark.parametrize("text", [
    "The striker levelled three minutes into stoppage time.",
    "Lee scored 14 minutes into the second half.",
])
def test_a_moment_into_a_match_is_its_clock(text):
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text, surface, entity", [
    ("The reform will halve the number of judges in the region.", "halve", "number of judges"),
    ("The carrier plans to double the size of its fleet.", "double", "size of its fleet"),
    ("Ruiz capped a four-run seventh inning rally with a double.", "four-run", "seventh inning rally"),
])
def test_a_multiple_of_a_number_of_things_and_an_ordinal_innings_after_a_compound(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_span_ago_has_no_change_and_a_background_event_is_the_writers():
    assert _quantity_at("The mayor's visit was cut short by a storm 12 days ago.", "12 days").change is None
    assert _speakers_at("The governor announced new rules following the fire at the depot when 23 people died.",
                        "23") == {None}


@pytest.mark.parametrize("text, surface, speakers", [
    ("The school has 310 pupils on roll, a council paper shows.", "310", {None}),  # a document no one is named for
    ("The airline grounded 14 jets, FAA records show.", "14", {"FAA"}),  # the body whose papers they are
    ("The factory shut 2 lines, the paper said.", "2", {"paper"}),  # a newspaper speaks
])
def test_documents_that_show_a_figure(text, surface, speakers):
    assert _speakers_at(text, surface) == speakers


@pytest.mark.parametrize("text, surface, entity", [
    ("Cases of mumps among under-tens have tripled.", "tripled", "Cases of mumps among under-tens"),  # an age group
    ("Charter rates for oil tankers have doubled.", "doubled", "Charter rates for oil tankers"),  # what rates are for
])
def test_age_groups_in_words_and_rates_for_a_kind_of_thing(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_won_glued_to_an_amount_and_a_restated_investment_in_something():
    found = {q.surface: (q.unit, q.entity) for q in extract_quantities(
        "The shipyard will invest Won3,000bn ( $2.6bn) in its engine plant.")}
    assert found == {"Won3,000bn": ("KRW", "engine plant"), "$2.6bn": ("USD", "engine plant")}
    assert extract_quantities("Seoul won 2-0 at home.") == []  # a result, no currency


@pytest.mark.parametrize("text, surface, dimension, entity, speakers", [
    ("Output rose with annual growth of only 1.4 in the spring.", "1.4", "percent", "annual growth", {None}),  # a
    # rate whose "%" the copy lost
    ("A council inquiry has found that 19 bridges were unsafe.", "19", "count", "bridges", {"council inquiry"}),
    ("Cartoons show 20 times more snacking than adverts do, research says.", "20 times", "ratio", "snacking",
     {"research"}),
])
def test_growth_in_lost_percent_an_inquiry_that_found_and_more_of_a_noun_after_a_multiple(
        text, surface, dimension, entity, speakers):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity, _speakers_at(text, surface)) == (dimension, entity, speakers)


@pytest.mark.parametrize("text, surface, speakers", [
    ("The carrier expects damage claims to reach $2bn.", "$2bn", {"carrier"}),  # "claims" no verb of saying there
    ("The agency expects member states to pay $2bn.", "$2bn", {"agency"}),
])
def test_a_forecast_whose_object_ends_in_a_word_like_a_verb_of_saying(text, surface, speakers):
    assert _speakers_at(text, surface) == speakers


@pytest.mark.parametrize("text, surface, entity", [
    ("Strong winds pushed wave heights off the headland to 9 metres.", "9 metres", "wave heights"),  # a place
    ("The cyclone is moving south-east at 15mph.", "15mph", "cyclone"),  # a direction before "at"
    ("The bank sold off its stake in the mine for $90m.", "$90m", "stake"),  # "off" a particle there
])
def test_places_off_directions_before_at_and_a_particle_off(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_noun_before_a_named_place_and_its_of_and_a_disclosure_after_by():
    assert _quantity_at("The golfer came with prize money on the Asian Tour of under 90,000.",
                        "under 90,000").entity == "prize money"
    assert _speakers_at("Acme stunned investors by disclosing a 9% drop in orders.", "9%") == {"Acme"}


@pytest.mark.parametrize("text, surface, entity, change", [
    ("Some pumpkins were huge, weighing up to 300kg.", "up to 300kg", "Some pumpkins", None),  # the subject the
    # participle after the comma measures
    ("The reservoir is 3 metres below its usual level.", "3 metres", "reservoir", "down"),  # against its usual
    ("The council backed a £2bn repair fund spread over ten years.", "£2bn", "repair fund", None),  # not "spread"
])
def test_a_measuring_participle_a_usual_level_and_a_spread_participle(text, surface, entity, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.change) == (entity, change)


@pytest.mark.parametrize("text, surface, entity, per", [
    ("A well-appointed cottage in the village now sells for about £240,000.", "about £240,000",
     "well-appointed cottage in the village", None),  # a compound "-ed" adjective opens the subject (and the place
    # before the verb is kept, past "now")
    ("Dental charges rose to £26.80 an item.", "£26.80", "Dental charges", "item"),
    ("The console sold for $299 on launch day.", "$299", "console", None),  # when, not what it was for
    ("The defender, who joined for £12m, has played 40 games.", "£12m", "defender", None),  # a player's price
])
def test_compound_adjectives_rates_an_item_a_day_of_sale_and_a_price_in_a_relative_clause(text, surface, entity, per):
    q = _quantity_at(text, surface)
    assert (q.entity, q.per) == (entity, per)


def test_a_wide_adverb_after_the_counted_noun_is_no_part_of_it():
    assert _quantity_at("The chain will shut 30 of its branches statewide.", "30").entity == "branches"


@pytest.mark.parametrize("text, surface, speakers", [
    ("Exports rose 4%, Trade Minister Khalid al-Nasser said.", "4%", {"Khalid al-Nasser"}),  # a glued particle
    ("The militia led by a former colonel has said 6 guards were freed.", "6", {"militia"}),  # not the leader
    ("A commander linked to al-Shabaab said 9 fighters died.", "9", {"commander"}),  # not the group tied to
])
def test_glued_name_particles_and_bodies_a_speaker_is_tied_to(text, surface, speakers):
    assert _speakers_at(text, surface) == speakers


@pytest.mark.parametrize("text, surface, value", [
    ("Ticket sales fell by a sixth.", "a sixth", 100 / 6),
    ("Nearly an eighth of the harvest was lost.", "Nearly an eighth", 12.5),
    ("A fourth of the seats were empty.", "A fourth", 25.0),
])
def test_one_part_fractions_of_every_denominator(text, surface, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value) == ("percent", pytest.approx(value))


def test_an_ordinal_with_an_article_stays_an_ordinal_and_a_passive_valuation_names_the_subject():
    assert extract_quantities("The club won a sixth straight game.") == []
    assert _quantity_at("The parcel locker operator was valued at $300m.", "$300m").entity == "parcel locker operator"


@pytest.mark.parametrize("text, surface, entity", [
    ("She compiled three century breaks in the final.", "three", "century breaks"),  # snooker's hundreds
    ("The openers shared two century stands this summer.", "two", "century stands"),  # cricket's
])
def test_a_singular_century_after_a_number_names_what_is_counted(text, surface, entity):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == ("count", entity)
    assert _quantity_at("The abbey has stood for nine centuries.", "nine centuries").dimension == "duration"


@pytest.mark.parametrize("text, surface, change", [
    ("The radio station gained 90,000 listeners last year.", "90,000", None),  # listeners won, as "added"
    ("The Hang Seng gained 84.2 to 14,120.5 by the close.", "84.2", "up"),  # a bare move to a level
    ("The carmaker's stock gained 6 on its first day of trading.", "6", "up"),  # no noun: the move
])
def test_gained_names_things_won_but_a_bare_figure_is_a_move(text, surface, change):
    assert _quantity_at(text, surface).change == change


def test_goals_put_past_an_opponent_and_a_level_reached_in_record_territory():
    q = _quantity_at("The visitors slotted three past the home keeper.", "three")
    assert (q.dimension, q.entity) == ("count", None)  # goals left unsaid, "past" no noun of them
    assert _quantity_at("Two past champions entered the draw.", "Two").entity == "past champions"
    assert _quantity_at("Nickel prices broke into record territory above $30,000.", "above $30,000").entity \
        == "Nickel prices"
    assert _quantity_at("The buyer pays $8m, plus fees of up to $2m.", "up to $2m").entity == "fees"


@pytest.mark.parametrize("text, surface, entity", [
    ("A five-run seventh inning for the visitors settled it.", "five-run", "seventh inning"),  # a noun in "-ing"
    ("The carrier agreed to buy 30 Tupolev-204 jets.", "30", "Tupolev-204 jets"),  # a name joined to its code
    ("The air force flies 18 Hawk 200 aircraft.", "18", "Hawk 200 aircraft"),  # "aircraft" is its own plural
])
def test_innings_model_codes_joined_to_a_name_and_aircraft(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_pair_known_to_the_reader_with_three_modifiers_is_no_claim():
    published = date(2022, 10, 5)
    assert extract_claims("The country 's two biggest mobile phone companies will merge.", published) == []
    kept = extract_claims("The paper that employs one of the two reporters said the men were safe.", published)
    assert [c.surface for c in kept] == ["two"]  # "said the men" is no modifier of the pair's noun


def test_a_passive_report_names_no_speaker_and_to_number_is_a_verb():
    assert _speakers_at("Divers reached four of the six sailors said to be missing.", "four") == {None}
    assert _speakers_at("The council said to reporters that 15 flats were empty.", "15") == {"council"}
    assert _quantity_at("The militia, said to number 2,500, withdrew.", "2,500").value == 2500
    assert extract_quantities("She is the world number 3.") == []  # a ranking stays none


@pytest.mark.parametrize("text, surface, value_written", [
    ("The crossing took an hour and a half.", "an hour and a half", 1.5),
    ("She coached the side for a year and half.", "a year and half", 1.5),  # copy drops the "a"
    ("The ridge path climbs 4 km and a half.", "4 km and a half", 4.5),
])
def test_and_a_half_after_a_unit_adds_half_of_it(text, surface, value_written):
    assert _quantity_at(text, surface).value_written == value_written


def test_ages_after_agent_nouns_rates_per_session_names_told_and_testimony():
    q = _quantity_at("The decathlete, 27, won silver.", "27")
    assert (q.dimension, q.value) == ("age", 27)
    assert _quantity_at("Classes cost £18 a session.", "£18").per == "session"
    assert _quantity_at("A warden told Reuters 35 prisoners had fled.", "35").entity == "prisoners"
    assert _speakers_at("The auditor testified that 9 invoices were forged.", "9") == {"auditor"}
    assert _speakers_at("The port, which handles 2,000 ships a year, said traffic fell 4%.", "4%") == {"port"}


@pytest.mark.parametrize("text, ref", [
    ("Last year the co-op's turnover rose 6%.", (date(2021, 1, 1), date(2021, 12, 31))),
    ("Last month the lighthouse logged 95 storm warnings.", (date(2022, 9, 1), date(2022, 9, 30))),
    ("Next year the ferry line will add 2 routes.", (date(2023, 1, 1), date(2023, 12, 31))),
])
def test_a_relative_period_opening_a_sentence_is_its_figures_period(text, ref):
    (claim,) = extract_claims(text, SEED_DATE)
    assert (claim.ref_start, claim.ref_end) == ref


@pytest.mark.parametrize("text, surface, entity", [
    ("Cover for a young motorist aged 19 now costs £1,900.", "£1,900", "Cover for a young motorist"),
    ("Waits for a hip operation have stretched to 40 weeks.", "40 weeks", "Waits for a hip operation"),
    ("The Dutch winger, 26, cost the club €31m.", "€31m", "Dutch winger"),
])
def test_one_of_a_group_after_for_an_indefinite_for_complement_and_an_age_aside(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_told_a_news_agency_named_at_length_closes_the_clause():
    claims = extract_claims("Floods cut off 14 villages, a district officer told the Kyodo news agency.", SEED_DATE)
    assert [(c.speaker, c.via) for c in claims] == [("district officer", "Kyodo news agency")]


def test_money_an_offering_raises_is_its_size_and_a_noun_after_a_preposition_speaks_not():
    assert _quantity_at("The flotation raised £640m.", "£640m").entity == "flotation"
    assert _quantity_at("The share sale was priced at the bottom of its range, raising €2.1bn.", "€2.1bn").entity \
        == "share sale"
    assert _quantity_at("The utility raised £640m.", "£640m").entity is None  # a company that raises pays no size
    assert _speakers_at("The placing priced below estimates, raising £75m.", "£75m") == {None}  # "estimates" a noun


@pytest.mark.parametrize("text, surface, entity, change", [
    ("Copper scaled new heights at $9,400 a tonne.", "$9,400", "Copper", None),
    ("Tin prices broke into new record territory above $40,000.", "above $40,000", "Tin prices", None),
    ("Shares in the brewer plummet 9 percent on the warning.", "9 percent", "Shares in the brewer", "down"),
    # a headline's present
    ("Shares in the brewer spike 11 percent on the bid.", "11 percent", "Shares in the brewer", "up"),
    ("Gold firmed on Friday, adding $4.10 to $1,720.30 an ounce.", "$4.10", "Gold", "up"),  # a move, not a range
    ("The bank will sell its 9.9 percent holding in the insurer.", "9.9 percent", "holding", None),
])
def test_levels_reached_headline_moves_participles_and_holdings(text, surface, entity, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.change) == (entity, change)


def test_an_amount_restated_after_or_and_worth_after_a_comma():
    text = "The bidder may cut its offer to $1.1 billion or $9 a share."
    assert _quantity_at(text, "$9").entity == _quantity_at(text, "$1.1 billion").entity == "offer"
    assert _quantity_at("The airline ordered 12 freighters, worth $2.4 billion.", "$2.4 billion").entity \
        == "freighters"


@pytest.mark.parametrize("text, surface, speaker", [
    ("Fraud rose 12 percent, according to a quarterly crime roundup published Friday by analytics firm Zetafy.",
     "12 percent", "Zetafy"),  # a document of any kind, a weekday, the kind of body before its name
    ('A faction calling itself "The Northern Front" said it holds 14 hostages.', "14", "Northern Front"),
    ("Acme Corp. <ACME.N>, on Monday said it would close 6 plants.", "6", "Acme Corp"),  # markup blanked
    ("Exports fell 3 percent, the state 's trade agency said.", "3 percent", "state's trade agency"),  # spaced 's
    ("Mortars killed five soldiers, the UN mission said Friday, as talks stalled.", "five", "UN mission"),
])
def test_speakers_behind_documents_quotes_asides_and_spaced_possessives(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity, qualifier, change", [
    ("Advance ticket sales are 14% ahead of last season.", "14%", "Advance ticket sales", "exact", "up"),
    ("The cyclist finished a minute ahead of the peloton.", "a minute", None, "exact", None),  # a lead, no change
    ("A mudslide buried the village under 6 metres of earth.", "6 metres", "earth", "exact", None),  # where, no bound
    ("Orders for heat pumps stay modest, at only 900 a month.", "900", "Orders for heat pumps", "exact", None),
])
def test_ahead_of_a_baseline_a_depth_beneath_and_a_level_after_a_state(text, surface, entity, qualifier, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.qualifier, q.change) == (entity, qualifier, change)


def test_a_bare_number_before_and_shares_the_unit_written_on_the_second():
    text = "The ferry makes crossings of 12 and 18.5 km."
    first, second = _quantity_at(text, "12"), _quantity_at(text, "18.5 km")
    assert (first.dimension, first.value, first.value_written, first.unit_surface) == ("length", 12000, 12, None)
    assert first.entity == second.entity == "crossings"
    assert _quantity_at("The team won 2 and lost 3 games.", "2").dimension == "count"  # no unit after "and"


@pytest.mark.parametrize("text, surface", [
    ("The keeper retired at 41 after a record season.", "41"),
    ("She gave up flying at 90, her family said.", "90"),
])
def test_an_event_of_a_life_at_a_bare_whole_number_is_an_age(text, surface):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.entity) == ("age", "age")


def test_one_in_an_idiom_the_half_year_and_adds_before_a_range():
    published = date(2022, 10, 5)
    assert [c.surface for c in extract_claims("The scooter runs 40 km on one charge.", published)] == ["40 km"]
    assert [c.surface for c in extract_claims("Output rose 8% in the half year to June.", published)] == ["8%"]
    assert _speakers_at("The loft conversion adds between £30,000 and £45,000 to a home's value.",
                        "between £30,000 and £45,000") == {None}  # a tally of value, no saying


@pytest.mark.parametrize("text, surface, speaker", [
    ("A truce monitor said at least 11 rockets landed.", "at least 11", "truce monitor"),  # one of a group
    ("Zeta Media Inc., publisher of the Daily Post, said profit fell 8%.", "8%", "Zeta Media Inc"),  # "<noun> of"
    ("Zeta said sales will miss Wall Street estimates after 2 plant closures.", "2", "Zeta"),  # a noun, no saying
])
def test_monitors_a_bare_appositive_and_figures_a_result_is_set_against(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("The old pier needs repairs costing about £90,000.", "about £90,000", "repairs"),  # not the verb before
    ("Wheat futures rose Monday after moving above $9 a bushel.", "above $9", "Wheat futures"),
    ("A part-time cashier won more than $40,000 in the lottery.", "more than $40,000", None),  # won, no thing she is
    ("A nightly swim of 30 minutes helped, the study found.", "30 minutes", "nightly swim"),  # the activity's span
])
def test_costing_after_a_verb_moving_above_money_won_and_an_activity_of_a_span(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, speaker, role", [
    ("The ferry company carried 9,000 cars in July, a spokeswoman said.", "9,000", "ferry company", "spokeswoman"),
    ("GENEVA (Reuters) - The Harbour Commission will close 3 berths, a spokesman said.", "3", "Harbour Commission",
     "spokesman"),
    ("Quill Ltd. will cut 240 jobs, a spokesperson said.", "240", "Quill Ltd", "spokesperson"),
    ("Rebels seized 14 villages, a spokesman said.", "14", "spokesman", None),  # a group of people: whose is open
    ("Flooding shut 12 schools, a military spokesman said.", "12", "military spokesman", None),  # as the gold has it
])
def test_an_unnamed_spokesperson_speaks_for_the_body_the_sentence_opens_with(text, surface, speaker, role):
    claims = [c for c in extract_claims(text, SEED_DATE) if c.surface == surface]
    assert [(c.speaker, c.speaker_role) for c in claims] == [(speaker, role)]


@pytest.mark.parametrize("text, surface, entity", [
    ("Advertising brings the rowing league £3.4m a year.", "£3.4m", "Advertising"),
    ("The new pumps will save the water board $90,000.", "$90,000", "new pumps"),
])
def test_what_brings_or_saves_an_amount_is_its_entity_not_the_receiver(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, value", [
    ("The Nasdaq is up 9 points at two-thousand-47.", "two-thousand-47", 2047.0),  # broadcast copy: words, digits
    ("Shares closed at one-thousand-925 points.", "one-thousand-925 points", 1925.0),
    ("The union has nine-thousand-300 members.", "nine-thousand-300", 9300.0),
])
def test_a_scale_word_joined_to_digits_is_one_figure(text, surface, value):
    assert _quantity_at(text, surface).value == value


@pytest.mark.parametrize("text", [
    "Farmers took a one-two punch of drought and frost.",
    "The stable celebrated a one-two finish at the derby.",
])
def test_a_one_two_punch_or_finish_is_no_quantity(text):
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text, surface, entity", [
    ("The millions of pounds retailers spend on packaging could fall.", "millions of pounds", "packaging"),
    ("The $2bn the group invested in the mine was written off.", "$2bn", "mine"),
])
def test_an_amount_a_clause_spends_is_of_what_it_is_spent_on(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, qualifier, high", [
    ("Keep the samples below minus 70C.", "below minus 70C", "less_than", -70.0),  # the bound before the sign
    ("The lake froze at under minus 12C.", "under minus 12C", "less_than", -12.0),
])
def test_a_bound_before_a_negative_sign_is_read(text, surface, qualifier, high):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.value_high) == (qualifier, high)


def test_a_confirmation_by_votes_is_no_saying():
    assert _speakers_at("The assembly confirmed the envoy by 61 votes to 30.", "30") == {None}
    assert _speakers_at("The agency confirmed 61 cases.", "61") == {"agency"}  # a saying still


def test_a_multiple_as_many_as_before_a_span_sets_no_bound():
    q = _quantity_at("The choir has 90 singers, three times as many as ten years ago.", "ten years")
    assert q.qualifier == "exact"


@pytest.mark.parametrize("text, surface, entity", [
    ("Office rents around the harbour have risen 12%.", "12%", "Office rents"),  # a place after the subject
])
def test_a_place_around_the_subject_is_left_out(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_darts_feat_named_by_its_darts_is_no_count():
    assert [q.surface for q in extract_quantities("She threw a nine-dart finish in the final.")] == []


@pytest.mark.parametrize("text, surface, entity", [
    ("The flood left 75 cottages empty.", "75", "cottages"),  # an adjective of state after the noun
    ("The frost pushed gas demand 9% above normal.", "9%", "gas demand"),  # what the verb moved
    ("The dashcam stores clips of up to 90 seconds.", "up to 90 seconds", "clips"),  # subject, verb, object
    ("The electric ferry recharges in under 15 minutes.", "under 15 minutes", "electric ferry"),
])
def test_entities_past_a_state_a_moving_verb_a_verb_in_s_and_a_span_of_the_subject(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, quantities", [
    ("She won the harbour 10K on Saturday.", []),  # a road race by its kilometres
    ("He clocked 29 minutes in the 8K race.", ["29 minutes"]),
    ("The forum has 10K members.", ["10K"]),  # thousands of something
])
def test_a_road_race_named_by_its_kilometres_is_no_count(text, quantities):
    assert [q.surface for q in extract_quantities(text)] == quantities


@pytest.mark.parametrize("text, surface, per", [
    ("The fundraiser drew 8,000 donors in a week.", "8,000", None),  # the span it took, no rate
    ("The bakery sells 8,000 loaves a week.", "8,000", "week"),
])
def test_a_span_after_in_is_no_rate(text, surface, per):
    assert _quantity_at(text, surface).per == per


def test_an_app_or_a_platform_speaks_as_a_business():
    assert _speakers_at("The photo app gained 4 million users, it said.", "4 million") == {"photo app"}
    assert _speakers_at("The trading platform lost 12% of its clients, the platform said.", "12%") == {"platform"}


@pytest.mark.parametrize("text, surface", [
    ("The rowers paddled 64km across the bay.", "64km"),  # how far they went, no measure of the rowers
    ("Ash from the eruption drifted 900 miles north.", "900 miles"),
    ("The herd migrated 1,200km in a month.", "1,200km"),
])
def test_a_distance_travelled_measures_no_thing(text, surface):
    assert _quantity_at(text, surface).entity is None


def test_a_level_that_climbed_keeps_its_subject():
    q = _quantity_at("The river climbed 2 metres overnight.", "2 metres")
    assert (q.entity, q.change) == ("river", "up")


@pytest.mark.parametrize("text, surface, qualifier, entity", [
    ("The striker signed a four-year contract in the £60 million range.", "£60 million", "approximate",
     "four-year contract"),
    ("Bids came in the $40 range.", "$40", "approximate", "Bids"),
])
def test_a_figure_in_the_range_of_is_a_round_guess_at_what_comes_before(text, surface, qualifier, entity):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.entity) == (qualifier, entity)


def test_a_figure_before_a_chain_of_verbs_names_no_noun():
    assert _quantity_at("Smith 's 112 helped make the total safe.", "112").entity is None


def test_a_phrase_the_writer_adds_after_a_saying_is_not_the_speakers():
    text = "Three people died in the blast, police said, in the third such attack in a month."
    assert _speakers_at(text, "Three") == {"police"}
    assert _speakers_at(text, "a month") == {None}
    assert _speakers_at("Police said, in a statement, that 40 people died.", "40") == {"police"}  # (a group's noun,
    # lower case as "officials", since "police" joined the group words in round 16)


def test_a_body_and_its_part_speak_as_the_body():
    text = "The envoy served for 12 years, Norway's Foreign Ministry and its UN Mission said."
    assert _speakers_at(text, "12 years") == {"Norway's Foreign Ministry"}


@pytest.mark.parametrize("text, surface, entity", [
    ("The atoll has a population of about 9,000.", "about 9,000", "population"),  # a group in -tion, no action
    ("Troops forced the evacuation of 4,000.", "4,000", None),  # an action done to people left unsaid
    ("The comet came within 90,000km of the Moon.", "90,000km", None),  # the place a distance is measured from
])
def test_groups_in_tion_and_distances_within_of(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_price_a_pair_is_a_rate():
    assert _quantity_at("The walking boots cost £95 a pair.", "£95").per == "pair"


@pytest.mark.parametrize("text", [
    "She scored her third one-day hundred at the ground.",  # cricket's one-day format, no span
    "He took four one-day wickets in the series opener.",
])
def test_cricket_one_day_format_before_a_score_is_no_span(text):
    assert "one-day" not in [q.surface for q in extract_quantities(text)]


@pytest.mark.parametrize("text, surface, entity", [
    ("The hotel group sold 30 inns to a pension fund for £88m.", "£88m", "inns"),  # not whom it was sold to
    ("The retailer agreed to sell 12 of its shops to a rival for $40 million.", "$40 million", "shops"),
])
def test_the_price_of_what_is_sold_past_its_count_and_its_buyer(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_an_adverb_after_a_verb_of_sale_is_no_object():
    assert _quantity_at("The old mill was sold separately for £95,000.", "£95,000").entity == "old mill"
    assert _quantity_at("The board raised its quarterly dividend by 5% to 30 cents.", "30 cents").entity == \
        "quarterly dividend"  # an adjective in "-ly" inside the object stays


def test_a_jump_measures_no_thing_and_rises_nothing():
    q = _quantity_at("The pole vaulter leapt 6.1 metres to win.", "6.1 metres")
    assert (q.entity, q.change) == (None, None)


@pytest.mark.parametrize("text, surface, value, entity", [
    ("The firm paid $12 (€10) million for the site.", "$12", 12e6, "site"),  # the scale after the restatement
    ("The firm paid $12 (€10) million for the site.", "€10", 10e6, "site"),  # ... and after its own bracket
    ("The deal is worth £3.5 (US$6.1) billion.", "US$6.1", 6.1e9, "deal"),
    ("Shares rose to $12 (about 10 euros) on Monday.", "$12", 12.0, "Shares"),  # no scale after the bracket
])
def test_a_scale_word_after_a_bracketed_restatement_is_both_amounts(text, surface, value, entity):
    q = _quantity_at(text, surface)
    assert (q.value, q.entity) == (value, entity)


@pytest.mark.parametrize("text, surface, entity", [
    ("The insurer will spend tens of millions of dollars in coming months on its new app.",
     "tens of millions of dollars", "new app"),  # when it is spent stands between the amount and what on
    ("The county will invest $9 million over the next three years in cycle lanes.", "$9 million", "cycle lanes"),
    ("The firm will invest $5 million over the next two years in a new research and design hub.", "$5 million",
     "new research and design hub"),  # the head after "and", not half of the phrase
])
def test_what_money_is_spent_on_past_when(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface", [
    ("A two-week strike fails to end the pay dispute.", "two-week"),
    ("The 12-point plan aims to cut waiting lists.", "12-point"),
])
def test_a_verb_taking_to_after_the_noun_ends_it(text, surface):
    assert _quantity_at(text, surface).entity in ("strike", "plan")


@pytest.mark.parametrize("text, surface, value", [
    ("The new lamp lasts four times longer than a bulb.", "four times", 4.0),  # every comparative the baselines know
    ("The tower is 3 times taller than the church.", "3 times", 3.0),
])
def test_a_multiple_before_any_comparative_is_a_ratio(text, surface, value):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.value) == ("ratio", value)


def test_a_bound_between_the_number_and_its_unit():
    q = _quantity_at("The runner covered 40 or more miles a week.", "40 or more miles")
    assert (q.dimension, q.qualifier, q.value_high) == ("length", "at_least", None)
    q = _quantity_at("The crate held 20 or so kilograms of feed.", "20 or so kilograms")
    assert (q.dimension, q.qualifier) == ("mass", "approximate")


@pytest.mark.parametrize("text, surface, entity", [
    ("The trader must pay $4 million in penalties and interest.", "$4 million", "penalties and interest"),
    ("The charity handed out £2m in grants and loans to growers.", "£2m", "grants and loans"),
])
def test_money_paid_in_two_nouns_joined_by_and(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The striker signed a two-year £6m contract on Friday.", "two-year", "contract"),
    ("The coach agreed a four-year, $20 million extension.", "four-year", "extension"),
    ("The ten-year lease expires in 2030.", "ten-year", "lease"),  # the verb after the noun ends it
])
def test_a_compound_span_before_an_amount_modifies_the_noun_after_both(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Inspectors set a penalty of $9 million (7 million euros) on the airline.", "$9 million", "penalty"),  # past
    # a restatement in brackets, what the amount is "of", not where it falls
    ("The strike caused a drop of about $2 billion in yearly sales.", "about $2 billion", "yearly sales"),  # a
    # change's "of" gives way to what changed; "yearly" before a noun is its modifier
    ("Zinc hovers near $2,900 a tonne.", "near $2,900", "Zinc"),
])
def test_what_an_amount_is_of_past_brackets_and_changes(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_reports_from_somewhere_are_no_saying():
    text = "Wheat edges up to $7 a bushel on flood damage reports from Kansas."
    assert _speakers_at(text, "$7") == {None}
    assert _speakers_at("The bank reports from its branches that loans rose 4%.", "4%") == {"bank"}


@pytest.mark.parametrize("text", [
    "Ballots went missing in one Texas county last month.",  # "one" as "a certain"
    "The virus spread in one Dublin nursing home.",
])
def test_one_before_a_named_place_noun_after_in_or_at_is_a_determiner(text):
    assert "one" not in [q.surface for q in extract_quantities(text)]
    assert [q.surface for q in extract_quantities("Ballots went missing in two Texas counties.")] == ["two"]


@pytest.mark.parametrize("text, surface, entity", [
    ("The Dane sits one shot back on eight under par.", "one", "shot"),  # behind the leader
    ("The mission will add 2,000 United Nations (UN) police officers.", "2,000", "United Nations police officers"),
])
def test_a_name_acronym_in_brackets_and_back_as_an_adverb(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text", [
    "The Scot closed with a course-record 64 at the PGA stop.",  # an adjective between the verb and the round
    "She fired a bogey-free 66 on Friday.",
])
def test_a_golf_round_after_a_described_verb_of_scoring_is_no_count(text):
    assert [q.surface for q in extract_quantities(text) if q.surface[:2].isdigit()] == []


def test_a_makers_name_and_model_code_before_the_plural_counted():
    text = "The ferry firm will spend $90m on three new Damen 5612 catamarans."
    assert _quantity_at(text, "three").entity == "new Damen 5612 catamarans"
    assert _quantity_at(text, "$90m").entity == "new Damen 5612 catamarans"


@pytest.mark.parametrize("text, surface, entity", [
    ("The truce ended three years of bloodshed.", "three years", "bloodshed"),  # a noun in "-ed"
    ("The chain plans to double the 400 staff it has in Spain.", "double", "staff"),  # past the count after "the"
    ("The lab tested 30 helmet/visor pairings.", "30", "helmet/visor pairings"),  # two words joined by a slash
])
def test_nouns_in_ed_a_count_after_the_multiple_and_slashed_modifiers(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, gone", [
    ("Collectors are paying six figures for the stamps.", "six"),  # a count of digits sizing an amount
    ("He took gold in the men's 4-km team pursuit.", "4-km"),  # a cycling event by its distance
])
def test_six_figures_and_a_pursuit_are_no_quantities(text, gone):
    assert gone not in [q.surface for q in extract_quantities(text)]
    assert [q.surface for q in extract_quantities("The study has six figures and four tables.")][:1] == ["six"]


def test_an_accusation_names_its_maker():
    text = "Regulators fined the broker on Friday, accusing it of hiding $3 million in fees."
    assert _speakers_at(text, "$3 million") == {"Regulators"}


@pytest.mark.parametrize("text, surface, kept", [
    ("She won the women's 58kg bronze medal.", "58kg", False),  # a weight class's medal
    ("He took the 94kg gold in Sydney.", "94kg", False),
    ("Their 12kg gold ingot was stolen.", "12kg", True),  # a mass of gold
])
def test_a_weight_class_medal_is_an_event(text, surface, kept):
    assert (surface in [q.surface for q in extract_quantities(text)]) is kept


def test_two_speakers_joined_by_and_the():
    assert _speakers_at("Five people died, medics and the Red Cross said.", "Five") == {"medics and the Red Cross"}


@pytest.mark.parametrize("text, surface, kept", [
    ("The kiosk prints 5-by-7 photos in a minute.", "5", False),  # a format's name
    ("The kiosk prints 5-by-7 photos in a minute.", "7", False),
])
def test_a_size_written_n_by_m_without_a_unit_is_no_count(text, surface, kept):
    assert (surface in [q.surface for q in extract_quantities(text)]) is kept


def test_yards_rushing_are_a_length_as_yards_run():
    q = _quantity_at("Jones had 98 yards rushing in the win.", "98 yards rushing")
    assert (q.dimension, q.unit) == ("length", "m")


@pytest.mark.parametrize("text, surface, entity", [
    ("The agency will shoot three short videos for the charity.", "three", "short videos"),  # an adjective here
    ("The appeal went to two lower courts.", "two", "lower courts"),
])
def test_short_and_lower_before_a_noun_are_adjectives(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_about_before_a_vague_amount_is_a_preposition():
    q = _quantity_at("The columnist wrote about thousands of complaints.", "thousands")
    assert (q.qualifier, q.value_low) == ("range", 2000.0)


def test_a_number_word_after_a_dateline_without_its_dash():
    assert _quantity_at("GENOA, Italy Nine people were hurt in a blast.", "Nine").entity == "people"
    assert "Four" not in [q.surface for q in extract_quantities("He joined Channel Four in 2001.")]


def test_the_800_pound_gorilla_is_an_idiom():
    assert extract_quantities("The search giant is the 800-pound gorilla of online ads.") == []


@pytest.mark.parametrize("text, surface, entity", [
    ("A slide in the euro below 1.20 dollars rattled exporters.", "below 1.20 dollars", None),  # the clause's verb
    ("The $3 billion proposed takeover collapsed.", "$3 billion", "proposed takeover"),  # inside the phrase
    ("The fund holds $8m in unclaimed dividends.", "$8m", "unclaimed dividends"),
])
def test_a_past_verb_right_after_a_level_is_no_noun(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The new scheme cut hospital waits by 9 days.", "9 days", "hospital waits"),  # a verb of change before "by"
    ("The new road cut commute times through the valley by 8 minutes.", "8 minutes", "commute times"),
    ("The vineyard, which covers 12 hectares, was sold.", "12 hectares", "vineyard"),  # a relative clause's size
])
def test_what_a_span_cuts_and_what_a_relative_clause_measures(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ("Ticket sales fell 8%, according to the promoters' association.", "8%", "promoters' association"),  # a plural
    # possessive after "according to"
    ("The tablet has a 12-megapixel camera, the company said at its product launch.", "12-megapixel", "company"),
    ("Two sources close to the talks said the airline would cut 900 jobs.", "900", "sources"),  # without the count
    ("Twelve opposition parties say the vote should be delayed by at least three months.", "at least three months",
     "opposition parties"),  # how many speak is no part of who they are
])
def test_speakers_of_wire_copy(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("The utility will spend $4 billion over five years upgrading its power lines.", "$4 billion", "power lines"),
    ("The town spent $2 million building a new library.", "$2 million", "new library"),  # a gerund of spending
    ("The bank will take charges of about $90 million for job cuts.", "about $90 million", "charges"),
    ("The investor offered $800 million to take its two listed units private.", "two", "listed units"),
    ("Copper prices touched 3-month lows near $7,000 a tonne.", "near $7,000", "Copper prices"),  # what reached them
])
def test_entities_of_wire_copy(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_number_word_after_up_from_counts_what_the_figure_before_counts():
    claims = extract_claims("The clinic treated 14 patients last month, up from six in May.", SEED_DATE)
    counts = [(c.surface, c.entity) for c in claims if c.dimension == "count"]
    assert counts == [("14", "patients"), ("six", "patients")]
    assert "two" not in [q.surface for q in extract_quantities("The senator is up from two in the polls.")]


@pytest.mark.parametrize("text, surface, kept", [
    ("The hatchback goes from zero to 100km/h in 7.9 seconds.", "from zero to 100km/h", False),  # a sprint's name
    ("The hatchback goes from zero to 100km/h in 7.9 seconds.", "7.9 seconds", True),
    ("Membership rose from zero to 100 in two years.", "100", True),  # no speed: a level
])
def test_a_sprint_from_zero_is_the_test_not_a_speed(text, surface, kept):
    assert (surface in [q.surface for q in extract_quantities(text)]) is kept


def test_a_full_stop_after_an_abbreviations_ends_the_sentence():
    text = "It bought a stake in Acme Co.. The stock rose 3%."
    assert [text[a:b] for a, b in split_sentences(text)] == ["It bought a stake in Acme Co..", "The stock rose 3%."]
    assert len(split_sentences("It bought a stake in Acme Co. on Monday.")) == 1


def test_a_dozen_after_a_counted_noun_is_no_rate():
    q = _quantity_at("Two guards accused of beating a dozen inmates were fired.", "Two")
    assert (q.entity, q.per) == ("guards", None)
    assert _quantity_at("Eggs sold for $4 a dozen.", "$4").per == "dozen"  # a price by the dozen


def test_prices_moved_by_a_bare_number_moved_by_a_share():
    q = _quantity_at("Import prices jumped 2.3 last month.", "2.3")
    assert (q.dimension, q.change) == ("percent", "up")


def test_a_month_in_a_past_clause_stays_in_the_past():
    text = "Retail sales rose 1.1 percent in July, the agency said, more than analysts had expected."
    c = next(c for c in extract_claims(text, SEED_DATE) if c.surface == "1.1 percent")
    assert (c.ref_start, c.ref_end) == (date(2022, 7, 1), date(2022, 7, 31))
    c = next(c for c in extract_claims("Sales are expected to rise 2% in July.", SEED_DATE) if c.surface == "2%")
    assert c.ref_start == date(2023, 7, 1)  # a forecast looks forward


@pytest.mark.parametrize("text, surface, speaker", [
    ("Prices fell 9%, the Army Corps of Engineers said.", "9%", "Army Corps of Engineers"),  # a body's name with "of"
    ("Goldman Sachs set a price target of $52 on the miner's shares.", "$52", "Goldman Sachs"),  # a target's setter
    ("THE Bank of Canada cut its growth forecast to 1.5 per cent.", "1.5 per cent", "Bank of Canada"),
])
def test_bodies_named_with_of_and_targets_set(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("The estate has 90 homes, with prices starting at $410,000.", "$410,000", "prices"),  # the participle left out
    ("The maker will extend the guarantee on its boilers to ten years.", "ten years", "guarantee"),
    ("The battery warranty runs for eight years or 100,000 miles.", "100,000 miles", "battery warranty"),  # one limit
    ("The speaker supports voice control, has two woofers and weighs 4.2 kilograms.", "4.2 kilograms", "speaker"),
    ("The midfielder has had 17 shots on target in eight games.", "17", "shots on target"),
])
def test_entities_of_limits_lists_and_tallies(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_boats_sunk_are_counted_not_a_fall():
    assert _quantity_at("The typhoon sank 14 cargo ships.", "14").change is None
    assert _quantity_at("Shares sank 14 percent.", "14 percent").change == "down"


@pytest.mark.parametrize("text, surface, speaker", [
    ("The regulator sued the lender, alleging it hid $90 million in losses.", "$90 million", "regulator"),
    ("Norway 's oil regulator said output fell 4 percent.", "4 percent", "Norway's oil regulator"),  # a spaced "'s"
])
def test_a_regulator_speaks_and_a_spaced_possessive_is_closed(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("The top weekly payment will be $1,200 for pensioners who retire at 67.", "$1,200", "top weekly payment"),
    ("The insurer will pay $80 million to its former partner Zeta Corp. to settle a patent suit.", "$80 million",
     "patent suit"),  # past whom it is paid to
    ("He broke his own record of 61 metres set at Oslo in May.", "61 metres", "record"),
    ("Lee was among 14 players cut Monday by the club.", "14", "players"),  # a participle before a time
    ("The 24 pay cut on all contracts angered players.", "24", "pay"),  # a noun, no participle
    ("Four-time Grammy winner Ann Lee sang.", "Four-time", "Grammy winner"),  # the honour, not who won it
])
def test_entities_of_audit_97(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_span_after_for_is_no_rate_and_an_age_bound_before_a_verb():
    assert _quantity_at("The drive can store eight films for a week.", "eight").per is None
    assert _quantity_at("The plant pumps 9,000 barrels of oil a day.", "9,000").per == "day"
    q = _quantity_at("Many adults aged 70 and older are online now.", "70 and older")  # "are" is no article
    assert (q.dimension, q.qualifier, q.value_low, q.value_high) == ("age", "at_least", 70.0, None)


def test_an_opening_measure_describes_the_subject_after_it():
    assert _quantity_at("Almost 40 metres long, the ferry was refitted.", "Almost 40 metres").entity == "ferry"


def test_one_in_every_n_is_a_share_and_two_sources_joined_by_and_the():
    q = _quantity_at("One in every six homes lacks a smoke alarm.", "One in every six")
    assert (q.dimension, round(q.value, 2), q.entity) == ("percent", 16.67, "homes")
    assert _speakers_at("The fire killed 9 people, state radio and the police said.", "9") == {
        "state radio and the police"}


def test_a_bank_rate_at_a_bare_number_and_workers_held_hostage():
    q = _quantity_at("The central bank left its bank rate untouched at 5 today.", "5")
    assert (q.dimension, q.entity) == ("percent", "bank rate")
    assert _quantity_at("Rebels are holding four aid workers hostage.", "four").entity == "aid workers"
    assert _quantity_at("The gang threatened to kill one captive a day.", "one").entity == "captive"


@pytest.mark.parametrize("text, surface, unit", [
    ("Casino takings fell to 3.1 billion patacas.", "3.1 billion patacas", "MOP"),  # a name without its country
    ("The hotel was sold for 900 million baht.", "900 million baht", "THB"),
    ("The fine was 2 million ringgit.", "2 million ringgit", "MYR"),
])
def test_a_currency_named_without_its_country(text, surface, unit):
    q = _quantity_at(text, surface)
    assert (q.dimension, q.unit) == ("money", unit)


def test_a_currency_word_that_is_an_english_word_stays_a_word():
    assert all(q.dimension != "money" for q in extract_quantities("The rover drove 40 metres on sol 12."))


def test_the_figure_a_group_forecast_is_theirs_and_a_compound_price():
    text = "Sales rose 4% in May, the retailer said, beating the 2.5% analysts had forecast."
    assert _speakers_at(text, "2.5%") == {"analysts"} and _speakers_at(text, "4%") == {"retailer"}
    assert _quantity_at("The college paid $9 million for a 5-acre plot.", "$9 million").entity == "plot"
    assert _quantity_at("The upgrade is adding 400 Gbps of capacity.", "400 Gbps").change is None


@pytest.mark.parametrize("text, surface, speaker", [
    ("The auditor general's report found that 120 contracts were never tendered.", "120", "auditor general"),
    ("The Red Cross's annual review said that 9,000 families were helped.", "9,000", "Red Cross"),
])
def test_a_document_speaks_for_its_owner(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("The estate, which covers 2,400 acres in Wales, is on the market for £9 million.", "£9 million", "estate"),
    ("The router stores 2 terabytes and weighs 900 grams.", "900 grams", "router"),  # a verb in -s before a figure
])
def test_subjects_past_a_relative_clause_and_a_coordinated_verb(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ("The probe found that 23 invoices had been forged.", "23", "probe"),
    ("Exports fell 6%, data from the customs office showed.", "6%", "customs office"),  # figures from a source
    ("Bond sales hit $90 billion, figures from Dealogic showed.", "$90 billion", "Dealogic"),
])
def test_a_probe_and_data_from_a_source(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("Gale-force winds of 90 mph cut power to 40,000 homes.", "90 mph", "Gale-force winds"),  # the verb after
    ("Fans watched 3 billion hours of streaming in the first month.", "3 billion hours", "streaming"),
    ("Seats sold out within 30 minutes of going on sale.", "30 minutes", None),  # a verb with its complement
])
def test_a_verb_after_a_measure_and_a_gerund_after_of(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, entity, change", [
    ("The heavier battery adds 60 kilograms to its weight.", "60 kilograms", "weight", "up"),
    ("Parking adds about £90 a month to the cost of commuting.", "about £90", "cost of commuting", "up"),
    ("The trust lost $40 million on its bond holdings.", "$40 million", "bond holdings", "down"),
])
def test_amounts_added_to_a_thing_and_lost_on_one(text, surface, entity, change):
    q = _quantity_at(text, surface)
    assert (q.entity, q.change) == (entity, change)


def test_a_fraction_is_no_adjective_and_snow_dropped_is_no_fall():
    assert _quantity_at("The firm will cut costs by a third and shed 90 jobs.", "90").change is None
    assert _quantity_at("The storm could drop 10 inches of snow.", "10 inches").change is None
    assert _quantity_at("Output dropped 2,000 barrels a day.", "2,000").change == "down"


def test_a_rate_closing_the_clause_and_runs_batted_in():
    assert _quantity_at("Falls send about 40,000 pensioners to hospital each year.", "about 40,000").per == "year"
    assert _quantity_at("He has 88 runs batted in this season.", "88 runs").entity == "runs batted in"
    assert _quantity_at("The building sold for £7 million.", "£7 million").entity == "building"


@pytest.mark.parametrize("text, surface, entity", [
    ("Nearly 800 million people lack clean water.", "Nearly 800 million", "people"),  # "lack" is the verb
    ("The old mill, built in 1820, sold for £2 million.", "£2 million", "old mill"),  # an aside with a year
    ("Guests admired the villa, which sold for $9 million.", "$9 million", "villa"),  # what the clause's sale is of
    ("The typical family spends £900 a year on petrol.", "£900", "petrol"),  # past a rate, what it is spent on
])
def test_entities_of_gold_batch_57(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_pay_per_view_is_a_name_and_cents_per_song_a_rate():
    assert _quantity_at("The bout sold 900,000 pay-per-view buys.", "900,000").per is None
    assert _quantity_at("It sells songs at a 79-cent-per-song price.", "79-cent").per == "song"


def test_a_level_after_a_year_and_a_since_clause_with_a_pronoun():
    assert _quantity_at("Burglaries fell 9% in 2021 to 215,000.", "215,000").entity == "Burglaries"
    c = next(c for c in extract_claims("The charity has fed 8,000 families since it opened in 2018.", SEED_DATE)
             if c.surface == "8,000")
    assert (c.ref_start, c.ref_end) == (date(2018, 1, 1), SEED_DATE)


def test_a_group_in_a_study_speaks_and_a_change_noun_keeps_its_group():
    text = "Researchers in the survey reported a 12% rise in back injuries among drivers."
    assert _speakers_at(text, "12%") == {"researchers"}
    assert _quantity_at(text, "12%").entity == "back injuries among drivers"


# -- the nineteenth session: misses of the first hand audit of a second outlet (the Lee corpus), in own words ----
@pytest.mark.parametrize("text, surface, value", [
    ("The band had to pay half-a-million-pounds in royalties.", "half-a-million-pounds", 500_000),
    ("The single sold half-a-million copies.", "half-a-million", 500_000),
    ("Half-a-dozen yachts lost their masts.", "Half-a-dozen", 6),
])
def test_half_a_scale_word_written_with_hyphens(text, surface, value):
    assert _quantity_at(text, surface).value == value


def test_something_like_makes_a_figure_approximate():
    q = _quantity_at("We may see something like 30 per cent more rain by then.", "something like 30 per cent")
    assert q.qualifier == "approximate"


@pytest.mark.parametrize("text, surface, entity", [
    ("Rescuers reached the nine French and German climbers at dawn.", "nine", "French and German climbers"),
    ("The 14 Labour and Green councillors voted against it.", "14", "Labour and Green councillors"),
    ("The turnout saw 58 per cent of the society's more than 9,000 members take part.", "58 per cent", "members"),
    ("The mayor says she expects the new tunnel to cost many millions of dollars.", "millions of dollars",
     "new tunnel"),
    ("Regulators also cut the base rate, at which lenders can borrow overnight, by the same quarter-point margin "
     "to 2.25 per cent.", "2.25 per cent", "base rate"),
])
def test_entities_of_the_second_outlets_first_audit(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_an_object_pronoun_after_a_saying_is_no_entity():
    assert _quantity_at("She told me to sprint over the final 40 metres.", "40 metres").entity is None


def test_a_document_finds_an_amount_in_words_but_police_find_no_saying():
    assert _speakers_at("A national survey has found thousands of tenants are behind on rent.", "thousands") == {
        "national survey"}
    assert _speakers_at("Police found three rifles in the car.", "three") == {None}


@pytest.mark.parametrize("text, surface, speaker", [
    ('The captain says the side is confident. "We have won nine of our last 11 matches."', "nine", "captain"),
    ('Ms Okafor says the firm is growing. "We will hire 300 people next year. That is another 15 per cent."',
     "15 per cent", "Ms Okafor"),
    ('"It was a hard year," Mr Dunne said. "We lost 40 clients."', "40", "Mr Dunne"),
    ('Exports fell sharply. "We lost 40 clients."', "40", None),
])
def test_a_quote_that_opens_a_sentence_is_the_last_speakers(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


# -- round 2: misses of the Lee corpus's second audit, in own words ------------------------------------------------
@pytest.mark.parametrize("text", [
    "The hosts will resume at 4 for 112 after being set 300 to win.",
    "The spinner took 5 for 41 on a dry pitch in the Test.",
])
def test_wickets_for_runs_is_a_score(text):
    assert not [q for q in extract_quantities(text) if q.surface in ("4", "112", "5", "41")]


def test_two_numbers_joined_by_for_outside_cricket_stay_counts():
    assert {q.surface for q in extract_quantities("The shop sold 3 for 10 dollars.")} >= {"3"}


@pytest.mark.parametrize("text, surface, entity", [
    ("The board agreed a payout worth twice her annual salary at $3 million.", "$3 million", "annual salary"),
    ("There were three problems evident from the start.", "three", "problems"),
    ("Nurses held a 12-hour vigil outside the hospital.", "12-hour", "vigil"),
])
def test_entities_of_the_second_outlets_second_audit(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ('Prices rose again. A spokeswoman for the growers, Ana Ruiz Lopez, described the season. "We lost 30 per cent of '
     'the crop," she said.', "30 per cent", "Ana Ruiz Lopez"),
    ("The Maritime Union (MUA) will picket the port and says about 2,000 dockers are owed wages.", "about 2,000",
     "Maritime Union"),
    ("The Coast Guard will resume its search of the bay at dawn and says four sailors are missing.", "four",
     "Coast Guard"),
])
def test_speakers_of_the_second_outlets_second_audit(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


# -- round 3: misses of the Lee corpus's third audit, in own words --------------------------------------------------
def test_a_birthday_to_come_is_an_age():
    q = _quantity_at("The winger will turn 34 in June.", "34")
    assert (q.dimension, q.unit) == ("age", "year")
    assert _quantity_at("The ferry turned 90 degrees.", "90 degrees").dimension != "age"


@pytest.mark.parametrize("text, surface, entity", [
    ("Thousands of high powered rifles are still hidden.", "Thousands", "high powered rifles"),
    ("The storm killed 30 hikers, 11 of them Germans, and two guides.", "11", "Germans"),
    ("The levy comes on top of the $40 million already promised to the port.", "$40 million", None),
])
def test_entities_of_the_second_outlets_third_audit(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_a_unit_an_editor_added_in_brackets():
    q = _quantity_at('"I have to hold the first 20 [metres] under water," she said.', "20 [metres]")
    assert (q.dimension, q.unit, q.value) == ("length", "m", 20)


def test_not_moving_an_inch_is_no_length():
    assert not extract_quantities("The landlords have not moved one inch on rents.")
    assert _quantity_at("The ice was one inch thick.", "one inch").dimension == "length"


@pytest.mark.parametrize("text, surface, speaker", [
    ("The Transport Department says the road is safe. It says 12 crashes were recorded there.", "12",
     "Transport Department"),
    ("A Foreign Ministry official, in a statement received by Reuters, said 40 workers were freed.", "40",
     "Foreign Ministry"),
    ("The relics could be moved about 60 kilometres north, a spokeswoman for the Blue Lotus group said.",
     "about 60 kilometres", "Blue Lotus group"),
])
def test_speakers_of_the_second_outlets_third_audit(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


# -- round 4: misses of the Lee corpus's fourth audit, in own words -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Wales finished the first day at 5 for 240.",
    "The hosts were struggling at 4 for 61 before the rain came.",
    "She said she was 100 per cent sure of the result.",
    "If we give 100 per cent we will be fine.",
])
def test_totals_and_full_effort_are_no_quantities(text):
    assert not extract_quantities(text)


def test_a_share_of_full_effort_words_stays():
    assert _quantity_at("They gave 100 per cent of the takings to the hospice.", "100 per cent").entity == "takings"


def test_a_bare_number_after_from_a_measure_to_takes_its_unit():
    q = _quantity_at("Crews cut the limit from 100 kilometres an hour to 60.", "60")
    assert (q.dimension, q.unit, q.value_written) == ("speed", "m/s", 60)
    assert _quantity_at("Inflation eased from 6 per cent to 5.", "5").dimension == "percent"


def test_an_aged_mission_is_a_span_and_a_peoples_rally_no_rise():
    q = _quantity_at("Envoys urged him to keep up a three-week-old mission.", "three-week-old")
    assert (q.dimension, q.entity) == ("duration", "mission")
    assert _quantity_at("It coincides with a rally by hundreds of nurses.", "hundreds").change is None


@pytest.mark.parametrize("text, surface, speaker", [
    ("Ms Hale points out 85 per cent of the members backed the plan.", "85 per cent", "Ms Hale"),
    ("Zetaco has announced it is cutting 300 jobs, and Quillfast is letting 120 staff go.", "120", None),
    ("The Press Trust of Ruritania says the dealer spent $90,000 on boats.", "$90,000", "Press Trust of Ruritania"),
])
def test_speakers_of_the_second_outlets_fourth_audit(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


# -- twentieth session, round 5: misses of the Lee corpus's sixth audit, in own words ------------------------------
@pytest.mark.parametrize("text, surface, entity", [
    ("She collected three Young Farmer of the Year awards and two other prizes.", "three",
     "Young Farmer of the Year awards"),
    ("Nearly a quarter of the Maori and Pacific Islander workforce is employed in farming.", "Nearly a quarter",
     "Maori and Pacific Islander workforce"),
    ("About 80 people were hurt, half of them children, police said.", "half", "children"),
    ("There were no more than 100 or 200 protesters.", "no more than 100", "protesters"),
])
def test_entities_of_the_second_outlets_sixth_audit(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


@pytest.mark.parametrize("text, surface, qualifier, low, high", [
    ("Fines of up to 500 euros or 600 dollars apply.", "600 dollars", "at_most", None, 600),
    ("There were no more than 100 or 200 protesters.", "200", "at_most", None, 200),
    ("More than 300 people, or 12 percent of staff, were laid off.", "12 percent", "more_than", 12, None),
])
def test_a_bound_written_once_before_two_figures_joined_by_or_bounds_both(text, surface, qualifier, low, high):
    q = _quantity_at(text, surface)
    assert (q.qualifier, q.value_low, q.value_high) == (qualifier, low, high)


def test_a_count_that_opens_the_clause_after_a_condition_is_no_change():
    assert _quantity_at("If rainfall increases dozens of rural roads will be closed.", "dozens").change is None
    assert _quantity_at("The firm increased staff by 40 this year.", "40").change == "up"


@pytest.mark.parametrize("text, surface, speaker", [
    ("The army shelled the town for 12 days, official records released yesterday showed.", "12 days", None),
    ("Army commanders have been cautious, saying the war is not won. They say about 300 rebels remain in the hills.",
     "about 300", "Army commanders"),
    ("Professor Jane Miles is proposing two new taxes to fund the plan.", "two", "Jane Miles"),
    ("The Institute of Health and Welfare report shows about 4 per cent of adults smoke.", "about 4 per cent",
     "Institute of Health and Welfare report"),
    ("Of the 40 staff, a third of them said they would leave.", "40", None),
])
def test_speakers_of_the_second_outlets_sixth_audit(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


def test_they_resolves_to_the_group_that_spoke_before():
    assert _speakers_at("Police said the road was shut. They say 40 cars were stuck.", "40") == {"police"}
    assert _speakers_at("Acme Corp said the road was shut. They say 40 cars were stuck.", "40") != {"Acme Corp"}
    assert _speakers_at("Officials said the road was shut. They say 40 cars were stuck.", "40") == {"officials"}


# -- the outlet's dollar ------------------------------------------------------------------------------------------
def test_a_bare_dollar_is_the_outlets_dollar_and_a_marked_one_stays():
    text = "The budget is $400 million, about 60 cents a head; shares were $49.40 US, and US$5 more went to $US2 fees."
    units_of = {c.surface: c.unit for c in extract_claims(text, SEED_DATE, dollar="AUD")}
    assert units_of == {"$400 million": "AUD", "about 60 cents": "AUD", "$49.40": "USD", "US$5": "USD",
                        "$US2": "USD"}
    assert {c.unit for c in extract_claims(text, SEED_DATE)} == {"USD"}
    assert {q.unit for q in extract_quantities("It cost 5 million dollars.", dollar="CAD")} == {"CAD"}
    assert {q.unit for q in extract_quantities("It set up a $1 million dollar fund.", dollar="NZD")} == {"NZD"}
    assert {q.unit for q in extract_quantities("It cost 5 million euros.", dollar="CAD")} == {"EUR"}


@pytest.mark.parametrize("dollar", ["EUR", "aud", ""])
def test_a_dollar_that_is_no_dollar_is_refused(dollar):
    with pytest.raises(ValueError, match="not the ISO code of a dollar"):
        extract_claims("It cost $5.", dollar=dollar)
    with pytest.raises(ValueError, match="not the ISO code of a dollar"):
        extract_quantities("It cost $5.", dollar=dollar)


# -- round 6: misses of gold v2 batch 60's tuning part, in other words ----------------------------------------------
def test_a_past_tense_clause_keeps_its_quarter_or_half_in_the_past():
    pub = date(2022, 10, 5)
    [c] = extract_claims("Exports rose 2.2% in the second quarter, more than analysts had forecast.", pub)
    assert (c.ref_start, c.ref_end) == (date(2022, 4, 1), date(2022, 6, 30))
    [c] = extract_claims("Orders fell 4% in the first half.", pub)
    assert (c.ref_start, c.ref_end) == (date(2022, 1, 1), date(2022, 6, 30))
    [c] = extract_claims("The striker scored two goals in the first half.", pub)
    assert (c.ref_start, c.ref_end) == (None, None)  # a match's half, not the year's


@pytest.mark.parametrize("text, surface, speaker", [
    ("Each side expelled 40 envoys, officials in the capital said.", "40", "officials"),
    ("Farmers sold 9% more tractors this year, figures from a dealers' association showed.", "9%",
     "dealers' association"),
    ("Teenagers sleep about seven hours a night, a study of 3,000 pupils found.", "about seven hours", "study"),
])
def test_speakers_of_gold_batch_60(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


def test_a_percentage_more_of_a_plural_names_the_plural():
    assert _quantity_at("Farmers sold 9% more second-hand tractors this year.", "9%").entity == "second-hand tractors"
    assert _quantity_at("The new cable is 30% more expensive.", "30%").entity != "expensive"


# -- round 7: misses of the Lee corpus's seventh (last) audit, in own words -----------------------------------------
def test_an_old_treaty_or_record_is_a_span_and_a_downgrade_by_a_share_a_fall():
    q = _quantity_at("Delegates said the 70-year old charter must be reformed.", "70-year old")
    assert (q.dimension, q.entity) == ("duration", "charter")
    assert _quantity_at("The 70-year-old signed the charter.", "70-year-old").dimension == "age"
    q = _quantity_at("The ministry will downgrade consular services by 40 per cent.", "40 per cent")
    assert (q.change, q.entity) == ("down", "consular services")


# -- round 8: misses of the Lee corpus's eighth audit (its test articles), in own words -----------------------------
@pytest.mark.parametrize("text, surface, speaker", [
    ("John Reed, 54, said 40 people were hurt.", "40", "John Reed"),
    ("Ann Lee, 61, a retired nurse, said 12 wards were shut.", "12", "Ann Lee"),
    ("John Reed, 54, said 40 people were hurt.", "54", None),  # the outlet's words about its speaker
    ("Sam, 15, alleged a teacher at Oakdale School told him to leave.", "15", None),
    ("Intelligence officers in the northern region of Ruritania told the Times the group is hiding up to 90 fighters.",
     "up to 90", "officers"),
])
def test_speakers_of_the_second_outlets_eighth_audit(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("The insurer said it plans to cut about 800 jobs even as it reported a record profit.", "about 800", "jobs"),
    ("Talks resume after a hiatus of more than five years.", "more than five years", "hiatus"),
    ("Prices doubled over a period of five years.", "five years", "period"),  # (a span's own word, as before)
])
def test_entities_of_the_second_outlets_eighth_audit(text, surface, entity):
    assert _quantity_at(text, surface).entity == entity


def test_life_expectancy_is_an_age():
    q = _quantity_at("Life expectancy has fallen to 45 years.", "45 years")
    assert (q.dimension, q.unit, q.value) == ("age", "year", 45)
    assert _quantity_at("The loan runs for 45 years.", "45 years").dimension == "duration"


def test_an_average_of_a_span_names_no_average():
    assert _quantity_at("Callers waited an average of 12 minutes last year.", "12 minutes").entity is None


# -- round 9: misses of gold v2 batch 61's tuning part, tested in other words ---------------------------------------
@pytest.mark.parametrize("text, surface, speaker", [
    ("Scientists found 14 species new to science on the island.", "14", "scientists"),
    ("Police found 12 bodies in the river.", "12", None),  # a search, not a finding
    ("Scientists found 14 species in a survey of 300 ponds.", "300", None),  # the size of the study
])
def test_speakers_of_gold_batch_61(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


def test_multiples_of_a_baseline_and_storeys_and_petabytes():
    assert _quantity_at("Pollen counts can be four times higher in May.", "four times").change == "up"
    assert _quantity_at("The new chip is ten times smaller.", "ten times").change == "down"
    assert _quantity_at("The hotel will rise 38 floors above the harbour.", "38").change is None
    q = _quantity_at("The archive holds more than 200 petabytes of footage.", "more than 200 petabytes")
    assert (q.dimension, q.unit, q.entity) == ("other", "PB", "footage")
    assert _quantity_at("Siblings raised apart share about a third of their habits.", "about a third").change is None


# -- twenty-first session, round 1: misses of the recent articles' audit sample 1, tested in other words ------------
_SPEAKERS_OF_ROUND_1 = [
    ('"If I had wanted to inflate the report like you said I did, I would have raised it by millions," Ann Ruiz said.',
     "millions", "Ann Ruiz"),  # the one spoken to inside a quote speaks nothing
    ("Weeks later, it was revealed by the watchdog Citizen Lab that eight of them had been hacked.", "eight",
     "Citizen Lab"),  # a passive saying with its source
    ("According to the news agency Xinhua, 40 people died.", "40", "Xinhua"),
    ("An auditor for the city determined the agency wasted $40 million in overtime.", "$40 million", "auditor"),
    ("An expert for the state determined the firm saved $168 million in costs.", "$168 million", "expert"),
    ("The team determined the cause of 40 crashes.", "40", None),  # a finding speaks only for finders
]


_ENTITIES_OF_ROUND_1 = [
    ("Guards can read a licence plate from up to 50 metres away.", "up to 50 metres", None),  # a vantage, no thing
    ("The storm was 300 miles away on Friday.", "300 miles", "storm"),  # (the subject's distance keeps it)
    ("The lender requires a $4 billion net worth from every borrower.", "$4 billion", "net worth"),
    ("Investors believe that as of today the stadium is worth $900 million.", "$900 million", "stadium"),
    ("Nine members of Smith's security team sued his employer for overtime.", "Nine",
     "members of Smith's security team"),
    ("Thousands of views, sometimes hundreds of thousands, follow each clip.", "hundreds of thousands", "views"),
    ("Dozens of arrests, perhaps hundreds, were made.", "hundreds", "arrests"),
]


@pytest.mark.parametrize("text, kept", [
    ("One strand of the software scans faces at checkpoints.", []),  # "one" picked out of a whole, as "a"
    ("In one photograph obtained by the paper, guards remove a SIM card.", []),
    ("Besides those two public events, Ruiz has not appeared on camera.", []),  # the ones named before
    ("Ruiz met Lahav in Vegas; after that, the two security professionals became close friends.", []),
    ("At least one member of the team is under investigation.", ["At least one"]),  # (a bound counts)
    ("The team pulled within one game of the lead.", ["one"]),
    ("In one year the firm hired 300 staff.", ["one year", "300"]),
])
def test_one_and_the_two_as_determiners(text, kept):
    assert [c.surface for c in extract_claims(text, SEED_DATE)] == kept


# -- twenty-first session, round 2: misses of the recent articles' audit sample 2, tested in other words ------------
@pytest.mark.parametrize("text, surface, speaker, org", [
    ("Sales rose 5%, said an analyst at Zeta Bank.", "5%", "analyst", "Zeta Bank"),  # an inverted role
    ("Sales rose 5%, said a spokeswoman for Acme Corp.", "5%", "Acme Corp.", None),  # a spokesperson's body
    ('"We are tired," says a nurse from Leeds, whose name was withheld. Since May, he says, he has treated 12 '
     "patients with burns.", "12", "nurse", None),  # "he" is the role who spoke last
    ("One soldier said 40 men were killed.", "40", "soldier", None),
    ("Employees said 40 files were sold.", "40", "employees", None),
])
def test_speakers_of_the_recent_articles_sample_2(text, surface, speaker, org):
    assert {(c.speaker, c.speaker_org) for c in extract_claims(text, SEED_DATE) if c.surface == surface} == {
        (speaker, org)}


@pytest.mark.parametrize("text, kept", [
    ("On one occasion, the guard said, the door was left open.", []),  # an idiom
    ("One former colleague said they left after the firm sold 40 files.", ["40"]),  # one source, no count
    ("One person was killed in the blast.", ["One"]),  # (a count still)
])
def test_one_as_a_source_or_an_occasion(text, kept):
    assert [c.surface for c in extract_claims(text, SEED_DATE)] == kept


def test_one_source_is_still_a_quantity_a_reader_lists():
    assert [q.surface for q in extract_quantities("One former colleague said they left.")] == ["One"]


# -- twenty-first session, round 3: misses of gold v2 batch 63's tuning part, tested in other words -----------------
_ENTITIES_OF_ROUND_3 = [
    ("A house once owned by the mayor sold for $1 million.", "$1 million", "house"),  # a participle with its agent
    ("A farmhouse built by monks sold for $2 million.", "$2 million", "farmhouse"),
    ("Traders found themselves facing fines of $3 million.", "$3 million", "fines"),  # a reflexive and its verb
    ("Two suicide bombers blew themselves up near the base.", "Two", "suicide bombers"),
    ("The clinics ordered 40,000 jabs for over-65s.", "40,000", "jabs for over-65s"),  # a group the count is for
    ("The council built 400 homes for young families.", "400", "homes for young families"),
    ("The firm sold 300 tickets for the match.", "300", "tickets"),  # (no group of people)
]


_SPEAKERS_OF_ROUND_3 = [
    ("A memo posted on the staff website warned that 60 jobs would go.", "60", "memo"),  # not where it was posted
    ("A report published in the Lancet said 40 species were at risk.", "40", "Lancet"),  # (a named journal speaks)
    ("UN agencies said 40,000 people were hungry.", "40,000", "UN agencies"),
]


def test_a_month_after_from_is_the_baseline_of_a_change():
    [c] = extract_claims("Van prices slipped in August, falling 0.8% from July, the trade body said.", SEED_DATE)
    assert (c.ref_start, c.ref_end) == (date(2022, 8, 1), date(2022, 8, 31))
    [c] = extract_claims("Van prices rose 0.8% from July.", SEED_DATE)
    assert (c.ref_start, c.ref_end) == (date(2022, 7, 1), date(2022, 7, 31))  # (no other period: left as it was)


# -- twenty-first session, round 4: misses of gold v2 batch 64's tuning part, tested in other words -----------------
@pytest.mark.parametrize("text, surface, entity, change", [
    ("A power cut left 9,000 homes unable to heat water.", "9,000", "homes", None),  # a predicative adjective
    ("Folding the back seats frees up 900 litres of boot space.", "900 litres", "boot space", None),  # a particle
    ("Turnout rose: 71% of over-65s voted, against 44% of under-25s.", "71%", "over-65s", None),  # an age group
    ("The cottage sold for £600,000, £45,000 over its asking price.", "£45,000", None, "up"),  # a gap, no price of
    # anything; up, as "above its guide price" is (GOLD.md: aligned in the thirty-first session)
    ("The cottage sold for £600,000, £45,000 over its asking price.", "£600,000", "cottage", None),
])
def test_entities_and_changes_of_gold_batch_64(text, surface, entity, change):
    assert {(c.entity, c.change) for c in extract_claims(text, SEED_DATE) if c.surface == surface} == {
        (entity, change)}


def test_bookmakers_suggest():
    assert _speakers_at("Bookmakers suggest the champion has a 30% chance of winning again.", "30%") == {"Bookmakers"}


# -- twenty-first session, round 5: long real articles (the recent articles' audit samples 1 and 2), other words ----
_SPEAKERS_OF_ROUND_5 = [
    ('"Rates will rise," said Ann Ruiz, a surgeon. "We closed two wards," said Ben Cole. Ruiz was asked to "close 12 '
     'beds," she said.', "12", "Ann Ruiz"),  # the person the sentence names before "she", not the last to speak
    ('"Rates will rise," said Ann Ruiz, a surgeon. In 1990 Ruiz ran the ward; she was asked to "close two wards," '
     "she said in sworn testimony in a federal court in 2011.", "two", "Ann Ruiz"),  # (a long close after "said")
    ('"We stayed there for a week," a former colleague recalled.', "a week", "former colleague"),
    ("The nurse recalled that 12 patients died.", "12", "nurse"),
    ("Acme recalled 40,000 cars.", "40,000", None),  # a recall of products says nothing
]


# -- twenty-first session, round 6: misses of gold v2 batch 65's tuning part, tested in other words -----------------
@pytest.mark.parametrize("text, surface, dimension, entity", [
    ("The sensor measures 25 square millimetres.", "25 square millimetres", "area", "sensor"),  # small areas
    ("The screen has 40 sq in of glass.", "40 sq in", "area", "glass"),
    ("Revenue at the studio turned up, reaching $2.4 billion in the year.",
     "$2.4 billion", "money", "Revenue at the studio"),
    ("The wildfire, which has scorched 6,000 hectares, is still burning.", "6,000 hectares", "area", "wildfire"),
    ("The smelter will draw 90MW from the grid.", "90MW", "other", None),  # what the subject uses
    ("The video was watched 3 million times in a day.", "3 million", "count", None),  # how often, no thing
])
def test_entities_of_gold_batch_65(text, surface, dimension, entity):
    c = _claim_at(text, surface)
    assert (c.dimension, c.entity) == (dimension, entity)


_SPEAKERS_OF_ROUND_6 = [
    ("The statistics bureau counted 2.1 million jobless.", "2.1 million", "statistics bureau"),
    ("Studies show teenagers who sleep less than 8 hours a night do worse at school.", "less than 8 hours",
     "Studies"),
    ("Police found 12 bodies in the river.", "12", None),  # (a search, still no finding of a document)
]


def test_times_stay_the_noun_of_the_quantity():
    assert _quantity_at("The video was watched 3 million times in a day.", "3 million").entity == "times"


def test_a_list_numbered_with_closing_brackets_holds_no_quantities():
    """(After the session's final measures: the recent articles' audit samples 1-3 all met "1) Deviled" items.)"""
    assert extract_claims("Our favourite ways to cook rice are: 1) boiled, 2) fried, 3) steamed.", SEED_DATE) == []
    assert [c.surface for c in extract_claims("Profits rose (by 5) in the year.", SEED_DATE)] == ["5"]  # (opened)


@pytest.mark.parametrize("text, surface, speaker",
                         _SPEAKERS_OF_ROUND_1 + _SPEAKERS_OF_ROUND_3 + _SPEAKERS_OF_ROUND_5 + _SPEAKERS_OF_ROUND_6)
def test_speakers_of_the_twenty_first_session(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", _ENTITIES_OF_ROUND_1 + _ENTITIES_OF_ROUND_3)
def test_entities_of_the_twenty_first_session(text, surface, entity):
    assert {c.entity for c in extract_claims(text, SEED_DATE) if c.surface == surface} == {entity}


# -- twenty-first session, round 7: the recent articles' sample 3 (measured), tested in other words ------------------
@pytest.mark.parametrize("text, surface, qualifier, entity", [
    ("Forecasters say the planet will pass 1.5C of cumulative warming this decade.", "1.5C", "more_than",
     "cumulative warming"),  # a mark passed, in the future too; "warming" a noun
    ("Sales will exceed $5 billion.", "$5 billion", "more_than", "Sales"),
    ("She is in the top 10% of earners.", "10%", "exact", "earners"),  # (a rank, not a mark passed)
    ("Limiting warming to 1.5C is the goal of the accord.", "1.5C", "exact", "warming"),  # what is limited
    ("Police reduced the speed limit from 110km/h to 80km/h.", "80km/h", "exact", "speed limit"),  # ("limit" a noun)
    ("Scientists think that warming in excess of 2C could unleash floods.", "in excess of 2C", "more_than",
     "warming"),  # (what is in excess: the twenty-second session)
])
def test_marks_passed_and_what_is_limited(text, surface, qualifier, entity):
    c = _claim_at(text, surface)
    assert (c.qualifier, c.entity) == (qualifier, entity)


def test_scientists_think():
    assert _speakers_at("Scientists think that warming in excess of 2C could unleash floods.",
                        "in excess of 2C") == {"scientists"}


# -- twenty-second session, round 1: long articles' quotes and questions (the audits' misses, in other words) -------
@pytest.mark.parametrize("text, surface, speaker", [
    ('The mayor wrote to residents: "The repairs will cost $12 million."', "$12 million", "mayor"),
    ("The analyst wrote in a note that margins would fall to 8%.", "8%", "analyst"),
    ("The senator tweeted that the bill would cost $2 billion.", "$2 billion", "senator"),
    ("Ms Patel wrote 12 books in ten years.", "12", None),  # what was written, not a saying
    ("The bank wrote off $2 billion of loans.", "$2 billion", None),
    ('"Is $5 million enough?" the mayor asked.', "$5 million", "mayor"),
    ("Staff have three weeks before the airline asks.", "three weeks", None),  # no question put
    ("The union asked for $5 million in back pay.", "$5 million", None),  # a request, not a saying
])
def test_writing_and_asking_say(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, hedge", [
    ("Could the bill really reach $40 billion? Analysts doubt it.", "$40 billion", "?"),  # asked about
    ('"Is $5 million enough?" the mayor asked.', "$5 million", "?"),
    ("If prices rise 5%, will demand fall?", "5%", "?"),  # supposed
    ("Will the U.S. spend $5 billion on it?", "$5 billion", "?"),  # (an abbreviation's dot ends nothing)
    ("Why did sales fall 5% last year?", "5%", None),  # taken as given
    ("Sales rose 5%, but can it last?", "5%", None),  # a question joined on after the figure
    ("The bill will cost $40 billion.", "$40 billion", None),
])
def test_a_figure_asked_about_is_hedged_with_the_question_mark(text, surface, hedge):
    assert {c.hedge for c in extract_claims(text, SEED_DATE) if c.surface == surface} == {hedge}


@pytest.mark.parametrize("text, surface, entity", [
    ("If prices rise 5%, demand will fall.", "5%", "prices"),  # the subject after the word that opens the clause
    ("She asked whether the project would cost more than $2 billion.", "more than $2 billion", "project"),
    ("Whether it takes two weeks or five weeks, the result is the same.", "two weeks", None),
    ("Can prices reach $100?", "$100", "prices"),  # the subject after an auxiliary that opens a question
    ("Could sales exceed $5 billion?", "$5 billion", "sales"),
    ('"Is $5 million enough?" the mayor asked.', "$5 million", None),  # "enough" is no noun
    ("The fund is hoping to reach $2 million by June.", "$2 million", "fund"),
])
def test_subjects_in_questions_and_subordinate_clauses(text, surface, entity):
    assert {c.entity for c in extract_claims(text, SEED_DATE) if c.surface == surface} == {entity}


@pytest.mark.parametrize("text, surfaces", [
    ("One proposal called for appointing him as an envoy.", []),  # one of several picked out, as "a"
    ("One such tool scans faces at checkpoints.", []),
    ("One person died in the crash.", ["One"]),  # a casualty counted
    ("One hundred people attended.", ["One hundred"]),
    ("She placed in the top 10 of the rich list.", []),  # a rank
    ("The team finished in the top three.", []),
    ("She is in the top 10% of earners.", ["10%"]),  # a share
])
def test_one_picked_out_and_ranks_are_no_claims(text, surfaces):
    assert [c.surface for c in extract_claims(text, SEED_DATE)] == surfaces


def test_a_bound_after_another_measure_is_not_about_the_subject():
    assert _quantity_at("Snow reached 8 inches above 1,000 feet.", "above 1,000 feet").entity is None
    assert _quantity_at("Temperatures rose above 30C.", "above 30C").entity == "Temperatures"


# -- twenty-second session, round 2: replies, "when asked", a turn before "according to", a ruling's finding --------
@pytest.mark.parametrize("text, surface, speaker", [
    ('"About 40 people," the organiser replied.', "About 40", "organiser"),
    ('"Nearly $2 million," the treasurer answered when asked about the cost.', "Nearly $2 million", "treasurer"),
    ('"Nearly $2 million," Ms Lee said when asked about the cost.', "Nearly $2 million", "Ms Lee"),
    ("The fire service responded to 300 calls overnight.", "300", None),  # (what was answered, not a reply)
    ("She answered 40 questions in an hour.", "40", None),
    ("Smog causes thousands of deaths a year, but, according to the professor, the gain may not last.",
     "thousands", None),  # the source speaks for what follows the turn
    ("Sales rose 5%, but, according to the firm, profits fell 2%.", "2%", "firm"),
    ("Sales rose 5%, according to the firm.", "5%", "firm"),
    ("One complaint is a finding in the judge's decision that the estate was worth $18 million.", "$18 million",
     "judge"),
    ("In Judge Cole's ruling that the firm owed $3 million, costs were not awarded.", "$3 million", "Judge Cole"),
    ("Ms Ruiz, the judge, said the case was complex. A key point is a citation in her ruling that the estate was "
     "worth $18 million.", "$18 million", "Ms Ruiz"),
])
def test_replies_rulings_and_turns(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


# -- twenty-second session, round 3: the subject of a bound and of a claim ------------------------------------------
@pytest.mark.parametrize("text, surface, entity", [
    ("Warming above 2C would be dangerous.", "above 2C", "Warming"),  # a bare noun opening the clause
    ("Rainfall in excess of 100mm fell overnight.", "in excess of 100mm", "Rainfall"),
    ("He said that over 40 people came.", "over 40", "people"),  # (the noun after it still wins)
    ("The paper criticised the owner for claiming the apartment was more than 3,000 square feet.",
     "more than 3,000 square feet", "apartment"),  # the subject of what was claimed
    ("He was fined for claiming the flat was worth $2 million.", "$2 million", "flat"),
])
def test_subjects_of_bounds_and_of_claims(text, surface, entity):
    assert {c.entity for c in extract_claims(text, SEED_DATE) if c.surface == surface} == {entity}


# -- twenty-second session, round 4: tuning parts' entities (in other words) and a currency after "m" ---------------
@pytest.mark.parametrize("text, surface, entity", [
    ("The retrofit cut power use by 18%.", "18%", "power use"),  # "use" after a singular noun is a noun
    ("The boiler cut the hospital's gas use by 30%.", "30%", "hospital's gas use"),
    ("Water use fell 12% last year.", "12%", "Water use"),
    ("About 3.9 billion people use email.", "About 3.9 billion", "people"),  # (after a plural, a verb)
    ("Wave heights sometimes reach 9 metres off the cape.", "9 metres", "Wave heights"),  # past the adverb
    ("A storm with winds of 140 mph tore through the port.", "140 mph", "winds"),  # the plural measured
    ("The regulator fined the operators 100m yuan.", "100m yuan", "fine"),  # money, not metres
])
def test_entities_of_the_twenty_second_session(text, surface, entity):
    assert {c.entity for c in extract_claims(text, SEED_DATE) if c.surface == surface} == {entity}


@pytest.mark.parametrize("text, surface", [("It fined the firm 100m yuan.", "100m yuan"),
                                           ("Regulators fined them 20m rupees.", "20m rupees")])
def test_millions_of_any_currency_word(text, surface):
    [q] = extract_quantities(text)
    assert (q.surface, q.dimension) == (surface, "money")


@pytest.mark.parametrize("text, surface, speaker", [
    ("Leaders at the summit pledged $8 billion in aid.", "$8 billion", "leaders"),  # the group, not where it met
    ("Doctors at the clinic said 40 people were hurt.", "40", "doctors"),
    ("Residents of the village said 40 homes flooded.", "40", "residents of the village"),
    ("Ministers agreed to spend $3 billion, negotiators said.", "$3 billion", "negotiators"),
])
def test_groups_at_a_place_speak(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, speaker", [
    ("“Is it worth $1.5 billion?” Wallace asked.", "$1.5 billion", "Wallace"),  # the quote and its named speaker:
    ('"We raised $40,000!" Ann Lee said.', "$40,000", "Ann Lee"),  # one sentence
])
def test_a_quoted_question_before_its_named_speaker(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


def test_a_question_then_a_new_sentence_still_splits():
    text = "Is it over? Wallace asked the court for 10 days. He got 5."
    assert [text[a:b] for a, b in split_sentences(text)] == ["Is it over?", "Wallace asked the court for 10 days.",
                                                               "He got 5."]


# -- twenty-second session, round 7: batch 68's tuning part (in other words) -------------------------------------------
@pytest.mark.parametrize("text, surface, entity, per", [
    ("The streaming service has 12 million monthly users.", "12 million", "monthly users", None),  # counted, no rate
    ("The plant produces 300 cars daily.", "300", "cars", "day"),  # (a rate)
    ("He pays $500 monthly.", "$500", None, "month"),
    ("The league raised the signing bonus for young players to $8,000.", "$8,000",
     "signing bonus for young players", None),  # a group of people after "for" belongs to the entity
    ("The vaccine cut deaths among the elderly by 30%.", "30%", "deaths among the elderly", None),
    ("In our test the hatchback managed 380 miles on a single charge.", "380 miles", None, None),  # how far it went
])
def test_entities_and_rates_of_round_7(text, surface, entity, per):
    c = _claim_at(text, surface)
    assert (c.entity, c.per) == (entity, per)


# -- twenty-third session ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, surface, hedge", [
    ("Imports rose 12% in May.", "12%", None),  # the month
    ("May sales rose 12%.", "12%", None),
    ("Prime Minister Theresa May said 40 seats were at risk.", "40 seats", None),  # a name
    ("Imports may rise 12% in May.", "12%", "may"),  # the modal, beside the month
    ("Imports rose 12%, but may fall in June.", "12%", "may"),
])
def test_the_month_may_is_no_hedge(text, surface, hedge):
    assert {c.hedge for c in extract_claims(text, SEED_DATE) if c.surface == surface} == {hedge}


@pytest.mark.parametrize("text, surface, entity", [
    ("A 10m wall surrounds the site.", "10m", "wall"),  # a singular noun's verb and its object end the phrase
    ("A 40-tonne truck blocks the road.", "40-tonne", "truck"),
    ("The 90-minute film opens the festival.", "90-minute", "film"),
    ("Two strong earthquakes hit the island.", "Two", "strong earthquakes"),  # (a plural head after a count)
    ("Toyota aims to sell 1.5 million electric vehicles a year.", "1.5 million", "electric vehicles"),  # (a rate)
])
def test_a_verb_in_s_after_a_singular_noun_ends_the_phrase(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Unemployment has risen since late December to 5%.", "5%", "Unemployment"),  # a time between verb and figure
    ("Unemployment rose in March to 5%.", "5%", "Unemployment"),
    ("Net income rose in the third quarter to $5 million.", "$5 million", "Net income"),
    ("Sales fell in the first half by 4%.", "4%", "Sales"),
    ("Sales fell last year by 4%.", "4%", "Sales"),  # never the time itself
    ("The chain cut its projected sales increase for November by half.", "half", "projected sales increase"),
])
def test_a_time_between_the_verb_and_the_figure_is_skipped(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ('"We expect 500 jobs to go," said chief executive Anna Berg.', "500", "Anna Berg"),  # a role before the name
    ("Sales rose 5%, said finance minister Ivan Petrov on Monday.", "5%", "Ivan Petrov"),
    ('"We expect 500 jobs to go," said the company\'s chief executive, Anna Berg.', "500", "Anna Berg"),
    ("Sales rose 5%, said Ann Lee, the chief executive.", "5%", "Ann Lee"),  # (the role after the name, as before)
])
def test_said_then_a_role_then_the_name(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("A quarter of adults smoke.", "A quarter", "adults"),  # the verb of the plural that opens the clause
    ("About 30% of the students walk to school.", "About 30%", "students"),
    ("Wellness trackers now make up 15% of the wearables market.", "15%", "wearables market"),  # an object
    ("The state raised its 5% sales tax.", "5%", "sales tax"),  # a plural that modifies a noun
])
def test_a_plain_verb_after_the_plural_subject_ends_the_phrase(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, value, qualifier, entity", [
    ("Up to a foot of snow is expected in the mountains.", "Up to a foot", 0.3048, "at_most", "snow"),  # one unit
    ("An inch of rain fell overnight.", "An inch", 0.0254, "exact", "rain"),
    ("The village is about a mile from the border.", "about a mile", 1609.344, "approximate", "village"),
    ("Snow totals of a foot or more are likely.", "a foot or more", 0.3048, "at_least", "Snow totals"),
])
def test_an_article_counts_one_unit_of_a_measure(text, surface, value, qualifier, entity):
    c = _claim_at(text, surface)
    assert (round(c.value, 4), c.qualifier, c.entity) == (round(value, 4), qualifier, entity)


@pytest.mark.parametrize("text", [
    "He has hardly an ounce of fat.",  # a figure of speech
    "A pint of beer costs £5.",  # the unit a price is of (the price keeps it as its rate)
    "He stood a foot away.",  # no bound, no stuff measured: left alone
])
def test_an_article_before_a_unit_is_no_measure_here(text):
    assert [c.surface for c in extract_claims(text, SEED_DATE) if c.dimension in ("length", "mass", "volume")] == []


def test_a_participle_before_the_measured_plural_is_its_verb():
    [c] = extract_claims("The hurricane was packing winds of 120 miles per hour.", SEED_DATE)
    assert c.entity == "winds"


@pytest.mark.parametrize("text, surface, entity", [
    ("Support fell to 40%.", "40%", "Support"),  # a verb's form that opens the sentence is the subject noun
    ("Its support fell to 40%.", "40%", "support"),
    ("Profit before tax rose 14% to £820m.", "14%", "Profit"),  # "before tax" opens no clause
    ("Profit rose to £820m, beating forecasts of £790m.", "£790m", "forecasts"),  # the participle is a verb
    ("The firm posted operating profit of $5m.", "$5m", "operating profit"),  # (a modifier in "-ing")
])
def test_subjects_that_look_like_verbs_or_clauses(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, speaker", [
    ("Russia has lost about 2,000 tanks, according to a Western estimate.", "about 2,000", "Western estimate"),
    ("Growth will be 3%, in an IMF forecast.", "3%", "IMF"),  # a body's name before the noun names the source
])
def test_a_proper_adjective_before_a_noun_of_saying_is_no_speaker(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


def test_past_before_a_level_is_no_object():
    [c] = extract_claims("The yen weakened past 150 per dollar.", SEED_DATE)
    assert (c.dimension, c.unit, c.entity, c.per) == ("money", "JPY", "yen", "dollar")


def test_a_pronoun_finds_a_person_named_with_a_title_in_an_earlier_sentence():
    text = "Housing minister Ann Lee visited Leeds on Monday. She said 300,000 homes would be built."
    assert _speakers_at(text, "300,000") == {"Ann Lee"}  # (she said nothing in the first sentence)


def test_a_surname_resolves_to_the_full_name_given_with_a_title():
    text = "President Ivan Petrov met the envoy on Monday. Petrov said $500 million in aid was agreed."
    assert _speakers_at(text, "$500 million") == {"Ivan Petrov"}


@pytest.mark.parametrize("text, surface, entity, speaker", [
    ("Data from the central bank showed lending fell 2% in August.", "2%", "lending", "central bank"),
    ("Figures from the trade body show exports rose 3%.", "3%", "exports", "trade body"),
    ("Official figures released by the ONS showed wages grew 6%.", "6%", "wages", "ONS"),
    ("Ms Chen said costs rose 20%.", "20%", "costs", "Ms Chen"),  # a noun that looks like a verb opens the clause
])
def test_figures_that_show_a_change_name_their_source_and_what_changed(text, surface, entity, speaker):
    c = _claim_at(text, surface)
    assert (c.entity, c.speaker) == (entity, speaker)


@pytest.mark.parametrize("text, surface, speaker", [
    ("The report, published by the think tank on Monday, estimates the cost at £4bn.", "£4bn", "report"),
    ("The agency's latest figures, released on Thursday, show 2.1 million people out of work.", "2.1 million",
     "agency"),  # how the document came out is an aside between it and its verb
    ("The survey, published in May, found 40% of firms were hiring.", "40%", "survey"),
])
def test_a_publication_aside_between_the_source_and_its_verb(text, surface, speaker):
    assert _speakers_at(text, surface) == {speaker}


@pytest.mark.parametrize("text, surface, entity", [
    ("Officials fear the death toll, now at 85, could rise.", "85", "death toll"),  # an aside puts it at a level
    ("The jobless rate, currently at 5.2%, is expected to rise.", "5.2%", "jobless rate"),
    ("A study found that 1 in 4 teenagers sleep less than seven hours.", "1 in 4", "teenagers"),
])
def test_levels_in_asides_and_plural_subjects_before_their_verb(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Prices have gone down 5%.", "5%", "Prices"),  # "gone" is a verb, never the subject
    ("The cost of decorating a home has gone up 18%.", "18%", "cost of decorating a home"),  # a gerund after "of"
    ("The risk of losing a job rose 5%.", "5%", "risk of losing a job"),  # keeps its object in the phrase
])
def test_gone_up_and_gerunds_after_of(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


def test_the_stuff_a_rate_unit_is_of_is_not_the_amounts_entity():
    [c] = extract_claims("Carmakers face fines of up to €95 per gram of CO2 under the new rules.", SEED_DATE)
    assert (c.entity, c.per) == ("fines", "gram")


def test_the_unit_of_a_price_before_it_is_no_measure():
    assert [c.surface for c in extract_claims("Gold rose to $412.50 an ounce of metal.", SEED_DATE)] == ["$412.50"]


@pytest.mark.parametrize("text, surface, qualifier, entity", [
    ("The transformation of the old mill into 60 flats cost £9m.", "60", "exact", "flats"),  # "cost" before a figure
    ("Police radar caught the driver doing 112mph.", "112mph", "exact", None),  # no clause as an entity
    ("Legal costs of $5m were paid.", "$5m", "exact", "Legal costs"),  # before "of" the noun, not the verb
    ("The hospital is short of 350 nurses, the union said.", "350", "exact", "nurses"),  # lacking 350, no bound
    ("The team fell short of 300 runs.", "short of 300 runs", "less_than", "runs"),  # (below it)
])
def test_round_10_nouns_verbs_and_shortages(text, surface, qualifier, entity):
    c = _claim_at(text, surface)
    assert (c.qualifier, c.entity) == (qualifier, entity)


# -- twenty-fourth session --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, entity", [
    ("Bus fares in Cardiff rose 4% last month.", "4%", "Bus fares in Cardiff"),  # where: a figure of its own
    ("Rents near the university have climbed 7%.", "7%", "Rents near the university"),
    ("Coal exports from Colombia fell 11% in 2023.", "11%", "Coal exports from Colombia"),  # where from
    ("Wages at the plant averaged £31,000.", "£31,000", "Wages at the plant"),
    ("Demand for bikes in the city has grown 12%.", "12%", "Demand for bikes in the city"),  # after a "for" phrase
    ("Service charges on the estate doubled in ten years.", "doubled", "Service charges on the estate"),
    ("Sales in the second half rose 6%.", "6%", "Sales"),  # a time is no place
    ("Prices in April fell 2%.", "2%", "Prices"),
    ("Sales at 40 stores rose 3%.", "3%", "Sales"),  # nor a figure's phrase
])
def test_a_subject_keeps_its_phrase_of_place(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity, change", [
    ("Lisbon recorded 39C on Monday.", "39C", "Lisbon", None),  # where a reading was taken
    ("The observatory recorded a low of minus 21C.", "minus 21C", "observatory", None),
    ("Officers recorded 430 thefts in June.", "430", "thefts", None),  # (what was recorded, for a count)
    ("The opening of the bridge was delayed by three months.", "three months", "opening of the bridge", "up"),
    ("The stamp collection is valued at £80,000.", "£80,000", "stamp collection", None),  # a passive's subject
    ("The crowd was estimated at 15,000.", "15,000", "crowd", None),
    ("The pension fund poured $3bn into green bonds.", "$3bn", "green bonds", None),  # what money goes into
    ("The agency will underwrite loans of up to $20,000.", "up to $20,000", "loans", None),  # a verb after "will"
    ("The state unveiled a $50m relief fund for farmers.", "$50m", "relief fund for farmers", None),  # for whom
    ("The yacht has teak decks worth £90,000.", "£90,000", "teak decks", None),  # a noun with its modifiers
    ("Police froze accounts worth $4m.", "$4m", "accounts", None),  # (not the verb before it)
    ("Snow falls of up to 25cm are forecast for the hills.", "up to 25cm", "Snow falls", None),  # snow, no fall
])
def test_round_2_readings_passives_and_nouns_before_worth(text, surface, entity, change):
    c = _claim_at(text, surface)
    assert (c.entity, c.change) == (entity, change)


def test_upward_of_is_a_lower_bound():
    [c] = extract_claims("The painting could fetch upward of £5m.", SEED_DATE)
    assert (c.surface, c.qualifier) == ("upward of £5m", "more_than")


@pytest.mark.parametrize("text, surface, entity, speaker", [
    ("Sales and margins rose 6% and 2% respectively.", "2%", "margins", None),  # in order, with "respectively"
    ("Houses overlooking the harbour sell for up to £2m.", "up to £2m", "Houses", None),  # a participle's subject
    ("The winger, who cost £30m, has left the club.", "£30m", "winger", None),  # "who" as "which"
    ("Passengers to the islands rose to 1.4 million.", "1.4 million", "Passengers to the islands", None),
    ("The central bank now forecasts growth of 1.8%.", "1.8%", "growth", "central bank"),  # a verb, not the noun
    ("Brokers estimate the stake is worth $900m.", "$900m", "stake", "Brokers"),  # a clause without "that"
    ("Rents could climb by 9%, said the letting agency.", "9%", "Rents", "letting agency"),  # said the <body>
    ("Rents could climb by 9%, warned the regulator on Friday.", "9%", "Rents", "regulator"),
])
def test_round_3_pairs_participles_and_bodies_after_said(text, surface, entity, speaker):
    c = _claim_at(text, surface)
    assert (c.entity, c.speaker) == (entity, speaker)


def test_a_pair_with_respectively_shares_its_change():
    a, b = extract_claims("Sales and margins rose 6% and 2% respectively.", SEED_DATE)
    assert (a.entity, a.change, b.entity, b.change) == ("Sales", "up", "margins", "up")


@pytest.mark.parametrize("text, surface, entity", [
    ("Maternity leave will rise to 52 weeks.", "52 weeks", "Maternity leave"),  # leave is a period
    ("Tourists looking for sun pushed bookings up 11%.", "11%", "bookings"),  # what the verb moved, past "for"
    ("The agent is taking offers over £500,000.", "over £500,000", "offers"),  # the participle's object noun
    ("The firm saw its sales go up 8%.", "8%", "sales"),  # the plural's verb is no part of it
])
def test_round_4_leave_moved_objects_and_offers(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Shares in the lender leapt 14% on the news.", "14%", "Shares in the lender"),  # an irregular verb after a place
    ("The club fielded nine under-19 players.", "nine", "under-19 players"),  # an age limit inside the noun
    ("Owners pay £300 extra for the heated seats.", "£300", "heated seats"),  # what the extra is paid for
])
def test_round_5_irregular_verbs_age_limits_and_extras(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Orders for the folding tablet passed 20,000.", "20,000", "Orders for the folding tablet"),  # a thing for "the"
    ("Reservations for its hybrid estate topped 9,000.", "9,000", "Reservations for its hybrid estate"),
    ("Queues at the city's passport offices grew by 30%.", "30%", "Queues at the city's passport offices"),
    ("Queues at women's refuges grew by 30%.", "30%", "Queues at women's refuges"),  # a possessive as determiner
    ("Diesel cars made up a quarter of sales in France.", "a quarter", "sales in France"),  # a named place of a share
    ("The van has a battery that lasts 12 hours.", "12 hours", "battery"),  # what the relative clause says lasts
    ("The Kenyan won the final in 27 minutes.", "27 minutes", "final"),  # a race's time
    ("She finished her first marathon in 3 hours.", "3 hours", "first marathon"),  # (without the possessive)
])
def test_round_1_things_a_noun_is_for_places_of_shares_and_race_times(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Ticket prices for the final rose 10%.", "10%", "Ticket prices"),  # one word after "the": maybe an occasion
    ("Orders for the third quarter rose 5%.", "5%", "Orders"),  # a time
    ("A quarter of sales in May came from online orders.", "A quarter", "sales"),  # a month, no place
    ("She won her first title in two years.", "two years", None),  # the first since then, not how long it took
])
def test_round_1_occasions_times_and_spans_since_stay_out(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The senate passed 14 amendments to the budget bill.", "14", "amendments to the budget bill"),  # made to
    ("Insurgents staged 22 attacks on supply convoys.", "22", "attacks on supply convoys"),  # aimed at
    ("Insurgents staged 22 attacks on Tuesday.", "22", "attacks"),  # (a time is no target)
    ("A museum bought the 17th-century map for £90,000.", "£90,000", "17th-century map"),  # an ordinal modifier
    ("Border guards seized $800,000 in cash.", "$800,000", "cash"),  # what was seized
    ("Bonds slipped, with the Bovespa at 98,000.", "98,000", "Bovespa"),  # a name that stands at the level
])
def test_round_2_complements_ordinal_modifiers_cash_and_names_at_a_level(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


def test_a_second_half_stays_a_count_of_goals():
    [c] = extract_claims("They added three second-half goals.", SEED_DATE)
    assert (c.surface, c.dimension, c.entity) == ("three", "count", "second-half goals")


@pytest.mark.parametrize("text, surface, entity", [
    ("About 30% of the drivers surveyed want tolls scrapped.", "About 30%", "drivers surveyed"),  # the sample
    ("Half of the pupils screened needed glasses.", "Half", "pupils screened"),
    ("Visitors at county fairs rose 7%.", "7%", "Visitors at county fairs"),  # a modifier and a plural, no "the"
    ("Each gummy holds 25 micrograms of vitamin D.", "25 micrograms", "vitamin D"),  # a kind named by a letter
    ("The time to renew a passport has grown to 10 weeks.", "10 weeks", "time to renew a passport"),  # its task
    ("The cost to resurface the runway has risen to £12m.", "£12m", "cost to resurface the runway"),
])
def test_round_3_samples_places_letters_and_tasks(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The airline added 40 routes this year and now has 310.", "310", "routes"),  # a total of the same noun
    ("Factory orders posted a modest rise of 0.4%.", "0.4%", "Factory orders"),  # the change a subject posts
    ("Ticket sales were uneven, climbing 6% in Leeds but dropping 4% in York.", "4%", "Ticket sales"),  # set against
    ("Coal output rose 2% and gas output fell 3%.", "3%", "gas output"),  # (a second subject of its own)
])
def test_round_4_totals_posted_changes_and_contrasted_changes(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Flats fitted with heat pumps sell for 8% more.", "8%", "Flats"),  # a participle's phrase after the subject
    ("Rents climbed in the suburbs by 6%.", "6%", "Rents"),  # (or the verb's own place)
    ("The bank offers loans of up to £25,000 for small farmers.", "up to £25,000", "loans for small farmers"),
    ("The scheme pays grants of £2,000 for first-time buyers.", "£2,000", "grants for first-time buyers"),  # hyphen
])
def test_round_5_subjects_before_participles_and_groups_after_amounts(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Brokers saw a 7% drop in demand for office space.", "7%", "demand for office space"),  # after a change noun
    ("The board approved £8m funding for rural clinics.", "£8m", "funding for rural clinics"),
    ("There was a 4% rise in prices for the derby.", "4%", "prices"),  # (one word after "for the": an occasion)
])
def test_round_6_what_a_noun_after_a_change_noun_is_for(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text", [
    "Our picks for the season\n1. Ana Ruiz\nA coach who wins.\n2. Ben Ode\nA scout.\n3.Cleo Marsh\n",  # items' numbers
    "How to apply:\n  1) Fill in the form.\n  2) Post it.",
    "The beta of iOS 14 adds widgets.",  # a version after a camel-case name
    "Photo: Lena Park (CC BY-SA 4.0)",  # a licence's version after its hyphenated code
])
def test_webpages_round_list_numbers_versions_and_licences_are_no_quantities(text):
    assert extract_claims(text, SEED_DATE) == []


def test_webpages_round_a_number_that_opens_a_line_still_counts_without_an_item_mark():
    claims = extract_claims("Sales were flat.\n1.5 million people came.\n3 people were hurt.", SEED_DATE)
    assert [(c.surface, c.entity) for c in claims] == [("1.5 million", "people"), ("3", "people")]


def test_webpages_round_kilobytes_are_a_unit_of_data():
    [c] = extract_claims("Images of less than 120 KB are skipped, as are files over 2 MB.", SEED_DATE)[:1]
    assert (c.surface, c.dimension, c.unit, c.value) == ("less than 120 KB", "other", "kB", 120)


def test_webpages_round_a_sentence_that_only_closes_a_curly_quote_is_the_quoted_speakers():
    text = ("“It was a mixed year,” said Ola Berg, an economist at the bank. “Exports had a strong year. But the "
            "other 60 percent of output stayed flat.” Imports fell 2 percent.")
    claims = {c.surface: c.speaker for c in extract_claims(text, SEED_DATE)}
    assert claims == {"60 percent": "Ola Berg", "2 percent": None}  # (the writer's own sentence after the quote)


@pytest.mark.parametrize("text, speaker", [
    ("The research shows that 30 percent of the reefs are bleached.", "research"),
    ("The survey reveals that 30 percent of the reefs are bleached.", "survey"),
])
def test_webpages_round_research_speaks_and_reveals_that_attributes(text, speaker):
    [c] = extract_claims(text, SEED_DATE)
    assert c.speaker == speaker


@pytest.mark.parametrize("text, surface, entity", [
    ("Tribes hold fishing rights over 20 percent of the coastline.", "over 20 percent", "coastline"),  # (not rights)
    ("Donors were asked to cover the other 40% of the costs.", "40%", "costs"),  # "costs" a noun after "the"
    ("Donors were asked to cover 40% of this charity's costs.", "40%", "charity's costs"),
    ("The lakes make up about 15 percent of all protected wetlands.", "about 15 percent", "protected wetlands"),
])
def test_webpages_round_a_share_names_its_whole_after_of(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text", [
    "Analysts think the bank will one day split its units.",  # "one day": an indefinite time
    "One day, the river simply stopped flowing.",
    "She paid off the loan one instalment at a time.",  # a pace
    "Reading one such letter, the judge frowned.",  # an instance, as "a"
    "The airline wants to reach net zero soon.",  # a target's name
    "Fans love two things: goals and drama.",  # a count of what the writer lists next
])
def test_webpages_round_idioms_targets_and_listed_things_are_no_claims(text):
    assert extract_claims(text, SEED_DATE) == []


@pytest.mark.parametrize("text, surface", [
    ("The walkout lasted one day.", "one day"), ("One day later, the ferry sank.", "One day"),
    ("Talks could take one day or two.", "one day"), ("The firm has zero debt.", "zero"),
])
def test_webpages_round_a_day_that_lasts_and_a_plain_zero_stay(text, surface):
    assert [c.surface for c in extract_claims(text, SEED_DATE)][:1] == [surface]


@pytest.mark.parametrize("text, surface, entity", [
    ("Rents rose fastest in coastal towns, which were 9 percent dearer than inland.", "9 percent", "coastal towns"),
    ("The lake, which is 40 metres deep, froze.", "40 metres", "lake"),  # a copula after "which": the antecedent's
])
def test_webpages_round_a_relative_copula_measures_its_antecedent(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Last year Leeds had 40% women members and this year York had 45%.", "45%", "women members"),
    ("The Greens won 12% of the seats and the Liberals won 9%.", "9%", "seats"),  # after "of the"
    ("Acme has 40 kiosks in Ohio and Zeta has 12 in Iowa.", "12", "kiosks"),  # (a named place after it)
])
def test_webpages_round_a_second_figure_after_the_same_verb_keeps_the_first_ones_noun(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


def test_webpages_round_a_second_figure_after_another_verb_keeps_its_own_reading():
    claims = {c.surface: c.entity for c in extract_claims("Leeds had 40% women members and York lost 5%.", SEED_DATE)}
    assert claims["5%"] != "women members"


def test_webpages_round_our_own_source_inside_a_quote_is_the_quoted_speakers():
    text = ("Engineers said the dam is safe. \"Also, according to our analysis, the spillway can take 40 percent more "
            "water.\"")
    [c] = extract_claims(text, SEED_DATE)
    assert c.speaker == "Engineers"


def test_webpages_round_a_document_named_with_its_year_speaks():
    [c] = extract_claims("A census from 2011 counted 412 households on the island.", SEED_DATE)
    assert (c.surface, c.speaker) == ("412", "census")


def test_webpages_round_a_clause_after_a_semicolon_with_its_own_subject_is_the_writers():
    text = "A survey from 2015 counted 230 nests on the cliffs; the latest count found 410."
    assert {c.surface: c.speaker for c in extract_claims(text, SEED_DATE)} == {"230": "survey", "410": None}


@pytest.mark.parametrize("text, surface, entity", [
    ("The estate grows 12 hectares of Grüner Veltliner.", "12 hectares", "Grüner Veltliner"),
    ("The 40 cafés on the square closed.", "40", "cafés"),  # a letter with an accent inside a word
])
def test_a_noun_keeps_its_letters_of_any_script(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Factory output, adjusted for inflation, dipped 0.8% in March.", "0.8%", "Factory output"),  # a participle's aside
    ("Grocery prices, seasonally adjusted, rose 1.1%.", "1.1%", "Grocery prices"),
    ("Imports, meanwhile, slid 6%.", "6%", "Imports"),  # a sentence adverb between commas
])
def test_round_5_an_aside_between_the_subject_and_its_verb_is_skipped(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text", [
    "The charter flight landed seven hours late.", "The night flight to Lima left two hours early.",
])
def test_round_5_how_late_or_early_something_came_has_no_entity(text):
    [c] = extract_claims(text, SEED_DATE)
    assert (c.dimension, c.entity) == ("duration", None)


def test_webpages_round_a_wait_cut_to_one_day_stays_a_duration():
    [c] = extract_claims("The clinic cut the wait for scans to one day.", SEED_DATE)
    assert (c.surface, c.dimension, c.value) == ("one day", "duration", 1.0)


@pytest.mark.parametrize("text, surface, entity", [
    ("Ministers pledged a £4m grant for flood defences.", "£4m", "grant for flood defences"),  # what a grant is for
    ("Donors sent $9m in aid for quake survivors.", "$9m", "aid for quake survivors"),
])
def test_round_6_a_grant_or_aid_keeps_what_it_is_for(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


def test_round_6_a_period_that_opens_the_clause_makes_a_rate_past_its_subject():
    [c] = extract_claims("Each week the food bank hands out 2,600 parcels.", SEED_DATE)
    assert (c.surface, c.per) == ("2,600", "week")


@pytest.mark.parametrize("text, surface, entity", [
    # a second phrase, of a named place or a place's noun, between the subject's first phrase and its verb
    ("Orders at the brewer's bottling plant in Wexford dropped 7%.", "7%", "Orders at the brewer's bottling plant in "
     "Wexford"),
    ("Ground rent on a one-bed flat in the borough climbed by £60.", "£60", "Ground rent on a one-bed flat in the "
     "borough"),
    ("Sales at the bakery in the first quarter slipped 4%.", "4%", "Sales"),  # a time is no place
    # a share keeps a place's noun after what it is of
    ("Drought withered 30% of the vineyards in the region.", "30%", "vineyards in the region"),
])
def test_round_7_a_subject_or_a_share_keeps_its_place(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Three bids to buy the ferry firm were turned down.", "Three", "bids to buy the ferry firm"),
    ("The plan to widen the canal will cost £80m.", "£80m", "plan to widen the canal"),  # a plan's task, as a cost's
])
def test_round_7_a_try_or_a_plan_keeps_what_it_aims_at(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Some 26 teams compete in the regional league.", "Some 26", "teams"),  # a plural's verb in the present
    ("Roughly 45 medics serve in the field unit.", "Roughly 45", "medics"),
    ("The firm holds a 9% market share in Brazil.", "9%", "market share in Brazil"),  # after a singular, a noun
])
def test_round_7_a_plurals_verb_ends_the_noun(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The vet charges £65 for a booster jab.", "£65", "booster jab"),  # what a charge is for
    ("The gym charges £30 a month for a locker.", "£30", "locker"),  # after a rate, past a determiner
    ("The walking trail covers 19 kilometres.", "19 kilometres", "walking trail"),  # a route's own length
    ("The planning permission for the barn conversion cost £900.", "£900", "planning permission for the barn "
     "conversion"),
    ("The mayor vowed to cap fare rises at 3% a year.", "3%", "fare rises"),  # "cap" after "to" is a verb
    ("Fishermen found a rare, ten-inch, silver-striped crab.", "ten-inch", "silver-striped crab"),  # two modifiers
    ("The lake, a total of 41 square kilometres, is fed by two rivers.", "41 square kilometres", "lake"),
])
def test_round_7_what_an_amount_or_a_measure_is_of(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


def test_round_7_a_verbs_up_before_a_share_of_something_is_no_rise():
    c = _claim_at("Pension funds snapped up two-thirds of the new bonds.", "two-thirds")
    assert (c.value, c.change, c.entity) == (pytest.approx(66.67, abs=0.01), None, "new bonds")
    assert _claim_at("Turnout was up 4% on the last vote.", "4%").change == "up"  # a level's "up" is a rise


@pytest.mark.parametrize("text, surface, entity", [
    # a participle at the end of the noun phrase keeps what it is done to or for, up to the clause's verb
    ("The debt owed to landlords has doubled to £3m.", "£3m", "debt owed to landlords"),
    ("The number of patients waiting for hip operations has risen by a fifth.", "a fifth",
     "number of patients waiting for hip operations"),
    ("Fumes leading to acid rain are expected to fall by 20%.", "20%", "Fumes leading to acid rain"),  # (a
    # participle inside the complement is no verb)
    ("Dearer gas adds £40 a month to the cost of heating a home.", "£40", "cost of heating a home"),  # its object
])
def test_round_8_a_participle_keeps_what_it_is_done_to(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("The contract comes at a fixed £1,200 a month.", "£1,200", "contract"),  # a singular subject's verb
    ("Its 4,000mAh battery lasts two days between charges.", "4,000mAh", "battery"),
    ("Irish housing starts fell 3% in May.", "3%", "Irish housing starts"),  # "starts" here is the noun
    ("Waiting times for knee surgery have grown by 12 days.", "12 days", "Waiting times for knee surgery"),
    ("The yacht race covers 1,200 nautical miles.", "1,200 nautical miles", "yacht race"),  # a trip's own length
])
def test_round_8_a_verb_is_no_part_of_the_noun_and_what_times_are_for(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Barley, oats and rapeseed prices slipped 6% in June.", "6%", "Barley, oats and rapeseed prices"),  # a list
    ("In March, imports and exports fell 2%.", "2%", "imports and exports"),  # two nouns after an opening phrase
    ("However, rents and fees rose 4%.", "4%", "rents and fees"),  # a connective is no item of a list
    ("It took nine years to restore the cathedral.", "nine years", "restore the cathedral"),  # what "It" stands for
    ("It will take about five weeks to clear the backlog, the agency said.", "about five weeks", "clear the backlog"),
])
def test_round_9_a_list_opening_the_sentence_and_the_task_that_takes_a_span(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Bank lending to small firms has fallen by a tenth.", "a tenth", "Bank lending to small firms"),  # lending "to"
    ("A three-bedroom flat in the borough now sells for £410,000.", "£410,000",
     "three-bedroom flat in the borough"),  # a place, an adverb, then the verb
    ("A 30-acre vineyard in Sonoma changed hands.", "30-acre", "vineyard in Sonoma"),  # a compound's noun and place
    ("Diaz hit a two-run homer in Denver's win.", "two-run", "homer"),  # a possessive name is no place
])
def test_round_10_lending_and_places_after_a_subject_or_a_compound(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, surface, entity", [
    ("Rents in Bristol, once among the cheapest in the south, have risen 9%.", "9%", "Rents in Bristol"),  # an aside
    ("Of the 800 firms, 35% plan to cut staff.", "35%", "firms"),  # a group named before the clause
    ("Of those questioned, 58% backed a ban.", "58%", "those questioned"),
    ("The trust, which manages £900m, cut its fees.", "£900m", "trust"),  # what a fund manages is its size
    ("The storm pushed river levels to a record 6.2 metres.", "6.2 metres", "river levels"),  # past "a record"
])
def test_round_11_asides_fronted_groups_managed_funds_and_records(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


@pytest.mark.parametrize("text, speaker", [
    ("Rents could climb 6% next year, economists warn.", "economists"),  # a verb of saying in the plain present
    ("Output may fall 2%, traders note.", "traders"),
    ("Staff sent a note to 300 clients.", None),  # "note" the noun says nothing
])
def test_round_11_plain_present_verbs_of_saying(text, speaker):
    [c] = extract_claims(text, SEED_DATE)
    assert c.speaker == speaker


@pytest.mark.parametrize("text, surface, entity", [
    ("The bakery sold 9,000 loaves, a 15% increase.", "15%", "loaves"),  # a change set after a level restates it
    ("The bakery sold 9,000 loaves, a 15% rise in exports.", "15%", "exports"),  # (a noun of its own stays)
    ("The survey projects that tourist numbers will grow by 6%.", "6%", "tourist numbers"),  # a verb of forecast
    ("The budget allocates £70m to school repairs.", "£70m", "school repairs"),  # what money is set aside for
])
def test_round_12_restated_changes_forecast_clauses_and_money_set_aside(text, surface, entity):
    c = _claim_at(text, surface)
    assert c.entity == entity


def test_round_13_a_multiple_of_earnings_or_sales_is_a_ratio():
    c = _claim_at("Shares in the brewer trade at 18 times earnings.", "18 times")
    assert (c.dimension, c.unit, c.value) == ("ratio", "times", 18.0)
    assert _claim_at("The rival is valued at four times sales.", "four times").dimension == "ratio"


def test_round_13_admissions_keep_what_they_are_for():
    assert _claim_at("Admissions for measles rose by a third.", "a third").entity == "Admissions for measles"


@pytest.mark.parametrize("text, surface, entity", [
    ("Members can upgrade the app for $30.", "$30", "app"),  # a service paid for is about what it is done to
    ("Owners can insure the boat for £400 a year.", "£400", "boat"),
    ("Homes near the tree-lined park sold for £400,000.", "£400,000", "Homes near the tree-lined park"),  # (a
    # compound adjective in "-ed" is no verb inside a place)
])
def test_round_14_services_paid_for_and_compound_adjectives_in_a_place(text, surface, entity):
    assert _claim_at(text, surface).entity == entity


def test_round_14_a_survey_of_a_group_speaks_and_its_share_is_of_the_group():
    c = _claim_at("A survey of 600 farmers found 45% expect losses.", "45%")
    assert (c.entity, c.speaker) == ("farmers", "survey")
    assert _claim_at("The 35 plan members met.", "35").entity == "plan members"  # a count's noun stays a noun


@pytest.mark.parametrize("text, surface, unit", [
    ("Ozone near the ground reached 96 parts per billion on Friday.", "96 parts per billion", "ppb"),
    ("The reading at the summit station was 419ppm.", "419ppm", "ppm"),
])
def test_round_15_concentrations_have_their_own_unit(text, surface, unit):
    c = _claim_at(text, surface)
    assert (c.dimension, c.unit) == ("other", unit)


def test_round_15_a_bare_figure_of_a_named_ratio_is_a_ratio():
    c = _claim_at("The insurer's solvency ratio stood at 2.1 last quarter.", "2.1")
    assert (c.dimension, c.unit, c.entity) == ("ratio", "times", "insurer's solvency ratio")
    assert _claim_at("The lab ran 14 ratio checks.", "14").dimension == "count"  # (a ratio named after the figure)


@pytest.mark.parametrize("text, surface, entity", [
    ("The smelter pours 30,000 tonnes of aluminium yearly.", "30,000 tonnes", "aluminium"),
])
def test_round_15_a_rate_word_after_an_of_complement(text, surface, entity):
    c = _claim_at(text, surface)
    assert (c.entity, c.per) == (entity, "year")


@pytest.mark.parametrize("text, surface, entity", [
    ("A one-storey cabin by the lake sold for $210,000.", "one-storey", "cabin"),  # "one-" counts as "two-" does
    ("The visitors held a one-goal lead at the break.", "one-goal", "lead"),
    ("Of the 90 nurses present, 61 backed the strike.", "61", "nurses"),  # a group named before, its adjective after
    ("The budget was approved by 48 councillors and rejected by 11.", "11", "councillors"),  # (an agent left out)
    ("Zeta Partners, with $9bn under management, bought the stake.", "$9bn", "Zeta Partners"),  # money managed
    ("The lab tested 300 drones capable of night flight.", "300", "drones"),  # an adjective and its complement
    ("Within three days the lake had dropped 40cm.", "40cm", "lake"),  # a span that opens the sentence, no comma
    ("The contract for the bridge was worth $80m.", "$80m", "contract for the bridge"),  # what a contract is for
])
def test_round_15_entities(text, surface, entity):
    assert _claim_at(text, surface).entity == entity


def test_round_15_idioms_with_one_stay_no_counts_and_preposition_openers_are_no_names():
    from claimsdata import extract_claims

    assert [c.surface for c in extract_claims("It was a one-off payment of $40.", None)] == ["$40"]
    c = _claim_at("Beyond 60 villages, the floods also reached the city.", "60")
    assert c.entity == "villages"
    c = _claim_at("After the storm, the inspectors counted 45 damaged pylons.", "45")
    assert (c.entity, c.speaker) == ("damaged pylons", "inspectors")


@pytest.mark.parametrize("text, surface, entity", [
    ("The crew rode currents of up to 6 knots.", "up to 6 knots", "currents"),  # an irregular past is no noun
    ("Rents in the suburb sharply climbed 9% last year.", "9%", "Rents in the suburb"),  # an adverb before the verb
    ("Spending on the scheme has grown since 2018 to £2.4bn.", "£2.4bn", "Spending on the scheme"),  # a year between
    ("Output has fallen since June by 3%.", "3%", "Output"),  # the verb after its auxiliary is no object
    ("The fund lifted its stake in Zeta Mining to 12%.", "12%", "stake in Zeta Mining"),  # a named place or body
    ("Nearly 18% of pupils cycle daily.", "Nearly 18%", "pupils"),  # a plural's verb before how often
    ("The vaulter cleared 5.85 metres.", "5.85 metres", None),  # a bar cleared measures no vaulter
])
def test_round_16_entities(text, surface, entity):
    assert _claim_at(text, surface).entity == entity


def test_round_16_one_member_in_a_group_is_a_share():
    c = _claim_at("One child in seven lives near a busy road.", "One child in seven")
    assert (c.dimension, round(c.value, 2), c.entity) == ("percent", 14.29, "child")


def test_round_16_police_speak_after_a_semicolon():
    c = _claim_at("Five people were hurt, organisers said; police put the number at 12.", "12")
    assert c.speaker == "police"


@pytest.mark.parametrize("text, surface, entity", [
    ("The chain cut prices at the airport by 8%.", "8%", "prices at the airport"),  # an object's place before "by"
    ("The blaze destroyed 34 homes in the village.", "34", "homes in the village"),  # a counted noun's place
    ("The firm employs 900 engineers in Ghent.", "900", "engineers in Ghent"),
    ("She won 4 races in Olympic competition.", "4", "races"),  # (a name that goes on is no place)
    ("Exports rose 4%, compared with 6% in 2021.", "6%", "Exports"),  # the figure compared with
    ("Shares in the miner rose as much as 11% before closing up 7%.", "7%", "Shares in the miner"),
    ("At 3.1%, the jobless rate is the lowest in decades.", "3.1%", "jobless rate"),  # a level set before its subject
    ("The new bridge's main span, 1,280 metres, opens next year.", "1,280 metres", "new bridge's main span"),
    ("The storm deepened, with sustained gusts topping 70 mph.", "70 mph", "sustained gusts"),  # (past a level)
    ("The final drew 60,000 fans at the stadium and 9 million on television.", "9 million", "fans"),  # a noun left out
])
def test_round_17_entities(text, surface, entity):
    assert _claim_at(text, surface).entity == entity


def test_round_17_a_road_race_by_its_distance_is_no_length():
    from claimsdata import extract_claims

    claims = extract_claims("Ayla Berg won the 5km in 15 minutes and 2 seconds.", None)
    assert [c.dimension for c in claims] == ["duration"]
    assert _claim_at("The road closed for the 10km to the coast.", "10km").dimension == "length"


@pytest.mark.parametrize("text, surface, entity, change", [
    ("Cyclists face a 30% lower risk of heart disease.", "30%", "risk of heart disease", "down"),  # a share before a
    # comparative is the change of the noun after it
    ("The tablet is sold in two sizes, starting at $499.", "$499", "tablet", None),  # a price the subject starts at
    ("With the update, battery range improves by 15%.", "15%", "battery range", "up"),
    ("Brokers list 700 offices in the city, up 12%.", "12%", "offices in the city", "up"),  # a restated change
])
def test_round_18_entities_and_changes(text, surface, entity, change):
    c = _claim_at(text, surface)
    assert (c.entity, c.change) == (entity, change)


def test_round_18_one_source_picked_out_after_a_quote_and_disclosures_speak():
    from claimsdata import extract_claims

    text = "'Prices will fall,' one economist said of the market, down by a fifth since June."
    assert [c.surface for c in extract_claims(text, None)] == ["a fifth"]  # (no count of one economist)
    assert _claim_at(text, "a fifth").speaker == "economist"
    assert _claim_at("A company disclosure showed the bank holds 3.1% of the shares.", "3.1%").speaker == \
        "company disclosure"


@pytest.mark.parametrize("text, surface, dimension, unit, value, entity", [
    ("The ferry operator earned 3.4 billion Danish crowns last year.", "3.4 billion Danish crowns", "money", "DKK",
     3.4e9, "ferry operator"),  # the crowns by their English name
    ("The fund shed 80 billion Norwegian crowns in a month.", "80 billion Norwegian crowns", "money", "NOK", 8e10,
     "fund"),
    ("The phone's new 64MP sensor doubles the detail.", "64MP", "other", "megapixel", 64, "sensor"),  # glued only
    ("One pilot in ten admitted falling asleep on duty.", "One pilot in ten", "percent", "percent", 10, "pilot"),
    ("Some 400 volunteers serve as wardens on the estate.", "Some 400", "count", "count", 400, "volunteers"),
    ("The jury voted by ten to two to convict.", "ten", "count", "count", 10, "votes"),  # a tally in words
    ("Passes to the gallery are limited to two per family.", "two", "count", "count", 2, "Passes to the gallery"),
    ("The hailstorm continued for 40 minutes, flattening crops.", "40 minutes", "duration", "day", 40 / 1440,
     "hailstorm"),  # how long the subject lasted
])
def test_round_19_units_shares_tallies_and_spans(text, surface, dimension, unit, value, entity):
    c = _claim_at(text, surface)
    assert (c.dimension, c.unit, c.value, c.entity) == (dimension, unit, pytest.approx(value), entity)


def test_round_19_what_stays_out():
    from claimsdata import extract_claims

    assert _claim_at("Only 1 MP abstained.", "1").dimension == "count"  # a member, apart from the number
    assert [c.surface for c in extract_claims("The dentist fitted two crowns and a bridge.", None)] == ["two"]
    assert _claim_at("He was jailed for six years.", "six years").entity is None  # nothing lasts


@pytest.mark.parametrize("text, surface, entity", [
    ("The asset manager administers funds of about $90 billion.", "about $90 billion", "funds"),  # its verb
    ("The insurer charges premiums of £40 a month.", "£40", "premiums"),  # a verb in "-s" before the noun of "of"
    ("The transport services budget of £2bn was frozen.", "£2bn", "transport services budget"),  # a compound's plural
    ("Savers earn 3% on deposits above £20,000.", "above £20,000", "deposits"),  # the noun, not its preposition
    ("Shares of the chipmaker, whose biggest customer cut orders, fell 9%.", "9%", "Shares of the chipmaker"),
    ("The old mill changed hands for $1.2m in 2019.", "$1.2m", "old mill"),  # an idiom of selling
    ("The drawing sold for £300,000 at auction.", "£300,000", "drawing"),  # a noun in "-ing" after "the"
    ("A spacious detached bungalow fetches about £410,000.", "about £410,000", "spacious detached bungalow"),
    ("Bonuses for the champion rose to $900,000.", "$900,000", "Bonuses for the champion"),  # one person after "the"
    ("Appearance fees for the winner of the city marathon rose 8%.", "8%", "Appearance fees for the winner"),  # long
    ("The laptop ships with 16GB or 32GB of memory.", "16GB", "memory"),  # the noun written once, after the second
])
def test_round_20_subjects_objects_and_shared_nouns(text, surface, entity):
    assert _claim_at(text, surface).entity == entity


def test_round_20_a_subject_keeps_a_longer_phrase_of_place_or_purpose():
    assert _claim_at("The death toll in the mountain village landslide rose to 57.", "57").entity == \
        "death toll in the mountain village landslide"  # (up to eight words in all)
    assert _claim_at("Waiting times for hip operations rose 12% last year.", "12%").entity == \
        "Waiting times for hip operations"  # what the times are for
    assert _claim_at("Sales for the quarter rose 5%.", "5%").entity == "Sales"  # a time is no purpose


def test_round_20_what_stays_out():
    assert _claim_at("The school sports budget of £80,000 was cut.", "£80,000").entity == "school sports budget"
    assert _claim_at("Output rose 4% or 5%.", "4%").entity == "Output"  # no "of" after: nothing to share
    assert _claim_at("The painting lessons cost £30 an hour.", "£30").entity == "painting lessons"


def test_round_21_dates_of_a_past_expectation_and_subjects_that_lasted():
    c = _claim_at("The regulator had expected the airline to carry 9 million passengers between April and June.",
                  "9 million")
    assert (str(c.ref_start), str(c.ref_end)) == ("2022-04-01", "2022-06-30")  # the months just gone, not next year's
    assert _claim_at("Economists forecast inflation of 4% next year.", "4%").entity == "inflation"  # (their verb)
    assert _claim_at("A margin of 3% seems likely.", "3%").entity == "margin"  # not the verb after the figure
    assert _claim_at("The ferry ticket costs €9 on weekends.", "€9").entity == "ferry ticket"  # a time, no thing
    assert _claim_at("The old cinema has sat empty for nine years.", "nine years").entity == "old cinema"
    assert _claim_at("The bonfire burned for two days.", "two days").entity == "bonfire"  # how long it lasted


@pytest.mark.parametrize("text, surface, entity", [
    ("The entry-level trim, which starts at €29,500, sells well.", "€29,500", "entry-level trim"),  # a relative's price
    ("The lamp, which is priced at £85, ships in May.", "£85", "lamp"),
    ("Pollsters put support in Kenya's capital at 41 percent.", "41 percent", "support in Kenya's capital"),  # an owner
    ("The fibre link can carry up to 10 gigabits per second.", "up to 10 gigabits per second", None),  # what it sends
    ("Cottages in the old quarter fetch about €900,000.", "about €900,000", "Cottages in the old quarter"),  # place
    ("Rooms near the harbour let for £80 a night.", "£80", "Rooms near the harbour"),  # verbs that are nouns as often
    ("Members of the rowing club number about 320.", "about 320", "Members of the rowing club"),
    ("Storage units near the canal now rent for £60 a month.", "£60", "Storage units near the canal"),
    ("The gauge at the weir read 2.4 metres.", "2.4 metres", "gauge at the weir"),
    ("Heavy rain cut visibility along the coast to 200 metres.", "200 metres", "visibility along the coast"),
    ("The council raised charges on garden waste by 12%.", "12%", "charges on garden waste"),  # what it applies to
    ("Sea defences shelter 900 homes along the estuary.", "900", "homes along the estuary"),
    ("Officials expect the drought to persist for 30 days.", "30 days", "drought"),  # an infinitive
    ("The hearing dragged on for six hours.", "six hours", "hearing"),
    ("The applause went on for two minutes.", "two minutes", "applause"),
    ("The spire, which towers 60 metres above the square, needs repairs.", "60 metres", "spire"),  # its own height
    ("A fully charged battery pack weighs 450kg.", "450kg", "fully charged battery pack"),  # adverb and participle
    ("Rent makes up 35% of a typical tenant's income.", "35%", "typical tenant's income"),  # an owner after "a"
    ("Children in temporary accommodation rose 3%.", "3%", "Children in temporary accommodation"),  # adjective, noun
    ("Floods follow when 80mm of rain falls overnight.", "80mm", "rain"),  # the verb of what is measured
])
def test_rounds_22_and_23_entities(text, surface, entity):
    """Prices in relative clauses, owners, what a link carries, places and what a charge applies to, what
    lasted or towers, participles, owners after "a", verbs of rain (the session's own sentences)."""
    assert _claim_at(text, surface).entity == entity


def test_round_22_what_stays():
    assert _claim_at("The barge can carry 900 tonnes of grain.", "900 tonnes").entity == "grain"  # its "of" noun
    assert _claim_at("Pollsters put support in the election at 41 percent.", "41 percent").entity == "support"


def test_round_22_places_that_stay_out():
    assert _claim_at("Sales in the third quarter fell 4%.", "4%").entity == "Sales"  # a time
    assert _claim_at("Average fees for new lets rose 6%.", "6%").entity == "Average fees for new lets"  # a noun
    assert _claim_at("The shop raised prices on Monday by 5%.", "5%").entity == "prices"  # a time


def test_round_23_member_states_are_no_speaker():
    assert _claim_at("The treaty gives member states 18 months to comply.", "18 months").speaker is None
    assert _claim_at("The audit states 12% of claims were paid late.", "12%").speaker == "audit"  # the verb stays


def test_round_23_a_multiple_after_a_copula_and_ages_after_are():
    assert _claim_at("Lead levels in the soil were 12 times the safe limit.", "12 times").entity == \
        "Lead levels in the soil"  # the subject's multiple of a baseline
    assert _claim_at("The drug doubles the risk of relapse.", "doubles").entity == "risk"  # a verb keeps its object
    c = _claim_at("Half of the orchestra's players are over 60.", "over 60")
    assert (c.dimension, c.unit, c.qualifier) == ("age", "year", "more_than")  # people and a copula before "over"
    assert _claim_at("Its workers are over 5,000.", "over 5,000").dimension == "count"  # no age so high


def test_round_23_a_plain_verb_after_the_counted_plural():
    assert _claim_at("A third of the county's wells contain too much nitrate.", "A third").entity == "county's wells"


def test_round_23_a_singular_verb_after_the_counted_plural():
    assert _claim_at("The presence of four rival unions means talks will be slow.", "four").entity == "rival unions"


def test_round_23_entities_lose_what_opens_or_ends_no_noun_phrase():
    assert _claim_at("But the Irish economy will grow by 3.1 this year.", "3.1").entity == "Irish economy"  # "But"
    assert _claim_at("She is a three-time winner of the Boston marathon.", "three-time").entity == "winner"
    assert _claim_at("He has 97 runs batted in.", "97 runs").entity == "runs batted in"  # a particle stays


def test_round_24_fronted_groups_participles_and_second_counts():
    assert _claim_at("Of the 18 bids received by the council, four were rejected.", "four").entity == "bids"  # a word
    assert _claim_at("Engineers inspecting the dam said 35 cracks had widened.", "35").speaker == "Engineers"
    assert _claim_at("The shelter was meant for 60 dogs but now houses 95.", "95").entity == "dogs"  # after "but"
    assert _claim_at("Of the 12 finalists, two are teenagers.", "two").entity == "finalists"


@pytest.mark.parametrize("text, surface, entity", [
    ("About 60% of a room's price goes on cleaning.", "About 60%", "room's price"),  # an owner, no rate per room
    ("Boats longer than 24 metres need a licence.", "longer than 24 metres", "Boats"),  # the noun a comparative is of
    ("Nobody earning under £12,000 will pay the tax.", "under £12,000", None),  # a pronoun names nothing
    ("The ferry line opens in May and pays £300 a week.", "£300", "ferry line"),  # a coordinated verb of paying
    ("Sales at the toy maker more than doubled to £80m.", "£80m", "Sales at the toy maker"),  # past "more than"
])
def test_round_25_owners_comparatives_pronouns_and_coordinated_payers(text, surface, entity):
    assert _claim_at(text, surface).entity == entity


def test_round_25_bounds_and_changes_of_comparisons():
    c = _claim_at("Boats longer than 24 metres need a licence.", "longer than 24 metres")
    assert c.qualifier == "more_than" and c.per is None
    assert _claim_at("About 60% of a room's price goes on cleaning.", "About 60%").per is None  # an owner, no rate
    assert _claim_at("Runners faster than 10 seconds qualify.", "faster than 10 seconds").qualifier == "less_than"
    assert _claim_at("Cars faster than 100 mph were seized.", "faster than 100 mph").qualifier == "more_than"
    assert _claim_at("Clinics saw 40,000 fewer patients in May than a year earlier.", "40,000").change == "down"
    c = _claim_at("The port handled a quarter fewer containers in June.", "a quarter")  # no longer dropped
    assert (c.value, c.change, c.entity) == (25, "down", "containers")
    assert _claim_at("Snowfall came in 20% under the long-term average.", "20%").change == "down"
    assert _claim_at("The ferry company plans 30 sailings a day.", "30").speaker == "ferry company"  # a plan's maker
    assert _claim_at("Sales of the blood thinner rose 4%.", "4%").entity == "Sales of the blood thinner"  # a noun
