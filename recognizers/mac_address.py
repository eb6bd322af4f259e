"""MAC addresses: six hex pairs with colons or dashes, or Cisco's three dotted quads."""

import re

from ._recognizer_helpers import ContextRegexRecognizer

# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
_NEEDS: dict[str, re.Pattern[str] | int] = {
    "mac_colon_dash": re.compile(r"[:\-][0-9a-f]{2}[:\-]"),
    "mac_cisco": re.compile(r"\.[0-9a-f]{4}\."),
    "mac_bare": 12,  # twelve bare hex digits are a whole word
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
    PATTERN_NEEDS = _NEEDS

    def validate_result(self, pattern_text: str) -> bool | None:
        hexdigits = [c for c in pattern_text if c not in ":-."]
        # Twelve decimal digits alone are a number, not a hardware address.
        if all(c.isdigit() for c in hexdigits) and ":" not in pattern_text:
            return False
        # The broadcast and all-zero addresses name no device.
        if set("".join(hexdigits).lower()) in ({"f"}, {"0"}):
            return False
        return None
