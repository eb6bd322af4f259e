"""PII-free look-alike documents (register "negative"): codes, eponyms, brands, towns, placeholders."""

from __future__ import annotations

import random
from collections.abc import Callable

from doc import Doc
from places import TOWNS
from stdnum import ean, isbn, iso6346, issn
from values import _complete, digits, letters

FIRMS = [
    "Johnson & Johnson",
    "Siemens Healthineers",
    "Philips Lighting",
    "Robert Bosch GmbH",
    "Heineken N.V.",
    "Cadbury",
    "Kellogg's",
    "Marks & Spencer",
    "Sainsbury's",
    "Dell Technologies",
    "Porsche AG",
    "Ferrari S.p.A.",
    "Deloitte",
    "Procter & Gamble",
    "Ben & Jerry's",
    "Tata Steel",
    "Mahindra & Mahindra",
    "Hyundai Mobis",
    "Barclays",
    "Lloyds Bank",
    "Wells Fargo",
    "Goldman Sachs",
    "Hewlett Packard Enterprise",
    "Cartier",
    "Louis Vuitton",
    "Merck KGaA",
    "Boehringer Ingelheim",
    "Dyson",
    "Bayer",
    "Ford Otosan",
]
EPONYM_ROOMS = [
    "Turing Room",
    "Curie Suite",
    "Mandela Hall",
    "Lovelace Lab",
    "Darwin Room",
    "Nightingale Room",
    "Brunel Boardroom",
    "Faraday Theatre",
    "Newton Room",
    "Tagore Hall",
    "Franklin Room",
    "Seacole Suite",
    "Hopper Room",
    "Kahlo Studio",
    "Einstein Auditorium",
    "Pankhurst Room",
]
PRODUCTS = [
    "Hex bolt M8x40 zinc",
    "Cable tie 300mm black",
    "Nitrile gloves L",
    "A4 copier paper 80gsm",
    "LED tube 18W",
    "Pallet wrap 23mu",
    "Safety boots S3 size 42",
    "Label roll 100x150",
    "Hand sanitiser 500ml",
    "Torx bit T25",
    "Masking tape 48mm",
    "Hi-vis vest XL",
    "Spray adhesive 400ml",
    "Duct connector 125mm",
]


EXTRA_HEALTH = [
    "Bring your red book to every appointment.",
    "Appointments can be booked online or at reception.",
    "Interpreters are available on request at no cost.",
    "Large-print and Easy Read versions are available.",
    "The Jenner Centre car park closes at 18:00.",
    "Walk-in clinics do not run on bank holidays.",
    "Leaflet reviewed annually by the patient panel.",
    "Ask about the Guthrie (heel-prick) test results.",
]
EXTRA_LAW = [
    "Disclosure is made to the person best placed to protect the child.",
    "Applications can be made online or at any police station.",
    "The scheme does not replace the duty to report immediate danger.",
    "Information is shared only where lawful and proportionate.",
    "Guidance was last updated in 2023.",
    "Training for frontline staff is available through the local safeguarding partnership.",
]


_OPTS1 = [
    "H225 Highly flammable liquid and vapour.",
    "H314 Causes severe skin burns and eye damage.",
    "H319 Causes serious eye irritation.",
]
_OPTS2 = ["H336 May cause drowsiness or dizziness.", "H290 May be corrosive to metals.", "H301 Toxic if swallowed."]
_OPTS3 = ["Hotel Sunrise Plaza", "Grand Riverside Inn", "Marriott Courtyard", "Hilton Garden Inn", "Ibis Styles"]
_OPTS4 = [
    "possible presence of Salmonella",
    "undeclared milk",
    "dosing syringe markings may be incorrect",
    "buckle may not lock",
]
_OPTS5 = ["University of Leeds", "Trinity College Dublin", "Monash University", "University of Cape Town", "IIT Madras"]
_OPTS6 = ["Online harms to children", "Safer recommender systems", "Trafficking supply chains", "Child-centred AI"]
_OPTS7 = [
    "Paediatric asthma inhaler adherence",
    "Melatonin for sleep in autism (children)",
    "HPV vaccine two-dose schedule",
    "ADHD digital therapy",
]


def _towns(rng: random.Random, k: int, cc: str | None = None) -> list[str]:
    cc = cc or rng.choice(["GB", "PL", "NL", "DE", "IN", "MY", "BR", "UA", "KZ", "TH"])
    pool = TOWNS[cc]
    return [t.latin for t in rng.sample(pool, min(k, len(pool)))]


