"""Phone numbers down a table's column: a number of a phone's shape under others the recognizers found to be phones.

A contacts export's "Home" column, a call log's "Number" column hold numbers written as the owner typed them: some
with the country's code ("+49 3366 0894", found on its own), some in the national form ("030543140"), which without a
label says nothing by itself. Once two cells of one column are phones, or one in a column of no more than four, the
column is a column of phones: its other cells of a phone's shape are phones too. Only a phone's shape counts (digits
in groups, a leading plus, zero or bracket, seven to fifteen digits): an amount or a date in such a column stays.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pii_pipeline_recognizers._recognizer_helpers import csv_cells, csv_separator

from pii_pipeline.types import Span

COLUMN_PHONE_SCORE = 0.6
COLUMN_PHONE_REASON = "in a table's column of phone numbers"
MIN_FOUND = 2  # phones found in a column before its other cells are read as phones
SMALL_COLUMN = 4  # a column of this many phone-shaped cells or fewer needs one
_PHONE_SHAPE = re.compile(r"(?:\+|00|0|\()[\d][\d \-.()/]{5,}\d")
_BARS = ("|", "\t", ";")


def _line_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Every cell (empty ones too, so a column keeps its index) of the row text[start:end], None off a table."""
    line = text[start:end]
    for bar in _BARS:
        if line.count(bar) >= 2:
            cells, pos = [], start
            for piece in line.split(bar):
                cells.append((pos, pos + len(piece)))
                pos += len(piece) + 1
            return cells
    sep = csv_separator(text, start, end)
    return None if sep is None else csv_cells(text, start, end, sep)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'":
        end -= 1
    return start, end


def _phone_shaped(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    return 7 <= digits <= 15 and _PHONE_SHAPE.fullmatch(value) is not None


# The last text's columns: phones and then names are read down the same text's columns (text.py), once.
_LAST: list = [None, []]


def table_columns(text: str) -> list[list[tuple[int, int]]]:
    """The cells (stripped of blanks and quotes) of each column of the tables in `text`: rows of three cells or more
    apart by bars, tabs, semicolons or a CSV's separator; a line that is no row, or a row of another width, starts a
    new table. Remembered for the last text (the same object)."""
    if _LAST[0] is not text:
        _LAST[:] = [text, _split_columns(text)]
    return _LAST[1]


def _split_columns(text: str) -> list[list[tuple[int, int]]]:
    columns: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    line_start = 0
    block = 0
    previous_width = -1
    for line in text.split("\n"):
        line_end = line_start + len(line)
        cells = _line_cells(text, line_start, line_end)
        if cells is None or len(cells) < 3:
            block += 1  # a line that is no row ends the table
            previous_width = -1
        else:
            if len(cells) != previous_width:
                block += 1
                previous_width = len(cells)
            for index, (a, b) in enumerate(cells):
                columns[block, index].append(_strip(text, a, b))
        line_start = line_end + 1
    return list(columns.values())


def phones_down_columns(text: str, spans: list[Span]) -> list[Span]:
    """`spans` and a PHONE_NUMBER for each phone-shaped cell of a column where others were found to be phones."""
    phones = [s for s in spans if s.entity_type == "PHONE_NUMBER"]
    if not phones or "\n" not in text:
        return spans
    found = [(s.start, s.end) for s in spans]
    added: list[Span] = []
    for cells in table_columns(text):
        shaped = [(a, b) for a, b in cells if b > a and _phone_shaped(text[a:b])]
        hits = [
            (a, b) for a, b in shaped if any(s.start <= a and b <= s.end for s in phones) or _covers_phone(a, b, phones)
        ]
        if not hits or (len(hits) < MIN_FOUND and len(shaped) > SMALL_COLUMN):
            continue
        for a, b in shaped:
            if not any(fs < b and a < fe for fs, fe in found):
                added.append(Span("PHONE_NUMBER", a, b, COLUMN_PHONE_SCORE, "PhoneColumn", COLUMN_PHONE_REASON))
    return spans + added if added else spans


def _covers_phone(start: int, end: int, phones: list[Span]) -> bool:
    """Whether a phone finding lies inside the cell text[start:end] (the cell's quotes or a label's word aside)."""
    return any(start <= s.start and s.end <= end for s in phones)
