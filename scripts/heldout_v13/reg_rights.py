"""Register rights_requests: data-subject requests (access, correction, deletion, restriction) and staff handling."""

from __future__ import annotations

import datetime as dt
import random

import values as v
from doc import Doc
from people import Person, person
from places import postcode, street_line, town

# country: (cultures, law, [(id caption, id kind)], free-mail domains)
COUNTRIES: dict[str, tuple[list[str], str, list[tuple[str, str]], list[str]]] = {
    "GB": (
        ["en_gb", "pk", "ng", "pl", "in"],
        "Article 15 of the UK GDPR",
        [("National Insurance number", "GB_NINO"), ("NHS number", "GB_NHS")],
        ["btinternet.com", "gmail.com", "sky.com"],
    ),
    "IE": (["en_ie", "pl", "br"], "Article 15 GDPR", [("PPS number", "IE")], ["eircom.net", "gmail.com"]),
    "DE": (["de", "tr", "ru"], "Art. 15 DSGVO", [("Steuer-ID", "DE")], ["web.de", "gmx.de", "t-online.de"]),
    "AT": (["at", "de"], "Art. 15 DSGVO", [("Sozialversicherungsnummer", "AT")], ["gmx.at", "aon.at"]),
    "CH": (["ch", "it", "pt"], "Art. 25 DSG (revFADP)", [("AHV-Nr.", "CH")], ["bluewin.ch", "gmx.ch"]),
    "FR": (
        ["fr", "ar"],
        "l'article 15 du RGPD",
        [("numéro de sécurité sociale", "FR")],
        ["orange.fr", "free.fr", "laposte.net"],
    ),
    "IT": (["it", "ro"], "art. 15 GDPR", [("codice fiscale", "IT")], ["libero.it", "virgilio.it", "gmail.com"]),
    "ES": (["es", "ca"], "artículo 15 del RGPD", [("DNI/NIE", "ES")], ["telefonica.net", "gmail.com", "hotmail.es"]),
    "NL": (["nl", "tr"], "artikel 15 AVG", [("BSN", "NL")], ["ziggo.nl", "kpnmail.nl", "gmail.com"]),
    "BE": (["be", "fr"], "Article 15 GDPR", [("national register number", "BE")], ["skynet.be", "telenet.be"]),
    "PL": (["pl", "uk"], "Article 15 GDPR", [("PESEL", "PL")], ["wp.pl", "onet.pl", "interia.pl"]),
    "SE": (["sv"], "Article 15 GDPR", [("personnummer", "SE")], ["telia.com", "gmail.com"]),
    "DK": (["da"], "Article 15 GDPR", [("CPR number", "DK")], ["mail.dk", "gmail.com"]),
    "FI": (["fi"], "Article 15 GDPR", [("henkilötunnus", "FI")], ["elisanet.fi", "gmail.com"]),
    "NO": (["no"], "GDPR Article 15 (EEA)", [("fødselsnummer", "NO")], ["online.no", "gmail.com"]),
    "PT": (["pt", "br"], "Article 15 GDPR", [("NIF", "PT")], ["sapo.pt", "gmail.com"]),
    "US": (
        ["en_us", "mx", "ko"],
        "the California Consumer Privacy Act (CCPA)",
        [("Social Security number", "US_SSN"), ("passport number", "US_PASSPORT"), ("ITIN", "US_ITIN")],
        ["yahoo.com", "aol.com", "gmail.com"],
    ),
    "CA": (["en_ca", "fil"], "PIPEDA", [("SIN", "CA")], ["rogers.com", "shaw.ca"]),
    "AU": (["en_au", "vi"], "the Australian Privacy Principles", [("TFN", "AU")], ["bigpond.com", "optusnet.com.au"]),
    "IN": (["in"], "the DPDP Act 2023", [("Aadhaar", "IN")], ["rediffmail.com", "gmail.com"]),
    "BR": (["br"], "art. 18 da LGPD", [("CPF", "BR")], ["uol.com.br", "bol.com.br"]),
    "TR": (["tr"], "KVKK madde 11", [("T.C. Kimlik No", "TR")], ["hotmail.com", "gmail.com"]),
    "ZA": (["en_gb", "ng"], "section 23 of POPIA", [("ID number", "ZA")], ["mweb.co.za", "gmail.com"]),
}
ID_LABEL = {"US_SSN": "US_SSN", "US_PASSPORT": "US_PASSPORT", "US_ITIN": "US_ITIN"}
KINDS = ["access", "erasure", "rectification", "restriction", "objection"]
SUBJ = {
    "access": ["Subject access request", "SAR – please send me my data", "Request for a copy of my personal data"],
    "erasure": ["Request for erasure", "Delete my data please", "Right to be forgotten – urgent"],
    "rectification": ["Correction of my details", "Rectification request", "Wrong data on file"],
    "restriction": ["Request to restrict processing", "Please stop using my information"],
    "objection": ["Objection to processing", "Unsubscribe and object to profiling"],
}
STAFF_CULT = ["en_gb", "nl", "de", "fr", "es", "in"]


