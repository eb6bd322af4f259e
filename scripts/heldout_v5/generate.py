#!/usr/bin/env python3
"""Held-out v5 test-data generator (independent of the detector's code).

Writes 400 labelled documents (80 per register: dm, voicemail, form, forum,
ticket) and 250 PII-free look-alike negatives as JSONL.

Template language (see templates.py):
  {LABEL:gen.arg|mod|mod@key}  labelled slot; the produced value becomes a span
  {:gen.arg|mod@key}           unlabelled filler (no span)
  @key                         binds the value; a later slot with the same key
                               reuses it (modifiers are applied again)
  ((a¦b¦c))                    literal alternation, chosen before slots are filled;
                               alternatives may contain slots
Spans are recorded while the text is assembled, never searched afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sources as S  # noqa: E402
import templates as T  # noqa: E402
import values as V  # noqa: E402

DEFAULT_SEED = 5005
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "data", "heldout"))
PER_REGISTER = 80
N_NEGATIVES = 250
REGISTERS = ["dm", "voicemail", "form", "forum", "ticket"]

LABELS = {
    "PERSON",
    "AGE",
    "MINOR_AGE",
    "DATE_OF_BIRTH",
    "LOCATION",
    "STREET_ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "USERNAME",
    "CREDENTIAL",
    "URL",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "US_SSN",
    "US_DRIVER_LICENSE",
    "US_PASSPORT",
    "US_ITIN",
    "NATIONAL_ID",
    "VEHICLE_PLATE",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "GEO_COORDINATES",
    "MEDICAL_CONDITION",
    "CRIMINAL_HISTORY",
    "SEXUAL_ORIENTATION",
    "ETHNIC_ORIGIN",
    "GENDER_IDENTITY",
}

SLOT = re.compile(r"\{([A-Z_]*):([a-z0-9_.]+)((?:\|[a-z0-9_]+)*)(?:@([a-z0-9]+))?\}")
ALT = re.compile(r"\(\(([^()]*)\)\)")

# ------------------------------------------------------------------ helpers

_FOLD = {
    "ł": "l",
    "Ł": "L",
    "ß": "ss",
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "AE",
    "đ": "d",
    "Đ": "D",
    "ı": "i",
    "œ": "oe",
    "þ": "th",
}


def fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ascii_slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n):
    n = int(n)
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else "-" + ONES[o])


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def fmt_date(rng, y, m, d, style=None):
    style = style or rng.choice(["uk", "us", "eu", "iso", "long", "uslong", "short", "dmy2"])
    if style == "uk":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "us":
        return "%02d/%02d/%d" % (m, d, y) if rng.random() < 0.7 else "%d/%d/%d" % (m, d, y)
    if style == "eu":
        return "%02d.%02d.%d" % (d, m, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "long":
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if style == "uslong":
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if style == "short":
        return "%02d-%s-%d" % (d, MONTHS[m - 1][:3].upper(), y)
    if style == "dmy2":
        return "%d/%d/%02d" % (d, m, y % 100)
    if style == "spoken":
        if rng.random() < 0.5:
            return "%s of %s %d" % (ordinal(d), MONTHS[m - 1], y)
        return "%s %s %d" % (MONTHS[m - 1], ordinal(d), y)
    raise KeyError(style)


# ------------------------------------------------------------------ generators
# Each generator: fn(rng, ctx, arg) -> str

GEN = {}


def gen(name):
    def deco(fn):
        GEN[name] = fn
        return fn

    return deco


CULTURE_KEYS = list(S.CULTURES)
NATIVE_CULTURES = [k for k in CULTURE_KEYS if "nf" in S.CULTURES[k]]


def _culture(rng, arg, native=False):
    if arg and arg in S.CULTURES:
        return arg
    return rng.choice(NATIVE_CULTURES if native else CULTURE_KEYS)


def _fem_last(c, last):
    kind = S.CULTURES[c].get("fem")
    if kind == "pl":
        for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if last.endswith(a):
                return last[: -len(a)] + b
    elif kind == "ru":
        for a in ("ov", "ev", "in", "ов", "ев", "ин"):
            if last.endswith(a):
                return last + ("a" if a.isascii() else "а")
    elif kind == "el":
        for a, b in (("os", "ou"), ("is", "i"), ("ος", "ου"), ("ης", "η")):
            if last.endswith(a):
                return last[: -len(a)] + b
    return last


def _person(rng, ctx, arg, gender=None, part="full", native=False):
    c = _culture(rng, arg, native)
    cu = S.CULTURES[c]
    g = gender or rng.choice("fm")
    if native:
        first = rng.choice(cu["nf"] if g == "f" else cu["nm"])
        last = _fem_last(c, rng.choice(cu["nl"])) if g == "f" else rng.choice(cu["nl"])
    else:
        first = rng.choice(cu["f"] if g == "f" else cu["m"])
        last = rng.choice(cu["l"])
        if g == "f":
            last = _fem_last(c, last)
    if part == "first":
        v = first
    elif part == "last":
        v = last
    else:
        order = cu.get("order")
        if native:
            sep = cu.get("native_sep", " ")
            v = last + sep + first if order in ("family", "either") else first + " " + last
        elif c == "vi":
            mid = rng.choice(cu["mid_f"] if g == "f" else cu["mid_m"])
            v = f"{last} {mid} {first}"
        elif order == "family" or (order == "either" and rng.random() < 0.4):
            v = last + " " + first
        else:
            if cu.get("double") and rng.random() < 0.5:
                last = last + " " + rng.choice(cu["l"])
            v = first + " " + last
    if not native:
        ctx["persons"][v] = (first, last)
    ctx["gender"] = g
    return v


for _part in ("full", "first", "last"):
    for _g in (None, "f", "m"):
        _name = _part + ("" if _g is None else "_" + _g)
        GEN[_name] = (lambda p, gg: lambda rng, ctx, arg: _person(rng, ctx, arg, gg, p))(_part, _g)
GEN["native"] = lambda rng, ctx, arg: _person(rng, ctx, arg, None, "full", True)
GEN["native_first"] = lambda rng, ctx, arg: _person(rng, ctx, arg, None, "first", True)
GEN["native_f"] = lambda rng, ctx, arg: _person(rng, ctx, arg, "f", "full", True)
GEN["nick"] = lambda rng, ctx, arg: rng.choice(S.NICKNAMES)


# places
ALL_CC = list(S.PLACES)
EU_CC = ["GB", "IE", "DE", "FR", "ES", "IT", "PL", "NL", "BE", "CH", "CH", "AT", "SE", "NO", "DK", "PT", "GR", "RO"]
NATIVE_CC = [k for k in ALL_CC if S.PLACES[k][2]]


def _pick_cc(rng, ctx, arg, pool=None):
    if arg == "cc" and ctx.get("cc"):
        return ctx["cc"]
    if arg == "eu":
        return rng.choice(EU_CC)
    if arg and arg.upper() in S.PLACES:
        return arg.upper()
    return rng.choice(pool or ALL_CC)


@gen("town")
def g_town(rng, ctx, arg):
    cc = _pick_cc(rng, ctx, arg)
    t = rng.choice(S.PLACES[cc][1])
    ctx["cc"] = cc
    if isinstance(t, tuple):
        ctx["suffix"] = ", " + t[1]
        return t[0]
    ctx["suffix"] = ", " + S.PLACES[cc][0]
    return t


@gen("town_native")
def g_town_native(rng, ctx, arg):
    cc = _pick_cc(rng, ctx, arg, NATIVE_CC)
    if not S.PLACES[cc][2]:
        cc = rng.choice(NATIVE_CC)
    ctx["cc"] = cc
    ctx["suffix"] = ""
    return rng.choice(S.PLACES[cc][2])


GEN["pl_loc"] = lambda rng, ctx, arg: rng.choice(S.PL_LOCATIVE)
GEN["ru_loc"] = lambda rng, ctx, arg: rng.choice(S.RU_PREPOSITIONAL)
GEN["region"] = lambda rng, ctx, arg: rng.choice(S.REGIONS)
GEN["suffix"] = lambda rng, ctx, arg: ctx.get("suffix", "")
GEN["country"] = lambda rng, ctx, arg: S.PLACES[ctx["cc"]][0] if ctx.get("cc") else rng.choice(S.COUNTRIES)


@gen("street")
def g_street(rng, ctx, arg):
    cc = _pick_cc(rng, ctx, arg, list(S.COUNTRY_STREET_STYLE))
    ctx["cc"] = cc
    style = S.COUNTRY_STREET_STYLE.get(cc, "en")
    names, types = S.STREETS[style]
    nm, ty = rng.choice(names), rng.choice(types)
    n = rng.randint(1, 180)
    if style == "en":
        v = "%d %s %s" % (n, nm, ty)
        if rng.random() < 0.2:
            v = "Flat %d, %s" % (rng.randint(1, 24), v)
    elif style == "us":
        v = "%d %s %s" % (rng.randint(100, 9899), nm, ty)
        r = rng.random()
        if r < 0.2:
            v += " Apt %d%s" % (rng.randint(1, 30), rng.choice("ABCD"))
        elif r < 0.3:
            v += " #%d" % rng.randint(1, 400)
    elif style in ("de", "ch"):
        if nm.endswith(" ") or nm.endswith("-"):
            ty = ty[0].upper() + ty[1:]
        v = "%s%s %d%s" % (nm, ty, n, rng.choice(["", "", "", "a", "b"]))
    elif style == "fr":
        v = "%d%s %s %s" % (n, rng.choice(["", "", "", " bis"]), ty, nm)
    elif style == "es":
        v = "%s %s, %d" % (ty, nm, n)
        if rng.random() < 0.5:
            v += ", %dº %s" % (rng.randint(1, 9), rng.choice(["A", "B", "C", "izq.", "dcha."]))
    elif style == "it":
        v = "%s %s%s%d" % (ty, nm, rng.choice([" ", ", "]), n)
    elif style == "nl":
        v = "%s%s %d%s" % (nm, ty, n, rng.choice(["", "", "-2", " A", "-hs"]))
    elif style == "pl":
        v = "%s %s %d%s" % (ty, nm, n, rng.choice(["", "/%d" % rng.randint(1, 80), "/%d" % rng.randint(1, 80)]))
    elif style == "se":
        v = "%s%s %d%s" % (nm, ty, n, rng.choice(["", "", " lgh %d" % rng.randint(1001, 1405)]))
    elif style == "pt":
        v = "%s %s, %d%s" % (ty, nm, n, rng.choice(["", "", ", apto %d" % rng.randint(11, 152)]))
    elif style == "mx":
        v = "%s %s %d%s" % (ty, nm, n, rng.choice(["", " int. %d" % rng.randint(1, 20)]))
    else:  # in
        v = "Flat %d, %s, %s" % (rng.randint(101, 904), ty, nm)
    return v


@gen("postcode")
def g_postcode(rng, ctx, arg):
    cc = (arg or "").upper() or ctx.get("cc") or "DE"

    def D(n):
        return V.digits(rng, n)

    def U(n):
        return V.letters(rng, n)

    if cc == "GB":
        return "%s%d %d%s" % (
            rng.choice(["LS", "M", "B", "S", "NG", "CF", "G", "EH", "BS", "SW", "E", "N"]),
            rng.randint(1, 20),
            rng.randint(1, 9),
            V.letters(rng, 2, "ABDEFGHJLNPQRSTUWXYZ"),
        )
    if cc == "US":
        return D(5)
    if cc == "CA":
        return "%s%d%s %d%s%d" % (U(1), rng.randint(0, 9), U(1), rng.randint(0, 9), U(1), rng.randint(0, 9))
    if cc == "NL":
        return "%d %s" % (rng.randint(1000, 9999), V.letters(rng, 2, "BCDGHJKLMNPRTVXZ"))
    if cc == "PL":
        return f"{D(2)}-{D(3)}"
    if cc == "SE":
        return "%d %s" % (rng.randint(100, 989), D(2))
    if cc == "PT":
        return "%d-%s" % (rng.randint(1000, 9999), D(3))
    if cc == "BR":
        return f"{D(5)}-{D(3)}"
    if cc == "IE":
        return "{} {}".format(
            rng.choice(["D02", "D08", "T12", "H91", "V94", "F91", "X91"]),
            V.letters(rng, 4, "ACDEFHKNPRTVWXY0123456789"),
        )
    if cc == "IN":
        return str(rng.randint(110001, 799999))
    if cc in ("CH", "AT", "BE", "DK", "NO", "AU", "ZA", "PH", "NZ"):
        return str(rng.randint(1000, 9899))
    return str(rng.randint(10000, 98999))


# ages, dates
GEN["adult_age"] = lambda rng, ctx, arg: str(rng.choice(list(range(18, 30)) + list(range(18, 86))))
GEN["minor_age"] = lambda rng, ctx, arg: str(rng.choice(list(range(3, 18)) + list(range(10, 18)) * 2))


@gen("dob")
def g_dob(rng, ctx, arg):
    return fmt_date(rng, *V._date(rng, 1948, 2006), style=arg)


@gen("dob_minor")
def g_dob_minor(rng, ctx, arg):
    return fmt_date(rng, *V._date(rng, 2008, 2021), style=arg)


@gen("event_date")
def g_event_date(rng, ctx, arg):
    y, m, d = V._date(rng, 2024, 2026)
    return fmt_date(rng, y, m, d, style=rng.choice(["long", "uslong", "iso", "uk"]))


# contact
@gen("phone")
def g_phone(rng, ctx, arg):
    region = None
    if arg == "cc" and ctx.get("cc") in V.PHONE_REGIONS:
        region = ctx["cc"]
    elif arg and arg != "cc" and arg.upper() in V.PHONE_REGIONS:
        region = arg.upper()
    return V.phone(rng, region)


@gen("phone_asr")
def g_phone_asr(rng, ctx, arg):
    region = (
        arg.upper()
        if arg and arg.upper() in V.PHONE_REGIONS
        else (ctx["cc"] if arg == "cc" and ctx.get("cc") in V.PHONE_REGIONS else rng.choice(V.PHONE_REGIONS))
    )
    s = V.phone(rng, region, style="national")
    d = re.sub(r"\D", "", s)
    r = rng.random()
    if r < 0.5:
        return " ".join(d)
    if r < 0.75:
        return " ".join(d[i : i + 3] for i in range(0, len(d), 3))
    cut = sorted(rng.sample(range(2, len(d) - 1), 2))
    return "-".join(" ".join(p) for p in (d[: cut[0]], d[cut[0] : cut[1]], d[cut[1] :]))


def _local_part(rng, first, last):
    f, l = ascii_slug(first), ascii_slug(last)
    pats = [
        f + "." + l,
        f + l,
        f + "_" + l,
        f[0] + l,
        f + "." + l + str(rng.randint(1, 99)),
        l + "." + f,
        f + str(rng.randint(70, 2012)),
        f[0] + "." + l,
        f + "-" + l,
    ]
    return rng.choice(pats)


@gen("email")
def g_email(rng, ctx, arg):
    c = rng.choice([k for k in CULTURE_KEYS])
    cu = S.CULTURES[c]
    first, last = rng.choice(cu["f"] + cu["m"]), rng.choice(cu["l"])
    if rng.random() < 0.3:
        local = (
            ascii_slug(rng.choice(S.HANDLE_WORDS))
            + rng.choice(["", "_", "."])
            + ascii_slug(first)
            + str(rng.randint(1, 99))
        )
    else:
        local = _local_part(rng, first, last)
    return local + "@" + rng.choice(S.MAIL_DOMAINS)


@gen("email_of")
def g_email_of(rng, ctx, arg):
    person = ctx["bound"].get(arg)
    fl = ctx["persons"].get(person)
    if not fl:
        return g_email(rng, ctx, None)
    return _local_part(rng, *fl) + "@" + rng.choice(S.MAIL_DOMAINS)


def _uname(rng):
    w = S.HANDLE_WORDS
    c = S.CULTURES[rng.choice(CULTURE_KEYS)]
    nm = ascii_slug(rng.choice(c["f"] + c["m"] + S.NICKNAMES))
    pats = [
        rng.choice(w) + "_" + rng.choice(w) + str(rng.randint(1, 99)),
        nm + str(rng.randint(2005, 2016)),
        "xx_" + rng.choice(w) + "_xx",
        nm + "." + ascii_slug(rng.choice(c["l"])),
        rng.choice(w) + nm + str(rng.randint(1, 999)),
        nm + "_" + rng.choice(w),
        rng.choice(w) + "." + rng.choice(w) + "." + str(rng.randint(0, 9)),
        nm[0] + ascii_slug(rng.choice(c["l"])) + str(rng.randint(1, 99)),
    ]
    return rng.choice(pats)


GEN["handle"] = lambda rng, ctx, arg: "@" + _uname(rng)
GEN["uname"] = lambda rng, ctx, arg: _uname(rng)


@gen("profile_url")
def g_profile_url(rng, ctx, arg):
    u = _uname(rng)
    c = S.CULTURES[rng.choice(CULTURE_KEYS)]
    f, l = ascii_slug(rng.choice(c["f"] + c["m"])), ascii_slug(rng.choice(c["l"]))
    return rng.choice(
        [
            f"https://www.instagram.com/{u}/",
            f"https://www.tiktok.com/@{u}",
            "https://www.facebook.com/%s.%s.%d" % (f, l, rng.randint(1, 99)),
            f"https://www.facebook.com/profile.php?id=1000{V.digits(rng, 11)}",
            f"https://www.linkedin.com/in/{f}-{l}-{V.git_hash(rng, 6)}",
            f"https://x.com/{u}",
            f"https://vk.com/id{V.digits(rng, 9, True)}",
            f"https://www.twitch.tv/{u}",
            f"instagram.com/{u}",
            f"https://steamcommunity.com/id/{u}",
        ]
    )


# identifiers (thin wrappers)
for _k, _f in {
    "ip4": V.ipv4,
    "ip6": V.ipv6,
    "mac": V.mac,
    "imei": V.imei,
    "adid": V.advertising_id,
    "device": V.device_id,
    "password": V.password,
    "pin": V.pin,
    "apikey": V.api_token,
    "ssn": V.us_ssn_value,
    "itin": V.us_itin_value,
    "us_dl": V.us_driver_license,
    "us_pp": V.us_passport,
    "acct": V.us_bank_account,
    "aba": V.aba_routing,
    "card": V.credit_card,
    "geo": V.geo,
    "isbn": V.isbn13,
}.items():
    GEN[_k] = (lambda f: lambda rng, ctx, arg: f(rng))(_f)
GEN["ip"] = lambda rng, ctx, arg: V.ipv4(rng) if rng.random() < 0.7 else V.ipv6(rng)
GEN["iban"] = lambda rng, ctx, arg: V.iban(rng, arg.upper() if arg else None)


@gen("nidname")
def g_nidname(rng, ctx, arg):
    kind = arg or rng.choice(V.NATIONAL_ID_KINDS)
    ctx["nid_pending"] = kind
    return rng.choice(V.NATIONAL_IDS[kind][1])


@gen("nid")
def g_nid(rng, ctx, arg):
    kind = arg or ctx.pop("nid_pending", None) or rng.choice(V.NATIONAL_ID_KINDS)
    return V.NATIONAL_IDS[kind][0](rng)


@gen("platename")
def g_platename(rng, ctx, arg):
    cc = arg or rng.choice(list(V.PLATE_CUES))
    ctx["plate_pending"] = cc
    if cc.upper() in S.PLACES:
        ctx["cc"] = cc.upper()
    return rng.choice(V.PLATE_CUES[cc])


@gen("plate")
def g_plate(rng, ctx, arg):
    if arg == "cc":
        arg = (ctx.get("cc") or "").lower()
        arg = arg if arg in V.PLATE_CUES else None
    cc = arg or ctx.pop("plate_pending", None)
    return V.plate(rng, cc)


# sensitive categories
GEN["med"] = lambda rng, ctx, arg: rng.choice(S.MEDICAL)
GEN["crim"] = lambda rng, ctx, arg: rng.choice(S.CRIMINAL_NP)
GEN["crim_vp"] = lambda rng, ctx, arg: rng.choice(S.CRIMINAL_VP)
GEN["orient"] = lambda rng, ctx, arg: rng.choice(S.ORIENTATION)
GEN["ethnic"] = lambda rng, ctx, arg: rng.choice(S.ETHNIC)
GEN["gid"] = lambda rng, ctx, arg: rng.choice(S.GENDER_ID)

# unlabelled fillers
_SIMPLE = {
    "emoji": S.EMOJI,
    "slang": S.SLANG,
    "platform": S.PLATFORMS,
    "school": S.SCHOOLS,
    "workplace": S.WORKPLACES,
    "rel_f": S.RELATIVES_F,
    "rel_m": S.RELATIVES_M,
    "adult_rel_f": S.ADULT_REL_F,
    "adult_rel_m": S.ADULT_REL_M,
    "firm": S.FIRMS,
    "eponym_place": S.EPONYM_PLACES,
    "award": S.AWARDS,
    "disease_ep": S.EPONYM_DISEASES,
    "law": S.LAWS,
    "unit": S.UNITS,
    "team": S.TEAMS,
    "title": S.TITLES,
    "job": S.JOB_TITLES,
    "countryname": S.COUNTRIES,
    "product": S.PRODUCTS,
    "event": S.EVENTS,
    "car": [
        "white Ford Transit",
        "silver Toyota Corolla",
        "black BMW X5",
        "red Vauxhall Corsa",
        "grey VW Golf",
        "blue Skoda Octavia",
        "dark green Land Rover",
        "black Mercedes Sprinter",
        "white Honda Civic",
    ],
    "month": MONTHS,
}
for _k, _lst in _SIMPLE.items():
    GEN[_k] = (lambda l: lambda rng, ctx, arg: rng.choice(l))(_lst)


def _num(n):
    return lambda rng, ctx, arg: str(rng.randint(10 ** (n - 1), 10**n - 1))


for _n in range(1, 7):
    GEN["num%d" % _n] = _num(_n)

GEN["ticket"] = lambda rng, ctx, arg: (
    rng.choice(["HD-", "INC", "SR-", "TCK-", "#", "OPS-"]) + V.digits(rng, rng.choice([5, 6, 7]), True)
)
GEN["case"] = lambda rng, ctx, arg: (
    rng.choice(["CP-", "CASE-", "HL-", "SG/"])
    + str(rng.randint(2022, 2026))
    + rng.choice(["-", "/"])
    + "%05d" % rng.randint(1, 99999)
)
GEN["sku"] = lambda rng, ctx, arg: (
    rng.choice(["SKU-", "KIT-", "MRC-", "PRD-"])
    + V.letters(rng, 3)
    + "-"
    + V.digits(rng, 4)
    + rng.choice(["", "-EN", "-DE", "-L", "-XL"])
)
GEN["grant"] = lambda rng, ctx, arg: (
    rng.choice(["GR-EU-", "ERASMUS-", "CERV-", "NLCF-", "OAK-", "FDN-"])
    + str(rng.randint(2021, 2026))
    + "-"
    + "%03d" % rng.randint(1, 999)
)
GEN["invoice"] = lambda rng, ctx, arg: (
    rng.choice(["INV-", "RCPT-", "GA-", "DON-"]) + str(rng.randint(2023, 2026)) + "-" + "%05d" % rng.randint(1, 99999)
)
GEN["order"] = lambda rng, ctx, arg: rng.choice(["ORD-", "PO-", "PO#"]) + V.digits(rng, 6, True)
GEN["version"] = lambda rng, ctx, arg: (
    "%d.%d.%d%s"
    % (
        rng.randint(1, 12),
        rng.randint(0, 30),
        rng.randint(0, 40),
        rng.choice(["", "", "-rc1", "-beta.2", "+build.%d" % rng.randint(1, 999)]),
    )
)
GEN["githash"] = lambda rng, ctx, arg: V.git_hash(rng, rng.choice([7, 7, 12, 40]))
GEN["build"] = lambda rng, ctx, arg: (
    rng.choice(["b", "build-", "ci-"])
    + str(rng.randint(2024, 2026))
    + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    + "."
    + str(rng.randint(1, 40))
)
GEN["uuid"] = lambda rng, ctx, arg: V.uuid_like(rng)
GEN["hex6"] = lambda rng, ctx, arg: V.git_hash(rng, 6).upper()
GEN["price"] = lambda rng, ctx, arg: (
    rng.choice(["€%d.00", "£%d.50", "$%d", "CHF %d.–", "%d EUR", "€ %d,00", "PLN %d"]) % rng.randint(5, 2500)
)
GEN["ext"] = lambda rng, ctx, arg: rng.choice(["ext. ", "Ext ", "x", "extension "]) + str(rng.randint(100, 899))
GEN["room"] = lambda rng, ctx, arg: (
    rng.choice(["Room %d.%02d", "room %d%02d", "B-%d%02d", "Meeting Room %d%02d"])
    % (rng.randint(1, 5), rng.randint(1, 40))
)
GEN["year"] = lambda rng, ctx, arg: str(rng.randint(1998, 2026))
GEN["pct"] = lambda rng, ctx, arg: rng.choice(
    ["%d%%" % rng.randint(1, 99), "%d.%d%%" % (rng.randint(1, 99), rng.randint(0, 9)), "%d %%" % rng.randint(1, 99)]
)
GEN["timestamp"] = lambda rng, ctx, arg: (
    rng.choice(["%d-%02d-%02dT%02d:%02d:%02dZ", "%d-%02d-%02d %02d:%02d:%02d UTC", "%d/%02d/%02d %02d:%02d:%02d"])
    % (
        rng.randint(2024, 2026),
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.randint(0, 23),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )
)
GEN["asset"] = lambda rng, ctx, arg: "AST-" + V.digits(rng, 5)
GEN["slug"] = lambda rng, ctx, arg: rng.choice(
    ["donor-export", "hotline-ivr", "gdpr-purge", "chat-widget", "sso-fix", "grant-report"]
)
GEN["state"] = lambda rng, ctx, arg: rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "OH"])


# ------------------------------------------------------------------ modifiers


def _spaced(v):
    return " ".join(c for c in v if not c.isspace() and c not in "-.")


def _obf(v, rng):
    local, dom = v.split("@", 1)
    at, dot = rng.choice(
        [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT "), (" at ", ".")]
    )
    return local.replace(".", dot) + at + dom.replace(".", dot)


def _asr_email(v, rng):
    local, dom = v.split("@", 1)
    return (
        local.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        + " at "
        + dom.replace(".", " dot ")
    )


MODS = {
    "lower": lambda v, rng: v.lower(),
    "upper": lambda v, rng: v.upper(),
    "nodia": lambda v, rng: fold(v),
    "words": lambda v, rng: words(v),
    "spaced": lambda v, rng: _spaced(v),
    "nospace": lambda v, rng: v.replace(" ", ""),
    "obf": _obf,
    "asr": _asr_email,
}


# ------------------------------------------------------------------ OCR noise (literal text only)


def ocr_noise(s, rng, p=0.25):
    out = []
    for tok in re.split(r"(\W+)", s):
        if tok.isalpha() and len(tok) >= 4 and rng.random() < 0.5:
            tok = "".join(("1" if c == "l" else "0" if c == "O" else c) if rng.random() < p * 2 else c for c in tok)
        out.append(tok)
    return "".join(out)


# ------------------------------------------------------------------ rendering


def expand_alternations(t, rng):
    while True:
        m = ALT.search(t)
        if not m:
            return t
        t = t[: m.start()] + rng.choice(m.group(1).split("¦")) + t[m.end() :]


def render(template, rng, register):
    ocr = False
    if template.startswith("#OCR#"):
        template = template[5:]
        ocr = rng.random() < 0.6
    t = expand_alternations(template, rng)
    ctx = {"bound": {}, "persons": {}}
    parts, spans, pos = [], [], 0

    def emit_literal(s):
        nonlocal pos
        if register == "voicemail":
            s = s.lower()
        if ocr:
            s = ocr_noise(s, rng)
        parts.append(s)
        pos += len(s)

    last = 0
    for m in SLOT.finditer(t):
        emit_literal(t[last : m.start()])
        label, gname, mods, key = m.group(1), m.group(2), m.group(3), m.group(4)
        if key and key in ctx["bound"]:
            value = ctx["bound"][key]
        else:
            name, _, arg = gname.partition(".")
            if name not in GEN:
                raise KeyError(f"unknown generator {name!r} in {template[:60]!r}")
            value = GEN[name](rng, ctx, arg or None)
            if key:
                ctx["bound"][key] = value
        for mod in filter(None, mods.split("|")):
            value = MODS[mod](value, rng)
        if register == "voicemail":
            value = value.lower()
        if label:
            if label not in LABELS:
                raise ValueError(f"bad label {label}")
            spans.append({"start": pos, "end": pos + len(value), "label": label, "text": value})
        parts.append(value)
        pos += len(value)
        last = m.end()
    emit_literal(t[last:])
    return "".join(parts), spans


# ------------------------------------------------------------------ validation


def validate(doc, negative):
    text, spans = doc["text"], doc["spans"]
    if negative:
        assert not spans, doc["id"]
        assert "{" not in text or "}" not in text or not SLOT.search(text), doc["id"]
        return
    assert spans, doc["id"] + " has no spans"
    prev_end = -1
    for s in sorted(spans, key=lambda x: (x["start"], x["end"])):
        assert s["label"] in LABELS, (doc["id"], s["label"])
        assert 0 <= s["start"] < s["end"] <= len(text), (doc["id"], s)
        assert text[s["start"] : s["end"]] == s["text"], (doc["id"], s)
        assert s["text"] == s["text"].strip(), (doc["id"], "whitespace", s["label"])
        assert s["start"] >= prev_end, (doc["id"], "overlap", s["label"])
        prev_end = s["end"]
    assert not SLOT.search(text) and "((" not in text, doc["id"] + " unrendered template"


def schedule(n_templates, n_docs, rng):
    order = []
    while len(order) < n_docs:
        idx = list(range(n_templates))
        rng.shuffle(idx)
        order.extend(idx)
    return order[:n_docs]


def build(seed):
    docs, negs = [], []
    master = random.Random(seed)
    for reg in REGISTERS:
        tmpls = T.REGISTER_TEMPLATES[reg]
        assert len(tmpls) >= 30, (reg, len(tmpls))
        for i, ti in enumerate(schedule(len(tmpls), PER_REGISTER, master)):
            rng = random.Random("%d/%s/%d" % (seed, reg, i))
            text, spans = render(tmpls[ti], rng, reg)
            doc = {
                "id": "v5-%s-%03d" % (reg, i + 1),
                "register": reg,
                "template": "%s%02d" % (reg, ti + 1),
                "text": text,
                "spans": spans,
            }
            validate(doc, False)
            docs.append(doc)
    tmpls = T.NEGATIVE_TEMPLATES
    assert len(tmpls) >= 30
    for i, ti in enumerate(schedule(len(tmpls), N_NEGATIVES, master)):
        rng = random.Random("%d/negative/%d" % (seed, i))
        text, spans = render(tmpls[ti], rng, "negative")
        doc = {
            "id": "v5-neg-%03d" % (i + 1),
            "register": "negative",
            "template": "neg%02d" % (ti + 1),
            "text": text,
            "spans": spans,
        }
        validate(doc, True)
        negs.append(doc)
    return docs, negs


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory")
    a = ap.parse_args(argv)
    docs, negs = build(a.seed)
    os.makedirs(a.out, exist_ok=True)
    write_jsonl(os.path.join(a.out, "heldout_v5.jsonl"), docs)
    write_jsonl(os.path.join(a.out, "heldout_negatives_v5.jsonl"), negs)
    # totals only, never document text
    print("seed %d  labelled docs %d  negatives %d" % (a.seed, len(docs), len(negs)))
    print("per register:", dict(Counter(d["register"] for d in docs + negs)))
    lab = Counter(s["label"] for d in docs for s in d["spans"])
    print("spans total %d" % sum(lab.values()))
    for k, v in sorted(lab.items(), key=lambda x: (-x[1], x[0])):
        print("  %-20s %d" % (k, v))
    missing = sorted(LABELS - set(lab))
    if missing:
        print("labels never produced:", missing)


if __name__ == "__main__":
    main()
