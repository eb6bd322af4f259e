"""USERNAME by a handle's shape alone, called directly (Presidio style): "xX … Xx" tags, Discord discriminators,
names opened and closed by underscores; not masks, tickets, dunders or markdown."""

from __future__ import annotations

import pytest

RECOGNIZER = "username_shape"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("su hija Carlos (9) recibe mensajes de xX_toxic_Xx.", "xX_toxic_Xx"),
        ("Accounts: KakaoTalk xXStormGamerXx, email on file", "xXStormGamerXx"),
        ("Secrets revoked. Author: xx_frosty_xx.", "xx_frosty_xx"),
        ("Madison Sutton\tfairycreeper#3722\tf00tb@ll204", "fairycreeper#3722"),
        ("bobaxo#5240: 11 u?", "bobaxo#5240"),
        ("_creeper_dragon_ told me to give him my mums card", "_creeper_dragon_"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert [(e, v) for e, v, _ in find(text)] == [("USERNAME", value)]
    assert all(0.6 <= s <= 1.0 for _, _, s in find(text))


@pytest.mark.parametrize(
    "text",
    [
        "Card: xxxx xxxx xxxx 1234; token xxxxxxxxxxxxxxxx; ref XXXXXX",  # a mask's placeholder
        "see ticket#1234, PR#2041 and Issue#1234",  # a thing's number
        "the __init__ method; a _very_ important note",  # Python's dunders, markdown's emphasis
        "sizes: XXL, xx-large; 20 x 30",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
