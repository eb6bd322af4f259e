"""Portuguese citizen card numbers: eight digits, a check digit, two letters and a check digit (`00000000 0 ZZ4`)."""

import re

from ._national_id import NationalIdRecognizer


class PortugalCitizenCardRecognizer(NationalIdRecognizer):
    COUNTRY = "PT"
    ID_NAME = "CC"
    STDNUM = "pt.cc"
    TEXT_NEEDS = re.compile(r"\d{8}")
    PATTERNS = [
        ("cc", r"(?<![\w\-.])\d{8} ?\d ?[A-Z]{2}\d(?![\w\-]|[.,]\d)", 0.6),
    ]
    CONTEXT = [r"cart[ãa]o\s+de\s+cidad[ãa]o", r"citizen\s+card", r"bilhete\s+de\s+identidade"]
