"""Pasted tables, as data: the cells under a column whose header names what they hold ("Name | Age | City" above
"Tom Hardy | 15 | Leeds"). Rows are split on "|", tabs or ";", else on runs of two or more spaces; a divider line
("---|---") keeps the table going, a line without cells ends it. Helpers only, no recognizer here."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._names import ENGLISH_WORDS, ORG_WORDS, is_noun

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


# A cell that reads as a person's name: two or three capitalised words of letters ("MARIA LOPEZ", "Ji-woo Park").
_NAME_CELL = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:[ \t]+[^\W\d_][^\W\d_'’\-]*){1,2}")


def row_names_a_person(text: str, start: int, end: int) -> bool:
    """Whether another cell of the table row holding text[start:end] (cells apart by bars, tabs or semicolons) reads
    as a person's name: two or three capitalised words, none of them an English word, a noun or a firm's word."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not _CELL_SPLIT.search(line):
        return False
    own = start - line_start
    pos = 0
    for cell in _CELL_SPLIT.split(line):
        cell_start = line.find(cell, pos)
        pos = cell_start + len(cell)
        if cell_start <= own < pos or _NAME_CELL.fullmatch(cell.strip()) is None:
            continue
        words = cell.split()
        if all(w[:1].isupper() for w in words) and not any(_is_word(w.casefold()) for w in words):
            return True
    return False


def _is_word(word: str) -> bool:
    return word in ENGLISH_WORDS or word in ORG_WORDS or is_noun(word)
