"""Register 5: world_tips -- web-form tips in many languages and scripts (templates in world_langs.txt)."""

from pathlib import Path

import phonenumbers as pn

from people import email, make_person, name, obfuscated_email, profile_url, username
from places import STREETS, TOWNS, postcode, street_value
from sources import COUNTRIES
from values import (
    MONTHS,
    V,
    fmt_phone,
    g2e,
    g2j,
    geo_value,
    ip_value,
    national_id,
    native_digits,
    phone_number,
    plate_value,
    strip_accents,
)


def _load_langs(path):
    blocks, key = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            key = line[3:].strip()
            blocks[key] = []
        else:
            blocks[key].append(line)
    return {k: "\n".join(v) for k, v in blocks.items()}


_LANGS = _load_langs(Path(__file__).resolve().parent / "world_langs.txt")
FEATURED = [
    "ko",
    "ja",
    "vi",
    "th",
    "id",
    "ms",
    "sw",
    "am",
    "tr",
    "fi",
    "hu",
    "cs",
    "ro",
    "he",
    "fa",
    "ur",
    "bn",
    "ta",
    "ka",
]
OTHERS = ["el", "uk", "tl", "hi", "ar", "hy", "pl", "lt", "is", "et", "sk", "bg", "mn", "ne", "yo", "zu"]
ORDER = FEATURED * 3 + OTHERS + FEATURED[:7] + OTHERS[:3]
PLATFORMS = {
    "ko": ["카카오톡", "인스타", "KakaoTalk"],
    "ja": ["LINE", "X", "インスタ"],
    "vi": ["Zalo", "Facebook", "TikTok"],
    "th": ["LINE", "Facebook", "TikTok"],
    "id": ["Instagram", "TikTok", "WA"],
    "ms": ["Telegram", "TikTok"],
    "sw": ["Facebook", "WhatsApp", "TikTok"],
    "am": ["ቴሌግራም", "Facebook"],
    "tr": ["Instagram", "Discord"],
    "fi": ["Snapchat", "Discord"],
    "hu": ["Instagram", "Messenger"],
    "cs": ["Instagram", "Discord"],
    "ro": ["Facebook", "TikTok"],
    "he": ["אינסטגרם", "טלגרם"],
    "fa": ["اینستاگرام", "تلگرام"],
    "ur": ["انسٹاگرام", "TikTok"],
    "bn": ["ফেসবুক", "IMO"],
    "ta": ["இன்ஸ்டாகிராம்", "ShareChat"],
    "ka": ["Facebook", "TikTok"],
    "el": ["Instagram", "Viber"],
    "uk": ["Telegram", "TikTok"],
    "tl": ["Messenger", "TikTok"],
    "hi": ["इंस्टाग्राम", "ShareChat"],
    "ar": ["فيسبوك", "TikTok"],
    "hy": ["Instagram", "Telegram"],
    "pl": ["Instagram", "Snapchat"],
    "lt": ["Instagram", "Snapchat"],
    "is": ["Snapchat"],
    "et": ["Snapchat", "Discord"],
    "sk": ["Instagram"],
    "bg": ["Viber", "Instagram"],
    "mn": ["Facebook", "TikTok"],
    "ne": ["TikTok", "Messenger"],
    "yo": ["WhatsApp", "Facebook"],
    "zu": ["WhatsApp", "TikTok"],
}
ENGLISH_MIX = [
    "URGENT!!",
    "pls help",
    "sorry my english not good",
    "⚠️⚠️⚠️",
    "🙏🙏",
    "help plz",
    "(sorry for the typos)",
    "I write in my language, hope ok",
    "😢",
    "screenshot attached but upload failed",
]
AR_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
IS_MONTHS = "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split()


def _parse(block):
    cfg = {}
    lines = block.strip().split("\n")
    for kv in lines[0].split("|"):
        k, _, v = kv.partition("=")
        cfg[k] = v
    for line in lines[1:]:
        key, _, rest = line.partition(": ")
        cfg[key] = [x.strip() for x in rest.split(" || ")]
    return cfg


