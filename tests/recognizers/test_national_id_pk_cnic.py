"""NATIONAL_ID PK CNIC, called directly (Presidio style); valid values made with python-stdnum (pk.cnic)."""

from __future__ import annotations

import pytest
from stdnum.pk import cnic

RECOGNIZER = "national_id_pk_cnic"
VALID, INVALID = "35202-1135144-1", "35202-1135144-0"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower; the strict written shape alone is reported at a medium score.
POSITIVES = [
    ("CNIC" + " " + VALID, VALID, (0.9, 1.0)),
    ("CNIC" + ": " + INVALID, INVALID, (0.5, 0.6)),
    ("seen " + "35202-1135144-1" + " today", "35202-1135144-1", (0.5, 0.65)),
]
# A failed check in the strict shape without a word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 35202-1135144-0 today",
    "order 35202-1135144-1",
    "invoice no. 3520211351441",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "PK" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert cnic.is_valid(VALID)
    assert not cnic.is_valid(INVALID)
