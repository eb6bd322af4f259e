"""Register 2: youth_sport_clubs."""

import datetime

import pools
from common import (
    Addr,
    Doc,
    Frag,
    Redraw,
    US_AREA,
    card,
    doc_date,
    dob_for_age,
    email,
    fmt_date,
    iban,
    national_id,
    nm,
    password,
    person,
    phone,
    pick,
    pin,
    plate,
    rdate,
    rdig,
    ralnum,
    username,
    us_ssn,
    us_dl,
    us_passport,
    gb_driving_licence,
    DATE_STYLE,
)

REGISTER = "youth_sport_clubs"
YCC = ["GB", "IE", "DE", "NL", "FR", "ES", "US", "AU", "ZA"]
LANG = {"GB": "en", "IE": "en", "US": "en", "AU": "en", "ZA": "en", "DE": "de", "NL": "nl", "FR": "fr", "ES": "es"}

CLUBS = {
    "GB": [
        ("Phoenix Juniors FC", "football"),
        ("Otters Swimming Club", "swimming"),
        ("Red Kite Gymnastics", "gymnastics"),
        ("Tora Karate Academy", "karate"),
        ("Kingfisher Judo Club", "judo"),
    ],
    "IE": [
        ("Naomh Éanna GAA", "gaelic"),
        ("Celtic Harps Schoolboys FC", "football"),
        ("Seals Swimming Club", "swimming"),
        ("Clover Gymnastics Club", "gymnastics"),
    ],
    "DE": [
        ("TSV Eintracht 1911 e.V.", "football"),
        ("SC Blau-Weiß 08", "football"),
        ("Schwimmverein Delphin e.V.", "swimming"),
        ("Judo-Club Kano e.V.", "judo"),
        ("Turngemeinde Frisch Auf", "gymnastics"),
    ],
    "NL": [
        ("v.v. De Zwaluwen", "football"),
        ("Zwemvereniging De Dolfijn", "swimming"),
        ("Turnvereniging Olympia", "gymnastics"),
        ("Judovereniging Kiai", "judo"),
        ("SV Oranje Vogels", "football"),
    ],
    "FR": [
        ("Association Sportive Étoile Bleue", "football"),
        ("Club de natation Les Dauphins", "swimming"),
        ("Judo Club du Soleil Levant", "judo"),
        ("Gym Club Les Étincelles", "gymnastics"),
        ("Entente Sportive des Tilleuls", "football"),
    ],
    "ES": [
        ("Escuela de Fútbol Los Halcones", "football"),
        ("Club Natación Delfines", "swimming"),
        ("Club de Gimnasia Rítmica Aurora", "gymnastics"),
        ("Club de Kárate Shotokan Bushido", "karate"),
        ("Club Deportivo Estrella Roja", "football"),
    ],
    "US": [
        ("Thunderbolts Youth Soccer Club", "football"),
        ("Riptide Swim Team", "swimming"),
        ("Tiger Claw Taekwondo Academy", "taekwondo"),
        ("Apex Gymnastics", "gymnastics"),
        ("Blue Comets Youth Basketball", "basketball"),
    ],
    "AU": [
        ("Kookaburras Junior Football Club", "football"),
        ("Southern Stingrays Swimming Club", "swimming"),
        ("Coastal Cyclones Netball Club", "netball"),
        ("Golden Wattle Gymnastics", "gymnastics"),
        ("Dragon Spirit Karate", "karate"),
    ],
    "ZA": [
        ("Protea Juniors Swimming Club", "swimming"),
        ("Lions Pride Karate Dojo", "karate"),
        ("Highveld Hawks Junior Rugby", "rugby"),
        ("Mighty Mambas FC", "football"),
        ("Sunbird Gymnastics Club", "gymnastics"),
    ],
}
SPORT_NAME = {
    "en": {
        "football": "football",
        "swimming": "swimming",
        "gymnastics": "gymnastics",
        "karate": "karate",
        "judo": "judo",
        "gaelic": "Gaelic football",
        "taekwondo": "taekwondo",
        "basketball": "basketball",
        "netball": "netball",
        "rugby": "rugby",
    },
    "de": {"football": "Fußball", "swimming": "Schwimmen", "gymnastics": "Turnen", "judo": "Judo", "karate": "Karate"},
    "nl": {"football": "voetbal", "swimming": "zwemmen", "gymnastics": "turnen", "judo": "judo", "karate": "karate"},
    "fr": {
        "football": "football",
        "swimming": "natation",
        "gymnastics": "gymnastique",
        "judo": "judo",
        "karate": "karaté",
    },
    "es": {
        "football": "fútbol",
        "swimming": "natación",
        "gymnastics": "gimnasia rítmica",
        "judo": "judo",
        "karate": "kárate",
    },
}
INJ = {
    "ball": [
        "collided with another player and fell on an outstretched arm; swelling to left wrist",
        "hit in the face by the ball; nosebleed stopped after 10 minutes",
        "went over on the right ankle while turning; unable to put weight on it",
        "clash of heads in a header challenge; small lump on forehead",
    ],
    "swimming": [
        "slipped on the poolside, small cut above right eyebrow (approx. 1 cm)",
        "struck the lane rope on a backstroke turn; bruised shoulder",
        "swallowed water during a relay changeover and was coughing for several minutes",
    ],
    "gymnastics": [
        "landed awkwardly from the vault; complained of pain in right ankle",
        "fell from the beam onto the mat; pain in left elbow",
        "over-rotated on the trampoline and landed on the back; winded",
    ],
    "martial": [
        "took a knee to the thigh during sparring; bruising, able to walk",
        "thrown during randori and landed on the shoulder; pain when raising arm",
        "caught by a kick to the ribs; sore when breathing deeply",
    ],
}
GROUP = {
    "football": "ball",
    "gaelic": "ball",
    "basketball": "ball",
    "netball": "ball",
    "rugby": "ball",
    "swimming": "swimming",
    "gymnastics": "gymnastics",
    "karate": "martial",
    "judo": "martial",
    "taekwondo": "martial",
}
VENUE = {
    "ball": ["Pitch 2", "the 3G pitch", "the sports hall"],
    "swimming": ["the main pool", "the learner pool"],
    "gymnastics": ["the gym hall", "the trampoline area"],
    "martial": ["the dojo", "the matted hall"],
}


def club(rng, cc, sport=None):
    opts = [c for c in CLUBS[cc] if sport is None or c[1] == sport]
    return pick(rng, opts)


SPORT = {
    "en": ["football", "swimming", "gymnastics", "karate", "judo", "netball", "rugby", "taekwondo"],
    "de": ["Fußball", "Schwimmen", "Turnen", "Judo", "Karate"],
    "nl": ["voetbal", "zwemmen", "turnen", "judo", "karate"],
    "fr": ["football", "natation", "gymnastique", "judo", "karaté"],
    "es": ["fútbol", "natación", "gimnasia rítmica", "kárate", "judo"],
}
MED = {
    "en": [
        "asthma",
        "type 1 diabetes",
        "epilepsy",
        "peanut allergy",
        "ADHD",
        "coeliac disease",
        "hay fever",
        "eczema",
        "a heart murmur",
        "autism",
        "Osgood-Schlatter disease",
    ],
    "de": [
        "Asthma",
        "Diabetes Typ 1",
        "Epilepsie",
        "Erdnussallergie",
        "ADHS",
        "Zöliakie",
        "Heuschnupfen",
        "Neurodermitis",
    ],
    "nl": ["astma", "diabetes type 1", "epilepsie", "pinda-allergie", "ADHD", "coeliakie", "hooikoorts", "eczeem"],
    "fr": [
        "asthme",
        "diabète de type 1",
        "épilepsie",
        "allergie à l'arachide",
        "TDAH",
        "maladie cœliaque",
        "rhume des foins",
        "eczéma",
    ],
    "es": [
        "asma",
        "diabetes tipo 1",
        "epilepsia",
        "alergia a los frutos secos",
        "TDAH",
        "celiaquía",
        "rinitis alérgica",
        "dermatitis atópica",
    ],
}
MEDICATION = {
    "en": [
        "salbutamol inhaler 2 puffs as needed",
        "insulin (pump) - carb counting card attached",
        "levetiracetam 250 mg twice daily",
        "EpiPen Jr x2, antihistamine",
        "methylphenidate 10 mg (mornings)",
        "none - strict gluten-free diet",
        "cetirizine 5 mg",
        "emollient cream",
        "none",
        "none",
        "ibuprofen as needed",
    ],
    "de": [
        "Salbutamol-Spray",
        "Insulinpumpe",
        "Levetiracetam 250 mg",
        "Notfallset (Adrenalin-Pen)",
        "Methylphenidat",
        "glutenfreie Kost",
        "Cetirizin",
        "Pflegecreme",
    ],
    "nl": [
        "salbutamol-inhaler",
        "insulinepomp",
        "levetiracetam 250 mg",
        "EpiPen",
        "methylfenidaat",
        "glutenvrij dieet",
        "cetirizine",
        "zalf",
    ],
    "fr": [
        "Ventoline",
        "pompe à insuline",
        "lévétiracétam 250 mg",
        "stylo d'adrénaline",
        "méthylphénidate",
        "régime sans gluten",
        "cétirizine",
        "crème émolliente",
    ],
    "es": [
        "salbutamol inhalador",
        "bomba de insulina",
        "levetiracetam 250 mg",
        "autoinyector de adrenalina",
        "metilfenidato",
        "dieta sin gluten",
        "cetirizina",
        "crema emoliente",
    ],
}
NONE = {"en": "none known", "de": "keine bekannt", "nl": "geen", "fr": "néant", "es": "ninguna"}


def cc_for(index, salt=0):
    return YCC[(index + salt) % len(YCC)]


def child(rng, cc, when, lo=5, hi=17, last=None):
    p = person(rng, cc, last=last)
    age = rng.randint(lo, hi)
    dob = dob_for_age(rng, age, when)
    return p, age, dob


def parent_for(rng, cc, kid_last):
    par = person(rng, cc, last=kid_last if rng.random() < 0.8 else None)
    return par


def ph(rng, cc, a=None):
    return phone(rng, cc, area=US_AREA.get(a.town) if (a is not None and cc == "US") else None)


def dfmt(rng, cc, d):
    lang = LANG[cc]
    return fmt_date(
        d,
        rng.choice(
            [
                DATE_STYLE[cc],
                DATE_STYLE[cc],
                {
                    "en": "en long" if cc != "US" else "us long",
                    "de": "de long",
                    "nl": "nl long",
                    "fr": "fr long",
                    "es": "es long",
                }[lang],
            ]
        ),
    )


# ---------------------------------------------------------------------------
REG_LABELS = {
    "en": dict(
        title="{club} - Junior Membership Registration {season}",
        name="Child's full name",
        dob="Date of birth",
        age="Age on 1 September",
        addr="Home address",
        par="Parent/guardian",
        tel="Mobile",
        mail="Email",
        med="Medical conditions / allergies",
        photo="Photo consent",
        yes="Yes",
        no="No",
        sign="Signed",
        date="Date",
        sec="Section",
    ),
    "de": dict(
        title="{club} - Aufnahmeantrag Jugendabteilung {season}",
        name="Name des Kindes",
        dob="Geburtsdatum",
        age="Alter",
        addr="Anschrift",
        par="Erziehungsberechtigte/r",
        tel="Telefon (mobil)",
        mail="E-Mail",
        med="Bekannte Erkrankungen / Allergien",
        photo="Einwilligung Fotos/Website",
        yes="ja",
        no="nein",
        sign="Unterschrift",
        date="Datum",
        sec="Abteilung",
    ),
    "nl": dict(
        title="{club} - Inschrijfformulier jeugdlid {season}",
        name="Naam kind",
        dob="Geboortedatum",
        age="Leeftijd",
        addr="Adres",
        par="Ouder/verzorger",
        tel="Telefoon",
        mail="E-mailadres",
        med="Medische bijzonderheden",
        photo="Toestemming foto's",
        yes="ja",
        no="nee",
        sign="Handtekening",
        date="Datum",
        sec="Afdeling",
    ),
    "fr": dict(
        title="{club} - Fiche d'inscription {season}",
        name="Nom et prénom de l'enfant",
        dob="Date de naissance",
        age="Âge",
        addr="Adresse",
        par="Responsable légal",
        tel="Tél. portable",
        mail="Courriel",
        med="Problèmes de santé / allergies",
        photo="Droit à l'image",
        yes="oui",
        no="non",
        sign="Signature",
        date="Date",
        sec="Section",
    ),
    "es": dict(
        title="{club} - Ficha de inscripción temporada {season}",
        name="Nombre y apellidos del jugador/a",
        dob="Fecha de nacimiento",
        age="Edad",
        addr="Domicilio",
        par="Padre/madre/tutor",
        tel="Teléfono móvil",
        mail="Correo electrónico",
        med="Observaciones médicas / alergias",
        photo="Autorización de imagen",
        yes="sí",
        no="no",
        sign="Firma",
        date="Fecha",
        sec="Sección",
    ),
}
IE_IRISH = dict(
    name="Ainm an pháiste / Child's name",
    dob="Dáta breithe / Date of birth",
    age="Aois / Age",
    addr="Seoladh / Address",
    par="Tuismitheoir / Parent",
    tel="Fón póca / Mobile",
    mail="Ríomhphost / Email",
    med="Riochtaí leighis / Medical conditions",
)


def t_registration(rng, index, when):
    cc = cc_for(index)
    lang = LANG[cc]
    L = dict(REG_LABELS[lang])
    if cc == "IE":
        L.update(IE_IRISH)
    kid, age, dob = child(rng, cc, when, 5, 16)
    par = parent_for(rng, cc, kid.last)
    a = Addr(rng, cc)
    season = "%d/%02d" % (when.year, (when.year + 1) % 100)
    d = Doc()
    cname, sport = club(rng, cc)
    d.t(L["title"].replace("{club}", cname).replace("{season}", season) + "\n" + "=" * 40 + "\n")
    d.f("{s}: {sp}\n\n", s=L["sec"], sp=SPORT_NAME[lang][sport])
    kname = rng.choice([kid.full, kid.full, nm(kid, "caps")])
    d.f(
        "{l}: {n:PERSON}\n{l2}: {dob:DATE_OF_BIRTH}\n{l3}: {age:MINOR_AGE}\n",
        l=L["name"],
        n=kname,
        l2=L["dob"],
        dob=dfmt(rng, cc, dob),
        l3=L["age"],
        age=str(age),
    )
    if cc == "ES" and age >= 14:
        d.f("DNI/NIE del jugador: {v:NATIONAL_ID}\n", v=national_id(rng, "es.dni", dob, kid.female))
    d.f(
        "{l}: {a}\n\n{l2}: {p:PERSON}\n{l3}: {t:PHONE_NUMBER}\n{l4}: {e:EMAIL_ADDRESS}\n",
        l=L["addr"],
        a=a.frag(),
        l2=L["par"],
        p=par.full,
        l3=L["tel"],
        t=ph(rng, cc, a),
        l4=L["mail"],
        e=email(rng, par),
    )
    if cc == "ES":
        kind = rng.choice(["es.dni", "es.dni", "es.nie"])
        d.f(
            "{k} del tutor: {v:NATIONAL_ID}\n",
            k="DNI" if kind == "es.dni" else "NIE",
            v=national_id(rng, kind, None, par.female),
        )
    if cc == "ZA":
        d.f("Parent ID number: {v:NATIONAL_ID}\n", v=national_id(rng, "za.idnr", rdate(rng, 1972, 1994), par.female))
    if rng.random() < 0.65:
        d.f("{l}: {m:MEDICAL_CONDITION}\n", l=L["med"], m=pick(rng, MED[lang]))
    else:
        d.f("{l}: {m}\n", l=L["med"], m=NONE[lang])
    if cc in ("GB", "IE", "AU", "US", "ZA"):
        eth = pick(
            rng,
            {
                "GB": [
                    "White British",
                    "Black British - Caribbean",
                    "British Pakistani",
                    "Mixed White and Black African",
                    "Gypsy/Roma",
                ],
                "IE": ["White Irish", "Irish Traveller", "Black Irish - African", "Polish"],
                "AU": ["Aboriginal", "Torres Strait Islander", "Vietnamese Australian", "Lebanese Australian"],
                "US": [
                    "Hispanic/Latino",
                    "Black or African American",
                    "Asian American",
                    "Native American",
                    "Pacific Islander",
                ],
                "ZA": ["Black African", "Coloured", "Indian", "White"],
            }[cc],
        )
        d.f("Ethnicity (optional, for equality monitoring): {e:ETHNIC_ORIGIN}\n", e=eth)
    d.f("{l}: {v}\n\n", l=L["photo"], v=rng.choice([L["yes"], L["no"]]))
    if cc in ("DE", "NL", "FR", "ES", "IE"):
        mand = {
            "de": "SEPA-Lastschriftmandat - Kontoinhaber/in: {p:PERSON}, IBAN: {ib:IBAN_CODE}\n",
            "nl": "Machtiging contributie - IBAN {ib:IBAN_CODE} t.n.v. {p:PERSON}\n",
            "fr": "Prélèvement SEPA - titulaire : {p:PERSON}, IBAN : {ib:IBAN_CODE}\n",
            "es": "Domiciliación bancaria - titular: {p:PERSON}, IBAN: {ib:IBAN_CODE}\n",
            "en": "Direct debit - account holder: {p:PERSON}, IBAN: {ib:IBAN_CODE}\n",
        }[lang]
        d.f(mand, p=par.full, ib=iban(rng, cc))
    elif cc in ("US", "AU", "GB"):
        d.f("Fees paid by card ending {l4} on {dt}.\n", l4=rdig(rng, 4), dt=fmt_date(when, DATE_STYLE[cc]))
    d.f(
        "{l}: ______   {l2}: {dt}   ({t:LOCATION})\n",
        l=L["sign"],
        l2=L["date"],
        dt=fmt_date(when, DATE_STYLE[cc]),
        t=a.town,
    )
    return d


# ---------------------------------------------------------------------------
CRIM = {
    "en": [
        "a caution for common assault in 2009",
        "a conviction for drink-driving (2015)",
        "a spent conviction for shoplifting",
        "a conviction for possession of cannabis",
        "a fine for criminal damage in 2012",
    ],
    "de": [
        "eine Verurteilung wegen Trunkenheit im Verkehr (2016)",
        "eine Geldstrafe wegen Körperverletzung (2011)",
        "eine Verurteilung wegen Diebstahls",
    ],
    "nl": [
        "een veroordeling voor rijden onder invloed (2014)",
        "een taakstraf voor winkeldiefstal",
        "een boete voor vernieling (2018)",
    ],
    "fr": [
        "une condamnation pour conduite en état d'ivresse (2013)",
        "une amende pour outrage (2017)",
        "une condamnation pour vol simple",
    ],
    "es": [
        "una condena por conducir bajo los efectos del alcohol (2016)",
        "una multa por lesiones leves (2012)",
        "una condena por hurto",
    ],
}


def t_vetting(rng, index, when):
    cc = cc_for(index, 2)
    lang = LANG[cc]
    co = person(rng, cc)
    age = rng.randint(31, 64)
    dob = dob_for_age(rng, age, when)
    a = Addr(rng, cc)
    club_name = club(rng, cc)[0]
    d = Doc()
    clean = rng.random() < 0.55
    if lang == "en":
        d.f("{club} - Coach / Volunteer Vetting Record\nCONFIDENTIAL - Welfare Officer only\n\n", club=club_name)
        d.f(
            "Name: {n:PERSON}\nDate of birth: {dob:DATE_OF_BIRTH} (age {age:AGE})\nAddress: {a}\nPhone: {t:PHONE_NUMBER}\nEmail: {e:EMAIL_ADDRESS}\n",
            n=co.full,
            dob=dfmt(rng, cc, dob),
            age=str(age),
            a=a.frag(),
            t=ph(rng, cc, a),
            e=email(rng, co, year=dob.year),
        )
        d.f(
            "Role applied for: {r}\n",
            r=rng.choice(
                [
                    "Assistant coach U9",
                    "Head coach U13 girls",
                    "Team manager U11",
                    "Volunteer lifeguard",
                    "Minibus driver",
                ]
            ),
        )
        if cc == "GB":
            d.f(
                "Identity documents seen: passport {p:NATIONAL_ID}; driving licence {dl:NATIONAL_ID}\n",
                p=national_id(rng, "passport.gb"),
                dl=gb_driving_licence(rng, co, dob),
            )
            chk = "Enhanced DBS with barred list"
        elif cc == "IE":
            d.f("PPSN (for Garda vetting form NVB1): {v:NATIONAL_ID}\n", v=national_id(rng, "ie.pps", dob, co.female))
            chk = "Garda vetting (NVB)"
        elif cc == "US":
            st = a.state
            d.f(
                "SSN (for background screen): {s:US_SSN}\nDriver license: {st} {dl:US_DRIVER_LICENSE}\n",
                s=us_ssn(rng),
                st=st,
                dl=us_dl(rng, st),
            )
            chk = "National criminal background check + SafeSport training"
        elif cc == "AU":
            d.f("Driver licence ({st}): {dl:NATIONAL_ID}\n", st=a.state, dl=national_id(rng, "au.dl"))
            chk = "Working With Children Check"
        else:
            d.f("SA ID number: {v:NATIONAL_ID}\n", v=national_id(rng, "za.idnr", dob, co.female))
            chk = "SAPS police clearance + National Register for Sex Offenders"
        d.f("Check type: {c}\nIssued: {dt}\n", c=chk, dt=fmt_date(rdate(rng, when.year - 2, when.year), DATE_STYLE[cc]))
        if clean:
            d.t("Result: no information disclosed.\n")
        else:
            d.f(
                "Result: disclosure shows {cr:CRIMINAL_HISTORY}. Risk assessment completed by {wo:PERSON}; "
                "not relevant to the role, appointment approved with supervision for 6 months.\n",
                cr=pick(rng, CRIM["en"]),
                wo=person(rng, cc).full,
            )
        d.f(
            "References: {r1:PERSON} (former head coach), {r2:PERSON} (employer) - both satisfactory.\n",
            r1=person(rng, cc).full,
            r2=person(rng, cc).full,
        )
        d.f(
            "Safeguarding course completed: {dt}. Next renewal: {dt2}.\n",
            dt=fmt_date(rdate(rng, when.year - 1, when.year), DATE_STYLE[cc]),
            dt2=fmt_date(rdate(rng, when.year + 2, when.year + 3), DATE_STYLE[cc]),
        )
    elif lang == "de":
        d.f("{club} - Dokumentation Einsichtnahme erweitertes Führungszeugnis (§ 72a SGB VIII)\n\n", club=club_name)
        d.f(
            "Name, Vorname: {n:PERSON}\nGeburtsdatum: {dob:DATE_OF_BIRTH}\nAnschrift: {a}\nTelefon: {t:PHONE_NUMBER}\nE-Mail: {e:EMAIL_ADDRESS}\n",
            n="%s, %s" % (co.last, co.first),
            dob=fmt_date(dob, "dmy."),
            a=a.frag(),
            t=ph(rng, cc),
            e=email(rng, co, year=dob.year),
        )
        d.f(
            "Tätigkeit: {r}\nPersonalausweis-Nr.: {v:NATIONAL_ID}\nDatum des Führungszeugnisses: {dt}\n",
            r=rng.choice(["Übungsleiter U11", "Jugendtrainerin Turnen", "Betreuer Ferienlager"]),
            v=national_id(rng, "de.ausweis"),
            dt=fmt_date(rdate(rng, when.year - 1, when.year), "dmy."),
        )
        if clean:
            d.t("Eintragungen: keine einschlägigen Eintragungen.\n")
        else:
            d.f(
                "Eintragungen: {cr:CRIMINAL_HISTORY} - nicht einschlägig im Sinne von § 72a; Tätigkeit freigegeben.\n",
                cr=pick(rng, CRIM["de"]),
            )
        d.f(
            "Einsichtnahme durch: {w:PERSON} (Kinderschutzbeauftragte/r), {t:LOCATION}, {dt}\n",
            w=person(rng, cc).full,
            t=a.town,
            dt=fmt_date(when, "dmy."),
        )
    elif lang == "nl":
        d.f(
            "{club} - Registratie vrijwilliger / trainer\n\nNaam: {n:PERSON}\nGeboortedatum: {dob:DATE_OF_BIRTH} ({age:AGE} jaar)\nAdres: {a}\nTelefoon: {t:PHONE_NUMBER}\nE-mail: {e:EMAIL_ADDRESS}\n",
            club=club_name,
            n=co.full,
            dob=fmt_date(dob, "dmy-"),
            age=str(age),
            a=a.frag(),
            t=ph(rng, cc),
            e=email(rng, co, year=dob.year),
        )
        d.f(
            "BSN (t.b.v. VOG-aanvraag): {v:NATIONAL_ID}\nFunctie: {r}\nVOG afgegeven op: {dt}\n",
            v=national_id(rng, "nl.bsn"),
            r=rng.choice(["trainer JO11", "zwemleider", "begeleider uitwedstrijden"]),
            dt=fmt_date(rdate(rng, when.year - 1, when.year), "dmy-"),
        )
        if clean:
            d.t("Bijzonderheden: geen.\n")
        else:
            d.f(
                "Bijzonderheden: betrokkene meldde zelf {cr:CRIMINAL_HISTORY}; VOG desondanks afgegeven, gesprek gevoerd.\n",
                cr=pick(rng, CRIM["nl"]),
            )
        d.f("Vertrouwenscontactpersoon: {w:PERSON}\n", w=person(rng, cc).full)
    elif lang == "fr":
        d.f(
            "{club} - Dossier encadrant bénévole\nContrôle d'honorabilité\n\nNom : {ln:PERSON}\nPrénom : {fn:PERSON}\nNé(e) le : {dob:DATE_OF_BIRTH} à {pob:LOCATION}\nAdresse : {a}\nTél. : {t:PHONE_NUMBER}\nCourriel : {e:EMAIL_ADDRESS}\n",
            club=club_name,
            ln=co.last.upper(),
            fn=co.first,
            dob=fmt_date(dob, "dmy/"),
            pob=pick(rng, pools.TOWNS["FR"]),
            a=a.frag(),
            t=ph(rng, cc),
            e=email(rng, co, year=dob.year),
        )
        d.f(
            "N° de sécurité sociale : {v:NATIONAL_ID}\nFonction : {r}\n",
            v=national_id(rng, "fr.nir", dob, co.female),
            r=rng.choice(["éducateur U11", "entraîneuse natation", "accompagnateur"]),
        )
        if clean:
            d.t("Bulletin n°3 du casier judiciaire : néant. FIJAIS : aucune inscription.\n")
        else:
            d.f(
                "Bulletin n°3 : mentionne {cr:CRIMINAL_HISTORY}. Avis du comité : poste sans contact isolé avec les mineurs.\n",
                cr=pick(rng, CRIM["fr"]),
            )
        d.f("Dossier suivi par : {w:PERSON}\n", w=person(rng, cc).full)
    else:
        d.f(
            "{club} - Expediente de monitor/a\n\nNombre: {n:PERSON}\nDNI: {v:NATIONAL_ID}\nFecha de nacimiento: {dob:DATE_OF_BIRTH}\nDomicilio: {a}\nTeléfono: {t:PHONE_NUMBER}\nEmail: {e:EMAIL_ADDRESS}\n",
            club=club_name,
            n=co.full,
            v=national_id(rng, "es.dni"),
            dob=fmt_date(dob, "dmy/"),
            a=a.frag(),
            t=ph(rng, cc),
            e=email(rng, co, year=dob.year),
        )
        d.f(
            "Certificado negativo del Registro Central de Delincuentes Sexuales: entregado el {dt}.\n",
            dt=fmt_date(rdate(rng, when.year - 1, when.year), "dmy/"),
        )
        if not clean:
            d.f(
                "Antecedentes declarados: {cr:CRIMINAL_HISTORY} (cancelables; no impiden la actividad).\n",
                cr=pick(rng, CRIM["es"]),
            )
        d.f("Responsable de protección: {w:PERSON}\n", w=person(rng, cc).full)
    return d


# ---------------------------------------------------------------------------
SHEET = {
    "en": ("Team sheet", "No", "Player", "DOB", "Position", "Manager", "Coach"),
    "de": ("Spielbericht / Aufstellung", "Nr.", "Spieler/in", "Geb.-Datum", "Position", "Betreuer", "Trainer"),
    "nl": ("Wedstrijdformulier", "Nr", "Speler", "Geb. datum", "Positie", "Leider", "Trainer"),
    "fr": ("Feuille de match", "N°", "Joueur/joueuse", "Né(e) le", "Poste", "Dirigeant", "Éducateur"),
    "es": ("Acta / convocatoria", "Dorsal", "Jugador/a", "F. nac.", "Posición", "Delegado", "Entrenador"),
}
POS = {
    "en": ["GK", "DEF", "DEF", "MID", "MID", "FWD", "SUB"],
    "de": ["TW", "AB", "AB", "MF", "MF", "ST", "ERS"],
    "nl": ["K", "V", "V", "M", "M", "A", "W"],
    "fr": ["G", "DEF", "DEF", "MIL", "MIL", "ATT", "REMP"],
    "es": ["POR", "DEF", "DEF", "MED", "MED", "DEL", "SUP"],
}


def t_teamsheet(rng, index, when):
    cc = cc_for(index, 4)
    lang = LANG[cc]
    S = SHEET[lang]
    d = Doc()
    ag = rng.randint(9, 16)
    tour = (
        rng.choice(["Spring Cup", "Easter Invitational", "Regional Youth League", "Summer Sevens", "County Cup"])
        if lang == "en"
        else {"de": "Pfingstturnier", "nl": "Paastoernooi", "fr": "Tournoi de Pentecôte", "es": "Torneo de Primavera"}[
            lang
        ]
    )
    host = pick(rng, pools.TOWNS[cc])
    d.f(
        "{s} - {club} U{ag} - {tour}, {host:LOCATION} - {dt}\n\n",
        s=S[0],
        club=club(rng, cc, "football")[0],
        ag=ag,
        tour=tour,
        host=host,
        dt=fmt_date(when, DATE_STYLE[cc]),
    )
    d.f("{a:<6} | {b:<28} | {c:<12} | {e}\n", a=S[1], b=S[2], c=S[3], e=S[4])
    d.t("-" * 64 + "\n")
    n = rng.randint(9, 14)
    nums = rng.sample(range(1, 25), n)
    used = []
    for i in range(n):
        kid, age, dob = child(rng, cc, when, ag - 2, ag - 1)
        if kid.full in used:
            continue
        used.append(kid.full)
        name = rng.choice([kid.full, "%s, %s" % (kid.last.upper(), kid.first), kid.full])
        d.f("{a:<6} | ", a=nums[i])
        d.s(name, "PERSON")
        d.t(" " * max(1, 28 - len(name)) + " | ")
        ds = fmt_date(dob, DATE_STYLE[cc])
        d.s(ds, "DATE_OF_BIRTH")
        d.t(" " * max(1, 12 - len(ds)) + " | " + pick(rng, POS[lang]) + "\n")
    d.t("-" * 64 + "\n")
    m = person(rng, cc)
    c = person(rng, cc)
    a = Addr(rng, cc, town=host)
    d.f(
        "{l1}: {m:PERSON}  tel. {t:PHONE_NUMBER}\n{l2}: {c:PERSON}  tel. {t2:PHONE_NUMBER}\n",
        l1=S[5],
        m=m.full,
        t=ph(rng, cc, a),
        l2=S[6],
        c=c.full,
        t2=ph(rng, cc, a),
    )
    notes = {
        "en": "Referee: {r:PERSON}. Kick-off 10:30. Shin pads compulsory. Parents please park on the road, not the grass.\n",
        "de": "Schiedsrichter: {r:PERSON}. Anstoß 10:30 Uhr. Schienbeinschoner Pflicht.\n",
        "nl": "Scheidsrechter: {r:PERSON}. Aftrap 10:30. Scheenbeschermers verplicht.\n",
        "fr": "Arbitre : {r:PERSON}. Coup d'envoi 10h30. Protège-tibias obligatoires.\n",
        "es": "Árbitro: {r:PERSON}. Inicio 10:30. Espinilleras obligatorias.\n",
    }[lang]
    d.f(notes, r=person(rng, cc).full)
    return d


# ---------------------------------------------------------------------------
def t_injury(rng, index, when):
    cc = cc_for(index, 6)
    if LANG[cc] != "en" and rng.random() < 0.5:
        return t_injury_native(rng, index, when, cc)
    kid, age, dob = child(rng, cc, when, 6, 17)
    par = parent_for(rng, cc, kid.last)
    co = person(rng, cc)
    wit = person(rng, cc)
    a = Addr(rng, cc)
    cname, sport = club(rng, cc)
    grp = GROUP[sport]
    venue = pick(rng, VENUE[grp])
    d = Doc()
    d.f(
        "ACCIDENT / INJURY REPORT FORM\nClub: {club}\nDate of incident: {dt}   Time: {h}:{m:02d}   Venue: {v}, {t:LOCATION}\n\n",
        club=cname,
        dt=fmt_date(when, DATE_STYLE[cc]),
        h=rng.randint(9, 19),
        m=rng.randint(0, 59),
        v=venue,
        t=a.town,
    )
    d.f(
        "Injured person: {n:PERSON}   Age: {age:MINOR_AGE}   DOB: {dob:DATE_OF_BIRTH}\n",
        n=kid.full,
        age=str(age),
        dob=fmt_date(dob, DATE_STYLE[cc]),
    )
    has_med = rng.random() < 0.6
    if has_med:
        d.f("Known medical conditions (from registration): {m:MEDICAL_CONDITION}\n", m=pick(rng, MED["en"]))
    inj = pick(rng, INJ[grp])
    d.f("\nWhat happened: {w} ", w=inj[0].upper() + inj[1:] + ".")
    d.f(
        "{n:PERSON} was {st}.\n",
        n=kid.first,
        st=rng.choice(["alert and talking throughout", "upset but responsive", "a bit dizzy for a few minutes"]),
    )
    d.f(
        "First aid given by: {c:PERSON} ({q})\nTreatment: {tr}\n",
        c=co.full,
        q="pool lifeguard" if grp == "swimming" else rng.choice(["Emergency First Aid at Work", "club first-aider"]),
        tr=rng.choice(
            [
                "ice pack applied, injury supported",
                "checked for concussion (none found), observed 20 minutes",
                "RICE, limb elevated",
                "cold compress and rest",
            ]
        ),
    )
    d.f(
        "Parent/guardian contacted: {p:PERSON} on {t:PHONE_NUMBER} at {h}:{m:02d}; ",
        p=par.full,
        t=ph(rng, cc, a),
        h=rng.randint(9, 20),
        m=rng.randint(0, 59),
    )
    d.t(
        rng.choice(
            [
                "collected by parent and taken to A&E.",
                "parent advised to see GP if pain persists.",
                "ambulance not required; went home with parent.",
            ]
        )
        + "\n"
    )
    d.f("Witness: {w:PERSON} (assistant coach)\n", w=wit.full)
    if rng.random() < 0.5:
        d.f(
            "Follow-up call on {dt2}: {par:PERSON} confirmed {x}.\n",
            dt2=fmt_date(when + datetime.timedelta(days=2), DATE_STYLE[cc]),
            par=par.first,
            x=rng.choice(
                ["a hairline fracture, cast for 4 weeks", "no fracture, soft-tissue injury only", "stitches not needed"]
            ),
        )
    d.f("Report completed by: {c:PERSON}   Checked by welfare officer: {w:PERSON}\n", c=co.full, w=person(rng, cc).full)
    return d


def t_injury_native(rng, index, when, cc):
    lang = LANG[cc]
    kid, age, dob = child(rng, cc, when, 6, 17)
    par = parent_for(rng, cc, kid.last)
    co = person(rng, cc)
    a = Addr(rng, cc)
    d = Doc()
    med = pick(rng, MED[lang])
    if lang == "de":
        d.f(
            "Unfallmeldung / Verletzungsprotokoll - {club}\nDatum: {dt}, Ort: Sporthalle, {t:LOCATION}\n\nVerletzte Person: {n:PERSON}, {age:MINOR_AGE} Jahre (geb. {dob:DATE_OF_BIRTH})\n"
            "Vorerkrankung laut Anmeldung: {m:MEDICAL_CONDITION}\nHergang: Beim Aufwärmen umgeknickt, Schwellung am rechten Sprunggelenk.\n"
            "Erste Hilfe durch: {c:PERSON} (Übungsleiter/in) - Kühlung, Hochlagern.\nEltern informiert: {p:PERSON}, Tel. {tel:PHONE_NUMBER}; Kind wurde um {h}:{mi:02d} Uhr abgeholt.\n"
            "Meldung an die Sportversicherung: ja, durch {w:PERSON}.\n",
            club=club(rng, cc)[0],
            dt=fmt_date(when, "dmy."),
            t=a.town,
            n=kid.full,
            age=str(age),
            dob=fmt_date(dob, "dmy."),
            m=med,
            c=co.full,
            p=par.full,
            tel=ph(rng, cc),
            h=rng.randint(15, 20),
            mi=rng.randint(0, 59),
            w=person(rng, cc).full,
        )
    elif lang == "nl":
        d.f(
            "Ongevallenregistratie - {club}\nDatum: {dt} - locatie: sporthal, {t:LOCATION}\n\nBetrokkene: {n:PERSON} ({age:MINOR_AGE} jaar), geboren {dob:DATE_OF_BIRTH}\n"
            "Bekende aandoening: {m:MEDICAL_CONDITION}\nWat gebeurde er: tijdens de training op de arm gevallen; pijn bij bewegen van de pols.\n"
            "EHBO verleend door {c:PERSON}: koelen, mitella.\nOuder gebeld: {p:PERSON} - {tel:PHONE_NUMBER}. Doorverwezen naar de huisartsenpost.\n",
            club=club(rng, cc)[0],
            dt=fmt_date(when, "dmy-"),
            t=a.town,
            n=kid.full,
            age=str(age),
            dob=fmt_date(dob, "dmy-"),
            m=med,
            c=co.full,
            p=par.full,
            tel=ph(rng, cc),
        )
    elif lang == "fr":
        d.f(
            "Déclaration d'accident - {club}\nDate : {dt} - Lieu : gymnase municipal, {t:LOCATION}\n\nVictime : {n:PERSON}, {age:MINOR_AGE} ans, né(e) le {dob:DATE_OF_BIRTH}\n"
            "Antécédents signalés : {m:MEDICAL_CONDITION}\nCirconstances : chute lors d'un exercice au sol, douleur au poignet gauche.\n"
            "Premiers soins : {c:PERSON} (glace, immobilisation).\nParent prévenu : {p:PERSON} au {tel:PHONE_NUMBER}. Enfant conduit aux urgences par sa mère.\n",
            club=club(rng, cc)[0],
            dt=fmt_date(when, "dmy/"),
            t=a.town,
            n=kid.full,
            age=str(age),
            dob=fmt_date(dob, "dmy/"),
            m=med,
            c=co.full,
            p=par.full,
            tel=ph(rng, cc),
        )
    else:
        d.f(
            "Parte de lesión - {club}\nFecha: {dt}. Lugar: polideportivo municipal de {t:LOCATION}\n\nLesionado/a: {n:PERSON}, {age:MINOR_AGE} años (nacido/a el {dob:DATE_OF_BIRTH})\n"
            "Antecedentes: {m:MEDICAL_CONDITION}\nDescripción: choque con un compañero, golpe en la rodilla derecha.\n"
            "Atendido por: {c:PERSON} (entrenador/a). Hielo y reposo.\nSe avisó a {p:PERSON} ({tel:PHONE_NUMBER}), que lo recogió a las {h}:{mi:02d}.\n",
            club=club(rng, cc)[0],
            dt=fmt_date(when, "dmy/"),
            t=a.town,
            n=kid.full,
            age=str(age),
            dob=fmt_date(dob, "dmy/"),
            m=med,
            c=co.full,
            p=par.full,
            tel=ph(rng, cc),
            h=rng.randint(17, 21),
            mi=rng.randint(0, 59),
        )
    return d


