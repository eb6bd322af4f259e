"""Span-recording builder and value makers (stdnum / phonenumbers validated)."""

import datetime as dt
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import iban as std_iban, imei as std_imei, luhn
from stdnum.us import ssn as us_ssn, itin as us_itin, rtn as us_rtn
import importlib

import sources as S

LABELS = [
    "PERSON",
    "USERNAME",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "LOCATION",
    "STREET_ADDRESS",
    "AGE",
    "MINOR_AGE",
    "DATE_OF_BIRTH",
    "MEDICAL_CONDITION",
    "NATIONAL_ID",
    "CRIMINAL_HISTORY",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
    "URL",
    "VEHICLE_PLATE",
    "GEO_COORDINATES",
    "CREDENTIAL",
]


# ------------------------------------------------------------------ builder
class B:
    """Append-only text builder that records spans as fragments are added.

    Fragments: str (plain text), (str, label) tuple (labelled value; label may
    be None), list (sequence of fragments), None (skipped)."""

    def __init__(self, noise=None):
        self.buf, self.spans, self.n, self.noise = [], [], 0, noise

    def t(self, s, raw=False):
        if self.noise and not raw:
            s = self.noise(s)
        self.buf.append(s)
        self.n += len(s)
        return self

    def v(self, s, label):
        if label is None:
            return self.t(s, raw=True)
        assert s and s == s.strip(), repr(s)
        assert label in LABELS, label
        self.spans.append({"start": self.n, "end": self.n + len(s), "label": label, "text": s})
        return self.t(s, raw=True)

    def add(self, *frags):
        for f in frags:
            if f is None:
                continue
            if isinstance(f, str):
                self.t(f)
            elif isinstance(f, tuple):
                self.v(f[0], f[1])
            else:
                self.add(*f)
        return self

    def line(self, *frags):
        self.add(*frags)
        return self.t("\n", raw=True)

    def text(self):
        return "".join(self.buf)


def flat(f):
    """Plain string of a fragment."""
    if f is None:
        return ""
    if isinstance(f, str):
        return f
    if isinstance(f, tuple):
        return f[0]
    return "".join(flat(x) for x in f)


def pad(f, width, right=False):
    s = " " * max(1, width - len(flat(f)))
    return [s, f] if right else [f, s]


# ------------------------------------------------------------------ helpers
def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l")
    s = s.replace("Ł", "L").replace("ð", "d").replace("þ", "th").replace("ı", "i").replace("đ", "d")
    s = s.replace("Đ", "D").replace("ʻ", "").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def digits(rng, n, first_nonzero=False):
    d = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and d[0] == "0":
        d = rng.choice("123456789") + d[1:]
    return d


def letters(rng, n, alphabet=string.ascii_uppercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split()
)
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    30: "thirtieth",
}
MONTHS = "January February March April May June July August September October November December".split()


def num_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    raise ValueError(n)


