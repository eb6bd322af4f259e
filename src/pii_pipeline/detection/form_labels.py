"""A form's label read as a name or a handle: "Sími: +354-680-0219", "Anv: Soazig Kerhervé", "location: Lucknow",
'"device_id": "…"'.

In a form in a language the name recognizers do not know, the label at a line's head looks like a name to them (a
capitalised word, a word of another script, a chat's "speaker:"). A chat's speaker says something after the colon;
a form's label is followed by its value alone: a number, or what other findings cover whole (a name, a phone, a
date, an address). Such a PERSON finding is the label, and is dropped; its value keeps its own finding. A speaker's
short answer ("ELIF: 15") looks the same: a name that says more on another line is a speaker, and stays.

A label in another script glossed in English ("पता / Address:", "นามสกุล / Surname:") is one wherever it stands.

A handle at a line's head before a colon is a chat's speaker as often ("fr0stw0lfxx: real name?"); it is a label
when it is one plain word a dictionary holds or a platform's name ("location:", "next:", "GitHub:"), whatever
follows. A record's key ('"device_id": …') is never a handle.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pii_pipeline_recognizers._person_context_rules import NOT_NAME_WORDS
from pii_pipeline_recognizers.username import platform_name

from pii_pipeline.detection.coverage import covered
from pii_pipeline.types import Span

_SEPARATOR = re.compile(r"[\])]?[ \t]*[:=：][ \t]*")
_LINE_HEAD = re.compile(r"[ \t\[(\-•*>]*")
_NUMBER = re.compile(r"[+\d][\d \t\-+().\/]*")
_TRAILING = " \t.,;"
# A bilingual form's label glossed in English: "पता / Address:", "นามสกุล / Surname:", "ชื่อ (Name):".
_GLOSS = re.compile(
    r"[ \t]*(?:/[ \t]*(?P<w>[A-Za-z][A-Za-z' \-]{1,24}?)|\((?P<p>[A-Za-z][A-Za-z' \-]{1,24}?)\))[ \t]*[:：]"
)
_GLOSSED = re.compile(r"(?:^|[\n|;\t])[ \t]*(?P<w>[A-Za-z][A-Za-z'\-]*(?:[ \t][A-Za-z'\-]+)?)[ \t]*\($")
_GLOSSED_END = re.compile(r"\)[ \t]*[:：]")
_KEY_END = re.compile(r"[\"'][ \t]*:")
_PLAIN_WORD = re.compile(r"[^\W\d_]+")


def _value_alone(text: str, start: int, end: int, others: list[Span]) -> bool:
    """Whether text[start:end] (a line's rest after a label) is a number, or covered whole by `others`."""
    value = text[start:end].rstrip(_TRAILING)
    if not value or _NUMBER.fullmatch(value):
        return bool(value)
    return covered(text, start, start + len(value), ((s.start, s.end) for s in others))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _speaks_elsewhere(text: str, word: str, others: list[Span]) -> bool:
    """Whether `word` opens another line before a colon and says more than a value there: a chat's speaker, whose
    short answers ("ELIF: 15", "ELIF: Emre") are still hers."""
    for m in re.finditer(r"(?m)^" + _LINE_HEAD.pattern + re.escape(word) + _SEPARATOR.pattern, text):
        if not _value_alone(text, m.end(), _line_end(text, m.end()), others):
            return True
    return False


def _label_word(word: str, dictionary_word: Callable[[str], bool]) -> bool:
    folded = word.casefold()
    if _PLAIN_WORD.fullmatch(word) is None:
        return False
    return dictionary_word(folded) or folded in NOT_NAME_WORDS or platform_name(word)


def _glossed_label(text: str, span: Span, dictionary_word: Callable[[str], bool]) -> bool:
    """Whether the span is a label beside its English gloss: "पता / Address:", "Name (본인인증):"."""
    if any("a" <= c <= "z" for c in text[span.start : span.end].casefold()):
        return False  # "Caller (Ahmed):": a speaker's role and name, not a label in another script
    m = _GLOSS.match(text, span.end)
    gloss = (m.group("w") or m.group("p")) if m else None
    if gloss is None and _GLOSSED_END.match(text, span.end):
        before = _GLOSSED.search(text, max(0, span.start - 30), span.start)
        gloss = before.group("w") if before else None
    return gloss is not None and all(dictionary_word(w) for w in gloss.casefold().split())


def drop_form_labels(text: str, spans: list[Span], dictionary_word: Callable[[str], bool]) -> list[Span]:
    """`spans` without the PERSON and USERNAME findings that are a form line's label or a record's key."""
    if ":" not in text and "=" not in text and "：" not in text:
        return spans
    dropped = []
    for span in spans:
        if span.entity_type not in ("PERSON", "USERNAME"):
            continue
        if span.entity_type == "USERNAME" and text[span.start - 1 : span.start] in ('"', "'"):
            if _KEY_END.match(text, span.end):
                dropped.append(span)  # '"device_id": "XBX9262178671"': a record's key
            continue
        if span.entity_type == "PERSON" and _glossed_label(text, span, dictionary_word):
            dropped.append(span)  # "पता / Address: Flat 275", "Name (본인인증):": a label and its gloss
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        if _LINE_HEAD.fullmatch(text, line_start, span.start) is None:
            continue
        sep = _SEPARATOR.match(text, span.end)
        if sep is None:
            continue
        if span.entity_type == "USERNAME":
            if _label_word(text[span.start : span.end], dictionary_word):
                dropped.append(span)
            continue
        others = [s for s in spans if s is not span]
        if _value_alone(text, sep.end(), _line_end(text, sep.end()), others) and not _speaks_elsewhere(
            text, text[span.start : span.end], others
        ):
            dropped.append(span)
    return [s for s in spans if not any(s is d for d in dropped)] if dropped else spans
