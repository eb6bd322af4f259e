"""Identifier generators for the v21 held-out corpus.

Everything here is standard library only; check digits are computed by hand.
check.py cross-checks a sample of them against python-stdnum where stdnum has
a validator for the format.
"""

import datetime
import string
import uuid

DIG = "0123456789"
UP = string.ascii_uppercase


def d(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def letters(rng, n, alphabet=UP):
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- checksums
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    num = "".join(c for c in num if c.isdigit())
    return len(num) > 1 and luhn_digit(num[:-1]) == num[-1]


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def ean_digit(payload):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(payload))
    return str((10 - s % 10) % 10)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def aba_ok(s):
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * x for c, x in zip(s, w)) % 10 == 0


# ---------------------------------------------------------------- payments
def credit_card(rng, brand=None, sep=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "discover", "jcb"])
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif brand == "mc2":
        pre, n = str(rng.randint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif brand == "discover":
        pre, n = rng.choice(["6011", "65"]), 16
    else:
        pre, n = str(rng.randint(3528, 3589)), 16
    body = pre + d(rng, n - 1 - len(pre))
    num = body + luhn_digit(body)
    if sep is None:
        sep = rng.choice([" ", " ", "-", ""])
    if not sep:
        return num
    return group(num, [4, 6, 5] if n == 15 else [4, 4, 4, 4], sep)


def _iban_wrap(cc, bban, compact=None, rng=None):
    s = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in s)) % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    if compact is None:
        compact = rng.random() < 0.35 if rng else False
    return iban if compact else group(iban, [4] * 9, " ")


