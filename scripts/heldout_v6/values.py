"""Value generators for heldout_v6: labelled pieces (L), the document builder (Doc), people, identifiers.

Every generator takes an explicit random.Random instance so that output is fully deterministic.
"""

import base64
import datetime as dt
import importlib
import re
import string
import unicodedata
import uuid

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as std_iban
from stdnum import imei as std_imei
from stdnum import luhn

import sources as S

LABELS = {
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "LOCATION",
    "GEO_COORDINATES",
    "USERNAME",
    "URL",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "CREDENTIAL",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "NATIONAL_ID",
    "CREDIT_CARD",
    "IBAN_CODE",
    "ABA_ROUTING_NUMBER",
    "US_BANK_NUMBER",
    "VEHICLE_PLATE",
    "DATE_OF_BIRTH",
    "AGE",
    "MINOR_AGE",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
    "MEDICAL_CONDITION",
    "CRIMINAL_HISTORY",
}


# =====================================================================================================================
# Labelled value + document builder
# =====================================================================================================================
class L:
    """A labelled piece of text."""

    __slots__ = ("text", "label")

    def __init__(self, text, label):
        assert label in LABELS, label
        self.text = str(text)
        self.label = label

    def map(self, fn):
        return L(fn(self.text), self.label)

    def __repr__(self):
        return "L(%r, %s)" % (self.text, self.label)


def flat(x, out=None):
    """Flatten nested lists/tuples of str/L into a flat list."""
    if out is None:
        out = []
    if x is None:
        return out
    if isinstance(x, (L, str)):
        out.append(x)
    elif isinstance(x, (list, tuple)):
        for y in x:
            flat(y, out)
    else:
        out.append(str(x))
    return out


_PH = re.compile(r"\{(\w+)\}")


def fmt(template, **kw):
    """Fill `{key}` placeholders with str / L / nested lists; other braces are left alone."""
    out = []
    pos = 0
    for m in _PH.finditer(template):
        if m.group(1) not in kw:
            continue
        out.append(template[pos : m.start()])
        flat(kw[m.group(1)], out)
        pos = m.end()
    out.append(template[pos:])
    return [p for p in out if not (isinstance(p, str) and p == "")]


def tmap(parts, fn):
    """Apply a text transform to every part (labelled or not)."""
    return [p.map(fn) if isinstance(p, L) else fn(p) for p in flat(parts)]


def plain_map(parts, fn):
    """Apply a transform to unlabelled parts only."""
    return [p if isinstance(p, L) else fn(p) for p in flat(parts)]


def text_of(parts):
    return "".join(p.text if isinstance(p, L) else p for p in flat(parts))


def typo_text(rng, s, rate):
    """Introduce keyboard-ish typos in words of an unlabelled string."""
    if rate <= 0:
        return s

    def fix(m):
        w = m.group(0)
        if len(w) < 4 or rng.random() > rate:
            return w
        i = rng.randrange(1, len(w) - 1)
        k = rng.randrange(4)
        if k == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        if k == 1:
            return w[:i] + w[i + 1 :]
        if k == 2:
            return w[:i] + w[i] + w[i:]
        return w[:i] + w[i + 1 :] if w[i] in "aeiou" else w

    return re.sub(r"[A-Za-z]{4,}", fix, s)


class Doc:
    def __init__(self):
        self.parts = []

    def add(self, *items):
        for it in items:
            flat(it, self.parts)
        return self

    def f(self, template, **kw):
        return self.add(fmt(template, **kw))

    def build(self):
        text = []
        spans = []
        pos = 0
        for p in self.parts:
            if isinstance(p, L):
                t = p.text
                assert t and t == t.strip(), "bad span text %r" % t
                spans.append({"start": pos, "end": pos + len(t), "label": p.label, "text": t})
            else:
                t = p
            text.append(t)
            pos += len(t)
        text = "".join(text)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"]
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"]
        return text, spans


# =====================================================================================================================
# Small helpers
# =====================================================================================================================
def pair(s):
    if "|" in s:
        a, b = s.split("|", 1)
        return a, b
    return s, s


def gendered(s, g):
    if "/" in s:
        m, f = s.split("/", 1)
        return f if g == "f" else m
    return s


