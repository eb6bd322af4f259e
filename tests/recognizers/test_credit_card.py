"""CREDIT_CARD, called directly (Presidio style).

Luhn and issuer ranges; several cards in one run are each found; a
Luhn-invalid number only after a card word."""

from __future__ import annotations

import pytest

RECOGNIZER = "credit_card"
NO_CONTEXT = "no context word"

# (text, value, score range, reason): the reason is "no context word" when no word or header names the value.
POSITIVES = [
    ("Visa 4012888888881881", "4012888888881881", (0.95, 1.0), ""),
    # A CSV row: the next cell after the comma is an amount, not the card's decimal part.
    ("town,card_number,amount\nKettering,4012 8888 8888 1881,25.00", "4012 8888 8888 1881", (0.95, 1.0), ""),
    # … an amount of three digits before its dot is no thousands group either
    ("Ogden,4012888888881881,249.00\n", "4012888888881881", (0.8, 1.0), "no context word"),
    ("Card: 4012 8888 8888 1881 exp 12/27", "4012 8888 8888 1881", (0.95, 1.0), ""),
    ("card 4111 1111 1111 1112", "4111 1111 1111 1112", (0.5, 0.6), ""),
    ("4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881", "4012 8888 8888 1881", (0.8, 0.9), NO_CONTEXT),
    ("4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881", "4012-8888-8888-1881", (0.8, 0.9), NO_CONTEXT),
    ("paid with 371449635398431 yesterday", "371449635398431", (0.8, 0.9), NO_CONTEXT),
    ("paid with 122000000000003 yesterday", "122000000000003", (0.8, 0.9), NO_CONTEXT),  # UATP, 15 digits
    ("Name | Card\nAnn | 5555 5555 5555 4444", "5555 5555 5555 4444", (0.95, 1.0), ""),
]
# Ticket, SKU, ISBN, grant, order and account-like business codes, build numbers, hashes, other identifiers.
NEGATIVES = [
    "oid_signature_alg: 1.2.840.113549.1.1.13\nfeature_flags: [ocr]",  # an OID's parts, no card
    "4111 1111 1111 1112",
    # A GS1 barcode's SSCC after its application identifier; an e-ticket's number
    "bin D-30-06-M  SSCC (00)655108930559476007  SKU XCT8842",
    "fare KSAVER  e-tkt 487-8404775707",
    "ISBN 978-0-306-40615-7",
    "order 4111111111111112",  # (a Luhn-valid one after "order" is still a card: test below)
    "SKU 4006381333931",
    "tracking 1Z999AA10123456784",
    "build 20231015.1234.5678",
    "1748503543012",
    "sha1 3f9a2b1c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a",
]


def _found(find, text: str) -> list[tuple[str, float, str]]:  # noqa: ANN001
    recognizer = find.recognizer
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return sorted(
        (text[r.start : r.end], r.score, (r.recognition_metadata or {}).get("reason", ""))
        for r in results
        if r.score >= 0.5
    )


@pytest.mark.parametrize(("text", "value", "scores", "reason"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float], reason: str) -> None:  # noqa: ANN001
    found = [f for f in _found(find, text) if f[0] == value]
    assert len(found) == 1, _found(find, text)
    _, score, why = found[0]
    assert scores[0] <= score <= scores[1]
    assert why == reason


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert _found(find, text) == []


# ---------------------------------------------------------------- rules mutmut found unchecked
def _luhn(prefix: str, length: int) -> str:
    """`prefix` padded with 7s to `length` digits, its last digit the Luhn check digit (computed here)."""
    body = (prefix + "7" * length)[: length - 1]
    total = sum(d if i % 2 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(map(int, reversed(body))))
    return body + str(-total % 10)


def _not_luhn(prefix: str, length: int) -> str:
    valid = _luhn(prefix, length)
    return valid[:-1] + str((int(valid[-1]) + 1) % 10)


