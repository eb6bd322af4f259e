"""US bank account numbers: 4-17 digits, only next to an account label (no format of their own)."""

import re

from ._recognizer_helpers import DASH, NB_DIGIT, NE, ContextRegexRecognizer

_TWO_DIGITS = re.compile(r"\d\d")  # in every pattern's match
# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
_NEEDS = {"account_masked": re.compile(r"[x*•][\- ]?\d{4}")}


class UsBankNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "US_BANK_NUMBER"
    TEXT_NEEDS = _TWO_DIGITS
    PATTERN_NEEDS = _NEEDS
    LABEL = "US_BANK_NUMBER"
    PATTERNS = [
        ("account_digits", NB_DIGIT + r"\d{3,16}" + NE, 0.1),
        ("account_dashed", NB_DIGIT + r"\d{1,7}" + DASH + r"\d{2,10}(?:" + DASH + r"\d{1,6})?" + NE, 0.1),
        ("account_masked", r"(?<![\w*])(?:[xX*•]{2,12}[\- ]?)\d{4}" + NE, 0.1),
    ]
    CONTEXT_BOOST = 0.5
    CONTEXT_WINDOW = 36

    def invalidate_result(self, pattern_text: str) -> bool | None:
        # A year or an amount after "account" ("account opened 2019") is not an account number.
        plain = pattern_text.replace("-", "")
        return len(plain) == 4 and plain.isdigit() and 1900 <= int(plain) <= 2099
