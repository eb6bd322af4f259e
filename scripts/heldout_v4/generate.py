#!/usr/bin/env python
"""Held-out test-data generator v4 (independent of the detector; see README.md).

    python scripts/heldout_v4/generate.py [--seed N] [--out tests/data/heldout]

Writes heldout_v4.jsonl (400 labelled documents, 80 per register) and heldout_negatives_v4.jsonl (250 PII-free
look-alike documents). Spans are recorded while the text is built, never found by searching afterwards.
"""

# The template lists below are data: one template a line reads better than wrapped strings.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sources as S  # noqa: E402
import values as V  # noqa: E402

LABELS = {
    "PERSON",
    "AGE",
    "MINOR_AGE",
    "LOCATION",
    "STREET_ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "USERNAME",
    "CREDENTIAL",
    "US_SSN",
    "US_DRIVER_LICENSE",
    "NATIONAL_ID",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "IP_ADDRESS",
    "VEHICLE_PLATE",
    "DATE_OF_BIRTH",
    "URL",
}
CASEABLE = {"PERSON", "LOCATION", "STREET_ADDRESS"}
NONLATIN = {"ru", "el", "ar", "he", "hi", "bn", "ta", "th", "zh", "ja", "ko"}
CULTURE_COUNTRY = {
    "en": ["GB", "CA", "AU", "NZ", "IE"],
    "ga": ["IE"],
    "es": ["ES", "MX", "CO", "AR"],
    "pt": ["BR", "PT"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pl": ["PL"],
    "nordic": ["SE", "NO", "DK", "FI"],
    "tr": ["TR"],
    "af": ["ZA", "NG", "KE"],
    "arl": ["EG"],
    "inl": ["IN"],
    "fa": ["IR"],
    "vi": ["VN"],
    "fil": ["PH"],
    "ru": ["RU"],
    "el": ["GR"],
    "ar": ["EG"],
    "he": ["IL"],
    "hi": ["IN"],
    "bn": ["IN"],
    "ta": ["IN"],
    "th": ["TH"],
    "zh": ["CN"],
    "ja": ["JP"],
    "ko": ["KR"],
}
COUNTRY_NAMES = {
    "US": "USA",
    "GB": "UK",
    "IE": "Ireland",
    "ES": "Spain",
    "MX": "Mexico",
    "CO": "Colombia",
    "AR": "Argentina",
    "BR": "Brazil",
    "PT": "Portugal",
    "FR": "France",
    "BE": "Belgium",
    "DE": "Germany",
    "AT": "Austria",
    "CH": "Switzerland",
    "IT": "Italy",
    "NL": "Netherlands",
    "PL": "Poland",
    "SE": "Sweden",
    "NO": "Norway",
    "DK": "Denmark",
    "FI": "Finland",
    "TR": "Turkey",
    "ZA": "South Africa",
    "NG": "Nigeria",
    "KE": "Kenya",
    "EG": "Egypt",
    "IN": "India",
    "IR": "Iran",
    "VN": "Vietnam",
    "PH": "Philippines",
    "RU": "Ukraine",
    "GR": "Greece",
    "IL": "Israel",
    "TH": "Thailand",
    "CN": "China",
    "JP": "Japan",
    "KR": "South Korea",
    "CA": "Canada",
    "AU": "Australia",
    "NZ": "New Zealand",
    "CL": "Chile",
    "RO": "Romania",
}
COUNTRY_IDS = {
    "GB": ["GB_NINO", "GB_PASSPORT", "GB_NHS", "GB_DRIVING"],
    "IE": ["IE_PPS"],
    "ES": ["ES_DNI", "ES_NIE"],
    "MX": ["MX_CURP", "MX_PASSPORT"],
    "CO": ["CO_CC"],
    "AR": ["AR_DNI"],
    "BR": ["BR_CPF", "BR_PASSPORT"],
    "PT": ["PT_NIF"],
    "FR": ["FR_NIR", "FR_PASSPORT"],
    "BE": ["BE_NN"],
    "DE": ["DE_IDNR", "DE_PASSPORT"],
    "AT": ["AT_SVNR"],
    "CH": ["CH_AHV"],
    "IT": ["IT_CF"],
    "NL": ["NL_BSN"],
    "PL": ["PL_PESEL"],
    "SE": ["SE_PNR"],
    "NO": ["NO_FNR"],
    "DK": ["DK_CPR"],
    "FI": ["FI_HETU"],
    "TR": ["TR_TC"],
    "ZA": ["ZA_ID"],
    "NG": ["PASSPORT"],
    "KE": ["PASSPORT"],
    "EG": ["EG_NID"],
    "IN": ["IN_AADHAAR", "IN_PAN"],
    "IR": ["PASSPORT"],
    "VN": ["PASSPORT"],
    "PH": ["PASSPORT"],
    "RU": ["RU_PASSPORT"],
    "GR": ["GR_ID"],
    "IL": ["IL_ID"],
    "TH": ["TH_PIN"],
    "CN": ["CN_RIC"],
    "JP": ["JP_MYNUMBER"],
    "KR": ["KR_RRN", "KR_PASSPORT"],
    "CA": ["CA_SIN"],
    "AU": ["AU_TFN"],
    "NZ": ["NZ_IRD"],
    "CL": ["CL_RUT"],
    "RO": ["RO_CNP"],
}
NIDS = dict(V.NATIONAL_IDS, PASSPORT=V.passport_generic(1, 8))
NID_NAMES = dict(V.ID_NAMES, PASSPORT=["passport", "passport no."])
TOWN_KEYS = {"RU": "RU_native", "GR": "GR_native", "IL": "IL_native", "EG": "ARAB_native", "TH": "TH_native"}
STREET_KEYS = {
    "EG": "ARAB",
    "BE": "NL",
    "AT": "DE",
    "IE": "GB",
    "CA": "US",
    "AU": "GB",
    "NZ": "GB",
    "BR": "PT",
    "CO": "MX",
    "AR": "MX",
    "CL": "MX",
    "NG": "GB",
    "KE": "GB",
    "PH": "US",
    "VN": "US",
    "IR": "US",
    "RO": "PL",
}


# --------------------------------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------------------------------
def _entry(e: str, female: bool) -> tuple[str, str]:
    native, _, roman = e.partition("|")
    ns = native.split("/")
    n = ns[1] if female and len(ns) > 1 else ns[0]
    if roman:
        rs = roman.split("/")
        r = rs[1] if female and len(rs) > 1 else rs[0]
    else:
        r = V.fold(n)
    return n, r


class Person:
    def __init__(self, rng: random.Random, culture: str, role: str = "a", gender: str | None = None):
        c = S.CULTURES[culture]
        self.culture = culture
        self.child = role == "c"
        self.female = rng.random() < 0.5 if gender is None else gender == "f"
        self.given, self.given_r = _entry(rng.choice(c["given_f"] if self.female else c["given_m"]), self.female)
        self.surname, self.surname_r = _entry(rng.choice(c["surname"]), self.female)
        self.surname2_r = ""
        if c.get("double_surname") and rng.random() < 0.35:
            s2, r2 = _entry(rng.choice(c["surname"]), self.female)
            if s2 != self.surname:
                self.surname, self.surname_r, self.surname2_r = f"{self.surname} {s2}", f"{self.surname_r} {r2}", r2
        self.order = c["order"]
        self.sep = c["sep"] if "sep_alt" not in c or rng.random() < 0.5 else c["sep_alt"]
        self.roman_sf = rng.random() < 0.6
        self.age = {"c": rng.randint(3, 17), "a": rng.randint(19, 64), "g": rng.randint(55, 88)}[role]
        if self.child and rng.random() < 0.7:
            self.age = rng.randint(9, 16)
        self.dob = V.birth_date(rng, self.age)
        self.country = rng.choice(CULTURE_COUNTRY[culture])
        self.cache: dict = {}

    def full(self) -> str:
        if self.order == "sg":
            return f"{self.surname}{self.sep}{self.given}"
        return f"{self.given}{self.sep}{self.surname}"

    def rfull(self) -> str:
        g = " ".join(w.capitalize() for w in self.given_r.split())
        s = " ".join(w.capitalize() for w in self.surname_r.split())
        if self.culture not in NONLATIN:
            return self.full()
        if self.order == "sg" and self.roman_sf:
            return f"{s} {g}"
        return f"{g} {s}"

    def names(self) -> dict:
        return {"given_r": self.given_r, "surname_r": self.surname_r.split()[0], "surname2_r": self.surname2_r}


MIX_FOREIGN = {
    "de": 1,
    "fr": 1,
    "it": 1,
    "es": 2,
    "pl": 1,
    "ko": 1,
    "zh": 1,
    "hi": 1,
    "inl": 1,
    "pt": 1,
    "nordic": 1,
    "el": 1,
    "he": 1,
    "tr": 1,
    "ja": 1,
    "ru": 1,
    "ar": 1,
    "af": 1,
    "nl": 1,
}


def weighted(rng: random.Random, mix: dict[str, int]) -> str:
    keys = list(mix)
    return rng.choices(keys, weights=[mix[k] for k in keys])[0]


# --------------------------------------------------------------------------------------------------------------------
# Document builder with a tiny template language:
#   {slot} {slot:arg} {slot#ref}   value slots (ref caches the value for the document)
#   {c1.first} {a2@es.full}         person fields (c = child, a = adult; @culture overrides the document mix)
#   {~a|b|c}                        pick one alternative (may contain slots)
#   {?text}                         include text half of the time
# --------------------------------------------------------------------------------------------------------------------
SLOT_RE = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z_0-9]*)(?:@(?P<cult>[a-z]+))?(?:\.(?P<field>[A-Za-z_0-9]+))?"
    r"(?::(?P<arg>[^#]*))?(?:#(?P<ref>\w+))?$"
)
PERSON_RE = re.compile(r"^[cag][fm]?\d+[a-z]?$")


