"""Document builder and shared helpers (names, e-mails, ages, dates)."""

import re
import unicodedata

PH = re.compile(r"\{([a-z_][a-z_0-9]*)\}")
EDGE_BAD = set(" \t\r\n.,;:!?'\"")


class Doc:
    """Accumulates text; entity pieces are recorded as spans."""

    def __init__(self):
        self.buf = []
        self.spans = []
        self.n = 0

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def e(self, val, label=None):
        if label is None or val == "":
            return self.t(val)
        if val[0] in EDGE_BAD or val[-1] in EDGE_BAD:
            raise ValueError(f"bad span edge {val!r} {label}")
        self.spans.append((self.n, self.n + len(val), label, val))
        return self.t(val)

    def put(self, v):
        if v is None:
            return self
        if isinstance(v, tuple):
            return self.e(*v)
        if isinstance(v, list):
            for x in v:
                self.put(x)
            return self
        return self.t(str(v))

    def f(self, tmpl, **kw):
        pos = 0
        for m in PH.finditer(tmpl):
            self.t(tmpl[pos : m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def text(self):
        return "".join(self.buf)


def E(v, label):
    return (v, label)


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ð", "d").replace("Ð", "D").replace("ß", "ss")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = s.replace("æ", "ae").replace("Æ", "AE").replace("ş", "s").replace("ç", "c")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(s).lower())


# ------------------------------------------------------------------ people
def lower_keep(s):
    """Lower-case without changing string length (so offsets stay valid)."""
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in s)


def make_person(rng, c, gender=None):
    gender = gender or rng.choice("fm")
    g = rng.choice(c["f"] if gender == "f" else c["m"])
    fam = rng.choice(c["fam"])
    if isinstance(fam, tuple) and len(fam) == 4:
        fam = (fam[0], fam[1]) if gender == "m" else (fam[2], fam[3])
    if isinstance(g, str):
        g = (g, ascii_fold(g))
    if isinstance(fam, str):
        fam = (fam, ascii_fold(fam))
    return {
        "given": g[0],
        "given_lat": g[1],
        "family": fam[0],
        "family_lat": fam[1],
        "gender": gender,
        "cc": c["cc"],
        "order": c.get("order", "gf"),
        "joined": c.get("joined", False),
    }


def full_name(p, latin=False):
    g = p["given_lat"] if latin else p["given"]
    f = p["family_lat"] if latin else p["family"]
    if p["order"] == "fg":
        if p["joined"] and not latin:
            return f + g
        return f"{f} {g}"
    return f"{g} {f}"


def name_variant(rng, p, mode=None):
    mode = mode or rng.choice(["full", "full", "full", "lat", "given", "upper", "lower", "rev", "family"])
    if mode == "full":
        return full_name(p)
    if mode == "lat":
        return full_name(p, latin=True)
    if mode == "given":
        return p["given"]
    if mode == "given_lat":
        return p["given_lat"]
    if mode == "family":
        return p["family"]
    if mode == "upper":
        return full_name(p).upper()
    if mode == "lower":
        return full_name(p, latin=True).lower()
    if mode == "rev":
        return (
            f"{p['family'].upper()}, {p['given']}"
            if p["order"] == "gf"
            else f"{p['family_lat'].upper()} {p['given_lat']}"
        )
    if mode == "initials":
        parts = (p["given_lat"] + " " + p["family_lat"]).replace("-", " ").split()
        return "".join(x[0].upper() for x in parts if x)[:3]
    raise ValueError(mode)


def initials(p):
    return name_variant(None, p, "initials")


DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.co.uk",
    "proton.me",
    "icloud.com",
    "gmx.de",
    "mail.ru",
    "yandex.ru",
    "qq.com",
    "naver.com",
    "web.de",
    "orange.fr",
    "uol.com.br",
    "rediffmail.com",
    "seznam.cz",
    "laposte.net",
    "tutanota.com",
    "aol.com",
    "libero.it",
]


def email_for(rng, p, obfuscate=None):
    g, f = slug(p["given_lat"]), slug(p["family_lat"])
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f[:1]}{rng.randint(1, 99)}",
            f"{f}.{g}{rng.randint(70, 12 + 2000) % 100:02d}",
            f"{g}_{f}",
            f"{g[:1]}{f}",
            f"{g}.{rng.randint(100, 999)}",
            f"{f}{g[:2]}",
        ]
    )
    dom = rng.choice(DOMAINS)
    if obfuscate is None:
        obfuscate = rng.random() < 0.18
    if not obfuscate:
        return f"{local}@{dom}"
    host, tld = dom.split(".", 1)
    tld_parts = tld.split(".")
    st = rng.choice(["words", "brackets", "parens"])
    if st == "words":
        return f"{local} at {host} dot {' dot '.join(tld_parts)}"
    if st == "brackets":
        return f"{local}[at]{host}[dot]{'[dot]'.join(tld_parts)}"
    return f"{local} (at) {host} (dot) {' (dot) '.join(tld_parts)}"


