"""TravelDocumentRecognizer, called directly: the document number of an airline's SSR DOCS line, typed by its kind
and issuing state. Examples written for this file (the numbers made up)."""

from __future__ import annotations

import pytest

RECOGNIZER = "travel_document"


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("  8 SSR DOCS LO HK1 P/IRL/LS3489098/IRL/24AUG02/F/06DEC25/BYRNE/AOIFE/P1", "NATIONAL_ID", "LS3489098"),
        ("SSR DOCS KL HK1 P/USA/A53333532/USA/15DEC92/M/26FEB33/JACKSON/DYLAN/P2", "US_PASSPORT", "A53333532"),
        ("SSR DOCS UA HK1 I/USA/D1234567/USA/01JAN90/F/01JAN30/LEE/ANN", "NATIONAL_ID", "D1234567"),  # an ID card
        ("SSR DOCS YY HK1/P/GBR/123456789/GBR/12MAR85/M/11APR29/SMITH/JOHN", "NATIONAL_ID", "123456789"),
    ],
)
def test_finds(find, text: str, entity: str, value: str) -> None:  # noqa: ANN001
    assert [(e, v) for e, v, _ in find(text)] == [(entity, value)]


@pytest.mark.parametrize(
    "text",
    [
        "SSR DOCS is where the passenger's passport details go (see the reservations manual).",
        "SSR WCHR LO HK1 wheelchair to the gate",  # another special service request
        "ssr docs lo hk1 p/irl/ls3489098/irl",  # no airline system prints it in lower case
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
