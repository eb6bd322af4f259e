"""Identifier makers and the span-recording document builder for heldout_v8."""

import base64
import datetime as dt
import re
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from stdnum import iban as std_iban
from stdnum import imei as std_imei
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.ie import pps as ie_pps
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_pnr
from stdnum.au import tfn as au_tfn
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

import sources as S

LABELS = [
    "PERSON",
    "USERNAME",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "LOCATION",
    "STREET_ADDRESS",
    "AGE",
    "MINOR_AGE",
    "DATE_OF_BIRTH",
    "MEDICAL_CONDITION",
    "NATIONAL_ID",
    "CRIMINAL_HISTORY",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
    "URL",
    "VEHICLE_PLATE",
    "GEO_COORDINATES",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "CREDENTIAL",
]


class Doc:
    """Accumulates text and records spans while assembling."""

    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, label, s):
        assert label in LABELS, label
        assert s and s == s.strip(), (label, s)
        self.spans.append({"start": self.n, "end": self.n + len(s), "label": label, "text": s})
        return self.t(s)

    def f(self, fmt, **kw):
        """Fill `<<key>>` placeholders; a value is a str or a (label, str) pair."""
        for i, piece in enumerate(re.split(r"<<(\w+)>>", fmt)):
            if i % 2 == 0:
                self.t(piece)
            else:
                v = kw[piece]
                if isinstance(v, tuple):
                    self.e(v[0], v[1]) if v[0] else self.t(v[1])
                else:
                    self.t(v)
        return self

    @property
    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- people
def person(rng, culture=None, latin=False):
    if culture is None:
        culture = rng.choice(S.LATIN_CULTURES if latin else sorted(S.NAMES))
    given, family, order = S.NAMES[culture]
    g, f = rng.choice(given), rng.choice(family)
    full = f + g if order == "E" else (f + " " + g if order == "ES" else g + " " + f)
    return {"given": g, "family": f, "full": full, "culture": culture, "order": order}


def ascii_fold(s):
    import unicodedata

    s = (
        s.replace("ß", "ss")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("ø", "o")
        .replace("ı", "i")
        .replace("æ", "ae")
        .replace("œ", "oe")
    )
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def handle(rng, p=None):
    base = (
        ascii_fold(p["given"]).lower().replace(" ", "")
        if p and p["culture"] in S.LATIN_CULTURES
        else rng.choice(S.HANDLE_WORDS)
    )
    w = rng.choice(S.HANDLE_WORDS)
    forms = [
        f"{base}_{w}{rng.randint(1, 99)}",
        f"xX{w.capitalize()}{base.capitalize()}Xx",
        f"{w}.{base}{rng.randint(2005, 2016)}",
        f"{base}{rng.randint(100, 9999)}",
        f"{w}_{rng.choice(S.HANDLE_WORDS)}_{rng.randint(0, 9)}",
        f"{base[:3]}{w}__",
    ]
    return rng.choice(forms) or "user1"


def age_word(rng, age):
    return S.AGE_WORDS[age] if age in S.AGE_WORDS and rng.random() < 0.35 else str(age)


REF_DATES = [dt.date(2024, m, d) for m, d in [(1, 9), (2, 20), (3, 14), (5, 2), (6, 27), (9, 5), (10, 30), (11, 18)]]


def dob_for_age(rng, ref, age):
    """A birth date such that the person is exactly `age` on `ref`."""
    start = dt.date(ref.year - age - 1, ref.month, 1) + dt.timedelta(days=40)
    while True:
        d = start + dt.timedelta(days=rng.randint(0, 330))
        if years_between(d, ref) == age:
            return d


def years_between(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


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
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def fmt_date(rng, d, style=None):
    style = style if style is not None else rng.randint(0, 9)
    return [
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year}",
        d.isoformat(),
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
        f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}",
        f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}",
        f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year % 100:02d}",
        f"{d.year}{d.month:02d}{d.day:02d}",
    ][style % 10]


def town(rng, country=None):
    pool = [t for t in S.TOWNS if country is None or t[3] == country] or S.TOWNS
    return rng.choice(pool)


def street(rng, cc):
    cc = cc if cc in S.STREET_PARTS else rng.choice(["GB", "US", "DE", "FR"])
    a, b = S.STREET_PARTS[cc]
    n = rng.randint(1, 240)
    x, y = rng.choice(a), rng.choice(b)
    if cc == "GB":
        return rng.choice([f"{n} {x} {y}", f"Flat {rng.randint(1, 30)}, {n} {x} {y}", f"{n}{rng.choice('ab')} {x} {y}"])
    if cc == "US":
        return rng.choice(
            [
                f"{n * 17} {rng.choice(['N', 'W', 'E', 'S', ''])} {x} {y}".replace("  ", " "),
                f"{n * 13} {x} {y} Apt {rng.randint(1, 9)}{rng.choice('ABCD')}",
                f"{n * 7} {x} {y} #{rng.randint(2, 40)}",
            ]
        )
    if cc == "FR":
        return rng.choice([f"{n} {y} {x}", f"{n} bis {y} {x}", f"{n}, {y} {x}, bât. {rng.choice('ABC')}"])
    if cc in ("DE", "CH", "NL"):
        return (
            rng.choice([f"{x}{y} {n}", f"{x}{y} {n}{rng.choice('abc')}", f"{x}{y} {n}, {rng.randint(1, 4)}. OG"])
            if not x.startswith("Am ")
            else f"{x} {n}"
        )
    if cc == "IT":
        return f"{y} {x} {n}" + rng.choice(["", f", int. {rng.randint(1, 12)}"])
    if cc == "ES":
        return f"{y} {x} {n}" + rng.choice(["", f", {rng.randint(1, 8)}º {rng.choice('ABCD')}"])
    if cc == "AU":
        return rng.choice([f"{n} {x} {y}", f"Unit {rng.randint(1, 20)}/{n} {x} {y}"])
    return f"{n} {x} {y}"


# ---------------------------------------------------------------- phones / e-mail / handles
def phone(rng, region="GB", style=None, mobile=True):
    ex = phonenumbers.example_number_for_type(
        region, phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    )
    nat = str(ex.national_number)
    for _ in range(500):
        cand = nat[:3] + "".join(rng.choice(string.digits) for _ in nat[3:])
        num = phonenumbers.parse(cand, region)
        if phonenumbers.is_valid_number(num):
            break
    style = rng.randint(0, 7) if style is None else style
    if style == 0:
        return phonenumbers.format_number(num, PNF.E164)
    if style == 1:
        return phonenumbers.format_number(num, PNF.NATIONAL)
    if style == 2:
        return phonenumbers.format_number(num, PNF.INTERNATIONAL)
    if style == 3:
        return phonenumbers.format_number(num, PNF.INTERNATIONAL).replace(" ", ".").replace("-", ".")
    if style == 4:
        return "00" + phonenumbers.format_number(num, PNF.INTERNATIONAL)[1:].replace(" ", "-")
    if style == 5:
        return re.sub(r"\D", "", phonenumbers.format_number(num, PNF.NATIONAL))
    if style == 6:  # spoken
        digs = re.sub(r"\D", "", phonenumbers.format_number(num, PNF.NATIONAL))
        return " ".join(("oh" if c == "0" and rng.random() < 0.5 else S.DIGIT_WORDS[int(c)]) for c in digs)
    nat_s = phonenumbers.format_number(num, PNF.NATIONAL)
    return nat_s.replace(" ", "-") if " " in nat_s else "(" + nat_s[:3] + ") " + nat_s[3:]


def email(rng, p=None, obfuscate=None):
    local = (
        ascii_fold(p["given"] + "." + p["family"]).lower().replace(" ", "")
        if p and p["culture"] in S.LATIN_CULTURES
        else rng.choice(S.HANDLE_WORDS) + str(rng.randint(1, 999))
    )
    local = rng.choice(
        [local, local.replace(".", "_") + str(rng.randint(1, 99)), local.split(".")[0] + str(rng.randint(2000, 2015))]
    )
    dom = rng.choice(S.EMAIL_DOMAINS)
    mode = rng.randint(0, 9) if obfuscate is None else obfuscate
    if mode == 1:
        return f"{local} at {dom.replace('.', ' dot ')}"
    if mode == 2:
        return f"{local}[at]{dom.replace('.', '[dot]')}"
    if mode == 3:
        return f"{local}%40{dom}"
    if mode == 4:
        return f"{local}&#64;{dom}"
    if mode == 5:
        return f"{local} (at) {dom}"
    return f"{local}@{dom}"


