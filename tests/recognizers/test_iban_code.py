"""IBAN_CODE, called directly (Presidio style): mod-97 valid IBANs in one case; mixed case is not an IBAN."""

from __future__ import annotations

import pytest

RECOGNIZER = "iban_code"

POSITIVES = [
    ("IBAN DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00", (0.95, 1.0)),
    ("wire to GB82WEST12345698765432", "GB82WEST12345698765432", (0.85, 0.95)),
    ("typed: gb82west12345698765432", "gb82west12345698765432", (0.85, 0.95)),
]
NEGATIVES = [
    "LV80 bANK 0000 4351 9500 1",  # mixed case
    "CY17 0020 0128 0000 0012 0052 7601 failed",
    "IBAN DE89 3704 0044 0532 0130 01",  # mod 97 fails
    "SKU DE12 ABCD 1234 5678 90",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("IBAN_CODE", value)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []
