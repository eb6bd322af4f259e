"""MedicalRecordRecognizer: the values of a clinical record's fields (PMHx, Dx, Rx, c/o, discharge meds, and their
German, French, Spanish, Italian labels), one finding per listed item, and HL7 v2 diagnosis and allergy segments.
All patients and values are invented."""

from __future__ import annotations

import pytest

from .conftest import load_recognizer


@pytest.fixture(scope="module")
def recognizer():  # noqa: ANN201
    return load_recognizer("medical_record")


def values(recognizer, text: str) -> list[str]:  # noqa: ANN001
    results = recognizer.analyze(text, ["MEDICAL_CONDITION"], None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt: Ana Vaipulu  DOB: 2014-10-29  9 y/o F\nc/o greenstick fracture of radius, fall at home per dad.\n"
            "PMHx: coeliac disease. Rx: omeprazole. NKDA.",
            ["greenstick fracture of radius", "coeliac disease", "omeprazole"],
        ),
        (  # a list gives one finding per short item; a long one is the note going on
            "Patient discharged.\nDx: scarlet fever; secondary: otitis media\n"
            "Discharge meds: Calpol 5 ml QDS, Piriton PRN",
            ["scarlet fever", "otitis media", "Calpol 5 ml QDS", "Piriton PRN"],
        ),
        (  # French and German labels
            "Enfant vu aux urgences.\nMotif : gastro-entérite. ATCD : drépanocytose. TTT : Doliprane.",
            ["gastro-entérite", "drépanocytose", "Doliprane"],
        ),
        ("Kind, geb. 2013\nDiagnose: Mukoviszidose. Therapie: Kreon.", ["Mukoviszidose", "Kreon"]),
        ("MSH|^~\\&|EPR\nDG1|1||K50.9^Crohn disease^I10\nAL1|1|DA|^penicillin", ["Crohn disease", "penicillin"]),
    ],
)
def test_field_values(recognizer, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert values(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pt seen today.\nAllergies: NKDA\nPMHx: nil\nMeds: none known",  # empty answers
        "Protocol 7\nTreatment: 10 µM forskolin, 2 h\nAssessment: qPCR",  # a lab's fields, nobody's record
        "Module 3 — Assessment: essay (2,000 words); Diagnosis: see handbook",  # a course's
    ],
)
def test_nothing_without_a_value_about_someone(recognizer, text: str) -> None:  # noqa: ANN001
    assert values(recognizer, text) == []


def test_scores_a_field_value(recognizer) -> None:  # noqa: ANN001
    results = recognizer.analyze("Patient: see notes\nDx: tonsillitis", ["MEDICAL_CONDITION"], None)
    assert [r.score for r in results] == [0.8]
