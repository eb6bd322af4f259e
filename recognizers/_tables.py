"""Pasted tables, as data: the cells under a column whose header names what they hold ("Name | Age | City" above
"Tom Hardy | 15 | Leeds"). Rows are split on "|", tabs or ";", else on commas (CSV), else on runs of two or more
spaces; a divider line ("---|---") keeps the table going, a line without cells ends it. Helpers only, no recognizer
here."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from ._names import ENGLISH_WORDS, FIRST_NAMES_ALL, FREQUENT_SURNAMES, ORG_WORDS, is_noun
from ._recognizer_helpers import CLOSES_CELL, OPENS_CELL, csv_cells, csv_separator

CELL_MARKS = ("|", "\t", ";")  # what stands between a row's cells
# (Spaces around a mark, not tabs: an empty cell between two tabs is a cell.)
_CELL_SPLIT = re.compile(r" *(?:" + "|".join(map(re.escape, CELL_MARKS)) + r") *")
# Columns aligned with spaces (OCR, fixed-width print-outs): two or more spaces between cells.
_SPACED_SPLIT = re.compile(r"[ ]{2,}")
DIVIDER = frozenset("-|:+ \t=")  # what a table's divider line is made of ("---|:--:", "+-----+")
# A CSV line's commas (a quoted cell that holds one makes the row wider than its header: no cell is read there).
_COMMA_SPLIT = re.compile(r"[ \t]*,[ \t]*")


def _pieces(line: str, rx: re.Pattern[str]) -> list[str]:
    """`line` split by `rx`; by commas outside quotes when `rx` is the CSV's ("Smith, Ann",2011: two cells)."""
    if rx is _COMMA_SPLIT and '"' in line:
        return [line[a:b] for a, b in csv_cells(line, 0, len(line), ",")]
    return rx.split(line)


def _split(line: str, splitter: re.Pattern[str] | None = None) -> tuple[list[str], re.Pattern[str] | None]:
    """A line's cells and what split them: `splitter` when given (a header's, for its rows), else "|", tabs or ";",
    else commas (a CSV export), else runs of spaces; one cell (and None) when none of them does."""
    for rx in (splitter,) if splitter is not None else (_CELL_SPLIT, _COMMA_SPLIT, _SPACED_SPLIT):
        cells = _pieces(line, rx)
        if len(cells) >= 2:
            return cells, rx
    return [line], None


def _starts(body: str, cells: list[str]) -> list[int]:
    """Where each of a line's cells starts in it."""
    starts, pos = [], 0
    for piece in cells:
        at = body.find(piece, pos)
        starts.append(at)
        pos = at + len(piece)
    return starts


def _plain_lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.splitlines(keepends=True):
        yield offset, line
        offset += len(line)


