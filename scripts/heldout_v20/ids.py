"""Identifier generators (valid checksums where one exists).

Every function takes a ``random.Random`` instance as first argument so that
output depends only on the seed.
"""

from __future__ import annotations

import datetime as _dt

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as _iban
from stdnum import imei as _imei
from stdnum import imsi as _imsi
from stdnum import luhn, verhoeff
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _deidnr
from stdnum.dk import cpr as _dkcpr
from stdnum.es import dni as _esdni
from stdnum.es import nie as _esnie
from stdnum.fi import hetu as _hetu
from stdnum.fr import nir as _nir
from stdnum.gb import nhs as _nhs
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.is_ import kennitala as _kt
from stdnum.it import codicefiscale as _cf
from stdnum.jp import in_ as _jpin
from stdnum.nl import bsn as _bsn
from stdnum.no import fodselsnummer as _fnr
from stdnum.pl import pesel as _pesel
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tc
from stdnum.us import itin as _itin
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEX = "0123456789abcdef"


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def letters(rng, n, alphabet=UP):
    return "".join(rng.choice(alphabet) for _ in range(n))


def until(rng, make, ok, tries=5000):
    for _ in range(tries):
        v = make()
        if ok(v):
            return v
    raise RuntimeError("could not generate a valid value")


def rand_date(rng, y0, y1):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


# ---------------------------------------------------------------- US
def us_ssn(rng, sep="-"):
    def make():
        a = rng.randint(1, 899)
        return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"

    v = until(rng, make, _ssn.is_valid)
    return f"{v[:3]}{sep}{v[3:5]}{sep}{v[5:]}"


def us_itin(rng, sep="-"):
    def make():
        g = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        return f"9{digits(rng, 2)}{g:02d}{digits(rng, 4)}"

    v = until(rng, make, _itin.is_valid)
    return f"{v[:3]}{sep}{v[3:5]}{sep}{v[5:]}"


def us_passport(rng):
    if rng.random() < 0.5:
        return rng.choice("ACEFGHJKLMNPRSTUWXYZ") + digits(rng, 8)
    return rng.choice("1234556") + digits(rng, 8)


def us_driver_license(rng, state=None):
    state = state or rng.choice(["CA", "NY", "FL", "TX", "IL", "WA", "PA", "NJ", "MI", "AZ"])
    if state == "CA":
        v = rng.choice(UP) + digits(rng, 7)
    elif state == "NY":
        v = f"{digits(rng, 3, True)} {digits(rng, 3)} {digits(rng, 3)}"
    elif state == "FL":
        v = f"{rng.choice(UP)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 1)}"
    elif state == "TX":
        v = digits(rng, 8, True)
    elif state == "IL":
        v = f"{rng.choice(UP)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"
    elif state == "WA":
        v = "WDL" + letters(rng, 6, UP + DIG)
    elif state == "PA":
        v = f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    elif state == "NJ":
        v = f"{rng.choice(UP)}{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 5)}"
    elif state == "MI":
        v = f"{rng.choice(UP)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    else:
        v = rng.choice("ABDY") + digits(rng, 8)
    return state, v


def us_bank_account(rng):
    return digits(rng, rng.choice([9, 10, 10, 11, 12, 12, 14, 16]), True)


def aba(rng):
    def make():
        p = rng.choice(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)))
        base = f"{p:02d}{digits(rng, 6)}"
        return base + _rtn.calc_check_digit(base)

    return until(rng, make, _rtn.is_valid)


def credit_card(rng, brand=None, style="space"):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2304"])
        body += digits(rng, 15 - len(body))
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = "6011" + digits(rng, 11)
    n = body + luhn.calc_check_digit(body)
    if style == "plain":
        return n
    sep = "-" if style == "dash" else " "
    if len(n) == 15:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


_BBAN = {
    # country: list of (kind, length) ; n digits, a upper letters, c alnum
    "DE": [("n", 18)],
    "GB": [("a", 4), ("n", 14)],
    "IE": [("a", 4), ("n", 14)],
    "NL": [("a", 4), ("n", 10)],
    "AT": [("n", 16)],
    "CH": [("n", 17)],
    "LU": [("n", 3), ("c", 13)],
    "MT": [("a", 4), ("n", 5), ("c", 18)],
    "IS": [("n", 22)],
    "GE": [("a", 2), ("n", 16)],
    "AZ": [("a", 4), ("c", 20)],
    "KZ": [("n", 3), ("c", 13)],
    "DK": [("n", 14)],
    "FI": [("n", 14)],
    "SE": [("n", 20)],
    "LT": [("n", 16)],
    "HR": [("n", 17)],
    "RO": [("a", 4), ("c", 16)],
    "GR": [("n", 7), ("c", 16)],
    "CY": [("n", 8), ("c", 16)],
    "CZ": [("n", 20)],
    "PL": [("n", 24)],
}


def iban(rng, country=None, grouped=True):
    country = country or rng.choice(sorted(_BBAN))

    def make():
        parts = []
        for kind, n in _BBAN[country]:
            if kind == "n":
                parts.append(digits(rng, n))
            elif kind == "a":
                parts.append(letters(rng, n))
            else:
                parts.append(letters(rng, n, UP + DIG + DIG))
        bban = "".join(parts)
        chk = _iban.calc_check_digits(country + "00" + bban)
        return country + chk + bban

    v = until(rng, make, _iban.is_valid)
    if grouped:
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


# ---------------------------------------------------------------- phones
_US_AREAS = [
    "206",
    "212",
    "213",
    "215",
    "303",
    "312",
    "404",
    "412",
    "503",
    "512",
    "602",
    "617",
    "646",
    "702",
    "713",
    "718",
    "773",
    "805",
    "813",
    "907",
    "917",
    "929",
    "971",
    "984",
]


def phone(rng, region="US", kind="mobile", style="intl"):
    """Return a valid phone number of ``region`` formatted in ``style``.

    style: intl | national | e164 | dots | compact | rfc
    """
    if region == "US":

        def make():
            s = rng.choice(_US_AREAS) + rng.choice("23456789") + digits(rng, 2)
            s += digits(rng, 4)
            if s[4:6] == "55":
                return None
            return phonenumbers.parse("+1" + s)

    else:
        t = PhoneNumberType.MOBILE if kind == "mobile" else PhoneNumberType.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, t)
        nsn = phonenumbers.national_significant_number(ex)
        keep = 2 if len(nsn) > 6 else 1
        if region in ("NP", "LA", "MM", "KZ"):
            keep = 3

        def make():
            s = nsn[:keep] + digits(rng, len(nsn) - keep)
            return phonenumbers.parse(f"+{ex.country_code}{s}")

    def ok(n):
        return n is not None and phonenumbers.is_valid_number(n)

    num = until(rng, make, ok)
    if style == "intl":
        return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if style == "national":
        return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    if style == "compact":
        return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL).replace(" ", "").replace("-", "")
    if style == "dots":
        nat = str(num.national_number)
        if region == "US":
            return f"{nat[:3]}.{nat[3:6]}.{nat[6:]}"
        return f"+{num.country_code}.{nat}"
    if style == "00":
        return "00" + phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)[1:]
    return phonenumbers.format_number(num, PhoneNumberFormat.RFC3966)


# ---------------------------------------------------------------- devices / network
def imei(rng, sep=""):
    tac = rng.choice(["35", "35", "86", "01", "99"]) + digits(rng, 6)

    def make():
        body = tac + digits(rng, 6)
        return body + luhn.calc_check_digit(body)

    v = until(rng, make, _imei.is_valid)
    if sep:
        return f"{v[:2]}{sep}{v[2:8]}{sep}{v[8:14]}{sep}{v[14:]}"
    return v


