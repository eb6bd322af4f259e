"""Chilean RUT/RUN: seven or eight digits and a check character (0-9 or K), written 12.345.678-5.

Validated by python-stdnum (cl.rut)."""

import re

from ._national_id import NationalIdRecognizer


class ClRutRecognizer(NationalIdRecognizer):
    COUNTRY = "CL"
    ID_NAME = "RUT"
    STDNUM = "cl.rut"
    TEXT_NEEDS = re.compile(r"\d{3}")
    PATTERNS = [
        ("rut", r"\d(?<![\w\-.]\d)\d{0,1}\.\d{3}\.\d{3}-[\dkK](?![\w\-]|[.,]\d)", 0.6),
        ("rut_plain", r"\d(?<![\w\-.]\d)\d{6,7}-[\dkK](?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"rut",
        r"rol\s+[uú]nico\s+(?:tributario|nacional)",
    ]
