"""The NER model's PERSON findings, filtered: a capitalised name, not a code, a number or a common word."""

import sys
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _names import COMMON_WORDS, FIRST_NAMES, LAST_NAMES, PARTICLES  # noqa: E402
from _recognizer_helpers import ContextRegexRecognizer  # noqa: E402
from presidio_analyzer import AnalysisExplanation, RecognizerResult


def plausible_name(value: str) -> bool:
    """What the small NER model calls a person but is not: codes, numbers, common words, lower-case text."""
    if any(c.isdigit() or c in "@#/\\_=:;|<>{}[]" for c in value) or "\n" in value.strip():
        return False
    tokens = value.replace("'s", "").split()
    if not tokens or not all(t[0].isupper() or t in PARTICLES for t in tokens):
        return False
    words = [t.strip(".,'’").casefold() for t in tokens]
    if any(w in COMMON_WORDS for w in words):
        return False
    if any(t.isupper() and len(t) > 3 for t in tokens):
        return False  # CASE, REPORT, acronyms
    known = sum(w in FIRST_NAMES or w in LAST_NAMES for w in words)
    # One unknown word ("Metallica", "Tales") is too weak; two capitalised words or a known name will do.
    return known > 0 or len(tokens) > 1


class PersonNerRecognizer(ContextRegexRecognizer):
    """Meant to replace the plain SpacyRecognizer in engine.py (which reports every NER PERSON unfiltered)."""

    ENTITY = "PERSON"
    PATTERNS = []
    NER_SCORE = 0.85

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if nlp_artifacts is None or not nlp_artifacts.entities:
            return []
        results = []
        for ent in nlp_artifacts.entities:
            if ent.label_ not in ("PERSON", "PER"):
                continue
            start, end = ent.start_char, ent.end_char
            if not plausible_name(text[start:end]):
                continue
            results.append(
                RecognizerResult(
                    entity_type="PERSON",
                    start=start,
                    end=end,
                    score=self.NER_SCORE,
                    analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=self.NER_SCORE),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
