"""PII-free look-alike documents for the v23 held-out corpus (25 kinds).

Every function takes a random.Random and returns plain text containing no personal data:
codes, numbers, coordinates of public features, places and public figures only in impersonal reference.
"""

import datetime as dt
import math


def _pick(r, seq, k):
    return r.sample(list(seq), min(k, len(seq)))


# 1 ---------------------------------------------------------------------------------------------
CRON = [
    ("0 5 * * 1", "every Monday at 05:00"),
    ("*/15 * * * *", "every 15 minutes"),
    ("0 0 1 * *", "midnight on the 1st of each month"),
    ("30 2 * * 0", "Sundays at 02:30"),
    ("0 9-17 * * 1-5", "hourly, 09:00–17:00, weekdays"),
    ("15 14 1 * *", "14:15 on day 1 of the month"),
    ("0 22 * * 1-5", "22:00 on weekdays"),
    ("5 4 * * sun", "04:05 every Sunday"),
    ("0 0,12 1 */2 *", "00:00 and 12:00 on day 1 of every second month"),
    ("0 4 8-14 * *", "04:00 on days 8 to 14"),
    ("23 0-20/2 * * *", "minute 23 past every 2nd hour from 0 through 20"),
    ("0 0 29 2 *", "midnight on 29 February"),
    ("@reboot", "once at start-up"),
    ("@hourly", "same as 0 * * * *"),
    ("0 3 * * 6#1", "03:00 on the first Saturday (Quartz-style #)"),
    ("59 23 L * *", "23:59 on the last day of the month (non-standard L)"),
    ("*/5 9-18 * * mon-fri", "every 5 minutes in office hours"),
    ("0 6 1 1 *", "06:00 on 1 January"),
]
JOBS = [
    "rotate-logs",
    "backup-db",
    "purge-tmp",
    "sync-mirror",
    "renew-certs",
    "rebuild-index",
    "send-digest",
    "vacuum-analyze",
    "refresh-cache",
    "export-metrics",
    "prune-docker",
    "check-disks",
]


def cron_expression_cookbook(r):
    out = [
        f"Cron expression cookbook – {r.choice(['Vixie cron', 'cronie', 'systemd timer equivalents', 'Kubernetes CronJob'])} notes",
        "",
        "Field order: minute hour day-of-month month day-of-week",
        "",
    ]
    for expr, desc in _pick(r, CRON, r.randint(8, 12)):
        job = r.choice(JOBS)
        out.append(f"{expr:<22} {job:<16} # {desc}")
    out += [
        "",
        f"Tip: set TZ={r.choice(['UTC', 'Europe/Berlin', 'America/Chicago', 'Asia/Tokyo'])} explicitly; day-of-month and day-of-week are OR-ed when both are restricted.",
    ]
    return "\n".join(out)


# 2 ---------------------------------------------------------------------------------------------
CHEESES = [
    "Alpine-style hard",
    "cloth-bound cheddar",
    "washed-rind",
    "Gouda-style",
    "tomme",
    "blue (Roquefort-style)",
    "Manchego-style ewe",
    "Parmesan-style grana",
]


def cheese_affinage_log(r):
    kind = r.choice(CHEESES)
    cellar = r.choice(["Cave 1", "Cave 2", "North cellar", "Ripening room B"])
    out = [
        f"Affinage log – {kind} – {cellar}",
        f"Target: {r.choice([10, 11, 12, 13])} °C, {r.randint(85, 95)} % RH",
        "",
        "Wheel ID      Make date    Age      Weight kg  Turned  Brushed  Rind / notes",
    ]
    start = dt.date(2022, 1, 1) + dt.timedelta(days=r.randint(0, 700))
    for i in range(r.randint(8, 14)):
        made = start + dt.timedelta(days=7 * i)
        months = r.choice([3, 6, 9, 12, 14, 18, 24, 30])
        out.append(
            f"W-{made.strftime('%y%m')}-{r.randint(1, 240):03d}  {made.isoformat()}  {months:>2} months  {r.uniform(4.5, 38):>8.1f}  "
            f"{r.choice(['yes', 'yes', 'no'])}     {r.choice(['yes', 'no'])}      {r.choice(['even', 'slight mite dust', 'good bloom', 'crack on heel – waxed', 'tight', 'ammonia faint'])}"
        )
    out += [
        "",
        f"Batch vat {r.randint(1, 6)} · starter {r.choice(['MA4001', 'MM100', 'TA61', 'LH100'])} · rennet {r.randint(18, 30)} ml/100 l",
        f"Aged {r.choice([12, 18, 24])} months minimum before release; grading on day {r.choice([90, 180, 270])}.",
    ]
    return "\n".join(out)


# 3 ---------------------------------------------------------------------------------------------
STATIONS = [
    ("03882", "Herstmonceux"),
    ("10393", "Lindenberg"),
    ("06610", "Payerne"),
    ("06260", "De Bilt"),
    ("07145", "Trappes"),
    ("08221", "Madrid/Barajas"),
    ("16080", "Milano/Linate"),
    ("02527", "Göteborg/Landvetter"),
    ("12374", "Legionowo"),
    ("03918", "Castor Bay"),
    ("11035", "Wien/Hohe Warte"),
]


def radiosonde_sounding(r):
    wmo, name = r.choice(STATIONS)
    d = dt.date(2023, 1, 1) + dt.timedelta(days=r.randint(0, 700))
    t0 = r.uniform(-5, 25)
    out = [
        f"TEMP sounding {wmo} {name}  {d.isoformat()} {r.choice(['00', '12'])}Z",
        "",
        "  PRES   HGHT   TEMP   DWPT  RELH  DRCT  SKNT",
        "   hPa      m      C      C     %   deg  knot",
    ]
    levels = [1000, 925, 850, 700, 500, 400, 300, 250, 200, 150, 100]
    h = r.randint(60, 200)
    for i, p in enumerate(levels):
        h = int(44331 * (1 - (p / 1013.25) ** 0.1903))
        t = t0 - 6.5 * h / 1000 if h < 11000 else t0 - 71.5
        dp = t - r.uniform(1, 25)
        rh = max(2, min(100, int(100 * math.exp(17.27 * dp / (237.3 + dp)) / math.exp(17.27 * t / (237.3 + t)))))
        out.append(
            f"{p:>6.0f} {h:>6d} {t:>6.1f} {dp:>6.1f} {rh:>5d} {r.randint(0, 359):>5d} {r.randint(2, 30 + i * 8):>5d}"
        )
    out += [
        "",
        f"LCL {r.randint(880, 990)} hPa · CAPE {r.randint(0, 1800)} J/kg · precipitable water {r.uniform(8, 40):.1f} mm",
    ]
    return "\n".join(out)


