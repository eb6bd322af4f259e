"""NATIONAL_ID DE PA, called directly (Presidio style); alphabet and ICAO check digit checked."""

from __future__ import annotations

import pytest

RECOGNIZER = "national_id_de_pa"

# (text, value that must be reported, score range): its word gives 0.95; a value that fails its check after its word
# is still reported, lower.
POSITIVES = [
    ("Personalausweis L01X00T47, Halle (Saale).", "L01X00T47", (0.9, 1.0)),
    ("Ausweisnummer: T22000129", "T22000129", (0.9, 1.0)),
    ("ID card no. L01X00T471", "L01X00T471", (0.9, 1.0)),
]
# Bare values without their word, reference numbers, failed checks without a word.
NEGATIVES = [
    "seen L01X00T47 today",
    "Ausweis CHRYSLERS",
    "part L01X00T47",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:  # noqa: ANN001
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("NATIONAL_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]
    assert "DE" in find.recognizer.name  # the country is in the finding


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
