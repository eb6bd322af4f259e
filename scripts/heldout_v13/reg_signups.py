"""Register event_signups: fundraising and volunteer event registration exports in many table formats."""

from __future__ import annotations

import datetime as dt
import random

import values as v
from doc import Doc, Val
from people import person
from places import postcode, street_line, town

EVENTS = [
    "Hotline 10K Fun Run",
    "Starlight Gala Dinner",
    "Great Autumn Bake Sale",
    "Sponsored Swim-a-thon",
    "Volunteer Day – Warehouse Sort",
    "Charity Cycle Challenge",
    "Family Colour Run",
    "Quiz Night for Kids' Safety",
    "Sleep Out for Safety",
    "Christmas Jumper Day Stall",
    "Kilt Walk",
    "Dragon Boat Race",
]
DIET_OK = ["", "", "vegetarian", "vegan", "halal", "kosher", "no pork", "pescatarian", "none", "n/a"]
DIET_MED = [
    "coeliac",
    "nut allergy",
    "severe peanut allergy",
    "lactose intolerant",
    "type 1 diabetic",
    "gluten intolerance",
    "shellfish allergy",
    "Crohn's disease",
]
ACCESS_MED = [
    "wheelchair user",
    "hearing impaired – BSL interpreter please",
    "epilepsy – no strobe lighting",
    "autistic, quiet space helpful",
    "visually impaired, guide dog",
    "uses crutches after knee surgery",
    "asthma – carries inhaler",
    "anxiety, would like a buddy",
]
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "Kids 7-8", "Kids 9-11", "Kids 12-13", "women's M", "men's L"]
REL = ["mum", "dad", "partner", "wife", "husband", "sister", "brother", "friend", "grandma", "flatmate"]
CULT = {
    "GB": ["en_gb", "en_gb", "pk", "in", "pl", "ng"],
    "US": ["en_us", "mx", "ko", "fil"],
    "IE": ["en_ie", "pl", "br"],
    "AU": ["en_au", "vi", "el"],
    "DE": ["de", "tr", "ru"],
    "NL": ["nl", "tr", "ar"],
    "FR": ["fr", "ar"],
    "CA": ["en_ca", "in", "zh"],
}
HEAD_LOCAL = {
    "DE": {
        "first": "Vorname",
        "last": "Nachname",
        "email": "E-Mail",
        "phone": "Handy",
        "dob": "Geburtsdatum",
        "diet": "Ernährung/Allergien",
        "shirt": "T-Shirt",
        "ice": "Notfallkontakt",
        "ice_phone": "Notfall-Tel.",
        "town": "Ort",
        "street": "Straße",
        "pay": "IBAN",
        "age": "Alter",
        "guardian": "Erziehungsberechtigte/r",
    },
    "NL": {
        "first": "Voornaam",
        "last": "Achternaam",
        "email": "E-mail",
        "phone": "Mobiel",
        "dob": "Geboortedatum",
        "diet": "Dieet/allergie",
        "shirt": "Shirtmaat",
        "ice": "Noodcontact",
        "ice_phone": "Tel. noodcontact",
        "town": "Woonplaats",
        "street": "Adres",
        "pay": "IBAN",
        "age": "Leeftijd",
        "guardian": "Ouder/voogd",
    },
    "FR": {
        "first": "Prénom",
        "last": "Nom",
        "email": "Courriel",
        "phone": "Portable",
        "dob": "Date de naissance",
        "diet": "Régime/allergies",
        "shirt": "Taille T-shirt",
        "ice": "Contact d'urgence",
        "ice_phone": "Tél. urgence",
        "town": "Ville",
        "street": "Adresse",
        "pay": "IBAN",
        "age": "Âge",
        "guardian": "Responsable légal",
    },
}
HEAD_EN = {
    "first": "first_name",
    "last": "last_name",
    "name": "Name",
    "email": "Email",
    "phone": "Mobile",
    "dob": "DOB",
    "diet": "Dietary",
    "access": "Access needs",
    "shirt": "T-shirt",
    "ice": "Emergency contact",
    "ice_phone": "EC phone",
    "town": "Town/City",
    "street": "Address line 1",
    "pc": "Postcode",
    "pay": "Payment ref",
    "age": "Age",
    "guardian": "Parent/guardian",
    "handle": "Instagram",
    "bib": "Bib",
    "team": "Team",
    "amount": "Amount",
    "reg": "Reg ID",
    "ip": "Signup IP",
    "mac": "Device MAC (Wi-Fi)",
    "aba": "ACH routing",
    "acct": "ACH account",
    "ssn": "SSN/ITIN (background check)",
    "dl": "Driver license #",
    "page": "Fundraising page",
}
TEAMS = [
    "Running Wild",
    "Bake It Till You Make It",
    "The Accounts Dept",
    "Office Heroes",
    "Team Sunshine",
    "St Anne's PTA",
    "Rotary Riders",
    "Solo",
    "",
]


