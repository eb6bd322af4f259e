"""NATIONAL_ID MY NRIC, called directly (Presidio style); valid values made with python-stdnum (my.nric)."""

from __future__ import annotations

import pytest
from stdnum.my import nric

RECOGNIZER = "national_id_my_nric"
VALID, INVALID = "900307-14-4913", "900307-17-4913"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower; the strict written shape alone is reported at a medium score.
POSITIVES = [
    ("NRIC" + " " + VALID, VALID, (0.9, 1.0)),
    ("NRIC" + ": " + INVALID, INVALID, (0.5, 0.6)),
    ("seen " + "900307-14-4913" + " today", "900307-14-4913", (0.5, 0.65)),
]
# A failed check in the strict shape without a word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 900307-17-4913 today",
    "order 900307-14-4913",
    "invoice no. 900307144913",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "MY" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert nric.is_valid(VALID)
    assert not nric.is_valid(INVALID)
