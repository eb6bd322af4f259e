"""Register travel_records: hotel cards/folios, PNRs, boarding passes, tickets, rides, rentals, borders, visas."""

from __future__ import annotations

import datetime as dt
import random

from common import COUNTRY_NAME, ISO3, casing, contact, passport_of, per, pp_label, traveller
from doc import Doc
from people import Person, make_child, username
from places import postcode, street, town
from terms import age_text
from values import REF_DATE, credit_card, digits, fmt_date, letters, national_id, phone, plate, us_driver_license

HOTEL_LABELS = {
    "en": [
        "GUEST REGISTRATION CARD",
        "Surname",
        "First name(s)",
        "Nationality",
        "Date of birth",
        "Passport / ID no.",
        "Home address",
        "City",
        "Mobile",
        "E-mail",
        "Arrival",
        "Departure",
        "Room",
        "Vehicle reg.",
        "Accompanying persons",
        "Guest signature",
    ],
    "es": [
        "FICHA DE REGISTRO DE VIAJEROS",
        "Apellidos",
        "Nombre",
        "Nacionalidad",
        "Fecha de nacimiento",
        "N.º documento",
        "Domicilio",
        "Localidad",
        "Teléfono",
        "Correo",
        "Entrada",
        "Salida",
        "Habitación",
        "Matrícula",
        "Acompañantes",
        "Firma del huésped",
    ],
    "de": [
        "MELDESCHEIN",
        "Familienname",
        "Vorname(n)",
        "Staatsangehörigkeit",
        "Geburtsdatum",
        "Ausweis-/Pass-Nr.",
        "Anschrift",
        "Wohnort",
        "Telefon",
        "E-Mail",
        "Anreise",
        "Abreise",
        "Zimmer",
        "Kfz-Kennzeichen",
        "Mitreisende",
        "Unterschrift",
    ],
    "fr": [
        "FICHE INDIVIDUELLE DE POLICE",
        "Nom",
        "Prénom(s)",
        "Nationalité",
        "Né(e) le",
        "N° pièce d'identité",
        "Adresse",
        "Ville",
        "Tél.",
        "Courriel",
        "Arrivée",
        "Départ",
        "Chambre",
        "Immatriculation",
        "Personnes accompagnantes",
        "Signature",
    ],
    "tr": [
        "KONAKLAMA BİLDİRİM FORMU",
        "Soyadı",
        "Adı",
        "Uyruğu",
        "Doğum tarihi",
        "Pasaport/Kimlik No",
        "Adres",
        "Şehir",
        "Cep tel.",
        "E-posta",
        "Giriş",
        "Çıkış",
        "Oda no",
        "Araç plakası",
        "Refakatçiler",
        "İmza",
    ],
    "th": [
        "บัตรทะเบียนผู้เข้าพัก / REGISTRATION CARD",
        "นามสกุล / Surname",
        "ชื่อ / Name",
        "สัญชาติ / Nationality",
        "วันเกิด / DOB",
        "เลขที่หนังสือเดินทาง / Passport No",
        "ที่อยู่ / Address",
        "เมือง / City",
        "โทร / Tel",
        "อีเมล / Email",
        "วันเข้าพัก / Check-in",
        "วันออก / Check-out",
        "ห้อง / Room",
        "ทะเบียนรถ / Car plate",
        "ผู้ติดตาม / Companions",
        "ลายมือชื่อ / Signature",
    ],
    "ru": [
        "АНКЕТА ГОСТЯ",
        "Фамилия",
        "Имя",
        "Гражданство",
        "Дата рождения",
        "Документ №",
        "Адрес",
        "Город",
        "Телефон",
        "Эл. почта",
        "Заезд",
        "Выезд",
        "Номер",
        "Гос. номер авто",
        "Сопровождающие",
        "Подпись",
    ],
    "pl": [
        "KARTA MELDUNKOWA",
        "Nazwisko",
        "Imię",
        "Obywatelstwo",
        "Data urodzenia",
        "Nr dokumentu",
        "Adres",
        "Miejscowość",
        "Telefon",
        "E-mail",
        "Przyjazd",
        "Wyjazd",
        "Pokój",
        "Nr rej. pojazdu",
        "Osoby towarzyszące",
        "Podpis",
    ],
}
HOTEL_COUNTRIES = ["TH", "TR", "GB", "DE", "PL", "MY", "MX", "AM", "KZ", "NL", "FR", "KH", "LA", "NP", "AE", "UA"]
HOTEL_NAMES = [
    "Hotel Sunrise Plaza",
    "Grand Riverside Inn",
    "Sea Breeze Resort & Spa",
    "City Lodge Central",
    "Hotel Europa",
    "Golden Lotus Boutique Hotel",
    "Motel 9",
    "Park View Suites",
    "Hostel Backpackers 24",
    "Ibis Budget",
    "Royal Orchid Guesthouse",
    "Station Hotel",
    "Comfort Stay Apartments",
]


_OPTS1 = ["Central Bus Station", "Airport Terminal 1", "City Mall (main gate)", "Railway Station"]
_OPTS2 = ["Tourism", "Employment (hospitality)", "Visiting family or friends", "Study", "Other: modelling contract"]


def _stay(rng: random.Random) -> tuple[dt.date, dt.date]:
    a = REF_DATE - dt.timedelta(days=rng.randint(3, 400))
    return a, a + dt.timedelta(days=rng.randint(1, 9))


def _id_val(rng: random.Random, p: Person) -> tuple[str, str]:
    if rng.random() < 0.7:
        return passport_of(rng, p), pp_label(p.country)
    if p.country == "US":
        return us_driver_license(rng, rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "NJ"])), "US_DRIVER_LICENSE"
    return national_id(rng, p.country, p.dob, p.female, p.family_lat, p.given_lat)[1], "NATIONAL_ID"


