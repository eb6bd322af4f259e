"""Ages, of anyone: "a 34-year-old man", "aged 52", "(aged 20)", "Maria Lopez, 34,", "age: 40", and in a chat the
bare number that answers "how old r u" ("17", "im 19", "15/f").

Ages of 18 and over are AGE. Younger ages are MINOR_AGE, the sensitive case, which minor_age.py finds with its
own, stricter patterns (school years too); this recognizer reports a child's age only where minor_age.py has no
pattern (a chat reply). Both are generalized to age bands by the shipped policy.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ._recognizer_helpers import ContextRegexRecognizer

ADULT = 18
OLDEST = 120
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_AGE = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[\s\-](?:" + "|".join(k for k, v in _UNITS.items() if v < 10) + r"))?"
    r"|eighteen|nineteen)"
)
_N = r"(?:\d{1,3}|" + _WORD_AGE + r")"
# What may follow "he is 34" without it being an age: units, times, money, counts.
_NOT_AGE = (
    r"(?!\s*(?:%|percent|dollars|cents|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|km|feet|ft|inches|"
    r"lbs?|pounds|kg|am|pm|a\.m\.|p\.m\.|o'clock|:\d|\.\d|,\d|/\d|th\b|st\b|nd\b|rd\b|of\b|out\b|times|points|"
    r"items|people|members|kids|children|students|cars|steps|games|episodes|pages|years\s+ago|seconds?|degrees|"
    r"percent|euros?|pesos|calls|messages|texts|photos|pictures|videos))"
)
_SUBJECT = (
    r"(?:he|she|they|who|man|woman|male|female|adult|suspect|mother|father|mom|dad|husband|wife|boyfriend|"
    r"girlfriend|partner|uncle|aunt|stepfather|stepmother|neighbou?r|coach|teacher|reporter|caller|donor|[A-Z][a-z]+)"
)
# A question about someone's age in a chat, and the reply on one of the next lines.
_ASKED = r"(?:how\s+old\s+(?:r|are|ru)\s*(?:u|you|ya)|how\s+old\b|what'?s?\s+(?:ur|your)\s+age|\bage\s*\?|\basl\b)"
CHAT_PATTERNS = frozenset({"chat_reply", "asl_reply"})


class AgeRecognizer(ContextRegexRecognizer):
    ENTITY = "AGE"
    SUPPORTED_ENTITIES = ["AGE", "MINOR_AGE"]
    REFERENCE_NEGATIVE = False
    PATTERNS = [
        (
            "n_year_old",
            r"(?<![\w\-])(?P<v>" + _N + r"[\s\-]*(?:years?|yrs?)[\s\-]*old|\d{2,3}\s*(?:y/o|yo|yos)\b)(?![\w\-])",
            0.9,
        ),
        (
            "aged_n",
            r"\b(?P<v>(?:aged?|ages)\s*:?\s*(?:of\s+)?\d{1,3})(?![\w\-.:/]|\.\d)" + _NOT_AGE,
            0.85,
        ),
        (
            "is_n",
            r"(?<![\w\-])(?-i:" + _SUBJECT + r")(?:\s+(?:is|was|turned|turns|just\s+turned|will\s+be)|'s)\s+"
            r"(?:only\s+|just\s+|about\s+|around\s+)?(?P<v>\d{2,3})(?![\w\-:/]|[.,]\d)" + _NOT_AGE,
            0.7,
        ),
        (
            "name_comma_n",
            r"(?<![\w\-])(?-i:[A-Z][a-z]+)\s*(?:,\s*|\(\s*)(?P<v>\d{2})(?:\s*\)|\s*,|\s+(?:and|who|is|was)\b)"
            + _NOT_AGE,
            0.6,
        ),
        # "at the age of 30", "30 years of age", "turned 40 last week", "her 50th birthday", "in his early 40s".
        ("age_of", r"\b(?P<v>(?:at\s+)?the\s+age\s+of\s+" + _N + r")\b" + _NOT_AGE, 0.85),
        ("years_of_age", r"(?<![\w\-])(?P<v>" + _N + r"\s+(?:years?|yrs?)\s+of\s+age)\b", 0.9),
        ("turned_n", r"\b(?:turned|turns|turning)\s+(?P<v>\d{2})(?![\w\-:/]|[.,]\d)" + _NOT_AGE, 0.7),
        ("birthday", r"(?<![\w\-])(?P<v>\d{2}(?:st|nd|rd|th)\s+birthday)\b", 0.8),
        (
            "decade",
            r"\bin\s+(?:his|her|their|my|your|the)\s+(?P<v>(?:early|mid|late)?[\s\-]*(?:[2-9]0'?s|"
            r"(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies))\b",
            0.8,
        ),
        # "(34M)", "[19 f]", "(F34)": age and sex in brackets, as posts and chats write them.
        ("age_sex", r"[(\[](?P<v>\d{2})(?:\s?(?-i:[MF])|(?-i:[mf]))[)\]]", 0.8),
        ("sex_age", r"[(\[](?:(?-i:[MF])\s?|(?-i:[mf]))(?P<v>\d{2})[)\]]", 0.8),
        (
            "chat_reply",
            _ASKED
            + r"[^\n]{0,40}\n(?:[^\n]*\n)?[ \t]*(?:[\w.\-]{1,30}:[ \t]*)?(?:i'?m[ \t]+|i[ \t]+am[ \t]+|im[ \t]+)?"
            r"(?P<v>\d{1,2})(?:[ \t]*(?:u\?|you\?|wbu|hbu|and[ \t]+u|lol|yrs?|years?(?:[ \t]+old)?))?"
            r"[ \t]*[?.!]*[ \t]*$",
            0.8,
        ),
        ("asl_reply", _ASKED + r"[^\n]{0,40}\n?[^\n]{0,40}?\b(?P<v>\d{1,2})[ \t]*/[ \t]*[mfMF]\b", 0.85),
    ]
    FLAGS = re.IGNORECASE | re.MULTILINE
    TEXT_NEEDS = re.compile(r"\d|" + "|".join(_TENS) + r"|eighteen|nineteen|ties\b")
    # What each pattern's match holds, looked for in the text's screened (lower-case) form before the pattern runs.
    PATTERN_NEEDS = {
        "n_year_old": re.compile(r"old|yos?\b|y/o"),
        "aged_n": re.compile(r"age"),
        "is_n": re.compile(r"(?:is|was|turned|turns|be|'s)\s+(?:only\s+|just\s+|about\s+|around\s+)?\d\d"),
        "name_comma_n": re.compile(r"[,(]\s*\d\d"),
        "age_of": re.compile(r"age\s+of"),
        "years_of_age": re.compile(r"of\s+age"),
        "turned_n": re.compile(r"turn"),
        "birthday": re.compile(r"birthday"),
        "decade": re.compile(r"\d0'?s|ties\b"),
        "chat_reply": re.compile(r"old|age|asl"),
        "asl_reply": re.compile(r"old|age|asl"),
        "age_sex": re.compile(r"[(\[]\d\d ?[mf][)\]]"),
        "sex_age": re.compile(r"[(\[][mf] ?\d\d[)\]]"),
    }

    def __init__(self) -> None:
        super().__init__()
        self.supported_entities = list(self.SUPPORTED_ENTITIES)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts):
            age = age_value(text[result.start : result.end])
            pattern = result.analysis_explanation.pattern_name if result.analysis_explanation else ""
            if age is None or age > OLDEST:
                continue
            if age < ADULT:
                if pattern not in CHAT_PATTERNS:
                    continue  # minor_age.py's to find, with its own rules
                result.entity_type = "MINOR_AGE"
            kept.append(result)
        return kept


_DECADES = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}


def age_value(value: str) -> int | None:
    """The age a matched phrase states ("34-year-old", "aged 52", "thirty-four years old", "in her forties")."""
    digits = re.search(r"\d{1,3}", value)
    if digits:
        return int(digits.group())
    low = value.lower()
    for stem, n in _DECADES.items():
        if re.search(r"\b" + stem + r"ies\b", low):
            return n
    total = 0
    for word, n in {**_TENS, **_UNITS}.items():
        if re.search(r"\b" + word + r"\b", low):
            total += n
    return total or None
