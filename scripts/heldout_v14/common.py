"""Shared generators: people, contact details, addresses, dates."""

from __future__ import annotations

import random
import unicodedata

import ids
import words as W

MONTHS_EN = (
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
)


def person(rng: random.Random, culture: str = "en") -> tuple[str, str, str]:
    """Return (full name, given, surname)."""
    given_pool, sur_pool = W.NAMES_BY_CULTURE[culture]
    given, sur = rng.choice(given_pool), rng.choice(sur_pool)
    return f"{given} {sur}", given, sur


def ascii_fold(value: str) -> str:
    norm = unicodedata.normalize("NFKD", value)
    return "".join(c for c in norm if c.isascii() and (c.isalnum() or c in "._-")).lower()


def email(rng: random.Random, given: str, sur: str, obfuscate: bool = False) -> str:
    g, s = ascii_fold(given) or "user", ascii_fold(sur.replace(" ", "")) or "mail"
    local = rng.choice(
        (
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}{s}{rng.randint(1, 99)}",
            f"{s}.{g}{rng.randint(70, 99)}",
            f"{g}_{rng.randint(100, 999)}",
        )
    )
    host = rng.choice(W.EMAIL_HOSTS)
    if not obfuscate:
        return f"{local}@{host}"
    name, dot, tld = host.partition(".")
    style = rng.choice(("words", "brackets", "paren"))
    if style == "words":
        return f"{local} at {name} dot {tld.replace('.', ' dot ')}"
    if style == "brackets":
        return f"{local}[at]{name}[dot]{tld.replace('.', '[dot]')}"
    return f"{local}(at){name}(dot){tld.replace('.', '(dot)')}"


def username(rng: random.Random, given: str = "") -> str:
    a = rng.choice(W.USER_PARTS)
    b = ascii_fold(given) if given and rng.random() < 0.5 else rng.choice(W.USER_PARTS)
    sep = rng.choice(("_", "", ".", "_x_", "")) if a != b else "_"
    tail = rng.choice(("", str(rng.randint(1, 99)), str(rng.randint(2005, 2014)), "xx", "_"))
    name = f"{a}{sep}{b}{tail}"
    return name.strip("._") or "user01"


def profile_url(rng: random.Random, handle: str) -> str:
    site = rng.choice(W.SOCIAL)
    prefix = rng.choice(("https://", "https://", ""))
    if site.startswith("www.facebook") and rng.random() < 0.5:
        return f"{prefix}{site}profile.php?id=1000{ids.digits(rng, 11)}"
    return f"{prefix}{site}{handle}"


def dob_tuple(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return ids.birth(rng, y0, y1)


def fmt_date(rng: random.Random, ymd: tuple[int, int, int], style: str = "") -> str:
    y, m, d = ymd
    style = style or rng.choice(("dmy_slash", "dmy_long", "iso", "dmy_dot", "mdy_long"))
    if style == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "mdy_slash":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "dmy_long":
        return f"{d} {MONTHS_EN[m - 1]} {y}"
    if style == "mdy_long":
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}.{m:02d}.{y}"


def age_at(ymd: tuple[int, int, int], year: int = 2026) -> int:
    return year - ymd[0] - 1 if ymd[1] > 6 else year - ymd[0]
