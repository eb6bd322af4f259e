"""NATIONAL_ID LT ASMENS, called directly (Presidio style); valid values made with python-stdnum (lt.asmens)."""

from __future__ import annotations

import pytest
from stdnum.lt import asmens

RECOGNIZER = "national_id_lt_asmens"
VALID, INVALID = "39003076110", "39003076111"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("asmens kodas" + " " + VALID, VALID, (0.9, 1.0)),
    ("asmens kodas" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 39003076110 today",
    "order 39003076110",
    "invoice no. 39003076110",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "LT" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert asmens.is_valid(VALID)
    assert not asmens.is_valid(INVALID)
