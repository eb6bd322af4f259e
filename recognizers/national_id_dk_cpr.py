"""Danish CPR numbers: birth date (DDMMYY), a hyphen, four digits."""

import re

from ._national_id import NationalIdRecognizer


class DenmarkCprRecognizer(NationalIdRecognizer):
    COUNTRY = "DK"
    ID_NAME = "CPR"
    STDNUM = "dk.cpr"
    TEXT_NEEDS = re.compile(r"\d{4}")
    PATTERNS = [
        ("cpr", r"(?<![\w\-.])\d{6}-?\d{4}(?![\w\-]|[.,]\d)", 0.35),
    ]
    CONTEXT = [r"cpr(?:-?(?:nr|nummer)\.?)?", r"personnummer"]