LANGS = {k: _parse(v) for k, v in _LANGS.items()}


def date_local(rng, lang, d):
    m, y, day = d.month, d.year, d.day
    mode = rng.random() < 0.5
    if lang == "ko":
        return f"{y}년 {m}월 {day}일" if mode else f"{y}.{m:02d}.{day:02d}"
    if lang == "ja":
        if mode and y >= 1989:
            era = "平成" if (y, m) < (2019, 5) else "令和"
            ey = y - 1988 if era == "平成" else y - 2018
            return f"{era}{'元' if ey == 1 else ey}年{m}月{day}日"
        if mode and y < 1989:
            return f"昭和{y - 1925}年{m}月{day}日"
        return f"{y}年{m}月{day}日"
    if lang == "vi":
        return f"ngày {day} tháng {m} năm {y}" if mode else f"{day:02d}/{m:02d}/{y}"
    if lang == "th":
        return f"{day} {MONTHS['th'][m - 1]} {y + 543}" if mode else f"{day:02d}/{m:02d}/{y + 543}"
    if lang in ("id", "ms", "sw", "tr", "cs", "ro", "pl"):
        return (
            f"{day} {MONTHS[lang][m - 1]} {y}"
            if mode
            else f"{day:02d}.{m:02d}.{y}"
            if lang in ("tr", "ro", "pl")
            else f"{day:02d}/{m:02d}/{y}"
        )
    if lang == "am":
        ey, em, ed = g2e(d)
        return f"{['መስከረም', 'ጥቅምት', 'ኅዳር', 'ታኅሣሥ', 'ጥር', 'የካቲት', 'መጋቢት', 'ሚያዝያ', 'ግንቦት', 'ሰኔ', 'ሐምሌ', 'ነሐሴ', 'ጳጉሜን'][em - 1]} {ed} ቀን {ey} ዓ.ም."
    if lang == "fi":
        return f"{day}.{m}.{y}"
    if lang == "hu":
        return f"{y}. {MONTHS['hu'][m - 1]} {day}." if mode else f"{y}.{m:02d}.{day:02d}."
    if lang == "he":
        return f"{day} {MONTHS['he'][m - 1]} {y}" if mode else f"{day:02d}/{m:02d}/{y}"
    if lang == "fa":
        jy, jm, jd = g2j(d)
        return (
            native_digits(f"{jy}/{jm:02d}/{jd:02d}", "fa")
            if mode
            else native_digits(f"{jd} ", "fa")
            + ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"][
                jm - 1
            ]
            + native_digits(f" {jy}", "fa")
        )
    if lang in ("ur", "bn", "ta", "hi"):
        out = f"{day} {MONTHS[lang][m - 1]} {y}" if mode else f"{day:02d}-{m:02d}-{y}"
        return native_digits(out, "bn") if lang == "bn" and rng.random() < 0.6 else out
    if lang == "ar":
        return f"{day} {AR_MONTHS[m - 1]} {y}" if mode else f"{day:02d}/{m:02d}/{y}"
    if lang == "ka":
        return f"{day} {MONTHS['ka'][m - 1]}, {y}" if mode else f"{day:02d}.{m:02d}.{y}"
    if lang == "el":
        return f"{day} {MONTHS['el'][m - 1]} {y}" if mode else f"{day:02d}/{m:02d}/{y}"
    if lang == "uk":
        return f"{day} {MONTHS['uk'][m - 1]} {y} р." if mode else f"{day:02d}.{m:02d}.{y}"
    if lang == "tl":
        return f"{MONTHS['tl'][m - 1]} {day}, {y}"
    if lang == "hy":
        return f"{y} թ. {MONTHS['hy'][m - 1]} {day}" if mode else f"{day:02d}.{m:02d}.{y}"
    if lang == "lt":
        return f"{y} m. {MONTHS['lt'][m - 1]} {day} d." if mode else f"{y}-{m:02d}-{day:02d}"
    if lang == "is":
        return f"{day}. {IS_MONTHS[m - 1]} {y}"
    if lang in ("et", "sk", "bg"):
        return f"{day:02d}.{m:02d}.{y}"
    if lang == "mn":
        return f"{y} оны {m} сарын {day}"
    if lang == "ne":
        return native_digits(f"{y}-{m:02d}-{day:02d}", "ne") if mode else f"{y}-{m:02d}-{day:02d}"
    return f"{day:02d}/{m:02d}/{y}"


