"""NATIONAL_ID RO CNP, called directly (Presidio style); valid values made with python-stdnum (ro.cnp)."""

from __future__ import annotations

import pytest
from stdnum.ro import cnp

RECOGNIZER = "national_id_ro_cnp"
VALID, INVALID = "1900307401560", "1900307401561"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("CNP" + " " + VALID, VALID, (0.9, 1.0)),
    ("CNP" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 1900307401560 today",
    "order 1900307401560",
    "invoice no. 1900307401560",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "RO" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert cnp.is_valid(VALID)
    assert not cnp.is_valid(INVALID)
