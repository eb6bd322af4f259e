"""Register 3: volunteer_vetting -- application forms, references, checks."""

from kit import age_v, crim_v, dob_v, drug_v, eth_v, gender_v, med_v, orient_v, password, ref_code
from people import email, make_person, personal_site, pname, profile_url, username
from places import address, town_value
from sources import GENDER_ADULT, ORGS
from values import (
    V,
    fmt_date,
    ip_value,
    national_id,
    phone_value,
    plate_value,
    rdigits,
    us_dl_value,
    us_itin_value,
    us_passport_value,
    us_ssn_value,
)


COUNTRY = {
    "US": dict(
        lang="en",
        date="us",
        cultures=["en_us", "en_us", "es_mx", "yi_us", "ht", "ko", "vi", "so", "nv", "haw", "tl", "pa"],
    ),
    "GB": dict(
        lang="en",
        date="uk",
        cultures=["en_gb", "en_gb", "cy", "gd_sco", "pa", "ur", "bn", "yo", "pl", "ro", "so", "rom"],
    ),
    "IE": dict(lang="en", date="uk", cultures=["ga_ie", "ga_ie", "ga_ie", "pl", "lt", "lv", "pt_br", "ig", "ro"]),
    "CA": dict(lang="en", date="iso", cultures=["fr_ca", "fr_ca", "en_us", "pa", "zh", "tl", "ar_lev", "uk", "ta"]),
    "AU": dict(lang="en", date="uk", cultures=["en_gb", "en_gb", "el", "it", "vi", "zh", "hi", "sm", "to", "ar_lev"]),
    "DE": dict(lang="de", date="de", cultures=["de", "de", "de", "tr", "pl", "ru", "ar_lev", "hr", "ku"]),
    "CH": dict(lang="de", date="de", cultures=["de_ch", "de_ch", "it", "sq", "pt", "fr"]),
    "FR": dict(lang="fr", date="fr", cultures=["fr", "fr", "fr", "ar_ma", "wo", "pt", "vi", "ht"]),
    "NL": dict(lang="nl", date="nl", cultures=["nl", "nl", "nl", "tr", "ar_ma", "id", "pl"]),
    "SE": dict(lang="sv", date="sv", cultures=["sv", "sv", "fi", "so", "fa", "se_sami", "bs"]),
    "NO": dict(lang="no", date="no", cultures=["no", "no", "se_sami", "pl", "so", "ur"]),
    "DK": dict(lang="da", date="da", cultures=["da", "da", "de", "tr", "ar_lev", "is"]),
    "FI": dict(lang="fi", date="fi", cultures=["fi", "fi", "fi", "sv", "ru", "et", "so", "se_sami"]),
}