def pick_list(rng: random.Random, d: Doc) -> None:
    d.add(
        f"PICK LIST  Wave {rng.randint(100, 999)}  DC-{rng.choice(['NORTH', 'EAST', 'HUB2'])}  Route "
        f"{letters(rng, 1)}{rng.randint(1, 40)}\n"
    )
    d.add("Bin        SKU              Description                    Qty  UoM\n")
    for _ in range(rng.randint(6, 14)):
        d.add(
            f"{letters(rng, 1)}{rng.randint(1, 40):02d}-{rng.randint(1, 9)}-{rng.randint(1, 6)}   "
            f"{letters(rng, 3)}-{digits(rng, 5)}-{letters(rng, 2)}   {rng.choice(PRODUCTS):<30} "
            f"{rng.randint(1, 240):>4}  "
            f"{rng.choice(['EA', 'BX', 'CS', 'PK'])}\n"
        )
    d.add(f"Picker: handheld #{rng.randint(1, 60)}   Checked: station {rng.randint(1, 9)}\n")


def sds(rng: random.Random, d: Doc) -> None:
    chems = [
        ("Acetone", "67-64-1", "UN1090"),
        ("Ethanol", "64-17-5", "UN1170"),
        ("Sodium hydroxide", "1310-73-2", "UN1823"),
        ("Isopropanol", "67-63-0", "UN1219"),
        ("Hydrogen peroxide 35%", "7722-84-1", "UN2014"),
        ("Toluene", "108-88-3", "UN1294"),
        ("Methanol", "67-56-1", "UN1230"),
    ]
    name, cas, un = rng.choice(chems)
    d.add(
        f"SAFETY DATA SHEET — {name}\nAccording to Regulation (EC) No 1907/2006 (REACH)\nVersion "
        f"{rng.randint(1, 9)}.{rng.randint(0, 9)}   Revision date: "
        f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n\n"
    )
    d.add(
        f"SECTION 1: Identification\n1.1 Product identifier: {name}\nCAS No.: {cas}   EC No.: "
        f"{rng.randint(200, 299)}-{rng.randint(100, 999)}-{rng.randint(0, 9)}\n"
    )
    d.add(
        f"1.3 Supplier: "
        f"{rng.choice(['Merck KGaA', 'Fisher Scientific', 'VWR International', 'Sigma-Aldrich Chemie GmbH'])}\n"
    )
    d.add("1.4 Emergency telephone: see national poison centre list\n\n")
    d.add(
        f"SECTION 2: Hazards "
        f"identification\n{rng.choice(_OPTS1)}\n"
        f"{rng.choice(_OPTS2)}\n"
        "P210 Keep away from heat, hot surfaces, sparks, open flames.\nP305+P351+P338 IF IN EYES: Rinse cautiously "
        "with water.\n\n"
    )
    d.add(
        f"SECTION 14: Transport information\n14.1 UN number: {un}\n14.3 Class: {rng.choice(['3', '8', '5.1'])}   "
        f"14.4 Packing group: {rng.choice(['II', 'III'])}\n"
    )


def chess(rng: random.Random, d: Doc) -> None:
    openings = [
        ("Ruy Lopez, Berlin Defence", "1. e4 e5 2. Nf3 Nc6 3. Bb5 Nf6 4. O-O Nxe4 5. d4 Nd6 6. Bxc6 dxc6 7. dxe5 Nf5"),
        ("Caro-Kann Defence, Advance Variation", "1. e4 c6 2. d4 d5 3. e5 Bf5 4. Nf3 e6 5. Be2 c5 6. Be3 Nd7"),
        ("Sicilian Defence, Najdorf Variation", "1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 6. Be3 e5"),
        ("Alekhine's Defence", "1. e4 Nf6 2. e5 Nd5 3. d4 d6 4. Nf3 Bg4 5. Be2 e6 6. O-O Be7"),
        ("Nimzo-Indian Defence", "1. d4 Nf6 2. c4 e6 3. Nc3 Bb4 4. Qc2 O-O 5. a3 Bxc3+ 6. Qxc3 b6"),
        ("Grünfeld Defence", "1. d4 Nf6 2. c4 g6 3. Nc3 d5 4. cxd5 Nxd5 5. e4 Nxc3 6. bxc3 Bg7"),
    ]
    name, moves = rng.choice(openings)
    d.add(
        f'[Event "Engine match, round {rng.randint(1, 30)}"]\n[Site "Server"]\n[Date '
        f'"2024.0{rng.randint(1, 9)}.{rng.randint(10, 28)}"]\n'
    )
    d.add(
        f'[White "{rng.choice(["Stockfish 16", "Komodo Dragon 3", "Leela Chess Zero"])}"]\n[Black '
        f'"{rng.choice(["Ethereal 14", "Berserk 12", "Torch 2"])}"]\n'
    )
    d.add(
        f'[Result "{rng.choice(["1-0", "0-1", "1/2-1/2"])}"]\n[ECO '
        f'"{rng.choice("ABCDE")}{rng.randint(0, 99):02d}"]\n[Opening "{name}"]\n\n'
    )
    d.add(
        moves + f" {rng.randint(7, 9)}. {rng.choice(['Qe2', 'Nbd2', 'h3', 'Re1'])} "
        f"{rng.choice(['Be7', 'O-O', 'h6', 'Qc7'])} {{book exit}} *\n"
    )
    d.add(
        f"\nEval after move 20: {rng.choice(['+0.', '-0.'])}{rng.randint(10, 99)}  depth {rng.randint(28, 45)}  "
        f"nodes {rng.randint(10, 900)}M\n"
    )


def patent(rng: random.Random, d: Doc) -> None:
    topics = [
        ("Battery thermal management system with phase-change material", "H01M 10/613"),
        ("Method for detecting counterfeit banknotes using infrared imaging", "G07D 7/12"),
        ("Modular conveyor belt link with integrated RFID tag", "B65G 17/08"),
        ("Catheter with steerable distal tip", "A61M 25/01"),
        ("Wind turbine blade de-icing apparatus", "F03D 80/40"),
    ]
    t, ipc = rng.choice(topics)
    num = (
        f"{rng.choice(['US', 'EP', 'WO'])} {rng.randint(10, 12)},{rng.randint(100, 999)},{rng.randint(100, 999)} "
        f"{rng.choice(['B1', 'B2', 'A1'])}"
    )
    d.add(
        f"{num}\nTitle: {t}\nApplicant: {rng.choice(FIRMS)}\nIPC: {ipc}; "
        f"{rng.choice(['G06N 3/08', 'H04W 4/80', 'B60L 58/26'])}\n"
    )
    d.add(
        f"Priority: {rng.choice(['DE', 'JP', 'US', 'KR'])} 10 2021 {digits(rng, 3)} "
        f"{digits(rng, 3)}.{rng.randint(0, 9)}\n\nAbstract\n"
    )
    d.add(
        f"A {t.lower()} is disclosed. The system comprises a housing, a controller and at least one sensor "
        f"arranged to "
        f"measure a parameter at intervals of {rng.randint(5, 500)} ms. In an embodiment the controller compares the "
        f"measured value against a threshold stored in memory and activates an actuator. Claims {rng.randint(1, 5)}-"
        f"{rng.randint(10, 30)} relate to a method of manufacture. {rng.randint(4, 19)} figures.\n"
    )


def amenities(rng: random.Random, d: Doc) -> None:
    town = _towns(rng, 1)[0]
    d.add(f"{rng.choice(_OPTS3)} {town} — Amenities\n\n")
    items = [
        "Free Wi-Fi (network: GUEST-5G)",
        "Outdoor pool open 07:00–20:00",
        "24-hour front desk",
        "Airport shuttle every 30 min",
        "Breakfast buffet 06:30–10:30",
        "Fitness centre, level 2",
        "EV charging (2 bays)",
        "Laundry service",
        "Room safe",
        "Kids' club ages 4-12",
        "Spa: Balinese massage 60 min",
        "Meeting room 'Churchill' seats 40",
        "Pet friendly (fee applies)",
    ]
    for it in rng.sample(items, rng.randint(6, 11)):
        d.add(f"{rng.choice(['•', '-', '✓'])} {it}\n")
    d.add(
        f"\nCheck-in from 14:00, check-out until 11:00. Room categories: Standard, Superior, Junior Suite "
        f"({rng.randint(30, 60)} m²).\n"
    )


