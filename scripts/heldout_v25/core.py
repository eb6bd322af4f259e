"""Core helpers for the v25 held-out generator: span-tracking document builder and
identifier generators (check digits computed here, verified with python-stdnum where it knows the format)."""

import string

import phonenumbers
from stdnum import iban as std_iban
from stdnum import ean, luhn, verhoeff
from stdnum.br import cpf as br_cpf
from stdnum.ch import ssn as ch_ssn
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.hr import oib as hr_oib
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.it import codicefiscale as it_cf
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_pnr
from stdnum.tr import tckimlik as tr_tck
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr
from stdnum.fr import nir as fr_nir
from stdnum.ie import pps as ie_pps
from stdnum.ie import vat as ie_vat
from stdnum.id import nik as id_nik
from stdnum.iso7064 import mod_11_10
from stdnum.jp import in_ as jp_in
from stdnum.pk import cnic as pk_cnic
from stdnum.ua import rntrc as ua_rntrc

_FMT = string.Formatter()


class Doc:
    """Builds text while recording labelled spans."""

    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s)
        return self

    def v(self, s, label=None):
        s = str(s)
        if label and s:
            self.spans.append({"start": self.n, "end": self.n + len(s), "label": label, "text": s})
        return self.t(s)

    def add(self, val):
        if val is None:
            return self
        if isinstance(val, tuple):
            return self.v(val[0], val[1])
        if isinstance(val, list):
            for x in val:
                self.add(x)
            return self
        return self.t(val)

    def f(self, tpl, **kw):
        for lit, field, _spec, _conv in _FMT.parse(tpl):
            if lit:
                self.t(lit)
            if field is not None:
                self.add(kw[field])
        return self

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------- digits helpers
D = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEX = "0123456789abcdef"


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(D) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def letters(rng, n, pool=UP):
    return "".join(rng.choice(pool) for _ in range(n))


def luhn_full(body):
    return body + luhn.calc_check_digit(body)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ----------------------------------------------------------------- financial
def credit_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        num = luhn_full("4" + digits(rng, 14))
    elif brand == "mc":
        num = luhn_full(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + "")
        p = num[:-1]
        num = luhn_full(p + digits(rng, 15 - len(p)))
    elif brand == "amex":
        num = luhn_full(rng.choice(["34", "37"]) + digits(rng, 12))
    else:
        num = luhn_full("6011" + digits(rng, 11))
    assert luhn.is_valid(num)
    style = rng.random()
    if len(num) == 15:
        return group(num, [4, 6, 5], " " if style < 0.6 else "-") if style < 0.85 else num
    if style < 0.55:
        return group(num, [4, 4, 4, 4])
    if style < 0.75:
        return group(num, [4, 4, 4, 4], "-")
    return num


_IBAN_BBAN = {
    "DE": "n18",
    "GB": "a4n14",
    "NL": "a4n10",
    "PL": "n24",
    "IT": "a1n10c12",
    "ES": "n20",
    "FR": "n23",
    "GR": "n7c16",
    "HR": "n17",
    "UA": "n6c19",
    "BE": "n12",
    "CH": "n5c12",
    "PT": "n21",
    "IE": "a4n14",
    "TR": "n5n1c16",
    "RO": "a4c16",
    "NO": "n11",
    "AT": "n16",
    "SE": "n20",
    "DK": "n14",
    "CY": "n8c16",
    "MT": "a4n5c18",
    "LV": "a4c13",
    "BG": "a4n6c8",
    "EE": "n16",
    "LT": "n16",
    "PH": None,
}


def _bban(rng, spec):
    out = ""
    i = 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        k = int(spec[i + 1 : j])
        if kind == "n":
            out += digits(rng, k)
        elif kind == "a":
            out += letters(rng, k)
        else:
            out += "".join(rng.choice(D + UP) if rng.random() < 0.3 else rng.choice(D) for _ in range(k))
        i = j
    return out


def iban(rng, cc, spaced=None):
    spec = _IBAN_BBAN[cc]
    for _ in range(5000):
        b = _bban(rng, spec)
        if cc == "GB":
            b = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG"]) + b[4:]
        elif cc == "IE":
            b = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + b[4:]
        raw = b + cc + "00"
        num = int("".join(str(int(c, 36)) for c in raw))
        chk = "%02d" % (98 - num % 97)
        code = cc + chk + b
        if std_iban.is_valid(code):
            break
    else:
        raise RuntimeError("iban " + cc)
    if spaced is None:
        spaced = rng.random() < 0.7
    return group(code, [4] * 10) if spaced else code


