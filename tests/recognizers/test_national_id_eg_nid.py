"""NATIONAL_ID EG NID, called directly (Presidio style); the century, birth date and governorate checked."""

from __future__ import annotations

import pytest

RECOGNIZER = "national_id_eg_nid"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("الرقم القومي 29001011234567 للأم", "29001011234567", (0.9, 1.0)),
    ("Egyptian national ID: 30105251501234", "30105251501234", (0.9, 1.0)),
    ("national id 29013401234567", "29013401234567", (0.5, 0.6)),
]
# Bare values without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 29001011234567 today",
    "order 29001011234567",
    "national id 29001019934567x",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "EG" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
