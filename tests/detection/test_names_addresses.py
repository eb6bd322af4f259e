"""PERSON and STREET_ADDRESS: the whole value is covered (titles, particles, second names, trailing country and
postal code), from linguistic cues rather than known strings; and ordinary words and org names stay unflagged."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.text import TextDetector


def _covered(detector: TextDetector, text: str, value: str, entity: str) -> bool:
    """Every letter and digit of `value` (first occurrence) lies inside some finding of type `entity`."""
    start = text.index(value)
    spans = [s for s in detector.detect([text])[0] if s.entity_type == entity]
    return all(not c.isalnum() or any(s.start <= start + i < s.end for s in spans) for i, c in enumerate(value))


def _found(detector: TextDetector, text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect([text])[0] if s.entity_type == entity]


PERSON_POSITIVE = [
    # Vocatives: at a sentence start before a question or request, after a greeting, at a sentence end.
    ("Warrane, can I please speak to your boss?", "Warrane"),
    ("Hi Oyelaran, thanks for the update.", "Oyelaran"),
    ("Don't go to town, Brandon!", "Brandon"),
    # A lone unfamiliar word before a person verb.
    ("Tomomi is from Hawkins, Richardson and Santana", "Tomomi"),
    ("Järvilehto began writing as a teenager.", "Järvilehto"),
    ("but Celina just has to get laid.", "Celina"),
    # A relation word with the name in brackets, or after a possessive.
    ("Per the caller, the kid (Antonietta) is 5-year-old.", "Antonietta"),
    ("I would like to remove my kid Tadzio from the will.", "Tadzio"),
    ("This song by ex-Zombie Ryhänen is a perfect example.", "Ryhänen"),
    ("I'm so jealous! said Maslin to Antonio", "Maslin"),
    # Strong cues with a pronoun in between.
    ("She named him Luís", "Luís"),
    ("Sometimes people call me Csanád", "Csanád"),
    # Works and periods named after a person.
    ("The Steffen Mauer version recorded for the label became a hit.", "Steffen Mauer"),
    ("Unlike the Ruoho novel, it's not about that.", "Ruoho"),
    ("Is there a better example of creativity than early Yefremova?", "Yefremova"),
    # Coordination: a surname that is also a word, next to a name that is none.
    ("The brainchild of our 3 founders: Šušulić, Bowman and White.", "White"),
    ("Muslija and Brown were precision engineers.", "Brown"),
    # Titles, degrees, Irish particles and hyphenated surnames belong to the name.
    ("forwarding to Univ.Prof. Stjepan Herrmann", "Univ.Prof. Stjepan Herrmann"),
    ("beneficiary Öğr. Saygın Nurbanu Bilir; IBAN follows", "Öğr. Saygın Nurbanu Bilir"),
    ("beneficiary Hugo Biggen B.Eng.; IBAN follows", "Hugo Biggen B.Eng."),
    ("the stepdad Dr. Virginia Ó hEachairn is a prior DUI conviction.", "Dr. Virginia Ó hEachairn"),
    ('"It is moving in that direction," says Hauta-aho.', "Hauta-aho"),
    ("Maika van de Noort\nEmployment manager\nOpportunityspace Inc", "Maika van de Noort"),
    # Lower-case text.
    ("my name is borna jerković but everyone calls me borna", "borna jerković"),
    ("sometimes people call me višeslav", "višeslav"),
    ("follow up with monika žilková in a couple of months.", "monika žilková"),
    ("selma is from stillwater supercomputing inc.", "selma"),
    ("they had 6: silvana, adam, christopher, kristina, chad and caleb.", "christopher"),
    ('mika: "who are you?"\ntracy: "i am her daughter".', "tracy"),
]


@pytest.mark.parametrize(("text", "value"), PERSON_POSITIVE)
def test_person_whole_value(detector: TextDetector, text: str, value: str) -> None:
    assert _covered(detector, text, value, "PERSON"), (value, _found(detector, text, "PERSON"))


PERSON_NEGATIVE = [
    "Sorry, can I ask about the invoice?",
    "Anyway, can I get a refund for order 4471?",
    "Thanks, Inc!",
    "The Python fans are loud.",
    "The Lakers version was better.",
    "Everything has to go by Friday.",
    "Black and White were the only colours left.",
    "Tomorrow is very busy.",
    "I left early yesterday and came back late Monday.",
    "Cleopatra Mordvinova from 3 Round Stones Inc is the keynote speaker",  # the company is no person
]


@pytest.mark.parametrize("text", PERSON_NEGATIVE)
def test_person_negative(detector: TextDetector, text: str) -> None:
    found = _found(detector, text, "PERSON")
    if text.startswith("Cleopatra"):
        assert found == ["Cleopatra Mordvinova"]
    else:
        assert found == []


ADDRESS_POSITIVE = [
    # A country and postal code after a blank line close the address block.
    (
        "William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488",
        "20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488",
    ),
    (
        "N. Fukuda\n\n3037 ul. Północna 73\n Apt. 946\n Suwałki\n\n Poland 11248",
        "3037 ul. Północna 73\n Apt. 946\n Suwałki\n\n Poland 11248",
    ),
    # A building number before the street's own number; "Str." as a street type.
    ("Juliusz A Kwiatkowski lives at 28919 136 Filadelfeos Str., Klirou", "28919 136 Filadelfeos Str., Klirou"),
    (
        "the restaurant is located at 389 167 king alexander\nlady frere\n, ec\n 76634. it serves food",
        "389 167 king alexander",
    ),
    # The word "street" after a name and a number; a named place with a number after "lives on" / "is on".
    ("Sofie lives on 69 Av Sidi Lakhmi street.", "69 Av Sidi Lakhmi"),
    ("Trivo lives on Grössgstötten 50 street.", "Grössgstötten 50"),
    ("Pedestrians must enter on Hoge Wei 32 St. the first three months", "Hoge Wei 32"),
    ("The bus station is on Pod Floriánem 1677", "Pod Floriánem 1677"),
    ("He lives on the north side of Joaquin Suarez 2906.", "Joaquin Suarez 2906"),
]


@pytest.mark.parametrize(("text", "value"), ADDRESS_POSITIVE)
def test_address_whole_value(detector: TextDetector, text: str, value: str) -> None:
    assert _covered(detector, text, value, "STREET_ADDRESS"), (value, _found(detector, text, "STREET_ADDRESS"))


ADDRESS_NEGATIVE = [
    "Invoice 4471 was paid on 3 March 2024.",
    "Order 20789 shipped in 2 boxes\n\nTotal 62488",
    "She is on Page 5 of the report.",
    "Version 2 of the form is on the portal.",
    "Main street is busy today.",
    "The meeting is on Monday 14 at noon.",
    "Please have the manager call me at 0494 92 82 32 I'd like to join accounts.",  # a phone, not a street
    "In 2019 250 People attended the gala.",
]


@pytest.mark.parametrize("text", ADDRESS_NEGATIVE)
def test_address_negative(detector: TextDetector, text: str) -> None:
    assert _found(detector, text, "STREET_ADDRESS") == []
