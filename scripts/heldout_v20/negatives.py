"""250 PII-free look-alike documents: 25 kinds x 10."""

from __future__ import annotations

import datetime as dt

MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
QUEUES = [
    "Housing Options",
    "Rough Sleeping",
    "Benefits Advice",
    "Repairs",
    "Safeguarding",
    "Welsh Language Line",
    "Out of Hours",
    "Debt Advice",
    "Tenancy Support",
]
REGIONS = [
    "North Wales",
    "South Western",
    "Yorkshire",
    "East Midlands",
    "London",
    "North Scotland",
    "Merseyside",
    "Southern",
    "West Midlands",
    "North East",
]
# streets and estates named after people or places, used as public geography only
STREETS = [
    "Nelson Street",
    "Victoria Road",
    "Gladstone Terrace",
    "Brunel Way",
    "Wesley Close",
    "Pankhurst Avenue",
    "Darwin Crescent",
    "Attlee Walk",
    "Cromwell Lane",
    "Keats Grove",
    "Livingstone Row",
    "Newton Place",
    "Franklin Court",
    "Telford Road",
    "Seacole Gardens",
    "Bevan Drive",
]
ESTATES = [
    "Churchill Gardens",
    "Lansbury Estate",
    "Bevin Court",
    "Morrison Heights",
    "Wilberforce Estate",
    "Kingsley Park",
    "Aneurin Bevan Estate",
    "Peel Fold",
]


def _d(rng):
    return dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 330))


def call_volume_report(rng):
    d = _d(rng)
    rows = []
    for q in rng.sample(QUEUES, rng.randint(4, 7)):
        off = rng.randint(80, 1600)
        ans = int(off * rng.uniform(0.7, 0.98))
        rows.append(f"{q:<22}{off:>8}{ans:>9}{off - ans:>9}{rng.uniform(0.5, 9):>9.1f}{rng.randint(180, 900):>8}")
    return (
        f"CONTACT CENTRE — WEEKLY CALL VOLUMES  w/c {d.strftime('%d/%m/%Y')}\n\n"
        f"{'Queue':<22}{'Offered':>8}{'Answered':>9}{'Abandon':>9}{'ASA min':>9}{'AHT s':>8}\n"
        + "\n".join(rows)
        + f"\n\nPeak interval: {rng.randint(9, 11)}:{rng.choice(['00', '15', '30', '45'])}–{rng.randint(12, 14)}:00. Service level target 80/20 {'met' if rng.random() < 0.5 else 'missed'}."
    )


def ivr_menu_script(rng):
    opts = rng.sample(
        [
            "report a repair",
            "pay your rent",
            "speak to the rough sleeping team",
            "ask about a housing application",
            "report anti-social behaviour",
            "hear this message in Welsh",
            "get advice about debt",
            "talk about a benefit payment",
        ],
        5,
    )
    lines = [
        f"[IVR v{rng.randint(2, 9)}.{rng.randint(0, 9)} — main menu, recorded {_d(rng).strftime('%B %Y')}]",
        "",
        '"Thank you for calling. Calls may be recorded for training purposes.',
    ]
    for i, o in enumerate(opts, 1):
        lines.append(f"To {o}, press {i}.")
    lines.append('To hear these options again, press star. If you are in immediate danger, hang up and dial 999."')
    lines.append("")
    lines.append(
        f"Routing: 1→Q{rng.randint(100, 199)}, 2→Q{rng.randint(200, 299)}, 3→Q{rng.randint(300, 399)}, timeout {rng.choice([5, 8, 10])}s → operator"
    )
    return "\n".join(lines)


def data_retention_schedule(rng):
    recs = [
        ("Outreach contact notes", "6 years after last contact", "Art. 6(1)(e)"),
        ("CCTV footage (reception)", "31 days", "Legitimate interests"),
        ("Call recordings", "90 days", "Art. 6(1)(e)"),
        ("Tenancy files", "6 years after tenancy end", "Contract"),
        ("Safeguarding referrals", "25 years", "Legal obligation"),
        ("Job applications (unsuccessful)", "6 months", "Legitimate interests"),
        ("Payroll records", "6 years + current", "Legal obligation"),
        ("Visitor sign-in sheets", "12 months", "Legitimate interests"),
        ("Complaints", "3 years after closure", "Art. 6(1)(e)"),
    ]
    rows = rng.sample(recs, rng.randint(5, 8))
    return (
        "DATA RETENTION SCHEDULE (extract)\n\n| Record class | Retention | Lawful basis | Disposal |\n|---|---|---|---|\n"
        + "\n".join(
            f"| {a} | {b} | {c} | {rng.choice(['secure shred', 'auto-delete', 'archive then destroy', 'overwrite'])} |"
            for a, b, c in rows
        )
        + f"\n\nOwner: Information Governance. Review due {_d(rng).strftime('%m/%Y')}."
    )


