"""Identifier makers for the held-out v3 generator.

Every maker takes a ``random.Random`` and returns a string (sometimes with companions). Formats with a checksum
are made valid: national IDs are checked with python-stdnum, phone numbers with phonenumbers.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import string
import unicodedata

import phonenumbers
import sources as S
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import ean, luhn
from stdnum import iban as std_iban
from stdnum import isbn as std_isbn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.za import idnr as za_idnr

DIGITS = string.digits
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def rand_digits(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def rand_chars(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def until_valid(rng, make, check, tries=20000):
    for _ in range(tries):
        value = make()
        if check(value):
            return value
    raise RuntimeError("no valid value found")


def fold(text):
    """ASCII-fold a Latin-script string (for e-mail local parts and handles)."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    text = text.replace("ß", "ss").replace("ø", "o")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def birth_date(rng, lo=1942, hi=2005):
    start = dt.date(lo, 1, 1).toordinal()
    end = dt.date(hi, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


# --------------------------------------------------------------------------------------------------------------
# Dates of birth
# --------------------------------------------------------------------------------------------------------------


def _ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(rng, d):
    mon = S.MONTHS[d.month - 1]
    fmts = [
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
        f"{mon} {d.day}, {d.year}",
        f"{d.day} {mon[:3]} {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.month}-{d.day}-{d.year}",
        f"{_ordinal(d.day)} of {mon} {d.year}",
        f"{d.day}-{mon[:3].upper()}-{d.year}",
        f"{mon[:3]}. {d.day} {d.year}",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.day} {mon} {d.year}",
    ]
    return rng.choice(fmts)


def dob(rng, lo=1942, hi=2005):
    return format_date(rng, birth_date(rng, lo, hi))


# --------------------------------------------------------------------------------------------------------------
# US identifiers
# --------------------------------------------------------------------------------------------------------------


def us_ssn(rng):
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def _dl_body(rng, state):
    d = lambda n: rand_digits(rng, n)  # noqa: E731
    L = lambda: rng.choice(UPPER)  # noqa: E731
    if state == "CA":
        return L() + d(7)
    if state == "NY":
        return rng.choice([d(9), f"{d(3)} {d(3)} {d(3)}"])
    if state == "TX":
        return d(8)
    if state == "FL":
        return rng.choice([f"{L()}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}", L() + d(12)])
    if state == "IL":
        return rng.choice([f"{L()}{d(3)}-{d(4)}-{d(4)}", L() + d(11)])
    if state == "PA":
        return rng.choice([d(8), f"{d(2)} {d(3)} {d(3)}"])
    if state == "WA":
        return "WDL" + rand_chars(rng, UPPER + DIGITS, 9)
    if state == "OH":
        return L() + L() + d(6)
    if state == "MI":
        return rng.choice([L() + d(12), f"{L()} {d(3)} {d(3)} {d(3)} {d(3)}"])
    if state == "NJ":
        return rng.choice([L() + d(14), f"{L()}{d(4)} {d(5)} {d(5)}"])
    if state == "GA":
        return d(9)
    if state == "AZ":
        return rng.choice([L() + d(8), d(9)])
    if state == "MA":
        return rng.choice(["S", "SA"]) + d(8 if rng.random() < 0.5 else 7)
    if state == "WI":
        return f"{L()}{d(3)}-{d(4)}-{d(4)}-{d(2)}"
    if state == "MN":
        return L() + d(12)
    if state == "CO":
        return rng.choice([f"{d(2)}-{d(3)}-{d(4)}", d(9)])
    if state == "VA":
        return rng.choice([L() + d(8), f"{L()}{d(2)}-{d(2)}-{d(4)}"])
    if state == "MD":
        return f"{L()}-{d(3)}-{d(3)}-{d(3)}-{d(3)}"
    if state == "NC":
        return d(rng.randint(8, 12))
    if state == "OK":
        return L() + d(9)
    raise ValueError(state)


DL_STATES = [
    "CA",
    "NY",
    "TX",
    "FL",
    "IL",
    "PA",
    "WA",
    "OH",
    "MI",
    "NJ",
    "GA",
    "AZ",
    "MA",
    "WI",
    "MN",
    "CO",
    "VA",
    "MD",
    "NC",
    "OK",
]


def us_driver_license(rng, state=None):
    state = state or rng.choice(DL_STATES)
    return _dl_body(rng, state), state


