# ruff: noqa: E501
"""Held-out v3 test data: labelled PII documents in five registers plus PII-free look-alikes.

    python scripts/heldout_v3/generate.py [--seed N] [--out tests/data/heldout]

Deterministic for a seed. Spans are recorded while the text is built (each piece is appended and its offsets
noted), never found by searching afterwards. This generator is independent of the detector it measures: it
imports nothing from the project and uses only the hand-written lists in sources.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path
from random import Random

import sources as S
import values as V

LABELS = {
    "PERSON", "AGE", "MINOR_AGE", "LOCATION", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "USERNAME",
    "CREDENTIAL", "US_SSN", "US_DRIVER_LICENSE", "NATIONAL_ID", "CREDIT_CARD", "IBAN_CODE", "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER", "IP_ADDRESS", "VEHICLE_PLATE", "DATE_OF_BIRTH", "URL",
}  # fmt: skip

REGISTERS = ["chat", "form", "tip", "memo", "email"]
DOCS_PER_REGISTER = 80
NEGATIVES = 250
TODAY = dt.date(2024, 6, 1)


def T(s: str) -> str:
    return textwrap.dedent(s).strip("\n")


# ==============================================================================================================
# Value context: one per document. Keys such as {p1}, {p1.first}, {town2}, {card1.exp} are generated on first
# use and then reused, so the same person or town can be mentioned twice in a document.
# ==============================================================================================================

CULTURE_WEIGHTS = {name: 1.0 for name in S.CULTURES}
CULTURE_WEIGHTS["english"] = 4.0
CULTURE_WEIGHTS["spanish"] = 2.0

NATIVE_PROB = {"chat": 0.15, "form": 0.3, "tip": 0.5, "memo": 0.25, "email": 0.35, "negative": 0.0}


def _latin(entry):
    return entry[1] if isinstance(entry, tuple) else entry


def _native(entry):
    return entry[0] if isinstance(entry, tuple) else entry


class Ctx:
    def __init__(self, rng: Random, register: str):
        self.rng = rng
        self.register = register
        self.native_prob = NATIVE_PROB[register]
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.used: set[str] = set()
        start = dt.datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
        self.clock = start
        self.currency = rng.choice(V.CURRENCIES)
        self.date_style = rng.randrange(7)
        self.ts_format = rng.choice(
            ["%H:%M", "%I:%M %p", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y, %H:%M", "%m/%d/%y %I:%M %p", "%H:%M:%S"]
        )

    def pick_culture(self) -> str:
        names = list(CULTURE_WEIGHTS)
        return self.rng.choices(names, weights=[CULTURE_WEIGHTS[n] for n in names])[0]

    def fresh(self, make):
        for _ in range(50):
            value = make()
            if value not in self.used:
                self.used.add(value)
                return value
        return value

    def get(self, key: str) -> tuple[str, str | None]:
        if key in self.cache:
            return self.cache[key]
        base, _, _sub = key.partition(".")
        kind = base.rstrip("0123456789")
        if kind not in GENERATORS:
            raise KeyError(f"unknown placeholder {{{key}}}")
        produced = GENERATORS[kind](self)
        if kind in NO_CACHE:
            return produced[""]
        for sub, value in produced.items():
            self.cache[base + ("." + sub if sub else "")] = value
        if key not in self.cache:
            raise KeyError(f"unknown placeholder {{{key}}}")
        return self.cache[key]


def gen_person(ctx: Ctx, culture: str | None = None):
    rng = ctx.rng

    def make():
        cname = culture or ctx.pick_culture()
        c = S.CULTURES[cname]
        nat_g = [x for x in c["given"] if isinstance(x, tuple)]
        nat_f = [x for x in c["family"] if isinstance(x, tuple)]
        native = bool(nat_g and nat_f) and rng.random() < ctx.native_prob
        g = rng.choice(nat_g if native else c["given"])
        f = rng.choice(nat_f if native else c["family"])
        gs, fs = (_native(g), _native(f)) if native else (_latin(g), _latin(f))
        gl, fl = _latin(g), _latin(f)
        if cname == "spanish" and rng.random() < 0.35:
            f2 = rng.choice([x for x in c["family"] if x != f])
            fs, fl = f"{fs} {f2}", f"{fl} {f2}"
        first = gs
        if cname == "vietnamese":
            first = gs.split()[-1]
            gl = V.fold(first)
            fl = V.fold(fs)
            if rng.random() < 0.2:
                gs, fs, first = V.fold(gs), V.fold(fs), V.fold(first)
        if c["order"] == "fg":
            if native:
                sep = c["sep"] if not (cname == "japanese" and rng.random() < 0.4) else rng.choice([" ", "\u3000"])
                full = f"{fs}{sep}{gs}"
            elif cname == "vietnamese":
                full = f"{fs} {gs}"
            else:
                full = f"{fs} {gs}" if rng.random() < 0.5 else f"{gs} {fs}"
        else:
            full = f"{gs} {fs}"
            if cname == "english" and rng.random() < 0.12:
                full = f"{gs} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {fs}"
        init = f"{gs[0]}. {fs}" if (c["order"] == "gf" and not native) else full
        return full, first, fs, init, gl, fl

    full, first, last, init, gl, fl = ctx.fresh(make)
    h = ctx.fresh(lambda: V.handle(rng, gl, fl))
    address = ctx.fresh(lambda: V.email(rng, gl, fl))
    other = V.email(rng, gl, fl)
    return {
        "": (full, "PERSON"),
        "first": (first, "PERSON"),
        "last": (last, "PERSON"),
        "init": (init, "PERSON"),
        "handle": (h, "USERNAME"),
        "email": (address, "EMAIL_ADDRESS"),
        "oemail": (V.obfuscate_email(rng, other), "EMAIL_ADDRESS"),
        "url": (V.profile_url(rng, h, gl, fl), "URL"),
    }


def _age_value(ctx, lo, hi, label, weights=None):
    rng = ctx.rng
    age = ctx.fresh(lambda: str(rng.choices(range(lo, hi + 1), weights=weights)[0]))
    a = int(age)
    birthday = dt.date(TODAY.year - a, rng.randint(1, 12), rng.randint(1, 28))
    if birthday.replace(year=TODAY.year) > TODAY:
        birthday = birthday.replace(year=birthday.year - 1)
    return {"": (age, label), "dob": (V.format_date(rng, birthday), "DATE_OF_BIRTH")}


def gen_age(ctx):
    weights = [3 if a < 30 else 2 if a < 50 else 1 for a in range(18, 90)]
    return _age_value(ctx, 18, 89, "AGE", weights)


def gen_minor(ctx):
    weights = [1 if a < 10 else 3 for a in range(5, 18)]
    return _age_value(ctx, 5, 17, "MINOR_AGE", weights)


def gen_town(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.3:
        town, cc = rng.choice(S.US_TOWNS)
    elif r < 0.9:
        town, cc = rng.choice(S.WORLD_TOWNS)
    else:
        town, cc = rng.choice(S.NATIVE_TOWNS)
    tail = rng.choice([f", {cc}", f", {cc}", "", "", f" ({cc})"])
    return {"": (town, "LOCATION"), "cc": (cc, None), "tail": (tail, None)}


def gen_ustown(ctx):
    town, st = ctx.rng.choice(S.US_TOWNS)
    return {"": (town, "LOCATION"), "st": (st, None), "stn": (S.US_STATES[st], None)}


def _us_street(rng):
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 39999)])
    pre = rng.choice(["", "", "", "N ", "S ", "E ", "W "])
    s = f"{n} {pre}{rng.choice(S.US_STREET_NAMES)} {rng.choice(S.US_STREET_SUFFIXES)}"
    if rng.random() < 0.3:
        s += rng.choice([", ", " "]) + rng.choice(S.UNITS)
    return s


def _intl_street(rng):
    if rng.random() < 0.35:
        s = f"{rng.randint(1, 220)} {rng.choice(S.UK_STREET_NAMES)}"
        if rng.random() < 0.25:
            s = f"Flat {rng.randint(1, 12)}, " + s
        return s
    pattern, names = rng.choice(S.INTL_STREET_PATTERNS)
    n = str(rng.randint(1, 180))
    if pattern.startswith("ul.") and rng.random() < 0.5:
        n += f"/{rng.randint(1, 40)}"
    return pattern.format(n=n, s=rng.choice(names))


def gen_street(ctx):
    rng = ctx.rng
    return {"": (_us_street(rng) if rng.random() < 0.45 else _intl_street(rng), "STREET_ADDRESS")}


def gen_ustreet(ctx):
    return {"": (_us_street(ctx.rng), "STREET_ADDRESS")}


def gen_handle(ctx):
    rng = ctx.rng
    if rng.random() < 0.5:
        c = S.CULTURES[ctx.pick_culture()]
        h = ctx.fresh(lambda: V.handle(rng, _latin(rng.choice(c["given"])), _latin(rng.choice(c["family"]))))
    else:
        h = ctx.fresh(lambda: V.handle(rng))
    return {"": (h, "USERNAME")}


def gen_email(ctx):
    rng = ctx.rng
    c = S.CULTURES[ctx.pick_culture()]
    e = V.email(rng, V.fold(_latin(rng.choice(c["given"]))), V.fold(_latin(rng.choice(c["family"]))))
    return {"": (e, "EMAIL_ADDRESS")}


def gen_oemail(ctx):
    return {"": (V.obfuscate_email(ctx.rng, gen_email(ctx)[""][0]), "EMAIL_ADDRESS")}


def gen_remail(ctx):
    rng = ctx.rng
    return {"": (f"{rng.choice(S.ROLE_MAILBOXES)}@{rng.choice(S.ORG_DOMAINS)}", "EMAIL_ADDRESS")}


def gen_url(ctx):
    h = gen_handle(ctx)[""][0]
    return {"": (V.profile_url(ctx.rng, h), "URL")}


def gen_card(ctx):
    rng = ctx.rng
    text, brand = V.credit_card(rng)
    exp = f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
    return {"": (text, "CREDIT_CARD"), "exp": (exp, None), "brand": (brand, None)}


def gen_iban(ctx):
    value, cc = V.iban(ctx.rng)
    return {"": (value, "IBAN_CODE"), "cc": (cc, None)}


def gen_dl(ctx):
    value, st = V.us_driver_license(ctx.rng)
    return {"": (value, "US_DRIVER_LICENSE"), "st": (st, None), "stn": (S.US_STATES[st], None)}


def gen_nid(ctx):
    value, kind, country = V.national_id(ctx.rng)
    return {"": (value, "NATIONAL_ID"), "kind": (kind, None), "cc": (country, None)}


def gen_key(ctx):
    kind, value = V.api_key(ctx.rng)
    return {"": (value, "CREDENTIAL"), "kind": (kind, None)}


def gen_plate(ctx):
    value, cc = V.plate(ctx.rng)
    return {"": (value, "VEHICLE_PLATE"), "cc": (cc, None)}


def gen_ts(ctx):
    ctx.clock += dt.timedelta(seconds=ctx.rng.randint(5, 240))
    return {"": (ctx.clock.strftime(ctx.ts_format), None)}


def gen_date(ctx):
    rng = ctx.rng
    d = dt.date(rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28))
    mon = S.MONTHS[d.month - 1]
    return {
        "": (
            (
                [
                    f"{d.day} {mon} {d.year}",
                    f"{mon} {d.day}, {d.year}",
                    d.isoformat(),
                    f"{d.day:02d}/{d.month:02d}/{d.year}",
                    f"{d.month}/{d.day}/{d.year}",
                    f"{mon[:3]} {d.day}",
                    f"{d.day} {mon[:3]}",
                ]
            )[ctx.date_style],
            None,
        )
    }


def gen_time(ctx):
    rng = ctx.rng
    h, m = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
    return {"": (rng.choice([f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}"]), None)}


def _plain(make):
    def gen(ctx):
        return {"": (ctx.fresh(lambda: make(ctx.rng)), None)}

    return gen


def _labelled(make, label):
    def gen(ctx):
        return {"": (ctx.fresh(lambda: make(ctx.rng)), label)}

    return gen


def _postcode(rng):
    L = "ABDEFGHJLNPRSTUWXYZ"
    return rng.choice(
        [
            f"{rng.randint(10000, 99950)}",
            f"{rng.choice(['LS', 'M', 'BD', 'SN', 'CF', 'AB', 'G'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}",
            f"{rng.randint(10, 99)}-{rng.randint(100, 999)}",
            f"{rng.randint(1000, 9999)} {rng.choice(L)}{rng.choice(L)}",
        ]
    )


def _bic(rng):
    return (
        V.rand_chars(rng, V.UPPER, 4)
        + rng.choice(["DE", "GB", "FR", "ES", "NL", "IT"])
        + V.rand_chars(rng, V.UPPER + V.DIGITS, 2)
    )


PERSON_CULTURES = {
    "pko": "korean",
    "pes": "spanish",
    "pde": "german",
    "pfr": "french",
    "pbr": "portuguese",
    "phi": "hindi",
    "pzh": "chinese",
    "pjp": "japanese",
}
REGION_PHONES = {"phkr": "KR", "phes": "ES", "phmx": "MX", "phde": "DE", "phfr": "FR", "phbr": "BR", "phin": "IN"}

GENERATORS = {
    "p": gen_person,
    "age": gen_age,
    "minor": gen_minor,
    "town": gen_town,
    "ustown": gen_ustown,
    "street": gen_street,
    "ustreet": gen_ustreet,
    "u": gen_handle,
    "email": gen_email,
    "oemail": gen_oemail,
    "remail": gen_remail,
    "url": gen_url,
    "card": gen_card,
    "iban": gen_iban,
    "dl": gen_dl,
    "nid": gen_nid,
    "key": gen_key,
    "plate": gen_plate,
    "phone": _labelled(V.phone, "PHONE_NUMBER"),
    "usphone": _labelled(lambda r: V.phone(r, "US"), "PHONE_NUMBER"),
    "ssn": _labelled(V.us_ssn, "US_SSN"),
    "acct": _labelled(V.us_bank_account, "US_BANK_NUMBER"),
    "aba": _labelled(V.aba_routing, "ABA_ROUTING_NUMBER"),
    "ip": _labelled(V.ipv4, "IP_ADDRESS"),
    "v6ip": _labelled(V.ipv6, "IP_ADDRESS"),
    "dob": _labelled(V.dob, "DATE_OF_BIRTH"),
    "pw": _labelled(V.password, "CREDENTIAL"),
    "pin": _labelled(V.pin, "CREDENTIAL"),
    "token": _labelled(V.token, "CREDENTIAL"),
    "awskey": _labelled(lambda r: "AKIA" + V.rand_chars(r, V.UPPER + "234567", 16), "CREDENTIAL"),
    "awssec": _labelled(V.aws_secret, "CREDENTIAL"),
    "ghkey": _labelled(lambda r: "ghp_" + V.rand_chars(r, V.ALNUM, 36), "CREDENTIAL"),
    "stripekey": _labelled(lambda r: "sk_live_" + V.rand_chars(r, V.ALNUM, 24), "CREDENTIAL"),
    "nhs": _labelled(V.uk_nhs, "NATIONAL_ID"),
    "nino": _labelled(V.uk_nino, "NATIONAL_ID"),
    "sin": _labelled(V.ca_sin, "NATIONAL_ID"),
    "aadhaar": _labelled(V.in_aadhaar, "NATIONAL_ID"),
    "pan": _labelled(V.in_pan, "NATIONAL_ID"),
    "dni": _labelled(V.es_dni, "NATIONAL_ID"),
    "nie": _labelled(V.es_nie, "NATIONAL_ID"),
    "cf": _labelled(V.it_cf, "NATIONAL_ID"),
    "rrn": _labelled(V.kr_rrn, "NATIONAL_ID"),
    "curp": _labelled(V.mx_curp, "NATIONAL_ID"),
    "nir": _labelled(V.fr_nir, "NATIONAL_ID"),
    "idnr": _labelled(V.de_idnr, "NATIONAL_ID"),
    "bsn": _labelled(V.nl_bsn, "NATIONAL_ID"),
    "pesel": _labelled(V.pl_pesel, "NATIONAL_ID"),
    "ahv": _labelled(V.ch_ahv, "NATIONAL_ID"),
    "cpf": _labelled(V.br_cpf, "NATIONAL_ID"),
    "ric": _labelled(V.cn_ric, "NATIONAL_ID"),
    "tc": _labelled(V.tr_tc, "NATIONAL_ID"),
    # unlabelled look-alikes and context
    "ts": gen_ts,
    "date": gen_date,
    "time": gen_time,
    "weekday": _plain(lambda r: r.choice(S.WEEKDAYS)),
    "num": _plain(lambda r: str(r.randint(100, 999999))),
    "firm": _plain(lambda r: r.choice(S.FIRMS)),
    "venue": _plain(lambda r: r.choice(S.VENUES)),
    "award": _plain(lambda r: r.choice(S.AWARDS)),
    "fund": _plain(lambda r: r.choice(S.FUNDS)),
    "school": _plain(lambda r: r.choice(S.EPONYM_SCHOOLS)),
    "estreet": _plain(lambda r: r.choice(S.EPONYM_STREETS)),
    "transit": _plain(lambda r: r.choice(S.EPONYM_TRANSIT)),
    "product": _plain(lambda r: r.choice(S.PRODUCTS)),
    "device": _plain(lambda r: r.choice(S.DEVICES)),
    "charity": _plain(lambda r: r.choice(S.CHARITIES)),
    "dept": _plain(lambda r: r.choice(S.DEPARTMENTS)),
    "item": _plain(lambda r: r.choice(S.ITEMS)),
    "book": _plain(lambda r: r.choice(S.BOOKS)),
    "title": _plain(lambda r: r.choice(S.JOB_TITLES)),
    "carrier": _plain(lambda r: r.choice(S.CARRIERS)),
    "bank": _plain(lambda r: r.choice(S.BANKS)),
    "country": _plain(lambda r: r.choice(S.COUNTRIES)),
    "state": _plain(lambda r: r.choice(list(S.US_STATES))),
    "amount": lambda ctx: {"": (V.amount(ctx.rng, ctx.currency), None)},
    "sku": _plain(V.sku),
    "ticket": _plain(V.ticket),
    "inv": _plain(V.invoice),
    "isbn": _plain(V.isbn13),
    "ver": _plain(V.version),
    "fw": _plain(lambda r: f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(100, 9999)}"),
    "hash": _plain(V.build_hash),
    "track": _plain(V.tracking),
    "grant": _plain(V.grant_code),
    "partno": _plain(V.part_number_like_phone),
    "postcode": _plain(_postcode),
    "bic": _plain(_bic),
}
for _key, _culture in PERSON_CULTURES.items():
    GENERATORS[_key] = lambda ctx, _c=_culture: gen_person(ctx, _c)
for _key, _region in REGION_PHONES.items():
    GENERATORS[_key] = _labelled(lambda r, _r=_region: V.phone(r, _r), "PHONE_NUMBER")
NO_CACHE = {"ts"}


# ==============================================================================================================
# Rendering
# ==============================================================================================================

PLACEHOLDER = re.compile(r"\{([a-z0-9_]+(?:\.[a-z]+)?)\}")
CHOICE = re.compile(r"<<([^<>]*)>>")


def expand_choices(template: str, rng: Random) -> str:
    while True:
        m = CHOICE.search(template)
        if not m:
            return template
        template = template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end() :]


class Builder:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    def add(self, piece: str, label: str | None = None):
        if label is not None:
            assert piece, "empty labelled value"
            assert label in LABELS, label
            self.spans.append({"start": self.pos, "end": self.pos + len(piece), "label": label, "text": piece})
        self.parts.append(piece)
        self.pos += len(piece)

    def text(self) -> str:
        return "".join(self.parts)


def _ocr(s: str, rng: Random) -> str:
    swaps = {"O": ("0", 0.45), "I": ("1", 0.2), "S": ("5", 0.08), "B": ("8", 0.06), "l": ("1", 0.12), "o": ("0", 0.05)}
    out = []
    for ch in s:
        sw = swaps.get(ch)
        out.append(sw[0] if sw and rng.random() < sw[1] else ch)
    return "".join(out)


def make_style(register: str, rng: Random):
    if register == "chat":
        lower = rng.random() < 0.6

        def style(s, label):
            return s.lower() if lower and label in (None, "PERSON", "LOCATION") else s

        return style
    if register == "form":
        caps = rng.random() < 0.35
        ocr = rng.random() < 0.3

        def style(s, label):
            if label in (None, "PERSON", "LOCATION", "STREET_ADDRESS"):
                if caps:
                    s = s.upper()
                if ocr:
                    s = _ocr(s, rng)
            return s

        return style
    if register == "memo":
        lower = rng.random() < 0.12

        def style(s, label):
            return s.lower() if lower and label is None else s

        return style
    return lambda s, label: s


CHAT_LINE_FORMATS = [
    "[{ts}] {spk}: {msg}",
    "{ts} {spk}: {msg}",
    "{ts} - {spk}: {msg}",
    "<{spk}> {msg}",
    "{spk}: {msg}",
    "{spk} ({ts}): {msg}",
    "[{ts}] <{spk}> {msg}",
    "{spk} {ts}: {msg}",
]
SPEAKER = re.compile(r"^([A-D]): (.*)$")


def chat_lines(template: str, rng: Random) -> str:
    fmt = rng.choice(CHAT_LINE_FORMATS)
    use_people = rng.random() < 0.7
    out = []
    for line in template.split("\n"):
        m = SPEAKER.match(line)
        if not m:
            out.append(line)
            continue
        who = "ABCD".index(m.group(1)) + 1
        spk = f"{{p{who}.handle}}" if use_people else f"{{u{who + 6}}}"
        out.append(fmt.replace("{spk}", spk).replace("{msg}", m.group(2)))
    return "\n".join(out)


def render(template: str, register: str, rng: Random) -> tuple[str, list[dict]]:
    ctx = Ctx(rng, register)
    text = expand_choices(template, rng)
    if register == "chat":
        text = chat_lines(text, rng)
    text = "\n".join(line for line in text.split("\n") if line.strip() != "~")
    style = make_style(register, rng)
    b = Builder()
    pos = 0
    for m in PLACEHOLDER.finditer(text):
        b.add(style(text[pos : m.start()], None))
        value, label = ctx.get(m.group(1))
        b.add(style(value, label), label)
        pos = m.end()
    b.add(style(text[pos:], None))
    return b.text(), b.spans


# ==============================================================================================================
# Templates. <<a|b>> picks one alternative; a line that becomes "~" is dropped. In chat templates a line
# "A: message" is a message from speaker A, whose handle is a USERNAME.
# ==============================================================================================================

CHAT = [
    T("""
        A: hey
        B: hiii
        A: whats ur name?
        B: {p2.first}<<. urs?| wbu|!! u?>>
        A: {p1.first} lol. how old r u
        B: <<{minor2}|{age2}|im {minor2}>>
        A: <<cool im {age1}|nice|oh ok>>
        <<B: where r u from|~>>
        <<A: {town1}|~>>
    """),
    T("""
        A: can u log in for me im locked out<<| again>>
        B: sure whats the login
        A: <<user {u1} pass {pw1}|{u1} / {pw1}|username: {u1} password: {pw1}>>
        B: ok im in. changing the pin to {pin1} ok?
        A: 👍
    """),
    T("""
        A: yo did u get my email
        B: which one, i use {p2.email} now
        A: oh i sent it to the old one {p2.oemail}
        B: lol thats dead<<| since 2019>>
    """),
    T("""
        A: where u from<<?|>>
        B: {town2}{town2.tail}<<| lol| hbu>>
        A: no way my cousin lives in {town3}
        B: thats like 2 hrs away<<| from me>>
    """),
    T("""
        A: text me instead, my data is out
        B: whats ur number
        A: {phone1}
        B: saved. mine is {phone2}<<| if u need it>>
        <<B: u still in {town1}?|~>>
    """),
    T("""
        A: follow me on insta {url2}
        B: followed! mine's {u3}
        A: <<ok added|done>> 🙌
    """),
    T("""
        A: has anyone seen {p4.first} today
        C: {p4}? left early<<| i think>><<| with their {minor4} yo|, with the kid ({minor4})>>
        B: said they were going to {town1}
        A: ok ill call {phone1}
    """),
    T("""
        A: add me on psn its {u2}
        B: added. im {u3} on discord
        A: u on tonight?
        B: ya after 9. my little brother {p3.first} ({minor3}) wants to play too
        <<A: lol ok, is he the one in {town3}?|~>>
    """),
    T("""
        A: send it to my account<<| pls>>
        A: acct {acct1} routing {aba1}
        <<A: or iban {iban1} if its intl|~>>
        B: under what name
        A: {p1}
        B: ok sending now
    """),
    T("""
        A: can u order it on ur card ill pay u back
        B: fine. {card1} exp {card1.exp}
        A: cvv?
        B: not typing that here lol
    """),
    T("""
        A: whats ur address for the party invite
        B: {street1}<<, {town1}| in {town1}|>>
        A: the one near the mall?
        B: ya 2nd house on the left
    """),
    T("""
        A: whens ur bday
        B: {age2.dob}
        A: so ur {age2}?? u look younger
        B: haha thx<< born in {town2} too|>>
    """),
    T("""
        A: deploy failing again
        B: did u set the env vars
        A: export AWS_ACCESS_KEY_ID={awskey1}
        A: export AWS_SECRET_ACCESS_KEY={awssec1}
        B: dont paste keys in here {p1.first} omg
        A: rotating it now
    """),
    T("""
        A: the ci token is {ghkey1}
        B: thats the {p3.first} one right? works for me
        A: ya until friday
    """),
    T("""
        A: hey {p2.first} 👋 saw ur profile<< ({p2.url})|>>
        B: hiii
        A: u really from {town2}?
        B: yep born and raised. u?
        A: moved here from {town1} last yr, im {age1}
        B: {age2} here
        A: whats ur snap
        B: {u2}
    """),
    T("""
        A: how old r u
        B: {minor2}
        A: what school u go to
        B: not telling lol
        A: whats ur real name
        B: {p2.first}
    """),
    T("""
        A: wifi pw?
        B: {pw1}
        A: thx. and the router admin pin
        B: {pin1}
    """),
    T("""
        A: mom says call {p3.first} at {phone1}
        B: which {p3.first}
        A: {p3} from church<< in {town1}|>>
        B: oh ok
    """),
    T("""
        A: my server ip is {ip1}, ssh in as {u3}
        B: password?
        A: {pw1}
        B: ok connected
    """),
    T("""
        A: email me the pics {oemail1}
        B: ok
        A: NOT my work one. and cc {p3.first} too, {p3.email}
    """),
    T("""
        A: i owe u for tickets right
        B: yep 40. venmo @{u2}
        A: sent
        B: got it ty
    """),
    T("""
        A: anyone know whose car this is, been parked outside for 3 days
        A: silver corolla plate {plate1}
        C: think it belongs to {p3.first} at {street1}
        B: ill knock later
    """),
    T("""
        A: {p3.first}s party is sat! turning {minor3} 🎉
        B: omg already. where
        A: our place, {street1}
        B: well be there
    """),
    T("""
        A: welcome {u2}!! intro urself
        B: hi im {p2.first}, {age2}, from {town2}
        A: nice, we have a few ppl from {town2} lol
        C: hey {p2.first}
        <<C: my insta is {url3} if anyone wants to connect|~>>
    """),
    T("""
        A: i forgot my login again
        B: username is {u1} and recovery email is {p1.email}
        A: and the pin?
        B: {pin1} unless u changed it
    """),
    T("""
        A: is the {product} still available
        B: yes, 300 obo
        A: can i pick up tmrw? whats the address
        B: {street2}, {town2}. text {phone2} when ur outside
        <<A: can i put a deposit down by card? {card1} exp {card1.exp}|~>>
    """),
    T("""
        A: for the visa form they need ur {nid1.kind}
        B: {nid1}
        A: and ur date of birth
        B: {age2.dob}
    """),
    T("""
        A: wait whats ur full name for the booking
        B: {p2}
        A: and {p3.first}s?
        B: {p3}
        <<A: ages?|~>>
        <<B: im {age2}, {p3.first} is {minor3}|~>>
        A: booked, confirmation sent to {p2.email}
    """),
    T("""
        A: how old r u btw
        B: {age2}. u?
        A: {minor1}
        B: oh ok
    """),
    T("""
        A: vpn keeps dropping, ip shows as {v6ip1}
        B: try the new token {token1}
        A: worked 🙏
    """),
    T("""
        --- {date1} ---
        A: r u {p2.first}'s sister?
        B: ya im {p3.first}
        A: ur {minor3} right
        B: {minor3} in may
    """),
    T("""
        A: lost my phone, new number {phone1}
        B: which {p1.first} is this
        A: {p1} lol from {town1}
        B: ah hi
    """),
    T("""
        A: found ur cousin {p3.first} on fb {p3.url}
        B: omg dont add them
        A: too late lol. they live in {town3} now?
        B: ya moved from {town2}
    """),
    T("""
        A: hr needs ur ssn for the w-4
        B: {ssn2}
        A: and ur bank for direct deposit?
        B: routing {aba2} acct {acct2}
    """),
    T("""
        A: whats ur license # for the rental
        B: {dl2} ({dl2.st})
        A: k and dob
        B: {dob2}
    """),
    T("""
        A: how old is ur sister
        B: {minor3}
        A: and ur bro?
        B: {minor4}, hes in {town1} w my dad
    """),
    T("""
        A: need ur ssn for the lease app
        B: {ssn2}
        A: and where do u work
        B: {firm} in {ustown2}
    """),
    T("""
        A: this u? {url2}
        B: lmao yes. dont tell {p3.first}
        A: ur {minor2} and already famous
    """),
    T("""
        A: pay me back for the hotel?
        B: ya send ur bank info
        A: routing {aba1} acct {acct1}
        B: done, should hit tmrw
        <<A: ty!! see u in {town1}|~>>
    """),
]

FORM = [
    T("""
        APPLICATION FORM
        Name: {p1}
        DOB: {dob1}
        Address: {ustreet1}
        City: {ustown1}    State: {ustown1.st}
        Phone: {usphone1}
        Email: {p1.email}
        SSN: {ssn1}
    """),
    T("""
        | Name | Age | City | Phone |
        |---|---|---|---|
        | {p1} | {age1} | {town1} | {phone1} |
        | {p2} | {age2} | {town2} | {phone2} |
        | {p3} | {minor3} | {town3} | {phone3} |
    """),
    T("""
        name\temail\tusername\tlast_login_ip
        {p1}\t{p1.email}\t{p1.handle}\t{ip1}
        {p2}\t{p2.email}\t{p2.handle}\t{ip2}
        <<{p3}\t{p3.email}\t{p3.handle}\t{v6ip3}|~>>
    """),
    T("""
        <<last;first;dob;id;phone|~>>
        {p1.last};{p1.first};{dob1};{nid1};{phone1}
        {p2.last};{p2.first};{dob2};{nid2};{phone2}
    """),
    T("""
        PATIENT: {p1.last}, {p1.first}
        AGE: {age1}   SEX: <<M|F|X>>
        NHS NO: {nhs1}
        GP: {venue}
        NEXT OF KIN: {p2} TEL {phone2}
    """),
    T("""
        EMPLOYEE VERIFICATION
        Full name ........ {p1}
        Employee ID ...... E-{num1}
        SIN .............. {sin1}
        Start date ....... {date1}
        Home phone ....... {phone1}
        Work location .... {town1}
    """),
    T("""
        DRIVER: {p1}
        LIC#: {dl1} ({dl1.st})
        DOB: {dob1}
        PLATE: {plate1}
        ADDR: {ustreet1}, {ustown1} {ustown1.st}
    """),
    T("""
        Student name: {p3}
        Age: {minor3}
        Town: {town3}
        Date of birth: {minor3.dob}
        Parent/guardian: {p1}
        Parent phone: {phone1}
        Parent email: {p1.email}
        Home address: {street1}
    """),
    T("""
        Account holder: {p1}
        Bank: {bank}
        Routing (ABA): {aba1}
        Account no.: {acct1}
        Type: <<Checking|Savings>>
        IBAN (international transfers): {iban1}
        <<Branch city: {town1}|~>>
    """),
    T("""
        SEPA DIRECT DEBIT MANDATE
        Debtor name: {p1}
        Debtor address: {street1}, {town1}
        IBAN: {iban1}
        BIC: {bic}
        Date: {date1}   Place: {town1}
    """),
    T("""
        GUEST REGISTRATION
        SURNAME: {p1.last}   GIVEN NAMES: {p1.first}
        NATIONALITY: {nid1.cc}
        ID DOCUMENT: {nid1}
        VEHICLE REG: {plate1}
        CITY OF RESIDENCE: {town1}
        MOBILE: {phone1}
    """),
    T("""
        member | handle | joined | email
        {p1} | {u1} | {date1} | {p1.email}
        {p2} | {u2} | {date2} | {p2.oemail}
        {p3} | {u3} | {date3} | {p3.email}
    """),
    T("""
        Date\tVisitor\tHost\tRoom\tPlate
        {date1}\t{p1}\t{p2.last}\t{venue1}\t{plate1}
        {date2}\t{p3}\t{p2.last}\t{venue2}\t{plate2}
    """),
    T("""
        id;username;password;pin;last_ip
        {num1};{u1};{pw1};{pin1};{ip1}
        {num2};{u2};{pw2};{pin2};{ip2}
        <<{num3};{u3};{pw3};{pin3};{ip3}|~>>
    """),
    T("""
        Claimant: {p1}    Age: {age1}
        Policy holder DOB: {age1.dob}
        Vehicle: <<2014 Honda Civic|2019 Toyota Corolla|2011 Ford Focus|2021 Kia Sportage>>   Plate: {plate1}
        Incident location: {town1}
        Contact: {phone1} / {p1.email}
        <<SSN: {ssn1}|Passenger: {p2} ({minor2})|Driver licence: {dl1}|~>>
    """),
    T("""
        Applicant: {p1}   Age: {age1}
        SSN: {ssn1}
        Driver's license: {dl1}   State: {dl1.st}
        DOB: {dob1}
        Prior addresses: {ustreet1}, {ustown1} {ustown1.st}; {ustreet2}, {ustown2} {ustown2.st}
    """),
    T("""
        Cardholder name: {p1}
        Card number: {card1}
        Expiry: {card1.exp}
        Billing address: {street1}
        City: {town1}
        Postcode: {postcode}
    """),
    T("""
        KYC FORM
        Name: {phi1}
        Age: {age1}
        Aadhaar No: {aadhaar1}
        PAN: {pan1}
        Mobile: {phin1}
        City: {town1}
    """),
    T("""
        {p1}; {phone1}; {p1.email}; {town1}
        {p2}; {phone2}; {p2.email}; {town2}
        {p3}; {phone3}; {p3.oemail}; {town3}
    """),
    T("""
        Pt name: {p1}   DOB {age1.dob}   Age {age1}
        Emergency contact: {p2} ({phone2})
        Address: {street1}<<, {town1}|>>
        <<Insurance ID (SSN): {ssn1}|~>>
    """),
    T("""
        Applicant Name | {p1}
        Current address | {ustreet1}
        City/State | {ustown1}, {ustown1.st}
        Driver's licence | {dl1} ({dl1.st})
        Employer | {firm}
        Monthly income | {amount}
        SSN | {ssn1}
    """),
    T("""
        BENEFICIARY: {p1}
        IBAN: {iban1}
        BANK: {bank}
        REFERENCE: {inv}
        CITY: {town1}
        AMOUNT: {amount}
    """),
    T("""
        SHIP TO:
        {p1}
        {street1}
        {town1} {postcode}
        TEL {phone1}
    """),
    T("""
        username={u1}
        <<profile={p1.url}|~>>
        email={p1.email}
        recovery_phone={phone1}
        api_key={key1}
        last_login_ip={ip1}
    """),
    T("""
        Name\tAge\tPhone\tSigned in
        {p1}\t{age1}\t{phone1}\t{time1}
        {p2}\t{minor2}\t{phone2}\t{time2}
        {p3}\t<<{age3}|{minor3}>>\t{phone3}\t{time3}
    """),
    T("""
        REPORTING PERSON: {p1}   AGE: {age1}
        <<DL: {dl1}|~>>
        HOME TOWN: {town1}
        DOB: {age1.dob}
        SUBJECT: {p2}, approx {age2} yrs
        VEHICLE: {plate1}
        LOCATION: {street1}, {town2}
    """),
    T("""
        Nombre: {pes1}
        CURP: {curp1}
        Teléfono: {phmx1}
        Correo: {pes1.email}
        Ciudad: {town1}
    """),
    T("""
        Nome completo: {pbr1}
        CPF: {cpf1}
        <<Celular: {phbr1}|~>>
        Cidade: {town1}
        Data de nascimento: {dob1}
        Endereço: {street1}
    """),
    T("""
        성명: {pko1}
        주민등록번호: {rrn1}
        연락처: {phkr1}
        주소: {street1}
        <<거주지: {town1}|~>>
    """),
    T("""
        FORM 7B  -  MEMBERSHIP RENEWAL
        Member: {p1.init}   Member since: {date1}
        Age: {age1}   Town: {town1}
        Login: {u1}
        Card on file: {card1}
    """),
    T("""
        Fahrer: {pde1}
        Steuer-ID: {idnr1}
        <<IBAN|Bankverbindung>>: {iban1}
        Kennzeichen: {plate1}
        Wohnort: {town1}
    """),
    T("""
        CHILD INFORMATION
        NAME: {p3}   AGE: {minor3}   D.O.B: {minor3.dob}
        SCHOOL: {school}
        PICK-UP AUTHORISED: {p1}, {p2}
    """),
    T("""
        W-9 REQUEST
        Name: {p1}
        SSN: {ssn1}
        Address: {ustreet1}
        City: {ustown1}, {ustown1.st}
        Bank routing: {aba1}
        Account: {acct1}
    """),
    T("""
        RENTAL AGREEMENT
        Renter: {p1}   Age: {age1}
        DL No: {dl1}   Issuing state: {dl1.stn}
        DOB: {dob1}
        Card: {card1}
        Additional driver: {p2} (DL {dl2})
        Return to: {town1}
    """),
    T("""
        Display name: {u1}
        Real name: {p1}
        Website: {p1.url}
        Location: {town1}{town1.tail}
        Age: <<{age1}|{minor1}>>
    """),
    T("""
        Camper\tAge\tHome town\tGuardian phone
        {p1}\t{minor1}\t{town1}\t{phone1}
        {p2}\t{minor2}\t{town2}\t{phone2}
        {p3}\t{minor3}\t{town3}\t{phone3}
    """),
    T("""
        DIRECT DEPOSIT AUTHORIZATION
        Employee: {p1}
        Bank: {bank}
        ABA routing no.: {aba1}
        Account no.: {acct1}
        <<Second account (split): routing {aba2}, account {acct2}|~>>
        <<SSN: {ssn1}|~>>
        Signed in {ustown1}, {ustown1.st} on {date1}
    """),
]

TIP = [
    T("""
        Caller reports that a {age1}-year-old man, {p1}, has been messaging her <<child|kid|teenager>> {p2.first}, {minor2}, on Instagram as {u1}.
        He says he lives near {town1} and drives a car with plate {plate1}.
    """),
    T("""
        Anonymous tip: {p1} (aged {age1}) from {ustown1}, {ustown1.st} is selling fake IDs online under the handle {u1}<< (shop page: {url1})|>>.
        Payments go to account {acct1}, routing {aba1}.<< One sample ID used SSN {ssn1}.|>>
    """),
    T("""
        Reporter: {p1}, {phone1}
        Child: {p2.first}, {minor2}, last seen in {town2} on {date1}.
        Possible companion: {p3}, aged {age3}, uses {device}.
    """),
    T("""
        Report from {town1}: a neighbour, {p1}, says a man called {p2} has been letting teenagers stay at {street1}.
        One of them may be {p3.first} ({minor3}).
    """),
    T("""
        {p1.first}, {minor1}, told the school counsellor that an online contact, {u2}, asked for the family's home address.
        The contact claims to be {age2} and from {town2}.
    """),
    T("""
        Caller ({age1}) from {town1} says someone posing as bank staff got her card number {card1} and PIN {pin1}.
        The scammer called from {phone1}.
    """),
    T("""
        Platform referral: account {u1} logged in from {ip1} and {v6ip1}/64 on {date1}.
        Linked email: {oemail1}. Registered name: {p1}.<< Self-declared age: {minor1}.|>>
    """),
    T("""
        Witness {p1} ({age1}) saw a grey van, registration {plate1}, outside {school} around {time}.
        The driver looked about 40; the van was later seen near {town1}.<<
        A child, about {minor2}, was seen getting in.|>>
    """),
    T("""
        MISSING: {p3} (aged {minor3}), last seen in {town3} wearing a red hoodie.
        Mother {p1} can be reached on {phone1}.
        Phone: {device}, last ping near {town4}.
    """),
    T("""
        Hi, my name is {p1} and I'm calling from {town1}. My <<kid|child>> {p2.first} is {minor2}.
        A player called {u1} in Roblox has been asking for photos and offering gift cards.
        The player said his real name is {p3} and that he is {age3}.
    """),
    T("""
        Tip received via web form ({date1}):
        "{p1} ({age1}) in {town1} is running a fake charity. Donations go to IBAN {iban1}.
        His partner {p2} runs the Telegram channel {url1}."
    """),
    T("""
        {p1}, {age1}, posted threats against staff at {firm} on a forum using the name {u1}.
        Posts came from {ip1}. He lives at {ustreet1}, {ustown1}.<<
        His profile: {url1}|
        Caller believes his SSN is {ssn1}.|>>
    """),
    T("""
        Caller {p1} reported that a relative, {p2} ({minor2}) in {town1}, has been receiving messages from an adult named {p3}.
    """),
    T("""
        The suspect, known only as {p1.first}, is about {age1} and lives near {ustown1}.
        He goes by {u1} on Snapchat and {u2} on TikTok.<<
        Profile link: {url1}|>>
    """),
    T("""
        {p1.first} ({minor1}) from {town1} is being blackmailed by {u1}, who demands money sent to {iban1}.
        Parent contact: {p2}, {phone2}.
    """),
    T("""
        Caller {p1}<< ({age1})|, {age1},|>> says her identity was stolen. Her SSN {ssn1} and licence {dl1} ({dl1.stn}) were used to open accounts in {ustown1}.
        Callback: {usphone1}.
    """),
    T("""
        Persons involved:
        - {p1}, {age1}, {town1}
        - {p2}, {age2}, {town2}
        - {p3}, {minor3}, {town3} (victim)
    """),
    T("""
        A teacher at {school} reports that pupil {p3} ({minor3}) mentioned an adult friend, "{p1.first}"<< from {town1}|>>, who picks the child up in a car with plate {plate1}.
    """),
    T("""
        Worker {p1} ({age1}), recruited in {town1} and brought to {town2}, says their passport was taken by {p2}.
        Employer's phone: {phone1}.<<
        Wages were paid into {iban1}, controlled by {p2.first}.|>>
    """),
    T("""
        Romance scam: victim {p1}, {age1}, of {ustown1}, {ustown1.st}, sent {amount} to "{p2}", who claimed to be an engineer in {town2}.
        Money went to routing {aba1} account {acct1}. Scammer e-mail: {oemail1}.<<
        Earlier transfers went to {iban1}.|
        The scammer also asked for the victim's SSN ({ssn1}).|>>
    """),
    T("""
        Leaked credentials posted on a paste site: {u1}:{pw1} and {p1.email}:{pw2}.
        Posted by {u2} from {ip1}<<, geolocated to {town1}|>>.
    """),
    T("""
        {p1} (aged {age1}) was last seen in {town1} on {weekday} evening.
        Family contact: {p2}, {phone1}.<<
        {p1.first} may be travelling with {p3.first}, {age3}, towards {town2}.|>>
    """),
    T("""
        Student {p1}, {age1}, says a classmate, {p2}, shared her address ({street1}) and date of birth ({dob1}) in a group chat.
    """),
    T("""
        Llamada de {pes1} desde {town1}: su hija {pes2.first} ({minor2}) recibe mensajes de {u1}.
        Teléfono de contacto: {phmx1}.
    """),
    T("""
        Per the caller, the landlord {p1} at {street1} in {town1} keeps the tenants' passports.
        Tenant {p2}, {age2}, asked for help; tenant {p3}, {age3}, did not.
    """),
    T("""
        Device: {device}; IP {ip1}; account {u1}; recovery phone {phone1}; profile {url1}.
        Owner believed to be {p1}, {age1}, from {town1}.
    """),
    T("""
        {p2.first}, {minor2}, told the bus driver ({p1}) that a man in a blue car ({plate1}) followed them home to {street1}.
    """),
    T("""
        Repeat caller {p1} ({phone1}) again reporting neighbour {p2} ({age2}) for leaving children aged {minor3} and {minor4} alone overnight.
    """),
    T("""
        Forwarded tip from {oemail1}: "The guy calling himself {p1} is {age1} and lives in {town1}. His number is {phone1}."
    """),
    T("""
        Two adults, {p1} (aged {age1}) and {p2} (aged {age2}), and a child, {p3.first} ({minor3}), were seen at a motel near {ustown1}, {ustown1.st}.
        Vehicle: {plate1}.
    """),
    T("""
        Report via partner NGO in {town1}: {p1}, a {age1}-year-old woman, says her employer {p2} holds her {nid1.kind} ({nid1}). Her wages go to {iban1}.
    """),
    T("""
        Caller states that {p1} ({age1}) is using the profile {url1} to contact girls around {minor2} in {town1}.
        Caller's own number: {phone1}.
    """),
    T("""
        School safeguarding log ({date1}): {p1.first} ({minor1}) and {p2.first} ({minor2}) say {u3} offered them money to meet in {town1}.
        Reported by teacher {p4}.
    """),
    T("""
        Fraud referral: {p1} ({age1}) of {ustown1}, {ustown1.st} had payroll redirected to routing {aba1}, account {acct1}.
        SSN used on the form: {ssn1}. Suspect IP {ip1}.
    """),
    T("""
        Caller {p1} found a profile, {url1}, impersonating their child {p2.first} ({minor2}) from {town1}.
    """),
    T("""
        Stolen car: plate {plate1}, taken from outside {street1} in {town1}. Owner {p1}, {age1}.
        The owner's driver's licence ({dl1}, {dl1.st}) was in the glovebox.
    """),
    T("""
        Reporter {p1} from {town1} says {p2} ({age2}) and {p3} ({age3}) moved the children, aged {minor4} and {minor5}, from {town2} to {town3}.
    """),
    T("""
        Card-testing fraud: cards {card1} and {card2} were used from IP {ip1} (near {town1}) on {date1}.
        Account holder: {p1}<<, {age1}|>>.
    """),
]

MEMO = [
    T("""
        Donation {date1}: {p1}<< ({age1})| ({age1}, {town1})| from {town1}|>> gave {amount} by card {card1} (exp {card1.exp}). Receipt to {p1.email}.
    """),
    T("""
        Set up monthly gift for {p1} - {amount}/month.
        Routing {aba1}, acct {acct1} (checking). Donor phone {usphone1}.<<
        Old mandate on IBAN {iban1} cancelled.|
        Donor lives in {ustown1}, {ustown1.st}.|>>
    """),
    T("""
        Standing order from {p1} (<<aged {age1}, |>>{town1}), IBAN {iban1}. Thank-you letter to {street1}.
    """),
    T("""
        Volunteer background check - {p1}
        SSN: {ssn1} | DL: {dl1} ({dl1.st}) | DOB: {dob1}
        Status: cleared {date1}. Assigned to {venue}.
    """),
    T("""
        Volunteer {p1} ({age1}) from {town1}<<, bringing their kid ({minor2})|>> - emergency contact {p2}, {phone2}. Allergic to peanuts.
    """),
    T("""
        Youth volunteers this Saturday: {p1.first} ({minor1}), {p2.first} ({minor2}), {p3.first} ({minor3}).
        Parent on site: {p4} ({town1}), {phone1}.
    """),
    T("""
        Desk notes {weekday}:
        - {p1} called about a tax receipt, email {p1.oemail}
        - {p2} dropped off coats, lives at {street1}
        - {p3} wants to volunteer, {age3}, reachable at {phone1}
    """),
    T("""
        Gala table for {p1} and {p2}; paid {amount} with {card1.brand} {card1}. Seats near the {venue}.<<
        Refund of the old deposit to IBAN {iban1}.|>>
    """),
    T("""
        {p1} gave {amount} to the {fund} matching campaign. Wire from IBAN {iban1}.
        Send acknowledgement to {p1.email}.
    """),
    T("""
        Refund request: {p1}<< ({town1})| from {town1}|>> was double-charged on {card1}. Call back at {phone1} after 5pm.
    """),
    T("""
        Delivery driver volunteer {p1}<< ({ustown1}, {ustown1.st})|>><<, SSN {ssn1}|>>: licence {dl1} ({dl1.stn}), plate {plate1}, insurance checked. DOB {dob1}.
    """),
    T("""
        Overseas volunteer {p1} from {town1}. {nid1.kind}: {nid1}. Arrives {date1}.<< Stipend to IBAN {iban1}.|>>
        Host family: {p2}, {street1}.
    """),
    T("""
        PLEDGE CARD - {p1} - {amount} - {phone1} - {p1.email}
    """),
    T("""
        Check #{num1} from {p1} for {amount}; account {acct1}, routing {aba1}. Deposited {date1}.
    """),
    T("""
        Client {p1}, {age1}, household of 4 (kids {minor2} and {minor3}). Address {street1}, {town1}. Phone {phone1}.
    """),
    T("""
        Donor portal login for {p1}: user {u1}, temp password {pw1}<<; profile {p1.url}|>>. Asked them to change it.
    """),
    T("""
        {p1.first} swapping shift with {p2.first} on {weekday}. {p2.first}'s cell: {phone2}.
    """),
    T("""
        In-memory gift from {p1} honouring {p2}. Notify the family at {street1}, {town1}.
    """),
    T("""
        Board member {p1}<< of {town1}|>> pledged {amount} via DAF; contact assistant {p2} ({p2.email}).
    """),
    T("""
        {p1} (works at {firm}) requested an employer match for {amount}. Mobile {phone1}.
    """),
    T("""
        DBS check for {p1}: NI number {nino1}, DOB {dob1}, address {street1}. Result clear.
    """),
    T("""
        Orientation {date1}, {venue}:
        1. {p1} - {p1.email}
        2. {p2} - {phone2}
        3. {p3} - {u3} (Slack)
        <<4. {p4} - {p4.url}|~>>
    """),
    T("""
        Silent auction: {p1} won lot 12 ({product}). Paid {amount}, card {card1}. Pick-up by {p2}.<< Overpayment refunded to {iban1}.|>>
    """),
    T("""
        New volunteer {p1} ({age1}), SIN {sin1} for the stipend. Direct deposit: routing {aba1}, account {acct1}. Phone {phone1}.
    """),
    T("""
        Lost & found: wallet handed in with ID for {p1} (DOB {dob1}), licence {dl1}<<, SSN card {ssn1}|>>. Called {phone1}, left message.
    """),
    T("""
        Online donation flagged: {amount} from {p1}, email {p1.email}, IP {ip1}, card {card1}. Billing town {town1}.
    """),
    T("""
        EMERGENCY CONTACTS
        {p1}: {p2} (spouse) {phone1}
        {p3}: {p4} (mother) {phone2}
    """),
    T("""
        Mentor {p1} ({age1}) matched with mentee {p2.first}, {minor2}, from {town2}.
        Background check: SSN {ssn1} verified on {date1}.
    """),
    T("""
        Note for IT: the donation form's {key1.kind} key ({key1}) was pasted in the volunteer Slack by {u1}. Please rotate.
    """),
    T("""
        Thank-you calls {date1}: {p1} ({phone1}<<, {town1}|>>) - left vm; {p2} ({phone2}) - spoke, wants newsletter at {p2.oemail}.
    """),
    T("""
        Coat drive pickup: {p1}, {street1}, {town1}{town1.tail}. Gate code {pin1}. Ring {phone1} on arrival.
    """),
    T("""
        Scholarship applicant {p1}, {minor1}, from {town1}; parent {p2} ({p2.email}) will send the {fund} form.
    """),
    T("""
        ACH return: donor {p1}, routing {aba1}, account {acct1} - account closed. Try card {card1} instead?
    """),
    T("""
        Volunteer driver roster:
        {p1} - DL {dl1} ({dl1.st}) - {town1}
        {p2} - DL {dl2} ({dl2.st}) - {town2}
    """),
    T("""
        Legacy gift paperwork for {p1} (SSN {ssn1}); executor {p2} of {ustown1}, {ustown1.st}.
    """),
    T("""
        Donor {p1} from {town1} found us via {p1.url}; prefers contact at {p1.oemail}.
    """),
    T("""
        Recurring card gifts ({date1}):
        {p1} - {card1} - {amount1}
        {p2} - {card2} - {amount2}
        <<{p3} - {card3} - {amount3}|~>>
    """),
]

EMAIL = [
    T("""
        ---------- Forwarded message ---------
        From: {p1} <{p1.email}>
        Date: {weekday}, {date1}
        Subject: volunteer form
        To: {p2} <{p2.email}>

        Hi {p2.first}, attached is my form. My number is {phone1}.
    """),
    T("""
        Thanks {p1.first}, will do.

        On {date1}, {p1} <{p1.email}> wrote:
        > Could you send me the routing number again?
        > It's {aba1} and the account is {acct1} I think.
    """),
    T("""
        Hi all,
        The meeting has moved to the {venue}.
        Best,
        {p1}
        {title} | {charity}<<, {town1}|>>
        M: {phone1} | {p1.email}
        <<{p1.url}|~>>
    """),
    T("""
        From: IT Helpdesk <{remail1}>
        To: {p1.email}
        Subject: Your temporary password

        Hello {p1.first},
        Your username is {u1} and your temporary password is {pw1}.
        Please change it after first login.
    """),
    T("""
        Fwd: urgent
        From: {oemail1}
        Sent: {date1}

        The man is {p1}, {age1}, he lives at {street1} in {town1}. Plate {plate1}.
    """),
    T("""
        Subject: Payroll setup - {p1}

        {p2.first},
        Please set up direct deposit for {p1}: routing {aba1}, account {acct1}.
        <<Work site: {town1}.|~>>
        SSN on file: {ssn1}.
        Thanks, {p3.first}
    """),
    T("""
        Got it, thanks {p1.first}!

        > On {date1} {p2.first} wrote:
        >> can you send me your IBAN?
        > Sure, it's {iban1}.
    """),
    T("""
        Subject: Automatic reply: {p1}

        I'm out of the office until {date1}<< and travelling in {town1}|>>. For urgent matters contact {p2} at {p2.email} or {phone2}.
    """),
    T("""
        From: {p1.email}
        To: {remail1}
        Subject: Booking for the {p1.last} family

        <<Card for the deposit: {card1}|~>>
        Hi, please book for {p1} ({age1}), {p2} ({age2}) and our <<son|daughter|child>> {p3.first} ({minor3}) from {town1}.
        ID: {nid1}
        Mobile: {phone1}
    """),
    T("""
        Happy to help with the food drive on {weekday}.

        Cheers,
        {p1}
        {p1.url}
        {phone1}
    """),
    T("""
        FW: Suspicious email
        -----Original Message-----
        From: "Support" <{email1}>
        Sent: {date1}
        To: {p1}
        Subject: Verify your account

        Dear {p1.first}, confirm your card {card1} and PIN {pin1} to avoid suspension.
    """),
    T("""
        From: {p1} <{p1.email}>
        To: {p2.email}
        Cc: {p3.email}, {p4.email}
        Subject: Re: carpool

        {p2.first} - I can drive Tue<< from {town1}|>>. My plate is {plate1} so security will let me in.
    """),
    T("""
        Subject: [{ticket}] VPN issue
        User {u1} ({p1}) reports login failures from {ip1}.
        Temporary token issued: {token1}
        --
        {p2}, IT Support
    """),
    T("""
        From: {p1.email}
        Subject: creds for staging

        here you go:
        AWS_ACCESS_KEY_ID={awskey1}
        AWS_SECRET_ACCESS_KEY={awssec1}
        please don't forward.
    """),
    T("""
        Please update my address to {street1}, {town1}. My phone is now {phone1}.
        Regards,
        {p1}

        > Dear supporter, please confirm your details below.
    """),
    T("""
        De: {pes1} <{pes1.email}>
        Enviado: {date1}
        Para: {pes2.email}
        Asunto: datos

        Hola {pes2.first}, mi DNI es {dni1} y mi teléfono {phes1}.<< Mi IBAN: {iban1}.|>> Un saludo.
    """),
    T("""
        Von: {pde1} <{pde1.email}>
        An: {pde2} <{pde2.email}>
        Betreff: Steuer-ID

        Hallo {pde2.first}, meine Steuer-ID ist {idnr1}. Geburtsdatum: {dob1}.
        <<IBAN für die Erstattung: {iban1}|~>>
        Viele Grüße aus {town1}
    """),
    T("""
        De : {pfr1} <{pfr1.email}>
        Objet : dossier mutuelle

        Bonjour, voici mon numéro de sécu : {nir1}. Mon adresse : {street1}, {town1}.
        Cordialement, {pfr1.first}
        <<Tél. : {phfr1}|~>>
    """),
    T("""
        Subject: {p3.first} - absence

        Dear Ms. {p2.last},
        Our <<daughter|son|child>> {p3.first} (Year 8, age {minor3}) will miss school on {weekday}; reach me on {phone1}.
        {p1}
    """),
    T("""
        From: {p1.email}
        Sent: {date1}
        Subject: RE: RE: donation receipt

        The card used was {card1}. Name on card: {p1}.
    """),
    T("""
        {p1.first},
        The deposit should go to {iban1} (account name {p2}).
        Keys will be with the concierge at {street1}.
        {p2.first}
    """),
    T("""
        Subject: Application - {p1}

        Please find my CV attached. I'm {age1}, based in {town1}, and can be reached at {phone1} or {p1.oemail}.
        Profile: {p1.url}
    """),
    T("""
        -----Original Message-----
        From: {pko1} [mailto:{pko1.email}]
        Sent: {date1}
        To: {pko2}
        Subject: 서류

        {pko2.first}님, 제 주민등록번호는 {rrn1}입니다.<< 연락처: {phkr1}|>>
    """),
    T("""
        Subject: New sign-in to your account
        Hi {u1},
        We noticed a new sign-in from {ip1} ({town1}) on {date1}.
        If this wasn't you, reset your password.
    """),
    T("""
        Subject: Interview - {p1}
        Where: {venue}
        When: {date1} {time}
        Candidate phone: {phone1}
        Candidate location: {town1}
        <<Candidate profile: {p1.url}|Candidate ID (driver's license): {dl1}|~>>
        Organizer: {p2} <{p2.email}>
    """),
    T("""
        Hi {p1.first},
        I'm happy to be a reference for {p2}<< ({age2})|>>. We've known each other since we both lived in {town1}.
        My details: {p3}, {phone3}, {p3.email}.
    """),
    T("""
        URGENT - {p1} was taken to hospital in {town1}. The emergency contact is {p2} ({phone2}). DOB {dob1}.
        -- sent from my phone
    """),
    T("""
        From: {p1} <{p1.email}>
        Subject: Reimbursement

        Please pay {amount} to my IBAN {iban1}<< or routing {aba1} / account {acct1} if that's easier|>>. Receipts attached.
    """),
    T("""
        Sounds good, see you then.

        -- {p1}

        On {date1}, {p2} wrote:
        > my cell is {phone2}, call when you land in {town2}
        > - {p2.first}
    """),
    T("""
        Subject: firewall allowlist
        Please allow {v6ip1} and {ip1} for user {u1} ({p1}).
        Thanks,
        {p2.first}
    """),
    T("""
        From: {p1} <{p1.email}>
        To: {remail1}
        Subject: Re: volunteer shifts

        {p2.first} and I can both do Saturday. {p2.first}'s number is {phone2}; {p2.first} is {age2} and has a licence ({dl1}).
    """),
    T("""
        Subject: W-9

        Hi {p2.first}, my SSN is {ssn1} and my address is {ustreet1}, {ustown1}, {ustown1.st}.
        {p1}
    """),
    T("""
        Subject: Wire instructions
        Beneficiary: {p1}
        IBAN: {iban1}
        Branch: {town1}
        Please confirm by phone ({phone1}) before sending anything.
    """),
    T("""
        Subject: licence copy

        The number is {dl1} (state of {dl1.stn}), DOB {dob1}. Scan attached.
        - {p1.first}
    """),
    T("""
        Subject: new monthly donor
        {p1} from {town1} wants to give monthly. Routing {aba1}, acct {acct1}.<< SSN for the tax letter: {ssn1}.|>>

        {p2}
        {p2.url}
    """),
    T("""
        Subject: refund to card

        Hi {p1.first}, we've refunded {amount} to the card you gave us ({card1}).
        Questions? Call {phone2}.
        {p2}, {charity}, {town1}
    """),
]

NEGATIVE = [
    T("""
        The quarterly all-hands will be held in the {venue} on {date1} at {time}. Coffee is provided by {firm}.
    """),
    T("""
        Catalogue - {dept}
        {item1} | {sku1} | {amount1}
        {item2} | {sku2} | {amount2}
        {item3} | {sku3} | {amount3}
    """),
    T("""
        {ticket1}: upgraded the gateway to v{ver1} (build {hash1}).
        {ticket2}: rolled back a config change on switch 4 in the {venue}.
    """),
    T("""
        Your order {inv1} has shipped via {carrier}. Tracking number: {track1}. Expected delivery: {date1}.
    """),
    T("""
        FACILITIES NOTICE: The {venue1} will be closed {date1} to {date2} for HVAC maintenance. Please use the {venue2} instead.
    """),
    T("""
        Applications for the {award} open on {date1}. Eligibility rules are available from the {dept} office.
    """),
    T("""
        Grant {grant1} from the {fund} was renewed for {amount}. The interim report is due {date1}.
    """),
    T("""
        Policy HR-{num}: All staff must complete security awareness training annually.
        Leave requests should be submitted at least 14 days in advance through the HR portal.
    """),
    T("""
        Minutes - {dept} weekly sync ({date1})
        Attendees: all team leads
        1. Budget: {amount} approved for {item1}.
        2. Vendor: renewal with {firm} pending legal review.
        3. Next meeting: {date2}, {venue}.
    """),
    T("""
        Replacement part {partno1} (gasket kit) - {amount1}. Compatible housing: {partno2}.
    """),
    T("""
        Reading list for the {dept} book club: "{book1}" (ISBN {isbn1}) and "{book2}" (ISBN {isbn2}).
    """),
    T("""
        Road works on {estreet} will continue until {date1}; buses are diverted via Station Road.
    """),
    T("""
        {school} term dates: the autumn term starts on {date1}. Parents' evening is in the main hall.
    """),
    T("""
        Build #{num} succeeded on commit {hash1} (release {ver1}). Artifact size 184 MB.
    """),
    T("""
        Release {ver1} ({date1}) - fixes: {ticket1}, {ticket2}; known issue: {ticket3}.
    """),
    T("""
        Invoice {inv1} from {firm} - total {amount}, due {date1}. Reference {inv2}.
    """),
    T("""
        Pallet {sku1} moved to aisle 14, bay C. Count: 240 units. Reorder point: 60.
    """),
    T("""
        The {venue} is booked on {weekday} from 10:00 to 12:00 for the {dept} offsite.
    """),
    T("""
        Our {dept} team received the {firm} Supplier Excellence award on {date1}.
    """),
    T("""
        GL code {partno1} reconciled; variance {amount}. Cost centre {num}.
    """),
    T("""
        Carton\tSKU\tQty\tWeight
        1\t{sku1}\t24\t12.5 kg
        2\t{sku2}\t12\t8.1 kg
        3\t{sku3}\t6\t3.4 kg
    """),
    T("""
        Maintenance window {date1} 02:00-04:00 UTC: database cluster db-prod-3 will be upgraded to {ver1}.
    """),
    T("""
        Visiting hours on the {venue} are 14:00-20:00. Two visitors per bed at any time.
    """),
    T("""
        The {award} committee will announce this year's results on {date1}.
    """),
    T("""
        {fund} annual report: {amount} disbursed across 42 projects in {country}.
    """),
    T("""
        Recall notice: {product} units with serial prefix {hash1} made between {date1} and {date2} should be returned.
    """),
    T("""
        {firm} weekend sale: {product} now {amount1} (was {amount2}).
    """),
    T("""
        Thank you for contacting {firm} support. Your ticket {ticket1} has been received; a reply will follow within 2 business days.
    """),
    T("""
        Breakfast is served in the {venue} from 06:30. Room 412 keycards must be returned at checkout.
    """),
    T("""
        Parking bays P-210 to P-260 next to {transit} are reserved for the {dept} team until {date1}.
    """),
    T("""
        Counsel: {firm}; matter no. {num}. Hearing listed for {date1} in Court 4.
    """),
    T("""
        RFQ {inv1}: 500 x {item1}, delivery to Building 7 by {date1}.
    """),
    T("""
        Bumped requests from 2.31.0 to 2.32.3 and pyyaml to 6.0.2 (commit {hash1}).
    """),
    T("""
        The new exhibit on glacier science opens in the {venue} on {date1}. Admission {amount}.
    """),
    T("""
        Today's menu in the {venue}: lentil soup {amount1}; jollof rice {amount2}; pho {amount3}.
    """),
    T("""
        <<Trains|Shuttles|Services>> from {transit} are delayed <<due to a signal failure|by about <<15|25|40>> minutes|until {time}>>; replacement buses leave from stop <<4|9|14|21>>.
    """),
    T("""
        | Cost centre | Q1 | Q2 |
        |---|---|---|
        | {dept1} | {amount1} | {amount2} |
        | {dept2} | {amount3} | {amount4} |
    """),
    T("""
        The {firm} Cup quarter-final is rescheduled to {date1}; tickets from {amount}.
    """),
    T("""
        Firmware {fw} is now available for the {product}. Release notes: build {hash1}.
    """),
    T("""
        ERROR [{hash1}] PaymentService timeout after 30000 ms (retry 3/3); order {inv1}.
    """),
    T("""
        Under the <<data retention|records management|privacy>> policy (rev. {ver1}), <<applicant|candidate|volunteer>> records are deleted after <<12|18|24|36>> months.
        <<Managers|Team leads|Staff>> must not store personal data on <<removable media|personal devices|USB drives>>.
    """),
    T("""
        Grants: {grant1} ({amount1}), {grant2} ({amount2}), {grant3} ({amount3}).
    """),
    T("""
        Join us for the {fund} lecture series in the {venue}, {weekday} {date1} at 18:00.
    """),
    T("""
        Stock code {partno1}, bin {partno2}; quantity on hand 1,204.
    """),
    T("""
        Order {inv1} confirmed: 2 x {product1}, 1 x {product2}. Subtotal {amount1}; shipping {amount2}.
    """),
    T("""
        CHANGE {ticket1}
        Summary: rotate TLS certificates on the load balancers
        Window: {date1} {time}
        Risk: low; rollback plan attached. Approved by CAB.
    """),
    T("""
        SKU\tDescription\tUnit price
        {sku1}\t{item1}\t{amount1}
        {sku2}\t{item2}\t{amount2}
    """),
    T("""
        The {fund} has opened a call for community health proposals; deadline {date1}, maximum award {amount}.
    """),
    T("""
        Fire drill: {weekday} at {time}. Assemble at the car park by {school}. Wardens wear yellow vests.
    """),
    T("""
        Shipment {track1} from {firm} is held at customs; HS code 8471.30, declared value {amount}.
    """),
]

TEMPLATES = {"chat": CHAT, "form": FORM, "tip": TIP, "memo": MEMO, "email": EMAIL, "negative": NEGATIVE}


# ==============================================================================================================
# Driver
# ==============================================================================================================


def check(doc: dict, positive: bool):
    text = doc["text"]
    last_end = -1
    for sp in sorted(doc["spans"], key=lambda s: s["start"]):
        assert sp["text"] == text[sp["start"] : sp["end"]], (doc["id"], sp)
        assert sp["start"] >= last_end, (doc["id"], "overlap", sp)
        assert sp["label"] in LABELS
        last_end = sp["end"]
    n_lines = len(text.split("\n"))
    assert 1 <= n_lines <= 12, (doc["id"], n_lines)
    if positive:
        assert doc["spans"], doc["id"]
    else:
        assert not doc["spans"], doc["id"]


def make_docs(register: str, count: int, rng: Random) -> list[dict]:
    templates = TEMPLATES[register]
    order: list[int] = []
    while len(order) < count:
        block = list(range(len(templates)))
        rng.shuffle(block)
        order.extend(block)
    docs = []
    for i, t in enumerate(order[:count]):
        text, spans = render(templates[t], register, rng)
        doc = {"id": f"ho3-{register}-{i:03d}", "register": register, "text": text, "spans": spans}
        check(doc, positive=register != "negative")
        docs.append(doc)
    return docs


def write(path: Path, docs: list[dict]):
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--out", default="tests/data/heldout")
    args = ap.parse_args(argv)

    rng = Random(args.seed)
    positives: list[dict] = []
    for register in REGISTERS:
        positives.extend(make_docs(register, DOCS_PER_REGISTER, rng))
    negatives = make_docs("negative", NEGATIVES, rng)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write(out / "heldout_v3.jsonl", positives)
    write(out / "heldout_negatives_v3.jsonl", negatives)

    per_register = Counter(d["register"] for d in positives + negatives)
    per_label = Counter(sp["label"] for d in positives for sp in d["spans"])
    print(
        f"wrote {out / 'heldout_v3.jsonl'} ({len(positives)} docs) and {out / 'heldout_negatives_v3.jsonl'} ({len(negatives)} docs)"
    )
    print("documents per register:", dict(per_register))
    print("templates per register:", {r: len(t) for r, t in TEMPLATES.items()})
    print("spans per label:")
    for label in sorted(LABELS):
        print(f"  {label:20s} {per_label.get(label, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
