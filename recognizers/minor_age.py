"""A child's age (under 18) or school year: "she is 12", "12-year-old", "age 9", "in 7th grade", "a sophomore"."""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import Screen, needs, screen_text, screen_words

from ._recognizer_helpers import ScreenedPatternsRecognizer, by_first_letter, case_sensitive_twin

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
}  # fmt: skip
_N = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
# Grouped by first letter: at each word the regex engine tries one group, not every ordinal.
_ORD = by_first_letter(
    r"(?:1st|2nd|3rd|[4-9]th|1[0-2]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth)"
)
_SUBJECT = (
    r"(?:he|she|they|who|child|kid|boy|girl|son|daughter|victim|minor|sister|brother|niece|nephew|student|"
    r"grandson|granddaughter|[A-Z][a-z]+)"
)
# What may follow "she is 12" without it being an age: units, times, money, counts.
_NOT_AGE = (
    r"(?!\s*(?:%|percent|dollars|cents|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|km|feet|ft|inches|"
    r"lbs?|pounds|kg|am|pm|a\.m\.|p\.m\.|o'clock|:\d|\.\d|,\d|/\d|th\b|st\b|nd\b|rd\b|of\b|out\b|times|points|"
    r"items|people|members|kids|children|students|cars|steps|games|episodes|pages|years\s+ago))"
)

# The school patterns rarely pass their screens: one screen, their union, skips them all at once.
_SCHOOL = frozenset({"grade", "school_year", "school_year_hs", "middle_schooler"})
# What name_comma_n and is_n cannot match without, their screens aside ("," or "(", "is" or "was" nearly always
# pass). _VERB_NUMBER runs on the screened form (lower case: its letters are matched exactly, see
# case_sensitive_twin), ending the verb where "just turned" and "will be" end.
_COMMA_NUMBER = re.compile(r"[,(]\s*\d")
_VERB_NUMBER = re.compile(
    r"(?:is|was|turned|turns|be|'s)\s+(?:(?:only|just|about|around)\s+)?(?:\d|" + "|".join(_NUMBER_WORDS) + ")"
)


class MinorAgeRecognizer(ScreenedPatternsRecognizer):
    ENTITY = "MINOR_AGE"
    # Per pattern, what every match holds (detection/prescreen.py): a pattern is not run on a text without it.
    PATTERN_SCREENS = {
        "n_year_old": needs(substrings="old y/o yo"),
        "age_n": needs(substrings="age"),
        "is_n": needs(words="is turned turns was will", substrings="'s"),
        "name_comma_n": needs(substrings="( ,"),
        "grade": needs(substrings="grade kindergarten kindergartner pre-k prek preschool"),
        "school_year": needs(substrings="freshman sophomore"),
        "school_year_hs": needs(words="junior senior"),
        "middle_schooler": needs(words="elementary infant newborn schooler toddler"),
    }
    PATTERNS = [
        (
            "n_year_old",
            r"(?<![\w\-])(?P<v>" + _N + r"[\s\-]*(?:(?:years?|yrs?|months?)[\s\-]*old|y/?o|yos?))(?![\w\-])",
            0.9,
        ),
        ("age_n", r"\b(?P<v>(?:aged?|ages)\s*:?\s*" + _N + r")(?![\w\-.:/]|\.\d)" + _NOT_AGE, 0.9),
        (
            "is_n",
            r"(?<![\w\-])(?-i:" + _SUBJECT + r")(?:\s+(?:is|was|turned|turns|just\s+turned|will\s+be)|'s)\s+(?:only\s+|"
            r"just\s+|about\s+|around\s+)?(?P<v>" + _N + r")(?![\w\-.:/,]|[.,]\d)" + _NOT_AGE,
            0.75,
        ),
        (
            "name_comma_n",
            r"(?<![\w\-])(?-i:[A-Z][a-z]+)\s*(?:,\s*|\(\s*)(?P<v>\d{1,2})(?:\s*\)|\s*,|\s+(?:and|who|is|was)\b)"
            + _NOT_AGE,
            0.6,
        ),
        (
            "grade",
            # The letters and digits a match can start with, as a lookahead: fewer word starts try every branch.
            r"(?=[itfsengkp1-9])\b(?P<v>(?:in\s+)?(?:the\s+)?" + _ORD + r"[\s\-]grade(?:r)?|grade\s+(?:\d{1,2}|k)\b|"
            r"kindergarten(?:er)?|kindergartner|pre-?k(?:indergarten)?|preschool(?:er)?|first-grader|"
            + _ORD
            + r"-grader)",
            0.9,
        ),
        (
            "school_year",
            r"\b(?:a|is\s+a|as\s+a|was\s+a)\s+(?P<v>(?:high\s+school\s+|middle\s+school\s+)?(?:freshman|sophomore)"
            r"(?:\s+(?:in|at)\s+(?:high|middle)\s+school)?)\b",
            0.9,
        ),
        ("school_year_hs", r"\b(?P<v>(?:junior|senior)\s+(?:in|at)\s+(?:\w+\s+){0,2}(?:high\s+school|High))\b", 0.75),
        (
            "middle_schooler",
            r"\b(?P<v>middle[\s\-]schooler|high[\s\-]schooler|elementary[\s\-]schooler|toddler|infant|"
            r"newborn)\b",
            0.55,
        ),
    ]
    REFERENCE_NEGATIVE = False
    _twins: list[re.Pattern[str] | None] | None = None
    _school_screen: Screen | None = None
    _num = re.compile(r"\d{1,2}|" + "|".join(_NUMBER_WORDS), re.IGNORECASE)

    def load(self) -> None:
        super().load()
        cls = type(self)
        if cls._twins is None:
            # Lower-case patterns run case-sensitively on the text's screened form: the same matches, faster.
            cls._twins = [case_sensitive_twin(rx) for _, rx, _ in cls._compiled or []]
            school = [
                sc for (name, _, _), sc in zip(cls._compiled or [], cls._screens or [], strict=True) if name in _SCHOOL
            ]
            if all(school):
                cls._school_screen = Screen(
                    frozenset().union(*(sc.words for sc in school)), tuple(x for sc in school for x in sc.substrings)
                )

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        lowered = screen_text(text)
        words = screen_words(lowered)
        school = self._school_screen is None or self._school_screen.passes(lowered, words)
        for (name, rx, score), screen, twin in zip(
            self._compiled or [], self._screens or [], self._twins or [], strict=True
        ):
            if name in _SCHOOL and not school:
                continue
            if name == "name_comma_n":
                if _COMMA_NUMBER.search(text) is None:  # in place of its screen ("," or "(": nearly always passes)
                    continue
            elif screen is not None and not screen.passes(lowered, words):
                continue
            elif name == "is_n" and _VERB_NUMBER.search(lowered) is None:
                continue
            for m in rx.finditer(text) if twin is None else twin.finditer(lowered):
                start, end = m.span("v")
                if start < 0:  # `v` did not take part
                    start, end = m.span()
                if end > start:
                    yield name, start, end, score

    def validate_result(self, pattern_text: str) -> bool | None:
        low = pattern_text.lower()
        if "grade" in low or "kinder" in low or "school" in low or "pre" in low or "fresh" in low or "soph" in low:
            return None
        if any(w in low for w in ("junior", "senior", "toddler", "infant", "newborn")):
            return None
        m = self._num.search(low)
        if not m:
            return False
        value = int(m.group()) if m.group().isdigit() else _NUMBER_WORDS[m.group()]
        if "month" in low:
            return None
        return None if value < 18 else False