def aba_routing(rng):
    prefix = rng.choice([f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))] + ["80"])
    body = prefix + rand_digits(rng, 6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(body, w, strict=True))
    check = (10 - s % 10) % 10
    value = body + str(check)
    assert _aba_ok(value)
    return value


def _aba_ok(v):
    d = [int(c) for c in v]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def us_bank_account(rng):
    n = rng.choice([8, 9, 10, 10, 11, 12, 12])
    return str(rng.randint(1, 9)) + rand_digits(rng, n - 1)


# --------------------------------------------------------------------------------------------------------------
# Cards and IBANs
# --------------------------------------------------------------------------------------------------------------

CARD_BRANDS = [
    ("Visa", ["4"], 16),
    ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2500", "2720"], 16),
    ("Amex", ["34", "37"], 15),
    ("Discover", ["6011", "65"], 16),
    ("JCB", ["3528", "3589"], 16),
    ("Diners Club", ["36"], 14),
]


def credit_card(rng):
    brand, prefixes, length = rng.choice(CARD_BRANDS)
    body = rng.choice(prefixes)
    body += rand_digits(rng, length - 1 - len(body))
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    style = rng.random()
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    elif length == 14:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    if style < 0.45:
        text = " ".join(groups)
    elif style < 0.75:
        text = "-".join(groups)
    else:
        text = number
    return text, brand


_STRUCT = re.compile(r"(\d+)!([nac])")
IBAN_COUNTRIES = [
    "DE",
    "GB",
    "FR",
    "ES",
    "IT",
    "NL",
    "BE",
    "CH",
    "PL",
    "IE",
    "AT",
    "PT",
    "SA",
    "AE",
    "TR",
    "NO",
    "SE",
    "DK",
]


def iban(rng, cc=None):
    cc = cc or rng.choice(IBAN_COUNTRIES)
    info = std_iban._ibandb.info(cc)[0][1]["bban"]
    alph = {"n": DIGITS, "a": UPPER, "c": UPPER + DIGITS}

    def make():
        bban = "".join(rand_chars(rng, alph[t], int(n)) for n, t in _STRUCT.findall(info))
        return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban

    value = until_valid(rng, make, std_iban.is_valid)
    if rng.random() < 0.7:
        value = std_iban.format(value)
    return value, cc


# --------------------------------------------------------------------------------------------------------------
# National IDs (non-US)
# --------------------------------------------------------------------------------------------------------------


def uk_nino(rng):
    bad1 = "DFIQUV"
    bad2 = "DFIOQUV"
    first = rng.choice([c for c in UPPER if c not in bad1])
    second = rng.choice([c for c in UPPER if c not in bad2])
    if first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        return uk_nino(rng)
    d = rand_digits(rng, 6)
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
    return f"{first}{second}{d}{suffix}"


def uk_nhs(rng):
    v = until_valid(rng, lambda: str(rng.randint(4, 9)) + rand_digits(rng, 9), nhs.is_valid)
    return nhs.format(v) if rng.random() < 0.6 else v


def ca_sin(rng):
    v = until_valid(rng, lambda: rng.choice("1234567") + rand_digits(rng, 8), sin.is_valid)
    return rng.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}", v])