def _match_brace(t: str, i: int) -> int:
    depth = 0
    for j in range(i, len(t)):
        if t[j] == "{":
            depth += 1
        elif t[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError(f"unbalanced braces in template: {t!r}")


def _split_top(s: str, sep: str = "|") -> list[str]:
    out, depth, cur = [], 0, []
    for ch in s:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


class Doc:
    def __init__(self, rng, register, country="US", mix=None, lang="en", us=True):
        self.rng = rng
        self.register = register
        self.country = country
        self.mix = mix or S.MIX_ANGLO
        self.lang = lang
        self.us = us
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0
        self.cache: dict = {}
        self.people: dict[str, Person] = {}
        self.case = None

    # -- emission
    def emit(self, text: str, label: str | None = None) -> None:
        if not text:
            return
        if self.case and (label is None or label in CASEABLE):
            text = self.case(text)
        if label:
            assert label in LABELS, label
            assert text == text.strip() and text, (label, text)
            self.spans.append({"start": self.n, "end": self.n + len(text), "label": label, "text": text})
        self.parts.append(text)
        self.n += len(text)

    def emit_pieces(self, pieces) -> None:
        for text, label in pieces:
            self.emit(text, label)

    def capture(self, template: str) -> tuple[str, list[dict]]:
        saved = (self.parts, self.spans, self.n)
        self.parts, self.spans, self.n = [], [], 0
        self.add(template)
        out = ("".join(self.parts), self.spans)
        self.parts, self.spans, self.n = saved
        return out

    def emit_captured(self, text: str, spans: list[dict]) -> None:
        for s in spans:
            self.spans.append(dict(s, start=s["start"] + self.n, end=s["end"] + self.n))
        self.parts.append(text)
        self.n += len(text)

    def text(self) -> str:
        return "".join(self.parts).rstrip()

    # -- templates
    def add(self, t: str) -> Doc:
        i, buf = 0, []
        while i < len(t):
            ch = t[i]
            if ch == "{":
                j = _match_brace(t, i)
                inner = t[i + 1 : j]
                if buf:
                    self.emit("".join(buf))
                    buf = []
                if inner.startswith("~"):
                    self.add(self.rng.choice(_split_top(inner[1:])))
                elif inner.startswith("?"):
                    if self.rng.random() < 0.5:
                        self.add(inner[1:])
                else:
                    self.slot(inner)
                i = j + 1
            else:
                buf.append(ch)
                i += 1
        if buf:
            self.emit("".join(buf))
        return self

    def person(self, key: str, culture: str | None = None) -> Person:
        if key not in self.people:
            cult = culture or weighted(self.rng, self.mix)
            if cult == "x":
                cult = weighted(self.rng, MIX_FOREIGN)
            gender = key[1] if key[1] in "fm" else None
            self.people[key] = Person(self.rng, cult, key[0], gender)
        return self.people[key]

    def slot(self, spec: str) -> None:
        m = SLOT_RE.match(spec)
        if not m:
            raise ValueError(f"bad slot {spec!r}")
        name, cult, fld, arg, ref = m.group("name", "cult", "field", "arg", "ref")
        key = spec if ref else None
        if key and key in self.cache:
            self.emit_pieces(self.cache[key])
            return
        if PERSON_RE.match(name):
            pieces = person_field(self, self.person(name, cult), fld or "full", arg)
        else:
            fn = SLOTS.get(name)
            if fn is None:
                raise ValueError(f"unknown slot {name!r}")
            pieces = fn(self, arg)
        if key:
            self.cache[key] = pieces
        self.emit_pieces(pieces)


# --------------------------------------------------------------------------------------------------------------------
# Slot makers
# --------------------------------------------------------------------------------------------------------------------
def towns_for(rng, cc: str, native_ok: bool = True) -> list[str]:
    latin = S.TOWNS.get(cc, [])
    native = S.TOWNS.get(TOWN_KEYS.get(cc, f"{cc}_native"), [])
    if native and (not latin or (native_ok and rng.random() < 0.45)):
        return native
    return latin or S.TOWNS["US"]


def make_town(rng, cc: str) -> str:
    if cc in ("US", "GB", "CA", "AU") and rng.random() < 0.07:
        return rng.choice(S.TOWN_MISSPELLINGS)
    return rng.choice(towns_for(rng, cc))


def make_street(rng, cc: str) -> str:
    r = rng
    cc = STREET_KEYS.get(cc, cc)
    names = S.STREETS.get(cc, S.STREETS["US"])
    nm = r.choice(names)
    n = r.randint(1, 240)
    if cc == "US" or cc not in S.STREETS:
        suf = r.choice(["St", "Street", "Ave", "Avenue", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Drive"])
        base = f"{r.randint(1, 9899)} {nm} {suf}"
        unit = r.choice(
            [
                "",
                "",
                "",
                f" Apt {r.randint(1, 40)}{r.choice('ABCD')}",
                f", Apt. {r.randint(1, 300)}",
                f" #{r.randint(1, 30)}",
                f" Unit {r.randint(1, 20)}",
            ]
        )
        return base + unit
    if cc == "GB":
        suf = r.choice(["Road", "Lane", "Close", "Street", "Avenue", "Crescent", "Gardens", "Terrace", "Way", "Drive"])
        base = f"{n} {nm} {suf}"
        return r.choice([base, base, f"Flat {r.randint(1, 12)}, {base}", f"{n}{r.choice('ab')} {nm} {suf}"])
    if cc == "DE":
        suf = r.choice(["straße", "str.", "weg", "allee", "gasse", "platz"])
        return f"{nm}{suf} {n}{r.choice(['', '', 'a', 'b'])}"
    if cc == "CH":
        return r.choice([f"{nm}strasse {n}", f"{nm}weg {n}", f"Rue de la Gare {n}", f"Via Cantonale {n}"])
    if cc == "FR":
        kind = r.choice(["rue", "avenue", "boulevard", "allée", "impasse"])
        return f"{n}{r.choice(['', '', ' bis'])} {kind} {nm}"
    if cc == "ES":
        kind = r.choice(["Calle", "C/", "Avenida", "Avda.", "Paseo"])
        return r.choice([f"{kind} {nm} {n}, {r.randint(1, 9)}º {r.choice('ABCD')}", f"{kind} {nm}, {n}"])
    if cc == "IT":
        kind = r.choice(["Via", "Viale", "Corso", "Piazza"])
        return r.choice([f"{kind} {nm} {n}", f"{kind} {nm}, {n}"])
    if cc == "NL":
        return f"{nm}{r.choice(['straat', 'weg', 'laan', 'gracht', 'plein'])} {n}{r.choice(['', '', '-2', 'A'])}"
    if cc == "PL":
        return r.choice([f"ul. {nm} {n}/{r.randint(1, 80)}", f"ul. {nm} {n} m. {r.randint(1, 80)}", f"ul. {nm} {n}"])
    if cc == "PT":
        kind = r.choice(["Rua", "Av.", "Avenida", "Travessa"])
        return r.choice([f"{kind} {nm}, {n}", f"{kind} {nm}, {n}, apto {r.randint(11, 904)}"])
    if cc == "MX":
        kind = r.choice(["Calle", "Av.", "Avenida", "Blvd."])
        return r.choice([f"{kind} {nm} #{n}", f"{kind} {nm} {n}, int. {r.randint(1, 20)}", f"{kind} {nm} {n}"])
    if cc == "IN":
        return r.choice(
            [
                f"Flat {r.randint(1, 9)}0{r.randint(1, 9)}, {n} {nm} Road",
                f"{n}/{r.randint(1, 40)}, {nm} Marg",
                f"No. {n}, {nm} Street",
                f"H.No. {n}-{r.randint(1, 9)}-{r.randint(10, 99)}, {nm} Road",
            ]
        )
    if cc == "KR":
        return r.choice(
            [
                f"{nm}로 {n}",
                f"{nm}길 {n}-{r.randint(1, 20)}",
                f"{nm}로 {n}, {r.randint(101, 120)}동 {r.randint(101, 1505)}호",
            ]
        )
    if cc == "SE":
        return f"{nm}gatan {n}"
    if cc == "NO":
        return f"{nm}{'' if nm.endswith('gate') else 'gata'} {n}".replace("gategata", "gate")
    if cc == "DK":
        return f"{nm}{r.choice(['vej', 'gade'])} {n}"
    if cc == "FI":
        return f"{nm}{'' if nm.endswith('in') else ''}{'tie' if nm.endswith('in') else 'katu'} {n}"
    if cc == "CN":
        return f"{nm}路{n}号"
    if cc == "JP":
        return f"{nm}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}"
    if cc == "RU":
        return f"вул. {nm}, {n}{r.choice(['', f', кв. {r.randint(1, 120)}'])}"
    if cc == "GR":
        return f"{nm} {n}"
    if cc == "IL":
        return f"רחוב {nm} {n}"
    if cc == "ARAB":
        return f"شارع {nm} {n}"
    if cc == "TH":
        return f"{n}/{r.randint(1, 99)} ถนน{nm}"
    if cc == "TR":
        return f"{nm} Cad. No: {n}"
    if cc == "ZA":
        return f"{n} {nm} Street"
    return f"{n} {nm} Street"


def _phone_region(cc: str) -> str:
    return {"UK": "GB"}.get(cc, cc)


def s_town(d, arg):
    cc = arg or d.country
    if arg == "native":
        return [(d.rng.choice(towns_for(d.rng, d.country, True)), "LOCATION")]
    return [(make_town(d.rng, cc), "LOCATION")]


def s_street(d, arg):
    return [(make_street(d.rng, arg or d.country), "STREET_ADDRESS")]


def s_phone(d, arg):
    region, _, style = (arg or "").partition("/")
    return [(V.phone(d.rng, _phone_region(region or d.country), style or None), "PHONE_NUMBER")]


def _random_local(d, culture=None):
    p = Person(d.rng, culture or weighted(d.rng, d.mix))
    return V.email_local(d.rng, p.given_r, p.surname_r, p.dob.year), p


def s_email(d, arg):
    local, p = _random_local(d)
    dom = d.rng.choice(S.CULTURE_DOMAINS.get(p.culture, S.EMAIL_DOMAINS) + S.EMAIL_DOMAINS[:4])
    style = arg or None
    if style == "obf":
        style = d.rng.choice(["at_dot", "AT_DOT", "brackets", "paren", "pct", "html", "spaced", "braces", "dotword"])
    return [(V.email(d.rng, local, dom, style), "EMAIL_ADDRESS")]


def s_user(d, arg):
    p = Person(d.rng, weighted(d.rng, d.mix), "c")
    if d.rng.random() < 0.5:
        return [(V.username(d.rng, S.USER_WORDS), "USERNAME")]
    return [(V.username(d.rng, S.USER_WORDS, p.given_r, p.surname_r), "USERNAME")]


def s_pw(d, arg):
    return [(V.password(d.rng, S.PASSWORD_WORDS), "CREDENTIAL")]


def s_pin(d, arg):
    return [(V.pin(d.rng), "CREDENTIAL")]


def s_token(d, arg):
    kind, tok = V.token(d.rng, arg or None)
    return [(tok, "CREDENTIAL")]


def s_tokenl(d, arg):
    kind, tok = V.token(d.rng, arg or None)
    return [(kind + " ", None), (tok, "CREDENTIAL")]


def s_ssn(d, arg):
    return [(V.us_ssn_(d.rng), "US_SSN")]


def s_dl(d, arg):
    st, num = V.us_dl(d.rng)
    if arg == "bare":
        return [(num, "US_DRIVER_LICENSE")]
    form = d.rng.randrange(4)
    if form == 0:
        return [(f"{st} ", None), (num, "US_DRIVER_LICENSE")]
    if form == 1:
        return [(num, "US_DRIVER_LICENSE"), (f" ({st})", None)]
    if form == 2:
        return [(f"{st} DL# ", None), (num, "US_DRIVER_LICENSE")]
    return [(num, "US_DRIVER_LICENSE")]


def s_dlr(d, arg):
    """Per-row driver's licence for CSVs: arg 'st3' -> state of row 3, 'num3' -> number of row 3."""
    which, row = re.match(r"([a-z]+)(\d+)", arg).groups()
    key = ("dlr", row)
    if key not in d.cache:
        d.cache[key] = V.us_dl(d.rng)
    st, num = d.cache[key]
    return [(st, None)] if which == "st" else [(num, "US_DRIVER_LICENSE")]


MIXID_KINDS = [
    "US_SSN",
    "US_SSN",
    "GB_NINO",
    "CA_SIN",
    "GB_PASSPORT",
    "IN_PASSPORT",
    "MX_CURP",
    "DE_PASSPORT",
    "US_DL",
    "IE_PPS",
    "AU_TFN",
    "IN_AADHAAR",
    "BR_CPF",
    "ES_NIE",
]
MIXID_TYPES = {
    "US_SSN": "SSN",
    "US_DL": "Driver License",
    "GB_NINO": "NINO",
    "CA_SIN": "SIN",
    "GB_PASSPORT": "Passport (GBR)",
    "IN_PASSPORT": "Passport (IND)",
    "MX_CURP": "CURP",
    "DE_PASSPORT": "Passport (DEU)",
    "IE_PPS": "PPSN",
    "AU_TFN": "TFN",
    "IN_AADHAAR": "Aadhaar",
    "BR_CPF": "CPF",
    "ES_NIE": "NIE",
}


def s_mixid(d, arg):
    which, row = re.match(r"([a-z]+)(\d+)", arg).groups()
    key = ("mixid", row)
    if key not in d.cache:
        kind = d.rng.choice(MIXID_KINDS)
        if kind == "US_SSN":
            val, label = V.us_ssn_(d.rng), "US_SSN"
        elif kind == "US_DL":
            val, label = V.us_dl(d.rng)[1], "US_DRIVER_LICENSE"
        else:
            val, label = NIDS[kind](d.rng), "NATIONAL_ID"
        d.cache[key] = (MIXID_TYPES[kind], val, label)
    typ, val, label = d.cache[key]
    return [(typ, None)] if which == "type" else [(val, label)]


def s_card(d, arg):
    brand, num = V.card(d.rng)
    if arg == "brand":
        return [(f"{brand} ", None), (num, "CREDIT_CARD")]
    return [(num, "CREDIT_CARD")]


def s_iban(d, arg):
    return [(V.iban(d.rng, arg or None), "IBAN_CODE")]


def s_acct(d, arg):
    return [(V.us_account(d.rng), "US_BANK_NUMBER")]


def s_aba(d, arg):
    return [(V.aba(d.rng), "ABA_ROUTING_NUMBER")]


def s_ip(d, arg):
    return [(V.ipv4(d.rng), "IP_ADDRESS")]


def s_ip6(d, arg):
    return [(V.ipv6(d.rng), "IP_ADDRESS")]


def s_plate(d, arg):
    return [(V.plate(d.rng, arg or d.country), "VEHICLE_PLATE")]


def s_dob(d, arg):
    age = d.rng.randint(19, 70) if arg == "adult" else d.rng.randint(4, 17)
    return [(V.format_date(d.rng, V.birth_date(d.rng, age), d.lang, d.us), "DATE_OF_BIRTH")]


def s_url(d, arg):
    p = Person(d.rng, weighted(d.rng, d.mix))
    u = V.username(d.rng, S.USER_WORDS, p.given_r, p.surname_r)
    return [(V.profile_url(d.rng, u, p.given_r, p.surname_r), "URL")]


def s_nid(d, arg):
    kind = arg or d.rng.choice(COUNTRY_IDS.get(d.country, ["PASSPORT"]))
    return [(NIDS[kind](d.rng), "NATIONAL_ID")]


def s_nidl(d, arg):
    kind = arg or d.rng.choice(COUNTRY_IDS.get(d.country, ["PASSPORT"]))
    return [(d.rng.choice(NID_NAMES[kind]) + " ", None), (NIDS[kind](d.rng), "NATIONAL_ID")]


def s_uid(d, arg):
    """The country's everyday number: SSN in the US, NI number in the UK, ..."""
    if d.country == "US":
        return [(V.us_ssn_(d.rng), "US_SSN")]
    return s_nid(d, {"GB": "GB_NINO", "IE": "IE_PPS", "CA": "CA_SIN", "AU": "AU_TFN"}.get(d.country, "GB_NINO"))


# ---- unlabelled context
def lit(values):
    return lambda d, arg: [(d.rng.choice(values), None)]


def s_date(d, arg):
    y = d.rng.choice([2023, 2024, 2024])
    dt_ = V.birth_date(d.rng, 0).replace(year=y)
    if d.lang in ("en",) or d.rng.random() < 0.5:
        forms = [
            f"{dt_.month:02d}/{dt_.day:02d}/{y}" if d.us else f"{dt_.day:02d}/{dt_.month:02d}/{y}",
            f"{y}-{dt_.month:02d}-{dt_.day:02d}",
            f"{dt_.day} {V.MONTHS['en'][dt_.month - 1][:3]} {y}",
            f"{dt_.month}/{dt_.day}" if d.us else f"{dt_.day}/{dt_.month}",
        ]
        return [(d.rng.choice(forms), None)]
    return [(V.format_date(d.rng, dt_, d.lang, d.us), None)]


def s_time(d, arg):
    h, m = d.rng.randint(0, 23), d.rng.choice([0, 5, 12, 15, 20, 30, 41, 45, 50, 58])
    return [(d.rng.choice([f"{h:02d}:{m:02d}", f"{(h % 12) or 12}:{m:02d}{'am' if h < 12 else 'pm'}"]), None)]


def s_e(d, arg):
    return (
        [(" " + "".join(d.rng.choice(S.EMOJI) for _ in range(d.rng.randint(1, 2))), None)]
        if d.rng.random() < 0.5
        else []
    )


def s_n(d, arg):
    lo, hi = (int(x) for x in arg.split("-"))
    return [(str(d.rng.randint(lo, hi)), None)]


def s_case(d, arg):
    r = d.rng
    return [
        (
            r.choice(
                [
                    f"CN-{r.randint(2019, 2024)}-{r.randint(100, 99999):05d}",
                    f"#{r.randint(10000, 999999)}",
                    f"CASE/{r.randint(100, 9999)}/{r.choice('ABCDEFK')}",
                    f"{r.randint(2020, 2024)}/{r.randint(1, 9999):04d}",
                ]
            ),
            None,
        )
    ]


def s_region(d, arg):
    vals = S.REGIONS.get(d.country)
    return [(d.rng.choice(vals), None)] if vals else [(d.rng.choice(S.REGIONS["GB"]), None)]


def s_zip(d, arg):
    return [(d.rng.choice(S.US_ZIPS if d.country == "US" else S.UK_POSTCODES), None)]


def s_role(values):
    return lambda d, arg: [(d.cache.setdefault(("role", tuple(values)), d.rng.choice(values)), None)]


def s_agency(d, arg):
    if arg == "intl":
        return [(d.rng.choice(["the Jugendamt", "Tusla", "Barnevernet", "Veilig Thuis", "MOPS", "ICBF"]), None)]
    return [(d.rng.choice(S.AGENCIES), None)]


def s_loc(d, arg):
    """A named town written into the template: {loc:Kharkiv/Lviv}."""
    return [(d.rng.choice(arg.split("/")), "LOCATION")]


SLOTS = {
    "loc": s_loc,
    "town": s_town,
    "street": s_street,
    "phone": s_phone,
    "email": s_email,
    "user": s_user,
    "pw": s_pw,
    "pin": s_pin,
    "token": s_token,
    "tokenl": s_tokenl,
    "ssn": s_ssn,
    "dl": s_dl,
    "dlr": s_dlr,
    "mixid": s_mixid,
    "card": s_card,
    "iban": s_iban,
    "acct": s_acct,
    "aba": s_aba,
    "ip": s_ip,
    "ip6": s_ip6,
    "plate": s_plate,
    "dob": s_dob,
    "url": s_url,
    "nid": s_nid,
    "nidl": s_nidl,
    "uid": s_uid,
    "date": s_date,
    "time": s_time,
    "e": s_e,
    "n": s_n,
    "case": s_case,
    "region": s_region,
    "zip": s_zip,
    "agency": s_agency,
    "firm": lit(S.FIRMS),
    "school": lit(S.SCHOOLS),
    "platform": lit(S.PLATFORMS),
    "weekday": lit(S.WEEKDAYS),
    "bank": lit(S.BANKS_US),
    "bic": lit(S.BICS),
    "imei": lambda d, a: [(V.imei(d.rng), None)],
    "mac": lambda d, a: [(V.mac(d.rng), None)],
    "CO": s_role(["Counsellor", "Counselor", "Advisor", "Call handler", "COUNSELLOR", "Agent"]),
    "CA": s_role(["Caller", "Caller", "CALLER"]),
}


def person_field(d: Doc, p: Person, fld: str, arg: str | None):
    r = d.rng
    L = "PERSON"
    g = "f" if p.female else "m"
    lits = {
        "he": {"f": "she", "m": "he"},
        "He": {"f": "She", "m": "He"},
        "his": {"f": "her", "m": "his"},
        "His": {"f": "Her", "m": "His"},
        "him": {"f": "her", "m": "him"},
        "rel": {"f": "daughter", "m": "son"},
        "sib": {"f": "sister", "m": "brother"},
        "nn": {"f": "niece", "m": "nephew"},
        "parent": {"f": "mother", "m": "father"},
        "mum": {"f": "mum", "m": "dad"},
        "gkid": {"f": "granddaughter", "m": "grandson"},
        "relation": {"f": "Mother", "m": "Father"},
        "carer": {"f": "Aunt", "m": "Uncle"},
    }
    if fld in lits:
        return [(lits[fld][g], None)]
    if fld == "first":
        return [(p.given, L)]
    if fld == "last":
        return [(p.surname, L)]
    if fld == "full":
        return [(p.full(), L)]
    if fld == "rfull":
        return [(p.rfull(), L)]
    if fld == "name":
        return [(r.choice([p.given, p.full()]), L)]
    if fld == "lastfirst":
        if p.culture in NONLATIN:
            return [(p.full(), L)]
        return [(f"{p.surname}, {p.given}", L)]
    if fld == "initial":
        return [(f"{p.given[0]}. {p.surname}", L)]
    if fld == "spelled":
        letters = re.sub(r"[^A-Za-z]", "", V.fold(p.surname_r)).upper()
        return [(r.choice(["-", " ", ", "]).join(letters), L)]
    if fld == "mr":
        title = r.choice(["Mrs", "Ms", "Ms.", "Dr"]) if p.female else r.choice(["Mr", "Mr.", "Dr"])
        return [(title + " ", None), (p.surname, L)]
    if fld == "age":
        return [(str(p.age), "MINOR_AGE" if p.child else "AGE")]
    if fld == "dob":
        return [(V.format_date(r, p.dob, d.lang, d.us), "DATE_OF_BIRTH")]
    if fld in ("user", "user2"):
        if fld not in p.cache:
            p.cache[fld] = V.username(r, S.USER_WORDS, p.given_r, p.surname_r.split()[0])
        return [(p.cache[fld], "USERNAME")]
    if fld == "email":
        if "email" not in p.cache:
            local = V.email_local(r, V.fold(p.given_r), V.fold(p.surname_r), p.dob.year)
            dom = r.choice(S.CULTURE_DOMAINS.get(p.culture, []) + S.EMAIL_DOMAINS[:6])
            p.cache["email"] = (local, dom)
        style = arg or None
        if style == "obf":
            style = r.choice(["at_dot", "AT_DOT", "brackets", "paren", "pct", "html", "spaced", "braces", "dotword"])
        return [(V.email(r, *p.cache["email"], style), "EMAIL_ADDRESS")]
    if fld == "url":
        if "url" not in p.cache:
            u = p.cache.get("user") or V.username(r, S.USER_WORDS, p.given_r, p.surname_r.split()[0])
            p.cache["url"] = V.profile_url(r, u, p.given_r, p.surname_r.split()[0])
        return [(p.cache["url"], "URL")]
    if fld in ("nid", "nidl"):
        kind = arg or p.cache.get("nidkind") or r.choice(COUNTRY_IDS.get(p.country, ["PASSPORT"]))
        p.cache["nidkind"] = kind
        ck = ("nid", kind)
        if ck not in p.cache:
            p.cache[ck] = NIDS[kind](r, p.dob, p.female, p.names())
        out = [(p.cache[ck], "NATIONAL_ID")]
        if fld == "nidl":
            out.insert(0, (r.choice(NID_NAMES[kind]) + " ", None))
        return out
    if fld == "country":
        return [(COUNTRY_NAMES.get(p.country, p.country), None)]
    if fld == "hometown":
        return [(r.choice(towns_for(r, p.country)), "LOCATION")]
    if fld == "phone":
        if "phone" not in p.cache:
            region = p.country if p.country not in ("IR", "VN", "PH") else "US"
            p.cache["phone"] = V.phone(r, region)
        return [(p.cache["phone"], "PHONE_NUMBER")]
    raise ValueError(f"unknown person field {fld!r}")


# --------------------------------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------------------------------
SMS = [
    "{~hi|hey|hii|heyy} {~im|i'm|its|it's} {c1.first} {~im|and im|i'm} {c1.age}{~| yo| y/o| years old} {~from|in|and i live in|and i'm from} {town}{e}",
    "{~heyy|hey|hiya} can u help me{e}\nmy {~step dad|stepdad|mums bf|moms boyfriend|uncle} {am1.first} {~hits me|keeps yelling at me|locked me out again|takes my phone}\nwe live at {street}{~ in | , |, }{town}\nim {c1.age}",
    "my {~insta|snap|tiktok|discord|roblox} is {~@|}{c1.user} {~add me|dm me|msg me there}{e}{?\n{~pw is|password} {pw} {~if u need to get in|lol dont tell}}",
    "FWD from {phone}: {~pls help|help|urgent}. my {~friend|cousin|classmate} {c1.full} ({c1.age}) {~ran away|is missing|hasnt been home|didnt come home} since {weekday}. last seen in {town}{?, {region}}",
    "{user#1}: {~u there|hey|hey cutie|wyd}\n{user#2}: ya\n{user#1}: how old r u\n{user#2}: {c1.age} u?\n{user#1}: {a1.age} lol {~dont tell ur mum|keep it secret|its ok}\n{user#1}: whats ur address ill {~pick u up|send u something}\n{user#2}: {street} {town}",
    "{c1.first} {~here|again}{e} {~my login|the acct|my account} is {c1.user} {~pass|password|pw} {pw}\nhe {~said|says} hell post {~my|the} pics if i dont {~send more|do it}",
    "{~mom|mum|mam} its {c1.first} {~my phone died|new number|lost my phone} {~text me on|use|save} {phone}{e}",
    "this is {af1.full} {c1.first}s {~aunt|gran|coach|neighbour|godmother} {c1.he}s {c1.age} and staying {~w|with} me in {town}{?. call {phone} {~anytime|after 5|pls}}",
    "{user#1} {~made me|told me to} {~give him|send} my {~mums|moms|dads} card {card} {~exp|expiry} {n:1-12}/{n:25-30}{e} {~im scared|what do i do|pls dont tell}",
    "{c1.first} {c1.age} {town}\n{c2.first} {c2.age}\n{~both|we r|we are} {~at|in} {~foster|a group home|my nans}{? on {street}}",
    "{~yo|oi|hey} {c1.first} its {c2.first} from {school} {~add me|my new acc|new acct} {~@|}{c2.user}{e}",
    "im {c1.full} {~DOB|dob|born} {c1.dob} {~i need help|pls call|can someone call me}\n{phone}",
    "{~email me|my email|mail me} {~at |}{c1.email} {~pls|plz|asap} {~i cant talk|mom listens to calls|dont call}{e}",
    "he {~knew|posted} my ip {ip} and said he knows i live in {town}{e}\n{~what do i do|is that real|can he find me}",
    "{user#1}: {~u single|send pic|add me back}\n{user#2}: no im {c1.age}\n{user#1}: age is just a number\n{user#1}: {~add|text|msg} me {~on snap|on kik|there} {user#3}",
    "Report from {a1.full} ({a1.age}): {~neighbour's|neighbors} kids {c1.first} ({c1.age}) and {c2.first} ({c2.age}) left alone at {street}, {town}. cb {phone}",
    "{~hi|hello} my name is {a1.first} im {a1.age} and my {c1.rel} {c1.first} is {c1.age}. {c1.his} {~dad|father} {am2.full} ({am2.age}) {~took|has taken} {c1.him} to {town} {~without asking|and wont answer}{?\n{~his number|his cell|his mobile} {phone}}",
    "{~pls|please|can u} {~log into|check|delete} my {platform} {c1.user} / {pw} {~and delete the chats|and block him|before my dad sees}",
    "i {~found|saw} my {~dads|stepdads} {~ssn|social} {ssn} {~on the fridge|in the drawer|on a letter} {am1.first} ({am1.age}) {~wants me to|is making me} open {~an acct|a bank account} in my name{e}",
    "{~my bf {am1.first} is {am1.age}|my boyfriend {am1.first} is {am1.age}|my gf {af1.first} is {af1.age}} and im {c1.age}{~ is that ok|. is that bad| and my mum doesnt know}{e}",
    "{c1.first}: where r u\n{c2.first}: at {c3.first}s {~house|place|flat}{?, {street}}\n{c1.first}: which town\n{c2.first}: {town} lol\n{c1.first}: {~ok omw|kk|wait there}",
    "the {~guy|man|creep} in the {~silver|black|white|red} {~van|car|truck} {~plate|reg|number plate|license plate} {plate} {~keeps following|followed} me home from {school}{e}",
    "{~helpline|hotline|the website} said text {~this number|here}. im {c1.first} {~from|in} {town}{?, {region}} {c1.age} {~yrs|years|yo}",
    "{a1.first} {~said|says} if i tell anyone {a1.he}ll hurt my {c2.sib} {c2.first}{? ({c2.age})}{e}\n{~we live|im} {~at|on} {street}",
    "new number who dis\nits {c1.full} from {~maths|science|art|PE} class{e}\nmy {~email|mail|gmail} {c1.email}",
    "{user#1} keeps messaging me{e}\n{~his|their} profile {url}\n{~he|they} {~says|said} {~hes|he's|they're} {a1.age} but {~looks older|idk}",
    "{~dm|text|msg} from {a1.first}: '{~meet me|come} at {street} at {n:3-9}pm dont bring {~ur phone|anyone}'\nim scared{e} im {~only |}{c1.age}",
    "he wants me to send {~money|£50|$40} to {iban}{e} {~what is that|is that a bank|idk how}\n{~- |}{c1.first}",
    "{~pls|please} call my {~nan|gran|grandma} {gf1.full} {phone} {~shes|she lives} in {town} {~shes|she is} {gf1.age}{e}",
    "{~my|the} {platform} {~got hacked|was hacked} {~they|he} changed the pw to {pw} and {~the|my} email to {email}{e} {~username|user} {c1.user}",
    "{c1.first} ({c1.age}) {~and|&} {c2.first} ({c2.age}) {~r|are} {~at|staying at} {a1.full}s {~house|place} {street} {town}{?, {zip}}{e}",
    "{~code|pin|passcode} for {~my|the} {~phone|ipad|tablet} is {pin} {~if u need it|dad changed it|lol}{e} - {c1.first}",
    "{~found|this is} {~his|the guy's} {~profile|acct} {am1.url} {~he says hes|hes} {am1.age}{e}\n{~his|the} {~snap|user} is {am1.user}",
    "{c1.first} here ({c1.age}) my {c2.sib}s {platform} is {c2.user} and mine is {c1.user}{e} {~pls help|someone is pretending to be us}",
    "{user#1} {~asked for|wanted} my {~mums|moms} bank {~details|info} so i gave him {~acct|account} {acct} {~routing|and routing} {aba}{e} {~was that bad|im scared now}",
    "{~mum|mom|mam} can i use ur card {card} for {~robux|vbucks|fifa points|the game} pls{e} its {~only|just} {~£10|$10|5 quid}",
    "[group chat]\n{user#1}: who added {user#2}\n{user#3}: me its {c1.first} from {school}\n{user#2}: hi {~im|i'm} {c1.age}{e}\n{user#1}: {~dont trust|block} {user#4} {~hes|he's} like {a1.age}",
    "{user#1}: {~whats ur snap|add my snap|u got discord}\n{user#2}: {c1.user}\n{user#1}: {~bet|kk|added} {~my|its} {user#3}\n{user#2}: how old r u\n{user#1}: {a1.age}",
]

TRANSCRIPT = [
    "{CO}: {~Childline|Helpline|You're through to the helpline}, {~what's your first name?|who am I speaking to?|can I take your first name?}\n{CA}: Um, it's {c1.first}.\n{CO}: Thanks, {c1.first}. And how old are you?\n{CA}: {c1.age}. {~I'm in Year {n:7-11}.|I live in {town}.|Is this confidential?}\n{CO}: {~Okay. Take your time.|That's okay, you're not in trouble.}",
    "{CO}: Hello, you're through to the {~helpline|advice line}.\n{CA}: Hi, yeah, I'm ringing about the {~kids|children} next door. There's two of them, {c1.first}, {c1.he}'s... {~I think|maybe} {c1.age}, and the {~little one|baby}, {c2.first}.\n{CO}: Can I take the address?\n{CA}: {~It's|Yeah,} {street}, {town}.\n{CO}: And your name?\n{CA}: {a1.full}. {~I'd rather you didn't tell them it was me.|You can call me back on {phone}.}",
    "[Voicemail, {date} {time}]\n{~Hi|Hello}, this is {a1.full} calling from {town}, {~about|regarding} my {c1.rel} {c1.first}. {c1.He}'s {c1.age}. {~Could|Can} you call me back on {phone#p}? {~Again, that's|That's} {phone#p}. {~Thanks|Thank you}, bye.",
    "{CO}: Can I take your surname?\n{CA}: {a1.last}.\n{CO}: Could you spell that for me?\n{CA}: {a1.spelled}. {~First name|And it's} {a1.first}.\n{CO}: Thank you. And {~a|the best} number to reach you?\n{CA}: {phone}",
    "{CO}: For {~security|verification}, can I take your {~social security number|social}?\n{CA}: Sure, it's {ssn}.\n{CO}: And date of birth?\n{CA}: {a1.dob}.\n{CO}: Thanks, {a1.mr}. {~I can see the account now.|I've found your file.}",
    "{CA}: My {c1.rel}, {c1.full}, {c1.he}'s {c1.age}, {~born|date of birth is} {c1.dob}... {~sorry, I'm a bit flustered|sorry}.\n{CO}: That's fine. Where is {c1.first} {~living|staying} now?\n{CA}: With {c1.his} {~dad|father} in {town}.",
    "{CO}: What's the best email for you?\n{CA}: It's {a1.email:dotword}{~, all lower case|, yeah}.\n{CO}: {~Let me read that back|So that's} {a1.email:plain}?\n{CA}: Yes.",
    "{CA}: {~He|This guy} {~goes by|calls himself|is called} {user} on {platform}, and he {~messages|keeps messaging} my {c1.rel} {c1.first} every night.\n{CO}: How old is {c1.first}?\n{CA}: {c1.age}. {~He's|And he's} {~like|supposedly} {a1.age}.",
    "{CA}: He made me {~give him|tell him} my password{~, it was| and it's} {pw}, and {~now|then} he {~logged in|got into my account} as me.\n{CO}: {~Which account|What's the username}?\n{CA}: {c1.user}, on {platform}.",
    "{CA}: {~The car|It was a car}, {~a grey|a dark|a blue} {~Ford|Vauxhall|Toyota|Honda}, the {~plate|reg} was {plate}, I think.\n{CO}: {~Did you see the driver?|Okay, I've noted that.}\n{CA}: {~A man, maybe|Older guy, about} {a1.age}.",
    "{CO}: {~So how many|How many} children are in the house?\n{CA}: Three. {c1.first} is {c1.age}, {c2.first}'s {c2.age}, and {c3.first}, {c3.he}'s only {c3.age}.\n{CO}: And mum's name?\n{CA}: {af1.full}. {~She's|She must be} {af1.age}, {~I think|not sure}.",
    "{CO}: I'm going to {~transfer you|pass this} to {agency} {~now|straight away}. Can you confirm the address is {street}, {town}?\n{CA}: Yes{~, that's right|, flat at the back}.",
    "{CA}: I'm {a1.age}, my partner {a2.first} is {a2.age}, and {a2.he} {~keeps|won't stop} {~shouting at|threatening} the {~kids|baby}.\n{CO}: {~Are you safe right now|Is anyone hurt}?\n{CA}: {~I'm at my mum's|I'm outside} in {town}.",
    "{CA}: {~I'm|I am} {g1.age}, {~I'm {g1.first}, |}I look after my grandkids, {c1.first} and {c2.first}. {~Their|The} mum's {~not around|in hospital}.\n{CO}: How old are they?\n{CA}: {c1.age} and {c2.age}.",
    "{CA}: We're in {town#t}, well, just outside, near {town}. {~On|It's} {street}.\n{CO}: So {town#t}.\n{CA}: Yeah. {~My name's|I'm} {a1.first}.",
    "Interpreter: The mother, {af1@es.full}, {af1.age}, says {c1.first} is {c1.age} and {~has not|hasn't} been to school since {date}.\n{CO}: {~Ask her|Can you ask} {~for a phone number|how we can contact her}.\nInterpreter: {~She says|It's} {phone:MX}.",
    "Call ID {case} | {date} {time} | {~Line|Ext} {n:1-9}\n{CA}: {~Hi|Hello}, {~my name's|it's} {a1.first}, I'm a {~teacher|TA|lunch supervisor} at {school}.\n{CA}: {~One of our pupils|A pupil}, {c1.full}, {c1.age}, {~told me|disclosed} {~something|that {c1.his} stepdad hurts {c1.him}}.",
    "[Voicemail {time}] Hi, {~it's|this is} {a1.mr} from {school}, {~returning your call|calling} about {c1.full}. {~My direct line is|Call me on} {phone}, {~or email|or you can email} {a1.email}. Thanks.",
    "{CO}: {~Is there|Can I take} a number {~for your mum|for a parent}?\n{CA}: {~Um|Er}, {phone}. {~That's my mum's, {af1.first}.|It's her work one.}\n{CO}: And {~her|an} email?\n{CA}: {af1.email}\n{CO}: {~And your username on the app?|What name do you use on the app?}\n{CA}: {c1.user}",
    "{CA}: He's got {~this|a} profile, {url}, and he's {~pretending|saying} he's a kid.\n{CO}: {~Do you know|What's} his {~real name|username}?\n{CA}: {~I think it's|He said} {am1.full}, {~he's|says he's} {am1.age}. {~Username|Handle}'s {am1.user}.",
    "{CA}: {~He|My ex} took my card, the number's {card}, and he's been {~using it|spending on it}.\n{CO}: Have you {~told|called} your bank?\n{CA}: Not yet. {~I'm|My name's} {a1.full}.",
    "{CA}: I {~gave|set up} a {~monthly|regular} donation and {~want|would like} it refunded. My IBAN is {iban}.\n{CO}: {~And the name on the account|Name on the account}?\n{CA}: {a1.full}.",
    "{CO}: {~Can I get|And} your driver's license number?\n{CA}: {~Yeah, hold on|One sec}... {dl}.\n{CO}: {~Thanks|Thank you}, {a1.first}. {~And your zip?|And the address?}\n{CA}: {street}, {town}.",
    "{CA}: I'm from {a1@x.country}, my {~ID|papers} {~says|say} {a1.nid}.\n{CO}: {~That's fine|Okay}. What's your name?\n{CA}: {a1.full}. {~I live in|I'm staying in} {town} {~now|with my cousin}.",
    "{CA}: I checked the {~router|wifi} log, {~his|the} {~tablet|laptop|phone} was {~on|using} {ip}{?, and another one, {ip6}}.\n{CO}: {~Okay|Right}. And your {c1.rel}'s name?\n{CA}: {c1.first}. {c1.He}'s {c1.age}.",
    "[Voicemail] hi um {~its|it's} {c1.first} again. {~i'm|im} at {street}. {~bye|please call}.",
    "Summary: {~caller|C} {c1.first} ({c1.age}) from {town}; {~mother|mum} {af1.first}, {af1.age}; {~reports|disclosed} {~physical abuse|neglect|online grooming} by {a2.first}. {~Callback|CB} {phone}.",
    "{CO}: {~So just to confirm|Just to read that back}, you're at {street}, {town}, and your {~mobile|cell|number} is {phone}?\n{CA}: {~Yes|Yep}. {~Oh wait, no|Sorry}, {~it's|the number's} {phone}.\n{CO}: Got it.",
    "{CA}: My name is, sorry, I'm nervous, {a1.full}, and I'm calling about my {c1.nn}, {c1.first}, {c1.he}'s {c1.age}.\n{CO}: Where {~does|is} {c1.first} {~live|staying}?\n{CA}: {town}{?, on {street}}.",
    "{CO}: {~Which account should the refund go to?|Can I take the account details?}\n{CA}: {~Checking|It's checking}, account {acct}, routing {aba}.\n{CO}: And the name on the account?\n{CA}: {a1.full}. {~Do you need my social?|My social is {ssn}.}",
    "{CA}: {~I'd like to|Can I} {~donate|give} by card{~, please|}. {~It's a|} {card:brand}.\n{CO}: {~And the name on the card|Cardholder name}?\n{CA}: {a1.full}{~, {a1.first}'s my first name|}. {~I'm {a1.age}, if that matters.|}",
    "{CO}: And what do they call you {~on there|in the game}?\n{CA}: {c1.user}. {~And he's|He's} {user}.\n{CO}: {~Has he asked to meet?|Has he asked for photos?}\n{CA}: {~Yeah, in|He said he lives in} {town}.",
]

CASENOTE = [
    "{date} — {~Home visit|HV|Unannounced visit} to {street}, {town}. {~Present|Seen}: {c1.full} ({c1.age}), {c2.first} ({c2.age}) and {~mother|mum} {af1.full} ({af1.age}).\n{~Mother|Mum} reports {a2.full} {~has not been|hasn't been} at the address since {weekday}.\n{~Plan|Next steps}: {~refer to|liaise with} {agency}.",
    "Case {case}. Child: {c1.full}, DOB {c1.dob}, age {c1.age}. School: {school}.\nFather {am1.full}, {am1.age}, {~has a prior conviction for|was convicted of} {~DUI|assault|theft|possession} ({n:2008-2022}).\nVehicle: {~silver|black|blue} {~Ford Focus|Honda Civic|Toyota Corolla|Nissan Altima}, plate {plate}; {~father's|his} {~licence|DL} {dl}.",
    "{date}: {~Telephone call|Call} from {agency} re {c1.full} ({c1.age}). {~Worker|Duty SW} {a1.full} {~advised|confirmed} that {c1.first} is staying with {~maternal|paternal} {~grandmother|aunt} {gf2.full} ({gf2.age}) at {street}, {town}. {~Contact|Tel} {phone}.",
    "Device seized: {~iPhone 12|Samsung Galaxy A52|iPad Air|Pixel 6}, IMEI {imei}. {~Owner|User} {c1.full} ({c1.age}). Accounts: {platform} {c1.user}, email {c1.email}.\n{~Passcode|PIN} provided by {~mother|child}: {pin}.",
    "Referral received {date}. {~Referrer|Source}: {a1.full}, {~teacher|school nurse|GP|neighbour}.\nConcern: {c1.first} ({c1.age}) {~disclosed|reported} that {a2.first} ({a2.age}) {~hits|locks in room|withholds food from} {c1.him}. Family address {street}, {town}{?, {zip}}.",
    "Family composition:\n- {a1.full}, {a1.parent}, {a1.age}, {~SSN|SS#} {ssn}\n- {a2.full}, {~partner|step-parent}, {a2.age}, DL {dl}\n- {c1.first}, {c1.age}\n- {c2.first}, {c2.age}\nAddress: {street}, {town}, {region}",
    "{date} {time} — {~Police|Officer} {a1.last} {~attended|called} re {~DV incident|disturbance} at {street}. {~Suspect|Alleged perpetrator}: {a2.full}, {a2.age}, {~known to police for|previous convictions for} {~burglary|ABH|harassment|drugs offences}. {~Children present|Children in the home}: {c1.first} ({c1.age}), {c2.first} ({c2.age}).",
    "Mother {af1@es.full} ({af1.age}) {~speaks limited English|requested a Spanish interpreter}. {~Her|Mother's} CURP {af1.nid:MX_CURP}; {c1.first} ({c1.age}) was born in {town:MX}.\n{~She|Mother} can be reached on {phone:MX} or {phone}.",
    "{~Financial abuse concern|Financial exploitation}: {g1.full} ({g1.age}) {~reports|states} that {g1.his} {a2.gkid} {a2.first} ({a2.age}) {~used|has been using} {g1.his} card {card} and {~took|withdrew} money from account {acct} (routing {aba}).",
    "{~Placement|Foster placement} update {date}: {c1.full} ({c1.age}) {~moved to|placed with} carers {a1.full} and {a2.full}, {street}, {town}. {~Contact|Carers} {phone} / {a1.email}.",
    "Online safety: {c1.first} ({c1.age}) {~was contacted by|has been talking to} {~user|account} {user} ({url}) on {platform}. {~Offender|Adult} {~claims to be|says he is} {a1.age}. IP {~logged|recorded} by {~platform|school filter}: {ip}.",
    "{~Transfer in|Case transfer} from {agency:intl}: family {~relocated|moved} from {town:PL} (Poland). Mother {af1@pl.full}, PESEL {af1.nid:PL_PESEL}; {c1@pl.first} ({c1.age}), PESEL {c1.nid:PL_PESEL}.\nNew address {street:GB}, {town:GB}.",
    "{date}: Met with {~dad|father} {am1.full} at {~the contact centre|the library|a café on {street}}. {am1.first} ({am1.age}) {~presented as|appeared} {~calm|agitated|under the influence}. {~He|Father} {~gave|provided} new number {phone}, {~Gmail|email} {am1.email} and {~his|} {platform} {~handle|name} {am1.user}.",
    "Chronology\n{date} — {c1.first} ({c1.age}) absent from {school}.\n{date} — {~Mum|Mother} {af1.first} ({af1.age}) {~not answering|unreachable} on {phone}.\n{date} — {~Welfare check|Police welfare check} at {street}, {town}.\n{date} — {c1.first} located at {~friend's|boyfriend's} address; {~boyfriend|friend} {a2.full}, {a2.age}.",
    "{~Immigration|Identity} documents {~seen|copied}: {a1@x.full} — {a1.nidl}; {c1@x.full} ({c1.age}) — {c1.nidl}. {~Family arrived from|Previously lived in} {a1.hometown} {~in|around} {n:2015-2023}.",
    "Health: {c1.full} ({c1.age}), NHS {c1.nid:GB_NHS}, GP {~Dr|Dr.} {a1.last} at {~Riverside|Elm Tree|Castle Street} {~Surgery|Medical Centre}, {town:GB}.",
    "{~Visit|HV} cancelled — {~mother|mum} texted from {phone} saying {~they|the family} {~are|were} {~at|staying at} {a2.full}'s in {town}. {~Car|Vehicle} {plate} {~seen|parked} outside {street} on {date}.",
    "{a1.full} ({a1.age}), {~Canadian|from Canada}, SIN {nid:CA_SIN}; {~partner|spouse} {a2@inl.full} ({a2.age}), {~Indian national|from India}, Aadhaar {nid:IN_AADHAAR}, PAN {a2.nid:IN_PAN}. {~Children|Kids}: {c1.first} ({c1.age}), {c2.first} ({c2.age}).",
    "{~Criminal history check|DBS/PNC check} on {a1.full} (DOB {a1.dob}): {~convictions for|cautions for} {~battery|shoplifting|criminal damage} ({n:2005-2020}), breach of {~non-molestation order|bail conditions}. Address on record: {street}, {town}.",
    "{~Supervised|Supervision} note: {c1.first}'s {~social media|accounts}: {platform}: {c1.user}; {platform}: {c1.user2}; {~email|e-mail}: {c1.email}. {~Password|PW} {~shared with|given to} {a1.first}: {pw}.",
    "{date} — {c1.full} ({c1.age}) {~disclosed|told {c1.his} teacher} that {~an adult|a man} called {am1.first} {~gave|bought} {c1.him} a phone. {~Number|The phone's number} {phone}. {am1.first} {~drives|was seen in} a {~white van|black Audi}, reg {plate}.",
    "Benefits/finance: {~Mother|Mum} {af1.full} ({af1.age}) receives {~SNAP|Universal Credit|child benefit}; ID no. {uid}; bank {acct}{?, routing {aba}}.",
    "IT note: {c1.first}'s school {~Chromebook|laptop} {~logged in|accessed} from {ip} and {ip6} on {date}; {~account|login} {c1.user}. {~Credential|Key} {~found in|in} {~browser history|notes app}: {tokenl}.",
    "{~Court|Hearing} {date}: {~Judge|HHJ} {~granted|adjourned} {~interim care order|ICO} for {c1.full} ({c1.age}) and {c2.full} ({c2.age}). {~Father|Respondent father} {am1.full} {~did not attend|attended with counsel}.",
    "{c1.first} ({c1.age}) {~ran away|went missing} {date}; found in {town} near {street}. {~Told|Said to} police {c1.he} {~met|was meeting} {user} from {platform}, {~aged|who is} {a1.age}.",
    "{~Emergency|Out of hours} {time}: {~call from|caller} {gf1.full} ({gf1.age}), {~grandmother|great-aunt}, {phone}. {c1.first} ({c1.age}) and {c2.first} ({c2.age}) {~left with her|dropped off} by {~mum|mother} {af2.first}, {~whereabouts unknown|believed in {town}}.",
    "{date} {~Strategy meeting|Strategy discussion}. Attendees: {a1.full} ({agency}), {a2.full} ({~police|health}), {a3.full} ({~school|education}). Subject: {c1.full}, DOB {c1.dob}, {street}, {town}.",
    "Note: {~mother's|mum's} {~new partner|boyfriend} {am1.full} ({am1.age}) {~is a registered sex offender|has convictions for violence} {~(2014)|— see MAPPA}. {~Lives|Staying} at {street}, {town}. {~Drives|Vehicle} {plate}. {~Phone|Mobile} {phone}.",
    "{~Translation|Translated} docs: {c1@ko.full} ({c1.age}세), 주민등록번호 {c1.nid:KR_RRN}; {~mother|어머니} {af1@ko.full}({af1.age}), {phone:KR}.",
    "Contact list for {c1.first}:\n{af1.full} — {~mum|mother} — {phone}\n{am2.full} — {~dad|father} — {phone}\n{gf3.full} — {~gran|grandmother} — {phone} — {street}, {town}",
    "Social media: {c1.full} ({c1.age}) profile {c1.url}; {~contact|adult} {am1.full} ({am1.age}) profile {am1.url}. {~Usernames|Handles}: {c1.user} / {am1.user}.",
    "Benefit checks: {af1.full} ({af1.age}) SSN {ssn}; {c1.first} ({c1.age}) SSN {ssn}; {c2.first} ({c2.age}) SSN {ssn}. Direct deposit acct {acct}, ABA {aba}.",
    "{date}: {~Father|Dad} {am1.full} ({am1.age}) {~arrested|charged} for {~theft|assault|drug supply}; {~released on bail|remanded}. {~Bail address|Address}: {street}, {town}. {~His|Father's} vehicle {plate} {~impounded|seized}.",
]

# International: (locale, template). Locale keys resolve to country, name mix and date language.
LOCALES = {
    "DE": ("DE", {"de": 80, "tr": 8, "pl": 6, "ru": 6}, "de"),
    "AT": ("AT", {"de": 85, "tr": 5, "pl": 5, "el": 5}, "de"),
    "CH": ("CH", {"de": 60, "fr": 20, "it": 15, "pt": 5}, "de"),
    "FR": ("FR", {"fr": 80, "arl": 12, "pt": 8}, "fr"),
    "IT": ("IT", {"it": 90, "arl": 5, "ru": 5}, "it"),
    "ES": ("ES", {"es": 85, "arl": 10, "ru": 5}, "es"),
    "PT": ("PT", {"pt": 100}, "pt"),
    "NL": ("NL", {"nl": 85, "tr": 10, "arl": 5}, "nl"),
    "BE": ("BE", {"nl": 60, "fr": 40}, "nl"),
    "PL": ("PL", {"pl": 90, "ru": 10}, "pl"),
    "SE": ("SE", {"nordic": 85, "ar": 5, "fa": 10}, "sv"),
    "NO": ("NO", {"nordic": 100}, "sv"),
    "DK": ("DK", {"nordic": 100}, "sv"),
    "FI": ("FI", {"nordic": 100}, "sv"),
    "IE": ("IE", {"ga": 60, "en": 30, "pl": 10}, "en"),
    "GB": ("GB", {"en": 60, "inl": 15, "af": 10, "arl": 10, "pl": 5}, "en"),
    "IN": ("IN", {"inl": 50, "hi": 50}, "en"),
    "IN_BN": ("IN", {"bn": 75, "inl": 25}, "en"),
    "IN_TA": ("IN", {"ta": 75, "inl": 25}, "en"),
    "KR": ("KR", {"ko": 100}, "ko"),
    "MX": ("MX", {"es": 100}, "es"),
    "BR": ("BR", {"pt": 100}, "pt"),
    "AR": ("AR", {"es": 85, "it": 15}, "es"),
    "CO": ("CO", {"es": 100}, "es"),
    "CL": ("CL", {"es": 100}, "es"),
    "GR": ("GR", {"el": 100}, "en"),
    "RU": ("RU", {"ru": 100}, "en"),
    "CN": ("CN", {"zh": 100}, "zh"),
    "JP": ("JP", {"ja": 100}, "ja"),
    "TR": ("TR", {"tr": 100}, "en"),
    "IL": ("IL", {"he": 100}, "en"),
    "EG": ("EG", {"ar": 100}, "en"),
    "ZA": ("ZA", {"af": 80, "en": 20}, "en"),
    "TH": ("TH", {"th": 100}, "en"),
}

INTERNATIONAL = [
    (
        "DE",
        "Meldung {~vom|from} {date}: {~Das Kind|Child} {c1.full} ({c1.age} {~Jahre|J.}) {~wohnt mit der Mutter|lives with mother} {af1.full} ({af1.age}) in der {street}, {town}.\nSteuer-ID {~der Mutter|(mother)}: {af1.nid:DE_IDNR}. Tel. {phone}.\n{~Jugendamt informiert|Jugendamt has been informed}.",
    ),
    (
        "DE",
        "Hallo team, {~kurze Info|quick update}: {c1.full}, geb. {c1.dob}, {~ist wieder aufgetaucht|has turned up again} in {town}. {~Der Vater|Father} {am1.full} ({am1.age}) fährt {~einen|a} {~schwarzen|grauen} {~Golf|Passat}, Kennzeichen {plate:DE}.\nLG {a2.first}",
    ),
    (
        "DE",
        "Spendenrückerstattung / donation refund: {a1.full}, IBAN {iban:DE}, E-Mail {a1.email}, {street}, {?{n:10000-99999} }{town}. Reisepass {a1.nid:DE_PASSPORT}.",
    ),
    (
        "AT",
        "Fallnotiz {case}: {c1.full}, {c1.age} Jahre, SV-Nummer {c1.nid:AT_SVNR}. {~Obsorge|Custody} {~bei|with} {~der Großmutter|grandmother} {gf1.full} ({gf1.age}), {street}, {town}. {~Handy|Mobile} {phone}.",
    ),
    (
        "CH",
        "Gefährdungsmeldung {~KESB|to KESB}: {c1.full} ({c1.age}), AHV-Nr. {c1.nid:CH_AHV}, {~wohnhaft|resident at} {street}, {town}.\n{~Mutter|Mother}: {af1.full}, {~Natel|Tel.} {phone}, {af1.email}.\n{~Kontrollschild|Plate} {plate:CH}.",
    ),
    (
        "CH",
        "Bonjour, signalement {~de|from} {town}: {~l'enfant|child} {c1@fr.full}, {c1.age} ans, {~numéro AVS|AVS} {c1.nid:CH_AHV}. {~Mère|Mother} {af1@fr.full} ({af1.age} ans), {phone}. IBAN {iban:CH}.",
    ),
    (
        "FR",
        "Signalement du {date} : {c1.full}, {c1.age} ans, {~né le|DOB} {c1.dob}, domicilié {street}, {town}.\n{~Numéro de sécu de la mère|Mother's NIR} : {af1.nid:FR_NIR}. Tél. {phone}.\n{~Véhicule du beau-père|Stepfather's car} : {plate:FR}.",
    ),
    (
        "FR",
        "Hi all, {~update from|note from} our {town} office. {a1.full} ({a1.age} ans) {~called the|a appelé le} 119 about {a1.his} {c1.rel} {c1.first}, {c1.age}. {~Email|Courriel} : {a1.email}. Passeport {a1.nid:FR_PASSPORT}.",
    ),
    (
        "IT",
        "Segnalazione {case}: {~minore|minor} {c1.full}, {c1.age} anni, codice fiscale {c1.nid:IT_CF}, residente in {street}, {town}.\n{~Madre|Mother} {af1.full}, cell. {phone}, {~CF|codice fiscale} {af1.nid:IT_CF}.",
    ),
    (
        "IT",
        "Ciao, {~piccolo aggiornamento|quick update}: {af1.full} ({af1.age} anni) {~ha chiesto il rimborso|asked for the refund} on IBAN {iban:IT}. {~Targa|Plate} {plate:IT}. Nata il {af1.dob}.",
    ),
    (
        "ES",
        "Informe {date}: {c1.full} ({c1.age} años), DNI {c1.nid:ES_DNI}, {~vive en|lives at} {street}, {town}.\n{~Madre|Mother}: {af1.full}, NIE {af1.nid:ES_NIE}, móvil {phone}.\n{~Matrícula|Plate} {plate:ES}.",
    ),
    (
        "PT",
        "Relatório {case}: {~criança|child} {c1.full}, {c1.age} anos, NIF {c1.nid:PT_NIF}. {~Morada|Address}: {street}, {town}. {~Mãe|Mother} {af1.full}, {~telemóvel|mobile} {phone}, email {af1.email}. IBAN {iban:PT}.",
    ),
    (
        "NL",
        "Melding Veilig Thuis {date}: {c1.full} ({c1.age} jr), BSN {c1.nid:NL_BSN}, {street}, {town}.\n{~Moeder|Mother} {af1.full} ({af1.age}), tel. {phone}. Kenteken {~vader|father}: {plate:NL}.",
    ),
    (
        "BE",
        "Dossier {case}: {c1.full} ({c1.age} jaar), rijksregisternummer {c1.nid:BE_NN}. {~Ouders|Parents}: {a1.full} en {a2.full}, {street}, {town}. GSM {phone}. IBAN {iban:BE}.",
    ),
    (
        "PL",
        "Zgłoszenie {date}: {c1.full}, lat {c1.age}, PESEL {c1.nid:PL_PESEL}, {~zam.|address} {street}, {town}.\n{~Matka|Mother} {af1.full}, tel. {phone}, {af1.email}.\n{~Nr rej.|Plate} {plate:PL}.",
    ),
    (
        "SE",
        "Orosanmälan {date}: {c1.full}, {c1.age} år, personnummer {c1.nid:SE_PNR}, {street}, {town}.\n{~Mamma|Mother} {af1.full}, {af1.age} år, {phone}. {~Regnr|Plate} {plate:SE}.",
    ),
    (
        "NO",
        "Bekymringsmelding: {c1.full} ({c1.age} år), fødselsnummer {c1.nid:NO_FNR}. {~Bor i|Lives in} {town}, {street}. {~Far|Father} {am1.full} ({am1.age}) {phone}.",
    ),
    (
        "DK",
        "Underretning {date}: {c1.full}, {c1.age} år, CPR {c1.nid:DK_CPR}, {street}, {town}. {~Mor|Mother}: {af1.full}, tlf. {phone}, IBAN {iban:DK}.",
    ),
    (
        "FI",
        "Lastensuojeluilmoitus: {c1.full} ({c1.age} v), henkilötunnus {c1.nid:FI_HETU}, {town}. {~Äiti|Mother} {af1.full}, puh. {phone}, {af1.email}.",
    ),
    (
        "IE",
        "Tusla referral {date}: {c1.full} ({c1.age}), PPSN {c1.nid:IE_PPS}, {street}, {town}. {~Mam|Mother} {af1.full}, {phone}. {~Reg|Car reg} {plate:IE}.",
    ),
    (
        "GB",
        "Partner report (UK): {c1.full}, {c1.age}, NHS no {c1.nid:GB_NHS}. {~Mum|Mother} {af1.full}, NI {af1.nid:GB_NINO}, mob {phone}. {~Lives|Address}: {street}, {town}.",
    ),
    (
        "GB",
        "{~Driver|Alleged perpetrator} {a1.full} ({a1.age}), {~driving licence|DVLA licence} {a1.nid:GB_DRIVING}, {~passport|UK passport} {a1.nid:GB_PASSPORT}, vehicle {plate:GB}, last known {street}, {town}.",
    ),
    (
        "IN",
        "Case from our {town} partner: {c1.full} ({c1.age} yrs), Aadhaar {c1.nid:IN_AADHAAR}. {~Father|Pita ji} {am1.full}, PAN {am1.nid:IN_PAN}, mobile {phone}. {~Address|Pata}: {street}, {town}.",
    ),
    (
        "IN",
        "Namaste team, {~child|bachcha} {c1.full} ({c1.age} saal) {~rescued from|found at} {~a dhaba|a brick kiln|the railway station} near {town}. {~Employer|Maalik} {a1.full} ({a1.age}), vehicle {plate:IN}, {phone}.",
    ),
    (
        "IN_BN",
        "{~{loc:Kolkata/Siliguri/Howrah} desk|Report}: {c1.full} ({c1.age} বছর), {~mother|মা} {af1.full}, {phone}. {~Aadhaar|আধার} {af1.nid:IN_AADHAAR}. {~Lives|থাকে} in {town}.",
    ),
    (
        "IN_TA",
        "{loc:Chennai/Madurai/Coimbatore} partner: {c1.full}, age {c1.age}, {~amma|mother} {af1.full} ({af1.age}), {phone}, {street}, {town}. Aadhaar {c1.nid:IN_AADHAAR}.",
    ),
    (
        "KR",
        "{~신고|Report} {date}: {~아동|child} {c1.full}({c1.age}세), 주민등록번호 {c1.nid:KR_RRN}, {town} {street} 거주.\n{~보호자|Guardian} {a1.full}, {phone}, {a1.email}.",
    ),
    (
        "KR",
        "Update from {loc:Seoul/Busan/Incheon} office: {c1.rfull} ({c1.full}, {c1.age}) {~met|was contacted by} {user} on KakaoTalk. {~Father|아버지} {am1.full}, 차량번호 {plate:KR}, {phone}.",
    ),
    (
        "MX",
        "Reporte {case}: {~menor|minor} {c1.full}, {c1.age} años, CURP {c1.nid:MX_CURP}. {~Domicilio|Address}: {street}, {town}. {~Mamá|Mother} {af1.full}, cel. {phone}.",
    ),
    (
        "BR",
        "Relato do Conselho Tutelar: {c1.full}, {c1.age} anos, CPF {c1.nid:BR_CPF}, {street}, {town}. {~Responsável|Guardian} {a1.full}, {~celular|cel.} {phone}. {~Placa|Plate} {plate:BR}.",
    ),
    (
        "AR",
        "Informe de {town}: {c1.full} ({c1.age} años), DNI {c1.nid:AR_DNI}. {~Madre|Mother} {af1.full}, tel. {phone}, {af1.email}.",
    ),
    (
        "CO",
        "Reporte ICBF {date}: {c1.full}, {c1.age} años; {~padre|father} {am1.full}, cédula {am1.nid:CO_CC}, {phone}, {street}, {town}.",
    ),
    ("CL", "Derivación: {c1.full} ({c1.age}), RUT {c1.nid:CL_RUT}, {town}. {~Apoderada|Guardian} {af1.full}, {phone}."),
    (
        "GR",
        "Αναφορά / report from {town}: {c1.full} ({c1.age} ετών), {~mother|μητέρα} {af1.full}, {af1.nid:GR_ID}, {phone}, {street}.",
    ),
    (
        "RU",
        "From our {loc:Kharkiv/Lviv/Odesa} partner: {c1.full} ({c1.age} {~лет|years}) and {~mother|мама} {af1.full}, {~паспорт|passport} {af1.nid:RU_PASSPORT}, now in {town:PL}, tel. {phone:PL}.",
    ),
    (
        "CN",
        "{loc:Shanghai/Guangzhou/Beijing} office: {c1.full}（{c1.age}岁）, 身份证号 {c1.nid:CN_RIC}, {~mother|母亲} {af1.full}, {phone}, {street}, {town}.",
    ),
    (
        "JP",
        "{loc:Tokyo/Osaka/Nagoya} partner: {c1.full}（{c1.age}歳）, マイナンバー {c1.nid:JP_MYNUMBER}, {~father|父} {am1.full}, {phone}, {am1.email}.",
    ),
    (
        "TR",
        "İhbar: {c1.full} ({c1.age} yaşında), TC Kimlik No {c1.nid:TR_TC}, {~anne|mother} {af1.full}, {phone}, {street}, {town}.",
    ),
    (
        "IL",
        "Report from {town}: {c1.full} ({c1.age}), ת.ז. {c1.nid:IL_ID}; {~mother|אמא} {af1.full}, {phone}, {street}.",
    ),
    (
        "EG",
        "تقرير / report: {c1.full} ({c1.age}), {~mother|الأم} {af1.full}, الرقم القومي {af1.nid:EG_NID}, {phone}, {town}.",
    ),
    (
        "ZA",
        "Partner report {town}: {c1.full} ({c1.age}), SA ID {c1.nid:ZA_ID}; {~gogo|grandmother} {gf1.full} ({gf1.age}), {phone}, {street}.",
    ),
    (
        "TH",
        "รายงาน / report: {c1.full} ({c1.age} ปี), {~mother|แม่} {af1.full}, เลขประจำตัวประชาชน {af1.nid:TH_PIN}, {phone}, {town}.",
    ),
    (
        "IN_TA",
        "Tamil Nadu field note: {c1.full} ({c1.age} வயது), {~father|அப்பா} {am1.full}, {phone}, {street}, {town}. PAN {am1.nid:IN_PAN}.",
    ),
    (
        "IN_BN",
        "West Bengal partner: {c1.full}, {c1.age}, {~missing since {date}|out of school}; {~father|বাবা} {am1.full} ({am1.age}), {phone}, vehicle {plate:IN}, {town}.",
    ),
    (
        "TH",
        "{loc:Chiang Mai/Khon Kaen/Hat Yai} partner: {c1.full} ({c1.age} ปี), {~father|พ่อ} {am1.full} ({am1.age}), {phone}, {street}.",
    ),
    ("IL", "Update: {c1.full}, {c1.age}, {~father|אבא} {am1.full} ({am1.age}), ת.ז. {am1.nid:IL_ID}, {phone}, {town}."),
]


# CSV: (header, cells, options). In cells, % is the row number (person keys a%, c%, a%b ... are per row).
CSV = [
    (
        ["donor_id", "first_name", "last_name", "email", "phone", "town", "card_number", "amount"],
        ["D{n:10000-99999}", "{a%.first}", "{a%.last}", "{a%.email}", "{phone}", "{town}", "{card}", "{n:5-500}.00"],
        {},
    ),
    (
        ["Name", "DOB", "Phone", "Email", "Availability"],
        ["{a%.full}", "{a%.dob}", "{phone}", "{a%.email}", "{~Weekends|Mon/Wed|Evenings|Any}"],
        {},
    ),
    (
        ["case_id", "child_name", "age", "dob", "school", "town", "worker"],
        ["{case}", "{c%.full}", "{c%.age}", "{c%.dob}", "{school}", "{town}", "{a%.first}"],
        {},
    ),
    (
        ["timestamp", "handle", "platform", "age", "town", "summary"],
        [
            "{date} {time}",
            "{c%.user}",
            "{platform}",
            "{c%.age}",
            "{town}",
            "{~bullying|self-harm|grooming concern|family conflict|exam stress}",
        ],
        {"delim": "\t"},
    ),
    (
        ["employee", "ssn", "bank_account", "routing", "state"],
        ["{a%.full}", "{ssn}", "{acct}", "{aba}", "{region}"],
        {"country": "US"},
    ),
    (
        ["Beneficiary", "IBAN", "BIC", "Amount", "Reference"],
        ["{a%.full}", "{iban}", "{bic}", "{~EUR |€}{n:20-900}", "{~Gift|Refund|Grant} {n:100-999}"],
        {},
    ),
    (
        ["name", "id_type", "id_number", "notes"],
        ["{a%.full}", "{mixid:type%}", "{mixid:num%}", "{~|verified|copy on file|expired}"],
        {},
    ),
    (
        ["username", "ip_address", "last_login", "user_agent"],
        ["{user}", "{~{ip}|{ip}|{ip6}}", "{date} {time}", "{~Chrome/124|Safari/17.4|Firefox/126|okhttp/4.9}"],
        {},
    ),
    (
        ["service", "username", "password"],
        ["{~Netflix|Roblox|Gmail|Steam|Xbox|Spotify|Discord}", "{c%.user}", "{~{pw}|{pw}|{pin}}"],
        {},
    ),
    (
        ["plate", "make", "driver", "licence_no", "state"],
        ["{plate:US}", "{~Ford|Toyota|Honda|Chevy|Nissan}", "{a%.full}", "{dlr:num%}", "{dlr:st%}"],
        {"country": "US"},
    ),
    (
        ["child", "age", "carer", "carer_phone", "address", "town"],
        ["{c%.first}", "{c%.age}", "{a%.full}", "{phone}", "{street}", "{town}"],
        {},
    ),
    (
        ["event", "attendee", "email", "ticket"],
        ["{~Fun Run|Gala Dinner|Quiz Night}", "{a%.full}", "{a%.email:obf}", "TKT-{n:1000-9999}"],
        {},
    ),
    (
        ["Name", "Geburtsdatum", "Straße", "Ort", "Telefon", "IBAN"],
        ["{a%.full}", "{a%.dob}", "{street}", "{town}", "{phone}", "{iban:DE}"],
        {"delim": ";", "locale": "DE"},
    ),
    (
        ["id", "name", "dob", "nhs_number", "gp_practice", "town"],
        ["{n:1-999}", "{c%.full}", "{c%.dob}", "{nid:GB_NHS}", "{~Riverside|Elm Tree|Castle Street} Surgery", "{town}"],
        {"delim": "|", "country": "GB"},
    ),
    (
        ["Contact", "Relationship", "Mobile", "Notes"],
        [
            "{a%.lastfirst}",
            "{~{a%.relation}|{a%.carer}|Foster carer|Neighbour}",
            "{phone}",
            "{~|no contact after 8pm|interpreter needed|}",
        ],
        {"delim": ","},
    ),
    (
        ["pupil", "age", "school_login", "parent", "parent_phone", "parent_email", "medical"],
        [
            "{c%.full}",
            "{c%.age}",
            "{c%.user}",
            "{a%.full}",
            "{phone}",
            "{a%.email}",
            "{~asthma|none|nut allergy||epipen}",
        ],
        {},
    ),
    (
        ["session", "handle", "age", "location", "topic"],
        ["S{n:1000-9999}", "{c%.user}", "{c%.age}", "{town}", "{~bullying|anxiety|abuse|online safety}"],
        {},
    ),
    (
        ["response_id", "free_text"],
        [
            "{n:1-500}",
            "{~My {c%.rel} {c%.first} ({c%.age}) loved the club|{c%.first} was bullied by {c%b.first}|Thanks to {a%.first} for the lift to {town}|Great session, ask {a%.full} about next year}",
        ],
        {"delim": ","},
    ),
    (
        ["member_no", "full_name", "birthdate", "address", "city", "state", "zip"],
        ["M{n:10000-99999}", "{a%.full}", "{a%.dob}", "{street}", "{town}", "{region}", "{zip}"],
        {"country": "US"},
    ),
    (["customer", "card_number", "amount", "date"], ["{a%.full}", "{card}", "{n:5-300}.{n:10-99}", "{date}"], {}),
    (
        ["emp_id", "name", "age", "phone", "email", "office"],
        ["E{n:100-999}", "{a%.full}", "{a%.age}", "{phone}", "{a%.email}", "{town}"],
        {},
    ),
    (
        ["asset_tag", "assigned_to", "username", "ip", "mac"],
        ["AT-{n:1000-9999}", "{a%.full}", "{a%.user}", "{ip}", "{mac}"],
        {},
    ),
    (["driver", "plate", "mobile", "route"], ["{a%.full}", "{plate}", "{phone}", "{town} to {town}"], {}),
    (
        ["name", "country", "national_id", "phone"],
        ["{a%.full}", "{a%.country}", "{a%.nid}", "{a%.phone}"],
        {
            "mix": {
                "de": 1,
                "fr": 1,
                "it": 1,
                "es": 1,
                "pl": 1,
                "ko": 1,
                "zh": 1,
                "hi": 1,
                "inl": 1,
                "pt": 1,
                "nordic": 1,
                "el": 1,
                "he": 1,
                "tr": 1,
                "ja": 1,
            }
        },
    ),
    (
        ["first", "surname", "age", "gamertag", "emergency_contact", "contact_number"],
        ["{c%.first}", "{c%.last}", "{c%.age}", "{c%.user}", "{a%.full}", "{phone}"],
        {},
    ),
    (
        ["Name", "Login", "Password", "PIN"],
        ["{a%.full}", "{a%.user}", "{pw}", "{pin}"],
        {"delim": "\t", "title": "Copy of staff logins (2)"},
    ),
    (
        ["account_holder", "account_number", "routing_number", "bank"],
        ["{a%.full}", "{acct}", "{aba}", "{bank}"],
        {"country": "US"},
    ),
    (
        ["Surname", "Forename", "D.O.B.", "NI No", "Placement town"],
        ["{c%.last}", "{c%.first}", "{c%.dob}", "{nid:GB_NINO}", "{town}"],
        {"country": "GB"},
    ),
    (
        ["referral_date", "child_username", "offender_username", "offender_profile", "platform"],
        ["{date}", "{c%.user}", "{a%.user}", "{a%.url}", "{platform}"],
        {},
    ),
    (
        ["Given Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Value", "Address 1 - Street", "Address 1 - City"],
        ["{a%.first}", "{a%.last}", "{a%.email}", "{phone}", "{street}", "{town}"],
        {"delim": ","},
    ),
    (
        ["applicant", "dob", "ssn", "drivers_license", "state", "phone"],
        ["{a%.full}", "{a%.dob}", "{ssn}", "{dlr:num%}", "{dlr:st%}", "{phone}"],
        {"country": "US"},
    ),
    (["volunteer", "age", "handle", "profile"], ["{a%.full}", "{a%.age}", "{a%.user}", "{a%.url}"], {}),
    (
        ["date", "visitor", "car_reg", "host", "room"],
        ["{date}", "{a%.full}", "{plate}", "{a%b.mr}", "{~Room {n:1-40}|Reception|Meeting room {n:1-9}}"],
        {},
    ),
]


def csv_doc(d: Doc, header, cells, opts) -> None:
    r = d.rng
    delim = opts.get("delim") or r.choice([",", ",", ",", "\t", ";", "|"])
    if r.random() < 0.25:
        header = [h.upper() for h in header]
    if opts.get("title"):
        d.emit(opts["title"] + "\n")
    elif r.random() < 0.15:
        d.emit(r.choice(["Sheet1", "export.csv", "Pasted from spreadsheet:", "-- data below --"]) + "\n")
    d.emit(delim.join(header))
    for i in range(r.randint(3, 10)):
        d.emit("\n")
        for j, cell in enumerate(cells):
            if j:
                d.emit(delim)
            text, spans = d.capture(cell.replace("%", str(i + 1)))
            if j and r.random() < 0.06:
                continue
            assert '"' not in text
            quote = (delim in text) or (delim == "," and r.random() < 0.12)
            if quote:
                d.emit('"')
            d.emit_captured(text, spans)
            if quote:
                d.emit('"')


# --------------------------------------------------------------------------------------------------------------------
# Negatives (no PII): business/operations text with look-alikes.
# --------------------------------------------------------------------------------------------------------------------
def no_luhn(make):
    """Long digit runs in negatives must not pass the card checksum by accident."""
    while True:
        v = make()
        if not V.luhn.is_valid(re.sub(r"\D", "", v)):
            return v


def _neg_slots(rng):
    r = rng

    def sku():
        return r.choice(
            [
                f"{V.chars(r, V.UPPER, 3)}-{V.digits(r, 5)}",
                f"SKU{V.digits(r, 7)}",
                f"{V.digits(r, 4)}-{V.chars(r, V.UPPER, 2)}-{V.digits(r, 3)}",
            ]
        )

    def price():
        return r.choice(
            [
                f"${r.randint(5, 4999)}.{r.randint(0, 99):02d}",
                f"€{r.randint(5, 999)},{r.randint(0, 99):02d}",
                f"£{r.randint(2, 3000)}",
                f"CHF {r.randint(10, 900)}.–",
                f"USD {r.randint(1, 90)},{r.randint(100, 999)}.00",
            ]
        )

    def version():
        return r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}",
                f"{r.randint(1, 20)}.{r.randint(0, 12)}.{r.randint(0, 9)}-rc{r.randint(1, 5)}",
                f"build {r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}",
            ]
        )

    return {
        "firm": lambda: r.choice(S.FIRMS),
        "building": lambda: r.choice(S.BUILDINGS),
        "award": lambda: r.choice(S.AWARDS),
        "fund": lambda: r.choice(S.FUNDS),
        "eponym": lambda: r.choice(S.EPONYMS),
        "unit": lambda: r.choice(S.UNITS),
        "title": lambda: r.choice(S.TITLES),
        "team": lambda: r.choice(S.TEAMS),
        "pproduct": lambda: r.choice(S.PLACE_PRODUCTS),
        "car": lambda: r.choice(S.CAR_MODELS),
        "food": lambda: r.choice(S.PLACE_FOODS),
        "wine": lambda: r.choice(S.WINES),
        "os": lambda: r.choice(S.OS_NAMES),
        "sproject": lambda: r.choice(S.STREET_PROJECTS),
        "product": lambda: r.choice(S.PRODUCTS),
        "sku": sku,
        "price": price,
        "version": version,
        "isbn": lambda: V.isbn13(r),
        "invoice": lambda: r.choice(
            [
                f"INV-{r.randint(2022, 2024)}-{r.randint(1, 99999):05d}",
                f"#{r.randint(100000, 999999)}",
                f"IN{V.digits(r, 8)}",
            ]
        ),
        "po": lambda: r.choice([f"PO {45}{V.digits(r, 8)}", f"PO-{r.randint(1000, 99999)}"]),
        "grant": lambda: r.choice(
            [
                f"R01-MH{V.digits(r, 6)}",
                f"EP/{V.chars(r, V.UPPER, 1)}{V.digits(r, 6)}/1",
                f"GA-{V.digits(r, 6)}",
                f"H2020-{V.digits(r, 6)}",
            ]
        ),
        "order": lambda: r.choice(
            [
                f"ORD-{V.digits(r, 9)}",
                no_luhn(lambda: f"{V.digits(r, 3)}-{V.digits(r, 7)}-{V.digits(r, 7)}"),
                f"SO{V.digits(r, 6)}",
            ]
        ),
        "tracking": lambda: r.choice(
            [
                f"1Z{V.chars(r, V.UPPER + V.DIGITS, 16)}",
                V.digits(r, 12, True),
                "9400" + V.digits(r, 18),
                f"JD{no_luhn(lambda: V.digits(r, 16))}",
            ]
        ),
        "hash": lambda: V.chars(r, "0123456789abcdef", r.choice([7, 7, 12, 40])),
        "date": lambda: r.choice(
            [
                f"{r.randint(1, 28)} {V.MONTHS['en'][r.randint(0, 11)]} 2024",
                f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                f"{V.MONTHS['en'][r.randint(0, 11)][:3]} {r.randint(1, 28)}",
            ]
        ),
        "time": lambda: r.choice(
            [
                f"{r.randint(8, 17)}:{r.choice(['00', '15', '30', '45'])}",
                f"{r.choice([9, 10, 11])}am",
                f"{r.randint(1, 5)}pm",
            ]
        ),
        "weekday": lambda: r.choice(S.WEEKDAYS),
        "room": lambda: r.choice(
            [
                f"Room {r.randint(1, 6)}.{r.randint(1, 40):02d}",
                f"Suite {r.randint(100, 900)}",
                f"Lab {r.choice('ABCDEF')}{r.randint(1, 9)}",
                f"Floor {r.randint(1, 12)}",
            ]
        ),
        "partno": lambda: V.lookalike_part_number(r),
        "ticket": lambda: r.choice(
            [
                f"INC{V.digits(r, 7)}",
                f"JIRA-{r.randint(100, 9999)}",
                f"CHG{V.digits(r, 7)}",
                f"OPS-{r.randint(10, 9999)}",
            ]
        ),
        "quote": lambda: f"Q-{r.randint(2023, 2024)}-{r.randint(100, 9999)}",
        "asset": lambda: f"EQ-{V.chars(r, V.UPPER, 2)}{V.digits(r, 5)}",
        "method": lambda: r.choice(S.METHODS),
        "disease": lambda: r.choice(S.DISEASES),
        "law": lambda: r.choice(S.LAWS),
        "prio": lambda: str(r.randint(1, 4)),
        "pct": lambda: f"{r.randint(1, 99)}%",
        "qty": lambda: str(r.randint(2, 500)),
        "n": lambda: str(r.randint(2, 60)),
        "year": lambda: str(r.randint(1990, 2024)),
        "ext": lambda: f"{r.randint(2, 9)}x{r.randint(10, 99)}",
    }


NEGATIVE = [
    "{firm} Q{prio} results call moved to {weekday} {date} at {time}. Agenda and slides will be shared in the finance channel.",
    "Invoice {invoice} from {firm}: {qty} x {product} @ {price}, due {date}. PO ref {po}.",
    "Reminder: {building} will be closed for maintenance on {date}. Meetings booked in {room} have moved to {building}.",
    "The {award} lecture series continues in {building}, {room}, on {weekday} at {time}. Free entry, no booking required.",
    "Grant {grant} ({fund}): year {n} report due {date}. Budget remaining {price}.",
    "Changelog {version}\n- Fixed rounding error in the implementation of {method}\n- Bumped dependency to {version}\n- Build {hash}",
    "Shipping notice: order {order} dispatched {date}. Carrier tracking {tracking}. Contents: {product} (SKU {sku}).",
    "Product catalogue, {os} edition\nSKU {sku} | {product} | {price}\nSKU {sku} | {product} | {price}\nSKU {sku} | {product} | {price}",
    "HR policy update: employees may carry over up to {n} days of annual leave. Requests must be approved by the line manager before {date}. This applies to all staff regardless of grade.",
    "Part no. {partno} ({product}) is discontinued; order part no. {partno} instead. Stock on hand: {qty} units.",
    "Ticket {ticket}: projector in {room}, {building}, not working. Priority P{prio}. Assigned to the Facilities queue.",
    "Book club this month: '{title}'. Next month: '{title}'. Copies at reception, ISBN {isbn}.",
    "{team} vs {team}: the corporate box is available for the {date} fixture. {n} seats remaining, first come first served.",
    "Fleet renewal: {qty} x {car} ordered through {firm}. Delivery week {n}. Quote {quote}.",
    "Training module {n}: {method}, overview, worked examples and a short quiz. Estimated time {n} minutes.",
    "Lab safety: readings above {n} {unit} must be logged. Calibration due {date}. Equipment ID {asset}.",
    "{sproject}: sprint {n} review on {date}. Velocity {n} points; {n} stories carried over.",
    "Wine list refresh: {wine} {year}, {wine} {year}. Prices from {price} per bottle.",
    "Facilities notice: the lifts in {building} will be serviced on {weekday}. Please use the stairs by {room}.",
    "Release {version} is live. Commit {hash}. Known issue {ticket} (timeouts on {os} clients).",
    "Procurement: {firm} won the tender for {product}s ({qty} units, {price} each). Contract {po} starts {date}.",
    "Reading list for the seminar: '{title}', '{title}' and a chapter on {method}. ISBN {isbn}.",
    "Our {fund} application was shortlisted. Panel meets {date}; decision expected within {n} weeks.",
    "Cafeteria menu {weekday}: {food}, {food} and a Caesar salad. Set lunch {price}.",
    "IT change {ticket}: upgrade of the {sproject} servers to {version} scheduled {date} {time}-{time}. Rollback plan attached.",
    "Warehouse: pallet {sku} ({product}) moved to bay {ext}. Cycle count variance {pct}.",
    "Please note the {award} ceremony has been moved to {building}. Dress code: business casual.",
    "Recall notice: {product} batches {partno} and {partno} may overheat. Customers can return units for a refund of {price}.",
    "Quarterly KPI: {pct} of tickets resolved within SLA; median time {n} hours. Top category: access requests.",
    "Toy catalogue: {product} Junior, recommended for ages 8 and up, {price}. Also in stock: {car} model kit. Not suitable for children under 3.",
    "Physics homework key: a reading of {n} {unit}; apply {method} to part (b). Answers due {weekday}.",
    "Sponsorship: {firm} renews its shirt deal with {team} for {n} seasons. Announcement embargoed until {date}.",
    "Order {order} for {qty} copies of '{title}' confirmed. Invoice {invoice}. Expected delivery {date}.",
    "Security advisory {ticket}: rotate service credentials stored in the vault before {date}; no action needed for {os} users.",
    "Meeting room {room} in {building} is reserved for the {fund} board every {weekday} at {time}.",
    "Onboarding checklist: laptop, badge, {product}, VPN token, policy sign-off. Ticket template {ticket}.",
    "Price list update effective {date}: {product} {price}; {product} {price}; {product} {price}.",
    "Building names for the new campus: {building}, {building} and {building}. Signage order {po}.",
    "Talk on {eponym} at {time} in {room}. Bring your own laptop; slides are on the wiki.",
    "Supplier {firm} changed remittance terms: net {n} days from invoice {invoice}. No bank details have changed.",
    "Film night: '{title}' ({year}) in {building}. Popcorn provided by {firm}.",
    "Spare parts: {partno} gasket, {partno} valve, {partno} sensor. Lead time {n} days. Quote {quote}.",
    "Tracking update: parcel {tracking} left the hub at {time}; next scan expected {weekday}.",
    "Ward move: {building} day unit relocates to Level {n} on {date}. Outpatient clinic codes unchanged.",
    "Test results for {version}: {n} passed, 0 failed, coverage {pct}. Artifact {hash}.",
    "Engineering note: {method} explains the drift; filter tuned to {n} {unit}. See design doc {ticket}.",
    "The {firm} scholarship and {fund} funding both close on {date}. Eligibility criteria are on the intranet.",
    "Launch plan: {car} accessory bundle with {product}, RRP {price}, shelf date {date}, SKU {sku}.",
    "Policy: visitors must sign in at reception and wear a badge at all times. Contractors follow the permit process in {ticket}.",
    "Match report: {team} 2-1 {team}. Next home game {date} at {time}.",
    "Awareness week: {disease} and {disease}. Leaflets in {building}; the charity stall is by {room}.",
    "Compliance training: {law} and {law}, module {n}. Completion deadline {date}.",
    "Deli order: {qty} kg {food}, {qty} jars {food}. Supplier {firm}. Delivery {weekday}.",
    "Dealer stock list: {car} (demo, {n}k miles) {price}; {car} {price}; {car} {price}. Part-exchange welcome.",
    "Research seminar: new biomarkers for {disease}. Funded by the {fund}; venue {building}.",
]


