"""Identifier generators with valid check digits (stdnum/phonenumbers used only to compute/verify)."""

import string
import unicodedata

import phonenumbers
from stdnum import iban as _iban, luhn, verhoeff
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.kr import rrn
from stdnum.cn import ric
from stdnum.jp import in_ as jp_in
from stdnum.br import cpf
from stdnum.au import tfn
from stdnum.tr import tckimlik
from stdnum.es import dni, nie
from stdnum.se import personnummer
from stdnum.ch import ssn as ch_ssn

D = string.digits
U = string.ascii_uppercase


def digits(r, n, first_nonzero=False):
    s = "".join(r.choice(D) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def letters(r, n, pool=U):
    return "".join(r.choice(pool) for _ in range(n))


def until(r, gen, ok, tries=500):
    for _ in range(tries):
        v = gen()
        try:
            if ok(v):
                return v
        except Exception:
            pass
    raise RuntimeError("no valid value")


def luhn_complete(body):
    return body + luhn.calc_check_digit(body)


# ---------------- national IDs ----------------
def gb_nino(r, spaced=None):
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        a, b = r.choice(U), r.choice(U)
        if a in bad1 or b in bad2 or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        break
    d = digits(r, 6)
    suf = r.choice("ABCD")
    if spaced is None:
        spaced = r.random() < 0.5
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {suf}" if spaced else f"{a}{b}{d}{suf}"


def gb_nhs(r):
    v = until(r, lambda: digits(r, 10, True), nhs.is_valid)
    return r.choice([f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:]}"])


def us_ssn(r, fmt=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    fmt = fmt or r.choice(["-", "-", " ", ""])
    return f"{a:03d}{fmt}{g:02d}{fmt}{s:04d}"


def us_itin(r):
    g = r.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
    return f"9{r.randint(0, 99):02d}-{g}-{r.randint(0, 9999):04d}"


def us_passport(r):
    return r.choice([digits(r, 9, True), r.choice("ACEFHKM") + digits(r, 8)])


def us_dl(r):
    st = r.choice(["CA", "NY", "FL", "TX", "IL", "WA", "PA", "OH", "AZ", "MI"])
    if st == "CA":
        v = r.choice(U) + digits(r, 7)
    elif st == "NY":
        v = " ".join([digits(r, 3), digits(r, 3), digits(r, 3)])
    elif st == "FL":
        v = f"{r.choice(U)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}"
    elif st == "TX":
        v = digits(r, 8, True)
    elif st == "IL":
        v = f"{r.choice(U)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}"
    elif st == "WA":
        v = "WDL" + letters(r, 3) + digits(r, 3) + r.choice(U)
    elif st == "PA":
        v = f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"
    elif st == "OH":
        v = letters(r, 2) + digits(r, 6)
    elif st == "AZ":
        v = r.choice(U) + digits(r, 8)
    else:
        v = f"{r.choice(U)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"
    return st, v


def ca_sin(r):
    body = r.choice("1234567") + digits(r, 7)
    v = luhn_complete(body)
    return r.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}", v])


def au_tfn(r):
    v = until(r, lambda: digits(r, 9, True), tfn.is_valid)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def in_aadhaar(r):
    body = r.choice("23456789") + digits(r, 10)
    v = body + verhoeff.calc_check_digit(body)
    return r.choice([f"{v[:4]} {v[4:8]} {v[8:]}", v])


def in_pan(r):
    return letters(r, 3) + "P" + r.choice(U) + digits(r, 4) + r.choice(U)


def es_dni(r):
    b = digits(r, 8)
    return b + dni.calc_check_digit(b)


def es_nie(r):
    b = r.choice("XYZ") + digits(r, 7)
    return b + nie.calc_check_digit(b)


MONTHS_CF = "ABCDEHLMPRST"


def _cf_part(s, first=False):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    s = "".join(c for c in s if c.isalpha())
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def it_cf(r, given, family, dob, female):
    y, m, d = dob
    body = (
        _cf_part(family)
        + _cf_part(given, True)
        + f"{y % 100:02d}"
        + MONTHS_CF[m - 1]
        + f"{d + (40 if female else 0):02d}"
        + r.choice("ABCDEFGHILM")
        + digits(r, 3)
    )
    return body + codicefiscale.calc_check_digit(body)


def mx_curp(r, given, family, dob, female):
    y, m, d = dob
    fam = unicodedata.normalize("NFKD", family).encode("ascii", "ignore").decode().upper()
    giv = unicodedata.normalize("NFKD", given).encode("ascii", "ignore").decode().upper()
    vow = next((c for c in fam[1:] if c in "AEIOU"), "X")
    body = (
        fam[0]
        + vow
        + r.choice("ABCDEFGHLMOPRSTV")
        + giv[0]
        + f"{y % 100:02d}{m:02d}{d:02d}"
        + ("M" if female else "H")
        + r.choice(["JC", "DF", "NL", "PL", "YN", "OC", "QT"])
        + "".join(c for c in fam[1:] if c not in "AEIOU")[:1].ljust(1, "X")
        + r.choice("BCDFGLMNRST")
        + "".join(c for c in giv[1:] if c not in "AEIOU ")[:1].ljust(1, "X")
        + ("0" if y < 2000 else "A")
    )
    return (
        until(r, lambda: body + curp.calc_check_digit(body + "0"), curp.is_valid, 3)
        if curp.is_valid(body + curp.calc_check_digit(body + "0"))
        else body + curp.calc_check_digit(body + "0")
    )


def nl_bsn(r):
    return until(r, lambda: digits(r, 9, True), bsn.is_valid)


def pl_pesel(r, dob, female):
    y, m, d = dob
    mm = m + (20 if y >= 2000 else 0)
    sex = r.choice("02468" if female else "13579")
    b = f"{y % 100:02d}{mm:02d}{d:02d}{digits(r, 3)}{sex}"
    return b + pesel.calc_check_digit(b)


def de_idnr(r):
    def g():
        ds = [r.choice("123456789")] + [r.choice(D) for _ in range(9)]
        return "".join(ds) + "0"

    def fix(v):
        for c in D:
            if idnr.is_valid(v[:10] + c):
                return v[:10] + c
        return "x"

    v = until(r, lambda: fix(g()), idnr.is_valid, 5000)
    return r.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])


