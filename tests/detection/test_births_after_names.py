"""A date in brackets right after a found name is that person's birth date ("Jack Atkinson (12/06/2015)"), when it
lies two years back or more; a recent date after a name is a meeting's or a visit's."""

from __future__ import annotations

from datetime import date

from pii_pipeline.detection.text import TextDetector


def _typed(detector: TextDetector, text: str) -> set[tuple[str, str]]:
    return {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}


def test_a_birth_date_after_a_name(detector: TextDetector) -> None:
    text = "Child placed: Jack Atkinson (12/06/2015)"
    assert ("DATE_OF_BIRTH", "12/06/2015") in _typed(detector, text)


def test_a_recent_date_after_a_name_is_no_birth_date(detector: TextDetector) -> None:
    text = f"Meeting with Jane Doe (12/03/{date.today().year}) went well."
    assert not any(t == "DATE_OF_BIRTH" for t, _ in _typed(detector, text))
