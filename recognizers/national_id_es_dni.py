"""Spanish DNI/NIF numbers: eight digits and a check letter (`12345678Z`)."""

import re

from ._national_id import NationalIdRecognizer


class SpainDniRecognizer(NationalIdRecognizer):
    COUNTRY = "ES"
    ID_NAME = "DNI"
    STDNUM = "es.dni"
    TEXT_NEEDS = re.compile(r"\d{8}")
    PATTERNS = [
        ("dni", r"(?<![\w\-.])\d{8}[ \-]?[A-Z](?![\w\-]|[.,]\d)", 0.6),
    ]
    CONTEXT = [r"dni", r"nif", r"documento\s+nacional(?:\s+de\s+identidad)?", r"d\.n\.i\.?"]
