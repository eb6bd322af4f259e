"""Register 2: insurance_motor_claims."""

from __future__ import annotations

from common import CRIM_EN, MED_DE, MED_FR, MED_INJ, MED_NL, csv_rows, json_obj, kv, table
from core import Doc, V
from people import Address, Person
from pools import EU, TOWNS
import vals

CARS = [
    "VW Golf",
    "Toyota Yaris",
    "Škoda Octavia",
    "Renault Clio",
    "BMW 320d",
    "Ford Focus",
    "Peugeot 208",
    "Fiat Panda",
    "Volvo V60",
    "Tesla Model 3",
    "Dacia Sandero",
    "Opel Corsa",
    "Kia Ceed",
    "Mercedes-Benz Vito",
    "Citroën Berlingo",
]
INSURERS = [
    "Helvetia Mutual",
    "NordSafe Forsikring",
    "Atlas Assurances",
    "Brightwater Insurance",
    "Rheinland Versicherung AG",
    "Polder Verzekeringen",
    "Alpina Assicurazioni",
    "Celtic Shield Insurance",
    "Baltica Ubezpieczenia",
]
DL_SCHEME = {
    "DE": "de.dl",
    "FR": "fr.dl",
    "NL": "nl.dl",
    "CH": "ch.dl",
    "IT": "it.dl",
    "ES": "es.dl",
    "BE": "be.dl",
    "AT": "at.dl",
    "IE": "ie.dl",
    "PL": "pl.dl",
    "SE": "se.dl",
}
CCS = ["GB", "DE", "FR", "CH", "NL", "BE", "AT", "IT", "ES", "IE", "SE", "PL"]
FOREIGN_PLATES = [
    "GB",
    "DE",
    "FR",
    "NL",
    "CH",
    "IT",
    "ES",
    "BE",
    "AT",
    "PL",
    "SE",
    "NO",
    "DK",
    "IE",
    "LU",
    "PT",
    "CZ",
    "UA",
    "TR",
    "GR",
    "FI",
]


def driver(rng, cc, ref=None):
    p = Person(rng, EU[cc], age=rng.randint(18, 84), ref=ref, cc=cc)
    return p


def licence(rng, cc, p):
    if cc == "GB":
        return vals.gb_driving_licence(rng, p.s_lat, p.g_lat, p.dob, p.female)
    return vals.nid(rng, DL_SCHEME[cc], dob=p.dob, female=p.female)


def setup(rng):
    cc = rng.choice(CCS)
    ref = vals.ref_date(rng)
    return cc, ref


def policy(rng):
    return rng.choice(
        [
            f"POL-{vals.digits(rng, 8)}",
            f"{vals.letters(rng, 2)}/{vals.digits(rng, 6)}/{rng.randint(10, 99)}",
            f"MTR{vals.digits(rng, 9)}",
        ]
    )


def claim(rng):
    return rng.choice(
        [
            f"CLM-{rng.randint(2023, 2025)}-{vals.digits(rng, 6)}",
            f"SCH{vals.digits(rng, 10)}",
            f"S-{vals.digits(rng, 7)}",
        ]
    )


