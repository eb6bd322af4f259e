"""VEHICLE_PLATE, called directly (Presidio style): any plate after its word, strict national formats alone."""

from __future__ import annotations

import pytest

RECOGNIZER = "vehicle_plate"

POSITIVES = [
    # (text, plate, score range)
    ("licence plate 7ABC123", "7ABC123", (0.9, 1.0)),
    ("reg: AB12 CDE on 2 June", "AB12 CDE", (0.9, 1.0)),
    ("Texas tag KLM-4821", "KLM-4821", (0.9, 1.0)),
    ("plate number: 6TRJ244.", "6TRJ244", (0.9, 1.0)),
    ("his plate is abc123", "abc123", (0.9, 1.0)),
    ("a blue car AB12 CDE parked outside", "AB12 CDE", (0.85, 0.95)),
    ("saw AB-123-CD near the school", "AB-123-CD", (0.55, 0.65)),
    ("Auto B-MW 1234 gesehen", "B-MW 1234", (0.5, 0.6)),
    ("coche 1234 BCD", "1234 BCD", (0.5, 0.6)),
    ("kenteken 12-ABC-3", "12-ABC-3", (0.5, 0.6)),
]
NEGATIVES = [
    "plates 2019",
    "tag me on insta",
    "registration was 2015",
    "the plate was covered in mud",
    "order AB-123-CD",
    "SKU AB12 CDE",
    "ticket HD-4821",
    "ISBN 978-0-306-40615-7",
    "tag 2 friends",
    "grant R01-MH123456",
]


@pytest.mark.parametrize(("text", "plate", "scores"), POSITIVES)
def test_finds(find, text: str, plate: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("VEHICLE_PLATE", plate)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []
