"""Latvian personal codes (personas kods): birth date, century and sequence, check; 070390-12345.

Validated by python-stdnum (lv.pvn)."""

import re

from ._national_id import NationalIdRecognizer


class LvPkRecognizer(NationalIdRecognizer):
    COUNTRY = "LV"
    ID_NAME = "PK"
    STDNUM = "lv.pvn"
    TEXT_NEEDS = re.compile(r"\d{6}")
    PATTERNS = [
        ("pk", r"\d(?<![\w\-.]\d)\d{5}-?\d{5}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"personas\s+kods",
        r"latvian\s+(?:id|personal\s+code)",
    ]