# 4 ---------------------------------------------------------------------------------------------
PINOUTS = {
    "NE555 timer (DIP-8)": ["GND", "TRIG", "OUT", "RESET", "CTRL", "THR", "DIS", "VCC"],
    "74HC595 shift register (DIP-16)": [
        "QB",
        "QC",
        "QD",
        "QE",
        "QF",
        "QG",
        "QH",
        "GND",
        "QH'",
        "SRCLR",
        "SRCLK",
        "RCLK",
        "OE",
        "SER",
        "QA",
        "VCC",
    ],
    "LM358 dual op-amp (DIP-8)": ["OUT1", "IN1-", "IN1+", "GND", "IN2+", "IN2-", "OUT2", "VCC"],
    "MAX232 RS-232 driver (DIP-16)": [
        "C1+",
        "V+",
        "C1-",
        "C2+",
        "C2-",
        "V-",
        "T2OUT",
        "R2IN",
        "R2OUT",
        "T2IN",
        "T1IN",
        "R1OUT",
        "R1IN",
        "T1OUT",
        "GND",
        "VCC",
    ],
    "ATtiny85 (DIP-8)": ["PB5/RESET", "PB3", "PB4", "GND", "PB0/MOSI", "PB1/MISO", "PB2/SCK", "VCC"],
    "LM317 regulator (TO-220)": ["ADJ", "OUT", "IN"],
    "DS18B20 sensor (TO-92)": ["GND", "DQ", "VDD"],
    "L293D motor driver (DIP-16)": [
        "EN1,2",
        "1A",
        "1Y",
        "GND",
        "GND",
        "2Y",
        "2A",
        "VCC2",
        "EN3,4",
        "3A",
        "3Y",
        "GND",
        "GND",
        "4Y",
        "4A",
        "VCC1",
    ],
}
PIN_DESC = {
    "GND": "ground",
    "VCC": "supply",
    "OUT": "output",
    "TRIG": "trigger input",
    "RESET": "active-low reset",
    "CTRL": "control voltage",
    "THR": "threshold",
    "DIS": "discharge",
    "SER": "serial data in",
    "OE": "output enable (active low)",
    "IN": "input",
    "ADJ": "adjust",
    "DQ": "1-Wire data",
    "VDD": "supply",
}


def ic_pinout_table(r):
    name, pins = r.choice(list(PINOUTS.items()))
    out = [
        f"Pinout – {name}",
        f"Supply range {r.choice(['4.5–16 V', '2–6 V', '3–32 V', '2.7–5.5 V', '4.5–36 V'])}",
        "",
        "Pin  Name       Function",
    ]
    for i, p in enumerate(pins, 1):
        out.append(
            f"{i:>3}  {p:<10} {PIN_DESC.get(p.split('/')[0].rstrip('0123456789+-'), r.choice(['I/O', 'see datasheet', 'bidirectional']))}"
        )
    out += [
        "",
        f"Decouple VCC with {r.choice(['100 nF', '10 µF + 100 nF', '1 µF'])} close to the pin. Absolute max junction temperature {r.choice([125, 150])} °C.",
    ]
    return "\n".join(out)


# 5 ---------------------------------------------------------------------------------------------
def bicycle_gear_chart(r):
    rings = r.choice([[50, 34], [52, 36], [53, 39], [46, 30], [40], [38], [48, 35]])
    cogs = r.choice(
        [
            [11, 12, 13, 14, 15, 17, 19, 21, 24, 28],
            [11, 13, 15, 17, 19, 21, 24, 28, 32],
            [10, 12, 14, 16, 18, 21, 24, 28, 33, 38, 45],
            [12, 13, 14, 15, 16, 17, 19, 21, 23, 25],
        ]
    )
    wheel = r.choice(
        [
            ("700x25c", 26.9),
            ("700x28c", 27.0),
            ("700x32c", 27.3),
            ("650b x 47", 27.2),
            ('29 x 2.2"', 29.2),
            ('26 x 1.95"', 25.9),
        ]
    )
    unit = r.choice(["gear inches", "ratio", "development (m)"])
    out = [f"Gear chart – wheel {wheel[0]}, values in {unit}", "", "cog  " + "  ".join(f"{c:>6d}T" for c in rings)]
    for cg in cogs:
        vals = []
        for c in rings:
            ratio = c / cg
            if unit == "gear inches":
                vals.append(f"{ratio * wheel[1]:>7.1f}")
            elif unit == "ratio":
                vals.append(f"{ratio:>7.2f}")
            else:
                vals.append(f"{ratio * wheel[1] * 0.0254 * math.pi:>7.2f}")
        out.append(f"{cg:>3}T " + " ".join(vals))
    out += [
        "",
        f"Cadence 90 rpm in the {rings[0]}x{cogs[len(cogs) // 2]} ≈ {rings[0] / cogs[len(cogs) // 2] * wheel[1] * 0.0254 * math.pi * 90 * 60 / 1000:.1f} km/h",
    ]
    return "\n".join(out)


# 6 ---------------------------------------------------------------------------------------------
CITIES_LL = [
    ("Edinburgh", 55.95, -3.19, 0),
    ("Madrid", 40.42, -3.70, 1),
    ("Oslo", 59.91, 10.75, 1),
    ("Lisbon", 38.72, -9.14, 0),
    ("Athens", 37.98, 23.73, 2),
    ("Reykjavík", 64.15, -21.94, 0),
    ("Vienna", 48.21, 16.37, 1),
    ("Dublin", 53.35, -6.26, 0),
    ("Tromsø", 69.65, 18.96, 1),
    ("Valletta", 35.90, 14.51, 1),
    ("Helsinki", 60.17, 24.94, 2),
]


def _sun(lat, lon, tz, d):
    n = d.timetuple().tm_yday
    decl = -23.44 * math.cos(math.radians(360 / 365 * (n + 10)))
    b = math.radians(360 / 365 * (n - 81))
    eot = 9.87 * math.sin(2 * b) - 7.53 * math.cos(b) - 1.5 * math.sin(b)
    x = (math.sin(math.radians(-0.833)) - math.sin(math.radians(lat)) * math.sin(math.radians(decl))) / (
        math.cos(math.radians(lat)) * math.cos(math.radians(decl))
    )
    if x <= -1:
        return None, None, "midnight sun"
    if x >= 1:
        return None, None, "polar night"
    ha = math.degrees(math.acos(x))
    noon = 720 - 4 * lon - eot + tz * 60
    return noon - 4 * ha, noon + 4 * ha, None


def sunrise_sunset_almanac(r):
    city, lat, lon, tz = r.choice(CITIES_LL)
    year = r.choice([2024, 2025, 2026])
    month = r.randint(1, 12)
    out = [
        f"Sunrise and sunset – {city} ({lat:.2f}°, {lon:.2f}°), {dt.date(year, month, 1).strftime('%B')} {year}",
        f"Times in standard time (UTC{tz:+d}), no daylight-saving adjustment",
        "",
        "Date        Sunrise  Sunset   Day length",
    ]
    for day in range(1, 29, r.choice([3, 4, 7])):
        d = dt.date(year, month, day)
        sr, ss, note = _sun(lat, lon, tz, d)
        if note:
            out.append(f"{d.isoformat()}  --:--    --:--    {note}")
        else:
            f = lambda m: f"{int(m // 60):02d}:{int(m % 60):02d}"
            out.append(f"{d.isoformat()}  {f(sr)}    {f(ss)}    {int((ss - sr) // 60)}h {int((ss - sr) % 60):02d}m")
    out += ["", "Computed with a simple declination/equation-of-time model; accuracy about ±3 minutes."]
    return "\n".join(out)


