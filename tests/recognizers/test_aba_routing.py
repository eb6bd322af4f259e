"""ABA_ROUTING_NUMBER, called directly (Presidio style).

3-7-1 checksum and Federal Reserve prefixes; after its word, a number
that fails either is still reported."""

from __future__ import annotations

import pytest

RECOGNIZER = "aba_routing"
NO_CONTEXT = "no context word"

# (text, value, score range, reason): the reason is "no context word" when no word or header names the value.
POSITIVES = [
    ("routing 021000021", "021000021", (0.8, 0.9), ""),
    ("Routing | Account\n021000021 | 123456789", "021000021", (0.8, 0.9), ""),
    ("routing 180000001", "180000001", (0.5, 0.6), ""),
    ("ABA 021000022", "021000022", (0.5, 0.6), ""),
    ("wire via 021000021 today", "021000021", (0.5, 0.55), NO_CONTEXT),
]
# Ticket, SKU, ISBN, grant, order and account-like business codes, build numbers, hashes, other identifiers.
NEGATIVES = [
    "021000022 arrived",
    "order 021000021 shipped",
    "Ref 021000021",
    "421042111",
    "ticket | id\n021000021 | x",
    "account 021000021",
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
