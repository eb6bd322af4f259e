"""User names and handles: @handle, "screen name X", "user X", "on Discord/Snapchat/... as X"."""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs, screen_text, screen_words

from ._chat import CLOCK, DATE, NOT_AUTHORS
from ._names import ENGLISH_WORDS as _COMMON
from ._names import (
    FIRST_NAMES_ALL,
    LAST_NAMES_ALL,
    ORG_WORDS,
    dictionary_word,
    inflected_english,
    is_noun,
    schema_value,
)
from ._recognizer_helpers import ScreenedPatternsRecognizer, line_of, pattern_spans
from ._tables import column_cells

_APPS = (
    r"Discord|Snapchat|Snap|Instagram|IG|Insta|TikTok|Tik\s?Tok|Roblox|Kik|Facebook|FB|Messenger|Twitter|X|Reddit|"
    r"Telegram|WhatsApp|Signal|Twitch|Xbox(?:\s+Live)?|PSN|PlayStation|Steam|Minecraft|Fortnite|Omegle|Wizz|Yubo|"
    r"Tumblr|Pinterest|YouTube|Threads|Skype|Zoom|Line|WeChat|Grindr|Tinder|Bumble|Hinge|Whisper|MeetMe|Monkey|"
    r"Among\s+Us|Fortnite|Epic|Twitter/X|GitHub|Venmo|Cash\s?App|Pay[Pp]al|OnlyFans|Linktree|Mastodon|Bluesky|VSCO|"
    r"BeReal|Hoop|LiveMe|Bigo|Likee|Triller|Twitch|Lichess|Chess\.com|Wink|Wattpad|Amino|VK|Kick|Rec\s?Room|"
    r"Habbo|Zepeto|Weverse"
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
_APP_NAME = re.compile(r"(?i:" + _APPS + r")")


def platform_name(word: str) -> bool:
    """Whether `word` is a platform's or an app's name ("GitHub", "tiktok", "Cash App"), in any case."""
    return _APP_NAME.fullmatch(word) is not None


# Platform names that are no English word, as chats type them: "my discord is …", "snap: …".
_APPS_LOWER = (
    "discord|snapchat|snap|instagram|insta|ig|tiktok|roblox|kik|telegram|whatsapp|twitch|xbox|psn|minecraft|"
    "fortnite|reddit|twitter|facebook|fb|skype|wechat|vsco|yubo|wizz|omegle|steam|threads|bluesky|lichess|wink|"
    "wattpad|amino|vk|habbo|zepeto"
)
# A handle: letters, digits, _ . - ; 2-32 long; not a plain English word on its own (checked below).
_HANDLE = r"@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_]"
# The same, lower-case (for the patterns run case-sensitively on the text's screened form, see `_ON_SCREENED`).
_HANDLE_LOWER = r"@?[a-z0-9_][a-z0-9_.\-]{1,31}[a-z0-9_]"
_STRONG_LEAD = (
    r"(?:screen\s*name|user\s*name|username|user\s*id|handle|gamertag|gamer\s*tag|display\s*name|ign|"
    r"log-?\s?in(?:\s*(?:id|name))?|user\s*/\s*pass(?:word)?)"
)
# ("profile" in Italian, Spanish and Portuguese, German, French and Polish, Dutch: "profilo ivan.bel89")
_WEAK_LEAD = (
    r"(?:user|nick(?:name)?|alias|account|profile|profilo|perfil|profil|profiel|snap|player|streamer|gamer|poster|"
    r"sender|channel)"
)
# What people do to each other on a platform, and a moderator to them: the word after it is a handle when it has a
# handle's digits or separators ("contacted glitchhex5", "a message from yeet__fox", "identified as onyx.neon2012").
_ACT_LEAD = (
    r"(?:member|speaker|recipient|contacted|messaged|dm(?:ed|'d)|texted|blocked|banned|warned|muted|kicked|"
    r"befriended|identified\s+as|(?:messages?|msgs?|dms?|texts?|snaps?)\s+from|request\s+from)"
)
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
    "triller tumblr twitch twitter venmo vsco wechat whatsapp whisper wizz x youtube yubo zoom lichess chess wink "
    "wattpad amino vk kick rec habbo zepeto weverse",
    substrings="cash tik twitter/x xbox",
)
_NEEDS_APP = frozenset({"app_as", "goes_by_on", "handle_on_app", "app_then_handle"})
_NEEDS_WORDS = {
    "lead_strong": frozenset(
        "screenname username name userid id handle gamertag tag displayname ign login log in user pass password".split()
    ),
    "lead_weak": frozenset(
        "user nick nickname alias account profile profilo perfil profil profiel snap player streamer gamer poster "
        "sender channel".split()
    ),
    "lead_act": frozenset(
        "member speaker recipient contacted messaged dmed dm'd texted blocked banned warned muted kicked befriended "
        "identified message messages request msg msgs dm dms text texts snap snaps".split()
    ),
    "handle_on_app": frozenset({"on", "from", "via"}),
}
# Patterns with only lower-case letters, run without IGNORECASE on the text's screened form (prescreen.screen_text:
# each character one character, and matching these patterns' characters exactly where the text's matched them
# case-insensitively; checked over every code point): the same matches, about twice as fast.
_ON_SCREENED = frozenset({"lead_strong", "lead_weak", "lead_act"})


def _handle_shaped(value: str) -> bool:
    """Digits, separators or inner capitals (in mixed case: "SKU" is an abbreviation): a handle, not a word or a
    first name."""
    return any(ch.isdigit() or ch in "_.-" for ch in value) or (
        any(ch.isupper() for ch in value[1:]) and not value.isupper()
    )


# Values shaped like codes, not handles: a ticket key ("ACME-1234"), a version ("v2.1"), a quarter or a grid cell
# ("Q3"), a number or a date, a hex digest, a UUID, a field name ("order_id", "sku_code").
_CODE_LIKE = re.compile(
    r"(?-i:(?=[A-Z\d\-_#]*\d)(?=[A-Z\d\-_#]*[A-Z])[A-Z\d][A-Z\d\-_#]*)|\d{1,2}(?::\d\d)?[ap]m|[vV]?\d+(?:\.\d+)+[\w\-]*|[A-Za-z]\d{1,2}|[\d\W_]+|"
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"
    r"[a-z]+(?:_[a-z]+)*_(?:id|code|no|num|number|date|name|type|status|key|count|total|amount|price|qty|ref|sku)|"
    # a locale: "tr_TR", "de_DE.UTF-8"
    r"(?-i:[a-z]{2,3}_[A-Z]{2}(?:\.[\w\-]+)?)",
    re.IGNORECASE,
)
_HEX = re.compile(r"[0-9a-f]{7,64}", re.IGNORECASE)
# A hash's or a checksum's algorithm, a colon (or "=") and its hex digest ("sha256:70a3…", "crc32: cbf43926", a pip
# lock file's "--hash=sha256:…"): the name says what the digest is, and neither is anyone's handle. Lower case: it
# is matched on the text's screened form.
_DIGEST = re.compile(
    r"(?<![a-z0-9])(?:md[245]|sha-?(?:1|224|256|384|512)(?:[/_-](?:224|256))?|sha3[-_]?(?:224|256|384|512)|"
    r"shake(?:128|256)|blake2[bs]p?(?:-?\d{2,3})?|blake3|ripemd-?160|crc-?(?:16|32c?|64)|adler-?32|"
    r"xxh(?:32|64|128|3)|xxhash(?:32|64|128)?|murmur(?:hash)?3|sm3|whirlpool|fnv-?1a?(?:-?\d{2,3})?)"
    r"[ \t]*[:=][ \t]*[0-9a-f]{8,}(?![0-9a-z])"
)


# The last part of a domain or a file name: "by example.com", "by config.yaml" name no person.
_NOT_HANDLE_ENDINGS = frozenset(
    """com org net io co uk de fr gov edu info biz app dev ai py js ts json yaml yml txt csv log md html xml pdf png jpg
    exe sh cfg ini conf zip gz tar sql doc docx xls xlsx""".split()
)


