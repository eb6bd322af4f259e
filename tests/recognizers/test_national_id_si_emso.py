"""NATIONAL_ID SI EMSO, called directly (Presidio style); valid values made with python-stdnum (si.emso)."""

from __future__ import annotations

import pytest
from stdnum.si import emso

RECOGNIZER = "national_id_si_emso"
VALID, INVALID = "0703990503738", "0703990503730"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("EMŠO" + " " + VALID, VALID, (0.9, 1.0)),
    ("EMŠO" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 0703990503738 today",
    "order 0703990503738",
    "invoice no. 0703990503738",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "SI" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert emso.is_valid(VALID)
    assert not emso.is_valid(INVALID)
