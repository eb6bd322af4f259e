"""Ukrainian individual taxpayer numbers (RNOKPP): 10 digits, check digit.

Validated by python-stdnum (ua.rntrc)."""

import re

from ._national_id import NationalIdRecognizer


class UaRntrcRecognizer(NationalIdRecognizer):
    COUNTRY = "UA"
    ID_NAME = "RNTRC"
    STDNUM = "ua.rntrc"
    TEXT_NEEDS = re.compile(r"\d{10}")
    PATTERNS = [
        ("rntrc", r"\d(?<![\w\-.]\d)\d{9}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"rnokpp",
        r"рнокпп",
        r"ідентифікаційний\s+(?:код|номер)",
        r"ukrainian\s+tax\s+(?:id|number)",
    ]
