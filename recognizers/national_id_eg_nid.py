"""Egyptian national ID numbers (الرقم القومي): fourteen digits, the century (2: 1900s, 3: 2000s), the birth date
(YYMMDD), the governorate's code, a serial and a check digit.

python-stdnum has no module for it: `is_valid` checks the century, the date and the governorate."""

import datetime as dt
import re

from ._national_id import NationalIdRecognizer

# Governorates' codes (01 Cairo … 35 South Sinai) and 88 for those born abroad.
_GOVERNORATES = frozenset(
    [1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32, 33, 34, 35, 88]
)


class EgNidRecognizer(NationalIdRecognizer):
    COUNTRY = "EG"
    ID_NAME = "NID"
    TEXT_NEEDS = re.compile(r"\d{14}")
    PATTERNS = [
        ("nid", r"\d(?<![\w\-.]\d)\d{13}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"الرقم\s+القومي",
        r"رقم\s+قومي",
        r"بطاقة\s+(?:الرقم\s+القومي|شخصية)",
        r"egyptian\s+(?:national\s+)?id",
        r"national\s+id",
    ]
    CONTEXT_UNSPACED = [r"الرقم\s*القومي", r"الرقم"]

    def is_valid(self, value: str) -> bool:
        digits = value.strip()
        if len(digits) != 14 or not digits.isdigit() or digits[0] not in "23":
            return False
        year = (1900 if digits[0] == "2" else 2000) + int(digits[1:3])
        try:
            dt.date(year, int(digits[3:5]), int(digits[5:7]))
        except ValueError:
            return False
        return int(digits[7:9]) in _GOVERNORATES
