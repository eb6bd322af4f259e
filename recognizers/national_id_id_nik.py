"""Indonesian population identity numbers (NIK): 16 digits (region, birth date, sequence).

Validated by python-stdnum (id.nik)."""

import re

from ._national_id import NationalIdRecognizer


class IdNikRecognizer(NationalIdRecognizer):
    COUNTRY = "ID"
    ID_NAME = "NIK"
    STDNUM = "id.nik"
    TEXT_NEEDS = re.compile(r"\d{16}")
    PATTERNS = [
        ("nik", r"\d(?<![\w\-.]\d)\d{15}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"nomor\s+induk\s+kependudukan",
        r"nik(?:\s+(?:ktp|no))?",
        r"ktp",
    ]