L = {
    "en": dict(
        title="Volunteer application form",
        name="Full name",
        pref="Preferred name",
        dob="Date of birth",
        age="Age",
        address="Address",
        phone="Home phone",
        mobile="Mobile",
        email="Email",
        health="Health conditions or disabilities we should know about",
        meds="Regular medication",
        emerg="Emergency contact",
        rel="Relationship",
        lic="Driving licence number",
        plate="Vehicle registration",
        crim="Unspent convictions, cautions or bind-overs",
        declare="I declare that the information given is true and complete.",
        sign="Signature",
        date="Date",
        none="None",
        yes="Yes",
        no="No",
        rels="mother:f|father:m|partner|wife:f|husband:m|sister:f|brother:m|friend|son:m|daughter:f|neighbour",
    ),
    "de": dict(
        title="Bewerbung für die ehrenamtliche Mitarbeit",
        name="Name, Vorname",
        pref="Rufname",
        dob="Geburtsdatum",
        age="Alter",
        address="Anschrift",
        phone="Telefon",
        mobile="Mobil",
        email="E-Mail",
        health="Gesundheitliche Einschränkungen",
        meds="Medikamente",
        emerg="Notfallkontakt",
        rel="Beziehung",
        lic="Führerscheinnummer",
        plate="Kennzeichen",
        crim="Eintragungen im erweiterten Führungszeugnis",
        declare="Ich versichere die Richtigkeit meiner Angaben.",
        sign="Unterschrift",
        date="Datum",
        none="keine",
        yes="ja",
        no="nein",
        rels="Ehefrau:f|Ehemann:m|Mutter:f|Vater:m|Partnerin:f|Partner:m|Bruder:m|Schwester:f",
    ),
    "fr": dict(
        title="Fiche d'inscription bénévole",
        name="Nom et prénom",
        pref="Prénom d'usage",
        dob="Date de naissance",
        age="Âge",
        address="Adresse",
        phone="Téléphone fixe",
        mobile="Portable",
        email="Courriel",
        health="Problèmes de santé ou handicap",
        meds="Traitement en cours",
        emerg="Personne à prévenir en cas d'urgence",
        rel="Lien",
        lic="N° de permis de conduire",
        plate="Immatriculation",
        crim="Mentions au bulletin n°3 du casier judiciaire",
        declare="Je certifie l'exactitude des informations ci-dessus.",
        sign="Signature",
        date="Date",
        none="néant",
        yes="oui",
        no="non",
        rels="épouse:f|mari:m|mère:f|père:m|sœur:f|frère:m|conjoint:m|amie:f",
    ),
    "nl": dict(
        title="Aanmeldformulier vrijwilliger",
        name="Naam",
        pref="Roepnaam",
        dob="Geboortedatum",
        age="Leeftijd",
        address="Adres",
        phone="Telefoon",
        mobile="Mobiel",
        email="E-mail",
        health="Gezondheid / beperkingen",
        meds="Medicatie",
        emerg="Contactpersoon bij nood",
        rel="Relatie",
        lic="Rijbewijsnummer",
        plate="Kenteken",
        crim="Strafrechtelijk verleden",
        declare="Ik verklaar dit formulier naar waarheid te hebben ingevuld.",
        sign="Handtekening",
        date="Datum",
        none="geen",
        yes="ja",
        no="nee",
        rels="moeder:f|vader:m|partner|zus:f|broer:m|vriendin:f",
    ),
    "sv": dict(
        title="Ansökan om att bli volontär",
        name="Namn",
        pref="Tilltalsnamn",
        dob="Födelsedatum",
        age="Ålder",
        address="Adress",
        phone="Telefon",
        mobile="Mobil",
        email="E-post",
        health="Hälsa eller funktionsnedsättning",
        meds="Mediciner",
        emerg="Närmast anhörig",
        rel="Relation",
        lic="Körkortsnummer",
        plate="Registreringsnummer",
        crim="Utdrag ur belastningsregistret",
        declare="Jag intygar att uppgifterna är riktiga.",
        sign="Underskrift",
        date="Datum",
        none="inga",
        yes="ja",
        no="nej",
        rels="mamma:f|pappa:m|sambo|syster:f|bror:m|make:m|maka:f",
    ),
    "no": dict(
        title="Søknad om frivillig verv",
        name="Navn",
        pref="Kallenavn",
        dob="Fødselsdato",
        age="Alder",
        address="Adresse",
        phone="Telefon",
        mobile="Mobil",
        email="E-post",
        health="Helse eller funksjonsnedsettelse",
        meds="Medisiner",
        emerg="Pårørende",
        rel="Relasjon",
        lic="Førerkortnummer",
        plate="Registreringsnummer",
        crim="Politiattest",
        declare="Jeg bekrefter at opplysningene er riktige.",
        sign="Signatur",
        date="Dato",
        none="ingen merknader",
        yes="ja",
        no="nei",
        rels="mor:f|far:m|samboer|søster:f|bror:m|kone:f|mann:m",
    ),
    "da": dict(
        title="Ansøgning som frivillig",
        name="Navn",
        pref="Kaldenavn",
        dob="Fødselsdato",
        age="Alder",
        address="Adresse",
        phone="Telefon",
        mobile="Mobil",
        email="E-mail",
        health="Helbred eller handicap",
        meds="Medicin",
        emerg="Pårørende",
        rel="Relation",
        lic="Kørekortnummer",
        plate="Nummerplade",
        crim="Børneattest",
        declare="Jeg bekræfter, at oplysningerne er korrekte.",
        sign="Underskrift",
        date="Dato",
        none="ingen oplysninger",
        yes="ja",
        no="nej",
        rels="mor:f|far:m|kæreste|søster:f|bror:m|hustru:f|mand:m",
    ),
    "fi": dict(
        title="Vapaaehtoisen hakulomake",
        name="Nimi",
        pref="Kutsumanimi",
        dob="Syntymäaika",
        age="Ikä",
        address="Osoite",
        phone="Puhelin",
        mobile="Matkapuhelin",
        email="Sähköposti",
        health="Terveydentila tai vamma",
        meds="Lääkitys",
        emerg="Lähiomainen",
        rel="Suhde",
        lic="Ajokortin numero",
        plate="Rekisterinumero",
        crim="Rikostaustaote",
        declare="Vakuutan antamani tiedot oikeiksi.",
        sign="Allekirjoitus",
        date="Päivämäärä",
        none="ei merkintöjä",
        yes="kyllä",
        no="ei",
        rels="äiti:f|isä:m|puoliso|sisko:f|veli:m|ystävä",
    ),
}
MED_LOCAL = {
    "de": "Diabetes Typ 1|Epilepsie|Asthma|Depression|Multiple Sklerose|ADHS|Morbus Crohn|Schwerhörigkeit|Insulin|Ritalin",
    "fr": "diabète de type 1|épilepsie|asthme|dépression|sclérose en plaques|TDAH|maladie cœliaque|surdité partielle|insuline|Lévothyrox",
    "nl": "diabetes type 1|epilepsie|astma|depressie|ADHD|reuma|ziekte van Crohn|slechthorendheid|insuline",
    "sv": "typ 1-diabetes|epilepsi|astma|depression|ADHD|MS|celiaki|hörselnedsättning|insulin",
    "no": "diabetes type 1|epilepsi|astma|depresjon|ADHD|cøliaki|revmatisme|nedsatt hørsel|insulin",
    "da": "type 1-diabetes|epilepsi|astma|depression|sklerose|ADHD|cøliaki|nedsat hørelse|insulin",
    "fi": "tyypin 1 diabetes|epilepsia|astma|masennus|ADHD|keliakia|nivelreuma|kuulovamma|insuliini",
}
CRIM_LOCAL = {
    "de": "Verurteilung wegen Körperverletzung (2016)|Geldstrafe wegen Trunkenheit im Verkehr, 2019|Verurteilung wegen Betrugs zu 90 Tagessätzen|Bewährungsstrafe wegen Diebstahls",
    "fr": "condamnation pour conduite en état d'ivresse (2017)|condamnation pour vol en 2012|amende pour usage de stupéfiants|peine avec sursis pour violences",
    "nl": "veroordeling voor diefstal in 2014|taakstraf wegens mishandeling|boete voor rijden onder invloed (2018)",
    "sv": "dömd för ringa narkotikabrott 2015|villkorlig dom för misshandel|böter för rattfylleri 2019",
    "no": "bot for promillekjøring i 2018|dømt for tyveri i 2013|betinget dom for vold",
    "da": "dom for vold i 2013|bødestraf for spirituskørsel|betinget dom for tyveri",
    "fi": "tuomio pahoinpitelystä 2016|sakko rattijuopumuksesta|ehdollinen vankeus varkaudesta",
}
ID_KINDS = {
    "US": [],
    "GB": ["gb_nino", "gb_nhs", "gb_passport"],
    "IE": ["ie_pps"],
    "CA": ["ca_sin", "ca_bc_phn"],
    "AU": ["au_tfn", "au_medicare"],
    "DE": ["de_idnr"],
    "CH": ["ch_ssn"],
    "FR": ["fr_nir"],
    "NL": ["nl_bsn"],
    "SE": ["se_pnr"],
    "NO": ["no_fnr"],
    "DK": ["dk_cpr"],
    "FI": ["fi_hetu"],
}
ID_LABEL = {
    "gb_nino": "National Insurance number",
    "gb_nhs": "NHS number",
    "gb_passport": "UK passport number",
    "ie_pps": "PPS number",
    "ca_sin": "Social Insurance Number",
    "ca_bc_phn": "BC Personal Health Number",
    "au_tfn": "Tax File Number (for reimbursements)",
    "au_medicare": "Medicare card no.",
    "de_idnr": "Steuer-ID (Ehrenamtspauschale)",
    "ch_ssn": "AHV-Nummer",
    "fr_nir": "N° de sécurité sociale",
    "nl_bsn": "BSN",
    "se_pnr": "Personnummer",
    "no_fnr": "Fødselsnummer",
    "dk_cpr": "CPR-nummer",
    "fi_hetu": "Henkilötunnus",
}
LICENCE_KIND = {"GB": "gb_dvla", "IE": "ie_dl", "CA": "ca_on_dl", "AU": "au_dl"}
ETHNIC_BY_CC = {
    "GB": [
        "White British",
        "White Irish",
        "Black Caribbean",
        "Black African",
        "Mixed White and Asian",
        "Pakistani",
        "Bangladeshi",
        "Indian",
        "Chinese",
        "Gypsy or Irish Traveller",
        "Roma",
        "Arab",
        "Mixed White and Black Caribbean",
        "White Polish",
    ],
    "IE": [
        "White Irish",
        "Irish Traveller",
        "Any other White background",
        "Black or Black Irish - African",
        "Asian or Asian Irish - Chinese",
        "Roma",
    ],
    "US": [
        "Hispanic or Latino",
        "African American",
        "Native American",
        "Asian American",
        "Pacific Islander",
        "White",
        "Korean American",
        "Navajo",
    ],
    "CA": [
        "First Nations",
        "Métis",
        "Inuk",
        "South Asian",
        "Chinese",
        "Filipino",
        "Arab",
        "Black Canadian",
        "Québécois",
    ],
    "AU": [
        "Aboriginal",
        "Torres Strait Islander",
        "Greek",
        "Vietnamese",
        "Samoan",
        "Lebanese",
        "Anglo-Australian",
        "Tongan",
    ],
}


