"""SexualOrientationRecognizer, called directly: said of a person, labelled on a form; not a staff orientation."""

from __future__ import annotations

import pytest

RECOGNIZER = "sexual_orientation"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sexual orientation: gay", "gay"),
        ("Sexual orientation is bisexual", "bisexual"),
        ("orientation: lesbian", "lesbian"),
        ("his orientation is straight", "straight"),
        ("Orientation: demisexual", "demisexual"),
        ("she came out as bi last year", "bi"),
        ("he is gay and scared to tell his parents", "gay"),
        ("LGBTQ youth are at higher risk", "LGBTQ"),
        ("the gay couple next door", "gay"),
        # A chat's "im", a filler after "identifies as", a bio's cell, a listed term after the label
        ("i think im lesbian", "lesbian"),
        ("im pan and my parents dont know", "pan"),
        ("mum identifies as you know bisexual and her partner", "bisexual"),
        ('bio: "lesbian | 🏳️‍🌈"', "lesbian"),
        ('Bio of reported user reads "52 | asexual | dm for trades".', "asexual"),
        ("Orientation: bi-curious", "bi-curious"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Issue 12: a new-staff or volunteer orientation, and the term in a policy's sense.
        "Volunteer orientation: Ashby Hall, Room 210. Lunch in the Prescott Room.",
        "The Whitman Fellows cohort start orientation in August.",
        "New-staff orientation - Monday 09:00, Lincoln Room",
        "Orientation: Building C lobby; bring photo ID for your badge.",
        "Training on sexual orientation in the workplace is mandatory for managers.",
        "Sexual orientation: not recorded",
        "The Pride Month campaign raised $14,200; the LGBTQ+ youth programme gets 40%.",
        "Funding for gay men's health services rose 4%.",
        "im ace at maths",
        "I am pan frying the fish",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A profile's or a description's list; other languages and scripts
        ('  Bio: "Hola, soy Iker, bisexual, orgullosamente Hispanic.', "bisexual"),
        ("Gemeldetes Profil: Moritz, 38 Jahre, hetero\nWohnort laut Profil: Oldenburg", "hetero"),
        ("the man's profile says he's transgender and pansexual.", "pansexual"),
        ("Er ist schwul und lebt in Köln.", "schwul"),
        ("운영자 메모: 실명 인증 결과 1981년 8월 14일생, 양성애 성향 표기.", "양성애"),
    ],
)
def test_finds_it_listed_and_in_other_languages(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


def test_a_policys_couples_are_no_ones(find) -> None:  # noqa: ANN001
    assert find("Heterosexual and homosexual couples are treated equally under the policy.") == []
