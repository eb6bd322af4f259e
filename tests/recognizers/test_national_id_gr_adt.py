"""NATIONAL_ID GR ADT, called directly (Presidio style); no check digit, so only after its words."""

from __future__ import annotations

import pytest

RECOGNIZER = "national_id_gr_adt"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("Greek ID card ΑΗ 123456 was shown by the mother.", "ΑΗ 123456", (0.9, 1.0)),
    ("αριθμός δελτίου ταυτότητας: ΑΚ-654321", "ΑΚ-654321", (0.9, 1.0)),
    ("ID card AH 123456", "AH 123456", (0.9, 1.0)),
    ("ID card QW 123456", "QW 123456", (0.5, 0.6)),  # letters no card has, after its words: still reported
]
# Bare values without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "Room AB 123456",
    "seen ΑΗ 123456 today",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "GR" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
