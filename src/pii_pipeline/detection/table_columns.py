"""The columns of the tables inside a text: rows of cells apart by bars, tabs, semicolons or a CSV's separator.

Phones, names, towns and ages are read down a table's columns (`phone_columns`, `name_columns`): a cell says little
alone, a column of cells found to be phones or names says what its other cells are. A text's columns are split
once, when first wanted, and shared by those readers (`TableColumns`).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from pii_pipeline_recognizers._recognizer_helpers import csv_cells, csv_separator

SMALL_COLUMN = 4  # a column of this many cells or fewer is read as one from a single cell found
_BARS = ("|", "\t", ";")
Cell = tuple[int, int]


class TableColumns:
    """A text's table columns (`table_columns`), split on first use."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def cells(self) -> list[list[Cell]]:
        return table_columns(self.text)


def table_columns(text: str) -> list[list[Cell]]:
    """The cells (stripped of blanks and quotes) of each column of the tables in `text`: rows of three cells or more
    apart by bars, tabs, semicolons or a CSV's separator; a line that is no row, or a row of another width, starts a
    new table."""
    columns: dict[tuple[int, int], list[Cell]] = defaultdict(list)
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


def _line_cells(text: str, start: int, end: int) -> list[Cell] | None:
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


def _strip(text: str, start: int, end: int) -> Cell:
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'":
        end -= 1
    return start, end
