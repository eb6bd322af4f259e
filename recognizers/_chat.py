"""The head of a pasted chat's line, shared by the recognizers that read replies: time stamps and the speaker.

Exports and copies write it many ways: "[12:03] mia_x: hi", "12:03 PM - mia_x: hi", "<mia_x> hi",
"2024-03-02 14:22:05 mia_x: hi" (Discord, Slack), "02/03/2024, 14:22 - mia_x: hi" (WhatsApp),
"mia_x 2024-03-02 14:22:05: hi", "mia_x (14:22): hi".
"""

import re

from ._names import CHAT_WORDS, COMMON_WORDS, WORDS_NOT_NAMES, inflected_english, is_noun
from ._places import known_place

DATE = r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
# "21:04", "9:04 PM", "21h04" (French), "11:02:19Z" (UTC)
CLOCK = r"\d{1,2}(?::\d{2}(?::\d{2})?Z?|h\d{2})(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
# A stamp before the speaker: bracketed, or a clock with its date before it.
STAMP_BEFORE = (
    r"(?:\[[^\]\n]{1,24}\][ \t]*|<"
    + CLOCK
    + r">[ \t]*|\(?(?:"
    + DATE
    + r",?[ \t]+|\d{4}-\d\d-\d\dT)?"
    + CLOCK
    + r"\)?[ \t]*)"
)
# A stamp after the speaker, before the colon: bracketed, or a clock with its date before it.
STAMP_AFTER = r"(?:[ \t]*[(\[][^)\]\n]{1,24}[)\]]|[ \t]+(?:" + DATE + r"[ \t]+)?" + CLOCK + r")"
# Everything before the message: marks, a stamp, a speaker (one or two words, or in angle brackets) and its colon.
# A chat exported as CSV: "2024-03-14 19:19:05,mia_x,"15, u?"" (stamp, speaker, the message quoted).
_CSV_HEAD = r"(?:" + DATE + r"[ \tT])?" + CLOCK + r"[ \t]*,[ \t]*[^,\n\"]{1,30},[ \t]*\"?[ \t]*"
LINE_HEAD = (
    r"(?:" + _CSV_HEAD + r"|[ \t\-*>]*(?:" + STAMP_BEFORE + r"[|\-–]?[ \t]*)?"
    # (a quoted export's "> cody__sn1per 20:29 | …" first: its clock is no speaker's colon)
    r"(?:<[^>\n]{1,30}>|[\w.\-@#]{1,30}[ \t]+" + CLOCK + r"[ \t]*\||(?![\w.\-@#]{1,30}[ \t]+" + CLOCK + r"[ \t]*\|)"
    r"[\w.\-@#]{1,30}(?:[ \t][\w.\-@#]{1,20})??" + STAMP_AFTER + r"?[ \t]*(?::|>>?))?[ \t]*)"
)
# The head of a reply: a chat line's (LINE_HEAD), or a deposition's answer after its line number (" 6   A.   13.").
ANSWER_HEAD = r"(?:[ \t]*(?:\d{1,3}[ \t]+)?A[.:][ \t]+|" + LINE_HEAD + r")"


