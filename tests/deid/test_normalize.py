from __future__ import annotations

import pytest

from pii_pipeline.deid.normalize_values import normalize


@pytest.mark.parametrize(
    ("entity", "variants", "canonical"),
    [
        ("US_SSN", ["078-05-1120", "078 05 1120", "078051120", " 078.05.1120 ", "78051120"], "078051120"),
        ("US_ITIN", ["912-70-1234", "912701234"], "912701234"),
        ("CREDIT_CARD", ["4111 1111 1111 1111", "4111-1111-1111-1111"], "4111111111111111"),
        ("ABA_ROUTING_NUMBER", ["0110-0001-5", "011000015", "11000015"], "011000015"),
        (
            "EMAIL_ADDRESS",
            ["Jane.Doe@Example.ORG", " jane.doe@example.org\t", "mailto:jane.doe@example.org"],
            "jane.doe@example.org",
        ),
        (
            "PHONE_NUMBER",
            ["(415) 555-0100", "415.555.0100", "+1 415 555 0100", "1-415-555-0100", "4155550100"],
            "+14155550100",
        ),
        ("PHONE_NUMBER", ["+44 20 7946 0958", "+442079460958"], "+442079460958"),
        ("USERNAME", ["@JaneDoe", "janedoe", " @janedoe "], "janedoe"),
        ("IP_ADDRESS", ["192.168.001.1 ".replace("001", "1"), "192.168.1.1"], "192.168.1.1"),
        ("IP_ADDRESS", ["2001:DB8:0:0:0:0:0:1", "2001:db8::1"], "2001:db8::1"),
        ("MAC_ADDRESS", ["00-1A-2B-3C-4D-5E", "001a.2b3c.4d5e", "00:1a:2b:3c:4d:5e"], "00:1a:2b:3c:4d:5e"),
        ("PERSON", ["Jane  Doe", " jane doe", "JANE\tDOE"], "jane doe"),
        ("DEVICE_ID", ["35-209900-176148-1", "352099001761481"], "352099001761481"),
        ("US_PASSPORT", ["X1234 5678", "x12345678"], "x12345678"),
    ],
)
def test_formatting_variants_normalise_alike(entity: str, variants: list[str], canonical: str) -> None:
    assert {normalize(entity, v) for v in variants} == {canonical}


@pytest.mark.parametrize("entity", ["US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "MAC_ADDRESS"])
def test_unparseable_values_do_not_collapse_to_one(entity: str) -> None:
    # "N/A" and "unknown" must not become the same empty string (and so the same token).
    assert normalize(entity, "N/A") != normalize(entity, "unknown")
    assert normalize(entity, "N/A")
