"""PII-free look-alike documents for v22 (25 new kinds x 10)."""

import math


def _t(rows, sep=" | "):
    return "\n".join(sep.join(str(c) for c in row) for row in rows)


def beaufort_wind_scale(r, i):
    names = [
        "Calm",
        "Light air",
        "Light breeze",
        "Gentle breeze",
        "Moderate breeze",
        "Fresh breeze",
        "Strong breeze",
        "Near gale",
        "Gale",
        "Strong gale",
        "Storm",
        "Violent storm",
        "Hurricane force",
    ]
    kn = [
        (0, 1),
        (1, 3),
        (4, 6),
        (7, 10),
        (11, 16),
        (17, 21),
        (22, 27),
        (28, 33),
        (34, 40),
        (41, 47),
        (48, 55),
        (56, 63),
        (64, 999),
    ]
    lo = r.randint(0, 4)
    hi = r.randint(8, 12)
    rows = [["Force", "Description", "Knots", "m/s", "Sea state"]]
    for f in range(lo, hi + 1):
        a, b = kn[f]
        rows.append(
            [
                f,
                names[f],
                "%d-%d" % (a, b) if b < 999 else "64+",
                "%.1f-%.1f" % (a * 0.514, min(b, 80) * 0.514),
                r.choice(["glassy", "ripples", "small wavelets", "moderate waves", "rough", "very high waves"]),
            ]
        )
    return (
        "Beaufort wind force scale (after Admiral Francis Beaufort, 1805)\n"
        + _t(rows)
        + "\nUse in shipping forecasts: e.g. 'southwest %d to %d, occasionally %d later'."
        % (r.randint(3, 5), r.randint(6, 7), r.randint(8, 9))
    )


def chord_fingering_chart(r, i):
    chords = {
        "C": "x32010",
        "G": "320003",
        "D": "xx0232",
        "A": "x02220",
        "E": "022100",
        "Am": "x02210",
        "Em": "022000",
        "Dm": "xx0231",
        "F": "133211",
        "B7": "x21202",
        "Cmaj7": "x32000",
        "A7": "x02020",
        "E7": "020100",
        "Bm": "x24432",
        "Fmaj7": "xx3210",
        "Gsus4": "330013",
    }
    keys = r.sample(sorted(chords), r.randint(6, 10))
    inst = r.choice(["guitar (standard tuning EADGBE)", "guitar, capo 2", "guitar — open chords"])
    lines = ["Chord chart — " + inst, "Chord | Frets (low E → high e) | Fingers"]
    for k in keys:
        f = chords[k]
        fing = "".join("x" if c == "x" else ("0" if c == "0" else str(min(4, int(c)))) for c in f)
        lines.append("%s | %s | %s" % (k, f, fing))
    lines.append("Progression: " + " - ".join(r.choice(keys) for _ in range(4)) + " (x%d)" % r.randint(2, 4))
    return "\n".join(lines)


def beehive_inspection_log(r, i):
    lines = [
        "Apiary inspection log — site %s (out-apiary by the orchard)" % r.choice(["A", "B", "North", "Hill"]),
        "Hive | Date | Frames brood | Queen seen | Temper | Varroa drop/day | Action",
    ]
    for h in range(r.randint(4, 8)):
        lines.append(
            "H-%02d | 2024-%02d-%02d | %d | %s | %s | %.1f | %s"
            % (
                h + 1,
                r.randint(4, 9),
                r.randint(1, 28),
                r.randint(2, 9),
                r.choice(["Y", "N", "eggs only"]),
                r.choice(["calm", "runny", "defensive"]),
                r.uniform(0, 12),
                r.choice(["add super", "none", "oxalic treatment", "split", "feed 1:1 syrup"]),
            )
        )
    lines.append(
        "Queen marking colour for the year: %s (years ending %d)."
        % (r.choice(["white", "yellow", "red", "green", "blue"]), r.randint(0, 9))
    )
    return "\n".join(lines)


TREES = [
    "Quercus robur",
    "Fraxinus excelsior",
    "Acer pseudoplatanus",
    "Fagus sylvatica",
    "Tilia x europaea",
    "Betula pendula",
    "Platanus x hispanica",
    "Aesculus hippocastanum",
    "Pinus sylvestris",
    "Taxus baccata",
]