def _cin_it(s):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def _ccc_es(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return "0" if r == 11 else "1" if r == 10 else str(r)


def iban(rng, cc=None, compact=None):
    cc = cc or rng.choice(["DE", "GB", "FR", "ES", "IT", "NL", "PL", "CH", "BE", "AT", "IE", "TR"])
    if cc == "DE":
        bban = d(rng, 8, True) + d(rng, 10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG", "BUKB"]) + d(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + d(rng, 14)
    elif cc == "FR":
        bank, gui, acct = d(rng, 5, True), d(rng, 5), d(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(gui) + 3 * int(acct)) % 97
        bban = bank + gui + acct + "%02d" % key
    elif cc == "ES":
        bank, br, acct = d(rng, 4, True), d(rng, 4), d(rng, 10)
        bban = bank + br + _ccc_es("00" + bank + br) + _ccc_es(acct) + acct
    elif cc == "IT":
        core = d(rng, 5, True) + d(rng, 5) + d(rng, 12)
        bban = _cin_it(core) + core
    elif cc == "NL":
        while True:
            acct = d(rng, 10)
            if int(acct) and sum(int(c) * w for c, w in zip(acct, range(10, 0, -1))) % 11 == 0:
                break
        bban = rng.choice(["ABNA", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB"]) + acct
    elif cc == "PL":
        b7 = d(rng, 7, True)
        s = sum(int(c) * w for c, w in zip(b7, [3, 9, 7, 1, 3, 9, 7]))
        bban = b7 + str((10 - s % 10) % 10) + d(rng, 16)
    elif cc == "CH":
        bban = rng.choice(["00762", "00230", "09000", "00700", "08390"]) + d(rng, 12)
    elif cc == "BE":
        core = rng.choice(
            ["001", "068", "310", "363", "734", "750", "751", "091", "063", "979", "132", "630", "737", "103", "143"]
        ) + d(rng, 7)
        c = int(core) % 97 or 97
        bban = core + "%02d" % c
    elif cc == "AT":
        bban = d(rng, 5, True) + d(rng, 11)
    else:  # TR
        bban = d(rng, 5, True) + "0" + d(rng, 16)
    return _iban_wrap(cc, bban, compact, rng)


def aba(rng):
    first2 = rng.choice(list(range(1, 13)) + list(range(21, 33)))
    body = "%02d" % first2 + d(rng, 6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * x for c, x in zip(body, w))
    return body + str((10 - s % 10) % 10)


def us_bank_account(rng):
    return d(rng, rng.choice([8, 9, 10, 10, 11, 12]), True)


# ---------------------------------------------------------------- US ids
def ssn(rng, sep=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " ", ""]) if sep is None else sep
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def itin(rng, sep="-"):
    g = rng.choice(list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100)))
    return "9%02d%s%02d%s%04d" % (rng.randint(0, 99), sep, g, sep, rng.randint(1, 9999))


def us_passport(rng):
    if rng.random() < 0.4:
        return rng.choice("ACEFGHJKLMNPRSTUVWXYZ") + d(rng, 8)
    return rng.choice("56") + d(rng, 8)


US_STATES = {
    "CA": "California",
    "NY": "New York",
    "FL": "Florida",
    "TX": "Texas",
    "IL": "Illinois",
    "PA": "Pennsylvania",
    "WA": "Washington",
    "OH": "Ohio",
    "MI": "Michigan",
    "NJ": "New Jersey",
    "GA": "Georgia",
    "AZ": "Arizona",
    "MA": "Massachusetts",
    "CO": "Colorado",
    "WI": "Wisconsin",
    "OR": "Oregon",
    "NC": "North Carolina",
    "MN": "Minnesota",
}


def us_dl(rng, st=None):
    st = st or rng.choice(list(US_STATES))
    L = rng.choice(UP)
    if st == "CA":
        n = L + d(rng, 7)
    elif st == "NY":
        n = group(d(rng, 9, True), [3, 3, 3], rng.choice([" ", ""]))
    elif st == "FL":
        x = d(rng, 12)
        n = "%s%s-%s-%s-%s-%s" % (L, x[:3], x[3:6], x[6:8], x[8:11], x[11])
    elif st == "TX":
        n = rng.choice("1234") + d(rng, 7)
    elif st == "IL":
        x = d(rng, 11)
        n = "%s%s-%s-%s" % (L, x[:3], x[3:7], x[7:])
    elif st == "PA":
        x = d(rng, 8, True)
        n = "%s %s %s" % (x[:2], x[2:5], x[5:])
    elif st == "WA":
        n = "WDL" + letters(rng, 9, UP + DIG)
    elif st == "OH":
        n = letters(rng, 2) + d(rng, 6)
    elif st == "MI":
        x = d(rng, 12)
        n = "%s %s %s %s %s" % (L, x[:3], x[3:6], x[6:9], x[9:])
    elif st == "NJ":
        x = d(rng, 14)
        n = "%s%s %s %s" % (L, x[:4], x[4:9], x[9:])
    elif st == "GA":
        n = d(rng, 9, True)
    elif st == "AZ":
        n = rng.choice("ABDY") + d(rng, 8)
    elif st == "MA":
        n = "S" + d(rng, 8)
    elif st == "CO":
        x = d(rng, 9)
        n = "%s-%s-%s" % (x[:2], x[2:5], x[5:])
    elif st == "WI":
        x = d(rng, 13)
        n = "%s%s-%s-%s-%s" % (L, x[:3], x[3:7], x[7:11], x[11:])
    elif st == "OR":
        n = d(rng, 7, True)
    elif st == "NC":
        n = "0000" + d(rng, 8, True)
    else:  # MN
        n = L + d(rng, 12)
    return st, n


# ---------------------------------------------------------------- national ids
def uk_nino(rng, sep=None):
    f1 = "ABCEGHJKLMNOPRSTWXYZ"
    f2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(f1) + rng.choice(f2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    n = d(rng, 6)
    sfx = rng.choice("ABCD")
    sep = rng.choice([" ", "", " "]) if sep is None else sep
    if sep:
        return "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], sfx)
    return p + n + sfx


def nhs_number(rng, sep=" "):
    while True:
        base = rng.choice("4679") + d(rng, 8)
        s = sum(int(c) * w for c, w in zip(base, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = base + str(c)
        return group(n, [3, 3, 4], sep) if sep else n


def ca_sin(rng, sep=None):
    b = rng.choice("1234567") + d(rng, 7)
    n = b + luhn_digit(b)
    sep = rng.choice([" ", "-", ""]) if sep is None else sep
    return group(n, [3, 3, 3], sep) if sep else n


def ohip(rng):
    b = rng.choice("123456789") + d(rng, 8)
    n = b + luhn_digit(b)
    vc = letters(rng, 2, "ABCDEFGHJKLMNPRSTVWXYZ")
    return rng.choice(["%s-%s-%s-%s" % (n[:4], n[4:7], n[7:], vc), "%s %s %s %s" % (n[:4], n[4:7], n[7:], vc), n + vc])


def aadhaar(rng, sep=None):
    while True:
        b = rng.choice("23456789") + d(rng, 10)
        n = b + verhoeff_digit(b)
        if n != n[::-1]:
            break
    sep = rng.choice([" ", " ", "-", ""]) if sep is None else sep
    return group(n, [4, 4, 4], sep) if sep else n


def abha(rng):
    n = "91" + d(rng, 12)
    return "%s-%s-%s-%s" % (n[:2], n[2:6], n[6:10], n[10:])


def in_pan(rng, surname="X"):
    s = surname[:1].upper() if surname[:1].isalpha() and surname[:1].isascii() else rng.choice(UP)
    return letters(rng, 3) + "P" + s + d(rng, 4) + rng.choice(UP)


def es_dni(rng):
    n = rng.randint(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def es_nie(rng):
    p = rng.choice("XYZ")
    n = d(rng, 7)
    v = int(str("XYZ".index(p)) + n)
    return "%s%s%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23])


def _ascii_up(s):
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s.upper() if "A" <= c <= "Z")


def it_codice_fiscale(rng, first, last, dob, female):
    V = "AEIOU"

    def part(name, is_first):
        n = _ascii_up(name)
        cons = [c for c in n if c not in V]
        vow = [c for c in n if c in V]
        if is_first and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vow) + "XXX")[:3]

    code = part(last, False) + part(first, True)
    code += "%02d" % (dob.year % 100) + "ABCDEHLMPRST"[dob.month - 1]
    code += "%02d" % (dob.day + (40 if female else 0))
    code += rng.choice(["H501", "F205", "F839", "L219", "G273", "A944", "D612", "D969", "A662", "L781", "G224", "C351"])
    odd = {
        **{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
        **dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])),
    }
    even = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate(UP)}}
    tot = sum(odd[c] if i % 2 == 0 else even[c] for i, c in enumerate(code))
    return code + chr(65 + tot % 26)