def currency(rng: random.Random, d: Doc) -> None:
    d.add(
        f"Exchange rates — {rng.choice(['Bureau de change', 'Kantor', 'Cambio', 'Money changer'])} board  (updated "
        f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d})\n"
    )
    d.add("Code  Currency               We buy     We sell\n")
    for code, nm in rng.sample(
        [
            ("USD", "US Dollar"),
            ("EUR", "Euro"),
            ("GBP", "Pound sterling"),
            ("PLN", "Polish zloty"),
            ("UAH", "Ukrainian hryvnia"),
            ("THB", "Thai baht"),
            ("MYR", "Malaysian ringgit"),
            ("INR", "Indian rupee"),
            ("KZT", "Kazakh tenge"),
            ("BRL", "Brazilian real"),
            ("JPY", "Japanese yen"),
            ("CHF", "Swiss franc"),
        ],
        rng.randint(6, 10),
    ):
        b = rng.uniform(0.01, 5)
        d.add(f"{code}   {nm:<22} {b:>8.4f}   {b * 1.03:>8.4f}\n")
    d.add("Rates are indicative. Commission 0%. ID required for amounts above 1,000 EUR equivalent.\n")


def rooms(rng: random.Random, d: Doc) -> None:
    d.add(f"ROOM BOOKINGS — week {rng.randint(1, 52)}\n\n")
    teams = [
        "Finance team",
        "Youth panel",
        "IT change board",
        "Safeguarding training (L2)",
        "All-staff briefing",
        "Interview panel",
        "Board of trustees",
        "Volunteers induction",
        "Data protection refresher",
        "Estates",
    ]
    for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
        for _ in range(rng.randint(1, 3)):
            h = rng.randint(8, 16)
            d.add(
                f"{day} {h:02d}:00–{h + rng.randint(1, 2):02d}:00  {rng.choice(EPONYM_ROOMS):<22} {rng.choice(teams)}\n"
            )
    d.add("\nPlease release rooms you no longer need. The Mandela Hall projector is out of order.\n")


def vaccines(rng: random.Random, d: Doc) -> None:
    d.add(
        rng.choice(
            [
                "Routine childhood immunisation schedule",
                "Your baby's vaccinations – a guide for parents",
                "Vaccination calendar (general information)",
            ]
        )
        + "\n\n"
    )
    rows = [
        ("8 weeks", "6-in-1 vaccine, rotavirus, MenB"),
        ("12 weeks", "6-in-1 (2nd dose), pneumococcal, rotavirus"),
        ("16 weeks", "6-in-1 (3rd dose), MenB"),
        ("1 year", "Hib/MenC, MMR, pneumococcal booster, MenB booster"),
        ("2 to 10 years", "flu vaccine (every year)"),
        ("3 years 4 months", "MMR (2nd dose), 4-in-1 pre-school booster"),
        ("12 to 13 years", "HPV vaccine"),
        ("14 years", "3-in-1 teenage booster, MenACWY"),
    ]
    for age, v in rows[: rng.randint(5, len(rows))]:
        d.add(f"{age:<18}{rng.choice([' ', ' | ', ' – '])}{v}\n")
    d.add(rng.choice(EXTRA_HEALTH) + "\n")
    d.add(
        "\nIf your child has a high temperature on the day, the appointment may be moved. Diseases such as measles, "
        "whooping cough and Hodgkin lymphoma are unrelated; ask your practice nurse for the leaflet on side "
        "effects.\n"
    )


def macros(rng: random.Random, d: Doc) -> None:
    d.add(
        f"Support macro #{rng.randint(10, 99)} — "
        f"{rng.choice(['Password reset', 'Refund status', 'Account locked', 'Address change'])}\n\n"
    )
    d.add(rng.choice(["Hi {first_name},\n\n", "Dear <CUSTOMER_NAME>,\n\n", "Hello {{customer.first_name}},\n\n"]))
    d.add(
        rng.choice(
            [
                "We received a request to reset the password for the account linked to <EMAIL>. If this was you, use the link "
                "below within 24 hours: {reset_link}\n",
                "Your refund for order {{order_id}} of {amount} has been processed to the card ending in XXXX.\n",
                "For security we have locked your account. Please confirm your date of birth (DD/MM/YYYY) and the last 4 "
                "digits "
                "of your SSN (xxx-xx-XXXX) when you call us on [SUPPORT_PHONE].\n",
                "To update your address, reply with: [HOUSE NUMBER] [STREET], [CITY], [POSTCODE]. Do not send your full card "
                "number.\n",
            ]
        )
    )
    d.add("\nKind regards,\n{agent_name}\n{team_name} | Ticket {{ticket.id}}\n")
    d.add(
        f"\n— Internal: tag with '{rng.choice(['pw_reset', 'refund', 'kyc', 'addr_change'])}', SLA "
        f"{rng.randint(4, 48)}h.\n"
    )


