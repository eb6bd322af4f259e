"""A handle the text already gave away in a profile's address is the same account wherever else it stands.

A platform's data export lists followers as `{"href": "https://www.instagram.com/dj_marco", "value": "dj_marco"}`,
an HTML page as `<a href="https://www.tiktok.com/@kiera09">kiera09</a>`, a report as "x.com/kiera09 … @kiera09 wrote":
once a profile's address names the handle, each other standing of that handle is a USERNAME, whatever its key or
context. Only handles the address itself gives (the address's own finding is the URL recognizer's).
"""

from __future__ import annotations

import re

from pii_pipeline.types import Span

# The handle in a profile's address: the path's first segment (or the segment after "@", "user/", "u/", "add/").
# (Sites of people's profiles only: a code host's or a video site's paths name projects and pages as often.)
_PROFILE = re.compile(
    r"(?i)(?<![\w.\-@])(?:https?://)?(?:www\.|m\.|mobile\.)?"
    r"(?:instagram\.com|tiktok\.com|twitter\.com|x\.com|facebook\.com|fb\.com|snapchat\.com/add|"
    r"reddit\.com/(?:user|u)|t\.me|twitch\.tv|youtube\.com/(?=@)|threads\.net|pinterest\.com|soundcloud\.com|"
    r"vk\.com|linkedin\.com/in|kick\.com|onlyfans\.com|patreon\.com)/?@?"
    r"(?P<h>[A-Za-z0-9_.][A-Za-z0-9_.\-]{2,39})(?=[/?#\"'<>\s)\],]|$)"
)
# Path segments that are a site's pages, not an account.
_NOT_HANDLES = frozenset(
    "about help explore p reel reels stories watch share intent home login signup search hashtag tags settings "
    "privacy terms legal policies accounts groups events pages marketplace messages notifications channel c user "
    "status i profile.php people watch?v".split()
)
PROPAGATED_HANDLE_SCORE = 0.8


def propagate_handles(text: str, spans: list[Span]) -> list[Span]:
    """`spans` and a USERNAME for each other standing of a handle a profile's address in `text` gives."""
    if "/" not in text or "." not in text:
        return spans
    handles = {m.group("h").rstrip(".") for m in _PROFILE.finditer(text)}
    handles = {h for h in handles if h.lower() not in _NOT_HANDLES and not h.isdigit() and len(h) >= 3}
    if not handles:
        return spans
    covered = [(s.start, s.end) for s in spans]
    extra = []
    for handle in sorted(handles, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w.\-/@])@?(" + re.escape(handle) + r")(?![\w\-/]|\.\w)", text):
            start, end = m.span(1)
            if any(a <= start and end <= b for a, b in covered):
                continue  # inside the address itself, or already found
            extra.append(Span("USERNAME", start, end, PROPAGATED_HANDLE_SCORE, "HandlePropagation"))
            covered.append((start, end))
    return spans + extra
