"""Identifier generators for the v23 held-out corpus (standard library only).

Every generator takes a random.Random instance and returns a string.  Where a format
has a public check-digit rule, the rule is implemented here so values are valid.
"""

import datetime as _dt
import string

DIG = string.digits
UPP = string.ascii_uppercase


def _digits(r, n, first_nonzero=False):
    s = "".join(r.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


# ---------------------------------------------------------------- checksums
def luhn_check_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    num = "".join(c for c in num if c.isdigit())
    return luhn_check_digit(num[:-1]) == num[-1]


_V_D = [
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
_V_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check_digit(payload):
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = _V_D[c][_V_P[(i + 1) % 8][int(ch)]]
    return str(_V_INV[c])


def mod97_10(s):
    """Numeric value of an alphanumeric string (A=10..Z=35) modulo 97."""
    acc = 0
    for ch in s:
        v = ch if ch.isdigit() else str(ord(ch) - 55)
        for d in v:
            acc = (acc * 10 + int(d)) % 97
    return acc


def iso7064_mod11_10(payload):
    p = 10
    for ch in payload:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


# ---------------------------------------------------------------- United Kingdom / Ireland
def uk_nino(r, spaced=None):
    bad1 = set("DFIQUV")
    bad2 = set("DFIQUVO")
    banned = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    while True:
        a = r.choice([c for c in UPP if c not in bad1])
        b = r.choice([c for c in UPP if c not in bad2])
        if a + b not in banned:
            break
    d = _digits(r, 6)
    s = r.choice("ABCD")
    if spaced is None:
        spaced = r.random() < 0.5
    if spaced:
        return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"
    return f"{a}{b}{d}{s}"


def nhs_number(r, style=None):
    while True:
        body = r.choice("456789") + _digits(r, 8)
        tot = sum(int(c) * (10 - i) for i, c in enumerate(body))
        chk = 11 - tot % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        num = body + str(chk)
        break
    style = style or r.choice(["spaced", "spaced", "plain", "dashed"])
    if style == "spaced":
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    if style == "dashed":
        return f"{num[:3]}-{num[3:6]}-{num[6:]}"
    return num


def ie_pps(r):
    d = _digits(r, 7)
    tot = sum(int(c) * (8 - i) for i, c in enumerate(d))
    second = r.choice(["", "", "A", "W"])
    if second:
        tot += (ord(second) - 64) * 9 if second != "W" else 0
    chk = tot % 23
    letter = "W" if chk == 0 else chr(64 + chk)
    return d + letter + second


# ---------------------------------------------------------------- United States
def us_ssn(r, style=None):
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    group = r.randint(1, 99)
    serial = r.randint(1, 9999)
    style = style or r.choice(["dash", "dash", "dash", "space", "plain"])
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    if style == "dash":
        return f"{a}-{g}-{s}"
    if style == "space":
        return f"{a} {g} {s}"
    return a + g + s


def us_itin(r, style=None):
    group = r.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    s = f"9{_digits(r, 2)}-{group:02d}-{_digits(r, 4)}"
    if (style or r.choice(["dash", "dash", "plain"])) == "plain":
        s = s.replace("-", "")
    return s


def us_passport(r):
    if r.random() < 0.5:
        return r.choice("ACEFGHJKLMNPRSTUVWXZ") + _digits(r, 8)
    return r.choice("12345") + _digits(r, 8)


def us_driver_license(r, state):
    st = state.upper()
    if st == "CA":
        return r.choice(UPP) + _digits(r, 7)
    if st == "NY":
        d = _digits(r, 9)
        return f"{d[:3]} {d[3:6]} {d[6:]}" if r.random() < 0.5 else d
    if st == "FL":
        d = _digits(r, 12)
        return f"{r.choice(UPP)}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    if st == "TX":
        return r.choice("0123") + _digits(r, 7)
    if st == "IL":
        d = _digits(r, 11)
        return f"{r.choice(UPP)}{d[:3]}-{d[3:7]}-{d[7:]}"
    if st == "WA":
        return "WDL" + "".join(r.choice(UPP + DIG) for _ in range(9))
    if st == "OH":
        return r.choice(UPP) + r.choice(UPP) + _digits(r, 6)
    if st == "MI":
        d = _digits(r, 12)
        return f"{r.choice(UPP)} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
    if st == "GA":
        return _digits(r, 9, True)
    if st == "MA":
        return "S" + _digits(r, 8)
    if st == "NV":
        return _digits(r, 10, True)
    if st == "UT":
        return _digits(r, 9, True)
    if st == "TN":
        return _digits(r, 9, True)
    if st == "OK":
        return r.choice(UPP) + _digits(r, 9)
    if st == "IA":
        return _digits(r, 3) + r.choice(UPP) + r.choice(UPP) + _digits(r, 4)
    if st == "ID":
        return r.choice(UPP) + r.choice(UPP) + _digits(r, 6) + r.choice(UPP)
    return r.choice(UPP) + _digits(r, 8)


def aba_routing(r):
    prefix = r.choice(
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
    while True:
        body = prefix + _digits(r, 6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        tot = sum(int(c) * w[i] for i, c in enumerate(body))
        chk = (10 - tot % 10) % 10
        return body + str(chk)


def us_bank_account(r):
    return _digits(r, r.choice([8, 9, 10, 10, 11, 12]), True)


def us_mbi(r):
    # Medicare Beneficiary Identifier: 11 chars, letters exclude S L O I B Z
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + DIG
    c = [
        r.choice("123456789"),
        r.choice(L),
        r.choice(AN),
        r.choice(DIG),
        r.choice(L),
        r.choice(AN),
        r.choice(DIG),
        r.choice(L),
        r.choice(L),
        r.choice(DIG),
        r.choice(DIG),
    ]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.6 else s


def us_a_number(r):
    d = _digits(r, 9)
    return r.choice([f"A{d}", f"A{d[:3]}-{d[3:6]}-{d[6:]}", f"A-{d}"])


# ---------------------------------------------------------------- payment
def credit_card(r, brand=None, style=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "discover"])
    if brand == "visa":
        body = "4" + _digits(r, 14)
    elif brand == "mc":
        if r.random() < 0.7:
            body = "5" + r.choice("12345") + _digits(r, 13)
        else:
            body = str(r.randint(2221, 2720)) + _digits(r, 11)
    elif brand == "amex":
        body = r.choice(["34", "37"]) + _digits(r, 12)
    else:
        body = "6011" + _digits(r, 11)
    num = body + luhn_check_digit(body)
    style = style or r.choice(["space", "space", "plain", "dash"])
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    if style == "space":
        return " ".join(groups)
    if style == "dash":
        return "-".join(groups)
    return num


def _iban_from_bban(cc, bban, spaced):
    chk = 98 - mod97_10(bban + cc + "00")
    iban = f"{cc}{chk:02d}{bban}"
    if spaced:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


_CF_ODD = {
    **{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
    **dict(zip(UPP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])),
}
_CF_EVEN = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate(UPP)}}


def _cf_check(s):
    tot = 0
    for i, ch in enumerate(s):
        tot += _CF_ODD[ch] if i % 2 == 0 else _CF_EVEN[ch]
    return UPP[tot % 26]


def _es_ccc_digit(digits, weights):
    t = sum(int(d) * w for d, w in zip(digits, weights))
    v = 11 - t % 11
    return {11: 0, 10: 1}.get(v, v)


def iban(r, cc=None, spaced=None):
    cc = cc or r.choice(
        ["DE", "FR", "ES", "IT", "NL", "GB", "PL", "BE", "AT", "PT", "IE", "CH", "SE", "TR", "GR", "RO", "UA"]
    )
    if spaced is None:
        spaced = r.random() < 0.65
    if cc == "DE":
        bban = _digits(r, 8, True) + _digits(r, 10)
    elif cc == "AT":
        bban = _digits(r, 5, True) + _digits(r, 11)
    elif cc == "CH":
        bban = "00" + _digits(r, 3, True) + _digits(r, 12)
    elif cc == "GB":
        bban = (
            r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"]) + _digits(r, 6) + _digits(r, 8)
        )
    elif cc == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS"]) + _digits(r, 6) + _digits(r, 8)
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB"]) + _digits(r, 10)
    elif cc == "PL":
        # bank sort code (8 digits incl. its own check) + 16 digits
        bank = _digits(r, 7, True)
        w = [3, 9, 7, 1, 3, 9, 7]
        bank += str((10 - sum(int(c) * w[i] for i, c in enumerate(bank)) % 10) % 10)
        bban = bank + _digits(r, 16)
    elif cc == "BE":
        body = r.choice(
            ["001", "063", "068", "096", "143", "310", "363", "377", "645", "734", "736", "750", "979"]
        ) + _digits(r, 7)
        chk = int(body) % 97 or 97
        bban = body + f"{chk:02d}"
    elif cc == "ES":
        bank, branch, acct = _digits(r, 4, True), _digits(r, 4), _digits(r, 10)
        d1 = _es_ccc_digit(bank + branch, [4, 8, 5, 10, 9, 7, 3, 6])
        d2 = _es_ccc_digit(acct, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
        bban = f"{bank}{branch}{d1}{d2}{acct}"
    elif cc == "FR":
        bank, branch, acct = _digits(r, 5, True), _digits(r, 5), _digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = f"{bank}{branch}{acct}{key:02d}"
    elif cc == "IT":
        abi, cab, acct = _digits(r, 5, True), _digits(r, 5), _digits(r, 12)
        cin = _cf_check(abi + cab + acct)
        bban = cin + abi + cab + acct
    elif cc == "PT":
        body = _digits(r, 4, True) + _digits(r, 4) + _digits(r, 11)
        chk = 98 - (int(body) * 100) % 97
        bban = body + f"{chk:02d}"
    elif cc == "SE":
        bban = _digits(r, 3, True) + _digits(r, 17)
    elif cc == "TR":
        bban = _digits(r, 5, True) + "0" + _digits(r, 16)
    elif cc == "GR":
        bban = _digits(r, 7, True) + _digits(r, 16)
    elif cc == "RO":
        bban = r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + "".join(r.choice(UPP + DIG) for _ in range(16))
    elif cc == "UA":
        bban = _digits(r, 6, True) + _digits(r, 19)
    else:
        raise ValueError(cc)
    return _iban_from_bban(cc, bban, spaced)


# ---------------------------------------------------------------- national IDs (Europe)
def de_steuer_id(r, spaced=None):
    while True:
        pool = [d for d in DIG]
        # 10 digits: one digit appears exactly twice, one digit absent
        dup = r.choice(pool)
        others = [d for d in pool if d != dup]
        r.shuffle(others)
        chosen = others[:8] + [dup, dup]
        r.shuffle(chosen)
        body = "".join(chosen)
        if body[0] == "0":
            continue
        break
    num = body + iso7064_mod11_10(body)
    if spaced is None:
        spaced = r.random() < 0.4
    return f"{num[:2]} {num[2:5]} {num[5:8]} {num[8:]}" if spaced else num


def de_kvnr(r):
    letter = r.choice(UPP)
    body = _digits(r, 8, True)
    digits = f"{UPP.index(letter) + 1:02d}" + body
    tot = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return letter + body + str(tot % 10)


def de_id_card(r):
    alph = "CFGHJKLMNPRTVWXYZ" + "0123456789"
    return r.choice("LMNPRTVWXY") + "".join(r.choice(alph) for _ in range(8))


def de_passport(r):
    alph = "CFGHJKLMNPRTVWXYZ0123456789"
    return "C" + "".join(r.choice(alph) for _ in range(8))


def de_residence_permit(r):
    alph = "CFGHJKLMNPRTVWXYZ0123456789"
    return "Y" + "".join(r.choice(alph) for _ in range(8))


def ch_ahv(r):
    body = "756" + _digits(r, 9)
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    num = body + str((10 - tot % 10) % 10)
    return f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}"


def fr_nir(r, sex, dob, dept=None, spaced=None):
    s = "1" if sex == "m" else "2"
    dept = dept or r.choice(
        ["35", "44", "63", "59", "69", "42", "49", "25", "66", "87", "57", "64", "29", "93", "75", "13"]
    )
    commune = f"{r.randint(1, 350):03d}"
    order = f"{r.randint(1, 999):03d}"
    body = f"{s}{dob.year % 100:02d}{dob.month:02d}{dept}{commune}{order}"
    key = 97 - int(body) % 97
    if spaced is None:
        spaced = r.random() < 0.6
    if spaced:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return f"{body}{key:02d}"


_DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(r):
    n = r.randint(1000000, 79999999)
    return f"{n:08d}{_DNI_L[n % 23]}" if r.random() < 0.7 else f"{n:08d}-{_DNI_L[n % 23]}"


def es_nie(r):
    p = r.choice("XYZ")
    n = r.randint(0, 9999999)
    v = int(str("XYZ".index(p)) + f"{n:07d}")
    return f"{p}{n:07d}{_DNI_L[v % 23]}" if r.random() < 0.7 else f"{p}-{n:07d}-{_DNI_L[v % 23]}"


def es_nuss(r):
    prov = f"{r.randint(1, 52):02d}"
    num = _digits(r, 8)
    chk = int(prov + num) % 97
    return f"{prov} {num} {chk:02d}" if r.random() < 0.5 else f"{prov}/{num}/{chk:02d}"


_CF_MONTH = "ABCDEHLMPRST"


def _cf_consonants(s):
    s = "".join(c for c in s.upper() if c.isalpha())
    return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]


def it_codice_fiscale(surname, given, sex, dob, belfiore):
    import unicodedata

    def fold(x):
        x = unicodedata.normalize("NFKD", x)
        return "".join(c for c in x if not unicodedata.combining(c)).upper()

    cs, vs = _cf_consonants(fold(surname))
    sur = (cs + vs + ["X"] * 3)[:3]
    cg, vg = _cf_consonants(fold(given))
    if len(cg) >= 4:
        giv = [cg[0], cg[2], cg[3]]
    else:
        giv = (cg + vg + ["X"] * 3)[:3]
    day = dob.day + (40 if sex == "f" else 0)
    body = "".join(sur) + "".join(giv) + f"{dob.year % 100:02d}" + _CF_MONTH[dob.month - 1] + f"{day:02d}" + belfiore
    return body + _cf_check(body)


def pesel(r, dob, sex):
    y, m, d = dob.year, dob.month, dob.day
    if 1900 <= y < 2000:
        mm = m
    elif 2000 <= y < 2100:
        mm = m + 20
    else:
        mm = m + 80
    serial = _digits(r, 3)
    sd = r.choice("13579" if sex == "m" else "02468")
    body = f"{y % 100:02d}{mm:02d}{d:02d}{serial}{sd}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    chk = (10 - sum(int(c) * w[i] for i, c in enumerate(body)) % 10) % 10
    return body + str(chk)


