"""Register 5: world_tips_d - web-form tips in 20 languages with English fragments."""

from __future__ import annotations

import random

import common as C
import ids
import words as W
from builder import Builder
from world_lang import LANGS, Lang

GIRLS = {
    "sk": "Lenka Simona Natália Kristína",
    "sl": "Maja Zala Eva Lara",
    "hr": "Lucija Ema Sara Katarina",
    "mk": "Мила Сара Јована Теодора",
    "be": "Аліна Дар'я Вераніка Ксенія",
    "az": "Aysel Günay Zəhra Nigar",
    "ky": "Айпери Нурай Асель Мээрим",
    "ug": "مىھرىگۈل ئايگۈل زۆھرە نىگارە",
    "sd": "نورين ثنا حنا سميرا",
    "mr": "सई गौरी मृणाल तन्वी",
    "kn": "ಸಹನಾ ದೀಪಾ ಪೂಜಾ ರಮ್ಯ",
    "or": "ସୁପ୍ରିୟା ଅର୍ପିତା ମମତା ସୋନାଲି",
    "dv": "ޢާއިޝަތު ފާޠިމަތު މަރިޔަމް ހައްވާ",
    "tl": "Angel Princess Joy Bea",
    "jv": "Ayu Putri Wulan Sekar",
    "mg": "Voahangy Fanja Hanitra Miora",
    "rw": "Keza Ishimwe Uwase Iradukunda",
    "ig": "Chiamaka Nneka Amarachi Ebube",
    "af": "Lize Marike Anri Carla",
    "mt": "Kylie Martina Nicole Yasmin",
}
MEN = {"tl": (1, 3, 5), "mg": (0, 4)}
EN_FRAGMENTS = (
    "He wrote in English: 'send pic or i post everything, u have 24h'.",
    "(sorry my English) he say he is model agent and she will be famous.",
    "Screenshot attached. URGENT pls, she is scared to go to school.",
    "His bio says 'DM for collabs, 18+ only' but he talks to kids.",
    "He told her: 'delete this chat, don't tell ur mom'.",
)


def _native(lang: Lang, value: str, use: bool) -> str:
    return ids.to_native(value, lang.digits) if use and lang.digits else value


def make(rng: random.Random, index: int) -> Builder:
    lang = LANGS[index % len(LANGS)]
    variant = (index // len(LANGS)) % 4
    cap = dict(zip(("title", "name", "phone", "email", "town", "desc", "id", "dob", "addr"), lang.captions))
    native_digits = variant == 3 or (variant == 1 and rng.random() < 0.5)
    suspect = lang.names[rng.choice(MEN.get(lang.code, (0, 2, 4)))]
    reporter = rng.choice([n for n in lang.names if n != suspect])
    latin_rep = variant == 1 and rng.random() < 0.5
    rep_name = reporter[1] if latin_rep else reporter[0]
    child_name = rng.choice(GIRLS[lang.code].split())
    sus_name = suspect[0]
    town = rng.choice(lang.towns)
    given_latin, sur_latin = reporter[1].split(" ", 1) if " " in reporter[1] else (reporter[1], "x")
    b = Builder()
    sage = rng.randint(19, 55)
    desc_slots = {
        "child": ("PERSON", child_name),
        "age": ("MINOR_AGE", _native(lang, str(rng.randint(9, 16)), native_digits)),
        "town": ("LOCATION", town),
        "sus": ("PERSON", sus_name),
        "sage": ("AGE", _native(lang, str(sage), native_digits)),
        "plat": rng.choice(W.PLATFORMS),
        "user": ("USERNAME", C.username(rng)),
        "phone2": ("PHONE_NUMBER", _native(lang, ids.phone(rng, lang.region), native_digits)),
    }
    if variant == 1:
        b.line(cap["title"])
        b.line()
        b.line(lang.s1, **desc_slots)
        b.line(lang.s2, **desc_slots)
        b.line(rng.choice(EN_FRAGMENTS))
        b.line()
        b.line(
            "-- [[n]], [[p]]",
            n=("PERSON", rep_name),
            p=("PHONE_NUMBER", _native(lang, ids.phone(rng, lang.region), native_digits)),
        )
        b.line("(form language: [[l]]; submitted via mobile site)", l=lang.code)
        return b
    b.line(f"{cap['title']}  #{rng.randint(10000, 99999)}")
    b.line(f"{cap['name']}: [[n]]", n=("PERSON", rep_name))
    b.line(f"{cap['phone']}: [[p]]", p=("PHONE_NUMBER", _native(lang, ids.phone(rng, lang.region), native_digits)))
    if rng.random() < 0.7:
        b.line(
            f"{cap['email']}: [[e]]",
            e=("EMAIL_ADDRESS", C.email(rng, given_latin, sur_latin, obfuscate=rng.random() < 0.3)),
        )
    b.line(f"{cap['town']}: [[t]]", t=("LOCATION", rng.choice(lang.towns)))
    b.line(f"{cap['desc']}:")
    b.line(lang.s1, **desc_slots)
    b.line(lang.s2, **desc_slots)
    b.line(rng.choice(EN_FRAGMENTS))
    if variant in (0, 2) or rng.random() < 0.5:
        b.line()
        b.line(f"{cap['id']}: [[i]]", i=("NATIONAL_ID", rng.choice(lang.ids)(rng)))
        dob = lang.date(ids.birth(rng, 2025 - sage, 2025 - sage))  # suspect DOB, roughly matching the age
        b.line(f"{cap['dob']}: [[d]]", d=("DATE_OF_BIRTH", _native(lang, dob, native_digits)))
        b.line(f"{cap['addr']}: [[a]]", a=("STREET_ADDRESS", lang.street(rng, rng.choice(lang.towns))))
    if variant == 2:
        b.line(
            "Suspect name in Latin letters: [[s]]; profile [[u]]",
            s=("PERSON", suspect[1]),
            u=("URL", C.profile_url(rng, C.username(rng))),
        )
    if variant == 3:
        b.line("IP shown in chat export: [[ip]]", ip=("IP_ADDRESS", ids.ip(rng)))
    return b