def _idval(rng: random.Random, kind: str, country: str, p: Person, birth: dt.date) -> tuple[str, str]:
    if kind == "US_SSN":
        return "US_SSN", v.us_ssn(rng)
    if kind == "US_PASSPORT":
        return "US_PASSPORT", v.us_passport(rng)
    if kind == "US_ITIN":
        return "US_ITIN", v.us_itin(rng)
    return "NATIONAL_ID", v.national_id(rng, kind, birth, p.female, p.given_lat, p.family_lat)


def _who(rng: random.Random, country: str) -> dict[str, object]:
    cults, law, ids, doms = COUNTRIES[country]
    p = person(rng, rng.choice(cults))
    p = p if rng.random() < 0.25 else p.latin()
    age = rng.randint(19, 78)
    birth = v.dob(rng, age)
    cap, kind = rng.choice(ids)
    lab, idv = _idval(rng, kind, country, p, birth)
    return {
        "p": p,
        "age": age,
        "birth": birth,
        "law": law,
        "idcap": cap,
        "idlab": lab,
        "id": idv,
        "email": v.email(rng, p.given_lat, p.family_lat, doms + ["gmail.com", "outlook.com"]),
        "phone": v.phone(rng, country, rng.random() < 0.7),
        "street": street_line(rng, country),
        "town": town(rng, country),
        "pc": postcode(rng, country),
        "handle": v.handle(rng, p.given_lat, at=False),
    }


