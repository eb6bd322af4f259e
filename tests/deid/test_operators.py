from __future__ import annotations

from datetime import date

import pytest

from pii_pipeline.deid.operators import generalize, mask
from pii_pipeline.deid.policy import Rule

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("value", "keep_last", "expected"),
    [
        ("078-05-1120", 4, "***-**-1120"),
        ("4111 1111 1111 1111", 4, "**** **** **** 1111"),
        ("4111111111111111", 4, "************1111"),
        ("jane.doe@example.org", 0, "****.***@*******.***"),
        ("AB12", 4, "**12"),  # never more than half shown
        ("7", 4, "*"),
        ("", 4, ""),
        ("+1 (415) 555-0100", 2, "+* (***) ***-**00"),
    ],
)
def test_mask(value: str, keep_last: int, expected: str) -> None:
    assert mask(value, keep_last) == expected


@pytest.mark.parametrize(
    ("entity", "params", "value", "expected"),
    [
        ("DATE_OF_BIRTH", {"granularity": "year"}, "1990-05-17", "1990"),
        ("DATE_OF_BIRTH", {"granularity": "year"}, "05/17/1990", "1990"),
        ("DATE_OF_BIRTH", {"granularity": "year"}, "May 17, 1990", "1990"),
        ("DATE_OF_BIRTH", {"granularity": "year"}, "1990-05-17T00:00:00", "1990"),
        ("DATE_OF_BIRTH", {"granularity": "year"}, "born in 1990", "1990"),
        ("DATE_OF_BIRTH", {"granularity": "age_band"}, "2012-06-16", "13-17"),  # 13 tomorrow
        ("DATE_OF_BIRTH", {"granularity": "age_band"}, "2012-06-15", "13-17"),
        ("DATE_OF_BIRTH", {"granularity": "age_band"}, "2013-06-16", "6-12"),
        ("DATE_OF_BIRTH", {"granularity": "age_band"}, "1950-01-01", "65+"),
        ("DATE_OF_BIRTH", {"granularity": "year"}, "2030-01-01", "<DATE_OF_BIRTH>"),  # future: not a DOB
        ("DATE_OF_BIRTH", {"granularity": "year"}, "unknown", "<DATE_OF_BIRTH>"),
        ("MINOR_AGE", {"kind": "age"}, "14", "13-17"),
        ("MINOR_AGE", {"kind": "age"}, "14-year-old", "13-17"),
        ("MINOR_AGE", {"kind": "age"}, "age 5", "0-5"),
        ("MINOR_AGE", {"kind": "age"}, "6", "6-12"),
        ("MINOR_AGE", {"kind": "age"}, "8 months", "0-5"),
        ("MINOR_AGE", {"kind": "age"}, "19", "18-24"),
        ("MINOR_AGE", {"kind": "age"}, "a teen", "<MINOR_AGE>"),
        ("MINOR_AGE", {"kind": "age", "edges": [0, 13, 18]}, "12", "0-12"),
        ("GEO_COORDINATES", {}, "37.7749, -122.4194", "37.8, -122.4"),
        ("GEO_COORDINATES", {"decimals": 0}, "37.7749,-122.4194", "38, -122"),
        ("GEO_COORDINATES", {}, "-0.04, 0.04", "0.0, 0.0"),
        ("GEO_COORDINATES", {}, "north", "<GEO_COORDINATES>"),
        ("GEO_COORDINATES", {}, "95.0, 10.0", "<GEO_COORDINATES>"),
        ("US_SSN", {"kind": "zip"}, "94103", "941**"),
        ("US_SSN", {"kind": "zip"}, "94103-1234", "941**"),
        ("US_SSN", {"kind": "zip", "digits": 2}, "San Francisco, CA 94103", "94***"),
        ("US_SSN", {"kind": "zip"}, "941", "<US_SSN>"),
        ("US_SSN", {"kind": "amount"}, "$1,234.50", "1000-5000"),
        ("US_SSN", {"kind": "amount"}, "5", "0-10"),
        ("US_SSN", {"kind": "amount"}, "25000", "10000+"),
        ("US_SSN", {"kind": "amount"}, "-20", "<0"),
        ("US_SSN", {"kind": "amount", "edges": [0, 100.5]}, "100", "0-100.5"),
        ("PERSON", {}, "Jane Doe", "<PERSON>"),  # nothing to generalize a name to
    ],
)
def test_generalize(entity: str, params: dict, value: str, expected: str) -> None:
    assert generalize(value, entity, Rule(operator="generalize", **params), TODAY) == expected


def test_generalize_as_of_from_policy() -> None:
    rule = Rule(operator="generalize", granularity="age_band", as_of=date(2020, 1, 1))
    assert generalize("2010-01-01", "DATE_OF_BIRTH", rule) == "6-12"
