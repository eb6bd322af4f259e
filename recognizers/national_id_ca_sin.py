"""Canadian Social Insurance Numbers: nine digits, Luhn check, written 3-3-3."""

import re

from ._national_id import NationalIdRecognizer


class CanadaSinRecognizer(NationalIdRecognizer):
    COUNTRY = "CA"
    ID_NAME = "SIN"
    STDNUM = "ca.sin"
    TEXT_NEEDS = re.compile(r"\d{3}")
    PATTERNS = [
        ("sin", r"(?<![\w\-.])\d{3}([ \-]?)\d{3}\1\d{3}(?![\w\-]|[.,]\d)", 0.3),
    ]
    # … and French: "numéro d'assurance sociale" (NAS).
    CONTEXT = [
        r"sin(?:\s+(?:no|number|#))?", r"s\.i\.n\.?", r"social\s+insurance(?:\s+(?:no|number))?", r"nas",
        r"assurance\s+sociale",
    ]  # fmt: skip
