"""Register 4: housing_welfare_casework (UK, IE, DE, NL, CH, FR, BE, Nordic styles)."""

from __future__ import annotations

from common import (
    CRIM_DE,
    CRIM_EN,
    CRIM_FR,
    CRIM_NL,
    GENDER_EN,
    MED_DE,
    MED_EN,
    MED_FR,
    MED_NL,
    ORIENT_EN,
    json_obj,
    kv,
    table,
)
from core import Doc, V
from people import Address, Person, age_v
from pools import EU, TOWNS
import vals

NORDIC = ["SE", "NO", "DK", "FI"]
ALL = ["GB", "IE", "DE", "NL", "CH", "FR", "BE"] + NORDIC
REL_EN = ["partner", "son", "daughter", "stepson", "grandmother", "brother"]


def person(rng, cc, ref, age=None, female=None, sur=None):
    p = Person(rng, EU[cc], age=age if age is not None else rng.randint(19, 80), ref=ref, female=female, cc=cc)
    if sur:
        p.s_lat = sur
    return p


def ids(rng, cc, p):
    return vals.nid(
        rng,
        rng.choice(EU[cc]["nid"]),
        dob=p.dob,
        female=p.female,
        extra=p.s_lat[:1] if EU[cc]["nid"] == ["de.idnr", "de.rvnr"] else None,
    )


def household(rng, cc, ref, main, n=None):
    out = []
    for k in range(n if n is not None else rng.randint(1, 4)):
        if k == 0 and rng.random() < 0.6:
            out.append(
                (
                    "partner",
                    person(
                        rng, cc, ref, age=max(19, main.age + rng.randint(-6, 6)), female=not main.female, sur=main.s_lat
                    ),
                )
            )
        else:
            out.append((rng.choice(["son", "daughter"]), person(rng, cc, ref, age=rng.randint(0, 17), sur=main.s_lat)))
    return out


def t_uk_assessment(rng, i):
    ref = vals.ref_date(rng)
    cc = "GB"
    d = Doc(rng, rng.choice([None, "typo", "space"]))
    p = person(rng, cc, ref)
    a = Address(rng, cc)
    d.t("HOMELESSNESS ASSESSMENT (Part 7) – Personalised Housing Plan\n\n")
    kv(
        d,
        [
            ("Applicant", p.full()),
            ("DOB", p.dob_v(rng.choice(["dmy/", "en"]))),
            ("NI number", vals.nid(rng, "gb.nino")),
            ("NHS number", vals.nid(rng, "gb.nhs")),
            ("Last settled address", a.full()),
            ("Contact", vals.phone(rng, cc)),
            ("Email", p.email(rng)),
        ],
    )
    d.t("\nHousehold:\n")
    for rel, m in household(rng, cc, ref, p):
        d.f("  - {n}, {r}, aged {a}\n", n=m.full(), r=rel, a=m.age_v())
    d.f(
        "\nReason for loss of accommodation: {r}. ",
        r=rng.choice(["s21 notice", "family exclusion", "domestic abuse", "end of AST", "rent arrears"]),
    )
    d.f("The applicant has {m}", m=V(rng.choice(MED_EN), "MEDICAL_CONDITION"))
    d.t(rng.choice([" and is likely to be in priority need. ", "; priority need to be confirmed with GP. "]))
    if rng.random() < 0.5:
        d.f(
            "Disclosed {c}, which affects offers in the private rented sector. ",
            c=V(rng.choice(CRIM_EN), "CRIMINAL_HISTORY"),
        )
    d.f(
        "Temporary accommodation offered at {t}.\n\nOfficer: {o}\n",
        t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
        o=person(rng, cc, ref).full(),
    )
    return d


def t_ie_application(rng, i):
    ref = vals.ref_date(rng)
    cc = "IE"
    d = Doc(rng, rng.choice([None, "typo"]))
    p = person(rng, cc, ref)
    a = Address(rng, cc)
    d.t("SOCIAL HOUSING SUPPORT – APPLICATION FORM (Section A–D)\n\nA. Main applicant\n")
    kv(
        d,
        [
            ("Name", p.full()),
            ("PPS No.", ids(rng, cc, p)),
            ("Date of birth", p.dob_v("dmy/")),
            ("Current address", a.full()),
            ("Mobile", vals.phone(rng, cc)),
            (
                "Gender",
                V(rng.choice(["non-binary", "transgender woman"]), "GENDER_IDENTITY")
                if rng.random() < 0.2
                else ("Female" if p.female else "Male"),
            ),
        ],
        cap_fmt="  {}",
    )
    d.t("\nB. Household members\n")
    rows = []
    for rel, m in household(rng, cc, ref, p):
        rows.append([m.full(), rel, m.dob_v("dmy/"), ids(rng, cc, m) if m.age >= 16 else "n/a"])
    table(d, ["Name", "Relationship", "DOB", "PPSN"], rows)
    d.f("\nC. Medical priority: {m} (letter from consultant attached)\n", m=V(rng.choice(MED_EN), "MEDICAL_CONDITION"))
    d.f("D. Area of choice: {t}; HAP landlord reference checked.\n", t=V(rng.choice(TOWNS[cc])[0], "LOCATION"))
    return d


