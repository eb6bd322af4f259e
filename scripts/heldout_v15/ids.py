"""Identifier generators for the v15 held-out corpus.

Every generator takes a seeded random.Random and returns a string. Checksummed
identifiers are produced by drawing candidates until python-stdnum accepts them.
"""

import datetime
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as s_iban
from stdnum import imei as s_imei
from stdnum import luhn, mac, verhoeff
from stdnum.au import tfn as au_tfn
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.id import nik as id_nik
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp
from stdnum.nl import bsn as nl_bsn
from stdnum.nz import ird as nz_ird
from stdnum.pe import cui as pe_cui
from stdnum.pl import pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

DIG = "0123456789"
UP = string.ascii_uppercase
HEX = "0123456789abcdef"


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def letters(rng, n, alphabet=UP):
    return "".join(rng.choice(alphabet) for _ in range(n))


def draw(rng, make, valid, tries=5000):
    for _ in range(tries):
        v = make(rng)
        try:
            if valid(v):
                return v
        except Exception:  # noqa: BLE001 - stdnum raises on malformed input
            pass
    raise RuntimeError("could not draw a valid identifier")


def rand_date(rng, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- US numbers
def us_ssn_gen(rng):
    def mk(r):
        area = r.choice([x for x in range(1, 900) if x != 666])
        return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    v = draw(rng, mk, us_ssn.is_valid)
    return v if rng.random() < 0.8 else v.replace("-", rng.choice(["", " "]))


def us_itin_gen(rng):
    def mk(r):
        g = r.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        return f"9{r.randint(0, 99):02d}-{g:02d}-{r.randint(0, 9999):04d}"

    return draw(rng, mk, us_itin.is_valid)


def aba_gen(rng):
    def mk(r):
        return f"{r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 31, 32]):02d}" + digits(r, 7)

    return draw(rng, mk, us_rtn.is_valid)


def us_bank_account(rng):
    return digits(rng, rng.choice([8, 9, 10, 11, 12])).lstrip("0").rjust(10, "4")


def us_passport(rng):
    if rng.random() < 0.5:
        return str(rng.randint(1, 9)) + digits(rng, 8)
    return rng.choice("ACEFGHKLMNPRSTUVWXYZ") + digits(rng, 8)


US_DL = {
    "CA": lambda r: r.choice(UP) + digits(r, 7),
    "TX": lambda r: str(r.randint(1, 4)) + digits(r, 7),
    "NY": lambda r: group(digits(r, 9), [3, 3, 3]),
    "FL": lambda r: r.choice(UP) + "-".join([digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 3), digits(r, 1)]),
    "IL": lambda r: r.choice(UP) + digits(r, 3) + "-" + digits(r, 4) + "-" + digits(r, 4),
    "OH": lambda r: letters(r, 2) + digits(r, 6),
    "PA": lambda r: group(digits(r, 8), [2, 3, 3]),
    "MI": lambda r: r.choice(UP) + " " + group(digits(r, 12), [3, 3, 3, 3]),
    "WA": lambda r: "WDL" + letters(r, 6, UP + DIG) + digits(r, 3),
    "NJ": lambda r: r.choice(UP) + digits(r, 4) + " " + digits(r, 5) + " " + digits(r, 5),
    "GA": lambda r: "0" + digits(r, 8),
    "AZ": lambda r: r.choice("ABDY") + digits(r, 8),
}
US_STATE_NAMES = {
    "CA": "California",
    "TX": "Texas",
    "NY": "New York",
    "FL": "Florida",
    "IL": "Illinois",
    "OH": "Ohio",
    "PA": "Pennsylvania",
    "MI": "Michigan",
    "WA": "Washington",
    "NJ": "New Jersey",
    "GA": "Georgia",
    "AZ": "Arizona",
}


def us_dl(rng, state=None):
    state = state or rng.choice(sorted(US_DL))
    return state, US_DL[state](rng)


# ---------------------------------------------------------------- cards, banks
def credit_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        pre, n, grp = "4" + digits(rng, 5), 16, [4, 4, 4, 4]
    elif kind == "mc":
        pre, n, grp = str(rng.randint(51, 55)) + digits(rng, 4), 16, [4, 4, 4, 4]
    elif kind == "mc2":
        pre, n, grp = str(rng.randint(2221, 2720)) + digits(rng, 2), 16, [4, 4, 4, 4]
    elif kind == "amex":
        pre, n, grp = rng.choice(["34", "37"]) + digits(rng, 4), 15, [4, 6, 5]
    else:
        pre, n, grp = "6011" + digits(rng, 2), 16, [4, 4, 4, 4]
    body = pre + digits(rng, n - 1 - len(pre))
    num = body + luhn.calc_check_digit(body)
    style = rng.random()
    if style < 0.45:
        return group(num, grp, " ")
    if style < 0.7:
        return group(num, grp, "-")
    return num


IBAN_BBAN = {
    "DE": lambda r: digits(r, 18),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SCBL"]) + digits(r, 14),
    "FR": lambda r: digits(r, 10) + letters(r, 0) + digits(r, 13),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB"]) + digits(r, 10),
    "CH": lambda r: digits(r, 17),
    "LU": lambda r: digits(r, 16),
    "PL": lambda r: digits(r, 24),
    "TR": lambda r: digits(r, 5) + "0" + digits(r, 16),
    "IT": lambda r: r.choice(UP) + digits(r, 22),
    "BA": lambda r: digits(r, 16),
    "FO": lambda r: digits(r, 14),
    "GR": lambda r: digits(r, 23),
    "SE": lambda r: digits(r, 20),
    "BR": lambda r: digits(r, 23) + r.choice("CP") + r.choice(DIG + UP),
    "IL": lambda r: digits(r, 19),
    "EG": lambda r: digits(r, 25),
    "PK": lambda r: r.choice(["HABB", "MUCB", "UNIL", "SCBL"]) + digits(r, 16),
    "UA": lambda r: digits(r, 25),
}


def _iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_gen(rng, cc=None):
    cc = cc or rng.choice(sorted(IBAN_BBAN))

    def mk(r):
        bban = IBAN_BBAN[cc](r)
        return cc + _iban_check(cc, bban) + bban

    v = draw(rng, mk, s_iban.is_valid)
    return group(v, [4] * 9, " ") if rng.random() < 0.65 else v


# ---------------------------------------------------------------- devices, net
def imei_gen(rng):
    tac = rng.choice(["35", "86", "01", "35", "49", "99"]) + digits(rng, 6)
    body = tac + digits(rng, 6)
    v = body + luhn.calc_check_digit(body)
    assert s_imei.is_valid(v)
    st = rng.random()
    if st < 0.6:
        return v
    if st < 0.8:
        return f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}"
    return f"{v[:8]} {v[8:14]} {v[14]}"


IMSI_PLMN = [
    "310260",
    "311480",
    "23415",
    "23410",
    "26201",
    "26202",
    "20801",
    "20810",
    "72406",
    "72411",
    "40445",
    "62120",
    "44010",
    "45005",
    "46000",
    "25001",
    "26001",
    "28601",
    "33402",
    "60201",
    "63902",
    "51010",
    "45204",
    "52001",
    "42503",
    "20404",
    "22801",
    "27077",
    "64804",
    "63601",
]


def imsi_gen(rng, plmn=None):
    plmn = plmn or rng.choice(IMSI_PLMN)
    return plmn + digits(rng, 15 - len(plmn))


def iccid_gen(rng, cc="44"):
    body = "89" + cc + digits(rng, 18 - 2 - len(cc))
    return body + luhn.calc_check_digit(body)


_OUI_CAND = [
    "001A2B",
    "D05099",
    "3C5AB4",
    "F4F5D8",
    "ACBC32",
    "28CFE9",
    "001B63",
    "B827EB",
    "DCA632",
    "3CD92B",
    "00259C",
    "F09FC2",
    "703ACB",
    "5CF938",
    "44650D",
    "74C246",
    "001EC2",
    "E45F01",
    "8C8590",
    "18B430",
    "001788",
    "600194",
    "240AC4",
    "30AEA4",
    "C83A35",
    "50C7BF",
    "14CC20",
    "98DAC4",
    "001D0F",
    "3497F6",
    "04D9F5",
    "0026BB",
    "A483E7",
    "BCD074",
    "F8E43B",
    "A4C3F0",
    "E8DE27",
    "9C5C8E",
    "B0BE76",
    "40B076",
]
OUIS = []
for _o in _OUI_CAND:
    if mac.is_valid(":".join((_o + "123456")[_i : _i + 2] for _i in range(0, 12, 2))):
        OUIS.append(_o)