def tree_survey_register(r, i):
    lines = [
        "Arboricultural survey (BS 5837 categories) — tree schedule",
        "Tag | Species | Height m | DBH mm | Crown spread N/E/S/W | Age class | Category",
    ]
    for n in range(r.randint(5, 9)):
        lines.append(
            "T%d | %s | %d | %d | %d/%d/%d/%d | %s | %s"
            % (
                r.randint(1000, 1999),
                r.choice(TREES),
                r.randint(4, 28),
                r.randint(120, 1400),
                *[r.randint(1, 9) for _ in range(4)],
                r.choice(["Y", "SM", "EM", "M", "OM", "V"]),
                r.choice(["A1", "B2", "C1", "U"]),
            )
        )
    lines.append(
        "Root protection area = 12 x DBH; e.g. DBH %d mm -> radius %.2f m."
        % (r.randint(300, 900), r.randint(300, 900) * 0.012)
    )
    return "\n".join(lines)


def asteroid_orbital_elements(r, i):
    names = [
        "Ceres",
        "Pallas",
        "Juno",
        "Vesta",
        "Astraea",
        "Hebe",
        "Iris",
        "Flora",
        "Metis",
        "Hygiea",
        "Eros",
        "Apophis",
        "Bennu",
        "Itokawa",
        "Ryugu",
        "Psyche",
        "Eunomia",
        "Davida",
    ]
    lines = [
        "Osculating orbital elements, epoch JD 24606%02d.5 (TDB)" % r.randint(0, 99),
        "Number Name | a (AU) | e | i (deg) | Node | Peri | M | H",
    ]
    for n in r.sample(names, r.randint(5, 8)):
        lines.append(
            "(%d) %s | %.7f | %.7f | %.5f | %.5f | %.5f | %.5f | %.2f"
            % (
                r.randint(1, 160000),
                n,
                r.uniform(0.9, 3.5),
                r.uniform(0, 0.4),
                r.uniform(0, 35),
                r.uniform(0, 360),
                r.uniform(0, 360),
                r.uniform(0, 360),
                r.uniform(3, 20),
            )
        )
    return "\n".join(lines)


RIVERS = [
    ("Severn", "Bewdley"),
    ("Thames", "Kingston"),
    ("Shannon", "Athlone"),
    ("Trent", "Colwick"),
    ("Tay", "Perth"),
    ("Wye", "Hereford"),
    ("Ouse", "Skelton"),
    ("Murray", "Albury"),
    ("Waikato", "Hamilton"),
]


def river_gauge_readings(r, i):
    rv, st = r.choice(RIVERS)
    lines = [
        "Hydrometric station: River %s at %s bridge, station no. %d" % (rv, st, r.randint(2000, 89999)),
        "Datum %.3f mAOD; typical range 0.20-%.2f m" % (r.uniform(5, 40), r.uniform(2, 5)),
        "Time (UTC) | Stage m | Flow m3/s | Trend",
    ]
    lvl = r.uniform(0.4, 2.5)
    for h in range(0, 24, r.choice([2, 3, 4])):
        lvl += r.uniform(-0.15, 0.2)
        lines.append(
            "%02d:00 | %.3f | %.1f | %s"
            % (h, max(lvl, 0.1), max(lvl, 0.1) ** 1.6 * 40, r.choice(["rising", "steady", "falling"]))
        )
    return "\n".join(lines)


def ski_piste_status(r, i):
    resort = r.choice(
        ["Val Thorens", "Zermatt", "Cairngorm Mountain", "Mt Hutt", "Thredbo", "Whistler Blackcomb", "Niseko"]
    )
    lines = [
        "Piste & lift status — %s, %s" % (resort, r.choice(["08:15", "09:00", "12:30"])),
        "Snow depth: base %d cm / summit %d cm. Freezing level %d m."
        % (r.randint(20, 120), r.randint(80, 300), r.randint(800, 2800)),
    ]
    for n in range(r.randint(6, 10)):
        lines.append(
            "%s %d %s — %s"
            % (
                r.choice(["Blue", "Red", "Black", "Green"]),
                r.randint(1, 60),
                r.choice(
                    ["Coyote", "Marmotte", "Glacier run", "Tiger Run", "Face Run", "Sunny Corrie", "Edelweiss", "Combe"]
                ),
                r.choice(["OPEN, groomed", "OPEN", "CLOSED (wind)", "CLOSED"]),
            )
        )
    lines.append("Lifts open %d/%d. Avalanche risk %d/5." % (r.randint(5, 30), r.randint(30, 40), r.randint(1, 4)))
    return "\n".join(lines)


