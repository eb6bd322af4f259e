"""PHONE_NUMBER (US and "+" international shapes, context for the rest), called directly (Presidio style)."""

from __future__ import annotations

import pytest

RECOGNIZER = "phone_number"

POSITIVES = [
    # (text, value, score range)
    ("(415) 555-0132", "(415) 555-0132", (0.7, 0.8)),
    # a CSV's next cell after the comma is no decimal part
    ("Diego,d@x.com,+1-219-572-4593,8296 Tallow Creek Dr", "+1-219-572-4593", (0.6, 1.0)),
    ("call 415-555-0132 ext. 204", "415-555-0132 ext. 204", (0.9, 1.0)),
    ("+1 (415) 555-0132", "+1 (415) 555-0132", (0.7, 0.8)),
    ("+44 20 7946 0958", "+44 20 7946 0958", (0.6, 0.7)),
    ("my international one is415-555-0132", "415-555-0132", (0.55, 0.65)),  # glued to the word before
    ("my international one is 91-415-555-0132", "91-415-555-0132", (0.55, 0.65)),  # country code, no plus
    ("my num is 4155550132", "4155550132", (0.75, 0.85)),
    ("ring me on 07700 900123", "07700 900123", (0.6, 0.7)),
    ("the number registered to her is 4155550132", "4155550132", (0.75, 0.85)),  # "registered" still a phone word
    ("(201)-367-7655", "(201)-367-7655", (0.7, 0.8)),  # a dash after the area code's bracket
    # Another identifier's label, then its value, then the phone: the label was the other value's
    ("Jodie Dawson SSN 873-12-8221 clear (201) 367-7655", "(201) 367-7655", (0.7, 0.8)),
    # A valid number with its country's code, in a row whose cell before says "invoice": no reference has a "+61"
    ("R10331  Bui  1699  invoice      +61 435 982 599  3808", "+61 435 982 599", (0.6, 0.7)),
    # The country's code in brackets; a closing bracket after the number is no part of it
    ("Телефон покупця: (+380) 50 439 6872", "+380) 50 439 6872", (0.6, 1.0)),
    ("Telegram  yanis__lil  (+33123467304)", "+33123467304", (0.6, 1.0)),
    # A whole CSV cell with its country's code, the next cell's digits after the comma
    ("1,2024-07-17T14:33:38Z,DATA-MT,+8613459043415,0,795", "+8613459043415", (0.6, 0.7)),
    # A subscriber's number after a telecom record's label, with the international "00"
    ("IMSI: 268065905090093\nMSISDN: 00351 912 859 631", "00351 912 859 631", (0.6, 0.7)),
    # The "00" that dials abroad, as a "+": a valid number of the country it names
    ("Allocated social worker: Rhys Ashworth (0044 1777 078139, rhys@x.example)", "0044 1777 078139", (0.6, 0.7)),
    ("Tadhg Twomey (00353 22 21430)", "00353 22 21430", (0.6, 0.7)),
    # A person's label, the name, then the number: the label was the name's
    ("Social worker: Euan Sinclair, 01212091368", "01212091368", (0.55, 0.65)),
    # A number in angle brackets after a name, as a chat's participant is written
    ("Participants: Florian Pichler <0666644626> (device owner)", "0666644626", (0.55, 0.65)),
    ("Participants: Florian Pichler (device owner); Mareike <01518 2639655>", "01518 2639655", (0.6, 0.7)),
]
NEGATIVES = [
    "Notes to editors: the charity is registered under number 2408553.",  # a registration, not a phone
    "released on 2024-03-15 at 10:30",
    "version 10.0.19045.2965 installed",
    "order ORD-2024-118822 shipped",
    "Order 0044123 shipped; ref 00491234567890 is no valid number abroad",
    "Invoice <20240115> and Order <1234567> were filed.",  # a thing's number in angle brackets
    "MSISDN withheld\nOpened 2024-04-26 02:14 by the duty team",  # a date and its hour after a phone's label
    "ISBN 978-0-306-40615-7",
    "ticket 2024-118822",
    "part no. 415-555-0132-A",
    "code AB415-555-0132",  # capitals glued to it: a code, not a typo
    "2024-415-555-0132",
    "4155550132",  # ten bare digits without context
    "invoice +61 000 000 000",  # after a reference's label, a country's code that is no valid number
    "every call answered. Strategic plan 2026-2030, pillar 2",  # two years: a period (issue 12)
    "Phone: 123-456-7890 (example)",  # digits counting up: a form's sample
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    best = max(found, key=lambda f: (len(f[1]), f[2]))
    assert best[:2] == ("PHONE_NUMBER", value)
    assert scores[0] <= best[2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []
