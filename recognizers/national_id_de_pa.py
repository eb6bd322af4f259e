"""German identity card numbers (Personalausweis, since November 2010): nine characters of a 29-letter alphabet
(no vowels, no B, D, Q, S), the first a letter, then the ICAO 9303 check digit (7-3-1 weights), often left off
("L01X00T47", "L01X00T471").

python-stdnum has no module for it: `is_valid` checks the alphabet and, when present, the check digit."""

import re

from ._national_id import NationalIdRecognizer

_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"


def _icao_check(body: str) -> int:
    total = 0
    for i, ch in enumerate(body):
        value = int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        total += value * (7, 3, 1)[i % 3]
    return total % 10


class DePaRecognizer(NationalIdRecognizer):
    COUNTRY = "DE"
    ID_NAME = "PA"
    TEXT_NEEDS = re.compile(r"\d")
    PATTERNS = [
        ("pa", r"(?<![\w\-])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d?(?![\w\-])", 0.3),
    ]
    FLAGS = 0  # printed in capitals
    CONTEXT = [
        r"(?i:personalausweis(?:nummer|[\s\-]*nr\.?)?)",
        r"(?i:ausweis(?:nummer|[\s\-]*nr\.?)?)",
        r"(?i:german\s+id(?:entity)?(?:\s+card)?)",
        r"(?i:id(?:entity)?\s+card(?:\s+(?:no|number))?)",
    ]

    def is_valid(self, value: str) -> bool:
        if sum(c.isdigit() for c in value[:9]) < 2:
            return False  # a word in capitals ("CHRYSLERS"), not a number
        if any(c not in _ALPHABET for c in value[:9]):
            return False
        return len(value) == 9 or _icao_check(value[:9]) == int(value[9])
