"""Croatian personal identification numbers (OIB): 11 digits, ISO 7064 check.

Validated by python-stdnum (hr.oib)."""

import re

from ._national_id import NationalIdRecognizer


class HrOibRecognizer(NationalIdRecognizer):
    COUNTRY = "HR"
    ID_NAME = "OIB"
    STDNUM = "hr.oib"
    TEXT_NEEDS = re.compile(r"\d{11}")
    PATTERNS = [
        ("oib", r"\d(?<![\w\-.]\d)\d{10}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"oib",
        r"osobni\s+identifikacijski\s+broj",
    ]
