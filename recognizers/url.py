"""URLs: with a scheme, starting www., or a domain followed by a path (profile links name people)."""

import re
import sys
from collections.abc import Iterator
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import ContextRegexRecognizer, _spans  # noqa: E402
from presidio_analyzer import RecognizerResult  # noqa: E402

from pii_pipeline.detection.prescreen import screen_text  # noqa: E402

# What each pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
_NEEDS = {
    "scheme": re.compile(r"://"),
    "www": re.compile(r"www\."),
    "domain_path": re.compile(r"[a-z]/"),
}


class WebAddressRecognizer(ContextRegexRecognizer):
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

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        # Each pattern's match has a "/" or "www." in it.
        if "/" not in text and "www." not in screen_text(text):
            return []
        return super().analyze(text, entities, nlp_artifacts)

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        lowered = screen_text(text)
        for name, rx, score in self._compiled or []:
            if _NEEDS[name].search(lowered):
                yield from _spans(name, rx, score, text)
