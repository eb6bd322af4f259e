# -*- coding: utf-8 -*-
"""PII-free look-alike documents for v19: 25 kinds x 10 documents.

Every text here was typed by hand for this corpus. None of these kinds appears in the
list of kinds used by earlier corpora.
"""

import re

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

from common import Doc, Redraw, pick, rdig, ralnum, _NOSPACE

PER_KIND = 10


def _fill(d, rng, rows, lo=420, hi=2500):
    """Append rows (callables returning a line) until the text is long enough."""
    n = 0
    while d.n < lo or (n < 3):
        line = rows(rng, n)
        if d.n + len(line) > hi:
            break
        d.t(line)
        n += 1
    return d


# ---------------------------------------------------------------------------
def k_sudoku(rng, i):
    d = Doc()
    base = [[(r * 3 + r // 3 + c) % 9 + 1 for c in range(9)] for r in range(9)]
    perm = list(range(1, 10))
    rng.shuffle(perm)
    grid = [[perm[v - 1] for v in row] for row in base]
    # shuffle rows within bands and columns within stacks
    for b in range(3):
        rows = grid[b * 3 : (b + 1) * 3]
        rng.shuffle(rows)
        grid[b * 3 : (b + 1) * 3] = rows
    lang = rng.choice(["en", "ja", "de", "fr"])
    title = {
        "en": "Puzzle No. %d - difficulty: %s",
        "ja": "数独 第%d問 - 難易度：%s",
        "de": "Sudoku Nr. %d - Schwierigkeit: %s",
        "fr": "Sudoku n° %d - niveau : %s",
    }[lang]
    lvl = {
        "en": ["easy", "medium", "hard", "fiendish"],
        "ja": ["初級", "中級", "上級"],
        "de": ["leicht", "mittel", "schwer"],
        "fr": ["facile", "moyen", "difficile"],
    }[lang]
    d.t(title % (rng.randint(100, 999), pick(rng, lvl)) + "\n")
    d.t(
        {
            "en": "Fill every row, column and 3x3 box with the digits 1 to 9.\n\n",
            "ja": "各行・各列・各ブロックに1〜9の数字を一つずつ入れてください。\n\n",
            "de": "Jede Zeile, Spalte und jedes 3x3-Feld enthält die Ziffern 1 bis 9 genau einmal.\n\n",
            "fr": "Chaque ligne, colonne et carré 3x3 doit contenir les chiffres de 1 à 9.\n\n",
        }[lang]
    )
    holes = rng.uniform(0.45, 0.65)
    for r in range(9):
        if r and r % 3 == 0:
            d.t("------+-------+------\n")
        cells = []
        for c in range(9):
            cells.append("." if rng.random() < holes else str(grid[r][c]))
            if c in (2, 5):
                cells.append("|")
        d.t(" ".join(cells) + "\n")
    d.t(
        {
            "en": "\nSolution, row by row:\n",
            "ja": "\n解答（各行）：\n",
            "de": "\nLösung zeilenweise:\n",
            "fr": "\nSolution ligne par ligne :\n",
        }[lang]
    )
    for r in range(9):
        d.t(
            "R%d: %s | %s | %s\n"
            % (r + 1, "".join(map(str, grid[r][:3])), "".join(map(str, grid[r][3:6])), "".join(map(str, grid[r][6:])))
        )
    return d


ELEMENTS = [
    (1, "H", "Hydrogen", "Водород", "氢", 1.008),
    (2, "He", "Helium", "Гелий", "氦", 4.0026),
    (3, "Li", "Lithium", "Литий", "锂", 6.94),
    (4, "Be", "Beryllium", "Бериллий", "铍", 9.0122),
    (5, "B", "Boron", "Бор", "硼", 10.81),
    (6, "C", "Carbon", "Углерод", "碳", 12.011),
    (7, "N", "Nitrogen", "Азот", "氮", 14.007),
    (8, "O", "Oxygen", "Кислород", "氧", 15.999),
    (9, "F", "Fluorine", "Фтор", "氟", 18.998),
    (10, "Ne", "Neon", "Неон", "氖", 20.180),
    (11, "Na", "Sodium", "Натрий", "钠", 22.990),
    (12, "Mg", "Magnesium", "Магний", "镁", 24.305),
    (13, "Al", "Aluminium", "Алюминий", "铝", 26.982),
    (14, "Si", "Silicon", "Кремний", "硅", 28.085),
    (15, "P", "Phosphorus", "Фосфор", "磷", 30.974),
    (16, "S", "Sulfur", "Сера", "硫", 32.06),
    (17, "Cl", "Chlorine", "Хлор", "氯", 35.45),
    (18, "Ar", "Argon", "Аргон", "氩", 39.948),
    (19, "K", "Potassium", "Калий", "钾", 39.098),
    (20, "Ca", "Calcium", "Кальций", "钙", 40.078),
    (26, "Fe", "Iron", "Железо", "铁", 55.845),
    (29, "Cu", "Copper", "Медь", "铜", 63.546),
    (30, "Zn", "Zinc", "Цинк", "锌", 65.38),
    (47, "Ag", "Silver", "Серебро", "银", 107.87),
    (50, "Sn", "Tin", "Олово", "锡", 118.71),
    (79, "Au", "Gold", "Золото", "金", 196.97),
    (80, "Hg", "Mercury", "Ртуть", "汞", 200.59),
    (82, "Pb", "Lead", "Свинец", "铅", 207.2),
    (92, "U", "Uranium", "Уран", "铀", 238.03),
    (96, "Cm", "Curium", "Кюрий", "锔", 247.0),
    (99, "Es", "Einsteinium", "Эйнштейний", "锿", 252.0),
    (101, "Md", "Mendelevium", "Менделевий", "钔", 258.0),
]


GROUPS = {
    "H": "1",
    "He": "18",
    "Li": "1",
    "Be": "2",
    "B": "13",
    "C": "14",
    "N": "15",
    "O": "16",
    "F": "17",
    "Ne": "18",
    "Na": "1",
    "Mg": "2",
    "Al": "13",
    "Si": "14",
    "P": "15",
    "S": "16",
    "Cl": "17",
    "Ar": "18",
    "K": "1",
    "Ca": "2",
    "Fe": "8",
    "Cu": "11",
    "Zn": "12",
    "Ag": "11",
    "Sn": "14",
    "Au": "11",
    "Hg": "12",
    "Pb": "14",
}


def k_periodic(rng, i):
    d = Doc()
    lang = rng.choice(["en", "ru", "zh"])
    col = {"en": 2, "ru": 3, "zh": 4}[lang]
    d.t(
        {
            "en": "Periodic table extract - selected elements\n",
            "ru": "Периодическая система - выборка элементов\n",
            "zh": "元素周期表（节选）\n",
        }[lang]
    )
    d.t(
        {
            "en": "Z   | Symbol | Name | Standard atomic weight | Period/Group\n",
            "ru": "Z   | Символ | Название | Атомная масса | Период/Группа\n",
            "zh": "原子序数 | 符号 | 名称 | 相对原子质量 | 周期/族\n",
        }[lang]
    )
    els = sorted(rng.sample(ELEMENTS, rng.randint(12, 20)))
    for e in els:
        z = e[0]
        period = (
            1 if z <= 2 else 2 if z <= 10 else 3 if z <= 18 else 4 if z <= 36 else 5 if z <= 54 else 6 if z <= 86 else 7
        )
        d.t("%-3d | %-6s | %s | %s | %d/%s\n" % (z, e[1], e[col], e[5], period, GROUPS.get(e[1], "f")))
    d.t(
        {
            "en": "\nValues follow the conventional abridged weights; brackets omitted for synthetic elements.\n",
            "ru": "\nДля синтетических элементов указано массовое число наиболее устойчивого изотопа.\n",
            "zh": "\n人工合成元素给出最稳定同位素的质量数。\n",
        }[lang]
    )
    return d


WINES = [
    ("Château Lafleur-Gazin", "Pomerol"),
    ("Domaine de la Croix Blanche", "Sancerre"),
    ("Clos des Pénitents", "Côtes du Rhône"),
    ("Château Belle-Rive", "Médoc"),
    ("Domaine Rolland Père et Fils", "Chablis Premier Cru"),
    ("Maison Vautrin-Laroche", "Champagne Brut"),
    ("Château de Montfort-Lacaze", "Saint-Émilion Grand Cru"),
    ("Bodegas Hermanos Aldaba", "Rioja Reserva"),
    ("Weingut Sonnenhang", "Riesling Kabinett"),
    ("Tenuta San Lorenzo", "Chianti Classico"),
    ("Quinta do Vale Escuro", "Douro"),
    ("Domaine des Trois Ormeaux", "Muscadet Sèvre-et-Maine"),
    ("Cave Saint-Vérand", "Mâcon-Villages"),
    ("Cantina Monte Alto", "Barbera d'Asti"),
    ("Domaine Lestang-Mirepoix", "Cahors"),
    ("Domaine des Coteaux Gris", "Crémant de Loire"),
    ("Caves Sant Pere", "Cava Brut Nature"),
    ("Cantina Colle Verde", "Prosecco Superiore"),
]


WINE_COL = {
    "Pomerol": "r",
    "Sancerre": "w",
    "Côtes du Rhône": "r",
    "Médoc": "r",
    "Chablis Premier Cru": "w",
    "Champagne Brut": "s",
    "Saint-Émilion Grand Cru": "r",
    "Rioja Reserva": "r",
    "Riesling Kabinett": "w",
    "Chianti Classico": "r",
    "Douro": "r",
    "Muscadet Sèvre-et-Maine": "w",
    "Mâcon-Villages": "w",
    "Barbera d'Asti": "r",
    "Cahors": "r",
    "Crémant de Loire": "s",
    "Cava Brut Nature": "s",
    "Prosecco Superiore": "s",
}


def k_wine_list(rng, i):
    d = Doc()
    fr = rng.random() < 0.6
    d.t("CARTE DES VINS\n\n" if fr else "WINE LIST\n\n")
    secs = [("Blancs", "Whites", "w"), ("Rouges", "Reds", "r"), ("Effervescents", "Sparkling", "s")]
    for s in secs:
        d.t((s[0] if fr else s[1]) + "\n")
        pool = [w for w in WINES if WINE_COL[w[1]] == s[2]]
        for w in rng.sample(pool, min(len(pool), rng.randint(2, 5))):
            v = rng.randint(2012, 2022)
            d.t("  %s, %s %d ........ %s%d\n" % (w[1], w[0], v, "" if fr else "EUR ", rng.randint(28, 240)))
        d.t("\n")
    d.t(
        "Prix nets, service compris. Le verre (12 cl) sur demande.\n"
        if fr
        else "Prices per 75 cl bottle; 125 ml glasses available on request.\n"
    )
    return d


FONTS = [
    ("Garamond", "Old-style serif, 16th-century roots"),
    ("Baskerville", "Transitional serif"),
    ("Bodoni", "Didone, high contrast"),
    ("Caslon", "Old-style serif"),
    ("Gill Sans", "Humanist sans"),
    ("Frutiger", "Humanist sans, signage"),
    ("Futura", "Geometric sans"),
    ("Didot", "Didone"),
    ("Palatino", "Old-style, calligraphic"),
    ("Optima", "Flared sans"),
    ("Rockwell", "Slab serif"),
    ("Clarendon", "Slab serif, Victorian"),
    ("Akzidenz-Grotesk", "Grotesque sans"),
    ("Bembo", "Old-style serif"),
    ("Plantin", "Old-style serif"),
    ("Jenson", "Venetian serif"),
    ("Sabon", "Old-style serif"),
    ("Eurostile", "Square sans"),
    ("Goudy Old Style", "Old-style serif"),
]


def k_fonts(rng, i):
    d = Doc()
    d.t(
        "TYPE SPECIMEN CATALOGUE - %s edition\nFamily | Classification | Weights | Licence | SKU\n"
        % rng.choice(["spring", "autumn", "2024", "archive"])
    )
    for f in rng.sample(FONTS, rng.randint(9, 14)):
        d.t(
            "%s | %s | %s | %s | TS-%s\n"
            % (
                f[0],
                f[1],
                rng.choice(
                    [
                        "Regular, Italic",
                        "Light to Black (8)",
                        "Roman, Bold",
                        "Book, Medium, Bold",
                        "Variable wght 100-900",
                    ]
                ),
                rng.choice(["desktop 5 users", "web 50k views", "app 1 title", "OFL"]),
                ralnum(rng, 4, "ABCDEFGHJKLMNPRSTUVWXYZ"),
            )
        )
    d.t("\nSample: The quick brown fox jumps over the lazy dog. 0123456789 &?!\n")
    return d


STORMS_ATL = [
    "Arlo",
    "Bertha",
    "Cristobal",
    "Dolly",
    "Edouard",
    "Fay",
    "Gonzalo",
    "Isaias",
    "Josephine",
    "Kyle",
    "Laura",
    "Nana",
    "Paulette",
    "Rene",
    "Sally",
    "Teddy",
    "Vicky",
    "Wilfred",
]
STORMS_EU = [
    "Agnes",
    "Babet",
    "Ciarán",
    "Debi",
    "Elin",
    "Fergus",
    "Gerrit",
    "Henk",
    "Isha",
    "Kathleen",
    "Lilian",
    "Bert",
    "Conall",
    "Floris",
]
STORMS_AU = [
    "Alfred",
    "Blanche",
    "Caleb",
    "Dianne",
    "Errol",
    "Fina",
    "Greg",
    "Hayley",
    "Joyce",
    "Kelvin",
    "Linda",
    "Nora",
    "Penny",
    "Trevor",
    "Veronica",
    "Wallace",
]


def k_storms(rng, i):
    d = Doc()
    basin, names = rng.choice(
        [
            ("North Atlantic", STORMS_ATL),
            ("UK/Ireland/Netherlands windstorm", STORMS_EU),
            ("Australian region", STORMS_AU),
        ]
    )
    yr = rng.randint(2019, 2026)
    d.t(
        "Tropical cyclone / windstorm naming list - %s, season %d/%02d\n\nOrder | Name | Status | Peak category/date if used\n"
        % (basin, yr, (yr + 1) % 100)
    )
    sel = names[:]
    for n, name in enumerate(sel[: rng.randint(10, len(sel))]):
        st = rng.choice(["used", "used", "not used", "retired", "reserve"])
        extra = (
            (
                "%s, %d %s"
                % (
                    rng.choice(["TS", "Cat 1", "Cat 2", "Cat 3", "amber warning", "red warning"]),
                    rng.randint(1, 28),
                    rng.choice(["Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb"]),
                )
            )
            if st in ("used", "retired")
            else "-"
        )
        d.t("%2d | %s | %s | %s\n" % (n + 1, name, st, extra))
    d.t(
        "\nNames are assigned alphabetically as systems reach named strength. Retired names are replaced at the annual committee meeting.\n"
    )
    return d


ROUTES = [
    ("Cenotaph Corner", "E1 5c", 36),
    ("Flying Buttress", "VDiff", 60),
    ("Great Slab", "VS 4c", 45),
    ("Left Wall", "E2 5c", 38),
    ("Crackstone Rib", "S", 50),
    ("Nightshade Arete", "HVS 5a", 30),
    ("Owl Chimney", "Diff", 25),
    ("Granite Staircase", "HS 4b", 42),
    ("Kestrel Groove", "E3 6a", 28),
    ("Midnight Traverse", "VS 4c", 55),
    ("Pinnacle Direct", "HVS 5b", 33),
    ("Rainbow Slab", "E4 6a", 26),
    ("Sunset Ridge", "Mod", 80),
    ("Tombstone Crack", "E1 5b", 31),
]


def k_climbing(rng, i):
    d = Doc()
    crag = rng.choice(
        ["Dinas Cromlech", "Stanage Edge", "Tryfan East Face", "Bosigran", "Shepherd's Crag", "Gimmer Crag"]
    )
    d.t(
        "Crag guide: %s\nAspect: %s   Approach: %d min   Rock: %s\n\n"
        % (
            crag,
            rng.choice(["N", "SW", "E", "S"]),
            rng.randint(10, 55),
            rng.choice(["rhyolite", "gritstone", "granite", "dolerite"]),
        )
    )
    for n, r in enumerate(rng.sample(ROUTES, rng.randint(6, 10))):
        d.t(
            "%d. %s  %s  %dm  %s\n"
            % (
                n + 1,
                r[0],
                r[1],
                r[2],
                rng.choice(
                    [
                        "Classic. Take small wires for the crux.",
                        "Polished in places.",
                        "Two pitches; belay on the ledge.",
                        "Bold start, easier above.",
                        "Seepage after rain.",
                        "Gear is good throughout.",
                    ]
                ),
            )
        )
    d.t("\nSeasonal restriction: no climbing on the left-hand buttress from 1 March to 31 July (nesting birds).\n")
    return d


REACTIONS = [
    ("Diels-Alder reaction", "[4+2] cycloaddition of a diene and a dienophile"),
    ("Grignard reaction", "organomagnesium addition to carbonyls"),
    ("Friedel-Crafts acylation", "Lewis-acid catalysed aromatic acylation"),
    ("Wittig reaction", "phosphonium ylide + aldehyde/ketone to alkene"),
    ("Suzuki coupling", "Pd-catalysed cross-coupling of boronic acids"),
    ("Heck reaction", "Pd-catalysed arylation of alkenes"),
    ("Sonogashira coupling", "Pd/Cu coupling of terminal alkynes"),
    ("Claisen condensation", "ester enolate acylation"),
    ("Mannich reaction", "aminoalkylation of an acidic C-H"),
    ("Michael addition", "1,4-conjugate addition"),
    ("Baeyer-Villiger oxidation", "ketone to ester with peracid"),
    ("Wolff-Kishner reduction", "carbonyl to methylene via hydrazone"),
    ("Cannizzaro reaction", "disproportionation of non-enolisable aldehydes"),
    ("Buchwald-Hartwig amination", "Pd-catalysed C-N coupling"),
    ("Mitsunobu reaction", "inversion via DEAD/PPh3"),
    ("Swern oxidation", "DMSO/oxalyl chloride oxidation of alcohols"),
    ("Clemmensen reduction", "Zn(Hg)/HCl carbonyl reduction"),
    ("Stille coupling", "Pd-catalysed coupling of organostannanes"),
]


def k_reactions(rng, i):
    d = Doc()
    d.t("Named reactions - revision sheet (Organic Chemistry II, unit %d)\n\n" % rng.randint(3, 9))
    for r in rng.sample(REACTIONS, rng.randint(7, 11)):
        d.t(
            "- %s: %s. Typical conditions: %s, %d to %d °C, yield %d-%d%%.\n"
            % (
                r[0],
                r[1],
                rng.choice(["THF", "toluene", "DCM", "EtOH", "DMF"]),
                rng.randint(-78, 25),
                rng.randint(30, 110),
                rng.randint(40, 70),
                rng.randint(71, 98),
            )
        )
    d.t("\nExam tip: be able to draw the mechanism with curly arrows for at least four of the above.\n")
    return d


UNITS = [
    ("newton", "N", "force", "kg·m·s⁻²"),
    ("pascal", "Pa", "pressure", "N/m²"),
    ("joule", "J", "energy", "N·m"),
    ("watt", "W", "power", "J/s"),
    ("kelvin", "K", "temperature", "base unit"),
    ("hertz", "Hz", "frequency", "s⁻¹"),
    ("tesla", "T", "magnetic flux density", "Wb/m²"),
    ("weber", "Wb", "magnetic flux", "V·s"),
    ("henry", "H", "inductance", "Wb/A"),
    ("coulomb", "C", "electric charge", "A·s"),
    ("volt", "V", "electric potential", "W/A"),
    ("ohm", "Ω", "resistance", "V/A"),
    ("siemens", "S", "conductance", "A/V"),
    ("gray", "Gy", "absorbed dose", "J/kg"),
    ("sievert", "Sv", "equivalent dose", "J/kg"),
    ("becquerel", "Bq", "activity", "s⁻¹"),
    ("farad", "F", "capacitance", "C/V"),
    ("ampere", "A", "electric current", "base unit"),
]


def k_units(rng, i):
    d = Doc()
    d.t(
        "SI derived units named after scientists - quick reference\nunit | symbol | quantity | in base/derived units | example\n"
    )
    for u in rng.sample(UNITS, rng.randint(9, 14)):
        d.t("%s | %s | %s | %s | %s\n" % (u[0], u[1], u[2], u[3], "%.3g %s" % (rng.uniform(0.01, 5000), u[1])))
    d.t(
        "\nNote: unit names are written in lower case even when derived from a proper name; symbols take a capital letter.\n"
    )
    return d


COLOURS = [
    ("Signal red", "RAL 3001"),
    ("Traffic white", "RAL 9016"),
    ("Jet black", "RAL 9005"),
    ("Gentian blue", "RAL 5010"),
    ("Moss green", "RAL 6005"),
    ("Zinc yellow", "RAL 1018"),
    ("Pastel orange", "RAL 2003"),
    ("Telegrey 4", "RAL 7047"),
    ("Anthracite grey", "RAL 7016"),
    ("Ivory", "RAL 1014"),
    ("Wine red", "RAL 3005"),
    ("Sky blue", "RAL 5015"),
    ("Olive grey", "RAL 7002"),
    ("Chocolate brown", "RAL 8017"),
    ("Turquoise blue", "RAL 5018"),
]


def k_paint(rng, i):
    d = Doc()
    d.t(
        "Colour card - industrial enamel range %s\nName | RAL | Hex | RGB | LRV | tin sizes\n"
        % rng.choice(["EX-400", "Protec", "Duraline"])
    )
    for c in rng.sample(COLOURS, rng.randint(8, 13)):
        r, g, b = rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)
        d.t(
            "%s | %s | #%02X%02X%02X | %d,%d,%d | %d | %s\n"
            % (c[0], c[1], r, g, b, r, g, b, rng.randint(3, 88), rng.choice(["0.75 L, 2.5 L", "1 L, 5 L", "5 L, 20 L"]))
        )
    d.t("\nScreen and print reproductions are approximate; check against a physical swatch before ordering.\n")
    return d


EXER = [
    "Back squat",
    "Romanian deadlift",
    "Bench press",
    "Bent-over row",
    "Overhead press",
    "Walking lunge",
    "Pull-up",
    "Hip thrust",
    "Plank",
    "Farmer's carry",
    "Box jump",
    "Face pull",
]


def k_workout(rng, i):
    d = Doc()
    w = rng.randint(1, 12)
    d.t(
        "Strength block - week %d of 12 (%s phase)\n\n"
        % (w, rng.choice(["accumulation", "intensification", "deload", "peak"]))
    )
    for day in range(1, rng.randint(3, 5)):
        d.t("Day %d\n" % day)
        for e in rng.sample(EXER, rng.randint(3, 5)):
            d.t(
                "  %s: %d x %d at %s, rest %ds, tempo %d-%d-%d\n"
                % (
                    e,
                    rng.randint(3, 5),
                    rng.choice([3, 5, 6, 8, 10, 12]),
                    rng.choice(["RPE 7", "RPE 8", "70%", "75%", "80% 1RM", "bodyweight"]),
                    rng.choice([60, 90, 120, 180]),
                    rng.randint(1, 3),
                    rng.randint(0, 2),
                    rng.randint(1, 2),
                )
            )
        d.t(
            "  Conditioning: %d min zone 2 (HR %d-%d bpm)\n"
            % (rng.randint(15, 40), rng.randint(115, 125), rng.randint(130, 145))
        )
    return d


ROSES = [
    ("'Gertrude Jekyll'", "AUSbord", "shrub, strong fragrance"),
    ("'Graham Thomas'", "AUSmas", "yellow shrub"),
    ("'Queen Elizabeth'", "grandiflora", "pink, tall"),
    ("'Munstead Wood'", "AUSbernard", "deep crimson"),
    ("'Lady Emma Hamilton'", "AUSbrother", "tangerine"),
    ("'Albertine'", "rambler", "salmon pink"),
    ("'Madame Alfred Carrière'", "noisette climber", "white"),
    ("'Souvenir du Docteur Jamain'", "hybrid perpetual", "dark red"),
    ("'Boscobel'", "AUScousin", "salmon"),
    ("'Iceberg'", "floribunda", "white"),
    ("'Compassion'", "climber", "apricot"),
    ("'Rhapsody in Blue'", "floribunda", "purple"),
    ("'Blush Noisette'", "noisette", "lilac-pink"),
]


def k_roses(rng, i):
    d = Doc()
    d.t(
        "Nursery catalogue - bare-root roses, %s season\nCultivar | Group/code | Notes | Height | Price (bare-root / potted)\n"
        % rng.choice(["winter", "2024-25", "autumn"])
    )
    for r in rng.sample(ROSES, rng.randint(7, 11)):
        d.t(
            "%s | %s | %s | %.1f m | %d.%02d / %d.%02d\n"
            % (
                r[0],
                r[1],
                r[2],
                rng.uniform(0.6, 4.5),
                rng.randint(14, 22),
                rng.choice([0, 50, 95]),
                rng.randint(24, 36),
                rng.choice([0, 50, 99]),
            )
        )
    d.t("\nDispatch from November to March. Plant with mycorrhizal granules; water in well.\n")
    return d


ERRS = [
    ("0x80070005", "E_ACCESSDENIED", "Access is denied"),
    ("0x80004005", "E_FAIL", "Unspecified error"),
    ("0x8007000E", "E_OUTOFMEMORY", "Not enough memory"),
    ("0xC0000005", "STATUS_ACCESS_VIOLATION", "Access violation"),
    ("HTTP 401", "Unauthorized", "Missing or invalid credentials"),
    ("HTTP 403", "Forbidden", "Authenticated but not allowed"),
    ("HTTP 404", "Not Found", "No resource at this path"),
    ("HTTP 429", "Too Many Requests", "Rate limit exceeded; see Retry-After"),
    ("HTTP 503", "Service Unavailable", "Upstream overloaded"),
    ("errno 2", "ENOENT", "No such file or directory"),
    ("errno 13", "EACCES", "Permission denied"),
    ("errno 28", "ENOSPC", "No space left on device"),
    ("errno 110", "ETIMEDOUT", "Connection timed out"),
    ("SQLSTATE 23505", "unique_violation", "Duplicate key value"),
    ("SQLSTATE 40P01", "deadlock_detected", "Deadlock detected"),
]


def k_errors(rng, i):
    d = Doc()
    d.t("Troubleshooting appendix - common error codes\nCode | Symbol | Meaning | First thing to check\n")
    for e in rng.sample(ERRS, rng.randint(8, 12)):
        d.t(
            "%s | %s | %s | %s\n"
            % (
                e[0],
                e[1],
                e[2],
                rng.choice(
                    [
                        "service account permissions",
                        "disk quota",
                        "proxy settings",
                        "retry with backoff",
                        "path spelling",
                        "schema constraints",
                    ]
                ),
            )
        )
    return d


FLATPACK = ["BJÖRKSTA", "HÅLLDAL", "VINTERÖ", "SKOGSLUND", "FJÄLLBO", "STRANDVIK", "LÖVÅSEN", "NORRKNOPP"]


def k_assembly(rng, i):
    d = Doc()
    prod = pick(rng, FLATPACK)
    d.t(
        "%s %s - assembly instructions (%s)\n\nParts list\n"
        % (
            prod,
            rng.choice(["bookcase", "bed frame 160x200", "wardrobe", "desk", "chest of 4 drawers"]),
            "AA-" + rdig(rng, 7, True),
        )
    )
    parts = [
        ("Screw M6x30", rdig(rng, 6, True)),
        ("Wooden dowel 8x30", rdig(rng, 6, True)),
        ("Cam lock", rdig(rng, 6, True)),
        ("Allen key 4 mm", rdig(rng, 6, True)),
        ("Shelf pin", rdig(rng, 6, True)),
        ("Hinge 110°", rdig(rng, 6, True)),
        ("Back panel nail", rdig(rng, 6, True)),
    ]
    for p in rng.sample(parts, rng.randint(4, 7)):
        d.t("  %s  (part %s)  x%d\n" % (p[0], p[1], rng.randint(2, 24)))
    d.t("\n")
    for s in range(1, rng.randint(6, 10)):
        d.t(
            "Step %d: %s\n"
            % (
                s,
                rng.choice(
                    [
                        "Insert dowels into side panel A.",
                        "Attach top panel B with 4 cam locks; turn clockwise.",
                        "Fix back panel with nails every 10 cm.",
                        "Two people are needed for this step.",
                        "Do not fully tighten until the frame is square.",
                        "Mount the wall anchor; fixings not included.",
                    ]
                ),
            )
        )
    return d


def k_golf(rng, i):
    d = Doc()
    d.t(
        "%s Golf Club - scorecard (%s course)\nHole | Par | White | Yellow | Red | S.I. | Score\n"
        % (
            rng.choice(["Heatherfield", "Links of Ardmore", "Pinewood Park", "Castle Dunes"]),
            rng.choice(["Championship", "Old", "Heath"]),
        )
    )
    si = list(range(1, 19))
    rng.shuffle(si)
    tot = [0, 0, 0, 0]
    for h in range(1, 19):
        par = rng.choice([3, 4, 4, 4, 5])
        w = {3: rng.randint(140, 210), 4: rng.randint(330, 450), 5: rng.randint(480, 560)}[par]
        y, r = w - rng.randint(10, 30), w - rng.randint(40, 80)
        tot = [tot[0] + par, tot[1] + w, tot[2] + y, tot[3] + r]
        d.t("%2d | %d | %d | %d | %d | %d | ___\n" % (h, par, w, y, r, si[h - 1]))
        if h == 9:
            d.t("OUT | %d | %d | %d | %d |  |\n" % tuple(tot))
    d.t("TOTAL | %d | %d | %d | %d\nMarker's signature: ________  Player's signature: ________\n" % tuple(tot))
    return d


def k_dirlist(rng, i):
    d = Doc()
    d.t(
        "$ ls -l /var/%s\ntotal %d\n"
        % (rng.choice(["lib/app", "www/site", "log/nginx", "backups"]), rng.randint(40, 900))
    )
    owners = [
        ("root", "root"),
        ("www-data", "www-data"),
        ("postgres", "postgres"),
        ("nobody", "nogroup"),
        ("deploy", "deploy"),
        ("syslog", "adm"),
    ]
    names = [
        "access.log",
        "access.log.1",
        "error.log",
        "app.sqlite3",
        "config.yaml",
        "static",
        "uploads",
        "cache",
        "nightly.tar.gz",
        "schema.sql",
        "README",
        "run.sh",
    ]
    for n in rng.sample(names, rng.randint(7, 11)):
        o = pick(rng, owners)
        isdir = "." not in n
        d.t(
            "%s%s %d %s %s %8d %s %2d %02d:%02d %s\n"
            % (
                "d" if isdir else "-",
                rng.choice(["rwxr-xr-x", "rw-r--r--", "rw-r-----", "rwx------"]),
                rng.randint(1, 4),
                o[0],
                o[1],
                4096 if isdir else rng.randint(0, 9999999),
                rng.choice(["Jan", "Mar", "Jun", "Sep", "Nov"]),
                rng.randint(1, 28),
                rng.randint(0, 23),
                rng.randint(0, 59),
                n,
            )
        )
    return d


NUTR = {
    "en": (
        "Nutrition information per 100 g",
        ["Energy", "Fat", "of which saturates", "Carbohydrate", "of which sugars", "Fibre", "Protein", "Salt"],
    ),
    "de": (
        "Nährwerte je 100 g",
        [
            "Brennwert",
            "Fett",
            "davon gesättigte Fettsäuren",
            "Kohlenhydrate",
            "davon Zucker",
            "Ballaststoffe",
            "Eiweiß",
            "Salz",
        ],
    ),
    "fr": (
        "Valeurs nutritionnelles pour 100 g",
        [
            "Énergie",
            "Matières grasses",
            "dont acides gras saturés",
            "Glucides",
            "dont sucres",
            "Fibres alimentaires",
            "Protéines",
            "Sel",
        ],
    ),
    "ja": ("栄養成分表示（100gあたり）", ["エネルギー", "たんぱく質", "脂質", "炭水化物", "食塩相当量"]),
    "zh": ("营养成分表（每100克）", ["能量", "蛋白质", "脂肪", "碳水化合物", "钠"]),
}


def k_nutrition(rng, i):
    d = Doc()
    lang = rng.choice(list(NUTR))
    prod = {
        "en": "Oat & honey granola",
        "de": "Vollkorn-Knäckebrot",
        "fr": "Biscuits sablés au beurre",
        "ja": "ミックスナッツ",
        "zh": "全麦苏打饼干",
    }[lang]
    d.t("%s\n%s\n" % (prod, NUTR[lang][0]))
    for n in NUTR[lang][1]:
        if n in ("Energy", "Brennwert", "Énergie"):
            kj = rng.randint(900, 2200)
            d.t("%s: %d kJ / %d kcal\n" % (n, kj, kj // 4.184))
        elif n in ("エネルギー", "能量"):
            d.t("%s: %d %s\n" % (n, rng.randint(200, 650), "kcal" if lang == "ja" else "kJ"))
        else:
            rngs = {
                "Salt": (0.1, 2.5),
                "Salz": (0.1, 2.5),
                "Sel": (0.1, 2.5),
                "食塩相当量": (0.1, 2.5),
                "钠": (0.1, 0.9),
            }
            lo, hi = rngs.get(n, (0.5, 40))
            d.t("%s: %.1f g\n" % (n, rng.uniform(lo, hi)))
    d.t(
        {
            "en": "Reference intake of an average adult (8400 kJ / 2000 kcal). Best before: see lid. Batch: L%s\n",
            "de": "Referenzmenge für einen durchschnittlichen Erwachsenen (8400 kJ/2000 kcal). Mindestens haltbar bis: siehe Deckel. Los: L%s\n",
            "fr": "Apport de référence pour un adulte-type (8400 kJ/2000 kcal). À consommer de préférence avant : voir couvercle. Lot : L%s\n",
            "ja": "賞味期限：枠外下部に記載。保存方法：直射日光を避けて保存。製造番号 L%s\n",
            "zh": "保质期：见包装底部。贮存条件：阴凉干燥处。批号 L%s\n",
        }[lang]
        % rdig(rng, 5)
    )
    d.t(
        {
            "en": "Allergens in bold: OATS, HONEY, may contain NUTS.\n",
            "de": "Kann Spuren von Sesam enthalten.\n",
            "fr": "Peut contenir des traces de fruits à coque.\n",
            "ja": "原材料の一部に小麦・大豆を含む。\n",
            "zh": "致敏物质提示：含有小麦制品。\n",
        }[lang]
    )
    return d


def k_radio(rng, i):
    d = Doc()
    lang = rng.choice(["en", "pl"])
    d.t(
        "Band plan excerpt - %s\n" % rng.choice(["HF amateur bands", "VHF airband", "broadcast FM"])
        if lang == "en"
        else "Plan pasm - wyciąg (krótkofalarstwo / lotnictwo)\n"
    )
    rows = [
        ("1.810-1.838 MHz", "CW"),
        ("3.500-3.570 MHz", "CW, contest preferred"),
        ("7.074 MHz", "FT8"),
        ("10.136 MHz", "FT8"),
        ("14.070-14.099 MHz", "narrow-band digital"),
        ("14.230 MHz", "SSTV calling"),
        ("18.100 MHz", "FT8"),
        ("21.074 MHz", "FT8"),
        ("28.400-28.600 MHz", "SSB"),
        ("121.500 MHz", "aeronautical emergency (guard)"),
        ("123.450 MHz", "air-to-air"),
        ("145.500 MHz", "FM calling"),
        ("433.500 MHz", "FM calling UHF"),
        ("88.6 MHz", "regional broadcast"),
        ("98.4 MHz", "national broadcast"),
    ]
    for r in rng.sample(rows, rng.randint(8, 12)):
        d.t(
            "%s  %s  %s\n"
            % (
                r[0],
                r[1],
                rng.choice(
                    ["max 100 W", "bandwidth 2.7 kHz", "bandwidth 500 Hz", "12.5 kHz spacing", "25 kHz spacing", ""]
                ),
            )
        )
    d.t(
        "\nAlways check the national licence schedule before transmitting.\n"
        if lang == "en"
        else "\nPrzed nadawaniem sprawdź aktualne warunki pozwolenia.\n"
    )
    return d


MINERALS = [
    ("Quartz", "SiO2", 7, "trigonal"),
    ("Calcite", "CaCO3", 3, "trigonal"),
    ("Fluorite", "CaF2", 4, "cubic"),
    ("Orthoclase", "KAlSi3O8", 6, "monoclinic"),
    ("Goethite", "FeO(OH)", 5.25, "orthorhombic"),
    ("Smithsonite", "ZnCO3", 4.5, "trigonal"),
    ("Dolomite", "CaMg(CO3)2", 3.75, "trigonal"),
    ("Gypsum", "CaSO4·2H2O", 2, "monoclinic"),
    ("Apatite", "Ca5(PO4)3(F,Cl,OH)", 5, "hexagonal"),
    ("Topaz", "Al2SiO4(F,OH)2", 8, "orthorhombic"),
    ("Corundum", "Al2O3", 9, "trigonal"),
    ("Talc", "Mg3Si4O10(OH)2", 1, "monoclinic"),
    ("Pyrite", "FeS2", 6.25, "cubic"),
    ("Galena", "PbS", 2.6, "cubic"),
    ("Malachite", "Cu2CO3(OH)2", 3.75, "monoclinic"),
    ("Wollastonite", "CaSiO3", 4.75, "triclinic"),
]


def k_minerals(rng, i):
    d = Doc()
    de = rng.random() < 0.4
    d.t(
        "Mineralbestimmung - Tabelle\nMineral | Formel | Mohshärte | Kristallsystem | Dichte g/cm³\n"
        if de
        else "Mineral identification table\nMineral | Formula | Mohs | Crystal system | Density g/cm³ | Streak\n"
    )
    for m in rng.sample(MINERALS, rng.randint(9, 13)):
        if de:
            d.t(
                "%s | %s | %s | %s | %.2f\n"
                % (
                    m[0],
                    m[1],
                    m[2],
                    {
                        "trigonal": "trigonal",
                        "cubic": "kubisch",
                        "monoclinic": "monoklin",
                        "orthorhombic": "orthorhombisch",
                        "hexagonal": "hexagonal",
                        "triclinic": "triklin",
                    }[m[3]],
                    rng.uniform(2.0, 7.6),
                )
            )
        else:
            d.t(
                "%s | %s | %s | %s | %.2f | %s\n"
                % (
                    m[0],
                    m[1],
                    m[2],
                    m[3],
                    rng.uniform(2.0, 7.6),
                    rng.choice(["white", "greenish black", "yellow-brown", "colourless", "grey-black"]),
                )
            )
    return d


CITIES_ES = [
    "Madrid",
    "Barcelona",
    "Valencia",
    "Sevilla",
    "Bilbao",
    "Zaragoza",
    "Málaga",
    "Salamanca",
    "Santander",
    "Granada",
]
CITIES_DE = [
    "Hamburg",
    "München",
    "Köln",
    "Frankfurt",
    "Stuttgart",
    "Hannover",
    "Nürnberg",
    "Bremen",
    "Kiel",
    "Freiburg",
]


def k_mileage(rng, i):
    d = Doc()
    es = rng.random() < 0.5
    cities = rng.sample(CITIES_ES if es else CITIES_DE, rng.randint(6, 8))
    d.t(
        ("Tabla de distancias por carretera (km)\n\n" if es else "Entfernungstabelle Straße (km)\n\n")
        + "            "
        + " ".join("%-10s" % c[:10] for c in cities)
        + "\n"
    )
    dist = {}
    for a in cities:
        row = []
        for b in cities:
            if a == b:
                row.append("-")
            else:
                key = tuple(sorted([a, b]))
                dist.setdefault(key, rng.randint(95, 1050))
                row.append(str(dist[key]))
        d.t("%-12s" % a[:12] + " ".join("%-10s" % x for x in row) + "\n")
    d.t(
        "\nDistancias aproximadas por autovía; pueden variar según la ruta.\n"
        if es
        else "\nUngefähre Entfernungen über Autobahn; Abweichungen je nach Route möglich.\n"
    )
    return d


ALPHA = {
    "NATO": [
        "Alfa",
        "Bravo",
        "Charlie",
        "Delta",
        "Echo",
        "Foxtrot",
        "Golf",
        "Hotel",
        "India",
        "Juliett",
        "Kilo",
        "Lima",
        "Mike",
        "November",
        "Oscar",
        "Papa",
        "Quebec",
        "Romeo",
        "Sierra",
        "Tango",
        "Uniform",
        "Victor",
        "Whiskey",
        "X-ray",
        "Yankee",
        "Zulu",
    ],
    "DIN 5009 (1950s)": [
        "Anton",
        "Berta",
        "Cäsar",
        "Dora",
        "Emil",
        "Friedrich",
        "Gustav",
        "Heinrich",
        "Ida",
        "Julius",
        "Kaufmann",
        "Ludwig",
        "Martha",
        "Nordpol",
        "Otto",
        "Paula",
        "Quelle",
        "Richard",
        "Samuel",
        "Theodor",
        "Ulrich",
        "Viktor",
        "Wilhelm",
        "Xanthippe",
        "Ypsilon",
        "Zacharias",
    ],
    "DIN 5009 (2022)": [
        "Aachen",
        "Berlin",
        "Chemnitz",
        "Düsseldorf",
        "Essen",
        "Frankfurt",
        "Goslar",
        "Hamburg",
        "Ingelheim",
        "Jena",
        "Köln",
        "Leipzig",
        "München",
        "Nürnberg",
        "Offenbach",
        "Potsdam",
        "Quickborn",
        "Rostock",
        "Salzwedel",
        "Tübingen",
        "Unna",
        "Völklingen",
        "Wuppertal",
        "Xanten",
        "Ypsilon",
        "Zwickau",
    ],
    "Italian": [
        "Ancona",
        "Bologna",
        "Como",
        "Domodossola",
        "Empoli",
        "Firenze",
        "Genova",
        "Hotel",
        "Imola",
        "Jolly",
        "Kappa",
        "Livorno",
        "Milano",
        "Napoli",
        "Otranto",
        "Padova",
        "Quarto",
        "Roma",
        "Savona",
        "Torino",
        "Udine",
        "Venezia",
        "Washington",
        "Xeres",
        "Yacht",
        "Zara",
    ],
}


def k_spelling(rng, i):
    d = Doc()
    name = rng.choice(list(ALPHA))
    words = ALPHA[name]
    d.t("Spelling alphabet reference - %s\nUse when spelling out codes over the phone or radio.\n\n" % name)
    for k, w in enumerate(words):
        d.t("%s = %s%s" % (chr(65 + k), w, "\n" if k % 4 == 3 else "    "))
    d.t("\n\nExample: the code K7QX is read as %s - seven - %s - %s.\n" % (words[10], words[16], words[23]))
    return d


DEWEY = [
    ("004", "Computer science"),
    ("020", "Library & information sciences"),
    ("150", "Psychology"),
    ("296", "Judaism"),
    ("306.8", "Marriage and family"),
    ("333.7", "Natural resources"),
    ("364", "Criminology"),
    ("371.9", "Special education"),
    ("398.2", "Folk literature"),
    ("499.15", "Austronesian languages"),
    ("510", "Mathematics"),
    ("551.5", "Meteorology"),
    ("599.75", "Cats (Felidae)"),
    ("616.8", "Diseases of the nervous system"),
    ("641.5", "Cooking"),
    ("720", "Architecture"),
    ("781.6", "Traditions of music"),
    ("796.334", "Association football"),
    ("823.914", "English fiction 1945-1999"),
    ("914.2", "Geography of England"),
]


def k_dewey(rng, i):
    d = Doc()
    d.t(
        "Classification schedule extract - shelf guide, %s floor\nClass | Subject | Shelves\n"
        % rng.choice(["ground", "first", "second", "lower ground"])
    )
    for c in sorted(rng.sample(DEWEY, rng.randint(10, 15))):
        d.t(
            "%s | %s | %s%d-%s%d\n"
            % (c[0], c[1], rng.choice("ABCDEF"), rng.randint(1, 9), rng.choice("ABCDEF"), rng.randint(10, 19))
        )
    d.t("\nOversize items (q) are shelved at the end of each bay.\n")
    return d


def k_hexdump(rng, i):
    d = Doc()
    hdr = {
        "logo.png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        "archive.zip": [0x50, 0x4B, 0x03, 0x04],
        "sample.wav": [0x52, 0x49, 0x46, 0x46],
        "firmware.bin": [0x7F, 0x45, 0x4C, 0x46],
    }
    fname = rng.choice(sorted(hdr))
    target = rng.choice([256, 320])
    d.t("$ xxd -l %d %s\n" % (target, fname))
    data = list(hdr[fname])
    while len(data) < target:
        data.append(rng.randint(0, 255) if rng.random() < 0.7 else rng.choice([0, 0x20, 0x41, 0x61]))
    for off in range(0, len(data), 16):
        chunk = data[off : off + 16]
        hexs = " ".join("%02x%02x" % (chunk[k], chunk[k + 1]) for k in range(0, len(chunk), 2))
        asc = "".join(chr(b) if 32 <= b < 127 and chr(b) not in "@:/" else "." for b in chunk)
        d.t("%08x: %s  %s\n" % (off, hexs, asc))
    return d


def k_quiz(rng, i):
    d = Doc()
    subj = rng.choice(
        [
            "Biology unit test",
            "Geography quiz",
            "Driving theory mock",
            "Year 9 maths assessment",
            "General knowledge round",
        ]
    )
    d.t("ANSWER KEY - %s (version %s)\n\n" % (subj, rng.choice("ABCD")))
    n = rng.randint(20, 40)
    for q in range(1, n + 1):
        d.t("%2d-%s%s" % (q, rng.choice("ABCD"), "\n" if q % 10 == 0 else "   "))
    d.t(
        "\n\nScoring: 1 mark each; %d marks = pass. Questions %d and %d accept either B or C.\n"
        % (int(n * 0.6), rng.randint(1, n), rng.randint(1, n))
    )
    return d


def k_formulas(rng, i):
    d = Doc()
    d.t("Spreadsheet cheat sheet - lookup and summary formulas\n\n")
    f = [
        "=VLOOKUP(A2,Prices!A:C,3,FALSE)  -> price for the product code in A2",
        '=XLOOKUP(B2,Codes!A:A,Codes!D:D,"n/a")  -> returns n/a when not found',
        '=SUMIFS(D:D,B:B,"North",C:C,">="&DATE(2024,1,1))  -> regional total since 1 Jan',
        '=COUNTIF(E2:E500,"<0")  -> number of negative balances',
        '=IFERROR(INDEX(C:C,MATCH(F2,A:A,0)),"")  -> classic two-way lookup',
        '=TEXT(G2,"0000-000")  -> pads part numbers',
        "=ROUND(H2*1.2,2)  -> adds 20 % tax",
        "=EOMONTH(TODAY(),-1)  -> last day of previous month",
        '=LEFT(J2,FIND(" ",J2)-1)  -> first word of a cell',
        '=UNIQUE(FILTER(K2:K900,L2:L900="open"))  -> distinct open items',
        '=AVERAGEIFS(M:M,N:N,"Q3")  -> quarterly average',
        '=IF(AND(O2>10,P2<5),"reorder","ok")  -> stock rule',
    ]
    for x in rng.sample(f, rng.randint(7, 11)):
        d.t(x + "\n")
    return d


def k_compat(rng, i):
    d = Doc()
    lib = rng.choice(["dataframe-kit", "plotwise", "orm-lite", "fastparse", "geomesh"])
    py = ["3.9", "3.10", "3.11", "3.12", "3.13"]
    d.t("Compatibility matrix - %s\nrelease | %s | notes\n" % (lib, " | ".join("py" + v for v in py)))
    for maj in range(rng.randint(5, 8)):
        ver = "%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 12), rng.randint(0, 9))
        cells = [rng.choice(["yes", "yes", "no", "partial", "n/a"]) for _ in py]
        d.t(
            "%s | %s | %s\n"
            % (
                ver,
                " | ".join(cells),
                rng.choice(
                    ["", "drops 3.8", "requires numpy>=1.24", "wheels for arm64", "last LTS", "security fixes only"]
                ),
            )
        )
    d.t("\nSupport window: each minor release is maintained for 18 months after the next minor release.\n")
    return d


KINDS = [
    ("sudoku", k_sudoku),
    ("periodic_table", k_periodic),
    ("wine_list", k_wine_list),
    ("font_specimens", k_fonts),
    ("storm_names", k_storms),
    ("climbing_topos", k_climbing),
    ("named_reactions", k_reactions),
    ("si_units", k_units),
    ("paint_colours", k_paint),
    ("workout_plans", k_workout),
    ("rose_cultivars", k_roses),
    ("error_codes", k_errors),
    ("assembly_instructions", k_assembly),
    ("golf_scorecards", k_golf),
    ("dir_listings", k_dirlist),
    ("nutrition_labels", k_nutrition),
    ("band_plans", k_radio),
    ("mineral_tables", k_minerals),
    ("mileage_charts", k_mileage),
    ("spelling_alphabets", k_spelling),
    ("shelf_classification", k_dewey),
    ("hex_dumps", k_hexdump),
    ("quiz_answer_keys", k_quiz),
    ("spreadsheet_formulas", k_formulas),
    ("compat_matrices", k_compat),
]


# ---------------------------------------------------------------------------
# internal negative checks (verify_output.py re-implements them independently)
# ---------------------------------------------------------------------------
_IBAN_CAND = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")
_DIGIT_CHAIN = re.compile(r"\d+(?:[ -]\d+)*")


def luhn_runs(text):
    bad = []
    for m in _DIGIT_CHAIN.finditer(text):
        groups = re.split(r"[ -]", m.group(0))
        for a in range(len(groups)):
            s = ""
            for b in range(a, len(groups)):
                s += groups[b]
                if len(s) > 19:
                    break
                if len(s) >= 13 and luhn.is_valid(s):
                    bad.append(s)
    return bad


def iban_hits(text):
    hits = []
    for m in _IBAN_CAND.finditer(text):
        c = m.group(0).replace(" ", "")
        for ln in range(15, min(34, len(c)) + 1):
            if std_iban.is_valid(c[:ln]):
                hits.append(c[:ln])
    return hits


def phone_hits(text):
    return [m.raw_string for m in pn.PhoneNumberMatcher(text, None, leniency=pn.Leniency.VALID)]


def make_checker(person_values):
    pats = []
    for v in person_values:
        if _NOSPACE.search(v):
            pats.append(re.compile(re.escape(v), re.I))
        else:
            pats.append(re.compile(r"(?<!\w)" + re.escape(v) + r"(?!\w)", re.I))

    def check(rec):
        t = rec["text"]
        errs = []
        if rec["spans"]:
            errs.append("spans")
        if "@" in t or "://" in t or "www." in t.lower():
            errs.append("forbidden token")
        if luhn_runs(t):
            errs.append("luhn %r" % luhn_runs(t))
        if iban_hits(t):
            errs.append("iban")
        if phone_hits(t):
            errs.append("phone %r" % phone_hits(t))
        for p in pats:
            m = p.search(t)
            if m:
                errs.append("person value %r" % m.group(0))
                break
        return errs

    return check
