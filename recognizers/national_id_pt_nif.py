"""Portuguese tax numbers (NIF, número de contribuinte): nine digits, mod 11 check, a person's number on every
Portuguese form.

Validated by python-stdnum (pt.nif)."""

import re

from ._national_id import NationalIdRecognizer


class PtNifRecognizer(NationalIdRecognizer):
    COUNTRY = "PT"
    ID_NAME = "NIF"
    STDNUM = "pt.nif"
    TEXT_NEEDS = re.compile(r"\d{3}")
    PATTERNS = [
        ("nif", r"\d(?<![\w\-.]\d)\d{2} ?\d{3} ?\d{3}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"nif",
        r"n\.?\s*i\.?\s*f\.",
        r"contribuinte",
        r"n[uú]mero\s+de\s+identifica[cç][aã]o\s+fiscal",
        r"portuguese\s+tax\s+(?:no|number|id)",
    ]
