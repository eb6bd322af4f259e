"""NATIONAL_ID RU INN, called directly (Presidio style); valid values made with python-stdnum (ru.inn)."""

from __future__ import annotations

import pytest
from stdnum.ru import inn

RECOGNIZER = "national_id_ru_inn"
VALID, INVALID = "253848865156", "253848865150"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("INN" + " " + VALID, VALID, (0.9, 1.0)),
    ("INN" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 253848865156 today",
    "order 253848865156",
    "invoice no. 253848865156",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "RU" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert inn.is_valid(VALID)
    assert not inn.is_valid(INVALID)
