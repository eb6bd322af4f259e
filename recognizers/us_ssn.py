"""US Social Security numbers: area 001-899 except 666, group 01-99, serial 0001-9999 (9xx areas are ITINs)."""

import sys
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import DASH, NB_DIGIT, NE, SPACE, ContextRegexRecognizer, digits  # noqa: E402


class SocialSecurityNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "US_SSN"
    LABEL = "US_SSN"
    PATTERNS = [
        # Dashed NNN-NN-NNNN is the SSN's own shape (phones are 3-3-4): reported without context.
        ("ssn_dashed", NB_DIGIT + r"\d{2}(" + DASH + r")\d{2}\1\d{4}" + NE, 0.6),
        ("ssn_spaced", NB_DIGIT + r"\d{2}(" + SPACE + r"|\.)\d{2}\1\d{4}" + NE, 0.35),
        # Nine bare digits are anything (routing, account, phone fragment): context only.
        ("ssn_bare", NB_DIGIT + r"\d{8}" + NE, 0.2),
    ]
    CONTEXT_BOOST = 0.45

    def validate_result(self, pattern_text: str) -> bool | None:
        number = digits(pattern_text)
        if len(number) != 9:
            return False
        area, group, serial = number[:3], number[3:5], number[5:]
        if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
            return False
        return None
