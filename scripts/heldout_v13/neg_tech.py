"""Look-alike negatives, technical kinds: codes with separators and checksums that are not personal."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from stdnum import ean, isbn, iso6346, issn, luhn
from stdnum.iso7064 import mod_11_10
from values import digits, letters

R = random.Random
HEX = "0123456789abcdef"


def _date(rng: R, y0: int = 2021, span: int = 1200) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=rng.randrange(span))


def firmware_changelog(rng: R) -> str:
    prod = rng.choice(
        [
            "RX-4400 router",
            "Kessler T9 thermostat",
            "AquaSense pool controller",
            "NovaCam 2K doorbell",
            "Lumio smart plug",
            "Bosch-compatible ECU bridge",
        ]
    )
    major, minor = rng.randint(1, 6), rng.randint(0, 12)
    out = [f"# {prod} – firmware changelog", ""]
    for k in range(rng.randint(3, 6)):
        patch = 20 - k * rng.randint(1, 3)
        ver = f"v{major}.{minor}.{max(patch, 0)}"
        build = "".join(rng.choice(HEX) for _ in range(7))
        out.append(f"## {ver} (build {build}, {_date(rng).isoformat()})")
        items = [
            "Fixed DHCP lease renewal when uptime exceeds 49.7 days",
            f"Updated OpenSSL to 3.{rng.randint(0, 3)}.{rng.randint(1, 14)}",
            f"Bootloader now verifies image SHA-256 {hashlib.sha256(ver.encode()).hexdigest()[:16]}…",
            "Wi-Fi: reduced reconnect time after channel switch (DFS)",
            f"Added support for Zigbee cluster 0x{rng.randint(0, 0xFFFF):04X}",
            "Removed legacy Telnet service on port 23",
            "Scheduler: fixed DST transition for UTC+10:30 zones",
            "Default admin password must now be changed on first login (placeholder: <PASSWORD>)",
            f"Known issue: error E{rng.randint(100, 999)} when firmware {major}.{minor - 1 if minor else 0}.x "
            "is rolled back",
        ]
        rng.shuffle(items)
        out += [f"- {i}" for i in items[: rng.randint(2, 4)]]
        out.append("")
    out.append(f"Checksum file: fw_{prod.split()[0].lower()}_{major}_{minor}.bin.sha256")
    return "\n".join(out)


def rolling_stock(rng: R) -> str:
    out = [
        rng.choice(
            [
                "Fleet list – freight wagons allocated to depot",
                "Rolling stock register (extract)",
                "Wagenliste / wagon list – Güterzug",
            ]
        ),
        "",
    ]
    out.append("UIC number           | Type        | Built | Last overhaul | Status")
    for _ in range(rng.randint(5, 10)):
        body = (
            rng.choice(["31", "33", "37", "84", "80", "87"])
            + rng.choice(["80", "81", "84", "87", "70"])
            + digits(rng, 7)
        )
        full = body + luhn.calc_check_digit(body)
        uic = f"{full[:2]} {full[2:4]} {full[4:8]} {full[8:11]}-{full[11]}"
        out.append(
            f"{uic:<20} | {rng.choice(['Habbiillns', 'Sgns 60ft', 'Eanos', 'Tanoos', 'Rilns', 'Zacns']):<11} | "
            f"{rng.randint(1978, 2022)}  | {_date(rng).strftime('%m/%Y')}       | "
            f"{rng.choice(['in service', 'stored', 'workshop', 'in service', 'condemned'])}"
        )
    out.append("")
    out.append(
        f"Locomotives: class {rng.choice(['66', '187', '1116', 'BR 193'])} Nos. "
        f"{', '.join(str(rng.randint(100, 999)) for _ in range(4))} (named 'Isambard Kingdom Brunel', "
        "'Robert Stephenson' – heritage liveries)."
    )
    return "\n".join(out)


def udi_codes(rng: R) -> str:
    dev = rng.choice(
        [
            "infusion pump",
            "insulin pen needle 4 mm",
            "pulse oximeter",
            "Foley catheter 14 Fr",
            "Doppler fetal monitor",
            "Petri dish 90 mm (sterile)",
        ]
    )
    out = [
        f"UDI label data – {dev}",
        f"Manufacturer: {rng.choice(['Medivance GmbH', 'Halden Surgical Ltd', 'Orbis Médical SA'])}",
        "",
    ]
    for _ in range(rng.randint(3, 7)):
        g13 = "0" + digits(rng, 12)
        gtin = g13 + ean.calc_check_digit(g13)
        exp = _date(rng, 2025, 1400)
        lot = letters(rng, 2) + digits(rng, 5)
        sn = digits(rng, 8)
        style = rng.random()
        if style < 0.5:
            out.append(f"(01){gtin}(17){exp.strftime('%y%m%d')}(10){lot}(21){sn}")
        else:
            out.append(f"GTIN {gtin}  EXP {exp.isoformat()}  LOT {lot}  SN {sn}")
    out += [
        "",
        "HIBC alternative: +H123" + digits(rng, 6) + letters(rng, 1) + "/$$" + digits(rng, 6),
        "Scan with any GS1-compliant reader. No patient data is encoded in the UDI.",
    ]
    return "\n".join(out)


def sensor_telemetry(rng: R) -> str:
    site = rng.choice(["Reservoir North", "Bridge pier 4", "Car park level -2", "Greenhouse B", "Pump station 7"])
    out = [f"# telemetry dump – site: {site}", "ts,node,fw,temp_c,rh_pct,batt_v,rssi_dbm,status"]
    t = dt.datetime(2024, 1, 1) + dt.timedelta(minutes=rng.randrange(400000))
    nodes = [f"N{rng.randint(100, 999)}-{letters(rng, 2)}" for _ in range(rng.randint(2, 4))]
    fw = f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"
    for _ in range(rng.randint(8, 16)):
        t += dt.timedelta(seconds=rng.choice([60, 300, 900]))
        out.append(
            f"{t.strftime('%Y-%m-%dT%H:%M:%SZ')},{rng.choice(nodes)},{fw},{rng.uniform(-5, 35):.2f},"
            f"{rng.uniform(20, 99):.1f},{rng.uniform(2.9, 4.2):.3f},{rng.randint(-120, -60)},"
            f"{rng.choice(['OK', 'OK', 'OK', 'LOW_BATT', 'RETRY'])}"
        )
    out.append(f"# gateway firmware {fw}, uplink channel {rng.randint(0, 7)}, SF{rng.randint(7, 12)}")
    return "\n".join(out)


def shipping_manifest(rng: R) -> str:
    out = [
        rng.choice(["CARGO MANIFEST", "Sea waybill – container list", "Consolidated manifest (air + sea)"]),
        f"Vessel: {rng.choice(['MSC Amelia', 'Maersk Kensington', 'CMA CGM Jacques Saadé', 'Ever Given'])}  "
        f"Voyage {rng.randint(100, 999)}{rng.choice('EWNS')}",
        f"Port of loading: {rng.choice(['Rotterdam', 'Antwerp', 'Felixstowe', 'Hamburg', 'Valencia'])}   "
        f"Port of discharge: {rng.choice(['Singapore', 'Shanghai', 'Santos', 'Durban', 'Jebel Ali'])}",
        "",
    ]
    for _ in range(rng.randint(4, 8)):
        owner = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU"])
        body = owner + digits(rng, 6)
        cont = body + iso6346.calc_check_digit(body)
        out.append(
            f"{cont[:4]} {cont[4:10]} {cont[10]}  {rng.choice(['22G1', '45G1', '42R1', '22T6'])}  "
            f"seal {letters(rng, 2)}{digits(rng, 7)}  {rng.randint(4000, 28000)} kg  "
            f"HS {digits(rng, 4)}.{digits(rng, 2)}"
        )
    out += [
        "",
        f"Air leg: flight {rng.choice(['LH', 'BA', 'EK', 'QR', 'KL'])}{rng.randint(100, 9999)}, "
        f"AWB {digits(rng, 3)}-{digits(rng, 8)}",
        f"Booking ref {letters(rng, 3)}{digits(rng, 7)}; incoterms {rng.choice(['FOB', 'CIF', 'DAP', 'EXW'])}",
    ]
    return "\n".join(out)


def product_catalog(rng: R) -> str:
    out = [rng.choice(["Spring catalogue – stationery & books", "Price list (trade)", "Artikelliste / price list"]), ""]
    out.append("SKU            EAN-13          Description                                   Price")
    items = [
        "Moleskine-style notebook A5",
        "Faber-Castell pencil set (12)",
        "Dewey decimal shelf labels",
        "Pantone colour guide",
        "Post-it notes 76x76",
        "Staedtler eraser",
        "Rubik's cube 3x3",
        "Bunsen burner, natural gas",
        "Erlenmeyer flask 250 ml",
        "Petri dishes (pack of 20)",
    ]
    rng.shuffle(items)
    for it in items[: rng.randint(4, 8)]:
        body = rng.choice(["400", "500", "540", "800", "871"]) + digits(rng, 9)
        code = body + ean.calc_check_digit(body)
        sku = f"{letters(rng, 3)}-{digits(rng, 4)}-{letters(rng, 1)}"
        out.append(f"{sku:<14} {code:<15} {it:<45} €{rng.randint(1, 80)}.{rng.choice(['00', '50', '99', '95'])}")
    out.append("")
    out.append("Books:")
    for t in rng.sample(
        [
            "The Origin of Species (annotated)",
            "Euclid's Elements, vol. 1",
            "Gray's Anatomy, 42nd ed.",
            "Roget's Thesaurus",
            "Grimm's Fairy Tales",
            "Baedeker's Guide to Rhineland",
        ],
        3,
    ):
        b = "978" + digits(rng, 9)
        out.append(f"  ISBN {isbn.format(b + ean.calc_check_digit(b))} – {t}")
    s7 = digits(rng, 7)
    out.append(f"Journal subscription ISSN {issn.format(s7 + issn.calc_check_digit(s7))}")
    return "\n".join(out)


def software_lockfile(rng: R) -> str:
    pkgs = [
        "requests",
        "numpy",
        "pandas",
        "django",
        "flask",
        "pytest",
        "pydantic",
        "urllib3",
        "certifi",
        "jinja2",
        "sqlalchemy",
        "celery",
        "boto3",
        "pillow",
    ]
    rng.shuffle(pkgs)
    out = [
        "# This file is autogenerated. Do not edit.",
        f"# generated {_date(rng).isoformat()} for python 3.1{rng.randint(0, 2)}",
        "",
    ]
    for p in pkgs[: rng.randint(4, 7)]:
        ver = f"{rng.randint(0, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"
        h = hashlib.sha256(f"{p}{ver}{rng.random()}".encode()).hexdigest()
        out.append(f"{p}=={ver} \\")
        out.append(f"    --hash=sha256:{h}")
    out.append("")
    out.append(
        f"# commit {hashlib.sha1(str(rng.random()).encode()).hexdigest()}  tag v{rng.randint(1, 9)}."
        f"{rng.randint(0, 20)}.{rng.randint(0, 9)}-rc{rng.randint(1, 3)}"
    )
    out.append(f"# docker image digest sha256:{hashlib.sha256(str(rng.random()).encode()).hexdigest()}")
    return "\n".join(out)


def company_registry(rng: R) -> str:
    firm, cc = rng.choice(
        [
            ("Müller & Söhne Logistik GmbH", "DE"),
            ("Fischer Brothers Bakery Ltd", "GB"),
            ("Van der Berg Holding B.V.", "NL"),
            ("Schneider Elektrotechnik GmbH", "DE"),
            ("Dupont Frères SAS", "FR"),
            ("McAllister Engineering Ltd", "GB"),
            ("Lefebvre Transports SARL", "FR"),
            ("Janssen Bouw B.V.", "NL"),
            ("Ferrari Catering Services Ltd", "GB"),
            ("Porsche Zentrum Nord GmbH", "DE"),
        ]
    )
    if cc == "GB":
        b = digits(rng, 7, True)
        chk = (-sum(int(x) * w for x, w in zip(b, [8, 7, 6, 5, 4, 3, 2]))) % 97
        vat = f"GB {b[:3]} {b[3:]} {chk:02d}"
        reg = rng.choice([digits(rng, 8), "SC" + digits(rng, 6), "NI" + digits(rng, 6)])
    elif cc == "DE":
        b = digits(rng, 8, True)
        vat = f"DE{b}{mod_11_10.calc_check_digit(b)}"
        reg = f"HRB {rng.randint(1000, 99999)} B"
    elif cc == "NL":
        vat = f"NL{digits(rng, 9)}B0{rng.randint(1, 9)}"
        reg = f"KvK {digits(rng, 8)}"
    else:
        siren = digits(rng, 8)
        siren += luhn.calc_check_digit(siren)
        key = (12 + 3 * (int(siren) % 97)) % 97
        vat = f"FR{key:02d}{siren}"
        reg = f"RCS {rng.choice(['Lyon', 'Paris', 'Nantes'])} {siren[:3]} {siren[3:6]} {siren[6:]}"
    founded = _date(rng, 1960, 20000)
    out = [
        f"Company registry extract – {firm}",
        "",
        f"Registration number: {reg}",
        f"VAT number: {vat}",
        f"Incorporated: {founded.strftime('%d %B %Y')}",
        f"Legal form: {firm.split()[-1]}",
        f"SIC/NACE: {digits(rng, 2)}.{digits(rng, 2)}",
        f"Share capital: {rng.randint(1, 500) * 1000:,} {rng.choice(['EUR', 'GBP'])}",
        f"Status: {rng.choice(['Active', 'Active – proposal to strike off', 'In liquidation', 'Dormant'])}",
        f"Last accounts made up to: {_date(rng).strftime('%d/%m/%Y')}",
        "Officers: see register of directors (not reproduced in this extract).",
        f"Previous names: {firm.split()[0]} Trading {rng.choice(['Ltd', 'GmbH', 'SA'])} (until "
        f"{rng.randint(1990, 2015)})",
    ]
    return "\n".join(out)


def lottery_results(rng: R) -> str:
    game = rng.choice(["EuroMillions", "Lotto 6aus49", "Powerball", "Lotto Draw", "La Primitiva"])
    out = [f"{game} – results", ""]
    for _ in range(rng.randint(3, 5)):
        d = _date(rng)
        nums = sorted(rng.sample(range(1, 50), 6 if game != "EuroMillions" else 5))
        extra = (
            " + ".join(str(x) for x in sorted(rng.sample(range(1, 13), 2)))
            if game == "EuroMillions"
            else str(rng.randint(0, 9))
        )
        out.append(
            f"Draw {rng.randint(1000, 2999)} · {d.strftime('%a %d %b %Y')}: "
            f"{' - '.join(f'{n:02d}' for n in nums)}"
            f"  | bonus {extra}"
        )
        out.append(
            f"   Jackpot: {rng.choice(['€', '£', '$'])}{rng.randint(2, 190)},{rng.randint(0, 999):03d},000 – "
            f"{rng.choice(['rolled over', '1 winner (ticket sold online)', '2 winners', 'no winner'])}"
        )
    out.append("")
    out.append(f"Raffle code: {letters(rng, 3)} {digits(rng, 5)}. Prizes must be claimed within 180 days. 18+ only.")
    return "\n".join(out)


def insurance_brochure(rng: R) -> str:
    prod = rng.choice(["HomeShield Plus", "TravelSafe Annual", "Pet Cover Gold", "MotorFlex Comprehensive"])
    out = [
        f"{prod} – product information",
        "",
        "Your policy number appears on page 1 of your schedule. It looks like this:",
        f"    {rng.choice(['HS', 'TS', 'PC', 'MF'])}-XXXX-XXXX-XX   (e.g. "
        f"{rng.choice(['HS', 'TS', 'PC', 'MF'])}-0000-0000-00)",
        "Your customer number has 10 digits: NNNNNNNNNN. Never give your policy number to anyone who calls you "
        "unexpectedly.",
        "",
        "What is covered:",
        f"- Accidental damage up to £{rng.randint(5, 50)},000",
        "- Legal expenses (optional add-on)",
        f"- Excess: £{rng.choice([100, 150, 250, 500])} per claim",
        "- Pre-existing conditions (e.g. diabetes, heart disease) must be declared at application",
        "",
        "Example premium calculation: a 35-year-old non-smoker in postcode area XX1 pays approx. "
        f"£{rng.randint(8, 40)}.{rng.randint(10, 99)} per month.",
        f"Underwritten by {rng.choice(['Lloyd’s syndicate 2623', 'Allianz SE', 'Zurich Insurance plc'])}. "
        f"Firm reference number {digits(rng, 6)}.",
        "Form fields: Name [__________]  Date of birth [DD/MM/YYYY]  NI number [AA 00 00 00 A]",
    ]
    return "\n".join(out)


def parcel_locker(rng: R) -> str:
    n = rng.randint(2, 9)
    out = [
        rng.choice(["PARCEL LOCKER NOTICE", "Hinweis Packstation", "Avis – consigne automatique"]),
        "",
        f"Locker station {letters(rng, 3)}{rng.randint(10, 99)} at the "
        f"{rng.choice(['railway station', 'supermarket car park', 'shopping centre entrance', 'petrol station'])} "
        f"will be out of service from {_date(rng, 2024, 300).strftime('%d.%m.%Y')} for {n} days (hardware upgrade).",
        "Parcels already in the station will be moved to the nearest branch. Tracking numbers affected:",
    ]
    for _ in range(rng.randint(3, 7)):
        out.append(
            "  "
            + rng.choice(
                [
                    f"JJD{digits(rng, 18)}",
                    f"00{digits(rng, 18)}",
                    f"1Z{letters(rng, 6, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')}{digits(rng, 10)}",
                    f"{letters(rng, 2)}{digits(rng, 9)}GB",
                ]
            )
        )
    out += [
        "",
        "You will receive a new pickup code by SMS. Staff will never ask you for your code.",
        f"Compartment sizes: S (8x38x64 cm), M (19x38x64 cm), L (41x38x64 cm). Max weight "
        f"{rng.choice([20, 25, 31])} kg.",
    ]
    return "\n".join(out)