def risk_register(rng):
    risks = [
        "Loss of phone system during cold-weather activation",
        "Insufficient winter shelter beds",
        "Data breach via lost laptop",
        "Key funding stream ends",
        "Lone working at night",
        "Legionella in hostel water system",
        "Failure of case management software upgrade",
        "Volunteer shortage in summer",
    ]
    out = ["ID,Risk,Likelihood,Impact,Score,Mitigation,RAG"]
    for i, r in enumerate(rng.sample(risks, rng.randint(4, 7)), 1):
        lk, im = rng.randint(1, 5), rng.randint(1, 5)
        out.append(
            f'R{rng.randint(1, 40):02d}{i},"{r}",{lk},{im},{lk * im},"{rng.choice(["business continuity plan tested", "buddy system and check-in app", "encryption enforced", "second supplier contracted", "monthly flushing regime"])}",{"R" if lk * im > 14 else "A" if lk * im > 7 else "G"}'
        )
    return "\n".join(out)


def incident_severity_matrix(rng):
    return (
        "SERVICE INCIDENT SEVERITY MATRIX\n\n"
        f"P1  Critical  — hotline unreachable for all callers        respond {rng.choice([10, 15])} min  update every 30 min\n"
        f"P2  High      — one queue down or >50% calls failing       respond {rng.choice([30, 45])} min  update hourly\n"
        f"P3  Medium    — degraded recording / reporting            respond {rng.choice([4, 8])} h     next business day\n"
        "P4  Low       — cosmetic issue, workaround exists         respond 3 days   weekly\n\n"
        f"Escalation path: service desk → duty manager → head of digital. Matrix version {rng.randint(1, 6)}.{rng.randint(0, 9)}, approved {_d(rng).strftime('%d %b %Y')}."
    )


def keyboard_shortcut_cheatsheet(rng):
    sc = [
        ("Ctrl+Shift+N", "new case note"),
        ("Ctrl+K", "search clients"),
        ("Alt+R", "reassign case"),
        ("F9", "start call wrap-up timer"),
        ("Ctrl+Alt+L", "lock screen"),
        ("Ctrl+Shift+V", "paste without formatting"),
        ("Win+Shift+S", "screenshot area"),
        ("Ctrl+Enter", "send message"),
        ("Esc Esc", "cancel edit"),
        ("Ctrl+/", "show all shortcuts"),
    ]
    rows = rng.sample(sc, rng.randint(6, 10))
    return f"Case system v{rng.randint(3, 12)} — keyboard shortcuts\n\n" + "\n".join(f"{k:<16}{v}" for k, v in rows)


def postage_rate_card(rng):
    out = ["Format,Weight up to,1st class,2nd class,Signed for"]
    for fmt, ws in (
        ("Letter", [100]),
        ("Large letter", [100, 250, 500, 750]),
        ("Small parcel", [1000, 2000]),
    ):
        for w in ws:
            base = {"Letter": 0.85, "Large letter": 1.35, "Small parcel": 3.35}[fmt] + w / 1000 * rng.uniform(0.6, 1.6)
            out.append(f"{fmt},{w}g,£{base + 0.4:.2f},£{base:.2f},£{base + 1.9:.2f}")
    return (
        f"Post room rate card (effective {_d(rng).strftime('%d %B %Y')})\n"
        + "\n".join(out)
        + "\nFranking machine account codes: see cost centre list."
    )


def vending_planogram(rng):
    items = [
        "Still water 500ml",
        "Sparkling water",
        "Orange juice carton",
        "Crisps ready salted",
        "Oat bar",
        "Fruit pot",
        "Chocolate wafer",
        "Rice cakes",
        "Tea sachets",
        "Instant soup cup",
        "Cereal bar (GF)",
        "Banana",
    ]
    out = [f"Machine VM-{rng.randint(1, 9)} (ground floor lobby) planogram"]
    for row in "ABCDE"[: rng.randint(3, 5)]:
        cells = [
            f"{row}{i}: {rng.choice(items)} £{rng.choice([0.5, 0.8, 1.0, 1.2, 1.5]):.2f}"
            for i in range(1, rng.randint(4, 6))
        ]
        out.append(" | ".join(cells))
    return "\n".join(out)


