"""Argentine national identity numbers (DNI): seven or eight digits, written 20.123.456.

Validated by python-stdnum (ar.dni)."""

import re

from ._national_id import NationalIdRecognizer


class ArDniRecognizer(NationalIdRecognizer):
    COUNTRY = "AR"
    ID_NAME = "DNI"
    STDNUM = "ar.dni"
    TEXT_NEEDS = re.compile(r"\d{3}")
    PATTERNS = [
        ("dni_dotted", r"\d(?<![\w\-.]\d)\d{0,1}\.\d{3}\.\d{3}(?![\w\-]|[.,]\d)", 0.3),
        ("dni_bare", r"\d(?<![\w\-.]\d)\d{6,7}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        # "DNI 30123456": a Spanish DNI has its letter (national_id_es_dni); seven or eight digits alone are
        # Argentina's.
        r"dni",
        r"documento\s+nacional(?:\s+de\s+identidad)?",
        r"dni\s+(?:argentino|arg)",
        r"argentin\w*\s+(?:id|dni)",
    ]
