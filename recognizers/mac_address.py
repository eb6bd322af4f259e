"""MAC addresses: six hex pairs with colons or dashes, or Cisco's three dotted quads."""

import re
import sys
from collections.abc import Iterator
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import ContextRegexRecognizer, pattern_spans  # noqa: E402

from pii_pipeline.detection.prescreen import screen_text, screen_words  # noqa: E402

# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
_NEEDS = {
    "mac_colon_dash": re.compile(r"[:\-][0-9a-f]{2}[:\-]"),
    "mac_cisco": re.compile(r"\.[0-9a-f]{4}\."),
}


class HardwareAddressRecognizer(ContextRegexRecognizer):
    ENTITY = "MAC_ADDRESS"
    PATTERNS = [
        ("mac_colon_dash", r"(?<![\w:\-])[0-9a-f]{2}([:\-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}(?![\w:\-])", 0.85),
        ("mac_cisco", r"(?<![\w.])[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}(?![\w.])", 0.6),
        ("mac_bare", r"(?<![\w])[0-9a-f]{12}(?!\w)", 0.1),
    ]
    CONTEXT = [r"mac", r"mac\s+address", r"hardware\s+address", r"wi-?fi", r"bssid", r"ethernet", r"device", r"router"]
    CONTEXT_BOOST = 0.45
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        lowered = screen_text(text)
        for name, rx, score in self._compiled or []:
            need = _NEEDS.get(name)
            if need is not None and need.search(lowered) is None:
                continue
            # Twelve bare hex digits are a whole word of the text.
            if name == "mac_bare" and not any(len(w) == 12 for w in screen_words(lowered)):
                continue
            yield from pattern_spans(name, rx, score, text)

    def validate_result(self, pattern_text: str) -> bool | None:
        hexdigits = [c for c in pattern_text if c not in ":-."]
        # Twelve decimal digits alone are a number, not a hardware address.
        if all(c.isdigit() for c in hexdigits) and ":" not in pattern_text:
            return False
        return None