@pytest.mark.parametrize(
    ("number", "is_card"),
    [
        (_luhn("4", 13), True),  # a 13-digit Visa
        (_luhn("4", 19), True),  # a 19-digit Visa
        (_luhn("6443", 16), True),  # Discover 644-649
        (_luhn("6440", 13), False),  # ... only 16 to 19 digits long
        (_luhn("6430", 13), True),  # 643 is Maestro's (56-69), 12 to 19 digits
        (_luhn("0604", 16), True),  # Maestro's legacy 0604 prefix
        (_luhn("0605", 16), False),
        (_luhn("622126", 16), True),  # UnionPay
        (_luhn("50", 12), False),  # 12 digits: a card only with a card word nearby
    ],
)
def test_issuer_ranges_and_lengths_without_a_card_word(find, number: str, is_card: bool) -> None:  # noqa: ANN001
    assert [v for v, _, _ in _found(find, f"paid with {number} yesterday")] == ([number] if is_card else [])


def test_twelve_to_nineteen_digits_after_a_card_word(find) -> None:  # noqa: ANN001
    assert [(v, s) for v, s, _ in _found(find, f"card {_luhn('50', 12)}")] == [(_luhn("50", 12), 0.8)]
    assert _found(find, f"card {_luhn('4', 20)}") == []  # too long for any card, and for an unchecked one
    for length in (13, 19):  # a typo (Luhn fails) after "card": still removed, lower
        number = _not_luhn("4", length)
        assert [(v, s) for v, s, _ in _found(find, f"card {number}")] == [(number, 0.55)], length
    for length in (12, 20):
        assert _found(find, f"card {_not_luhn('4', length)}") == [], length


def test_a_short_number_after_a_reference_label_is_no_card_even_with_a_card_word_after_it(find) -> None:  # noqa: ANN001
    number = _luhn("50", 12)
    assert [(v, s) for v, s, _ in _found(find, f"paid with {number} (card)")] == [(number, 0.8)]
    for text in (f"Ticket {number} (card)", f"Order #{number} card"):
        assert _found(find, text) == [], text


def test_a_full_card_after_a_reference_label_is_still_a_card_lower(find) -> None:  # noqa: ANN001
    card = "5540 5845 0597 7081"  # Mastercard, Luhn-valid
    assert [(v, s) for v, s, _ in _found(find, f"Payment ref: {card}")] == [(card, 0.6)]
    table = f"Reg ID,Name,Payment ref,Postcode\nR83468,Ann Lee,{card},BM5 1WE\nR88686,Zed Bu,cash,D24 1GY"
    assert [v for v, _, _ in _found(find, table)] == [card]
    assert _found(find, f"Order #{_luhn('4', 16)[:15]}") == []  # 15 digits starting 4: no issuer's, a reference
    assert _found(find, f"Order #{_not_luhn('4', 16)}") == []  # Luhn fails: a reference


def test_a_checked_card_is_one_result_explained_as_such(find) -> None:  # noqa: ANN001
    recognizer = find.recognizer
    for text, pattern in (("card 4111 1111 1111 1111", "card"), ("card 4111 1111 1111 1112", "card_unchecked")):
        results = recognizer.analyze(text, recognizer.supported_entities, None)
        assert [(text[r.start : r.end], r.analysis_explanation.pattern_name) for r in results] == [
            ("4111 1111 1111 1111" if pattern == "card" else "4111 1111 1111 1112", pattern)
        ]


def test_the_card_inside_a_run_and_not_beyond_it(find) -> None:  # noqa: ANN001
    card = "4111 1111 1111 1111"
    assert [v for v, _, _ in _found(find, f"card {card} 2027")] == [card]  # a year in the same run
    # Digits after the run (past a comma) are not part of it, even when they would make a valid 19-digit Visa.
    tail = _luhn(card.replace(" ", ""), 19)[-3:]
    assert [v for v, _, _ in _found(find, f"card {card}, ref {tail}")] == [card]


def test_the_better_card_later_in_a_run_does_not_hide_the_earlier_one(find) -> None:  # noqa: ANN001
    assert [v for v, _, _ in _found(find, "cards 4222222222222 5555555555554444")] == [
        "4222222222222",
        "5555555555554444",
    ]


