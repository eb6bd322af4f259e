"""Phone numbers down a table's column: a number of a phone's shape under others the recognizers found to be phones.

A contacts export's "Home" column, a call log's "Number" column hold numbers written as the owner typed them: some
with the country's code ("+49 3366 0894", found on its own), some in the national form ("030543140"), which without a
label says nothing by itself. Once two cells of one column are phones, or one in a column of no more than four, the
column is a column of phones: its other cells of a phone's shape are phones too. Only a phone's shape counts (digits
in groups, a leading plus, zero or bracket, seven to fifteen digits): an amount or a date in such a column stays.
"""

from __future__ import annotations

import re

from pii_pipeline.types import Span

from .table_columns import SMALL_COLUMN, TableColumns

COLUMN_PHONE_SCORE = 0.6
COLUMN_PHONE_REASON = "in a table's column of phone numbers"
MIN_FOUND = 2  # phones found in a column before its other cells are read as phones
_PHONE_SHAPE = re.compile(r"(?:\+|00|0|\()[\d][\d \-.()/]{5,}\d")


def _phone_shaped(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    return 7 <= digits <= 15 and _PHONE_SHAPE.fullmatch(value) is not None


def phones_down_columns(text: str, spans: list[Span], columns: TableColumns | None = None) -> list[Span]:
    """`spans` and a PHONE_NUMBER for each phone-shaped cell of a column where others were found to be phones
    (`columns`: the text's, if already split)."""
    phones = [s for s in spans if s.entity_type == "PHONE_NUMBER"]
    if not phones or "\n" not in text:
        return spans
    found = [(s.start, s.end) for s in spans]
    added: list[Span] = []
    for cells in (columns or TableColumns(text)).cells:
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
