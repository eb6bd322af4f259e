"""Valid identifier generators (checksums via python-stdnum, phones via phonenumbers)."""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum import imei as std_imei
from stdnum import luhn
from stdnum import mac as std_mac
from stdnum.au import tfn
from stdnum.az import voen
from stdnum.be import nn as std_be_nn
from stdnum.br import cpf
from stdnum.by import unp
from stdnum.ca import bc_phn, sin
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.hr import oib
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.mk import edb
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.si import ddv, emso
from stdnum.sk import rc
from stdnum.us import itin, rtn, ssn
from stdnum.za import idnr as za_idnr

DIG = string.digits
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def letters(rng: random.Random, n: int, pool: str = UP) -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def sample(rng: random.Random, make: Callable[[], str], ok: Callable[[str], bool], tries: int = 20000) -> str:
    """Rejection sampling: draw candidates until the stdnum validator accepts one."""
    for _ in range(tries):
        cand = make()
        if ok(cand):
            return cand
    raise RuntimeError("no valid candidate")


def birth(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


# ---------------------------------------------------------------- phones
PHONE_STYLES = ("intl", "national", "e164", "intl_dash", "national_tight", "zerozero", "intl_dot")


def phone(rng: random.Random, region: str, kind: str = "mobile", style: str = "") -> str:
    ptype = PhoneNumberType.MOBILE if kind == "mobile" else PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, ptype)
    nsn = phonenumbers.national_significant_number(example)
    cc = example.country_code
    num = example
    for _ in range(5000):
        keep = rng.choice((1, 2, 3))
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        parsed = phonenumbers.parse(f"+{cc}{cand}")
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region:
            if phonenumbers.number_type(parsed) in (ptype, PhoneNumberType.FIXED_LINE_OR_MOBILE):
                num = parsed
                break
    style = style or rng.choice(PHONE_STYLES)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    out = {
        "intl": intl,
        "national": national,
        "e164": phonenumbers.format_number(num, PhoneNumberFormat.E164),
        "intl_dash": intl.replace(" ", "-").replace("+" + str(cc) + "-", "+" + str(cc) + " "),
        "national_tight": "".join(c for c in national if c.isdigit()) if national[:1].isdigit() else national,
        "zerozero": "00" + intl[1:],
        "intl_dot": intl if "-" in intl else intl.replace(" ", ".").replace("+" + str(cc) + ".", "+" + str(cc) + " "),
    }[style]
    try:
        valid = phonenumbers.is_valid_number(phonenumbers.parse(out, region))
    except phonenumbers.NumberParseException:
        valid = False
    if not valid:
        out = intl
    assert phonenumbers.is_valid_number(phonenumbers.parse(out, region)), (out, region)
    return out


NATIVE_DIGITS = {
    "deva": "०१२३४५६७८९",
    "knda": "೦೧೨೩೪೫೬೭೮೯",
    "orya": "୦୧୨୩୪୫୬୭୮୯",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
}


def to_native(value: str, script: str) -> str:
    table = NATIVE_DIGITS[script]
    return "".join(table[int(c)] if c in DIG else c for c in value)


# ---------------------------------------------------------------- finance
IBAN_BBAN: dict[str, Callable[[random.Random], str]] = {
    "GB": lambda r: letters(r, 4) + digits(r, 14),
    "DE": lambda r: digits(r, 18),
    "NL": lambda r: letters(r, 4) + digits(r, 10),
    "IE": lambda r: letters(r, 4) + digits(r, 14),
    "SK": lambda r: digits(r, 20),
    "SI": lambda r: digits(r, 15),
    "HR": lambda r: digits(r, 17),
    "MT": lambda r: letters(r, 4) + digits(r, 23),
    "AZ": lambda r: letters(r, 4) + digits(r, 20),
    "MK": lambda r: digits(r, 15),
    "BY": lambda r: letters(r, 4) + digits(r, 20),
    "FR": lambda r: digits(r, 23),
    "ES": lambda r: digits(r, 20),
    "IT": lambda r: letters(r, 1) + digits(r, 22),
}


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{98 - num % 97:02d}"


def iban(rng: random.Random, country: str, spaced: bool | None = None) -> str:
    def make() -> str:
        bban = IBAN_BBAN[country](rng)
        return country + _iban_check(country, bban) + bban

    value = sample(rng, make, std_iban.is_valid)
    if spaced is None:
        spaced = rng.random() < 0.6
    return std_iban.format(value) if spaced else value


