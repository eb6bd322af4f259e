"""Shared helpers: span-tracking document builder, people, addresses, phones, dates."""

import datetime
import re
import unicodedata

import ids
from pools import NAMES, PLACES, STREETS, EMAIL_DOMAINS, USER_WORDS, COUNTRY_NAME

# label constants
PER, USER, EMAIL, PHONE, ADDR, LOC, GEO = (
    "PERSON",
    "USERNAME",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "LOCATION",
    "GEO_COORDINATES",
)
DOB, AGE, MINOR, NID, SSN, ITIN, USPP, USDL = (
    "DATE_OF_BIRTH",
    "AGE",
    "MINOR_AGE",
    "NATIONAL_ID",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
)
CC, IBAN, BANK, ABA, IP, MAC, DEV, URL = (
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "URL",
)
CRED, PLATE, MED, GEN, CRIM, ETH, ORI, GID = (
    "CREDENTIAL",
    "VEHICLE_PLATE",
    "MEDICAL_CONDITION",
    "GENETIC_DATA",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
)

LABELS = [
    PER,
    USER,
    EMAIL,
    PHONE,
    ADDR,
    LOC,
    GEO,
    DOB,
    AGE,
    MINOR,
    NID,
    SSN,
    ITIN,
    USPP,
    USDL,
    CC,
    IBAN,
    BANK,
    ABA,
    IP,
    MAC,
    DEV,
    URL,
    CRED,
    PLATE,
    MED,
    GEN,
    CRIM,
    ETH,
    ORI,
    GID,
]

_PH = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class Doc:
    """Builds text and records spans as pieces are appended."""

    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, s, label):
        if label:
            assert s == s.strip() and s, repr(s)
            self.spans.append({"start": self.n, "end": self.n + len(s), "label": label, "text": s})
        return self.t(s)

    def add(self, v):
        if v is None:
            return self
        if isinstance(v, str):
            return self.t(v)
        if isinstance(v, tuple):
            return self.e(v[0], v[1])
        for x in v:
            self.add(x)
        return self

    def f(self, tmpl, **kw):
        pos = 0
        for m in _PH.finditer(tmpl):
            self.t(tmpl[pos : m.start()])
            self.add(kw[m.group(1)])
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def text(self):
        return "".join(self.parts)


def upper(frag):
    if isinstance(frag, str):
        return frag.upper()
    if isinstance(frag, tuple):
        return (frag[0].upper(), frag[1])
    return [upper(x) for x in frag]


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae").replace("œ", "oe")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ----------------------------------------------------------------------------- people
FAMILY_FIRST_LATIN = {"zh", "vi", "ko"}
FAMILY_FIRST_NATIVE = {"zh", "vi", "ko", "ja"}


class Person:
    def __init__(self, loc, female, first, last, nfirst=None, nlast=None, middle=""):
        self.loc, self.female = loc, female
        self.first, self.last, self.middle = first, last, middle
        self.nfirst, self.nlast = nfirst, nlast

    def full(self, order=None):
        fam_first = (self.loc in FAMILY_FIRST_LATIN) if order is None else order == "lf"
        if self.loc == "vi":
            mid = fold(self.middle)
            return (
                " ".join(x for x in [self.last, mid, self.first] if x)
                if fam_first
                else " ".join(x for x in [self.first, self.last] if x)
            )
        return "%s %s" % ((self.last, self.first) if fam_first else (self.first, self.last))

    def native(self):
        if not self.nfirst:
            return self.full()
        if self.loc in ("ja", "zh"):
            return self.nlast + self.nfirst
        if self.loc == "ko":
            return self.nlast + self.nfirst
        if self.loc == "vi":
            return " ".join(x for x in [self.nlast, self.middle, self.nfirst] if x)
        return "%s %s" % (self.nfirst, self.nlast)

    def formal(self):
        """'LAST, First' style."""
        return "%s, %s" % (self.last.upper(), self.first)

    def initial(self):
        return "%s. %s" % (self.first[0], self.last)

    def ascii_first(self):
        return fold(self.first).replace("'", "").replace(" ", "")

    def ascii_last(self):
        return fold(self.last).replace("'", "").replace(" ", "").replace("-", "")


def _pick(rng, lst):
    return rng.choice(lst)