def deaccent(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss").replace("ł", "l")
    s = s.replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("å", "a")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", deaccent(s).lower())


def digits(rng, n, first_nonzero=False):
    d = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and d[0] == "0":
        d = str(rng.randint(1, 9)) + d[1:]
    return d


def alnum(rng, n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def weighted(rng, items):
    """items: list of (weight, value)"""
    tot = sum(w for w, _ in items)
    x = rng.random() * tot
    for w, v in items:
        x -= w
        if x < 0:
            return v
    return items[-1][1]


def _mod(name):
    return importlib.import_module("stdnum." + name)


def brute(rng, make, valid, tries=20000):
    for _ in range(tries):
        c = make()
        if valid(c):
            return c
    raise RuntimeError("could not generate a valid value")


def complete(prefix, alphabet, k, valid):
    """Deterministically append k characters from alphabet so that valid(prefix+tail) holds."""

    def rec(p, left):
        if left == 0:
            return p if valid(p) else None
        for ch in alphabet:
            r = rec(p + ch, left - 1)
            if r:
                return r
        return None

    return rec(prefix, k)


# =====================================================================================================================
# Dates and ages
# =====================================================================================================================
def rand_date(rng, start, end):
    d0 = start.toordinal()
    return dt.date.fromordinal(rng.randint(d0, end.toordinal()))


def ref_date(rng):
    return rand_date(rng, dt.date(2025, 6, 1), dt.date(2026, 4, 30))


def dob_for_age(rng, age, ref):
    latest = dt.date(ref.year - age, ref.month, min(ref.day, 28))
    return latest - dt.timedelta(days=rng.randint(0, 360))


def years_between(a, b):
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(rng, d, style=None):
    styles = ["dmy", "mdy", "iso", "dmy_dot", "long", "us_long", "dmon", "dmy_dash", "dmy_short"]
    style = style or rng.choice(styles)
    D, M, Y = d.day, d.month, d.year
    if style == "dmy":
        return "%02d/%02d/%d" % (D, M, Y)
    if style == "mdy":
        return "%02d/%02d/%d" % (M, D, Y)
    if style == "mdy_nopad":
        return "%d/%d/%d" % (M, D, Y)
    if style == "iso":
        return "%d-%02d-%02d" % (Y, M, D)
    if style == "dmy_dot":
        return "%02d.%02d.%d" % (D, M, Y)
    if style == "long":
        return "%d %s %d" % (D, S.MONTHS_EN[M - 1], Y)
    if style == "us_long":
        return "%s %d, %d" % (S.MONTHS_EN[M - 1], D, Y)
    if style == "dmon":
        return "%02d-%s-%d" % (D, MON3[M - 1], Y)
    if style == "dmy_dash":
        return "%02d-%02d-%d" % (D, M, Y)
    if style == "dmy_short":
        return "%d/%d/%02d" % (D, M, Y % 100)
    if style == "ru":
        return "%d %s %d г." % (D, S.MONTHS_RU_GEN[M - 1], Y)
    if style == "cjk":
        return "%d年%d月%d日" % (Y, M, D)
    if style == "ko":
        return "%d년 %d월 %d일" % (Y, M, D)
    if style == "es":
        return "%d de %s de %d" % (D, S.MONTHS_ES[M - 1], Y)
    if style == "pt":
        return "%d de %s de %d" % (D, S.MONTHS_PT[M - 1], Y)
    if style == "fr":
        return "%d %s %d" % (D, S.MONTHS_FR[M - 1], Y)
    if style == "de":
        return "%d. %s %d" % (D, S.MONTHS_DE[M - 1], Y)
    if style == "tr":
        return "%d %s %d" % (D, S.MONTHS_TR[M - 1], Y)
    if style == "el":
        return "%d %s %d" % (D, S.MONTHS_EL_GEN[M - 1], Y)
    if style == "th":
        return "%d %s %d" % (D, S.MONTHS_TH[M - 1], Y + 543)
    if style == "compact":
        return "%d%02d%02d" % (Y, M, D)
    raise ValueError(style)


LOCALE_DATE = {
    "RU": "ru",
    "UA": "dmy_dot",
    "CN": "cjk",
    "TW": "cjk",
    "JP": "cjk",
    "KR": "ko",
    "ES": "es",
    "MX": "es",
    "AR": "es",
    "CL": "es",
    "BR": "pt",
    "PT": "pt",
    "FR": "fr",
    "BE": "dmy",
    "DE": "de",
    "AT": "de",
    "CH": "dmy_dot",
    "TR": "tr",
    "GR": "el",
    "TH": "th",
    "US": "mdy",
}


def age_words(n):
    if n <= 20:
        return S.NUM_WORDS[n]
    t, u = divmod(n, 10)
    return S.TENS_WORDS[t] + ("-" + S.NUM_WORDS[u] if u else "")


# =====================================================================================================================
# People
# =====================================================================================================================
CULTURES_SEEN = {}


class Person:
    def __init__(
        self, rng, culture=None, gender=None, minor=False, ref=None, age=None, country=None, min_age=None, max_age=None
    ):
        self.rng = rng
        self.culture = culture or rng.choice(list(S.CULTURES))
        c = S.CULTURES[self.culture]
        CULTURES_SEEN[self.culture] = CULTURES_SEEN.get(self.culture, 0) + 1
        self.c = c
        self.gender = gender or rng.choice("mf")
        self.country = country or c["country"]
        self.is_native = c["script"] != "latin"
        self.order = c["order"]
        self._given = pair(rng.choice(c[self.gender]))
        fam = rng.choice(c["fam"])
        self._fam_raw = fam
        self._family = tuple(gendered(x, self.gender) for x in pair(fam))
        others = [x for x in c["fam"] if x != fam]
        self._family2 = tuple(gendered(x, self.gender) for x in pair(rng.choice(others)))
        self._pat = tuple(gendered(x, self.gender) for x in pair(rng.choice(c["pat"]))) if "pat" in c else None
        self._mid = rng.choice(c["mid_" + self.gender]) if "mid_m" in c else None
        self._nick = pair(rng.choice(c["nick"]))
        self.ref = ref or ref_date(rng)
        self.minor = minor
        if age is None:
            lo, hi = (min_age or (7 if minor else 19)), (max_age or (17 if minor else 66))
            age = rng.randint(lo, hi)
        self.age = age
        self.dob = dob_for_age(rng, age, self.ref)
        self.age = years_between(self.dob, self.ref)
        if minor:
            assert self.age < 18
        self.hisp_two = rng.random() < 0.6
        self.latin_western = rng.random() < 0.5

    def differ_from(self, *others):
        """Re-draw the given name if it clashes with one of `others` (same culture)."""
        taken = {o._given for o in others}
        pool = [pair(x) for x in self.c[self.gender] if pair(x) not in taken]
        if self._given in taken and pool:
            self._given = self.rng.choice(pool)
        return self

    def adopt_family(self, other):
        """Take the family name of another person of the same culture (gendered form kept)."""
        if other.culture == self.culture:
            self._fam_raw = other._fam_raw
            self._family = tuple(gendered(x, self.gender) for x in pair(other._fam_raw))
        return self

    # -- raw strings --------------------------------------------------------------------------------------------------
    def _sc(self, script):
        if script == "auto":
            return 0 if self.is_native else 1
        return 0 if script == "native" else 1

    def given_s(self, script="auto"):
        return self._given[self._sc(script)]

    def family_s(self, script="auto"):
        return self._family[self._sc(script)]

    def full_s(self, script="auto", formal=False):
        i = self._sc(script)
        g, f = self._given[i], self._family[i]
        o = self.order
        if o == "eastern":
            if i == 0:
                sep = ""
                if self.culture == "ja" and self.rng.random() < 0.25:
                    sep = "\u3000"
                return f + sep + g
            return (g + " " + f) if self.latin_western else (f + " " + g)
        if o == "hu":
            return f + " " + g
        if o == "vi":
            return "%s %s %s" % (f, self._mid, g)
        if o == "hisp":
            return "%s %s %s" % (g, f, self._family2[i]) if self.hisp_two else "%s %s" % (g, f)
        if o == "slav" and formal and self._pat:
            return "%s %s %s" % (f, g, self._pat[i])
        return g + " " + f

    # -- labelled ----------------------------------------------------------------------------------------------------
    def full(self, script="auto", formal=False, case=None):
        return L(_case(self.full_s(script, formal), case), "PERSON")

    def given(self, script="auto", case=None):
        return L(_case(self.given_s(script), case), "PERSON")

    def family(self, script="auto", case=None):
        return L(_case(self.family_s(script), case), "PERSON")

    def nick(self, script="auto", case=None):
        return L(_case(self._nick[self._sc(script)], case), "PERSON")

    def formal_comma(self, script="auto", case=None):
        """'FAMILY, Given' style used in records."""
        i = self._sc(script)
        fam = self._family[i] + (" " + self._family2[i] if self.order == "hisp" and self.hisp_two else "")
        return L(_case(fam, case or "upper") + ", " + self._given[i], "PERSON")

    def initial(self, script="latin"):
        i = self._sc(script)
        return L(self._given[i][0] + ". " + self._family[i], "PERSON")

    def native_with_latin(self, formal=False):
        """['Иванова Дарья', ' (', 'Ivanova Darya', ')'] – two PERSON spans."""
        if not self.is_native:
            return [self.full("latin", formal)]
        return [self.full("native", formal), " (", self.full("latin", formal), ")"]

    @property
    def latin_given(self):
        return self._given[1]

    @property
    def latin_family(self):
        return self._family[1]

    def pronoun(self):
        return "she" if self.gender == "f" else "he"

    def obj(self):
        return "her" if self.gender == "f" else "him"

    def poss(self):
        return "her" if self.gender == "f" else "his"


def _case(s, case):
    if case == "upper":
        return s.upper()
    if case == "lower":
        return s.lower()
    if case == "title":
        return s.title()
    return s


# =====================================================================================================================
# Contact details
# =====================================================================================================================
def phone_obj(rng, region, kind="mobile"):
    t = PNT.MOBILE if kind == "mobile" else PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    keep = max(1, min(rng.choice([1, 1, 2]), len(nsn) - 6))
    ok_types = (t, PNT.FIXED_LINE_OR_MOBILE)
    for _ in range(3000):
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        num = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
        if phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in ok_types:
            return num
    return ex


DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(rng, s, oh=True, doubles=True):
    groups = re.findall(r"\d+", s)
    out = []
    for g in groups:
        words = []
        i = 0
        while i < len(g):
            d = int(g[i])
            w = "oh" if (d == 0 and oh) else DIGIT_WORDS[d]
            if doubles and i + 1 < len(g) and g[i + 1] == g[i] and rng.random() < 0.7:
                words.append("double " + w)
                i += 2
                continue
            words.append(w)
            i += 1
        out.append(" ".join(words))
    return rng.choice([" ", ", ", " - "]).join(out)


def phone(rng, region, style=None, kind="mobile"):
    num = phone_obj(rng, region, kind)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    styles = ["intl", "intl", "e164", "nat", "nat", "dots", "compact", "00", "dashes"]
    if region in ("GB", "DE", "AT", "CH", "NL", "BE", "IT", "FR"):
        styles.append("paren0")
    style = style or rng.choice(styles)
    if style == "intl":
        s = intl
    elif style == "e164":
        s = e164
    elif style == "nat":
        s = nat
    elif style == "dots":
        s = re.sub(r"[\s\-()]+", ".", nat).strip(".")
    elif style == "dashes":
        s = re.sub(r"[\s\-()]+", "-", intl).strip("-")
    elif style == "compact":
        s = re.sub(r"\D", "", nat)
        if region == "US":
            s = re.sub(r"\D", "", nat)
    elif style == "00":
        s = "00" + intl[1:]
    elif style == "paren0":
        s = "+%s (0)%s" % (cc, intl[len(cc) + 2 :])
    elif style == "spoken":
        s = spoken_digits(rng, nat)
    elif style == "spaced":
        s = " ".join(re.sub(r"\D", "", nat))
    elif style == "mixed":
        ds = re.sub(r"\D", "", nat)
        s = " ".join(DIGIT_WORDS[int(c)] if rng.random() < 0.5 else c for c in ds)
    elif style == "nsn":
        s = nsn
    else:
        raise ValueError(style)
    return L(s, "PHONE_NUMBER")


def email(rng, person=None, domain=None, obfuscate=None, work=False):
    if person is not None:
        g, f = slug(person.latin_given), slug(person.latin_family)
    else:
        g, f = slug(rng.choice(S.HANDLE_WORDS)), slug(rng.choice(S.HANDLE_WORDS))
    g = g or "x"
    f = f or "y"
    yy = str(rng.randint(70, 99)) if rng.random() < 0.3 else str(rng.randint(1, 2015))
    pats = [
        "{g}.{f}",
        "{g}{f}{n}",
        "{g0}.{f}",
        "{f}.{g}",
        "{g}_{f}{n}",
        "{g}{n}",
        "{f}{g0}",
        "{w}{g}{n}",
        "{g}.{w}",
        "{g}-{f}",
    ]
    if work:
        pats = ["{g}.{f}", "{g0}.{f}", "{g0}{f}", "{f}.{g}"]
    p = rng.choice(pats)
    local = p.format(g=g, f=f, g0=g[0], n=yy, w=rng.choice(S.HANDLE_WORDS))
    dom = domain or (rng.choice(S.WORK_DOMAINS) if work else rng.choice(S.EMAIL_DOMAINS))
    if obfuscate is None:
        obfuscate = rng.random() < 0.12
    if obfuscate:
        name, rest = dom.split(".", 1)
        style = rng.randrange(5)
        if style == 0:
            s = "%s at %s dot %s" % (local, name, rest.replace(".", " dot "))
        elif style == 1:
            s = "%s[at]%s[dot]%s" % (local, name, rest.replace(".", "[dot]"))
        elif style == 2:
            s = "%s (at) %s (dot) %s" % (local, name, rest.replace(".", " (dot) "))
        elif style == 3:
            s = "%s @ %s . %s" % (local, name, rest.replace(".", " . "))
        else:
            s = "%s AT %s DOT %s" % (local, name, rest.replace(".", " DOT "))
        return L(s, "EMAIL_ADDRESS")
    return L(local + "@" + dom, "EMAIL_ADDRESS")


def handle_str(rng, person=None, style=None):
    st = style or rng.choice(S.HANDLE_STYLES)
    w1, w2 = rng.sample(S.HANDLE_WORDS, 2)
    first = slug(person.latin_given) if person else slug(rng.choice(S.HANDLE_WORDS))
    last = slug(person.latin_family) if person else slug(rng.choice(S.HANDLE_WORDS))
    first = first or w1
    last = last or w2
    n2 = "%02d" % rng.randint(0, 99) if rng.random() < 0.7 else str(rng.randint(2006, 2016))
    s = st.format(
        w1=w1,
        w2=w2,
        W1=w1.capitalize(),
        W2=w2.capitalize(),
        first=first,
        last=last,
        n1=rng.randint(1, 9),
        n2=n2,
        n4=digits(rng, 4),
    )
    if rng.random() < 0.15:
        s = s.replace("o", "0", 1)
    return s


def username(rng, person=None, at=False, style=None):
    s = handle_str(rng, person, style)
    if at:
        s = "@" + s.replace(" ", "_")
    return L(s, "USERNAME")


def url_safe(u):
    return re.sub(r"[^A-Za-z0-9._\-]", "", u.replace(" ", "_")).strip(".") or "user"


def profile_url(rng, handle=None, person=None, kind=None):
    h = url_safe(handle) if handle else url_safe(handle_str(rng, person))
    kinds = [
        "insta",
        "tiktok",
        "twitch",
        "steam_id",
        "steam_prof",
        "fb",
        "vk",
        "x",
        "snap",
        "roblox",
        "yt",
        "discord",
        "reddit",
        "weibo",
        "ok",
    ]
    kind = kind or rng.choice(kinds)
    www = "https://www." if rng.random() < 0.5 else rng.choice(["https://", "", "www.", "http://"])
    if kind == "insta":
        s = "%sinstagram.com/%s%s" % (www, h.lower(), rng.choice(["/", ""]))
    elif kind == "tiktok":
        s = "%stiktok.com/@%s" % (www, h.lower())
    elif kind == "twitch":
        s = "%stwitch.tv/%s" % (www.replace("www.", ""), h.lower())
    elif kind == "steam_id":
        s = "https://steamcommunity.com/id/%s/" % h.lower()
    elif kind == "steam_prof":
        s = "https://steamcommunity.com/profiles/7656119%s" % digits(rng, 10)
    elif kind == "fb":
        if person is not None:
            s = "%sfacebook.com/%s.%s.%s" % (
                www,
                slug(person.latin_given),
                slug(person.latin_family),
                digits(rng, rng.choice([1, 2, 3])),
            )
        else:
            s = "https://www.facebook.com/profile.php?id=1000%s" % digits(rng, 11)
    elif kind == "vk":
        s = "https://vk.com/id%s" % digits(rng, rng.choice([8, 9]), True)
    elif kind == "x":
        s = "https://x.com/%s" % h
    elif kind == "snap":
        s = "https://www.snapchat.com/add/%s" % h.lower()
    elif kind == "roblox":
        s = "https://www.roblox.com/users/%s/profile" % digits(rng, rng.choice([9, 10]), True)
    elif kind == "yt":
        s = "https://www.youtube.com/@%s" % h
    elif kind == "discord":
        s = "https://discord.com/users/%s" % snowflake(rng)
    elif kind == "reddit":
        s = "https://www.reddit.com/user/%s" % h
    elif kind == "weibo":
        s = "https://weibo.com/u/%s" % digits(rng, 10, True)
    else:
        s = "https://ok.ru/profile/%s" % digits(rng, 12, True)
    return L(s, "URL")


def snowflake(rng):
    return str(rng.randint(300000000000000000, 1300000000000000000))


# =====================================================================================================================
# Network and device identifiers
# =====================================================================================================================
PUBLIC_FIRST_OCTETS = [
    5,
    24,
    31,
    37,
    41,
    46,
    49,
    58,
    62,
    73,
    77,
    78,
    81,
    82,
    86,
    89,
    91,
    92,
    94,
    95,
    98,
    101,
    103,
    109,
    110,
    112,
    114,
    118,
    122,
    151,
    176,
    177,
    178,
    180,
    182,
    185,
    186,
    187,
    188,
    189,
    190,
    195,
    197,
    201,
    202,
    203,
    211,
    212,
    213,
    217,
    223,
]


def ipv4(rng, private=False):
    if private:
        s = rng.choice(
            [
                "192.168.%d.%d" % (rng.choice([0, 1, 1, 8, 10, 100]), rng.randint(2, 254)),
                "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
            ]
        )
    else:
        s = "%d.%d.%d.%d" % (
            rng.choice(PUBLIC_FIRST_OCTETS),
            rng.randint(0, 255),
            rng.randint(0, 255),
            rng.randint(1, 254),
        )
    return L(s, "IP_ADDRESS")


def ipv6(rng):
    head = rng.choice(["2a02", "2a01", "2600", "2601", "2604", "2409", "240e", "2001", "2a00", "2406", "2800", "2c0f"])
    groups = [head] + ["%x" % rng.randint(0, 0xFFFF) for _ in range(7)]
    if rng.random() < 0.5:
        # compress a run in the middle
        i = rng.randint(2, 4)
        s = ":".join(groups[:i]) + "::" + ":".join(groups[i + 2 + rng.randint(0, 1) :])
    else:
        s = ":".join(groups)
    if rng.random() < 0.2:
        s = s.upper()
    return L(s, "IP_ADDRESS")


def ip(rng, v6_prob=0.25):
    return ipv6(rng) if rng.random() < v6_prob else ipv4(rng)


def mac(rng):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    st = rng.randrange(4)
    if st == 0:
        s = ":".join("%02x" % x for x in b)
    elif st == 1:
        s = "-".join("%02X" % x for x in b)
    elif st == 2:
        h = "".join("%02x" % x for x in b)
        s = "%s.%s.%s" % (h[:4], h[4:8], h[8:])
    else:
        s = ":".join("%02X" % x for x in b)
    return L(s, "MAC_ADDRESS")


TACS = ["35391110", "35693803", "86891003", "35328811", "01326300", "35845510", "86769804", "35209711"]


def imei(rng, spaced=None):
    body = rng.choice(TACS) + digits(rng, 6)
    s = body + luhn.calc_check_digit(body)
    assert std_imei.is_valid(s)
    if spaced is None:
        spaced = rng.random() < 0.25
    if spaced:
        s = "%s %s %s %s" % (s[:2], s[2:8], s[8:14], s[14:])
    return L(s, "DEVICE_ID")


def device_uuid(rng, upper=None):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if upper is None:
        upper = rng.random() < 0.5
    return L(u.upper() if upper else u, "DEVICE_ID")


def android_id(rng):
    return L("%016x" % rng.getrandbits(64), "DEVICE_ID")


SERIAL_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def device_serial(rng, kind=None):
    kind = kind or rng.choice(["iphone", "samsung", "switch", "xbox", "ps"])
    if kind == "iphone":
        s = rng.choice("FDGC") + alnum(rng, 11, SERIAL_ALPHA)
    elif kind == "samsung":
        s = "R5" + rng.choice("8CFGRX") + alnum(rng, 8, SERIAL_ALPHA)
    elif kind == "switch":
        s = "XAW" + digits(rng, 11)
    elif kind == "xbox":
        s = digits(rng, 12)
    else:
        s = "AJ" + digits(rng, 10)
    return L(s, "DEVICE_ID")


def device_id(rng, kind=None):
    """Returns (kind_name, L)."""
    kind = kind or rng.choice(["imei", "android", "idfa", "gaid", "uuid", "serial"])
    if kind == "imei":
        return "IMEI", imei(rng)
    if kind == "android":
        return "Android ID", android_id(rng)
    if kind == "idfa":
        return "IDFA", device_uuid(rng, upper=True)
    if kind == "gaid":
        return "GAID", device_uuid(rng, upper=False)
    if kind == "uuid":
        return "device UUID", device_uuid(rng)
    sk = rng.choice(["iphone", "samsung", "switch", "xbox", "ps"])
    names = {
        "iphone": "iPhone serial",
        "samsung": "Samsung S/N",
        "switch": "Switch serial",
        "xbox": "console serial",
        "ps": "PS5 serial",
    }
    return names[sk], device_serial(rng, sk)


PW_WORDS = [
    "sunshine",
    "dragon",
    "minecraft",
    "football",
    "princess",
    "bubbles",
    "pokemon",
    "letmein",
    "shadow",
    "monkey",
    "charlie",
    "tiger",
    "unicorn",
    "fortnite",
    "peaches",
    "liverpool",
    "bella",
    "cookie",
    "hello",
    "batman",
    "sparkle",
    "hunter",
    "kitty",
    "matrix",
]


def credential(rng, kind=None):
    """Returns (kind_name, L)."""
    kind = kind or rng.choice(["password", "password", "pin", "apikey", "token", "backup"])
    if kind == "password":
        w = rng.choice(PW_WORDS)
        st = rng.randrange(5)
        if st == 0:
            s = w.capitalize() + str(rng.randint(1990, 2025)) + rng.choice("!?#$*")
        elif st == 1:
            s = w + str(rng.randint(1, 999))
        elif st == 2:
            s = w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + str(rng.randint(10, 99))
        elif st == 3:
            s = alnum(rng, 12, string.ascii_letters + string.digits + "!#%&*+-")
        else:
            s = "%s_%s%d" % (w, rng.choice(PW_WORDS), rng.randint(1, 99))
        return "password", L(s, "CREDENTIAL")
    if kind == "pin":
        return "PIN", L(digits(rng, rng.choice([4, 4, 6])), "CREDENTIAL")
    if kind == "apikey":
        st = rng.randrange(3)
        if st == 0:
            s = "%032x" % rng.getrandbits(128)
        elif st == 1:
            s = "key-" + alnum(rng, 28, string.ascii_lowercase + string.digits)
        else:
            s = alnum(rng, 40, string.ascii_letters + string.digits)
        return "API key", L(s, "CREDENTIAL")
    if kind == "token":
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        body = base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(rng.randint(30, 48)))).decode()
        sig = base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
        s = "%s.%s.%s" % (head, body.rstrip("="), sig.rstrip("="))
        return "session token", L(s, "CREDENTIAL")
    s = "%s-%s" % (digits(rng, 4), digits(rng, 4))
    return "backup code", L(s, "CREDENTIAL")


