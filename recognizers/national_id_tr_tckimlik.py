"""Turkish identity numbers (T.C. Kimlik No): 11 digits, two check digits.

Validated by python-stdnum (tr.tckimlik)."""

import re

from ._national_id import NationalIdRecognizer


class TrTckimlikRecognizer(NationalIdRecognizer):
    COUNTRY = "TR"
    ID_NAME = "TCKN"
    STDNUM = "tr.tckimlik"
    TEXT_NEEDS = re.compile(r"\d{11}")
    PATTERNS = [
        ("tckn", r"[1-9](?<![\w\-.][1-9])\d{10}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"t\.?\s?c\.?\s+kimlik(?:\s+no)?",
        r"kimlik\s+(?:no|numaras[ıi])",
        r"tckn",
        r"turkish\s+id(?:entity)?(?:\s+(?:no|number))?",
    ]
