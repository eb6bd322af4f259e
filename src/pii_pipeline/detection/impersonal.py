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

In any text, a guess that fills a cell of a table whose English header names no person's column (an airport list,
a channel plan) is dropped, as are guesses on a notice's, a weather list's or an aged product's line.
"""

from __future__ import annotations

import functools
import re

from pii_pipeline_recognizers._goods import aged_goods_line
from pii_pipeline_recognizers._latin_cues import ALL_STOPS as OTHER_STOPS
from pii_pipeline_recognizers._names import _ALL_NOUNS, ENGLISH_WORDS, FIRST_NAMES, LAST_NAMES_ALL, NOTICE_WORDS
from pii_pipeline_recognizers._recognizer_helpers import line_bounds, line_of
from pii_pipeline_recognizers._tables import DIVIDER as TABLE_DIVIDER

from pii_pipeline.types import Span

from .protocol import NO_CONTEXT_REASON

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
    # (a key's "D minor", "E flat minor" is music's)
    r"man|woman|boy|girl|child|kid|teen|teenager|baby|toddler|infant|(?<!(?-i:[A-G])\s)(?<!flat\s)(?<!sharp\s)minor|"
    r"son|daughter|mother|father|mum|mom|dad|parent|wife|husband|brother|sister|sibling|uncle|aunt|"
    r"cousin|nephew|niece|grandmother|grandfather|grandparent|grandson|granddaughter|stepfather|stepmother|"
    r"friend|neighbour|neighbor|boyfriend|girlfriend|victim|suspect|offender|perpetrator|reporter|caller|"
    r"donor|volunteer|applicant|student|pupil|teacher|coach|patient|client|witness|defendant|claimant|tenant|"
    r"guardian|carer|caregiver|user|profile|username|subscriber|employee|"
    # one who leads a firm is someone ("Vilma Holm of Northwind is the CEO of the year")
    # ("the CEO office", "the chairman's team" are places and groups: no one in particular)
    r"(?:ceos?|founders?|co-founders?|chairman|chairwoman|chairperson|president|executives?)"
    r"(?!['’]s)(?!\s+(?:office|team|suite|desk|forum|summit|council|board|group|committee)\b))"
    # a person's word before a thing for everyone ("Patient information leaflet", "Child safety week", "User guide")
    r"(?!\s+(?:information|leaflets?|guides?|handbooks?|portal|services|safety|forums?|groups|transport|charter|"
    r"panel|experience|advice|packs?|rights|support\s+(?:line|services|groups?))\b)|"
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


def _english_word(word: str, nouns: bool = False) -> bool:
    """An English word, or one with an English plural or verb ending ("seats", "charging", "recruited"); with
    `nouns`, WordNet's nouns count too ("duration", "orchestra", "height": a list's lower-case words). Without them
    for telling another language's stop words apart: "den", "la", "en" are WordNet nouns as well."""
    stems = (word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e")
    return any(stem in ENGLISH_WORDS or (nouns and stem in _ALL_NOUNS) for stem in stems if len(stem) > 2)


# A unit right after a number is no other language's word ("17 min", "9 m"), nor is a letter alone ("coon x cat").
_AFTER_NUMBER = re.compile(r"\d[ \t]?$")


def _english(text: str) -> bool:
    """English of some length: nearly all letters ASCII, and either prose (English function words common, another
    language's stop words rare: "para", "und", "yang") or a list or table in English words (a weather outlook, a
    timetable). A Swahili tip is neither; a list of names and towns has too few lower-case words to tell."""
    found = list(_WORD.finditer(text))
    words = [m.group() for m in found]
    if len(words) < MIN_WORDS:
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    ascii_letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if ascii_letters < 0.95 * letters:
        return False
    function = len(_FUNCTION.findall(text))
    # Another language's stop words among the lower-case words that are no English words ("min", "per" are).
    foreign = sum(
        1
        for m in found
        if len(w := m.group()) > 1
        and w.islower()
        and w in OTHER_STOPS
        and not _english_word(w)
        and not _AFTER_NUMBER.search(text, max(0, m.start() - 2), m.start())
    )
    if function >= max(MIN_FUNCTION_WORDS, MIN_FUNCTION_SHARE * len(words)):
        return foreign * 3 <= function
    plain = [w for w in words if w.islower() and len(w) > 2]
    english = sum(1 for w in plain if _english_word(w, nouns=True))
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


# A table's header that names something personal: a column of people, their contacts, places, IDs or traits.
# (English only: a header in another language is not judged.)
_PERSONAL_HEADER = frozenset(
    """name names who person people owner holder contact member player driver rider jockey trainer staff user
    customer client patient pupil student child children parent guardian caller reporter donor volunteer applicant
    author officer agent employee tenant resident witness suspect victim relation relationship kin emergency referee
    reference coach manager captain signature signed address street town city village location place residence
    home phone mobile tel email mail dob birth born birthday age sex gender nationality ethnicity race religion id
    account card iban bank login username handle ip device imei passport licence license plate vehicle notes note
    comments comment remarks details description message text subject from sender recipient""".split()
)
# Identifier schemes of things (ships, aircraft, airports, books, goods, chemicals, radio stations): when one keys
# the rows, a "Name" column names the thing ("MMSI | Name | IMO | Type"; not "Name | ICAO | Airport").
_THING_SCHEMES = frozenset("imo mmsi icao iata isbn issn sku ean upc gtin cas nsn asin callsign".split())
_THING_NAME = frozenset({"name", "names"})
# Short names of measures a header abbreviates in Title Case ("Lat | Lon | Alt", "Qty", "Hdg").
_MEASURES = frozenset("lat lon lng alt elev hdg brg dist dur temp qty pcs avg std".split())
_HEADER_WORD = re.compile(r"[^\W\d_]+")
_TABLE_MARKS = ("|", "\t")
_MIN_TABLE_ROWS = 2
# A form's "Label | value" lines are no table: a table's header names three columns or more.
_MIN_HEADER_CELLS = 3


def _cells(line: str) -> list[str]:
    marks = _row_marks(line)
    return [c.strip() for c in re.split("[" + marks + "]", line) if c.strip()] if marks else []


def _row_marks(line: str) -> str:
    """What parts a line's cells: bars or tabs; commas in a line of a CSV export (two or more of them, no bar or
    tab); nothing off a table."""
    if any(mark in line for mark in _TABLE_MARKS):
        return "|\t"
    return "," if line.count(",") >= _MIN_HEADER_CELLS - 1 else ""


def _same_table(line: str, marks: str, commas: int) -> bool:
    """Whether a line continues a table parted by `marks` (a CSV export's rows hold as many commas as its header)."""
    if marks == ",":
        return _row_marks(line) == "," and line.count(",") == commas
    return any(mark in line for mark in _TABLE_MARKS)


def _header_is_impersonal(header: str) -> bool:
    """A table header whose every cell is a short English name of a thing or a measure ("IATA | ICAO | Airport |
    Runways | Elevation (ft)", "Ch | Frequency (MHz) | Mode | Use"), none of a person, a contact, a place or a
    trait; an abbreviation in capitals counts as a thing's."""
    cells = _cells(header)
    if len(cells) < _MIN_HEADER_CELLS or any(ch.isdigit() for ch in header):
        return False
    if _row_marks(header) == "," and _FUNCTION.search(header):
        return False  # "I went home, made tea, and slept": a sentence with commas, no CSV header
    things = cells[0].casefold().replace(" ", "") in _THING_SCHEMES  # the row's key: each row is a thing
    for cell in cells:
        words = _HEADER_WORD.findall(cell)
        if not words or len(words) > 4:
            return False
        for word in words:
            folded = word.casefold()
            if things and folded in _THING_NAME:
                continue  # a ship's or a book's name
            if folded in _PERSONAL_HEADER or folded.rstrip("s") in _PERSONAL_HEADER:
                return False
            if any(len(w) > 3 and w in folded for w in _PERSONAL_HEADER):
                return False  # "Cardholder", "Nickname", "Householder"
            if not (
                (word.isupper() and len(word) <= 6)
                or len(word) <= 2
                or folded in _MEASURES
                or _english_word(folded, nouns=True)
            ):
                return False
    return True


def _table_block(text: str, pos: int) -> tuple[int, int] | None:
    """Where the run of lines with cells (bars or tabs; or as many commas) around text[pos] starts and ends; None
    off a table."""
    start, end = line_bounds(text, pos)
    marks = _row_marks(text[start:end])
    if not marks:
        return None
    commas = text[start:end].count(",")
    while start > 0:
        above_start, above_end = line_bounds(text, start - 1)
        if not _same_table(text[above_start:above_end], marks, commas):
            break
        start = above_start
    while end < len(text):
        below_start, below_end = line_bounds(text, end + 1)
        if not _same_table(text[below_start:below_end], marks, commas):
            break
        end = below_end
    return start, end


def _table_around(text: str, pos: int, judged: dict[tuple[int, int], bool]) -> tuple[int, int] | None:
    """`_table_block` around text[pos], looked up first among the tables already judged in this text."""
    return next((b for b in judged if b[0] <= pos <= b[1]), None) or _table_block(text, pos)


def _header_line(text: str, block: tuple[int, int]) -> str:
    return text[block[0] : line_bounds(text, block[0])[1]]


def _impersonal_table(text: str, pos: int, judged: dict[tuple[int, int], bool]) -> tuple[int, int] | None:
    """The table around text[pos] (cells between bars or tabs, a header and at least two rows), if its header is
    impersonal (see `_header_is_impersonal`); each table judged once per text (`judged`, by where it stands)."""
    block = _table_around(text, pos, judged)
    if block is None:
        return None
    if block not in judged:
        lines = [line for line in text[block[0] : block[1]].split("\n") if not set(line.strip()) <= TABLE_DIVIDER]
        judged[block] = (
            len(lines) >= 1 + _MIN_TABLE_ROWS
            and _header_is_impersonal(lines[0])
            # (rows wider than the header: no one table)
            and not any(len(_cells(line)) > len(_cells(lines[0])) for line in lines[1:])
        )
    return block if judged[block] else None


def _in_impersonal_table(text: str, span_start: int, span_end: int, judged: dict[tuple[int, int], bool]) -> bool:
    """Whether text[span_start:span_end] fills a cell of a row of an impersonal table (`_impersonal_table`): an
    airport list's city, a channel plan's use are no one's. A name among other words of a cell ("Visit by Tom
    Brennan") is not judged."""
    block = _impersonal_table(text, span_start, judged)
    if block is None:
        return False
    line_start, line_end = line_bounds(text, span_start)
    if line_start == block[0] or span_end > line_end:
        return False  # the header itself
    line = text[line_start:line_end]
    marks = _row_marks(_header_line(text, block))
    cut = [i for i, ch in enumerate(line) if ch in marks]
    at = span_start - line_start
    cell_start = max((i + 1 for i in cut if i < at), default=0)
    cell_end = min((i for i in cut if i >= at), default=len(line))
    cell = line[cell_start:cell_end]
    value = text[span_start:span_end]
    words = [w.casefold() for w in _HEADER_WORD.findall(value)]
    if len(words) >= 2 and words[0] in FIRST_NAMES and words[-1] in LAST_NAMES_ALL:
        return False  # a given name and a surname by the lists ("Amy Carter") is someone's, whatever the column
    return sum(ch.isalnum() for ch in cell) <= sum(ch.isalnum() for ch in value) + 2


@functools.cache
def _language_names() -> frozenset[str]:
    """Languages' names in English and in themselves ("Russian", "русский", "中文"), from CLDR (babel)."""
    from babel import Locale, UnknownLocaleError  # (imported on the first translation table's header only)

    names = {name.casefold() for code, name in Locale("en").languages.items() if len(code) == 2}
    for code in Locale("en").languages:
        if len(code) == 2:
            try:
                names.add((Locale(code).language_name or "").casefold())
            except (UnknownLocaleError, ValueError):
                continue
    return frozenset(names - {""})


def _translation_header(header: str) -> bool:
    """A header of three languages or more, nothing else ("English | Russian | Chinese | Arabic | Hindi")."""
    cells = [re.sub(r"\s*\([^)]*\)", "", c).casefold() for c in _cells(header)]
    return len(cells) >= _MIN_HEADER_CELLS and all(c in _language_names() for c in cells)


def _drop_translations(text: str, spans: list[Span]) -> list[Span]:
    """Names and places dropped from a translation table's rows: under languages' names, cells are phrases in them
    (a phrase card, a glossary), no one's name ("Где вокзал?", "शुभ रात्रि")."""
    if not any(mark in text for mark in _TABLE_MARKS):
        return spans
    verdicts: dict[tuple[int, int], bool] = {}
    kept = []
    for s in spans:
        block = _table_around(text, s.start, verdicts) if s.entity_type in ("PERSON", "LOCATION") else None
        if block is not None and line_bounds(text, s.start)[0] != block[0]:
            if block not in verdicts:
                verdicts[block] = _translation_header(_header_line(text, block))
            if verdicts[block]:
                continue
        kept.append(s)
    return kept


def drop_guesses_about_nobody(text: str, spans: list[Span], guesses: set[tuple[str, int, int]]) -> list[Span]:
    """`spans`, or none when they are all guesses and the text has nobody in it; guesses on a notice's line dropped
    in any text (the capitalised nouns of "VORSICHT: Heiße Oberfläche." are no one's name)."""
    spans = _drop_translations(text, spans)
    # An identifier reported on its shape alone ("no context word") in a thing's table is no one's either: an MMSI
    # in a ship list passes a national ID's check as often as chance allows.
    shaped = {(s.entity_type, s.start, s.end) for s in spans if s.reason == NO_CONTEXT_REASON}
    if guesses or shaped:
        # (and on a line of an aged product's, "Balsamic vinegar of Modena (aged 25 years)", "Tawny port (20 years
        # old)": a menu's or a price list's words)
        notices = ":" in text
        weather = "°" in text or "/h" in text or "mph" in text
        cells = any(mark in text for mark in (*_TABLE_MARKS, ","))
        tables: dict[tuple[int, int], bool] = {}  # each table's verdict, once
        kept = []
        for s in spans:
            if (s.entity_type, s.start, s.end) in shaped:
                if cells and _in_impersonal_table(text, s.start, s.end, tables):
                    continue
            elif (s.entity_type, s.start, s.end) in guesses:
                line = line_of(text, s.start)
                if (
                    (notices and _notice_line(line))
                    or (weather and _weather_line(line))
                    or aged_goods_line(text, s.start)
                    or (cells and _in_impersonal_table(text, s.start, s.end, tables))
                ):
                    continue
            kept.append(s)
        spans = kept
    if not spans or not nobody_in(text, spans, guesses):
        return spans
    return []
