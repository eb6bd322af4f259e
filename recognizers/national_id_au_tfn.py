"""Australian tax file numbers: eight or nine digits, weighted mod 11 check, written 123 456 782.

Validated by python-stdnum (au.tfn)."""

import re

from ._national_id import NationalIdRecognizer


class AuTfnRecognizer(NationalIdRecognizer):
    COUNTRY = "AU"
    ID_NAME = "TFN"
    STDNUM = "au.tfn"
    TEXT_NEEDS = re.compile(r"\d{3}")
    PATTERNS = [
        ("tfn", r"\d(?<![\w\-.]\d)\d{2} ?\d{3} ?\d{2,3}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"tfn",
        r"tax\s+file\s+(?:no|number)",
    ]