MORSE = {
    "A": ".-",
    "B": "-...",
    "C": "-.-.",
    "D": "-..",
    "E": ".",
    "F": "..-.",
    "G": "--.",
    "H": "....",
    "I": "..",
    "J": ".---",
    "K": "-.-",
    "L": ".-..",
    "M": "--",
    "N": "-.",
    "O": "---",
    "P": ".--.",
    "Q": "--.-",
    "R": ".-.",
    "S": "...",
    "T": "-",
    "U": "..-",
    "V": "...-",
    "W": ".--",
    "X": "-..-",
    "Y": "-.--",
    "Z": "--..",
    "0": "-----",
    "1": ".----",
    "2": "..---",
    "3": "...--",
    "4": "....-",
    "5": ".....",
    "6": "-....",
    "7": "--...",
    "8": "---..",
    "9": "----.",
}


def morse_code_table(r, i):
    ks = sorted(MORSE)
    pick = r.sample(ks, r.randint(12, 20))
    lines = ["International Morse code (ITU-R M.1677-1) — reference", "Character | Code | Units"]
    for k in sorted(pick):
        c = MORSE[k]
        lines.append("%s | %s | %d" % (k, c, sum(1 if x == "." else 3 for x in c) + len(c) - 1))
    word = r.choice(["SOS", "PARIS", "CQ", "QRZ", "73"])
    lines.append("Timing example: the word %s = %s" % (word, " ".join(MORSE[c] for c in word)))
    return "\n".join(lines)


GHS = [
    ("H200", "Unstable explosive"),
    ("H225", "Highly flammable liquid and vapour"),
    ("H290", "May be corrosive to metals"),
    ("H301", "Toxic if swallowed"),
    ("H314", "Causes severe skin burns and eye damage"),
    ("H317", "May cause an allergic skin reaction"),
    ("H319", "Causes serious eye irritation"),
    ("H335", "May cause respiratory irritation"),
    ("H350", "May cause cancer"),
    ("H361", "Suspected of damaging fertility or the unborn child"),
    ("H372", "Causes damage to organs through prolonged or repeated exposure"),
    ("H400", "Very toxic to aquatic life"),
    ("H410", "Very toxic to aquatic life with long lasting effects"),
    ("P280", "Wear protective gloves/eye protection"),
    ("P305+P351+P338", "IF IN EYES: Rinse cautiously with water for several minutes"),
    ("P310", "Immediately call a POISON CENTER/doctor"),
]


def ghs_hazard_statements(r, i):
    lines = ["GHS hazard and precautionary statements — reference list (CLP Annex III)", "Code | Statement | Pictogram"]
    for c, s in sorted(r.sample(GHS, r.randint(6, 10))):
        lines.append("%s | %s | %s" % (c, s, r.choice(["GHS02", "GHS05", "GHS06", "GHS07", "GHS08", "GHS09", "-"])))
    lines.append(
        "Signal word: %s. UN %04d, packing group %s."
        % (r.choice(["Danger", "Warning"]), r.randint(1000, 3500), r.choice(["I", "II", "III"]))
    )
    return "\n".join(lines)


def solar_string_layout(r, i):
    mods = r.randint(8, 14)
    voc = r.uniform(37, 49)
    lines = [
        "PV array string schedule — roof plane %s, azimuth %d°, pitch %d°"
        % (r.choice("ABC"), r.randint(90, 270), r.randint(15, 45)),
        "Module: %d W mono, Voc %.2f V, Isc %.2f A, temp coeff Voc -0.%02d%%/K"
        % (r.randint(380, 450), voc, r.uniform(9, 14), r.randint(24, 29)),
        "String | Modules | Voc STC | Voc @ -10°C | MPPT input",
    ]
    for s in range(r.randint(2, 4)):
        lines.append("S%d | %d | %.1f V | %.1f V | MPPT %d" % (s + 1, mods, mods * voc, mods * voc * 1.09, s % 2 + 1))
    lines.append("Inverter max DC input 1000 V; DC isolator rated %d A." % r.choice([25, 32, 40]))
    return "\n".join(lines)


