"""Shared machinery for the project's recognizers (this file holds no recognizer itself).

`ContextRegexRecognizer` is a Presidio `EntityRecognizer` driven by class attributes, like the predefined
pattern recognizers, but with context handled here rather than by Presidio's lemma enhancer, because we need
more than "a context word boosts the score":

- `PATTERNS`: `(name, regex, score)`. A named group `v` marks the value inside a larger match (so a pattern can
  include its own lead-in, e.g. `screen name (?P<v>\\w+)`); without it the whole match is the value.
- `CONTEXT`: words or phrases (regex fragments) that make the value more likely when they are the *nearest*
  identifier label before it (or right after it). The nearest label decides: in "routing 021000021 account
  12345678" the second number belongs to "account", not to "routing".
- `validate_result` (checksum, ranges) may return False to drop a match, True to add `VALID_BOOST`;
  `invalidate_result` returning True drops it.
- A value right after a case, report, invoice, order, tracking, ticket... label is dropped: those are
  reference numbers, the typical hard negatives.

Scores: Presidio drops results under `score_threshold` (0.5 in the pipeline), so a pattern scored under 0.5
only reports with context. All regexes are compiled once per class.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Iterable, Iterator

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from stdnum import bic

from pii_pipeline.detection.prescreen import Screen, screen_text, screen_words
from pii_pipeline.detection.protocol import NO_CONTEXT_REASON

from ._usps_suffixes import usps_suffix_words

# A letter of any script (no digit, no underscore).
HAS_LETTER = re.compile(r"[^\W\d_]")
HAS_DIGIT = re.compile(r"\d")
# Dashes and spaces people (and OCR, and word processors) put inside numbers.
DASH = r"[\-\u2010-\u2015\u2212]"
SPACE = r"[ \u00a0]"
SEP = r"[ \-.\u2010-\u2015\u2212\u00a0]"
# Number boundaries: not inside a longer word, number, or dashed/dotted code ("v2.3.1", "A-123-45-6789").
NB = r"(?<![\w\-.])"
# Not before a decimal part or a thousands group (",250" of "1,250"); a CSV's next cell may follow its comma
# ("4111 1111 1111 1111,25.00", "4523489080714897,249.00": three digits then a dot are an amount's, no thousands
# group).
NE = r"(?![\w\-]|\.\d|,\d{3}(?![\d.]))"

# The recognition_metadata key of a finding's reason (protocol.NO_CONTEXT_REASON and the like).
REASON_KEY = "reason"

# Labels of identifiers: which one is nearest before a number tells what the number is.
LABELS: dict[str, str] = {
    "US_SSN": r"(?:social\s+security|ssn?)\s+card|ssn|s\.\s?s\.\s?n|ss\s?#|ss\s+(?:no|num|number)|"
    # ("Social: 123-45-6789"; not a social worker's or social services' label)
    r"social\s+security(?:\s+(?:no|num|number|#))?|social(?![\s\-]+(?:workers?|work|services?|care|media|network|"
    r"club|housing)\b)|soc\.?\s*sec",
    "US_ITIN": r"itin|individual\s+taxpayer|taxpayer\s+id(?:entification)?(?:\s+number)?|tax\s+id|tin",
    "PHONE_NUMBER": r"phone|tel|telephone|cell(?:phone)?|mobile|fax|call(?:ed|ing|s)?|text(?:ed|ing|s)?|"
    r"dial(?:ed)?|reach(?:ed)?|whatsapp|sms|voicemail|landline|ph|hotline|contact\s+(?:no|number|#)|"
    r"callback|contact(?:ed)?|answering|messages?|registered(?!\s+(?:under|as)\b)|office|desk|home\s+(?:no|number|#)|work\s+(?:no|number|#)",
    "CREDIT_CARD": r"card|cc|visa|mastercard|amex|american\s+express|discover|credit|debit|maestro|jcb",
    "US_BANK_NUMBER": r"account|acct|a/c|checking|savings|bank(?:ing)?|deposit|iban|beneficiary|dda",
    "ABA_ROUTING_NUMBER": r"routing|aba|rtn|transit|routing\s+(?:no|number|#)",
    # Before the licence's words: "license plate 7ABC123" names a plate, not a driver's licence.
    "VEHICLE_PLATE": r"(?:licen[cs]e|lic\.?|number|tag)\s+plates?|plates?(?:\s+(?:no|number|#))?",
    "US_DRIVER_LICENSE": r"driver['’]?s?\s+li(?:c|s|sc)en[cs]e|driving\s+licen[cs]e|operator['’]?s?\s+licen[cs]e|"
    r"li(?:c|s|sc)en[cs]e(?!\s+(?:key|keys|server|file|fee|plate|type|class|status|model))|dl|cdl|d\.l\.|dln|lic|"
    r"(?:learner['’]?s?|driving|driver['’]?s?)\s+permit|state\s+id",
    "US_PASSPORT": r"passport",
    "DEVICE_ID": r"imei|meid|device(?:\s+id)?|handset|idfa|gaid|aaid|adid|advertising\s+id|ad\s+id|android\s+id|"
    r"serial",
    # "on file" is no file number ("SSN on file 212-45-6789"), hence the look-behind.
    "NEGATIVE": r"case|report|invoice|inv|order|tracking|ticket|ref|reference|confirmation|receipt|"
    r"transaction|txn|sku|item|model|claim|policy|batch|lot|part|product|po|(?<!\bon\s)file|docket|incident|"
    r"member|employee|badge|student|record|version|build|ein|zip|postal|amount|total|"
    # Codes of goods, grants and software: never a person's number.
    r"grant|award|isbn|issn|asin|upc|ean|gtin|sha\d*|md5|commit|checksum|barcode|voucher|coupon|rma|asset|"
    # A charity's or a firm's registration and ledger codes: "registered under number 2408553", "plan code …".
    r"charity|registered\s+(?:under|as)|plan\s+code|ledger|gl|cost\s+cent(?:re|er)|budget\s+line|vat|"
    # Travel and shipping documents: an e-ticket's number, a pallet's SSCC, an air waybill, a booking.
    r"e-?tkt|e-?ticket|tkt|sscc|awb|waybill|consignment|shipment|pnr|booking|"
    # A museum's or a herbarium's object numbers
    r"accession|catalogue|catalog|specimen|object|"
    # A vessel's, an aircraft's or an animal's identifiers: MMSI, IMO, call sign, ear tag, microchip, herd book
    r"mmsi|imo|call\s*sign|icao|ear\s*tag|dam\s*tag|sire|herd(?:\s*book)?|microchip|"
    # A map's grid reference and a colour's values: "OS grid NY 02300 77343", "MGRS 32UZS 06290 98733", "CMYK 88 86 61"
    r"(?:os\s+)?grid(?:\s+ref(?:erence)?)?(?:\s+[a-z]{2})?|mgrs(?:\s+\d{1,2}[a-z]{1,3})?|utm(?:\s+\d{1,2}[a-z])?|"
    r"easting|northing|cmyk|rgb|pantone|ral",
}
_LABEL_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items()) + r")\b",
    re.IGNORECASE,
)
# A reference-number label immediately before a value: "Case #", "report no.", "order number:".
# Labels of goods in a stock list, only right before a value ("Stock code 617-61-8139", "bin 0152 404 2326",
# "Compatible housing: …"): as context words anywhere they would misread "Ahmed bin Rashid" or "stock".
_STOCK_LABELS = (
    r"stock(?:\s+code)?|bin|shelf|aisle|pallet|carton|spare|fits|compatible(?:\s+\w+)?|replacement\s+for|mpn|oem|"
    # a furniture maker's article number: "Art. 860.066.96", "Artikelnummer 402.345.67"
    r"art|artikel(?:nummer)?|article"
)
_NEGATIVE_BEFORE = re.compile(
    r"\b(?:"
    + LABELS["NEGATIVE"]
    + "|"
    + _STOCK_LABELS
    + r")\.?\s*(?:(?:number|num|no|nr|id|code)\.?)?\s*(?:is|was)?\s*[:#=]?\s*[#]?\s*$",
    re.IGNORECASE,
)


# Street types: suffixes (US and English-speaking) and the words that lead a street name elsewhere.
_COMMON_SUFFIXES = (
    "Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl|Terrace|Ter|Way|Circle|Cir|"
    "Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Loop|Close|Crescent|Cres|Row|Alley|Aly|Path|Pike|Run|Walk|Plaza|"
    "Crossing|Xing|Point|Pt|Ridge|Rdg|Hills?|Heights|Hts|Park|Grove|Gardens|Gdns|Mews|Green|Glen|Manor|View|Vista|"
    "Landing|Commons|Estates|Expressway|Expy|Freeway|Fwy|Route|Rte|Turnpike|Tpke|Cove|Cv|Creek|Bend|Pass|Oval|Quay|"
    "Wynd|Rise|Parade|Esplanade|Broadway|Hollow|Meadows?|Springs?|Station|Junction|Jct|Knoll|Orchard|Summit|Valley|"
    # British, Irish and Australian ones, and their abbreviations: "11 Kookaburra Cl", "87 Beechwood Lawns".
    "Lawns|Croft|Fold|Garth|Vale|Wharf|Circus|Approach|Brae|Circuit|Cct|Cl|Pde|Tce|Esp|Mead"
)


def _usps_suffixes() -> str:
    """USPS Publication 28's street suffixes (_usps_suffixes.py), so "8351 Jeffrey Ville" is an address too."""
    common = set(_COMMON_SUFFIXES.split("|"))
    return "|".join(w for w in usps_suffix_words() if w not in common)