def negative_doc(rng: random.Random, template: str) -> str:
    slots = _neg_slots(rng)

    def fill(m):
        return slots[m.group(1)]()

    return re.sub(r"\{(\w+)\}", fill, template)


# --------------------------------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------------------------------
REGISTERS = ["sms", "transcript", "csv", "casenote", "international"]
PER_REGISTER = 80
N_NEGATIVES = 250


def _template_cycle(rng: random.Random, n_templates: int, n_docs: int) -> list[int]:
    order: list[int] = []
    while len(order) < n_docs:
        block = list(range(n_templates))
        rng.shuffle(block)
        order.extend(block)
    return order[:n_docs]


def build_doc(rng: random.Random, register: str, t_index: int) -> Doc:
    if register == "sms":
        country = rng.choice(["US"] * 5 + ["GB"] * 3 + ["IE", "CA", "AU"])
        d = Doc(rng, register, country, S.MIX_ANGLO, "en", country == "US")
        x = rng.random()
        d.case = str.lower if x < 0.6 else (str.upper if x < 0.65 else None)
        d.add(SMS[t_index])
    elif register == "transcript":
        country = rng.choice(["US"] * 4 + ["GB"] * 3 + ["CA", "AU"])
        d = Doc(rng, register, country, S.MIX_ANGLO, "en", country == "US")
        d.add(TRANSCRIPT[t_index])
    elif register == "casenote":
        country = rng.choice(["US"] * 5 + ["GB"] * 4 + ["IE"])
        d = Doc(rng, register, country, S.MIX_ANGLO, "en", country == "US")
        d.add(CASENOTE[t_index])
    elif register == "csv":
        header, cells, opts = CSV[t_index]
        if "locale" in opts:
            cc, mix, lang = LOCALES[opts["locale"]]
            d = Doc(rng, register, cc, mix, lang, False)
        else:
            country = opts.get("country") or rng.choice(["US", "US", "GB"])
            d = Doc(rng, register, country, opts.get("mix") or S.MIX_ANGLO, "en", country == "US")
        csv_doc(d, header, cells, opts)
    else:
        loc, template = INTERNATIONAL[t_index]
        cc, mix, lang = LOCALES[loc]
        d = Doc(rng, register, cc, mix, lang, False)
        d.add(template)
    return d