def de_personalausweis(r):
    # Serial of German ID card (letters/digits, no vowels) + check digit 7-3-1
    alpha = "CFGHJKLMNPRTVWXYZ0123456789"
    s = r.choice("CFGHJKLMNPRTVWXYZ") + "".join(r.choice(alpha) for _ in range(8))
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        val = int(c) if c.isdigit() else ord(c) - 55
        tot += val * w[i % 3]
    return s + str(tot % 10)


def ch_ahv(r):
    v = until(r, lambda: "756" + digits(r, 10), ch_ssn.is_valid, 50)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def se_pnr(r, dob):
    y, m, d = dob
    b = f"{y % 100:02d}{m:02d}{d:02d}{digits(r, 3)}"
    v = b + luhn.calc_check_digit(b)
    return f"{y if r.random() < 0.3 else y % 100:02d}{v[2:6]}-{v[6:]}" if False else f"{v[:6]}-{v[6:]}"


def fr_nir(r, dob, female):
    y, m, d = dob
    b = f"{'2' if female else '1'}{y % 100:02d}{m:02d}{r.randint(1, 95):02d}{digits(r, 3)}{digits(r, 3)}"
    k = nir.calc_check_digits(b)
    return r.choice([f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {k}", b + k])


def kr_rrn(r, dob, female):
    y, m, d = dob
    g = ("4" if female else "3") if y >= 2000 else ("2" if female else "1")
    b = f"{y % 100:02d}{m:02d}{d:02d}{g}{digits(r, 5)}"
    return until(
        r, lambda: b[:7] + digits(r, 5) + rrn.calc_check_digit(b[:7] + digits(r, 5)), lambda v: rrn.is_valid(v), 50
    )


def kr_rrn_fmt(r, dob, female):
    v = kr_rrn(r, dob, female)
    return v[:6] + "-" + v[6:]


def cn_ric(r, dob):
    y, m, d = dob
    b = r.choice(["510104", "330106", "610113", "530102", "370202", "430104"]) + f"{y:04d}{m:02d}{d:02d}" + digits(r, 3)
    return b + ric.calc_check_digit(b)


def jp_mynumber(r):
    b = digits(r, 11)
    v = b + jp_in.calc_check_digit(b)
    return r.choice([f"{v[:4]} {v[4:8]} {v[8:]}", v])


def br_cpf(r):
    v = until(r, lambda: digits(r, 11), cpf.is_valid, 2000)
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def tr_tc(r):
    b = r.choice("123456789") + digits(r, 8)
    return b + tckimlik.calc_check_digits(b)


def ru_snils(r):
    while True:
        b = digits(r, 9)
        if int(b) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(b, range(9, 0, -1)))
    if s < 100:
        k = s
    elif s in (100, 101):
        k = 0
    else:
        k = s % 101
        k = 0 if k in (100, 101) else k
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {k:02d}"


def ae_eid(r, dob):
    b = "784" + f"{dob[0]:04d}" + digits(r, 7)
    v = luhn_complete(b)
    return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14:]}"


