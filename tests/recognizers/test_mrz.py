"""MrzRecognizer (mrz.py), called directly: the holder's fields in a passport's or an identity card's machine-readable
zone (ICAO Doc 9303), read by their place. The zones are built here from invented holders, with their check digits
computed by the module's own function (and one checked by hand: ICAO's specimen number L898902C3 has digit 6)."""

from __future__ import annotations

import pytest
from pii_pipeline_recognizers.mrz import check_digit

RECOGNIZER = "mrz"


def _pad(text: str, width: int) -> str:
    return text + "<" * (width - len(text))


def _td3(state: str, name: str, number: str, birth: str, personal: str = "") -> str:
    line2 = number + check_digit(number) + state + birth + check_digit(birth) + "F" + "3001019"
    line2 += _pad(personal, 14) + check_digit(_pad(personal, 14))
    return _pad("P<" + state + name, 44) + "\n" + line2 + "0"


def _td1(state: str, number: str, personal: str, birth: str, name: str) -> str:
    line1 = _pad("I<" + state + number + check_digit(number) + personal, 30)
    line2 = _pad(birth + check_digit(birth) + "M2908122" + state, 29) + "3"
    return line1 + "\n" + line2 + "\n" + _pad(name, 30)


def test_check_digit_of_the_icao_specimen() -> None:
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a passport (TD3) under its scanned page
            "Authority  MINISTRY\n" + _td3("NZL", "TAPSELL<<ARIHIA<MERE", "LA1234567", "080214", "") + "\nPage 2",
            [
                ("PERSON", "TAPSELL<<ARIHIA<MERE", 0.85),
                ("NATIONAL_ID", "LA1234567", 0.95),
                ("DATE_OF_BIRTH", "080214", 0.95),
            ],
        ),
        (  # a US passport's number is a US passport's
            _td3("USA", "OKAFOR<<CHIDI", "567123498", "911130"),
            [("PERSON", "OKAFOR<<CHIDI", 0.85), ("US_PASSPORT", "567123498", 0.95), ("DATE_OF_BIRTH", "911130", 0.95)],
        ),
        (  # an identity card (TD1): number and personal number, birth, name
            _td1("SWE", "KQ7733129", "0705031234", "070503", "LINDQVIST<<ELSA<MAJ"),
            [
                ("NATIONAL_ID", "KQ7733129", 0.95),
                ("NATIONAL_ID", "0705031234", 0.85),
                ("DATE_OF_BIRTH", "070503", 0.95),
                ("PERSON", "LINDQVIST<<ELSA<MAJ", 0.85),
            ],
        ),
        (  # a check digit OCR misread: the number is still the holder's, at a lower score
            "P<FRADUVAL<<CLAIRE<<<<<<<<<<<<<<<<<<<<<<<<<<\n15AB123451FRA9001011F3001019<<<<<<<<<<<<<<00",
            [("PERSON", "DUVAL<<CLAIRE", 0.85), ("NATIONAL_ID", "15AB12345", 0.85), ("DATE_OF_BIRTH", "900101", 0.95)],
        ),
    ],
)
def test_reads_the_zone(find, text: str, expected: list[tuple[str, str, float]]) -> None:  # noqa: ANN001
    assert find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "P<NZLTAPSELL<<ARIHIA<<<<<<<<<<<<<<<<<<<<<<<<",  # one line is no zone
        "ID<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",  # fillers only
        "SKU: AB<<1234\nLOT: 22<<91",  # short codes with fillers
        "P<NZLTAPSELL<<ARIHIA<<<<<<<<<<<<<<<<<<<<<<<<\n\nsome text\nLA12345678NZL0802140F3001019<<<<<<<<<<<<<<00",
    ],
)
def test_no_zone(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