def _row(rng: random.Random, country: str, cols: list[str], minors: bool, event_day: dt.date) -> dict[str, Val]:
    p = person(rng, rng.choice(CULT[country])).latin()
    kid = minors and rng.random() < 0.6
    age = rng.randint(6, 17) if kid else rng.randint(18, 74)
    row: dict[str, Val] = {}
    guardian = person(rng, p.culture).latin()
    if kid and rng.random() < 0.7:
        guardian.family = p.family
    for c in cols:
        if c == "first":
            row[c] = ("PERSON", p.given if rng.random() < 0.9 else p.given.lower())
        elif c == "last":
            row[c] = ("PERSON", p.family if rng.random() < 0.85 else p.family.upper())
        elif c == "name":
            row[c] = ("PERSON", p.variant(rng))
        elif c == "email":
            e = v.email(rng, (guardian if kid else p).given_lat, (guardian if kid else p).family_lat)
            row[c] = ("EMAIL_ADDRESS", e) if rng.random() < 0.95 else ""
        elif c == "phone":
            row[c] = ("PHONE_NUMBER", v.phone(rng, country, True)) if rng.random() < 0.9 else ""
        elif c == "dob":
            row[c] = (
                "DATE_OF_BIRTH",
                v.fmt_date(
                    rng,
                    v.dob(rng, age, event_day),
                    rng.choice(["mdy", "iso"] if country == "US" else ["dmy", "iso", "dot", "dmy2"]),
                ),
            )
        elif c == "age":
            row[c] = ("MINOR_AGE" if age < 18 else "AGE", str(age))
        elif c == "diet":
            row[c] = ("MEDICAL_CONDITION", rng.choice(DIET_MED)) if rng.random() < 0.3 else rng.choice(DIET_OK)
        elif c == "access":
            row[c] = (
                ("MEDICAL_CONDITION", rng.choice(ACCESS_MED))
                if rng.random() < 0.25
                else rng.choice(["", "none", "-", "no"])
            )
        elif c == "shirt":
            row[c] = rng.choice(SIZES[6:9] if kid else SIZES)
        elif c == "ice":
            ice = guardian if kid else person(rng, p.culture).latin()
            row[c] = ("PERSON", ice.full if rng.random() < 0.6 else ice.given) if rng.random() < 0.92 else ""
            if rng.random() < 0.3 and row[c]:
                row["ice_rel"] = rng.choice(REL)
        elif c == "ice_phone":
            row[c] = ("PHONE_NUMBER", v.phone(rng, country, rng.random() < 0.8))
        elif c == "town":
            row[c] = ("LOCATION", town(rng, country))
        elif c == "street":
            row[c] = ("STREET_ADDRESS", street_line(rng, country))
        elif c == "pc":
            row[c] = postcode(rng, country)
        elif c == "pay":
            k = rng.random()
            if country in ("DE", "NL", "FR") or k < 0.25:
                row[c] = ("IBAN_CODE", v.iban_code(rng, country if country in v.BBAN else "GB"))
            elif k < 0.6:
                row[c] = ("CREDIT_CARD", v.card(rng))
            else:
                row[c] = rng.choice(
                    [
                        "PAYPAL-" + v.letters(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                        "cash",
                        "JG-" + v.digits(rng, 8),
                        "invoice",
                        "Stripe ch_" + v.letters(rng, 12, "abcdef0123456789"),
                    ]
                )
        elif c == "guardian":
            row[c] = ("PERSON", guardian.full) if kid else ""
        elif c == "handle":
            row[c] = ("USERNAME", v.handle(rng, p.given_lat)) if rng.random() < 0.6 else ""
        elif c == "bib":
            row[c] = str(rng.randint(100, 2999))
        elif c == "team":
            row[c] = rng.choice(TEAMS)
        elif c == "amount":
            row[c] = rng.choice(["£", "$", "€", ""]) + rng.choice(["15.00", "25", "40.00", "0", "120.50", "12"])
        elif c == "reg":
            row[c] = f"R{rng.randint(10000, 99999)}"
        elif c == "ip":
            row[c] = ("IP_ADDRESS", v.ipv4(rng))
        elif c == "aba":
            row[c] = ("ABA_ROUTING_NUMBER", v.aba(rng)) if not kid and rng.random() < 0.8 else ""
        elif c == "acct":
            row[c] = ("US_BANK_NUMBER", v.us_bank(rng)) if row.get("aba") else ""
        elif c == "mac":
            row[c] = ("MAC_ADDRESS", v.mac(rng)) if rng.random() < 0.8 else ""
        elif c == "ssn":
            if kid:
                row[c] = ""
            else:
                row[c] = ("US_ITIN", v.us_itin(rng)) if rng.random() < 0.15 else ("US_SSN", v.us_ssn(rng))
        elif c == "dl":
            st = rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "PA"])
            row[c] = ("US_DRIVER_LICENSE", v.us_driver_license(rng, st)) if not kid and rng.random() < 0.7 else ""
        elif c == "page":
            slug = v.ascii_fold(f"{p.given_lat}-{p.family_lat}").lower().replace(" ", "-")
            row[c] = (
                (
                    "URL",
                    rng.choice(
                        [
                            f"https://www.justgiving.com/page/{slug}-{rng.randint(1, 99)}",
                            f"https://gofund.me/{slug}",
                            f"https://www.facebook.com/{slug.replace('-', '')}",
                        ]
                    ),
                )
                if rng.random() < 0.6
                else ""
            )
    return row