def person(rng, loc, female=None):
    if female is None:
        female = rng.random() < 0.5
    pool = NAMES[loc]
    f = _pick(rng, pool["f" if female else "m"])
    l = _pick(rng, pool["l"])
    nf = nl = None
    if "|" in f:
        f, nf = f.split("|")
    if "|" in l:
        l, nl = l.split("|")
    if "/" in l:
        a, b = l.split("/")
        l = b if female else a
    if nl and "/" in nl:
        a, b = nl.split("/")
        nl = b if female else a
    middle = ""
    if loc == "vi":
        middle = "Thị" if female else rng.choice(["Văn", "Đức", "Quốc", "Minh"])
        if fold(middle) == f:
            middle = "Văn"
    return Person(loc, female, f, l, nf, nl, middle)


def local_person(rng, cc, female=None):
    loc = {
        "GB": "en",
        "US": "en",
        "CA": "en",
        "AU": "en",
        "IE": "en",
        "DE": "de",
        "CH": "de",
        "FR": "fr",
        "ES": "es",
        "IT": "it",
        "NL": "nl",
        "PL": "pl",
        "BR": "pt",
        "TR": "tr",
        "SE": "sv",
        "JP": "ja",
        "KR": "ko",
        "CN": "zh",
        "IN": "hi",
        "RU": "ru",
        "GR": "el",
    }[cc]
    if cc == "CA" and rng.random() < 0.25:
        loc = "fr"
    if cc in ("GB", "US", "CA", "AU") and rng.random() < 0.15:
        loc = rng.choice(["hi", "pl", "yo", "zh", "ar", "es", "ur", "ko", "vi"])
    if cc == "CH" and rng.random() < 0.3:
        loc = rng.choice(["fr", "it"])
    if cc == "DE" and rng.random() < 0.15:
        loc = rng.choice(["tr", "pl", "ru", "ar"])
    if cc == "IN" and rng.random() < 0.3:
        loc = rng.choice(["ta", "bn"])
    return person(rng, loc, female)


# ----------------------------------------------------------------------------- contact
def email_for(rng, p, cc="XX", obfuscate=False):
    f, l = p.ascii_first().lower(), p.ascii_last().lower()
    k = rng.randint(0, 7)
    if k == 0:
        local = "%s.%s" % (f, l)
    elif k == 1:
        local = "%s%s%d" % (f, l, rng.randint(1, 99))
    elif k == 2:
        local = "%s.%s" % (f[0], l)
    elif k == 3:
        local = "%s_%s%d" % (f, l[:3], rng.randint(70, 2012))
    elif k == 4:
        local = "%s%s" % (l, f[0])
    elif k == 5:
        local = "%s.%s%d" % (f, rng.choice(USER_WORDS), rng.randint(1, 999))
    elif k == 6:
        local = "%s%s" % (f, l[:1])
    else:
        local = "%s-%s" % (l, f)
    dom = rng.choice(EMAIL_DOMAINS.get(cc, EMAIL_DOMAINS["XX"]))
    if obfuscate:
        host, tld = dom.split(".", 1)
        return rng.choice(
            [
                "%s at %s dot %s" % (local, host, tld.replace(".", " dot ")),
                "%s [at] %s [dot] %s" % (local, host, tld.replace(".", " [dot] ")),
                "%s(at)%s" % (local, dom),
                "%s @ %s" % (local, dom),
            ]
        )
    return "%s@%s" % (local, dom)


def username(rng, p=None):
    k = rng.randint(0, 6)
    w = rng.choice(USER_WORDS)
    if p is not None and k < 3:
        f = p.ascii_first().lower()
        return rng.choice(
            [
                "%s%d" % (f, rng.randint(1, 2009)),
                "%s_%s" % (f, w),
                "%s.%s" % (f, p.ascii_last().lower()[:4]),
                "x%sx" % f,
                "%s_%s%d" % (w, f, rng.randint(1, 99)),
            ]
        )
    w2 = rng.choice(USER_WORDS)
    return rng.choice(
        [
            "%s_%s%d" % (w, w2, rng.randint(1, 99)),
            "%s%s" % (w.capitalize(), w2.capitalize()),
            "%s.%s" % (w, w2),
            "the%s%d" % (w, rng.randint(10, 999)),
            "%s%s%s" % (w, w2, rng.choice(["_", "x", "__"])),
            "%s_%d" % (w2, rng.randint(2000, 2013)),
        ]
    )


