"""MedicalLabelledRecognizer, called directly: health values after a record's health label on its line, in several
languages, one finding per item; nothing after the label, all-is-well values, leaflets' sentences and empty forms'
boxes stay clean. All people and conditions are invented for the tests."""

from __future__ import annotations

import pytest

RECOGNIZER = "medical_labelled"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Diagnose(n): iron-deficiency anaemia; type 2 diabetes\nTelefon: +49 170 1234567",
         ["iron-deficiency anaemia", "type 2 diabetes"]),
        ("Name: Jan Kos\nVerletzungen: Rippenprellung", ["Rippenprellung"]),
        ('{"name": "Ana Ruiz", "health_notes": "untreated dental abscess"}', ["untreated dental abscess"]),
        ("Santé : commotion cérébrale. Tel 06 12 34 56 78", ["commotion cérébrale"]),
        ("C. Medical priority: whiplash (letter from consultant attached)", ["whiplash"]),
        ("Lesioni: trauma cranico lieve\nNome: Luca Bassi", ["trauma cranico lieve"]),
        ("health=seizures, mild scoliosis", ["seizures", "mild scoliosis"]),
    ],
)  # fmt: skip
def test_finds(find, text: str, values: list[str]) -> None:  # noqa: ANN001
    assert [v for _, v, _ in find(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Allergies: none known\nHealth: good\nMedikamente: keine",
        "Medication: tell your doctor if you are taking any other medicines or have recently taken any others",
        "Medical conditions: ☐ asthma-type  ☐ allergy  ☐ other ______",
        "Conditions: sunny, light winds\nInjuries: 0",
        "Diagnosis: {{diagnosis}}",
        "Allergies: may contain nuts, milk",  # a menu's notice
        '{"medical_conditions": null, "medication": "withheld"}',  # a record's empty fields (the shared NO_VALUE)
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