def containers(rng: random.Random, d: Doc) -> None:
    d.add(
        f"CONTAINER MANIFEST  Vessel {rng.choice(['MSC Aurora', 'Maersk Kinloss', 'CMA CGM Tage', 'Ever Given'])}  "
        f"Voy {rng.randint(100, 999)}{letters(rng, 1)}\n"
    )
    d.add("Container      Size  Seal        Gross kg   GTIN (pallet)\n")
    for _ in range(rng.randint(5, 10)):
        owner = rng.choice(["MSCU", "MAEU", "CMAU", "TGHU", "HLXU", "OOLU"])
        body = owner + digits(rng, 6)
        cont = _complete(rng, body, 1, iso6346.is_valid)
        g = _complete(rng, rng.choice(["50", "40", "87", "76", "89"]) + digits(rng, 10), 1, ean.is_valid)
        d.add(
            f"{cont[:4]} {cont[4:10]} {cont[10]}  {rng.choice(['20GP', '40HC', '40RF'])}  "
            f"{letters(rng, 2)}{digits(rng, 7)}  {rng.randint(4000, 28000):>8}   {g}\n"
        )
    sscc = "3" + digits(rng, 16)
    d.add(
        f"\nGS1-128: (00){sscc}{luhn_mod10(sscc)} (02)0{g} (37){rng.randint(10, 99)} (10)LOT{digits(rng, 5)} "
        f"(15)2{rng.randint(5, 6)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}\n"
    )


def luhn_mod10(s: str) -> str:
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(s)))
    return str((10 - total % 10) % 10)


def recall(rng: random.Random, d: Doc) -> None:
    prod = rng.choice(
        [
            "Organic baby rice cereal 200g",
            "Frozen chicken nuggets 1kg",
            "Peanut butter smooth 340g",
            "Children's paracetamol suspension 100ml",
            "Plant-based yoghurt 4x125g",
            "Infant car seat model 0+",
        ]
    )
    d.add(f"PRODUCT RECALL — {prod}\n{rng.choice(FIRMS)} is recalling the product below as a precaution.\n\n")
    for _ in range(rng.randint(2, 5)):
        d.add(
            f"Lot/batch: {letters(rng, 1)}{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 4)}   Best before: "
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025   "
            f"EAN {_complete(rng, '50' + digits(rng, 10), 1, ean.is_valid)}\n"
        )
    d.add(f"\nReason: {rng.choice(_OPTS4)}.\nDo not use. Return to the store for a full refund; no receipt needed.\n")


def bank_notice(rng: random.Random, d: Doc) -> None:
    bank, bic = rng.choice(
        [
            ("Barclays", "BARCGB22"),
            ("Lloyds Bank", "LOYDGB2L"),
            ("NatWest", "NWBKGB2L"),
            ("HSBC UK", "HBUKGB4B"),
            ("Santander UK", "ABBYGB2L"),
        ]
    )
    town = _towns(rng, 1, "GB")[0]
    sc = f"{rng.randint(10, 40)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    d.add(f"{bank} — Branch notice\n{town} High Street branch (sort code {sc})\n\n")
    d.add(
        f"From {rng.randint(1, 28)} {rng.choice(['March', 'June', 'September'])} this branch will close. Accounts "
        f"held here keep the "
        f"same sort code {sc} and account numbers. For international payments the bank's BIC remains {bic}.\n"
        "Nearest branches: "
        + ", ".join(_towns(rng, 3, "GB"))
        + ".\nCash can be withdrawn at any Post Office counter.\n"
    )


def fleet(rng: random.Random, d: Doc) -> None:
    d.add(
        f"FLEET LIST — {rng.choice(['Air India', 'Wizz Air', 'LOT Polish Airlines', 'Malaysia Airlines', 'easyJet'])}\n"
    )
    d.add("Reg       Type              MSN     Delivered  Seats\n")
    pref = rng.choice(["VT-", "HA-", "SP-", "9M-", "G-"])
    for _ in range(rng.randint(6, 12)):
        tail = letters(rng, 3 if pref != "G-" else 4)
        d.add(
            f"{pref}{tail:<6} "
            f"{rng.choice(['A320-251N', 'A321-271NX', 'B737-8', 'B787-9', 'ATR 72-600', 'E195-E2']):<17} "
            f"{rng.randint(1000, 11999):<7} {rng.randint(2012, 2024)}       {rng.randint(70, 240)}\n"
        )