# =====================================================================================================================
# US identifiers
# =====================================================================================================================
def us_ssn(rng, style=None):
    ssn = _mod("us.ssn")

    def make():
        a = rng.randint(1, 899)
        while a == 666:
            a = rng.randint(1, 899)
        return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))

    s = brute(rng, make, ssn.is_valid)
    style = style or weighted(rng, [(6, "dash"), (2, "compact"), (1, "space")])
    if style == "compact":
        s = s.replace("-", "")
    elif style == "space":
        s = s.replace("-", " ")
    return L(s, "US_SSN")


def us_itin(rng):
    itin = _mod("us.itin")
    groups = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))

    def make():
        return "9%02d-%02d-%04d" % (rng.randint(0, 99), rng.choice(groups), rng.randint(0, 9999))

    s = brute(rng, make, itin.is_valid)
    if rng.random() < 0.2:
        s = s.replace("-", "")
    return L(s, "US_ITIN")


def us_passport(rng):
    if rng.random() < 0.55:
        s = digits(rng, 9, True)
    else:
        s = rng.choice("ABCEFGHJKLMN") + digits(rng, 8)
    return L(s, "US_PASSPORT")


US_DL_STATES = ["CA", "NY", "FL", "TX", "IL", "PA", "WA", "MI", "OH", "GA", "NJ"]


def us_dl(rng, state=None):
    st = state if state in US_DL_STATES else rng.choice(US_DL_STATES)
    U = string.ascii_uppercase
    if st == "CA":
        s = rng.choice(U) + digits(rng, 7)
    elif st == "NY":
        d = digits(rng, 9)
        s = d if rng.random() < 0.5 else "%s %s %s" % (d[:3], d[3:6], d[6:])
    elif st == "FL":
        d = digits(rng, 12)
        s = "%s%s-%s-%s-%s-%s" % (rng.choice(U), d[:3], d[3:6], d[6:8], d[8:11], d[11])
    elif st == "TX":
        s = digits(rng, 8, True)
    elif st == "IL":
        d = digits(rng, 11)
        s = "%s%s-%s-%s" % (rng.choice(U), d[:3], d[3:7], d[7:])
    elif st == "PA":
        d = digits(rng, 8)
        s = "%s %s %s" % (d[:2], d[2:5], d[5:])
    elif st == "WA":
        s = "WDL" + alnum(rng, 9)
    elif st == "MI":
        d = digits(rng, 12)
        s = "%s %s %s %s %s" % (rng.choice(U), d[:3], d[3:6], d[6:9], d[9:])
    elif st == "OH":
        s = rng.choice(U) + rng.choice(U) + digits(rng, 6)
    elif st == "GA":
        s = digits(rng, 9, True)
    else:
        d = digits(rng, 14)
        s = "%s%s %s %s" % (rng.choice(U), d[:4], d[4:9], d[9:])
    return st, L(s, "US_DRIVER_LICENSE")


def aba(rng):
    rtn = _mod("us.rtn")
    first2 = rng.choice(
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
            "26",
            "31",
            "32",
            "26",
            "27",
        ]
    )

    def make():
        return complete(first2 + digits(rng, 6), string.digits, 1, rtn.is_valid)

    s = brute(rng, make, lambda x: x is not None)
    return L(s, "ABA_ROUTING_NUMBER")


def bank_account(rng):
    return L(digits(rng, rng.choice([8, 9, 10, 10, 11, 12, 14]), True), "US_BANK_NUMBER")


# =====================================================================================================================
# National identifiers of other countries
# =====================================================================================================================
def _dob(rng, dob, lo=1965, hi=2019):
    return dob or rand_date(rng, dt.date(lo, 1, 1), dt.date(hi, 12, 28))


def _gb_nino(rng, dob=None, g=None):
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a = rng.choice([c for c in string.ascii_uppercase if c not in bad1])
        b = rng.choice([c for c in string.ascii_uppercase if c not in bad2])
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.6:
        return "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], suf)
    return a + b + d + suf


def _gb_nhs(rng, dob=None, g=None):
    m = _mod("gb.nhs")
    s = brute(
        rng,
        lambda: complete(str(rng.randint(4, 6)) + digits(rng, 8), string.digits, 1, m.is_valid),
        lambda x: x is not None,
    )
    return "%s %s %s" % (s[:3], s[3:6], s[6:]) if rng.random() < 0.7 else s


def _ie_pps(rng, dob=None, g=None):
    m = _mod("ie.pps")
    s = brute(rng, lambda: complete(digits(rng, 7), "ABCDEFGHIJKLMNOPQRSTUVW", 1, m.is_valid), lambda x: x is not None)
    return s


