"""Estonian personal identification codes (isikukood): 11 digits (sex and century, birth date, check).

Validated by python-stdnum (ee.ik)."""

import re

from ._national_id import NationalIdRecognizer


class EeIkRecognizer(NationalIdRecognizer):
    COUNTRY = "EE"
    ID_NAME = "IK"
    STDNUM = "ee.ik"
    TEXT_NEEDS = re.compile(r"\d{11}")
    PATTERNS = [
        ("ik", r"[1-6](?<![\w\-.][1-6])\d{10}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"isikukood",
        r"estonian\s+(?:id|personal\s+code)",
    ]
