"""What says "a child" without stating an age in years: a school year ("in 7th grade", "a sophomore",
"kindergartner") or a small child's word ("toddler", "newborn"). A child's age in numbers ("she is 12",
"12-year-old", "age 9") is age.py's, which reports every age under 18 as MINOR_AGE."""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import Screen, needs, screen_text, screen_words

from ._recognizer_helpers import ScreenedPatternsRecognizer, by_first_letter, case_sensitive_twin, line_of

# Grouped by first letter: at each word the regex engine tries one group, not every ordinal.
_ORD = by_first_letter(
    r"(?:1st|2nd|3rd|[4-9]th|1[0-2]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth)"
)
# What follows "Grade 8" when it names a class's subject or material, not a pupil ("Grade 8 math test"), or a music
# or dance grade, which adults take too ("Grade 8 piano exam").
_NOT_A_PUPIL = (
    r"(?!\s+(?:math|maths|science|english|reading|writing|history|curriculum|syllabus|textbooks?|tests?|exams?|"
    r"results|scores|standards|materials|lessons?|units?|teachers?|classes|classrooms|level|students|pupils|"
    r"piano|violin|viola|cello|guitar|flute|clarinet|oboe|saxophone|sax|trumpet|trombone|drums|harp|organ|singing|"
    r"voice|theory|music|musicianship|ballet|tap|dance|jazz|listed)\b)"
)
# What comes before "grade 2" when it rates a thing or a job, not a pupil: "Inspector grade 1", "pay grade 3",
# "tumour grade 2", "steel grade 316".
_NOT_A_PUPIL_BEFORE = "".join(
    rf"(?<!\b{w}\s)"
    for w in "inspector inspection pay salary tumour tumor steel fuel oil quality investment civil service hazard "
    "security clearance wage band".split()
)
# The school patterns rarely pass their screens: one screen, their union, skips them all at once.
_SCHOOL = frozenset({"grade", "school_year", "school_year_hs", "middle_schooler"})


# A pattern's or a garment's sizes, by the ages they fit: "Sizes: newborn (3-6 months, 1-2 years)", "Age range:
# toddler to 5".
_SIZE_LINE = re.compile(r"(?i:[ \t]*(?:sizes?|size\s+guide|fits|age\s+range|suitable\s+for)[ \t]*[:\-])")


class MinorAgeRecognizer(ScreenedPatternsRecognizer):
    ENTITY = "MINOR_AGE"
    # Per pattern, what every match holds (detection/prescreen.py): a pattern is not run on a text without it.
    PATTERN_SCREENS = {
        "grade": needs(substrings="grade kindergarten kindergartner pre-k prek preschool"),
        "school_year": needs(substrings="freshman sophomore"),
        "school_year_hs": needs(words="junior senior"),
        "middle_schooler": needs(words="elementary infant newborn schooler toddler"),
        "uk_school_year": needs(substrings="year yr y1 y2 y3 y4 y5 y6 y7 y8 y9"),
        "school_year_lower": needs(substrings="year yr"),
    }
    PATTERNS = [
        (
            "grade",
            # The letters and digits a match can start with, as a lookahead: fewer word starts try every branch.
            r"(?=[itfsengkp1-9])\b(?P<v>(?:in\s+)?(?:the\s+)?"
            + _ORD
            + r"[\s\-]grade(?:r)?|(?<=\bin\s)grade\s+(?:\d{1,2}|k)\b|"
            + _NOT_A_PUPIL_BEFORE
            + r"grade\s+(?:\d{1,2}|k)\b"
            + _NOT_A_PUPIL
            + r"|"
            r"kindergarten(?:er)?|kindergartner|pre-?k(?:indergarten)?(?![\w\-])|preschool(?:er)?|first-grader|"
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
        # A school year in the UK's numbering: "she is in Year 9", "a Year 10 pupil", "Y8 student".
        (
            "uk_school_year",
            r"(?-i:\b(?:[Ii]n|[Aa]|[Hh]er|[Hh]is)\s+(?P<v>(?:Year|Yr|Y)\s?(?:1[0-3]|[1-9]))(?![\w\-:/]|\.\w)"
            r"(?!\s+(?:of|results?|reports?|budgets?|plans?|reviews?|accounts?|contracts?|funding|grants?)\b))",
            0.75,
        ),
        # In lower case (chats) only after a person's verb: "shes in year 9", "im in yr 10", "she's year 8".
        (
            "school_year_lower",
            r"(?<![\w'’])(?:she['’]?s|he['’]?s|i['’]?m|im|i\s+am|(?:she|he)\s+is|(?:she|he|i)\s+was|they['’]?re)"
            r"\s+(?:only\s+|just\s+|now\s+)?(?:in\s+)?(?P<v>(?:year|yr)\s?(?:1[0-3]|[1-9]))(?![\w\-:/]|\.\w)"
            r"(?!\s+(?:of|results?|reports?|budgets?|plans?|reviews?|accounts?|contracts?|funding|grants?)\b)",
            0.75,
        ),
    ]
    REFERENCE_NEGATIVE = False
    _twins: list[re.Pattern[str] | None] | None = None
    _school_screen: Screen | None = None

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
            if screen is not None and not screen.passes(lowered, words):
                continue
            for m in rx.finditer(text) if twin is None else twin.finditer(lowered):
                start, end = m.span("v")
                if start < 0:  # `v` did not take part
                    start, end = m.span()
                if end > start and not _SIZE_LINE.match(line_of(text, start)):
                    yield name, start, end, score
