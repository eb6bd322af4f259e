"""US passport numbers: 9 digits, or a letter and 8 digits (next generation books); context only."""

import re
import sys
from collections.abc import Iterator
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import FastLabelsRecognizer, _spans  # noqa: E402
from presidio_analyzer import RecognizerResult  # noqa: E402

from pii_pipeline.detection.prescreen import screen_text  # noqa: E402

_SIX_DIGITS = re.compile(r"\d{6}")  # in every pattern's match
# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
# A letter right before six digits (starting at the digits, which the engine skips to).
_LETTER_DIGITS = re.compile(r"\d{6}(?<=[a-z]\d{6})")
_NEEDS = {"passport_letter": _LETTER_DIGITS, "passport_other": _LETTER_DIGITS}


class PassportNumberRecognizer(FastLabelsRecognizer):
    ENTITY = "US_PASSPORT"
    LABEL = "US_PASSPORT"
    PATTERNS = [
        ("passport_digits", r"\d(?<![\w\-.]\d)\d{8}(?![\w\-]|[.,]\d)", 0.15),
        ("passport_letter", r"(?<![\w\-])[a-z]\d{8}(?![\w\-])", 0.2),
        # Other countries' books a US-resident family may hold: 1-2 letters and 6-8 digits.
        ("passport_other", r"(?<![\w\-])[a-z]{1,2}\d{6,8}(?![\w\-])", 0.1),
    ]
    CONTEXT_BOOST = 0.6
    CONTEXT_WINDOW = 40

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if _SIX_DIGITS.search(text) is None:
            return []  # no pattern can match
        return super().analyze(text, entities, nlp_artifacts)

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        lowered = screen_text(text)
        for name, rx, score in self._compiled or []:
            need = _NEEDS.get(name)
            if need is None or need.search(lowered):
                yield from _spans(name, rx, score, text)
