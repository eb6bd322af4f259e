"""Names in table rows beside a personal identifier (`detection.rows`): the function alone on given spans, and the
whole detector on tables whose headers no label list reads."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.rows import ROW_NAME_REASON, read_rows
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
    spans = read_rows(row, [_span(row, identifier, entity)])
    names = [(row[s.start : s.end], s.reason) for s in spans if s.entity_type == "PERSON"]
    assert names == ([(name, ROW_NAME_REASON)] if name else [])


def test_a_cell_found_already_is_left_alone() -> None:
    row = "IKER ETXEBERRIA | 212-45-6789"
    spans = [_span(row, "212-45-6789", "US_SSN"), _span(row, "IKER ETXEBERRIA", "LOCATION")]
    assert read_rows(row, spans) == spans


def test_only_the_rows_that_hold_an_identifier() -> None:
    text = "KOLUMNA A | KOLUMNA B\nIKER ETXEBERRIA | 212-45-6789\nAMAIA GOIKOETXEA | pending"
    spans = read_rows(text, [_span(text, "212-45-6789", "US_SSN")])
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
    spans = read_rows(row, [_span(row, v, e) for v, e in found])
    assert [row[s.start : s.end] for s in spans if s.entity_type == "LOCATION"] == ([town] if town else [])


def test_rows_add_only_the_types_asked_for() -> None:
    row = "AMAIA GOIKOETXEA | BILBAO | 078-05-1123"
    spans = [_span(row, "078-05-1123", "US_SSN")]
    assert {s.entity_type for s in read_rows(row, spans, entities=frozenset({"US_SSN", "PERSON"}))} == {
        "US_SSN",
        "PERSON",
    }
    assert {s.entity_type for s in read_rows(row, spans, entities=frozenset({"US_SSN", "LOCATION"}))} == {
        "US_SSN",
        "LOCATION",
    }


@pytest.mark.parametrize(
    ("row", "person", "national_id"),
    [
        # A check-valid number no word names, alone in its cell, in a row that names a person.
        ("Amaia Goikoetxea | 046 454 286 | Bilbao", "Amaia Goikoetxea", "046 454 286"),
        ("IKER ETXEBERRIA\t046 454 286", None, "046 454 286"),  # the name read from the row itself
        # Not: no one named in the row, the number inside a longer cell, another finding there already.
        ("CHAIR | 046 454 286", None, None),
        ("Amaia Goikoetxea | Ref 046 454 286", "Amaia Goikoetxea", None),
        # under a header that names the record's own key: the organisation's number for the row, no one's ID
        ("name | donor_id\nAmaia Goikoetxea | 046 454 286", "Amaia Goikoetxea", None),
        ("name | NSS\nAmaia Goikoetxea | 046 454 286", "Amaia Goikoetxea", "046 454 286"),  # a government number's
    ],
)
def test_a_weak_national_id_in_a_row_that_names_a_person(row: str, person: str | None, national_id: str | None) -> None:
    from pii_pipeline.detection.protocol import NO_CONTEXT_REASON

    spans = [_span(row, person, "PERSON")] if person else []
    weak = [_span(row, "046 454 286", "NATIONAL_ID")]
    ids = [(row[s.start : s.end], s.reason) for s in read_rows(row, spans, weak) if s.entity_type == "NATIONAL_ID"]
    assert ids == ([(national_id, NO_CONTEXT_REASON)] if national_id else [])


def test_a_weak_national_id_already_found_as_something_else_stays_so() -> None:
    row = "Amaia Goikoetxea | 046 454 286"
    spans = [_span(row, "Amaia Goikoetxea", "PERSON"), _span(row, "046 454 286", "PHONE_NUMBER")]
    assert read_rows(row, spans, [_span(row, "046 454 286", "NATIONAL_ID")]) == spans


@pytest.mark.parametrize(
    ("text", "national_id"),
    [
        ("Amaia Goikoetxea | 046 454 286 | Bilbao", "046 454 286"),  # a Luhn-valid SIN's shape
        ("Amaia Goikoetxea | 046 454 281 | Bilbao", None),  # no check passes (SIN, BSN, TFN): a reference number
        ("CHAIR | 046 454 286", None),
        # A CSV export under a header (commas): its rows are read as the bars' are; a line of prose is no row.
        ("nombre,ciudad,documento\nAmaia Goikoetxea,Bilbao,046 454 286", "046 454 286"),
        ("We met them, all three, at 046 454 286 Main St.\nThey waved, smiled, and left.", None),
    ],
)
def test_detector_reads_national_ids_in_rows(detector, text: str, national_id: str | None) -> None:  # noqa: ANN001
    (spans,) = detector.detect([text])
    assert [text[s.start : s.end] for s in spans if s.entity_type == "NATIONAL_ID"] == (
        [national_id] if national_id else []
    )


def test_a_quoted_csv_export_is_read_by_its_header(detector) -> None:  # noqa: ANN001
    # Quoted cells may hold the separator ("Hart, Ollie"); the header's words type each column.
    text = (
        'name,address,town,age\n"Hart, Ollie","12 High St, Flat 2",Kettering,9\n"Clark, Maisie","4 Mill Lane",Corby,12'
    )
    (spans,) = detector.detect([text])
    found = {(s.entity_type, text[s.start : s.end]) for s in spans}
    assert {("PERSON", "Hart, Ollie"), ("LOCATION", "Kettering"), ("LOCATION", "Corby"), ("MINOR_AGE", "9")} <= found