def _relative(d, lang, culture):
    """A relationship word and a person of matching sex."""
    rel, _, sex = d.pick(L[lang]["rels"].split("|")).partition(":")
    return rel, make_person(d.rng, d.ref, culture=culture, sex=sex or None)


def _med_local(rng, lang):
    if lang == "en":
        return med_v(rng) if rng.random() < 0.75 else drug_v(rng)
    return V(rng.choice(MED_LOCAL[lang].split("|")), "MEDICAL_CONDITION")


def _crim_local(rng, lang):
    if lang == "en":
        return crim_v(rng, "np")
    return V(rng.choice(CRIM_LOCAL[lang].split("|")), "CRIMINAL_HISTORY")


VET_WEIGHTED = ["US"] * 6 + [c for c in COUNTRY if c != "US"]


def _setup(d, cc=None):
    cc = cc or d.pick(VET_WEIGHTED)
    c = COUNTRY[cc]
    p = make_person(d.rng, d.ref, age=d.rng.randint(18, 74), cultures=c["cultures"])
    return cc, c, L[c["lang"]], p


def _licence(d, cc, p):
    if cc == "US":
        st, dl = us_dl_value(d.rng, family=p.family)
        return [dl, f" ({st})"], plate_value(d.rng, "US", st)
    kind = LICENCE_KIND.get(cc)
    if kind:
        lic = national_id(d.rng, kind, p)
    else:
        lic = V(
            rdigits(d.rng, 8)
            if cc != "FR"
            else f"{rdigits(d.rng, 2)}{d.pick(['AB', 'CD', 'EF', 'KL'])}{rdigits(d.rng, 5)}",
            "NATIONAL_ID",
            kind="dl_" + cc.lower(),
            module=None,
        )
    return [lic], plate_value(d.rng, cc)