VOWELS = [
    ("i", "close front unrounded", "fleece"),
    ("y", "close front rounded", "French 'tu'"),
    ("ɪ", "near-close near-front unrounded", "kit"),
    ("e", "close-mid front unrounded", "German 'See'"),
    ("ɛ", "open-mid front unrounded", "dress"),
    ("æ", "near-open front unrounded", "trap"),
    ("a", "open front unrounded", "Spanish 'casa'"),
    ("ɑ", "open back unrounded", "palm"),
    ("ɒ", "open back rounded", "lot (RP)"),
    ("ɔ", "open-mid back rounded", "thought"),
    ("o", "close-mid back rounded", "French 'beau'"),
    ("ʊ", "near-close near-back rounded", "foot"),
    ("u", "close back rounded", "goose"),
    ("ə", "mid central", "comma"),
    ("ʌ", "open-mid back unrounded", "strut"),
]


def ipa_vowel_chart(r, i):
    lines = ["IPA vowel symbols — reference (Wells lexical sets for English)", "Symbol | Description | Example"]
    for s, dsc, ex in r.sample(VOWELS, r.randint(7, 12)):
        lines.append("%s | %s | %s" % (s, dsc, ex))
    lines.append("Unicode: ə U+0259, ɪ U+026A, ʊ U+028A.")
    return "\n".join(lines)


def _roman(n):
    vals = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def roman_numeral_table(r, i):
    ns = sorted(r.sample(range(1, 3999), r.randint(8, 14)))
    lines = ["Roman numerals — conversion table", "Arabic | Roman"] + ["%d | %s" % (n, _roman(n)) for n in ns]
    y = r.randint(1850, 2030)
    lines.append("Example: a building dated %s = %d." % (_roman(y), y))
    return "\n".join(lines)


def fishing_quota_allocations(r, i):
    stocks = [
        ("COD", "Cod", "7XAD34"),
        ("HAD", "Haddock", "7X7A34"),
        ("NEP", "Nephrops", "07."),
        ("MAC", "Mackerel", "2CX14"),
        ("HER", "Herring", "1/2."),
        ("WHG", "Whiting", "7X7A-C"),
        ("PLE", "Plaice", "7FG."),
        ("SOL", "Sole", "7FG."),
        ("HKE", "Hake", "571214"),
    ]
    lines = [
        "Quota allocation table %d (tonnes, live weight)" % r.randint(2019, 2026),
        "Stock | Species | TAC area | TAC | Member share | Adjusted",
    ]
    for code, sp, area in r.sample(stocks, r.randint(5, 8)):
        tac = r.randint(800, 90000)
        lines.append(
            "%s/%s | %s | ICES %s | %d | %d | %d"
            % (
                code,
                area,
                sp,
                r.choice(["VIIa", "VIIb-k", "IVa", "VIa", "VIIf,g"]),
                tac,
                int(tac * r.uniform(0.1, 0.4)),
                int(tac * r.uniform(0.1, 0.4)),
            )
        )
    return "\n".join(lines)


STATIONS = [
    ("Armagh", 54.35, -6.65),
    ("Braemar", 57.01, -3.40),
    ("Valentia", 51.94, -10.24),
    ("Oxford Radcliffe", 51.76, -1.26),
    ("Darwin Airport", -12.42, 130.89),
    ("Wellington Kelburn", -41.28, 174.77),
    ("Durban", -29.97, 30.95),
    ("Shimla", 31.10, 77.17),
]