def ord_words(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + "-" + ORD[d % 10]


def year_words(y, rng):
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    if 2010 <= y < 2100:
        return pick(rng, ["twenty ", "two thousand and "]) + num_words(y - 2000)
    return num_words(y // 100) + " " + (num_words(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100])


DIGIT_WORD = {str(i): ONES[i] for i in range(10)}


def spoken_digits(rng, ds, oh=True, doubles=True, sep=" "):
    """'07799' -> 'oh seven seven double nine'."""
    out, i = [], 0
    while i < len(ds):
        c = ds[i]
        w = "oh" if (c == "0" and oh) else DIGIT_WORD[c]
        if doubles and i + 2 < len(ds) and ds[i + 1] == c and ds[i + 2] == c and rng.random() < 0.5:
            out.append("triple " + w)
            i += 3
        elif doubles and i + 1 < len(ds) and ds[i + 1] == c and rng.random() < 0.8:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return sep.join(out)


# ------------------------------------------------------------------ people
def _parse_tokens(s):
    out = []
    for tok in s.split():
        nat, _, rom = tok.partition(":")
        rom = rom or nat
        nm, _, nf = nat.partition("/")
        rm, _, rf = rom.partition("/")
        out.append(
            (nm.replace("_", " "), (nf or nm).replace("_", " "), rm.replace("_", " "), (rf or rm).replace("_", " "))
        )
    return out


CULT = {}
for _k, _c in S.CULTURES.items():
    CULT[_k] = dict(
        country=_c["c"],
        order=_c["order"],
        f=_parse_tokens(_c["f"]),
        m=_parse_tokens(_c["m"]),
        fam=_parse_tokens(_c["fam"]),
    )
CULT_KEYS = sorted(CULT)
NON_LATIN = [k for k in CULT_KEYS if CULT[k]["f"][0][0] != CULT[k]["f"][0][2]]


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def make_dob(rng, ref, age):
    lo = add_years(ref, -(age + 1)) + dt.timedelta(days=1)
    hi = add_years(ref, -age)
    d = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
    assert age_at(d, ref) == age, (d, ref, age)
    return d


class Person:
    def __init__(self, rng, ref, culture=None, gender=None, age=None, minor=None):
        self.culture = culture or pick(rng, CULT_KEYS)
        c = CULT[self.culture]
        self.gender = gender or pick(rng, "fm")
        g = pick(rng, c[self.gender])
        self.fam_t = pick(rng, c["fam"])
        self.given, self.given_r = g[0], g[2]
        self._set_family()
        self.order = c["order"]
        self.country = c["country"]
        if age is None:
            age = rng.randint(11, 17) if minor else (rng.randint(19, 72) if minor is False else rng.randint(9, 60))
        self.age = age
        self.minor = age < 18
        self.dob = make_dob(rng, ref, age)
        self.latin = self.given == self.given_r and self.family == self.family_r

    def _set_family(self):
        fi = 1 if self.gender == "f" else 0
        self.family, self.family_r = self.fam_t[fi], self.fam_t[2 + fi]
        self.latin = self.given == self.given_r and self.family == self.family_r

    def share_family(self, other):
        """Give this person the (gendered) family name of `other` (same culture)."""
        if other.culture == self.culture:
            self.fam_t = other.fam_t
            self._set_family()
        return self

    def full(self):
        if self.order == "FGn":
            return self.family + self.given
        if self.order == "FG":
            return self.family + " " + self.given
        return self.given + " " + self.family

    def full_r(self):
        if self.order in ("FG", "FGn") and self.culture != "ja":
            return self.family_r + " " + self.given_r
        return self.given_r + " " + self.family_r

    def inverted(self):
        return self.family_r.upper() + ", " + self.given_r

    def initial(self):
        return self.given_r[0] + ". " + self.family_r

    def mrz(self):
        def m(s):
            s = ascii_fold(s).upper()
            return "".join(ch if ch.isalpha() else "<" for ch in s)

        return m(self.family_r) + "<<" + m(self.given_r)

    def any_form(self, rng, native_ok=True):
        forms = [self.full_r(), self.full_r(), self.given_r, self.initial(), self.inverted()]
        if native_ok and not self.latin:
            forms += [self.full(), self.full()]
        return pick(rng, forms)

    def middle(self, rng):
        opts = [x[2] for x in CULT[self.culture][self.gender] if x[2] != self.given_r]
        return pick(rng, opts) if opts else ""

    @property
    def label_age(self):
        return "MINOR_AGE" if self.minor else "AGE"


# ------------------------------------------------------------------ places
def _parse_towns():
    out = {}
    for cc, s in S.TOWNS.items():
        lst = []
        for tok in s.split():
            nat, _, rom = tok.partition(":")
            lst.append((nat.replace("_", " "), (rom or nat).replace("_", " ")))
        out[cc] = lst
    return out


TOWNS = _parse_towns()
MISSPELL = dict(S.TOWN_MISSPELLINGS)
ALL_TOWN_STRINGS = sorted({x for lst in TOWNS.values() for t in lst for x in t} | set(MISSPELL.values()))


def town(rng, cc, native=False, misspell=0.12):
    nat, rom = pick(rng, TOWNS[cc])
    if native:
        return nat
    if rom in MISSPELL and rng.random() < misspell:
        return MISSPELL[rom]
    return rom


def postcode(rng, cc):
    L, D = string.ascii_uppercase, string.digits
    pats = {
        "GB": lambda: letters(rng, 2) + digits(rng, 1) + " " + digits(rng, 1) + letters(rng, 2),
        "IE": lambda: (
            pick(rng, "ADEFHKNPRTVWXY")
            + digits(rng, 2)
            + " "
            + letters(rng, 1)
            + digits(rng, 1)
            + letters(rng, 1)
            + digits(rng, 1)
        ),
        "CA": lambda: (
            letters(rng, 1) + digits(rng, 1) + letters(rng, 1) + " " + digits(rng, 1) + letters(rng, 1) + digits(rng, 1)
        ),
        "NL": lambda: digits(rng, 4, True) + " " + letters(rng, 2),
        "PL": lambda: digits(rng, 2) + "-" + digits(rng, 3),
        "PT": lambda: digits(rng, 4, True) + "-" + digits(rng, 3),
        "BR": lambda: digits(rng, 5) + "-" + digits(rng, 3),
        "SE": lambda: digits(rng, 3, True) + " " + digits(rng, 2),
        "GR": lambda: digits(rng, 3, True) + " " + digits(rng, 2),
        "JP": lambda: "〒" + digits(rng, 3) + "-" + digits(rng, 4),
    }
    if cc in pats:
        return pats[cc]()
    n = {"US": 5, "DE": 5, "FR": 5, "ES": 5, "IT": 5, "KR": 5, "RU": 6, "CN": 6, "IN": 6, "IL": 7}.get(cc, 4)
    return digits(rng, n, True)


def street_address(rng, cc):
    st = pick(rng, S.STREETS[cc])
    n = rng.randint(1, 180)
    f = rng.random()
    if cc == "GB":
        return (f"Flat {rng.randint(1, 12)}, " if f < 0.3 else "") + f"{n} {st}"
    if cc == "IE":
        return (f"Apt {rng.randint(1, 30)}, " if f < 0.3 else "") + f"{n} {st}"
    if cc == "US":
        return f"{rng.randint(100, 9899)} {st}" + (f" Apt {rng.randint(1, 9)}{pick(rng, 'ABCD')}" if f < 0.4 else "")
    if cc == "AU":
        return (f"Unit {rng.randint(1, 20)}/" if f < 0.4 else "") + f"{n} {st}"
    if cc == "NZ":
        return f"{n}{pick(rng, ['', '', 'A', 'B'])} {st}"
    if cc == "CA":
        return (f"Apt {rng.randint(101, 1208)}, " if f < 0.3 else "") + f"{n} {st}"
    if cc in ("ZA", "IN"):
        return (f"Flat {rng.randint(1, 9)}{pick(rng, 'ABC')}, " if cc == "IN" else "") + f"{n} {st}"
    if cc == "DE":
        return f"{st} {n}{pick(rng, ['', '', 'a', 'b'])}"
    if cc == "FR":
        return f"{n}{pick(rng, ['', '', ' bis'])} {st}"
    if cc == "ES":
        return f"{st}, {n}, {rng.randint(1, 6)}º {pick(rng, 'ABCD')}"
    if cc in ("PT", "BR"):
        return f"{st}, {n}" + (f", apto {rng.randint(11, 94)}" if f < 0.5 else "")
    if cc == "IT":
        return f"{st} {n}"
    if cc == "NL":
        return f"{st} {n}" + (f"-{rng.randint(1, 3)}" if f < 0.3 else "")
    if cc == "PL":
        return f"{st} {n}/{rng.randint(1, 60)}"
    if cc == "SE":
        return f"{st} {n}" + (f" {pick(rng, 'ABC')}" if f < 0.4 else "")
    if cc == "RU":
        return f"{st}, д. {n}, кв. {rng.randint(1, 140)}"
    if cc == "JP":
        return f"{st}{rng.randint(1, 5)}丁目{rng.randint(1, 20)}-{rng.randint(1, 30)}"
    if cc == "CN":
        return f"{st}{n}号{rng.randint(1, 6)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
    return f"{st} {n}"


ADDRESS_CCS = sorted(S.STREETS)


# ------------------------------------------------------------------ phones
PHONE_REGIONS = [
    "GB",
    "IE",
    "AU",
    "NZ",
    "CA",
    "US",
    "ZA",
    "DE",
    "FR",
    "ES",
    "IT",
    "PL",
    "NL",
    "SE",
    "PT",
    "BR",
    "IN",
    "PK",
    "NG",
    "KE",
    "PH",
    "MX",
    "RO",
    "GR",
    "TR",
    "UA",
    "JP",
    "KR",
    "EG",
    "IL",
    "AE",
    "BD",
]


def phone(rng, region, kind="mobile"):
    typ = PNT.MOBILE if kind == "mobile" else PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, typ) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(500):
        keep = max(2, len(nsn) - rng.randint(4, 6))
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        pn = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
        if phonenumbers.is_valid_number(pn):
            return pn
    raise RuntimeError(region)


def fmt_phone(rng, pn, style=None):
    styles = ["national", "national", "intl", "e164", "00", "paren0", "dashed", "compact"]
    style = style or pick(rng, styles)
    nat = phonenumbers.format_number(pn, PNF.NATIONAL)
    intl = phonenumbers.format_number(pn, PNF.INTERNATIONAL)
    if style == "national":
        return nat
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(pn, PNF.E164)
    if style == "00":
        return "00" + intl[1:]
    if style == "paren0":
        if nat.startswith("0"):
            return "+%d (0)%s" % (pn.country_code, nat[1:])
        return intl
    if style == "dashed":
        return (
            "".join(c if c.isdigit() else "-" for c in nat.replace("(", "").replace(")", ""))
            .strip("-")
            .replace("--", "-")
        )
    if style == "compact":
        return "".join(c for c in nat if c.isdigit() or c == "+")
    raise ValueError(style)


def spoken_phone(rng, pn):
    nat = phonenumbers.format_number(pn, PNF.NATIONAL)
    groups = ["".join(c for c in g if c.isdigit()) for g in nat.split()]
    groups = [g for g in groups if g]
    sep = pick(rng, [", ", " ", " ... "])
    return sep.join(spoken_digits(rng, g) for g in groups)


# ------------------------------------------------------------------ e-mail, handles, urls
def email_local(rng, p):
    g = ascii_fold(p.given_r).lower().replace(" ", "").replace("-", "")
    f = ascii_fold(p.family_r).lower().replace(" ", "").replace("-", "")
    y = str(p.dob.year)
    return pick(
        rng,
        [
            f"{g}.{f}",
            f"{g[0]}.{f}",
            f"{g}{f}{y[2:]}",
            f"{f}_{g}",
            f"{g}.{f}{rng.randint(1, 99)}",
            f"{g}{y}",
            f"{g[:4]}_{f[:5]}",
            f"{f}.{g[0]}",
        ],
    )


def email(rng, p, domain=None):
    return email_local(rng, p) + "@" + (domain or pick(rng, S.EMAIL_DOMAINS))


def obfuscate_email(rng, addr, mode=None):
    local, dom = addr.split("@")
    mode = mode or pick(rng, ["at", "bracket", "paren", "spaced"])
    if mode == "at":
        return local + " at " + dom.replace(".", " dot ")
    if mode == "bracket":
        return local + "[at]" + dom.replace(".", "[dot]")
    if mode == "paren":
        return local + " (at) " + dom
    return local + " @ " + dom


def spoken_email(rng, addr):
    local, dom = addr.split("@")

    def say(part):
        out = []
        for chunk in part.replace(".", " . ").replace("_", " _ ").replace("-", " - ").split():
            if chunk == ".":
                out.append("dot")
            elif chunk == "_":
                out.append("underscore")
            elif chunk == "-":
                out.append("dash")
            elif chunk.isdigit():
                out.append(spoken_digits(rng, chunk, oh=False))
            elif len(chunk) <= 2:
                out.append(" ".join(chunk))
            else:
                out.append(chunk)
        return " ".join(out)

    return say(local) + " at " + say(dom)


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})