def check(doc: dict) -> None:
    text = doc["text"]
    assert text and text == text.strip()
    assert 1 <= len(text.split("\n")) <= 14, (doc["id"], len(text.split("\n")))
    prev_end = -1
    for s in sorted(doc["spans"], key=lambda s: s["start"]):
        assert s["label"] in LABELS
        assert text[s["start"] : s["end"]] == s["text"], (doc["id"], s)
        assert s["text"] == s["text"].strip() and s["text"]
        assert s["start"] >= prev_end, (doc["id"], "overlap", s)
        prev_end = s["end"]


TEMPLATES = {"sms": SMS, "transcript": TRANSCRIPT, "csv": CSV, "casenote": CASENOTE, "international": INTERNATIONAL}


def generate(seed: int) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    docs = []
    for register in REGISTERS:
        templates = TEMPLATES[register]
        for k, t_index in enumerate(_template_cycle(rng, len(templates), PER_REGISTER)):
            d = build_doc(rng, register, t_index)
            text = d.text()
            spans = [s for s in d.spans if s["end"] <= len(text)]
            doc = {
                "id": f"ho4-{register}-{k:03d}",
                "register": register,
                "text": text,
                "spans": sorted(spans, key=lambda s: s["start"]),
                "_template": t_index,
            }
            check(doc)
            docs.append(doc)
    negs = []
    for k, t_index in enumerate(_template_cycle(rng, len(NEGATIVE), N_NEGATIVES)):
        text = negative_doc(rng, NEGATIVE[t_index]).strip()
        doc = {"id": f"ho4-negative-{k:03d}", "register": "negative", "text": text, "spans": [], "_template": t_index}
        check(doc)
        negs.append(doc)
    return docs, negs


