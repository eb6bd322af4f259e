"""Malaysian identity card numbers (NRIC, MyKad): birth date, birthplace, sequence; 900307-14-1234.

Validated by python-stdnum (my.nric)."""

import re

from ._national_id import NationalIdRecognizer


class MyNricRecognizer(NationalIdRecognizer):
    COUNTRY = "MY"
    ID_NAME = "NRIC"
    STDNUM = "my.nric"
    TEXT_NEEDS = re.compile(r"\d{4}")
    PATTERNS = [
        ("nric", r"\d(?<![\w\-.]\d)\d{5}-\d{2}-\d{4}(?![\w\-]|[.,]\d)", 0.6),
        ("nric_bare", r"\d(?<![\w\-.]\d)\d{11}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"nric",
        r"mykad",
        r"ic\s+(?:no|number)",
        r"kad\s+pengenalan",
        r"i/c(?:\s+no)?",
    ]
