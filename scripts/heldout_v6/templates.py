"""Document templates for heldout_v6.

Each template is a function taking a context `R` and returning a `values.Doc`.  Templates are registered per register
with the @tpl decorator.  All randomness comes from R.rng.
"""

import datetime as dt
import json

import sources as S
import values as V
from values import L, tmap, plain_map

REG = {"gamemod": [], "groupchat": [], "referral": [], "translated": [], "structured": [], "negative": []}


def tpl(register):
    def deco(fn):
        REG[register].append(fn)
        return fn

    return deco


class R:
    """Per-document context."""

    def __init__(self, rng):
        self.rng = rng
        self.ref = V.ref_date(rng)

    def p(self, prob):
        return self.rng.random() < prob

    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def person(self, **kw):
        kw.setdefault("ref", self.ref)
        return V.Person(self.rng, **kw)

    def child(self, **kw):
        return self.person(minor=True, **kw)

    def adult(self, **kw):
        return self.person(minor=False, **kw)

    def shuffle(self, seq):
        seq = list(seq)
        self.rng.shuffle(seq)
        return seq

    def typo(self, parts, rate):
        return plain_map(parts, lambda s: V.typo_text(self.rng, s, rate))

    def date(self, style=None, back=120):
        d = self.ref - dt.timedelta(days=self.randint(0, back))
        return V.fmt_date(self.rng, d, style)

    def time(self, secs=None):
        h, m = self.randint(0, 23), self.randint(0, 59)
        if secs or (secs is None and self.p(0.5)):
            return "%02d:%02d:%02d" % (h, m, self.randint(0, 59))
        return "%02d:%02d" % (h, m)

    def ticket(self, prefix=None):
        prefix = prefix or self.pick(["TS", "CS", "MOD", "RPT", "ESC", "T&S", "INC"])
        return "%s-%s" % (prefix, V.digits(self.rng, self.pick([6, 7, 8]), True))

    def case_ref(self):
        return self.pick(["HL-%d-%05d", "ICSL/%d/%05d", "CASE %d-%05d", "REF %d/%05d"]) % (
            self.ref.year,
            self.randint(1, 99999),
        )

    def clock(self, start=None):
        return Clock(self, start)


class Clock:
    def __init__(self, r, start=None):
        self.r = r
        d = r.ref - dt.timedelta(days=r.randint(0, 40))
        self.t = start or dt.datetime(d.year, d.month, d.day, r.randint(7, 22), r.randint(0, 59), r.randint(0, 59))

    def tick(self, lo=5, hi=400):
        self.t += dt.timedelta(seconds=self.r.randint(lo, hi))
        return self.t


def h12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def join_lines(lines, sep="\n"):
    out = []
    for i, ln in enumerate(lines):
        if i:
            out.append(sep)
        out.append(ln)
    return out


def bullets(r, items, style=None):
    style = style or r.pick(["- ", "* ", "• ", "", "> "])
    out = []
    for i, it in enumerate(items):
        b = style if style != "num" else "%d. " % (i + 1)
        out.append([b, it, "\n"])
    return out


def maybe_upper(r, parts, prob):
    return tmap(parts, str.upper) if r.p(prob) else parts


def json_str(v):
    """Serialise a str/L for embedding in JSON while keeping the L label."""
    if isinstance(v, L):
        q = json.dumps(v.text, ensure_ascii=False)
        assert q == '"' + v.text + '"', v.text
        return ['"', v, '"']
    if isinstance(v, (int, float)) or v is None or isinstance(v, bool):
        return json.dumps(v)
    if isinstance(v, list):
        v = V.flat(v)
        if not any(isinstance(x, L) for x in v):
            return json.dumps("".join(v), ensure_ascii=False)
    if isinstance(v, list):
        # a composite string made of several parts
        out = ['"']
        for x in v:
            if isinstance(x, L):
                out.append(x)
            else:
                out.append(json.dumps(x, ensure_ascii=False)[1:-1])
        out.append('"')
        return out
    return json.dumps(v, ensure_ascii=False)


def json_obj(pairs, indent=2, level=0):
    """pairs: list of (key, value); value may be str, L, number, nested list of pairs (object) or ("array", [...])."""
    if indent is None:
        items = []
        for k, v in pairs:
            items.append([json.dumps(k), ": ", _json_val(v, None, 0)])
        return ["{", join_lines(items, ", "), "}"]
    pad = " " * (indent * (level + 1))
    items = []
    for k, v in pairs:
        items.append([pad, json.dumps(k), ": ", _json_val(v, indent, level + 1)])
    return ["{\n", join_lines(items, ",\n"), "\n", " " * (indent * level), "}"]


def _json_val(v, indent, level):
    if isinstance(v, tuple) and v and v[0] == "object":
        return json_obj(v[1], indent, level)
    if isinstance(v, tuple) and v and v[0] == "array":
        vals = [_json_val(x, indent, level) for x in v[1]]
        return ["[", join_lines(vals, ", "), "]"]
    return json_str(v)


def chat_lower(r, parts, prob=0.5):
    return tmap(parts, str.lower) if r.p(prob) else parts


# =====================================================================================================================
# 1. GAMEMOD — moderation reports from gaming / streaming platforms
# =====================================================================================================================
GM_CATS = [
    "Child safety – grooming",
    "Sexual content involving a minor",
    "Solicitation of a minor",
    "Off-platform contact request",
    "Sextortion",
    "Harassment / bullying",
    "Underage user",
    "Self-harm risk",
    "Doxxing / personal info shared",
    "Account compromise",
]
CURRENCY = ["gems", "coins", "V-Bucks", "Robux", "crystals", "credits", "tokens", "skins"]


def gm_chat_lines(r, adult_h, child_h, child, adult, lang_mix=True):
    """A short quoted chat between an adult user and a child; returns list of (speaker_L, parts)."""
    cur = r.pick(CURRENCY)
    A, C = adult_h, child_h
    lines = []
    opening = [
        (A, ["hey u play a lot huh"]),
        (A, ["ur really good at this game"]),
        (A, ["wanna duo?"]),
        (A, ["hi cutie"]),
        (C, ["who r u"]),
        (A, ["i can get u free %s if u want" % cur]),
    ]
    lines += r.sample(opening, r.randint(1, 3))
    ask_age = [(A, ["how old r u"]), (A, ["wait how old are you"]), (A, ["asl?"]), (A, ["u look young lol how old"])]
    lines.append(r.pick(ask_age))
    ma = V.age_of(child, rng=r.rng)
    lines.append(
        r.pick(
            [
                (C, [ma]),
                (C, ["im ", ma]),
                (C, [ma, " why"]),
                (C, ["i'm ", ma, " and u?"]),
                (C, ["turning ", V.minor_age(r.rng, min(child.age + 1, 17)), " next month"]),
            ]
        )
    )
    aa = V.adult_age(r.rng, adult.age)
    lines.append(
        r.pick(
            [
                (A, ["im ", aa, " but age is just a number"]),
                (A, [aa, " lol dont tell anyone"]),
                (A, ["same haha. jk im ", aa]),
                (A, ["old man here ", aa, " 😂"]),
            ]
        )
    )
    extras = []
    t = V.address(r.rng, child.country, native=False).town
    extras.append([(A, ["where u from"]), (C, [r.pick(["", "near ", "in ", "live in "]), t])])
    extras.append([(A, ["whats ur real name"]), (C, [r.pick(["", "its ", "my name is "]), child.given("latin")])])
    extras.append(
        [(A, [r.pick(["add me on snap ", "my snap is ", "snap me "]), V.username(r.rng, adult)]), (C, ["ok"])]
    )
    extras.append(
        [
            (A, ["give me ur number i'll text u"]),
            (C, [V.phone(r.rng, S.COUNTRIES[child.country]["region"], r.pick(["nat", "compact", "intl"]))]),
        ]
    )
    extras.append([(A, ["send a pic and i'll give u 2000 %s" % cur])])
    extras.append([(A, ["dont tell ur parents about me ok? they wont get it"])])
    extras.append([(A, ["move to discord, my tag is ", V.username(r.rng, adult)])])
    extras.append([(A, ["call me ", adult.nick("latin"), " btw"])])
    extras.append([(A, ["follow me ", V.profile_url(r.rng, person=adult, kind=r.pick(["insta", "tiktok", "x"]))])])
    extras.append([(C, ["my mum says i cant talk to ppl i dont know"]), (A, ["im not a stranger tho 🙂"])])
    for ex in r.sample(extras, r.randint(2, 4)):
        lines += ex
    return lines


def render_quote(r, lines, style, clock):
    out = []
    for spk, msg in lines:
        t = clock.tick(4, 120)
        if style == 0:
            out.append(["[%02d:%02d:%02d] <" % (t.hour, t.minute, t.second), spk, "> ", msg, "\n"])
        elif style == 1:
            out.append(["  ", spk, ": ", msg, "\n"])
        elif style == 2:
            out.append(["> ", spk, ' said: "', msg, '"\n'])
        elif style == 3:
            out.append(["(%02d:%02d) " % (t.hour, t.minute), spk, " — ", msg, "\n"])
        else:
            out.append([t.strftime("%Y-%m-%dT%H:%M:%SZ"), " | ", spk, " | ", msg, "\n"])
    return out


def _gm_people(r):
    child = r.child(min_age=9, max_age=16)
    adult = r.adult(min_age=19, max_age=52, gender=r.pick("mmmf"))
    ch = V.username(r.rng, child if r.p(0.5) else None)
    ah = V.username(r.rng, adult if r.p(0.4) else None)
    return child, adult, ch, ah


