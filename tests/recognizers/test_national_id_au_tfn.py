"""NATIONAL_ID AU TFN, called directly (Presidio style); valid values made with python-stdnum (au.tfn)."""

from __future__ import annotations

import pytest
from stdnum.au import tfn

RECOGNIZER = "national_id_au_tfn"
VALID, INVALID = "418 871 105", "418 871 100"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("TFN" + " " + VALID, VALID, (0.9, 1.0)),
    ("TFN" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 418 871 105 today",
    "order 418 871 105",
    "invoice no. 418871105",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "AU" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert tfn.is_valid(VALID)
    assert not tfn.is_valid(INVALID)
