"""Polish PESEL numbers: eleven digits (birth date, serial, sex) and a check digit."""

import re

from ._national_id import NationalIdRecognizer


class PolandPeselRecognizer(NationalIdRecognizer):
    COUNTRY = "PL"
    ID_NAME = "PESEL"
    STDNUM = "pl.pesel"
    TEXT_NEEDS = re.compile(r"\d{11}")
    PATTERNS = [
        ("pesel", r"(?<![\w\-.])\d{11}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [r"pesel"]
