"""condition_extent: a found condition widened over its modifiers, its type and a medicine's second word; not over
English words, and not over another finding."""

from __future__ import annotations

import pytest
from pii_pipeline_recognizers._names import dictionary_word

from pii_pipeline.detection.condition_extent import widen_conditions
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import Span


def _widened(text: str, part: str, others: list[Span] | None = None) -> str:
    start = text.index(part)
    spans = [Span("MEDICAL_CONDITION", start, start + len(part), 0.9, "test"), *(others or [])]
    return next(text[s.start : s.end] for s in widen_conditions(text, spans, dictionary_word) if s.recognizer == "test")


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Summary: Bozena has juvenile arthritis. Mother is", "arthritis", "juvenile arthritis"),
        ("for iron-deficiency anaemia\nPrescriber", "anaemia", "iron-deficiency anaemia"),
        ("she's on insulin for type one diabetes", "diabetes", "type one diabetes"),
        ("Elif ist an Diabetes Typ 1 erkrankt", "Diabetes", "Diabetes Typ 1"),
        ("Budak itu ada diabetes jenis 1.", "diabetes", "diabetes jenis 1"),
        ("im on insulin glargine cos of my", "insulin", "insulin glargine"),
    ],
)
def test_the_whole_condition(text: str, part: str, whole: str) -> None:
    assert _widened(text, part) == whole


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("he uses an insulin pump at school", "insulin"),  # a dictionary word after it
        ("she has asthma and goes swimming", "asthma"),
        ("type of asthma: unknown", "asthma"),
    ],
)
def test_not_more_of_the_condition(text: str, part: str) -> None:
    assert _widened(text, part) == part


def test_not_over_another_finding() -> None:
    # (a finding made of a modifier's letters: the widening stops at it)
    assert _widened("juvenile arthritis", "arthritis", [Span("PERSON", 0, 8, 0.9, "x")]) == "arthritis"
    assert _widened("insulin glargine", "insulin", [Span("USERNAME", 8, 16, 0.9, "x")]) == "insulin"


def test_the_detector_reports_whole_conditions(detector: TextDetector) -> None:
    text = "Summary: Bozena has juvenile arthritis. Mother is in a new relationship."
    found = [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "MEDICAL_CONDITION"]
    assert "juvenile arthritis" in found, found
