"""Whole-column shapes and checksums, computed over arrays."""

from __future__ import annotations

import pyarrow as pa
import pytest

from pii_pipeline.detection.shapes import aba_valid, full_match, luhn_valid, screen, type_cells


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("4111 1111 1111 1111", True),
        ("4111-1111-1111-1112", False),
        ("378282246310005", True),  # Amex, 15 digits
        ("6011111111111117", True),
        ("4222222222222", True),  # 13 digits
        ("490154203237518", True),  # an IMEI
        ("490154203237519", False),
        ("", False),
        (None, False),
    ],
)
def test_luhn(value, valid) -> None:
    assert luhn_valid(pa.array([value], pa.string())).to_pylist() == [valid]


def test_luhn_on_mixed_lengths_in_one_array() -> None:
    values = ["4111111111111111", "378282246310005", "4222222222222", "12345", None, "6011111111111117"]
    assert luhn_valid(pa.array(values)).to_pylist() == [True, True, True, False, False, True]


@pytest.mark.parametrize(
    ("value", "valid"), [("011000015", True), ("021000021", True), ("011000016", False), ("0110000", False)]
)
def test_aba(value, valid) -> None:
    assert aba_valid(pa.array([value])).to_pylist() == [valid]


@pytest.mark.parametrize(
    ("entity", "yes", "no"),
    [
        ("EMAIL_ADDRESS", ["Maria.Lopez@Example.org", " a_b@c.co "], ["maria at example dot org", "@handle"]),
        ("US_SSN", ["078-05-1120", "078 05 1120", "078051120"], ["000-12-3456", "666-12-3456", "912-34-5678"]),
        ("US_ITIN", ["912-70-1234", "900 50 1234"], ["912-40-1234", "078-05-1120"]),
        ("PHONE_NUMBER", ["(415) 555-0134", "415.555.0134", "+1 415 555 0134", "4155550134"], ["555-0134"]),
        ("CREDIT_CARD", ["4111 1111 1111 1111", "4111-1111-1111-1111"], ["4111 1111 1111 1112", "1234"]),
        ("IP_ADDRESS", ["192.168.10.4", "2001:db8::8a2e:370:7334"], ["999.1.1.1", "1.2.3"]),
        ("MAC_ADDRESS", ["00:1A:2b:3C:4d:5E", "00-1a-2b-3c-4d-5e"], ["00:1A:2b:3C:4d"]),
        ("DEVICE_ID", ["490154203237518", "6F9619FF-8B86-D011-B42D-00C04FC964FF"], ["490154203237519"]),
        ("ABA_ROUTING_NUMBER", ["011000015"], ["011000016"]),
        ("GEO_COORDINATES", ["37.7749, -122.4194", "-33.8688,151.2093"], ["37, -122", "2026.01"]),
    ],
)
def test_full_shapes(entity, yes, no) -> None:
    assert full_match(pa.array(yes), entity).to_pylist() == [True] * len(yes)
    assert full_match(pa.array(no), entity).to_pylist() == [False] * len(no)


def test_cells_of_a_mixed_contact_column_are_typed_each() -> None:
    contact = pa.array(["(415) 555-0134", "rosa.delgado@example.com", "415-555-0199", "Ask for Rosa"])
    types = type_cells(contact, ["PHONE_NUMBER", "EMAIL_ADDRESS"]).to_pylist()
    assert types == ["PHONE_NUMBER", "EMAIL_ADDRESS", "PHONE_NUMBER", "PHONE_NUMBER"]


def test_stray_email_in_a_phone_column_is_named_an_email() -> None:
    types = type_cells(pa.array(["415-555-0134", "oops@example.org"]), ["PHONE_NUMBER"]).to_pylist()
    assert types == ["PHONE_NUMBER", "EMAIL_ADDRESS"]


def test_screen_picks_candidates_and_leaves_lookalike_ids() -> None:
    cells = ["G-48213-XK", "Riverside Runners", "Spring gala", "call 415-555-0134", "a.b@example.org", "v2.3.1"]
    assert screen(pa.array(cells)).to_pylist() == [False, False, False, True, True, False]
