"""A document with nobody in it: guesses about people and their places dropped there.

A timetable, a weather outlook, a clinical-trial list, a cargo manifest or a whisky list names towns, diseases and
things that the NER model reads as people ("Glen Moray", "Shah Alam", "Mandela Hall"), but no person: no one is
spoken of ("he", "her", "my"), no one is described (a child, a suspect, a caller, a donor), no one is asked for or
named by a label, and nothing identifies anyone (no contact, account, ID or birth date). In such a text a town is
no one's geolocation and a diagnosis no one's health, and a name found by the model alone is a guess with nothing
behind it. Those findings are dropped; findings with their own evidence (a cue, a label, a check digit) stay.

Only English of some length is judged, prose or a list in English words: a table cell or a short note says too
little to tell, and the words that show a person are listed here for English only. A name the model found that acts
("Jake Miller posted", "Dana Reyes said") is someone's, whatever else the text lacks.
"""

from __future__ import annotations

import re

from pii_pipeline_recognizers._goods import aged_goods_line
from pii_pipeline_recognizers._latin_cues import ALL_STOPS as OTHER_STOPS
from pii_pipeline_recognizers._names import ENGLISH_WORDS, NOTICE_WORDS
from pii_pipeline_recognizers._recognizer_helpers import line_of

from pii_pipeline.types import Span

# Findings that are guesses without a person behind them: per type, the recognizers whose findings rest on a model,
# a name list or a gazetteer alone, with the patterns that do (None: all of them). A cue, a label, a title or an age
# beside a name is evidence of its own: those patterns are not listed.
GUESSES: dict[str, dict[str, frozenset[str] | None]] = {
    "PERSON": {
        "PersonNerRecognizer": None,
        "NamePropagation": None,
        "PersonRecognizer": frozenset({"name_pair", "middle_initial", "eponym", "period", "name_line", "name_list"}),
    },
    "LOCATION": {"LocationRecognizer": None},
    "MEDICAL_CONDITION": {"MedicalConditionRecognizer": None},
}


def is_guess(entity_type: str, recognizer: str, pattern: str | None) -> bool:
    """Whether a finding of `recognizer`'s `pattern` is a guess (see GUESSES)."""
    patterns = GUESSES.get(entity_type, {})
    if recognizer not in patterns:
        return False
    listed = patterns[recognizer]
    return listed is None or pattern in listed


# Below this many words a text is a cell or a note: not judged.
MIN_WORDS = 40
MIN_FUNCTION_WORDS = 3
MIN_FUNCTION_SHARE = 0.05
# A list or table is judged when this many of its lower-case words, and this share of them, are English words.
MIN_LIST_WORDS = 10
MIN_LIST_SHARE = 0.6

# Words that put a person in the text: pronouns of one person, one person by kin, role or age, a name asked or given.
# Plurals and the generic ("children", "staff", "applicants", "family") speak of no one in particular.
_PERSON_WORDS = re.compile(
    r"(?i)\b(?:he|she|him|her|his|hers|himself|herself|i|me|my|mine|myself|i['’]m|i['’]ve|i['’]d|"
    # a leaflet's "your child", "each patient", "any applicant" is anyone: no one in particular
    r"(?<!your\s)(?<!each\s)(?<!every\s)(?<!any\s)(?:"
    r"man|woman|boy|girl|child|kid|teen|teenager|baby|toddler|infant|minor|"
    r"son|daughter|mother|father|mum|mom|dad|parent|wife|husband|brother|sister|sibling|uncle|aunt|"
    r"cousin|nephew|niece|grandmother|grandfather|grandparent|grandson|granddaughter|stepfather|stepmother|"
    r"friend|neighbour|neighbor|boyfriend|girlfriend|victim|suspect|offender|perpetrator|reporter|caller|"
    r"donor|volunteer|applicant|student|pupil|teacher|coach|patient|client|witness|defendant|claimant|tenant|"
    r"guardian|carer|caregiver|user|profile|username|subscriber|employee)|"
    # "named after" makes a street or a law an eponym, no one's name
    r"name|named(?!\s+after)|called|surname|dob|born|birthday|aged|years?\s+old|year-old|lives|living)\b"
)
# A verb right after a full name: it acts, so it is someone's ("Jake Miller posted", "Dana Reyes said"). One word
# acting may be a town ("Grimsby has a fresh breeze").
_ACTS_AFTER = re.compile(
    r"[ \t]+(?:[a-z]{2,}ed|said|says|told|tells|sent|sends|wrote|writes|lives|met|meets|went|goes|"
    r"asked|asks|posts|texts|calls|messages|threatens|knows|keeps|took|takes|came|comes|got|gets)\b"
)
_WORD = re.compile(r"[A-Za-z]+")
_FUNCTION = re.compile(r"(?i)\b(?:the|and|of|to|in|for|is|are|with|on|at|by|from|this|will|be)\b")


