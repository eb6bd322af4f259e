"""Indian Permanent Account Numbers: five letters (the fourth the holder's kind), four digits, a letter.
No check digit: a product code has the same shape, so the word decides."""

import re

from ._national_id import NationalIdRecognizer


class IndiaPanRecognizer(NationalIdRecognizer):
    COUNTRY = "IN"
    ID_NAME = "PAN"
    STDNUM = "in_.pan"
    TEXT_NEEDS = re.compile(r"\d{4}")
    PATTERNS = [
        ("pan", r"(?<![\w\-.])(?-i:[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z])(?![\w\-]|[.,]\d)", 0.4),
    ]
    CONTEXT = [r"pan(?:\s+(?:no|number|card|#))?", r"permanent\s+account\s+(?:no|number)"]
