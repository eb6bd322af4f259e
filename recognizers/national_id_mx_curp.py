"""Mexican CURP: eighteen letters and digits in fixed places (name, birth date, sex, state), a check digit."""

import re

from ._national_id import NationalIdRecognizer


class MexicoCurpRecognizer(NationalIdRecognizer):
    COUNTRY = "MX"
    ID_NAME = "CURP"
    STDNUM = "mx.curp"
    TEXT_NEEDS = re.compile(r"\d{6}")
    PATTERNS = [
        ("curp", r"(?<![\w\-.])[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d(?![\w\-]|[.,]\d)", 0.6),
    ]
    CONTEXT = [r"curp", r"clave\s+[uú]nica"]
