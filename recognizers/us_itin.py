"""US ITINs: 9NN-GG-NNNN with IRS groups 50-65, 70-88, 90-92, 94-99."""

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import DASH, NE, SPACE, ContextRegexRecognizer, digits

WHOLE_TEXT_SCORE = 0.5  # nine bare digits that are the whole text: a form field's value


class TaxpayerIdRecognizer(ContextRegexRecognizer):
    ENTITY = "US_ITIN"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(substrings="9")
    LABEL = "US_ITIN"
    PATTERNS = [
        ("itin_separated", r"9(?<![\w\-.]9)\d{2}(" + DASH + "|" + SPACE + r"|\.)\d{2}\1\d{4}" + NE, 0.6),
        ("itin_bare", r"9(?<![\w\-.]9)\d{8}" + NE, 0.25),
    ]
    CONTEXT_BOOST = 0.4
    # People write "SSN" next to an ITIN: a 9xx number is never an SSN, so that label is no evidence against.
    CONTEXT = [r"ssn", r"social\s+security(?:\s+number)?"]
    REPORTS_WITHOUT_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        number = digits(pattern_text)
        if len(number) != 9 or number[0] != "9":
            return False
        group = int(number[3:5])
        if not (50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99):
            return False
        return None

    def score(self, text: str, start: int, end: int, base: float) -> float:
        score = super().score(text, start, end, base)
        if 0.0 < score < WHOLE_TEXT_SCORE and not text[:start].strip() and not text[end:].strip():
            # The whole text is one bare ITIN (a form field's value on its own): reported, low, no context word.
            return WHOLE_TEXT_SCORE
        return score
