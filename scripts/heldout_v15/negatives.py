"""25 kinds x 10 PII-free look-alike documents (register "negative")."""

import string

from stdnum import casrn, isin, iso6346

from core import Doc

PER_KIND = 10
DIG = "0123456789"


def _pick(rng, xs, n):
    xs = list(xs)
    rng.shuffle(xs)
    return xs[:n]


# ---------------------------------------------------------------- 1 storm names
STORM_LISTS = {
    "North Atlantic list (2024 set, reused 2030)": [
        "Alberto",
        "Beryl",
        "Chris",
        "Debby",
        "Ernesto",
        "Francine",
        "Gordon",
        "Helene",
        "Isaac",
        "Joyce",
        "Kirk",
        "Leslie",
        "Milton",
        "Nadine",
        "Oscar",
        "Patty",
        "Rafael",
        "Sara",
        "Tony",
        "Valerie",
        "William",
    ],
    "North Atlantic list (2025 set)": [
        "Andrea",
        "Barry",
        "Chantal",
        "Dexter",
        "Erin",
        "Fernand",
        "Gabrielle",
        "Humberto",
        "Imelda",
        "Jerry",
        "Karen",
        "Lorenzo",
        "Melissa",
        "Nestor",
        "Olga",
        "Pablo",
        "Rebekah",
        "Sebastien",
        "Tanya",
        "Van",
        "Wendy",
    ],
    "Eastern North Pacific list": [
        "Aletta",
        "Bud",
        "Carlotta",
        "Daniel",
        "Emilia",
        "Fabio",
        "Gilma",
        "Hector",
        "Ileana",
        "John",
        "Kristy",
        "Lane",
        "Miriam",
        "Norman",
        "Olivia",
        "Paul",
        "Rosa",
        "Sergio",
        "Tara",
        "Vicente",
        "Willa",
        "Xavier",
        "Yolanda",
        "Zeke",
    ],
    "UK/Ireland/Netherlands season list": [
        "Ashley",
        "Bert",
        "Conall",
        "Darragh",
        "Éowyn",
        "Floris",
        "Gerben",
        "Herminia",
        "Ivo",
        "Jurre",
        "Kayleigh",
        "Lilian",
        "Martinus",
        "Nelly",
        "Otje",
        "Peggy",
        "Rowan",
        "Sjaan",
        "Tomas",
        "Vince",
        "Wren",
    ],
    "Australian region list": [
        "Anika",
        "Billy",
        "Charlotte",
        "Dominic",
        "Ellie",
        "Freddy",
        "Gabrielle",
        "Herman",
        "Ilsa",
        "Jasper",
        "Kirrily",
        "Lincoln",
        "Megan",
        "Neville",
        "Olga",
        "Paul",
        "Robyn",
        "Sean",
        "Tasha",
        "Vince",
        "Zelia",
    ],
}


def neg_storm(rng, i):
    title = list(STORM_LISTS)[i % len(STORM_LISTS)]
    names = STORM_LISTS[title]
    out = [f"Tropical cyclone naming - {title}", ""]
    st = rng.choice(["cols", "lines", "retired"])
    if st == "cols":
        for j in range(0, len(names), 3):
            out.append("   ".join(f"{n:<12}" for n in names[j : j + 3]).rstrip())
    elif st == "lines":
        for j, n in enumerate(names, 1):
            out.append(
                f"{j:>2}. {n} ({'pronounced ' + n.lower().replace('e', 'eh', 1) if rng.random() < 0.3 else 'no change'})"
            )
    else:
        out.append(", ".join(names))
    out.append("")
    out.append(
        rng.choice(
            [
                "Names are used in alphabetical order; Q, U, X, Y and Z are skipped in some basins.",
                "If a season exhausts the list, a supplemental list is used.",
                "A name is retired by the regional committee when a storm is especially destructive.",
                "Lists rotate; the same names return after six seasons unless retired.",
            ]
        )
    )
    return "\n".join(out)


# ---------------------------------------------------------------- 2 racehorse cards
HORSE_A = [
    "Midnight",
    "Copper",
    "Silver",
    "Lady",
    "Sir",
    "Captain",
    "Golden",
    "Brave",
    "Northern",
    "Queen's",
    "Duke of",
    "Highland",
    "Velvet",
    "Thunder",
    "Princess",
    "King's",
]
HORSE_B = [
    "Cartographer",
    "Harbour",
    "Lantern",
    "Amberley",
    "Percival",
    "Ransom",
    "Meadow",
    "Orchard",
    "Rebellion",
    "Compass",
    "Marmalade",
    "Arabella",
    "Wellington",
    "Galloway",
    "Beaumont",
    "Tempest",
    "Rosalind",
    "Falstaff",
]