def _ca_sin(rng, dob=None, g=None):
    m = _mod("ca.sin")
    s = brute(
        rng,
        lambda: complete(str(rng.randint(1, 7)) + digits(rng, 7), string.digits, 1, m.is_valid),
        lambda x: x is not None,
    )
    return rng.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (s[:3], s[3:6], s[6:])


def _ca_phn(rng, dob=None, g=None):
    m = _mod("ca.bc_phn")
    s = brute(rng, lambda: complete("9" + digits(rng, 8), string.digits, 1, m.is_valid), lambda x: x is not None)
    return "%s %s %s" % (s[:4], s[4:7], s[7:])


def _au_tfn(rng, dob=None, g=None):
    m = _mod("au.tfn")
    s = brute(rng, lambda: complete(digits(rng, 7, True), string.digits, 2, m.is_valid), lambda x: x is not None)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def _de_idnr(rng, dob=None, g=None):
    m = _mod("de.idnr")

    def make():
        ds = list(string.digits)
        rng.shuffle(ds)
        ds = ds[:9]
        dup = rng.choice(ds)
        ds.insert(rng.randrange(len(ds) + 1), dup)
        if ds[0] == "0":
            return None
        return complete("".join(ds), string.digits, 1, m.is_valid)

    s = brute(rng, make, lambda x: x is not None)
    return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]) if rng.random() < 0.5 else s


def _fr_nir(rng, dob=None, g=None):
    dob = _dob(rng, dob)
    sex = "2" if g == "f" else "1"
    dept = rng.choice(["59", "69", "13", "93", "75", "44", "34", "67", "62", "76"])
    body = "%s%02d%02d%s%03d%03d" % (sex, dob.year % 100, dob.month, dept, rng.randint(1, 990), rng.randint(1, 999))
    key = 97 - int(body) % 97
    s = body + "%02d" % key
    assert _mod("fr.nir").is_valid(s)
    if rng.random() < 0.6:
        return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])
    return s


def _es_dni(rng, dob=None, g=None):
    n = digits(rng, 8)
    s = n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
    assert _mod("es.dni").is_valid(s)
    return s if rng.random() < 0.7 else s[:8] + "-" + s[8]


def _es_nie(rng, dob=None, g=None):
    p = rng.choice("XYZ")
    n = digits(rng, 7)
    s = p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + n) % 23]
    assert _mod("es.nie").is_valid(s)
    return s


def _it_cf(rng, dob=None, g=None):
    m = _mod("it.codicefiscale")
    dob = _dob(rng, dob)
    cons = "BCDFGHLMNPRSTVZ"
    sur = "".join(rng.choice(cons) for _ in range(2)) + rng.choice("AEIOU" + cons)
    nam = "".join(rng.choice(cons) for _ in range(3))
    day = dob.day + (40 if g == "f" else 0)
    body = "%s%s%02d%s%02d%s" % (
        sur,
        nam,
        dob.year % 100,
        "ABCDEHLMPRST"[dob.month - 1],
        day,
        rng.choice(["F205", "H501", "A662", "C351", "B157", "F839", "L219", "G273"]),
    )
    s = body + m.calc_check_digit(body)
    assert m.is_valid(s)
    return s


def _nl_bsn(rng, dob=None, g=None):
    m = _mod("nl.bsn")
    s = brute(
        rng,
        lambda: complete(str(rng.randint(1, 6)) + digits(rng, 7), string.digits, 1, m.is_valid),
        lambda x: x is not None,
    )
    return s if rng.random() < 0.7 else "%s.%s.%s" % (s[:4], s[4:6], s[6:])


def _be_nn(rng, dob=None, g=None):
    m = _mod("be.nn")
    dob = _dob(rng, dob)
    ser = rng.randrange(1, 998)
    if (ser % 2 == 0) != (g == "f"):
        ser += 1
    pre = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, ser)
    s = complete(pre, string.digits, 2, m.is_valid)
    if s is None:
        return _be_nn(rng, None, g)
    return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])


def _pl_pesel(rng, dob=None, g=None):
    m = _mod("pl.pesel")
    dob = _dob(rng, dob)
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    sx = rng.choice("02468" if g == "f" else "13579")
    pre = "%02d%02d%02d%s%s" % (dob.year % 100, mm, dob.day, digits(rng, 3), sx)
    s = complete(pre, string.digits, 1, m.is_valid)
    return s or _pl_pesel(rng, None, g)


def _cz_rc(rng, dob=None, g=None):
    m = _mod("cz.rc")
    dob = _dob(rng, dob)
    mm = dob.month + (50 if g == "f" else 0)
    for _ in range(100):
        pre = "%02d%02d%02d%s" % (dob.year % 100, mm, dob.day, digits(rng, 3))
        s = complete(pre, string.digits, 1, m.is_valid)
        if s:
            return s[:6] + "/" + s[6:]
    raise RuntimeError


def _ro_cnp(rng, dob=None, g=None):
    m = _mod("ro.cnp")
    dob = _dob(rng, dob)
    sx = (1 if g != "f" else 2) + (4 if dob.year >= 2000 else 0)
    for _ in range(200):
        pre = "%d%02d%02d%02d%02d%s" % (sx, dob.year % 100, dob.month, dob.day, rng.randint(1, 40), digits(rng, 3))
        s = complete(pre, string.digits, 1, m.is_valid)
        if s:
            return s
    raise RuntimeError


