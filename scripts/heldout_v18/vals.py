"""Value generators (valid identifiers, phones, IBANs, cards, plates, dates ...).

All generators take a random.Random instance and return V objects (or strings).
Validity is checked with python-stdnum / phonenumbers where a check exists.
"""

from __future__ import annotations

import datetime as dt
import importlib
import string

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PF
from phonenumbers import PhoneNumberType as PT
from stdnum import iban as std_iban
from stdnum import imei as std_imei
from stdnum import luhn

from core import CheckError, V

DIG = string.digits
UP = string.ascii_uppercase
HEX = "0123456789abcdef"


def stdmod(name):
    return importlib.import_module("stdnum." + name)


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def letters(rng, n, pool=UP):
    return "".join(rng.choice(pool) for _ in range(n))


def brute(make, valid, tries=50000):
    for _ in range(tries):
        c = make()
        try:
            if valid(c):
                return c
        except Exception:
            pass
    raise CheckError("brute force exhausted")


# ------------------------------------------------------------------ dates ---
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


def ref_date(rng):
    return dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 1000))


def dob_for_age(rng, age, ref):
    """Random birth date such that the person is exactly `age` on `ref`."""
    latest = (
        ref.replace(year=ref.year - age) if not (ref.month == 2 and ref.day == 29) else dt.date(ref.year - age, 2, 28)
    )
    span = rng.randrange(0, 364)
    d = latest - dt.timedelta(days=span)
    return d


def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def fmt_date(d, style):
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "mdy/":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "ymd/":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "en":
        return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    if style == "en_us":
        return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if style == "de":
        return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    if style in MONTHS:
        return f"{d.day} {MONTHS[style][d.month - 1]} {d.year}"
    raise ValueError(style)


def dob_v(d, style):
    return V(fmt_date(d, style), "DATE_OF_BIRTH")


# ----------------------------------------------------------------- phones ---
NATIVE_DIGITS = {
    "arabic": "٠١٢٣٤٥٦٧٨٩",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
    "deva": "०१२३४५६७८९",
    "tibetan": "༠༡༢༣༤༥༦༧༨༩",
    "bengali": "০১২৩৪৫৬৭৮৯",
}


def to_native(s, script):
    tab = NATIVE_DIGITS[script]
    return "".join(tab[int(c)] if c in DIG else c for c in s)


def phone_number(rng, region, mobile=True):
    t = PT.MOBILE if mobile else PT.FIXED_LINE
    ex = pn.example_number_for_type(region, t) or pn.example_number_for_type(region, PT.FIXED_LINE_OR_MOBILE)
    nsn = pn.national_significant_number(ex)
    cc = ex.country_code
    keep = 2 if len(nsn) > 7 else 1
    for _ in range(5000):
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        num = pn.parse("+" + str(cc) + cand)
        if pn.is_valid_number(num) and pn.region_code_for_number(num) == region:
            return num
    raise CheckError("phone")


def phone(rng, region, mobile=True, style=None, native=None):
    num = phone_number(rng, region, mobile)
    styles = ["intl", "intl", "e164", "national", "national", "00", "intl_dash", "nat_compact", "intl_dot"]
    style = style or rng.choice(styles)
    intl = pn.format_number(num, PF.INTERNATIONAL)
    nat = pn.format_number(num, PF.NATIONAL)
    if style == "intl":
        s = intl
    elif style == "e164":
        s = pn.format_number(num, PF.E164)
    elif style == "national":
        s = nat
    elif style == "00":
        s = "00" + intl[1:]
    elif style == "intl_dash":
        s = intl.replace(" ", "-").replace("--", "-")
        s = "+" + s[1:].replace("-", " ", 1)
    elif style == "intl_dot":
        s = "+" + intl[1:].split(" ", 1)[0] + " " + intl.split(" ", 1)[1].replace(" ", ".").replace("-", ".")
    elif style == "nat_compact":
        s = "".join(c for c in nat if c.isdigit())
    else:
        s = intl
    if native:
        s = to_native(s, native)
    try:
        back = pn.parse(s, region)
        ok = pn.is_valid_number(back) and back.national_number == num.national_number
    except pn.NumberParseException:
        ok = False
    if not ok:
        s = intl if not native else to_native(intl, native)
    return V(s, "PHONE_NUMBER", ("phone", region))


def phone_valid(text, region):
    try:
        n = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(n)


# ------------------------------------------------------------ national IDs ---
def _dd(d):
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"


