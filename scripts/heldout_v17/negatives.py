"""PII-free look-alike documents: 25 kinds x 10, each full of codes, numbers, capitalised words and
people-named things but holding no personal information about a living private individual."""

from __future__ import annotations

import random

from stdnum import casrn

from common import digits, letters, pick, plain_record


def _rows(rng, pool, lo, hi):
    k = rng.randint(lo, min(hi, len(pool)))
    return rng.sample(pool, k)


# 1 ---------------------------------------------------------------- chemical inventory with CAS numbers
CHEMS = [
    ("Acetone", "67-64-1"),
    ("Sodium hydroxide", "1310-73-2"),
    ("Toluene", "108-88-3"),
    ("Ethanol, absolute", "64-17-5"),
    ("Hydrochloric acid 37%", "7647-01-0"),
    ("Dichloromethane", "75-09-2"),
    ("Methanol", "67-56-1"),
    ("Potassium permanganate", "7722-64-7"),
    ("Acetonitrile", "75-05-8"),
    ("Copper(II) sulfate pentahydrate", "7758-99-8"),
    ("Hexane", "110-54-3"),
    ("Glacial acetic acid", "64-19-7"),
    ("Sodium chloride", "7647-14-5"),
    ("Ethyl acetate", "141-78-6"),
    ("Isopropanol", "67-63-0"),
    ("Formaldehyde solution", "50-00-0"),
    ("Silver nitrate", "7761-88-8"),
]


def k_cas(rng, i):
    room = f"{pick(rng, ['B', 'C', 'N'])}{rng.randint(1, 4)}.{rng.randint(1, 40):02d}"
    lines = [
        f"CHEMICAL INVENTORY - Store {room} - cabinet {pick(rng, ['FLAM-1', 'ACID-2', 'CORR-3', 'GEN-4'])}",
        "Name | CAS RN | Qty | Container | GHS",
    ]
    for name, cas in _rows(rng, CHEMS, 5, 11):
        assert casrn.is_valid(cas)
        lines.append(
            f"{name} | {cas} | {rng.randint(1, 20) * pick(rng, [50, 100, 250, 500])} {pick(rng, ['mL', 'g'])} | "
            f"{pick(rng, ['glass', 'HDPE', 'amber glass', 'steel can'])} | {pick(rng, ['GHS02 GHS07', 'GHS05', 'GHS06 GHS08', 'GHS03', '-'])}"
        )
    lines.append(f"Audit {rng.randint(2023, 2025)}-Q{rng.randint(1, 4)}; next review by the Safety Committee.")
    return "\n".join(lines)


# 2 ---------------------------------------------------------------- public variant catalogue (no patient)
GENES = [
    ("BRCA2", "NM_000059.4", "13"),
    ("CFTR", "NM_000492.4", "7"),
    ("MTHFR", "NM_005957.5", "1"),
    ("APOE", "NM_000041.4", "19"),
    ("LDLR", "NM_000527.5", "19"),
    ("HFE", "NM_000410.4", "6"),
    ("TP53", "NM_000546.6", "17"),
    ("MYH7", "NM_000257.4", "14"),
]


def k_variants(rng, i):
    gene, tx, chrom = pick(rng, GENES)
    lines = [
        f"Reference panel summary - {gene} ({tx}), chromosome {chrom}, GRCh38",
        "rsID\tHGVS (cDNA)\tProtein\tgnomAD AF\tClinVar (aggregate)",
    ]
    for _ in range(rng.randint(4, 9)):
        pos = rng.randint(100, 9000)
        ref, alt = rng.sample("ACGT", 2)
        aa = pick(rng, ["Arg", "Gly", "Leu", "Ser", "Pro", "Val", "Thr"])
        lines.append(
            f"rs{rng.randint(1000, 999999999)}\tc.{pos}{ref}>{alt}\tp.({aa}{pos // 3}{pick(rng, ['Ter', 'His', 'Cys', 'Gln'])})\t"
            f"{rng.random() / 50:.5f}\t{pick(rng, ['Benign', 'Likely benign', 'Uncertain significance', 'Pathogenic', 'Conflicting'])}"
        )
    lines.append("Frequencies are population-level aggregates; no individual-level data.")
    return "\n".join(lines)


# 3 ---------------------------------------------------------------- seismic catalogue
REGIONS = [
    "Valais, Switzerland",
    "Central Apennines, Italy",
    "Azores Islands",
    "Taiwan region",
    "Oaxaca, Mexico",
    "Near coast of Norway",
    "Jordan Valley",
    "Southern Iran",
    "Mendoza, Argentina",
    "Kermadec Islands",
]


