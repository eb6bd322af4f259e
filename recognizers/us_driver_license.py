"""US driver's licence numbers: the state formats (1-2 letters and digits, digits only, dashed forms); context only."""

import re

from ._recognizer_helpers import NB_DIGIT, ContextRegexRecognizer

_TWO_DIGITS = re.compile(r"\d\d")  # in every pattern's match
# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern
# (starting at the digits, which the engine skips to): a word's 1-3 letters (and a dash or space) right before three
# digits; a Washington licence's letters, digits and end.
_LETTERS_BEFORE = "|".join(
    rf"(?<=[a-z]{{{n}}}{sep}\d{{3}})(?<![\w\-][a-z]{{{n}}}{sep}\d{{3}})" for n in (1, 2, 3) for sep in ("", r"[\-\s]")
)
_NEEDS = {
    "letters_digits": re.compile(r"\d{3}(?:" + _LETTERS_BEFORE + ")"),
    "wa_style": re.compile(r"\d{3}(?<=[a-z*]{5}\d{3})[a-z0-9]{2}(?![\w\-])"),
}


class UsDriverLicenseRecognizer(ContextRegexRecognizer):
    ENTITY = "US_DRIVER_LICENSE"
    TEXT_NEEDS = _TWO_DIGITS
    PATTERN_NEEDS = _NEEDS
    LABEL = "US_DRIVER_LICENSE"
    PATTERNS = [
        # CA A1234567, FL A123-456-78-901-0, NY 123 456 789, WA WDLABCD456DG: letters and digits, 5-16 long.
        ("letters_digits", r"(?<![\w\-])[a-z]{1,3}[\-\s]?\d{3,14}(?:-\d{1,4}){0,4}[a-z]{0,2}(?![\w\-])", 0.15),
        ("digits", NB_DIGIT + r"\d{4,13}(?![\w\-]|[.,]\d)", 0.1),
        ("digits_grouped", NB_DIGIT + r"\d{1,3}(?:[\- ]\d{2,4}){1,4}(?![\w\-]|[.,]\d)", 0.1),
        ("wa_style", r"(?<![\w\-])(?=[a-z*]*\d)[a-z*]{5,7}\d{3}[a-z0-9]{2}(?![\w\-])", 0.1),
    ]
    CONTEXT_BOOST = 0.6
    CONTEXT_WINDOW = 40

    def validate_result(self, pattern_text: str) -> bool | None:
        plain = "".join(c for c in pattern_text if c.isalnum())
        if not 5 <= len(plain) <= 16 or sum(c.isdigit() for c in plain) < 4:
            return False
        # "DL" is also a word ("DL 2024" a year); a year is not a licence.
        if plain.isdigit() and len(plain) == 4:
            return False
        return None
