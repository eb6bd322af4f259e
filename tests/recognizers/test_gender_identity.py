"""GenderIdentityRecognizer, called directly: an identity said of someone; not an observance, a cause or a form's
choice."""

from __future__ import annotations

import pytest

RECOGNIZER = "gender_identity"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she is transgender", "transgender"),
        ("my son is non-binary and uses they/them pronouns", "non-binary"),
        ("He is a transgender man", "transgender"),
        ("gender identity: genderqueer", "genderqueer"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    # The value, or the phrase it heads ("a transgender man")
    assert any(value in v for _, v, _ in find(text))


@pytest.mark.parametrize(
    "text",
    [
        "The transgender day of visibility talk is at 12:00 in the auditorium.",
        "transgender people face barriers in hiring, the report finds",
        "The form now has a non-binary option.",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i told my teacher im a trans boy", "a trans boy"),
        ("She is a transgender woman.", "a transgender woman"),
        ("my friend is non binary", "non binary"),
        ("im trans and my dad doesnt know", "trans"),
        ("they have been questioning their gender for a year", "questioning their gender"),
        ("본인은 트랜스젠더라고 했습니다.", "트랜스젠더"),
        ("Hän on muunsukupuolinen.", "muunsukupuolinen"),
        ("Em ấy là người chuyển giới.", "người chuyển giới"),
        ("she is MtF and 15", "MtF"),
        ("identifies as FTM", "FTM"),
        ("a mtf teen from the forum", "mtf"),
    ],
)
def test_finds_the_phrase(find, text: str, value: str) -> None:  # noqa: ANN001
    found = [v for _, v, _ in find(text)]
    assert value in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The route is trans-Atlantic.",
        "Transgender Day of Visibility is on 31 March.",
        "Trans Union credit report",
        "aperture blades 11\nMTF at 30 lp/mm: centre 0.90, edge 0.73",  # a lens's modulation transfer function
    ],
)
def test_ignores_what_is_no_ones_identity(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
