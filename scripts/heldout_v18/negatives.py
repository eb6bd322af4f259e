"""PII-free look-alike documents: 25 kinds x 10, all text typed by hand for v18.

They are dense in codes, numbers, dates, coordinates and place names but contain
no personal data, no e-mail, URL or phone number and no personal identifier.
"""

from __future__ import annotations

import re

from stdnum import iban as std_iban
from stdnum import luhn

PER_KIND = 10


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def quake(rng, i):
    regions = [
        ("Central Apennines", 42.0, 43.2, 12.8, 13.6),
        ("Aegean Sea", 36.5, 39.5, 24.0, 27.0),
        ("Iceland, Reykjanes Ridge", 63.6, 64.1, -22.8, -21.5),
        ("Swabian Jura", 48.1, 48.5, 8.8, 9.3),
        ("Valais Alps", 46.1, 46.4, 7.2, 7.9),
        ("Eastern Anatolia", 37.8, 39.0, 38.0, 40.5),
    ]
    name, a0, a1, o0, o1 = rng.choice(regions)
    out = [
        f"SEISMIC EVENT BULLETIN – {name}",
        "Origin time (UTC)        Lat      Lon      Depth km  Mag  Type  Stations",
        "-" * 72,
    ]
    for k in range(rng.randint(8, 14)):
        out.append(
            f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.uniform(0, 59.9):04.1f}  "
            f"{rng.uniform(a0, a1):.3f}  {rng.uniform(o0, o1):.3f}  {rng.uniform(1, 35):5.1f}  {rng.uniform(0.8, 5.4):.1f}  {rng.choice(['ML', 'Mw', 'Md'])}  {rng.randint(6, 88)}"
        )
    out.append(
        "Locations are automatic and subject to revision. Felt reports: none collected for magnitudes below 2.5."
    )
    return "\n".join(out)


def lights(rng, i):
    coasts = [
        ("Brittany", 47.5, 48.8, -5.1, -2.5),
        ("Norwegian Sea approaches", 62.0, 67.0, 5.0, 13.0),
        ("Adriatic, Dalmatia", 42.6, 44.6, 15.0, 17.8),
        ("Baltic, Gulf of Riga", 56.9, 58.2, 22.0, 24.2),
        ("Frisian Islands", 53.3, 53.8, 5.2, 7.8),
    ]
    name, a0, a1, o0, o1 = rng.choice(coasts)
    chars = [
        "Fl W 5s",
        "Fl(2) W 10s",
        "Oc R 4s",
        "Iso G 2s",
        "LFl W 12s",
        "Q(6)+LFl W 15s",
        "Fl(3) WR 15s",
        "Mo(A) W 8s",
    ]
    feats = ["Pointe", "Rocher", "Molo", "Skjær", "Havneholmen", "Punta", "Rt", "Nordmole", "Sandbank", "Kõrgõ"]
    out = [
        f"LIST OF LIGHTS – {name} (extract, vol. {rng.choice('ABCDE')})",
        "No.    Name / position                       Characteristic   Ht m  Range M",
    ]
    for k in range(rng.randint(7, 11)):
        la, lo = rng.uniform(a0, a1), rng.uniform(o0, o1)
        out.append(
            f"{rng.randint(1000, 9999)}.{rng.randint(1, 9)}  {rng.choice(feats)} {rng.choice(['N', 'S', 'E', 'W', 'head', 'outer', 'inner'])}  "
            f"{int(la)}°{(la % 1) * 60:04.1f}′N {int(lo)}°{(lo % 1) * 60:04.1f}′E   {rng.choice(chars):16s} {rng.randint(6, 68)}  {rng.randint(3, 24)}"
        )
    out.append("Heights above MHWS. Sectors are given from seaward, clockwise.")
    return "\n".join(out)


