"""Greek social security numbers (AMKA): 11 digits, birth date first, Luhn check.

Validated by python-stdnum (gr.amka)."""

import re

from ._national_id import NationalIdRecognizer


class GrAmkaRecognizer(NationalIdRecognizer):
    COUNTRY = "GR"
    ID_NAME = "AMKA"
    STDNUM = "gr.amka"
    TEXT_NEEDS = re.compile(r"\d{11}")
    PATTERNS = [
        ("amka", r"\d(?<![\w\-.]\d)\d{10}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"amka",
        r"αμκα",
        r"α\.μ\.κ\.α",
    ]
