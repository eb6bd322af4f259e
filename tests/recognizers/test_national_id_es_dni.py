"""NATIONAL_ID es dni, called directly (Presidio style); valid values made with python-stdnum."""

from __future__ import annotations

import pytest
from stdnum.es import dni

RECOGNIZER = "national_id_es_dni"

# (text, value that must be reported, score range): a context word gives 0.95; a strict, valid shape alone a
# medium score; a value that fails its check after its context word is still reported, lower.
POSITIVES = [
    ("DNI 12345678Z", "12345678Z", (0.9, 1.0)),
    ("copia: 12345678-Z", "12345678-Z", (0.55, 0.7)),
    ("DNI 12345678A", "12345678A", (0.5, 0.6)),
]
# Bare digit runs without their word, failed checks without a word, reference and product codes.
NEGATIVES = [
    "12345678A",
    "order 12345678Z",
    "invoice no. 12345678-Z",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "ES" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


def test_sample_value_is_valid() -> None:
    assert dni.is_valid("12345678Z")
