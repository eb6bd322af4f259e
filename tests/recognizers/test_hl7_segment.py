"""Hl7SegmentRecognizer: a patient's and a next of kin's fields in HL7 v2 PID and NK1 segments (name, birth date,
address, phones), read by their place in the segment. All people and numbers are invented."""

from __future__ import annotations

import pytest

from .conftest import load_recognizer

MESSAGE = (
    "MSH|^~\\&|EPR|RGH|||20240101||ADT^A04|4868121|P|2.5\n"
    "PID|1||4097148850^^^NHS^NH||FIFITA^TEVITA^S||20070921|M|||94 Church Street^Flat 2^Wolverhampton^^WV1 1AA"
    "||07404212345|01902 555 0101\n"
    "NK1|1|SANTOS^KRISTINE JOY|MTH|12 Hill Road^^Dudley|+447401038894\n"
    "DG1|1||J45.9^asthma^I10"
)


@pytest.fixture(scope="module")
def recognizer():  # noqa: ANN201
    return load_recognizer("hl7_segment")


def found(recognizer, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    entities = ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "LOCATION", "PHONE_NUMBER"]
    return [
        (r.entity_type, text[r.start : r.end])
        for r in sorted(recognizer.analyze(text, entities, None), key=lambda r: r.start)
    ]


def test_reads_each_field_by_its_place(recognizer) -> None:  # noqa: ANN001
    assert found(recognizer, MESSAGE) == [
        ("PERSON", "FIFITA^TEVITA^S"),
        ("DATE_OF_BIRTH", "20070921"),
        ("STREET_ADDRESS", "94 Church Street^Flat 2"),
        ("LOCATION", "Wolverhampton"),
        ("PHONE_NUMBER", "07404212345"),
        ("PHONE_NUMBER", "01902 555 0101"),
        ("PERSON", "SANTOS^KRISTINE JOY"),
        ("STREET_ADDRESS", "12 Hill Road"),
        ("LOCATION", "Dudley"),
        ("PHONE_NUMBER", "+447401038894"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "PID|1||12345^^^MRN||||||||||",  # empty fields
        "the PID|name field holds the patient's name",  # prose about the format
        "OBX|1|NM|8867-4^Heart rate^LN||72|/min",  # a result segment: no person's field
    ],
)
def test_nothing_without_a_filled_field(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []
