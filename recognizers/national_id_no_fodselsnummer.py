"""Norwegian national identity numbers (fødselsnummer): birth date and five digits, two of them check digits."""

import re

from ._national_id import NationalIdRecognizer


class NorwayFodselsnummerRecognizer(NationalIdRecognizer):
    COUNTRY = "NO"
    ID_NAME = "FNR"
    STDNUM = "no.fodselsnummer"
    TEXT_NEEDS = re.compile(r"\d{5}")
    PATTERNS = [
        ("fodselsnummer", r"(?<![\w\-.])\d{6} ?\d{5}(?![\w\-]|[.,]\d)", 0.35),
    ]
    CONTEXT = [r"f[øo]dselsnummer", r"personnummer", r"national\s+identity\s+number", r"fnr"]