# 7 ---------------------------------------------------------------------------------------------
ROUTES = [
    (
        "Massif Central loop",
        ["Saint-Flour", "Murat", "Allanche", "Condat", "Riom-ès-Montagnes"],
        ["D926", "D3", "D679", "D678", "D16"],
    ),
    (
        "Dales sportive",
        ["Skipton", "Grassington", "Kettlewell", "Hawes", "Settle"],
        ["A65", "B6265", "B6160", "A684", "B6479"],
    ),
    (
        "Ardennes classic",
        ["Bastogne", "Houffalize", "La Roche-en-Ardenne", "Stavelot", "Spa"],
        ["N30", "N860", "N89", "N68", "N62"],
    ),
    ("Mallorca coast", ["Pollença", "Lluc", "Sóller", "Deià", "Valldemossa"], ["Ma-10", "Ma-2130", "Ma-11", "Ma-1110"]),
    (
        "Veneto hills",
        ["Bassano del Grappa", "Asolo", "Possagno", "Valdobbiadene", "Conegliano"],
        ["SP248", "SP26", "SP34", "SP152"],
    ),
    ("Eifel tour", ["Monschau", "Schleiden", "Gemünd", "Nideggen", "Simmerath"], ["B258", "B265", "L249", "L11"]),
]


def cycle_route_cue_sheet(r):
    name, towns, roads = r.choice(ROUTES)
    out = [
        f"Cue sheet – {name} ({r.randint(80, 160)} km, {r.randint(900, 2800)} m climbing)",
        "",
        "  km   +km  Dir  Instruction",
    ]
    km = 0.0
    for i in range(r.randint(10, 16)):
        step = r.uniform(0.3, 14)
        km += step
        act = r.choice(["L", "R", "SO", "BL", "BR", "TL at T"])
        what = r.choice(
            [
                f"onto {r.choice(roads)}",
                f"at roundabout, exit {r.randint(1, 4)}, signed {r.choice(towns)}",
                f"through {r.choice(towns)} centre",
                f"climb begins – {r.randint(4, 11)}% for {r.uniform(1, 9):.1f} km",
                f"cafe stop {r.choice(towns)} (water)",
                f"descent, cattle grid at km {km + 1:.1f}",
                f"follow {r.choice(roads)} towards {r.choice(towns)}",
            ]
        )
        out.append(f"{km:5.1f} {step:5.1f}  {act:<3}  {what}")
    out += [
        "",
        "Abbreviations: SO straight on, BL/BR bear left/right, TL turn left. Control points close 30 min after cut-off.",
    ]
    return "\n".join(out)


# 8 ---------------------------------------------------------------------------------------------
DIVE_SITES = [
    ("SS Thistlegorm", "Red Sea", 27.814, 33.921, 30, "WWII cargo wreck"),
    ("Zenobia", "Larnaca", 34.898, 33.659, 42, "ferry wreck"),
    ("Giannis D", "Abu Nuhas", 27.580, 33.925, 27, "cargo wreck"),
    ("Blue Hole", "Dahab", 28.572, 34.537, 60, "sinkhole"),
    ("Cathedral Cave", "Lanzarote", 28.903, -13.707, 30, "lava cave"),
    ("Um El Faroud", "Malta", 35.821, 14.456, 36, "tanker wreck"),
    ("Baracuda Point", "Sipadan", 4.115, 118.628, 40, "wall"),
    ("Manta Point", "Nusa Penida", -8.795, 115.526, 15, "cleaning station"),
    ("Shark and Yolanda Reef", "Ras Mohammed", 27.728, 34.255, 25, "reef"),
    ("Scapa Flow blockships", "Orkney", 58.897, -3.182, 15, "scuttled ships"),
]


def dive_site_guide(r):
    out = [
        f"Dive site guide – {r.choice(['liveaboard briefing pack', 'club trip planner', 'site index'])}",
        "",
        "Site                     Area           Position                Max depth  Type              Level",
    ]
    for name, area, lat, lon, depth, typ in _pick(r, DIVE_SITES, r.randint(4, 7)):
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        out.append(
            f"{name:<24} {area:<14} {abs(lat):.3f}°{ns} {abs(lon):.3f}°{ew}   {depth:>3} m      {typ:<17} {r.choice(['OW', 'AOW', 'Deep', 'Tec'])}"
        )
    out += [
        "",
        f"Currents strongest {r.choice(['at spring tides', 'in the afternoon', 'on the north corner'])}; surface marker buoy mandatory.",
        f"Gas: EAN{r.choice([28, 32, 36])} recommended for repetitive dives; max PO2 1.4.",
    ]
    return "\n".join(out)


# 9 ---------------------------------------------------------------------------------------------
REF = [
    ("Haemoglobin (male)", "g/L", "130–170"),
    ("Haemoglobin (female)", "g/L", "120–150"),
    ("White cell count", "×10⁹/L", "4.0–11.0"),
    ("Platelets", "×10⁹/L", "150–400"),
    ("Sodium", "mmol/L", "133–146"),
    ("Potassium", "mmol/L", "3.5–5.3"),
    ("Urea", "mmol/L", "2.5–7.8"),
    ("Creatinine", "µmol/L", "59–104"),
    ("ALT", "U/L", "<41"),
    ("Bilirubin", "µmol/L", "<21"),
    ("TSH", "mU/L", "0.27–4.2"),
    ("Free T4", "pmol/L", "12–22"),
    ("HbA1c", "mmol/mol", "20–41"),
    ("Ferritin", "µg/L", "30–400"),
    ("CRP", "mg/L", "<5"),
    ("Vitamin B12", "ng/L", "197–771"),
    ("Total cholesterol", "mmol/L", "<5.0"),
    ("eGFR", "mL/min/1.73m²", ">90"),
]


def lab_reference_intervals(r):
    out = [
        f"Reference intervals – {r.choice(['clinical chemistry', 'haematology & chemistry', 'core laboratory'])} (adult), method revision {r.randint(3, 14)}",
        "",
        "Analyte               Units            Interval      Method",
    ]
    for a, u, iv in _pick(r, REF, r.randint(8, 13)):
        out.append(
            f"{a:<21} {u:<16} {iv:<13} {r.choice(['ISE', 'enzymatic', 'photometric', 'immunoassay', 'HPLC', 'impedance'])}"
        )
    out += [
        "",
        "Intervals are population-derived (central 95%); interpret with clinical context. Paediatric intervals on separate sheet.",
    ]
    return "\n".join(out)


# 10 --------------------------------------------------------------------------------------------
def fridge_temperature_log(r):
    fr = r.choice(["Vaccine fridge A", "Pharmacy fridge 2", "Ward 5 drug fridge", "Lab reagent fridge R3"])
    d0 = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 500))
    out = [
        f"Temperature log – {fr} (asset FR-{r.randint(100, 999)})",
        "Acceptable range +2 °C to +8 °C; reset thermometer after each reading",
        "",
        "Date        Time   Current  Min   Max   Reset  Action",
    ]
    for i in range(r.randint(10, 16)):
        d = d0 + dt.timedelta(days=i)
        if d.weekday() >= 5 and r.random() < 0.7:
            continue
        mn = r.uniform(2.1, 4.5)
        mx = r.uniform(5.0, 8.0) if r.random() > 0.1 else r.uniform(8.2, 9.6)
        act = "none" if mx <= 8 else "excursion – stock quarantined, manufacturer consulted"
        out.append(
            f"{d.isoformat()}  {r.choice(['08:45', '09:00', '09:10', '16:30'])}  {r.uniform(mn, mx):>5.1f}  {mn:>5.1f} {mx:>5.1f}  yes    {act}"
        )
    return "\n".join(out)


