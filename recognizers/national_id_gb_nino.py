"""UK National Insurance numbers: two prefix letters, six digits, a suffix letter A-D (`AB 12 34 56 C`). No check digit:
the prefix rules (HMRC's allocation) are the check; spaced, the layout alone is distinctive."""

import re

from ._national_id import NationalIdRecognizer


class UkNationalInsuranceRecognizer(NationalIdRecognizer):
    COUNTRY = "GB"
    ID_NAME = "NINO"
    TEXT_NEEDS = re.compile(r"\d{2}")
    PATTERNS = [
        ("nino_spaced", r"(?<![\w\-.])[A-Z]{2} \d{2} \d{2} \d{2} [A-D](?![\w\-]|[.,]\d)", 0.6),
        ("nino_compact", r"(?<![\w\-.])[A-Z]{2}\d{6}[A-D](?![\w\-]|[.,]\d)", 0.4),
    ]
    CONTEXT = [
        r"national\s+insurance(?:\s+(?:no|number|#))?",
        r"n\.?\s?i\.?(?:\s+(?:no|number|#))?",
        r"nino",
        r"ni\s+no",
    ]

    # Prefix letters never used: D, F, I, Q, U, V first; D, F, I, O, Q, U, V second; and these pairs.
    _BAD_PAIRS = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})

    def is_valid(self, value: str) -> bool:
        compact = "".join(value.split()).upper()
        first, second = compact[0], compact[1]
        return (
            len(compact) == 9
            and compact[2:8] != "000000"  # a form's example ("AA 00 00 00 A")
            and first not in "DFIQUV"
            and second not in "DFIOQUV"
            and compact[:2] not in self._BAD_PAIRS
            and compact[8] in "ABCD"
        )
