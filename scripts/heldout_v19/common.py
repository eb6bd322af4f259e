"""Shared helpers for the v19 generator: document builder, internal checks and
value makers (phones, national IDs, IBANs, cards, dates, addresses, ...).

Only the standard library, python-stdnum and phonenumbers are imported.
All randomness comes from the `random.Random` instance passed in.
"""

import datetime
import re
import unicodedata

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum import verhoeff
from stdnum.iso7064 import mod_11_10

import pools

LABELS = [
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "STREET_ADDRESS",
    "LOCATION",
    "AGE",
    "MINOR_AGE",
    "DATE_OF_BIRTH",
    "USERNAME",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "GEO_COORDINATES",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "NATIONAL_ID",
    "CREDENTIAL",
    "VEHICLE_PLATE",
    "URL",
    "MEDICAL_CONDITION",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "GENDER_IDENTITY",
    "SEXUAL_ORIENTATION",
]


class Redraw(Exception):
    """Raised by a template when it cannot build a consistent document."""


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
class Frag(list):
    """A composite value: list of (text, label-or-None) pieces."""


_PH = re.compile(r"\{(\w+)(?::([^{}\n]*))?\}")


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s)
        return self

    def s(self, value, label):
        value = str(value)
        if label not in LABELS:
            raise ValueError(label)
        self.spans.append((self.n, self.n + len(value), label, value))
        self.t(value)
        return self

    def put(self, v, label=None):
        if isinstance(v, Frag):
            for txt, lab in v:
                if lab:
                    self.s(txt, lab)
                else:
                    self.t(txt)
        elif label:
            self.s(v, label)
        else:
            self.t(v)
        return self

    def f(self, tpl, **kw):
        pos = 0
        for m in _PH.finditer(tpl):
            self.t(tpl[pos : m.start()])
            spec = m.group(2)
            if spec and spec not in LABELS:
                self.t(format(kw[m.group(1)], spec))
            else:
                self.put(kw[m.group(1)], spec)
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def text(self):
        return "".join(self.buf)

    def record(self, doc_id, register):
        text = self.text()
        spans = [{"start": a, "end": b, "label": lab, "text": text[a:b]} for a, b, lab, _ in sorted(self.spans)]
        return {"id": doc_id, "register": register, "text": text, "spans": spans}


# ---------------------------------------------------------------------------
# internal checks (the independent re-check lives in verify_output.py)
# ---------------------------------------------------------------------------
_NOSPACE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
EDGE_BAD = set(" \t\n\r.,;:!?'\"")


def occurrences(text, value):
    """Token-bounded, case-insensitive occurrences; any substring for no-space scripts."""
    if _NOSPACE.search(value):
        pat = re.compile(re.escape(value), re.I)
    else:
        pat = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.I)
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def check_record(rec, lo=200, hi=2800):
    text = rec["text"]
    spans = rec["spans"]
    errs = []
    if not (lo <= len(text) <= hi):
        errs.append("length %d" % len(text))
    prev_end = -1
    for sp in spans:
        a, b = sp["start"], sp["end"]
        if not (0 <= a < b <= len(text)) or text[a:b] != sp["text"]:
            errs.append("offset %r" % sp)
            continue
        if a < prev_end:
            errs.append("overlap %r" % sp)
        prev_end = max(prev_end, b)
        if text[a] in EDGE_BAD or text[b - 1] in EDGE_BAD:
            errs.append("edge %r" % sp)
    ranges = [(sp["start"], sp["end"]) for sp in spans]
    seen = []
    for sp in spans:
        v = sp["text"]
        if v.lower() in seen:
            continue
        seen.append(v.lower())
        for a, b in occurrences(text, v):
            if not any(x <= a and b <= y for x, y in ranges):
                errs.append("unlabelled re-occurrence %r at %d" % (v, a))
                break
    return errs


# ---------------------------------------------------------------------------
# small utilities
# ---------------------------------------------------------------------------
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"


def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and n:
        s = rng.choice("123456789") + s[1:]
    return s


def ralnum(rng, n, alphabet=UP + DIG):
    return "".join(rng.choice(alphabet) for _ in range(n))


_TRANS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"}


def ascii_fold(s):
    s = "".join(_TRANS.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def sample(rng, seq, k):
    return rng.sample(list(seq), k)


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, first, last, female, cc):
        self.first = first
        self.last = last
        self.female = female
        self.cc = cc

    @property
    def full(self):
        if self.cc in ("CN", "KR", "VN", "JP_NATIVE"):
            return "%s %s" % (self.last, self.first)
        return "%s %s" % (self.first, self.last)

    @property
    def western(self):
        return "%s %s" % (self.first, self.last)


USED = {"first": [], "last": []}


def reset_used():
    USED["first"] = []
    USED["last"] = []


def person(rng, cc, female=None, last=None):
    """Draw a person; within one document first names (and unrelated surnames) are not repeated."""
    m, f, s = pools.NAMES[cc]
    if female is None:
        female = rng.random() < 0.5
    for _ in range(30):
        first = pick(rng, f if female else m)
        if first not in USED["first"]:
            break
    sur = last
    if sur is None:
        for _ in range(30):
            sur = pick(rng, s)
            if sur not in USED["last"]:
                break
    USED["first"].append(first)
    USED["last"].append(sur)
    p = Person(first, sur, female, cc)
    if cc in ("ES", "MX") and not last and rng.random() < 0.7:
        p.last = p.last + " " + pick(rng, [x for x in s if x != p.last])
    p.last = gender_surname(p.last, cc, female)
    return p


def gender_surname(last, cc, female):
    """Slavic/Greek surnames agree with the bearer's gender."""
    if cc == "RU":
        if female and re.search(r"(ov|ev|in)$", last):
            return last + "a"
        if not female and re.search(r"(ova|eva|ina)$", last):
            return last[:-1]
    if cc == "PL":
        if female and re.search(r"[sc]ki$", last):
            return last[:-1] + "a"
        if not female and re.search(r"[sc]ka$", last):
            return last[:-1] + "i"
    if cc == "GR" and female:
        if last.endswith("os"):
            return last[:-2] + "ou"
        if last.endswith("is"):
            return last[:-1]
        if last.endswith("as"):
            return last[:-1]
    return last


def native_name(p):
    """Native-script form of a person's name, or None."""
    nat = pools.NATIVE.get(p.cc)
    if not nat:
        return None
    last = p.last
    fem = False
    if p.cc == "RU" and last.endswith("a") and last[:-1] in nat:
        last, fem = last[:-1], True
    if p.first not in nat or last not in nat:
        return None
    fn, ln = nat[p.first], nat[last] + ("а" if fem else "")
    if p.cc in ("CN", "KR"):
        return ln + fn
    if p.cc == "JP":
        return ln + " " + fn
    return fn + " " + ln


def nm(p, style="normal"):
    if style == "caps":
        return p.full.upper()
    if style == "lower":
        return p.full.lower()
    if style == "sur_first":
        return "%s, %s" % (p.last.upper(), p.first)
    if style == "passport":
        return "%s %s" % (p.last.upper(), p.first.upper())
    if style == "initial":
        return "%s. %s" % (p.first[0], p.last)
    return p.full


def title(p, lang="en"):
    if lang == "en":
        return "Ms" if p.female else "Mr"
    return {
        "de": ("Frau", "Herr"),
        "fr": ("Mme", "M."),
        "es": ("Sra.", "Sr."),
        "nl": ("mevr.", "dhr."),
        "it": ("Sig.ra", "Sig."),
        "pl": ("Pani", "Pan"),
        "pt": ("Sra.", "Sr."),
    }[lang][0 if p.female else 1]


# ---------------------------------------------------------------------------
# dates and ages
# ---------------------------------------------------------------------------
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
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}