def _email_en(rng: random.Random, d: Doc, country: str) -> None:
    w = _who(rng, country)
    p = w["p"]
    assert isinstance(p, Person)
    kind = rng.choice(KINDS)
    sent = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))
    d.line("From: {n} <{e}>", n=("PERSON", p.full), e=("EMAIL_ADDRESS", str(w["email"])))
    d.line(
        "To: {to}",
        to=rng.choice(["Data Protection Officer", "Privacy team (web form)", "DPO – Child Helpline Foundation"]),
    )
    d.line("Date: {dt}", dt=sent.strftime("%a, %d %b %Y") + f" {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}")
    d.line("Subject: {s}", s=rng.choice(SUBJ[kind]))
    d.line()
    d.line(rng.choice(["Dear Data Protection Officer,", "Hello,", "To whom it may concern,", "Hi there"]))
    d.line()
    intro = {
        "access": "Under {law} I am asking for a copy of all personal data you hold about me, including call "
        "recordings and notes.",
        "erasure": "I am writing to ask you to delete all information you hold about me under {law} and the "
        "right to erasure.",
        "rectification": "Your records about me are wrong and I'd like them corrected ({law} and the right to "
        "rectification).",
        "restriction": "I want you to restrict the processing of my data while my complaint is looked at, as "
        "allowed under {law}.",
        "objection": "I object to you using my details for fundraising and profiling ({law}).",
    }[kind]
    art = {"access": "15", "rectification": "16", "erasure": "17", "restriction": "18", "objection": "21"}[kind]
    d.line(intro, law=str(w["law"]).replace("15", art))
    d.line()
    rows = [
        ("Full name: {v}", ("PERSON", p.variant(rng))),
        ("Date of birth: {v}", ("DATE_OF_BIRTH", v.fmt_date(rng, w["birth"], "mdy" if country == "US" else None))),  # type: ignore[arg-type]
        (
            "Address: {v}, {t} {pc}"
            if country in ("GB", "US", "CA", "AU", "IE", "IN", "ZA")
            else "Address: {v}, {pc} {t}",
            ("STREET_ADDRESS", str(w["street"])),
        ),
        ("Phone: {v}", ("PHONE_NUMBER", str(w["phone"]))),
        (f"{w['idcap']}: {{v}}", (str(w["idlab"]), str(w["id"]))),
        ("Username on your forum: {v}", ("USERNAME", str(w["handle"]))),
    ]
    rng.shuffle(rows)
    for tmpl, val in rows[: rng.randint(3, 6)]:
        d.line(tmpl, v=val, t=("LOCATION", str(w["town"])), pc=str(w["pc"]))
    d.line()
    if kind == "rectification":
        g = p.given
        i = rng.randrange(1, max(2, len(g) - 1))
        wrong = g[:i] + g[i + 1 :] if rng.random() < 0.5 else g[:i] + g[i] + g[i:]
        d.line(
            "You have my name as {o} and my old address {a}. Both are wrong, the correct details are above.",
            o=("PERSON", f"{wrong} {p.family}"),
            a=("STREET_ADDRESS", street_line(rng, country)),
        )
        if rng.random() < 0.4:
            d.line(
                "I have also transitioned since I last contacted you – I am {g} – so please update my title to {t}.",
                g=("GENDER_IDENTITY", rng.choice(["a trans woman", "a trans man", "non-binary"])),
                t=rng.choice(["Mx", "Ms", "Mr"]),
            )
    elif kind == "erasure":
        ch = person(rng, p.culture).latin()
        cage = rng.randint(3, 16)
        d.line(
            "This includes the report I made about my {rel} {c} ({a}) in {y}. {c2} is doing well now and I don't "
            "want that record kept.",
            rel="daughter" if ch.female else "son",
            c=("PERSON", ch.given),
            a=("MINOR_AGE", str(cage)),
            y=str(rng.randint(2016, 2023)),
            c2=("PERSON", ch.given),
        )
    elif kind == "restriction":
        ex = person(rng, p.culture, not p.female).latin()
        d.line(
            "The report about me was made by my ex-partner {x}, who {cr}. I dispute it.",
            x=("PERSON", ex.full),
            cr=(
                "CRIMINAL_HISTORY",
                rng.choice(
                    [
                        "was convicted of harassing me in 2022",
                        "has a caution for malicious communications",
                        "is currently on bail for assault",
                        "was given a restraining order last year",
                    ]
                ),
            ),
        )
    elif kind == "access" and rng.random() < 0.5:
        d.line(
            "I was a caller when I was {a}. I have {m} and my therapist thinks seeing the notes will help.",
            a=("MINOR_AGE", str(rng.randint(11, 17))),
            m=(
                "MEDICAL_CONDITION",
                rng.choice(
                    ["PTSD", "complex PTSD", "borderline personality disorder", "depression", "an anxiety disorder"]
                ),
            ),
        )
    if rng.random() < 0.35:
        if country == "US":
            d.line(
                "If there's a refund of my monthly gift, use routing {r} account {a}.",
                r=("ABA_ROUTING_NUMBER", v.aba(rng)),
                a=("US_BANK_NUMBER", v.us_bank(rng)),
            )
        else:
            d.line(
                "Please also refund my last donation to {i}.",
                i=("IBAN_CODE", v.iban_code(rng, country if country in v.BBAN else "DE")),
            )
    extra = rng.random()
    if extra < 0.2:
        d.line(
            "Please include data linked to my phone: IMEI {im}, advertising ID {ad}, and the Wi-Fi MAC {m} your "
            "app logged.",
            im=("DEVICE_ID", v.imei(rng)),
            ad=("DEVICE_ID", v.device_uuid(rng)),
            m=("MAC_ADDRESS", v.mac(rng)),
        )
    elif extra < 0.35:
        slug = v.ascii_fold(f"{p.given_lat}-{p.family_lat}").lower().replace(" ", "-")
        d.line(
            "You can check it is really me on {u}.",
            u=(
                "URL",
                rng.choice(
                    [
                        f"https://www.linkedin.com/in/{slug}-{rng.randint(10, 999)}",
                        f"https://www.facebook.com/{slug.replace('-', '.')}",
                        f"https://x.com/{str(w['handle'])}",
                    ]
                ),
            ),
        )
    elif extra < 0.5:
        d.line(
            "If it helps, my login for the supporter portal is {h} and the password is {pw}.",
            h=("USERNAME", str(w["handle"])),
            pw=("CREDENTIAL", v.credential(rng, "pw")),
        )
    if country == "US" and rng.random() < 0.6:
        st = rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "PA"])
        d.line("Driver's license ({s}): {dl}", s=st, dl=("US_DRIVER_LICENSE", v.us_driver_license(rng, st)))
    d.line(
        rng.choice(
            [
                "I attach a scan of my passport.",
                "Photo ID attached.",
                "I can send ID if you need it.",
                "My driving licence is attached as proof of identity.",
            ]
        )
    )
    d.line()
    d.line(rng.choice(["Kind regards,", "Thanks,", "Regards", "Best wishes,", "Yours faithfully,"]))
    d.line("{n}", n=("PERSON", p.given if rng.random() < 0.4 else p.full))


