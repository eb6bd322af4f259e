"""Register 4: home_visit_reports - social workers' home-visit and welfare-check reports."""

from __future__ import annotations

import random

import common as C
import ids
import locales as L
import words as W
from builder import Builder

VISIT_TYPES = {
    "UK": ("s47 enquiry", "CIN review visit", "LAC statutory visit", "CP plan core group visit"),
    "IE": ("welfare check", "Section 16 assessment", "Meitheal review", "unannounced visit"),
    "US": ("CPS initial assessment", "safety plan check", "in-home services visit", "welfare check"),
    "AU": ("ROSH assessment", "home visit", "safety plan review", "Family Group Conference follow-up"),
    "NZ": ("s17 assessment visit", "whānau hui follow-up", "safety visit", "home visit"),
    "CA": ("investigation visit", "ongoing protection visit", "kinship assessment", "welfare check"),
    "ZA": ("Form 22 follow-up", "home visit", "foster care supervision", "welfare check"),
    "IN": ("home study", "CWC-directed visit", "follow-up visit", "welfare check"),
}
ETHNIC = {
    "UK": (
        "White British",
        "Black Caribbean",
        "Mixed White and Black African",
        "Pakistani",
        "Bangladeshi",
        "Irish Traveller",
        "Romani",
        "Somali",
    ),
    "IE": ("Irish Traveller", "White Irish", "Roma", "Black African"),
    "US": ("Hispanic", "African American", "Navajo", "Hmong", "Puerto Rican", "White non-Hispanic"),
    "AU": ("Aboriginal", "Torres Strait Islander", "Vietnamese", "Lebanese", "Samoan"),
    "NZ": ("Māori", "Samoan", "Tongan", "Pākehā", "Cook Island Māori"),
    "CA": ("First Nations", "Métis", "Inuk", "Punjabi", "Filipino"),
    "ZA": ("Xhosa", "Zulu", "Coloured", "Sotho", "Afrikaner", "Indian South African"),
    "IN": ("Adivasi", "Gond", "Bhil", "Tamil", "Kashmiri", "Bengali"),
}
GP_WORD = {
    "UK": "GP",
    "IE": "GP",
    "US": "pediatrician",
    "AU": "GP",
    "NZ": "GP",
    "CA": "family doctor",
    "ZA": "clinic doctor",
    "IN": "doctor",
}
OBSERVATIONS = (
    "home was cluttered but warm; food in fridge; children's beds had clean bedding.",
    "strong smell of cannabis on arrival, mother denied use in the home.",
    "house cold, no credit on the electric meter, dog faeces in the back garden.",
    "children presented as well cared for and chatty; younger one clung to mum throughout.",
    "no adult present for first 10 mins, eldest answered the door and was minding siblings.",
    "mould in the back bedroom, referral made to housing. kitchen clean and tidy.",
)
PLANS = (
    "Plan: unannounced visit within 10 working days; strategy discussion if further concerns.",
    "Plan: refer to early help / family support worker; school to monitor attendance.",
    "Plan: CP conference to be convened; police checks requested on new partner.",
    "Plan: continue LAC placement; contact with birth father supervised only.",
    "Plan: safety plan signed by both parents; review in 4 weeks.",
)


def _table_row(b: Builder, name: str, rel: str, dob: str, age_label: str, age: str, role: str) -> None:
    b.line(f"[[n]] | {rel} | [[d]] | [[a]] | {role}", n=("PERSON", name), d=("DATE_OF_BIRTH", dob), a=(age_label, age))