def t_de_letter(rng, i):
    ref = vals.ref_date(rng)
    cc = rng.choice(["DE", "DE", "AT"])
    d = Doc(rng, rng.choice([None, "typo"]))
    p = person(rng, cc, ref)
    a = Address(rng, cc)
    d.f(
        "{amt}\n\n",
        amt=rng.choice(
            ["Jobcenter – Team 412", "Sozialamt – Abteilung Wohnungssicherung", "Bezirksamt – Soziale Wohnhilfe"]
        ),
    )
    d.f("{n}\n{st}\n{pc} {t}\n\n", n=p.full(), st=a.street_v(), pc=a.pc, t=a.town_v())
    d.f(
        "Bescheid über Leistungen zur Sicherung des Lebensunterhalts – BG-Nr. {bg}\n\n",
        bg=f"{vals.digits(rng, 5)}BG{vals.digits(rng, 7)}",
    )
    d.f("Sehr geehrte{x} {anr} {s},\n\n", x="" if p.female else "r", anr="Frau" if p.female else "Herr", s=p.sur())
    d.t("für Sie und die mit Ihnen in Bedarfsgemeinschaft lebenden Personen werden Leistungen bewilligt:\n")
    for rel, m in [("Antragsteller/in", p)] + household(rng, cc, ref, p):
        d.f("  {n}, geb. {dob} ({a} J.)\n", n=m.full(), dob=m.dob_v("dmy."), a=m.age_v())
    d.f("\nSozialversicherungs-/Steuer-ID: {id}\n", id=ids(rng, cc, p))
    d.f("Mehrbedarf wegen {m} wird anerkannt.\n", m=V(rng.choice(MED_DE[4:]), "MEDICAL_CONDITION"))
    d.f(
        "Die Miete wird direkt an den Vermieter überwiesen. Ihre Bankverbindung: {ib}\n\nMit freundlichen Grüßen\n{sb}\n",
        ib=vals.iban(rng, cc),
        sb=person(rng, cc, ref).full(),
    )
    return d


def t_nl_visit(rng, i):
    ref = vals.ref_date(rng)
    cc = rng.choice(["NL", "BE"])
    d = Doc(rng, rng.choice([None, "typo", "space"]))
    p = person(rng, cc, ref)
    a = Address(rng, cc)
    d.f("Verslag huisbezoek – {dt}\nMedewerker: {mw}\n\n", dt=ref.strftime("%d-%m-%Y"), mw=person(rng, cc, ref).full())
    d.f("Bezoek aan {n} ({a} jaar) op het adres {ad}. ", n=p.full(), a=p.age_v(), ad=a.full())
    d.f(
        "{bsn} Cliënt woont samen met ",
        bsn=["BSN ", vals.nid(rng, "nl.bsn", dob=p.dob)]
        if cc == "NL"
        else ["Rijksregisternr. ", vals.nid(rng, "be.nn", dob=p.dob, female=p.female)],
    )
    hh = household(rng, cc, ref, p, n=rng.randint(1, 3))
    for k, (rel, m) in enumerate(hh):
        if k:
            d.t(" en ")
        d.f("{g} ({a})", g=m.given(), a=m.age_v())
    d.f(". De woning is vochtig; cliënt heeft {m}. ", m=V(rng.choice(MED_NL), "MEDICAL_CONDITION"))
    if rng.random() < 0.4:
        d.f("Uit het dossier blijkt een {c}. ", c=V(rng.choice(CRIM_NL), "CRIMINAL_HISTORY"))
    d.f(
        "Er is een huurachterstand van drie maanden. Afspraak gemaakt met schuldhulpverlening in {t}.\n\nTelefoon cliënt: {ph}\n",
        t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
        ph=vals.phone(rng, cc),
    )
    return d