def fixtures(rng: random.Random, d: Doc) -> None:
    cc = rng.choice(["GB", "PL", "NL", "BR", "DE"])
    towns = _towns(rng, 6, cc)
    d.add(f"FIXTURES — Matchday {rng.randint(1, 34)}\n")
    for i in range(0, len(towns) - 1, 2):
        d.add(
            f"Sat {rng.randint(12, 20)}:{rng.choice(['00', '30'])}  {towns[i]} "
            f"{rng.choice(['United', 'City', 'FC', 'Athletic'])} v "
            f"{towns[i + 1]} {rng.choice(['Rovers', 'Town', 'SC', 'Wanderers'])}  "
            f"({rng.choice(['Stadium of Light', 'Arena', 'Municipal Ground'])})\n"
        )
    d.add("All kick-off times local. Fixtures subject to change for TV selection.\n")


def timetable(rng: random.Random, d: Doc) -> None:
    cc = rng.choice(["GB", "PL", "NL", "IN", "UA", "KZ", "MY", "DE"])
    towns = _towns(rng, rng.randint(4, 6), cc)
    d.add(f"Timetable — service {rng.choice(['IC', 'EX', 'R', 'TLK'])} {rng.randint(100, 9999)}  valid from 15 Dec\n")
    h, m = rng.randint(5, 18), 0
    for t in towns:
        m += rng.randint(12, 55)
        d.add(f"{t:<20} {(h + m // 60) % 24:02d}:{m % 60:02d}   platform {rng.randint(1, 9)}\n")
    d.add("Bicycles must be booked. Catering trolley between the second and last stops.\n")


def weather(rng: random.Random, d: Doc) -> None:
    cc = rng.choice(["GB", "PL", "NL", "IN", "TH", "MY", "BR", "ZA", "AU", "KZ", "MN"])
    d.add(f"Weather outlook — {rng.choice(['today', 'tomorrow', 'weekend'])}\n")
    for t in _towns(rng, rng.randint(5, 8), cc):
        d.add(
            f"{t}: {rng.choice(['sunny', 'light rain', 'thunderstorms', 'cloudy', 'fog early'])}, "
            f"{rng.randint(-5, 38)}°C, wind {rng.randint(2, 40)} km/h\n"
        )
    d.add("UV index high in the afternoon. Pollen: moderate.\n")


def release_notes(rng: random.Random, d: Doc) -> None:
    v = f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(0, 255)}"
    d.add(f"Release notes — firmware {v}\n")
    d.add(f"Build {''.join(rng.choice('0123456789abcdef') for _ in range(40))}\n\n")
    for _ in range(rng.randint(3, 6)):
        d.add(
            f"- Fixed CVE-{rng.randint(2021, 2024)}-{rng.randint(1000, 49999)} "
            f"({rng.choice(['heap overflow', 'XSS in admin UI', 'auth bypass'])})\n"
        )
    d.add(
        f"- Upgraded OpenSSL to 3.{rng.randint(0, 3)}.{rng.randint(0, 14)}; libcurl "
        f"{rng.randint(7, 8)}.{rng.randint(60, 99)}.0\n"
        f"- Default gateway template now uses placeholder <GATEWAY_IP>\n- Bootloader "
        f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)} required\n"
    )


def invoice(rng: random.Random, d: Doc) -> None:
    a, b = rng.sample(FIRMS, 2)
    d.add(
        f"INVOICE {letters(rng, 3)}-{rng.randint(2023, 2024)}-{digits(rng, 6)}\nFrom: {a}\nTo: {b} (Accounts Payable)\n"
    )
    d.add(
        f"PO ref: {digits(rng, 10)}   Terms: {rng.choice(['30', '45', '60'])} days\nSupplier VAT: "
        f"{rng.choice(['GB', 'DE', 'NL'])}{digits(rng, 9)}\n\n"
    )
    total = 0
    for _ in range(rng.randint(3, 7)):
        q, p = rng.randint(1, 50), rng.randint(5, 900)
        total += q * p
        d.add(f"{rng.choice(PRODUCTS):<30} {q:>4} x {p:>6}.00 = {q * p:>9}.00\n")
    d.add(f"\nNet {total}.00   VAT 20% {total // 5}.00   Total {total + total // 5}.00 EUR\n")