def mac_gen(rng):
    h = rng.choice(OUIS).lower() + "".join(rng.choice(HEX) for _ in range(6))
    b = [h[i : i + 2] for i in range(0, 12, 2)]
    st = rng.random()
    if st < 0.5:
        return ":".join(b) if rng.random() < 0.5 else ":".join(b).upper()
    if st < 0.85:
        return "-".join(b).upper()
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def ipv4_gen(rng):
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6_gen(rng):
    pre = rng.choice(["2a02", "2600", "2a01", "2001:4860", "2804", "2409", "2c0f", "2403", "2a00"])
    parts = pre.split(":")
    while len(parts) < 8:
        parts.append(f"{rng.randint(0, 0xFFFF):x}")
    if rng.random() < 0.4:
        return ":".join(parts[:4]) + "::" + ":".join(parts[6:])
    return ":".join(parts)


def uuid_gen(rng, upper=False):
    h = "".join(rng.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if upper else u


def serial_gen(rng, kind=None):
    kind = kind or rng.choice(["apple", "samsung", "switch", "ps", "xbox", "generic"])
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    if kind == "apple":
        return rng.choice(["C02", "F2L", "DMP", "G6T", "FK1", "H4H"]) + letters(rng, 9, an)
    if kind == "samsung":
        return "R" + rng.choice(["58", "5C", "F8", "38"]) + letters(rng, 1, UP) + digits(rng, 2) + letters(rng, 6, an)
    if kind == "switch":
        return rng.choice(["XAW", "XKW", "XTW"]) + digits(rng, 11)
    if kind == "ps":
        return rng.choice(["E", "F", "G"]) + digits(rng, 2) + letters(rng, 1, UP) + digits(rng, 9)
    if kind == "xbox":
        return digits(rng, 12)
    return letters(rng, 2, UP) + digits(rng, 4) + letters(rng, 4, an)


def android_id(rng):
    return "".join(rng.choice(HEX) for _ in range(16))


def token_gen(rng, kind=None):
    kind = kind or rng.choice(["pw", "pw", "pin", "api", "jwt", "sess", "ghp"])
    if kind == "pw":
        base = rng.choice(
            [
                "Sunflower",
                "dragon",
                "Minecraft",
                "football",
                "Qwerty",
                "Liverpool",
                "kitty",
                "Shadow",
                "Purple",
                "Galaxy",
                "monkey",
                "Tiger",
                "Bubbles",
                "ninja",
                "Pokemon",
            ]
        )
        return (
            base
            + rng.choice(["!", "#", "_", "", "@", "$"])
            + digits(rng, rng.randint(2, 4))
            + rng.choice(["", "x", "Z", "$", "#"])
        )
    if kind == "pin":
        return digits(rng, rng.choice([4, 4, 6]))
    if kind == "api":
        return rng.choice(["sk_live_", "AKIA", "AIza", "xoxb-"]) + letters(rng, 24, string.ascii_letters + DIG)
    if kind == "jwt":
        a = string.ascii_letters + DIG + "-_"
        return "eyJhbGciOiJIUzI1NiJ9." + letters(rng, 30, a) + "." + letters(rng, 22, a)
    if kind == "ghp":
        return "ghp_" + letters(rng, 36, string.ascii_letters + DIG)
    return letters(rng, 32, "abcdef" + DIG)


# ---------------------------------------------------------------- phones
PHONE_STYLES = ["intl", "intl", "natl", "natl", "e164", "dots", "dash", "paren0"]


def phone_gen(rng, region, style=None, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.75
    want = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE) if mobile else (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
    ex = phonenumbers.example_number_for_type(region, PNT.MOBILE if mobile else PNT.FIXED_LINE)
    if ex is None:
        ex = phonenumbers.example_number_for_type(region, PNT.MOBILE)
    nsn = phonenumbers.national_significant_number(ex)
    num = None
    for i in range(6000):
        keep = rng.choice([0, 1, 1, 2, 2, 3]) if i < 3000 else 3
        cand = nsn[:keep] + digits(rng, len(nsn) - keep + (rng.choice([-1, 0, 0, 1]) if i < 1500 else 0))
        if not cand or cand[0] == "0":
            continue
        try:
            p = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(p)
            and phonenumbers.region_code_for_number(p) == region
            and phonenumbers.number_type(p) in want
        ):
            num = p
            break
    if num is None:
        raise RuntimeError("no phone for " + region)
    style = style or rng.choice(PHONE_STYLES)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    natl = phonenumbers.format_number(num, PNF.NATIONAL)
    if style == "intl":
        return intl
    if style == "natl":
        return natl
    if style == "e164":
        return phonenumbers.format_number(num, PNF.E164)
    if style == "dots":
        return intl.replace(" ", ".").replace("-", ".")
    if style == "dash":
        return natl.replace(" ", "-").replace("(", "").replace(")", "")
    if style == "paren0":
        if natl.startswith("0"):
            return f"+{num.country_code} (0){intl.split(' ', 1)[1]}"
        return intl
    return intl


def phone_check(s, region):
    p = phonenumbers.parse(s, region)
    return phonenumbers.is_valid_number(p)


# ---------------------------------------------------------------- national ids
def _dmy(d):
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"


def gb_nino(rng):
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    return f"{first}{second}{d}{suf}"


def gb_nhs_gen(rng):
    v = draw(rng, lambda r: str(r.randint(4, 6)) + digits(r, 9), gb_nhs.is_valid)
    return group(v, [3, 3, 4], " ")


def de_idnr_gen(rng):
    return draw(rng, lambda r: str(r.randint(1, 9)) + digits(r, 10), de_idnr.is_valid)


def fr_nir_gen(rng, born=None):
    def mk(r):
        d = born or rand_date(r, 1960, 2012)
        body = f"{r.choice('12')}{d.year % 100:02d}{d.month:02d}{r.choice(['75', '69', '13', '33', '59', '31', '44', '67'])}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        return body + f"{key:02d}"

    v = draw(rng, mk, fr_nir.is_valid)
    if rng.random() < 0.6:
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    return v


def br_cpf_gen(rng):
    v = draw(rng, lambda r: digits(r, 11), br_cpf.is_valid)
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if rng.random() < 0.75 else v


def in_aadhaar_gen(rng):
    v = draw(rng, lambda r: str(r.randint(2, 9)) + digits(r, 11), in_aadhaar.is_valid)
    return group(v, [4, 4, 4], rng.choice([" ", " ", "-"])) if rng.random() < 0.8 else v


def in_pan_gen(rng):
    return draw(rng, lambda r: letters(r, 3) + "P" + letters(r, 1) + digits(r, 4) + letters(r, 1), in_pan.is_valid)


def ng_nin(rng):
    return str(rng.randint(1, 9)) + digits(rng, 10)


def jp_mynumber(rng):
    v = draw(rng, lambda r: digits(r, 12), jp_in.is_valid)
    return group(v, [4, 4, 4], " ") if rng.random() < 0.6 else v


def kr_rrn_gen(rng):
    def mk(r):
        d = rand_date(r, 1965, 2012)
        g = r.choice("12") if d.year < 2000 else r.choice("34")
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-{g}{digits(r, 6)}"

    return draw(rng, mk, kr_rrn.is_valid)


CN_REGIONS = ["110101", "110105", "310104", "440106", "510104", "420102", "330106", "320102", "610113", "500103"]


def cn_ric_gen(rng):
    def mk(r):
        d = rand_date(r, 1965, 2010)
        return f"{r.choice(CN_REGIONS)}{d.year}{d.month:02d}{d.day:02d}{digits(r, 3)}{r.choice(DIG + 'X')}"

    return draw(rng, mk, cn_ric.is_valid)


def ru_inn_gen(rng):
    return draw(rng, lambda r: r.choice(["77", "78", "16", "66", "54", "02", "50"]) + digits(r, 10), ru_inn.is_valid)


def pl_pesel_gen(rng):
    def mk(r):
        d = rand_date(r, 1965, 2012)
        m = d.month + (20 if d.year >= 2000 else 0)
        return f"{d.year % 100:02d}{m:02d}{d.day:02d}{digits(r, 5)}"

    return draw(rng, mk, pl_pesel.is_valid)


def tr_tck_gen(rng):
    return draw(rng, lambda r: str(r.randint(1, 9)) + digits(r, 10), tr_tck.is_valid)


MX_STATES = ["AS", "BC", "CH", "DF", "GT", "JC", "MC", "NL", "OC", "PL", "QT", "VZ", "YN"]


def mx_curp_gen(rng):
    def mk(r):
        d = rand_date(r, 1965, 2012)
        cons = "BCDFGHJKLMNPRSTVZ"
        return (
            r.choice("BCGHLMPRSV")
            + r.choice("AEIOU")
            + letters(r, 2, "ABCDEGHLMNOPRSTUVZ")
            + f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
            + r.choice("HM")
            + r.choice(MX_STATES)
            + letters(r, 3, cons)
            + (r.choice(DIG) if d.year < 2000 else r.choice("ABCD"))
            + r.choice(DIG)
        )

    return draw(rng, mk, mx_curp.is_valid)


def eg_nid(rng):
    d = rand_date(rng, 1965, 2012)
    c = "2" if d.year < 2000 else "3"
    return f"{c}{d.year % 100:02d}{d.month:02d}{d.day:02d}{rng.choice(['01', '02', '21', '12', '13'])}{digits(rng, 4)}{rng.randint(1, 9)}"


def ke_id(rng):
    return str(rng.randint(2, 3)) + digits(rng, 7)


def id_nik_gen(rng):
    def mk(r):
        d = rand_date(r, 1965, 2012)
        day = d.day + (40 if r.random() < 0.5 else 0)
        return f"{r.choice(['3171', '3273', '3578', '5171', '3374'])}{r.randint(1, 9):02d}{day:02d}{d.month:02d}{d.year % 100:02d}{r.randint(1, 999):04d}"

    return draw(rng, mk, id_nik.is_valid)


def vn_cccd(rng):
    return rng.choice(["001", "079", "048", "031", "092"]) + rng.choice("0123") + digits(rng, 8)


def th_pin_gen(rng):
    v = draw(rng, lambda r: str(r.randint(1, 8)) + digits(r, 12), th_pin.is_valid)
    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}" if rng.random() < 0.6 else v