def k_seismic(rng, i):
    lines = ["Date       Time(UTC)   Lat      Lon       Depth  Mag  Type  Region"]
    for _ in range(rng.randint(5, 12)):
        lines.append(
            f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}.{rng.randint(0, 9)}  {rng.uniform(-40, 65):7.3f}  {rng.uniform(-120, 150):8.3f}  "
            f"{rng.randint(2, 180):4d}   {rng.uniform(2.1, 6.8):.1f}  {pick(rng, ['ML', 'Mw', 'mb', 'Md'])}   {pick(rng, REGIONS)}"
        )
    return f"Revised bulletin, week {rng.randint(1, 52)} - automatic locations reviewed\n" + "\n".join(lines)


# 4 ---------------------------------------------------------------- cadastral parcels (Flemish)
GEMEENTEN = ["Aalst 1e afd.", "Lier 2e afd.", "Geel 3e afd.", "Tienen 1e afd.", "Poperinge 4e afd.", "Ninove 2e afd."]


def k_cadastre(rng, i):
    lines = [
        f"Kadastrale percelen - {pick(rng, GEMEENTEN)}, sectie {pick(rng, 'ABCDEFG')}",
        "Perceelnummer | Aard | Oppervlakte | KI (EUR) | Ligging",
    ]
    for _ in range(rng.randint(4, 9)):
        lines.append(
            f"{rng.randint(1, 999):04d}/{rng.randint(0, 99):02d}{pick(rng, 'ABCDEFGHK')}{rng.randint(0, 9)} | "
            f"{pick(rng, ['weiland', 'bouwland', 'huis', 'boomgaard', 'bos', 'garage'])} | {rng.randint(40, 9000)} m² | "
            f"{rng.randint(0, 2400)} | {pick(rng, ['Kouter', 'Veldstraat+', 'Hoogveld', 'Molenakker', 'Broek'])}"
        )
    lines.append("Bron: patrimoniumdocumentatie, uittreksel zonder eigenaarsgegevens.")
    return "\n".join(lines)


# 5 ---------------------------------------------------------------- satellite TLEs
SATS = [
    "ISS (ZARYA)",
    "NOAA 19",
    "METOP-C",
    "SENTINEL-2B",
    "TERRA",
    "AQUA",
    "SWISSCUBE",
    "HUBBLE",
    "LANDSAT 9",
    "GOES 16",
]


def _tle_ck(line):
    return str(sum(int(c) if c.isdigit() else (1 if c == "-" else 0) for c in line) % 10)


def k_tle(rng, i):
    out = []
    for name in _rows(rng, SATS, 2, 4):
        num = rng.randint(10000, 59999)
        l1 = (
            f"1 {num}U {pick(rng, [98, 99, 0, 5, 11, 17, 20, 23, 24]):02d}{rng.randint(1, 120):03d}{pick(rng, 'ABC')}   "
            f"{rng.randint(24, 25)}{rng.uniform(1, 365):012.8f}  .{digits(rng, 8)}  00000+0  {rng.randint(10, 99)}{digits(rng, 3)}-3 0  {rng.randint(100, 999)}"
        )
        l2 = (
            f"2 {num} {rng.uniform(0, 100):8.4f} {rng.uniform(0, 360):8.4f} {digits(rng, 7)} {rng.uniform(0, 360):8.4f} "
            f"{rng.uniform(0, 360):8.4f} {rng.uniform(13, 16):11.8f}{rng.randint(10000, 99999)}"
        )
        out += [name, l1 + _tle_ck(l1), l2 + _tle_ck(l2)]
    return "\n".join(out)


# 6 ---------------------------------------------------------------- postal-code directory (Norwegian)
POSTSTEDER = [
    ("2609", "LILLEHAMMER", "Lillehammer", "Innlandet"),
    ("3616", "KONGSBERG", "Kongsberg", "Buskerud"),
    ("7725", "STEINKJER", "Steinkjer", "Trøndelag"),
    ("9406", "HARSTAD", "Harstad", "Troms"),
    ("2815", "GJØVIK", "Gjøvik", "Innlandet"),
    ("6413", "MOLDE", "Molde", "Møre og Romsdal"),
    ("9510", "ALTA", "Alta", "Finnmark"),
    ("6800", "FØRDE", "Sunnfjord", "Vestland"),
    ("8300", "SVOLVÆR", "Vågan", "Nordland"),
    ("4950", "RISØR", "Risør", "Agder"),
]


