"""inverted_names: "FAMILY, Given" names of records and police forms, widened from a found part or found at a line's
start or after a label; never over an English word ("URGENT, Sarah", "NOTE, Please")."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.text import TextDetector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NOMINAL: ĐẶNG, Quang\nDOB: 04/26/1991", "ĐẶNG, Quang"),
        ("Re: KAMIŃSKI, Wojciech  DOB 03/06/2018", "KAMIŃSKI, Wojciech"),
        ("NOMINAL: YANG, Zihao\nDOB: 19/01/2001", "YANG, Zihao"),
        ("NOMINAL: BARKER, Kieran", "BARKER, Kieran"),
    ],
)
def test_family_name_first(detector: TextDetector, text: str, name: str) -> None:
    names = [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"]
    assert name in names, names


@pytest.mark.parametrize(
    "text", ["URGENT, Sarah is missing", "Ref: NOTE, Please call back", "LONDON, Ontario\nPARIS, Texas"]
)
def test_no_word_is_a_family_name(detector: TextDetector, text: str) -> None:
    spans = detector.detect([text])[0]
    assert not any(s.entity_type == "PERSON" and text[s.start : s.end].split(",")[0].isupper() for s in spans)