def _se_pnr(rng, dob=None, g=None):
    m = _mod("se.personnummer")
    dob = _dob(rng, dob)
    for _ in range(200):
        pre = "%02d%02d%02d-%s" % (dob.year % 100, dob.month, dob.day, digits(rng, 3))
        s = complete(pre, string.digits, 1, m.is_valid)
        if s:
            return ("%d" % (dob.year // 100) + s) if rng.random() < 0.4 else s
    raise RuntimeError


def _no_fnr(rng, dob=None, g=None):
    m = _mod("no.fodselsnummer")
    dob = _dob(rng, dob)
    for _ in range(300):
        ind = rng.randint(0, 499) if dob.year < 2000 else rng.randint(500, 999)
        pre = "%02d%02d%02d%03d" % (dob.day, dob.month, dob.year % 100, ind)
        s = complete(pre, string.digits, 2, m.is_valid)
        if s:
            return s if rng.random() < 0.5 else s[:6] + " " + s[6:]
    raise RuntimeError


def _dk_cpr(rng, dob=None, g=None):
    m = _mod("dk.cpr")
    dob = _dob(rng, dob)

    def make():
        c7 = rng.choice("0123") if dob.year < 2000 else rng.choice("4")
        return "%02d%02d%02d-%s%s" % (dob.day, dob.month, dob.year % 100, c7, digits(rng, 3))

    return brute(rng, make, m.is_valid)


def _fi_hetu(rng, dob=None, g=None):
    m = _mod("fi.hetu")
    dob = _dob(rng, dob)
    sign = "A" if dob.year >= 2000 else "-"
    for _ in range(100):
        pre = "%02d%02d%02d%s%03d" % (dob.day, dob.month, dob.year % 100, sign, rng.randint(2, 899))
        s = complete(pre, "0123456789ABCDEFHJKLMNPRSTUVWXY", 1, m.is_valid)
        if s:
            return s
    raise RuntimeError


def _ch_ahv(rng, dob=None, g=None):
    m = _mod("ch.ssn")
    s = brute(rng, lambda: complete("756" + digits(rng, 9), string.digits, 1, m.is_valid), lambda x: x is not None)
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


def _br_cpf(rng, dob=None, g=None):
    m = _mod("br.cpf")
    s = brute(rng, lambda: complete(digits(rng, 9), string.digits, 2, m.is_valid), lambda x: x is not None)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if rng.random() < 0.75 else s


def _mx_curp(rng, dob=None, g=None):
    m = _mod("mx.curp")
    dob = _dob(rng, dob)
    U = string.ascii_uppercase
    cons = "BCDFGHJKLMNPRSTVZ"
    for _ in range(500):
        pre = "%s%s%s%s%02d%02d%02d%s%s%s%s" % (
            rng.choice(cons),
            rng.choice("AEIOU"),
            rng.choice(U),
            rng.choice(U),
            dob.year % 100,
            dob.month,
            dob.day,
            "M" if g == "f" else "H",
            rng.choice(["DF", "JC", "NL", "PL", "MC", "BC", "CH", "GT", "VZ", "OC"]),
            "".join(rng.choice(cons) for _ in range(3)),
            rng.choice(U) if dob.year >= 2000 else rng.choice("0123"),
        )
        s = complete(pre, string.digits, 1, m.is_valid)
        if s:
            return s
    raise RuntimeError


def _ar_dni(rng, dob=None, g=None):
    n = str(rng.randint(20000000, 56000000))
    assert _mod("ar.dni").is_valid(n)
    return "%s.%s.%s" % (n[:2], n[2:5], n[5:]) if rng.random() < 0.7 else n


def _cl_rut(rng, dob=None, g=None):
    m = _mod("cl.rut")
    n = str(rng.randint(8000000, 26000000))
    s = complete(n, "0123456789K", 1, m.is_valid)
    return "%s.%s.%s-%s" % (s[:-7], s[-7:-4], s[-4:-1], s[-1])


def _ru_inn(rng, dob=None, g=None):
    m = _mod("ru.inn")
    s = brute(
        rng,
        lambda: complete(
            rng.choice(["77", "50", "66", "16", "63", "54", "78"]) + digits(rng, 8), string.digits, 2, m.is_valid
        ),
        lambda x: x is not None,
    )
    return s


def _ru_passport(rng, dob=None, g=None):
    return "%02d %02d %s" % (rng.randint(1, 99), rng.randint(0, 24), digits(rng, 6))


def _ua_rntrc(rng, dob=None, g=None):
    m = _mod("ua.rntrc")
    s = brute(
        rng,
        lambda: complete(str(rng.randint(2, 4)) + digits(rng, 8), string.digits, 1, m.is_valid),
        lambda x: x is not None,
    )
    return s


def _gr_amka(rng, dob=None, g=None):
    m = _mod("gr.amka")
    dob = _dob(rng, dob)
    for _ in range(100):
        sx = rng.choice("02468" if g == "f" else "13579")
        pre = "%02d%02d%02d%s%s" % (dob.day, dob.month, dob.year % 100, digits(rng, 3), sx)
        s = complete(pre, string.digits, 1, m.is_valid)
        if s:
            return s
    raise RuntimeError


def _tr_tc(rng, dob=None, g=None):
    m = _mod("tr.tckimlik")
    return brute(rng, lambda: complete(digits(rng, 9, True), string.digits, 2, m.is_valid), lambda x: x is not None)


def _il_id(rng, dob=None, g=None):
    m = _mod("il.idnr")
    return brute(
        rng, lambda: complete(rng.choice("023") + digits(rng, 7), string.digits, 1, m.is_valid), lambda x: x is not None
    )


def _in_aadhaar(rng, dob=None, g=None):
    m = _mod("in_.aadhaar")
    s = brute(
        rng,
        lambda: complete(str(rng.randint(2, 9)) + digits(rng, 10), string.digits, 1, m.is_valid),
        lambda x: x is not None,
    )
    return "%s %s %s" % (s[:4], s[4:8], s[8:]) if rng.random() < 0.7 else s


def _in_pan(rng, dob=None, g=None):
    U = string.ascii_uppercase
    s = "".join(rng.choice(U) for _ in range(3)) + "P" + rng.choice(U) + digits(rng, 4) + rng.choice(U)
    assert _mod("in_.pan").is_valid(s), s
    return s


def _pk_cnic(rng, dob=None, g=None):
    m = _mod("pk.cnic")

    def make():
        last = rng.choice("02468" if g == "f" else "13579")
        return "%d%s-%s-%s" % (rng.randint(1, 7), digits(rng, 4), digits(rng, 7), last)

    return brute(rng, make, m.is_valid)


CN_AREAS = ["441900", "510104", "420102", "410105", "440604", "530102", "330302", "450103", "110105", "320106"]


def _cn_ric(rng, dob=None, g=None):
    m = _mod("cn.ric")
    dob = _dob(rng, dob)
    for _ in range(200):
        seq = rng.randint(0, 999)
        if (seq % 2 == 0) != (g == "f"):
            seq = (seq + 1) % 1000
        pre = "%s%d%02d%02d%03d" % (rng.choice(CN_AREAS), dob.year, dob.month, dob.day, seq)
        s = complete(pre, "0123456789X", 1, m.is_valid)
        if s:
            return s
    raise RuntimeError


def _jp_mynumber(rng, dob=None, g=None):
    m = _mod("jp.in_")
    s = brute(rng, lambda: complete(digits(rng, 11), string.digits, 1, m.is_valid), lambda x: x is not None)
    return "%s %s %s" % (s[:4], s[4:8], s[8:]) if rng.random() < 0.6 else s


def _kr_rrn(rng, dob=None, g=None):
    m = _mod("kr.rrn")
    dob = _dob(rng, dob)
    gd = (1 if g != "f" else 2) + (2 if dob.year >= 2000 else 0)

    def make():
        pre = "%02d%02d%02d%d%04d%d" % (dob.year % 100, dob.month, dob.day, gd, rng.randint(0, 8999), rng.randint(0, 9))
        return complete(pre, string.digits, 1, m.is_valid)

    s = brute(rng, make, lambda x: x is not None)
    return s[:6] + "-" + s[6:]


def _th_pin(rng, dob=None, g=None):
    m = _mod("th.pin")
    s = brute(
        rng,
        lambda: complete(str(rng.randint(1, 8)) + digits(rng, 11), string.digits, 1, m.is_valid),
        lambda x: x is not None,
    )
    return "%s %s %s %s %s" % (s[0], s[1:5], s[5:10], s[10:12], s[12]) if rng.random() < 0.5 else s


def _id_nik(rng, dob=None, g=None):
    m = _mod("id.nik")
    dob = _dob(rng, dob)

    def make():
        dd = dob.day + (40 if g == "f" else 0)
        return "%s%02d%02d%02d%02d%02d%04d" % (
            rng.choice(["31", "32", "33", "35", "12", "73", "36", "51"]),
            rng.randint(1, 20),
            rng.randint(1, 30),
            dd,
            dob.month,
            dob.year % 100,
            rng.randint(1, 9999),
        )

    return brute(rng, make, m.is_valid)


def _my_nric(rng, dob=None, g=None):
    m = _mod("my.nric")
    dob = _dob(rng, dob)

    def make():
        last = rng.choice("02468" if g == "f" else "13579")
        return "%02d%02d%02d-%s-%s%s" % (
            dob.year % 100,
            dob.month,
            dob.day,
            rng.choice(["14", "10", "08", "01", "07", "12"]),
            digits(rng, 3),
            last,
        )

    return brute(rng, make, m.is_valid)


def _za_id(rng, dob=None, g=None):
    m = _mod("za.idnr")
    dob = _dob(rng, dob)
    for _ in range(200):
        seq = rng.randint(0, 4999) if g == "f" else rng.randint(5000, 9999)
        pre = "%02d%02d%02d%04d08" % (dob.year % 100, dob.month, dob.day, seq)
        s = complete(pre, string.digits, 1, m.is_valid)
        if s:
            return s
    raise RuntimeError


def _bg_egn(rng, dob=None, g=None):
    m = _mod("bg.egn")
    dob = _dob(rng, dob)
    mm = dob.month + (40 if dob.year >= 2000 else 0)
    for _ in range(200):
        pre = "%02d%02d%02d%s" % (dob.year % 100, mm, dob.day, digits(rng, 3))
        s = complete(pre, string.digits, 1, m.is_valid)
        if s:
            return s
    raise RuntimeError


def _ke_pin(rng, dob=None, g=None):
    s = "A" + digits(rng, 9) + rng.choice(string.ascii_uppercase)
    assert _mod("ke.pin").is_valid(s)
    return s


def _ir_melli(rng, dob=None, g=None):
    while True:
        d = digits(rng, 9)
        if len(set(d)) == 1:
            continue
        r = sum(int(d[i]) * (10 - i) for i in range(9)) % 11
        c = r if r < 2 else 11 - r
        s = d + str(c)
        return "%s-%s-%s" % (s[:3], s[3:9], s[9]) if rng.random() < 0.4 else s


TW_LETTERS = {
    "A": 10,
    "B": 11,
    "C": 12,
    "D": 13,
    "E": 14,
    "F": 15,
    "G": 16,
    "H": 17,
    "J": 18,
    "K": 19,
    "L": 20,
    "M": 21,
    "N": 22,
    "P": 23,
    "Q": 24,
    "R": 25,
    "S": 26,
    "T": 27,
    "U": 28,
    "V": 29,
    "X": 30,
    "Y": 31,
    "W": 32,
    "Z": 33,
    "I": 34,
    "O": 35,
}


def _tw_id(rng, dob=None, g=None):
    letter = rng.choice("ABDEFHJKLMNPQRSTUVWXY")
    n = TW_LETTERS[letter]
    body = ("2" if g == "f" else "1") + digits(rng, 7)
    tot = (n // 10) + (n % 10) * 9 + sum(int(c) * w for c, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
    check = (10 - tot % 10) % 10
    return letter + body + str(check)


def _plain_digits(n, grouping=None, first_nonzero=True):
    def gen(rng, dob=None, g=None):
        s = digits(rng, n, first_nonzero)
        if grouping and rng.random() < 0.6:
            out, i = [], 0
            for k in grouping:
                out.append(s[i : i + k])
                i += k
            return " ".join(out)
        return s

    return gen


def _vn_cccd(rng, dob=None, g=None):
    dob = _dob(rng, dob)
    cent = (0 if dob.year < 2000 else 2) + (1 if g == "f" else 0)
    return "%03d%d%02d%s" % (rng.choice([1, 31, 48, 79, 92, 75, 56]), cent, dob.year % 100, digits(rng, 6))


def _eg_nid(rng, dob=None, g=None):
    dob = _dob(rng, dob)
    c = 2 if dob.year < 2000 else 3
    last4 = digits(rng, 3) + rng.choice("02468" if g == "f" else "13579")
    return "%d%02d%02d%02d%02d%s%d" % (
        c,
        dob.year % 100,
        dob.month,
        dob.day,
        rng.choice([1, 2, 3, 12, 16, 21, 25]),
        last4,
        rng.randint(1, 9),
    )


def _passport(prefix_fn):
    def gen(rng, dob=None, g=None):
        return prefix_fn(rng)

    return gen


U_ = string.ascii_uppercase
PASSPORTS = {
    "GB": _passport(lambda r: digits(r, 9, True)),
    "DE": _passport(lambda r: "C" + alnum(r, 8, "CFGHJKLMNPRTVWXYZ0123456789")),
    "FR": _passport(lambda r: digits(r, 2) + r.choice(U_) + r.choice(U_) + digits(r, 5)),
    "IN": _passport(lambda r: r.choice("JKLMNPRSTUVWZ") + digits(r, 7, True)),
    "CN": _passport(lambda r: "E" + digits(r, 8, True)),
    "RU": _passport(lambda r: "7%d %s" % (r.randint(1, 6), digits(r, 7))),
    "UA": _passport(lambda r: r.choice(["FE", "FF", "FA", "EK", "GA"]) + digits(r, 6)),
    "JP": _passport(lambda r: r.choice(["TK", "TR", "TZ", "MU"]) + digits(r, 7)),
    "KR": _passport(lambda r: "M" + digits(r, 8)),
    "TH": _passport(lambda r: r.choice(["AA", "AB", "AC"]) + digits(r, 7)),
    "PH": _passport(lambda r: "P" + digits(r, 7) + r.choice("ABC")),
    "NG": _passport(lambda r: "A" + digits(r, 8)),
    "ET": _passport(lambda r: "EP" + digits(r, 7)),
    "BR": _passport(lambda r: r.choice(["FX", "GB", "FZ"]) + digits(r, 6)),
    "MX": _passport(lambda r: r.choice("GNJ") + digits(r, 8)),
    "TR": _passport(lambda r: "U" + digits(r, 8)),
    "GE": _passport(lambda r: digits(r, 2) + r.choice(U_) + r.choice(U_) + digits(r, 5)),
    "AM": _passport(lambda r: r.choice(["AT", "AU", "AR"]) + digits(r, 7)),
    "IR": _passport(lambda r: r.choice("KLMNP") + digits(r, 8)),
    "PK": _passport(lambda r: r.choice(U_) + r.choice(U_) + digits(r, 7)),
    "JO": _passport(lambda r: r.choice("NPR") + digits(r, 6)),
    "EG": _passport(lambda r: "A" + digits(r, 8)),
    "KE": _passport(lambda r: "AK" + digits(r, 7)),
    "IT": _passport(lambda r: r.choice(U_) + r.choice(U_) + digits(r, 7)),
    "ES": _passport(lambda r: "P" + r.choice(U_) + r.choice(U_) + digits(r, 6)),
    "PL": _passport(lambda r: "E" + r.choice(U_) + digits(r, 7)),
    "NL": _passport(
        lambda r: r.choice(["NW", "NX", "BN"]) + alnum(r, 6, "BCDFGHJKLMNPRSTVWXZ0123456789") + digits(r, 1)
    ),
    "GR": _passport(lambda r: r.choice(["AK", "AE", "AN"]) + digits(r, 7)),
    "IL": _passport(lambda r: digits(r, 8, True)),
    "VN": _passport(lambda r: r.choice("BCN") + digits(r, 7)),
    "ID": _passport(lambda r: r.choice(["A", "B", "C", "X"]) + digits(r, 7)),
    "BD": _passport(lambda r: r.choice(["EB", "EE", "BM"]) + digits(r, 7)),
    "SO": _passport(lambda r: "P" + digits(r, 8)),
}

# country -> list of (key, english label, local label, generator)
NATIONAL_IDS = {
    "GB": [("nino", "National Insurance number", "NI No.", _gb_nino), ("nhs", "NHS number", "NHS No.", _gb_nhs)],
    "IE": [("pps", "PPS number", "PPSN", _ie_pps)],
    "CA": [("sin", "SIN", "NAS", _ca_sin), ("phn", "BC Personal Health Number", "PHN", _ca_phn)],
    "AU": [("tfn", "Tax File Number", "TFN", _au_tfn)],
    "DE": [("idnr", "Steuer-ID", "Steueridentifikationsnummer", _de_idnr)],
    "FR": [("nir", "numéro de sécurité sociale", "NIR", _fr_nir)],
    "ES": [("dni", "DNI", "DNI", _es_dni), ("nie", "NIE", "NIE", _es_nie)],
    "IT": [("cf", "codice fiscale", "C.F.", _it_cf)],
    "NL": [("bsn", "BSN", "burgerservicenummer", _nl_bsn)],
    "BE": [("nn", "national register number", "rijksregisternummer", _be_nn)],
    "PL": [("pesel", "PESEL", "PESEL", _pl_pesel)],
    "CZ": [("rc", "birth number", "rodné číslo", _cz_rc)],
    "RO": [("cnp", "CNP", "CNP", _ro_cnp)],
    "SE": [("pnr", "personal identity number", "personnummer", _se_pnr)],
    "NO": [("fnr", "national ID number", "fødselsnummer", _no_fnr)],
    "DK": [("cpr", "CPR number", "CPR-nr.", _dk_cpr)],
    "FI": [("hetu", "personal identity code", "henkilötunnus", _fi_hetu)],
    "CH": [("ahv", "AHV number", "AHV-Nr.", _ch_ahv)],
    "AT": [("pass", "passport", "Reisepass", PASSPORTS["DE"])],
    "BR": [("cpf", "CPF", "CPF", _br_cpf)],
    "MX": [("curp", "CURP", "CURP", _mx_curp)],
    "AR": [("dni", "DNI", "DNI", _ar_dni)],
    "CL": [("rut", "RUT", "RUN", _cl_rut)],
    "PT": [("pass", "passport", "passaporte", _passport(lambda r: r.choice("CDE") + digits(r, 6)))],
    "RU": [("inn", "INN", "ИНН", _ru_inn), ("pass", "internal passport", "паспорт", _ru_passport)],
    "UA": [("rntrc", "tax number", "РНОКПП", _ua_rntrc), ("pass", "passport", "паспорт", PASSPORTS["UA"])],
    "GR": [("amka", "AMKA", "ΑΜΚΑ", _gr_amka)],
    "TR": [("tc", "TC identity number", "T.C. Kimlik No", _tr_tc)],
    "IL": [("id", "ID number", "ת.ז.", _il_id)],
    "JO": [("nn", "national number", "الرقم الوطني", _plain_digits(10, None, True))],
    "EG": [("nid", "national ID", "الرقم القومي", _eg_nid)],
    "MA": [
        (
            "cin",
            "CIN",
            "رقم البطاقة الوطنية",
            _passport(lambda r: r.choice(["AB", "BE", "CD", "F", "G"]) + digits(r, 6)),
        )
    ],
    "IR": [("melli", "national code", "کد ملی", _ir_melli)],
    "IN": [("aadhaar", "Aadhaar", "आधार संख्या", _in_aadhaar), ("pan", "PAN", "पैन", _in_pan)],
    "PK": [("cnic", "CNIC", "شناختی کارڈ نمبر", _pk_cnic)],
    "BD": [("nid", "NID", "জাতীয় পরিচয়পত্র নম্বর", _plain_digits(10, [3, 3, 4], True))],
    "CN": [("ric", "resident ID", "身份证号", _cn_ric)],
    "TW": [("id", "national ID", "身分證字號", _tw_id)],
    "JP": [("mynumber", "My Number", "マイナンバー", _jp_mynumber)],
    "KR": [("rrn", "resident registration number", "주민등록번호", _kr_rrn)],
    "TH": [("pin", "Thai ID", "เลขประจำตัวประชาชน", _th_pin)],
    "VN": [("cccd", "citizen ID", "số CCCD", _vn_cccd)],
    "PH": [("psn", "PhilSys number", "PSN", _plain_digits(16, [4, 4, 4, 4], True))],
    "ID": [("nik", "NIK", "NIK", _id_nik)],
    "NG": [("nin", "NIN", "NIN", _plain_digits(11, None, True))],
    "KE": [("pin", "KRA PIN", "KRA PIN", _ke_pin), ("nid", "ID number", "kitambulisho", _plain_digits(8, None, True))],
    "ZA": [("id", "ID number", "ID No.", _za_id)],
    "ET": [("fan", "Fayda number", "የፋይዳ ቁጥር", _plain_digits(16, [4, 4, 4, 4], True))],
    "GE": [("pn", "personal number", "პირადი ნომერი", _plain_digits(11, None, False))],
    "AM": [("psn", "public service number", "ՀԾՀ", _plain_digits(10, None, True))],
    "HU": [("pass", "passport", "útlevél", _passport(lambda r: r.choice(["BE", "BF", "HU"]) + digits(r, 7)))],
    "NZ": [("pass", "passport", "passport", _passport(lambda r: r.choice(["LA", "LH", "RA"]) + digits(r, 6)))],
    "MY": [("nric", "MyKad", "MyKad", _my_nric)],
    "BG": [("egn", "EGN", "ЕГН", _bg_egn)],
}


def national_id(rng, country, dob=None, gender=None, kind=None, passport_prob=0.15):
    """Returns (english_name, local_name, L)."""
    opts = NATIONAL_IDS.get(country)
    if (not opts or rng.random() < passport_prob) and country in PASSPORTS and kind is None:
        return "passport", "passport", L(PASSPORTS[country](rng), "NATIONAL_ID")
    if not opts:
        return "passport", "passport", L(PASSPORTS["GB"](rng), "NATIONAL_ID")
    if kind:
        opts = [o for o in opts if o[0] == kind] or opts
    key, en, loc, gen = rng.choice(opts)
    return en, loc, L(gen(rng, dob, gender), "NATIONAL_ID")


# =====================================================================================================================
# Payment identifiers
# =====================================================================================================================
CARD_BRANDS = [
    ("Visa", ["4"], 16),
    ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2720", "2300"], 16),
    ("Amex", ["34", "37"], 15),
    ("Discover", ["6011", "65"], 16),
    ("JCB", ["3528", "3589"], 16),
    ("UnionPay", ["62"], 16),
    ("Maestro", ["6759", "5018"], 16),
    ("Visa", ["4"], 16),
]


def credit_card(rng, style=None):
    brand, prefixes, n = rng.choice(CARD_BRANDS)
    p = rng.choice(prefixes)
    body = p + digits(rng, n - 1 - len(p))
    s = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(s)
    style = style or rng.choice(["space", "space", "dash", "compact"])
    if style != "compact":
        sep = " " if style == "space" else "-"
        if n == 15:
            s = sep.join([s[:4], s[4:10], s[10:]])
        else:
            s = sep.join(s[i : i + 4] for i in range(0, 16, 4))
    return brand, L(s, "CREDIT_CARD")


def _bban(rng, struct):
    out = []
    for n, kind in re.findall(r"(\d+)!?([nace])", struct):
        n = int(n)
        if kind == "n":
            out.append(digits(rng, n))
        elif kind == "a":
            out.append(alnum(rng, n, string.ascii_uppercase))
        else:
            out.append(
                alnum(rng, n, string.digits * 3 + string.ascii_uppercase) if rng.random() < 0.3 else digits(rng, n)
            )
    return "".join(out)


def iban(rng, cc=None, grouped=None):
    cc = cc or rng.choice(
        [
            "GB",
            "DE",
            "FR",
            "ES",
            "IT",
            "NL",
            "BE",
            "PL",
            "PT",
            "IE",
            "TR",
            "GR",
            "SE",
            "NO",
            "RO",
            "CH",
            "AT",
            "DK",
            "FI",
            "CZ",
            "HU",
            "UA",
            "IL",
            "JO",
            "GE",
            "BR",
        ]
    )
    struct = std_iban._ibandb.info(cc + "00")[0][1]["bban"]
    for _ in range(20000):
        bban = _bban(rng, struct)
        num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
        chk = "%02d" % (98 - num % 97)
        s = cc + chk + bban
        if std_iban.is_valid(s):
            break
    else:
        raise RuntimeError(cc)
    if grouped is None:
        grouped = rng.random() < 0.6
    if grouped:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return L(s, "IBAN_CODE")


# =====================================================================================================================
# Vehicle plates
# =====================================================================================================================
def plate(rng, country=None):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    c = country or rng.choice(
        [
            "GB",
            "US",
            "DE",
            "FR",
            "IT",
            "ES",
            "NL",
            "PL",
            "BR",
            "RU",
            "IN",
            "JP",
            "KR",
            "CN",
            "TH",
            "TR",
            "SE",
            "GR",
            "IL",
            "UA",
        ]
    )
    L2 = lambda: rng.choice(U) + rng.choice(U)  # noqa: E731
    if c == "GB":
        s = "%s%02d %s" % (
            L2(),
            rng.choice([14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 64, 65, 67, 68, 69, 70, 71, 72, 73]),
            L2() + rng.choice(U),
        )
    elif c == "US":
        s = rng.choice(
            [
                "%d%s%s" % (rng.randint(5, 9), L2() + rng.choice(U), digits(rng, 3)),
                "%s-%s" % (L2() + rng.choice(U), digits(rng, 4)),
                "%s %s" % (digits(rng, 3), L2() + rng.choice(U)),
                "%s%s" % (L2() + rng.choice(U), digits(rng, 4)),
            ]
        )
    elif c == "DE":
        s = "%s-%s %d" % (
            rng.choice(["B", "M", "DO", "L", "BI", "GE", "C", "A", "DU", "OF", "W"]),
            L2()[: rng.randint(1, 2)],
            rng.randint(1, 9999),
        )
    elif c == "FR":
        s = "%s-%s-%s" % (L2(), digits(rng, 3), L2())
    elif c == "IT":
        s = "%s %s%s" % (L2(), digits(rng, 3), L2())
        s = s[:5] + " " + s[5:] if rng.random() < 0.5 else s
    elif c == "ES":
        s = "%s %s" % (digits(rng, 4), "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)))
    elif c == "NL":
        s = "%s-%s-%s" % (digits(rng, 2), "".join(rng.choice("BDFGHJKLNPRSTVXZ") for _ in range(3)), digits(rng, 1))
    elif c == "PL":
        s = "%s %s" % (rng.choice(["WX", "WA", "KR", "PO", "GD", "EL", "DW"]), digits(rng, 5))
    elif c == "BR":
        s = "%s%d%s%s" % (L2() + rng.choice(U), rng.randint(0, 9), rng.choice(U), digits(rng, 2))
    elif c == "RU":
        cy = "АВЕКМНОРСТУХ"
        s = "%s%s%s %d" % (
            rng.choice(cy),
            digits(rng, 3),
            rng.choice(cy) + rng.choice(cy),
            rng.choice([77, 99, 197, 50, 66, 16, 163, 54, 74]),
        )
    elif c == "UA":
        cy = "АВЕІКМНОРСТХ"
        s = "%s%s %s %s" % (
            rng.choice(["А", "В", "К", "Х"]),
            rng.choice(cy),
            digits(rng, 4),
            rng.choice(cy) + rng.choice(cy),
        )
    elif c == "IN":
        s = "%s %02d %s %s" % (
            rng.choice(["MH", "UP", "DL", "KA", "TN", "MP", "BR"]),
            rng.randint(1, 50),
            L2(),
            digits(rng, 4),
        )
    elif c == "JP":
        s = "%s %d %s %02d-%02d" % (
            rng.choice(["品川", "横浜", "札幌", "福岡", "なにわ"]),
            rng.randint(300, 599),
            rng.choice("あいうえかきくけさすせそたちつてとなにぬねの"),
            rng.randint(1, 99),
            rng.randint(0, 99),
        )
    elif c == "KR":
        s = "%d%s %s" % (
            rng.randint(10, 399),
            rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"),
            digits(rng, 4),
        )
    elif c == "CN":
        s = "%s%s·%s" % (
            rng.choice("粤川鄂豫京沪浙苏"),
            rng.choice("ABCDEF"),
            alnum(rng, 5, "0123456789ABCDEFGHJKLMNPQ"),
        )
    elif c == "TH":
        s = "%d%s %s" % (rng.randint(1, 9), rng.choice(["กข", "ขค", "ฆฉ", "งจ", "ษณ"]), digits(rng, 4))
    elif c == "TR":
        s = "%02d %s %d" % (
            rng.choice([34, 6, 35, 16, 26, 27, 42]),
            L2() + rng.choice(["", rng.choice(U)]),
            rng.randint(10, 9999),
        )
    elif c == "SE":
        s = "%s %s%s" % (L2() + rng.choice(U), digits(rng, 2), rng.choice("0123456789ABCDEFGHJKLMNPRSTUWXYZ"))
    elif c == "GR":
        s = "%s-%s" % ("".join(rng.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") for _ in range(3)), digits(rng, 4, True))
    elif c == "IL":
        s = "%s-%s-%s" % (digits(rng, 3), digits(rng, 2), digits(rng, 3))
    elif c == "ZA":
        s = "%s %s-%s" % (rng.choice(["CA", "CY", "ND", "NU", "CJ"]), digits(rng, 3), digits(rng, 3))
    elif c in ("AU", "NZ"):
        s = "%s%s" % (L2() + rng.choice(U), digits(rng, 3))
    elif c == "IE":
        s = "%d-%s-%d" % (
            rng.randint(12, 25) * 10 + rng.choice([1, 2]),
            rng.choice(["D", "C", "G", "L", "KY", "MH"]),
            rng.randint(1, 99999),
        )
    elif c == "CA":
        s = "%s %s" % (L2() + rng.choice(U) + rng.choice(U), digits(rng, 3))
    elif c == "NG":
        s = "%s %s %s" % (rng.choice(["LSD", "KJA", "ABC", "EKY"]), digits(rng, 3), L2())
    elif c == "KE":
        s = "K%s %s%s" % (L2(), digits(rng, 3), rng.choice(U))
    elif c == "MX":
        s = "%s-%s-%s" % (L2() + rng.choice(U), digits(rng, 2), digits(rng, 2))
    elif c == "PH":
        s = "%s %s" % (L2() + rng.choice(U), digits(rng, 4))
    else:
        s = "%s %s" % (L2() + rng.choice(U), digits(rng, 4))
    return L(s, "VEHICLE_PLATE")


# =====================================================================================================================
# Geography
# =====================================================================================================================
class Addr:
    def __init__(self, cc, street, town, postcode, region, native):
        self.cc = cc
        self.street = street  # L
        self.town = town  # L
        self.postcode = postcode
        self.region = region  # state/province abbreviation (unlabelled) or None
        self.native = native
        self.country_name = S.COUNTRIES[cc]["name"]

    def line(self, rng, with_country=False):
        """A one-line rendering in the customary order for the country."""
        cc, st, tw, pc = self.cc, self.street, self.town, self.postcode
        ctry = ", " + self.country_name if with_country else ""
        if cc in ("US", "CA", "AU"):
            return [st, ", ", tw, ", %s %s%s" % (self.region, pc, ctry)]
        if cc in ("GB", "IE", "NZ", "ZA", "NG", "KE", "PH", "VN"):
            return [st, ", ", tw, (" " + pc if pc else "") + ctry]
        if cc == "HU":
            return ["%s " % pc, tw, ", ", st, ctry]
        if cc == "BR":
            return [st, " – ", tw, " – %s, CEP %s%s" % (self.region, pc, ctry)]
        if cc in ("RU", "UA") and self.native:
            return ["%s, %s " % (pc, "г." if cc == "RU" else "м."), tw, ", ", st, ctry]
        if cc in ("CN", "TW", "JP") and self.native:
            pre = ("〒%s " % pc) if cc == "JP" else ""
            return [pre, tw, st, ctry]
        if cc == "KR" and self.native:
            return [tw, " ", st, " (%s)%s" % (pc, ctry)]
        if cc in ("IL", "JO", "EG", "MA", "IR", "PK") and self.native:
            return [st, "، " if cc != "IL" else ", ", tw, ctry]
        if cc in ("GE", "AM") and self.native:
            return [tw, ", ", st, ctry]
        if cc == "ET":
            return [st, "፣ " if self.native else ", ", tw, ctry]
        if cc == "IN":
            return [st, ", ", tw, " - %s%s" % (pc, ctry)]
        if cc == "TH" and self.native:
            return [st, " ", tw, " %s%s" % (pc, ctry)]
        return [st, ", %s " % pc if pc else ", ", tw, ctry]


def _pc(rng, cc):
    U = "ABCDEFGHJKLMNPRSTUWXYZ"
    if cc == "GB":
        return "%s%s%d %d%s%s" % (
            rng.choice(U),
            rng.choice(["", rng.choice(U)]),
            rng.randint(1, 29),
            rng.randint(1, 9),
            rng.choice(U),
            rng.choice(U),
        )
    if cc == "IE":
        return "%s%02d %s" % (
            rng.choice("ACDEFHKNPRTVWXY"),
            rng.randint(10, 99),
            alnum(rng, 4, "ACDEFHKNPRTVWXY0123456789"),
        )
    if cc == "CA":
        return "%s%d%s %d%s%d" % (
            rng.choice("ABCEGHJKLMNPRSTVXY"),
            rng.randint(0, 9),
            rng.choice(U),
            rng.randint(0, 9),
            rng.choice(U),
            rng.randint(0, 9),
        )
    if cc == "NL":
        return "%d %s" % (rng.randint(1000, 9999), rng.choice(U) + rng.choice(U))
    if cc == "PL":
        return "%02d-%03d" % (rng.randint(0, 99), rng.randint(0, 999))
    if cc == "BR":
        return "%05d-%03d" % (rng.randint(1000, 99999), rng.randint(0, 999))
    if cc in ("SE", "GR"):
        return "%03d %02d" % (rng.randint(100, 999), rng.randint(0, 99))
    if cc == "CZ":
        return "%03d %02d" % (rng.randint(100, 799), rng.randint(0, 99))
    if cc == "JP":
        return "%03d-%04d" % (rng.randint(1, 999), rng.randint(0, 9999))
    if cc == "IR":
        return "%05d-%05d" % (rng.randint(10000, 99999), rng.randint(0, 99999))
    if cc == "ET":
        return None
    n = {
        "US": 5,
        "DE": 5,
        "FR": 5,
        "ES": 5,
        "IT": 5,
        "MX": 5,
        "RU": 6,
        "UA": 5,
        "TR": 5,
        "IL": 7,
        "JO": 5,
        "IN": 6,
        "CN": 6,
        "KR": 5,
        "TH": 5,
        "VN": 6,
        "PH": 4,
        "ID": 5,
        "KE": 5,
        "ZA": 4,
        "GE": 4,
        "AM": 4,
        "NO": 4,
        "DK": 4,
        "FI": 5,
        "CH": 4,
        "AT": 4,
        "BE": 4,
        "HU": 4,
        "RO": 6,
        "AR": 4,
        "CL": 7,
        "AU": 4,
        "NZ": 4,
        "PK": 5,
        "BD": 4,
        "EG": 5,
        "MA": 5,
        "TW": 3,
        "NG": 6,
        "PT": 4,
    }.get(cc, 5)
    s = digits(rng, n, True)
    if cc == "PT":
        s += "-%03d" % rng.randint(0, 999)
    return s


def _street(rng, cc, native):
    C = S.COUNTRIES[cc]
    n = rng.randint(1, 240)
    names = C.get("streets", [])
    nm = pair(rng.choice(names))[0 if native else 1] if names else ""
    types = C.get("types", [""])
    ty = rng.choice(types)
    if cc in ("US", "CA", "AU", "NZ", "NG", "KE", "ZA", "IE"):
        s = "%d %s %s" % (rng.randint(1, 9800) if cc == "US" else n, nm, ty)
        if cc in ("US", "CA") and rng.random() < 0.3:
            s += rng.choice(
                [
                    " Apt %d%s" % (rng.randint(1, 40), rng.choice("ABCD")),
                    " #%d" % rng.randint(2, 420),
                    " Unit %d" % rng.randint(1, 30),
                ]
            )
        if cc == "AU" and rng.random() < 0.3:
            s = "%d/" % rng.randint(1, 20) + s
        if cc == "KE" and rng.random() < 0.5:
            s = "House %d, %s %s" % (n, nm, ty)
        return s
    if cc == "GB":
        s = "%d %s %s" % (n, nm, ty)
        if rng.random() < 0.3:
            s = (
                rng.choice(["Flat %d, " % rng.randint(1, 24), "Flat %d%s, " % (rng.randint(1, 9), rng.choice("ABC"))])
                + s
            )
        return s
    if cc in ("DE", "AT", "CH"):
        if ty == "str.":
            return "%s%s %d%s" % (nm, ty, n, rng.choice(["", "", "a", "b"]))
        return "%s%s %d%s" % (nm, ty, n, rng.choice(["", "", "a", "b"]))
    if cc in ("NL", "BE"):
        return "%s%s %d%s" % (nm, ty, n, rng.choice(["", "", "A", "-2", " bus 3"]))
    if cc in ("SE", "NO", "DK", "FI"):
        if cc == "NO" and nm == "Storgata":
            return "Storgata %d" % n
        base = "%s%s %d" % (nm, ty, n)
        if cc == "DK" and rng.random() < 0.4:
            base += ", %d. %s" % (rng.randint(1, 5), rng.choice(["tv", "th", "mf"]))
        if cc == "FI" and rng.random() < 0.4:
            base += " %s %d" % (rng.choice("ABC"), rng.randint(1, 30))
        return base
    if cc == "FR":
        s = "%d%s %s %s" % (n, rng.choice(["", "", " bis"]), ty, nm)
        if rng.random() < 0.25:
            s = "appt %d, " % rng.randint(1, 60) + s
        return s
    if cc == "ES":
        s = "%s %s %d" % (ty, nm, n)
        if rng.random() < 0.6:
            s += ", %dº %s" % (rng.randint(1, 9), rng.choice("ABCDI"))
        return s
    if cc == "IT":
        return "%s %s %d" % (ty, nm, n) + (rng.choice(["", "", "/B", ", int. 5"]))
    if cc in ("BR", "PT"):
        s = "%s %s, %d" % (ty, nm, n)
        if rng.random() < 0.4:
            s += ", apto %d" % rng.randint(11, 1204)
        return s
    if cc in ("MX", "AR", "CL"):
        s = "%s %s %d" % (ty, nm, n * rng.choice([1, 10]))
        if cc == "AR" and rng.random() < 0.4:
            s += ", piso %d dpto %s" % (rng.randint(1, 12), rng.choice("ABCD"))
        if cc == "MX" and rng.random() < 0.4:
            s += " Int. %d" % rng.randint(1, 12)
        return s
    if cc == "PL":
        return "%s %s %d%s" % (ty, nm, n, rng.choice(["", "/%d" % rng.randint(1, 80), " m. %d" % rng.randint(1, 50)]))
    if cc == "CZ":
        return "%s %d/%d" % (nm, rng.randint(100, 3000), rng.randint(1, 60))
    if cc == "HU":
        return "%s %s %d." % (nm, ty, n) + rng.choice(["", " %d/%d" % (rng.randint(1, 9), rng.randint(1, 30))])
    if cc == "RO":
        return "%s %s nr. %d" % (ty, nm, n) + rng.choice(
            ["", ", bl. A%d, ap. %d" % (rng.randint(1, 9), rng.randint(1, 80))]
        )
    if cc == "TR":
        return "%s %s No: %d%s" % (
            nm,
            ty,
            n,
            rng.choice(["", " D: %d" % rng.randint(1, 20), " Daire %d" % rng.randint(1, 20)]),
        )
    if cc == "RU":
        if native:
            return "ул. %s, д. %d, кв. %d" % (nm, n, rng.randint(1, 300))
        return "ul. %s %d-%d" % (nm, n, rng.randint(1, 300))
    if cc == "UA":
        if native:
            return "вул. %s, %d, кв. %d" % (nm, n, rng.randint(1, 200))
        return "%s St. %d, apt %d" % (nm, n, rng.randint(1, 200))
    if cc == "GR":
        if native:
            return "%s%s %d" % (rng.choice(["", "Οδός ", "Λεωφόρος "]), nm, n)
        return "%s %d" % (nm, n)
    if cc == "IL":
        if native:
            return "רחוב %s %d%s" % (nm, n, rng.choice(["", ", דירה %d" % rng.randint(1, 40)]))
        return "%d %s St%s" % (n, nm, rng.choice(["", ", apt %d" % rng.randint(1, 40)]))
    if cc in ("JO", "EG", "MA"):
        if native:
            return "شارع %s، عمارة %d، شقة %d" % (nm, n, rng.randint(1, 20))
        return "%d %s St, apt %d" % (n, nm, rng.randint(1, 20))
    if cc == "IR":
        if native:
            return "خیابان %s، پلاک %d، واحد %d" % (nm, n, rng.randint(1, 20))
        return "%s St, No. %d, unit %d" % (nm, n, rng.randint(1, 20))
    if cc == "PK":
        return "House %d, %s, %s-%d/%d" % (n, nm, rng.choice("FGI"), rng.randint(6, 11), rng.randint(1, 4))
    if cc == "BD":
        return "House %d, %s" % (n, nm)
    if cc == "IN":
        if native and rng.random() < 0.5:
            return "मकान नं. %d, गली नं. %d" % (n, rng.randint(1, 20))
        return rng.choice(
            [
                "Flat %d, Sai Residency, %s" % (rng.randint(101, 904), nm),
                "House No. %d, %s" % (n, nm),
                "%d/%d, %s" % (rng.randint(1, 99), rng.randint(1, 20), nm),
            ]
        )
    if cc == "CN":
        if native:
            return "%s%d号%d栋%d室" % (nm, n, rng.randint(1, 20), rng.randint(101, 2806))
        return "No. %d %s, Bldg %d, Rm %d" % (n, nm, rng.randint(1, 20), rng.randint(101, 2806))
    if cc == "TW":
        if native:
            return "%s%d號%d樓" % (nm, n, rng.randint(2, 15))
        return "%dF, No. %d, %s" % (rng.randint(2, 15), n, nm)
    if cc == "JP":
        if native:
            return "%s%d丁目%d-%d" % (nm, rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 20))
        return "%d-%d-%d %s" % (rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 20), nm)
    if cc == "KR":
        if native:
            return "%s %d, %d동 %d호" % (nm, n, rng.randint(101, 115), rng.randint(101, 2505))
        return "%d %s, Apt %d-%d" % (n, nm, rng.randint(101, 115), rng.randint(101, 2505))
    if cc == "TH":
        if native:
            return "%d/%d หมู่ %d %s" % (n, rng.randint(1, 99), rng.randint(1, 12), nm)
        return "%d/%d Moo %d, %s" % (n, rng.randint(1, 99), rng.randint(1, 12), nm)
    if cc == "VN":
        return "Số %d ngõ %d %s" % (n, rng.randint(2, 200), nm) if rng.random() < 0.5 else "%d %s" % (n, nm)
    if cc == "PH":
        return "Blk %d Lot %d, %s St." % (rng.randint(1, 40), rng.randint(1, 60), nm)
    if cc == "ID":
        return "Jl. %s No. %d RT %02d/RW %02d" % (nm, n, rng.randint(1, 15), rng.randint(1, 12))
    if cc == "ET":
        if native:
            return "ቀበሌ %02d፣ የቤት ቁጥር %d" % (rng.randint(1, 20), rng.randint(100, 2500))
        return "Kebele %02d, House No. %d" % (rng.randint(1, 20), rng.randint(100, 2500))
    if cc == "GE":
        if native:
            return "%s %s %d, ბინა %d" % (nm, rng.choice(["ქ.", "გამზ."]), n, rng.randint(1, 90))
        return "%d %s %s, apt %d" % (n, nm, rng.choice(["St", "Ave"]), rng.randint(1, 90))
    if cc == "AM":
        if native:
            return "%s փ. %d, բն. %d" % (nm, n, rng.randint(1, 90))
        return "%d %s St, apt %d" % (n, nm, rng.randint(1, 90))
    return "%d %s" % (n, nm)


def town_pair(rng, cc):
    C = S.COUNTRIES[cc]
    t = rng.choice(C["towns"])
    if isinstance(t, tuple):
        return (t[0], t[0]), t[1]
    return pair(t), None


def town(rng, cc, native=False):
    (n, lat), _ = town_pair(rng, cc)
    return L(n if native else lat, "LOCATION")


BR_UF = {
    "Campinas": "SP",
    "Recife": "PE",
    "Guarulhos": "SP",
    "Belo Horizonte": "MG",
    "Niterói": "RJ",
    "São Gonçalo": "RJ",
    "Duque de Caxias": "RJ",
    "Feira de Santana": "BA",
    "Ananindeua": "PA",
    "Contagem": "MG",
}
CJK_SUFFIX = {"CN": "市", "TW": "市", "JP": "市", "KR": "시"}


def address(rng, cc, native=None):
    C = S.COUNTRIES[cc]
    has_native = any("|" in (t if isinstance(t, str) else "") for t in C["towns"])
    if native is None:
        native = has_native and rng.random() < 0.65
    native = native and has_native
    (tn, tl), region = town_pair(rng, cc)
    tname = tn if native else tl
    if native and cc in CJK_SUFFIX:
        tname += CJK_SUFFIX[cc]
    if cc == "BR":
        region = BR_UF.get(tl, "SP")
    street = L(_street(rng, cc, native), "STREET_ADDRESS")
    return Addr(cc, street, L(tname, "LOCATION"), _pc(rng, cc), region, native)


def geo(rng, cc=None, style=None):
    box = S.COUNTRIES[cc]["box"] if cc else (-40.0, 60.0, -120.0, 140.0)
    lat = rng.uniform(box[0], box[1])
    lon = rng.uniform(box[2], box[3])
    style = style or rng.choice(["dec", "dec", "dec_nospace", "dms", "hemi", "paren"])
    nd = rng.choice([4, 5, 6])
    if style == "dec":
        s = "%.*f, %.*f" % (nd, lat, nd, lon)
    elif style == "dec_nospace":
        s = "%.*f,%.*f" % (nd, lat, nd, lon)
    elif style == "paren":
        s = "(%.*f, %.*f)" % (nd, lat, nd, lon)
    elif style == "hemi":
        s = "%.4f° %s, %.4f° %s" % (abs(lat), "N" if lat >= 0 else "S", abs(lon), "E" if lon >= 0 else "W")
    else:

        def dms(v, pos, neg):
            a = abs(v)
            d = int(a)
            m = int((a - d) * 60)
            sec = ((a - d) * 60 - m) * 60
            return "%d°%02d'%04.1f\"%s" % (d, m, sec, pos if v >= 0 else neg)

        s = "%s %s" % (dms(lat, "N", "S"), dms(lon, "E", "W"))
    return L(s, "GEO_COORDINATES")


def geo_pair_plain(rng, cc=None):
    """Returns the two numbers for use inside a maps URL."""
    box = S.COUNTRIES[cc]["box"] if cc else (-40.0, 60.0, -120.0, 140.0)
    return "%.6f,%.6f" % (rng.uniform(box[0], box[1]), rng.uniform(box[2], box[3]))


# =====================================================================================================================
# Sensitive attributes
# =====================================================================================================================
def ethnicity(rng, cc=None):
    if cc in S.ETHNIC_BY_COUNTRY and rng.random() < 0.8:
        return L(rng.choice(S.ETHNIC_BY_COUNTRY[cc]), "ETHNIC_ORIGIN")
    return L(rng.choice(S.ETHNICITIES), "ETHNIC_ORIGIN")


def orientation(rng, gender=None):
    pool = [o for o in S.ORIENTATIONS if not (gender == "m" and o == "lesbian")]
    return L(rng.choice(pool), "SEXUAL_ORIENTATION")


ADULT_GI = ("trans woman", "trans man")


def gender_identity(rng, minor=False):
    pool = [g for g in S.GENDER_IDS if not (minor and g in ADULT_GI)]
    return L(rng.choice(pool), "GENDER_IDENTITY")


def condition(rng, adult=False):
    pool = S.ADULT_CONDITIONS if adult else S.CHILD_CONDITIONS
    return L(rng.choice(pool), "MEDICAL_CONDITION")


def medication(rng):
    return L(rng.choice(S.MEDICATIONS), "MEDICAL_CONDITION")


def crime(rng, year_hi=2024):
    c = rng.choice(S.CRIMES)
    return L(c.replace("{y}", str(rng.randint(2008, year_hi))), "CRIMINAL_HISTORY")


def minor_age(rng, n=None, words=None):
    n = n if n is not None else rng.randint(8, 17)
    if words is None:
        words = rng.random() < 0.2
    return L(age_words(n) if words else str(n), "MINOR_AGE")


def adult_age(rng, n=None, words=None):
    n = n if n is not None else rng.randint(19, 58)
    if words is None:
        words = rng.random() < 0.1
    return L(age_words(n) if words else str(n), "AGE")


def age_of(p, words=None, rng=None):
    w = words if words is not None else (rng.random() < 0.15 if rng else False)
    return L(age_words(p.age) if w else str(p.age), "MINOR_AGE" if p.age < 18 else "AGE")


def dob_of(rng, p, style=None):
    return L(fmt_date(rng, p.dob, style), "DATE_OF_BIRTH")