def k_postcodes(rng, i):
    lines = ["Postnummer\tPoststed\tKommune\tFylke\tKategori"]
    for pnr, sted, kom, fylke in _rows(rng, POSTSTEDER, 4, 9):
        lines.append(f"{pnr}\t{sted}\t{kom}\t{fylke}\t{pick(rng, ['G', 'B', 'P', 'S'])}")
    return (
        "Postnummerregister (utdrag), gyldig fra 1. "
        + pick(rng, ["mars", "juni", "oktober"])
        + " 2025\n"
        + "\n".join(lines)
    )


# 7 ---------------------------------------------------------------- exam timetable (Swedish)
COURSES = [
    ("MA1432", "Linjär algebra"),
    ("FY2210", "Mekanik II"),
    ("KE1050", "Allmän kemi"),
    ("DA3007", "Databaser"),
    ("EK1120", "Mikroekonomi"),
    ("BI2310", "Cellbiologi"),
    ("SV1001", "Svenska språkets historia"),
    ("MA2101", "Envariabelanalys"),
]


def k_exams(rng, i):
    lines = [
        f"Tentamensschema VT{rng.randint(24, 26)} - omtentor vecka {rng.randint(2, 35)}",
        "Kurskod  Kurs  Datum  Tid  Sal",
    ]
    for code, name in _rows(rng, COURSES, 4, 8):
        lines.append(
            f"{code}  {name}  2025-{rng.randint(1, 8):02d}-{rng.randint(1, 28):02d}  "
            f"{pick(rng, ['08:00-13:00', '14:00-19:00', '09:00-12:00'])}  {pick(rng, ['Aula Magna', 'Polhemssalen', 'Celsiussalen', 'Linnésalen', 'K1', 'E:A'])}"
        )
    lines.append("Anmälan senast tio dagar före tentamen via studentportalen.")
    return "\n".join(lines)


# 8 ---------------------------------------------------------------- hymn board
TUNES = [
    "Cwm Rhondda",
    "Old Hundredth",
    "Crimond",
    "St Columba",
    "Repton",
    "Abbot's Leigh",
    "Kilmarnock",
    "Dundee",
    "Slane",
    "Thaxted",
    "Wiltshire",
    "Martyrdom",
    "Coe Fen",
    "Ode to Joy",
]


def k_hymns(rng, i):
    lines = [pick(rng, ["Sunday", "Harvest Festival", "Remembrance", "Advent II", "Communion"]) + " - hymn board"]
    for label in ["Introit", "Hymn", "Psalm", "Hymn", "Offertory", "Hymn"][: rng.randint(3, 6)]:
        lines.append(
            f"{label:<10} {rng.randint(1, 750):>3}   (tune: {pick(rng, TUNES)}){' vv. 1-3, 5' if rng.random() < 0.3 else ''}"
        )
    lines.append(f"Paraphrase {rng.randint(1, 67)}; Doxology. Organ voluntary: Toccata in F.")
    return "\n".join(lines)


# 9 ---------------------------------------------------------------- dialling codes
CODES = [
    ("Switzerland", "+41", "00", "44 Zürich, 31 Bern, 91 Lugano"),
    ("Austria", "+43", "00", "1 Wien, 316 Graz, 512 Innsbruck"),
    ("Belgium", "+32", "00", "2 Brussels, 3 Antwerp, 9 Ghent"),
    ("Norway", "+47", "00", "none (closed plan)"),
    ("Portugal", "+351", "00", "21 Lisboa, 22 Porto"),
    ("Argentina", "+54", "00", "11 Buenos Aires, 341 Rosario"),
    ("Mexico", "+52", "00", "55 CDMX, 33 Guadalajara, 81 Monterrey"),
    ("Egypt", "+20", "00", "2 Cairo, 3 Alexandria"),
    ("Morocco", "+212", "00", "5 fixed, 6/7 mobile"),
    ("Singapore", "+65", "000/001", "none"),
    ("Nigeria", "+234", "009", "1 Lagos, 9 Abuja"),
    ("Jamaica", "+1 876", "011", "none"),
]


def k_dialling(rng, i):
    lines = ["Country | Country code | Intl prefix | Selected area codes | Trunk prefix"]
    for c, cc, ip, areas in _rows(rng, CODES, 4, 8):
        lines.append(f"{c} | {cc} | {ip} | {areas} | {pick(rng, ['0', '0', 'none', '1'])}")
    return (
        "International dialling reference (switchboard card, rev. " + str(rng.randint(3, 12)) + ")\n" + "\n".join(lines)
    )