# --- Chat exports: where each message's author stands -------------------------------------------------------------
# Apps export a chat with the author in a fixed place, often with no colon after it: WhatsApp "12/03/2025, 21:04 -
# Ana: hi" and "[12/03/2025, 21:04:11] Ana: hi", LINE "21:04<TAB>Ana<TAB>hi", KakaoTalk "2025년 3월 12일 오후 9:04,
# Ana : hi", a table-like "Mar 12, 2025 21:04 | Ana | hi", and the author on a line of its own above the message:
# Telegram "Ana, [12.03.25 21:04]", WeChat "Ana 2025-03-12 21:04:11", Discord "Ana — Yesterday at 9:04 PM".
# The author is one to three words (any script, handle characters allowed), maybe followed by an emoji.
_AUTHOR = r"(?P<a>[^\W\d_][\w'’.\-]*(?:[ \t][^\W_][\w'’.\-]*){0,2}|[\w.\-]*\d[\w.\-]*)"
_DECOR = r"(?:[ \t]*[^\w\s:|\[\]<>(),]{1,4})?"  # an emoji after the author: not part of the name
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_KO_DATE = r"\d{4}[.년][ \t]*\d{1,2}[.월][ \t]*\d{1,2}[.일]?"
_EXPORT_HEADS = tuple(
    re.compile(rx, re.MULTILINE)
    for rx in (
        # WhatsApp (Android, iOS) and the like: a date and a clock (or an ISO stamp, "2024-01-09T07:36:13Z"), then
        # the author and a colon
        r"^[ \t]*\[?"
        + DATE
        + r"(?:,?[ \t]+|T)"
        + CLOCK
        + r"\]?[ \t]*[\-–]?[ \t]*"
        + _AUTHOR
        + _DECOR
        + r"[ \t]*:[ \t]",
        # A group chat copied with its clocks: "[16:43] Zoriana K: party at mine" (hours and minutes only: a log's
        # "[12:00:01] nginx:" has seconds)
        r"^[ \t]*\[\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?\][ \t]*" + _AUTHOR + _DECOR + r"[ \t]*:[ \t]",
        # LINE: a clock, a tab, the author, a tab
        r"^[ \t]*" + CLOCK + r"\t" + _AUTHOR + _DECOR + r"\t",
        # KakaoTalk: a Korean or dotted date, 오전/오후 and a clock, a comma, the author, " : "
        r"^[ \t]*"
        + _KO_DATE
        + r"[ \t]*(?:오전|오후|AM|PM)?[ \t]*"
        + CLOCK
        + r",[ \t]*"
        + _AUTHOR
        + _DECOR
        + r"[ \t]*:[ \t]",
        # A stamp, a pipe, the author, a pipe: "Mar 12, 2025 21:04 | Ana | hi"
        r"^[ \t]*(?:"
        + _MONTH_WORD
        + r"[ \t]+\d{1,2},?[ \t]+\d{4}|"
        + DATE
        + r")[ \t]+"
        + CLOCK
        + r"[ \t]*\|[ \t]*"
        + _AUTHOR
        + _DECOR
        + r"[ \t]*\|",
        # A chat exported as CSV: "2024-03-14 19:16:37,Ana,"hi"" (stamp, author, message)
        r"^[ \t]*(?:" + DATE + r"[ \tT])?" + CLOCK + r"[ \t]*,[ \t]*" + _AUTHOR + r"[ \t]*,",
        # Telegram: "Ana, [12.03.25 21:04]" on a line of its own
        r"^[ \t]*" + _AUTHOR + _DECOR + r",[ \t]*\[" + DATE + r"[ \t,]+" + CLOCK + r"\][ \t]*$",
        # WeChat: "Ana 2025-03-12 21:04:11" on a line of its own
        r"^[ \t]*" + _AUTHOR + _DECOR + r"[ \t]+" + DATE + r"[ \t]+" + CLOCK + r"[ \t]*$",
        # A recovered or copied export: the author and the clock in brackets on a line of their own, the message
        # indented below ("cherry__cherry (17:44)\n  ad me …")
        r"^[ \t]*" + _AUTHOR + _DECOR + r"[ \t]+\([ \t]*" + CLOCK + r"[ \t]*\)[ \t]*$(?=\n[ \t]+\S)",
        # A quoted export: the author, the clock and a bar ("> cody__sn1per 20:29 | hi po")
        r"^[ \t]*>?[ \t]*" + _AUTHOR + _DECOR + r"[ \t]+" + CLOCK + r"[ \t]*\|",
        # Captions with a clock of minutes and seconds (or hours and minutes), no brackets: "30:30 NEHA: is anyone
        # else on mic" (a server log's clock has its seconds: "12:00:01 nginx: started")
        r"^[ \t]*\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+" + _AUTHOR + _DECOR + r"[ \t]*:[ \t]",
        # A voice chat's speech-to-text, speakers diarised: "00:01:35  SPK2 [rogue_bunny]: no way"
        r"^[ \t]*\[?" + CLOCK + r"\]?[ \t]+(?i:spk|speaker|spkr)[ _]?\d{1,2}[ \t]*\[" + _AUTHOR + r"\][ \t]*:",
        # A voice log with the clock in angle brackets: "<00:00:31> tremblaym_official >> im eleven"
        r"^[ \t]*<" + CLOCK + r">[ \t]*" + _AUTHOR + _DECOR + r"[ \t]*>>",
        # Discord: "Ana — Yesterday at 9:04 PM", "Ana — 11/14/2025 10:58 PM"
        r"^[ \t]*"
        + _AUTHOR
        + _DECOR
        + r"[ \t]+[—–\-][ \t]+(?:Today|Yesterday|"
        + DATE
        + r")(?:[ \t]+at)?[ \t]+"
        + CLOCK
        + r"[ \t]*$",
    )
)
# Snapchat and copies of it: the author alone on a line after a blank one, the message on the next ("KIM\nshhh").
# Headings look the same, so this needs three heads or more, two authors at least, and one of them twice.
_ALONE_HEAD = re.compile(r"(?:\A|(?<=\n\n))[ \t]*" + _AUTHOR + _DECOR + r"[ \t]*\n(?=[ \t]*[^\s])")
# Authors that are the app or a role, not a person: "You", "System", "AutoMod".
NOT_AUTHORS = frozenset(
    "you me system automod bot group admin moderator mod unknown deleted user".split()
    # a helpline's roles as a transcript names its speakers ("YP:", "Young person:", "Helpline:", "C:")
    + "yp c helpline hotline counsellor counselor texter caller child agent operator advisor adviser volunteer staff "
    "support worker interviewer interviewee witness interpreter".split()
    + ["young person", "young people", "service user", "call taker", "call handler", "support worker"]
)