@tpl("gamemod")
def gm_ticket(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    plat = r.pick(S.PLATFORMS)
    uid = L(V.digits(r.rng, r.pick([9, 10, 12]), True), "USERNAME")
    d.f("[{plat} Trust & Safety] Ticket {t}\n", plat=plat, t=r.ticket())
    d.f("Opened: {dt} {tm} UTC    Queue: {q}\n", dt=r.date("iso", 10), tm=r.time(), q=r.pick(GM_CATS))
    d.add("Reported account: ", ah, " (account ID ", uid, ")\n")
    d.add("Reporter: ", ch, r.pick([" (self-report)", "", " via in-game report button"]), "\n")
    if r.p(0.6):
        d.add("Reporter claimed age in profile: ", V.age_of(child), "\n")
    d.add("\nSummary\n-------\n")
    sents = [
        ["Reported user repeatedly asked the reporter for their age and where they live."],
        ["Reporter states they are ", V.age_of(child, rng=r.rng), " years old."],
        ["Reported user claims to be ", V.adult_age(r.rng, adult.age), " in voice and text chat."],
        ["User offered in-game %s in exchange for photos." % r.pick(CURRENCY)],
        ["Conversation moved towards requesting off-platform contact."],
    ]
    d.add(join_lines(r.shuffle(sents)[: r.randint(3, 5)], r.pick([" ", "\n"])), "\n\n")
    d.add(r.pick(["Chat excerpt (auto-captured):\n", "Captured messages:\n", "EVIDENCE – chat log\n"]))
    d.add(render_quote(r, gm_chat_lines(r, ah, ch, child, adult), r.randint(0, 4), r.clock()))
    d.add("\n", r.pick(["Moderator notes:\n", "Reviewer notes:\n", "Notes\n"]))
    kind, dev = V.device_id(r.rng)
    notes = [
        ["Last login IP ", V.ip(r.rng), "; geo-IP resolves to ", V.town(r.rng, adult.country, native=False), "."],
        ["Device on last session: ", kind, " ", dev],
        ["Reported account created ", r.date("long", 400), ", ", r.pick(["3", "5", "11", "2"]), " prior warnings."],
        ["Account suspended pending review; escalated to child safety."],
    ]
    if r.p(0.4):
        notes.append(["Linked email on file: ", V.email(r.rng, adult)])
    d.add(bullets(r, r.shuffle(notes)[: r.randint(2, 4)]))
    return d


@tpl("gamemod")
def gm_stream(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    plat = r.pick(["StreamNest", "Echo Lobby", "LoopChat Live", "Twitch", "Kick"])
    streamer = child if r.p(0.6) else adult
    sh = ch if streamer is child else ah
    viewer = ah if streamer is child else ch
    d.f("{plat} | Livestream incident report\n", plat=plat)
    d.add("Channel: ", sh, "   VOD id: v", V.digits(r.rng, 10, True), "\n")
    d.add("Stream date: ", r.date(r.pick(["iso", "dmy", "us_long"]), 30), "\n")
    if streamer is child:
        d.add("Streamer appears to be a minor (stated age on stream: ", V.age_of(child, rng=r.rng), "). ")
        d.add(
            r.pick(
                [
                    "Streamer's first name visible on a birthday card in frame: ",
                    "Streamer is called ",
                    "A parent in the background calls the streamer ",
                ]
            ),
            child.given("latin"),
            ".\n",
        )
        if r.p(0.5):
            d.add(
                "At ",
                "01:%02d:%02d" % (r.randint(0, 59), r.randint(0, 59)),
                " the streamer says they live in ",
                V.town(r.rng, child.country),
                " and go to ",
                r.pick(S.SCHOOLS),
                ".\n",
            )
    else:
        d.add(
            "Streamer is an adult (",
            V.adult_age(r.rng, adult.age),
            ") who regularly invites young viewers into voice party.\n",
        )
    d.add("\nViewer messages of concern:\n")
    cl = r.clock()
    msgs = [
        [viewer, ": how old is everyone here"],
        [viewer, ": ", r.pick(["dm me", "add me", "whisper me"]), " ", V.username(r.rng, adult, at=True)],
        [viewer, ": u should do a sleepover stream lol"],
        [viewer, ": what school do u go to"],
        [viewer, ": i sent u a gift check ur dms"],
    ]
    for m in r.shuffle(msgs)[: r.randint(2, 4)]:
        t = cl.tick()
        d.add("  %02d:%02d  " % (t.hour, t.minute), m, "\n")
    if r.p(0.5):
        d.add("\nClip shared externally at ", V.profile_url(r.rng, kind="twitch", handle=sh.text.lstrip("@")), "\n")
    d.add(
        "\n",
        r.pick(["Action taken: ", "Outcome: "]),
        r.pick(
            [
                "viewer banned, stream flagged for age review.",
                "escalated to hotline partner; chat restricted.",
                "warning issued; follow-up required.",
            ]
        ),
        "\n",
    )
    return d


@tpl("gamemod")
def gm_autoflag(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    d.add(
        "AUTOFLAG ",
        r.pick(["v3.2", "v4", "beta"]),
        "  classifier=",
        r.pick(["grooming", "csea-text", "solicitation"]),
        "  score=0.%02d\n" % r.randint(81, 99),
    )
    d.add("msg_id: ", V.digits(r.rng, 16, True), "\n")
    d.add("sender: ", ah, "  (uid ", L(V.snowflake(r.rng), "USERNAME"), ")\n")
    d.add("recipient: ", ch, "\n")
    msgs = [
        ["u said ur ", V.age_of(child), " right? thats fine i like mature girls/boys"],
        ["text me instead ", V.phone(r.rng, S.COUNTRIES[adult.country]["region"])],
        ["my real name is ", adult.given("latin"), " btw, dont tell anyone"],
        ["i live near ", V.town(r.rng, adult.country), " we could meet"],
        ["delete this chat after ok"],
    ]
    m = r.pick(msgs)
    d.add('text: "', m, '"\n')
    d.add("context_window: ", str(r.randint(5, 40)), " msgs\n\n")
    rev = r.adult(culture=r.pick(["en_gb", "en_us", "fil", "pt_br", "de", "pl"]))
    d.add(
        "HUMAN REVIEW (", rev.given("latin"), r.pick([" ", ", "]), r.pick(["T&S L2", "CS team", "night shift"]), "):\n"
    )
    rv = [
        ["True positive. Recipient profile lists age ", V.age_of(child), "."],
        ["Sender has ", str(r.randint(2, 9)), " other minor contacts flagged this month."],
        ["Sender device: ", V.android_id(r.rng), " / IP ", V.ipv4(r.rng)],
        ["Recommend NCMEC/hotline referral."],
        ["Sender says in other chats he is ", V.adult_age(r.rng, adult.age), "."],
    ]
    d.add(join_lines(r.shuffle(rv)[: r.randint(2, 4)], "\n"), "\n")
    return d


@tpl("gamemod")
def gm_player_report(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    plat = r.pick(S.PLATFORMS)
    d.add(plat, " – Report a player\n")
    d.add("Player you are reporting: ", ah, "\n")
    d.add("Reason: ", r.pick(["Inappropriate chat", "Asking for personal info", "Other", "Scamming", "Bullying"]), "\n")
    d.add("Tell us what happened:\n")
    body = []
    body.append(
        [
            "this ",
            r.pick(["guy", "person", "player", "man"]),
            " ",
            ah,
            " keeps ",
            r.pick(
                [
                    "asking me for pics",
                    "asking where i live",
                    "saying weird stuff to me",
                    "begging me to add him on snap",
                ]
            ),
        ]
    )
    body.append(["im ", V.age_of(child, rng=r.rng), " and he said hes ", V.adult_age(r.rng, adult.age)])
    body.append(["he knows i live in ", V.town(r.rng, child.country, native=False), " because i said it in chat"])
    body.append(
        ["he said if i dont send he will tell every1 my address ", V.address(r.rng, child.country, native=False).street]
    )
    body.append(["my freind ", V.Person(r.rng, culture=child.culture).given("latin"), " saw it too"])
    body.append(["he wants me to call him on ", V.phone(r.rng, S.COUNTRIES[adult.country]["region"])])
    body.append(["pls ban him"])
    picked = r.shuffle(body[:-1])[: r.randint(3, 5)] + [body[-1]]
    sep = r.pick([". ", " ", "\n", ", "])
    txt = join_lines(picked, sep)
    txt = r.typo(txt, 0.12)
    txt = tmap(txt, str.lower) if r.p(0.5) else txt
    d.add(txt, "\n")
    d.add("Your age: ", V.age_of(child), "\n")
    if r.p(0.5):
        d.add("Contact email (optional): ", V.email(r.rng, child), "\n")
    d.add("Submitted from: ", r.pick(["iOS app", "Android app", "Web", "Console"]), " · ", V.ip(r.rng), "\n")
    return d


@tpl("gamemod")
def gm_enforcement(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    d.add("ENFORCEMENT LOG — ", r.ticket("ENF"), "\n")
    d.add("Primary account: ", ah, "\n")
    d.add("Action: ", r.pick(["PERMANENT_BAN", "HARDWARE_BAN", "SUSPEND_30D", "DEVICE_BAN + REPORT"]), "\n")
    d.add(
        "Reason: ",
        r.pick(
            [
                "repeated solicitation of minors",
                "sextortion attempt",
                "ban evasion + grooming",
                "sharing sexual content with under-13 user",
            ]
        ),
        "\n\n",
    )
    d.add("Linked accounts (shared device/IP):\n")
    for _ in range(r.randint(2, 4)):
        d.add(
            "  ",
            V.username(r.rng),
            "  created ",
            r.date("iso", 700),
            "  email ",
            V.email(r.rng, adult if r.p(0.5) else None, obfuscate=False),
            "\n",
        )
    d.add("\nNetwork:\n")
    for _ in range(r.randint(1, 3)):
        d.add(
            "  ip=",
            V.ip(r.rng, 0.3),
            r.pick(["", "/24" if False else "", ":443", " (VPN?)"]),
            "  seen=",
            str(r.randint(1, 60)),
            "x\n",
        )
    d.add("Hardware:\n  mac=", V.mac(r.rng), "\n  ")
    kind, dev = V.device_id(r.rng, r.pick(["imei", "android", "serial", "uuid"]))
    d.add(kind, "=", dev, "\n")
    if r.p(0.5):
        d.add("\nVictim account: ", ch, " (stated age ", V.age_of(child), ")\n")
    if r.p(0.4):
        d.add("Payment profile name: ", adult.full("latin"), "\n")
    return d


@tpl("gamemod")
def gm_voice(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    d.add(
        r.pick(["Voice chat review", "VOICE TRANSCRIPT SUMMARY", "Voice report – reviewed"]),
        " · ",
        r.pick(S.PLATFORMS),
        "\n",
    )
    d.add(
        "Party session ",
        V.digits(r.rng, 8, True),
        ", ",
        r.date("dmy", 20),
        ", duration ",
        "%d min" % r.randint(6, 95),
        "\n\n",
    )
    ap = adult.pronoun()
    sents = [
        [
            "Speaker identified as ",
            ah,
            " states ",
            ap,
            " is ",
            V.adult_age(r.rng, adult.age),
            " and lives in ",
            V.town(r.rng, adult.country, native=False),
            ".",
        ],
        [
            "A younger-sounding speaker (",
            ch,
            ") says they are ",
            V.age_of(child, rng=r.rng),
            " and in year ",
            str(max(1, child.age - 4)),
            ".",
        ],
        [ah, ' asks the child to "switch to private" and to keep the call secret.'],
        [
            ap.capitalize(),
            " gives ",
            adult.poss(),
            " name as ",
            adult.full("latin") if r.p(0.5) else adult.given("latin"),
            ".",
        ],
        [
            "Child mentions their mum ",
            V.Person(r.rng, culture=child.culture, gender="f", ref=r.ref).given("latin"),
            " is at work until late.",
        ],
        [
            "The adult reads out a number for the child to text: ",
            V.phone(r.rng, S.COUNTRIES[adult.country]["region"], r.pick(["spoken", "nat", "intl"])),
            ".",
        ],
    ]
    picked = [sents[0], sents[1]] + r.shuffle(sents[2:])[: r.randint(2, 4)]
    d.add(join_lines(picked, r.pick([" ", "\n"])), "\n\n")
    d.add(
        "Reviewer: ",
        r.adult(culture=r.pick(["en_gb", "en_us", "fil", "es"])).full("latin"),
        " — ",
        r.pick(["confirmed, escalate", "likely grooming, escalate", "needs second review"]),
        "\n",
    )
    return d


@tpl("gamemod")
def gm_escalation_email(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    plat = r.pick(S.PLATFORMS)
    sender = r.adult(culture=r.pick(["en_us", "en_gb", "de", "fr", "nl"]))
    d.add(
        "From: ",
        sender.full("latin"),
        " <",
        V.email(r.rng, sender, domain=V.slug(plat) + ".com", obfuscate=False),
        ">\n",
    )
    d.add(
        "To: ",
        S.HOTLINE,
        " – referrals desk\nSubject: Escalation ",
        r.ticket("ESC"),
        " – suspected ",
        r.pick(["grooming", "sextortion", "CSAM solicitation"]),
        "\n\n",
    )
    d.add(r.pick(["Hi team,", "Hello,", "Dear colleagues,"]), "\n\n")
    d.f("We are escalating account {h} on {plat}. ", h=ah, plat=plat)
    d.add("Data we hold on the account:\n")
    items = [
        ["name on payment method: ", adult.full("latin")],
        ["email: ", V.email(r.rng, adult, obfuscate=False)],
        ["phone (verified): ", V.phone(r.rng, S.COUNTRIES[adult.country]["region"], "e164")],
        ["date of birth given at sign-up: ", V.dob_of(r.rng, adult)],
        ["last IPs: ", V.ipv4(r.rng), ", ", V.ip(r.rng, 0.5)],
    ]
    if adult.country == "US" or r.p(0.5):
        st, dl = V.us_dl(r.rng)
        items.append(["age verification upload: %s driver license " % st, dl])
    elif r.p(0.6):
        items.append(["age verification upload: US passport no. ", V.us_passport(r.rng)])
    d.add(bullets(r, r.shuffle(items)[: r.randint(3, len(items))]))
    d.add("\nThe user contacted ", ch, ", whose profile says ", r.pick(["they are", "age"]), " ", V.age_of(child), ". ")
    if r.p(0.6):
        d.add(
            "The child told our agent their name is ",
            child.full("latin"),
            " and that they live in ",
            V.town(r.rng, child.country, native=False),
            ". ",
        )
    d.add(
        "\n\n",
        r.pick(["Thanks,", "Best,", "Kind regards,"]),
        "\n",
        sender.given("latin"),
        "\n",
        plat,
        " Trust & Safety\n",
    )
    if r.p(0.5):
        d.add(V.phone(r.rng, S.COUNTRIES[S.CULTURES[sender.culture]["country"]]["region"], "intl", kind="fixed"), "\n")
    return d


@tpl("gamemod")
def gm_discord_modlog(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    server = r.pick(["Blox Hangout", "Minecraft SMP Kids", "Anime Squad", "Fortnite Duos LFG", "Pet Sim Traders"])
    d.add("#mod-log — ", server, "\n")
    cl = r.clock()
    mods = [V.username(r.rng) for _ in range(2)]
    entries = []
    entries.append([mods[0], " used /warn ", V.username(r.rng, adult, at=True), " reason: asking kids for age"])
    entries.append(["AutoMod blocked a message from ", ah, ': "whats ur snap? mine is ', V.username(r.rng, adult), '"'])
    entries.append(
        [
            "AutoMod blocked a message from ",
            ch,
            ': "my number is ',
            V.phone(r.rng, S.COUNTRIES[child.country]["region"], r.pick(["nat", "spaced", "mixed"])),
            '"',
        ]
    )
    entries.append([mods[1], ": ", ch, " said in #general they're ", V.age_of(child), ", under 13 rule → removed"])
    entries.append(
        [mods[0], ": user ", ah, " DMing members, claims to be ", V.adult_age(r.rng, adult.age), ". ban + report"]
    )
    entries.append(["Member left: ", ah, " (ID ", L(V.snowflake(r.rng), "USERNAME"), ")"])
    entries.append([mods[1], ": he posted a pic w/ his car plate visible: ", V.plate(r.rng, adult.country)])
    for e in r.shuffle(entries)[: r.randint(4, 6)]:
        t = cl.tick(30, 3000)
        d.add("[", t.strftime("%d/%m %H:%M"), "] ", e, "\n")
    return d


@tpl("gamemod")
def gm_purchase(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    if r.p(0.5):
        child = r.child(min_age=9, max_age=16, culture=r.pick(S.COUNTRIES["US"]["cultures"]), country="US")
        ch = V.username(r.rng, child)
    parent = r.adult(culture=child.culture, country=child.country, min_age=30, max_age=55)
    plat = r.pick(S.PLATFORMS)
    d.add(plat, " Payments – dispute / safeguarding note\n")
    d.add("Order ", "ORD-", V.digits(r.rng, 9, True), "  ", r.date("iso", 30), "\n")
    d.add("Player account: ", ch, " (declared age ", V.age_of(child), ")\n")
    brand, cc = V.credit_card(r.rng)
    d.add("Card: ", brand, " ", cc, "  exp %02d/%02d\n" % (r.randint(1, 12), r.randint(26, 31)))
    d.add("Cardholder: ", parent.full("latin", case=r.pick([None, "upper"])), "\n")
    a = V.address(r.rng, child.country, native=False)
    d.add("Billing address: ", a.line(r.rng), "\n")
    d.add("Purchase IP: ", V.ipv4(r.rng), "\n\n")
    d.add(
        "Note: ",
        r.pick(["Parent", "Cardholder"]),
        ' called in and said the %d %s were sent as "gifts" to ' % (r.randint(800, 12000), r.pick(CURRENCY)),
        ah,
        ' after that player promised to "be %s". ' % r.pick(["their boyfriend", "their girlfriend", "their bestie"]),
    )
    if r.p(0.5):
        d.add(
            "Parent contact: ",
            V.phone(r.rng, S.COUNTRIES[parent.country]["region"]),
            " / ",
            V.email(r.rng, parent),
            ". ",
        )
    iban_cc = [
        "GB",
        "DE",
        "FR",
        "ES",
        "IT",
        "NL",
        "BE",
        "PL",
        "PT",
        "IE",
        "TR",
        "GR",
        "SE",
        "NO",
        "RO",
        "CH",
        "AT",
        "DK",
        "FI",
        "CZ",
        "HU",
        "UA",
        "IL",
        "JO",
        "GE",
        "BR",
    ]
    if child.country == "US" and r.p(0.8):
        d.add("Refund requested by bank transfer: routing ", V.aba(r.rng), ", account ", V.bank_account(r.rng), ". ")
    elif child.country in iban_cc and r.p(0.7):
        d.add("Refund to IBAN ", V.iban(r.rng, child.country), ". ")
    d.add("\n")
    return d


@tpl("gamemod")
def gm_clan_table(r):
    d = V.Doc()
    plat = r.pick(S.PLATFORMS)
    d.add(
        'Clan investigation — "',
        r.pick(["Night Owls", "Sk8 Gang", "Lil Angels", "Toxic Tigers", "Moon Squad"]),
        '" (',
        plat,
        ")\n",
    )
    d.add("Concern: adult members recruiting minors into a private server.\n\n")
    sep = r.pick([" | ", "\t", "  "])
    d.add(sep.join(["member", "role", "claimed age", "location in bio", "notes"]), "\n")
    for i in range(r.randint(4, 7)):
        minor = r.p(0.6)
        p = r.child(min_age=10, max_age=16) if minor else r.adult(min_age=19, max_age=45)
        h = V.username(r.rng, p if r.p(0.5) else None)
        role = r.pick(["leader", "officer", "member", "recruit"]) if not minor else r.pick(["member", "recruit"])
        loc = V.town(r.rng, p.country, native=p.is_native and r.p(0.4)) if r.p(0.7) else "—"
        note = r.pick(
            [
                "",
                "",
                "DMs younger members",
                "shared phone in chat",
                "voice sounds adult",
                "says parents are strict",
                ["real name ", p.given("latin")],
            ]
        )
        d.add(h, sep, role, sep, V.age_of(p), sep, loc, sep, note, "\n")
    d.add("\nLeader's linked socials: ", V.profile_url(r.rng), "\n")
    return d


@tpl("gamemod")
def gm_location_share(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    d.add(
        r.pick(["Safety alert", "URGENT – possible meet-up", "Location shared in chat"]),
        " — ",
        r.pick(S.PLATFORMS),
        "\n\n",
    )
    d.add(
        "At ",
        r.time(False),
        " the player ",
        ch,
        " (",
        V.age_of(child, rng=r.rng),
        r.pick([" y/o", " yrs", "yo", ""]),
        ") ",
        r.pick(["dropped a map pin", "shared live location", "pasted coordinates"]),
        " in a DM with ",
        ah,
        ":\n",
    )
    cc = child.country
    if r.p(0.5):
        d.add('    "this is my house ', V.geo(r.rng, cc), '"\n')
    else:
        d.add('    "https://maps.google.com/?q=', L(V.geo_pair_plain(r.rng, cc), "GEO_COORDINATES"), '"\n')
    d.add(ah, ' replied: "', r.pick(["ok see u saturday", "ill pick u up, be outside", "dont bring anyone"]), '"\n\n')
    if r.p(0.6):
        d.add("Geo-IP of ", ah, ": ", V.ipv4(r.rng), " → ", V.town(r.rng, adult.country, native=False), "\n")
    if r.p(0.5):
        d.add("The pin is near ", V.address(r.rng, cc, native=False).street, ".\n")
    d.add("Priority: ", r.pick(["P1", "P0 – imminent", "high"]), "\n")
    return d


@tpl("gamemod")
def gm_account_takeover(r):
    d = V.Doc()
    child, adult, ch, ah = _gm_people(r)
    parent = r.adult(culture=child.culture, country=child.country, min_age=30, max_age=55)
    d.add("Support ticket ", r.ticket("SUP"), " — Account recovery / safety\n")
    d.add("From: ", parent.full("latin"), r.pick([" (parent)", "", " – mum", " – dad"]), "\n\n")
    txt = []
    he, his = child.pronoun(), child.poss()
    txt.append(["My ", r.pick(["son" if he == "he" else "daughter", "kid"]), "'s account ", ch, " was taken over."])
    txt.append(
        [
            "Someone ",
            he,
            " met in the game (",
            ah,
            ") got ",
            his,
            " password, it was ",
            V.credential(r.rng, "password")[1],
            ".",
        ]
    )
    txt.append(
        [
            "They changed the email to ",
            V.email(r.rng, obfuscate=False),
            " and the phone to ",
            V.phone(r.rng, S.COUNTRIES[adult.country]["region"]),
            ".",
        ]
    )
    txt.append(["Now they message ", child.obj(), " saying they will post ", his, " pics unless ", he, " sends more."])
    txt.append([he.capitalize(), " is only ", V.age_of(child, rng=r.rng), "."])
    if r.p(0.5):
        txt.append(["The 2FA backup code ", he, " had written down was ", V.credential(r.rng, "backup")[1], "."])
    d.add(join_lines(txt, r.pick([" ", "\n"])), "\n\n")
    d.add(
        "Please call me on ",
        V.phone(r.rng, S.COUNTRIES[parent.country]["region"]),
        " or email ",
        V.email(r.rng, parent),
        ".\n",
    )
    if r.p(0.5):
        d.add("Our home IP is ", V.ipv4(r.rng), " if that helps.\n")
    return d


def crime_pred(r):
    """verb + CRIMINAL_HISTORY span with sane grammar (no leading space)."""
    c = V.crime(r.rng)
    w = c.text.split()[0]
    if c.text.startswith("registered"):
        return ["is a ", c]
    if w in ("has", "served", "pleaded"):
        return [c]
    return [r.pick(["was ", "is "]) if w in ("on", "awaiting", "subject") else "was ", c]


def crime_clause(r, subj):
    return [subj, " ", crime_pred(r)]


# =====================================================================================================================
# 2. GROUPCHAT — exports of group chats in several app formats
# =====================================================================================================================
FILLER_EN = [
    "lmaooo",
    "no way 😭",
    "bro what",
    "ok",
    "fr fr",
    "who's coming sat?",
    "omw",
    "ily guys 💕",
    "send the pics from friday",
    "ngl that's kinda sus",
    "wyd",
    "😂😂😂",
    "brb mum's calling",
    "did anyone do the maths hw",
    "that teacher is so annoying",
    "istg",
    "LMAO",
    "wait what",
    "same",
    "nahhh",
    "💀💀",
    "k",
    "im so bored",
    "who tf is that",
    "pls stop",
    "ur so weird 😭",
    "gn",
    "ikr",
    "<Media omitted>",
    "This message was deleted",
    "🔥🔥",
    "can someone explain",
    "ok boomer",
    "lol ok",
    "ur actually crazy",
    "shhh",
    "😳",
    "hello??",
    "is anyone awake",
    "ttyl",
]

FOREIGN = {
    "es": (
        ["jajajaja", "qué dices", "vale", "nos vemos mañana", "😂😂", "tío qué fuerte", "ya ves"],
        [
            lambda r, c: ["mi número es ", c["phone"]],
            lambda r, c: ["vivo en ", c["town"]],
            lambda r, c: ["tengo ", c["age"], " años"],
            lambda r, c: ["mi insta es ", c["handle"]],
            lambda r, c: ["estoy en ", c["street"], ", ven"],
        ],
    ),
    "pt": (
        ["kkkkkkk", "mds", "bora", "sério?", "aff", "tô indo"],
        [
            lambda r, c: ["meu zap é ", c["phone"]],
            lambda r, c: ["moro em ", c["town"]],
            lambda r, c: ["tenho ", c["age"], " anos"],
            lambda r, c: ["me segue lá ", c["handle"]],
            lambda r, c: ["minha casa é na ", c["street"]],
        ],
    ),
    "fr": (
        ["mdr", "grave", "jsp", "tkt", "ptdr", "wsh"],
        [
            lambda r, c: ["mon num c ", c["phone"]],
            lambda r, c: ["j'habite à ", c["town"]],
            lambda r, c: ["j'ai ", c["age"], " ans"],
            lambda r, c: ["mon snap: ", c["handle"]],
        ],
    ),
    "de": (
        ["digga", "krass", "safe", "ok lol", "was geht", "hahaha"],
        [
            lambda r, c: ["meine nummer: ", c["phone"]],
            lambda r, c: ["wohne in ", c["town"]],
            lambda r, c: ["bin ", c["age"]],
            lambda r, c: ["adde mich auf snap ", c["handle"]],
        ],
    ),
    "tl": (
        ["hahaha grabe", "sige", "ano ba yan", "omg", "ingat", "charot"],
        [
            lambda r, c: ["number ko ", c["phone"]],
            lambda r, c: ["taga ", c["town"], " ako"],
            lambda r, c: ["", c["age"], " na ako"],
            lambda r, c: ["add mo ako sa fb ", c["url"]],
        ],
    ),
    "hi": (
        ["haha sahi hai", "kya scene hai", "chal theek hai", "bhai 😂", "arre yaar"],
        [
            lambda r, c: ["mera number ", c["phone"], " hai"],
            lambda r, c: ["main ", c["town"], " mein rehta hoon"],
            lambda r, c: ["meri age ", c["age"], " hai"],
            lambda r, c: ["insta pe add kar ", c["handle"]],
        ],
    ),
    "ru": (
        ["ахахах", "ну да", "жесть", "ок", "капец", "лол"],
        [
            lambda r, c: ["мой номер ", c["phone"]],
            lambda r, c: ["мой город ", c["town_n"]],
            lambda r, c: ["мне ", c["age"], " " + ru_years(c["age_n"])],
            lambda r, c: ["добавь в вк ", c["url"]],
        ],
    ),
    "ar": (
        ["هههههه", "تمام", "يلا", "والله؟"],
        [
            lambda r, c: ["رقمي ", c["phone"]],
            lambda r, c: ["ساكن في ", c["town_n"]],
            lambda r, c: ["عمري ", c["age"], " سنة"],
        ],
    ),
    "th": (
        ["555555", "จริงดิ", "โอเค", "งงอะ"],
        [
            lambda r, c: ["เบอร์เรา ", c["phone"]],
            lambda r, c: ["บ้านอยู่ ", c["town_n"]],
            lambda r, c: ["อายุ ", c["age"], " ปี"],
        ],
    ),
    "ko": (
        ["ㅋㅋㅋㅋ", "헐", "ㅇㅋ", "ㄹㅇ"],
        [
            lambda r, c: ["내 번호 ", c["phone"]],
            lambda r, c: ["나 ", c["town_n"], " 살아"],
            lambda r, c: ["나 ", c["age"], "살이야"],
        ],
    ),
    "tr": (
        ["ahahah", "aynen", "tamam", "yok artık"],
        [
            lambda r, c: ["numaram ", c["phone"]],
            lambda r, c: ["", c["town"], "'da oturuyorum"],
            lambda r, c: ["", c["age"], " yaşındayım"],
        ],
    ),
    "pl": (
        ["xDDD", "serio?", "ok", "no weź"],
        [
            lambda r, c: ["mój numer ", c["phone"]],
            lambda r, c: ["moje miasto to ", c["town"]],
            lambda r, c: ["mam ", c["age"], " lat"],
        ],
    ),
    "ja": (
        ["ｗｗｗ", "まじ？", "りょ", "草"],
        [
            lambda r, c: ["電話番号 ", c["phone"]],
            lambda r, c: ["", c["town_n"], "に住んでる"],
            lambda r, c: ["", c["age"], "歳だよ"],
        ],
    ),
    "zh": (
        ["哈哈哈", "真的假的", "好的", "笑死"],
        [
            lambda r, c: ["我的手机号 ", c["phone"]],
            lambda r, c: ["我住在", c["town_n"]],
            lambda r, c: ["我", c["age"], "岁"],
        ],
    ),
}
LANG_COUNTRY = {
    "en": ["GB", "US", "CA", "AU", "IE", "NZ", "ZA", "NG", "KE"],
    "es": ["ES", "MX", "AR", "CL"],
    "pt": ["BR", "PT"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "tl": ["PH"],
    "hi": ["IN"],
    "ru": ["RU"],
    "ar": ["JO", "EG", "MA"],
    "th": ["TH"],
    "ko": ["KR"],
    "tr": ["TR"],
    "pl": ["PL"],
    "ja": ["JP"],
    "zh": ["CN"],
}


def ru_years(n):
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "года"
    return "лет"


def gc_people(r, cc, n):
    cults = S.COUNTRIES[cc]["cultures"]
    base_age = r.randint(11, 16)
    ppl = []
    for i in range(n):
        cu = r.pick(cults) if r.p(0.8) else r.pick(list(S.CULTURES))
        ppl.append(r.child(culture=cu, country=cc, min_age=max(8, base_age - 1), max_age=min(17, base_age + 1)))
    return ppl


def gc_display(r, p, mode=None):
    mode = mode or V.weighted(
        r.rng, [(5, "given"), (2, "emoji"), (2, "full"), (1, "nick"), (2, "handle"), (1, "phone")]
    )
    if mode == "given":
        return [p.given()]
    if mode == "emoji":
        return [p.given(), " " + r.pick(["🌸", "💕", "⚽", "🦋", "✨", "🖤", "🐸", "👑", "🍓"])]
    if mode == "full":
        return [p.full()]
    if mode == "nick":
        return [p.nick()]
    if mode == "handle":
        return [V.username(r.rng, p)]
    return [V.phone(r.rng, S.COUNTRIES[p.country]["region"], "intl")]


def gc_messages(r, ppl, cc, lang, intruder=None):
    """Returns list of (speaker_index, parts)."""
    region = S.COUNTRIES[cc]["region"]
    msgs = []
    n = len(ppl)

    def other(i):
        return ppl[(i + r.randint(1, n - 1)) % n]

    def ctx(i):
        p = ppl[i]
        a = V.address(r.rng, cc, native=False)
        an = V.address(r.rng, cc, native=True)
        return {
            "phone": V.phone(r.rng, region, r.pick(["nat", "nat", "intl", "compact", "spaced"])),
            "town": a.town,
            "town_n": an.town,
            "street": a.street,
            "age": V.age_of(p, rng=r.rng),
            "age_n": p.age,
            "handle": V.username(r.rng, p, at=r.p(0.4)),
            "url": V.profile_url(r.rng, person=p, kind=r.pick(["fb", "insta", "vk", "tiktok"])),
        }

    en_pii = [
        lambda i, p, o: ["my new number ", V.phone(r.rng, region, r.pick(["nat", "intl", "compact"]))],
        lambda i, p, o: [
            "text me ",
            V.phone(r.rng, region, r.pick(["nat", "spaced", "mixed", "dots"])),
            " not on here",
        ],
        lambda i, p, o: r.pick(
            [
                ["party at mine sat, ", V.address(r.rng, cc, False).street],
                ["im at ", V.address(r.rng, cc, False).street, " come over"],
                ["she lives at ", V.address(r.rng, cc, False).street, " i think"],
            ]
        ),
        lambda i, p, o: ["lol im only ", V.age_of(p, rng=r.rng)],
        lambda i, p, o: [o.given(case=r.pick([None, "lower"])), " is ", V.age_of(o, rng=r.rng), " tho 💀"],
        lambda i, p, o: ["add my snap ", V.username(r.rng, p)],
        lambda i, p, o: [
            "my insta got hacked, new one is ",
            V.profile_url(r.rng, person=p, kind="insta") if r.p(0.5) else V.username(r.rng, p, at=True),
        ],
        lambda i, p, o: ["we moved to ", V.town(r.rng, cc), " btw"],
        lambda i, p, o: [
            "my bday is ",
            V.dob_of(
                r.rng, p, r.pick(["dmy", "long", "dmy_short", "mdy"] if cc == "US" else ["dmy", "long", "dmy_short"])
            ),
            " dont forget 🎂",
        ],
        lambda i, p, o: ["ugh i have to take my ", V.medication(r.rng), " before school"],
        lambda i, p, o: ["my little bro got diagnosed with ", V.condition(r.rng)],
        lambda i, p, o: [o.given(), " has ", V.condition(r.rng), " so be nice"],
        lambda i, p, o: ["did u hear ", crime_clause(r, ["her stepdad"]), " 😬"],
        lambda i, p, o: r.pick(
            [
                ["i think im ", V.orientation(r.rng), " tbh"],
                ["omg is ", o.given(case="lower"), " ", V.orientation(r.rng), "??"],
            ]
        ),
        lambda i, p, o: r.pick(
            [
                ["btw im ", V.gender_identity(r.rng), " now, pls use they/them"],
                [o.given(), " came out as ", V.gender_identity(r.rng), " and im so proud"],
            ]
        ),
        lambda i, p, o: ["my mums card is ", V.credit_card(r.rng)[1], " lol jk.. unless 👀"],
        lambda i, p, o: ["wifi pw is ", V.credential(r.rng, "password")[1]],
        lambda i, p, o: ["📍 ", V.geo(r.rng, cc, r.pick(["dec", "dec_nospace"]))],
        lambda i, p, o: ["that creepy car was outside school again, plate ", V.plate(r.rng, cc)],
        lambda i, p, o: ["email me the pics ", V.email(r.rng, p)],
        lambda i, p, o: ["the guy from the game said he's ", V.adult_age(r.rng), " 🤢"],
        lambda i, p, o: ["call my mum if im late ", V.phone(r.rng, region)],
        lambda i, p, o: ["we have to write about our heritage for ms, mine's ", V.ethnicity(r.rng, cc)],
        lambda i, p, o: ["which school u go"],
        lambda i, p, o: [r.pick(S.SCHOOLS), " in ", V.town(r.rng, cc)],
        lambda i, p, o: ["his real name is ", o.full(), " lol"],
        lambda i, p, o: ["my brother's ", V.adult_age(r.rng), " he can buy it for us"],
    ]
    k = r.randint(10, 20)
    order = r.shuffle(range(len(en_pii)))
    used = 0
    fl = FOREIGN.get(lang)
    for j in range(k):
        i = r.randint(0, n - 1)
        p = ppl[i]
        roll = r.rng.random()
        if fl and roll < 0.35:
            if r.p(0.5):
                parts = [r.pick(fl[0])]
            else:
                parts = r.pick(fl[1])(r, ctx(i))
        elif roll < 0.72 and used < len(order):
            parts = en_pii[order[used]](i, p, other(i))
            used += 1
        else:
            parts = [r.pick(FILLER_EN)]
        if r.p(0.5):
            parts = tmap(parts, str.lower)
        parts = r.typo(parts, 0.06)
        msgs.append((i, parts))
    if intruder is not None:
        ia, ih = intruder
        pos = r.randint(2, max(2, len(msgs) - 2))
        extra = [
            (n, ["hey guys whats up"]),
            (n, ["im ", V.adult_age(r.rng, ia.age), " but i dont bite lol"]),
            (r.randint(0, n - 1), ["who added this guy??"]),
            (n, ["any of u girls want to earn some money? dm me ", V.phone(r.rng, region, "intl")]),
        ]
        msgs[pos:pos] = extra[: r.randint(2, 4)]
    return msgs


def _gc_setup(r, langs=None):
    if langs:
        lang = V.weighted(r.rng, [(3, "en")] + [(4, k) for k in langs])
    else:
        lang = V.weighted(r.rng, [(10, "en")] + [(1, k) for k in FOREIGN])
    cc = r.pick(LANG_COUNTRY[lang])
    ppl = gc_people(r, cc, r.randint(3, 6))
    intr = None
    if r.p(0.25):
        ia = r.adult(min_age=20, max_age=50, gender="m", country=cc)
        intr = (ia, V.username(r.rng, ia))
    names = [gc_display(r, p) for p in ppl]
    if intr:
        names.append([intr[1]])
    msgs = gc_messages(r, ppl, cc, lang, intr)
    return lang, cc, ppl, names, msgs


def _group_title(r):
    return r.pick(
        [
            "year 9 besties 💕",
            "SQUAD",
            "the gc",
            "footy lads ⚽",
            "Class 8B",
            "no parents allowed 🤫",
            "roblox gang",
            "dance crew 💃",
            "los pibes",
            "bffs forever",
            "🐸🐸🐸",
            "bus 14 gang",
            "Minecraft realm",
            "study group (not really)",
        ]
    )


@tpl("groupchat")
def gc_whatsapp_android(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r)
    cl = r.clock()
    us = cc == "US"
    t0 = cl.t
    d.add(
        "%s - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n"
        % (t0.strftime("%m/%d/%y, %H:%M") if us else t0.strftime("%d/%m/%Y, %H:%M"))
    )
    d.add(
        t0.strftime("%d/%m/%Y, %H:%M") if not us else t0.strftime("%m/%d/%y, %H:%M"),
        " - ",
        names[0],
        ' created group "',
        _group_title(r),
        '"\n',
    )
    for i, m in msgs:
        t = cl.tick()
        ts = t.strftime("%m/%d/%y, %I:%M %p") if us else t.strftime("%d/%m/%Y, %H:%M")
        d.add(ts, " - ", names[i], ": ", m, "\n")
    return d


@tpl("groupchat")
def gc_whatsapp_ios(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r)
    cl = r.clock()
    for i, m in msgs:
        t = cl.tick()
        d.add("[", t.strftime("%d/%m/%Y, %H:%M:%S"), "] ", names[i], ": ", m, "\n")
    return d


@tpl("groupchat")
def gc_discord(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r)
    names = [[V.username(r.rng, p)] if r.p(0.7) else nm for p, nm in zip(ppl, names)] + names[len(ppl) :]
    cl = r.clock()
    d.add("#", r.pick(["general", "off-topic", "vc-chat", "memes", "lfg"]), "\n\n")
    prev = None
    for i, m in msgs:
        t = cl.tick()
        if i != prev:
            when = r.pick(["Today at %s" % h12(t), "Yesterday at %s" % h12(t), t.strftime("%m/%d/%Y ") + h12(t)])
            d.add("\n", names[i], r.pick([" — ", " - "]), when, "\n")
        d.add(m, "\n")
        prev = i
    return d


@tpl("groupchat")
def gc_irc(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r, ["de", "fr", "pl", "ru"])
    nicks = [
        [V.username(r.rng, p, style=r.pick(["{first}{n2}", "{w1}{w2}", "{first}_{w1}", "{w1}_{n4}"]))] for p in ppl
    ] + names[len(ppl) :]
    cl = r.clock()
    d.add("--- Log opened ", cl.t.strftime("%a %b %d %H:%M:%S %Y"), "\n")
    for i, m in msgs:
        t = cl.tick()
        d.add(t.strftime("%Y-%m-%d %H:%M"), " <", nicks[i], "> ", m, "\n")
    return d


@tpl("groupchat")
def gc_telegram(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r, ["ru", "ar", "tr", "hi", "es"])
    cl = r.clock()
    d.add(_group_title(r), "\n", "%d members\n\n" % (len(names) + r.randint(0, 30)))
    for i, m in msgs:
        t = cl.tick()
        d.add(names[i], ", [", t.strftime("%d.%m.%y %H:%M"), "]\n", m, "\n\n")
    return d


@tpl("groupchat")
def gc_instagram(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r, ["es", "pt", "fr", "tl"])
    handles = [[V.username(r.rng, p)] for p in ppl] + names[len(ppl) :]
    d.add(_group_title(r), "\n", ", ".join(V.text_of(h) for h in handles[:0]), "")
    d.add("Members: ")
    d.add(join_lines(handles, ", "), "\n\n")
    cl = r.clock()
    prev = None
    for i, m in msgs:
        t = cl.tick()
        if prev is None or r.p(0.15):
            d.add(t.strftime("%b %d, %Y ") + h12(t), "\n")
        if i != prev:
            d.add(handles[i], "\n")
        d.add(m, "\n")
        prev = i
    d.add("Seen by ", names[0], r.pick(["", " + %d" % r.randint(1, 4)]), "\n")
    return d


@tpl("groupchat")
def gc_messenger(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r, ["tl", "es", "pt", "hi"])
    full = [[p.full()] for p in ppl] + names[len(ppl) :]
    cl = r.clock()
    for i, m in msgs:
        t = cl.tick()
        d.add(full[i], " · ", h12(t), "\n", m, "\n")
    return d


@tpl("groupchat")
def gc_line(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r, ["ja", "th", "zh"])
    cl = r.clock()
    d.add(
        "[LINE] Chat history in ",
        _group_title(r),
        "\nSaved on: ",
        (cl.t + dt.timedelta(days=2)).strftime("%Y/%m/%d %H:%M"),
        "\n\n",
        cl.t.strftime("%Y/%m/%d(%a)"),
        "\n",
    )
    for i, m in msgs:
        t = cl.tick()
        d.add(t.strftime("%H:%M"), "\t", names[i], "\t", m, "\n")
    return d


@tpl("groupchat")
def gc_kakao(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r, ["ko", "ko", "ja"])
    cl = r.clock()
    d.add(_group_title(r), " 님과 카카오톡 대화\n저장한 날짜 : ", cl.t.strftime("%Y-%m-%d %H:%M:%S"), "\n\n")
    for i, m in msgs:
        t = cl.tick()
        ap = "오전" if t.hour < 12 else "오후"
        d.add(
            "%d년 %d월 %d일 %s %d:%02d, " % (t.year, t.month, t.day, ap, (t.hour % 12) or 12, t.minute),
            names[i],
            " : ",
            m,
            "\n",
        )
    return d


@tpl("groupchat")
def gc_wechat(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r, ["zh", "zh", "en"])
    cl = r.clock()
    for i, m in msgs:
        t = cl.tick()
        d.add(names[i], " ", t.strftime("%Y-%m-%d %H:%M:%S"), "\n", m, "\n\n")
    return d


@tpl("groupchat")
def gc_signal(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r)
    cl = r.clock()
    d.add("Signal group export — ", _group_title(r), "\n")
    for i, m in msgs:
        t = cl.tick()
        d.add(t.strftime("%b %d, %Y %H:%M"), " | ", names[i], " | ", m, "\n")
    return d


@tpl("groupchat")
def gc_snapchat(r):
    d = V.Doc()
    lang, cc, ppl, names, msgs = _gc_setup(r, ["es", "fr", "de"])
    caps = [["ME"]] + [tmap(nm, str.upper) for nm in names[1:]]
    cl = r.clock()
    d.add(r.pick(["Saved in Chat", "Chat history (screenshot transcription)"]), "\n\n")
    prev = None
    for i, m in msgs:
        t = cl.tick()
        if i != prev:
            d.add("\n", caps[i], "\n")
        d.add(m, "\n")
        prev = i
        if r.p(0.1):
            d.add(r.pick(["📸 Took a screenshot!", "Opened Snap", "Saved a Snap"]), "\n")
    d.add("\n[transcribed by reporter on ", r.date("dmy", 5), "]\n")
    return d


# =====================================================================================================================
# 3. REFERRAL — formal letters and reports
# =====================================================================================================================
def family(r, cc, n_children=1, child_age=None, latin=True):
    cults = S.COUNTRIES[cc]["cultures"]
    cu = r.pick(cults)
    mother = r.adult(culture=cu, gender="f", country=cc, min_age=24, max_age=48)
    kids = []
    for k in range(n_children):
        if k == 0 and child_age is not None:
            c = r.child(culture=cu, country=cc, age=child_age)
        else:
            c = r.child(culture=cu, country=cc, min_age=3 if k else 5, max_age=17)
        if r.p(0.8):
            c.adopt_family(mother)
        kids.append(c)
    partner = r.adult(
        culture=cu if r.p(0.7) else r.pick(list(S.CULTURES)), gender="m", country=cc, min_age=24, max_age=55
    )
    if r.p(0.5):
        mother.adopt_family(partner)
        for c in kids:
            c.adopt_family(partner)
    for i, c in enumerate(kids):
        c.differ_from(mother, partner, *kids[:i])
    if latin:
        for p in kids + [mother, partner]:
            p.is_native = False
    return kids, mother, partner


def staff(r, cc):
    cu = r.pick(S.COUNTRIES[cc]["cultures"]) if r.p(0.7) else r.pick(["en_gb", "en_us", "ga_ie", "so", "ur", "pl"])
    p = r.adult(culture=cu, country=cc, min_age=26, max_age=62)
    p.is_native = False
    return p


def org_domain(r, org):
    words = [V.slug(w) for w in org.replace("–", " ").split() if V.slug(w) and V.slug(w) not in ("the", "of", "and")]
    base = "-".join(words[:2]) if r.p(0.5) else "".join(w[0] for w in words)
    tld = r.pick([".org", ".org.uk", ".gov.example", ".nhs.uk", ".sch.uk", ".net"])
    return base + tld


def signature(r, person, title, org, cc, closing=None):
    region = S.COUNTRIES[cc]["region"]
    dom = org_domain(r, org)
    closing = closing or r.pick(["Yours sincerely,", "Kind regards,", "Best regards,", "Regards,", "Many thanks,"])
    out = [closing, "\n\n", person.full("latin"), "\n", title, "\n", org, "\n"]
    opts = [
        ["Tel: ", V.phone(r.rng, region, r.pick(["nat", "intl"]), kind=r.pick(["fixed", "mobile"]))],
        ["Mobile: ", V.phone(r.rng, region, r.pick(["nat", "intl"]))],
        ["Email: ", V.email(r.rng, person, domain=dom, work=True, obfuscate=False)],
        [
            "Secure email: ",
            V.email(r.rng, person, domain=dom + ".cjsm.net" if r.p(0.3) else dom, work=True, obfuscate=False),
        ],
    ]
    for o in r.sample(opts, r.randint(1, 3)):
        out += [o, "\n"]
    return out


def dstyle(cc):
    return "mdy" if cc == "US" else "dmy"


@tpl("referral")
def ref_school_dsl(r):
    d = V.Doc()
    cc = r.pick(["GB", "GB", "IE", "AU", "NZ"])
    (child,), mother, partner = family(r, cc, 1, r.randint(6, 15))
    school = r.pick(S.SCHOOLS)
    dsl = staff(r, cc)
    d.add(
        school.upper() if r.p(0.4) else school,
        "\n",
        r.pick(["Safeguarding Team", "Pastoral Office", "Office of the Designated Safeguarding Lead"]),
        "\n\n",
    )
    d.add(r.date("long", 5), "\n\n")
    d.add("To: ", r.pick(S.CARE_ORGS), "\n\n")
    pre, post = r.pick([(", DOB ", ""), (" (DOB: ", ")"), (" – date of birth ", ""), ("  D.O.B. ", "")])
    d.add("Re: ", child.full(), pre, V.dob_of(r.rng, child, dstyle(cc)), post, "\n")
    a = V.address(r.rng, cc, native=False)
    d.add("Address: ", a.line(r.rng), "\n")
    d.add("Year group: ", str(max(1, child.age - 4)), "\n\n")
    d.add(r.pick(["Dear Duty Social Worker,", "Dear colleague,", "To whom it may concern,"]), "\n\n")
    para = []
    para.append(
        [
            "I am writing to refer ",
            child.given(),
            ", aged ",
            V.age_of(child, rng=r.rng),
            ", following a disclosure made to ",
            r.pick(["a teaching assistant", "their form tutor", "me"]),
            " on ",
            r.date("long", 10),
            ".",
        ]
    )
    para.append(
        [
            child.given(),
            " told staff that an adult ",
            r.pick(["they met online", "from a gaming app", "who lives nearby"]),
            " has been sending messages and asked to meet near the park in ",
            a.town.map(lambda x: x),
            ".",
        ]
    )
    para.append([child.pronoun().capitalize(), " has a diagnosis of ", V.condition(r.rng), " and an EHCP is in place."])
    para.append(
        [
            "Mother, ",
            mother.full(),
            ", is aware and supportive; she can be contacted on ",
            V.phone(r.rng, S.COUNTRIES[cc]["region"]),
            ".",
        ]
    )
    if r.p(0.7):
        para.append(["We understand that mother's partner, ", partner.full(), ", ", crime_pred(r), "."])
    if r.p(0.5):
        para.append(["The family's recorded ethnicity is ", V.ethnicity(r.rng, cc), "."])
    if r.p(0.4):
        para.append(
            [child.given(), "'s sibling attends our junior site and is ", V.minor_age(r.rng, r.randint(5, 10)), "."]
        )
    d.add(join_lines(para[:2] + r.shuffle(para[2:]), r.pick(["\n\n", " "])), "\n\n")
    d.add("I would be grateful if this could be considered for a strategy discussion.\n\n")
    d.add(
        signature(r, dsl, r.pick(["Designated Safeguarding Lead", "Deputy DSL", "Head of Pastoral Care"]), school, cc)
    )
    return d


@tpl("referral")
def ref_gp_letter(r):
    d = V.Doc()
    cc = "GB"
    (child,), mother, partner = family(r, cc, 1)
    doc = staff(r, cc)
    org = r.pick(S.HEALTH_ORGS)
    d.add(org, "\n", r.pick(["Community Paediatrics", "General Practice", "Child Development Service"]), "\n")
    d.add("Date dictated: ", r.date("dmy", 14), "    Date typed: ", r.date("dmy", 7), "\n\n")
    d.add("Dear ", r.pick(["Colleague", "Dr " + doc.family_s("latin"), "Duty Team"]), ",\n\n")
    nhs = V.NATIONAL_IDS["GB"][1][3](r.rng)
    d.add(
        "Re: ",
        child.formal_comma("latin") if r.p(0.5) else child.full(),
        "  DOB ",
        V.dob_of(r.rng, child, "dmy"),
        "  NHS No ",
        L(nhs, "NATIONAL_ID"),
        "\n",
    )
    a = V.address(r.rng, cc, native=False)
    d.add("    ", a.line(r.rng), "\n\n")
    d.add(r.pick(["Diagnoses:", "Problem list:", "Active problems:"]), "\n")
    conds = [V.condition(r.rng) for _ in range(r.randint(1, 3))]
    for c in conds:
        d.add("  - ", c, "\n")
    d.add(
        "Medication: ",
        V.medication(r.rng),
        " %d mg %s\n\n" % (r.pick([5, 10, 18, 25, 50]), r.pick(["od", "bd", "nocte"])),
    )
    body = [
        [
            "I saw this ",
            V.age_of(child, rng=r.rng),
            "-year-old ",
            r.pick(["boy", "girl"]) if False else "child",
            " today with ",
            mother.given(),
            " (mother).",
        ],
        ["On examination there were bruises of differing ages to the upper arms which were not explained."],
        [
            child.given(),
            " said that ",
            r.pick(["mum's boyfriend", "an older cousin", "a man from the flats"]),
            " gets angry.",
        ],
        ["Mother disclosed she herself has ", V.condition(r.rng, adult=True), " and has missed appointments."],
        ["I have been informed that the father, ", partner.full(), ", ", crime_pred(r), "."],
    ]
    d.add(join_lines(body[:1] + r.shuffle(body[1:])[: r.randint(2, 4)], " "), "\n\n")
    d.add("Mother's mobile: ", V.phone(r.rng, "GB", r.pick(["nat", "intl", "paren0"])), "\n")
    if r.p(0.5):
        d.add("Mother's NI number (from registration form): ", L(V._gb_nino(r.rng), "NATIONAL_ID"), "\n")
    d.add("\n", signature(r, doc, r.pick(["Consultant Paediatrician", "GP Partner", "Specialty Doctor"]), org, cc))
    return d


@tpl("referral")
def ref_sw_assessment(r):
    d = V.Doc()
    cc = r.pick(["GB", "GB", "IE", "NL", "SE", "DE"])
    kids, mother, partner = family(r, cc, r.randint(1, 3))
    sw = staff(r, cc)
    d.add(
        r.pick(["CHILD AND FAMILY ASSESSMENT – SUMMARY", "Single Assessment (summary)", "Assessment Report"]),
        "\n",
        "Case ",
        r.case_ref(),
        "\n\n",
    )
    d.add("1. Family composition\n")
    for c in kids:
        d.add(
            "   ",
            c.full(),
            " – ",
            r.pick(["DOB ", "born "]),
            V.dob_of(r.rng, c, "dmy"),
            " (",
            V.age_of(c),
            ")",
            r.pick(["", " – subject child"]) if c is kids[0] else "",
            "\n",
        )
    d.add("   ", mother.full(), " – mother, ", V.adult_age(r.rng, mother.age), "\n")
    d.add(
        "   ",
        partner.full(),
        " – ",
        r.pick(["stepfather", "mother's partner", "father"]),
        ", ",
        V.adult_age(r.rng, partner.age),
        "\n",
    )
    a = V.address(r.rng, cc, native=False)
    d.add("   Home: ", a.line(r.rng), "\n\n")
    secs = []
    secs.append(
        [
            "2. Identity and culture\n   The family describe themselves as ",
            V.ethnicity(r.rng, cc),
            ". ",
            (
                [
                    kids[0].given(),
                    r.pick([" identifies as ", " has recently come out as "]),
                    V.gender_identity(r.rng, True) if r.p(0.5) else V.orientation(r.rng, kids[0].gender),
                ]
                if kids[0].age >= 11
                else [kids[0].given(), " attends a faith-based after-school club"]
            ),
            ".\n",
        ]
    )
    secs.append(
        [
            "3. Health\n   ",
            kids[0].given(),
            " has ",
            V.condition(r.rng),
            ". Mother reports ",
            V.condition(r.rng, adult=True),
            " managed with ",
            V.medication(r.rng),
            ".\n",
        ]
    )
    secs.append(
        [
            "4. Parental history\n   ",
            crime_clause(r, [partner.given()]),
            ". ",
            r.pick(["Mother has no known convictions.", ["Mother ", crime_pred(r), "."]]),
            "\n",
        ]
    )
    idp = V.national_id(r.rng, cc, mother.dob, "f", passport_prob=0.0)
    secs.append(["5. Identifiers\n   Mother's ", idp[0], ": ", idp[2], "\n"])
    for s in r.shuffle(secs):
        d.add(s, "\n")
    d.add(
        "Author: ",
        sw.full(),
        ", ",
        r.pick(["Social Worker", "Senior Practitioner"]),
        "  ",
        V.phone(r.rng, S.COUNTRIES[cc]["region"]),
        "\n",
    )
    return d


@tpl("referral")
def ref_police_ppn(r):
    d = V.Doc()
    cc = r.pick(["GB", "GB", "US", "US", "AU", "CA"])
    (child,), mother, partner = family(r, cc, 1)
    off = staff(r, cc)
    d.add(
        r.pick(["PUBLIC PROTECTION NOTICE", "POLICE LIAISON NOTIFICATION", "Vulnerability referral (police)"]),
        "\n",
        r.pick(S.POLICE_ORGS),
        "\nIncident ref: ",
        r.ticket(r.pick(["INC", "CAD", "OCC"])),
        "\n\n",
    )
    nom = partner
    d.add("NOMINAL: ", nom.formal_comma("latin"), "\n")
    d.add("DOB: ", V.dob_of(r.rng, nom, dstyle(cc)), "   AGE: ", V.adult_age(r.rng, nom.age), "\n")
    a = V.address(r.rng, cc, native=False)
    d.add("ADDRESS: ", tmap(a.line(r.rng), str.upper) if r.p(0.5) else a.line(r.rng), "\n")
    d.add("PHONE: ", V.phone(r.rng, S.COUNTRIES[cc]["region"]), "\n")
    d.add(
        "VEHICLE: ",
        r.pick(
            ["silver Ford Focus", "black BMW 3 series", "white Transit van", "red Honda Civic", "grey Toyota Corolla"]
        ),
        ", reg ",
        V.plate(r.rng, cc),
        "\n",
    )
    if cc == "US":
        st, dl = V.us_dl(r.rng)
        d.add("DL: ", dl, " (", st, ")\n")
        if r.p(0.6):
            d.add("SSN: ", V.us_ssn(r.rng), "\n")
    if r.p(0.5):
        d.add("Devices seized: phone IMEI ", V.imei(r.rng), "; router MAC ", V.mac(r.rng), "\n")
    d.add("PREVIOUS: ", V.crime(r.rng), "; ", V.crime(r.rng), "\n\n")
    d.add(
        "CHILD(REN) PRESENT: ",
        child.full("latin", case=r.pick([None, "upper"])),
        ", ",
        V.age_of(child, rng=r.rng),
        r.pick([" yrs", " years", ""]),
        "\n\n",
    )
    d.add(
        "Circumstances: ",
        r.pick(
            [
                "Officers attended following a call from a neighbour reporting shouting. ",
                "Report received from the child's school following a disclosure. ",
                "Online referral from the hotline regarding messages sent to a child. ",
            ]
        ),
    )
    d.add(crime_clause(r, [nom.given()]), ". ")
    d.add("The child's mother, ", mother.full(), ", was ", r.pick(["present", "at work", "intoxicated"]), ". ")
    if r.p(0.5):
        d.add("Mother's contact: ", V.email(r.rng, mother), ". ")
    d.add("\n\nOfficer: ", r.pick(["DC ", "PC ", "Det. ", "Officer "]), off.full(), "\n")
    return d


@tpl("referral")
def ref_us_cps(r):
    d = V.Doc()
    cc = "US"
    kids, mother, partner = family(r, cc, r.randint(1, 3))
    worker = staff(r, cc)
    d.add(
        r.pick(S.CARE_ORGS[5:] + ["Department of Children and Family Services"]),
        "\nINTAKE REFERRAL\n",
        "Intake #: ",
        V.digits(r.rng, 8, True),
        "     Date: ",
        r.date("mdy", 3),
        "\n\n",
    )
    d.add("ALLEGED VICTIM(S)\n")
    for c in kids:
        d.add(
            "  Name: ",
            c.full(case=r.pick([None, "upper"])),
            "   DOB: ",
            V.dob_of(r.rng, c, "mdy"),
            "   SSN: ",
            V.us_ssn(r.rng),
            "\n",
        )
    a = V.address(r.rng, cc, native=False)
    d.add("  Address: ", a.line(r.rng), "\n\n")
    d.add(
        "PARENT/CAREGIVER\n  ",
        mother.full(),
        "  DOB ",
        V.dob_of(r.rng, mother, "mdy"),
        "  ",
        r.pick(["SSN ", "Soc. Sec. # "]),
        V.us_ssn(r.rng),
        "\n",
    )
    if r.p(0.6):
        d.add(
            "  ", partner.full(), " (", r.pick(["paramour", "stepfather", "father"]), ")  ITIN ", V.us_itin(r.rng), "\n"
        )
    d.add("  Phone: ", V.phone(r.rng, "US", r.pick(["nat", "dots", "dashes"])), "\n\n")
    d.add("ALLEGATIONS\n")
    al = [
        [
            kids[0].given(),
            " (",
            V.age_of(kids[0]),
            ") reported that ",
            partner.given(),
            " hit ",
            kids[0].obj(),
            " with a belt.",
        ],
        ["Home described as unsanitary; no food observed."],
        [crime_clause(r, [partner.given()]), "."],
        ["Mother reports ", V.condition(r.rng, adult=True), " and is not currently in treatment."],
        [
            kids[0].given(),
            " has ",
            V.condition(r.rng),
            " and missed ",
            str(r.randint(3, 20)),
            " days of school this semester.",
        ],
        [
            "Family identifies as ",
            V.ethnicity(r.rng, cc),
            "; interpreter needed: ",
            r.pick(["Spanish", "Somali", "Vietnamese", "none"]),
            ".",
        ],
    ]
    d.add(bullets(r, al[:1] + r.shuffle(al[1:])[: r.randint(2, 4)]))
    if r.p(0.8):
        st, dl = V.us_dl(r.rng)
        d.add("\nCaregiver ID on file: ", st, " DL ", dl, "\n")
    if r.p(0.6):
        d.add("Passport (held by father, flight risk noted): ", V.us_passport(r.rng), "\n")
    if r.p(0.4):
        d.add("Benefits deposit: RTN ", V.aba(r.rng), " / acct ", V.bank_account(r.rng), "\n")
    d.add(
        "\nReporter: ",
        worker.full(),
        ", ",
        r.pick(["school nurse", "teacher", "ER social worker", "neighbor"]),
        ", ",
        V.phone(r.rng, "US"),
        "\n",
    )
    return d


@tpl("referral")
def ref_hotline_triage(r):
    d = V.Doc()
    cc = r.pick(["GB", "US", "IE", "AU", "CA", "NZ", "ZA", "KE", "NG", "PH"])
    (child,), mother, partner = family(r, cc, 1, r.randint(9, 17))
    analyst = staff(r, "GB")
    d.add(
        S.HOTLINE,
        " — Triage note\n",
        "Ref: ",
        r.case_ref(),
        "   Channel: ",
        r.pick(["web form", "phone", "chat", "email"]),
        "\n",
        "Forwarded to: ",
        r.pick(S.PARTNER_ORGS),
        "\n\n",
    )
    lines = [
        ["Caller: ", r.pick(["the child", "child's aunt", "a teacher", "anonymous"]), "."],
        [
            "Child: ",
            child.full(),
            ", ",
            V.age_of(child, rng=r.rng),
            ", ",
            r.pick(["lives in ", "from "]),
            V.town(r.rng, cc),
            ".",
        ],
        [
            "Concern: an adult using the handle ",
            V.username(r.rng, at=r.p(0.5)),
            " on ",
            r.pick(S.PLATFORMS + ["Snapchat", "Instagram", "TikTok"]),
            " has threatened to share images unless ",
            "paid.",
        ],
        [
            "Payment demanded to ",
            r.pick(
                [
                    ["IBAN ", V.iban(r.rng)],
                    ["card ", V.credit_card(r.rng)[1]],
                    ["account ", V.bank_account(r.rng), " routing ", V.aba(r.rng)],
                ]
            ),
            ".",
        ],
        ["Child's phone: ", V.phone(r.rng, S.COUNTRIES[cc]["region"]), "."],
        ["Suspect profile: ", V.profile_url(r.rng), "."],
        ["Safety: child ", r.pick(["is at home with mum", "is at school", "reports thoughts of self-harm"]), "."],
    ]
    d.add(bullets(r, lines[:2] + r.shuffle(lines[2:])[: r.randint(3, 5)], "num"))
    d.add("\nAnalyst: ", analyst.given("latin"), " ", analyst.family_s("latin")[0], ".\n")
    return d


@tpl("referral")
def ref_canada(r):
    d = V.Doc()
    cc = "CA"
    (child,), mother, partner = family(r, cc, 1)
    w = staff(r, cc)
    d.add("Children's Aid — Referral / Signalement\n", r.date("iso", 5), "\n\n")
    d.add("Child: ", child.full(), "\nDate of birth: ", V.dob_of(r.rng, child, r.pick(["iso", "long"])), "\n")
    d.add("Health card (PHN): ", L(V._ca_phn(r.rng), "NATIONAL_ID"), "\n")
    a = V.address(r.rng, cc, native=False)
    d.add("Residence: ", a.line(r.rng), "\n\n")
    d.add(
        "Parent: ", mother.full(), ", SIN ", L(V._ca_sin(r.rng), "NATIONAL_ID"), ", cell ", V.phone(r.rng, "CA"), "\n"
    )
    if r.p(0.6):
        d.add("Other adult in home: ", partner.full(), " — ", V.crime(r.rng), "\n")
    d.add(
        "\nReason for referral: ",
        child.given(),
        " ",
        r.pick(
            [
                "disclosed that an online contact asked for images",
                "arrived at school hungry and with injuries",
                "was found at a bus station at 1am",
            ]
        ),
        ". ",
        child.pronoun().capitalize(),
        " has ",
        V.condition(r.rng),
        ". Background: ",
        V.ethnicity(r.rng, cc),
        " family, recently moved from ",
        V.town(r.rng, r.pick(["GB", "PH", "IN", "FR"])),
        ".\n\n",
    )
    d.add(signature(r, w, "Intake Worker", "Children's Aid Society", cc))
    return d


@tpl("referral")
def ref_camhs(r):
    d = V.Doc()
    cc = r.pick(["GB", "GB", "AU", "IE"])
    (child,), mother, partner = family(r, cc, 1, r.randint(12, 17))
    clin = staff(r, cc)
    d.add(r.pick(["CAMHS REFERRAL FORM", "Referral to Child and Adolescent Mental Health Services"]), "\n\n")
    fields = [
        ("Young person", [child.full()]),
        ("Preferred name", [child.nick() if r.p(0.5) else child.given()]),
        ("Date of birth", [V.dob_of(r.rng, child, "dmy")]),
        ("Age", [V.age_of(child)]),
        ("Gender identity", [V.gender_identity(r.rng, True)]),
        ("Pronouns", [r.pick(["they/them", "he/him", "she/her"])]),
        ("Address", V.address(r.rng, cc, native=False).line(r.rng)),
        ("Parent/carer", [mother.full(), " – ", V.phone(r.rng, S.COUNTRIES[cc]["region"])]),
        ("GP", [r.pick(S.HEALTH_ORGS)]),
    ]
    for k, v in fields:
        d.add(k, ": ", v, "\n")
    d.add("\nPresenting concerns:\n")
    txt = [
        [
            child.given(),
            " has been struggling with ",
            V.condition(r.rng),
            " for approximately ",
            str(r.randint(2, 18)),
            " months.",
        ],
        [
            child.pronoun().capitalize(),
            " disclosed being ",
            V.orientation(r.rng, child.gender),
            " and reports bullying about this online.",
        ],
        ["Currently prescribed ", V.medication(r.rng), "."],
        ["There is a history of ", V.condition(r.rng), " in the family."],
        ["An older online contact has been sending ", child.given(), " messages at night."],
        ["Previous diagnosis: ", V.condition(r.rng), "."],
    ]
    d.add(join_lines(r.shuffle(txt)[: r.randint(3, 5)], " "), "\n\n")
    d.add("Risk: ", r.pick(["moderate", "high – self-harm in last 2 weeks", "low"]), "\n\n")
    d.add(
        signature(
            r, clin, r.pick(["School Nurse", "GP", "Educational Psychologist"]), r.pick(S.HEALTH_ORGS + S.SCHOOLS), cc
        )
    )
    return d


@tpl("referral")
def ref_meeting_minutes(r):
    d = V.Doc()
    cc = r.pick(["GB", "GB", "IE", "NZ", "AU"])
    kids, mother, partner = family(r, cc, r.randint(1, 2))
    d.add(
        "STRATEGY MEETING — MINUTES\n",
        "Date: ",
        r.date("long", 10),
        "   Time: ",
        "%02d:%02d" % (r.randint(9, 16), r.pick([0, 15, 30, 45])),
        "\n",
        "Re: ",
        join_lines([c.full() for c in kids], " and "),
        "\n\n",
    )
    d.add("Attendees:\n")
    att = []
    for role, org in [
        ("Chair", "Children's Social Care"),
        ("DC", "Public Protection Unit"),
        ("School Nurse", r.pick(S.SCHOOLS)),
        ("Health Visitor", r.pick(S.HEALTH_ORGS)),
        ("Family Support Worker", "Early Help"),
    ]:
        s = staff(r, cc)
        att.append([s, role, org])
    for s, role, org in r.shuffle(att)[: r.randint(3, 5)]:
        d.add(
            "  ",
            s.full(),
            " (",
            role,
            ", ",
            org,
            ")",
            r.pick(["", ["  ", V.phone(r.rng, S.COUNTRIES[cc]["region"])]]),
            "\n",
        )
    d.add("\nApologies: ", staff(r, cc).full(), "\n\n")
    d.add("Discussion:\n")
    pts = [
        ["Police confirmed ", crime_clause(r, [partner.full()]), "."],
        [
            "School report ",
            kids[0].given(),
            " (",
            V.age_of(kids[0]),
            ") has been absent ",
            str(r.randint(5, 30)),
            "% of sessions.",
        ],
        ["Mother, ", mother.given(), ", has ", V.condition(r.rng, adult=True), "."],
        [kids[0].given(), " disclosed contact with an adult via ", V.username(r.rng, at=True), "."],
        [
            "The family moved from ",
            V.address(r.rng, cc, False).street,
            " in ",
            r.pick(["March", "the summer", "January"]),
            ".",
        ],
        ["Partner's car (", V.plate(r.rng, cc), ") seen outside school."],
    ]
    d.add(bullets(r, r.shuffle(pts)[: r.randint(3, 5)], "num"))
    d.add(
        "\nOutcome: ",
        r.pick(
            [
                "Section 47 enquiry to proceed.",
                "Child protection conference to be convened.",
                "Step down to Early Help.",
            ]
        ),
        "\n",
    )
    return d


@tpl("referral")
def ref_foster_payment(r):
    d = V.Doc()
    cc = r.pick(["GB", "IE", "NL", "DE", "ES", "US", "US", "US", "US"])
    (child,), mother, partner = family(r, cc, 1)
    carer = r.adult(culture=r.pick(S.COUNTRIES[cc]["cultures"]), country=cc, min_age=35, max_age=64)
    carer.is_native = False
    w = staff(r, cc)
    d.add(
        "Emergency placement — carer details and allowance set-up\n", "Placement start: ", r.date(dstyle(cc), 5), "\n\n"
    )
    d.add("Child placed: ", child.full(), " (", V.dob_of(r.rng, child, dstyle(cc)), ")\n")
    d.add("Carer: ", carer.full(), "\n")
    a = V.address(r.rng, cc, native=False)
    d.add("Placement address: ", a.line(r.rng), "\n")
    d.add("Carer phone: ", V.phone(r.rng, S.COUNTRIES[cc]["region"]), "\n")
    if cc == "US":
        d.add("Direct deposit — routing ", V.aba(r.rng), ", checking account ", V.bank_account(r.rng), "\n")
        if r.p(0.5):
            d.add("Carer SSN (for 1099): ", V.us_ssn(r.rng), "\n")
        st, dl = V.us_dl(r.rng)
        d.add(
            r.pick(
                [
                    ["Carer photo ID: ", st, " driver's license ", dl],
                    ["Carer photo ID: passport ", V.us_passport(r.rng)],
                ]
            ),
            "\n",
        )
    else:
        d.add("Bank: IBAN ", V.iban(r.rng, cc if cc != "GB" or r.p(0.5) else "GB"), "\n")
        idc = V.national_id(r.rng, cc, carer.dob, carer.gender, passport_prob=0.0)
        d.add("Carer ", idc[0], ": ", idc[2], "\n")
    d.add("\nHealth needs: ", V.condition(r.rng), "; medication ", V.medication(r.rng), ".\n")
    d.add("Contact restrictions: no contact with ", partner.full(), " (", V.crime(r.rng), ").\n\n")
    d.add(signature(r, w, "Placement Officer", r.pick(S.CARE_ORGS), cc))
    return d


@tpl("referral")
def ref_us_school_counselor(r):
    d = V.Doc()
    cc = "US"
    (child,), mother, partner = family(r, cc, 1, r.randint(10, 17))
    c = staff(r, cc)
    school = r.pick(S.SCHOOLS)
    (tw, st) = r.pick(S.COUNTRIES["US"]["towns"])
    d.add(school, "\nCounseling Office\n", r.date("us_long", 5), "\n\n")
    d.add("CONFIDENTIAL – Mandated Reporter Referral\n\n")
    d.add(
        "Student: ",
        child.full(),
        "   Grade ",
        str(max(1, child.age - 5)),
        "   DOB ",
        V.dob_of(r.rng, child, "mdy"),
        "\n",
    )
    d.add("Parent/Guardian: ", mother.full(), ", ", V.phone(r.rng, "US", r.pick(["nat", "dots"])), "\n")
    if r.p(0.5):
        d.add("Student ID / SSN on file: ", V.us_ssn(r.rng, r.pick(["dash", "compact"])), "\n")
    d.add("Home: ", V.address(r.rng, cc, native=False).street, ", ", L(tw, "LOCATION"), ", ", st, "\n\n")
    para = [
        [
            "On ",
            r.date("us_long", 10),
            ", ",
            child.given(),
            " came to my office and disclosed that an adult man (",
            V.adult_age(r.rng),
            ") met online has been picking ",
            child.obj(),
            " up after school.",
        ],
        [
            child.pronoun().capitalize(),
            " identifies as ",
            V.gender_identity(r.rng, True) if r.p(0.5) else V.orientation(r.rng, child.gender),
            ' and says the man was the first person to "accept" ',
            child.poss(),
            " identity.",
        ],
        ["The vehicle was described as a blue pickup, plate ", V.plate(r.rng, "US"), "."],
        [
            "Mother's partner, ",
            partner.full(),
            ", ",
            crime_pred(r),
            ".",
            " His ITIN is on the enrollment form: ",
            V.us_itin(r.rng),
            ".",
        ],
        [child.given(), " has an IEP for ", V.condition(r.rng), "."],
        ["Student's passport (", V.us_passport(r.rng), ') was reportedly taken by the man "for safekeeping".'],
    ]
    d.add(join_lines(para[:1] + r.shuffle(para[1:])[: r.randint(2, 4)], "\n\n"), "\n\n")
    d.add(signature(r, c, "School Counselor", school, cc, "Respectfully,"))
    return d


@tpl("referral")
def ref_eu_partner(r):
    d = V.Doc()
    cc = r.pick(["ES", "IT", "DE", "FR", "NL", "BE", "PL", "SE", "NO", "DK", "FI", "CH", "RO", "CZ", "PT"])
    kids, mother, partner = family(r, cc, r.randint(1, 2))
    w = staff(r, cc)
    org = r.pick(S.PARTNER_ORGS)
    d.add(org, "\n", r.date("long", 5), "\n\n", "Re: cross-border case concerning ", kids[0].full(), "\n\n")
    d.add("Dear colleagues at the ", S.HOTLINE, ",\n\n")
    d.add("Following your referral ", r.case_ref(), " we have identified the family:\n\n")
    for p, role in (
        [(kids[0], "child")] + [(k, "sibling") for k in kids[1:]] + [(mother, "mother"), (partner, "father")]
    ):
        en, loc, idv = V.national_id(r.rng, cc, p.dob, p.gender, passport_prob=0.1)
        d.add(
            "  ",
            p.full(),
            " (",
            role,
            "), born ",
            V.dob_of(r.rng, p, r.pick(["dmy", "dmy_dot", "long"])),
            ", ",
            loc,
            " ",
            idv,
            "\n",
        )
    a = V.address(r.rng, cc, native=False)
    d.add("\nRegistered address: ", a.line(r.rng), "\n\n")
    sents = [
        ["The father ", crime_pred(r), " in ", S.COUNTRIES[cc]["name"], "."],
        ["The mother can be reached on ", V.phone(r.rng, S.COUNTRIES[cc]["region"], "intl"), "."],
        [kids[0].given(), " receives support for ", V.condition(r.rng), "."],
        ["The family is of ", V.ethnicity(r.rng, cc), " background and speaks limited English."],
    ]
    d.add(join_lines(r.shuffle(sents)[: r.randint(2, 4)], " "), "\n\n")
    d.add(signature(r, w, r.pick(["Case Manager", "Child Protection Officer", "Legal Adviser"]), org, cc))
    return d


# =====================================================================================================================
# 4. TRANSLATED — partner reports from abroad in imperfect / machine-translated English
# =====================================================================================================================
FIELDS = {
    "ru": ("ФИО", "Дата рождения", "Адрес", "Телефон", "Мать", "Отец", "Отчёт партнёрской организации", "Дата"),
    "uk": ("ПІБ", "Дата народження", "Адреса", "Телефон", "Мати", "Батько", "Звіт партнерської організації", "Дата"),
    "zh": ("姓名", "出生日期", "住址", "手机", "母亲", "父亲", "合作机构报告", "日期"),
    "ja": ("氏名", "生年月日", "住所", "電話", "母", "父", "報告書", "日付"),
    "ko": ("성명", "생년월일", "주소", "연락처", "모", "부", "협력기관 보고서", "날짜"),
    "th": ("ชื่อ-สกุล", "วันเกิด", "ที่อยู่", "โทร", "มารดา", "บิดา", "รายงานจากหน่วยงานพันธมิตร", "วันที่"),
    "ar": ("الاسم", "تاريخ الميلاد", "العنوان", "الهاتف", "الأم", "الأب", "تقرير المنظمة الشريكة", "التاريخ"),
    "fa": ("نام", "تاریخ تولد", "نشانی", "تلفن", "مادر", "پدر", "گزارش سازمان همکار", "تاریخ"),
    "he": ("שם", "תאריך לידה", "כתובת", "טלפון", "אם", "אב", 'דו"ח ארגון שותף', "תאריך"),
    "hi": ("नाम", "जन्म तिथि", "पता", "फ़ोन", "माता", "पिता", "साझेदार संस्था की रिपोर्ट", "दिनांक"),
    "el": (
        "Ονοματεπώνυμο",
        "Ημερομηνία γέννησης",
        "Διεύθυνση",
        "Τηλέφωνο",
        "Μητέρα",
        "Πατέρας",
        "Αναφορά συνεργαζόμενου φορέα",
        "Ημερομηνία",
    ),
    "ka": (
        "სახელი, გვარი",
        "დაბადების თარიღი",
        "მისამართი",
        "ტელეფონი",
        "დედა",
        "მამა",
        "პარტნიორის ანგარიში",
        "თარიღი",
    ),
    "hy": (
        "Անուն Ազգանուն",
        "Ծննդյան ամսաթիվ",
        "Հասցե",
        "Հեռախոս",
        "Մայր",
        "Հայր",
        "Գործընկեր կազմակերպության զեկույց",
        "Ամսաթիվ",
    ),
    "am": ("ስም", "የትውልድ ቀን", "አድራሻ", "ስልክ", "እናት", "አባት", "የአጋር ድርጅት ሪፖርት", "ቀን"),
    "es": (
        "Nombre",
        "Fecha de nacimiento",
        "Domicilio",
        "Teléfono",
        "Madre",
        "Padre",
        "Informe de la organización socia",
        "Fecha",
    ),
    "pt": (
        "Nome",
        "Data de nascimento",
        "Endereço",
        "Telefone",
        "Mãe",
        "Pai",
        "Relatório da organização parceira",
        "Data",
    ),
    "tr": ("Adı Soyadı", "Doğum tarihi", "Adres", "Telefon", "Anne", "Baba", "Ortak kuruluş raporu", "Tarih"),
    "vi": ("Họ tên", "Ngày sinh", "Địa chỉ", "Điện thoại", "Mẹ", "Bố", "Báo cáo của tổ chức đối tác", "Ngày"),
    "id": ("Nama", "Tanggal lahir", "Alamat", "Telepon", "Ibu", "Ayah", "Laporan organisasi mitra", "Tanggal"),
    "tl": (
        "Pangalan",
        "Petsa ng kapanganakan",
        "Tirahan",
        "Telepono",
        "Ina",
        "Ama",
        "Ulat ng katuwang na organisasyon",
        "Petsa",
    ),
}
COUNTRY_LANG = {
    "RU": "ru",
    "UA": "uk",
    "CN": "zh",
    "TW": "zh",
    "JP": "ja",
    "KR": "ko",
    "TH": "th",
    "JO": "ar",
    "EG": "ar",
    "MA": "ar",
    "IR": "fa",
    "IL": "he",
    "IN": "hi",
    "GR": "el",
    "GE": "ka",
    "AM": "hy",
    "ET": "am",
    "MX": "es",
    "AR": "es",
    "CL": "es",
    "BR": "pt",
    "TR": "tr",
    "VN": "vi",
    "ID": "id",
    "PH": "tl",
}
LOCAL_WORDS = {
    "RU": ["the сельсовет", "the опека (guardianship office)", "the участковый (district police officer)"],
    "UA": ["the служба у справах дітей", "the дільничний (district police)"],
    "CN": ["the 居委会 (community committee)", "the 派出所 (police station)"],
    "TW": ["the 里長 (village chief)", "the 社會局"],
    "JP": ["the 児童相談所 (child guidance center)", "the 交番 (koban)"],
    "KR": ["the 주민센터 (community centre)", "the 아동보호전문기관"],
    "TH": ["the อบต. (local administration)", "the ผู้ใหญ่บ้าน (village headman)"],
    "JO": ["the mukhtar (مختار)", "the Family Protection Department (إدارة حماية الأسرة)"],
    "EG": ["the mukhtar (مختار)", "the خط نجدة الطفل"],
    "MA": ["the moqaddem (مقدم)", "the caïd"],
    "IR": ["the بهزیستی (welfare office)", "the kalantari (کلانتری)"],
    "IL": ["the רווחה (welfare)", "the מוקד 105"],
    "IN": ["the panchayat", "the आंगनवाड़ी worker", "the thana"],
    "GR": ["the Εισαγγελέας Ανηλίκων (juvenile prosecutor)", "the ΚΕΠ"],
    "GE": ["the სოციალური მომსახურების სააგენტო", "the უბნის ინსპექტორი"],
    "AM": ["the խնամակալության մարմին (guardianship body)", "the թաղապետարան"],
    "ET": ["the kebele office (ቀበሌ)", "the ወረዳ (woreda) women and children office"],
    "MX": ["the DIF", "the Ministerio Público"],
    "AR": ["the Defensoría", "the comisaría"],
    "CL": ["the OPD", "the Carabineros"],
    "BR": ["the Conselho Tutelar", "the delegacia"],
    "TR": ["the muhtarlık", "the SHÇEK / ASHB"],
    "VN": ["the Ủy ban phường", "the công an phường"],
    "ID": ["the Pak RT", "the P2TP2A office"],
    "PH": ["the barangay captain", "the DSWD office"],
}


def tr_family(r, cc):
    cu = r.pick(S.COUNTRIES[cc]["cultures"])
    child = r.child(culture=cu, country=cc, min_age=6, max_age=17)
    mother = r.adult(culture=cu, gender="f", country=cc, min_age=25, max_age=50)
    father = r.adult(culture=cu, gender="m", country=cc, min_age=27, max_age=58)
    if r.p(0.85):
        child.adopt_family(father)
        mother.adopt_family(father)
    child.differ_from(mother, father)
    return child, mother, father


def mt_sentences(r, cc, child, mother, father):
    region = S.COUNTRIES[cc]["region"]
    g = "girl" if child.gender == "f" else "boy"
    pr, ob = child.pronoun(), child.obj()
    nm = child.given("native" if r.p(0.5) else "latin")
    sus = r.adult(culture=r.pick(S.COUNTRIES[cc]["cultures"]) if r.p(0.7) else None, gender="m", min_age=20, max_age=60)
    dd = r.date("dmy_dot", 40)
    s = [
        [
            "The ",
            g,
            " ",
            nm,
            " is having ",
            V.age_of(child, rng=r.rng),
            " years and ",
            pr,
            " is study in ",
            str(max(1, child.age - 6)),
            " class.",
        ],
        [
            "Mother of child is work in ",
            r.pick(["market", "factory", "hotel", "abroad", "the fields"]),
            ", her telephone is ",
            V.phone(r.rng, region, r.pick(["intl", "nat", "compact"])),
            ".",
        ],
        ["We are make the visit to family in date ", dd, "."],
        ["Father of child ", crime_pred(r), ", now he is not live with family."],
        [
            "The child tell that man from internet with nick ",
            V.username(r.rng, sus, at=r.p(0.3)),
            " was write to ",
            ob,
            " many times and ask the photos.",
        ],
        ["Child have the illness ", V.condition(r.rng), ", and take medicine ", V.medication(r.rng), "."],
        ["Family is ", V.ethnicity(r.rng, cc), ", they are live very poor."],
        ["The man is promising to give the money and new telephone."],
        ["Police of ", V.town(r.rng, cc, native=r.p(0.5)), " is informed, number of case ", r.case_ref(), "."],
        ["The ", g, " was found near to place with coordinates ", V.geo(r.rng, cc), "."],
        ["The man is driving car with number ", V.plate(r.rng, cc), "."],
        [
            "Telephone of man is ",
            V.phone(r.rng, region),
            ", he is say he have ",
            V.adult_age(r.rng, sus.age),
            " years.",
        ],
        ["The name of this man by the documents is ", sus.full(), "."],
        ["Email of the mother is ", V.email(r.rng, mother), "."],
        [
            "The ",
            g,
            " is ",
            V.gender_identity(r.rng, True) if r.p(0.5) else V.orientation(r.rng, child.gender),
            " and because this the relatives is make pressure.",
        ]
        if child.age >= 12
        else ["The ", g, " is very quiet and afraid of men."],
        ["We ask to your organisation to check the profile ", V.profile_url(r.rng, person=sus), "."],
        ["Also we inform ", r.pick(LOCAL_WORDS.get(cc, ["the local authority"])), " about this."],
        [
            "For the help to family, the account of mother: ",
            V.iban(r.rng, r.pick(["GE", "UA", "TR", "GR", "IL", "JO", "BR", "RO"])),
            ".",
        ],
    ]
    core = s[:2]
    rest = r.shuffle(s[2:])[: r.randint(4, 8)]
    return r.shuffle(core + rest)


def native_header(r, cc, child, mother, father, kind="block", dob_style=None):
    lang = COUNTRY_LANG[cc]
    F = FIELDS[lang]
    region = S.COUNTRIES[cc]["region"]
    dob_style = dob_style or {
        "ru": "dmy_dot",
        "uk": "dmy_dot",
        "zh": "cjk",
        "ja": "cjk",
        "ko": "ko",
        "th": "th",
        "el": "dmy",
        "es": "es",
        "pt": "pt",
        "tr": "tr",
    }.get(lang, "dmy")
    a = V.address(r.rng, cc, native=True)
    en, loc, idv = V.national_id(r.rng, cc, child.dob, child.gender, passport_prob=0.0)
    rows = [
        (
            F[0],
            [child.full("native", formal=r.p(0.6))]
            + ([" (", child.full("latin"), ")"] if child.is_native and r.p(0.5) else []),
        ),
        (F[1], [V.dob_of(r.rng, child, dob_style)]),
        (loc, [idv]),
        (F[2], a.line(r.rng)),
        (
            F[4],
            [mother.full("native")]
            + ([", ", F[3], " ", V.phone(r.rng, region, r.pick(["intl", "nat"]))] if r.p(0.7) else []),
        ),
        (F[5], [father.full("native")]),
    ]
    if r.p(0.3):
        rows.append((F[3], [V.phone(r.rng, region)]))
    out = []
    if kind == "block":
        for k, v in rows:
            out += [k, ": ", v, "\n"]
    elif kind == "table":
        for k, v in rows:
            out += ["| ", k, " | ", v, " |\n"]
    else:
        for k, v in rows:
            out += [k, " — ", v, "; "]
        out.append("\n")
    return out


def tr_body(r, cc, child, mother, father):
    sents = mt_sentences(r, cc, child, mother, father)
    return join_lines(sents, r.pick([" ", "\n", " \n"]))


def tr_signoff(r, cc):
    w = r.adult(culture=r.pick(S.COUNTRIES[cc]["cultures"]), country=cc)
    region = S.COUNTRIES[cc]["region"]
    out = [
        r.pick(["With respect,", "Best regard,", "Sincerely yours,", "Thank you for cooperation,"]),
        "\n",
        w.full("native" if r.p(0.6) else "latin"),
        r.pick([", social pedagog", ", coordinator of project", ", psychologist", ", specialist"]),
        "\n",
    ]
    if r.p(0.7):
        out += [V.phone(r.rng, region, "intl"), "  ", V.email(r.rng, w, obfuscate=r.p(0.2)), "\n"]
    out.append(
        r.pick(["(translated with machine)", "[auto-translation]", "", "Перевод: Google", ""])
        if cc in ("RU", "UA")
        else r.pick(["(translated with machine)", "[auto-translation]", "", ""])
    )
    return out


def _tr_generic(r, cc, kind, intro):
    d = V.Doc()
    lang = COUNTRY_LANG[cc]
    F = FIELDS[lang]
    child, mother, father = tr_family(r, cc)
    d.add(F[6], " / ", r.pick(["Report of partner organisation", "PARTNER REPORT", "Report about the case"]), "\n")
    d.add(F[7], ": ", r.date("dmy_dot", 10), "\n\n")
    if intro == "first":
        d.add(native_header(r, cc, child, mother, father, kind), "\n")
        d.add(tr_body(r, cc, child, mother, father), "\n\n")
    else:
        d.add(tr_body(r, cc, child, mother, father), "\n\n")
        d.add(
            r.pick(
                [
                    "Data of the child (original):\n",
                    "Данные / data:\n" if lang in ("ru", "uk") else "Information of family:\n",
                ]
            )
        )
        d.add(native_header(r, cc, child, mother, father, kind), "\n")
    d.add(tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_ru_ua(r):
    cc = r.pick(["RU", "UA"])
    d = _tr_generic(r, cc, r.pick(["block", "table"]), r.pick(["first", "last"]))
    if cc == "RU" and r.p(0.5):
        d.add("P.S. Passport of father (серия и номер): ", L(V._ru_passport(r.rng), "NATIONAL_ID"), "\n")
    return d


@tpl("translated")
def tr_cn(r):
    d = V.Doc()
    cc = r.pick(["CN", "CN", "TW"])
    child, mother, father = tr_family(r, cc)
    d.add("【", FIELDS["zh"][6], "】Report No. ", V.digits(r.rng, 6, True), "\n")
    d.add(native_header(r, cc, child, mother, father, r.pick(["block", "inline"]), "cjk"), "\n")
    d.add("English (translate): ")
    extra = [
        [
            "This child was contacted by a man in QQ, his QQ number is ",
            L(V.digits(r.rng, r.randint(8, 10), True), "USERNAME"),
            ".",
        ],
        [
            "The man WeChat ID is ",
            L("wxid_" + V.alnum(r.rng, 14, "abcdefghijklmnopqrstuvwxyz0123456789"), "USERNAME"),
            ", he say he is teacher.",
        ],
        [
            "Child's classmate ",
            V.Person(r.rng, culture=child.culture, ref=r.ref).full("native"),
            " also receive the message.",
        ],
    ]
    sents = mt_sentences(r, cc, child, mother, father) + r.sample(extra, r.randint(1, 3))
    d.add(join_lines(r.shuffle(sents), " "), "\n\n")
    d.add(tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_jp(r):
    d = V.Doc()
    cc = "JP"
    child, mother, father = tr_family(r, cc)
    d.add("報告書 (Report)  ", r.date("cjk", 10), "\n")
    d.add("対象児童 / Target child\n")
    d.add(native_header(r, cc, child, mother, father, "block", "cjk"))
    d.add("\n[Machine translation]\n")
    d.add(tr_body(r, cc, child, mother, father), "\n")
    if r.p(0.5):
        d.add("The LINE ID of suspect: ", V.username(r.rng), " / 容疑者のLINE ID\n")
    d.add("\n", tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_kr(r):
    d = V.Doc()
    cc = "KR"
    child, mother, father = tr_family(r, cc)
    d.add("[", FIELDS["ko"][6], "] ", r.date("ko", 10), "\n\n")
    d.add(tr_body(r, cc, child, mother, father), "\n\n")
    d.add("아동 정보 (child information)\n", native_header(r, cc, child, mother, father, "table", "ko"))
    d.add("\nKakaoTalk ID of the suspect: ", V.username(r.rng), "\n")
    if r.p(0.5):
        d.add("Suspect 주민등록번호 (from police): ", L(V._kr_rrn(r.rng, None, "m"), "NATIONAL_ID"), "\n")
    d.add(tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_th(r):
    d = V.Doc()
    cc = "TH"
    child, mother, father = tr_family(r, cc)
    title = "ด.ญ. " if child.gender == "f" else "ด.ช. "
    region = "TH"
    d.add(FIELDS["th"][6], "\n", "Report from Thailand partner, date ", r.date("dmy", 10), "\n\n")
    d.add(
        "ชื่อ-สกุล: ", title, child.full("native"), " (", child.full("latin"), ")", " ชื่อเล่น ", child.nick("native"), "\n"
    )
    d.add("วันเกิด: ", V.dob_of(r.rng, child, "th"), "\n")
    d.add("เลขประจำตัวประชาชน: ", L(V._th_pin(r.rng), "NATIONAL_ID"), "\n")
    a = V.address(r.rng, cc, native=True)
    d.add("ที่อยู่: ", a.line(r.rng), "\n")
    d.add("มารดา: ", mother.full("native"), " โทร ", V.phone(r.rng, region, r.pick(["nat", "intl"])), "\n\n")
    d.add("English: ")
    extra = [
        ["The child say the foreigner add ", child.obj(), " in Facebook ", V.profile_url(r.rng, kind="fb"), "."],
        ["The LINE ID of man: ", V.username(r.rng), "."],
    ]
    sents = mt_sentences(r, cc, child, mother, father) + r.sample(extra, 1)
    d.add(join_lines(sents, " "), "\n\n", tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_arabic(r):
    cc = r.pick(["JO", "EG", "MA", "IR"])
    d = V.Doc()
    child, mother, father = tr_family(r, cc)
    lang = COUNTRY_LANG[cc]
    F = FIELDS[lang]
    d.add(F[6], "\n", "Translation of report received ", r.date("dmy", 10), "\n\n")
    d.add(tr_body(r, cc, child, mother, father), "\n\n")
    d.add("---- original data ----\n", native_header(r, cc, child, mother, father, "block"))
    if r.p(0.5):
        d.add("\n", F[5], " ", F[3], ": ", V.phone(r.rng, S.COUNTRIES[cc]["region"], "intl"), "\n")
    d.add("\n", tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_he(r):
    cc = "IL"
    d = V.Doc()
    child, mother, father = tr_family(r, cc)
    d.add('דו"ח / Report — ', r.date("dmy_dot", 10), "\n")
    d.add("שם הילד/ה: ", child.full("native"), "  (", child.full("latin"), ")\n")
    d.add("ת.ז.: ", L(V._il_id(r.rng), "NATIONAL_ID"), "\n")
    d.add("תאריך לידה: ", V.dob_of(r.rng, child, "dmy_dot"), "\n")
    d.add("כתובת: ", V.address(r.rng, cc, native=True).line(r.rng), "\n")
    d.add("טלפון אם: ", V.phone(r.rng, "IL", r.pick(["nat", "intl", "dashes"])), "\n\n")
    d.add("Translate to English:\n", tr_body(r, cc, child, mother, father), "\n\n", tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_in(r):
    cc = "IN"
    d = V.Doc()
    child, mother, father = tr_family(r, cc)
    d.add(FIELDS["hi"][6], " (Report of partner NGO)\n", FIELDS["hi"][7], ": ", r.date("dmy", 10), "\n\n")
    d.add("नाम / Name: ", child.full("native"), " (", child.full("latin"), ")\n")
    d.add("जन्म तिथि / DOB: ", V.dob_of(r.rng, child, r.pick(["dmy", "dmy_dash"])), "\n")
    d.add("आधार संख्या: ", L(V._in_aadhaar(r.rng), "NATIONAL_ID"), "\n")
    if r.p(0.5):
        d.add("Father PAN: ", L(V._in_pan(r.rng), "NATIONAL_ID"), "\n")
    d.add("पता / Address: ", V.address(r.rng, cc, native=r.p(0.5)).line(r.rng), "\n")
    d.add("Mobile: ", V.phone(r.rng, "IN", r.pick(["intl", "nat", "compact"])), "\n\n")
    d.add("Details: ", tr_body(r, cc, child, mother, father), "\n\n", tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_gr(r):
    cc = "GR"
    d = V.Doc()
    child, mother, father = tr_family(r, cc)
    d.add(_tr_generic(r, cc, r.pick(["block", "inline"]), r.pick(["first", "last"])).parts)
    return d


@tpl("translated")
def tr_caucasus(r):
    cc = r.pick(["GE", "AM"])
    d = V.Doc()
    child, mother, father = tr_family(r, cc)
    lang = COUNTRY_LANG[cc]
    F = FIELDS[lang]
    d.add(F[6], " | ", r.pick(["Report", "Information letter"]), " | ", r.date("dmy_dot", 10), "\n\n")
    en, loc, idv = V.national_id(r.rng, cc, child.dob, child.gender, passport_prob=0.0)
    d.add(
        F[0],
        ": ",
        child.full("native"),
        "\n",
        F[1],
        ": ",
        V.dob_of(r.rng, child, "dmy_dot"),
        "\n",
        loc,
        ": ",
        idv,
        "\n",
        F[2],
        ": ",
        V.address(r.rng, cc, native=True).line(r.rng),
        "\n",
    )
    d.add(F[4], ": ", mother.full("native"), ", ", V.phone(r.rng, S.COUNTRIES[cc]["region"]), "\n")
    ep = V.national_id(r.rng, cc, father.dob, "m", passport_prob=1.0)
    d.add(F[5], ": ", father.full("native"), ", passport ", ep[2], "\n\n")
    d.add(tr_body(r, cc, child, mother, father), "\n\n", tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_et(r):
    cc = "ET"
    d = V.Doc()
    child, mother, father = tr_family(r, cc)
    F = FIELDS["am"]
    d.add(F[6], " — Report from partner in Ethiopia\n", r.date("dmy", 10), "\n\n")
    d.add(F[0], ": ", child.full("native"), " (", child.full("latin"), ")\n")
    d.add(F[1], ": ", V.dob_of(r.rng, child, "dmy"), "\n")
    d.add(F[2], ": ", V.address(r.rng, cc, native=True).line(r.rng), "\n")
    d.add(F[3], ": ", V.phone(r.rng, "ET", r.pick(["intl", "nat"])), "\n")
    if r.p(0.5):
        d.add("የፋይዳ ቁጥር (Fayda): ", L(V.NATIONAL_IDS["ET"][0][3](r.rng), "NATIONAL_ID"), "\n")
    d.add("\n", tr_body(r, cc, child, mother, father), "\n\n", tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_latam(r):
    cc = r.pick(["MX", "AR", "CL", "BR"])
    d = V.Doc()
    child, mother, father = tr_family(r, cc)
    lang = COUNTRY_LANG[cc]
    F = FIELDS[lang]
    d.add(
        F[6],
        "\n",
        r.pick(S.PARTNER_ORGS[1:3]),
        "\n",
        F[7],
        ": ",
        r.date(r.pick(["dmy", "es" if lang == "es" else "pt"]), 10),
        "\n\n",
    )
    en, loc, idv = V.national_id(r.rng, cc, child.dob, child.gender, passport_prob=0.0)
    rows = [
        (F[0], [child.full()]),
        (F[1], [V.dob_of(r.rng, child, r.pick(["dmy", lang]))]),
        (loc, [idv]),
        (F[2], V.address(r.rng, cc).line(r.rng)),
        (F[4], [mother.full(), " — ", V.phone(r.rng, S.COUNTRIES[cc]["region"])]),
    ]
    for k, v in rows:
        d.add(k, ": ", v, "\n")
    if r.p(0.5):
        en2, loc2, idv2 = V.national_id(r.rng, cc, father.dob, "m", passport_prob=0.0)
        d.add(F[5], ": ", father.full(), ", ", loc2, " ", idv2, "\n")
    d.add("\nTraducción automática / machine translation:\n")
    sents = mt_sentences(r, cc, child, mother, father)
    sents.append(
        [
            "The minor is live with the ",
            r.pick(["grandmother", "aunt", "neighbour"]),
            " ",
            V.Person(r.rng, culture=child.culture, gender="f", ref=r.ref).full(),
            ".",
        ]
    )
    d.add(join_lines(r.shuffle(sents), " "), "\n\n", tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_tr(r):
    cc = "TR"
    d = V.Doc()
    child, mother, father = tr_family(r, cc)
    d.add("ORTAK KURULUŞ RAPORU / PARTNER REPORT\n", "Tarih: ", r.date("dmy_dot", 10), "\n\n")
    d.add(tr_body(r, cc, child, mother, father), "\n\n")
    d.add("Çocuğun bilgileri (information of child):\n")
    d.add(native_header(r, cc, child, mother, father, r.pick(["block", "table"]), "tr"), "\n")
    d.add(tr_signoff(r, cc), "\n")
    return d


@tpl("translated")
def tr_sea(r):
    cc = r.pick(["VN", "ID", "PH"])
    d = V.Doc()
    child, mother, father = tr_family(r, cc)
    lang = COUNTRY_LANG[cc]
    F = FIELDS[lang]
    d.add(F[6], "\n", F[7], ": ", r.date("dmy", 10), "\n\n")
    d.add(native_header(r, cc, child, mother, father, r.pick(["block", "inline"]), "dmy"), "\n")
    d.add(tr_body(r, cc, child, mother, father), "\n\n")
    if cc == "PH" and r.p(0.6):
        d.add("Remittance was send by GCash to number ", V.phone(r.rng, "PH", "nat"), " by the foreigner.\n\n")
    d.add(tr_signoff(r, cc), "\n")
    return d


# =====================================================================================================================
# 5. STRUCTURED — JSON, logfmt, YAML, TSV, tables, form dumps
# =====================================================================================================================
MEANINGLESS = [
    "ref2",
    "col_7",
    "id_doc",
    "f12",
    "x1",
    "val",
    "extra",
    "misc",
    "c3",
    "field_9",
    "aux",
    "data2",
    "tmp",
    "n",
    "k4",
    "attr_b",
    "colH",
    "v_3",
    "Unnamed: 5",
]


def keystyle(name, style):
    words = name.split("_")
    if style == "snake":
        return name
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    if style == "upper":
        return name.upper()
    if style == "kebab":
        return "-".join(words)
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    return name


def st_notes(r, subj, cc):
    region = S.COUNTRIES[cc]["region"]
    opts = [
        ["mum says ", subj.pronoun(), " met ", V.username(r.rng, at=r.p(0.5)), " on ", r.pick(S.PLATFORMS)],
        ["lives w/ nan at ", V.address(r.rng, cc, False).street],
        ["called ", V.phone(r.rng, region, r.pick(["nat", "compact"])), " no answer"],
        ["child (", V.age_of(subj), ") disclosed to teacher"],
        ["dx ", V.condition(r.rng)],
        ["stepdad ", crime_pred(r)],
        ["see also ", V.profile_url(r.rng)],
        ["suspect claims ", V.adult_age(r.rng), " y/o"],
        ["moved from ", V.town(r.rng, cc)],
        ["bro ", V.Person(r.rng, culture=subj.culture, gender="m", ref=r.ref).given(), " also contacted"],
    ]
    return join_lines(r.sample(opts, r.randint(2, 4)), r.pick(["; ", ". ", " | ", " -- "]))


def st_record(r, cc=None, minor=True):
    """Canonical record: list of (field_name, value) with labelled values."""
    cc = cc or r.pick(
        [
            "US",
            "US",
            "US",
            "US",
            "GB",
            "CA",
            "AU",
            "DE",
            "FR",
            "ES",
            "IT",
            "NL",
            "PL",
            "BR",
            "MX",
            "IN",
            "PH",
            "SE",
            "TR",
            "ZA",
            "KE",
            "NG",
            "IE",
        ]
    )
    cu = r.pick(S.COUNTRIES[cc]["cultures"])
    p = r.child(culture=cu, country=cc) if minor else r.adult(culture=cu, country=cc)
    region = S.COUNTRIES[cc]["region"]
    a = V.address(r.rng, cc, native=False)
    rec = [
        ("first_name", p.given("latin")),
        ("last_name", p.family("latin")),
        ("dob", V.dob_of(r.rng, p, r.pick(["iso", "iso", dstyle(cc), "compact"]))),
        ("age", V.age_of(p)),
        ("phone", V.phone(r.rng, region, r.pick(["e164", "intl", "nat", "compact"]))),
        ("email", V.email(r.rng, p, obfuscate=False)),
        ("street", a.street),
        ("city", a.town),
    ]
    if a.postcode:
        rec.append(("postcode", a.postcode))
    if a.region:
        rec.append(("state", a.region))
    rec.append(("country", cc))
    if cc == "US":
        rec.append((r.pick(["ssn", "ssn", "tin", "ssn_itin"]), V.us_ssn(r.rng) if r.p(0.75) else V.us_itin(r.rng)))
        k = r.randint(0, 3)
        if k == 0:
            rec.append(("drivers_license", V.us_dl(r.rng)[1]))
        elif k == 1:
            rec.append(("passport", V.us_passport(r.rng)))
        elif k == 2:
            rec += [("routing_number", V.aba(r.rng)), ("account_number", V.bank_account(r.rng))]
    else:
        en, loc, idv = V.national_id(r.rng, cc, p.dob, p.gender)
        rec.append(("national_id", idv))
    extras = [
        ("username", V.username(r.rng, p)),
        ("ip", V.ip(r.rng)),
        ("device_id", V.device_id(r.rng)[1]),
        ("ethnicity", V.ethnicity(r.rng, cc)),
        ("condition", V.condition(r.rng, adult=not minor)),
        ("profile_url", V.profile_url(r.rng, person=p)),
        ("gender_identity", V.gender_identity(r.rng, minor)),
        ("orientation", V.orientation(r.rng, p.gender)),
        ("mac", V.mac(r.rng)),
        ("geo", V.geo(r.rng, cc, "dec")),
        ("vehicle_plate", V.plate(r.rng, cc)),
        ("password", V.credential(r.rng, "password")[1]),
    ]
    if cc == "US":
        extras += [
            ("itin", V.us_itin(r.rng)),
            ("passport", V.us_passport(r.rng)),
            ("drivers_license", V.us_dl(r.rng)[1]),
            ("routing_number", V.aba(r.rng)),
            ("account_number", V.bank_account(r.rng)),
            ("card_number", V.credit_card(r.rng)[1]),
        ]
    else:
        extras += [
            (
                "iban",
                V.iban(r.rng, cc if cc in ("GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "TR", "IE", "BR") else None),
            ),
            ("card_number", V.credit_card(r.rng)[1]),
        ]
    if not minor:
        extras.append(("criminal_record", V.crime(r.rng)))
    rec += r.sample(extras, r.randint(2, 5))
    return p, cc, rec


def obscure(r, rec, k=None):
    """Rename some identifier fields to meaningless headers."""
    k = k if k is not None else r.randint(1, 3)
    bare_ok = (
        "US_SSN",
        "US_ITIN",
        "NATIONAL_ID",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "IP_ADDRESS",
        "DEVICE_ID",
        "MAC_ADDRESS",
        "CREDIT_CARD",
        "IBAN_CODE",
        "URL",
        "STREET_ADDRESS",
        "ABA_ROUTING_NUMBER",
        "USERNAME",
        "GEO_COORDINATES",
        "ETHNIC_ORIGIN",
        "MEDICAL_CONDITION",
    )
    cands = [i for i, (f, v) in enumerate(rec) if isinstance(v, L) and v.label in bare_ok]
    names = r.sample(MEANINGLESS, len(MEANINGLESS))
    out = list(rec)
    for j, i in enumerate(r.sample(cands, min(k, len(cands)))):
        out[i] = (names[j], out[i][1])
    return out


@tpl("structured")
def st_json_report(r):
    d = V.Doc()
    p, cc, rec = st_record(r)
    style = r.pick(["snake", "camel", "camel", "pascal"])
    rec = obscure(r, rec, r.randint(0, 2))
    reporter = r.adult(culture=r.pick(S.COUNTRIES[cc]["cultures"]), country=cc)
    pairs = [
        (keystyle("report_id", style), r.ticket("RPT")),
        (keystyle("submitted_at", style), "%sT%s:%02dZ" % (r.date("iso", 10), r.time(False), r.randint(0, 59))),
    ]
    pairs.append(
        (
            keystyle("reporter", style),
            (
                "object",
                [
                    (keystyle("name", style), reporter.full("latin")),
                    (keystyle("relationship", style), r.pick(["parent", "teacher", "neighbour", "self", "sibling"])),
                    (keystyle("contact_phone", style), V.phone(r.rng, S.COUNTRIES[cc]["region"], "e164")),
                ],
            ),
        )
    )
    pairs.append(
        (
            keystyle("subject", style),
            ("object", [(keystyle(k, style) if k in dict(st_keys()) or "_" in k else k, v) for k, v in rec]),
        )
    )
    pairs.append((keystyle("notes", style), st_notes(r, p, cc)))
    pairs.append((keystyle("priority", style), r.randint(1, 4)))
    d.add(json_obj(pairs, r.pick([2, 4])), "\n")
    return d


def st_keys():
    return [
        (k, k)
        for k in [
            "first_name",
            "last_name",
            "dob",
            "age",
            "phone",
            "email",
            "street",
            "city",
            "postcode",
            "state",
            "country",
            "ssn",
            "national_id",
            "username",
            "ip",
            "device_id",
            "ethnicity",
            "condition",
            "profile_url",
            "gender_identity",
            "orientation",
            "mac",
            "geo",
            "vehicle_plate",
            "password",
            "itin",
            "passport",
            "drivers_license",
            "routing_number",
            "account_number",
            "card_number",
            "iban",
            "criminal_record",
        ]
    ]


@tpl("structured")
def st_jsonl_events(r):
    d = V.Doc()
    cl = r.clock()
    child = r.child()
    adult = r.adult(gender="m")
    ah = V.username(r.rng, adult)
    ch = V.username(r.rng, child)
    evs = []
    for _ in range(r.randint(4, 7)):
        t = cl.tick(20, 900)
        kind = r.pick(["login", "message", "friend_request", "report", "purchase", "profile_update"])
        pairs = [("ts", t.strftime("%Y-%m-%dT%H:%M:%SZ")), ("event", kind)]
        if kind == "login":
            pairs += [("user", ah), ("ip", V.ip(r.rng)), ("device", V.device_id(r.rng)[1])]
        elif kind == "message":
            msg = r.pick(
                [
                    ["how old r u? im ", V.adult_age(r.rng, adult.age)],
                    ["im ", V.age_of(child)],
                    ["text me ", V.phone(r.rng, S.COUNTRIES[adult.country]["region"])],
                    ["where do u live"],
                    ["i live in ", V.town(r.rng, child.country)],
                ]
            )
            pairs += [("from", ah), ("to", ch), ("text", msg)]
        elif kind == "friend_request":
            pairs += [("from", ah), ("to", ch), ("mutuals", r.randint(0, 3))]
        elif kind == "report":
            pairs += [("reporter", ch), ("target", ah), ("reason", r.pick(["grooming", "harassment", "spam"]))]
        elif kind == "purchase":
            pairs += [("user", ah), ("card", V.credit_card(r.rng, "compact")[1]), ("amount", r.randint(5, 200))]
        else:
            pairs += [("user", ah), ("field", "email"), ("new", V.email(r.rng, adult, obfuscate=False))]
        evs.append(json_obj(pairs, None))
    for e in evs:
        d.add(e, "\n")
    return d


@tpl("structured")
def st_logfmt(r):
    d = V.Doc()
    cl = r.clock()
    adult = r.adult(gender=r.pick("mmf"))
    child = r.child()
    uid = L(V.digits(r.rng, 10, True), "USERNAME")
    ip = V.ip(r.rng)
    dev = V.device_id(r.rng)[1]
    for _ in range(r.randint(5, 9)):
        t = cl.tick(1, 600)
        lvl = r.pick(["info", "info", "warn", "error"])
        ev = r.pick(
            ["auth.login", "auth.pw_reset", "chat.flag", "geo.lookup", "device.bind", "dm.send", "account.link"]
        )
        parts = ["ts=", t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % r.randint(0, 999), " level=", lvl, " event=", ev]
        if ev == "auth.login":
            parts += [" uid=", uid, " ip=", ip, ' ua="', r.pick(["okhttp/4.9", "Mozilla/5.0", "GameClient/2.1"]), '"']
        elif ev == "auth.pw_reset":
            parts += [
                " uid=",
                uid,
                " email=",
                V.email(r.rng, adult, obfuscate=False),
                " new_pw=",
                V.credential(r.rng, "password")[1],
            ]
        elif ev == "chat.flag":
            parts += [
                " uid=",
                uid,
                " peer=",
                V.username(r.rng, child),
                " score=0.%02d" % r.randint(60, 99),
                ' excerpt="',
                r.pick(
                    [
                        ["im ", V.age_of(child)],
                        ["call me ", V.phone(r.rng, "GB", "compact")],
                        ["my name is ", child.given("latin")],
                    ]
                ),
                '"',
            ]
        elif ev == "geo.lookup":
            parts += [
                " ip=",
                ip,
                " city=",
                V.town(r.rng, adult.country),
                ' ll="',
                V.geo(r.rng, adult.country, "dec_nospace"),
                '"',
            ]
        elif ev == "device.bind":
            parts += [" uid=", uid, " device_id=", dev, " mac=", V.mac(r.rng)]
        elif ev == "dm.send":
            parts += [" from=", uid, " to=", V.username(r.rng, child), " len=", str(r.randint(3, 300))]
        else:
            parts += [" uid=", uid, " linked=", V.profile_url(r.rng, kind=r.pick(["insta", "tiktok", "discord"]))]
        d.add(parts, "\n")
    return d


@tpl("structured")
def st_yaml(r):
    d = V.Doc()
    p, cc, rec = st_record(r, minor=r.p(0.7))
    style = r.pick(["snake", "kebab", "camel"])
    rec = obscure(r, rec)
    d.add("# case export ", r.case_ref(), "\n", "case:\n  status: ", r.pick(["open", "triage", "escalated"]), "\n")
    d.add("  subject:\n")
    for k, v in rec:
        q = r.p(0.3) and isinstance(v, L)
        d.add(
            "    ", keystyle(k, style) if "_" in k or k in dict(st_keys()) else k, ": ", ['"', v, '"'] if q else v, "\n"
        )
    d.add("  contacts:\n")
    for _ in range(r.randint(1, 3)):
        c = r.adult(culture=p.culture, country=cc)
        role = r.pick(
            ["mother", "aunt", "carer", "grandmother"]
            if c.gender == "f"
            else ["father", "uncle", "carer", "grandfather", "stepfather"]
        )
        d.add(
            "    - name: ",
            c.full("latin"),
            "\n      role: ",
            role,
            "\n      tel: ",
            V.phone(r.rng, S.COUNTRIES[cc]["region"]),
            "\n",
        )
    d.add("  notes: |\n    ", st_notes(r, p, cc), "\n")
    return d


@tpl("structured")
def st_tsv_sheet(r):
    d = V.Doc()
    n = r.randint(3, 6)
    us = r.p(0.6)
    hdr = [
        "case",
        r.pick(["name", "Name", "child", "NAME"]),
        r.pick(["dob", "DOB", "d.o.b", "born"]),
        r.pick(MEANINGLESS[:6]),
        r.pick(["tel", "phone", "mob", "contact"]),
        r.pick(MEANINGLESS[6:12]),
        r.pick(["town", "City", "loc"]),
        "notes",
    ]
    sep = r.pick(["\t", "\t", ";", ","])
    d.add(sep.join(hdr), "\n")
    for i in range(n):
        cc = "US" if us else r.pick(["GB", "DE", "FR", "ES", "NL", "PL", "IT", "SE", "BR", "IN"])
        p = (
            r.child(culture=r.pick(S.COUNTRIES[cc]["cultures"]), country=cc)
            if r.p(0.7)
            else r.adult(culture=r.pick(S.COUNTRIES[cc]["cultures"]), country=cc)
        )
        idv = V.us_ssn(r.rng, "dash") if us else V.national_id(r.rng, cc, p.dob, p.gender)[2]
        col6 = r.pick(
            [
                V.ip(r.rng),
                V.email(r.rng, p, obfuscate=False),
                V.username(r.rng, p),
                V.us_itin(r.rng) if us else V.iban(r.rng, grouped=False),
                V.bank_account(r.rng) if us else V.credit_card(r.rng, "compact")[1],
                V.us_passport(r.rng) if us else V.mac(r.rng),
            ]
        )
        a = V.address(r.rng, cc, native=False)
        note = r.pick(
            [
                "",
                "",
                "no answer x2",
                ["age ", V.age_of(p)],
                ["dx ", V.condition(r.rng, adult=p.age >= 18)],
                ["alias ", V.username(r.rng, p, at=True)],
                ["prev: ", V.crime(r.rng)] if p.age >= 18 else "",
                ["eth: ", V.ethnicity(r.rng, cc)],
            ]
        )
        name = p.full("latin", case=r.pick([None, None, "upper", "lower"])) if r.p(0.7) else p.formal_comma("latin")
        row = [
            r.case_ref().split()[-1],
            name,
            V.dob_of(r.rng, p, r.pick(["iso", dstyle(cc), "dmy_dot"])),
            idv,
            V.phone(r.rng, S.COUNTRIES[cc]["region"], r.pick(["compact", "e164", "nat"])),
            col6,
            a.town,
            note,
        ]
        if sep == ",":
            row = [['"', x, '"'] if isinstance(x, L) and "," in x.text else x for x in row]
        d.add(join_lines(row, sep), "\n")
    return d


@tpl("structured")
def st_pipe_table(r):
    d = V.Doc()
    d.add(r.pick(["### Linked accounts", "Accounts linked to device", "**Cluster 7 – shared identifiers**"]), "\n\n")
    cols = [
        "account",
        r.pick(["handle", "user"]),
        r.pick(["email", "e-mail", "mail"]),
        "ip",
        r.pick(["dev", "device", "col_7"]),
        r.pick(["claimed_age", "age (stated)", "x"]),
        "location",
    ]
    d.add("| ", " | ".join(cols), " |\n", "|", "|".join(["---"] * len(cols)), "|\n")
    adult = r.adult(gender="m")
    for i in range(r.randint(3, 6)):
        same = r.p(0.6)
        p = adult if same else r.child()
        d.add(
            "| ",
            L(V.digits(r.rng, 9, True), "USERNAME"),
            " | ",
            V.username(r.rng, p),
            " | ",
            V.email(r.rng, p, obfuscate=False) if r.p(0.7) else "—",
            " | ",
            V.ip(r.rng),
            " | ",
            V.device_id(r.rng, r.pick(["imei", "android", "idfa", "gaid"]))[1],
            " | ",
            V.adult_age(r.rng) if same else V.age_of(p),
            " | ",
            V.town(r.rng, p.country, native=p.is_native and r.p(0.5)) if r.p(0.8) else "?",
            " |\n",
        )
    return d


@tpl("structured")
def st_form_dump(r):
    d = V.Doc()
    p, cc, rec = st_record(r, minor=r.p(0.6))
    style = r.pick(["title", "upper", "snake", "camel"])
    rec = obscure(r, rec, r.randint(0, 2))
    d.add(r.pick(["=== Web form submission ===", "FORM: report_v2", "-- submission dump --"]), "\n")
    d.add("form_id: ", V.digits(r.rng, 7, True), "\nreceived: ", r.date("iso", 5), " ", r.time(True), "\n\n")
    sep = r.pick([": ", " = ", ":\t", " -> "])
    for k, v in rec:
        key = keystyle(k, style) if "_" in k or k in dict(st_keys()) else k
        if isinstance(v, L) and r.p(0.1):
            v = v.map(str.upper) if v.label in ("PERSON", "LOCATION") else v
        d.add(key, sep, v, "\n")
    d.add(keystyle("what_happened", style), sep, st_notes(r, p, cc), "\n")
    d.add(keystyle("consent_to_contact", style), sep, r.pick(["yes", "no", "true"]), "\n")
    return d


@tpl("structured")
def st_csv(r):
    d = V.Doc()
    d.add(
        "id,submitted,reporter_name,reporter_email,child_first,child_age,child_city,suspect_handle,suspect_phone,"
        "free_text\n"
    )
    for i in range(r.randint(3, 6)):
        cc = r.pick(["GB", "US", "AU", "IE", "CA", "NZ", "ZA", "PH", "IN", "NG"])
        rep = r.adult(culture=r.pick(S.COUNTRIES[cc]["cultures"]), country=cc)
        ch = r.child(culture=rep.culture, country=cc)
        sus = r.adult(gender="m", country=cc)
        free = r.pick(
            [
                ["he asked her to meet at ", V.address(r.rng, cc, False).street],
                ["says hes ", V.adult_age(r.rng, sus.age), ", clearly lying"],
                ["she has ", V.condition(r.rng), ", very vulnerable"],
                ["posted her number ", V.phone(r.rng, S.COUNTRIES[cc]["region"], "nat"), " in a group"],
                "",
                "see attached screenshots",
            ]
        )
        row = [
            str(i + 1 + r.randint(1000, 9000)),
            r.date("iso", 30),
            ['"', rep.full("latin"), '"'],
            V.email(r.rng, rep, obfuscate=False),
            ch.given("latin"),
            V.age_of(ch),
            V.town(r.rng, cc),
            V.username(r.rng, sus),
            V.phone(r.rng, S.COUNTRIES[cc]["region"], r.pick(["e164", "compact"])),
            ['"', free, '"'] if free else "",
        ]
        d.add(join_lines(row, ","), "\n")
    return d


@tpl("structured")
def st_xml(r):
    d = V.Doc()
    p, cc, rec = st_record(r)
    rec = obscure(r, rec, r.randint(0, 2))
    d.add('<?xml version="1.0" encoding="UTF-8"?>\n<referral id="', r.ticket("X"), '">\n  <subject>\n')
    for k, v in rec:
        tag = keystyle(k, "camel").replace(" ", "_").replace(":", "")
        d.add("    <", tag, ">", v, "</", tag, ">\n")
    d.add("  </subject>\n  <narrative>", st_notes(r, p, cc), "</narrative>\n</referral>\n")
    return d


@tpl("structured")
def st_sql(r):
    d = V.Doc()
    d.add("-- export from legacy case DB\n")
    for i in range(r.randint(2, 4)):
        while True:
            p, cc, rec = st_record(r, minor=r.p(0.6))
            if not any(isinstance(v, L) and "'" in v.text for _, v in rec):
                break
        rec = rec[: r.randint(6, len(rec))]
        cols = ", ".join(k for k, _ in rec)
        vals = []
        for k, v in rec:
            if isinstance(v, L) and v.label == "AGE" or isinstance(v, L) and v.label == "MINOR_AGE":
                vals.append(v)
            else:
                vals.append(["'", v, "'"])
        d.add("INSERT INTO subjects (", cols, ") VALUES (", join_lines(vals, ", "), ");\n")
    return d


@tpl("structured")
def st_police_fixed(r):
    d = V.Doc()
    cc = r.pick(["GB", "US", "AU", "IE"])
    p = r.adult(culture=r.pick(S.COUNTRIES[cc]["cultures"]), country=cc, gender=r.pick("mmmf"))
    a = V.address(r.rng, cc, native=False)
    up = str.upper
    rows = [
        ("SURNAME", p.family("latin", case="upper")),
        ("FORENAMES", p.given("latin", case="upper")),
        ("DOB", V.dob_of(r.rng, p, r.pick(["dmy", "dmon", "compact"] if cc != "US" else ["mdy", "compact"]))),
        ("POB", V.town(r.rng, cc).map(up)),
        ("ADDR", tmap([a.street, " ", a.town], up)),
        ("ETHNIC APP", V.ethnicity(r.rng, cc).map(up)),
        ("VRM", V.plate(r.rng, cc)),
        ("TEL", V.phone(r.rng, S.COUNTRIES[cc]["region"], "compact")),
    ]
    if cc == "US":
        rows.append(("SSN", V.us_ssn(r.rng, r.pick(["dash", "compact"]))))
        rows.append(("OLN", V.us_dl(r.rng)[1]))
    elif cc == "GB":
        rows.append(("NINO", L(V._gb_nino(r.rng), "NATIONAL_ID")))
    else:
        rows.append(("ID", V.national_id(r.rng, cc, p.dob, p.gender)[2]))
    d.add("*** NOMINAL RECORD *** ", r.ticket("PNC"), "\n")
    for k, v in rows:
        d.add(k.ljust(12), v, "\n")
    d.add("CONVICTIONS\n")
    for _ in range(r.randint(1, 3)):
        d.add("  ", r.date("dmy", 4000), "  ", V.crime(r.rng).map(up), "\n")
    d.add("MARKERS     ", r.pick(["VIOLENT", "WEAPONS", "SEX OFFENDER", "DRUGS"]), "\n")
    d.add("WARNINGS    ", V.condition(r.rng, adult=True).map(up), "\n")
    return d


@tpl("structured")
def st_http_form(r):
    d = V.Doc()
    p, cc, rec = st_record(r, minor=r.p(0.5))
    d.add(
        "POST /api/v1/reports HTTP/1.1\nHost: intake.example.org\nContent-Type: application/x-www-form-urlencoded\n"
        "X-Forwarded-For: ",
        V.ipv4(r.rng),
        "\n\n",
    )
    items = []
    for k, v in rec:
        if isinstance(v, L):
            t = v.text.replace(" ", "+").replace("@", "%40") if r.p(0.7) else v.text
            items.append([k, "=", L(t, v.label)])
        else:
            items.append([k, "=", str(v).replace(" ", "+")])
    d.add(join_lines(items, "&"), "\n")
    return d


# =====================================================================================================================
# NEGATIVES — PII-free look-alikes
# =====================================================================================================================
FIRMS = [
    "Johnson Controls",
    "Ernst & Young",
    "Procter & Gamble",
    "Marks & Spencer",
    "Johnson & Johnson",
    "Dow Jones",
    "Goldman Sachs",
    "Morgan Stanley",
    "Wells Fargo",
    "Hewlett Packard Enterprise",
    "Rolls-Royce",
    "Siemens",
    "Philips",
    "Bosch",
    "Boeing",
    "Dell Technologies",
    "Ford",
    "McKinsey & Company",
    "Deloitte",
    "Ben & Jerry's",
    "Boston Dynamics",
    "Cambridge University Press",
    "Sainsbury's",
    "Kellogg's",
    "Heinz",
    "Porsche",
]
BUILDINGS = [
    "Lincoln Hall",
    "Curie Building",
    "Nightingale Wing",
    "Turing Lab",
    "Darwin Library",
    "Mandela Hall",
    "Pasteur Room",
    "Newton Block",
    "Faraday Centre",
    "Franklin Auditorium",
    "Lovelace Suite",
    "Kepler Room",
    "Tesla Studio",
    "Hopper Lab",
    "Einstein Lecture Theatre",
    "Austen Reading Room",
]
GENERIC_PLACES = [
    "the Paris Agreement",
    "Brussels sprouts",
    "Chicago-style pizza",
    "the Geneva Conventions",
    "the Manhattan Project",
    "the Oxford comma",
    "Dijon mustard",
    "the Vienna Convention",
    "the Kyoto Protocol",
    "the Helsinki Accords",
    "a Denver boot",
    "the Swiss cheese model",
    "Hamburg steak",
    "the Stockholm Convention",
    "Bordeaux-style blends",
    "the Berlin Wall anniversary",
]
FEATURES = [
    "party finder",
    "voice chat",
    "friend requests",
    "trading",
    "clan banners",
    "photo mode",
    "emotes",
    "spectator mode",
    "cross-play",
    "replay viewer",
    "parental dashboard",
    "chat filter",
    "screen time limits",
    "block list",
    "report flow",
    "age-gate",
    "2FA prompt",
    "leaderboards",
    "seasonal pass",
    "map editor",
]
FIXES = [
    "Fixed a crash when opening the {f} on low-memory devices.",
    "Improved load times for {f} by {p}%.",
    "Resolved an issue where {f} settings were not saved after restart.",
    "Updated localisation strings for {f}.",
    "Reduced memory usage of {f}.",
    "Fixed a rare desync in {f} during matches longer than {n} minutes.",
    "{f} now respects the account's safety settings by default.",
    "Removed deprecated {f} endpoint v{v}.",
    "Added telemetry counters for {f} (aggregate only, no user data).",
    "Tweaked rate limits on {f}.",
]


def hexs(r, n):
    return "%0*x" % (n, r.rng.getrandbits(4 * n))


def semver(r):
    return "%d.%d.%d" % (r.randint(1, 14), r.randint(0, 30), r.randint(0, 60))


def isbn13(r):
    from stdnum import ean

    body = r.pick(["978", "979"]) + V.digits(r.rng, 9)
    s = body + ean.calc_check_digit(body)
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


@tpl("negative")
def neg_patch_notes(r):
    d = V.Doc()
    v = semver(r)
    plat = r.pick(S.PLATFORMS)
    d.add(plat, " — Patch notes ", v, r.pick(["", " (hotfix)", "-rc.%d" % r.randint(1, 5)]), "\n")
    d.add("Build ", hexs(r, r.pick([7, 8, 12])), " · released ", r.date("long", 200), "\n\n")
    for sec in r.sample(["New", "Fixes", "Safety", "Performance", "Known issues"], r.randint(2, 4)):
        d.add("## ", sec, "\n")
        for _ in range(r.randint(2, 5)):
            d.add(
                "- ",
                r.pick(FIXES).format(f=r.pick(FEATURES), p=r.randint(5, 60), n=r.randint(20, 90), v=r.randint(1, 4)),
                "\n",
            )
        d.add("\n")
    d.add("Full changelog: compare/", hexs(r, 7), "...", hexs(r, 7), "\n")
    return d


@tpl("negative")
def neg_ci_log(r):
    d = V.Doc()
    cl = r.clock()
    d.add("Pipeline #", V.digits(r.rng, 6, True), " for branch release/", semver(r), "\n")
    steps = [
        "checkout",
        "restore-cache",
        "lint",
        "unit-tests",
        "integration-tests",
        "build-android",
        "build-ios",
        "sign-artifacts",
        "upload-symbols",
        "deploy-staging",
    ]
    for st in steps[: r.randint(5, len(steps))]:
        t = cl.tick(3, 300)
        d.add(
            "[",
            t.strftime("%H:%M:%S"),
            "] ",
            st.ljust(18),
            r.pick(["OK", "OK", "OK", "WARN", "SKIPPED"]),
            "  %ds" % r.randint(1, 400),
            "\n",
        )
    d.add("artifact: app-release-", semver(r), "-build.", str(r.randint(100, 9999)), ".aab  sha256:", hexs(r, 64), "\n")
    d.add("build id: ", str(V.uuid.UUID(int=r.rng.getrandbits(128), version=4)), "\n")
    d.add(
        "tests: %d passed, %d skipped, 0 failed; coverage %.1f%%\n"
        % (r.randint(300, 4000), r.randint(0, 40), r.rng.uniform(60, 95))
    )
    return d


@tpl("negative")
def neg_policy(r):
    d = V.Doc()
    plat = r.pick(S.PLATFORMS)
    d.add(plat, " Community Safety Policy — section ", str(r.randint(2, 9)), ".", str(r.randint(1, 9)), "\n\n")
    paras = [
        "Users under the age of %d may not create an account without verified parental consent." % r.pick([13, 16]),
        "Accounts belonging to users aged 13 to 17 have direct messages from unknown adults disabled by default.",
        "We do not allow content that sexualises minors, and we report apparent violations to the relevant "
        "hotline and to law enforcement where required.",
        "Moderators review flagged conversations within %d hours; high-severity reports are reviewed within "
        "%d minutes." % (r.randint(12, 48), r.randint(10, 60)),
        "Sharing another person's contact details, home address or government identifiers is prohibited.",
        "Requests to move a conversation to another app are treated as a risk signal when one party is a minor.",
        "Appeals must be submitted within %d days of an enforcement action." % r.randint(14, 60),
        "Age assurance may use facial age estimation; images are deleted after the estimate is produced.",
        "Repeated violations lead to device-level restrictions in addition to account suspension.",
        "This policy is reviewed annually with input from child-safety experts and youth advisory panels.",
    ]
    d.add(join_lines(r.sample(paras, r.randint(4, 7)), "\n\n"), "\n")
    return d


@tpl("negative")
def neg_newsletter(r):
    d = V.Doc()
    school = r.pick(S.SCHOOLS)
    d.add(
        school,
        " Newsletter — ",
        r.pick(["Spring", "Summer", "Autumn", "Winter"]),
        " Term, Issue ",
        str(r.randint(1, 40)),
        "\n\n",
    )
    items = [
        "The new science labs in %s will open after half term." % r.pick(BUILDINGS),
        "Thank you to %s for sponsoring the robotics club kits." % r.pick(FIRMS),
        "Year %d trips will depart from the main car park at 8:15." % r.randint(3, 11),
        "Parents' evening takes place in %s on Thursday from 4pm to 7pm." % r.pick(BUILDINGS),
        "The canteen menu this week features %s and a vegetarian curry."
        % r.pick(["Brussels sprouts", "Chicago-style pizza", "Hamburg steak"]),
        "Our heating upgrade, delivered by %s, is now complete." % r.pick(["Johnson Controls", "Siemens", "Bosch"]),
        "%d%% of pupils took part in the reading challenge this term." % r.randint(40, 95),
        "Lost property is held in %s until Friday." % r.pick(BUILDINGS),
        "Reminder: pupils in Years 7-9 must not bring phones into lessons.",
        "The PTA raised £%d at the winter fair — thank you to all families!" % r.randint(300, 4000),
        "Sixth-formers visited %s as part of the careers programme." % r.pick(FIRMS),
        "Online safety workshop for parents: how to set up screen-time limits and privacy settings.",
    ]
    d.add(bullets(r, r.sample(items, r.randint(4, 7))))
    d.add("\nTerm dates are on the school website. Office hours: 8:00–16:00.\n")
    return d


@tpl("negative")
def neg_invoice(r):
    d = V.Doc()
    firm = r.pick(FIRMS)
    d.add(
        "INVOICE ",
        r.pick(["INV-", "No. ", "#"]),
        V.digits(r.rng, 6, True),
        "\n",
        "Supplier: ",
        firm,
        "\n",
        "Order ref: ORD-",
        str(r.ref.year),
        "-",
        V.digits(r.rng, 6),
        "   PO: PO",
        V.digits(r.rng, 7, True),
        "\n",
        "Date: ",
        r.date("iso", 60),
        "   Terms: net ",
        str(r.pick([14, 30, 45, 60])),
        "\n\n",
    )
    d.add("SKU            Description                      Qty   Unit     Total\n")
    tot = 0
    for _ in range(r.randint(2, 6)):
        sku = "%s-%s-%s" % (
            r.pick(["HW", "LIC", "SRV", "CAB", "KIT"]),
            V.digits(r.rng, 5, True),
            r.pick(["BLK", "WHT", "XL", "M", "EU", "STD"]),
        )
        desc = r.pick(
            [
                "Chromebook charger 45W",
                "Annual safety-filter licence",
                "Network switch 24-port",
                "Classroom headset",
                "Cat6 patch lead 2m",
                "Server support (monthly)",
                "Webcam 1080p",
                "Toner cartridge",
                "Tablet case",
            ]
        )
        q = r.randint(1, 40)
        u = r.randint(3, 900)
        tot += q * u
        d.add(
            sku.ljust(15), desc.ljust(33), str(q).rjust(3), ("%d.00" % u).rjust(9), ("%d.00" % (q * u)).rjust(10), "\n"
        )
    d.add("\nSubtotal: %d.00   VAT 20%%: %.2f   Total due: %.2f\n" % (tot, tot * 0.2, tot * 1.2))
    d.add("Tracking: 1Z", V.alnum(r.rng, 6), V.digits(r.rng, 10), "\n")
    return d


@tpl("negative")
def neg_reading_list(r):
    d = V.Doc()
    d.add(
        r.pick(["Staff training reading list", "Library acquisitions", "Recommended resources"]),
        " — ",
        r.date("long", 90),
        "\n\n",
    )
    titles = [
        "Keeping Children Safe Online: A Practical Guide",
        "Adolescent Development and Digital Life",
        "Trauma-Informed Practice in Schools",
        "Designing for Safety: Trust and Safety Engineering",
        "Data Protection for Youth Services",
        "Moderation at Scale",
        "The Safeguarding Handbook, 5th ed.",
        "Understanding Grooming Patterns: A Research Overview",
        "Child Development: An Introduction",
        "Statistics for Social Work",
    ]
    for t in r.sample(titles, r.randint(3, 7)):
        d.add(
            "• ",
            t,
            " (",
            r.pick(["Cambridge University Press", "Routledge", "Sage", "Wiley", "OUP"]),
            ", ",
            str(r.randint(2012, 2025)),
            ") ISBN ",
            isbn13(r),
            "\n",
        )
    d.add("\nDOI references: 10.", V.digits(r.rng, 4, True), "/", hexs(r, 6), "\n")
    return d


@tpl("negative")
def neg_grant_report(r):
    d = V.Doc()
    code = r.pick(
        [
            "EP/X0%s/1" % V.digits(r.rng, 5),
            "H2020-SC1-%d-%s" % (r.randint(2016, 2020), V.digits(r.rng, 6)),
            "R01-MH%s" % V.digits(r.rng, 6),
            "ES/W%s/1" % V.digits(r.rng, 6),
        ]
    )
    d.add("Interim report — grant ", code, "\n\n")
    stats = [
        "%d%% of 12-17 year olds surveyed reported receiving a message from a stranger in the last year."
        % r.randint(20, 60),
        "Among 9-12 year olds, %d%% said they knew how to block a user." % r.randint(40, 90),
        "Reports to partner hotlines rose by %d%% year on year." % r.randint(3, 80),
        "The median age of first smartphone ownership in the sample was %d." % r.randint(9, 12),
        "%d%% of respondents with a long-term health condition reported higher online risk." % r.randint(10, 50),
        "Sample size: n = %d across %d countries; response rate %d%%."
        % (r.randint(800, 30000), r.randint(3, 30), r.randint(20, 80)),
        "Confidence intervals are reported at 95%; all data were aggregated before analysis.",
        "No personal data were retained beyond the anonymisation step.",
    ]
    d.add(join_lines(r.sample(stats, r.randint(4, 7)), "\n"), "\n\n")
    d.add("Budget line 4.2 (equipment): spend to date %d of %d.\n" % (r.randint(1000, 9000), r.randint(10000, 20000)))
    return d


@tpl("negative")
def neg_metrics_json(r):
    d = V.Doc()
    hosts = [
        "web-%02d.%s" % (r.randint(1, 40), r.pick(["eu-west", "us-east", "ap-south", "sa-east"]))
        for _ in range(r.randint(2, 4))
    ]
    objs = []
    for h in hosts:
        objs.append(
            json_obj(
                [
                    ("host", h),
                    ("build", hexs(r, 12)),
                    ("version", semver(r)),
                    ("cpu_pct", round(r.rng.uniform(3, 97), 1)),
                    ("mem_mb", r.randint(512, 64000)),
                    ("p99_ms", r.randint(12, 900)),
                    ("rps", r.randint(10, 20000)),
                    ("errors_5xx", r.randint(0, 300)),
                    ("region_code", r.pick(["R7", "R12", "Z3"])),
                ],
                r.pick([None, 2]),
            )
        )
    d.add("[", join_lines(objs, ",\n"), "]\n")
    return d


@tpl("negative")
def neg_inventory_tsv(r):
    d = V.Doc()
    d.add("sku\tdescription\tqty\tbin\tsupplier\tlot\n")
    for _ in range(r.randint(4, 9)):
        d.add(
            "%s-%s" % (r.pick(["CBL", "KBD", "MNT", "BAT", "TAB"]), V.digits(r.rng, 6)),
            "\t",
            r.pick(
                [
                    "USB-C cable",
                    "Keyboard (UK layout)",
                    "24in monitor",
                    "Li-ion battery pack",
                    "10in tablet",
                    "Headset",
                    "Docking station",
                ]
            ),
            "\t",
            str(r.randint(0, 500)),
            "\t",
            "%s-%02d-%d" % (r.pick("ABCDEFG"), r.randint(1, 40), r.randint(1, 6)),
            "\t",
            r.pick(FIRMS),
            "\t",
            "L%s" % V.digits(r.rng, 8),
            "\n",
        )
    return d


@tpl("negative")
def neg_agenda(r):
    d = V.Doc()
    d.add(
        r.pick(["Child Online Safety Summit", "Trust & Safety Practitioners Day", "Youth Wellbeing Forum"]),
        " ",
        str(r.ref.year),
        " — Agenda\n\n",
    )
    cl = r.clock(dt.datetime(r.ref.year, r.ref.month, r.ref.day, 9, 0, 0))
    sessions = [
        "Registration and coffee",
        "Opening plenary: the state of online child safety",
        "Panel: age assurance after %s-style regulation" % r.pick(["the Kyoto Protocol", "the Paris Agreement"]),
        "Workshop: building a report flow users actually finish",
        "Lunch",
        "Lightning talks",
        "Case study: moderation tooling at %s" % r.pick(["Boston Dynamics", "Dell Technologies", "Siemens"]),
        "Breakout: supporting disabled young people online",
        "Closing remarks",
        "Networking reception",
    ]
    for s in sessions[: r.randint(6, len(sessions))]:
        t = cl.tick(1800, 5400)
        d.add(t.strftime("%H:%M"), "  ", s, " — ", r.pick(BUILDINGS), "\n")
    d.add("\nWi-Fi network: SUMMIT-GUEST. Slides will be shared after the event.\n")
    return d


@tpl("negative")
def neg_health_policy(r):
    d = V.Doc()
    d.add(
        r.pick(
            [
                "School medicines policy (extract)",
                "Guidance: supporting pupils with medical conditions",
                "Clinic protocol v%s" % semver(r),
            ]
        ),
        "\n\n",
    )
    paras = [
        "Pupils with asthma should have access to their reliever inhaler at all times, including on trips.",
        "Staff administering medication must record the dose and time in the medicines log.",
        "Children under %d must not self-administer controlled drugs." % r.pick([12, 14, 16]),
        "Individual healthcare plans are reviewed at least annually or when needs change.",
        "Epilepsy awareness training is provided to all staff every %d years." % r.randint(2, 3),
        "Allergy action plans are displayed in %s and in the staff room." % r.pick(BUILDINGS),
        "Around %d%% of children aged 5-15 have a diagnosed long-term condition nationally." % r.randint(10, 25),
        "Mental health first aiders are available in each year group.",
        "The policy follows %s principles of layered protection."
        % r.pick(["the Swiss cheese model", "the Swiss cheese model's"]),
    ]
    d.add(bullets(r, r.sample(paras, r.randint(4, 7)), "num"))
    return d


@tpl("negative")
def neg_ticket_export(r):
    d = V.Doc()
    d.add("key\tsummary\tstatus\tcomponent\tfix_version\tcreated\n")
    for _ in range(r.randint(4, 8)):
        d.add(
            "%s-%d" % (r.pick(["PLAT", "SAFE", "MOD", "APP"]), r.randint(100, 9999)),
            "\t",
            r.pick(
                [
                    "Crash in %s",
                    "Slow %s on Android",
                    "Add metric for %s",
                    "Copy change in %s",
                    "Localise %s",
                    "Accessibility audit: %s",
                ]
            )
            % r.pick(FEATURES),
            "\t",
            r.pick(["Open", "In Progress", "Done", "Won't Fix"]),
            "\t",
            r.pick(["client", "backend", "safety", "web"]),
            "\t",
            semver(r),
            "\t",
            r.date("iso", 300),
            "\n",
        )
    return d


@tpl("negative")
def neg_generic_places(r):
    d = V.Doc()
    sents = [
        "Our climate commitments are aligned with %s." % "the Paris Agreement",
        "The cafeteria will serve %s on Friday."
        % r.pick(["Brussels sprouts", "Chicago-style pizza", "Hamburg steak", "Dijon mustard chicken"]),
        "Robotics club watched a demo video from %s." % "Boston Dynamics",
        "The style guide now requires %s in all lists." % "the Oxford comma",
        "History week covers %s and %s."
        % tuple(
            r.sample(
                [
                    "the Manhattan Project",
                    "the Berlin Wall anniversary",
                    "the Geneva Conventions",
                    "the Helsinki Accords",
                ],
                2,
            )
        ),
        "Procurement follows %s rules on data handling." % "the Vienna Convention",
        "Parking enforcement may use %s on vehicles left overnight." % "a Denver boot",
        "%s donated %d laptops to the homework club." % (r.pick(FIRMS), r.randint(5, 80)),
        "Audit services were provided by %s." % r.pick(["Ernst & Young", "Deloitte", "McKinsey & Company"]),
    ]
    d.add(r.pick(["Staff bulletin", "Weekly round-up", "Facilities update"]), "\n\n")
    d.add(join_lines(r.sample(sents, r.randint(4, 7)), r.pick([" ", "\n"])), "\n")
    return d


@tpl("structured")
def st_us_ledger(r):
    d = V.Doc()
    d.add(r.pick(["emergency_fund_disbursements.csv", "# victim support payments (US)", "ACH batch preview"]), "\n")
    hdr = [
        r.pick(["payee", "name", "recipient"]),
        r.pick(["tin", "ssn/itin", "tax_id", "col_4"]),
        r.pick(["rtn", "routing", "aba", "ref2"]),
        r.pick(["acct", "account_no", "dda", "id_doc"]),
        r.pick(["amt", "amount_usd"]),
        r.pick(["memo", "notes"]),
    ]
    sep = r.pick([",", "\t", " | "])
    d.add(sep.join(hdr), "\n")
    for _ in range(r.randint(3, 6)):
        p = r.adult(culture=r.pick(S.COUNTRIES["US"]["cultures"]), country="US")
        tin = V.us_ssn(r.rng, r.pick(["dash", "compact"])) if r.p(0.6) else V.us_itin(r.rng)
        memo = r.pick(
            [
                "relocation",
                "counselling",
                "travel to court",
                ["for child ", V.age_of(r.child(country="US", culture=p.culture))],
                "",
                ["DL ", V.us_dl(r.rng)[1]],
                ["passport ", V.us_passport(r.rng)],
            ]
        )
        row = [
            p.full("latin", case=r.pick([None, "upper"])),
            tin,
            V.aba(r.rng),
            V.bank_account(r.rng),
            "%d.%02d" % (r.randint(50, 2500), r.randint(0, 99)),
            memo,
        ]
        d.add(join_lines(row, sep), "\n")
    return d


@tpl("negative")
def neg_transparency_report(r):
    d = V.Doc()
    plat = r.pick(S.PLATFORMS)
    d.add(plat, " Transparency Report — H", str(r.randint(1, 2)), " ", str(r.ref.year - 1), "\n\n")
    d.add("category | reports received | actioned | median time to action\n")
    for cat in r.sample(
        [
            "Child safety",
            "Harassment",
            "Spam",
            "Impersonation",
            "Self-harm",
            "Hate speech",
            "Scams",
            "Underage accounts",
        ],
        r.randint(4, 7),
    ):
        d.add(
            cat,
            " | ",
            "{:,}".format(r.randint(1000, 900000)),
            " | ",
            "%d%%" % r.randint(20, 99),
            " | ",
            "%dh %02dm" % (r.randint(0, 40), r.randint(0, 59)),
            "\n",
        )
    d.add(
        "\nAccounts of users aged 13-15 removed for age-gate violations: ",
        "{:,}".format(r.randint(500, 90000)),
        ".\nReports forwarded to hotlines: ",
        "{:,}".format(r.randint(100, 20000)),
        " (",
        "%d%%" % r.randint(1, 30),
        " of child-safety reports).\n",
    )
    d.add(
        "Appeals overturned: %d.%d%%. Figures are rounded and aggregated; no individual data is published.\n"
        % (r.randint(0, 12), r.randint(0, 9))
    )
    return d


@tpl("negative")
def neg_api_docs(r):
    d = V.Doc()
    d.add("### ", r.pick(["POST /v2/reports", "GET /v1/accounts/{id}/flags", "PATCH /v1/cases/{case_id}"]), "\n\n")
    d.add("Field | Type | Notes\n---|---|---\n")
    fields = [
        ("reporter_email", "string", "RFC 5322 address; stored encrypted, never returned"),
        ("phone", "string", "E.164 format, e.g. +CC followed by the subscriber number"),
        ("date_of_birth", "string", "ISO 8601 date (YYYY-MM-DD)"),
        ("age_band", "enum", "one of: under_13, 13_15, 16_17, adult"),
        ("ip_hash", "string", "SHA-256 of the client address, salted per deployment"),
        ("device_class", "enum", "phone | tablet | console | desktop"),
        ("iban", "string", "validated with the mod-97 check; masked as ****"),
        ("notes", "string", "free text, max %d characters" % r.pick([500, 2000, 4000])),
        ("priority", "integer", "1 (highest) to %d" % r.randint(4, 5)),
        ("created_at", "string", "RFC 3339 timestamp"),
    ]
    for f in r.sample(fields, r.randint(5, 9)):
        d.add(" | ".join(f), "\n")
    d.add("\nRate limit: %d requests/min per API client. Errors follow RFC 7807.\n" % r.randint(30, 600))
    d.add("Example response id: ", "case_", hexs(r, 16), "\n")
    return d
