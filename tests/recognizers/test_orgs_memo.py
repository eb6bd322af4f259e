"""`_orgs.not_a_person_here` remembers its answers for the text being analysed only: the same offsets in another
text get that text's answer."""

from __future__ import annotations

from pii_pipeline_recognizers._orgs import not_a_person_here


def test_answers_belong_to_their_text() -> None:
    firm = "Book the Lincoln Room for noon."
    person = "Call me. Lincoln said so, ok?"  # "Lincoln" at the same offsets, a person here
    span = (9, 16)
    assert firm[slice(*span)] == person[slice(*span)] == "Lincoln"
    assert not_a_person_here(firm, *span) is True
    assert not_a_person_here(firm, *span) is True  # remembered
    assert not_a_person_here(person, *span) is False  # another text: its own answer, not the remembered one
    assert not_a_person_here(firm, *span) is True