def mx_curp(rng, first, last1, last2, dob, female):
    V = "AEIOU"
    a, b, g = _ascii_up(last1) or "X", _ascii_up(last2) or "X", _ascii_up(first) or "X"
    iv = next((c for c in a[1:] if c in V), "X")
    code = a[0] + iv + b[0] + g[0]
    code += dob.strftime("%y%m%d") + ("M" if female else "H")
    code += rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "YN", "OC", "CH", "SL", "QT"])

    def ic(s):
        return next((c for c in s[1:] if c not in V), "X")

    code += ic(a) + ic(b) + ic(g)
    code += rng.choice(DIG) if dob.year < 2000 else rng.choice(UP)
    alpha = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"
    s = sum(alpha.index(c) * (18 - i) for i, c in enumerate(code))
    return code + str((10 - s % 10) % 10)


def nl_bsn(rng):
    while True:
        b = d(rng, 8, True)
        c = sum(int(x) * w for x, w in zip(b, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
        if c < 10:
            return b + str(c)


def pl_pesel(rng, dob, female):
    y = dob.year
    m = dob.month + (20 if y >= 2000 else 0)
    base = "%02d%02d%02d" % (y % 100, m, dob.day) + d(rng, 3) + rng.choice("02468" if female else "13579")
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * x for c, x in zip(base, w))
    return base + str((10 - s % 10) % 10)


def de_steuer_id(rng):
    while True:
        digs = list(DIG)
        rng.shuffle(digs)
        chosen = digs[:9]
        arr = chosen + [rng.choice(chosen)]
        rng.shuffle(arr)
        if arr[0] == "0":
            continue
        body = "".join(arr)
        product = 10
        for ch in body:
            s = (int(ch) + product) % 10 or 10
            product = (s * 2) % 11
        c = 11 - product
        n = body + str(0 if c == 10 else c)
        return rng.choice([n, "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])])


def de_kvnr(rng):
    L = rng.choice(UP)
    body = d(rng, 8)
    s = "%02d" % (ord(L) - 64) + body
    tot = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return L + body + str(tot % 10)


def ch_ahv(rng):
    b = "756" + d(rng, 9)
    n = b + ean_digit(b)
    return "%s.%s.%s.%s" % (n[:3], n[3:7], n[7:11], n[11:])


def se_personnummer(rng, dob, female, long=False):
    core = dob.strftime("%y%m%d") + d(rng, 2) + rng.choice("02468" if female else "13579")
    n = core + luhn_digit(core)
    pre = dob.strftime("%Y%m%d") if long else core[:6]
    return pre + "-" + n[6:]


def fr_nir(rng, dob, female):
    dept = rng.choice(["75", "69", "13", "31", "44", "59", "33", "35", "67", "34", "38", "06", "93", "92", "94"])
    b = (
        ("2" if female else "1")
        + "%02d%02d" % (dob.year % 100, dob.month)
        + dept
        + "%03d" % rng.randint(1, 990)
        + "%03d" % rng.randint(1, 999)
    )
    key = 97 - int(b) % 97
    n = b + "%02d" % key
    return rng.choice(["%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]), n])


def au_medicare(rng):
    b = rng.choice("23456") + d(rng, 7)
    c = sum(int(x) * w for x, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    n = b + str(c) + rng.choice("123456789")
    return rng.choice(["%s %s %s" % (n[:4], n[4:9], n[9]), n])


def au_crn(rng):
    return d(rng, 3, True) + " " + d(rng, 3) + " " + d(rng, 3) + rng.choice("ABCHJKLSTVX")


def us_mbi(rng):
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + DIG
    n = (
        rng.choice("123456789")
        + rng.choice(a)
        + rng.choice(an)
        + rng.choice(DIG)
        + rng.choice(a)
        + rng.choice(an)
        + rng.choice(DIG)
        + rng.choice(a)
        + rng.choice(a)
        + rng.choice(DIG)
        + rng.choice(DIG)
    )
    return rng.choice([n, "%s-%s-%s" % (n[:4], n[4:7], n[7:])])


def ru_snils(rng):
    while True:
        b = d(rng, 9)
        if int(b) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:], c)


def ru_passport(rng):
    return "%s %s %s" % (d(rng, 2, True), "%02d" % rng.randint(0, 24), d(rng, 6))


def ua_rnokpp(rng, dob, female):
    days = (dob - datetime.date(1899, 12, 31)).days
    b = "%05d" % days + d(rng, 3) + rng.choice("02468" if female else "13579")
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    s = sum(int(c) * x for c, x in zip(b, w))
    return b + str((s % 11) % 10)


def gr_amka(rng, dob):
    b = dob.strftime("%d%m%y") + d(rng, 4)
    return b + luhn_digit(b)


def ir_melli(rng):
    while True:
        b = d(rng, 9)
        if len(set(b)) > 1:
            break
    r = sum(int(c) * (10 - i) for i, c in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


def jp_mynumber(rng):
    b = d(rng, 11, True)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    n = b + str(0 if r <= 1 else 11 - r)
    return rng.choice([n, "%s %s %s" % (n[:4], n[4:8], n[8:])])


def kr_rrn(rng, dob, female):
    g = (2 if female else 1) + (2 if dob.year >= 2000 else 0)
    b = dob.strftime("%y%m%d") + str(g) + "%02d" % rng.randint(0, 95) + d(rng, 3)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * x for c, x in zip(b, w))
    n = b + str((11 - s % 11) % 10)
    return n[:6] + "-" + n[6:]


def kr_pccc(rng):
    return "P" + d(rng, 12)


def cn_ric(rng, dob, female):
    # county codes valid at the birth date (older codes only for Beijing/Shanghai districts)
    areas = ["110101", "110102", "110105", "110108", "310101", "310104", "310110"]
    if dob.year >= 1985:
        areas += ["440103", "440106", "440304", "420106", "330106", "320102", "430102", "420111", "430104"]
    if dob.year >= 1997:
        areas += ["510107", "510105", "500103", "310115"]
    area = rng.choice(areas)
    b = area + dob.strftime("%Y%m%d") + d(rng, 2) + rng.choice("02468" if female else "13579")
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(b, w))
    return b + "10X98765432"[s % 11]


def th_pin(rng):
    b = rng.choice("12345678") + d(rng, 11)
    s = sum(int(c) * (13 - i) for i, c in enumerate(b))
    n = b + str((11 - s % 11) % 10)
    return rng.choice([n, "%s-%s-%s-%s-%s" % (n[0], n[1:5], n[5:10], n[10:12], n[12])])


def tr_tckimlik(rng):
    b = [int(rng.choice("123456789"))] + [int(rng.choice(DIG)) for _ in range(8)]
    d10 = ((b[0] + b[2] + b[4] + b[6] + b[8]) * 7 - (b[1] + b[3] + b[5] + b[7])) % 10
    b.append(d10)
    b.append(sum(b) % 10)
    return "".join(map(str, b))


def rs_jmbg(rng, dob, female):
    reg = rng.choice(["71", "80", "73", "72", "86", "77"])
    bbb = "%03d" % (rng.randint(500, 999) if female else rng.randint(0, 499))
    b = dob.strftime("%d%m") + ("%04d" % dob.year)[1:] + reg + bbb
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(c) * x for c, x in zip(b, w)) % 11
    return b + str(0 if m > 9 else m)


def il_id(rng):
    b = d(rng, 8)
    return b + luhn_digit(b)


def br_cpf(rng):
    while True:
        b = d(rng, 9)
        if len(set(b)) > 1:
            break
    s1 = sum(int(c) * (10 - i) for i, c in enumerate(b))
    d1 = (s1 * 10 % 11) % 10
    b2 = b + str(d1)
    s2 = sum(int(c) * (11 - i) for i, c in enumerate(b2))
    d2 = (s2 * 10 % 11) % 10
    n = b2 + str(d2)
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:])


