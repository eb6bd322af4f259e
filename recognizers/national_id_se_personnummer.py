"""Swedish personal identity numbers: birth date, a separator, four digits ending in a Luhn digit."""

import re

from ._national_id import NationalIdRecognizer


class SwedenPersonnummerRecognizer(NationalIdRecognizer):
    COUNTRY = "SE"
    ID_NAME = "PNR"
    STDNUM = "se.personnummer"
    TEXT_NEEDS = re.compile(r"\d{4}")
    PATTERNS = [
        ("personnummer", r"(?<![\w\-.])(?:19|20)?\d{6}[\-+]\d{4}(?![\w\-]|[.,]\d)", 0.4),
        ("personnummer_compact", r"(?<![\w\-.])(?:19|20)\d{10}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [r"personnummer", r"person(?:al)?\s+(?:identity\s+)?number", r"pnr"]