def credit_card(rng: random.Random) -> str:
    brand = rng.choice(("visa", "visa", "mc", "amex", "disc"))
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    elif brand == "amex":
        body = rng.choice(("34", "37")) + digits(rng, 12)
    else:
        body = "6011" + digits(rng, 11)
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    sep = rng.choice((" ", "-", "", " "))
    if len(num) == 15:
        return sep.join((num[:4], num[4:10], num[10:]))
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def aba_routing(rng: random.Random) -> str:
    def make() -> str:
        head = f"{rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + digits(rng, 6)
        return head + rtn.calc_check_digit(head)

    return sample(rng, make, rtn.is_valid)


def us_bank_account(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, rng.randint(8, 11))


# ---------------------------------------------------------------- US ids
def us_ssn(rng: random.Random) -> str:
    def make() -> str:
        area = rng.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"

    return sample(rng, make, ssn.is_valid)


def us_itin(rng: random.Random) -> str:
    def make() -> str:
        group = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        return f"9{digits(rng, 2)}-{group:02d}-{digits(rng, 4)}"

    return sample(rng, make, itin.is_valid)


def us_passport(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return str(rng.randint(1, 9)) + digits(rng, 8)
    return rng.choice("ACZ") + digits(rng, 8)


def us_driver_license(rng: random.Random) -> tuple[str, str]:
    state = rng.choice(("CA", "NY", "FL", "TX", "IL", "WA", "OH", "PA"))
    if state == "CA":
        value = letters(rng, 1) + digits(rng, 7)
    elif state == "NY":
        d = digits(rng, 9)
        value = f"{d[:3]} {d[3:6]} {d[6:]}"
    elif state == "FL":
        d = digits(rng, 12)
        value = f"{letters(rng, 1)}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    elif state == "TX":
        value = digits(rng, 8)
    elif state == "IL":
        d = digits(rng, 11)
        value = f"{letters(rng, 1)}{d[:3]}-{d[3:7]}-{d[7:]}"
    elif state == "WA":
        value = "WDL" + letters(rng, 9, UP + DIG)
    elif state == "OH":
        value = letters(rng, 2) + digits(rng, 6)
    else:
        value = digits(rng, 8)
    return state, value


# ---------------------------------------------------------------- national ids
def _ymd(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return birth(rng, y0, y1)


def sk_rc(rng: random.Random, y0: int = 1960, y1: int = 2015) -> str:
    def make() -> str:
        y, m, d = _ymd(rng, y0, y1)
        mm = m + (50 if rng.random() < 0.5 else 0)
        return f"{y % 100:02d}{mm:02d}{d:02d}/{digits(rng, 4)}"

    return sample(rng, make, rc.is_valid)


def hr_oib(rng: random.Random) -> str:
    return sample(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), oib.is_valid)


def si_emso(rng: random.Random, y0: int = 1960, y1: int = 2015) -> str:
    def make() -> str:
        y, m, d = _ymd(rng, y0, y1)
        return f"{d:02d}{m:02d}{y % 1000:03d}50{digits(rng, 3)}" + digits(rng, 1)

    return sample(rng, make, emso.is_valid)


def mk_embg(rng: random.Random, y0: int = 1960, y1: int = 2015) -> str:
    """Macedonian EMBG: same JMBG checksum as Slovenian EMSO, region 41-49."""
    while True:
        y, m, d = _ymd(rng, y0, y1)
        body = f"{d:02d}{m:02d}{y % 1000:03d}{rng.randint(41, 49)}{digits(rng, 3)}"
        check = emso.calc_check_digit(body)
        if check.isdigit() and len(check) == 1:
            return body + check


def si_tax(rng: random.Random) -> str:
    return sample(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 7), ddv.is_valid)


def mk_edb(rng: random.Random) -> str:
    return sample(rng, lambda: "4" + digits(rng, 12), edb.is_valid)


def by_unp(rng: random.Random) -> str:
    return sample(rng, lambda: str(rng.randint(1, 7)) + digits(rng, 8), unp.is_valid)


def az_voen(rng: random.Random) -> str:
    return sample(rng, lambda: digits(rng, 9) + rng.choice("12"), voen.is_valid)


def cn_ric(rng: random.Random, region: str = "650102") -> str:
    def make() -> str:
        y, m, d = _ymd(rng, 1965, 2012)
        body = f"{region}{y}{m:02d}{d:02d}{digits(rng, 3)}"
        return body + ric.calc_check_digit(body)

    return sample(rng, make, ric.is_valid)


