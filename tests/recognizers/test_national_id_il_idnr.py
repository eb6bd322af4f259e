"""NATIONAL_ID IL ID, called directly (Presidio style); valid values made with python-stdnum (il.idnr)."""

from __future__ import annotations

import pytest
from stdnum.il import idnr

RECOGNIZER = "national_id_il_idnr"
VALID, INVALID = "568625859", "568625850"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("Teudat Zehut" + " " + VALID, VALID, (0.9, 1.0)),
    ("Teudat Zehut" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 568625859 today",
    "order 568625859",
    "invoice no. 568625859",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "IL" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert idnr.is_valid(VALID)
    assert not idnr.is_valid(INVALID)