def _person_name(rng, p, child=False):
    forms = ["native", "native", "full", "given"] if p.native_full else ["full", "full", "given", "caps"]
    if child:
        forms = ["native_given", "native", "given"] if p.native_full else ["given", "given", "full"]
    return V(name(p, rng.choice(forms)), "PERSON")


def _typo(rng, text, latin):
    if not text or rng.random() > 0.12:
        return text
    if latin and rng.random() < 0.5:
        return strip_accents(text)
    words = text.split(" ")
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 3 and not any(c in w for c in "{}"):
        j = rng.randrange(1, len(w) - 1)
        w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


def _phone(rng, cc, lang, digits):
    region = cc
    num = phone_number(rng, region, "mobile" if rng.random() < 0.8 else "fixed")
    style = rng.choice(["nat", "nat", "nat", "intl", "e164", "nat_compact"])
    text = fmt_phone(rng, num, style)
    if digits and rng.random() < 0.5:
        text = native_digits(text, digits)
    return V(text, "PHONE_NUMBER", region=region, e164=pn.format_number(num, pn.PhoneNumberFormat.E164))


def _address(rng, cfg):
    cc = cfg["cc"]
    native = rng.random() < 0.75
    towns = TOWNS[cc]
    if "towns" in cfg:
        allowed = cfg["towns"].split(",")
        towns = [t for t in towns if t[0] in allowed]
    latin, nat, _ = rng.choice(towns)
    town = V(nat if native and nat else latin, "LOCATION")
    if "streets" in cfg:
        allowed = cfg["streets"].split(",")
        pool = [s for s in STREETS[cc] if s[0] in allowed]
        st_latin, st_nat = rng.choice(pool)
        st = st_nat if native and st_nat else st_latin
        street = V(f"{rng.randint(1, 120)}, {st}", "STREET_ADDRESS")
    else:
        street = street_value(rng, cc, native)
    return street, town


