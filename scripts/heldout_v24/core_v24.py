"""Document builder, person factory and formatting helpers for v24."""

import ids_v24 as I
from pools_v24 import LOCALES, EMAIL_HOSTS, ADJ_USER, NOUN_USER

REF_YEAR = 2024


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def add(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                text, label = p
                if text is None or text == "":
                    continue
                if label:
                    self.spans.append({"start": self.n, "end": self.n + len(text), "label": label, "text": text})
                self.buf.append(text)
                self.n += len(text)
            else:
                self.buf.append(p)
                self.n += len(p)
        return self

    def text(self):
        return "".join(self.buf)


UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_words(n):
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + UNITS[n % 10])
    return "one hundred" + ("" if n == 100 else " and " + num_words(n - 100))


def age_label(a):
    return "MINOR_AGE" if a < 18 else "AGE"


def age_tok(r, a, words_ok=True):
    """returns (text,label) for an age number; sometimes in words (English)"""
    if words_ok and r.random() < 0.25:
        return (num_words(a), age_label(a))
    return (str(a), age_label(a))


MONTH_EN = [
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
MONTH_DE = [
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
MONTH_FR = [
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
MONTH_ES = [
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
]


def fmt_date(r, loc, t, style=None):
    y, m, d = t
    lang = LOCALES[loc]["lang"]
    style = style if style is not None else r.randint(0, 3)
    if lang == "ja":
        return f"{y}年{m}月{d}日" if style % 2 == 0 else f"{y}/{m:02d}/{d:02d}"
    if lang in ("zh",):
        return f"{y}年{m}月{d}日" if style % 2 == 0 else f"{y}-{m:02d}-{d:02d}"
    if lang == "ko":
        return f"{y}년 {m}월 {d}일" if style % 2 == 0 else f"{y}.{m:02d}.{d:02d}"
    if style == 3:
        return f"{y}-{m:02d}-{d:02d}"
    if loc == "us":
        return [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTH_EN[m - 1]} {d}, {y}"][style % 3]
    if lang == "de" or lang in ("pl", "ru", "tr"):
        return [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y}",
            f"{d}. {MONTH_DE[m - 1]} {y}" if lang == "de" else f"{d:02d}.{m:02d}.{y}",
        ][style % 3]
    if lang == "fr":
        return [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTH_FR[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"][style % 3]
    if lang == "es":
        return [f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTH_ES[m - 1]} de {y}", f"{d}/{m}/{y}"][style % 3]
    if lang == "sv":
        return f"{y}-{m:02d}-{d:02d}"
    return [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTH_EN[m - 1]} {y}", f"{d}/{m}/{y}"][style % 3]


def rand_date(r, y0, y1):
    return (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def make_person(r, loc, age_range=(19, 90), female=None):
    L = LOCALES[loc]
    if female is None:
        female = r.random() < 0.5
    given = r.choice(L["f"] if female else L["m"])
    family = r.choice(L["s"])
    age = r.randint(*age_range)
    dob = (REF_YEAR - age - (1 if r.random() < 0.4 else 0), r.randint(1, 12), r.randint(1, 28))
    ga, fa = I.ascii_fold(given), I.ascii_fold(family)
    user_base = ga.lower().replace(" ", "").replace("'", "")
    if not ga.strip() or not fa.strip():
        uname = r.choice(ADJ_USER) + "_" + r.choice(NOUN_USER) + str(r.randint(1, 999))
        local = uname.replace("_", ".")
        ga = ga or "Xx"
        fa = fa or "Xx"
    else:
        fl = fa.lower().replace(" ", "").replace("'", "")
        uname = r.choice(
            [
                f"{user_base}{fl[:1]}{r.randint(1, 99)}",
                f"{r.choice(ADJ_USER)}{user_base}",
                f"{user_base}_{r.choice(NOUN_USER)}",
                f"{fl}{dob[0] % 100:02d}",
                f"x{user_base}x",
            ]
        )
        local = r.choice(
            [f"{user_base}.{fl}", f"{user_base[:1]}{fl}", f"{user_base}{fl}{r.randint(1, 99)}", f"{fl}.{user_base}"]
        )
    host = r.choice(EMAIL_HOSTS)
    if L["order"] == "fg":
        sep = "" if L["lang"] in ("ja", "zh", "ko") else " "
        full = family + sep + given
    else:
        full = given + " " + family
    town, region = r.choice(L["towns"])
    p = dict(
        loc=loc,
        female=female,
        given=given,
        family=family,
        full=full,
        given_ascii=ga,
        family_ascii=fa,
        age=age,
        dob_t=dob,
        username=uname,
        email=f"{local}@{host}",
        email_obf=f"{local} at {host.replace('.', ' dot ')}",
        town=town,
        region=region,
        street=street_line(r, loc),
        postcode=postcode(r, loc),
    )
    p["phone"] = I.phone(r, L["phone"])
    return p


def street_line(r, loc):
    L = LOCALES[loc]
    st = r.choice(L["streets"])
    n = r.randint(1, 180)
    if loc in ("gb", "au", "ca"):
        return (
            r.choice(
                [
                    f"{n} {st}",
                    f"Flat {r.randint(1, 12)}, {n} {st}",
                    f"{n}{r.choice('ab')} {st}",
                    f"PO Box {r.randint(100, 9999)}",
                ]
            )
            if r.random() < 0.9
            else f"{n} {st}"
        )
    if loc == "us":
        return r.choice(
            [
                f"{r.randint(100, 9999)} {st}",
                f"{r.randint(100, 9999)} {st}, Apt {r.randint(1, 30)}{r.choice('ABCD')}",
                f"P.O. Box {r.randint(100, 99999)}",
            ]
        )
    if loc in ("de", "ch", "nl", "se", "pl"):
        if loc == "pl":
            return f"{st} {n}/{r.randint(1, 60)}"
        return r.choice([f"{st} {n}", f"{st} {n}{r.choice('ab')}"])
    if loc == "fr":
        return r.choice([f"{n} {st}", f"{n} bis {st}", f"Appt {r.randint(1, 40)}, {n} {st}"])
    if loc == "es":
        return f"{st} {n}, {r.randint(1, 9)}º {r.choice('ABCD')}"
    if loc == "it":
        return f"{st} {n}" + r.choice(["", f", int. {r.randint(1, 20)}"])
    if loc == "jp":
        return f"{st}{r.randint(1, 30)}-{r.randint(1, 20)}"
    if loc == "cn":
        return f"{st}{n}号{r.randint(1, 30)}栋{r.randint(101, 2504)}室"
    if loc == "kr":
        return f"{st} {n}, {r.randint(101, 120)}동 {r.randint(101, 1504)}호"
    if loc == "mx":
        return f"{st} {n}, Col. {r.choice(['Centro', 'Del Valle', 'Las Flores', 'San Miguel'])}"
    if loc == "br":
        return f"{st}, {n}, apto {r.randint(11, 204)}"
    if loc == "ru":
        return f"{st}, д. {n}, кв. {r.randint(1, 200)}"
    if loc == "tr":
        return f"{st} No: {n} D: {r.randint(1, 20)}"
    if loc == "in":
        return r.choice([f"Flat {r.randint(1, 40)}{r.choice('ABC')}, {st}", f"H.No. {n}, {st}"])
    if loc == "ae":
        return st
    return f"{n} {st}"


def postcode(r, loc):
    d = I.digits
    if loc == "gb":
        return f"{I.letters(r, 2)}{r.randint(1, 20)} {r.randint(1, 9)}{I.letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if loc == "us":
        return d(r, 5, True)
    if loc == "ca":
        return f"{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
    if loc in ("au", "ch"):
        return d(r, 4, True)
    if loc in ("de", "fr", "es", "it", "mx", "tr"):
        return d(r, 5, True)
    if loc == "nl":
        return f"{d(r, 4, True)} {I.letters(r, 2)}"
    if loc == "pl":
        return f"{d(r, 2)}-{d(r, 3)}"
    if loc == "se":
        return f"{d(r, 3, True)} {d(r, 2)}"
    if loc == "in":
        return d(r, 6, True)
    if loc == "jp":
        return f"〒{d(r, 3)}-{d(r, 4)}"
    if loc in ("cn", "ru"):
        return d(r, 6, True)
    if loc == "kr":
        return d(r, 5)
    if loc == "br":
        return f"{d(r, 5)}-{d(r, 3)}"
    return ""


def address_parts(r, p, with_region=None):
    """List of Doc parts for a full postal address (street line, postcode, town, region)."""
    loc = p["loc"]
    st, town, reg, pc = p["street"], p["town"], p["region"], p["postcode"]
    if with_region is None:
        with_region = r.random() < 0.4
    if loc in ("jp", "cn", "kr"):
        out = []
        if loc == "jp":
            out.append(pc + " ")
        out += [
            (reg, "LOCATION"),
            " " if loc == "kr" else "",
            (town, "LOCATION"),
            " " if loc == "kr" else "",
            (st, "STREET_ADDRESS"),
        ]
        return out
    if loc == "ae":
        return [(st, "STREET_ADDRESS"), ", ", (town, "LOCATION")]
    if loc in ("de", "ch", "nl", "se", "pl", "fr", "es", "it", "tr"):
        out = [(st, "STREET_ADDRESS"), ", ", pc + " ", (town, "LOCATION")]
        if with_region and reg != town:
            out += [" (", (reg, "LOCATION"), ")"]
        return out
    if loc == "us":
        return [(st, "STREET_ADDRESS"), ", ", (town, "LOCATION"), ", ", (reg, "LOCATION"), " " + pc]
    if loc == "ca":
        return [(st, "STREET_ADDRESS"), ", ", (town, "LOCATION"), ", ", (reg, "LOCATION"), " " + pc]
    if loc == "br":
        return [(st, "STREET_ADDRESS"), " – ", (town, "LOCATION"), "/", (reg, "LOCATION"), ", CEP " + pc]
    if loc == "ru":
        return [pc + ", г. ", (town, "LOCATION"), ", ", (st, "STREET_ADDRESS")]
    if loc == "mx":
        return [(st, "STREET_ADDRESS"), ", C.P. " + pc + ", ", (town, "LOCATION"), ", ", (reg, "LOCATION")]
    if loc == "in":
        return [
            (st, "STREET_ADDRESS"),
            ", ",
            (town, "LOCATION"),
            " - " + pc + (", " if with_region else ""),
            (reg if with_region else None, "LOCATION"),
        ]
    # gb, au
    out = [(st, "STREET_ADDRESS"), ", ", (town, "LOCATION")]
    if with_region:
        out += [", ", (reg, "LOCATION")]
    out.append((" " if loc == "au" else ", ") + pc)
    return out


def name_tok(r, p, which="full", case_var=True):
    v = p[which]
    if case_var and r.random() < 0.12:
        v = v.upper() if r.random() < 0.6 else v.lower()
    return (v, "PERSON")


def coords(r, lat0, lon0, spread=0.05, prec=5):
    return f"{lat0 + r.uniform(-spread, spread):.{prec}f}", f"{lon0 + r.uniform(-spread, spread):.{prec}f}"


TOWN_COORDS = {
    "gb": (53.68, -1.50),
    "us": (36.15, -95.99),
    "ca": (52.13, -106.67),
    "au": (-37.56, 143.85),
    "de": (52.02, 8.53),
    "ch": (47.50, 8.72),
    "fr": (45.78, 3.08),
    "es": (41.65, -0.88),
    "it": (45.70, 9.67),
    "nl": (52.51, 6.09),
    "pl": (51.25, 22.57),
    "se": (63.83, 20.26),
    "in": (18.52, 73.86),
    "jp": (43.06, 141.35),
    "cn": (30.66, 104.07),
    "kr": (37.26, 127.03),
    "mx": (20.67, -103.35),
    "br": (-25.43, -49.27),
    "ru": (55.79, 49.12),
    "ae": (24.21, 55.74),
    "tr": (39.78, 30.52),
}
