"""NATIONAL_ID EE IK, called directly (Presidio style); valid values made with python-stdnum (ee.ik)."""

from __future__ import annotations

import pytest
from stdnum.ee import ik

RECOGNIZER = "national_id_ee_ik"
VALID, INVALID = "39003076786", "39003076780"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("isikukood" + " " + VALID, VALID, (0.9, 1.0)),
    ("isikukood" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 39003076786 today",
    "order 39003076786",
    "invoice no. 39003076786",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "EE" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert ik.is_valid(VALID)
    assert not ik.is_valid(INVALID)
