"""NATIONAL_ID AR DNI, called directly (Presidio style); valid values made with python-stdnum (ar.dni)."""

from __future__ import annotations

import pytest
from stdnum.ar import dni

RECOGNIZER = "national_id_ar_dni"
VALID, INVALID = "26.122.553", None

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("documento nacional de identidad" + " " + VALID, VALID, (0.9, 1.0)),
    ("Juan Pérez, 34 años, DNI 30123456, vive en Rosario.", "30123456", (0.9, 1.0)),  # no letter: not Spain's
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 26.122.553 today",
    "order 26.122.553",
    "invoice no. 26122553",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "AR" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert dni.is_valid(VALID)
