"""Device identifiers: IMEI (15 digits, Luhn) and advertising IDs (IDFA/GAID: UUIDs)."""

import re
import sys
from collections.abc import Iterator
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import DASH, NB_DIGIT, NE, ContextRegexRecognizer, digits, luhn_ok, pattern_spans  # noqa: E402

from pii_pipeline.detection.prescreen import screen_text, screen_words  # noqa: E402

# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
_NEEDS = {
    "imeisv": re.compile(r"\d{16}"),
    "uuid": re.compile(r"-[0-9a-f]{4}-"),
}
_SIX_DIGITS = re.compile(r"\d{6}")  # in an IMEI and an IMEISV


class DeviceIdRecognizer(ContextRegexRecognizer):
    ENTITY = "DEVICE_ID"
    LABEL = "DEVICE_ID"
    PATTERNS = [
        # IMEI: 15 digits (TAC 8, serial 6, Luhn check 1), often printed 2-6-6-1.
        ("imei", NB_DIGIT + r"\d" + DASH + r"?\d{6}" + DASH + r"?\d{6}" + DASH + r"?\d" + NE, 0.45),
        # IMEISV: 16 digits, no check digit; context only.
        ("imeisv", NB_DIGIT + r"\d{15}" + NE, 0.1),
        # Advertising IDs (IDFA, GAID) are random UUIDs; we report any UUID as a device identifier.
        ("uuid", r"(?<![\w\-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w\-])", 0.75),
        # Android ID: 16 hex characters, context only.
        ("android_id", r"(?<![\w\-])[0-9a-f]{16}(?![\w\-])", 0.1),
    ]
    CONTEXT_BOOST = 0.45

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        lowered = screen_text(text)
        six_digits = _SIX_DIGITS.search(text) is not None
        for name, rx, score in self._compiled or []:
            if name.startswith("imei") and not six_digits:
                continue
            need = _NEEDS.get(name)
            if need is not None and need.search(lowered) is None:
                continue
            # An Android ID's sixteen hex digits are a whole word of the text.
            if name == "android_id" and not any(len(w) == 16 for w in screen_words(lowered)):
                continue
            yield from pattern_spans(name, rx, score, text)

    def validate_result(self, pattern_text: str) -> bool | None:
        if "-" in pattern_text and len(pattern_text) == 36:
            return None
        number = digits(pattern_text)
        if len(number) == 15:
            return True if luhn_ok(number) else False
        return None

    VALID_BOOST = 0.1
