"""Register text_counselling: SMS and web-chat sessions exported from several helpline systems."""

from __future__ import annotations

import datetime as dt
import random

import values as v
from common import CONDITIONS, CRIMES, ETHNIC, GENDER, MEDS, ORGS_HELP, ORIENT, SCHOOLS, SELF_HARM, age_text, textify
from doc import Doc, Val
from people import Person, person
from places import CENTRES, street_line, town

Turn = tuple[str, str, dict[str, Val]]  # speaker ("yp" / "c"), template, slots
COUNTRY_CULTURES = {
    "GB": ["en_gb", "en_gb", "pk", "ng", "pl", "in", "ro", "en_ie"],
    "US": ["en_us", "en_us", "mx", "ko", "vi", "fil", "ng"],
    "IE": ["en_ie", "en_ie", "pl", "br", "ng"],
    "AU": ["en_au", "en_au", "vi", "zh", "el", "ar"],
    "CA": ["en_ca", "en_ca", "fil", "in", "zh", "fr"],
}


def _yp(rng: random.Random, kid: Person, age: int, country: str, tw: str) -> list[list[Turn]]:
    """Candidate disclosure blocks; a few are picked per session."""
    nick = kid.nick() if rng.random() < 0.6 else kid.given.lower() if rng.random() < 0.5 else kid.given
    abuser = person(rng, rng.choice(COUNTRY_CULTURES[country]), female=rng.random() < 0.25)
    aage = rng.randint(19, 52)
    sib_f = rng.random() < 0.5
    sib = person(rng, kid.culture, female=sib_f)
    sib_age = rng.randint(3, 16)
    ph = v.phone(rng, country, True)
    pw_kind = rng.choice(["pw", "pin", "recovery"])
    pw_t = {
        "pw": "he made me give him my password, its {pw}",
        "pin": "he knows my pin {pw}",
        "recovery": "he logged in with my backup code {pw}",
    }[pw_kind]
    sib_t = rng.choice(
        ["my little sister {s} is only {a}", "i have to look after {s} shes {a}"]
        if sib_f
        else ["my little brother {s} is only {a}", "my brother {s} ({a}) is scared too"]
    )
    blocks: list[list[Turn]] = [
        [
            (
                "yp",
                rng.choice(["im {n} btw", "my names {n}", "its {n} here", "call me {n}", "{n}. thats my name"]),
                {"n": ("PERSON", nick)},
            ),
            ("c", "Thanks {n}, it's good to hear from you.", {"n": ("PERSON", nick)}),
        ],
        [
            ("c", "Can I ask how old you are? You don't have to say.", {}),
            (
                "yp",
                rng.choice(["{a}", "im {a}", "{a} in march", "just turned {a}", "i'm {a} nearly {b}"]),
                {"a": ("MINOR_AGE", age_text(rng, age)), "b": ("MINOR_AGE", str(age + 1))},
            ),
        ],
        [
            (
                "yp",
                rng.choice(["i go to {s} in {t}", "im in year 9 at {s}, its in {t}", "we moved to {t} last year"]),
                {"s": rng.choice(SCHOOLS), "t": ("LOCATION", tw)},
            )
        ],
        [
            (
                "yp",
                rng.choice(
                    [
                        "my mums boyfriend {a} keeps coming in my room at night",
                        "its my step dad {a}. hes like {g}",
                        "theres this guy {a} from the park hes {g} i think",
                        "{a} said if i tell anyone he'll hurt my mum",
                        "my uncle {a} ({g}) touched me",
                    ]
                ),
                {
                    "a": ("PERSON", rng.choice([abuser.given, abuser.full, abuser.given.lower()])),
                    "g": ("AGE", str(aage)),
                },
            ),
            ("c", "That sounds really frightening. Is {a} in the house right now?", {"a": ("PERSON", abuser.given)}),
            ("yp", "no hes at work till 10", {}),
        ],
        [
            (
                "yp",
                rng.choice(
                    [
                        "he was {c} last year",
                        "my dad was {c} so social services know him",
                        "hes been {c} before. my mum told me",
                    ]
                ),
                {"c": ("CRIMINAL_HISTORY", rng.choice(CRIMES))},
            )
        ],
        [
            (
                "yp",
                rng.choice(
                    [
                        "can u text me on {p} instead",
                        "my number is {p} if it cuts out",
                        "this is my mates phone, mine is {p}",
                    ]
                ),
                {"p": ("PHONE_NUMBER", ph)},
            ),
            ("c", "We can't call you from here, but you can message this number any time.", {}),
        ],
        [
            (
                "yp",
                "my number is {p}",
                {"p": ("PHONE_NUMBER", v.spoken_digits(rng, v.phone(rng, country, True, "national")))},
            )
        ],
        [
            (
                "yp",
                rng.choice(
                    [
                        "he keeps messaging me on snap. his name on there is {h}",
                        "hes {h} on insta",
                        "my tiktok is {h} and he found me from that",
                        "discord user {h} sent me stuff",
                    ]
                ),
                {"h": ("USERNAME", v.handle(rng, abuser.given_lat if rng.random() < 0.5 else ""))},
            ),
            ("c", "You can block and report that account. Have you saved any of the messages?", {}),
        ],
        [
            (
                "yp",
                rng.choice(["this is his profile {u}", "his page is {u} pls dont tell him"]),
                {"u": ("URL", f"https://www.instagram.com/{v.handle(rng, abuser.given_lat, at=False)}")},
            )
        ],
        [
            (
                "yp",
                rng.choice(
                    ["ive been {sh} again", "been {sh} since year 8", "i keep having {st}", "i get {st} most nights"]
                ),
                {"sh": ("MEDICAL_CONDITION", rng.choice(SELF_HARM)), "st": ("MEDICAL_CONDITION", "suicidal thoughts")},
            ),
            ("c", "Thank you for trusting me with that. Are you safe right now?", {}),
            ("yp", rng.choice(["kinda", "yeah i think so", "idk", "i dont want to be here anymore"]), {}),
        ],
        [
            (
                "yp",
                rng.choice(
                    [
                        "i have {m} and the doctor put me on {d}",
                        "got diagnosed with {m} in sept",
                        "i stopped taking my {d}",
                        "i've got {m}",
                    ]
                ),
                {"m": ("MEDICAL_CONDITION", rng.choice(CONDITIONS)), "d": ("MEDICAL_CONDITION", rng.choice(MEDS))},
            )
        ],
        [
            (
                "yp",
                rng.choice(["im {x} and my parents dont know", "i think im {x}", "i came out as {x} to my friend"]),
                {"x": ("SEXUAL_ORIENTATION", rng.choice(ORIENT))},
            )
        ],
        [
            (
                "yp",
                rng.choice(["im {x} but at home they use my deadname", "i told my teacher im {x}"]),
                {"x": ("GENDER_IDENTITY", rng.choice(GENDER))},
            )
        ],
        [
            (
                "yp",
                rng.choice(["they call me names cos im {e}", "the other kids say stuff about me being {e}"]),
                {"e": ("ETHNIC_ORIGIN", rng.choice(ETHNIC))},
            )
        ],
        [("yp", sib_t, {"s": ("PERSON", sib.given), "a": ("MINOR_AGE", age_text(rng, sib_age))})],
        [
            (
                "yp",
                rng.choice(["we live at {st}", "its {st} the house with the blue door", "address is {st} {t}"]),
                {"st": ("STREET_ADDRESS", street_line(rng, country)), "t": ("LOCATION", tw)},
            )
        ],
        [("yp", pw_t, {"pw": ("CREDENTIAL", v.credential(rng, pw_kind))})],
        [
            (
                "yp",
                rng.choice(["my email is {e}", "email me at {e}"]),
                {
                    "e": (
                        "EMAIL_ADDRESS",
                        v.obfuscate_email(rng, v.email(rng, kid.given_lat, kid.family_lat))
                        if rng.random() < 0.5
                        else v.email(rng, kid.given_lat, kid.family_lat),
                    )
                },
            )
        ],
        [
            (
                "yp",
                "he sent me a location pin {g} and said come there",
                {"g": ("GEO_COORDINATES", v.coords(rng, *CENTRES[country]))},
            )
        ],
        [
            (
                "yp",
                "my full name is {f} if u need it",
                {"f": ("PERSON", kid.full if rng.random() < 0.5 else kid.full.lower())},
            )
        ],
    ]
    return blocks