def climate_normals_table(r, i):
    st, la, lo = r.choice(STATIONS)
    mons = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    base = r.uniform(2, 25)
    lines = [
        "Climate normals 1991–2020 — %s (station at %.2f, %.2f, elev. %d m)" % (st, la, lo, r.randint(5, 2200)),
        "Month | Tmax °C | Tmin °C | Rain mm | Sun h",
    ]
    for k, m in enumerate(mons):
        amp = 6 * math.cos((k - 6) * math.pi / 6)
        lines.append(
            "%s | %.1f | %.1f | %.1f | %.1f"
            % (m, base + amp + 5, base + amp - 3, r.uniform(20, 180), r.uniform(30, 280))
        )
    return "\n".join(lines)


COL = ["black", "brown", "red", "orange", "yellow", "green", "blue", "violet", "grey", "white"]


def resistor_colour_code(r, i):
    lines = ["Resistor colour code (IEC 60062) — worked examples", "Bands | Value | Tolerance"]
    for _ in range(r.randint(6, 10)):
        a, b, m = r.randint(1, 9), r.randint(0, 9), r.randint(0, 6)
        v = (a * 10 + b) * 10**m
        s = "%g Ω" % v if v < 1000 else ("%g kΩ" % (v / 1000) if v < 1e6 else "%g MΩ" % (v / 1e6))
        tol = r.choice([("gold", "±5%"), ("silver", "±10%"), ("brown", "±1%")])
        lines.append("%s-%s-%s-%s | %s | %s" % (COL[a], COL[b], COL[m], tol[0], s, tol[1]))
    lines.append("Mnemonic for 0-9: black, brown, red, orange, yellow, green, blue, violet, grey, white.")
    return "\n".join(lines)


