"""NATIONAL_ID CL RUT, called directly (Presidio style); valid values made with python-stdnum (cl.rut)."""

from __future__ import annotations

import pytest
from stdnum.cl import rut

RECOGNIZER = "national_id_cl_rut"
VALID, INVALID = "12.203.372-4", "12.203.372-0"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower; the strict written shape alone is reported at a medium score.
POSITIVES = [
    ("RUT" + " " + VALID, VALID, (0.9, 1.0)),
    ("RUT" + ": " + INVALID, INVALID, (0.5, 0.6)),
    ("seen " + "12.203.372-4" + " today", "12.203.372-4", (0.5, 0.65)),
]
# A failed check in the strict shape without a word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 12.203.372-0 today",
    "order 12.203.372-4",
    "invoice no. 122033724",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "CL" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert rut.is_valid(VALID)
    assert not rut.is_valid(INVALID)