def neg_horses(rng, i):
    out = [
        f"RACE {rng.randint(1, 8)} - {rng.randint(13, 20)}:{rng.choice(['05', '15', '40', '50'])}  "
        f"{rng.choice(['Maiden Stakes', 'Handicap (Class 4)', 'Novice Hurdle', 'Listed Stakes', 'Nursery'])}  "
        f"{rng.choice(['5f', '6f', '1m', '1m2f', '2m4f'])}  {rng.randint(6, 14)} runners",
        "",
    ]
    for n in range(1, rng.randint(6, 10)):
        nm = f"{rng.choice(HORSE_A)} {rng.choice(HORSE_B)}"
        out.append(
            f"{n:>2}  {nm:<24} ({rng.choice(['IRE', 'GB', 'FR', 'USA'])})  {rng.randint(2, 9)}yo  "
            f"{rng.randint(8, 11)}-{rng.randint(0, 13)}  form {''.join(rng.choice('1234567890-PFU') for _ in range(5))}  "
            f"draw {rng.randint(1, 14)}  {rng.randint(2, 40)}/{rng.choice([1, 2, 4])}"
        )
    out.append("")
    out.append(
        rng.choice(
            [
                "Going: good to soft. Non-runners: none declared.",
                "Weights raised 2lb for course winners.",
                "Age allowance applies to 3yo runners over jumps.",
                "Stalls: centre. Rail moved out 3 yards.",
            ]
        )
    )
    return "\n".join(out)


# ---------------------------------------------------------------- 3 font specimens
FONTS = [
    ("Garamond", "Old-style serif"),
    ("Baskerville", "Transitional serif"),
    ("Bodoni", "Didone"),
    ("Didot", "Didone"),
    ("Caslon", "Old-style serif"),
    ("Frutiger", "Humanist sans"),
    ("Gill Sans", "Humanist sans"),
    ("Johnston", "Humanist sans"),
    ("Goudy Old Style", "Old-style serif"),
    ("Palatino", "Old-style serif"),
    ("Bembo", "Old-style serif"),
    ("Plantin", "Old-style serif"),
    ("Fournier", "Transitional"),
    ("Jenson", "Venetian"),
    ("Clarendon", "Slab serif"),
    ("Zapf Chancery", "Script"),
    ("Morris Troy", "Blackletter revival"),
    ("Eckmann", "Art nouveau display"),
]
PANGRAMS = [
    "The quick brown fox jumps over the lazy dog.",
    "Sphinx of black quartz, judge my vow.",
    "Pack my box with five dozen liquor jugs.",
    "Waltz, bad nymph, for quick jigs vex.",
    "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich.",
    "Portez ce vieux whisky au juge blond qui fume.",
]


def neg_fonts(rng, i):
    out = [rng.choice(["TYPE SPECIMEN SHEET", "Font catalogue - serif & sans", "Specimen: body and display sizes"]), ""]
    for nm, cls in _pick(rng, FONTS, rng.randint(4, 7)):
        sizes = "/".join(str(s) for s in sorted(_pick(rng, [8, 9, 10, 11, 12, 14, 18, 24, 36, 48, 72], 4)))
        out.append(f"{nm} {rng.choice(['Regular', 'Italic', 'Bold', 'Semibold', 'Book'])} - {cls} - {sizes} pt")
        out.append("    " + rng.choice(PANGRAMS))
        out.append(
            f"    x-height {rng.randint(38, 52)}%, {rng.choice(['ligatures fi fl ff', 'old-style figures 1234567890', 'small caps ABCDEFG'])}"
        )
    return "\n".join(out)


# ---------------------------------------------------------------- 4 named infrastructure
INFRA = [
    ("George Washington Bridge", "suspension bridge", 1931, "1,067 m main span"),
    ("Lincoln Tunnel", "road tunnel", 1937, "2.4 km"),
    ("Hoover Dam", "arch-gravity dam", 1936, "221 m high"),
    ("Queen Elizabeth II Bridge", "cable-stayed bridge", 1991, "450 m main span"),
    ("Pont Jacques-Cartier", "cantilever bridge", 1930, "2.7 km"),
    ("Ponte Vasco da Gama", "cable-stayed bridge", 1998, "12.3 km"),
    ("Charles Bridge", "stone arch bridge", 1402, "516 m"),
    ("Pont Alexandre III", "steel arch bridge", 1900, "160 m"),
    ("Atatürk Dam", "rock-fill dam", 1992, "169 m high"),
    ("Nelson Mandela Bridge", "cable-stayed bridge", 2003, "284 m"),
    ("Sydney Harbour Bridge", "steel arch bridge", 1932, "503 m span"),
    ("Kapellbrücke", "covered wooden bridge", 1365, "204 m"),
    ("Story Bridge", "cantilever bridge", 1940, "777 m"),
    ("Jawaharlal Nehru Port", "container port", 1989, "4 berths+"),
    ("Jomo Kenyatta International Airport", "airport", 1958, "4,117 m runway"),
    ("Indira Gandhi International Airport", "airport", 1962, "4,430 m runway"),
    ("Chhatrapati Shivaji Maharaj Terminus", "railway terminus", 1888, "18 platforms"),
    ("Rainha Santa Isabel Bridge", "concrete arch bridge", 2018, "Coimbra bypass"),
    ("Humber Bridge", "suspension bridge", 1981, "1,410 m main span"),
    ("Ponte Rio-Niterói", "box girder bridge", 1974, "13.3 km"),
]


