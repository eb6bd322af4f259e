"""LabelledNationalIdRecognizer, called directly: a government number of any country after a label that names one,
in any language and script; labels of other things' numbers name none. Examples written for this file."""

from __future__ import annotations

import pytest

RECOGNIZER = "national_id_labelled"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ЕМБГ на осомничениот: 0105984495540\nДатум на раѓање: 25.11.2005", "0105984495540"),
        ("ಆಧಾರ್ ಸಂಖ್ಯೆ: 8987 8626 5023", "8987 8626 5023"),
        ("Indangamuntu: 1 1992 7 1300738 3 79", "1 1992 7 1300738 3 79"),
        ("Şübhəlinin FİN kodu / VÖEN: 9PVPC4Y", "9PVPC4Y"),
        ("EMŠO / davčna številka osumljenca: 81808623", "81808623"),
        ("Passport no: MC3612804   Issued: 2019", "MC3612804"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert [(e, v) for e, v, _ in find(text)] == [("NATIONAL_ID", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Order ID: 12345678",
        "Ticket for the passport desk: 1234567",
        "Passport photo size: 35 x 45 mm",
        "Date of identity check: 12/03/2024",
        "Passport office phone: 0300 222 0000",
        "Identity provider: OKTA2024",  # a service's name, no document's number
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