def cleaning_schedule(rng):
    areas = [
        "Reception",
        "Kitchenette",
        "Interview rooms 1–4",
        "Toilets (ground)",
        "Toilets (first)",
        "Shower block",
        "Laundry",
        "Dormitory A",
        "Dormitory B",
        "Stairwells",
    ]
    freq = ["daily", "twice daily", "weekly", "after each use", "monthly deep clean"]
    rows = [
        f"| {a} | {rng.choice(['mop + disinfect', 'wipe touchpoints', 'hoover', 'descale', 'empty bins', 'change linen'])} | {rng.choice(freq)} | {rng.choice(['red', 'blue', 'green', 'yellow'])} |"
        for a in rng.sample(areas, rng.randint(5, 9))
    ]
    return (
        "CLEANING SCHEDULE — colour-coded equipment\n\n| Area | Task | Frequency | Cloth colour |\n|---|---|---|---|\n"
        + "\n".join(rows)
    )


def first_aid_kit_checklist(rng):
    items = [
        ("Sterile dressing medium", 6),
        ("Triangular bandage", 4),
        ("Safety pins", 6),
        ("Adhesive plasters (assorted)", 40),
        ("Eye wash 20ml", 2),
        ("Nitrile gloves (pairs)", 6),
        ("Foil blanket", 2),
        ("Burn dressing 10x10", 1),
        ("Resus face shield", 1),
        ("Naloxone kit", 2),
        ("Tough cut shears", 1),
    ]
    out = [
        f"First aid kit check — kit {rng.choice('ABCDEF')}{rng.randint(1, 9)}, {rng.choice(['reception', 'night office', 'van 2', 'kitchen'])}"
    ]
    for name, n in rng.sample(items, rng.randint(6, 10)):
        have = max(0, n - rng.randint(0, 2))
        exp = _d(rng).replace(year=rng.randint(2025, 2028))
        out.append(f"[{'x' if have == n else ' '}] {name:<30} need {n:>3}  have {have:>3}  exp {exp.strftime('%m/%y')}")
    return "\n".join(out)


def survey_results_summary(rng):
    qs = [
        "Staff treated me with respect",
        "I understood what would happen next",
        "I was called back when promised",
        "The waiting area felt safe",
        "I would recommend the service",
    ]
    n = rng.randint(120, 900)
    out = [f"Service user survey Q{rng.randint(1, 4)} — {n} responses (anonymous)", ""]
    for q in rng.sample(qs, rng.randint(3, 5)):
        a = rng.randint(40, 80)
        b = rng.randint(5, 100 - a)
        out.append(f"{q}: agree {a}% / neutral {b}% / disagree {100 - a - b}%")
    out.append(
        f"\nFree-text themes: waiting times ({rng.randint(10, 40)} mentions), phone menu ({rng.randint(5, 30)}), cleanliness ({rng.randint(2, 15)})."
    )
    return "\n".join(out)


def job_grade_pay_scale(rng):
    start = rng.randint(21000, 24000)
    out = ["Grade\tSCP\tAnnual\tHourly"]
    scp = rng.randint(3, 6)
    sal = start
    for g in ["SO1", "SO2", "PO1", "PO2", "PO3"][: rng.randint(3, 5)]:
        for _ in range(3):
            out.append(f"{g}\t{scp}\t£{sal:,}\t£{sal / 1950:.2f}")
            scp += 1
            sal += rng.randint(700, 1200)
    return f"Pay scales from 1 April (pay award {rng.uniform(2, 6):.1f}% applied)\n" + "\n".join(out)