def moon_phase_calendar(r, i):
    y = r.randint(2024, 2030)
    m = r.randint(1, 12)
    lines = ["Moon phases %d (UTC) — month %02d onwards" % (y, m), "Phase | Date | Time"]
    day = r.randint(1, 7)
    for k in range(r.randint(6, 10)):
        lines.append(
            "%s | %d-%02d-%02d | %02d:%02d"
            % (
                ["New Moon", "First Quarter", "Full Moon", "Last Quarter"][k % 4],
                y,
                (m - 1 + (day + 7 * k) // 29) % 12 + 1,
                (day + 7 * k) % 28 + 1,
                r.randint(0, 23),
                r.randint(0, 59),
            )
        )
    lines.append(
        "Full moon names (folk): %s."
        % ", ".join(
            r.sample(
                [
                    "Wolf Moon",
                    "Snow Moon",
                    "Worm Moon",
                    "Pink Moon",
                    "Flower Moon",
                    "Strawberry Moon",
                    "Buck Moon",
                    "Sturgeon Moon",
                    "Harvest Moon",
                    "Hunter's Moon",
                    "Beaver Moon",
                    "Cold Moon",
                ],
                4,
            )
        )
    )
    return "\n".join(lines)


METHODS = [
    ("Plain Bob Minor", "x16x16x16,12"),
    ("Grandsire Triples", "3,1.7.1.7.1.7.1"),
    ("Stedman Caters", "3.1.9.3.1.3.1.3.9.1.3.1"),
    ("Cambridge Surprise Major", "-38-14-1258-36-14-58-16-78,12"),
    ("Kent Treble Bob Major", "34-34.18-12-18-12-18,18"),
    ("Yorkshire Surprise Major", "-38-14-58-16-12-38-14-78,12"),
    ("Little Bob Minor", "-16-14-16,12"),
    ("Double Norwich Court Bob Major", "-14-36-58-18,18"),
]


def change_ringing_methods(r, i):
    lines = [
        "Change-ringing methods — place notation reference (Central Council collection)",
        "Method | Place notation | Lead length | Lead end",
    ]
    for mth, pn in r.sample(METHODS, r.randint(4, 7)):
        lines.append(
            "%s | %s | %d | %s"
            % (mth, pn, r.choice([12, 14, 16, 18, 32]), r.choice(["12", "18", "13527486", "1352746"]))
        )
    lines.append("A peal: %d changes; a quarter peal: %d changes." % (5040, r.choice([1260, 1280, 1296])))
    return "\n".join(lines)


def orienteering_control_descriptions(r, i):
    lines = [
        "Control descriptions — Course %s, %.1f km, %d m climb (IOF 2018 symbols in words)"
        % (r.choice(["Blue", "Green", "Brown", "Orange"]), r.uniform(2.5, 10), r.randint(40, 350)),
        "No. | Code | Feature | Detail",
    ]
    for k in range(r.randint(8, 14)):
        lines.append(
            "%d | %d | %s | %s"
            % (
                k + 1,
                r.randint(31, 199),
                r.choice(
                    [
                        "boulder",
                        "re-entrant",
                        "path junction",
                        "knoll",
                        "marsh, south part",
                        "fence corner",
                        "ruin",
                        "pit",
                        "stream bend",
                    ]
                ),
                r.choice(["east side", "foot", "top", "NW corner", "1 m high", "between"]),
            )
        )
    lines.append("Finish: follow tapes %d m to finish funnel." % r.randint(50, 300))
    return "\n".join(lines)


def cave_survey_legs(r, i):
    lines = [
        "Cave survey data (Survex-style), BCRA grade 5 — survey of the %s series"
        % r.choice(["Upper", "Main Stream", "Old Roof", "Boulder"]),
        "From | To | Tape m | Compass ° | Clino ° | LRUD",
    ]
    a = r.randint(1, 40)
    for k in range(r.randint(8, 14)):
        lines.append(
            "%d.%d | %d.%d | %.2f | %.1f | %+.1f | %.1f %.1f %.1f %.1f"
            % (
                a,
                k,
                a,
                k + 1,
                r.uniform(1, 25),
                r.uniform(0, 359.9),
                r.uniform(-40, 40),
                r.uniform(0, 3),
                r.uniform(0, 3),
                r.uniform(0, 5),
                r.uniform(0, 2),
            )
        )
    lines.append("*calibrate compass %+.1f ; *declination auto" % r.uniform(-3, 3))
    return "\n".join(lines)


def concrete_mix_designs(r, i):
    lines = [
        "Concrete mix designs (BS 8500 designated mixes) — per m³",
        "Mix | Cement kg | Water l | w/c | Fine agg kg | Coarse agg kg | Slump mm",
    ]
    for g in r.sample(
        ["GEN1", "GEN3", "RC28/35", "RC32/40", "RC40/50", "PAV1", "FND2", "C20/25", "C30/37"], r.randint(4, 7)
    ):
        c = r.randint(220, 420)
        w = r.randint(150, 200)
        lines.append(
            "%s | %d | %d | %.2f | %d | %d | %d"
            % (g, c, w, w / c, r.randint(600, 850), r.randint(950, 1200), r.choice([50, 75, 100, 150]))
        )
    lines.append("Exposure class XC%d; cover %d mm." % (r.randint(1, 4), r.choice([25, 30, 35, 40, 50])))
    return "\n".join(lines)


def welding_electrode_classes(r, i):
    codes = [
        "E6010",
        "E6011",
        "E6013",
        "E7014",
        "E7016",
        "E7018",
        "E7024",
        "E308L-16",
        "E309L-16",
        "E316L-16",
        "ER70S-6",
        "ER4043",
        "ER5356",
    ]
    lines = [
        "Filler metal / electrode classification (AWS A5.1 / A5.4 / A5.18) — quick reference",
        "Class | Tensile ksi | Positions | Current | Typical use",
    ]
    for c in r.sample(codes, r.randint(6, 9)):
        lines.append(
            "%s | %s | %s | %s | %s"
            % (
                c,
                c[1:3] if c[1:3].isdigit() else "-",
                r.choice(["all", "flat & horizontal", "all (1G-4G)"]),
                r.choice(["DCEP", "AC/DCEP", "AC/DC±", "DCEN"]),
                r.choice(["pipe root", "structural", "sheet metal", "stainless", "aluminium"]),
            )
        )
    lines.append("Amperage guide: 3.2 mm rod, %d-%d A." % (r.randint(70, 90), r.randint(110, 140)))
    return "\n".join(lines)


def fuse_board_schedule(r, i):
    lines = [
        "Distribution board schedule — DB%d, %s"
        % (r.randint(1, 4), r.choice(["ground floor plant room", "unit kitchen", "garage consumer unit"])),
        "Way | Circuit | Device | Rating A | Cable mm² | Zs Ω (max)",
    ]
    for w in range(1, r.randint(7, 13)):
        dev = r.choice(["MCB B", "MCB C", "RCBO B"])
        rat = r.choice([6, 10, 16, 20, 32, 40])
        lines.append(
            "%d | %s | %s%d | %d | %s | %.2f"
            % (
                w,
                r.choice(
                    [
                        "Lights upstairs",
                        "Lights downstairs",
                        "Ring final kitchen",
                        "Cooker",
                        "Shower",
                        "Immersion",
                        "Sockets garage",
                        "Smoke alarms",
                        "EV charger",
                    ]
                ),
                dev,
                rat,
                rat,
                r.choice(["1.0", "1.5", "2.5", "6.0", "10"]),
                1.37 * 32 / rat,
            )
        )
    lines.append("Main switch %d A; RCD 30 mA type A; test date to be entered." % r.choice([80, 100]))
    return "\n".join(lines)


def hallmark_assay_marks(r, i):
    offices = [
        ("London", "leopard's head"),
        ("Birmingham", "anchor"),
        ("Sheffield", "rose"),
        ("Edinburgh", "castle"),
        ("Dublin", "Hibernia"),
    ]
    lines = ["British and Irish hallmarks — reference", "Assay office | Town mark | Standard marks"]
    for o, m in offices:
        lines.append(
            "%s | %s | %s"
            % (o, m, r.choice(["925 (sterling)", "958 (Britannia)", "375 / 585 / 750 (gold)", "950 (platinum)"]))
        )
    y = r.randint(1975, 2024)
    lines.append(
        "Date letters: %d is letter '%s' in the current cycle; the convention mark was used 1976-1998."
        % (y, "abcdefghjklmnopqrstuvwxyz"[y % 25])
    )
    return "\n".join(lines)


def coin_mintage_table(r, i):
    coin = r.choice(["1p", "2p", "5p", "10p", "20p", "50p", "£1", "£2", "1 cent", "5 cent", "quarter dollar"])
    lines = ["Mintage figures — %s circulation coins" % coin, "Year | Mint mark | Mintage | Notes"]
    for y in range(r.randint(1990, 2008), r.randint(2012, 2024)):
        if r.random() < 0.6:
            lines.append(
                "%d | %s | %s | %s"
                % (
                    y,
                    r.choice(["-", "P", "D", "S"]),
                    "{:,}".format(r.randint(1000, 900000000)),
                    r.choice(["", "proof only", "commemorative reverse", "not issued for circulation"]),
                )
            )
    return "\n".join(lines)


def soil_test_report(r, i):
    lines = [
        "Soil analysis report — field %s, sample %s (composite, 0-15 cm)"
        % (
            r.choice(["Long Acre", "Top Meadow", "Field 7", "Parcel 12B"]),
            "S-%d-%04d" % (r.randint(20, 25), r.randint(0, 9999)),
        ),
        "Parameter | Result | Index | Target",
    ]
    lines.append("pH (water) | %.1f | - | 6.5" % r.uniform(5.2, 8.1))
    for p, u in [("P (Olsen)", "mg/l"), ("K", "mg/l"), ("Mg", "mg/l"), ("Organic matter", "%"), ("CEC", "meq/100g")]:
        lines.append(
            "%s | %.1f %s | %d | %s"
            % (p, r.uniform(2, 300), u, r.randint(0, 4), r.choice(["index 2", "index 2-", "maintain", "-"]))
        )
    lines.append("Lime requirement: %.1f t/ha ground limestone." % r.uniform(0, 6))
    return "\n".join(lines)


KINDS = [
    beaufort_wind_scale,
    chord_fingering_chart,
    beehive_inspection_log,
    tree_survey_register,
    asteroid_orbital_elements,
    river_gauge_readings,
    ski_piste_status,
    morse_code_table,
    ghs_hazard_statements,
    solar_string_layout,
    ipa_vowel_chart,
    roman_numeral_table,
    fishing_quota_allocations,
    climate_normals_table,
    resistor_colour_code,
    moon_phase_calendar,
    change_ringing_methods,
    orienteering_control_descriptions,
    cave_survey_legs,
    concrete_mix_designs,
    welding_electrode_classes,
    fuse_board_schedule,
    hallmark_assay_marks,
    coin_mintage_table,
    soil_test_report,
]