def application(d):
    rng, b = d.rng, d.b
    cc, c, t, p = _setup(d)
    lang = c["lang"]
    a = address(rng, cc)
    org = d.pick(ORGS)
    b.line(org, " - ", t["title"])
    b.line("Ref: ", f"VOL-{rdigits(rng, 5)}", "   ", fmt_date(rng, d.ref, c["date"]))
    b.line()
    b.line(t["name"], ": ", pname(p, "inverted_plain" if lang in ("de", "fr") else d.pick(["full", "full", "caps"])))
    if p.nick and d.maybe(0.7):
        b.line(t["pref"], ": ", pname(p, "nick"))
    b.line(t["dob"], ": ", dob_v(rng, p, c["date"]))
    if d.maybe(0.4):
        b.line(t["age"], ": ", age_v(p.age(d.ref)))
    b.line(t["address"], ": ", a["parts"])
    if d.maybe(0.5):
        b.line(t["phone"], ": ", phone_value(rng, a_region(cc), "fixed"))
    b.line(t["mobile"], ": ", phone_value(rng, a_region(cc)))
    b.line(t["email"], ": ", email(rng, p))
    if cc == "US":
        if d.maybe(0.5):
            b.line("SSN (for background check): ", us_ssn_value(rng))
        else:
            b.line("ITIN (no SSN issued): ", us_itin_value(rng))
        if d.maybe(0.7):
            b.line("Photo ID presented: U.S. passport ", us_passport_value(rng))
    else:
        kind = d.pick(ID_KINDS[cc])
        b.line(ID_LABEL[kind], ": ", national_id(rng, kind, p))
    if d.maybe(0.3):
        b.line(
            "Website / social media" if lang == "en" else "Web",
            ": ",
            personal_site(rng, p) if d.maybe() else profile_url(rng, p)[1],
        )
    if d.maybe(0.6):
        lic, plate = _licence(d, cc, p)
        b.line(t["lic"], ": ", lic)
        if d.maybe(0.7):
            b.line(t["plate"], ": ", plate)
    if d.maybe(0.6):
        b.line(t["health"], ": ", _med_local(rng, lang))
    elif d.maybe(0.5):
        b.line(t["health"], ": ", t["none"])
    if d.maybe(0.3):
        b.line(t["meds"], ": ", drug_v(rng) if lang == "en" else _med_local(rng, lang))
    rel, em = _relative(d, lang, p.culture)
    b.line(t["emerg"], ": ", pname(em, d.pick(["full", "given"])), " (", rel, ") ", phone_value(rng, a_region(cc)))
    if d.maybe(0.5):
        b.line(t["crim"], ": ", _crim_local(rng, lang) if d.maybe(0.4) else t["none"])
    if lang == "en" and d.maybe(0.85):
        b.line()
        b.line("Equality monitoring (optional, detached before shortlisting)")
        b.line("Ethnic origin: ", eth_v(rng, ETHNIC_BY_CC.get(cc)) if d.maybe(0.85) else "Prefer not to say")
        b.line("Sexual orientation: ", orient_v(rng) if d.maybe(0.8) else "Prefer not to say")
        b.line("Gender identity: ", gender_v(rng, GENDER_ADULT) if d.maybe(0.7) else "Prefer not to say")
    b.line()
    b.line(t["declare"])
    b.line(
        t["sign"], ": ", pname(p, d.pick(["full", "initial"])), "    ", t["date"], ": ", fmt_date(rng, d.ref, c["date"])
    )