def test_of_two_equally_good_overlapping_readings_the_earlier_is_reported(find) -> None:  # noqa: ANN001
    a = "41111111"
    b = _luhn(a + "4111111", 16)[8:]  # a+b: a valid 16-digit Visa; b starts with 4
    c = _luhn(b + "2222222", 16)[8:]  # b+c: another one
    text = f"card {a[:4]} {a[4:]} {b[:4]} {b[4:]} {c[:4]} {c[4:]}"
    assert [v for v, _, _ in _found(find, text)] == [f"{a[:4]} {a[4:]} {b[:4]} {b[4:]}"]


# 13-digit numbers that pass both the GS1 check digit and Luhn, under a known issuer's prefix (Visa's 4, Maestro's
# 50 and 56-69): a product's barcode and a card alike by their digits.
_EAN_AND_LUHN = ["4004710497460", "4010139624592", "5006589481136", "5902402344834", "6900088387373"]


def test_the_shared_numbers_pass_both_checks() -> None:
    from pii_pipeline_recognizers._recognizer_helpers import luhn_ok
    from pii_pipeline_recognizers.credit_card import issuer_ok
    from stdnum import ean

    assert all(ean.is_valid(n) and luhn_ok(n) and issuer_ok(n) for n in _EAN_AND_LUHN)


@pytest.mark.parametrize(
    "text",
    [
        # A price list's or an inventory's line: a code, a barcode, a product, a price; no word of a card.
        f"WRX-1120-B     {_EAN_AND_LUHN[0]}   Pritt glue stick   €2.10",
        f"{_EAN_AND_LUHN[1]}  notebook A5  3.40\n{_EAN_AND_LUHN[2]}  gel pen  1.10",
        f"Shelf 4 | {_EAN_AND_LUHN[3]} | tinned tomatoes 400g | 0.89",
        f"paid with {_EAN_AND_LUHN[4]} yesterday",
    ],
)
def test_a_valid_ean13_without_a_card_word_is_a_barcode(find, text: str) -> None:  # noqa: ANN001
    assert _found(find, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # With a card word the same digits stay a card (old 13-digit Visas, Maestro).
        (f"card {_EAN_AND_LUHN[0]}", _EAN_AND_LUHN[0]),
        (f"Visa: {_EAN_AND_LUHN[0]}", _EAN_AND_LUHN[0]),
        (f"Maestro {_EAN_AND_LUHN[2]}", _EAN_AND_LUHN[2]),
        (f"Name | Card\nAnn | {_EAN_AND_LUHN[1]}", _EAN_AND_LUHN[1]),
        # Without one, a 16-digit card and a 13-digit Visa that is no EAN-13 are still cards.
        ("paid with 4012888888881881 yesterday", "4012888888881881"),
        (f"WRX-1120-B     {_luhn('4', 13)}   Pritt glue stick   €2.10", _luhn("4", 13)),
    ],
)
def test_card_numbers_beside_barcodes(find, text: str, value: str) -> None:  # noqa: ANN001
    assert [v for v, _, _ in _found(find, text)] == [value]


@pytest.mark.parametrize(
    ("text", "value", "score"),
    [
        ("Card number: 495328******8123\n  Expires: 06/27", "495328******8123", 0.9),
        ("a second card 411893XXXXXX9691 issued to her", "411893XXXXXX9691", 0.9),
        ("2025-11-18 | BITREFILL | CHF 10.62 | 456965******4633 | 73.116.24.215", "456965******4633", 0.7),
        ("Card number: 5579 90** **** 8152", "5579 90** **** 8152", 0.9),
        ("Visa ending **** **** **** 4821", "**** **** **** 4821", 0.9),
    ],
)
def test_a_masked_card_with_its_issuers_digits_or_a_cards_word(find, text: str, value: str, score: float) -> None:  # noqa: ANN001
    assert [(v, s) for v, s, _ in _found(find, text)] == [(value, score)]


@pytest.mark.parametrize(
    "text",
    [
        "Order **** **** **** 4821 shipped",  # the last four alone, no card's word
        "PIN: ****, account 1234****5678",  # too short for a card
        "SKU 4000XXXX1234 in aisle 3",
        "ref 999999******1234",  # no issuer's first digits
        "token 4111**11**1111",  # masks in two blocks
    ],
)
def test_masks_that_are_no_card(find, text: str) -> None:  # noqa: ANN001
    assert _found(find, text) == []
