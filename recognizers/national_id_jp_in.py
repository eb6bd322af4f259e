"""Japanese individual numbers (My Number): 12 digits, check digit, written 1234 5678 9012.

Validated by python-stdnum (jp.in_)."""

import re

from ._national_id import NationalIdRecognizer


class JpInRecognizer(NationalIdRecognizer):
    COUNTRY = "JP"
    ID_NAME = "MYNUMBER"
    STDNUM = "jp.in_"
    TEXT_NEEDS = re.compile(r"\d{4}")
    PATTERNS = [
        ("my_number", r"\d(?<![\w\-.]\d)\d{3}[ \-]?\d{4}[ \-]?\d{4}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"my\s*number\s+(?:card|\(japan\))",
        r"mynumber",
        r"(?-i:My\s?Number)",  # the card's own name in capitals; "my number" in lower case is anyone's phone
        r"マイナンバー",
        r"個人番号",
        r"individual\s+number",
    ]