def a_region(cc):
    return cc


def reference(d):
    rng, b = d.rng, d.b
    cc, c, t, p = _setup(d, d.pick(["GB", "IE", "US", "CA", "AU", "NL", "DE"]))
    referee = make_person(rng, d.ref, age=rng.randint(30, 75))
    years = rng.randint(2, 20)
    ra = address(rng, cc)
    if c["lang"] == "de":
        b.line(pname(referee, "full"), " · ", ra["parts"])
        b.line(town_value(rng, "DE")[0], ", den ", fmt_date(rng, d.ref, "de"))
        b.line()
        b.line("Referenz für ", pname(p, "full"), ", geboren am ", dob_v(rng, p, "de"))
        b.line()
        fem = p.sex == "f"
        b.line(
            "Ich kenne ",
            "Frau " if fem else "Herrn ",
            pname(p, "family"),
            " seit ",
            str(years),
            " Jahren aus dem Sportverein. ",
            "Sie" if fem else "Er",
            " ist zuverlässig und geht sehr einfühlsam mit Kindern und Jugendlichen um.",
        )
        if d.maybe(0.4):
            b.line(
                "Offen gesagt litt ",
                "sie" if fem else "er",
                " vor einigen Jahren unter ",
                _med_local(rng, "de"),
                ", ist aber seit langem stabil.",
            )
        b.line("Für Rückfragen erreichen Sie mich unter ", phone_value(rng, "DE"), " oder ", email(rng, referee), ".")
        b.line()
        b.line("Mit freundlichen Grüßen")
        b.line(pname(referee, d.pick(["full", "initial"])))
        return
    if c["lang"] == "nl":
        b.line("Referentie voor ", pname(p, "full"))
        b.line()
        b.line(
            "Ik ken ",
            pname(p, "given"),
            " al ",
            str(years),
            " jaar als ",
            "buurvrouw" if p.sex == "f" else "buurman",
            " in ",
            ra["town"],
            ".",
        )
        b.line("Zij" if p.sex == "f" else "Hij", " is betrokken, eerlijk en heeft ruime ervaring met kinderen.")
        b.line("Bel gerust: ", phone_value(rng, "NL"), ".")
        b.line()
        b.line("Met vriendelijke groet,")
        b.line(pname(referee, "full"), ", ", ra["street"], ", ", ra["postcode"], " ", ra["town"])
        return
    b.line(pname(referee, "full"))
    b.line(ra["parts"])
    b.line(phone_value(rng, cc), "  |  ", email(rng, referee))
    b.line()
    b.line(fmt_date(rng, d.ref, c["date"]))
    b.line()
    b.line("Re: ", pname(p, d.pick(["full", "caps"])), " - character reference")
    b.line()
    rel = d.pick(["line manager", "neighbour", "Scout leader colleague", "former teacher", "pastor", "football coach"])
    b.line(
        "I have known ",
        pname(p, "given"),
        " for ",
        str(years),
        " years as ",
        p.his(),
        " ",
        rel,
        ". ",
        p.he().capitalize(),
        " is ",
        age_v(p.age(d.ref)),
        " and lives in ",
        town_value(rng, cc)[0],
        " with ",
        p.his(),
        " ",
        d.pick(["two children", "partner", "mother", "family"]),
        ".",
    )
    extras = [
        [
            p.he().capitalize(),
            " has been open with me about ",
            p.his(),
            " ",
            med_v(rng),
            ", which has never affected ",
            p.his(),
            " work.",
        ],
        ["I am aware that ", p.he(), " was ", crim_v(rng, "vp"), " and that this was disclosed to your organisation."],
        [
            p.he().capitalize(),
            " came out as ",
            orient_v(rng),
            " some years ago and volunteers with an LGBT youth group.",
        ],
        [
            "I would not hesitate to leave my own children, aged ",
            age_v(rng.randint(5, 12)),
            " and ",
            age_v(rng.randint(13, 17)),
            ", in ",
            p.his(),
            " care.",
        ],
        ["Please call me on ", phone_value(rng, cc), " if anything is unclear."],
    ]
    rng.shuffle(extras)
    for e in extras[: rng.randint(1, 3)]:
        b.line(e)
    b.line()
    b.line("Yours sincerely,")
    b.line(pname(referee, d.pick(["full", "initial"])))


