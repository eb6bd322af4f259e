"""Register world_tips_b: web-form tips in 20 languages with local formats of phones, IDs, addresses and dates."""

from __future__ import annotations

import datetime as dt
import random

from common import per
from doc import Doc, Piece
from people import Person, email, make_child, make_person, username
from places import street, town
from values import digits, fmt_date, national_id, native, phone, plate
from world_lang import ENGLISH_BITS, ID_KIND, LANG, LANG_COUNTRY

LANG_ORDER = list(LANG)
EN_FORM = [
    "Child at risk – online report",
    "Child's name",
    "Age",
    "Town/city",
    "Suspect name",
    "Contact details",
    "What happened",
    "Your name (optional)",
]
_MM_TOWNSHIPS = ["ဥကမ", "ဗဟန", "မရက", "လမန", "ကမရ", "ပဘတ", "မလန"]


def _nat(rng: random.Random, s: str, script: str, p: float) -> str:
    return native(s, script) if script and rng.random() < p else s


def _dob(rng: random.Random, d: dt.date, style: str, script: str) -> str:
    if style == "bs":
        y = d.year + (56 if d.month < 4 else 57)
        m = (d.month + 8) % 12 + 1
        s = f"{y}/{m:02d}/{min(d.day, 30):02d}"
        return native(s, "deva") if rng.random() < 0.7 else s
    if style == "mn":
        if rng.random() < 0.5:
            return f"{d.year} оны {d.month} сарын {d.day}"
        return d.isoformat()
    if style == "en":
        s = fmt_date(rng, d, rng.choice(["dmy/", "dmy-", "dmy.", "iso"]))
    elif style in ("uk", "pl", "kk", "hy"):
        s = fmt_date(rng, d, rng.choice(["dmy.", "long"]), style)
    elif style == "nl":
        s = fmt_date(rng, d, rng.choice(["dmy-", "long"]), "nl")
    else:
        s = fmt_date(rng, d, rng.choice(["dmy/", "long"]), style)
    return _nat(rng, s, script, 0.5) if script in ("khmer", "lao", "burmese") else s


def _id(rng: random.Random, country: str, p: Person, lang: str, script: str) -> str:
    if country == "MM" and rng.random() < 0.6:
        return (
            f"{native(str(rng.randint(1, 14)), 'burmese')}/{rng.choice(_MM_TOWNSHIPS)}"
            f"(နိုင်){native(digits(rng, 6), 'burmese')}"
        )
    want = ID_KIND[country]
    probe = random.Random(rng.getrandbits(64))
    for _ in range(60):
        kind, v = national_id(probe, country, p.dob, p.female, p.family_lat, p.given_lat)
        if kind == want:
            return _nat(rng, v, script, 0.3) if script in ("khmer", "lao", "deva") else v
    return v


