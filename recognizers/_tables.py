"""Pasted tables, as data: the cells under a column whose header names what they hold ("Name | Age | City" above
"Tom Hardy | 15 | Leeds"). Rows are split on "|", tabs or ";", else on runs of two or more spaces; a divider line
("---|---") keeps the table going, a line without cells ends it. Helpers only, no recognizer here."""

from __future__ import annotations

import re
from collections.abc import Iterator

_CELL_SPLIT = re.compile(r"[ \t]*(?:\||\t|;)[ \t]*")
# Columns aligned with spaces (OCR, fixed-width print-outs): two or more spaces between cells.
_SPACED_SPLIT = re.compile(r"[ ]{2,}")
_DIVIDER = frozenset("-|:+ \t=")


def column_cells(text: str, header: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-empty cell under a header cell that `header` fully matches."""
    column: int | None = None
    width = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip().strip("|")
        cells = _CELL_SPLIT.split(stripped)
        if len(cells) < 2:
            cells = _SPACED_SPLIT.split(stripped)
        if len(cells) < 2:
            column = None  # a line without cells (a blank one too) ends the table
        else:
            heads = [i for i, c in enumerate(cells) if header.fullmatch(c.strip())]
            if heads:
                column, width = heads[0], len(cells)
            elif column is not None and len(cells) == width:
                pos = body.find(stripped)
                for i, piece in enumerate(cells):
                    cell_start = body.find(piece, pos)
                    if i == column:
                        if piece.strip():
                            yield offset + cell_start, offset + cell_start + len(piece.rstrip())
                        break
                    pos = cell_start + len(piece)
            elif not set(stripped) <= _DIVIDER:
                column = None
        offset += len(line)
