"""CREDIT_CARD, called directly (Presidio style).

Luhn and issuer ranges; several cards in one run are each found; a
Luhn-invalid number only after a card word."""

from __future__ import annotations

import pytest

RECOGNIZER = "credit_card"
NO_CONTEXT = "no context word"

# (text, value, score range, reason): the reason is "no context word" when no word or header names the value.
POSITIVES = [
    ("Visa 4012888888881881", "4012888888881881", (0.95, 1.0), ""),
    ("Card: 4012 8888 8888 1881 exp 12/27", "4012 8888 8888 1881", (0.95, 1.0), ""),
    ("card 4111 1111 1111 1112", "4111 1111 1111 1112", (0.5, 0.6), ""),
    ("4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881", "4012 8888 8888 1881", (0.8, 0.9), NO_CONTEXT),
    ("4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881", "4012-8888-8888-1881", (0.8, 0.9), NO_CONTEXT),
    ("paid with 371449635398431 yesterday", "371449635398431", (0.8, 0.9), NO_CONTEXT),
    ("Name | Card\nAnn | 5555 5555 5555 4444", "5555 5555 5555 4444", (0.95, 1.0), ""),
]
# Ticket, SKU, ISBN, grant, order and account-like business codes, build numbers, hashes, other identifiers.
NEGATIVES = [
    "4111 1111 1111 1112",
    "ISBN 978-0-306-40615-7",
    "order 4111111111111111",
    "SKU 4006381333931",
    "tracking 1Z999AA10123456784",
    "build 20231015.1234.5678",
    "1748503543012",
    "sha1 3f9a2b1c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a",
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