def nl_bsn(r):
    while True:
        body = _digits(r, 8)
        if body[0] == "0":
            continue
        tot = sum(int(c) * (9 - i) for i, c in enumerate(body))
        chk = tot % 11
        if chk == 10:
            continue
        return body + str(chk)


def se_personnummer(r, dob, sex):
    serial = _digits(r, 2) + r.choice("13579" if sex == "m" else "02468")
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{serial}"
    chk = luhn_check_digit(body)
    sep = "-" if _dt.date.today().year - dob.year < 100 else "+"
    if r.random() < 0.3:
        return f"{dob.year}{dob.month:02d}{dob.day:02d}-{serial}{chk}"
    return f"{body[:6]}{sep}{serial}{chk}"


def pt_nif(r):
    body = r.choice("123") + _digits(r, 7)
    tot = sum(int(c) * (9 - i) for i, c in enumerate(body))
    chk = 11 - tot % 11
    if chk >= 10:
        chk = 0
    return body + str(chk)


def br_cpf(r):
    d = [int(c) for c in _digits(r, 9)]
    s1 = sum(v * (10 - i) for i, v in enumerate(d))
    c1 = (s1 * 10) % 11 % 10
    d.append(c1)
    s2 = sum(v * (11 - i) for i, v in enumerate(d))
    c2 = (s2 * 10) % 11 % 10
    d.append(c2)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if r.random() < 0.8 else s


