"""PHONE_NUMBER in a country's national notation (libphonenumber), called directly (Presidio style)."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from pii_pipeline_recognizers._recognizer_helpers import counting_run

RECOGNIZER = "phone_national"

POSITIVES = [
    # "Call me" in a partner's language is a phone word; a draw's word further back does not undo it
    ("tirage au sort: appelez 06 12 34 56 78", "06 12 34 56 78", (0.8, 0.9)),
    ("llámame al 612 34 56 78", "612 34 56 78", (0.8, 0.9)),
    # (text, value, score range): grouped as the country groups them, no phone word needed.
    ("07700 900123", "07700 900123", (0.55, 0.65)),  # UK mobile
    # A phone word in another language: German, Indonesian, Vietnamese, Turkish, Swahili, Tagalog
    ("Handynummer: 0151 23456789", "0151 23456789", (0.8, 1.0)),
    ("Nomor HP: 0812-3456-7890", "0812-3456-7890", (0.8, 1.0)),
    ("Số điện thoại: 0912 345 678", "0912 345 678", (0.8, 1.0)),
    ("Cep telefonu: 0532 123 45 67", "0532 123 45 67", (0.8, 1.0)),
    ("Nambari ya simu: 0712 345 678", "0712 345 678", (0.8, 1.0)),
    ("Telepono: 0917 123 4567", "0917 123 4567", (0.8, 1.0)),
    # the international prefix "00" and a country's code
    ("3. Child's phone: 0063 908 002 1487.", "0063 908 002 1487", (0.8, 1.0)),
    ("手机: 00886 945 692 128", "00886 945 692 128", (0.8, 1.0)),
    # "bin" labels a stock bin only right before a number: "bin" in a name leaves the phone a phone.
    ("Khalid bin Rashid, mobile 050 123 4567.", "050 123 4567", (0.8, 1.0)),
    ("she lives there, 020 7946 0958", "020 7946 0958", (0.55, 0.65)),  # London
    ("06 12 34 56 78", "06 12 34 56 78", (0.55, 0.65)),  # France
    ("090-1234-5678", "090-1234-5678", (0.55, 0.65)),  # Japan
    ("054-123-4567", "054-123-4567", (0.55, 0.65)),  # Israel
    ("131 2345 6789", "131 2345 6789", (0.55, 0.65)),  # China, a mobile without trunk prefix
    ("8 (912) 345-67-89", "8 (912) 345-67-89", (0.55, 0.65)),  # Russia
    ("079 123 45 67", "079 123 45 67", (0.55, 0.65)),  # Switzerland
    # Groups after the trunk prefix as people write them, and digit by digit as speech is transcribed.
    ("the number he used was 07700 900 123 and", "07700 900 123", (0.55, 0.65)),
    ("my number is 0 7 7 0 0 9 0 0 1 2 3 please call", "0 7 7 0 0 9 0 0 1 2 3", (0.8, 0.9)),
    # A phone word: any valid grouping, or none.
    ("call her on 0612345678", "0612345678", (0.8, 0.9)),
    ("mobile 13812345678", "13812345678", (0.8, 0.9)),
    ("ring me on 0151 2345 6789", "0151 2345 6789", (0.8, 0.9)),
    # Other languages' phone words; in scripts without spaces the word and the digits may touch.
    ("报告人：张伟，电话13812345678", "13812345678", (0.8, 0.9)),
    ("手机号码是13912345678，请联系", "13912345678", (0.8, 0.9)),
    ("연락처 01012345678", "01012345678", (0.8, 0.9)),
    ("携帯09012345678に電話して", "09012345678", (0.8, 0.9)),
    ("هاتف: 0501234567", "0501234567", (0.8, 0.9)),
    ("फ़ोन: 9876543210", "9876543210", (0.8, 0.9)),
    ("телефон 89123456789", "89123456789", (0.8, 0.9)),
    # A mobile number as its owner dials it, trunk prefix and all, with no phone word (a chat's reply): lower.
    ("yes 07400091748 or email", "07400091748", (0.45, 0.55)),
    ("0612345678", "0612345678", (0.45, 0.55)),
    ("mera 89686744646 hai", "89686744646", (0.45, 0.55)),
    # More languages' phone words: Dutch, Swiss German, Icelandic, Latvian, Georgian, Armenian, Mongolian, Lao
    ("Telefoon cliënt: 0451466710", "0451466710", (0.8, 0.9)),
    ("Natel: 0785417047", "0785417047", (0.8, 0.9)),
    ("Zvaniet man: 28788436.", "28788436", (0.8, 0.9)),
    ("ტელეფონი: 559 65 13 86", "559 65 13 86", (0.8, 0.9)),
    ("Նրա հեռախոսահամարն է 077 895066", "077 895066", (0.8, 0.9)),
    ("Түүний утас 8848 3801", "8848 3801", (0.8, 0.9)),
    ("ເບີໂທລະສັບຂອງລາວ 020 71 751 027", "020 71 751 027", (0.8, 0.9)),
]
NEGATIVES = [
    # A map's grid reference, a colour's values
    "CP-20  OS grid NY 02300 77343  height 607.39 m  rivet on bridge",
    "CP-07  MGRS 32UZS 06290 98733  height 457.41 m",
    "Accent: HEX #285E7E | RGB 40 94 126 | CMYK 88 86 61 86 | Pantone 5174 U",
    "Location: Gallery 5, case 19\n\nAccession no. 0158.305.11\nObject: mirror",  # a museum's object number
    "Desk with drawer - assembly  Art. 860.066.96",  # an article's number: its label is nearer than "desk"
    "HP laptop serial 0812 3456 7890",  # "HP" is a phone word only after "nomor" or "no."
    "Order 0012 3456 7890 shipped",  # "00" and no country's valid number
    # A stock list's bin and stock codes, right after their label.
    "Stock code 617-61-8139, bin 0152 404 2326; quantity on hand 1,204.",
    # The words for "number" alone name an order's or a room's number as often as a phone's.
    "订单号码 20261203 已发货",
    "주문번호 202612031234",
    "номер заказа 45678912",
    "发票号12345678，金额 3000 元",
    "ID12345678",
    # A ledger's or a pension plan's code, a charity's registration (issue 12, look-alikes).
    "matches contributions via the Aviva scheme (plan code 0226.921.079).",
    "every call answered. Strategic plan 2026-2030, pillar 2",  # two years: a period (issue 12)
    "call volume for the 2019 / 2020 season",
    "SN 04180439",  # a serial's eight digits: too short for a mobile with its trunk prefix
    "GTIN 05232426381738  LOT MV16214",  # a trade item's code
    "0212345678",  # ten bare digits of a landline's range (Paris): no phone word, no mobile
    "Scores: 1 2 3 4 5 6 7 8 9 10",  # digits one by one that are no valid number
    "ticket 0123 456 789 closed",  # a reference's groups, whatever its first digit
    "Spare parts: 0119.743.450/Y gasket",  # a part number's dotted groups
    "ISBN 978-0-306-40615-7",
    "invoice 2024-03-15, total 1 250 000",
    "order 0612 3456 78",  # a reference label before it
    "account 0612 3456 78",  # another identifier's label nearest
    "SSN 078-05-1120",
    "card 4111 1111 1111 1111",
    "415-555-0132",  # a US shape: the US recognizer's
    "12 34 56 78",  # no country writes it so
    "phone 314 261 4521, paid with 3725 151071 34824",  # the phone word was the other number's; a card
    "phone on file, card 30526174754927",  # a card number (Luhn) after a phone word
    "invoice SKU 492935040854; donor phone on file",
    # A lottery draw's numbers, paired like a French phone
    "EuroMillions: 02 15 23 41 44, stars 03 11",
    "Tirage du Loto : 06 12 27 33 45",
    # digits counting up: a font specimen's sample
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 &!?%\nOpenType: liga",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("PHONE_NUMBER", value)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


# (Italian mobiles share the US shape "312 345 6789": phone_number reads those.)
@pytest.mark.parametrize("region", ["GB", "FR", "DE", "CH", "ES", "NL", "IL", "JP", "CN", "KR", "IN", "BR", "RU"])
def test_every_example_number_in_national_notation(find, region: str) -> None:
    """libphonenumber's own example mobile and landline of each country, written as that country writes it."""
    for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
        number = phonenumbers.format_number(
            phonenumbers.example_number_for_type(region, kind), PhoneNumberFormat.NATIONAL
        )
        # (France's example landline counts up, "01 23 45 67 89": such a sample is a phone only after a phone word)
        cue = "phone" if counting_run(number) else "number"
        assert [v for _, v, _ in find(f"{cue} {number}")] == [number], (region, kind)