def nid(rng, scheme, dob=None, female=None, fmt=None, extra=None):
    """Return V(NATIONAL_ID) for a scheme; stdnum-valid where a module exists."""
    dob = dob or dt.date(1980, 1, 1) + dt.timedelta(days=rng.randrange(0, 12000))
    female = rng.random() < 0.5 if female is None else female
    kind = None
    if scheme == "nl.bsn":
        s = brute(lambda: str(rng.randint(1, 9)) + digits(rng, 8), stdmod("nl.bsn").is_valid)
        if rng.random() < 0.3:
            s = f"{s[:4]}.{s[4:6]}.{s[6:]}"
        kind = "nl.bsn"
    elif scheme == "be.nn":
        yymmdd = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
        ser = rng.randrange(1, 997)
        ser = ser if (ser % 2 == 1) != female else ser + 1
        base = yymmdd + f"{ser:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        chk = 97 - n % 97
        s = base + f"{chk:02d}"
        if rng.random() < 0.6:
            s = f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
        kind = "be.nn"
    elif scheme == "ch.ssn":
        s = brute(lambda: "756" + digits(rng, 10), stdmod("ch.ssn").is_valid)
        s = f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"
        kind = "ch.ssn"
    elif scheme == "fr.nir":
        dept = rng.choice(["75", "13", "69", "31", "34", "59", "33", "67", "44", "06", "12", "30", "64", "81"])
        body = (
            ("2" if female else "1")
            + f"{dob.year % 100:02d}{dob.month:02d}"
            + dept
            + f"{rng.randint(1, 990):03d}"
            + f"{rng.randint(1, 999):03d}"
        )
        key = 97 - int(body) % 97
        s = body + f"{key:02d}"
        if rng.random() < 0.6:
            s = f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
        kind = "fr.nir"
    elif scheme == "de.idnr":
        s = brute(lambda: str(rng.randint(1, 9)) + digits(rng, 10), stdmod("de.idnr").is_valid, 200000)
        if rng.random() < 0.5:
            s = f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
        kind = "de.idnr"
    elif scheme == "de.rvnr":
        s = de_rvnr(rng, dob, female, extra or "M")
    elif scheme == "gb.nino":
        first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
        while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            second = rng.choice("ABCEHJKLMNPRSTWXY")
        d6 = digits(rng, 6)
        s = first + second + (f" {d6[:2]} {d6[2:4]} {d6[4:]} " if rng.random() < 0.5 else d6) + rng.choice("ABCD")
    elif scheme == "gb.nhs":
        s = brute(lambda: str(rng.randint(4, 6)) + digits(rng, 9), stdmod("gb.nhs").is_valid)
        if rng.random() < 0.7:
            s = f"{s[:3]} {s[3:6]} {s[6:]}"
        kind = "gb.nhs"
    elif scheme == "ie.pps":
        s = brute(
            lambda: digits(rng, 7) + rng.choice(UP[:23]) + rng.choice(["", "A", "A", "B"]), stdmod("ie.pps").is_valid
        )
        kind = "ie.pps"
    elif scheme == "se.personnummer":
        sep = "-" if rng.random() < 0.7 else ""
        pre = (
            f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
            if rng.random() < 0.6
            else f"{dob.year}{dob.month:02d}{dob.day:02d}"
        )

        def mk():
            g = rng.randint(0, 9)
            g = g if (g % 2 == 0) == female else (g + 1) % 10
            return pre + sep + digits(rng, 2) + str(g) + rng.choice(DIG)

        s = brute(mk, stdmod("se.personnummer").is_valid)
        kind = "se.personnummer"
    elif scheme == "no.fodselsnummer":
        s = brute(
            lambda: _dd(dob) + ("4" if dob.year >= 2000 else "1") + digits(rng, 4), stdmod("no.fodselsnummer").is_valid
        )
        if rng.random() < 0.4:
            s = s[:6] + " " + s[6:]
        kind = "no.fodselsnummer"
    elif scheme == "dk.cpr":
        first = "4" if dob.year >= 2000 else rng.choice("0123")
        s = brute(lambda: _dd(dob) + "-" + first + digits(rng, 3), stdmod("dk.cpr").is_valid)
        kind = "dk.cpr"
    elif scheme == "fi.hetu":
        sign = "A" if dob.year >= 2000 else "-"
        nnn = rng.randint(2, 899)
        nnn = nnn if (nnn % 2 == 0) == female else nnn + 1
        body = _dd(dob) + f"{nnn:03d}"
        s = _dd(dob) + sign + f"{nnn:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body) % 31]
        kind = "fi.hetu"
    elif scheme == "it.codicefiscale":
        cf = stdmod("it.codicefiscale")
        sur = extra or ("XXX", "XXX")
        day = dob.day + (40 if female else 0)
        town = rng.choice(["F979", "I452", "B354", "G113", "A192", "L424", "L483", "G888", "L219", "H501"])
        body = sur[0] + sur[1] + f"{dob.year % 100:02d}" + "ABCDEHLMPRST"[dob.month - 1] + f"{day:02d}" + town
        s = body + cf.calc_check_digit(body)
        kind = "it.codicefiscale"
    elif scheme == "es.dni":
        n = rng.randint(10000000, 79999999)
        s = f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
        if rng.random() < 0.3:
            s = s[:8] + "-" + s[8]
        kind = "es.dni"
    elif scheme == "es.nie":
        p = rng.choice("XYZ")
        n = rng.randint(0, 9999999)
        s = f"{p}{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + f"{n:07d}") % 23]
        kind = "es.nie"
    elif scheme == "pl.pesel":
        mm = dob.month + (20 if dob.year >= 2000 else 0)
        s = brute(lambda: f"{dob.year % 100:02d}{mm:02d}{dob.day:02d}" + digits(rng, 5), stdmod("pl.pesel").is_valid)
        kind = "pl.pesel"
    elif scheme == "ro.cnp":
        g = ("6" if female else "5") if dob.year >= 2000 else ("2" if female else "1")
        s = brute(
            lambda: (
                g + f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}" + f"{rng.randint(1, 46):02d}" + digits(rng, 4)
            ),
            stdmod("ro.cnp").is_valid,
        )
        kind = "ro.cnp"
    elif scheme == "tr.tckimlik":
        tk = stdmod("tr.tckimlik")
        pre = rng.choice(["99", "98"]) if extra == "foreign" else str(rng.randint(1, 9))
        body = pre + digits(rng, 9 - len(pre))
        s = body + tk.calc_check_digits(body)
        kind = "tr.tckimlik"
    elif scheme == "pk.cnic":
        pre = extra or str(rng.randint(1, 7))
        s = brute(
            lambda: (
                pre + digits(rng, 11 - len(pre) + 1) + str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
            ),
            stdmod("pk.cnic").is_valid,
        )
        s = f"{s[:5]}-{s[5:12]}-{s[12]}"
        kind = "pk.cnic"
    elif scheme == "in_.aadhaar":
        s = brute(lambda: str(rng.randint(2, 9)) + digits(rng, 11), stdmod("in_.aadhaar").is_valid)
        if rng.random() < 0.7:
            s = f"{s[:4]} {s[4:8]} {s[8:]}"
        kind = "in_.aadhaar"
    elif scheme == "za.idnr":
        g = rng.randint(5000, 9999) if not female else rng.randint(0, 4999)
        s = brute(
            lambda: f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}08" + rng.choice(DIG),
            stdmod("za.idnr").is_valid,
        )
        kind = "za.idnr"
    elif scheme == "id.nik":
        day = dob.day + (40 if female else 0)
        region = extra or "327301"
        s = brute(
            lambda: region + f"{day:02d}{dob.month:02d}{dob.year % 100:02d}" + f"{rng.randint(1, 999):04d}",
            stdmod("id.nik").is_valid,
        )
        kind = "id.nik"
    elif scheme == "at.vnr":
        s = brute(lambda: str(rng.randint(1, 9)) + digits(rng, 3) + _dd(dob), stdmod("at.vnr").is_valid)
        if rng.random() < 0.5:
            s = s[:4] + " " + s[4:]
        kind = "at.vnr"
    elif scheme == "gr.amka":
        s = brute(lambda: _dd(dob) + digits(rng, 5), stdmod("gr.amka").is_valid)
        kind = "gr.amka"
    elif scheme == "is_.kennitala":
        c = "9" if dob.year < 2000 else "0"
        s = brute(lambda: _dd(dob) + digits(rng, 3) + c, stdmod("is_.kennitala").is_valid)
        s = s[:6] + "-" + s[6:]
        kind = "is_.kennitala"
    elif scheme == "ru.inn":
        s = brute(
            lambda: rng.choice(["02", "15", "14", "77"]) + digits(rng, 10),
            lambda x: len(x) == 12 and stdmod("ru.inn").is_valid(x),
        )
        kind = "ru.inn"
    elif scheme == "ir.melli":
        s = brute(lambda: digits(rng, 10), _ir_melli_ok)
        if rng.random() < 0.4:
            s = f"{s[:3]}-{s[3:9]}-{s[9]}"
    else:
        s = realistic_id(rng, scheme, dob, female)
    return V(s, "NATIONAL_ID", ("stdnum", kind) if kind else ("fmt", scheme))


def _ir_melli_ok(s):
    if len(set(s)) == 1:
        return False
    tot = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    c = int(s[9])
    return (tot < 2 and c == tot) or (tot >= 2 and c == 11 - tot)


def de_rvnr(rng, dob, female, initial):
    area = rng.choice(["12", "13", "15", "18", "23", "24", "28", "42", "53", "65"])
    ser = rng.randint(50, 99) if female else rng.randint(0, 49)
    body = area + _dd(dob) + f"{UP.index(initial.upper()) + 1:02d}" + f"{ser:02d}"
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = 0
    for d, k in zip(body, w):
        p = int(d) * k
        tot += p // 10 + p % 10
    chk = tot % 10
    return f"{area} {_dd(dob)} {initial.upper()} {ser:02d}{chk}"


def realistic_id(rng, scheme, dob, female):
    """Realistic-format identifiers for countries without a stdnum module."""
    y = dob.year
    if scheme == "sy.national":
        return rng.choice(
            ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14"]
        ) + digits(rng, 9)
    if scheme == "sy.passport":
        return "N" + rng.choice(["0", "01", "00"]) + digits(rng, 7)
    if scheme == "af.tazkira":
        return f"{rng.randint(1398, 1402)}-{digits(rng, 4)}-{digits(rng, 5)}"
    if scheme == "af.passport":
        return "P0" + digits(rng, 7)
    if scheme == "er.national":
        return "0" + digits(rng, 6)
    if scheme == "er.passport":
        return rng.choice(["P", "E"]) + digits(rng, 7)
    if scheme == "et.fayda":
        d = digits(rng, 12)
        return f"{d[:4]} {d[4:8]} {d[8:]}" if rng.random() < 0.5 else d
    if scheme == "et.passport":
        return "EP" + digits(rng, 7)
    if scheme == "iq.national":
        d = str(y) + digits(rng, 8)
        return f"{d[:4]} {d[4:8]} {d[8:]}" if rng.random() < 0.5 else d
    if scheme == "iq.passport":
        return rng.choice("ABR") + digits(rng, 8)
    if scheme == "sd.national":
        return digits(rng, 11)
    if scheme == "sd.passport":
        return "P" + digits(rng, 8)
    if scheme == "so.passport":
        return "P" + rng.choice(["00", "01"]) + digits(rng, 6)
    if scheme == "ua.idcard":
        return "00" + digits(rng, 7)
    if scheme == "ua.passport":
        return letters(rng, 2, "ABEFGHKMT") + digits(rng, 6)
    if scheme == "ua.old":
        return letters(rng, 2, "АВЕКМНСТ") + " " + digits(rng, 6)
    if scheme == "ir.passport":
        return rng.choice(["A", "B", "P", "X"]) + digits(rng, 8)
    if scheme == "ge.personal":
        return rng.choice(["01", "08", "12", "19", "35", "59", "61"]) + digits(rng, 9)
    if scheme == "ge.passport":
        return f"{rng.randint(10, 21)}" + letters(rng, 2) + digits(rng, 5)
    if scheme == "lk.nic_old":
        return f"{y % 100:02d}" + f"{(dob.timetuple().tm_yday + (500 if female else 0)):03d}" + digits(rng, 4) + "V"
    if scheme == "lk.nic":
        return str(y) + f"{(dob.timetuple().tm_yday + (500 if female else 0)):03d}" + "0" + digits(rng, 4)
    if scheme == "cd.voter":
        return digits(rng, 8) + letters(rng, 2) + digits(rng, 4) if rng.random() < 0.5 else digits(rng, 10)
    if scheme == "ve.cedula":
        n = rng.randint(9000000, 32000000)
        return "V-" + f"{n:,}".replace(",", ".")
    if scheme == "co.cedula":
        n = rng.randint(10000000, 1100000000)
        return f"{n:,}".replace(",", ".")
    if scheme == "ng.nin":
        return digits(rng, 11)
    if scheme == "bt.cid":
        return rng.choice(["1", "1", "2"]) + rng.choice(["0", "1"]) + digits(rng, 9)
    if scheme == "ph.pcn":
        d = digits(rng, 16)
        return f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"
    if scheme == "ph.psn":
        d = digits(rng, 12)
        return f"{d[:4]}-{d[4:11]}-{d[11]}"
    if scheme == "mw.id":
        return letters(rng, 1) + "".join(rng.choice(UP + DIG) for _ in range(7))
    if scheme == "bw.omang":
        return digits(rng, 4) + ("2" if female else "1") + digits(rng, 4)
    if scheme == "ml.nina":
        return digits(rng, 1) + f"{y % 100:02d}" + digits(rng, 11) + rng.choice(UP)
    if scheme == "cw.sedula":
        return f"{y}{dob.month:02d}{dob.day:02d}" + digits(rng, 2)
    if scheme == "ru.passport":
        return f"{rng.choice(['80', '90', '98', '45', '02'])} {digits(rng, 2)} {digits(rng, 6)}"
    if scheme == "ru.snils":
        d = digits(rng, 9)
        tot = sum(int(c) * (9 - i) for i, c in enumerate(d))
        c = tot % 101
        c = 0 if c in (100, 101) else c
        return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"
    if scheme.endswith(".passport"):
        cc = scheme.split(".")[0]
        if cc == "de":
            return rng.choice("CFGHJK") + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if cc == "gb":
            return str(rng.randint(1, 9)) + digits(rng, 8)
        if cc == "fr":
            return digits(rng, 2) + letters(rng, 2) + digits(rng, 5)
        if cc == "nl":
            return (
                letters(rng, 2, "NPBFCDHJKLMRSTUVWXYZ")
                + "".join(rng.choice("NPRSTUVWXYZ0123456789") for _ in range(6))
                + str(rng.randint(1, 9))
            )
        if cc == "ch":
            return rng.choice("XSFG") + digits(rng, 7)
        if cc == "it":
            return letters(rng, 2) + digits(rng, 7)
        if cc == "ng":
            return "A" + digits(rng, 8)
        if cc == "tr":
            return "U" + digits(rng, 8)
        return rng.choice(UP) + digits(rng, 8)
    # driving licences
    if scheme == "de.dl":
        return (
            rng.choice("BFJKN")
            + digits(rng, 3)
            + letters(rng, 3)
            + digits(rng, 1)
            + rng.choice(UP + DIG)
            + digits(rng, 2)
        )
    if scheme == "fr.dl":
        return digits(rng, 2) + letters(rng, 2) + digits(rng, 5) if rng.random() < 0.5 else digits(rng, 12)
    if scheme == "nl.dl":
        return "5" + digits(rng, 9)
    if scheme == "ch.dl":
        return digits(rng, 6) + "00" + str(rng.randint(1, 9)) + digits(rng, 3)
    if scheme == "it.dl":
        return rng.choice(["U1", "MI", "RM", "TO", "CA"]) + digits(rng, 7) + rng.choice(UP)
    if scheme == "es.dl":
        n = rng.randint(10000000, 79999999)
        return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    if scheme == "be.dl":
        return digits(rng, 10)
    if scheme == "at.dl":
        return digits(rng, 8)
    if scheme == "ie.dl":
        return digits(rng, 3) + digits(rng, 6)
    if scheme == "pl.dl":
        return f"{digits(rng, 5)}/{y % 100:02d}/{digits(rng, 4)}"
    if scheme == "se.dl":
        return digits(rng, 8)
    raise ValueError(scheme)