def aba(rng):
    for _ in range(1000):
        pre = rng.choice(
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
                "26",
                "31",
                "32",
                "06",
                "07",
                "11",
            ]
        ) + digits(rng, 6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * w[i] for i, c in enumerate(pre))
        num = pre + str((10 - s % 10) % 10)
        if us_rtn.is_valid(num):
            return num
    raise RuntimeError


def us_account(rng):
    return digits(rng, rng.choice([8, 9, 10, 10, 11, 12]), True)


# ----------------------------------------------------------------- US ids
def ssn(rng, style=None):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        num = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if us_ssn.is_valid(num):
            break
    style = style or rng.choice(["-", "-", "-", " ", ""])
    return group(num, [3, 2, 4], style) if style else num


def itin(rng):
    while True:
        g = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
        num = "9%02d%02d%04d" % (rng.randint(0, 99), g, rng.randint(0, 9999))
        if us_itin.is_valid(num):
            return group(num, [3, 2, 4], "-") if rng.random() < 0.8 else num


def us_passport(rng):
    if rng.random() < 0.5:
        return digits(rng, 9, True)
    return rng.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8, True)


US_STATES = {
    "CA": "California",
    "NY": "New York",
    "FL": "Florida",
    "TX": "Texas",
    "IL": "Illinois",
    "WA": "Washington",
    "PA": "Pennsylvania",
    "NJ": "New Jersey",
    "MI": "Michigan",
    "OH": "Ohio",
    "MA": "Massachusetts",
    "GA": "Georgia",
    "AZ": "Arizona",
    "CO": "Colorado",
}


def us_dl(rng, st):
    L = rng.choice(UP)
    if st == "CA":
        return L + digits(rng, 7)
    if st == "NY":
        n = digits(rng, 9, True)
        return group(n, [3, 3, 3]) if rng.random() < 0.5 else n
    if st == "FL":
        return "%s%s-%s-%s-%s-%s" % (L, digits(rng, 3), digits(rng, 3), digits(rng, 2), digits(rng, 3), digits(rng, 1))
    if st == "TX":
        return digits(rng, 8, True)
    if st == "IL":
        return "%s%s-%s-%s" % (L, digits(rng, 3), digits(rng, 4), digits(rng, 4))
    if st == "WA":
        return "WDL" + "".join(rng.choice(UP + D) for _ in range(9))
    if st == "PA":
        return digits(rng, 8, True)
    if st == "NJ":
        return "%s%s %s %s" % (L, digits(rng, 4), digits(rng, 5), digits(rng, 5))
    if st == "MI":
        return "%s %s %s %s %s" % (L, digits(rng, 3), digits(rng, 3), digits(rng, 3), digits(rng, 3))
    if st == "OH":
        return letters(rng, 2) + digits(rng, 6)
    if st == "MA":
        return "S" + digits(rng, 8)
    if st == "GA":
        return digits(rng, 9, True)
    if st == "AZ":
        return L + digits(rng, 8)
    return L + digits(rng, 6)


# ----------------------------------------------------------------- national ids
NI_PREFIX = [
    "AB",
    "AE",
    "CE",
    "HR",
    "JA",
    "JK",
    "KM",
    "NE",
    "NH",
    "NP",
    "NR",
    "NS",
    "NW",
    "PA",
    "PX",
    "RB",
    "SC",
    "SH",
    "SK",
    "SX",
    "TG",
    "TN",
    "WE",
    "WP",
    "YL",
    "ZR",
    "ZX",
    "ET",
    "HT",
    "GR",
]


def uk_ni(rng):
    p, n, s = rng.choice(NI_PREFIX), digits(rng, 6), rng.choice("ABCD")
    if rng.random() < 0.6:
        return "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s)
    return p + n + s


def nhs(rng):
    while True:
        b = digits(rng, 9, True)
        s = sum(int(c) * (10 - i) for i, c in enumerate(b))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        num = b + str(c)
        if gb_nhs.is_valid(num):
            return group(num, [3, 3, 4]) if rng.random() < 0.75 else num