# 10 --------------------------------------------------------------- wine vintage list (Swiss French)
WINES = [
    "Chasselas Dézaley Grand Cru",
    "Fendant de Sion",
    "Humagne Rouge",
    "Petite Arvine",
    "Cornalin",
    "Gamay de Genève",
    "Œil-de-Perdrix de Neuchâtel",
    "Château d'Auvernier blanc",
    "Domaine de la Crausaz Pinot noir",
]


def k_wine(rng, i):
    lines = [
        f"Carte des millésimes - cave du {pick(rng, ['Lavaux', 'Valais central', 'Chablais', 'Littoral neuchâtelois'])}"
    ]
    for w in _rows(rng, WINES, 4, 7):
        yrs = sorted(rng.sample(range(2012, 2024), 3))
        lines.append(
            f"{w} : "
            + ", ".join(f"{y} ({pick(rng, ['★★★', '★★★★', '★★', '★★★★★'])})" for y in yrs)
            + f" - {rng.randint(18, 95)}.- CHF la bouteille, 75 cl"
        )
    lines.append("Prix TVA comprise. Septante bouteilles minimum pour la remise nonante jours.")
    return "\n".join(lines)


# 11 --------------------------------------------------------------- seat map (Quebec French)
def k_seats(rng, i):
    hall = pick(
        rng, ["Salle Wilfrid-Pelletier", "Théâtre Gilles-Vigneault", "Salle J.-Antonio-Thompson", "Cabaret du Capitole"]
    )
    lines = [f"Plan de salle - {hall} - section {pick(rng, ['Parterre', 'Corbeille', 'Balcon'])}"]
    for r in letters(rng, rng.randint(4, 8), "ABCDEFGHJKLMN"):
        seats = " ".join(pick(rng, ["o", "x", "o", "o", "♿"]) for _ in range(rng.randint(8, 16)))
        lines.append(f"Rangée {r} [{rng.randint(1, 9)}-{rng.randint(20, 40)}]  {seats}")
    lines.append("o = libre, x = vendu. Billets à 49,50 $ + frais; sortie de secours côté cour.")
    return "\n".join(lines)


# 12 --------------------------------------------------------------- bridge hand diagrams
def k_bridge(rng, i):
    deck = [r + s for s in "SHDC" for r in "AKQJT98765432"]
    rng.shuffle(deck)
    hands = [sorted(deck[k * 13 : (k + 1) * 13], key=deck.index) for k in range(4)]
    out = [
        f"Board {rng.randint(1, 32)}   Dealer: {pick(rng, ['North', 'East', 'South', 'West'])}   Vul: {pick(rng, ['None', 'N-S', 'E-W', 'All'])}"
    ]
    for seat, h in zip(["North", "East", "South", "West"], hands):
        suits = []
        for s, sym in zip("SHDC", "♠♥♦♣"):
            cards = "".join(
                c[0] for c in sorted((c for c in h if c[1] == s), key=lambda c: "AKQJT98765432".index(c[0]))
            )
            suits.append(f"{sym} {cards or '-'}")
        out.append(f"{seat:<6} " + "  ".join(suits))
    out.append(
        f"Contract {rng.randint(1, 7)}{pick(rng, ['NT', '♠', '♥', '♦', '♣'])} by {pick(rng, 'NESW')}, "
        f"lead {pick(rng, ['♠K', '♥4', '♦Q', '♣2'])}; Stayman then Jacoby transfer; par +{rng.randint(1, 14) * 10}"
    )
    return "\n".join(out)


# 13 --------------------------------------------------------------- lens specifications
def k_lens(rng, i):
    f1 = pick(rng, [14, 16, 24, 35, 50, 70, 85, 100])
    mount = pick(rng, ["Nikon Z", "Sony E", "Canon RF", "L-Mount", "Fujifilm X", "Leica M"])
    lines = [
        f"{pick(rng, ['NIKKOR Z', 'FE', 'RF', 'XF', 'Summilux-M', 'Art DG DN'])} {f1}{'-' + str(f1 * pick(rng, [2, 3])) if rng.random() < 0.5 else ''}mm "
        f"F{pick(rng, ['1.4', '1.8', '2.8', '4'])} {pick(rng, ['S', 'GM', 'L IS USM', 'R WR', 'ASPH.', 'OSS'])}",
        f"Mount: {mount}",
        f"Construction: {rng.randint(9, 21)} elements in {rng.randint(7, 15)} groups ({rng.randint(1, 4)} ED, {rng.randint(1, 3)} aspherical)",
        f"Min. focus: {rng.uniform(0.2, 1.1):.2f} m; max. magnification 0.{rng.randint(10, 35)}x",
        f"Filter: {pick(rng, [52, 58, 67, 72, 77, 82])} mm; weight {rng.randint(180, 1400)} g; aperture blades {pick(rng, [7, 9, 11])}",
        f"MTF at 30 lp/mm: centre 0.{rng.randint(80, 97)}, edge 0.{rng.randint(50, 85)}",
        "Coatings: Nano Crystal / ARNEO; Petzval-sum corrected; Abbe number of front element "
        f"{rng.uniform(60, 95):.1f}",
    ]
    return "\n".join(lines)


