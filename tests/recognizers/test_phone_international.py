"""PHONE_NUMBER in a country's own format after a word naming the country (Presidio's international cases)."""

from __future__ import annotations

import pytest

RECOGNIZER = "phone_international"

POSITIVES = [
    ("My Israeli number is 09-7625400", "09-7625400"),
    ("My Japanese number is 090-1234-5678", "090-1234-5678"),
    ("My CN number is 13812345678", "13812345678"),
    ("her German phone: 030 1234567", "030 1234567"),
    ("my Indian number is 98765 43210", "98765 43210"),
]
NEGATIVES = [
    "The Japanese team scored 3 goals in 90 minutes",
    "Chinese order no. 12345678",
    "Israeli ID number 123456782",  # not a valid Israeli phone number
    "09-7625400",  # no country word: the general phone recognizer's to judge
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_finds(find, text: str, value: str) -> None:
    assert find(text) == [("PHONE_NUMBER", value, 0.85)]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []
