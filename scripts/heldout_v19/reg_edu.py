"""Register 4: education_admin."""

import datetime

import pools
from common import (
    Addr,
    Doc,
    Frag,
    Redraw,
    US_AREA,
    doc_date,
    dob_for_age,
    email,
    fmt_date,
    iban,
    ipv4,
    mac,
    national_id,
    nm,
    password,
    person,
    phone,
    pick,
    plate,
    profile_url,
    rdate,
    rdig,
    ralnum,
    serial,
    token,
    username,
    us_account,
    us_itin,
    us_routing,
    us_ssn,
    uuid,
    DATE_STYLE,
    LOW,
    DIG,
)

REGISTER = "education_admin"

SCHOOLS = {
    "GB": [
        "Hollybank Academy",
        "St Aidan's C of E Primary School",
        "Riverside Community College",
        "Beacon Hill High School",
        "Ashgrove Junior School",
    ],
    "IE": ["Scoil Bhríde National School", "Coláiste Éinde", "St Mary's Secondary School", "Gaelscoil na Cruinne"],
    "US": ["Lincoln Middle School", "Cedar Ridge High School", "Westview Elementary", "Roosevelt STEM Academy"],
    "AU": ["Banksia Park Primary School", "Bayside Secondary College", "St Joseph's College"],
    "DE": ["Grundschule am Lindenplatz", "Albert-Einstein-Gymnasium", "Gesamtschule Nord", "Realschule am Park"],
    "FR": ["École élémentaire Jules Ferry", "Collège Jean Moulin", "Lycée Marie Curie"],
    "ES": ["CEIP Miguel de Cervantes", "IES Antonio Machado", "Colegio Nuestra Señora del Pilar"],
    "NL": ["Basisschool De Regenboog", "Het Stedelijk Lyceum", "Christelijk College De Populier"],
    "IT": [
        "Istituto Comprensivo Leonardo da Vinci",
        "Liceo Scientifico Galileo Galilei",
        "Scuola Primaria Gianni Rodari",
    ],
    "PL": [
        "Szkoła Podstawowa nr 12",
        "VI Liceum Ogólnokształcące",
        "Szkoła Podstawowa nr 3 z Oddziałami Integracyjnymi",
    ],
}
UNIS = [
    "University of the North Coast",
    "Kingsmere University",
    "Hartwell Institute of Technology",
    "St Columba's College",
    "Westbrook University",
]
ETH = {
    "GB": [
        "White British",
        "Black African",
        "Black Caribbean",
        "Pakistani",
        "Bangladeshi",
        "Indian",
        "Gypsy/Roma",
        "White and Black Caribbean",
        "Chinese",
        "Any other White background",
    ],
    "IE": [
        "White Irish",
        "Irish Traveller",
        "Black or Black Irish - African",
        "Asian or Asian Irish - Chinese",
        "Roma",
        "Polish",
    ],
    "US": [
        "Hispanic or Latino",
        "Black or African American",
        "American Indian or Alaska Native",
        "Asian - Vietnamese",
        "Native Hawaiian",
        "White",
    ],
    "AU": ["Aboriginal", "Torres Strait Islander", "Aboriginal and Torres Strait Islander", "Samoan"],
}
SEN = [
    "autism spectrum condition",
    "dyslexia",
    "ADHD",
    "dyspraxia",
    "hearing impairment",
    "cerebral palsy",
    "epilepsy",
    "type 1 diabetes",
    "speech and language disorder",
    "anxiety disorder",
    "visual impairment",
    "Down syndrome",
]
YEARGROUP = {
    "GB": lambda a: "Year %d" % (a - 4),
    "IE": lambda a: (
        (
            "%s Class"
            % ["Junior Infants", "Senior Infants", "1st", "2nd", "3rd", "4th", "5th", "6th"][min(max(a - 4, 0), 7)]
        )
        if a < 12
        else "%s Year" % ["1st", "2nd", "3rd", "4th", "5th", "6th"][min(a - 12, 5)]
    ),
    "US": lambda a: "Grade %d" % (a - 5) if a > 5 else "Kindergarten",
    "AU": lambda a: "Year %d" % (a - 5) if a > 5 else "Prep",
}


def kid(rng, cc, when, lo, hi, last=None):
    p = person(rng, cc, last=last)
    age = rng.randint(lo, hi)
    return p, age, dob_for_age(rng, age, when)


def df(cc, d, rng=None):
    return fmt_date(d, DATE_STYLE[cc])


def t_admission_en(rng, index, when):
    cc = ["GB", "IE", "US", "AU"][index % 4]
    ch, age, dob = kid(rng, cc, when, 4, 15)
    p1 = person(rng, cc, last=ch.last)
    p2 = person(rng, cc, female=not p1.female, last=ch.last if rng.random() < 0.6 else None)
    a = Addr(rng, cc)
    school = pick(rng, SCHOOLS[cc])
    d = Doc()
    d.f(
        "{s} - In-Year Admission Application\nReceived: {dt}   Requested start: {yg}\n\nSECTION A - CHILD\n",
        s=school,
        dt=df(cc, when),
        yg=YEARGROUP[cc](age + 1),
    )
    d.f("Legal surname: {l:PERSON}   Forename(s): {f:PERSON}\n", l=ch.last.upper(), f=ch.first)
    d.f(
        "Date of birth: {dob:DATE_OF_BIRTH}   Age: {age:MINOR_AGE}   Sex: {sx}\n",
        dob=df(cc, dob),
        age=str(age),
        sx="F" if ch.female else "M",
    )
    d.f("Home address: {a}\n", a=a.frag())
    if cc == "GB":
        d.f("NHS number (if known): {v:NATIONAL_ID}\n", v=national_id(rng, "gb.nhs"))
    elif cc == "IE":
        d.f("Child's PPSN: {v:NATIONAL_ID}\n", v=national_id(rng, "ie.pps", dob, ch.female))
    d.f(
        "Ethnicity: {e:ETHNIC_ORIGIN}\nFirst language: {fl}\n",
        e=pick(rng, ETH[cc]),
        fl=rng.choice(["English", "Urdu", "Polish", "Somali", "Arabic", "Romanian", "Irish", "Spanish"]),
    )
    d.f(
        "Previous school: {ps}, left {lft}\n",
        ps=pick(rng, SCHOOLS[cc]),
        lft=df(cc, when - datetime.timedelta(days=rng.randint(10, 90))),
    )
    if rng.random() < 0.6:
        d.f("Medical needs / SEN: {m:MEDICAL_CONDITION}", m=pick(rng, SEN))
        d.t(rng.choice([" - care plan attached", " - diagnosed 2022, awaiting assessment", ""]) + "\n")
    else:
        d.t("Medical needs / SEN: none\n")
    d.t("\nSECTION B - PARENTS / CARERS\n")
    for i, pp in enumerate([p1, p2]):
        d.f(
            "Contact {i}: {n:PERSON} ({r}), mobile {t:PHONE_NUMBER}, email {e:EMAIL_ADDRESS}\n",
            i=i + 1,
            n=pp.full,
            r="mother" if pp.female else "father",
            t=phone(rng, cc, area=US_AREA.get(a.town)),
            e=email(rng, pp),
        )
    d.f(
        "Parental responsibility: {pr}\n",
        pr=rng.choice(["both", "Contact 1 only - court order on file", "both; child lives with Contact 1"]),
    )
    if rng.random() < 0.5:
        sib, sage, sdob = kid(rng, cc, when, 5, 16, last=ch.last)
        d.f(
            "Sibling at the school: {n:PERSON}, {yg} (age {a:MINOR_AGE})\n",
            n=sib.first + " " + sib.last,
            yg=YEARGROUP[cc](sage),
            a=str(sage),
        )
    d.f(
        "\nSigned by: {n:PERSON}   Date: {dt}\nOffice use: checked by {o:PERSON}, proof of address seen.\n",
        n=p1.full,
        dt=df(cc, when),
        o=person(rng, cc).full,
    )
    return d


def t_admission_native(rng, index, when):
    cc = ["DE", "FR", "ES", "NL", "IT", "PL"][index % 6]
    ch, age, dob = kid(rng, cc, when, 5, 15)
    par = person(rng, cc, last=ch.last.split(" ")[0] if cc == "ES" else ch.last)
    a = Addr(rng, cc)
    sc = pick(rng, SCHOOLS[cc])
    d = Doc()
    med = {
        "DE": ["Asthma", "Legasthenie", "ADHS", "Diabetes Typ 1", "Epilepsie"],
        "FR": ["asthme", "dyslexie", "TDAH", "diabète de type 1", "épilepsie"],
        "ES": ["asma", "dislexia", "TDAH", "diabetes tipo 1", "epilepsia"],
        "NL": ["astma", "dyslexie", "ADHD", "diabetes type 1", "epilepsie"],
        "IT": ["asma", "dislessia", "ADHD", "diabete di tipo 1", "epilessia"],
        "PL": ["astma", "dysleksja", "ADHD", "cukrzyca typu 1", "padaczka"],
    }[cc]
    has_med = rng.random() < 0.6
    if cc == "DE":
        d.f(
            "Schulanmeldung - {sc}\nSchuljahr {y}/{y2}\n\nAngaben zum Kind\nName: {l:PERSON}   Vorname: {f:PERSON}\nGeburtsdatum: {dob:DATE_OF_BIRTH}   Geburtsort: {pob:LOCATION}\n"
            "Alter bei Einschulung: {age:MINOR_AGE}\nAnschrift: {a}\n",
            sc=sc,
            y=when.year,
            y2=when.year + 1,
            l=ch.last,
            f=ch.first,
            dob=fmt_date(dob, "dmy."),
            pob=pick(rng, pools.TOWNS["DE"]),
            age=str(age),
            a=a.frag(),
        )
        d.f("Steuer-ID des Kindes: {v:NATIONAL_ID}\n", v=national_id(rng, "de.idnr"))
        if has_med:
            d.f("Gesundheitliche Einschränkungen: {m:MEDICAL_CONDITION}\n", m=pick(rng, med))
        d.f(
            "\nErziehungsberechtigte: {p:PERSON}\nTelefon: {t:PHONE_NUMBER}\nE-Mail: {e:EMAIL_ADDRESS}\n\nOrt, Datum: {tw:LOCATION}, {dt}\n",
            p=par.full,
            t=phone(rng, cc),
            e=email(rng, par),
            tw=a.town,
            dt=fmt_date(when, "dmy."),
        )
    elif cc == "FR":
        d.f(
            "Fiche de renseignements - {sc}\nAnnée scolaire {y}-{y2}\n\nÉlève\nNom : {l:PERSON}   Prénom : {f:PERSON}\nNé(e) le : {dob:DATE_OF_BIRTH} à {pob:LOCATION}\n"
            "Âge : {age:MINOR_AGE} ans   Classe demandée : {cl}\nAdresse : {a}\n",
            sc=sc,
            y=when.year,
            y2=when.year + 1,
            l=ch.last.upper(),
            f=ch.first,
            dob=fmt_date(dob, "dmy/"),
            pob=pick(rng, pools.TOWNS["FR"]),
            age=str(age),
            cl={
                6: "CP",
                7: "CE1",
                8: "CE2",
                9: "CM1",
                10: "CM2",
                11: "6e",
                12: "5e",
                13: "4e",
                14: "3e",
                15: "2nde",
            }.get(age, "CP"),
            a=a.frag(),
        )
        if has_med:
            d.f("PAI / problème de santé : {m:MEDICAL_CONDITION}\n", m=pick(rng, med))
        d.f(
            "\nResponsable légal 1 : {p:PERSON}\nN° de sécurité sociale : {v:NATIONAL_ID}\nTél. : {t:PHONE_NUMBER}\nCourriel : {e:EMAIL_ADDRESS}\n",
            p=par.full,
            v=national_id(rng, "fr.nir", rdate(rng, 1970, 1993), par.female),
            t=phone(rng, cc),
            e=email(rng, par),
        )
        d.f("\nFait à {tw:LOCATION}, le {dt}\n", tw=a.town, dt=fmt_date(when, "fr long"))
    elif cc == "ES":
        d.f(
            "Solicitud de admisión - {sc}\nCurso {y}-{y2}\n\nDatos del alumno/a\nNombre y apellidos: {n:PERSON}\nFecha de nacimiento: {dob:DATE_OF_BIRTH}   Edad: {age:MINOR_AGE} años\n"
            "Lugar de nacimiento: {pob:LOCATION}\nDomicilio: {a}\n",
            sc=sc,
            y=when.year,
            y2=when.year + 1,
            n=ch.full,
            dob=fmt_date(dob, "dmy/"),
            age=str(age),
            pob=pick(rng, pools.TOWNS["ES"]),
            a=a.frag(),
        )
        if age >= 14:
            d.f("DNI del alumno/a: {v:NATIONAL_ID}\n", v=national_id(rng, "es.dni"))
        if has_med:
            d.f("Necesidades específicas / salud: {m:MEDICAL_CONDITION}\n", m=pick(rng, med))
        d.f(
            "\nPadre/madre/tutor: {p:PERSON}   DNI/NIE: {v:NATIONAL_ID}\nTeléfono: {t:PHONE_NUMBER}   Correo: {e:EMAIL_ADDRESS}\n",
            p=par.full,
            v=national_id(rng, rng.choice(["es.dni", "es.nie"])),
            t=phone(rng, cc),
            e=email(rng, par),
        )
        d.f("\nEn {tw:LOCATION}, a {dt}\n", tw=a.town, dt=fmt_date(when, "es long"))
    elif cc == "NL":
        d.f(
            "Aanmeldformulier - {sc}\nSchooljaar {y}-{y2}\n\nGegevens leerling\nAchternaam: {l:PERSON}   Roepnaam: {f:PERSON}\nGeboortedatum: {dob:DATE_OF_BIRTH} (leeftijd {age:MINOR_AGE})\n"
            "Geboorteplaats: {pob:LOCATION}\nBSN: {v:NATIONAL_ID}\nAdres: {a}\n",
            sc=sc,
            y=when.year,
            y2=when.year + 1,
            l=ch.last,
            f=ch.first,
            dob=fmt_date(dob, "dmy-"),
            age=str(age),
            pob=pick(rng, pools.TOWNS["NL"]),
            v=national_id(rng, "nl.bsn"),
            a=a.frag(),
        )
        if has_med:
            d.f("Medische gegevens / ondersteuningsbehoefte: {m:MEDICAL_CONDITION}\n", m=pick(rng, med))
        d.f(
            "\nOuder/verzorger: {p:PERSON}\nTelefoon: {t:PHONE_NUMBER}\nE-mail: {e:EMAIL_ADDRESS}\nVorige school: {ps}\n",
            p=par.full,
            t=phone(rng, cc),
            e=email(rng, par),
            ps=pick(rng, SCHOOLS["NL"]),
        )
    elif cc == "IT":
        d.f(
            "Domanda di iscrizione - {sc}\nAnno scolastico {y}/{y2}\n\nDati dell'alunno/a\nCognome: {l:PERSON}   Nome: {f:PERSON}\nNato/a a {pob:LOCATION} il {dob:DATE_OF_BIRTH}\n"
            "Età: {age:MINOR_AGE} anni\nCodice fiscale: {cf:NATIONAL_ID}\nResidenza: {a}\n",
            sc=sc,
            y=when.year,
            y2=when.year + 1,
            l=ch.last,
            f=ch.first,
            pob=pick(rng, pools.TOWNS["IT"]),
            dob=fmt_date(dob, "dmy/"),
            age=str(age),
            cf=national_id(rng, "it.codicefiscale", dob, ch.female, names=(ch.last, ch.first)),
            a=a.frag(),
        )
        if has_med:
            d.f("Esigenze particolari / salute: {m:MEDICAL_CONDITION}\n", m=pick(rng, med))
        d.f(
            "\nGenitore: {p:PERSON}\nCellulare: {t:PHONE_NUMBER}   E-mail: {e:EMAIL_ADDRESS}\n\n{tw:LOCATION}, {dt}\n",
            p=par.full,
            t=phone(rng, cc),
            e=email(rng, par),
            tw=a.town,
            dt=fmt_date(when, "it long"),
        )
    else:
        d.f(
            "Karta zgłoszenia ucznia - {sc}\nRok szkolny {y}/{y2}\n\nDane ucznia\nNazwisko: {l:PERSON}   Imię: {f:PERSON}\nData urodzenia: {dob:DATE_OF_BIRTH}   Wiek: {age:MINOR_AGE}\n"
            "Miejsce urodzenia: {pob:LOCATION}\nPESEL: {v:NATIONAL_ID}\nAdres zamieszkania: {a}\n",
            sc=sc,
            y=when.year,
            y2=when.year + 1,
            l=ch.last,
            f=ch.first,
            dob=fmt_date(dob, "dmy."),
            age=str(age),
            pob=pick(rng, pools.TOWNS["PL"]),
            v=national_id(rng, "pl.pesel", dob, ch.female),
            a=a.frag(),
        )
        if has_med:
            d.f("Informacje o stanie zdrowia: {m:MEDICAL_CONDITION}\n", m=pick(rng, med))
        d.f(
            "\nRodzic/opiekun prawny: {p:PERSON}\nTelefon: {t:PHONE_NUMBER}\nE-mail: {e:EMAIL_ADDRESS}\n\n{tw:LOCATION}, dnia {dt}\n",
            p=par.full,
            t=phone(rng, cc),
            e=email(rng, par),
            tw=a.town,
            dt=fmt_date(when, "pl long"),
        )
    return d


def t_exclusion(rng, index, when):
    cc = rng.choice(["GB", "GB", "IE", "US", "AU"])
    ch, age, dob = kid(rng, cc, when, 11, 17)
    par = person(rng, cc, last=ch.last)
    a = Addr(rng, cc)
    head = person(rng, cc)
    days = rng.randint(1, 5)
    d = Doc()
    sc = pick(rng, SCHOOLS[cc])
    d.f(
        "{sc}\n\n{dt}\n\n{t} {p:PERSON}\n{a}\n\n",
        sc=sc,
        dt=fmt_date(when, "en long" if cc != "US" else "us long"),
        t="Ms" if par.female else "Mr",
        p=par.full,
        a=a.frag("multiline"),
    )
    d.f(
        "Dear {t} {l:PERSON},\n\nRe: {n:PERSON} ({yg}), date of birth {dob:DATE_OF_BIRTH}\n\n",
        t="Ms" if par.female else "Mr",
        l=par.last,
        n=ch.full,
        yg=YEARGROUP[cc](age),
        dob=df(cc, dob),
    )
    word = "suspension" if cc in ("GB", "US", "IE") else "exclusion"
    d.f(
        "I am writing to inform you that I have decided to impose a {w} of {n} school day{s} on {c:PERSON}, ",
        w=word,
        n=days,
        s="s" if days > 1 else "",
        c=ch.first,
    )
    reason = rng.choice(
        [
            "for physically assaulting another pupil during the lunch break",
            "for persistent disruptive behaviour despite a report card and two parental meetings",
            "for bringing a vape device onto the school site and refusing to hand it over",
            "for verbal abuse of a member of staff",
            "for sharing an offensive image of another pupil on social media",
        ]
    )
    d.f(
        "{r}. This decision was taken on {dt2}.\n\n",
        r=reason,
        dt2=fmt_date(when, "en long" if cc != "US" else "us long"),
    )
    d.f("{c:PERSON} is {age:MINOR_AGE} and ", c=ch.first, age=str(age))
    if rng.random() < 0.5:
        d.f(
            "has a diagnosis of {m:MEDICAL_CONDITION}; we have taken this into account and the SENCo, {s:PERSON}, will contact you about additional support. ",
            m=pick(rng, SEN),
            s=person(rng, cc).full,
        )
    else:
        d.t(
            "we expect the work set on the school's learning platform to be completed during the period of suspension. "
        )
    d.f(
        "During this time you must ensure that {c:PERSON} is not present in a public place during school hours without good reason.\n\n",
        c=ch.first,
    )
    d.f(
        "A reintegration meeting will be held on {dt3} at 9.00am. You have the right to make representations to the governing board; please contact the clerk, "
        "{cl:PERSON}, on {t:PHONE_NUMBER}.\n\nYours sincerely,\n\n{h:PERSON}\nHeadteacher\n",
        dt3=fmt_date(when + datetime.timedelta(days=days + 1), "en long" if cc != "US" else "us long"),
        cl=person(rng, cc).full,
        t=phone(rng, cc, "fixed"),
        h=head.full,
    )
    return d


def t_attendance(rng, index, when):
    cc = rng.choice(["GB", "IE", "DE", "FR", "US"])
    ch, age, dob = kid(rng, cc, when, 6, 16)
    par = person(rng, cc, last=ch.last)
    a = Addr(rng, cc)
    pct = rng.randint(71, 89)
    d = Doc()
    sc = pick(rng, SCHOOLS[cc])
    off = person(rng, cc)
    if cc in ("GB", "IE", "US"):
        d.f(
            "{sc} - Attendance Team\n\n{p:PERSON}\n{a}\n\n{dt}\n\nDear Parent/Carer,\n\nAttendance of {n:PERSON} (DOB {dob:DATE_OF_BIRTH})\n\n",
            sc=sc,
            p=par.full,
            a=a.frag("multiline"),
            dt=df(cc, when),
            n=ch.full,
            dob=df(cc, dob),
        )
        d.f(
            "Our records show that {c:PERSON}'s attendance this term is {pct}%, which is below the expected level of 95%. {c2:PERSON} has missed {n} sessions, "
            "{u} of which are unauthorised.\n\n",
            c=ch.first,
            pct=pct,
            c2=ch.first,
            n=rng.randint(12, 40),
            u=rng.randint(4, 20),
        )
        d.f("We understand that {c:PERSON}, who is {age:MINOR_AGE}, ", c=ch.first, age=str(age))
        if rng.random() < 0.5:
            d.f("has {m:MEDICAL_CONDITION}, and we would like to agree a health care plan with you. ", m=pick(rng, SEN))
        else:
            d.t("has found the move to the new building difficult. ")
        d.f(
            "Please attend a meeting with {o:PERSON}, Attendance Officer, on {dt2}. If you cannot attend, call {t:PHONE_NUMBER} or email {e:EMAIL_ADDRESS}.\n\n",
            o=off.full,
            dt2=df(cc, when + datetime.timedelta(days=rng.randint(5, 12))),
            t=phone(rng, cc, "fixed"),
            e=email(
                rng, off, domain=rng.choice(["hollybank.sch.example", "district.k12.example", "school.example.ie"])
            ),
        )
        d.t(
            "If attendance does not improve, the school may refer the matter to the local authority, which can issue a penalty notice.\n\nYours faithfully,\nAttendance Team\n"
        )
    elif cc == "DE":
        d.f(
            "{sc}\nSekretariat\n\nHerrn/Frau {p:PERSON}\n{a}\n\n{tw:LOCATION}, {dt}\n\nBetreff: Schulversäumnisse von {n:PERSON}, geb. {dob:DATE_OF_BIRTH}\n\n",
            sc=sc,
            p=par.full,
            a=a.frag("multiline"),
            tw=a.town,
            dt=fmt_date(when, "dmy."),
            n=ch.full,
            dob=fmt_date(dob, "dmy."),
        )
        d.f(
            "Sehr geehrte Erziehungsberechtigte,\n\nIhr Kind {c:PERSON} ({age:MINOR_AGE} Jahre) hat im laufenden Halbjahr an {n} Tagen unentschuldigt gefehlt. "
            "Wir weisen auf die Schulpflicht hin und bitten Sie zu einem Gespräch mit {o:PERSON} (Klassenleitung).\n",
            c=ch.first,
            age=str(age),
            n=rng.randint(6, 18),
            o=off.full,
        )
        d.f(
            "Termin: {dt2}, 14:00 Uhr. Rückmeldung bitte an {e:EMAIL_ADDRESS} oder telefonisch unter {t:PHONE_NUMBER}.\n\nMit freundlichen Grüßen\nSchulleitung\n",
            dt2=fmt_date(when + datetime.timedelta(days=7), "dmy."),
            e=email(rng, off, domain="schule-nord.example.de"),
            t=phone(rng, cc, "fixed"),
        )
    else:
        d.f(
            "{sc}\nVie scolaire\n\n{p:PERSON}\n{a}\n\n{tw:LOCATION}, le {dt}\n\nObjet : absences de {n:PERSON}, né(e) le {dob:DATE_OF_BIRTH}\n\n",
            sc=sc,
            p=par.full,
            a=a.frag("multiline"),
            tw=a.town,
            dt=fmt_date(when, "fr long"),
            n=ch.full,
            dob=fmt_date(dob, "dmy/"),
        )
        d.f(
            "Madame, Monsieur,\n\nVotre enfant {c:PERSON}, âgé(e) de {age:MINOR_AGE} ans, totalise {n} demi-journées d'absence non justifiées ce trimestre. "
            "Conformément au Code de l'éducation, nous vous convions à un entretien avec {o:PERSON}, CPE.\n",
            c=ch.first,
            age=str(age),
            n=rng.randint(6, 20),
            o=off.full,
        )
        d.f(
            "Merci de confirmer par courriel ({e:EMAIL_ADDRESS}) ou au {t:PHONE_NUMBER}.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n",
            e=email(rng, off, domain="college-jm.example.fr"),
            t=phone(rng, cc, "fixed"),
        )
    return d


def t_sen_plan(rng, index, when):
    cc = rng.choice(["GB", "US", "GB", "AU"])
    ch, age, dob = kid(rng, cc, when, 5, 17)
    a = Addr(rng, cc)
    par = person(rng, cc, last=ch.last)
    conds = rng.sample(SEN, rng.choice([1, 2]))
    d = Doc()
    title = {
        "GB": "EDUCATION, HEALTH AND CARE PLAN - Section A-F summary",
        "US": "INDIVIDUALIZED EDUCATION PROGRAM (IEP) - Present Levels & Goals",
        "AU": "INDIVIDUAL LEARNING PLAN (Disability Standards adjustments)",
    }[cc]
    d.f(
        "{t}\nLocal authority / district: {la}\nReview date: {dt}\n\n",
        t=title,
        la=rng.choice(["Children's Services", "Unified School District", "Department of Education"]),
        dt=df(cc, when),
    )
    d.f(
        "Child/young person: {n:PERSON}\nDate of birth: {dob:DATE_OF_BIRTH}   Age: {age:MINOR_AGE}\nAddress: {a}\nSchool: {s}\nParent/carer: {p:PERSON}, {t:PHONE_NUMBER}\n\n",
        n=ch.full,
        dob=df(cc, dob),
        age=str(age),
        a=a.frag(),
        s=pick(rng, SCHOOLS[cc]),
        p=par.full,
        t=phone(rng, cc, area=US_AREA.get(a.town)),
    )
    d.t("Primary need: ")
    d.s(conds[0], "MEDICAL_CONDITION")
    if len(conds) > 1:
        d.t("; secondary: ")
        d.s(conds[1], "MEDICAL_CONDITION")
    d.f(
        "\n\nWhat people like and admire about {c:PERSON}: {x}\n",
        c=ch.first,
        x=rng.choice(
            [
                "kind to younger children, loves trains and maps",
                "funny, great at drawing, very honest",
                "determined, enjoys swimming and Lego",
                "curious about science, good memory for facts",
            ]
        ),
    )
    d.f(
        'Views of {c:PERSON}: "{q}"\n\n',
        c=ch.first,
        q=rng.choice(
            [
                "I like it when the classroom is quiet",
                "I want to be a vet",
                "Reading is hard but I like stories",
                "I don't like the lunch hall because it is loud",
            ]
        ),
    )
    d.t("Outcomes and provision:\n")
    for o in rng.sample(
        [
            "Small-group phonics intervention, 3 x 20 min per week",
            "Access to a quiet workspace and movement breaks",
            "Speech and language therapy, 6 sessions per term",
            "Visual timetable and now/next board",
            "Adult support at unstructured times",
            "Touch-typing programme and laptop for extended writing",
        ],
        3,
    ):
        d.t("  - " + o + "\n")
    prof = person(rng, cc)
    d.f(
        "\nProfessionals involved: {p:PERSON} (educational psychologist, {e:EMAIL_ADDRESS}); {p2:PERSON} (paediatrician)\n",
        p=prof.full,
        e=email(
            rng, prof, domain=rng.choice(["eps.council.example", "district-sped.example.org", "health.example.org"])
        ),
        p2=person(rng, cc).full,
    )
    return d


def t_access(rng, index, when):
    cc = rng.choice(["GB", "GB", "IE", "AU"])
    ch, age, dob = kid(rng, cc, when, 15, 18)
    assessor = person(rng, cc)
    d = Doc()
    lab = "MINOR_AGE" if age < 18 else "AGE"
    d.f(
        "APPLICATION FOR ACCESS ARRANGEMENTS - {ser} {yr}\nCentre: {c}   Centre no. {cn}\n\n",
        ser=rng.choice(["GCSE / A level", "Leaving Certificate (RACE)", "HSC"])
        if cc != "GB"
        else rng.choice(["GCSE", "A level"]),
        yr=when.year,
        c=pick(rng, SCHOOLS[cc]),
        cn=rdig(rng, 5),
    )
    d.f(
        "Candidate name: {n:PERSON}\nCandidate no.: {k}\nDate of birth: {dob:DATE_OF_BIRTH}   Age at exam: {age:"
        + lab
        + "}\n",
        n=nm(ch, rng.choice(["normal", "sur_first"])),
        k=rdig(rng, 4),
        dob=df(cc, dob),
        age=str(age),
    )
    conds = rng.sample(
        [
            "dyslexia",
            "dyspraxia",
            "ADHD",
            "visual impairment",
            "hearing impairment",
            "anxiety disorder",
            "Ehlers-Danlos syndrome",
            "type 1 diabetes",
            "autism spectrum condition",
        ],
        rng.choice([1, 2]),
    )
    d.t("Evidence of need: ")
    for i, c in enumerate(conds):
        if i:
            d.t(" and ")
        d.s(c, "MEDICAL_CONDITION")
    d.t(" (diagnostic report on file)\n")
    d.f(
        "Standardised scores: below-average reading speed (SS {a}), writing speed {b} wpm\n",
        a=rng.randint(70, 84),
        b=rng.randint(9, 16),
    )
    d.f(
        "Arrangements requested: {x}\n",
        x=rng.choice(
            [
                "25% extra time, reader, separate room",
                "word processor, rest breaks",
                "modified paper (A3), extra time",
                "prompter, supervised rest breaks",
            ]
        ),
    )
    d.f(
        "History of need: {c:PERSON} has used these arrangements as normal way of working since {y}.\n",
        c=ch.first,
        y=rng.choice(["Year 7", "Year 9", "Junior Cycle", "Year 10"]),
    )
    d.f(
        "\nAssessor: {a:PERSON}, {q}, {e:EMAIL_ADDRESS}\nSENCo declaration signed {dt}.\n",
        a=assessor.full,
        q=rng.choice(["specialist teacher (AMBDA)", "educational psychologist (HCPC)", "CPT3A"]),
        e=email(rng, assessor, domain=rng.choice(["hollybank.sch.example", "assessments.example.co.uk"])),
        dt=df(cc, when),
    )
    return d


def t_transport(rng, index, when):
    cc = rng.choice(["GB", "IE", "US", "AU", "GB"])
    d = Doc()
    route = "R" + rdig(rng, 2)
    drv = person(rng, cc)
    esc = person(rng, cc)
    pl = plate(rng, cc)
    d.f(
        "HOME-TO-SCHOOL TRANSPORT - PASSENGER LIST\nRoute {r}   School: {s}   Operator: {o}\nVehicle: {v} {pl:VEHICLE_PLATE}   Driver: {dr:PERSON} ({dt:PHONE_NUMBER})   Passenger assistant: {es:PERSON}\n\n",
        r=route,
        s=pick(rng, SCHOOLS[cc]),
        o=rng.choice(["Coastline Coaches", "CityLink Taxis", "Bluebird Transit"]),
        v=rng.choice(["minibus", "8-seat taxi", "bus"]),
        pl=pl,
        dr=drv.full,
        dt=phone(rng, cc),
        es=esc.full,
    )
    d.t("Pick-up | Pupil | Age | Address | Parent contact | Notes\n")
    town = pick(rng, pools.TOWNS[cc])
    t0 = datetime.datetime(2024, 1, 1, 7, rng.randint(5, 30))
    for i in range(rng.randint(4, 7)):
        ch, age, dob = kid(rng, cc, when, 5, 16)
        a = Addr(rng, cc, town)
        t0 += datetime.timedelta(minutes=rng.randint(3, 9))
        d.f(
            "{t} | {n:PERSON} | {age:MINOR_AGE} | {st:STREET_ADDRESS}, {tw:LOCATION} | {ph:PHONE_NUMBER} | ",
            t=t0.strftime("%H:%M"),
            n=ch.full,
            age=str(age),
            st=a.street,
            tw=town,
            ph=phone(rng, cc, style="natl", area=US_AREA.get(town)),
        )
        r = rng.random()
        if r < 0.35:
            m, x = pick(
                rng,
                [
                    ("epilepsy", "buccal midazolam in bag"),
                    ("autism", "ear defenders; same seat each day"),
                    ("type 1 diabetes", "glucose tablets in bag"),
                    ("cerebral palsy", "wheelchair - tie-downs"),
                    ("severe nut allergy", "EpiPen carried by assistant"),
                    ("Down syndrome", "sits with assistant"),
                ],
            )
            d.f("{m:MEDICAL_CONDITION}; {x}\n", m=m, x=x)
        else:
            d.t(rng.choice(["-", "sits at front", "collect from side gate", "sibling on same route"]) + "\n")
    d.f(
        "\nChanges to this list must be emailed to the transport team, not given to the driver. Issued {dt}.\n",
        dt=df(cc, when),
    )
    return d


def t_welfare_uni(rng, index, when):
    cc = rng.choice(["GB", "IE", "AU", "US", "CA"])
    st = person(rng, cc)
    age = rng.randint(18, 34)
    dob = dob_for_age(rng, age, when)
    a = Addr(rng, cc)
    adv = person(rng, cc)
    uname = (st.first[0] + st.last[:5]).lower().replace(" ", "").replace("'", "") + rdig(rng, 3)
    d = Doc()
    d.f(
        "{u} - Student Wellbeing Service - CASE NOTES (restricted)\nStudent: {n:PERSON}   Student ID: {sid}   Login: {un:USERNAME}\nDOB: {dob:DATE_OF_BIRTH} ({age:AGE})   Programme: {pr}\n"
        "Term address: {a}\nMobile: {t:PHONE_NUMBER}   Email: {e:EMAIL_ADDRESS}\nAdviser: {ad:PERSON}\n\n",
        u=pick(rng, UNIS),
        n=st.full,
        sid=rdig(rng, 8),
        un=uname,
        dob=df(cc, dob),
        age=str(age),
        pr=rng.choice(
            ["BSc Nursing", "LLB Law", "BA History", "MEng Civil Engineering", "BSc Computer Science", "MA Social Work"]
        ),
        a=a.frag(),
        t=phone(rng, cc, area=US_AREA.get(a.town)),
        e=email(
            rng,
            st,
            domain=rng.choice(["students.kingsmere.example", "live.northcoast.example", "mail.hartwell.example"]),
        ),
        ad=adv.full,
    )
    t = when - datetime.timedelta(days=rng.randint(20, 60))
    notes = [
        "Self-referral. {n:PERSON} reports low mood, poor sleep and missing lectures since moving from {ht:LOCATION}. Previously diagnosed with {m:MEDICAL_CONDITION}; registered with campus GP.",
        "{n:PERSON} disclosed that they are {gi:GENDER_IDENTITY} and have been misgendered repeatedly in a seminar group. Agreed to update preferred name on the student record.",
        "Follow-up. {n:PERSON} said they are {so:SEXUAL_ORIENTATION} and not out to family; worried about housing over the summer. Referred to the LGBTQ+ society and accommodation office.",
        "Fitness-to-practise query: {n:PERSON} declared {cr:CRIMINAL_HISTORY} on the DBS form for placement; placement provider informed with consent.",
        "Extenuating circumstances approved for two modules. {n:PERSON} now {age:AGE}; plans to continue. Hardship fund paid to account {ib:IBAN_CODE}.",
        "Safety check: flatmate concerned. Called {t:PHONE_NUMBER}, no answer; campus security visited {st:STREET_ADDRESS} - student safe, had been at a friend's.",
    ]
    forced = notes[1] if (index // 11) % 2 == 0 else notes[2]
    chosen = [forced] + rng.sample([n for n in notes if n is not forced], 2)
    rng.shuffle(chosen)
    for n_ in chosen:
        t += datetime.timedelta(days=rng.randint(3, 14))
        d.f("{dt} ({a:PERSON}): ", dt=df(cc, t), a=adv.first)
        ibc = {"GB": "GB", "IE": "IE", "AU": "GB", "US": "GB", "CA": "GB"}[cc]
        d.f(
            n_ + "\n",
            n=st.first,
            ht=pick(rng, pools.TOWNS[cc]),
            m=rng.choice(["depression", "generalised anxiety disorder", "ADHD", "an eating disorder", "OCD"]),
            gi=rng.choice(["non-binary", "transgender", "genderfluid"]),
            so=rng.choice(["gay", "bisexual", "lesbian", "pansexual"]),
            cr=rng.choice(
                [
                    "a caution for shoplifting at age 17",
                    "a conviction for drink-driving (2021)",
                    "a reprimand for criminal damage",
                    "a conviction for possession of cannabis",
                ]
            ),
            age=str(age),
            ib=iban(rng, ibc),
            t=phone(rng, cc, area=US_AREA.get(a.town)),
            st=a.street,
        )
    return d


def t_alumni(rng, index, when):
    cc = rng.choice(["GB", "US", "IE", "DE", "FR", "ES", "NL", "IN", "NG", "CN", "BR"])
    p = person(rng, cc)
    age = rng.randint(23, 80)
    dob = dob_for_age(rng, age, when)
    a = Addr(rng, cc)
    grad = dob.year + rng.randint(21, 24)
    if grad > when.year - 1:
        grad = when.year - 1
    handle = (p.first + "-" + p.last).lower().replace(" ", "-").replace("'", "")
    d = Doc()
    d.f(
        "ALUMNI RELATIONS - CONTACT RECORD\n{u}   Record {r}   Last updated {dt}\n\n",
        u=pick(rng, UNIS),
        r=rdig(rng, 7),
        dt=fmt_date(when, "iso"),
    )
    d.f(
        "Name: {n:PERSON}\nPrevious name: {pn}\nDate of birth: {dob:DATE_OF_BIRTH}\nDegree: {deg} ({y})\nHome address: {a}\n",
        n=p.full,
        pn=Frag([(person(rng, cc, female=p.female, last=None).last, "PERSON"), (" (maiden)", None)])
        if p.female and rng.random() < 0.4
        else "-",
        dob=fmt_date(dob, "iso"),
        deg=rng.choice(
            ["BA Economics", "MSc Data Science", "BEng Mechanical", "MBA", "PhD Chemistry", "LLM International Law"]
        ),
        y=grad,
        a=a.frag(),
    )
    d.f(
        "Personal email: {e:EMAIL_ADDRESS}\nMobile: {t:PHONE_NUMBER}\nLinkedIn: {li:URL}\n",
        e=email(rng, p, year=dob.year),
        t=phone(rng, cc, style="intl"),
        li=profile_url(rng, handle, p, "li"),
    )
    if rng.random() < 0.4:
        h = username(rng, p)
        d.f("Instagram: {u:URL}\n", u=profile_url(rng, h, p, "ig"))
    d.f(
        "Employer: {e}; job title: {j}\nMoved to {tw:LOCATION} in {y}; {x}\n",
        e=rng.choice(
            ["Quayside Analytics", "Northwind Dental Care", "a fintech start-up", "the civil service", "self-employed"]
        ),
        j=rng.choice(["senior analyst", "partner", "consultant", "head of operations", "researcher"]),
        tw=a.town,
        y=rng.randint(grad, when.year),
        x=rng.choice(
            [
                "happy to mentor current students",
                "gift aid declaration held",
                "do not contact by phone",
                "attended 10-year reunion",
            ]
        ),
    )
    evc = rng.choice(["London", "New York", "Dublin", "Singapore", "online"])
    d.f(
        "Giving: {g}\nNotes: spoke with {n:PERSON} ({age:AGE}) at the {ev} alumni event; {x}.\n",
        g=rng.choice(["regular donor since 2019", "none", "legacy pledge"]),
        n=p.first,
        age=str(age),
        ev=evc if evc == "online" else Frag([(evc, "LOCATION")]),
        x=rng.choice(
            [
                "interested in a scholarship in a parent's name",
                "wants to give a careers talk",
                "asked to update address",
            ]
        ),
    )
    return d


def t_device_loan(rng, index, when):
    cc = rng.choice(["GB", "US", "IE", "AU", "NL", "DE"])
    ch, age, dob = kid(rng, cc, when, 10, 17)
    par = person(rng, cc, last=ch.last)
    uname = rng.choice(
        [
            ch.first.lower()[:1] + ch.last.lower().replace(" ", "")[:6] + str(dob.year)[2:],
            (ch.first + "." + ch.last).lower().replace(" ", ""),
            ch.last.lower().replace(" ", "")[:5] + rdig(rng, 3),
        ]
    )
    uname = "".join(c for c in uname if c.isalnum() or c == ".")
    d = Doc()
    brand = rng.choice(
        [
            ("Chromebook (Lenovo 300e)", "lenovo"),
            ("iPad 9th gen", "apple"),
            ("HP ProBook 440", "hp"),
            ("Dell Latitude 3120", "dell"),
        ]
    )
    d.f(
        "DEVICE LOAN AGREEMENT - {s}\nIssued: {dt}\n\nPupil: {n:PERSON}   Year/class: {yg}   Age: {age:MINOR_AGE}\nParent/carer: {p:PERSON}   Tel: {t:PHONE_NUMBER}\n\n",
        s=pick(rng, SCHOOLS.get(cc, SCHOOLS["GB"])),
        dt=df(cc, when),
        n=ch.full,
        yg=YEARGROUP.get(cc, YEARGROUP["GB"])(age),
        age=str(age),
        p=par.full,
        t=phone(rng, cc),
    )
    d.f(
        "Device: {b}\nSerial number: {sn:DEVICE_ID}\nWi-Fi MAC: {m:MAC_ADDRESS}\nAsset tag: {tag}\n",
        b=brand[0],
        sn=serial(rng, brand[1]),
        m=mac(rng),
        tag="IT-" + rdig(rng, 5),
    )
    if brand[1] == "apple":
        d.f("Managed Apple ID / login: {u:USERNAME}\n", u=uname)
    else:
        d.f("School network username: {u:USERNAME}\n", u=uname)
    d.f("Temporary password (must be changed at first login): {pw:CREDENTIAL}\n", pw=password(rng))
    if rng.random() < 0.75:
        d.f(
            "Home Wi-Fi registered for filtering: router MAC {m:MAC_ADDRESS}, public IP {ip:IP_ADDRESS}\n",
            m=mac(rng),
            ip=ipv4(rng),
        )
    d.t(
        "\nConditions: the device remains school property; it must be charged each night; no stickers; report loss or damage within 24 hours. Internet use is filtered and logged.\n"
    )
    d.f(
        "\nSigned (pupil): ______   Signed (parent/carer): {p:PERSON}   IT technician: {it:PERSON}\n",
        p=par.full,
        it=person(rng, cc).first,
    )
    return d


def t_us_refund(rng, index, when):
    a = Addr(rng, "US")
    st = person(rng, "US")
    age = rng.randint(18, 41)
    dob = dob_for_age(rng, age, when)
    d = Doc()
    d.f(
        "STUDENT FINANCIAL SERVICES - DIRECT DEPOSIT AUTHORIZATION (REFUNDS)\n{u}\n\n",
        u=rng.choice(["Westbrook University", "Hartwell Institute of Technology", "Prairie State College"]),
    )
    d.f(
        "Student name: {n:PERSON}\nStudent ID: {sid}\nDate of birth: {dob:DATE_OF_BIRTH}\n",
        n=st.full,
        sid=rdig(rng, 9),
        dob=fmt_date(dob, "mdy/"),
    )
    if (index // 11) % 2 == 0:
        d.f("SSN: {s:US_SSN}\n", s=us_ssn(rng))
    else:
        d.f("ITIN (international students): {s:US_ITIN}\n", s=us_itin(rng))
    d.f(
        "Mailing address: {a}\nPhone: {t:PHONE_NUMBER}\nCampus email: {e:EMAIL_ADDRESS}\n\n",
        a=a.frag(),
        t=phone(rng, "US", area=__import__("common").US_AREA.get(a.town)),
        e=email(rng, st, domain="students.westbrook.example.edu"),
    )
    d.f(
        "Bank name: {b}\nAccount type: {at}\nRouting number (ABA): {r:ABA_ROUTING_NUMBER}\nAccount number: {ac:US_BANK_NUMBER}\n",
        b=rng.choice(["Prairie State Bank", "Cascade Community Bank", "First Meridian Bank"]),
        at=rng.choice(["Checking", "Savings"]),
        r=us_routing(rng),
        ac=us_account(rng),
    )
    d.f(
        "\nI authorize the university to deposit Title IV credit balances and other refunds to the account above.\nStudent signature: ______   Date: {dt}\n",
        dt=fmt_date(when, "mdy/"),
    )
    d.f(
        "Processed by {p:PERSON}; verification call to student on {dt2}. Age on file {age:AGE}.\n",
        p=person(rng, "US").full,
        dt2=fmt_date(when + datetime.timedelta(days=2), "mdy/"),
        age=str(age),
    )
    return d


TEMPLATES = [
    t_admission_en,
    t_admission_native,
    t_exclusion,
    t_attendance,
    t_sen_plan,
    t_access,
    t_transport,
    t_welfare_uni,
    t_alumni,
    t_device_loan,
    t_us_refund,
]


def build(rng, index):
    when = doc_date(rng)
    return TEMPLATES[index % len(TEMPLATES)](rng, index, when)