# ---------------------------------------------------------------------------
def t_concern_log(rng, index, when):
    cc = cc_for(index, 1)
    if LANG[cc] != "en":
        cc = rng.choice(["GB", "IE", "US", "AU", "ZA"])
    kid, age, dob = child(rng, cc, when, 10, 17)
    par = parent_for(rng, cc, kid.last)
    co = person(rng, cc)
    wo = person(rng, cc)
    sus_handle = username(rng, None)
    d = Doc()
    d.f(
        "WELFARE OFFICER - CONCERN LOG (restricted)\nClub: {club}\nChild: {n:PERSON} (age {age:MINOR_AGE}, DOB {dob:DATE_OF_BIRTH})\nLog owner: {wo:PERSON}\n\n",
        club=club(rng, cc)[0],
        n=kid.full,
        age=str(age),
        dob=fmt_date(dob, DATE_STYLE[cc]),
        wo=wo.full,
    )
    t0 = when - datetime.timedelta(days=rng.randint(10, 30))
    entries = []
    entries.append(
        (
            "{c:PERSON} (coach) reported that {k:PERSON} has seemed withdrawn at the last three sessions and left early twice.",
            dict(c=co.full, k=kid.first),
        )
    )
    kind = ["online", "identity", "home", "orientation", "online"][(index // 8) % 5]
    if kind == "online":
        entries.append(
            (
                "{k:PERSON} told a teammate that an adult using the handle {h:USERNAME} on {app} has been messaging and asked for photos. "
                "Screenshots seen by {c:PERSON}; the account claims to be a {fa:AGE}-year-old scout.",
                dict(
                    k=kid.first,
                    h=sus_handle,
                    app=rng.choice(["Snapchat", "Instagram", "TikTok", "Discord"]),
                    c=co.first,
                    fa=str(rng.randint(19, 25)),
                ),
            )
        )
        entries.append(
            (
                "Parent {p:PERSON} informed by phone ({t:PHONE_NUMBER}); agreed to report {h:USERNAME} to the platform and police.",
                dict(p=par.full, t=ph(rng, cc), h=sus_handle),
            )
        )
    elif kind == "identity":
        gi = rng.choice(["transgender", "non-binary", "a trans boy", "a trans girl"])
        gi_val = gi.replace("a ", "", 1) if gi.startswith("a ") else gi
        entries.append(
            (
                "{k:PERSON}, who is {art}{gi:GENDER_IDENTITY}, reported being excluded from the changing rooms by two older players.",
                dict(k=kid.first, art="a " if gi.startswith("a ") else "", gi=gi_val),
            )
        )
        entries.append(
            (
                "Spoke with {p:PERSON} ({t:PHONE_NUMBER}); agreed a private changing space and a conversation with the squad.",
                dict(p=par.full, t=ph(rng, cc)),
            )
        )
    elif kind == "orientation":
        so = rng.choice(["gay", "bisexual", "lesbian"])
        entries.append(
            (
                "Messages in the squad group chat mocked {k:PERSON} after rumours that {pr} is {so:SEXUAL_ORIENTATION}. {k2:PERSON} is upset and wants to leave the club.",
                dict(k=kid.first, pr="she" if kid.female else "he", so=so, k2=kid.first),
            )
        )
        entries.append(
            (
                "Parent {p:PERSON} aware and supportive; contact {t:PHONE_NUMBER}. Anti-bullying conversation held with the team.",
                dict(p=par.full, t=ph(rng, cc)),
            )
        )
    else:
        pl = plate(rng, cc)
        entries.append(
            (
                "{k:PERSON} has been collected late several times by an adult male not on the collection list, driving a {car} reg {pl:VEHICLE_PLATE}.",
                dict(k=kid.first, car=rng.choice(["grey hatchback", "white van", "black SUV"]), pl=pl),
            )
        )
        entries.append(
            (
                "Called mother {p:PERSON} on {t:PHONE_NUMBER}: the man is her partner {pp:PERSON}; he is not to collect without written consent.",
                dict(p=par.full, t=ph(rng, cc), pp=person(rng, cc).full),
            )
        )
    entries.append(
        (
            "Referred to {agency} - reference held on file. Plan: review at next session; {wo:PERSON} to check in with {k:PERSON}.",
            dict(
                agency=rng.choice(
                    [
                        "the local authority designated officer",
                        "the national governing body safeguarding team",
                        "children's social care",
                        "Tusla",
                    ]
                    if cc == "IE"
                    else [
                        "the local authority designated officer",
                        "the national governing body safeguarding team",
                        "children's social care",
                    ]
                ),
                wo=wo.first,
                k=kid.first,
            ),
        )
    )
    dt = t0
    for tpl, kw in entries:
        dt = dt + datetime.timedelta(days=rng.randint(1, 5))
        d.f("[{dt} {h:02d}:{m:02d}] ", dt=fmt_date(dt, DATE_STYLE[cc]), h=rng.randint(8, 21), m=rng.randint(0, 59))
        d.f(tpl + "\n", **kw)
    return d


# ---------------------------------------------------------------------------
HEALTH_ID = {
    "GB": ("gb.nhs", "NHS number"),
    "IE": ("ie.pps", "PPSN"),
    "NL": ("nl.bsn", "BSN"),
    "FR": ("fr.nir", "N° de sécurité sociale (parent)"),
    "ZA": ("za.idnr", "Child's ID number"),
    "DE": (None, None),
    "ES": (None, None),
    "US": (None, None),
    "AU": ("au.medicare", "Medicare no."),
}


def t_consent(rng, index, when):
    cc = cc_for(index, 3)
    lang = LANG[cc]
    kid, age, dob = child(rng, cc, when, 5, 15)
    par = parent_for(rng, cc, kid.last)
    gp = person(rng, cc)
    a = Addr(rng, cc)
    meds = rng.sample(MED[lang], rng.choice([1, 1, 2]))
    d = Doc()
    if lang == "en":
        cname, sport = club(rng, cc)
        trip = {
            "swimming": "summer swim camp",
            "karate": "grading weekend",
            "judo": "grading weekend",
            "taekwondo": "grading weekend",
        }.get(sport, rng.choice(["residential training camp", "away tournament weekend"]))
        d.f("PARENTAL CONSENT & MEDICAL INFORMATION - {trip}\n{club}\n\n", trip=trip, club=cname)
        d.f(
            "Participant: {n:PERSON}\nDate of birth: {dob:DATE_OF_BIRTH}    Age at event: {age:MINOR_AGE}\nHome address: {a}\n",
            n=kid.full,
            dob=dfmt(rng, cc, dob),
            age=str(age),
            a=a.frag(),
        )
        kind, lab = HEALTH_ID[cc]
        if kind == "au.medicare":
            d.f(
                "{l}: {v:NATIONAL_ID} (IRN {irn})\n",
                l=lab,
                v="%s %s %s" % (rng.choice("2345") + rdig(rng, 3), rdig(rng, 5), rdig(rng, 1)),
                irn=rng.randint(1, 5),
            )
        elif kind:
            d.f("{l}: {v:NATIONAL_ID}\n", l=lab, v=national_id(rng, kind, dob, kid.female))
        d.t("\nMedical conditions: ")
        for i, m in enumerate(meds):
            if i:
                d.t("; ")
            d.s(m, "MEDICAL_CONDITION")
        d.f(
            "\nMedication (name, dose): {md}\nDietary requirements: {di}\n",
            md=MEDICATION["en"][MED["en"].index(meds[0])],
            di="gluten-free"
            if "coeliac disease" in meds
            else rng.choice(["vegetarian", "halal", "none", "none", "no pork"]),
        )
        d.f(
            "{gl}: Dr {g:PERSON}, tel. {gt:PHONE_NUMBER}\n",
            gl="Pediatrician" if cc == "US" else ("Family doctor" if cc in ("AU", "ZA") else "GP"),
            g=gp.last,
            gt=phone(rng, cc, "fixed"),
        )
        d.f(
            "\nEmergency contact 1: {p:PERSON} ({rel}) - {t:PHONE_NUMBER}\n",
            p=par.full,
            rel=rng.choice(["mother", "guardian"]) if par.female else rng.choice(["father", "guardian"]),
            t=ph(rng, cc, a),
        )
        e2 = person(rng, cc)
        d.f(
            "Emergency contact 2: {p:PERSON} ({rel}) - {t:PHONE_NUMBER}\n",
            p=e2.full,
            rel=rng.choice(["grandmother", "aunt", "uncle", "neighbour"]),
            t=ph(rng, cc, a),
        )
        d.f(
            "\nI consent to my child taking part and to emergency medical treatment if I cannot be reached.\nSigned: {p:PERSON}    Date: {dt}\n",
            p=par.full,
            dt=fmt_date(when, DATE_STYLE[cc]),
        )
    else:
        T = {
            "de": (
                "Einverständniserklärung & Gesundheitsbogen - Trainingslager",
                "Teilnehmer/in",
                "Geburtsdatum",
                "Alter",
                "Anschrift",
                "Erkrankungen",
                "Medikamente",
                "Hausarzt",
                "Notfallkontakt",
                "Ich erkläre mich mit der Teilnahme meines Kindes einverstanden.",
                "Krankenkasse: {kk} (Versichertennr. liegt vor)",
            ),
            "nl": (
                "Toestemmingsformulier & medische gegevens - trainingskamp",
                "Deelnemer",
                "Geboortedatum",
                "Leeftijd",
                "Adres",
                "Aandoeningen",
                "Medicijnen",
                "Huisarts",
                "Contact bij nood",
                "Ik geef toestemming voor deelname van mijn kind.",
                "BSN kind: {bsn}",
            ),
            "fr": (
                "Autorisation parentale & fiche sanitaire - stage",
                "Participant(e)",
                "Date de naissance",
                "Âge",
                "Adresse",
                "Pathologies",
                "Traitement",
                "Médecin traitant",
                "Personne à prévenir",
                "J'autorise mon enfant à participer au stage.",
                "N° de sécurité sociale du parent : {nir}",
            ),
            "es": (
                "Autorización y ficha médica - campus de verano",
                "Participante",
                "Fecha de nacimiento",
                "Edad",
                "Domicilio",
                "Enfermedades",
                "Medicación",
                "Médico de cabecera",
                "Contacto de emergencia",
                "Autorizo a mi hijo/a a participar en el campus.",
                "Tarjeta sanitaria: {ts}",
            ),
        }[lang]
        d.f(
            "{h}\n{club}\n\n{l1}: {n:PERSON}\n{l2}: {dob:DATE_OF_BIRTH}\n{l3}: {age:MINOR_AGE}\n{l4}: {a}\n",
            h=T[0],
            club=club(rng, cc)[0],
            l1=T[1],
            n=kid.full,
            l2=T[2],
            dob=dfmt(rng, cc, dob),
            l3=T[3],
            age=str(age),
            l4=T[4],
            a=a.frag(),
        )
        d.f(T[5] + ": ")
        for i, m in enumerate(meds):
            if i:
                d.t(", ")
            d.s(m, "MEDICAL_CONDITION")
        d.f("\n{l}: {md}\n", l=T[6], md=MEDICATION[lang][MED[lang].index(meds[0])])
        if lang == "de":
            d.f(T[10] + "\n", kk=rng.choice(["AOK", "TK", "Barmer", "DAK"]))
        elif lang == "nl":
            d.f("BSN kind: {v:NATIONAL_ID}\n", v=national_id(rng, "nl.bsn"))
        elif lang == "fr":
            d.f(
                "N° de sécurité sociale du parent : {v:NATIONAL_ID}\n",
                v=national_id(rng, "fr.nir", rdate(rng, 1975, 1992), par.female),
            )
        else:
            d.f("Tarjeta sanitaria: {v}\n", v=ralnum(rng, 4, "ABCDEFGHJKLMNPRSTVWXYZ") + rdig(rng, 10))
        d.f(
            "{l}: {g:PERSON}, {gt:PHONE_NUMBER}\n{l2}: {p:PERSON}, {t:PHONE_NUMBER}\n\n{txt}\n{dt}, {town:LOCATION} - {p2:PERSON}\n",
            l=T[7],
            g=gp.full,
            gt=phone(rng, cc, "fixed"),
            l2=T[8],
            p=par.full,
            t=ph(rng, cc),
            txt=T[9],
            dt=fmt_date(when, DATE_STYLE[cc]),
            town=a.town,
            p2=par.full,
        )
    return d


# ---------------------------------------------------------------------------
CHAT = {
    "en": [
        "Hi all, training moved to {time} on Thursday because of the gala",
        "Can anyone give {kid:PERSON} a lift on Saturday? I'm working till 2",
        "No worries, I'll take {kid:PERSON}, we go past {street:STREET_ADDRESS} anyway",
        "Silver {car} reg {pl:VEHICLE_PLATE} is me btw, parked by the gate",
        "Reminder subs are due, bank transfer or cash to {tr:PERSON}",
        "{kid:PERSON} turned {age:MINOR_AGE} today so there may be cake after training",
        "Door code for the changing rooms this week is {code:CREDENTIAL}",
        "Clubhouse wifi password is {pw:CREDENTIAL} if the kids need it for the video",
        "Who has {kid:PERSON}'s water bottle? Blue one with stickers",
        "Party invite: {kid:PERSON}'s birthday at {street:STREET_ADDRESS}, Sat from 3pm, all welcome",
        "Text me on {tel:PHONE_NUMBER} if you're running late",
        "Photos from the tournament are on the club drive, ask {tr:PERSON} for access",
    ],
    "de": [
        "Hallo zusammen, Training ist am Donnerstag erst um {time}",
        "Kann jemand {kid:PERSON} am Samstag mitnehmen? Ich arbeite bis 14 Uhr",
        "Klar, ich nehme {kid:PERSON} mit, wir fahren eh über die {street:STREET_ADDRESS}",
        "Silberner {car}, Kennzeichen {pl:VEHICLE_PLATE}, steh am Tor",
        "Erinnerung: Beitrag bitte bis Monatsende an {tr:PERSON}",
        "{kid:PERSON} ist heute {age:MINOR_AGE} geworden, es gibt Kuchen nach dem Training",
        "Der Code für die Kabine diese Woche: {code:CREDENTIAL}",
        "WLAN im Vereinsheim: Passwort {pw:CREDENTIAL}",
        "Wer hat die Trinkflasche von {kid:PERSON}?",
        "Meldet euch unter {tel:PHONE_NUMBER}, falls ihr später kommt",
    ],
    "nl": [
        "Hoi allemaal, training donderdag pas om {time}",
        "Kan iemand {kid:PERSON} zaterdag meenemen? Ik werk tot 2 uur",
        "Geen probleem, ik neem {kid:PERSON} mee, we rijden toch langs de {street:STREET_ADDRESS}",
        "Grijze {car}, kenteken {pl:VEHICLE_PLATE}, sta bij het hek",
        "Herinnering: contributie overmaken naar {tr:PERSON}",
        "{kid:PERSON} is vandaag {age:MINOR_AGE} geworden, na de training taart!",
        "Code van de kleedkamer deze week: {code:CREDENTIAL}",
        "Wifi kantine: wachtwoord {pw:CREDENTIAL}",
        "App me op {tel:PHONE_NUMBER} als je later bent",
    ],
    "fr": [
        "Bonjour à tous, l'entraînement de jeudi est décalé à {time}",
        "Quelqu'un peut emmener {kid:PERSON} samedi ? Je travaille jusqu'à 14h",
        "Pas de souci, je prends {kid:PERSON}, on passe par le {street:STREET_ADDRESS}",
        "{car} gris immatriculé {pl:VEHICLE_PLATE}, je suis garé devant le gymnase",
        "Rappel : cotisation à remettre à {tr:PERSON}",
        "{kid:PERSON} a {age:MINOR_AGE} ans aujourd'hui, gâteau après l'entraînement !",
        "Code du vestiaire cette semaine : {code:CREDENTIAL}",
        "Wifi du club : mot de passe {pw:CREDENTIAL}",
        "Appelez-moi au {tel:PHONE_NUMBER} en cas de retard",
    ],
    "es": [
        "Hola a todos, el entreno del jueves se pasa a las {time}",
        "¿Alguien puede llevar a {kid:PERSON} el sábado? Trabajo hasta las 2",
        "Sin problema, me llevo a {kid:PERSON}, pasamos por {street:STREET_ADDRESS}",
        "Coche {car} gris, matrícula {pl:VEHICLE_PLATE}, estoy en la puerta",
        "Recordatorio: la cuota se paga a {tr:PERSON}",
        "¡{kid:PERSON} cumple {age:MINOR_AGE} años hoy! Habrá tarta después del entreno",
        "El código del vestuario esta semana es {code:CREDENTIAL}",
        "Contraseña del wifi del club: {pw:CREDENTIAL}",
        "Escribidme al {tel:PHONE_NUMBER} si llegáis tarde",
    ],
}


def t_chat(rng, index, when):
    cc = cc_for(index, 5)
    lang = LANG[cc]
    kids = []
    parents = []
    for _ in range(4):
        k, age, dob = child(rng, cc, when, 7, 15)
        kids.append((k, age))
        parents.append(parent_for(rng, cc, k.last))
    tr = person(rng, cc)
    app = rng.choice(["WhatsApp", "WhatsApp", "Teams"])
    d = Doc()
    group = {
        "en": "U{n} parents",
        "de": "Eltern U{n}",
        "nl": "Ouders JO{n}",
        "fr": "Parents U{n}",
        "es": "Padres alevín {n}",
    }[lang].replace("{n}", str(rng.randint(9, 14)))
    d.f('{app} group "{g}" - exported chat\n\n', app=app, g=group)
    lines = rng.sample(CHAT[lang], rng.randint(6, min(9, len(CHAT[lang]))))
    dt = datetime.datetime(when.year, when.month, when.day, rng.randint(7, 10), rng.randint(0, 59))
    street_of = {}
    for i, ln in enumerate(lines):
        who = rng.randrange(4)
        pa = parents[who]
        dt = dt + datetime.timedelta(minutes=rng.randint(2, 90))
        if app == "WhatsApp":
            d.f("[{ts}] ", ts=dt.strftime("%d/%m/%Y, %H:%M"))
        else:
            d.f("{ts} ", ts=dt.strftime("%Y-%m-%d %H:%M"))
        if rng.random() < 0.2 and app == "WhatsApp":
            d.f("{t:PHONE_NUMBER}: ", t=phone(rng, cc, style="intl"))
        else:
            d.f(
                "{p:PERSON}: ",
                p=rng.choice([pa.full, pa.first, pa.full.lower()]) if rng.random() < 0.9 else pa.first.upper(),
            )
        k, age = kids[rng.randrange(4)]
        if who not in street_of:
            street_of[who] = Addr(rng, cc).street
        d.f(
            ln + "\n",
            time=rng.choice(["18:30", "17:45", "19:00"]) if lang != "en" else rng.choice(["6.30", "5.45pm", "7pm"]),
            kid=k.first,
            street=street_of[who],
            car={"en": "Golf", "de": "Golf", "nl": "Polo", "fr": "Clio", "es": "Ibiza"}[lang],
            pl=plate(rng, cc),
            tr=tr.first,
            age=str(age),
            code=pin(rng, rng.choice([4, 4, 6])),
            pw=password(rng),
            tel=ph(rng, cc),
        )
    return d


# ---------------------------------------------------------------------------
TRAVEL_ID = {
    "GB": "passport.gb",
    "IE": "ie.passport",
    "DE": "de.ausweis",
    "NL": "nl.identiteitskaartnummer",
    "FR": "fr.cni",
    "ES": "es.dni",
    "US": None,
    "AU": "au.passport",
    "ZA": "za.idnr",
}


def t_rooming(rng, index, when):
    cc = cc_for(index, 7)
    lang = LANG[cc]
    dest = rng.choice(
        ["Barcelona", "Salou", "Lloret de Mar", "Cork", "Eindhoven", "Gothenburg", "Orlando", "Gold Coast"]
    )
    d = Doc()
    d.f(
        "{club} - {ev} {yr}: travel & rooming list\nDestination: {dest:LOCATION}   Departure: {dt}\nGroup leader: {gl:PERSON} ({t:PHONE_NUMBER})\n\n",
        club=club(rng, cc)[0],
        ev=rng.choice(["International Youth Cup", "Summer training camp", "Junior championships"]),
        yr=when.year,
        dest=dest,
        dt=fmt_date(when, DATE_STYLE[cc]),
        gl=person(rng, cc).full,
        t=ph(rng, cc),
    )
    idname = {
        "GB": "Passport no.",
        "IE": "Passport no.",
        "DE": "Ausweis-Nr.",
        "NL": "ID-kaart nr.",
        "FR": "N° CNI",
        "ES": "DNI",
        "US": "Passport no.",
        "AU": "Passport no.",
        "ZA": "ID number",
    }[cc]
    d.f("Room | Name | DOB | Age | {idn} | Medical / notes\n", idn=idname)
    n = rng.randint(4, 7)
    for i in range(n):
        kid, age, dob = child(rng, cc, when, 11, 17)
        d.f(
            "{r} | {n:PERSON} | {dob:DATE_OF_BIRTH} | {age:MINOR_AGE} | ",
            r=100 + (i // 2) + rng.randint(1, 3) * 100,
            n=kid.full,
            dob=fmt_date(dob, DATE_STYLE[cc]),
            age=str(age),
        )
        kind = TRAVEL_ID[cc]
        if cc == "US":
            d.f("{v:US_PASSPORT}", v=us_passport(rng))
        else:
            d.f("{v:NATIONAL_ID}", v=national_id(rng, kind, dob, kid.female))
        if rng.random() < 0.4:
            d.f(" | {m:MEDICAL_CONDITION}\n", m=pick(rng, MED[lang]))
        else:
            d.t(" | -\n")
    d.f(
        "\nStaff: {s1:PERSON} (female lead), {s2:PERSON} (male lead). Hotel emergency line via group leader only.\n",
        s1=person(rng, cc, female=True).full,
        s2=person(rng, cc, female=False).full,
    )
    return d


TEMPLATES = [t_registration, t_vetting, t_teamsheet, t_injury, t_concern_log, t_consent, t_chat, t_rooming]


def build(rng, index):
    when = doc_date(rng)
    return TEMPLATES[index % len(TEMPLATES)](rng, index, when)
