"""MedicalConditionWorldRecognizer, called directly: common conditions named in other languages and scripts; not
the English words (medical_condition.py asks those for a person), a name that is spelled like one, a leaflet or a
stock list."""

from __future__ import annotations

import pytest

RECOGNIZER = "medical_condition_world"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Eylül ist an einer Herzerkrankung erkrankt.", "einer Herzerkrankung"),
        ("Ana tiene asma y epilepsia.", "asma"),
        ("Ana tiene asma y epilepsia.", "epilepsia"),
        ("Sin ima autizam.", "autizam"),
        ("Мой сын болеет астмой.", "астмой"),
        ("Η κόρη μου έχει επιληψία.", "επιληψία"),
        ("ابني عنده الربو", "الربو"),
        ("मेरी बेटी को मिर्गी है", "मिर्गी"),
        ("我女儿有哮喘。", "哮喘"),
        ("아들이 천식이 있어요.", "천식"),
        ("con tôi bị hen suyễn", "hen suyễn"),
        ("Il a un diabète de type 1.", "diabète"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    found = [v for _, v, _ in find(text)]
    assert value in found, found


@pytest.mark.parametrize(
    "text",
    [
        # English: left to medical_condition.py
        "My son has asthma and epilepsy; he is autistic and diabetic.",
        # A name spelled like the Spanish word; Portuguese "quickly"
        "Asma Khan called about the rota. Venha depressa!",
        # A leaflet and a stock list that name no one
        "Prospecto: indicado para el tratamiento del asma bronquial.",
        "Stock list: inhaladores para asma, qty 40, unit price 3.20",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
