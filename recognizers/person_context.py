"""Names found from the sentence around them, with no name list: a capitalised name in apposition after a role
noun ("The school counselor, Gun Nilsson, has been informed", "Teacher Ifeoma Nwachukwu says"), and the subject of
a verb only a person does ("Yadavi Ravel reports that", "said that Per Abdi first reached out").

A gazetteer never holds every name (nor should it hold the test generator's). Here the cue decides, and the words
are only checked for what is never a name: English function words, days and months, institutions, firms and
rooms named after someone (_orgs.not_a_person), known places.
"""

from collections.abc import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from ._names import COMMON_WORDS, DISCOURSE_WORDS, ORG_WORDS, inflected_english, is_noun
from ._names import WORDS_NOT_NAMES as ENGLISH_WORDS
from ._orgs import FACILITIES, LEGAL_FORMS, ORG_SUFFIXES, not_a_person_here
from ._person_context_rules import (
    ADVERBS,
    JOB_TITLES,
    NOT_NAME_WORDS,
    NOUN_LIKE_VERBS,
    ROLE_NOUNS,
    SIGN_OFFS,
    SUBJECT_VERBS,
    VERB_OBJECT_AFTER,
)
from ._person_rules import PLACE_WORDS
from ._places import known_place
from ._recognizer_helpers import ContextRegexRecognizer


def _words(items: tuple[str, ...]) -> str:
    return (
        "(?:"
        + "|".join(sorted((regex.escape(w).replace(r"\ ", r"[ \t]+") for w in items), key=len, reverse=True))
        + ")"
    )


# A capitalised word of a cased script, with inner hyphens and apostrophes ("Sung-min", "O'Neil", "Al-Sayed").
_TOK = r"\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’\-]\p{L}[\p{Ll}\p{Lu}\p{M}]*)*"
_PARTICLE = r"(?:de|da|del|della|di|van|von|der|den|du|le|la|al|el|bin|ibn|binti|dos|das|ter|ten|Ó|Ní|Mac|bint)"
# Words of one name are one or two blanks apart: a wider gap or a tab is a table's next column ("Queue    Offered").
_GAP = r"[ ]{1,2}"
_NAME = rf"{_TOK}(?:{_GAP}(?:{_PARTICLE}{_GAP}){{0,2}}{_TOK}){{0,3}}"
_FREE = r"(?<![\p{L}\p{M}\d_'’\-])"
_AFTER_NAME = r"(?![\p{L}\p{M}\d_'’\-])"
_ROLE = _words(ROLE_NOUNS)
_VERB = (
    "(?:"
    + _words(tuple(v for v in SUBJECT_VERBS if v not in NOUN_LIKE_VERBS))
    + "|"
    + _words(tuple(NOUN_LIKE_VERBS))
    + rf"(?=[ \t]+(?:{VERB_OBJECT_AFTER})\b))"
)
_ADVERB = _words(ADVERBS)
_FIRM_END = _words(LEGAL_FORMS + ORG_SUFFIXES)
_JOB = _words(JOB_TITLES)
_TITLE = r"(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Rev|Fr|Sr|Sgt|Det|Officer)\.?[ \t]+)?"

# Each cue: (name, pattern with the name in group `v`, score, least words of a name it accepts).
CUES: tuple[tuple[str, str, float, int], ...] = (
    # "the school counselor, Gun Nilsson," / "A neighbour, Bongani Dlamini, called" / "her aunt, Rukhsana Begum."
    (
        "apposition",
        rf"(?i:\b(?:the|a|an|our|my|his|her|their|your|its|this|that)[ \t]+(?:[\p{{L}}'’\-]+[ \t]+){{0,2}}?{_ROLE})"
        rf"[ \t]*,[ \t]+{_TITLE}(?P<v>{_NAME}){_AFTER_NAME}(?=[ \t]*(?:[,;.()!?]|$|\n|[ \t]+(?i:who|and)\b))",
        0.8,
        1,
    ),
    # "Teacher Ifeoma Nwachukwu says", "the counselor Gun Nilsson": a role noun as a title before two or more words.
    ("role_title", rf"(?i:\b{_ROLE})[ \t]+{_TITLE}(?P<v>{_NAME}){_AFTER_NAME}", 0.8, 2),
    # "Yadavi Ravel reports that", "that Per Abdi first reached out", "Heikki Lindroos admitted".
    (
        "subject",
        rf"{_FREE}(?P<v>{_NAME})(?:{_GAP}{_ADVERB})?{_GAP}(?i:{_VERB})(?![\p{{L}}\p{{M}}])",
        0.75,
        1,
    ),
    # "Vidica Zakoč of Fernandez Inc.", "Ama Owusu from Hartley Partners": a person of a firm.
    (
        "affiliation",
        rf"{_FREE}(?P<v>{_NAME})[ \t]+(?:of|from|at|with)[ \t]+(?:the[ \t]+)?(?:[\p{{Lu}}][\w&'’.\-]*[ \t]+){{1,3}}"
        rf"{_FIRM_END}(?![\p{{L}}])",
        0.75,
        2,
    ),
    # "Thanks, Lucky" / "Kind regards,\nAroha Tane": the writer's name after a sign-off, alone up to the line's end.
    (
        "sign_off",
        rf"(?i:\b{_words(SIGN_OFFS)})[ \t]*[,!.\-–]*[ \t]*\n?[ \t]*(?P<v>{_NAME})[ \t]*[.!]?[ \t]*(?=\n|$)",
        0.75,
        1,
    ),
    # "Vidica Zakoč, CEO of …", "Ama Owusu, the founder of …".
    ("job_title", rf"{_FREE}(?P<v>{_NAME})[ \t]*,[ \t]+(?:the[ \t]+|our[ \t]+)?(?i:{_JOB})[ \t]+(?:of|at)\b", 0.75, 2),
)
_COMPILED = [(name, regex.compile(rx, regex.V0), score, least) for name, rx, score, least in CUES]