def il_idnr_gen(rng):
    return draw(rng, lambda r: digits(r, 9), lambda v: il_idnr.is_valid(v) and v[0] != "0")


def gr_amka_gen(rng):
    def mk(r):
        d = rand_date(r, 1965, 2012)
        return _dmy(d) + digits(r, 5)

    return draw(rng, mk, gr_amka.is_valid)


def es_dni_gen(rng):
    n = digits(rng, 8)
    v = n + es_dni.calc_check_digit(n)
    return v if rng.random() < 0.7 else f"{n}-{v[-1]}"


def ch_ahv(rng):
    v = draw(rng, lambda r: "756" + digits(r, 10), ch_ssn.is_valid)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def nl_bsn_gen(rng):
    return draw(rng, lambda r: str(r.randint(1, 6)) + digits(r, 8), nl_bsn.is_valid)


def za_id_gen(rng):
    def mk(r):
        d = rand_date(r, 1965, 2012)
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{digits(r, 4)}{r.choice('01')}8{r.choice(DIG)}"

    return draw(rng, mk, za_idnr.is_valid)


def se_pnr_gen(rng):
    def mk(r):
        d = rand_date(r, 1965, 2012)
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-{digits(r, 4)}"

    return draw(rng, mk, se_pnr.is_valid)


