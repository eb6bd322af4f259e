"""DEVICE_ID (IMEI, advertising IDs), called directly (Presidio style): a device word makes a UUID or 15 Luhn-valid
digits a device identifier; alone they are request, order or account numbers."""

from __future__ import annotations

import pytest

RECOGNIZER = "device_id"

POSITIVES = [
    # (text, value, score range)
    # an advertising ID's short label; a games console's or a phone maker's serial ("S/N"), digits only too
    ("user vikram2015, adid bfdf8efa-6634-4b84-856d-3d7883bfe4a0", "bfdf8efa-6634-4b84-856d-3d7883bfe4a0", (0.75, 1.0)),
    ("Device on last session: Samsung S/N R58K40PWQ83", "R58K40PWQ83", (0.8, 0.9)),
    ("Device on last session: console serial 156399879995", "156399879995", (0.8, 0.9)),
    # a code its kind follows in brackets, or after "on device"
    ("Last login from 185.254.61.22 on device R58DH6R5YXTJ (serial no.)", "R58DH6R5YXTJ", (0.8, 0.9)),
    ("Last login on device XBX6521234101 (console serial)", "XBX6521234101", (0.8, 0.9)),
    ("Last login from 10.1.2.3 on device F2LU4X43C6WC, then logged out", "F2LU4X43C6WC", (0.8, 0.9)),
    ('    "last_ip": "92.180.213.66",\n    "device_id": "C027VRXQCT7Z",', "C027VRXQCT7Z", (0.8, 0.9)),
    ("His tablet's serial is DMPMB7SEFB2K if that helps.", "DMPMB7SEFB2K", (0.8, 0.9)),
    # a device's own "Serial" after its name on the line, or heading its row
    ("Router (CPE) MAC: F0:18:98:C7:45:6E   Serial: R90PJTCADTZ", "R90PJTCADTZ", (0.8, 0.9)),
    ("| Console serial | R37R17D9ZZG | NSK973380766 |", "R37R17D9ZZG", (0.8, 0.9)),
    ("His phone IMEI 49-015420-323751-8", "49-015420-323751-8", (0.85, 0.95)),
    ("advertising ID 41486063-998b-4e58-8494-3a89953d4300", "41486063-998b-4e58-8494-3a89953d4300", (0.75, 0.85)),
    ("IDFA: 6d92078a-8246-4ba4-ae5b-76104861e7dc", "6d92078a-8246-4ba4-ae5b-76104861e7dc", (0.75, 0.85)),
    ("device 490154203237518", "490154203237518", (0.85, 0.95)),
    # A device column's cells, whatever their shape; a push token by its own; a device's label
    ("ip            Serial no       vendor\n10.0.0.6      C02XK1JHJG5J    Acme", "C02XK1JHJG5J", (0.85, 0.85)),
    ("user_id,platform,push_token\n19601,ios,ea29a71c7c8c1fa1228d796e0ca308c0c17c7f653148edd4ef25c4eee08f1387",
     "ea29a71c7c8c1fa1228d796e0ca308c0c17c7f653148edd4ef25c4eee08f1387", (0.85, 0.85)),
    ("token sotLzaSU01-buYLXBAeccv:APA91bAM2oC-ke7uLNa4vNpswnbXXD5g5pmfVcTZFiiAsD registered",
     "sotLzaSU01-buYLXBAeccv:APA91bAM2oC-ke7uLNa4vNpswnbXXD5g5pmfVcTZFiiAsD", (0.85, 0.85)),
    ("Hardware Model: iPhone14,5\nDevice UDID: F3E65B42-402A5921B4BC99C4", "F3E65B42-402A5921B4BC99C4", (0.85, 0.85)),
    # A SIM's columns; a maker's serial with two or three digits only; a list of an account's devices
    ("assigned_user\timsi\nKhalid N\t272018320356788", "272018320356788", (0.85, 0.85)),
    ("account,toy_serial,clips\nabc,TB27-SJRIFZ7F,56", "TB27-SJRIFZ7F", (0.85, 0.85)),
    ("IPs: -\nDevices: 13706ac3-9aea-499f-bbf2-ee670981c70e", "13706ac3-9aea-499f-bbf2-ee670981c70e", (0.85, 0.85)),
]  # fmt: skip
NEGATIVES = [
    # A DNS zone's records under its SOA's "; serial" comment: addresses, ip_address.py's
    "$TTL 3600\n@\tIN\tSOA\tns1.example.org. hostmaster.example.org. (\n\t\t2024071605 ; serial\n\t\t7200 ; refresh\n"
    "\t\t300 )\n@\tIN\tNS\tns1.example.org.\nwww\tIN\tA\t192.0.2.14\nwww\tIN\tAAAA\t2001:db8:12::7e\n"
    "vpn\tIN\tA\t198.51.100.9\n",
    "Asset register: LAPTOP-0441 (ThinkPad T14, serial PF3A9KXQ)",  # the organisation's own equipment
    "request id 123e4567-e89b-12d3-a456-426614174000",
    "trace 6d92078a-8246-4ba4-ae5b-76104861e7dc in the log",
    "ref 490154203237518",
    "total 490154203237518",
    "IMEI 490154203237519",  # fails the Luhn check
    # A form's dummy values: one digit repeated, digits counting up
    "The IMEI field must be 15 digits; test value 000000000000000 is rejected.",
    "Device serial number 1234567890123456 is printed on the label",
    "device_id;model\n000000000000000;X1",  # a dummy value in a device column
    "Part no | Serial\nA-1 | n/a",  # a cell without digits
    "the report ran on device 12345678 (ticket) and on device cluster-a",  # digits only, letters only
    '"device_id": "web-client", "serial": "n/a"',
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("DEVICE_ID", value)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A photo's EXIF tag without a colon; an IMEI printed 2-6-6-1 with spaces
        ("Make samsung, Model CPH2205, BodySerialNumber BRPV87113500\n    GPS", "BRPV87113500"),
        ("Make Google, Model iPhone 12, BodySerialNumber 33035/SF0JDPN6", "33035/SF0JDPN6"),
        ("-> device IMEI 35 250939 685924 5", "35 250939 685924 5"),
    ],
)
def test_finds_exif_serials_and_spaced_imeis(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


def test_fifteen_spaced_digits_without_a_device_word_are_not_an_imei(find) -> None:  # noqa: ANN001
    assert find("Invoice 12 345678 901234 5 total") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A SIM's ICCID (telecom's "89", Luhn) with or without its word, its IMSI after the label; a handset's serial;
        # an Android ID under its key; an IMEI printed 8-6-1
        ("  ICCID 8914449318802386929   IMSI 311480668208990", "8914449318802386929"),
        ("2024-07-15  PORT_OUT_REQ  WEB       new 8944558478913619974", "8944558478913619974"),
        ("  ICCID 8914449318802386929   IMSI 311480668208990", "311480668208990"),
        ("Handset: Galaxy S23, IMEI 014606189034448, serial FK1BTHJC6BTM", "FK1BTHJC6BTM"),
        ('{"idfa": "baf077f5-effc-4efd-802e-0d7006267a58", "android_id": "95f9abb71d7be788"}', "95f9abb71d7be788"),
        ("imei\t35656697 638197 0\nimsi\t621200717185869", "35656697 638197 0"),
    ],
)
def test_finds_sim_and_handset_identifiers(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


def test_an_89_number_that_fails_luhn_is_no_iccid(find) -> None:  # noqa: ANN001
    assert find("Order 8912345678901234567 shipped.") == []


def test_a_lab_instruments_serial_is_no_ones_device(find) -> None:  # noqa: ANN001
    assert find("Torque wrench\nManufacturer: Fluke   Model F208   Serial JQ2822375\nAsset tag: LAB-98348") == []


def test_a_records_snake_case_key_names_the_identifier(find) -> None:  # noqa: ANN001
    """'"advertising_id": "…"' reads as the label "advertising id" would (the label scan reads "_" as a blank)."""
    uuid = "38400000-8cf0-11bd-b23e-10b96e40000d"
    assert [v for _, v, _ in find(f'{{"advertising_id": "{uuid}"}}')] == [uuid]
    assert find(f'{{"request_id": "{uuid}"}}') == []
