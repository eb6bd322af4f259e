"""US passport numbers: 9 digits, or a letter and 8 digits (next generation books); context only."""

import re

from ._recognizer_helpers import ContextRegexRecognizer

_SIX_DIGITS = re.compile(r"\d{6}")  # in every pattern's match
# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
# A letter right before six digits (starting at the digits, which the engine skips to).
_LETTER_DIGITS = re.compile(r"\d{6}(?<=[a-z]\d{6})")
_NEEDS = {"passport_letter": _LETTER_DIGITS, "passport_letter_upper": _LETTER_DIGITS, "passport_other": _LETTER_DIGITS}


class PassportNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "US_PASSPORT"
    TEXT_NEEDS = _SIX_DIGITS
    PATTERN_NEEDS = _NEEDS
    LABEL = "US_PASSPORT"
    PATTERNS = [
        ("passport_digits", r"\d(?<![\w\-.]\d)\d{8}(?![\w\-]|[.,]\d)", 0.15),
        ("passport_letter", r"(?<![\w\-])[a-z]\d{8}(?![\w\-])", 0.2),
        # A capital and eight digits is the next-generation book's exact shape: reported, at the threshold, alone.
        ("passport_letter_upper", r"(?<![\w\-])(?-i:[A-Z])\d{8}(?![\w\-])", 0.5),
        # Other countries' books a US-resident family may hold: 1-2 letters and 6-8 digits.
        ("passport_other", r"(?<![\w\-])[a-z]{1,2}\d{6,8}(?![\w\-])", 0.1),
    ]
    CONTEXT_BOOST = 0.6
    CONTEXT_WINDOW = 40
    REPORTS_WITHOUT_CONTEXT = True
