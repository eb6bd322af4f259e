"""Names in the rows of pasted tables, read from what the rest of the row holds.

A table whose headers no label list reads ("NOMBRE | NSS", "IMIĘ I NAZWISKO | PESEL") still says whose row it is:
a cell of two or three capitalised words that are no English words, beside a cell another recognizer found to be a
person's identifier (an SSN, a national ID, an IBAN, a phone number ...), is that person's name. The recognizers see
one text at a time and not each other's findings, so this runs in the detector, after them.
"""

from __future__ import annotations

from pii_pipeline_recognizers._form_labels import label_type
from pii_pipeline_recognizers._orgs import not_a_person_here
from pii_pipeline_recognizers._places import known_place_loose
from pii_pipeline_recognizers._tables import name_cells

from pii_pipeline.types import Span

# Values that belong to one person: the row they sit in is about that person.
PERSONAL_IDENTIFIERS = frozenset(
    {
        "US_SSN", "NATIONAL_ID", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "IBAN_CODE", "CREDIT_CARD",
        "US_BANK_NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "IP_ADDRESS", "VEHICLE_PLATE",
    }
)  # fmt: skip
ROW_NAME_SCORE = 0.7
ROW_NAME_REASON = "beside a personal identifier in its table row"
_CELL_MARKS = ("|", "\t", ";")


def names_beside_identifiers(text: str, spans: list[Span]) -> list[Span]:
    """`spans` and a PERSON span for each name cell of a table row that holds a personal identifier and no name."""
    if not any(mark in text for mark in _CELL_MARKS):
        return spans
    identifiers = [s for s in spans if s.entity_type in PERSONAL_IDENTIFIERS]
    if not identifiers:
        return spans
    extra: list[Span] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if any(mark in line for mark in _CELL_MARKS) and any(
            line_start <= s.start and s.end <= line_end for s in identifiers
        ):
            for start, end in name_cells(text, line_start, line_end):
                if any(s.start < end and start < s.end for s in spans):
                    continue  # found already, as a name or as anything else
                cell = text[start:end]
                if label_type(cell) is not None or known_place_loose(cell) or not_a_person_here(text, start, end):
                    continue  # a header's label, a town, a firm
                extra.append(Span("PERSON", start, end, ROW_NAME_SCORE, "NameBesideIdentifiers", ROW_NAME_REASON))
        line_start = line_end + 1
    return spans + extra
