"""US driver's licence numbers: the state formats (1-2 letters and digits, digits only, dashed forms); context only."""

import re

from ._recognizer_helpers import NB_DIGIT, ContextRegexRecognizer

_TWO_DIGITS = re.compile(r"\d\d")  # in every pattern's match
# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern
# (starting at the digits, which the engine skips to): a word's 1-3 letters (and a dash or space) right before three
# digits; a Washington licence's letters, digits and end.
_LETTERS_BEFORE = "|".join(
    rf"(?<=[a-z]{{{n}}}{sep}\d{{3}})(?<![\w\-][a-z]{{{n}}}{sep}\d{{3}})" for n in (1, 2, 3) for sep in ("", r"[\-\s]")
)
_NEEDS = {
    "letters_digits": re.compile(r"\d{3}(?:" + _LETTERS_BEFORE + ")"),
    "wa_style": re.compile(r"\d{3}(?<=[a-z*]{5}\d{3})[a-z0-9]{2}(?![\w\-])"),
    "letter_grouped": re.compile(r"\d[\-\s]\d"),
    "mixed": re.compile(r"[a-z]\d|\d[a-z]"),
}
# States' exact formats (AAMVA): a text holding two or more values of one of them, each alone at the start of a line
# or in a table cell (a pasted column of licences), reports them without a context word. Capitals, as printed; the
# short ones (CA's letter and 7 digits) are left out: too many product and part codes share them.
STATE_FORMATS = tuple(
    re.compile(rx)
    for rx in (
        r"[A-Z]\d{12}",  # FL, MD, MI, MN
        r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d",  # FL, dashed
        r"[A-Z]-\d{3}-\d{3}-\d{3}-\d{3}",  # MD, dashed
        r"[A-Z] \d{3} \d{3} \d{3} \d{3}",  # MI, spaced
        r"[A-Z]\d{11}",  # IL
        r"[A-Z]\d{3}-\d{4}-\d{4}",  # IL, dashed
        r"[A-Z]\d{13}",  # WI
        r"[A-Z]\d{3}-\d{4}-\d{4}-\d{2}",  # WI, dashed
        r"[A-Z]\d{14}",  # NJ
        r"[A-Z]\d{4} \d{5} \d{5}",  # NJ, spaced
        r"WDL[A-Z0-9]{9}",  # WA
    )
)
_IN_COLUMN = r"(?:^|(?<=[|\t]))[ \t]*(?:{})[ \t]*(?=$|[|\t])"
COLUMN_SCORE = 0.5
ID_LABEL_SCORE = 0.6
# Layouts only licences are printed in (FL, MD, WI dashed; NJ, MI spaced): reported alone, with no context word.
_ALONE_FORMAT = re.compile(
    r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d|[A-Z]-\d{3}-\d{3}-\d{3}-\d{3}|[A-Z]\d{3}-\d{4}-\d{4}-\d{2}|"
    r"[A-Z]\d{4} \d{5} \d{5}|[A-Z] \d{3} \d{3} \d{3} \d{3}"
)
_ID_LABEL = re.compile(
    r"\b(?:id|i\.d\.|identification|gov(?:ernment)?\s+id|photo\s+id|id\s+(?:no|number|card|doc(?:ument)?))\.?"
    r"\s*(?:is\s+)?[:#]{0,2}\s*$",
    re.IGNORECASE,
)
# Licences that are not a driver's: a firm's, a product's, a trade's.
_OTHER_LICENCE = re.compile(
    r"\b(?:software|business|liquor|medical|nursing|professional|contractor|site|volume|enterprise|product|user|seat|"
    r"annual|trade|music|broadcast|import|export|fishing|hunting|marriage|pet|dog|firearms?|gun|radio|operating|"
    r"wholesale|retail|vendor|food|alcohol|building|land|mls|open[\s-]source|commercial\s+property)\s+licen[cs]e|"
    r"\blicen[cs]e\s+(?:key|fee|fees|plan|renewal|agreement|server|seat|seats|count|tier|code|id|pool|file|terms)\b",
    re.IGNORECASE,
)
_DRIVER_WORD = re.compile(r"\b(?:driv\w*|dl|dln|cdl|motor|dmv|state\s+id)\b", re.IGNORECASE)
_format_counts: tuple[str | None, dict[int, int]] = (None, {})


def _format_count(text: str, index: int) -> int:
    """How many values of STATE_FORMATS[index] the text holds (counted once per text)."""
    global _format_counts
    if _format_counts[0] is not text:
        _format_counts = (text, {})
    counts = _format_counts[1]
    if index not in counts:
        counts[index] = len(re.findall(_IN_COLUMN.format(STATE_FORMATS[index].pattern), text, re.MULTILINE))
    return counts[index]