# 14 --------------------------------------------------------------- spare-parts cross-reference (Austrian German)
def k_parts(rng, i):
    lines = [
        f"Vergleichsliste Ersatzteile - {pick(rng, ['Ölfilter', 'Bremsbeläge vorne', 'Zündkerzen', 'Keilrippenriemen', 'Luftfilter'])}",
        "OE-Nummer | MANN | BOSCH | MAHLE | Hinweis",
    ]
    for _ in range(rng.randint(4, 9)):
        lines.append(
            f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)} | "
            f"{pick(rng, ['W', 'HU', 'C', 'CUK'])} {rng.randint(610, 9999)}/{rng.randint(1, 9)} | "
            f"0 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} | {pick(rng, ['OC', 'LX', 'OX', 'LA'])} {rng.randint(100, 1999)} | "
            f"{pick(rng, ['ab Bj. 03/2017', 'nur Diesel', 'Jänner-Lieferung', 'Ersatz für alte Nr.', '-'])}"
        )
    lines.append("Stand: Lager Wels, Preise exkl. USt.")
    return "\n".join(lines)


# 15 --------------------------------------------------------------- tax-rate table by canton (Swiss German)
CANTONS = [
    ("ZH", "Zürich", 2.37),
    ("BE", "Bern", 3.025),
    ("LU", "Luzern", 1.6),
    ("UR", "Uri", 1.0),
    ("SZ", "Schwyz", 1.7),
    ("ZG", "Zug", 0.82),
    ("BS", "Basel-Stadt", 1.0),
    ("TI", "Tessin", 0.97),
    ("VD", "Waadt", 1.55),
    ("GR", "Graubünden", 1.0),
]


def k_tax(rng, i):
    inc = pick(rng, [60000, 80000, 100000, 150000, 250000])
    lines = [
        f"Steuerbelastung {pick(rng, [2023, 2024, 2025])}: Einkommen CHF {inc:,}".replace(",", "'")
        + f", {pick(rng, ['ledig', 'verheiratet, 2 Kinder', 'Rentnerpaar'])}",
        "Kanton | Hauptort-Steuerfuss | Belastung Kanton+Gemeinde | Kirchensteuer",
    ]
    for code, name, fuss in _rows(rng, CANTONS, 5, 10):
        lines.append(f"{code} ({name}) | {fuss * 100:.0f} % | {rng.uniform(5, 18):.2f} % | {rng.uniform(0, 1.5):.2f} %")
    lines.append("Quelle: kantonale Steuerverwaltungen; ohne direkte Bundessteuer. Gälted nur für Hauptort.")
    return "\n".join(lines)


# 16 --------------------------------------------------------------- kit numbering rules (Ticino Italian)
def k_kit(rng, i):
    lega = pick(rng, ["Lega Pro Ticino", "2a Lega interregionale", "Campionato U-17", "Hockey Lega Nazionale"])
    lines = [
        f"{lega} - Regolamento maglie, art. {rng.randint(10, 60)}",
        f"1. I portieri portano i numeri 1, {rng.randint(12, 13)} e {pick(rng, [21, 30, 99])}.",
        f"2. I numeri da 1 a {pick(rng, [25, 30, 35, 99])} sono assegnati prima della {pick(rng, ['prima giornata', 'fase a gironi'])}; nessun numero 0 o 00.",
        f"3. Altezza cifre sul dorso: {rng.randint(20, 35)} cm; sul petto: {rng.randint(10, 15)} cm; pantaloncini: {rng.randint(8, 12)} cm.",
        f"4. Il nome sopra il numero è facoltativo; caratteri maiuscoli, font {pick(rng, ['Helvetica Bold', 'DIN Condensed', 'Futura Heavy'])}.",
        f"5. Multa per infrazione: CHF {rng.randint(1, 5)}00.- (cfr. art. {rng.randint(61, 90)} cpv. {rng.randint(1, 4)}).",
    ]
    return "\n".join(lines)


