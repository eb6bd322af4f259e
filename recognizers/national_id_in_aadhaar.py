"""Indian Aadhaar numbers: twelve digits, first 2-9, Verhoeff check, written 4-4-4."""

import re

from ._national_id import NationalIdRecognizer


class IndiaAadhaarRecognizer(NationalIdRecognizer):
    COUNTRY = "IN"
    ID_NAME = "AADHAAR"
    STDNUM = "in_.aadhaar"
    TEXT_NEEDS = re.compile(r"\d{4}")
    PATTERNS = [
        ("aadhaar", r"(?<![\w\-.])[2-9]\d{3}([ \-]?)\d{4}\1\d{4}(?![\w\-]|[.,]\d)", 0.4),
    ]
    CONTEXT = [r"aadhaa?r(?:\s+(?:no|number|card))?", r"uid(?:ai)?(?:\s+(?:no|number))?", r"आधार"]