_OPEN = [
    "Hi, you're through to {org}. My name is {c}. What would you like to talk about today?",
    "hi there, this is {c} from {org}. i'm here to listen.",
    "Hello, thanks for messaging {org}. I'm {c}. Take your time.",
]
_CLOSE = [
    ("c", "You've been really brave tonight. Would it be ok if we made a safety plan together?", {}),
    ("yp", "ok", {}),
    ("c", "You can message us again any time, day or night.", {}),
    ("yp", "thx", {}),
]


def generate(rng: random.Random, idx: int) -> Doc:
    country = rng.choice(["GB", "GB", "US", "US", "IE", "AU", "CA"])
    kid = person(rng, rng.choice(COUNTRY_CULTURES[country]))
    kid = kid.latin() if rng.random() < 0.85 else kid
    age = rng.randint(11, 17)
    tw = town(rng, country)
    couns = person(rng, rng.choice(COUNTRY_CULTURES[country])).latin()
    cname = couns.given if rng.random() < 0.7 else f"{couns.given} {couns.family[0]}"
    org = rng.choice(ORGS_HELP)
    blocks = _yp(rng, kid, age, country, tw)
    chosen = [blocks[0]] if rng.random() < 0.7 else []
    rest = blocks[1:]
    rng.shuffle(rest)
    chosen += rest[: rng.randint(3, 7)]
    turns: list[Turn] = [
        ("c", rng.choice(_OPEN), {"org": org, "c": ("PERSON", cname)}),
        ("yp", rng.choice(["hi", "hey", "hello?", "um hi", "is this anonymous"]), {}),
    ]
    for b in chosen:
        turns.extend(b)
    if rng.random() < 0.6:
        turns.extend(_CLOSE[: rng.randint(1, 4)])
    strength = rng.uniform(0.2, 0.9)
    turns = [(s, textify(rng, t, strength) if s == "yp" else t, sl) for s, t, sl in turns]
    return _render(rng, turns, country, cname, couns, org, idx)


