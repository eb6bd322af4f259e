"""PII-free look-alike documents (register "negative")."""

from kit import hexs
from values import rdigits, rletters

MATERIALS = [
    "copper alloy",
    "earthenware",
    "oak and iron",
    "woven wool",
    "glass",
    "bone",
    "silver gilt",
    "stoneware",
    "carved limestone",
    "lacquered wood",
    "bronze",
    "porcelain",
    "tin-glazed earthenware",
    "linen",
]
OBJECTS = [
    "mirror",
    "storage jar",
    "ceremonial axe",
    "tapestry fragment",
    "drinking horn",
    "reliquary box",
    "hand loom",
    "brooch",
    "oil lamp",
    "weighing scale",
    "chess piece",
    "roof tile",
    "astrolabe",
    "money box",
    "spindle whorl",
]
PERIODS = [
    "Late Bronze Age",
    "early medieval",
    "Iron Age",
    "Roman period",
    "18th century",
    "19th century",
    "Neolithic",
    "Ming dynasty style",
    "Ottoman period",
    "Edo period",
    "Viking Age",
    "Art Nouveau era",
]
CONSTELLATIONS = [
    "Gemini",
    "Lyra",
    "Cygnus",
    "Draco",
    "Aquarius",
    "Sagittarius",
    "Ursa Major",
    "Cassiopeia",
    "Perseus",
    "Scorpius",
    "Centaurus",
    "Pegasus",
    "Taurus",
    "Carina",
    "Hydra",
    "Eridanus",
]
OBJ_TYPES = [
    "planetary nebula",
    "open cluster",
    "globular cluster",
    "spiral galaxy",
    "elliptical galaxy",
    "emission nebula",
    "double star",
    "supernova remnant",
    "dark nebula",
    "variable star",
]
TEAMS = [
    "Harbour Rovers",
    "Northfield Athletic",
    "Red Lion Wanderers",
    "Quarry Lane United",
    "Saltmarsh Town",
    "Blue Heron FC",
    "Ironworks Albion",
    "Seaview Rangers",
    "Copper Valley",
    "Windmill Hill",
    "Old Forge Athletic",
    "Riverside Olympic",
    "Lighthouse Celtic",
    "Kingfisher City",
    "Granite Bay SC",
    "Stonebridge Swifts",
]
GROUNDS = [
    "the Foundry Ground",
    "Kestrel Park",
    "the Mill Meadow",
    "Anchor Stadium",
    "the Brickfield",
    "Heron Lane",
    "the Orchard Ground",
    "Lantern Arena",
]
STATIONS = [
    "Ashcombe Junction",
    "Millbrook Parkway",
    "Eastwick Halt",
    "Riverside Central",
    "Oakhurst",
    "Saltmarsh Quay",
    "Fernley Bridge",
    "Upper Thornhollow",
    "Coldwater Road",
    "Airport Terminal 2",
    "Harbourside",
    "Stonegate",
    "Marsh Lane",
    "Hilltop Sidings",
    "Brackenfield",
    "Westgate Interchange",
]
CHEMICALS = [
    ("ethanol", "64-17-5"),
    ("acetone", "67-64-1"),
    ("sodium chloride", "7647-14-5"),
    ("methanol", "67-56-1"),
    ("hydrochloric acid 37%", "7647-01-0"),
    ("glycerol", "56-81-5"),
    ("sodium hydroxide", "1310-73-2"),
    ("toluene", "108-88-3"),
    ("acetic acid, glacial", "64-19-7"),
    ("ethyl acetate", "141-78-6"),
    ("potassium permanganate", "7722-64-7"),
    ("agarose", "9012-36-6"),
    ("Tris base", "77-86-1"),
    ("EDTA disodium", "6381-92-6"),
    ("hexane", "110-54-3"),
    ("isopropanol", "67-63-0"),
]
DISEASES = [
    "measles",
    "pertussis",
    "norovirus",
    "influenza A(H3N2)",
    "RSV",
    "scarlet fever",
    "tuberculosis",
    "hepatitis A",
    "mumps",
    "Legionnaires' disease",
    "chickenpox",
    "invasive group A streptococcal infection",
    "dengue",
    "cholera",
    "salmonellosis",
    "Lyme disease",
]
REGIONS = [
    "the northern uplands",
    "the coastal lowlands",
    "the eastern plains",
    "the western isles",
    "the central valley",
    "the southern peninsula",
    "the river delta",
    "the high plateau",
    "inland districts",
    "the northeast coast",
]
TICKERS = [
    "ACMX",
    "BRKL",
    "CNVR",
    "DLTA",
    "EQNX",
    "FRNT",
    "GLDR",
    "HLXN",
    "IRNW",
    "JNTR",
    "KSTL",
    "LMNA",
    "MRDN",
    "NVTA",
    "ORBT",
    "PLSM",
]
PACKAGES = [
    "yaml-lite",
    "fastjson",
    "tiny-http",
    "colorprint",
    "retry-helper",
    "ziparchive",
    "units-core",
    "tzbundle",
    "numcrunch",
    "imgresize",
    "csvkit-mini",
    "pathglob",
    "tomlparse",
    "websock",
    "cache-tools",
    "argspec",
    "leftpad-ng",
    "hashcheck",
]
PRODUCTS = [
    "cordless drill",
    "espresso machine",
    "smart thermostat",
    "wireless router",
    "baby monitor",
    "dishwasher",
    "electric bicycle",
    "robot vacuum",
    "label printer",
    "security camera",
]


def _ref(rng):
    return rdigits(rng, 4) + "." + str(rng.randint(1, 400)) + "." + str(rng.randint(1, 30))


def museum(rng):
    lines = ["Collection catalogue - selected entries", ""]
    for _ in range(rng.randint(3, 5)):
        lines += [
            f"Accession no. {_ref(rng)}",
            f"Object: {rng.choice(OBJECTS)}",
            f"Period: {rng.choice(PERIODS)}",
            f"Material: {rng.choice(MATERIALS)}",
            f"Dimensions: {rng.randint(3, 90)}.{rng.randint(0, 9)} x {rng.randint(3, 60)}.{rng.randint(0, 9)} cm",
            f"Maker: {rng.choice(['unknown workshop', 'unrecorded', 'regional guild workshop', 'anonymous'])}",
            f"Acquired: {rng.randint(1890, 2019)}, {rng.choice(['field survey transfer', 'purchase', 'bequest (anonymous)', 'excavation archive'])}",
            f"Location: Gallery {rng.randint(1, 12)}, case {rng.randint(1, 40)}",
            "",
        ]
    return "\n".join(lines)


def astronomy(rng):
    lines = ["ID | RA (J2000) | Dec (J2000) | mag | type | constellation"]
    for _ in range(rng.randint(5, 9)):
        lines.append(
            f"{rng.choice(['NGC', 'IC', 'HD', 'HIP'])} {rng.randint(100, 99999)} | {rng.randint(0, 23):02d}h {rng.randint(0, 59):02d}m {rng.randint(0, 59):02d}.{rng.randint(0, 9)}s | "
            f"{rng.choice('+-')}{rng.randint(0, 89):02d}° {rng.randint(0, 59):02d}′ {rng.randint(0, 59):02d}″ | {rng.randint(4, 14)}.{rng.randint(0, 9)} | "
            f"{rng.choice(OBJ_TYPES)} | {rng.choice(CONSTELLATIONS)}"
        )
    lines.append(f"Epoch J2000.0; proper motions from survey release {rng.randint(2, 4)}.")
    return "\n".join(lines)


def licence(rng):
    year = rng.randint(2009, 2024)
    kind = rng.randint(0, 2)
    head = f"Copyright (c) {year}-{year + rng.randint(1, 5)} The {rng.choice(['Project', 'Toolkit', 'Library'])} Contributors"
    if kind == 0:
        body = (
            "Permission is granted, free of charge, to anyone obtaining a copy of this software and its documentation, "
            "to use, copy, modify, merge, publish and distribute it, provided that the above copyright line and this "
            'permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.'
        )
    elif kind == 1:
        body = (
            "Redistribution and use in source and binary forms, with or without modification, are permitted provided "
            "that the following conditions are met: (1) redistributions of source code must retain the above notice; "
            "(2) redistributions in binary form must reproduce the notice in the documentation; (3) the names of the "
            "contributors may not be used to endorse derived products without prior written permission."
        )
    else:
        body = (
            f'Licensed under the terms of licence version {rng.randint(1, 3)}.{rng.randint(0, 2)} (the "Licence"). You may not use '
            "this file except in compliance with the Licence. Unless required by applicable law or agreed to in writing, "
            'software distributed under the Licence is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS.'
        )
    return (
        head + "\n\n" + body + f"\n\nSPDX-style identifier: LicenceRef-{rletters(rng, 4).lower()}-{rng.randint(1, 9)}.0"
    )


def api_docs(rng):
    res = rng.choice(["accounts", "devices", "sessions", "reports", "tickets", "uploads"])
    return "\n".join(
        [
            f"GET /v{rng.randint(1, 4)}/{res}/{{{res[:-1]}_id}}",
            f"Returns a single {res[:-1]} object.",
            "",
            "Path parameters",
            f"  {res[:-1]}_id   string, required. Opaque identifier, e.g. <{res[:-1].upper()}_ID>.",
            "Query parameters",
            f"  fields       comma-separated list, optional (default: all). Max {rng.randint(10, 50)} fields.",
            "",
            "Example response (placeholders shown in angle brackets)",
            "  {",
            f'    "id": "<{res[:-1].upper()}_ID>",',
            '    "display_name": "<DISPLAY_NAME>",',
            '    "contact": "<REDACTED>",',
            '    "mac": "XX:XX:XX:XX:XX:XX",',
            '    "ip": "<IP_ADDRESS>",',
            f'    "created_at": "{rng.randint(2020, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T00:00:00Z"',
            "  }",
            f"Rate limit: {rng.choice([60, 120, 600])} requests per minute. Errors: 401, 403, 404, 429.",
        ]
    )


def sports(rng):
    h, a = rng.sample(TEAMS, 2)
    hs, as_ = rng.randint(0, 4), rng.randint(0, 4)
    mins = sorted(rng.sample(range(3, 90), hs + as_))
    lines = [f"{h} {hs}-{as_} {a}", f"Venue: {rng.choice(GROUNDS)}. Attendance: {rng.randint(1200, 38000):,}.", ""]
    lines.append(
        f"{h} {rng.choice(['started brightly', 'were slow to settle', 'dominated possession'])} and the visitors "
        f"{rng.choice(['defended deep', 'pressed high', 'struggled with the wind'])}."
    )
    for m in mins:
        lines.append(
            f"{m}' - goal for {rng.choice([h, a])} from a {rng.choice(['corner', 'free kick', 'penalty', 'counter-attack', 'header'])}."
        )
    lines.append(
        f"Yellow cards: {rng.randint(0, 5)}. Corners: {rng.randint(1, 12)}-{rng.randint(1, 12)}. Shots on target: {rng.randint(1, 10)}-{rng.randint(1, 10)}."
    )
    lines.append(f"Next fixture: away to {rng.choice(TEAMS)} on matchday {rng.randint(2, 38)}.")
    return "\n".join(lines)


def lab(rng):
    lines = ["Chemical inventory - store room B", "Item | CAS no. | Qty | Location | Lot | Expiry | Hazard"]
    for chem, cas in rng.sample(CHEMICALS, rng.randint(4, 8)):
        lines.append(
            f"{chem} | {cas} | {rng.choice(['500 mL', '1 L', '2.5 L', '250 g', '1 kg', '100 g'])} | shelf {rletters(rng, 1)}{rng.randint(1, 9)} | "
            f"LOT{rdigits(rng, 6)} | {rng.randint(2025, 2029)}-{rng.randint(1, 12):02d} | H{rng.choice([225, 290, 301, 314, 319, 336, 373])}"
        )
    lines.append(f"Checked against safety data sheets, revision {rng.randint(1, 9)}.")
    return "\n".join(lines)


def statutes(rng):
    cites = [
        "section 47(1)(b) of the Children Act 1989",
        "Article 8 of the European Convention on Human Rights",
        "§ 184b Strafgesetzbuch",
        "Regulation (EU) 2016/679, Article 9(2)(a)",
        "18 U.S.C. § 2258A",
        "Article 34 of the UN Convention on the Rights of the Child",
        "section 1 of the Protection of Children Act 1978",
        "Directive 2011/93/EU, Article 25",
        "Part 4, section 62 of the Coroners and Justice Act 2009",
        "Article 227-23 of the Code pénal",
        "Criminal Code, section 163.1",
        "Online Safety Act 2023, section 66",
    ]
    picks = rng.sample(cites, rng.randint(3, 5))
    lines = ["Table of statutory references"] + [
        f"{i + 1}. {c} - {rng.choice(['definitions', 'reporting duty', 'offence', 'exceptions', 'penalties', 'retention'])}"
        for i, c in enumerate(picks)
    ]
    lines.append(
        f"Consolidated text as amended to {rng.randint(1, 28)} {rng.choice(['January', 'April', 'July', 'October'])} {rng.randint(2019, 2025)}."
    )
    return "\n".join(lines)


