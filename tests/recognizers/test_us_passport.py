"""US_PASSPORT, called directly (Presidio style).

nine digits or a letter and eight digits after its word; a capital and eight
digits alone (the next-generation book) with a reason."""

from __future__ import annotations

import pytest

RECOGNIZER = "us_passport"
NO_CONTEXT = "no context word"

# (text, value, score range, reason): the reason is "no context word" when no word or header names the value.
POSITIVES = [
    ("passport no C03005988", "C03005988", (0.95, 1.0), ""),
    ("Passport: 912803456", "912803456", (0.7, 0.8), ""),
    ("Name | Passport\nAnn | 912803456", "912803456", (0.7, 0.8), ""),
    ("H12234567", "H12234567", (0.5, 0.55), NO_CONTEXT),
]
# Ticket, SKU, ISBN, grant, order and account-like business codes, build numbers, hashes, other identifiers.
NEGATIVES = [
    "h12234567",
    "DL# X53183983",
    "order A12345678",
    "912803456",
    "SKU B12345678",
]


def _found(find, text: str) -> list[tuple[str, float, str]]:  # noqa: ANN001
    recognizer = find.recognizer
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return sorted(
        (text[r.start : r.end], r.score, (r.recognition_metadata or {}).get("reason", ""))
        for r in results
        if r.score >= 0.5
    )


@pytest.mark.parametrize(("text", "value", "scores", "reason"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float], reason: str) -> None:  # noqa: ANN001
    found = [f for f in _found(find, text) if f[0] == value]
    assert len(found) == 1, _found(find, text)
    _, score, why = found[0]
    assert scores[0] <= score <= scores[1]
    assert why == reason


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert _found(find, text) == []
