"""NATIONAL_ID TH PIN, called directly (Presidio style); valid values made with python-stdnum (th.pin)."""

from __future__ import annotations

import pytest
from stdnum.th import pin

RECOGNIZER = "national_id_th_pin"
VALID, INVALID = "1-5133-72520-78-9", "1-5133-72520-78-0"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower; the strict written shape alone is reported at a medium score.
POSITIVES = [
    ("Thai ID" + " " + VALID, VALID, (0.9, 1.0)),
    ("Thai ID" + ": " + INVALID, INVALID, (0.5, 0.6)),
    ("seen " + "1-5133-72520-78-9" + " today", "1-5133-72520-78-9", (0.5, 0.65)),
    # in Thai digits after a Thai word: the digits are the number, not letters glued to it (_national_id)
    ("บัตรประชาชน ๑๑๐๑๗๐๐๒๓๐๗๐๘", "๑๑๐๑๗๐๐๒๓๐๗๐๘", (0.5, 1.0)),
]
# A failed check in the strict shape without a word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 1-5133-72520-78-0 today",
    "order 1-5133-72520-78-9",
    "invoice no. 1513372520789",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "TH" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert pin.is_valid(VALID)
    assert not pin.is_valid(INVALID)
