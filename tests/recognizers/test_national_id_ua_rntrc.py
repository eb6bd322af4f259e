"""NATIONAL_ID UA RNTRC, called directly (Presidio style); valid values made with python-stdnum (ua.rntrc)."""

from __future__ import annotations

import pytest
from stdnum.ua import rntrc

RECOGNIZER = "national_id_ua_rntrc"
VALID, INVALID = "4421888311", "4421888310"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("RNOKPP" + " " + VALID, VALID, (0.9, 1.0)),
    ("RNOKPP" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 4421888311 today",
    "order 4421888311",
    "invoice no. 4421888311",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "UA" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert rntrc.is_valid(VALID)
    assert not rntrc.is_valid(INVALID)
