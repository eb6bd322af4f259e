"""Thai national ID numbers: 13 digits, mod 11 check, written 1-2345-67890-12-1.

Validated by python-stdnum (th.pin)."""

import re

from ._national_id import NationalIdRecognizer


class ThPinRecognizer(NationalIdRecognizer):
    COUNTRY = "TH"
    ID_NAME = "PIN"
    STDNUM = "th.pin"
    TEXT_NEEDS = re.compile(r"\d{4}")
    PATTERNS = [
        ("pin_dashed", r"\d(?<![\w\-.]\d)-\d{4}-\d{5}-\d{2}-\d(?![\w\-]|[.,]\d)", 0.6),
        ("pin_bare", r"\d(?<![\w\-.]\d)\d{12}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"thai\s+(?:national\s+)?id(?:\s+(?:card|no|number))?",
        r"เลขประจำตัวประชาชน",
        r"บัตรประชาชน",
        r"citizen\s+id",
    ]