def check_result(d):
    rng, b = d.rng, d.b
    cc, c, t, p = _setup(d)
    lang = c["lang"]
    hit = d.maybe(0.6)
    if cc == "US":
        b.line("CONSUMER REPORT - VOLUNTEER SCREENING")
        b.line("Order #", rdigits(rng, 8), "   Completed ", fmt_date(rng, d.ref, "us"))
        b.line("Subject: ", pname(p, "caps"), "   DOB: ", dob_v(rng, p, "us"), "   SSN: ", us_ssn_value(rng))
        if d.maybe(0.5):
            b.line("Alternate TIN on file: ITIN ", us_itin_value(rng))
        st, dl = us_dl_value(rng, family=p.family)
        b.line("Driver license: ", dl, " (", st, ")")
        if d.maybe(0.8):
            b.line("Passport (ID verification): ", us_passport_value(rng))
        b.line("Address history:")
        for _ in range(rng.randint(1, 3)):
            b.line("  ", address(rng, "US")["parts"])
        b.line(
            "County criminal search: ",
            [
                crim_v(rng, "np"),
                " - ",
                d.pick(["Harris County, TX", "Cook County, IL", "Maricopa County, AZ", "King County, WA"]),
            ]
            if hit
            else "No records found",
        )
        b.line(
            "National sex offender registry: ",
            "No match" if d.maybe(0.85) else V("registered sex offender (Tier I)", "CRIMINAL_HISTORY"),
        )
        b.line("Motor vehicle record: ", d.pick(["valid, no violations", "valid, 1 speeding citation 2023"]))
        return
    if lang == "en":
        title = {
            "GB": "Enhanced DBS check - result summary",
            "IE": "National Vetting Bureau - vetting disclosure",
            "CA": "Police information check - vulnerable sector",
            "AU": "Nationally coordinated criminal history check",
        }[cc]
        b.line(title)
        b.line("Applicant: ", pname(p, d.pick(["full", "inverted"])), "   Date of birth: ", dob_v(rng, p, c["date"]))
        b.line("Current address: ", address(rng, cc)["parts"])
        if d.maybe(0.6):
            kind = d.pick(ID_KINDS[cc])
            b.line(ID_LABEL[kind], ": ", national_id(rng, kind, p))
        b.line("Place of birth: ", town_value(rng, d.pick([cc, "GB", "IE", "PL", "IN", "NG"]))[0])
        b.line(
            "Police records of convictions, cautions, reprimands and warnings: ",
            crim_v(rng, "np") if hit else "NONE RECORDED",
        )
        if hit and d.maybe(0.5):
            b.line(
                "Other relevant information disclosed at the chief officer's discretion: applicant was ",
                crim_v(rng, "vp"),
            )
        b.line("Children's barred list: ", "NONE RECORDED")
        b.line("Reviewed by: safeguarding lead, ", fmt_date(rng, d.ref, c["date"]))
        return
    titles = {
        "de": "Erweitertes Führungszeugnis - Einsichtnahme (Vermerk)",
        "fr": "Extrait de casier judiciaire - bulletin n°3 (vérification)",
        "nl": "Verklaring Omtrent het Gedrag (VOG) - controle",
        "sv": "Utdrag ur belastningsregistret - kontroll",
        "no": "Politiattest - kontroll",
        "da": "Børneattest - svar",
        "fi": "Rikostaustaotteen tarkastus",
    }
    b.line(titles[lang])
    b.line(t["name"], ": ", pname(p, "inverted_plain" if lang in ("de", "fr") else "full"))
    b.line(t["dob"], ": ", dob_v(rng, p, c["date"]))
    kind = ID_KINDS[cc][0]
    b.line(ID_LABEL[kind], ": ", national_id(rng, kind, p))
    b.line(t["address"], ": ", address(rng, cc)["parts"])
    b.line(t["crim"], ": ", _crim_local(rng, lang) if hit else t["none"])
    b.line(t["date"], ": ", fmt_date(rng, d.ref, c["date"]))


