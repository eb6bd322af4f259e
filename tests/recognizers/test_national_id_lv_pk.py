"""NATIONAL_ID LV PK, called directly (Presidio style); valid values made with python-stdnum (lv.pvn)."""

from __future__ import annotations

import pytest
from stdnum.lv import pvn

RECOGNIZER = "national_id_lv_pk"
VALID, INVALID = "070390-18139", "070390-18130"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("personas kods" + " " + VALID, VALID, (0.9, 1.0)),
    ("personas kods" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 070390-18139 today",
    "order 070390-18139",
    "invoice no. 07039018139",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "LV" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert pvn.is_valid(VALID)
    assert not pvn.is_valid(INVALID)
