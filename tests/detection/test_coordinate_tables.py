"""coordinate_tables: three coordinates or more in a text with nothing else personal are a reference table's and are
dropped; one or two stay, and so do many beside a name, a device or a phone."""

from __future__ import annotations

from pii_pipeline.detection.coordinate_tables import drop_coordinate_tables
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import Span

_LIGHTS = (
    "LIST OF LIGHTS - west coast\n"
    "No.  Name             Lat        Lon        Char.\n"
    "101  Skerry Point     57.1204,   -6.2133    Fl(2) W 10s\n"
    "102  Black Rock       56.8831,   -6.0412    Iso R 4s\n"
    "103  North Head       56.5502,   -5.9921    Q W\n"
)


def _geo(n: int) -> list[Span]:
    return [Span("GEO_COORDINATES", 10 * i, 10 * i + 8, 0.8, "test") for i in range(n)]


def test_three_alone_are_a_table() -> None:
    assert drop_coordinate_tables(_geo(3)) == []


def test_one_or_two_stay() -> None:
    assert drop_coordinate_tables(_geo(2)) == _geo(2)


def test_a_personal_finding_keeps_them() -> None:
    spans = _geo(4) + [Span("DEVICE_ID", 100, 115, 0.9, "test")]
    assert drop_coordinate_tables(spans) == spans
    guess = [Span("PERSON", 100, 110, 0.4, "test")]  # a guess alone does not
    assert drop_coordinate_tables(_geo(4) + guess) == guess


def test_the_detector_leaves_a_list_of_lights_clean_and_a_tip_not() -> None:
    detector = TextDetector()
    lights, tip = detector.detect([_LIGHTS, "he said meet him at 57.1204, -6.2133 after school"])
    assert [s for s in lights if s.entity_type == "GEO_COORDINATES"] == []
    assert [s for s in tip if s.entity_type == "GEO_COORDINATES"]