def _checklist(rng: random.Random, d: Doc, country: str) -> None:
    w = _who(rng, country)
    p = w["p"]
    assert isinstance(p, Person)
    staff = person(rng, rng.choice(STAFF_CULT)).latin()
    kind = rng.choice(KINDS)
    rec = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))
    box = lambda ok: rng.choice(["[x]", "☑", "✔", "YES"]) if ok else rng.choice(["[ ]", "☐", "✘", "NO"])  # noqa: E731
    d.line(
        "DSR-{y}-{n} | Type: {k} | Received: {r} via {ch}",
        y=str(rec.year),
        n=f"{rng.randint(1, 9999):04d}",
        k=kind.upper(),
        r=rec.strftime("%d/%m/%Y"),
        ch=rng.choice(["web form", "email", "post", "phone"]),
    )
    d.line(
        "Requester: {n} | Country: {c} | Deadline: {dl}",
        n=("PERSON", p.full),
        c=country,
        dl=(rec + dt.timedelta(days=30)).strftime("%d/%m/%Y"),
    )
    d.line("-" * rng.choice([30, 48, 60]))
    rows = [
        ("{b} Name matches CRM record C-{n} ({v})", ("PERSON", p.variant(rng))),
        ("{b} DOB matches: {v}", ("DATE_OF_BIRTH", v.fmt_date(rng, w["birth"]))),  # type: ignore[arg-type]
        ("{b} Email on file: {v}", ("EMAIL_ADDRESS", str(w["email"]))),
        ("{b} Phone on file: {v}", ("PHONE_NUMBER", str(w["phone"]))),
        ("{b} Postal address: {v}", ("STREET_ADDRESS", str(w["street"]))),
        (
            f"{{b}} ID document checked – {w['idcap']} {{v}} (copy destroyed after check)",
            (str(w["idlab"]), str(w["id"])),
        ),
        ("{b} Account handle confirmed: {v}", ("USERNAME", "@" + str(w["handle"]))),
        ("{b} Submission IP: {v}", ("IP_ADDRESS", v.ipv4(rng) if rng.random() < 0.7 else v.ipv6(rng))),
    ]
    rng.shuffle(rows)
    for tmpl, val in rows[: rng.randint(4, 8)]:
        d.line(tmpl, b=box(rng.random() < 0.85), v=val, n=str(rng.randint(10000, 99999)))
    d.line()
    d.line(
        "Handling notes ({s}, {dt}):",
        s=("PERSON", staff.full if rng.random() < 0.5 else staff.given),
        dt=(rec + dt.timedelta(days=rng.randint(1, 20))).strftime("%d %b"),
    )
    notes = [
        (
            "Town on file is {t}, requester now lives in {t2} – updated.",
            {"t": ("LOCATION", town(rng, country)), "t2": ("LOCATION", str(w["town"]))},
        ),
        (
            "Record also mentions requester's child {c}, {a} – redact from disclosure bundle.",
            {"c": ("PERSON", person(rng, p.culture).latin().given), "a": ("MINOR_AGE", str(rng.randint(2, 17)))},
        ),
        (
            "Caller notes refer to {m}; health data – senior review before release.",
            {
                "m": (
                    "MEDICAL_CONDITION",
                    rng.choice(["bipolar disorder", "HIV", "a miscarriage", "alcohol dependency", "cerebral palsy"]),
                )
            },
        ),
        (
            "Third party named in notes ({x}) – withhold under exemption.",
            {"x": ("PERSON", person(rng, p.culture).latin().full)},
        ),
        ("Legal hold: safeguarding case still open, erasure refused in part.", {}),
        ("Verified by callback to {ph}.", {"ph": ("PHONE_NUMBER", v.phone(rng, country, True))}),
    ]
    rng.shuffle(notes)
    for tmpl, slots in notes[: rng.randint(2, 4)]:
        d.line("- " + tmpl, **slots)  # type: ignore[arg-type]