TAG_A = [
    "Shadow",
    "Frost",
    "Pixel",
    "Toxic",
    "Lunar",
    "Night",
    "Turbo",
    "Ghost",
    "Crimson",
    "Nova",
    "Blaze",
    "Savage",
    "Cosmic",
    "Rogue",
    "Silent",
    "Hyper",
    "Venom",
    "Storm",
    "Mystic",
    "Neon",
]
TAG_B = [
    "Fox",
    "Wolf",
    "Reaper",
    "Panda",
    "Sniper",
    "Kitty",
    "Dragon",
    "Ninja",
    "Gamer",
    "Queen",
    "Slayer",
    "Bunny",
    "Knight",
    "Viper",
    "Raven",
    "Tiger",
    "Goblin",
    "Phantom",
    "Otter",
    "Lynx",
]


def username_for(rng, p=None):
    if p is not None and rng.random() < 0.55:
        g, f = slug(p["given_lat"]), slug(p["family_lat"])
        return rng.choice(
            [
                f"{g}_{f[:3]}{rng.randint(1, 99)}",
                f"xX{g}Xx",
                f"{g}.{f}{rng.randint(1, 9)}",
                f"lil{g}{rng.randint(2005, 2013)}",
                f"{g}{rng.randint(100, 999)}",
                f"its_{g}_{f[:1]}",
                f"{f}{g[:1]}_official",
            ]
        )
    a, b = rng.choice(TAG_A), rng.choice(TAG_B)
    return rng.choice(
        [
            f"{a}{b}{rng.randint(1, 999)}",
            f"{a.lower()}_{b.lower()}",
            f"xX{a}{b}Xx",
            f"{a}_{b}_{rng.randint(10, 99)}",
            f"the{a.lower()}{b.lower()}",
            f"{a[:3].lower()}{b.lower()}{rng.randint(1, 9)}",
        ]
    )


# ------------------------------------------------------------------ numbers / ages / dates
ONES = [
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
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else "-" + ONES[o])


DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def digits_as_words(s, rng):
    out = []
    for ch in s:
        if ch.isdigit():
            w = DIGIT_WORDS[int(ch)]
            if ch == "0" and rng.random() < 0.5:
                w = "oh"
            out.append(w)
    return " ".join(out)


def age_label(n):
    return "MINOR_AGE" if n < 18 else "AGE"


def age_en(rng, n, style=None):
    """English age phrase as a list of Doc parts."""
    lab = age_label(n)
    style = style or rng.choice(
        ["yo_hyph", "aged", "yo", "years", "paren", "age", "words", "words_hyph", "turned", "yrs", "y/o"]
    )
    if style == "yo_hyph":
        return ["a ", (str(n), lab), "-year-old"]
    if style == "aged":
        return ["aged ", (str(n), lab)]
    if style == "yo":
        return [(str(n), lab), "yo"]
    if style == "years":
        return [(str(n), lab), " years old"]
    if style == "paren":
        return ["(", (str(n), lab), ")"]
    if style == "age":
        return ["age ", (str(n), lab)]
    if style == "words":
        return [(num_words(n), lab), " years old"]
    if style == "words_hyph":
        return ["a ", (num_words(n), lab), "-year-old"]
    if style == "turned":
        return ["just turned ", (str(n), lab)]
    if style == "yrs":
        return [(str(n), lab), " yrs"]
    return [(str(n), lab), " y/o"]


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


def date_fmt(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "mdy_slash":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "mdy_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "dmy_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "long_en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "us_long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}"
    if style == "ymd_slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if style == "zh":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    raise ValueError(style)


NATIVE_DIGITS = {"beng": "০১২৩৪৫৬৭৮৯", "arab": "٠١٢٣٤٥٦٧٨٩", "deva": "०१२३४५६७८९", "thai": "๐๑๒๓๔๕๖๗๘๙"}


def nat(s, script):
    if not script:
        return s
    tbl = NATIVE_DIGITS[script]
    return "".join(tbl[int(c)] if c.isdigit() and c.isascii() else c for c in s)