def generate(rng: random.Random, index: int) -> Doc:
    lang = LANG_ORDER[index % len(LANG_ORDER)]
    L = LANG[lang]
    country = LANG_COUNTRY[lang]
    script = str(L["digits"])
    code = str(L["culture"])
    victim = make_child(rng, code, 8, 17, female=True)
    suspect = make_person(rng, code, 22, 58, female=False)
    reporter = make_person(rng, code, 25, 65, female=True)
    while reporter.given == victim.given:
        reporter = make_person(rng, code, 25, 65, female=True)
    tw = town(rng, country)
    tname = tw.name if rng.random() < 0.75 else tw.latin
    vname = victim.given if rng.random() < 0.5 else victim.full()
    sname = suspect.full() if rng.random() < 0.7 else suspect.given
    natp = 0.45 if script in ("khmer", "lao", "burmese", "deva") else 0.12
    slots: dict[str, Piece] = {
        "V": per(vname),
        "VA": (_nat(rng, str(victim.age), script, natp), "MINOR_AGE"),
        "T": (tname, "LOCATION"),
        "S": per(sname),
        "SA": (_nat(rng, str(suspect.age), script, natp), "AGE"),
        "U": (username(rng, suspect), "USERNAME"),
        "P": (
            _nat(rng, phone(rng, country, rng.choice(["natl", "intl", "compact", "natl"])), script, natp),
            "PHONE_NUMBER",
        ),
        "E": (email(rng, suspect), "EMAIL_ADDRESS"),
        "A": (street(rng, country), "STREET_ADDRESS"),
        "PL": (plate(rng, country), "VEHICLE_PLATE"),
        "ID": (_id(rng, country, suspect, lang, script), "NATIONAL_ID"),
        "D": (_dob(rng, victim.dob, str(L["date"]), script), "DATE_OF_BIRTH"),
        "MED": (rng.choice(L["meds"]), "MEDICAL_CONDITION"),  # type: ignore[arg-type]
        "CRIM": (rng.choice(L["crims"]), "CRIMINAL_HISTORY"),  # type: ignore[arg-type]
        "R": per(reporter.full() if rng.random() < 0.6 else reporter.given),
        "P2": (_nat(rng, phone(rng, country, rng.choice(["natl", "intl", "e164"])), script, natp), "PHONE_NUMBER"),
    }
    keys = ["suspect", "contact", "addr", "vehicle", "id", "dob", "med", "crim"]
    chosen = [k for k in keys if rng.random() < 0.55]
    if len(chosen) < 3:
        chosen = rng.sample(keys, 3)
    d = Doc()
    form = rng.random() < 0.5
    labels = L["form"] if rng.random() < 0.6 else EN_FORM  # type: ignore[assignment]
    sep = rng.choice([": ", ":\n", " — ", ": "])
    if form:
        d.add(f"{labels[0]}\n" + ("=" * rng.randint(8, 30) + "\n" if rng.random() < 0.4 else "\n"))
        d.t("{l}{s}{v}\n", l=labels[1], s=sep, v=slots["V"])
        d.t("{l}{s}{v}\n", l=labels[2], s=sep, v=slots["VA"])
        d.t("{l}{s}{v}\n", l=labels[3], s=sep, v=slots["T"])
        if rng.random() < 0.7:
            d.t("{l}{s}{v}\n", l=labels[4], s=sep, v=per(suspect.full()))
        d.t("{l}{s}{p}", l=labels[5], s=sep, p=(_nat(rng, phone(rng, country), script, natp), "PHONE_NUMBER"))
        if rng.random() < 0.5:
            d.t(" / {e}", e=(email(rng, reporter), "EMAIL_ADDRESS"))
        d.add(f"\n{labels[6]}{sep}")
    else:
        d.add(rng.choice(["", f"{labels[0]}\n\n", "Re: " + labels[0] + "\n"]))
    if not form or rng.random() < 0.5:
        d.t(str(L["intro"]), **slots)
        d.add(" " if rng.random() < 0.6 else "\n")
    for i, k in enumerate(chosen):
        d.t(str(L[k]), **slots)
        if rng.random() < 0.15:
            d.add(" " + rng.choice(ENGLISH_BITS) + ".")
        d.add(" " if rng.random() < 0.6 else "\n")
    if rng.random() < 0.35:
        d.add("\n" + rng.choice(ENGLISH_BITS) + "\n")
    if rng.random() < 0.7:
        d.nl()
        d.t(str(L["reporter"]), **slots)
        d.nl()
    if form and rng.random() < 0.5:
        d.t("{l}{s}{r}\n", l=labels[7], s=sep, r=per(reporter.full()))
    if rng.random() < 0.3:
        friend = make_child(rng, code, 10, 17, female=True)
        while friend.given == victim.given:
            friend = make_child(rng, code, 10, 17, female=True)
        d.t(
            "(+ {n}, {a} — {x})\n",
            n=per(friend.given),
            a=(_nat(rng, str(friend.age), script, natp), "MINOR_AGE"),
            x=rng.choice(["same school", "her friend, also talks to him", "cousin"]),
        )
    if rng.random() < 0.25:
        d.t("IG: {u}\n", u=(username(rng, victim, True), "USERNAME"))
    return d