def _render(rng: random.Random, turns: list[Turn], country: str, cname: str, couns: Person, org: str, idx: int) -> Doc:
    d = Doc()
    start = dt.datetime(2024, 1, 1, 0, 0) + dt.timedelta(minutes=rng.randrange(300 * 24 * 60))
    fmt = rng.choice(["bracket", "sms", "csv", "jsonl", "whatsapp", "transcript"])
    sid = f"{rng.choice(['TXT', 'WC', 'S', 'CH'])}-{start.year}-{rng.randint(1000, 999999):06d}"
    yp_phone = v.phone(rng, country, True, rng.choice(["e164", "intl", "national"]))
    login = f"{rng.choice(['c', 'cslr_', 'vol.', 'agent'])}{couns.given_lat.lower()}{rng.randint(1, 99)}"
    t = start
    yp_label = rng.choice(["Visitor", "Young person", "You", "Guest"])
    if fmt == "bracket":
        d.line("=== {org} web chat export ===", org=org)
        d.line("Session: {s}   Started: {t}", s=sid, t=start.strftime("%d/%m/%Y %H:%M"))
        d.line(
            "Visitor IP: {ip}   Browser ID: {b}",
            ip=("IP_ADDRESS", v.ipv4(rng) if rng.random() < 0.8 else v.ipv6(rng)),
            b=("DEVICE_ID", v.device_uuid(rng)),
        )
        d.line("Assigned to: {c}", c=("PERSON", couns.full))
        d.line("-" * 40)
    elif fmt == "sms":
        d.line(
            "SMS THREAD {s} | short code 8{x} | MSISDN {p}",
            s=sid,
            x=str(rng.randint(1000, 9999)),
            p=("PHONE_NUMBER", yp_phone),
        )
        d.line("Opened {t} by {u}", t=start.isoformat(sep=" ", timespec="seconds"), u=("USERNAME", login))
        d.line()
    elif fmt == "csv":
        d.line("conversation_id,timestamp,direction,author,message")
    elif fmt == "jsonl":
        d.line(
            '{"export":"{org}","conversation":"{s}","channel":"{ch}","counsellor_login":"{u}","device":"{dv}"}',
            org=org,
            s=sid,
            ch=rng.choice(["webchat", "app", "sms"]),
            u=("USERNAME", login),
            dv=("DEVICE_ID", v.device_uuid(rng, upper=False) if rng.random() < 0.6 else v.imei(rng)),
        )
    elif fmt == "whatsapp":
        d.line("Chat export – {org} ({p})", org=org, p=("PHONE_NUMBER", yp_phone))
    else:
        d.line("Transcript #{n}", n=str(rng.randint(10000, 99999)))
        d.line(
            "Channel: {ch} | Counsellor: {c} | Duration: {m} min",
            ch=rng.choice(["Web chat", "SMS", "App chat"]),
            c=("PERSON", cname),
            m=str(rng.randint(12, 95)),
        )
        if rng.random() < 0.5:
            d.line("Approx. location (IP lookup): {t}", t=("LOCATION", town(rng, country)))
        d.line()
    for speaker, tmpl, slots in turns:
        t += dt.timedelta(seconds=rng.randint(15, 240))
        hm = t.strftime("%H:%M")
        is_c = speaker == "c"
        if fmt == "bracket":
            if is_c:
                d.tpl("[{hm}] Counsellor (", hm=hm).pii("PERSON", cname).add("): ")
            else:
                d.add(f"[{hm}] {yp_label}: ")
        elif fmt == "sms":
            d.add(f"{t.strftime('%Y-%m-%d %H:%M:%S')} {'OUT' if is_c else 'IN '} ")
        elif fmt == "csv":
            d.add(f"{sid},{t.isoformat(timespec='seconds')},{'outbound' if is_c else 'inbound'},")
            d.add("counsellor" if is_c else "texter").add(',"')
        elif fmt == "jsonl":
            d.add('{"ts":"' + t.strftime("%H:%M:%S") + '","from":"' + ("counsellor" if is_c else "user") + '","text":"')
        elif fmt == "whatsapp":
            d.add(f"{t.strftime('%d/%m/%Y')}, {hm} - {'Helpline' if is_c else 'Me'}: ")
        else:
            d.add(f"{hm} {'C' if is_c else 'YP'}: ")
        d.tpl(tmpl, **slots)
        if fmt == "csv":
            d.add('"')
        if fmt == "jsonl":
            d.add('"}')
        d.add("\n")
    if fmt in ("bracket", "transcript") and rng.random() < 0.6:
        d.line()
        d.line(
            "Wrap-up notes ({c}): {txt}",
            c=("PERSON", cname),
            txt=rng.choice(
                [
                    "safeguarding flag raised, escalated to supervisor.",
                    "no immediate risk identified; signposted to GP and school counsellor.",
                    "YP left chat abruptly. Follow-up not possible (anonymous).",
                ]
            ),
        )
    _ = idx
    return d