# 17 --------------------------------------------------------------- font specimens
FONTS = [
    "Garamond Premier",
    "Baskerville Old Face",
    "Frutiger LT 55 Roman",
    "Gill Sans Nova",
    "Bodoni 72",
    "Caslon Ionic",
    "Univers 57 Condensed",
    "Akzidenz-Grotesk",
    "Didot HTF",
    "Plantin Infant",
    "Rockwell Extra Bold",
    "Johnston Underground",
]
PANGRAMS = [
    "The quick brown fox jumps over the lazy dog",
    "Sphinx of black quartz, judge my vow",
    "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich",
    "Portez ce vieux whisky au juge blond qui fume",
    "Pack my box with five dozen liquor jugs",
    "Høj bly gom vandt fræk sexquiz på wc",
]


def k_fonts(rng, i):
    out = []
    for f in _rows(rng, FONTS, 2, 4):
        out.append(
            f"{f} - {pick(rng, ['Regular', 'Italic', 'Semibold', 'Black'])} {pick(rng, [9, 12, 18, 24, 36, 72])}/{pick(rng, [11, 14, 22, 28, 40, 80])} pt"
        )
        out.append(pick(rng, PANGRAMS))
        out.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 &!?%€£$")
        out.append(
            f"OpenType: liga, onum, smcp; {rng.randint(400, 1200)} glyphs; v{rng.randint(1, 3)}.{rng.randint(0, 99):03d}\n"
        )
    return "\n".join(out).strip()


# 18 --------------------------------------------------------------- knot tables
KNOTS = [
    ("3_1", "Trefoil", "2", "t^2 - t + 1", "3"),
    ("4_1", "Figure-eight", "2", "-t^2 + 3t - 1", "5"),
    ("5_1", "Cinquefoil", "2", "t^4 - t^3 + t^2 - t + 1", "5"),
    ("5_2", "Three-twist", "2", "2t^2 - 3t + 2", "7"),
    ("6_1", "Stevedore", "2", "-2t^2 + 5t - 2", "9"),
    ("6_2", "-", "2", "-t^4 + 3t^3 - 3t^2 + 3t - 1", "11"),
    ("7_1", "Septafoil", "2", "t^6 - t^5 + t^4 - t^3 + t^2 - t + 1", "7"),
    ("8_19", "(3,4)-torus", "3", "t^6 - t^5 + t^3 - t + 1", "3"),
]


def k_knots(rng, i):
    lines = ["Knot | Name | Bridge no. | Alexander polynomial | Determinant | Conway notation"]
    for k, name, br, alex, det in _rows(rng, KNOTS, 3, 7):
        lines.append(
            f"{k} | {name} | {br} | {alex} | {det} | [{rng.randint(2, 7)}{rng.randint(1, 3) if rng.random() < 0.5 else ''}]"
        )
    lines.append("Jones and HOMFLY-PT polynomials omitted; chirality per Rolfsen table conventions.")
    return "\n".join(lines)


# 19 --------------------------------------------------------------- mineral properties
MINERALS = [
    ("Goethite", "FeO(OH)", "Orthorhombic", "5-5.5"),
    ("Smithsonite", "ZnCO3", "Trigonal", "4.5"),
    ("Wollastonite", "CaSiO3", "Triclinic", "4.5-5"),
    ("Dolomite", "CaMg(CO3)2", "Trigonal", "3.5-4"),
    ("Prehnite", "Ca2Al2Si3O10(OH)2", "Orthorhombic", "6-6.5"),
    ("Scheelite", "CaWO4", "Tetragonal", "4.5-5"),
    ("Zoisite", "Ca2Al3(SiO4)(Si2O7)O(OH)", "Orthorhombic", "6-7"),
    ("Cordierite", "Mg2Al4Si5O18", "Orthorhombic", "7-7.5"),
    ("Gadolinite", "(Ce,La,Nd,Y)2FeBe2Si2O10", "Monoclinic", "6.5-7"),
    ("Vesuvianite", "Ca10(Mg,Fe)2Al4(SiO4)5(Si2O7)2(OH)4", "Tetragonal", "6.5"),
]


def k_minerals(rng, i):
    lines = ["Mineral | Formula | Crystal system | Mohs | SG | Streak"]
    for name, f, sysm, mohs in _rows(rng, MINERALS, 4, 8):
        lines.append(
            f"{name} | {f} | {sysm} | {mohs} | {rng.uniform(2.5, 6.5):.2f} | {pick(rng, ['white', 'yellow-brown', 'grey', 'colourless'])}"
        )
    lines.append("IMA-approved species; data compiled for the teaching collection handbook.")
    return "\n".join(lines)