def validation_regex_catalogue(rng):
    pats = [
        ("UK postcode (outward+inward)", r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"),
        ("E.164 phone", r"^\+[1-9]\d{6,14}$"),
        ("Case reference", r"^HC-\d{4}-[A-Z]{3}$"),
        ("IBAN (generic)", r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$"),
        ("ISO date", r"^\d{4}-\d{2}-\d{2}$"),
        ("E-mail (loose)", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"),
        ("UK NI number shape", r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$"),
        ("Hex colour", r"^#[0-9a-fA-F]{6}$"),
    ]
    rows = rng.sample(pats, rng.randint(5, 8))
    return "Form field validation patterns (no sample data stored)\n\n" + "\n".join(f"- {n}: `{p}`" for n, p in rows)


def sla_uptime_report(rng):
    svcs = [
        "Telephony (SIP trunks)",
        "Case management",
        "Web chat",
        "SMS gateway",
        "Call recording",
        "Identity provider",
        "File storage",
    ]
    m = rng.randint(0, 11)
    out = [f"Availability report — {MONTHS[m]} 2024", ""]
    for s in rng.sample(svcs, rng.randint(4, 7)):
        down = rng.choice([0, 0, 3, 12, 47, 95, 180])
        out.append(f"{s:<26} {100 - down / 438:.3f}%   downtime {down:>4} min   SLA 99.5% {'✔' if down < 219 else '✘'}")
    return "\n".join(out)


def benefit_rates_table(rng):
    rows = [
        ("Single, under 25", 311.68),
        ("Single, 25 or over", 393.45),
        ("Joint claimants, both under 25", 489.23),
        ("Joint claimants, one or both 25+", 617.60),
        ("First child", 333.33),
        ("Second child", 287.92),
        ("Limited capability for work-related activity", 416.19),
        ("Carer element", 198.31),
    ]
    k = rng.uniform(0.95, 1.08)
    sel = rng.sample(rows, rng.randint(5, 8))
    return "Monthly standard allowance and elements (illustrative rates for adviser training)\n\n" + "\n".join(
        f"{a:<48} £{b * k:>8.2f}" for a, b in sel
    )


def call_disposition_codes(rng):
    codes = [
        "Advice given",
        "Referred to outreach",
        "Referred to emergency services",
        "Signposted externally",
        "Callback booked",
        "Abandoned before answer",
        "Silent call",
        "Hoax / nuisance",
        "Interpreter used",
        "Transferred to Welsh line",
        "Out of area",
    ]
    sel = rng.sample(codes, rng.randint(6, 11))
    return "Wrap-up (disposition) codes — select one per call\n" + "\n".join(
        f"D{i:02d}  {c}" for i, c in enumerate(sel, rng.randint(1, 20))
    )


def energy_tariff_sheet(rng):
    out = ["Region,Unit rate p/kWh,Standing charge p/day,Economy 7 night p/kWh"]
    for r in rng.sample(REGIONS, rng.randint(5, 9)):
        out.append(f"{r},{rng.uniform(22, 30):.2f},{rng.uniform(40, 65):.2f},{rng.uniform(12, 19):.2f}")
    return f"Electricity tariff sheet — fixed until {_d(rng).replace(year=2025).strftime('%d/%m/%Y')}\n" + "\n".join(
        out
    )


def bin_collection_rounds(rng):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    out = [f"Collection rounds — zone {rng.choice('ABCDEFG')}{rng.randint(1, 6)}", ""]
    for s in rng.sample(STREETS, rng.randint(5, 10)):
        out.append(
            f"{s:<22} {rng.choice(days):<10} {rng.choice(['refuse (black)', 'recycling (blue)', 'garden (brown)', 'food (grey caddy)'])}  round R{rng.randint(10, 49)}"
        )
    out.append("\nBank holiday weeks: collections move one day later.")
    return "\n".join(out)


def stock_condition_summary(rng):
    out = [
        "| Estate | Homes | Decent % | Damp cases open | Avg SAP |",
        "|---|---|---|---|---|",
    ]
    for e in rng.sample(ESTATES, rng.randint(4, 7)):
        out.append(
            f"| {e} | {rng.randint(80, 900)} | {rng.randint(70, 99)} | {rng.randint(0, 40)} | {rng.randint(55, 78)} |"
        )
    return "Stock condition survey — summary by estate\n\n" + "\n".join(out)


def rent_band_table(rng):
    out = ["Band  Bedrooms  Current £/wk  New £/wk  Change"]
    for band in "ABCDEF"[: rng.randint(4, 6)]:
        for beds in range(rng.randint(1, 2), rng.randint(3, 5)):
            cur = 80 + "ABCDEF".index(band) * 11 + beds * 14 + rng.uniform(-3, 3)
            new = cur * 1.077
            out.append(f"{band:<6}{beds:<10}{cur:>12.2f}{new:>10.2f}  +{new - cur:.2f}")
    return "Rent setting 2025/26 (7.7% cap) — social rent by band\n" + "\n".join(out)


def screening_score_bands(rng):
    return (
        "Wellbeing screening tool — scoring guide for call handlers\n\n"
        "Total score  Band            Suggested action\n"
        "0–4          minimal         no action; offer leaflet\n"
        "5–9          mild            suggest GP if persists\n"
        "10–14        moderate        offer referral to talking therapies\n"
        f"15–19        moderately severe  warm transfer to duty worker within {rng.choice([24, 48])} h\n"
        "20–27        severe          same-day duty worker; follow risk protocol\n\n"
        f"Item 9 (thoughts of self-harm) scored >0 always triggers the risk protocol. Guide v{rng.randint(1, 5)}."
    )


def budget_variance_report(rng):
    lines = ["Cost centre\tBudget\tActual\tVariance"]
    for cc in rng.sample(
        [
            "CC4100 Outreach",
            "CC4110 Night shelter",
            "CC4200 Helpline",
            "CC4300 Training",
            "CC4400 Premises",
            "CC4500 IT",
            "CC4600 Volunteers",
        ],
        rng.randint(4, 7),
    ):
        b = rng.randint(20, 400) * 1000
        a = int(b * rng.uniform(0.8, 1.2))
        lines.append(f"{cc}\t{b:,}\t{a:,}\t{b - a:+,}")
    return (
        f"Month {rng.randint(1, 12)} budget monitoring (£)\n"
        + "\n".join(lines)
        + "\nCommentary: overspend driven by agency cover and energy costs."
    )


def procurement_lots(rng):
    lots = [
        "Interpreting and translation",
        "Emergency accommodation (B&B)",
        "Furniture packs",
        "Telephony and contact centre platform",
        "Deep cleaning",
        "Removals and storage",
        "Mobile phones and airtime",
        "Security guarding",
    ]
    out = [f"Framework FW-{rng.randint(2023, 2025)}-{rng.randint(10, 99)} — lots"]
    for i, lot in enumerate(rng.sample(lots, rng.randint(4, 7)), 1):
        out.append(
            f"Lot {i}: {lot} — max value £{rng.randint(50, 2000) * 1000:,}; suppliers {rng.randint(2, 8)}; term {rng.choice([24, 36, 48])} months + {rng.choice([12, 24])}"
        )
    return "\n".join(out)


def bed_occupancy_summary(rng):
    out = ["Month,Beds,Bed nights available,Bed nights used,Occupancy,Turned away"]
    beds = rng.randint(18, 60)
    for m in range(rng.randint(4, 12)):
        avail = beds * 30
        used = int(avail * rng.uniform(0.7, 1.0))
        out.append(f"{MONTHS[m]}-24,{beds},{avail},{used},{used / avail:.0%},{rng.randint(0, 60)}")
    return "Night shelter occupancy (aggregate, no individual data)\n" + "\n".join(out)


def food_parcel_contents(rng):
    items = [
        "UHT milk 1L",
        "Tinned tomatoes",
        "Pasta 500g",
        "Rice 1kg",
        "Baked beans",
        "Tinned fish",
        "Cereal",
        "Tea bags (40)",
        "Sugar 500g",
        "Tinned fruit",
        "Long-life juice",
        "Toiletries pack",
        "Nappies (size 4)",
        "Sanitary products",
    ]
    out = ["Item                  1 person  2 people  Family (4)"]
    for it in rng.sample(items, rng.randint(7, 12)):
        a = rng.randint(1, 3)
        out.append(f"{it:<22}{a:>8}{a * 2:>10}{a * 3 + rng.randint(0, 2):>12}")
    return f"Emergency food parcel — standard contents (rev. {_d(rng).strftime('%b %Y')})\n" + "\n".join(out)


KINDS = [
    ("call_volume_report", call_volume_report),
    ("ivr_menu_script", ivr_menu_script),
    ("data_retention_schedule", data_retention_schedule),
    ("risk_register", risk_register),
    ("incident_severity_matrix", incident_severity_matrix),
    ("keyboard_shortcut_cheatsheet", keyboard_shortcut_cheatsheet),
    ("postage_rate_card", postage_rate_card),
    ("vending_planogram", vending_planogram),
    ("cleaning_schedule", cleaning_schedule),
    ("first_aid_kit_checklist", first_aid_kit_checklist),
    ("survey_results_summary", survey_results_summary),
    ("job_grade_pay_scale", job_grade_pay_scale),
    ("validation_regex_catalogue", validation_regex_catalogue),
    ("sla_uptime_report", sla_uptime_report),
    ("benefit_rates_table", benefit_rates_table),
    ("call_disposition_codes", call_disposition_codes),
    ("energy_tariff_sheet", energy_tariff_sheet),
    ("bin_collection_rounds", bin_collection_rounds),
    ("stock_condition_summary", stock_condition_summary),
    ("rent_band_table", rent_band_table),
    ("screening_score_bands", screening_score_bands),
    ("budget_variance_report", budget_variance_report),
    ("procurement_lots", procurement_lots),
    ("bed_occupancy_summary", bed_occupancy_summary),
    ("food_parcel_contents", food_parcel_contents),
]