class UsDriverLicenseRecognizer(ContextRegexRecognizer):
    ENTITY = "US_DRIVER_LICENSE"
    TEXT_NEEDS = _TWO_DIGITS
    PATTERN_NEEDS = _NEEDS
    LABEL = "US_DRIVER_LICENSE"
    PATTERNS = [
        # CA A1234567, FL A123-456-78-901-0, NY 123 456 789, WA WDLABCD456DG: letters and digits, 5-16 long.
        ("letters_digits", r"(?<![\w\-])[a-z]{1,3}[\-\s]?\d{3,14}(?:-\d{1,4}){0,4}[a-z]{0,2}(?![\w\-])", 0.15),
        ("digits", NB_DIGIT + r"\d{4,13}(?![\w\-]|[.,]\d)", 0.1),
        ("digits_grouped", NB_DIGIT + r"\d{0,4}(?:[\- ]\d{2,5}){1,4}(?![\w\-]|[.,]\d)", 0.1),
        # Glued to its label by a dash ("DL-D1234567"), where the value's own boundary fails.
        ("dl_glued", r"\b(?:dl|dln|lic)-(?P<v>[a-z]{0,2}\d[\d\-]{4,16}\d)(?![\w\-])", 0.15),
        ("wa_style", r"(?<![\w\-])(?=[a-z*]*\d)[a-z*]{5,7}\d{3}[a-z0-9]{2}(?![\w\-])", 0.1),
        # NJ A1234 56789 01234, MI M 123 456 789 012, KS/VA K12-34-5678: a letter and grouped digits.
        ("letter_grouped", r"(?<![\w\-])[a-z][\-\s]?\d{2,5}(?:[\-\s]\d{2,5}){1,4}(?![\w\-])", 0.1),
        # WA WDL12AB34CD5, NH 10ABC12345, IA 123AB4567: letters and digits mixed.
        # … and the UK's MORGA753116SM9IJ (16), for licences of other countries in international tips.
        ("mixed", r"(?<![\w\-])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{7,16}(?![\w\-])", 0.1),
    ]
    CONTEXT_BOOST = 0.6
    CONTEXT_WINDOW = 56  # "Driver's license number (state of issue: Ohio):" and its value
    REPORTS_WITHOUT_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        plain = "".join(c for c in pattern_text if c.isalnum())
        if not 5 <= len(plain) <= 16 or sum(c.isdigit() for c in plain) < 4:
            return False
        # Letters before a space are a printed prefix ("NY 123 456"), in capitals; "key 4471", "no 1234" are words.
        lead = re.match(r"([A-Za-z]{1,3})\s", pattern_text)
        if lead and not lead.group(1).isupper():
            return False
        # "DL" is also a word ("DL 2024" a year); a year is not a licence.
        if plain.isdigit() and len(plain) == 4:
            return False
        return None

    def has_context(self, text: str, start: int, end: int) -> bool | None:
        found = super().has_context(text, start, end)
        if found and _OTHER_LICENCE.search(text, max(0, start - self.CONTEXT_WINDOW), end):
            # "software license 4471-2290", "business licence no. 88120": a firm's licence, not a driver's.
            if not _DRIVER_WORD.search(text, max(0, start - self.CONTEXT_WINDOW), start):
                return None
        return found

    def score(self, text: str, start: int, end: int, base: float) -> float:
        score = super().score(text, start, end, base)
        if score >= COLUMN_SCORE or self._is_reference(text, start) or self.has_context(text, start, end) is False:
            return score
        value = text[start:end]
        if any(f.fullmatch(value) for f in STATE_FORMATS):
            if _ALONE_FORMAT.fullmatch(value):
                return COLUMN_SCORE  # a state's dashed or spaced layout is the licence's own shape
            if _ID_LABEL.search(text, max(0, start - 24), start):
                return ID_LABEL_SCORE  # "ID: F123456789012": a generic ID label before a state's exact format
        for index, state_format in enumerate(STATE_FORMATS):
            if state_format.fullmatch(value) and _format_count(text, index) >= 2 and _alone(text, start, end):
                return COLUMN_SCORE  # one of a column of same-format licences: no context word
        return score


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the value is all its line or table cell holds."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rsplit("|", 1)[-1].rsplit("\t", 1)[-1]
    after_end = text.find("\n", end)
    after = text[end : len(text) if after_end < 0 else after_end].split("|", 1)[0].split("\t", 1)[0]
    return not before.strip() and not after.strip()
