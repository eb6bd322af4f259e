"""Spanish foreigner numbers (NIE): X, Y or Z, seven digits and a check letter (`X1234567L`)."""

import re

from ._national_id import NationalIdRecognizer


class SpainNieRecognizer(NationalIdRecognizer):
    COUNTRY = "ES"
    ID_NAME = "NIE"
    STDNUM = "es.nie"
    TEXT_NEEDS = re.compile(r"\d{7}")
    PATTERNS = [
        ("nie", r"(?<![\w\-.])[XYZ][ \-]?\d{7}[ \-]?[A-Z](?![\w\-]|[.,]\d)", 0.6),
    ]
    CONTEXT = [
        r"nie",
        r"n\.i\.e\.?",
        r"(?:n[uú]mero\s+de\s+)?identidad\s+de\s+extranjero",
        r"foreigner\s+(?:id|number)",
    ]