def t_eas(rng, i):
    cc, ref = setup(rng)
    d = Doc(rng, rng.choice([None, "typo", "space"]))
    acc_town = rng.choice(TOWNS[cc])[0]
    d.t(
        rng.choice(
            [
                "EUROPEAN ACCIDENT STATEMENT – transcription",
                "Joint accident report (EAS) – typed copy",
                "Accident statement – write-up for file",
            ]
        )
        + "\n"
    )
    d.f(
        "Date of accident: {dt}   Time: {tm}\nPlace: {pl}\n",
        dt=ref.strftime("%d/%m/%Y"),
        tm=f"{rng.randint(6, 22):02d}:{rng.choice(['05', '20', '35', '50'])}",
        pl=[
            rng.choice(["junction near ", "car park, ", "roundabout at ", "outside supermarket, "]),
            V(acc_town, "LOCATION"),
        ],
    )
    if rng.random() < 0.5:
        d.f("GPS (from phone): {g}\n", g=vals.coords(rng, cc))
    d.t(f"Injuries: {'yes' if rng.random() < 0.5 else 'no'}   Damage to other vehicles: yes\n\n")
    for side in "AB":
        c2 = cc if side == "A" or rng.random() < 0.6 else rng.choice(CCS)
        p = driver(rng, c2, ref)
        a = Address(rng, c2)
        d.t(f"VEHICLE {side}\n")
        kv(
            d,
            [
                ("Policyholder", p.full("SG") if rng.random() < 0.5 else p.full()),
                ("Address", a.full()),
                ("Phone / e-mail", [vals.phone(rng, c2), " / ", p.email(rng)]),
                ("Make, model", rng.choice(CARS)),
                ("Registration", vals.plate(rng, c2 if rng.random() < 0.8 else rng.choice(FOREIGN_PLATES))),
                ("Insurer", rng.choice(INSURERS)),
                ("Policy no.", policy(rng)),
                ("Green card no.", f"{c2}/{vals.digits(rng, 3)}/{vals.digits(rng, 7)}"),
                ("Driver's licence no.", licence(rng, c2, p)),
                ("Driver DOB", p.dob_v(rng.choice(["dmy/", "dmy.", "iso"]))),
            ],
            sep=": ",
            eol="\n",
            cap_fmt="  {}",
        )
        d.t(
            "  Circumstances ticked: "
            + rng.choice(
                [
                    "12 (turning right)",
                    "8 (rear-end, same lane)",
                    "15 (changing lanes)",
                    "3 (pulling out)",
                    "17 (disregarding priority)",
                ]
            )
            + "\n\n"
        )
    w = driver(rng, cc, ref)
    d.f("Witness: {n}, tel. {ph}\n", n=w.full(), ph=vals.phone(rng, cc))
    if rng.random() < 0.6:
        d.f("Remarks (driver B): passenger complained of {m}.\n", m=V(rng.choice(MED_INJ), "MEDICAL_CONDITION"))
    return d


def t_fnol(rng, i):
    cc, ref = setup(rng)
    cc = rng.choice(["GB", "IE"]) if rng.random() < 0.7 else cc
    d = Doc(rng, rng.choice([None, "typo"]))
    p = driver(rng, cc, ref)
    a = Address(rng, cc)
    tp = driver(rng, cc, ref)
    d.f("FNOL call note – {dt} – handler {h}\n\n", dt=ref.strftime("%d/%m/%Y"), h=driver(rng, "GB").given())
    d.t("Caller ")
    d.v(p.full())
    d.f(
        " (DOB {dob}, policyholder) rang from {ph}. Lives at {a}. Claim ref {c}, policy {pol}. ",
        dob=p.dob_v(rng.choice(["dmy/", "en"])),
        ph=vals.phone(rng, cc),
        a=a.full(),
        c=claim(rng),
        pol=policy(rng),
    )
    d.f(
        "Caller was stationary at lights on the A{r} near {t} when TP vehicle {pl} struck the rear. ",
        r=str(rng.randint(1, 999)),
        t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
        pl=vals.plate(rng, rng.choice(FOREIGN_PLATES)),
    )
    d.f("TP driver gave name as {n}, mobile {ph2}. ", n=tp.full(), ph2=vals.phone(rng, cc))
    d.f(
        "Caller reports {m} and has seen GP; {s} (son, {a}) in the back seat unhurt.\n",
        m=V(rng.choice(MED_INJ), "MEDICAL_CONDITION"),
        s=driver(rng, cc).given(),
        a=V(str(rng.randint(4, 17)), "MINOR_AGE"),
    )
    if rng.random() < 0.35:
        d.f("Disclosure: caller declared {c}; underwriting to review.\n", c=V(rng.choice(CRIM_EN), "CRIMINAL_HISTORY"))
    d.f(
        "Own vehicle: {car}, reg {pl}. Licence {lic}.\n",
        car=rng.choice(CARS),
        pl=vals.plate(rng, cc),
        lic=licence(rng, cc, p),
    )
    if rng.random() < 0.5:
        d.f("Excess of 250 paid over the phone with card {cd}.\n", cd=vals.card(rng))
    d.t("Actions: hire car offered; engineer to inspect; send claim form by post.\n")
    return d


