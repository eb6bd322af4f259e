"""Phone numbers said aloud and written down as words: a call's transcript or a voicemail's ("oh seven seven double
nine, four one two …", "zero eight one two one oh six eight nine three eight", "plus four four seven …"). Seven to
fifteen digits, words or single figures, with "double" and "triple" counted; nine or more, or a phone word before
them ("my number is", "mobile", "call me on"), make a number. Counting in words ("one two three four") stays short.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer

SCORE = 0.75
_DIGITS = {
    "zero": 1, "oh": 1, "o": 1, "nought": 1, "nil": 1, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1,
    "six": 1, "seven": 1, "eight": 1, "nine": 1,
}  # fmt: skip
_TOKEN = r"(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|double|triple|\d)"
_RUN = re.compile(
    # (pauses between the groups: "oh four one two ... three double four ... six eight nine")
    r"(?<![\w\-])(?:plus[ \t]+)?" + _TOKEN + r"(?:[ \t,.\-\u2026]{1,5}" + _TOKEN + r"){5,24}(?![\w\-])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+|\d")
# A phone's word before the digits, in English and the partners' languages.
_PHONE_CUE = re.compile(
    r"(?i:number|no\.|mobile|phone|cell|call|ring|text|whatsapp|contact|reach|tel|landline|nummer|numéro|"
    r"número|numero|telefon|téléphone|teléfono|handy|portable|móvil|celular|cellulare)[^\n]{0,30}$"
)
MIN_DIGITS, MIN_ALONE, MAX_DIGITS = 7, 9, 15


def _count(words: list[str]) -> tuple[int, int] | None:
    """(digits, digit words) said by the run's words, or None when "double"/"triple" has no digit after it."""
    digits = spoken = 0
    for i, word in enumerate(words):
        w = word.casefold()
        if w in ("double", "triple"):
            if i + 1 == len(words) or words[i + 1].casefold() in ("double", "triple", "plus"):
                return None
            digits += 1 if w == "double" else 2  # the next word counts itself once
            spoken += 1
        elif w in _DIGITS:
            digits += 1
            spoken += 1
        elif w.isdigit():
            digits += 1
    return digits, spoken


def spoken_numbers(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, cued) of each run of spoken digits long enough to be a phone number."""
    for m in _RUN.finditer(text):
        words = _WORD.findall(m.group())
        if words and words[0].casefold() == "plus":
            words = words[1:]
        # A run may open or close on a word that is no digit here ("o" as a letter, "one" as a pronoun).
        counted = _count(words)
        if counted is None:
            continue
        digits, spoken = counted
        if not MIN_DIGITS <= digits <= MAX_DIGITS or spoken < (1 if digits >= MIN_ALONE else 3):
            continue  # (figures and words mixed, "0 seven 9 6 7 0 2 8 nine 2": a number long enough is one)
        cued = _PHONE_CUE.search(text, max(0, m.start() - 40), m.start()) is not None
        if digits >= MIN_ALONE or cued:
            yield m.start(), m.end(), cued


class SpokenPhoneRecognizer(ContextRegexRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = []
    REFERENCE_NEGATIVE = False
    SCREEN = needs(words="zero oh nought one two three four five six seven eight nine double triple")

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for start, end, _cued in spoken_numbers(text):
            yield "spoken_digits", start, end, SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base
