"""handles.propagate_handles: a handle a profile's address gives away is a USERNAME wherever else it stands."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.handles import propagate_handles
from pii_pipeline.types import Span


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in propagate_handles(text, []) if s.entity_type == "USERNAME"]


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ('{"href": "https://www.instagram.com/dj_marco_x", "value": "dj_marco_x", "timestamp": 1}', ["dj_marco_x"]),
        ('<a href="https://www.tiktok.com/@kiera09">kiera09</a> followed you', ["kiera09"]),
        ("x.com/kiera.lee posted it; later @kiera.lee deleted it.", ["kiera.lee"]),
        ("reddit.com/user/throwaway_991 then throwaway_991 replied", ["throwaway_991"]),
    ],
)
def test_other_standings_of_an_address_handle(text: str, handles: list[str]) -> None:
    assert _found(text) == handles


@pytest.mark.parametrize(
    "text",
    [
        "See https://x.com/home and the home page",  # a site's page, no account
        "https://www.instagram.com/p/Cx12abc/ and p",
        "instagram.com/kiera09",  # the address alone: the URL recognizer's
        "kiera09 wrote, but no address names her",
        "https://www.instagram.com/kiera09 and kiera09x",  # a longer word is another
    ],
)
def test_nothing_else_is_a_handle(text: str) -> None:
    assert _found(text) == []


def test_a_found_span_is_not_reported_twice() -> None:
    text = 'https://www.instagram.com/kiera09 "value": "kiera09"'
    start = text.rindex("kiera09")
    spans = [Span("USERNAME", start, start + 7, 0.9, "UsernameRecognizer")]
    assert propagate_handles(text, spans) == spans


@pytest.mark.parametrize(
    "text",
    [
        "Shared via dropbox.com/scl/fi/abc then scl notes",  # "x.com" inside another domain is no profile
        "Code at github.com/microsoft/vscode; microsoft ships it",  # a code host's paths name projects
    ],
)
def test_no_profile_inside_other_addresses(text: str) -> None:
    assert _found(text) == []
