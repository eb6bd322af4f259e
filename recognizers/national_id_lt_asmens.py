"""Lithuanian personal codes (asmens kodas): 11 digits (sex and century, birth date, check).

Validated by python-stdnum (lt.asmens)."""

import re

from ._national_id import NationalIdRecognizer


class LtAsmensRecognizer(NationalIdRecognizer):
    COUNTRY = "LT"
    ID_NAME = "ASMENS"
    STDNUM = "lt.asmens"
    TEXT_NEEDS = re.compile(r"\d{11}")
    PATTERNS = [
        ("asmens", r"[1-6](?<![\w\-.][1-6])\d{10}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"asmens\s+kodas",
        r"lithuanian\s+(?:id|personal\s+code)",
    ]