def neg_infra(rng, i):
    out = [
        rng.choice(
            [
                "Infrastructure fact sheet",
                "Engineering heritage list",
                "Bridges, tunnels and terminals - reference table",
            ]
        ),
        "",
    ]
    for nm, kind, yr, size in _pick(rng, INFRA, rng.randint(5, 8)):
        age = 2025 - yr
        out.append(
            rng.choice(
                [
                    f"{nm}: {kind}, opened {yr} ({age} years in service), {size}.",
                    f"- {nm} | {kind} | {yr} | {size} | inspection cycle {rng.choice([2, 3, 6])} yrs",
                    f"{nm} ({yr}) - a {age}-year-old {kind}; {size}.",
                ]
            )
        )
    out.append("")
    out.append("Names honour historical figures; no living persons are referenced in this table.")
    return "\n".join(out)


# ---------------------------------------------------------------- 5 age statements
SPIRITS = [
    "single malt",
    "blended malt",
    "rye",
    "tawny port",
    "aged rum",
    "Calvados",
    "XO cognac",
    "Armagnac",
    "Parmigiano",
    "aged Gouda",
    "balsamic vinegar",
    "Madeira",
    "sherry (oloroso)",
    "Comté",
]


def neg_spirits(rng, i):
    out = [
        rng.choice(
            ["Tasting flight - age statements", "Cellar list", "Shop shelf cards", "Auction lots: aged bottles"]
        ),
        "",
    ]
    for _ in range(rng.randint(5, 8)):
        sp = rng.choice(SPIRITS)
        age = rng.choice([3, 5, 8, 10, 12, 15, 18, 21, 24, 25, 30, 40])
        out.append(
            rng.choice(
                [
                    f"{age}-year-old {sp}, cask no. {rng.randint(100, 9999)}, {rng.randint(40, 58)}.{rng.randint(0, 9)}% ABV",
                    f"{sp.title()} aged {age} years - vintage {2025 - age}, bottled {rng.randint(2019, 2024)}",
                    f"{sp} | {age} yrs | batch {rng.randint(1, 60)} | {rng.randint(500, 9000)} bottles",
                    f"A {age} year old {sp} with notes of {rng.choice(['toffee', 'smoke', 'dried fig', 'orange peel', 'walnut'])}.",
                ]
            )
        )
    out.append("")
    out.append(
        rng.choice(
            [
                "The age stated is the youngest component in the bottle.",
                "Ages refer to time in wood, not bottle age.",
                "Cheese ages are counted from the date of production.",
            ]
        )
    )
    return "\n".join(out)


# ---------------------------------------------------------------- 6 heritage trees
TREES = [
    "English oak",
    "sweet chestnut",
    "yew",
    "beech",
    "cedar of Lebanon",
    "baobab",
    "olive",
    "giant sequoia",
    "ginkgo",
    "London plane",
    "sessile oak",
    "small-leaved lime",
    "holm oak",
    "kauri",
    "Moreton Bay fig",
]
TREE_NAMES = [
    "The King's Oak",
    "Old Man of the Glen",
    "Major Oak",
    "The Bishop's Yew",
    "Queen Mary's Chestnut",
    "The Parliament Tree",
    "Grandfather Beech",
    "The Hangman's Elm",
    "Tāne's Kauri",
    "The Pilgrim Olive",
]


def neg_trees(rng, i):
    out = [
        f"Heritage tree register - sheet {rng.randint(1, 40)}",
        "ref   species                  est. age   girth    condition   notes",
    ]
    for _ in range(rng.randint(5, 9)):
        out.append(
            f"T{rng.randint(100, 999)}  {rng.choice(TREES):<24} {rng.randint(80, 2000):>4} yrs  {rng.randint(2, 14)}.{rng.randint(0, 9)} m   "
            f"{rng.choice(['good', 'fair', 'veteran', 'hollowing', 'propped']):<11} "
            f"{rng.choice(['', 'known as ' + rng.choice(TREE_NAMES), 'crown reduced ' + str(rng.randint(1995, 2023)), 'TPO'])}"
        )
    out.append("")
    out.append("Ages are estimates from girth tables; individual trees may be centuries older or younger.")
    return "\n".join(out)


# ---------------------------------------------------------------- 7 role-only minutes
ROLES = [
    "the Chair",
    "the Vice-Chair",
    "the Treasurer",
    "the Secretary",
    "the Safeguarding Lead",
    "the Clerk",
    "a trustee",
    "the Head of Operations",
    "the staff representative",
    "the independent member",
]


def neg_minutes(rng, i):
    out = [
        f"Minutes of the {rng.choice(['quarterly', 'annual', 'extraordinary', 'monthly'])} meeting of the {rng.choice(['Board of Trustees', 'Finance Committee', 'Parish Council', 'Residents Association'])}",
        f"Present: {', '.join(_pick(rng, ROLES, 5))}. Apologies: {rng.choice(ROLES)}.",
        "",
    ]
    items = [
        "The minutes of the previous meeting were approved as a true record.",
        f"{rng.choice(ROLES).capitalize()} reported a surplus of {rng.randint(2, 90)},{rng.randint(100, 999)} against budget.",
        f"{rng.choice(ROLES).capitalize()} presented the revised policy; it was agreed subject to two amendments.",
        "It was resolved that the reserves policy be reviewed annually.",
        f"{rng.choice(ROLES).capitalize()} declared no conflicts of interest.",
        "Action: the Secretary to circulate the risk register before the next meeting.",
        f"The meeting closed at {rng.randint(19, 21)}:{rng.choice(['05', '30', '45'])}. Next meeting: to be confirmed.",
    ]
    for j, it in enumerate(items[: rng.randint(5, 7)], 1):
        out.append(f"{j}. {it}")
    return "\n".join(out)


