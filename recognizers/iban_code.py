"""IBANs: country code, check digits and BBAN, printed with or without spaces; ISO 7064 mod 97 check."""

import re
from collections.abc import Iterator

from ._recognizer_helpers import ContextRegexRecognizer

# Total IBAN length per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25,
    "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18,
    "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33,
    "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


def mod97_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1
    except ValueError:
        return False


def _one_case(value: str) -> bool:
    """An IBAN is written in capitals (or, typed, all in small letters): "LV80 bANK …" or a word glued on is not."""
    letters = [c for c in value if c.isalpha()]
    return all(c.isupper() for c in letters) or all(c.islower() for c in letters)


class IbanCodeRecognizer(ContextRegexRecognizer):
    ENTITY = "IBAN_CODE"
    LABEL = "US_BANK_NUMBER"
    # Country code, two check digits, then alphanumerics with optional single spaces or dashes.
    PATTERNS = [("iban", r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \-\u00a0]?[A-Za-z0-9]){10,30}", 0.9)]
    CONTEXT_BOOST = 0.1
    OTHER_LABEL_PENALTY = 0.0
    REFERENCE_NEGATIVE = False
    REPORTS_WITHOUT_CONTEXT = True
    _char = re.compile(r"[A-Za-z0-9]")

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for name, start, end, score in super().candidates(text):
            length = IBAN_LENGTHS.get(text[start : start + 2].upper())
            if length is None:
                continue
            # Cut the run at the country's length: what follows may be the next word.
            chars = [m.start() for m in self._char.finditer(text, start, end)]
            # The whole run as written validates: accept it even when its length is off for the country
            # (generators and some banks' printouts get it wrong).
            # mod97_ok reads letters in either case; the pattern itself stops at 34 characters, the longest IBAN.
            written = "".join(text[i] for i in chars)
            if len(chars) != length and 15 <= len(chars) and _one_case(written) and mod97_ok(written):
                yield name, start, chars[-1] + 1, score - 0.1
                continue
            if len(chars) < length:
                continue
            stop = chars[length - 1] + 1
            if len(chars) > length and chars[length] == stop:
                continue  # the run goes on without a break: not this IBAN
            iban = "".join(text[i] for i in chars[:length])
            if _one_case(iban) and mod97_ok(iban):
                yield name, start, stop, score