def _reply(rng: random.Random, d: Doc, country: str) -> None:
    w = _who(rng, country)
    p = w["p"]
    assert isinstance(p, Person)
    staff = person(rng, rng.choice(STAFF_CULT)).latin()
    title = rng.choice(["Ms", "Mr", "Mx", "Dr", ""])
    d.line("Our ref: DSR/{n}/{y}", n=str(rng.randint(100, 9999)), y=str(rng.randint(22, 24)))
    d.line()
    if title:
        d.line("Dear {t} {f},", t=title, f=("PERSON", p.family))
    else:
        d.line("Dear {n},", n=("PERSON", p.full))
    d.line()
    d.line(
        "Thank you for your request, which we received on {r}. We verified your identity against the date of "
        "birth you gave ({b}) and the {cap} ending in the digits you supplied.",
        r=(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))).strftime("%d %B %Y"),
        b=("DATE_OF_BIRTH", v.fmt_date(rng, w["birth"], rng.choice(["long", "dmy", "iso"]))),  # type: ignore[arg-type]
        cap=str(w["idcap"]),
    )
    what = rng.choice(["corrected", "erased", "restricted"])
    if what == "corrected":
        d.line(
            "We have corrected your postal address to {a}, {t} and your e-mail to {e}.",
            a=("STREET_ADDRESS", str(w["street"])),
            t=("LOCATION", str(w["town"])),
            e=("EMAIL_ADDRESS", str(w["email"])),
        )
    elif what == "erased":
        d.line(
            "We have erased your donor profile, the web account {h} and the mobile number {ph}. We must keep the "
            "safeguarding record of {yr} for legal reasons.",
            h=("USERNAME", str(w["handle"])),
            ph=("PHONE_NUMBER", str(w["phone"])),
            yr=str(rng.randint(2015, 2022)),
        )
    else:
        d.line(
            "Processing of your record is now restricted. Your contact details ({e}) will only be used to tell "
            "you when the restriction is lifted.",
            e=("EMAIL_ADDRESS", str(w["email"])),
        )
    d.line("If you are unhappy with our response you can complain to your supervisory authority.")
    d.line()
    d.line(rng.choice(["Yours sincerely,", "Kind regards,", "With best wishes,"]))
    d.line("{s}", s=("PERSON", staff.full))
    d.line(rng.choice(["Data Protection Team", "Privacy Officer", "Information Governance Lead"]))


