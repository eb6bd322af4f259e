"""Names in table rows beside a personal identifier (`detection.rows`): the function alone on given spans, and the
whole detector on tables whose headers no label list reads."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.rows import ROW_NAME_REASON, names_beside_identifiers
from pii_pipeline.types import Span


def _span(text: str, value: str, entity: str) -> Span:
    start = text.index(value)
    return Span(entity, start, start + len(value), 0.9)


@pytest.mark.parametrize(
    ("row", "identifier", "entity", "name"),
    [
        ("IKER ETXEBERRIA | 212-45-6789", "212-45-6789", "US_SSN", "IKER ETXEBERRIA"),
        ("Ji-woo Park\t010-1234-5678", "010-1234-5678", "PHONE_NUMBER", "Ji-woo Park"),
        ("MIN-JUN KING | PL61109010140000071219812874", "PL61109010140000071219812874", "IBAN_CODE", "MIN-JUN KING"),
        ("ADAEZE OKAFOR; ada@example.ng", "ada@example.ng", "EMAIL_ADDRESS", "ADAEZE OKAFOR"),
        # No name: words of English, a firm, a town, a label, a name's words not capitalised, no identifier.
        ("BLUE WIDGET | 212-45-6789", "212-45-6789", "US_SSN", None),
        ("PARK LANE | +44 20 7946 0000", "+44 20 7946 0000", "PHONE_NUMBER", None),
        ("MORGAN STANLEY | +1 212 555 0100", "+1 212 555 0100", "PHONE_NUMBER", None),
        ("SAN DIEGO | +1 619 555 0100", "+1 619 555 0100", "PHONE_NUMBER", None),
        ("FULL NAME | 212-45-6789", "212-45-6789", "US_SSN", None),
        ("iker etxeberria | 212-45-6789", "212-45-6789", "US_SSN", None),
        ("IKER ETXEBERRIA | 2024-05-01", "2024-05-01", "DATE_TIME", None),
        ("IKER ETXEBERRIA 212-45-6789", "212-45-6789", "US_SSN", None),  # no cells: a sentence's words
    ],
)
def test_a_name_cell_beside_an_identifier(row: str, identifier: str, entity: str, name: str | None) -> None:
    spans = names_beside_identifiers(row, [_span(row, identifier, entity)])
    names = [(row[s.start : s.end], s.reason) for s in spans if s.entity_type == "PERSON"]
    assert names == ([(name, ROW_NAME_REASON)] if name else [])


def test_a_cell_found_already_is_left_alone() -> None:
    row = "IKER ETXEBERRIA | 212-45-6789"
    spans = [_span(row, "212-45-6789", "US_SSN"), _span(row, "IKER ETXEBERRIA", "LOCATION")]
    assert names_beside_identifiers(row, spans) == spans


def test_only_the_rows_that_hold_an_identifier() -> None:
    text = "KOLUMNA A | KOLUMNA B\nIKER ETXEBERRIA | 212-45-6789\nAMAIA GOIKOETXEA | pending"
    spans = names_beside_identifiers(text, [_span(text, "212-45-6789", "US_SSN")])
    assert [text[s.start : s.end] for s in spans if s.entity_type == "PERSON"] == ["IKER ETXEBERRIA"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Headers in a language the label table lacks: the identifiers say whose rows these are.
        (
            "KOLUMNA A | KOLUMNA B\nIKER ETXEBERRIA | 212-45-6789\nAMAIA GOIKOETXEA | 078-05-1123",
            ["IKER ETXEBERRIA", "AMAIA GOIKOETXEA"],
        ),
        ("Ji-woo Park | jiwoo.p@example.kr", ["Ji-woo Park"]),
        # One-line records of "LABEL VALUE" pairs apart by semicolons or tabs, no colon.
        ("NAME ZHAO LEI; EMAIL zhao.lei@example.cn; DOB 1990-01-02", ["ZHAO LEI"]),
        ("NOMBRE IKER ETXEBERRIA\tTEL +34 612 345 678\tEMAIL ik@example.es", ["IKER ETXEBERRIA"]),
        # Prose with semicolons: no value in capitals, no pair.
        ("Name withheld; address unknown; phone given", []),
        ("BLUE WIDGET | +1 212 555 0100", []),
    ],
)
def test_detector_reads_names_in_rows(detector, text: str, names: list[str]) -> None:  # noqa: ANN001
    (spans,) = detector.detect([text])
    assert [text[s.start : s.end] for s in spans if s.entity_type == "PERSON"] == names


@pytest.mark.parametrize(
    ("row", "found", "town"),
    [
        ("JAN NOWAK | 12 ULICA DLUGA | KRAKOW", [("JAN NOWAK", "PERSON")], "KRAKOW"),
        ("AMAIA GOIKOETXEA | BILBAO | 078-05-1123", [("078-05-1123", "US_SSN")], "BILBAO"),
        ("JAN NOWAK\tPOZNAN", [("JAN NOWAK", "PERSON")], "POZNAN"),
        # Not a town: no one's row, a country, a town's name that is a word or a name too, a town too small to know.
        ("CHAIR | BOSTON | 2", [], None),
        ("JAN NOWAK | POLAND", [("JAN NOWAK", "PERSON")], None),
        ("JAN NOWAK | READING", [("JAN NOWAK", "PERSON")], None),
        ("JAN NOWAK | JORDAN", [("JAN NOWAK", "PERSON")], None),
        ("JAN NOWAK | OSSETT", [("JAN NOWAK", "PERSON")], None),
    ],
)
def test_a_known_town_in_a_row_about_a_person(row: str, found: list[tuple[str, str]], town: str | None) -> None:
    spans = names_beside_identifiers(row, [_span(row, v, e) for v, e in found])
    assert [row[s.start : s.end] for s in spans if s.entity_type == "LOCATION"] == ([town] if town else [])


def test_rows_add_only_the_types_asked_for() -> None:
    row = "AMAIA GOIKOETXEA | BILBAO | 078-05-1123"
    spans = [_span(row, "078-05-1123", "US_SSN")]
    assert {s.entity_type for s in names_beside_identifiers(row, spans, frozenset({"US_SSN", "PERSON"}))} == {
        "US_SSN",
        "PERSON",
    }
    assert {s.entity_type for s in names_beside_identifiers(row, spans, frozenset({"US_SSN", "LOCATION"}))} == {
        "US_SSN",
        "LOCATION",
    }
