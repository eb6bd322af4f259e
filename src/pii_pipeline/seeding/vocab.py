"""Word pools drawn once from Faker (seeded), then sampled with a seeded `random.Random` per row.

Calling Faker per row would make a million rows take many minutes; sampling pools is fast and
just as deterministic.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from random import Random

from faker import Faker

# Latin-script locales; en_US is listed twice so that about one name in seven is American-English.
LOCALES = (
    "en_US", "en_US", "es_MX", "de_DE", "fr_FR", "it_IT", "pl_PL", "pt_BR",
    "vi_VN", "tr_TR", "nl_NL", "en_IN", "sv_SE", "es_ES",
)  # fmt: skip

_POOL = 300  # names per locale and sex

# Letters that NFKD does not decompose into ASCII.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
                       "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})  # fmt: skip


def derive_seed(seed: int, label: str) -> int:
    """A stable sub-seed (Python's hash() is salted per process, so it cannot be used)."""
    digest = hashlib.sha256(f"{seed}:{label}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


@lru_cache(maxsize=16384)  # called for every e-mail; names repeat
def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if ch.isascii())


@dataclass(frozen=True)
class NamePools:
    """Per locale: (female first names, male first names, last names)."""

    by_locale: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]

    def person_name(self, rng: Random, sex: str | None = None) -> tuple[str, str, str]:
        """First name, last name and sex ("f"/"m", random unless given) from a random locale."""
        female, male, last = rng.choice(self.by_locale)
        if sex is None:
            sex = "f" if rng.random() < 0.5 else "m"
        return rng.choice(female if sex == "f" else male), rng.choice(last), sex


def _draw(fake_call, count: int) -> tuple[str, ...]:
    # Sorted, de-duplicated and with tiny names dropped: values must be stable and distinctive.
    values = {v.strip() for v in (fake_call() for _ in range(count)) if len(v.strip()) >= 3}
    return tuple(sorted(values))


@lru_cache(maxsize=8)
def name_pools(seed: int) -> NamePools:
    pools = []
    for i, locale in enumerate(dict.fromkeys(LOCALES)):
        fake = Faker(locale)
        fake.seed_instance(derive_seed(seed, f"names:{locale}:{i}"))
        pools.append((_draw(fake.first_name_female, _POOL), _draw(fake.first_name_male, _POOL),
                      _draw(fake.last_name, _POOL)))  # fmt: skip
    weights = {loc: LOCALES.count(loc) for loc in LOCALES}
    # Repeat a locale's pools by its weight so that a uniform choice honours the weighting.
    by_locale = [p for loc, p in zip(dict.fromkeys(LOCALES), pools, strict=True) for _ in range(weights[loc])]
    return NamePools(tuple(by_locale))


# --- US addresses ---------------------------------------------------------------------------

# Real cities with the first three digits of one of their ZIP codes.
CITIES = (
    ("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Austin", "TX", "787"),
    ("Sacramento", "CA", "958"), ("Oakland", "CA", "946"), ("Denver", "CO", "802"),
    ("Tacoma", "WA", "984"), ("Portland", "OR", "972"), ("Phoenix", "AZ", "850"),
    ("Albuquerque", "NM", "871"), ("Omaha", "NE", "681"), ("Tulsa", "OK", "741"),
    ("Madison", "WI", "537"), ("Rochester", "NY", "146"), ("Buffalo", "NY", "142"),
    ("Hartford", "CT", "061"), ("Richmond", "VA", "232"), ("Raleigh", "NC", "276"),
    ("Charleston", "SC", "294"), ("Savannah", "GA", "314"), ("Tampa", "FL", "336"),
    ("Orlando", "FL", "328"), ("Louisville", "KY", "402"), ("Nashville", "TN", "372"),
    ("Birmingham", "AL", "352"), ("Jackson", "MS", "392"), ("Little Rock", "AR", "722"),
    ("Wichita", "KS", "672"), ("Des Moines", "IA", "503"), ("Minneapolis", "MN", "554"),
    ("Milwaukee", "WI", "532"), ("Detroit", "MI", "482"), ("Cleveland", "OH", "441"),
    ("Pittsburgh", "PA", "152"), ("Allentown", "PA", "181"), ("Newark", "NJ", "071"),
    ("Providence", "RI", "029"), ("Worcester", "MA", "016"), ("Boise", "ID", "837"),
    ("Reno", "NV", "895"), ("Fresno", "CA", "937"), ("San Antonio", "TX", "782"),
    ("El Paso", "TX", "799"), ("Salt Lake City", "UT", "841"), ("Anchorage", "AK", "995"),
)  # fmt: skip

