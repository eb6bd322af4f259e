"""German tax identification numbers (Steuer-ID): eleven digits, a check digit. A bare eleven-digit run is
common, so the word decides."""

import re

from ._national_id import NationalIdRecognizer


class GermanyTaxIdRecognizer(NationalIdRecognizer):
    COUNTRY = "DE"
    ID_NAME = "IDNR"
    STDNUM = "de.idnr"
    TEXT_NEEDS = re.compile(r"\d{2}")
    PATTERNS = [
        ("idnr", r"(?<![\w\-.])\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"steuer-?id(?:entifikationsnummer)?",
        r"steuerliche\s+identifikationsnummer",
        r"idnr",
        r"identifikationsnummer",
        r"tax\s+id(?:entification)?(?:\s+number)?",
    ]
