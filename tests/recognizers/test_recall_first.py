"""Recall first for well-formed identifiers (issue 12): a check only raises confidence and never vetoes a value its
own word names; without a word, a strict shape that passes its check is reported at a lower score."""

from __future__ import annotations

import pytest

from .conftest import load_recognizer

THRESHOLD = 0.5

CASES = [
    # (recognizer file, text, value, score range): named values that fail their check, then bare valid shapes
    ("aba_routing", "routing 180000001", "180000001", (0.5, 0.6)),  # checksum passes, prefix unassigned
    ("aba_routing", "routing number 021000022", "021000022", (0.5, 0.6)),  # checksum fails
    ("credit_card", "card 4111 1111 1111 1112", "4111 1111 1111 1112", (0.5, 0.6)),  # Luhn fails
    ("us_ssn", "SSN: 123-45-678", "123-45-678", (0.5, 0.6)),  # a digit short
    ("us_ssn", "SSN 666-12-3456", "666-12-3456", (0.5, 0.6)),  # never issued, but its word names it
    ("us_ssn", "S.S.N. 900-12-3456", "900-12-3456", (0.5, 0.6)),
    ("aba_routing", "wire via 021000021 today", "021000021", (0.5, 0.55)),
    ("us_ssn", "Name | 212-45-6789 | 4111", "212-45-6789", (0.55, 0.65)),
    ("us_ssn", "078 05 1123", "078 05 1123", (0.5, 0.55)),
    ("us_passport", "H12234567", "H12234567", (0.5, 0.55)),
    ("credit_card", "4111 1111 1111 1111", "4111 1111 1111 1111", (0.8, 0.9)),
]
NEGATIVES = [
    ("aba_routing", "order 021000021 shipped"),  # a reference number
    ("aba_routing", "021000022 arrived"),  # the bad checksum without its word
    ("credit_card", "4111 1111 1111 1112"),  # Luhn fails, no word
    ("us_ssn", "she gave 666-12-3456"),  # never issued, and no word names it
    ("us_ssn", "call 123-45-678"),
    ("us_passport", "h12234567"),
    ("us_passport", "DL# X53183983"),  # another identifier's label
]


def _found(stem: str, text: str) -> list[tuple[str, float]]:
    recognizer = load_recognizer(stem)
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return [(text[r.start : r.end], r.score) for r in results if r.score >= THRESHOLD]


@pytest.mark.parametrize(("stem", "text", "value", "scores"), CASES)
def test_reported(stem: str, text: str, value: str, scores: tuple[float, float]) -> None:
    found = _found(stem, text)
    assert [v for v, _ in found] == [value]
    assert scores[0] <= found[0][1] <= scores[1]


@pytest.mark.parametrize(("stem", "text"), NEGATIVES)
def test_not_reported(stem: str, text: str) -> None:
    assert _found(stem, text) == []
