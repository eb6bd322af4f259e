"""English-speaking locales for home-visit reports: towns, streets, ids, phones, agencies."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import ids


@dataclass(frozen=True)
class Locale:
    code: str
    region: str
    towns: tuple[tuple[str, str], ...]
    streets: tuple[str, ...]
    postcode: Callable[[random.Random, str], str]
    address_fmt: str
    ids: tuple[tuple[str, str, Callable[[random.Random], str]], ...]
    agency: str
    police: str
    school_words: tuple[str, ...]
    date_style: str


def _uk_pc(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randint(1, 19)} {rng.randint(1, 9)}{ids.letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def _ie_pc(rng: random.Random, prefix: str) -> str:
    pool = "ACDEFHKNPRTVWXY"
    return f"{prefix} {ids.letters(rng, 1, pool)}{ids.digits(rng, 1)}{ids.letters(rng, 2, pool)}"


def _num_pc(n: int) -> Callable[[random.Random, str], str]:
    def make(rng: random.Random, prefix: str) -> str:
        return prefix + ids.digits(rng, n - sum(c.isdigit() for c in prefix))

    return make


def _ca_pc(rng: random.Random, prefix: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    first = f"{prefix}{rng.randint(1, 9)}{rng.choice(letters)}"
    return f"{first} {rng.randint(1, 9)}{rng.choice(letters)}{rng.randint(0, 9)}"


LOCALES: tuple[Locale, ...] = (
    Locale(
        "UK",
        "GB",
        (
            ("Leeds", "LS"),
            ("Bristol", "BS"),
            ("Stoke-on-Trent", "ST"),
            ("Norwich", "NR"),
            ("Leicester", "LE"),
            ("Plymouth", "PL"),
            ("Wakefield", "WF"),
            ("Hull", "HU"),
        ),
        (
            "Beech Grove",
            "Tennyson Road",
            "Albion Street",
            "Meadow Close",
            "Kestrel Way",
            "Chapel Lane",
            "Orchard Crescent",
            "Victoria Terrace",
        ),
        _uk_pc,
        "{n} {street}, {town} {pc}",
        (("NHS no.", "NATIONAL_ID", ids.gb_nhs), ("NI no.", "NATIONAL_ID", ids.gb_nino)),
        "Children's Social Care",
        "police",
        ("Primary", "Academy", "High School"),
        "dmy_slash",
    ),
    Locale(
        "IE",
        "IE",
        (
            ("Tallaght", "D24"),
            ("Limerick", "V94"),
            ("Galway", "H91"),
            ("Drogheda", "A92"),
            ("Waterford", "X91"),
            ("Athlone", "N37"),
            ("Cork", "T12"),
        ),
        (
            "Cherry Orchard Park",
            "St Brigid's Road",
            "Hazelwood Drive",
            "Cois na hAbhann",
            "Marian Terrace",
            "Ard na Gréine",
        ),
        _ie_pc,
        "{n} {street}, {town}, {pc}",
        (("PPSN", "NATIONAL_ID", ids.ie_pps),),
        "Tusla",
        "Gardaí",
        ("National School", "Community College", "Gaelscoil"),
        "dmy_slash",
    ),
    Locale(
        "US",
        "US",
        (
            ("Dayton", "OH 454"),
            ("Fresno", "CA 937"),
            ("Tulsa", "OK 741"),
            ("Albany", "NY 122"),
            ("Spokane", "WA 992"),
            ("Macon", "GA 312"),
            ("Erie", "PA 165"),
        ),
        (
            "Maple Street",
            "Oak Ridge Drive",
            "W 3rd Street",
            "Lincoln Avenue",
            "Cedar Lane",
            "Hillcrest Road",
            "Pine Hollow Ct",
        ),
        _num_pc(5),
        "{n} {street}, {town}, {pc}",
        (("SSN", "US_SSN", ids.us_ssn),),
        "CPS",
        "PD",
        ("Elementary", "Middle School", "High School"),
        "mdy_slash",
    ),
    Locale(
        "AU",
        "AU",
        (
            ("Parramatta", "NSW 21"),
            ("Logan", "QLD 41"),
            ("Dandenong", "VIC 31"),
            ("Elizabeth", "SA 51"),
            ("Mandurah", "WA 62"),
            ("Launceston", "TAS 72"),
        ),
        ("Wattle Street", "Banksia Crescent", "Kookaburra Court", "Station Road", "Jacaranda Avenue"),
        _num_pc(4),
        "{n} {street}, {town} {pc}",
        (("Medicare", "NATIONAL_ID", ids.au_medicare), ("TFN", "NATIONAL_ID", ids.au_tfn)),
        "DCJ",
        "police",
        ("Public School", "State School", "College"),
        "dmy_slash",
    ),
    Locale(
        "NZ",
        "NZ",
        (
            ("Porirua", "50"),
            ("Manurewa", "21"),
            ("Hamilton", "32"),
            ("Rotorua", "30"),
            ("Invercargill", "98"),
            ("Whangārei", "01"),
        ),
        ("Kowhai Street", "Rata Crescent", "Te Ara Road", "Puriri Place", "Tui Grove"),
        _num_pc(4),
        "{n} {street}, {town} {pc}",
        (("NHI", "NATIONAL_ID", ids.nz_nhi), ("IRD no.", "NATIONAL_ID", ids.nz_ird)),
        "Oranga Tamariki",
        "Police",
        ("School", "Kura", "Intermediate"),
        "dmy_slash",
    ),
    Locale(
        "CA",
        "CA",
        (
            ("Surrey", "V3"),
            ("Brampton", "L6"),
            ("Winnipeg", "R2"),
            ("Saskatoon", "S7"),
            ("Halifax", "B3"),
            ("Kamloops", "V2"),
        ),
        ("Birchwood Avenue", "Rue Principale", "Spruce Street", "Lakeshore Drive", "Aspen Court"),
        _ca_pc,
        "{n} {street}, {town} {pc}",
        (("SIN", "NATIONAL_ID", ids.ca_sin), ("BC PHN", "NATIONAL_ID", ids.ca_bc_phn)),
        "Children's Aid Society",
        "RCMP",
        ("Elementary", "Secondary", "Middle School"),
        "iso",
    ),
    Locale(
        "ZA",
        "ZA",
        (
            ("Mitchells Plain", "77"),
            ("Soweto", "18"),
            ("Pietermaritzburg", "32"),
            ("Gqeberha", "60"),
            ("Polokwane", "07"),
            ("Kimberley", "83"),
        ),
        ("Jakaranda Street", "Vilakazi Street", "Protea Road", "Church Street", "Mandela Drive"),
        _num_pc(4),
        "{n} {street}, {town}, {pc}",
        (("ID no.", "NATIONAL_ID", ids.za_id),),
        "DSD",
        "SAPS",
        ("Primary School", "High School", "Laerskool"),
        "iso",
    ),
    Locale(
        "IN",
        "IN",
        (
            ("Pune", "411"),
            ("Nagpur", "440"),
            ("Bhopal", "462"),
            ("Lucknow", "226"),
            ("Coimbatore", "641"),
            ("Guwahati", "781"),
        ),
        ("Shivaji Nagar Road", "MG Road", "Gandhi Chowk Lane", "Nehru Colony Road", "Station Road"),
        _num_pc(6),
        "Flat {n}, {street}, {town} {pc}",
        (("Aadhaar", "NATIONAL_ID", ids.in_aadhaar), ("PAN", "NATIONAL_ID", ids.in_pan)),
        "DCPU",
        "police",
        ("Public School", "Zilla Parishad School", "Vidyalaya"),
        "dmy_slash",
    ),
)


def address(rng: random.Random, loc: Locale) -> tuple[str, str]:
    """Return (single-line street address incl. town and postcode, town)."""
    town, prefix = rng.choice(loc.towns)
    line = loc.address_fmt.format(
        n=rng.randint(2, 240), street=rng.choice(loc.streets), town=town, pc=loc.postcode(rng, prefix)
    )
    return line, town


NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "UK": (
        ("Olivia", "Amelia", "Bethany", "Tegan", "Fatima", "Keisha", "Chloe", "Jodie"),
        ("Callum", "Reuben", "Oscar", "Tariq", "Jack", "Leo", "Kieran", "Dean"),
        ("Smith", "Jones", "Taylor", "Hughes", "Khan", "Ahmed", "Ashworth", "Pemberton", "Holloway"),
    ),
    "IE": (
        ("Aoife", "Niamh", "Siobhan", "Caoimhe", "Saoirse", "Gráinne", "Bridget"),
        ("Seán", "Cian", "Darragh", "Oisín", "Pádraig", "Eoin", "Martin"),
        ("Murphy", "Byrne", "O'Brien", "Walsh", "Doyle", "McDonagh", "Ward", "Ní Bhriain", "Ó Súilleabháin"),
    ),
    "US": (
        ("Destiny", "Brianna", "Kayla", "Ashley", "Maria", "Jasmine", "Tiffany"),
        ("Jayden", "Hunter", "Marcus", "Tyler", "Carlos", "DeShawn", "Cody"),
        ("Johnson", "Miller", "Davis", "Lopez", "Hernandez", "Washington", "Kowalski", "Begay"),
    ),
    "AU": (
        ("Chloe", "Sienna", "Matilda", "Jade", "Amelia", "Kirra"),
        ("Brodie", "Jack", "Lachlan", "Cooper", "Ethan", "Jarrah"),
        ("Nguyen", "Smith", "Kelly", "Jones", "Papadopoulos", "Walker", "Anderson"),
    ),
    "NZ": (
        ("Aroha", "Mere", "Anahera", "Kiri", "Olivia", "Ruby", "Losana"),
        ("Tane", "Wiremu", "Rawiri", "Hemi", "Liam", "Jack", "Sione"),
        ("Ngata", "Te Whare", "Parata", "Walker", "Henare", "Smith", "Fifita"),
    ),
    "CA": (
        ("Chloé", "Emily", "Sarah", "Mei", "Gurpreet", "Isabelle"),
        ("Liam", "Étienne", "Noah", "Harjit", "Jean-Luc", "Owen"),
        ("Tremblay", "Gagnon", "Roy", "Campbell", "Sandhu", "Chen", "Cardinal"),
    ),
    "ZA": (
        ("Lerato", "Nomvula", "Thandiwe", "Annelie", "Zanele", "Precious"),
        ("Thabo", "Sipho", "Bongani", "Johan", "Mandla", "Kagiso"),
        ("Mahlangu", "Nkosi", "Dlamini", "van Wyk", "Botha", "Mokoena", "Khumalo"),
    ),
    "IN": (
        ("Priya", "Ananya", "Sunita", "Kavita", "Pooja", "Meena"),
        ("Rohan", "Rahul", "Suresh", "Amit", "Vikram", "Arjun"),
        ("Patil", "Sharma", "Iyer", "Gupta", "Deshmukh", "Nair", "Yadav"),
    ),
}


def local_person(rng: random.Random, loc: Locale, gender: str = "") -> tuple[str, str, str]:
    fem, male, sur = NAMES[loc.code]
    pool = fem if gender == "f" else male if gender == "m" else fem + male
    given, surname = rng.choice(pool), rng.choice(sur)
    return f"{given} {surname}", given, surname
