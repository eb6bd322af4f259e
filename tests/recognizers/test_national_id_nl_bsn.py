"""NATIONAL_ID nl bsn, called directly (Presidio style); valid values made with python-stdnum."""

from __future__ import annotations

import pytest
from stdnum.nl import bsn

RECOGNIZER = "national_id_nl_bsn"

# (text, value that must be reported, score range): a context word gives 0.95; a strict, valid shape alone a
# medium score; a value that fails its check after its context word is still reported, lower.
POSITIVES = [
    ("BSN 111222333", "111222333", (0.9, 1.0)),
    ("burgerservicenummer 1112.22.333", "1112.22.333", (0.9, 1.0)),
    ("Pieter de Vries jr, BSN 111 222 333, Utrecht.", "111 222 333", (0.9, 1.0)),  # in threes
]
# Bare digit runs without their word, failed checks without a word, reference and product codes.
NEGATIVES = [
    "111222333",
    "account 111222333",
    "seen 111 222 333 today",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "NL" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


def test_sample_value_is_valid() -> None:
    assert bsn.is_valid("111222333")