def username(rng, p=None, at=False):
    w = pick(rng, S.LEET_WORDS)
    base = ascii_fold(p.given_r).lower().replace(" ", "") if p else w
    fam = ascii_fold(p.family_r).lower().replace(" ", "")[:3] if p else ""
    yr = str(p.dob.year)[2:] if p else str(rng.randint(1, 99))
    c = rng.randrange(9)
    if c == 0:
        u = f"xX_{w.translate(LEET)}_Xx"
    elif c == 1:
        u = f"{base}.{fam}_{yr}" if p else f"{w}.{yr}"
    elif c == 2:
        u = f"{base.translate(LEET)}{rng.randint(10, 999)}"
    elif c == 3:
        u = f"{w}_{base}{yr}"
    elif c == 4:
        u = f"lil{base}x"
    elif c == 5:
        u = f"{base}__{w}"
    elif c == 6:
        u = f"{w.upper()}{rng.randint(100, 9999)}"
    elif c == 7:
        u = f"not.{base}.{rng.randint(1, 99)}"
    else:
        u = f"{base}{fam}{yr}"
    return ("@" + u) if at else u


def numeric_id(rng):
    return digits(rng, rng.choice([9, 10, 17, 18]), True)


def profile_url(rng, handle):
    h = handle.lstrip("@")
    return pick(
        rng,
        [
            f"https://www.instagram.com/{h}/",
            f"https://www.tiktok.com/@{h}",
            f"instagram.com/{h}",
            f"https://twitter.com/{h}",
            f"https://www.snapchat.com/add/{h}",
            f"https://www.facebook.com/profile.php?id={digits(rng, 15, True)}",
            f"https://vk.com/id{digits(rng, 9, True)}",
            f"https://www.roblox.com/users/{digits(rng, 10, True)}/profile",
            f"https://discord.com/users/{digits(rng, 18, True)}",
            f"https://steamcommunity.com/id/{h}",
            f"twitch.tv/{h}",
            f"https://www.reddit.com/user/{h}",
        ],
    )