def ringing(rng, i):
    sp = [
        "Barn Swallow",
        "White Stork",
        "Common Swift",
        "Eurasian Reed Warbler",
        "Osprey",
        "Arctic Tern",
        "Common Crane",
        "Pied Flycatcher",
    ]
    places = [
        "Falsterbo",
        "Helgoland",
        "Col de Bretolet",
        "Ottenby",
        "Hiddensee",
        "Mettnau",
        "Rybachy",
        "Hanko",
        "Doñana",
        "Djoudj",
    ]
    schemes = ["SFH", "DER", "SVS", "NOS", "SLZ", "PLG"]
    out = [
        "RINGING RECOVERIES – season summary",
        "Ring          Scheme  Species                 Age at ringing  Ringed at        Found at         Days   km",
    ]
    for k in range(rng.randint(7, 11)):
        out.append(
            f"{rng.choice('ABCDEHKLNVX')}{rng.choice(['', rng.choice('ABCDEFGHJK')])}{_d(rng, rng.choice([5, 6, 7]))}  {rng.choice(schemes)}    {rng.choice(sp):22s}  "
            f"{rng.choice(['1st cal. year', '2nd cal. year', 'adult', 'pullus', '3cy+'])}  {rng.choice(places):15s}  {rng.choice(places):15s}  {rng.randint(12, 4200)}  {rng.randint(3, 9800)}"
        )
    out.append("Age codes follow EURING; 'found' includes controls by other ringers and dead recoveries.")
    return "\n".join(out)


def seedbank(rng, i):
    taxa = [
        "Triticum monococcum",
        "Hordeum vulgare var. nudum",
        "Lens culinaris",
        "Vicia faba minor",
        "Avena strigosa",
        "Secale cereale",
        "Beta vulgaris subsp. maritima",
        "Brassica oleracea var. capitata",
        "Pisum sativum var. arvense",
    ]
    sites = [
        ("Vale of Kashmir plateau", 34.1, 74.8),
        ("Central Anatolian steppe", 39.0, 33.5),
        ("Ethiopian highlands", 9.1, 38.7),
        ("Pyrenean foothills", 42.6, 0.6),
        ("Lofoten lowland meadow", 68.2, 13.9),
        ("Sardinian uplands", 40.1, 9.1),
    ]
    out = [
        "GENEBANK ACCESSION LIST – passport data (MCPD subset)",
        "ACCENUMB;TAXON;COLLSITE;DECLATITUDE;DECLONGITUDE;ELEVATION;COLLDATE;SAMPSTAT",
    ]
    for k in range(rng.randint(7, 11)):
        s, la, lo = rng.choice(sites)
        out.append(
            f"GB{rng.choice(['A', 'B', 'N'])}-{_d(rng, 5)};{rng.choice(taxa)};{s};{la + rng.uniform(-0.4, 0.4):.4f};{lo + rng.uniform(-0.4, 0.4):.4f};"
            f"{rng.randint(10, 2900)};{rng.randint(1962, 2021)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d};{rng.choice([100, 300, 400, 500])}"
        )
    out.append(
        "Collecting institute codes and donor codes withheld in this extract; coordinates refer to collecting sites, not holdings."
    )
    return "\n".join(out)


def finds(rng, i):
    mat = [
        "pottery, sherd, glazed",
        "iron nail",
        "copper-alloy buckle",
        "flint flake",
        "animal bone",
        "glass bead",
        "coin, silver, worn",
        "clay pipe stem",
    ]
    out = [
        f"SITE {rng.choice(['HX', 'WKR', 'BRG', 'LDN', 'TRV'])}{rng.randint(10, 25)} – SMALL FINDS REGISTER, Trench {rng.randint(1, 9)}",
        "SF no.  Context  Grid       Material/object            Period             Depth m",
    ]
    for k in range(rng.randint(8, 13)):
        per = rng.choice(
            [
                "c. 1450–1550",
                "Roman, 2nd c.",
                "Late Iron Age",
                "post-medieval",
                "Mesolithic",
                "12th–13th c.",
                "Anglo-Saxon",
            ]
        )
        out.append(
            f"{rng.randint(1, 999):04d}    ({rng.randint(100, 999)})    {rng.choice('ABCDEFGH')}{rng.randint(1, 30)}/{rng.randint(1, 20):02d}   "
            f"{rng.choice(mat):26s} {per:18s} {rng.uniform(0.2, 3.8):.2f}"
        )
    out.append("Contexts in round brackets; cuts in square brackets. All finds washed and bagged on site.")
    return "\n".join(out)