# What a word of a name is never: function words, words that stand for a group or a place.
_STOPLIKE = frozenset(w.casefold() for w in STOP_WORDS) | COMMON_WORDS | DISCOURSE_WORDS | NOT_NAME_WORDS
_NEVER = (
    NOT_NAME_WORDS
    | ORG_WORDS
    | PLACE_WORDS
    | frozenset(w.casefold() for w in ORG_SUFFIXES + FACILITIES if " " not in w)
    | frozenset(w.casefold() for w in ROLE_NOUNS if " " not in w)
)
_SENTENCE_END = regex.compile(r"(?:^|[.!?:;\n]|[.!?][\"”’)])[ \t\"“‘(*>\-•]*$")
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))


def _at_sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_END.search(text, max(0, start - 6), start) is not None


def _plausible(text: str, start: int, words: list[str], least: int, cue: str = "") -> bool:
    """Whether capitalised words after a cue can be a person's name (nothing says they are; the cue does)."""
    plain = [w.casefold().strip("'’") for w in words if w not in _PARTICLES]
    if len(plain) < least or not plain:
        return False
    if any(w in _NEVER for w in plain):
        return False
    if any(len(w) > 1 and w.isupper() for w in words) and not text.isupper():
        return False  # "NASA", "FBI": acronyms in a cased text
    if any(w in _STOPLIKE for w in plain[1:]):
        return False  # "Ana Ruiz Said", "Maria And" …
    # The first word may be a word in the middle of a sentence, where its capital says it is a name ("said that Per
    # Abdi"); at a sentence's start, its capital says nothing.
    at_start = _at_sentence_start(text, start)
    if plain[0] in _STOPLIKE and (at_start or len(plain) < 2):
        return False
    if at_start and len(plain) > 2 and plain[0] in ENGLISH_WORDS:
        return False  # "Apparently Tuomas Vilkki explained": the name is the words after the adverb
    if len(plain) == 1:
        if cue == "sign_off":
            return not is_noun(plain[0])  # "Thanks, Lucky"; not "Thanks, Facilities"
        # A town of 100,000 people or more ("Chicago reported that"); smaller ones share names with people ("Ngozi").
        return (
            plain[0] not in ENGLISH_WORDS
            and not is_noun(plain[0])
            and not inflected_english(plain[0])  # "Offered Answered": a table's headers
            and known_place(words[0]) < 100_000
        )
    # Two or more words, each also an English word ("Grace Hill", "Summer Camp"), are a phrase more often than not.
    return not all(w in ENGLISH_WORDS or is_noun(w) for w in plain)


_CAPITALISED_BEFORE = regex.compile(r"(?:[A-Z][\w'’\-]*[ \t]+)+$")


def _inside_firm_name(text: str, cue: int, end: int) -> bool:
    """Whether capitalised words right before a role cue make one firm's name with it ("Pellington Customer Care")."""
    m = _CAPITALISED_BEFORE.search(text, max(0, cue - 60), cue)
    return m is not None and not_a_person_here(text, m.start(), end)


class PersonContextRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = []
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        if not any(map(str.isupper, text)):
            return  # lower-case text: person_cued.py and person.py read it
        for name, rx, score, least in _COMPILED:
            for m in rx.finditer(text):
                start, end = m.span("v")
                words = text[start:end].split()
                # A name preceded by capitalised words it does not belong to: "Ms Lan Pham" → keep the last ones.
                while words and not _plausible(text, start, words, least, name) and len(words) > least:
                    start = text.index(words[1], start + len(words[0]))
                    words = words[1:]
                if not words or not _plausible(text, start, words, least, name) or not_a_person_here(text, start, end):
                    continue
                if start != m.start("v") and not_a_person_here(text, m.start("v"), end):
                    continue  # "Kind regards, Pellington Customer Care": the tail of a firm's name
                if name == "role_title" and _inside_firm_name(text, m.start(), end):
                    continue  # "Pellington Customer Care": the role word is part of a firm's name
                yield name, start, end, score

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return min(base, 1.0)