# ------------------------------------------------------------------ identifiers
def _rej(rng, gen, valid, tries=200000):
    for _ in range(tries):
        c = gen()
        try:
            if valid(c):
                return c
        except Exception:
            pass
    raise RuntimeError("no valid value")


def _mod(name):
    return importlib.import_module("stdnum." + name)


def _yymmdd(d):
    return d.strftime("%y%m%d")


def national_id(rng, cc, dob=None, gender="f"):
    """Return (formatted value, scheme name) for a non-US identifier."""
    dob = dob or dt.date(rng.randint(1960, 2012), rng.randint(1, 12), rng.randint(1, 28))
    if cc == "GB":
        if rng.random() < 0.6:
            v = _rej(rng, lambda: digits(rng, 10, True), _mod("gb.nhs").is_valid)
            return f"{v[:3]} {v[3:6]} {v[6:]}", "NHS number"
        p = pick(rng, "ABCEGHJKLMNPRSTWXYZ") + pick(rng, "ABCEGHJKLMNPRSTWXYZ")
        if p in ("GB", "NK", "KN", "TN", "NT", "ZZ"):
            p = "JH"
        d = digits(rng, 6)
        return pick(
            rng, [f"{p} {d[:2]} {d[2:4]} {d[4:]} {pick(rng, 'ABCD')}", f"{p}{d}{pick(rng, 'ABCD')}"]
        ), "NI number"
    if cc == "IE":
        v = _rej(
            rng,
            lambda: digits(rng, 7) + pick(rng, string.ascii_uppercase[:23]) + pick(rng, ["", "", "A"]),
            _mod("ie.pps").is_valid,
        )
        return v, "PPSN"
    if cc == "AU":
        v = _rej(rng, lambda: digits(rng, 9, True), _mod("au.tfn").is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}", "TFN"
    if cc == "NZ":
        v = _rej(rng, lambda: digits(rng, 9, True), _mod("nz.ird").is_valid)
        return f"{v[:3]}-{v[3:6]}-{v[6:]}", "IRD number"
    if cc == "CA":
        v = _rej(rng, lambda: pick(rng, "1234567") + digits(rng, 8), _mod("ca.sin").is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}", "SIN"
    if cc == "ZA":
        seq = str(rng.randint(0, 4999) if gender == "f" else rng.randint(5000, 9999)).zfill(4)
        v = _rej(rng, lambda: _yymmdd(dob) + seq + "08" + digits(rng, 1), _mod("za.idnr").is_valid)
        return v, "ID number"
    if cc == "DE":

        def gen():
            d = list("0123456789")
            rng.shuffle(d)
            base = d[:9]
            if base[0] == "0":
                base[0], base[1] = base[1], base[0]
            base.insert(rng.randint(1, 9), base[rng.randint(1, 8)])
            return "".join(base[:10]) + digits(rng, 1)

        v = _rej(rng, gen, _mod("de.idnr").is_valid)
        return pick(rng, [v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"]), "Steuer-ID"
    if cc == "FR":
        dep = pick(rng, ["01", "15", "22", "29", "46", "59", "75", "2A", "13", "87"])
        body = ("2" if gender == "f" else "1") + dob.strftime("%y%m") + dep + digits(rng, 3) + digits(rng, 3)
        m = _mod("fr.nir")
        v = body + m.calc_check_digits(body)
        assert m.is_valid(v), v
        return pick(
            rng, [v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"]
        ), "n° de sécurité sociale"
    if cc == "ES":
        if rng.random() < 0.6:
            v = _rej(rng, lambda: digits(rng, 8) + pick(rng, "TRWAGMYFPDXBNJZSQVHLCKE"), _mod("es.dni").is_valid)
            return v, "DNI"
        v = _rej(
            rng,
            lambda: pick(rng, "XYZ") + digits(rng, 7) + pick(rng, "TRWAGMYFPDXBNJZSQVHLCKE"),
            _mod("es.nie").is_valid,
        )
        return v, "NIE"
    if cc == "IT":
        cons = "BCDFGLMNPRSTVZ"
        months = "ABCDEHLMPRST"
        day = dob.day + (40 if gender == "f" else 0)
        body = (
            letters(rng, 3, cons)
            + letters(rng, 3, cons)
            + dob.strftime("%y")
            + months[dob.month - 1]
            + f"{day:02d}"
            + pick(rng, "ABCDEFGHLM")
            + digits(rng, 3, True)
        )
        m = _mod("it.codicefiscale")
        v = body + m.calc_check_digit(body)
        assert m.is_valid(v), v
        return v, "codice fiscale"
    if cc == "NL":
        v = _rej(rng, lambda: digits(rng, 9, True), _mod("nl.bsn").is_valid)
        return v, "BSN"
    if cc == "BE":
        v = _rej(rng, lambda: _yymmdd(dob) + digits(rng, 5), _mod("be.nn").is_valid)
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", "rijksregisternummer"
    if cc == "PL":
        mo = dob.month + (20 if dob.year >= 2000 else 0)
        m = _mod("pl.pesel")

        def gen():
            b = (
                dob.strftime("%y")
                + f"{mo:02d}"
                + dob.strftime("%d")
                + digits(rng, 3)
                + pick(rng, "02468" if gender == "f" else "13579")
            )
            return b + m.calc_check_digit(b)

        return _rej(rng, gen, m.is_valid), "PESEL"
    if cc == "SE":
        v = _rej(rng, lambda: _yymmdd(dob) + "-" + digits(rng, 4), _mod("se.personnummer").is_valid)
        return v, "personnummer"
    if cc == "NO":
        v = _rej(rng, lambda: dob.strftime("%d%m%y") + digits(rng, 5), _mod("no.fodselsnummer").is_valid)
        return v, "fødselsnummer"
    if cc == "DK":
        v = _rej(rng, lambda: dob.strftime("%d%m%y") + "-" + pick(rng, "45") + digits(rng, 3), _mod("dk.cpr").is_valid)
        return v, "CPR-nummer"
    if cc == "FI":
        v = _rej(
            rng,
            lambda: (
                dob.strftime("%d%m%y")
                + ("A" if dob.year >= 2000 else "-")
                + digits(rng, 3)
                + pick(rng, "0123456789ABCDEFHJKLMNPRSTUVWXY")
            ),
            _mod("fi.hetu").is_valid,
        )
        return v, "henkilötunnus"
    if cc == "BR":
        m = _mod("br.cpf")
        v = _rej(rng, lambda: digits(rng, 11), m.is_valid)
        return m.format(v), "CPF"
    if cc == "PT":
        v = _rej(rng, lambda: pick(rng, "123") + digits(rng, 8), _mod("pt.nif").is_valid)
        return v, "NIF"
    if cc == "IN":
        v = _rej(rng, lambda: pick(rng, "23456789") + digits(rng, 11), _mod("in_.aadhaar").is_valid)
        return f"{v[:4]} {v[4:8]} {v[8:]}", "Aadhaar"
    if cc == "CN":
        v = _rej(
            rng,
            lambda: (
                pick(rng, ["110105", "320102", "440305", "510107", "430223"])
                + dob.strftime("%Y%m%d")
                + digits(rng, 3)
                + pick(rng, "0123456789X")
            ),
            _mod("cn.ric").is_valid,
        )
        return v, "居民身份证"
    if cc == "KR":
        v = _rej(
            rng, lambda: _yymmdd(dob) + "-" + ("4" if gender == "f" else "3") + digits(rng, 6), _mod("kr.rrn").is_valid
        )
        return v, "주민등록번호"
    if cc == "TR":
        v = _rej(rng, lambda: digits(rng, 11, True), _mod("tr.tckimlik").is_valid)
        return v, "T.C. Kimlik No"
    if cc == "IL":
        v = _rej(rng, lambda: digits(rng, 9, True), _mod("il.idnr").is_valid)
        return v, "מספר זהות"
    if cc == "RO":
        s = ("6" if gender == "f" else "5") if dob.year >= 2000 else ("2" if gender == "f" else "1")
        v = _rej(
            rng,
            lambda: s + _yymmdd(dob) + pick(rng, ["01", "12", "22", "40", "35"]) + digits(rng, 4),
            _mod("ro.cnp").is_valid,
        )
        return v, "CNP"
    if cc == "GR":
        v = _rej(rng, lambda: dob.strftime("%d%m%y") + digits(rng, 5), _mod("gr.amka").is_valid)
        return v, "ΑΜΚΑ"
    if cc == "CL":
        m = _mod("cl.rut")
        v = _rej(rng, lambda: str(rng.randint(10000000, 25999999)) + pick(rng, "0123456789K"), m.is_valid)
        return m.format(v), "RUT"
    if cc == "CH":
        v = _rej(rng, lambda: "756" + digits(rng, 10), _mod("ch.ssn").is_valid)
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}", "AHV-Nr."
    if cc == "AT":
        v = _rej(rng, lambda: digits(rng, 4, True) + dob.strftime("%d%m%y"), _mod("at.vnr").is_valid)
        return f"{v[:4]} {v[4:]}", "SV-Nummer"
    if cc == "UA":
        v = _rej(rng, lambda: digits(rng, 10, True), _mod("ua.rntrc").is_valid)
        return v, "РНОКПП"
    if cc == "BG":
        mo = dob.month + (40 if dob.year >= 2000 else 0)
        v = _rej(
            rng, lambda: dob.strftime("%y") + f"{mo:02d}" + dob.strftime("%d") + digits(rng, 4), _mod("bg.egn").is_valid
        )
        return v, "ЕГН"
    raise KeyError(cc)


NATID_CCS = [
    "GB",
    "IE",
    "AU",
    "NZ",
    "CA",
    "ZA",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "BE",
    "PL",
    "SE",
    "NO",
    "DK",
    "FI",
    "BR",
    "PT",
    "IN",
    "CN",
    "KR",
    "TR",
    "IL",
    "RO",
    "GR",
    "CL",
    "CH",
    "AT",
    "UA",
    "BG",
]


def icao_check(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def passport_no(rng, cc):
    if cc in ("GB", "US", "AU", "NZ", "IE", "ZA"):
        return {
            "GB": lambda: digits(rng, 9, True),
            "US": lambda: pick(rng, ["", "A"]) and "A" + digits(rng, 8) or digits(rng, 9, True),
            "AU": lambda: pick(rng, "NPEM") + letters(rng, 1) + digits(rng, 7),
            "NZ": lambda: letters(rng, 2) + digits(rng, 6) + letters(rng, 1),
            "IE": lambda: letters(rng, 2) + digits(rng, 7),
            "ZA": lambda: "A" + digits(rng, 8),
        }[cc]()
    if cc == "DE":
        return pick(rng, "CFGHJK") + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc == "FR":
        return digits(rng, 2) + letters(rng, 2) + digits(rng, 5)
    return letters(rng, 2) + digits(rng, 7)


def ssn(rng):
    return _rej(
        rng, lambda: f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}", us_ssn.is_valid
    )


def itin(rng):
    return _rej(
        rng,
        lambda: "9" + digits(rng, 2) + str(rng.choice(list(range(70, 89)) + [90, 91, 92, 94, 95])) + digits(rng, 4),
        us_itin.is_valid,
    )


def fmt_ssn(rng, v):
    return pick(rng, [f"{v[:3]}-{v[3:5]}-{v[5:]}", f"{v[:3]}-{v[3:5]}-{v[5:]}", f"{v[:3]} {v[3:5]} {v[5:]}", v])


def aba(rng):
    return _rej(
        rng,
        lambda: (
            pick(
                rng,
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
                    "31",
                    "32",
                ],
            )
            + digits(rng, 7)
        ),
        us_rtn.is_valid,
    )


def us_bank(rng):
    return digits(rng, rng.randint(9, 14), True)


US_STATES = {
    "CA": "California",
    "FL": "Florida",
    "NY": "New York",
    "IL": "Illinois",
    "WA": "Washington",
    "TX": "Texas",
    "MI": "Michigan",
    "NJ": "New Jersey",
    "OH": "Ohio",
    "PA": "Pennsylvania",
}


def us_dl(rng, st=None):
    st = st or pick(rng, sorted(US_STATES))
    f = {
        "CA": lambda: letters(rng, 1) + digits(rng, 7),
        "FL": lambda: (
            f"{letters(rng, 1)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 1)}"
        ),
        "NY": lambda: f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
        "IL": lambda: f"{letters(rng, 1)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}",
        "WA": lambda: "WDL" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
        "TX": lambda: digits(rng, 8, True),
        "MI": lambda: f"{letters(rng, 1)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
        "NJ": lambda: f"{letters(rng, 1)}{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 5)}",
        "OH": lambda: letters(rng, 2) + digits(rng, 6),
        "PA": lambda: f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
    }[st]
    return f(), st


def credit_card(rng):
    kind = rng.randrange(4)
    if kind == 0:
        body, n = "4" + digits(rng, 14), 16
    elif kind == 1:
        body, n = str(rng.randint(51, 55)) + digits(rng, 13), 16
    elif kind == 2:
        body, n = pick(rng, ["34", "37"]) + digits(rng, 12), 15
    else:
        body, n = "6011" + digits(rng, 11), 16
    v = body + luhn.calc_check_digit(body)
    assert len(v) == n and luhn.is_valid(v)
    sep = pick(rng, [" ", " ", "-", ""])
    if n == 15:
        return sep.join([v[:4], v[4:10], v[10:]])
    return sep.join(v[i : i + 4] for i in range(0, 16, 4))


IBAN_SPECS = {  # country: (pattern of BBAN: 'n'=digit 'a'=upper letter 'c'=alnum)
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "PL": "n" * 24,
    "PT": "n" * 21,
    "BE": "n" * 12,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "SE": "n" * 20,
    "RO": "aaaa" + "c" * 16,
    "GR": "n" * 7 + "c" * 16,
    "NO": "n" * 11,
    "DK": "n" * 14,
    "FI": "n" * 14,
}


def iban(rng, cc=None):
    cc = cc or pick(rng, sorted(IBAN_SPECS))

    def gen():
        b = "".join(
            rng.choice(string.digits)
            if ch == "n"
            else rng.choice(string.ascii_uppercase)
            if ch == "a"
            else rng.choice(string.digits * 3 + string.ascii_uppercase)
            for ch in IBAN_SPECS[cc]
        )
        num = int("".join(str(int(c, 36)) for c in b + cc + "00"))
        return cc + f"{98 - num % 97:02d}" + b

    v = _rej(rng, gen, std_iban.is_valid)
    return pick(rng, [std_iban.format(v), std_iban.format(v), v])


def imei(rng):
    body = pick(rng, ["35", "86", "01", "35", "99"]) + digits(rng, 12)
    v = body + luhn.calc_check_digit(body)
    assert std_imei.is_valid(v)
    return pick(rng, [v, v, f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}", f"{v[:8]} {v[8:14]} {v[14]}"])


def mac(rng):
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    h = ["%02x" % x for x in b]
    c = rng.randrange(4)
    if c == 0:
        return ":".join(h)
    if c == 1:
        return "-".join(h).upper()
    if c == 2:
        return ":".join(h).upper()
    return ".".join("".join(h[i : i + 2]) for i in (0, 2, 4))


def ipv4(rng):
    while True:
        a = rng.randint(2, 223)
        if a not in (10, 100, 127, 169, 172, 192):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    return (
        pick(rng, ["2a02", "2001", "2a01", "2607", "2400"])
        + ":"
        + ":".join("%x" % rng.randrange(1, 65536) for _ in range(7))
    )


def ip(rng):
    return ipv6(rng) if rng.random() < 0.25 else ipv4(rng)


def device_id(rng, kind=None):
    kind = kind or pick(rng, ["imei", "android", "idfa", "serial_apple", "serial_samsung"])
    hx = "0123456789abcdef"
    if kind == "imei":
        return imei(rng), "IMEI"
    if kind == "android":
        return "".join(rng.choice(hx) for _ in range(16)), "Android ID"
    if kind == "idfa":
        u = "".join(rng.choice(hx) for _ in range(32)).upper()
        return f"{u[:8]}-{u[8:12]}-4{u[13:16]}-{pick(rng, '89AB')}{u[17:20]}-{u[20:]}", pick(rng, ["IDFA", "IDFV"])
    if kind == "serial_apple":
        return "".join(rng.choice("CDFGHJKLMNPQRTVWXY0123456789") for _ in range(12)), "serial"
    return "R" + pick(rng, ["58", "5C", "9N"]) + "".join(
        rng.choice(string.ascii_uppercase + string.digits) for _ in range(8)
    ), "serial"


def plate(rng, cc=None):
    cc = cc or pick(
        rng, ["GB", "DE", "FR", "NL", "PL", "IT", "ES", "US", "AU", "IE", "ZA", "NZ", "CA", "SE", "BR", "IN"]
    )
    L = lambda n: letters(rng, n, "ABCDEFGHJKLMNPRSTUVWXYZ")
    D = lambda n: digits(rng, n)
    f = {
        "GB": lambda: f"{L(2)}{rng.randint(51, 74) if rng.random() < 0.5 else rng.randint(10, 24)} {L(3)}",
        "DE": lambda: f"{pick(rng, ['WUN', 'TÖL', 'QLB', 'PIR', 'M', 'HB'])}-{L(2)} {rng.randint(1, 9999)}",
        "FR": lambda: f"{L(2)}-{D(3)}-{L(2)}",
        "NL": lambda: f"{D(2)}-{L(3)}-{D(1)}",
        "PL": lambda: f"{pick(rng, ['WA', 'KR', 'NE', 'RSA'])} {D(5)}",
        "IT": lambda: f"{L(2)} {D(3)}{L(2)}",
        "ES": lambda: f"{D(4)} {letters(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        "US": lambda: f"{rng.randint(1, 9)}{L(3)}{D(3)}",
        "AU": lambda: f"{L(3)}-{D(2)}{L(1)}",
        "IE": lambda: (
            f"{pick(rng, ['191', '202', '231', '171'])}-{pick(rng, ['D', 'C', 'KY', 'G', 'MO'])}-{rng.randint(1, 29999)}"
        ),
        "ZA": lambda: f"{L(2)} {D(2)} {L(2)} GP" if rng.random() < 0.5 else f"CA {D(3)}-{D(3)}",
        "NZ": lambda: f"{L(3)}{D(3)}",
        "CA": lambda: f"{L(4)} {D(3)}",
        "SE": lambda: f"{L(3)} {D(2)}{L(1)}",
        "BR": lambda: f"{L(3)}{D(1)}{L(1)}{D(2)}",
        "IN": lambda: f"{pick(rng, ['MH', 'KA', 'DL', 'TN'])} {D(2)} {L(2)} {D(4)}",
    }
    return f[cc]()


GEO_BOX = {
    "GB": (50.5, 55.5, -4.5, 1.0),
    "IE": (51.6, 55.0, -9.8, -6.2),
    "AU": (-38.0, -17.0, 115.0, 152.0),
    "NZ": (-46.0, -35.0, 168.0, 178.0),
    "CA": (43.0, 55.0, -123.0, -64.0),
    "ZA": (-34.0, -23.0, 18.5, 31.5),
    "US": (30.0, 48.0, -122.0, -75.0),
}


def geo(rng, cc=None):
    la0, la1, lo0, lo1 = GEO_BOX.get(cc, (-45, 65, -120, 175))
    lat = rng.uniform(la0, la1)
    lon = rng.uniform(lo0, lo1)
    c = rng.randrange(3)
    if c == 0:
        return f"{lat:.5f}, {lon:.5f}"
    if c == 1:
        return f"{lat:.6f},{lon:.6f}"

    def dms(x, pos, neg):
        h = pos if x >= 0 else neg
        x = abs(x)
        d = int(x)
        m = int((x - d) * 60)
        s = ((x - d) * 60 - m) * 60
        return f"{d}°{m:02d}'{s:04.1f}\"{h}"

    return dms(lat, "N", "S") + " " + dms(lon, "E", "W")


def credential(rng, kind=None):
    kind = kind or pick(rng, ["pw", "pw", "pin", "recovery", "token"])
    if kind == "pw":
        w = pick(rng, S.PASSWORD_WORDS)
        return pick(
            rng,
            [
                f"{w}{rng.randint(1, 2020)}",
                f"{w}!{rng.randint(10, 99)}",
                f"{w.translate(LEET)}#{digits(rng, 2)}",
                f"{w}_{w[::-1][:3]}{rng.randint(1, 9)}",
            ],
        )
    if kind == "pin":
        return digits(rng, pick(rng, [4, 4, 6]))
    if kind == "recovery":
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(3))
    al = string.ascii_letters + string.digits
    return pick(rng, ["tok_", "sk_test_", "ghx_", "api-"]) + "".join(rng.choice(al) for _ in range(28))


# ------------------------------------------------------------------ dates
def fmt_date(rng, d, style=None, lang="en"):
    style = style or pick(rng, ["dmy/", "dmy.", "iso", "long", "dmy-", "mon"])
    if lang == "de" and style == "long":
        return f"{d.day}. {['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][d.month - 1]} {d.year}"
    if lang == "fr" and style == "long":
        return f"{d.day} {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][d.month - 1]} {d.year}"
    if lang == "es" and style == "long":
        return f"{d.day} de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][d.month - 1]} de {d.year}"
    return {
        "dmy/": d.strftime("%d/%m/%Y"),
        "dmy.": d.strftime("%d.%m.%Y"),
        "iso": d.isoformat(),
        "long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "dmy-": d.strftime("%d-%m-%Y"),
        "mon": d.strftime("%d %b %Y").upper(),
        "us": d.strftime("%m/%d/%Y"),
        "uslong": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "short": d.strftime("%d/%m/%y"),
        "mrz": d.strftime("%y%m%d"),
        "ocr": d.strftime("%d %b %Y").upper().replace(" ", " / "),
    }[style]


def spoken_date(rng, d):
    return pick(
        rng,
        [
            f"the {ord_words(d.day)} of {MONTHS[d.month - 1]} {year_words(d.year, rng)}",
            f"{ord_words(d.day)} {MONTHS[d.month - 1]} {year_words(d.year, rng)}",
            f"{MONTHS[d.month - 1]} {ord_words(d.day)}, {year_words(d.year, rng)}",
        ],
    )


def doc_date(rng):
    return dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1000))