def hotel_card(rng: random.Random, d: Doc) -> None:
    lang = rng.choice(list(HOTEL_LABELS))
    lab = HOTEL_LABELS[lang]
    hc = rng.choice([c for c in HOTEL_COUNTRIES if c != "AE"])
    g = traveller(rng)
    ht = town(rng, hc)
    hotel = rng.choice(HOTEL_NAMES)
    a, b = _stay(rng)
    sep = rng.choice([": ", ":  ", " - ", " | ", ":\t".replace("\t", "   ")])
    d.t("{h} — {hotel}, {t}\n", h=lab[0], hotel=hotel, t=(ht.latin, "LOCATION"))
    d.add(f"Reg. no {digits(rng, 6)}   Folio {letters(rng, 1)}{digits(rng, 5)}\n")
    if rng.random() < 0.5:
        d.add("-" * rng.randint(20, 44) + "\n")
    up = rng.random() < 0.5
    fam = g.family_lat or g.given_lat
    giv = g.given_lat if g.family_lat else ""
    d.t("{l}{s}{v}\n", l=lab[1], s=sep, v=per(fam.upper() if up else fam))
    if giv:
        d.t("{l}{s}{v}\n", l=lab[2], s=sep, v=per(giv.upper() if up else giv))
    if (
        g.culture.lang not in ("en", "pl", "nl", "pt", "ms", "tr", "es", "fr", "de", "ro", "fil", "zu", "ha", "vi")
        and rng.random() < 0.5
    ):
        d.t("Name (native script): {v}\n", v=per(g.full()))
    fields: list[tuple[str, object]] = []
    idv, idl = _id_val(rng, g)
    fields.append((lab[3], COUNTRY_NAME.get(g.country, g.country).upper() if up else COUNTRY_NAME.get(g.country, "")))
    fields.append((lab[4], (fmt_date(rng, g.dob), "DATE_OF_BIRTH")))
    fields.append((lab[5], (idv, idl)))
    ph, em = contact(rng, g)
    hh = town(rng, g.country)
    fields.append((lab[6], (street(rng, g.country), "STREET_ADDRESS")))
    fields.append((lab[7], (hh.latin if rng.random() < 0.6 else hh.name, "LOCATION")))
    fields.append((lab[8], (ph, "PHONE_NUMBER")))
    if rng.random() < 0.7:
        fields.append((lab[9], (em, "EMAIL_ADDRESS")))
    fields.append((lab[10], fmt_date(rng, a, "dmy/")))
    fields.append((lab[11], fmt_date(rng, b, "dmy/")))
    fields.append((lab[12], str(rng.randint(101, 940))))
    if rng.random() < 0.35:
        fields.append((lab[13], (plate(rng, rng.choice([g.country, hc])), "VEHICLE_PLATE")))
    head, tail = fields[:3], fields[3:]
    rng.shuffle(tail)
    for k, v in head + tail:
        if isinstance(v, tuple):
            d.t("{k}{s}{v}\n", k=k, s=sep, v=v)
        else:
            d.add(f"{k}{sep}{v}\n")
    if rng.random() < 0.6:
        d.add(f"{lab[14]}{sep}")
        for i in range(rng.randint(1, 2)):
            if i:
                d.add("; ")
            if rng.random() < 0.6:
                c = make_child(rng, g.culture.code, 6, 16, family_of=g)
                d.t("{n} ({a})", n=per(c.full_lat()), a=(age_text(rng, c.age, 0.0), "MINOR_AGE"))
            else:
                c = make_child(rng, rng.choice(["en_gb", "uk", "ru", "tr", "th", g.culture.code]), 16, 17)
                d.t("{n}, DOB {b}", n=per(c.full_lat()), b=(fmt_date(rng, c.dob), "DATE_OF_BIRTH"))
        d.nl()
    d.add(
        rng.choice(
            [
                "Payment: cash on arrival\n",
                "Guarantee: OTA prepaid (Booking.com)\n",
                "Walk-in. Deposit taken.\n",
                "Rate: BAR RO\n",
            ]
        )
    )
    d.add(f"{lab[15]}{sep}______________   Reception: {rng.choice(['night shift', 'FO desk 2', 'duty manager'])}\n")


def hotel_folio(rng: random.Random, d: Doc) -> None:
    g = traveller(rng)
    hc = rng.choice(["GB", "TH", "MY", "DE", "TR", "NL", "PL", "US", "ZA", "KZ"])
    ht = town(rng, hc)
    a, b = _stay(rng)
    cur = {
        "GB": "GBP",
        "TH": "THB",
        "MY": "MYR",
        "DE": "EUR",
        "TR": "TRY",
        "NL": "EUR",
        "PL": "PLN",
        "US": "USD",
        "ZA": "ZAR",
        "KZ": "KZT",
    }[hc]
    title = "MS" if g.female else "MR"
    d.t("{hotel}\n{t}\nINFORMATION INVOICE / FOLIO\n\n", hotel=rng.choice(HOTEL_NAMES), t=(ht.latin, "LOCATION"))
    nm = g.full_lat(family_first=rng.random() < 0.4)
    d.t("Guest: {t} {n}\n", t=title, n=per(casing(rng, nm, 0.6)))
    if rng.random() < 0.6:
        d.t(
            "Address: {s}\n         {z} {c}\n         {cn}\n",
            s=(street(rng, g.country), "STREET_ADDRESS"),
            z=postcode(rng, g.country),
            c=(town(rng, g.country).latin, "LOCATION"),
            cn=COUNTRY_NAME.get(g.country, ""),
        )
    d.add(
        f"Room {rng.randint(100, 1500)}   Arrival {fmt_date(rng, a, 'dmy.')}   Departure {fmt_date(rng, b, 'dmy.')}\n"
    )
    d.add(f"Folio No. {digits(rng, 7)}   Conf. {letters(rng, 2)}{digits(rng, 6)}   Page 1 of 1\n\n")
    d.add("Date        Description                 Amount\n")
    day = a
    items = [
        "Accommodation",
        "Breakfast",
        "Minibar",
        "Room service",
        "Laundry",
        "City tax",
        "Parking",
        "Pay TV",
        "Bar",
        "Late check-out",
    ]
    for _ in range(rng.randint(3, 8)):
        d.add(f"{day:%d.%m.%y}    {rng.choice(items):<26}  {rng.randint(3, 250)}.{rng.randint(0, 99):02d} {cur}\n")
        day += dt.timedelta(days=rng.choice([0, 1]))
    d.add(f"\nBalance due: 0.00 {cur}\n")
    pay = rng.random()
    if pay < 0.5:
        d.t(
            "Settled to card {c} exp {e}\n",
            c=(credit_card(rng), "CREDIT_CARD"),
            e=f"{rng.randint(1, 12):02d}/{rng.randint(25, 29)}",
        )
    elif pay < 0.7:
        d.add("Settled: CASH\n")
    else:
        d.add(
            "Settled: City ledger – " + rng.choice(["Acme Logistics Ltd", "TravelNet GmbH", "Blue Ocean Tours"]) + "\n"
        )
    if rng.random() < 0.5:
        d.t("E-folio sent to {e}\n", e=(contact(rng, g)[1], "EMAIL_ADDRESS"))
    if rng.random() < 0.4:
        other = traveller(rng, [g.culture.code, "en_gb", "ru", "th"])
        d.t(
            "Sharer: {n} (DOB {b})\n",
            n=per(other.full_lat().upper()),
            b=(fmt_date(rng, other.dob, "short"), "DATE_OF_BIRTH"),
        )
    d.add(
        rng.choice(
            ["Thank you for staying with us.\n", "VAT reg. shown on request.\n", "We hope to welcome you back soon!\n"]
        )
    )


