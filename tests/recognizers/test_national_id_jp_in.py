"""NATIONAL_ID JP MYNUMBER, called directly (Presidio style); valid values made with python-stdnum (jp.in_)."""

from __future__ import annotations

import pytest
from stdnum.jp import in_

RECOGNIZER = "national_id_jp_in"
VALID, INVALID = "2727 5765 2609", "2727 5765 2600"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("My Number card" + " " + VALID, VALID, (0.9, 1.0)),
    ("My Number card" + ": " + INVALID, INVALID, (0.5, 0.6)),
    ("Tanaka Yui, My Number " + VALID, VALID, (0.9, 1.0)),  # the card's name in capitals
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 2727 5765 2609 today",
    "call my number 2727 5765 2609",  # "my number" in lower case: anyone's phone
    "order 2727 5765 2609",
    "invoice no. 272757652609",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "JP" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert in_.is_valid(VALID)
    assert not in_.is_valid(INVALID)
