"""NATIONAL_ID IS KENNITALA, called directly (Presidio style); valid values made with python-stdnum (is_.kennitala)."""

from __future__ import annotations

import pytest
from stdnum.is_ import kennitala

RECOGNIZER = "national_id_is_kennitala"
VALID, INVALID = "070390-7289", "070390-7281"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("kennitala" + " " + VALID, VALID, (0.9, 1.0)),
    ("kennitala" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 070390-7289 today",
    "order 070390-7289",
    "invoice no. 0703907289",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "IS" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert kennitala.is_valid(VALID)
    assert not kennitala.is_valid(INVALID)
