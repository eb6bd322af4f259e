"""name_pairs: a name joined by "&" or "and" to a found name is a name too, when it is written as that name is and
is one by the word lists; not a word of the sentence, a group's or a firm's name. Switched off (the step not run),
the detector test at the end fails."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.name_pairs import names_joined
from pii_pipeline.detection.text import _NAME_WORDS, TextDetector
from pii_pipeline.types import Span


def _joined(text: str, found: str) -> list[str]:
    start = text.index(found)
    spans = names_joined(text, [Span("PERSON", start, start + len(found), 0.8, "test")], _NAME_WORDS)
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "found", "other"),
    [
        ('"Thinking of you all. Love from Harish & Walid x"', "Harish", "Walid"),
        ('"Thinking of you all. Love from Harish & Walid x"', "Walid", "Harish"),
        ("104  1 Dec   Grzegorz    Kacper & Małgorzata Szczepański   Ilfracombe", "Małgorzata Szczepański", "Kacper"),
        ("Hi, we're Megan and Darnell and we're looking for a flat", "Megan", "Darnell"),
        ("Los padrinos: María y Itziar", "María", "Itziar"),
    ],
)
def test_a_name_joined_to_a_found_one(text: str, found: str, other: str) -> None:
    assert other in _joined(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Harish & Sons delivered the order", "Harish"),  # a firm's word
        ("Megan and Friends played on Saturday", "Megan"),  # an English word, capitalised
        ("Smith & Wesson Ltd sells tools", "Smith"),  # before a firm's word
        ("Megan and\nDarnell", "Megan"),  # across a line
        ("MEGAN & DARNELL", "MEGAN"),  # capitals: not this step's
    ],
)
def test_nothing_else_is_joined(text: str, found: str) -> None:
    assert _joined(text, found) == [found]


@pytest.fixture(scope="module")
def detector() -> TextDetector:
    return TextDetector()


def test_the_detector_finds_both_names_of_a_signature(detector: TextDetector) -> None:
    text = '"Thinking of you all. Love from Priya Sharma & Walid x"'
    found = {text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"}
    assert found == {"Priya Sharma", "Walid"}