def tr_kimlik(r):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def ro_cnp(r, dob, sex):
    if dob.year >= 2000:
        s = "5" if sex == "m" else "6"
    else:
        s = "1" if sex == "m" else "2"
    county = f"{r.choice(list(range(1, 41)) + [51, 52]):02d}"
    body = f"{s}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{county}{r.randint(1, 999):03d}"
    w = "279146358279"
    chk = sum(int(a) * int(b) for a, b in zip(body, w)) % 11
    return body + ("1" if chk == 10 else str(chk))


def gr_amka(r, dob):
    body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}" + _digits(r, 4)
    return body + luhn_check_digit(body)


def ua_rntrc(r, dob, sex):
    days = (dob - _dt.date(1899, 12, 31)).days
    body = f"{days:05d}" + _digits(r, 3) + r.choice("13579" if sex == "m" else "02468")
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    chk = sum(int(c) * w[i] for i, c in enumerate(body)) % 11 % 10
    return body + str(chk)


def ru_inn(r):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(9)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(a * b for a, b in zip(w1, d)) % 11 % 10
    d.append(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(a * b for a, b in zip(w2, d)) % 11 % 10
    d.append(c2)
    return "".join(map(str, d))


def il_teudat_zehut(r):
    body = _digits(r, 8, True)
    tot = 0
    for i, ch in enumerate(body):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return body + str((10 - tot % 10) % 10)


def ir_national_code(r):
    while True:
        body = _digits(r, 9, True)
        if len(set(body)) == 1:
            continue
        tot = sum(int(c) * (10 - i) for i, c in enumerate(body))
        rem = tot % 11
        chk = rem if rem < 2 else 11 - rem
        s = body + str(chk)
        return f"{s[:3]}-{s[3:9]}-{s[9]}" if r.random() < 0.4 else s


def fi_hetu(r, dob):
    sep = "-" if dob.year < 2000 else "A"
    ind = f"{r.randint(2, 899):03d}"
    n = int(f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{ind}")
    return f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{sep}{ind}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]


def be_nrn(r, dob, sex):
    yymmdd = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
    ser = r.randint(1, 997)
    if (ser % 2 == 1) != (sex == "m"):
        ser += 1
    body = f"{yymmdd}{ser:03d}"
    base = int(("2" if dob.year >= 2000 else "") + body)
    chk = 97 - base % 97
    return f"{yymmdd[:2]}.{yymmdd[2:4]}.{yymmdd[4:]}-{ser:03d}.{chk:02d}"


def dk_cpr(r, dob):
    return f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}-{_digits(r, 4)}"