def pyramid(rng, i):
    area = rng.choice(
        ["Region North-West", "Coastal district 4", "Upland municipality group", "Metropolitan core", "Island cluster"]
    )
    out = [
        f"POPULATION BY AGE BAND – {area} – census year {rng.choice([2011, 2016, 2021, 2022])}",
        "Age band   Male     Female   Total    Share",
    ]
    tot = 0
    rows = []
    for a in range(0, 90, 5):
        m, f = rng.randint(800, 9000), rng.randint(800, 9400)
        rows.append((a, m, f))
        tot += m + f
    for a, m, f in rows:
        band = f"{a}–{a + 4}" if a < 85 else "85+"
        out.append(f"{band:9s}  {m:7d}  {f:7d}  {m + f:7d}  {100 * (m + f) / tot:4.1f}%")
    out.append(f"Median age {rng.uniform(36, 48):.1f} years; old-age dependency ratio {rng.uniform(24, 41):.1f}.")
    return "\n".join(out)


def births(rng, i):
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    y = rng.randint(2015, 2024)
    out = [
        f"LIVE BIRTHS BY MONTH OF OCCURRENCE – {y} – provisional",
        "Month       Births   per day   Multiple births   Home births",
    ]
    for k, mth in enumerate(months):
        b = rng.randint(2100, 5200)
        out.append(
            f"{mth:10s}  {b:6d}   {b / 30.4:6.1f}    {rng.randint(20, 90):4d}              {rng.randint(1, 40):3d}"
        )
    out.append(f"Busiest single day: {rng.randint(1, 28)} {rng.choice(months)} {y}; quietest: 25 December {y}.")
    out.append("Counts refer to events registered by the civil registry; no individual records are published.")
    return "\n".join(out)


def ratings(rng, i):
    systems = [
        ("BBFC", ["U", "PG", "12A", "12", "15", "18", "R18"]),
        ("FSK", ["FSK 0", "FSK 6", "FSK 12", "FSK 16", "FSK 18"]),
        ("PEGI", ["PEGI 3", "PEGI 7", "PEGI 12", "PEGI 16", "PEGI 18"]),
        ("Kijkwijzer", ["AL", "6", "9", "12", "14", "16", "18"]),
    ]
    name, cats = rng.choice(systems)
    desc = [
        "mild threat",
        "moderate violence",
        "strong language",
        "frequent fantasy violence",
        "drug references",
        "scary scenes",
        "sexual references",
    ]
    out = [f"{name} – classification guide (summary)", ""]
    for c in cats:
        out.append(
            f"{c}: suitable from age {re.sub('[^0-9]', '', c) or '0'} upward where indicated; typical content – {rng.choice(desc)}, {rng.choice(desc)}."
        )
    out.append("")
    out.append("Recent decisions:")
    for k in range(rng.randint(3, 5)):
        out.append(
            f"  Title ref {rng.choice('ABCDEFGHJK')}{_d(rng, 5)}  runtime {rng.randint(78, 181)} min  rated {rng.choice(cats)}  ({rng.choice(desc)})"
        )
    return "\n".join(out)


def postcodes(rng, i):
    sets = [
        (
            "NL",
            ["1011", "1012", "3511", "3512", "9711", "9712", "5611", "6511"],
            ["Centrum", "Binnenstad", "Oude Noorden", "Wilhelminapark"],
        ),
        (
            "DE",
            ["50667", "50668", "04109", "04315", "79098", "79102", "99084"],
            ["Altstadt-Nord", "Zentrum-Ost", "Wiehre", "Neustadt"],
        ),
        (
            "GB",
            ["LS6", "LS7", "BS3", "BS5", "M14", "G12", "CF24"],
            ["Headingley", "Chapeltown", "Bedminster", "Easton", "Fallowfield"],
        ),
        (
            "FR",
            ["69001", "69003", "13001", "13005", "59000", "35000"],
            ["Presqu'île", "Part-Dieu", "Belsunce", "Wazemmes"],
        ),
    ]
    cc, codes, dists = rng.choice(sets)
    out = [
        f"DELIVERY OFFICE COVERAGE – {cc} – sector table rev. {rng.randint(1, 40)}",
        "Sector/range     District            Depot code   Walks   Delivery points   Rural",
    ]
    for k in range(rng.randint(8, 12)):
        c = rng.choice(codes)
        rng_str = f"{c}" + (f" {rng.randint(0, 9)}" if cc == "GB" else (" AA–ZZ" if cc == "NL" else ""))
        out.append(
            f"{rng_str:16s} {rng.choice(dists):19s} D{_d(rng, 3)}-{rng.choice('NSEW')}     {rng.randint(4, 60):3d}    {rng.randint(800, 24000):6d}           {rng.choice(['no', 'no', 'partial'])}"
        )
    out.append("Delivery point counts exclude PO boxes and large users with bespoke codes.")
    return "\n".join(out)