def gb_driving_licence(rng, surname_ascii, given_ascii, dob, female):
    s = "".join(c for c in surname_ascii.upper() if c.isalpha())[:5].ljust(5, "9")
    m = dob.month + (50 if female else 0)
    body = s + str(dob.year % 100 // 10) + f"{m:02d}{dob.day:02d}" + str(dob.year % 10)
    ini = given_ascii[:1].upper() + "9"
    return V(
        body + ini + str(rng.randint(0, 9)) + letters(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ"),
        "NATIONAL_ID",
        ("fmt", "gb.dl"),
    )


# --------------------------------------------------------------------- IBAN ---
IBAN_BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "ASNB"],
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
}
IBAN_LEN = {
    "DE": 18,
    "AT": 16,
    "CH": 17,
    "FR": 23,
    "BE": 12,
    "ES": 20,
    "IT": 23,
    "LU": 16,
    "PL": 24,
    "SE": 20,
    "NO": 11,
    "DK": 14,
    "FI": 14,
    "PT": 21,
    "IS": 22,
}


def iban(rng, cc, grouped=None):
    def mk():
        if cc in ("GB", "IE"):
            bban = rng.choice(IBAN_BANKS[cc]) + digits(rng, 14)
        elif cc == "NL":
            bban = rng.choice(IBAN_BANKS[cc]) + digits(rng, 10)
        elif cc == "IT":
            bban = rng.choice(UP) + digits(rng, 10) + digits(rng, 12)
        elif cc == "BE":
            b = digits(rng, 10)
            k = int(b) % 97 or 97
            bban = b + f"{k:02d}"
        else:
            bban = digits(rng, IBAN_LEN[cc])
        body = bban + cc + "00"
        num = int("".join(str(int(c, 36)) for c in body))
        chk = 98 - num % 97
        return cc + f"{chk:02d}" + bban

    s = brute(mk, std_iban.is_valid, 200000)
    grouped = rng.random() < 0.65 if grouped is None else grouped
    if grouped:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return V(s, "IBAN_CODE", ("iban",))


