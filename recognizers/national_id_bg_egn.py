"""Bulgarian uniform civil numbers (EGN): 10 digits, birth date first, weighted check.

Validated by python-stdnum (bg.egn)."""

import re

from ._national_id import NationalIdRecognizer


class BgEgnRecognizer(NationalIdRecognizer):
    COUNTRY = "BG"
    ID_NAME = "EGN"
    STDNUM = "bg.egn"
    TEXT_NEEDS = re.compile(r"\d{10}")
    PATTERNS = [
        ("egn", r"\d(?<![\w\-.]\d)\d{9}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"egn",
        r"егн",
        r"единен\s+граждански\s+номер",
    ]