def ca_sin_gen(rng):
    v = draw(rng, lambda r: str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + digits(r, 8), ca_sin.is_valid)
    return group(v, [3, 3, 3], rng.choice([" ", "-"]))


def au_tfn_gen(rng):
    v = draw(rng, lambda r: digits(r, 9), au_tfn.is_valid)
    return group(v, [3, 3, 3], " ")


def nz_ird_gen(rng):
    v = draw(rng, lambda r: str(r.randint(1, 1)) + digits(r, 8), nz_ird.is_valid)
    return f"{v[:3]}-{v[3:6]}-{v[6:]}"


def pe_cui_gen(rng):
    v = draw(rng, lambda r: str(r.randint(1, 7)) + digits(r, 7) + r.choice(DIG), pe_cui.is_valid)
    return v[:8] if rng.random() < 0.5 else f"{v[:8]}-{v[8]}"


def lu_matricule(rng):
    d = rand_date(rng, 1965, 2012)
    body = f"{d.year}{d.month:02d}{d.day:02d}{digits(rng, 3)}"
    v = body + luhn.calc_check_digit(body) + verhoeff.calc_check_digit(body)
    return v if rng.random() < 0.5 else f"{v[:4]} {v[4:8]} {v[8:11]} {v[11:]}"


def ba_jmbg(rng):
    while True:
        d = rand_date(rng, 1965, 2012)
        body = (
            f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}{rng.choice(['17', '18', '19', '10', '15'])}{digits(rng, 3)}"
        )
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        m = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
        if m == 11:
            m = 0
        if m == 10:
            continue
        return body + str(m)


