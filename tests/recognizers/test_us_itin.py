"""US_ITIN, called directly (Presidio style).

9NN-GG-NNNN with an IRS group; bare nine digits with a label or as the whole text."""

from __future__ import annotations

import pytest

RECOGNIZER = "us_itin"
NO_CONTEXT = "no context word"

# (text, value, score range, reason): the reason is "no context word" when no word or header names the value.
POSITIVES = [
    ("ITIN 912701234", "912701234", (0.6, 0.7), ""),
    ("Taxpayer ID: 912-70-1234", "912-70-1234", (0.95, 1.0), ""),
    ("SSN 912-70-1234", "912-70-1234", (0.95, 1.0), ""),
    ("911-70-1234", "911-70-1234", (0.55, 0.65), NO_CONTEXT),
    ("911701234", "911701234", (0.5, 0.5), NO_CONTEXT),
]
# Ticket, SKU, ISBN, grant, order and account-like business codes, build numbers, hashes, other identifiers.
NEGATIVES = [
    "911-89-1234",
    "my tax id 911-89-1234",
    "911891234",
    "order 912-70-1234",
    "ticket 912701234 closed",
    "912701234 units",
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