STREET_SUFFIXES = _COMMON_SUFFIXES + "|" + _usps_suffixes()
STREET_PREFIXES = (
    "Rue|Via|Viale|Vicolo|Piazza|Piazzale|Corso|Largo|Rua|Rúa|Avenida|Avda\\.?|Av\\.|Calle|C/|Carrer|Camino|Paseo|"
    "Plaza|Pza\\.?|Chemin|Boulevard|Allée|Impasse|Quai|Route|Strada|Ulica|ul\\.|Aleja|Al\\.|Calea|Odos|Leoforos|"
    "Ulitsa|Praça|Travessa|Rambla|Ronda|Avinguda|Estrada|Alameda|Jalan|Jl\\.|Soi|Thanon|Carretera|Ctra\\.|Trg|Náměstí|"
    "nám\\.|Plac|Avenue|Λεωφόρος|Λ\\.|Οδός|Πλατεία|Ulitsa|Prospekt|Bulevar|Sokak|Caddesi|"
    # Welsh, Irish and Scottish Gaelic, Zulu and Vietnamese street words ("92 Heol Fach", "3 Sráid na Siopaí")
    "Heol|Ffordd|Stryd|Lôn|Rhodfa|Cwrt|Rhes|Teras|Cilgant|Sráid|Bóthar|Ascaill|Lána|Sràid|Rathad|uMgwaqo|Đường|Phố|"
    # French squares ("55 place du Marché"), Ukrainian and Bulgarian streets, Polish housing estates ("os. Słoneczna")
    "place du|place de|place des|vul\\.|vulytsia|вул\\.|вулиця|ул\\.|улица|os\\.|osiedle"
)
STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'.\-]*\s+){0,3}(?:" + STREET_SUFFIXES + r")\b\.?|\s+(?:" + STREET_PREFIXES + r")\s"
)


def nearest_label(text: str, start: int, window: int = 48) -> str | None:
    """The identifier type whose label is closest before `start` (within `window` characters)."""
    rx, scanned = _label_scan(text)
    last = None
    for m in rx.finditer(scanned, max(0, start - window), start):
        last = m.lastgroup
    return last


def labelled_before(text: str, start: int, label: str | None, window: int = 48) -> bool:
    """Whether a label of type `label` stands anywhere in the window before `start`."""
    return last_label_end(text, start, label, window) >= 0


