"""Register world_tips_c: web-form tips in 20 languages with local formats of phones, IDs, addresses and dates."""

from __future__ import annotations

import datetime as dt
import random

import values as v
from doc import Doc, Val
from people import Person, person
from places import ISO_OF_WORLD, STREETS, street_line, town
from world_lang import ENGLISH_BITS, LANGS, MONTHS

ORDER = list(LANGS)


def to_digits(text: str, zero: str) -> str:
    base = ord(zero)
    return "".join(chr(base + int(c)) if c.isdigit() and c.isascii() else c for c in text)


def jalali(d: dt.date) -> tuple[int, int, int]:
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy, gm, gd = d.year, d.month, d.day
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def local_date(rng: random.Random, key: str, style: str, d: dt.date) -> str:
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "bg":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "el":
        return rng.choice([f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"])
    if style == "iso":
        return d.isoformat() if rng.random() < 0.6 else f"{d.year} m. {MONTHS['lt'][d.month - 1]} {d.day} d"
    if style == "is":
        if rng.random() < 0.6:
            return f"{d.day}. {MONTHS['is'][d.month - 1]} {d.year}"
        return f"{d.day}.{d.month}.{d.year}"
    if style in ("cy", "ga"):
        if rng.random() < 0.5:
            return f"{d.day} {MONTHS[style][d.month - 1]} {d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "ca":
        m = MONTHS["ca"][d.month - 1]
        prep = "d'" if m[0] in "ao" else "de "
        return f"{d.day} {prep}{m} de {d.year}" if rng.random() < 0.5 else f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "eu":
        if rng.random() < 0.5:
            return f"{d.year}ko {MONTHS['eu'][d.month - 1]} {d.day}a"
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dmy_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "jalali":
        jy, jm, jd = jalali(d)
        return f"{jy}/{jm:02d}/{jd:02d}"
    if style == "bo":
        return d.isoformat()
    if style == "cjk":
        return f"{d.year}年{d.month}月{d.day}日" if rng.random() < 0.6 else f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _full(p: Person, key: str) -> str:
    if key == "bo":
        return f"{p.given}་{p.family}"
    return p.full


def generate(rng: random.Random, idx: int) -> Doc:
    key = ORDER[idx % len(ORDER)]
    L = LANGS[key]
    f: dict[str, str] = L["f"]  # type: ignore[assignment]
    latin = bool(L["latin"]) and key == "sr_latn"
    place = str(L["place"])
    zero = str(L.get("digits", ""))
    cult = str(L["cult"])
    kid = person(rng, cult)
    if latin:
        kid = kid.latin()
    sus = person(rng, cult, female=False)
    sus = sus.latin() if latin else sus
    rep = person(rng, cult)
    rep = rep.latin() if latin else rep
    age = rng.randint(3, 17)
    sage = rng.randint(20, 61)
    birth = v.dob(rng, age)
    region = rng.choice(L["regions"])  # type: ignore[arg-type]
    ph = v.phone(rng, region, rng.random() < 0.8)
    if zero and rng.random() < 0.4:
        ph = to_digits(ph, zero if zero != "༠" else "0")
    age_s = to_digits(str(age), zero) if zero and zero != "༠" and rng.random() < 0.5 else str(age)
    sage_s = to_digits(str(sage), zero) if zero and zero != "༠" and rng.random() < 0.5 else str(sage)
    dob_s = local_date(rng, key, str(L["date"]), birth)
    if zero and rng.random() < 0.5:
        dob_s = to_digits(dob_s, zero)
    tw = town(rng, place, latin)
    addr = street_line(rng, place if place in STREETS else ISO_OF_WORLD.get(place, place), latin)
    handle = v.handle(rng, kid.given_lat if rng.random() < 0.3 else sus.given_lat)
    email_owner = rep
    mail = v.email(rng, email_owner.given_lat, email_owner.family_lat)
    crime = rng.choice(L["crime"])  # type: ignore[arg-type]
    med = rng.choice(L["med"])  # type: ignore[arg-type]
    nid_cfg = L["nid"]
    slots: dict[str, Val] = {
        "child": ("PERSON", _full(kid, key)),
        "cf": ("PERSON", kid.given),
        "age": ("MINOR_AGE", age_s),
        "sus": ("PERSON", _full(sus, key) if rng.random() < 0.7 else sus.given),
        "sage": ("AGE", sage_s),
        "crime": ("CRIMINAL_HISTORY", crime),
        "med": ("MEDICAL_CONDITION", med),
        "addr": ("STREET_ADDRESS", addr),
        "town": ("LOCATION", tw),
        "phone": ("PHONE_NUMBER", ph),
        "handle": ("USERNAME", handle),
    }
    d = Doc()
    submitted = dt.datetime(2024, 1, 1) + dt.timedelta(minutes=rng.randrange(320 * 24 * 60))
    hdr = rng.choice(["web", "json", "mail", "none"])
    if hdr == "web":
        d.line(
            "Tip form #{n} | lang={t} | submitted {s}Z",
            n=f"WT-{rng.randint(10000, 99999)}",
            t=str(L["tag"]),
            s=submitted.isoformat(timespec="minutes"),
        )
        if rng.random() < 0.7:
            d.line("client_ip: {ip}", ip=("IP_ADDRESS", v.ipv4(rng) if rng.random() < 0.75 else v.ipv6(rng)))
        d.line()
    elif hdr == "json":
        d.line(
            '{"form":"tip","locale":"{t}","received":"{s}","ip":"{ip}"}',
            t=str(L["tag"]),
            s=submitted.strftime("%Y-%m-%dT%H:%M:%S"),
            ip=("IP_ADDRESS", v.ipv4(rng)),
        )
        d.line()
    elif hdr == "mail":
        d.line("Subject: [Web tip] {t}", t=f["title"])
        d.line("From: {e}", e=("EMAIL_ADDRESS", mail))
        d.line()
    else:
        d.line(f["title"])
        d.line()
    fields: list[tuple[str, Val]] = [
        (f["child"], slots["child"]),
        (f["age"], slots["age"]) if rng.random() < 0.6 else (f["dob"], ("DATE_OF_BIRTH", dob_s)),
        (f["town"], slots["town"]),
        (f["addr"], slots["addr"]),
        (f["sus"], ("PERSON", _full(sus, key))),
        (f["phone"], slots["phone"]),
        (f["rep"], ("PERSON", _full(rep, key) if rng.random() < 0.5 else rep.given)),
    ]
    if hdr != "mail" and rng.random() < 0.5:
        fields.append((f["email"], ("EMAIL_ADDRESS", mail)))
    if nid_cfg and rng.random() < 0.75:
        country, _cap = nid_cfg  # type: ignore[misc]
        nid_person = sus if "agress" in f["nid"] or "llystad" in f["nid"] or "Erasotz" in f["nid"] else kid
        nid_birth = birth if nid_person is kid else v.dob(rng, sage)
        nid_val = v.national_id(
            rng, str(country), nid_birth, nid_person.female, nid_person.given_lat, nid_person.family_lat
        )
        if zero and zero != "༠" and rng.random() < 0.3:
            nid_val = to_digits(nid_val, zero)
        fields.append((f["nid"], ("NATIONAL_ID", nid_val)))
    first_fields = fields[:2]
    rest = fields[2:]
    rng.shuffle(rest)
    keep = first_fields + rest[: rng.randint(2, len(rest))]
    sep = rng.choice([": ", ": ", " – ", ":\t", " = "])
    for cap, val in keep:
        d.add(cap).add(sep).put(val).add("\n")
    d.line()
    d.line(f["desc"] + ":")
    narr: list[str] = list(L["narr"])  # type: ignore[arg-type]
    body = narr[1:]
    rng.shuffle(body)
    chosen = ([narr[0]] if rng.random() < 0.75 else []) + body[: rng.randint(4, 7)]
    joiner = "\n" if rng.random() < 0.4 else " "
    for i, sent in enumerate(chosen):
        d.tpl(sent, **slots)
        d.add(joiner if i < len(chosen) - 1 else "\n")
    n_en = rng.choice([0, 0, 1, 1, 2])
    if n_en:
        bits = ENGLISH_BITS[:]
        rng.shuffle(bits)
        d.line(" ".join(bits[:n_en]))
        if rng.random() < 0.4:
            d.line(
                "His phone: {p} / car plate {pl}",
                p=("PHONE_NUMBER", v.phone(rng, rng.choice(L["regions"]), True)),  # type: ignore[arg-type]
                pl=(
                    "VEHICLE_PLATE",
                    v.plate(
                        rng, ISO_OF_WORLD.get(place, place) if place not in ("ER", "SO", "AF", "IQ", "BO") else "DE"
                    ),
                ),
            )
    return d
