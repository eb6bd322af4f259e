"""The authors of a pasted chat export, wherever the app puts them: WhatsApp, LINE, KakaoTalk, Telegram, WeChat,
Discord and pipe-separated exports (`_chat.export_authors`). An author is a person's display name ("Maricel 💕",
"Софія Шевченко", "子豪") or a handle ("ghost_8121"): a handle's shape (digits, "_", ".", inner capitals) makes it a
USERNAME, letters alone a PERSON. Authors that are English words ("Mom", "Team") are a contact's label, not a name.
"""

from __future__ import annotations

from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from pii_pipeline.detection.prescreen import needs

from ._chat import export_authors, role_speakers
from ._names import COMMON_WORDS, ENGLISH_WORDS, FIRST_NAMES_ALL, is_noun
from ._recognizer_helpers import ContextRegexRecognizer

AUTHOR_SCORE = 0.8


def _handle_shaped(value: str) -> bool:
    """Digits, "_", "." or inner capitals in one word. (username.py's test counts a hyphen too; here "Jean-Luc" and
    "Ana-Maria" are display names.)"""
    if value.islower() and " " not in value and value not in FIRST_NAMES_ALL:
        return True  # "frostboixx", "mrpanda": one word in lower case that no name list holds is a handle
    return any(c.isdigit() or c in "_." for c in value) or (
        any(c.isupper() for c in value[1:]) and not value.isupper() and " " not in value
    )


def _plain_words(value: str) -> bool:
    """Every word of the author an English word that is no given name ("Mom", "Study Group", "Deploy")."""
    words = [w.casefold() for w in value.split()]
    return all((w in COMMON_WORDS or w in ENGLISH_WORDS or is_noun(w)) and w not in FIRST_NAMES_ALL for w in words)


class ChatAuthorRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    SUPPORTED_ENTITIES = ["PERSON", "USERNAME"]
    PATTERNS = []
    REFERENCE_NEGATIVE = False
    # An export has two lines or more (a table's cell, "name: Ana", has one).
    SCREEN = needs(substrings=["\n"])

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for start, end in role_speakers(text) if "\n" in text else ():
            # Under a role the place is a name's ("Lotte [agent]:"); only everyday words are not ("Agent Team:"),
            # nor a heading's capitals ("VOLUNTEER APPLICATION:").
            value = text[start:end]
            words = value.casefold().split()
            if value.isupper() and not all(w in FIRST_NAMES_ALL for w in words):
                continue
            if not all((w in COMMON_WORDS or w in ENGLISH_WORDS) and w not in FIRST_NAMES_ALL for w in words):
                yield "staff_name", start, end, AUTHOR_SCORE
        for start, end in export_authors(text):
            value = text[start:end]
            if _handle_shaped(value):
                yield "author_handle", start, end, AUTHOR_SCORE
            elif not _plain_words(value):
                yield "author_name", start, end, AUTHOR_SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = super().analyze(text, entities, nlp_artifacts)
        for result in results:
            if result.analysis_explanation.pattern_name == "author_handle":
                result.entity_type = "USERNAME"
        return [r for r in results if r.entity_type in entities]
