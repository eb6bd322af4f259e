"""form_ages: a number alone on a form line labelled in another language, near a found name, is that person's age;
not on an English line, not after a label that numbers something else, not far from the name, not in a text that
names no one, not a number among other words."""

from __future__ import annotations

import pytest
from pii_pipeline_recognizers._names import dictionary_word

from pii_pipeline.detection.form_ages import ages_on_form_lines
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import Span

_PERSON = "Navn: Jógvan Mikkelsen\n"


def _ages(text: str, named: bool = True) -> list[tuple[str, str]]:
    person = [Span("PERSON", 6, 22, 0.9, "test")] if named else []
    found = ages_on_form_lines(text, person, dictionary_word)
    return [(s.entity_type, text[s.start : s.end]) for s in found if s.entity_type != "PERSON"]


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Aldur: ~53", "AGE", "53"),
        ("Temen: 42", "AGE", "42"),
        ("Emyaka: 21", "AGE", "21"),
        ("Mosha – 16", "MINOR_AGE", "16"),
        ("[Etât] 34", "AGE", "34"),
        ("Mfeɛ: 41.", "AGE", "41"),
        ("ཚེ་ལོ: ၂၇", "AGE", "၂၇"),  # a label in another script, a number in Myanmar digits
    ],
)
def test_a_number_alone_on_a_form_line_in_another_language(line: str, kind: str, value: str) -> None:
    assert _ages(_PERSON + line + "\n") == [(kind, value)]


@pytest.mark.parametrize(
    "line",
    [
        "Room: 12",  # an English label: a count, or the recognizer's "Age:"
        "Children: 2",
        "Hausnummer: 14",  # labels that number a house, a class, a phone's extension, a ticket
        "Klasse: 7",
        "Telefonnr: 12",
        "Ticketnummer: 88",
        "Aldur: 53 og 54",  # not alone on its line
        "Aldur: 130",  # beyond a lifetime
    ],
)
def test_no_age_after_other_labels(line: str) -> None:
    assert _ages(_PERSON + line + "\n") == []


def test_no_age_far_from_a_name_or_in_a_text_naming_no_one() -> None:
    assert _ages(_PERSON + "x\n" * 200 + "Aldur: 53\n") == []
    assert _ages(_PERSON + "Aldur: 53\n", named=False) == []


def test_the_detector_reports_it() -> None:
    text = "[Den arvarus]\nAnv: Goulven Ar Gov\nOad: 41\nPellgomz: 0771933806\n"
    spans = TextDetector().detect([text])[0]
    assert ("AGE", "41") in [(s.entity_type, text[s.start : s.end]) for s in spans]
