"""PersonSurnameFirstRecognizer, called directly (Presidio style): a name written surname first, the surname in
capitals, standing as a field's or a cell's whole value; never an acronym before a word. All names are invented."""

from __future__ import annotations

import pytest

RECOGNIZER = "person_surname_first"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Klient/in: FAVRE Jonas\nAHV-Nr.: 756.1587.1657.26", "FAVRE Jonas"),
        ("Bénéficiaire: LÜTHI Gian-Andrea\nN° AVS: 756.0263.1914.79", "LÜTHI Gian-Andrea"),  # hyphened given name
        ("09:52 | Rx 0119418 | ADEYEMI, Amelia | DOB 07/03/1943", "ADEYEMI, Amelia"),  # a comma after the surname
        ("| 327 | BERHANE Habtom / ሃብቶም በርሀነ | 04.07.1981 |", "BERHANE Habtom"),  # the other script after "/"
        ("Approver: XU Huifang", "XU Huifang"),  # a two-letter surname
        ("Patient/in: GUERRERO María José\nGeb.-Datum: 27.10.1990", "GUERRERO María José"),
        ("Antragsteller: MEIER-STUCKI Noah", "MEIER-STUCKI Noah"),
        ("  2. DUBOIS Léa (12 ans)", "DUBOIS Léa"),  # a numbered list's entry
        ("Client: DE VRIES, Noor", "DE VRIES, Noor"),  # a particle opens the surname
        ("Interaction log - FARAH, Abdirahman (ID 019351)", "FARAH, Abdirahman"),  # after a heading's dash
        ("| VAN DER BERG Sanne | 12.03.1990 |", "VAN DER BERG Sanne"),
    ],
)
def test_finds_the_name(find, text: str, name: str) -> None:  # noqa: ANN001
    assert (
        "PERSON",
        name,
    ) in [(e, v) for e, v, _ in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Location: ICU Ward",  # an acronym before a word
        "Role: QA Lead",
        "Provider: NHS Trust",  # capitals without a vowel
        "Team: NEW Starters",  # an English word in capitals
        "Dept: HR Services",
        "We met FAVRE Jonas at the office",  # in a sentence, not a field's value
        "Status: OPEN Pending",
        "References\nUNICEF Innocenti (2024). Statistical bulletin",  # a body at a reference's start
        "Qualifications: MA Linguistics",  # a degree
        "IP Connections\n10.156.47.54 → 62.107.145.240",
        "Ward: ED Paeds",  # short capitals no surname list knows
        "ARP 53°21′14″N\nEGLL London Heathrow\n  RWY: 09L/27R",  # an airport's code and name
        "EIDW Dublin\n  RWY: 10R/28L 3110 m",
        "SKU\tDescription\tUnit price\nXZ5084-AB0\tcable tie",  # a table's headers, apart by tabs
    ],
)
def test_no_name(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