# 11 --------------------------------------------------------------------------------------------
ALLERGENS = [
    "Celery",
    "Gluten",
    "Crustaceans",
    "Eggs",
    "Fish",
    "Lupin",
    "Milk",
    "Molluscs",
    "Mustard",
    "Nuts",
    "Peanuts",
    "Sesame",
    "Soya",
    "Sulphites",
]
DISHES = [
    "Tomato soup",
    "Fish & chips",
    "Caesar salad",
    "Mushroom risotto",
    "Pad thai",
    "Beef burger",
    "Falafel wrap",
    "Sticky toffee pudding",
    "Prawn curry",
    "Margherita pizza",
    "Vegan chilli",
    "Lemon tart",
    "Chicken satay",
    "Bread & butter pudding",
    "Houmous plate",
]


def allergen_matrix(r):
    abbr = [a[:3] for a in ALLERGENS]
    out = [
        f"Allergen matrix – {r.choice(['lunch menu', 'café counter', 'banqueting menu', 'kids menu'])} (14 regulated allergens)",
        "Y = contains, M = may contain, - = not present",
        "",
        f"{'Dish':<24}" + " ".join(f"{a:>3}" for a in abbr),
    ]
    for dish in _pick(r, DISHES, r.randint(6, 10)):
        row = [r.choice(["-", "-", "-", "-", "Y", "M"]) for _ in ALLERGENS]
        out.append(f"{dish:<24}" + " ".join(f"{c:>3}" for c in row))
    out += ["", "Recipes change – check the product specification folder before serving anyone with an allergy."]
    return "\n".join(out)


# 12 --------------------------------------------------------------------------------------------
DINGHIES = [
    ("ILCA 7 (Laser)", 1, 1100),
    ("ILCA 6", 1, 1148),
    ("Finn", 1, 1049),
    ("Solo", 1, 1142),
    ("Topper", 1, 1365),
    ("Optimist", 1, 1642),
    ("RS Aero 7", 1, 1065),
    ("Enterprise", 2, 1116),
    ("Mirror", 2, 1385),
    ("Wayfarer", 2, 1102),
    ("GP14", 2, 1130),
    ("420", 2, 1105),
    ("470", 2, 973),
    ("Merlin Rocket", 2, 980),
    ("National 12", 2, 1064),
    ("RS Feva XL", 2, 1240),
    ("Fireball", 2, 952),
    ("49er", 2, 697),
    ("Hornet", 2, 958),
    ("Streaker", 1, 1128),
]


def dinghy_handicap_table(r):
    out = [
        f"Portsmouth Yardstick extract – {r.choice(['club handicap list', 'open meeting sheet', 'season numbers'])} {r.choice([2023, 2024, 2025])}",
        "",
        "Class              Crew  PN     Notes",
    ]
    for cls, crew, pn in sorted(_pick(r, DINGHIES, r.randint(8, 14)), key=lambda x: x[2]):
        out.append(
            f"{cls:<18} {crew:>4}  {pn + r.choice([-8, -4, 0, 0, 0, 3, 6]):>4}   {r.choice(['', '', 'spinnaker', 'trapeze', 'asymmetric', 'una-rigged'])}"
        )
    out += ["", "Corrected time = elapsed time × 1000 / PN. Example: 52 min 30 s on PN 1100 → 47 min 44 s."]
    return "\n".join(out)


# 13 --------------------------------------------------------------------------------------------
HANDS = [
    ("Royal flush", 4, "0.000154%"),
    ("Straight flush", 36, "0.00139%"),
    ("Four of a kind", 624, "0.0240%"),
    ("Full house", 3744, "0.144%"),
    ("Flush", 5108, "0.197%"),
    ("Straight", 10200, "0.392%"),
    ("Three of a kind", 54912, "2.11%"),
    ("Two pair", 123552, "4.75%"),
    ("One pair", 1098240, "42.3%"),
    ("High card", 1302540, "50.1%"),
]
MATCHUPS = [
    ("AA", "KK", "81.9", "17.7"),
    ("AKs", "QQ", "46.0", "53.7"),
    ("AKo", "22", "47.5", "52.1"),
    ("JTs", "AKo", "38.6", "61.0"),
    ("77", "AKs", "54.6", "45.0"),
    ("KQs", "AJo", "44.6", "54.8"),
    ("QQ", "AKo", "56.9", "42.6"),
    ("98s", "22", "47.6", "52.0"),
]


def poker_hand_odds(r):
    out = [
        "Five-card hand frequencies (52-card deck, 2,598,960 combinations)",
        "",
        "Hand               Combinations   Probability",
    ]
    for h, c, p in HANDS:
        out.append(f"{h:<18} {c:>12,}   {p}")
    out += ["", "Pre-flop all-in equities (hold'em, heads-up):"]
    for a, b, ea, eb in _pick(r, MATCHUPS, r.randint(3, 6)):
        out.append(f"  {a:<4} vs {b:<4}  {ea}% / {eb}% (ties remainder)")
    out.append("")
    out.append(
        f"Outs rule of thumb: turn+river ≈ outs × 4, river only ≈ outs × 2 (e.g. {r.choice([8, 9, 12, 15])} outs)."
    )
    return "\n".join(out)


# 14 --------------------------------------------------------------------------------------------
QCODES = [
    ("QRA", "What is the name of your station?"),
    ("QRG", "Exact frequency?"),
    ("QRK", "Intelligibility of signals (1–5)"),
    ("QRL", "Is the frequency busy?"),
    ("QRM", "Man-made interference"),
    ("QRN", "Static / atmospheric noise"),
    ("QRO", "Increase power"),
    ("QRP", "Decrease power / low power"),
    ("QRQ", "Send faster"),
    ("QRS", "Send more slowly"),
    ("QRT", "Stop sending"),
    ("QRV", "I am ready"),
    ("QRX", "Wait / stand by"),
    ("QRZ", "Who is calling me?"),
    ("QSB", "Signals are fading"),
    ("QSL", "I acknowledge receipt"),
    ("QSO", "Contact / conversation"),
    ("QSY", "Change frequency"),
    ("QTH", "Location"),
    ("QTR", "Correct time"),
]


def q_code_reference(r):
    out = [
        f"Q-code quick reference – {r.choice(['net control card', 'CW practice sheet', 'field-day handout'])}",
        "",
        "Code  Meaning (as statement / as question with ?)",
    ]
    for q, m in _pick(r, QCODES, r.randint(10, 16)):
        out.append(f"{q}   {m}")
    out += [
        "",
        f"RST report e.g. {r.choice(['599', '579', '339', '57'])}: readability {r.randint(3, 5)}, strength {r.randint(5, 9)}, tone 9 (CW only).",
        "Prosigns: AR end of message, SK end of contact, BT break.",
    ]
    return "\n".join(out)