def rdate(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def doc_date(rng):
    return rdate(rng, 2024, 2024) if rng.random() < 0.6 else rdate(rng, 2025, 2025)


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def dob_for_age(rng, age, when):
    """A birth date such that the person is exactly `age` on `when`."""
    for _ in range(100):
        y = when.year - age - rng.choice([0, 1])
        try:
            d = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        except ValueError:
            continue
        if age_on(d, when) == age:
            return d
    raise Redraw("dob")


def fmt_date(d, style):
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "ymd/":
        return d.strftime("%Y/%m/%d")
    if style == "d mon y":
        return "%d %s %d" % (d.day, MONTHS["en"][d.month - 1][:3], d.year)
    if style == "d-MON-y":
        return "%02d-%s-%d" % (d.day, MONTHS["en"][d.month - 1][:3].upper(), d.year)
    if style == "DMONY":
        return "%02d%s%d" % (d.day, MONTHS["en"][d.month - 1][:3].upper(), d.year)
    if style == "en long":
        return "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year)
    if style == "us long":
        return "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)
    if style == "de long":
        return "%d. %s %d" % (d.day, MONTHS["de"][d.month - 1], d.year)
    if style == "fr long":
        return "%d %s %d" % (d.day, MONTHS["fr"][d.month - 1], d.year)
    if style == "es long":
        return "%d de %s de %d" % (d.day, MONTHS["es"][d.month - 1], d.year)
    if style == "nl long":
        return "%d %s %d" % (d.day, MONTHS["nl"][d.month - 1], d.year)
    if style == "it long":
        return "%d %s %d" % (d.day, MONTHS["it"][d.month - 1], d.year)
    if style == "pl long":
        return "%d %s %d" % (d.day, MONTHS["pl"][d.month - 1], d.year)
    if style == "pt long":
        return "%d de %s de %d" % (d.day, MONTHS["pt"][d.month - 1], d.year)
    if style == "cjk":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "ko":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if style == "yyyymmdd":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


DATE_STYLE = {
    "GB": "dmy/",
    "IE": "dmy/",
    "AU": "dmy/",
    "ZA": "iso",
    "US": "mdy/",
    "CA": "iso",
    "DE": "dmy.",
    "NL": "dmy-",
    "FR": "dmy/",
    "ES": "dmy/",
    "IT": "dmy/",
    "PL": "dmy.",
    "PT": "dmy/",
    "BR": "dmy/",
    "MX": "dmy/",
    "IN": "dmy-",
    "NG": "dmy/",
    "PK": "dmy-",
    "CN": "iso",
    "TR": "dmy.",
    "EG": "dmy/",
    "AE": "dmy/",
    "RU": "dmy.",
    "UA": "dmy.",
    "PH": "mdy/",
    "KE": "dmy/",
    "VN": "dmy/",
    "JP": "ymd/",
    "KR": "iso",
    "SE": "iso",
    "BE": "dmy/",
    "CH": "dmy.",
    "GR": "dmy/",
}


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
US_AREA = {
    "Tucson": "520",
    "Albuquerque": "505",
    "Omaha": "402",
    "Boise": "208",
    "Spokane": "509",
    "Chattanooga": "423",
    "Savannah": "912",
    "Fresno": "559",
    "Dayton": "937",
    "Lubbock": "806",
    "Tacoma": "253",
    "Knoxville": "865",
    "Wichita": "316",
    "Scranton": "570",
    "Pensacola": "850",
    "Bakersfield": "661",
    "Akron": "330",
    "Des Moines": "515",
    "Provo": "801",
    "Reno": "775",
    "Moncton": "506",
    "Kelowna": "250",
    "Saskatoon": "306",
    "Sherbrooke": "819",
    "Halifax": "902",
    "Kingston": "613",
    "Lethbridge": "403",
    "Trois-Rivières": "819",
    "Kamloops": "250",
    "Guelph": "519",
}
US_AREAS = [
    "520",
    "505",
    "402",
    "208",
    "509",
    "423",
    "912",
    "559",
    "937",
    "806",
    "253",
    "865",
    "316",
    "570",
    "850",
    "661",
    "330",
    "515",
    "801",
    "775",
]
CA_AREAS = ["506", "250", "306", "819", "902", "613", "403", "519"]

_PHONE_CACHE = {}


def _example(region, kind):
    key = (region, kind)
    if key not in _PHONE_CACHE:
        t = pn.PhoneNumberType.MOBILE if kind == "mobile" else pn.PhoneNumberType.FIXED_LINE
        ex = pn.example_number_for_type(region, t)
        _PHONE_CACHE[key] = (ex.country_code, pn.national_significant_number(ex))
    return _PHONE_CACHE[key]


def phone_obj(rng, region, kind="mobile", area=None):
    cc, nsn = _example(region, kind)
    want = (
        pn.PhoneNumberType.MOBILE if kind == "mobile" else pn.PhoneNumberType.FIXED_LINE,
        pn.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    for _ in range(400):
        if region == "US" or region == "CA":
            if area is None:
                area = rng.choice(CA_AREAS if region == "CA" else US_AREAS)
            a = area
            cand = a + rng.choice("23456789") + rdig(rng, 2) + rdig(rng, 4)
            if rng.random() < 0.15 and region == "US":
                cand = a + "55501" + rdig(rng, 2)
        else:
            keep = rng.randint(1, max(1, len(nsn) - 5)) if _ < 300 else max(1, len(nsn) - rng.randint(5, 7))
            cand = nsn[:keep] + rdig(rng, len(nsn) - keep)
        num = pn.parse("+%d%s" % (cc, cand))
        if pn.is_valid_number(num) and pn.region_code_for_number(num) == region and pn.number_type(num) in want:
            return num
    raise Redraw("phone %s" % region)


def phone(rng, region, kind="mobile", style=None, area=None):
    num = phone_obj(rng, region, kind, area)
    if style is None:
        style = rng.choice(["intl", "intl", "natl", "natl", "e164"])
    if style == "intl":
        s = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    elif style == "e164":
        s = pn.format_number(num, pn.PhoneNumberFormat.E164)
    elif style == "intl_plain":
        s = "+%d %s" % (num.country_code, pn.national_significant_number(num))
    else:
        s = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
        m = re.match(r"^\((\d+)\) ?(.*)$", s)
        if m:
            s = (m.group(1) + "-" + m.group(2)) if region in ("US", "CA") else (m.group(1) + " " + m.group(2))
    # re-validate the exact printed form
    try:
        chk = pn.parse(s, region)
        ok = pn.is_valid_number(chk) and chk.national_number == num.national_number
    except pn.NumberParseException:
        ok = False
    if not ok:
        s = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    return s


# ---------------------------------------------------------------------------
# national identifiers (validated with python-stdnum where a module exists)
# ---------------------------------------------------------------------------
def _mod(name):
    import importlib

    return importlib.import_module("stdnum." + name)


CN_AREAS = ["110105", "310115", "440106", "510104", "330106", "420106", "320102", "440305", "370202", "530102"]
ID_NIK_AREAS = ["317101", "327301", "357801", "337401", "517102", "127101"]


def _valid(mod, s):
    return _mod(mod).is_valid(s)


def national_id(rng, kind, dob=None, female=None, names=None):
    """Return a formatted identifier of the given kind (stdnum module name or a pseudo kind)."""
    if dob is None:
        dob = rdate(rng, 1960, 2000)
    if female is None:
        female = rng.random() < 0.5
    yy, mm, dd = "%02d" % (dob.year % 100), "%02d" % dob.month, "%02d" % dob.day
    for _ in range(3000):
        if kind == "de.idnr":
            base = rdig(rng, 10, True)
            if len(set(base)) != 9:
                continue
            s = base + mod_11_10.calc_check_digit(base)
            if _valid(kind, s):
                return rng.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])
        elif kind == "nl.bsn":
            s = rdig(rng, 8, True) + rng.choice(DIG)
            if _valid(kind, s):
                return rng.choice([s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])])
        elif kind == "es.dni":
            b = rdig(rng, 8, True)
            s = b + _mod(kind).calc_check_digit(b)
            return rng.choice([s, b + "-" + s[-1]])
        elif kind == "es.nie":
            b = rng.choice("XYZ") + rdig(rng, 7)
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return rng.choice([s, b[0] + "-" + b[1:] + "-" + s[-1]])
        elif kind == "fr.nir":
            dept = rng.choice(["13", "31", "33", "35", "38", "44", "59", "67", "69", "75", "92", "93", "06"])
            b = ("2" if female else "1") + yy + mm + dept + rdig(rng, 3) + rdig(rng, 3)
            s = b + _mod(kind).calc_check_digits(b)
            if _valid(kind, s):
                return rng.choice(
                    [s, "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])]
                )
        elif kind == "it.codicefiscale":
            sur, nam = names if names else ("ROSSI", "MARIO")
            b = (
                _cf_part(sur, False)
                + _cf_part(nam, True)
                + yy
                + "ABCDEHLMPRST"[dob.month - 1]
                + "%02d" % (dob.day + (40 if female else 0))
                + rng.choice(["H501", "F205", "A944", "L219", "F839", "G273", "D612", "L736", "A662", "C351"])
            )
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return s
        elif kind == "ie.pps":
            b = rdig(rng, 7)
            for c in UP[:23]:
                s = b + c + (rng.choice(["", "", "A"]))
                if _valid(kind, s):
                    return s
        elif kind == "be.nn":
            ser = rng.randrange(1, 998)
            if (ser % 2 == 0) != bool(female):
                continue
            b = yy + mm + dd + "%03d" % ser
            pref = "2" if dob.year >= 2000 else ""
            chk = 97 - int(pref + b) % 97
            s = b + "%02d" % chk
            if _valid(kind, s):
                return rng.choice([s, "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])])
        elif kind == "pl.pesel":
            m = dob.month + (20 if dob.year >= 2000 else 0)
            sex = rng.choice("02468" if female else "13579")
            b = yy + "%02d" % m + dd + rdig(rng, 3) + sex
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return s
        elif kind == "pt.nif":
            b = rng.choice("12") + rdig(rng, 7)
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return rng.choice([s, "%s %s %s" % (s[:3], s[3:6], s[6:])])
        elif kind == "br.cpf":
            b = rdig(rng, 9)
            for c in range(100):
                s = b + "%02d" % c
                if _valid(kind, s):
                    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
        elif kind == "mx.curp":
            sur, sur2, nam = names if names else ("LOPEZ", "CRUZ", "JUAN")
            sur, sur2, nam = ascii_fold(sur).upper(), ascii_fold(sur2).upper(), ascii_fold(nam).upper()
            vow = next((c for c in sur[1:] if c in "AEIOU"), "X")
            cons = lambda w: next((c for c in w[1:] if c in "BCDFGHJKLMNPQRSTVWXYZ"), "X")
            b = (
                sur[0]
                + vow
                + sur2[0]
                + nam[0]
                + yy
                + mm
                + dd
                + ("M" if female else "H")
                + rng.choice(["JC", "NL", "DF", "PL", "QT", "YN", "BC", "GT", "MN", "OC", "SR", "MC"])
                + cons(sur)
                + cons(sur2)
                + cons(nam)
                + (rng.choice(DIG) if dob.year < 2000 else rng.choice(UP))
            )
            s = b + str(_mod(kind).calc_check_digit(b))
            if _valid(kind, s):
                return s
        elif kind == "in_.aadhaar":
            b = rng.choice("23456789") + rdig(rng, 10)
            s = b + verhoeff.calc_check_digit(b)
            if _valid(kind, s):
                return rng.choice(["%s %s %s" % (s[:4], s[4:8], s[8:]), s])
        elif kind == "in_.pan":
            sur = names[0] if names else "SHARMA"
            s = ralnum(rng, 3, UP) + "P" + ascii_fold(sur)[0].upper() + rdig(rng, 4) + rng.choice(UP)
            if _valid(kind, s):
                return s
        elif kind == "cn.ric":
            b = (
                rng.choice(CN_AREAS)
                + "%04d%s%s" % (dob.year, mm, dd)
                + rdig(rng, 2)
                + rng.choice("02468" if female else "13579")
            )
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return s
        elif kind == "za.idnr":
            g = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
            b = yy + mm + dd + "%04d" % g + "08"
            s = b + luhn.calc_check_digit(b)
            if _valid(kind, s):
                return rng.choice([s, "%s %s %s" % (s[:6], s[6:10], s[10:])])
        elif kind == "au.tfn":
            s = rdig(rng, 9, True)
            if _valid(kind, s):
                return rng.choice([s, "%s %s %s" % (s[:3], s[3:6], s[6:])])
        elif kind == "ca.sin":
            b = rng.choice("1234567") + rdig(rng, 7)
            s = b + luhn.calc_check_digit(b)
            if _valid(kind, s):
                return rng.choice(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s-%s" % (s[:3], s[3:6], s[6:])])
        elif kind == "gb.nhs":
            s = rng.choice("4679") + rdig(rng, 9)
            if _valid(kind, s):
                return "%s %s %s" % (s[:3], s[3:6], s[6:])
        elif kind == "se.personnummer":
            b = yy + mm + dd + rdig(rng, 2) + rng.choice("02468" if female else "13579")
            s = b + luhn.calc_check_digit(b)
            full = "%04d%s%s-%s" % (dob.year, mm, dd, s[6:])
            if _valid(kind, full):
                return rng.choice([full, s[:6] + "-" + s[6:]])
        elif kind == "dk.cpr":
            s = dd + mm + yy + "-" + rdig(rng, 3) + rng.choice("02468" if female else "13579")
            if _valid(kind, s):
                return s
        elif kind == "tr.tckimlik":
            b = rdig(rng, 9, True)
            s = b + _mod(kind).calc_check_digits(b)
            if _valid(kind, s):
                return s
        elif kind == "ro.cnp":
            sx = ("6" if female else "5") if dob.year >= 2000 else ("2" if female else "1")
            b = sx + yy + mm + dd + "%02d" % rng.randint(1, 40) + rdig(rng, 3)
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return s
        elif kind == "kr.rrn":
            g = ("4" if female else "3") if dob.year >= 2000 else ("2" if female else "1")
            b = yy + mm + dd + g + rdig(rng, 5)
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return s[:6] + "-" + s[6:]
        elif kind == "my.nric":
            s = yy + mm + dd + "%02d" % rng.randint(1, 14) + rdig(rng, 3) + rng.choice("02468" if female else "13579")
            if _valid(kind, s):
                return "%s-%s-%s" % (s[:6], s[6:8], s[8:])
        elif kind == "th.pin":
            b = rng.choice("12345678") + rdig(rng, 11)
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return rng.choice([s, "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])])
        elif kind == "id.nik":
            s = (
                rng.choice(ID_NIK_AREAS)
                + "%02d" % (dob.day + (40 if female else 0))
                + mm
                + yy
                + rdig(rng, 3)
                + rng.choice("123456789")
            )
            if _valid(kind, s):
                return s
        elif kind == "pk.cnic":
            s = (
                rng.choice(["35202", "37405", "42101", "61101", "17301", "33100"])
                + rdig(rng, 7)
                + rng.choice("2468" if female else "1357")
            )
            if _valid(kind, s):
                return "%s-%s-%s" % (s[:5], s[5:12], s[12])
        elif kind == "il.idnr":
            b = rdig(rng, 8)
            s = b + luhn.calc_check_digit(b)
            if _valid(kind, s):
                return s
        elif kind == "jp.in_":
            b = rdig(rng, 11, True)
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return rng.choice([s, "%s %s %s" % (s[:4], s[4:8], s[8:])])
        elif kind == "nz.ird":
            b = rdig(rng, 8, True)
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return "%s-%s-%s" % (s[:3], s[3:6], s[6:])
        elif kind == "ch.ssn":
            b = "756" + rdig(rng, 9)
            for c in DIG:
                s = b + c
                if _valid(kind, s):
                    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])
        elif kind == "at.vnr":
            ser = rdig(rng, 3, True)
            for c in DIG:
                s = ser + c + dd + mm + yy
                if _valid(kind, s):
                    return rng.choice([s, s[:4] + " " + s[4:]])
        elif kind == "ua.rntrc":
            days = (dob - datetime.date(1899, 12, 31)).days
            b = "%05d" % days + rdig(rng, 3) + rng.choice("02468" if female else "13579")
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return s
        elif kind == "ru.inn":
            b = rng.choice(["77", "78", "50", "66", "16", "54", "23"]) + rdig(rng, 8)
            s = b + _mod(kind).calc_personal_check_digits(b)
            if _valid(kind, s):
                return s
        elif kind == "no.fodselsnummer":
            b = dd + mm + yy + rdig(rng, 2) + rng.choice("02468" if female else "13579")
            m = _mod(kind)
            try:
                b1 = b + m.calc_check_digit1(b)
                s = b1 + m.calc_check_digit2(b1)
            except Exception:
                continue
            if _valid(kind, s):
                return s
        elif kind == "fi.hetu":
            sep = "A" if dob.year >= 2000 else "-"
            b = dd + mm + yy + sep + "%03d" % (rng.randrange(2, 899) | 0)
            for c in "0123456789ABCDEFHJKLMNPRSTUVWXY":
                if _valid(kind, b + c):
                    return b + c
        elif kind == "gr.amka":
            b = dd + mm + yy + rdig(rng, 3) + rng.choice("02468" if female else "13579")
            s = b + luhn.calc_check_digit(b)
            if _valid(kind, s):
                return s
        elif kind == "cl.rut":
            b = str(rng.randint(8000000, 24999999))
            s = b + _mod(kind).calc_check_digit(b)
            if _valid(kind, s):
                return "%s.%s.%s-%s" % (b[:-6], b[-6:-3], b[-3:], s[-1])
        elif kind == "ar.dni":
            s = str(rng.randint(20000000, 45999999))
            if _valid(kind, s):
                return "%s.%s.%s" % (s[:2], s[2:5], s[5:])
        elif kind == "fr.nif":
            b = rng.choice("0123") + rdig(rng, 9)
            s = b + _mod(kind).calc_check_digits(b)
            if _valid(kind, s):
                return rng.choice([s, "%s %s %s %s %s" % (s[:2], s[2:4], s[4:7], s[7:10], s[10:])])
        elif kind == "ke.pin":
            s = "A" + rdig(rng, 9) + rng.choice(UP)
            if _valid(kind, s):
                return s
        elif kind == "nl.identiteitskaartnummer":
            s = (
                ralnum(rng, 2, "ABCDEFGHIJKLMNPQRSTUVWXYZ")
                + ralnum(rng, 6, "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789")
                + rng.choice(DIG)
            )
            if _valid(kind, s):
                return s
        # ---- kinds without a stdnum module (format only) ----
        elif kind == "gb.nino":
            a = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if a in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                continue
            n = rdig(rng, 6)
            return rng.choice(
                [
                    "%s%s%s" % (a, n, rng.choice("ABCD")),
                    "%s %s %s %s %s" % (a, n[:2], n[2:4], n[4:], rng.choice("ABCD")),
                ]
            )
        elif kind == "de.ausweis":
            return ralnum(rng, 9, "CFGHJKLMNPRTVWXYZ0123456789")
        elif kind == "fr.cni":
            return rng.choice([rdig(rng, 12, True), ralnum(rng, 9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")])
        elif kind == "it.ci":
            return "CA" + rdig(rng, 5) + ralnum(rng, 2, UP)
        elif kind == "es.pasaporte":
            return ralnum(rng, 3, UP) + rdig(rng, 6)
        elif kind == "pl.dowod":
            return ralnum(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(rng, 6)
        elif kind == "br.rg":
            s = rdig(rng, 8, True)
            return "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:], rng.choice(DIG + "X"))
        elif kind == "mx.ine":
            return ralnum(rng, 6, UP) + rdig(rng, 8) + rng.choice("HM") + rdig(rng, 3)
        elif kind == "jp.passport":
            return rng.choice(["TK", "TR", "TZ", "MZ"]) + rdig(rng, 7)
        elif kind == "au.passport":
            return rng.choice("NPRE") + rdig(rng, 7)
        elif kind == "za.passport":
            return "A" + rdig(rng, 8)
        elif kind == "ie.passport":
            return ralnum(rng, 2, "PLXBC") + rdig(rng, 7)
        elif kind == "au.dl":
            return rdig(rng, rng.choice([8, 9, 10]), True)
        elif kind == "ie.dl":
            return rdig(rng, 9, True)
        elif kind == "ng.nin":
            return rdig(rng, 11, True)
        elif kind == "eg.nid":
            return (
                ("3" if dob.year >= 2000 else "2")
                + yy
                + mm
                + dd
                + rng.choice(["01", "02", "21", "12", "16", "25"])
                + rdig(rng, 3)
                + rng.choice("02468" if female else "13579")
                + rng.choice(DIG)
            )
        elif kind == "ae.eid":
            b = "784%04d%s" % (dob.year, rdig(rng, 7))
            s = b + luhn.calc_check_digit(b)
            return "%s-%s-%s-%s" % (s[:3], s[3:7], s[7:14], s[14])
        elif kind == "ph.psn":
            s = rdig(rng, 12, True)
            return "%s-%s-%s" % (s[:4], s[4:8], s[8:])
        elif kind == "ke.id":
            return str(rng.randint(20000000, 39999999))
        elif kind == "vn.cccd":
            return rng.choice(["001", "079", "048", "031", "092"]) + ("0" if not female else "1") + yy + rdig(rng, 6)
        elif kind == "sa.nid":
            return "1" + rdig(rng, 9)
        elif kind == "passport":
            return ralnum(rng, 2, UP) + rdig(rng, 7)
        elif kind == "passport.gb":
            return rdig(rng, 9, True)
        elif kind == "passport.de":
            return rng.choice("CFGHJK") + ralnum(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")
        elif kind == "passport.fr":
            return rdig(rng, 2) + ralnum(rng, 2, UP) + rdig(rng, 5)
        elif kind == "passport.in":
            return rng.choice("JKLMNPRSTUVWZ") + rdig(rng, 7)
        elif kind == "passport.cn":
            return "E" + rdig(rng, 8)
        elif kind == "passport.ng":
            return "A" + rdig(rng, 8)
        elif kind == "passport.ph":
            return "P" + rdig(rng, 7) + rng.choice(UP)
        elif kind == "passport.ru":
            return "%s %s" % (rdig(rng, 2, True), rdig(rng, 7))
        elif kind == "passport.ua":
            return ralnum(rng, 2, "ABCEHKMOPTX") + rdig(rng, 6)
        elif kind == "gb.dl":
            return None
        else:
            raise ValueError(kind)
    raise Redraw("id " + kind)


def _cf_part(word, is_name):
    w = re.sub(r"[^A-Z]", "", ascii_fold(word).upper())
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def gb_driving_licence(rng, p, dob):
    sur = re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper())
    sur = (sur + "99999")[:5]
    m = dob.month + (50 if p.female else 0)
    return "%s%s%02d%02d%s%s9%s" % (
        sur,
        str(dob.year)[2],
        m,
        dob.day,
        str(dob.year)[3],
        ascii_fold(p.first)[0].upper() + rng.choice(UP + "9"),
        ralnum(rng, 2, UP),
    )


# ---------------------------------------------------------------------------
# US identifiers
# ---------------------------------------------------------------------------
def us_ssn(rng, dashes=True):
    from stdnum.us import ssn

    for _ in range(100):
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if ssn.is_valid(s):
            return "%s-%s-%s" % (s[:3], s[3:5], s[5:]) if dashes else s
    raise Redraw("ssn")


def us_itin(rng):
    from stdnum.us import itin

    for _ in range(100):
        g = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        s = "9%02d%02d%04d" % (rng.randint(0, 99), g, rng.randint(0, 9999))
        if itin.is_valid(s):
            return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    raise Redraw("itin")


def us_routing(rng):
    from stdnum.us import rtn

    b = "%02d" % rng.choice(list(range(1, 13)) + list(range(21, 33))) + rdig(rng, 6)
    s = b + rtn.calc_check_digit(b)
    assert rtn.is_valid(s)
    return s


def us_account(rng):
    return rdig(rng, rng.choice([8, 9, 10, 11, 12]), True)


def us_passport(rng):
    return rng.choice([rdig(rng, 9, True), rng.choice("ACEFH") + rdig(rng, 8)])


US_DL = {
    "AZ": lambda r: r.choice(UP) + rdig(r, 8),
    "NM": lambda r: rdig(r, 9, True),
    "NE": lambda r: r.choice(UP) + rdig(r, 7),
    "ID": lambda r: ralnum(r, 2, UP) + rdig(r, 6) + r.choice(UP),
    "WA": lambda r: "WDL" + ralnum(r, 9),
    "TN": lambda r: rdig(r, 9, True),
    "GA": lambda r: "0" + rdig(r, 8),
    "CA": lambda r: r.choice(UP) + rdig(r, 7),
    "OH": lambda r: ralnum(r, 2, UP) + rdig(r, 6),
    "TX": lambda r: rdig(r, 8, True),
    "KS": lambda r: "K" + rdig(r, 2) + "-" + rdig(r, 2) + "-" + rdig(r, 4),
    "PA": lambda r: rdig(r, 2) + " " + rdig(r, 3) + " " + rdig(r, 3),
    "FL": lambda r: (
        r.choice(UP) + rdig(r, 3) + "-" + rdig(r, 3) + "-" + rdig(r, 2) + "-" + rdig(r, 3) + "-" + rdig(r, 1)
    ),
    "IA": lambda r: rdig(r, 3) + ralnum(r, 2, UP) + rdig(r, 4),
    "UT": lambda r: rdig(r, 9, True),
    "NV": lambda r: rdig(r, 10, True),
    "NY": lambda r: rdig(r, 3) + " " + rdig(r, 3) + " " + rdig(r, 3),
    "IL": lambda r: r.choice(UP) + rdig(r, 3) + "-" + rdig(r, 4) + "-" + rdig(r, 4),
}


def us_dl(rng, state):
    return US_DL.get(state, US_DL["TX"])(rng)


# ---------------------------------------------------------------------------
# IBAN / cards
# ---------------------------------------------------------------------------
IBAN_SPEC = {  # country -> list of (kind, length) ; kind n=digits a=upper c=alnum, or literal bank codes
    "GB": [("bank", ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]), ("n", 14)],
    "IE": [("bank", ["AIBK", "BOFI", "IPBS"]), ("n", 14)],
    "DE": [("n", 18)],
    "FR": [("n", 10), ("c", 11), ("n", 2)],
    "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 10), ("c", 12)],
    "NL": [("bank", ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]), ("n", 10)],
    "BE": [("n", 12)],
    "PL": [("n", 24)],
    "PT": [("n", 21)],
    "CH": [("n", 5), ("c", 12)],
    "AT": [("n", 16)],
    "SE": [("n", 20)],
    "TR": [("n", 5), ("lit", "0"), ("c", 16)],
    "BR": [("n", 23), ("bank", ["C1", "P1"])],
    "PK": [("a", 4), ("c", 16)],
    "AE": [("n", 19)],
    "SA": [("n", 2), ("c", 18)],
    "EG": [("n", 25)],
    "UA": [("n", 6), ("c", 19)],
    "RO": [("a", 4), ("c", 16)],
    "GR": [("n", 7), ("c", 16)],
    "DK": [("n", 14)],
    "FI": [("n", 14)],
    "NO": [("n", 11)],
    "LU": [("n", 3), ("c", 13)],
    "HR": [("n", 17)],
}


def iban(rng, cc, spaced=None):
    spec = IBAN_SPEC[cc]
    for _ in range(5000):
        bban = ""
        for kind, ln in spec:
            if kind == "bank":
                bban += rng.choice(ln)
            elif kind == "lit":
                bban += ln
            elif kind == "n":
                bban += rdig(rng, ln)
            elif kind == "a":
                bban += ralnum(rng, ln, UP)
            else:
                bban += rdig(rng, ln)
        raw = cc + "00" + bban
        s = cc + std_iban.calc_check_digits(raw) + bban
        if std_iban.is_valid(s):
            if spaced is None:
                spaced = rng.random() < 0.7
            return std_iban.format(s) if spaced else s
    raise Redraw("iban " + cc)


CARD_BINS = [
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("35", 16),
    ("62", 16),
]


def card(rng, style=None, prefix=None):
    p, ln = prefix if prefix else rng.choice(CARD_BINS)
    b = p + rdig(rng, ln - len(p) - 1)
    s = b + luhn.calc_check_digit(b)
    if style is None:
        style = rng.choice(["4", "4", "plain", "dash"])
    if style == "plain":
        return s
    if ln == 15:
        groups = [s[:4], s[4:10], s[10:]]
    else:
        groups = [s[i : i + 4] for i in range(0, ln, 4)]
    return (" " if style == "4" else "-").join(groups)


def masked_card(rng):
    p, ln = rng.choice(CARD_BINS[:6])
    b = p + rdig(rng, 6 - len(p))
    last4 = rdig(rng, 4)
    style = rng.choice(["a", "b", "c"])
    if style == "a":
        return "%s %s** **** %s" % (b[:4], b[4:6], last4)
    if style == "b":
        return "%s******%s" % (b, last4)
    return "%sXXXXXX%s" % (b, last4)


# ---------------------------------------------------------------------------
# network / device
# ---------------------------------------------------------------------------
def ipv4(rng, doc=False):
    if doc or rng.random() < 0.25:
        return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + "." + str(rng.randint(1, 254))
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
                86,
                88,
                89,
                90,
                91,
                94,
                95,
                109,
                151,
                176,
                178,
                185,
                188,
                212,
                213,
                217,
                24,
                50,
                64,
                66,
                71,
                73,
                98,
                99,
                104,
                108,
                174,
                41,
                102,
                105,
                154,
                196,
                197,
                49,
                59,
                101,
                110,
                112,
                115,
                118,
                121,
                180,
                182,
                183,
                201,
                187,
                189,
                190,
                200,
            ]
        )
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    pre = rng.choice(
        ["2a02:c7f", "2a01:4b00", "2001:1c00", "2600:1700", "2a00:23c5", "2405:201", "2804:14c", "2001:db8"]
    )
    rest = ["%x" % rng.randint(0, 0xFFFF) for _ in range(6 if pre.count(":") == 1 else 6)]
    parts = pre.split(":") + rest
    parts = parts[:8]
    if rng.random() < 0.5:
        # compress a zero run in the middle
        parts = parts[:3] + ["0", "0"] + parts[5:]
        s = ":".join(parts)
        s = s.replace(":0:0:", "::", 1)
        return s
    return ":".join(parts)


def mac(rng, style=None):
    from stdnum import mac as std_mac

    for _ in range(5000):
        b = [rng.randint(0, 255) for _ in range(6)]
        b[0] &= 0xFC
        if std_mac.is_valid(":".join("%02x" % x for x in b)):  # OUI assigned to a manufacturer
            break
    if style is None:
        style = rng.choice(["colon", "colon", "dash", "lower", "cisco"])
    if style == "colon":
        return ":".join("%02X" % x for x in b)
    if style == "dash":
        return "-".join("%02X" % x for x in b)
    if style == "lower":
        return ":".join("%02x" % x for x in b)
    h = "".join("%02x" % x for x in b)
    return "%s.%s.%s" % (h[:4], h[4:8], h[8:])


def imei(rng):
    tac = rng.choice(["35332811", "35875110", "35291309", "86769204", "35684610", "35420911", "01326300", "35925406"])
    b = tac + rdig(rng, 6)
    return b + luhn.calc_check_digit(b)


def uuid(rng, upper=False):
    h = "".join(rng.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def serial(rng, brand=None):
    brand = brand or rng.choice(["apple", "samsung", "hp", "lenovo", "dell"])
    if brand == "apple":
        return rng.choice(["C02", "F4K", "DMP", "G6T"]) + ralnum(rng, 9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    if brand == "samsung":
        return rng.choice(["R58N", "R9WT", "RF8M"]) + ralnum(rng, 7)
    if brand == "hp":
        return "5CD" + rdig(rng, 3) + ralnum(rng, 4)
    if brand == "lenovo":
        return "PF" + ralnum(rng, 6)
    return ralnum(rng, 7, "BCDFGHJKLMNPQRSTVWXYZ0123456789")


def geo(rng, lat0, lon0, spread=0.05, style=None):
    lat = lat0 + rng.uniform(-spread, spread)
    lon = lon0 + rng.uniform(-spread, spread)
    style = style or rng.choice(["dec", "dec", "dec_nospace", "dms", "hemi"])
    if style == "dec":
        return "%.5f, %.5f" % (lat, lon)
    if style == "dec_nospace":
        return "%.6f,%.6f" % (lat, lon)
    if style == "hemi":
        return "%.4f°%s %.4f°%s" % (abs(lat), "N" if lat >= 0 else "S", abs(lon), "E" if lon >= 0 else "W")

    def dms(v, pos, neg):
        h = pos if v >= 0 else neg
        v = abs(v)
        d = int(v)
        m = int((v - d) * 60)
        s = (v - d - m / 60.0) * 3600
        return "%d°%02d'%04.1f\"%s" % (d, m, s, h)

    return "%s %s" % (dms(lat, "N", "S"), dms(lon, "E", "W"))


CC_GEO = {
    "GB": (52.5, -1.5),
    "DE": (51.0, 10.0),
    "FR": (46.5, 2.5),
    "ES": (40.2, -3.7),
    "IT": (43.0, 12.5),
    "NL": (52.2, 5.5),
    "PL": (52.0, 19.0),
    "BR": (-15.0, -47.9),
    "MX": (20.0, -100.0),
    "IN": (21.0, 78.0),
    "NG": (7.5, 5.5),
    "PK": (30.0, 71.0),
    "CN": (30.5, 114.0),
    "TR": (39.0, 33.0),
    "EG": (30.0, 31.0),
    "AE": (25.2, 55.4),
    "RU": (55.5, 45.0),
    "UA": (49.5, 31.0),
    "PH": (14.5, 121.0),
    "ZA": (-28.5, 27.0),
    "IE": (53.0, -8.0),
    "PT": (40.0, -8.3),
    "SE": (59.0, 15.5),
    "KE": (-0.5, 37.0),
    "VN": (16.0, 107.5),
    "JP": (35.5, 137.0),
    "KR": (36.3, 127.8),
    "BE": (50.8, 4.4),
    "CH": (46.9, 7.8),
    "CA": (45.5, -73.0),
    "GR": (39.5, 22.5),
    "US": (39.0, -95.0),
    "AU": (-33.0, 147.0),
    "ZA2": (-26.2, 28.0),
}

TOWN_GEO = {  # approximate town centres typed from general knowledge
    "Leeds": (53.80, -1.55),
    "Sheffield": (53.38, -1.47),
    "Norwich": (52.63, 1.30),
    "Swansea": (51.62, -3.94),
    "Stockport": (53.41, -2.15),
    "Doncaster": (53.52, -1.13),
    "Wolverhampton": (52.59, -2.13),
    "Gateshead": (54.95, -1.60),
    "Ipswich": (52.06, 1.15),
    "Aberdeen": (57.15, -2.10),
    "Harrogate": (53.99, -1.54),
    "Cardiff": (51.48, -3.18),
    "Bristol": (51.45, -2.59),
    "Coventry": (52.41, -1.51),
    "Lancaster": (54.05, -2.80),
    "Dundee": (56.46, -2.97),
    "Preston": (53.76, -2.70),
    "Southampton": (50.90, -1.40),
    "Wigan": (53.55, -2.63),
    "Luton": (51.88, -0.42),
    "Galway": (53.27, -9.05),
    "Limerick": (52.66, -8.63),
    "Tralee": (52.27, -9.70),
    "Athlone": (53.42, -7.94),
    "Drogheda": (53.72, -6.35),
    "Sligo": (54.27, -8.47),
    "Kilkenny": (52.65, -7.25),
    "Ennis": (52.84, -8.98),
    "Letterkenny": (54.95, -7.73),
    "Mullingar": (53.53, -7.34),
    "Castlebar": (53.86, -9.30),
    "Navan": (53.65, -6.68),
    "Dundalk": (54.00, -6.40),
    "Clonmel": (52.36, -7.70),
    "Tucson": (32.22, -110.97),
    "Albuquerque": (35.08, -106.65),
    "Omaha": (41.26, -95.94),
    "Boise": (43.62, -116.20),
    "Spokane": (47.66, -117.43),
    "Chattanooga": (35.05, -85.31),
    "Savannah": (32.08, -81.09),
    "Fresno": (36.74, -119.79),
    "Dayton": (39.76, -84.19),
    "Lubbock": (33.58, -101.86),
    "Tacoma": (47.25, -122.44),
    "Knoxville": (35.96, -83.92),
    "Wichita": (37.69, -97.34),
    "Scranton": (41.41, -75.66),
    "Pensacola": (30.42, -87.22),
    "Bakersfield": (35.37, -119.02),
    "Akron": (41.08, -81.52),
    "Des Moines": (41.59, -93.62),
    "Provo": (40.23, -111.66),
    "Reno": (39.53, -119.81),
    "Ballarat": (-37.56, 143.85),
    "Toowoomba": (-27.56, 151.95),
    "Wollongong": (-34.42, 150.89),
    "Geelong": (-38.15, 144.36),
    "Townsville": (-19.26, 146.82),
    "Bendigo": (-36.76, 144.28),
    "Cairns": (-16.92, 145.77),
    "Launceston": (-41.44, 147.14),
    "Mildura": (-34.19, 142.16),
    "Bunbury": (-33.33, 115.64),
    "Wagga Wagga": (-35.12, 147.37),
    "Dubbo": (-32.25, 148.60),
    "Parramatta": (-33.81, 151.00),
    "Fremantle": (-32.06, 115.75),
    "Moncton": (46.09, -64.78),
    "Kelowna": (49.89, -119.50),
    "Saskatoon": (52.13, -106.67),
    "Sherbrooke": (45.40, -71.89),
    "Halifax": (44.65, -63.58),
    "Kingston": (44.23, -76.49),
    "Lethbridge": (49.69, -112.84),
    "Trois-Rivières": (46.34, -72.54),
    "Kamloops": (50.67, -120.33),
    "Guelph": (43.55, -80.25),
    "Oldenburg": (53.14, 8.21),
    "Heilbronn": (49.14, 9.22),
    "Osnabrück": (52.28, 8.05),
    "Erlangen": (49.60, 11.00),
    "Paderborn": (51.72, 8.75),
    "Rostock": (54.09, 12.10),
    "Ulm": (48.40, 9.99),
    "Konstanz": (47.66, 9.18),
    "Gelsenkirchen": (51.51, 7.10),
    "Amersfoort": (52.16, 5.39),
    "Tilburg": (51.56, 5.09),
    "Haarlem": (52.38, 4.64),
    "Leeuwarden": (53.20, 5.79),
    "Apeldoorn": (52.21, 5.97),
    "Nijmegen": (51.84, 5.86),
    "Almere": (52.37, 5.21),
    "Dordrecht": (51.81, 4.67),
    "Enschede": (52.22, 6.89),
    "Zaandam": (52.44, 4.83),
    "Utrecht": (52.09, 5.12),
    "Zwolle": (52.52, 6.09),
    "Groningen": (53.22, 6.57),
    "Eindhoven": (51.44, 5.48),
    "Bielefeld": (52.02, 8.53),
    "Würzburg": (49.79, 9.95),
    "Regensburg": (49.01, 12.10),
    "Göttingen": (51.54, 9.93),
    "Kassel": (51.31, 9.48),
    "Leipzig": (51.34, 12.37),
    "Dresden": (51.05, 13.74),
}


def plate(rng, cc):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc == "GB":
        return "%s%s%02d %s" % (
            rng.choice("ABCDEFGHKLMNOPRSVWY"),
            rng.choice(L),
            rng.choice([14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73]),
            ralnum(rng, 3, L),
        )
    if cc == "IE":
        return "%s-%s-%s" % (
            rng.choice(["151", "161", "171", "181", "191", "201", "211", "221", "231", "242", "12", "08"]),
            rng.choice(["D", "G", "L", "C", "KY", "WX", "MH", "LH", "SO", "KK"]),
            rdig(rng, rng.choice([4, 5]), True),
        )
    if cc == "DE":
        return "%s-%s %d" % (
            rng.choice(["BI", "WÜ", "R", "GÖ", "OL", "KS", "HN", "OS", "ER", "PB", "HRO", "UL", "KN", "GE", "L", "DD"]),
            ralnum(rng, rng.choice([1, 2]), "ABCDEFGHJKLMNPRSTUVWXYZ"),
            rng.randint(1, 9999),
        )
    if cc == "NL":
        return rng.choice(
            [
                "%s-%s-%s" % (rdig(rng, 2), ralnum(rng, 3, "BDFGHJKLNPRSTVXZ"), rdig(rng, 1)),
                "%s-%s-%s" % (ralnum(rng, 2, "GHJKLNPRSTVXZ"), rdig(rng, 3), ralnum(rng, 1, "BDFGHJ")),
            ]
        )
    if cc == "FR":
        return "%s-%s-%s" % (ralnum(rng, 2, L), rdig(rng, 3), ralnum(rng, 2, L))
    if cc == "ES":
        return "%s %s" % (rdig(rng, 4), ralnum(rng, 3, "BCDFGHJKLMNPRSTVWXYZ"))
    if cc == "US":
        return rng.choice(
            [
                rdig(rng, 1, True) + ralnum(rng, 3, L) + rdig(rng, 3),
                ralnum(rng, 3, L) + "-" + rdig(rng, 4),
                ralnum(rng, 3, L) + " " + rdig(rng, 3),
            ]
        )
    if cc == "AU":
        return rng.choice(
            [
                ralnum(rng, 3, L) + "-" + rdig(rng, 3),
                rdig(rng, 1, True) + ralnum(rng, 3, L) + "-" + rdig(rng, 3),
                ralnum(rng, 2, L) + "-" + rdig(rng, 2) + "-" + ralnum(rng, 2, L),
            ]
        )
    if cc == "ZA":
        return rng.choice(
            [
                "CA %s-%s" % (rdig(rng, 3, True), rdig(rng, 3)),
                "%s %s GP" % (ralnum(rng, 2, L), rdig(rng, 2)) + " " + ralnum(rng, 2, L),
                "ND %s-%s" % (rdig(rng, 3, True), rdig(rng, 3)),
            ]
        )
    if cc == "IT":
        return "%s %s%s" % (ralnum(rng, 2, L), rdig(rng, 3), ralnum(rng, 2, L))
    if cc == "PL":
        return "%s %s" % (rng.choice(["KR", "WR", "PO", "GD", "LU", "SK", "BI"]), ralnum(rng, 5, DIG + L))
    if cc == "CA":
        return ralnum(rng, 4, L) + " " + rdig(rng, 3)
    return ralnum(rng, 3, L) + " " + rdig(rng, 3)


# ---------------------------------------------------------------------------
# email / usernames / urls / credentials
# ---------------------------------------------------------------------------
MAIL_DOMAINS = {
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "AU": ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"],
    "ZA": ["gmail.com", "telkomsa.net", "mweb.co.za", "webmail.co.za"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "alice.it"],
    "PL": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "PT": ["sapo.pt", "gmail.com", "hotmail.com"],
    "BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com"],
    "PK": ["gmail.com", "hotmail.com", "yahoo.com"],
    "CN": ["qq.com", "163.com", "126.com", "sina.com"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
    "AE": ["gmail.com", "emirates.net.ae", "outlook.com"],
    "RU": ["yandex.ru", "mail.ru", "rambler.ru", "gmail.com"],
    "UA": ["ukr.net", "i.ua", "gmail.com", "meta.ua"],
    "PH": ["gmail.com", "yahoo.com.ph"],
    "KE": ["gmail.com", "yahoo.com"],
    "VN": ["gmail.com", "yahoo.com.vn"],
    "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp"],
    "KR": ["naver.com", "daum.net", "hanmail.net", "gmail.com"],
    "SE": ["telia.com", "gmail.com", "hotmail.se"],
    "BE": ["skynet.be", "telenet.be", "gmail.com"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com"],
    "CA": ["gmail.com", "videotron.ca", "shaw.ca", "rogers.com"],
    "GR": ["gmail.com", "otenet.gr", "yahoo.gr"],
}


def email(rng, p, domain=None, year=None):
    f, l = slug(p.first), slug(p.last)
    dom = domain or rng.choice(MAIL_DOMAINS.get(p.cc, MAIL_DOMAINS["US"]))
    yr = year or rng.randint(1, 99)
    local = rng.choice(
        [
            f + "." + l,
            f[0] + l,
            f + l + str(rng.randint(1, 99)),
            f + "_" + l,
            l + "." + f,
            f + "." + l + ("%02d" % (yr % 100)),
            f + str(yr),
            f[0] + "." + l,
        ]
    )
    return local + "@" + dom


def username(rng, p=None, kid=False):
    f = slug(p.first) if p else rng.choice(["shadow", "pixel", "nova", "blaze", "frosty", "turbo"])
    l = slug(p.last) if p else rng.choice(["wolf", "fox", "storm", "byte", "ninja"])
    opts = [
        f + "_" + l[:3] + str(rng.randint(1, 99)),
        f + l[0] + str(rng.randint(100, 999)),
        f[:3] + "." + l,
        "the_real_" + f,
        f + "_" + rng.choice(["xo", "official", "fit", "gg", "ttv"]),
        l + f[0] + str(rng.randint(10, 99)),
    ]
    if kid:
        opts += [
            rng.choice(["xx_", "its_", "lil_", ""])
            + f
            + rng.choice(["_2k", "_yt", "_fn", "gamer", "_rblx", "09", "11", "_lol"])
        ]
    return rng.choice(opts)


def profile_url(rng, handle, p=None, site=None):
    site = site or rng.choice(["ig", "tt", "fb", "li", "x", "yt"])
    www = rng.choice(["https://www.", "https://", "www.", ""])
    if site == "ig":
        return www + "instagram.com/" + handle
    if site == "tt":
        return www + "tiktok.com/@" + handle
    if site == "fb":
        base = (slug(p.first) + "." + slug(p.last) + "." + str(rng.randint(10, 9999))) if p else handle
        return www + "facebook.com/" + base
    if site == "li":
        base = (slug(p.first) + "-" + slug(p.last) + "-" + "".join(rng.choice(HEX) for _ in range(7))) if p else handle
        return rng.choice(["https://www.", "https://", "www.", ""]) + "linkedin.com/in/" + base
    if site == "x":
        return rng.choice(["https://", "", "https://www."]) + "x.com/" + handle
    if site == "yt":
        return rng.choice(["https://www.", "www."]) + "youtube.com/@" + handle
    if site == "vk":
        return rng.choice(["https://", ""]) + "vk.com/" + handle
    if site == "tg":
        return rng.choice(["https://", ""]) + "t.me/" + handle
    if site == "snap":
        return "snapchat.com/add/" + handle
    raise ValueError(site)


PW_WORDS = [
    "Tulip",
    "Falcon",
    "Marmalade",
    "Pumpkin",
    "Cobalt",
    "Thunder",
    "Biscuit",
    "Nimbus",
    "Pebble",
    "Otter",
    "Zebra",
    "Quartz",
    "Mango",
    "Harbour",
    "Lantern",
    "Comet",
    "Walrus",
    "Paprika",
    "Velvet",
    "Jigsaw",
]


def password(rng):
    w1, w2 = rng.sample(PW_WORDS, 2)
    return (
        rng.choice(
            [
                w1 + rng.choice("!#$*&") + str(rng.randint(10, 2024)),
                w1.lower() + w2 + str(rng.randint(1, 99)) + rng.choice("!?#"),
                w1[0].lower() + w1[1:].upper()[:3] + str(rng.randint(100, 999)) + w2.lower(),
                ralnum(rng, 4, LOW) + rng.choice("#%&") + ralnum(rng, 4, UP + DIG) + rng.choice("!*"),
                w2 + "_" + w1 + str(rng.randint(1, 9)),
            ]
        ).strip(".,;:!?'\"")
        or "Tulip#2019x"
    )


def pin(rng, n=4):
    while True:
        s = rdig(rng, n)
        if len(set(s)) > 1:
            return s


def token(rng, n=32, alphabet=HEX):
    return "".join(rng.choice(alphabet) for _ in range(n))


B64 = UP + LOW + DIG


def b64token(rng, n=40):
    return token(rng, n, B64)


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------
GB_PC = {
    "Leeds": "LS",
    "Sheffield": "S",
    "Norwich": "NR",
    "Swansea": "SA",
    "Stockport": "SK",
    "Doncaster": "DN",
    "Wolverhampton": "WV",
    "Gateshead": "NE",
    "Ipswich": "IP",
    "Aberdeen": "AB",
    "Harrogate": "HG",
    "Cardiff": "CF",
    "Bristol": "BS",
    "Coventry": "CV",
    "Lancaster": "LA",
    "Dundee": "DD",
    "Preston": "PR",
    "Southampton": "SO",
    "Wigan": "WN",
    "Luton": "LU",
}
IE_EIR = {
    "Galway": "H91",
    "Limerick": "V94",
    "Tralee": "V92",
    "Athlone": "N37",
    "Drogheda": "A92",
    "Sligo": "F91",
    "Kilkenny": "R95",
    "Ennis": "V95",
    "Letterkenny": "F92",
    "Mullingar": "N91",
    "Castlebar": "F23",
    "Navan": "C15",
    "Dundalk": "A91",
    "Clonmel": "E91",
}
US_ZIP = {
    "Tucson": "857",
    "Albuquerque": "871",
    "Omaha": "681",
    "Boise": "837",
    "Spokane": "992",
    "Chattanooga": "374",
    "Savannah": "314",
    "Fresno": "937",
    "Dayton": "454",
    "Lubbock": "794",
    "Tacoma": "984",
    "Knoxville": "379",
    "Wichita": "672",
    "Scranton": "185",
    "Pensacola": "325",
    "Bakersfield": "933",
    "Akron": "443",
    "Des Moines": "503",
    "Provo": "846",
    "Reno": "895",
}


def postcode(rng, cc, town):
    if cc == "GB":
        return "%s%d %d%s" % (
            GB_PC.get(town, "M"),
            rng.randint(1, 19),
            rng.randint(1, 9),
            ralnum(rng, 2, "ABDEFGHJLNPQRSTUWXYZ"),
        )
    if cc == "IE":
        return "%s %s" % (IE_EIR.get(town, "D08"), ralnum(rng, 4, "ACDEFHKNPRTVWXY0123456789"))
    if cc == "US":
        return US_ZIP.get(town, "100") + rdig(rng, 2)
    if cc == "AU":
        st = pools.AU_STATES.get(town, "NSW")
        return {"VIC": "3", "QLD": "4", "NSW": "2", "TAS": "7", "WA": "6"}[st] + rdig(rng, 3)
    if cc == "NL":
        return "%s %s" % (rdig(rng, 4, True), ralnum(rng, 2, "ABCDEGHJKLMNPRTVWXZ"))
    if cc == "PL":
        return "%s-%s" % (rdig(rng, 2), rdig(rng, 3))
    if cc == "PT":
        return "%s-%s" % (rdig(rng, 4, True), rdig(rng, 3))
    if cc == "BR":
        return "%s-%s" % (rdig(rng, 5, True), rdig(rng, 3))
    if cc == "IN":
        return rdig(rng, 6, True)
    if cc == "CA":
        return "%s%d%s %d%s%d" % (
            rng.choice("EKLNRSTV"),
            rng.randint(0, 9),
            rng.choice("ABCEGHJKLMNPRSTVXY"),
            rng.randint(0, 9),
            rng.choice("ABCEGHJKLMNPRSTVXY"),
            rng.randint(0, 9),
        )
    if cc in ("SE", "GR"):
        return "%s %s" % (rdig(rng, 3, True), rdig(rng, 2))
    if cc in ("JP",):
        return "%s-%s" % (rdig(rng, 3, True), rdig(rng, 4))
    if cc in ("BE", "CH", "ZA", "PH", "AU"):
        return rdig(rng, 4, True)
    if cc in ("KE",):
        return rdig(rng, 5, True)
    return rdig(rng, 5, True)


def street(rng, cc):
    stems = pools.STREET_STEMS.get(cc, pools.STREET_STEMS["US"])
    st = pick(rng, stems)
    n = rng.randint(1, 180)
    if cc == "GB":
        return rng.choice(
            [
                "%d %s %s" % (n, st, pick(rng, pools.GB_STREET_TYPES)),
                "Flat %d, %d %s %s" % (rng.randint(1, 12), n, st, pick(rng, pools.GB_STREET_TYPES)),
            ]
        )
    if cc == "IE":
        return rng.choice(
            ["%d %s Road" % (n, st), "%d %s Park" % (n, st), "Apt %d, %s Court" % (rng.randint(1, 40), st)]
        )
    if cc == "US":
        return rng.choice(
            [
                "%d %s %s" % (rng.randint(100, 9899), st, pick(rng, pools.US_STREET_TYPES)),
                "%d %s %s Apt %d" % (rng.randint(100, 9899), st, pick(rng, pools.US_STREET_TYPES), rng.randint(1, 40)),
            ]
        )
    if cc == "AU":
        return rng.choice(
            [
                "%d %s %s" % (n, st, pick(rng, pools.AU_STREET_TYPES)),
                "Unit %d/%d %s %s" % (rng.randint(1, 12), n, st, pick(rng, pools.AU_STREET_TYPES)),
            ]
        )
    if cc == "CA":
        return "%d %s %s" % (rng.randint(10, 2999), st, rng.choice(["Street", "Avenue", "Crescent", "Drive"]))
    if cc == "ZA":
        return "%d %s %s" % (n, st, rng.choice(["Street", "Road", "Avenue", "Crescent"]))
    if cc == "DE":
        return "%s%s %d%s" % (
            st,
            rng.choice(["straße", "weg", "allee", "ring", "str."]),
            n % 90 + 1,
            rng.choice(["", "", "a", "b"]),
        )
    if cc == "NL":
        return "%s%s %d%s" % (
            st,
            rng.choice(["straat", "laan", "weg", "hof"]),
            n % 150 + 1,
            rng.choice(["", "", "-II", "A"]),
        )
    if cc == "FR":
        return "%d%s %s %s" % (
            n % 120 + 1,
            rng.choice(["", "", " bis"]),
            rng.choice(["rue", "avenue", "boulevard", "allée"]),
            st,
        )
    if cc == "ES":
        return "%s %s, %d, %dº %s" % (
            rng.choice(["Calle", "Avenida", "Paseo"]),
            st,
            n % 150 + 1,
            rng.randint(1, 9),
            rng.choice("ABCD"),
        )
    if cc == "IT":
        return "%s %s %d" % (rng.choice(["Via", "Viale", "Corso"]), st, n % 200 + 1)
    if cc == "PL":
        return "ul. %s %d/%d" % (st, n % 120 + 1, rng.randint(1, 60))
    if cc == "PT":
        return "Rua %s %d, %dº Esq" % (st, n % 200 + 1, rng.randint(1, 8))
    if cc == "BR":
        return "Rua %s, %d, apto %d" % (st, rng.randint(10, 2500), rng.randint(11, 1204))
    if cc == "MX":
        return "Calle %s %d, Col. Centro" % (st, rng.randint(10, 1500))
    if cc == "IN":
        return "Flat %d, %s" % (rng.randint(101, 1204), st)
    if cc == "NG":
        return "%d %s Street" % (n % 80 + 1, st)
    if cc == "PK":
        return "House %d, Street %d, %s" % (rng.randint(1, 400), rng.randint(1, 30), st)
    if cc == "TR":
        return "%s Cad. No:%d D:%d" % (st, n % 150 + 1, rng.randint(1, 20))
    if cc == "EG":
        return "%d %s Street" % (n % 90 + 1, st)
    if cc == "AE":
        return "Villa %d, %s Street" % (rng.randint(1, 90), st)
    if cc == "RU":
        return "ul. %s, d. %d, kv. %d" % (st, n % 120 + 1, rng.randint(1, 240))
    if cc == "UA":
        return "vul. %s, %d, kv. %d" % (st, n % 120 + 1, rng.randint(1, 200))
    if cc == "PH":
        return "%d %s St., Brgy. %s" % (n, st, rng.choice(["San Isidro", "Poblacion", "Malanday", "Santo Niño"]))
    if cc == "KE":
        return "House %d, %s Road" % (rng.randint(1, 60), st)
    if cc == "SE":
        return "%s %d" % (st, n % 80 + 1)
    if cc == "BE":
        return "%s %d" % (st, n % 150 + 1)
    if cc == "CH":
        return "%s %d" % (st, n % 80 + 1)
    if cc == "JP":
        return "%s %d-%d-%d" % (st, rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20))
    if cc == "KR":
        return "%s %d" % (st, rng.randint(1, 300))
    if cc == "VN":
        return "%d %s" % (n, st)
    if cc == "GR":
        return "%s %d" % (st, n % 120 + 1)
    if cc == "CN":
        return "%s Road No. %d" % (st, n)
    return "%d %s Street" % (n, st)


class Addr:
    def __init__(self, rng, cc, town=None):
        self.cc = cc
        self.town = town or pick(rng, pools.TOWNS[cc])
        self.street = street(rng, cc)
        self.pc = postcode(rng, cc, self.town)
        self.state = None
        if cc == "US":
            self.state = dict((t, s) for s, t in pools.US_STATES)[self.town]
        if cc == "AU":
            self.state = pools.AU_STATES.get(self.town, "NSW")

    def frag(self, style="line", caps=False):
        st = self.street.upper() if caps else self.street
        tw = self.town.upper() if caps else self.town
        pc = self.pc
        c = self.cc
        if c in ("DE", "NL", "FR", "ES", "IT", "PL", "PT", "SE", "BE", "CH", "TR", "GR", "MX"):
            tail = [(", ", None), (pc + " ", None), (tw, "LOCATION")]
        elif c == "US":
            tail = [(", ", None), (tw, "LOCATION"), (", %s %s" % (self.state, pc), None)]
        elif c == "AU":
            tail = [(", ", None), (tw, "LOCATION"), (" %s %s" % (self.state, pc), None)]
        elif c in ("GB", "IE", "CA", "ZA", "IN", "BR", "KE", "PH", "JP"):
            tail = [(", ", None), (tw, "LOCATION"), (" " + pc, None)]
        else:
            tail = [(", ", None), (tw, "LOCATION")]
        if style == "multiline":
            tail = [("\n", None)] + tail[1:]
        return Frag([(st, "STREET_ADDRESS")] + tail)
