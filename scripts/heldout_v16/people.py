"""Person / address / contact helpers built on pools.py (no external data)."""

from __future__ import annotations

import unicodedata

import core
from core import pick, digits, letters
from pools import CULT, HANDLE_BITS, EMAIL_DOMAINS

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
REF_YEAR = 2026


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i")
    n = unicodedata.normalize("NFKD", s)
    return "".join(c for c in n if not unicodedata.combining(c) and ord(c) < 128)


def fill(rng, pattern):
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(pick(rng, "0123456789"))
        elif ch == "@":
            out.append(pick(rng, "ABDEFGHJLNPQRSTUWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


class Person:
    def __init__(self, given, family, cult, native=None, sex="f"):
        self.given = given
        self.family = family
        self.cult = cult
        self.native = native
        self.sex = sex

    @property
    def full(self):
        if self.cult in ("cn", "jp", "kr", "vn"):
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def inverted(self):
        return f"{self.family.upper()}, {self.given}"


class Cast:
    """Generates distinct people for one document."""

    def __init__(self, rng):
        self.rng = rng
        self.used = []

    def person(self, cult=None, sex=None, family=None):
        rng = self.rng
        if cult is None:
            cult = pick(rng, ["gb", "us", "de", "fr", "ie", "es", "it", "pl", "nl", "ca", "au", "ch", "ng", "in"])
        c = CULT[cult]
        if sex is None:
            sex = pick(rng, "fm")
        for _ in range(60):
            if "nat" in c:
                nat, lat = pick(rng, c["nat"])
                parts = lat.split(" ", 1)
                if cult in ("cn", "jp", "kr"):
                    p = Person(parts[1], parts[0], cult, native=nat, sex=sex)
                else:
                    p = Person(parts[0], parts[1], cult, native=nat, sex=sex)
            elif "nat_f" in c and rng.random() < 0.6:
                gn = pick(rng, c["nat_f"] if sex == "f" else c["nat_m"])
                sn = pick(rng, c["nat_s"])
                p = Person(gn[1], family or sn[1], cult, native=f"{gn[0]} {sn[0]}", sex=sex)
            else:
                g = pick(rng, c["f"] if sex == "f" else c["m"])
                s = family or pick(rng, c["s"])
                p = Person(g, s, cult, sex=sex)
            key = p.full
            if key not in self.used and p.given not in [u.split(" ")[0] for u in self.used]:
                self.used.append(key)
                return p
        self.used.append(p.full)
        return p


def clean_town(name):
    name = name.split(",")[0]
    for suf in (" QLD", " VIC", " WA", " NSW"):
        if name.endswith(suf):
            name = name[: -len(suf)]
    return name


def town(rng, cult):
    t = pick(rng, CULT[cult]["towns"])
    return clean_town(t[0]), t[2], t[3]


def address(rng, cult, with_town=True):
    """Return (address string, town name)."""
    c = CULT[cult]
    t = pick(rng, c["towns"])
    tname, pc = t[0], fill(rng, t[1])
    st = pick(rng, c["streets"]) if c["streets"] else "Main Street"
    n = str(rng.randrange(1, 240))
    if rng.random() < 0.15:
        n += pick(rng, ["a", "b", "A", "B"])
    kind = c["addr"]
    if kind == "gb":
        pre = pick(
            rng, ["", "", "Flat " + str(rng.randrange(1, 30)) + ", ", "Apartment " + str(rng.randrange(1, 12)) + ", "]
        )
        a = f"{pre}{n} {st}, {tname} {pc}" if with_town else f"{pre}{n} {st}"
    elif kind == "ie":
        a = (
            f"{n} {st}, {tname}, Co. {pick(rng, ['Mayo', 'Kerry', 'Westmeath', 'Waterford'])} {pc}"
            if with_town
            else f"{n} {st}"
        )
    elif kind == "us":
        unit = pick(rng, ["", "", f" Apt {rng.randrange(1, 40)}", f" Unit {letters(rng, 1)}"])
        a = f"{n} {st}{unit}, {tname} {pc}" if with_town else f"{n} {st}{unit}"
    elif kind == "ca":
        a = f"{n} {st}, {tname}, {pick(rng, ['QC', 'NB', 'AB', 'ON'])} {pc}" if with_town else f"{n} {st}"
    elif kind == "au":
        a = f"{n} {st}, {tname} {pc}" if with_town else f"{n} {st}"
    elif kind == "de":
        a = f"{st} {n}, {pc} {tname}" if with_town else f"{st} {n}"
    elif kind == "fr":
        a = f"{n} {st}, {pc} {tname}" if with_town else f"{n} {st}"
    elif kind == "es":
        a = f"{st} {n}, {pick(rng, ['2º B', '1º izq.', '3º A', 'bajo'])}, {pc} {tname}" if with_town else f"{st} {n}"
    elif kind == "it":
        a = f"{st} {n}, {pc} {tname}" if with_town else f"{st} {n}"
    elif kind == "pl":
        a = f"{st} {n}/{rng.randrange(1, 60)}, {pc} {tname}" if with_town else f"{st} {n}/{rng.randrange(1, 60)}"
    elif kind == "ro":
        a = f"{st} nr. {n}, bl. {rng.randrange(1, 40)}, {tname} {pc}" if with_town else f"{st} nr. {n}"
    elif kind == "pt":
        a = f"{st}, {n}, {pc} {tname}" if with_town else f"{st}, {n}"
    elif kind == "ng":
        a = f"{n} {st}, {tname}" if with_town else f"{n} {st}"
    elif kind == "in":
        a = f"{n}, {st}, {tname} {pc}" if with_town else f"{n}, {st}"
    elif kind == "ru":
        a = (
            f"{st}, д. {n}, кв. {rng.randrange(1, 200)}, {tname}, {pc}"
            if with_town
            else f"{st}, д. {n}, кв. {rng.randrange(1, 200)}"
        )
    else:
        a = f"{n} {st}, {pc} {tname}"
    return a, clean_town(tname)


def plate(rng, kind):
    L = lambda n: letters(rng, n, "ABCDEFGHJKLMNPRSTUVWXYZ")
    if kind == "gb":
        return f"{L(2)}{rng.randrange(10, 75)} {L(3)}"
    if kind == "de":
        return f"{pick(rng, ['GT', 'CB', 'PF', 'WHV', 'BA', 'G', 'M', 'HH', 'K', 'B'])}-{L(rng.choice([1, 2]))} {rng.randrange(1, 9999)}"
    if kind == "fr":
        return f"{L(2)}-{digits(rng, 3)}-{L(2)}"
    if kind == "nl":
        return f"{digits(rng, 2)}-{L(3)}-{digits(rng, 1)}"
    if kind == "ch":
        return f"{pick(rng, ['ZH', 'FR', 'TI', 'BE', 'VD', 'GE'])} {rng.randrange(1000, 999999)}"
    if kind == "at":
        return f"{pick(rng, ['WE', 'VI', 'DO', 'W', 'L'])}-{rng.randrange(100, 99999)} {L(1)}"
    if kind == "it":
        return f"{L(2)} {digits(rng, 3)}{L(2)}"
    if kind == "es":
        return f"{digits(rng, 4)} {letters(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
    if kind == "pl":
        return f"{pick(rng, ['RZ', 'NO', 'CB', 'WA', 'KR'])} {digits(rng, 5)}"
    if kind == "ie":
        return f"{rng.randrange(12, 25)}{pick(rng, ['1', '2'])}-{pick(rng, ['D', 'C', 'G', 'KY', 'MO', 'WD'])}-{rng.randrange(100, 99999)}"
    if kind == "us":
        k = rng.randrange(3)
        if k == 0:
            return f"{rng.randrange(1, 10)}{L(3)}{digits(rng, 3)}"
        if k == 1:
            return f"{L(3)}-{digits(rng, 4)}"
        return f"{L(3)} {digits(rng, 3)}"
    if kind == "ca":
        return f"{L(4)} {digits(rng, 3)}"
    if kind == "au":
        return f"{digits(rng, 1)}{L(3)}{digits(rng, 3)}"
    if kind == "be":
        return f"1-{L(3)}-{digits(rng, 3)}"
    if kind == "se":
        return f"{L(3)} {digits(rng, 2)}{L(1)}"
    if kind == "pt":
        return f"{L(2)}-{digits(rng, 2)}-{L(2)}"
    if kind == "ro":
        return f"{pick(rng, ['BC', 'DJ', 'SM', 'B'])} {digits(rng, 2)} {L(3)}"
    if kind == "tr":
        return f"{rng.randrange(1, 82):02d} {L(2)} {digits(rng, 3)}"
    if kind == "ru":
        return f"{pick(rng, 'АВЕКМНОРСТУХ')}{digits(rng, 3)}{pick(rng, 'АВЕКМНОРСТУХ')}{pick(rng, 'АВЕКМНОРСТУХ')} {rng.randrange(10, 199)}"
    if kind == "in":
        return f"{pick(rng, ['MH', 'TN', 'MP', 'UP'])} {digits(rng, 2)} {L(2)} {digits(rng, 4)}"
    return f"{L(3)} {digits(rng, 4)}"


def dob(rng, y0, y1):
    return (rng.randrange(y0, y1 + 1), rng.randrange(1, 13), rng.randrange(1, 29))


def age_of(d):
    y, m, dd = d
    return REF_YEAR - y - (1 if m > 3 else 0)


def fmt_date(rng, d, style):
    y, m, dd = d
    if style == "uk":
        return pick(rng, [f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS_EN[m - 1]} {y}", f"{dd:02d}.{m:02d}.{y}"])
    if style == "us":
        return pick(rng, [f"{m:02d}/{dd:02d}/{y}", f"{MONTHS_EN[m - 1]} {dd}, {y}", f"{m}/{dd}/{y}"])
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "de":
        return pick(rng, [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {MONTHS_DE[m - 1]} {y}"])
    if style == "fr":
        return pick(rng, [f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS_FR[m - 1]} {y}"])
    if style == "num":
        return f"{dd:02d}.{m:02d}.{y}"
    return f"{y}-{m:02d}-{dd:02d}"


def email_for(rng, p, domain=None):
    g = ascii_fold(p.given).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "")
    if not g:
        g = "user"
    if not f:
        f = "x"
    k = rng.randrange(6)
    if k == 0:
        local = f"{g}.{f}"
    elif k == 1:
        local = f"{g[0]}{f}{rng.randrange(1, 99)}"
    elif k == 2:
        local = f"{g}_{f[:4]}{rng.randrange(70, 100)}"
    elif k == 3:
        local = f"{f}.{g[0]}"
    elif k == 4:
        local = f"{g}{rng.randrange(1990, 2014)}"
    else:
        local = f"{pick(rng, HANDLE_BITS)}.{g}"
    return f"{local}@{domain or pick(rng, EMAIL_DOMAINS)}"


def obfuscate_email(rng, e):
    local, dom = e.split("@")
    parts = dom.split(".")
    k = rng.randrange(3)
    if k == 0:
        return f"{local} at {' dot '.join(parts)}"
    if k == 1:
        return f"{local}[at]{'[dot]'.join(parts)}"
    return f"{local} (at) {' (dot) '.join(parts)}"


def username(rng, p=None):
    k = rng.randrange(7)
    b1, b2 = pick(rng, HANDLE_BITS), pick(rng, HANDLE_BITS)
    g = ascii_fold(p.given).lower().replace(" ", "").replace("-", "") if p else pick(rng, HANDLE_BITS)
    if k == 0:
        return f"{b1}_{g}{rng.randrange(1, 20):02d}"
    if k == 1:
        return f"{g}.{b2}{rng.randrange(2005, 2016)}"
    if k == 2:
        return f"x{b1}{b2}x"
    if k == 3:
        return f"{b1.capitalize()}{b2.capitalize()}{rng.randrange(10, 999)}"
    if k == 4:
        return f"{g}__{b1}"
    if k == 5:
        return f"its.{g}.{b1}"
    return f"{b1}{g}{digits(rng, 2)}"


def password(rng):
    w = pick(
        rng,
        [
            "Sunflower",
            "Tigger",
            "Liverpool",
            "dragon",
            "Princess",
            "Schatzi",
            "Minecraft",
            "chocolat",
            "Bella",
            "Kaiser",
            "monkey",
            "Zorro",
            "bubblegum",
            "Raptor",
            "Pikachu",
            "Mondschein",
        ],
    )
    k = rng.randrange(5)
    if k == 0:
        return f"{w}{rng.randrange(1, 99)}{pick(rng, '!#$*')}{rng.randrange(0, 9)}"
    if k == 1:
        return f"{w.lower()}_{rng.randrange(1990, 2016)}"
    if k == 2:
        return letters(rng, 3, "abcdefghkmnpqrstuvwxyz") + pick(rng, "#$%&") + letters(rng, 2) + digits(rng, 4)
    if k == 3:
        return f"{w}@{digits(rng, 3)}x"
    return f"{w[:3]}{digits(rng, 2)}{w[3:].upper()}{digits(rng, 1)}"


def token(rng):
    k = rng.randrange(4)
    if k == 0:
        return "tok_" + core.hexs(rng, 32)
    if k == 1:
        return "AKX" + letters(rng, 17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if k == 2:
        return (
            "ey"
            + letters(rng, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            + "."
            + letters(rng, 20, "abcdefghijklmnopqrstuvwxyz0123456789_")
        )
    return "key-" + core.hexs(rng, 24)


SEED_WORDS = [
    "orbit",
    "canvas",
    "mellow",
    "thunder",
    "pumpkin",
    "gravel",
    "lantern",
    "vessel",
    "jungle",
    "cereal",
    "puzzle",
    "harbor",
    "velvet",
    "oyster",
    "ginger",
    "marble",
    "copper",
    "tundra",
    "walnut",
    "saddle",
    "ribbon",
    "falcon",
    "meadow",
    "hollow",
    "biscuit",
    "glacier",
    "anchor",
    "pepper",
    "sponsor",
    "violin",
]


def seed_phrase(rng, n=12):
    return " ".join(rng.choice(SEED_WORDS) for _ in range(n))
