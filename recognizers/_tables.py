"""Pasted tables, as data: the cells under a column whose header names what they hold ("Name | Age | City" above
"Tom Hardy | 15 | Leeds"). Rows are split on "|", tabs or ";", else on runs of two or more spaces; a divider line
("---|---") keeps the table going, a line without cells ends it. Helpers only, no recognizer here."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._names import ENGLISH_WORDS, FIRST_NAMES_ALL, FREQUENT_SURNAMES, ORG_WORDS, is_noun

CELL_MARKS = ("|", "\t", ";")  # what stands between a row's cells
_CELL_SPLIT = re.compile(r"[ \t]*(?:" + "|".join(map(re.escape, CELL_MARKS)) + r")[ \t]*")
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
# A word of letters, hyphens and apostrophes inside it ("Ji-woo", "O'Neill", "stoke-on-trent").
LETTER_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_NAME_CELL = re.compile(LETTER_WORD + r"(?:[ \t]+" + LETTER_WORD + r"){1,2}")


def row_cells(text: str, line_start: int, line_end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty cell of the row text[line_start:line_end], blanks around it left out; nothing
    for a line with no bar, tab or semicolon."""
    line = text[line_start:line_end]
    if not _CELL_SPLIT.search(line):
        return
    pos = 0
    for cell in _CELL_SPLIT.split(line):
        cell_start = line.find(cell, pos)
        pos = cell_start + len(cell)
        value = cell.strip()
        if value:
            start = line_start + cell_start + (len(cell) - len(cell.lstrip()))
            yield start, start + len(value)


def name_cells(text: str, line_start: int, line_end: int) -> Iterator[tuple[int, int]]:
    """The cells of a row (`row_cells`) that read as a person's name: two or three capitalised words, none of them a
    firm's word, each no English word or a Census name that is one too ("Ji-woo Park", "MIN-JUN KING"), and one at
    least no word at all (not "PARK LANE", "ROSE HILL")."""
    for start, end in row_cells(text, line_start, line_end):
        name = text[start:end]
        if _NAME_CELL.fullmatch(name) is None or not all(w[:1].isupper() for w in name.split()):
            continue  # "Maria lopez", "the Office": each of a name's words is capitalised
        words = [w.casefold() for w in name.split()]
        if all(not _is_word(w) or _census_name(w) for w in words) and any(not _is_word(w) for w in words):
            yield start, end


def row_names_a_person(text: str, start: int, end: int) -> bool:
    """Whether another cell of the table row holding text[start:end] reads as a person's name (`name_cells`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    cells = name_cells(text, line_start, len(text) if line_end < 0 else line_end)
    return any(not (a <= start < b) for a, b in cells)


def _is_word(word: str) -> bool:
    return word in ENGLISH_WORDS or word in ORG_WORDS or is_noun(word)


def _census_name(word: str) -> bool:
    return (word in FIRST_NAMES_ALL or word in FREQUENT_SURNAMES) and word not in ORG_WORDS
