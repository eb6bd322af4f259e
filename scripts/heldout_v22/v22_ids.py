"""Identifier generators for the v22 held-out corpus.

Check digits are computed here; python-stdnum / phonenumbers are used only to CHECK
(or compute a check digit of) values generated here.
"""

import string

from stdnum import luhn, verhoeff
from stdnum import iban as std_iban
from stdnum.it import codicefiscale
from stdnum.mx import curp as mx_curp
from stdnum.pl import pesel as pl_pesel
from stdnum.de import idnr as de_idnr
from stdnum.ch import ssn as ch_ssn
from stdnum.se import personnummer as se_pn
from stdnum.za import idnr as za_idnr
from stdnum.ie import pps as ie_pps
from stdnum.au import tfn as au_tfn
from stdnum.nz import ird as nz_ird
from stdnum.es import dni as es_dni, nie as es_nie
from stdnum.nl import bsn as nl_bsn
from stdnum.gb import nhs as gb_nhs
from stdnum.ca import sin as ca_sin
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.us import ssn as us_ssn, itin as us_itin, rtn as us_rtn
import phonenumbers

UP = string.ascii_uppercase
DIG = string.digits


def digits(r, n, first_nonzero=False):
    s = "".join(r.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def letters(r, n, pool=UP):
    return "".join(r.choice(pool) for _ in range(n))


def luhn_full(partial):
    return partial + luhn.calc_check_digit(partial)


# ---------------- payment -----------------
def credit_card(r):
    kind = r.choice(["visa", "visa", "mc", "amex", "mc2"])
    if kind == "visa":
        n = luhn_full("4" + digits(r, 14))
    elif kind == "mc":
        n = luhn_full("5" + r.choice("12345") + digits(r, 13))
    elif kind == "mc2":
        n = luhn_full("22" + r.choice("3456") + digits(r, 12))
    else:
        n = luhn_full("3" + r.choice("47") + digits(r, 12))
    assert luhn.is_valid(n)
    if len(n) == 15:
        sep = r.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]]) if sep else n
    sep = r.choice([" ", " ", "-", ""])
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


IBAN_BANKS_GB = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "CITI", "SRLG", "MONZ", "REVO"]
IBAN_BANKS_IE = ["AIBK", "BOFI", "IPBS", "ULSB"]


