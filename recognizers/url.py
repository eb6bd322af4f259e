"""URLs: with a scheme, starting www., or a domain followed by a path (profile links name people)."""

import re

from ._recognizer_helpers import ContextRegexRecognizer

# Every pattern's match has a "/" or "www." in it.
_SLASH_OR_WWW = re.compile(r"/|www\.")

# What each pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
_NEEDS = {
    "scheme": re.compile(r"://"),
    "www": re.compile(r"www\."),
    "domain_path": re.compile(r"[a-z]/"),
}


class WebAddressRecognizer(ContextRegexRecognizer):
    ENTITY = "URL"
    TEXT_NEEDS = _SLASH_OR_WWW
    PATTERN_NEEDS = _NEEDS
    _TAIL = r"(?:[/?#][^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?])?"
    PATTERNS = [
        ("scheme", r"\b(?:https?|ftp)://[^\s<>\"'{}|\\^`\[\]]+[^\s<>\"'{}|\\^`\[\].,;:!?)]", 0.95),
        ("www", r"(?<![\w@.\-])www\.(?:[a-z0-9\-]+\.)+[a-z]{2,24}(?![\w\-])" + _TAIL, 0.95),
        # example.org/path: a bare domain alone is an organisation, not a personal value.
        (
            "domain_path",
            r"(?<![\w@.\-/])(?:[a-z0-9\-]+\.)+[a-z]{2,24}/[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?]",
            0.6,
        ),
    ]
    REFERENCE_NEGATIVE = False
