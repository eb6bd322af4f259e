"""Hand-typed sensitive-category phrases (English) and small label helpers."""

from __future__ import annotations

import random

MEDICAL = [
    "asthma",
    "type 1 diabetes",
    "epilepsy",
    "ADHD",
    "autism",
    "anxiety",
    "depression",
    "anorexia nervosa",
    "self-harm",
    "PTSD",
    "sickle cell disease",
    "HIV",
    "chlamydia",
    "mild cerebral palsy",
    "dyslexia",
    "hearing impairment",
    "a nut allergy",
    "coeliac disease",
    "scoliosis",
    "bipolar disorder",
    "foetal alcohol spectrum disorder",
    "glandular fever",
    "an eating disorder",
    "OCD",
]
MEDS = [
    "methylphenidate",
    "sertraline",
    "fluoxetine",
    "salbutamol inhaler",
    "insulin",
    "melatonin",
    "Ritalin",
    "lamotrigine",
    "an EpiPen",
    "quetiapine",
    "Concerta",
]
CRIMINAL = [
    "convicted of ABH in 2019",
    "served 18 months for burglary",
    "on bail for possession with intent to supply",
    "registered sex offender",
    "previous conviction for child cruelty",
    "arrested for assault last year",
    "released from HMP Leeds in March after a sentence for robbery",
    "cautioned for shoplifting",
    "convicted of domestic abuse offences",
    "on licence after a conviction for grooming",
    "charged with human trafficking",
    "prior arrest for possession of indecent images",
    "convicted of drink-driving",
    "deported after a fraud conviction",
    "wanted on a warrant for theft",
]
ETHNIC = [
    "White British",
    "Black Caribbean",
    "Irish Traveller",
    "Roma",
    "Gypsy/Roma",
    "Pakistani",
    "Bangladeshi",
    "Black African",
    "Mixed White/Black Caribbean",
    "Aboriginal",
    "Torres Strait Islander",
    "First Nations",
    "Métis",
    "Coloured",
    "Zulu",
    "Kurdish",
    "Somali",
    "Hispanic",
    "Latina",
    "African American",
    "Tamil",
    "Rohingya",
    "Hmong",
    "Navajo",
]
ETHNIC_BY_COUNTRY = {
    "GB": [
        "White British",
        "Black Caribbean",
        "Pakistani",
        "Bangladeshi",
        "Irish Traveller",
        "Gypsy/Roma",
        "Mixed White/Black Caribbean",
        "Black African",
        "Kurdish",
        "Somali",
    ],
    "US": ["Hispanic", "Latina", "African American", "Navajo", "Hmong", "Somali"],
    "AU": ["Aboriginal", "Torres Strait Islander", "Sudanese"],
    "CA": ["First Nations", "Métis", "Inuit"],
    "ZA": ["Zulu", "Coloured", "Xhosa"],
    "IE": ["Irish Traveller", "Roma"],
    "IN": ["Adivasi", "Dalit"],
    "RO": ["Roma"],
    "UA": ["Roma", "Crimean Tatar"],
    "TR": ["Kurdish"],
    "MM": ["Rohingya", "Karen"],
    "LK": ["Tamil"],
    "DE": ["Kurdish", "Roma"],
    "NL": ["Moroccan-Dutch"],
    "FR": ["Roma"],
    "PL": ["Roma"],
}


def ethnic_for(rng: random.Random, country: str) -> str:
    return rng.choice(ETHNIC_BY_COUNTRY.get(country, ["Roma", "Kurdish"]))


ORIENTATION = ["gay", "lesbian", "bisexual", "bi", "pansexual", "queer", "asexual", "straight"]
GENDER_ID = [
    "transgender",
    "trans girl",
    "trans boy",
    "non-binary",
    "genderfluid",
    "trans woman",
    "trans man",
    "agender",
    "questioning their gender",
]

NUM_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
]


def age_text(rng: random.Random, age: int, words: float = 0.25) -> str:
    if age < len(NUM_WORDS) and rng.random() < words:
        w = NUM_WORDS[age]
        return w.capitalize() if rng.random() < 0.1 else w
    return str(age)


def pick(rng: random.Random, items: list[str], k: int) -> list[str]:
    return rng.sample(items, k)