# 15 --------------------------------------------------------------------------------------------
def _jdn(d):
    return d.toordinal() + 1721424.5


def _islamic_to_jd(y, m, d):
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + math.floor((3 + 11 * y) / 30) + 1948439.5 - 1


def _jd_to_islamic(jd):
    jd = math.floor(jd) + 0.5
    y = math.floor((30 * (jd - 1948439.5) + 10646) / 10631)
    m = min(12, math.ceil((jd - (29 + _islamic_to_jd(y, 1, 1))) / 29.5) + 1)
    d = int(jd - _islamic_to_jd(y, m, 1) + 1)
    return y, m, d


def _julian_cal(d):
    jd = int(_jdn(d) + 0.5)
    c = jd + 32082
    dd = (4 * c + 3) // 1461
    e = c - 1461 * dd // 4
    m = (5 * e + 2) // 153
    return dd - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


HIJRI_M = [
    "Muharram",
    "Safar",
    "Rabiʿ I",
    "Rabiʿ II",
    "Jumada I",
    "Jumada II",
    "Rajab",
    "Shaʿban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qaʿda",
    "Dhu al-Hijja",
]


def calendar_conversion_table(r):
    start = dt.date(r.choice([2024, 2025, 2026, 2027]), r.randint(1, 12), 1)
    step = r.choice([1, 7, 10, 14, 30])
    out = [
        f"Calendar conversion table (Gregorian → Julian calendar, Julian Day, ISO week, tabular Islamic)",
        "",
        "Gregorian    Weekday    Julian cal.   JD (noon)   ISO week  Tabular Hijri",
    ]
    for i in range(r.randint(8, 14)):
        d = start + dt.timedelta(days=i * step)
        jy, jm, jd_ = _julian_cal(d)
        iy, im, idd = _jd_to_islamic(_jdn(d) + 0.5)
        iso = d.isocalendar()
        out.append(
            f"{d.isoformat()}   {d.strftime('%A'):<9}  {jy}-{jm:02d}-{jd_:02d}    {int(_jdn(d) + 0.5):>9}   {iso[0]}-W{iso[1]:02d}  {idd} {HIJRI_M[im - 1]} {iy} AH"
        )
    out += [
        "",
        "The tabular (arithmetical) Hijri calendar may differ by a day or two from observation-based calendars.",
    ]
    return "\n".join(out)


# 16 --------------------------------------------------------------------------------------------
def paper_size_reference(r):
    series = r.choice(["A", "B", "C"])
    base = {"A": (841, 1189), "B": (1000, 1414), "C": (917, 1297)}[series]
    out = [
        f"Paper sizes – ISO 216 {series} series{' and envelopes' if series == 'C' else ''}",
        "",
        "Size   mm              inches",
    ]
    w_, h_ = base
    for i in range(0, 11):
        out.append(f"{series}{i:<4}  {w_:>4} × {h_:<5}    {w_ / 25.4:>5.1f} × {h_ / 25.4:.1f}")
        w_, h_ = h_ // 2, w_
    extra = [
        ("Letter", "216 × 279", "8.5 × 11"),
        ("Legal", "216 × 356", "8.5 × 14"),
        ("Tabloid", "279 × 432", "11 × 17"),
        ("DL envelope", "110 × 220", "4.3 × 8.7"),
        ("SRA3", "320 × 450", "12.6 × 17.7"),
    ]
    out += ["", "Other common formats:"] + [f"{a:<12} {b:<12} {c}" for a, b, c in _pick(r, extra, r.randint(2, 5))]
    out.append("All A sizes keep the aspect ratio 1 : √2; A0 has an area of one square metre.")
    return "\n".join(out)


# 17 --------------------------------------------------------------------------------------------
STAMP_THEMES = [
    "Lighthouses",
    "Castles",
    "Wild flowers",
    "Garden birds",
    "Steam railways",
    "Bridges",
    "Seashells",
    "Butterflies",
    "Mountain passes",
    "Harbours",
    "Mushrooms",
    "Windmills",
]
COLOURS = ["carmine", "ultramarine", "emerald", "ochre", "slate", "violet", "vermilion", "olive", "sepia", "turquoise"]


def stamp_catalogue_listing(r):
    year = r.randint(1958, 2015)
    theme = r.choice(STAMP_THEMES)
    start = r.randint(400, 3200)
    out = [
        f"{year} ({r.choice(['3 Mar', '12 Jun', '1 Sep', '24 Nov'])}). {theme}. {r.choice(['Photogravure', 'Lithography', 'Recess', 'Offset litho'])}. "
        f"W {r.randint(1, 12)}. P {r.choice(['14', '14½ × 14', '15 × 14', '13½'])}.",
        "",
        "No.    Value  Colour / design                     Mint     Used",
    ]
    for i in range(r.randint(4, 8)):
        val = r.choice(["1p", "2p", "5c", "10c", "20c", "25", "45", "1.00", "50c", "£1"])
        out.append(
            f"{start + i:<6} {val:<6} {r.choice(COLOURS):<12} {theme.lower()[:-1] if theme.endswith('s') else theme.lower()} {i + 1:<14}"
            f"{r.uniform(0.1, 25):>7.2f}  {r.uniform(0.05, 20):>7.2f}"
        )
    out += [
        f"       Set of {i + 1}",
        "",
        f"Varieties: {start}a {r.choice(['imperf between (vert pair)', 'missing phosphor', 'inverted watermark', 'colour shift'])} – price on request.",
    ]
    return "\n".join(out)


# 18 --------------------------------------------------------------------------------------------
SQUARES = [
    ["CARD", "AREA", "REAR", "DARE"],
    ["HEART", "EMBER", "ABUSE", "RESIN", "TREND"],
    ["LATE", "AREA", "TEAR", "EARN"],
    ["SCAR", "CARE", "ARID", "REDO"],
    ["STEM", "TIDE", "EDGE", "MEET"],
    ["OPAL", "PALE", "ALOE", "LEER"],
    ["WASP", "AREA", "SEEN", "PANE"],
    ["FLAT", "LIME", "AMEN", "TENT"],
    ["HATS", "AREA", "TEAR", "SARI"],
]
CLUES = {
    "CARD": "Birthday greeting, perhaps",
    "AREA": "Length times width",
    "REAR": "Back",
    "DARE": "Challenge",
    "HEART": "Organ pumping blood",
    "EMBER": "Glowing coal",
    "ABUSE": "Misuse",
    "RESIN": "Sticky tree product",
    "TREND": "Fashion direction",
    "LATE": "Behind schedule",
    "TEAR": "Rip",
    "EARN": "Make money",
    "SCAR": "Mark from a wound",
    "CARE": "Look after",
    "ARID": "Very dry",
    "REDO": "Do again",
    "STEM": "Flower stalk",
    "TIDE": "Sea's rise and fall",
    "EDGE": "Border",
    "MEET": "Encounter",
    "OPAL": "Iridescent gem",
    "PALE": "Wan",
    "ALOE": "Soothing plant",
    "LEER": "Unpleasant look",
    "WASP": "Striped stinger",
    "SEEN": "Spotted",
    "PANE": "Window glass",
    "FLAT": "Level",
    "LIME": "Green citrus fruit",
    "AMEN": "Closing word of a prayer",
    "TENT": "Camping shelter",
    "HATS": "Caps and berets",
    "SARI": "Draped garment",
}


