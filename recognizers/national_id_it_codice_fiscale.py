"""Italian codice fiscale: sixteen letters and digits in fixed places, ending in a check letter."""

import re

from ._national_id import NationalIdRecognizer


class ItalyCodiceFiscaleRecognizer(NationalIdRecognizer):
    COUNTRY = "IT"
    ID_NAME = "CF"
    STDNUM = "it.codicefiscale"
    TEXT_NEEDS = re.compile(r"\d{2}")
    PATTERNS = [
        (
            "codice_fiscale",
            r"(?<![\w\-.])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![\w\-]|[.,]\d)",
            0.6,
        ),
    ]
    CONTEXT = [r"codice\s+fiscale", r"c\.?\s?f\.?", r"fiscal\s+code", r"tax\s+code"]
