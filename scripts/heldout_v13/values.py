"""Identifier and value generators: valid checksums via stdnum, real numbering plans via phonenumbers."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
import uuid

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import ean, iban, luhn, verhoeff
from stdnum.at import vnr
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.ch import ssn as ch_ssn
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.es import ccc, dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.ie import pps
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import rtn
from stdnum.za import idnr as za_idnr

R = random.Random
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits(rng: R, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def letters(rng: R, n: int, alphabet: str = UP) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ascii_fold(text: str) -> str:
    table = {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ʻ": "",
        "'": "",
        "’": "",
    }
    out = "".join(table.get(c, c) for c in text)
    out = unicodedata.normalize("NFKD", out)
    return "".join(c for c in out if not unicodedata.combining(c) and ord(c) < 128)


# ---------------------------------------------------------------- phones
def phone_obj(rng: R, region: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
    kind = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    for attempt in range(300):
        keep = 1 if attempt < 120 else 2 if attempt < 220 else 3
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        if region in ("US", "CA") and cand[3:6] == "555":
            continue
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in (
            kind,
            PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return num
    return ex


def fmt_phone(rng: R, num: phonenumbers.PhoneNumber, style: str | None = None) -> str:
    style = style or rng.choice(["intl", "intl", "national", "national", "e164", "00", "compact", "dash", "dot"])
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    if style == "intl":
        return intl
    if style == "national":
        return nat
    if style == "e164":
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    if style == "00":
        return "00" + intl[1:]
    if style == "compact":
        return "".join(c for c in nat if c.isdigit()) or nat
    if style == "dash":
        return intl.replace(" ", "-").replace("(", "").replace(")", "")
    if style == "dot":
        return nat.replace(" ", ".").replace("-", ".").replace("(", "").replace(")", "")
    if style == "paren_cc":
        return f"(+{num.country_code}) " + intl.split(" ", 1)[1]
    return intl


def phone(rng: R, region: str, mobile: bool = True, style: str | None = None) -> str:
    return fmt_phone(rng, phone_obj(rng, region, mobile), style)


_WORDS = {
    "0": "zero",
    "1": "one",
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "6": "six",
    "7": "seven",
    "8": "eight",
    "9": "nine",
}


def spoken_digits(rng: R, number: str) -> str:
    ds = [c for c in number if c.isdigit()]
    out: list[str] = []
    i = 0
    while i < len(ds):
        if i + 1 < len(ds) and ds[i] == ds[i + 1] and rng.random() < 0.6:
            out.append("double " + ("oh" if ds[i] == "0" and rng.random() < 0.5 else _WORDS[ds[i]]))
            i += 2
            continue
        out.append("oh" if ds[i] == "0" and rng.random() < 0.4 else _WORDS[ds[i]])
        i += 1
    return " ".join(out)


# ---------------------------------------------------------------- dates
MONTHS_EN = [
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


def dob(rng: R, age: int, ref: dt.date = dt.date(2024, 6, 1)) -> dt.date:
    start = dt.date(ref.year - age - 1, ref.month, ref.day) + dt.timedelta(days=1)
    return start + dt.timedelta(days=rng.randrange(360))


def fmt_date(rng: R, d: dt.date, style: str | None = None) -> str:
    style = style or rng.choice(["dmy", "dmy", "iso", "dot", "long", "us_long", "abbr", "ord", "dmy2", "nopad"])
    m = MONTHS_EN[d.month - 1]
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "long":
        return f"{d.day} {m} {d.year}"
    if style == "us_long":
        return f"{m} {d.day}, {d.year}"
    if style == "abbr":
        return f"{d.day:02d}-{m[:3]}-{d.year}"
    if style == "ord":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {m} {d.year}"
    if style == "dmy2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "nopad":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "mdy_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    return d.isoformat()


# ---------------------------------------------------------------- online
FREE_MAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "gmx.net", "live.com"]


def email(rng: R, first: str, last: str, domains: list[str] | None = None) -> str:
    f, la = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "")
    f = f or "user"
    la = la or "x"
    local = rng.choice(
        [
            f"{f}.{la}",
            f"{f}{la}",
            f"{f[0]}{la}",
            f"{f}_{la}{rng.randint(1, 99)}",
            f"{la}.{f}",
            f"{f}{rng.randint(70, 2012)}",
            f"{f}.{la[0]}",
            f"{la}{f[0]}{rng.randint(1, 9)}",
        ]
    )
    return f"{local}@{rng.choice(domains or FREE_MAIL)}"


def obfuscate_email(rng: R, addr: str) -> str:
    local, dom = addr.split("@")
    kind = rng.choice(["at", "bracket", "paren", "spaced"])
    if kind == "at":
        return f"{local} at {dom.replace('.', ' dot ')}"
    if kind == "bracket":
        return f"{local}[at]{dom.replace('.', '[dot]')}"
    if kind == "paren":
        return f"{local} (at) {dom.replace('.', ' (dot) ')}"
    return f"{local} @ {dom}"


HANDLE_WORDS = [
    "moon",
    "kitty",
    "ghost",
    "vibes",
    "star",
    "shadow",
    "lil",
    "xo",
    "angel",
    "wolf",
    "frost",
    "neon",
    "sleepy",
    "daisy",
    "nova",
    "raven",
    "blu",
    "cherry",
    "toxic",
    "sunny",
    "gamer",
    "smol",
    "nightowl",
]


def handle(rng: R, first: str = "", at: bool | None = None) -> str:
    f = ascii_fold(first).lower().replace(" ", "")
    w = rng.choice(HANDLE_WORDS)
    n = str(rng.randint(1, 2012))
    base = (
        rng.choice(
            [
                f"{f}_{w}",
                f"{w}.{f}{n[-2:]}",
                f"{f}{n}",
                f"x{f}x",
                f"{w}_{w[:2]}{n[-2:]}",
                f"{f}.{w}",
                f"its{f}{n[-1]}",
                f"{w}{f}",
                f"{f}__{n[-3:]}",
            ]
        )
        if f
        else f"{w}_{n}"
    )
    base = base.strip("._") or w
    if at is None:
        at = rng.random() < 0.6
    return "@" + base if at else base


def ipv4(rng: R) -> str:
    first = rng.choice([31, 37, 46, 62, 77, 81, 86, 91, 94, 109, 151, 176, 185, 188, 193, 212, 213, 217, 24, 73, 98])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: R) -> str:
    groups = ["2a02", f"{rng.randint(0x1000, 0xFFFF):x}", f"{rng.randint(0, 0xFFFF):x}"]
    tail = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([2, 3, 4]))]
    if rng.random() < 0.7:
        return ":".join(groups) + "::" + ":".join(tail)
    return ":".join(groups + tail + ["1"] * (5 - len(tail)))


def mac(rng: R) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    style = rng.choice([":", "-", ".", ":u"])
    if style == ".":
        h = "".join(f"{x:02x}" for x in b)
        return ".".join(h[i : i + 4] for i in range(0, 12, 4))
    s = ":" if style.startswith(":") else "-"
    out = s.join(f"{x:02x}" for x in b)
    return out.upper() if style == ":u" or rng.random() < 0.4 else out


def imei(rng: R) -> str:
    body = rng.choice(["35", "86", "01", "35", "99"]) + digits(rng, 12)
    return body + luhn.calc_check_digit(body)


def device_uuid(rng: R, upper: bool | None = None) -> str:
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if upper is None:
        upper = rng.random() < 0.5
    return u.upper() if upper else u


def serial(rng: R) -> str:
    return rng.choice(
        [
            letters(rng, 1, "CDFGH") + letters(rng, 1) + digits(rng, 1) + letters(rng, 9, UP + DIG),
            "R58" + letters(rng, 1) + digits(rng, 2) + letters(rng, 5, UP + DIG),
            digits(rng, 4) + letters(rng, 2) + digits(rng, 6),
        ]
    )


def coords(rng: R, lat: float, lon: float, style: str | None = None) -> str:
    la = lat + rng.uniform(-0.05, 0.05)
    lo = lon + rng.uniform(-0.05, 0.05)
    style = style or rng.choice(["dec", "dec", "decns", "dms", "maps"])
    if style == "dec":
        return f"{la:.6f}, {lo:.6f}"
    if style == "decns":
        return f"{abs(la):.4f}° {'N' if la >= 0 else 'S'}, {abs(lo):.4f}° {'E' if lo >= 0 else 'W'}"
    if style == "maps":
        return f"{la:.5f},{lo:.5f}"

    def dms(v: float) -> str:
        v = abs(v)
        d = int(v)
        m = int((v - d) * 60)
        s = (v - d - m / 60) * 3600
        return f"{d}°{m:02d}'{s:04.1f}\""

    return f"{dms(la)}{'N' if la >= 0 else 'S'} {dms(lo)}{'E' if lo >= 0 else 'W'}"


def credential(rng: R, kind: str | None = None) -> str:
    kind = kind or rng.choice(["pw", "pw", "pin", "token", "recovery", "api"])
    if kind == "pin":
        return digits(rng, rng.choice([4, 4, 6]))
    if kind == "token":
        return letters(rng, 24, UP + UP.lower() + DIG)
    if kind == "recovery":
        return "-".join(letters(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([2, 3, 4])))
    if kind == "api":
        return rng.choice(["sk_live_", "ghp_", "AKIA", "xoxb-"]) + letters(rng, 20, UP + DIG + "abcdefghijk")
    word = rng.choice(
        [
            "Sunflower",
            "dragon",
            "Liverpool",
            "bubbles",
            "Pokemon",
            "monkey",
            "Barcelona",
            "Kitty",
            "Sommer",
            "soleil",
            "Shadow",
            "princess",
        ]
    )
    return word + rng.choice(["", "!", "_", "#", "@"]) + digits(rng, rng.choice([2, 3, 4]))


# ---------------------------------------------------------------- US
def us_ssn(rng: R, style: str | None = None) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    style = style or rng.choice(["-", "-", "-", " ", ""])
    return style.join([a, g, s])


def us_itin(rng: R) -> str:
    grp = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    sep = rng.choice(["-", "-", " "])
    return f"9{digits(rng, 2)}{sep}{grp}{sep}{digits(rng, 4)}"


def us_passport(rng: R) -> str:
    return rng.choice([digits(rng, 9, True), letters(rng, 1) + digits(rng, 8)])


def us_driver_license(rng: R, state: str) -> str:
    if state == "CA":
        return letters(rng, 1) + digits(rng, 7)
    if state == "NY":
        d = digits(rng, 9)
        return rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}"])
    if state == "FL":
        return f"{letters(rng, 1)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 1)}"
    if state == "IL":
        return f"{letters(rng, 1)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"
    if state == "WA":
        return "WDL" + letters(rng, 6, UP + DIG) + digits(rng, 3)
    if state == "PA":
        d = digits(rng, 8)
        return f"{d[:2]} {d[2:5]} {d[5:]}"
    return digits(rng, 8)


def us_bank(rng: R) -> str:
    return digits(rng, rng.choice([8, 10, 11, 12]), True)


def aba(rng: R) -> str:
    body = f"{rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + digits(rng, 6)
    return body + rtn.calc_check_digit(body)


# ---------------------------------------------------------------- cards / IBAN
def card(rng: R, brand: str | None = None, style: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = rng.choice(["51", "52", "53", "54", "55"]) + digits(rng, 13)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = "6011" + digits(rng, 11)
    num = body + luhn.calc_check_digit(body)
    style = style or rng.choice([" ", " ", "-", ""])
    if len(num) == 15:
        return style.join([num[:4], num[4:10], num[10:]])
    return style.join(num[i : i + 4] for i in range(0, 16, 4))


def _fr_rib(rng: R) -> str:
    bank, branch, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return f"{bank}{branch}{acct}{key:02d}"


def _be_bban(rng: R) -> str:
    body = digits(rng, 10)
    chk = int(body) % 97 or 97
    return f"{body}{chk:02d}"


def _es_bban(rng: R) -> str:
    bank, office, acct = digits(rng, 4), digits(rng, 4), digits(rng, 10)
    return bank + office + ccc.calc_check_digits(bank + office + "00" + acct) + acct


BBAN = {
    "DE": lambda r: digits(r, 8, True) + digits(r, 10),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14),
    "IE": lambda r: r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 14),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + digits(r, 10),
    "AT": lambda r: digits(r, 16, True),
    "CH": lambda r: "00" + digits(r, 15),
    "SE": lambda r: digits(r, 20),
    "DK": lambda r: digits(r, 14),
    "FI": lambda r: digits(r, 14),
    "PL": lambda r: digits(r, 24),
    "FR": _fr_rib,
    "BE": _be_bban,
    "ES": _es_bban,
    "LT": lambda r: "7" + digits(r, 15),
    "EE": lambda r: digits(r, 16),
    "LU": lambda r: digits(r, 3) + letters(r, 13, UP + DIG),
    "BG": lambda r: r.choice(["BNBG", "UNCR", "STSA"]) + digits(r, 6) + digits(r, 8),
    "GR": lambda r: digits(r, 7) + digits(r, 16),
    "LV": lambda r: r.choice(["HABA", "UNLA", "PARX"]) + digits(r, 13),
}


def iban_code(rng: R, country: str, grouped: bool | None = None) -> str:
    if country not in BBAN:
        country = "DE"
    for _ in range(100):
        bban = BBAN[country](rng)
        conv = "".join(str(int(c, 36)) for c in bban + country + "00")
        check = 98 - int(conv) % 97
        value = f"{country}{check:02d}{bban}"
        if iban.is_valid(value):
            break
    if grouped is None:
        grouped = rng.random() < 0.7
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if grouped else value


# ---------------------------------------------------------------- national IDs
def _retry(rng: R, make: object, valid: object, tries: int = 300) -> str:
    for _ in range(tries):
        value = make(rng)  # type: ignore[operator]
        if valid(value):  # type: ignore[operator]
            return value  # type: ignore[no-any-return]
    raise RuntimeError("could not generate identifier")


def _cf_part(word: str, is_name: bool) -> str:
    w = ascii_fold(word).upper().replace(" ", "").replace("'", "")
    cons = [c for c in w if c.isalpha() and c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def it_cf(rng: R, given: str, family: str, birth: dt.date, female: bool) -> str:
    day = birth.day + (40 if female else 0)
    comune = rng.choice(["H501", "F205", "F839", "L219", "A944", "G273", "D612", "L736", "A662", "G224"])
    body = (
        _cf_part(family, False)
        + _cf_part(given, True)
        + f"{birth.year % 100:02d}"
        + "ABCDEHLMPRST"[birth.month - 1]
        + f"{day:02d}"
        + comune
    )
    return body + codicefiscale.calc_check_digit(body)


def jmbg(rng: R, birth: dt.date, female: bool) -> str:
    body = f"{birth.day:02d}{birth.month:02d}{birth.year % 1000:03d}{rng.choice(['71', '80', '73', '72', '91'])}"
    while True:
        seq = rng.randint(500, 999) if female else rng.randint(0, 499)
        b = body + f"{seq:03d}"
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        m = 11 - sum(int(x) * y for x, y in zip(b, w)) % 11
        if m == 10:
            continue
        return b + str(0 if m == 11 else m)


def hkid(rng: R) -> str:
    prefix = rng.choice(["A", "C", "D", "E", "G", "H", "K", "P", "R", "V", "Y", "Z"])
    body = digits(rng, 6)
    vals = [36 * 9, (ord(prefix) - 55) * 8] + [int(c) * w for c, w in zip(body, range(7, 1, -1))]
    chk = (11 - sum(vals) % 11) % 11
    return f"{prefix}{body}({'A' if chk == 10 else chk})"


def _nino(rng: R) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = "A"
    d = digits(rng, 6)
    sep = rng.choice([" ", "", " "])
    return f"{first}{second}{sep}{d[:2]}{sep}{d[2:4]}{sep}{d[4:]}{sep}{rng.choice('ABCD')}"


def _nhs(rng: R) -> str:
    def make(r: R) -> str:
        body = digits(r, 9, True)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        return body + ("0" if c == 11 else str(c)) if c != 10 else "x"

    v = _retry(rng, make, nhs.is_valid)
    return rng.choice([f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:]}"])


def _pps(rng: R) -> str:
    def make(r: R) -> str:
        d = digits(r, 7)
        second = r.choice(["", "", "A", "W"])
        total = sum(int(x) * (8 - i) for i, x in enumerate(d)) + (
            9 * "WABCDEFGHIJKLMNOPQRSTUV".index(second) if second else 0
        )
        return d + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second

    return _retry(rng, make, pps.is_valid)


def national_id(rng: R, country: str, birth: dt.date, female: bool, given: str = "", family: str = "") -> str:
    """A valid-looking government number for `country`; returns the display string."""
    y2 = birth.year % 100
    dd, mm = f"{birth.day:02d}", f"{birth.month:02d}"
    if country == "DE":

        def make(r: R) -> str:
            from stdnum.iso7064 import mod_11_10

            base = digits(r, 10, True)
            return base + mod_11_10.calc_check_digit(base)

        v = _retry(rng, make, idnr.is_valid)
        return rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])
    if country == "FR":
        body = (
            f"{2 if female else 1}{y2:02d}{mm}{rng.choice(['75', '69', '13', '59', '33', '44', '2A'])}"
            f"{digits(rng, 3)}{digits(rng, 3)}"
        )
        v = body + nir.calc_check_digits(body)
        return rng.choice([v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"])
    if country == "IT":
        return it_cf(rng, given or "Mario", family or "Rossi", birth, female)
    if country == "ES":
        if rng.random() < 0.3:
            body = rng.choice("XYZ") + digits(rng, 7)
            return body + nie.calc_check_digit(body)
        body = digits(rng, 8)
        v = body + dni.calc_check_digit(body)
        return rng.choice([v, f"{v[:8]}-{v[8]}", f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}"])
    if country == "NL":

        def make_nl(r: R) -> str:
            b = digits(r, 8, True)
            c = sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
            return b + str(c) if c < 10 else "x"

        v = _retry(rng, make_nl, bsn.is_valid)
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"])
    if country == "PL":
        m = birth.month + (20 if birth.year >= 2000 else 0)
        sex = rng.choice("02468" if female else "13579")
        body = f"{y2:02d}{m:02d}{dd}{digits(rng, 3)}{sex}"
        return body + pesel.calc_check_digit(body)
    if country == "SE":
        body = f"{y2:02d}{mm}{dd}{digits(rng, 2)}{rng.choice('02468' if female else '13579')}"
        v = body + luhn.calc_check_digit(body)
        v = f"{v[:6]}-{v[6:]}" if rng.random() < 0.6 else f"{birth.year // 100}{v[:6]}-{v[6:]}"
        assert personnummer.is_valid(v), v
        return v
    if country == "DK":
        c7 = "0123" if birth.year < 2000 else "4"
        return _retry(rng, lambda r: f"{dd}{mm}{y2:02d}-{r.choice(c7)}{digits(r, 3)}", cpr.is_valid)
    if country == "FI":

        def make_fi(r: R) -> str:
            ind = f"{r.randint(2, 899):03d}"
            ch = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{dd}{mm}{y2:02d}{ind}") % 31]
            return f"{dd}{mm}{y2:02d}{'A' if birth.year >= 2000 else '-'}{ind}{ch}"

        return _retry(rng, make_fi, hetu.is_valid)

    if country == "NO":

        def make_no(r: R) -> str:
            ind = r.randint(500, 999) if birth.year >= 2000 else r.randint(0, 499)
            body = f"{dd}{mm}{y2:02d}{ind:03d}"
            try:
                c1 = fodselsnummer.calc_check_digit1(body)
                c2 = fodselsnummer.calc_check_digit2(body + c1)
            except Exception:  # noqa: BLE001 - invalid check digit 10
                return "x"
            return body + c1 + c2

        return _retry(rng, make_no, fodselsnummer.is_valid)
    if country == "CH":
        body = "756" + digits(rng, 9)
        v = body + ean.calc_check_digit(body)
        assert ch_ssn.is_valid(v)
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if country == "AT":

        def make_at(r: R) -> str:
            body = digits(r, 3, True)
            try:
                return body + vnr.calc_check_digit(body + "0" + dd + mm + f"{y2:02d}") + dd + mm + f"{y2:02d}"
            except Exception:  # noqa: BLE001
                return "x"

        v = _retry(rng, make_at, vnr.is_valid)
        return rng.choice([v, f"{v[:4]} {v[4:]}"])
    if country == "BE":

        def make_be(r: R) -> str:
            body = f"{y2:02d}{mm}{dd}{r.randint(1, 997):03d}"
            base = int(("2" if birth.year >= 2000 else "") + body)
            return f"{body}{97 - base % 97:02d}"

        v = _retry(rng, make_be, be_nn.is_valid)
        return rng.choice([v, f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"])
    if country == "PT":
        body = rng.choice("123") + digits(rng, 7)
        return body + nif.calc_check_digit(body)
    if country == "GB":
        return _nino(rng) if rng.random() < 0.6 else _nhs(rng)
    if country == "GB_NINO":
        return _nino(rng)
    if country == "GB_NHS":
        return _nhs(rng)
    if country == "IE":
        return _pps(rng)
    if country == "BR":
        b = [int(c) for c in digits(rng, 9)]
        d1 = (sum(x * (10 - i) for i, x in enumerate(b)) * 10) % 11 % 10
        d2 = (sum(x * (11 - i) for i, x in enumerate(b + [d1])) * 10) % 11 % 10
        s = "".join(map(str, b + [d1, d2]))
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    if country == "IN":
        body = rng.choice("23456789") + digits(rng, 10)
        v = body + verhoeff.calc_check_digit(body)
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if country == "CA":
        body = rng.choice("1234567") + digits(rng, 7)
        v = body + luhn.calc_check_digit(body)
        return rng.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}"])
    if country == "AU":
        from stdnum.au import tfn

        v = _retry(rng, lambda r: digits(r, 9, True), tfn.is_valid, 2000)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if country == "TR":
        body = digits(rng, 9, True)
        return body + tckimlik.calc_check_digits(body)
    if country == "ZA":
        body = f"{y2:02d}{mm}{dd}{rng.randint(0, 4999) if female else rng.randint(5000, 9999):04d}08"
        v = body + luhn.calc_check_digit(body)
        assert za_idnr.is_valid(v), v
        return v
    if country == "CN":
        region = rng.choice(["110101", "310104", "440305", "540102", "510107", "632801", "653101"])
        body = f"{region}{birth.year}{mm}{dd}{rng.randint(0, 99):02d}{rng.choice('02468' if female else '13579')}"
        return body + ric.calc_check_digit(body)
    if country == "BG":
        m = birth.month + (40 if birth.year >= 2000 else 0)
        body = f"{y2:02d}{m:02d}{dd}{digits(rng, 2)}{rng.choice('13579' if female else '02468')}"
        return body + egn.calc_check_digit(body)
    if country == "GR":

        def make_gr(r: R) -> str:
            body = f"{dd}{mm}{y2:02d}{digits(r, 3)}{r.choice('02468' if female else '13579')}"
            return body + luhn.calc_check_digit(body)

        return _retry(rng, make_gr, amka.is_valid)
    if country in ("LT", "EE"):
        g = (4 if female else 3) if birth.year < 2000 else (6 if female else 5)
        body = f"{g}{y2:02d}{mm}{dd}{digits(rng, 3)}"
        return body + (asmens.calc_check_digit(body) if country == "LT" else ik.calc_check_digit(body))
    if country == "LV":
        body = f"{dd}{mm}{y2:02d}{1 if birth.year < 2000 else 2}{digits(rng, 3)}"
        v = body + pvn.calc_check_digit_pers(body)
        return f"{v[:6]}-{v[6:]}"
    if country == "IS":

        def make_is(r: R) -> str:
            body = f"{dd}{mm}{y2:02d}{r.randint(20, 99)}"
            c = 11 - sum(int(x) * w for x, w in zip(body, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if c == 10:
                return "x"
            return f"{body}{0 if c == 11 else c}{0 if birth.year >= 2000 else 9}"

        v = _retry(rng, make_is, kennitala.is_valid)
        return f"{v[:6]}-{v[6:]}"
    if country == "AL":
        dec = "JKLM"[min(3, max(0, (birth.year - 1980) // 10))]
        m = birth.month + (50 if female else 0)
        return f"{dec}{birth.year % 10}{m:02d}{dd}{digits(rng, 3)}{letters(rng, 1)}"
    if country == "RS":
        return jmbg(rng, birth, female)
    if country == "HK":
        return hkid(rng)
    if country == "UZ":
        if rng.random() < 0.5:
            g = (4 if female else 3) if birth.year < 2000 else (6 if female else 5)
            return f"{g}{dd}{mm}{y2:02d}{digits(rng, 7)}"
        return rng.choice(["AA", "AB", "AC", "AD", "FA"]) + rng.choice(["", " "]) + digits(rng, 7)
    if country == "TJ":
        return rng.choice(["A", "B"]) + digits(rng, 8)
    if country == "AF":
        return f"{rng.choice(['1398', '1399', '1400', '1401'])}-{digits(rng, 4)}-{digits(rng, 5)}"
    if country == "IQ":
        return f"{birth.year}{digits(rng, 8)}"
    if country == "ET":
        d = digits(rng, 16, True)
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    raise KeyError(country)


# ---------------------------------------------------------------- plates
_NOV = "BCDFGHJKLMNPRSTVWXYZ"


def plate(rng: R, country: str) -> str:
    L = lambda n, a=UP: letters(rng, n, a)  # noqa: E731
    D = lambda n: digits(rng, n)  # noqa: E731
    table = {
        "GB": lambda: (
            f"{L(2, 'ABCDEFGHKLMNOPRSVWY')}{rng.choice(['19', '69', '20', '70', '21', '71', '22', '72'])}"
            f"{rng.choice([' ', ''])}{L(3, 'ABCDEFGHJKLMNOPRSTUVWXY')}"
        ),
        "DE": lambda: (
            f"{rng.choice(['B', 'M', 'HH', 'K', 'F', 'S', 'L', 'DO', 'KS', 'BI'])}{rng.choice(['-', ' '])}"
            f"{L(rng.choice([1, 2]))} {rng.randint(1, 9999)}"
        ),
        "FR": lambda: f"{L(2)}-{D(3)}-{L(2)}",
        "ES": lambda: f"{D(4)} {L(3, _NOV)}",
        "IT": lambda: f"{L(2)} {D(3)}{L(2)}" if rng.random() < 0.5 else f"{L(2)}{D(3)}{L(2)}",
        "NL": lambda: rng.choice(
            [f"{D(2)}-{L(3, _NOV)}-{D(1)}", f"{L(2, _NOV)}-{D(3)}-{L(1, _NOV)}", f"{D(1)}-{L(3, _NOV)}-{D(2)}"]
        ),
        "PL": lambda: f"{rng.choice(['WA', 'KR', 'PO', 'GD', 'WR', 'EL'])} {D(5)}",
        "BE": lambda: f"{rng.choice('12')}-{L(3)}-{D(3)}",
        "SE": lambda: f"{L(3, 'ABCDEFGHJKLMNOPRSTUWXYZ')} {D(2)}{rng.choice([D(1), L(1, 'ABCDEFGHJKLMNPRSTUWXYZ')])}",
        "IE": lambda: (
            f"{rng.choice(['191', '201', '222', '231', '182'])}-"
            f"{rng.choice(['D', 'C', 'G', 'KY', 'L', 'WX'])}-{rng.randint(1, 29999)}"
        ),
        "CH": lambda: f"{rng.choice(['ZH', 'BE', 'VD', 'GE', 'LU', 'TI', 'SG'])} {rng.randint(1, 999999)}",
        "AT": lambda: f"{rng.choice(['W', 'G', 'L', 'S', 'I'])}-{rng.randint(1, 99999)} {L(rng.choice([1, 2]))}",
        "US": lambda: rng.choice(
            [f"{D(1)}{L(3)}{D(3)}", f"{L(3)}-{D(4)}", f"{L(3)} {D(4)}", f"{L(3)} {L(1)}{D(2)}", f"{D(3)} {L(3)}"]
        ),
        "CA": lambda: f"{L(4)} {D(3)}",
        "AU": lambda: rng.choice([f"{L(2)}{D(2)}{L(2)}", f"{D(1)}{L(3)}{D(3)}", f"{L(3)}-{D(3)}"]),
        "RS": lambda: f"{rng.choice(['BG', 'NS', 'NI', 'KG', 'SU'])} {D(3)}-{L(2, 'ABCDEJKMOTXZ')}",
        "BG": lambda: f"{rng.choice(['СА', 'СВ', 'РВ', 'В', 'А', 'ВТ'])} {D(4)} {letters(rng, 2, 'АВЕКМНОРСТУХ')}",
        "GR": lambda: f"{letters(rng, 3, 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}-{D(4)}",
        "LT": lambda: f"{L(3)} {D(3)}",
        "LV": lambda: f"{L(2)}-{rng.randint(1, 9999)}",
        "EE": lambda: f"{D(3)} {L(3)}",
        "IS": lambda: f"{L(2)}{rng.choice([' ', ''])}{L(1)}{D(2)}",
        "HK": lambda: f"{L(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {rng.randint(1, 9999)}",
        "AL": lambda: f"{L(2)} {D(3)} {L(2)}",
        "UZ": lambda: f"{D(2)} {L(1)} {D(3)} {L(2)}",
        "TR": lambda: f"{rng.randint(1, 81):02d} {L(rng.choice([1, 2, 3]))} {rng.randint(10, 9999)}",
        "PT": lambda: f"{L(2)}-{D(2)}-{L(2)}",
        "DK": lambda: f"{L(2)} {D(2)} {D(3)}",
        "NO": lambda: f"{L(2)} {D(5)}",
        "FI": lambda: f"{L(3)}-{rng.randint(1, 999)}",
    }
    return table.get(country, table["US"])()
