"""Look-alike documents without PII: 25 kinds, assigned in turn."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable

import ids
from stdnum import ean, imo


def _pick(rng: random.Random, pool: tuple[str, ...], k: int) -> list[str]:
    return rng.sample(pool, min(k, len(pool)))


def real_estate(rng: random.Random) -> str:
    beds = rng.randint(1, 5)
    sqm = rng.randint(38, 210)
    feats = _pick(
        rng,
        (
            "south-facing garden",
            "open-plan kitchen",
            "gas central heating",
            "double glazing",
            "off-street parking for two cars",
            "loft conversion with skylights",
            "utility room",
            "en-suite to principal bedroom",
            "walk-in wardrobe",
            "balcony overlooking the park",
            "solar panels (owned)",
            "no onward chain",
        ),
        6,
    )
    return (
        f"{beds}-bedroom {rng.choice(('semi-detached house', 'apartment', 'terraced house', 'bungalow'))} "
        f"- guide price £{rng.randint(150, 690)},{rng.choice(('000', '500', '950'))}\n"
        f"Floor area: {sqm} sq m ({round(sqm * 10.764)} sq ft). EPC rating: {rng.choice('BCDE')}. "
        f"Council tax band {rng.choice('ABCDE')}. Tenure: {rng.choice(('freehold', 'leasehold, 112 years'))}.\n"
        "Key features:\n"
        + "\n".join(f"- {f}" for f in feats)
        + f"\nGround floor: hallway, lounge ({rng.randint(3, 6)}.{rng.randint(1, 9)}m x {rng.randint(3, 5)}."
        f"{rng.randint(1, 9)}m), kitchen/diner, WC.\nFirst floor: {beds} bedrooms, family bathroom.\n"
        "Viewings strictly by appointment through the agency portal. Measurements are approximate."
    )


def box_score(rng: random.Random) -> str:
    teams = _pick(
        rng,
        (
            "Harbour City Gulls",
            "Northgate Rovers",
            "Riverside Athletic",
            "Eastfield Comets",
            "Valley Rangers",
            "Portside United",
            "Hillcrest Hawks",
            "Lakeside Lions",
        ),
        4,
    )
    lines = ["Weekend results - Division Two"]
    for i in range(0, 4, 2):
        lines.append(
            f"{teams[i]} {rng.randint(0, 5)} - {rng.randint(0, 5)} {teams[i + 1]} "
            f"(HT {rng.randint(0, 2)}-{rng.randint(0, 2)}), att. {rng.randint(900, 14000):,}"
        )
    lines.append("\nBox score (basketball, Q1-Q4, final):")
    for t in teams[:2]:
        q = [rng.randint(14, 32) for _ in range(4)]
        lines.append(f"{t:<20} " + " ".join(f"{x:>3}" for x in q) + f"  {sum(q):>4}")
    lines.append(
        f"FG {rng.randint(28, 45)}/{rng.randint(70, 90)}  3PT {rng.randint(6, 15)}/{rng.randint(20, 38)}  "
        f"FT {rng.randint(10, 22)}/{rng.randint(15, 28)}  REB {rng.randint(35, 52)}  "
        f"AST {rng.randint(15, 30)}"
    )
    lines.append(
        f"Table: P {rng.randint(10, 30)} W {rng.randint(4, 18)} D {rng.randint(0, 8)} "
        f"L {rng.randint(0, 10)} GD {rng.randint(-9, 20):+d} Pts {rng.randint(12, 55)}"
    )
    return "\n".join(lines)


def botanical(rng: random.Random) -> str:
    taxa = _pick(
        rng,
        (
            "Quercus robur L.",
            "Bellis perennis L.",
            "Taraxacum officinale F.H.Wigg.",
            "Fagus sylvatica L.",
            "Digitalis purpurea L.",
            "Lonicera periclymenum L.",
            "Hyacinthoides non-scripta (L.) Chouard ex Rothm.",
            "Primula vulgaris Huds.",
            "Anemone nemorosa L.",
            "Urtica dioica L.",
            "Corvus corone L., 1758",
            "Erithacus rubecula (L., 1758)",
            "Lumbricus terrestris L., 1758",
            "Vulpes vulpes (L., 1758)",
            "Meles meles (L., 1758)",
        ),
        7,
    )
    out = [f"Survey plot {rng.randint(1, 40)} - species list (DAFOR scale), {rng.randint(2, 9)} x 10 m quadrats"]
    for t in taxa:
        out.append(f"{t:<52} {rng.choice('DAFOR')}  cover {rng.randint(1, 60)}%")
    out.append("Nomenclature follows the current national checklist; authority abbreviations as standard.")
    return "\n".join(out)


def stack_trace(rng: random.Random) -> str:
    mods = _pick(rng, ("scheduler", "ingest", "cache", "render", "billing", "queue"), 3)
    addr = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    lines = [
        f"ERROR {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)} "
        f"[worker-{rng.randint(1, 16)}] Unhandled exception in task 0x{addr}",
        "Traceback (most recent call last):",
    ]
    for m in mods:
        lines.append(f'  File "/opt/service/lib/{m}/core.py", line {rng.randint(20, 900)}, in run_{m}')
        lines.append(f"    result = self._dispatch(payload, retries={rng.randint(1, 5)})")
    lines.append(f"KeyError: 'segment_{rng.randint(1, 64)}'")
    runtime = f"runtime=python-3.{rng.randint(8, 12)}.{rng.randint(0, 9)}"
    build = "".join(rng.choice("0123456789abcdef") for _ in range(7))
    lines.append(f"{runtime} build={build} mem={rng.randint(120, 900)}MiB heap=0x{addr[:8]}")
    return "\n".join(lines)


def history(rng: random.Random) -> str:
    parts = _pick(
        rng,
        (
            "The Carolingian court moved between palaces rather than ruling from one capital.",
            "Under the Tudor dynasty the dissolution of the monasteries transferred vast estates to the crown.",
            "St Patrick's Day, 17 March, became a public holiday in Ireland in 1903.",
            "The abbey at St Albans was built on the reputed site of the first British martyrdom.",
            "The Habsburg monarchy governed a patchwork of kingdoms bound by dynastic marriage.",
            "Pilgrims on the Camino de Santiago still collect stamps in a credential booklet.",
            "The Ming dynasty rebuilt much of the Great Wall in brick and stone.",
            "Feast days of saints structured the medieval calendar of fairs and rents.",
            "The Stuart period saw civil war, a republic, and a restoration within two decades.",
            "The Ottoman administration kept detailed tax registers known as defters.",
        ),
        6,
    )
    return (
        f"Chapter {rng.randint(2, 14)}: Dynasties and the calendar\n\n"
        + " ".join(parts)
        + f"\n\nFurther reading: see section {rng.randint(1, 9)}.{rng.randint(1, 9)} and the map on "
        f"p. {rng.randint(20, 300)}."
    )


ELEMENTS = (
    ("H", "Hydrogen", 1, 1.008),
    ("He", "Helium", 2, 4.0026),
    ("Li", "Lithium", 3, 6.94),
    ("C", "Carbon", 6, 12.011),
    ("N", "Nitrogen", 7, 14.007),
    ("O", "Oxygen", 8, 15.999),
    ("Na", "Sodium", 11, 22.990),
    ("Mg", "Magnesium", 12, 24.305),
    ("Al", "Aluminium", 13, 26.982),
    ("Si", "Silicon", 14, 28.085),
    ("S", "Sulfur", 16, 32.06),
    ("Cl", "Chlorine", 17, 35.45),
    ("K", "Potassium", 19, 39.098),
    ("Ca", "Calcium", 20, 40.078),
    ("Fe", "Iron", 26, 55.845),
    ("Cu", "Copper", 29, 63.546),
    ("Zn", "Zinc", 30, 65.38),
    ("Ag", "Silver", 47, 107.87),
    ("Au", "Gold", 79, 196.97),
    ("Hg", "Mercury", 80, 200.59),
    ("Pb", "Lead", 82, 207.2),
)


def periodic(rng: random.Random) -> str:
    rows = rng.sample(ELEMENTS, 9)
    out = ["Z   Sym  Name         Std. atomic weight"]
    for sym, name, z, w in sorted(rows, key=lambda r: r[2]):
        out.append(f"{z:<3} {sym:<4} {name:<12} {w}")
    out.append(
        f"Molar mass of CaCO3 = 100.09 g/mol; 0.{rng.randint(100, 999)} mol weighs "
        f"{round(100.09 * rng.randint(100, 999) / 1000, 2)} g."
    )
    return "\n".join(out)


def fleet(rng: random.Random) -> str:
    out = ["Fleet list (operator sheet)", "Reg      Type               MSN     Seats  Delivered"]
    for _ in range(5):
        kind = rng.choice(("A320-214", "A321neo", "B737-8", "ATR 72-600", "E190"))
        out.append(
            f"G-{ids.letters(rng, 4)}   {kind:<18} "
            f"{rng.randint(1000, 9999):<7} {rng.randint(70, 220):<6} {rng.randint(2004, 2025)}"
        )
    out.append("Vessels: IMO no. / name / GT")
    for _ in range(3):
        num = ids.sample(rng, lambda: ids.digits(rng, 7), imo.is_valid)
        out.append(
            f"IMO {num}  MV {rng.choice(('Northern Star', 'Celtic Dawn', 'Baltic Trader', 'Sea Meridian'))}"
            f"  {rng.randint(3000, 60000):,} GT"
        )
    return "\n".join(out)


def barcodes(rng: random.Random) -> str:
    out = ["SKU list - aisle " + str(rng.randint(1, 30))]
    for _ in range(8):
        body = ids.digits(rng, 12)
        code = body + ean.calc_check_digit(body)
        item = rng.choice(
            ("oat drink 1L", "basmati rice 2kg", "AA batteries x8", "tea lights x50", "dish soap 500ml", "penne 500g")
        )
        out.append(f"{code}  {item}  £{rng.randint(0, 9)}.{rng.randint(0, 99):02d}")
    return "\n".join(out)


def rota(rng: random.Random) -> str:
    roles = (
        "duty manager",
        "on-call engineer",
        "first-aider",
        "reception lead",
        "security supervisor",
        "IT support (remote)",
        "facilities technician",
    )
    out = ["Bank holiday cover rota (roles only; names on the internal sheet)"]
    for day in _pick(
        rng,
        (
            "Good Friday",
            "Easter Monday",
            "Early May bank holiday",
            "Spring bank holiday",
            "Summer bank holiday",
            "Boxing Day",
        ),
        4,
    ):
        who = ", ".join(_pick(rng, roles, 3))
        out.append(f"{day}: {who} - {rng.randint(7, 10)}:00 to {rng.randint(15, 20)}:00")
    out.append("Swap requests via the rota tool at least 7 days in advance.")
    return "\n".join(out)


def flatpack(rng: random.Random) -> str:
    names = _pick(
        rng,
        ("KLOBBEN", "SNÖRSA", "FJÄLLVIK", "BRÅKELL", "TORNSTA", "VIDDAL", "LÖVHAGA", "GRUMSÅS", "HEMFRID", "STRÅLA"),
        5,
    )
    out = ["New this season"]
    for n in names:
        out.append(
            f"{n} {rng.choice(('shelf unit', 'bedside table', 'wardrobe', 'bench', 'pendant lamp'))}, "
            f"{rng.randint(30, 200)}x{rng.randint(20, 80)} cm, "
            f"art. {rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(10, 99)}"
            f" - {rng.randint(15, 299)}.99"
        )
    out.append("Assembly: 2 people, approx. 40 minutes. Wall fixing sold separately.")
    return "\n".join(out)


def recipe(rng: random.Random) -> str:
    dish = rng.choice(("Lentil and squash curry", "Lemon drizzle traybake", "Mushroom risotto", "Shakshuka"))
    out = [f"{dish} - serves {rng.randint(2, 8)}, {rng.randint(20, 90)} min", "Ingredients:"]
    for ing in _pick(
        rng,
        (
            "onion",
            "garlic cloves",
            "tinned tomatoes",
            "red lentils",
            "butter",
            "caster sugar",
            "plain flour",
            "eggs",
            "lemons",
            "arborio rice",
            "vegetable stock",
            "cumin",
        ),
        6,
    ):
        unit = rng.choice(("g", "ml", "x"))
        out.append(f"- {rng.randint(1, 6) if unit == 'x' else rng.randint(5, 400)} {unit} {ing}")
    out.append(f"Method: preheat oven to {rng.choice((160, 180, 200))}°C (fan). Combine, simmer or bake until done.")
    return "\n".join(out)


def chess(rng: random.Random) -> str:
    n = rng.randint(2, 4)
    fen = rng.choice(
        (
            "r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4",
            "6k1/5ppp/8/8/8/8/5PPP/3R2K1 w - - 0 1",
            "8/8/8/8/8/5k2/6q1/7K b - - 0 1",
            "r4rk1/ppp2ppp/8/3q4/8/2N5/PPP2PPP/R2Q1RK1 w - - 0 15",
        )
    )
    return (
        f"Problem {rng.randint(1, 400)}: White to play and mate in {n}.\nFEN: {fen}\n"
        f"Hint: consider a quiet move on move {rng.randint(1, n)}.\n"
        "Solution (hidden): 1. Qxf7+ Kxf7 2. Bc4+ d5 3. Bxd5# (one of several lines).\n"
        f"Difficulty {rng.randint(1, 5)}/5. Theme: back-rank weakness, deflection."
    )


def tickers(rng: random.Random) -> str:
    out = ["Market close"]
    for t in _pick(rng, ("AAPL", "MSFT", "VOD.L", "SAP.DE", "7203.T", "BHP.AX", "SHEL.L", "NESN.SW", "TSLA"), 7):
        price = f"{rng.uniform(5, 900):>8.2f}  {rng.uniform(-4, 4):+.2f}%"
        out.append(f"{t:<8} {price}  vol {rng.randint(1, 90)}.{rng.randint(0, 9)}M")
    out.append(f"FTSE 100 {rng.randint(7000, 8800)}.{rng.randint(10, 99)}; EUR/GBP 0.{rng.randint(8300, 8900)}")
    return "\n".join(out)


def hashes(rng: random.Random) -> str:
    out = ["SHA256SUMS (release artefacts)"]
    for name in _pick(
        rng,
        ("app-linux-x64.tar.gz", "app-macos-arm64.zip", "app-win64.msi", "checksums.sig", "docs.pdf", "sbom.json"),
        5,
    ):
        out.append(hashlib.sha256(f"{name}{rng.random()}".encode()).hexdigest() + "  " + name)
    out.append("md5 " + hashlib.md5(str(rng.random()).encode()).hexdigest())
    return "\n".join(out)


def _temp(value: int) -> str:
    return f"M{-value:02d}" if value < 0 else f"{value:02d}"


def metar(rng: random.Random) -> str:
    st = rng.choice(("EGLL", "EIDW", "LZIB", "LDZA", "LWSK", "UMMS", "UBBB", "UCFM", "FMMI", "HRYR", "DNEN", "LMML"))
    day = rng.randint(1, 28)
    return (
        f"METAR {st} {day:02d}{rng.randint(0, 23):02d}50Z {rng.randint(0, 36) * 10:03d}{rng.randint(3, 25):02d}KT "
        f"{rng.choice(('9999', '6000', 'CAVOK'))} {rng.choice(('FEW', 'SCT', 'BKN'))}0{rng.randint(10, 45)} "
        f"{_temp(rng.randint(-5, 30))}/{_temp(rng.randint(-8, 15))} Q{rng.randint(990, 1035)} NOSIG=\n"
        f"TAF {st} {day:02d}0500Z {day:02d}06/{day + 1:02d}12 "
        f"{rng.randint(0, 36) * 10:03d}{rng.randint(5, 20):02d}KT "
        f"9999 SCT035 TEMPO {day:02d}14/{day:02d}18 4000 SHRA BKN012 BECMG {day:02d}20/{day:02d}22 "
        f"{rng.randint(0, 36) * 10:03d}08KT=\n"
        f"Remarks: runway {rng.randint(1, 36):02d}L in use, braking action good."
    )


def postcode_stats(rng: random.Random) -> str:
    out = ["Postcode district | households | median age of dwelling stock | broadband >100Mb"]
    for d in _pick(rng, ("LS6", "LS11", "BS5", "M14", "NR2", "LE3", "PL4", "HU5", "WF1", "ST4"), 6):
        out.append(f"{d:<6} | {rng.randint(4000, 19000):,} | {rng.randint(20, 90)} years | {rng.randint(40, 98)}%")
    out.append("Source: census-derived aggregates; no small-area figures below district level are shown.")
    return "\n".join(out)


def hotel(rng: random.Random) -> str:
    out = [f"Room {rng.randint(101, 520)} - {rng.choice(('Superior Double', 'Family Suite', 'Twin Room'))}"]
    out += [
        f"- {a}"
        for a in _pick(
            rng,
            (
                "king-size bed",
                "rain shower",
                "Nespresso machine",
                "blackout blinds",
                "work desk",
                "55-inch smart TV",
                "complimentary Wi-Fi",
                "minibar",
                "air conditioning",
                "sofa bed for one child",
            ),
            7,
        )
    ]
    out.append(
        f"Check-in from {rng.randint(14, 16)}:00, check-out by {rng.randint(10, 12)}:00. Breakfast "
        f"{rng.randint(7, 8)}:00-10:30. Pets welcome (£{rng.randint(10, 30)} per night)."
    )
    return "\n".join(out)


def cinema(rng: random.Random) -> str:
    films = _pick(
        rng,
        (
            "The Quiet Tide",
            "Paper Lanterns",
            "Iron Meadow",
            "Night Train to Nowhere",
            "Small Hours",
            "The Glass Orchard",
            "Comet Season",
        ),
        4,
    )
    out = [f"Showtimes - Screen 1-{rng.randint(4, 9)}"]
    for f in films:
        times = sorted(f"{rng.randint(11, 22)}:{rng.choice(('00', '15', '30', '45'))}" for _ in range(3))
        out.append(f"{f} ({rng.choice(('U', 'PG', '12A', '15'))}, {rng.randint(88, 165)} min): " + ", ".join(times))
    out.append("Tuesdays: all tickets £5.99. Audio-described screenings marked AD.")
    return "\n".join(out)


def tides(rng: random.Random) -> str:
    out = ["Tide table - outer harbour gauge (times local, heights in metres above chart datum)"]
    for d in range(1, rng.randint(5, 8)):
        out.append(
            f"Day {d}: HW {rng.randint(0, 11):02d}:{rng.randint(0, 59):02d} {rng.uniform(3.5, 6.2):.1f}  "
            f"LW {rng.randint(6, 17):02d}:{rng.randint(0, 59):02d} {rng.uniform(0.3, 1.8):.1f}  "
            f"HW {rng.randint(12, 23):02d}:{rng.randint(0, 59):02d} {rng.uniform(3.5, 6.2):.1f}"
        )
    out.append("Spring tides expected around the new moon; predictions exclude surge effects.")
    return "\n".join(out)


def conference(rng: random.Random) -> str:
    out = [f"Track {rng.choice('ABC')} - Day {rng.randint(1, 3)}"]
    for title in _pick(
        rng,
        (
            "Scaling event pipelines without tears",
            "Privacy by design in public services",
            "What the benchmarks do not tell you",
            "Lessons from a decade of incident reviews",
            "Graph databases for fraud analytics",
            "Accessible forms that people finish",
            "Zero-downtime schema migrations",
        ),
        5,
    ):
        out.append(f"{rng.randint(9, 17)}:{rng.choice(('00', '30'))}  Room {rng.randint(1, 12)}  {title}")
    out.append("Speaker bios are in the printed programme. Lunch 12:30-13:30 in the atrium.")
    return "\n".join(out)


def legal(rng: random.Random) -> str:
    return (
        f"{rng.randint(1, 20)}. CONFIDENTIALITY\n{rng.randint(1, 20)}.1 The Recipient, [NAME], of [ADDRESS], "
        "shall keep the Confidential Information secret and shall not disclose it to any third party "
        "without the prior written consent of [PARTY A].\n"
        f"{rng.randint(1, 20)}.2 This Agreement is made on [DATE] between [COMPANY NAME] (company number "
        "[NUMBER]) and [NAME] (date of birth [DD/MM/YYYY]).\n"
        f"{rng.randint(1, 20)}.3 Notices shall be sent to [EMAIL ADDRESS] or [TELEPHONE NUMBER].\n"
        "Signed: ____________________  Print name: ____________________"
    )


def warnings(rng: random.Random) -> str:
    sets = (
        (
            "WARNING: Not suitable for children under 36 months. Small parts.",
            "ACHTUNG: Nicht für Kinder unter 3 Jahren geeignet. Kleinteile.",
            "ATTENTION : Ne convient pas aux enfants de moins de 36 mois.",
            "ATTENZIONE: Non adatto a bambini di età inferiore a 36 mesi.",
            "UPOZORNENIE: Nevhodné pre deti do 3 rokov.",
            "OPOZORILO: Ni primerno za otroke, mlajše od 3 let.",
        ),
        (
            "CAUTION: Hot surface. Do not touch.",
            "VORSICHT: Heiße Oberfläche.",
            "ATTENTION : Surface chaude.",
            "PAŽNJA: Vruća površina.",
            "УВАГА: Гарачая паверхня.",
            "TWISSIJA: Wiċċ jaħraq.",
        ),
    )
    chosen = rng.choice(sets)
    return (
        f"Label batch {rng.randint(100, 999)}-{ids.letters(rng, 2)}\n"
        + "\n".join(rng.sample(chosen, len(chosen)))
        + f"\nCE | UKCA | {rng.randint(1, 9)}x AA batteries required (not included)."
    )


def eponyms(rng: random.Random) -> str:
    parts = _pick(
        rng,
        (
            "Parkinson's law says work expands to fill the time available.",
            "Halley's comet returns roughly every 76 years.",
            "The Fibonacci sequence appears in sunflower seed heads.",
            "The Doppler effect explains the falling pitch of a passing siren.",
            "A Bunsen burner gives a hotter flame when the collar is open.",
            "Murphy's law is a rule of thumb, not a scientific law.",
            "Occam's razor favours the simpler explanation.",
            "The Kelvin scale starts at absolute zero.",
            "Avogadro's number links moles to particle counts.",
        ),
        5,
    )
    return (
        f"Quiz round {rng.randint(1, 8)} - science eponyms\n"
        + "\n".join(f"{i + 1}. {p}" for i, p in enumerate(parts))
        + "\nTrue or false? Answers on the back."
    )


def changelog(rng: random.Random) -> str:
    major, minor = rng.randint(1, 6), rng.randint(0, 20)
    out = [
        f"## v{major}.{minor}.{rng.randint(0, 9)} ({rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-"
        f"{rng.randint(1, 28):02d})"
    ]
    for item in _pick(
        rng,
        (
            "Fix race condition in retry loop",
            "Bump TLS library to 3.2.1",
            "Drop support for Python 3.8",
            "Add --dry-run flag",
            "Improve CSV export speed by 40%",
            "Deprecate legacy v1 endpoints",
        ),
        4,
    ):
        out.append(f"- {item} ({''.join(rng.choice('0123456789abcdef') for _ in range(7))})")
    out.append(f"Full diff: v{major}.{minor - 1 if minor else 0}.0...HEAD")
    out.append("Upgrade notes: run the migration script once; configuration keys are unchanged.")
    return "\n".join(out)


def bus(rng: random.Random) -> str:
    stops = _pick(
        rng,
        (
            "Interchange Stand C",
            "Hospital Main Gate",
            "Retail Park",
            "University Campus",
            "Rail Station Forecourt",
            "Leisure Centre",
            "Park and Ride North",
            "Airport Terminal",
        ),
        5,
    )
    out = [f"Route {rng.randint(1, 99)}{rng.choice(('', 'A', 'X'))} - Monday to Friday"]
    start = rng.randint(5, 8) * 60 + rng.randint(0, 59)
    for s in stops:
        times = [start + k * rng.choice((15, 20, 30)) for k in range(4)]
        out.append(f"{s:<24} " + " ".join(f"{t // 60:02d}:{t % 60:02d}" for t in times))
        start += rng.randint(4, 12)
    out.append("Timings are approximate. Low-floor vehicles on all journeys.")
    return "\n".join(out)


KINDS: tuple[tuple[str, Callable[[random.Random], str]], ...] = (
    ("real_estate_no_contact", real_estate),
    ("sports_box_score", box_score),
    ("botanical_latin", botanical),
    ("stack_trace_log", stack_trace),
    ("history_dynasties_saints", history),
    ("periodic_table", periodic),
    ("fleet_registrations", fleet),
    ("ean_barcode_list", barcodes),
    ("holiday_rota_roles", rota),
    ("flatpack_products", flatpack),
    ("recipe_card", recipe),
    ("chess_problem", chess),
    ("stock_tickers", tickers),
    ("hash_list", hashes),
    ("aviation_metar_taf", metar),
    ("postcode_district_stats", postcode_stats),
    ("hotel_amenities", hotel),
    ("cinema_schedule", cinema),
    ("tide_table", tides),
    ("conference_sessions", conference),
    ("legal_placeholders", legal),
    ("multilingual_warning_labels", warnings),
    ("eponymous_science", eponyms),
    ("software_changelog", changelog),
    ("bus_timetable", bus),
)


def make(rng: random.Random, index: int) -> tuple[str, str]:
    kind, fn = KINDS[index % len(KINDS)]
    return kind, fn(rng)
