"""SpokenPhoneRecognizer: phone numbers said aloud and transcribed as words ("oh seven seven double nine …"), with a
phone word before them or long enough by themselves. All numbers are invented."""

from __future__ import annotations

import pytest

RECOGNIZER = "phone_spoken"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Caller: yes oh six one two eight nine oh six two two or email", "oh six one two eight nine oh six two two"),
        ("my number is eight one two four eight three eight five lah", "eight one two four eight three eight five"),
        ("its oh seven seven double nine four one two three", "oh seven seven double nine four one two three"),
        ("Carer contact: oh four one two one three five five one five", "oh four one two one three five five one five"),
        ("ring me on plus four four seven seven double oh nine eight one two three",
         "plus four four seven seven double oh nine eight one two three"),
        ("call back on zero seven 7 0 nine 8 1 2 3 4 5", "zero seven 7 0 nine 8 1 2 3 4 5"),  # words and figures mixed
        # pauses between the groups, "double" and "triple"; figures with two words among them, long enough alone
        ("Caller: oh four one two ... three double four ... six eight nine [inaudible]",
         "oh four one two ... three double four ... six eight nine"),
        ("text me 0 seven 9 6 7 0 2 8 nine 2 not on here", "0 seven 9 6 7 0 2 8 nine 2"),
    ],
)  # fmt: skip
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert [(e, v) for e, v, _ in find(text)] == [("PHONE_NUMBER", value)]
    assert find(text)[0][2] == pytest.approx(0.75)


@pytest.mark.parametrize(
    "text",
    [
        "one two three four five six seven",  # counting, no phone word, under nine digits
        "I had one or two, maybe three or four",
        "the code is one two three",  # too short
        "double double toil and trouble",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