def no_fnr(r, dob, sex):
    while True:
        ind = r.randint(0, 499) if dob.year < 2000 else r.randint(500, 999)
        if (ind % 10 % 2 == 1) != (sex == "m"):
            ind = ind + 1 if ind % 10 != 9 else ind - 1
        d = [int(c) for c in f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{ind:03d}"]
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(a * b for a, b in zip(w1, d)) % 11
        if k1 == 11:
            k1 = 0
        if k1 == 10:
            continue
        d.append(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(a * b for a, b in zip(w2, d)) % 11
        if k2 == 11:
            k2 = 0
        if k2 == 10:
            continue
        d.append(k2)
        return "".join(map(str, d))


# ---------------------------------------------------------------- national IDs (rest of world)
def ca_sin(r):
    body = r.choice("1234567") + _digits(r, 7)
    num = body + luhn_check_digit(body)
    return f"{num[:3]} {num[3:6]} {num[6:]}" if r.random() < 0.5 else f"{num[:3]}-{num[3:6]}-{num[6:]}"


def ca_ohip(r):
    body = r.choice("123456789") + _digits(r, 8)
    num = body + luhn_check_digit(body)
    vc = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return f"{num[:4]}-{num[4:7]}-{num[7:]}-{vc}" if r.random() < 0.6 else f"{num} {vc}"


def au_medicare(r):
    body = r.choice("23456") + _digits(r, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    chk = sum(int(c) * w[i] for i, c in enumerate(body)) % 10
    issue = r.choice("123456")
    num = body + str(chk) + issue
    if r.random() < 0.6:
        return f"{num[:4]} {num[4:9]} {num[9]}"
    return num


def au_tfn(r):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = _digits(r, 9, True)
        if sum(int(c) * w[i] for i, c in enumerate(d)) % 11 == 0:
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def in_aadhaar(r):
    body = r.choice("23456789") + _digits(r, 10)
    num = body + verhoeff_check_digit(body)
    return f"{num[:4]} {num[4:8]} {num[8:]}" if r.random() < 0.75 else num


def in_pan(r, surname):
    import unicodedata

    s = unicodedata.normalize("NFKD", surname)
    s = "".join(c for c in s if c.isascii() and c.isalpha()).upper() or "X"
    return "".join(r.choice(UPP) for _ in range(3)) + "P" + s[0] + _digits(r, 4) + r.choice(UPP)


def cn_resident_id(r, dob, sex, region):
    seq = f"{r.randint(0, 99):02d}" + r.choice("13579" if sex == "m" else "02468")
    body = f"{region}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = "10X98765432"[sum(int(c) * w[i] for i, c in enumerate(body)) % 11]
    return body + chk


def kr_rrn(r, dob, sex):
    if dob.year >= 2000:
        g = "3" if sex == "m" else "4"
    else:
        g = "1" if sex == "m" else "2"
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g}{r.randint(0, 9599):04d}" + str(r.randint(0, 9))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(int(c) * w[i] for i, c in enumerate(body)) % 11) % 10
    num = body + str(chk)
    return f"{num[:6]}-{num[6:]}"


def jp_my_number(r):
    body = _digits(r, 11)
    tot = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    rem = tot % 11
    chk = 0 if rem <= 1 else 11 - rem
    num = body + str(chk)
    return f"{num[:4]} {num[4:8]} {num[8:]}" if r.random() < 0.6 else num


def mx_curp(r, given, paternal, maternal, dob, sex, state):
    import unicodedata

    def fold(x):
        x = unicodedata.normalize("NFKD", x.upper())
        return "".join(c for c in x if c.isalpha() and c.isascii())

    p, m, g = fold(paternal), fold(maternal) or "X", fold(given.split()[0])
    vowel = next((c for c in p[1:] if c in "AEIOU"), "X")
    cons = lambda s: next((c for c in s[1:] if c not in "AEIOU"), "X")
    body = (
        p[0]
        + vowel
        + m[0]
        + g[0]
        + f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
        + ("H" if sex == "m" else "M")
        + state
        + cons(p)
        + cons(m)
        + cons(g)
        + (r.choice(DIG) if dob.year < 2000 else r.choice(UPP))
    )
    alph = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"
    tot = sum(alph.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def za_id(r, dob, sex):
    g = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}08"
    return body + luhn_check_digit(body)


def pk_cnic(r, sex):
    last = r.choice("13579" if sex == "m" else "02468")
    return f"{r.choice('1234567')}{_digits(r, 4)}-{_digits(r, 7)}-{last}"


def lk_nic(r, dob, sex):
    doy = dob.timetuple().tm_yday + (500 if sex == "f" else 0)
    if r.random() < 0.5 and dob.year < 2000:
        return f"{dob.year % 100:02d}{doy:03d}{_digits(r, 4)}" + r.choice("VVVX")
    return f"{dob.year}{doy:03d}0{_digits(r, 4)}"


def af_tazkira(r):
    return f"{r.choice(['1398', '1399', '1400', '1401', '1402'])}-{_digits(r, 4)}-{_digits(r, 5)}"


def sy_national_no(r):
    return f"{r.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14'])}{_digits(r, 9)}"


def generic_passport(r, cc):
    cc = cc.upper()
    if cc == "GB":
        return _digits(r, 9, True)
    if cc == "SY":
        return "N" + _digits(r, 9)
    if cc == "AF":
        return "P" + _digits(r, 8)
    if cc == "IR":
        return r.choice("ABEFHKLMNPRSTUVWXYZ") + _digits(r, 8)
    if cc == "UA":
        return r.choice(["FA", "FB", "FC", "FE", "FF", "FH", "FK", "GA"]) + _digits(r, 6)
    if cc == "ER":
        return "P" + _digits(r, 7)
    if cc == "ET":
        return r.choice(["EP", "EQ"]) + _digits(r, 7)
    if cc == "SO":
        return "P" + r.choice(UPP) + _digits(r, 7)
    if cc == "SD":
        return "P" + r.choice("0123456789") + _digits(r, 7)
    if cc == "IN":
        return r.choice("ABCGHJKLMNPRSTUVWZ") + _digits(r, 7)
    if cc == "PK":
        return r.choice(["AB", "AC", "BK", "CP", "DQ"]) + _digits(r, 7)
    if cc == "CN":
        return "E" + _digits(r, 8)
    if cc == "FR":
        return _digits(r, 2) + r.choice(UPP) + r.choice(UPP) + _digits(r, 5)
    if cc == "IT":
        return r.choice(UPP) + r.choice(UPP) + _digits(r, 7)
    if cc == "ES":
        return r.choice(UPP) + r.choice(UPP) + r.choice(UPP) + _digits(r, 6)
    if cc == "PL":
        return r.choice(UPP) + r.choice(UPP) + _digits(r, 7)
    if cc == "DE":
        return de_passport(r)
    if cc == "TR":
        return "U" + _digits(r, 8)
    if cc == "NG":
        return "A" + _digits(r, 8)
    if cc == "IQ":
        return r.choice(["A", "G"]) + _digits(r, 8)
    if cc == "VN":
        return r.choice(["B", "C", "N"]) + _digits(r, 7)
    if cc == "PH":
        return "P" + _digits(r, 7) + r.choice(UPP)
    if cc == "LK":
        return "N" + _digits(r, 7)
    if cc == "RU":
        return _digits(r, 2) + " " + _digits(r, 7)
    if cc == "MX":
        return "G" + _digits(r, 8)
    if cc == "BR":
        return r.choice(UPP) + r.choice(UPP) + _digits(r, 6)
    if cc == "HN":
        return "F" + _digits(r, 6)
    if cc == "GT":
        return _digits(r, 9, True)
    return r.choice(UPP) + _digits(r, 8)


def uk_brp(r):
    return r.choice(["ZU", "ZR", "ZT", "RF", "ZX"]) + r.choice("0123456789X") + _digits(r, 6)


def ng_nin(r):
    return _digits(r, 11, True)


def ke_id(r):
    return _digits(r, 8, True)


def vn_cccd(r):
    return "0" + _digits(r, 11)


def ph_philsys(r):
    d = _digits(r, 16, True)
    return f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"


def sd_national_no(r):
    return _digits(r, 11, True)


def et_fayda(r):
    d = _digits(r, 12, True)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def hn_dni(r):
    return f"{r.choice(['0101', '0501', '0801', '1804'])}-{r.randint(1975, 2008)}-{_digits(r, 5)}"


# ---------------------------------------------------------------- devices and network
def imei(r, spaced=False):
    tac = r.choice(["35", "86", "01", "35", "99"]) + _digits(r, 6)
    body = tac + _digits(r, 6)
    num = body + luhn_check_digit(body)
    if spaced:
        return f"{num[:2]}-{num[2:8]}-{num[8:14]}-{num[14]}"
    return num


def mac(r, sep=None):
    sep = sep if sep is not None else r.choice([":", ":", "-", "."])
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    if r.random() < 0.3:
        b[0] |= 0x02  # locally administered (randomised MAC)
    hx = [f"{x:02x}" for x in b]
    if r.random() < 0.4:
        hx = [h.upper() for h in hx]
    if sep == ".":
        s = "".join(hx)
        return f"{s[:4]}.{s[4:8]}.{s[8:]}"
    return sep.join(hx)


def ipv4(r):
    while True:
        a = r.choice(
            [r.randint(1, 223)] * 3
            + [r.choice([31, 37, 46, 62, 77, 78, 81, 82, 86, 89, 92, 94, 95, 176, 178, 185, 188, 212, 213, 217])]
        )
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    groups = [r.choice(["2a02", "2a01", "2001", "2a00", "2600", "2a0a", "2c0f", "2405", "2804"])]
    groups += [f"{r.randint(0, 0xFFFF):x}" for _ in range(7)]
    if r.random() < 0.5:
        # compress a middle run of groups
        i = r.randint(2, 4)
        return ":".join(groups[:i]) + "::" + ":".join(groups[i + 2 :])
    return ":".join(groups)


def uuid4(r, upper=False):
    h = "".join(r.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return s.upper() if upper else s


def serial(r, pattern):
    """pattern: A = uppercase letter, 9 = digit, X = alnum, other chars literal."""
    out = []
    for ch in pattern:
        if ch == "A":
            out.append(r.choice(UPP))
        elif ch == "9":
            out.append(r.choice(DIG))
        elif ch == "X":
            out.append(r.choice(UPP + DIG))
        else:
            out.append(ch)
    return "".join(out)


def token(r, n, alphabet=string.ascii_letters + DIG):
    return "".join(r.choice(alphabet) for _ in range(n))


def recovery_codes(r, k=None):
    k = k or r.randint(2, 5)
    al = "abcdefghjkmnpqrstuvwxyz23456789"
    return [f"{token(r, 4, al)}-{token(r, 4, al)}" if r.random() < 0.6 else _digits(r, 8) for _ in range(k)]


def au_ihi(r):
    body = "800360" + _digits(r, 9)
    num = body + luhn_check_digit(body)
    return " ".join(num[i : i + 4] for i in range(0, 16, 4))