def passport_generic(r, loc):
    if loc == "gb":
        return digits(r, 9, True)
    if loc == "de":
        return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if loc == "fr":
        return digits(r, 2) + letters(r, 2) + digits(r, 5)
    if loc in ("in",):
        return r.choice(U) + digits(r, 7)
    if loc == "jp":
        return letters(r, 2) + digits(r, 7)
    if loc == "cn":
        return "E" + digits(r, 8)
    return letters(r, 2) + digits(r, 7)


def national_id(r, loc, person):
    """Returns (kind_label_text, value)"""
    dob, fem = person["dob_t"], person["female"]
    g, f = person["given_ascii"], person["family_ascii"]
    if loc == "gb":
        return r.choice([("NI number", gb_nino(r)), ("NHS number", gb_nhs(r))])
    if loc == "us":
        return ("SSN", us_ssn(r))
    if loc == "ca":
        return ("SIN", ca_sin(r))
    if loc == "au":
        return ("TFN", au_tfn(r))
    if loc == "de":
        return r.choice([("Steuer-ID", de_idnr(r)), ("Personalausweis-Nr.", de_personalausweis(r))])
    if loc == "ch":
        return ("AHV-Nr.", ch_ahv(r))
    if loc == "fr":
        return ("N° de sécurité sociale", fr_nir(r, dob, fem))
    if loc == "es":
        return r.choice([("DNI", es_dni(r)), ("NIE", es_nie(r))])
    if loc == "it":
        return ("Codice fiscale", it_cf(r, g, f, dob, fem))
    if loc == "nl":
        return ("BSN", nl_bsn(r))
    if loc == "pl":
        return ("PESEL", pl_pesel(r, dob, fem))
    if loc == "se":
        return ("Personnummer", se_pnr(r, dob))
    if loc == "in":
        return r.choice([("Aadhaar", in_aadhaar(r)), ("PAN", in_pan(r))])
    if loc == "jp":
        return ("マイナンバー", jp_mynumber(r))
    if loc == "cn":
        return ("身份证号", cn_ric(r, dob))
    if loc == "kr":
        return ("주민등록번호", kr_rrn_fmt(r, dob, fem))
    if loc == "mx":
        return ("CURP", mx_curp(r, g, f, dob, fem))
    if loc == "br":
        return ("CPF", br_cpf(r))
    if loc == "ru":
        return ("СНИЛС", ru_snils(r))
    if loc == "ae":
        return ("Emirates ID", ae_eid(r, dob))
    if loc == "tr":
        return ("T.C. Kimlik No", tr_tc(r))
    return ("ID", passport_generic(r, loc))


def driving_licence(r, loc, person):
    """(is_us, state, value)"""
    if loc == "us":
        st, v = us_dl(r)
        return True, st, v
    if loc == "gb":
        fam = (person["family_ascii"].upper().replace(" ", "").replace("'", "") + "99999")[:5]
        y, m, d = person["dob_t"]
        mm = m + (50 if person["female"] else 0)
        gi = person["given_ascii"][:1].upper() + "9"
        return False, None, f"{fam}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{gi}{r.choice('9ABCDEFGH')}{digits(r, 2)}"
    if loc == "fr":
        return False, None, digits(r, 2) + letters(r, 2) + digits(r, 5) + digits(r, 1)
    if loc == "in":
        return (
            False,
            None,
            f"{r.choice(['MH', 'UP', 'TN', 'RJ', 'KL'])}{digits(r, 2)} {r.randint(1995, 2022)}{digits(r, 7)}",
        )
    return False, None, letters(r, 1) + digits(r, 8) + letters(r, 1)


# ---------------- money ----------------
IBAN_BBAN = {
    "GB": lambda r: letters(r, 4) + digits(r, 14),
    "DE": lambda r: digits(r, 18),
    "NL": lambda r: letters(r, 4) + digits(r, 10),
    "IT": lambda r: r.choice(U) + digits(r, 10) + digits(r, 12),
    "PL": lambda r: digits(r, 24),
    "SE": lambda r: digits(r, 20),
    "CH": lambda r: digits(r, 17),
    "AT": lambda r: digits(r, 16),
    "IE": lambda r: letters(r, 4) + digits(r, 14),
    "TR": lambda r: digits(r, 5) + "0" + digits(r, 16),
    "AE": lambda r: digits(r, 19),
    "PT": lambda r: digits(r, 21),
    "FR": lambda r: digits(r, 10) + digits(r, 11) + digits(r, 2),
    "ES": lambda r: digits(r, 20),
    "BR": lambda r: digits(r, 23) + "C1",
}
LOC_IBAN = {
    "gb": "GB",
    "de": "DE",
    "nl": "NL",
    "it": "IT",
    "pl": "PL",
    "se": "SE",
    "ch": "CH",
    "tr": "TR",
    "ae": "AE",
    "fr": "FR",
    "es": "ES",
    "br": "BR",
}