def _is_square(sq):
    n = len(sq)
    return all(len(w) == n for w in sq) and all(sq[i][j] == sq[j][i] for i in range(n) for j in range(n))


def crossword_solution_grid(r):
    squares = [s for s in SQUARES if _is_square(s)]
    sq = r.choice(squares)
    n = len(sq)
    out = [f"Mini word-square puzzle #{r.randint(100, 999)} – SOLUTION", "(answers read the same across and down)", ""]
    out.append("+" + "---+" * n)
    for row in sq:
        out.append("| " + " | ".join(row) + " |")
        out.append("+" + "---+" * n)
    out += ["", "Across / Down:"]
    for i, wd in enumerate(sq, 1):
        out.append(f"{i}. {CLUES.get(wd, 'see grid')} ({len(wd)}) – {wd}")
    out.append("")
    out.append(f"Difficulty {r.choice(['★', '★★', '★★★'])} · solving time target {r.randint(2, 9)} min")
    return "\n".join(out)


# 19 --------------------------------------------------------------------------------------------
QR = {
    1: ((41, 34, 27, 17), (25, 20, 16, 10), (17, 14, 11, 7)),
    2: ((77, 63, 48, 34), (47, 38, 29, 20), (32, 26, 20, 14)),
    3: ((127, 101, 77, 58), (77, 61, 47, 35), (53, 42, 32, 24)),
    4: ((187, 149, 111, 82), (114, 90, 67, 50), (78, 62, 46, 34)),
    5: ((255, 202, 144, 106), (154, 122, 87, 64), (106, 84, 60, 44)),
    10: ((652, 513, 364, 288), (395, 311, 221, 174), (271, 213, 151, 119)),
    40: ((7089, 5596, 3993, 3057), (4296, 3391, 2420, 1852), (2953, 2331, 1663, 1273)),
}


def qr_capacity_table(r):
    mode = r.choice([("numeric", 0), ("alphanumeric", 1), ("byte (ISO-8859-1)", 2)])
    out = [f"QR code data capacity – {mode[0]} mode", "", "Version  Modules    L       M       Q       H"]
    for v in sorted(_pick(r, list(QR), r.randint(4, 7))):
        caps = QR[v][mode[1]]
        m = 17 + 4 * v
        out.append(f"{v:>5}    {m}×{m:<5} " + " ".join(f"{c:>7}" for c in caps))
    v = r.choice(sorted(QR))
    ecc = r.randint(0, 3)
    out += [
        "",
        "Error correction recovers roughly L 7%, M 15%, Q 25%, H 30% of codewords. Quiet zone: 4 modules.",
        f"Example: a {QR[v][mode[1]][ecc] - r.randint(0, 9)}-character {mode[0].split()[0]} payload fits version {v}-{'LMQH'[ecc]} "
        f"({17 + 4 * v} × {17 + 4 * v} modules, printed at {r.choice([0.33, 0.5, 0.8, 1.0])} mm/module).",
    ]
    return "\n".join(out)


# 20 --------------------------------------------------------------------------------------------
T568 = {
    "T568A": ["white/green", "green", "white/orange", "blue", "white/blue", "orange", "white/brown", "brown"],
    "T568B": ["white/orange", "orange", "white/green", "blue", "white/blue", "green", "white/brown", "brown"],
}
DB9 = ["DCD", "RXD", "TXD", "DTR", "GND", "DSR", "RTS", "CTS", "RI"]


def ethernet_wiring_pinout(r):
    kind = r.choice(["rj45", "rj45", "db9"])
    if kind == "db9":
        out = ["RS-232 DE-9 pinout (DTE)", "", "Pin  Signal  Direction"]
        for i, s in enumerate(DB9, 1):
            out.append(
                f"{i:>3}  {s:<6}  {'in' if s in ('DCD', 'RXD', 'DSR', 'CTS', 'RI') else 'out' if s != 'GND' else '-'}"
            )
        out += [
            "",
            "Null-modem: cross 2↔3, 7↔8, 4↔6+1; connect 5↔5.",
            f"Default serial settings for the console port: {r.choice([9600, 19200, 38400, 115200])} baud, 8N1, {r.choice(['no flow control', 'RTS/CTS'])}.",
        ]
        return "\n".join(out)
    std = r.choice(list(T568))
    other = "T568B" if std == "T568A" else "T568A"
    out = [
        f"RJ45 / 8P8C wiring – {std}" + (f" with {other} for crossover" if r.random() < 0.5 else ""),
        "",
        "Pin  Colour          10/100 use   PoE mode A",
    ]
    for i, c in enumerate(T568[std], 1):
        use = {1: "TX+", 2: "TX-", 3: "RX+", 6: "RX-"}.get(i, "unused")
        poe = {1: "+", 2: "+", 3: "-", 6: "-"}.get(i, "")
        out.append(f"{i:>3}  {c:<15} {use:<12} {poe}")
    out += [
        "",
        f"Max channel length 100 m; keep untwist under 13 mm at the jack; Cat{r.choice(['5e', '6', '6A'])} rated for {r.choice(['1G', '2.5G', '10G'])}.",
        f"Patch lead batch: {r.randint(5, 60)} × {r.choice([0.5, 1, 2, 3, 5])} m, {r.choice(['grey', 'blue', 'yellow', 'green'])}, "
        f"{r.choice(['snagless boots', 'moulded boots', 'shielded (S/FTP)'])}; test with a {r.choice(['wiremap tester', 'certifier', 'continuity tester'])}.",
    ]
    return "\n".join(out)


# 21 --------------------------------------------------------------------------------------------
PRON = {
    "fr": ["je", "tu", "il/elle", "nous", "vous", "ils/elles"],
    "es": ["yo", "tú", "él/ella", "nosotros", "vosotros", "ellos/ellas"],
    "it": ["io", "tu", "lui/lei", "noi", "voi", "loro"],
    "de": ["ich", "du", "er/sie/es", "wir", "ihr", "sie/Sie"],
    "nl": ["ik", "jij", "hij/zij", "wij", "jullie", "zij"],
}
REG = {
    "fr": (["parler", "chanter", "donner", "aimer", "regarder"], "er", ["e", "es", "e", "ons", "ez", "ent"]),
    "es": (["hablar", "cantar", "trabajar", "bailar", "estudiar"], "ar", ["o", "as", "a", "amos", "áis", "an"]),
    "it": (["parlare", "cantare", "lavorare", "mangiare", "giocare"], "are", ["o", "i", "a", "iamo", "ate", "ano"]),
    "de": (["machen", "spielen", "kaufen", "lernen", "wohnen"], "en", ["e", "st", "t", "en", "t", "en"]),
    "nl": (["werken", "spelen", "maken", "leren", "wonen"], "en", None),
}
IRREG = {
    "fr": [
        ("être", ["suis", "es", "est", "sommes", "êtes", "sont"]),
        ("avoir", ["ai", "as", "a", "avons", "avez", "ont"]),
        ("aller", ["vais", "vas", "va", "allons", "allez", "vont"]),
    ],
    "es": [
        ("ser", ["soy", "eres", "es", "somos", "sois", "son"]),
        ("tener", ["tengo", "tienes", "tiene", "tenemos", "tenéis", "tienen"]),
    ],
    "it": [
        ("essere", ["sono", "sei", "è", "siamo", "siete", "sono"]),
        ("avere", ["ho", "hai", "ha", "abbiamo", "avete", "hanno"]),
    ],
    "de": [
        ("sein", ["bin", "bist", "ist", "sind", "seid", "sind"]),
        ("haben", ["habe", "hast", "hat", "haben", "habt", "haben"]),
    ],
    "nl": [
        ("zijn", ["ben", "bent", "is", "zijn", "zijn", "zijn"]),
        ("hebben", ["heb", "hebt", "heeft", "hebben", "hebben", "hebben"]),
    ],
}