def iban(r, cc=None):
    cc = cc or r.choice(["GB", "IE", "DE", "NL", "CH", "AT", "PL", "FR", "ES", "IT", "BE", "SE"])
    for _ in range(200):
        if cc == "GB":
            bban = r.choice(IBAN_BANKS_GB) + digits(r, 14)
        elif cc == "IE":
            bban = r.choice(IBAN_BANKS_IE) + digits(r, 14)
        elif cc == "DE":
            bban = digits(r, 18)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(r, 10)
        elif cc == "CH":
            bban = digits(r, 17)
        elif cc == "AT":
            bban = digits(r, 16)
        elif cc == "PL":
            bban = digits(r, 24)
        elif cc == "SE":
            bban = digits(r, 20)
        elif cc == "FR":
            bank, branch, acct = digits(r, 5), digits(r, 5), digits(r, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = bank + branch + acct + "%02d" % key
        elif cc == "ES":
            from stdnum.es import ccc

            b = digits(r, 4) + digits(r, 4)
            acct = digits(r, 10)
            c1 = ccc.calc_check_digits(b + "00" + acct)
            bban = b + c1 + acct
        elif cc == "IT":
            bban = "X" + digits(r, 10) + digits(r, 12)
            # CIN letter: compute via stdnum? use simple retry on validation
            bban = r.choice(UP) + digits(r, 10) + digits(r, 12)
        elif cc == "BE":
            base = digits(r, 10)
            chk = int(base) % 97 or 97
            bban = base + "%02d" % chk
        else:
            bban = digits(r, 18)
        val = cc + _iban_check(cc, bban) + bban
        if std_iban.is_valid(val):
            break
    else:
        raise RuntimeError("iban " + cc)
    if r.random() < 0.6:
        return " ".join(val[i : i + 4] for i in range(0, len(val), 4))
    return val


def aba(r):
    for _ in range(1000):
        pre = "%02d" % r.choice(list(range(1, 13)) + list(range(21, 33)))
        body = pre + digits(r, 6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * w[i] for i, c in enumerate(body))
        n = body + str((10 - s % 10) % 10)
        if us_rtn.is_valid(n):
            return n
    raise RuntimeError


def us_bank_account(r):
    return digits(r, r.choice([8, 9, 10, 11, 12]), True)


def sort_code(r):
    return "%02d-%02d-%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))


# ---------------- US identifiers -----------------
def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        n = "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        if us_ssn.is_valid(n):
            return r.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (n[:3], n[3:5], n[5:])


def itin(r):
    while True:
        g = r.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        n = "9%02d%02d%04d" % (r.randint(0, 99), g, r.randint(0, 9999))
        if us_itin.is_valid(n):
            return "%s-%s-%s" % (n[:3], n[3:5], n[5:])


def us_passport(r):
    if r.random() < 0.5:
        return digits(r, 9, True)
    return r.choice("ACEFHJKLMNPRSTW") + digits(r, 8)


US_DL = {
    "CA": lambda r: r.choice(UP) + digits(r, 7),
    "NY": lambda r: " ".join([digits(r, 3, True), digits(r, 3), digits(r, 3)]),
    "TX": lambda r: digits(r, 8, True),
    "FL": lambda r: (
        "%s%s-%s-%s-%s-%s" % (r.choice(UP), digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 3), digits(r, 1))
    ),
    "IL": lambda r: "%s%s-%s-%s" % (r.choice(UP), digits(r, 3), digits(r, 4), digits(r, 4)),
    "WA": lambda r: "WDL" + letters(r, 2, UP + DIG) + letters(r, 4, UP + DIG) + digits(r, 0),
    "PA": lambda r: digits(r, 2, True) + " " + digits(r, 3) + " " + digits(r, 3),
    "OH": lambda r: letters(r, 2) + digits(r, 6),
    "MI": lambda r: r.choice(UP) + " " + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3),
    "NJ": lambda r: r.choice(UP) + digits(r, 4) + " " + digits(r, 5) + " " + digits(r, 5),
    "GA": lambda r: "0" + digits(r, 8),
    "AZ": lambda r: r.choice(UP) + digits(r, 8),
}


def us_dl(r, state=None):
    state = state or r.choice(sorted(US_DL))
    v = US_DL[state](r)
    if state == "WA":
        v = "WDL" + letters(r, 9, UP + DIG)
    return state, v


# ---------------- national IDs -----------------
NINO_BAD1 = set("DFIQUV")
NINO_BAD2 = set("DFIQUVO")


def uk_nino(r):
    while True:
        a, b = r.choice(UP), r.choice(UP)
        if a in NINO_BAD1 or b in NINO_BAD2 or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        d = digits(r, 6)
        s = r.choice("ABCD")
        if r.random() < 0.5:
            return "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], s)
        return a + b + d + s


def nhs(r):
    while True:
        b = digits(r, 9, True)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = b + str(c)
        if gb_nhs.is_valid(n):
            return r.choice(["%s %s %s", "%s-%s-%s", "%s %s %s"]) % (n[:3], n[3:6], n[6:])


def sin_ca(r):
    while True:
        n = luhn_full(r.choice("1234567") + digits(r, 7))
        if ca_sin.is_valid(n):
            return r.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])


def aadhaar(r):
    while True:
        b = r.choice("23456789") + digits(r, 10)
        n = b + verhoeff.calc_check_digit(b)
        if in_aadhaar.is_valid(n):
            return r.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:4], n[4:8], n[8:])


def pan(r, surname_initial="K"):
    n = letters(r, 3) + "P" + surname_initial.upper() + digits(r, 4) + r.choice(UP)
    if not in_pan.is_valid(n):
        n = "ABCP" + surname_initial.upper() + "1234" + "F"
    return n


