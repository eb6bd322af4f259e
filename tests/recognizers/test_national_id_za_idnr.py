"""NATIONAL_ID ZA ID, called directly (Presidio style); valid values made with python-stdnum (za.idnr)."""

from __future__ import annotations

import pytest
from stdnum.za import idnr

RECOGNIZER = "national_id_za_idnr"
VALID, INVALID = "8001015819089", "8001015819080"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("South African ID" + " " + VALID, VALID, (0.9, 1.0)),
    ("South African ID" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 8001015819089 today",
    "order 8001015819089",
    "invoice no. 8001015819089",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "ZA" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert idnr.is_valid(VALID)
    assert not idnr.is_valid(INVALID)
