"""25 kinds of PII-free look-alike documents (10 each). Numbers, codes and proper nouns here refer to no person."""

import math


def fmt_table(rng, header, rows, j):
    style = j % 3
    if style == 0:
        w = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
        line = lambda r: "  ".join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip()  # noqa: E731
        return "\n".join([line(header), "  ".join("-" * x for x in w)] + [line(r) for r in rows])
    if style == 1:
        return "\n".join(
            ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            + ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
        )
    return "\n".join([",".join(header)] + [",".join(str(x) for x in r) for r in rows])


# 1
def tram_stop_sequence(rng, j):
    stops = [
        "Depot",
        "Market Square",
        "Cathedral",
        "Museum Quarter",
        "Linden Park",
        "University",
        "Hospital Gate",
        "Riverside",
        "Old Mill",
        "Exhibition Centre",
        "Ferry Terminal",
        "Victoria Gardens",
        "Observatory",
        "Brewery Lane",
        "Stadium",
        "Harbour Steps",
        "Botanic Garden",
        "Central Library",
        "Tannery Bridge",
        "Science Park",
    ]
    rng.shuffle(stops)
    n = rng.randint(8, 14)
    t = 0
    rows = []
    for i, s in enumerate(stops[:n]):
        rows.append([str(i + 1), s, "+%d" % t, rng.choice(["", "step-free", "interchange", "request stop", ""])])
        t += rng.randint(1, 4)
    head = "Line %s — stopping pattern (weekdays, first car %02d:%02d, every %d min)\n" % (
        rng.choice(["1", "2", "4", "7", "11", "N3"]),
        rng.randint(4, 6),
        rng.choice([0, 12, 24, 36, 48]),
        rng.choice([6, 8, 10, 12]),
    )
    return (
        head
        + fmt_table(rng, ["Seq", "Stop", "Min", "Notes"], rows, j)
        + "\nFleet: low-floor units %d–%d. Stop codes are printed on each shelter flag.\n"
        % (rng.randint(101, 120), rng.randint(121, 160))
    )


# 2
NOTE = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]


