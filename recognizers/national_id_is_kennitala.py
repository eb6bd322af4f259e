"""Icelandic national identification numbers (kennitala): birth date, two digits, check, century; 070390-2349.

Validated by python-stdnum (is_.kennitala)."""

import re

from ._national_id import NationalIdRecognizer


class IsKennitalaRecognizer(NationalIdRecognizer):
    COUNTRY = "IS"
    ID_NAME = "KENNITALA"
    STDNUM = "is_.kennitala"
    TEXT_NEEDS = re.compile(r"\d{6}")
    PATTERNS = [
        ("kennitala", r"\d(?<![\w\-.]\d)\d{5}-?\d{4}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"kennitala",
        r"kt\.",
    ]
