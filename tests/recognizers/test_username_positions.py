"""UsernamePositionsRecognizer, called directly (Presidio style): handles where platforms print them (signatures,
replies, message headers, reviews, matches, linked accounts, nicknames), only in a shape no word or name has.
All handles are invented."""

from __future__ import annotations

import pytest

RECOGNIZER = "username_positions"


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("explains a lot.\n\n— velvet.wolf\n", ["velvet.wolf"]),
        ("  ↳ reply from milo_lazy16: Build the tree back to 1850", ["milo_lazy16"]),
        ("From: ShadowStorm\nTo: PickleKiwi\nSubject: possible cousin?", ["ShadowStorm", "PickleKiwi"]),
        ('★★★★★ "Brilliant"\nby MellowEcho · Sandy Bay\n', ["MellowEcho"]),
        ("★★★★☆ NoodleDark: Lovely seller, fast post", ["NoodleDark"]),
        ("Top match: ghost_sky20, 1,765 cM, predicted half sibling", ["ghost_sky20"]),
        ("top one is thepixel514 at 1,243 cM", ["thepixel514"]),
        (
            "Linked accounts (shared device): cherrytiger_, FoxEcho, tigerraven_\n",
            ["cherrytiger_", "FoxEcho", "tigerraven_"],
        ),
        ("jakis gosc o nicku StormNoodle namawia go na spotkanie", ["StormNoodle"]),
        ("[system] session reported by FrostViper884 (reason: child safety)", ["FrostViper884"]),
        ("Free to good home: rabbit hutch. Reply to sweetpixel2005 on the app.", ["sweetpixel2005"]),
        (
            '{"event": "report", "reporter": "sk8_boba_27", "target": "x", "to": "its.benjamin"}',
            ["sk8_boba_27", "its.benjamin"],
        ),
        ('- - [02/Jul/2023:17:55:30 +0100] "GET /users/xdieterx32/profile HTTP/1.1" 302', ["xdieterx32"]),
        ("Discord user ID 998188674550994127 left", ["998188674550994127"]),
        ("gw pppd[812]: PAP authentication succeeded for seo-yeon.jeong736", ["seo-yeon.jeong736"]),
        # a data download's followers (the account its link names, whatever its shape) and a chat's participants
        (
            '[{"value": "maricel.vil", "href": "https://www.blinkdating.com/maricel.vil", "timestamp": 1}]',
            ["maricel.vil"],
        ),
        ('{"participants": [{"name": "the_real_nour"}, {"name": "cagatay__ttv"}],', ["the_real_nour", "cagatay__ttv"]),
        ('{"sender_name": "xwesleyx634", "timestamp_ms": 1725674431000}', ["xwesleyx634"]),
        ('{"sender_name": "lilabena5", "content": "hi"}', ["lilabena5"]),  # a lower-case word and a digit
        ("內容：帳號jxyo_6287在Dcard上販賣", ["jxyo_6287"]),  # glued to "account" in Chinese
    ],
)
def test_finds_handles_where_platforms_print_them(find, text: str, handles: list[str]) -> None:  # noqa: ANN001
    assert [(e, v) for e, v, _ in find(text)] == [("USERNAME", h) for h in handles]


@pytest.mark.parametrize(
    "text",
    [
        "From: Olivia\nTo: support.team@example.com",  # a name, an e-mail address
        "Thanks,\n— Olivia",  # a signature with a name
        "— report_v2.pdf",  # a file
        "From: noreply.github.com",  # a web address
        "by JavaScript · 2020",  # a product's name run together
        "Top match: none yet",
        "reply from support: we are looking into it",
        # an organisation's accounts, a system account, an order's number, a record's date
        'created by release.bot; sshd: Accepted password for root; order ID 123456789012345678; "to": "2025-01-01"',
        # a link's text that is not the page it links to; a participant named in words
        '{"value": "Pricing", "href": "https://example.org/plans"}, {"participants": [{"name": "Olivia"}]}',
        '{"sender_name": "Katerina Kon", "content": "hi"}',  # a display name in words
    ],
)
def test_nothing_without_a_handles_shape(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
