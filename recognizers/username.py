"""User names and handles: @handle, "screen name X", "user X", "on Discord/Snapchat/... as X"."""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs, screen_text, screen_words

from ._names import ENGLISH_WORDS as _COMMON
from ._recognizer_helpers import ScreenedPatternsRecognizer, pattern_spans

_APPS = (
    r"Discord|Snapchat|Snap|Instagram|IG|Insta|TikTok|Tik\s?Tok|Roblox|Kik|Facebook|FB|Messenger|Twitter|X|Reddit|"
    r"Telegram|WhatsApp|Signal|Twitch|Xbox(?:\s+Live)?|PSN|PlayStation|Steam|Minecraft|Fortnite|Omegle|Wizz|Yubo|"
    r"Tumblr|Pinterest|YouTube|Threads|Skype|Zoom|Line|WeChat|Grindr|Tinder|Bumble|Hinge|Whisper|MeetMe|Monkey|"
    r"Among\s+Us|Fortnite|Epic|Twitter/X|GitHub|Venmo|Cash\s?App|Pay[Pp]al|OnlyFans|Linktree|Mastodon|Bluesky|VSCO|"
    r"BeReal|Hoop|LiveMe|Bigo|Likee|Triller|Twitch"
)


def _by_first_letter(names: str) -> str:
    """The same alternation with its branches grouped by first letter ("D(?:iscord)|S(?:napchat|nap|...)"): the
    engine then tries one group at each word, not every name. Names are matched case-sensitively, so only the group
    of the text's letter can match, and within it the names keep their order: the same name matches."""
    by_letter: dict[str, list[str]] = {}
    for name in names.split("|"):  # no name holds a "|" of its own
        by_letter.setdefault(name[0], []).append(name[1:])
    return "|".join(letter + "(?:" + "|".join(rest) + ")" for letter, rest in by_letter.items())


_APPS_GROUPED = _by_first_letter(_APPS)
# A handle: letters, digits, _ . - ; 2-32 long; not a plain English word on its own (checked below).
_HANDLE = r"@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_]"
# The same, lower-case (for the patterns run case-sensitively on the text's screened form, see `_ON_SCREENED`).
_HANDLE_LOWER = r"@?[a-z0-9_][a-z0-9_.\-]{1,31}[a-z0-9_]"
_STRONG_LEAD = r"(?:screen\s*name|user\s*name|username|user\s*id|handle|gamertag|gamer\s*tag|display\s*name|ign)"
_WEAK_LEAD = r"(?:user|nick(?:name)?|alias|account|profile|id|tag|snap)"
_STOP = frozenset(
    "the a an and or but is was are were be been his her their my your our its this that on in at as of to for by "
    "with from account profile name named called who which he she they it him them me us you i not no said says "
    "named messaged message messages chat chats app".split()
)

# On top of each pattern's screen: a platform name, for the patterns that name one (it is a whole word of the text);
# a lead word (or the last word of a lead phrase) as a whole word: a lead with a word character right after it
# only ever gives a value glued to it ("identity"), which `candidates` drops.
# Every name in _APPS, as the words a text holds where one of them matches.
_APP_SCREEN = needs(
    words="among bereal bigo bluesky bumble discord epic facebook fb fortnite github grindr hinge hoop ig insta "
    "instagram kik likee line linktree liveme mastodon meetme messenger minecraft monkey omegle onlyfans "
    "paypal pinterest playstation psn reddit roblox signal skype snap snapchat steam telegram threads tinder "
    "triller tumblr twitch twitter venmo vsco wechat whatsapp whisper wizz x youtube yubo zoom",
    substrings="cash tik twitter/x xbox",
)
_NEEDS_APP = frozenset({"app_as", "goes_by_on", "handle_on_app"})
_NEEDS_WORDS = {
    "lead_strong": frozenset("screenname username name userid id handle gamertag tag displayname ign".split()),
    "lead_weak": frozenset("user nick nickname alias account profile id tag snap".split()),
    "handle_on_app": frozenset({"on"}),
}
# Patterns with only lower-case letters, run without IGNORECASE on the text's screened form (prescreen.screen_text:
# each character one character, and matching these patterns' characters exactly where the text's matched them
# case-insensitively; checked over every code point): the same matches, about twice as fast.
_ON_SCREENED = frozenset({"lead_strong", "lead_weak"})


