"""NATIONAL_ID HR OIB, called directly (Presidio style); valid values made with python-stdnum (hr.oib)."""

from __future__ import annotations

import pytest
from stdnum.hr import oib

RECOGNIZER = "national_id_hr_oib"
VALID, INVALID = "97940524209", "97940524200"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("OIB" + " " + VALID, VALID, (0.9, 1.0)),
    ("OIB" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 97940524209 today",
    "order 97940524209",
    "invoice no. 97940524209",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "HR" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert oib.is_valid(VALID)
    assert not oib.is_valid(INVALID)
