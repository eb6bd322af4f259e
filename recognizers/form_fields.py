"""Form fields: a text that reads as a form (several field labels) has its values typed by their labels, where the
value is not on the label's line after a colon, the layout the specialised recognizers already read:

- the label alone on its line, the value on the next line ("CHILD'S NAME\\nAMELIA HART"); an address takes up to four
  short lines, until a blank line or the next label;
- labels combined over values split the same way ("SURNAME / FORENAME" over "OKAFOR / DANIEL");
- labels in brackets ("[NAME] ZOE BRENNAN [AGE] 14 [TOWN] ROTHERHAM");
- a label, a leader and the value ("PUPIL NAME........ AISHA RAHMAN", "COUNTY ____ KENT");
- several pairs on one line apart by two spaces or bars ("FORENAME  SOPHIE    SURNAME  TURNER", "|AGE| 15");
- a row of labels over rows of values ("NAME   AGE   TOWN" over "LILY BROOKS   10   PRESTON").

A catch-all beside the specialised recognizers (they keep their own label logic): the label table is
`_form_labels.LABELS`; a value must be short, no placeholder ("N/A", "DECLINED", "SEE ABOVE") and no label itself, and
read as its type (a name has no digit and no firm's word, a plate is a short code with a digit, an age a number).
Labels of no personal data ("COMPANY", "VENDOR", "ROOM") type nothing, so invoices and room sheets stay clean.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from ._form_labels import (
    ABOVE_ONLY,
    GENERIC_NAMES,
    GOODS,
    NAME_PARTS,
    NO_TYPE,
    NO_VALUE,
    ONE_LINE_ADDRESS,
    PHRASE_TYPE,
    POSTAL_LABELS,
    is_label_line,
    label_phrase,
    label_prefix,
    label_type,
    question_type,
)
from ._form_labels import warm as warm_labels
from ._goods import ANIMAL_HEADER
from ._names import ENGLISH_WORDS, FIRST_NAMES, NOT_INITIALS, ORG_WORDS, identifier_value, is_noun, schema_value
from ._orgs import not_a_person
from ._recognizer_helpers import TEMPLATE_SLOT, csv_cells, csv_separator
from ._tables import html_table_cells, logical_lines
from .age import ADULT, OLDEST

SCORE = 0.85  # a value typed by its form label: above a shape alone, below a checksum
MIN_LABEL_LINES = 2  # a form has several labelled fields; one "Name" line in prose is none
MIN_BARE_LINES = 3  # lines of "LABEL value" without a colon (OCR drops them) make a form only when there are more
MAX_ADDRESS_LINES = 4
MAX_VALUE = 60

# (type, label phrase, start, end): a value and the label that types it.
Field = tuple[str, str, int, int]
# Per line of a text: the types of its columns if it is a row of headers (`_header_kinds`), else None.
Headers = list[list[str | None] | None]

# A value that says there is none, or a box's answer.
_PLACEHOLDERS = NO_VALUE | {"x", "yes", "no", "other", "various"}
# Words of a team, a firm or a place of work: a value holding one names no person ("FACILITIES TEAM").
_NOT_PERSON_WORDS = ORG_WORDS | frozenset(
    """team dept department services service council office desk board trust school academy police centre center
    unit hospital surgery clinic church club society association authority agency committee group ltd limited inc
    plc llp store shop warehouse depot hq headquarters division section support admin administration reception
    staff management finance accounts payroll facilities operations security""".split()
)
# Cells of a line: apart by two spaces, a tab, a bar, or a semicolon ("NAME ZHAO LEI; EMAIL z@x.cn; DOB 1990-01-02").
_CHUNK_SPLIT = re.compile(r"[ \t]{2,}|\t|[ \t]*\|[ \t]*|[ \t]*;[ \t]+")
_BRACKET = re.compile(r"\[\s*([^\[\]\n]{1,40}?)\s*\]")
_SLASH = re.compile(r"[ \t]*/[ \t]*")
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_RULE = re.compile(r"[\-=_~*.|+ \t]+")  # a ruled line under a label or a header row
# (with the marks of scripts that write vowels as marks: "ਅਮਨਦੀਪ", "සිල්වා")
_NAME_WORD = r"[^\W\d_][\w\p{M}'’.\-]*"
_PERSON_VALUE = regex.compile(
    r"(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?" + _NAME_WORD + r"(?:(?:[ \t]+|[ \t]*,[ \t]*)" + _NAME_WORD + r"){0,4}",
    regex.IGNORECASE,
)
_PLACE_VALUE = regex.compile(_NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3}")
# A plate mixes letters and digits ("REGISTRATION\n2024" is an event's year); a licence has six characters or more.
_PLATE_VALUE = re.compile(r"(?=[^\n]*\d)(?=[^\n]*[A-Z])[A-Z0-9]{1,8}(?:[ \-·][A-Z0-9]{1,5}){0,3}", re.IGNORECASE)
_LICENCE_VALUE = re.compile(r"(?=(?:[^\n]*\d){3})[A-Z0-9*](?:[A-Z0-9 \-*/]{4,22})[A-Z0-9]", re.IGNORECASE)
_AGE_VALUE = re.compile(
    r"(?:(?:approx\.?|about|c\.|aged?)[ \t]*)?(?P<n>\d{1,3})(?:[ \t]*(?:yrs?|years?(?:[ \t]+old)?|y/?o)\.?)?",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_VALUE = re.compile(  # fmt: skip
    r"\d{1,2}[./\- ]\d{1,2}[./\- ](?:\d{4}|\d{2})|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}|"
    r"\d{1,2}(?:st|nd|rd|th)?[ \t\-]"
    + _MONTH
    + r"[ \t\-,]*\d{4}|"
    + _MONTH
    + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}",
    re.IGNORECASE,
)
_PHONE_VALUE = re.compile(r"\+?[\d(][\d ()\-.]{5,20}\d")
_EMAIL_VALUE = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_USERNAME_VALUE = re.compile(r"@?[\w.\-]{3,30}")
_ID_VALUE = re.compile(r"(?=(?:[^\n]*\d){5})[A-Z0-9][A-Z0-9 \-]{4,20}", re.IGNORECASE)
_POSTAL_VALUE = re.compile(r"(?=[^\n]*\d)[A-Z0-9]{2,5}(?:[ \-][A-Z0-9]{2,4})?", re.IGNORECASE)
# A registration label that does not say whose ("Registration number", "Reg no"): a vehicle's plate, or a firm's
# number in a company register's extract. The words of the record around it tell which (a vehicle's first).
_BARE_REGISTRATION = re.compile(r"reg(?:istration)?\.?(?:[ \t]*(?:no\.?|nr|number|#))?")
_VEHICLE_WORDS = re.compile(
    r"\b(?:vehicles?|cars?|vans?|trucks?|lorry|lorries|motorbikes?|motorcycles?|scooter|make|model|colou?r|vin|"
    r"chassis|plates?|mot|v5c?|mileage|odometer|keeper|parked)\b",
    re.IGNORECASE,
)
_COMPANY_WORDS = re.compile(
    r"\b(?:ltd|limited|plc|llp|llc|gmbh|ag|kg|inc|incorporated|incorporation|corp|corporation|compan(?:y|ies)|"
    r"registered\s+office|vat|directors?|shareholders?|handelsregister|amtsgericht|charity|sic)\b",
    re.IGNORECASE,
)
RECORD_REACH = 300  # characters either side of the value: the record it stands in


# --- Values ----------------------------------------------------------------------------------------------------


# A person's initials under a person's label ("Staff | MS", "Signed: RN"): two or three capitals, dots allowed.
_INITIALS = re.compile(r"(?:[^\W\d_a-z](?:\.[ \t]?)?){2,3}")


# A configuration file's line: an indented or snake_case key, a colon or "=", one token ("  port: 8080",
# '  tls_min: "1.2"'); a setting's value is a number, a quoted string or a switch more often than not.
_CONFIG_LINE = re.compile(
    r"^(?:[ \t]{2,}[a-z][a-z0-9_]*|[a-z][a-z0-9]*_[a-z0-9_]+)[ \t]*[:=][ \t]*(?P<v>\"[^\"\n]*\"|'[^'\n]*'|[\w.:/\-]+)"
    r"[ \t]*$",
    re.MULTILINE,
)
_SETTING = re.compile(r"[\"'].*|.*\d.*|true|false|null|none|on|off|yes|no", re.IGNORECASE)
_CONFIG_LINES = 3
_COUNT = re.compile(r"[xX×]\d{1,3}")
_SETTINGS = 2


def _config_text(text: str) -> bool:
    """A configuration file (YAML, TOML, INI): three one-token lines or more of indented or snake_case keys, two of
    them a number, a quoted string or a switch (a chat's "mia_x: lol" lines are messages)."""
    values = [m.group("v") for m in _CONFIG_LINE.finditer(text)]
    return len(values) >= _CONFIG_LINES and sum(_SETTING.fullmatch(v) is not None for v in values) >= _SETTINGS


def _person(text: str, start: int, end: int, phrase: str) -> bool:
    value = text[start:end]
    if _INITIALS.fullmatch(value) and value.isupper():
        return value.replace(".", "").replace(" ", "") not in NOT_INITIALS
    if _PERSON_VALUE.fullmatch(value) is None or len(value) > 50 or _COUNT.fullmatch(value):
        return False  # (not "volunteers x4": a count)
    if value.islower() and " " not in value and _config_text(text):
        return False  # "name: intake-api", "host: localhost" in a service's YAML: the service's, not a person's
    words = [w.strip(".,").casefold() for w in value.split()]
    if any(w in _NOT_PERSON_WORDS for w in words):
        return False  # "FACILITIES TEAM", "ACME SUPPLIES LTD": a firm's or a team's
    if phrase not in NAME_PARTS and all(_thing_word(w) for w in words):
        return False  # "PATIENT\nINFORMATION", "NAME\nMARKET SQUARE": words, no name ("SURNAME\nWHITE" is one)
    if phrase not in GENERIC_NAMES:
        # "DONOR NAME | AMOUNT" over "PIOTR ZAJAC | 20.00": the label names a person, so a price beside the value
        # makes no product of it; the value alone may still be a firm's or a brand's ("WELLS FARGO").
        return not not_a_person(value, 0, len(value))
    return not not_a_person(text, start, end)


def _address(text: str, start: int, end: int, phrase: str) -> bool:
    value = text[start:end]
    if phrase in POSTAL_LABELS:
        return _POSTAL_VALUE.fullmatch(value) is not None
    lines = value.split("\n")
    if any(len(line.split()) > 8 or line.rstrip().endswith((".", "?", "!")) for line in lines):
        return False  # a sentence, not an address's line
    # A house's name alone needs its line's label or a second line ("THE OLD BAKERY\n2 CHURCH ST").
    return any(c.isdigit() for c in value) or len(lines) > 1 or phrase in ONE_LINE_ADDRESS


def _thing_word(word: str) -> bool:
    return (word in ENGLISH_WORDS or is_noun(word)) and word not in FIRST_NAMES


def _shape(rx: re.Pattern[str]) -> Callable[[str, int, int, str], bool]:
    def check(text: str, start: int, end: int, phrase: str) -> bool:
        return rx.fullmatch(text, start, end) is not None

    return check


def _place(text: str, start: int, end: int, phrase: str) -> bool:
    value = text[start:end]
    return _PLACE_VALUE.fullmatch(value) is not None and not any(
        w.casefold() in _NOT_PERSON_WORDS for w in value.split()
    )


# Whether a value reads as its label's type: text, start, end, label phrase.
_VALUES: dict[str, Callable[[str, int, int, str], bool]] = {
    "PERSON": _person,
    "STREET_ADDRESS": _address,
    "LOCATION": _place,
    "VEHICLE_PLATE": _shape(_PLATE_VALUE),
    "US_DRIVER_LICENSE": _shape(_LICENCE_VALUE),
    "AGE": _shape(_AGE_VALUE),
    "DATE_OF_BIRTH": _shape(_DATE_VALUE),
    "PHONE_NUMBER": _shape(_PHONE_VALUE),
    "EMAIL_ADDRESS": _shape(_EMAIL_VALUE),
    "USERNAME": _shape(_USERNAME_VALUE),
    "NATIONAL_ID": _shape(_ID_VALUE),
}


def _titled_word(value: str) -> bool:
    """A capitalised word of letters only ("Priyanka"): a display name that is a given name, not a handle."""
    value = value.strip()
    return value[:1].isupper() and value[1:].islower() and value.isalpha()


def _entity(text: str, field: Field) -> str | None:
    """The type of a field's value, or None when the value is no value of its label's type."""
    kind, phrase, start, end = field
    value = text[start:end]
    if kind == NO_TYPE or not value or len(value) > MAX_VALUE * (MAX_ADDRESS_LINES if "\n" in value else 1):
        return None
    if value.casefold().strip(" .") in _PLACEHOLDERS or label_type(value) is not None:
        return None  # "N/A", "DECLINED"; or the next field's label ("NAME" under "FORENAME")
    if kind in ("PERSON", "LOCATION", "USERNAME", "STREET_ADDRESS") and schema_value(value):
        return None  # "city": "string": a schema's stand-in
    if kind in ("PERSON", "LOCATION", "STREET_ADDRESS") and identifier_value(value):
        return None  # "name": "checkout-service", "location": "eu-west-1": a service's or a region's
    if kind == "USERNAME" and phrase == "display name" and (" " in value.strip() or _titled_word(value)):
        kind = "PERSON"  # a contact list's or a profile's display name in words ("roxana păunescu", "Big Mo", "Kiki")
    if not _VALUES[kind](text, start, end, phrase):
        return None
    if kind == "VEHICLE_PLATE" and _BARE_REGISTRATION.fullmatch(phrase) and _firm_record(text, start, end):
        return None  # "Registration number: SC418822" beside "Ltd", "Registered office": a company number
    if kind == "AGE":
        m = _AGE_VALUE.fullmatch(value)
        age = int(m.group("n")) if m else ADULT
        return "MINOR_AGE" if age < ADULT else "AGE" if age <= OLDEST else None
    return kind


def _firm_record(text: str, start: int, end: int) -> bool:
    """Whether the value stands in a firm's record (its words near: "Ltd", "VAT", "registered office") and not in a
    vehicle's ("make", "model", "VIN", "van")."""
    a, b = max(0, start - RECORD_REACH), min(len(text), end + RECORD_REACH)
    return _VEHICLE_WORDS.search(text, a, b) is None and _COMPANY_WORDS.search(text, a, b) is not None


# --- Layouts ---------------------------------------------------------------------------------------------------


def _lines(text: str) -> list[tuple[int, int]]:
    if '"' in text:
        # A quoted cell's line breaks ("Hinweis:\nADHD") keep its row together: the rows after it stay rows.
        return [(a, a + len(line.rstrip("\r\n"))) for a, line in logical_lines(text + "\n")]
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`, `end` without the spaces, quotes and trailing punctuation around a value."""
    while start < end and text[start] in " \t\"'“”:|_.-":
        start += 1
    while end > start and text[end - 1] in " \t\"'“”,;:|_\r":
        end -= 1
    return start, end


def _cut_at_label(text: str, start: int, end: int) -> int:
    """A value line's end before a second field beside it ("TOMASZ NOWAK  DOB 12/06/1988")."""
    for gap in re.finditer(r"[ \t]{2,}|\t", text[start:end]):
        rest = text[start + gap.end() : end]
        if label_type(rest) is not None or label_prefix(rest) is not None:
            return start + gap.start()
    return end


def _is_field_line(line: str) -> bool:
    """A label alone, a row of labels, or a label with its value after a colon or leader."""
    if is_label_line(line):
        return True
    found = label_prefix(line)
    return found is not None and found[3]


def _next_value_line(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """The index of the line under the label line `i` (one blank line may come between), if it is no field."""
    for j in (i + 1, i + 2, i + 3):
        if j >= len(lines):
            return None
        a, b = lines[j]
        line = text[a:b].strip()
        if line and not _RULE.fullmatch(line):
            return None if _is_field_line(line) else j
    return None


def _above(text: str, lines: list[tuple[int, int]]) -> Iterator[Field]:
    """A label alone on its line (or labels joined by "/"), its value on the next line."""
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip() or len(line) > MAX_VALUE:
            continue
        phrase = label_phrase(line)
        j = _next_value_line(text, lines, i) if phrase is not None or "/" in line else None
        if j is None:
            continue
        va, vb = lines[j]
        vb = _cut_at_label(text, va, vb)
        if phrase is not None:
            kind = label_type(line) or ""
            if kind == "STREET_ADDRESS" and phrase not in ONE_LINE_ADDRESS:
                vb = _address_end(text, lines, j, vb)
            yield (kind, phrase, *_trim(text, va, vb))
        else:
            yield from _combined(text, line, va, vb)


def _combined(text: str, labels: str, va: int, vb: int) -> Iterator[Field]:
    """ "SURNAME / FORENAME" over "OKAFOR / DANIEL": each part under its label, split on the same separator."""
    heads = _SLASH.split(labels.strip())
    kinds = [label_type(h) for h in heads]
    if len(heads) < 2 or any(k is None for k in kinds):
        return
    cells = list(_split_cells(text, va, vb, _SLASH))
    if len(cells) != len(heads):
        cells = list(_split_cells(text, va, vb, _COMMA))  # "SURNAME / FORENAME" over "OKAFOR, DANIEL"
    if len(cells) == 1 and len(set(kinds)) == 1:
        # "Surname/Nom" over "WAQANIVALU": one field's label in two languages
        yield kinds[0] or "", label_phrase(heads[0]) or "", *_trim(text, va, vb)
        return
    if len(cells) != len(heads):
        return
    for head, kind, (ca, cb) in zip(heads, kinds, cells, strict=True):
        yield kind or "", label_phrase(head) or "", *_trim(text, ca, cb)


def _split_cells(text: str, start: int, end: int, rx: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    pos = start
    for m in rx.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def _address_end(text: str, lines: list[tuple[int, int]], j: int, end: int) -> int:
    """The end of an address block from line `j`: up to four short lines, until a blank line or a field."""
    for k in range(j + 1, min(j + MAX_ADDRESS_LINES, len(lines))):
        a, b = lines[k]
        line = text[a:b]
        if not line.strip() or _is_field_line(line) or len(line.split()) > 6 or len(line) > 40:
            break
        end = _cut_at_label(text, a, b)
        if end < b:
            break
    return end


def _chunks(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The pieces of a line apart by two spaces, a tab or a bar; or, in a CSV export, by its commas (semicolons)."""
    spans, pos = [], a
    for m in _CHUNK_SPLIT.finditer(text, a, b):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if b > pos:
        spans.append((pos, b))
    if len(spans) == 1:
        sep = _csv_sep(text, a, b)
        if sep is not None:
            spans = csv_cells(text, a, b, sep)  # an empty cell kept: the cells after it stay under their header
    return spans


def _csv_sep(text: str, a: int, b: int) -> str | None:
    """The separator of a CSV export's line text[a:b], its header or a row under it; None for any other line."""
    if text.find(",", a, b) < 0 and text.find(";", a, b) < 0:
        return None
    sep = csv_separator(text, a, b)
    if sep is None and b < len(text):  # the header: the next line is a row under it
        nxt = text.find("\n", b + 1)
        sep = csv_separator(text, b + 1, len(text) if nxt < 0 else nxt)
    return sep


def _pairs(text: str, lines: list[tuple[int, int]], headers: Headers, bare: bool) -> Iterator[Field]:
    """Labels and values on one line: "LABEL: value", "LABEL ..... value", "LABEL  value  LABEL  value", and with
    `bare` (a form of such lines) "LABEL VALUE" alone on its line, the value in capitals or a number."""
    for i, (a, b) in enumerate(lines):
        chunks = _chunks(text, a, b)
        if not chunks or headers[i] is not None:
            continue  # a row of headers: `_header_rows`
        line = text[a:b]
        first = label_type(text[slice(*chunks[0])])
        if first and len(chunks) >= 3 and ("|" in line or "\t" in line):
            rest = [text[x:y] for x, y in chunks[1:]]
            if all(label_type(c) is None and label_prefix(c) is None for c in rest):
                # "| Age on account | 43 | 13 |": a field's row of a table that sets accounts side by side
                for x, y in chunks[1:]:
                    yield first, label_phrase(text[slice(*chunks[0])]) or "", *_trim(text, x, y)
                continue
        k = 0
        while k < len(chunks):
            x, y = chunks[k]
            cell = text[x:y]
            kind = label_type(cell)
            if kind is not None and k + 1 < len(chunks) and label_phrase(cell) not in ABOVE_ONLY:
                nx, ny = chunks[k + 1]
                if label_type(text[nx:ny]) is None and label_prefix(text[nx:ny]) is None:
                    yield kind, label_phrase(cell) or "", *_trim(text, nx, ny)
                    k += 2
                    continue
            found = label_prefix(cell) if kind is None else None  # "ADDRESS LINE 1" is a label, not "ADDRESS" + value
            # Without a colon or leader a label and a value are a pair only among other cells of the line (apart by a
            # semicolon, only with a value in capitals or a number: "Name withheld; address unknown" is prose).
            if (
                found is not None
                and found[1] not in ABOVE_ONLY
                and (
                    found[3]
                    or (len(chunks) > 1 and (";" not in text[a:b] or _bare(True, cell, found)))
                    or _bare(bare, cell, found)
                )
            ):
                yield found[0], found[1], *_trim(text, x + found[2], y)
            k += 1


def _bare(bare: bool, cell: str, found: tuple[str, str, int, bool]) -> bool:
    """ "NAME AMELIA HART" in a form of such lines: the value opens with a capital or a digit."""
    return bare and (cell[found[2] : found[2] + 1].isupper() or cell[found[2] : found[2] + 1].isdigit())


def _brackets(text: str) -> Iterator[Field]:
    """ "[NAME] ZOE BRENNAN [AGE] 14": the text up to the next bracket or the line's end after each label."""
    found = [m for m in _BRACKET.finditer(text) if label_type(m.group(1)) is not None]
    for m in found:
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end
        nxt = _BRACKET.search(text, m.end(), end)
        end = nxt.start() if nxt is not None else end
        phrase = label_phrase(m.group(1)) or ""
        if phrase not in ABOVE_ONLY:
            yield label_type(m.group(1)) or "", phrase, *_trim(text, m.end(), end)


def _header_kinds(text: str, lines: list[tuple[int, int]], i: int) -> list[str | None] | None:
    """The types of line `i`'s columns if it is a row of headers, else None. Every cell a label; or the first row of
    a table split by bars or tabs, over a row of as many cells, without a digit and with a label (a header in a
    language or wording the table lacks, "NOMBRE | LICENCIA | MATRÍCULA", types nothing, and is no value)."""
    a, b = lines[i]
    chunks = _chunks(text, a, b)
    if len(chunks) < 2:
        return None
    kinds = [label_type(text[x:y]) for x, y in chunks]
    asks = all(x > a and text[x - 1] == '"' for x, _ in chunks)  # a survey's export quotes every question
    if asks:
        kinds = [question_type(text[x:y]) if k is None else k for (x, y), k in zip(chunks, kinds, strict=True)]
    if all(k is not None for k in kinds):
        return kinds
    line = text[a:b]
    if (any(c.isdigit() for c in line) and not asks) or not any(kinds):
        return None
    if "|" not in line and "\t" not in line and _csv_sep(text, a, b) is None:
        return kinds if _aligned_header(text, lines, i, chunks, kinds) else None
    if (not asks and any(len(text[x:y].split()) > 4 for x, y in chunks)) or (
        i > 0 and _cells(text, lines[i - 1]) == len(chunks)
    ):
        return None  # a sentence in a cell; a row inside a table ("JOHN | DRIVER") is no header
    nxt = _next_row(text, lines, i)
    if nxt is None or _width(text, lines[nxt]) != _width(text, lines[i]):
        return None
    # "REPORTER | AOIFE BRENNAN" over "TOWN | GALWAY": rows of a label and its value, no header. (A row of mostly
    # labels heads a table, though its rows open with a label-like word: "Relationship,Surname,…" over "Mother,…".)
    if 2 * sum(k is not None for k in kinds) > len(kinds):
        return kinds
    first = text[slice(*_chunks(text, *lines[nxt])[0])]
    # (A first cell with a digit is a value, whatever OCR's digits-for-letters make of it: "D1" is no "DL".)
    return kinds if label_type(first) is None or any(c.isdigit() for c in first) else None


def _cells(text: str, line: tuple[int, int]) -> int:
    return len(_chunks(text, *line))


def _width(text: str, line: tuple[int, int]) -> int:
    """How many columns a row of a table stands for: tabs and bars keep an empty cell ("Vihaan\tPatel\t\tx", "| 73 |
    |"), so they are counted; a row apart by spaces has as many columns as cells."""
    row = text[line[0] : line[1]].strip(" \r")
    if "\t" in row:
        return row.count("\t") + 1
    if "|" in row:
        return row.count("|") + 1 - row.startswith("|") - row.endswith("|")
    return _cells(text, line)


def _bar_columns(text: str, a: int, chunks: list[tuple[int, int]]) -> list[int]:
    """The column of each cell of a row apart by bars, empty cells counted ("| R1 | Jan |  | 12 |")."""
    lead = int(text[a : chunks[0][0]].strip(" \t") == "|") if chunks else 0
    return [text.count("|", a, x) - lead for x, _ in chunks]


# A fixed-width print-out's header: words in capitals or snake_case, no sentence ("REG_ID  FIRST_NAME  LAST_NAME").
_HEADER_WORD = re.compile(r"[A-Z][A-Z0-9_/#()\-.]*(?: [A-Z][A-Z0-9_/#()\-.]*){0,3}|[a-z][a-z0-9]*(?:_[a-z0-9()\-]+)+")


def _aligned_header(
    text: str, lines: list[tuple[int, int]], i: int, chunks: list[tuple[int, int]], kinds: list[str | None]
) -> bool:
    """A row of labels apart by spaces over a row whose cells start where its labels do: a fixed-width print-out's
    header ("FIRST_NAME  LAST_NAME  T-SHIRT" over "maja        Lewandowska  XXL"), though some labels type nothing."""
    # (Most cells labels or column names, "ACCESS_NEEDS": "FORENAME  SOPHIE  SURNAME  TURNER" is a line of pairs,
    # half of it values.)
    named = sum(k is not None or "_" in text[x:y] for (x, y), k in zip(chunks, kinds, strict=True))
    ruled = i + 1 < len(lines) and _ruled_under(text, lines[i], lines[i + 1], chunks)
    if (
        len(chunks) < 3
        or sum(k is not None for k in kinds) < (1 if ruled else 2)
        or (2 * named <= len(kinds) and not ruled)
    ):
        return False
    if not all(_HEADER_WORD.fullmatch(text[x:y]) for x, y in chunks):
        return False
    nxt = _next_row(text, lines, i)
    if nxt is None:
        return False
    starts = {x - lines[i][0] for x, _ in chunks}
    row = _chunks(text, *lines[nxt])
    aligned = sum(any(abs(x - lines[nxt][0] - s) <= 1 for s in starts) for x, _ in row)
    # (most cells, not all: a long value runs past its column, "https://…/ruby-anderson-24  32")
    return aligned >= 2 and 3 * aligned >= 2 * len(row)


_DASH_RUN = re.compile(r"[-=]{2,}")


def _ruled_under(text: str, line: tuple[int, int], rule: tuple[int, int], chunks: list[tuple[int, int]]) -> bool:
    """Whether the line under a row is a divider of dash runs, one starting under each of its cells ("REG ID  NAME"
    over "------- -----"): a print-out's header, whatever share of its labels are known."""
    runs = [m.start() - rule[0] for m in _DASH_RUN.finditer(text, rule[0], rule[1])]
    if not _RULE.fullmatch(text[rule[0] : rule[1]]) or len(runs) != len(chunks):
        return False
    return all(abs(run - (x - line[0])) <= 1 for run, (x, _) in zip(runs, chunks, strict=True))


def _next_row(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """The index of the first line after `i` that is not blank or a rule."""
    for j in range(i + 1, min(i + 3, len(lines))):
        line = text[lines[j][0] : lines[j][1]].strip()
        if line and not _RULE.fullmatch(line):
            return j
    return None


def _header_rows(text: str, lines: list[tuple[int, int]], headers: Headers) -> Iterator[Field]:
    """A row of labels over rows of values: each value under its column's label (bars and tabs by position in the
    row, spaces by where the value starts: fixed-width print-outs leave a column empty)."""
    heads: list[tuple[int, int, str | None, str]] | None = None  # start column, end column, type, phrase
    spaced = False
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        chunks = _chunks(text, a, b)
        kinds = headers[i]
        if kinds is not None and ANIMAL_HEADER.search(line):
            heads = None  # "Ear tag | Breed | Sex | DOB": a herd's register, no person's fields
            continue
        if kinds is not None:
            heads = [(x - a, y - a, k, label_phrase(text[x:y]) or "") for (x, y), k in zip(chunks, kinds, strict=True)]
            spaced = "|" not in line and "\t" not in line and _csv_sep(text, a, b) is None
            continue
        if heads is None or (line.strip() and _RULE.fullmatch(line.strip())):
            continue  # (a rule under the header, "------- -------------", keeps the table going)
        if len(chunks) < 2 or _is_field_line(line):
            heads = None  # the table ends at a line without cells
            continue
        columns = list(range(len(chunks)))
        if not spaced and len(chunks) != len(heads):
            # A row with empty cells ("Polina\tSmirnova\t59\t", "| Jan | 12 |  |"): its tabs or bars say each cell's
            # column.
            if "\t" in line:
                columns = [text.count("\t", a, x) for x, _ in chunks]
            elif "|" in line:
                columns = _bar_columns(text, a, chunks)
            else:
                continue
            if columns[-1] >= len(heads) or len(set(columns)) != len(columns):
                continue
        for n, (x, y) in zip(columns, chunks, strict=True):
            head = _column(heads, x - a) if spaced else heads[n]
            if head is not None and head[2] is not None:
                yield head[2], head[3], *_trim(text, x, y)


def _column(heads: list[tuple[int, int, str | None, str]], at: int) -> tuple[int, int, str | None, str] | None:
    """The header whose column a value starting at `at` lies in: the last one starting at or before it (a value
    may start a little left of its header)."""
    found = None
    for head in heads:
        if head[0] <= at + 2:
            found = head
    return found


def _survey(text: str, lines: list[tuple[int, int]], headers: Headers) -> tuple[int, int, set[str]]:
    """How many fields a text labels: with a colon, a leader, a bracket or alone on a line (strong), by a label and a
    space only (bare); and the labels' phrases."""
    brackets = [label_phrase(m.group(1)) for m in _BRACKET.finditer(text)]
    phrases = {p for p in brackets if p is not None}
    strong, bare = len([p for p in brackets if p is not None]), 0
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        cells = [text[x:y] for x, y in _chunks(text, a, b)]
        found = [(label_phrase(c), label_prefix(c)) for c in cells]
        phrases.update(p for p, _ in found if p is not None)
        phrases.update(f[1] for _, f in found if f is not None)
        kinds = headers[i]
        if kinds is not None and any(kinds):
            strong += MIN_LABEL_LINES  # a row of headers over a row of cells: a table, one typed column is enough
            continue
        labels = sum(p is not None or f is not None for p, f in found) if len(cells) > 1 else 0
        if "/" in line and is_label_line(line):
            labels = max(labels, len(_SLASH.split(line.strip())))  # "SURNAME / FORENAME": two fields
        strong += max(labels, int(_is_field_line(line)))
        bare += int(labels == 0 and len(cells) == 1 and found[0][1] is not None)
    return strong, bare, phrases


# Code documentation lays out "name : str" under "Parameters" as a form would: a docstring is no form.
_DOCSTRING = re.compile(
    r"^[ \t]*(?:Parameters|Other Parameters|Returns|Yields|Raises|Attributes|Arguments|Args|Keyword Arguments)"
    r"[ \t]*(?::[ \t]*$|\n[ \t]*-{3,}[ \t]*$)",
    re.MULTILINE,
)


def _html_cells(text: str) -> Iterator[Field]:
    """An HTML table's cells under a header that names a field ("<th>City</th>" over "<td>Leeds</td>")."""
    for header, start, end in html_table_cells(text):
        kind = label_type(header)
        if kind is not None and start < end:
            yield kind, label_phrase(header) or "", *_trim(text, start, end)


def fields(text: str) -> Iterator[Field]:
    """Every value a form's label types in `text` (nothing unless the text reads as a form); an HTML table's
    header types its columns whatever the text around it."""
    if _DOCSTRING.search(text):
        return
    yield from _html_cells(text)
    lines = _lines(text)
    headers = [_header_kinds(text, lines, i) for i in range(len(lines))]  # read once, asked by three layouts
    strong, bare, phrases = _survey(text, lines, headers)
    if strong < MIN_LABEL_LINES and strong + bare < MIN_BARE_LINES:
        return
    goods = len(phrases & GOODS) >= 2  # an invoice's or a stock list's "NAME" is a product's
    # A bare "name" is a person's only beside another field of a person's ("name", "dob", "phone"): in a record of
    # a product, a service or a build ("name", "version", "region") it is the thing's.
    personal = any(PHRASE_TYPE.get(p) not in (None, NO_TYPE, "PERSON", "LOCATION") for p in phrases) or any(
        p not in GENERIC_NAMES and PHRASE_TYPE.get(p) == "PERSON" for p in phrases
    )
    for field in (
        *_above(text, lines),
        *_pairs(text, lines, headers, strong + bare >= MIN_BARE_LINES),
        *_brackets(text),
        *_header_rows(text, lines, headers),
    ):
        if not ((goods or not personal) and field[0] == "PERSON" and field[1] in GENERIC_NAMES):
            yield field


class FormFieldRecognizer(EntityRecognizer):
    ENTITY = "PERSON"
    SUPPORTED_ENTITIES = [
        "PERSON", "STREET_ADDRESS", "LOCATION", "VEHICLE_PLATE", "US_DRIVER_LICENSE", "AGE", "MINOR_AGE",
        "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "USERNAME", "NATIONAL_ID",
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__(
            supported_entities=list(self.SUPPORTED_ENTITIES), name=type(self).__name__, supported_language="en"
        )

    def load(self) -> None:
        warm_labels()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        layout = "\n" in text or "[" in text or "|" in text or "  " in text or "\t" in text or "; " in text
        if not layout:
            return []  # one line with no bracket, bar, tab, semicolon or wide gap holds no layout read here
        seen: set[tuple[int, int]] = set()
        results = []
        for field in fields(text):
            span = field[2], field[3]
            if TEMPLATE_SLOT.fullmatch(text, *span):
                continue  # "Address line 1: {{address_line_1}}": a template's slot
            entity = None if span in seen else _entity(text, field)
            if entity is None or entity not in entities:
                continue
            seen.add(span)
            results.append(self._result(entity, *span))
        return results

    def _result(self, entity: str, start: int, end: int) -> RecognizerResult:
        # No reason text: the label typed the value, and nothing of the value goes into the finding's metadata.
        explanation = AnalysisExplanation(
            recognizer=self.name, original_score=SCORE, pattern_name="form_label", textual_explanation=""
        )
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        return RecognizerResult(entity, start, end, SCORE, explanation, metadata)
