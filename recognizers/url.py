"""URLs: with a scheme, starting www., or a domain followed by a path (profile links name people)."""

import sys
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import ScreenedPatternsRecognizer  # noqa: E402


class WebAddressRecognizer(ScreenedPatternsRecognizer):
    ENTITY = "URL"
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