_TEAM_PARTS = frozenset("team ops bot bots service support admin system desk group dept devops qa helpdesk".split())


def _file_or_domain(value: str) -> bool:
    """A file's or a domain's name ("main.py", "example.com"), by its last part."""
    return value.rsplit(".", 1)[-1] in _NOT_HANDLE_ENDINGS


def _by_handle(value: str) -> bool:
    """Whether a lower-case word after "by", "Author:" or "Approved" is a person's login: a handle's shape, not a
    version, a code, a domain or a file, nor words of a schema or a service ("by ops_team", "by svc_backup")."""
    if _code_like(value) or _file_or_domain(value):
        return False
    if value.casefold() in _DEFAULT_ACCOUNTS or value.casefold().startswith(_SERVICE_PREFIXES):
        return False
    parts = [p for p in re.split(r"[._\d]+", value) if p]
    if any(p in _TEAM_PARTS for p in parts):
        return False  # "by ops_team", "by release.bot": a team's or a bot's account
    if value.isalpha():
        # A plain word is a login in the shape of an initial and a surname ("checked by pkowalski", "jsmith"); not
        # a word or a brand ("by hand", "by wordpress").
        return value[1:] in LAST_NAMES_ALL and not (value in _COMMON or is_noun(value))
    return not all(p in _COMMON for p in parts)


def _plain_handle(value: str) -> bool:
    """A handle of letters only, as chats type them ("angelwolf", "stormmoon"): lower case, five letters or more, and
    no English word, inflected word or name of the name lists ("maria on instagram" is a person)."""
    folded = value.casefold()
    return (
        value.islower()
        and value.isalpha()
        and len(value) >= 5
        and folded not in _COMMON
        and not is_noun(folded)
        and not inflected_english(folded)
        and not dictionary_word(folded)
        and folded not in FIRST_NAMES_ALL
        and folded not in LAST_NAMES_ALL
    )


def _code_like(value: str) -> bool:
    """A code, a number or a hash (see `_CODE_LIKE`); a hex digest from 7 characters, two digits and two letters
    ("abc123" and "beef" are handles)."""
    if _CODE_LIKE.fullmatch(value):
        return True
    if _HEX.fullmatch(value):
        letters = sum(c.isalpha() for c in value)
        return letters >= 2 and len(value) - letters >= 2
    return False


DISPLAY_WORDS_SCORE = 0.55
_DISPLAY_BEFORE = re.compile(r"(?i)display[ \t_\-]*name[\"'>]?[ \t]*[:=]?[ \t]*[\"']?$")


def _in_words(value: str) -> bool:
    """Capitalised words of letters ("Efua Asante", "Kiki", "Jean-Luc"), no handle's digits or separators."""
    words = value.replace("-", " ").split()
    return bool(words) and all(w[:1].isupper() and w.isalpha() for w in words)