# ---------------------------------------------------------------- 8 mail-merge templates
def neg_mailmerge(rng, i):
    slot = rng.choice([("{{", "}}"), ("«", "»"), ("[[", "]]"), ("%", "%"), ("${", "}")])
    s = lambda x: f"{slot[0]}{x}{slot[1]}"  # noqa: E731
    out = [
        f"TEMPLATE {rng.choice(['APPT-REMINDER', 'WELCOME', 'RENEWAL', 'OUTAGE-NOTICE'])} v{rng.randint(1, 9)}.{rng.randint(0, 9)}",
        "",
        f"Dear {s('first_name')} {s('last_name')},",
        "",
        f"This is a reminder that your {s('service_type')} is scheduled for {s('appointment_date')} at {s('appointment_time')}.",
        f"Please bring {s('document_type')} and quote reference {s('case_ref')}.",
        f"If you need to change this, call {s('branch_phone')} or reply to {s('reply_address')}.",
        "",
        "Kind regards,",
        s("sender_role"),
        "",
        "Merge fields must be populated from the CRM; do not send with empty slots.",
    ]
    if rng.random() < 0.5:
        out.insert(6, f"Your account number ending {s('acct_last4')} will be charged {s('amount')}.")
    return "\n".join(out)


# ---------------------------------------------------------------- 9 place-name products
PRODUCTS = [
    "Oxford shoes",
    "Brussels sprouts",
    "Berliner doughnuts",
    "Cheddar cheese",
    "Bologna sausage",
    "Hamburg steak",
    "Denim (de Nîmes) jeans",
    "Jersey cardigan",
    "Camembert",
    "Worcestershire sauce",
    "Dijon mustard",
    "Panama hat",
    "Bermuda shorts",
    "Chantilly cream",
    "Kendal mint cake",
    "Eccles cakes",
    "Bakewell tart",
    "Frankfurter sausages",
    "Wiener schnitzel",
    "Tabasco sauce",
    "Cayenne pepper",
    "Champagne flutes",
    "Balaclava",
    "Cologne (eau de)",
]


def neg_products(rng, i):
    out = [
        rng.choice(["Wholesale price list", "Deli counter labels", "Outlet stock sheet", "Menu - bistro classics"]),
        "",
    ]
    for p in _pick(rng, PRODUCTS, rng.randint(6, 9)):
        out.append(
            f"{p:<28} SKU {rng.randint(100000, 999999)}   {rng.randint(1, 40)}.{rng.randint(0, 99):02d}   "
            f"{rng.choice(['in stock', 'low', 'reorder', 'seasonal'])}"
        )
    out.append("")
    out.append("Product names refer to styles and recipes, not to place of manufacture.")
    return "\n".join(out)


# ---------------------------------------------------------------- 10 CAS inventory
CHEMS = [
    "sodium chloride",
    "ethanol",
    "acetone",
    "citric acid",
    "sodium hydroxide",
    "isopropanol",
    "glycerol",
    "potassium nitrate",
    "calcium carbonate",
    "hydrogen peroxide",
    "acetic acid",
    "urea",
    "sucrose",
    "toluene",
]


def _casrn(rng):
    while True:
        body = str(rng.randint(50, 99999)) + f"{rng.randint(0, 99):02d}"
        for c in DIG:
            cand = f"{body[:-2]}-{body[-2:]}-{c}"
            if casrn.is_valid(cand):
                return cand


def neg_cas(rng, i):
    out = [
        f"Chemical store inventory - room {rng.choice('ABCD')}{rng.randint(1, 40)}",
        "CAS RN        substance               qty     hazard",
    ]
    for ch in _pick(rng, CHEMS, rng.randint(6, 10)):
        out.append(
            f"{_casrn(rng):<13} {ch:<23} {rng.randint(1, 25)} {rng.choice(['L', 'kg', 'g'])}   {rng.choice(['H225', 'H314', 'H319', 'none', 'H272'])}"
        )
    out.append("")
    out.append("CAS registry numbers carry a check digit; re-key any number that fails validation.")
    return "\n".join(out)


# ---------------------------------------------------------------- 11 bond ISIN schedule
def _isin(rng, cc):
    while True:
        body = cc + "".join(rng.choice(DIG + string.ascii_uppercase[:6]) for _ in range(9))
        for c in DIG:
            if isin.is_valid(body + c):
                return body + c


def neg_isin(rng, i):
    out = [f"Coupon schedule - {rng.choice(['sovereign', 'municipal', 'supranational', 'covered'])} bonds", ""]
    for _ in range(rng.randint(5, 8)):
        cc = rng.choice(["XS", "DE", "FR", "NL", "US", "GB", "IT"])
        out.append(
            f"{_isin(rng, cc)}  {rng.randint(0, 6)}.{rng.choice(['000', '125', '250', '375', '500', '750'])}%  "
            f"matures {rng.randint(2026, 2055)}-{rng.randint(1, 12):02d}-15  pays {rng.choice(['annual', 'semi-annual', 'quarterly'])}  "
            f"nominal {rng.randint(1, 900)}m"
        )
    out.append("")
    out.append("ISINs validated with the Luhn-on-digits algorithm.")
    return "\n".join(out)


