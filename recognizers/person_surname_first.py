"""A name written surname first, the surname in capitals, as official records, rosters and case files across Europe
and Asia write it: "Klient/in: FAVRE Jonas", "| 115 | SABBAGH Rami / رامي صباغ |", "Rx 0119418 | ADEYEMI, Amelia |",
"Approver: XU Huifang". The convention is the evidence, so the name must stand as a field's whole value: after a
label's colon, a table's bar or a heading's dash, and before the line's or the cell's end. Not an acronym or a code
before a word ("ICU Ward", "QA Lead", "NHS Trust", "EGLL London Heathrow"): the capitals must be a surname a list
knows or a longer word with two vowels, no English word, and the given name a given name a list knows or no English
word and no big town.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._names import (
    ENGLISH_WORDS,
    FIRST_NAMES_ALL,
    LAST_NAMES_ALL,
    ORG_WORDS,
    PARTICLES,
    PLACE_NAMES,
    inflected_english,
)
from ._orgs import not_a_person_here
from ._places import known_place_loose
from ._recognizer_helpers import FoundSpansRecognizer

_UPPER = r"A-ZÀ-ÖØ-ÞĀ-Ž"
_SURNAME = rf"[{_UPPER}][{_UPPER}'’\-]*[{_UPPER}]"
_GIVEN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+"
_SURNAME_FIRST = re.compile(
    # where a field's value starts: the line's start, a label's colon, a table's bar or tab, a list's number, a
    # heading's dash ("Interaction log - FARAH, Abdirahman")
    r"(?:(?P<bare>^)|[:|\t;]|^[ \t]*\d{1,3}[.)]|[ \t][\-–—](?=[ \t]))[ \t]*"
    # (one space between the names: a tab parts a table's cells, "SKU\tDescription")
    rf"(?P<n>{_SURNAME}(?:[ \-]{_SURNAME}){{0,2}},? {_GIVEN}(?:[ \-]{_GIVEN})?)"
    # where it ends: the line's or the cell's end, another script's spelling after "/", a bracket, a comma
    r"(?=[ \t]*(?:$|[|;/(\t,]|[ \t]{2}))",
    re.MULTILINE,
)
_PARTICLES = frozenset(p.casefold() for p in PARTICLES)
_BRACKET_AFTER = re.compile(r"[ \t]*\(")
_VOWELS = frozenset("aeiouàáâãäåæèéêëìíîïòóôõöøùúûüāăąēĕėęěīĭįıōŏőœūŭůűų")
# A town this big is what a word after an airport's or a station's code names ("EIDW Dublin").
_BIG_TOWN = 100_000
# Capitals this short are a surname only when a surname list knows them ("XU", "LIM"; not "ISP", "ED").
_SHORT = 3


def _name_like_capitals(word: str) -> bool:
    """Whether a word in capitals reads as a surname, not an acronym or a code: all capitals, no English word, and
    either a surname a list knows or a word with two vowels ("FAVRE", "XU", "LIM"; not "NEW", "NHS", "ISP",
    "EGLL")."""
    folded = word.casefold()
    if not word.isupper() or folded in ENGLISH_WORDS or folded in ORG_WORDS:
        return False
    if folded in LAST_NAMES_ALL:
        return True
    return len(folded) > _SHORT and sum(c in _VOWELS for c in folded) >= 2


def _given_name_like(word: str) -> bool:
    """A given name a list knows, or a word that is no English word and no big town ("Jonas", "Huifang", "Freya";
    not "Linguistics", "Connections", "Dublin"). WordNet's nouns are not asked: they hold names ("Freya")."""
    folded = word.casefold()
    if folded in FIRST_NAMES_ALL:
        return folded not in ORG_WORDS
    return not (
        folded in ENGLISH_WORDS
        or folded in ORG_WORDS
        or folded in PLACE_NAMES
        or inflected_english(folded)
        or known_place_loose(folded) >= _BIG_TOWN
    )


def surname_first_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each surname-first name standing as a field's value."""
    for m in _SURNAME_FIRST.finditer(text):
        value = m.group("n")
        words = value.replace(",", " ").split()
        capitals = [w for w in words if w.isupper()]
        given = words[len(capitals) :]
        if not given or not capitals:
            continue
        parts = [p for w in capitals for p in w.split("-") if p]
        # a particle opens a surname ("DE VRIES", "VAN DER BERG"), never makes one alone
        while len(parts) > 1 and parts[0].casefold() in _PARTICLES:
            parts = parts[1:]
        if not all(_name_like_capitals(p) for p in parts):
            continue
        if not all(_given_name_like(p) for w in given for p in w.split("-") if p):
            continue
        start, end = m.span("n")
        if m.group("bare") is not None and _BRACKET_AFTER.match(text, m.end()):
            continue  # "UNICEF Innocenti (2024)": a reference list's author, a body, at a line's start
        if not not_a_person_here(text, start, end):
            yield start, end


class PersonSurnameFirstRecognizer(FoundSpansRecognizer):
    ENTITY = "PERSON"
    SCORE = 0.8

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        for start, end in surname_first_names(text):
            yield self.ENTITY, start, end