def make_iban(r, cc, spaced=None):
    def g():
        bban = IBAN_BBAN[cc](r)
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
        return f"{cc}{chk:02d}{bban}"

    v = until(r, g, _iban.is_valid, 3000)
    if spaced is None:
        spaced = r.random() < 0.6
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4)) if spaced else v


def aba(r):
    while True:
        pre = r.choice(
            ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31", "32"]
        )
        b = pre + digits(r, 6)
        for c in D:
            v = b + c
            d = [int(x) for x in v]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                return v


def us_account(r):
    return digits(r, r.randint(8, 12), True)


def credit_card(r, spaced=None):
    kind = r.choice(["visa", "mc", "amex", "visa", "mc", "disc"])
    if kind == "visa":
        b = "4" + digits(r, 14)
    elif kind == "mc":
        b = r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        b = b + digits(r, 15 - len(b))
    elif kind == "disc":
        b = "6011" + digits(r, 11)
    else:
        b = r.choice(["34", "37"]) + digits(r, 12)
    v = luhn_complete(b)
    if spaced is None:
        spaced = r.choice([0, 1, 2])
    if spaced == 0:
        return v
    sep = " " if spaced == 1 else "-"
    if len(v) == 15:
        return sep.join([v[:4], v[4:10], v[10:]])
    return sep.join(v[i : i + 4] for i in range(0, 16, 4))


# ---------------- devices / network ----------------
def imei(r):
    b = r.choice(["35", "86", "01", "35", "99"]) + digits(r, 12)
    v = luhn_complete(b)
    return r.choice([v, f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}", f"{v[:8]} {v[8:14]} {v[14]}"])


def mac(r):
    bs = [r.randint(0, 255) for _ in range(6)]
    bs[0] &= 0xFC
    st = r.choice([":", "-", ".", ":"])
    if st == ".":
        h = "".join(f"{b:02x}" for b in bs)
        return ".".join(h[i : i + 4] for i in range(0, 12, 4))
    s = st.join(f"{b:02X}" for b in bs)
    return s.lower() if r.random() < 0.4 else s


def ipv4(r):
    while True:
        a = r.randint(1, 223)
        if a not in (10, 127, 0, 169, 172, 192, 100):
            break
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    pre = r.choice(["2a02:c7c", "2a01:4b00", "2001:4860", "2607:fb90", "2a00:23c5", "2401:4900"])
    if r.random() < 0.5:
        return pre + ":" + ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(6))
    return pre + "::" + ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(r.choice([3, 4, 5])))


