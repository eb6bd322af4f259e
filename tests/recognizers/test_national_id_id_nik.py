"""NATIONAL_ID ID NIK, called directly (Presidio style); valid values made with python-stdnum (id.nik)."""

from __future__ import annotations

import pytest
from stdnum.id import nik

RECOGNIZER = "national_id_id_nik"
VALID, INVALID = "3171010703906923", "3171010700906923"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("NIK" + " " + VALID, VALID, (0.9, 1.0)),
    ("NIK" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 3171010703906923 today",
    "order 3171010703906923",
    "invoice no. 3171010703906923",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "ID" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert nik.is_valid(VALID)
    assert not nik.is_valid(INVALID)