def attendance(d):
    rng, b = d.rng, d.b
    cc, c, t, _ = _setup(d)
    trainer = make_person(rng, d.ref, age=rng.randint(30, 65))
    b.line(d.pick(ORGS), " - training attendance")
    b.line(
        "Module: ",
        d.pick(
            [
                "Safeguarding level 2",
                "Active listening",
                "Online harms awareness",
                "Helpline induction day 1",
                "First aid refresher",
                "Data protection basics",
            ]
        ),
        "   Date: ",
        fmt_date(rng, d.ref, c["date"]),
    )
    b.line("Trainer: ", pname(trainer, d.pick(["full", "initial"])))
    b.line(
        "Venue: ",
        d.pick(["Room 2, community centre", "online (video call)", "Lantern House training suite"]),
        ", ",
        town_value(rng, cc)[0],
    )
    b.line()
    b.line("# | Name | Mobile | Signed | Notes")
    for i in range(rng.randint(4, 8)):
        v = make_person(rng, d.ref, age=rng.randint(18, 75), cultures=c["cultures"])
        note = d.pick(
            [
                [""],
                ["left early"],
                ["needs ", d.pick(["large print", "hearing loop"]), " - ", _med_local(rng, c["lang"])],
                ["car share with ", pname(make_person(rng, d.ref), "given")],
                ["aged ", age_v(v.age(d.ref)), ", youngest in group"] if v.age(d.ref) < 22 else [""],
                ["portal login ", username(rng, v), " reset, temp pw ", password(rng)],
            ]
        )
        b.line(
            str(i + 1),
            " | ",
            pname(v, d.pick(["full", "full", "initial", "inverted_plain"])),
            " | ",
            phone_value(rng, cc) if d.maybe(0.7) else "",
            " | ",
            d.pick(["signed", "✓", "signed", "absent"]),
            " | ",
            note,
        )


def emergency_list(d):
    rng, b = d.rng, d.b
    cc, c, t, _ = _setup(d)
    b.line(t["emerg"], " - ", d.pick(["weekend shift team", "residential trip volunteers", "call centre volunteers"]))
    b.line("Volunteer | Contact | ", t["rel"], " | Phone | Medical")
    for _ in range(rng.randint(3, 6)):
        v = make_person(rng, d.ref, age=rng.randint(18, 70), cultures=c["cultures"])
        rel, em = _relative(d, c["lang"], v.culture)
        med = _med_local(rng, c["lang"]) if d.maybe(0.5) else "-"
        b.line(
            pname(v, d.pick(["full", "initial", "given"])),
            " | ",
            pname(em, d.pick(["full", "given"])),
            " | ",
            rel,
            " | ",
            phone_value(rng, cc),
            " | ",
            med,
        )
    if d.maybe(0.4):
        b.line()
        b.line("Kept by duty manager. Do not e-mail. Questions to ", email(rng, make_person(rng, d.ref)))


def driver_check(d):
    rng, b = d.rng, d.b
    cc, c, t, p = _setup(
        d, d.pick(["GB", "GB", "IE", "US", "US", "US", "AU", "CA", "DE", "FR", "NL", "SE", "NO", "FI"])
    )
    lic, plate = _licence(d, cc, p)
    b.line("Volunteer driver check - ", d.pick(["befriending visits", "event transport", "outreach van"]))
    b.line("Driver: ", pname(p, d.pick(["full", "caps", "inverted_plain"])), "   DOB: ", dob_v(rng, p, c["date"]))
    b.line(
        "Licence: ",
        lic,
        "   Categories: ",
        d.pick(["B", "B, BE", "B, C1", "Class C", "Class 5"]),
        "   Expires: ",
        str(d.ref.year + rng.randint(1, 9)),
    )
    b.line(
        "Vehicle: ",
        d.pick(["silver Ford Focus", "blue VW Golf", "white Toyota Corolla", "grey Skoda Octavia", "red Honda CR-V"]),
        ", reg ",
        plate,
    )
    if d.maybe(0.5):
        b.line("Second vehicle (spouse): ", plate_value(rng, "US" if cc == "US" else cc))
    b.line("Insurance: policy ", ref_code(rng, 10), " - business use ", d.pick(["confirmed", "pending", "confirmed"]))
    if d.maybe(0.45):
        b.line(
            "Endorsements / convictions: ",
            V(
                d.pick(
                    [
                        "disqualified for drink driving (DR10) in 2017",
                        "conviction for driving without insurance (IN10)",
                        "a DUI conviction in 2014",
                        "convicted of careless driving in 2021",
                    ]
                ),
                "CRIMINAL_HISTORY",
            )
            if c["lang"] == "en"
            else _crim_local(rng, c["lang"]),
        )
    else:
        b.line("Endorsements / convictions: none")
    if d.maybe(0.4):
        b.line("Medical declared to licensing authority: ", _med_local(rng, c["lang"]))
    if cc == "GB" and d.maybe(0.5):
        b.line("DVLA share code checked online by coordinator; code was ", V(ref_code(rng, 8).upper(), "CREDENTIAL"))
    b.line("Checked by: ", pname(make_person(rng, d.ref), "initial"), " on ", fmt_date(rng, d.ref, c["date"]))