def fo_ptal(rng):
    d = rand_date(rng, 1965, 2012)
    return f"{_dmy(d)}-{digits(rng, 3)}"


def tm_passport(rng):
    return f"I-{rng.choice(['AŞ', 'MR', 'LB', 'DZ', 'BN', 'AH'])} {digits(rng, 6)}"


def zw_id(rng):
    return f"{rng.choice(['63', '08', '29', '42', '58', '75'])}-{digits(rng, 6)}{rng.choice(['', ' '])}{rng.choice('ABCDEFGHJKLMNPQRSTVWXYZ')}{rng.choice(['', ' '])}{rng.choice(['42', '63', '08', '13', '47'])}"


def et_fayda(rng):
    return group(str(rng.randint(1, 9)) + digits(rng, 11), [4, 4, 4], " ")


def sn_cni(rng):
    return f"{rng.choice('12')} {digits(rng, 3)} {rng.randint(1965, 2010)} {digits(rng, 5)}"


def ht_nif(rng):
    return f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.randint(0, 9)}"


def ph_pcn(rng):
    return group(str(rng.randint(1, 9)) + digits(rng, 15), [4, 4, 4, 4], rng.choice(["-", " "]))


# ---------------------------------------------------------------- plates
def plate(rng, cc):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc == "GB":
        return f"{letters(rng, 2, L)}{rng.randint(51, 74) if rng.random() < 0.5 else rng.randint(10, 24)} {letters(rng, 3, L)}"
    if cc == "DE":
        return f"{rng.choice(['B', 'M', 'HH', 'K', 'BO', 'KS', 'DO'])}-{letters(rng, rng.randint(1, 2), L)} {rng.randint(1, 9999)}"
    if cc == "FR":
        return f"{letters(rng, 2, L)}-{digits(rng, 3)}-{letters(rng, 2, L)}"
    if cc == "US":
        return rng.choice(
            [
                f"{rng.randint(5, 9)}{letters(rng, 3, L)}{digits(rng, 3)}",
                f"{letters(rng, 3, L)}-{digits(rng, 4)}",
                f"{letters(rng, 3, L)} {digits(rng, 3)}",
            ]
        )
    if cc == "BR":
        return f"{letters(rng, 3, L)}{rng.randint(0, 9)}{rng.choice(L)}{digits(rng, 2)}"
    if cc == "IN":
        return f"{rng.choice(['MH', 'DL', 'KA', 'UP', 'AS', 'TN'])} {rng.randint(1, 50):02d} {letters(rng, 2, L)} {digits(rng, 4)}"
    if cc == "NG":
        return f"{rng.choice(['LSD', 'KJA', 'ABJ', 'EKY', 'GGE'])}-{digits(rng, 3)}{letters(rng, 2, L)}"
    if cc == "KR":
        return f"{rng.randint(10, 399)}{rng.choice('가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주')} {digits(rng, 4)}"
    if cc == "JP":
        return f"{rng.choice(['品川', '練馬', '横浜', '札幌', '福岡'])} {rng.randint(300, 599)} {rng.choice('あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ')} {rng.randint(10, 99)}-{rng.randint(10, 99)}"
    if cc == "RU":
        cyr = "АВЕКМНОРСТУХ"
        return f"{rng.choice(cyr)}{digits(rng, 3)}{rng.choice(cyr)}{rng.choice(cyr)} {rng.choice(['77', '116', '16', '66', '54', '199'])}"
    if cc == "PL":
        return f"{rng.choice(['WA', 'KR', 'PO', 'GD', 'EL', 'WR'])} {digits(rng, 4)}{rng.choice(L)}"
    if cc == "TR":
        return f"{rng.choice(['34', '06', '35', '16', '07'])} {letters(rng, rng.randint(1, 3), L)} {digits(rng, rng.choice([3, 4]))}"
    if cc == "MX":
        return f"{letters(rng, 3, L)}-{digits(rng, 3)}-{rng.choice(L)}"
    if cc == "ZA":
        return rng.choice(
            [
                f"CA {digits(rng, 3)}-{digits(rng, 3)}",
                f"{letters(rng, 2, L)} {digits(rng, 2)} {letters(rng, 2, L)} GP",
                f"{letters(rng, 3, L)} {digits(rng, 3)} EC",
            ]
        )
    if cc == "KE":
        return f"K{letters(rng, 2, L)} {digits(rng, 3)}{rng.choice(L)}"
    if cc == "ES":
        return f"{digits(rng, 4)} {letters(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
    if cc == "NL":
        return f"{letters(rng, 2, 'BDFGHJKLNPRSTVXZ')}-{digits(rng, 3)}-{rng.choice('BDFGHJKLNPRSTVXZ')}"
    if cc == "CH":
        return f"{rng.choice(['GR', 'ZH', 'BE', 'TI'])} {rng.randint(1000, 199999)}"
    if cc == "LU":
        return f"{letters(rng, 2, L)} {digits(rng, 4)}"
    if cc == "BA":
        return f"{rng.choice('AEJKMOT')}{digits(rng, 2)}-{rng.choice('AEJKMOT')}-{digits(rng, 3)}"
    if cc == "PH":
        return f"{letters(rng, 3, L)} {digits(rng, 4)}"
    if cc == "NZ":
        return f"{letters(rng, 3, L)}{digits(rng, 3)}"
    if cc == "PE":
        return f"{rng.choice(L)}{rng.randint(1, 9)}{rng.choice(L)}-{digits(rng, 3)}"
    if cc == "SN":
        return f"DK-{digits(rng, 4)}-{letters(rng, 2, L)}"
    if cc == "ZW":
        return f"A{letters(rng, 2, L)} {digits(rng, 4)}"
    if cc == "SE":
        return (
            f"{letters(rng, 3, 'ABCDEFGHJKLMNOPRSTUWXYZ')} {digits(rng, 2)}{rng.choice(DIG + 'ABCDEFGHJKLMNPRSTUWXYZ')}"
        )
    if cc == "AU":
        return f"{rng.randint(1, 9)}{letters(rng, 3, L)}{digits(rng, 3)}"
    if cc == "CA":
        return f"{letters(rng, 4, L)} {digits(rng, 3)}"
    if cc == "TH":
        return f"{rng.randint(1, 9)}กข {digits(rng, 4)}"
    return f"{letters(rng, 3, L)} {digits(rng, 4)}"


