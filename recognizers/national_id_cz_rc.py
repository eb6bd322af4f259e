"""Czech (and Slovak) birth numbers (rodné číslo): birth date, sequence, mod 11, written 900307/1234.

Validated by python-stdnum (cz.rc)."""

import re

from ._national_id import NationalIdRecognizer


class CzRcRecognizer(NationalIdRecognizer):
    COUNTRY = "CZ"
    ID_NAME = "RC"
    STDNUM = "cz.rc"
    TEXT_NEEDS = re.compile(r"\d{6}")
    PATTERNS = [
        ("rc_slash", r"\d(?<![\w\-.]\d)\d{5}/\d{3,4}(?![\w\-]|[.,]\d)", 0.4),
        ("rc_bare", r"\d(?<![\w\-.]\d)\d{9}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"rodn[eé]\s+[cč][ií]slo",
        r"r\.\s?[cč]\.?",
        r"birth\s+number",
    ]
