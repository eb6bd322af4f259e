"""UK NHS numbers: ten digits, mod-11 check digit, written 3-3-4.

A phone number has the same layout: the word decides.
"""

import re

from ._national_id import NationalIdRecognizer


class UkNhsNumberRecognizer(NationalIdRecognizer):
    COUNTRY = "GB"
    ID_NAME = "NHS"
    STDNUM = "gb.nhs"
    TEXT_NEEDS = re.compile(r"\d{3}")
    PATTERNS = [
        ("nhs", r"(?<![\w\-.])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [r"nhs(?:\s+(?:no|number|#))?", r"national\s+health(?:\s+service)?", r"chi\s+(?:no|number)"]