def dni(r):
    n = digits(r, 8)
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def nie(r):
    p = r.choice("XYZ")
    n = digits(r, 7)
    v = p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + n) % 23]
    assert es_nie.is_valid(v)
    return v


CF_MONTHS = "ABCDEHLMPRST"
BELFIORE = ["H501", "F205", "F839", "L219", "A944", "G273", "D612", "L736", "A662"]


def _cf_part(s, given=False):
    s = "".join(ch for ch in s.upper() if ch.isalpha())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(r, surname, given, female, y, m, d):
    body = (
        _cf_part(surname)
        + _cf_part(given, True)
        + "%02d" % (y % 100)
        + CF_MONTHS[m - 1]
        + "%02d" % (d + (40 if female else 0))
        + r.choice(BELFIORE)
    )
    v = body + codicefiscale.calc_check_digit(body)
    assert codicefiscale.is_valid(v), v
    return v


def curp(r, surname1, surname2, given, female, y, m, d):
    def first_inner_vowel(s):
        for c in s[1:]:
            if c in "AEIOU":
                return c
        return "X"

    def first_inner_cons(s):
        for c in s[1:]:
            if c not in "AEIOU":
                return c
        return "X"

    s1, s2, g = surname1.upper(), surname2.upper(), given.upper()
    body = s1[0] + first_inner_vowel(s1) + s2[0] + g[0] + "%02d%02d%02d" % (y % 100, m, d) + ("M" if female else "H")
    body += (
        r.choice(["DF", "JC", "NL", "PL", "MC", "GT", "VZ"])
        + first_inner_cons(s1)
        + first_inner_cons(s2)
        + first_inner_cons(g)
    )
    body += str(r.randint(0, 9)) if y < 2000 else r.choice("ABC")
    for bad in ("BUEI", "CACA", "KAKA", "PEDO", "PUTO", "MEAR", "CULO"):
        if body.startswith(bad):
            body = body[0] + "X" + body[2:]
    v = body + mx_curp.calc_check_digit(body)
    assert mx_curp.is_valid(v), v
    return v


def bsn(r):
    while True:
        b = digits(r, 8, True)
        s = sum(int(c) * (9 - i) for i, c in enumerate(b)) % 11
        if s == 10:
            continue
        n = b + str(s)
        if nl_bsn.is_valid(n):
            return n if r.random() < 0.6 else "%s.%s.%s" % (n[:4], n[4:6], n[6:])


def pesel(r, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    ser = digits(r, 3) + str(r.choice([0, 2, 4, 6, 8]) if female else r.choice([1, 3, 5, 7, 9]))
    b = "%02d%02d%02d" % (y % 100, mm, d) + ser
    v = b + pl_pesel.calc_check_digit(b)
    assert pl_pesel.is_valid(v)
    return v


def steuer_id(r):
    from stdnum.iso7064 import mod_11_10

    for _ in range(1000):
        if r.random() < 0.6:
            ds = r.sample(DIG, 9)
            ds.append(r.choice(ds))
        else:
            ds = r.sample(DIG, 8)
            ds += [ds[0], ds[0]]
        r.shuffle(ds)
        if ds[0] == "0":
            continue
        b = "".join(ds)
        v = b + mod_11_10.calc_check_digit(b)
        if de_idnr.is_valid(v):
            return v if r.random() < 0.5 else "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])
    raise RuntimeError("steuer-id")


def ahv(r):
    b = "756" + digits(r, 9)
    from stdnum import ean

    v = b + ean.calc_check_digit(b)
    assert ch_ssn.is_valid(v)
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:])


def personnummer(r, y, m, d):
    b = "%02d%02d%02d" % (y % 100, m, d) + digits(r, 3)
    v = b + luhn.calc_check_digit(b)
    out = v[:6] + "-" + v[6:]
    assert se_pn.is_valid(out)
    return out