def in_aadhaar(rng):
    v = until_valid(rng, lambda: rng.choice("23456789") + rand_digits(rng, 11), aadhaar.is_valid)
    return rng.choice([f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}", v])


def in_pan(rng):
    v = until_valid(
        rng,
        lambda: rand_chars(rng, UPPER, 3) + "P" + rng.choice(UPPER) + rand_digits(rng, 4) + rng.choice(UPPER),
        pan.is_valid,
    )
    return v


def es_dni(rng):
    body = rand_digits(rng, 8)
    v = body + dni.calc_check_digit(body)
    assert dni.is_valid(v)
    return rng.choice([v, f"{body}-{v[-1]}"])


def es_nie(rng):
    body = rng.choice("XYZ") + rand_digits(rng, 7)
    v = body + nie.calc_check_digit(body)
    assert nie.is_valid(v)
    return rng.choice([v, f"{v[0]}-{v[1:8]}-{v[8]}"])


def it_cf(rng):
    months = "ABCDEHLMPRST"

    def make():
        day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
        base = (
            rand_chars(rng, "BCDFGLMNPRSTVZ", 3)
            + rand_chars(rng, "BCDFGLMNPRSTVZA", 3)
            + f"{rng.randint(40, 99):02d}"
            + rng.choice(months)
            + f"{day:02d}"
            + rng.choice("ABCDEFGHLMF")
            + rand_digits(rng, 3)
        )
        return base + codicefiscale.calc_check_digit(base)

    return until_valid(rng, make, codicefiscale.is_valid)


def kr_rrn(rng):
    def make():
        d = birth_date(rng, 1950, 1999)
        g = rng.choice("12")
        base = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{rand_digits(rng, 5)}"
        return base + rrn.calc_check_digit(base)

    v = until_valid(rng, make, rrn.is_valid)
    return f"{v[:6]}-{v[6:]}"


def mx_curp(rng):
    states = ["AS", "BC", "CH", "DF", "GT", "JC", "MC", "NL", "OC", "PL", "VZ", "YN", "SL", "SR"]

    def make():
        d = birth_date(rng, 1950, 1999)
        base = (
            rng.choice("BCDFGHJLMPRSTV")
            + rng.choice("AEIOU")
            + rand_chars(rng, "ABCDEGHILMNOPRSTV", 2)
            + f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
            + rng.choice("HM")
            + rng.choice(states)
            + rand_chars(rng, "BCDFGHJKLMNPRSTVZ", 3)
            + rng.choice(DIGITS)
        )
        return base + curp.calc_check_digit(base + "0")

    return until_valid(rng, make, curp.is_valid)


def fr_nir(rng):
    def make():
        base = (
            rng.choice("12")
            + f"{rng.randint(45, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + rand_digits(rng, 3)
            + rand_digits(rng, 3)
        )
        return base + nir.calc_check_digits(base)

    v = until_valid(rng, make, nir.is_valid)
    return nir.format(v) if rng.random() < 0.6 else v


def de_idnr(rng):
    def make():
        digits = list(DIGITS)
        rng.shuffle(digits)
        chosen = digits[:9]
        chosen.append(rng.choice(chosen))
        rng.shuffle(chosen)
        base = "".join(chosen)
        if base[0] == "0":
            return ""
        return base + mod_11_10.calc_check_digit(base)

    v = until_valid(rng, make, lambda x: bool(x) and idnr.is_valid(x))
    return idnr.format(v) if rng.random() < 0.4 else v


def nl_bsn(rng):
    v = until_valid(rng, lambda: str(rng.randint(1, 6)) + rand_digits(rng, 8), bsn.is_valid)
    return bsn.format(v) if rng.random() < 0.3 else v


def pl_pesel(rng):
    def make():
        d = birth_date(rng, 1950, 2004)
        m = d.month + (20 if d.year >= 2000 else 0)
        base = f"{d.year % 100:02d}{m:02d}{d.day:02d}{rand_digits(rng, 4)}"
        return base + pesel.calc_check_digit(base)

    return until_valid(rng, make, pesel.is_valid)


def ch_ahv(rng):
    base = "756" + rand_digits(rng, 9)
    v = base + ean.calc_check_digit(base)
    assert ch_ssn.is_valid(v)
    return ch_ssn.format(v)


def br_cpf(rng):
    def make():
        base = rand_digits(rng, 9)
        d1 = (sum((10 - i) * int(c) for i, c in enumerate(base)) * 10) % 11 % 10
        d2 = (sum((11 - i) * int(c) for i, c in enumerate(base + str(d1))) * 10) % 11 % 10
        return base + str(d1) + str(d2)

    v = until_valid(rng, make, cpf.is_valid)
    return cpf.format(v) if rng.random() < 0.7 else v


def cn_ric(rng):
    def make():
        d = birth_date(rng, 1950, 2000)
        area = rng.choice(["110101", "310104", "440106", "510107", "420102", "330106", "230103"])
        base = f"{area}{d.year}{d.month:02d}{d.day:02d}{rand_digits(rng, 3)}"
        return base + ric.calc_check_digit(base)

    return until_valid(rng, make, ric.is_valid)


def tr_tc(rng):
    def make():
        base = str(rng.randint(1, 9)) + rand_digits(rng, 8)
        return base + tckimlik.calc_check_digits(base)

    return until_valid(rng, make, tckimlik.is_valid)


def il_id(rng):
    return until_valid(rng, lambda: rand_digits(rng, 9), il_idnr.is_valid)


def za_id(rng):
    def make():
        d = birth_date(rng, 1950, 1999)
        base = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{rand_digits(rng, 4)}08"
        return base + luhn.calc_check_digit(base)

    return until_valid(rng, make, za_idnr.is_valid)


def se_pnr(rng):
    def make():
        d = birth_date(rng, 1950, 2000)
        base = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{rand_digits(rng, 3)}"
        return f"{base[:6]}-{base[6:]}{luhn.calc_check_digit(base)}"

    return until_valid(rng, make, personnummer.is_valid)


# (maker, kind as written in text, country)
NATIONAL_IDS = [
    (uk_nino, ["NI number", "National Insurance no.", "NINO"], "UK"),
    (uk_nhs, ["NHS number", "NHS no"], "UK"),
    (ca_sin, ["SIN", "Social Insurance Number"], "Canada"),
    (in_aadhaar, ["Aadhaar", "Aadhaar no.", "UID"], "India"),
    (in_pan, ["PAN", "PAN card"], "India"),
    (es_dni, ["DNI"], "Spain"),
    (es_nie, ["NIE"], "Spain"),
    (it_cf, ["codice fiscale", "CF"], "Italy"),
    (kr_rrn, ["RRN", "resident registration no."], "South Korea"),
    (mx_curp, ["CURP"], "Mexico"),
    (fr_nir, ["NIR", "numéro de sécu"], "France"),
    (de_idnr, ["Steuer-ID", "IdNr"], "Germany"),
    (nl_bsn, ["BSN"], "Netherlands"),
    (pl_pesel, ["PESEL"], "Poland"),
    (ch_ahv, ["AHV no.", "AVS"], "Switzerland"),
    (br_cpf, ["CPF"], "Brazil"),
    (cn_ric, ["ID card no.", "身份证"], "China"),
    (tr_tc, ["TC Kimlik No", "T.C. kimlik"], "Turkey"),
    (il_id, ["Teudat Zehut", "ID no."], "Israel"),
    (za_id, ["SA ID", "ID number"], "South Africa"),
    (se_pnr, ["personnummer"], "Sweden"),
]


def national_id(rng):
    maker, kinds, country = rng.choice(NATIONAL_IDS)
    return maker(rng), rng.choice(kinds), country


# --------------------------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------------------------

PHONE_REGIONS = [
    "US",
    "US",
    "US",
    "CA",
    "GB",
    "GB",
    "IE",
    "FR",
    "DE",
    "ES",
    "IT",
    "PT",
    "NL",
    "PL",
    "NG",
    "NG",
    "KE",
    "KE",
    "ET",
    "EG",
    "SA",
    "AE",
    "IR",
    "TR",
    "IL",
    "RU",
    "UA",
    "GR",
    "IN",
    "IN",
    "BD",
    "CN",
    "JP",
    "KR",
    "VN",
    "TH",
    "PH",
    "ID",
    "MX",
    "BR",
    "AU",
    "ZA",
]


def phone(rng, region=None):
    region = region or rng.choice(PHONE_REGIONS)
    kind = rng.choice([PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nat = str(example.national_number)
    num = example
    for _ in range(200):
        keep = max(2, len(nat) - 5)
        cand = nat[:keep] + rand_digits(rng, len(nat) - keep)
        try:
            parsed = phonenumbers.parse("+" + str(example.country_code) + cand, None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            num = parsed
            break
    r = rng.random()
    if r < 0.35:
        text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    elif r < 0.7:
        text = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    elif r < 0.8:
        text = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    elif r < 0.9:
        text = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL).replace(" ", "-")
        text = text.replace("(", "").replace(")", "")
    else:
        text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL).replace(" ", ".").replace("-", ".")
    if region == "US" and rng.random() < 0.3:
        n = str(num.national_number)
        text = rng.choice(
            [
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
                f"{n[:3]}.{n[3:6]}.{n[6:]}",
                f"1-{n[:3]}-{n[3:6]}-{n[6:]}",
                f"({n[:3]}){n[3:6]}-{n[6:]}",
            ]
        )
    return text


# --------------------------------------------------------------------------------------------------------------
# Network
# --------------------------------------------------------------------------------------------------------------


def ipv4(rng):
    r = rng.random()
    if r < 0.15:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if r < 0.22:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127, 169, 172, 192):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    prefix = rng.choice(["2001:db8", "2a02:c7f", "2600:1700", "2409:4042", "2c0f:fe38", "2001:4860", "fe80:0"])
    groups = prefix.split(":") + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(prefix.split(":")))]
    if rng.random() < 0.4:
        groups[3] = "0"
        groups[4] = "0"
    addr = ipaddress.IPv6Address(":".join(groups))
    return addr.compressed if rng.random() < 0.7 else addr.exploded