def pk_cnic(rng, female):
    return "%s-%s-%s" % (rng.choice("34567") + d(rng, 4), d(rng, 7), rng.choice("2468" if female else "1357"))


def eg_nid(rng, dob, female):
    c = "2" if dob.year < 2000 else "3"
    return (
        c
        + dob.strftime("%y%m%d")
        + rng.choice(["01", "02", "21", "12", "16", "13", "14"])
        + d(rng, 3)
        + rng.choice("2468" if female else "1357")
        + rng.choice(DIG)
    )


def jo_nn(rng, female):
    return ("2" if female else "9") + d(rng, 9)


def bd_nid(rng):
    return rng.choice([d(rng, 10, True), d(rng, 17, True)])


def vn_cccd(rng, dob, female):
    prov = rng.choice(["001", "079", "048", "031", "092", "075", "036", "038"])
    g = (1 if female else 0) + (2 if dob.year >= 2000 else 0)
    return prov + str(g) + dob.strftime("%y") + d(rng, 6)


def ng_nin(rng):
    return d(rng, 11, True)


def et_fin(rng):
    n = d(rng, 12, True)
    return "%s %s %s" % (n[:4], n[4:8], n[8:])


def passport(rng, cc):
    if cc == "GB":
        return d(rng, 9, True)
    if cc == "DE":
        return rng.choice("CFGHJK") + letters(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if cc == "FR":
        return d(rng, 2) + letters(rng, 2) + d(rng, 5)
    if cc == "IT":
        return letters(rng, 2) + d(rng, 7)
    if cc == "ES":
        return "P" + letters(rng, 2) + d(rng, 6)
    if cc == "IN":
        return rng.choice("JKLMNPRSTUVWZ") + d(rng, 7, True)
    if cc == "CA":
        return letters(rng, 2) + d(rng, 6)
    if cc == "AU":
        return rng.choice(["PA", "PB", "PE", "N", "RA"]) + d(rng, 7)
    if cc == "CN":
        return "E" + d(rng, 8)
    if cc == "JP":
        return rng.choice(["TK", "TR", "MZ", "TZ"]) + d(rng, 7)
    if cc == "KR":
        return "M" + d(rng, 8)
    if cc == "BR":
        return letters(rng, 2) + d(rng, 6)
    if cc == "TR":
        return "U" + d(rng, 8)
    if cc == "NL":
        return (
            letters(rng, 2, "BCDFGHJKLMNPRSTVWXZ") + letters(rng, 6, "BCDFGHJKLMNPRSTVWXZ0123456789") + rng.choice(DIG)
        )
    if cc == "PL":
        return letters(rng, 2) + d(rng, 7)
    if cc == "RU":
        return d(rng, 2, True) + " " + d(rng, 7)
    if cc == "UA":
        return letters(rng, 2) + d(rng, 6)
    if cc == "NG":
        return "A" + d(rng, 8)
    return letters(rng, 2) + d(rng, 7)


def uk_brp(rng):
    return rng.choice(["ZU", "ZR", "RF", "ZX"]) + rng.choice("0123456789X") + d(rng, 6)


# ---------------------------------------------------------------- devices / network
def imei(rng, sep=None):
    b = rng.choice(["35", "35", "86", "01", "99"]) + d(rng, 12)
    n = b + luhn_digit(b)
    sep = rng.choice(["", "", "-", " "]) if sep is None else sep
    if not sep:
        return n
    return "%s%s%s%s%s%s%s" % (n[:2], sep, n[2:8], sep, n[8:14], sep, n[14])


def mac(rng, style=None):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    h = ["%02x" % x for x in b]
    style = style or rng.choice(["colon", "colon", "COLON", "dash", "cisco"])
    if style == "colon":
        return ":".join(h)
    if style == "COLON":
        return ":".join(h).upper()
    if style == "dash":
        return "-".join(h).upper()
    s = "".join(h)
    return "%s.%s.%s" % (s[:4], s[4:8], s[8:])


_PUB4 = [
    2,
    5,
    24,
    31,
    37,
    46,
    49,
    58,
    60,
    61,
    62,
    67,
    68,
    71,
    73,
    77,
    78,
    79,
    80,
    81,
    82,
    84,
    85,
    86,
    87,
    88,
    89,
    90,
    91,
    92,
    93,
    94,
    95,
    98,
    99,
    101,
    103,
    109,
    110,
    112,
    114,
    117,
    121,
    122,
    151,
    176,
    178,
    182,
    185,
    188,
    195,
    212,
    213,
    217,
]


def ipv4(rng):
    return "%d.%d.%d.%d" % (rng.choice(_PUB4), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    pre = rng.choice(
        [
            "2a02:c7c",
            "2a01:4b00",
            "2001:4860",
            "2600:1700",
            "2a00:23c5",
            "2406:3003",
            "2804:14d",
            "2a02:8109",
            "240e:3b7",
            "2001:ee0",
        ]
    )
    groups = ["%x" % rng.randint(0, 0xFFFF) for _ in range(6)]
    if rng.random() < 0.4:
        return pre + ":" + ":".join(groups[:2]) + "::" + groups[5]
    return pre + ":" + ":".join(groups)


def device_uuid(rng, upper=None):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if upper is None:
        upper = rng.random() < 0.5
    return u.upper() if upper else u


def apple_serial(rng):
    return letters(rng, 12, "0123456789CDFGHJKLMNPQRTVWXY")


def android_id(rng):
    return "%016x" % rng.getrandbits(64)


def samsung_serial(rng):
    return rng.choice(["R58", "R5C", "RF8", "R28"]) + letters(rng, 8, UP + DIG)


def device_id(rng):
    k = rng.choice(["imei", "uuid", "uuid", "apple", "android", "samsung"])
    if k == "imei":
        return "IMEI", imei(rng)
    if k == "uuid":
        return rng.choice(["IDFA", "device UUID", "GAID", "advertising ID"]), device_uuid(rng)
    if k == "apple":
        return "serial", apple_serial(rng)
    if k == "android":
        return "Android ID", android_id(rng)
    return "serial", samsung_serial(rng)


# ---------------------------------------------------------------- credentials
_PW_WORDS = [
    "sunflower",
    "Tigger",
    "marmalade",
    "Bluebird",
    "kangaroo",
    "Pumpkin",
    "lighthouse",
    "Rocket",
    "biscuit",
    "Dragon",
    "pancake",
    "Meadow",
    "falcon",
    "Summer",
    "Winter",
    "koala",
    "Jupiter",
    "waffle",
    "Chester",
    "Luna",
    "Kirby",
    "snowdrop",
    "Pepper",
    "tornado",
]


def password(rng):
    k = rng.randint(0, 4)
    if k == 0:
        return rng.choice(_PW_WORDS) + str(rng.randint(1, 2025)) + rng.choice("!?#$*.")
    if k == 1:
        return "-".join(rng.choice(_PW_WORDS).lower() for _ in range(3)) + str(rng.randint(1, 99))
    if k == 2:
        return letters(rng, rng.randint(10, 14), string.ascii_letters + DIG + "!@#%&*")
    if k == 3:
        w = rng.choice(_PW_WORDS)
        return w[0].upper() + w[1:].replace("a", "@").replace("o", "0") + str(rng.randint(10, 99))
    return rng.choice(_PW_WORDS).lower() + rng.choice(["_", ".", ""]) + rng.choice(_PW_WORDS).lower() + d(rng, 3)


def pin(rng, n=None):
    return d(rng, n or rng.choice([4, 4, 4, 6]))


def door_code(rng):
    return rng.choice(["%s#", "#%s", "*%s", "%s", "%s*"]) % d(rng, rng.choice([4, 4, 5, 6]))


def api_key(rng):
    k = rng.randint(0, 2)
    if k == 0:
        return "%032x" % rng.getrandbits(128)
    if k == 1:
        return letters(rng, 40, string.ascii_letters + DIG)
    return "key-" + letters(rng, 24, string.ascii_lowercase + DIG)


def recovery_code(rng):
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice(
        [
            "%s-%s-%s" % (letters(rng, 4, a), letters(rng, 4, a), letters(rng, 4, a)),
            "%s %s" % (d(rng, 4), d(rng, 4)),
            letters(rng, 10, a.lower()),
        ]
    )


def app_password(rng):
    return " ".join(letters(rng, 4, string.ascii_lowercase) for _ in range(4))


def otp(rng):
    n = d(rng, 6)
    return rng.choice([n, n[:3] + " " + n[3:], n[:3] + "-" + n[3:]])


# ---------------------------------------------------------------- vehicle plates
def plate(rng, cc):
    C = "BCDFGHJKLMNPRSTVWXYZ"
    if cc == "GB":
        if rng.random() < 0.2:
            return (
                rng.choice("ABCDEFGHJKLMNPRSTVWXY")
                + str(rng.randint(1, 999))
                + " "
                + letters(rng, 3, "ABCDEFGHJKLMNPRSTUVWXY")
            )
        return (
            letters(rng, 2, "ABCDEFGHKLMNOPRSVWY")
            + rng.choice(
                [
                    "15",
                    "65",
                    "16",
                    "66",
                    "17",
                    "67",
                    "18",
                    "68",
                    "19",
                    "69",
                    "20",
                    "70",
                    "21",
                    "71",
                    "22",
                    "72",
                    "23",
                    "73",
                    "24",
                    "74",
                    "25",
                ]
            )
            + " "
            + letters(rng, 3, "ABCDEFGHJKLMNOPRSTUVWXYZ")
        )
    if cc == "DE":
        city = rng.choice(
            ["B", "HH", "M", "K", "F", "S", "L", "DD", "HB", "H", "N", "KI", "MS", "FR", "HD", "MZ", "BO", "R"]
        )
        s = (
            city
            + rng.choice(["-", " "])
            + letters(rng, rng.choice([1, 2]), "ABCDEFGHJKLMNPRSTUVWXYZ")
            + " "
            + str(rng.randint(1, 9999))
        )
        return s + ("E" if rng.random() < 0.08 else "")
    if cc == "FR":
        a = "ABCDEFGHJKLMNPQRSTVWXYZ"
        return "%s-%s-%s" % (letters(rng, 2, a), d(rng, 3), letters(rng, 2, a))
    if cc == "ES":
        return "%s %s" % (d(rng, 4), letters(rng, 3, C))
    if cc == "IT":
        a = "ABCDEFGHJKLMNPRSTVWXYZ"
        return "%s %s %s" % (letters(rng, 2, a), d(rng, 3), letters(rng, 2, a))
    if cc == "NL":
        a = "BDFGHJKLNPRSTVXZ"
        return rng.choice(
            [
                "%s-%s-%s" % (d(rng, 2), letters(rng, 3, a), d(rng, 1)),
                "%s-%s-%s" % (letters(rng, 2, a), d(rng, 3), letters(rng, 1, a)),
                "%s-%s-%s" % (d(rng, 1), letters(rng, 3, a), d(rng, 2)),
            ]
        )
    if cc == "PL":
        return (
            rng.choice(["WA", "WB", "WE", "KR", "PO", "GD", "DW", "LU", "SZ", "EL", "SK", "BI"])
            + " "
            + rng.choice([d(rng, 5), d(rng, 1) + letters(rng, 2) + d(rng, 2), d(rng, 3) + letters(rng, 2)])
        )
    if cc == "US":
        return rng.choice(
            [
                rng.choice("6789") + letters(rng, 3) + d(rng, 3),
                letters(rng, 3) + "-" + d(rng, 4),
                letters(rng, 3) + " " + d(rng, 4),
                letters(rng, 3) + d(rng, 4),
                d(rng, 3) + " " + letters(rng, 3),
            ]
        )
    if cc == "IN":
        return "%s %s %s %s" % (
            rng.choice(["MH", "KA", "DL", "TN", "TS", "WB", "UP", "GJ", "RJ", "KL"]),
            d(rng, 2, True),
            letters(rng, rng.choice([1, 2])),
            d(rng, 4, True),
        )
    if cc == "AU":
        return rng.choice(
            [
                letters(rng, 3) + d(rng, 2) + letters(rng, 1),
                d(rng, 1, True) + letters(rng, 2) + " " + d(rng, 1) + letters(rng, 2),
                d(rng, 3) + " " + letters(rng, 3),
            ]
        )
    if cc == "CA":
        return rng.choice(
            [
                letters(rng, 4) + " " + d(rng, 3),
                letters(rng, 1) + d(rng, 2) + " " + letters(rng, 3),
                letters(rng, 2) + d(rng, 1) + " " + d(rng, 2) + letters(rng, 1),
            ]
        )
    if cc == "JP":
        return "%s %s %s %s-%s" % (
            rng.choice(["品川", "練馬", "横浜", "なにわ", "名古屋", "札幌", "福岡", "世田谷", "湘南", "京都"]),
            rng.choice(["300", "330", "500", "530", "501"]),
            rng.choice("あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆらりるろれわ"),
            d(rng, 2, True),
            d(rng, 2),
        )
    if cc == "KR":
        return "%s%s %s" % (
            d(rng, rng.choice([2, 3]), True),
            rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"),
            d(rng, 4, True),
        )
    if cc == "BR":
        return rng.choice(
            [letters(rng, 3) + d(rng, 1) + letters(rng, 1) + d(rng, 2), letters(rng, 3) + "-" + d(rng, 4)]
        )
    if cc == "TR":
        return "%02d %s %s" % (
            rng.randint(1, 81),
            letters(rng, rng.choice([1, 2, 3]), "ABCDEFGHJKLMNPRSTUVYZ"),
            d(rng, rng.choice([2, 3, 4]), True),
        )
    if cc == "CH":
        return rng.choice(["ZH", "BE", "BS", "GE", "VD", "LU", "SG", "TI", "AG"]) + " " + str(rng.randint(1000, 999999))
    if cc == "SE":
        return letters(rng, 3, "ABCDEFGHJKLMNOPRSTUWXYZ") + " " + d(rng, 2) + rng.choice(DIG + "ABCDEFGHJKLMNPRSTUWXYZ")
    if cc == "RU":
        a = "АВЕКМНОРСТУХ"
        return "%s%s%s %s" % (
            rng.choice(a),
            d(rng, 3),
            letters(rng, 2, a),
            rng.choice(["77", "97", "177", "78", "116", "66", "54", "63", "52"]),
        )
    if cc == "RU_LAT":
        a = "abekmhopctyx"
        return "%s%s%s%s" % (
            rng.choice(a),
            d(rng, 3),
            letters(rng, 2, a),
            rng.choice(["77", "197", "78", "116", "63", "52", "161"]),
        )
    if cc == "UA":
        return "%s %s %s" % (
            rng.choice(["AA", "KA", "AX", "BC", "AE", "BH", "AI", "AB", "BI"]),
            d(rng, 4),
            letters(rng, 2, "ABCEHIKMOPTX"),
        )
    if cc == "GR":
        return "%s-%s" % (letters(rng, 3, "ABEZHIKMNOPTYX"), d(rng, 4, True))
    if cc == "VN":
        return "%s%s-%s.%s" % (
            rng.choice(["51", "59", "30", "29", "43", "15", "65"]),
            rng.choice("ABCDEFGHK"),
            d(rng, 3),
            d(rng, 2),
        )
    if cc == "IL":
        return rng.choice(
            ["%s-%s-%s" % (d(rng, 3), d(rng, 2), d(rng, 3)), "%s-%s-%s" % (d(rng, 2), d(rng, 3), d(rng, 2))]
        )
    if cc == "NG":
        return "%s %s %s" % (
            rng.choice(["LAG", "KJA", "ABJ", "IKD", "EKY", "APP", "OYO"]),
            d(rng, 3, True),
            letters(rng, 2),
        )
    if cc == "PK":
        return "%s-%s" % (
            rng.choice(["LEA", "LEB", "LED", "ICT", "RIM", "KHI", "BKM"]),
            d(rng, rng.choice([3, 4]), True),
        )
    if cc == "RS":
        return "%s %s-%s" % (
            rng.choice(["BG", "NS", "NI", "KG", "ČA", "SU"]),
            d(rng, 3, True),
            letters(rng, 2, "ABCDEFGHJKLMNPRSTUVZ"),
        )
    if cc == "TH":
        return "%s%s %s" % (d(rng, 1, True), rng.choice(["กข", "ขก", "งม", "ฆท", "กท", "ชล"]), d(rng, 4, True))
    if cc == "IR":
        return "%s B %s - %s" % (d(rng, 2, True), d(rng, 3, True), d(rng, 2, True))
    if cc == "CN":
        return "%s%s·%s" % (
            rng.choice(["京", "沪", "粤", "川", "鄂", "浙"]),
            rng.choice("ABCDEF"),
            letters(rng, 5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"),
        )
    return letters(rng, 3) + " " + d(rng, 3)


# ---------------------------------------------------------------- dates
def rand_date(rng, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def dob_for_age(rng, age, ref=datetime.date(2025, 3, 1)):
    """A birth date giving `age` full years on the reference date."""
    hi = ref.replace(year=ref.year - age)
    lo = ref.replace(year=ref.year - age - 1) + datetime.timedelta(days=1)
    return datetime.date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))