def _english_word(word: str) -> bool:
    """An English word, or one with an English plural or verb ending ("seats", "charging", "recruited")."""
    stems = (word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e")
    return any(stem in ENGLISH_WORDS for stem in stems if len(stem) > 2)


def _english(text: str) -> bool:
    """English of some length: nearly all letters ASCII, and either prose (English function words common, another
    language's stop words rare: "para", "und", "yang") or a list or table in English words (a weather outlook, a
    timetable). A Swahili tip is neither; a list of names and towns has too few lower-case words to tell."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    ascii_letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if ascii_letters < 0.95 * letters:
        return False
    function = len(_FUNCTION.findall(text))
    # Another language's stop words among the lower-case words that are no English words ("min", "per" are).
    foreign = sum(1 for w in words if w.islower() and w in OTHER_STOPS and not _english_word(w))
    if function >= max(MIN_FUNCTION_WORDS, MIN_FUNCTION_SHARE * len(words)):
        return foreign * 3 <= function
    plain = [w for w in words if w.islower() and len(w) > 2]
    english = sum(1 for w in plain if _english_word(w))
    return foreign <= 2 and english >= MIN_LIST_WORDS and english >= MIN_LIST_SHARE * len(plain)


def nobody_in(text: str, spans: list[Span], guesses: set[tuple[str, int, int]]) -> bool:
    """Whether `text` is English in which no person appears (see the module docstring); `guesses` holds the
    (type, start, end) of the findings that are guesses."""
    for s in spans:
        if (s.entity_type, s.start, s.end) not in guesses and not is_guess(s.entity_type, s.recognizer, None):
            return False  # a contact, an ID, a cued name, an age: someone is there
        if s.entity_type == "PERSON" and " " in text[s.start : s.end].strip() and _ACTS_AFTER.match(text, s.end):
            return False  # "Jake Miller posted …": a name that acts
    return _english(text) and _PERSON_WORDS.search(text) is None


# A product label's notice line: "VORSICHT: Heiße Oberfläche.", "ATTENTION : Surface chaude." (a warning word of
# some language, then its colon).
_NOTICE_LINE = re.compile(r"[ \t]*(?P<w>[^\W\d_]+)[ \t]*:")


# A weather list's line: a temperature or a wind speed ("Shah Alam: light rain, 18°C, wind 6 km/h").
# (A temperature's unit written: "50°31'12.6\"N" is a coordinate, someone's whereabouts.)
_WEATHER = re.compile(r"-?\d{1,2}[ \t]?°[ \t]?[CF]\b|\b\d{1,3}[ \t]?(?:km/h|mph|kph)\b")


def _weather_line(line: str) -> bool:
    return _WEATHER.search(line) is not None and _PERSON_WORDS.search(line) is None


def _notice_line(line: str) -> bool:
    m = _NOTICE_LINE.match(line)
    return m is not None and m.group("w").casefold() in NOTICE_WORDS


def drop_guesses_about_nobody(text: str, spans: list[Span], guesses: set[tuple[str, int, int]]) -> list[Span]:
    """`spans`, or none when they are all guesses and the text has nobody in it; guesses on a notice's line dropped
    in any text (the capitalised nouns of "VORSICHT: Heiße Oberfläche." are no one's name)."""
    if guesses:
        # (and on a line of an aged product's, "Balsamic vinegar of Modena (aged 25 years)", "Tawny port (20 years
        # old)": a menu's or a price list's words)
        notices = ":" in text
        weather = "°" in text or "/h" in text or "mph" in text
        kept = []
        for s in spans:
            if (s.entity_type, s.start, s.end) in guesses:
                line = line_of(text, s.start)
                if (
                    (notices and _notice_line(line))
                    or (weather and _weather_line(line))
                    or aged_goods_line(text, s.start)
                ):
                    continue
            kept.append(s)
        spans = kept
    if not spans or not nobody_in(text, spans, guesses):
        return spans
    return []
