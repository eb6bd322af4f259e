"""25 kinds of PII-free look-alike documents for v24 (none of them in the earlier generators' kind list)."""

import string

U = string.ascii_uppercase


def _rows(r, items, lo, hi):
    k = r.randint(min(lo, len(items)), min(hi, len(items)))
    return r.sample(items, k)


def racehorse_pedigree_table(r):
    horses = [
        "Midnight Sonata",
        "Lady Tamsin",
        "Captain Wexford",
        "Mister Hollis",
        "Rosie's Promise",
        "Duke of Ardmore",
        "Silver Abbess",
        "King's Folly",
        "Miss Marigold",
        "Sir Bramble",
        "Dancing Duchess",
        "Old Harbour",
        "Lord Kilcarra",
        "Queen of Clubs",
        "Bonnie Lass",
        "Father Thames",
        "Golden Ellie",
        "Brother Oak",
    ]
    out = [
        f"Stud book extract - {r.choice(['Flat', 'National Hunt', 'Arabian'])} register, vol. {r.randint(12, 60)}",
        "Horse | Foaled | Sex | Colour | Sire | Dam | Dam's sire",
    ]
    for h in _rows(r, horses, 5, 8):
        s, dm, ds = r.sample([x for x in horses if x != h], 3)
        out.append(
            f"{h} (GB) | {r.randint(2012, 2022)} | {r.choice(['c', 'f', 'g', 'm', 'h'])} | {r.choice(['b', 'br', 'ch', 'gr', 'bl'])} | {s} | {dm} | {ds}"
        )
    out.append(
        "Abbreviations: c colt, f filly, g gelding, m mare, h horse; b bay, br brown, ch chestnut, gr grey, bl black."
    )
    return "\n".join(out)


def _imo(r):
    b = [r.randint(0, 9) for _ in range(6)]
    b[0] = r.randint(7, 9)
    c = sum(x * w for x, w in zip(b, [7, 6, 5, 4, 3, 2])) % 10
    return "IMO " + "".join(map(str, b)) + str(c)


def vessel_imo_register(r):
    names = [
        "Maria Stella",
        "Nordic Harmony",
        "Atlantic Grace",
        "Anna Katharina",
        "Pride of Kintyre",
        "Stena Aurora",
        "Cap San Lorenzo",
        "Hanne Mærsk",
        "Spirit of Tasmania IV",
        "Queen of the Isles",
        "Elisabeth Rickmers",
        "Santa Giulia",
        "Helene Oldendorff",
    ]
    flags = [
        "Malta",
        "Liberia",
        "Panama",
        "Marshall Islands",
        "Norway",
        "Bahamas",
        "Cyprus",
        "Portugal (Madeira)",
        "Antigua and Barbuda",
    ]
    out = ["Vessel particulars - port state control list", "IMO no. | Name | Flag | Type | GT | Built | Call sign"]
    for n in _rows(r, names, 5, 9):
        out.append(
            f"{_imo(r)} | {n.upper()} | {r.choice(flags)} | {r.choice(['General cargo', 'Ro-Ro passenger', 'Bulk carrier', 'Container ship', 'Tanker'])} | "
            f"{r.randint(2000, 98000)} | {r.randint(1995, 2023)} | {r.choice(['9H', 'A8', '3E', 'V7', 'LA', 'C6', '5B', 'CQ', 'V2'])}{r.choice(U)}{r.choice(U)}{r.randint(2, 9)}"
        )
    out.append("IMO numbers carry a check digit: weights 7-6-5-4-3-2 on the first six digits, units digit of the sum.")
    return "\n".join(out)


def lunar_crater_gazetteer(r):
    craters = [
        ("Copernicus", 9.62, -20.08, 96),
        ("Tycho", -43.31, -11.36, 85),
        ("Kepler", 8.12, -38.01, 31),
        ("Aristarchus", 23.73, -47.49, 40),
        ("Plato", 51.62, -9.38, 101),
        ("Grimaldi", -5.21, -68.6, 173),
        ("Clavius", -58.62, -14.73, 231),
        ("Langrenus", -8.86, 61.04, 132),
        ("Petavius", -25.39, 60.4, 188),
        ("Archimedes", 29.72, -3.99, 81),
        ("Ptolemaeus", -9.16, -1.84, 154),
        ("Alphonsus", -13.39, -2.85, 110),
        ("Theophilus", -11.45, 26.28, 99),
        ("Eratosthenes", 14.47, -11.32, 58),
        ("Shackleton", -89.67, 129.78, 21),
    ]
    out = [
        f"Lunar nomenclature extract (IAU) - sheet {r.randint(1, 40)}",
        "Feature | Lat | Long | Diam. km | Named for",
    ]
    for n, la, lo, di in _rows(r, craters, 5, 9):
        out.append(
            f"{n} | {la:+.2f}° | {lo:+.2f}° | {di} | astronomer/explorer (eponym, IAU {r.choice(['1935', '1961', '1976', '1994'])})"
        )
    out.append("Selenographic coordinates, planetocentric, east positive.")
    return "\n".join(out)


