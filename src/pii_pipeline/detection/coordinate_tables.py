"""Coordinates in a reference table: a list of lights, wind turbines, boreholes or stations gives each one's
position, and names no one.

Three coordinates or more in a text that holds no other personal finding (a name, a phone, an address, a handle, a
device, an account …) are such a table's, and are dropped. One or two stay: a tip's "they meet at 51.5074,
-0.1278" is where a child goes. A location history is a device's or a person's, and its other findings keep it.
"""

from __future__ import annotations

from pii_pipeline.types import Span

_TABLE = 3
_MIN_SCORE = 0.6  # a guess alone does not make a text personal
# What makes a text one about someone (not a town or a country: a reference table names places too).
_PERSONAL = frozenset(
    {
        "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "DATE_OF_BIRTH", "USERNAME", "AGE", "MINOR_AGE",
        "DEVICE_ID", "IP_ADDRESS", "MAC_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_BANK_NUMBER", "US_SSN", "US_ITIN",
        "US_PASSPORT", "US_DRIVER_LICENSE", "NATIONAL_ID", "URL", "VEHICLE_PLATE", "CREDENTIAL", "MEDICAL_CONDITION",
        "CRIMINAL_HISTORY",
    }
)  # fmt: skip


def drop_coordinate_tables(spans: list[Span]) -> list[Span]:
    """`spans` without their coordinates, if there are three or more and nothing else personal."""
    coordinates = [s for s in spans if s.entity_type == "GEO_COORDINATES"]
    if len(coordinates) < _TABLE:
        return spans
    if any(s.entity_type in _PERSONAL and s.score >= _MIN_SCORE for s in spans):
        return spans
    return [s for s in spans if s.entity_type != "GEO_COORDINATES"]
