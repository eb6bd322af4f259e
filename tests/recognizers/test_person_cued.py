"""PersonCueRecognizer, called directly: names in any register and script after a cue only a name follows."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("PersonCueRecognizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("helper: what is your real name?\nbluebird7: deshawn\nhelper: thanks", "deshawn"),
        ("[09:14] staff: whats ur name\n[09:15] anon: its keiko lol", "keiko"),
        ("FULL NAME: OKONKWO CHIDI\nDOB: 04/05/2011", "OKONKWO CHIDI"),
        ("Emergency contact: hamid rahimi, brother", "hamid rahimi"),
        ("Donor: Ковальчук Олена", "Ковальчук Олена"),
        ("Child's name | liang qiu | grade 4", "liang qiu"),
        ("my name is yusuf and im 13", "yusuf"),
        ("ppl call me saoirse", "saoirse"),
        ("her daughter imani is staying with friends", "imani"),
        ("Parent/Guardian: 정지훈", "정지훈"),
        ("the nurse said her name is ms. brzezinska", "ms. brzezinska"),  # the title goes with the name
        ("Caller: mr okafor", "mr okafor"),
        ("my gf is called anneliese", "anneliese"),
    ],
)
def test_names_after_cues(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Name: Unknown",
        "Reporter: anonymous",
        "Her daughter hates the new school.",  # a verb after the relation, in a cased text
        "my son was crying all night",
        "my name appears twice on the form",
        "what's your name?\nI would rather not say that right now, sorry",
        "her daughter is in grade 5",
        "Name: Wells Fargo Advisors",
    ],
)
def test_no_name_after_the_cue(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []
