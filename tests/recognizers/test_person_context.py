"""PersonContextRecognizer, called directly: names found from the sentence around them, with no name list
(apposition after a role noun, a role as a title, the subject of a verb only a person does, a firm's person, a
sign-off), and capitalised words in those places that are no person. Examples written for this file from the
categories of issue 12, not taken from any corpus."""

from __future__ import annotations

import pytest

RECOGNIZER = "person_context"


@pytest.mark.parametrize(
    ("cue", "text", "expected"),
    [
        ("apposition", "The school counselor, Gun Nilsson, has been informed.", "Gun Nilsson"),
        ("apposition", "Our volunteer coordinator, Oyelaran Babatunde, confirmed the shift.", "Oyelaran Babatunde"),
        ("apposition", "A neighbour, Bongani Dlamini, called the police.", "Bongani Dlamini"),
        ("apposition", "The girl's aunt, Rukhsana Begum, will attend.", "Rukhsana Begum"),
        ("apposition", "The caseworker, Sung-min Yoo, visited on Friday.", "Sung-min Yoo"),
        ("apposition", "The principal, Mrs. Oyinlola Adeyemi, signed the form.", "Oyinlola Adeyemi"),
        ("apposition", "Her tutor, Eero, said nothing.", "Eero"),  # one word: no English word
        ("role_title", "Teacher Ifeoma Nwachukwu says the child seemed withdrawn.", "Ifeoma Nwachukwu"),
        ("role_title", "Wire details: beneficiary Hugo Biggen, IBAN to follow.", "Hugo Biggen"),
        ("role_title", "Coach Rangi Parata was told about it.", "Rangi Parata"),
        ("subject", "Yadavi Ravel reports that the boy has not been to school.", "Yadavi Ravel"),
        (
            "subject",
            "Her mother said that Per Abdi first reached out in March.",
            "Per Abdi",
        ),  # "Per": a capital mid-sentence
        ("subject", "In March, Heikki Lindroos admitted that he had sent the photos.", "Heikki Lindroos"),
        ("subject", "Apparently Tuomas Vilkki explained that he met the child online.", "Tuomas Vilkki"),
        ("subject", "Cheng Wanjiru told staff that she was scared.", "Cheng Wanjiru"),
        ("subject", "Ngozi has been informed.", "Ngozi"),
        # What reports say happened to someone
        ("subject", "Her brother Tomasz Wieczorek was arrested on Friday.", "Tomasz Wieczorek"),
        ("subject", "Since March, Mirela Dobre stays with her aunt.", "Mirela Dobre"),
        ("affiliation", "The award went to Vidica Zakoč of Fernandez Holdings this year.", "Vidica Zakoč"),
        ("job_title", "Ama Owusu, the founder of Kente Labs, spoke first.", "Ama Owusu"),
        ("sign_off", "Please charge my card again this month. Thanks, Lucky", "Lucky"),
        ("sign_off", "See you Friday.\nKind regards,\nAroha Tane", "Aroha Tane"),
    ],
)
def test_names_from_the_sentence(find, cue: str, text: str, expected: str) -> None:  # noqa: ANN001
    values = [v for _, v, _ in find(text)]
    assert expected in values, (cue, values)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("institution", "Local Police reports that the road is closed."),
        ("institution", "Child Services reported that the case was closed."),
        ("determiner", "The Guardian reports that rents rose."),
        ("acronym", "NASA reports that the launch slipped."),
        ("app", "Instagram reported that the account was removed."),
        ("place", "Chicago reported that schools will close."),
        ("weekday", "Monday said it all."),
        ("phrase", "Grace Hill told a story."),  # two English words at a sentence's start
        ("firm", "The treasurer, Hartley Partners, sent the invoice."),
        ("room", "The venue, Lincoln Room, is booked."),
        ("lower case", "the counselor, gun nilsson, called"),  # lower-case text is person_cued's
        ("sign-off word", "Thanks, everyone"),
        ("sign-off mid-line", "Thanks, Lucky for the help"),
        ("table's columns", "Queue                  Offered Answered  Abandon"),  # a header aligned with spaces
    ],
)
def test_not_a_person(find, category: str, text: str) -> None:  # noqa: ANN001
    assert find(text) == [], category


def test_scores(find) -> None:  # noqa: ANN001
    [(entity, _, apposition)] = find("The school counselor, Gun Nilsson, has been informed.")
    [(_, _, subject)] = find("Yadavi Ravel reports that the boy is safe.")
    assert entity == "PERSON"
    assert 0.7 <= subject <= apposition <= 0.85
