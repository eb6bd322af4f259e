"""Israeli identity numbers (Teudat Zehut): nine digits, Luhn-style check.

Validated by python-stdnum (il.idnr)."""

import re

from ._national_id import NationalIdRecognizer


class IlIdnrRecognizer(NationalIdRecognizer):
    COUNTRY = "IL"
    ID_NAME = "ID"
    STDNUM = "il.idnr"
    TEXT_NEEDS = re.compile(r"\d{8}")
    PATTERNS = [
        ("il_id", r"\d(?<![\w\-.]\d)\d{7}-?\d(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"teudat\s+zehut",
        r"israeli\s+id(?:\s+(?:no|number))?",
        r"ת\.?ז",
        r"תעודת\s+זהות",
        r"mispar\s+zehut",
    ]
