"""Small shared helpers for the register templates."""

import datetime as dt

from sources import CRIM_NP, CRIM_VP, CRIMINAL_EN, ETHNIC_EN, GENDER_EN, MEDICAL_EN, MEDICATIONS, ORIENTATION_EN
from values import HEX, V, fmt_date, num_words, rdigits, rletters


class Doc:
    """Per-document state: random source, document date and builder."""

    def __init__(self, rng, ref, builder):
        self.rng = rng
        self.ref = ref
        self.b = builder

    def maybe(self, p=0.5):
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(seq)


def age_v(n, words=False):
    text = num_words(n) if words else str(n)
    return V(text, "MINOR_AGE" if n < 18 else "AGE")


def dob_v(rng, person, style):
    return V(fmt_date(rng, person.dob, style), "DATE_OF_BIRTH")


def med_v(rng):
    return V(rng.choice(MEDICAL_EN), "MEDICAL_CONDITION")


def drug_v(rng):
    return V(rng.choice(MEDICATIONS), "MEDICAL_CONDITION")


def crim_v(rng, kind=None):
    pool = {"np": CRIM_NP, "vp": CRIM_VP}.get(kind, CRIMINAL_EN)
    return V(rng.choice(pool), "CRIMINAL_HISTORY")


def eth_v(rng, choices=None):
    return V(rng.choice(choices or ETHNIC_EN), "ETHNIC_ORIGIN")


def orient_v(rng, choices=None):
    return V(rng.choice(choices or ORIENTATION_EN), "SEXUAL_ORIENTATION")


def gender_v(rng, choices=None):
    return V(rng.choice(choices or GENDER_EN), "GENDER_IDENTITY")


PW_WORDS = [
    "Sunny",
    "lilybug",
    "Mango",
    "dragon",
    "Bella",
    "football",
    "Pokemon",
    "unicorn",
    "Summer",
    "Buster",
    "kitkat",
    "Biscuit",
    "rainbow",
    "Galaxy",
    "hamster",
    "Chelsea",
    "minecraft",
    "pepper",
    "Shadow",
    "Luna",
]


def password(rng):
    w = rng.choice(PW_WORDS)
    pats = [
        f"{w}{rng.randint(2005, 2016)}!",
        f"{w.lower()}<3{rng.randint(1, 99)}",
        f"{w}#{rdigits(rng, 4)}",
        f"{w.capitalize()}_{rletters(rng, 2).lower()}{rdigits(rng, 2)}",
        f"qwerty{rdigits(rng, 3)}",
        f"{rletters(rng, 3)}{rdigits(rng, 3)}{w.lower()}",
        f"iloveu{rdigits(rng, 4)}",
        f"{w}{w[:2].upper()}{rdigits(rng, 2)}?",
    ]
    return V(rng.choice(pats), "CREDENTIAL")


def otp(rng):
    return V(rdigits(rng, 6), "CREDENTIAL")


def pin(rng):
    return V(rdigits(rng, 4), "CREDENTIAL")


def api_key(rng):
    alnum = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    pats = [
        "sk_live_" + rletters(rng, 24, alnum),
        "ghp_" + rletters(rng, 36, alnum),
        "key-" + "".join(rng.choice(HEX) for _ in range(32)),
        "AIza" + rletters(rng, 35, alnum),
        "xoxp-" + rdigits(rng, 11) + "-" + rdigits(rng, 12) + "-" + "".join(rng.choice(HEX) for _ in range(32)),
    ]
    return V(rng.choice(pats), "CREDENTIAL")


def ts(rng, ref, style="iso", back_days=60):
    t = dt.datetime(ref.year, ref.month, ref.day, 12) - dt.timedelta(minutes=rng.randint(30, back_days * 1440))
    if style == "iso":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == "isoz":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "de":
        return t.strftime("%d.%m.%Y %H:%M:%S")
    if style == "us":
        return t.strftime("%m/%d/%Y %I:%M %p")
    if style == "short":
        return t.strftime("%d/%m %H:%M")
    if style == "jp":
        return t.strftime("%Y/%m/%d %H:%M")
    return t.strftime("%Y-%m-%d %H:%M")


def ts_sorted(rng, ref, n, style="iso", back_days=60):
    out = [ts(rng, ref, "iso", back_days) for _ in range(n)]
    out.sort(reverse=True)
    if style == "iso":
        return out
    conv = []
    for s in out:
        t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
        conv.append(
            {
                "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "de": t.strftime("%d.%m.%Y %H:%M:%S"),
                "us": t.strftime("%m/%d/%Y %I:%M %p"),
                "jp": t.strftime("%Y/%m/%d %H:%M"),
            }.get(style, s)
        )
    return conv


def case_no(rng, prefix, year=None):
    return f"{prefix}-{year or rng.randint(2024, 2026)}-{rdigits(rng, 5)}"


def money(rng, cur="£", lo=3, hi=250):
    amt = rng.choice([5, 10, 15, 20, 25, 30, 50, 100, rng.randint(lo, hi)]) + rng.choice([0, 0, 0, 0.5, 0.99])
    return f"{cur}{amt:,.2f}"


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def ref_code(rng, n=8):
    return rletters(rng, 2) + rdigits(rng, n - 2)


DEVICES = [
    "iPhone 13 / iOS 17.4",
    "iPhone 11 / iOS 16.7",
    "Samsung SM-A526B / Android 14",
    "Pixel 7a / Android 14",
    "Xiaomi Redmi Note 12 / Android 13",
    "Windows 11 / Chrome 124",
    "macOS 14 / Safari 17",
    "iPad (9th gen) / iPadOS 17",
    "Android 12 / app 8.31.0",
    "Linux x86_64 / Firefox 125",
    "PlayStation 5",
    "Nintendo Switch",
    "Xbox Series S",
    "OPPO A78 / Android 13",
    "Huawei P30 lite / EMUI 12",
]
FILES = [
    "IMG_{n}.jpg",
    "VID_{n}.mp4",
    "Screenshot_{n}.png",
    "PXL_{n}.jpg",
    "received_{n}.jpeg",
    "snap-{n}.mp4",
    "file_{n}.webp",
    "DSC{n}.JPG",
    "photo_{n}.heic",
    "voice_{n}.ogg",
]


def filename(rng):
    return rng.choice(FILES).format(n=rdigits(rng, rng.choice([4, 6, 8])))