def tides(rng):
    lines = [
        f"Tide predictions - {rng.choice(['Outer Harbour', 'North Pier', 'Estuary Mouth', 'Lighthouse Point', 'Ferry Slip'])} (times local, heights in metres)"
    ]
    day = rng.randint(1, 20)
    for i in range(rng.randint(4, 7)):
        lines.append(
            f"Day {day + i}: HW {rng.randint(0, 4):02d}:{rng.randint(0, 59):02d} {rng.randint(3, 6)}.{rng.randint(0, 9)}  "
            f"LW {rng.randint(6, 10):02d}:{rng.randint(0, 59):02d} {rng.randint(0, 1)}.{rng.randint(0, 9)}  "
            f"HW {rng.randint(12, 16):02d}:{rng.randint(0, 59):02d} {rng.randint(3, 6)}.{rng.randint(0, 9)}  "
            f"LW {rng.randint(18, 23):02d}:{rng.randint(0, 59):02d} {rng.randint(0, 1)}.{rng.randint(0, 9)}"
        )
    lines.append("Predictions do not account for surge; add 0.3 m in strong onshore winds.")
    return "\n".join(lines)


def timetable(rng):
    stops = rng.sample(STATIONS, rng.randint(5, 8))
    first = rng.randint(5, 8)
    svc = [f"{first + k:02d}:{m}" for k, m in zip(range(4), rng.sample(["05", "20", "35", "50"], 4))]
    lines = [f"Service {rng.randint(100, 999)} - weekdays", "Station | " + " | ".join(f"dep {s}" for s in svc)]
    for j, st in enumerate(stops):
        times = []
        for s in svc:
            hh, mm = int(s[:2]), int(s[3:]) + j * rng.randint(6, 9)
            times.append(f"{hh + mm // 60:02d}:{mm % 60:02d}")
        lines.append(f"{st} | " + " | ".join(times))
    lines.append(f"Platform changes shown on departure boards. Bicycles: {rng.randint(2, 6)} spaces per train.")
    return "\n".join(lines)


def manual(rng):
    prod = rng.choice(PRODUCTS)
    return "\n".join(
        [
            f"{prod.title()} - User manual, section {rng.randint(2, 9)}: identifying your unit",
            f"The serial number is printed on the rating plate under the {rng.choice(['base', 'battery cover', 'rear panel', 'lid'])}.",
            "Format: AA-NNNN-YYWW-CC, where AA is the factory code, NNNN the production line counter,",
            "YY the last two digits of the year and WW the calendar week. CC is a two-letter check code.",
            "Example (not a real unit): XX-0000-YYWW-ZZ.",
            f"Models sold after {rng.randint(2019, 2024)} also carry a QR code linking to the support page for that model.",
            "Radio modules list a 15-digit equipment identity on the carton; it is shown here as ###############.",
            f"Rated input: {rng.choice(['220-240 V', '100-240 V', '12 V DC'])}, {rng.randint(5, 2400)} W. Warranty: {rng.randint(1, 5)} years.",
        ]
    )


def holidays(rng):
    hol = [
        ("1 January", "New Year's Day"),
        ("Friday before Easter", "Good Friday"),
        ("Monday after Easter", "Easter Monday"),
        ("1 May", "Labour Day"),
        ("Late June", "Midsummer Eve"),
        ("variable", "Ascension Day"),
        ("25 December", "Christmas Day"),
        ("26 December", "Second day of Christmas"),
        ("second Monday of October", "Thanksgiving Day"),
        ("4 July", "Independence Day"),
        ("first Monday of August", "Summer Bank Holiday"),
        ("11 November", "Armistice Day"),
    ]
    picks = sorted(rng.sample(range(len(hol)), rng.randint(5, 8)))
    year = rng.randint(2025, 2027)
    lines = [f"Public holiday calendar {year} - office closure days"]
    lines += [f"{hol[i][0]}: {hol[i][1]}" for i in picks]
    lines.append(f"The helpline remains open on all listed days; rota published {rng.randint(4, 8)} weeks in advance.")
    return "\n".join(lines)