# ---------------------------------------------------------------- 12 container yard log
def _container(rng):
    owner = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU", "CSQU", "EGHU"])
    for _ in range(100):
        body = owner + "".join(rng.choice(DIG) for _ in range(6))
        for c in DIG:
            if iso6346.is_valid(body + c):
                return f"{body[:4]} {body[4:]} {c}"
    raise RuntimeError("container")


def neg_containers(rng, i):
    out = [
        f"Yard stack report - block {rng.choice('ABCDEFGH')}{rng.randint(1, 9)} - shift {rng.choice(['A', 'B', 'C'])}",
        "container        size  status  bay-row-tier  seal",
    ]
    for _ in range(rng.randint(6, 10)):
        out.append(
            f"{_container(rng)}   {rng.choice(['20GP', '40HC', '40GP', '45G1', '22R1'])}  {rng.choice(['FULL', 'EMPTY', 'HOLD', 'REEFER'])}   "
            f"{rng.randint(1, 60):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 6)}        {rng.choice(['SL', 'ML', 'BX'])}{rng.randint(100000, 999999)}"
        )
    out.append("")
    out.append("Check digits per ISO 6346. Reefers must be plugged within 30 minutes.")
    return "\n".join(out)


# ---------------------------------------------------------------- 13 sudoku
def _sudoku(rng):
    base = [[(3 * (r % 3) + r // 3 + c) % 9 + 1 for c in range(9)] for r in range(9)]
    perm = list(range(1, 10))
    rng.shuffle(perm)
    g = [[perm[v - 1] for v in row] for row in base]
    return g


def neg_sudoku(rng, i):
    g = _sudoku(rng)
    out = [f"Puzzle {rng.randint(1, 500)} - {rng.choice(['easy', 'medium', 'hard', 'fiendish'])}", ""]
    blank = rng.uniform(0.4, 0.65)
    for r in range(9):
        row = ""
        for c in range(9):
            row += (str(g[r][c]) if rng.random() > blank else ".") + (" | " if c in (2, 5) else " ")
        out.append(row.rstrip())
        if r in (2, 5):
            out.append("------+-------+------")
    out.append("")
    out.append("Each row, column and 3x3 box contains the digits 1-9 exactly once. Solution on page 34.")
    return "\n".join(out)


# ---------------------------------------------------------------- 14 training plans
def neg_training(rng, i):
    out = [
        f"{rng.choice(['10K', 'Half marathon', 'Couch-to-5K', 'Track', 'Rowing'])} plan - week {rng.randint(1, 16)}",
        "",
    ]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for dd in days:
        out.append(
            rng.choice(
                [
                    f"{dd}: {rng.randint(4, 10)}x{rng.choice([200, 400, 800, 1000])}m @ {rng.randint(1, 4)}:{rng.randint(0, 59):02d}, rest {rng.choice([60, 90, 120])}s",
                    f"{dd}: easy {rng.randint(20, 70)} min, HR < {rng.randint(135, 150)}",
                    f"{dd}: rest / mobility 15 min",
                    f"{dd}: tempo {rng.randint(3, 10)} km @ {rng.randint(4, 5)}:{rng.randint(0, 59):02d}/km",
                    f"{dd}: 2000m erg, target split 1:{rng.randint(45, 59)}.{rng.randint(0, 9)}",
                ]
            )
        )
    out.append("")
    out.append("Age-graded targets: adjust paces by the age factor table for masters categories (35+, 40+, 45+).")
    return "\n".join(out)


# ---------------------------------------------------------------- 15 star catalogue
def neg_stars(rng, i):
    out = ["Observing list - catalogue extract", "object       RA (J2000)     Dec (J2000)    mag   type"]
    for _ in range(rng.randint(6, 10)):
        obj = rng.choice(
            [
                f"NGC {rng.randint(100, 7800)}",
                f"HD {rng.randint(1000, 250000)}",
                f"M{rng.randint(1, 110)}",
                f"IC {rng.randint(10, 5000)}",
                f"HIP {rng.randint(1000, 120000)}",
            ]
        )
        out.append(
            f"{obj:<12} {rng.randint(0, 23):02d}h {rng.randint(0, 59):02d}m {rng.randint(0, 59):02d}s   "
            f"{rng.choice('+-')}{rng.randint(0, 89):02d}° {rng.randint(0, 59):02d}′ {rng.randint(0, 59):02d}″   "
            f"{rng.randint(1, 14)}.{rng.randint(0, 9)}   {rng.choice(['open cluster', 'galaxy', 'double star', 'nebula', 'globular'])}"
        )
    out.append("")
    out.append("Coordinates are celestial (right ascension/declination), not terrestrial positions.")
    return "\n".join(out)


# ---------------------------------------------------------------- 16 drug formulary
DRUGS = [
    ("Metformin", "500 mg tablets", "type 2 diabetes"),
    ("Salbutamol", "100 mcg inhaler", "asthma"),
    ("Sertraline", "50 mg tablets", "depression and anxiety disorders"),
    ("Methylphenidate", "10 mg tablets", "ADHD"),
    ("Levetiracetam", "250 mg tablets", "epilepsy"),
    ("Insulin glargine", "100 units/mL pen", "diabetes mellitus"),
    ("Amoxicillin", "250 mg/5 mL suspension", "bacterial infections"),
    ("Melatonin", "2 mg MR tablets", "insomnia in ASD"),
    ("Fluoxetine", "20 mg capsules", "major depressive disorder"),
    ("Risperidone", "1 mg tablets", "irritability in autism"),
    ("Hydroxycarbamide", "500 mg capsules", "sickle cell disease"),
    ("Lamotrigine", "25 mg tablets", "bipolar disorder"),
]


def neg_formulary(rng, i):
    out = [f"Paediatric formulary - section {rng.randint(1, 15)}.{rng.randint(1, 9)}", ""]
    for nm, form, ind in _pick(rng, DRUGS, rng.randint(4, 6)):
        out.append(f"{nm.upper()} - {form}")
        out.append(
            f"  Indication: {ind}. Dose: {rng.choice(['0.5', '1', '2', '5', '10'])} mg/kg {rng.choice(['once daily', 'twice daily', 'at night'])}; max {rng.choice([20, 40, 60, 100, 200, 500, 1000])} mg/day."
        )
        out.append(
            f"  Age range: licensed from {rng.choice([2, 4, 6, 10, 12])} years. Monitor {rng.choice(['weight', 'LFTs', 'blood pressure', 'sleep'])}."
        )
    return "\n".join(out)


# ---------------------------------------------------------------- 17 census categories
ETH_CATS = [
    "White: English, Welsh, Scottish, Northern Irish or British",
    "White: Irish",
    "White: Gypsy or Irish Traveller",
    "White: Roma",
    "Mixed: White and Black Caribbean",
    "Asian: Indian",
    "Asian: Pakistani",
    "Asian: Bangladeshi",
    "Asian: Chinese",
    "Black: African",
    "Black: Caribbean",
    "Other: Arab",
    "Māori",
    "Pacific peoples",
    "Aboriginal and Torres Strait Islander",
    "Hispanic or Latino (any race)",
    "Any other ethnic group",
]


def neg_census(rng, i):
    out = [
        f"{rng.choice(['Census', 'Survey', 'Administrative data'])} classification guide - {rng.choice(['ethnic group', 'national identity', 'language'])} (v{rng.randint(1, 5)})",
        "",
    ]
    for j, c in enumerate(_pick(rng, ETH_CATS, rng.randint(6, 10)), 1):
        out.append(f"{j:>2}  {c:<52} code {rng.randint(10, 99)}")
    out.append("")
    out.append(
        rng.choice(
            [
                "Respondents self-identify; categories are not assigned by interviewers.",
                "Aggregated counts below 10 are suppressed for disclosure control.",
                "Write-in answers are coded to the nearest category.",
            ]
        )
    )
    return "\n".join(out)


# ---------------------------------------------------------------- 18 offence code glossary
OFFENCES = [
    ("Burglary (dwelling)", "14 years"),
    ("Fraud by false representation", "10 years"),
    ("Assault occasioning ABH", "5 years"),
    ("Arson", "life"),
    ("Stalking involving fear of violence", "10 years"),
    ("Possession of a controlled drug (Class B)", "5 years"),
    ("Robbery", "life"),
    ("Breach of a restraining order", "5 years"),
    ("Criminal damage (under £5,000)", "3 months"),
    ("Theft", "7 years"),
    ("Making indecent photographs of children", "10 years"),
    ("Harassment", "6 months"),
]


def neg_offences(rng, i):
    out = [
        f"Offence code glossary - extract {rng.randint(1, 30)}",
        "code     offence                                       max. penalty",
    ]
    for o, p in _pick(rng, OFFENCES, rng.randint(6, 9)):
        out.append(f"{rng.choice(['CJ', 'TH', 'PO', 'SX', 'DR'])}{rng.randint(10000, 99999)}  {o:<45} {p}")
    out.append("")
    out.append("Definitions only; this glossary contains no case data and no offender information.")
    return "\n".join(out)


# ---------------------------------------------------------------- 19 dialling codes
DIAL = [
    ("Manchester", "0161"),
    ("Birmingham", "0121"),
    ("Glasgow", "0141"),
    ("Leeds", "0113"),
    ("Cardiff", "029"),
    ("Belfast", "028"),
    ("Berlin", "030"),
    ("Munich", "089"),
    ("Paris", "01"),
    ("Lyon", "04"),
    ("Madrid", "91"),
    ("Milan", "02"),
    ("Vienna", "01"),
    ("Warsaw", "22"),
    ("Lagos", "01"),
    ("Nairobi", "020"),
    ("Mumbai", "022"),
    ("Sydney", "02"),
    ("Toronto", "416/647"),
    ("Chicago", "312/773"),
]
CC = [
    ("+44", "United Kingdom"),
    ("+49", "Germany"),
    ("+33", "France"),
    ("+34", "Spain"),
    ("+39", "Italy"),
    ("+43", "Austria"),
    ("+48", "Poland"),
    ("+234", "Nigeria"),
    ("+254", "Kenya"),
    ("+91", "India"),
    ("+61", "Australia"),
    ("+1", "NANP"),
]


def neg_dialling(rng, i):
    out = [
        rng.choice(
            ["Dialling code reference card", "Area codes - switchboard crib sheet", "Trunk prefixes and country codes"]
        ),
        "",
    ]
    for city, code in _pick(rng, DIAL, rng.randint(6, 9)):
        out.append(f"{city:<12} area code {code:<8} local numbers {rng.choice([6, 7, 8])} digits")
    out.append("")
    for c, n in _pick(rng, CC, rng.randint(3, 5)):
        out.append(f"{c:<5} {n} - drop the trunk 0 after the country code")
    return "\n".join(out)


# ---------------------------------------------------------------- 20 age ratings
def neg_ratings(rng, i):
    out = [rng.choice(["Age ratings explained", "Parents' guide to content labels", "Rating boards compared"]), ""]
    rows = [
        ("PEGI 3", "suitable for all age groups"),
        ("PEGI 7", "may frighten younger children"),
        ("PEGI 12", "mild violence"),
        ("PEGI 16", "realistic violence, strong language"),
        ("PEGI 18", "adults only"),
        ("ESRB E10+", "everyone 10 and older"),
        ("ESRB T", "teen, 13+"),
        ("ESRB M", "mature 17+"),
        ("BBFC U", "universal"),
        ("BBFC PG", "parental guidance"),
        ("BBFC 12A", "under-12s accompanied by an adult"),
        ("BBFC 15", "15 and over"),
        ("USK 6", "ab 6 Jahren"),
        ("CERO B", "ages 12 and up"),
        ("FSK 16", "ab 16 freigegeben"),
    ]
    for r, dsc in _pick(rng, rows, rng.randint(6, 9)):
        out.append(f"{r:<10} {dsc}")
    out.append("")
    out.append(
        rng.choice(
            [
                "Ratings describe content, not the difficulty of a game.",
                "Most app stores require users to be 13+.",
                "A 12-rated title can still include online chat with strangers.",
            ]
        )
    )
    return "\n".join(out)


# ---------------------------------------------------------------- 21 HS tariff
HS = [
    ("0901.21", "Coffee, roasted, not decaffeinated"),
    ("8471.30", "Portable computers < 10 kg"),
    ("6109.10", "T-shirts, of cotton"),
    ("8517.13", "Smartphones"),
    ("9503.00", "Toys, puzzles and models"),
    ("2204.21", "Wine in containers <= 2 l"),
    ("8703.80", "Vehicles with electric motor only"),
    ("3004.90", "Medicaments, packaged for retail"),
    ("4901.99", "Printed books"),
    ("8528.72", "Colour television receivers"),
    ("6403.99", "Footwear with leather uppers"),
    ("1806.32", "Chocolate in bars, not filled"),
]


def neg_hs(rng, i):
    out = [
        f"Tariff schedule extract - chapter notes rev. {rng.randint(2022, 2025)}",
        "HS code       description                              duty   VAT",
    ]
    for code, dsc in _pick(rng, HS, rng.randint(6, 9)):
        out.append(
            f"{code}.{rng.randint(0, 99):02d}    {dsc:<40} {rng.choice(['0%', '2.5%', '4%', '12%', '16.8%'])}   {rng.choice(['0%', '5%', '20%'])}"
        )
    out.append("")
    out.append("Subheading numbers are hierarchical; the first six digits are harmonised internationally.")
    return "\n".join(out)


# ---------------------------------------------------------------- 22 size charts
def neg_sizes(rng, i):
    kind = rng.choice(["Shoes", "Women's tops", "Men's shirts", "Children's clothing", "Rings"])
    out = [f"Size conversion - {kind}", ""]
    if kind == "Shoes":
        for eu in range(rng.randint(35, 38), rng.randint(44, 47)):
            out.append(f"EU {eu}  UK {eu - 33 if eu > 33 else 1}  US {eu - 32}  foot {round(eu * 0.667, 1)} cm")
    elif kind == "Children's clothing":
        for age in range(rng.randint(1, 3), rng.randint(11, 15)):
            out.append(f"age {age}-{age + 1}: height {80 + age * 6}-{86 + age * 6} cm, chest {48 + age * 2} cm")
    elif kind == "Rings":
        for n, L in zip(range(48, 48 + rng.randint(8, 12)), "HIJKLMNOPQRSTU"):
            out.append(f"EU {n}  UK {L}  US {round((n - 36.5) / 2.55, 1)}  diameter {round(n / 3.1416, 1)} mm")
    else:
        for uk in range(6, rng.randint(20, 26), 2):
            out.append(f"UK {uk}  EU {uk + 28}  US {uk - 4}  bust {76 + (uk - 6) * 2.5:.0f} cm")
    out.append("")
    out.append("Measurements are body sizes; allow for ease. Ages are indicative only.")
    return "\n".join(out)


# ---------------------------------------------------------------- 23 tyre codes
def neg_tyres(rng, i):
    out = [rng.choice(["Tyre fitment guide", "Sidewall codes decoded", "Winter tyre stock list"]), ""]
    for _ in range(rng.randint(5, 8)):
        w, a, r = (
            rng.choice([175, 185, 195, 205, 215, 225, 235, 245]),
            rng.choice([40, 45, 50, 55, 60, 65]),
            rng.choice([15, 16, 17, 18, 19]),
        )
        out.append(
            f"{w}/{a} R{r} {rng.randint(82, 104)}{rng.choice('HVWY')}  DOT {''.join(rng.choice('ABCDEFHJKLMNPRTUVWXY0123456789') for _ in range(4))} "
            f"{rng.randint(1, 52):02d}{rng.randint(19, 24)}  {rng.choice(['M+S', '3PMSF', 'XL', 'RunFlat', ''])}".rstrip()
        )
    out.append("")
    out.append(
        "The last four DOT digits are the week and year of manufacture; tyres older than 6 years should be inspected."
    )
    return "\n".join(out)


# ---------------------------------------------------------------- 24 knitting
def neg_knitting(rng, i):
    out = [
        f"{rng.choice(['Cabled beanie', 'Baby blanket', 'Raglan jumper', 'Fingerless mitts', 'Lace shawl'])} - pattern notes",
        f"Yarn: {rng.choice(['DK', 'aran', '4-ply', 'chunky'])}, {rng.randint(2, 9)} x 50 g. Needles: {rng.choice(['3.25', '4', '4.5', '5', '6'])} mm.",
        "",
    ]
    for row in range(1, rng.randint(8, 14)):
        out.append(
            f"Row {row}: "
            + rng.choice(
                [
                    f"K{rng.randint(1, 4)}, P{rng.randint(1, 4)}; rep to end.",
                    f"*K2tog, yo* {rng.randint(3, 12)} times, k{rng.randint(1, 5)}.",
                    f"C4F, p2, C4B, p2; rep from * to last {rng.randint(2, 6)} sts.",
                    "Purl all stitches.",
                    f"K1, m1, k to last st, m1, k1 ({rng.randint(40, 120)} sts).",
                ]
            )
        )
    out.append("")
    out.append(f"Sizes: newborn (3-6 months, 1-2 years, {rng.randint(3, 5)}-{rng.randint(6, 8)} years).")
    return "\n".join(out)


# ---------------------------------------------------------------- 25 bridge bidding
def neg_bridge(rng, i):
    suits = ["♣", "♦", "♥", "♠", "NT"]
    out = [
        f"Bidding practice - board {rng.randint(1, 32)}, dealer {rng.choice(['North', 'East', 'South', 'West'])}, "
        f"vul {rng.choice(['none', 'N/S', 'E/W', 'all'])}",
        "",
    ]
    out.append("West   North  East   South")
    rank = rng.randint(0, 4)
    seq = ["Pass"] * rng.randint(0, 2)
    for _ in range(rng.randint(3, 8)):
        if rng.random() < 0.3 and seq[-2:] != ["Pass", "Pass"]:
            seq.append("Pass")
            continue
        rank += rng.randint(1, 4)
        if rank > 34:
            break
        seq.append(f"{rank // 5 + 1}{suits[rank % 5]}")
    seq += ["Pass", "Pass", "Pass"]
    for j in range(0, len(seq), 4):
        out.append("  ".join(f"{x:<5}" for x in seq[j : j + 4]).rstrip())
    out.append("")
    hand = _pick(rng, [r + s for r in "AKQJT98765432" for s in "SHDC"], 13)
    by = {s: "".join(sorted((h[0] for h in hand if h[1] == s), key="AKQJT98765432".index)) or "-" for s in "SHDC"}
    out.append(f"Hand: ♠ {by['S']} ♥ {by['H']} ♦ {by['D']} ♣ {by['C']}")
    out.append(
        rng.choice(
            [
                "Opening 1NT shows 15-17 HCP and a balanced hand.",
                "Stayman asks for a 4-card major.",
                "Blackwood 4NT asks for aces; responses 5♣/5♦/5♥/5♠.",
            ]
        )
    )
    return "\n".join(out)


KINDS = [
    ("storm_name_lists", neg_storm),
    ("racehorse_form_cards", neg_horses),
    ("font_specimens", neg_fonts),
    ("named_infrastructure", neg_infra),
    ("age_statement_labels", neg_spirits),
    ("heritage_tree_register", neg_trees),
    ("role_only_minutes", neg_minutes),
    ("mail_merge_templates", neg_mailmerge),
    ("place_name_products", neg_products),
    ("cas_chemical_inventory", neg_cas),
    ("bond_isin_schedules", neg_isin),
    ("container_yard_log", neg_containers),
    ("sudoku_grids", neg_sudoku),
    ("interval_training_plans", neg_training),
    ("star_catalogue_extracts", neg_stars),
    ("drug_formulary_entries", neg_formulary),
    ("census_category_guides", neg_census),
    ("offence_code_glossary", neg_offences),
    ("dialling_code_reference", neg_dialling),
    ("age_rating_guides", neg_ratings),
    ("hs_tariff_schedule", neg_hs),
    ("size_conversion_charts", neg_sizes),
    ("tyre_sidewall_codes", neg_tyres),
    ("knitting_patterns", neg_knitting),
    ("bridge_bidding_notes", neg_bridge),
]


def kind_of(idx):
    return KINDS[idx // PER_KIND][0]


def generate(rng, idx):
    name, fn = KINDS[idx // PER_KIND]
    d = Doc()
    d.t(fn(rng, idx % PER_KIND) + "\n")
    return d