def self_declaration(d):
    rng, b = d.rng, d.b
    cc, c, t, p = _setup(d, d.pick(["GB", "IE", "AU", "CA", "US", "GB"]))
    b.line("Self-declaration: health and criminal record (confidential)")
    b.line("Name: ", pname(p, "full"), "   DOB: ", dob_v(rng, p, c["date"]))
    b.line()
    b.line("1. Do you have any health condition that may affect your volunteering? ", t["yes"])
    b.line("   Details: I have ", med_v(rng), d.pick([", managed with ", ", and take "]), drug_v(rng), ".")
    if d.maybe(0.5):
        b.line("   I also have ", med_v(rng), " but it is well controlled.")
    has_record = d.maybe(0.6)
    b.line(
        "2. Have you ever been convicted of a criminal offence or received a caution? ",
        t["yes"] if has_record else t["no"],
    )
    if has_record:
        b.line(
            "   Details: ",
            crim_v(rng, "np"),
            ". I was ",
            age_v(rng.randint(18, max(18, min(30, p.age(d.ref))))),
            " at the time.",
        )
    b.line("3. Are you subject to any investigation or barring? No")
    if d.maybe(0.5):
        b.line("4. Optional: how would you describe your gender identity? ", gender_v(rng, GENDER_ADULT))
    b.line()
    b.line("Signed: ", pname(p, d.pick(["full", "initial"])), "   Date: ", fmt_date(rng, d.ref, c["date"]))
    if d.maybe(0.5):
        b.line("Received by ", pname(make_person(rng, d.ref), "initial"), " - filed in locked cabinet.")


def monitoring(d):
    rng, b = d.rng, d.b
    cc, c, t, p = _setup(d, d.pick(["GB", "GB", "US", "CA", "AU", "IE"]))
    b.line(d.pick(ORGS), " - equal opportunities monitoring form (volunteers)")
    b.line("This form is kept separately from your application. Reference: ", f"EO-{rdigits(rng, 5)}")
    b.line()
    if d.maybe(0.6):
        b.line("Name (optional): ", pname(p, d.pick(["full", "given"])))
    b.line(
        "Age band: ",
        d.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])
        if d.maybe(0.6)
        else ["exact age ", age_v(p.age(d.ref))],
    )
    b.line("Ethnic group: ", eth_v(rng, ETHNIC_BY_CC.get(cc)) if d.maybe(0.9) else "Prefer not to say")
    b.line(
        "Do you consider yourself to have a disability or long-term condition? ",
        [t["yes"], " - ", med_v(rng)] if d.maybe(0.5) else t["no"],
    )
    b.line("Sexual orientation: ", orient_v(rng) if d.maybe(0.85) else "Prefer not to say")
    if d.maybe(0.8):
        g = gender_v(rng, GENDER_ADULT + ["cisgender", "cis woman", "cis man"])
        b.line("Gender identity: ", g)
        b.line(
            "Is your gender identity the same as the sex you were assigned at birth? ",
            "Yes" if g.text.startswith("cis") else d.pick(["No", "Prefer not to say"]),
        )
    else:
        b.line("Gender identity: Prefer not to say")
    b.line(
        "Religion or belief: ",
        d.pick(["None", "Christian", "Muslim", "Hindu", "Jewish", "Sikh", "Buddhist", "Prefer not to say"]),
    )
    b.line(
        "Caring responsibilities: ",
        d.pick(["none", "for a child aged 0-4", "for an older relative", "prefer not to say"]),
    )
    b.line(
        "Completed online on ",
        fmt_date(rng, d.ref, c["date"]),
        " from IP ",
        ip_value(rng, 0.2) if d.maybe(0.4) else "not recorded",
    )


TEMPLATES = [
    application,
    reference,
    check_result,
    attendance,
    emergency_list,
    driver_check,
    self_declaration,
    application,
    check_result,
    driver_check,
    monitoring,
]


def build(d, index):
    TEMPLATES[index % len(TEMPLATES)](d)