# A web chat's anonymous session label, no one's name or handle: "Visitor 8152", "Guest #12", "User 3".
_SESSION_LABEL = re.compile(r"(?i:visitor|guest|user|customer|anonymous|anon|client|caller|chatter)[ \t#_\-]*\d*")


def _author(m: re.Match[str]) -> bool:
    value = m.group("a")
    return value.casefold() not in NOT_AUTHORS and not _SESSION_LABEL.fullmatch(value)


# A livestream's chat: the clock with seconds, then the chatter's badges ("[MOD]", "[SUB 12]", "[VIP]") and name. A
# server log's "[12:00:01] nginx:" has the clock too: only a text with a badge somewhere is a stream's chat.
_STREAM_HEAD = re.compile(
    r"^[ \t]*\["
    + CLOCK
    + r"\][ \t]*(?:\[[A-Za-z][A-Za-z ]{1,14}\d{0,3}\][ \t]*)*"
    + _AUTHOR
    + _DECOR
    + r"[ \t]*:[ \t]",
    re.MULTILINE,
)
_STREAM_BADGE = re.compile(
    r"^[ \t]*\[" + CLOCK + r"\][ \t]*\[(?:MOD|Mod|VIP|SUB|Sub|BROADCASTER|Broadcaster|VERIFIED|Founder|FOUNDER)"
    r"(?:[ \t]\d{1,3})?\]",
    re.MULTILINE,
)


def export_authors(text: str) -> list[tuple[int, int]]:
    """The authors' spans in a chat export: heads of one format on two lines or more (one line is no export)."""
    if "\n" not in text:
        return []
    if _STREAM_BADGE.search(text):
        heads = [m for m in _STREAM_HEAD.finditer(text) if _author(m)]
        if len(heads) >= 2:
            return [m.span("a") for m in heads]
    for rx in _EXPORT_HEADS:
        heads = [m for m in rx.finditer(text) if _author(m)]
        if len(heads) >= 2:
            return [m.span("a") for m in heads]
    if "\n\n" in text:
        heads = [m for m in _ALONE_HEAD.finditer(text) if _author(m)]
        authors = [m.group("a") for m in heads]
        if len(heads) >= 3 and len(set(authors)) >= 2 and len(set(authors)) < len(authors):
            return [m.span("a") for m in heads]
    return []


