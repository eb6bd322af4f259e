"""Irish Personal Public Service numbers: seven digits, a check letter, and an optional second letter."""

import re

from ._national_id import NationalIdRecognizer


class IrelandPpsRecognizer(NationalIdRecognizer):
    COUNTRY = "IE"
    ID_NAME = "PPS"
    STDNUM = "ie.pps"
    TEXT_NEEDS = re.compile(r"\d{7}")
    PATTERNS = [
        ("pps", r"(?<![\w\-.])\d{7}[A-W][ABWTXZ]?(?![\w\-]|[.,]\d)", 0.4),
    ]
    CONTEXT = [r"ppsn?(?:\s+(?:no|number))?", r"personal\s+public\s+service(?:\s+(?:no|number))?"]