def t_ch_sozialhilfe(rng, i):
    ref = vals.ref_date(rng)
    cc = "CH"
    d = Doc(rng, rng.choice([None, "space"]))
    p = person(rng, cc, ref)
    a = Address(rng, cc)
    fr = rng.random() < 0.4
    if fr:
        d.t("Service social régional – Note de dossier (aide sociale)\n\n")
        kv(
            d,
            [
                ("Bénéficiaire", p.full("SG")),
                ("N° AVS", ids(rng, cc, p)),
                ("Né(e) le", p.dob_v("dmy.")),
                ("Domicile", a.full()),
                ("Téléphone", vals.phone(rng, cc)),
            ],
        )
        d.f(
            "\nSituation : séparation récente, deux enfants ({a1} et {a2} ans). Problème de santé : {m}. ",
            a1=age_v(rng.randint(2, 9)),
            a2=age_v(rng.randint(10, 17)),
            m=V(rng.choice(MED_FR), "MEDICAL_CONDITION"),
        )
        d.f(
            "Loyer pris en charge jusqu'à CHF {l}.– ; versement sur {ib}.\n",
            l=str(rng.randint(11, 19) * 100),
            ib=vals.iban(rng, "CH"),
        )
    else:
        d.t("Sozialdienst – Aktennotiz Wohnsituation\n\n")
        kv(
            d,
            [
                ("Klient/in", p.full("SG")),
                ("AHV-Nr.", ids(rng, cc, p)),
                ("Geburtsdatum", p.dob_v("dmy.")),
                ("Wohnadresse", a.full()),
                ("Natel", vals.phone(rng, cc)),
            ],
        )
        d.f(
            "\nKündigung per Ende {m}. Klient/in ist wegen {med} arbeitsunfähig. ",
            m=rng.choice(["März", "Juni", "September", "Dezember"]),
            med=V(rng.choice(MED_DE[4:]), "MEDICAL_CONDITION"),
        )
        if rng.random() < 0.4:
            d.f("Strafregisterauszug: {c}. ", c=V(rng.choice(CRIM_DE), "CRIMINAL_HISTORY"))
        d.f(
            "Notwohnung in {t} reserviert. Mietzinsgarantie über {ib}.\n",
            t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
            ib=vals.iban(rng, "CH"),
        )
    return d


def t_fr_siao(rng, i):
    ref = vals.ref_date(rng)
    cc = rng.choice(["FR", "FR", "BE"])
    d = Doc(rng, rng.choice([None, "typo"]))
    p = person(rng, cc, ref)
    a = Address(rng, cc)
    d.t(rng.choice(["SIAO – Fiche d'évaluation sociale", "CPAS – Rapport social (demande de logement)"]) + "\n\n")
    d.f(
        "Demandeur : {n}, né(e) le {dob}, {a} ans\nN° de sécurité sociale / NISS : {id}\nAdresse de domiciliation : {ad}\nTél. : {ph}\n\n",
        n=p.full(),
        dob=p.dob_v(rng.choice(["dmy/", "fr"])),
        a=p.age_v(),
        id=vals.nid(rng, "fr.nir" if cc == "FR" else "be.nn", dob=p.dob, female=p.female),
        ad=a.full(),
        ph=vals.phone(rng, cc),
    )
    d.t("Composition familiale :\n")
    for rel, m in household(rng, cc, ref, p):
        d.f("- {g}, {a} ans\n", g=m.given(), a=m.age_v())
    d.f("\nSanté : {m}. ", m=V(rng.choice(MED_FR), "MEDICAL_CONDITION"))
    if rng.random() < 0.4:
        d.f("Antécédents : {c}. ", c=V(rng.choice(CRIM_FR), "CRIMINAL_HISTORY"))
    d.f(
        "Orientation proposée : résidence sociale à {t}.\nTravailleur social : {ts}\n",
        t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
        ts=person(rng, cc, ref).full(),
    )
    return d


