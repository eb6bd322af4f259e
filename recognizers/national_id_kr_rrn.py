"""South Korean resident registration numbers: birth date, a hyphen, seven digits ending in a check digit."""

import re

from ._national_id import NationalIdRecognizer


class KoreaRrnRecognizer(NationalIdRecognizer):
    COUNTRY = "KR"
    ID_NAME = "RRN"
    STDNUM = "kr.rrn"
    TEXT_NEEDS = re.compile(r"\d{6}")
    PATTERNS = [
        ("rrn_dashed", r"(?<![\w\-.])\d{6}-[1-8]\d{6}(?![\w\-]|[.,]\d)", 0.6),
        ("rrn_compact", r"(?<![\w\-.])\d{6}[1-8]\d{6}(?![\w\-]|[.,]\d)", 0.35),
    ]
    CONTEXT = [r"rrn", r"resident\s+registration(?:\s+(?:no|number))?", r"주민등록번호", r"주민번호"]
