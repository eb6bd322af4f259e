"""Synthetic people and small formatting helpers."""

from __future__ import annotations

import datetime as dt
import unicodedata

import ids
from pools import NAMES

REF = dt.date(2024, 10, 1)

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

DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "gmx.de",
    "web.de",
    "icloud.com",
    "proton.me",
    "hotmail.fr",
    "wp.pl",
    "btinternet.com",
    "mail.com",
    "yahoo.com",
    "live.nl",
    "posteo.de",
    "aol.com",
]


def ascii_fold(s: str) -> str:
    s = (
        s.replace("ß", "ss")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("đ", "d")
        .replace("Đ", "D")
        .replace("ø", "o")
        .replace("æ", "ae")
    )
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isascii() and (c.isalnum() or c in "-"))


def is_latin(s: str) -> bool:
    return all(ord(c) < 0x250 or c in " -'" for c in s)


class Person:
    def __init__(self, rng, culture=None, sex=None, age_range=(19, 84), latin=False):
        self.rng = rng
        cults = sorted(NAMES)
        self.culture = culture or rng.choice(cults)
        fem, mal, sur = NAMES[self.culture]
        self.sex = sex or rng.choice("FM")
        pool = fem if self.sex == "F" else mal
        for _ in range(50):
            self.first = rng.choice(pool)
            self.last = rng.choice(sur)
            if not latin or (is_latin(self.first) and is_latin(self.last)):
                break
        if self.culture == "pl" and self.sex == "M" and self.last.endswith("ska"):
            self.last = self.last[:-3] + "ski"
        if self.culture == "pl" and self.sex == "F" and self.last.endswith("ski"):
            self.last = self.last[:-3] + "ska"
        self.age = rng.randint(*age_range)
        born = REF.year - self.age
        d = ids.rand_date(rng, born, born)
        if (d.month, d.day) > (REF.month, REF.day):
            d = d.replace(year=born - 1)
        self.dob = d
        if self.culture == "vn":
            self.full = f"{self.last} {self.first}"
        elif not is_latin(self.first) and not is_latin(self.last) and self.culture in ("jp", "kr", "cn"):
            self.full = f"{self.last}{self.first}"
        elif self.culture == "cn" and rng.random() < 0.3:
            self.full = f"{self.last.upper()} {self.first}"
        else:
            self.full = f"{self.first} {self.last}"
        fa, la = ascii_fold(self.first), ascii_fold(self.last)
        if not fa:
            fa = rng.choice(["user", "xy", "mh", "ak", "jl"]) + ids.digits(rng, 2)
        if not la:
            la = rng.choice(["k", "lee", "h", "m"]) + ids.digits(rng, 2)
        self._fa, self._la = fa, la

    @property
    def gender_word(self):
        return "female" if self.sex == "F" else "male"

    def email(self, domain=None):
        r = self.rng
        domain = domain or r.choice(DOMAINS)
        fa, la = self._fa, self._la
        local = r.choice(
            [
                f"{fa}.{la}",
                f"{fa}{la[:1]}{r.randint(1, 99)}",
                f"{fa[:1]}{la}",
                f"{la}.{fa}{self.dob.year % 100:02d}",
                f"{fa}_{la}",
                f"{fa}{self.dob.year}",
            ]
        )
        return f"{local}@{domain}"

    def obf_email(self):
        e = self.email()
        local, dom = e.split("@")
        name, _, tld = dom.rpartition(".")
        return self.rng.choice(
            [
                f"{local} [at] {name} [dot] {tld}",
                f"{local}(at){dom}",
                f"{local} at {name} dot {tld}",
                f"{local}@{name} . {tld}",
                f"{local} AT {dom}",
                f"{local}{{at}}{name}{{dot}}{tld}",
            ]
        )

    def username(self):
        r = self.rng
        fa, la = self._fa, self._la
        return r.choice(
            [
                f"{fa}{la[:3]}{r.randint(1, 999)}",
                f"{la}_{fa[:1]}",
                f"x{fa}x{r.randint(10, 99)}",
                f"{fa}.{la}",
                f"{fa[:4]}_{r.choice(['wolf', 'pixel', 'rider', 'byte', 'moon', 'fox'])}{r.randint(1, 99)}",
                f"{la}{self.dob.year % 100:02d}",
            ]
        )


def fmt_date(rng, d: dt.date, style=None) -> str:
    style = style or rng.choice(["dmy/", "dmy.", "iso", "mdy_en", "dmy_en", "mdy/", "short"])
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "mdy_en":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "mdy/":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "de":
        return f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}"
    return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year % 100:02d}"


def other_date(rng, y0=2023, y1=2024) -> dt.date:
    return ids.rand_date(rng, y0, y1)


def pick(rng, seq):
    return rng.choice(seq)
