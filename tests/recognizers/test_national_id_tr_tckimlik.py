"""NATIONAL_ID TR TCKN, called directly (Presidio style); valid values made with python-stdnum (tr.tckimlik)."""

from __future__ import annotations

import pytest
from stdnum.tr import tckimlik

RECOGNIZER = "national_id_tr_tckimlik"
VALID, INVALID = "12494860138", "12494860130"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("TC Kimlik No" + " " + VALID, VALID, (0.9, 1.0)),
    ("TC Kimlik No" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 12494860138 today",
    "order 12494860138",
    "invoice no. 12494860138",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "TR" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert tckimlik.is_valid(VALID)
    assert not tckimlik.is_valid(INVALID)