def t_schadenmeldung(rng, i):
    ref = vals.ref_date(rng)
    cc = rng.choice(["DE", "AT", "CH"])
    d = Doc(rng, rng.choice([None, "typo", "space"]))
    p = driver(rng, cc, ref)
    a = Address(rng, cc)
    g = driver(rng, rng.choice(["DE", "AT", "CH", "PL", "NL"]), ref)
    d.t("KFZ-SCHADENMELDUNG\n" + "=" * 18 + "\n")
    kv(
        d,
        [
            ("Versicherungsschein-Nr.", policy(rng)),
            ("Schaden-Nr.", claim(rng)),
            ("Versicherungsnehmer", p.full("SG")),
            ("Anschrift", a.full()),
            ("Geburtsdatum", p.dob_v(rng.choice(["dmy.", "de"]))),
            ("Telefon", vals.phone(rng, cc)),
            ("E-Mail", p.email(rng)),
            ("Amtl. Kennzeichen", vals.plate(rng, cc)),
            ("Führerschein-Nr.", licence(rng, cc, p) if cc != "CH" else vals.nid(rng, "ch.dl")),
            (
                "Schadentag / Uhrzeit",
                f"{ref.strftime('%d.%m.%Y')}, ca. {rng.randint(7, 21)}:{rng.choice(['00', '15', '30', '45'])} Uhr",
            ),
            (
                "Schadenort",
                [
                    V(rng.choice(TOWNS[cc])[0], "LOCATION"),
                    ", ",
                    rng.choice(["Kreuzung", "Parkplatz", "Autobahnauffahrt", "Kreisverkehr"]),
                ],
            ),
            ("Unfallgegner", g.full()),
            ("Kennzeichen Gegner", vals.plate(rng, g.cc if g.cc in ("DE", "AT", "CH", "PL", "NL") else "DE")),
            ("Verletzungen", V(rng.choice(MED_DE[:4]), "MEDICAL_CONDITION")),
            ("Bankverbindung (IBAN)", vals.iban(rng, cc)),
        ],
    )
    d.t("\nSchilderung: ")
    d.t(
        rng.choice(
            [
                "Beim Abbiegen hat der Gegner die Vorfahrt missachtet.",
                "Ich stand an der Ampel, der Gegner fuhr auf.",
                "Beim Ausparken touchierte das andere Fahrzeug meine Fahrertür.",
            ]
        )
    )
    d.f(" Zeugin: {z}, Tel. {ph}.\n", z=driver(rng, cc, ref).full(), ph=vals.phone(rng, cc))
    return d


def t_constat(rng, i):
    ref = vals.ref_date(rng)
    cc = rng.choice(["FR", "BE", "CH"])
    d = Doc(rng, rng.choice([None, "typo"]))
    a_p, b_p = driver(rng, cc, ref), driver(rng, rng.choice(["FR", "BE", "CH", "ES", "IT"]), ref)
    d.t("CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE – retranscription\n\n")
    d.f(
        "Date : {dt}  Lieu : {l}\nBlessés même légers : oui\n\n",
        dt=ref.strftime("%d/%m/%Y"),
        l=[
            rng.choice(["carrefour ", "rond-point, ", "parking du centre commercial, "]),
            V(rng.choice(TOWNS[cc])[0], "LOCATION"),
        ],
    )
    for side, p in (("A", a_p), ("B", b_p)):
        c2 = p.cc
        ad = Address(rng, c2)
        d.f(
            "Véhicule {s}\n  Preneur d'assurance : {n}\n  Adresse : {a}\n  Tél. : {ph}\n  Immatriculation : {pl}\n  Permis n° : {lic}\n",
            s=side,
            n=p.full("SG"),
            a=ad.full(),
            ph=vals.phone(rng, c2),
            pl=vals.plate(rng, c2),
            lic=licence(rng, c2, p) if c2 in DL_SCHEME else vals.nid(rng, "fr.dl"),
        )
        d.f(
            "  Né(e) le : {dob}\n  Observations : {o}\n\n",
            dob=p.dob_v(rng.choice(["dmy/", "fr"])),
            o=rng.choice(["choc arrière", "refus de priorité", "changement de file", "portière ouverte"]),
        )
    d.f("Blessure déclarée par le conducteur B : {m}.\n", m=V(rng.choice(MED_FR[:4]), "MEDICAL_CONDITION"))
    return d


