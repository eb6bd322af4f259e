"""IBAN_CODE, called directly (Presidio style): mod-97 valid IBANs in one case; mixed case is not an IBAN."""

from __future__ import annotations

import pytest

RECOGNIZER = "iban_code"

POSITIVES = [
    ("IBAN DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00", (0.95, 1.0)),
    ("wire to GB82WEST12345698765432", "GB82WEST12345698765432", (0.85, 0.95)),
    ("typed: gb82west12345698765432", "gb82west12345698765432", (0.85, 0.95)),
]
NEGATIVES = [
    "LV80 bANK 0000 4351 9500 1",  # mixed case
    "CY17 0020 0128 0000 0012 0052 7601 failed",
    "IBAN DE89 3704 0044 0532 0130 01",  # mod 97 fails
    "SKU DE12 ABCD 1234 5678 90",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("IBAN_CODE", value)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


def _iban(country: str, bban: str) -> str:
    """`country` + ISO 7064 mod-97 check digits + `bban`, computed here independently of the recognizer."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


RIGHT = "GB82 WEST 1234 5698 7654 32"  # a valid IBAN of the right length for GB (22)


@pytest.mark.parametrize(
    "first",
    [
        "QQ12 3456 7890 1234 56",  # no such country
        "DE12 3456 7890 12",  # shorter than a German IBAN, and not valid as written
        "GB82WEST12345698765432XYZ",  # the run goes on past GB's length without a break
        _iban("DE", "1234567890123456789"),  # valid as written with a length off for DE (21, not 22)
    ],
    ids=["unknown-country", "too-short", "run-goes-on", "valid-off-length"],
)
def test_a_candidate_before_it_does_not_hide_a_later_iban(find, first: str) -> None:
    found = [v for e, v, _ in find(f"first {first}; then {RIGHT}; done")]
    assert found[-1] == RIGHT


@pytest.mark.parametrize("length", [15, 21, 34])
def test_a_run_valid_as_written_is_accepted_whatever_its_length_for_the_country(find, length: int) -> None:
    # Lengths 15 to 34: what generators and some printouts produce. Country lengths: BE 16, DE 22, GB 22.
    country = {15: "BE", 21: "DE", 34: "GB"}[length]
    iban = _iban(country, "7" * (length - 4))
    assert len(iban) == length
    (found,) = find(f"pay {iban}, ok 12")
    assert found[:2] == ("IBAN_CODE", iban)
    (right,) = find(f"pay {_iban('DE', '3' * 18)}, ok 12")  # the same text with the right length: 0.1 more
    assert found[2] == pytest.approx(right[2] - 0.1)


def test_a_run_valid_as_written_but_shorter_than_any_iban_is_not_one(find) -> None:
    iban = _iban("BE", "7" * 10)  # 14 characters
    assert len(iban) == 14 and find(f"pay {iban}, ok") == []
