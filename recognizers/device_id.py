"""Device identifiers: IMEI (15 digits, Luhn) and advertising IDs (IDFA/GAID: UUIDs)."""

import re

from ._recognizer_helpers import DASH, NB_DIGIT, NE, ContextRegexRecognizer, digits, luhn_ok

# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
# An IMEI has six digits in a row, an IMEISV sixteen; an Android ID's sixteen hex digits are a whole word.
_NEEDS: dict[str, re.Pattern[str] | int] = {
    "imei": re.compile(r"\d{6}"),
    "imeisv": re.compile(r"\d{16}"),
    "uuid": re.compile(r"-[0-9a-f]{4}-"),
    "android_id": 16,
}


# Digits counting up (or down) in a row, as typed for a dummy value.
_RUN = "0123456789" * 3


class DeviceIdRecognizer(ContextRegexRecognizer):
    ENTITY = "DEVICE_ID"
    LABEL = "DEVICE_ID"
    PATTERNS = [
        # IMEI: 15 digits (TAC 8, serial 6, Luhn check 1), often printed 2-6-6-1.
        # Without a device word, fifteen Luhn-valid digits are as often an account or a reference number: context only.
        ("imei", NB_DIGIT + r"\d" + DASH + r"?\d{6}" + DASH + r"?\d{6}" + DASH + r"?\d" + NE, 0.35),
        # IMEISV: 16 digits, no check digit; context only.
        ("imeisv", NB_DIGIT + r"\d{15}" + NE, 0.1),
        # Advertising IDs (IDFA, GAID) are random UUIDs, but so are request, order and record IDs: a UUID is a device
        # identifier after a device word ("advertising ID", "IDFA", "device"), not alone.
        ("uuid", r"(?<![\w\-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w\-])", 0.35),
        # Android ID: 16 hex characters, context only.
        ("android_id", r"(?<![\w\-])[0-9a-f]{16}(?![\w\-])", 0.1),
    ]
    CONTEXT_BOOST = 0.45
    PATTERN_NEEDS = _NEEDS

    def invalidate_result(self, pattern_text: str) -> bool | None:
        # "000000000000000", "1234567890123456": a form's placeholder or a test value, no device's.
        number = digits(pattern_text)
        return len(number) >= 15 and (len(set(number)) == 1 or number in _RUN or number in _RUN[::-1])

    def validate_result(self, pattern_text: str) -> bool | None:
        if "-" in pattern_text and len(pattern_text) == 36:
            return None
        number = digits(pattern_text)
        if len(number) == 15:
            return True if luhn_ok(number) else False
        return None

    VALID_BOOST = 0.1
