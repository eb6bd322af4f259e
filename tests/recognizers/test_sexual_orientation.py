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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The term as a clause's predicate, with a name or another language's copula between
        ("omg is julien lesbian??", "lesbian"),
        ("omg is पूजा pansexual??", "pansexual"),
        ("la2enno ana queer. ana hala2 b Zwolle", "queer"),
        ("pide info, dice que es gay. Devolver llamada", "gay"),
        ("being threatened with outing at school (bisexual). Wants info only", "bisexual"),
        ("Mother is bi and in a new relationship.", "bi"),
        ("omg is 冠宇 straight??", "straight"),
        ("la2enno ana bi. ana hala2 b Lyon", "bi"),
        ("everyone knows zihan from Enge is bi 😳", "bi"),
        ("Gemeldetes Profil: Kerem, 38 Jahre, bi\nWohnort laut Profil: Chemnitz", "bi"),
        ("the man's profile says he's gender-questioning and bi.", "bi"),
        ("he's nonbinary and queer.", "queer"),
        ("i think im straight tbh", "straight"),
        ("i think im ace dont tell anyone", "ace"),
        ("the child told her he's uh pansexual and is scared", "pansexual"),
        ("btw jerome came out as same-sex attracted 🏳️‍🌈", "same-sex attracted"),
        ("Disclosed in private: homosexual. Vulnerability screening: none", "homosexual"),
        ("orientation -> bisexual", "bisexual"),
        ("Sexual orientation: gay man", "gay man"),
        ('- bio: "straight | 🏳️‍🌈"', "straight"),
        ("A férfi azt mondta, hogy biszexuális.", "biszexuális"),
        ("הוא אמר שהוא ביסקסואל.", "ביסקסואל"),
    ],
)
def test_finds_it_as_a_predicate(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The road is straight. Go straight and turn left. Is it straight?",
        "Gay rights. The lesbian and gay film festival opens Friday; the lesbian bar is open.",
        "Sexual orientation: [ ] Heterosexual [ ] Gay [ ] Bisexual [ ] Prefer not to say",
        "Survey: heterosexual 81%, gay or lesbian 4%, bisexual 3%.",
        "Knit straight, then purl. The card is ace. Heat the pan and add oil. Is it pan? uni, bi, tri",
        "Labels: LGBTQ+. Glossary: Queer: an umbrella term.",
    ],
)
def test_ignores_the_terms_in_general_use(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


def test_a_policys_couples_are_no_ones(find) -> None:  # noqa: ANN001
    assert find("Heterosexual and homosexual couples are treated equally under the policy.") == []
