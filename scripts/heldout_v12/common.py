"""Shared helpers for register modules: label shortcuts, country names, casing and noise."""

from __future__ import annotations

import random

from people import Person, email, make_person
from values import passport, phone

COUNTRY_NAME = {
    "GB": "United Kingdom",
    "US": "United States",
    "IE": "Ireland",
    "AU": "Australia",
    "CA": "Canada",
    "IN": "India",
    "ZA": "South Africa",
    "NG": "Nigeria",
    "UA": "Ukraine",
    "PL": "Poland",
    "NL": "Netherlands",
    "BR": "Brazil",
    "MY": "Malaysia",
    "LK": "Sri Lanka",
    "KH": "Cambodia",
    "MM": "Myanmar",
    "AM": "Armenia",
    "KZ": "Kazakhstan",
    "NP": "Nepal",
    "LA": "Laos",
    "MN": "Mongolia",
    "CN": "China",
    "KR": "Korea, Rep.",
    "JP": "Japan",
    "TH": "Thailand",
    "RU": "Russian Federation",
    "EG": "Egypt",
    "VN": "Viet Nam",
    "GR": "Greece",
    "TR": "Türkiye",
    "MX": "Mexico",
    "FR": "France",
    "DE": "Germany",
    "RO": "Romania",
    "PH": "Philippines",
}
ISO3 = {
    "GB": "GBR",
    "US": "USA",
    "IE": "IRL",
    "AU": "AUS",
    "CA": "CAN",
    "IN": "IND",
    "ZA": "ZAF",
    "NG": "NGA",
    "UA": "UKR",
    "PL": "POL",
    "NL": "NLD",
    "BR": "BRA",
    "MY": "MYS",
    "LK": "LKA",
    "KH": "KHM",
    "MM": "MMR",
    "AM": "ARM",
    "KZ": "KAZ",
    "NP": "NPL",
    "LA": "LAO",
    "MN": "MNG",
    "CN": "CHN",
    "KR": "KOR",
    "JP": "JPN",
    "TH": "THA",
    "RU": "RUS",
    "EG": "EGY",
    "VN": "VNM",
    "GR": "GRC",
    "TR": "TUR",
    "MX": "MEX",
    "FR": "FRA",
    "DE": "DEU",
    "RO": "ROU",
    "PH": "PHL",
}
TRAVEL_CULTURES = [
    "en_gb",
    "en_us",
    "en_ie",
    "en_au",
    "en_ca",
    "en_in",
    "en_za",
    "zu",
    "yo",
    "ha",
    "uk",
    "pl",
    "nl",
    "pt_br",
    "ms",
    "pa",
    "si",
    "km",
    "my",
    "hy",
    "kk",
    "ne",
    "te",
    "ml",
    "gu",
    "lo",
    "mn",
    "zh",
    "ko",
    "ja",
    "th",
    "ru",
    "ar",
    "vi",
    "el",
    "tr",
    "es",
    "fr",
    "de",
    "ro",
    "fil",
]


def per(v: str) -> tuple[str, str]:
    return (v, "PERSON")


def pp_label(country: str) -> str:
    return "US_PASSPORT" if country == "US" else "NATIONAL_ID"


def casing(rng: random.Random, s: str, upper: float = 0.3, lower: float = 0.05) -> str:
    r = rng.random()
    if r < upper:
        return s.upper()
    if r < upper + lower:
        return s.lower()
    return s


def traveller(rng: random.Random, codes: list[str] | None = None, min_age: int = 19, max_age: int = 62) -> Person:
    if codes is None and rng.random() < 0.15:
        return make_person(rng, "en_us", min_age, max_age)
    return make_person(rng, rng.choice(codes or TRAVEL_CULTURES), min_age, max_age)


def contact(rng: random.Random, p: Person) -> tuple[str, str]:
    return phone(rng, p.country), email(rng, p)


def passport_of(rng: random.Random, p: Person) -> str:
    return passport(rng, p.country, p.dob, p.female)


def typo(rng: random.Random, s: str, rate: float = 0.02) -> str:
    """Keyboard-ish typos for plain prose (never used on labelled values)."""
    out = []
    for ch in s:
        r = rng.random()
        if ch.isalpha() and r < rate / 3:
            continue
        if ch.isalpha() and r < rate * 2 / 3:
            out.append(ch + ch)
            continue
        out.append(ch)
    return "".join(out)
