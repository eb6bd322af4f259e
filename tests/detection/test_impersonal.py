"""A document with nobody in it (detection/impersonal.py): the model's and the gazetteer's guesses are dropped there,
and only there."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.impersonal import drop_guesses_about_nobody, nobody_in
from pii_pipeline.detection.protocol import NO_CONTEXT_REASON
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import Span

# Written for these tests: English prose of some length, with towns, diseases and things named after people, and no
# person in it.
WEATHER = (
    "Regional forecast for the weekend. Bradford will see light rain in the morning, clearing by the afternoon with "
    "highs of 14 degrees. Telford and Swindon stay dry under high cloud, while Grimsby has a fresh breeze from the "
    "east. Pollen counts are moderate and the UV index is low. Roads across the area are expected to be quiet."
)
TRIALS = (
    "Open studies this quarter: a digital therapy for ADHD with sites in Leeds and Bremen; a two-dose vaccine "
    "schedule with sites in Venlo and Pune; an inhaler adherence study for asthma with sites in Surat and Kharkiv. "
    "Recruitment for each is coordinated by the sponsor and the results will be published on the registry."
)


def _span(entity: str, start: int, end: int, recognizer: str) -> Span:
    return Span(entity, start, end, 0.8, recognizer)


def test_guesses_in_a_text_with_nobody_in_it_are_dropped() -> None:
    start = WEATHER.index("Bradford")
    spans = [_span("LOCATION", start, start + 8, "LocationRecognizer")]
    assert nobody_in(WEATHER, spans, set())
    assert drop_guesses_about_nobody(WEATHER, spans, set()) == []


def test_a_leaflets_reader_is_no_one_in_particular() -> None:
    text = WEATHER + " If your child has asthma, bring the inhaler to every appointment."
    start = text.index("Bradford")
    spans = [_span("LOCATION", start, start + 8, "LocationRecognizer")]
    assert drop_guesses_about_nobody(text, spans, set()) == []


def test_a_persons_word_before_a_thing_for_everyone_is_no_one() -> None:
    text = "Patient information leaflet. " + WEATHER + " Child safety week and the user guide are on the website."
    start = text.index("Bradford")
    spans = [_span("LOCATION", start, start + 8, "LocationRecognizer")]
    assert drop_guesses_about_nobody(text, spans, set()) == []
    assert drop_guesses_about_nobody(text + " The patient was seen.", spans, set()) == spans


@pytest.mark.parametrize(
    "extra",
    [
        " My daughter was there.",  # a pronoun of one person
        " The suspect was seen there.",  # one person by role
        " A man called it in.",
        " The child was seen there.",
    ],
)
def test_a_person_in_the_text_keeps_the_guesses(extra: str) -> None:
    text = WEATHER + extra
    start = text.index("Bradford")
    spans = [_span("LOCATION", start, start + 8, "LocationRecognizer")]
    assert drop_guesses_about_nobody(text, spans, set()) == spans


def test_a_finding_with_evidence_keeps_the_guesses() -> None:
    # A phone number (or a cued name, an ID, an age) says someone is there: nothing is dropped.
    text = WEATHER + " Call 0113 496 0000."
    start = text.index("Bradford")
    phone = text.index("0113")
    spans = [_span("LOCATION", start, start + 8, "LocationRecognizer"), _span("PHONE_NUMBER", phone, phone + 13, "X")]
    assert drop_guesses_about_nobody(text, spans, set()) == spans


def test_a_cued_pattern_of_a_guessing_recognizer_is_evidence() -> None:
    start = WEATHER.index("Bradford")
    name = _span("PERSON", start, start + 8, "PersonRecognizer")
    assert not nobody_in(WEATHER, [name], set())  # its pattern (not in `guesses`) was a cue
    assert nobody_in(WEATHER, [name], {("PERSON", start, start + 8)})


def test_short_texts_and_other_languages_are_not_judged() -> None:
    short = "Bradford: light rain."
    assert not nobody_in(short, [_span("LOCATION", 0, 8, "LocationRecognizer")], set())
    spanish = WEATHER.replace("Regional forecast", "Previsión meteorológica según la agencia española")
    spanish += " Mañana habrá más lluvia en Alicante, Málaga, Córdoba, Almería y en el sur de España según el aviso."
    assert not nobody_in(spanish, [_span("LOCATION", 0, 4, "LocationRecognizer")], set())


def test_a_list_is_not_judged() -> None:
    # A pasted list or table (few English function words) says too little: names in it stay, header or none.
    roster = "\n".join(f"{n}    {t}    {d}" for n, t, d in [
        ("Margaret Collins", "Leeds", "Tue"), ("Robert Hughes", "York", "Wed"), ("Susan Fletcher", "Hull", "Thu"),
        ("David Marsh", "Bath", "Fri"), ("Karen Doyle", "Derby", "Sat"), ("Peter Wallace", "Ripon", "Sun"),
        ("Linda Shaw", "Selby", "Mon"), ("James Porter", "Otley", "Tue"), ("Helen Burke", "Ilkley", "Wed"),
        ("Brian Lowe", "Thirsk", "Thu"), ("Janet Ross", "Malton", "Fri"), ("Gary Booth", "Whitby", "Sat"),
    ])  # fmt: skip
    spans = [_span("PERSON", 0, 16, "PersonNerRecognizer")]
    assert not nobody_in(roster, spans, set())


def test_the_detector_reports_nothing_in_texts_with_nobody_in_them(detector: TextDetector) -> None:
    found = detector.detect([WEATHER, TRIALS])
    assert found == [[], []]


def test_the_detector_keeps_the_town_of_a_person(detector: TextDetector) -> None:
    text = WEATHER + " My son lives in Grimsby and walks to school there."
    (found,) = detector.detect([text])
    assert any(s.entity_type == "LOCATION" and text[s.start : s.end] == "Grimsby" for s in found)


def test_a_name_that_acts_is_someone() -> None:
    # No pronoun, no role word: but the model's name does something, so it is a person's, and the town stays.
    text = WEATHER + " Jake Miller posted the pictures again from Grimsby after midnight."
    name = text.index("Jake Miller")
    town = text.index("Grimsby")
    spans = [
        _span("PERSON", name, name + 11, "PersonNerRecognizer"),
        _span("LOCATION", town, town + 7, "LocationRecognizer"),
    ]
    assert drop_guesses_about_nobody(text, spans, set()) == spans


def test_a_guess_on_a_notice_line_is_dropped_a_name_elsewhere_stays() -> None:
    text = "Label batch 984-UO\nVORSICHT: Heiße Oberfläche.\nPacked by Jana Novak at line 4."
    notice = text.index("Heiße Oberfläche")
    name = text.index("Jana Novak")
    spans = [
        _span("PERSON", notice, notice + len("Heiße Oberfläche"), "PersonNerRecognizer"),
        _span("PERSON", name, name + len("Jana Novak"), "PersonNerRecognizer"),
    ]
    guesses = {(s.entity_type, s.start, s.end) for s in spans}
    kept = drop_guesses_about_nobody(text, spans, guesses)
    assert [text[s.start : s.end] for s in kept] == ["Jana Novak"]


@pytest.mark.parametrize("head", ["Note: son/daughter ", "Attention: "])
def test_a_guess_after_a_note_or_an_addressee_label_stays(head: str) -> None:
    text = f"Card statement\n{head}Ruaridh Macleod used the card.\nSigned X"
    start = text.index("Ruaridh")
    spans = [_span("PERSON", start, start + len("Ruaridh Macleod"), "PersonNerRecognizer")]
    guesses = {(s.entity_type, s.start, s.end) for s in spans}
    assert drop_guesses_about_nobody(text, spans, guesses) == spans


def test_a_guess_on_an_aged_products_line_is_dropped() -> None:
    text = "Cellar selection\nBalsamic vinegar of Modena (aged 25 years) ... £12\nTawny port (20 years old) ... £44"
    town = text.index("Modena")
    port = text.index("Tawny")
    spans = [
        _span("LOCATION", town, town + 6, "LocationRecognizer"),
        _span("PERSON", port, port + 5, "PersonNerRecognizer"),
    ]
    guesses = {(s.entity_type, s.start, s.end) for s in spans}
    assert drop_guesses_about_nobody(text, spans, guesses) == []


def test_a_guess_on_a_weather_line_is_dropped() -> None:
    text = "Weather outlook - today\nShah Alam: light rain, 18°C, wind 6 km/h\nJake Miller: it was 30°C when he left"
    town = text.index("Shah Alam")
    name = text.index("Jake Miller")
    spans = [
        _span("PERSON", town, town + len("Shah Alam"), "PersonNerRecognizer"),
        _span("PERSON", name, name + len("Jake Miller"), "PersonNerRecognizer"),
    ]
    guesses = {(s.entity_type, s.start, s.end) for s in spans}
    assert [text[s.start : s.end] for s in drop_guesses_about_nobody(text, spans, guesses)] == ["Jake Miller"]


def test_a_coordinate_is_no_weather() -> None:
    text = "| Name | Location |\n|---|---|\n| Calum Lamont | 50°31'12.6\"N 83°43'11.1\"W |"
    name = text.index("Calum Lamont")
    spans = [_span("PERSON", name, name + len("Calum Lamont"), "PersonNerRecognizer")]
    guesses = {(s.entity_type, s.start, s.end) for s in spans}
    assert drop_guesses_about_nobody(text, spans, guesses) == spans


# Written for these tests: a list whose lower-case words are English nouns ("duration", "orchestra"), units after
# numbers ("min") that are another language's stop words, and a name of a work the model may read as a person's.
CONCERT_LIST = "\n".join(
    f"{day}  {work} — {band}, duration {minutes} min"
    for day, work, band, minutes in [
        ("03.10.2021", "Serenade in G major (Kleinmeister)", "chamber orchestra", 17),
        ("12.06.2003", "Toccata and fugue in D minor", "organ recital", 9),
        ("02.07.2005", "Piano sonata in A major", "solo recital", 21),
        ("29.02.2010", "Requiem in C minor", "festival choir", 58),
        ("15.03.2017", "Serenade in G major (Kleinmeister)", "youth orchestra", 17),
        ("14.03.2021", "String quartet in F major", "string quartet", 26),
        ("22.07.2006", "Cello suite in G major", "solo recital", 19),
        ("11.01.2017", "Overture in E flat", "symphony orchestra", 12),
    ]
)


def test_a_list_in_english_nouns_with_units_is_judged() -> None:
    start = CONCERT_LIST.index("Kleinmeister")
    spans = [_span("PERSON", start, start + len("Kleinmeister"), "PersonNerRecognizer")]
    assert nobody_in(CONCERT_LIST, spans, set())
    # The same list with a person in it keeps the guess.
    with_someone = CONCERT_LIST + "\nHer last concert was the requiem."
    assert drop_guesses_about_nobody(with_someone, spans, set()) == spans


AIRPORTS = (
    "IATA | ICAO | Airport | Runways | Elevation (ft)\n"
    "BOM | VABB | Mumbai | 2 | 39\n"
    "LHR | EGLL | London Heathrow | 2 | 83\n"
    "ZRH | LSZH | Zürich | 3 | 1416\n"
)


def _guesses(text: str, *values: str, entity: str = "PERSON") -> list[Span]:
    spans = []
    for value in values:
        at = text.index(value)
        spans.append(_span(entity, at, at + len(value), "PersonNerRecognizer"))
    return spans


def _kept(text: str, spans: list[Span]) -> list[str]:
    guesses = {(s.entity_type, s.start, s.end) for s in spans}
    return [text[s.start : s.end] for s in drop_guesses_about_nobody(text, spans, guesses)]


def test_a_guess_filling_a_cell_of_an_impersonal_table_is_dropped() -> None:
    assert _kept(AIRPORTS, _guesses(AIRPORTS, "Mumbai", "London Heathrow")) == []


@pytest.mark.parametrize(
    "header",
    [
        "Name | ICAO | Airport | Runways | Elevation (ft)",  # a column of people
        "IATA | ICAO | Town | Runways | Elevation (ft)",  # a place's column
        "Aeropuerto | OACI | Ciudad | Pistas | Altitud",  # not English: not judged
        "Card number | Cardholder | Status | Runways",  # a compound of a person's word
    ],
)
def test_a_personal_or_foreign_header_keeps_the_guesses(header: str) -> None:
    text = header + AIRPORTS[AIRPORTS.index("\n") :]
    assert _kept(text, _guesses(text, "Mumbai", "London Heathrow")) == ["Mumbai", "London Heathrow"]


def test_in_an_impersonal_table_a_name_among_words_and_a_known_full_name_stay() -> None:
    text = "Date | Event | Outcome\n12/03 | Meeting | agreed\n13/03 | Visit by Tom Brennan | Amy Carter\n14/03 | x | y"
    assert _kept(text, _guesses(text, "Tom Brennan", "Amy Carter")) == ["Tom Brennan", "Amy Carter"]
    # A header and one row is no table to judge.
    short = "IATA | ICAO | Airport\nBOM | VABB | Mumbai\n"
    assert _kept(short, _guesses(short, "Mumbai")) == ["Mumbai"]


def test_a_forms_label_and_value_lines_are_no_table() -> None:
    text = "Chambre | 467\nDépart | 15/11/2023\nVille | Incheon\nArrivée | 12/11/2023\n"
    assert _kept(text, _guesses(text, "Incheon", entity="LOCATION")) == ["Incheon"]


def test_a_musical_key_is_no_minor() -> None:
    with_key = CONCERT_LIST.replace("Requiem in C minor", "Requiem in E flat minor")
    spans = _guesses(with_key, "Kleinmeister")
    assert nobody_in(with_key, spans, set())
    assert not nobody_in(with_key + "\nThe minor was seen there.", spans, set())


def test_one_who_leads_a_firm_is_someone() -> None:
    # Written for this test: English prose naming people by the firms they lead, no pronoun nor kin word.
    text = (
        "Vilma Holm of Northwind is the CEO of the year. The business weekly considered several other leaders for "
        "this year's award, including Tomas Reuter of Brightline and Ines Calder of Harbour Freight, and the jury "
        "praised the growth of all three firms during a difficult year for the sector and for the wider economy."
    )
    spans = _guesses(text, "Vilma Holm", "Tomas Reuter")
    assert _kept(text, spans) == ["Vilma Holm", "Tomas Reuter"]
    assert _kept(text.replace("CEO", "winner"), spans) == []
    assert _kept(text.replace("the CEO of the year", "booked by the CEO office"), spans) == []


# Written for this test: a ship list, its "Name" column beside identifier schemes of ships.
SHIPS = (
    "MMSI      | Name           | IMO     | Type    | Lat     | Lon\n"
    "538749734 | Stormy Petrel  | 9616581 | Fishing | 57.6821 | 11.6501\n"
    "257899612 | Iberian Breeze | 9432802 | Ro-Ro   | 57.9440 | 11.8384\n"
)


def test_a_things_name_column_and_its_shape_only_identifiers_are_no_ones() -> None:
    spans = [*_guesses(SHIPS, "Iberian Breeze"), Span("NATIONAL_ID", 0, 0, 0.6, "Row", NO_CONTEXT_REASON)]
    at = SHIPS.index("9432802")
    spans[1] = Span("NATIONAL_ID", at, at + 7, 0.6, "NationalId_AR_DNI", NO_CONTEXT_REASON)
    assert _kept(SHIPS, spans) == []
    # A people's table keeps both: "Name" names a person where no scheme of things stands beside it.
    people = SHIPS.replace("MMSI", "Sex ").replace("IMO", "Tel")
    assert _kept(people, spans) == ["Iberian Breeze", "9432802"]


def test_a_translation_tables_phrases_are_no_ones() -> None:
    # Written for this test: a phrase card, its header languages' names; then a roster, its header no language.
    card = "English | Russian | Hindi\nGood night | Спокойной ночи | शुभ रात्रि\nWhere is it? | Где это? | कहाँ है?\n"
    spans = _guesses(card, "Спокойной ночи", "शुभ रात्रि", "Где")
    assert _kept(card, spans) == []
    roster = card.replace("English | Russian | Hindi", "Name | Town | Hindi")
    assert _kept(roster, _guesses(roster, "Спокойной ночи")) == ["Спокойной ночи"]
