"""Small shared helpers: number words, texting style, conditions and other hand-typed phrase lists (English)."""

from __future__ import annotations

import random

NUM_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    13: "thirteen",
    14: "fourteen",
    15: "fifteen",
    16: "sixteen",
    17: "seventeen",
}

CONDITIONS = [
    "depression",
    "anxiety",
    "ADHD",
    "autism",
    "an eating disorder",
    "bulimia",
    "anorexia",
    "OCD",
    "PTSD",
    "asthma",
    "type 1 diabetes",
    "epilepsy",
    "panic attacks",
    "insomnia",
    "dyslexia",
    "IBS",
]
MEDS = [
    "sertraline",
    "fluoxetine",
    "melatonin",
    "methylphenidate",
    "citalopram",
    "insulin",
    "lamotrigine",
    "concerta",
    "risperidone",
]
SELF_HARM = ["self harming", "self-harming", "cutting myself", "self harm"]
ETHNIC = [
    "Polish",
    "Roma",
    "Somali",
    "Pakistani",
    "half Nigerian",
    "Black",
    "mixed race",
    "Irish Traveller",
    "Kurdish",
    "Aboriginal",
    "Vietnamese",
    "Bangladeshi",
    "Eritrean",
    "Syrian",
    "Latina",
    "Filipino",
]
ORIENT = ["gay", "bi", "lesbian", "bisexual", "pan", "ace", "queer"]
GENDER = ["trans", "non binary", "nonbinary", "a trans boy", "a trans girl", "genderfluid", "transgender"]
CRIMES = [
    "arrested for assault",
    "done for drink driving",
    "in prison for dealing",
    "on probation for burglary",
    "convicted of fraud",
    "locked up for GBH",
    "arrested for hitting my mum",
    "charged with possession",
    "inside for 3 years for robbery",
    "on the sex offenders register",
]
ORGS_HELP = [
    "Youthline",
    "TalkSafe",
    "KidsConnect 24/7",
    "ChatSpace",
    "TextCare Youth",
    "Open Door Helpline",
    "SafeTalk Kids",
    "NightLine Youth",
]
SCHOOLS = [
    "St Mary's",
    "Hillside Academy",
    "Oakwood High",
    "Riverside Community College",
    "Northfield School",
    "Kingsmead Academy",
    "Lincoln Middle School",
    "Westbrook High",
    "Holy Cross College",
    "Greenfield Primary",
]

_TEXTING = [
    ("you", "u"),
    ("are", "r"),
    ("because", "cos"),
    ("don't", "dont"),
    ("I'm", "im"),
    ("I", "i"),
    ("okay", "ok"),
    ("really", "rly"),
    ("please", "pls"),
    ("people", "ppl"),
    ("know", "kno"),
    ("tonight", "2nite"),
    ("to", "2"),
    ("can't", "cant"),
    ("going to", "gonna"),
    ("want to", "wanna"),
    ("probably", "prob"),
    ("something", "smth"),
    ("thanks", "thx"),
    ("I don't know", "idk"),
]
EMOJI = ["😭", "🙃", "😔", "💀", "🥺", "😶", "👍", "❤️", "😬", "😂", "🫠", "😞", ":(", ":/", "xx", "lol", "ngl"]


def textify(rng: random.Random, template: str, strength: float = 0.5) -> str:
    """Rough texting style on literal words only; slot markers like {name} are untouched."""
    out: list[str] = []
    for tok in template.split(" "):
        if tok.startswith("{") or "{" in tok:
            out.append(tok)
            continue
        low = tok
        for a, b in _TEXTING:
            if tok == a and rng.random() < strength:
                low = b
                break
        if rng.random() < strength * 0.08 and len(low) > 4 and low.isalpha():
            i = rng.randrange(1, len(low) - 1)
            low = low[:i] + low[i + 1] + low[i] + low[i + 2 :]
        out.append(low)
    text = " ".join(out)
    if rng.random() < strength:
        text = text.replace("'", "")
    if rng.random() < strength:
        text = text[0].lower() + text[1:] if text and text[0] != "{" else text
    if rng.random() < strength * 0.6:
        text = text.rstrip(".") + " " + rng.choice(EMOJI)
    return text


def age_text(rng: random.Random, age: int, words: float = 0.25) -> str:
    return NUM_WORDS[age] if age in NUM_WORDS and rng.random() < words else str(age)
