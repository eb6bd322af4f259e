"""Known towns in a text about people: a town the offline gazetteer lists, named in a text that holds someone's name,
phone, e-mail or address, is where that person lives, goes or was (geolocation), whatever word stands before it.

The location recognizer reads a town from its cue ("lives in", "from", "Town:"); a classified ad's "Doncaster - ring
Keisha", a ticket's "From: SURAT   To: BHOPAL" or a sign-up sheet's "Venue: Town Hall, Chattanooga" have none it
knows. Only a text with another personal finding is read, so a timetable or a weather table stays clean. Left to the
recognizer's cues: a town's name that is also an English word ("Reading", "Bath", "Nice"); a noun's or a name's
spelling of a town smaller than a city ("University", "Hudson"); a single word naming a small town, of three letters or
an abbreviation's capitals ("Hola", "Aso", "ABA"); a country or a US state; a label ("Hub:"); and a word run into other
capitalised words ("Swindon Town FC", "University of Leeds"), the name of a team, a firm or a building.
"""

from __future__ import annotations

import re

from pii_pipeline_recognizers._names import (
    FIRST_NAMES_ALL,
    LAST_NAMES_ALL,
    WORDS_NOT_NAMES,
    inflected_english,
    is_noun,
)
from pii_pipeline_recognizers._places import countries, known_place_loose, us_states

from pii_pipeline.types import Span

KNOWN_TOWN_SCORE = 0.55
KNOWN_TOWN_REASON = "a known town in a text about people"
# Findings that make a text one about people.
_PERSONAL = frozenset(
    {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "DATE_OF_BIRTH", "USERNAME", "AGE", "MINOR_AGE"}
)
_MIN_SCORE = 0.6  # a guess alone does not make a text personal
_MAX_WORDS = 3
CITY = 100_000
TOWN = 50_000  # a single word naming a smaller town is more often a word of some language ("Hola", "Anak")
MIN_LETTERS = 4
MAX_ACRONYM = 4
# A capitalised word (Title case or capitals, any Latin letters); runs of them apart by one blank or a hyphen.
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’]*"
_RUN = re.compile(r"(?<![\w'’\-.@/#])" + _WORD + r"(?:(?: |-)" + _WORD + r")*(?![\w'’\-@/#]|\.\w)")


def _plain_place(phrase: str, least: int = TOWN) -> bool:
    """A town the gazetteer lists, and nothing else: no English word, no small town spelt like a noun or a name, no
    country or state. A single word names a town of `least` people or more."""
    folded = phrase.casefold()
    if folded in countries() or folded in us_states():
        return False
    population = known_place_loose(phrase)
    if " " not in phrase and "-" not in phrase:
        if len(phrase) < MIN_LETTERS or (phrase.isupper() and len(phrase) <= MAX_ACRONYM) or population < least:
            return False  # "La", "Aso"; "ABA", "NHS": a word of another language or an abbreviation
        if folded in WORDS_NOT_NAMES or inflected_english(folded):
            return False
        # A noun's or a name's spelling names a town only when the town is a city: "Doncaster", "Rostock", not
        # "University" (Florida) or "Hudson" (Ohio). Taken for a town, a name is still removed.
        # (A field's answer spelt like a surname is removed either way: "Kraj: Koper", "Nachname: Koper".)
        named = least == TOWN and (folded in FIRST_NAMES_ALL or folded in LAST_NAMES_ALL)
        if (is_noun(folded) or named) and population < CITY:
            return False
    return population > 0


# A form line's whole value: "Kraj: Koper", "Schadenort = Nürnberg", "POB: BALLYJAMESDUFF", whatever the label's
# language. There the layout says it is a field's answer, so a smaller town counts than in running text.
_FIELD_BEFORE = re.compile(r"(?:^|\n)[ \t]*[^\W\d_][^\n:=|]{0,30}[ \t]*[:=][ \t]*$")
_FIELD_AFTER = re.compile(r"[ \t]*[.,]?[ \t]*(?:\n|$)")
FIELD_TOWN = 1_000


def _field_value(text: str, start: int, end: int) -> bool:
    return (
        _FIELD_BEFORE.search(text, max(0, start - 40), start) is not None and _FIELD_AFTER.match(text, end) is not None
    )


def _before_is_of_phrase(text: str, start: int) -> bool:
    """ "University of Leeds", "Bank of Ireland": the town names a firm's or a body's place in its name."""
    return re.search(r"[A-Z][\w'’]*[ \t]+of[ \t]+$", text[max(0, start - 40) : start]) is not None


def known_towns(text: str, spans: list[Span]) -> list[Span]:
    """`spans` and a LOCATION for each known town no finding covers, if the text holds a personal finding."""
    if not any(s.entity_type in _PERSONAL and s.score >= _MIN_SCORE for s in spans):
        return spans
    added: list[Span] = []
    for m in _RUN.finditer(text):
        words = m.group().replace("-", " ").split(" ")
        if len(words) > _MAX_WORDS:
            continue
        start, end = m.span()
        if any(s.start < end and start < s.end for s in spans):
            continue
        least = FIELD_TOWN if _field_value(text, start, end) else TOWN
        if text[end : end + 1] == ":" or not _plain_place(m.group(), least) or _before_is_of_phrase(text, start):
            continue  # ("Hub: Roxana Lungu": a label)
        added.append(Span("LOCATION", start, end, KNOWN_TOWN_SCORE, "KnownTown", KNOWN_TOWN_REASON))
    return spans + added if added else spans