def t_nordic(rng, i):
    ref = vals.ref_date(rng)
    cc = NORDIC[i % 4]
    d = Doc(rng, rng.choice([None, "typo"]))
    p = person(rng, cc, ref)
    a = Address(rng, cc)
    head = {
        "SE": (
            "Socialtjänsten – utredning bostad",
            "Sökande",
            "Personnummer",
            "Adress",
            "Telefon",
            "Hushåll",
            "Hälsa",
            "år",
        ),
        "NO": (
            "NAV – vedtak om midlertidig bolig",
            "Søker",
            "Fødselsnummer",
            "Adresse",
            "Telefon",
            "Husstand",
            "Helse",
            "år",
        ),
        "DK": (
            "Kommunen – boligsocial indstilling",
            "Ansøger",
            "CPR-nr.",
            "Adresse",
            "Telefon",
            "Husstand",
            "Helbred",
            "år",
        ),
        "FI": (
            "Sosiaalitoimi – asumisen tuen päätös",
            "Hakija",
            "Henkilötunnus",
            "Osoite",
            "Puhelin",
            "Kotitalous",
            "Terveys",
            "v",
        ),
    }[cc]
    d.t(head[0] + "\n\n")
    kv(
        d,
        [
            (head[1], p.full()),
            (head[2], ids(rng, cc, p)),
            (head[3], a.full()),
            (head[4], vals.phone(rng, cc)),
            ("E-post" if cc != "FI" else "Sähköposti", p.email(rng)),
        ],
    )
    d.t(f"\n{head[5]}:\n")
    for rel, m in household(rng, cc, ref, p):
        d.f("  {n}, {a} {u}\n", n=m.full(), a=m.age_v(), u=head[7])
    d.f("\n{h}: {m}\n", h=head[6], m=V(rng.choice(MED_EN), "MEDICAL_CONDITION"))
    d.f(
        "Notes (English summary for partner agency): applicant currently staying with a friend in {t}; eviction after rent arrears.\n",
        t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
    )
    return d


def t_json_export(rng, i):
    ref = vals.ref_date(rng)
    cc = rng.choice(ALL)
    d = Doc(rng, None)
    p = person(rng, cc, ref)
    a = Address(rng, cc)
    obj = {
        "caseId": f"HW-{cc}-{vals.digits(rng, 6)}",
        "opened": ref.isoformat(),
        "applicant": {
            "fullName": p.full(),
            "dateOfBirth": p.dob_v("iso"),
            "nationalId": ids(rng, cc, p),
            "address": a.full(),
            "phone": vals.phone(rng, cc, style="e164"),
            "email": p.email(rng),
        },
        "household": [{"name": m.full(), "relation": rel, "age": m.age_v()} for rel, m in household(rng, cc, ref, p)],
        "flags": {
            "health": V(rng.choice(MED_EN), "MEDICAL_CONDITION"),
            "offending_history": V(rng.choice(CRIM_EN), "CRIMINAL_HISTORY") if rng.random() < 0.4 else None,
            "identity_note": (
                V(rng.choice(GENDER_EN), "GENDER_IDENTITY")
                if rng.random() < 0.5
                else V(rng.choice(ORIENT_EN), "SEXUAL_ORIENTATION")
            )
            if rng.random() < 0.4
            else None,
        },
        "risk": rng.choice(["low", "medium", "high"]),
    }
    json_obj(d, obj, indent=2)
    d.t("\n")
    return d


def t_email(rng, i):
    ref = vals.ref_date(rng)
    cc = rng.choice(ALL)
    d = Doc(rng, rng.choice([None, "typo", "case"]))
    w = person(rng, cc, ref)
    p = person(rng, cc, ref)
    d.f(
        "From: {w} <{e}>\nTo: housing-options@council.example\nSubject: urgent – {s} family\n\n",
        w=w.full(),
        e=w.email(rng, ["council.example"]),
        s=p.sur(),
    )
    d.f("Hi all,\n\nI visited {n} today at {a}. ", n=p.full(), a=Address(rng, cc).full())
    kid = person(rng, cc, ref, age=rng.randint(1, 16), sur=p.s_lat)
    d.f(
        "The youngest, {k} ({ka}), has {m} and the flat has mould throughout. ",
        k=kid.given(),
        ka=kid.age_v(),
        m=V(rng.choice(["asthma", "bronchitis", "eczema", "sickle cell disease"]), "MEDICAL_CONDITION"),
    )
    d.f(
        "{g} was born on {dob} and is {a}; the landlord has given notice. Her/his number is {ph}.\n\n",
        g=p.given(),
        dob=p.dob_v(rng.choice(["dmy/", "en"])),
        a=p.age_v(),
        ph=vals.phone(rng, cc),
    )
    d.f(
        "Can we look at emergency placement near {t}? The children go to school there.\n\nThanks\n{wg}\n",
        t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
        wg=w.given(),
    )
    return d


TEMPLATES = [
    t_uk_assessment,
    t_ie_application,
    t_de_letter,
    t_nl_visit,
    t_ch_sozialhilfe,
    t_fr_siao,
    t_nordic,
    t_json_export,
    t_email,
]


def make(rng, i):
    return TEMPLATES[i % len(TEMPLATES)](rng, i)
