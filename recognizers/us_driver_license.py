"""US driver's licence numbers: the state formats (1-2 letters and digits, digits only, dashed forms); context only."""

import re

from ._form_labels import NO_TYPE, label_type
from ._recognizer_helpers import NB_DIGIT, ContextRegexRecognizer, reference_in
from ._tables import row_names_a_person

_TWO_DIGITS = re.compile(r"\d\d")  # in every pattern's match
# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern
# (starting at the digits, which the engine skips to): a word's 1-3 letters (and a dash or space) right before three
# digits; a Washington licence's letters, digits and end.
_LETTERS_BEFORE = "|".join(
    rf"(?<=[a-z]{{{n}}}{sep}\d{{3}})(?<![\w\-][a-z]{{{n}}}{sep}\d{{3}})" for n in (1, 2, 3) for sep in ("", r"[\-\s]")
)
_UK_DVLA = r"[A-Z][A-Z9]{4}\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z][A-Z9]\d[A-Z]{2}"
_NEEDS = {
    "letters_digits": re.compile(r"\d{3}(?:" + _LETTERS_BEFORE + ")"),
    "wa_style": re.compile(r"\d{3}(?<=[a-z*]{5}\d{3})[a-z0-9]{2}(?![\w\-])"),
    "letter_grouped": re.compile(r"\d[\-\s]\d"),
    "mixed": re.compile(r"[a-z]\d|\d[a-z]"),
    "state_dashed": re.compile(r"[a-z]{2}-[a-z]{0,2}\d"),
    "uk_spaced": re.compile(r"[a-z9] \d{6} ?[a-z9]"),
    "uk_dvla": re.compile(r"[a-z9]{4}\d{6}[a-z]"),
    "india": re.compile(r"[a-z]{2}[\- ]?\d{2}[\- ]?(?:19|20)\d\d"),
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
_IN_COLUMN = r"(?:^|(?<=[|\t,;]))[ \t]*[\"']?(?:{})[\"']?[ \t]*(?=$|[|\t,;])"
COLUMN_SCORE = 0.5
ID_LABEL_SCORE = 0.6
# Layouts only licences are printed in (FL, MD, WI dashed; NJ, MI spaced): reported alone, with no context word.
_ALONE_FORMAT = re.compile(
    r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d|[A-Z]-\d{3}-\d{3}-\d{3}-\d{3}|[A-Z]\d{3}-\d{4}-\d{4}-\d{2}|"
    r"[A-Z]\d{4} \d{5} \d{5}|[A-Z] \d{3} \d{3} \d{3} \d{3}|"
    # Washington's licences open with WDL: "WDL12AB34CD5" (a digit among the nine at least).
    r"WDL(?=[A-Z0-9]*\d)[A-Z0-9]{9}"
)
# A generic ID label, as people and exports write it: "ID:", "Photo ID #", "id_doc", "doc_id", "ID document",
# "id-number", a JSON key ("\"id_doc\": \"").
_ID_WORDS = (
    r"(?:id|i\.d\.|identification|gov(?:ernment)?[\s_\-]*id|photo[\s_\-]*id|"
    r"(?:id|identity|identification)[\s_\-]*(?:no|num|nr|number|card|doc|docs|document|proof)|"
    r"(?:doc|document|proof)[\s_\-]*(?:of[\s_\-]*)?(?:id|identity|no|num|number))"
)
_ID_LABEL = re.compile(
    r"(?<!\w)" + _ID_WORDS + r"\.?[\"']?\s*(?:is\s+)?[:#=\-–]{0,2}\s*[\"']?\s*$",
    re.IGNORECASE,
)
# A column header that is such a label (a pasted table's, or a CSV file's first line).
_ID_HEADER = re.compile(r"[\s\"']*" + _ID_WORDS + r"[\s\"']*", re.IGNORECASE)
# Who or what holds a licence that is not a driver's: a firm, a product, premises, a trade, a carrier, a broadcaster.
_OTHER_HOLDERS = (
    r"software|business|liquor|medical|nursing|professional|contractor|site|volume|enterprise|product|user|seat|"
    r"annual|trade|music|broadcast|import|export|fishing|hunting|marriage|pet|dog|firearms?|gun|radio|operating|"
    r"wholesale|retail|vendor|food|alcohol|building|land|mls|open[\s-]source|commercial\s+property|"
    r"premises|club|venue|carrier|haulier|haulage|dealer|trader|trading|broadcasting|broadcaster|television|tv|"
    r"spectrum|gaming|gambling|betting|casino|lottery|pharmacy|pawnbroker|banking|insurance|franchise|vehicle|hmo"
)
# A licence word qualified by such a holder ("dealer's licence" too); "operator licence" bare, as the UK's bus and
# haulage firms hold one ("operator's licence" is a driver's in several US states and in Alberta).
_OTHER_LICENCE = re.compile(
    r"\b(?:(?:" + _OTHER_HOLDERS + r")(?:['’]s|s['’]?)?|operator)\s+licen[cs]e|"
    r"\blicen[cs]e\s+(?:key|fee|fees|plan|renewal|agreement|server|seat|seats|count|tier|code|id|pool|file|terms)\b",
    re.IGNORECASE,
)
# Such a licence word right before the value: it names the value, whatever a shape or "licence" alone would say.
_OTHER_LICENCE_BEFORE = re.compile(
    r"(?:" + _OTHER_LICENCE.pattern + r")[\s.:#=\-]*(?:(?:no|num|number|nr|#)\.?[\s.:#=\-]*)?$", re.IGNORECASE
)
# Permits that are not a driver's: a builder's, a worker's, a resident's, a parking space's.
_OTHER_PERMIT = re.compile(
    r"\b(?:building|work|working|parking|residence|residency|resident|planning|event|special|burn|demolition|zoning|"
    r"construction|temporary|travel|study|student|transit|access|entry|exit|export|import|vendor|street|busking|"
    r"carry|gun|firearms?|fishing|hunting|camping|park|grazing|mining|discharge|air|water|sign|alcohol|liquor)"
    r"[\s\-]+permits?\b",
    re.IGNORECASE,
)
# A licence's word right before the value that LABELS does not hold: "Permit # 123456789" (a learner's or
# driver's permit on a form), and the word in the languages of partners' tips ("permis de conduire",
# "Führerschein", "carnet de conducir", "patente di guida", "rijbewijs", "prawo jazdy", "körkort", "ajokortti").
_LICENCE_WORD_BEFORE = re.compile(
    r"(?:\bpermit|\bpermis(?:\s+de\s+conduire)?|führerschein(?:nummer|-?nr\.?)?|fuehrerschein|"
    r"\bcarn[eé]t?\s+de\s+conducir|\blicencia\s+de\s+conducir|\bpatente(?:\s+di\s+guida)?|\brijbewijs(?:nummer)?|"
    r"\bprawo\s+jazdy|\bk[öo]rkort\w*|\bk[øo]rekort\w*|\bf[øo]rerkort\w*|\bajokortti\w*|\bcnh|\boln|\bdvla|"
    r"\bcarta\s+de\s+condu[cç][aã]o|"
    r"\bpermiso\s+de\s+conducir|\bd\.\s?l\.|\bd/l|\bo\.?l\.?(?=\s*(?:#|no\b|num))|(?-i:\bOL\b))"
    r"[\s.]*(?:(?:no|nr|num|number|n[°º]|#)\.?)?[\s:#=\-]{0,4}$",
    re.IGNORECASE,
)
# A licence's word as an export's key, right before the value.
_LICENCE_KEY = re.compile(
    r"(?<![^\W_])[a-z_]*(?:driver|drivers|driving|dl|dln|cdl|licen[cs]e|lic|permit)[a-z_]*"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?$",
    re.IGNORECASE,
)
_NOT_DRIVER_KEY = re.compile(
    r"plate|key|software|product|business|seat|tag|type|class|state|expir|issue", re.IGNORECASE
)
# A driver's licence word right before the value, nothing but a number word and punctuation between.
_LABEL_RIGHT_BEFORE = re.compile(
    r"(?:\b(?:dl|dln|cdl|d/l|d\.l\.|driver['’]?s?\s+li[cs]\w*|driving\s+licen[cs]e|drivers?\s+lic\.?)"
    r"[\s.:#=\-]*(?:(?:no|num|number|nr|#)\.?[\s.:#=\-]*)?)$",
    re.IGNORECASE,
)
RIGHT_AFTER_LABEL_SCORE = 0.9
_DRIVER_WORD = re.compile(r"\b(?:driv\w*|dl|dln|cdl|motor|dmv|state\s+id)\b", re.IGNORECASE)
# Washington's older layout: five letters of the surname (or "*"), two initials, three digits, two check characters.
_WA_LAYOUT = re.compile(r"(?:WDL|[A-Za-z*]{2})[A-Za-z*]{3,4}\d{3}[A-Za-z0-9]{2}")
_NY_LONG = re.compile(r"[A-Za-z]\d{18}")  # New York's older layout, beyond the usual 16
# A column header naming a driver's licence ("driver_license_number", "DL", "Driver License #").
_DRIVER_HEADER = re.compile(r"(?<![a-z])(?:drivers?|driver['’]s|driving|dl|dln|cdl)(?![a-z])", re.IGNORECASE)
# A bare licence header ("license_no", "Licence #") and the person's columns that make it a driver's.
_LICENCE_HEADER = re.compile(r"[\s\"']*(?:licen[cs]e|lic)[\s_\-.]*(?:no|num|number|nr|#|id)?\.?[\s\"']*", re.IGNORECASE)
_PERSON_HEADER = re.compile(
    r"(?<![a-z])(?:name|first|last|surname|dob|birth|date_of_birth|volunteer|member|donor)(?![a-z])", re.IGNORECASE
)
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d[\-/]\d{2,6}")
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
        # … and New York's older letter and 18 digits.
        ("letters_digits", r"(?<![\w\-])[a-z]{1,3}[\-\s]?\d{3,18}(?:-\d{1,4}){0,4}[a-z]{0,2}(?![\w\-])", 0.15),
        ("digits", NB_DIGIT + r"\d{4,13}(?![\w\-]|[.,]\d)", 0.1),
        # … and Alberta's 123456-789.
        ("digits_grouped", NB_DIGIT + r"\d{0,6}(?:[\- ]\d{2,5}){1,4}(?![\w\-]|[.,]\d)", 0.1),
        # Glued to its label by a dash ("DL-D1234567"), where the value's own boundary fails.
        ("dl_glued", r"\b(?:dl|dln|lic)-(?P<v>[a-z]{0,2}\d[\d\-]{4,16}\d)(?![\w\-])", 0.15),
        ("wa_style", r"(?<![\w\-])(?=[a-z*]*\d)[a-z*]{5,7}\d{3}[a-z0-9]{2}(?![\w\-])", 0.1),
        # NJ A1234 56789 01234, MI M 123 456 789 012, KS/VA K12-34-5678: a letter and grouped digits.
        ("letter_grouped", r"(?<![\w\-])[a-z][\-\s]?\d{2,5}(?:[\-\s]\d{2,6}){1,4}(?![\w\-])", 0.1),
        # WA WDL12AB34CD5, NH 10ABC12345, IA 123AB4567: letters and digits mixed.
        # … and the UK's MORGA753116SM9IJ (16), for licences of other countries in international tips.
        ("mixed", r"(?<![\w\-])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{7,16}(?![\w\-])", 0.1),
        # A state's code glued before the number by a dash, as some forms print it: "CA-B2345678", "TX-12345678".
        ("state_dashed", r"(?<![\w\-])(?-i:[A-Z]{2})-(?P<v>[a-z]{0,2}\d{5,14})(?![\w\-])", 0.15),
        # India's state code, RTO number, year of issue and serial: "MH12 20110012345", "MH-1220110012345".
        ("india", r"(?<![\w\-])(?-i:[A-Z]{2})[\- ]?\d{2}[\- ]?(?:19|20)\d{2}[\- ]?\d{7}(?![\w\-])", 0.15),
        # The UK's DVLA number, whose layout is its own: five letters of the surname (9s pad a short one), the
        # birth date's decade, month (plus 50 for a woman), day and year digit, two initials, a digit, two check
        # letters ("MORGA657054SM9IJ"): reported with no context word.
        ("uk_dvla", r"(?<![\w\-])(?-i:" + _UK_DVLA + r")(?![\w\-])", COLUMN_SCORE),
        # A UK licence written in its groups: "MORGA 753116 SM 9IJ", "DOE99 801153 JJ 9AB".
        ("uk_spaced", r"(?<![\w\-])[a-z9]{5} \d{6} ?[a-z9]{1,2} ?\d{1,2}[a-z]{2}(?![\w\-])", 0.15),
    ]
    # Beside LABELS' English words: the US "operator licence number" (OLN), and the licence's name in the languages
    # of partners' tips, anywhere in the window ("permis de conduire du Québec L1234-123456-12").
    CONTEXT = [
        r"operator['’]?s?\s+lic(?:en[cs]e|\.)?", r"permis\s+de\s+conduire", r"f[üu]e?hrerschein\w*",
        r"rijbewijs\w*", r"prawo\s+jazdy", r"k[öo]rkort\w*", r"k[øo]rekort\w*", r"f[øo]rerkort\w*", r"ajokortti\w*",
        r"cnh", r"carteira\s+(?:nacional\s+)?de\s+(?:motorista|habilita[cç][aã]o)", r"carta\s+de\s+condu[cç][aã]o",
        r"licencia\s+de\s+(?:conducir|manejo|conducci[oó]n)", r"carn[eé]t?\s+de\s+conducir",
        r"permiso\s+de\s+conducir", r"patente\s+di\s+guida", r"vozačk\w*", r"jogos[íi]tv[áa]ny\w*",
        r"[řr]idi[čc]sk\w+\s+pr[úu]kaz\w*", r"permis\s+de\s+conducere", r"ehliyet\w*",
    ]  # fmt: skip
    CONTEXT_BOOST = 0.6
    CONTEXT_WINDOW = 56  # "Driver's license number (state of issue: Ohio):" and its value
    REPORTS_WITHOUT_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        plain = "".join(c for c in pattern_text if c.isalnum())
        if not 5 <= len(plain) <= 16 and not _NY_LONG.fullmatch(plain):
            return False
        if sum(c.isdigit() for c in plain) < 4 and not _WA_LAYOUT.fullmatch(pattern_text):
            return False
        # Letters before a space are a printed prefix ("NY 123 456"), in capitals; "key 4471", "no 1234" are words.
        lead = re.match(r"([A-Za-z]{1,3})\s", pattern_text)
        if lead and not lead.group(1).isupper():
            return False
        # "DL" is also a word ("DL 2024" a year); a year is not a licence.
        if plain.isdigit() and len(plain) == 4:
            return False
        if _YEAR_NUMBER.fullmatch(pattern_text):
            return False  # "permit 2024-0012": a year and a serial, a file's number
        return None

    def has_context(self, text: str, start: int, end: int) -> bool | None:
        if _OTHER_LICENCE_BEFORE.search(text, max(0, start - 48), start):
            return False  # "Premises licence no. LN4471203", "PSV operator licence RT…": a firm's licence's number
        found = super().has_context(text, start, end)
        if found and (cell := _header_cell(text, start, end)) is not None:
            if _LICENCE_HEADER.fullmatch(text[cell[0] : cell[1]]) and not _driver_header(text, start, end):
                return None  # "product,license_no,seats": a bare licence column among no person's columns
        if not found:
            key = _LICENCE_KEY.search(text, max(0, start - 48), start)
            if key is not None and not _NOT_DRIVER_KEY.search(key.group()):
                return True  # "dl_number: D1234567", "{\"driver_license\": \"D1234567\"}"
        if not found and _driver_header(text, start, end):
            return True  # a value under a "driver_license_number" column
        if not found and _LICENCE_WORD_BEFORE.search(text, max(0, start - 40), start):
            if _OTHER_PERMIT.search(text, max(0, start - 40), start):
                return None  # "parking permit 88120456", "work permit no. 1234567"
            return True
        if found and _OTHER_LICENCE.search(text, max(0, start - self.CONTEXT_WINDOW), end):
            # "software license 4471-2290", "business licence no. 88120": a firm's licence, not a driver's.
            if not _DRIVER_WORD.search(text, max(0, start - self.CONTEXT_WINDOW), start):
                return None
        return found

    def score(self, text: str, start: int, end: int, base: float) -> float:
        score = super().score(text, start, end, base)
        if score >= 0.6 and _LABEL_RIGHT_BEFORE.search(text, max(0, start - 28), start):
            return max(score, RIGHT_AFTER_LABEL_SCORE)  # "DL num 123456789": the label's own value, not a phone
        if score >= COLUMN_SCORE or self._is_reference(text, start) or self.has_context(text, start, end) is False:
            return score
        value = text[start:end]
        if any(f.fullmatch(value) for f in STATE_FORMATS):
            if _ALONE_FORMAT.fullmatch(value):
                return COLUMN_SCORE  # a state's dashed or spaced layout is the licence's own shape
            if _ID_LABEL.search(text, max(0, start - 24), start) or _id_header(text, start, end):
                return ID_LABEL_SCORE  # "ID: F123456789012": a generic ID label before a state's exact format
            if _field_of_a_person(text, start, end):
                return COLUMN_SCORE  # "DOCUMENT: F123456789012" on a form that names a person
        for index, state_format in enumerate(STATE_FORMATS):
            if state_format.fullmatch(value) and _format_count(text, index) >= 2 and _alone(text, start, end):
                header = _header_cell(text, start, end)
                if header is not None and reference_in(text, [header]):
                    return score  # a column of SKUs, tickets or orders
                return COLUMN_SCORE  # one of a column of same-format licences: no context word
        return score


