"""PersonDeviceNameRecognizer, called directly (Presidio style): the owner's name in a device's name, as lease
tables and device lists print it; never a brand, a room, a role or a form's label. All names are invented."""

from __future__ import annotations

import pytest

RECOGNIZER = "person_device_name"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("10.0.0.228\tFC:65:DE:12:93:97\tZainab-Galaxy-S23\t2h22m", "Zainab"),
        ("DHCPACK(br0) 192.168.1.103 18:b4:30:be:e3:51 Harishs-laptop", "Harish"),  # the possessive glued on
        ('   "name": "LaToya\'s tablet",', "LaToya"),
        ("10.0.0.91\ta4:83:e7:81:0c:a4\tYelena-Pixel-7\t9h12m", "Yelena"),
        ("Seen on: Kieran's iPhone", "Kieran"),
        ("18:b4:30:be:e3:51 Seo-yeons-laptop", "Seo-yeon"),
        ("James-laptop joined the network", "James"),  # a given name that ends in "s"
        ("192.168.178.242\t00:1a:11:c8:fd:b1\tKindle-von-Cătălin\t23h02m", "Cătălin"),  # a German router's name
    ],
)
def test_finds_the_owner(find, text: str, name: str) -> None:  # noqa: ANN001
    assert [(e, v) for e, v, _ in find(text)] == [("PERSON", name)]


@pytest.mark.parametrize(
    "text",
    [
        "Samsung Galaxy S23 for sale",
        "Office PC and Kitchen Echo",
        "the Guest tablet in reception",
        "Living Room TV",
        "Kids-tablet",
        "Carer phone: 203.214.1341",  # a form's label
        "Bayside PCYC",  # a club, not a PC
        "Fleetwood Mac played on",  # no device
        "- Refactor phone-number normaliser edge case",  # a compound word after a verb, not a device
    ],
)
def test_no_owner(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