# ------------------------------------------------------------ payment cards ---
def card(rng, masked=None, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "maestro"])
    if brand == "visa":
        pre, n = "4" + digits(rng, 5), 16
    elif brand == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
        pre = pre + digits(rng, 6 - len(pre))
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    elif brand == "maestro":
        pre, n = rng.choice(["6759", "6761", "5018"]) + digits(rng, 2), 16
    else:
        pre, n = "6011" + digits(rng, 2), 16
    body = pre + digits(rng, n - 7)
    full = body + luhn.calc_check_digit(body)
    masked = rng.random() < 0.35 if masked is None else masked
    if masked:
        m = full[:6] + "*" * (n - 10) + full[-4:]
        ch = rng.choice(["*", "*", "X", "x", "•"])
        m = m.replace("*", ch)
        if n == 16 and rng.random() < 0.6:
            m = " ".join(m[i : i + 4] for i in range(0, 16, 4))
        return V(m, "CREDIT_CARD", ("masked", full[:6], full[-4:]))
    sep = rng.choice([" ", " ", "-", ""])
    if n == 16:
        s = sep.join(full[i : i + 4] for i in range(0, 16, 4))
    else:
        s = sep.join([full[:4], full[4:10], full[10:]])
    return V(s, "CREDIT_CARD", ("luhn",))


# ---------------------------------------------------------------- devices ---
TACS = ["35209900", "35332510", "86769104", "35391110", "35875011", "01326300", "35684610", "86891203"]


def imei(rng, fmt=None):
    body = rng.choice(TACS) + digits(rng, 6)
    s = body + luhn.calc_check_digit(body)
    if (fmt or rng.random()) and rng.random() < 0.3:
        s = f"{s[:2]}-{s[2:8]}-{s[8:14]}-{s[14]}"
    return V(s, "DEVICE_ID", ("imei",))