_FOREIGN = {
    "DE": (
        "Auskunftsersuchen nach {law}",
        "Sehr geehrte Damen und Herren,",
        "hiermit bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten.",
        ["Name: {n}", "Geburtsdatum: {b}", "Anschrift: {a}, {pc} {t}", "Telefon: {ph}", "{cap}: {i}", "E-Mail: {e}"],
        "Mit freundlichen Grüßen",
    ),
    "AT": (
        "Antrag auf Löschung gemäß {law}",
        "Sehr geehrte Damen und Herren,",
        "ich ersuche um Löschung sämtlicher mich betreffender Daten.",
        ["Name: {n}", "geboren am {b}", "Adresse: {a}, {pc} {t}", "{cap}: {i}", "Tel.: {ph}"],
        "Freundliche Grüße",
    ),
    "CH": (
        "Auskunftsbegehren gemäss {law}",
        "Grüezi",
        "Ich ersuche Sie um Auskunft über die über mich bearbeiteten Personendaten.",
        ["Name: {n}", "Geburtsdatum: {b}", "Adresse: {a}, {pc} {t}", "{cap}: {i}", "Mobile: {ph}", "Mail: {e}"],
        "Freundliche Grüsse",
    ),
    "FR": (
        "Demande d'accès – {law}",
        "Madame, Monsieur,",
        "Conformément à {law}, je vous prie de me communiquer l'ensemble des données me concernant.",
        ["Nom : {n}", "Né(e) le : {b}", "Adresse : {a}, {pc} {t}", "Tél. : {ph}", "{cap} : {i}", "Courriel : {e}"],
        "Veuillez agréer mes salutations distinguées.",
    ),
    "IT": (
        "Richiesta di cancellazione – {law}",
        "Spett.le Ufficio Privacy,",
        "con la presente chiedo la cancellazione di tutti i miei dati personali.",
        [
            "Nome e cognome: {n}",
            "Data di nascita: {b}",
            "Indirizzo: {a}, {pc} {t}",
            "Cellulare: {ph}",
            "{cap}: {i}",
            "E-mail: {e}",
        ],
        "Cordiali saluti",
    ),
    "ES": (
        "Derecho de rectificación – {law}",
        "Estimados señores:",
        "Solicito la rectificación de mis datos personales, que constan de forma incorrecta.",
        [
            "Nombre: {n}",
            "Fecha de nacimiento: {b}",
            "Domicilio: {a}, {pc} {t}",
            "Móvil: {ph}",
            "{cap}: {i}",
            "Correo: {e}",
        ],
        "Atentamente,",
    ),
    "NL": (
        "Inzageverzoek op grond van {law}",
        "Geachte heer/mevrouw,",
        "Graag ontvang ik een overzicht van alle persoonsgegevens die u van mij verwerkt.",
        ["Naam: {n}", "Geboortedatum: {b}", "Adres: {a}, {pc} {t}", "Telefoon: {ph}", "{cap}: {i}", "E-mail: {e}"],
        "Met vriendelijke groet,",
    ),
}


def _foreign(rng: random.Random, d: Doc, country: str) -> None:
    w = _who(rng, country)
    p = w["p"]
    assert isinstance(p, Person)
    subj, greet, body, fields, close = _FOREIGN[country]
    style = "dot" if country in ("DE", "AT", "CH") else rng.choice(["dmy", "long", "dot"])
    if rng.random() < 0.5:
        d.line("{n}", n=("PERSON", p.full))
        d.line("{a}", a=("STREET_ADDRESS", str(w["street"])))
        d.line("{pc} {t}", pc=str(w["pc"]), t=("LOCATION", str(w["town"])))
        d.line()
    d.add(
        "Betreff: "
        if country in ("DE", "AT", "CH")
        else "Objet : "
        if country == "FR"
        else "Oggetto: "
        if country == "IT"
        else "Asunto: "
        if country == "ES"
        else "Onderwerp: "
    )
    d.line(subj, law=str(w["law"]))
    d.line()
    d.line(greet)
    d.line(body, law=str(w["law"]))
    d.line()
    chosen = fields[:]
    rng.shuffle(chosen)
    for f in chosen[: rng.randint(3, len(chosen))]:
        d.line(
            f,
            n=("PERSON", p.variant(rng)),
            b=("DATE_OF_BIRTH", v.fmt_date(rng, w["birth"], style)),  # type: ignore[arg-type]
            a=("STREET_ADDRESS", str(w["street"])),
            pc=str(w["pc"]),
            t=("LOCATION", str(w["town"])),
            ph=("PHONE_NUMBER", str(w["phone"])),
            cap=str(w["idcap"]),
            i=(str(w["idlab"]), str(w["id"])),
            e=("EMAIL_ADDRESS", str(w["email"])),
        )
    d.line()
    d.line(close)
    d.line("{n}", n=("PERSON", p.full))


def generate(rng: random.Random, idx: int) -> Doc:
    d = Doc()
    k = (idx + rng.randrange(4)) % 8
    countries = list(COUNTRIES) + ["US", "US", "US", "GB", "GB", "DE", "FR", "CH", "CH"]
    if k in (0, 1, 2):
        _email_en(rng, d, rng.choice(countries))
    elif k in (3, 4):
        _checklist(rng, d, rng.choice(countries))
    elif k == 5:
        _reply(rng, d, rng.choice(countries))
    else:
        _foreign(rng, d, rng.choice(list(_FOREIGN)))
    return d
