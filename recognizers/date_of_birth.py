"""Dates of birth: a date (any common format) with birth context before it (born, DOB, date of birth, birthday)."""

import re

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_SEP = r"[/\-.\u2010-\u2015\u2212]"
_DATE = (
    r"(?:\d{1,2}"
    + _SEP
    + r"\d{1,2}"
    + _SEP
    + r"(?:\d{4}|\d{2})"  # 03/14/2012, 14.03.12
    + r"|"
    + _YEAR
    + _SEP
    + r"\d{1,2}"
    + _SEP
    + r"\d{1,2}"  # 2012-03-14
    + r"|"
    + _MONTH
    + r"\s+"
    + _DAY
    + r",?\s+"
    + _YEAR  # March 14, 2012
    + r"|(?:the\s+)?"
    + _DAY
    + r"\s+(?:of\s+)?"
    + _MONTH
    + r",?\s+"
    + _YEAR  # 14 March 2012
    + r"|"
    + _MONTH
    + r"\s+"
    + _YEAR  # March 2012
    + r")"
)
# Birth context right before the date: "born on", "DOB:", "date of birth is", "birthday: ", "b. ".
_BIRTH = (
    r"(?:\bborn|\bd\.?o\.?b\b\.?|\bdate\s+of\s+birth|\bbirth\s*date|\bbirthday|\bbday|\bb\.|\bbirth)"
    r"(?:\s+(?:is|was|on|in|of|=|listed\s+as|given\s+as))*\s*[:\-–]?\s*(?:on\s+|is\s+)?"
)

# What each pattern's match holds (its birth words), searched in the text's screened (lower-cased) form before the
# costlier pattern.
_NEEDS = {
    "birth_then_date": re.compile(r"born|d\.?o\.?b|birth|bday|b\."),
    "date_then_birth": re.compile(r"dob|d\.o\.b\.|birth"),
}
_DIGIT = re.compile(r"\d")  # every date has one


class DateOfBirthRecognizer(ContextRegexRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(words="date", substrings="b. bday birth born d.o.b do.b ob")
    TEXT_NEEDS = _DIGIT
    PATTERN_NEEDS = _NEEDS
    PATTERNS = [
        ("birth_then_date", _BIRTH + r"\(?(?P<v>" + _DATE + r")(?!\d)", 0.95),
        # "03/14/2012 (DOB)", "2012-03-14 - date of birth"
        ("date_then_birth", r"(?<!\d)(?P<v>" + _DATE + r")\s*[(\-–,]?\s*(?:dob|d\.o\.b\.|date\s+of\s+birth)\b", 0.95),
    ]
    REFERENCE_NEGATIVE = False
