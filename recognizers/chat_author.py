"""The authors of a pasted chat export, wherever the app puts them: WhatsApp, LINE, KakaoTalk, Telegram, WeChat,
Discord and pipe-separated exports (`_chat.export_authors`). An author is a person's display name ("Maricel 💕",
"Софія Шевченко", "子豪") or a handle ("ghost_8121"): a handle's shape (digits, "_", ".", inner capitals) makes it a
USERNAME, letters alone a PERSON. Authors that are English words ("Mom", "Team") are a contact's label, not a name.
Rows of a table (sensor readings, logs exported as CSV) share the stamp-then-code shape of a CSV export's heads: their
code is no author (`_table_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex
from presidio_analyzer import RecognizerResult

from pii_pipeline.detection.prescreen import needs

from ._chat import NOT_AUTHORS, dialogue_speakers, event_handles, export_authors, role_speakers
from ._form_labels import label_type
from ._names import COMMON_WORDS, ENGLISH_WORDS, FIRST_NAMES_ALL, LAST_NAMES_ALL, is_noun
from ._recognizer_helpers import ContextRegexRecognizer, csv_cells

AUTHOR_SCORE = 0.8
# The cell separator right after an author (an emoji aside) in a cell-separated export: CSV, LINE's tabs, bars.
_CELL_AFTER = re.compile(r"[^\w\n,\t|]{0,8}?([,\t|])")
# A cell of data, not a message: a number or a code ("-1.18", "3.2.11", "N445-BH", "A1").
_DATA_CELL = re.compile(r"[ \t\"']*[+\-]?(?=[\w.\-:/%]*\d)[\w.\-:/%]+[ \t\"']*")
# A header's name for a column of people or accounts: its cells are theirs, whatever the other columns hold.
_USER_HEADER = re.compile(
    r"(?i:(?:user|username|user_?name|user_?id|login|account|actor|author|sender|from|by|handle|member|player|"
    r"customer|agent|operator|staff|name|email|who)s?)"
)
# A header's name for a column of messages.
_MESSAGE_HEADER = re.compile(r"(?i:.*\b(?:messages?|msg|text|body|content|chat|comments?|reply|said|transcript)\b.*)")


def _handle_shaped(value: str) -> bool:
    """Digits, "_", "." or inner capitals in one word. (username.py's test counts a hyphen too; here "Jean-Luc" and
    "Ana-Maria" are display names.)"""
    if value.islower() and " " not in value and value not in FIRST_NAMES_ALL:
        return True  # "frostboixx", "mrpanda": one word in lower case that no name list holds is a handle
    return any(c.isdigit() or c in "_." for c in value) or (
        any(c.isupper() for c in value[1:]) and not value.isupper() and " " not in value
    )


def _table_rows(text: str, authors: list[tuple[int, int]]) -> bool:
    """Whether the "authors" of a cell-separated export are a table's codes: a chat's row carries a message after its
    author, a table's carries numbers and codes (in most rows); or a header over rows of as many cells names no
    column of messages ("time,device,temp,batt" over "2025-01-02 08:00:00,gw-17a,21.4,3.31")."""
    data_rows = 0
    for n, (start, end) in enumerate(authors):
        m = _CELL_AFTER.match(text, end)
        if m is None:
            return False  # an author before a colon: a chat's line
        sep, line_start, line_end = m.group(1), text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if n == 0 and line_start > 0:
            head_start = text.rfind("\n", 0, line_start - 1) + 1
            head = [text[a:b] for a, b in csv_cells(text, head_start, line_start - 1, sep)]
            row = csv_cells(text, line_start, line_end, sep)
            if len(head) == len(row) > 2 and not any(c.isdigit() for c in "".join(head)):
                column = next((i for i, (a, b) in enumerate(row) if a <= start < b), None)
                if column is not None and _USER_HEADER.fullmatch(head[column].strip(" \t\"'")):
                    return False  # "ts | user | action | ip": an audit log's column of accounts
                return not any(_MESSAGE_HEADER.fullmatch(cell) for cell in head)
        cells = [text[a:b] for a, b in csv_cells(text, m.end(), line_end, sep) if text[a:b].strip(" \t\"'")]
        data = sum(1 for cell in cells if _DATA_CELL.fullmatch(cell))
        data_rows += data > len(cells) - data
    return 2 * data_rows > len(authors)


# A phone's screenshot of a chat, as OCR reads it: the title bar's back arrow, the contact's name, then its icons
# ("< 이도윤  🔍 ≡", "< REECE  📞 ≡"); and a sender's name alone on its line above each message, the owner's side
# marked "ME" ("REECE\nhey u up?\nME\nok\nREECE\nhow old r u").
_TITLE_BAR = regex.compile(r"(?m)^[<‹←][ \t]+(?P<v>[^\s<>()\d][^\n<>]{0,38}?)(?:[ \t]{2,}|[ \t]*$)")
_CAPS_LINE = regex.compile(r"(?m)^(?P<v>\p{Lu}{2,20}(?:[ '\-]\p{Lu}{2,20})?)[ \t]*$")
_OWNER_LINE = regex.compile(r"(?m)^(?:ME|YOU|Me|You)[ \t]*$")


def _screenshot_speakers(text: str) -> Iterator[tuple[str, int, int, float]]:
    for m in _TITLE_BAR.finditer(text):
        value = m.group("v").rstrip()
        if _plain_words(value) or not any(ch.isalpha() for ch in value):
            continue  # "< Chat", "< Messages": the app's own words
        yield (
            ("author_handle" if _handle_shaped(value) else "author_name"),
            m.start("v"),
            m.start("v") + len(value),
            AUTHOR_SCORE,
        )
    if _OWNER_LINE.search(text) is None:
        return
    lines = [(m.group("v"), m.start("v"), m.end("v")) for m in _CAPS_LINE.finditer(text)]
    counts: dict[str, int] = {}
    for value, _, _ in lines:
        counts[value] = counts.get(value, 0) + 1
    for value, start, end in lines:
        # A sender speaks more than once; "ME", "YOU" and headings' words ("CHAT", "TODAY") are no one's name.
        if counts[value] >= 2 and value not in ("ME", "YOU") and not _plain_words(value):
            yield "author_name", start, end, AUTHOR_SCORE


# A transcript's speakers in capitals before a colon ("AALIYAH: 12. Nearly 13.", "DC HALL: Interview suspended",
# "MR. KELLY: Objection", a deposition's "BY MS. BROWN:"): a name where a title stands before it, or where the text is
# a transcript (a role speaks too: "INTERVIEWER:", "Q.", "THE COURT:") and the name speaks twice.
_SPEAKER_TITLES = r"(?:MR|MRS|MS|MISS|MX|DR|DC|DS|DI|DCI|DSI|PC|SGT|INSP|DET|PROF|JUDGE|CLLR)"
_CAPS_SPEAKER = regex.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[ \t]+)?(?:BY[ \t]+)?(?:(?P<t>" + _SPEAKER_TITLES + r")\.?[ \t]+)?"
    r"(?P<v>\p{Lu}[\p{Lu}\p{M}'’\-]+(?:[ \t]\p{Lu}[\p{Lu}\p{M}'’\-]+)?)[ \t]*:(?=[ \t]|$)"
)
_ROLE_SPEAKER = regex.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[ \t]+)?(?:INTERVIEWER|INTERVIEWEE|Q|A|THE[ \t]+COURT|COURT|COUNSEL|(?:THE[ \t]+)?WITNESS|"
    r"CALLER|OPERATOR|CALL[ \t]+TAKER|ADVISOR|COUNSELLOR|COUNSELOR|HANDLER|CLERK|INTERPRETER|OFFICER|MEDIATOR)"
    r"[ \t]*[:.](?=[ \t])"
)
_ROLE_WORDS = frozenset(
    """interviewer interviewee q a court counsel witness caller operator taker advisor counsellor counselor handler
    clerk interpreter officer mediator the""".split()
)


def _transcript_speakers(text: str) -> Iterator[tuple[str, int, int, float]]:
    if ":" not in text:
        return
    found = [m for m in _CAPS_SPEAKER.finditer(text) if not set(m.group("v").casefold().split()) <= _ROLE_WORDS]
    if not found:
        return
    transcript = len(_ROLE_SPEAKER.findall(text)) >= 2
    counts: dict[str, int] = {}
    for m in found:
        counts[m.group("v")] = counts.get(m.group("v"), 0) + 1
    for m in found:
        value = m.group("v")
        # (after a title a surname that is also a word counts: "DC HALL")
        titled = m.group("t") is not None and (not _plain_words(value) or value.casefold() in LAST_NAMES_ALL)
        if titled or (transcript and counts[value] >= 2 and not _plain_words(value) and len(value) > 2):
            yield "speaker_name", m.start("v"), m.end("v"), AUTHOR_SCORE


def _plain_words(value: str) -> bool:
    """Every word of the author an English word that is no given name ("Mom", "Study Group", "Deploy")."""
    words = [w.casefold() for w in value.split()]
    return all((w in COMMON_WORDS or w in ENGLISH_WORDS or is_noun(w)) and w not in FIRST_NAMES_ALL for w in words)


class ChatAuthorRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    SUPPORTED_ENTITIES = ["PERSON", "USERNAME"]
    PATTERNS = []
    REFERENCE_NEGATIVE = False
    # An export has two lines or more (a table's cell, "name: Ana", has one).
    SCREEN = needs(substrings=["\n"])

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for found in self._authors(text):
            if any(c.isalpha() for c in text[found[1] : found[2]]):
                yield found  # (not "2025-06-02 21:02 | …": a log's date opening its row is nobody's handle)

    def _authors(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for start, end in role_speakers(text) if "\n" in text else ():
            # Under a role the place is a name's ("Lotte [agent]:"); only everyday words are not ("Agent Team:"),
            # nor a heading's capitals ("VOLUNTEER APPLICATION:").
            value = text[start:end]
            words = value.casefold().split()
            if value.isupper() and not all(w in FIRST_NAMES_ALL for w in words):
                continue
            if not all((w in COMMON_WORDS or w in ENGLISH_WORDS) and w not in FIRST_NAMES_ALL for w in words):
                yield "staff_name", start, end, AUTHOR_SCORE
        yield from _screenshot_speakers(text)
        yield from _transcript_speakers(text)
        for start, end in event_handles(text):
            if text[start:end].casefold() not in NOT_AUTHORS:
                yield "author_handle", start, end, AUTHOR_SCORE
        if not export_authors(text):
            for start, end in dialogue_speakers(text):
                value = text[start:end]
                if label_type(value) is not None or value.casefold() in _ROLE_WORDS:
                    continue  # "Note: …", "Caller: …": a form's labels or a role, no one's name
                if _handle_shaped(value):
                    yield "author_handle", start, end, AUTHOR_SCORE
                elif not _plain_words(value) or value.casefold() in FIRST_NAMES_ALL:
                    yield "author_name", start, end, AUTHOR_SCORE
        authors = export_authors(text)
        for start, end in () if authors and _table_rows(text, authors) else authors:
            value = text[start:end]
            if _handle_shaped(value):
                yield "author_handle", start, end, AUTHOR_SCORE
            elif not _plain_words(value):
                yield "author_name", start, end, AUTHOR_SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = super().analyze(text, entities, nlp_artifacts)
        for result in results:
            if result.analysis_explanation.pattern_name == "author_handle":
                result.entity_type = "USERNAME"
        return [r for r in results if r.entity_type in entities]