def za_id(r, y, m, d, female):
    g = r.randint(0, 4999) if female else r.randint(5000, 9999)
    b = "%02d%02d%02d%04d0%d" % (y % 100, m, d, g, r.choice([8, 9]))
    v = b + luhn.calc_check_digit(b)
    assert za_idnr.is_valid(v), v
    return v if r.random() < 0.7 else "%s %s %s" % (v[:6], v[6:10], v[10:])


def pps(r):
    b = digits(r, 7)
    second = r.choice(["", "", "A", "H"])
    s = sum(int(c) * (8 - i) for i, c in enumerate(b))
    if second:
        s += (ord(second) - 64) * 9
    v = b + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second
    if not ie_pps.is_valid(v):
        raise RuntimeError(v)
    return v


def tfn(r):
    while True:
        b = digits(r, 8, True)
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        s = sum(int(c) * w[i] for i, c in enumerate(b))
        for last in range(10):
            if (s + last * 10) % 11 == 0:
                v = b + str(last)
                if au_tfn.is_valid(v):
                    return "%s %s %s" % (v[:3], v[3:6], v[6:])


def medicare_au(r):
    b = r.choice("23456") + digits(r, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(x) * w[i] for i, x in enumerate(b)) % 10
    v = b + str(c) + str(r.randint(1, 5))
    return "%s %s %s" % (v[:4], v[4:9], v[9:])


def ird(r):
    while True:
        b = "%08d" % r.randint(10000000, 15000000)
        try:
            c = nz_ird.calc_check_digit(b)
        except Exception:
            continue
        v = b + c
        if nz_ird.is_valid(v):
            return "%s-%s-%s" % (v[:3], v[3:6], v[6:]) if len(v) == 9 else v


def nric_sg(r, prefix=None):
    prefix = prefix or r.choice("STST")
    d = digits(r, 7)
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(d)) + (4 if prefix in "TG" else 0)
    tbl = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + d + tbl[s % 11]


def hkid(r):
    p = r.choice("ACDEGHKPRVYZ")
    d = digits(r, 6)
    s = 36 * 9 + (ord(p) - 55) * 8 + sum(int(c) * (7 - i) for i, c in enumerate(d))
    c = (11 - s % 11) % 11
    cd = "A" if c == 10 else str(c)
    return "%s%s(%s)" % (p, d, cd)


def mykad(r, y, m, d):
    return "%02d%02d%02d-%s-%s" % (y % 100, m, d, r.choice(["14", "10", "07", "01", "08", "12", "13"]), digits(r, 4))


def cnic_pk(r):
    return "%s-%s-%d" % (
        r.choice(["35202", "42101", "37405", "61101", "17301", "41303"]) + "",
        digits(r, 7),
        r.randint(1, 9),
    )


def nid_bd(r):
    return digits(r, 10, True) if r.random() < 0.6 else digits(r, 17, True)


def nic_lk(r, y):
    if r.random() < 0.5 and y < 2000:
        return "%02d%03d%s%s" % (y % 100, r.randint(1, 366) + r.choice([0, 500]), digits(r, 4), r.choice("VX"))
    return "%04d%03d%s" % (y, r.randint(1, 366) + r.choice([0, 500]), digits(r, 5))


def nin_ng(r):
    return digits(r, 11, True)


def ghana_card(r):
    return "GHA-%s-%d" % (digits(r, 9, True), r.randint(0, 9))


def ke_id(r):
    return str(r.randint(10000000, 39999999))


def kra_pin(r):
    return "A" + digits(r, 9) + r.choice(UP)


def ug_nin(r, female):
    return ("CF" if female else "CM") + digits(r, 5) + letters(r, 7, UP + DIG)


def zm_nrc(r):
    return "%s/%02d/1" % (digits(r, 6, True), r.randint(10, 99))


def ph_psn(r):
    v = digits(r, 16, True)
    return "-".join(v[i : i + 4] for i in range(0, 16, 4))


