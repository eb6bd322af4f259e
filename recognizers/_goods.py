"""A text about goods and no one: a stock list, an order, a catalogue, a product sheet ("Amoxicillin 500mg capsules |
21 | 40 | 1.85", "Suitable for | Conditions: eczema, psoriasis"). A drug or a condition listed there is a product's
or a label's, not someone's; only a person anywhere in the text makes it someone's.
"""

from __future__ import annotations

import functools
import re

from ._recognizer_helpers import line_of

_GOODS = re.compile(
    r"\b(?i:wholesale|stock(?:\s+(?:count|list|take|level)s?)?|inventory|qty|quantity|unit\s+(?:price|cost)|"
    r"pack\s+size|packs|sku|catalogue|catalog|supplier|invoice|purchase\s+order|re-?order|recall|batch|lot\s+(?:no|"
    r"number)|formulary|price\s+list|in\s+stock|out\s+of\s+stock|product(?:\s+sheet)?|ingredients|suitable\s+for)\b"
)
# Someone in particular, or a record's field for a person.
_SOMEONE = re.compile(
    r"\b(?i:he|she|him|her|his|hers|i|me|my|mine|i'm|i've|we|our|child|kid|son|daughter|boy|girl|mother|father|"
    r"mom|mum|dad|brother|sister|husband|wife|boyfriend|girlfriend|suspect|victim|caller|applicant|patient|pt|"
    r"client|resident|pupil|student|name|surname|dob|born|mrn|nhs|service\s+user|diagnosed|prescribed|"
    r"mr|mrs|ms|miss|mx|dr)\b|"
    # Someone's, by name: "EpiPen x2 for Leo's school bag"
    r"\b[A-Z][a-z]+['’]s\b"
)


@functools.lru_cache(maxsize=8)
def goods_without_people(text: str) -> bool:
    return bool(_GOODS.search(text)) and not _SOMEONE.search(text)


# What a product's or a racehorse's age is said of: spirits, wine, cheese and cured meat, casks and bottles, a
# racecard ("Glen Moray 18 Years Old, 70cl", "Rioja Gran Reserva, aged 5 years in oak", "Parmigiano (aged 24 months)").
_AGED_GOODS = re.compile(
    r"(?i:\b(?:\d+\s?(?:cl|ml)|casks?|in\s+oak|oak\s+barrels?|bottled(?:-in-bond)?|single\s+malt|whiske?y|bourbon|"
    r"scotch|cognac|armagnac|brandy|sherry|madeira|(?:tawny|ruby|vintage)\s+port|rioja|reserva|riserva|gouda|"
    r"cheddar|parmigiano|parmesan|comt[ée]|manchego|gruy[èe]re|pecorino|jam[óo]n|prosciutto|balsamic)\b"
    # (not a street named after one: "56 Madeira Street")
    r"(?![ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Close|Way|Place|Court|Crescent|Terrace)\b)|"
    r"%\s?(?:vol|abv)\b|"
    # a racecard's line: a horse's draw and form figures, its sex, the race's kind ("4yo  11-5  form 4U636  draw 3")
    # (a racecard's words in lower case: "Satu Mare" is a town)
    r"\bform[ \t]+[\dPFURB\-/]{3,}|\bdraw[ \t]+\d{1,2}\b|\b(?-i:gelding|filly|colt|mare|furlongs?|jumps|hurdles|"
    r"handicap|stakes)\b)"
)
# People a line may speak of beside a product ("the bar worker, aged 34, poured whisky"): their age stays.
_PERSON_NOUN = re.compile(
    r"(?i:\b(?:man|woman|men|women|worker|employee|staff|owner|manager|driver|officer|customer|teen|teenager|"
    r"minor|adult|person|guy|lady)\b)"
)


def aged_goods_line(text: str, start: int) -> bool:
    """Whether the line holding text[start] lists an aged product and names no one."""
    line = line_of(text, start)
    return bool(_AGED_GOODS.search(line)) and not _SOMEONE.search(line) and not _PERSON_NOUN.search(line)


# A header of a register of animals (a herd's, a kennel's, a stud's): their births and names are no person's.
ANIMAL_HEADER = re.compile(
    r"(?i)\b(?:breed|ear[ _\-]?tag|dam(?:[ _\-]?tag)?|sire|herd|flock|species|litter|microchip|pedigree|kennel|"
    r"stud[ _\-]?book|foal(?:ed)?|calved|whelped|hatched|colou?r[ /]markings)\b"
)
