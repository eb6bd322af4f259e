"""UsernameRecognizer, called directly: chat speakers, handles typed alone, and the older lead-word forms."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("UsernameRecognizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("moon_kid: u up?\nxx.raven: ya\nmoon_kid: send pic", {"moon_kid", "xx.raven"}),
        ("[21:02] darkstar_11: hey\n[21:03] Admin: welcome", {"darkstar_11"}),
        ("<pixie.lee> hi\n<tm_2009> who is this", {"pixie.lee", "tm_2009"}),
        ("9:41 PM - jjx: where r u\n9:42 PM - kay22: home", {"jjx", "kay22"}),
        ("[dm] owl_eyes: who is this\n[dm] Support: hello", {"owl_eyes"}),
        ("ok add me: frostbyte_9", {"frostbyte_9"}),
        ("my login is rio2010 and my pw is on the note", {"rio2010"}),
        ("my snap is lil.mango", {"lil.mango"}),
        ("hmu on insta its sk8rgrl", {"sk8rgrl"}),
        ("follow me at @dawn.patrol", {"@dawn.patrol"}),
        ("add me on discord: quietfox#0427", {"quietfox#0427"}),
    ],
)
def test_handles(recognizer, text: str, expected: set[str]) -> None:  # noqa: ANN001
    assert expected <= {v for v, _ in found(recognizer, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Phone: 555-0134\nE-mail: someone@example.org",
        "Subject: schedule\nFrom: accounts payable",
        "Note: call back tomorrow",
        "add me back please",
        "please transfer all funds from my account today",
        "when: 2024-05-01\nwhere: main hall",
        "[chat] kitten_9: one line with a tag is no transcript",
    ],
)
def test_not_handles(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []
