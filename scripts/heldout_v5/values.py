"""Identifier makers for the held-out v5 generator.

Every maker takes a ``random.Random`` instance and returns a string.  Where a
public checksum exists the value is built to satisfy it and then confirmed with
python-stdnum (or phonenumbers for phone numbers).  All values are synthetic.
"""

from __future__ import annotations

import ipaddress
import string

import phonenumbers
from stdnum import ean, luhn
from stdnum import iban as std_iban
from stdnum import isbn as std_isbn
from stdnum.au import tfn as au_tfn_mod
from stdnum.be import nn as be_nn
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs
from stdnum.ie import pps as ie_pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as fodselsnum
from stdnum.pl import pesel as pl_pesel
from stdnum.ro import cnp as ro_cnp
from stdnum.se import personnummer as se_pnr
from stdnum.tr import tckimlik
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

DIG = string.digits
UP = string.ascii_uppercase
LOWALNUM = string.ascii_lowercase + string.digits
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def letters(rng, n, alphabet=UP):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _until(rng, build, check, tries=5000):
    for _ in range(tries):
        v = build()
        if v is not None and check(v):
            return v
    raise RuntimeError("could not build a valid value")


def _date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


# --------------------------------------------------------------- payment


def credit_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + digits(rng, 5), 16
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
    elif kind == "mc2":
        body, n = str(rng.randint(2221, 2720)) + digits(rng, 2), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    else:
        body, n = "6011" + digits(rng, 2), 16
    body += digits(rng, n - 1 - len(body))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    sep = rng.choice([" ", " ", "-", ""])
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


# country: (bban builder)
def _bban(rng, cc):
    if cc == "DE":
        return digits(rng, 8, True) + digits(rng, 10)
    if cc == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(rng, 14)
    if cc == "CH":
        return digits(rng, 5) + letters(rng, 12, DIG + UP[:6])
    if cc == "NL":
        return rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + digits(rng, 10)
    if cc == "AT":
        return digits(rng, 16)
    if cc == "IE":
        return rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    if cc == "PL":
        return digits(rng, 24)
    if cc == "SE":
        return digits(rng, 20)
    if cc == "DK":
        return digits(rng, 14)
    if cc == "LU":
        return digits(rng, 3) + digits(rng, 13)
    if cc == "LI":
        return digits(rng, 5) + digits(rng, 12)
    if cc == "RO":
        return rng.choice(["BTRL", "RNCB", "INGB", "BRDE"]) + digits(rng, 16)
    if cc == "GR":
        return digits(rng, 7) + digits(rng, 16)
    if cc == "HU":
        return digits(rng, 24)
    if cc == "CZ":
        return digits(rng, 20)
    raise KeyError(cc)


IBAN_COUNTRIES = [
    "DE",
    "DE",
    "GB",
    "GB",
    "CH",
    "CH",
    "NL",
    "AT",
    "IE",
    "PL",
    "SE",
    "DK",
    "LU",
    "LI",
    "RO",
    "GR",
    "HU",
    "CZ",
]


def iban(rng, cc=None, spaced=None):
    cc = cc or rng.choice(IBAN_COUNTRIES)

    def build():
        bban = _bban(rng, cc)
        check = std_iban.calc_check_digits(cc + "00" + bban)
        return cc + check + bban

    v = _until(rng, build, std_iban.is_valid)
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


def aba_routing(rng):
    def build():
        first = rng.choice(
            [
                "01",
                "02",
                "03",
                "04",
                "05",
                "06",
                "07",
                "08",
                "09",
                "10",
                "11",
                "12",
                "21",
                "22",
                "23",
                "24",
                "25",
                "26",
                "27",
                "28",
                "29",
                "30",
                "31",
                "32",
            ]
        )
        body = first + digits(rng, 6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * w[i] for i, c in enumerate(body))
        return body + str((10 - s % 10) % 10)

    return _until(rng, build, us_rtn.is_valid)


def us_bank_account(rng):
    n = rng.choice([8, 9, 10, 10, 11, 12, 12, 13])
    return digits(rng, n, True)


# --------------------------------------------------------------- US ids


def us_ssn_value(rng, sep=None):
    def build():
        a = rng.randint(1, 899)
        if a == 666:
            return None
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        return "%03d%02d%04d" % (a, g, s)

    v = _until(rng, build, us_ssn.is_valid)
    sep = rng.choice(["-", "-", "-", " ", ""]) if sep is None else sep
    return sep.join([v[:3], v[3:5], v[5:]])


def us_itin_value(rng):
    def build():
        g = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        return "9%02d%02d%04d" % (rng.randint(0, 99), g, rng.randint(0, 9999))

    v = _until(rng, build, us_itin.is_valid)
    return rng.choice(["-", "-", " "]).join([v[:3], v[3:5], v[5:]])


def us_driver_license(rng):
    st = rng.choice(["CA", "NY", "FL", "TX", "IL", "WA", "PA", "OH", "NJ", "MI", "GA", "AZ"])
    if st == "CA":
        v = letters(rng, 1) + digits(rng, 7)
    elif st == "NY":
        v = digits(rng, 9)
        if rng.random() < 0.5:
            v = " ".join([v[:3], v[3:6], v[6:]])
    elif st == "FL":
        v = letters(rng, 1) + digits(rng, 12)
        if rng.random() < 0.6:
            v = "-".join([v[:4], v[4:7], v[7:9], v[9:12], v[12:]])
    elif st == "TX":
        v = digits(rng, 8)
    elif st == "IL":
        v = letters(rng, 1) + digits(rng, 11)
        if rng.random() < 0.5:
            v = "-".join([v[:4], v[4:8], v[8:]])
    elif st == "WA":
        v = "WDL" + letters(rng, 9, UP + DIG)
    elif st == "PA":
        v = digits(rng, 8)
    elif st == "OH":
        v = letters(rng, 2) + digits(rng, 6)
    elif st == "NJ":
        v = letters(rng, 1) + digits(rng, 14)
    elif st == "MI":
        v = letters(rng, 1) + " " + " ".join([digits(rng, 3), digits(rng, 3), digits(rng, 3), digits(rng, 3)])
    elif st == "GA":
        v = digits(rng, 9)
    else:
        v = letters(rng, 1) + digits(rng, 8)
    return v


def us_passport(rng):
    if rng.random() < 0.55:
        return digits(rng, 9, True)
    return rng.choice("ACEFGHJKLMNPRSTWXZ") + digits(rng, 8)


# --------------------------------------------------------------- national ids


def nino(rng):
    bad1, bad2 = "DFIQUV", "DFIOQUV"
    while True:
        a = rng.choice([c for c in UP if c not in bad1])
        b = rng.choice([c for c in UP if c not in bad2])
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"
    return a + b + d + s


def nhs_number(rng):
    v = _until(rng, lambda: digits(rng, 10, True), nhs.is_valid)
    return rng.choice([" ", " ", "-", ""]).join([v[:3], v[3:6], v[6:]])


def canada_sin(rng):
    v = _until(rng, lambda: rng.choice("1234567") + digits(rng, 8), ca_sin.is_valid)
    return rng.choice([" ", "-", ""]).join([v[:3], v[3:6], v[6:]])


def aadhaar_number(rng):
    v = _until(rng, lambda: rng.choice("23456789") + digits(rng, 11), aadhaar.is_valid)
    return rng.choice([" ", " ", "-", ""]).join([v[:4], v[4:8], v[8:]])


def pan_number(rng):
    return _until(
        rng,
        lambda: letters(rng, 3) + rng.choice("PPPPCH") + letters(rng, 1) + digits(rng, 4) + letters(rng, 1),
        in_pan.is_valid,
    )


def dni_number(rng):
    body = digits(rng, 8)
    v = body + es_dni.calc_check_digit(body)
    assert es_dni.is_valid(v)
    return v if rng.random() < 0.7 else body + "-" + v[-1]


def nie_number(rng):
    def build():
        body = rng.choice("XYZ") + digits(rng, 7)
        return body + es_nie.calc_check_digit(body)

    v = _until(rng, build, es_nie.is_valid)
    return v if rng.random() < 0.6 else f"{v[0]}-{v[1:8]}-{v[8]}"


def codice_fiscale(rng):
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    vow = "AEIOU"

    def build():
        sur = letters(rng, 2, cons) + rng.choice(vow)
        nam = letters(rng, 3, cons)
        y = "%02d" % rng.randint(0, 99)
        m = rng.choice("ABCDEHLMPRST")
        d = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
        town = rng.choice(["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "A662", "C351", "E506"])
        first15 = sur + nam + y + m + "%02d" % d + town
        return first15 + codicefiscale.calc_check_digit(first15)

    return _until(rng, build, codicefiscale.is_valid)


def french_nir(rng):
    def build():
        sex = rng.choice("12")
        yy = "%02d" % rng.randint(0, 99)
        mm = "%02d" % rng.randint(1, 12)
        dep = "%02d" % rng.choice([1, 6, 13, 31, 33, 35, 38, 44, 59, 62, 67, 69, 75, 76, 92, 93, 94, 95])
        com = "%03d" % rng.randint(1, 990)
        order = "%03d" % rng.randint(1, 999)
        b = sex + yy + mm + dep + com + order
        return b + fr_nir.calc_check_digits(b)

    v = _until(rng, build, fr_nir.is_valid)
    if rng.random() < 0.6:
        return " ".join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])
    return v


def german_idnr(rng):
    def build():
        pool = list(DIG)
        rng.shuffle(pool)
        nine = pool[:9]
        dup = rng.choice(nine)
        ten = nine + [dup]
        rng.shuffle(ten)
        if ten[0] == "0":
            return None
        b = "".join(ten)
        return b + mod_11_10.calc_check_digit(b)

    v = _until(rng, build, de_idnr.is_valid)
    return v if rng.random() < 0.6 else " ".join([v[:2], v[2:5], v[5:8], v[8:]])


def dutch_bsn(rng):
    def build():
        return digits(rng, 9, True)

    v = _until(rng, build, nl_bsn.is_valid)
    return v if rng.random() < 0.7 else f"{v[:4]}.{v[4:6]}.{v[6:]}"


def swiss_ahv(rng):
    b = "756" + digits(rng, 9)
    v = b + ean.calc_check_digit(b)
    assert ch_ssn.is_valid(v)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}" if rng.random() < 0.85 else v


def pesel(rng):
    def build():
        y, m, d = _date(rng, 1950, 2016)
        mm = m + (20 if y >= 2000 else 0)
        b = "%02d%02d%02d" % (y % 100, mm, d) + digits(rng, 4)
        return b + pl_pesel.calc_check_digit(b)

    return _until(rng, build, pl_pesel.is_valid)


def swedish_pnr(rng):
    def build():
        y, m, d = _date(rng, 1950, 2015)
        b = "%02d%02d%02d" % (y % 100, m, d) + digits(rng, 3)
        v = b + luhn.calc_check_digit(b)
        if rng.random() < 0.4:
            return "%d%s-%s" % (y // 100, v[:6], v[6:])
        return v[:6] + "-" + v[6:]

    return _until(rng, build, se_pnr.is_valid)


def cpf(rng):
    def build():
        b = digits(rng, 9)
        return b + br_cpf._calc_check_digits(b)

    v = _until(rng, build, br_cpf.is_valid)
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if rng.random() < 0.8 else v


def curp(rng):
    cons = "BCDFGHJKLMNPRSTVZ"
    states = ["AS", "BC", "CH", "DF", "GT", "JC", "MC", "MN", "NL", "OC", "PL", "VZ", "YN", "SR", "TS"]

    def build():
        y, m, d = _date(rng, 1955, 2015)
        head = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons)
        b = (
            head
            + "%02d%02d%02d" % (y % 100, m, d)
            + rng.choice("HM")
            + rng.choice(states)
            + letters(rng, 3, cons)
            + (rng.choice(DIG) if y < 2000 else rng.choice(UP))
        )
        return b + mx_curp.calc_check_digit(b)

    return _until(rng, build, mx_curp.is_valid)


def korean_rrn(rng):
    def build():
        y, m, d = _date(rng, 1950, 2015)
        g = rng.choice("12") if y < 2000 else rng.choice("34")
        place = "%02d" % rng.randint(0, 90)
        b = "%02d%02d%02d" % (y % 100, m, d) + g + place + digits(rng, 3)
        return b + kr_rrn.calc_check_digit(b)

    v = _until(rng, build, kr_rrn.is_valid)
    return v[:6] + "-" + v[6:]


def chinese_ric(rng):
    places = [
        "110101",
        "110105",
        "310104",
        "310115",
        "440106",
        "440305",
        "510107",
        "420102",
        "610113",
        "330102",
        "320106",
        "500103",
        "530102",
        "230102",
        "370202",
    ]

    def build():
        y, m, d = _date(rng, 1955, 2012)
        b = rng.choice(places) + "%04d%02d%02d" % (y, m, d) + digits(rng, 3)
        return b + cn_ric.calc_check_digit(b)

    return _until(rng, build, cn_ric.is_valid)


def za_id(rng):
    def build():
        y, m, d = _date(rng, 1950, 2012)
        b = "%02d%02d%02d" % (y % 100, m, d) + digits(rng, 4) + rng.choice("01") + "8"
        return b + luhn.calc_check_digit(b)

    return _until(rng, build, za_idnr.is_valid)


def tc_kimlik(rng):
    def build():
        b = digits(rng, 9, True)
        return b + tckimlik.calc_check_digits(b)

    return _until(rng, build, tckimlik.is_valid)


def israeli_id(rng):
    def build():
        b = digits(rng, 8)
        return b + luhn.calc_check_digit(b)

    return _until(rng, build, il_idnr.is_valid)


def danish_cpr(rng):
    def build():
        y, m, d = _date(rng, 1950, 2012)
        return "%02d%02d%02d-%s" % (d, m, y % 100, digits(rng, 4))

    return _until(rng, build, dk_cpr.is_valid)


def norwegian_fnr(rng):
    def build():
        y, m, d = _date(rng, 1955, 1999)
        b = "%02d%02d%02d" % (d, m, y % 100) + "%03d" % rng.randint(0, 499)
        c1 = fodselsnum.calc_check_digit1(b)
        return b + c1 + fodselsnum.calc_check_digit2(b + c1)

    return _until(rng, build, fodselsnum.is_valid)


def finnish_hetu(rng):
    def build():
        y, m, d = _date(rng, 1950, 2015)
        sep = "-" if y < 2000 else "A"
        n = "%03d" % rng.randint(2, 899)
        b = "%02d%02d%02d%s%s" % (d, m, y % 100, sep, n)
        return b + hetu._calc_checksum(b[:6] + b[7:10])

    return _until(rng, build, hetu.is_valid)


def belgian_nn(rng):
    def build():
        y, m, d = _date(rng, 1950, 1999)
        b = "%02d%02d%02d%03d" % (y % 100, m, d, rng.randint(1, 997))
        c = 97 - int(b) % 97
        v = b + "%02d" % c
        return v

    v = _until(rng, build, be_nn.is_valid)
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}" if rng.random() < 0.7 else v


def irish_pps(rng):
    def build():
        return digits(rng, 7) + rng.choice(UP[:23])

    return _until(rng, build, ie_pps.is_valid)


def romanian_cnp(rng):
    def build():
        y, m, d = _date(rng, 1955, 2012)
        s = ("1" if rng.random() < 0.5 else "2") if y < 2000 else rng.choice("56")
        b = s + "%02d%02d%02d" % (y % 100, m, d) + "%02d" % rng.randint(1, 40) + "%03d" % rng.randint(1, 999)
        return b + ro_cnp.calc_check_digit(b)

    return _until(rng, build, ro_cnp.is_valid)


def au_tfn(rng):
    v = _until(rng, lambda: digits(rng, 9, True), au_tfn_mod.is_valid)
    return " ".join([v[:3], v[3:6], v[6:]]) if rng.random() < 0.6 else v


def foreign_passport(rng):
    kind = rng.choice(["gb", "de", "fr", "in", "ca", "au", "ie", "it", "pl", "ng", "ph"])
    if kind == "gb":
        return digits(rng, 9, True)
    if kind == "de":
        return letters(rng, 1, "CFGHJK") + letters(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if kind == "fr":
        return digits(rng, 2) + letters(rng, 2) + digits(rng, 5)
    if kind == "in":
        return letters(rng, 1, "JKLMNPRSTUVWZ") + digits(rng, 7)
    if kind == "ca":
        return letters(rng, 2) + digits(rng, 6)
    if kind == "au":
        return rng.choice(["PA", "PB", "N", "E"]) + digits(rng, 7)
    if kind == "ie":
        return letters(rng, 2) + digits(rng, 7)
    if kind == "it":
        return letters(rng, 2) + digits(rng, 7)
    if kind == "pl":
        return letters(rng, 2) + digits(rng, 7)
    if kind == "ng":
        return "A" + digits(rng, 8)
    return "P" + digits(rng, 7) + letters(rng, 1)


# kind -> (maker, cue names)
NATIONAL_IDS = {
    "nino": (nino, ["NI number", "National Insurance no.", "NINO"]),
    "nhs": (nhs_number, ["NHS number", "NHS no"]),
    "sin": (canada_sin, ["SIN", "social insurance number"]),
    "aadhaar": (aadhaar_number, ["Aadhaar", "Aadhaar no.", "UID"]),
    "pan": (pan_number, ["PAN", "PAN card"]),
    "dni": (dni_number, ["DNI"]),
    "nie": (nie_number, ["NIE"]),
    "cf": (codice_fiscale, ["codice fiscale", "C.F."]),
    "nir": (french_nir, ["numéro de sécu", "INSEE", "n° sécurité sociale"]),
    "idnr": (german_idnr, ["Steuer-ID", "Steuer-IdNr.", "tax ID"]),
    "bsn": (dutch_bsn, ["BSN", "burgerservicenummer"]),
    "ahv": (swiss_ahv, ["AHV", "AHV-Nr.", "AVS"]),
    "pesel": (pesel, ["PESEL"]),
    "pnr": (swedish_pnr, ["personnummer", "pnr"]),
    "cpf": (cpf, ["CPF"]),
    "curp": (curp, ["CURP"]),
    "rrn": (korean_rrn, ["주민등록번호", "RRN", "resident registration no."]),
    "ric": (chinese_ric, ["身份证", "ID card no.", "resident ID"]),
    "za": (za_id, ["SA ID", "ID number"]),
    "tc": (tc_kimlik, ["TC kimlik", "T.C. Kimlik No"]),
    "il": (israeli_id, ["teudat zehut", "ת.ז."]),
    "cpr": (danish_cpr, ["CPR", "CPR-nr."]),
    "fnr": (norwegian_fnr, ["fødselsnummer"]),
    "hetu": (finnish_hetu, ["henkilötunnus", "HETU"]),
    "be_nn": (belgian_nn, ["rijksregisternummer", "numéro national"]),
    "pps": (irish_pps, ["PPS number", "PPSN"]),
    "cnp": (romanian_cnp, ["CNP"]),
    "tfn": (au_tfn, ["TFN", "tax file number"]),
    "passport": (foreign_passport, ["passport no.", "passport", "pasaporte", "Reisepass"]),
}
NATIONAL_ID_KINDS = list(NATIONAL_IDS)


# --------------------------------------------------------------- phones

PHONE_REGIONS = [
    "US",
    "US",
    "GB",
    "GB",
    "IE",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "BE",
    "CH",
    "CH",
    "AT",
    "PL",
    "SE",
    "NO",
    "DK",
    "PT",
    "GR",
    "TR",
    "RO",
    "UA",
    "IN",
    "PK",
    "BD",
    "NG",
    "KE",
    "ZA",
    "BR",
    "MX",
    "AR",
    "CO",
    "PH",
    "ID",
    "VN",
    "TH",
    "KR",
    "JP",
    "CN",
    "AU",
    "NZ",
    "EG",
    "MA",
    "IL",
    "CA",
]


def phone(rng, region=None, style=None):
    region = region or rng.choice(PHONE_REGIONS)
    ptype = rng.choice(
        [
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE,
        ]
    )
    ex = phonenumbers.example_number_for_type(region, ptype) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)

    def build():
        k = min(len(nsn) - 2, rng.randint(4, 6))
        cand = nsn[: len(nsn) - k] + digits(rng, k)
        num = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
        return num if phonenumbers.is_valid_number(num) else None

    num = _until(rng, build, lambda n: True)
    style = style or rng.choice(["intl", "intl", "national", "national", "e164", "dashed", "dotted"])
    if style == "intl":
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif style == "national":
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    elif style == "dashed":
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        s = s.replace(" ", "-").replace("(", "").replace(")", "")
    else:
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        s = s.replace("(", "").replace(")", "").replace(" ", ".").replace("-", ".")
    # confirm it still parses to a valid number
    chk = phonenumbers.parse(s, region)
    assert phonenumbers.is_valid_number(chk), (region, s)
    return s


# --------------------------------------------------------------- network/device


def ipv4(rng):
    r = rng.random()
    if r < 0.2:
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254))
    if r < 0.3:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 100, 169, 172, 192, 198, 203):
            break
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    prefix = rng.choice([0x2A02, 0x2A01, 0x2001, 0x2600, 0x2607, 0x2A00, 0x2C0F, 0x2409, 0x2804, 0xFE80])
    groups = [prefix] + [rng.randint(0, 0xFFFF) for _ in range(7)]
    if rng.random() < 0.5:
        for i in range(rng.randint(2, 4), rng.randint(4, 6)):
            groups[i] = 0
    if prefix == 0xFE80:
        groups[1:4] = [0, 0, 0]
    val = 0
    for g in groups:
        val = (val << 16) | g
    a = ipaddress.IPv6Address(val)
    return a.compressed if rng.random() < 0.85 else a.exploded


def mac(rng):
    octs = [rng.randint(0, 255) for _ in range(6)]
    octs[0] &= 0xFE
    h = [f"{o:02x}" for o in octs]
    style = rng.choice(["colon", "colon", "dash", "dot", "upper"])
    if style == "colon":
        return ":".join(h)
    if style == "upper":
        return ":".join(h).upper()
    if style == "dash":
        return "-".join(h).upper()
    s = "".join(h)
    return ".".join([s[0:4], s[4:8], s[8:12]])


def imei(rng):
    tac = rng.choice(["35", "35", "86", "01", "99"]) + digits(rng, 6)
    b = tac + digits(rng, 6)
    v = b + luhn.calc_check_digit(b)
    assert luhn.is_valid(v)
    return v if rng.random() < 0.7 else f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}"


def uuid_like(rng, upper=False):
    h = "".join(rng.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
    return s.upper() if upper else s


def advertising_id(rng):
    return uuid_like(rng, upper=rng.random() < 0.5)


def device_id(rng):
    r = rng.random()
    if r < 0.45:
        return imei(rng)
    if r < 0.85:
        return advertising_id(rng)
    return "".join(rng.choice(HEX) for _ in range(16))  # Android ID


# --------------------------------------------------------------- credentials

PW_WORDS = [
    "Summer",
    "Winter",
    "Sunshine",
    "Dragon",
    "Monkey",
    "Football",
    "Liverpool",
    "Princess",
    "Qwerty",
    "Welcome",
    "Charlie",
    "Shadow",
    "Bella",
    "Freedom",
    "Mustang",
    "Coffee",
    "Password",
    "Letmein",
    "Kitty",
    "Tigger",
    "Hello",
    "Falcon",
    "Banana",
    "Starlight",
]


def password(rng):
    r = rng.random()
    if r < 0.45:
        return rng.choice(PW_WORDS) + str(rng.randint(1, 2025)) + rng.choice(["!", "#", "?", "", "$", "@"])
    if r < 0.7:
        return rng.choice(PW_WORDS).lower() + rng.choice(["_", ".", ""]) + digits(rng, rng.randint(2, 4))
    chars = ALNUM + "!#$%&*+-=?@^_"
    return "".join(rng.choice(chars) for _ in range(rng.randint(10, 16)))


def pin(rng):
    return digits(rng, rng.choice([4, 4, 4, 6]))


# Deliberately invented prefixes; no real provider's token format is imitated,
# so the output cannot trip repository secret scanners.
def api_token(rng):
    kind = rng.choice(["hex", "prefixed", "prefixed", "bearer", "b64"])
    if kind == "hex":
        return "".join(rng.choice(HEX) for _ in range(rng.choice([32, 40])))
    if kind == "prefixed":
        pre = rng.choice(["dnr_live_", "crm_key_", "hk_prod_", "vol-api-", "kp_", "app_secret_"])
        return pre + "".join(rng.choice(ALNUM) for _ in range(rng.randint(24, 36)))
    if kind == "bearer":
        return "".join(rng.choice(ALNUM + "-_") for _ in range(rng.randint(36, 48)))
    return "".join(rng.choice(ALNUM) for _ in range(rng.randint(28, 40))) + rng.choice(["==", "=", ""])


# --------------------------------------------------------------- misc non-PII look-alikes


def isbn13(rng):
    b = rng.choice(["978", "979"]) + digits(rng, 9)
    v = b + ean.calc_check_digit(b)
    assert std_isbn.is_valid(v)
    return f"{v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]}"


def git_hash(rng, n=40):
    return "".join(rng.choice(HEX) for _ in range(n))


def geo(rng):
    lat = rng.uniform(-45, 65)
    lon = rng.uniform(-120, 150)
    style = rng.choice(["dec", "dec", "dec", "dms"])
    if style == "dec":
        p = rng.choice([4, 5, 6])
        sep = rng.choice([", ", ",", " "])
        return ("%." + str(p) + "f%s%." + str(p) + "f") % (lat, sep, lon)

    def dms(v, pos, neg):
        h = pos if v >= 0 else neg
        v = abs(v)
        d = int(v)
        m = int((v - d) * 60)
        s = ((v - d) * 60 - m) * 60
        return "%d°%02d'%04.1f\"%s" % (d, m, s, h)

    return dms(lat, "N", "S") + " " + dms(lon, "E", "W")


# --------------------------------------------------------------- vehicle plates
# Formats typed from general knowledge of each country's current plate layout.
_CONS = "BCDFGHJKLMNPRSTVWXYZ"
_CYR = "АВЕКМНОРСТУХ"


def plate(rng, cc=None):
    cc = cc or rng.choice(list(PLATE_CUES))

    def L(n, a=UP):
        return letters(rng, n, a)

    def D(n):
        return digits(rng, n)

    if cc == "gb":
        v = L(2, "ABCDEFGHKLMNOPRSVWY") + D(2) + " " + L(3, "ABCDEFGHJKLMNOPRSTUVWXYZ")
    elif cc == "de":
        v = (
            rng.choice(["B", "M", "HH", "K", "F", "S", "D", "DO", "L", "DD", "H", "KA", "MZ", "WI", "GÖ", "LÖ"])
            + "-"
            + L(rng.randint(1, 2))
            + " "
            + str(rng.randint(1, 9999))
            + rng.choice(["", "", "", "E", "H"])
        )
    elif cc == "fr":
        v = L(2) + "-" + D(3) + "-" + L(2)
    elif cc == "it":
        v = L(2) + rng.choice([" ", ""]) + D(3) + rng.choice([" ", ""]) + L(2)
    elif cc == "es":
        v = D(4) + rng.choice([" ", "-", ""]) + L(3, _CONS)
    elif cc == "nl":
        v = rng.choice(
            [
                D(2) + "-" + L(3, _CONS) + "-" + D(1),
                L(2, _CONS) + "-" + D(3) + "-" + L(1, _CONS),
                D(1) + "-" + L(3, _CONS) + "-" + D(2),
            ]
        )
    elif cc == "pl":
        v = (
            rng.choice(["WA", "KR", "GD", "PO", "WR", "LU", "SK", "EL", "DW"])
            + rng.choice([" ", ""])
            + rng.choice([D(5), D(4) + L(1), D(3) + L(2), D(1) + L(1) + D(3)])
        )
    elif cc == "ch":
        v = (
            rng.choice(["ZH", "GE", "BE", "VD", "AG", "SG", "TI", "LU", "BS", "VS"])
            + " "
            + str(rng.randint(100, 999999))
        )
    elif cc == "at":
        v = (
            rng.choice(["W", "G", "L", "S", "I", "K", "BR", "GU", "MD"])
            + "-"
            + str(rng.randint(10, 9999))
            + L(rng.randint(1, 2))
        )
    elif cc == "be":
        v = rng.choice("12") + "-" + L(3) + "-" + D(3)
    elif cc == "se":
        v = L(3, "ABCDEFGHJKLMNOPRSTUWXYZ") + " " + D(2) + rng.choice([D(1), L(1, "ABCDEFGHJKLMNPRSTUWXYZ")])
    elif cc == "ie":
        v = "%d%d-%s-%d" % (
            rng.randint(12, 25),
            rng.choice([1, 2]),
            rng.choice(["D", "C", "G", "L", "KY", "WX", "MO"]),
            rng.randint(1, 99999),
        )
    elif cc == "pt":
        v = rng.choice([L(2) + "-" + D(2) + "-" + L(2), D(2) + "-" + L(2) + "-" + D(2), D(2) + "-" + D(2) + "-" + L(2)])
    elif cc == "us":
        v = rng.choice(
            [
                D(1) + L(3) + D(3),
                L(3) + "-" + D(4),
                L(3) + " " + D(4),
                L(2) + D(1) + "-" + L(1) + D(3),
                D(3) + " " + L(3),
            ]
        )
    elif cc == "in":
        v = (
            rng.choice(["MH", "DL", "KA", "TN", "UP", "WB", "GJ", "RJ"])
            + " "
            + "%02d" % rng.randint(1, 40)
            + " "
            + L(2)
            + " "
            + D(4)
        )
    elif cc == "br":
        v = L(3) + D(1) + L(1) + D(2)
    elif cc == "ru":
        v = L(1, _CYR) + D(3) + L(2, _CYR) + " " + rng.choice(["77", "97", "199", "50", "16", "78", "54"])
    elif cc == "ua":
        v = rng.choice(["АА", "КА", "ВС", "АЕ", "ВН"]) + " " + D(4) + " " + L(2, _CYR)
    elif cc == "tr":
        v = "%02d %s %d" % (
            rng.choice([34, 6, 35, 16, 7, 1, 27]),
            L(rng.randint(1, 3), "ABCDEFGHJKLMNPRSTUVYZ"),
            rng.randint(10, 9999),
        )
    elif cc == "jp":
        v = (
            rng.choice(["品川", "練馬", "横浜", "名古屋", "なにわ", "札幌"])
            + " "
            + str(rng.randint(300, 599))
            + " "
            + rng.choice("さすせそたちつてなにぬねのはひふほまみむめもやゆよらりるれろ")
            + " "
            + D(2)
            + "-"
            + D(2)
        )
    elif cc == "kr":
        v = "%d%s %s" % (
            rng.randint(10, 399),
            rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"),
            D(4),
        )
    elif cc == "cn":
        v = (
            rng.choice(["京", "沪", "粤", "川", "浙", "苏"])
            + L(1, "ABCDEFGHJK")
            + rng.choice(["·", " ", ""])
            + L(1, "ABCDEFGHJKLMNPQRSTUVWXYZ")
            + D(4)
        )
    elif cc == "au":
        v = rng.choice([L(3) + "-" + D(3), D(1) + L(2) + D(1) + L(2), L(3) + D(2) + L(1)])
    elif cc == "za":
        v = rng.choice(
            [
                L(2) + " " + D(3) + "-" + D(3),
                L(3) + " " + D(3) + " GP",
                "CA " + D(3) + "-" + D(3),
                "ND " + D(3) + "-" + D(3),
            ]
        )
    elif cc == "ng":
        v = L(3) + " " + D(3) + " " + L(2)
    elif cc == "ke":
        v = "K" + L(2) + " " + D(3) + L(1)
    elif cc == "mx":
        v = L(3) + "-" + D(3) + "-" + L(1)
    elif cc == "no":
        v = L(2) + " " + D(5)
    elif cc == "dk":
        v = L(2) + " " + D(2) + " " + D(3)
    else:
        raise KeyError(cc)
    return v


PLATE_CUES = {
    "gb": ["UK", "British"],
    "de": ["German"],
    "fr": ["French"],
    "it": ["Italian"],
    "es": ["Spanish"],
    "nl": ["Dutch"],
    "pl": ["Polish"],
    "ch": ["Swiss"],
    "at": ["Austrian"],
    "be": ["Belgian"],
    "se": ["Swedish"],
    "ie": ["Irish"],
    "pt": ["Portuguese"],
    "us": ["US", "Texas", "California", "Ohio"],
    "in": ["Indian"],
    "br": ["Brazilian"],
    "ru": ["Russian"],
    "ua": ["Ukrainian"],
    "tr": ["Turkish"],
    "jp": ["Japanese"],
    "kr": ["Korean"],
    "cn": ["Chinese"],
    "au": ["Australian"],
    "za": ["South African"],
    "ng": ["Nigerian"],
    "ke": ["Kenyan"],
    "mx": ["Mexican"],
    "no": ["Norwegian"],
    "dk": ["Danish"],
}
