"""People in an HL7 v2 message (a hospital's admission, referral or result message pasted into a report): the
patient's name, birth date, address and phones in the PID segment, and a next of kin's in NK1. Fields are split by
"|" and components by "^" (HL7 v2.x): PID-5 name, PID-7 birth date (YYYYMMDD), PID-11 address (street ^ other ^
city ^ state ^ postcode), PID-13 and PID-14 phones; NK1-2 name, NK1-4 address, NK1-5 phone. Identifiers in PID-3
are left to the identifier recognizers (a medical record number is no one's government number).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import HAS_DIGIT, HAS_LETTER, FoundSpansRecognizer

_SEGMENT = re.compile(r"^(?P<seg>PID|NK1)\|.*$", re.MULTILINE)
_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{2,6})?")
# (segment, field number) -> what the field holds; components of an address are read one by one.
_FIELDS = {
    ("PID", 5): "PERSON",
    ("PID", 7): "DATE_OF_BIRTH",
    ("PID", 11): "ADDRESS",
    ("PID", 13): "PHONE_NUMBER",
    ("PID", 14): "PHONE_NUMBER",
    ("NK1", 2): "PERSON",
    ("NK1", 4): "ADDRESS",
    ("NK1", 5): "PHONE_NUMBER",
}


def _fields(line: str, offset: int) -> Iterator[tuple[int, int, int]]:
    """(field number, start, end) of each field of a segment's line; the segment's name is field 0."""
    pos = 0
    for number, value in enumerate(line.split("|")):
        yield number, offset + pos, offset + pos + len(value)
        pos += len(value) + 1


def _components(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for part in text[start:end].split("^"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


def segment_values(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity, start, end) of the personal fields of each PID and NK1 segment."""
    for m in _SEGMENT.finditer(text):
        seg = m.group("seg")
        for number, start, end in _fields(m.group(), m.start()):
            kind = _FIELDS.get((seg, number))
            if kind is None or start == end:
                continue
            # A repeated field ("~") is read as one value: its first repetition.
            end = min(end, text.find("~", start, end) if "~" in text[start:end] else end)
            parts = _components(text, start, end)
            if kind == "PERSON":
                named = [(a, b) for a, b in parts[:3] if HAS_LETTER.search(text, a, b)]
                if named:
                    yield "PERSON", named[0][0], named[-1][1]  # "FAMILY^GIVEN^MIDDLE" as one name
            elif kind == "DATE_OF_BIRTH":
                a, b = parts[0]
                if _DATE.fullmatch(text, a, b):
                    yield "DATE_OF_BIRTH", a, b
            elif kind == "PHONE_NUMBER":
                a, b = parts[0]
                if sum(c.isdigit() for c in text[a:b]) >= 6:
                    yield "PHONE_NUMBER", a, b
            else:  # street ^ other ^ city ^ state ^ postcode
                street = [(a, b) for a, b in parts[:2] if a < b]
                if street and HAS_DIGIT.search(text, street[0][0], street[-1][1]):
                    yield "STREET_ADDRESS", street[0][0], street[-1][1]
                if len(parts) > 2 and HAS_LETTER.search(text, *parts[2]):
                    yield "LOCATION", *parts[2]


class Hl7SegmentRecognizer(FoundSpansRecognizer):
    ENTITY = "PERSON"
    SUPPORTED_ENTITIES = ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "LOCATION", "PHONE_NUMBER"]
    TYPED_BY_PATTERN = True  # each span is yielded under its field's type
    SCORE = 0.9
    SCREEN = needs(substrings=["pid|", "nk1|"])

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        return segment_values(text)
