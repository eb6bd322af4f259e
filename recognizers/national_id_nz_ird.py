"""New Zealand IRD numbers: eight or nine digits, weighted mod 11 check, written 123-456-789.

Validated by python-stdnum (nz.ird)."""

import re

from ._national_id import NationalIdRecognizer


class NzIrdRecognizer(NationalIdRecognizer):
    COUNTRY = "NZ"
    ID_NAME = "IRD"
    STDNUM = "nz.ird"
    TEXT_NEEDS = re.compile(r"\d{3}")
    PATTERNS = [
        ("ird", r"\d(?<![\w\-.]\d)\d{1,2}[ \-]?\d{3}[ \-]?\d{3}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"ird(?:\s+(?:no|number|#))?",
        r"inland\s+revenue(?:\s+(?:no|number))?",
    ]