def pk_cnic(rng: random.Random) -> str:
    def make() -> str:
        return f"4{digits(rng, 4)}-{digits(rng, 7)}-{rng.randint(1, 9)}"

    return sample(rng, make, cnic.is_valid)


def in_aadhaar(rng: random.Random) -> str:
    def make() -> str:
        body = str(rng.randint(2, 9)) + digits(rng, 10)
        for c in DIG:
            if aadhaar.is_valid(body + c):
                return f"{body[:4]} {body[4:8]} {body[8:]}{c}"
        return ""

    return sample(rng, make, lambda v: bool(v) and aadhaar.is_valid(v))


def in_pan(rng: random.Random) -> str:
    return sample(rng, lambda: letters(rng, 3) + "P" + letters(rng, 1) + digits(rng, 4) + letters(rng, 1), pan.is_valid)


def id_nik(rng: random.Random, province: str = "33") -> str:
    def make() -> str:
        y, m, d = _ymd(rng, 1970, 2012)
        dd = d + (40 if rng.random() < 0.5 else 0)
        head = f"{province}{rng.randint(1, 29):02d}{rng.randint(1, 20):02d}"
        return f"{head}{dd:02d}{m:02d}{y % 100:02d}{digits(rng, 3)}1"

    return sample(rng, make, nik.is_valid)


def za_id(rng: random.Random, y0: int = 1965, y1: int = 2012) -> str:
    def make() -> str:
        y, m, d = _ymd(rng, y0, y1)
        body = f"{y % 100:02d}{m:02d}{d:02d}{digits(rng, 4)}{rng.choice('01')}8"
        return body + luhn.calc_check_digit(body)

    return sample(rng, make, za_idnr.is_valid)


def gb_nhs(rng: random.Random) -> str:
    def make() -> str:
        v = digits(rng, 10)
        return f"{v[:3]} {v[3:6]} {v[6:]}"

    return sample(rng, make, nhs.is_valid)


def gb_nino(rng: random.Random) -> str:
    first_ok = "ABCEGHJKLMNOPRSTWXYZ"
    second_ok = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first_ok) + rng.choice(second_ok)
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(rng, 6)
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def ie_pps(rng: random.Random) -> str:
    def make() -> str:
        return digits(rng, 7) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW") + rng.choice(("", "", "A", "W"))

    return sample(rng, make, pps.is_valid)


def au_medicare(rng: random.Random) -> str:
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    first = str(rng.randint(2, 6)) + digits(rng, 7)
    check = sum(int(c) * w for c, w in zip(first, weights)) % 10
    issue = str(rng.randint(1, 9))
    return f"{first[:4]} {first[4:]}{check} {issue}"


def au_tfn(rng: random.Random) -> str:
    def make() -> str:
        v = digits(rng, 9)
        return f"{v[:3]} {v[3:6]} {v[6:]}"

    return sample(rng, make, tfn.is_valid)


def nz_nhi(rng: random.Random) -> str:
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        head = letters(rng, 3, alpha) + digits(rng, 3)
        total = sum((alpha.index(c) + 1 if c.isalpha() else int(c)) * (7 - i) for i, c in enumerate(head))
        check = 11 - total % 11
        if check == 11:
            continue
        return head + str(check % 10)


def nz_ird(rng: random.Random) -> str:
    def make() -> str:
        v = str(rng.randint(10, 150)) + digits(rng, 6)
        return f"{v[:-6]}-{v[-6:-3]}-{v[-3:]}"

    return sample(rng, make, ird.is_valid)


def ca_sin(rng: random.Random) -> str:
    def make() -> str:
        body = str(rng.choice((1, 2, 3, 4, 5, 6, 7, 9))) + digits(rng, 7)
        v = body + luhn.calc_check_digit(body)
        return f"{v[:3]} {v[3:6]} {v[6:]}"

    return sample(rng, make, sin.is_valid)


def ca_bc_phn(rng: random.Random) -> str:
    def make() -> str:
        v = "9" + digits(rng, 9)
        return f"{v[:4]} {v[4:7]} {v[7:]}"

    return sample(rng, make, bc_phn.is_valid)


def de_idnr(rng: random.Random) -> str:
    def make() -> str:
        body = str(rng.randint(1, 9)) + digits(rng, 9)
        good = [body + c for c in DIG if idnr.is_valid(body + c)]
        return good[0] if good else ""

    return sample(rng, make, lambda v: bool(v) and idnr.is_valid(v))


