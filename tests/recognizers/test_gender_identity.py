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
    assert value in [v for _, v, _ in find(text)]


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
