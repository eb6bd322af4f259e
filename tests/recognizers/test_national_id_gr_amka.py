"""NATIONAL_ID GR AMKA, called directly (Presidio style); valid values made with python-stdnum (gr.amka)."""

from __future__ import annotations

import pytest
from stdnum.gr import amka

RECOGNIZER = "national_id_gr_amka"
VALID, INVALID = "07039098020", "07039098021"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("AMKA" + " " + VALID, VALID, (0.9, 1.0)),
    ("AMKA" + ": " + INVALID, INVALID, (0.5, 0.6)),
]
# Bare digit runs without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen 07039098020 today",
    "order 07039098020",
    "invoice no. 07039098020",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "GR" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_sample_values() -> None:
    assert amka.is_valid(VALID)
    assert not amka.is_valid(INVALID)