def _handle_shaped(value: str) -> bool:
    """Digits, separators or inner capitals: a handle, not a word or a first name."""
    return any(ch.isdigit() or ch in "_.-" for ch in value) or any(ch.isupper() for ch in value[1:])


class UsernameRecognizer(ScreenedPatternsRecognizer):
    ENTITY = "USERNAME"
    # Per pattern, what every match holds (detection/prescreen.py): a pattern is not run on a text without it.
    PATTERN_SCREENS = {
        "at_handle": needs(substrings="@"),
        "lead_strong": needs(substrings="display gamer handle ign screen user"),
        "lead_weak": needs(substrings="account alias id nick profile snap tag user"),
        "app_as": needs(words="as called is named under was", substrings="( - : ="),
        "goes_by_on": needs(words="by"),
        "goes_by": needs(words="calls goes went"),
    }
    PATTERNS = [
        # @name (not an e-mail: nothing word-like right before the @).
        ("at_handle", r"(?<![\w.@+\-/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?(?![\w@])", 0.9),
        # "screen name SkaterKid09", "username: j.doe_77"
        (
            "lead_strong",
            r"\b"
            + _STRONG_LEAD
            + r"(?:\s+(?:is|was|of|=))?\s*[:\-=]?\s*[\"'“‘(]?(?P<v>"
            + _HANDLE_LOWER
            + r")[\"'”’)]?",
            0.9,
        ),
        # "user bluefox77", "account kay_22": weaker words, so the value must look like a handle.
        (
            "lead_weak",
            r"\b" + _WEAK_LEAD + r"(?:\s+(?:is|was|of|=))?\s*[:\-=]?\s*[\"'“‘(]?(?P<v>" + _HANDLE_LOWER + r")[\"'”’)]?",
            0.85,
        ),
        # "on Discord as xXslayerXx", "Snapchat: kay.lee", "TikTok account lil_j", "on Kik (user jo)"
        (
            "app_as",
            r"\b(?-i:"
            + _APPS_GROUPED
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
            r"\b(?:goes|went|go)\s+by\s+(?P<v>" + _HANDLE + r")(?=\s+on\s+(?-i:" + _APPS_GROUPED + r")\b)",
            0.9,
        ),
        # "MysticPrince135 on Minecraft": a handle-shaped word (checked below) right before a platform.
        # (The first lookahead only saves time: a handle is one run of 3-34 non-space characters before " on ".)
        (
            "handle_on_app",
            r"(?<![\w@.])(?=(?>\S{3,34})\s+on\s)(?P<v>" + _HANDLE + r")(?=\s+on\s+(?-i:" + _APPS_GROUPED + r")\b)",
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
    _screened_rx: dict[str, re.Pattern[str]] | None = None

    def load(self) -> None:
        super().load()
        cls = type(self)
        if cls.__dict__.get("_screened_rx") is None:
            cls._screened_rx = {name: re.compile(rx, 0) for name, rx, _ in cls.PATTERNS if name in _ON_SCREENED}

    def _matches(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """The patterns' values, each pattern run only where its screens pass (see `_NEEDS_WORDS`)."""
        lowered = screen_text(text)
        words = screen_words(lowered)
        apps = None
        for (name, rx, score), screen in zip(self._compiled or [], self._screens or [], strict=True):
            if screen is not None and not screen.passes(lowered, words):
                continue
            need = _NEEDS_WORDS.get(name)
            if need is not None and need.isdisjoint(words):
                continue
            if name in _NEEDS_APP:
                if apps is None:
                    apps = _APP_SCREEN is None or _APP_SCREEN.passes(lowered, words)
                if not apps:
                    continue
            if name in _ON_SCREENED:
                yield from pattern_spans(name, (self._screened_rx or {})[name], score, lowered)
            else:
                yield from pattern_spans(name, rx, score, text)

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        yield from _chat_speakers(text)
        yield from _typed_alone(text)
        for name, start, end, score in self._matches(text):
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


# --- Chat transcripts ---------------------------------------------------------------------------------------
# The speaker handle that opens each line of a pasted chat: "kid22: hey", "[12:03] skater_j: hi", "<jo.w> ok",
# "12:03 PM - mia_x: lol", "[chat] jo_x: hi" (a tag). A transcript has two lines of that shape or more (one line
# "Note: …" is a label), unless a time stamp or angle brackets make one line a chat line.
_TIME = (
    r"(?:\[[^\]\n]{0,12}\d:\d\d[^\]\n]{0,12}\][ \t]*|"
    r"\(?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?\)?[ \t]*(?:-[ \t]*)?)"
)
_CHAT_LINE = re.compile(
    r"^[ \t]*(?:\[[A-Za-z][\w \-]{0,15}\][ \t]*)?(?P<time>" + _TIME + r")?"
    r"(?:<(?P<angled>@?[\w.\-]{2,32})>|(?P<plain>@?[\w.\-]{2,32})"
    r"(?:[ \t]*\([^)\n]{1,20}\))?[ \t]*:)(?=[ \t]+\S)",
    re.MULTILINE,
)
# Speakers that are roles, labels or the platform itself, not someone's handle.
_NOT_HANDLES = frozenset(
    """mod mods moderator admin administrator system bot staff agent counselor counsellor helper operator support
    me you them him her anon anonymous unknown user guest caller reporter volunteer note notes name phone email
    mail dob date time subject from to cc re address tel fax mobile cell summary message msg text chat reply
    answer question q a status priority type category source notes comment comments update details info
    http https ps nb fyi warning error e-mail email e-mails emails ssn dl id dob d.o.b zip city state country
    street home work office url website web site link account acct card iban bank routing fax pager when where
    what who why how which""".split()
)


def _chat_speakers(text: str) -> Iterator[tuple[str, int, int, float]]:
    if ":" not in text and "<" not in text:
        return
    lines = list(_CHAT_LINE.finditer(text))
    if len(lines) < 2 and not any(m.group("time") or m.group("angled") for m in lines):
        return
    for m in lines:
        group = "angled" if m.group("angled") else "plain"
        value = m.group(group)
        plain = value.lstrip("@")
        if plain.casefold() in _NOT_HANDLES or plain.casefold() in _STOP or plain.isdigit():
            continue
        if not m.group("time") and not m.group("angled") and len(lines) < 2:
            continue
        # Handle-shaped or lower case: a handle. A capitalised word ("Maria: hi") is left to the name recognizers.
        if not (_handle_shaped(plain) or plain.islower()):
            continue
        # A plain lower-case word ("tracy: hi") may be a first name: a name recognizer's finding then wins.
        yield "chat_speaker", m.start(group), m.end(group), 0.8 if _handle_shaped(plain) else 0.65


# A handle typed alone after "add me", "my login", "my snap is", "hmu on insta": "add me: skater_j", "my login jo99".
_ALONE = re.compile(
    r"\b(?i:(?:(?:add|follow|dm|message|msg|hmu|find|text|snap|friend)[ \t]+me|hmu)(?:[ \t]+(?:on|at)[ \t]+\w++)?|"
    r"my[ \t]+(?:login|log[ \t]*in|user[ \t]*name|username|user|handle|snap(?:chat)?|sc|insta(?:gram)?|ig|"
    r"tiktok|tt|discord|kik|xbox|psn|steam|roblox|gamertag|gt|acc(?:ount)?|twitter|x|telegram|tg|wechat|line|"
    r"skype|ps|switch(?:[ \t]+code)?|fortnite|epic|twitch|reddit|threads))(?![\w'’\-])"
    r"(?:[ \t]+(?i:is|=|was|its|it'?s))?[ \t]*[:=\-]?[ \t]*[\"'“‘]?"
    r"(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_](?:#\d{4}(?!\d))?)"  # "nightowl#4821": a Discord tag
)


def _typed_alone(text: str) -> Iterator[tuple[str, int, int, float]]:
    for m in _ALONE.finditer(text):
        value = m.group("v").lstrip("@")
        folded = value.casefold()
        if folded in _STOP or folded in _NOT_HANDLES or folded in _LEAD_WORDS or len(value) < 3:
            continue
        if value.isalpha() and (folded in _COMMON or not value.islower()) and not _handle_shaped(value):
            continue  # "add me back", "my login Details": words
        yield "typed_alone", m.start("v"), m.end("v"), 0.8


_LEAD_WORDS = frozenset("on at is was pls please plz back now later too again asap here there".split())
