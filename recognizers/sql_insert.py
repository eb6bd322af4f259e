"""People's values in an SQL dump (a CRM's or a case system's table pasted or exported): each INSERT's values are
typed by their column, from the INSERT's own column list or the CREATE TABLE of its table ("first_name",
"dob", "bank_account"). The column's words are read as a form's label (`_form_labels.label_type`); a bank's columns,
which a form's label table leaves untyped (an "account" on a form is as often a ticket's), are typed here: in a table
of people's rows, an "account" column of digits is a bank account's, a "routing" column an ABA routing number's (an
SSN column's values are the SSN recognizer's: their shape and check say enough).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._form_labels import label_type
from ._recognizer_helpers import HAS_LETTER, ContextRegexRecognizer
from ._sql import insert_rows

SCORE = 0.85
_PERSONAL_COLUMNS = frozenset(
    {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "STREET_ADDRESS", "LOCATION", "USERNAME"}
)
# Bank columns, by their name's words: (type, the value's shape).
_BANK_COLUMNS = (
    (re.compile(r"\b(?:routing|aba|sort[ _]?code)\b"), "ABA_ROUTING_NUMBER", re.compile(r"\d{9}")),
    (re.compile(r"\b(?:bank[ _]?)?(?:account|acct|acc)(?:[ _]?(?:no|num|number))?\b"), "US_BANK_NUMBER",
     re.compile(r"\d{6,17}")),
)  # fmt: skip
_PEOPLES_COLUMNS = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"})
_NULL = frozenset({"null", "", "n/a", "none"})


def column_type(column: str) -> tuple[str, re.Pattern[str] | None] | None:
    """The type a column's values are of, and the shape they must have (None: any with a letter or a digit)."""
    words = column.replace("_", " ").replace("-", " ")
    for words_rx, entity, shape in _BANK_COLUMNS:
        if words_rx.search(words):
            return entity, shape
    entity = label_type(words)
    return (entity, None) if entity in _PERSONAL_COLUMNS else None


def sql_values(text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of each value of an INSERT whose column names a person's data, in a table of people's rows:
    one with an e-mail's, a phone's or a birth date's column, or columns of two such types (an inventory's "name"
    column alone is a product's)."""
    for cols, values in insert_rows(text):
        types = [column_type(c) for c in cols]
        kinds = {t[0] for t in types if t is not None}
        if not kinds & _PEOPLES_COLUMNS and len(kinds) < 2:
            continue
        for typed, (start, end) in zip(types, values, strict=False):
            if typed is None or text[start:end].strip().casefold() in _NULL:
                continue
            entity, shape = typed
            if shape is not None and not shape.fullmatch(text, start, end):
                continue
            if entity == "PERSON" and not HAS_LETTER.search(text, start, end):
                continue
            yield entity, start, end


class SqlInsertRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    SUPPORTED_ENTITIES = [
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "STREET_ADDRESS", "LOCATION", "USERNAME",
        "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
    ]  # fmt: skip
    PATTERNS = []
    REFERENCE_NEGATIVE = False
    TYPED_BY_PATTERN = True  # each candidate is yielded under its column's type
    SCREEN = needs(substrings=["insert"])

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for entity, start, end in sql_values(text):
            yield entity, start, end, SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base
