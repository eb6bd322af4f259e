"""User names and handles: @handle, "screen name X", "user X", "on Discord/Snapchat/... as X"."""

import sys
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from collections.abc import Iterator

from _recognizer_helpers import ScreenedPatternsRecognizer  # noqa: E402

_APPS = (
    r"Discord|Snapchat|Snap|Instagram|IG|Insta|TikTok|Tik\s?Tok|Roblox|Kik|Facebook|FB|Messenger|Twitter|X|Reddit|"
    r"Telegram|WhatsApp|Signal|Twitch|Xbox(?:\s+Live)?|PSN|PlayStation|Steam|Minecraft|Fortnite|Omegle|Wizz|Yubo|"
    r"Tumblr|Pinterest|YouTube|Threads|Skype|Zoom|Line|WeChat|Grindr|Tinder|Bumble|Hinge|Whisper|MeetMe|Monkey|"
    r"Among\s+Us|Fortnite|Epic|Twitter/X|GitHub|Venmo|Cash\s?App|Pay[Pp]al|OnlyFans|Linktree|Mastodon|Bluesky|VSCO|"
    r"BeReal|Hoop|LiveMe|Bigo|Likee|Triller|Twitch"
)
# A handle: letters, digits, _ . - ; 2-32 long; not a plain English word on its own (checked below).
_HANDLE = r"@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_]"
_STRONG_LEAD = r"(?:screen\s*name|user\s*name|username|user\s*id|handle|gamertag|gamer\s*tag|display\s*name|IGN)"
_WEAK_LEAD = r"(?:user|nick(?:name)?|alias|account|profile|id|tag|snap)"
_STOP = frozenset(
    "the a an and or but is was are were be been his her their my your our its this that on in at as of to for by "
    "with from account profile name named called who which he she they it him them me us you i not no said says "
    "named messaged message messages chat chats app".split()
)


def _handle_shaped(value: str) -> bool:
    """Digits, separators or inner capitals: a handle, not a word or a first name."""
    return any(ch.isdigit() or ch in "_.-" for ch in value) or any(ch.isupper() for ch in value[1:])


class UsernameRecognizer(ScreenedPatternsRecognizer):
    ENTITY = "USERNAME"
    PATTERNS = [
        # @name (not an e-mail: nothing word-like right before the @).
        ("at_handle", r"(?<![\w.@+\-/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?(?![\w@])", 0.9),
        # "screen name SkaterKid09", "username: j.doe_77"
        (
            "lead_strong",
            r"\b" + _STRONG_LEAD + r"(?:\s+(?:is|was|of|=))?\s*[:\-=]?\s*[\"'“‘(]?(?P<v>" + _HANDLE + r")[\"'”’)]?",
            0.9,
        ),
        # "user bluefox77", "account kay_22": weaker words, so the value must look like a handle.
        (
            "lead_weak",
            r"\b" + _WEAK_LEAD + r"(?:\s+(?:is|was|of|=))?\s*[:\-=]?\s*[\"'“‘(]?(?P<v>" + _HANDLE + r")[\"'”’)]?",
            0.85,
        ),
        # "on Discord as xXslayerXx", "Snapchat: kay.lee", "TikTok account lil_j", "on Kik (user jo)"
        (
            "app_as",
            r"\b(?-i:"
            + _APPS
            + r")(?:\s+(?:"
            + _STRONG_LEAD
            + "|"
            + _WEAK_LEAD
            + r"))?\s*(?:\s(?:as|is|was|named|called|"
            r"under|=)\s+|[:\-=]\s*|\s+\((?:user|as)?\s*)[\"'“‘(]?(?P<v>" + _HANDLE + r")[\"'”’)]?",
            0.9,
        ),
        # "also goes by lildragon_417 on Roblox": the platform that follows makes it a handle.
        (
            "goes_by_on",
            r"\b(?:goes|went|go)\s+by\s+(?P<v>" + _HANDLE + r")(?=\s+on\s+(?-i:" + _APPS + r")\b)",
            0.9,
        ),
        # "MysticPrince135 on Minecraft": a handle-shaped word (checked below) right before a platform.
        # (The first lookahead only saves time: a handle is one run of 3-34 non-space characters before " on ".)
        (
            "handle_on_app",
            r"(?<![\w@.])(?=(?>\S{3,34})\s+on\s)(?P<v>" + _HANDLE + r")(?=\s+on\s+(?-i:" + _APPS + r")\b)",
            0.8,
        ),
        (
            "goes_by",
            r"\b(?:goes\s+by|went\s+by|calls\s+(?:himself|herself|themself|themselves))\s+[\"'“‘](?P<v>"
            + _HANDLE
            + r")[\"'”’]",
            0.9,
        ),
    ]
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for name, start, end, score in super().candidates(text):
            value = text[start:end].lstrip("@")
            if value.casefold() in _STOP or len(value) < 3 or text.startswith("/", end):
                continue  # a word, or the domain of a URL ("www.tiktok.com/@x")
            if name.startswith("lead") and text[start - 1 : start].isalnum():
                continue  # "user123: hey" is one word, not the label "user" and the handle "123"
            if value.isdigit() and len(value) > 6:
                continue  # a long number after "id" is an identifier of another kind
            if name == "lead_weak" and value.isalpha() and (value.islower() or value.istitle() or value.isupper()):
                continue  # "user account", "profile picture", "ID (ITIN)"
            if name in ("lead_strong", "app_as") and value.isupper() and value.isalpha():
                continue
            if name == "handle_on_app" and not _handle_shaped(value):
                continue  # "him on Discord", "Maria on Instagram"
            yield name, start, end, score
