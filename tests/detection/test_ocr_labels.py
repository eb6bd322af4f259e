"""A form's labels as OCR misreads them are read as meant, at the same length (detection/ocr_labels.py); the values
after them are then found as after a label written right (issue 12: OCR'd and faxed forms)."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.normalize import normalize
from pii_pipeline.detection.ocr_labels import repair_labels


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("Datc of blrth : 20/06/2014", "Date of birth : 20/06/2014"),
        ("Parcnt/Guardlan: Saga Johansson", "Parent/Guardian: Saga Johansson"),
        ("Guardlan: Anna", "Guardian: Anna"),
        ("P1ace of b1rth: Leeds", "Place of birth: Leeds"),
        ("M0bi1e: 0770", "Mobile: 0770"),
        ("DATC OF BLRTH: 2014", "DATE OF BIRTH: 2014"),  # the written case kept
        ("NAME:  Juma   Age: 10\nEmergcncy contact: Bob", "NAME:  Juma   Age: 10\nEmergency contact: Bob"),
    ],
)
def test_misread_labels_are_read_as_meant(text: str, read_as: str) -> None:
    assert repair_labels(text) == read_as
    normal = normalize(text)
    assert normal.text == read_as
    assert normal.to_original(0, len(read_as)) == (0, len(text))  # same length: offsets unchanged


@pytest.mark.parametrize(
    "text",
    [
        "Dale: hi there",  # a speaker's name: a short label is restored only inside a phrase
        "Date of birth: 2014",  # written right
        "Lisa: call me",  # "Lisa" reads "Llsa" by class, no label
        "Cell: 0770 900123",  # a label written right that shares a class with another word
        "no colon here, Datc of blrth 2014",
    ],
)
def test_other_words_before_a_colon_stay(text: str) -> None:
    assert repair_labels(text) == text


def test_a_value_after_a_misread_label_is_found(detector) -> None:  # noqa: ANN001
    text = "NAME:  Juma Kamau   Age: 10\nDatc of blrth : 20/06/2014\nParcnt/Guardlan: Saga Johansson  Signature: ~~"
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert ("DATE_OF_BIRTH", "20/06/2014") in found
    assert ("PERSON", "Saga Johansson") in found