# 20 --------------------------------------------------------------- organ stoplist (Danish)
STOPS = [
    "Principal 8'",
    "Gedakt 8'",
    "Oktav 4'",
    "Rørfløjte 4'",
    "Quint 2 2/3'",
    "Nasat 2 2/3'",
    "Mixtur IV",
    "Trompet 8'",
    "Subbas 16'",
    "Fagot 16'",
    "Dulcian 8'",
    "Sesquialtera II",
    "Spidsfløjte 2'",
    "Vox humana 8'",
]


def k_organ(rng, i):
    lines = [
        f"Disposition - {pick(rng, ['Marcussen & Søn', 'Frobenius', 'Th. Frobenius', 'Carsten Lund'])}-orgel, {rng.randint(1958, 2019)}",
        f"{rng.randint(2, 3)} manualer og pedal, {rng.randint(18, 42)} stemmer, mekanisk traktur",
    ]
    for part in ["Hovedværk (II)", "Rygpositiv (I)", "Pedal"]:
        lines.append(f"{part}: " + ", ".join(_rows(rng, STOPS, 4, 7)))
    lines.append("Koblinger: I-II, I-P, II-P. Tremulant. Temperatur: Neidhardt 1732.")
    return "\n".join(lines)


# 21 --------------------------------------------------------------- amateur radio band plan
def k_bandplan(rng, i):
    band = pick(rng, ["80 m", "40 m", "20 m", "2 m", "70 cm"])
    base = {"80 m": 3.5, "40 m": 7.0, "20 m": 14.0, "2 m": 144.0, "70 cm": 430.0}[band]
    lines = [f"IARU Region 1 band plan - {band}", "Frequency (MHz) | Max BW | Usage"]
    f = base
    for use in _rows(
        rng,
        [
            "CW only",
            "Narrow band modes",
            "Digimodes",
            "SSB contest preferred",
            "Beacons",
            "FM simplex",
            "Satellite downlink",
            "Emergency centre of activity",
            "QRP centre of activity",
        ],
        4,
        7,
    ):
        nf = f + rng.uniform(0.005, 0.2)
        lines.append(f"{f:.3f} - {nf:.3f} | {pick(rng, ['200 Hz', '500 Hz', '2700 Hz', '12 kHz'])} | {use}")
        f = nf
    lines.append(
        f"Callsign prefixes: HB9, OE, ON, LA, SM, OZ, CT, LU, XE, SU. CTCSS {pick(rng, ['88.5', '94.8', '123.0'])} Hz."
    )
    return "\n".join(lines)


# 22 --------------------------------------------------------------- size chart (Mexican Spanish)
def k_sizes(rng, i):
    prod = pick(
        rng, ["Tenis para dama", "Playera caballero", "Jeans corte recto", "Calzado escolar", "Chamarra unisex"]
    )
    lines = [f"Guía de tallas - {prod}", "MX | US | EU | Largo de pie / Pecho (cm)"]
    mx = rng.randint(22, 24)
    for k in range(rng.randint(5, 8)):
        lines.append(f"{mx + k * 0.5:.1f} | {mx - 17 + k * 0.5:.1f} | {mx + 13 + k} | {mx + k * 0.5 + 0.3:.1f}")
    lines.append("Si estás entre dos tallas, pide la mayor. Cambios sin costo en 30 días con ticket.")
    return "\n".join(lines)


# 23 --------------------------------------------------------------- paint colour codes (Austrian German)
RAL = [
    ("RAL 1003", "Signalgelb"),
    ("RAL 3000", "Feuerrot"),
    ("RAL 3020", "Verkehrsrot"),
    ("RAL 5010", "Enzianblau"),
    ("RAL 6005", "Moosgrün"),
    ("RAL 7016", "Anthrazitgrau"),
    ("RAL 7035", "Lichtgrau"),
    ("RAL 8017", "Schokoladenbraun"),
    ("RAL 9005", "Tiefschwarz"),
    ("RAL 9010", "Reinweiß"),
    ("RAL 6018", "Gelbgrün"),
    ("RAL 5015", "Himmelblau"),
]