def build(d, index):
    rng, b = d.rng, d.b
    lang = ORDER[index % len(ORDER)]
    cfg = LANGS[lang]
    cc = cfg["cc"]
    cults = cfg["cult"].split(",")
    latin = cc in ("VN", "ID", "MY", "KE", "TR", "FI", "HU", "CZ", "RO", "PH", "PL", "LT", "IS", "EE", "SK", "NG", "ZA")
    digits = cfg.get("digits")
    kid = make_person(rng, d.ref, age=rng.randint(8, 16), cultures=cults, sex="f")
    adult = make_person(rng, d.ref, age=rng.randint(20, 62), cultures=cults, sex="m")
    reporter = make_person(rng, d.ref, age=rng.randint(20, 65), cultures=cults, sex="f")
    for _ in range(10):
        if reporter.given != kid.given:
            break
        reporter = make_person(rng, d.ref, age=rng.randint(20, 65), cultures=cults, sex="f")
    kid_age = str(kid.age(d.ref))
    if digits and rng.random() < 0.4:
        kid_age = native_digits(kid_age, digits)
    a_age = str(adult.age(d.ref))
    street, town = _address(rng, cfg)
    id_kind = rng.choice(cfg["idk"].split(","))
    ident = national_id(rng, id_kind, adult)
    if digits and rng.random() < 0.3:
        ident = V(native_digits(ident.text, digits), "NATIONAL_ID", **ident.meta)
    slots = {
        "child": _person_name(rng, kid, child=True),
        "age": V(kid_age, "MINOR_AGE"),
        "adult": _person_name(rng, adult),
        "aage": V(a_age, "AGE"),
        "dob": V(date_local(rng, lang, adult.dob), "DATE_OF_BIRTH"),
        "street": street,
        "town": town,
        "phone": _phone(rng, cc, lang, digits),
        "myphone": _phone(rng, cc, lang, digits),
        "id": ident,
        "user": username(rng, adult),
        "platform": rng.choice(PLATFORMS[lang]),
        "me": _person_name(rng, reporter),
        "email": email(rng, reporter) if rng.random() < 0.7 else obfuscated_email(rng, reporter),
    }
    for key, label in (
        ("crim", "CRIMINAL_HISTORY"),
        ("med", "MEDICAL_CONDITION"),
        ("eth", "ETHNIC_ORIGIN"),
        ("orient", "SEXUAL_ORIENTATION"),
        ("gender", "GENDER_IDENTITY"),
    ):
        if key + "v" in cfg:
            slots[key] = V(rng.choice(cfg[key + "v"]), label)
    order = [
        "greet",
        "child",
        "adult",
        "addr",
        "phone",
        "id",
        "online",
        "crim",
        "med",
        "eth",
        "orient",
        "gender",
        "me",
        "close",
    ]
    keep_p = {
        "greet": 0.6,
        "child": 1,
        "adult": 1,
        "addr": 0.8,
        "phone": 0.8,
        "id": 0.5,
        "online": 0.7,
        "crim": 0.5,
        "med": 0.45,
        "eth": 0.5,
        "orient": 0.5,
        "gender": 0.5,
        "me": 0.6,
        "close": 0.6,
    }
    sentences = [k for k in order if k in cfg and rng.random() < keep_p[k]]
    if rng.random() < 0.3:
        sentences = (
            sentences[:1] + rng.sample(sentences[1:-1], len(sentences) - 2) + sentences[-1:]
            if len(sentences) > 3
            else sentences
        )
    if rng.random() < 0.35:
        b.add(rng.choice(ENGLISH_MIX) + ("\n" if rng.random() < 0.5 else " "))
    sep = rng.choice([" ", "\n", " ", "  "])
    for i, key in enumerate(sentences):
        tmpl = rng.choice(cfg[key])
        parts = []
        pos = 0
        while True:
            j = tmpl.find("{", pos)
            if j < 0:
                parts.append(_typo(rng, tmpl[pos:], latin))
                break
            k = tmpl.find("}", j)
            parts.append(_typo(rng, tmpl[pos:j], latin))
            parts.append(slots[tmpl[j + 1 : k]])
            pos = k + 1
        if i:
            b.add(sep)
        b.put(parts)
    extras = []
    if rng.random() < 0.3:
        extras.append(["📍 ", geo_value(rng, COUNTRIES[cc]["geo"])])
    if rng.random() < 0.25:
        extras.append(["link: ", profile_url(rng, adult, slots["user"].text)[1]])
    if rng.random() < 0.15:
        extras.append(["car: ", plate_value(rng, cc)])
    if rng.random() < 0.12:
        extras.append(
            [
                "he knows her password: ",
                V(rng.choice(["sakura", "minh", "love", "angel", "star"]) + str(rng.randint(100, 9999)), "CREDENTIAL"),
            ]
        )
    if rng.random() < 0.1:
        extras.append(["IP from his email header: ", ip_value(rng, 0.3)])
    if rng.random() < 0.15:
        extras.append(["postcode ", postcode(rng, cc)])
    for e in extras:
        b.add("\n")
        b.put(e)
    if rng.random() < 0.3:
        b.add(" " + rng.choice(["🙏", "😭", "‼️", "🆘"]))
