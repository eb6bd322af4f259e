"""A birth date known by the age beside it: a row of an export whose headers say nothing ("c1,c2,c3", "fld_12")
holds a date and, in the next cell, the number of years since it ("1000,Rohit Sharma,2013-07-17,10,…"). The age
agrees with the date by a year the text names (the export's own date) or this year; `_tables.birth_and_age_cells`.
The age itself is the age recognizer's.
"""

from __future__ import annotations

from collections.abc import Iterator

from ._recognizer_helpers import FoundSpansRecognizer
from ._tables import birth_and_age_cells


class RowBirthDateRecognizer(FoundSpansRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    SCORE = 0.85
    # (No screen: a row holds no word to look for. Texts without a line break are skipped by the cells' reader.)

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        for start, end, _age_start, _age_end in birth_and_age_cells(text):
            yield self.ENTITY, start, end