def k_paint(rng, i):
    lines = [
        f"Farbtonkarte {pick(rng, ['Fassade', 'Metall', 'Holz außen', 'Boden'])} - Nachmischung ab {pick(rng, [1, 2.5, 5, 10])} Liter"
    ]
    for code, name in _rows(rng, RAL, 5, 9):
        lines.append(
            f"{code} {name} | NCS S {rng.randint(500, 8500):04d}-{pick(rng, ['Y', 'R', 'B', 'G'])}{rng.randint(10, 90)}{pick(rng, ['R', 'B', 'G', 'Y'])} | "
            f"#{digits(rng, 2)}{letters(rng, 2, 'ABCDEF')}{digits(rng, 2)} | Glanzgrad {pick(rng, ['seidenmatt', 'matt', 'hochglänzend'])}"
        )
    lines.append("Abweichungen durch Bildschirmdarstellung möglich. Heuer neu: Sonderton 'Wachauer Marille'.")
    return "\n".join(lines)


# 24 --------------------------------------------------------------- isotope table
ISOS = [
    ("H-3", "12.32 a", "β-"),
    ("C-14", "5730 a", "β-"),
    ("Co-60", "5.271 a", "β-, γ"),
    ("Sr-90", "28.8 a", "β-"),
    ("I-131", "8.02 d", "β-, γ"),
    ("Cs-137", "30.08 a", "β-"),
    ("Ra-226", "1600 a", "α"),
    ("U-238", "4.468e9 a", "α"),
    ("Pu-239", "24110 a", "α"),
    ("Am-241", "432.2 a", "α, γ"),
    ("Tc-99m", "6.01 h", "IT, γ"),
    ("K-40", "1.25e9 a", "β-, EC"),
]


def k_isotopes(rng, i):
    lines = ["Nuclide | Half-life | Decay | Main γ (keV) | Exemption level (Bq)"]
    for n, hl, dec in _rows(rng, ISOS, 4, 9):
        lines.append(f"{n} | {hl} | {dec} | {rng.randint(30, 1500) if 'γ' in dec else '-'} | 1E+{rng.randint(3, 8)}")
    lines.append("Values per ENSDF evaluation; Bateman equations apply for chains.")
    return "\n".join(lines)


# 25 --------------------------------------------------------------- ICD code index (European Portuguese)
ICD = [
    ("J45.9", "Asma, não especificada"),
    ("E11.9", "Diabetes mellitus tipo 2 sem complicações"),
    ("F32.1", "Episódio depressivo moderado"),
    ("G40.9", "Epilepsia, não especificada"),
    ("I10", "Hipertensão essencial"),
    ("C50.9", "Neoplasia maligna da mama"),
    ("G20", "Doença de Parkinson"),
    ("G30.9", "Doença de Alzheimer"),
    ("F84.0", "Autismo infantil"),
    ("E10.9", "Diabetes tipo 1"),
    ("M79.7", "Fibromialgia"),
    ("B20", "Doença pelo VIH"),
]


def k_icd(rng, i):
    lines = [
        f"Índice CID-10 (extrato) - capítulo {pick(rng, ['IV', 'V', 'VI', 'IX', 'X', 'XIII'])}",
        "Código | Designação | Notas de codificação",
    ]
    for code, name in _rows(rng, ICD, 4, 8):
        lines.append(
            f"{code} | {name} | {pick(rng, ['Excl.: gravidez (O24.-)', 'Usar código adicional', 'Ver também Z86.-', '-'])}"
        )
    lines.append("Tabela de referência para codificadores; não contém dados de utentes.")
    return "\n".join(lines)


KINDS = [
    ("cas_inventory", k_cas),
    ("variant_catalogue", k_variants),
    ("seismic_catalogue", k_seismic),
    ("cadastral_parcels", k_cadastre),
    ("satellite_tle", k_tle),
    ("postal_code_directory", k_postcodes),
    ("exam_timetable", k_exams),
    ("hymn_board", k_hymns),
    ("dialling_codes", k_dialling),
    ("wine_vintages", k_wine),
    ("seat_maps", k_seats),
    ("bridge_hands", k_bridge),
    ("lens_specs", k_lens),
    ("parts_crossref", k_parts),
    ("canton_tax_rates", k_tax),
    ("kit_numbering_rules", k_kit),
    ("font_specimens", k_fonts),
    ("knot_tables", k_knots),
    ("mineral_properties", k_minerals),
    ("organ_stoplists", k_organ),
    ("band_plans", k_bandplan),
    ("size_charts", k_sizes),
    ("paint_colour_codes", k_paint),
    ("isotope_tables", k_isotopes),
    ("icd_code_index", k_icd),
]


def generate(seed):
    out = []
    for kind, fn in KINDS:
        for i in range(10):
            rng = random.Random(f"{seed}|{kind}|{i}")
            out.append(plain_record(f"v17n-{kind}-{i}", kind, fn(rng, i)))
    return out
