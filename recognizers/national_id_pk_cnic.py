"""Pakistani computerised national identity card numbers (CNIC): 13 digits written 35202-1234567-1.

Validated by python-stdnum (pk.cnic)."""

import re

from ._national_id import NationalIdRecognizer


class PkCnicRecognizer(NationalIdRecognizer):
    COUNTRY = "PK"
    ID_NAME = "CNIC"
    STDNUM = "pk.cnic"
    TEXT_NEEDS = re.compile(r"\d{5}")
    PATTERNS = [
        ("cnic", r"\d(?<![\w\-.]\d)\d{4}-\d{7}-\d(?![\w\-]|[.,]\d)", 0.6),
        ("cnic_bare", r"\d(?<![\w\-.]\d)\d{12}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"cnic",
        r"computeri[sz]ed\s+national\s+identity\s+card",
    ]