def iccid(rng):
    body = "89" + rng.choice(["44", "49", "33", "01", "34", "353", "352", "91"]) + digits(rng, 13)
    body = body[:18]
    return body + luhn.calc_check_digit(body)


def imsi(rng):
    def make():
        pre = rng.choice(
            [
                "23410",
                "23415",
                "26201",
                "26202",
                "20801",
                "21401",
                "310260",
                "27201",
                "27077",
            ]
        )
        return pre + digits(rng, 15 - len(pre))

    return until(rng, make, _imsi.is_valid)


def uuid_like(rng, upper=False):
    h = "".join(rng.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return s.upper() if upper else s


def mac(rng, style="colon"):
    oui = rng.choice(
        [
            "3c:22:fb",
            "f0:18:98",
            "b8:27:eb",
            "dc:a6:32",
            "a4:83:e7",
            "00:1a:11",
            "44:65:0d",
            "fc:65:de",
            "50:c7:bf",
            "18:b4:30",
            "ac:bc:32",
            "d8:3a:dd",
        ]
    )
    b = oui.split(":") + [rng.choice(HEX) + rng.choice(HEX) for _ in range(3)]
    if style == "colon":
        return ":".join(b)
    if style == "COLON":
        return ":".join(b).upper()
    if style == "dash":
        return "-".join(b).upper()
    h = "".join(b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def ipv4_public(rng):
    while True:
        a = rng.choice(
            [
                31,
                37,
                46,
                62,
                77,
                78,
                81,
                82,
                84,
                86,
                89,
                92,
                94,
                109,
                151,
                176,
                185,
                188,
                212,
                213,
                217,
                24,
                68,
                71,
                73,
                98,
                104,
                174,
            ]
        )
        v = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return v


def ipv4_private(rng, net="192.168.1"):
    return f"{net}.{rng.randint(2, 250)}"


def ipv6(rng):
    pre = rng.choice(["2a02:8108", "2001:16b8", "2a01:4b00", "2600:1700", "2a00:23c5", "2003:e2"])
    groups = [format(rng.randint(0, 0xFFFF), "x") for _ in range(4)]
    return pre + ":" + rng.choice(["", format(rng.randint(1, 0xFFFF), "x") + ":"]) + ":".join(groups)


def serial(rng, kind="generic"):
    if kind == "apple":
        return rng.choice(["C02", "F4K", "DMP", "G6T", "H4H"]) + letters(
            rng, 9, UP.replace("O", "").replace("I", "") + DIG
        )
    if kind == "samsung":
        return "R" + rng.choice("5FZ") + digits(rng, 1) + letters(rng, 1) + letters(rng, 7, UP + DIG)
    if kind == "wear":
        return rng.choice(["FB", "GW", "WHP"]) + digits(rng, 3) + "-" + letters(rng, 8, UP + DIG)
    if kind == "cam":
        return rng.choice(["NBM", "BMX", "CAM"]) + digits(rng, 2) + letters(rng, 2) + digits(rng, 6)
    if kind == "vin":
        alph = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return rng.choice(["WVW", "WBA", "VF1", "SAL", "YV1", "JTD", "5YJ", "1FA", "TMB"]) + letters(rng, 14, alph)
    return letters(rng, 4, UP + DIG) + "-" + letters(rng, 4, UP + DIG) + "-" + letters(rng, 4, UP + DIG)


# ---------------------------------------------------------------- plates
def plate(rng, country="GB"):
    if country == "GB":
        return f"{letters(rng, 2, 'ABDEFGHKLMNOPRSVWY')}{rng.choice(['17', '19', '21', '68', '70', '72', '23', '24'])} {letters(rng, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}"
    if country == "DE":
        return f"{rng.choice(['B', 'M', 'HH', 'K', 'F', 'S', 'DO', 'HB', 'L', 'DD'])}-{letters(rng, rng.choice([1, 2]))} {rng.randint(1, 9999)}"
    if country == "FR":
        return f"{letters(rng, 2)}-{digits(rng, 3)}-{letters(rng, 2)}"
    if country == "NL":
        return f"{letters(rng, 2, 'GHJKLNPRSTXZ')}-{digits(rng, 3)}-{letters(rng, 1, 'BDFGHJKLNPRSTXZ')}"
    if country == "US":
        return rng.choice(
            [
                f"{rng.randint(1, 9)}{letters(rng, 3)}{digits(rng, 3)}",
                f"{letters(rng, 3)}-{digits(rng, 4)}",
                f"{letters(rng, 3)} {digits(rng, 3)}",
            ]
        )
    if country == "IE":
        return f"{rng.choice(['191', '201', '212', '231', '242'])}-{rng.choice(['D', 'C', 'G', 'KY', 'L', 'WX'])}-{rng.randint(100, 99999)}"
    if country == "ES":
        return f"{digits(rng, 4)} {letters(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
    if country == "PL":
        return f"{rng.choice(['WA', 'KR', 'PO', 'GD', 'WR'])} {digits(rng, 5)}"
    if country == "IT":
        return f"{letters(rng, 2)} {digits(rng, 3)}{letters(rng, 2)}"
    return f"{letters(rng, 3)} {digits(rng, 3)}"


# ---------------------------------------------------------------- national ids
def de_idnr(rng):
    def make():
        return digits(rng, 11, True)

    return until(rng, make, _deidnr.is_valid)


def fr_nir(rng, sex=None, dob=None):
    sex = sex or rng.choice("12")
    dob = dob or rand_date(rng, 1950, 2000)

    def make():
        b = f"{sex}{dob.year % 100:02d}{dob.month:02d}{rng.choice(['75', '69', '13', '33', '59', '44'])}{digits(rng, 3)}{digits(rng, 3)}"
        return b + _nir.calc_check_digits(b)

    v = until(rng, make, _nir.is_valid)
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def nl_bsn(rng):
    return until(rng, lambda: digits(rng, 9, True), _bsn.is_valid)


def pl_pesel(rng, dob=None):
    dob = dob or rand_date(rng, 1950, 1999)
    b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{digits(rng, 4)}"
    return b + _pesel.calc_check_digit(b)


def it_cf(rng):
    cons = "BCDFGLMNPRSTVZ"
    b = (
        letters(rng, 6, cons)
        + digits(rng, 2)
        + rng.choice("ABCDEHLMPRST")
        + f"{rng.choice([rng.randint(1, 28), rng.randint(41, 68)]):02d}"
    )
    b += rng.choice("ABCDEFGHLM") + digits(rng, 3)
    return b + _cf.calc_check_digit(b)


def es_dni(rng):
    n = digits(rng, 8)
    return n + _esdni.calc_check_digit(n)


def es_nie(rng):
    n = rng.choice("XYZ") + digits(rng, 7)
    return n + _esnie.calc_check_digit(n)


def ie_pps(rng):
    def make():
        return digits(rng, 7) + rng.choice(UP.replace("W", "")) + rng.choice(["", "", "A"])

    return until(rng, make, _pps.is_valid)


def is_kennitala(rng, dob=None):
    dob = dob or rand_date(rng, 1950, 2003)

    def make():
        return f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{digits(rng, 3)}{'9' if dob.year < 2000 else '0'}"

    v = until(rng, make, _kt.is_valid)
    return f"{v[:6]}-{v[6:]}"


def za_id(rng, dob=None):
    dob = dob or rand_date(rng, 1955, 2003)

    def make():
        b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{digits(rng, 4)}08"
        return b + luhn.calc_check_digit(b)

    return until(rng, make, _zaid.is_valid)


def jp_mynumber(rng):
    b = digits(rng, 11)
    v = b + _jpin.calc_check_digit(b)
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def in_aadhaar(rng):
    def make():
        b = rng.choice("23456789") + digits(rng, 10)
        return b + verhoeff.calc_check_digit(b)

    v = until(rng, make, _aadhaar.is_valid)
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def br_cpf(rng):
    v = until(rng, lambda: digits(rng, 11), _cpf.is_valid)
    return _cpf.format(v)


def se_pnr(rng, dob=None):
    dob = dob or rand_date(rng, 1950, 2003)

    def make():
        return f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{digits(rng, 4)}"

    return until(rng, make, _pnr.is_valid)


def no_fnr(rng, dob=None):
    dob = dob or rand_date(rng, 1955, 1999)

    def make():
        b = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{rng.randint(0, 499):03d}"
        try:
            c1 = _fnr.calc_check_digit1(b)
            c2 = _fnr.calc_check_digit2(b + c1)
        except (ValueError, ArithmeticError):
            return ""
        return b + c1 + c2

    return until(rng, make, _fnr.is_valid)


def gb_nhs(rng):
    v = until(rng, lambda: digits(rng, 10, True), _nhs.is_valid)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def gb_nino(rng):
    a = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    if a in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        a = "JT"
    return f"{a} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {rng.choice('ABCD')}"


def ca_sin(rng):
    def make():
        b = rng.choice("1234567") + digits(rng, 7)
        return b + luhn.calc_check_digit(b)

    v = until(rng, make, _sin.is_valid)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def dk_cpr(rng, dob=None):
    dob = dob or rand_date(rng, 1950, 1999)

    def make():
        return f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{rng.choice('0123')}{digits(rng, 3)}"

    v = until(rng, make, _dkcpr.is_valid)
    return f"{v[:6]}-{v[6:]}"


def fi_hetu(rng, dob=None):
    dob = dob or rand_date(rng, 1950, 1999)
    chars = "0123456789ABCDEFHJKLMNPRSTUVWXY"
    n = rng.randint(2, 899)
    b = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"
    c = chars[int(b + f"{n:03d}") % 31]
    return f"{b}-{n:03d}{c}"


def se_ok(v):
    return _hetu.is_valid(v)


def tr_tc(rng):
    b = digits(rng, 9, True)
    return b + _tc.calc_check_digits(b)


def lu_matricule(rng, dob=None):
    dob = dob or rand_date(rng, 1950, 2000)
    b = f"{dob.year}{dob.month:02d}{dob.day:02d}{digits(rng, 3)}"
    return b + luhn.calc_check_digit(b) + verhoeff.calc_check_digit(b)


def kz_iin(rng, dob=None, male=True):
    dob = dob or rand_date(rng, 1955, 2003)
    cent = ("3" if male else "4") if dob.year < 2000 else ("5" if male else "6")
    b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{cent}{digits(rng, 4)}"
    w1 = list(range(1, 12))
    w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
    s = sum(int(x) * w for x, w in zip(b, w1, strict=True)) % 11
    if s == 10:
        s = sum(int(x) * w for x, w in zip(b, w2, strict=True)) % 11
    if s == 10:
        return kz_iin(rng, dob, male)
    return b + str(s)


def lk_nic(rng, dob=None, male=True):
    dob = dob or rand_date(rng, 1960, 2003)
    day = dob.timetuple().tm_yday + (0 if male else 500)
    if rng.random() < 0.5 and dob.year < 2000:
        return f"{dob.year % 100:02d}{day:03d}{digits(rng, 4)}V"
    return f"{dob.year}{day:03d}0{digits(rng, 4)}"


def uk_passport(rng):
    return digits(rng, 9, True)


def de_passport(rng):
    return letters(rng, 1, "CFGHJK") + letters(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")


def uk_dl(rng, surname="MORGAN", dob=None):
    dob = dob or rand_date(rng, 1950, 2000)
    s = (surname.upper().replace(" ", "").replace("'", "") + "99999")[:5]
    return f"{s}{str(dob.year)[2]}{dob.month:02d}{dob.day:02d}{str(dob.year)[3]}{letters(rng, 2)}{digits(rng, 1)}{letters(rng, 2)}"