def make(rng: random.Random, index: int) -> Builder:
    loc = L.LOCALES[index % len(L.LOCALES)]
    b = Builder()
    b.lower = (index // len(L.LOCALES)) % 3 == 1
    style = loc.date_style if loc.date_style != "iso" or rng.random() < 0.5 else "dmy_slash"
    addr, town = L.address(rng, loc)
    sw = C.person(rng) if rng.random() < 0.5 else L.local_person(rng, loc)
    mother, partner = L.local_person(rng, loc, "f"), L.local_person(rng, loc, "m")
    kids = [L.local_person(rng, loc) for _ in range(rng.randint(1, 3))]
    b.line(f"HOME VISIT REPORT - {loc.agency}")
    visit = rng.choice(VISIT_TYPES[loc.code])
    b.line(f"Visit type: {visit}   Case ref: {ids.letters(rng, 2)}-{rng.randint(10000, 99999)}")
    b.line(
        "SW: [[s]]   Accompanied by: [[s2]] ([[role]])",
        s=("PERSON", sw[0]),
        s2=("PERSON", L.local_person(rng, loc)[0]),
        role=rng.choice(("student SW", "family support worker", "HV", "police officer", "interpreter")),
    )
    b.line("Address: [[a]]", a=("STREET_ADDRESS", addr))
    b.line()
    b.line("Household composition")
    b.line("Name | Relationship | DOB | Age | School / occupation")
    for adult, rel in ((mother, "mother"), (partner, rng.choice(("father", "stepfather", "partner of mother")))):
        dob = C.dob_tuple(rng, 1975, 2000)
        _table_row(b, adult[0], rel, C.fmt_date(rng, dob, style), "AGE", str(C.age_at(dob)), rng.choice(W.OCCUPATIONS))
    for kid in kids:
        dob = C.dob_tuple(rng, 2009, 2024)
        kid_name = kid[1] + " " + (mother[2] if rng.random() < 0.6 else partner[2])
        school = (
            f"{rng.choice(('St Mary', 'Hillside', 'Riverside', 'Oakfield', 'Greenway'))} {rng.choice(loc.school_words)}"
            if dob[0] < 2022
            else "not in school"
        )
        _table_row(b, kid_name, "child", C.fmt_date(rng, dob, style), "MINOR_AGE", str(C.age_at(dob)), school)
    b.line()
    nok = L.local_person(rng, loc, "f")
    b.line(
        "NOK: [[n]] (maternal grandmother), tel [[p]], lives in [[t]]",
        n=("PERSON", nok[0]),
        p=("PHONE_NUMBER", ids.phone(rng, loc.region)),
        t=("LOCATION", rng.choice(loc.towns)[0]),
    )
    b.line(
        "Mother's mobile: [[p]]   email: [[e]]",
        p=("PHONE_NUMBER", ids.phone(rng, loc.region)),
        e=("EMAIL_ADDRESS", C.email(rng, mother[1], mother[2])),
    )
    if rng.random() < 0.7:
        b.line("Ethnicity (self-described): [[e]]", e=("ETHNIC_ORIGIN", rng.choice(ETHNIC[loc.code])))
    id_label, id_type, id_fn = rng.choice(loc.ids)
    b.line(f"{id_label} (mother): [[i]]", i=(id_type, id_fn(rng)))
    b.line()
    b.line("Health")
    gp = L.local_person(rng, loc)
    practice = rng.choice(("Riverside Medical Centre", "High St Surgery", "Community Clinic"))
    b.line(f"{GP_WORD[loc.code]}: Dr [[g]] ({practice})", g=("PERSON", gp[2]))
    b.line(
        "Mother reports [[m]], prescribed [[med]]. [[k]] has [[m2]] and is waiting for CAMHS.",
        m=("MEDICAL_CONDITION", rng.choice(W.MEDICAL_EN)),
        med=("MEDICAL_CONDITION", rng.choice(W.MEDICATION_EN)),
        k=("PERSON", kids[0][1]),
        m2=("MEDICAL_CONDITION", rng.choice(W.MEDICAL_EN[:14])),
    )
    if rng.random() < 0.4:
        b.line(
            "[[k]] told me privately they are [[g]]; mum is supportive, [[rel]] less so.",
            k=("PERSON", kids[-1][1]),
            g=("GENDER_IDENTITY", rng.choice(W.GENDER_EN)),
            rel="stepdad",
        )
    if rng.random() < 0.3:
        b.line(
            "Mother disclosed she is [[o]] and her new partner is a woman; no concerns re this.",
            o=("SEXUAL_ORIENTATION", rng.choice(("bisexual", "lesbian", "pansexual"))),
        )
    b.line()
    b.line(f"Criminal history ({loc.police} checks)")
    b.line(
        "[[p]] was [[c]] and [[c2]] in 2021.",
        p=("PERSON", partner[1]),
        c=("CRIMINAL_HISTORY", rng.choice(W.CRIMINAL_EN)),
        c2=("CRIMINAL_HISTORY", rng.choice(W.CRIMINAL_EN)),
    )
    if rng.random() < 0.5:
        b.line(
            "Car on drive [[pl]] registered to [[p]].",
            pl=("VEHICLE_PLATE", ids.plate(rng, loc.region)),
            p=("PERSON", partner[0]),
        )
    b.line()
    b.line("Observations: " + rng.choice(OBSERVATIONS))
    b.line(rng.choice(PLANS))
    b.line("Signed [[s]], [[r]]", s=("PERSON", sw[0]), r=rng.choice(("SW", "Senior Practitioner", "Caseworker")))
    return b
