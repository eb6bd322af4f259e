"""Names and towns in the rows of pasted tables, read from what the rest of the row holds.

A table whose headers no label list reads ("NOMBRE | NSS", "IMIĘ I NAZWISKO | PESEL") still says whose row it is:
a cell of two or three capitalised words that are no English words, beside a cell another recognizer found to be a
person's identifier (an SSN, a national ID, an IBAN, a phone number ...), is that person's name; a cell that is
wholly a town a gazetteer knows, in a row about a person, is where that person is. The recognizers see one text at a
time and not each other's findings, so this runs in the detector, after them.
"""

from __future__ import annotations

from pii_pipeline_recognizers._form_labels import label_type
from pii_pipeline_recognizers._orgs import not_a_person_here
from pii_pipeline_recognizers._places import AMBIGUOUS_TOWNS, countries, known_place_loose
from pii_pipeline_recognizers._tables import name_cells, row_cells
from pii_pipeline_recognizers.location import not_a_name

from pii_pipeline.types import Span

# Values that belong to one person: the row they sit in is about that person.
PERSONAL_IDENTIFIERS = frozenset(
    {
        "US_SSN", "NATIONAL_ID", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "IBAN_CODE", "CREDIT_CARD",
        "US_BANK_NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "IP_ADDRESS", "VEHICLE_PLATE",
    }
)  # fmt: skip
# A row about a person: one of the person's identifiers, name or street address (a town's cell needs no more).
_ABOUT_A_PERSON = PERSONAL_IDENTIFIERS | {"PERSON", "STREET_ADDRESS"}
ROW_NAME_SCORE = 0.7
ROW_NAME_REASON = "beside a personal identifier in its table row"
ROW_TOWN_REASON = "a town in a table row about a person"
ROW_TOWN_MIN_POPULATION = 50_000  # a town's name alone in a cell: one a reader would know, not a word's namesake
_CELL_MARKS = ("|", "\t", ";")


def names_beside_identifiers(text: str, spans: list[Span], entities: frozenset[str] | None = None) -> list[Span]:
    """`spans`, a PERSON span for each name cell of a table row that holds a personal identifier and no name, and a
    LOCATION span for each cell that is wholly a known town in a row that holds one, a name or an address (the types
    among `entities`, all when None)."""
    if not any(mark in text for mark in _CELL_MARKS):
        return spans
    if not any(s.entity_type in _ABOUT_A_PERSON for s in spans):
        return spans
    extra: list[Span] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if any(mark in line for mark in _CELL_MARKS):
            extra += _row(text, line_start, line_end, spans + extra, entities)
        line_start = line_end + 1
    return spans + extra


def _row(text: str, line_start: int, line_end: int, spans: list[Span], entities: frozenset[str] | None) -> list[Span]:
    inside = [s for s in spans if line_start <= s.start and s.end <= line_end]
    if not any(s.entity_type in _ABOUT_A_PERSON for s in inside):
        return []
    extra: list[Span] = []
    if (entities is None or "PERSON" in entities) and any(s.entity_type in PERSONAL_IDENTIFIERS for s in inside):
        for start, end in name_cells(text, line_start, line_end):
            if any(s.start < end and start < s.end for s in inside):
                continue  # found already, as a name or as anything else
            cell = text[start:end]
            if label_type(cell) is not None or known_place_loose(cell) or not_a_person_here(text, start, end):
                continue  # a header's label, a town, a firm
            extra.append(Span("PERSON", start, end, ROW_NAME_SCORE, "NameBesideIdentifiers", ROW_NAME_REASON))
    if entities is None or "LOCATION" in entities:
        for start, end in row_cells(text, line_start, line_end):
            cell = text[start:end]
            if any(s.start < end and start < s.end for s in inside + extra) or not cell[:1].isupper():
                continue
            folded = cell.casefold()
            if folded in countries() or folded in AMBIGUOUS_TOWNS or not not_a_name(cell):
                continue  # a country is no place below one; "READING", "JORDAN" are words and names too
            if known_place_loose(cell) >= ROW_TOWN_MIN_POPULATION and label_type(cell) is None:
                extra.append(Span("LOCATION", start, end, ROW_NAME_SCORE, "TownInPersonRow", ROW_TOWN_REASON))
    return extra