def _nl_present(v):
    stem = v[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    if stem.endswith("z"):
        stem = stem[:-1] + "s"
    if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou" and stem[-1] not in "aeiou":
        stem = stem[:-2] + stem[-2] * 2 + stem[-1]
    return [stem, stem + "t", stem + "t", v, v, v]


def verb_conjugation_table(r):
    lg = r.choice(list(PRON))
    name = {"fr": "French", "es": "Spanish", "it": "Italian", "de": "German", "nl": "Dutch"}[lg]
    verbs, ending, ends = REG[lg]
    chosen = _pick(r, verbs, r.randint(2, 3))
    irr = r.choice(IRREG[lg])
    cols = []
    for v in chosen:
        if lg == "nl":
            cols.append((v, _nl_present(v)))
        else:
            stem = v[: -len(ending)]
            forms = [stem + e for e in ends]
            if lg == "it" and stem.endswith(("g", "c")):
                forms[1] = stem + "hi"
                forms[3] = stem + "hiamo"
            if lg == "it" and stem.endswith("gi"):
                forms[1] = stem[:-1] + "i"
                forms[3] = stem[:-1] + "iamo"
            if lg == "fr" and stem.endswith("g"):
                forms[3] = stem + "eons"
            cols.append((v, forms))
    cols.append(irr)
    out = [
        f"{name} – present tense ({'indicatif présent' if lg == 'fr' else 'presente' if lg in ('es', 'it') else 'Präsens' if lg == 'de' else 'tegenwoordige tijd'})",
        "",
        f"{'':<12}" + "".join(f"{v:<14}" for v, _ in cols),
    ]
    for i, pr in enumerate(PRON[lg]):
        out.append(f"{pr:<12}" + "".join(f"{f[i]:<14}" for _, f in cols))
    out += ["", f"Note: the last column is irregular; learn it by heart."]
    return "\n".join(out)


# 22 --------------------------------------------------------------------------------------------
TOPONYMS = [
    ("Oxford", "Old English Oxenaford, 'ford used by oxen'"),
    ("Cambridge", "a bridge over the river Granta/Cam"),
    ("Frankfurt", "'ford of the Franks'"),
    ("Amsterdam", "a dam on the river Amstel"),
    ("Rotterdam", "a dam on the river Rotte"),
    ("Innsbruck", "'bridge over the Inn'"),
    ("Salzburg", "'salt fortress'"),
    ("Chester", "Latin castra, 'camp'"),
    ("Porto", "Latin portus, 'harbour'"),
    ("Buenos Aires", "'fair winds'"),
    ("Reykjavík", "'smoky bay', from geothermal steam"),
    ("Copenhagen", "Danish København, 'merchants' harbour'"),
    ("Stockholm", "often glossed 'log islet'"),
    ("Cardiff", "Welsh Caerdydd, 'fort on the Taff'"),
    ("Belfast", "Irish Béal Feirste, 'mouth of the sandbank ford'"),
    ("Dublin", "Irish Dubh Linn, 'black pool'"),
    ("Milan", "Latin Mediolanum, 'in the middle of the plain'"),
    ("Naples", "Greek Neapolis, 'new city'"),
    ("Madrid", "Andalusi Arabic Mayrīt, linked to water channels"),
    ("Guadalajara", "Arabic wādī al-ḥijāra, 'valley of stones'"),
    ("Istanbul", "Greek eis tēn polin, 'to the city'"),
    ("Singapore", "Malay Singapura, 'lion city'"),
    ("Kuala Lumpur", "'muddy confluence'"),
    ("Beijing", "'northern capital'"),
    ("Nanjing", "'southern capital'"),
    ("Tokyo", "'eastern capital'"),
    ("Shanghai", "'upon the sea'"),
    ("Hong Kong", "'fragrant harbour'"),
    ("Rio de Janeiro", "'river of January'"),
    ("Los Angeles", "'the angels'"),
    ("Las Vegas", "'the meadows'"),
    ("Nevada", "Spanish 'snow-covered'"),
    ("Colorado", "Spanish 'red-coloured', after the river"),
    ("Montreal", "'Mount Royal'"),
    ("Chicago", "from a Miami-Illinois word for a wild onion"),
    ("Philadelphia", "Greek 'brotherly love'"),
    ("Addis Ababa", "Amharic 'new flower'"),
    ("Khartoum", "often glossed 'elephant's trunk', for the river confluence"),
    ("Casablanca", "'white house'"),
    ("Tripoli", "Greek 'three cities'"),
    ("Dar es Salaam", "Arabic 'haven of peace'"),
    ("Nairobi", "Maasai phrase for 'cool water'"),
    ("Aberdeen", "Pictish aber, 'river mouth'"),
    ("Bordeaux", "Latin Burdigala"),
    ("Marseille", "Greek Massalia"),
    ("Lyon", "Latin Lugdunum, 'fort of Lugus'"),
    ("Sevilla", "Latin Hispalis, Arabic Ishbiliya"),
]


def toponym_etymology_notes(r):
    out = [
        f"Place-name etymologies – {r.choice(['study notes', 'quiz pack', 'glossary extract', 'map-room handout'])}",
        "",
    ]
    for place, et in _pick(r, TOPONYMS, r.randint(8, 12)):
        out.append(f"• {place}: {et}.")
    out += ["", "Many popular etymologies are disputed; check a historical gazetteer before citing."]
    return "\n".join(out)


# 23 --------------------------------------------------------------------------------------------
WORKS = {
    "J. S. Bach (BWV)": [
        ("BWV 1007", "Cello Suite No. 1 in G major", "c. 1720", "cello"),
        ("BWV 1048", "Brandenburg Concerto No. 3 in G major", "1721", "strings"),
        ("BWV 565", "Toccata and Fugue in D minor", "uncertain", "organ"),
        ("BWV 988", "Aria with 30 variations", "1741", "harpsichord"),
        ("BWV 1043", "Concerto for Two Violins in D minor", "c. 1730", "2 violins, strings"),
    ],
    "W. A. Mozart (K.)": [
        ("K. 525", "Serenade No. 13 in G major", "1787", "strings"),
        ("K. 550", "Symphony No. 40 in G minor", "1788", "orchestra"),
        ("K. 622", "Clarinet Concerto in A major", "1791", "clarinet, orchestra"),
        ("K. 331", "Piano Sonata No. 11 in A major", "c. 1783", "piano"),
        ("K. 626", "Requiem in D minor", "1791", "soloists, choir, orchestra"),
    ],
    "L. van Beethoven (Op./WoO)": [
        ("Op. 27 No. 2", "Piano Sonata No. 14 in C-sharp minor", "1801", "piano"),
        ("Op. 67", "Symphony No. 5 in C minor", "1808", "orchestra"),
        ("Op. 61", "Violin Concerto in D major", "1806", "violin, orchestra"),
        ("Op. 125", "Symphony No. 9 in D minor", "1824", "soloists, choir, orchestra"),
        ("Op. 73", "Piano Concerto No. 5 in E-flat major", "1809", "piano, orchestra"),
    ],
    "F. Schubert (D.)": [
        ("D. 759", "Symphony No. 8 in B minor", "1822", "orchestra"),
        ("D. 667", "Piano Quintet in A major", "1819", "piano, strings, double bass"),
        ("D. 911", "Song cycle, 24 songs", "1827", "voice, piano"),
        ("D. 944", "Symphony No. 9 in C major", "1825–26", "orchestra"),
    ],
    "A. Vivaldi (RV)": [
        ("RV 269", "Violin Concerto in E major, 'Spring'", "1725", "violin, strings"),
        ("RV 315", "Violin Concerto in G minor, 'Summer'", "1725", "violin, strings"),
        ("RV 293", "Violin Concerto in F major, 'Autumn'", "1725", "violin, strings"),
        ("RV 297", "Violin Concerto in F minor, 'Winter'", "1725", "violin, strings"),
    ],
    "G. F. Handel (HWV)": [
        ("HWV 56", "Oratorio in three parts", "1741", "soloists, choir, orchestra"),
        ("HWV 350", "Suite in G major (Water Music)", "1717", "orchestra"),
        ("HWV 351", "Music for the Royal Fireworks", "1749", "wind band, strings"),
    ],
}


def music_work_catalogue(r):
    out = [
        f"Thematic catalogue extract – {r.choice(['programme planning sheet', 'library shelf list', 'concert archive index'])}",
        "",
    ]
    for comp in _pick(r, list(WORKS), r.randint(2, 3)):
        out.append(comp)
        for no, title, year, scoring in _pick(r, WORKS[comp], r.randint(2, 4)):
            out.append(f"  {no:<13} {title:<42} {year:<9} {scoring}")
        out.append("")
    out.append(f"Parts held: {r.randint(3, 40)} sets · hire catalogue ref. MUS-{r.randint(1000, 9999)}")
    return "\n".join(out)


# 24 --------------------------------------------------------------------------------------------
INSTR = [
    ("Analytical balance", "AB-", "0.1 mg", "E2 weight set"),
    ("Pipette P1000", "PIP-", "±8 µL", "gravimetric ISO 8655"),
    ("pH meter", "PH-", "±0.01 pH", "buffers 4/7/10"),
    ("Digital thermometer", "TH-", "±0.1 °C", "reference PRT"),
    ("Torque wrench 20–100 N·m", "TW-", "±4 %", "torque analyser"),
    ("Pressure gauge 0–10 bar", "PG-", "±0.25 % FS", "deadweight tester"),
    ("Oscilloscope 200 MHz", "OS-", "±1.5 % V", "calibrator 9500B-class"),
    ("Micrometer 0–25 mm", "MC-", "±2 µm", "gauge blocks grade 1"),
]


def instrument_calibration_log(r):
    out = [
        f"Calibration register – {r.choice(['QC laboratory', 'metrology workshop', 'maintenance stores', 'teaching lab'])}",
        "",
        "Asset     Instrument                 Serial no.     Tolerance    Reference             Last cal.    Due          Result",
    ]
    base = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 400))
    for name, pre, tol, ref in _pick(r, INSTR, r.randint(5, 8)):
        last = base - dt.timedelta(days=r.randint(0, 330))
        due = last + dt.timedelta(days=r.choice([180, 365]))
        sn = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "".join(
            r.choice("0123456789") for _ in range(7)
        )
        out.append(
            f"{pre}{r.randint(1, 99):02d}     {name:<26} {sn:<14} {tol:<12} {ref:<21} {last.isoformat()}   {due.isoformat()}   "
            f"{r.choice(['PASS', 'PASS', 'PASS', 'ADJUSTED', 'FAIL – quarantined'])}"
        )
    out += [
        "",
        "Certificates filed under QA/CAL/<asset>. Out-of-tolerance results trigger an impact assessment on affected batches.",
    ]
    return "\n".join(out)


