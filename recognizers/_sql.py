"""An SQL dump's rows: the columns of each INSERT (its own column list, or the CREATE TABLE of its table earlier in
the text) and the offsets of each row's values, quotes excluded."""

from __future__ import annotations

import re
from collections.abc import Iterator

_IDENT = r"[`\"\[]?[\w.]+[`\"\]]?"
_CREATE = re.compile(
    r"\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<table>" + _IDENT + r"(?:\." + _IDENT + r")?)\s*\(",
    re.IGNORECASE,
)
# A column's definition line inside CREATE TABLE: its name first, then its type ("`first_name` varchar(64),").
_COLUMN_DEF = re.compile(r"^\s*(?P<col>" + _IDENT + r")\s+[A-Za-z]", re.MULTILINE)
_NOT_COLUMNS = frozenset({"primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext"})
_INSERT = re.compile(
    r"\bINSERT\s+(?:IGNORE\s+)?INTO\s+(?P<table>" + _IDENT + r"(?:\." + _IDENT + r")?)\s*"
    r"(?:\((?P<cols>[^()]{1,800})\)\s*)?VALUES\s*",
    re.IGNORECASE,
)
_ROW = re.compile(r"\((?P<row>(?:'(?:[^'\\]|''|\\.)*'|[^()'])*)\)")
_ROW_SEP = re.compile(r"\s*,\s*")
_VALUE = re.compile(r"\s*('(?:[^'\\]|''|\\.)*'|[^,]*?)\s*(?:,|$)")


def _name(identifier: str) -> str:
    return identifier.strip(' `"[]\n\t').rsplit(".", 1)[-1].casefold()


def _created_columns(text: str) -> dict[str, list[str]]:
    tables: dict[str, list[str]] = {}
    for m in _CREATE.finditer(text):
        end = text.find(";", m.end())
        body = text[m.end() : end if end >= 0 else len(text)]
        cols = [_name(c.group("col")) for c in _COLUMN_DEF.finditer(body)]
        tables[_name(m.group("table"))] = [c for c in cols if c not in _NOT_COLUMNS]
    return tables


def insert_rows(text: str) -> Iterator[tuple[list[str], list[tuple[int, int]]]]:
    """(column names, case-folded; each value's (start, end) without its quotes) for each row of each INSERT."""
    if "insert" not in text.lower():
        return
    created: dict[str, list[str]] | None = None
    for insert in _INSERT.finditer(text):
        if insert.group("cols"):
            cols = [_name(c) for c in insert.group("cols").split(",")]
        else:
            if created is None:
                created = _created_columns(text)
            cols = created.get(_name(insert.group("table")), [])
        if not cols:
            continue
        pos = insert.end()
        while (row := _ROW.match(text, pos)) is not None:
            values = []
            for value in _VALUE.finditer(text, row.start("row"), row.end("row")):
                start, end = value.span(1)
                if text[start : start + 1] == "'" and end - start >= 2:
                    start, end = start + 1, end - 1
                values.append((start, end))
                if value.end() >= row.end("row"):
                    break
            yield cols, values
            sep = _ROW_SEP.match(text, row.end())
            if sep is None:
                break
            pos = sep.end()
