"""RowBirthDateRecognizer: a date beside the age it gives, in a row that names someone, read as a birth date even
when the export's headers say nothing. All people are invented."""

from __future__ import annotations

import pytest

RECOGNIZER = "birth_date_row"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (  # the export's own date in its file name says which year the ages are of
            "export_20240109.csv\nc1,c2,c3,c4\n1000,Tevita Fifita,2013-07-17,10\n1001,Ana Brum,2014-11-14,9",
            "2013-07-17",
        ),
        ("export_20240109.csv\nc1;c2;c3\nx;李俊杰;12;2011-10-29", "2011-10-29"),  # the age before the date
        ("id | name | d | n\n7 | Ana Brum | 17.07.2013 | 10 | ana.b@example.org\n2024-01-09", "17.07.2013"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for e, v, _ in find(text) if e == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    "text",
    [
        "Release | 2016-05-01 | 10 | ok\nRelease | 2017-05-02 | 9 | ok",  # a date and a count, nobody named
        "export_20240109.csv\nc1,c2,c3,c4\n1000,Tevita Fifita,2013-07-17,3",  # the number is no age of the date
        "Tevita Fifita, 2013-07-17, 10",  # one line is no table
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