def last_label_end(text: str, start: int, label: str | None, window: int = 48) -> int:
    """Where the last label of type `label` in the window before `start` ends (-1: none)."""
    if label is None:
        return -1
    rx, scanned = _label_scan(text)
    return max(
        (m.end() for m in rx.finditer(scanned, max(0, start - window), start) if m.lastgroup == label), default=-1
    )


def label_after(text: str, end: int, window: int = 24) -> str | None:
    """The first identifier label right after a value: "123-45-6789 (SSN)"."""
    rx, scanned = _label_scan(text)
    m = rx.search(scanned, end, min(len(text), end + window))
    return m.lastgroup if m else None


# --- Pasted tables --------------------------------------------------------------------------------------------
# In a row of a pasted table ("Ann Lee | 212-45-6789 | 4111 …") the words nearest a value belong to other cells: the
# value's label is its column's header ("Name | SSN | Card" above the rows), or, in a two-cell form line
# ("SSN | 212-45-6789"), the cell before it. `table_ranges` gives the stretches of text to read labels in.
_CELL_SEPARATORS = ("|", "\t")
# CSV exports (commas; semicolons where the comma is the decimal mark): prose is full of commas, so such a line is a
# row only under a header of at least three short cells without a digit ("name,dob,account" over the rows).
_CSV_SEPARATORS = (";", ",")
MIN_CSV_CELLS = 3
MAX_HEADER_WORDS = 3
MAX_QUESTION_WORDS = 25  # a survey's question heading its answers' column
# The header of a column of prose (a chat export's messages, a record's notes).
_FREE_TEXT_HEADER = re.compile(
    r"[ \t\"']*(?i:messages?|message[ _]text|text|body|content|comments?|notes?|description|details|narrative|"
    r"summary|remarks|transcript)[ \t\"']*"
)
# A template's slot for a value: "{{address_line_1}}", "{first_name}", "${TOWN}", "<TOWN>", "%(name)s".
TEMPLATE_SLOT = re.compile(
    r"\{\{[^{}\n]{1,60}\}\}|\{[A-Za-z_][\w.]{0,40}\}|\$\{[^{}\n]{1,40}\}|<[A-Z][A-Z0-9_]{1,40}>|%\(\w{1,40}\)[sd]"
)


