"""NATIONAL_ID BG EGN, called directly (Presidio style); valid values made with python-stdnum (bg.egn)."""

from __future__ import annotations

import pytest
from stdnum.bg import egn

RECOGNIZER = "national_id_bg_egn"
VALID, INVALID = "9003075545", "9003075540"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("EGN" + " " + VALID, VALID, (0.9, 1.0)),
    ("EGN" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 9003075545 today",
    "order 9003075545",
    "invoice no. 9003075545",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "BG" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert egn.is_valid(VALID)
    assert not egn.is_valid(INVALID)
