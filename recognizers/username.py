"""User names and handles: @handle, "screen name X", "user X", "on Discord/Snapchat/... as X"."""

import sys
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import ContextRegexRecognizer  # noqa: E402

_APPS = (
    r"Discord|Snapchat|Snap|Instagram|IG|Insta|TikTok|Tik\s?Tok|Roblox|Kik|Facebook|FB|Messenger|Twitter|X|Reddit|"
    r"Telegram|WhatsApp|Signal|Twitch|Xbox(?:\s+Live)?|PSN|PlayStation|Steam|Minecraft|Fortnite|Omegle|Wizz|Yubo|"
    r"Tumblr|Pinterest|YouTube|Threads|Skype|Zoom|Line|WeChat|Grindr|Tinder|Bumble|Hinge|Whisper|MeetMe|Monkey|"
    r"Among\s+Us|Fortnite|Epic|Twitter/X|GitHub|Venmo|Cash\s?App|Pay[Pp]al|OnlyFans|Linktree|Mastodon|Bluesky|VSCO|"
    r"BeReal|Hoop|LiveMe|Bigo|Likee|Triller|Twitch"
)
# A handle: letters, digits, _ . - ; 2-32 long; not a plain English word on its own (checked below).
_HANDLE = r"@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_]"
_LEAD = (
    r"(?:screen\s*name|user\s*name|username|user\s*id|user|handle|gamertag|gamer\s*tag|display\s*name|nick(?:name)?|"
    r"alias|account|profile|id|tag|snap|IGN)"
)
_STOP = frozenset(
    "the a an and or but is was are were be been his her their my your our its this that on in at as of to for by "
    "with from account profile name named called who which he she they it him them me us you i not no said says "
    "named messaged message messages chat chats app".split()
)


class UsernameRecognizer(ContextRegexRecognizer):
    ENTITY = "USERNAME"
    PATTERNS = [
        # @name (not an e-mail: nothing word-like right before the @).
        ("at_handle", r"(?<![\w.@+\-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?(?![\w@])", 0.9),
        # "screen name SkaterKid09", "username: j.doe_77", "user bluefox"
        (
            "lead_word",
            r"\b" + _LEAD + r"(?:\s+(?:is|was|of|=))?\s*[:\-=]?\s*[\"'“‘(]?(?P<v>" + _HANDLE + r")[\"'”’)]?",
            0.9,
        ),
        # "on Discord as xXslayerXx", "Snapchat: kay.lee", "her Instagram @x", "TikTok account lil_j"
        (
            "app_as",
            r"\b(?-i:"
            + _APPS
            + r")(?:\s+(?:"
            + _LEAD
            + r"))?\s*(?:\s(?:as|is|was|named|called|under|=)\s+|[:\-=]\s*|\s+)"
            r"[\"'“‘(]?(?P<v>" + _HANDLE + r")[\"'”’)]?",
            0.9,
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

    def validate_result(self, pattern_text: str) -> bool | None:
        value = pattern_text.lstrip("@")
        if value.casefold() in _STOP or len(value) < 3:
            return False
        # "user account", "profile picture": a plain lowercase dictionary-like word needs a digit, _ or . or
        # mixed case to look like a handle, unless it was written with an @.
        if not pattern_text.startswith("@") and value.isalpha() and (value.islower() or value.istitle()):
            return False
        if value.isdigit() and len(value) > 6:
            return False  # a long number after "id" is an identifier of another kind
        return None