def iban_spec(rng, i):
    specs = [
        ("DE", 22, "DEkk bbbb bbbb cccc cccc cc", "8n10n"),
        ("NL", 18, "NLkk bbbb cccc cccc cc", "4a10n"),
        ("CH", 21, "CHkk bbbb bccc cccc cccc c", "5n12c"),
        ("FR", 27, "FRkk bbbb bsss sscc cccc cccc cxx", "5n5n11c2n"),
        ("GB", 22, "GBkk bbbb ssss sscc cccc cc", "4a6n8n"),
        ("BE", 16, "BEkk bbbc cccc ccxx", "3n7n2n"),
        ("AT", 20, "ATkk bbbb bccc cccc cccc", "5n11n"),
        ("IE", 22, "IEkk aaaa bbbb bbcc cccc cc", "4a6n8n"),
        ("ES", 24, "ESkk bbbb ssss xxcc cccc cccc", "4n4n2n10n"),
        ("IT", 27, "ITkk xbbb bbss sssc cccc cccc ccc", "1a5n5n12c"),
        ("NO", 15, "NOkk bbbb cccc ccx", "4n6n1n"),
        ("PL", 28, "PLkk bbbs sssx cccc cccc cccc cccc", "8n16n"),
    ]
    rng.shuffle(specs)
    out = [
        "IBAN STRUCTURE REFERENCE (format notation only – no real accounts)",
        "Country  Length  Print format                           BBAN spec",
    ]
    for cc, ln, fmt, bb in specs[: rng.randint(7, 11)]:
        out.append(f"{cc}       {ln:2d}      {fmt:38s} {bb}")
    out.append("k = check digits, b = bank code, s = branch code, c = account number, x = national check character.")
    out.append("Check digits are computed with ISO 7064 MOD 97-10 over the rearranged string.")
    return "\n".join(out)