def ca_sin(rng):
    while True:
        num = luhn_full(rng.choice("1234567") + digits(rng, 7))
        return group(num, [3, 3, 3], rng.choice([" ", "-"])) if rng.random() < 0.8 else num


def aadhaar(rng):
    while True:
        b = rng.choice("23456789") + digits(rng, 10)
        num = b + verhoeff.calc_check_digit(b)
        if in_aadhaar.is_valid(num):
            return group(num, [4, 4, 4]) if rng.random() < 0.75 else num


def pan(rng, surname="K"):
    s = surname[:1].upper() if surname[:1].upper() in UP else "K"
    return letters(rng, 3) + "P" + s + digits(rng, 4) + rng.choice(UP)


def dni(rng):
    n = digits(rng, 8)
    num = n + es_dni.calc_check_digit(n)
    assert es_dni.is_valid(num)
    return num if rng.random() < 0.7 else n + "-" + num[-1]


def nie(rng):
    p = rng.choice("XYZ")
    n = digits(rng, 7)
    num = p + n + es_nie.calc_check_digit(p + n)
    assert es_nie.is_valid(num)
    return num


_CF_MONTH = "ABCDEHLMPRST"


def _cf_part(s, is_name):
    s = "".join(c for c in s.upper() if c in UP)
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(rng, surname, given, dob, female):
    day = dob[2] + (40 if female else 0)
    code = (
        _cf_part(surname, False)
        + _cf_part(given, True)
        + "%02d" % (dob[0] % 100)
        + _CF_MONTH[dob[1] - 1]
        + "%02d" % day
        + rng.choice(["H501", "F205", "L219", "A944", "G273", "F839", "D612", "L736", "C351", "A662"])
    )
    code += it_cf.calc_check_digit(code)
    assert it_cf.is_valid(code), code
    return code


_CURP_STATES = ["AS", "BC", "CH", "DF", "GR", "JC", "MC", "NL", "OC", "PL", "QT", "SL", "VZ", "YN", "SR"]