# --- Staff who speak under their role ---------------------------------------------------------------------------
# A helpline's transcript names its staff with their role: "Agent (Priya):", "Counsellor Kwame:", "Lotte [agent]:",
# "hotline-greta:", and a summary's "Counsellor: Priya" on a line of its own.
_ROLE = (
    r"(?i:agent|counsel+or|advis[eo]r|operator|call[ \-]?handler|call[ \-]?taker|volunteer|supervisor|moderator|"
    r"case[ \-]?worker|social[ \-]worker|staff|support|hotline|helpline|nurse|officer|practitioner)"
)
_NAME = r"(?P<a>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*)?)"
_ROLE_HEADS = tuple(
    re.compile(r"^[ \t]*(?:" + STAMP_BEFORE + r")?" + rx, re.MULTILINE)
    for rx in (
        _ROLE + r"[ \t]*\([ \t]*" + _NAME + r"[ \t]*\)[ \t]*:",  # "Agent (Priya):"
        _ROLE + r"[ \t]+" + _NAME + r"[ \t]*:",  # "Counsellor Kwame:"
        _NAME + r"[ \t]*\[[ \t]*" + _ROLE + r"[ \t]*\][ \t]*:",  # "Lotte [agent]:"
        _ROLE + r"[\-_.](?P<low>[a-z]{2,20})[ \t]*:",  # "hotline-greta:"
        _ROLE + r"[ \t]*:[ \t]*" + _NAME + r"[ \t]*$",  # "Counsellor: Priya" (a summary's field)
    )
)


def role_speakers(text: str) -> list[tuple[int, int]]:
    """The names of staff speaking (or named) under their role; a capitalised name, or a lower-case one joined to
    the role ("hotline-greta")."""
    if "\n" not in text and ":" not in text:
        return []
    found = []
    for rx in _ROLE_HEADS:
        for m in rx.finditer(text):
            group = "low" if "low" in rx.groupindex else "a"
            value = m.group(group)
            if value.casefold() in NOT_AUTHORS or (group == "a" and not value[:1].isupper()):
                continue
            found.append(m.span(group))
    return found


# --- A stream's or a platform's moderation events: the handles they name -----------------------------------------
# A raw IRC capture ("@badge-info=;display-name=lilniklas2007 :lilniklas2007!lilniklas2007@lilniklas2007.tmi.twitch.tv
# PRIVMSG …": the display name and the prefix's nick, user and host), AutoMod's "HELD message from X", a moderator's
# "[Mod] X denied", a replay's "24:47 X joined", a command's "/timeout X 600".
_HANDLE = r"[\w.\-]{3,30}"
_EVENT_HANDLES = (
    re.compile(r"(?:^|[;@])display-name=(?P<a>" + _HANDLE + r")(?=[ \t;])", re.MULTILINE),
    re.compile(r"(?:^|[ \t]):(?P<a>" + _HANDLE + r")!(?P<b>" + _HANDLE + r")@(?P<c>[\w\-]{3,30})(?=\.)", re.MULTILINE),
    re.compile(
        r"(?i:\b(?:held|flagged|blocked|removed|deleted)[ \t]+message[ \t]+from)[ \t]+@?(?P<a>" + _HANDLE + r")"
    ),
    re.compile(
        r"\[(?i:mod|moderator|automod)\][ \t]+(?P<a>" + _HANDLE + r")[ \t]+"
        r"(?i:denied|approved|removed|deleted|banned|unbanned|timed[ \t]+out|warned|muted)\b"
    ),
    re.compile(
        r"^[ \t]*\[?" + CLOCK + r"\]?[ \t]+(?P<a>" + _HANDLE + r")[ \t]+"
        r"(?:joined|left|followed|subscribed|resubscribed|gifted|raided|cheered|sent[ \t]+(?:a|an|\d))\b",
        re.MULTILINE,
    ),
    re.compile(
        r"(?<![\w/])/(?:timeout|ban|unban|mute|unmute|kick|block|untimeout|warn)[ \t]+@?(?P<a>" + _HANDLE + r")"
    ),
)