class UsernameRecognizer(ScreenedPatternsRecognizer):
    ENTITY = "USERNAME"
    # Per pattern, what every match holds (detection/prescreen.py): a pattern is not run on a text without it.
    PATTERN_SCREENS = {
        "at_handle": needs(substrings="@"),
        "lead_strong": needs(substrings="display gamer handle ign screen user log"),
        "lead_weak": needs(
            substrings="account alias nick profil profiel perfil snap user player streamer gamer poster sender channel"
        ),
        "lead_act": needs(
            substrings="member speaker recipient contacted messaged dmed dm'd texted blocked banned warned muted "
            "kicked befriended identified message request msg dm text snap"
        ),
        "reddit_user": needs(substrings="u/"),
        "called_after": needs(substrings="라는 라고 という って adli isimli"),  # (screened: "ı" reads "i")
        "foreign_app": needs(
            substrings="телег телеграм вк инст ватсап дискорд טלגרם אינסטגרם וואטסאפ 微信 qq 加我 ライン インスタ line "
            "카톡 카카오톡 인스타 라인 디코 แอด ไลน์ ไอจี"
        ),
        "by_handle": needs(
            words="by author approver approved reviewer assignee assigned owner agent operator analyst moderator "
            "handler for"
        ),
        "app_as": needs(words="as called is named under was", substrings="( - : ="),
        "goes_by_on": needs(words="by"),
        "goes_by": needs(words="calls goes went"),
        "named_handle": needs(words="called named known by name handle alias online"),
        "app_lower": needs(words=_APPS_LOWER.replace("|", " ")),
    }
    PATTERNS = [
        # @name (not an e-mail: nothing word-like right before the @).
        # Hyphens inside too ("@prateek-dagar", GitHub's): cut there, the handle's rest would stay readable.
        ("at_handle", r"(?<![\w.@+\-/])@[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,37}[A-Za-z0-9_])?(?![\w@=]|-\w)", 0.9),
        # Staff and agents in tickets and logs: "checked by j.smith", "Author: ops_kim", "Approved mkowalski2",
        # "note by tlee4:" (a lower-case handle with a digit, a dot or an underscore; see `_by_handle`).
        (
            "by_handle",
            r"\b(?:(?:checked|set|blocked|approved|reviewed|closed|opened|created|updated|edited|reset|escalated|"
            r"assigned|signed|logged|verified|entered|added|removed|flagged|reported|submitted|handled|resolved|"
            r"note|notes|comment|comments|changed|done|made)[ \t]+by|by|author|approver|approved|reviewer|assignee|"
            r"assigned[ \t]+to|owner|agent|operator|analyst|moderator|handler|lease[ \t]+for)[ \t]*[:=]?[ \t]+"
            r"(?P<v>(?-i:[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]{2,}\d{1,4}|[a-z]{4,20}))(?![\w@\-]|\.\w)",
            0.8,
        ),
        # A platform named in another language, then the handle: "в телегу kay_22", "בטלגרם kay_22", "加我微信 kay_22",
        # "LINE教えて→ kay_22", "카톡 아이디 kay_22", "แอดไลน์มา kay_22" (a handle's shape: checked in `_found`).
        (
            "foreign_app",
            r"(?<![\w\-.])(?:телег(?:у|рам(?:е|м)?|а|е)|телеграм\w*|вк|вконтакте|инст(?:у|а|е|аграм\w*)|ватсап\w*|"
            r"дискорд\w*|טלגרם|בטלגרם|אינסטגרם|באינסטגרם|וואטסאפ|בוואטסאפ|微信号?|QQ号?|加我(?:微信|QQ)?|ライン|インスタ|"
            r"(?-i:LINE)(?:教えて|ID)?|카톡(?:[ \t]*아이디)?|카카오톡(?:[ \t]*아이디)?|인스타|라인(?:[ \t]*아이디)?|"
            r"디코|"
            r"แอด(?:ไลน์|ไอจี|เฟส)?(?:มา)?|ไลน์|ไอจี)"
            r"[ \t]*[:：→>\-]?[ \t]*(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_])(?![\w@])",
            0.85,
        ),
        # "called" after the handle, in languages that put it there: Korean "kitpixie__ 라는 guy", Japanese
        # "shadow_7 という人", Turkish "dark_wolf9 adlı hesap". A handle's digits or separators make it one.
        (
            "called_after",
            r"(?<![\w@.\-])(?P<v>@?(?=[A-Za-z0-9_.\-]*[0-9_.])[A-Za-z0-9_][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_])"
            r"[ \t]*(?:이라는|라는|라고|という|って|adlı|isimli|kullanıcı\s+adlı)",
            0.85,
        ),
        # Reddit's "u/throwaway_8812", the prefix with it (it says whose it is as much as the name).
        ("reddit_user", r"(?<![\w/.])u/[A-Za-z0-9_\-]{3,20}(?![\w\-/])", 0.9),
        # "screen name SkaterKid09", "username: j.doe_77"
        (
            "lead_strong",
            r"\b"
            + _STRONG_LEAD
            + r"[\"']?"  # a record's key in quotes: '"handle": "kenji_k"'
            # "username on the forum is …", "user name for the app: …"
            + r"(?:\s+(?:on|for|at|in)\s+(?:(?:the|my|his|her|their|that)\s+)?[a-z0-9]+(?=\s+(?:is|was)\s|\s*[:=]))?"
            + r"(?:\s+(?:is|was|of|=))?\s*[:\-=|]?\s*[\"'“‘(]?(?P<v>"
            + _HANDLE_LOWER
            + r")[\"'”’)]?",
            0.9,
        ),
        # "user bluefox77", "account kay_22": weaker words, so the value must look like a handle.
        (
            "lead_weak",
            r"\b"
            + _WEAK_LEAD
            + r"[\"']?(?:\s+(?:is|was|of|=))?\s*[:\-=]?\s*[\"'“‘(]?(?P<v>"
            + _HANDLE_LOWER
            + r")[\"'”’)]?",
            0.85,
        ),
        # "contacted glitchhex5", "a message from yeet__fox": a handle's digits or separators after an act
        (
            "lead_act",
            r"\b"
            + _ACT_LEAD
            + r"[ \t]*[:\-=]?[ \t]*[\"'“‘(]?(?P<v>(?=[a-z0-9_.\-]*[0-9_.])"
            + _HANDLE_LOWER
            + r")[\"'”’)]?",
            0.85,
        ),
        # "on Discord as xXslayerXx", "Snapchat: kay.lee", "TikTok account lil_j", "on Kik (user jo)"
        (
            "app_as",
            # (Not the end of a code: "Item TX-1656-X: Hugo Boss polo".)
            r"\b(?<![\-./])(?-i:"
            + _APPS_GROUPED
            + r")(?:\s+(?:"
            + _STRONG_LEAD
            + "|"
            + _WEAK_LEAD
            + r"))?\s*(?:\s(?:as|is|was|named|called|"
            # A dash with a space before or after it: "X-Api-Key", "X-ray" are words.
            r"under|=)\s+|[:=]\s*|(?<=\s)-\s*|-\s+|\s+\((?:user|as)?\s*)[\"'“‘(]?(?P<v>"
            + _HANDLE
            + r"(?:#\d{4}(?!\d))?)[\"'”’)]?",
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
            r"(?<![\w@.])(?=(?>\S{3,34})\s+(?:on|from|via)\s)(?P<v>"
            + _HANDLE
            + r")(?=\s+(?:on|from|via)\s+(?-i:"
            + _APPS_GROUPED
            + r")\b)",
            0.8,
        ),
        # "DM me on Snapchat wolfkitty52 or Telegram stormmoon.", "Accounts: Line the.real.tomasz, email …": the
        # platform, a space, and a handle's shape (or a lower-case word no dictionary or name list holds) ending there.
        (
            "app_then_handle",
            r"\b(?<![\-./])(?-i:" + _APPS_GROUPED + r")[ \t]+(?P<v>" + _HANDLE + r")(?=[ \t]*(?:[,;.)]\s|[,;)]|\.?$|"
            r"\n|[ \t]+(?:or|and|/)\b))",
            0.8,
        ),
        (
            "goes_by",
            r"\b(?:goes\s+by|went\s+by|calls\s+(?:himself|herself|themself|themselves))\s+[\"'“‘](?P<v>"
            + _HANDLE
            + r")[\"'”’]",
            0.9,
        ),
        # "a user called xXdarkXx", "known online as shadowfox", "under the name shadowfox", "goes by moonbeam
        # online": a name phrase; the value must look like a handle (checked below), "known as John" is a name.
        (
            "named_handle",
            r"\b(?:(?:user|account|profile|player|gamer|someone|person|guy|girl|boy)\s+(?:called|named)|"
            r"known\s+(?:online\s+)?as|(?:goes|went)\s+by|(?:uses|used|using|under)\s+the\s+(?:name|handle|alias)|"
            r"online\s+as)\s+[\"'“‘]?(?P<v>" + _HANDLE + r"(?:#\d{4}(?!\d))?)",
            0.8,
        ),
        # "her discord is nightowl", "snap: kayleeb", "insta - kay.lee22": a platform typed in lower case.
        (
            "app_lower",
            r"\b(?-i:" + _APPS_LOWER + r")(?:\s+(?:name|account|user(?:name)?|handle|id))?"
            r"(?:\s+(?:is|was|=)\s+|\s*[:=]\s*|\s+-\s+)[\"'“‘(]?(?P<v>" + _HANDLE + r"(?:#\d{4}(?!\d))?)",
            0.85,
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
        digests = [m.span() for m in _DIGEST.finditer(screen_text(text))] if ":" in text or "=" in text else []
        found = [
            c
            for c in self._found(text)
            if not any(a < c[2] and c[1] < b for a, b in digests) and not _PACKAGE.fullmatch(text, c[1], c[2])
        ]
        yield from found
        yield from (c for c in _mentions(text, found) if not any(a < c[2] and c[1] < b for a, b in digests))

    def score(self, text: str, start: int, end: int, base: float) -> float:
        if _DISPLAY_BEFORE.search(text, max(0, start - 24), start) and _in_words(text[start:end]):
            # "displayName": "Efua Asante", "Display Name: Stavros": a name a profile shows; a name recognizer's
            # PERSON finding there wins, and without one it is still covered
            return DISPLAY_WORDS_SCORE
        return base if base == EXACT_SCORE else super().score(text, start, end, base)

    def _found(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        if "(" in text:
            for m in _BEFORE_UID.finditer(text):
                if m.group("v").casefold() not in _STOP:
                    yield "before_uid", *m.span("v"), EXACT_SCORE
        if "$" in text:
            for m in _CASHTAG.finditer(text):
                yield "cashtag", *m.span("v" if m.group("v") is not None else "c"), EXACT_SCORE
        yield from _chat_speakers(text)
        yield from _member_lists(text)
        yield from _keyed_accounts(text)
        yield from _system_accounts(text)
        yield from _table_handles(text)
        yield from _typed_alone(text)
        yield from _shaped_near_contact(text)
        if "(" in text or "  " in text:
            yield from _bracketed_and_spaced_handles(text)
        for name, start, end, score in self._matches(text):
            value = text[start:end].lstrip("@")
            if value.casefold() in _STOP or len(value) < 3 or text.startswith("/", end):
                continue  # a word, or the domain of a URL ("www.tiktok.com/@x")
            if name.startswith("lead") and text[start - 1 : start].isalnum():
                continue  # "user123: hey" is one word, not the label "user" and the handle "123"
            if value.isdigit():
                continue  # a number after "id" or "account" is an identifier of another kind
            if name == "app_as" and value.islower() and (value in _COMMON or inflected_english(value)):
                continue  # "TikTok (followed)": a word in brackets after the platform, no handle
            if name == "foreign_app" and (not _handle_shaped(value) or _code_like(value) or _file_or_domain(value)):
                continue  # "LINE 2", "в вк Maria": a handle has digits, separators or inner capitals
            if name in ("by_handle", "lead_act") and not _by_handle(value):
                continue  # "by v2.1", "by example.com", "by main.py": a version, a domain, a file
            if name.startswith("lead") and schema_value(value):
                continue  # "username": "string", "handle": "ci-runner": a schema's stand-in or a service's name
            # (A word in capitals and digits after a cue or an "@" is a handle: "Account: TOXIC7449", "@WOLF2614".)
            code = _code_like(value) and not _CAPS_HANDLE.fullmatch(value)
            if name.startswith("lead") and code:
                continue  # "user id 2024-03-15", "handle: v2.1"
            if name == "at_handle" and (code or value.casefold() in _CHANNEL_MENTIONS):
                continue  # "@12.50", "meet @3pm", "@here"
            if _FOLLOW_US.search(text, max(0, start - 48), start):
                continue  # "Follow us @AcmeCorp on X": an organisation's own account, nobody's
            if name == "at_handle" and _annotation(text, start, end):
                continue  # "@Override", "@property", "@param name": code's annotations and doc tags
            if name in ("lead_weak", "lead_act") and _BUSINESS_BEFORE.search(text, max(0, start - 40), start):
                continue  # "Vendor account: northwind_traders", "Merchant profile …": a firm's, not a person's
            if name.startswith("lead") and _IN_TOKEN_AFTER.match(text, end):
                continue  # "urn:mpeg:dash:profile:isoff-main:2011": a part of a longer identifier
            if name in ("lead_weak", "lead_act") and _TECH_BEFORE.search(text, max(0, start - 40), start):
                continue  # "the MXF profile is OP1a", "your AWS profile: staging": a format's or a tool's setting
            if name in ("lead_weak", "lead_act") and _word_compound(value):
                continue  # "your DASH profile is on-demand", "account is read-only": words joined by hyphens
            if name.startswith("lead") and value.casefold() in _FIELD_STATES:
                continue  # "the username is required", "user name: invalid": what a form says of the field
            if value.casefold() in _DEFAULT_ACCOUNTS or value.casefold().startswith(_SERVICE_PREFIXES):
                continue  # username="admin", "user: svc_backup": a system's built-in or service account
            if name == "lead_strong" and value.isalpha() and not _LABELLED.search(text, max(0, start - 6), start):
                if (
                    value.casefold() in _COMMON
                    or value.casefold() in _FORM_PARTS
                    or value.endswith(("ed", "ing", "tion", "ment", "ness"))
                    or is_noun(value.casefold())
                    or inflected_english(value.casefold())
                ):
                    continue  # "display name change", "handle with care": a word, no ":" or "is" before it
            if name == "lead_strong" and value.isalpha() and _LOGIN_BEFORE.search(text, max(0, start - 20), start):
                # After "login", a plain word is the value only after ":" or "is" ("login bug", "Login Details").
                labelled = _LOGIN_LABELLED.search(text, max(0, start - 20), start)
                if not labelled or value.casefold() in _COMMON or not value.islower():
                    continue
            if name == "lead_strong" and value.isalpha() and _STATE_BEFORE.search(text, max(0, start - 6), start):
                if _state_word(value):
                    continue  # "their login was blocked", "username is expiring": what happened to it
            if name == "lead_weak" and value.isupper() and _CAPS_WORDS.fullmatch(value):
                continue  # "Sub-account: OPS-TRAVEL", "Account: GEN-FUND": a ledger code of words in capitals
            if name == "lead_weak" and value.isalpha() and (value.islower() or value.istitle() or value.isupper()):
                continue  # "user account", "profile picture", "ID (ITIN)"
            if name in ("lead_strong", "app_as") and value.isupper() and value.isalpha():
                continue
            if name in ("named_handle", "app_lower") and value.isalpha() and not _handle_shaped(value):
                if not value.islower() or value in _COMMON or value.endswith(("ed", "ing")):
                    continue  # "known as John", "snap: yes", "under the name Smith"
            if name in ("handle_on_app", "app_then_handle") and not (_handle_shaped(value) or _plain_handle(value)):
                continue  # "him on Discord", "Maria on Instagram", "Snapchat Streaks", "Discord server"
            if name == "app_then_handle" and (len(value) < 5 or _code_like(value) or _file_or_domain(value)):
                continue  # "Zoom H4n", "Epic v2", "Telegram t.me": a model, a version, a code, a domain
            yield name, start, end, score


# The score of a handle its own cue pins down (a user id after it, a payment app's "$"): no other label weighs on it.
EXACT_SCORE = 0.86
# An app's package, reverse-DNS ("com.roblox.client", "org.telegram.messenger", "app.wizz"): no one's handle.
# (Two parts only after the prefixes packages use most; a handle may well be "me.jessie" or "de.lia".)
_PACKAGE = re.compile(
    r"@?(?:(?:com|org|net|app)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*|(?:io|me|tv|co|de|uk|ru|cn|jp|fr|us)(?:\.[a-z0-9_]+){2,})"
)
# A handle before the platform's numeric user id, as extraction tools print accounts ("xgamernovax (uid 186826540)").
_BEFORE_UID = re.compile(
    r"(?<![\w.@\-])(?P<v>[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_])[ \t]*"
    r"\((?i:uid|user[ \t]*id|id)[ \t:#=]*\d{3,}\)"
)
# A payment app's handle: "$cashtag WolfFairy841", "Cash App $WolfFairy841", "Venmo @x" is at_handle's.
_CASHTAG = re.compile(
    r"(?i:\$?cashtag)[ \t:]+\$?(?P<v>[A-Za-z][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_])|"
    r"(?i:cash[ \t]*app)[^\n$]{0,24}(?<![\w$])\$(?!(?i:cashtag)\b)(?P<c>[A-Za-z][A-Za-z0-9_]{1,19})(?!\w)"
)
# A lead's value glued to the next part of an identifier (":2011", "/path").
_IN_TOKEN_AFTER = re.compile(r"[:/][\w\-]")
# An abbreviation in capitals right before "profile"/"account"/"user" names a format or a tool ("MXF profile",
# "DASH profile", "AWS account"); platforms people use ("IG", "FB", "PSN") are handled by the platform patterns.
_TECH_BEFORE = re.compile(
    r"\b(?!(?:IG|FB|PSN|SC|TT|DM|GT)\b)[A-Z][A-Z0-9]{1,7}\s+(?i:" + _WEAK_LEAD + r")\b[^\n]{0,16}$"
)
# Accounts every system has, not a person's: a default login or an administrator's role.
_DEFAULT_ACCOUNTS = frozenset(
    "admin administrator root guest test tester demo default user username sa sysadmin superuser postgres "
    "oracle ubuntu ec2-user nobody daemon anonymous changeme".split()
)
# What a form or a message says of a field's value.
_FIELD_STATES = frozenset(
    "required optional invalid valid empty blank missing taken available unavailable incorrect correct wrong "
    "mandatory unique case-sensitive too short long disabled locked expired unknown".split()
)
_SERVICE_PREFIXES = ("svc_", "svc-", "svc.", "srv_", "srv-", "sa_", "sa-")


# Annotations, decorators and documentation tags of common languages (Java, Python, JSDoc, Javadoc, PHPDoc).
_ANNOTATIONS = frozenset(
    "override deprecated suppresswarnings functionalinterface safevarargs param params return returns throws throw "
    "exception see since version link inheritdoc code literal value type typedef callback example property setter "
    "getter staticmethod classmethod abstractmethod dataclass cached_property functools wraps lru_cache overload "
    "fixture pytest autowired inject component bean entity transactional nullable nonnull notnull async await "
    "interface implements extends private public protected readonly todo fixme var".split()
)
_CODE_WORDS = re.compile(r"(?i:\b(?:annotations?|decorators?|decorated|javadoc|jsdoc|docstrings?|doc\s+tags?)\b)")


def _annotation(text: str, start: int, end: int) -> bool:
    """An @word that is code: a known annotation or doc tag, a call ("@app.route(…)"), or named as code nearby."""
    value = text[start + 1 : end]
    if value.casefold() in _ANNOTATIONS or text.startswith("(", end):
        return True
    return bool(_CODE_WORDS.search(text, max(0, start - 40), min(len(text), end + 40)))


def _word_compound(value: str) -> bool:
    """Lower-case English words joined by hyphens ("on-demand", "read-only"): a word, not a handle."""
    parts = value.split("-")
    return len(parts) > 1 and all(
        p.isalpha() and p.islower() and (p in _COMMON or is_noun(p) or inflected_english(p)) for p in parts
    )


# What software calls the parts of a form or a table: "the username field is empty", "handle column", "user id
# policy" (some are surnames too, so not all among the common words).
_FORM_PARTS = frozenset(
    "field fields column columns box input inputs format formats policy policies rules rule length validation lookup "
    "search filter filters prompt label labels value values placeholder regex schema".split()
)
_FOLLOW_US = re.compile(
    r"\b(?i:follow|find|join|tag|contact|reach|message|dm|visit|like)\s+us\b[^.!?\n]*$|\b(?i:our)\s+"
    r"(?:\w+\s+)?(?i:account|handle|page|channel|profile)s?\b[^.!?\n]{0,20}$"
)
_CAPS_WORDS = re.compile(r"[A-Z]+(?:[\-_/][A-Z]+)+")
_CHANNEL_MENTIONS = frozenset("here channel everyone all team".split())
_BUSINESS_BEFORE = re.compile(
    r"\b(?i:vendor|customer|client|supplier|bank|billing|gl|ledger|expense|cost|savings|checking|merchant|corporate|"
    r"company|business|partner|reseller|service|system|test|demo|shared|team|department|key)\s+"
    r"(?i:account|profile|user|alias)\b[^\n]{0,12}$"
)
_LABELLED = re.compile(r"(?:[:=|\-]|\b(?i:is|was|its|it'?s|it’s))\s*[\"'“‘(]?$")
_LOGIN_BEFORE = re.compile(r"(?i:log-?\s?in)(?:\s*(?i:id|name))?\W*$")
_LOGIN_LABELLED = re.compile(r"(?i:log-?\s?in)(?:\s*(?i:id|name))?\s*(?:[:=|]|\b(?i:is|was)\b)\s*[\"'“‘(]?$")


# --- Chat transcripts ---------------------------------------------------------------------------------------
# The speaker handle that opens each line of a pasted chat: "kid22: hey", "[12:03] skater_j: hi", "<jo.w> ok",
# "12:03 PM - mia_x: lol", "[chat] jo_x: hi" (a tag), "> mia_x: hi" (quoted), "**mia_x**: hi" (bold),
# "mia_x [12:03]: hi", "mia_x - hi". A transcript has two lines of that shape or more (one line "Note: …" is a
# label), unless a time stamp or angle brackets make one line a chat line.
# Exports stamp the date too, before the time or the handle: "2024-03-02 14:22:05 mia_x: hi" (Discord, Slack),
# "02/03/2024, 14:22 - mia_x: hi" (WhatsApp), "mia_x 2024-03-02 14:22:05: hi", "mia_x 14:22: hi".
_TIME = (
    r"(?:\[[^\]\n]{0,24}\d:\d\d[^\]\n]{0,12}\][ \t]*|"
    r"\(?(?:" + DATE + r",?[ \t]+)?" + CLOCK + r"\)?[ \t]*(?:-[ \t]*)?)"
)
_CHAT_LINE = re.compile(
    r"^[ \t]*(?:[>*•\-][ \t]*)?(?:\[[A-Za-z][\w \-]{0,15}\][ \t]*)?(?P<time>" + _TIME + r")?(?:\*\*)?"
    r"(?:<(?P<angled>@?[\w.\-]{2,32})>|(?P<plain>@?[\w.\-]{2,32}?)(?:\*\*)?"
    r"(?:[ \t]*[(\[][^)\]\n]{1,20}[)\]]|(?P<stamp>[ \t]+(?:" + DATE + r"[ \t]+)?" + CLOCK + r"))?"
    r"(?:[ \t]*:|(?P<dash>[ \t]+[\-–—>][ \t])))(?=[ \t]*\S)",
    re.MULTILINE,
)
# The last word of a schema's field name ("created_at", "sent_on", "owner_id").
_FIELD_ENDS = frozenset("at on by id ts date time type name count url key".split())
# Speakers that are roles, labels or the platform itself, not someone's handle.
_NOT_HANDLES = frozenset(
    """mod mods moderator admin administrator system bot staff agent counselor counsellor helper operator support
    me you them him her anon anonymous unknown user guest caller reporter volunteer note notes name phone email
    mail dob date time subject from to cc re address tel fax mobile cell summary message msg text chat reply
    answer question q a status priority type category source notes comment comments update details info
    http https ps nb fyi warning error e-mail email e-mails emails ssn dl id dob d.o.b zip city state country
    street home work office url website web site link account acct card iban bank routing fax pager when where
    what who why how which
    facilities maintenance reception frontdesk helpdesk servicedesk it hr finance accounting accounts payroll legal
    security marketing sales ops operations dev development comms communications events procurement purchasing
    billing fundraising programs programmes logistics warehouse dispatch housekeeping catering admissions
    registrar treasurer secretary chair board team desk office everyone all""".split()
)


# A pasted table's column of handles: "member | handle | joined" above "Ana R. | @mia_x | 2024-03".
# Whose handle may come first, in any words ("child_username", "offender handle", "school_login"), but not when the
# login was ("last_login", "failed login": a time or a count).
_HANDLE_HEADER = re.compile(
    r"(?:(?!(?:last|first|failed|previous|latest)[ _\-])[^\W\d_]+[ _\-]?){0,2}"
    r"(?:user[ _\-]?name|username|handle|screen[ _\-]?name|gamer[ _\-]?tag|login|login[ _\-]?id|user[ _\-]?id|"
    r"nick(?:name)?|alias|instagram|snapchat|tiktok|discord|roblox|twitter|telegram|kik|"
    r"(?:reported|affected|target|offending|suspect|victim|child|reporter|flagged|blocked|other|contact)[ _\-]users?)",
    re.IGNORECASE,
)
_CELL_HANDLE = re.compile(r"@?[\w.\-]{3,40}")


_HANDLE_HEADER_WORD = re.compile(
    r"(?i:user|handle|name|tag|login|nick|alias|instagram|snapchat|tiktok|discord|roblox|twitter|telegram|kik)"
)


def _table_handles(text: str) -> Iterator[tuple[str, int, int, float]]:
    """The cells under a handle or username column of a pasted table."""
    if "\n" not in text:
        return  # (a table has rows under its header)
    for start, end in column_cells(text, _HANDLE_HEADER, every=True) if _HANDLE_HEADER_WORD.search(text) else ():
        value = text[start:end]
        if (
            _CELL_HANDLE.fullmatch(value)
            and value.lstrip("@").casefold() not in _STOP
            and any(c.isalpha() for c in value)  # "2024-03-01" under "login": a date
        ):
            yield "table_column", start, end, 0.8
    lowered = screen_text(text)
    if "target" in lowered and "action" in lowered:
        # An audit log's "actor, action, target": the account an action was taken on, when shaped as a handle
        # ("ban_user … xXRizzKittyXx"), not a setting's or a page's word ("view_report … settings").
        for start, end in column_cells(text, _TARGET_HEADER):
            value = text[start:end]
            if _CELL_HANDLE.fullmatch(value) and _handle_shaped(value.lstrip("@")) and not _code_like(value):
                yield "table_column", start, end, 0.8
    if "id" in lowered:
        for start, end in column_cells(text, _ACCOUNT_ID_HEADER):
            if text[start:end].isdigit() and 5 <= end - start <= 20:
                yield "table_column", start, end, 0.8  # a platform's numeric account ID under "user_id"


# An audit log's column of what an action was taken on.
_TARGET_HEADER = re.compile(r"(?i:target(?:[ _\-]?(?:user|account|handle))?)")
# A column of a platform's numeric account IDs ("user_id", "account id", "player_id").
_ACCOUNT_ID_HEADER = re.compile(r"(?i:(?:user|account|acct|member|player|profile|sender|recipient)[ _\-]?id)")


def _stamped(line: re.Match[str]) -> bool:
    # (A stamp after the speaker, "mia_x 14:22: hi", counts among other chat lines only: "Follow-up 4:56 pm: the
    # device" alone is a note's heading.)
    return bool(line.group("time") or line.group("angled"))


_CAPS_HANDLE = re.compile(r"[A-Z]{4,}\d{2,6}")


# An exception's class as a traceback's last line names it ("KeyError", "ValueError", "NullPointerException").
_EXCEPTION_NAME = re.compile(r"(?:[A-Z][a-z0-9]*)+(?:Error|Exception|Warning|Exit|Interrupt|Fault)")


def _chat_speakers(text: str) -> Iterator[tuple[str, int, int, float]]:
    if ":" not in text and "<" not in text and " - " not in text and " > " not in text:
        return
    lines = list(_CHAT_LINE.finditer(text))
    # "<handle>x</handle>": an XML element's tag, not an IRC log's "<nick> message"
    lines = [m for m in lines if not (m.group("angled") and f"</{m.group('angled')}>" in line_of(text, m.start()))]
    # "mia_x - hi" lines count only among others of their kind ("Item - widget" is a list).
    dashed = [m for m in lines if m.group("dash")]
    if len(dashed) < 2:
        lines = [m for m in lines if not m.group("dash")]
    if len(lines) < 2 and not any(_stamped(m) for m in lines):
        return
    stamped = any(_stamped(m) for m in lines) or any(m.group("stamp") for m in lines)
    if stamped and sum(1 for m in lines if _stamped(m) or m.group("stamp")) >= 2:
        # A stamped export's lines all carry their stamp: a line without one is a form's field or a heading
        # above it ("Topic: someone online", "Pre-chat: name=…").
        lines = [m for m in lines if _stamped(m) or m.group("stamp")]
    speakers = [m.group("angled") or m.group("plain") for m in lines]
    if not stamped and not _conversational(text, lines):
        return  # "server01: degraded", "acme_corp: invoice sent": a status list, not people talking
    # Speakers that differ only in a number ("Node-7", "Node-8"; "build_42", "build_43") are numbered items.
    skeleton = {v: re.sub(r"\d+", "#", v) for v in set(speakers) if any(c.isdigit() for c in v)}
    shared = [k for k in skeleton.values()]
    numbered = {v for v, k in skeleton.items() if shared.count(k) > 1}
    repeated = {v for v in speakers if speakers.count(v) > 1}
    # Time stamps, angle brackets, or a handle-shaped or lower-case speaker: a chat, where even a capitalised
    # speaker ("Pixie: hi") is a handle; forms repeat capitalised labels ("Input: 12 … Input: 13").
    strong = stamped or any(
        (_handle_shaped(v.lstrip("@")) or v.islower()) and not _code_like(v.lstrip("@")) for v in speakers
    )
    chat = strong or bool(repeated)
    # Every capitalised speaker a noun that is no given name ("12:37 Workshop: …", "13:00 Lunch: …"): an agenda.
    titled = {v.casefold() for v in speakers if v[:1].isupper() and v.isalpha()}
    agenda = bool(titled) and all(is_noun(v) and v not in FIRST_NAMES_ALL for v in titled)
    for m, value in zip(lines, speakers, strict=True):
        group = "angled" if m.group("angled") else "plain"
        plain = value.lstrip("@")
        folded = plain.casefold()
        # A handle in capitals ("DRAGON2408", "BUNNY3322") reads as a code alone; speaking twice in a chat, it is one.
        caps_handle = chat and value in repeated and _CAPS_HANDLE.fullmatch(plain) is not None
        if folded in _NOT_HANDLES or folded in _STOP or len(plain) < 3 or value in numbered or folded in NOT_AUTHORS:
            continue  # (and a helpline's roles as speakers: "Helpline:", "Counsellor:")
        if _EXCEPTION_NAME.fullmatch(plain):
            continue  # "KeyError: 'segment_15'": a traceback's exception, no one speaking
        if _code_like(plain) and not caps_handle:
            continue
        if "_" in plain and folded.rsplit("_", 1)[-1] in _FIELD_ENDS and all(p in _COMMON for p in folded.split("_")):
            continue  # "created_at | string": a field's name of English words, not a speaker
        if not _stamped(m) and len(lines) < 2:
            continue
        if _handle_shaped(plain):
            yield "chat_speaker", m.start(group), m.end(group), 0.8
        elif plain.islower():
            # A lower-case word opening a chat line is the speaker's handle; a first name ("tracy: hi") may be the
            # speaker's name: a name recognizer's finding then wins.
            score = 0.75 if chat and folded not in FIRST_NAMES_ALL else 0.65
            yield "chat_speaker", m.start(group), m.end(group), score
        elif (
            strong
            and plain.istitle()
            and folded not in _COMMON
            and not (is_noun(folded) and (m.group("stamp") or agenda))
        ):
            # "Pixie: hi" in a chat: a handle or a first name; a name recognizer's finding (scored higher) wins.
            # ("Meeting 10:30: agenda", "12:37 Workshop: …" are an agenda's lines, a noun at its time: no speaker.)
            yield "chat_speaker", m.start(group), m.end(group), 0.6


# What people write in chats and forms do not: pronouns, greetings, chat words, a question or an exclamation.
_CHATTY = re.compile(
    r"[?!]|\b(?i:i|im|i'm|i’m|u|you|ur|me|my|we|lol|lmao|omg|hey|hi|hello|yo|sup|yeah|yes|no|nah|what|why|how|"
    r"where|when|haha|pls|plz|thx|thanks|bye|idk|ok\s+(?:so|then)|gonna|wanna)\b"
)


def _conversational(text: str, lines: list[re.Match[str]]) -> bool:
    """Whether the lines' messages read as people talking (see `_CHATTY`)."""
    for m in lines:
        end = text.find("\n", m.end())
        if _CHATTY.search(text, m.end(), len(text) if end < 0 else end):
            return True
    return False


# A handle typed alone after "add me", "my login", "my snap is", "hmu on insta": "add me: skater_j", "my login jo99".
_ALONE = re.compile(
    r"\b(?i:(?:(?:add|follow|dm|message|msg|hmu|find|text|snap|friend)[ \t]+me|hmu)(?:[ \t]+(?:on|at)[ \t]+\w++)?|"
    # (and the possessives of the languages a chat mixes in: "meu insta é …", "mi tiktok es …", "mon snap c'est …")
    r"(?:my|his|her|their|your|ur|meu|minha|seu|mi|su|tu|mon|ma|son|mein|meine|sein|mijn|zijn|m[oó]j|benim)"
    r"[ \t]+(?:login|log[ \t]*in|user[ \t]*name|username|user|handle|snap(?:chat)?|sc|"
    r"insta(?:gram)?|ig|tiktok|tt|discord|kik|xbox|psn|steam|roblox|gamertag|gt|acc(?:ount)?|twitter|x|telegram|tg|"
    r"wechat|line|skype|ps|switch(?:[ \t]+code)?|fortnite|epic|twitch|reddit|threads)"
    # "my insta login its …", "her snap username is …": the platform, then what on it
    r"(?:[ \t]+(?:login|log[ \t]*in|user[ \t]*name|username|user|handle|name|acc(?:ount)?|id|tag))?|"
    # "my user name is" in Spanish, Portuguese, French, German, Dutch, Polish, Turkish, Norwegian and Danish
    r"mi[ \t]+usuario|mi[ \t]+nombre[ \t]+de[ \t]+usuario|meu[ \t]+usu[áa]rio|mon[ \t]+pseudo|"
    r"mein[ \t]+(?:benutzername|nutzername|username)|mijn[ \t]+gebruikersnaam|m[oó]j[ \t]+nick|"
    r"kullan[ıi]c[ıi][ \t]+ad[ıi]m|brukernavnet[ \t]+mitt|mit[ \t]+brugernavn)(?![\w'’\-])"
    r"(?:[ \t]+(?i:is|=|was|its|it'?s|es|é|est|c'est|ist|er|to|on))?[ \t]*[:=\-]?[ \t]*[\"'“‘]?"
    r"(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_](?:#\d{4}(?!\d))?)"  # "nightowl#4821": a Discord tag
)

_STATE_BEFORE = re.compile(r"\b(?i:is|was|got|been|being)\s+$")


def _state_word(value: str) -> bool:
    """A verb's form that says what happened to an account ("blocked", "expiring", "suspended")."""
    return value.endswith(("ed", "ing")) or inflected_english(value.casefold())


_POSSESSIVE = re.compile(
    r"(?i:my|his|her|their|your|ur|meu|minha|seu|mi|su|tu|mon|ma|son|mein|meine|sein|mijn|zijn|m[oó]j|benim)\b"
)
# An app's name right after the possessive ("my ig ", "her discord "): not "my login", "my account".
_APP_AFTER_POSSESSIVE = re.compile(r"^\S+[ \t]+(?i:" + _APPS_LOWER + r")[ \t]+$")


# A group chat's members, listed in its export's header: "Members: baby_9714, shadow.yeet, frostsilent2006".
_MEMBER_LIST = re.compile(
    r"^[ \t]*(?i:members|participants|group\s+members|chat\s+members|mitglieder|miembros|membres|membros|"
    r"participantes|teilnehmer)[ \t]*:[ \t]*(?P<list>[^\n]+)$",
    re.MULTILINE,
)
_LISTED_HANDLE = re.compile(r"@?[\w.\-]{3,32}")
_MEMBER_WORDS = ("members", "participants", "mitglieder", "miembros", "membres", "membros", "teilnehmer")


def _member_lists(text: str) -> Iterator[tuple[str, int, int, float]]:
    """Each handle of a chat's member list (names are the name recognizers'): at least two, every one a handle or a
    word with no English meaning."""
    lowered = screen_text(text)
    if ":" not in text or not any(w in lowered for w in _MEMBER_WORDS):
        return
    for m in _MEMBER_LIST.finditer(text):
        items = [
            (i.start() + m.start("list") + len(i.group()) - len(i.group().lstrip()), i.group().strip())
            for i in re.finditer(r"[^,;]+", m.group("list"))
        ]
        handles = [(start, v) for start, v in items if _LISTED_HANDLE.fullmatch(v)]
        if len(items) < 2 or len(handles) < len(items) / 2:
            continue
        for start, value in handles:
            plain = value.lstrip("@")
            if _handle_shaped(plain) and not _code_like(plain) and not _file_or_domain(plain):
                yield "member_list", start, start + len(value), 0.8


# A log's or a record's key for the account acting or acted on: "uid=7082355395", "peer=xX_Reaper_Xx",
# '"actor_id": "u_88213"'. A platform's numeric account ID is its user's identifier too.
_ACCOUNT_KEY = re.compile(
    # (The normaliser reads a log's "account_id=4097…" as "account id=4097…": the underscore may be a blank.)
    r"(?<![\w.\-])(?i:uid|user[_ ]?id|userid|player[_ ]?id|member[_ ]?id|peer|peer[_ ]?id|actor|actor[_ ]?id|"
    r"sender[_ ]?id|recipient[_ ]?id|target[_ ]?user|reporter[_ ]?id|author[_ ]?id|account[_ ]?id|acct[_ ]?id|"
    # ArcSight CEF's source and destination user fields
    r"suser|duser|suid|duid)[\"']?[ \t]*[=:][ \t]*[\"']?(?P<v>[A-Za-z0-9_.\-]{3,40})"
    r"(?![\w@])"
)


# What every key above holds (a cheap test before the pattern: a table's cells are many and short).
_ACCOUNT_KEY_WORDS = ("id", "user", "peer", "actor", "target")  # ("id" stands in "uid" too)
# Where a system names an account by itself: sshd's log lines and a user's home folder in a path or a crash report
# ("Failed password for invalid user kitty_22 from", "/Users/jannik/src/…", "C:\\Users\\amara\\…").
_SYSTEM_ACCOUNT = re.compile(
    r"\b(?:(?:Failed|Accepted)[ \t]+(?:password|publickey|keyboard-interactive/pam|none)[ \t]+for"
    r"(?:[ \t]+invalid[ \t]+user)?|Invalid[ \t]+user|authentication[ \t]+failure;.{0,80}?\buser=)[ \t]+"
    r"(?P<v>[\w.\-@]{2,40})(?=[ \t]+from\b|[ \t]*$)|"
    r"(?:(?<![\w/])/(?:Users|home)/|\b[A-Z]:\\Users\\)(?P<h>[\w.\-]{2,40})(?=[/\\])",
    re.MULTILINE,
)
# Home folders and accounts that belong to no one in particular.
_SYSTEM_NAMES = frozenset(
    "root admin administrator user username guest shared public default runner ubuntu ec2-user vagrant nobody "
    "daemon www-data postgres mysql git jenkins build ci test deploy".split()
)


def _system_accounts(text: str) -> Iterator[tuple[str, int, int, float]]:
    if "/" not in text and "\\" not in text and " for " not in text and "user" not in text:
        return
    for m in _SYSTEM_ACCOUNT.finditer(text):
        group = "v" if m.group("v") is not None else "h"
        if m.group(group).casefold() not in _SYSTEM_NAMES:
            yield "system_account", m.start(group), m.end(group), 0.8


# A record's key naming a handle, with whose it is before it ("reported_username": "…", "affected_user=…",
# "<handle>…</handle>"), not when the login was ("last_login").
_HANDLE_KEY = re.compile(
    r"(?<![\w.\-])(?i:(?!(?:last|first|failed|previous|latest)_)(?:[a-z]+_){0,2}(?:user(?:name)?|handle|"
    r"screen_?name|gamer_?tag|nick(?:name)?|login))(?:[\"']?[ \t]*[=:][ \t]*[\"']?|>)(?P<v>[A-Za-z0-9_.\-]{3,40})"
    r"(?![\w@:])"
)


def _keyed_accounts(text: str) -> Iterator[tuple[str, int, int, float]]:
    lowered = screen_text(text)
    if "user" in lowered or "handle" in lowered or "login" in lowered or "nick" in lowered:
        for m in _HANDLE_KEY.finditer(text):
            value = m.group("v")
            if value.isdigit() or _code_like(value) or _file_or_domain(value) or value.casefold() in _COMMON:
                continue
            if value.isalpha() and (is_noun(value.casefold()) or inflected_english(value.casefold())):
                continue  # "login": "success", "user": "unknown"
            if value.casefold() not in _DEFAULT_ACCOUNTS and not value.casefold().startswith(_SERVICE_PREFIXES):
                yield "keyed_account", m.start("v"), m.end("v"), 0.8
    if not any(w in lowered for w in _ACCOUNT_KEY_WORDS):
        return
    for m in _ACCOUNT_KEY.finditer(text):
        value = m.group("v")
        if value.isdigit() and 5 <= len(value) <= 20:
            yield "keyed_account", m.start("v"), m.end("v"), 0.8
        elif _handle_shaped(value) and not _code_like(value) and not _file_or_domain(value):
            if value.casefold() not in _DEFAULT_ACCOUNTS and not value.casefold().startswith(_SERVICE_PREFIXES):
                yield "keyed_account", m.start("v"), m.end("v"), 0.8


def _typed_alone(text: str) -> Iterator[tuple[str, int, int, float]]:
    for m in _ALONE.finditer(text):
        value = m.group("v").lstrip("@")
        folded = value.casefold()
        if folded in _STOP or folded in _NOT_HANDLES or folded in _LEAD_WORDS or len(value) < 3:
            continue
        if value.isalpha() and (folded in _COMMON or not value.islower() or _state_word(value)):
            if not _handle_shaped(value):
                continue  # "add me back", "my login Details", "her username is expiring": words
        lead = text[m.start() : m.start("v")]
        if value.isalpha() and not _handle_shaped(value) and _POSSESSIVE.match(lead):
            # "my login stopped working": after "my …" a plain word needs ":" or "is"; but after an app's name
            # ("follow my ig theroguegoblin"), a lower-case word no dictionary holds is what it is called there.
            word = folded in _COMMON or is_noun(folded) or inflected_english(folded) or not value.islower()
            if not _LABELLED.search(lead.rstrip("@")) and (word or not _APP_AFTER_POSSESSIVE.search(lead)):
                continue
        yield "typed_alone", m.start("v"), m.end("v"), 0.8


# Words of online contact: a platform, a message sent, a friend added, an account ("he messaged her from
# xX_sniper_Xx", "the account that sent it was ghost.rider.22").
_CONTACT_CUE = re.compile(
    r"\b(?i:" + _APPS_LOWER + r"|dm(?:s|ed|ing|'d)?|messag\w*|texted|chat\w*|online|username|profile|server|"
    r"gamertag|tag|followed|follows?|friend(?:ed|s)?|added|add|account|acc|goes\s+by|posted|hacked|"
    r"game|gaming)\b"
)
# A token shaped as handles are: parts joined by "_" or "." ("lil_miss_k", "ghost.rider.22"), a word run into
# digits ("darkwolf99", "RavenClaw88"), a Discord tag ("nightfox#2231").
_HANDLE_SHAPE = re.compile(
    r"(?<![\w@.\-/#:=+])(?P<v>[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+_?|_?[A-Za-z][A-Za-z0-9]*_|"
    r"[A-Za-z]{3,}[0-9]{2,4}|[A-Za-z][A-Za-z0-9]{2,}#\d{4})(?![\w@\-/]|\.\w|#)"
)
_FILE_OR_SITE = re.compile(
    r".*\.(?:com|net|org|io|co|uk|de|txt|pdf|jpe?g|png|gif|csv|xlsx?|docx?|html?|py|js|json|zip|exe|mp[34]|mov)$",
    re.IGNORECASE,
)
# Words of work that a number or a suffix makes a code, not a handle ("build_2024", "test_env", "room_12b").
_WORK_WORDS = frozenset(
    "build release version ver rev v batch sprint phase stage step test tests prod dev staging env sku item order "
    "invoice ticket case room floor grant fund report file doc docs page table col row task job run node server "
    "host port db api key config data backup log logs tmp temp draft final copy img image photo scan "
    "user guest admin demo sample example foo bar".split()  # and placeholders: "user123", "guest_2"
)
CONTACT_REACH = 80
SHAPED_SCORE = 0.6


# A JSON member's key (the token before '":'), and a value right after its key's '":"'.
_JSON_MEMBER = re.compile(r"\"[ \t]*:")
_JSON_VALUE_BEFORE = re.compile(r"\"[ \t]*:[ \t]*\"$")


# A handle in brackets right after a person's name ("my son Duarte (dark__frost) got this"), or after a platform's
# name and a gap ("Telegram  yanis__lil  (+33…)"): lower case, with an underscore or a run of digits after letters.
_HANDLE_AFTER_NAME = re.compile(r"\b(?P<n>[A-Z][a-z]{1,20})[ \t]+\((?P<v>[a-z][a-z0-9_.]{2,30}[a-z0-9_])\)")
_HANDLE_AFTER_APP = re.compile(
    r"\b(?i:telegram|snapchat|snap|instagram|insta|tiktok|discord|kik|roblox|xbox|psn|steam|twitch|wechat|signal)"
    r"[ \t]{2,}(?P<v>[A-Za-z0-9][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])(?![\w@/.])"
)
_HANDLE_MARK = re.compile(r"_|[a-z]{3}\d{2,}$")


def _bracketed_and_spaced_handles(text: str) -> Iterator[tuple[str, int, int, float]]:
    for rx, name in ((_HANDLE_AFTER_NAME, "after_name"), (_HANDLE_AFTER_APP, "after_app_gap")):
        for m in rx.finditer(text):
            value = m.group("v")
            if not _HANDLE_MARK.search(value) or _code_like(value) or "." in value.strip("."):
                continue
            if name == "after_name":
                word = m.group("n").casefold()
                if word not in FIRST_NAMES_ALL and (word in _COMMON or is_noun(word)):
                    continue  # "Table (col_1)", "the Cafe (open_daily)": a thing's word, no name
            yield name, *m.span("v"), 0.8


def _shaped_near_contact(text: str) -> Iterator[tuple[str, int, int, float]]:
    """A handle-shaped token (`_HANDLE_SHAPE`) near a word of online contact, that is no code, file, site, version
    or word: in a hotline's chats and notes such a token is someone's account."""
    if not _CONTACT_CUE.search(text):
        return
    for m in _HANDLE_SHAPE.finditer(text):
        value = m.group("v")
        start, end = m.span("v")
        letters = sum(c.isalpha() for c in value)
        if letters < 3 or value.isupper() or _code_like(value) or _FILE_OR_SITE.fullmatch(value):
            continue
        if value.casefold().strip("_") in _COMMON or ("." in value and _dotted_words(value)):
            continue  # "e.g", "i.e.", "St.Mary": abbreviations and words, no handle
        if any(part in ORG_WORDS for part in re.split(r"[_.#\d]+", value.casefold())):
            continue  # "acme_corp", "globex_inc", "city.council": a firm's or a body's
        if _BUSINESS_BEFORE.search(text, max(0, start - 40), start):
            continue  # "Vendor account: northwind_traders": a firm's account
        if any(_HEX.fullmatch(part) and not part.isalpha() for part in re.split(r"[_.#]", value)):
            continue  # "sha.e3b0c442": a digest
        words = [w for w in re.split(r"[_.#\d]+", value.casefold()) if w]
        if words and all(w in _WORK_WORDS for w in words):
            continue  # "build_2024", "release.3", "sprint_12": a step of work, numbered
        field = "_" in value and value.islower() and not any(c.isdigit() for c in value)
        if field and (all(_field_word(w) for w in words) or _header_line(text, start)):
            continue  # "ip_address", "asset_tag", "assigned_to": a column's or a field's name
        if _JSON_MEMBER.match(text, end) or _JSON_VALUE_BEFORE.search(text, max(0, start - 4), start):
            continue  # '"app_ver":', '"event":"chat_started"': a record's key names its values, not nearness
        if _CONTACT_CUE.search(text, max(0, start - CONTACT_REACH), min(len(text), end + CONTACT_REACH)):
            yield "shaped_near_contact", start, end, SHAPED_SCORE


def _header_line(text: str, at: int) -> bool:
    """Whether the line around `at` is a table's header: three cells or more apart by tabs or bars, no digit, no "@"
    ("first_name<TAB>last_name<TAB>town_city")."""
    line = line_of(text, at)
    cells = [c for c in re.split(r"[\t|]", line) if c.strip()]
    return len(cells) >= 3 and not any(c.isdigit() or c == "@" for c in line)


_FIELD_PARTS = frozenset("ip id no num nr login logout agent url uri dob ssn tel mob addr src dst ts utc".split())


def _field_word(word: str) -> bool:
    """A word a column's name is made of ("asset", "tag", "ip", "login", "agent")."""
    return len(word) <= 2 or word in _COMMON or word in _FIELD_PARTS or word in _WORK_WORDS or is_noun(word)


def _dotted_words(value: str) -> bool:
    """Parts joined by dots that are all English words or one letter ("mr.smith" is not, "i.e" is)."""
    parts = [p for p in value.casefold().split(".") if p]
    return all(len(p) == 1 or p in _COMMON for p in parts) and not any(c.isdigit() for c in value)


def _mentions(text: str, found: list[tuple[str, int, int, float]]) -> Iterator[tuple[str, int, int, float]]:
    """The handles found, wherever else the text names them ("pixie: did ghost_rider add u"): handle-shaped ones
    and lower-case chat speakers, as whole words, case-sensitively."""
    spans = [(start, end) for _, start, end, _ in found]
    values: dict[str, float] = {}
    for name, start, end, score in found:
        value = text[start:end].lstrip("@")
        if len(value) >= 3 and (_handle_shaped(value) or (name == "chat_speaker" and value.islower())):
            values[value] = max(score, values.get(value, 0.0))
    for value, score in values.items():
        pos = text.find(value)
        while pos >= 0:
            end = pos + len(value)
            before = text[pos - 1] if pos else " "
            after = text[end] if end < len(text) else " "
            if (
                not (before.isalnum() or before in "_.-")
                and not (after.isalnum() or after in "_-")
                and not any(a < end and pos < b for a, b in spans)
            ):
                yield "mention", pos, end, score
            pos = text.find(value, end)


_LEAD_WORDS = frozenset("on at is was pls please plz back now later too again asap here there".split())