def curp(rng, surname, given, dob, female):
    s = "".join(c for c in surname.upper() if c in UP) or "XX"
    g = "".join(c for c in given.upper() if c in UP) or "X"
    v = next((c for c in s[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")  # noqa: E731
    for _ in range(200):
        m2 = rng.choice(UP.replace("Ñ", ""))
        body = (
            s[0]
            + v
            + m2
            + g[0]
            + "%02d%02d%02d" % (dob[0] % 100, dob[1], dob[2])
            + ("M" if female else "H")
            + rng.choice(_CURP_STATES)
            + cons(s)
            + cons(m2 + "A")
            + cons(g)
            + ("0" if dob[0] < 2000 else "A")
        )
        code = body + mx_curp.calc_check_digit(body)
        if mx_curp.is_valid(code):
            return code
    raise RuntimeError("curp")


def bsn(rng):
    while True:
        b = digits(rng, 8, True)
        s = sum(int(c) * (9 - i) for i, c in enumerate(b))
        c = s % 11
        if c == 10:
            continue
        num = b + str(c)
        if nl_bsn.is_valid(num):
            return num if rng.random() < 0.7 else group(num, [4, 2, 3], ".")


def pesel(rng, dob, female):
    y, m, d = dob
    mm = m + (20 if y >= 2000 else 0)
    while True:
        ser = digits(rng, 3)
        sx = rng.choice("02468" if female else "13579")
        b = "%02d%02d%02d%s%s" % (y % 100, mm, d, ser, sx)
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        c = (10 - sum(int(x) * w[i] for i, x in enumerate(b)) % 10) % 10
        num = b + str(c)
        if pl_pesel.is_valid(num):
            return num


def steuer_id(rng):
    while True:
        num = digits(rng, 10, True)
        num = num + mod_11_10.calc_check_digit(num)
        if de_idnr.is_valid(num):
            return group(num, [2, 3, 3, 3]) if rng.random() < 0.5 else num


def ahv(rng):
    b = "756" + digits(rng, 9)
    num = b + ean.calc_check_digit(b)
    assert ch_ssn.is_valid(num)
    return "%s.%s.%s.%s" % (num[:3], num[3:7], num[7:11], num[11:])


def personnummer(rng, dob):
    y, m, d = dob
    while True:
        b = "%02d%02d%02d%s" % (y % 100, m, d, digits(rng, 3))
        num = b + luhn.calc_check_digit(b)
        full = num[:6] + "-" + num[6:]
        if se_pnr.is_valid(full):
            return full if rng.random() < 0.7 else "%04d%02d%02d-%s" % (y, m, d, num[6:])


def fodselsnummer(rng, dob):
    y, m, d = dob
    for _ in range(5000):
        if y < 2000:
            ind = "%03d" % rng.randint(0, 499)
        else:
            ind = "%03d" % rng.randint(500, 999)
        b = "%02d%02d%02d%s" % (d, m, y % 100, ind)
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(c) * w1[i] for i, c in enumerate(b)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b2 = b + str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(c) * w2[i] for i, c in enumerate(b2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        num = b2 + str(k2)
        if no_fnr.is_valid(num):
            return num
    raise RuntimeError


def cpf(rng):
    b = digits(rng, 9)
    num = b + br_cpf._calc_check_digits(b)
    if not br_cpf.is_valid(num):
        return cpf(rng)
    return "%s.%s.%s-%s" % (num[:3], num[3:6], num[6:9], num[9:]) if rng.random() < 0.75 else num


def tckimlik(rng):
    while True:
        b = digits(rng, 9, True)
        num = b + tr_tck.calc_check_digits(b)
        if tr_tck.is_valid(num):
            return num


_CN_REGION = [
    "110101",
    "110105",
    "310104",
    "310115",
    "440106",
    "440305",
    "510104",
    "330106",
    "420102",
    "320102",
    "350203",
    "370202",
    "210202",
    "130102",
]


def cn_ric_id(rng, dob):
    y, m, d = dob
    while True:
        b = rng.choice(_CN_REGION) + "%04d%02d%02d" % (y, m, d) + digits(rng, 3)
        num = b + cn_ric.calc_check_digit(b)
        if cn_ric.is_valid(num):
            return num


def kr_rrn_id(rng, dob, female):
    y, m, d = dob
    for _ in range(5000):
        g = ("2" if female else "1") if y < 2000 else ("4" if female else "3")
        b = "%02d%02d%02d%s%s" % (y % 100, m, d, g, digits(rng, 5))
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        c = (11 - sum(int(x) * w[i] for i, x in enumerate(b)) % 11) % 10
        num = b + str(c)
        if kr_rrn.is_valid(num):
            return num[:6] + "-" + num[6:]
    raise RuntimeError


def za_id(rng, dob, female):
    y, m, d = dob
    while True:
        g = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
        b = "%02d%02d%02d%04d0%s" % (y % 100, m, d, g, rng.choice("89"))
        num = luhn_full(b)
        if za_idnr.is_valid(num):
            return num


def amka(rng, dob):
    y, m, d = dob
    while True:
        b = "%02d%02d%02d%s" % (d, m, y % 100, digits(rng, 4))
        num = luhn_full(b)
        if gr_amka.is_valid(num):
            return num


def oib(rng):
    while True:
        b = digits(rng, 10, True)
        num = b + mod_11_10.calc_check_digit(b)
        if hr_oib.is_valid(num):
            return num


def nik_id(rng, dob, female):
    y, m, d = dob
    for _ in range(500):
        prov = rng.choice(
            [
                "317101",
                "317402",
                "327301",
                "357801",
                "337401",
                "127101",
                "517101",
                "737101",
                "320413",
                "331701",
                "337501",
                "357506",
            ]
        )
        num = prov + "%02d%02d%02d" % (d + (40 if female else 0), m, y % 100) + "%04d" % rng.randint(1, 3999)
        if id_nik.is_valid(num):
            return num
    raise RuntimeError("nik")


def nir(rng, dob, female):
    y, m, d = dob
    while True:
        b = "%s%02d%02d%s%s%s" % (
            "2" if female else "1",
            y % 100,
            m,
            rng.choice(["75", "13", "69", "33", "59", "44", "29", "76", "06", "31"]),
            digits(rng, 3),
            digits(rng, 3, True),
        )
        num = b + fr_nir.calc_check_digits(b)
        if fr_nir.is_valid(num):
            return (
                "%s %s %s %s %s %s %s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
                if rng.random() < 0.7
                else num
            )


def pps(rng):
    while True:
        b = digits(rng, 7)
        if rng.random() < 0.5:
            num = b + ie_vat.calc_check_digit(b + "A") + "A"
        else:
            num = b + ie_vat.calc_check_digit(b)
        if ie_pps.is_valid(num):
            return num


def my_number(rng):
    while True:
        b = digits(rng, 11, True)
        num = b + jp_in.calc_check_digit(b)
        if jp_in.is_valid(num):
            return group(num, [4, 4, 4]) if rng.random() < 0.6 else num


def cnic(rng, female):
    while True:
        num = (
            rng.choice(["35202", "42101", "61101", "37405", "17301", "33100"])
            + digits(rng, 7)
            + rng.choice("2468" if female else "13579")
        )
        if pk_cnic.is_valid(num):
            return "%s-%s-%s" % (num[:5], num[5:12], num[12:])


def rntrc(rng):
    while True:
        b = rng.choice("123") + digits(rng, 8)
        num = b + ua_rntrc.calc_check_digit(b)
        if ua_rntrc.is_valid(num):
            return num


def passport_generic(rng, cc):
    if cc == "GB":
        return digits(rng, 9, True)
    if cc == "IN":
        return rng.choice("JKLMNPRSTUVWZ") + digits(rng, 7, True)
    if cc == "PH":
        return "P" + digits(rng, 7, True) + rng.choice("AB")
    if cc == "UA":
        return rng.choice(["FE", "FF", "FA", "EY", "EX", "FU"]) + digits(rng, 6)
    if cc == "RU":
        return "7%s %s" % (digits(rng, 1), digits(rng, 7))
    if cc == "CN":
        return "E" + digits(rng, 8, True)
    if cc == "ID":
        return rng.choice("ABCXE") + digits(rng, 7)
    if cc == "DE":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc == "KR":
        return "M" + digits(rng, 8)
    if cc == "MM":
        return "M" + letters(rng, 1) + digits(rng, 6)
    if cc == "VN":
        return rng.choice("BC") + digits(rng, 7)
    if cc == "NG":
        return "A" + digits(rng, 8)
    if cc == "TR":
        return "U" + digits(rng, 8)
    if cc == "BR":
        return letters(rng, 2) + digits(rng, 6)
    if cc == "JP":
        return "T" + letters(rng, 1) + digits(rng, 7)
    if cc == "GR":
        return letters(rng, 2) + digits(rng, 7)
    if cc == "PL":
        return letters(rng, 2) + digits(rng, 7)
    if cc == "HR":
        return digits(rng, 9, True)
    if cc == "EG":
        return "A" + digits(rng, 8)
    if cc == "PK":
        return letters(rng, 2) + digits(rng, 7)
    if cc == "BD":
        return letters(rng, 2) + digits(rng, 7)
    return letters(rng, 2) + digits(rng, 7)


# ----------------------------------------------------------------- devices / network
TACS = [
    "35391110",
    "35328811",
    "35875403",
    "35404506",
    "86201404",
    "86769103",
    "35226911",
    "35925206",
    "01332700",
    "35699408",
    "86891504",
    "35713109",
    "35346808",
    "86005304",
]


def imei(rng, spaced=None):
    num = luhn_full(rng.choice(TACS) + digits(rng, 6))
    assert luhn.is_valid(num)
    if spaced is None:
        spaced = rng.random() < 0.3
    return group(num, [2, 6, 6, 1]) if spaced else num


def apple_serial(rng):
    if rng.random() < 0.5:
        return "".join(rng.choice("CDFGHJKLMNPQRTVWXY") for _ in range(3)) + "".join(
            rng.choice("0123456789CDFGHJKLMNPQRTVWXY") for _ in range(9)
        )
    return "".join(rng.choice("CDFGHJKLMNPQRTVWXY0123456789") for _ in range(10))


def samsung_serial(rng):
    return (
        "R"
        + rng.choice(["58", "5C", "F8", "FC", "39"])
        + letters(rng, 1)
        + digits(rng, 2)
        + "".join(rng.choice(UP + D) for _ in range(6))
    )


def laptop_serial(rng):
    kind = rng.choice(["lenovo", "hp", "dell", "asus"])
    if kind == "lenovo":
        return "PF" + "".join(rng.choice(UP + D) for _ in range(6))
    if kind == "hp":
        return "5CD" + digits(rng, 3) + "".join(rng.choice(UP + D) for _ in range(4))
    if kind == "dell":
        return "".join(rng.choice(UP + D) for _ in range(7))
    return letters(rng, 1) + digits(rng, 1) + "N0" + "".join(rng.choice(UP + D) for _ in range(8))


def mac(rng):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    style = rng.random()
    if style < 0.5:
        return ":".join("%02x" % x for x in b)
    if style < 0.75:
        return "-".join("%02X" % x for x in b)
    if style < 0.9:
        return ":".join("%02X" % x for x in b)
    h = "".join("%02x" % x for x in b)
    return "%s.%s.%s" % (h[:4], h[4:8], h[8:])


def ipv4(rng, private=False):
    if private:
        return rng.choice(
            [
                "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)),
                "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
            ]
        )
    while True:
        a = rng.randint(2, 223)
        if a in (10, 127, 100, 169, 172, 192):
            continue
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    pre = rng.choice(
        ["2a02:c7f", "2001:818", "2a01:4c8", "2600:1700", "2405:201", "2a00:23c5", "2001:ee0", "2403:6200", "2804:14d"]
    )
    parts = ["%x" % rng.randint(0, 0xFFFF) for _ in range(4)]
    if rng.random() < 0.5:
        return pre + ":" + ":".join(parts[:2]) + "::" + parts[3]
    return pre + ":" + ":".join(parts) + ":%x" % rng.randint(0, 0xFFFF)


def uuid(rng, upper=False):
    h = "".join(rng.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def token(rng, n=32, pool=string.ascii_letters + D):
    return "".join(rng.choice(pool) for _ in range(n))


# ----------------------------------------------------------------- phones
_PHONE_CACHE = {}
_NANP = {
    "US": [
        "212",
        "718",
        "305",
        "713",
        "312",
        "415",
        "206",
        "617",
        "404",
        "602",
        "303",
        "916",
        "614",
        "973",
        "570",
        "616",
        "630",
        "518",
        "480",
        "912",
        "508",
        "720",
        "559",
        "915",
        "813",
        "347",
        "832",
        "929",
    ],
    "CA": ["416", "514", "604", "902", "403", "204", "613", "905", "647", "778", "438"],
}


def phone(rng, region, style=None, kind="mobile"):
    """Random number valid for region per libphonenumber metadata, formatted in a random style."""
    ptype = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
    key = (region, kind)
    if key not in _PHONE_CACHE:
        ex = phonenumbers.example_number_for_type(region, ptype)
        _PHONE_CACHE[key] = (ex.country_code, phonenumbers.national_significant_number(ex))
    cc, nsn = _PHONE_CACHE[key]
    for attempt in range(900):
        keep = 1 if attempt < 300 else (2 if attempt < 600 else 3)
        if len(nsn) <= 8:
            keep = max(keep, 2) if attempt >= 300 else 1
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        if region in ("US", "CA"):
            ac = rng.choice(_NANP[region])
            cand = ac + rng.choice("23456789") + digits(rng, 6)
            if cand[3:6] == "555":
                continue
        pn = phonenumbers.parse("+%d%s" % (cc, cand))
        if phonenumbers.is_valid_number_for_region(pn, region) and phonenumbers.number_type(pn) in (
            ptype,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            break
    else:
        raise RuntimeError("phone " + region)
    style = style or rng.choice(["intl", "intl", "nat", "nat", "e164", "custom"])
    if style == "intl":
        return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "nat":
        return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == "e164":
        return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.E164)
    if style == "00":
        return "00%d %s" % (cc, cand)
    if style == "raw":
        return "".join(
            c for c in phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL) if c.isdigit()
        )
    # custom: dotted or hyphenated intl
    sep = rng.choice([".", "-", " "])
    g = [cand[i : i + 3] for i in range(0, len(cand), 3)]
    if len(g[-1]) == 1:
        g[-2] += g[-1]
        g = g[:-1]
    return "+%d %s" % (cc, sep.join(g))


_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken(num, oh=True):
    out = []
    for c in num:
        if c.isdigit():
            out.append("oh" if (c == "0" and oh) else _WORDS[int(c)])
    return " ".join(out)


def bic(rng, cc):
    return letters(rng, 4) + cc + rng.choice(["2X", "22", "MM", "PP", "XX", "FF"]) + rng.choice(["", "", "XXX"])