# --------------------------------------------------------------------------------------------------------------
# E-mail, handles, URLs
# --------------------------------------------------------------------------------------------------------------


def _clean_local(s):
    s = fold(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def email_local(rng, first_latin, last_latin):
    f, last = _clean_local(first_latin), _clean_local(last_latin)
    year = str(rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(1970, 2009))
    return rng.choice(
        [
            f"{f}.{last}",
            f"{f}{last}",
            f"{f[0]}{last}",
            f"{f}_{last}",
            f"{f}{year}",
            f"{last}.{f}",
            f"{f}.{last}{rng.randint(1, 99)}",
            f"{f[0]}.{last}",
            f"{last}{f[0]}",
            f"{f}-{last}",
        ]
    )


def email(rng, first_latin, last_latin, domain=None):
    domain = domain or rng.choice(S.EMAIL_DOMAINS)
    return f"{email_local(rng, first_latin, last_latin)}@{domain}"


def obfuscate_email(rng, address):
    local, domain = address.split("@")
    host, _, tld = domain.rpartition(".")
    style = rng.randrange(9)
    if style == 0:
        return f"{local} at {host} dot {tld}"
    if style == 1:
        return f"{local}[at]{host}[dot]{tld}"
    if style == 2:
        return f"{local} (at) {domain}"
    if style == 3:
        return address.upper()
    if style == 4:
        return f"{local}%40{domain}"
    if style == 5:
        return f"{local}&#64;{domain}"
    if style == 6:
        return f"{local} [at] {host} [dot] {tld}"
    if style == 7:
        return f"{local} AT {host} DOT {tld}"
    return f"{local}(at){host}(dot){tld}"


def handle(rng, first_latin=None, last_latin=None):
    w = S.HANDLE_WORDS
    opts = [
        lambda: f"{rng.choice(w)}_{rng.choice(w)}{rng.randint(1, 99)}",
        lambda: f"xX_{rng.choice(w)}_Xx",
        lambda: f"{rng.choice(w)}{rng.randint(100, 9999)}",
        lambda: f"{rng.choice(w)}.{rng.choice(w)}",
        lambda: f"the_{rng.choice(w)}_{rng.randint(1, 99)}",
    ]
    if first_latin:
        f = _clean_local(first_latin) or "user"
        last = _clean_local(last_latin or "") or rng.choice(w)
        opts += [
            lambda: f"{f}_{last[0]}",
            lambda: f"{f}{rng.randint(1, 2009)}",
            lambda: f"{f}.{last}",
            lambda: f"{f[0]}{last}",
            lambda: f"{f}_{rng.choice(w)}",
            lambda: f"{rng.choice(w)}{f}{rng.randint(1, 99)}",
            lambda: f"{f}{last[:3]}",
            lambda: f"{last}_{f}",
        ]
        opts += opts[5:]  # favour name-based handles
    return rng.choice(opts)()


def profile_url(rng, h, first_latin=None, last_latin=None):
    f = _clean_local(first_latin or h) or h
    last = _clean_local(last_latin or "x") or "x"
    return rng.choice(
        [
            f"instagram.com/{h}",
            f"https://www.instagram.com/{h}/",
            f"tiktok.com/@{h}",
            f"https://twitter.com/{h}",
            f"x.com/{h}",
            f"https://www.facebook.com/{f}.{last}",
            f"facebook.com/{f}.{last}.{rng.randint(1, 99)}",
            f"https://www.linkedin.com/in/{f}-{last}-{rng.randint(100, 999)}",
            f"github.com/{h}",
            f"https://www.youtube.com/@{h}",
            f"snapchat.com/add/{h}",
            f"reddit.com/user/{h}",
            f"https://vk.com/{h}",
            f"https://t.me/{h}",
        ]
    )


# --------------------------------------------------------------------------------------------------------------
# Credentials
# --------------------------------------------------------------------------------------------------------------


def password(rng):
    w = rng.choice(S.PASSWORD_WORDS)
    leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("s", "$")
    opts = [
        lambda: w.capitalize() + rng.choice("!@#$%&*") + str(rng.randint(1, 2024)),
        lambda: leet + str(rng.randint(10, 99)),
        lambda: w + str(rng.randint(100, 999)),
        lambda: rand_chars(rng, ALNUM + "!#$%&*?@", rng.randint(10, 16)),
        lambda: w.upper()[:4] + rand_digits(rng, 4) + rng.choice("!?#"),
        lambda: f"{rng.choice(S.PASSWORD_WORDS)}-{rng.choice(S.PASSWORD_WORDS)}-{rng.randint(1, 99)}",
        lambda: "P@ssw0rd" + str(rng.randint(1, 99)),
        lambda: w.capitalize() + rand_digits(rng, 2) + rng.choice("!.#"),
    ]
    return rng.choice(opts)()


def pin(rng):
    return rand_digits(rng, rng.choice([4, 4, 4, 6, 5]))


def api_key(rng):
    up_dig = UPPER + "234567"
    opts = [
        lambda: ("AWS", "AKIA" + rand_chars(rng, up_dig, 16)),
        lambda: ("GitHub", "ghp_" + rand_chars(rng, ALNUM, 36)),
        lambda: ("Stripe", "sk_live_" + rand_chars(rng, ALNUM, 24)),
        lambda: ("Stripe", "rk_live_" + rand_chars(rng, ALNUM, 24)),
        lambda: ("Slack", f"xoxb-{rand_digits(rng, 11)}-{rand_digits(rng, 12)}-{rand_chars(rng, ALNUM, 24)}"),
        lambda: ("Google", "AIza" + rand_chars(rng, ALNUM + "-_", 35)),
        lambda: ("GitLab", "glpat-" + rand_chars(rng, ALNUM + "-_", 20)),
        lambda: ("SendGrid", "SG." + rand_chars(rng, ALNUM, 22) + "." + rand_chars(rng, ALNUM, 43)),
    ]
    return rng.choice(opts)()


def token(rng):
    opts = [
        lambda: rand_chars(rng, "0123456789abcdef", 32),
        lambda: rand_chars(rng, "0123456789abcdef", 40),
        lambda: rand_chars(rng, ALNUM, 32),
        lambda: rand_chars(rng, ALNUM + "+/", 40),
        lambda: "eyJhbGciOiJIUzI1NiJ9." + rand_chars(rng, ALNUM + "-_", 36) + "." + rand_chars(rng, ALNUM + "-_", 43),
        lambda: rand_chars(rng, "0123456789abcdef", 64),
    ]
    return rng.choice(opts)()


def aws_secret(rng):
    return rand_chars(rng, ALNUM + "+/", 40)


# --------------------------------------------------------------------------------------------------------------
# Vehicle plates
# --------------------------------------------------------------------------------------------------------------


def plate(rng):
    L = lambda n: rand_chars(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", n)  # noqa: E731
    d = lambda n: rand_digits(rng, n)  # noqa: E731
    opts = [
        ("UK", lambda: f"{L(2)}{rng.randint(10, 73)} {L(3)}"),
        ("CA (US)", lambda: f"{rng.randint(5, 9)}{L(3)}{d(3)}"),
        ("NY", lambda: f"{L(3)}-{d(4)}"),
        ("TX", lambda: f"{L(3)}-{d(4)}"),
        ("FL", lambda: f"{L(3)} {L(1)}{d(2)}"),
        ("OH", lambda: f"{L(3)} {d(4)}"),
        ("Germany", lambda: f"{rng.choice(['B', 'M', 'HH', 'K', 'F', 'S', 'DO', 'L'])}-{L(2)} {rng.randint(1, 9999)}"),
        ("France", lambda: f"{L(2)}-{d(3)}-{L(2)}"),
        ("Netherlands", lambda: f"{d(2)}-{L(3)}-{d(1)}"),
        ("India", lambda: f"{rng.choice(['MH', 'DL', 'KA', 'TN', 'WB', 'UP'])} {d(2)} {L(2)} {d(4)}"),
        ("Brazil", lambda: f"{L(3)}{d(1)}{L(1)}{d(2)}"),
        ("Spain", lambda: f"{d(4)} {rand_chars(rng, 'BCDFGHJKLMNPRSTVWXYZ', 3)}"),
        ("Italy", lambda: f"{L(2)} {d(3)}{L(2)}"),
        ("Poland", lambda: f"{rng.choice(['WA', 'KR', 'PO', 'GD', 'WR'])} {d(5)}"),
        ("Kenya", lambda: f"K{L(2)} {d(3)}{L(1)}"),
        ("Nigeria", lambda: f"{L(3)}-{d(3)}{L(2)}"),
        ("Australia", lambda: f"{L(3)}-{d(3)}"),
        ("Ireland", lambda: f"{rng.randint(12, 24)}{rng.choice('12')}-{rng.choice(['D', 'C', 'G', 'KY'])}-{d(4)}"),
        ("Mexico", lambda: f"{L(3)}-{d(3)}-{L(1)}"),
    ]
    country, make = rng.choice(opts)
    return make(), country


# --------------------------------------------------------------------------------------------------------------
# Non-PII look-alikes (for negatives and distractors)
# --------------------------------------------------------------------------------------------------------------


def isbn13(rng):
    base = "978" + rng.choice(["0", "1", "3", "84", "88"]) + rand_digits(rng, 12 - 3 - 1)
    base = base[:12]
    v = base + ean.calc_check_digit(base)
    assert std_isbn.is_valid(v)
    return std_isbn.format(v)


def sku(rng):
    return rng.choice(
        [
            f"SKU-{rand_chars(rng, UPPER, 3)}-{rand_digits(rng, 5)}",
            f"{rand_chars(rng, UPPER, 2)}{rand_digits(rng, 4)}-{rand_chars(rng, UPPER + DIGITS, 3)}",
            f"PN {rand_digits(rng, 3)}-{rand_digits(rng, 2)}-{rand_digits(rng, 4)}-A",
            f"{rand_digits(rng, 3)}.{rand_digits(rng, 3)}.{rand_digits(rng, 2)}",
        ]
    )


def ticket(rng):
    return rng.choice(
        [
            f"INC{rand_digits(rng, 7)}",
            f"CHG{rand_digits(rng, 7)}",
            f"OPS-{rng.randint(100, 9999)}",
            f"JIRA-{rng.randint(100, 9999)}",
            f"REQ-{rng.randint(2019, 2025)}-{rand_digits(rng, 5)}",
            f"#{rng.randint(10000, 99999)}",
        ]
    )


def invoice(rng):
    return rng.choice(
        [
            f"INV-{rng.randint(2019, 2025)}-{rand_digits(rng, 5)}",
            f"PO {rand_digits(rng, 8)}",
            f"{rand_chars(rng, UPPER, 2)}/{rng.randint(2019, 2025)}/{rand_digits(rng, 4)}",
            f"Q-{rand_digits(rng, 6)}",
        ]
    )


def version(rng):
    return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"


def build_hash(rng, n=None):
    return rand_chars(rng, "0123456789abcdef", n or rng.choice([7, 8, 12, 40]))


CURRENCIES = ["$", "£", "€", "USD ", "KES ", "₹", "NGN ", "CHF ", "R$"]


def amount(rng, cur=None):
    cur = cur or rng.choice(CURRENCIES)
    whole = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 250000)])
    if rng.random() < 0.5:
        return f"{cur}{whole:,}.{rng.randint(0, 99):02d}"
    return f"{cur}{whole:,}"


