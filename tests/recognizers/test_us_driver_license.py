"""US_DRIVER_LICENSE, called directly (Presidio style).

state formats after a licence word, or two or more values of one
exact state format each alone on a line or in a cell (a pasted column), without one; plates are not licences."""

from __future__ import annotations

import pytest

RECOGNIZER = "us_driver_license"
NO_CONTEXT = "no context word"

# (text, value, score range, reason): the reason is "no context word" when no word or header names the value.
POSITIVES = [
    ("DL: F123-456-78-901-0", "F123-456-78-901-0", (0.7, 0.8), ""),
    ("Florida licence F123456789012", "F123456789012", (0.7, 0.8), ""),
    ("Driver License # D1234567", "D1234567", (0.7, 0.8), ""),
    ("DL# WDL12AB34CD5", "WDL12AB34CD5", (0.65, 0.75), ""),
    ("DL K12-34-5678", "K12-34-5678", (0.65, 0.75), ""),
    ("lic 123AB4567", "123AB4567", (0.65, 0.75), ""),
    ("Driver’s license no. D1234567", "D1234567", (0.7, 0.8), ""),
    ("UK driving licence MORGA753116SM9IJ", "MORGA753116SM9IJ", (0.65, 0.75), ""),
    ("learner's permit 123456789", "123456789", (0.65, 0.75), ""),
    ("State ID: S12345678", "S12345678", (0.7, 0.8), ""),
    ("Driver's license number (state of issue: Ohio): AB123456", "AB123456", (0.7, 0.8), ""),
    ("DL 1234 5678 9012", "1234 5678 9012", (0.65, 0.75), ""),
    ("CDL: D1234567", "D1234567", (0.7, 0.8), ""),
    ("DL no 12345678", "12345678", (0.65, 0.75), ""),
    ("DL-D1234567", "D1234567", (0.7, 0.8), ""),
    ("seen F123-456-78-901-0 at the desk", "F123-456-78-901-0", (0.5, 0.5), NO_CONTEXT),
    ("ID: F123456789012", "F123456789012", (0.6, 0.6), NO_CONTEXT),
    ("Photo ID #: S123-4567-8901", "S123-4567-8901", (0.6, 0.6), NO_CONTEXT),
    ("drivers liscense D1234567", "D1234567", (0.7, 0.8), ""),
    ("id_doc\nF123456789012\nG234567890123\nH345678901234", "G234567890123", (0.5, 0.5), NO_CONTEXT),
    ("Ann | F123456789012\nBob | G234567890123", "F123456789012", (0.5, 0.5), NO_CONTEXT),
    ("Name | DL\nAnn | D1234567", "D1234567", (0.7, 0.8), ""),
]
# Ticket, SKU, ISBN, grant, order and account-like business codes, build numbers, hashes, other identifiers.
NEGATIVES = [
    "license plate 7ABC123",
    "lic. plate ABC1234",
    "F123456789012",
    "codes F123456789012 G234567890123",
    "SKU A1234567 and A7654321",
    "license 2027",
    "Ticket F123456789012",
    "order F123-456-78-901-0",
    "build A1234567 shipped",
    "software license 4471229011",
    "License key 4471-2290-1123",
    "business licence no. 88120456",
    "annual license fee 120000",
    "ID: A1234567",
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
