"""Handles where platforms print them, with no word like "user" or "@": a forum post's signature line
("— velvet.wolf"), a reply's author ("reply from milo_lazy16:"), a site message's header ("From: ShadowStorm",
"To: PickleKiwi"), a review's author ("by FoxEmber · Southampton", "★★★★☆ NoodleDark: …"), a DNA site's top match
("Top match: ghost_sky20,"), an account's linked accounts ("Linked accounts (shared device): cherrytiger_, FoxEcho")
a game's nickname ("o nicku StormNoodle"), who reported or reviewed ("reported by FrostViper884"), where to reach
someone ("Reply to sweetpixel2005 on the app"), a record's user fields ('"to": "its.benjamin"'), a profile's path
("/users/xdieterx32/profile"), a platform's numeric user ID ("Discord user ID 998188674550994127") and a log's login
("authentication succeeded for seo-yeon.jeong736": any token there).

Only a token no word or name is shaped like: letters joined by "_" or "." ("velvet.wolf", "dark_mango14"), a
trailing "_" ("lazymellow_"), letters then digits ("thepixel514"), or two capitalised words run together
("FoxEmber"). "From: Olivia" or "by Southampton" stay people's and places' recognizers' to judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import FoundSpansRecognizer

_SHAPED = (
    r"(?:[A-Za-z][A-Za-z0-9]*(?:[._]{1,2}[A-Za-z0-9]+)+_*"  # velvet.wolf, dark_mango14, toast.sky, cagatay__ttv
    r"|[A-Za-z][A-Za-z0-9]*_+"  # lazymellow_, luckyruby__
    r"|[a-z][A-Za-z]{2,}\d{2,4}"  # thepixel514, gareth1043
    r"|[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+\d{0,4})"  # FoxEmber, NoodleDark
)
_END = r"(?![\w.@/\-]|\.\w)"
# Web addresses and files are shaped so too: "example.com", "report_v2.pdf".
_NOT_HANDLE = re.compile(
    r"(?i).*\.(?:com|org|net|edu|gov|io|co|uk|de|fr|pdf|docx?|xlsx?|csv|txt|jpe?g|png|gif|zip|json|py|js|html?|exe)"
    r"|.*[._\-](?i:bot|team|ops|admin|support)"  # "release.bot", "ops_team": an organisation's accounts
    r"|(?i:JavaScript|TypeScript|PowerPoint|YouTube|WhatsApp|LinkedIn|PayPal|GitHub|TikTok|FaceTime|MacBook|"
    r"iPhone|iPad|PlayStation|OneDrive|SharePoint|WordPress|DropBox|GitLab|FamilyTreeDNA|MyHeritage|AncestryDNA)"
)
_POSITIONS = re.compile(
    # a signature line, or a reply's author
    r"(?m:^[ \t]*(?:—|--|–)[ \t]*(?P<sig>" + _SHAPED + r")[ \t]*$)"
    r"|\b(?i:reply|replied|comment|answer)[ \t]+(?i:from|by)[ \t]+(?P<reply>" + _SHAPED + r")" + _END + r"(?=[ \t]*:)"
    # a message's header lines
    r"|(?m:^(?i:from|to|cc)[ \t]*:[ \t]*(?P<head>" + _SHAPED + r")[ \t]*$)"
    # a review's author, and a review line's
    r"|(?m:^[ \t]*by[ \t]+(?P<by>" + _SHAPED + r")(?=[ \t]*(?:·|\||$)))"
    r"|[★☆]{3,}[ \t]+(?P<stars>" + _SHAPED + r")(?=[ \t]*:)"
    # a DNA site's match, an account's linked accounts, a game's nickname
    r"|\b(?i:top[ \t]+(?:match|one)(?:[ \t]+is|[ \t]*:))[ \t]+(?P<match>"
    + _SHAPED
    + r")"
    + _END
    + r"|\b(?i:nick(?:u|name|em)?|ник(?:ом)?)[ \t]+(?P<nick>"
    + _SHAPED
    + r")"
    + _END
    # who did something on a platform: "reviewed by FoxEmber", "reported by FrostViper884"
    + r"|\b(?i:reviewed|reported|flagged|posted|exported|created|uploaded|submitted|shared|blocked|muted|banned|"
    r"kicked|invited|followed|edited|assigned)[ \t]+(?i:by)[ \t]+(?P<acted>"
    + _SHAPED
    + r")"
    + _END
    # where to reach someone on an app: "Reply to sweetpixel2005 on the app"
    + r"|\b(?i:reply|message|dm|msg|text|write|add)[ \t]+(?:(?i:to)[ \t]+)?(?P<on>"
    + _SHAPED
    + r")[ \t]+(?i:on[ \t]+(?:the[ \t]+)?(?:app|site|platform|discord|snap(?:chat)?|insta(?:gram)?|tiktok|telegram|kik|"
    r"roblox|whatsapp)\b)"
    # a record's user fields: "reporter": "sk8_boba_27", "to": "its.benjamin"
     + r"|\"(?i:reporter|reported_by|from|to|sender|recipient|target|author|user|username|handle|login|"
    r"screen_name|nick|player)\"[ \t]*:[ \t]*\"(?P<json>"
    + _SHAPED
    + r")\""
    # a profile's path: "GET /users/xdieterx32/profile"
    + r"|/(?i:users?|u|profiles?|members?)/(?P<path>"
    + _SHAPED
    + r")(?=[/?#\s\"']|$)"
    # a platform's numeric user ID: "Discord user ID 998188674550994127", "(ID 707071858713024377)", "uid 3315…"
    + r"|(?i:discord[ \t]+(?:user[ \t]+)?id|user[ _]?id|uid|steam[ \t]*id(?:64)?|\(id)[ \t]*[:#=]?[ \t]*"
    r"(?P<num>\d{15,20})(?!\d)"
    # a log's login: "PAP authentication succeeded for seo-yeon.jeong736", "Accepted password for dkim"
     + r"|(?i:succeeded|failed|accepted|denied)[ \t]+(?i:(?:password|publickey)[ \t]+)?(?i:for)[ \t]+"
    r"(?i:invalid[ \t]+user[ \t]+|user[ \t]+)?(?P<auth>[A-Za-z][\w.\-]{1,31})(?![\w.\-@])"
)
# System accounts a log names: no one's handle.
_SYSTEM_ACCOUNTS = frozenset("root admin administrator guest user test nobody daemon postgres ubuntu www-data".split())
_LINKED = re.compile(
    r"(?i:linked|other|alt|related)[ \t]+accounts?(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*:[ \t]*(?P<list>[^\n]+)"
)
_LIST_ITEM = re.compile(r"(?<![\w.@])" + _SHAPED + _END)
# A data download's followers and following: each entry's "value" is the account its "href" links to
# ({"value": "giorgos__uk", "href": "https://www.yappr.com/giorgos__uk"}), whatever its shape.
_LINKED_VALUE = re.compile(
    r"\"value\"[ \t]*:[ \t]*\"(?P<v>[^\"\s/]{2,64})\"[ \t]*,[ \t]*\"href\"[ \t]*:[ \t]*\"https?://[^\"\s]*/(?P=v)/?\""
)
# A chat export's participants: [{"name": "the_real_nour"}, {"name": "cagatay__ttv"}].
_PARTICIPANTS = re.compile(r"\"participants\"[ \t]*:[ \t]*\[(?P<list>[^\]]{0,2000})\]")
# (there a lower-case word with a digit at its end is one too: "lilabena5")
_EXPORT_HANDLE = r"(?:" + _SHAPED + r"|[a-z][a-z0-9]*\d)"
_PARTICIPANT = re.compile(r"\"name\"[ \t]*:[ \t]*\"(?P<v>" + _EXPORT_HANDLE + r")\"")
# Its messages' senders: {"sender_name": "lilabena5", "timestamp_ms": …}.
_SENDER = re.compile(r"\"sender_name\"[ \t]*:[ \t]*\"(?P<v>" + _EXPORT_HANDLE + r")\"")
# A handle glued to its label in Chinese, Japanese or Korean: "帳號jxyo_6287在Dcard上…".
_CJK_ACCOUNT = re.compile(
    r"(?:帳號|帐号|賬號|账号|アカウント|계정)[:：]?[ \t]*(?P<v>[A-Za-z0-9][\w.\-]{2,30}?)(?=[^\x00-\x7f]|[\s,.!?]|$)"
)


def handle_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each handle in the positions above."""
    for m in _POSITIONS.finditer(text):
        group = next(g for g, v in m.groupdict().items() if v is not None)
        if group == "auth" and m.group(group).casefold() in _SYSTEM_ACCOUNTS:
            continue
        if not _NOT_HANDLE.fullmatch(m.group(group)):
            yield m.span(group)
    for m in _LINKED_VALUE.finditer(text):
        yield m.span("v")
    for rx in (_SENDER, _CJK_ACCOUNT):
        for m in rx.finditer(text):
            if not _NOT_HANDLE.fullmatch(m.group("v")):
                yield m.span("v")
    for m in _PARTICIPANTS.finditer(text):
        for item in _PARTICIPANT.finditer(text, *m.span("list")):
            if not _NOT_HANDLE.fullmatch(item.group("v")):
                yield item.span("v")
    for m in _LINKED.finditer(text):
        a, b = m.span("list")
        for item in _LIST_ITEM.finditer(text, a, b):
            if not _NOT_HANDLE.fullmatch(item.group()):
                yield item.span()


class UsernamePositionsRecognizer(FoundSpansRecognizer):
    ENTITY = "USERNAME"
    SCORE = 0.8
    SCREEN = needs(
        words="reply replied comment answer from to cc by top nick nicku nickname nickem ник ником accounts account "
        "message dm msg text write add id uid userid user_id steamid succeeded failed accepted denied",
        substrings='— -- – ★ ☆ /user /u/ /profile /member " 帳號 帐号 賬號 账号 アカウント 계정',
    )

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        for start, end in handle_spans(text):
            yield self.ENTITY, start, end
