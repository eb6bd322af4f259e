"""Identifier makers for the v4 held-out generator.

Every maker takes a ``random.Random`` and returns a display string. Where the real format carries a check digit the
value is built to pass it, and the result is confirmed with python-stdnum's validator (or a hand-written one for the
few formats stdnum lacks).
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import itertools
import json
import random
import re
import string
import unicodedata

import phonenumbers
from stdnum import ean as std_ean
from stdnum import iban as std_iban
from stdnum import isbn as std_isbn
from stdnum import luhn
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut as cl_rut
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.ie import pps as ie_pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.nz import ird as nz_ird
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp as ro_cnp
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tc
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

REF_DATE = dt.date(2024, 6, 1)
DIGITS = string.digits
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def fold(s: str) -> str:
    """ASCII-fold a Latin-script string (for e-mail local parts and handles)."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae").replace("å", "a")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c) and ord(c) < 128)


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = "".join(rng.choice(DIGITS) for _ in range(n))
    if first_nonzero and out and out[0] == "0":
        out = rng.choice("123456789") + out[1:]
    return out


def chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _first_valid(body: str, alphabet: str, n: int, valid, suffix: str = "") -> str | None:
    for combo in itertools.product(alphabet, repeat=n):
        cand = body + "".join(combo) + suffix
        if valid(cand):
            return cand
    return None


def _retry(make, tries: int = 3000) -> str:
    for _ in range(tries):
        v = make()
        if v:
            return v
    raise RuntimeError(f"could not make a valid value with {make}")


def group(s: str, sizes, sep: str) -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


# --------------------------------------------------------------------------------------------------------------------
# Dates of birth
# --------------------------------------------------------------------------------------------------------------------
def birth_date(rng: random.Random, age: int) -> dt.date:
    year = REF_DATE.year - age
    start = dt.date(year - 1, REF_DATE.month, REF_DATE.day) + dt.timedelta(days=1)
    return start + dt.timedelta(days=rng.randint(0, 364))


MONTHS = {
    "en": [
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
    ],
    "de": [
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
    ],
    "fr": [
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
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
}


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def format_date(rng: random.Random, d: dt.date, lang: str = "en", us: bool = True) -> str:
    """A date in one of many written forms for the language."""
    y, m, day = d.year, d.month, d.day
    if lang == "en":
        mon = MONTHS["en"][m - 1]
        forms = [
            f"{m:02d}/{day:02d}/{y}" if us else f"{day:02d}/{m:02d}/{y}",
            f"{m}/{day}/{y % 100:02d}" if us else f"{day}/{m}/{y % 100:02d}",
            f"{y}-{m:02d}-{day:02d}",
            f"{mon} {day}, {y}",
            f"{day} {mon} {y}",
            f"{day:02d}-{mon[:3]}-{y % 100:02d}",
            f"{mon[:3]} {day} {y}",
            f"{_ordinal(day)} {mon} {y}",
            f"{mon} {_ordinal(day)} {y}",
            f"{day:02d}.{m:02d}.{y}",
            f"{m:02d}-{day:02d}-{y}" if us else f"{day:02d}-{m:02d}-{y}",
            f"{day} {mon[:3].upper()} {y}",
        ]
    elif lang in ("ko",):
        forms = [f"{y}년 {m}월 {day}일", f"{y}.{m:02d}.{day:02d}", f"{y}. {m}. {day}."]
    elif lang in ("zh", "ja"):
        forms = [f"{y}年{m}月{day}日", f"{y}/{m:02d}/{day:02d}"]
    elif lang in MONTHS:
        mon = MONTHS[lang][m - 1]
        sep = {"de": ".", "pl": ".", "nl": "-", "sv": "-"}.get(lang, "/")
        numeric = f"{day:02d}{sep}{m:02d}{sep}{y}" if lang != "sv" else f"{y}-{m:02d}-{day:02d}"
        written = {
            "de": f"{day}. {mon} {y}",
            "es": f"{day} de {mon} de {y}",
            "pt": f"{day} de {mon} de {y}",
        }.get(lang, f"{day} {mon} {y}")
        forms = [numeric, written, f"{day:02d}/{m:02d}/{y}"]
    else:
        forms = [f"{day:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{day:02d}"]
    return rng.choice(forms)


# --------------------------------------------------------------------------------------------------------------------
# National identifiers (non-US). Each maker: (rng, dob=None, female=None, names=None) -> display string.
# --------------------------------------------------------------------------------------------------------------------
def _dob(rng, dob):
    return dob or birth_date(rng, rng.randint(6, 70))


def _fem(rng, female):
    return rng.random() < 0.5 if female is None else female


def gb_nino(rng, dob=None, female=None, names=None):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    return f"{pre}{d}{suf}"


def gb_nhs_(rng, dob=None, female=None, names=None):
    n = _retry(lambda: _first_valid(digits(rng, 9, True), DIGITS, 1, gb_nhs.is_valid))
    return rng.choice([group(n, (3, 3, 4), " "), n, group(n, (3, 3, 4), "-")])


def gb_passport(rng, dob=None, female=None, names=None):
    return digits(rng, 9, True)


def gb_driving(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    fem = _fem(rng, female)
    sur = fold((names or {}).get("surname_r") or chars(rng, UPPER, 6)).upper()
    sur = re.sub("[^A-Z]", "", sur)
    sur = (sur + "99999")[:5]
    given = fold((names or {}).get("given_r") or chars(rng, UPPER, 4)).upper()
    ini = (re.sub("[^A-Z]", "", given)[:1] + rng.choice(UPPER + "9"))[:2]
    month = d.month + (50 if fem else 0)
    s = f"{sur}{str(d.year)[2]}{month:02d}{d.day:02d}{str(d.year)[3]}{ini}9{chars(rng, UPPER, 2)}"
    return s if rng.random() < 0.6 else f"{s[:5]} {s[5:11]} {s[11:13]}{s[13:]}"


def ca_sin_(rng, dob=None, female=None, names=None):
    n = _retry(lambda: _first_valid(rng.choice("1234567") + digits(rng, 7), DIGITS, 1, ca_sin.is_valid))
    return rng.choice([group(n, (3, 3, 3), " "), group(n, (3, 3, 3), "-"), n])


def in_aadhaar_(rng, dob=None, female=None, names=None):
    n = _retry(lambda: _first_valid(rng.choice("23456789") + digits(rng, 10), DIGITS, 1, in_aadhaar.is_valid))
    return rng.choice([group(n, (4, 4, 4), " "), group(n, (4, 4, 4), "-"), n])


def in_pan_(rng, dob=None, female=None, names=None):
    sur = re.sub("[^A-Z]", "", fold((names or {}).get("surname_r") or "").upper()) or rng.choice(UPPER)

    def make():
        n = chars(rng, UPPER, 3) + "P" + sur[0] + digits(rng, 4) + rng.choice(UPPER)
        return n if in_pan.is_valid(n) else None

    return _retry(make)


def in_passport(rng, dob=None, female=None, names=None):
    return rng.choice("ABJKLMNPRSTUVWZ") + digits(rng, 7, True)


def es_dni_(rng, dob=None, female=None, names=None):
    body = digits(rng, 8)
    n = body + es_dni.calc_check_digit(body)
    assert es_dni.is_valid(n)
    return rng.choice([n, f"{body}-{n[-1]}", f"{body[:2]}.{body[2:5]}.{body[5:]}-{n[-1]}"])


def es_nie_(rng, dob=None, female=None, names=None):
    n = _retry(lambda: _first_valid(rng.choice("XYZ") + digits(rng, 7), UPPER, 1, es_nie.is_valid))
    return rng.choice([n, f"{n[0]}-{n[1:8]}-{n[8]}"])


_CF_PLACES = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "A662", "C351", "B157", "E506"]


def _cf_part(s: str, is_name: bool) -> str:
    letters = [c for c in fold(s).upper() if c.isalpha()]
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def it_cf_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    fem = _fem(rng, female)
    names = names or {}
    sur = _cf_part(names.get("surname_r") or chars(rng, UPPER, 6), False)
    giv = _cf_part(names.get("given_r") or chars(rng, UPPER, 5), True)
    day = d.day + (40 if fem else 0)
    code = f"{sur}{giv}{d.year % 100:02d}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{rng.choice(_CF_PLACES)}"
    n = code + it_cf.calc_check_digit(code)
    assert it_cf.is_valid(n), n
    return n if rng.random() < 0.85 else n.lower()


def kr_rrn_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    fem = _fem(rng, female)
    g = (3 if d.year >= 2000 else 1) + (1 if fem else 0)

    def make():
        body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{rng.randint(0, 96):02d}{digits(rng, 3)}"
        return _first_valid(body, DIGITS, 1, kr_rrn.is_valid)

    n = _retry(make)
    return rng.choice([f"{n[:6]}-{n[6:]}", f"{n[:6]}-{n[6:]}", n])


_CURP_STATES = ["DF", "JC", "NL", "PL", "OC", "MC", "GT", "BC", "CH", "VZ", "YN", "SR", "MN", "GR", "CS", "QT"]


def _curp_vowel(s: str) -> str:
    for c in s[1:]:
        if c in "AEIOU":
            return c
    return "X"


def _curp_cons(s: str) -> str:
    for c in s[1:]:
        if c.isalpha() and c not in "AEIOU":
            return c
    return "X"


def mx_curp_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    fem = _fem(rng, female)
    names = names or {}

    def clean(s):
        return re.sub("[^A-Z]", "", fold(s).upper().replace("Ñ", "X"))

    s1 = clean(names.get("surname_r") or "") or chars(rng, "BCDFGLMNPRSTV", 1) + chars(rng, "AEIOU", 1) + "RZ"
    s2 = clean(names.get("surname2_r") or "") or rng.choice(["LOPEZ", "PEREZ", "RUIZ", "DIAZ", "SOTO", "MORA"])
    g = clean(names.get("given_r") or "") or rng.choice(["JUAN", "MARIA", "LUIS", "ANA", "PEDRO", "ROSA"])

    def make():
        head = s1[0] + _curp_vowel(s1) + s2[0] + g[0]
        mid = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{'M' if fem else 'H'}{rng.choice(_CURP_STATES)}"
        tail = _curp_cons(s1) + _curp_cons(s2) + _curp_cons(g)
        homo = rng.choice(UPPER) if d.year >= 2000 else rng.choice(DIGITS)
        body = head + mid + tail + homo
        n = body + mx_curp.calc_check_digit(body + "0")
        return n if mx_curp.is_valid(n) else None

    return _retry(make)


def fr_nir_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    fem = _fem(rng, female)
    dept = rng.choice([f"{i:02d}" for i in range(1, 96) if i != 20])
    body = f"{2 if fem else 1}{d.year % 100:02d}{d.month:02d}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    n = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(n), n
    return rng.choice([n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"])


def de_idnr_(rng, dob=None, female=None, names=None):
    def make():
        pool = rng.sample(DIGITS, 9)
        ds = pool + [rng.choice(pool)]
        rng.shuffle(ds)
        if ds[0] == "0":
            return None
        return _first_valid("".join(ds), DIGITS, 1, de_idnr.is_valid)

    n = _retry(make)
    return rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"])


def de_passport(rng, dob=None, female=None, names=None):
    alpha = "CFGHJKLMNPRTVWXYZ0123456789"
    body = rng.choice("CFGHJK") + chars(rng, alpha, 7)
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    check = sum(v * w for v, w in zip(vals, itertools.cycle((7, 3, 1)), strict=False)) % 10
    return body + str(check)


def nl_bsn_(rng, dob=None, female=None, names=None):
    n = _retry(lambda: _first_valid(rng.choice("123456789") + digits(rng, 7), DIGITS, 1, nl_bsn.is_valid))
    return rng.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])


def pl_pesel_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    fem = _fem(rng, female)
    mm = d.month + (20 if d.year >= 2000 else 0)
    sex = rng.choice("02468" if fem else "13579")
    body = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{digits(rng, 3)}{sex}"
    n = _first_valid(body, DIGITS, 1, pl_pesel.is_valid)
    assert n
    return n


def ch_ahv(rng, dob=None, female=None, names=None):
    n = _retry(lambda: _first_valid("756" + digits(rng, 9), DIGITS, 1, ch_ssn.is_valid))
    return rng.choice([ch_ssn.format(n), ch_ssn.format(n), n])


def br_cpf_(rng, dob=None, female=None, names=None):
    n = _retry(lambda: _first_valid(digits(rng, 9), DIGITS, 2, br_cpf.is_valid))
    return rng.choice([br_cpf.format(n), br_cpf.format(n), n])


def se_pnr_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{digits(rng, 3)}"
    n = _first_valid(body, DIGITS, 1, lambda c: luhn.is_valid(c))
    assert n and se_pnr.is_valid(n[:6] + "-" + n[6:])
    return rng.choice([f"{n[:6]}-{n[6:]}", f"{d.year}{d.month:02d}{d.day:02d}-{n[6:]}", f"{d.year // 100}{n}"])


def no_fnr_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)

    def make():
        ind = rng.randint(500, 999) if d.year >= 2000 else rng.randint(0, 499)
        body = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{ind:03d}"
        return _first_valid(body, DIGITS, 2, no_fnr.is_valid)

    n = _retry(make)
    return rng.choice([n, f"{n[:6]} {n[6:]}"])


def dk_cpr_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)

    def make():
        n = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{digits(rng, 4)}"
        return n if dk_cpr.is_valid(n) and dk_cpr.get_birth_date(n) == d else None

    n = _retry(make)
    return rng.choice([f"{n[:6]}-{n[6:]}", n])


def fi_hetu_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    sign = "A" if d.year >= 2000 else "-"
    body = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{sign}{rng.randint(2, 899):03d}"
    n = _first_valid(body, "0123456789ABCDEFHJKLMNPRSTUVWXY", 1, fi_hetu.is_valid)
    assert n
    return n


def ie_pps_(rng, dob=None, female=None, names=None):
    suffix = rng.choice(["", "", "A"])
    return _retry(lambda: _first_valid(digits(rng, 7), "ABCDEFGHIJKLMNOPQRSTUVW", 1, ie_pps.is_valid, suffix))


def be_nn_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)

    def make():
        body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{rng.randint(1, 997):03d}"
        return _first_valid(body, DIGITS, 2, be_nn.is_valid)

    n = _retry(make)
    return rng.choice([n, f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"])


def pt_nif_(rng, dob=None, female=None, names=None):
    body = rng.choice("123") + digits(rng, 7)
    n = body + pt_nif.calc_check_digit(body)
    assert pt_nif.is_valid(n)
    return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


_CN_AREAS = ["110101", "110105", "310104", "310115", "440305", "440106", "510107", "420106", "330106", "320102"]


def cn_ric_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)

    def make():
        body = f"{rng.choice(_CN_AREAS)}{d.year}{d.month:02d}{d.day:02d}{digits(rng, 3)}"
        n = body + cn_ric.calc_check_digit(body + "0")
        return n if cn_ric.is_valid(n) else None

    return _retry(make)


def za_id(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    fem = _fem(rng, female)

    def make():
        g = rng.randint(0, 4999) if fem else rng.randint(5000, 9999)
        body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g:04d}{rng.choice('0001')}8"
        return _first_valid(body, DIGITS, 1, za_idnr.is_valid)

    n = _retry(make)
    return rng.choice([n, f"{n[:6]} {n[6:10]} {n[10:]}"])


def _tfn_ok(n: str) -> bool:
    w = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return len(n) == 9 and sum(int(c) * x for c, x in zip(n, w, strict=True)) % 11 == 0


def au_tfn(rng, dob=None, female=None, names=None):
    n = _retry(lambda: _first_valid(digits(rng, 8, True), DIGITS, 1, _tfn_ok))
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])


def nz_ird_(rng, dob=None, female=None, names=None):
    def make():
        body = str(rng.randint(10_000_000, 14_999_999))
        return _first_valid(body, DIGITS, 1, nz_ird.is_valid)

    n = _retry(make)
    return rng.choice([f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def tr_tc_(rng, dob=None, female=None, names=None):
    body = digits(rng, 9, True)
    n = body + tr_tc.calc_check_digits(body)
    assert tr_tc.is_valid(n)
    return n


def il_id(rng, dob=None, female=None, names=None):
    return _retry(lambda: _first_valid(digits(rng, 8), DIGITS, 1, il_idnr.is_valid))


def cl_rut_(rng, dob=None, female=None, names=None):
    body = str(rng.randint(5_000_000, 26_000_000))
    n = body + cl_rut.calc_check_digit(body)
    assert cl_rut.is_valid(n)
    return rng.choice([cl_rut.format(n), cl_rut.format(n), f"{body}-{n[-1]}"])


def ar_dni(rng, dob=None, female=None, names=None):
    n = str(rng.randint(20_000_000, 48_000_000))
    return rng.choice([f"{n[:2]}.{n[2:5]}.{n[5:]}", n])


def co_cc(rng, dob=None, female=None, names=None):
    n = "10" + digits(rng, 8)
    return rng.choice([f"{n[0]}.{n[1:4]}.{n[4:7]}.{n[7:]}", n])


def ro_cnp_(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    fem = _fem(rng, female)
    s = (5 if d.year >= 2000 else 1) + (1 if fem else 0)
    county = rng.choice([f"{i:02d}" for i in range(1, 47)])
    body = f"{s}{d.year % 100:02d}{d.month:02d}{d.day:02d}{county}{rng.randint(1, 999):03d}"
    n = body + ro_cnp.calc_check_digit(body)
    assert ro_cnp.is_valid(n), n
    return n


def at_svnr(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)

    def make():
        ser = str(rng.randint(100, 999))
        tail = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        for c in DIGITS:
            n = ser + c + tail
            if at_vnr.is_valid(n):
                return n
        return None

    n = _retry(make)
    return rng.choice([n, f"{n[:4]} {n[4:]}"])


def jp_mynumber(rng, dob=None, female=None, names=None):
    body = digits(rng, 11, True)
    rev = [int(c) for c in reversed(body)]
    total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(rev, start=1))
    r = total % 11
    n = body + str(0 if r <= 1 else 11 - r)
    return rng.choice([n, f"{n[:4]} {n[4:8]} {n[8:]}"])


def sg_nric(rng, dob=None, female=None, names=None):
    pre = rng.choice("ST")
    body = digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if pre == "T" else 0)
    return pre + body + "JZIHGFEDCBA"[total % 11]


def th_pin_(rng, dob=None, female=None, names=None):
    body = rng.choice("12345678") + digits(rng, 11)
    n = body + th_pin.calc_check_digit(body)
    assert th_pin.is_valid(n)
    return rng.choice([n, f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"])


def eg_nid(rng, dob=None, female=None, names=None):
    d = _dob(rng, dob)
    fem = _fem(rng, female)
    c = 3 if d.year >= 2000 else 2
    return (
        f"{c}{d.year % 100:02d}{d.month:02d}{d.day:02d}{rng.choice(['01', '02', '21', '88'])}"
        f"{digits(rng, 3)}{rng.choice('02468' if fem else '13579')}{digits(rng, 1)}"
    )


def passport_generic(prefix_letters: int, n_digits: int):
    def make(rng, dob=None, female=None, names=None):
        return chars(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", prefix_letters) + digits(rng, n_digits, True)

    return make


def fr_passport(rng, dob=None, female=None, names=None):
    return digits(rng, 2) + chars(rng, UPPER, 2) + digits(rng, 5)


def ru_passport(rng, dob=None, female=None, names=None):
    return f"{digits(rng, 2, True)} {digits(rng, 2)} {digits(rng, 6)}"


def gr_id(rng, dob=None, female=None, names=None):
    return rng.choice(["ΑΒ", "ΑΚ", "ΑΗ", "ΑΙ", "AE", "AN"]) + " " + digits(rng, 6, True)


NATIONAL_IDS = {
    "GB_NINO": gb_nino,
    "GB_NHS": gb_nhs_,
    "GB_PASSPORT": gb_passport,
    "GB_DRIVING": gb_driving,
    "CA_SIN": ca_sin_,
    "IN_AADHAAR": in_aadhaar_,
    "IN_PAN": in_pan_,
    "IN_PASSPORT": in_passport,
    "ES_DNI": es_dni_,
    "ES_NIE": es_nie_,
    "IT_CF": it_cf_,
    "KR_RRN": kr_rrn_,
    "KR_PASSPORT": passport_generic(1, 8),
    "MX_CURP": mx_curp_,
    "MX_PASSPORT": passport_generic(1, 8),
    "FR_NIR": fr_nir_,
    "FR_PASSPORT": fr_passport,
    "DE_IDNR": de_idnr_,
    "DE_PASSPORT": de_passport,
    "NL_BSN": nl_bsn_,
    "PL_PESEL": pl_pesel_,
    "CH_AHV": ch_ahv,
    "BR_CPF": br_cpf_,
    "BR_PASSPORT": passport_generic(2, 6),
    "SE_PNR": se_pnr_,
    "NO_FNR": no_fnr_,
    "DK_CPR": dk_cpr_,
    "FI_HETU": fi_hetu_,
    "IE_PPS": ie_pps_,
    "BE_NN": be_nn_,
    "PT_NIF": pt_nif_,
    "CN_RIC": cn_ric_,
    "ZA_ID": za_id,
    "AU_TFN": au_tfn,
    "NZ_IRD": nz_ird_,
    "TR_TC": tr_tc_,
    "IL_ID": il_id,
    "CL_RUT": cl_rut_,
    "AR_DNI": ar_dni,
    "CO_CC": co_cc,
    "RO_CNP": ro_cnp_,
    "AT_SVNR": at_svnr,
    "JP_MYNUMBER": jp_mynumber,
    "SG_NRIC": sg_nric,
    "TH_PIN": th_pin_,
    "EG_NID": eg_nid,
    "RU_PASSPORT": ru_passport,
    "GR_ID": gr_id,
}

# How each identifier is named in running text (English first, then local).
ID_NAMES = {
    "GB_NINO": ["NI number", "National Insurance no.", "NINO"],
    "GB_NHS": ["NHS number", "NHS no"],
    "GB_PASSPORT": ["UK passport", "British passport no."],
    "GB_DRIVING": ["UK driving licence", "DVLA licence no."],
    "CA_SIN": ["SIN", "Canadian SIN", "social insurance number"],
    "IN_AADHAAR": ["Aadhaar", "Aadhaar no.", "आधार"],
    "IN_PAN": ["PAN", "PAN card"],
    "IN_PASSPORT": ["Indian passport", "passport no."],
    "ES_DNI": ["DNI", "Spanish DNI"],
    "ES_NIE": ["NIE", "Spanish NIE"],
    "IT_CF": ["codice fiscale", "CF", "Italian tax code"],
    "KR_RRN": ["주민등록번호", "RRN", "resident registration no."],
    "KR_PASSPORT": ["여권번호", "Korean passport"],
    "MX_CURP": ["CURP"],
    "MX_PASSPORT": ["pasaporte", "Mexican passport"],
    "FR_NIR": ["numéro de sécu", "NIR", "French social security no."],
    "FR_PASSPORT": ["passeport", "French passport"],
    "DE_IDNR": ["Steuer-ID", "Steuerliche IdNr.", "German tax ID"],
    "DE_PASSPORT": ["Reisepass", "German passport"],
    "NL_BSN": ["BSN", "burgerservicenummer"],
    "PL_PESEL": ["PESEL"],
    "CH_AHV": ["AHV-Nr.", "AHV", "AVS"],
    "BR_CPF": ["CPF"],
    "BR_PASSPORT": ["passaporte"],
    "SE_PNR": ["personnummer"],
    "NO_FNR": ["fødselsnummer"],
    "DK_CPR": ["CPR-nr.", "CPR"],
    "FI_HETU": ["henkilötunnus", "HETU"],
    "IE_PPS": ["PPSN", "PPS number"],
    "BE_NN": ["rijksregisternummer", "numéro national", "NN"],
    "PT_NIF": ["NIF", "contribuinte"],
    "CN_RIC": ["身份证号", "resident ID"],
    "ZA_ID": ["SA ID", "ID number"],
    "AU_TFN": ["TFN", "tax file number"],
    "NZ_IRD": ["IRD number", "IRD"],
    "TR_TC": ["TC Kimlik No", "T.C. kimlik"],
    "IL_ID": ["teudat zehut", "ת.ז."],
    "CL_RUT": ["RUT", "RUN"],
    "AR_DNI": ["DNI"],
    "CO_CC": ["cédula", "C.C."],
    "RO_CNP": ["CNP"],
    "AT_SVNR": ["SV-Nummer", "Sozialversicherungsnummer"],
    "JP_MYNUMBER": ["マイナンバー", "My Number"],
    "SG_NRIC": ["NRIC"],
    "TH_PIN": ["เลขประจำตัวประชาชน", "Thai ID"],
    "EG_NID": ["الرقم القومي", "Egyptian national ID"],
    "RU_PASSPORT": ["паспорт", "internal passport"],
    "GR_ID": ["ΑΔΤ", "Greek ID card"],
}


# --------------------------------------------------------------------------------------------------------------------
# US identifiers
# --------------------------------------------------------------------------------------------------------------------
def us_ssn_(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        n = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(n):
            break
    return rng.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}"] * 3 + [f"{n[:3]} {n[3:5]} {n[5:]}", n])


def _dl_letter(rng):
    return rng.choice(UPPER)


US_DL_FORMATS = {
    "CA": lambda r: _dl_letter(r) + digits(r, 7),
    "NY": lambda r: r.choice([digits(r, 9), f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"]),
    "FL": lambda r: f"{_dl_letter(r)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
    "TX": lambda r: digits(r, 8, True),
    "IL": lambda r: f"{_dl_letter(r)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}",
    "PA": lambda r: r.choice([f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", digits(r, 8)]),
    "WA": lambda r: "WDL" + chars(r, UPPER + DIGITS, 9),
    "MI": lambda r: f"{_dl_letter(r)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
    "NJ": lambda r: f"{_dl_letter(r)}{digits(r, 4)} {digits(r, 5)} {digits(r, 5)}",
    "OH": lambda r: chars(r, UPPER, 2) + digits(r, 6),
    "MA": lambda r: "S" + digits(r, 8),
    "WI": lambda r: f"{_dl_letter(r)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}",
    "MN": lambda r: _dl_letter(r) + digits(r, 12),
    "GA": lambda r: digits(r, 9, True),
    "AZ": lambda r: _dl_letter(r) + digits(r, 8),
    "CO": lambda r: f"{digits(r, 2)}-{digits(r, 3)}-{digits(r, 4)}",
    "VA": lambda r: f"{_dl_letter(r)}{digits(r, 2)}-{digits(r, 2)}-{digits(r, 4)}",
    "MD": lambda r: f"{_dl_letter(r)}-{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}",
    "NC": lambda r: digits(r, 12, True),
    "MS": lambda r: digits(r, 9, True),
}


def us_dl(rng: random.Random) -> tuple[str, str]:
    state = rng.choice(sorted(US_DL_FORMATS))
    return state, US_DL_FORMATS[state](rng)


def aba(rng: random.Random) -> str:
    pre = rng.choice([f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33))])
    body = pre + digits(rng, 6)
    n = body + us_rtn.calc_check_digit(body)
    assert us_rtn.is_valid(n)
    return n


def us_account(rng: random.Random) -> str:
    n = digits(rng, rng.choice([8, 9, 10, 10, 11, 12]), True)
    return n if rng.random() < 0.85 else f"{n[:4]}-{n[4:]}"


# --------------------------------------------------------------------------------------------------------------------
# Cards and IBANs
# --------------------------------------------------------------------------------------------------------------------
CARD_BRANDS = {
    "Visa": (lambda r: "4" + digits(r, 5), 16),
    "Mastercard": (lambda r: r.choice(["51", "52", "53", "54", "55", str(r.randint(2221, 2720))]), 16),
    "Amex": (lambda r: r.choice(["34", "37"]), 15),
    "Discover": (lambda r: r.choice(["6011", "65" + digits(r, 2)]), 16),
    "JCB": (lambda r: str(r.randint(3528, 3589)), 16),
    "Diners": (lambda r: r.choice(["36", "38"]), 14),
}


def card(rng: random.Random, brand: str | None = None) -> tuple[str, str]:
    brand = brand or rng.choice(["Visa"] * 4 + ["Mastercard"] * 3 + ["Amex", "Discover", "JCB", "Diners"])
    pre_f, length = CARD_BRANDS[brand]
    pre = pre_f(rng)
    body = pre + digits(rng, length - len(pre) - 1)
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    sep = rng.choice([" ", " ", "-", "", " "])
    if length == 15:
        sizes = (4, 6, 5)
    elif length == 14:
        sizes = (4, 6, 4)
    else:
        sizes = (4, 4, 4, 4)
    return brand, group(n, sizes, sep) if sep else n


IBAN_BBAN = {
    "DE": "18n",
    "GB": "4a,14n",
    "FR": "10n,11c,2n",
    "ES": "20n",
    "IT": "1a,10n,12c",
    "NL": "4a,10n",
    "BE": "12n",
    "CH": "5n,12c",
    "AT": "16n",
    "PL": "24n",
    "PT": "21n",
    "IE": "4a,14n",
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "LU": "3n,13c",
    "GR": "7n,16c",
    "CZ": "20n",
    "RO": "4a,16c",
    "HU": "24n",
    "TR": "5n,1n,16c",
    "SA": "2n,18c",
    "AE": "3n,16n",
    "IL": "19n",
    "HR": "17n",
    "SI": "15n",
    "SK": "20n",
    "BG": "4a,6n,8c",
    "EE": "16n",
    "LT": "16n",
    "LV": "4a,13c",
    "IS": "22n",
    "BR": "23n,1a,1c",
    "MT": "4a,5n,18c",
    "CY": "8n,16c",
}


def _bban(rng, spec: str) -> str:
    out = []
    for part in spec.split(","):
        n, kind = int(part[:-1]), part[-1]
        alpha = {"n": DIGITS, "a": UPPER, "c": DIGITS * 8 + UPPER}[kind]
        out.append(chars(rng, alpha, n))
    return "".join(out)


def iban(rng: random.Random, cc: str | None = None) -> str:
    cc = cc or rng.choice(sorted(IBAN_BBAN))

    def make():
        bban = _bban(rng, IBAN_BBAN[cc])
        n = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        return n if std_iban.is_valid(n) else None

    n = _retry(make, 20000)
    return std_iban.format(n) if rng.random() < 0.55 else n


def isbn13(rng: random.Random) -> str:
    body = "978" + digits(rng, 9)
    n = body + std_ean.calc_check_digit(body)
    assert std_isbn.is_valid(n)
    return rng.choice([std_isbn.format(n), n, f"978-{n[3]}-{n[4:8]}-{n[8:12]}-{n[12]}"])


# --------------------------------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------------------------------
PNT = phonenumbers.PhoneNumberType


def phone(rng: random.Random, region: str = "US", style: str | None = None) -> str:
    kinds = [PNT.MOBILE, PNT.FIXED_LINE]
    num = None
    for attempt in range(900):
        ex = phonenumbers.example_number_for_type(region, rng.choice(kinds))
        if ex is None:
            continue
        nsn = phonenumbers.national_significant_number(ex)
        keep = min(1 + attempt // 300, max(1, len(nsn) - 6))
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        try:
            p = phonenumbers.parse(f"+{ex.country_code}{cand}")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            num = p
            break
    assert num is not None, region
    pnf = phonenumbers.PhoneNumberFormat
    e164 = phonenumbers.format_number(num, pnf.E164)
    intl = phonenumbers.format_number(num, pnf.INTERNATIONAL)
    nat = phonenumbers.format_number(num, pnf.NATIONAL)
    groups = re.findall(r"\d+", nat)
    styles = {
        "e164": e164,
        "intl": intl,
        "national": nat,
        "dots": ".".join(groups),
        "dashes": "-".join(groups),
        "compact": "".join(groups),
        "intl_dashes": intl.replace(" ", "-"),
        "00": "00" + intl[1:],
    }
    if nat.startswith("0") and region not in ("IT",):
        styles["paren0"] = f"{intl.split(' ', 1)[0]} (0){intl.split(' ', 1)[1]}"
    if region in ("US", "CA"):
        g = groups
        styles["paren"] = f"({g[0]}) {g[1]}-{g[2]}" if len(g) == 3 else nat
        styles["one"] = "1-" + "-".join(g)
    style = style if style in styles else rng.choice(sorted(styles))
    return styles[style]


# --------------------------------------------------------------------------------------------------------------------
# Internet
# --------------------------------------------------------------------------------------------------------------------
def ipv4(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.12:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.18:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 169, 172, 192, 0, 100):
            break
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02", "2600", "2001", "2a01", "2607", "2409", "2c0f", "fe80"])
    groups = [head] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
    if rng.random() < 0.5:
        k = rng.randint(2, 4)
        for i in range(2, 2 + k):
            groups[i] = "0"
    addr = ipaddress.IPv6Address(":".join(groups))
    return addr.compressed if rng.random() < 0.8 else addr.exploded


def mac(rng: random.Random) -> str:
    sep = rng.choice([":", "-"])
    return sep.join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "49"]) + digits(rng, 12)
    return body + luhn.calc_check_digit(body)


def email_local(rng: random.Random, given: str, surname: str, year: int | None = None) -> str:
    g, s = re.sub(r"[^a-z]", "", given.lower()), re.sub(r"[^a-z]", "", surname.lower())
    g = g or "user"
    s = s or rng.choice(["x", "k", "m"])
    yy = year or rng.randint(1965, 2015)
    forms = [
        f"{g}.{s}",
        f"{g}{s}",
        f"{g[0]}{s}",
        f"{g}_{s}{yy % 100:02d}",
        f"{s}.{g[0]}",
        f"{g}{yy}",
        f"{g}.{s}{rng.randint(1, 99)}",
        f"{s}{g[0]}{rng.randint(1, 9)}",
        f"{g}-{s}",
        f"{g}{s[0]}{yy % 100:02d}",
    ]
    return rng.choice(forms)


def email(rng: random.Random, local: str, domain: str, style: str | None = None) -> str:
    name, tld = domain.split(".", 1)
    styles = {
        "plain": f"{local}@{domain}",
        "upper": f"{local}@{domain}".upper(),
        "at_dot": f"{local} at {name} dot {tld.replace('.', ' dot ')}",
        "AT_DOT": f"{local} AT {name} DOT {tld.replace('.', ' DOT ')}",
        "brackets": f"{local}[at]{name}[dot]{tld.replace('.', '[dot]')}",
        "paren": f"{local} (at) {domain}",
        "pct": f"{local}%40{domain}",
        "html": f"{local}&#64;{domain}",
        "spaced": f"{local} @ {domain}",
        "braces": f"{local} {{at}} {name} {{dot}} {tld.replace('.', ' {dot} ')}",
        "dotword": f"{local.replace('.', ' dot ')} at {name} dot {tld.replace('.', ' dot ')}",
    }
    if style is None:
        style = rng.choice(["plain"] * 9 + sorted(styles))
    return styles[style]


def username(rng: random.Random, words: list[str], given: str = "", surname: str = "") -> str:
    g = re.sub(r"[^a-z]", "", fold(given).lower())
    s = re.sub(r"[^a-z]", "", fold(surname).lower())
    w1, w2 = rng.choice(words), rng.choice(words)
    n2 = rng.randint(0, 99)
    leet = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})
    forms = [
        f"{w1}_{g}{n2:02d}" if g else f"{w1}_{w2}{n2:02d}",
        f"xX{w1.capitalize()}{w2.capitalize()}Xx",
        f"{g}.{s}{n2}" if g and s else f"{w1}.{w2}{n2}",
        f"{w1.capitalize()}_{w2.capitalize()}{rng.randint(100, 999)}",
        (w1 + w2).translate(leet).capitalize(),
        f"{g}{rng.randint(2005, 2016)}" if g else f"{w1}{rng.randint(2005, 2016)}",
        f"{w1}-{w2}",
        f"{w1}{w2}#{rng.randint(1000, 9999)}",
        f"{g[:1]}{s}_{n2}" if s else f"{w2}_{w1}",
        f"the.real.{g or w1}",
        f"{w1}{w2}{rng.randint(1, 9)}",
        f"_{g or w1}_{s or w2}_",
        f"{w1.upper()}{n2}",
        f"{g}{s[:1]}{rng.randint(1, 999)}" if g else f"{w2}{rng.randint(1, 999)}",
    ]
    out = rng.choice(forms)
    return out if len(out) >= 3 else out + str(n2)


def profile_url(rng: random.Random, user: str, given: str = "", surname: str = "") -> str:
    g = re.sub(r"[^a-z]", "", fold(given).lower()) or "user"
    s = re.sub(r"[^a-z]", "", fold(surname).lower()) or "x"
    u = user.replace("#", "")
    forms = [
        f"https://www.facebook.com/{g}.{s}.{rng.randint(1, 99)}",
        f"instagram.com/{u}",
        f"https://www.instagram.com/{u}/",
        f"https://www.tiktok.com/@{u}",
        f"twitter.com/{u}",
        f"https://x.com/{u}",
        f"https://www.linkedin.com/in/{g}-{s}-{rng.randint(0, 0xFFFFFF):06x}",
        f"https://github.com/{u}",
        f"https://vk.com/id{digits(rng, 9, True)}",
        f"https://www.youtube.com/@{u}",
        f"snapchat.com/add/{u}",
        f"https://steamcommunity.com/id/{u}",
        f"https://www.roblox.com/users/{digits(rng, 10, True)}/profile",
        f"www.reddit.com/user/{u}",
    ]
    return rng.choice(forms)


# --------------------------------------------------------------------------------------------------------------------
# Credentials
# --------------------------------------------------------------------------------------------------------------------
B64URL = string.ascii_letters + string.digits + "-_"


def _b64url(obj) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def password(rng: random.Random, words: list[str], given: str = "") -> str:
    w = rng.choice(words)
    g = re.sub(r"[^A-Za-z]", "", fold(given)) or rng.choice(words)
    forms = [
        f"{w.capitalize()}{rng.randint(2000, 2016)}!",
        f"{w}{rng.randint(10, 99)}",
        f"P@ssw0rd{rng.randint(1, 99)}",
        f"{w}{rng.choice(words)}{rng.randint(1, 9)}",
        chars(rng, ALNUM + "!@#$%&*", rng.randint(10, 16)),
        f"ilove{g.lower()}{rng.randint(1, 99)}",
        f"{g.capitalize()}{rng.randint(2005, 2016)}",
        f"{w.translate(str.maketrans({'a': '@', 'o': '0', 'e': '3', 's': '$'}))}{rng.randint(1, 999)}",
        f"{w.upper()}_{rng.randint(10, 99)}",
        f"{rng.choice(words)}-{rng.choice(words)}-{rng.choice(words)}",
    ]
    return rng.choice(forms)


def pin(rng: random.Random) -> str:
    return digits(rng, rng.choice([4, 4, 4, 6]))


def token(rng: random.Random, kind: str | None = None) -> tuple[str, str]:
    kinds = [
        "aws",
        "aws_secret",
        "github",
        "github_pat",
        "slack",
        "stripe",
        "google",
        "jwt",
        "hex",
        "twilio",
        "sendgrid",
        "openai",
        "npm",
        "slack_user",
    ]
    kind = kind or rng.choice(kinds)
    if kind == "aws":
        return "AWS access key", "AKIA" + chars(rng, UPPER + "234567", 16)
    if kind == "aws_secret":
        return "AWS secret", chars(rng, ALNUM + "/+", 40)
    if kind == "github":
        return "GitHub token", "ghp_" + chars(rng, ALNUM, 36)
    if kind == "github_pat":
        return "GitHub PAT", "github_pat_" + chars(rng, UPPER + DIGITS, 22) + "_" + chars(rng, ALNUM, 59)
    if kind == "slack":
        return "Slack bot token", f"xoxb-{digits(rng, 12, True)}-{digits(rng, 13, True)}-{chars(rng, ALNUM, 24)}"
    if kind == "slack_user":
        return "Slack token", f"xoxp-{digits(rng, 11, True)}-{digits(rng, 12, True)}-{chars(rng, ALNUM, 32)}"
    if kind == "stripe":
        return "Stripe key", rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + chars(rng, ALNUM, 24)
    if kind == "google":
        return "Google API key", "AIza" + chars(rng, B64URL, 35)
    if kind == "jwt":
        head = _b64url({"alg": "HS256", "typ": "JWT"})
        body = _b64url({"sub": digits(rng, 8), "iat": rng.randint(1_600_000_000, 1_720_000_000)})
        return "session token", f"{head}.{body}.{chars(rng, B64URL, 43)}"
    if kind == "hex":
        return "secret", chars(rng, "0123456789abcdef", rng.choice([32, 40, 64]))
    if kind == "twilio":
        return "Twilio key", "SK" + chars(rng, "0123456789abcdef", 32)
    if kind == "sendgrid":
        return "SendGrid key", f"SG.{chars(rng, B64URL, 22)}.{chars(rng, B64URL, 43)}"
    if kind == "openai":
        return "API key", "sk-" + chars(rng, ALNUM, 48)
    return "npm token", "npm_" + chars(rng, ALNUM, 36)


# --------------------------------------------------------------------------------------------------------------------
# Vehicle plates
# --------------------------------------------------------------------------------------------------------------------
_HANGUL_PLATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"
_ES_LET = "BCDFGHJKLMNPRSTVWXYZ"


def plate(rng: random.Random, cc: str | None = None) -> str:
    r = rng
    L = UPPER.replace("I", "").replace("O", "").replace("Q", "")
    makers = {
        "GB": lambda: f"{chars(r, L, 2)}{r.randint(2, 74):02d} {chars(r, L, 3)}",
        "DE": lambda: (
            f"{r.choice(['M', 'B', 'HH', 'K', 'F', 'S', 'D', 'KA', 'GE', 'WUP', 'LG', 'GR'])}"
            f"{r.choice([' ', '-'])}{chars(r, L, r.randint(1, 2))} {r.randint(1, 9999)}"
        ),
        "FR": lambda: f"{chars(r, L, 2)}-{digits(r, 3)}-{chars(r, L, 2)}",
        "IT": lambda: r.choice(
            [f"{chars(r, L, 2)} {digits(r, 3)} {chars(r, L, 2)}", f"{chars(r, L, 2)}{digits(r, 3)}{chars(r, L, 2)}"]
        ),
        "ES": lambda: f"{digits(r, 4)} {chars(r, _ES_LET, 3)}",
        "NL": lambda: r.choice(
            [
                f"{digits(r, 2)}-{chars(r, _ES_LET, 3)}-{digits(r, 1)}",
                f"{chars(r, _ES_LET, 2)}-{digits(r, 3)}-{chars(r, _ES_LET, 1)}",
            ]
        ),
        "CH": lambda: f"{r.choice(['ZH', 'BE', 'GE', 'VD', 'AG', 'SG', 'TI', 'LU'])} {r.randint(1000, 999999)}",
        "PL": lambda: f"{r.choice(['WA', 'KR', 'PO', 'GD', 'WR', 'LU'])} {digits(r, 4)}{chars(r, L, 1)}",
        "US": lambda: r.choice(
            [
                f"{r.randint(1, 9)}{chars(r, L, 3)}{digits(r, 3)}",
                f"{chars(r, L, 3)}-{digits(r, 4)}",
                f"{chars(r, L, 3)} {digits(r, 4)}",
                f"{chars(r, L, 3)}{digits(r, 3)}",
            ]
        ),
        "IN": lambda: r.choice(
            [
                f"{r.choice(['MH', 'KA', 'DL', 'TN', 'WB', 'UP'])} {r.randint(1, 50):02d} "
                f"{chars(r, L, 2)} {digits(r, 4)}",
                f"{r.choice(['MH', 'KA', 'TN'])}-{r.randint(1, 50):02d}-{chars(r, L, 2)}-{digits(r, 4)}",
            ]
        ),
        "KR": lambda: f"{r.randint(10, 399)}{r.choice(_HANGUL_PLATE)} {digits(r, 4)}",
        "BR": lambda: r.choice(
            [f"{chars(r, L, 3)}{r.randint(0, 9)}{chars(r, L, 1)}{digits(r, 2)}", f"{chars(r, L, 3)}-{digits(r, 4)}"]
        ),
        "SE": lambda: f"{chars(r, L, 3)} {digits(r, 2)}{r.choice(DIGITS + 'ABC')}",
        "MX": lambda: f"{chars(r, L, 3)}-{digits(r, 3)}-{chars(r, L, 1)}",
        "AU": lambda: r.choice(
            [f"{r.randint(1, 9)}{chars(r, L, 3)}{digits(r, 3)}", f"{chars(r, L, 3)}-{digits(r, 3)}"]
        ),
        "IE": lambda: (
            f"{r.randint(12, 24)}{r.choice(['1', '2'])}-"
            f"{r.choice(['D', 'C', 'G', 'KY', 'L', 'W'])}-{r.randint(1, 99999)}"
        ),
    }
    cc = cc if cc in makers else r.choice(sorted(makers))
    return makers[cc]()


def lookalike_part_number(rng: random.Random) -> str:
    """Shapes that resemble phones or SSNs but are catalogue numbers (used only in negatives)."""
    forms = [
        f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}-{chars(rng, UPPER, 1)}",
        f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 2)}",
        f"{chars(rng, UPPER, 2)}-{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}",
        f"{digits(rng, 4)}.{digits(rng, 3)}.{digits(rng, 3)}/{chars(rng, UPPER, 1)}",
    ]
    return rng.choice(forms)
