"""US Social Security numbers: area 001-899 except 666, group 01-99, serial 0001-9999 (9xx areas are ITINs)."""

from ._recognizer_helpers import DASH, NB_DIGIT, NE, SPACE, ContextRegexRecognizer, digits


class SocialSecurityNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "US_SSN"
    LABEL = "US_SSN"
    PATTERNS = [
        # Dashed NNN-NN-NNNN is the SSN's own shape (phones are 3-3-4): reported without context.
        ("ssn_dashed", NB_DIGIT + r"\d{2}(" + DASH + r")\d{2}\1\d{4}" + NE, 0.6),
        # Spaced or dotted 3-2-4 is still the SSN's layout (phones are 3-3-4): reported, lower, without context.
        ("ssn_spaced", NB_DIGIT + r"\d{2}(" + SPACE + r"|\.)\d{2}\1\d{4}" + NE, 0.5),
        # Nine bare digits are anything (routing, account, phone fragment): context only.
        ("ssn_bare", NB_DIGIT + r"\d{8}" + NE, 0.2),
        # A digit short or long ("SSN: 123-45-678"): only after its label, where INVALID_WITH_CONTEXT reports it.
        ("ssn_typo", NB_DIGIT + r"\d{2}(" + DASH + "|" + SPACE + r")\d{2}\1\d{3,5}" + NE, 0.0),
    ]
    CONTEXT_BOOST = 0.45
    INVALID_WITH_CONTEXT = 0.55  # a typo after "SSN" (a digit short or long) is still an SSN to remove

    def invalidate_result(self, pattern_text: str) -> bool | None:
        # Never issued (area 000, 666 or 9xx, group 00, serial 0000): such a number identifies nobody, so it is
        # dropped whatever its label says. A digit too many or too few is a typo of a real one (validate_result).
        number = digits(pattern_text)
        if len(number) != 9:
            return None
        area, group, serial = number[:3], number[3:5], number[5:]
        return area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000"

    def validate_result(self, pattern_text: str) -> bool | None:
        return False if len(digits(pattern_text)) != 9 else None
