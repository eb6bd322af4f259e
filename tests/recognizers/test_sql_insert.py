"""SqlInsertRecognizer: an SQL dump's values typed by their column, from the INSERT's column list or its table's
CREATE TABLE; a table of things stays clean. All people and numbers are invented."""

from __future__ import annotations

import pytest

from .conftest import load_recognizer

DUMP = (
    "-- MySQL dump\n"
    "CREATE TABLE `members` (\n"
    "  `id` int NOT NULL,\n"
    "  `first_name` varchar(64),\n"
    "  `surname` varchar(64),\n"
    "  `mobile` varchar(32),\n"
    "  `dob` date,\n"
    "  `bank_routing` varchar(9),\n"
    "  `bank_account` varchar(17),\n"
    "  `notes` text,\n"
    "  PRIMARY KEY (`id`)\n"
    ");\n"
    "INSERT INTO `members` VALUES (7,'Oluwadamilare','Ekwueme','(555) 201-7788','1979-03-02','011000015',"
    "'40027718821',NULL),\n"
    "(8,'Brígida','Ó Faoláin','+353 87 555 0142','1990-12-30','021000021','9912003',  'prefers email');\n"
)
LISTED = "INSERT INTO contacts (id, full_name, email, city) VALUES (1, 'Teodora Vasquez', 'tv@example.org', 'Dayton');"
THINGS = (
    "CREATE TABLE products (sku varchar(12), name varchar(64), price numeric);\n"
    "INSERT INTO products VALUES ('SKU-1', 'Morgan Boot', 120.00), ('SKU-2', 'Hudson Jacket', 89.00);"
)
ENTITIES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "STREET_ADDRESS", "LOCATION", "USERNAME",
    "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
]  # fmt: skip


@pytest.fixture(scope="module")
def recognizer():  # noqa: ANN201
    return load_recognizer("sql_insert")


def found(recognizer, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    return [
        (r.entity_type, text[r.start : r.end])
        for r in sorted(recognizer.analyze(text, ENTITIES, None), key=lambda r: r.start)
    ]


def test_values_are_typed_by_the_create_tables_columns(recognizer) -> None:  # noqa: ANN001
    assert found(recognizer, DUMP) == [
        ("PERSON", "Oluwadamilare"),
        ("PERSON", "Ekwueme"),
        ("PHONE_NUMBER", "(555) 201-7788"),
        ("DATE_OF_BIRTH", "1979-03-02"),
        ("ABA_ROUTING_NUMBER", "011000015"),
        ("US_BANK_NUMBER", "40027718821"),
        ("PERSON", "Brígida"),
        ("PERSON", "Ó Faoláin"),
        ("PHONE_NUMBER", "+353 87 555 0142"),
        ("DATE_OF_BIRTH", "1990-12-30"),
        ("ABA_ROUTING_NUMBER", "021000021"),
        ("US_BANK_NUMBER", "9912003"),
    ]


def test_values_are_typed_by_the_inserts_own_columns(recognizer) -> None:  # noqa: ANN001
    assert found(recognizer, LISTED) == [
        ("PERSON", "Teodora Vasquez"),
        ("EMAIL_ADDRESS", "tv@example.org"),
        ("LOCATION", "Dayton"),
    ]


@pytest.mark.parametrize("text", [THINGS, "INSERT INTO log (id, msg) VALUES (1, 'ok');", "insert coin to play"])
def test_a_table_of_things_stays_clean(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []
