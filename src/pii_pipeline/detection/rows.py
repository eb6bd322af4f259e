"""Names, national IDs and towns in the rows of pasted tables, read from what the rest of the row holds.

A table whose headers no label list reads ("NOMBRE | NSS", "IMIĘ I NAZWISKO | PESEL") still says whose row it is:

- a cell of two or three capitalised words that are no English words, beside a cell another recognizer found to be
  a person's identifier (an SSN, a national ID, an IBAN, a phone number ...), is that person's name;
- a number that passes a national ID's check but has no word naming it (a national-ID recognizer scored it below
  the threshold), alone in its cell, in a row that names a person, is that person's ID ("no context word");
- a cell that is wholly a town a gazetteer knows, in a row about a person, is where that person is.

The recognizers see one text at a time and not each other's findings, so this runs in the detector, after them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pii_pipeline_recognizers._form_labels import label_type
from pii_pipeline_recognizers._orgs import not_a_person_here
from pii_pipeline_recognizers._places import AMBIGUOUS_TOWNS, countries, known_place_loose
from pii_pipeline_recognizers._recognizer_helpers import table_ranges
from pii_pipeline_recognizers._tables import CELL_MARKS, name_cells, row_cells
from pii_pipeline_recognizers.location import not_a_name

from pii_pipeline.types import Span

from .protocol import NO_CONTEXT_REASON

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
ROW_ID_SCORE = 0.6  # as a well-formed identifier's with no context word elsewhere
ROW_NAME_REASON = "beside a personal identifier in its table row"
ROW_TOWN_REASON = "a town in a table row about a person"
ROW_TOWN_MIN_POPULATION = 50_000  # a town's name alone in a cell: one a reader would know, not a word's namesake
_ALL = frozenset({"PERSON", "NATIONAL_ID", "LOCATION"})
# A column's header that names the organisation's own key for a record ("constituent_id", "Donor No", "row ref"): a
# number under it is that record's, whatever national check it passes (not "holder_id", "id_number").
_RECORD_KEY_HEADER = re.compile(
    r"(?i)[ \t\"']*(?:constituent|donor|supporter|contact|customer|client|member(?:ship)?|account|order|ticket|case|"
    r"record|row|gift|donation|transaction|household|volunteer|crm|employee|staff|invoice|booking)"
    r"[ _\-]?(?:id|key|ref|no\.?|nr|number|#)[ \t\"']*$"
)


def read_rows(
    text: str, spans: list[Span], weak_ids: Sequence[Span] = (), entities: frozenset[str] | None = None
) -> list[Span]:
    """`spans` and what the rows of a pasted table add to them (see the module's docstring): `weak_ids` are the
    national-ID recognizers' check-valid values scored below the threshold; only types among `entities` (all when
    None) are added."""
    if not (spans or weak_ids) or ("|" not in text and "\t" not in text and ";" not in text and "," not in text):
        return spans  # (no generator over CELL_MARKS here: this runs on every cell of every table)
    extra: list[Span] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if any(mark in line for mark in CELL_MARKS) or ("," in line and "\n" in text):
            extra += _row(text, line_start, line_end, spans + extra, weak_ids, entities or _ALL)
        line_start = line_end + 1
    return spans + extra


def _row(  # noqa: PLR0913
    text: str, line_start: int, line_end: int, spans: list[Span], weak_ids: Sequence[Span], entities: frozenset[str]
) -> list[Span]:
    inside = [s for s in spans if line_start <= s.start and s.end <= line_end]
    cells = list(row_cells(text, line_start, line_end))
    names = [
        (a, b) for a, b in name_cells(text, line_start, line_end) if _unfound(a, b, inside) and _a_name(text, a, b)
    ]
    extra: list[Span] = []
    if "NATIONAL_ID" in entities and (names or any(s.entity_type == "PERSON" for s in inside)):
        for s in weak_ids:
            if (s.start, s.end) in cells and _unfound(s.start, s.end, inside + extra) and not _record_key(text, s):
                extra.append(Span("NATIONAL_ID", s.start, s.end, ROW_ID_SCORE, s.recognizer, NO_CONTEXT_REASON))
    if "PERSON" in entities and any(s.entity_type in PERSONAL_IDENTIFIERS for s in inside + extra):
        extra += [Span("PERSON", a, b, ROW_NAME_SCORE, "NameBesideIdentifiers", ROW_NAME_REASON) for a, b in names]
    if "LOCATION" in entities and any(s.entity_type in _ABOUT_A_PERSON for s in inside + extra):
        for start, end in cells:
            if _unfound(start, end, inside + extra) and _a_town(text[start:end]):
                extra.append(Span("LOCATION", start, end, ROW_NAME_SCORE, "TownInPersonRow", ROW_TOWN_REASON))
    return extra


def _record_key(text: str, span: Span) -> bool:
    """Whether the value's column header names a record's own key ("constituent_id" over "8240348")."""
    ranges = table_ranges(text, span.start)
    return bool(ranges) and len(ranges) > 1 and _RECORD_KEY_HEADER.match(text, *ranges[0]) is not None


def _unfound(start: int, end: int, spans: list[Span]) -> bool:
    return not any(s.start < end and start < s.end for s in spans)


def _a_name(text: str, start: int, end: int) -> bool:
    """A name cell that is no header's label, no town and no firm."""
    cell = text[start:end]
    return label_type(cell) is None and not known_place_loose(cell) and not not_a_person_here(text, start, end)


def _a_town(cell: str) -> bool:
    """A known town's name, no country, no word or name as well ("READING", "JORDAN"), no label."""
    folded = cell.casefold()
    if not cell[:1].isupper() or folded in countries() or folded in AMBIGUOUS_TOWNS or not not_a_name(cell):
        return False
    return known_place_loose(cell) >= ROW_TOWN_MIN_POPULATION and label_type(cell) is None
