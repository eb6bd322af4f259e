"""Value makers for the held-out generator: every function takes a `random.Random` and returns one string.

Identifiers are built and then checked with the library that validates them (python-stdnum, phonenumbers),
so every checksum is valid. Never read these to write a detection rule.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import phonenumbers
from sources import CULTURES, STREETS, Culture
from stdnum import iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.es import dni, nie
from stdnum.gb import nhs
from stdnum.il import idnr as il_id
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import rtn

Rng = random.Random
UPPER = string.ascii_uppercase
DIGITS = string.digits


def _d(rng: Rng, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _u(rng: Rng, n: int, alphabet: str = UPPER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _until(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    for _ in range(10_000):
        value = make()
        if valid(value):
            return value
    raise RuntimeError("no valid value generated")  # a bug in a maker, not bad luck


# --- names --------------------------------------------------------------------------------------------------


def name(rng: Rng, culture: Culture | None = None, *, full: bool = True) -> str:
    c = culture or rng.choice(CULTURES)
    given, family = rng.choice(c.given), rng.choice(c.family)
    if not full:
        return given
    if not c.family_first:
        return given + " " + family
    # East Asian names: usually written without a space, sometimes with one.
    joiner = " " if c.joiner == "" and rng.random() < 0.25 else c.joiner
    return family + joiner + given


def latin_name(rng: Rng) -> str:
    return name(rng, rng.choice([c for c in CULTURES if c.latin]))


def script_name(rng: Rng) -> str:
    return name(rng, rng.choice([c for c in CULTURES if not c.latin]))


# --- national IDs (value, context word) ---------------------------------------------------------------------


def _nino(rng: Rng) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = _d(rng, 6)
    sep = rng.choice(["", " "])
    body = f"{prefix}{sep}{digits[:2]}{sep}{digits[2:4]}{sep}{digits[4:]}" if sep else prefix + digits
    return body + sep + rng.choice("ABCD")


def _nhs(rng: Rng) -> str:
    v = _until(lambda: _d(rng, 10), nhs.is_valid)
    return nhs.format(v) if rng.random() < 0.6 else v


def _sin(rng: Rng) -> str:
    v = _until(lambda: (lambda b: b + luhn.calc_check_digit(b))(rng.choice("1234567") + _d(rng, 7)), sin.is_valid)
    return sin.format(v) if rng.random() < 0.5 else v


def _aadhaar(rng: Rng) -> str:
    v = _until(lambda: (lambda b: b + verhoeff.calc_check_digit(b))(rng.choice("23456789") + _d(rng, 10)),
               aadhaar.is_valid)  # fmt: skip
    return aadhaar.format(v) if rng.random() < 0.6 else v


def _pan(rng: Rng) -> str:
    return _until(lambda: _u(rng, 3) + rng.choice("PCHFATBLJG") + _u(rng, 1) + _d(rng, 4) + _u(rng, 1), pan.is_valid)


def _dni(rng: Rng) -> str:
    b = _d(rng, 8)
    v = b + dni.calc_check_digit(b)
    assert dni.is_valid(v)
    return v if rng.random() < 0.7 else b + "-" + v[-1]


def _nie(rng: Rng) -> str:
    b = rng.choice("XYZ") + _d(rng, 7)
    v = b + nie.calc_check_digit(b)
    assert nie.is_valid(v)
    return v


def _codice(rng: Rng) -> str:
    def make() -> str:
        month = rng.choice("ABCDEHLMPRST")
        day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
        body = _u(rng, 6) + _d(rng, 2) + month + f"{day:02d}" + rng.choice("ABCDEFGHILM") + _d(rng, 3)
        return body + codicefiscale.calc_check_digit(body)

    return _until(make, codicefiscale.is_valid)


def _rrn(rng: Rng) -> str:
    def make() -> str:
        year = rng.randint(0, 99)
        body = f"{year:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + rng.choice("1234") + _d(rng, 5)
        return body + rrn.calc_check_digit(body)

    return rrn.format(_until(make, rrn.is_valid))


def _curp(rng: Rng) -> str:
    states = ["AS", "BC", "CH", "DF", "JC", "MC", "NL", "OC", "PL", "VZ", "YN"]
    cons = "BCDFGHJKLMNPQRSTVWXYZ"

    def make() -> str:
        head = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons)
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = head + date + rng.choice("HM") + rng.choice(states) + _u(rng, 3, cons) + rng.choice(DIGITS)
        return body + curp.calc_check_digit(body)

    return _until(make, curp.is_valid)


def _ahv(rng: Rng) -> str:
    def make() -> str:
        from stdnum import ean

        b = "756" + _d(rng, 9)
        return b + ean.calc_check_digit(b)

    return ahv.format(_until(make, ahv.is_valid))


def _bsn(rng: Rng) -> str:
    return _until(lambda: rng.choice("123456789") + _d(rng, 8), bsn.is_valid)


def _cpf(rng: Rng) -> str:
    return cpf.format(_until(lambda: _d(rng, 11), cpf.is_valid))


def _pesel(rng: Rng) -> str:
    def make() -> str:
        body = f"{rng.randint(0, 99):02d}{rng.randint(1, 12) + rng.choice([0, 20]):02d}{rng.randint(1, 28):02d}"
        body += _d(rng, 4)
        return body + pesel.calc_check_digit(body)

    return _until(make, pesel.is_valid)


def _il(rng: Rng) -> str:
    return _until(lambda: _d(rng, 9), il_id.is_valid)


# (value maker, context words a form or a writer would put before it)
NATIONAL_IDS: dict[str, tuple[Callable[[Rng], str], tuple[str, ...]]] = {
    "gb_nino": (_nino, ("NI number", "National Insurance no.", "NINO", "NI no")),
    "gb_nhs": (_nhs, ("NHS number", "NHS no.", "NHS #")),
    "ca_sin": (_sin, ("SIN", "social insurance number", "S.I.N.")),
    "in_aadhaar": (_aadhaar, ("Aadhaar", "aadhaar no", "UIDAI number")),
    "in_pan": (_pan, ("PAN", "PAN card", "permanent account number")),
    "es_dni": (_dni, ("DNI", "D.N.I.", "documento")),
    "es_nie": (_nie, ("NIE", "N.I.E.", "foreigner ID")),
    "it_cf": (_codice, ("codice fiscale", "C.F.", "tax code")),
    "kr_rrn": (_rrn, ("RRN", "resident registration no.", "주민등록번호")),
    "mx_curp": (_curp, ("CURP", "clave CURP")),
    "ch_ahv": (_ahv, ("AHV", "AHV-Nr.", "AVS number")),
    "nl_bsn": (_bsn, ("BSN", "burgerservicenummer")),
    "br_cpf": (_cpf, ("CPF", "cpf")),
    "pl_pesel": (_pesel, ("PESEL", "pesel")),
    "il_id": (_il, ("Teudat Zehut", "Israeli ID", "ת.ז.")),
}


def national_id(rng: Rng) -> tuple[str, str]:
    """(value, context word)."""
    key = rng.choice(sorted(NATIONAL_IDS))
    make, words = NATIONAL_IDS[key]
    return make(rng), rng.choice(words)


# --- US identifiers, cards, banks ---------------------------------------------------------------------------


def ssn(rng: Rng) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    sep = rng.choice(["-", "-", " ", ""])
    return f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"


def card(rng: Rng) -> str:
    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                                 ("6011", 16), ("3528", 16)])  # fmt: skip
    body = prefix + _d(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ", "-", ""]).join(groups)


def iban_code(rng: Rng) -> str:
    country, length = rng.choice([("DE", 22), ("GB", 22), ("FR", 27), ("ES", 24), ("IT", 27), ("NL", 18),
                                  ("CH", 21), ("PL", 28), ("IE", 22), ("BE", 16)])  # fmt: skip

    def make() -> str:
        if country in ("GB", "NL", "IE"):
            bban = _u(rng, 4) + _d(rng, length - 8)
        elif country == "IT":
            bban = rng.choice(UPPER) + _d(rng, length - 5)
        else:
            bban = _d(rng, length - 4)
        return country + iban.calc_check_digits(country + "00" + bban) + bban

    value = _until(make, iban.is_valid)
    return iban.format(value) if rng.random() < 0.5 else value


def routing(rng: Rng) -> str:
    prefixes = [f"{p:02d}" for p in (*range(1, 13), *range(21, 33), *range(61, 73), 80)]
    body = rng.choice(prefixes) + _d(rng, 6)
    value = body + rtn.calc_check_digit(body)
    assert rtn.is_valid(value)
    return value


def bank_account(rng: Rng) -> str:
    return _d(rng, rng.randint(8, 12))


def florida_licence(rng: Rng) -> str:
    d = _d(rng, 12)
    return rng.choice(UPPER) + (d if rng.random() < 0.5 else f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}")


# --- phones -------------------------------------------------------------------------------------------------


_PHONE_SHAPES: tuple[tuple[str, Callable[[Rng], str]], ...] = (
    ("GB", lambda r: r.choice(["+44 7", "07"]) + _d(r, 3) + " " + _d(r, 6)),
    ("DE", lambda r: r.choice(["+49 15", "+49 17", "015"]) + _d(r, 1) + " " + _d(r, 7)),
    ("IN", lambda r: r.choice(["+91 ", "+91-", "0"]) + r.choice("6789") + _d(r, 4) + " " + _d(r, 5)),
    ("IL", lambda r: r.choice(["+972 5", "05"]) + r.choice("0234") + "-" + _d(r, 3) + "-" + _d(r, 4)),
    ("JP", lambda r: r.choice(["+81 90-", "090-", "+81 80-", "080-"]) + _d(r, 4) + "-" + _d(r, 4)),
    ("CN", lambda r: r.choice(["+86 13", "13", "+86 15"]) + r.choice("5789") + " " + _d(r, 4) + " " + _d(r, 4)),
    ("BR", lambda r: "+55 " + r.choice(["11", "21", "31"]) + " 9" + _d(r, 4) + "-" + _d(r, 4)),
    ("FR", lambda r: r.choice(["+33 6 ", "06 "]) + " ".join(_d(r, 2) for _ in range(4))),
    ("AU", lambda r: r.choice(["+61 4", "04"]) + _d(r, 2) + " " + _d(r, 3) + " " + _d(r, 3)),
    ("MX", lambda r: "+52 " + r.choice(["55", "33", "81"]) + " " + _d(r, 4) + " " + _d(r, 4)),
    ("NG", lambda r: r.choice(["+234 803 ", "+234 806 ", "0803 "]) + _d(r, 3) + " " + _d(r, 4)),
    ("KR", lambda r: r.choice(["+82 10-", "010-"]) + _d(r, 4) + "-" + _d(r, 4)),
    ("US", lambda r: f"({r.choice(['312', '614', '918', '208', '417'])}) {r.choice('23456789')}{_d(r, 2)}-"
     + _d(r, 4)),
)  # fmt: skip


def phone(rng: Rng) -> str:
    region, make = rng.choice(_PHONE_SHAPES)

    def valid(v: str) -> bool:
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(v, region))
        except phonenumbers.NumberParseException:
            return False

    return _until(lambda: make(rng), valid)


# --- e-mails, handles, URLs ---------------------------------------------------------------------------------

_DOMAINS = ("gmail", "yahoo", "outlook", "hotmail", "proton", "gmx", "yandex", "naver", "qq", "icloud")


def handle(rng: Rng) -> str:
    heads = (
        "dark",
        "lil",
        "xo",
        "real",
        "sk8r",
        "moon",
        "ghost",
        "kawaii",
        "cherry",
        "frost",
        "yung",
        "mr",
        "princess",
        "shadow",
        "neon",
        "sad",
        "tiny",
        "big",
        "lazy",
        "toxic",
        "baby",
        "king",
        "queen",
        "silent",
        "crazy",
    )
    tails = ("angel", "marco", "boi", "child", "dude", "j", "official", "fox", "jake", "bubbles", "rider", "neko",
             "viktor", "daddy", "savage", "bomb", "nobody", "girl", "byte", "wolf", "kitty", "prince", "gamer", "vibes",
             "ninja", "panda", "storm", "lover")  # fmt: skip
    stem = rng.choice(heads) + rng.choice(["_", ".", "", ""]) + rng.choice(tails)
    if rng.random() < 0.15:
        stem = stem.replace("o", "0").replace("e", "3")
    return stem + rng.choice(["", _d(rng, 2), _d(rng, 4), "_" + _d(rng, 2), "x", "xx", "_tv"])


def email_plain(rng: Rng) -> str:
    return f"{handle(rng).replace('_', '.')}@{rng.choice(_DOMAINS)}.{rng.choice(['com', 'de', 'co.uk', 'net'])}"


def email_obfuscated(rng: Rng) -> str:
    user = handle(rng).replace("_", ".")
    dom = rng.choice(_DOMAINS)
    style = rng.randrange(8)
    if style == 0:
        return f"{user} at {dom} dot com"
    if style == 1:
        return f"{user}[at]{dom}[dot]com"
    if style == 2:
        return f"{user} (at) {dom}.com"
    if style == 3:
        return f"{user} AT {dom} DOT COM".upper()
    if style == 4:
        return f"{user}@{dom} . com"
    if style == 5:
        return f"{user}%40{dom}.com"
    if style == 6:
        return f"{user}&#64;{dom}.com"
    return f"{user} {{at}} {dom} {{dot}} com"


def profile_url(rng: Rng) -> str:
    h = handle(rng)
    return rng.choice([f"https://www.instagram.com/{h}/", f"https://www.tiktok.com/@{h}", f"https://x.com/{h}",
                       f"facebook.com/{h}", f"https://www.snapchat.com/add/{h}", f"https://twitch.tv/{h}",
                       f"youtube.com/@{h}"])  # fmt: skip


# --- credentials --------------------------------------------------------------------------------------------

_B62 = string.ascii_letters + DIGITS


def aws_key(rng: Rng) -> str:
    return rng.choice(["AKIA", "ASIA"]) + _u(rng, 16, UPPER + "234567")


def aws_secret(rng: Rng) -> str:
    return _u(rng, 40, _B62 + "/+")


def github_token(rng: Rng) -> str:
    return rng.choice(["ghp_", "gho_", "ghs_"]) + _u(rng, 36, _B62)


def stripe_key(rng: Rng) -> str:
    return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + _u(rng, 24, _B62)


def password(rng: Rng) -> str:
    words = ("sunshine", "dragon", "kitty", "football", "monkey", "shadow", "liverpool", "pokemon", "bunny", "ninja")
    style = rng.randrange(4)
    if style == 0:
        return rng.choice(words) + _d(rng, rng.choice([2, 3, 4]))
    if style == 1:
        return rng.choice(words).capitalize() + str(rng.randint(2000, 2025)) + rng.choice("!?#$")
    if style == 2:
        return _u(rng, rng.randint(10, 16), _B62 + "!@#$%")
    return rng.choice(words)[:4] + rng.choice("@$!") + _d(rng, 2) + rng.choice(words)[-3:]


def pin(rng: Rng) -> str:
    return _d(rng, rng.choice([4, 6]))


# --- addresses, plates, network -----------------------------------------------------------------------------


def street(rng: Rng) -> str:
    s = rng.choice(STREETS)
    n = str(rng.randint(1, 2400))
    if s.startswith(("Rue", "Calle", "Via", "Avenida", "Ul.")):
        return f"{s} {n}" if s.startswith("Ul.") else f"{n} {s}" if s.startswith("Rue") else f"{s}, {n}"
    if s.endswith("straße"):
        return f"{s} {n}"
    unit = rng.choice(["", "", f", Apt {rng.randint(1, 40)}", f" Unit {rng.randint(1, 9)}{rng.choice('ABC')}"])
    return f"{n} {s}{unit}"


def plate(rng: Rng) -> str:
    style = rng.randrange(7)
    if style == 0:  # UK
        return f"{_u(rng, 2)}{rng.randint(10, 74)} {_u(rng, 3)}"
    if style == 1:  # California
        return f"{rng.randint(1, 9)}{_u(rng, 3)}{_d(rng, 3)}"
    if style == 2:  # Germany
        return f"{rng.choice(['B', 'M', 'HH', 'K', 'F'])}-{_u(rng, 2)} {rng.randint(1, 9999)}"
    if style == 3:  # France
        return f"{_u(rng, 2)}-{_d(rng, 3)}-{_u(rng, 2)}"
    if style == 4:  # India
        return f"{rng.choice(['MH', 'DL', 'KA'])} {_d(rng, 2)} {_u(rng, 2)} {_d(rng, 4)}"
    if style == 5:  # Texas / generic US
        return f"{_u(rng, 3)}-{_d(rng, 4)}"
    return f"{_d(rng, 3)} {_u(rng, 3)}"  # Florida-ish


def ipv6(rng: Rng) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    style = rng.randrange(4)
    if style == 0:
        return f"2001:db8:{groups[0]}:{groups[1]}::{groups[2]}"
    if style == 1:
        return f"fe80::{groups[0]}:{groups[1]}"
    if style == 2:
        return f"::ffff:{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"2a02:{groups[0]}:{groups[1]}:{groups[2]}::1"


def ipv4(rng: Rng) -> str:
    return f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
