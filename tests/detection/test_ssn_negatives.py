"""US_SSN's number rules, one at a time (recognizers/us_ssn.py): area 000, 666 and 9xx, group 00 and serial 0000
are never issued, so no US_SSN finding, whatever the context. Each negative has a valid twin that is found,
so a negative cannot pass because the context or the format stopped working."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.text import TextDetector

# (never issued, the same number made valid by changing only the rule's digits)
RULES = {
    "group 00": ("536-00-1947", "536-01-1947"),
    "serial 0000": ("536-22-0000", "536-22-0001"),
    "area 000": ("000-22-1947", "001-22-1947"),
    "area 666": ("666-22-1947", "665-22-1947"),
    "area 9xx": ("912-22-1947", "899-22-1947"),
}
# The same digits in each shape the recognizer reads; the spaced and bare ones need the context word.
SHAPES = ("dashed", "spaced", "bare")
TEMPLATES = ["SSN {} on file", "her social security number is {}"]


def _shaped(number: str, shape: str) -> str:
    return {"dashed": number, "spaced": number.replace("-", " "), "bare": number.replace("-", "")}[shape]


def _ssn_spans(detector: TextDetector, text: str) -> list[tuple[int, int, float]]:
    return [(s.start, s.end, s.score) for s in detector.detect([text])[0] if s.entity_type == "US_SSN"]


CASES = [
    pytest.param(rule, shape, template, id=f"{rule}-{shape}-{i}")
    for rule in RULES
    for shape in SHAPES
    for i, template in enumerate(TEMPLATES)
]


@pytest.mark.parametrize(("rule", "shape", "template"), CASES)
def test_never_issued_numbers_are_not_ssns(detector: TextDetector, rule: str, shape: str, template: str) -> None:
    invalid, valid = (_shaped(n, shape) for n in RULES[rule])
    assert _ssn_spans(detector, template.format(invalid)) == []
    text = template.format(valid)
    found = _ssn_spans(detector, text)
    start = text.index(valid)
    assert [(s, e) for s, e, _ in found] == [(start, start + len(valid))], "the valid twin must be found"