def _in_slot(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the name inside a slot of a template, a text with two slots or more
    ("{{ticket.id}}" beside "{agent_name}"); one pair of braces alone may be someone's way of typing a handle."""
    if not (text[max(0, start - 1) : start] == "{" and text[end : end + 1] == "}"):
        return False
    return sum(1 for _ in zip(range(2), TEMPLATE_SLOT.finditer(text), strict=False)) >= 2


# An unticked box before a value: the option of an empty form ("☐ allergy", "[ ] Hispanic"); a ticked one ("☒",
# "[x]") is an answer.
_UNCHECKED_BEFORE = re.compile(r"(?:[☐□❏○◯]|\[ ?\]|\( ?\))[ \t]*$")
_RULE_LINE = re.compile(r"[\s|:\-+=]*")
_RULE_MARK = re.compile(r"[\-=]")  # (a blank line is no divider: it ends the table)
_table_seen: tuple[str | None, bool] = (None, False)
MAX_TABLE_LINES = 60


def _has_cells(text: str) -> bool:
    global _table_seen
    if _table_seen[0] is not text:
        _table_seen = (text, "|" in text or "\t" in text or ("\n" in text and ("," in text or ";" in text)))
    return _table_seen[1]


def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    if sep in _CSV_SEPARATORS and text.find('"', start, end) >= 0:
        return csv_cells(text, start, end, sep)
    spans, pos = [], start
    while True:
        cut = text.find(sep, pos, end)
        if cut < 0:
            spans.append((pos, end))
            return spans
        spans.append((pos, cut))
        pos = cut + 1


def ip_address_of(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IPv4 or IPv6 address `value` writes (a zone after "%" and a prefix after "/" left out), or None."""
    try:
        return ipaddress.ip_address(value.split("%")[0].split("/")[0])
    except ValueError:
        return None


def is_ip_address(value: str) -> bool:
    """Whether `value` is an IPv4 or IPv6 address (a zone after "%" and a prefix after "/" left out)."""
    return ip_address_of(value) is not None


def line_of(text: str, pos: int) -> str:
    """The line of `text` that holds text[pos], without its line break."""
    line_end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : line_end if line_end >= 0 else len(text)]


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Where the line that holds text[pos] starts and ends (its line break left out)."""
    line_end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, line_end if line_end >= 0 else len(text)


def table_ranges(text: str, start: int) -> list[tuple[int, int]] | None:
    """Where the label of a value at `start` in a table row can stand: its column's header cell (or the cell
    before it, without a header), then its own cell up to the value. None: not in a row of cells."""
    if not _has_cells(text):
        return fixed_width_ranges(text, start) if "--" in text else None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    sep = next((c for c in _CELL_SEPARATORS if text.find(c, line_start, line_end) >= 0), None)
    if sep is None:
        sep = csv_separator(text, line_start, line_end)
        if sep is None:
            return fixed_width_ranges(text, start) if "--" in text else None
    cells = _cells(text, line_start, line_end, sep)
    column = next((i for i, (a, b) in enumerate(cells) if a <= start <= b), None)
    if column is None:
        return None  # after a row's last quoted cell ('"Ana","14","Leeds" - she says …'): in no cell
    ranges = []
    header = _header_line(text, line_start, sep, len(cells), _filled(text, cells))
    if header is not None:
        head_cells = _cells(text, header[0], header[1], sep)
        ranges.append(head_cells[column])
    elif column > 0:
        ranges.append(cells[column - 1])
    ranges.append((cells[column][0], start))
    return ranges


# A fixed-width print-out (a database client's, a report writer's): a header line, then a divider of runs of dashes
# ("REG ID  FIRST_NAME" over "------- ----------"); each run is a column, as wide as its cells.
_FIXED_DIVIDER = re.compile(r"[ \t]*[-=]{2,}(?:[ \t]+[-=]{2,})+[ \t]*")
_DIVIDER_RUN = re.compile(r"[-=]+")
_fixed_seen: tuple[str | None, list[tuple[int, int, int]]] = (None, [])


def _dividers(text: str) -> list[tuple[int, int, int]]:
    """(header line's start, divider line's start, divider line's end) of each fixed-width table in `text`."""
    global _fixed_seen
    if _fixed_seen[0] is not text:
        found = []
        for m in re.finditer(r"^[ \t]*[-=]{2,}[ \t]+[-=][^\n]*$", text, re.MULTILINE):
            if m.start() > 0 and _FIXED_DIVIDER.fullmatch(m.group()):
                header_start = text.rfind("\n", 0, m.start() - 1) + 1
                if text[header_start : m.start() - 1].strip():
                    found.append((header_start, m.start(), m.end()))
        _fixed_seen = (text, found)
    return _fixed_seen[1]


def fixed_width_ranges(text: str, start: int) -> list[tuple[int, int]] | None:
    """`table_ranges` for a row of a fixed-width print-out under a header and a divider (no blank line between):
    the header's text over the value's column, then the value's cell up to the value."""
    line_start = text.rfind("\n", 0, start) + 1
    table = next((t for t in reversed(_dividers(text)) if t[2] < line_start), None)
    if (
        table is None
        or "\n\n" in text[table[2] : line_start]
        or text.count("\n", table[2], line_start) > MAX_TABLE_LINES
    ):
        return None
    header_start, divider_start, divider_end = table
    runs = [m.start() for m in _DIVIDER_RUN.finditer(text, divider_start, divider_end)]
    column = start - line_start
    index = max((i for i, run in enumerate(runs) if run - divider_start <= column), default=None)
    if index is None:
        return None
    left = runs[index] - divider_start
    right = runs[index + 1] - divider_start if index + 1 < len(runs) else None
    header_end = divider_start - 1
    head_a = min(header_start + left, header_end)
    head_b = header_end if right is None else min(header_start + right, header_end)
    return [(head_a, head_b), (line_start + left, start)]


def csv_cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """The cells of the CSV line text[start:end]: a quoted cell's inside (its separators and doubled quotes kept),
    an unquoted one up to the next separator."""
    spans, pos = [], start
    while True:
        first = pos
        while first < end and text[first] in " \t":
            first += 1
        if first < end and text[first] == '"':
            close = first + 1
            while True:
                close = text.find('"', close, end)
                if close < 0 or not text.startswith('""', close):
                    break
                close += 2
            close = end if close < 0 else close
            spans.append((first + 1, close))
            cut = text.find(sep, close, end)
        else:
            cut = text.find(sep, pos, end)
            spans.append((pos, end if cut < 0 else cut))
        if cut < 0:
            return spans
        pos = cut + 1


def csv_separator(text: str, line_start: int, line_end: int) -> str | None:
    """The separator of the CSV row text[line_start:line_end] (";" or ","), None if the line is no such row: one of
    a block of lines with as many separators, under a header of short cells without a digit or a sentence's end."""
    for sep in _CSV_SEPARATORS:
        n_cells = len(_cells(text, line_start, line_end, sep)) if text.find(sep, line_start, line_end) >= 0 else 1
        if n_cells < MIN_CSV_CELLS:
            continue
        header = _header_line(text, line_start, sep, n_cells)
        if header is not None and _header_cells(text, *header, sep):
            return sep
    return None


# A sentence's end in a line: a word of five letters or more, its full stop and a space ("Tel. ", "Nr. " are short).
_SENTENCE_END = re.compile(r"[^\W\d_]{5,}\.[ \t]")


def _header_cells(text: str, start: int, end: int, sep: str) -> bool:
    """Whether text[start:end] reads as a CSV header: every cell a few words, no sentence's end."""
    cells = _cells(text, start, end, sep)
    if all(a > start and text[a - 1] == '"' for a, _ in cells):
        # Every cell quoted, as a survey's export writes them: a header may ask ("How old are you?").
        return all(0 < len(text[a:b].split()) <= MAX_QUESTION_WORDS for a, b in cells)
    if any(c in text[start:end] for c in ("!", "?")) or _SENTENCE_END.search(text, start, end):
        return False  # a sentence's end ("d.o.b.", "Tel. noodcontact" are a header's abbreviations)
    return all(0 < len(text[a:b].split()) <= MAX_HEADER_WORDS for a, b in cells)


# A cell that is a value, not a header's name: it opens with a digit or holds three in a row ("2025", "14 Main").
# Names of columns may hold one or two ("c3", "col_7", "fld_12", "address2").
_VALUE_CELL = re.compile(r"[ \t\"'(]*[\d+]|.*\d{3}")


def _has_values(text: str, cells: list[tuple[int, int]]) -> bool:
    return any(_VALUE_CELL.match(text, a, b) for a, b in cells)


def _filled(text: str, cells: list[tuple[int, int]]) -> int:
    """How many of a row's cells there are up to its last one that holds something."""
    return next((i + 1 for i in range(len(cells) - 1, -1, -1) if text[cells[i][0] : cells[i][1]].strip()), 0)


# A quoted cell that a line opens and leaves open ("…;"Hinweis:"), and the line that closes it ("ADHD";…).
OPENS_CELL = re.compile(r'(?:^|[;,\t|])[ \t]*"(?:[^"\n]|"")*$', re.MULTILINE)
CLOSES_CELL = re.compile(r'(?:[^"\n]|"")*"[ \t]*(?:[;,\t|]|\r?\n|$)', re.MULTILINE)


def _header_line(
    text: str, line_start: int, sep: str, n_cells: int, filled: int | None = None
) -> tuple[int, int] | None:
    """The header of the table whose row starts at `line_start`: the first line of its block of rows with as many
    cells, if that line holds no digit (a line of dashes between them is skipped). Rows may differ by empty cells at
    their ends ("…\tBakersfield\t"): a row of `filled` cells holding something matches a line of as many."""
    filled = n_cells if filled is None else filled
    pos, header = line_start, None
    for _ in range(MAX_TABLE_LINES):
        if pos == 0:
            break
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        if text.count('"', prev_start, pos) % 2 and CLOSES_CELL.match(text, prev_start, pos):
            # a quoted cell's last line ("ADHD";…): its row starts on the line that opened the cell
            opened = prev_start
            for _ in range(20):
                if opened == 0:
                    break
                opened = text.rfind("\n", 0, opened - 1) + 1
                line_end = text.find("\n", opened)
                if OPENS_CELL.search(text, opened, len(text) if line_end < 0 else line_end):
                    prev_start = opened
                    break
        if _RULE_LINE.fullmatch(text, prev_start, pos - 1) and _RULE_MARK.search(text, prev_start, pos - 1):
            pos = prev_start  # "-----+-----": a divider, with or without the rows' separators
            continue
        prev = _cells(text, prev_start, pos - 1, sep)
        if len(prev) != n_cells and max(_filled(text, prev), filled) > min(len(prev), n_cells):
            break
        if not _RULE_LINE.fullmatch(text, prev_start, pos - 1):
            if header is not None and _groups_columns(text, prev, header, sep):
                break  # ",,Person,,,Health" over "Relationship,Surname,…": a row naming groups of the columns
            header = None if _has_values(text, prev) else (prev_start, pos - 1)
        pos = prev_start
    return header


def _groups_columns(text: str, cells: list[tuple[int, int]], header: tuple[int, int], sep: str) -> bool:
    """Whether a row of `cells` over the header text[header[0]:header[1]] names groups of its columns: at least
    half of its cells empty, over a header whose every cell names something."""
    empty = sum(not text[a:b].strip() for a, b in cells)
    named = all(text[a:b].strip() for a, b in _cells(text, *header, sep))
    return named and 2 * empty >= len(cells)


def label_in(text: str, ranges: list[tuple[int, int]]) -> str | None:
    """The last identifier label in `ranges` (read in order)."""
    rx, scanned = _label_scan(text)
    last = None
    for a, b in ranges:
        cell = _snake_to_words(scanned[a:b])
        for m in rx.finditer(cell):
            last = m.lastgroup
    return last


def _snake_to_words(cell: str) -> str:
    """A header cell's words apart ("bank_account", "ssn_last4" -> "bank account", "ssn last4"): same length."""
    return cell.replace("_", " ") if "_" in cell else cell


def reference_in(text: str, ranges: list[tuple[int, int]]) -> bool:
    """Whether a range ends with a reference-number label ("Ticket", "Order #")."""
    rx = _NEGATIVE_BEFORE if _NEGATIVE_BEFORE_LOWER is None else _NEGATIVE_BEFORE_LOWER
    scanned = text if _NEGATIVE_BEFORE_LOWER is None else screen_text(text)
    return any(rx.search(scanned, max(a, b - 32), b) for a, b in ranges)


def _reference_label_start(text: str, start: int) -> int:
    """Where the reference label right before `start` begins (-1: none)."""
    rx = _NEGATIVE_BEFORE if _NEGATIVE_BEFORE_LOWER is None else _NEGATIVE_BEFORE_LOWER
    scanned = text if _NEGATIVE_BEFORE_LOWER is None else screen_text(text)
    m = rx.search(scanned, max(0, start - 32), start)
    return -1 if m is None else m.start()


def after_reference_label(text: str, start: int) -> bool:
    return _reference_label_start(text, start) >= 0


# A counting run's length from which it is a sample, not a number: "0123456789" under a font's alphabet,
# "123-456-7890" in a form's example.
_COUNTING_RUN = 8


def counting_run(number: str) -> bool:
    """Whether the digits of `number` count up one by one, all of them ("0123456789", "1234567890")."""
    found = [int(c) for c in number if c.isdigit()]
    return len(found) >= _COUNTING_RUN and all((b - a) % 10 == 1 for a, b in zip(found, found[1:], strict=False))


def digits(value: str) -> str:
    """The digits of `value` (any script: `int()` reads full-width digits too)."""
    return "".join(str(int(c)) for c in value if c.isdigit())


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0 and len(number) > 1


def words(items: Iterable[str]) -> str:
    """An alternation of literal words/phrases, longest first (so "date of birth" wins over "date")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(items), key=len, reverse=True))


def pattern_spans(name: str, rx: re.Pattern[str], score: float, text: str) -> Iterator[tuple[str, int, int, float]]:
    """`rx`'s non-empty values in `text`: its group `v` where that took part in the match, else the whole match."""
    if "v" not in rx.groupindex:
        for m in rx.finditer(text):
            start, end = m.span()
            if end > start:
                yield name, start, end, score
        return
    for m in rx.finditer(text):
        start, end = m.span("v")
        if start < 0:  # `v` did not take part
            start, end = m.span()
        if end > start:
            yield name, start, end, score


# What was found in the last screened text: the detector runs every recognizer on one text before the next, so
# a need several patterns or recognizers share is looked for once.
_needs_seen: tuple[str | None, dict[re.Pattern[str] | int, bool]] = (None, {})


def needs_met(need: re.Pattern[str] | int, lowered: str) -> bool:
    """Whether the screened text `lowered` holds `need`: a regex's match, or (an int) a whole word of that many
    characters, looked up in the word set the detector's own screens use."""
    global _needs_seen
    if _needs_seen[0] is not lowered:
        _needs_seen = (lowered, {})
    seen = _needs_seen[1]
    hit = seen.get(need)
    if hit is None:
        if isinstance(need, int):
            hit = any(len(w) == need for w in screen_words(lowered))
        else:
            hit = need.search(lowered) is not None
        seen[need] = hit
    return hit


class ContextRegexRecognizer(EntityRecognizer):
    # Not instantiated by the engine: it only takes classes defined in the recognizer file itself.

    ENTITY: str = ""
    # Types a recognizer reports besides ENTITY's default (all of them, when set); with TYPED_BY_PATTERN a finding's
    # type is the name its candidate was yielded under (a table column's, a message segment's field).
    SUPPORTED_ENTITIES: list[str] = []
    TYPED_BY_PATTERN = False
    PATTERNS: list[tuple[str, str, float]] = []
    # The key in LABELS whose words are this entity's context (or a regex of its own in CONTEXT).
    LABEL: str | None = None
    CONTEXT: list[str] = []
    # Context words of scripts written without spaces between words (Chinese, Japanese, Thai) or with particles
    # glued on (Korean): matched without word boundaries ("电话13812345678", "연락처는 010…").
    CONTEXT_UNSPACED: list[str] = []
    CONTEXT_WINDOW = 48
    CONTEXT_BOOST = 0.4
    VALID_BOOST = 0.0
    # Penalty when the nearest label names another identifier type.
    OTHER_LABEL_PENALTY = 0.3
    REFERENCE_NEGATIVE = True
    # Well-formed identifiers reported on their shape and check alone carry the reason "no context word".
    REPORTS_WITHOUT_CONTEXT = False
    # Recall first: a value that fails `validate_result` but follows this entity's own label ("SSN 000-12-3456",
    # "routing 180000001", a typo'd card after "card") is still reported, at this score; None: the check vetoes.
    INVALID_WITH_CONTEXT: float | None = None
    FLAGS = re.IGNORECASE
    # Cheap tests that spare the patterns on texts they cannot match, on the text's screened form
    # (prescreen.screen_text; see `needs_met`): TEXT_NEEDS is something every match of every pattern holds,
    # PATTERN_NEEDS[name] something every match of that pattern holds. Same findings, less time.
    TEXT_NEEDS: re.Pattern[str] | None = None
    PATTERN_NEEDS: dict[str, re.Pattern[str] | int] = {}

    _compiled: list[tuple[str, re.Pattern[str], float]] | None = None
    _context_re: re.Pattern[str] | None = None
    # Declared for the detector's prescreen (detection/prescreen.py): `needs(words=..., substrings=...)`, what every
    # text this class can report on holds; the detector skips it on other texts. Only a class's own declaration
    # counts (a subclass with other patterns declares its own); None: it runs on every text.
    SCREEN: Screen | None = None

    def __init__(self) -> None:
        # context=[]: Presidio's lemma enhancer must not boost on top of ours.
        entities = list(self.SUPPORTED_ENTITIES) or [self.ENTITY]
        super().__init__(supported_entities=entities, name=type(self).__name__, supported_language="en")

    def load(self) -> None:
        cls = type(self)
        if cls.__dict__.get("_compiled") is None:
            cls._compiled = [(name, re.compile(rx, cls.FLAGS), score) for name, rx, score in cls.PATTERNS]
            parts = [r"\b(?:" + "|".join(cls.CONTEXT) + r")\b"] if cls.CONTEXT else []
            parts += ["|".join(cls.CONTEXT_UNSPACED)] if cls.CONTEXT_UNSPACED else []
            cls._context_re = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    # Hooks, as in Presidio's PatternRecognizer.
    def validate_result(self, pattern_text: str) -> bool | None:
        return None

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return None

    def has_context(self, text: str, start: int, end: int) -> bool | None:
        """True: own context nearest; False: another identifier's label nearest; None: neither."""
        ranges = table_ranges(text, start)
        if ranges is not None and not (len(ranges) == 2 and _FREE_TEXT_HEADER.fullmatch(text, *ranges[0])):
            return self._cell_context(text, ranges)
        # (A message's or a note's cell is prose: its words, not its column's name, say what a value is.)
        if self._context_re is not None:
            if self._context_re.search(text, max(0, start - self.CONTEXT_WINDOW), start):
                return True
        if self.LABEL is None:
            return None
        near = nearest_label(text, start, self.CONTEXT_WINDOW)
        if near == self.LABEL:
            return True
        if near is None or near == "NEGATIVE":
            after = label_after(text, end)
            if after == self.LABEL:
                return True
        if near is not None and near != "NEGATIVE":
            return False
        return None

    def _cell_context(self, text: str, ranges: list[tuple[int, int]]) -> bool | None:
        """`has_context` for a value in a table row: its header cell (or the cell before) and its own cell."""
        if self._context_re is not None and any(self._context_re.search(_snake_to_words(text[a:b])) for a, b in ranges):
            return True
        near = label_in(text, ranges)
        if near is None or near == "NEGATIVE":
            return None
        return near == self.LABEL

    def context_named(self, text: str, start: int, end: int) -> bool:
        """Whether a word or label names this value's type (a finding without one carries NO_CONTEXT_REASON)."""
        return bool(self.has_context(text, start, end))

    def may_match(self, index: int, name: str, lowered: str) -> bool:
        """Whether pattern `index` (`name`) can match a text whose screened form is `lowered`."""
        need = self.PATTERN_NEEDS.get(name)
        return need is None or needs_met(need, lowered)

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        lowered = screen_text(text)  # the detector's own, kept for the last text: no second lower-casing
        for index, (name, rx, score) in enumerate(self._compiled or []):
            if self.may_match(index, name, lowered):
                yield from pattern_spans(name, rx, score, text)

    def score(self, text: str, start: int, end: int, base: float) -> float:
        value = text[start:end]
        if self.invalidate_result(value):
            return 0.0
        valid = self.validate_result(value)
        if valid is False:
            if self.INVALID_WITH_CONTEXT is not None and self.has_context(text, start, end):
                return 0.0 if self._is_reference(text, start) else self.INVALID_WITH_CONTEXT
            return 0.0
        score = base + (self.VALID_BOOST if valid else 0.0)
        if self.REFERENCE_NEGATIVE and self._is_reference(text, start):
            # "Case #123-45-6789" is a reference; "SSN on file 123-45-6789" is still an SSN.
            return 0.0
        ctx = self.has_context(text, start, end)
        if ctx:
            score += self.CONTEXT_BOOST
        elif ctx is False:
            score -= self.OTHER_LABEL_PENALTY
        return min(score, 1.0)

    def _is_reference(self, text: str, start: int) -> bool:
        ranges = table_ranges(text, start)
        if ranges is not None:
            return reference_in(text, ranges) and not (self.LABEL is not None and label_in(text, ranges) == self.LABEL)
        if not after_reference_label(text, start):
            return False
        # The nearer label wins: "Desk with drawer  Art. 860.066.96" is an article's number, though "desk" names a
        # phone further back.
        own = last_label_end(text, start, getattr(self, "LABEL", None))
        return own < 0 or own <= start - 32 or _reference_label_start(text, start) >= own

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if self.TEXT_NEEDS is not None and not needs_met(self.TEXT_NEEDS, screen_text(text)):
            return []  # no pattern can match
        best: dict[tuple[int, int], tuple[float, str]] = {}
        score_of = self.score
        for name, start, end, base in self.candidates(text):
            if start and _UNCHECKED_BEFORE.search(text, max(0, start - 6), start):
                continue  # "☐ asthma": an empty form's option, nobody's answer
            if TEMPLATE_SLOT.fullmatch(text, start, end) or _in_slot(text, start, end):
                continue  # "{{address_line_1}}", "<TOWN>", "{first_name}": a template's slot, no one's value
            score = score_of(text, start, end, base)
            if score > 0.0:
                known = best.get((start, end))
                if known is None or score > known[0]:
                    best[(start, end)] = (score, name)
        if not best:
            return []
        entity, recognizer, identifier = self.ENTITY, self.name, self.id
        results = []
        for (start, end), (score, name) in best.items():
            if self.TYPED_BY_PATTERN:
                entity = name
                if entity not in entities:
                    continue
            reason = self.reason(text, start, end, name)
            metadata = {
                RecognizerResult.RECOGNIZER_NAME_KEY: recognizer,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: identifier,
            }
            if reason:
                metadata[REASON_KEY] = reason
            results.append(
                RecognizerResult(
                    entity_type=entity,
                    start=start,
                    end=end,
                    score=score,
                    analysis_explanation=AnalysisExplanation(
                        recognizer=recognizer, original_score=score, pattern_name=name, textual_explanation=reason
                    ),
                    recognition_metadata=metadata,
                )
            )
        return results

    def reason(self, text: str, start: int, end: int, pattern_name: str) -> str:
        """Why a finding is reported, when a reviewer should know: a well-formed identifier with no word naming
        it (for recognizers that set REPORTS_WITHOUT_CONTEXT). Never the value."""
        if self.REPORTS_WITHOUT_CONTEXT and not self.context_named(text, start, end):
            return NO_CONTEXT_REASON
        return ""


# What opens a new clause after "and" ("… for theft and he was …"); other words after it go on with the phrase
# ("convictions for theft and criminal damage", "controlling and coercive behaviour").
_CLAUSE_OPENER = (
    r"(?:he|she|they|i|we|you|it|his|her|their|my|our|now|then|was|is|are|were|has|had|have|got|gets|the|a|an|after|"
    r"later|so|that|this|since|also|never|not|no|mum|mom|dad|will|would|can|could|wants?|says?|said|given|gave|got|"
    r"went|sent|made|took|taken|told|put|left|became|came|\w+ed)\b"
)
# The rest of a phrase up to punctuation or a linking word ("convicted of assault in 2019" -> "assault").
# It ends where the words end (punctuation, a bar, a bracket, an emoji) or at a word that links the next clause.
# Past 60 characters without such an end, "and" ends it anyway ("… a former partner | and given a sentence for …").
_PHRASE_STOP = (
    r"\s*(?:[^\w'’ \-]|$)|\s+(?:but|in|last|when|after|since|at|on|while|which|who|so|per|now|then|because|until)\b"
)
PHRASE_TAIL = (
    r"(?:[\w'’ \-]{2,60}?(?="
    + _PHRASE_STOP
    + r"|\s+and\s+"
    + _CLAUSE_OPENER
    + r")|[\w'’ \-]{2,40}?(?="
    + _PHRASE_STOP
    + r"|\s+and\b))"
)
# Someone is being talked about nearby (sensitive categories only count about a person).
PERSONAL = (
    r"\b(?:he|she|they|him|her|his|hers|their|them|i|me|my|we|our|you|your|who|child|kid|son|daughter|boy|girl|"
    r"mother|father|mom|dad|parent|brother|sister|suspect|reporter|victim|donor|volunteer|applicant|patient|student|"
    r"teen|minor|baby|infant|toddler|grand(?:mother|father|son|daughter)|husband|wife|boyfriend|girlfriend|"
    r"partner|caller|client|family|diagnosed|takes|taking|prescribed|has|had|suffers|suffering|treated|"
    # Case notes leave the subject out: "Disclosed an anxiety disorder", "Served 18 months for …".
    r"disclosed|discloses|admitted|admits|served|serving|reports|reported|mentioned|mentions|states|stated)\b"
)
ORG_AFTER = (
    r"(?!\s+(?:Society|Foundation|Association|Awareness|Research|Walk|Run|Month|Institute|Center|Centre|Fund|Alliance|"
    r"Network|Council|Clinic|Ride|Gala|Day|Week|League|Federation|Coalition|Program|Camp|Drive|Hospital)\b)"
)


# --- Per-pattern prescreen -------------------------------------------------------------------------------------
# The detector skips a recognizer on a text that lacks what its SCREEN declares (detection/prescreen.py). A
# recognizer with several patterns still runs all of them once one passes; `ScreenedPatternsRecognizer` screens
# each pattern on its own by what PATTERN_SCREENS declares for it (`needs(...)`: something every match of that
# pattern holds), so a costly pattern ("in the 7th grade") is not run over texts that cannot match it. A pattern
# without a declaration always runs. The text's screened form and its words are the ones the detector computed
# for its own screens (prescreen keeps the last ones).


class ScreenedPatternsRecognizer(ContextRegexRecognizer):
    """A ContextRegexRecognizer whose patterns are each screened by what PATTERN_SCREENS declares (see above). Not
    instantiated by the engine (it only takes classes defined in the recognizer file itself)."""

    PATTERN_SCREENS: dict[str, Screen] = {}
    _screens: list[Screen | None] | None = None

    def load(self) -> None:
        super().load()
        cls = type(self)
        if cls.__dict__.get("_screens") is None:
            unknown = set(cls.PATTERN_SCREENS) - {name for name, _, _ in cls.PATTERNS}
            if unknown:  # a renamed pattern would otherwise lose its screen silently
                raise ValueError(f"{cls.__name__}: PATTERN_SCREENS names no pattern: {sorted(unknown)}")
            cls._screens = [cls.PATTERN_SCREENS.get(name) for name, _, _ in cls._compiled or []]

    def may_match(self, index: int, name: str, lowered: str) -> bool:
        screen = (self._screens or [])[index]
        if screen is not None and not screen.passes(lowered, screen_words(lowered)):
            return False
        return super().may_match(index, name, lowered)


class FoundSpansRecognizer(ContextRegexRecognizer):
    """A recognizer whose values are read by their place in a structure (a record's tag, a platform's line, a
    device's name), which is all their evidence: each span `spans` yields is reported at SCORE, no context word
    added or taken away. `spans` yields (entity, start, end); the entity is the finding's type when the class sets
    TYPED_BY_PATTERN, else ENTITY. Not instantiated by the engine (it only takes classes defined in the recognizer
    file itself)."""

    PATTERNS: list[tuple[str, str, float]] = []
    REFERENCE_NEGATIVE = False
    SCORE = 0.85

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        raise NotImplementedError

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for entity, start, end in self.spans(text):
            yield entity, start, end, self.SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base


# `NB + r"\d"` (a digit that does not continue a word, number or code) with the digit first: the same matches, but
# a regex that starts with a character class lets the engine skip straight to the digits instead of testing the
# lookbehind at every position.
NB_DIGIT = r"\d(?<![\w\-.]\d)"


def by_first_letter(alternation: str) -> str:
    """The same alternation with its branches grouped by first letter ("(?:a(?:unt|pplicant)|b(?:y|rother))"):
    Python's regex engine tries branches one by one, so at each word start it now tries one group, not all.
    Branches keep their order within a letter, so the same branch matches. Meant for case-insensitive use:
    branches are grouped by their first letter in either case."""
    inner = alternation[3:-1] if alternation.startswith("(?:") and alternation.endswith(")") else alternation
    branches, depth, cur = [], 0, ""
    for i, ch in enumerate(inner):
        escaped = i > 0 and inner[i - 1] == "\\"
        if ch in "([" and not escaped:
            depth += 1
        elif ch in ")]" and not escaped:
            depth -= 1
        if ch == "|" and depth == 0:
            branches.append(cur)
            cur = ""
        else:
            cur += ch
    branches.append(cur)
    groups: dict[str, list[str]] = {}
    for b in branches:
        key = b[0].casefold() if b[:1].isalpha() and b[1:2] not in ("?", "*", "+", "{", "") else ""
        groups.setdefault(key, []).append(b[1:] if key else b)
    parts = [k + "(?:" + "|".join(v) + ")" if k else "|".join(v) for k, v in groups.items()]
    return "(?:" + "|".join(parts) + ")"


# --- Label look-ups without IGNORECASE ------------------------------------------------------------------------
# Python's regex engine matches a case-insensitive alternation several times slower than a case-sensitive one.
# The case-insensitive label regexes find exactly what their case-sensitive forms find in the text's screened form
# (prescreen.screen_text: the letters that match an ASCII letter case-insensitively mapped to it, then lower-cased):
# every character stays one character, keeps \w, \s and \d as they were, and equals a pattern's (lower-case,
# ASCII) character exactly when it matched it case-insensitively. Checked over every code point.


def case_sensitive_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """`rx` without IGNORECASE, to run on the screened form, or None where the above is not known to hold (a capital
    or non-ASCII letter in the pattern, or case-sensitivity switched back on inside it)."""
    letters = re.sub(r"\\.|\(\?P<\w+>", "", rx.pattern)  # escapes and group names aside
    if any(ch.isupper() or not ch.isascii() for ch in letters) or "(?-i" in rx.pattern:
        return None
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


_LABEL_RE_LOWER = case_sensitive_twin(_LABEL_RE)
_NEGATIVE_BEFORE_LOWER = case_sensitive_twin(_NEGATIVE_BEFORE)


_label_text: tuple[str | None, str] = (None, "")


def _label_scan(text: str) -> tuple[re.Pattern[str], str]:
    """The label regex to use and the text to run it on (same offsets as `text`): a record's snake_case key reads as
    its words ("advertising_id", "date_of_birth"), as a form's label would."""
    global _label_text
    if _label_text[0] is not text:
        scanned = text if _LABEL_RE_LOWER is None else screen_text(text)
        _label_text = (text, scanned.replace("_", " ") if "_" in scanned else scanned)
    return (_LABEL_RE if _LABEL_RE_LOWER is None else _LABEL_RE_LOWER), _label_text[1]


# A row that opens with a bank's BIC (SWIFT code) in its first cell: a directory of institutions' offices.
_BIC_ROW = re.compile(r"(?m)^[ \t]*(?P<bic>[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)[ \t]*(?:\||\t|[ \t]{2})")
# Rows of BICs a text needs to be such a directory (one BIC beside an address may be a person's wire form).
_MIN_BIC_ROWS = 2


@functools.lru_cache(maxsize=8)
def _bic_rows(text: str) -> tuple[int, ...]:
    """Where each line that opens with a valid BIC cell starts, when there are enough of them."""
    starts = tuple(m.start() for m in _BIC_ROW.finditer(text) if bic.is_valid(m.group("bic")))
    return starts if len(starts) >= _MIN_BIC_ROWS else ()


def bank_directory_row(text: str, start: int) -> bool:
    """Whether text[start] is on a row of a directory of banks' offices, each row opening with its BIC
    ("INGBNL2AXXX | Bijlmerdreef 106, 1102 CT Amsterdam"): the address or town there is an institution's."""
    rows = _bic_rows(text) if ("|" in text or "\t" in text or "  " in text) else ()
    return bool(rows) and text.rfind("\n", 0, start) + 1 in rows
