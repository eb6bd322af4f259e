"""Austrian social security numbers: a serial, a check digit and the birth date (DDMMYY), ten digits."""

import re

from ._national_id import NationalIdRecognizer


class AustriaSocialSecurityRecognizer(NationalIdRecognizer):
    COUNTRY = "AT"
    ID_NAME = "VNR"
    STDNUM = "at.vnr"
    TEXT_NEEDS = re.compile(r"\d{4}")
    PATTERNS = [
        ("vnr", r"(?<![\w\-.])\d{4} ?\d{6}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [r"s?vnr", r"(?:sozial)?versicherungsnummer", r"e-card", r"sv-?nummer"]
