"""South African identity numbers: 13 digits (birth date, sequence, citizenship, Luhn check).

Validated by python-stdnum (za.idnr)."""

import re

from ._national_id import NationalIdRecognizer


class ZaIdnrRecognizer(NationalIdRecognizer):
    COUNTRY = "ZA"
    ID_NAME = "ID"
    STDNUM = "za.idnr"
    TEXT_NEEDS = re.compile(r"\d{6}")
    PATTERNS = [
        ("za_id", r"\d(?<![\w\-.]\d)\d{5} ?\d{4} ?\d{3}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"south\s+african\s+id(?:entity)?(?:\s+(?:no|number))?",
        r"rsa\s+id",
        r"sa\s+id(?:\s+(?:no|number))?",
        r"identity\s+(?:no|number)",
    ]