_AREA = {
    "US": "212 312 415 503 614 713 617 404 206 305 702 512 919 720 480 216 412 813 407 773 734 210 602 916 651 508 303 718 347 510 559 520 518 608 509 912".split(),
    "CA": "416 647 613 514 438 418 604 778 250 403 587 780 204 902 306 905 519 819".split(),
}

PHONE_PAT = {
    "GB": [
        "07MQX XXXXXX",
        "+44 7MQX XXXXXX",
        "+447MQXXXXXXX",
        "07MQX-XXX-XXX",
        "07MQXXXXXXX",
        "0113 2XX XXXX",
        "0161 4XX XXXX",
        "020 7XXX XXXX",
        "(0117) 9XX XXXX",
        "+44 (0)7MQX XXXXXX",
    ],
    "US": [
        "(AAA) NXX-XXXX",
        "AAA-NXX-XXXX",
        "+1 AAA NXX XXXX",
        "AAA.NXX.XXXX",
        "+1 (AAA) NXX-XXXX",
        "1-AAA-NXX-XXXX",
        "AAANXXXXXX",
    ],
    "CA": ["(AAA) NXX-XXXX", "AAA-NXX-XXXX", "+1 AAA NXX XXXX", "AAA.NXX.XXXX", "+1-AAA-NXX-XXXX"],
    "DE": [
        "0151 XXXXXXXX",
        "+49 151 XXXXXXXX",
        "0176 XXXXXXX",
        "+49 (0)171 XXXXXXX",
        "030 XXXXXXXX",
        "089 XXXXXXX",
        "0160/XXXXXXX",
        "+4917XXXXXXXXX",
    ],
    "FR": [
        "06 QX XX XX XX",
        "07 FX XX XX XX",
        "+33 6 QX XX XX XX",
        "+33 (0)7 FX XX XX XX",
        "06.QX.XX.XX.XX",
        "01 4X XX XX XX",
        "06QXXXXXXX",
    ],
    "ES": ["6XX XX XX XX", "+34 6XX XXX XXX", "6XXXXXXXX", "91 XXX XX XX", "+34 6XX XX XX XX"],
    "IT": ["3NX XXX XXXX", "+39 3NX XXX XXXX", "3NXXXXXXXX", "02 XXXX XXXX", "+39 06 XXXX XXXX"],
    "NL": ["06-QXXXXXXX", "+31 6 QXXXXXXX", "06 QX XX XX XX", "020-NXX XXXX", "+31 (0)6 QXXX XXXX"],
    "PL": ["5XX XXX XXX", "+48 5XX XXX XXX", "6XX-XXX-XXX", "7XXXXXXXX", "+48 22 XXX XX XX", "88X XXX XXX"],
    "AU": ["04ZX XXX XXX", "+61 4ZX XXX XXX", "04ZXXXXXXX", "(02) 9XXX XXXX", "(03) 9XXX XXXX", "+61 2 9XXX XXXX"],
    "IN": ["+91 9XXXX XXXXX", "9XXXXXXXXX", "+91-8XXXXXXXXX", "7XXXX XXXXX", "080 XXXX XXXX", "+91 6XXXX XXXXX"],
    "BR": ["(11) 9XXXX-XXXX", "+55 21 9XXXX-XXXX", "(31) 9XXXX XXXX", "+55 (41) 9XXXX-XXXX", "11 9XXXXXXXX"],
    "TR": ["053X XXX XX XX", "+90 54X XXX XX XX", "055XXXXXXXX", "0 (53X) XXX XX XX", "0212 XXX XX XX"],
    "SE": ["070-XXX XX XX", "+46 70 XXX XX XX", "073-XXXXXXX", "08-XXX XXX XX"],
    "CH": ["079 XXX XX XX", "+41 79 XXX XX XX", "076 XXX XX XX", "044 XXX XX XX", "+41 78 XXX XX XX"],
    "JP": [
        "090-NXXX-XXXX",
        "080-NXXX-XXXX",
        "070-NXXX-XXXX",
        "+81 90-NXXX-XXXX",
        "03-NXXX-XXXX",
        "06-NXXX-XXXX",
        "090NXXXXXXX",
    ],
    "KR": ["010-NXXX-XXXX", "+82 10-NXXX-XXXX", "010NXXXXXXX", "02-NXX-XXXX", "+82-10-NXXX-XXXX"],
    "CN": ["13X XXXX XXXX", "+86 13XXXXXXXXX", "15FXXXXXXXX", "18X-XXXX-XXXX", "+86 177 XXXX XXXX", "021-NXXXXXXX"],
    "RU": ["+7 9XX XXX-XX-XX", "8 (9XX) XXX-XX-XX", "89XXXXXXXXX", "+7 (9XX) XXX XX XX", "+79XXXXXXXXX"],
    "UA": [
        "+380 67 XXX XX XX",
        "+380 50 XXX XXXX",
        "067-XXX-XX-XX",
        "050 XXX XX XX",
        "093XXXXXXX",
        "+38 098 XXX XX XX",
        "+380 63 XXX XX XX",
    ],
    "GR": ["69X XXX XXXX", "+30 69X XXX XXXX", "69XXXXXXXX", "210 XXX XXXX"],
    "EG": ["010 XXXX XXXX", "011XXXXXXXX", "+20 12 XXXX XXXX", "0122 XXX XXXX"],
    "JO": ["079 NXX XXXX", "079NXXXXXX", "+962 79 NXX XXXX"],
    "LB": ["03 XXX XXX", "+961 71 XXX XXX", "70XXXXXX"],
    "PK": ["030X-XXXXXXX", "03ZX XXXXXXX", "+92 3ZX XXXXXXX", "0321XXXXXXX"],
    "IR": ["0912 XXX XXXX", "091XXXXXXXX", "+98 912 XXX XXXX", "0935-XXX-XXXX"],
    "BD": ["017XX-XXXXXX", "+880 17XX-XXXXXX", "019XXXXXXXX", "018 XXXX XXXX"],
    "VN": ["09XX XXX XXX", "03N XXX XXXX", "+84 9X XXX XX XX", "09XX.XXX.XXX", "08NXXXXXXX"],
    "TH": ["08X-XXX-XXXX", "09XXXXXXXX", "+66 8X XXX XXXX", "09X XXX XXXX"],
    "RS": ["06X XXX XXXX", "+381 6X XXXXXXX", "064/XXX-XX-XX", "011 NXX XXXX"],
    "IL": ["05Z-NXX-XXXX", "+972 5Z-NXX-XXXX", "05ZNXXXXXX", "03-NXX-XXXX"],
    "ET": ["09XX XXX XXX", "+251 9XX XXX XXX", "09XXXXXXXX", "091X XXX XXX"],
    "NG": ["080X XXX XXXX", "+234 80X XXX XXXX", "081XXXXXXXX", "070X-XXX-XXXX", "0903 XXX XXXX"],
}