AIRLINES = [
    ("LO", "WAW"),
    ("SU", "SVO"),
    ("TK", "IST"),
    ("PS", "KBP"),
    ("QR", "DOH"),
    ("EK", "DXB"),
    ("AI", "DEL"),
    ("MH", "KUL"),
    ("TG", "BKK"),
    ("VN", "HAN"),
    ("KE", "ICN"),
    ("BA", "LHR"),
    ("KL", "AMS"),
    ("LA", "GRU"),
    ("UL", "CMB"),
    ("KC", "ALA"),
    ("OM", "ULN"),
    ("RA", "KTM"),
    ("QV", "VTE"),
    ("ET", "ADD"),
    ("W6", "BUD"),
]
AIRPORTS = [
    "LHR",
    "MAN",
    "DXB",
    "IST",
    "WAW",
    "KRK",
    "AMS",
    "GRU",
    "KUL",
    "BKK",
    "PNH",
    "RGN",
    "EVN",
    "ALA",
    "KTM",
    "DEL",
    "HYD",
    "COK",
    "AMD",
    "VTE",
    "ULN",
    "LOS",
    "KAN",
    "JNB",
    "DUR",
    "YYZ",
    "SYD",
    "DUB",
    "JFK",
    "LAX",
]


def pnr(rng: random.Random, d: Doc) -> None:
    al, hub = rng.choice(AIRLINES)
    lead = traveller(rng)
    loc = letters(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    d.add(
        f"RP/{hub}{al}0{digits(rng, 3)}/{hub}{al}0{digits(rng, 3)}  "
        f"{rng.choice(['AA', 'SU', 'GS'])}/{rng.choice(['SU', 'GS'])}"
        f"  {fmt_date(rng, REF_DATE - dt.timedelta(days=rng.randint(1, 200)), 'pnr')[:5]}/{rng.randint(0, 23):02d}"
        f"{rng.randint(0, 59):02d}Z   {loc}\n"
    )
    pax: list[tuple[Person, str]] = [(lead, "MRS" if lead.female else "MR")]
    if rng.random() < 0.7:
        for _ in range(rng.randint(1, 2)):
            c = make_child(rng, lead.culture.code, 2, 15, family_of=lead)
            pax.append((c, "MSTR" if not c.female else "MISS"))
    if rng.random() < 0.3:
        pax.append((traveller(rng), "MR"))
    n = 1
    for p, t in pax:
        nm = (
            f"{(p.family_lat or p.given_lat).upper().replace(' ', '')}"
            f"/{(p.given_lat if p.family_lat else 'FNU').upper()}"
        )
        d.t("  {n}.{nm} {t}", n=str(n), nm=per(nm), t=t)
        if t in ("MSTR", "MISS"):
            d.t("(CHD/{dob})", dob=(fmt_date(rng, p.dob, "pnr"), "DATE_OF_BIRTH"))
        d.nl()
        n += 1
    dep = REF_DATE + dt.timedelta(days=rng.randint(-120, 60))
    o, dst = rng.sample(AIRPORTS, 2)
    for _ in range(rng.randint(1, 3)):
        d.add(
            f"  {n}  {al} {rng.randint(10, 999):>3} {rng.choice('YBMHQVKLTE')} {dep.day:02d}{dep:%b}".upper()
            + f" {rng.randint(1, 7)} {o}{dst} HK{len(pax)}  {rng.randint(0, 23):02d}{rng.randint(0, 5)}5 "
            f"{rng.randint(0, 23):02d}{rng.randint(0, 5)}0   E {al}/{loc}\n"
        )
        o, dst = dst, rng.choice(AIRPORTS)
        dep += dt.timedelta(days=rng.randint(0, 6))
        n += 1
    ph, em = contact(rng, lead)
    d.t(
        "  {n} AP {c} {p} - {k}\n",
        n=str(n),
        c=rng.choice(AIRPORTS[:10]),
        p=(ph, "PHONE_NUMBER"),
        k=rng.choice(["M", "H", "B"]),
    )
    n += 1
    if rng.random() < 0.6:
        d.t("  {n} APE {e}\n", n=str(n), e=(em.upper(), "EMAIL_ADDRESS"))
        n += 1
    d.add(f"  {n} TK OK{dep.day:02d}{dep:%b}/{hub}{al}0{digits(rng, 3)}\n".upper())
    n += 1
    for i, (p, _) in enumerate(pax, 1):
        if p.age < 12 and rng.random() < 0.5:
            continue
        doc = passport_of(rng, p)
        exp = dt.date(REF_DATE.year + rng.randint(1, 9), rng.randint(1, 12), rng.randint(1, 28))
        nm = (
            f"{(p.family_lat or p.given_lat).upper().replace(' ', '')}"
            f"/{(p.given_lat if p.family_lat else 'FNU').upper()}"
        )
        d.t(
            "  {n} SSR DOCS {al} HK1 P/{c}/{doc}/{c}/{dob}/{sx}/{exp}/{nm}/P{i}\n",
            n=str(n),
            al=al,
            c=ISO3.get(p.country, "XXX"),
            doc=(doc, pp_label(p.country)),
            dob=(fmt_date(rng, p.dob, "pnr"), "DATE_OF_BIRTH"),
            sx=("F" if p.female else "M") + ("I" if p.age < 2 else ""),
            exp=fmt_date(rng, exp, "pnr"),
            nm=per(nm),
            i=str(i),
        )
        n += 1
    if rng.random() < 0.7:
        local, _, dom = em.partition("@")
        d.t("  {n} SSR CTCE {al} HK1 {e}/P1\n", n=str(n), al=al, e=(f"{local}//{dom}".upper(), "EMAIL_ADDRESS"))
        n += 1
        cc = "".join(ch for ch in ph if ch.isdigit())
        d.t("  {n} SSR CTCM {al} HK1 {p}/P1\n", n=str(n), al=al, p=(cc, "PHONE_NUMBER"))
        n += 1
    if rng.random() < 0.5:
        d.add(f"  {n} SSR {rng.choice(['CHML', 'VGML', 'WCHR', 'UMNR'])} {al} HK1/S{rng.randint(2, 3)}/P{len(pax)}\n")
        n += 1
    if rng.random() < 0.6:
        t = town(rng, rng.choice(["GB", "DE", "TR", "TH", "MY", "PL", "NL", "UA"]))
        d.t(
            "  {n} RM PAX STATES VISITING {r} IN {t} - RTN NOT CONFIRMED\n",
            n=str(n),
            r=rng.choice(["UNCLE", "FRIEND", "COUSIN", "BOYFRIEND", "AGENT"]),
            t=(t.latin.upper(), "LOCATION"),
        )
        n += 1
    d.add(
        f"  {n} FA PAX "
        f"{digits(rng, 3)}-{digits(rng, 10)}/ETLO/{rng.choice(['EUR', 'USD', 'GBP'])}{rng.randint(90, 1900)}.00\n"
    )
    d.add(f"  {n + 1} FP {rng.choice(['CASH', 'CC', 'INVAGT'])}\n")


def boarding_pass(rng: random.Random, d: Doc) -> None:
    p = traveller(rng)
    al, hub = rng.choice(AIRLINES)
    o_c = rng.choice(["TH", "MY", "TR", "GB", "PL", "NL", "IN", "KH", "NP", "VN", "AM", "KZ", "MN", "LA", "MM", "NG"])
    d_c = rng.choice(["GB", "DE", "TH", "MY", "FR", "NL", "TR", "PL", "IN", "ZA", "US", "CA", "AU"])
    ot, dt_ = town(rng, o_c), town(rng, d_c)
    fam = (p.family_lat or p.given_lat).upper()
    giv = (p.given_lat if p.family_lat else "").upper()
    loc = letters(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    flt = f"{al}{rng.randint(10, 999)}"
    seat = f"{rng.randint(1, 45)}{rng.choice('ABCDEFHJK')}"
    dep = REF_DATE - dt.timedelta(days=rng.randint(1, 300))
    d.add(
        rng.choice(
            [
                "BOARDING PASS",
                "CARTE D'EMBARQUEMENT / BOARDING PASS",
                "BORDKARTE",
                "KARTA POKŁADOWA",
                "BOARDING PASS — MOBILE",
            ]
        )
        + "\n"
    )
    d.t("Name of passenger: {n} {t}\n", n=per(f"{fam}/{giv}" if giv else fam), t="MS" if p.female else "MR")
    d.t("From: {o}   To: {t}\n", o=(ot.latin.upper(), "LOCATION"), t=(dt_.latin.upper(), "LOCATION"))
    d.add(
        f"Flight {flt}   Date {dep:%d%b}".upper() + f"   Gate {rng.choice('ABCDE')}{rng.randint(1, 60)}   Boarding "
        f"{rng.randint(5, 23):02d}:{rng.choice(['05', '20', '35', '50'])}\n"
    )
    d.add(
        f"Seat {seat}   Seq {rng.randint(1, 300):03d}   Class {rng.choice(['Y', 'ECONOMY', 'M'])}   Booking ref {loc}\n"
    )
    if rng.random() < 0.5:
        d.t("Frequent traveller: not enrolled   Doc: {doc}\n", doc=(passport_of(rng, p), pp_label(p.country)))
    if rng.random() < 0.5:
        d.add(rng.choice(["SSSS\n", "ZONE 3\n", "PRIORITY\n", "GATE CLOSES 20 MIN BEFORE DEPARTURE\n"]))
    nm = f"{fam}/{giv}"[:20]
    while nm.endswith("/") or nm.endswith(" "):
        nm = nm[:-1]
    pad = " " * (20 - len(nm))
    o3, t3 = rng.sample(AIRPORTS, 2)
    tail = f"E{loc} {o3}{t3}{al:<3} {flt[2:]:0>4} {dep.timetuple().tm_yday:03d}Y{seat:0>4}{rng.randint(1, 300):04d} 100"
    d.t("[barcode] M1{nm}{pad}{tail}\n", nm=per(nm), pad=pad, tail=tail)
    if rng.random() < 0.5:
        d.t(
            "Printed at kiosk {k}. Contact on file: {ph}\n",
            k=str(rng.randint(1, 40)),
            ph=(phone(rng, p.country, "e164"), "PHONE_NUMBER"),
        )


def _route(rng: random.Random, countries: list[str]) -> tuple[str, str]:
    a = town(rng, rng.choice(countries))
    b = town(rng, rng.choice(countries))
    while b.name == a.name:
        b = town(rng, rng.choice(countries))
    return (a.name if rng.random() < 0.5 else a.latin), (b.name if rng.random() < 0.5 else b.latin)


def ground_ticket(rng: random.Random, d: Doc) -> None:
    kind = rng.choice(["flix", "uz", "irctc", "pkp", "12go", "greyhound", "ktm"])
    if kind == "uz":
        p = traveller(rng, ["uk"])
        a, b = _route(rng, ["UA"])
        d.add("УКРЗАЛІЗНИЦЯ  ·  ПОСАДКОВИЙ ДОКУМЕНТ\n")
        d.t(
            "Поїзд № {tr} {a} — {b}\n",
            tr=f"{rng.randint(1, 150):03d}{rng.choice(['К', 'Л', 'О'])}",
            a=(a, "LOCATION"),
            b=(b, "LOCATION"),
        )
        d.add(f"Вагон {rng.randint(1, 18):02d}  Місце {rng.randint(1, 54):03d}  Купе\n")
        d.t("Прізвище, Ім'я: {n}\n", n=per(f"{p.family.upper()} {p.given.upper()}"))
        if rng.random() < 0.7:
            d.t("Документ: {k} {v}\n", k=rng.choice(["паспорт", "ID-картка"]), v=(passport_of(rng, p), "NATIONAL_ID"))
        for _ in range(rng.randint(0, 2)):
            c = make_child(rng, "uk", 4, 15, family_of=p)
            d.t("Дитячий: {n}, {a} р.\n", n=per(f"{c.family} {c.given}"), a=(str(c.age), "MINOR_AGE"))
        d.add(
            f"Вартість: {rng.randint(300, 2400)},{rng.randint(0, 99):02d} грн  Бланк "
            f"{letters(rng, 2, 'ЕКМТ')}{digits(rng, 6)}\n"
        )
        d.t("Телефон покупця: {ph}\n", ph=(phone(rng, "UA"), "PHONE_NUMBER"))
        return
    if kind == "irctc":
        d.add("IRCTC ELECTRONIC RESERVATION SLIP (ERS)\n")
        d.add(
            f"PNR No: {digits(rng, 10, True)}   Train No./Name: "
            f"{rng.randint(12001, 22999)}"
            f"/{rng.choice(['SAMPARK KRANTI', 'DURONTO EXP', 'GARIB RATH', 'SF EXPRESS'])}\n"
        )
        a, b = _route(rng, ["IN"])
        d.t(
            "From: {a}   To: {b}   Class: {c}\n",
            a=(a.upper(), "LOCATION"),
            b=(b.upper(), "LOCATION"),
            c=rng.choice(["SL", "3A", "2S", "CC"]),
        )
        d.add("Passenger Details:\n#  Name                 Age  Gender  Booking Status\n")
        code = rng.choice(["en_in", "pa", "te", "ml", "gu"])
        lead = traveller(rng, [code])
        group = [lead] + [make_child(rng, code, 5, 17, family_of=lead) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.4:
            group.append(traveller(rng, [code]))
        for i, p in enumerate(group, 1):
            lbl = "MINOR_AGE" if p.age < 18 else "AGE"
            d.t(
                "{i}  {n}  {a}  {g}  CNF/S{co}/{b}\n",
                i=str(i),
                n=per(p.full_lat().upper()),
                a=(str(p.age), lbl),
                g="F" if p.female else "M",
                co=str(rng.randint(1, 12)),
                b=str(rng.randint(1, 72)),
            )
        mob = phone(rng, "IN", rng.choice(["natl", "compact", "intl"]))
        d.t("User ID: {u}   Mobile: {m}\n", u=(username(rng, lead, False), "USERNAME"), m=(mob, "PHONE_NUMBER"))
        d.add(f"Transaction ID: {digits(rng, 11, True)}   Total Fare: ₹{rng.randint(200, 4000)}.00\n")
        return
    if kind == "pkp":
        p = traveller(rng, ["pl", "uk"])
        a, b = _route(rng, ["PL"])
        d.add("PKP Intercity — bilet na przejazd\n")
        d.t("Od: {a}  Do: {b}\n", a=(a, "LOCATION"), b=(b, "LOCATION"))
        d.add(f"Pociąg TLK {rng.randint(10000, 99999)}  wagon {rng.randint(1, 14)} miejsce {rng.randint(11, 88)}\n")
        d.t(
            "Podróżny: {n}\nDokument: {k} {v}\n",
            n=per(p.full_lat() if p.culture.code == "uk" else p.full()),
            k=rng.choice(["dowód osobisty", "paszport"]),
            v=(passport_of(rng, p), "NATIONAL_ID"),
        )
        if rng.random() < 0.6:
            d.t("E-mail: {e}\n", e=(contact(rng, p)[1], "EMAIL_ADDRESS"))
        d.add(
            f"Nr biletu: {letters(rng, 2)}{digits(rng, 8)}  Cena: {rng.randint(20, 190)},{rng.randint(0, 99):02d} zł\n"
        )
        return
    if kind == "12go":
        p = traveller(rng, ["km", "lo", "my", "th", "vi", "en_gb", "ru"])
        cs = ["KH", "TH"] if rng.random() < 0.5 else ["LA", "TH"]
        a, b = _route(rng, cs)
        d.add("E-TICKET • Bus / Minivan\n")
        d.t("{a} → {b}\n", a=(a, "LOCATION"), b=(b, "LOCATION"))
        d.add(
            f"Operator: {rng.choice(['Giant Ibis', 'Mekong Express', 'Virak Buntham', 'Nakhonchai Air'])}   "
            f"Booking #{digits(rng, 8)}\n"
        )
        d.t("Passenger: {n} ({nn})\n", n=per(p.full_lat()), nn=per(p.full()))
        d.t(
            "Passport: {v}\nPhone: {ph}\n",
            v=(passport_of(rng, p), pp_label(p.country)),
            ph=(phone(rng, p.country), "PHONE_NUMBER"),
        )
        d.add(f"Seats: {rng.randint(1, 40)}   Pick-up: office, 30 min before departure\n")
        return
    if kind == "greyhound":
        p = traveller(rng, ["en_us", "es"])
        a, b = _route(rng, ["US"])
        d.add("GREYHOUND  ·  Booking confirmation\n")
        d.t("Passenger: {n}\n", n=per(casing(rng, p.full_lat(), 0.5)))
        d.t(
            "Depart: {a}, {st}  →  Arrive: {b}\n",
            a=(a, "LOCATION"),
            st=rng.choice(["TX", "CA", "OH", "NV"]),
            b=(b, "LOCATION"),
        )
        d.add(f"Confirmation #{digits(rng, 10)}   Fare: ${rng.randint(19, 180)}.{rng.randint(0, 99):02d}\n")
        if rng.random() < 0.5:
            d.t("Paid with card {c}\n", c=(credit_card(rng, "visa"), "CREDIT_CARD"))
        d.t(
            "Contact: {e} / {ph}\n",
            e=(contact(rng, p)[1], "EMAIL_ADDRESS"),
            ph=(phone(rng, "US", rng.choice(["natl", "dash"])), "PHONE_NUMBER"),
        )
        if rng.random() < 0.5:
            c = make_child(rng, p.culture.code, 12, 16)
            d.t(
                "Unaccompanied child policy acknowledged for {n}, age {a}\n",
                n=per(c.full_lat()),
                a=(str(c.age), "MINOR_AGE"),
            )
        return
    if kind == "ktm":
        p = traveller(rng, ["ms", "zh", "en_in"])
        a, b = _route(rng, ["MY"])
        d.add("KTM Berhad — e-Tiket ETS\n")
        d.t("Nama Penumpang / Passenger: {n}\n", n=per(p.full_lat().upper()))
        kind_id, v = national_id(rng, "MY", p.dob, p.female) if p.country == "MY" else ("passport", passport_of(rng, p))
        d.t("No. KP/Pasport: {v}\n", v=(v, pp_label(p.country)))
        d.t("Dari: {a}  Ke: {b}\n", a=(a.upper(), "LOCATION"), b=(b.upper(), "LOCATION"))
        d.add(
            f"Koc {rng.choice('ABCDEF')}  Kerusi {rng.randint(1, 60)}{rng.choice('ABCD')}  Harga "
            f"RM{rng.randint(12, 90)}.00\n"
        )
        return
    p = traveller(rng, ["de", "fr", "pl", "ro", "nl", "uk", "tr", "en_gb"])
    a, b = _route(rng, ["DE", "FR", "PL", "NL", "RO"])
    d.add("FlixBus — Booking confirmation\n")
    d.t("{a} → {b}\n", a=(a, "LOCATION"), b=(b, "LOCATION"))
    d.add(f"Booking number: {digits(rng, 10)}   Line N{rng.randint(100, 999)}\n")
    for i in range(rng.randint(1, 3)):
        q = p if i == 0 else traveller(rng, [p.culture.code])
        d.t("Passenger {i}: {n}\n", i=str(i + 1), n=per(q.full_lat()))
    if rng.random() < 0.7:
        d.t("Booked by: {e}\n", e=(contact(rng, p)[1], "EMAIL_ADDRESS"))
    d.add("Please show a valid ID when boarding. Luggage: 1 x hand, 1 x hold.\n")


RIDE_APPS = [
    ("Uber", "GB"),
    ("Bolt", "PL"),
    ("Grab", "MY"),
    ("Careem", "TR"),
    ("inDrive", "KZ"),
    ("Bolt", "UA"),
    ("Uber", "US"),
    ("PassApp", "KH"),
    ("Grab", "TH"),
    ("Pathao", "NP"),
    ("Uber", "ZA"),
    ("Rapido", "IN"),
    ("Yandex Go", "AM"),
    ("UB Cab", "MN"),
    ("99", "BR"),
    ("Uber", "NL"),
    ("LOCA", "LA"),
    ("Bolt", "NG"),
]


def ride_receipt(rng: random.Random, d: Doc) -> None:
    app, c = rng.choice(RIDE_APPS)
    natives = {
        "UA": "uk",
        "PL": "pl",
        "MY": "ms",
        "TR": "tr",
        "KZ": "kk",
        "GB": "en_gb",
        "US": "en_us",
        "KH": "km",
        "TH": "th",
        "NP": "ne",
        "ZA": "zu",
        "IN": "en_in",
        "AM": "hy",
        "MN": "mn",
        "BR": "pt_br",
        "NL": "nl",
        "LA": "lo",
        "NG": "yo",
    }
    rider = traveller(rng, [natives[c], natives[c], "en_gb", "ru"])
    driver = traveller(rng, [natives[c]])
    t = town(rng, c)
    when = REF_DATE - dt.timedelta(days=rng.randint(1, 500))
    d.add(
        f"{app}\n{rng.choice(['Your trip receipt', 'Trip details', 'Thanks for riding', 'Receipt'])}"
        f"\n{when:%d %b %Y} • {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n\n"
    )
    d.t("Rider: {r}\n", r=per(rider.firstname_lat() if rng.random() < 0.5 else rider.full_lat()))
    if rng.random() < 0.6:
        d.t("Account phone: {p}\n", p=(phone(rng, c, rng.choice(["intl", "e164", "natl"])), "PHONE_NUMBER"))
    d.t(
        "Pickup: {s}, {t}\n",
        s=(street(rng, c), "STREET_ADDRESS"),
        t=(t.name if rng.random() < 0.5 else t.latin, "LOCATION"),
    )
    if rng.random() < 0.5:
        d.t("Drop-off: {s}\n", s=(street(rng, c), "STREET_ADDRESS"))
    else:
        d.add(f"Drop-off: {rng.choice(_OPTS1)}\n")
    d.add(f"Distance {rng.randint(1, 40)}.{rng.randint(0, 9)} km  ·  Duration {rng.randint(4, 70)} min\n")
    d.add(f"Fare {rng.randint(3, 90)}.{rng.randint(0, 99):02d}  ·  Paid: {rng.choice(['Cash', 'Wallet', 'Card'])}\n")
    dn = driver.firstname_lat() if rng.random() < 0.6 else driver.full_lat()
    d.t("Your driver: {n}  ★{s}\n", n=per(dn), s=f"{rng.uniform(4.5, 5.0):.2f}")
    d.t(
        "Vehicle: {m} · {pl}\n",
        m=rng.choice(
            [
                "Toyota Prius",
                "Kia Rio",
                "Perodua Myvi",
                "Hyundai Accent",
                "Skoda Octavia",
                "Honda Wave (moto)",
                "Toyota Vios",
                "Suzuki Swift",
            ]
        ),
        pl=(plate(rng, c), "VEHICLE_PLATE"),
    )
    if rng.random() < 0.3:
        d.add("Trip ID " + "".join(rng.choice("0123456789abcdef") for _ in range(8)) + "\n")
    if rng.random() < 0.3:
        d.t("Shared trip with {n}\n", n=per(traveller(rng, [natives[c]]).firstname_lat()))


def car_rental(rng: random.Random, d: Doc) -> None:
    c = rng.choice(["US", "US", "GB", "DE", "PL", "TH", "ZA", "MX", "AU", "CA", "MY", "TR"])
    r = traveller(rng)
    pick, ret = town(rng, c), town(rng, c)
    d.add(
        rng.choice(
            [
                "RENTAL AGREEMENT",
                "VEHICLE HIRE AGREEMENT",
                "Mietvertrag / Rental Agreement",
                "CONTRATO DE ARRENDAMIENTO",
            ]
        )
    )
    d.add(f"  No. {letters(rng, 2)}{digits(rng, 8)}\n")
    d.add(f"Branch: {rng.choice(['Airport', 'Downtown', 'Rail station'])} — ")
    d.t("{t}\n", t=(pick.latin, "LOCATION"))
    d.t("Renter: {n}\n", n=per(casing(rng, r.full_lat(), 0.5)))
    d.t("Date of birth: {b}\n", b=(fmt_date(rng, r.dob, "mdy/" if c == "US" else None), "DATE_OF_BIRTH"))
    if r.country == "US":
        st = rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "NJ"])
        d.t("Driver licence: {v} ({st})\n", v=(us_driver_license(rng, st), "US_DRIVER_LICENSE"), st=st)
    else:
        kind, v = national_id(rng, r.country, r.dob, r.female, r.family_lat, r.given_lat)
        d.t("Driving licence / ID: {v} ({c})\n", v=(v, "NATIONAL_ID"), c=ISO3.get(r.country, ""))
    d.t(
        "Address: {s}, {t} {z}\n",
        s=(street(rng, r.country), "STREET_ADDRESS"),
        t=(town(rng, r.country).latin, "LOCATION"),
        z=postcode(rng, r.country),
    )
    ph, em = contact(rng, r)
    d.t("Tel: {p}   Email: {e}\n", p=(ph, "PHONE_NUMBER"), e=(em, "EMAIL_ADDRESS"))
    d.t(
        "Vehicle: {m}  Reg: {pl}  Fuel: full  Odometer: {o} km\n",
        m=rng.choice(["VW Polo", "Toyota Corolla", "Nissan Versa", "Ford Focus", "Kia Picanto", "Chevrolet Spark"]),
        pl=(plate(rng, c), "VEHICLE_PLATE"),
        o=str(rng.randint(3000, 90000)),
    )
    out = REF_DATE - dt.timedelta(days=rng.randint(2, 300))
    d.add(
        f"Out: {fmt_date(rng, out, 'dmy/')} {rng.randint(7, 20)}:00   Due: "
        f"{fmt_date(rng, out + dt.timedelta(days=rng.randint(1, 14)), 'dmy/')}   "
    )
    d.t("Return: {t}\n", t=(ret.latin, "LOCATION"))
    if rng.random() < 0.5:
        a = traveller(rng)
        d.t(
            "Additional driver: {n}, DOB {b}, licence {v}\n",
            n=per(a.full_lat()),
            b=(fmt_date(rng, a.dob), "DATE_OF_BIRTH"),
            v=(
                us_driver_license(rng, "TX") if a.country == "US" else national_id(rng, a.country, a.dob, a.female)[1],
                "US_DRIVER_LICENSE" if a.country == "US" else "NATIONAL_ID",
            ),
        )
    d.t("Pre-authorisation on card {cc}\n", cc=(credit_card(rng), "CREDIT_CARD"))
    d.add(
        rng.choice(
            ["Damage excess: 1,200.00\n", "CDW declined.\n", "Young driver surcharge applies.\n", "Toll pass: yes\n"]
        )
    )
    d.add("Customer signature: ____________\n")


BORDERS = [
    ("UA", "PL", "uk"),
    ("PL", "UA", "pl"),
    ("TH", "KH", "km"),
    ("MM", "TH", "my"),
    ("KZ", "RU", "kk"),
    ("MN", "CN", "mn"),
    ("US", "MX", "es"),
    ("NP", "IN", "ne"),
    ("LA", "TH", "lo"),
    ("AM", "GR", "hy"),
    ("MY", "TH", "ms"),
    ("ZA", "ZA", "zu"),
    ("NG", "NG", "ha"),
]


def border(rng: random.Random, d: Doc) -> None:
    here, there, code = rng.choice(BORDERS)
    p = traveller(rng, [code], 20, 55)
    cp = town(rng, here)
    when = REF_DATE - dt.timedelta(days=rng.randint(1, 700))
    d.add(
        rng.choice(
            [
                "BORDER CROSSING RECORD — EXTRACT",
                "Entry/Exit database printout",
                "ВИТЯГ: перетин державного кордону",
                "Checkpoint log (extract for referral)",
                "IMMIGRATION MOVEMENT RECORD",
            ]
        )
        + "\n"
    )
    d.t(
        "Checkpoint: {t} / {dir}\n",
        t=(cp.name if rng.random() < 0.5 else cp.latin, "LOCATION"),
        dir=rng.choice(["EXIT", "ENTRY", "виїзд", "в'їзд", "departure"]),
    )
    d.add(f"Date/time: {when:%Y-%m-%d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}   Lane {rng.randint(1, 12)}\n")
    d.t("Traveller: {n}", n=per(p.full_lat().upper()))
    if p.full() != p.full_lat():
        d.t(" / {n}", n=per(p.full()))
    d.nl()
    d.t(
        "DOB: {b}   Sex: {s}   Citizenship: {c}\n",
        b=(fmt_date(rng, p.dob, rng.choice(["dmy.", "iso", "short"])), "DATE_OF_BIRTH"),
        s="F" if p.female else "M",
        c=ISO3.get(p.country, ""),
    )
    d.t("Travel document: {v}\n", v=(passport_of(rng, p), pp_label(p.country)))
    if rng.random() < 0.5:
        d.t(
            "Vehicle: {m}, reg. {pl}\n",
            m=rng.choice(["Mercedes Sprinter (minibus)", "Toyota Hiace", "VW Passat", "Lada Granta"]),
            pl=(plate(rng, here), "VEHICLE_PLATE"),
        )
    kids = [make_child(rng, code, 3, 17, family_of=None if rng.random() < 0.5 else p) for _ in range(rng.randint(1, 3))]
    d.add("Accompanied minors:\n")
    for k in kids:
        d.t(
            " - {n}, {b} ({a} y/o)\n",
            n=per(k.full_lat()),
            b=(fmt_date(rng, k.dob, "dmy."), "DATE_OF_BIRTH"),
            a=(str(k.age), "MINOR_AGE"),
        )
    note = rng.random()
    if note < 0.5:
        m = traveller(rng, [code], 25, 45)
        d.t(
            "Officer note: adult is not a parent. Notarised consent from mother {n} presented; mother's phone {ph} "
            "— call unanswered.\n",
            n=per(m.full_lat()),
            ph=(phone(rng, here), "PHONE_NUMBER"),
        )
    elif note < 0.8:
        d.t(
            "Officer note: states travelling for seasonal work in {t}; no return ticket. Referred to second line.\n",
            t=(
                town(rng, there).latin
                if there in ("PL", "TH", "RU", "CN", "MX", "IN", "GR")
                else town(rng, "TH").latin,
                "LOCATION",
            ),
        )
    else:
        d.add("Officer note: documents in order; children quiet, did not answer questions themselves.\n")
    d.add(f"Officer ID {digits(rng, 5)}   Record {letters(rng, 3)}-{digits(rng, 9)}\n")


def visa_app(rng: random.Random, d: Doc) -> None:
    p = traveller(
        rng,
        ["uk", "kk", "hy", "ne", "si", "km", "my", "lo", "mn", "yo", "ha", "en_in", "pt_br", "vi", "fil", "ms"],
        19,
        45,
    )
    dest = rng.choice(
        [
            "Schengen (Germany)",
            "United Kingdom",
            "Japan",
            "Korea",
            "Türkiye e-Visa",
            "Poland (national D)",
            "Malaysia eVISA",
            "Thailand",
        ]
    )
    d.add(f"VISA APPLICATION — {dest} — data extract\n")
    d.add(
        f"Application no. {letters(rng, 3)}{digits(rng, 10)}   Lodged "
        f"{fmt_date(rng, REF_DATE - dt.timedelta(days=rng.randint(10, 500)), 'iso')}\n\n"
    )
    num = 1
    rows: list[tuple[str, object]] = []
    rows.append(("Surname(s)", per(p.family_lat.upper() if p.family_lat else p.given_lat.upper())))
    if p.family_lat:
        rows.append(("First name(s)", per(p.given_lat.upper())))
    if p.female and p.family_lat and rng.random() < 0.4:
        rows.append(("Surname at birth", per(traveller(rng, [p.culture.code]).family_lat.upper())))
    rows.append(("Date of birth", (fmt_date(rng, p.dob, rng.choice(["dmy-", "iso", "dmy/"])), "DATE_OF_BIRTH")))
    pob = town(rng, p.country)
    rows.append(("Place of birth", (pob.latin, "LOCATION")))
    rows.append(("Current nationality", COUNTRY_NAME.get(p.country, "")))
    rows.append(("Sex", "Female" if p.female else "Male"))
    rows.append(("Civil status", rng.choice(["Single", "Married", "Divorced", "Other"])))
    rows.append(("National identity number", (national_id(rng, p.country, p.dob, p.female)[1], "NATIONAL_ID")))
    rows.append(("Travel document number", (passport_of(rng, p), "NATIONAL_ID")))
    home = town(rng, p.country)
    rows.append(("Home address", (street(rng, p.country), "STREET_ADDRESS")))
    rows.append(("City", (home.latin, "LOCATION")))
    ph, em = contact(rng, p)
    rows.append(("Telephone", (ph, "PHONE_NUMBER")))
    rows.append(("E-mail", (em, "EMAIL_ADDRESS")))
    rows.append(
        (
            "Current occupation",
            rng.choice(
                [
                    "Student",
                    "Waitress",
                    "Unemployed",
                    "Seamstress",
                    "Domestic worker",
                    "Dancer",
                    "Shop assistant",
                    "Farm worker",
                ]
            ),
        )
    )
    for k, v in rows:
        if isinstance(v, tuple):
            d.t("{n}. {k}: {v}\n", n=str(num), k=k, v=v)
        else:
            d.add(f"{num}. {k}: {v}\n")
        num += 1
    if rng.random() < 0.5:
        guardian = traveller(rng, [p.culture.code])
        d.t("{n}. Parental authority (minors): {g}\n", n=str(num), g=per(guardian.full_lat()))
        num += 1
    inv = traveller(rng, ["de", "en_gb", "ko", "ja", "tr", "pl", "ms", "th"])
    d.t("{n}. Inviting person: {i}\n", n=str(num), i=per(inv.full_lat()))
    num += 1
    it = town(rng, inv.country)
    d.t(
        "    Address of inviting person: {s}, {t}\n",
        s=(street(rng, inv.country), "STREET_ADDRESS"),
        t=(it.latin, "LOCATION"),
    )
    d.t("    Phone: {ph}\n", ph=(phone(rng, inv.country), "PHONE_NUMBER"))
    d.add(f"{num}. Purpose of journey: {rng.choice(_OPTS2)}\n")
    d.add(
        f"{num + 1}. Cost of travelling covered by: "
        f"{rng.choice(['applicant', 'sponsor', 'inviting person', 'employer'])}\n"
    )
    if rng.random() < 0.5:
        d.add("Consular note: sponsor has supported 4 other applications this year; refer to anti-trafficking desk.\n")


SUBTYPES = [hotel_card, hotel_folio, pnr, boarding_pass, ground_ticket, ride_receipt, car_rental, border, visa_app]


def generate(rng: random.Random, index: int) -> Doc:
    d = Doc()
    fn = SUBTYPES[index % len(SUBTYPES)] if rng.random() < 0.7 else rng.choice(SUBTYPES)
    fn(rng, d)
    return d