def hhmm(rng):
    return f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"


def ref_no(rng, prefix=None):
    return (prefix or pick(rng, ["REF", "CP", "CASE", "INC", "TKT", "ORD"])) + "-" + digits(rng, rng.randint(5, 8))


def money(rng, cur="£"):
    return f"{cur}{rng.randint(5, 2400)}.{rng.randint(0, 99):02d}"


# ------------------------------------------------------------------ OCR noise
OCR_SUBS = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("O", "0"),
    ("o", "0"),
    ("i", "í"),
    ("e", "c"),
    ("cl", "d"),
    ("I", "l"),
    ("S", "5"),
    ("B", "8"),
    ("h", "b"),
]


def make_ocr_noise(rng, rate=0.05):
    def noise(s):
        out = []
        for w in s.split(" "):
            if len(w) > 3 and rng.random() < rate:
                a, b = pick(rng, OCR_SUBS)
                if a in w:
                    w = w.replace(a, b, 1)
            if len(w) > 9 and rng.random() < rate and w.isalpha():
                k = rng.randint(3, len(w) - 3)
                w = w[:k] + "-\n" + w[k:]
            if rng.random() < rate / 4 and w:
                w = w + pick(rng, ["~", "'", ".", ",", "`", "|"])
            out.append(w)
        return " ".join(out)

    return noise