PROFILE_URLS = [
    "https://www.instagram.com/{h}/",
    "https://www.tiktok.com/@{h}",
    "https://twitter.com/{h}",
    "https://www.facebook.com/profile.php?id={n}",
    "https://www.roblox.com/users/{n}/profile",
    "https://steamcommunity.com/id/{h}",
    "https://www.snapchat.com/add/{h}",
    "https://vk.com/id{n}",
    "https://www.twitch.tv/{h}",
    "https://t.me/{h}",
    "facebook.com/{h}",
    "instagram.com/{h}",
]


def profile_url(rng, h):
    return rng.choice(PROFILE_URLS).format(h=h.replace(".", "_"), n=rng.randint(10**8, 10**11))


# ---------------------------------------------------------------- network / device
def ipv4(rng):
    first = rng.choice(
        [5, 31, 37, 46, 62, 77, 81, 82, 86, 88, 91, 109, 141, 176, 185, 193, 195, 212, 213, 217, 10, 192]
    )
    if first == 192:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    groups = [rng.choice(["2a02", "2001", "2a01", "2604", "2a00", "fe80"])] + [
        f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)
    ]
    if rng.random() < 0.6:
        k = rng.randint(2, 4)
        return ":".join(groups[:k]) + "::" + ":".join(groups[k + 2 :])
    return ":".join(groups)


def mac(rng):
    b = [rng.randint(0, 255) for _ in range(6)]
    style = rng.randint(0, 3)
    if style == 0:
        return ":".join(f"{x:02x}" for x in b)
    if style == 1:
        return "-".join(f"{x:02X}" for x in b)
    if style == 2:
        h = "".join(f"{x:02x}" for x in b)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return ":".join(f"{x:02X}" for x in b)


def imei(rng):
    body = rng.choice(["35", "86", "01", "99"]) + "".join(rng.choice(string.digits) for _ in range(12))
    v = body + luhn.calc_check_digit(body)
    assert std_imei.is_valid(v)
    return v if rng.random() < 0.7 else f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}"


def uuid(rng, upper=False):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if upper else u


