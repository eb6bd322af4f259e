"""Greek police identity cards (ΑΔΤ, αριθμός δελτίου ταυτότητας): two capital letters, Greek or their Latin
look-alikes, then six digits ("ΑΚ 123456", "AH-123456"). No check digit: only after its words.

python-stdnum has no module for it: `is_valid` checks the letters."""

import re

from ._national_id import NationalIdRecognizer

# Capitals of the Greek alphabet, and the Latin ones that look the same (Greek cards are read and typed with both).
_LETTERS = frozenset("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ" + "ABEZHIKMNOPTYX")


class GrAdtRecognizer(NationalIdRecognizer):
    COUNTRY = "GR"
    ID_NAME = "ADT"
    TEXT_NEEDS = re.compile(r"\d{6}")
    PATTERNS = [
        ("adt", r"(?<![\w\-])[Α-ΩA-Z]{2}[ \-]?\d{6}(?![\w\-]|[.,]\d)", 0.3),
    ]
    FLAGS = 0  # capitals only
    CONTEXT = [
        r"ταυτότητα[ςσ]?",
        r"δελτίο\s+ταυτότητας",
        r"α\.?\s?δ\.?\s?τ\.?",
        r"adt",
        r"greek\s+(?:id|identity)(?:\s+card)?",
        r"(?:id|identity)\s+card",
    ]

    def is_valid(self, value: str) -> bool:
        letters = value[:2]
        return all(c in _LETTERS for c in letters)