def _cell_text(val: Val) -> str:
    return val[1] if isinstance(val, tuple) else val


def _render(
    rng: random.Random, d: Doc, fmt: str, heads: list[str], cols: list[str], rows: list[dict[str, Val]]
) -> None:
    if fmt in ("csv", "semicolon", "tsv", "excel"):
        sep = {"csv": ",", "semicolon": ";", "tsv": "\t", "excel": "\t"}[fmt]
        d.line(sep.join(heads))
        for r in rows:
            for i, c in enumerate(cols):
                if i:
                    d.add(sep)
                val = r.get(c, "")
                txt = _cell_text(val)
                quote = (sep in txt or "," in txt and fmt == "csv") or (fmt == "csv" and rng.random() < 0.1 and txt)
                if quote:
                    d.add('"')
                d.put(val)
                if quote:
                    d.add('"')
            d.add("\n")
    elif fmt == "markdown":
        d.line("| " + " | ".join(heads) + " |")
        d.line("|" + "|".join("---" for _ in heads) + "|")
        for r in rows:
            d.add("|")
            for c in cols:
                d.add(" ").put(r.get(c, "")).add(" |")
            d.add("\n")
    else:  # fixed width
        widths = [max([len(h)] + [len(_cell_text(r.get(c, ""))) for r in rows]) + 2 for h, c in zip(heads, cols)]
        d.line("".join(h.upper().ljust(w) for h, w in zip(heads, widths)).rstrip())
        d.line("".join("-" * (w - 1) + " " for w in widths).rstrip())
        for r in rows:
            parts: list[tuple[Val, int]] = [(r.get(c, ""), w) for c, w in zip(cols, widths)]
            for j, (val, w) in enumerate(parts):
                d.put(val)
                n = len(_cell_text(val))
                if j < len(parts) - 1:
                    d.add(" " * (w - n))
            d.add("\n")


