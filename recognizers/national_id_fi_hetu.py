"""Finnish personal identity codes (HETU): birth date, a century sign, three digits and a check character."""

import re

from ._national_id import NationalIdRecognizer


class FinlandHetuRecognizer(NationalIdRecognizer):
    COUNTRY = "FI"
    ID_NAME = "HETU"
    STDNUM = "fi.hetu"
    TEXT_NEEDS = re.compile(r"\d{6}")
    PATTERNS = [
        ("hetu", r"(?<![\w\-.])\d{6}[\-+ABCDEFYXWVU]\d{3}[0-9A-Y](?![\w\-]|[.,]\d)", 0.6),
    ]
    CONTEXT = [r"hetu", r"henkil[öo]tunnus", r"sosiaaliturvatunnus", r"personal\s+identity\s+code"]
