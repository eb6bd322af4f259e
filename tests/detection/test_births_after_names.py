"""A date in brackets right after a found name is that person's birth date ("Jack Atkinson (12/06/2015)"), when it
lies two years back or more; a recent date after a name is a meeting's or a visit's. An age in a list after a name
("Fahad 8yrs —") is that person's."""

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


def test_an_age_listed_after_a_name(detector: TextDetector) -> None:
    # A sign-up list's "Fahad 8yrs —": the age with its unit, or before a dash, after a found name.
    text = "Chess club sign-up\n1. Fahad 8yrs — lichess: dino.fahad2016\n2. Lena Vogt 11 — lichess: lena_v"
    typed = _typed(detector, text)
    assert ("MINOR_AGE", "8") in typed or ("MINOR_AGE", "8yrs") in typed
    assert any(t == "MINOR_AGE" and v.startswith("11") for t, v in typed)


def test_a_number_after_a_name_with_no_unit_or_dash_is_no_age(detector: TextDetector) -> None:
    text = "Lena Vogt 11 Main Street"
    assert not any(t in ("AGE", "MINOR_AGE") for t, _ in _typed(detector, text))