def generate(rng: random.Random, idx: int) -> Doc:
    country = rng.choice(["GB", "GB", "GB", "US", "US", "IE", "AU", "DE", "NL", "FR", "CA"])
    event = rng.choice(EVENTS)
    day = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randrange(280))
    minors = "Family" in event or "Colour" in event or "Swim" in event or rng.random() < 0.3
    local = HEAD_LOCAL.get(country) if rng.random() < 0.8 else None
    pool = [
        "email",
        "phone",
        "dob",
        "diet",
        "access",
        "shirt",
        "ice",
        "ice_phone",
        "town",
        "street",
        "pc",
        "pay",
        "handle",
        "bib",
        "team",
        "amount",
        "reg",
        "ip",
    ]
    rng.shuffle(pool)
    cols = ["first", "last"] if (local or rng.random() < 0.5) else ["name"]
    cols += pool[: rng.randint(4, 8)]
    if "Volunteer" in event or "Warehouse" in event or rng.random() < 0.15:
        cols.append("mac")
    if country == "US" and rng.random() < 0.6:
        cols += ["ssn", "dl"] if rng.random() < 0.5 else ["ssn"]
    if country == "US" and rng.random() < 0.4:
        cols += ["aba", "acct"]
    if rng.random() < 0.3:
        cols.append("page")
    if minors:
        cols += ["age", "guardian"]
    if "ice" in cols and "ice_phone" not in cols:
        cols.insert(cols.index("ice") + 1, "ice_phone")
    if local:
        cols = [c for c in cols if c in local]
    if "reg" in cols:
        cols.remove("reg")
        cols.insert(0, "reg")
    heads = [(local or HEAD_EN)[c] for c in cols]
    if not local and rng.random() < 0.4:
        heads = [h.lower().replace(" ", "_").replace("/", "_") for h in heads]
    fmt = rng.choice(["csv", "tsv", "markdown", "fixed", "excel"] if not local else ["semicolon", "csv", "excel"])
    n_rows = rng.randint(3, 9)
    rows = [_row(rng, country, cols, minors, day) for _ in range(n_rows)]
    d = Doc()
    venue_town = town(rng, country)
    title = rng.choice(
        [
            "{e} – registrations export",
            "Export: {e} ({dt})",
            "{e} sign-ups as of {dt}",
            "{e} — volunteer rota",
            "Sheet1 ({e})",
        ]
    )
    d.line(title, e=event, dt=day.strftime("%d/%m/%Y"))
    if rng.random() < 0.7:
        d.line(
            rng.choice(["Venue: {p}, {t}", "Location: {p} – {t}", "Where: {p}, {t}"]),
            p=rng.choice(
                [
                    "Riverside Park",
                    "Town Hall Ballroom",
                    "Memorial Leisure Centre",
                    "Community Hall",
                    "Victoria Park bandstand",
                    "Civic Centre atrium",
                ]
            ),
            t=("LOCATION", venue_town),
        )
    if rng.random() < 0.5:
        staff = person(rng, rng.choice(CULT[country])).latin()
        login = rng.choice(
            [f"{staff.given[0]}.{staff.family}", f"{staff.given}.{staff.family}", f"{staff.given[0]}{staff.family}"]
        )
        d.line(
            "Exported by {u} on {dt}",
            u=("USERNAME", v.ascii_fold(login).lower().replace(" ", "")),
            dt=(day - dt.timedelta(days=rng.randint(1, 30))).isoformat(),
        )
    d.line()
    _render(rng, d, fmt, heads, cols, rows)
    if rng.random() < 0.5:
        d.line()
        notes = [
            "Note: row {i} paid on the door.",
            "Rows highlighted yellow = under 16, need signed consent.",
            "TOTAL raised so far: £{m}",
            "{n} asked to be placed with {n2}'s team.",
            "Please don't forward this sheet – contains personal data!",
        ]
        pick = rng.choice(notes)
        named = [r for r in rows if isinstance(r.get(cols[0] if cols[0] != "reg" else cols[1]), tuple)]
        first_col = cols[1] if cols[0] == "reg" else cols[0]
        if "{n}" in pick and len(named) >= 2:
            a, b = rng.sample(named, 2)
            d.line(pick, n=a[first_col], n2=b[first_col])
        elif "{n}" not in pick:
            d.line(pick, i=str(rng.randint(2, n_rows + 1)), m=f"{rng.randint(300, 9000):,}")
    _ = idx
    return d