def weather(rng):
    regs = rng.sample(REGIONS, 3)
    return "\n".join(
        [
            f"Forecast issued {rng.randint(5, 11):02d}:00 for the next {rng.choice(['24', '36', '48'])} hours",
            f"{regs[0].capitalize()}: {rng.choice(['heavy rain', 'scattered showers', 'dry and bright', 'fog patches', 'snow above 400 m'])}, "
            f"highs {rng.randint(-3, 28)} °C, wind {rng.choice(['NW', 'SW', 'E', 'N'])} {rng.randint(5, 60)} km/h.",
            f"{regs[1].capitalize()}: {rng.choice(['gales later', 'sunny spells', 'thunderstorms possible', 'light drizzle'])}, lows {rng.randint(-8, 15)} °C.",
            f"{regs[2].capitalize()}: {rng.choice(['clear skies', 'hail in places', 'mostly cloudy', 'frost overnight'])}.",
            f"Warning level: {rng.choice(['none', 'yellow', 'amber'])}. Pollen count {rng.choice(['low', 'moderate', 'high'])}. UV index {rng.randint(0, 9)}.",
        ]
    )


def minutes(rng):
    return "\n".join(
        [
            f"Minutes of the board meeting, quarter {rng.randint(1, 4)}",
            "Present: Chair, Vice-Chair, Treasurer, Company Secretary, three trustees. Apologies: one trustee.",
            "1. Minutes of the previous meeting were approved without amendment.",
            f"2. The Treasurer reported income {rng.randint(2, 30)}% {rng.choice(['above', 'below'])} budget; reserves cover {rng.randint(3, 11)} months of costs.",
            f"3. The Chair presented the safeguarding annual review; {rng.randint(2, 9)} recommendations accepted.",
            f"4. Risk register: {rng.randint(1, 5)} risks re-scored; cyber insurance renewal approved.",
            f"5. Any other business: none. Next meeting in {rng.choice(['March', 'June', 'September', 'December'])}.",
            "Action owners are recorded by role only in line with the board's privacy policy.",
        ]
    )


def stocks(rng):
    lines = ["Ticker | Last | Change | Volume | 52w range"]
    for t in rng.sample(TICKERS, rng.randint(5, 8)):
        last = rng.uniform(4, 480)
        lines.append(
            f"{t} | {last:.2f} | {rng.choice('+-')}{rng.uniform(0, 6):.2f}% | {rng.randint(10, 9000)}K | low {last * 0.7:.2f} / high {last * 1.3:.2f}"
        )
    lines.append(
        f"Index closed {rng.choice(['up', 'down'])} {rng.uniform(0, 2):.2f}% on turnover of {rng.randint(2, 9)}.{rng.randint(0, 9)}bn."
    )
    return "\n".join(lines)


def hashes(rng):
    ver = f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    lines = [f"SHA256SUMS for release {ver}"]
    for suffix in [
        "linux-x86_64.tar.gz",
        "linux-arm64.tar.gz",
        "macos-universal.zip",
        "windows-x64.zip",
        "source.tar.xz",
    ]:
        lines.append(f"{hexs(rng, 64)}  tool-{ver}-{suffix}")
    return "\n".join(lines)


def manifest(rng):
    lines = ["# lockfile - generated, do not edit", f"lock-version = {rng.randint(1, 3)}"]
    for pkg in rng.sample(PACKAGES, rng.randint(5, 9)):
        ver = f"{rng.randint(0, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}"
        if rng.random() < 0.3:
            ver += f".{rng.randint(0, 9)}"
        lines.append(f'{pkg} = "{ver}"  # sha256:{hexs(rng, 16)}')
    return "\n".join(lines)


def junctions(rng):
    lines = [f"Motorway M{rng.randint(1, 99)} - junction list (northbound)"]
    j = rng.randint(1, 10)
    for _ in range(rng.randint(5, 8)):
        j += rng.randint(1, 3)
        dest = rng.choice(
            [
                "Airport",
                "City Centre",
                "Ring Road",
                "Industrial Estate",
                "Harbour",
                "Retail Park",
                "Hospital",
                "Services",
                "Freight Terminal",
                "University",
                "Park and Ride",
            ]
        )
        lines.append(f"J{j}: A{rng.randint(10, 999)} - {dest} - {rng.randint(1, 14)} mi")
    lines.append(f"Roadworks between J{j - 2} and J{j}: 50 mph limit until further notice.")
    return "\n".join(lines)


