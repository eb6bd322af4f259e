"""Names, towns and ages down a table's column: a cell of a name's shape under others the recognizers found to be
names (or towns) is one too; so is a number (up to the oldest age) under others found to be ages.

A pasted roster's "Name" column or a tip's table of people and their towns holds values in whatever script and
spelling the reporter typed: some a recognizer knows ("Shali", "Мадина Идрисова"), some none does ("Гудермес", a
village's local name). Once two cells of one column are found, or one in a column of no more than four, the column is
a column of that type: its other cells of the type's shape are of it too. The shape is a few words of letters, no
digit and no sign of a code or an address; a cell the form-label table knows ("Town", "Name") is a header, and the
first cell of a column (a header or the first row) is never added.
"""

from __future__ import annotations

import re

from pii_pipeline_recognizers._form_labels import NO_VALUE, label_type
from pii_pipeline_recognizers._orgs import not_a_person
from pii_pipeline_recognizers.age import ADULT, OLDEST

from pii_pipeline.types import Span

from .table_columns import SMALL_COLUMN, TableColumns

COLUMN_SCORE = 0.6
# type: (most words in a cell, the reason a finding gives)
COLUMN_TYPES = {
    "PERSON": (4, "in a table's column of names"),
    "LOCATION": (3, "in a table's column of towns"),
}
AGE_REASON = "in a table's column of ages"
_AGES = frozenset({"AGE", "MINOR_AGE"})
MIN_FOUND = 2
SHARE = 4  # at least one cell in this many found: two guesses in a long column of products make it no roster
# Letters (any script), blanks, hyphens, apostrophes and dots between; a letter at both ends.
_SHAPE = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .'’\-])*[^\W\d_.]|[^\W\d_]{2,}")
_NOTHING = NO_VALUE | {"other"}


def _shaped(value: str, most_words: int) -> bool:
    return (
        len(value) <= 40
        and _SHAPE.fullmatch(value) is not None
        and len(value.split()) <= most_words
        and value.casefold() not in _NOTHING
        and label_type(value) is None
    )


def _hit(a: int, b: int, found: list[Span]) -> bool:
    """Whether a finding inside the cell text[a:b] covers most of it (a name, not a word of a longer phrase)."""
    return any(a <= s.start and s.end <= b and 2 * (s.end - s.start) >= b - a for s in found)


def _age_cell(value: str) -> str | None:
    """The type of a cell of an age column ("15": MINOR_AGE, "34": AGE), None for anything else."""
    if not value.isdigit() or len(value) > 3 or not 0 < int(value) <= OLDEST:
        return None
    return "MINOR_AGE" if int(value) < ADULT else "AGE"


def names_down_columns(
    text: str, spans: list[Span], entities: frozenset[str], columns: TableColumns | None = None
) -> list[Span]:
    """`spans` and a finding for each cell of a name's (or town's, or age's) shape in a column of cells found to be
    such (`columns`: the text's, if already split)."""
    present = {s.entity_type for s in spans}
    wanted = [t for t in COLUMN_TYPES if t in entities and t in present]
    ages = bool(present & _AGES) and bool(entities & _AGES)
    if not (wanted or ages) or "\n" not in text:
        return spans
    columns = (columns or TableColumns(text)).cells
    taken = [(s.start, s.end) for s in spans]
    added: list[Span] = []
    for entity in [*wanted, *(["AGE"] if ages else [])]:
        kinds = _AGES if entity == "AGE" else {entity}
        found = [s for s in spans if s.entity_type in kinds]
        for cells in columns:
            body = [(a, b) for a, b in cells[1:] if b > a]
            hits = [(a, b) for a, b in body if _hit(a, b, found)]
            if not hits or (len(hits) < MIN_FOUND and len(body) > SMALL_COLUMN) or len(hits) * SHARE < len(body):
                continue
            for a, b in body:
                if (a, b) in hits or any(fs < b and a < fe for fs, fe in taken):
                    continue
                kind = _age_cell(text[a:b]) if entity == "AGE" else entity
                if entity == "AGE":
                    if kind is None or kind not in entities:
                        continue
                    reason = AGE_REASON
                else:
                    most_words, reason = COLUMN_TYPES[entity]
                    if not _shaped(text[a:b], most_words):
                        continue
                    if entity == "PERSON" and " " in text[a:b].strip() and not_a_person(text, a, b):
                        continue  # "Bevin Court" under estates found by a name in one of them (a word alone is a
                        # surname as often as a brand: "CAMPBELL")
                added.append(Span(kind, a, b, COLUMN_SCORE, "NameColumn", reason))
                taken.append((a, b))
    return spans + added if added else spans
