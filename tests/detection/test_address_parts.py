"""address_parts.split_towns: a whole address reported as its street (STREET_ADDRESS) and its town with what follows
it (LOCATION), only where the part after a comma reads as a town; otherwise the address stays whole."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.address_parts import split_towns
from pii_pipeline.types import Span


def parts(text: str) -> list[tuple[str, str]]:
    spans = split_towns(text, [Span("STREET_ADDRESS", 0, len(text), 0.9, "StreetAddressRecognizer")])
    return [(s.entity_type, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(
    ("address", "street", "town"),
    [
        ("8522 Briarwood Rd, Boise, ID 83702", "8522 Briarwood Rd", "Boise, ID 83702"),
        ("174 RIDEAU BLVD, BRAMPTON, ON E1E 0B6", "174 RIDEAU BLVD", "BRAMPTON, ON E1E 0B6"),
        ("Hauptstraße 5, 12345 Berlin", "Hauptstraße 5", "12345 Berlin"),
        ("12 Main St, Apt 4, Springfield, IL 62704", "12 Main St, Apt 4", "Springfield, IL 62704"),
        ("Flat 3, 12 High St, Leeds LS1 4AB", "Flat 3, 12 High St", "Leeds LS1 4AB"),
        ("Gül Cad. No: 46 Daire 20, 96769 Mersin", "Gül Cad. No: 46 Daire 20", "96769 Mersin"),
        ("10 Downing Street, London SW1A 2AA, UK", "10 Downing Street", "London SW1A 2AA, UK"),
        ("Komenského 2492/16, 161 15 Kladno", "Komenského 2492/16", "161 15 Kladno"),  # a postcode in two groups
        ("Av. Los Aromos 85, 5386156 Valparaíso", "Av. Los Aromos 85", "5386156 Valparaíso"),
        ("Prins Hendrikkade 12, Amsterdam.", "Prins Hendrikkade 12", "Amsterdam"),  # not the sentence's full stop
    ],
)
def test_street_and_town(address: str, street: str, town: str) -> None:
    assert parts(address) == [("STREET_ADDRESS", street), ("LOCATION", town)]


@pytest.mark.parametrize(
    "address",
    [
        "Calle Mayor 12, 3º B",  # a floor and a door, no town
        "Av. das Flores, 212, apto 1002",  # a flat after the house number
        "Flat 801, Green Park Society, Link Road",  # an estate and its road, no town
        "14786, м. Одеса, вул. Лесі Українки, 75, кв. 12",  # big-endian: the street after the town
        "42 CHURCH AVENUE NAVAN",  # no comma
    ],
)
def test_stays_whole(address: str) -> None:
    assert parts(address) == [("STREET_ADDRESS", address)]


def test_other_types_untouched() -> None:
    text = "Boise, ID"
    span = Span("LOCATION", 0, len(text), 0.9)
    assert split_towns(text, [span]) == [span]


@pytest.mark.parametrize(
    ("address", "city", "street"),
    [("高雄市復興路16號5樓", "高雄市", "復興路16號5樓"), ("대전시 월드컵로 157", "대전시", "월드컵로 157")],
)
def test_city_first(address: str, city: str, street: str) -> None:
    assert parts(address) == [("LOCATION", city), ("STREET_ADDRESS", street)]


def test_a_span_run_on_past_its_line_is_read_on_the_towns_line() -> None:
    text = "9544 Chestnut Drive Unit 6, Bakersfield, CA\n\nOn June 17"
    assert parts(text) == [
        ("STREET_ADDRESS", "9544 Chestnut Drive Unit 6"),
        ("LOCATION", "Bakersfield, CA\n\nOn June 17"),
    ]