def tracking(rng: random.Random, d: Doc) -> None:
    tn = rng.choice(
        [
            f"1Z{letters(rng, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{digits(rng, 10)}",
            f"{letters(rng, 2)}{digits(rng, 9)}GB",
            f"JD{digits(rng, 18)}",
            digits(rng, 12),
        ]
    )
    d.add(
        f"Shipment update\nTracking number: {tn}\nService: {rng.choice(['Express Saver', 'Tracked 48', 'Economy'])}\n\n"
    )
    towns = _towns(rng, 4)
    for i, t in enumerate(towns):
        d.add(
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}  "
            f"{t} — {['Picked up', 'At sorting hub', 'In transit', 'Out for delivery'][i]}\n"
        )
    d.add("Signature required on delivery. Parcel weight 2.4 kg.\n")


def catalogue(rng: random.Random, d: Doc) -> None:
    d.add("Library acquisitions — corporate & serial titles\n\n")
    titles = [
        "World Drug Report",
        "Global Report on Trafficking in Persons",
        "State of the World's Children",
        "Education at a Glance",
        "Annual Statistical Digest",
        "Handbook of Chemistry and Physics",
    ]
    for t in rng.sample(titles, rng.randint(3, 6)):
        i = _complete(rng, "978" + digits(rng, 9), 1, isbn.is_valid)
        d.add(
            f"{t} ({rng.randint(2015, 2024)}). "
            f"{rng.choice(['UNODC', 'UNICEF', 'OECD Publishing', 'CRC Press', 'World Bank'])}. ISBN "
            f"{isbn.format(i)}\n"
        )
    s = _complete(rng, digits(rng, 7), 1, issn.is_valid, "0123456789X")
    d.add(
        f"\nSerial: Child Abuse Review, ISSN {s[:4]}-{s[4:]}; vol. {rng.randint(20, 33)}, issue {rng.randint(1, 6)}.\n"
    )


def eponym_disease(rng: random.Random, d: Doc) -> None:
    dz = rng.choice(
        [
            "Parkinson's disease",
            "Alzheimer's disease",
            "Down syndrome",
            "Crohn's disease",
            "Hodgkin lymphoma",
            "Huntington's disease",
            "Tourette syndrome",
            "Graves' disease",
            "Asperger syndrome (historical term)",
        ]
    )
    d.add(
        f"Patient information leaflet: about {dz}\n\n{dz} is named after the clinician who first described it. "
        f"This leaflet explains common symptoms, how it is diagnosed and where to find support. It is general "
        f"information "
        f"and not advice about any individual. Clinics at the "
        f"{rng.choice(['Wellcome Wing', 'Florence Nightingale Building', 'Jenner Centre'])} "
        f"run on {rng.choice(['Tuesdays', 'Thursdays'])}. Leaflet code {letters(rng, 3)}-{digits(rng, 4)}, "
        f"reviewed 2024.\n"
    )
    d.add(" ".join(rng.sample(EXTRA_HEALTH, rng.randint(1, 3))) + "\n")


def eponym_law(rng: random.Random, d: Doc) -> None:
    law = rng.choice(
        [
            ("Megan's Law", "US"),
            ("Clare's Law (Domestic Violence Disclosure Scheme)", "UK"),
            ("Sarah's Law (Child Sex Offender Disclosure Scheme)", "UK"),
            ("Jessica's Law", "US"),
            ("Martyn's Law (Terrorism (Protection of Premises) Act)", "UK"),
            ("Amber Alert system", "US"),
        ]
    )
    d.add(
        f"Explainer: {law[0]}\n\nThis scheme in the {law[1]} is named after a person whose case led to the change. "
        "It allows members of the public to ask the police whether someone has a record relevant to the safety of "
        "a child "
        "or partner. Requests are answered within 45 days. Forms use placeholders such as [APPLICANT NAME] and "
        "[DATE OF BIRTH – DD/MM/YYYY].\nSee also: Children Act 1989 s.47; Sexual Offences Act 2003.\n"
    )
    d.add(" ".join(rng.sample(EXTRA_LAW, rng.randint(1, 3))) + "\n")


def product_ages(rng: random.Random, d: Doc) -> None:
    d.add(rng.choice(["Whisky list", "Toy catalogue — age grades", "Wine & spirits"]) + "\n\n")
    for _ in range(rng.randint(5, 9)):
        d.add(
            rng.choice(
                [
                    f"{rng.choice(['Glen Moray', 'Talisker', 'Lagavulin', 'Johnnie Walker Black'])} "
                    f"{rng.choice([10, 12, 16, 18])} Years Old, 70cl, {rng.randint(40, 46)}% vol\n",
                    f"Building blocks set {rng.randint(100, 900)} pcs — ages {rng.randint(3, 8)}+\n",
                    f"Puzzle {rng.randint(24, 1000)} pieces — not suitable for children under 36 months\n",
                    f"Rioja Gran Reserva {rng.randint(2012, 2018)}, aged {rng.randint(5, 7)} years in oak\n",
                ]
            )
        )