def fr_nir(rng: random.Random) -> str:
    def make() -> str:
        y, m, _ = _ymd(rng, 1960, 2010)
        body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{digits(rng, 3)}{digits(rng, 3)}"
        check = 97 - int(body) % 97
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {check:02d}"

    return sample(rng, make, nir.is_valid)


def es_dni(rng: random.Random) -> str:
    if rng.random() < 0.7:
        body = digits(rng, 8)
        return body + dni.calc_check_digit(body)
    body = rng.choice("XYZ") + digits(rng, 7)
    return sample(rng, lambda: body + rng.choice(UP), nie.is_valid)


def it_cf(rng: random.Random) -> str:
    months = "ABCDEHLMPRST"

    def make() -> str:
        y, m, d = _ymd(rng, 1960, 2010)
        dd = d + (40 if rng.random() < 0.5 else 0)
        body = (
            letters(rng, 6, "BCDFGLMNPRSTVZ")
            + f"{y % 100:02d}"
            + months[m - 1]
            + f"{dd:02d}"
            + rng.choice("ABCDEFGHLM")
            + f"{rng.randint(1, 999):03d}"
        )
        return body + codicefiscale.calc_check_digit(body)

    return sample(rng, make, codicefiscale.is_valid)


def nl_bsn(rng: random.Random) -> str:
    return sample(rng, lambda: str(rng.randint(1, 6)) + digits(rng, 8), bsn.is_valid)


def pl_pesel(rng: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(rng, 1960, 2012)
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}{digits(rng, 4)}"
        return body + pesel.calc_check_digit(body)

    return sample(rng, make, pesel.is_valid)


def br_cpf(rng: random.Random) -> str:
    def make() -> str:
        v = digits(rng, 11)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"

    return sample(rng, make, cpf.is_valid)