def health(rng):
    ds = rng.sample(DISEASES, 3)
    return "\n".join(
        [
            f"Public health bulletin - week {rng.randint(1, 52)}",
            f"{ds[0][0].upper() + ds[0][1:]}: {rng.randint(3, 240)} confirmed cases ({rng.choice(['up', 'down'])} {rng.randint(2, 60)}% on the previous week), "
            f"concentrated in {rng.choice(REGIONS)}.",
            f"{ds[1][0].upper() + ds[1][1:]}: rate {rng.uniform(0.1, 9):.1f} per 100,000; highest among children aged {rng.randint(1, 5)}-{rng.randint(6, 14)} years.",
            f"{ds[2][0].upper() + ds[2][1:]}: no outbreaks reported; vaccination uptake {rng.randint(70, 97)}% at {rng.choice(['12 months', '24 months', '5 years'])}.",
            "Clinicians are reminded to notify suspected cases within 24 hours.",
        ]
    )


def isbn13(rng):
    body = "978" + rdigits(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def bibliography(rng):
    orgs = [
        "World Health Organization",
        "Office for National Statistics",
        "European Commission",
        "UNICEF Innocenti",
        "National Audit Office",
        "Council of Europe",
        "International Labour Organization",
    ]
    lines = ["References"]
    for _ in range(rng.randint(3, 5)):
        lines.append(
            f"{rng.choice(orgs)} ({rng.randint(2008, 2025)}). {rng.choice(['Annual report', 'Statistical bulletin', 'Technical guidance', 'Evaluation framework'])} "
            f"on {rng.choice(['online safety', 'child helplines', 'data protection', 'service quality', 'digital inclusion'])}. ISBN {isbn13(rng)}."
        )
    return "\n".join(lines)


def nutrition(rng):
    dish = rng.choice(["lentil soup", "vegetable curry", "oat biscuits", "tomato pasta", "bean chilli", "rice pudding"])
    return "\n".join(
        [
            f"{dish.capitalize()} - serves {rng.randint(2, 8)}",
            f"Per serving: energy {rng.randint(120, 780)} kcal, fat {rng.randint(1, 30)} g, saturates {rng.randint(0, 12)} g,",
            f"carbohydrate {rng.randint(10, 90)} g, sugars {rng.randint(1, 40)} g, protein {rng.randint(2, 35)} g, salt {rng.uniform(0.1, 2.5):.1f} g.",
            f"Allergens: {rng.choice(['gluten', 'milk', 'none declared', 'celery', 'mustard'])}. Cook at {rng.choice([160, 180, 200, 220])} °C for {rng.randint(15, 70)} min.",
        ]
    )


def lift_cert(rng):
    return "\n".join(
        [
            f"Lift inspection certificate no. LI-{rdigits(rng, 6)}",
            f"Installation: passenger lift, {rng.choice([4, 6, 8, 13])} persons / {rng.choice([320, 450, 630, 1000])} kg, {rng.randint(2, 14)} landings",
            f"Controller model {rletters(rng, 2)}-{rng.randint(100, 999)}, firmware {rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
            f"Result: {rng.choice(['satisfactory', 'satisfactory with observations', 'defects to be remedied within 28 days'])}",
            f"Next thorough examination due within {rng.choice([6, 12])} months. Inspector grade {rng.randint(1, 3)}.",
        ]
    )


def shipping(rng):
    lines = ["Parcel tariff - domestic zones"]
    for zone in range(1, rng.randint(4, 7)):
        lines.append(
            f"Zone {zone}: up to 2 kg {rng.uniform(2, 6):.2f}, up to 10 kg {rng.uniform(6, 14):.2f}, up to 30 kg {rng.uniform(14, 40):.2f}; "
            f"delivery {rng.randint(1, 4)}-{rng.randint(4, 7)} working days"
        )
    lines.append(f"Fuel surcharge {rng.uniform(2, 9):.1f}% applies from week {rng.randint(1, 52)}.")
    return "\n".join(lines)


KINDS = [
    museum,
    astronomy,
    licence,
    api_docs,
    sports,
    lab,
    statutes,
    tides,
    timetable,
    manual,
    holidays,
    weather,
    minutes,
    stocks,
    hashes,
    manifest,
    junctions,
    health,
    bibliography,
    nutrition,
    lift_cert,
    shipping,
]


def build(rng, index):
    return KINDS[index % len(KINDS)](rng)
