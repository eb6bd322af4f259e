"""The NER model's PERSON findings, filtered: a capitalised name, not a code, a number or a common word."""

import re

from presidio_analyzer import AnalysisExplanation, RecognizerResult

from ._form_labels import label_type
from ._latin_cues import APPS, trim_foreign
from ._names import (
    CHAT_WORDS,
    COMMON_WORDS,
    FIRST_NAMES,
    LAST_NAMES,
    LAST_NAMES_ALL,
    NOUNS,
    PARTICLES,
    inflected_english,
    is_noun,
    widen_to_titles,
)
from ._names import (
    WORDS_NOT_NAMES as ENGLISH_WORDS,
)
from ._orgs import not_a_person_here
from ._places import known_place_loose
from ._places import warm as warm_gazetteers
from ._recognizer_helpers import ContextRegexRecognizer
from ._script_names import ner_guess_unreliable
from .medical_condition import DRUG_NAME

# A dotted member ("Series.groupby") or three capitalised parts glued ("GetAttributeValues", "MyOtherClass").
_CODE_TOKEN = re.compile(r"\.[a-z]|[a-z][A-Z][a-z]+[A-Z]")
_SPEAKER_SELF = frozenset({"i'm", "i’m", "im", "i", "me", "it's", "its", "this"})
_NOT_IN_NAMES = frozenset('@#/\\_=:;|<>{}[]"')
_WORD_SUFFIXES = ("tion", "ment", "ness", "ship", "ism", "person", "ology", "ity", "ance", "ence", "ings", "line")


# A title's full stop ends no sentence: "They call me Mr. Mayers".
_TITLE_BEFORE = re.compile(r"(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Fr|Sr|Jr|Sgt|Det|Capt|Lt|Col|Gen|St)\.$")


# Roles the model keeps with the name after them ("Counsellor Kwame", "Agent Priya", "Coach Reyes").
_ROLE_WORDS = frozenset(
    "agent counsellor counselor advisor adviser operator volunteer supervisor moderator caseworker officer nurse "
    "coach teacher tutor detective constable sergeant inspector pastor social worker staff doctor dr".split()
)


