"""A document with nobody in it (detection/impersonal.py): the model's and the gazetteer's guesses are dropped there,
and only there."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.impersonal import drop_guesses_about_nobody, nobody_in
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
