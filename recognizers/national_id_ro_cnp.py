"""Romanian personal numeric codes (CNP): 13 digits (sex, birth date, county, sequence, check).

Validated by python-stdnum (ro.cnp)."""

import re

from ._national_id import NationalIdRecognizer


class RoCnpRecognizer(NationalIdRecognizer):
    COUNTRY = "RO"
    ID_NAME = "CNP"
    STDNUM = "ro.cnp"
    TEXT_NEEDS = re.compile(r"\d{13}")
    PATTERNS = [
        ("cnp", r"[1-9](?<![\w\-.][1-9])\d{12}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"cnp",
        r"cod\s+numeric\s+personal",
        r"romanian\s+id",
    ]