def ph_sss(r):
    return "%s-%s-%s" % (digits(r, 2, True), digits(r, 7), digits(r, 1))


def jm_trn(r):
    return "1%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 3))


def tt_id(r, y, m, d):
    return "%04d%02d%02d%s" % (y, m, d, digits(r, 3))


def passport_generic(r, cc):
    if cc in ("GB", "UK", "SC"):
        return digits(r, 9, True)
    if cc == "IE":
        return letters(r, 2) + digits(r, 7)
    if cc == "IN":
        return r.choice("JKLMNPRSTUVZ") + digits(r, 7)
    if cc in ("AU", "NZ"):
        return letters(r, 2 if cc == "AU" else 2) + digits(r, 6 if cc == "NZ" else 7)
    if cc == "CA":
        return letters(r, 2) + digits(r, 6)
    if cc == "DE":
        return r.choice("CFGHJK") + letters(r, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if cc == "PH":
        return "P" + digits(r, 7) + r.choice(UP)
    if cc == "NG":
        return "A" + digits(r, 8)
    if cc == "PK":
        return letters(r, 2) + digits(r, 7)
    return letters(r, 2) + digits(r, 7)


# ---------------- devices / network -----------------
def imei(r):
    b = r.choice(["35", "86", "01", "35", "49"]) + digits(r, 12)
    v = luhn_full(b)
    if r.random() < 0.3:
        return "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14:])
    return v


def mac(r):
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    sep = r.choice([":", ":", "-"])
    s = sep.join("%02x" % x for x in b)
    return s.upper() if r.random() < 0.5 else s


def ipv4(r):
    first = r.choice([31, 41, 49, 62, 77, 81, 86, 90, 102, 105, 109, 112, 122, 154, 175, 182, 197, 203, 212])
    return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv6(r):
    g = ["2a02", "2001", "2a00", "2405", "2c0f", "2600"]
    parts = [r.choice(g), "%x" % r.randint(0x100, 0xFFFF), "%x" % r.randint(0, 0xFFFF), "%x" % r.randint(0, 0xFFFF)]
    tail = ["%x" % r.randint(0, 0xFFFF) for _ in range(r.choice([2, 4]))]
    if len(tail) == 2:
        return ":".join(parts) + "::" + ":".join(tail)
    return ":".join(parts + tail)


def uuid4(r, upper=False):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def device_serial(r):
    k = r.choice(["apple", "samsung", "generic", "pixel"])
    if k == "apple":
        return letters(r, 1, "CDFGHJ") + letters(r, 11, "0123456789CDFGHJKLMNPQRTVWXY")
    if k == "samsung":
        return "R" + r.choice("5F") + "C" + letters(r, 8, UP + DIG)
    if k == "pixel":
        return digits(r, 2, True) + letters(r, 12, "0123456789ABCDEF")
    return "SN-" + letters(r, 4, UP + DIG) + "-" + digits(r, 6)


def credential(r):
    k = r.choice(["pw", "pw", "pin", "apikey", "token", "recovery", "ghp"])
    if k == "pw":
        words = [
            "Sunflower",
            "Kestrel",
            "mango",
            "Tiger",
            "blue",
            "Harbour",
            "Rocket",
            "pepper",
            "Lagoon",
            "Maple",
            "Cobalt",
            "dragon",
            "Willow",
            "Quasar",
        ]
        return (
            r.choice(words)
            + r.choice(["!", "#", "_", "@", "$", ""])
            + str(r.randint(1, 9999))
            + r.choice(["", "!", "x", "?"])
        )
    if k == "pin":
        return digits(r, r.choice([4, 4, 6]))
    if k == "apikey":
        return r.choice(["sk_live_", "pk_live_", "AKIA", "key-"]) + letters(r, 24, string.ascii_letters + DIG)
    if k == "token":
        return "eyJ" + letters(r, 20, string.ascii_letters + DIG) + "." + letters(r, 16, string.ascii_letters + DIG)
    if k == "ghp":
        return "ghp_" + letters(r, 36, string.ascii_letters + DIG)
    return "-".join(letters(r, 4, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4))


# ---------------- phones -----------------
PHONE_NUMERIC = {
    "UK": ("44", lambda r: "7" + r.choice("1245789") + digits(r, 8)),
    "SC": (
        "44",
        lambda r: r.choice(
            [
                "7" + r.choice("45789") + digits(r, 8),
                "131" + r.choice("2345") + digits(r, 6),
                "141" + r.choice("3459") + digits(r, 6),
            ]
        ),
    ),
    "IE": ("353", lambda r: "8" + r.choice("35679") + digits(r, 7)),
    "US": (
        "1",
        lambda r: (
            r.choice(["212", "312", "415", "512", "617", "713", "206", "404", "602", "919"])
            + r.choice("23456789")
            + digits(r, 6)
        ),
    ),
    "CA": (
        "1",
        lambda r: r.choice(["416", "604", "514", "403", "613", "902", "204"]) + r.choice("23456789") + digits(r, 6),
    ),
    "AU": ("61", lambda r: "4" + r.choice("0123") + digits(r, 7)),
    "NZ": ("64", lambda r: "2" + r.choice("17") + digits(r, 7)),
    "ZA": ("27", lambda r: r.choice(["82", "83", "72", "73", "79", "84", "61"]) + digits(r, 7)),
    "IN": ("91", lambda r: r.choice("6789") + digits(r, 9)),
    "PK": ("92", lambda r: "3" + r.choice(["00", "01", "11", "21", "33", "45"]) + digits(r, 7)),
    "BD": ("880", lambda r: "1" + r.choice("3456789") + digits(r, 8)),
    "LK": ("94", lambda r: "7" + r.choice("01245678") + digits(r, 7)),
    "NG": (
        "234",
        lambda r: r.choice(["803", "806", "813", "816", "703", "706", "805", "807", "809", "817"]) + digits(r, 7),
    ),
    "GH": ("233", lambda r: r.choice(["24", "54", "55", "20", "50", "27"]) + digits(r, 7)),
    "KE": ("254", lambda r: "7" + r.choice(["0", "1", "2", "9"]) + digits(r, 7)),
    "UG": ("256", lambda r: "7" + r.choice(["0", "5", "7", "8"]) + digits(r, 7)),
    "ZM": ("260", lambda r: "9" + r.choice("567") + digits(r, 7)),
    "PH": ("63", lambda r: "9" + r.choice(["17", "18", "19", "20", "27", "95"]) + digits(r, 7)),
    "MY": ("60", lambda r: "1" + r.choice("2346789") + digits(r, 7)),
    "SG": ("65", lambda r: r.choice("89") + digits(r, 7)),
    "HK": ("852", lambda r: r.choice("569") + digits(r, 7)),
    "JM": ("1", lambda r: "876" + r.choice(["3", "4", "8"]) + r.choice("0123456789") + digits(r, 5)),
    "TT": ("1", lambda r: "868" + r.choice(["3", "4", "7"]) + digits(r, 6)),
    "DE": ("49", lambda r: "1" + r.choice(["51", "52", "57", "60", "70", "76"]) + digits(r, 8)),
    "ES": ("34", lambda r: "6" + digits(r, 8)),
    "FR": ("33", lambda r: r.choice("67") + digits(r, 8)),
    "IT": ("39", lambda r: "3" + r.choice(["33", "39", "47", "20", "66"]) + digits(r, 7)),
    "NL": ("31", lambda r: "6" + digits(r, 8)),
    "PL": ("48", lambda r: r.choice("5678") + digits(r, 8)),
    "SE": ("46", lambda r: "7" + r.choice("0236") + digits(r, 7)),
    "CH": ("41", lambda r: "7" + r.choice("5689") + digits(r, 7)),
    "MX": ("52", lambda r: r.choice(["55", "33", "81"]) + digits(r, 8)),
}
REGION = {"UK": "GB", "SC": "GB"}


def phone(r, cc):
    cc = cc if cc in PHONE_NUMERIC else "UK"
    code, gen = PHONE_NUMERIC[cc]
    region = REGION.get(cc, cc)
    for _ in range(200):
        nat = gen(r)
        try:
            pn = phonenumbers.parse("+" + code + nat, None)
        except Exception:
            continue
        if phonenumbers.is_valid_number(pn):
            break
    style = r.random()
    if style < 0.35:
        return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style < 0.75:
        return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style < 0.85:
        return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.E164)
    if style < 0.93:
        s = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL)
        return "".join(ch for ch in s if ch.isdigit())
    s = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL)
    ds = [ch for ch in s if ch.isdigit()]
    return (
        ".".join("".join(ds[i : i + 3]) for i in range(0, len(ds), 3))
        if cc not in ("US", "CA", "JM", "TT")
        else "%s.%s.%s" % ("".join(ds[-10:-7]), "".join(ds[-7:-4]), "".join(ds[-4:]))
    )


