"""GedcomRecordRecognizer: a person's names, birth date, cause of death, places, address and phone in a GEDCOM
family-tree export, read by each line's tag and the tag above it. All people and places are invented."""

from __future__ import annotations

import pytest

from .conftest import load_recognizer

EXPORT = (
    "0 HEAD\n1 SOUR TreeApp\n1 CHAR UTF-8\n"
    "0 @I1@ INDI\n1 NAME Mirela /Kovačić/\n2 GIVN Mirela\n2 SURN Kovačić\n1 SEX F\n"
    "1 BIRT\n2 DATE 14 MAR 1962\n2 PLAC Vinkovci, Vukovar-Srijem, Croatia\n"
    "1 DEAT\n2 DATE 2 JAN 2019\n2 CAUS stroke\n"
    "1 RESI\n2 ADDR 12 Ulica Lipa\n3 CITY Osijek\n2 PHON +385 91 555 0182\n"
    "1 NOTE moved abroad in 1990\n"
    "0 @F1@ FAM\n1 MARR\n2 DATE 1985\n0 TRLR"
)

ENTITIES = ["PERSON", "DATE_OF_BIRTH", "MEDICAL_CONDITION", "LOCATION", "STREET_ADDRESS", "PHONE_NUMBER"]


@pytest.fixture(scope="module")
def recognizer():  # noqa: ANN201
    return load_recognizer("gedcom_record")


def found(recognizer, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    return [
        (r.entity_type, text[r.start : r.end])
        for r in sorted(recognizer.analyze(text, ENTITIES, None), key=lambda r: r.start)
    ]


def test_reads_each_value_by_its_tag(recognizer) -> None:  # noqa: ANN001
    assert found(recognizer, EXPORT) == [
        ("PERSON", "Mirela /Kovačić/"),
        ("PERSON", "Mirela"),
        ("PERSON", "Kovačić"),
        ("DATE_OF_BIRTH", "14 MAR 1962"),
        ("LOCATION", "Vinkovci, Vukovar-Srijem"),
        ("MEDICAL_CONDITION", "stroke"),
        ("STREET_ADDRESS", "12 Ulica Lipa"),
        ("LOCATION", "Osijek"),
        ("PHONE_NUMBER", "+385 91 555 0182"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "1 NAME Mirela /Kovačić/\n2 DATE 14 MAR 1962",  # lines like an export's, but no record or header: prose
        "In GEDCOM, the NAME tag holds a name and 1 BIRT opens a birth event.",  # prose about the format
        "0 HEAD\n1 SOUR TreeApp\n1 GEDC\n2 VERS 5.5.1\n0 TRLR",  # an export with no one in it
    ],
)
def test_nothing_outside_an_exports_records(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


def test_a_marriage_date_is_no_birth_date(recognizer) -> None:  # noqa: ANN001
    text = "0 @I2@ INDI\n1 NAME Ivo /Babić/\n1 MARR\n2 DATE 3 JUN 1990"
    assert ("DATE_OF_BIRTH", "3 JUN 1990") not in found(recognizer, text)