def hexs(rng, n, alphabet="0123456789abcdef"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def device_id(rng):
    k = rng.randint(0, 4)
    return [uuid(rng, True), uuid(rng), hexs(rng, 16), imei(rng), hexs(rng, 64)][k]


# ---------------------------------------------------------------- national ids
def _brute(base, validate, alphabet=string.digits, width=1):
    import itertools

    for suf in itertools.product(alphabet, repeat=width):
        cand = base + "".join(suf)
        if validate(cand):
            return cand
    return None


def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def nid(rng, kind, dob=None, female=None):
    dob = dob or dt.date(rng.randint(1960, 2015), rng.randint(1, 12), rng.randint(1, 28))
    female = rng.random() < 0.5 if female is None else female
    for _ in range(400):
        v = _nid_once(rng, kind, dob, female)
        if v:
            return v
    raise RuntimeError(kind)


def _nid_once(rng, kind, dob, female):
    yy, mm, dd = f"{dob.year % 100:02d}", f"{dob.month:02d}", f"{dob.day:02d}"
    if kind == "nhs":
        v = _brute(str(rng.randint(400, 799)) + _digits(rng, 6), gb_nhs.is_valid)
        return v and rng.choice([f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:]}"])
    if kind == "ahv":
        v = _brute("756" + _digits(rng, 9), ch_ssn.is_valid)
        return v and rng.choice([f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}", v])
    if kind == "nir":
        dept = rng.choice(["75", "69", "13", "59", "2A", "33", "67"])
        base = ("2" if female else "1") + yy + mm + dept + _digits(rng, 6)
        v = _brute(base, fr_nir.is_valid, width=2)
        return v and rng.choice([v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"])
    if kind == "idnr":
        v = _brute(str(rng.randint(1, 9)) + _digits(rng, 9), de_idnr.is_valid)
        return v and rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])
    if kind == "egk":
        letter = rng.choice(string.ascii_uppercase)
        body = f"{ord(letter) - 64:02d}" + _digits(rng, 8)
        tot = sum(sum(divmod(int(c) * (1 if i % 2 == 0 else 2), 10)) for i, c in enumerate(body))
        return letter + body[2:] + str(tot % 10)
    if kind == "medicare":
        body = str(rng.randint(2, 6)) + _digits(rng, 7)
        chk = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        v = body + str(chk) + str(rng.randint(1, 5))
        return rng.choice([v, f"{v[:4]} {v[4:9]} {v[9]}"])
    if kind == "bsn":
        return _brute(str(rng.randint(1, 6)) + _digits(rng, 7), nl_bsn.is_valid)
    if kind == "dni":
        return _brute(_digits(rng, 8), es_dni.is_valid, string.ascii_uppercase)
    if kind == "nie":
        return _brute(rng.choice("XYZ") + _digits(rng, 7), es_nie.is_valid, string.ascii_uppercase)
    if kind == "pesel":
        m = dob.month + (20 if dob.year >= 2000 else 0)
        return _brute(
            yy + f"{m:02d}" + dd + _digits(rng, 3) + rng.choice("02468" if female else "13579"), pl_pesel.is_valid
        )
    if kind == "pnr":
        v = _brute(yy + mm + dd + _digits(rng, 3), se_pnr.is_valid)
        return v and f"{v[:6]}-{v[6:]}"
    if kind == "hetu":
        sep = "A" if dob.year >= 2000 else "-"
        return _brute(dd + mm + yy + sep + _digits(rng, 3), fi_hetu.is_valid, string.digits + "ABCDEFHJKLMNPRSTUVWXY")
    if kind == "be_nn":
        v = _brute(yy + mm + dd + _digits(rng, 3), be_nn.is_valid, width=2)
        return v and rng.choice([v, f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"])
    if kind == "amka":
        return _brute(dd + mm + yy + _digits(rng, 4), gr_amka.is_valid)
    if kind == "pps":
        return _brute(_digits(rng, 7), ie_pps.is_valid, "ABCDEFGHIJKLMNOPQRSTUVW")
    if kind == "aadhaar":
        v = _brute(str(rng.randint(2, 9)) + _digits(rng, 10), in_aadhaar.is_valid)
        return v and rng.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}"])
    if kind == "pan":
        v = (
            "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
            + "P"
            + rng.choice(string.ascii_uppercase)
            + _digits(rng, 4)
            + rng.choice(string.ascii_uppercase)
        )
        return v if in_pan.is_valid(v) else None
    if kind == "cpf":
        v = _brute(_digits(rng, 9), br_cpf.is_valid, width=2)
        return v and rng.choice([v, f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"])
    if kind == "sin":
        v = _brute(str(rng.randint(1, 7)) + _digits(rng, 7), ca_sin.is_valid)
        return v and f"{v[:3]} {v[3:6]} {v[6:]}"
    if kind == "tfn":
        v = _brute(_digits(rng, 8), au_tfn.is_valid)
        return v and f"{v[:3]} {v[3:6]} {v[6:]}"
    if kind == "cf":
        cons = "BCDFGHLMNPRSTVZ"
        day = dob.day + (40 if female else 0)
        base = (
            "".join(rng.choice(cons) for _ in range(6))
            + yy
            + "ABCDEHLMPRST"[dob.month - 1]
            + f"{day:02d}"
            + rng.choice("ABCDEFGHLMZ")
            + _digits(rng, 3)
        )
        return _brute(base, it_cf.is_valid, string.ascii_uppercase)
    if kind == "nino":
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        v = a + _digits(rng, 6) + rng.choice("ABCD")
        return rng.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"])
    if kind == "passport_gb":
        return str(rng.randint(1, 9)) + _digits(rng, 8)
    raise KeyError(kind)


EU_IDS = [
    "nhs",
    "ahv",
    "nir",
    "idnr",
    "egk",
    "medicare",
    "bsn",
    "dni",
    "nie",
    "pesel",
    "pnr",
    "hetu",
    "be_nn",
    "amka",
    "pps",
    "aadhaar",
    "pan",
    "cpf",
    "sin",
    "tfn",
    "cf",
    "nino",
    "passport_gb",
]
ID_NAMES = {
    "nhs": "NHS no",
    "ahv": "AHV-Nr",
    "nir": "n° sécu",
    "idnr": "Steuer-ID",
    "egk": "KVNR",
    "medicare": "Medicare",
    "bsn": "BSN",
    "dni": "DNI",
    "nie": "NIE",
    "pesel": "PESEL",
    "pnr": "personnummer",
    "hetu": "HETU",
    "be_nn": "NN",
    "amka": "ΑΜΚΑ",
    "pps": "PPSN",
    "aadhaar": "Aadhaar",
    "pan": "PAN",
    "cpf": "CPF",
    "sin": "SIN",
    "tfn": "TFN",
    "cf": "C.F.",
    "nino": "NI number",
    "passport_gb": "passport",
}


# ---------------------------------------------------------------- US / finance
def ssn(rng):
    while True:
        v = f"{rng.randint(1, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(v):
            return v if rng.random() < 0.8 else v.replace("-", rng.choice(["", " "]))


def itin(rng):
    while True:
        v = f"9{rng.randint(0, 99):02d}-{rng.choice([50, 57, 63, 70, 75, 82, 88, 90, 94, 98])}-{rng.randint(0, 9999):04d}"
        if us_itin.is_valid(v):
            return v if rng.random() < 0.8 else v.replace("-", "")


def us_passport(rng):
    return rng.choice([_digits(rng, 9), rng.choice("ACEFHJKLMNPRSTWXZ") + _digits(rng, 8)])


def us_dl(rng, state=None):
    state = state or rng.choice(S.US_STATES)
    L = string.ascii_uppercase
    return state, {
        "CA": lambda: rng.choice(L) + _digits(rng, 7),
        "NY": lambda: f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        "TX": lambda: _digits(rng, 8),
        "FL": lambda: (
            f"{rng.choice(L)}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 1)}"
        ),
        "IL": lambda: f"{rng.choice(L)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        "WA": lambda: "WDL" + "".join(rng.choice(L + string.digits) for _ in range(9)),
        "OH": lambda: rng.choice(L) * 2 + _digits(rng, 6),
        "MI": lambda: rng.choice(L) + " " + " ".join(_digits(rng, 3) for _ in range(4)),
        "PA": lambda: f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        "GA": lambda: _digits(rng, 9),
    }[state]()


def aba(rng):
    while True:
        v = _brute(
            f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + _digits(rng, 6),
            us_rtn.is_valid,
        )
        if v:
            return v


def bank_account(rng):
    return _digits(rng, rng.choice([8, 10, 11, 12, 14, 17]))


def card(rng):
    kind = rng.randint(0, 3)
    prefix, n = [("4", 16), (str(rng.randint(51, 55)), 16), (rng.choice(["34", "37"]), 15), ("6011", 16)][kind]
    body = prefix + _digits(rng, n - len(prefix) - 1)
    v = body + luhn.calc_check_digit(body)
    sep = rng.choice([" ", "-", "", " "])
    if n == 15:
        return f"{v[:4]}{sep}{v[4:10]}{sep}{v[10:]}"
    return sep.join(v[i : i + 4] for i in range(0, 16, 4))


IBAN_SHAPES = {
    "DE": "8n10n",
    "GB": "4a6n8n",
    "CH": "5n12c",
    "FR": "5n5n11c2n",
    "NL": "4a10n",
    "BE": "3n7n2n",
    "ES": "4n4n1n1n10n",
    "IT": "1a5n5n12c",
    "AT": "5n11n",
    "IE": "4a6n8n",
    "PL": "8n16n",
    "LU": "3n13c",
    "PT": "4n4n11n2n",
}


def iban(rng, cc=None):
    cc = cc or rng.choice(sorted(IBAN_SHAPES))
    for _ in range(3000):
        bban = ""
        for n, k in re.findall(r"(\d+)([anc])", IBAN_SHAPES[cc]):
            al = {"a": string.ascii_uppercase, "n": string.digits, "c": string.digits + string.ascii_uppercase}[k]
            bban += "".join(rng.choice(al if k != "c" else string.digits) for _ in range(int(n)))
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        v = f"{cc}{98 - num % 97:02d}{bban}"
        if std_iban.is_valid(v):
            return " ".join(v[i : i + 4] for i in range(0, len(v), 4)) if rng.random() < 0.6 else v
    raise RuntimeError(cc)


# ---------------------------------------------------------------- misc
def plate(rng, cc=None):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    cc = cc or rng.choice(["GB", "DE", "FR", "CH", "US", "NL", "IT", "ES", "PL", "IE", "AU"])
    a = lambda n: "".join(rng.choice(L) for _ in range(n))  # noqa: E731
    return {
        "GB": lambda: f"{a(2)}{rng.randint(51, 74)} {a(3)}",
        "DE": lambda: f"{rng.choice(['M', 'B', 'K', 'HH', 'GE', 'TÖL', 'GR'])}-{a(2)} {rng.randint(1, 9999)}",
        "FR": lambda: f"{a(2)}-{_digits(rng, 3)}-{a(2)}",
        "CH": lambda: f"{rng.choice(['ZH', 'VD', 'TI', 'GR', 'BE', 'TG'])} {rng.randint(1000, 999999)}",
        "US": lambda: f"{rng.randint(4, 9)}{a(3)}{_digits(rng, 3)}",
        "NL": lambda: f"{_digits(rng, 2)}-{a(3)}-{rng.randint(1, 9)}",
        "IT": lambda: f"{a(2)} {_digits(rng, 3)}{a(2)}",
        "ES": lambda: f"{_digits(rng, 4)} {a(3)}",
        "PL": lambda: f"W{a(1)} {_digits(rng, 5)}",
        "IE": lambda: (
            f"{rng.randint(12, 24)}{rng.choice(['1', '2'])}-{rng.choice(['D', 'KY', 'G', 'LH'])}-{rng.randint(1, 9999)}"
        ),
        "AU": lambda: f"{_digits(rng, 1)}{a(3)}{_digits(rng, 2)}",
    }[cc]()


def geo(rng, style=None):
    lat, lon = rng.uniform(-38, 60), rng.uniform(-122, 153)
    style = rng.randint(0, 3) if style is None else style
    if style == 0:
        return f"{lat:.5f}, {lon:.5f}"
    if style == 1:
        return f"{lat:.4f},{lon:.4f}"
    if style == 2:

        def dms(x, pos, neg):
            d = abs(x)
            return f"{int(d)}°{int(d % 1 * 60):02d}'{(d * 3600) % 60:04.1f}\"{pos if x >= 0 else neg}"

        return f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}"
    return f"{lat:.6f} {lon:.6f}"


def credential(rng, kind=None):
    kind = rng.randint(0, 8) if kind is None else kind
    words = ["Sunshine", "Dragon", "Monkey", "Liverpool", "Bella", "Princess", "Shadow", "Football", "Minecraft"]
    if kind == 0:
        return rng.choice(words) + str(rng.randint(1, 2012)) + rng.choice(["!", "", "#", "?!"])
    if kind == 1:
        return _digits(rng, rng.choice([4, 4, 6]))
    if kind == 2:
        return "sk_live_" + hexs(rng, 24, string.ascii_letters + string.digits)
    if kind == 3:
        return "ghp_" + hexs(rng, 36, string.ascii_letters + string.digits)
    if kind == 4:
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = (
            base64.urlsafe_b64encode(
                ('{"sub":"%d","iat":%d}' % (rng.randint(10**6, 10**9), rng.randint(1.6e9, 1.8e9))).encode()
            )
            .decode()
            .rstrip("=")
        )
        return f"{head}.{body}.{hexs(rng, 43, string.ascii_letters + string.digits + '-_')}"
    if kind == 5:
        return hexs(rng, 40)
    if kind == 6:
        return "AKIA" + hexs(rng, 16, string.ascii_uppercase + string.digits)
    if kind == 7:
        return "xoxb-" + _digits(rng, 11) + "-" + hexs(rng, 24, string.ascii_letters + string.digits)
    return rng.choice(words).lower() + rng.choice(["_", ".", ""]) + rng.choice(words).lower() + _digits(rng, 2)


def crim(rng):
    return crim_kw(rng)["c"][1]


def crim_kw(rng):
    verb, phrase = rng.choice(S.CRIMINAL)
    return {
        "cv": verb + " " if verb else "",
        "c": ("CRIMINAL_HISTORY", phrase.format(y=rng.randint(2003, 2022), n=rng.randint(2, 9))),
    }


def noise_ref(rng):
    """Unlabelled look-alike noise: ticket numbers, SKUs, versions, order ids."""
    return rng.choice(
        [
            f"TKT-{rng.randint(100000, 999999)}",
            f"CASE/{rng.randint(2023, 2024)}/{rng.randint(1000, 99999):05d}",
            f"SKU {hexs(rng, 3, string.ascii_uppercase)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}",
            f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
            f"ORD#{rng.randint(10**7, 10**8)}",
            f"INC{rng.randint(10**6, 10**7)}",
            f"ref {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        ]
    )
