"""US_SSN's number rules, one at a time (recognizers/us_ssn.py): area 000, 666 and 9xx, group 00 and serial 0000
are never issued. The validator rejects them in every shape; in running text without an SSN label, the detector
reports no US_SSN for them. Each negative has a valid twin (only the rule's digits changed) that passes, so a
negative cannot pass because the format or the detector stopped working.

(Whether a never-issued number right after an "SSN" label is still reported, as a typo to remove, is a scoring
policy of its own and is not decided here.)"""

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
SHAPES = ("dashed", "spaced", "dotted", "bare")
TEMPLATES = ("{} on file", "she gave {} at intake")


def _shaped(number: str, shape: str) -> str:
    return {"dashed": number, "spaced": number.replace("-", " "), "dotted": number.replace("-", "."),
            "bare": number.replace("-", "")}[shape]  # fmt: skip


@pytest.fixture(scope="module")
def ssn_recognizer(detector: TextDetector):  # noqa: ANN201
    """The recognizer as the engine loaded it (module pii_pipeline_recognizers.us_ssn)."""
    found = [r for r in detector.analyzer.registry.recognizers if "US_SSN" in r.supported_entities]
    assert len(found) == 1, [r.name for r in found]
    return found[0]


def _rejected(recognizer, text: str) -> bool:  # noqa: ANN001
    # Presidio's contract for a pattern match: dropped when validate_result says False or invalidate_result True.
    return recognizer.validate_result(text) is False or recognizer.invalidate_result(text) is True


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("rule", RULES)
def test_the_recognizer_rejects_never_issued_numbers(ssn_recognizer, rule: str, shape: str) -> None:  # noqa: ANN001
    invalid, valid = (_shaped(n, shape) for n in RULES[rule])
    assert _rejected(ssn_recognizer, invalid)
    assert not _rejected(ssn_recognizer, valid)


@pytest.mark.parametrize("number", ["53622194", "5362219471", "536-22-194", "536-22-19471"])
def test_the_recognizer_rejects_other_lengths(ssn_recognizer, number: str) -> None:  # noqa: ANN001
    assert _rejected(ssn_recognizer, number)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("rule", RULES)
def test_never_issued_numbers_are_not_reported(detector: TextDetector, rule: str, template: str) -> None:
    invalid, valid = RULES[rule]
    found = detector.detect([template.format(invalid), template.format(valid)])
    assert [s for s in found[0] if s.entity_type == "US_SSN"] == []
    start = template.index("{}")
    assert [(s.start, s.end) for s in found[1] if s.entity_type == "US_SSN"] == [(start, start + len(valid))]
