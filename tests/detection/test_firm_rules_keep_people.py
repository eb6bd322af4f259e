"""The sentence-level rules that call a word a firm, a venue or a service (recognizers/_orgs.py, issue 12) never
take a person away: a given name, a person's belongings after a possessive, or a person spoken of in the sentence
keep the name (a leak costs more than a redacted brand)."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.text import TextDetector

PEOPLE = [
    ("The party was hosted by Daniel at his flat.", "Daniel"),
    ("i used Kayla's phone to message him", "Kayla"),
    ("we use Teodora as our babysitter on fridays", "Teodora"),
    ("She switched from Tomas to Ilse as her tutor.", "Tomas"),
    ("She switched from Tomas to Ilse as her tutor.", "Ilse"),
    ("He is switching from Harlan to Desmond for rides to school", "Desmond"),
    ("Lunch order was delivered by Reuben Clarke; he stayed an hour with the girls.", "Reuben Clarke"),
    ("The sponsorship forms went to Ottilie's mum on Friday.", "Ottilie"),
    # A title's full stop opens no sentence: the plural-noun and unknown-word rules for a sentence's first word
    # do not apply after it.
    ("They call me Mr. Mayers", "Mr. Mayers"),
    # "the" + a name + a noun names a thing, except a person noun, a person's case or kin, or a work of theirs.
    ("I saw the Jake Miller guy again at the park.", "Jake Miller"),
    ("Any news on the Ana Ruiz case?", "Ana Ruiz"),
    ("Forms for the Dana Whitfield family are ready.", "Dana Whitfield"),
    ("The Steffen Mauer version recorded for Analytic.", "Steffen Mauer"),
    ("he keeps sending the Maya Lopez pics around", "Maya Lopez"),
]
# The same rules still clear firms and services where no person is spoken of.
NOT_PEOPLE = [
    "Hosting on Fastly and Vercel; DNS at Cloudflare.",
    "Three bids came in: Castlemoor, Brackley and Fenholt. The committee prefers Brackley.",
    # After "the", capitalised words that modify a noun name a thing, a given name first or not.
    "Pick up the Andrew Carnegie portrait from framing.",
    "The Martha Stewart cookware was donated.",
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_a_person_stays_a_person(detector: TextDetector, text: str, name: str) -> None:
    found = {text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"}
    assert name in found, (name, found)


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_firms_in_trade_sentences_are_no_people(detector: TextDetector, text: str) -> None:
    assert [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"] == []


# A listed town or a holiday the model took for a person is none, unless the text says a person.
@pytest.mark.parametrize(
    "text",
    [
        "Trains to Glasgow are delayed on Christmas Eve.",
        "Our Manchester and Glasgow branches will close early on Christmas Eve.",
        "Offices close for Anzac Day and reopen on Tuesday.",
    ],
)
def test_towns_and_holidays_are_no_people(detector: TextDetector, text: str) -> None:
    assert [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Harrogate said he would pick up the girl.", "Harrogate"), ("Preston keeps messaging my son.", "Preston")],
)
def test_a_town_named_as_a_person_stays_a_person(detector: TextDetector, text: str, name: str) -> None:
    found = {text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"}
    assert name in found


def test_a_surname_that_is_also_a_word_stays_a_name(detector: TextDetector) -> None:
    # A given name and a surname that is also an English word ("Corral", "Harbor") read as a product line once
    # (that rule let a planted name through the end-to-end test): no rule on the pair alone may drop it.
    text = "Ryan Kruns wrote in because Antonia Corral has been contacted by an adult stranger online."
    found = {text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == "PERSON"}
    assert "Antonia Corral" in found