_STREET_WORDS = (
    "Maple", "Oak", "Cedar", "Pine", "Elm", "Willow", "Birch", "Walnut", "Chestnut", "Spruce",
    "Washington", "Lincoln", "Jefferson", "Madison", "Franklin", "Highland", "Lakeview", "Hillcrest",
    "Sunset", "Park", "Church", "Mill", "River", "Meadow", "Forest", "Orchard", "Ridge", "Valley",
    "Prospect", "Harrison", "Magnolia", "Sycamore", "Juniper", "Laurel", "Grant", "Union", "Liberty",
)  # fmt: skip
_STREET_SUFFIXES = ("St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Terrace", "Street", "Avenue")
_UNITS = ("Apt", "Unit", "Suite", "#")


def us_address(rng: Random) -> tuple[str, str]:
    """A US street address with city, state and ZIP, and the ZIP on its own."""
    city, state, zip3 = rng.choice(CITIES)
    zip_code = zip3 + f"{rng.randint(1, 99):02d}"
    street = f"{rng.randint(10, 9899)} {rng.choice(_STREET_WORDS)} {rng.choice(_STREET_SUFFIXES)}"
    if rng.random() < 0.3:
        unit = rng.choice(_UNITS)
        street += f" {unit}{rng.randint(1, 40)}" if unit == "#" else f" {unit} {rng.randint(1, 40)}"
    return f"{street}, {city}, {state} {zip_code}", zip_code


# --- handles --------------------------------------------------------------------------------

_HANDLE_ADJ = (
    "dark", "shadow", "silent", "crazy", "lil", "sweet", "lucky", "frost", "neon", "toxic", "cosmic",
    "hyper", "sneaky", "wild", "pixel", "ghost", "turbo", "mystic", "savage", "sunny",
)  # fmt: skip
_HANDLE_NOUN = (
    "wolf", "fox", "gamer", "kid", "ninja", "dragon", "kitty", "angel", "viper", "boss", "panda",
    "rider", "sniper", "queen", "prince", "hunter", "tiger", "bunny", "wizard", "storm",
)  # fmt: skip

EMAIL_DOMAINS = (
    "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "protonmail.com",
    "comcast.net", "verizon.net", "att.net", "mail.com", "gmx.com", "live.com", "fastmail.com",
)  # fmt: skip


def username(rng: Random) -> str:
    """A screen name; always carries a number or decoration so it is distinctive enough to be a canary."""
    adj, noun, n = rng.choice(_HANDLE_ADJ), rng.choice(_HANDLE_NOUN), rng.randint(2, 999)
    style = rng.randrange(5)
    if style == 0:
        return f"@{adj}_{noun}{n}"
    if style == 1:
        return f"xX{adj}_{noun}Xx{n}" if rng.random() < 0.5 else f"xX{adj}{noun}_{n}Xx"
    if style == 2:
        return f"{adj}{noun}_{n}"
    if style == 3:
        return f"{adj.capitalize()}{noun.capitalize()}{n}"
    return f"{noun}.{adj}{n}"


_LOCAL_FORMS = ("{f}.{la}{n}", "{f}{la}{n}", "{fi}{la}{n}", "{f}_{la}{n}", "{la}.{f}{n}")


def email_for(rng: Random, first: str, last: str) -> str:
    """Lower-case e-mail built from a name plus digits, so different people rarely collide."""
    f = "".join(ch for ch in ascii_fold(first).lower() if ch.isalnum())
    la = "".join(ch for ch in ascii_fold(last).lower() if ch.isalnum())
    n = rng.randint(1, 9999)
    local = _LOCAL_FORMS[rng.randrange(len(_LOCAL_FORMS))].format(f=f, fi=f[:1], la=la, n=n)
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"