def tracking(rng):
    return rng.choice(
        [
            "1Z" + rand_chars(rng, UPPER + DIGITS, 16),
            f"JD{rand_digits(rng, 18)}",
            f"{rand_chars(rng, UPPER, 2)}{rand_digits(rng, 9)}GB",
            rand_digits(rng, 12),
        ]
    )


def grant_code(rng):
    return rng.choice(
        [
            f"R01-{rand_chars(rng, UPPER, 2)}-{rand_digits(rng, 6)}",
            f"EP/{rand_chars(rng, UPPER, 1)}{rand_digits(rng, 6)}/1",
            f"GR-{rng.randint(2019, 2025)}-{rand_digits(rng, 4)}",
            f"H2020-{rand_digits(rng, 6)}",
        ]
    )


def part_number_like_phone(rng):
    # Looks like a phone number or SSN but is a part/catalogue number.
    return rng.choice(
        [
            f"{rand_digits(rng, 3)}-{rand_digits(rng, 3)}-{rand_digits(rng, 4)}-R{rng.randint(1, 9)}",
            f"{rand_digits(rng, 3)}-{rand_digits(rng, 2)}-{rand_digits(rng, 4)}",
            f"{rand_digits(rng, 4)} {rand_digits(rng, 3)} {rand_digits(rng, 4)}",
        ]
    )