def heritage_apple_varieties(r):
    apples = [
        ("Cox's Orange Pippin", "Buckinghamshire", 1830),
        ("Bramley's Seedling", "Nottinghamshire", 1809),
        ("Egremont Russet", "Sussex", 1872),
        ("James Grieve", "Midlothian", 1893),
        ("Lord Lambourne", "Bedfordshire", 1907),
        ("Ashmead's Kernel", "Gloucestershire", 1720),
        ("Blenheim Orange", "Oxfordshire", 1740),
        ("Worcester Pearmain", "Worcestershire", 1874),
        ("Ribston Pippin", "Yorkshire", 1707),
        ("Beauty of Bath", "Somerset", 1864),
        ("Peasgood's Nonsuch", "Lincolnshire", 1858),
        ("Granny Smith", "New South Wales", 1868),
        ("Laxton's Superb", "Bedfordshire", 1897),
        ("Ellison's Orange", "Lincolnshire", 1904),
        ("Court Pendu Plat", "Normandy", 1613),
    ]
    out = ["Heritage orchard - variety register", "Variety | Origin | Introduced | Pollination group | Season | Use"]
    for n, o, y in _rows(r, apples, 5, 10):
        out.append(
            f"{n} | {o} | c.{y} | {r.randint(1, 6)} | {r.choice(['Aug-Sep', 'Oct-Dec', 'Nov-Feb', 'Sep-Oct'])} | {r.choice(['dessert', 'culinary', 'dual', 'cider'])}"
        )
    out.append(
        f"Rootstocks in use: M{r.choice(['9', '26', '106', '111', '25'])}, MM106. Tree tags numbered by row/position, e.g. R{r.randint(1, 9)}/P{r.randint(1, 30)}."
    )
    return "\n".join(out)


