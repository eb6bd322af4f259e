"""form_labels: a PERSON finding at a line's head before a colon and a value alone (a number, or what other findings
cover whole) is a form's label and is dropped; a chat speaker before a message, and a name before a value that is
not all found, stay."""

from __future__ import annotations

import pytest
from pii_pipeline_recognizers._names import dictionary_word

from pii_pipeline.detection.form_labels import drop_form_labels
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import Span


def _span(text: str, kind: str, value: str) -> Span:
    at = text.index(value)
    return Span(kind, at, at + len(value), 0.8, "test")


@pytest.mark.parametrize(
    ("text", "label", "value", "kind"),
    [
        ("Sími: +354-680-0219\n", "Sími", None, None),  # a number, found or not
        ("Hubungi: 0121793366\n", "Hubungi", None, None),
        ("Anv: Soazig Kerhervé\nOad: 41", "Anv", "Soazig Kerhervé", "PERSON"),
        ("Телефон = 8 029 245-59-20.", "Телефон", "8 029 245-59-20", "PHONE_NUMBER"),
        ("  [Mère] : Amélie Roussel", "Mère", "Amélie Roussel", "PERSON"),
    ],
)
def test_a_label_before_its_value_alone_is_dropped(text: str, label: str, value: str | None, kind: str | None) -> None:
    spans = [_span(text, "PERSON", label)] + ([_span(text, kind, value)] if value and kind else [])
    kept = [text[s.start : s.end] for s in drop_form_labels(text, spans, dictionary_word)]
    assert label not in kept
    assert value is None or value in kept


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("KEREM: egal, schreib mir auf WhatsApp\n", "KEREM", None),  # a chat's speaker and a message
        ("AALIYAH: 8. Nearly 9.\n", "AALIYAH", None),  # a reply holds words
        ("Behrouz Farhadi: Declan Jackson (spouse)\n", "Behrouz Farhadi", "Declan Jackson"),  # not all found
        ("Ana Ruiz: \nnext line", "Ana Ruiz", None),  # nothing after the colon
        ("Report by Ana Ruiz: +44 7700 900461", "Ana Ruiz", None),  # not at the line's head
        ("ELIF: how old r u?\nKEREM: 15\nKEREM: ok cool", "KEREM", None),  # a speaker's short answer
    ],
)
def test_a_speaker_or_a_name_before_more_than_a_value_stays(text: str, name: str, other: str | None) -> None:
    spans = [_span(text, "PERSON", name)] + ([_span(text, "PERSON", other)] if other else [])
    assert name in [text[s.start : s.end] for s in drop_form_labels(text, spans, dictionary_word)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('    "device_id": "XBX9262178671",', "device_id"),  # a record's key
        ("- location: Lucknow (school hoodie)", "location"),  # a word the dictionary holds
        ("next: no hits on Pipl for the handle", "next"),
        ("> GitHub: https://github.com/someone", "GitHub"),  # a platform's name
    ],
)
def test_a_label_or_a_key_is_no_handle(text: str, label: str) -> None:
    spans = [_span(text, "USERNAME", label)]
    assert drop_form_labels(text, spans, dictionary_word) == []


@pytest.mark.parametrize(
    "text",
    [
        "fr0stw0lfxx: real name?",  # a chat's speaker
        "shadowgirl: dont tell ur mom ok",  # one word, but no dictionary's
        "void-ghost: send it",  # dictionary words joined make a handle
        "add me: neon_kitty",  # not at the line's head
    ],
)
def test_a_speakers_handle_stays(text: str) -> None:
    handle = text.split(":")[0] if not text.startswith("add") else "neon_kitty"
    spans = [_span(text, "USERNAME", handle)]
    assert drop_form_labels(text, spans, dictionary_word) == spans


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("पता / Address: Flat 569, Sai Residency", "पता"),  # a label in another script, glossed in English
        ("นามสกุล / Surname:   ABUBAKAR", "นามสกุล"),
        ("Name (본인인증): 김민준", "본인인증"),  # an English label, glossed in another script
    ],
)
def test_a_glossed_label_is_no_name(text: str, label: str) -> None:
    spans = [_span(text, "PERSON", label)]
    assert drop_form_labels(text, spans, dictionary_word) == []


def test_a_speakers_name_in_brackets_stays() -> None:
    text = "notes\nCaller (Ahmed): hi, it's about my niece"
    spans = [_span(text, "PERSON", "Ahmed")]
    assert drop_form_labels(text, spans, dictionary_word) == spans


def test_the_detector_drops_the_label_and_keeps_the_value() -> None:
    text = "[Den arvarus]\nAnv: Goulven Ar Gov\nPellgomz: 0771933806\n"
    found = [(s.entity_type, text[s.start : s.end]) for s in TextDetector().detect([text])[0]]
    assert ("PERSON", "Pellgomz") not in found
    assert ("PERSON", "Goulven Ar Gov") in found