def event_handles(text: str) -> list[tuple[int, int]]:
    """The handles a stream's or a platform's moderation events name (see above)."""
    found = []
    for rx in _EVENT_HANDLES:
        for m in rx.finditer(text):
            for group in ("a", "b", "c"):
                if group in rx.groupindex and m.group(group) is not None:
                    found.append(m.span(group))
    return found


# --- A dialogue quoted without clocks: speakers before a colon, taking turns -----------------------------------
# A report quotes the messages it is about ("  MORITZ: selam güzelim", "  Théo : salut ma belle", "  Manon : 13 ans").
# A speaker is one word (any script's letters) before a colon at a line's start; it is a dialogue when
# two or three speakers each speak twice or more on lines close together, so a form's "Name: …" or "Address: …" (each
# once) is none, nor a catalogue's records (four fields or more, each repeated). Labels and roles are left to the
# caller to drop.
_TURN = re.compile(r"^[ \t]*(?P<a>[^\W\d_][^\W\d_'’\-]{1,20})[ \t]?:[ \t]+\S", re.MULTILINE)


def dialogue_speakers(text: str) -> list[tuple[int, int]]:
    """The speakers' spans of a quoted dialogue (see above), every turn of theirs."""
    if text.count("\n") < 3:
        return []
    turns = [m for m in _TURN.finditer(text) if m.group("a").casefold() not in NOT_AUTHORS]
    counts: dict[str, int] = {}
    for m in turns:
        counts[m.group("a")] = counts.get(m.group("a"), 0) + 1
    speakers = {a for a, n in counts.items() if n >= 2}
    if not 2 <= len(speakers) <= 3:
        return []  # (four fields or more repeating is a list of records: "Material: …", "Maker: …", "Acquired: …")
    # The speakers must take turns: two different ones on consecutive turn lines somewhere.
    kept = [m for m in turns if m.group("a") in speakers]
    lines = [text.count("\n", 0, m.start()) for m in kept]
    alternate = any(
        kept[i].group("a") != kept[i + 1].group("a") and lines[i + 1] - lines[i] <= 2 for i in range(len(kept) - 1)
    )
    return [m.span("a") for m in kept] if alternate else []


# "zawadi is 14 tho", "Isadora was 12 btw": a word for someone, then the age a chat says they are (person_cued reads
# the name, age the number; both check the word with `chat_name_word`).
NAME_IS_AGE = re.compile(
    r"(?<![\w'’\-@.#/])(?P<name>[^\W\d_]{3,16})[ \t]+(?:is|was|turned|turns|just[ \t]+turned)[ \t]+"
    r"(?:only[ \t]+|like[ \t]+)?(?P<age>\d{1,2})(?:[ \t]*(?:yo|y/o|yrs?|years?(?:[ \t]+old)?))?"
    r"(?=[ \t]*(?:(?:tho|though|lol|btw|now|and|too|omg)\b|[!?.,;)]|$|[^\x00-\u2fff]))",
    re.MULTILINE,
)


def chat_name_word(word: str) -> bool:
    """Whether a word before "is 14" can be someone's name: no English word, noun, chat word or town."""
    w = word.casefold()
    return not (
        w in WORDS_NOT_NAMES or w in COMMON_WORDS or w in CHAT_WORDS or is_noun(w) or inflected_english(w)
    ) and not known_place(word)
