"""Chinese resident identity card numbers: 18 characters (region, birth date, sequence, ISO 7064 check).

Validated by python-stdnum (cn.ric)."""

import re

from ._national_id import NationalIdRecognizer


class CnRicRecognizer(NationalIdRecognizer):
    COUNTRY = "CN"
    ID_NAME = "RIC"
    STDNUM = "cn.ric"
    TEXT_NEEDS = re.compile(r"\d{17}")
    PATTERNS = [
        ("ric", r"\d(?<![\w\-.]\d)\d{16}[\dXx](?![\w\-]|[.,]\d)", 0.5),
    ]
    CONTEXT = [
        r"resident\s+id(?:entity)?(?:\s+card)?(?:\s+(?:no|number))?",
        r"身份证(?:号码?)?",
        r"居民身份证",
        r"chinese\s+id(?:\s+(?:card|no|number))?",
        r"prc\s+id",
        r"id\s+card(?:\s+(?:no|number))?",
    ]