def uuid_like(r, upper=False):
    h = "".join(r.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    v = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return v.upper() if upper else v


def serial(r, prefix=""):
    return prefix + letters(r, r.randint(1, 3)) + digits(r, r.randint(6, 9))


def tag_serial(r):
    return (
        r.choice(["EMT-", "BU-", "RF", "GPS-", "HMU"])
        + digits(r, r.randint(6, 8))
        + r.choice(["", "-" + letters(r, 2)])
    )


def microchip(r):
    pre = r.choice(["985", "981", "956", "900", "941", "250", "826", "276"])
    v = pre + digits(r, 12)
    return r.choice([v, f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:12]} {v[12:]}", f"{v[:3]}-{v[3:]}"])


def password(r, bits):
    kind = r.randint(0, 5)
    if kind == 0:
        return r.choice(bits) + str(r.randint(1, 99)) + r.choice("!#$%&*?")
    if kind == 1:
        return "".join(r.choice(string.ascii_letters + D) for _ in range(r.randint(10, 14)))
    if kind == 2:
        return r.choice(bits).lower() + "-" + r.choice(bits).lower() + "-" + str(r.randint(10, 99))
    if kind == 3:
        return "sk_live_" + "".join(r.choice(string.ascii_letters + D) for _ in range(24))
    if kind == 4:
        return "-".join(letters(r, 4, U + D) for _ in range(3))
    return r.choice(bits) + "_" + str(r.randint(1960, 2015))


def pin(r, n=4):
    return digits(r, n)


# ---------------- plates ----------------
def plate(r, loc):
    if loc == "gb":
        return f"{letters(r, 2)}{r.choice(['19', '70', '21', '71', '22', '72', '23', '73', '24'])} {letters(r, 3)}"
    if loc == "us":
        return r.choice(
            [
                f"{digits(r, 1, True)}{letters(r, 3)}{digits(r, 3)}",
                f"{letters(r, 3)}-{digits(r, 4)}",
                f"{letters(r, 3)} {digits(r, 3)}",
            ]
        )
    if loc == "de":
        return f"{r.choice(['BI', 'HRO', 'GÖ', 'R', 'EF', 'KS', 'FR', 'CB'])}-{letters(r, r.randint(1, 2))} {r.randint(1, 9999)}"
    if loc == "ch":
        return f"{r.choice(['ZH', 'BE', 'GR', 'AG', 'VS', 'TI'])} {r.randint(1000, 999999)}"
    if loc == "fr":
        return f"{letters(r, 2)}-{digits(r, 3)}-{letters(r, 2)}"
    if loc == "es":
        return f"{digits(r, 4)} {letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
    if loc == "it":
        return f"{letters(r, 2)} {digits(r, 3)}{letters(r, 2)}"
    if loc == "nl":
        return f"{letters(r, 2, 'GHJKLNPRSTXZ')}-{digits(r, 3)}-{r.choice('BDFGHJKLNPRSTXZ')}"
    if loc == "pl":
        return f"{r.choice(['LU', 'CT', 'RZ', 'BI', 'OP', 'GA'])} {digits(r, 5)}"
    if loc == "se":
        return f"{letters(r, 3)} {digits(r, 2)}{r.choice(U + D)}"
    if loc == "in":
        return f"{r.choice(['MH', 'UP', 'TN', 'RJ', 'KL', 'DL'])} {digits(r, 2)} {letters(r, 2)} {digits(r, 4)}"
    if loc == "jp":
        return f"{r.choice(['札幌', '仙台', '金沢', '愛媛', '沖縄', '浜松'])} {r.randint(300, 599)} {r.choice('あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるろれわ')} {r.randint(10, 99)}-{r.randint(10, 99)}"
    if loc == "cn":
        return f"{r.choice(['川A', '浙A', '陕A', '云A', '鲁B', '湘A'])}·{letters(r, 1)}{digits(r, 4)}"
    if loc == "kr":
        return f"{r.randint(10, 399)}{r.choice('가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주')} {digits(r, 4)}"
    if loc == "mx":
        return f"{letters(r, 3)}-{digits(r, 3)}-{r.choice(U)}"
    if loc == "br":
        return f"{letters(r, 3)}{digits(r, 1)}{r.choice(U)}{digits(r, 2)}"
    if loc == "ru":
        L = "АВЕКМНОРСТУХ"
        return f"{r.choice(L)}{digits(r, 3)}{r.choice(L)}{r.choice(L)} {r.choice(['116', '66', '63', '54', '59'])}"
    if loc == "ae":
        return f"{r.choice(['Dubai', 'AD', 'SHJ'])} {r.choice(U)} {digits(r, 5)}"
    if loc == "tr":
        return f"{r.choice(['26', '34', '06', '35', '61'])} {letters(r, 2)} {digits(r, 3)}"
    if loc == "ca":
        return f"{letters(r, 4)} {digits(r, 3)}"
    if loc == "au":
        return f"{digits(r, 1, True)}{letters(r, 3)}{digits(r, 3)}"
    return f"{letters(r, 2)} {digits(r, 4)}"


# ---------------- phones ----------------
def phone(r, region, style=None):
    ex_types = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    for _ in range(200):
        ex = phonenumbers.example_number_for_type(region, r.choice(ex_types))
        if ex is None:
            continue
        nat = str(ex.national_number)
        keep = max(2, len(nat) - 6)
        cand = nat[:keep] + digits(r, len(nat) - keep)
        try:
            n = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        except Exception:
            continue
        if phonenumbers.is_valid_number(n):
            break
    style = style if style is not None else r.choice(["intl", "nat", "nat", "e164", "intl"])
    if style == "intl":
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    s = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == "dots":
        return s.replace(" ", ".")
    return s


WORDS = {
    "0": "oh",
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


def spoken_phone(r, region):
    s = "".join(c for c in phone(r, region, "nat") if c.isdigit())
    out = []
    for i, c in enumerate(s):
        out.append(WORDS[c] if c != "0" or r.random() < 0.7 else "zero")
    return " ".join(out)


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