def checksum_ex(rng, i):
    out = ["WORKED EXAMPLES – check-digit arithmetic (teaching sheet)", ""]
    for k in range(rng.randint(4, 6)):
        n = _d(rng, rng.randint(5, 7))
        digits = [int(c) for c in n]
        w = [(2 if j % 2 == 0 else 1) for j in range(len(digits))]
        prods = [d * x for d, x in zip(digits, w)]
        s = sum(p // 10 + p % 10 for p in prods)
        out.append(
            f"Example {k + 1}: payload {n}; weights {''.join(map(str, w))}; products {' '.join(map(str, prods))}; digit sum {s}; "
            f"check digit {(10 - s % 10) % 10}."
        )
    out.append("")
    out.append("Mod 11 variant: weights 7-6-5-4-3-2 applied right to left; a remainder of 10 is written as X.")
    out.append(
        "Exercise: compute the check digit for payloads 40712, 558031 and 1200046 and compare your answers with the key on page 4."
    )
    return "\n".join(out)


def pw_policy(rng, i):
    n = rng.choice([12, 14, 15, 16])
    out = [
        f"ACCESS CONTROL STANDARD AC-{rng.randint(1, 9)}.{rng.randint(0, 9)} – passphrase and PIN rules",
        "",
        f"1. Minimum passphrase length: {n} characters; maximum {rng.choice([64, 128])}.",
        "2. Composition rules are not enforced; a blocklist of breached and context-specific words is applied instead.",
        f"3. Device unlock PINs: at least {rng.choice([6, 8])} digits; repeating or sequential patterns (for example 111111 or 123456) are rejected.",
        f"4. Rotation only after suspected compromise; history of the last {rng.randint(4, 24)} values is retained as salted hashes.",
        f"5. Lockout after {rng.randint(5, 10)} failed attempts for {rng.choice([15, 30, 60])} minutes.",
        "6. Service credentials are issued from the vault with a maximum lifetime of "
        + str(rng.choice([30, 60, 90]))
        + " days.",
        "7. Placeholders in documentation must use the form <PASSPHRASE> or <TOKEN>; never paste live values.",
        "",
        f"Review cycle: {rng.choice(['annual', 'every 18 months', 'biannual'])}. Owner: security governance board.",
    ]
    return "\n".join(out)


def subnet_plan(rng, i):
    sites = ["HQ", "Warehouse East", "Branch 2", "Data hall B", "Lab annex", "Guest wing"]
    out = [
        f"IP ADDRESSING PLAN – campus {rng.choice('ABCDEFG')} – rev {rng.randint(1, 30)}",
        "VLAN  Name               Prefix            Gateway       DHCP pool",
    ]
    base = rng.choice([10, 172])
    for k in range(rng.randint(7, 11)):
        if base == 10:
            b, c = rng.randint(0, 250), rng.randint(0, 250)
            pref, gw, pool = f"10.{b}.{c}.0/24", f"10.{b}.{c}.1", f".50–.240"
        else:
            b, c = rng.randint(16, 31), rng.randint(0, 250)
            pref, gw, pool = f"172.{b}.{c}.0/24", f"172.{b}.{c}.1", ".100–.199"
        out.append(
            f"{rng.randint(2, 4000):4d}  {rng.choice(sites) + ' ' + rng.choice(['users', 'voice', 'cctv', 'mgmt', 'printers', 'iot']):18s} {pref:17s} {gw:13s} {pool}"
        )
    out.append("All ranges are RFC 1918 private space; no public addressing is documented here.")
    return "\n".join(out)


def floor_areas(rng, i):
    out = [
        f"SCHEDULE OF ACCOMMODATION – Block {rng.choice('ABCDEF')}, plot {rng.randint(1, 40)} (planning drawing set {rng.randint(100, 400)})",
        "Unit   Floor  Type      GIA m²   Bedrooms  Aspect   Balcony m²   Tenure",
    ]
    for k in range(rng.randint(9, 14)):
        fl = rng.randint(0, 7)
        out.append(
            f"{rng.choice('ABCDEF')}.{fl}.{rng.randint(1, 12):02d}  {fl:5d}  {rng.choice(['1B2P', '2B3P', '2B4P', '3B5P', 'Studio']):8s}  {rng.uniform(37, 96):6.1f}   "
            f"{rng.randint(0, 3):8d}  {rng.choice(['N', 'S', 'E', 'W', 'dual']):7s}  {rng.uniform(0, 9):6.1f}      {rng.choice(['market sale', 'shared ownership', 'social rent', 'build to rent'])}"
        )
    out.append("Areas measured to internal face of perimeter walls per RICS code; figures subject to final survey.")
    return "\n".join(out)


def tax_brackets(rng, i):
    y = rng.randint(2022, 2026)
    out = [
        f"INCOME TAX SCHEDULE – tax year {y} – single filer (illustrative)",
        "Taxable income band (EUR)      Marginal rate   Cumulative tax at top",
    ]
    lo = 0
    cum = 0.0
    for r in [
        0,
        rng.choice([10, 12, 14]),
        rng.choice([20, 22, 24]),
        rng.choice([30, 32, 35]),
        rng.choice([40, 42, 45]),
        48,
    ]:
        hi = lo + rng.randint(6, 40) * 1000
        cum += (hi - lo) * r / 100
        out.append(f"{lo:>10,} – {hi:>10,}          {r:2d} %            {cum:>12,.2f}")
        lo = hi
    out.append(
        f"Personal allowance indexation: {rng.uniform(1.5, 6.5):.1f} %. Solidarity surcharge thresholds apply above {rng.randint(60, 120)},000."
    )
    return "\n".join(out)


def tyres(rng, i):
    out = ["TYRE SIZE AND LOAD INDEX CHART (extract)", "Size               LI   kg     Speed  km/h   Rim width range"]
    for k in range(rng.randint(9, 14)):
        w = rng.choice([175, 185, 195, 205, 215, 225, 235, 245, 255])
        ar = rng.choice([40, 45, 50, 55, 60, 65])
        rim = rng.choice([15, 16, 17, 18, 19])
        li = rng.randint(82, 104)
        sp = rng.choice([("H", 210), ("V", 240), ("W", 270), ("Y", 300), ("T", 190)])
        out.append(
            f"{w}/{ar} R{rim} {li}{sp[0]}       {li}   {int(250 * 1.03 ** (li - 50))}    {sp[0]}      {sp[1]}    {rng.uniform(5.5, 7.0):.1f}–{rng.uniform(7.0, 9.0):.1f} J"
        )
    out.append(
        "XL = reinforced; DOT week/year codes on the sidewall give the production date, e.g. 3419 = week 34 of 2019."
    )
    return "\n".join(out)


def shoes(rng, i):
    out = [
        f"SIZE CONVERSION – {rng.choice(['adult footwear', 'children footwear', 'work boots', 'running shoes'])}",
        "EU     UK     US-M   US-W   Foot length mm   Mondopoint",
    ]
    eu = rng.randint(19, 36)
    for k in range(rng.randint(10, 14)):
        e = eu + k
        mm = round(e * 6.67 - 15)
        out.append(
            f"{e:<6d} {max(0.0, e * 0.67 - 20.5):<6.1f} {e * 0.67 - 19.5:<6.1f} {e * 0.67 - 18:<6.1f} {mm:<16d} {mm}"
        )
    out.append("Conversions are approximate; brands differ by up to half a size. Measure feet in the afternoon.")
    return "\n".join(out)


def seats(rng, i):
    venue = rng.choice(["North Stand", "Main Stand", "East Terrace", "Upper Tier", "Family Enclosure"])
    out = [f"SEATING PLAN DATA – {venue}", "Block  Rows      Seats/row  Capacity  Gate  Access notes"]
    tot = 0
    for k in range(rng.randint(7, 11)):
        rows = rng.randint(12, 38)
        spr = rng.randint(14, 32)
        tot += rows * spr
        out.append(
            f"{rng.choice('ABCDEFGHJKLMN')}{rng.randint(1, 9)}{rng.randint(0, 9)}    A–{chr(64 + min(rows, 26))}{'' if rows <= 26 else 'A'}      {spr:9d}  {rows * spr:8d}  {rng.randint(1, 24):4d}  "
            f"{rng.choice(['step-free', 'stairs only', 'lift at gate', 'wheelchair bays row A', 'away section'])}"
        )
    out.append(
        f"Total seats in this extract: {tot}. Seat 0 does not exist; odd numbers run left, even numbers right of the aisle."
    )
    return "\n".join(out)


def errcodes(rng, i):
    app = rng.choice(["washing machine", "heat pump", "dishwasher", "condensing boiler", "tumble dryer"])
    codes = [
        ("drain pump blocked", "clean filter behind lower flap"),
        ("water inlet timeout", "check tap and hose"),
        ("NTC sensor open circuit", "service call"),
        ("door lock fault", "close door firmly, restart"),
        ("over-temperature", "allow to cool 30 min"),
        ("low water pressure below 0.8 bar", "top up system"),
        ("fan speed deviation", "check flue"),
        ("communication fault PCB–display", "power cycle"),
        ("imbalance detected", "redistribute load"),
    ]
    rng.shuffle(codes)
    out = [
        f"ERROR CODE TABLE – {app} platform {rng.choice(['X', 'K', 'M'])}{rng.randint(2, 9)}",
        "Code    Meaning                              Action",
    ]
    for c, (m, a) in zip(rng.sample(range(1, 99), 7), codes):
        out.append(f"{rng.choice(['E', 'F', 'A', 'H'])}{c:02d}     {m:36s} {a}")
    out.append(
        "If a code repeats three times within 24 hours, the appliance locks out and requires a technician reset."
    )
    return "\n".join(out)


def turbines(rng, i):
    farms = [
        ("North Sea cluster", 54.0, 54.6, 6.0, 7.2),
        ("Baltic offshore", 54.5, 55.0, 13.5, 14.5),
        ("Jutland onshore", 55.8, 56.8, 8.2, 9.5),
        ("Castilla plateau", 41.5, 42.3, -4.5, -3.2),
        ("Irish Sea arrays", 53.4, 54.1, -3.8, -3.1),
    ]
    name, a0, a1, o0, o1 = rng.choice(farms)
    out = [f"TURBINE LAYOUT – {name}", "WTG   Lat        Lon        Hub m  Rotor m  MW   Water depth / elev m"]
    for k in range(rng.randint(8, 13)):
        out.append(
            f"{rng.choice('ABCDEFGHJK')}{rng.randint(1, 12):02d}   {rng.uniform(a0, a1):.5f}  {rng.uniform(o0, o1):.5f}  {rng.randint(90, 150):5d}  {rng.choice([136, 164, 200, 222, 236]):7d}  {rng.choice([4.2, 6.0, 8.0, 9.5, 14.0])}  {rng.randint(12, 45)}"
        )
    out.append("Coordinates WGS84 at tower centre. Micro-siting tolerance 50 m.")
    return "\n".join(out)


def borehole(rng, i):
    out = [
        f"BOREHOLE LOG BH{rng.randint(1, 40):02d} – ground investigation package {rng.randint(100, 999)}",
        f"Position: {rng.uniform(50, 56):.5f} N, {rng.uniform(-3, 10):.5f} E   Ground level {rng.uniform(2, 240):.2f} m AOD   Rig: cable percussion",
        "From m   To m    Description                                           SPT N",
    ]
    depth = 0.0
    strata = [
        "MADE GROUND: brick and concrete fragments in sandy matrix",
        "Soft brown slightly sandy CLAY",
        "Firm grey silty CLAY with shell fragments",
        "Medium dense orange-brown gravelly SAND",
        "Dense grey sandy GRAVEL",
        "Weak weathered MUDSTONE",
        "Stiff fissured dark grey CLAY",
    ]
    for k in range(rng.randint(5, 8)):
        nd = depth + rng.uniform(0.4, 4.5)
        out.append(f"{depth:6.2f}  {nd:6.2f}  {rng.choice(strata):53s} {rng.randint(2, 50)}")
        depth = nd
    out.append(
        f"Groundwater struck at {rng.uniform(1, depth):.2f} m, rising to {rng.uniform(0.5, 2):.2f} m after 20 min. Hole backfilled with bentonite."
    )
    return "\n".join(out)


def amort(rng, i):
    p = rng.randint(80, 450) * 1000
    r = rng.choice([2.1, 3.4, 3.9, 4.25, 4.8]) / 100 / 12
    n = rng.choice([180, 240, 300])
    pay = p * r / (1 - (1 + r) ** -n)
    y, m = rng.randint(2024, 2026), rng.randint(1, 12)
    out = [
        f"AMORTISATION SCHEDULE – illustrative loan of {p:,} EUR at {r * 1200:.2f} % over {n // 12} years",
        "No.  Due date     Payment     Interest    Principal   Balance",
    ]
    bal = p
    for k in range(1, rng.randint(10, 15)):
        it = bal * r
        pr = pay - it
        bal -= pr
        out.append(f"{k:3d}  {y}-{m:02d}-01   {pay:10,.2f}  {it:10,.2f}  {pr:10,.2f}  {bal:12,.2f}")
        m += 1
        if m > 12:
            m, y = 1, y + 1
    out.append("Example only; figures are not an offer and ignore fees and rate changes.")
    return "\n".join(out)


def knitting(rng, i):
    st = rng.choice([88, 96, 104, 112, 120])
    out = [
        f"PATTERN: ribbed {rng.choice(['cowl', 'hat', 'mittens', 'socks', 'yoke sweater'])} – size {rng.choice(['S', 'M', 'L', '2', '3'])}",
        f"Gauge: {rng.randint(18, 30)} sts and {rng.randint(24, 40)} rows = 10 cm in stockinette on {rng.choice([3.0, 3.5, 4.0, 4.5])} mm needles.",
        f"Cast on {st} sts. Join in the round, place marker.",
        "",
    ]
    for k in range(1, rng.randint(10, 15)):
        if k % 4 == 0:
            out.append(f"Rnd {k}: *k{rng.randint(2, 6)}, k2tog; rep from * to end ({st - st // 6} sts).")
            st -= st // 6
        else:
            out.append(f"Rnd {k}: *k{rng.randint(1, 3)}, p{rng.randint(1, 3)}; rep from * to end.")
    out.append("Break yarn, thread through remaining stitches and pull tight. Weave in ends and block to measurements.")
    return "\n".join(out)


def bridges(rng, i):
    out = [
        f"STRUCTURES REGISTER – load ratings, route group {rng.choice('ABCDEFG')}",
        "Structure ID   Road   Crossing                 Span m  Built  Limit t  Height m  Last insp.",
    ]
    xs = ["river", "canal", "railway", "farm track", "motorway", "stream", "disused line"]
    for k in range(rng.randint(8, 12)):
        out.append(
            f"BR-{rng.randint(100, 999)}-{rng.choice('ABCDEFGHJK')}{rng.randint(1, 9)}   {rng.choice(['A', 'B', 'N', 'L', 'D'])}{rng.randint(1, 999):<4d}  "
            f"{rng.choice(xs):24s} {rng.uniform(4, 120):6.1f}  {rng.randint(1860, 2019)}  {rng.choice([3, 7.5, 18, 26, 44, 'none'])!s:7s}  {rng.uniform(3.6, 6.2):.2f}      {rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}"
        )
    out.append("Weight limits apply to gross vehicle weight; emergency vehicles exempt under local order.")
    return "\n".join(out)


def tzrules(rng, i):
    zones = [
        ("Europe/Lisbon", "+00:00", "+01:00"),
        ("Europe/Berlin", "+01:00", "+02:00"),
        ("Europe/Helsinki", "+02:00", "+03:00"),
        ("Atlantic/Reykjavik", "+00:00", "none"),
        ("America/Nuuk", "-02:00", "-01:00"),
        ("Asia/Thimphu", "+06:00", "none"),
        ("Asia/Karachi", "+05:00", "none"),
        ("Africa/Blantyre", "+02:00", "none"),
        ("America/Curacao", "-04:00", "none"),
        ("Asia/Yakutsk", "+09:00", "none"),
        ("Europe/Samara", "+04:00", "none"),
        ("Asia/Jakarta", "+07:00", "none"),
    ]
    rng.shuffle(zones)
    y = rng.randint(2024, 2027)
    out = [
        f"TIME ZONE RULES – tzdata extract for {y}",
        "Zone                  Std offset  DST offset  DST start           DST end",
    ]
    for z, s, d in zones[: rng.randint(7, 11)]:
        if d == "none":
            out.append(f"{z:21s} {s:11s} {'–':11s} {'–':19s} –")
        else:
            out.append(
                f"{z:21s} {s:11s} {d:11s} {y}-03-{rng.randint(25, 31)} 01:00Z  {y}-10-{rng.randint(25, 31)} 01:00Z"
            )
    out.append("Transitions shown in UTC. Historical offsets before 1970 are not included in this extract.")
    return "\n".join(out)


KINDS = [
    ("seismic_event_bulletin", quake),
    ("list_of_lights", lights),
    ("bird_ringing_recoveries", ringing),
    ("genebank_accessions", seedbank),
    ("archaeology_small_finds", finds),
    ("census_age_pyramid", pyramid),
    ("birth_statistics_by_month", births),
    ("age_rating_guide", ratings),
    ("postcode_sector_coverage", postcodes),
    ("iban_format_reference", iban_spec),
    ("check_digit_worksheet", checksum_ex),
    ("passphrase_policy", pw_policy),
    ("private_subnet_plan", subnet_plan),
    ("accommodation_schedule", floor_areas),
    ("income_tax_brackets", tax_brackets),
    ("tyre_load_index_chart", tyres),
    ("shoe_size_conversion", shoes),
    ("stadium_seating_data", seats),
    ("appliance_error_codes", errcodes),
    ("wind_turbine_layout", turbines),
    ("borehole_log", borehole),
    ("amortisation_schedule", amort),
    ("knitting_pattern", knitting),
    ("bridge_load_register", bridges),
    ("time_zone_rules", tzrules),
]

_BAD = re.compile(r"@|://|www\.|\+\d{2}\s?\d")


def self_check(text):
    """Reject PII-like patterns: e-mail/URL/phone markers, valid IBANs, Luhn-valid card-length numbers."""
    if _BAD.search(text):
        return False
    for tok in re.findall(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", text):
        if std_iban.is_valid(tok):
            return False
    for tok in re.findall(r"(?<!\d)\d{13,19}(?!\d)", text):
        if luhn.is_valid(tok):
            return False
    return True
