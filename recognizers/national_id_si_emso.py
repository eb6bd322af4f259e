"""Slovenian unique master citizen numbers (EMŠO): 13 digits (birth date, region, sequence, check).

Validated by python-stdnum (si.emso)."""

import re

from ._national_id import NationalIdRecognizer


class SiEmsoRecognizer(NationalIdRecognizer):
    COUNTRY = "SI"
    ID_NAME = "EMSO"
    STDNUM = "si.emso"
    TEXT_NEEDS = re.compile(r"\d{13}")
    PATTERNS = [
        ("emso", r"\d(?<![\w\-.]\d)\d{12}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"em[sš]o",
        r"enotna\s+mati[cč]na\s+[sš]tevilka",
    ]
