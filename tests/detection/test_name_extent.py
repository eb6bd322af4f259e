"""name_extent: a found part of a name widened over the rest of it (initials, particles, more name words of the same
case), never over a word of the sentence, a street's or a firm's word, or across a line or a sentence's end."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.name_extent import widen_names
from pii_pipeline.detection.text import _NAME_WORDS, TextDetector
from pii_pipeline.types import Span


def _widened(text: str, part: str) -> str:
    start = text.index(part)
    spans = widen_names(text, [Span("PERSON", start, start + len(part), 0.8, "test")], _NAME_WORDS)
    return text[spans[0].start : spans[0].end]


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("  C. Ezeobi: Ileana told the teacher", "Ezeobi", "C. Ezeobi"),
        ("Firma: K. Claes", "Claes", "K. Claes"),
        ("Bezoek aan Thijs de Vries (33 jaar)", "Vries", "Thijs de Vries"),
        ("Monsieur Le Goff a été condamné", "Goff", "Le Goff"),
        ("Ondergetekende Thijs van den Berg verklaart", "Thijs", "Thijs van den Berg"),
        ("Assessor: Pádraig Mac Giolla Phádraig, social worker", "Pádraig", "Pádraig Mac Giolla Phádraig"),
        ("Re: cross-border case concerning Maxence Lefèvre", "Lefèvre", "Maxence Lefèvre"),
        ("Chair: Taras Hnatiuk (Practice Lead)", "Taras", "Taras Hnatiuk"),
        ("Social media: Mark Anthony Mendoza (10)", "Anthony Mendoza", "Mark Anthony Mendoza"),
        ("- Lê Văn An dropped off coats", "Lê Văn", "Lê Văn An"),
        ('Eyecon tag "Vũ Hoàng Long"; WA pic', "Vũ Hoàng", "Vũ Hoàng Long"),
        ("Wrap-up notes (Usman A): no risk", "Usman", "Usman A"),
        ("I'm Aisling M. Take your time.", "Aisling", "Aisling M"),
        ("El padrastre, Oriol Pujol i Sala (58 anys)", "Oriol Pujol", "Oriol Pujol i Sala"),
        ("this is wouter van den berg from the search team", "wouter van", "wouter van den berg"),
        ("the mother maaike de vries is 51", "maaike", "maaike de vries"),
        ("gp note dictated. sort of seen trần đức anh dob twentieth march", "anh", "trần đức anh"),
        ("visited nguyễn bảo ngọc and the child", "nguyễn", "nguyễn bảo ngọc"),
    ],
)
def test_the_whole_name(text: str, part: str, whole: str) -> None:
    assert _widened(text, part) == whole


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The Council will close Churchill Way at Gladstone Terrace", "Gladstone"),  # a street's word
        ("On Monday Smith said hi", "Smith"),  # a word capitalised at a sentence's start
        ("Dear Jones, thank you", "Jones"),
        ("au nom de Rodrigue, 18 ans", "Rodrigue"),  # French "in the name of"
        ("that was Smith. Then he left", "Smith."),  # no widening past a sentence's end
        ("yeah jake lol ok", "jake"),  # chat words
        ("im jake btw", "jake"),
        ("my niece ngozi aged 15", "ngozi"),
        ("my plan A: Sarah told me", "Sarah"),
        ("Sarah\nJones", "Sarah"),  # never across a line
        ("2nd Brackenhill Midnight Sonata", "Brackenhill"),  # a dictionary word beside an unlisted word
        ("Data de nascimento: 04/04/2003", "nascimento"),
    ],
)
def test_not_more_of_the_name(text: str, part: str) -> None:
    assert _widened(text, part) == part


def test_a_widened_name_yields_to_other_findings() -> None:
    text = "Call Dana 0412 345 678 now"
    start = text.index("Dana")
    phone = Span("PHONE_NUMBER", 10, 22, 0.9, "test")
    spans = widen_names(text, [Span("PERSON", start, start + 4, 0.8, "test"), phone], _NAME_WORDS)
    assert [(s.start, s.end) for s in spans] == [(start, start + 4), (10, 22)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Social media: Mark Anthony Mendoza (10) profile", "Mark Anthony Mendoza"),
        ("- Lê Văn An dropped off coats, lives at Molenweg 54", "Lê Văn An"),
        ("this is wouter van den berg from the search team", "wouter van den berg"),
    ],
)
def test_the_detector_reports_whole_names(detector: TextDetector, text: str, whole: str) -> None:
    names = [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"]
    assert whole in names, names