def calibration(rng: random.Random, d: Doc) -> None:
    d.add(
        f"CALIBRATION CERTIFICATE No. {letters(rng, 2)}{digits(rng, 6)}\nInstrument: "
        f"{rng.choice(['Digital multimeter', 'Pipette 100–1000 µl', 'Torque wrench', 'Thermometer probe'])}\n"
    )
    d.add(
        f"Manufacturer: {rng.choice(['Fluke', 'Eppendorf', 'Norbar', 'Testo'])}   Model "
        f"{letters(rng, 1)}{rng.randint(100, 999)}   Serial {letters(rng, 2)}{digits(rng, 7)}\n"
    )
    d.add(
        f"Asset tag: LAB-{digits(rng, 5)}   Location: {rng.choice(EPONYM_ROOMS)}\n\nNominal    Measured   Tolerance\n"
    )
    for _ in range(rng.randint(3, 6)):
        n = rng.randint(1, 500)
        d.add(f"{n:>7}    {n + rng.uniform(-0.5, 0.5):>8.3f}   ±{rng.uniform(0.1, 1):.2f}\n")
    d.add("Result: PASS. Traceable to national standards (UKAS 0123).\n")


def grants(rng: random.Random, d: Doc) -> None:
    d.add(f"Funding round {rng.randint(2023, 2025)}/{rng.randint(1, 4)} — awards announced\n\n")
    for _ in range(rng.randint(3, 6)):
        d.add(
            f"{rng.choice(['EP/X0', 'ES/Y0', 'MR/W0'])}{digits(rng, 5)}/1  "
            f"{rng.choice(_OPTS5)} — "
            f"{rng.choice(_OPTS6)} — £{rng.randint(200, 2000)}k\n"
        )
    d.add("\nNames of principal investigators are published on the funder's portal after contracts are signed.\n")


def parking(rng: random.Random, d: Doc) -> None:
    town = _towns(rng, 1)[0]
    d.add(f"{town} City Council — parking tariffs\n\nZone  Code     Up to 1h  Up to 3h  All day\n")
    for z in "ABCDE"[: rng.randint(3, 5)]:
        d.add(
            f"{z}     {rng.randint(1000, 9999)}     {rng.uniform(0.5, 3):.2f}      {rng.uniform(3, 8):.2f}      "
            f"{rng.uniform(8, 20):.2f}\n"
        )
    d.add("Pay by app using the location code shown on the sign. Blue Badge holders park free for 3 hours.\n")


def trials(rng: random.Random, d: Doc) -> None:
    d.add("Clinical trial registry — search results\n\n")
    for _ in range(rng.randint(3, 6)):
        d.add(
            f"NCT0{digits(rng, 7)}  Phase {rng.choice(['1', '2', '3', '2/3'])}  "
            f"{rng.choice(['Recruiting', 'Completed', 'Active, not recruiting'])}\n"
            f"  {rng.choice(_OPTS7)} — "
            f"sponsor {rng.choice(FIRMS)}; sites: {', '.join(_towns(rng, 2))}\n"
        )


KINDS: list[Callable[[random.Random, Doc], None]] = [
    pick_list,
    sds,
    chess,
    patent,
    amenities,
    currency,
    rooms,
    vaccines,
    macros,
    containers,
    recall,
    bank_notice,
    fleet,
    fixtures,
    timetable,
    weather,
    release_notes,
    invoice,
    tracking,
    catalogue,
    eponym_disease,
    eponym_law,
    product_ages,
    calibration,
    grants,
    parking,
    trials,
]


def generate(rng: random.Random, index: int) -> Doc:
    d = Doc()
    KINDS[index % len(KINDS)](rng, d)
    if len(d) < 200:
        d.add(
            "\n"
            + rng.choice(
                [
                    "Page 1 of 1. Printed from the internal system.",
                    "This document contains no personal data.",
                    "Figures are provisional and subject to audit.",
                    "Generated automatically — do not reply.",
                ]
            )
            + "\n"
        )
    return d