def uuid_version_reference(r):
    def rnd(v):
        h = "".join(r.choice("0123456789abcdef") for _ in range(32))
        h = h[:12] + str(v) + h[13:16] + r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    rows = [
        ("Nil UUID", "00000000-0000-0000-0000-000000000000"),
        ("Max UUID", "ffffffff-ffff-ffff-ffff-ffffffffffff"),
        ("NameSpace_DNS", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
        ("NameSpace_URL", "6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
        ("NameSpace_OID", "6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
        ("NameSpace_X500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8"),
    ]
    out = ["UUID quick reference (RFC 9562)", "", "Reserved values:"]
    out += [f"  {a:<16} {b}" for a, b in rows]
    out += [
        "",
        "Version nibble = 13th hex digit; variant bits = 17th digit in 8,9,a,b.",
        "Illustrative values generated for this sheet (not assigned to anything):",
    ]
    for v in r.sample([1, 3, 4, 5, 6, 7, 8], r.randint(3, 5)):
        out.append(f"  v{v}: {rnd(v)}")
    out.append(f"Collision probability for 2^{r.choice([36, 40, 48])} random v4 values is negligible.")
    return "\n".join(out)


def bgp_route_table(r):
    out = [
        f"router-{r.choice(['lab', 'edge', 'core'])}{r.randint(1, 9)}# show ip bgp (documentation prefixes only)",
        "   Network            Next Hop          Metric LocPrf Weight Path",
    ]
    for _ in range(r.randint(6, 10)):
        pre = r.choice(["192.0.2", "198.51.100", "203.0.113"])
        nh = r.choice(["192.0.2", "198.51.100", "203.0.113"])
        path = " ".join(str(r.randint(64496, 64511)) for _ in range(r.randint(1, 4)))
        out.append(
            f"*> {pre}.{r.choice([0, 64, 128, 192])}/{r.choice([24, 26, 27, 28]):<4}  {nh}.{r.randint(1, 254):<6}  {r.randint(0, 200):>6} {r.choice([100, 120, 80]):>6} {r.choice([0, 32768]):>6} {path} i"
        )
    out.append(
        f"*> 2001:db8:{r.randint(1, 0xFFF):x}::/48  2001:db8::{r.randint(1, 0xFF):x}  0 100 0 {r.randint(64496, 64511)} i"
    )
    out.append("Total number of prefixes " + str(r.randint(7, 12)))
    return "\n".join(out)


def railway_gradient_profile(r):
    stations = [
        "Settle",
        "Ribblehead",
        "Dent",
        "Garsdale",
        "Kirkby Stephen",
        "Appleby",
        "Langwathby",
        "Armathwaite",
        "Shap Summit",
        "Tebay",
        "Beattock Summit",
        "Druimuachdar",
        "Talerddig",
        "Dainton",
        "Rattery",
    ]
    out = [
        f"Gradient profile - route section {r.choice(U)}{r.randint(10, 99)}",
        "Milepost | Location | Gradient | Elevation (ft) | Notes",
    ]
    mp = r.uniform(200, 250)
    for s in _rows(r, stations, 5, 8):
        mp += r.uniform(1.5, 7)
        g = r.choice(
            ["1 in 100 rising", "1 in 75 rising", "level", "1 in 132 falling", "1 in 200 falling", "1 in 88 rising"]
        )
        out.append(
            f"{mp:.2f} | {s} | {g} | {r.randint(300, 1170)} | {r.choice(['', 'viaduct', 'tunnel mouth', 'summit board', 'loop'])}"
        )
    out.append("Gradients quoted as 1 in N; mileposts from the zero at the route's origin terminus.")
    return "\n".join(out)


def signal_flag_meanings(r):
    flags = [
        ("A", "Alfa", "I have a diver down; keep well clear at slow speed."),
        ("B", "Bravo", "I am taking in, discharging or carrying dangerous goods."),
        ("C", "Charlie", "Affirmative."),
        ("D", "Delta", "Keep clear of me; I am manoeuvring with difficulty."),
        ("G", "Golf", "I require a pilot."),
        ("H", "Hotel", "I have a pilot on board."),
        ("K", "Kilo", "I wish to communicate with you."),
        ("L", "Lima", "You should stop your vessel instantly."),
        ("N", "November", "No (negative)."),
        ("O", "Oscar", "Man overboard."),
        ("P", "Papa", "All persons should report on board; vessel about to proceed to sea."),
        ("Q", "Quebec", "My vessel is healthy and I request free pratique."),
        ("V", "Victor", "I require assistance."),
        ("W", "Whiskey", "I require medical assistance."),
    ]
    out = ["International Code of Signals - single-letter flags", "Flag | Name | Meaning"]
    for a, b, c in _rows(r, flags, 6, 10):
        out.append(f"{a} | {b} | {c}")
    out.append(
        f"Two-letter groups: e.g. {r.choice(['AC', 'NC', 'DV', 'MAA'])} - see chapter {r.randint(2, 7)}. Substitutes: 1st, 2nd, 3rd repeaters."
    )
    return "\n".join(out)


def lift_fault_log(r):
    codes = [
        ("E01", "door lock circuit open"),
        ("E07", "overspeed governor trip"),
        ("E12", "levelling error > 15 mm"),
        ("E21", "landing door not closed"),
        ("E33", "inverter overcurrent"),
        ("E40", "car overload"),
        ("E52", "encoder signal lost"),
        ("E66", "safety gear engaged"),
        ("E71", "phase failure"),
    ]
    out = [
        f"Lift controller event log - installation {r.choice(['L1', 'L2', 'L3', 'GOODS-1'])}, block {r.choice('ABCD')}",
        "Timestamp | Code | Floor | Description | Action",
    ]
    for _ in range(r.randint(5, 9)):
        c, t = r.choice(codes)
        out.append(
            f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} | {c} | {r.choice(['B', 'G', '1', '2', '3', '4', '5'])} | {t} | "
            f"{r.choice(['auto-reset', 'contractor call-out', 'locked out of service', 'reset by site team'])}"
        )
    out.append(
        f"Trips since last service: {r.randint(1000, 90000)}. Next LOLER inspection due in {r.randint(1, 6)} months."
    )
    return "\n".join(out)


def shipping_container_codes(r):
    def cd(owner, serial):
        vals = []
        for ch in owner + "U" + serial:
            if ch.isdigit():
                vals.append(int(ch))
            else:
                v = 10 + (ord(ch) - 65)
                v += (v - 1) // 10  # skip multiples of 11
                vals.append(v)
        s = sum(v * (2**i) for i, v in enumerate(vals))
        return str(s % 11 % 10)

    owners = ["MSC", "CMA", "HLX", "OOL", "TGH", "TRH", "CAI", "SEG", "FCI", "GES"]
    out = ["ISO 6346 container codes - yard inventory", "Container | Size/type | Status | Bay"]
    for _ in range(r.randint(6, 10)):
        o = r.choice(owners)
        s = "".join(r.choice("0123456789") for _ in range(6))
        out.append(
            f"{o}U {s} {cd(o, s)} | {r.choice(['22G1', '42G1', '45G1', '22R1', '45R1', '22T6'])} | {r.choice(['full', 'empty', 'hold', 'reefer plugged'])} | {r.randint(1, 40):02d}-{r.randint(1, 12):02d}-{r.randint(1, 6)}"
        )
    out.append("Format: owner code (3 letters) + category U + 6-digit serial + check digit.")
    return "\n".join(out)


def battery_cell_datasheet(r):
    cells = ["18650", "21700", "26650", "LFP 32700", "CR2032", "LR44", "AA NiMH", "LiPo 603450"]
    c = r.choice(cells)
    out = [
        f"Cell datasheet - type {c}, part no. {r.choice(U)}{r.choice(U)}-{r.randint(1000, 9999)}{r.choice(U)}",
        f"Nominal voltage: {r.choice(['3.6', '3.7', '3.2', '1.2', '3.0', '1.5'])} V",
        f"Rated capacity: {r.randint(200, 5000)} mAh",
        f"Max continuous discharge: {r.randint(1, 30)} A",
        f"Charge cut-off: {r.choice(['4.20', '4.10', '3.65', '1.45'])} V",
        f"Cycle life: >{r.randint(3, 20) * 100} cycles to 80 %",
        f"Weight: {r.uniform(2, 90):.1f} g",
        f"Operating temp: -{r.randint(10, 30)} to +{r.randint(45, 70)} °C",
        f"Batch code format: YYWW-Lnn (e.g. {r.randint(18, 24)}{r.randint(1, 52):02d}-L{r.randint(1, 30):02d})",
        "UN38.3 tested; transport class 9.",
    ]
    return "\n".join(out)


def dog_breed_standard(r):
    breeds = [
        ("Border Collie", "United Kingdom", "46-56", "14-20"),
        ("Shiba Inu", "Japan", "35-41", "8-11"),
        ("Vizsla", "Hungary", "54-64", "20-30"),
        ("Bernese Mountain Dog", "Switzerland", "58-70", "35-50"),
        ("Basenji", "Democratic Republic of the Congo", "40-43", "9-11"),
        ("Samoyed", "Russia", "48-60", "17-30"),
        ("Whippet", "United Kingdom", "44-51", "11-14"),
        ("Leonberger", "Germany", "65-80", "45-75"),
        ("Xoloitzcuintle", "Mexico", "25-60", "4-25"),
        ("Kooikerhondje", "Netherlands", "35-42", "9-11"),
        ("Cavalier King Charles Spaniel", "United Kingdom", "30-33", "5-8"),
    ]
    out = [
        "Breed standards summary",
        "Breed | Country of origin | Height (cm) | Weight (kg) | Typical lifespan (yrs) | FCI group",
    ]
    for b, c, h, w in _rows(r, breeds, 5, 9):
        out.append(f"{b} | {c} | {h} | {w} | {r.randint(9, 12)}-{r.randint(13, 16)} | {r.randint(1, 10)}")
    out.append("Heights at the withers; weights for adult dogs in show condition.")
    return "\n".join(out)


def mahjong_tile_reference(r):
    nums = "一二三四五六七八九"
    suits = [("萬", "Characters"), ("筒", "Dots"), ("索", "Bamboo")]
    out = ["Mahjong tile set reference (144 tiles)"]
    for s, e in r.sample(suits, 3):
        out.append(f"{e}: " + " ".join(n + s for n in nums) + " (x4 each)")
    out.append("Winds: 東 East, 南 South, 西 West, 北 North")
    out.append("Dragons: 中 Red, 發 Green, 白 White")
    out.append("Flowers: 梅 plum, 蘭 orchid, 菊 chrysanthemum, 竹 bamboo; Seasons: 春 夏 秋 冬")
    hands = [
        "清一色 (pure one suit)",
        "對對和 (all pungs)",
        "十三么 (thirteen orphans)",
        "大三元 (big three dragons)",
        "小四喜 (little four winds)",
        "混一色 (half flush)",
    ]
    out.append(
        "Scoring examples: "
        + "; ".join(f"{h} = {r.choice([3, 6, 8, 10, 13])} fan" for h in r.sample(hands, r.randint(3, 5)))
    )
    return "\n".join(out)


def zodiac_year_table(r):
    animals = [
        ("鼠", "Rat"),
        ("牛", "Ox"),
        ("虎", "Tiger"),
        ("兔", "Rabbit"),
        ("龍", "Dragon"),
        ("蛇", "Snake"),
        ("馬", "Horse"),
        ("羊", "Goat"),
        ("猴", "Monkey"),
        ("雞", "Rooster"),
        ("狗", "Dog"),
        ("豬", "Pig"),
    ]
    elems = [("木", "Wood"), ("火", "Fire"), ("土", "Earth"), ("金", "Metal"), ("水", "Water")]
    start = r.choice([1924, 1936, 1948, 1960, 1972, 1984, 1996, 2008])
    n = r.randint(8, 14)
    out = [f"Chinese zodiac cycle - years {start} to {start + n - 1}", "Year | Animal | Element | Stem-branch"]
    stems, branches = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
    for y in range(start, start + n):
        a = animals[(y - 4) % 12]
        e = elems[((y - 4) % 10) // 2]
        out.append(f"{y} | {a[0]} {a[1]} | {e[0]} {e[1]} | {stems[(y - 4) % 10]}{branches[(y - 4) % 12]}")
    out.append("The zodiac year begins at the lunar new year (late January to mid February), not on 1 January.")
    return "\n".join(out)


def transliteration_scheme_table(r):
    cyr = [
        ("А", "A"),
        ("Б", "B"),
        ("В", "V"),
        ("Г", "G"),
        ("Д", "D"),
        ("Ж", "Zh"),
        ("З", "Z"),
        ("Х", "Kh"),
        ("Ц", "Ts"),
        ("Ч", "Ch"),
        ("Ш", "Sh"),
        ("Щ", "Shch"),
        ("Ы", "Y"),
        ("Ю", "Yu"),
        ("Я", "Ya"),
    ]
    gr = [
        ("Α", "A"),
        ("Β", "V"),
        ("Γ", "G"),
        ("Δ", "D"),
        ("Θ", "Th"),
        ("Ξ", "X"),
        ("Φ", "F"),
        ("Χ", "Ch"),
        ("Ψ", "Ps"),
        ("Ω", "O"),
    ]
    ex = [
        ("Москва", "Moskva"),
        ("Новосибирск", "Novosibirsk"),
        ("Ярославль", "Yaroslavl'"),
        ("Θεσσαλονίκη", "Thessaloniki"),
        ("Ηράκλειο", "Irakleio"),
        ("Хабаровск", "Khabarovsk"),
        ("Πάτρα", "Patra"),
        ("Чебоксары", "Cheboksary"),
    ]
    scheme = r.choice(["BGN/PCGN", "ISO 9 (simplified)", "ELOT 743", "GOST 7.79 System B"])
    out = [f"Transliteration table - {scheme}", "Source | Latin"]
    out += [f"{a} | {b}" for a, b in _rows(r, cyr + gr, 8, 14)]
    out.append("Worked examples (place names): " + "; ".join(f"{a} -> {b}" for a, b in r.sample(ex, 4)))
    return "\n".join(out)


def nato_stock_number_catalogue(r):
    items = [
        "Screw, cap, hexagon head",
        "Battery, non-rechargeable",
        "Bearing, ball, annular",
        "Filter element, fluid",
        "Gasket",
        "Lamp, incandescent",
        "Washer, lock",
        "Connector, plug, electrical",
        "Tape, pressure-sensitive",
        "Boot, combat, pair",
    ]
    fsc = ["5305", "6135", "3110", "2940", "5330", "6240", "5310", "5935", "7510", "8430"]
    out = ["NSN catalogue extract", "NSN | Item name | Unit of issue | Shelf-life code"]
    for _ in range(r.randint(6, 10)):
        i = r.randrange(len(items))
        out.append(
            f"{fsc[i]}-{r.choice(['00', '01', '12', '14', '21', '99'])}-{r.randint(100, 999)}-{r.randint(0, 9999):04d} | {items[i]} | "
            f"{r.choice(['EA', 'PG', 'BX', 'PR', 'RO'])} | {r.choice(['0', 'A', 'F', 'R', 'X'])}"
        )
    out.append("Format: FSC (4) - NCB code (2) - item identifier (3-4).")
    return "\n".join(out)


def callsign_prefix_allocation(r):
    alloc = [
        ("2AA-2ZZ", "United Kingdom"),
        ("AAA-ALZ", "United States"),
        ("BAA-BZZ", "China"),
        ("DAA-DRZ", "Germany"),
        ("EAA-EHZ", "Spain"),
        ("FAA-FZZ", "France"),
        ("IAA-IZZ", "Italy"),
        ("JAA-JSZ", "Japan"),
        ("PAA-PIZ", "Netherlands"),
        ("SAA-SMZ", "Sweden"),
        ("UAA-UIZ", "Russian Federation"),
        ("VAA-VGZ", "Canada"),
        ("VHA-VNZ", "Australia"),
        ("ZVA-ZZZ", "Brazil"),
        ("HBA-HBZ", "Switzerland"),
    ]
    out = ["ITU call sign series allocations (extract, Appendix 42)", "Series | Allocated to"]
    out += [f"{a} | {b}" for a, b in _rows(r, alloc, 6, 11)]
    out.append(
        f"Note {r.randint(1, 9)}: amateur stations use a prefix from the national series followed by a digit and a suffix of up to four characters."
    )
    return "\n".join(out)


def meteorite_catalogue(r):
    mets = [
        ("Allende", "CV3", "Chihuahua", 1969, "2 t", 26.97, -105.32),
        ("Murchison", "CM2", "Victoria", 1969, "100 kg", -36.62, 145.2),
        ("Sikhote-Alin", "IIAB", "Primorsky Krai", 1947, "23 t", 46.16, 134.65),
        ("Canyon Diablo", "IAB", "Arizona", 1891, "30 t", 35.05, -111.03),
        ("Hoba", "IVB", "Otjozondjupa", 1920, "60 t", -19.59, 17.93),
        ("Chelyabinsk", "LL5", "Chelyabinsk Oblast", 2013, "1 t", 54.82, 61.12),
        ("Tissint", "shergottite", "Guelmim-Oued Noun", 2011, "7 kg", 29.48, -7.61),
        ("Willamette", "IIIAB", "Oregon", 1902, "15.5 t", 45.37, -122.6),
        ("Gibeon", "IVA", "Hardap", 1836, "26 t", -25.5, 18.0),
        ("Campo del Cielo", "IAB", "Chaco", 1576, "50 t", -27.47, -60.58),
        ("Ensisheim", "LL6", "Alsace", 1492, "127 kg", 47.87, 7.35),
        ("Winchcombe", "CM2", "Gloucestershire", 2021, "0.6 kg", 51.95, -1.97),
    ]
    out = ["Meteoritical Bulletin - catalogue extract", "Name | Class | Region | Fall/find | Total mass | Lat | Lon"]
    for n, c, reg, y, m, la, lo in _rows(r, mets, 5, 9):
        out.append(f"{n} | {c} | {reg} | {r.choice(['fall', 'find'])} {y} | {m} | {la:.2f} | {lo:.2f}")
    out.append("Coordinates are of the strewn field centre.")
    return "\n".join(out)


def avalanche_danger_bulletin(r):
    regions = [
        "Lower Engadine",
        "Upper Valais",
        "Bernese Oberland",
        "Ötztal Alps",
        "Stubai Alps",
        "Vanoise",
        "Haute-Maurienne",
        "Dolomiti di Fassa",
        "Allgäu Alps",
        "Karwendel",
        "Lochaber",
        "Northern Cairngorms",
    ]
    out = [
        f"Avalanche bulletin - issued 17:00, valid until 17:00 next day (edition {r.randint(1, 200)})",
        "Region | Danger level | Problem | Aspects | Elevation",
    ]
    for reg in _rows(r, regions, 4, 7):
        out.append(
            f"{reg} | {r.randint(1, 4)} ({r.choice(['low', 'moderate', 'considerable', 'high'])}) | {r.choice(['wind slab', 'persistent weak layer', 'wet snow', 'new snow', 'gliding snow'])} | "
            f"{'/'.join(r.sample(['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'], r.randint(2, 4)))} | above {r.randint(16, 28) * 100} m"
        )
    out.append(
        f"Snowpack: {r.randint(10, 60)} cm new snow in 48 h; wind {r.choice(['moderate', 'strong'])} from {r.choice(['NW', 'W', 'S'])}."
    )
    return "\n".join(out)


def statistical_critical_values(r):
    kind = r.choice(["t", "chi2"])
    if kind == "t":
        tv = {
            1: (6.314, 12.706, 63.657),
            2: (2.920, 4.303, 9.925),
            3: (2.353, 3.182, 5.841),
            4: (2.132, 2.776, 4.604),
            5: (2.015, 2.571, 4.032),
            6: (1.943, 2.447, 3.707),
            8: (1.860, 2.306, 3.355),
            10: (1.812, 2.228, 3.169),
            15: (1.753, 2.131, 2.947),
            20: (1.725, 2.086, 2.845),
            30: (1.697, 2.042, 2.750),
            60: (1.671, 2.000, 2.660),
            120: (1.658, 1.980, 2.617),
        }
        out = ["Student's t distribution - two-tailed critical values", "df | α=0.10 | α=0.05 | α=0.01"]
        for df in sorted(r.sample(list(tv), r.randint(7, 12))):
            a, b, c = tv[df]
            out.append(f"{df} | {a} | {b} | {c}")
    else:
        cv = {
            1: (2.706, 3.841, 6.635),
            2: (4.605, 5.991, 9.210),
            3: (6.251, 7.815, 11.345),
            4: (7.779, 9.488, 13.277),
            5: (9.236, 11.070, 15.086),
            6: (10.645, 12.592, 16.812),
            8: (13.362, 15.507, 20.090),
            10: (15.987, 18.307, 23.209),
            12: (18.549, 21.026, 26.217),
            20: (28.412, 31.410, 37.566),
        }
        out = ["Chi-square distribution - upper critical values", "df | 0.10 | 0.05 | 0.01"]
        for df in sorted(r.sample(list(cv), r.randint(6, 10))):
            a, b, c = cv[df]
            out.append(f"{df} | {a} | {b} | {c}")
    out.append("Source: computed values, rounded to three decimals.")
    return "\n".join(out)


def cnc_gcode_listing(r):
    out = [
        f"%",
        f"O{r.randint(1000, 9999)} (FACE AND POCKET - PART {r.choice(U)}{r.randint(100, 999)})",
        "G21 G17 G90 G40 G49 G80",
        f"T{r.randint(1, 12)} M06 (D{r.choice([6, 8, 10, 12])} ENDMILL)",
        f"S{r.randint(20, 120) * 100} M03",
        "G54 G00 X0. Y0.",
        f"G43 H{r.randint(1, 12)} Z25.0 M08",
    ]
    x, y = 0.0, 0.0
    for _ in range(r.randint(6, 12)):
        x, y = round(r.uniform(-60, 60), 3), round(r.uniform(-40, 40), 3)
        out.append(f"G01 X{x} Y{y} Z-{r.uniform(0.5, 6):.2f} F{r.randint(2, 12) * 100}")
    out += [f"G02 X{x + 5:.3f} Y{y:.3f} R2.5", "G00 Z50.0 M09", "M05", "G28 G91 Z0.", "M30", "%"]
    return "\n".join(out)


def cpu_opcode_table(r):
    ops = [
        ("LDA #imm", "A9", 2, 2),
        ("LDA zp", "A5", 2, 3),
        ("LDA abs", "AD", 3, 4),
        ("STA zp", "85", 2, 3),
        ("STA abs", "8D", 3, 4),
        ("JMP abs", "4C", 3, 3),
        ("JSR abs", "20", 3, 6),
        ("RTS", "60", 1, 6),
        ("BNE rel", "D0", 2, 2),
        ("BEQ rel", "F0", 2, 2),
        ("INX", "E8", 1, 2),
        ("DEY", "88", 1, 2),
        ("CMP #imm", "C9", 2, 2),
        ("ADC #imm", "69", 2, 2),
        ("NOP", "EA", 1, 2),
        ("BRK", "00", 1, 7),
    ]
    out = ["6502 instruction reference (excerpt)", "Mnemonic/mode | Opcode | Bytes | Cycles"]
    for a, b, c, d in _rows(r, ops, 7, 12):
        out.append(f"{a} | ${b} | {c} | {d}")
    out.append(f"Example: ${r.randint(0xC000, 0xCFFF):04X}  A9 {r.randint(0, 255):02X}  LDA #${r.randint(0, 255):02X}")
    return "\n".join(out)


def file_magic_numbers(r):
    mg = [
        ("PNG", "89 50 4E 47 0D 0A 1A 0A", 0),
        ("PDF", "25 50 44 46 2D", 0),
        ("ZIP/JAR/DOCX", "50 4B 03 04", 0),
        ("GIF89a", "47 49 46 38 39 61", 0),
        ("JPEG", "FF D8 FF", 0),
        ("ELF", "7F 45 4C 46", 0),
        ("gzip", "1F 8B", 0),
        ("SQLite 3", "53 51 4C 69 74 65 20 66 6F 72 6D 61 74 20 33 00", 0),
        ("RIFF/WAV", "52 49 46 46 ?? ?? ?? ?? 57 41 56 45", 0),
        ("7z", "37 7A BC AF 27 1C", 0),
        ("TAR (ustar)", "75 73 74 61 72", 257),
        ("ISO 9660", "43 44 30 30 31", 32769),
        ("Java class", "CA FE BA BE", 0),
        ("Mach-O 64", "CF FA ED FE", 0),
    ]
    out = ["File signatures (magic numbers)", "Format | Hex signature | Offset"]
    out += [f"{a} | {b} | {c}" for a, b, c in _rows(r, mg, 6, 11)]
    out.append("Offsets in bytes from start of file; ?? = any byte.")
    return "\n".join(out)


def db_schema_ddl(r):
    t = r.choice(["customer", "patient", "member", "subscriber", "passenger"])
    cols = [
        ("email", "VARCHAR(254) NOT NULL UNIQUE"),
        ("phone_e164", "VARCHAR(16) CHECK (phone_e164 ~ '^\\+[1-9][0-9]{6,14}$')"),
        ("date_of_birth", "DATE CHECK (date_of_birth > DATE '1900-01-01')"),
        ("given_name", "TEXT NOT NULL"),
        ("family_name", "TEXT NOT NULL"),
        ("national_id_hash", "BYTEA  -- SHA-256 of normalised value, never plaintext"),
        ("iban_last4", "CHAR(4)"),
        ("postcode", "VARCHAR(10)"),
        ("consent_marketing", "BOOLEAN DEFAULT false"),
        ("created_at", "TIMESTAMPTZ DEFAULT now()"),
        ("ip_last_login", "INET"),
        ("device_uuid", "UUID"),
    ]
    out = [
        f"-- migration {r.randint(20200101, 20241231)}_{r.randint(1, 99):02d}_create_{t}.sql",
        f"CREATE TABLE {t} (",
        f"    {t}_id BIGSERIAL PRIMARY KEY,",
    ]
    chosen = _rows(r, cols, 6, 11)
    out += [f"    {a} {b}," for a, b in chosen]
    out[-1] = out[-1].rstrip(",")
    out += [
        ");",
        f"CREATE INDEX idx_{t}_{chosen[0][0]} ON {t} ({chosen[0][0]});",
        f"COMMENT ON TABLE {t} IS 'PII - retention {r.randint(1, 7)} years';",
    ]
    return "\n".join(out)


def oven_gas_mark_conversion(r):
    rows = [
        ("¼", 110, 225, "very cool"),
        ("½", 120, 250, "very cool"),
        ("1", 140, 275, "cool"),
        ("2", 150, 300, "cool"),
        ("3", 160, 325, "warm"),
        ("4", 180, 350, "moderate"),
        ("5", 190, 375, "moderately hot"),
        ("6", 200, 400, "fairly hot"),
        ("7", 220, 425, "hot"),
        ("8", 230, 450, "very hot"),
        ("9", 240, 475, "very hot"),
    ]
    k = r.randint(6, 11)
    sel = rows[:k] if r.random() < 0.5 else rows[-k:]
    out = ["Oven temperature conversion", "Gas mark | °C | °C fan | °F | Description"]
    out += [f"{a} | {b} | {b - 20} | {c} | {d}" for a, b, c, d in sel]
    out.append(
        f"Fan ovens: reduce by about {r.choice([10, 15, 20])} °C. Altitude above {r.choice([900, 1000, 1500])} m may need adjustments."
    )
    return "\n".join(out)


KINDS = [
    racehorse_pedigree_table,
    vessel_imo_register,
    lunar_crater_gazetteer,
    heritage_apple_varieties,
    uuid_version_reference,
    bgp_route_table,
    railway_gradient_profile,
    signal_flag_meanings,
    lift_fault_log,
    shipping_container_codes,
    battery_cell_datasheet,
    dog_breed_standard,
    mahjong_tile_reference,
    zodiac_year_table,
    transliteration_scheme_table,
    nato_stock_number_catalogue,
    callsign_prefix_allocation,
    meteorite_catalogue,
    avalanche_danger_bulletin,
    statistical_critical_values,
    cnc_gcode_listing,
    cpu_opcode_table,
    file_magic_numbers,
    db_schema_ddl,
    oven_gas_mark_conversion,
]
