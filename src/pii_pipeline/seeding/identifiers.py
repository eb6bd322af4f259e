"""Synthetic identifiers that pass the checks real detectors apply (Luhn, ABA checksum, SSN rules).

Every function takes the caller's seeded `random.Random`, so values are reproducible.
"""

from __future__ import annotations

import ipaddress
import uuid
from random import Random

# Real US area codes, so phone parsers (libphonenumber) accept the numbers as valid.
AREA_CODES = (
    "201", "202", "206", "212", "213", "214", "215", "216", "303", "305", "312", "313", "314", "317",
    "404", "407", "408", "410", "412", "415", "469", "480", "502", "503", "504", "512", "513", "602",
    "612", "614", "615", "617", "619", "646", "702", "704", "713", "720", "763", "773", "786", "801",
    "813", "818", "832", "847", "858", "901", "904", "916", "917", "919", "925", "949", "972",
)  # fmt: skip

# First octets of public IPv4 blocks (no private, loopback or documentation ranges).
_IPV4_FIRST = (24, 38, 50, 64, 66, 67, 68, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 173, 174)


def digits(rng: Random, n: int, *, lead_nonzero: bool = False) -> str:
    if lead_nonzero:
        return str(rng.randrange(10 ** (n - 1), 10**n))
    return f"{rng.randrange(10**n):0{n}d}"


def luhn_check_digit(payload: str) -> str:
    total = 0
    # Doubling starts with the rightmost payload digit (the check digit goes after it).
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    clean = "".join(ch for ch in number if ch.isdigit())
    return len(clean) > 1 and luhn_check_digit(clean[:-1]) == clean[-1]


# --- government identifiers ---------------------------------------------------------------


def ssn_parts(rng: Random) -> tuple[str, str, str]:
    # Valid: area 001-899 except 666, group 01-99, serial 0001-9999.
    area = rng.randint(1, 898)
    area += area >= 666  # skip 666 without building a list per call
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def format_ssn(parts: tuple[str, str, str], style: str) -> str:
    sep = {"dashed": "-", "spaced": " ", "plain": ""}[style]
    return sep.join(parts)


def ssn_valid(value: str) -> bool:
    clean = value.replace("-", "").replace(" ", "")
    if len(clean) != 9 or not clean.isdigit():
        return False
    area, group, serial = int(clean[:3]), int(clean[3:5]), int(clean[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def drivers_license(rng: Random) -> str:
    state = rng.choice(("CA", "NY", "FL", "TX", "IL", "PA"))
    letter = chr(rng.randint(65, 90))
    if state == "CA":
        return letter + digits(rng, 7)
    if state == "NY":
        return digits(rng, 9, lead_nonzero=True)
    if state == "FL":
        d = digits(rng, 12)
        return f"{letter}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    if state == "IL":
        d = digits(rng, 11)
        return f"{letter}{d[:3]}-{d[3:7]}-{d[7:]}"
    return digits(rng, 8, lead_nonzero=True)  # TX and PA use eight digits


def passport_number(rng: Random) -> str:
    if rng.random() < 0.5:
        return digits(rng, 9, lead_nonzero=True)
    return chr(rng.randint(65, 90)) + digits(rng, 8)


# --- financial ------------------------------------------------------------------------------


def card_number(rng: Random) -> str:
    brand = rng.choice(("visa", "visa", "mastercard", "mastercard", "amex", "discover"))
    if brand == "visa":
        prefix, length = "4", 16
    elif brand == "mastercard":
        prefix = str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
        length = 16
    elif brand == "amex":
        prefix, length = rng.choice(("34", "37")), 15
    else:
        prefix, length = rng.choice(("6011", "65")), 16
    payload = prefix + digits(rng, length - len(prefix) - 1)
    number = payload + luhn_check_digit(payload)
    style = rng.choice(("spaces", "dashes", "none"))
    if style == "none":
        return number
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    chunks, pos = [], 0
    for g in groups:
        chunks.append(number[pos : pos + g])
        pos += g
    return (" " if style == "spaces" else "-").join(chunks)


def bank_account(rng: Random) -> str:
    return digits(rng, rng.randint(8, 17), lead_nonzero=True)


_ABA_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7, 1)


def routing_number(rng: Random) -> str:
    # The first two digits are a Federal Reserve district prefix; the ninth makes the checksum work.
    prefix = rng.choice([*range(1, 13), *range(21, 33), *range(61, 73)])
    body = f"{prefix:02d}" + digits(rng, 6)
    partial = sum(int(d) * w for d, w in zip(body, _ABA_WEIGHTS, strict=False))
    return body + str((10 - partial % 10) % 10)


def aba_valid(value: str) -> bool:
    if len(value) != 9 or not value.isdigit():
        return False
    return sum(int(d) * w for d, w in zip(value, _ABA_WEIGHTS, strict=True)) % 10 == 0


# --- contact and device ---------------------------------------------------------------------


def phone_digits(rng: Random) -> str:
    exchange = rng.randint(200, 999)
    while exchange % 100 == 11 or exchange == 555:  # N11 and 555 are not assignable exchanges
        exchange = rng.randint(200, 999)
    return rng.choice(AREA_CODES) + f"{exchange:03d}" + digits(rng, 4)


PHONE_STYLES = ("paren", "dashed", "dotted", "intl", "plain")


def format_phone(number: str, style: str) -> str:
    a, e, line = number[:3], number[3:6], number[6:]
    return {
        "paren": f"({a}) {e}-{line}",
        "dashed": f"{a}-{e}-{line}",
        "dotted": f"{a}.{e}.{line}",
        "intl": f"+1 {a} {e} {line}",
        "plain": number,
    }[style]


def random_phone(rng: Random) -> str:
    return format_phone(phone_digits(rng), rng.choice(PHONE_STYLES))


def ip_address(rng: Random, ipv6_share: float = 0.15) -> str:
    if rng.random() < ipv6_share:
        # Global unicast under 2600::/12 (US ISPs), printed in compressed form.
        value = (0x2600 << 112) | (rng.getrandbits(12) << 100) | rng.getrandbits(100)
        return str(ipaddress.IPv6Address(value))
    return f"{rng.choice(_IPV4_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def imei(rng: Random) -> str:
    payload = rng.choice(("35", "86", "01")) + digits(rng, 12)
    return payload + luhn_check_digit(payload)


def advertising_id(rng: Random) -> str:
    value = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return value.upper() if rng.random() < 0.5 else value


def device_id(rng: Random) -> str:
    return imei(rng) if rng.random() < 0.5 else advertising_id(rng)


def geo_coordinates(rng: Random) -> str:
    places = rng.randint(4, 6)
    lat = rng.uniform(25.0, 48.5)
    lon = rng.uniform(-124.0, -67.5)
    return f"{lat:.{places}f}, {lon:.{places}f}"