# 25 --------------------------------------------------------------------------------------------
def firewall_rule_table(r):
    nets = [
        "192.0.2.0/24",
        "198.51.100.0/26",
        "203.0.113.0/25",
        "10.20.0.0/16",
        "172.16.40.0/22",
        "192.168.50.0/24",
        "2001:db8:10::/48",
        "2001:db8:abcd::/64",
        "any",
        "10.0.0.0/8",
    ]
    ports = [
        ("tcp", "22"),
        ("tcp", "443"),
        ("tcp", "80"),
        ("udp", "53"),
        ("tcp", "3389"),
        ("udp", "123"),
        ("tcp", "5432"),
        ("tcp", "8080-8090"),
        ("icmp", "-"),
    ]
    out = [
        f"Firewall policy – {r.choice(['edge-fw01', 'dc-core', 'lab-segment', 'branch-gw'])} (ruleset v{r.randint(2, 40)})",
        "Addresses use documentation (RFC 5737 / RFC 3849) and private ranges.",
        "",
        "ID   Source               Destination          Proto  Port        Action  Comment",
    ]
    for i in range(r.randint(8, 13)):
        src, dst = r.choice(nets), r.choice(nets)
        pr, pt = r.choice(ports)
        act = r.choice(["allow", "allow", "deny", "reject", "log+allow"])
        out.append(
            f"{(i + 1) * 10:<4} {src:<20} {dst:<20} {pr:<6} {pt:<11} {act:<7} {r.choice(['mgmt', 'web tier', 'DNS resolvers', 'legacy – review', 'NTP', 'db replicas', 'block scan', ''])}"
        )
    out.append(f"{(i + 2) * 10:<4} {'any':<20} {'any':<20} {'any':<6} {'-':<11} deny    default drop")
    return "\n".join(out)


KINDS = [
    cron_expression_cookbook,
    cheese_affinage_log,
    radiosonde_sounding,
    ic_pinout_table,
    bicycle_gear_chart,
    sunrise_sunset_almanac,
    cycle_route_cue_sheet,
    dive_site_guide,
    lab_reference_intervals,
    fridge_temperature_log,
    allergen_matrix,
    dinghy_handicap_table,
    poker_hand_odds,
    q_code_reference,
    calendar_conversion_table,
    paper_size_reference,
    stamp_catalogue_listing,
    crossword_solution_grid,
    qr_capacity_table,
    ethernet_wiring_pinout,
    verb_conjugation_table,
    toponym_etymology_notes,
    music_work_catalogue,
    instrument_calibration_log,
    firewall_rule_table,
]
