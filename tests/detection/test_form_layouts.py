"""Forms through the whole detector: a value under its label is found, and no finding runs over the next field's
label onto its value (a line-crossing address once widened the plate or the date of birth it lost to)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pii_pipeline.detection.text import TextDetector

CASES = [
    # (text, expected (type, value) findings)
    (
        "CHILD'S NAME\nAMELIA HART\nADDRESS\n14 HARBOUR VIEW RD\nWHITBY\nVEHICLE REGISTRATION\nYK19 HXB",
        [("PERSON", "AMELIA HART"), ("STREET_ADDRESS", "14 HARBOUR VIEW RD\nWHITBY"), ("VEHICLE_PLATE", "YK19 HXB")],
    ),
    ("SURNAME / FORENAME\nOKAFOR / DANIEL", [("PERSON", "OKAFOR"), ("PERSON", "DANIEL")]),
    (
        "[NAME] ZOE BRENNAN [AGE] 14 [TOWN] ROTHERHAM",
        [("PERSON", "ZOE BRENNAN"), ("MINOR_AGE", "14"), ("LOCATION", "ROTHERHAM")],
    ),
    (
        "SUBJECT\nTOMASZ NOWAK  DOB 12/06/1988\n45 QUEEN ST  COVENTRY",
        [("PERSON", "TOMASZ NOWAK"), ("DATE_OF_BIRTH", "12/06/1988"), ("STREET_ADDRESS", "45 QUEEN ST  COVENTRY")],
    ),
    (
        "NAME RUBY OWENS    AGE 13    TOWN DONCASTER",
        [("PERSON", "RUBY OWENS"), ("LOCATION", "DONCASTER")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form_values_found_and_kept_apart(detector: TextDetector, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]]
    for pair in expected:
        assert pair in found


# One-line values: a finding of these types never runs onto the next line of a form.
ONE_LINE = frozenset({"VEHICLE_PLATE", "DATE_OF_BIRTH", "US_DRIVER_LICENSE", "PHONE_NUMBER", "AGE", "MINOR_AGE"})
CORPORA = Path(__file__).resolve().parents[1] / "data" / "corpora"


@pytest.mark.parametrize("corpus", ["forms_caps_v1", "forms_caps_check_v1"])
def test_one_line_values_stay_on_their_line(detector: TextDetector, corpus: str) -> None:
    texts = [json.loads(line)["text"] for line in (CORPORA / f"{corpus}.jsonl").read_text("utf-8").splitlines()]
    for text, spans in zip(texts, detector.detect(texts), strict=True):
        crossing = [s.entity_type for s in spans if s.entity_type in ONE_LINE and "\n" in text[s.start : s.end]]
        assert not crossing, crossing