# ------------------------------------------------------------------ health identifiers without a stdnum module
def au_medicare(rng):
    d = pick(rng, "23456") + digits(rng, 7)
    chk = sum(int(a) * w for a, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    v = d + str(chk) + str(rng.randint(1, 9))
    return f"{v[:4]} {v[4:9]} {v[9]}"


NHI_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nz_nhi(rng):
    while True:
        s = letters(rng, 3, NHI_AL) + digits(rng, 3)
        vals = [NHI_AL.index(ch) + 1 for ch in s[:3]] + [int(x) for x in s[3:]]
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2])) % 11
        if rem == 0:
            continue
        chk = 11 - rem
        return s + ("0" if chk == 10 else str(chk))


def on_health(rng):
    body = pick(rng, "123456789") + digits(rng, 8)
    v = body + luhn.calc_check_digit(body)
    return f"{v[:4]}-{v[4:7]}-{v[7:]}-{letters(rng, 2)}"


def health_id(rng, cc, dob=None, gender="f"):
    if cc == "AU":
        return au_medicare(rng), "Medicare No"
    if cc == "NZ":
        return nz_nhi(rng), "NHI"
    if cc == "CA":
        return on_health(rng), "OHIP"
    if cc == "GB":
        v = _rej(rng, lambda: digits(rng, 10, True), _mod("gb.nhs").is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}", "NHS No"
    return national_id(rng, cc, dob, gender)
