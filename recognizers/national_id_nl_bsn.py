"""Dutch citizen service numbers (BSN): nine digits passing the eleven test."""

import re

from ._national_id import NationalIdRecognizer


class NetherlandsBsnRecognizer(NationalIdRecognizer):
    COUNTRY = "NL"
    ID_NAME = "BSN"
    STDNUM = "nl.bsn"
    TEXT_NEEDS = re.compile(r"\d{2}")
    PATTERNS = [
        ("bsn", r"(?<![\w\-.])\d{4}\.?\d{2}\.?\d{3}(?![\w\-]|[.,]\d)", 0.3),
        ("bsn_spaced", r"(?<![\w\-.])\d{3} \d{3} \d{3}(?![\w\-]|[.,]\d)", 0.3),  # "111 222 333"
    ]
    CONTEXT = [r"bsn", r"burgerservicenummer", r"sofi-?nummer", r"citizen\s+service\s+(?:no|number)"]
