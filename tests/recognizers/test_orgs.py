"""recognizers/_orgs.py, called directly: which capitalised words name a firm, a brand or a room after someone."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def not_a_person():  # noqa: ANN201
    from pii_pipeline_recognizers._orgs import not_a_person

    return not_a_person


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We met in the Lincoln Room.", "Lincoln Room"),
        ("We met in the Lincoln Room.", "Lincoln"),
        ("Paid by Wells Fargo Advisors today", "Wells Fargo Advisors"),
        ("Supplies from Johnson & Johnson", "Johnson"),
        ("Filed by Pryce & Whitmore LLP", "Whitmore"),
    ],
)
def test_named_after_someone(not_a_person, text: str, words: str) -> None:  # noqa: ANN001
    start = text.index(words)
    assert not_a_person(text, start, start + len(words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mrs. Dana Okoro Suite 913 0547 Main Road", "Dana Okoro Suite"),  # a unit number: an address follows
        ("Mrs. Dana Okoro Suite 913 0547 Main Road", "Dana Okoro"),
        ("Donor Veronica Hall paid by card", "Veronica Hall"),
        ("Maria & Jose Ortega came in", "Maria"),
    ],
)
def test_people(not_a_person, text: str, words: str) -> None:  # noqa: ANN001
    start = text.index(words)
    assert not not_a_person(text, start, start + len(words))