def piano_tuning_frequencies(rng, j):
    ref = rng.choice([440.0, 442.0, 415.0, 432.0, 443.0])
    start = rng.randint(0, 5)
    rows = []
    for k in range(rng.randint(12, 20)):
        midi = 21 + start * 12 + k
        f = ref * 2 ** ((midi - 69) / 12)
        stretch = round((midi - 60) * rng.uniform(0.05, 0.2), 1)
        rows.append(["%s%d" % (NOTE[midi % 12], midi // 12 - 1), str(midi), "%.2f" % f, "%+.1f" % stretch])
    return (
        "Equal temperament, A4 = %.1f Hz — stretch tuning sheet\n" % ref
        + fmt_table(rng, ["Note", "MIDI", "Hz", "Stretch (cents)"], rows, j)
        + "\nUnison beats should be below 0.5/s in the temperament octave F3–F4.\n"
    )


# 3
def certificate_of_analysis(rng, j):
    prod = rng.choice(
        [
            ("Sodium chloride, ACS reagent", "7647-14-5"),
            ("Citric acid monohydrate", "5949-29-1"),
            ("Potassium dihydrogen phosphate", "7778-77-0"),
            ("Glycine, BioUltra", "56-40-6"),
            ("Magnesium sulfate heptahydrate", "10034-99-8"),
            ("D-(+)-Glucose", "50-99-7"),
        ]
    )
    lot = "%s%06d" % (rng.choice(["BCB", "MKC", "SLB", "LOT"]), rng.randint(0, 999999))
    rows = [
        ["Assay (titration)", "≥ 99.0 %", "%.1f %%" % rng.uniform(99.1, 100.4)],
        ["Loss on drying", "≤ 0.5 %", "%.2f %%" % rng.uniform(0.01, 0.4)],
        ["Heavy metals (as Pb)", "≤ 5 ppm", "< 5 ppm"],
        ["Iron (Fe)", "≤ 2 ppm", "%.1f ppm" % rng.uniform(0.1, 1.9)],
        ["pH (5 %, 25 °C)", "5.0 – 8.0", "%.1f" % rng.uniform(5.2, 7.9)],
        ["Insoluble matter", "≤ 0.005 %", "conforms"],
    ]
    return (
        "CERTIFICATE OF ANALYSIS\nProduct: %s\nCAS No.: %s\nLot: %s\nManufacture date: %04d-%02d\n"
        "Retest date: %04d-%02d\n\n"
        % (
            prod[0],
            prod[1],
            lot,
            rng.randint(2022, 2025),
            rng.randint(1, 12),
            rng.randint(2026, 2029),
            rng.randint(1, 12),
        )
        + fmt_table(rng, ["Test", "Specification", "Result"], rows[: rng.randint(4, 6)], j)
        + "\n\nReleased by Quality Control. This document was generated electronically and is valid without signature.\n"
    )


# 4
def train_formation_diagram(rng, j):
    cls = rng.choice(["390", "800", "444", "ICE 4", "Class 745", "TGV Duplex", "Class 197"])
    unit = "%s %03d" % (cls.split()[-1], rng.randint(1, 150))
    n = rng.randint(5, 11)
    lines = ["Formation — %s, unit %s (%d cars)" % (cls, unit, n), "Platform sector:  A   B   C   D   E"]
    for i in range(n):
        letter = chr(ord("A") + i) if rng.random() < 0.5 else str(i + 1)
        kind = rng.choice(["Standard", "Standard", "First", "Quiet coach", "Café-bar", "Bike space", "Accessible WC"])
        seats = "%d–%d" % (rng.randint(1, 20), rng.randint(40, 80)) if kind != "Café-bar" else "—"
        lines.append("Coach %s  %-13s seats %s  vehicle no. %d" % (letter, kind, seats, rng.randint(10000, 99999)))
    lines.append(
        "First class at the %s end. Reservations show on the seat-back displays."
        % rng.choice(["northern", "southern", "country", "buffer-stop"])
    )
    return "\n".join(lines) + "\n"


# 5
def notam_bulletin(rng, j):
    out = []
    for _ in range(rng.randint(2, 4)):
        ad = rng.choice(["EGLL", "EDDF", "LFPG", "EHAM", "LEMD", "LIRF", "EIDW", "EKCH", "ENGM", "LSZH"])
        fir = {
            "EG": "EGTT",
            "ED": "EDGG",
            "LF": "LFFF",
            "EH": "EHAA",
            "LE": "LECM",
            "LI": "LIRR",
            "EI": "EISN",
            "EK": "EKDK",
            "EN": "ENOR",
            "LS": "LSAS",
        }[ad[:2]]
        lat, lon = {
            "EG": (51, 0),
            "ED": (50, 8),
            "LF": (49, 2),
            "EH": (52, 4),
            "LE": (40, 3),
            "LI": (41, 12),
            "EI": (53, 6),
            "EK": (55, 12),
            "EN": (60, 11),
            "LS": (47, 8),
        }[ad[:2]]
        mo, dd = rng.randint(1, 12), rng.randint(1, 20)
        out.append(
            "%s%04d/25 NOTAMN\nQ) %s/Q%s/IV/NBO/A/000/999/%02d%02dN%03d%02d%s005\nA) %s B) 25%02d%02d%02d00 "
            "C) 25%02d%02d%02d59\nE) %s\n"
            % (
                rng.choice("ABC"),
                rng.randint(1, 9999),
                fir,
                rng.choice(["MRLC", "FAHW", "OBCE", "LRAS", "NVAS"]),
                lat,
                rng.randint(0, 59),
                lon,
                rng.randint(0, 59),
                "W" if ad[:2] in ("EG", "EI", "LE") else "E",
                ad,
                mo,
                dd,
                rng.randint(0, 23),
                mo,
                dd + rng.randint(1, 8),
                rng.randint(0, 23),
                rng.choice(
                    [
                        "RWY 09R/27L CLSD DUE WIP.",
                        "CRANE ERECTED 512M FM THR RWY 27, HGT 145FT AMSL, LGTD.",
                        "ILS RWY 26 U/S.",
                        "TWY B BTN B3 AND B5 CLSD.",
                        "APRON STAND 412 TO 418 NOT AVBL.",
                    ]
                ),
            )
        )
    return "PRE-FLIGHT INFORMATION BULLETIN — aerodrome NOTAMs\n\n" + "\n".join(out)


# 6
HTTP = [
    (200, "OK", "RFC 9110 §15.3.1"),
    (201, "Created", "§15.3.2"),
    (204, "No Content", "§15.3.5"),
    (301, "Moved Permanently", "§15.4.2"),
    (304, "Not Modified", "§15.4.5"),
    (400, "Bad Request", "§15.5.1"),
    (401, "Unauthorized", "§15.5.2"),
    (403, "Forbidden", "§15.5.4"),
    (404, "Not Found", "§15.5.5"),
    (409, "Conflict", "§15.5.10"),
    (418, "(Unused)", "§15.5.19"),
    (422, "Unprocessable Content", "§15.5.21"),
    (429, "Too Many Requests", "RFC 6585 §4"),
    (500, "Internal Server Error", "§15.6.1"),
    (502, "Bad Gateway", "§15.6.3"),
    (503, "Service Unavailable", "§15.6.4"),
    (504, "Gateway Timeout", "§15.6.5"),
]


def http_status_reference(rng, j):
    rows = sorted(rng.sample(HTTP, rng.randint(7, 12)))
    return (
        "HTTP status codes — quick reference\n"
        + fmt_table(
            rng,
            ["Code", "Reason phrase", "Defined in", "Cacheable"],
            [[str(c), p, s, rng.choice(["yes", "no", "heuristic"])] for c, p, s in rows],
            j,
        )
        + "\nRetry-After applies to 429 and 503. Clients should not retry 4xx responses blindly.\n"
    )


# 7
def sql_explain_plan(rng, j):
    t1, t2 = rng.choice(
        [
            ("orders", "order_items"),
            ("invoices", "invoice_lines"),
            ("shipments", "parcels"),
            ("tickets", "ticket_events"),
        ]
    )
    cost = rng.uniform(100, 9000)
    rows = rng.randint(1000, 900000)
    return (
        "EXPLAIN (ANALYZE, BUFFERS)\nSELECT t.id, count(*) FROM %s t JOIN %s l ON l.%s_id = t.id\n"
        "WHERE t.created_at >= $1 GROUP BY t.id;\n\n"
        "HashAggregate  (cost=%.2f..%.2f rows=%d width=16) (actual time=%.3f..%.3f rows=%d loops=1)\n"
        "  Group Key: t.id\n  Buffers: shared hit=%d read=%d\n"
        "  ->  Hash Join  (cost=%.2f..%.2f rows=%d width=8)\n        Hash Cond: (l.%s_id = t.id)\n"
        "        ->  Seq Scan on %s l  (cost=0.00..%.2f rows=%d width=8)\n"
        "        ->  Hash  (cost=%.2f..%.2f rows=%d width=8)\n"
        "              ->  Index Scan using %s_created_at_idx on %s t  (cost=0.43..%.2f rows=%d width=8)\n"
        "                    Index Cond: (created_at >= $1)\nPlanning Time: %.3f ms\nExecution Time: %.3f ms\n"
        % (
            t1,
            t2,
            t1[:-1],
            cost,
            cost * 1.1,
            rows // 10,
            rng.uniform(10, 900),
            rng.uniform(900, 3000),
            rows // 11,
            rng.randint(100, 99999),
            rng.randint(0, 9999),
            cost * 0.3,
            cost,
            rows,
            t1[:-1],
            t2,
            cost * 0.6,
            rows,
            cost * 0.1,
            cost * 0.2,
            rows // 10,
            t1,
            t1,
            cost * 0.2,
            rows // 10,
            rng.uniform(0.1, 3),
            rng.uniform(50, 4000),
        )
    )


# 8
def road_sign_catalogue(rng, j):
    signs = [
        ("601.1", "Stop", "octagon, red, white legend", "750 / 900 / 1200 mm"),
        ("602", "Give way", "inverted triangle, red border", "600 / 750 / 900 mm"),
        ("670", "Maximum speed", "circle, red border", "300–1200 mm"),
        ("616", "No entry", "circle, red, white bar", "600 / 750 mm"),
        ("610", "Keep left", "circle, blue, white arrow", "300–1200 mm"),
        ("543", "Traffic signals ahead", "triangle, red border", "600–1500 mm"),
        ("544", "Pedestrian crossing", "triangle, red border", "600–1200 mm"),
        ("557", "Road works", "triangle, red border", "600–1500 mm"),
        ("810", "Advance direction sign", "rectangle, green/white", "x-height 100–400 mm"),
        ("965", "Cycle route", "rectangle, blue", "x-height 40–100 mm"),
    ]
    rows = [
        [d, n, s, sz, rng.choice(["R1", "R2", "RA1", "RA2"])] for d, n, s, sz in rng.sample(signs, rng.randint(5, 9))
    ]
    return (
        "Traffic sign schedule — diagram references\n"
        + fmt_table(rng, ["Diagram", "Meaning", "Shape/colour", "Sizes", "Retroreflective class"], rows, j)
        + "\n"
    )


# 9
TAROT = [
    ("0", "The Fool", "beginnings, spontaneity", "recklessness"),
    ("I", "The Magician", "skill, willpower", "trickery"),
    ("II", "The High Priestess", "intuition", "secrets"),
    ("III", "The Empress", "abundance, nurture", "dependence"),
    ("IV", "The Emperor", "structure, authority", "rigidity"),
    ("VI", "The Lovers", "union, choices", "imbalance"),
    ("VII", "The Chariot", "determination", "lack of direction"),
    ("X", "Wheel of Fortune", "cycles, luck", "setbacks"),
    ("XIII", "Death", "endings, transition", "resistance to change"),
    ("XVI", "The Tower", "upheaval", "averted disaster"),
    ("XVII", "The Star", "hope, renewal", "despair"),
    ("XIX", "The Sun", "joy, success", "temporary gloom"),
    ("XXI", "The World", "completion", "loose ends"),
]


def tarot_card_meanings(rng, j):
    rows = [[a, b, c, d] for a, b, c, d in rng.sample(TAROT, rng.randint(5, 9))]
    return (
        "Major Arcana — keyword crib sheet (Rider–Waite–Smith numbering)\n"
        + fmt_table(rng, ["No.", "Card", "Upright", "Reversed"], rows, j)
        + "\nSuits of the Minor Arcana: Wands (fire), Cups (water), Swords (air), Pentacles (earth).\n"
    )


# 10
def volcano_alert_levels(rng, j):
    levels = [
        ("GREEN", "Normal", "Volcano is in typical background, non-eruptive state."),
        ("YELLOW", "Advisory", "Elevated unrest above known background level."),
        ("ORANGE", "Watch", "Heightened unrest with increased potential of eruption; or minor eruption underway."),
        ("RED", "Warning", "Eruption imminent or underway with significant emission of ash into the atmosphere."),
    ]
    out = ["Aviation colour code and ground alert levels — reference\n"]
    for c, n, desc in levels:
        out.append("%-7s %-9s %s" % (c, n, desc))
    out.append(
        "\nVONA fields: volcano number (%d), summit elevation %d m, cloud top FL%03d, drift %s at %d kt."
        % (
            rng.randint(210000, 390000),
            rng.randint(800, 5800),
            rng.randint(50, 450),
            rng.choice(["NE", "SW", "E", "SSE"]),
            rng.randint(5, 60),
        )
    )
    out.append(
        "Seismicity threshold for YELLOW: > %d volcano-tectonic events per day, RSAM > %d units."
        % (rng.randint(5, 40), rng.randint(100, 900))
    )
    return "\n".join(out) + "\n"


# 11
def banknote_series_reference(rng, j):
    cur = rng.choice(
        [
            ("EUR", ["5", "10", "20", "50", "100", "200"]),
            ("GBP", ["5", "10", "20", "50"]),
            ("CHF", ["10", "20", "50", "100", "200", "1000"]),
            ("USD", ["1", "5", "10", "20", "50", "100"]),
        ]
    )
    rows = []
    for den in cur[1]:
        pref = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        rows.append(
            [
                cur[0] + " " + den,
                "%d×%d mm" % (rng.randint(120, 160), rng.randint(62, 82)),
                "%s + %d digits" % (pref, rng.choice([8, 9, 10])),
                str(rng.randint(2013, 2024)),
                rng.choice(["hologram stripe", "window thread", "colour-shifting numeral", "watermark"]),
            ]
        )
    return (
        "Banknote series — collector reference (serial formats, not individual notes)\n"
        + fmt_table(rng, ["Denomination", "Size", "Serial format", "Issued", "Main security feature"], rows, j)
        + "\nStar/replacement notes carry a marker in place of the first prefix letter.\n"
    )


# 12
def brew_day_log(rng, j):
    og = rng.uniform(1.040, 1.075)
    fg = og - rng.uniform(0.030, 0.055)
    hops = rng.sample(
        ["Cascade", "Citra", "East Kent Goldings", "Saaz", "Hallertau Mittelfrüh", "Mosaic", "Fuggle", "Simcoe"], 3
    )
    return (
        "Brew log — batch %d (%s)\nMash: %.1f kg pale malt, %.2f kg crystal 60L at %d °C for 60 min\n"
        "Boil 60 min: %s %d g @60, %s %d g @15, %s %d g flameout\nYeast: %s, pitched at %d °C\n"
        "OG %.3f  FG %.3f  ABV %.1f %%\nDry hop day %d. Kegged day %d, %.1f vol CO2.\n"
        % (
            rng.randint(1, 240),
            rng.choice(["Best Bitter", "West Coast IPA", "Pilsner", "Oatmeal Stout", "Saison"]),
            rng.uniform(3.5, 6.5),
            rng.uniform(0.1, 0.5),
            rng.randint(64, 68),
            hops[0],
            rng.randint(10, 40),
            hops[1],
            rng.randint(10, 40),
            hops[2],
            rng.randint(20, 80),
            rng.choice(["US-05", "S-04", "W-34/70", "WLP565"]),
            rng.randint(12, 22),
            og,
            fg,
            (og - fg) * 131.25,
            rng.randint(3, 7),
            rng.randint(10, 21),
            rng.uniform(2.0, 2.7),
        )
    )


# 13
def textile_care_symbols(rng, j):
    rows = [
        ["Washtub 30", "machine wash max 30 °C, normal", "ISO 3758 W-30"],
        ["Washtub 40, one bar", "max 40 °C, mild (synthetics)", "W-40M"],
        ["Washtub 60", "max 60 °C, normal", "W-60"],
        ["Hand in tub", "hand wash only, max 40 °C", "W-HW"],
        ["Triangle crossed", "do not bleach", "B-X"],
        ["Square with circle, two dots", "tumble dry, normal", "D-2"],
        ["Iron, one dot", "iron max 110 °C, no steam", "I-1"],
        ["Iron, three dots", "iron max 200 °C", "I-3"],
        ["Circle P", "professional dry clean, tetrachloroethene", "P"],
        ["Circle W", "professional wet clean", "W"],
    ]
    return (
        "Care label symbols — garment tech pack appendix\n"
        + fmt_table(rng, ["Symbol", "Meaning", "Code"], rng.sample(rows, rng.randint(5, 9)), j)
        + "\nStyle no. %d-%03d, colourway %d. Fibre content: %d%% cotton, %d%% elastane.\n"
        % (rng.randint(1000, 9999), rng.randint(1, 999), rng.randint(1, 12), (p := rng.randint(90, 98)), 100 - p)
    )


# 14
COUNTRIES = [
    "Sweden",
    "Italy",
    "Ukraine",
    "Norway",
    "Portugal",
    "Croatia",
    "Finland",
    "Israel",
    "Estonia",
    "Greece",
    "Armenia",
    "Switzerland",
    "Lithuania",
    "Cyprus",
    "Poland",
    "Austria",
    "Iceland",
    "Ireland",
    "Malta",
    "Spain",
]


def song_contest_scoreboard(rng, j):
    cs = rng.sample(COUNTRIES, rng.randint(8, 14))
    rows = []
    for i, c in enumerate(cs):
        jury, tele = rng.randint(0, 360), rng.randint(0, 350)
        rows.append([c, jury, tele, jury + tele])
    rows.sort(key=lambda r: -r[3])
    rows = [[str(i + 1)] + [str(x) for x in r] for i, r in enumerate(rows)]
    return (
        "Grand final — scoreboard (jury + televote)\n"
        + fmt_table(rng, ["Pl.", "Country", "Jury", "Televote", "Total"], rows, j)
        + "\n12 points from every jury were awarded to %d different countries.\n" % rng.randint(5, 12)
    )


# 15
def dice_probability_table(rng, j):
    n, s = rng.choice([(2, 6), (3, 6), (2, 8), (2, 10), (2, 4), (3, 4)])
    counts = {}

    def rec(k, tot):
        if k == 0:
            counts[tot] = counts.get(tot, 0) + 1
            return
        for f in range(1, s + 1):
            rec(k - 1, tot + f)

    rec(n, 0)
    total = s**n
    rows = [[str(k), str(v), "%d/%d" % (v, total), "%.4f" % (v / total)] for k, v in sorted(counts.items())]
    return (
        "Sum of %dd%d — exact distribution\n" % (n, s)
        + fmt_table(rng, ["Sum", "Ways", "Fraction", "P"], rows, j)
        + "\nMean %.1f, variance %.3f.\n" % (n * (s + 1) / 2, n * (s * s - 1) / 12)
    )


# 16
def glacier_mass_balance(rng, j):
    code = "%s%d" % (rng.choice(["CH", "AT", "NO", "IS", "CA", "AQ"]), rng.randint(1000, 9999))
    rows = []
    cum = 0
    y0 = rng.randint(1995, 2010)
    for y in range(y0, y0 + rng.randint(8, 14)):
        b = rng.randint(-2600, 600)
        cum += b
        rows.append([str(y), str(b), str(cum), "%d" % rng.randint(2650, 3200), "%.2f" % rng.uniform(0.3, 0.7)])
    return (
        "Glacier %s — annual mass balance (mm w.e.)\n" % code
        + fmt_table(rng, ["Year", "Ba", "Cumulative", "ELA (m)", "AAR"], rows, j)
        + "\nGlaciological method, %d stakes, %d snow pits.\n" % (rng.randint(8, 40), rng.randint(2, 8))
    )


# 17
def aquarium_water_parameters(rng, j):
    tank = rng.choice(["Reef 300L", "Display A", "Quarantine 2", "Planted 120", "Frag tank"])
    rows = []
    for d in range(rng.randint(6, 10)):
        rows.append(
            [
                "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
                "%.2f" % rng.uniform(7.8, 8.4),
                "%.2f" % rng.uniform(0, 0.25),
                "%.2f" % rng.uniform(0, 0.1),
                str(rng.randint(0, 25)),
                "%.3f" % rng.uniform(1.023, 1.026),
                "%.1f" % rng.uniform(7, 11),
            ]
        )
    return (
        "Water test log — %s\n" % tank
        + fmt_table(rng, ["Date", "pH", "NH3", "NO2", "NO3", "SG", "dKH"], rows, j)
        + "\nWater change %d%% weekly; salt batch %d.\n" % (rng.randint(5, 20), rng.randint(10000, 99999))
    )


# 18
def darts_checkout_table(rng, j):
    table = {
        170: "T20 T20 Bull",
        167: "T20 T19 Bull",
        164: "T20 T18 Bull",
        161: "T20 T17 Bull",
        160: "T20 T20 D20",
        141: "T20 T19 D12",
        132: "Bull Bull D16",
        121: "T20 T11 D14",
        110: "T20 Bull",
        107: "T19 T18 D16",
        100: "T20 D20",
        96: "T20 D18",
        81: "T19 D12",
        76: "T20 D8",
        64: "T16 D8",
        50: "Bull",
        40: "D20",
        32: "D16",
    }
    keys = sorted(rng.sample(list(table), rng.randint(8, 14)), reverse=True)
    rows = [[str(k), table[k], str(len(table[k].split()))] for k in keys]
    return (
        "Preferred checkouts (double-out)\n"
        + fmt_table(rng, ["Score", "Route", "Darts"], rows, j)
        + "\nBogey numbers: 169, 168, 166, 165, 163, 162, 159.\n"
    )


# 19
def bakers_percentage_formula(rng, j):
    flour = rng.choice([500, 1000, 2500, 10000])
    items = [
        ("Bread flour", 100 - (w := rng.choice([0, 10, 20, 30]))),
        ("Wholemeal", w),
        ("Water", rng.randint(62, 82)),
        ("Salt", 2),
        ("Levain", rng.choice([10, 15, 20])),
        ("Instant yeast", rng.choice([0, 0.5, 1])),
    ]
    rows = [[n, "%g %%" % p, "%g g" % round(flour * p / 100, 1)] for n, p in items if p]
    return (
        "%s — formula (flour weight %d g)\n"
        % (rng.choice(["Country loaf", "Baguette", "Focaccia", "Seeded rye"]), flour)
        + fmt_table(rng, ["Ingredient", "Baker's %", "Weight"], rows, j)
        + "\nDDT %d °C, bulk %d h, proof %d min at %d °C.\n"
        % (rng.randint(24, 27), rng.randint(3, 6), rng.randint(45, 120), rng.randint(24, 30))
    )


# 20
def irrigation_valve_schedule(rng, j):
    rows = []
    for z in range(1, rng.randint(5, 11)):
        rows.append(
            [
                str(z),
                rng.choice(["turf N", "turf S", "shrub bed", "drip – hedges", "greenhouse", "orchard", "raised beds"]),
                "%02d:%02d" % (rng.randint(4, 6), rng.choice([0, 15, 30, 45])),
                "%d min" % rng.randint(5, 40),
                rng.choice(["Mon/Wed/Fri", "daily", "odd days", "Tue/Sat"]),
                "%.1f L/min" % rng.uniform(3, 40),
            ]
        )
    return (
        "Irrigation programme %s — controller station map\n" % rng.choice("ABC")
        + fmt_table(rng, ["Station", "Area", "Start", "Run", "Days", "Flow"], rows, j)
        + "\nRain delay 48 h if > %d mm. Master valve opens 10 s before each station.\n" % rng.randint(3, 10)
    )


# 21
def highway_exit_list(rng, j):
    road = rng.choice(["A1(M)", "M6", "A7", "E45", "I-95", "A4"])
    km = 0.0
    rows = []
    for n in range(rng.randint(6, 11)):
        km += rng.uniform(3, 18)
        rows.append(
            [
                str(rng.randint(1, 60)),
                "%.1f" % km,
                rng.choice(
                    [
                        "services",
                        "interchange with ring road",
                        "industrial estate",
                        "park & ride",
                        "airport",
                        "port",
                        "retail park",
                        "county showground",
                    ]
                ),
                rng.choice(["full access", "northbound only", "southbound exit only", "no access from west"]),
            ]
        )
    rows.sort(key=lambda r: float(r[1]))
    jn = rng.randint(1, 20)
    for r_ in rows:
        r_[0] = str(jn)
        jn += rng.randint(1, 3)
    return (
        "%s — junction list\n" % road + fmt_table(rng, ["Jn", "km", "Destination type", "Restrictions"], rows, j) + "\n"
    )


# 22
def spectral_line_table(rng, j):
    lines = [
        ("H I", "Hα", 656.28),
        ("H I", "Hβ", 486.13),
        ("H I", "Hγ", 434.05),
        ("Na I", "D2", 588.995),
        ("Na I", "D1", 589.592),
        ("Ca II", "K", 393.37),
        ("Ca II", "H", 396.85),
        ("Mg I", "b1", 518.36),
        ("Fe I", "E", 527.04),
        ("He I", "D3", 587.56),
        ("O I", "", 777.19),
        ("O III", "", 500.68),
    ]
    rows = [
        [a, b or "—", "%.2f" % c, str(rng.randint(10, 1000))]
        for a, b, c in sorted(rng.sample(lines, rng.randint(6, 10)), key=lambda x: x[2])
    ]
    return (
        "Selected spectral lines (air wavelengths)\n"
        + fmt_table(rng, ["Ion", "Fraunhofer", "λ (nm)", "Rel. int."], rows, j)
        + "\n"
    )


# 23
def bearing_dimension_table(rng, j):
    base = [
        ("6000", 10, 26, 8),
        ("6001", 12, 28, 8),
        ("6200", 10, 30, 9),
        ("6201", 12, 32, 10),
        ("6202", 15, 35, 11),
        ("6203", 17, 40, 12),
        ("6204", 20, 47, 14),
        ("6205", 25, 52, 15),
        ("6304", 20, 52, 15),
        ("6305", 25, 62, 17),
        ("6006", 30, 55, 13),
        ("6206", 30, 62, 16),
    ]
    suf = rng.choice(["-2RS", "-ZZ", "", "-2RSH/C3"])
    rows = [
        [
            b + suf,
            str(d),
            str(D),
            str(B),
            "%.1f" % (D * B * 0.0185),
            "%.1f" % (D * B * 0.0095),
            str(int(30000 / D * 10)),
        ]
        for b, d, D, B in rng.sample(base, rng.randint(6, 10))
    ]
    return (
        "Deep groove ball bearings — dimensions (mm) and ratings\n"
        + fmt_table(rng, ["Designation", "d", "D", "B", "C (kN)", "C0 (kN)", "Limiting speed (rpm)"], rows, j)
        + "\n"
    )


# 24
def cloud_instance_type_table(rng, j):
    fam = rng.choice(["m7g", "c6i", "r6a", "t3", "n2-standard", "D4s_v5"])
    rows = []
    for size, mult in [("large", 1), ("xlarge", 2), ("2xlarge", 4), ("4xlarge", 8), ("8xlarge", 16)][
        : rng.randint(3, 5)
    ]:
        rows.append(
            [
                fam + "." + size,
                str(2 * mult),
                str(rng.choice([4, 8, 16]) * mult),
                rng.choice(["up to 12.5", "up to 10", "12.5", "25"]),
                "%.4f" % (rng.uniform(0.04, 0.12) * mult),
            ]
        )
    return (
        "Instance family %s — on-demand pricing (USD/hour, region eu-west)\n" % fam
        + fmt_table(rng, ["Type", "vCPU", "Memory (GiB)", "Network (Gbps)", "Price"], rows, j)
        + "\n"
    )


# 25
def air_quality_index_bands(rng, j):
    bands = [
        ("Good", "0–50", "0.0–9.0", "0–54"),
        ("Moderate", "51–100", "9.1–35.4", "55–154"),
        ("Unhealthy for sensitive groups", "101–150", "35.5–55.4", "155–254"),
        ("Unhealthy", "151–200", "55.5–125.4", "255–354"),
        ("Very unhealthy", "201–300", "125.5–225.4", "355–424"),
        ("Hazardous", "301+", "225.5+", "425+"),
    ]
    return (
        "Air quality index — breakpoints (24-h PM2.5 and PM10, µg/m³)\n"
        + fmt_table(rng, ["Category", "AQI", "PM2.5", "PM10"], [list(b) for b in bands], j)
        + "\nStation %s-%03d, monitor type BAM-%d. Data are provisional.\n"
        % (rng.choice(["URB", "SUB", "ROAD", "RUR"]), rng.randint(1, 400), rng.choice([1020, 1022]))
    )


KINDS = [
    (f.__name__, f)
    for f in [
        tram_stop_sequence,
        piano_tuning_frequencies,
        certificate_of_analysis,
        train_formation_diagram,
        notam_bulletin,
        http_status_reference,
        sql_explain_plan,
        road_sign_catalogue,
        tarot_card_meanings,
        volcano_alert_levels,
        banknote_series_reference,
        brew_day_log,
        textile_care_symbols,
        song_contest_scoreboard,
        dice_probability_table,
        glacier_mass_balance,
        aquarium_water_parameters,
        darts_checkout_table,
        bakers_percentage_formula,
        irrigation_valve_schedule,
        highway_exit_list,
        spectral_line_table,
        bearing_dimension_table,
        cloud_instance_type_table,
        air_quality_index_bands,
    ]
]
_ = math
