"""form_dates: an old date alone on a form line labelled in another language, in a text naming a person, is a birth
date; not on an English line, not a recent date, not in a text that names no one, not a date among other words."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.form_dates import birth_dates_on_form_lines
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import Span

_PERSON = "Имя: Айдана Садыкова\n"


def _births(text: str) -> list[str]:
    person = [Span("PERSON", 0, 4, 0.9, "test")]
    return [text[s.start : s.end] for s in birth_dates_on_form_lines(text, person) if s.entity_type != "PERSON"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Туулган күнү: 28.04.2002", "28.04.2002"),
        ("Ụbọchị ọmụmụ: 13/02/1995", "13/02/1995"),
        ("تۇغۇلغان ۋاقتى: 2005-10-02", "2005-10-02"),
        ("ዕለት ልደት:\t02-09-2020", "02-09-2020"),
        ("Ọjọ́ ìbí ọmọ náà: 10/12/2015.", "10/12/2015"),
    ],
)
def test_an_old_date_on_a_form_line_in_another_language(line: str, value: str) -> None:
    assert _births(_PERSON + line + "\n") == [value]


@pytest.mark.parametrize(
    "line",
    [
        "Joined: 12/05/2001",  # an English label: the recognizer's, or not a birth
        "Дата: 03.12.2026",  # the report's own date
        "Дата: 03.12.1890",  # beyond a lifetime
        "Туулган күнү: 28.04.2002 и 12.01.2003",  # not alone on its line
        "Туулган күнү 28.04.2002",  # no label's colon
    ],
)
def test_not_a_birth_date(line: str) -> None:
    assert _births(_PERSON + line + "\n") == []


def test_only_in_a_text_that_names_someone() -> None:
    text = "Каталог\nДата создания: 12.05.1965\n"
    assert birth_dates_on_form_lines(text, []) == []


def test_the_detector_reads_them(detector: TextDetector) -> None:
    text = "Шектүүнүн аты: Бакыт Асанов\nТелефон: +996 555 123 456\nТуулган күнү: 13.02.1994\n"
    found = [(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]]
    assert ("DATE_OF_BIRTH", "13.02.1994") in found, found