def logical_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line with its line break) of each row: a quoted cell that holds line breaks ("Hinweis:\nADHD", a
    spreadsheet's note) keeps its row's lines together, up to the line that closes it (at most 20 lines). Only a
    quote that opens a cell (after a separator) opens one: an inch mark ("5'11\"") joins nothing."""
    rows: list[tuple[int, str]] = []
    lines = text.splitlines(keepends=True)
    offset = i = 0
    while i < len(lines):
        j = i
        if OPENS_CELL.search(lines[i]):
            j = next((k for k in range(i + 1, min(len(lines), i + 20)) if CLOSES_CELL.match(lines[k])), i)
        row = "".join(lines[i : j + 1])
        rows.append((offset, row))
        offset += len(row)
        i = j + 1
    return rows


def column_cells(
    text: str, header: re.Pattern[str] | Callable[[str], object], every: bool = False
) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-empty cell under the first header cell that `header` fully matches (or, a function,
    accepts), or under each of them (`every`: "username;password;pin" has two columns of secrets; "NAME  SOPHIE
    SURNAME  TURNER" is a form's line, one name's parts)."""
    is_header = getattr(header, "fullmatch", header)  # a compiled pattern (re or regex), or a function
    columns: list[int] = []
    head_starts: list[int] = []
    width = 0
    grouping = False  # the header row names groups of columns (most of its cells empty)
    splitter: re.Pattern[str] | None = None
    for offset, line in logical_lines(text) if '"' in text else _plain_lines(text):
        body = line.rstrip("\r\n")
        stripped = body.strip(" ").strip("|")  # (tabs kept: a row's first or last cell may be empty)
        if columns and set(stripped) <= DIVIDER and ("-" in stripped or "=" in stripped):
            continue  # "-----+------": a divider without bars keeps the table going
        cells, rx = _split(stripped, splitter if columns else None)
        if len(cells) < 2 and columns:
            cells, rx = _split(stripped)  # a new header may follow, split its own way
        if len(cells) < 2:
            columns = []  # a line without cells (a blank one too) ends the table
        else:
            # Under a header, a row as wide is a row even where a cell reads as a header ("…,Roblox" under
            # "child_username,…,platform"); a new table needs a line between.
            in_rows = bool(columns) and len(cells) == width
            if in_rows and grouping and all(c.strip() for c in cells) and not any(c.isdigit() for c in body):
                # ",,Person,,,Health" names groups of the columns of the header under it: that header's cells are
                # no values, and its own names head the columns where it has them.
                heads = [i for i, c in enumerate(cells) if is_header(c.strip())]
                columns = (heads if every else heads[:1]) or columns
                grouping = False
                continue
            heads = [] if in_rows else [i for i, c in enumerate(cells) if is_header(c.strip())]
            if heads:
                columns, width, splitter = heads if every else heads[:1], len(cells), rx
                head_starts = _starts(body, cells) if rx is _SPACED_SPLIT else []
                grouping = 2 * sum(not c.strip() for c in cells) >= len(cells)
            elif (
                columns
                and splitter is _SPACED_SPLIT
                and rx is _SPACED_SPLIT
                and len(cells) < width
                and abs(_starts(body, cells)[0] - head_starts[0]) <= 2
            ):
                # A print-out leaves a column empty ("Clonakilty          " with no phone after): a value is under
                # the header whose column it starts in (a little left of it too). The row starts under the first
                # header (a sentence after the table, "End.  Next", does not).
                for piece, cell_start in zip(cells, _starts(body, cells), strict=True):
                    column = max((i for i, h in enumerate(head_starts) if h <= cell_start + 2), default=-1)
                    if column in columns and piece.strip():
                        yield offset + cell_start, offset + cell_start + len(piece.rstrip())
            elif columns and len(cells) == width:
                pos = body.find(stripped)
                for i, piece in enumerate(cells):
                    cell_start = body.find(piece, pos)
                    if i in columns and piece.strip():
                        yield offset + cell_start, offset + cell_start + len(piece.rstrip())
                    if i >= columns[-1]:
                        break
                    pos = cell_start + len(piece)
            elif not set(stripped) <= DIVIDER and not (columns and rx is splitter):
                columns = []  # (a row of another width, split as the header is, is skipped: the table goes on)


# A cell that reads as a person's name: two or three capitalised words of letters ("MARIA LOPEZ", "Ji-woo Park").
# A word of letters, hyphens and apostrophes inside it ("Ji-woo", "O'Neill", "stoke-on-trent").
LETTER_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_NAME_CELL = re.compile(LETTER_WORD + r"(?:[ \t]+" + LETTER_WORD + r"){1,2}")


def row_cells(text: str, line_start: int, line_end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty cell of the row text[line_start:line_end], blanks around it left out; nothing
    for a line with no bar, tab or semicolon that is no CSV row under a header either."""
    line = text[line_start:line_end]
    splitter = _CELL_SPLIT
    if not _CELL_SPLIT.search(line):
        if csv_separator(text, line_start, line_end) is None:
            return
        splitter = _COMMA_SPLIT
    pos = 0
    for cell in _pieces(line, splitter):
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


# --- A birth date and an age that agree, in one row --------------------------------------------------------------
# An export whose headers say nothing ("c1,c2,c3", "fld_12") still shows a person's record when a row holds a date
# and, next to it, a number of years that is that date's age: "1000,Rohit Sharma,2013-07-17,10,…".
_ROW_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)[\-/.](?P<m>0?[1-9]|1[0-2])[\-/.](?P<d>0?[1-9]|[12]\d|3[01])|"
    r"(?P<d2>0?[1-9]|[12]\d|3[01])[\-/.](?P<m2>0?[1-9]|1[0-2])[\-/.](?P<y2>(?:19|20)\d\d)"
)
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?=(?:[01]\d[0-3]\d)?(?!\d))")
_ROW_SPLIT = re.compile(r"[ \t]*[,;|\t][ \t]*")
_MIN_ROW_CELLS = 3


_last_rows: tuple[str | None, list[tuple[int, int, int, int]]] = (None, [])


def birth_and_age_cells(text: str) -> list[tuple[int, int, int, int]]:
    """(date start, date end, age start, age end) for each row of a table whose date cell and a neighbouring number
    agree as a birth date and an age, by a year the text names (an export's date) or this year. Kept for the last
    text: the birth-date and the age recognizers both ask."""
    global _last_rows
    if _last_rows[0] is not text:
        found = _birth_and_age_cells(text) if "\n" in text and _ROW_DATE.search(text) else []
        _last_rows = (text, found)
    return _last_rows[1]


def _birth_and_age_cells(text: str) -> list[tuple[int, int, int, int]]:
    years = {int(y) for y in _YEAR_IN_TEXT.findall(text)} | {dt.date.today().year}
    found = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        cells, pos = [], 0
        for m in _ROW_SPLIT.finditer(body):
            cells.append((pos, m.start()))
            pos = m.end()
        cells.append((pos, len(body)))
        if len(cells) >= _MIN_ROW_CELLS:
            for i, (a, b) in enumerate(cells):
                date = _ROW_DATE.fullmatch(body, a, b)
                if date is None:
                    continue
                born = int(date.group("y") or date.group("y2"))
                for j in (i - 1, i + 1):
                    if not 0 <= j < len(cells):
                        continue
                    c, d = cells[j]
                    cell = body[c:d]
                    if (
                        cell.isdigit()
                        and len(cell) <= 3
                        and any(0 <= y - born - int(cell) <= 1 for y in years if y >= born)
                        and _row_of_someone(text, offset, offset + len(body))
                    ):
                        found.append((offset + a, offset + b, offset + c, offset + d))
        offset += len(line)
    return found


def _row_of_someone(text: str, line_start: int, line_end: int) -> bool:
    """A row that names someone: a cell that reads as a name (`name_cells`) or is letters of a script without
    capitals, or an e-mail address (not "Release | 2016-05-01 | 10 | ok", a date and a count of years)."""
    line = text[line_start:line_end]
    if "@" in line or next(name_cells(text, line_start, line_end), None) is not None:
        return True
    return any(_UNCASED_NAME.fullmatch(cell.strip()) for cell in _ROW_SPLIT.split(line))


# Letters of scripts without capitals ("李俊杰", "রাহুল বন্দ্যোপাধ্যায়"), with their marks and name dots.
_UNCASED_NAME = re.compile(
    r"(?:(?![A-Za-z\u00C0-\u024F\u0370-\u052F])[^\W\d_]|[\u0300-\u036F\u0900-\u0DFF\u0E00-\u0EFF]|[ ·・])+"
)


# An HTML table, as data downloads and exported reports print them: its rows, and each row's cells.
_HTML_TABLE = re.compile(r"<table\b.*?(?:</table>|\Z)", re.IGNORECASE | re.DOTALL)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(?P<row>.*?)(?:</tr>|(?=<tr\b)|\Z)", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t(?P<kind>[hd])\b[^>]*>(?P<v>[^<]*)</t[hd]>", re.IGNORECASE)


def html_table_cells(text: str) -> Iterator[tuple[str, int, int]]:
    """(header, start, end) of each data cell of an HTML table under a row of header cells ("<tr><th>Time</th>
    <th>City</th></tr><tr><td>…</td><td>Leeds</td></tr>"): the cell's text, under its column's header."""
    if "<t" not in text:
        return
    for table in _HTML_TABLE.finditer(text):
        headers: list[str] | None = None
        for row in _HTML_ROW.finditer(text, *table.span()):
            cells = list(_HTML_CELL.finditer(text, *row.span("row")))
            if not cells:
                continue
            if all(c.group("kind").lower() == "h" for c in cells):
                headers = [c.group("v").strip() for c in cells]
                continue
            if headers is None:
                break  # no header row first: nothing says what a column holds
            for header, cell in zip(headers, cells, strict=False):
                yield header, *cell.span("v")