def uuid4(rng, upper=False):
    h = "".join(rng.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return s.upper() if upper else s


def device_id(rng, kind=None):
    kind = kind or rng.choice(["adid", "idfa", "android", "serial", "dashcam", "imei"])
    if kind == "imei":
        return imei(rng)
    if kind == "adid":
        s = uuid4(rng)
    elif kind == "idfa":
        s = uuid4(rng, True)
    elif kind == "android":
        s = "".join(rng.choice(HEX) for _ in range(16))
    elif kind == "serial":
        s = rng.choice(["C02", "F2L", "DMP", "G6T", "R58", "SN"]) + "".join(rng.choice(UP + DIG) for _ in range(9))
    elif kind == "dashcam":
        s = (
            rng.choice(["NB", "VT", "BX", "GM"])
            + digits(rng, 2)
            + "-"
            + "".join(rng.choice(UP + DIG) for _ in range(4))
            + "-"
            + digits(rng, 5)
        )
    elif kind == "obd":
        s = "TLM" + digits(rng, 10)
    else:
        s = "".join(rng.choice(UP + DIG) for _ in range(12))
    return V(s, "DEVICE_ID", ("dev", kind))


def mac(rng, style=None):
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    style = style or rng.choice([":", ":", "-", "."])
    if style == ".":
        h = "".join(f"{x:02x}" for x in b)
        s = f"{h[:4]}.{h[4:8]}.{h[8:]}"
    else:
        s = style.join(f"{x:02X}" if rng.random() < 0.5 and style == "-" else f"{x:02x}" for x in b)
    return V(s, "MAC_ADDRESS", ("mac",))


def ipv4(rng):
    while True:
        a = rng.choice(
            [31, 37, 46, 62, 77, 78, 81, 85, 88, 91, 93, 95, 109, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217]
        )
        s = f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        return V(s, "IP_ADDRESS", ("ip",))


def ipv6(rng):
    pre = rng.choice(["2a02", "2a01", "2001", "2a00", "2003", "2a0a"])
    parts = [pre, f"{rng.randrange(0x100, 0xFFFF):x}"] + [f"{rng.randrange(0, 0xFFFF):x}" for _ in range(6)]
    if rng.random() < 0.5:
        s = ":".join(parts[:4]) + "::" + ":".join(parts[6:])
    else:
        s = ":".join(parts)
    return V(s, "IP_ADDRESS", ("ip",))


def ip(rng):
    return ipv4(rng) if rng.random() < 0.75 else ipv6(rng)


# ------------------------------------------------------------ credentials ---
PW_WORDS = [
    "Sommer",
    "Kaffee",
    "Sonnenblume",
    "Mistral",
    "Kiwi",
    "Polarlicht",
    "Fjord",
    "Tulpe",
    "Zebra",
    "Lavande",
    "Gelato",
    "Bergsee",
    "Harbour",
    "Citron",
    "Falke",
    "Moana",
    "Quokka",
    "Kestrel",
    "Mango",
    "Taigа".replace("а", "a"),
    "Nordlys",
    "Pampas",
    "Cobalt",
    "Saffron",
]


def password(rng):
    w = rng.choice(PW_WORDS)
    style = rng.random()
    if style < 0.35:
        s = w + rng.choice(["!", "#", "$", "%", "&", "*", "_"]) + digits(rng, rng.randint(2, 4))
    elif style < 0.6:
        s = w.lower() + digits(rng, 2) + rng.choice(["@", "#", "+"]) + rng.choice(PW_WORDS)
    elif style < 0.8:
        pool = string.ascii_letters + DIG + "#$%&*+-=@^_~"
        s = "".join(rng.choice(pool) for _ in range(rng.randint(10, 18)))
    else:
        s = (
            w[0]
            + digits(rng, 1)
            + w[1:].lower()
            + rng.choice(["-", "_", "."])
            + rng.choice(PW_WORDS).upper()[:4]
            + digits(rng, 2)
        )
    while s[-1] in ".,;:!?'\"" or s[0] in ".,;:!?'\"":
        s = s + digits(rng, 1) if s[-1] in ".,;:!?'\"" else "x" + s
    return V(s, "CREDENTIAL", ("cred",))


def token(rng, kind=None):
    kind = kind or rng.choice(["hex32", "hex40", "b64", "pref"])
    if kind == "hex32":
        s = "".join(rng.choice(HEX) for _ in range(32))
    elif kind == "hex40":
        s = "".join(rng.choice(HEX) for _ in range(40))
    elif kind == "b64":
        pool = string.ascii_letters + DIG + "-_"
        s = "".join(rng.choice(pool) for _ in range(rng.choice([32, 40, 43])))
        s = s.strip("-_") or "a" + s
    else:
        pool = string.ascii_letters + DIG
        s = (
            rng.choice(["tk", "key", "api", "sess", "acc"])
            + "_"
            + "".join(rng.choice(pool) for _ in range(rng.choice([24, 32])))
        )
    return V(s, "CREDENTIAL", ("cred",))


def pin(rng, n=None):
    return V(digits(rng, n or rng.choice([4, 4, 5, 6])), "CREDENTIAL", ("cred",))


# ------------------------------------------------------------ coordinates ---
BOXES = {
    "DE": (47.6, 54.6, 6.2, 14.8),
    "FR": (43.2, 50.8, -1.4, 7.5),
    "CH": (46.0, 47.7, 6.1, 10.3),
    "GB": (50.4, 55.6, -3.9, 1.5),
    "NL": (51.5, 53.3, 4.2, 6.9),
    "BE": (49.7, 51.3, 2.7, 6.2),
    "AT": (46.6, 48.9, 9.8, 16.9),
    "IT": (38.2, 46.4, 7.5, 16.5),
    "ES": (36.8, 43.5, -8.5, 2.9),
    "IE": (51.7, 55.2, -9.9, -6.1),
    "SE": (55.5, 63.5, 12.0, 19.0),
    "NO": (58.2, 69.8, 5.5, 30.0),
    "DK": (54.8, 57.6, 8.2, 12.6),
    "PL": (49.5, 54.4, 14.5, 23.8),
    "FI": (60.2, 65.0, 22.0, 29.5),
    "GR": (36.9, 40.8, 20.8, 25.9),
    "TR": (36.5, 41.5, 27.0, 42.0),
    "SY": (32.8, 36.8, 35.9, 41.0),
    "AF": (31.0, 36.5, 62.0, 70.5),
    "UA": (46.5, 51.5, 23.0, 39.5),
    "IQ": (30.5, 36.9, 39.5, 47.5),
    "SD": (10.5, 18.0, 24.0, 36.0),
    "LY": (30.0, 32.8, 11.0, 24.0),
    "GL": (60.0, 70.0, -52.0, -45.0),
}


def coords(rng, cc, style=None):
    la0, la1, lo0, lo1 = BOXES[cc]
    la = rng.uniform(la0, la1)
    lo = rng.uniform(lo0, lo1)
    style = style or rng.choice(["dec", "dec", "decns", "dms", "compact"])
    if style == "dec":
        s = f"{la:.5f}, {lo:.5f}"
    elif style == "compact":
        s = f"{la:.6f},{lo:.6f}"
    elif style == "decns":
        s = f"{abs(la):.4f}° {'N' if la >= 0 else 'S'}, {abs(lo):.4f}° {'E' if lo >= 0 else 'W'}"
    else:

        def dms(x, pos, neg):
            a = abs(x)
            d = int(a)
            m = int((a - d) * 60)
            sec = (a - d - m / 60) * 3600
            return f"{d}°{m:02d}′{sec:04.1f}″{pos if x >= 0 else neg}"

        s = dms(la, "N", "S") + " " + dms(lo, "E", "W")
    return V(s, "GEO_COORDINATES", ("geo",))


# ----------------------------------------------------------------- plates ---
PLATE_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def plate(rng, cc):
    L = lambda n: letters(rng, n, PLATE_LET)  # noqa: E731
    D = lambda n: digits(rng, n)  # noqa: E731
    if cc == "GB":
        s = (
            L(2)
            + f"{rng.choice(['15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '65', '66', '67', '68', '69', '70', '71', '72', '73', '74'])} "
            + L(3)
        )
    elif cc == "DE":
        s = (
            rng.choice(["B", "M", "HH", "K", "F", "S", "DO", "BI", "L", "HB", "KA", "MZ", "FR"])
            + rng.choice(["-", " "])
            + L(rng.randint(1, 2))
            + " "
            + str(rng.randint(1, 9999))
        )
    elif cc == "FR":
        s = L(2) + "-" + D(3) + "-" + L(2)
    elif cc == "NL":
        s = rng.choice(
            [f"{D(2)}-{L(3)}-{D(1)}", f"{L(2)}-{D(3)}-{L(1)}", f"{D(1)}-{L(3)}-{D(2)}", f"{L(1)}-{D(3)}-{L(2)}"]
        )
    elif cc == "CH":
        s = (
            rng.choice(["ZH", "BE", "VD", "GE", "AG", "SG", "LU", "TI", "BS", "VS", "FR"])
            + " "
            + str(rng.randint(1000, 999999))
        )
    elif cc == "IT":
        s = L(2) + " " + D(3) + L(2) if rng.random() < 0.5 else L(2) + D(3) + L(2)
    elif cc == "ES":
        s = D(4) + " " + letters(rng, 3, "BCDFGHJKLMNPRSTVWXYZ")
    elif cc == "BE":
        s = f"{rng.randint(1, 2)}-{L(3)}-{D(3)}"
    elif cc == "AT":
        s = rng.choice(["W", "G", "L", "S", "I", "K", "GU", "LL", "BR"]) + "-" + str(rng.randint(10, 99999)) + L(1)
    elif cc == "PL":
        s = rng.choice(["WA", "KR", "PO", "GD", "WR", "LU", "SK"]) + " " + D(5)
    elif cc == "SE":
        s = L(3) + " " + D(2) + rng.choice(PLATE_LET + DIG)
    elif cc == "NO":
        s = rng.choice(["EL", "EK", "AB", "DN", "SV", "ZT", "VH"]) + " " + D(5)
    elif cc == "DK":
        s = L(2) + " " + D(2) + " " + D(3)
    elif cc == "IE":
        s = f"{rng.choice(['191', '201', '211', '221', '231', '241', '152', '182'])}-{rng.choice(['D', 'C', 'G', 'L', 'KY', 'WX', 'MO', 'DL'])}-{rng.randint(1, 29999)}"
    elif cc == "LU":
        s = L(2) + " " + D(4)
    elif cc == "PT":
        s = f"{L(2)}-{D(2)}-{L(2)}"
    elif cc == "CZ":
        s = f"{rng.randint(1, 9)}{rng.choice('ABCEHJKLMPSTUZ')}{rng.randint(1, 9)} {D(4)}"
    elif cc == "UA":
        s = rng.choice(["AA", "KA", "AX", "BC", "AE", "BH"]) + " " + D(4) + " " + letters(rng, 2, "ABCEHIKMOPTX")
    elif cc == "TR":
        s = f"{rng.randint(1, 81):02d} {L(rng.randint(1, 3))} {rng.randint(10, 9999)}"
    elif cc == "GR":
        s = letters(rng, 3, "ABEHIKMNOPTXYZ") + "-" + D(4)
    elif cc == "FI":
        s = L(3) + "-" + str(rng.randint(1, 999))
    else:
        s = L(2) + " " + D(4)
    return V(s, "VEHICLE_PLATE", ("plate", cc))


# --------------------------------------------------------------- US values ---
def us_ssn(rng, sep="-"):
    def mk():
        a = rng.randint(1, 899)
        while a == 666:
            a = rng.randint(1, 899)
        return f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"

    s = brute(mk, lambda x: stdmod("us.ssn").is_valid(x.replace(" ", "-")))
    return V(s, "US_SSN", ("us.ssn",))


def us_itin(rng):
    s = brute(
        lambda: (
            f"9{digits(rng, 2)}-{rng.choice(['70', '71', '72', '73', '78', '80', '81', '83', '88', '90', '91', '92', '94', '95', '96', '97', '98', '99'])}-{digits(rng, 4)}"
        ),
        stdmod("us.itin").is_valid,
    )
    return V(s, "US_ITIN", ("us.itin",))


def aba(rng):
    s = brute(
        lambda: rng.choice(["0", "1", "2", "3"]) + str(rng.randint(1, 9)) + digits(rng, 7), stdmod("us.rtn").is_valid
    )
    return V(s, "ABA_ROUTING_NUMBER", ("us.rtn",))


def us_bank(rng):
    return V(digits(rng, rng.choice([9, 10, 11, 12])), "US_BANK_NUMBER", None)


def us_passport(rng):
    return V(
        rng.choice([str(rng.randint(1, 9)) + digits(rng, 8), rng.choice("ACEFGHJKLMN") + digits(rng, 8)]),
        "US_PASSPORT",
        None,
    )


def us_dl(rng, state=None):
    state = state or rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "MA"])
    if state == "CA":
        s = rng.choice(UP) + digits(rng, 7)
    elif state == "NY":
        s = digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3)
    elif state == "TX":
        s = digits(rng, 8)
    elif state == "FL":
        s = (
            rng.choice(UP)
            + digits(rng, 3)
            + "-"
            + digits(rng, 3)
            + "-"
            + digits(rng, 2)
            + "-"
            + digits(rng, 3)
            + "-"
            + digits(rng, 1)
        )
    elif state == "IL":
        s = rng.choice(UP) + digits(rng, 3) + "-" + digits(rng, 4) + "-" + digits(rng, 4)
    elif state == "WA":
        s = "WDL" + "".join(rng.choice(UP + DIG) for _ in range(9))
    else:
        s = "S" + digits(rng, 8)
    return V(s, "US_DRIVER_LICENSE", ("us.dl", state)), state


# ------------------------------------------------------------- validity ---
def kind_ok(text, label, kind):
    """Internal validity check for a span given its generator metadata."""
    if kind is None:
        return True
    k0 = kind[0]
    try:
        if k0 == "phone":
            return phone_valid(text, kind[1])
        if k0 == "stdnum":
            return stdmod(kind[1]).is_valid(text)
        if k0 == "iban":
            return std_iban.is_valid(text)
        if k0 == "luhn":
            return luhn.is_valid("".join(c for c in text if c.isdigit()))
        if k0 == "masked":
            ds = "".join(c for c in text if c.isdigit())
            return ds.startswith(kind[1]) and ds.endswith(kind[2]) and len(ds) == 10
        if k0 == "imei":
            return std_imei.is_valid(text)
        if k0 in ("us.ssn", "us.itin", "us.rtn"):
            return stdmod(k0).is_valid(text.replace(" ", "-"))
    except Exception:
        return False
    return True
