"""NATIONAL_ID gb nhs, called directly (Presidio style); valid values made with python-stdnum."""

from __future__ import annotations

import pytest
from stdnum.gb import nhs

RECOGNIZER = "national_id_gb_nhs"

# (text, value that must be reported, score range): a context word gives 0.95; a strict, valid shape alone a
# medium score; a value that fails its check after its context word is still reported, lower.
POSITIVES = [
    ("NHS number 943 476 5870", "943 476 5870", (0.9, 1.0)),
    ("nhs no: 9434765870", "9434765870", (0.9, 1.0)),
    ("NHS 943 476 5871", "943 476 5871", (0.5, 0.6)),
    ("patient 943 476 5870 (NHS no.)", "943 476 5870", (0.9, 1.0)),
]
# Bare digit runs without their word, failed checks without a word, reference and product codes.
NEGATIVES = [
    "call 943 476 5870 tonight",
    "invoice 9434765870",
    "943-476-5870",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "GB" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


def test_sample_value_is_valid() -> None:
    assert nhs.is_valid("9434765870")