# Capitalised words of a title right before, maybe with a little word between: "Practice in ", "Safety for ".
_TITLE_RUN_BEFORE = re.compile(
    r"[A-Z][\w\-]*[ \t]+[A-Z][\w\-]*[ \t]+(?:(?:in|of|for|and|the|to|at|on|with|from)[ \t]+)?$"
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether text[start:] opens a sentence, a line or a field's value."""
    before = text[:start].rstrip(" \t\"'“(")
    if not before:
        return True
    return before[-1] in ".!?:\n" and _TITLE_BEFORE.search(before[-6:]) is None


# A chemical formula of two element symbols or more ("NaCl", "CaCO3", "MgSO4"); a single element is too like a name.
_ELEMENTS = (
    "He Li Be Na Mg Al Si Cl Ar Ca Sc Ti Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Zr Nb Mo Tc Ru Rh Pd Ag Cd In "
    "Sn Sb Te Xe Cs Ba La Ce Hf Ta Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn H B C N O F P S K V Y I W U"
)
_FORMULA = re.compile(r"(?:(?:" + "|".join(_ELEMENTS.split()) + r")\d{0,2}){2,}(?:·\d*H2O)?")
# An abbreviation's dot, then a number: "Art. 860", "Ref. 12".
_ABBREVIATIONS = frozenset("Art Ref Nr No Nro Vol Fig Tab Sec Ch Pt Ex Abs Kap Bd Art.-Nr".split())
_ABBREVIATION_NUMBER = re.compile(r"\.[ \t]*\d")
# "Max 13 fields", "Min 2 characters": a limit and its count of things, no name (not "Max, 13," nor "Max 13 y/o").
_LIMIT_WORDS = frozenset("Max Min Maximum Minimum".split())
_LIMIT_COUNT = re.compile(
    # (not "Max 13 years old": an age after a name)
    r"[ \t]+\d+(?:[.,]\d+)?[ \t]*(?!years\b|months\b|weeks\b|days\b|yrs\b)"
    r"(?:[a-z]{3,}s\b|[KMGT]?B\b|%|chars?\b|kg\b|km\b|mm\b|cm\b)"
)


def _drug_word(value: str) -> bool:
    """A drug's international non-proprietary name by its stem ("salbutamol", "ibuprofen"), and no listed name."""
    folded = value.casefold()
    return bool(DRUG_NAME.fullmatch(folded)) and folded not in FIRST_NAMES and folded not in LAST_NAMES


def trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The plausible name inside an NER PERSON span, or None: the small model often runs a name into the next
    line ("Zizi Kónya\nEnigmaio"), keeps a possessive, or calls codes, numbers and common words people."""
    value = text[start:end]
    cut = value.find("\n")
    if cut > 0:
        value = value[:cut].rstrip(" >")
    for suffix in ("'s", "’s"):
        if value.endswith(suffix):
            value = value[: -len(suffix)]
    value = value.rstrip(" .,:;\"'")
    if not value or any(map(str.isdigit, value)) or not _NOT_IN_NAMES.isdisjoint(value):
        return None
    tokens = value.split()
    while tokens and tokens[-1].casefold().strip(".,!?") in CHAT_WORDS:  # "jalen idk": the name without "idk"
        value = value[: value.rstrip().rfind(tokens[-1])].rstrip()
        tokens = tokens[:-1]
    while tokens and tokens[0].casefold().strip(".,!?") in CHAT_WORDS:  # "omg leeds"
        cut = len(value) - len(value[len(tokens[0]) :].lstrip())
        start, value, tokens = start + cut, value[cut:], tokens[1:]
    if not tokens:
        return None
    while len(tokens) > 1 and tokens[0].casefold().strip(".,:") in _ROLE_WORDS:
        start += value.index(tokens[1])  # "Counsellor Kwame", "Officer Diaz": the role is no part of the name
        value = value[value.index(tokens[1]) :]
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0].casefold() in _SPEAKER_SELF:
        start += value.index(tokens[1])  # "I'm Naomi Ryan": the model keeps the contraction
        value = value[value.index(tokens[1]) :]
        tokens = tokens[1:]
    if label_type(value) is not None:
        return None  # "Geburtsdatum", "Vorname": a form's or a table's label, in any of the partners' languages
    formula = _FORMULA.fullmatch(value) and sum(map(str.isupper, value)) >= 2  # (not "Ali": Al and I)
    if len(tokens) == 1 and (formula or _drug_word(value)):
        return None  # "NaCl", "MgSO4", "Salbutamol": a chemical's formula, a drug's international name
    if value in _ABBREVIATIONS and _ABBREVIATION_NUMBER.match(text, start + len(value)):
        return None  # "Art. 860.066.96", "Ref. 2291": an abbreviation before its number (not "I met Maria. 12 …")
    if value in _LIMIT_WORDS and _LIMIT_COUNT.match(text, start + len(value)):
        return None  # "Max 13 fields": a limit
    words = [t.strip(".,'’").casefold() for t in tokens]
    if any(w in APPS for w in words) or words[0] in COMMON_WORDS:
        return None
    if any(w in COMMON_WORDS and not (i and w in LAST_NAMES_ALL) for i, w in enumerate(words)):
        return None  # "Kylie Young" stays a name; "Kylie Said" does not
    if any(t.isupper() and len(t.strip(".")) > 1 for t in tokens):
        return None  # CASE, REPORT, TV, acronyms
    if any(_CODE_TOKEN.search(t) for t in tokens):
        return None  # "DataFrame.attrs", "GetAttributeValues": an identifier in code or an API, not a name
    known = any(w in FIRST_NAMES or w in LAST_NAMES for w in words)
    if not known and (
        any(w in ENGLISH_WORDS for w in words)
        or any(w.endswith(_WORD_SUFFIXES) for w in words)
        or (len(words) == 1 and inflected_english(words[0]))
    ):
        return None  # "Guilty Pleasures", "Salesperson", "Discipline", "Managing": words, not names
    if all(t in PARTICLES for t in tokens):
        return None  # "free testing van on Thursday", "de": a particle alone names nobody
    # Lower-case text is looked at only when a word is not capitalised (the scan costs more than the check).
    if not all(t[0].isupper() or t in PARTICLES for t in tokens) and any(map(str.isupper, text)):
        return None
    if not known and all(w in NOUNS for w in words):
        return None  # "Cinematographer", "Employment": nouns, not names
    if len(words) > 1 and words[-1].endswith("s") and is_noun(words[-1]) and words[0] not in FIRST_NAMES:
        return None  # "Riverside Walkers", "Oakwood Guardians": a team named by a plural
    if len(tokens) == 1 and words[0].endswith("s") and is_noun(words[0]) and words[0] not in FIRST_NAMES:
        if _opens_sentence(text, start):
            return None  # "Keys are with Reception": a plural noun opening a sentence
        if _TITLE_RUN_BEFORE.search(text, max(0, start - 40), start):
            return None  # "Trauma-Informed Practice in Schools": a plural noun of a title in capitals
    if len(tokens) == 1 and not known and _opens_sentence(text, start):
        # An unknown capitalised word opening a sentence is usually just that ("Gift by ACH", "Background check").
        return None
    return widen_to_titles(text, start, start + len(value))


def _in_its_language(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span as a name of the sentence's own language: in Spanish or German text the model runs articles and
    kin words into a name and calls nouns people (see `_latin_cues.trim_foreign`)."""
    trimmed = trim_foreign(text, start, end)
    if trimmed is None or trimmed == (start, end):
        return trimmed
    return widen_to_titles(text, *trimmed)


CITY_POPULATION = 100_000  # a city anyone would know, not a village that shares a surname


def _a_city(value: str) -> bool:
    """One word, no name the lists know, that names a city of the gazetteer ("Zürich", "Winterthur")."""
    if " " in value or value.casefold() in FIRST_NAMES or value.casefold() in LAST_NAMES_ALL:
        return False
    return known_place_loose(value) >= CITY_POPULATION


class PersonNerRecognizer(ContextRegexRecognizer):
    """Meant to replace the plain SpacyRecognizer in engine.py (which reports every NER PERSON unfiltered)."""

    ENTITY = "PERSON"
    PATTERNS = []
    NER_SCORE = 0.85

    def warm_up(self) -> None:
        warm_gazetteers()  # the firm rules ask the town gazetteer (_orgs._town_alone)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if nlp_artifacts is None or not nlp_artifacts.entities:
            return []
        results = []
        for ent in nlp_artifacts.entities:
            if ent.label_ not in ("PERSON", "PER"):
                continue
            span = trim_name(text, ent.start_char, ent.end_char)
            if span is not None:
                span = _in_its_language(text, *span)
            if span is None or not_a_person_here(text, *span):
                continue  # not a name, or a firm's or a room's ("Charles Schwab", "the Franklin Room")
            if ner_guess_unreliable(text, *span):
                continue  # a guess in a Thai or Arabic sentence that runs into its cue: person_script's to find
            if _a_city(text[span[0] : span[1]]):
                continue  # "Partner report (Zürich)": the model's guess on a lone word that names a city

            start, end = span
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