def se_pnr(rng: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(rng, 1960, 2012)
        body = f"{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}"
        return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"

    return sample(rng, make, personnummer.is_valid)


def ro_cnp(rng: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(rng, 1960, 2012)
        sex = rng.choice("12") if y < 2000 else rng.choice("56")
        body = f"{sex}{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 46):02d}{digits(rng, 3)}"
        return body + cnp.calc_check_digit(body)

    return sample(rng, make, cnp.is_valid)


def be_nn(rng: random.Random) -> str:
    def make() -> str:
        y, m, d = _ymd(rng, 1960, 1999)
        body = f"{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}"
        check = 97 - int(body) % 97
        return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{check:02d}"

    return sample(rng, make, std_be_nn.is_valid)


# ---------------------------------------------------------------- devices and network
def imei(rng: random.Random) -> str:
    body = rng.choice(("35", "35", "86", "01")) + digits(rng, 12)
    value = body + luhn.calc_check_digit(body)
    assert std_imei.is_valid(value)
    return value


def mac(rng: random.Random) -> str:
    def make() -> str:
        first = rng.randrange(0, 256) & 0xFC
        octets = [first] + [rng.randrange(0, 256) for _ in range(5)]
        sep = rng.choice((":", "-", ":"))
        text = sep.join(f"{o:02x}" for o in octets)
        return text.upper() if rng.random() < 0.4 else text

    return sample(rng, make, std_mac.is_valid)


def uuid4(rng: random.Random, upper: bool = False) -> str:
    hexd = "0123456789abcdef"
    raw = [rng.choice(hexd) for _ in range(32)]
    raw[12] = "4"
    raw[16] = rng.choice("89ab")
    s = "".join(raw)
    out = f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"
    return out.upper() if upper else out


def device_id(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(("IMEI", "AAID", "IDFA", "serial", "serial", "console"))
    if kind == "IMEI":
        return "IMEI", imei(rng)
    if kind == "AAID":
        return "Android advertising ID", uuid4(rng)
    if kind == "IDFA":
        return "IDFA", uuid4(rng, upper=True)
    if kind == "serial":
        return "serial no.", rng.choice(("C02", "F2L", "DMP", "R58", "G6T")) + letters(rng, 9, UP + DIG)
    return "console serial", "XBX" + digits(rng, 10)


PUBLIC_FIRST_OCTETS = (23, 31, 37, 46, 62, 77, 81, 85, 89, 92, 103, 109, 141, 151, 176, 178, 185, 188, 193, 212, 217)


def ipv4(rng: random.Random) -> str:
    return ".".join(
        str(x) for x in (rng.choice(PUBLIC_FIRST_OCTETS), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    )


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2a02", "2a01", "2001", "2600", "2406", "2c0f"))
    groups = [head] + [f"{rng.randrange(0, 65536):x}" for _ in range(3)]
    tail = [f"{rng.randrange(1, 65536):x}" for _ in range(rng.choice((1, 2, 3)))]
    return ":".join(groups) + "::" + ":".join(tail)


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.25 else ipv4(rng)


def coords(rng: random.Random, lat: float, lon: float) -> str:
    la = lat + rng.uniform(-0.05, 0.05)
    lo = lon + rng.uniform(-0.05, 0.05)
    nd = rng.choice((4, 5, 6))
    if rng.random() < 0.7:
        return f"{la:.{nd}f}, {lo:.{nd}f}"
    ns = "N" if la >= 0 else "S"
    ew = "E" if lo >= 0 else "W"
    return f"{abs(la):.{nd}f}°{ns} {abs(lo):.{nd}f}°{ew}"


# ---------------------------------------------------------------- credentials
PW_WORDS = (
    "sunflower",
    "dragon",
    "liverpool",
    "monkey",
    "princess",
    "shadow",
    "bluebell",
    "tiger",
    "rocket",
    "summer",
    "pepper",
    "falcon",
    "minecraft",
    "barcelona",
    "lollipop",
    "kitten",
    "thunder",
    "mango",
)


def password(rng: random.Random) -> str:
    word = rng.choice(PW_WORDS)
    if rng.random() < 0.5:
        word = word.capitalize()
    mid = rng.choice(("", "_", "#", "@", "$", "."))
    return f"{word}{mid}{rng.randint(1, 2024)}{rng.choice(('', 'x', 'Z', 'k'))}"


def pin(rng: random.Random) -> str:
    return digits(rng, rng.choice((4, 4, 6)))


def api_token(rng: random.Random) -> str:
    kind = rng.choice(("aws", "gh", "bearer", "slack", "generic"))
    if kind == "aws":
        return "AKIA" + letters(rng, 16, UP + "234567")
    if kind == "gh":
        return "ghp_" + letters(rng, 36, ALNUM)
    if kind == "bearer":
        return "eyJhbGciOiJIUzI1NiJ9." + letters(rng, 40, ALNUM) + "." + letters(rng, 22, ALNUM)
    if kind == "slack":
        return f"xoxb-{digits(rng, 11)}-{digits(rng, 12)}-{letters(rng, 24, ALNUM)}"
    return "sk_" + letters(rng, 32, string.ascii_lowercase + DIG)


# ---------------------------------------------------------------- plates
def plate(rng: random.Random, country: str) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if country == "GB":
        age = rng.choice((14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73))
        return f"{letters(rng, 2, L)}{age} {letters(rng, 3, L)}"
    if country == "US":
        return f"{rng.randint(4, 9)}{letters(rng, 3, L)}{digits(rng, 3)}"
    if country == "DE":
        return f"{rng.choice(('B', 'M', 'HH', 'K', 'F', 'S', 'DO'))}-{letters(rng, 2, L)} {rng.randint(10, 9999)}"
    if country == "FR":
        return f"{letters(rng, 2, L)}-{digits(rng, 3)}-{letters(rng, 2, L)}"
    if country == "IE":
        return (
            f"{rng.choice(('191', '201', '221', '232', '242'))}-{rng.choice(('D', 'C', 'G', 'L', 'KY'))}-"
            f"{rng.randint(100, 99999)}"
        )
    if country == "ES":
        return f"{digits(rng, 4)} {letters(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
    if country == "IT":
        return f"{letters(rng, 2, L)} {digits(rng, 3)}{letters(rng, 2, L)}"
    if country == "AU":
        return f"{letters(rng, 3, L)}{digits(rng, 2)}{letters(rng, 1, L)}"
    if country == "NZ":
        return f"{letters(rng, 3, L)}{digits(rng, 3)}"
    if country == "CA":
        return f"{letters(rng, 4, L)} {digits(rng, 3)}"
    if country == "ZA":
        return f"{letters(rng, 2, L)} {digits(rng, 2)} {letters(rng, 2, L)} GP"
    if country == "IN":
        return f"{rng.choice(('MH', 'KA', 'OD', 'DL'))} {rng.randint(1, 50):02d} {letters(rng, 2, L)} {digits(rng, 4)}"
    return f"{letters(rng, 2, L)} {digits(rng, 3)}-{letters(rng, 2, L)}"
