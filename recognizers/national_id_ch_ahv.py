"""Swiss social security numbers (AHV/AVS): 756, ten digits, an EAN-13 check digit (`756.1234.5678.97`)."""

import re

from ._national_id import NationalIdRecognizer


class SwissAhvRecognizer(NationalIdRecognizer):
    COUNTRY = "CH"
    ID_NAME = "AHV"
    STDNUM = "ch.ssn"
    TEXT_NEEDS = re.compile(r"756")
    PATTERNS = [
        ("ahv_dotted", r"(?<![\w\-.])756\.\d{4}\.\d{4}\.\d{2}(?![\w\-]|[.,]\d)", 0.6),
        ("ahv_compact", r"(?<![\w\-.])756[ ]?\d{4}[ ]?\d{4}[ ]?\d{2}(?![\w\-]|[.,]\d)", 0.45),
    ]
    CONTEXT = [
        r"ahv(?:-?nr\.?|-?nummer)?",
        r"avs",
        r"oasi",
        r"sozialversicherungs(?:nummer)?",
        r"social\s+security(?:\s+(?:no|number))?",
        r"assurance\s+vieillesse",
    ]