def de_ausweis(rng):
    alpha = "CFGHJKLMNPRTVWXYZ0123456789"
    body = rng.choice("LMNPRTVWXY") + "".join(rng.choice(alpha) for _ in range(7))
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        tot += v * w[i % 3]
    return body + str(tot % 10)


def fr_cni_old(rng):
    return f"{rng.randint(95, 99) if rng.random() < 0.3 else rng.randint(0, 14):02d}{rng.randint(1, 12):02d}{rng.choice(['692', '593', '353', '443', '313', '383'])}{digits(rng, 5)}"


def rand_ts(rng, y0=2023, y1=2025, sep=" "):
    d = rand_date(rng, y0, y1)
    return f"{d.isoformat()}{sep}{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def ref(rng, pre=None):
    pre = pre or rng.choice(["LE", "REQ", "SR", "LRS", "LEO", "DR", "CR"])
    return f"{pre}-{rng.randint(2023, 2025)}-{rng.randint(1000, 999999):06d}"


def geo(rng, lat0, lon0, style=None):
    lat = lat0 + rng.uniform(-0.08, 0.08)
    lon = lon0 + rng.uniform(-0.08, 0.08)
    style = style or rng.choice(["dec", "dec", "dec5", "dms", "semi"])
    if style == "dec":
        return f"{lat:.6f}, {lon:.6f}"
    if style == "dec5":
        return f"{lat:.5f},{lon:.5f}"
    if style == "semi":
        return f"{lat:.4f};{lon:.4f}"

    def dms(v, pos, neg):
        h = pos if v >= 0 else neg
        v = abs(v)
        d = int(v)
        m = int((v - d) * 60)
        s = (v - d - m / 60) * 3600
        return f"{d}°{m:02d}′{s:04.1f}″{h}"

    return f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}"
