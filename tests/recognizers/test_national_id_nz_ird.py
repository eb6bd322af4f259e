"""NATIONAL_ID NZ IRD, called directly (Presidio style); valid values made with python-stdnum (nz.ird)."""

from __future__ import annotations

import pytest
from stdnum.nz import ird

RECOGNIZER = "national_id_nz_ird"
VALID, INVALID = "120-173-782", "120-173-780"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("IRD number" + " " + VALID, VALID, (0.9, 1.0)),
    ("IRD number" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 120-173-782 today",
    "order 120-173-782",
    "invoice no. 120173782",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "NZ" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert ird.is_valid(VALID)
    assert not ird.is_valid(INVALID)