def write(path: Path, docs: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for doc in docs:
            out = {k: v for k, v in doc.items() if not k.startswith("_")}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=4004)
    ap.add_argument("--out", type=Path, default=Path("tests/data/heldout"))
    args = ap.parse_args(argv)
    docs, negs = generate(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out / "heldout_v4.jsonl", docs)
    write(args.out / "heldout_negatives_v4.jsonl", negs)

    # Aggregate statistics only (no document text).
    by_reg = Counter(d["register"] for d in docs)
    labels = Counter(s["label"] for d in docs for s in d["spans"])
    reg_labels: dict[str, Counter] = {r: Counter() for r in REGISTERS}
    templates: dict[str, set] = {r: set() for r in REGISTERS}
    for d in docs:
        reg_labels[d["register"]].update(s["label"] for s in d["spans"])
        templates[d["register"]].add(d["_template"])
    print(f"wrote {len(docs)} documents to {args.out / 'heldout_v4.jsonl'}")
    print(f"wrote {len(negs)} negatives to {args.out / 'heldout_negatives_v4.jsonl'}")
    print("documents per register:", dict(by_reg))
    print(
        "templates used per register:",
        {r: len(templates[r]) for r in REGISTERS},
        "negatives:",
        len({d["_template"] for d in negs}),
    )
    print("spans per label:")
    for label, n in sorted(labels.items(), key=lambda x: -x[1]):
        print(f"  {label:20s} {n}")
    print("spans per register:", {r: sum(c.values()) for r, c in reg_labels.items()})
    lines = [len(d["text"].split("\n")) for d in docs]
    print(f"lines per document: min {min(lines)}, max {max(lines)}; total spans {sum(labels.values())}")


if __name__ == "__main__":
    main()
