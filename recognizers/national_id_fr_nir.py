"""French social security numbers (NIR/INSEE): sex, birth year and month, place, order number, a two-digit key."""

import re

from ._national_id import NationalIdRecognizer


class FranceNirRecognizer(NationalIdRecognizer):
    COUNTRY = "FR"
    ID_NAME = "NIR"
    STDNUM = "fr.nir"
    TEXT_NEEDS = re.compile(r"\d{2}")
    PATTERNS = [
        ("nir_spaced", r"(?<![\w\-.])[12] \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}(?![\w\-]|[.,]\d)", 0.6),
        ("nir_compact", r"(?<![\w\-.])[12]\d{4}(?:\d{2}|2[AB])\d{6}[ ]?\d{2}(?![\w\-]|[.,]\d)", 0.4),
    ]
    CONTEXT = [
        r"nir",
        r"s[ée]curit[ée]\s+sociale",
        r"num[ée]ro\s+de\s+s[ée]cu",
        r"insee",
        r"carte\s+vitale",
        r"social\s+security(?:\s+(?:no|number))?",
    ]