def phone(rng, cc, mobile_only=False):
    pats = PHONE_PAT[cc]
    if mobile_only:
        pats = pats[:3]
    while True:
        p = rng.choice(pats)
        if "AAA" in p:
            p = p.replace("AAA", rng.choice(_AREA[cc]), 1)
        out = []
        for ch in p:
            if ch == "X":
                out.append(rng.choice("0123456789"))
            elif ch == "N":
                out.append(rng.choice("23456789"))
            elif ch == "M":
                out.append(rng.choice("45789"))
            elif ch == "Q":
                out.append(rng.choice("12345"))
            elif ch == "F":
                out.append(rng.choice("5678"))
            elif ch == "Z":
                out.append(rng.choice("0123"))
            else:
                out.append(ch)
        s = "".join(out)
        if cc in ("US", "CA") and "555" in s:
            continue
        return s


_WORD = {
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


def spoken_phone(rng, num, zero="oh"):
    """'07700 900123' -> 'oh seven seven double oh, nine oh oh one two three'."""
    groups = re.split(r"[\s\-.]+", num.replace("+", "plus ").strip())
    out = []
    for g in groups:
        if g == "plus":
            out.append("plus")
            continue
        ws, i = [], 0
        while i < len(g):
            c = g[i]
            if not c.isdigit():
                i += 1
                continue
            w = _WORD[c] if c != "0" else zero
            if i + 1 < len(g) and g[i + 1] == c and rng.random() < 0.5:
                ws.append("double " + w)
                i += 2
            else:
                ws.append(w)
                i += 1
        out.append(" ".join(ws))
    return rng.choice([", ", " ", " - "]).join(x for x in out if x)


# ----------------------------------------------------------------------------- addresses
class Addr:
    def __init__(self, cc, street, town, region="", postcode="", district="", lat=0.0, lon=0.0, native=False):
        self.cc, self.street, self.town, self.region = cc, street, town, region
        self.postcode, self.district, self.lat, self.lon, self.native = postcode, district, lat, lon, native

    def country(self):
        return COUNTRY_NAME.get(self.cc, "")


_LONDON = {"Walthamstow", "Peckham", "Kentish Town"}
_LET = "ABDEFGHJLNPQRSTUWXYZ"


def make_addr(rng, cc, native=None):
    n = rng.randint(1, 180)
    if cc == "GB":
        town, reg, lat, lon, area = rng.choice(PLACES["GB"])
        st = "%d %s" % (n, rng.choice(STREETS["GB"]))
        r = rng.random()
        if r < 0.2:
            st = "Flat %s, %s" % (rng.choice(["1", "2", "3", "4", "2B", "6", "11", "A"]), st)
        elif r < 0.28:
            st = "%s, %s" % (rng.choice(["Rose Cottage", "The Old Bakery", "Ivy House", "2 Mill Court"]), st)
        pc = "%s%d %d%s" % (
            area,
            rng.randint(1, 28) if len(area) < 3 else rng.randint(1, 9),
            rng.randint(1, 9),
            ids.letters(rng, 2, _LET),
        )
        district = ""
        if town in _LONDON:
            district, town = town, "London"
        return Addr(cc, st, town, reg, pc, district, lat, lon)
    if cc == "US":
        town, st_code, lat, lon, z3 = rng.choice(PLACES["US"])
        st = "%d %s" % (rng.randint(100, 9899), rng.choice(STREETS["US"]))
        r = rng.random()
        if r < 0.2:
            st += ", Apt %d%s" % (rng.randint(1, 12), rng.choice("ABCD"))
        elif r < 0.3:
            st += " #%d" % rng.randint(101, 1210)
        elif r < 0.36:
            st += ", Unit %d" % rng.randint(1, 40)
        return Addr(cc, st, town, st_code, z3 + ids.d(rng, 2), "", lat, lon)
    if cc in ("DE", "CH", "SE"):
        town, reg, lat, lon, pre = rng.choice(PLACES[cc])
        st = "%s %d%s" % (
            rng.choice(STREETS[cc]),
            n % 90 + 1,
            rng.choice(["", "", "", "a", " B"] if cc != "SE" else ["", "", " B", " A"]),
        )
        if cc == "SE":
            pc = "%s%d %s" % (pre, rng.randint(0, 9), ids.d(rng, 2))
        elif cc == "CH":
            pc = pre + ids.d(rng, 2)
        else:
            pc = pre + ids.d(rng, 3)
        return Addr(cc, st, town, reg, pc, "", lat, lon)
    if cc == "FR":
        town, reg, lat, lon, dep = rng.choice(PLACES["FR"])
        st = "%d%s %s" % (n % 120 + 1, rng.choice(["", "", "", " bis"]), rng.choice(STREETS["FR"]))
        if rng.random() < 0.2:
            st = rng.choice(["Bât. B, appt 12", "Résidence Les Acacias, apt 34", "Appt 5, 3e étage"]) + ", " + st
        pc = ("750%02d" % rng.randint(1, 20)) if town == "Paris" else dep + ids.d(rng, 3)
        return Addr(cc, st, town, reg, pc, "", lat, lon)
    if cc == "ES":
        town, reg, lat, lon, pre = rng.choice(PLACES["ES"])
        st = "%s, %d, %s" % (
            rng.choice(STREETS["ES"]),
            n % 90 + 1,
            rng.choice(["3º B", "2º izda.", "bajo A", "1º 2ª", "4º D", "ático"]),
        )
        return Addr(cc, st, town, reg, pre + ids.d(rng, 3), "", lat, lon)
    if cc == "IT":
        town, prov, lat, lon, pre = rng.choice(PLACES["IT"])
        st = "%s %d%s" % (rng.choice(STREETS["IT"]), n % 150 + 1, rng.choice(["", "", "/B", ", int. 5", ", scala C"]))
        return Addr(cc, st, town, prov, pre + ids.d(rng, 2), "", lat, lon)
    if cc == "NL":
        town, reg, lat, lon, pre = rng.choice(PLACES["NL"])
        st = "%s %d%s" % (rng.choice(STREETS["NL"]), n % 300 + 1, rng.choice(["", "", "-2", "A", " III", "-hs"]))
        while True:
            l2 = ids.letters(rng, 2, "ABCDEFGHJKLMNPRTVWXZ")
            if l2 not in ("SA", "SD", "SS"):
                break
        return Addr(cc, st, town, reg, "%s%s %s" % (pre, ids.d(rng, 2), l2), "", lat, lon)
    if cc == "PL":
        town, reg, lat, lon, pre = rng.choice(PLACES["PL"])
        st = "%s %d%s" % (
            rng.choice(STREETS["PL"]),
            n % 120 + 1,
            rng.choice(["/%d" % rng.randint(1, 80), " m. %d" % rng.randint(1, 60), "", "A/4"]),
        )
        return Addr(cc, st, town, reg, "%s-%s" % (pre, ids.d(rng, 3)), "", lat, lon)
    if cc == "CA":
        town, prov, lat, lon, fl = rng.choice(PLACES["CA"])
        st = "%d %s" % (rng.randint(10, 4999), rng.choice(STREETS["CA"]))
        if rng.random() < 0.3:
            st = rng.choice(
                [
                    "%d-%s" % (rng.randint(101, 2405), st),
                    "Unit %d, %s" % (rng.randint(1, 40), st),
                    "Apt %d, %s" % (rng.randint(1, 30), st),
                ]
            )
        L = "ABCEGHJKLMNPRSTVXY"
        pc = "%s%d%s %d%s%d" % (
            fl,
            rng.randint(0, 9),
            rng.choice(L),
            rng.randint(0, 9),
            rng.choice(L),
            rng.randint(0, 9),
        )
        return Addr(cc, st, town, prov, pc, "", lat, lon)
    if cc == "AU":
        town, state, lat, lon, pc = rng.choice(PLACES["AU"])
        base = "%d %s" % (n % 160 + 1, rng.choice(STREETS["AU"]))
        st = rng.choice([base, base, "%d/%s" % (rng.randint(1, 24), base), "Unit %d, %s" % (rng.randint(1, 24), base)])
        return Addr(cc, st, town, state, pc, "", lat, lon)
    if cc == "IN":
        town, state, lat, lon, pre, locs = rng.choice(PLACES["IN"])
        bldg = rng.choice(
            [
                "Sai Krupa Apartments",
                "Green Park Society",
                "Prestige Lakeside",
                "Shanti Niketan",
                "Silver Oak Residency",
                "Lotus Heights",
                "Sunrise Enclave",
            ]
        )
        st = rng.choice(
            [
                "Flat %d, %s, %s" % (rng.randint(101, 1204), bldg, rng.choice(STREETS["IN"])),
                "House No. %d, %s" % (n, rng.choice(STREETS["IN"])),
                "%s-%d, %s" % (rng.choice("ABCDE"), rng.randint(1, 80), bldg),
                "Plot %d, %s" % (n, rng.choice(STREETS["IN"])),
            ]
        )
        return Addr(cc, st, town, state, pre + ids.d(rng, 3), rng.choice(locs.split("|")), lat, lon)
    if cc == "BR":
        town, uf, lat, lon, pre, bairros = rng.choice(PLACES["BR"])
        st = "%s, %d%s" % (
            rng.choice(STREETS["BR"]),
            rng.randint(10, 2400),
            rng.choice(["", "", ", apto %d" % rng.randint(11, 1502), ", casa 2", ", bloco B apto 34"]),
        )
        return Addr(
            cc, st, town, uf, "%s%s-%s" % (pre, ids.d(rng, 3), ids.d(rng, 3)), rng.choice(bairros.split("|")), lat, lon
        )
    if cc == "TR":
        town, ilces, lat, lon, pre = rng.choice(PLACES["TR"])
        st = "%s No:%d%s" % (
            rng.choice(STREETS["TR"]),
            n % 150 + 1,
            rng.choice(["", " D:%d" % rng.randint(1, 24), " Kat:3 D:7"]),
        )
        return Addr(cc, st, town, "", pre + ids.d(rng, 3), rng.choice(ilces.split("|")), lat, lon)
    if cc == "JP":
        nat, area, ward, city, lat, lon, pre = rng.choice(PLACES["JP"])
        c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
        room = rng.choice(
            [
                "",
                "",
                " パークハイツ%d号室" % rng.randint(101, 505),
                " グリーンコート%d" % rng.randint(101, 305),
                " メゾン・ルミエール%d" % rng.randint(101, 402),
            ]
        )
        pc = "%s-%s" % (pre, ids.d(rng, 4))
        native = rng.random() < 0.6 if native is None else native
        if native:
            return Addr(cc, "%s%d-%d-%d%s" % (nat, c, b, g, room), "", "", pc, "", lat, lon, True)
        return Addr(cc, "%d-%d-%d %s" % (c, b, g, area), city, "", pc, ward, lat, lon)
    if cc == "KR":
        nat, road, gu, city, lat, lon, pre = rng.choice(PLACES["KR"])
        num = rng.randint(2, 600)
        apt = rng.choice(["", ", %d동 %d호" % (rng.randint(101, 112), rng.randint(101, 2504))])
        pc = pre + ids.d(rng, 3)
        native = rng.random() < 0.6 if native is None else native
        if native:
            return Addr(cc, "%s %d%s" % (nat, num, apt), "", "", pc, "", lat, lon, True)
        return Addr(cc, "%d %s" % (num, road), city, "", pc, gu, lat, lon)
    if cc == "CN":
        nat, city, lat, lon, pc = rng.choice(PLACES["CN"])
        st = "%s%d号%s" % (
            nat,
            rng.randint(1, 1200),
            rng.choice(["", "%d栋%d单元%d室" % (rng.randint(1, 20), rng.randint(1, 4), rng.randint(101, 2802))]),
        )
        return Addr(cc, st, "", "", pc, "", lat, lon, True)
    if cc == "RU":
        town, town_lat, lat, lon = rng.choice(PLACES["RU"])
        st = "%s, д. %d, кв. %d" % (rng.choice(STREETS["RU"]), rng.randint(1, 120), rng.randint(1, 240))
        return Addr(cc, st, town, "", "%d%s" % (rng.randint(420, 630), ids.d(rng, 3)), "", lat, lon, True)
    if cc == "GR":
        town, town_lat, lat, lon = rng.choice(PLACES["GR"])
        st = "%s %d" % (rng.choice(STREETS["GR"]), rng.randint(1, 140))
        return Addr(cc, st, town, "", "%s %s" % (ids.d(rng, 3, True), ids.d(rng, 2)), "", lat, lon, True)
    raise ValueError(cc)


def addr_frag(a, block=False, country=False, up=False, region=True):
    """Render an address as a list of pieces: (text,label) tuples and plain strings."""
    sep = "\n" if block else ", "
    S = (a.street, ADDR)
    cc = a.cc
    out = [S]
    if cc == "GB":
        if a.district:
            out += [sep, (a.district, LOC)]
        out += [sep, (a.town, LOC), ("\n" if block else " "), a.postcode]
    elif cc == "US":
        out += [sep, (a.town, LOC), ", ", (a.region, LOC), " " if not block else "  ", a.postcode]
    elif cc in ("DE", "FR", "ES", "NL", "PL", "SE"):
        out += [sep, a.postcode, " ", (a.town, LOC)]
    elif cc == "CH":
        out += [sep, a.postcode, " ", (a.town, LOC)]
        if region and not block:
            out += [" ", (a.region, LOC)]
    elif cc == "IT":
        out += [sep, a.postcode, " ", (a.town, LOC)]
        if region:
            out += [" (", (a.region, LOC), ")"]
    elif cc == "CA":
        out += [sep, (a.town, LOC), ", " if not block else " ", (a.region, LOC), "  " if block else " ", a.postcode]
    elif cc == "AU":
        out += [sep, (a.town, LOC), " ", (a.region, LOC), " ", a.postcode]
    elif cc == "IN":
        out += [sep, (a.district, LOC), sep, (a.town, LOC), " - ", a.postcode]
        if region:
            out += [", ", (a.region, LOC)]
    elif cc == "BR":
        out += [
            " - " if not block else "\n",
            (a.district, LOC),
            sep,
            (a.town, LOC),
            " - ",
            (a.region, LOC),
            sep,
            "CEP ",
            a.postcode,
        ]
    elif cc == "TR":
        out += [sep, a.postcode, " ", (a.district, LOC), "/", (a.town, LOC)]
    elif cc == "JP":
        if a.native:
            out = ["〒", a.postcode, " " if not block else "\n", S]
        else:
            out += [sep, (a.district, LOC), ", ", (a.town, LOC), " ", a.postcode]
    elif cc == "KR":
        if a.native:
            out += [" (", a.postcode, ")"]
        else:
            out += [sep, (a.district, LOC), ", ", (a.town, LOC), " ", a.postcode]
    elif cc == "CN":
        out += [sep if block else "，", "邮编 ", a.postcode]
    elif cc == "RU":
        out += [sep, "г. ", (a.town, LOC), ", ", a.postcode]
    elif cc == "GR":
        out += [sep, a.postcode, " ", (a.town, LOC)]
    if country:
        out += [
            sep,
            a.country()
            if not a.native
            else {"JP": "日本", "KR": "대한민국", "CN": "中国", "RU": "Россия", "GR": "Ελλάδα"}[cc],
        ]
    return upper(out) if up else out


# ----------------------------------------------------------------------------- dates, coords
MONTHS_EN = [
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
]
MONTHS_DE = [
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
]
MONTHS_FR = [
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
]


def fmt_date(dt, style):
    if style == "dmy":
        return dt.strftime("%d/%m/%Y")
    if style == "mdy":
        return dt.strftime("%m/%d/%Y")
    if style == "iso":
        return dt.isoformat()
    if style == "de":
        return dt.strftime("%d.%m.%Y")
    if style == "long":
        return "%d %s %d" % (dt.day, MONTHS_EN[dt.month - 1], dt.year)
    if style == "us_long":
        return "%s %d, %d" % (MONTHS_EN[dt.month - 1], dt.day, dt.year)
    if style == "short":
        return "%d %s %d" % (dt.day, MONTHS_EN[dt.month - 1][:3], dt.year)
    if style == "dmy-":
        return dt.strftime("%d-%m-%Y")
    if style == "jp":
        return "%d年%d月%d日" % (dt.year, dt.month, dt.day)
    if style == "ko":
        return "%d년 %d월 %d일" % (dt.year, dt.month, dt.day)
    if style == "fr_long":
        return "%d %s %d" % (dt.day, MONTHS_FR[dt.month - 1], dt.year)
    if style == "de_long":
        return "%d. %s %d" % (dt.day, MONTHS_DE[dt.month - 1], dt.year)
    if style == "gedcom":
        return "%d %s %d" % (dt.day, MONTHS_EN[dt.month - 1][:3].upper(), dt.year)
    if style == "ymd/":
        return dt.strftime("%Y/%m/%d")
    if style == "dmy.":
        return "%d.%d.%d" % (dt.day, dt.month, dt.year)
    raise ValueError(style)


def recent(rng):
    return ids.rand_date(rng, 2024, 2025)


def coords(rng, lat, lon, style=None, jitter=0.04):
    la = lat + rng.uniform(-jitter, jitter)
    lo = lon + rng.uniform(-jitter, jitter)
    style = style or rng.choice(["dec", "dec", "dec_nospace", "hemi", "dms"])
    if style == "dec":
        return "%.5f, %.5f" % (la, lo)
    if style == "dec_nospace":
        return "%.6f,%.6f" % (la, lo)
    if style == "hemi":
        return "%.4f°%s, %.4f°%s" % (abs(la), "N" if la >= 0 else "S", abs(lo), "E" if lo >= 0 else "W")

    def dms(v):
        v = abs(v)
        dd = int(v)
        mm = int((v - dd) * 60)
        ss = (v - dd - mm / 60) * 3600
        return "%d°%02d'%04.1f\"" % (dd, mm, ss)

    return "%s%s %s%s" % (dms(la), "N" if la >= 0 else "S", dms(lo), "E" if lo >= 0 else "W")


def money(rng, cur, lo=8, hi=400):
    v = rng.uniform(lo, hi)
    if cur in ("€", "EUR") and rng.random() < 0.5:
        return ("%.2f €" % v).replace(".", ",")
    if cur == "¥":
        return "¥%d" % int(v * 150)
    if cur == "₩":
        return "₩%s" % format(int(v * 1300), ",")
    if cur == "₹":
        return "₹%s" % format(int(v * 80), ",")
    if cur == "R$":
        return ("R$ %.2f" % (v * 5)).replace(".", ",")
    return "%s%.2f" % (cur, v)


CUR = {
    "GB": "£",
    "US": "$",
    "CA": "CA$",
    "AU": "A$",
    "DE": "€",
    "FR": "€",
    "ES": "€",
    "IT": "€",
    "NL": "€",
    "PL": "PLN ",
    "CH": "CHF ",
    "SE": "SEK ",
    "JP": "¥",
    "KR": "₩",
    "CN": "CNY ",
    "IN": "₹",
    "BR": "R$",
    "TR": "TRY ",
    "RU": "RUB ",
    "GR": "€",
}