_CELL_SPLIT = re.compile(r"[|\t,;]")


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the value is all its line or table cell holds (a CSV file's cells too; quotes aside)."""
    before = _CELL_SPLIT.split(text[text.rfind("\n", 0, start) + 1 : start])[-1]
    after_end = text.find("\n", end)
    after = _CELL_SPLIT.split(text[end : len(text) if after_end < 0 else after_end], maxsplit=1)[0]
    return not before.strip(" \t\"'") and not after.strip(" \t\"'")


def _header_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The header cell above a value alone in its cell: a pasted table's or a CSV file's column (the first line of
    its block of rows with as many cells, if that holds no digit); None without one."""
    if not _alone(text, start, end):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    sep = next((c for c in "|\t,;" if c in line), None)
    if sep is None:
        return None
    column = text.count(sep, line_start, start)
    cells = line.count(sep)
    header, pos = None, line_start
    for _ in range(60):
        if pos == 0:
            break
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_start : pos - 1]
        if prev.count(sep) != cells:
            break
        if prev.strip(" -|+:=\t"):
            header = prev_start
        pos = prev_start
    if header is None:
        return None
    header_end = text.find("\n", header)
    row = text[header:header_end]
    if any(c.isdigit() for c in row):
        return None
    a = header
    for _ in range(column):
        a = text.index(sep, a) + 1
    b = text.find(sep, a, header_end)
    return a, header_end if b < 0 else b


def _field_of_a_person(text: str, start: int, end: int) -> bool:
    """Whether the value is a field's whole value (alone in its cell, or after a label and a colon on its line) on a
    form with a person's field ("NAME: ...") or in a table row with a person's name, and its own label, if any, is
    no label of a code ("ORDER NO:")."""
    if ":" not in text and "|" not in text and "\t" not in text:
        return False  # no label's colon and no table's cell: no form (a column's bare cell, a sentence)
    line_start = text.rfind("\n", 0, start) + 1
    label = re.fullmatch(r"[ \t]*([^\n:|\t]{1,40}?)[ \t]*[:#][ \t]*", text[line_start:start])
    if not _alone(text, start, end) and (label is None or not _alone_after(text, end)):
        return False
    if label is not None and label_type(label.group(1)) == NO_TYPE:
        return False
    if row_names_a_person(text, start, end):
        return True  # "MARIA LOPEZ | W426545307610 | …": a row about a person, whatever the headers say
    return any(label_type(c) == "PERSON" for c in _PERSON_LABEL_CELL.findall(text))


def _alone_after(text: str, end: int) -> bool:
    line_end = text.find("\n", end)
    return not _CELL_SPLIT.split(text[end : len(text) if line_end < 0 else line_end], maxsplit=1)[0].strip(" \t\"'")


# A cell that could be a label: the start of a line or cell up to a colon, a bar or a tab.
_PERSON_LABEL_CELL = re.compile(r"(?:^|(?<=[|\t]))[ \t]*([^\n:|\t]{1,30}?)[ \t]*(?=[:|\t]|$)", re.MULTILINE)


def _id_header(text: str, start: int, end: int) -> bool:
    """Whether the value sits alone in a cell under a generic ID header ("id_doc", "ID number")."""
    cell = _header_cell(text, start, end)
    return cell is not None and _ID_HEADER.fullmatch(text, *cell) is not None


def _driver_header(text: str, start: int, end: int) -> bool:
    """Whether the value sits alone in a cell under a driver's licence header, not a plate's or a key's."""
    cell = _header_cell(text, start, end)
    if cell is None:
        return False
    header = text[cell[0] : cell[1]]
    if len(header) > 40 or _NOT_DRIVER_KEY.search(header):
        return False
    if _DRIVER_HEADER.search(header) is not None:
        return True
    # "license_no" beside a person's columns ("name,license_no,state"): a person's licence, not a product's.
    row_end = text.find("\n", cell[0])
    row = text[text.rfind("\n", 0, cell[0]) + 1 : len(text) if row_end < 0 else row_end]
    return _LICENCE_HEADER.fullmatch(header) is not None and _PERSON_HEADER.search(row) is not None
