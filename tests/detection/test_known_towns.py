"""known_towns.known_towns: a town the gazetteer lists, in a text that holds another personal finding, is a LOCATION;
words, names of small towns, labels, abbreviations and names of firms and teams are not; a text about nobody gains
nothing."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.known_towns import known_towns
from pii_pipeline.types import Span


def _with_phone(text: str) -> list[Span]:
    at = text.index("07700")
    return [Span("PHONE_NUMBER", at, at + len("07700 900461"), 0.85, "Test")]


def _towns(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in known_towns(text, spans)[len(spans) :]]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("* treadmill, folding, £130.\n  Doncaster - ring 07700 900461", "Doncaster"),
        ("From: SURAT   To: Vadodara   Class: 2S  contact 07700 900461", "SURAT"),
        ("Venue: Town Hall Ballroom, Chattanooga\ncall 07700 900461", "Chattanooga"),
        ("pickup Johor Bahru, call 07700 900461", "Johor Bahru"),
        # A form line's whole answer, whatever the label's language: a smaller town, even one spelt like a surname
        ("Telefon: 07700 900461\nKraj: Koper\nOpis: x", "Koper"),
    ],
)
def test_a_known_town_in_a_text_about_someone(text: str, town: str) -> None:
    assert town in _towns(text, _with_phone(text))


@pytest.mark.parametrize(
    "text",
    [
        "Swindon Town FC tickets, call 07700 900461",  # a team's name
        "the University of Leeds desk, call 07700 900461",  # a body's name, and a small town's noun
        "Hub: 07700 900461",  # a label
        "ABA form, call 07700 900461",  # an abbreviation
        "Hola, call 07700 900461",  # a word of another language, a small town's name
        "bring a Nice Bath Orange, call 07700 900461",  # English words
        "Call France or Texas on 07700 900461",  # a country, a state
    ],
)
def test_words_teams_labels_and_regions_are_no_towns(text: str) -> None:
    assert _towns(text, _with_phone(text)) == []


def test_a_smaller_town_counts_only_as_a_fields_whole_answer() -> None:
    text = "we met near Koper, call 07700 900461"  # running text: a town of 25,000 spelt like a surname
    assert _towns(text, _with_phone(text)) == []


def test_a_text_about_nobody_gains_no_town() -> None:
    text = "Departures: Doncaster 10:14, Wigan 10:52, Chattanooga 11:03"
    assert _towns(text, []) == []
    # a guess alone does not make it personal
    assert _towns(text, [Span("PERSON", 0, 10, 0.4, "Guess")]) == []


def test_the_detector_reports_the_town(detector) -> None:  # noqa: ANN001
    text = "* treadmill, folding, £130.\n  Doncaster - ring Rohan +44 7401 683201"
    spans = detector.detect([text])[0]
    assert ("LOCATION", "Doncaster") in [(s.entity_type, text[s.start : s.end]) for s in spans]