def t_adjuster(rng, i):
    cc, ref = setup(rng)
    d = Doc(rng, rng.choice([None, "typo", "space"]))
    p = driver(rng, cc, ref)
    a = Address(rng, cc)
    adj = driver(rng, rng.choice(["GB", "DE", "NL"]), ref)
    d.t(rng.choice(["LOSS ADJUSTER'S PRELIMINARY REPORT", "Household claim – site visit report"]) + "\n\n")
    d.f(
        "Insured: {n}\nRisk address: {a}\nPolicy: {pol}   Claim: {c}\nPeril: {pe}\nVisit: {dt}\n\n",
        n=p.full(),
        a=a.full(),
        pol=policy(rng),
        c=claim(rng),
        pe=rng.choice(["escape of water", "burglary", "storm damage", "fire (kitchen)", "subsidence"]),
        dt=ref.strftime("%d/%m/%Y"),
    )
    d.f(
        "We met the insured and {hw} partner {pp} at the property. ",
        hw="her" if p.female else "his",
        pp=driver(rng, cc, ref).given(),
    )
    d.f(
        "The household includes {k} ({a}), who has {m}, which is relevant to the alternative accommodation request. ",
        k=driver(rng, cc).given(),
        a=V(str(rng.randint(2, 17)), "MINOR_AGE"),
        m=V(rng.choice(["asthma", "autism spectrum disorder", "epilepsy", "cystic fibrosis"]), "MEDICAL_CONDITION"),
    )
    d.t(
        "Moisture readings confirm the source below the bathroom. Estimated reserve: "
        + f"{rng.randint(2, 40)} {rng.choice(['000', '500'])} EUR.\n\n"
    )
    if rng.random() < 0.5:
        d.f(
            "Burglary note: police attended; the insured's lodger was named by police and has {c}.\n",
            c=V(rng.choice(CRIM_EN), "CRIMINAL_HISTORY"),
        )
    d.f(
        "Settlement to: {n}, IBAN {ib}\nContact: {ph} / {e}\n\nAdjuster: {ad}\n",
        n=p.full(),
        ib=vals.iban(rng, cc if cc in vals.IBAN_LEN or cc in ("GB", "IE", "NL") else "DE"),
        ph=vals.phone(rng, cc),
        e=p.email(rng),
        ad=adj.full(),
    )
    return d


def t_witness(rng, i):
    cc, ref = setup(rng)
    d = Doc(rng, None)
    d.f(
        "Witness list – claim {c} – collision at {t} on {dt}\n\n",
        c=claim(rng),
        t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
        dt=ref.strftime("%d.%m.%Y"),
    )
    rows = []
    for k in range(rng.randint(3, 5)):
        w = driver(rng, cc, ref)
        rows.append(
            [
                str(k + 1),
                w.full(),
                w.age_v(),
                vals.phone(rng, cc),
                rng.choice(["pedestrian", "cyclist", "bus passenger", "shop owner", "other driver"]),
                rng.choice(
                    ["saw B run red light", "heard impact only", "gave statement at scene", "has dashcam footage"]
                ),
            ]
        )
    table(d, ["#", "Name", "Age", "Phone", "Role", "Note"], rows)
    d.t("\nStatements to be obtained in writing within 14 days.\n")
    return d


def t_telematics(rng, i):
    cc, ref = setup(rng)
    d = Doc(rng, None)
    dev = vals.device_id(rng, rng.choice(["imei", "obd", "dashcam"]))
    pl = vals.plate(rng, cc)
    if rng.random() < 0.5:
        d.f("# telematics export device={dev} vehicle={pl} driver={n}\n", dev=dev, pl=pl, n=driver(rng, cc, ref).full())
        rows = []
        h, m = rng.randint(6, 20), rng.randint(0, 50)
        for k in range(rng.randint(5, 8)):
            rows.append(
                [
                    f"{ref.isoformat()}T{h:02d}:{m:02d}:{k * 7:02d}Z",
                    vals.coords(rng, cc, "compact"),
                    str(rng.randint(0, 110)),
                    f"{rng.uniform(-9.5, 2.0):.2f}",
                    rng.choice(["0", "0", "0", "1"]),
                ]
            )
        csv_rows(d, ["ts", "latlon", "speed_kmh", "accel_g", "impact_flag"], rows)
        d.t("# impact event threshold 2.5 g; FNOL triggered automatically\n")
    else:
        p = driver(rng, cc, ref)
        obj = {
            "event": "crash_detected",
            "device_imei": dev,
            "vehicle": {"plate": pl, "make_model": rng.choice(CARS)},
            "driver": {"name": p.full(), "phone": vals.phone(rng, cc, style="e164")},
            "location": {"latlon": vals.coords(rng, cc, "compact"), "town": V(rng.choice(TOWNS[cc])[0], "LOCATION")},
            "peak_g": round(rng.uniform(2.5, 9.0), 2),
            "speed_before_kmh": rng.randint(20, 120),
            "timestamp": f"{ref.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
        }
        json_obj(d, obj, indent=2)
        d.t("\n")
    return d