NUMWORDS = "zero one two three four five six seven eight nine".split()


def phone_spoken(r, cc):
    p = phone(r, cc)
    ds = [c for c in p if c.isdigit()]
    if p.startswith("+"):
        ds = ds[len(PHONE_NUMERIC.get(cc, ("44",))[0]) :]
        ds = ["0"] + ds if cc not in ("US", "CA", "JM", "TT") else ds
    out = []
    for i, dch in enumerate(ds):
        w = "oh" if dch == "0" and r.random() < 0.5 else NUMWORDS[int(dch)]
        out.append(w)
    return " ".join(out)


# ---------------- plates -----------------
def _sg_plate(r):
    pre = "S" + letters(r, 2, "BCDEFGHJKLMNPQRSTUVWXYZ")
    num = str(r.randint(1, 9999))
    vals = [ord(pre[1]) - 64, ord(pre[2]) - 64] + [int(c) for c in num.rjust(4, "0")]
    s = sum(v * w for v, w in zip(vals, [9, 4, 5, 4, 3, 2]))
    return pre + num + "AZYXUTSRPMLKJHGEDCB"[s % 19]


PLATES = {
    "UK": lambda r: (
        "%s%s%02d %s"
        % (
            r.choice("ABCDEFGHKLMNOPRSVWY"),
            r.choice("ABCDEFGHJKLMNOPRSTUVWXY"),
            r.choice([15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74]),
            letters(r, 3, "ABCDEFGHJKLMNOPRSTUVWXYZ"),
        )
    ),
    "SC": lambda r: (
        "S%s%02d %s"
        % (
            r.choice("ABCDEFGHJKLMNOPRSTUVWXY"),
            r.choice([16, 18, 19, 21, 66, 68, 70, 72]),
            letters(r, 3, "ABCDEFGHJKLMNOPRSTUVWXYZ"),
        )
    ),
    "IE": lambda r: (
        "%d%d-%s-%d"
        % (
            r.randint(12, 24),
            r.choice([1, 2]),
            r.choice(["D", "C", "G", "L", "KY", "WX", "MO", "KE"]),
            r.randint(1, 39999),
        )
    ),
    "US": lambda r: r.choice(
        [
            str(r.randint(1, 9)) + letters(r, 3) + digits(r, 3),
            letters(r, 3) + "-" + digits(r, 4),
            letters(r, 3) + " " + digits(r, 3),
        ]
    ),
    "CA": lambda r: letters(r, 4) + " " + digits(r, 3),
    "AU": lambda r: r.choice(
        [
            letters(r, 3) + "-" + digits(r, 2) + letters(r, 1),
            digits(r, 1, True) + letters(r, 3) + digits(r, 3),
            letters(r, 3) + digits(r, 3),
        ]
    ),
    "NZ": lambda r: letters(r, 3) + digits(r, 3),
    "ZA": lambda r: r.choice(
        [
            "CA " + digits(r, 3) + "-" + digits(r, 3),
            letters(r, 2) + " " + digits(r, 2) + " " + letters(r, 2) + " GP",
            "ND " + digits(r, 3) + "-" + digits(r, 3),
        ]
    ),
    "IN": lambda r: (
        "%s %02d %s %s"
        % (
            r.choice(["MH", "DL", "KA", "TN", "UP", "WB", "GJ", "KL"]),
            r.randint(1, 50),
            letters(r, 2),
            digits(r, 4, True),
        )
    ),
    "PK": lambda r: (
        "%s-%s" % (r.choice(["LEA", "LEB", "ABC", "BKX", "RIK"]), digits(r, 4, True))
        if r.random() < 0.6
        else "%s-%s-%s" % (r.choice(["LHR", "ISB"]), digits(r, 2), digits(r, 3, True))
    ),
    "BD": lambda r: (
        "Dhaka Metro-%s %s-%s" % (r.choice(["Ga", "Kha", "Gha", "Cha"]), digits(r, 2, True), digits(r, 4, True))
    ),
    "LK": lambda r: "%s %s-%s" % (r.choice(["WP", "CP", "SP", "NW"]), letters(r, 3), digits(r, 4, True)),
    "NG": lambda r: (
        "%s-%s%s" % (r.choice(["LSD", "ABJ", "KJA", "EKY", "FST", "AAA", "GGE"]), digits(r, 3, True), letters(r, 2))
    ),
    "GH": lambda r: (
        "%s %s-%s"
        % (r.choice(["GR", "GT", "AS", "GW", "ER"]), digits(r, 4, True), r.choice(["19", "20", "21", "22", "23"]))
    ),
    "KE": lambda r: "K%s %s%s" % (letters(r, 2), digits(r, 3, True), r.choice(UP)),
    "UG": lambda r: "U%s %s%s" % (letters(r, 2), digits(r, 3, True), r.choice(UP)),
    "ZM": lambda r: "%s %s" % (letters(r, 3), digits(r, 4, True)),
    "PH": lambda r: "%s %s" % (letters(r, 3), digits(r, 4, True)),
    "MY": lambda r: "%s %s" % (r.choice(["W", "B", "P", "J", "V", "A"]) + letters(r, 2), str(r.randint(1, 9999))),
    "SG": _sg_plate,
    "HK": lambda r: "%s %s" % (letters(r, 2), str(r.randint(1, 9999))),
    "JM": lambda r: "%s %s" % (digits(r, 4, True), letters(r, 2)),
    "TT": lambda r: "%s %s" % (r.choice(["PBX", "PCD", "PDA", "HBW", "TCF"]), digits(r, 4, True)),
    "DE": lambda r: "%s-%s %s" % (r.choice(["B", "M", "HH", "K", "F", "S"]), letters(r, 2), str(r.randint(1, 9999))),
    "ES": lambda r: "%s %s" % (digits(r, 4), letters(r, 3, "BCDFGHJKLMNPRSTVWXYZ")),
    "FR": lambda r: "%s-%s-%s" % (letters(r, 2), digits(r, 3), letters(r, 2)),
    "IT": lambda r: "%s %s%s" % (letters(r, 2), digits(r, 3), letters(r, 2)),
    "NL": lambda r: "%s-%s-%s" % (digits(r, 2), letters(r, 3, "BDFGHJKLNPRSTVXZ"), digits(r, 1, True)),
    "PL": lambda r: "%s %s" % (r.choice(["WA", "KR", "PO", "GD", "WR"]), digits(r, 4) + letters(r, 1)),
    "SE": lambda r: "%s %s" % (letters(r, 3), digits(r, 2) + r.choice(UP + DIG)),
    "CH": lambda r: "%s %s" % (r.choice(["ZH", "BE", "GE", "VD", "BS"]), str(r.randint(1000, 999999))),
    "MX": lambda r: "%s-%s-%s" % (letters(r, 3), digits(r, 2), digits(r, 2)),
}


def plate(r, cc):
    return PLATES.get(cc, PLATES["UK"])(r)