def t_email(rng, i):
    cc, ref = setup(rng)
    d = Doc(rng, rng.choice([None, "typo", "case"]))
    p = driver(rng, cc, ref)
    e = p.email(rng)
    d.f(
        "From: {n} <{e}>\nTo: claims@insurer.example\nSubject: Claim {c} – photos and details\n\n",
        n=p.full(),
        e=e,
        c=claim(rng),
    )
    d.t(rng.choice(["Dear Sir or Madam,", "Hello,", "To the claims team,"]) + "\n\n")
    d.f(
        "further to my call, please find attached photos of my car ({pl}). The other driver, {o}, admitted fault at the scene. ",
        pl=vals.plate(rng, cc),
        o=driver(rng, rng.choice(CCS), ref).full(),
    )
    d.f(
        "Since the accident I have had {m} and I am off work. My physio is in {t}.\n\n",
        m=V(rng.choice(MED_INJ), "MEDICAL_CONDITION"),
        t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
    )
    if rng.random() < 0.8:
        d.f("For the repair invoice I paid by card {cd}. ", cd=vals.card(rng))
    d.f(
        "Please pay the settlement into {ib}.\n\nBest regards\n{n}\n{a}\n{ph}\n",
        ib=vals.iban(rng, cc if cc != "PL" else "PL"),
        n=p.full(),
        a=Address(rng, cc).full(),
        ph=vals.phone(rng, cc),
    )
    return d


def t_nl_settlement(rng, i):
    ref = vals.ref_date(rng)
    cc = rng.choice(["NL", "BE", "IT"])
    d = Doc(rng, rng.choice([None, "typo"]))
    p = driver(rng, cc, ref)
    a = Address(rng, cc)
    if cc in ("NL", "BE"):
        d.f("Betreft: afwikkeling schade {c}\n\nGeachte heer/mevrouw {s},\n\n", c=claim(rng), s=p.sur())
        d.f(
            "Naar aanleiding van het aanrijdingsformulier van {dt} in {t} ontvangt u hierbij onze beslissing. ",
            dt=ref.strftime("%d-%m-%Y"),
            t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
        )
        d.f(
            "De tegenpartij ({n}, kenteken {pl}) is volledig aansprakelijk. ",
            n=driver(rng, cc, ref).full(),
            pl=vals.plate(rng, cc),
        )
        d.f(
            "Uw letsel ({m}) wordt apart behandeld. Het bedrag van EUR {b} wordt overgemaakt op {ib} t.n.v. {n2}.\n\n",
            m=V(rng.choice(MED_NL[:3]), "MEDICAL_CONDITION"),
            b=f"{rng.randint(300, 9000)},{rng.randint(0, 99):02d}",
            ib=vals.iban(rng, cc),
            n2=p.full(),
        )
        d.f(
            "Adres: {a}\nBSN/rijksregister: {id}\n\nMet vriendelijke groet,\nafdeling Schade\n",
            a=a.full(),
            id=vals.nid(rng, "nl.bsn" if cc == "NL" else "be.nn", dob=p.dob, female=p.female),
        )
    else:
        d.t("MODULO CAI – CONSTATAZIONE AMICHEVOLE (trascrizione)\n\n")
        cfx = (p.s_lat.upper().replace(" ", "")[:3].ljust(3, "X"), p.g_lat.upper()[:3].ljust(3, "X"))
        kv(
            d,
            [
                ("Contraente", p.full("SG")),
                ("Indirizzo", a.full()),
                ("Codice fiscale", vals.nid(rng, "it.codicefiscale", dob=p.dob, female=p.female, extra=cfx)),
                ("Targa", vals.plate(rng, "IT")),
                ("Patente n.", licence(rng, "IT", p)),
                ("Telefono", vals.phone(rng, "IT")),
                ("Luogo", V(rng.choice(TOWNS["IT"])[0], "LOCATION")),
                ("Data", ref.strftime("%d/%m/%Y")),
                (
                    "Lesioni",
                    V(
                        rng.choice(["colpo di frusta", "trauma cranico lieve", "frattura del polso"]),
                        "MEDICAL_CONDITION",
                    ),
                ),
            ],
        )
        d.f(
            "\nControparte: {n}, targa {pl}\n",
            n=driver(rng, "IT", ref).full(),
            pl=vals.plate(rng, rng.choice(["IT", "FR", "DE", "CH"])),
        )
    return d


TEMPLATES = [t_eas, t_fnol, t_schadenmeldung, t_constat, t_adjuster, t_witness, t_telematics, t_email, t_nl_settlement]


def make(rng, i):
    return TEMPLATES[i % len(TEMPLATES)](rng, i)
