"""Document templates for the five positive registers of the v23 held-out corpus.

Each template is a function taking a core.World and returning a raw string in which
personal data is wrapped in inline markers (core.mk); core.finalize turns that into text + spans.
"""

import datetime as dt

import ids
import pools
from core import (
    ABA,
    ADR,
    AGEM,
    BANK,
    CC,
    CRED,
    CRIM,
    DEV,
    DOB,
    EML,
    ETH,
    GEN,
    GEO,
    GID,
    IBAN,
    IP,
    ITIN,
    LOC,
    MAC,
    MED,
    NID,
    PER,
    PHN,
    PLATE,
    SEXO,
    SSN,
    URL,
    USDL,
    USPP,
    USR,
    CULT,
    TOWN_LL,
    town_ll,
    mk,
    num_word,
    fmt_date,
    plate,
)


# ------------------------------------------------------------------ shared helpers
def P(w, p, style=None, native=False):
    """Marked full name in a random (or given) surface style."""
    if native:
        return PER(w.full(p, native=True))
    if style is None:
        return PER(w.name_variant(p))
    if style == "full":
        return PER(w.full(p))
    if style == "formal":
        return PER(w.formal(p))
    if style == "upper":
        return PER(w.full(p).upper())
    if style == "lower":
        return PER(w.full(p).lower())
    if style == "initial":
        return PER(w.initial(p))
    if style == "given":
        return PER(p.given)
    if style == "fam":
        return PER(w.surname(p))
    raise ValueError(style)


def GV(p, lower=False):
    return PER(p.given.lower() if lower else p.given)


def FM(w, p):
    return PER(w.surname(p))


def BD(w, p, lang="en"):
    return DOB(w.date_fmt(p.dob, lang))


def AG(w, p, lang="en", words=None):
    if words is None:
        words = w.chance(0.2)
    if words:
        return AGEM(p.age, num_word(p.age, lang))
    return AGEM(p.age)


def PH(w, p, style=None):
    return PHN(w.phone(p, style))


def EM(p):
    return EML(p.email)


def US(p):
    return USR(p.user)


def ND(w, d, lang="en"):
    """Unmarked non-birth date."""
    return w.date_fmt(d, lang)


def kin(w, child, age=(28, 52), sex=None, same_family=True):
    """A relative (parent etc.) of child sharing the family name where the culture does so."""
    q = w.person(child.cult, sex=sex, age=age, family=child.fam_idx if same_family else None)
    if child.c.order == "es" and same_family:
        q.fam2 = w.pick([s[0] for s in child.c.sur_m])
    q.town, q.town_n, q.street, q.street_n, q.postcode = (
        child.town,
        child.town_n,
        child.street,
        child.street_n,
        child.postcode,
    )
    q.region = child.region
    return q


def sibling(w, child, age, sex=None):
    s = w.person(child.cult, age=age, family=child.fam_idx, sex=sex)
    if child.c.order == "es":
        s.fam2 = child.fam2
    s.town, s.street, s.postcode, s.region = child.town, child.street, child.postcode, child.region
    s.town_n, s.street_n = child.town_n, child.street_n
    return s


def email_alt(w, p):
    """Obfuscated e-mail variants."""
    local, dom = p.email.split("@")
    style = w.pick(["at_dot", "brackets", "spaced"])
    if style == "at_dot":
        return local + " at " + dom.replace(".", " dot ")
    if style == "brackets":
        return local + "[at]" + dom.replace(".", "[dot]")
    return local + " (at) " + dom


def yesno(w, lang):
    return w.pick(
        {
            "en": ["Yes", "No"],
            "de": ["ja", "nein"],
            "fr": ["oui", "non"],
            "es": ["sí", "no"],
            "it": ["sì", "no"],
            "nl": ["ja", "nee"],
            "pl": ["tak", "nie"],
            "sv": ["ja", "nej"],
            "pt": ["sim", "não"],
        }.get(lang, ["Yes", "No"])
    )


def table(rows, sep=" | ", widths=None):
    """Render rows (lists of raw strings, possibly marked) as a text table; widths by visible length."""
    from core import _MARK_RE

    def vis(s):
        return len(_MARK_RE.sub(lambda m: m.group(2), s))

    n = max(len(r) for r in rows)
    if widths is None:
        widths = [max(vis(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    for r in rows:
        cells = []
        for i in range(n):
            c = r[i] if i < len(r) else ""
            cells.append(c + " " * max(0, widths[i] - vis(c)))
        out.append(sep.join(cells).rstrip())
    return "\n".join(out)


SEASONS = ["2023/24", "2024/25", "2025/26", "2024", "2025"]
EURO = ["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "sv_SE", "en_IE", "pt_PT", "de_CH"]
ANGLO = ["en_GB", "en_US", "en_AU", "en_CA", "en_IE"]
MIGRANT_ORIGINS = [
    "ar_SY",
    "fa_AF",
    "ti_ER",
    "am_ET",
    "so_SO",
    "uk_UA",
    "ku_IQ",
    "fa_IR",
    "ar_SD",
    "es_CA",
    "ta_LK",
    "yo_NG",
    "ur_PK",
    "vi_VN",
]
HOST = {
    "en_GB": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "it_IT": "it",
    "el_GR": "en",
    "nl_NL": "nl",
    "pl_PL": "pl",
    "es_ES": "es",
    "en_US": "en_us",
    "sv_SE": "sv",
    "en_IE": "en",
    "en_CA": "en",
}


def lang_of(cult):
    return {"en_US": "en_us"}.get(cult, CULT[cult].lang)


def dlang(cult):
    """Language key for date formatting."""
    lg = lang_of(cult)
    return lg if lg in ("en", "en_us", "de", "fr", "es", "it", "pl", "nl", "sv", "pt", "tr") else "en"


# ================================================================== 1. sports_clubs_coaching
TEAMS = {
    "en": ["U9 Tigers", "U11 Girls", "U13 Blues", "U15 Boys", "U8 Mini Kickers", "U14 Girls Development", "U12 Reds"],
    "de": ["E-Jugend", "D2-Jugend", "U12 Mädchen", "F-Junioren", "C-Juniorinnen"],
    "fr": ["U11 féminines", "U13 garçons", "École de foot U9", "U15 Régional"],
    "es": ["Alevín B", "Infantil A", "Benjamín", "Cadete femenino"],
    "it": ["Pulcini 2015", "Esordienti", "Giovanissimi", "Under 14 femminile"],
    "nl": ["JO11-2", "MO13-1", "JO9-3", "JO15-1"],
    "pl": ["Orlik", "Żak", "Młodzik", "Trampkarz"],
    "sv": ["P12", "F11", "P10 Blå", "F14 Röd"],
    "pt": ["Sub-11", "Sub-13 Infantis", "Sub-15"],
}

CHILD_MED = {
    "en": [
        ("asthma", "salbutamol inhaler"),
        ("type 1 diabetes", "insulin pump"),
        ("epilepsy", "lamotrigine"),
        ("ADHD", "methylphenidate"),
        ("severe peanut allergy", "EpiPen"),
        ("eczema", None),
        ("hay fever", "cetirizine"),
        ("coeliac disease", None),
        ("bee-sting allergy", "EpiPen"),
        ("migraine", "ibuprofen"),
        ("autism", None),
    ],
    "de": [
        ("Asthma", "Salbutamol-Spray"),
        ("Typ-1-Diabetes", "Insulinpumpe"),
        ("Epilepsie", "Levetiracetam"),
        ("ADHS", "Methylphenidat"),
        ("Erdnussallergie", "Adrenalin-Autoinjektor"),
        ("Neurodermitis", None),
        ("Heuschnupfen", "Cetirizin"),
        ("Zöliakie", None),
    ],
    "fr": [
        ("asthme", "Ventoline"),
        ("diabète de type 1", "pompe à insuline"),
        ("épilepsie", "Dépakine"),
        ("TDAH", "Ritaline"),
        ("allergie aux arachides", "stylo d'adrénaline"),
        ("eczéma", None),
        ("maladie cœliaque", None),
    ],
    "es": [
        ("asma", "Ventolín"),
        ("diabetes tipo 1", "insulina"),
        ("epilepsia", "levetiracetam"),
        ("TDAH", "metilfenidato"),
        ("alergia a los frutos secos", "autoinyector de adrenalina"),
        ("dermatitis atópica", None),
        ("celiaquía", None),
    ],
    "it": [
        ("asma", "Ventolin"),
        ("diabete di tipo 1", "insulina"),
        ("epilessia", "Depakin"),
        ("ADHD", None),
        ("allergia alle arachidi", "adrenalina autoiniettabile"),
        ("celiachia", None),
    ],
    "nl": [
        ("astma", "Ventolin-puffer"),
        ("diabetes type 1", "insulinepomp"),
        ("epilepsie", "Keppra"),
        ("ADHD", "Ritalin"),
        ("pinda-allergie", "EpiPen"),
        ("eczeem", None),
        ("coeliakie", None),
    ],
    "pl": [
        ("astma", "Ventolin"),
        ("cukrzyca typu 1", "pompa insulinowa"),
        ("padaczka", "Depakine"),
        ("ADHD", None),
        ("alergia na orzeszki ziemne", "EpiPen"),
        ("atopowe zapalenie skóry", None),
        ("celiakia", None),
    ],
    "sv": [
        ("astma", "Ventoline"),
        ("typ 1-diabetes", "insulinpump"),
        ("epilepsi", "Keppra"),
        ("ADHD", "Concerta"),
        ("jordnötsallergi", "EpiPen"),
        ("eksem", None),
        ("celiaki", None),
    ],
    "pt": [
        ("asma", "Ventilan"),
        ("diabetes tipo 1", "insulina"),
        ("epilepsia", None),
        ("PHDA", None),
        ("alergia ao amendoim", "caneta de adrenalina"),
        ("doença celíaca", None),
    ],
}

REG_L = {
    "en": dict(
        title="Junior Player Registration – Season {s}",
        team="Team",
        child="Player's full name",
        dob="Date of birth",
        age="Age (on 1 Sept)",
        addr="Home address",
        par="Parent/guardian",
        rel="Relationship",
        mob="Mobile",
        mail="Email",
        med="Medical conditions / allergies",
        meds="Regular medication",
        emerg="Emergency contact",
        photo="Photo consent",
        none="None",
        sig="Signed",
        school="School",
        mum="Mother",
        dad="Father",
    ),
    "de": dict(
        title="Aufnahmeantrag Jugendabteilung – Saison {s}",
        team="Mannschaft",
        child="Name des Kindes",
        dob="Geburtsdatum",
        age="Alter",
        addr="Anschrift",
        par="Erziehungsberechtigte/r",
        rel="Verhältnis",
        mob="Handy",
        mail="E-Mail",
        med="Erkrankungen / Allergien",
        meds="Medikamente",
        emerg="Notfallkontakt",
        photo="Einwilligung Fotos/Website",
        none="keine",
        sig="Unterschrift",
        school="Schule",
        mum="Mutter",
        dad="Vater",
    ),
    "fr": dict(
        title="Fiche d'inscription licencié(e) jeune – saison {s}",
        team="Catégorie",
        child="Nom et prénom de l'enfant",
        dob="Date de naissance",
        age="Âge",
        addr="Adresse",
        par="Responsable légal",
        rel="Lien",
        mob="Portable",
        mail="Courriel",
        med="Problèmes de santé / allergies",
        meds="Traitement",
        emerg="Personne à prévenir",
        photo="Droit à l'image",
        none="aucun",
        sig="Signature",
        school="École",
        mum="mère",
        dad="père",
    ),
    "es": dict(
        title="Ficha de inscripción – temporada {s}",
        team="Equipo",
        child="Nombre y apellidos del jugador/a",
        dob="Fecha de nacimiento",
        age="Edad",
        addr="Domicilio",
        par="Padre/madre/tutor",
        rel="Parentesco",
        mob="Móvil",
        mail="Correo",
        med="Enfermedades / alergias",
        meds="Medicación",
        emerg="Contacto de emergencia",
        photo="Autorización de imagen",
        none="ninguna",
        sig="Firma",
        school="Colegio",
        mum="madre",
        dad="padre",
    ),
    "it": dict(
        title="Modulo di iscrizione settore giovanile – stagione {s}",
        team="Squadra",
        child="Cognome e nome atleta",
        dob="Data di nascita",
        age="Età",
        addr="Indirizzo",
        par="Genitore/tutore",
        rel="Parentela",
        mob="Cellulare",
        mail="Email",
        med="Patologie / allergie",
        meds="Farmaci",
        emerg="Contatto di emergenza",
        photo="Consenso foto",
        none="nessuna",
        sig="Firma",
        school="Scuola",
        mum="madre",
        dad="padre",
    ),
    "nl": dict(
        title="Aanmeldformulier jeugdlid – seizoen {s}",
        team="Team",
        child="Naam kind",
        dob="Geboortedatum",
        age="Leeftijd",
        addr="Adres",
        par="Ouder/verzorger",
        rel="Relatie",
        mob="Mobiel",
        mail="E-mail",
        med="Medische bijzonderheden / allergieën",
        meds="Medicijnen",
        emerg="Noodcontact",
        photo="Toestemming foto's",
        none="geen",
        sig="Handtekening",
        school="School",
        mum="moeder",
        dad="vader",
    ),
    "pl": dict(
        title="Deklaracja członkowska – sekcja młodzieżowa, sezon {s}",
        team="Drużyna",
        child="Imię i nazwisko zawodnika",
        dob="Data urodzenia",
        age="Wiek",
        addr="Adres zamieszkania",
        par="Rodzic/opiekun",
        rel="Stopień pokrewieństwa",
        mob="Telefon",
        mail="E-mail",
        med="Choroby / alergie",
        meds="Leki",
        emerg="Kontakt w nagłych wypadkach",
        photo="Zgoda na wizerunek",
        none="brak",
        sig="Podpis",
        school="Szkoła",
        mum="matka",
        dad="ojciec",
    ),
    "sv": dict(
        title="Medlemsanmälan ungdom – säsong {s}",
        team="Lag",
        child="Spelarens namn",
        dob="Födelsedatum",
        age="Ålder",
        addr="Adress",
        par="Vårdnadshavare",
        rel="Relation",
        mob="Mobil",
        mail="E-post",
        med="Sjukdomar / allergier",
        meds="Mediciner",
        emerg="Nödkontakt",
        photo="Samtycke bilder",
        none="inga",
        sig="Underskrift",
        school="Skola",
        mum="mamma",
        dad="pappa",
    ),
    "pt": dict(
        title="Ficha de inscrição – formação, época {s}",
        team="Escalão",
        child="Nome do atleta",
        dob="Data de nascimento",
        age="Idade",
        addr="Morada",
        par="Encarregado de educação",
        rel="Parentesco",
        mob="Telemóvel",
        mail="Email",
        med="Doenças / alergias",
        meds="Medicação",
        emerg="Contacto de emergência",
        photo="Autorização de imagem",
        none="nenhuma",
        sig="Assinatura",
        school="Escola",
        mum="mãe",
        dad="pai",
    ),
}

SCHOOLS = {
    "en": [
        "Holy Family Primary",
        "Riverside Academy",
        "Oakfield Junior School",
        "Meadowbank Primary",
        "Greenhill High",
    ],
    "de": ["Grundschule am Park", "Gesamtschule Nord", "Gymnasium am Wall"],
    "fr": ["Collège Jules Ferry", "École des Tilleuls"],
    "es": ["CEIP Los Olivos", "IES Miguel Servet"],
    "it": ["Scuola primaria Don Milani", "IC Centro"],
    "nl": ["OBS De Regenboog", "CBS De Wegwijzer"],
    "pl": ["SP nr 12", "Szkoła Podstawowa nr 3"],
    "sv": ["Björkskolan", "Centralskolan"],
    "pt": ["Escola Básica do Carmo", "EB 2,3 da Sé"],
}

CHILD_IDS = {
    "en_GB": "NHS number",
    "es_ES": "DNI",
    "it_IT": "codice fiscale",
    "pl_PL": "PESEL",
    "sv_SE": "personnummer",
    "de_CH": "AHV-Nr.",
    "pt_PT": "NIF",
    "fr_FR": None,
    "de_DE": None,
    "nl_NL": None,
    "en_IE": None,
    "en_AU": "Medicare no.",
    "en_US": None,
}


def _uk_dl(w, p):
    sur = "".join(c for c in p.fam.upper() if c.isalpha())[:5].ljust(5, "9")
    y = f"{p.dob.year % 100:02d}"
    mm = p.dob.month + (50 if p.sex == "f" else 0)
    ini = (p.given[0] + "9").upper()
    return f"{sur}{y[0]}{mm:02d}{p.dob.day:02d}{y[1]}{ini}9{w.pick('ABCDEFGHJKLMNPRSTW')}{w.pick('ABCDEFGHJKLMNPRSTW')}"


def sp_registration(w):
    cult = w.pick(
        [
            "en_GB",
            "en_GB",
            "de_DE",
            "fr_FR",
            "es_ES",
            "it_IT",
            "nl_NL",
            "pl_PL",
            "sv_SE",
            "en_IE",
            "en_AU",
            "pt_PT",
            "de_CH",
        ]
    )
    lg = CULT[cult].lang
    L = REG_L.get(lg, REG_L["en"])
    dl = dlang(cult)
    child = w.person(cult, age=(6, 16))
    par = kin(w, child, sex=w.pick("fm"))
    emerg = w.person(cult, age=(30, 75))
    club = w.pick(pools.CLUBS)
    out = [f"{club}", L["title"].format(s=w.pick(SEASONS)), ""]
    out.append(f"{L['team']}: {w.pick(TEAMS.get(lg, TEAMS['en']))}")
    out.append(f"{L['child']}: {P(w, child, w.pick(['full', 'full', 'formal', 'upper']))}")
    out.append(f"{L['dob']}: {BD(w, child, dl)}" + (f"    {L['age']}: {AG(w, child, lg)}" if w.chance(0.6) else ""))
    idw = CHILD_IDS.get(cult)
    if idw and w.chance(0.7):
        word, val, lab = w.national_id(child, idw)
        out.append(f"{word}: {mk(lab, val)}")
    out.append(f"{L['addr']}: {w.addr(child, 'line')}")
    if w.chance(0.4):
        out.append(f"{L['school']}: {w.pick(SCHOOLS.get(lg, SCHOOLS['en']))}")
    out.append("")
    out.append(f"{L['par']}: {P(w, par, 'full')} ({L['mum'] if par.sex == 'f' else L['dad']})")
    out.append(f"{L['mob']}: {PH(w, par)}")
    out.append(f"{L['mail']}: {EM(par)}")
    out.append(f"{L['emerg']}: {P(w, emerg, 'full')}, {PH(w, emerg)}")
    out.append("")
    if w.chance(0.5):
        cond, med = w.pick(CHILD_MED.get(lg, CHILD_MED["en"]))
        out.append(f"{L['med']}: {MED(cond)}")
        out.append(f"{L['meds']}: {MED(med) if med else L['none']}")
    else:
        out.append(f"{L['med']}: {L['none']}")
    out.append(f"{L['photo']}: {yesno(w, lg)}")
    out.append(f"{L['sig']}: {P(w, par, 'full')}   {ND(w, w.date_between(0, 60), dl)}")
    return "\n".join(out)


SQUAD_MIX = {
    "en_GB": ["yo_NG", "ur_PK", "pl_PL", "en_IE", "ro_RO"],
    "de_DE": ["tr_TR", "ar_SY", "uk_UA", "pl_PL"],
    "fr_FR": ["so_SO", "pt_PT", "ar_SY"],
    "nl_NL": ["tr_TR", "so_SO", "pl_PL"],
    "sv_SE": ["so_SO", "ar_SY", "fa_AF"],
    "es_ES": ["ro_RO", "es_MX"],
    "it_IT": ["ro_RO", "ar_SY", "tl_PH"],
    "en_US": ["es_MX", "vi_VN", "ko_KR"],
    "en_AU": ["vi_VN", "el_GR", "zh_CN"],
    "pl_PL": ["uk_UA"],
    "en_IE": ["pl_PL", "yo_NG"],
}
SQUAD_L = {
    "en": (
        "{club} – {team} squad for {opp} ({when})",
        ["No.", "Player", "{agecol}", "Pos", "Notes"],
        "Age",
        "DOB",
        ["GK", "RB", "CB", "LB", "CM", "RW", "LW", "ST", "SUB"],
        "Coach",
        "Assistant",
        "Team manager",
        ["captain", "arrive 9:15", "boots in lost property", "", "", "", "", "new this season"],
    ),
    "de": (
        "{club} – Aufstellung {team} gegen {opp} ({when})",
        ["Nr.", "Spieler/in", "{agecol}", "Pos.", "Bemerkung"],
        "Alter",
        "Geb.",
        ["TW", "IV", "LV", "RV", "ZM", "LA", "RA", "ST", "ERS"],
        "Trainer",
        "Co-Trainer",
        "Betreuer",
        ["Kapitän", "kommt später", "", "", "", "neu im Team"],
    ),
    "fr": (
        "{club} – convocation {team} contre {opp} ({when})",
        ["N°", "Joueur/se", "{agecol}", "Poste", "Remarques"],
        "Âge",
        "Né(e) le",
        ["G", "DD", "DC", "DG", "MC", "AD", "AG", "ATT", "REM"],
        "Éducateur",
        "Adjoint",
        "Dirigeant",
        ["capitaine", "rdv 9h15", "", "", "", "nouveau"],
    ),
    "es": (
        "{club} – convocatoria {team} vs {opp} ({when})",
        ["Dorsal", "Jugador/a", "{agecol}", "Pos.", "Obs."],
        "Edad",
        "F. nac.",
        ["POR", "LD", "DFC", "LI", "MC", "ED", "EI", "DC", "SUP"],
        "Entrenador",
        "Segundo",
        "Delegado",
        ["capitán", "llega tarde", "", "", "", "nuevo"],
    ),
    "nl": (
        "{club} – opstelling {team} tegen {opp} ({when})",
        ["Nr", "Speler", "{agecol}", "Positie", "Opmerking"],
        "Leeftijd",
        "Geb.",
        ["K", "RB", "CV", "LB", "CM", "RV", "LV", "SP", "WISS"],
        "Trainer",
        "Assistent",
        "Leider",
        ["aanvoerder", "", "", "", "nieuw"],
    ),
    "sv": (
        "{club} – laguppställning {team} mot {opp} ({when})",
        ["Nr", "Spelare", "{agecol}", "Pos", "Övrigt"],
        "Ålder",
        "Född",
        ["MV", "HB", "MB", "VB", "CM", "HY", "VY", "ANF", "AVB"],
        "Tränare",
        "Assisterande",
        "Lagledare",
        ["kapten", "", "", "", "ny"],
    ),
}


def sp_squad(w):
    cult = w.pick(["en_GB", "en_GB", "de_DE", "fr_FR", "nl_NL", "sv_SE", "es_ES", "en_US", "en_AU", "en_IE"])
    lg = CULT[cult].lang
    title, hdr, agew, dobw, pos, coachw, assw, manw, notes = SQUAD_L.get(lg, SQUAD_L["en"])
    dl = dlang(cult)
    youth = w.chance(0.75)
    rng_age = (w.pick([8, 9, 10, 11, 12, 13, 14, 15]),) if youth else None
    use_dob = w.chance(0.4)
    rows = [[h.format(agecol=dobw if use_dob else agew) for h in hdr]]
    nums = w.sample(range(1, 24), w.r.randint(9, 14))
    nums.sort()
    wrapped = 0
    for i, n in enumerate(nums):
        pc = cult if w.chance(0.75) else w.pick(SQUAD_MIX.get(cult, [cult]))
        if youth:
            a = rng_age[0] + (1 if w.chance(0.35) else 0)
            pl = w.person(pc, age=a, sex=None)
        else:
            pl = w.person(pc, age=(18, 41))
        agecell = BD(w, pl, dl) if use_dob else AGEM(pl.age)
        note = w.pick(notes)
        if w.chance(0.12):
            cond, med = w.pick(CHILD_MED.get(lg, CHILD_MED["en"]))
            note = MED(med) if med else MED(cond)
        posc = pos[min(i, len(pos) - 1)] if i < len(pos) - 1 else pos[-1]
        if wrapped < 2 and w.chance(0.15):
            wrapped += 1
            rows.append([str(n), GV(pl), agecell, posc, note])
            rows.append(["", FM(w, pl), "", "", ""])
        else:
            style = w.pick(["full", "full", "formal", "initial"])
            rows.append([str(n), P(w, pl, style), agecell, posc, note])
    club = w.pick(pools.CLUBS)
    opp = w.pick([c for c in pools.CLUBS if c != club])
    out = [
        title.format(
            club=club,
            team=w.pick(TEAMS.get(lg, TEAMS["en"])) if youth else "1st XI",
            opp=opp,
            when=ND(w, w.date_between(-10, 10), dl),
        ),
        "",
    ]
    out.append(table(rows, sep=w.pick([" | ", "\t", "  "])))
    out.append("")
    coach = w.person(cult, age=(24, 60))
    out.append(f"{coachw}: {P(w, coach, 'full')} – {PH(w, coach)}")
    if w.chance(0.6):
        a2 = w.person(cult, age=(20, 60))
        out.append(f"{assw}: {P(w, a2, w.pick(['full', 'given']))}")
    if w.chance(0.5):
        m = w.person(cult, age=(30, 60))
        out.append(f"{manw}: {P(w, m, 'full')} ({EM(m)})")
    if w.chance(0.4):
        town = w.pick(CULT[cult].towns)[0]
        meet = {
            "en": "Meet at the ground in",
            "de": "Treffpunkt Sportplatz",
            "fr": "RDV au stade de",
            "es": "Quedamos en el campo de",
            "nl": "Verzamelen bij sportpark in",
            "sv": "Samling vid planen i",
        }.get(lg, "Meet in")
        out.append(f"{meet} {LOC(town)}.")
    return "\n".join(out)


CRIM_DE = [
    "Verurteilung wegen Körperverletzung (2015)",
    "Geldstrafe wegen Trunkenheit im Verkehr (2019)",
    "Verurteilung wegen Diebstahls (2012)",
    "Verwarnung wegen Besitzes von Cannabis (2013)",
]


def sp_background(w):
    kind = w.cyc(["US", "GB", "DE", "US", "CA", "GB", "US", "AU"])
    club = w.pick(pools.CLUBS)
    disclosed = w.chance(0.35)
    if kind == "GB":
        p = w.person("en_GB", age=(21, 65))
        wo = w.person("en_GB", age=(30, 65))
        out = [f"{club} – Coach Safeguarding & DBS Record", "", f"Name: {P(w, p, 'full')}"]
        if p.sex == "f" and w.chance(0.4):
            out.append(f"Previous surname(s): {PER(w.pick(CULT['en_GB'].sur_f)[0])}")
        out += [
            f"Date of birth: {BD(w, p, 'en')}",
            f"Current address: {w.addr(p)}",
            f"Role: {w.pick(['U12 head coach', 'assistant coach (girls U10)', 'goalkeeping coach', 'minibus driver / kit volunteer', 'swim teacher'])}",
            "Check level: Enhanced with children's barred list",
            f"Certificate date: {ND(w, w.date_between(30, 900), 'en')}",
            "ID verified (Route 1):",
        ]
        docs = []
        if w.chance(0.7):
            docs.append(f"  - UK passport {NID(ids.generic_passport(w.r, 'GB'))}")
        if w.chance(0.7):
            docs.append(f"  - UK driving licence {NID(_uk_dl(w, p))}")
        if w.chance(0.6):
            docs.append(f"  - NI number {NID(ids.uk_nino(w.r))}")
        if not docs:
            docs.append(f"  - UK passport {NID(ids.generic_passport(w.r, 'GB'))}")
        out += docs
        if disclosed:
            out.append(
                f"Disclosure: {CRIM(w.pick(pools.CRIMES[:10]))}. Risk assessment agreed with the county welfare lead; "
                f"coach not to drive players alone."
            )
        else:
            out.append("Disclosure: no information recorded.")
        out.append(f"Verified by: {P(w, wo, 'full')}, Club Welfare Officer – {EM(wo)} / {PH(w, wo)}")
    elif kind == "US":
        p = w.person("en_US", age=(21, 65))
        st = p.region or "OH"
        out = [
            f"{club} – Volunteer Coach Background Screening Authorization",
            "",
            f"Full legal name: {P(w, p, 'full')}",
        ]
        if w.chance(0.4):
            out.append(
                f"Other names used: {PER(w.pick(CULT['en_US'].f if p.sex == 'f' else CULT['en_US'].m)[0] + ' ' + w.pick(CULT['en_US'].sur_m)[0])}"
            )
        out += [
            f"Date of birth: {BD(w, p, 'en_us')}",
            f"SSN: {SSN(ids.us_ssn(w.r))}",
            f"Driver's license: {USDL(ids.us_driver_license(w.r, st))} (state: {LOC(st)})",
            f"Current address: {w.addr(p)}",
            f"Phone: {PH(w, p)}   Email: {EM(p)}",
            f"Team: {w.pick(['10U softball', '12U travel soccer', 'JV wrestling volunteer', '8U flag football'])}",
            "",
        ]
        if disclosed:
            out.append(
                f"Screening result: CONSIDER – {CRIM(w.pick(pools.CRIMES[:10]))}. Reviewed by board; approved with conditions."
            )
        else:
            out.append("Screening result: CLEAR (national criminal + sex offender registry).")
        rv = w.person("en_US", age=(30, 65))
        out.append(f"Reviewed by: {P(w, rv, 'full')}, Risk Manager")
    elif kind == "DE":
        p = w.person("de_DE", age=(21, 65))
        birth = w.pick(CULT["de_DE"].towns)[0]
        out = [
            f"{club} – Einsichtnahme erweitertes Führungszeugnis (§ 72a SGB VIII)",
            "",
            f"Name, Vorname: {PER(w.formal(p))}",
            f"Geburtsdatum: {BD(w, p, 'de')}",
            f"Geburtsort: {LOC(birth)}",
            f"Anschrift: {w.addr(p, 'line')}",
            f"Tätigkeit: {w.pick(['Übungsleiter D-Jugend', 'Schwimmtrainerin', 'Betreuer Ferienfreizeit', 'Co-Trainerin U11'])}",
            f"Ausweis geprüft: Personalausweis-Nr. {NID(ids.de_id_card(w.r))}",
            f"Datum des Führungszeugnisses: {ND(w, w.date_between(30, 700), 'de')}",
        ]
        if disclosed:
            out.append(f"Eintragungen: {CRIM(w.pick(CRIM_DE))} – Rücksprache mit dem Vorstand erfolgt.")
        else:
            out.append("Eintragungen: keine")
        pr = w.person("de_DE", age=(30, 65))
        out.append(f"Geprüft durch: {P(w, pr, 'full')} (Kinderschutzbeauftragte/r), {EM(pr)}")
    elif kind == "CA":
        p = w.person("en_CA", age=(21, 65))
        d = ids._digits(w.r, 14)
        dln = f"{p.fam[0].upper()}{d[:4]}-{d[4:9]}-{d[9:]}"
        out = [
            f"{club} – Vulnerable Sector Check tracking sheet",
            "",
            f"Volunteer: {P(w, p, 'full')}",
            f"DOB: {BD(w, p, 'en')}",
            f"Address: {w.addr(p, 'line')}",
            f"Phone: {PH(w, p)}",
            f"Photo ID: Ontario driver's licence {NID(dln)}",
            f"Submitted to local police ({LOC(p.town)}) on {ND(w, w.date_between(20, 300), 'en')}",
        ]
        out.append(f"Result: {'Not clear – ' + CRIM(w.pick(pools.CRIMES[:10])) if disclosed else 'Clear'}")
    else:
        p = w.person("en_AU", age=(21, 65))
        out = [
            f"{club} – Working With Children register",
            "",
            f"Name: {P(w, p, 'full')}",
            f"DOB: {BD(w, p, 'en')}",
            f"Address: {w.addr(p, 'line')}",
            f"Mobile: {PH(w, p)}",
            f"Email: {EM(p)}",
            "WWC check: Cleared (employee/volunteer)",
            f"Role: {w.pick(['Auskick coordinator', 'U13 netball coach', 'Nippers water-safety volunteer'])}",
        ]
        if disclosed:
            out.append(f"Note: self-disclosed {CRIM(w.pick(pools.CRIMES[:10]))}; committee informed.")
    return "\n".join(out)


INJ = {
    "en": [
        "suspected concussion",
        "sprained ankle",
        "fractured wrist",
        "dislocated shoulder",
        "hamstring strain",
        "cut above the eye",
        "nosebleed",
        "knee ligament sprain",
        "asthma attack",
        "heat exhaustion",
        "concussion",
    ],
    "de": [
        "Verdacht auf Gehirnerschütterung",
        "Bänderdehnung Sprunggelenk",
        "Handgelenksfraktur",
        "Platzwunde an der Stirn",
        "Muskelfaserriss Oberschenkel",
        "Asthmaanfall",
    ],
    "fr": [
        "suspicion de commotion cérébrale",
        "entorse de la cheville",
        "fracture du poignet",
        "plaie à l'arcade",
        "élongation des ischio-jambiers",
        "crise d'asthme",
    ],
    "nl": [
        "vermoedelijke hersenschudding",
        "enkelverstuiking",
        "gebroken pols",
        "hoofdwond",
        "hamstringblessure",
        "astma-aanval",
    ],
}
TREAT = {
    "en": [
        "ice pack, monitored 30 min",
        "paracetamol given by parent",
        "salbutamol inhaler used",
        "taken to A&E by parent",
        "SCAT5 completed, no return to play",
        "ibuprofen 200 mg given (parental consent)",
        "strapped, rested",
    ],
    "de": ["gekühlt, beobachtet", "vom Vater ins Krankenhaus gebracht", "Salbutamol-Spray benutzt", "Pflaster, Pause"],
    "fr": ["glace, surveillance", "emmenée aux urgences par la mère", "Ventoline prise", "pansement"],
    "nl": ["ijs, 30 min geobserveerd", "door moeder naar SEH", "Ventolin-puffer gebruikt", "pleister"],
}
TREAT_MED = {
    "paracetamol": "paracetamol",
    "salbutamol inhaler": "salbutamol inhaler",
    "ibuprofen 200 mg": "ibuprofen 200 mg",
    "Salbutamol-Spray": "Salbutamol-Spray",
    "Ventoline": "Ventoline",
    "Ventolin-puffer": "Ventolin-puffer",
}


def _mark_meds(s):
    for k, v in TREAT_MED.items():
        if k in s:
            return s.replace(k, MED(v), 1)
    return s


def sp_injury(w):
    cult = w.pick(["en_GB", "en_GB", "en_IE", "en_AU", "de_DE", "fr_FR", "nl_NL", "en_US"])
    lg = CULT[cult].lang
    dl = dlang(cult)
    club = w.pick(pools.CLUBS)
    if w.chance(0.5):
        hdr = {
            "en": ["Date", "Player", "Age", "Injury", "Action", "Recorded by"],
            "de": ["Datum", "Spieler/in", "Alter", "Verletzung", "Maßnahme", "Erfasst von"],
            "fr": ["Date", "Joueur/se", "Âge", "Blessure", "Soins", "Saisi par"],
            "nl": ["Datum", "Speler", "Leeftijd", "Blessure", "Actie", "Genoteerd door"],
        }[lg]
        title = {
            "en": "Injury & Incident Log",
            "de": "Verletzungsprotokoll",
            "fr": "Registre des blessures",
            "nl": "Blessureregister",
        }[lg]
        rows = [hdr]
        recs = [w.person(cult, age=(25, 60)) for _ in range(2)]
        for _ in range(w.r.randint(3, 7)):
            pl = w.person(cult if w.chance(0.8) else w.pick(SQUAD_MIX.get(cult, [cult])), age=(7, 17))
            rows.append(
                [
                    ND(w, w.date_between(0, 200), dl),
                    P(w, pl, w.pick(["full", "full", "initial"])),
                    AGEM(pl.age),
                    MED(w.pick(INJ[lg])),
                    _mark_meds(w.pick(TREAT[lg])),
                    PER(w.pick(recs).given),
                ]
            )
        return f"{club} – {title}\n\n" + table(rows)
    # narrative concussion report (English)
    cult = w.pick(["en_GB", "en_IE", "en_AU", "en_US", "en_CA"])
    dl = dlang(cult)
    pl = w.person(cult, age=(9, 17))
    par = kin(w, pl, sex=w.pick("fm"))
    coach = w.person(cult, age=(25, 60))
    sport = w.pick(["rugby", "hockey", "football", "netball", "basketball"])
    town = w.pick(CULT[cult].towns)[0]
    hosp = w.pick(["the Royal Infirmary", "St Luke's Hospital", "the Children's Hospital", "the General Hospital"])
    txt = (
        f"CONCUSSION / HEAD INJURY REPORT – {club}\n"
        f"Match: {sport}, away at {LOC(town)}, {ND(w, w.date_between(0, 30), dl)}\n\n"
        f"Player: {P(w, pl, 'full')} ({'aged ' if w.chance(0.5) else 'age '}{AG(w, pl)}), DOB {BD(w, pl, dl)}\n"
        f"What happened: clash of heads in the {w.pick(['second half', '14th minute', 'last quarter'])}. "
        f"{GV(pl)} was dazed, complained of headache and nausea and could not recall the score.\n"
        f"Assessment: {MED(w.pick(['suspected concussion', 'concussion', 'head injury with loss of consciousness']))} – removed from play, "
        f"no return to play today.\n"
        f"Known conditions: {MED(w.pick(['asthma', 'migraine', 'ADHD', 'type 1 diabetes'])) if w.chance(0.4) else 'none recorded'}\n"
        f"Parent informed: {P(w, par, 'full')} by phone ({PH(w, par)}) at {w.r.randint(10, 17)}:{w.r.randint(0, 59):02d}; "
        f"{'mum' if par.sex == 'f' else 'dad'} took {GV(pl)} to {hosp}, {LOC(pl.town)}.\n"
        f"Graduated return: earliest {ND(w, w.date_between(-21, -14), dl)} subject to symptom-free sign-off.\n"
        f"Reported by: {P(w, coach, 'full')}, coach, {EM(coach)}"
    )
    return txt


CHAT_FMT = {
    "en": lambda d, t: f"[{d.day:02d}/{d.month:02d}/{d.year}, {t}:{d.toordinal() % 60:02d}]",
    "de": lambda d, t: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}, {t} -",
    "es": lambda d, t: f"{d.day}/{d.month}/{d.year % 100:02d}, {t} -",
    "nl": lambda d, t: f"{d.day:02d}-{d.month:02d}-{d.year} {t} -",
    "pl": lambda d, t: f"{d.day:02d}.{d.month:02d}.{d.year}, {t} -",
    "fr": lambda d, t: f"{d.day:02d}/{d.month:02d}/{d.year} à {t} -",
}


def _chat_msgs(w, lg, kids, pars, coach, town, other_town):
    k = lambda: GV(w.pick(kids), lower=w.chance(0.25))
    k1, k2 = kids[0], kids[1]
    pa, pb = pars[0], pars[1]
    if lg == "en":
        return [
            f"Can anyone give {k()} a lift to {LOC(other_town)} on Saturday? I'm on shift 😩",
            f"I can take {GV(k1)} and {GV(k2)}, picking up from {ADR(pa.street)} at 8.15",
            f"Reminder {k()} needs the {MED(w.pick(['inhaler', 'EpiPen', 'insulin kit']))} in the kit bag pls",
            f"{GV(k2)} turns {AGEM(k2.age + 1)} on Sunday so there'll be cake after training 🎂",
            f"new number for me everyone: {PH(w, pb)}",
            f"Has anyone got a spare pair of shin pads? {k()} has lost theirs AGAIN",
            f"{k()} won't make it tonight, {MED(w.pick(['tonsillitis', 'chickenpox', 'a migraine', 'a sprained wrist']))} 🙄",
            f"Coach here – training moved to the 3G at {LOC(town)} this week",
            f"Congrats {k()} on player of the match ⚽👏",
            f"the tournament form wants a contact email, use mine: {EM(pa)}",
            f"Car share: {GV(k1)} with {PER(pa.given)}, {GV(k2)} with {PER(pb.given)}, rest with me",
            f"we're at {ADR(pb.street)} if anyone wants to drop the kit bag round",
            "Who's doing oranges this week?",
            "Don't forget subs are due by Friday",
            f"{GV(coach)} can you send the fixtures again? the link doesn't work for me",
        ]
    if lg == "de":
        return [
            f"Kann jemand {k()} am Samstag nach {LOC(other_town)} mitnehmen? Ich hab Spätschicht",
            f"Ich nehm {GV(k1)} und {GV(k2)} mit, hole um 8:15 in der {ADR(pa.street)} ab",
            f"Denkt bitte an {k()}s {MED(w.pick(['Asthmaspray', 'Notfallset', 'Insulin']))} 🙏",
            f"{GV(k2)} wird am Sonntag {AGEM(k2.age + 1)}, wir bringen Kuchen mit 🎂",
            f"Hab ne neue Nummer: {PH(w, pb)}",
            f"{k()} kann heute nicht, hat {MED(w.pick(['Mandelentzündung', 'Windpocken', 'Fieber', 'Magen-Darm']))}",
            f"Training diese Woche auf dem Kunstrasen in {LOC(town)}!",
            f"Für die Turnieranmeldung bitte meine Mail nehmen: {EM(pa)}",
            f"Fahrgemeinschaft: {GV(k1)} bei {PER(pa.given)}, {GV(k2)} bei {PER(pb.given)}",
            "Wer macht diese Woche die Trikotwäsche?",
            "Beitrag bitte bis Freitag überweisen",
            f"Glückwunsch an {k()} zum ersten Tor 🥳",
        ]
    if lg == "es":
        return [
            f"¿Alguien puede llevar a {k()} a {LOC(other_town)} el sábado? Yo trabajo 😩",
            f"Yo llevo a {GV(k1)} y a {GV(k2)}, recojo en {ADR(pa.street)} a las 8:15",
            f"Acordaos del {MED(w.pick(['inhalador', 'Ventolín', 'autoinyector']))} de {k()}",
            f"{GV(k2)} cumple {AGEM(k2.age + 1)} el domingo, habrá tarta después del entreno 🎂",
            f"Mi número nuevo: {PH(w, pb)}",
            f"{k()} no va hoy, tiene {MED(w.pick(['anginas', 'varicela', 'fiebre']))}",
            f"El entreno de esta semana es en el campo de {LOC(town)}",
            f"Para la ficha del torneo poned mi correo: {EM(pa)}",
            "¿Quién lava las equipaciones esta semana?",
            f"¡Enhorabuena {k()} por el golazo! ⚽",
        ]
    if lg == "nl":
        return [
            f"Kan iemand {k()} zaterdag meenemen naar {LOC(other_town)}? Ik moet werken",
            f"Ik rij, neem {GV(k1)} en {GV(k2)} mee, ophalen {ADR(pa.street)} om 8.15",
            f"Denk aan de {MED(w.pick(['puffer', 'EpiPen', 'insuline']))} van {k()}!",
            f"{GV(k2)} wordt zondag {AGEM(k2.age + 1)}, taart na de training 🎂",
            f"Nieuw nummer: {PH(w, pb)}",
            f"{k()} kan niet, heeft {MED(w.pick(['waterpokken', 'koorts', 'keelontsteking']))}",
            f"Training deze week op het kunstgras in {LOC(town)}",
            f"Mail voor het toernooi: {EM(pa)}",
            "Wie wast deze week de shirts?",
        ]
    if lg == "pl":
        return [
            f"Czy ktoś może zabrać {k()} w sobotę do {LOC(other_town)}? Jestem w pracy",
            f"Zabiorę {GV(k1)} i {GV(k2)}, odbiór z {ADR(pa.street)} o 8:15",
            f"Pamiętajcie o {MED(w.pick(['inhalatorze', 'EpiPenie', 'insulinie']))} dla {k()}",
            f"{GV(k2)} kończy {AGEM(k2.age + 1)} lat w niedzielę, będzie tort 🎂",
            f"Mój nowy numer: {PH(w, pb)}",
            f"{k()} dziś nie przyjdzie, ma {MED(w.pick(['anginę', 'ospę', 'gorączkę']))}",
            f"Trening w tym tygodniu na orliku w {LOC(town)}",
            f"Do zgłoszenia na turniej podajcie mój mail: {EM(pa)}",
            "Kto w tym tygodniu pierze stroje?",
        ]
    return [
        f"Quelqu'un peut emmener {k()} à {LOC(other_town)} samedi ? Je travaille",
        f"Je prends {GV(k1)} et {GV(k2)}, départ {ADR(pa.street)} à 8h15",
        f"Pensez à la {MED(w.pick(['Ventoline', 'trousse insuline', 'stylo adrénaline']))} de {k()} 🙏",
        f"{GV(k2)} aura {AGEM(k2.age + 1)} ans dimanche, gâteau après l'entraînement 🎂",
        f"Mon nouveau numéro : {PH(w, pb)}",
        f"{k()} ne vient pas, {MED(w.pick(['angine', 'varicelle', 'fièvre']))}",
        f"Entraînement cette semaine au synthétique de {LOC(town)}",
        f"Pour l'inscription au tournoi mettez mon mail : {EM(pa)}",
        "Qui lave les maillots cette semaine ?",
    ]


def sp_parent_chat(w):
    cult = w.pick(["en_GB", "en_GB", "en_IE", "en_AU", "de_DE", "es_ES", "nl_NL", "pl_PL", "fr_FR"])
    lg = CULT[cult].lang
    age = w.r.randint(7, 14)
    kids = [w.person(cult, age=age) for _ in range(4)]
    pars = [kin(w, k, sex=w.pick("fmf")) for k in kids]
    coach = w.person(cult, age=(25, 55))
    town, other = w.sample([t[0] for t in CULT[cult].towns], 2)
    msgs = _chat_msgs(w, lg, kids, pars, coach, town, other)
    chosen = w.sample(msgs, min(len(msgs), w.r.randint(7, 11)))
    fmt = CHAT_FMT[lg]
    d = w.date_between(0, 200)
    senders = []
    for i, pa in enumerate(pars):
        style = w.pick(["full", "full", "given", "phone", "mumof"])
        if style == "full":
            senders.append(P(w, pa, "full"))
        elif style == "given":
            senders.append(GV(pa) + " " + w.pick(["🌸", "⚽", "", "(" + w.surname(pa)[0] + ")"]))
        elif style == "phone":
            senders.append(PH(w, pa, "intl"))
        else:
            word = {
                "en": ("Mum of", "Dad of"),
                "de": ("Mama von", "Papa von"),
                "es": ("Mamá de", "Papá de"),
                "nl": ("Moeder van", "Vader van"),
                "pl": ("Mama", "Tata"),
                "fr": ("Maman de", "Papa de"),
            }[lg]
            senders.append(f"{word[0] if pa.sex == 'f' else word[1]} {GV(kids[i])}")
    senders.append(P(w, coach, w.pick(["full", "given"])) + (" (Coach)" if lg == "en" else ""))
    lines = []
    h, m = w.r.randint(7, 19), w.r.randint(0, 50)
    for msg in chosen:
        m += w.r.randint(1, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        coach_msg = any(
            k in msg
            for k in ("Coach here", "Training", "entreno", "Entraînement", "Trening", "kunstgras", "subs are due")
        )
        snd = senders[-1] if coach_msg else w.pick(senders[:-1])
        lines.append(f"{fmt(d, f'{h:02d}:{m:02d}')} {snd}: {msg}")
    head = {
        "en": "WhatsApp chat export – ",
        "de": "WhatsApp-Chat – ",
        "es": "Chat de WhatsApp – ",
        "nl": "WhatsApp-chat – ",
        "pl": "Czat WhatsApp – ",
        "fr": "Discussion WhatsApp – ",
    }[lg]
    grp = {
        "en": ["Parents", "Parents 🏆", "mums & dads"],
        "de": ["Eltern", "Elterngruppe"],
        "es": ["Padres", "Familias"],
        "nl": ["Ouders", "ouders 💪"],
        "pl": ["Rodzice"],
        "fr": ["Parents", "Les parents"],
    }[lg]
    return head + w.pick(TEAMS[lg]) + " " + w.pick(grp) + "\n" + "\n".join(lines)


def sp_disciplinary(w):
    cult = w.pick(["en_GB", "en_GB", "en_IE", "en_AU", "en_US", "en_CA"])
    dl = dlang(cult)
    club = w.pick(pools.CLUBS)
    opp = w.pick([c for c in pools.CLUBS if c != club])
    ref = w.person(cult, age=(18, 70))
    sec = w.person(cult, age=(30, 70))
    kind = w.pick(["player", "spectator", "coach"])
    if kind == "player":
        off = w.person(w.pick([cult, cult, "pl_PL", "ro_RO", "yo_NG"]), age=(18, 38), sex="m")
        role = "player"
    elif kind == "spectator":
        off = w.person(cult, age=(30, 55))
        role = "parent/spectator"
    else:
        off = w.person(cult, age=(25, 60))
        role = "assistant coach"
    vc = w.pick(["yo_NG", "ur_PK", "ro_RO", "en_GB", "ar_SY", "so_SO", "en_IE"])
    victim = w.person(vc, age=(12, 30))
    eth = w.pick(
        {
            "yo_NG": ["Black British", "Black African", "Nigerian heritage"],
            "ur_PK": ["British Pakistani", "Asian", "Kashmiri"],
            "ro_RO": ["Roma", "Romani"],
            "en_GB": ["Gypsy", "Black Caribbean", "mixed race"],
            "ar_SY": ["Kurdish", "Arab"],
            "so_SO": ["Somali", "Black African"],
            "en_IE": ["Irish Traveller", "Traveller"],
        }[vc]
    )
    out = [f"{club} – Disciplinary Panel Report", f"Fixture: {club} v {opp}, {ND(w, w.date_between(5, 60), dl)}", ""]
    out.append(f"Person charged: {P(w, off, 'full')} ({role}{', aged ' + AGEM(off.age) if w.chance(0.5) else ''})")
    out.append(f"Address on file: {w.addr(off, 'line')}" if w.chance(0.6) else f"Contact: {PH(w, off)}")
    out.append("")
    out.append("Summary of evidence:")
    out.append(
        f"The referee, {P(w, ref, 'full')}, reports that in the {w.pick(['23rd', '61st', '78th', '88th'])} minute "
        f"{P(w, off, 'fam') if w.chance(0.5) else GV(off)} directed abusive language at "
        f"{'opposition player' if victim.age >= 18 else 'a ' + AGEM(victim.age) + '-year-old opposition player'} "
        f"{P(w, victim, 'full')}, including a remark about {GV(victim)} being {ETH(eth)}."
    )
    if w.chance(0.5):
        wit = w.person(cult, age=(20, 60))
        out.append(f"Witness statement from {P(w, wit, 'full')} ({PH(w, wit)}) supports the referee's account.")
    if w.chance(0.3):
        out.append(
            f"The panel noted that {GV(off)} disclosed a {CRIM(w.pick(['previous conviction for common assault (2017)', 'caution for a public-order offence (2020)', 'conviction for affray in 2014']))}; "
            f"this was not taken into account in the sanction."
        )
    out.append("")
    dec = {
        "player": ["6-match suspension", "£75 fine and 4-match ban", "8-match ban and mandatory education course"],
        "spectator": ["Ground ban for the rest of the season", "Written warning and ban from away fixtures"],
        "coach": ["Removal from coaching role pending education course", "12-week suspension from all club activity"],
    }[kind]
    out.append(f"Decision: charge proven. {w.pick(dec)}.")
    out.append(f"Panel secretary: {P(w, sec, 'full')} – {EM(sec)}")
    return "\n".join(out)


def sp_welfare(w):
    cult = w.pick(["en_GB", "en_GB", "en_IE", "en_AU", "en_CA", "en_US"])
    dl = dlang(cult)
    club = w.pick(pools.CLUBS)
    wo = w.person(cult, age=(30, 65))
    case = w.cyc(["trans", "outed", "racism", "coach_msg", "neglect"])
    child = w.person(cult if w.chance(0.7) else w.pick(["yo_NG", "ur_PK", "pl_PL", "ar_SY", "so_SO"]), age=(10, 17))
    par = kin(w, child, sex=w.pick("fm"))
    out = [
        f"CONFIDENTIAL – Welfare Officer Case Note – {club}",
        f"Date: {ND(w, w.date_between(0, 90), dl)}   Recorded by: {P(w, wo, 'full')} (Club Welfare Officer)",
        "",
    ]
    out.append(f"Young person: {P(w, child, 'full')}, {AG(w, child, words=False)} (DOB {BD(w, child, dl)})")
    out.append(f"Parent/carer: {P(w, par, 'full')}, {PH(w, par)}, {EM(par)}")
    out.append("")
    if case == "trans":
        gi = w.pick(["trans girl", "transgender girl"]) if w.chance(0.7) else "trans boy"
        out.append(
            f"Concern: {GV(child)} is a {GID(gi)} and has asked to train and play with the "
            f"{'girls' if 'girl' in gi else 'boys'} squad. {GV(par)} supports this. Two parents have objected in the team chat. "
            f"Agreed: use of {GV(child)}'s chosen name on all team sheets; changing arrangements discussed privately; "
            f"NGB transgender participation guidance requested."
        )
    elif case == "outed":
        bully = w.person(cult, age=child.age)
        out.append(
            f"Concern: a screenshot revealing that {GV(child)} is {SEXO(w.pick(['gay', 'bisexual', 'lesbian']))} was shared by "
            f"teammate {P(w, bully, 'full')} (Snapchat: {US(bully)}) in a group of about 20 players. "
            f"{GV(child)} was very distressed and has missed two sessions. "
            f"{P(w, bully, 'given')}'s parents contacted; restorative meeting planned."
        )
    elif case == "racism":
        eth = w.pick(["Roma", "Black British", "Pakistani heritage", "Gypsy/Traveller", "Somali", "Kurdish"])
        out.append(
            f"Concern: {GV(child)} reported repeated comments from an opposition coach about being {ETH(eth)} "
            f"at the tournament in {LOC(w.pick(CULT[cult].towns)[0])}. Report forwarded to the league."
        )
    elif case == "coach_msg":
        coach = w.person(cult, age=(22, 50))
        out.append(
            f"Concern: {GV(par)} found late-night private messages to {GV(child)} from volunteer coach "
            f"{P(w, coach, 'full')} (Instagram {US(coach)}, mobile {PH(w, coach)}), asking {GV(child)} to keep them secret. "
            f"Coach suspended pending investigation; referral made to the LADO, {P(w, w.person(cult, age=(30, 60)), 'full')}."
        )
    else:
        out.append(
            f"Concern: {GV(child)} regularly arrives without food or water and has fallen asleep at training; "
            f"{MED(w.pick(['asthma', 'type 1 diabetes', 'eczema']))} appears poorly managed "
            f"({MED(w.pick(['inhaler', 'insulin', 'emollient']))} often missing). Spoke with {GV(par)}; "
            f"family under pressure after a house move to {ADR(par.street)}."
        )
    out.append("")
    out.append(
        w.pick(
            [
                "Action: monitor, review in 4 weeks.",
                "Action: referred to county safeguarding lead.",
                "Action: information shared with school DSL with parent consent.",
            ]
        )
    )
    return "\n".join(out)


SECTIONS = {
    "de": ["Tennis", "Masters-Schwimmen", "Volleyball", "Hockey Senioren", "Lauftreff", "Ju-Jutsu"],
    "nl": ["Hockey veteranen", "Zwemmen masters", "Volleybal recreanten", "Hardlopen"],
    "fr": ["Tennis loisir", "Natation masters", "Volley-ball", "Course à pied"],
    "es": ["Pádel", "Natación máster", "Voleibol", "Atletismo popular"],
    "it": ["Tennis", "Nuoto master", "Pallavolo amatori", "Podismo"],
    "pt": ["Ténis", "Natação masters", "Voleibol", "Atletismo"],
}
PLACE_DATE = {
    "de": "Ort, Datum",
    "nl": "Plaats, datum",
    "fr": "Fait à",
    "es": "Lugar y fecha",
    "it": "Luogo e data",
    "pt": "Local e data",
}


def sp_membership(w):
    kind = w.cyc(["ach", "sepa", "card", "sepa", "gb", "ach", "sepa"])
    club = w.pick(pools.CLUBS)
    if kind == "sepa":
        cult = w.pick(["de_DE", "nl_NL", "fr_FR", "es_ES", "it_IT", "de_CH", "pt_PT"])
        lg = CULT[cult].lang
        p = w.person(cult, age=(19, 78))
        cc = {"de_DE": "DE", "nl_NL": "NL", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "de_CH": "CH", "pt_PT": "PT"}[
            cult
        ]
        L = {
            "de": (
                "Mitgliedsantrag Erwachsene & SEPA-Lastschriftmandat",
                "Name",
                "Geburtsdatum",
                "Anschrift",
                "Telefon",
                "E-Mail",
                "Kontoinhaber/in",
                "Abteilung",
                "Mitgliedsbeitrag jährlich",
            ),
            "nl": (
                "Aanmelding senioren & SEPA-machtiging",
                "Naam",
                "Geboortedatum",
                "Adres",
                "Telefoon",
                "E-mail",
                "Rekeninghouder",
                "Afdeling",
                "Contributie per jaar",
            ),
            "fr": (
                "Adhésion adulte & mandat de prélèvement SEPA",
                "Nom",
                "Date de naissance",
                "Adresse",
                "Téléphone",
                "Courriel",
                "Titulaire du compte",
                "Section",
                "Cotisation annuelle",
            ),
            "es": (
                "Alta de socio/a adulto & orden de domiciliación SEPA",
                "Nombre",
                "Fecha de nacimiento",
                "Domicilio",
                "Teléfono",
                "Correo",
                "Titular de la cuenta",
                "Sección",
                "Cuota anual",
            ),
            "it": (
                "Domanda di tesseramento adulti & mandato SEPA",
                "Nome",
                "Data di nascita",
                "Indirizzo",
                "Telefono",
                "Email",
                "Intestatario del conto",
                "Sezione",
                "Quota annuale",
            ),
            "pt": (
                "Inscrição de sócio & autorização de débito SEPA",
                "Nome",
                "Data de nascimento",
                "Morada",
                "Telemóvel",
                "Email",
                "Titular da conta",
                "Modalidade",
                "Quota anual",
            ),
        }[lg]
        holder = p if w.chance(0.7) else kin(w, p)
        out = [
            club,
            L[0],
            "",
            f"{L[1]}: {P(w, p, w.pick(['full', 'formal']))}",
            f"{L[2]}: {BD(w, p, dlang(cult))}",
            f"{L[3]}: {w.addr(p, 'line')}",
            f"{L[4]}: {PH(w, p)}",
            f"{L[5]}: {EM(p)}",
            f"{L[7]}: {w.pick(SECTIONS[lg])}",
            f"{L[8]}: {w.r.randint(60, 240)},00 EUR",
            "",
            f"{L[6]}: {P(w, holder, 'full')}",
            f"IBAN: {IBAN(ids.iban(w.r, cc))}",
            f"BIC: {w.pick(['COBADEFFXXX', 'INGBNL2A', 'BNPAFRPP', 'CAIXESBBXXX', 'UNCRITMM', 'UBSWCHZH80A', 'CGDIPTPL'])}",
            f"{PLACE_DATE[lg]}: {LOC(p.town)}, {ND(w, w.date_between(0, 40), dlang(cult))}",
        ]
        return "\n".join(out)
    if kind == "ach":
        p = w.person("en_US", age=(19, 70))
        out = [
            f"{club} – Adult League Registration & Auto-Pay (ACH) Authorization",
            "",
            f"Member: {P(w, p, 'full')}   DOB: {BD(w, p, 'en_us')}",
            f"Address: {w.addr(p)}",
            f"Cell: {PH(w, p)}   Email: {EM(p)}",
            "",
            f"Bank routing number: {ABA(ids.aba_routing(w.r))}",
            f"Checking account number: {BANK(ids.us_bank_account(w.r))}",
            f"Account holder: {P(w, p, 'full')}",
            f"Monthly dues: ${w.r.randint(25, 90)}.00, drafted on the 1st",
            f"Signature: {PER(w.full(p))}",
        ]
        return "\n".join(out)
    if kind == "card":
        cult = w.pick(["en_GB", "en_AU", "en_CA", "en_IE", "en_US"])
        p = w.person(cult, age=(19, 70))
        out = [
            f"{club} – Online membership payment record",
            f"Payer: {P(w, p, 'full')} <{EM(p)}>",
            f"Billing address: {w.addr(p, 'line')}",
            f"Card: {CC(ids.credit_card(w.r))}  exp {w.r.randint(1, 12):02d}/{w.r.randint(26, 30)}",
            f"Amount: {w.r.randint(40, 300)}.00",
            f"Membership for: {P(w, p, 'given')} and "
            + ", ".join(GV(sibling(w, p, w.r.randint(6, 16))) for _ in range(w.r.randint(1, 2)))
            + " (juniors)",
        ]
        return "\n".join(out)
    p = w.person("en_GB", age=(19, 80))
    ec = w.person("en_GB", age=(25, 80))
    out = [
        f"{club} – Membership renewal",
        "",
        f"Name: {P(w, p, 'full')}",
        f"Date of birth: {BD(w, p)}",
        f"Address: {w.addr(p)}",
        f"Phone: {PH(w, p)}",
        f"Email: {EM(p)}",
        f"Direct debit from IBAN {IBAN(ids.iban(w.r, 'GB'))}",
        f"Medical info for coaches: {MED(w.pick(pools.CONDITIONS[:14]))}"
        if w.chance(0.5)
        else "Medical info for coaches: none",
        f"Emergency contact: {P(w, ec, 'full')} {PH(w, ec)}",
    ]
    return "\n".join(out)


def sp_coach_contacts(w):
    cult = w.pick(["en_GB", "en_IE", "en_AU", "de_DE", "nl_NL", "sv_SE", "en_US"])
    lg = CULT[cult].lang
    club = w.pick(pools.CLUBS)
    hdr = {
        "en": ["Team", "Coach", "Mobile", "Email", "Car reg (parking)"],
        "de": ["Team", "Trainer/in", "Handy", "E-Mail", "Kennzeichen"],
        "nl": ["Team", "Trainer", "Mobiel", "E-mail", "Kenteken"],
        "sv": ["Lag", "Tränare", "Mobil", "E-post", "Reg.nr"],
    }.get(lg)
    rows = [hdr]
    teams = w.sample(TEAMS.get(lg, TEAMS["en"]), min(4, len(TEAMS.get(lg, TEAMS["en"]))))
    for t in teams:
        for _ in range(w.r.randint(1, 2)):
            c = w.person(cult, age=(19, 66))
            rows.append(
                [
                    t,
                    P(w, c, w.pick(["full", "full", "initial"])),
                    PH(w, c),
                    EM(c) if w.chance(0.8) else "",
                    PLATE(plate(w.r, c.cc, c.town)) if w.chance(0.6) else "",
                ]
            )
    title = {
        "en": "Coaches contact list & parking permits",
        "de": "Kontaktliste Trainer/innen & Parkausweise",
        "nl": "Contactlijst trainers & parkeervergunningen",
        "sv": "Kontaktlista tränare & parkeringstillstånd",
    }[lg]
    foot = {
        "en": "Please do not share this list outside the coaching group.",
        "de": "Bitte nicht außerhalb des Trainerteams weitergeben.",
        "nl": "Deze lijst niet delen buiten de trainersgroep.",
        "sv": "Dela inte listan utanför tränargruppen.",
    }[lg]
    return f"{club} – {title} ({w.pick(SEASONS)})\n\n{table(rows)}\n\n{foot}"


def sp_us_camp(w):
    p = w.person("en_US", age=(7, 15))
    par = kin(w, p, sex=w.pick("fm"))
    other = w.person("en_US", age=(25, 70))
    doc = w.person("en_US", age=(35, 65))
    st = par.region or "OH"
    cond, med = w.pick(CHILD_MED["en"])
    out = [
        f"{w.pick(pools.CLUBS)} Summer Skills Camp – Health & Pickup Authorization",
        "",
        f"Camper: {P(w, p, 'full')}   DOB: {BD(w, p, 'en_us')}   Age: {AG(w, p)}",
        f"Grade (fall): {min(p.age - 5, 12)}   T-shirt: Youth {w.pick(['S', 'M', 'L'])}",
        f"Home address: {w.addr(p)}",
        "",
        f"Parent/guardian: {P(w, par, 'full')}   Cell: {PH(w, par)}   Email: {EM(par)}",
        f"Parent driver's license # (for pickup ID): {USDL(ids.us_driver_license(w.r, st))}",
        f"Also authorized to pick up: {P(w, other, 'full')} ({w.pick(['grandmother', 'aunt', 'neighbor', 'uncle'])}), {PH(w, other)}",
        "",
        f"Allergies/conditions: {MED(cond)}",
        f"Medications at camp: {MED(med) if med else 'none'}",
        f"Physician: Dr. {P(w, doc, 'fam')}, {PH(w, doc)}",
        f"Parent signature: {PER(w.full(par))}   Date: {ND(w, w.date_between(0, 60), 'en_us')}",
    ]
    return "\n".join(out)


def sp_run_club(w):
    cult = w.pick(["en_GB", "en_GB", "en_IE", "en_AU", "de_DE", "nl_NL", "en_US", "sv_SE"])
    town = w.pick(CULT[cult].towns)[0]
    rows = [["Pos", "Athlete", "Cat", "Age", "Time", "Profile"]]
    t0 = w.r.randint(900, 1200)
    for i in range(w.r.randint(6, 11)):
        a = w.person(cult if w.chance(0.8) else w.pick(["pl_PL", "yo_NG", "it_IT", "fr_FR"]), age=(14, 72))
        cat = ("J" if a.age < 18 else "S" if a.age < 35 else "V" + str(a.age // 5 * 5)) + ("W" if a.sex == "f" else "M")
        t0 += w.r.randint(3, 60)
        prof = w.pick(
            [
                f"https://www.strava.com/athletes/{ids._digits(w.r, 8, True)}",
                f"https://www.instagram.com/{a.user}",
                f"https://www.parkrun.org.uk/parkrunner/{ids._digits(w.r, 7, True)}/",
                "",
            ]
        )
        rows.append(
            [
                str(i + 1),
                P(w, a, w.pick(["full", "full", "upper"])),
                cat,
                AGEM(a.age) if w.chance(0.7) else "",
                f"{t0 // 60}:{t0 % 60:02d}",
                URL(prof) if prof else "",
            ]
        )
    out = [
        f"{w.pick(pools.CLUBS)} – 5k time trial results, {LOC(town)}, {ND(w, w.date_between(0, 100), dlang(cult))}",
        "",
        table(rows),
    ]
    if w.chance(0.5):
        org = w.person(cult, age=(30, 65))
        out.append(
            f"\nStart/finish pin shared by {P(w, org, 'full')}: {GEO(w.geo(*town_ll(org)))} "
            f"(meet by {ADR(org.street)} – please park considerately)"
        )
    return "\n".join(out)


SPORTS_TEMPLATES = [
    sp_registration,
    sp_registration,
    sp_squad,
    sp_squad,
    sp_background,
    sp_injury,
    sp_parent_chat,
    sp_parent_chat,
    sp_disciplinary,
    sp_welfare,
    sp_membership,
    sp_coach_contacts,
    sp_us_camp,
    sp_run_club,
]


# ================================================================== 2. online_gaming_moderation
PLAYER_CULTS = [
    "en_GB",
    "en_US",
    "en_US",
    "de_DE",
    "es_MX",
    "es_ES",
    "pt_BR",
    "pt_BR",
    "pl_PL",
    "tr_TR",
    "tl_PH",
    "fr_FR",
    "uk_UA",
    "ru_RU",
    "ar_SY",
    "ko_KR",
    "it_IT",
    "nl_NL",
    "sv_SE",
    "en_AU",
    "en_CA",
]
SLANG = {
    "es": ["jajaja", "wey", "no manches", "qué onda", "eres malísimo", "vamos", "neta?"],
    "pt": ["kkkkkk", "mano", "que isso", "bora", "vc é ruim demais", "pqp"],
    "de": ["alter", "digga", "was geht", "bist du lost", "ehrenmann", "junge"],
    "pl": ["kurde", "ej ziomek", "co ty robisz", "xD", "spoko", "serio?"],
    "tr": ["kanka", "abi", "yok artık", "hadi ya", "aynen"],
    "tl": ["pre", "grabe", "lodi", "ano ba yan", "hahaha", "sana all"],
    "fr": ["wesh", "frérot", "t'es nul", "mdr", "vas-y", "jsp"],
    "uk": ["бро", "давай", "та ну", "капець", "ну шо"],
    "ru": ["блин", "бро", "давай", "ну ты даёшь", "норм"],
    "ar": ["wallah", "yalla", "habibi", "khalas", "والله", "يلا"],
    "ko": ["ㅋㅋㅋ", "대박", "헐", "ㄱㄱ"],
    "it": ["dai", "raga", "ma che fai", "boh", "vabbè"],
    "nl": ["jongen", "wtf man", "kom op", "haha lekker", "echt?"],
    "sv": ["asså", "kom igen", "va fan", "lol", "typ"],
    "en": ["lol", "gg", "bruh", "ez", "wtf", "no way", "lmao"],
}
GENERIC_LINES = [
    "gg",
    "who's tanking",
    "push mid",
    "stop feeding omg",
    "ff at 15?",
    "rez me pls",
    "nice shot",
    "lag is insane rn",
    "bro u trolling?",
    "one more game",
    "brb dinner",
    "report him",
    "mic is broken",
    "ok last one",
    "u on console or pc",
    "that was clean",
    "revive!!",
    "who took my loot",
]


def sl(w, p):
    return w.pick(SLANG.get(p.c.lang, SLANG["en"]))


def _handle(w, p):
    return p.user


def game_line(w, p, others, allow_pii=True):
    o = w.pick(others) if others else p
    opts = [lambda: f"{sl(w, p)} {w.pick(GENERIC_LINES)}", lambda: w.pick(GENERIC_LINES), lambda: sl(w, p)]
    if allow_pii:
        opts += [
            lambda: f"{sl(w, p)} im {AGEM(p.age)} btw",
            lambda: f"where u from? {sl(w, p)}",
            lambda: f"{LOC(p.town)} {sl(w, p)}",
            lambda: f"add me on insta {USR(w.username_for(p))}",
            lambda: f"my snap is {USR(w.username_for(p))} 👻",
            lambda: f"whats ur number",
            lambda: f"text me {PH(w, p, 'intl')}",
            lambda: f"i know where u live lol {ADR(o.street)} in {LOC(o.town)}",
            lambda: f"ur real name is {PER(w.full(o).lower())} right? 😂",
            lambda: f"my email is {EM(p)} send me the clip",
            lambda: f"{GV(p, True)} here, {AGEM(p.age)} from {LOC(p.town)}",
        ]
    return w.pick(opts)()


class Clock:
    def __init__(self, w, h=None):
        self.w = w
        self.t = (h if h is not None else w.r.randint(0, 22)) * 3600 + w.r.randint(0, 3599)

    def __call__(self, lo=5, hi=240):
        self.t = min(self.t + self.w.r.randint(lo, hi), 86399)
        return f"{self.t // 3600:02d}:{self.t // 60 % 60:02d}:{self.t % 60:02d}"


def ts(w, base_h=None):
    h = base_h if base_h is not None else w.r.randint(0, 23)
    return f"{h:02d}:{w.r.randint(0, 59):02d}:{w.r.randint(0, 59):02d}"


def gm_report(w):
    game = w.pick(pools.GAMES)
    rep = w.person(w.pick(PLAYER_CULTS), age=(11, 35))
    tgt = w.person(w.pick(PLAYER_CULTS), age=(14, 40))
    cat = w.pick(
        [
            "Harassment",
            "Hate speech",
            "Sharing personal information (doxxing)",
            "Threats of violence",
            "Inappropriate contact with a minor",
            "Cheating/exploits",
            "Impersonation",
        ]
    )
    tid = f"#{w.r.randint(100000, 999999)}"
    out = [
        f"{game} – Player Report {tid}",
        f"Submitted: {ND(w, w.date_between(0, 30), 'iso')} {ts(w)} UTC",
        f"Reporter: {US(rep)}",
        f"Reported player: {US(tgt)}",
        f"Category: {cat}",
        "",
        "Reporter's description:",
    ]
    desc = w.pick(
        [
            f"this guy keeps following me every match and saying stuff about my family. {sl(w, rep)}. he posted my {w.pick(['adress', 'address'])} in all chat",
            f"he said he will find me in {LOC(rep.town)} and he knows my school. i am {AGEM(rep.age)} pls ban",
            f"{sl(w, rep)} bro is literally aimbotting, 40 kills no deaths. clip: https://clips.example/{ids.token(w.r, 8)}",
            f"asked my age and then asked me to add him on {w.pick(['Snapchat', 'Discord', 'Telegram'])}, said he's {AGEM(w.r.randint(15, 17))} but his voice is like an adult",
            f"pretending to be me with name {USR(rep.user + w.pick(['_', '1', 'x']))} and asking my friends for codes",
        ]
    )
    out.append(desc)
    out += ["", "Attached chat excerpt:"]
    clk = Clock(w, w.r.randint(17, 21))
    for _ in range(w.r.randint(4, 8)):
        sp = w.pick([rep, tgt, tgt])
        line = game_line(w, sp, [rep] if sp is tgt else [tgt])
        out.append(f"[{clk()}] {US(sp)}: {line}")
    out += [
        "",
        "— Moderator-only metadata —",
        f"Reported account email: {EM(tgt)}",
        f"Last login IP: {IP(ids.ipv4(w.r))}  ({LOC(tgt.town)}, {country_en(tgt)})",
        f"Account created: {ND(w, w.date_between(200, 2000), 'iso')}   DOB on account: {BD(w, tgt, 'iso') if w.chance(0.7) else 'not set'}",
    ]
    if w.chance(0.5):
        out.append(
            f"Device: {w.pick(['Android', 'iPhone', 'PS5', 'Switch', 'Windows PC'])} / ad-id {DEV(ids.uuid4(w.r))}"
        )
    return "\n".join(out)


def gm_appeal(w):
    pc = w.pick(PLAYER_CULTS)
    p = w.person(pc, age=(12, 29))
    game = w.pick(pools.GAMES)
    sib = sibling(w, p, w.r.randint(7, 12), sex="m")
    agent = w.person("en_GB", age=(22, 45))
    lines = [f"From: {EM(p)}", f"Subject: ban appeal {US(p)} !!!", ""]
    body = [f'hello, my account {US(p)} got perma banned on {game} for "cheating" but i never cheated {sl(w, p)}.']
    if w.chance(0.6):
        body.append(
            f"my little brother {GV(sib)} ({AGEM(sib.age)}) played on my account when i was at school, he downloaded some mod i think."
        )
    if w.chance(0.6):
        body.append(
            f"i am {AG(w, p, words=w.chance(0.3))} years old and this account is 4 years old i spent all my money on skins."
        )
    if w.chance(0.45):
        body.append(
            f"if u need to check its really me my password is {CRED(w.pick(['Kevin2009!', 'mango_1234', 'Sombra#77', 'qwertyuiop1', 'Lolek2011', 'Fenerbahce1907', 'naruto4ever']))} "
            f"and my email is {EM(p)}."
        )
    if w.chance(0.5):
        body.append(f"my real name is {P(w, p, w.pick(['full', 'lower']))} and i live in {LOC(p.town)}.")
    if w.chance(0.3):
        body.append(f"my mum paid with her card {CC(ids.credit_card(w.r))} so you can check the purchases")
    body.append(f"{sl(w, p)} please unban me 🙏🙏")
    lines.append(" ".join(body))
    lines += [
        "",
        "---- Reply ----",
        f"Hi {GV(p)}, thanks for getting in touch. Please never share your password with anyone, including support – "
        f"we have forced a reset on {US(p)}. The anti-cheat detection on your account was reviewed and "
        f"{w.pick(['the ban is upheld.', 'the ban has been reduced to 14 days.', 'the ban has been lifted as a one-off.'])} "
        f"Because you told us you are under {w.pick(['13', '16'])}, a parent or guardian will need to confirm the account."
        if p.age < 16
        else f"Hi {GV(p)}, thanks for getting in touch. Please never share your password with anyone. The anti-cheat review of "
        f"{US(p)} is complete and {w.pick(['the ban is upheld.', 'the ban has been reduced to 14 days.', 'the ban has been lifted.'])}",
        f"– {P(w, agent, 'given')}, Player Support",
    ]
    return "\n".join(lines)


def gm_queue(w):
    plat = w.pick(pools.PLATFORMS + pools.GAMES)
    rows = [["Case", "User", "Flag", "Age signal", "Notes", "Action"]]
    mods = [w.person(w.pick(["en_GB", "en_US", "de_DE", "pl_PL", "pt_BR"]), age=(21, 45)) for _ in range(2)]
    for _ in range(w.r.randint(5, 9)):
        u = w.person(w.pick(PLAYER_CULTS), age=(10, 45))
        flag = w.pick(
            [
                "hate speech",
                "spam",
                "underage",
                "doxxing",
                "grooming risk",
                "self-harm mention",
                "scam links",
                "cheating",
            ]
        )
        ages = w.pick([f"says {AGEM(u.age)}", f"bio: {AGEM(u.age)}y", f"DOB {BD(w, u, 'iso')}", "—", "—"])
        note = w.pick(
            [
                "",
                "",
                f"IP {IP(ids.ipv4(w.r))}",
                f"alt of {USR(w.username_for(u))}",
                f"posted phone {PH(w, u)}",
                f"linked email {EM(u)}",
                f"{LOC(u.town)} per profile",
                f"mentions {MED(w.pick(['depression', 'self-harm', 'an eating disorder', 'anxiety']))}",
            ]
        )
        act = w.pick(["warn", "mute 24h", "ban 7d", "perma", "escalate T&S", "age-gate", "no action"])
        rows.append([f"{w.r.randint(10000, 99999)}", USR(u.user), flag, ages, note, act])
    out = [
        f"{plat} – moderation queue export ({ND(w, w.date, 'iso')})",
        f"Shift: {P(w, mods[0], 'given')} / {P(w, mods[1], 'given')}",
        "",
        table(rows, sep=" | "),
    ]
    return "\n".join(out)


def gm_chatlog(w):
    plat = w.pick(pools.PLATFORMS)
    players = [w.person(w.pick(PLAYER_CULTS), age=(12, 34)) for _ in range(w.r.randint(3, 5))]
    chan = w.pick(["#lfg-eu", "#general", "#off-topic", "#duo-queue", "voice-text", "#memes", "#clan-recruit"])
    out = [
        f"=== {plat} export | channel {chan} | {ND(w, w.date_between(0, 60), 'iso')} ===",
        f"members: " + ", ".join(USR(p.user) for p in players),
    ]
    clk = Clock(w, w.r.randint(14, 21))
    for _ in range(w.r.randint(9, 15)):
        p = w.pick(players)
        line = game_line(w, p, [x for x in players if x is not p], allow_pii=w.chance(0.55))
        out.append(f"[{clk()}] {USR(p.user)}: {line}")
    if w.chance(0.5):
        mod = w.person("en_US", age=(20, 40))
        victim = w.pick(players)
        out.append(
            f"[{clk()}] {USR(mod.user)} (mod): removed a message containing personal info about {USR(victim.user)}. "
            f"Posting addresses or phone numbers = instant ban."
        )
    return "\n".join(out)


def gm_voice(w):
    game = w.pick(pools.GAMES)
    a = w.person(w.pick(["en_GB", "en_US", "en_AU", "en_IE", "en_CA"]), age=(11, 17))
    b = w.person(w.pick(["en_GB", "en_US", "en_AU"]), age=(19, 45), sex="m")
    out = [
        f"{game} – voice chat auto-transcript (flagged by keyword filter)",
        f"Session {ids.token(w.r, 10)} · party of 2 · {ND(w, w.date_between(0, 30), 'iso')}",
        "",
    ]
    spk = {a: USR(a.user), b: USR(b.user)}
    conv = [
        (b, "yo you're actually cracked, how old are you?"),
        (a, f"{w.pick(['', 'um '])}{AGEM(a.age, num_en_(a.age))}"),
        (b, f"no way, you play like a pro. where do you live?"),
        (a, f"near {LOC(a.town)}"),
        (
            b,
            f"sick, I'm in {LOC(b.town)}. I'm {AGEM(b.age, num_en_(b.age)) if w.chance(0.5) else AGEM(16, 'sixteen') + ' too lol'}",
        ),
        (b, "you should add me somewhere else, this voice keeps cutting out"),
        (a, f"my mum checks my phone though"),
        (b, f"just text me then, it's {PHN(w.spoken_phone(b))}"),
        (a, f"ok... my name's {GV(a)} by the way"),
        (b, f"I'm {GV(b)}. don't tell your mum, it's just gaming lol"),
    ]
    if w.chance(0.5):
        conv.insert(4, (a, f"yeah I'm at {w.pick(['Greenhill', 'Oakfield', 'St Anne', 'Riverside'])} school"))
    for sp, txt in conv:
        out.append(f"{spk[sp]}: {txt}")
    out += [
        "",
        f"Filter hits: age question, off-platform contact, phone number. Auto-escalated to Trust & Safety queue.",
    ]
    return "\n".join(out)


def num_en_(n):
    from core import num_en

    return num_en(n)


def gm_recovery(w):
    p = w.person(w.pick(PLAYER_CULTS), age=(14, 45))
    game = w.pick(pools.GAMES)
    agent = w.person(w.pick(["en_GB", "en_IE", "pl_PL", "pt_BR"]), age=(21, 45))
    codes = ids.recovery_codes(w.r)
    out = [
        f"{game} Support – Account Recovery Ticket #{w.r.randint(1000000, 9999999)}",
        "",
        f"Login: {US(p)}",
        f"Email on file: {EM(p)}",
    ]
    if w.chance(0.6):
        newp = w.person(p.cult, age=p.age, family=p.fam_idx, given=(p.given, p.given_n), sex=p.sex)
        out.append(f"Requested new email: {EML(w.email_for(newp))}")
    out += [
        f"DOB on account: {BD(w, p, 'iso')}",
        f"Name on account: {P(w, p, 'full')}",
        f"Recovery codes supplied by user: " + ", ".join(CRED(c) for c in codes),
    ]
    out.append("Login history (last 5):")
    ents = sorted((w.date_between(0, 40).isoformat(), ts(w)) for _ in range(w.r.randint(3, 5)))
    for d_, t_ in reversed(ents):
        ip = ids.ipv6(w.r) if w.chance(0.3) else ids.ipv4(w.r)
        out.append(f"  {d_} {t_}  {IP(ip)}  {w.pick([LOC(p.town), LOC(w.pick(p.c.towns)[0]), 'VPN/hosting range'])}")
    dev = w.pick(["console", "phone", "pc"])
    if dev == "console":
        out.append(
            f"Device: {w.pick(['PS5', 'Xbox Series S', 'Nintendo Switch'])} serial {DEV(ids.serial(w.r, w.pick(['XAW1000999999', 'AJ99999999', '999999999999'])))}"
        )
    elif dev == "phone":
        out.append(
            f"Device: {w.pick(['Samsung Galaxy A54', 'iPhone 13', 'Xiaomi Redmi Note 12', 'Pixel 7'])} IMEI {DEV(ids.imei(w.r))}, "
            f"ad-id {DEV(ids.uuid4(w.r, w.chance(0.5)))}"
        )
    else:
        out.append(
            f"Device: Windows PC, NIC MAC {MAC(ids.mac(w.r))}, HWID {DEV(ids.token(w.r, 32, '0123456789ABCDEF'))}"
        )
    if w.chance(0.5):
        out.append(f"Purchase verification: last card used {CC(ids.credit_card(w.r))}, billing name {P(w, p, 'upper')}")
    if w.chance(0.35):
        out.append(
            f'User note: "the hacker changed my password to {CRED(w.pick(["h4ck3d_lol", "Pwned2024!", "ur_acc_is_mine", "Zxcvbn!99"]))}, '
            f'I saw it in the email" {sl(w, p)}'
        )
    out += [
        "",
        f"Agent ({P(w, agent, 'given')}): identity confirmed via 2 recovery codes + purchase history; sessions revoked, "
        f"2FA re-enrolled, email restored to {EM(p)}.",
    ]
    return "\n".join(out)


def gm_grooming(w):
    victim = w.person(w.pick(["en_GB", "en_US", "de_DE", "nl_NL", "en_AU", "fr_FR", "pl_PL", "es_ES"]), age=(10, 15))
    sus = w.person(w.pick(["en_GB", "en_US", "de_DE", "en_AU", "en_CA", "nl_NL"]), age=(24, 58), sex="m")
    plat = w.pick(pools.PLATFORMS + pools.GAMES)
    claimed = w.r.randint(14, 17)
    agency = {
        "en_GB": "NCA-CEOP",
        "en_US": "NCMEC CyberTipline",
        "de_DE": "BKA (ZIT)",
        "nl_NL": "Politie – Team Bestrijding Kinderpornografie",
        "en_AU": "ACCCE",
        "fr_FR": "OFMIN / PHAROS",
        "pl_PL": "CBZC",
        "es_ES": "Policía Nacional – UIT",
        "en_CA": "Cybertip.ca",
    }.get(victim.cult, "NCMEC CyberTipline")
    out = [
        f"LAW ENFORCEMENT REFERRAL – {plat} Trust & Safety",
        f"To: {agency}",
        f"Priority: HIGH (child at risk)",
        f"Prepared by: {P(w, w.person('en_GB', age=(25, 50)), 'full')}, Child Safety Investigations",
        "",
        "1. Suspect account",
    ]
    alts = []
    while len(alts) < 2:
        u = w.username_for(sus)
        if u != sus.user and u not in alts:
            alts.append(u)
    out += [
        f"   Username: {USR(sus.user)}   (alt accounts: {USR(alts[0])}, {USR(alts[1])})",
        f"   Verified email: {EM(sus)}",
        f"   Verified phone: {PH(w, sus, 'intl')}",
        f"   Profile age claim: {AGEM(claimed)}; DOB from payment KYC: {BD(w, sus, 'iso')} (actual age {AGEM(sus.age)})",
        f"   Payment instrument name: {P(w, sus, 'upper')}; card {CC(ids.credit_card(w.r))}",
        "   IP log (UTC):",
    ]
    for d_, t_ in sorted((w.date_between(0, 20).isoformat(), ts(w)) for _ in range(w.r.randint(3, 5))):
        ip = ids.ipv6(w.r) if w.chance(0.3) else ids.ipv4(w.r)
        out.append(f"     {d_}T{t_}Z  {IP(ip)}")
    out.append(f"   IP geolocation (approx.): {LOC(sus.town)} – {GEO(w.geo(*town_ll(sus), 'dec'))}")
    if w.chance(0.6):
        out.append(f"   Device: {w.pick(['Android', 'iOS'])} advertising ID {DEV(ids.uuid4(w.r))}")
    out += [
        "",
        "2. Child account",
        f"   Username: {USR(victim.user)}   stated age: {AGEM(victim.age)}   DOB on account: {BD(w, victim, 'iso')}",
        f"   Location signal: {LOC(victim.town)}",
        "",
        "3. Summary",
        f"   Over {w.r.randint(3, 9)} weeks {USR(sus.user)} sent in-game gifts to {USR(victim.user)}, told the child to keep the "
        f"friendship secret, asked for photos and repeatedly asked the child to move to "
        f"{w.pick(['Snapchat', 'Telegram', 'WhatsApp'])} (handle offered: {USR(w.username_for(sus))}). "
        f"The child disclosed their first name ({GV(victim)}) and school area. No meeting has been arranged as far as we can see.",
        "",
        "4. Preservation: account data preserved for 90 days; account disabled; no notification to suspect.",
    ]
    return "\n".join(out)


def gm_sextortion(w):
    victim = w.person(w.pick(["en_US", "en_GB", "en_AU", "en_CA", "de_DE", "nl_NL", "sv_SE"]), age=(14, 17), sex="m")
    sc = w.pick(["yo_NG", "tl_PH", "en_US", "ro_RO"])
    s1 = w.person(sc, age=(19, 30))
    par = kin(w, victim, sex=w.pick("fm"))
    out = [
        f"{w.pick(pools.PLATFORMS)} – Urgent escalation: financial sextortion",
        f"Ticket {ids.token(w.r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')} · {ND(w, w.date_between(0, 5), 'iso')}",
        "",
    ]
    out.append(
        f"Reporter: parent {P(w, par, 'full')} ({EM(par)}, {PH(w, par)}) on behalf of son {P(w, victim, 'given')}, "
        f"{AGEM(victim.age)}, account {USR(victim.user)}."
    )
    out.append(
        f"Offender accounts: {USR(s1.user)} (posing as a {AGEM(w.r.randint(16, 17))}-year-old girl), {USR(w.username_for(s1))}"
    )
    out.append(f"Linked profile: {URL('https://www.instagram.com/' + w.username_for(s1))}")
    out.append(f"Payment demanded: ${w.pick([300, 500, 1000, 150])} via gift cards or to {EML(w.email_for(s1))}")
    out.append(f"Threat: send images to the boy's followers and to his school in {LOC(victim.town)}.")
    out.append(f"Offender WhatsApp number given: {PH(w, s1, 'intl')}")
    out.append(f"Login IPs for offender: {IP(ids.ipv4(w.r))}, {IP(ids.ipv4(w.r))}")
    out += [
        "",
        "Actions: offender accounts removed; hash of images submitted to Take It Down; report to "
        f"{'NCMEC' if victim.cc == 'US' else 'national hotline'}; parent advised not to pay and to keep evidence.",
        f"Wellbeing: {GV(victim)} disclosed {MED(w.pick(['suicidal thoughts', 'panic attacks', 'severe anxiety']))} – parent given crisis line details.",
    ]
    return "\n".join(out)


def gm_chargeback(w):
    p = w.person(w.pick(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "en_CA", "it_IT"]), age=(18, 60))
    kid = sibling(w, p, w.r.randint(8, 14)) if w.chance(0.5) else None
    game = w.pick(pools.GAMES)
    out = [
        f"{game} Payments – Chargeback dispute file",
        f"Order(s): " + ", ".join(f"GP-{ids.token(w.r, 10, '0123456789ABCDEF')}" for _ in range(w.r.randint(1, 3))),
        "",
        f"Cardholder: {P(w, p, w.pick(['upper', 'full']))}",
        f"Card: {CC(ids.credit_card(w.r))}",
        f"Billing address: {w.addr(p, 'line')}",
        f"Cardholder email: {EM(p)}   phone: {PH(w, p)}",
        f"Purchasing account: {USR(kid.user if kid else p.user)}",
        f"Purchase IP: {IP(ids.ipv4(w.r))}",
        f"Device: {DEV(ids.uuid4(w.r, True))}",
    ]
    if kid:
        out.append(
            f'Cardholder statement: "My son {GV(kid)} ({AGEM(kid.age)}) used my card without permission to buy gems."'
        )
    else:
        out.append('Cardholder statement: "I did not make these purchases."')
    out.append(
        f"Outcome: {w.pick(['refund as one-time courtesy; account flagged', 'chargeback contested – purchases from trusted device', 'account locked pending parent verification'])}"
    )
    return "\n".join(out)


def gm_hwid(w):
    game = w.pick(pools.GAMES)
    out = [f"{game} anti-cheat – ban wave log ({ND(w, w.date_between(0, 20), 'iso')})"]
    clk = Clock(w, w.r.randint(0, 12))
    for _ in range(w.r.randint(4, 7)):
        p = w.person(w.pick(PLAYER_CULTS), age=(14, 35))
        parts = [f"account={USR(p.user)}", f"hwid={DEV(ids.token(w.r, 16, '0123456789abcdef'))}"]
        if w.chance(0.7):
            parts.append(f"mac={MAC(ids.mac(w.r, ':'))}")
        parts.append(f"ip={IP(ids.ipv4(w.r) if w.chance(0.7) else ids.ipv6(w.r))}")
        if w.chance(0.4):
            parts.append(f"linked={USR(w.username_for(p))}")
        parts.append(f"reason={w.pick(['memory_read', 'aim_assist_dll', 'speedhack', 'packet_tamper'])}")
        parts.append(f"action={w.pick(['perma', '30d', 'shadow_queue'])}")
        out.append(f"{clk(30, 3000)} BAN " + " ".join(parts))
    if w.chance(0.5):
        p = w.person(w.pick(PLAYER_CULTS), age=(14, 30))
        out.append(f"appeal note: user {USR(p.user)} says the PC is shared with brother, email {EM(p)}")
    return "\n".join(out)


def gm_doxx(w):
    streamer = w.person(w.pick(["en_US", "en_GB", "de_DE", "es_ES", "pt_BR", "fr_FR", "en_CA"]), age=(18, 35))
    doxer = w.person(w.pick(PLAYER_CULTS), age=(15, 30))
    par = kin(w, streamer, age=(45, 70))
    out = [
        f"{w.pick(pools.PLATFORMS)} Trust & Safety – doxxing incident summary",
        f"Affected creator: {USR(streamer.user)} ({URL('https://www.twitch.tv/' + streamer.user.lower().replace('.', '_'))})",
        "",
    ]
    out.append(f"At {ts(w)} user {USR(doxer.user)} posted in 3 servers a message containing the creator's:")
    out.append(f"  - legal name: {P(w, streamer, 'full')}")
    out.append(f"  - home address: {w.addr(streamer, 'line')}")
    if w.chance(0.7):
        out.append(f"  - phone: {PH(w, streamer)}")
    if w.chance(0.6):
        out.append(f"  - parent's name: {P(w, par, 'full')}")
    if w.chance(0.5):
        t = streamer.town
        out.append(f"  - map pin: {GEO(w.geo(*town_ll(streamer)))}")
    out.append(
        f"Source appears to be an old forum profile: {URL('https://forum.example.net/members/' + w.username_for(streamer))}"
    )
    out += [
        "",
        f"Actions: messages removed (42 copies), {USR(doxer.user)} banned platform-wide, creator contacted via {EM(streamer)}; "
        f"advised to request police welfare checks against swatting.",
    ]
    return "\n".join(out)


def gm_parent(w):
    child = w.person(
        w.pick(["en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "en_AU"]), age=(8, 15)
    )
    par = kin(w, child, sex=w.pick("fm"))
    lg = child.c.lang
    game = w.pick(pools.GAMES)
    if lg == "de":
        body = (
            f"Sehr geehrte Damen und Herren,\nmein Sohn/meine Tochter {P(w, child, 'full')} ({AGEM(child.age)} Jahre, geb. {BD(w, child, 'de')}) "
            f"hat ohne unser Wissen ein Konto angelegt: {US(child)}. Bitte löschen Sie das Konto und alle Daten. "
            f"Die verknüpfte E-Mail ist {EML(w.email_for(child))}.\nMit freundlichen Grüßen\n{P(w, par, 'full')}\n{PH(w, par)}"
        )
    elif lg == "fr":
        body = (
            f"Bonjour,\nmon enfant {P(w, child, 'full')} ({AGEM(child.age)} ans, né(e) le {BD(w, child, 'fr')}) a créé le compte "
            f"{US(child)} sans autorisation. Merci de le supprimer. Adresse mail liée : {EML(w.email_for(child))}.\n"
            f"Cordialement,\n{P(w, par, 'full')} – {PH(w, par)}"
        )
    elif lg == "es":
        body = (
            f"Hola,\nmi hijo/a {P(w, child, 'full')} ({AGEM(child.age)} años, nacido/a el {BD(w, child, 'es')}) abrió la cuenta "
            f"{US(child)} sin permiso. Solicito su eliminación. Correo vinculado: {EML(w.email_for(child))}.\n"
            f"Un saludo,\n{P(w, par, 'full')} · {PH(w, par)}"
        )
    else:
        body = (
            f"Hi,\nmy {'son' if child.sex == 'm' else 'daughter'} {P(w, child, 'full')} is only {AG(w, child)} (born {BD(w, child, dlang(child.cult))}) "
            f"and has an account called {US(child)} on {game}. I didn't give consent and want it closed and the data deleted. "
            f"The email used was {EML(w.email_for(child))}. You can reach me on {PH(w, par)}.\nThanks,\n{P(w, par, 'full')}"
        )
    out = [
        f"From: {EM(par)}",
        f"To: privacy@{game.lower().replace(' ', '')}.example",
        "Subject: child account deletion request",
        "",
        body,
        "",
        f"[internal] verified parent via card micro-charge; account {USR(child.user)} queued for deletion (COPPA/GDPR-K).",
    ]
    return "\n".join(out)


GAMING_TEMPLATES = [
    gm_report,
    gm_report,
    gm_appeal,
    gm_appeal,
    gm_queue,
    gm_chatlog,
    gm_chatlog,
    gm_voice,
    gm_recovery,
    gm_recovery,
    gm_grooming,
    gm_sextortion,
    gm_chargeback,
    gm_hwid,
    gm_doxx,
    gm_parent,
]


# ================================================================== 3. migrant_refugee_casework
LANG_NAME = {
    "ar_SY": "Arabic (Levantine)",
    "fa_AF": "Dari",
    "ti_ER": "Tigrinya",
    "am_ET": "Amharic",
    "so_SO": "Somali",
    "uk_UA": "Ukrainian",
    "ku_IQ": "Kurdish (Kurmanji)",
    "fa_IR": "Farsi",
    "ar_SD": "Arabic (Sudanese)",
    "es_CA": "Spanish",
    "ta_LK": "Tamil",
    "yo_NG": "English / Igbo",
    "ur_PK": "Urdu",
    "vi_VN": "Vietnamese",
    "ru_RU": "Russian",
}
HOSTS = ["en_GB", "en_GB", "de_DE", "fr_FR", "it_IT", "nl_NL", "el_GR", "sv_SE", "en_IE", "pl_PL", "es_ES"]
TRANSIT_BY = {
    "ar_SY": ["Edirne", "Samos", "Subotica", "Calais"],
    "fa_AF": ["Edirne", "Bihać", "Velika Kladuša", "Moria", "Calais"],
    "ti_ER": ["Shagarab", "Bani Walid", "Sabratha", "Lampedusa", "Ventimiglia"],
    "am_ET": ["Bani Walid", "Lampedusa", "Calais"],
    "so_SO": ["Dadaab", "Bani Walid", "Lampedusa"],
    "uk_UA": [],
    "ku_IQ": ["Edirne", "Subotica", "Dunkirk"],
    "fa_IR": ["Edirne", "Samos", "Calais"],
    "ar_SD": ["Agadez", "Sabratha", "Zarzis", "Lampedusa", "Calais"],
    "es_CA": ["Tapachula", "Necoclí"],
    "ta_LK": ["Calais", "Dunkirk"],
    "yo_NG": ["Agadez", "Sabratha", "Lampedusa"],
    "ur_PK": ["Edirne", "Bihać", "Calais"],
    "vi_VN": ["Calais", "Dunkirk"],
}
TRANSLIT = [
    ("Mohammad", "Muhammad"),
    ("Mohamed", "Mohammed"),
    ("Yousef", "Yusuf"),
    ("Hussaini", "Husseini"),
    ("Rezaei", "Rezayi"),
    ("ou", "u"),
    ("ee", "i"),
    ("Kh", "H"),
    ("Gh", "G"),
    ("Ahmad", "Ahmed"),
    ("ai", "ay"),
    ("Tesfay", "Tesfai"),
    ("Ghebre", "Gebre"),
    ("Abdi", "Cabdi"),
    ("Yuliia", "Yulia"),
    ("iia", "ia"),
    ("kh", "h"),
    ("Ali", "Aly"),
    ("sh", "ch"),
]


COUNTRY_EN = {
    "de_DE": "Germany",
    "de_CH": "Switzerland",
    "es_ES": "Spain",
    "es_MX": "Mexico",
    "it_IT": "Italy",
    "pl_PL": "Poland",
    "nl_NL": "Netherlands",
    "sv_SE": "Sweden",
    "pt_BR": "Brazil",
    "tr_TR": "Türkiye",
    "uk_UA": "Ukraine",
    "ru_RU": "Russia",
    "el_GR": "Greece",
    "vi_VN": "Vietnam",
    "ro_RO": "Romania",
    "es_CA": "Honduras",
    "ko_KR": "South Korea",
}


def country_en(p):
    return COUNTRY_EN.get(p.cult, p.c.country)


def translit_variant(w, name):
    opts = [(a, b) for a, b in TRANSLIT if a in name]
    if not opts:
        return name + "h" if name[-1] in "ai" else name[:-1] + name[-1] * 2
    a, b = w.pick(opts)
    return name.replace(a, b, 1)


def settle(w, p, host):
    """Give p an address and phone in the host country (keeps origin identity and origin phone)."""
    h = w.person(host)
    p.street, p.street_n, p.town, p.town_n, p.postcode, p.region = h.street, None, h.town, None, h.postcode, h.region
    p.addr_cc = h.cc
    p.host_phone = h.phone
    p.host_phone_intl = h.phone_intl
    p.host = host
    return p


def localize(w, p, host):
    """Like settle, but the host-country phone also becomes p's everyday phone."""
    if p.cult == host:
        return p
    settle(w, p, host)
    p.phone, p.phone_nat, p.phone_intl = p.host_phone, p.host_phone, p.host_phone_intl
    return p


def resident(w, cult, host, **kw):
    return localize(w, w.person(cult, **kw), host)


def NAMEBOTH(w, p):
    """'Latin Name (native)' with both marked, native only when the culture has a script."""
    if p.given_n or p.fam_n:
        return f"{P(w, p, 'full')} ({P(w, p, native=True)})"
    return P(w, p, "full")


def ethn(w, p):
    return ETH(w.pick(p.c.ethnic)) if p.c.ethnic else None


def passport_line(w, p):
    v, lab = w.passport(p)
    return mk(lab, v)


def natid_line(w, p):
    word, val, lab = w.national_id(p)
    return f"{word} {mk(lab, val)}"


def residence_permit(w, host):
    if host == "en_GB":
        return "BRP", ids.uk_brp(w.r)
    if host == "de_DE":
        return w.pick(["Aufenthaltsgestattung", "eAT (Aufenthaltstitel)"]), ids.de_residence_permit(w.r)
    if host == "fr_FR":
        return "titre de séjour (n° étranger)", ids._digits(w.r, 10, True)
    if host == "it_IT":
        return "permesso di soggiorno", "I" + ids._digits(w.r, 8)
    if host == "nl_NL":
        return "V-nummer", ids._digits(w.r, 10, True)
    if host == "pl_PL":
        return "karta pobytu", w.pick(["RP", "RD", "RZ"]) + ids._digits(w.r, 7)
    if host == "sv_SE":
        return "LMA-kort", f"{ids._digits(w.r, 2)}-{ids._digits(w.r, 6)}-{ids._digits(w.r, 1)}"
    if host == "el_GR":
        return "asylum seeker card", f"{ids._digits(w.r, 2)}/{ids._digits(w.r, 6)}"
    if host == "es_ES":
        return "NIE", ids.es_nie(w.r)
    if host == "en_IE":
        return "IRP card", ids.serial(w.r, "9999999")
    return "permit", ids._digits(w.r, 9, True)


NATIVE_MSG = {
    "ar": "أمي الحبيبة، أنا بخير والحمد لله. أعيش الآن في {town}. رقمي الجديد {phone}. اشتقت إليكم كثيراً.",
    "fa": "مادر عزیزم، من خوبم. الان در {town} زندگی می‌کنم. شماره جدیدم {phone} است. دلم برایتان خیلی تنگ شده.",
    "ti": "ኣደይ፡ ኣነ ደሓን እየ። ሕጂ ኣብ {town} ኣለኹ። ቁጽሪ ስልከይ {phone} እዩ።",
    "am": "እናቴ፣ እኔ ደህና ነኝ። አሁን በ{town} እኖራለሁ። አዲሱ ስልክ ቁጥሬ {phone} ነው።",
    "uk": "Мамо, у мене все добре. Зараз я живу в {town}. Мій новий номер {phone}. Дуже сумую.",
    "ru": "Мама, у меня всё хорошо. Сейчас я живу в {town}. Мой новый номер {phone}.",
    "so": "Hooyo, waan nabad qabaa. Hadda waxaan ku noolahay {town}. Lambarkayga cusub waa {phone}.",
    "es": "Mamá, estoy bien. Ahora vivo en {town}. Mi número nuevo es {phone}. Los extraño mucho.",
    "ur": "امی جان، میں ٹھیک ہوں۔ اب میں {town} میں رہتا ہوں۔ میرا نیا نمبر {phone} ہے۔",
    "vi": "Mẹ ơi, con vẫn khỏe. Bây giờ con sống ở {town}. Số điện thoại mới của con là {phone}.",
    "ta": "அம்மா, நான் நலமாக இருக்கிறேன். இப்போது {town} இல் வசிக்கிறேன். என் புதிய தொலைபேசி எண் {phone}.",
    "ku": "Dayê, ez baş im. Niha ez li {town} dijîm. Hejmara min a nû {phone} e.",
    "en": "Mum, I am safe. I am now living in {town}. My new number is {phone}. I miss you all.",
}

MIG_MED = [
    "latent TB",
    "PTSD",
    "depression",
    "type 2 diabetes",
    "hypertension",
    "scabies",
    "hepatitis B",
    "chronic back pain from a beating",
    "shrapnel injury to the left leg",
    "epilepsy",
    "asthma",
    "anaemia",
    "insomnia",
    "untreated dental abscess",
    "HIV",
    "sickle cell disease",
    "war-related hearing loss",
]
MIG_MEDS = [
    "sertraline 50 mg",
    "metformin 500 mg",
    "amlodipine 5 mg",
    "permethrin cream",
    "tenofovir",
    "salbutamol inhaler",
    "ferrous sulfate 200 mg",
    "mirtazapine 15 mg",
    "levetiracetam",
    "paracetamol",
    "isoniazid",
]


def mg_intake(w):
    oc = w.pick(MIGRANT_ORIGINS)
    host = w.pick(HOSTS)
    c = w.person(oc, age=(18, 62))
    settle(w, c, host)
    cw = w.person(host, age=(24, 60))
    interp = w.person(oc if w.chance(0.6) else host, age=(25, 60))
    ngo = w.pick(pools.NGOS)
    dl = "en"
    out = [
        f"{ngo} – Intake interview record",
        f"Date: {ND(w, w.date_between(0, 60), dl)}   Caseworker: {P(w, cw, 'full')}   "
        f"Interpreter: {P(w, interp, 'full')} ({LANG_NAME.get(oc, 'English')}, {w.pick(['by phone', 'in person', 'video'])})",
        "",
    ]
    out.append(f"Client: {NAMEBOTH(w, c)}")
    if w.chance(0.5):
        out.append(f"Also spelled: {PER(translit_variant(w, w.full(c)))}")
    out.append(
        f"DOB: {BD(w, c, 'en')}{' (estimated – only year known)' if w.chance(0.2) else ''}   Age: {AGEM(c.age)}   "
        f"Sex: {'F' if c.sex == 'f' else 'M'}"
    )
    e = ethn(w, c)
    out.append(f"Nationality: {country_en(c)}" + (f"   Ethnicity: {e}" if e and w.chance(0.7) else ""))
    ht = c.c.towns[w.r.randrange(len(c.c.towns))]
    out.append(f"Home town: {LOC(ht[0])}" + (f" ({LOC(ht[1])})" if ht[1] else ""))
    tr = TRANSIT_BY.get(oc, [])
    if tr:
        route = sorted(w.sample(tr, min(len(tr), w.r.randint(1, 3))), key=tr.index)
        out.append("Route: " + " → ".join([LOC(ht[0])] + [LOC(x) for x in route] + [LOC(c.town)]))
    fam = []
    if w.chance(0.6):
        sp = w.person(oc, sex="m" if c.sex == "f" else "f", age=(max(18, c.age - 8), c.age + 6))
        fam.append(
            f"spouse {P(w, sp, 'full')} ({AGEM(sp.age)}) – {w.pick(['with client', 'still in ' + LOC(ht[0]), 'whereabouts unknown since ' + str(w.date.year - w.r.randint(1, 4))])}"
        )
    for _ in range(w.r.randint(0, 3)):
        ch = sibling(w, c, w.r.randint(1, 17)) if c.age > 25 else w.person(oc, age=(1, 12))
        fam.append(f"child {GV(ch)} ({AGEM(ch.age)})")
    if fam:
        out.append("Family: " + "; ".join(fam))
    out.append(f"Current address: {w.addr(c, 'line')}")
    out.append(
        f"Phone: {PHN(c.host_phone)}" + (f"   WhatsApp (old number): {PH(w, c, 'intl')}" if w.chance(0.5) else "")
    )
    docs = []
    if w.chance(0.6):
        docs.append(f"passport {passport_line(w, c)} ({w.pick(['expired', 'valid', 'damaged'])})")
    if w.chance(0.6):
        docs.append(natid_line(w, c))
    if w.chance(0.5):
        word, val = residence_permit(w, host)
        docs.append(f"{word} {NID(val)}")
    out.append("Documents seen: " + ("; ".join(docs) if docs else "none – lost at sea / confiscated"))
    if w.chance(0.7):
        out.append(f"Health: {MED(w.pick(MIG_MED))}" + (f", takes {MED(w.pick(MIG_MEDS))}" if w.chance(0.5) else ""))
    if w.chance(0.2):
        out.append(
            f"Legal: client mentions {CRIM(w.pick(['a conviction in Greece for facilitating illegal entry (2021)', 'being arrested at the border in Bulgaria in 2022', 'a conviction for using a false passport (2020)', 'detention in Libya without charge']))}; refer to solicitor."
        )
    if w.chance(0.2):
        out.append(
            f"Vulnerability: client disclosed being {SEXO(w.pick(['gay', 'lesbian', 'bisexual']))}; does not want interpreter from own community."
        )
    out.append(
        f"Next steps: {w.pick(['legal advice appointment booked', 'GP registration', 'referral to tracing service', 'school places for children'])}."
    )
    return "\n".join(out)


def mg_tracing(w):
    oc = w.pick(MIGRANT_ORIGINS)
    host = w.pick(HOSTS)
    enq = w.person(oc, age=(18, 60))
    settle(w, enq, host)
    rel = w.pick(["mother", "brother", "daughter", "son", "sister", "husband", "wife", "father"])
    sex = "f" if rel in ("mother", "daughter", "sister", "wife") else "m"
    agerng = {
        "mother": (enq.age + 18, enq.age + 35),
        "father": (enq.age + 20, enq.age + 40),
        "daughter": (2, 17),
        "son": (2, 17),
    }.get(rel, (max(16, enq.age - 10), enq.age + 10))
    if rel in ("daughter", "son") and enq.age < 25:
        agerng = (1, 6)
    sought = w.person(oc, sex=sex, age=agerng, family=enq.fam_idx if rel not in ("husband", "wife") else None)
    last = w.pick(TRANSIT_BY.get(oc) or [t[0] for t in enq.c.towns])
    out = [
        "RESTORING FAMILY LINKS – Tracing request",
        f"Ref: RFL-{w.date.year}-{w.r.randint(1000, 9999)}   Opened: {ND(w, w.date_between(0, 30))}",
        "",
        "ENQUIRER",
        f"  Name: {NAMEBOTH(w, enq)}",
        f"  DOB: {BD(w, enq)}",
        f"  Address: {w.addr(enq, 'line')}",
        f"  Phone: {PHN(enq.host_phone)}" + (f"   Email: {EM(enq)}" if w.chance(0.5) else ""),
        "",
        "SOUGHT PERSON",
        f"  Name: {NAMEBOTH(w, sought)}",
        f"  Relationship: {rel}",
        f"  Age: {AGEM(sought.age)}" + (f" (DOB {BD(w, sought)})" if w.chance(0.5) else " (approx.)"),
    ]
    bt = w.pick(sought.c.towns)
    out.append(f"  Place of birth: {LOC(bt[0])}" + (f" / {LOC(bt[1])}" if bt[1] and w.chance(0.6) else ""))
    out.append(
        f"  Last news: {ND(w, w.date_between(120, 1500))}, in {LOC(last)}; last call from {PH(w, sought, 'intl')}"
    )
    if w.chance(0.4) and last in TOWN_LL:
        out.append(f"  Last location pin shared on WhatsApp: {GEO(w.geo(*TOWN_LL[last]))}")
    out.append(
        f"  Circumstances: {w.pick(['separated during boat interception', 'separated at the border when police arrived', 'stayed behind when the shelling started', 'detained in a warehouse, enquirer released first', 'lost contact in the camp after a fire'])}."
    )
    feats = [f"scar on {w.pick(['left hand', 'forehead', 'right cheek'])}"]
    if w.chance(0.5):
        feats.append(f"has {MED(w.pick(['diabetes', 'epilepsy', 'a limp from polio', 'asthma', 'a heart condition']))}")
    out.append(f"  Distinguishing features: {', '.join(feats)}")
    if w.chance(0.5):
        f2 = w.person(oc, sex="m", age=(45, 80), family=enq.fam_idx)
        out.append(
            f"  Other family: father {P(w, f2, 'full')} ({w.pick(['deceased', 'in ' + LOC(w.pick(enq.c.towns)[0]), 'unknown'])})"
        )
    if w.chance(0.5):
        net = w.pick(["facebook", "telegram", "instagram", "tiktok"])
        h = w.username_for(sought)
        if net == "facebook":
            out.append(
                f"  Social media: Facebook profile {URL('https://www.facebook.com/' + h.replace('_', '.'))} (inactive since the separation)"
            )
        elif net == "telegram":
            out.append(f"  Social media: Telegram {USR(h)}, last seen {ND(w, w.date_between(100, 900))}")
        else:
            out.append(
                f"  Social media: {net.capitalize()} {URL('https://www.' + net + '.com/' + ('@' if net == 'tiktok' else '') + h)}"
            )
    lgm = sought.c.lang if sought.c.lang in NATIVE_MSG else "en"
    msg = NATIVE_MSG[lgm].format(town=LOC(enq.town), phone=PHN(enq.host_phone))
    out += [
        "",
        "Red Cross Message (written by enquirer):",
        msg,
        "",
        f"Consent to publish photo on Trace the Face: {w.pick(['yes', 'no'])}",
    ]
    return "\n".join(out)


CALENDAR = {
    "fa_AF": "Solar Hijri",
    "fa_IR": "Solar Hijri",
    "ti_ER": "Ethiopian",
    "am_ET": "Ethiopian",
    "ar_SD": "Islamic",
    "so_SO": "Islamic",
    "ar_SY": "Islamic",
    "ku_IQ": "Kurdish",
    "vi_VN": "lunar",
}


def mg_age_assessment(w):
    oc = w.pick(["fa_AF", "ti_ER", "ar_SD", "so_SO", "ku_IQ", "vi_VN", "am_ET", "ar_SY", "fa_IR"])
    host = w.pick(["en_GB", "en_GB", "en_IE", "de_DE", "nl_NL", "sv_SE"])
    claimed = w.r.randint(14, 17)
    yp = w.person(oc, sex="m" if w.chance(0.85) else "f", age=claimed)
    settle(w, yp, host)
    sw1, sw2 = w.person(host, age=(26, 60)), w.person(host, age=(26, 60))
    interp = w.person(oc, age=(25, 60))
    fc = w.person(host, age=(35, 68))
    fc.street, fc.town, fc.postcode, fc.region = yp.street, yp.town, yp.postcode, yp.region
    fc.addr_cc = yp.addr_cc
    outcome = w.pick(["accepted", "older", "older", "younger"])
    if outcome == "older":
        assessed = w.r.randint(18, 23)
    elif outcome == "younger":
        assessed = max(12, claimed - w.r.randint(1, 2))
    else:
        assessed = claimed
    adob = w.dob_for_age(assessed)
    out = [
        f"AGE ASSESSMENT – summary of outcome",
        f"Local authority children's services, {LOC(yp.town)}",
        "",
        f"Young person: {NAMEBOTH(w, yp)}",
        f"Claimed DOB: {BD(w, yp)}  (claimed age {AGEM(claimed)})",
        f"Nationality: {country_en(yp)}" + (f"; ethnicity {ethn(w, yp)}" if yp.c.ethnic and w.chance(0.7) else ""),
        f"Interpreter: {P(w, interp, 'full')} ({LANG_NAME.get(oc, '')})",
        f"Assessing social workers: {P(w, sw1, 'full')} and {P(w, sw2, 'full')}",
        "",
        "Account given:",
    ]
    left_age = max(8, claimed - w.r.randint(1, 4))
    home = w.pick(yp.c.towns)
    out.append(
        f"{GV(yp)} says {'he' if yp.sex == 'm' else 'she'} left {LOC(home[0])} aged {AGEM(left_age, num_word(left_age)) if w.chance(0.5) else AGEM(left_age)} after "
        f"{w.pick(['his father was killed', 'being forced to work for an armed group', 'the family home was destroyed', 'threats from the Taliban', 'conscription into national service'])}. "
        f"Mother {PER(w.pick([g for g, _ in CULT[oc].f if g != yp.given]))} told {GV(yp)} the date of birth using the "
        f"{CALENDAR.get(oc, 'local')} calendar."
    )
    if TRANSIT_BY.get(oc):
        out.append(f"Worked for several months in {LOC(w.pick(TRANSIT_BY[oc]))} before the crossing.")
    out += [
        "",
        "Observations: demeanour and interaction consistent with a young person who has experienced trauma; "
        f"physical appearance alone not relied upon.",
        f"Health: {MED(w.pick(['PTSD symptoms', 'scabies', 'latent TB', 'low weight', 'nightmares and insomnia', 'dental pain']))}",
        "",
    ]
    if outcome == "accepted":
        out.append(
            f"Conclusion: claimed age accepted. {GV(yp)} is {AGEM(assessed)} and will be looked after as an unaccompanied child."
        )
    else:
        out.append(
            f"Conclusion: {GV(yp)} is assessed to be approximately {AGEM(assessed)}. Assigned DOB: {DOB(w.date_fmt(adob, 'en'))}."
        )
        if assessed >= 18:
            out.append("The young person disagrees and has been advised of the right to challenge by judicial review.")
    out.append(f"Placement: with foster carer {P(w, fc, 'full')}, {w.addr(fc, 'line')}, tel. {PH(w, fc)}")
    return "\n".join(out)


def mg_interpreter(w):
    oc = w.pick(["ar_SY", "fa_AF", "ti_ER", "uk_UA", "ta_LK", "am_ET", "fa_IR", "ar_SD", "ur_PK", "ru_RU"])
    host = w.pick(HOSTS)
    interp = w.person(oc, age=(25, 62))
    cl = w.person(oc, age=(18, 70))
    settle(w, cl, host)
    fa = w.person(oc, sex="m", age=(cl.age + 20, cl.age + 40), family=cl.fam_idx)
    out = [
        f"Interpreter session log – {w.pick(pools.NGOS)}",
        f"Interpreter: {P(w, interp, 'full')} (ref INT-{w.r.randint(100, 999)})   Language: {LANG_NAME[oc]}   "
        f"Mode: {w.pick(['telephone', 'video', 'face to face'])}   Duration: {w.r.randint(35, 110)} min",
        "",
    ]
    out.append(f"Client: {P(w, cl, 'full')}")
    if cl.given_n:
        out.append(f"Name in client's own script (spelled out by client): {P(w, cl, native=True)}")
    out.append(
        f"Father's name as written on ID: {P(w, fa, native=True) if fa.given_n else P(w, fa, 'full')}"
        + (f" (transliterated {P(w, fa, 'full')})" if fa.given_n else "")
    )
    vt = w.pick(cl.c.towns)
    out.append(f"Village/town of origin: {LOC(vt[1] or vt[0])}" + (f" = {LOC(vt[0])}" if vt[1] else ""))
    out += [
        "",
        "Notes for caseworker:",
        f"- Client's date of birth given as {DOB(w.date_fmt(cl.dob, 'en'))}; client unsure of the Gregorian conversion.",
        f"- Brother's number abroad dictated as {PH(w, w.person(oc), 'intl')}.",
        f"- Client asked that the word for her/his condition not be said in front of family: {MED(w.pick(MIG_MED))}."
        if w.chance(0.6)
        else "- No terminology issues.",
        f"- Client's current phone {PHN(cl.host_phone)} (no credit; prefers WhatsApp calls).",
        "- Interpreter declared no conflict of interest; not from the same village.",
    ]
    return "\n".join(out)


def mg_checklist(w):
    oc = w.pick(MIGRANT_ORIGINS + ["uk_UA", "uk_UA"])
    host = w.cyc(["en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "en_US", "nl_NL", "pl_PL", "sv_SE", "es_ES"])
    c = w.person(oc, age=(18, 60))
    settle(w, c, host)
    sp = w.person(oc, sex="m" if c.sex == "f" else "f", age=(c.age - 5, c.age + 8))
    box = lambda: w.pick(["[x]", "[x]", "[ ]"])
    title = {
        "de_DE": "Checkliste Unterlagen – Asylverfahren / Familiennachzug",
        "fr_FR": "Liste des pièces – demande d'asile / titre de séjour",
        "it_IT": "Elenco documenti – protezione internazionale",
        "pl_PL": "Lista dokumentów – ochrona czasowa / karta pobytu",
        "nl_NL": "Checklist documenten – asielprocedure",
        "en_US": "Document checklist – asylum (I-589) / EAD",
    }.get(host, "Asylum / visa document checklist")
    out = [
        title,
        f"Client: {P(w, c, w.pick(['formal', 'full', 'upper']))}"
        + (f" – {P(w, c, native=True)}" if c.given_n else "")
        + f"   DOB {BD(w, c)}",
        "",
    ]
    v, lab = w.passport(c)
    out.append(f"{box()} Passport ({country_en(c)}) no. {mk(lab, v)}, expiry {ND(w, w.date_between(-1500, 400))}")
    word, val, lab2 = w.national_id(c)
    out.append(f"{box()} National ID – {word}: {mk(lab2, val)}")
    if host == "en_US":
        out.append(f"{box()} A-Number: {NID(ids.us_a_number(w.r))}")
        out.append(f"{box()} ITIN letter: {ITIN(ids.us_itin(w.r))}")
        if w.chance(0.5):
            out.append(f"{box()} SSN card (EAD-based): {SSN(ids.us_ssn(w.r))}")
    else:
        word, val = residence_permit(w, host)
        out.append(f"{box()} Residence document – {word}: {NID(val)}")
    if oc == "uk_UA" and host == "pl_PL":
        out.append(f"{box()} PESEL (status UKR): {NID(ids.pesel(w.r, c.dob, c.sex))}")
    out.append(f"{box()} Birth certificate – requested from civil registry in {LOC(w.pick(c.c.towns)[0])}")
    out.append(
        f"{box()} Marriage certificate – spouse {P(w, sp, 'full')}"
        + (f" ({P(w, sp, native=True)})" if sp.given_n else "")
    )
    if w.chance(0.4):
        out.append(
            f"{box()} DNA report – {GEN(w.pick(['parentage confirmed, probability 99.99%', 'maternity confirmed (99.97%)', 'sibling relationship supported, likelihood ratio 1:4,200']))}"
        )
    out.append(f"{box()} Proof of address – tenancy at {w.addr(c, 'line')}")
    if w.chance(0.6):
        doc = w.person(host, age=(30, 65))
        out.append(f"{box()} Medical evidence – letter from Dr {P(w, doc, 'fam')} re {MED(w.pick(MIG_MED))}")
    if w.chance(0.5) and host != "en_US":
        cc = {
            "de_DE": "DE",
            "fr_FR": "FR",
            "it_IT": "IT",
            "nl_NL": "NL",
            "pl_PL": "PL",
            "en_GB": "GB",
            "sv_SE": "SE",
            "es_ES": "ES",
        }[host]
        out.append(f"{box()} Bank details for allowance – IBAN {IBAN(ids.iban(w.r, cc))}")
    out.append(f"Contact: {PHN(c.host_phone)}" + (f" / {EM(c)}" if w.chance(0.5) else ""))
    return "\n".join(out)


def mg_housing(w):
    oc = w.pick(MIGRANT_ORIGINS)
    host = w.pick(["en_GB", "en_GB", "en_IE", "de_DE", "nl_NL", "fr_FR"])
    lead = w.person(oc, age=(22, 55))
    settle(w, lead, host)
    ngo = w.pick(pools.NGOS)
    rows = [["Name", "Relation", "DOB", "Age"]]
    rows.append([P(w, lead, "full"), "lead applicant", BD(w, lead), AGEM(lead.age)])
    if w.chance(0.7):
        sp = w.person(oc, sex="m" if lead.sex == "f" else "f", age=(lead.age - 6, lead.age + 6))
        rows.append([P(w, sp, "full"), "spouse", BD(w, sp), AGEM(sp.age)])
    for _ in range(w.r.randint(0, 4)):
        ch = sibling(w, lead, w.r.randint(0, min(17, max(0, lead.age - 17))))
        rows.append([P(w, ch, "full"), "son" if ch.sex == "m" else "daughter", BD(w, ch), AGEM(ch.age)])
    land = w.person(host, age=(35, 75))
    needs = [
        MED(
            w.pick(
                [
                    "wheelchair user (spinal injury)",
                    "pregnant (30 weeks)",
                    "autism",
                    "epilepsy",
                    "severe asthma",
                    "PTSD",
                    "kidney dialysis three times a week",
                    "visual impairment",
                ]
            )
        )
    ]
    out = [
        f"{ngo} – Housing referral",
        f"To: housing options team, {LOC(lead.town)}",
        "",
        table(rows),
        "",
        f"Current accommodation: {w.addr(lead, 'line')} (must leave by {ND(w, w.date_between(-28, -7))})",
        f"Contact: {PHN(lead.host_phone)}   Email: {EM(lead)}",
        f"Needs: " + ", ".join(needs) + "; ground floor or lift required" if w.chance(0.6) else "Needs: " + needs[0],
        f"Preferred area: {LOC(w.pick(CULT[host].towns)[0])} (children's school, GP)",
        f"Previous private landlord: {P(w, land, 'full')}, {PH(w, land)} – reference available",
    ]
    if w.chance(0.3):
        out.append(
            f"Note: lead applicant has a {CRIM(w.pick(['conviction for working illegally (2019)', 'caution for using a false document (2020)', 'spent conviction for shoplifting']))}; disclosed voluntarily."
        )
    return "\n".join(out)


def mg_medical(w):
    oc = w.pick(MIGRANT_ORIGINS)
    host = w.pick(["en_GB", "de_DE", "el_GR", "fr_FR", "nl_NL", "it_IT", "sv_SE"])
    p = w.person(oc, age=(1, 70))
    settle(w, p, host)
    doc = w.person(host, age=(30, 65))
    hid = {
        "en_GB": ("NHS number", ids.nhs_number(w.r)),
        "de_DE": ("eGK/KVNR", ids.de_kvnr(w.r)),
        "el_GR": ("PAAYPA (temp. AMKA)", ids.gr_amka(w.r, p.dob)),
        "fr_FR": ("n° AME/PUMa", ids.fr_nir(w.r, p.sex, p.dob)),
        "nl_NL": ("BSN", ids.nl_bsn(w.r)),
        "it_IT": ("codice STP", "STP" + ids._digits(w.r, 13)),
        "sv_SE": (
            "samordningsnummer",
            ids.se_personnummer(
                w.r, p.dob.replace(day=p.dob.day if p.dob.day <= 28 else 28) if False else p.dob, p.sex
            ),
        ),
    }[host]
    out = [
        f"New entrant health screening – {w.pick(['reception centre clinic', 'refugee health service', 'initial accommodation GP'])}",
        f"Patient: {NAMEBOTH(w, p)}   DOB {BD(w, p)}   Age {AGEM(p.age)}   Sex {p.sex.upper()}",
        f"{hid[0]}: {NID(hid[1])}   Interpreter: {LANG_NAME.get(oc, 'English')} (telephone)",
        "",
    ]
    hx = w.sample(MIG_MED, w.r.randint(1, 3))
    out.append("History: " + ", ".join(MED(h) for h in hx))
    out.append(
        f"Current medication: {', '.join(MED(m) for m in w.sample(MIG_MEDS, w.r.randint(1, 2)))}"
        if w.chance(0.6)
        else "Current medication: none"
    )
    out.append(
        f"TB (IGRA): {w.pick(['negative', 'positive – CXR normal → ' + MED('latent TB infection')])}; Hep B sAg: {w.pick(['negative', 'positive → ' + MED('chronic hepatitis B')])}; HIV: {w.pick(['negative', 'declined'])}"
    )
    if p.age >= 12 and w.chance(0.6):
        out.append(
            f"Mental health: PHQ-9 {w.r.randint(5, 24)}, PCL-5 positive → {MED(w.pick(['PTSD', 'major depressive disorder', 'complex PTSD']))}"
        )
    if p.sex == "f" and 16 <= p.age <= 45 and w.chance(0.3):
        out.append(f"Obstetric: {MED('pregnant')} ({w.r.randint(8, 34)} weeks), booked with midwife")
    if w.chance(0.3):
        out.append(
            f"Genetic: family history of {MED('sickle cell disease')}; screening shows {GEN(w.pick(['sickle cell trait (HbAS)', 'beta-thalassaemia trait', 'G6PD deficiency (hemizygous)']))}"
        )
    out.append(f"Plan: catch-up vaccinations; GP registration at {LOC(p.town)}; review in 6 weeks.")
    out.append(f"Clinician: Dr {P(w, doc, 'full')}")
    return "\n".join(out)


def mg_us_legal(w):
    p = w.person(
        w.pick(["es_CA", "es_CA", "es_MX", "ht_x" if False else "es_CA", "ti_ER", "ru_RU", "fa_AF"]), age=(18, 50)
    )
    settle(w, p, "en_US")
    lg_es = p.c.lang == "es"
    atty = w.person("en_US", age=(28, 60))
    kids = [sibling(w, p, w.r.randint(1, 17)) for _ in range(w.r.randint(0, 3))]
    entry = w.pick(["Eagle Pass", "El Paso", "Laredo", "Nogales", "San Ysidro", "McAllen"])
    out = [
        f"{w.pick(['Immigrant Justice Clinic', 'Border Legal Aid Project', 'Community Immigration Services'])} – Legal intake",
        f"Attorney: {P(w, atty, 'full')}   Date: {ND(w, w.date_between(0, 30), 'en_us')}",
        "",
        f"Client: {P(w, p, 'full')}   DOB: {BD(w, p, 'en_us')}   Country of birth: {country_en(p)}",
        f"A-Number: {NID(ids.us_a_number(w.r))}",
        f"Passport: {passport_line(w, p)}" + (f"   {natid_line(w, p)}" if w.chance(0.5) else ""),
        f"US address: {w.addr(p, 'line')}",
        f"Phone: {PHN(p.host_phone)}" + (f"   Email: {EM(p)}" if w.chance(0.5) else ""),
    ]
    if w.chance(0.7):
        out.append(f"ITIN: {ITIN(ids.us_itin(w.r))}   (tax filings 2021–2023)")
    if w.chance(0.3):
        out.append(f"SSN (from prior EAD): {SSN(ids.us_ssn(w.r))}")
    out.append(
        f"Entry: {ND(w, w.date_between(300, 1800), 'en_us')} near {LOC(entry)}, {LOC('TX' if entry not in ('Nogales', 'San Ysidro') else ('AZ' if entry == 'Nogales' else 'CA'))}; "
        f"{w.pick(['released on parole', 'detained 19 days then released with NTA', 'entered without inspection'])}"
    )
    if kids:
        out.append("Children: " + "; ".join(f"{P(w, k, 'full')} ({AGEM(k.age)})" for k in kids))
    out.append(
        f"Criminal history: {CRIM(w.pick(['arrested for driving without a license in 2022 (dismissed)', 'misdemeanor DUI conviction (2021)', 'arrest for disorderly conduct, no charges filed']))}"
        if w.chance(0.4)
        else "Criminal history: none reported"
    )
    out.append(
        f"Basis: {w.pick(['asylum – threats from gang after refusing extortion', 'asylum – political opinion', 'SIJS for eldest child', 'TPS + asylum'])}"
    )
    if lg_es:
        out.append(
            f'Cliente dice (interpretación): "Tengo miedo de volver a {LOC(w.pick(p.c.towns)[0])}, ahí mataron a mi hermano."'
        )
    out.append(
        f"Next hearing: immigration court, {LOC(w.pick(['San Antonio', 'Houston', 'Chicago', 'Newark', 'Atlanta']))}, {ND(w, w.date_between(-200, -30), 'en_us')}"
    )
    return "\n".join(out)


def mg_transfer_email(w):
    oc = w.pick(["uk_UA", "uk_UA", "ar_SY", "fa_AF", "so_SO", "ti_ER"])
    host = (
        w.pick(["pl_PL", "de_DE", "en_GB", "nl_NL"]) if oc == "uk_UA" else w.pick(["de_DE", "en_GB", "fr_FR", "sv_SE"])
    )
    c = w.person(oc, sex="f", age=(25, 50))
    settle(w, c, host)
    kids = [sibling(w, c, w.r.randint(2, 16)) for _ in range(w.r.randint(1, 3))]
    gm = w.person(oc, sex="f", age=(62, 86))
    a = w.person(host, age=(25, 55))
    b = w.person(w.pick(["de_DE", "en_GB", "nl_NL", "pl_PL"]), age=(25, 55))
    out = [
        f"From: {EM(a)}",
        f"To: {EM(b)}",
        f"Subject: Case transfer – {P(w, c, 'full')} + family",
        "",
        f"Hi {GV(b)},",
        "",
        f"as discussed, passing over {GV(c)}'s case as the family is moving to your area ({LOC(w.pick(CULT[b.cult].towns)[0])}) next week.",
    ]
    ids_ = [natid_line(w, c)]
    if oc == "uk_UA" and host == "pl_PL":
        ids_.append(f"PESEL (UKR) {NID(ids.pesel(w.r, c.dob, c.sex))}")
    if w.chance(0.6):
        ids_.append(f"passport {passport_line(w, c)}")
    out.append(f"Key details: DOB {BD(w, c)}, " + ", ".join(ids_) + ".")
    out.append("Children: " + ", ".join(f"{GV(k)} ({AGEM(k.age)})" for k in kids) + ".")
    cnd, med = w.pick(
        [
            ("dementia", "donepezil"),
            ("heart failure", "furosemide"),
            ("type 2 diabetes", "insulin"),
            ("COPD", "oxygen at night"),
        ]
    )
    out.append(f"Grandmother {P(w, gm, 'full')} ({AGEM(gm.age)}) lives with them – {MED(cnd)}, needs {MED(med)}.")
    out.append(f"Current address until the 30th: {w.addr(c, 'line')}. Mobile {PHN(c.host_phone)} (Viber/WhatsApp).")
    if w.chance(0.4):
        out.append(
            f"{GV(kids[0])} has {MED(w.pick(['autism', 'asthma', 'epilepsy', 'ADHD']))} and is waiting for a specialist appointment."
        )
    out += ["", "Thanks a lot,", f"{P(w, a, 'given')}", f"{w.pick(pools.NGOS)} · {PH(w, a)}"]
    return "\n".join(out)


def mg_cash(w):
    oc = w.pick(MIGRANT_ORIGINS)
    host = w.pick(["el_GR", "it_IT", "pl_PL", "de_DE", "fr_FR", "es_ES"])
    h = w.person(oc, age=(20, 60))
    settle(w, h, host)
    mem = []
    for _ in range(w.r.randint(1, 5)):
        m = sibling(w, h, w.r.randint(1, 80))
        if all(m.given != x.given for x in mem + [h]):
            mem.append(m)
    out = [
        "Multi-purpose cash assistance – registration",
        f"Partner: {w.pick(pools.NGOS)}   Site: {LOC(h.town)}",
        "",
        f"Head of household: {NAMEBOTH(w, h)}   DOB {BD(w, h)}   Sex {h.sex.upper()}",
        f"ID presented: {natid_line(w, h)}" if w.chance(0.6) else f"ID presented: passport {passport_line(w, h)}",
        f"Mobile (for SMS codes): {PHN(h.host_phone)}",
        f"Household size: {len(mem) + 1}",
    ]
    for m in mem:
        vopts = ["disability – amputee", "chronic illness: diabetes", "mental health condition", "visually impaired"]
        if m.sex == "f" and 16 <= m.age <= 45:
            vopts.append("pregnant")
        vul = f", {MED(w.pick(vopts))}" if w.chance(0.25) else ""
        out.append(f"  - {P(w, m, 'full')}, {AGEM(m.age)}{vul}")
    if w.chance(0.5):
        cc = {"el_GR": "GR", "it_IT": "IT", "pl_PL": "PL", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES"}[host]
        out.append(f"Payment: bank transfer to IBAN {IBAN(ids.iban(w.r, cc))} (account holder {P(w, h, 'upper')})")
    else:
        out.append(f"Payment: prepaid card {CC(ids.credit_card(w.r, w.pick(['visa', 'mc'])))}, PIN sent by SMS")
    out.append(f"Registered by: {P(w, w.person(host, age=(22, 50)), 'full')}")
    return "\n".join(out)


def mg_lgbt(w):
    oc = w.pick(["ar_SY", "fa_IR", "yo_NG", "ur_PK", "so_SO", "ar_SD", "ku_IQ", "sw_KE", "es_CA", "ru_RU"])
    host = w.pick(["en_GB", "de_DE", "nl_NL", "sv_SE", "fr_FR", "en_IE"])
    c = w.person(oc, age=(19, 40))
    settle(w, c, host)
    ident = w.cyc(["sexo", "gid", "sexo"])
    if ident == "sexo":
        idtxt = f"identifies as {SEXO(w.pick(['gay', 'lesbian', 'bisexual']) if c.sex == 'f' else w.pick(['gay', 'bisexual', 'homosexual']))}"
    else:
        idtxt = f"is a {GID('trans woman' if c.sex == 'm' else 'trans man')}; uses the name {PER(w.pick(CULT[oc].f if c.sex == 'm' else CULT[oc].m)[0])}"
    partner = w.person(oc, age=(20, 45))
    vol = w.person(host, age=(22, 60))
    out = [
        "CONFIDENTIAL – LGBTQI+ asylum support group, case note",
        f"Volunteer: {P(w, vol, 'full')}",
        "",
        f"Member: {P(w, c, 'full')} ({AGEM(c.age)}), from {LOC(w.pick(c.c.towns)[0])}, {country_en(c)}",
        f"{GV(c)} {idtxt}.",
        f"History: {CRIM(w.pick(['arrested in 2019 under the anti-homosexuality law', 'detained for 3 weeks for indecency in 2021', 'charged with cross-dressing in 2018']))}; "
        f"family threatened an honour killing after {GV(c)} was outed.",
        f"Partner {P(w, partner, 'full')} remains in {LOC(w.pick(c.c.towns)[0])}; contact via {PH(w, partner, 'intl')} only.",
        f"Safe address (do not share with family members): {w.addr(c, 'line')}",
        f"Phone: {PHN(c.host_phone)}",
        f"Evidence for interview: letters from group, photos from pride event, chat history with {GV(partner)}.",
        f"Wellbeing: {MED(w.pick(['depression', 'anxiety', 'PTSD', 'self-harm history']))}; referred to LGBT-affirming counsellor.",
    ]
    return "\n".join(out)


def mg_dna(w):
    oc = w.pick(["ti_ER", "so_SO", "am_ET", "fa_AF", "ar_SY", "ar_SD"])
    host = w.pick(["en_GB", "de_DE", "nl_NL", "sv_SE", "en_IE"])
    sp = w.person(oc, sex="m", age=(28, 55))
    settle(w, sp, host)
    kids = [w.person(oc, age=w.r.randint(2, 17), family=sp.fam_idx) for _ in range(w.r.randint(1, 3))]
    mother = w.person(oc, sex="f", age=(sp.age - 10, sp.age))
    word, val = residence_permit(w, host)
    city = w.pick(["Addis Ababa", "Nairobi", "Khartoum", "Kampala", "Islamabad", "Beirut", "Amman", "Ankara"])
    out = [
        "DNA RELATIONSHIP TEST – RESULT LETTER (family reunification)",
        f"Lab ref: DNA-{w.r.randint(10000, 99999)}",
        "",
        f"Sponsor: {NAMEBOTH(w, sp)}, DOB {BD(w, sp)}, {word} {NID(val)}",
        f"Address: {w.addr(sp, 'line')}",
        f"Mother (applicant): {P(w, mother, 'full')}, DOB {BD(w, mother)}",
        f"Samples collected at the embassy in {LOC(city)} on {ND(w, w.date_between(30, 90))}",
        "",
        "Results:",
    ]
    for k in kids:
        res = w.pick(
            [
                "probability of paternity 99.998%",
                "paternity confirmed (CPI > 10,000)",
                "probability of paternity 99.9991%",
                "excluded as biological father (mismatch at 7 loci)",
            ]
        )
        out.append(f"  {P(w, k, 'full')} (DOB {BD(w, k)}, age {AGEM(k.age)}): {GEN(res)}")
    out += ["", f"Authorised by: {P(w, w.person(host, age=(35, 65)), 'full')}, reporting scientist"]
    return "\n".join(out)


MIGRANT_TEMPLATES = [
    mg_intake,
    mg_intake,
    mg_tracing,
    mg_tracing,
    mg_age_assessment,
    mg_interpreter,
    mg_checklist,
    mg_checklist,
    mg_housing,
    mg_medical,
    mg_us_legal,
    mg_transfer_email,
    mg_cash,
    mg_lgbt,
    mg_dna,
]


# ================================================================== 4. church_community_groups
WIFI = [
    "Psalm23!hall",
    "StJude-2024",
    "welcome4all",
    "Gr4ceNotes",
    "hallelujah99",
    "Pew-Coffee-7",
    "Noor2025!",
    "Shalom#18",
    "cross&crown1",
    "Langar@2024",
]
PARISH_L = {
    "en": dict(
        title="Weekly Newsletter",
        pray="Please pray for the sick of the parish, especially",
        dead="Recently deceased",
        aged="aged",
        bapt="This week we welcome into God's family through baptism",
        wifi="Hall Wi-Fi password",
        contact="Contact",
        priest="Fr",
        vol="Volunteers needed for the coffee rota – please speak to",
        lottery="Parish lottery winner",
        funeral="Funeral Mass on",
    ),
    "es": dict(
        title="Hoja parroquial",
        pray="Oramos por nuestros enfermos, especialmente por",
        dead="Difuntos de la semana",
        aged="de",
        bapt="Damos la bienvenida por el bautismo a",
        wifi="Contraseña wifi del salón",
        contact="Contacto",
        priest="P.",
        vol="Se necesitan voluntarios para Cáritas – hablad con",
        lottery="Ganador/a de la rifa",
        funeral="Funeral el",
    ),
    "pl": dict(
        title="Ogłoszenia parafialne",
        pray="Polecamy modlitwom chorych, szczególnie",
        dead="Odeszli do Pana",
        aged="lat",
        bapt="Sakrament chrztu przyjęli",
        wifi="Hasło do wifi w salce",
        contact="Kontakt",
        priest="ks.",
        vol="Potrzebni wolontariusze do kawiarenki – zgłoszenia u",
        lottery="Zwycięzca loterii",
        funeral="Pogrzeb",
    ),
    "it": dict(
        title="Avvisi della settimana",
        pray="Preghiamo per i nostri malati, in particolare",
        dead="Sono tornati alla casa del Padre",
        aged="di anni",
        bapt="Accogliamo con gioia nel battesimo",
        wifi="Password wifi oratorio",
        contact="Contatti",
        priest="don",
        vol="Cerchiamo volontari per la Caritas – rivolgersi a",
        lottery="Vincitore della lotteria",
        funeral="Funerale",
    ),
    "de": dict(
        title="Pfarrbrief",
        pray="Wir beten für unsere Kranken, besonders für",
        dead="Aus unserer Gemeinde verstarben",
        aged="im Alter von",
        bapt="Durch die Taufe wurden in unsere Gemeinde aufgenommen",
        wifi="WLAN-Passwort Pfarrheim",
        contact="Kontakt",
        priest="Pfarrer",
        vol="Helfer/innen fürs Kirchencafé gesucht – bitte melden bei",
        lottery="Gewinner/in der Tombola",
        funeral="Requiem am",
    ),
    "fr": dict(
        title="Feuille paroissiale",
        pray="Nous prions pour nos malades, en particulier",
        dead="Nous ont quittés",
        aged="à l'âge de",
        bapt="Ont reçu le baptême",
        wifi="Mot de passe wifi salle paroissiale",
        contact="Contact",
        priest="P.",
        vol="Bénévoles recherchés pour l'accueil – voir",
        lottery="Gagnant(e) de la tombola",
        funeral="Obsèques le",
    ),
}


CHURCH_BY_LANG = {
    "en": [
        "Holy Trinity Parish",
        "Sacred Heart Church",
        "Christ Church Fellowship",
        "Grace Community Church",
        "Emmanuel Baptist Church",
        "New Hope Pentecostal Assembly",
        "St Columba's Church of Scotland",
        "Quaker Meeting House",
    ],
    "es": ["Parroquia Nuestra Señora del Carmen", "Parroquia de San José Obrero", "Iglesia Evangélica Betel"],
    "pl": ["Parafia Najświętszego Serca", "Parafia Miłosierdzia Bożego", "Polska Misja Katolicka"],
    "it": ["Chiesa del Sacro Cuore", "Parrocchia di Santa Maria Assunta", "Oratorio San Giovanni Bosco"],
    "de": ["Pfarrei Heilig Kreuz", "Ev. Kirchengemeinde am Markt", "Pfarreiengemeinschaft St. Martin"],
    "fr": ["Église Notre-Dame", "Paroisse Saint-Joseph", "Temple protestant du Centre"],
    "nl": ["Protestantse Gemeente De Ark", "Parochie H. Geest", "Hervormde Gemeente"],
}
SICK_BY_LANG = {
    "en": ["recovering from surgery", "cancer treatment", "stroke", "dementia", "heart surgery", "hip fracture"],
    "es": ["recuperándose de una operación", "tratamiento de cáncer", "ictus", "alzhéimer"],
    "pl": ["po operacji", "chemioterapia", "udar", "demencja"],
    "it": ["dopo un intervento", "in chemioterapia", "ictus", "Alzheimer"],
    "de": ["nach einer Operation", "Krebsbehandlung", "Schlaganfall", "Demenz"],
    "fr": ["après une opération", "traitement contre le cancer", "AVC", "maladie d'Alzheimer"],
}


def ch_newsletter(w):
    cult = w.pick(["en_GB", "en_IE", "en_US", "en_AU", "es_ES", "es_MX", "pl_PL", "it_IT", "de_DE", "fr_FR", "tl_PH"])
    lg = {"tl": "en"}.get(CULT[cult].lang, CULT[cult].lang)
    L = PARISH_L[lg]
    dl = dlang(cult)
    church = w.pick(CHURCH_BY_LANG[lg])
    priest = resident(w, w.pick([cult, cult, "pl_PL", "yo_NG", "hi_IN", "tl_PH"]), cult, sex="m", age=(32, 75))
    out = [
        f"{church.upper()} – {L['title']}, {ND(w, w.date, dl)}",
        f"{L['priest']} {P(w, priest, w.pick(['full', 'given']))} · {PH(w, priest)} · {EM(priest)}",
        "",
    ]
    sick = [w.person(cult, age=(40, 95)) for _ in range(w.r.randint(2, 4))]
    parts = []
    for s_ in sick:
        if w.chance(0.3):
            parts.append(f"{P(w, s_, 'full')} ({MED(w.pick(SICK_BY_LANG[lg]))})")
        else:
            parts.append(P(w, s_, w.pick(["full", "full", "given"])))
    out.append(f"{L['pray']} " + ", ".join(parts) + ".")
    dead = [w.person(cult, age=(58, 101)) for _ in range(w.r.randint(1, 2))]
    if lg == "pl":
        out.append(
            f"{L['dead']}: " + "; ".join(f"śp. {P(w, d, 'full')} ({AGEM(d.age)} {L['aged']})" for d in dead) + "."
        )
    elif lg in ("it", "de", "fr"):
        out.append(f"{L['dead']}: " + "; ".join(f"{P(w, d, 'full')} ({L['aged']} {AGEM(d.age)})" for d in dead) + ".")
    else:
        out.append(f"{L['dead']}: " + "; ".join(f"{P(w, d, 'full')}, {L['aged']} {AGEM(d.age)}" for d in dead) + ".")
    out.append(f"{L['funeral']} {ND(w, w.date_between(-10, -2), dl)}.")
    babies = [w.person(cult, age=(0, 2)) for _ in range(w.r.randint(1, 3))]
    out.append(f"{L['bapt']}: " + ", ".join(P(w, b, "full") for b in babies) + ".")
    v = w.person(cult, age=(30, 80))
    out.append(f"{L['vol']} {P(w, v, 'full')} ({PH(w, v)}).")
    if w.chance(0.5):
        lw = w.person(cult, age=(25, 90))
        out.append(f"{L['lottery']}: {P(w, lw, 'full')}, {LOC(lw.town)}.")
    if cult == "tl_PH" or (w.chance(0.2) and lg == "en"):
        f = w.person("tl_PH", age=(30, 70))
        out.append(
            f"Filipino Chaplaincy: Simbang Gabi practice tuwing Huwebes. Contact {P(w, f, 'full')} sa {PH(w, f)}. Salamat po!"
        )
    if w.chance(0.6):
        out.append(f"{L['wifi']}: {CRED(w.pick(WIFI))}")
    return "\n".join(out)


def ch_pastoral(w):
    cult = w.pick(["en_GB", "en_GB", "en_IE", "en_US", "en_AU", "de_DE", "nl_NL", "en_CA"])
    lg = CULT[cult].lang
    hdr = {
        "en": ["Name", "Address", "Phone", "Situation", "Visitor", "Notes"],
        "de": ["Name", "Anschrift", "Telefon", "Situation", "Besuch durch", "Hinweise"],
        "nl": ["Naam", "Adres", "Telefoon", "Situatie", "Bezoeker", "Opmerkingen"],
    }[lg]
    rows = [hdr]
    visitors = [w.person(cult, age=(40, 78)) for _ in range(3)]
    sit = {
        "en": [
            "housebound – " + "{m}",
            "in hospital – {m}",
            "recently bereaved",
            "{m}",
            "carer for husband with {m}",
            "lonely, son abroad",
        ],
        "de": ["nicht mobil – {m}", "im Krankenhaus – {m}", "frisch verwitwet", "{m}"],
        "nl": ["aan huis gebonden – {m}", "in het ziekenhuis – {m}", "recent weduwe", "{m}"],
    }[lg]
    conds = {
        "en": [
            "dementia",
            "COPD",
            "Parkinson's disease",
            "terminal cancer",
            "stroke",
            "macular degeneration",
            "heart failure",
            "hip replacement",
            "depression",
            "MS",
        ],
        "de": ["Demenz", "COPD", "Parkinson", "Krebs im Endstadium", "Schlaganfall", "Herzinsuffizienz"],
        "nl": ["dementie", "COPD", "parkinson", "terminale kanker", "beroerte", "hartfalen"],
    }[lg]
    for _ in range(w.r.randint(4, 7)):
        p = w.person(cult, age=(60, 98))
        s_ = w.pick(sit)
        s_ = s_.replace("{m}", MED(w.pick(conds))) if "{m}" in s_ else s_
        note = (
            w.pick(
                [
                    "",
                    "",
                    f"key safe code {CRED(ids._digits(w.r, 4))}",
                    "prefers afternoon",
                    f"daughter {P(w, kin(w, p, age=(35, 65), sex='f'), 'given')} visits weekends",
                    "likes communion at home",
                    f"hearing aid – speak up",
                    f"{MED(w.pick(['diabetic', 'on oxygen', 'partially sighted']))}",
                ]
            )
            if lg == "en"
            else w.pick(
                [
                    "",
                    f"Schlüsselbox {CRED(ids._digits(w.r, 4))}"
                    if lg == "de"
                    else f"sleutelkluis {CRED(ids._digits(w.r, 4))}",
                    "",
                ]
            )
        )
        rows.append(
            [
                P(w, p, w.pick(["full", "full", "formal"])),
                w.addr(p, "line"),
                PH(w, p),
                s_,
                PER(w.pick(visitors).given),
                note,
            ]
        )
    title = {
        "en": "Pastoral care visiting list – CONFIDENTIAL",
        "de": "Besuchsdienstliste – VERTRAULICH",
        "nl": "Bezoeklijst pastoraat – VERTROUWELIJK",
    }[lg]
    return f"{w.pick(CHURCH_BY_LANG[lg])}\n{title}\n\n{table(rows, sep=' | ')}"


def ch_register(w):
    cult = w.pick(["en_GB", "en_GB", "en_US", "en_AU", "en_IE", "de_DE", "es_ES", "pl_PL", "nl_NL", "tl_PH"])
    youth = w.chance(0.45)
    lg = CULT[cult].lang if CULT[cult].lang in ("en", "de", "es", "pl", "nl") else "en"
    hdr = {
        "en": ["Child", "Age", "DOB", "Parent/carer", "Phone", "Medical/allergies", "Photo", "Collected by"],
        "de": ["Kind", "Alter", "Geb.", "Eltern", "Telefon", "Allergien", "Foto", "Abholung"],
        "es": ["Niño/a", "Edad", "F. nac.", "Padre/madre", "Teléfono", "Alergias", "Foto", "Recoge"],
        "pl": ["Dziecko", "Wiek", "Ur.", "Rodzic", "Telefon", "Alergie", "Zdjęcia", "Odbiera"],
        "nl": ["Kind", "Leeftijd", "Geb.", "Ouder", "Telefoon", "Allergieën", "Foto", "Ophalen"],
    }[lg]
    if youth:
        hdr = hdr[:3] + ["Instagram" if lg == "en" else "Insta", hdr[4], hdr[5]]
    rows = [hdr]
    for _ in range(w.r.randint(5, 9)):
        ch = resident(
            w,
            cult if w.chance(0.8) else w.pick(["yo_NG", "tl_PH", "pl_PL", "uk_UA", "hi_IN"]),
            cult,
            age=(12, 17) if youth else (4, 11),
        )
        par = localize(w, kin(w, ch, sex=w.pick("fmf")), cult)
        med = MED(w.pick(pools.CHILD_CONDITIONS)) if w.chance(0.3) else "-"
        if youth:
            rows.append(
                [
                    P(w, ch, "full"),
                    AGEM(ch.age),
                    BD(w, ch, dlang(cult)) if w.chance(0.6) else "",
                    USR(ch.user) if w.chance(0.7) else "",
                    PH(w, par if w.chance(0.5) else ch),
                    med,
                ]
            )
        else:
            coll = w.pick(
                [
                    P(w, par, "given"),
                    P(w, w.person(cult, age=(50, 80)), "full") + " (gran)",
                    "parent",
                    P(w, par, "given"),
                ]
            )
            rows.append(
                [
                    P(w, ch, w.pick(["full", "full", "given"])),
                    AGEM(ch.age),
                    BD(w, ch, dlang(cult)) if w.chance(0.5) else "",
                    P(w, par, "full"),
                    PH(w, par),
                    med,
                    yesno(w, lg),
                    coll,
                ]
            )
    leader = w.person(cult, age=(20, 65))
    title = (
        ("Youth Group register" if youth else "Sunday School register")
        if lg == "en"
        else {
            "de": "Kinderkirche – Anwesenheitsliste",
            "es": "Catequesis – lista",
            "pl": "Schola dziecięca – lista obecności",
            "nl": "Kindernevendienst – presentielijst",
        }[lg]
    )
    out = [
        f"{w.pick(CHURCH_BY_LANG.get(lg, CHURCH_BY_LANG['en']))} – {title} ({ND(w, w.date, dlang(cult))})",
        table(rows),
    ]
    if youth and w.chance(0.5):
        t = w.person(cult, age=(14, 17))
        out.append(
            f"\nNote: {P(w, t, 'given')} ({AGEM(t.age)}) is {GID(w.pick(['non-binary', 'a trans boy', 'a trans girl', 'genderfluid']))} and uses "
            f"{w.pick(['they/them', 'he/him', 'she/her'])} – please use the name {PER(w.pick(CULT[cult].m + CULT[cult].f)[0])} on the register."
        )
    out.append(f"\nLeader on duty: {P(w, leader, 'full')} ({PH(w, leader)})")
    return "\n".join(out)


def ch_rota(w):
    cult = w.pick(["en_GB", "en_US", "en_IE", "en_AU", "de_DE", "nl_NL", "fr_FR", "es_ES"])
    lg = CULT[cult].lang
    roles = {
        "en": ["Readers", "Welcome", "Coffee", "Flowers", "Counting", "Driver (Sun pick-ups)"],
        "de": ["Lektor/in", "Begrüßung", "Kirchencafé", "Blumen", "Kollekte zählen", "Fahrdienst"],
        "nl": ["Lector", "Welkom", "Koffie", "Bloemen", "Collecte tellen", "Vervoer"],
        "fr": ["Lecteurs", "Accueil", "Café", "Fleurs", "Quête", "Chauffeur"],
        "es": ["Lectores", "Acogida", "Café", "Flores", "Colecta", "Conductor"],
    }[lg]
    people = [w.person(cult, age=(22, 82)) for _ in range(w.r.randint(7, 11))]
    dates = sorted({w.date + dt.timedelta(days=7 * k) for k in range(4)})
    rows = [[""] + [ND(w, d, dlang(cult)) for d in dates]]
    for ro in roles:
        rows.append([ro] + [P(w, w.pick(people), w.pick(["full", "given", "initial"])) for _ in dates])
    out = [
        f"{w.pick(CHURCH_BY_LANG[lg])} – {'Volunteer rota' if lg == 'en' else {'de': 'Dienstplan', 'nl': 'Rooster', 'fr': 'Planning des services', 'es': 'Turnos'}[lg]}",
        "",
        table(rows),
        "",
        {"en": "Contacts:", "de": "Kontakte:", "nl": "Contacten:", "fr": "Contacts :", "es": "Contactos:"}[lg],
    ]
    for p in w.sample(people, min(len(people), w.r.randint(3, 6))):
        extra = f", car {PLATE(plate(w.r, p.cc, p.town))}" if w.chance(0.3) else ""
        out.append(f"  {P(w, p, 'full')} – {PH(w, p)}" + (f" – {EM(p)}" if w.chance(0.5) else "") + extra)
    if w.chance(0.4):
        out.append(f"Swaps: please arrange yourselves and tell {P(w, w.pick(people), 'given')}.")
    return "\n".join(out)


def ch_safeguarding(w):
    cult = w.pick(["en_GB", "en_GB", "en_IE", "en_AU", "en_US", "en_CA"])
    dl = dlang(cult)
    child = w.person(cult, age=(6, 17))
    par = kin(w, child, sex=w.pick("fm"))
    adult = w.person(cult, age=(25, 70), sex=w.pick("mmf"))
    dsl = w.person(cult, age=(30, 70))
    kind = w.pick(["adult", "disclosure", "online", "domestic"])
    out = [
        f"SAFEGUARDING INCIDENT RECORD – {w.pick(CHURCH_BY_LANG['en'])}",
        "Strictly confidential – Parish Safeguarding Officer only",
        f"Recorded by: {P(w, dsl, 'full')}   Date/time: {ND(w, w.date_between(0, 60), dl)} {w.r.randint(9, 21)}:{w.r.randint(0, 59):02d}",
        "",
        f"Child/young person: {P(w, child, 'full')}, {AG(w, child, words=False)} (DOB {BD(w, child, dl)})",
        f"Parent/carer: {P(w, par, 'full')} – {PH(w, par)}",
        "",
    ]
    if kind == "adult":
        out.append(
            f"Concern: volunteer {P(w, adult, 'full')} ({AGEM(adult.age)}) was seen giving {GV(child)} lifts home alone and "
            f"messaging on {w.pick(['Snapchat', 'WhatsApp', 'Instagram'])} ({USR(adult.user)}). {GV(child)} said {'he' if adult.sex == 'm' else 'she'} "
            f"'asked me not to tell mum'."
        )
        if w.chance(0.6):
            out.append(
                f"Background: DBS check shows {CRIM(w.pick(['a conviction for indecent exposure (2009)', 'a caution for harassment (2016)', 'an arrest for grooming offences in 2018 – no further action']))}; "
                f"this had not been shared with the parish."
            )
        out.append(f"Address held for volunteer: {w.addr(adult, 'line')}")
    elif kind == "disclosure":
        out.append(
            f"Concern: during youth club {GV(child)} told a leader that {w.pick(['stepdad', 'mum', 'uncle'])} "
            f"{P(w, adult, 'full')} hits {'him' if child.sex == 'm' else 'her'}; bruise seen on upper arm. "
            f"{GV(child)} also mentioned {MED(w.pick(['self-harming', 'panic attacks', 'not eating']))}."
        )
    elif kind == "online":
        out.append(
            f"Concern: {GV(child)} showed a leader messages from an unknown adult using the handle {USR(adult.user)} offering money for photos. "
            f"Screenshots kept; phone number used by the account: {PH(w, adult, 'intl')}."
        )
    else:
        out.append(
            f"Concern: {GV(par)} disclosed domestic abuse by partner {P(w, adult, 'full')} who has {CRIM(w.pick(['a conviction for assault occasioning actual bodily harm', 'a restraining order from 2021', 'previous convictions for violence']))}. "
            f"Family now staying with relatives at {w.addr(w.person(cult), 'line')}."
        )
    out += [
        "",
        "Action taken:",
        f"- Referred to children's services (MASH) {ND(w, w.date_between(0, 3), dl)}; police informed, officer {P(w, w.person(cult, age=(25, 55)), 'full')}.",
        f"- Diocesan safeguarding adviser {P(w, w.person(cult, age=(35, 65)), 'full')} ({PH(w, w.person(cult))}) consulted.",
        "- Volunteer stood down from all roles pending outcome."
        if kind == "adult"
        else "- Support plan for the young person agreed.",
    ]
    return "\n".join(out)


def ch_bereavement(w):
    cult = w.pick(["en_GB", "en_IE", "en_US", "en_AU", "de_DE", "pl_PL", "it_IT", "tl_PH", "yo_NG"])
    lg = CULT[cult].lang
    dl = dlang(cult)
    dec = w.person(cult, age=(45, 102))
    spouse = kin(w, dec, age=(max(40, dec.age - 8), dec.age + 3), sex="m" if dec.sex == "f" else "f")
    child = kin(w, dec, age=(max(20, dec.age - 40), max(21, dec.age - 20)))
    visitor = w.person(cult, age=(30, 80))
    hosp = w.pick(
        [
            "St James's University Hospital",
            "the Royal",
            "Klinikum Mitte",
            "Szpital Wojewódzki",
            "Ospedale Maggiore",
            "County General",
        ]
    )
    if lg == "de":
        out = [
            f"Trauer- und Krankenbesuche – Notizen ({w.pick(CHURCH_BY_LANG['de'])})",
            "",
            f"Verstorben: {P(w, dec, 'full')}, {AGEM(dec.age)} Jahre, am {ND(w, w.date_between(2, 20), dl)} im {hosp} ({LOC(dec.town)}).",
            f"Todesursache laut Familie: {MED(w.pick(['Lungenkrebs', 'Herzinfarkt', 'Demenz', 'Schlaganfall', 'COVID-19']))}.",
            f"Angehörige: {'Ehefrau' if spouse.sex == 'f' else 'Ehemann'} {P(w, spouse, 'full')}, {w.addr(spouse, 'line')}, Tel. {PH(w, spouse)}; "
            f"{'Tochter' if child.sex == 'f' else 'Sohn'} {P(w, child, 'full')} ({EM(child)}).",
            f"Trauergespräch: {P(w, visitor, 'full')}, Donnerstag 15 Uhr. Beerdigung auf dem Hauptfriedhof {LOC(dec.town)}.",
        ]
        return "\n".join(out)
    out = [
        f"Bereavement & hospital visits – pastoral notes ({w.pick(CHURCH_BY_LANG['en'])})",
        "",
        f"Deceased: {P(w, dec, 'full')} ({'aged ' if w.chance(0.6) else ''}{AGEM(dec.age)}), died {ND(w, w.date_between(2, 20), dl)} at {hosp}, {LOC(dec.town)}.",
        f"Cause (as shared by family): {MED(w.pick(['lung cancer', 'heart attack', 'dementia', 'stroke', 'COVID-19', 'motor neurone disease', 'sepsis']))}.",
        f"Next of kin: {'wife' if spouse.sex == 'f' else 'husband'} {P(w, spouse, 'full')}, {w.addr(spouse, 'line')}, {PH(w, spouse)}.",
        f"{'Daughter' if child.sex == 'f' else 'Son'}: {P(w, child, 'full')}, {PH(w, child)}, {EM(child)} – arranging the funeral.",
        f"Visit by {P(w, visitor, 'full')} on {ND(w, w.date_between(-5, 0), dl)}; {GV(spouse)} is {w.pick(['coping but very tired', 'struggling to sleep', 'worried about money'])}"
        + (
            f" and has {MED(w.pick(['early dementia', 'poor mobility after a fall', 'heart failure']))}."
            if w.chance(0.5)
            else "."
        ),
    ]
    if w.chance(0.5):
        p2 = w.person(cult, age=(30, 90))
        out.append(
            f"Also in hospital: {P(w, p2, 'full')} – ward {w.r.randint(1, 40)}, {MED(w.pick(['pneumonia', 'hip fracture', 'chemotherapy', 'kidney failure']))}; "
            f"would welcome communion."
        )
    if cult in ("tl_PH", "yo_NG", "pl_PL", "it_IT"):
        out.append(
            f"Family asks for {w.pick(['a novena', 'the rosary', 'a wake', 'Mass intentions'])} – contact {P(w, child, 'given')}."
        )
    return "\n".join(out)


ETH_MON = [
    "White British",
    "White Irish",
    "Gypsy or Irish Traveller",
    "Black British – Caribbean",
    "Black African",
    "Asian British – Pakistani",
    "Asian British – Bangladeshi",
    "Mixed White and Black Caribbean",
    "Roma",
    "Arab",
    "Kurdish",
    "Chinese",
    "Indian",
]


def ch_foodbank(w):
    us = w.chance(0.3)
    cult = "en_US" if us else w.pick(["en_GB", "en_GB", "en_IE"])
    cl = resident(
        w, cult if w.chance(0.7) else w.pick(["pl_PL", "ro_RO", "ar_SY", "yo_NG", "so_SO", "uk_UA"]), cult, age=(19, 58)
    )
    ref = w.person(cult, age=(25, 60))
    hh = [sibling(w, cl, w.r.randint(0, 17)) for _ in range(w.r.randint(0, 4))]
    reason = w.pick(
        ["benefit delay", "low income", "debt", "sickness", "benefit sanction", "homeless", "domestic abuse"]
    )
    if us:
        out = [
            f"{w.pick(['Grace Community Church', 'Emmanuel Baptist Church', 'New Hope Pentecostal Assembly'])} Food Pantry – Client intake",
            f"Name: {P(w, cl, 'full')}   DOB: {BD(w, cl, 'en_us')}",
            f"Address: {w.addr(cl, 'line')}",
            f"Phone: {PHN(getattr(cl, 'host_phone', cl.phone))}",
            f"Household: {len(hh) + 1} (" + ", ".join(f"{GV(h)} {AGEM(h.age)}" for h in hh) + ")"
            if hh
            else "Household: 1",
            f"SNAP/WIC: {w.pick(['SNAP pending', 'WIC', 'none'])}   Last 4 of SSN not required.",
            f"Dietary: {MED(w.pick(['diabetic', 'celiac', 'peanut allergy', 'renal diet']))}"
            if w.chance(0.5)
            else "Dietary: none",
            f"Race/ethnicity (optional, for grant reporting): {ETH(w.pick(['Hispanic/Latino', 'Black/African American', 'Native American', 'White', 'Asian']))}"
            if w.chance(0.6)
            else "",
            f"Volunteer: {P(w, ref, 'full')}",
        ]
        return "\n".join(x for x in out if x)
    out = [
        f"FOOD BANK REFERRAL VOUCHER – {w.pick(['Holy Trinity Parish', 'Christ Church Fellowship', 'Sacred Heart Church'])} food bank",
        f"Referring agency: {w.pick(['Citizens Advice', 'GP surgery', 'school family support', 'housing association', 'Jobcentre work coach'])} – "
        f"{P(w, ref, 'full')}, {EM(ref)}, {PH(w, ref)}",
        "",
        f"Client: {P(w, cl, w.pick(['full', 'formal']))}   DOB: {BD(w, cl)}",
        f"Address: {w.addr(cl, 'line')}" if reason != "homeless" else "Address: no fixed abode (c/o day centre)",
        f"Phone: {PHN(getattr(cl, 'host_phone', cl.phone))}",
        f"Adults: {1 if w.chance(0.6) else 2}   Children (ages): "
        + (", ".join(AGEM(h.age) for h in hh) if hh else "none"),
        f"Reason: {reason}"
        + (
            f" – {MED(w.pick(['long-term depression', 'cancer treatment', 'broken leg', 'MS']))}"
            if reason == "sickness"
            else ""
        ),
        f"Dietary/medical: {MED(w.pick(['diabetic', 'coeliac', 'nut allergy', 'lactose intolerant']))}"
        if w.chance(0.5)
        else "Dietary/medical: halal"
        if w.chance(0.5)
        else "Dietary/medical: none",
        f"Ethnic origin (monitoring, optional): {ETH(w.pick(ETH_MON))}"
        if w.chance(0.6)
        else "Ethnic origin (monitoring, optional): prefer not to say",
        f"Voucher no. {w.r.randint(10000, 99999)} – valid 2 weeks",
    ]
    return "\n".join(out)


def ch_mosque(w):
    cult = w.pick(["ar_SY", "ur_PK", "so_SO", "ar_SD", "fa_AF"])
    host = w.pick(["en_GB", "en_GB", "de_DE", "nl_NL", "sv_SE", "fr_FR"])
    imam = w.person(w.pick(["ar_SY", "ur_PK", "so_SO"]), sex="m", age=(30, 70))
    mosque = w.pick(["Al-Rahma Mosque", "Masjid an-Noor"])
    kind = w.pick(["news", "zakat"])
    if kind == "news":
        dec = w.person(cult, age=(50, 95))
        settle(w, dec, host)
        sick = w.person(cult, age=(30, 85))
        nikah = (w.person(cult, sex="m", age=(22, 35)), w.person(cult, sex="f", age=(20, 33)))
        boy = w.person(cult, sex="m", age=(9, 15))
        out = [
            f"{mosque} – Jumu'ah newsletter",
            f"Imam {P(w, imam, 'full')} · {PH(w, imam)}",
            "",
            f"Janazah: إنا لله وإنا إليه راجعون – brother/sister {NAMEBOTH(w, dec)} ({AGEM(dec.age)}) passed away. "
            f"Janazah after Dhuhr; burial at the cemetery in {LOC(dec.town)}. Condolences to the family at {ADR(dec.street)}.",
            f"Please make du'a for {P(w, sick, 'full')}, in hospital with {MED(w.pick(['kidney failure', 'cancer', 'a stroke', 'heart problems']))}.",
            f"Mabrook to {P(w, nikah[0], 'full')} and {P(w, nikah[1], 'full')} on their nikah.",
            f"Hifz: congratulations to {P(w, boy, 'full')}, {AGEM(boy.age)}, who completed the Qur'an.",
            f"Sisters' circle contact: {P(w, w.person(cult, sex='f', age=(25, 60)), 'given')} – {PH(w, settle(w, w.person(cult), host))}",
        ]
        if w.chance(0.5):
            out.append(f"Madrasah Wi-Fi: {CRED(w.pick(WIFI))}")
        return "\n".join(out)
    ap = w.person(cult, age=(22, 70))
    settle(w, ap, host)
    kids = [sibling(w, ap, w.r.randint(0, 17)) for _ in range(w.r.randint(1, 5))]
    cc = {"en_GB": "GB", "de_DE": "DE", "nl_NL": "NL", "sv_SE": "SE", "fr_FR": "FR"}[host]
    out = [
        f"{mosque} – Zakat / Sadaqah assistance application (confidential)",
        "",
        f"Applicant: {NAMEBOTH(w, ap)}",
        f"Date of birth: {BD(w, ap)}",
        f"Address: {w.addr(ap, 'line')}",
        f"Phone: {PHN(ap.host_phone)}",
        f"Dependants: " + ", ".join(f"{GV(k)} ({AGEM(k.age)})" for k in kids),
        f"Circumstances: {w.pick([('husband' if ap.sex == 'f' else 'wife') + ' passed away', 'lost job', 'waiting for asylum decision', 'medical costs', 'rent arrears'])}"
        + (
            f"; {MED(w.pick(['diabetes', 'cancer', 'disabled son (cerebral palsy)', 'depression']))}"
            if w.chance(0.5)
            else ""
        ),
        f"Payment to: {IBAN(ids.iban(w.r, cc))} (account holder {P(w, ap, 'upper')})",
        f"Verified by: {P(w, imam, 'full')} / committee member {P(w, w.person(cult, age=(30, 70)), 'full')}",
    ]
    return "\n".join(out)


SYN_EN = [
    "Rebecca Levy",
    "Daniel Abramson",
    "Sarah Goldstein",
    "Benjamin Marks",
    "Naomi Shapiro",
    "Jonathan Klein",
    "Hannah Rosen",
    "Joshua Feldman",
    "Leah Cohen",
    "Samuel Davidson",
    "Miriam Green",
    "Adam Berg",
]
SYN_DIST = ["Golders Green", "Stamford Hill", "Edgware", "Prestwich", "Whitefield", "Sarcelles", "Alwoodley"]
PRAYER_NAMES = [
    "Chaim Yosef ben Rivka",
    "Sarah bat Leah",
    "Moshe ben Miriam",
    "Devorah bat Esther",
    "Yaakov ben Chana",
    "Rachel bat Shoshana",
    "Avraham ben Sarah",
    "Malka bat Tova",
]


def ch_synagogue(w):
    out = [f"Beth Shalom Synagogue – Shabbat newsletter, {ND(w, w.date_between(0, 300))}", ""]
    rabbi = w.pick(SYN_EN)
    out.append(
        f"Rabbi {PER(rabbi)} · {PHN(w.phone(w.person('en_GB')))} · {EML(rabbi.split()[0].lower() + '.' + rabbi.split()[1].lower() + '@' + w.pick(['gmail.com', 'btinternet.com']))}"
    )
    bm = w.person("he_IL", age=w.pick([12, 13]), sex=w.pick("mf"))
    par1 = w.pick(SYN_EN)
    out.append(
        f"Mazal tov to {PER(bm.given + ' ' + par1.split()[1])}, who turned {AGEM(bm.age)} this month, on {'his bar' if bm.sex == 'm' else 'her bat'} "
        f"mitzvah this Shabbat, and to proud parents {PER(par1)} and {PER(w.pick([n for n in SYN_EN if n.split()[0] != par1.split()[0]]).split()[0])}."
    )
    out.append(
        "Refuah shlemah – please include in your prayers: "
        + ", ".join(PER(n) for n in w.sample(PRAYER_NAMES, w.r.randint(2, 4)))
        + "."
    )
    d = w.person("he_IL", age=(60, 99))
    out.append(
        f"We wish long life to the family of {PER(w.pick(SYN_EN))}, who passed away aged {AGEM(d.age)}. "
        f"Shiva at the family home, {ADR(w.pick(['14 Hodford Road', '3 Bury Old Road', '22 Ashbourne Avenue', '7 Allée des Cerisiers']))}, "
        f"{LOC(w.pick(SYN_DIST))}, until Thursday."
    )
    isr = w.person("he_IL", age=(20, 70))
    out.append(
        f"Visitors from {LOC(isr.town)}: {P(w, isr, 'full')} ({P(w, isr, native=True)}) will speak after Kiddush."
    )
    if w.chance(0.5):
        out.append(f"Yahrzeits this week: {PER(w.pick(SYN_EN))}, {PER(w.pick(SYN_EN))}.")
    if w.chance(0.4):
        out.append(
            f"Security rota: please text {PER(w.pick(SYN_EN).split()[0])} on {PHN(w.phone(w.person('en_GB')))}; gate code {CRED(ids._digits(w.r, 4))}#"
        )
    return "\n".join(out)


SIKH = [
    "Harpreet Kaur",
    "Gurpreet Singh",
    "Manjit Kaur",
    "Jaswinder Singh",
    "Simran Kaur",
    "Amarjit Singh",
    "Navdeep Kaur",
    "Harjinder Singh Sandhu",
    "Balwinder Kaur Gill",
    "Kuldeep Singh Dhillon",
    "Rajwinder Kaur Grewal",
    "Sukhdev Singh Bains",
]


def ch_temple(w):
    gur = w.chance(0.5)
    host = w.pick(["en_GB", "en_CA", "en_AU", "en_US"])
    dl = dlang(host)
    rows = [["Date", "Seva", "Volunteer", "Mobile"]]
    for _ in range(w.r.randint(5, 8)):
        if gur:
            nm = PER(w.pick(SIKH))
            ph = PHN(w.phone(w.person(host)))
        else:
            p = w.person(w.pick(["hi_IN", "ta_LK", "hi_IN"]), age=(20, 75))
            settle(w, p, host)
            nm = P(w, p, "full") if w.chance(0.7) else P(w, p, native=True)
            ph = PHN(p.host_phone)
        rows.append(
            [
                w.date + dt.timedelta(days=w.r.randint(0, 30)),
                w.pick(
                    ["kitchen", "cleaning", "shoe room", "parking", "prasad", "flowers"]
                    if not gur
                    else ["langar – roti", "langar – dal", "dishwashing", "parking", "Gurbani class"]
                ),
                nm,
                ph,
            ]
        )
    rows = [rows[0]] + [[ND(w, x[0], dl)] + x[1:] for x in sorted(rows[1:], key=lambda x: x[0])]
    name = "Gurdwara Sahib" if gur else w.pick(["Shree Hindu Mandir", "Sri Murugan Temple community hall"])
    out = [f"{name} – Seva rota ({w.pick(['Vaisakhi', 'Diwali', 'Navratri', 'monthly'])})", "", table(rows)]
    pres = w.pick(SIKH) if gur else None
    if gur:
        out.append(
            f"\nCommittee secretary: {PER(pres)} – {EML(pres.split()[0].lower() + pres.split()[1].lower()[0] + str(w.r.randint(10, 99)) + '@gmail.com')}"
        )
        out.append(
            f"Bhai Sahib visiting from {LOC(w.pick(['Amritsar', 'Ludhiana', 'Jalandhar', 'Patiala']))} – accommodation with {PER(w.pick(SIKH))} at {ADR(w.person(host).street)}."
        )
    else:
        p = w.person("hi_IN", age=(40, 80), sex="m")
        settle(w, p, host)
        out.append(f"\nPuja bookings: Pandit {P(w, p, 'full')} ({P(w, p, native=True)}) – {PHN(p.host_phone)}")
        if w.chance(0.5):
            out.append(
                f"Get well soon {P(w, w.person('ta_LK', age=(50, 85)), 'full')}, recovering from {MED(w.pick(['bypass surgery', 'a stroke', 'knee replacement']))}."
            )
    return "\n".join(out)


def ch_giving(w):
    kind = w.cyc(["ach", "giftaid", "standing", "ach"])
    if kind == "ach":
        p = w.person("en_US", age=(25, 85))
        out = [
            f"{w.pick(['Grace Community Church', 'Emmanuel Baptist Church', 'New Hope Pentecostal Assembly', 'Holy Trinity Parish'])} – Electronic Giving Authorization",
            f"Name(s): {P(w, p, 'full')}"
            + (
                f" and {P(w, kin(w, p, age=(p.age - 5, p.age + 5), sex='m' if p.sex == 'f' else 'f'), 'given')}"
                if w.chance(0.5)
                else ""
            ),
            f"Address: {w.addr(p)}",
            f"Phone: {PH(w, p)}   Email: {EM(p)}",
            f"Routing #: {ABA(ids.aba_routing(w.r))}   Account #: {BANK(ids.us_bank_account(w.r))}   ({w.pick(['checking', 'savings'])})",
            f"Amount: ${w.r.randint(10, 500)} {w.pick(['weekly', 'monthly', 'twice monthly'])} – tithe / building fund",
            f"Signature: {PER(w.full(p))}   Date: {ND(w, w.date_between(0, 40), 'en_us')}",
        ]
        return "\n".join(out)
    cult = (
        w.pick(["en_GB", "en_GB", "en_IE"])
        if kind == "giftaid"
        else w.pick(["de_DE", "nl_NL", "en_GB", "fr_FR", "it_IT"])
    )
    p = w.person(cult, age=(25, 90))
    if kind == "giftaid":
        out = [
            f"{w.pick(pools.CHURCHES)} – Gift Aid Declaration",
            "",
            f"Title: {w.pick(['Mr', 'Mrs', 'Ms', 'Dr', 'Rev'])}   First name: {GV(p)}   Surname: {FM(w, p)}",
            f"Home address: {ADR(p.street)}",
            f"Town: {LOC(p.town)}   Postcode: {p.postcode or ''}",
            "I want to Gift Aid my donation and any donations I make in the future or have made in the past 4 years.",
            f"Envelope no. {w.r.randint(1, 300)}   Date: {ND(w, w.date_between(0, 400))}",
            f"Email (for receipts): {EM(p)}" if w.chance(0.6) else "",
        ]
        return "\n".join(x for x in out if x)
    cc = {"de_DE": "DE", "nl_NL": "NL", "en_GB": "GB", "fr_FR": "FR", "it_IT": "IT"}[cult]
    lg = CULT[cult].lang
    L = {
        "de": ("Dauerauftrag / SEPA-Mandat Kirchgeld", "Name", "Anschrift", "Betrag monatlich"),
        "nl": ("Machtiging periodieke gift", "Naam", "Adres", "Bedrag per maand"),
        "en": ("Standing order for regular giving", "Name", "Address", "Monthly amount"),
        "fr": ("Don régulier – mandat de prélèvement", "Nom", "Adresse", "Montant mensuel"),
        "it": ("Offerta periodica – mandato SEPA", "Nome", "Indirizzo", "Importo mensile"),
    }[lg]
    out = [
        f"{w.pick(pools.CHURCHES)} – {L[0]}",
        f"{L[1]}: {P(w, p, 'full')}",
        f"{L[2]}: {w.addr(p, 'line')}",
        f"IBAN: {IBAN(ids.iban(w.r, cc))}",
        f"{L[3]}: {w.r.randint(5, 100)},00 €" if lg != "en" else f"{L[3]}: £{w.r.randint(5, 100)}.00",
        f"E-mail: {EM(p)}",
        f"{P(w, p, 'full')}, {ND(w, w.date_between(0, 60), dlang(cult))}",
    ]
    return "\n".join(out)


def _group_msgs(w, lg, mem, town):
    a, b, c = mem[0], mem[1], mem[2]
    if lg == "tl":
        return [
            f"Good morning mga sis! Choir practice mamaya 7pm sa hall 🙏",
            f"Sino po may extra na rosary? Para kay {GV(c)}",
            f"Ate {GV(a)}, pakisend naman ng number ni Father, salamat po",
            f"Please pray for my nanay in {LOC(w.pick(CULT['tl_PH'].towns)[0])}, na-ospital dahil sa {MED(w.pick(['pneumonia', 'stroke', 'dengue', 'diabetes complications']))}",
            f"Pwede ako mag-drive, pick up ko kayo sa {ADR(b.street)}",
            f"My new number po: {PH(w, a, 'nat')}",
            f"Happy birthday {GV(b)}! {AGEM(b.age)} na pero mukhang 25 pa rin 😂",
            "Salamat sa lahat ng tumulong sa fiesta!",
            f"Potluck sa Sunday – ako na sa pancit 🍜",
            f"{GV(c)} is in hospital, {MED(w.pick(['gallstones', 'heart attack', 'broken hip']))}. Visiting hours 2-4",
        ]
    if lg == "uk":
        return [
            f"Доброго ранку! Нагадую: у неділю після літургії – збори громади",
            f"{GV(a)}, можеш завтра забрати дітей о 15:00?",
            f"Молімося за {GV(c)} – {MED(w.pick(['операція на серці', 'інсульт', 'онкологія']))}",
            f"Мій новий номер: {PH(w, a, 'nat')}",
            f"Хто може підвезти бабусю з {ADR(b.street)}?",
            f"Вітаємо {GV(b)} з {AGEM(b.age)}-річчям! 🎉",
            "Дякую всім за допомогу з ярмарком!",
            f"Гуманітарка з {LOC(w.pick(CULT['uk_UA'].towns)[0])} приїде в четвер",
        ]
    if lg == "es":
        return [
            f"Buenos días hermanas, ensayo del coro hoy a las 7",
            f"{GV(a)}, ¿me pasas el número del padre?",
            f"Oremos por {GV(c)}, la operaron de {MED(w.pick(['cáncer de mama', 'la cadera', 'la vesícula']))}",
            f"Mi número nuevo: {PH(w, a, 'nat')}",
            f"Puedo llevar a quien necesite, salgo de {ADR(b.street)}",
            f"¡Feliz cumpleaños {GV(b)}! {AGEM(b.age)} añitos 🎂",
            "Gracias a todas por la venta de tamales",
        ]
    return [
        f"Morning all, choir practice moved to Thursday 7pm",
        f"{GV(a)} can you send me Father's number please",
        f"Please keep {GV(c)} in your prayers, {MED(w.pick(['chemo starts Monday', 'recovering from a stroke', 'dementia is getting worse']))}",
        f"My new number: {PH(w, a, 'nat')}",
        f"I can drive anyone who needs a lift, leaving from {ADR(b.street)} at 10",
        f"Happy birthday {GV(b)}! {AGEM(b.age)} today 🎉",
        "Thanks everyone for the bake sale!",
        f"Lost: blue umbrella in the hall. {GV(c)} has it?",
        f"Meeting at {LOC(town)} community centre instead this week",
    ]


def ch_group_chat(w):
    cult = w.pick(["tl_PH", "uk_UA", "es_MX", "en_GB", "en_US", "en_IE"])
    host = {
        "tl_PH": w.pick(["en_GB", "en_US", "it_IT"]),
        "uk_UA": w.pick(["pl_PL", "de_DE", "en_GB"]),
        "es_MX": "en_US",
    }.get(cult, cult)
    lg = {"tl_PH": "tl", "uk_UA": "uk", "es_MX": "es"}.get(cult, "en")
    mem = [resident(w, cult, host, sex="f" if w.chance(0.75) else "m", age=(28, 78)) for _ in range(4)]
    town = w.pick(CULT[host].towns)[0]
    pool_ = _group_msgs(w, lg, mem, town)
    msgs = w.sample(pool_, min(len(pool_), w.r.randint(6, 9)))
    d = w.date_between(0, 200)
    h = w.r.randint(6, 20)
    mm = w.r.randint(0, 40)
    out = [f"{w.pick(['Choir', 'Ladies Group', 'Legion of Mary', 'Church Family', 'Prayer Group'])} 🙏 – chat export"]
    for msg in msgs:
        mm += w.r.randint(1, 12)
        h, mm = h + mm // 60, mm % 60
        sp = w.pick(mem)
        who = P(w, sp, w.pick(["full", "given", "given"])) if w.chance(0.85) else PHN(sp.phone_nat)
        out.append(f"[{d.day:02d}/{d.month:02d}/{d.year} {h % 24:02d}:{mm:02d}] {who}: {msg}")
    return "\n".join(out)


CHURCH_TEMPLATES = [
    ch_newsletter,
    ch_newsletter,
    ch_newsletter,
    ch_pastoral,
    ch_register,
    ch_register,
    ch_rota,
    ch_safeguarding,
    ch_bereavement,
    ch_foodbank,
    ch_foodbank,
    ch_mosque,
    ch_synagogue,
    ch_temple,
    ch_giving,
    ch_group_chat,
    ch_group_chat,
]


# ================================================================== 5. telehealth_pharmacy
TELE_CULTS = [
    "en_GB",
    "en_GB",
    "en_US",
    "en_AU",
    "en_CA",
    "en_IE",
    "de_DE",
    "de_CH",
    "fr_FR",
    "nl_NL",
    "it_IT",
    "es_ES",
]
DX3 = [
    ("acute sinusitis", "amoxicillin 500 mg", "a blocked nose and pain in my cheeks", '["facial pain", "congestion"]'),
    ("urinary tract infection", "nitrofurantoin 100 mg", "burning when I pee", '["dysuria", "frequency"]'),
    (
        "migraine",
        "sumatriptan 50 mg",
        "a pounding headache with flashing lights",
        '["headache", "nausea", "photophobia"]',
    ),
    ("eczema flare", "hydrocortisone 1% cream", "an itchy rash on my arms", '["rash", "itch"]'),
    ("type 2 diabetes", "metformin 500 mg", "constant thirst and tiredness", '["polydipsia", "fatigue"]'),
    ("depression", "sertraline 50 mg", "a low mood for weeks", '["low mood", "insomnia"]'),
    ("asthma", "Seretide inhaler", "a tight chest at night", '["chest tightness", "wheeze"]'),
    ("gastro-oesophageal reflux", "omeprazole 20 mg", "heartburn after every meal", '["heartburn", "regurgitation"]'),
    ("conjunctivitis", "chloramphenicol eye drops", "a red sticky eye", '["red eye", "discharge"]'),
    ("gout", "colchicine 500 micrograms", "a hot swollen big toe", '["joint pain", "swelling"]'),
    ("anxiety disorder", "propranolol 10 mg", "panic and a racing heart", '["palpitations", "worry"]'),
    ("insomnia", "zopiclone 3.75 mg", "hardly any sleep for a month", '["insomnia"]'),
    ("hay fever", "fexofenadine 180 mg", "sneezing and itchy eyes", '["sneezing", "itchy eyes"]'),
    ("shingles", "aciclovir 800 mg", "a painful blistering rash on one side", '["rash", "pain"]'),
    ("COVID-19", "nirmatrelvir/ritonavir", "fever and a cough", '["fever", "cough", "fatigue"]'),
]
DX = [(a, b) for a, b, _, _ in DX3]
HEALTH_ID = {
    "en_GB": [("NHS number", lambda w, p: ids.nhs_number(w.r))],
    "en_IE": [("PPSN", lambda w, p: ids.ie_pps(w.r))],
    "en_US": [("Medicare MBI", lambda w, p: ids.us_mbi(w.r))],
    "en_AU": [("Medicare card", lambda w, p: ids.au_medicare(w.r)), ("IHI", lambda w, p: ids.au_ihi(w.r))],
    "en_CA": [("OHIP health card", lambda w, p: ids.ca_ohip(w.r))],
    "de_DE": [("Krankenversichertennummer", lambda w, p: ids.de_kvnr(w.r))],
    "de_CH": [("AHV-Nummer", lambda w, p: ids.ch_ahv(w.r))],
    "fr_FR": [("n° de sécurité sociale (carte Vitale)", lambda w, p: ids.fr_nir(w.r, p.sex, p.dob))],
    "nl_NL": [("BSN", lambda w, p: ids.nl_bsn(w.r))],
    "it_IT": [
        (
            "codice fiscale / tessera sanitaria",
            lambda w, p: ids.it_codice_fiscale(p.fam, p.given, p.sex, p.dob, p.c.d["belfiore"].get(p.town, "H501")),
        )
    ],
    "es_ES": [("DNI", lambda w, p: ids.es_dni(w.r))],
}


def health_id(w, p):
    word, fn = w.pick(HEALTH_ID[getattr(p, "host", p.cult)])
    return word, fn(w, p)


def pharm(w, cult):
    return w.pick(pools.PHARM_BY_LANG.get(CULT[cult].lang, pools.PHARMACIES))


class Timer:
    def __init__(self, w):
        self.w, self.t = w, 0

    def __call__(self):
        self.t += self.w.r.randint(3, 40)
        return f"{self.t // 3600:02d}:{self.t // 60 % 60:02d}:{self.t % 60:02d}"


def th_consult(w):
    cult = w.pick(["en_GB", "en_GB", "en_US", "en_AU", "en_IE", "en_CA", "de_DE", "fr_FR"])
    lg = CULT[cult].lang
    dl = dlang(cult)
    p = resident(w, cult if w.chance(0.8) else w.pick(["pl_PL", "yo_NG", "hi_IN", "ro_RO"]), cult, age=(18, 85))
    doc = w.person(cult, age=(30, 65))
    dx, med, sym, _ = w.pick(DX3)
    hx = w.pick([c for c in pools.CONDITIONS if c != dx])
    T = Timer(w)
    if lg == "de":
        out = [
            f"{pharm(w, cult)} – Videosprechstunde, Transkript",
            f"Ärztin/Arzt: Dr. {P(w, doc, 'full')}",
            "",
            f"[{T()}] Dr. {FM(w, doc)}: Guten Tag, nennen Sie mir bitte Ihren Namen und Ihr Geburtsdatum.",
            f"[{T()}] Patient/in: {P(w, p, 'full')}, geboren am {BD(w, p, 'de')}.",
            f"[{T()}] Dr. {FM(w, doc)}: Und wo befinden Sie sich gerade?",
            f"[{T()}] Patient/in: Zu Hause, {w.addr(p, 'line')}.",
            f"[{T()}] Dr. {FM(w, doc)}: Was führt Sie zu mir?",
            f"[{T()}] Patient/in: Ich habe seit ein paar Tagen Beschwerden… Vorerkrankung: {MED(hx)}.",
            f"[{T()}] Dr. {FM(w, doc)}: Das klingt nach {MED(dx)}. Ich stelle Ihnen ein E-Rezept über {MED(med)} aus.",
            f"[{T()}] Dr. {FM(w, doc)}: Unter welcher Nummer erreiche ich Sie für Rückfragen?",
            f"[{T()}] Patient/in: {PH(w, p)}.",
        ]
        return "\n".join(out)
    if lg == "fr":
        out = [
            f"{pharm(w, cult)} – Téléconsultation, transcription",
            f"Médecin : Dr {P(w, doc, 'full')}",
            "",
            f"[{T()}] Dr {FM(w, doc)} : Bonjour, pouvez-vous me confirmer vos nom, prénom et date de naissance ?",
            f"[{T()}] Patient(e) : {P(w, p, 'full')}, né(e) le {BD(w, p, 'fr')}.",
            f"[{T()}] Dr {FM(w, doc)} : Votre adresse actuelle ?",
            f"[{T()}] Patient(e) : {w.addr(p, 'line')}.",
            f"[{T()}] Patient(e) : J'ai des symptômes depuis trois jours. J'ai déjà un(e) {MED(hx)}.",
            f"[{T()}] Dr {FM(w, doc)} : Il s'agit probablement d'un(e) {MED(dx)}. Je vous prescris {MED(med)}.",
            f"[{T()}] Dr {FM(w, doc)} : Votre numéro de portable pour l'ordonnance ?",
            f"[{T()}] Patient(e) : {PH(w, p)}.",
        ]
        return "\n".join(out)
    out = [
        f"{pharm(w, cult)} – video consultation transcript (auto-generated, clinician-reviewed)",
        f"Clinician: Dr {P(w, doc, 'full')}   Session date: {ND(w, w.date, dl)}",
        "",
        f"[{T()}] Dr {FM(w, doc)}: Hi, can you confirm your full name and date of birth for me?",
        f"[{T()}] Patient: Yeah, it's {P(w, p, 'full')}, {BD(w, p, dl)}.",
        f"[{T()}] Dr {FM(w, doc)}: Thanks. And where are you right now, in case we get cut off?",
        f"[{T()}] Patient: At home – {w.addr(p, 'line')}.",
        f"[{T()}] Dr {FM(w, doc)}: What's brought you in today?",
        f"[{T()}] Patient: I've had {sym}.",
        f"[{T()}] Dr {FM(w, doc)}: Any medical conditions or regular medicines?",
        f"[{T()}] Patient: I've got {MED(hx)}"
        + (f" and I take {MED(w.pick(pools.MEDS))}." if w.chance(0.6) else ", nothing else."),
        f"[{T()}] Dr {FM(w, doc)}: Okay. From what you describe this looks like {MED(dx)}. I'll send {MED(med)} to your nominated pharmacy.",
        f"[{T()}] Dr {FM(w, doc)}: What's the best number if the pharmacy needs you?",
        f"[{T()}] Patient: {PH(w, p) if w.chance(0.7) else PHN(w.spoken_phone(p))}.",
    ]
    if w.chance(0.3):
        out.append(
            f"[{T()}] Patient: Oh and my {w.pick(['wife', 'husband', 'partner', 'mum'])} {P(w, kin(w, p, age=(20, 80)), 'given')} might collect it."
        )
    return "\n".join(out)


def th_repeat(w):
    cult = w.pick(TELE_CULTS)
    lg = CULT[cult].lang
    dl = dlang(cult)
    p = w.person(cult, age=(18, 92))
    word, hid = health_id(w, p)
    meds = w.sample(pools.MEDS, w.r.randint(1, 4))
    doc = w.person(cult, age=(30, 65))
    L = {
        "en": (
            "Repeat prescription request",
            "Patient",
            "Date of birth",
            "Address",
            "Items requested",
            "Nominated pharmacy",
            "Notes from patient",
            "GP",
        ),
        "de": (
            "Folgerezept-Anfrage (E-Rezept)",
            "Patient/in",
            "Geburtsdatum",
            "Anschrift",
            "Angefragte Medikamente",
            "Wunschapotheke",
            "Nachricht",
            "Hausarzt/-ärztin",
        ),
        "fr": (
            "Demande de renouvellement d'ordonnance",
            "Patient(e)",
            "Date de naissance",
            "Adresse",
            "Médicaments",
            "Pharmacie",
            "Message",
            "Médecin traitant",
        ),
        "nl": (
            "Herhaalrecept aanvraag",
            "Patiënt",
            "Geboortedatum",
            "Adres",
            "Medicatie",
            "Apotheek",
            "Opmerking",
            "Huisarts",
        ),
        "it": (
            "Richiesta ricetta ripetibile",
            "Paziente",
            "Data di nascita",
            "Indirizzo",
            "Farmaci",
            "Farmacia",
            "Note",
            "Medico di base",
        ),
        "es": (
            "Solicitud de receta de continuación",
            "Paciente",
            "Fecha de nacimiento",
            "Domicilio",
            "Medicamentos",
            "Farmacia",
            "Observaciones",
            "Médico de cabecera",
        ),
    }[lg if lg in ("en", "de", "fr", "nl", "it", "es") else "en"]
    out = [
        f"{pharm(w, cult)} – {L[0]}",
        f"{L[1]}: {P(w, p, w.pick(['full', 'formal', 'upper']))}",
        f"{L[2]}: {BD(w, p, dl)}",
        f"{word}: {NID(hid) if cult != 'en_US' else NID(hid)}",
        f"{L[3]}: {w.addr(p, 'line')}",
        f"{L[4]}:",
    ]
    for m in meds:
        out.append(f"  - {MED(m)} – {w.pick(['28 days', '56 tablets', '1 inhaler', '3 months', 'as before'])}")
    notes = {
        "en": [
            f"Please can I have it before {ND(w, w.date_between(-6, -2), dl)}, going to {LOC(w.pick(['Malaga', 'Lanzarote', 'Kraków', 'Dublin']))}.",
            f"My {w.pick(['blood pressure', 'sugar'])} readings have been high, should I increase?",
            "",
            f"Collect by my daughter {P(w, kin(w, p, age=(20, 60), sex='f'), 'given')}.",
        ],
        "de": [
            "Bitte bis Freitag, danke!",
            f"Mein Mann {P(w, kin(w, p, age=(30, 90), sex='m'), 'given')} holt es ab.",
            "",
        ],
        "fr": ["Merci de l'envoyer à la pharmacie habituelle.", ""],
        "nl": ["Graag voor vrijdag.", ""],
        "it": ["Grazie mille.", ""],
        "es": ["Gracias.", ""],
    }.get(lg if lg in ("en", "de", "fr", "nl", "it", "es") else "en")
    n = w.pick(notes)
    if n:
        out.append(f"{L[6]}: {n}")
    out.append(f"{L[7]}: Dr {P(w, doc, 'full')}")
    if w.chance(0.5):
        out.append(f"Portal login: {US(p)} · {EM(p)}")
    return "\n".join(out)


def th_delivery(w):
    cult = w.pick(["en_GB", "en_GB", "en_US", "en_AU", "de_DE", "nl_NL", "fr_FR", "en_IE", "es_ES", "it_IT"])
    dl = dlang(cult)
    p = resident(w, cult if w.chance(0.8) else w.pick(["pl_PL", "ur_PK", "yo_NG"]), cult, age=(25, 95))
    drv = w.person(cult, age=(20, 60))
    items = w.sample(pools.MEDS, w.r.randint(1, 3))
    cd = w.chance(0.3)
    lg = CULT[cult].lang if CULT[cult].lang in ("en", "de", "nl", "fr", "es", "it") else "en"
    L = {
        "en": (
            "Delivery note",
            "Route",
            "driver",
            "van",
            "Deliver to",
            "Address",
            "Tel",
            "Drop pin",
            "Items",
            "Instructions",
            "Signed",
            "Time",
        ),
        "de": (
            "Lieferschein",
            "Tour",
            "Fahrer/in",
            "Fahrzeug",
            "Empfänger/in",
            "Adresse",
            "Tel.",
            "Standort",
            "Artikel",
            "Hinweise",
            "Unterschrift",
            "Uhrzeit",
        ),
        "nl": (
            "Bezorgbon",
            "Route",
            "bezorger",
            "bus",
            "Ontvanger",
            "Adres",
            "Tel",
            "Locatie",
            "Artikelen",
            "Instructies",
            "Getekend",
            "Tijd",
        ),
        "fr": (
            "Bon de livraison",
            "Tournée",
            "livreur",
            "véhicule",
            "Destinataire",
            "Adresse",
            "Tél",
            "Position",
            "Articles",
            "Consignes",
            "Signature",
            "Heure",
        ),
        "es": (
            "Albarán de entrega",
            "Ruta",
            "repartidor",
            "furgoneta",
            "Destinatario",
            "Dirección",
            "Tel",
            "Ubicación",
            "Artículos",
            "Instrucciones",
            "Firma",
            "Hora",
        ),
        "it": (
            "Bolla di consegna",
            "Giro",
            "autista",
            "furgone",
            "Destinatario",
            "Indirizzo",
            "Tel",
            "Posizione",
            "Articoli",
            "Istruzioni",
            "Firma",
            "Ora",
        ),
    }[lg]
    out = [
        f"{pharm(w, cult)} – {L[0]} #{w.r.randint(100000, 999999)}",
        f"{L[1]} {w.r.randint(1, 12)} · {L[2]} {P(w, drv, w.pick(['given', 'full']))} · {L[3]} {PLATE(plate(w.r, drv.cc, drv.town))}",
        "",
        f"{L[4]}: {P(w, p, w.pick(['full', 'formal', 'upper']))}",
        f"{L[5]}: {w.addr(p)}",
        f"{L[6]}: {PH(w, p)}",
    ]
    if w.chance(0.5):
        out.append(f"{L[7]}: {GEO(w.geo(*town_ll(p)))}")
    out.append(
        f"{L[8]}: "
        + "; ".join(MED(i) for i in items)
        + (
            f"; {MED(w.pick(['morphine sulfate 10 mg/5 ml', 'oxycodone 5 mg', 'methadone 1 mg/ml']))} (CD – signature required)"
            if cd
            else ""
        )
    )
    if lg == "en":
        instr = w.pick(
            [
                f"key safe by back door, code {CRED(ids._digits(w.r, 4))}",
                f"ring twice, {w.pick(['hard of hearing', 'uses a walking frame'])}",
                f"leave with neighbour at no. {w.r.randint(1, 99)} ({P(w, w.person(cult, age=(30, 90)), 'given')})",
                f"gate code {CRED(ids._digits(w.r, 4) + '#')}",
                "do not leave on doorstep",
                f"call {PH(w, p, 'nat')} on arrival",
            ]
        )
    else:
        nb = {
            "de": "bei Nachbar/in {n}, Nr. {k}",
            "nl": "bij de buren ({n}), nr. {k}",
            "fr": "chez le voisin {n}, n° {k}",
            "es": "dejar con el vecino {n}, nº {k}",
            "it": "lasciare al vicino {n}, civico {k}",
        }[lg]
        instr = w.pick(
            [
                f"code {CRED(ids._digits(w.r, 4))}",
                f"{PH(w, p, 'nat')}",
                "—",
                nb.format(n=P(w, w.person(cult, age=(30, 90)), "given"), k=w.r.randint(1, 99)),
            ]
        )
    out.append(f"{L[9]}: {instr}")
    out.append(
        f"{L[10]}: {PER(w.full(p)) if w.chance(0.6) else '________'}   {L[11]}: {w.r.randint(8, 19)}:{w.r.randint(0, 59):02d}"
    )
    return "\n".join(out)


SYMPTOM_SETS = [
    '["fever", "cough", "fatigue"]',
    '["headache", "nausea"]',
    '["dysuria", "frequency"]',
    '["rash", "itch"]',
    '["sore throat", "fever"]',
    '["chest tightness", "wheeze"]',
]


def th_symptom_json(w):
    cult = w.pick(TELE_CULTS + ["pl_PL", "pt_BR", "tr_TR"])
    p = w.person(cult, age=(13, 85))
    dx, med, _, syms = w.pick(DX3)
    lat, lon = town_ll(p)
    ip = ids.ipv4(w.r) if w.chance(0.7) else ids.ipv6(w.r)
    parts = [
        "{",
        f'  "export_version": "2.{w.r.randint(0, 9)}",',
        f'  "user": {{"username": "{US(p)}", "email": "{EM(p)}", "age": {AGEM(p.age)}, "sex": "{p.sex}"'
        + (f', "date_of_birth": "{DOB(p.dob.isoformat())}"' if w.chance(0.5) else "")
        + "},",
        f'  "session": {{"started": "{w.date.isoformat()}T{w.r.randint(0, 23):02d}:{w.r.randint(0, 59):02d}:00Z", "ip": "{IP(ip)}", '
        f'"device_id": "{DEV(ids.uuid4(w.r, w.chance(0.3)))}", "app": "{w.pick(["iOS", "Android", "web"])}"}},',
        f'  "location": {{"coords": "{GEO(w.geo(lat, lon, "dec"))}", "city": "{LOC(p.town)}"}},'
        if w.chance(0.6)
        else f'  "location": {{"city": "{LOC(p.town)}"}},',
        '  "symptoms": ' + syms + ",",
        f'  "known_conditions": ["{MED(w.pick(pools.CONDITIONS))}"],',
        f'  "medications": ["{MED(w.pick(pools.MEDS))}"],',
        f'  "triage": {{"suggested": "{MED(dx)}", "urgency": "{w.pick(["self-care", "see GP within 48h", "urgent care today", "call emergency services"])}"}}',
        "}",
    ]
    return "\n".join(parts)


def th_portal(w):
    cult = w.pick(["en_GB", "en_US", "en_AU", "en_CA", "en_IE", "nl_NL", "de_DE"])
    dl = dlang(cult)
    p = w.person(cult, age=(18, 85))
    doc = w.person(cult, age=(30, 65))
    nurse = w.person(cult, age=(25, 60))
    cond, med = w.pick(DX)
    if CULT[cult].lang == "de":
        msgs = [
            (
                p,
                f"Guten Tag Frau/Herr Dr. {FM(w, doc)}, seit ich {MED(med)} nehme habe ich starken Schwindel. Soll ich weiter einnehmen? "
                f"Sie erreichen mich unter {PH(w, p)}. Viele Grüße {P(w, p, 'full')}",
            ),
            (
                doc,
                f"Hallo {P(w, p, 'formal') if False else GV(p)}, bitte pausieren Sie und kommen Sie am Montag in die Videosprechstunde. Dr. {FM(w, doc)}",
            ),
        ]
    elif CULT[cult].lang == "nl":
        msgs = [
            (
                p,
                f"Beste dokter {FM(w, doc)}, sinds ik {MED(med)} gebruik ben ik erg duizelig. Moet ik stoppen? Bel me op {PH(w, p)}. Groet, {P(w, p, 'full')}",
            ),
            (doc, f"Beste {GV(p)}, stop tijdelijk en plan een videoconsult. Dr. {FM(w, doc)}"),
        ]
    else:
        msgs = [
            (
                p,
                f"Hi Dr {FM(w, doc)}, since starting {MED(med)} for my {MED(cond)} I've had {w.pick(['bad dizziness', 'stomach upset', 'palpitations', 'a rash'])}. "
                f"Should I keep taking it? I'm also on {MED(w.pick(pools.MEDS))}. Best number is {PH(w, p)}. Thanks, {P(w, p, w.pick(['given', 'full']))}",
            ),
            (
                nurse,
                f"Hi {GV(p)}, {P(w, nurse, 'given')} here from the practice team. Dr {FM(w, doc)} says please stop it for now and book a video slot – "
                f"we've also ordered bloods for your {MED(w.pick(['kidney function', 'thyroid', 'HbA1c', 'liver function']))} check.",
            ),
            (
                p,
                f"Thank you. Can my {w.pick(['son', 'daughter', 'husband', 'wife'])} {P(w, kin(w, p, age=(20, 80)), 'given')} log in to my account to help? "
                f"My username is {US(p)}.",
            ),
        ]
    out = [
        f"{w.pick(['MyHealth Online', 'Patient Access', 'HealthPortal', 'Mijn Gezondheid', 'Praxisportal'])} – message thread",
        f"Patient: {P(w, p, 'full')} · DOB {BD(w, p, dl)}",
        "",
    ]
    for who, txt in msgs:
        out.append(f"{ND(w, w.date_between(0, 10), dl)} – {'Patient' if who is p else P(w, who, 'full')}:")
        out.append(txt)
        out.append("")
    return "\n".join(out).rstrip()


def th_lab(w):
    cult = w.pick(["en_GB", "en_GB", "en_US", "en_AU", "en_CA", "en_IE"])
    dl = dlang(cult)
    p = w.person(cult, age=(18, 90))
    doc = w.person(cult, age=(30, 65))
    test = w.pick(
        [
            ("HbA1c", f"{w.r.randint(48, 95)} mmol/mol", "type 2 diabetes"),
            ("TSH", f"{w.r.uniform(5, 14):.1f} mU/L", "hypothyroidism"),
            ("eGFR", f"{w.r.randint(25, 55)} mL/min/1.73m²", "chronic kidney disease stage 3"),
            ("Ferritin", f"{w.r.randint(3, 12)} µg/L", "iron-deficiency anaemia"),
            ("LDL cholesterol", f"{w.r.uniform(4.5, 6.9):.1f} mmol/L", "hypercholesterolaemia"),
            ("Vitamin D", f"{w.r.randint(10, 24)} nmol/L", "vitamin D deficiency"),
            ("PSA", f"{w.r.uniform(4.2, 11):.1f} ng/mL", "raised PSA"),
        ]
    )
    word, hid = health_id(w, p)
    out = [
        f"{w.pick(['Pathology', 'Laboratory Medicine', 'Blood test'])} results letter – {pharm(w, cult)}",
        "",
        f"{P(w, p, 'full')}",
        w.addr(p, "multi"),
        "",
        f"DOB: {BD(w, p, dl)}   {word}: {NID(hid)}",
        f"Sample taken: {ND(w, w.date_between(3, 20), dl)}",
        "",
        f"Dear {w.pick(['Mr', 'Ms', 'Mx'])} {FM(w, p)},",
        "",
        f"Your {test[0]} result was {test[2] and test[1]}, which is outside the reference range. This is consistent with {MED(test[2])}.",
    ]
    if w.chance(0.5):
        out.append(f"Please continue {MED(w.pick(pools.MEDS))} and we will review at your next appointment.")
    out += [f"If you have questions call us or reply via the app (login {US(p)}).", "", f"Dr {P(w, doc, 'full')}"]
    return "\n".join(out)


def th_genetic(w):
    kind = w.pick(["clinical", "clinical", "consumer", "pgx"])
    cult = w.pick(TELE_CULTS)
    dl = dlang(cult)
    p = w.person(cult, age=(18, 80))
    gc = w.person(cult, age=(30, 65))
    if kind == "clinical":
        var = w.pick(
            [
                "BRCA1 c.68_69delAG pathogenic variant",
                "BRCA2 c.5946delT (heterozygous)",
                "MLH1 c.350C>T (Lynch syndrome)",
                "heterozygous carrier of CFTR F508del",
                "HFE C282Y homozygous",
                "Factor V Leiden heterozygous",
                "TTN truncating variant (likely pathogenic)",
                "LDLR c.1444G>A (familial hypercholesterolaemia)",
            ]
        )
        rel = kin(w, p, age=(p.age + 20, p.age + 35) if p.age < 50 else (p.age - 30, p.age - 20))
        out = [
            "CLINICAL GENETICS SERVICE – test result",
            "",
            f"Patient: {P(w, p, 'full')}   DOB {BD(w, p, dl)}",
            f"Address: {w.addr(p, 'line')}",
            f"Referral reason: family history – {'mother' if rel.sex == 'f' else 'father'} {P(w, rel, 'full')} "
            f"diagnosed with {MED(w.pick(['breast cancer at 44', 'bowel cancer', 'ovarian cancer', 'cardiomyopathy']))}",
            "",
            f"Result: {GEN(var)} detected.",
            f"Interpretation: increased lifetime risk; cascade testing offered to relatives.",
            f"Genetic counsellor: {P(w, gc, 'full')} – {EM(gc)}",
        ]
        return "\n".join(out)
    if kind == "pgx":
        out = [
            f"{pharm(w, cult)} – Pharmacogenomic report",
            f"Name: {P(w, p, 'full')}   DOB: {BD(w, p, dl)}",
            "",
            f"CYP2C19: {GEN(w.pick(['*2/*2 (poor metaboliser)', '*1/*17 (rapid metaboliser)', '*1/*2 (intermediate metaboliser)']))}",
            f"CYP2D6: {GEN(w.pick(['*4/*4 (poor metaboliser)', '*1/*1 (normal)', '*1/*41 (intermediate)']))}",
            f"SLCO1B1: {GEN(w.pick(['*5/*5 (decreased function)', '*1/*1 (normal function)']))}",
            f"Implication: avoid {MED(w.pick(['clopidogrel', 'codeine', 'simvastatin 80 mg']))}; current prescription {MED(w.pick(pools.MEDS))} reviewed by pharmacist {P(w, gc, 'full')}.",
        ]
        return "\n".join(out)
    out = [
        f"{w.pick(['HelixLine', 'RootsCode', 'GenoTrail'])} ancestry & health kit – support ticket export",
        f"Customer: {P(w, p, 'full')} <{EM(p)}>   username {US(p)}",
        "",
        f"Maternal haplogroup: {GEN(w.pick(['H1', 'U5b2', 'J1c', 'K1a', 'L3e2', 'T2b', 'M7b']))}",
        f"Paternal haplogroup: {GEN(w.pick(['R1b-L21', 'I1', 'J2a', 'E-M2', 'R1a-Z93', 'O-M175']))}"
        if p.sex == "m"
        else "Paternal haplogroup: n/a",
        f"Health: {GEN(w.pick(['APOE ε3/ε4 (one copy of ε4)', 'APOE ε4/ε4', 'no BRCA variants tested found', 'carrier – hereditary haemochromatosis (C282Y)', 'G6PD deficiency variant detected']))}",
        f'Customer message: "I found a half-brother called {PER(w.pick(CULT[cult].m)[0] + " " + w.pick(CULT[cult].sur_m)[0])} through DNA matches. '
        f'Can you hide my profile? My old address {ADR(p.street)} is still showing."',
    ]
    return "\n".join(out)


def th_registration(w):
    cult = w.cyc(["en_US", "en_GB", "en_AU", "de_CH", "en_CA", "en_GB", "fr_FR", "en_IE", "nl_NL"])
    dl = dlang(cult)
    p = resident(
        w,
        cult if w.chance(0.75) else w.pick(["pl_PL", "yo_NG", "hi_IN", "ar_SY", "zh_CN", "tl_PH"]),
        cult,
        age=(18, 90),
    )
    ec = w.person(cult, age=(20, 80))
    word, hid = health_id(w, p)
    out = [
        f"{pharm(w, cult)} – New patient registration",
        "",
        f"Full name: {P(w, p, 'full')}"
        + (f"   Previous name: {PER(w.pick(p.c.sur_f)[0])}" if p.sex == "f" and w.chance(0.3) else ""),
        f"Date of birth: {BD(w, p, dl)}",
        f"Address: {w.addr(p)}",
        f"Mobile: {PH(w, p)}   Email: {EM(p)}",
        f"{word}: {NID(hid)}",
    ]
    if cult == "en_US":
        out.append(
            f"SSN: {SSN(ids.us_ssn(w.r))}   Driver's license: {USDL(ids.us_driver_license(w.r, p.region or 'CA'))}"
        )
    if cult == "en_AU" and w.chance(0.5):
        out.append(f"IHI: {NID(ids.au_ihi(w.r))}")
    out.append(
        f"Emergency contact: {P(w, ec, 'full')} ({w.pick(['partner', 'sister', 'son', 'friend', 'mother'])}) {PH(w, ec)}"
    )
    out.append(
        f"Long-term conditions: {', '.join(MED(c) for c in w.sample(pools.CONDITIONS, w.r.randint(1, 2)))}"
        if w.chance(0.7)
        else "Long-term conditions: none"
    )
    out.append(
        f"Allergies: {MED(w.pick(['penicillin allergy', 'latex allergy', 'NSAID intolerance', 'shellfish allergy']))}"
        if w.chance(0.5)
        else "Allergies: NKDA"
    )
    if cult in ("en_GB", "en_IE", "en_CA", "en_US") and w.chance(0.7):
        out.append(
            f"Ethnic group (optional): {ETH(w.pick(ETH_MON + ['Black or African American', 'Hispanic or Latino', 'First Nations']))}"
        )
    if w.chance(0.35):
        out.append(
            f"Sexual orientation (optional): {SEXO(w.pick(['gay', 'lesbian', 'bisexual', 'heterosexual', 'pansexual']))}"
        )
    if w.chance(0.2):
        out.append(
            f"Gender identity (optional): {GID(w.pick(['non-binary', 'trans woman', 'trans man', 'genderfluid']))}"
        )
    return "\n".join(out)


def th_order(w):
    cult = w.pick(["en_GB", "en_US", "en_AU", "en_CA", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_IE"])
    p = w.person(cult, age=(18, 80))
    meds = w.sample(pools.MEDS, w.r.randint(1, 3))
    out = [
        f"{pharm(w, cult)} – order confirmation (internal copy)",
        f"Order {ids.token(w.r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-{w.r.randint(100000, 999999)}",
        "",
        f"Customer: {P(w, p, 'full')}   account {US(p)}   {EM(p)}",
        f"Ship to: {w.addr(p, 'line')}",
    ]
    for m in meds:
        out.append(f"  1 × {MED(m)}   {w.r.randint(3, 60)}.{w.r.randint(0, 99):02d}")
    out.append(
        f"Questionnaire: confirms diagnosis of {MED(w.pick(pools.CONDITIONS))}; no pregnancy; BMI {w.r.randint(19, 38)}"
    )
    if w.chance(0.4):
        out.append(
            f"Weight-loss service: {MED(w.pick(['semaglutide 0.25 mg pen', 'tirzepatide 2.5 mg', 'orlistat 120 mg']))} – ID check passed"
        )
    out.append(f"Payment: {CC(ids.credit_card(w.r))}   billing name {P(w, p, 'upper')}")
    out.append(f"Fraud signals: IP {IP(ids.ipv4(w.r))}, device {DEV(ids.uuid4(w.r))}, phone {PH(w, p)} verified by SMS")
    return "\n".join(out)


def th_sexual_health(w):
    cult = w.pick(["en_GB", "en_GB", "en_US", "en_AU", "en_IE", "en_CA", "nl_NL", "de_DE"])
    dl = dlang(cult)
    p = resident(w, cult if w.chance(0.75) else w.pick(["pt_BR", "es_ES", "pl_PL", "tl_PH"]), cult, age=(18, 55))
    clin = w.person(cult, age=(28, 60))
    so = w.pick(["gay", "bisexual", "queer", "gay", "heterosexual"])
    out = [
        f"{w.pick(['SH:24-style online clinic', 'Sexual Health Online', 'PrEP Direct', 'CheckPoint Telehealth'])} – PrEP teleconsultation note",
        f"Clinician: {P(w, clin, 'full')}   Date: {ND(w, w.date, dl)}",
        "",
        f"Client: {P(w, p, 'full')} (prefers {PER(p.given)}), DOB {BD(w, p, dl)}, {AGEM(p.age)}",
        f"Contact: {PH(w, p)} (OK to text, discreet)   Postal kit to: {w.addr(p, 'line')}",
        f"Sexual orientation: {SEXO(so)}"
        + (f"   Gender identity: {GID(w.pick(['trans woman', 'non-binary', 'trans man']))}" if w.chance(0.3) else ""),
        f"History: {w.pick(['2 partners in last 3 months', 'condomless anal sex with casual partners', 'partner is HIV positive, undetectable'])}; "
        f"previous {MED(w.pick(['chlamydia', 'gonorrhoea', 'syphilis (treated 2022)', 'hepatitis B vaccination incomplete']))}",
        f"Results: HIV {w.pick(['negative', 'negative'])}, {MED(w.pick(['chlamydia positive', 'gonorrhoea positive', 'syphilis RPR 1:16']))} – treatment arranged",
        f"Plan: start {MED('emtricitabine/tenofovir disoproxil')} daily PrEP; eGFR baseline; 3-monthly review.",
    ]
    if w.chance(0.4):
        part = w.person(cult, age=(20, 55), sex=p.sex if so in ("gay", "lesbian") else None)
        out.append(f"Partner notification: {P(w, part, 'given')} ({PH(w, part)}) to be contacted anonymously.")
    return "\n".join(out)


def th_gender(w):
    cult = w.pick(["en_GB", "en_US", "en_AU", "en_CA", "de_DE", "nl_NL", "sv_SE", "en_IE"])
    dl = dlang(cult)
    assigned = w.pick("mf")
    p = w.person(cult, sex=assigned, age=(18, 60))
    chosen = w.pick(CULT[cult].f if assigned == "m" else CULT[cult].m)[0]
    gi = (
        w.pick(["trans woman", "transgender woman", "non-binary"])
        if assigned == "m"
        else w.pick(["trans man", "transgender man", "non-binary"])
    )
    med = "estradiol 2 mg tablets" if assigned == "m" else "testosterone gel 50 mg"
    if gi == "non-binary":
        med = w.pick(["estradiol gel (low dose)", "testosterone gel 25 mg"])
    clin = w.person(cult, age=(30, 65))
    out = [
        f"{pharm(w, cult)} – gender-affirming care: hormone prescription request",
        "",
        f"Name used: {PER(chosen + ' ' + w.surname(p))}   Legal name (as on insurance): {P(w, p, 'full')}",
        f"DOB: {BD(w, p, dl)}   Pronouns: {w.pick(['she/her', 'he/him', 'they/them'])}",
        f"Identity: {GID(gi)}",
        f"Address: {w.addr(p, 'line')}   Phone: {PH(w, p)}",
        f"Current regimen: {MED(med)}"
        + (f" + {MED('spironolactone 100 mg')}" if assigned == "m" and w.chance(0.5) else ""),
        f"Last bloods: {ND(w, w.date_between(20, 120), dl)} – levels in target range",
        f"Other conditions: {MED(w.pick(['depression', 'ADHD', 'PCOS', 'anxiety', 'migraine']))}"
        if w.chance(0.5)
        else "Other conditions: none",
        f"Request: 3-month supply to be posted; please use name {PER(chosen)} on the parcel.",
        f"Reviewed by: {P(w, clin, 'full')}",
    ]
    return "\n".join(out)


def th_device(w):
    cult = w.pick(["en_GB", "en_US", "en_AU", "de_DE", "nl_NL", "fr_FR", "en_CA", "it_IT", "sv_SE"])
    dl = dlang(cult)
    p = w.person(cult, age=(6, 85))
    par = kin(w, p, age=(28, 55)) if p.age < 16 else None
    kind = w.pick(["cgm", "cgm", "pump", "bp", "cpap", "hearing"])
    dev = {
        "cgm": ("continuous glucose monitor sensor", ids.serial(w.r, "0M0099XXXX"), "type 1 diabetes"),
        "pump": ("insulin pump", ids.serial(w.r, "NG9999999H"), "type 1 diabetes"),
        "bp": ("Bluetooth blood-pressure monitor", ids.serial(w.r, "99999999LG"), "hypertension"),
        "cpap": ("CPAP device", ids.serial(w.r, "23999999999"), "obstructive sleep apnoea"),
        "hearing": (
            "hearing aids (L/R)",
            ids.serial(w.r, "9999A999") + " / " + ids.serial(w.r, "9999A999"),
            "bilateral hearing loss",
        ),
    }[kind]
    out = [
        f"Remote monitoring onboarding – {w.pick(['diabetes', 'cardiology', 'respiratory', 'audiology'])} service",
        f"Patient: {P(w, p, 'full')}   DOB {BD(w, p, dl)}   Age {AGEM(p.age)}",
        f"Condition: {MED(dev[2])}",
        f"Device: {dev[0]} – serial {DEV(dev[1])}",
        f"Paired phone: {w.pick(['iPhone 14', 'Galaxy S23', 'Pixel 8'])} · app device ID {DEV(ids.uuid4(w.r, w.chance(0.5)))}",
        f"Bluetooth MAC: {MAC(ids.mac(w.r, ':'))}" if w.chance(0.6) else "Bluetooth MAC: not captured",
        f"Data upload from IP: {IP(ids.ipv4(w.r))}" if w.chance(0.4) else "",
        f"App account: {US(p if par is None else par)} / {EM(p if par is None else par)}",
    ]
    if par:
        out.append(f"Parent/carer managing account: {P(w, par, 'full')}, {PH(w, par)}")
    if kind in ("cgm", "pump"):
        out.append(f"Settings: {MED('insulin aspart')} ratio 1:{w.r.randint(6, 15)}; alerts to {PH(w, par or p)}")
    return "\n".join(x for x in out if x)


TELE_TEMPLATES = [
    th_consult,
    th_consult,
    th_repeat,
    th_repeat,
    th_delivery,
    th_delivery,
    th_symptom_json,
    th_portal,
    th_lab,
    th_genetic,
    th_genetic,
    th_registration,
    th_order,
    th_sexual_health,
    th_gender,
    th_device,
]


# ------------------------------------------------------------------ additional templates
EVENTS = [
    ("Gothia Cup", "Göteborg"),
    ("Dana Cup", "Hjørring"),
    ("Copa Costa Brava", "Lloret de Mar"),
    ("Umag Youth Cup", "Umag"),
    ("Easter youth tournament", "Blankenberge"),
    ("Youth Games", "Kraków"),
    ("Mediterranean Youth Festival", "Salou"),
    ("Alpine Youth Cup", "Innsbruck"),
    ("Lakes Youth Regatta", "Como"),
]


def sp_travel(w):
    cult = w.cyc(["en_US", "en_GB", "de_DE", "en_US", "nl_NL", "en_IE", "en_US", "en_AU", "en_CA"])
    lg = CULT[cult].lang
    dl = dlang(cult)
    club = w.pick(pools.CLUBS)
    ev, city = w.pick(EVENTS)
    L = {
        "en": (
            "travelling party",
            "Destination",
            ["Name", "DOB", "Passport no.", "Expiry", "Room", "Medical / dietary"],
            "Staff",
            "Minibus",
            "driver",
            "licence",
            "Emergency contact at home",
        ),
        "de": (
            "Reiseliste",
            "Ziel",
            ["Name", "Geb.", "Ausweis-Nr.", "gültig bis", "Zimmer", "Medizin / Essen"],
            "Betreuer/innen",
            "Kleinbus",
            "Fahrer/in",
            "Führerschein",
            "Notfallkontakt zu Hause",
        ),
        "nl": (
            "reislijst",
            "Bestemming",
            ["Naam", "Geb.", "ID-nummer", "Geldig tot", "Kamer", "Medisch / dieet"],
            "Begeleiders",
            "Busje",
            "chauffeur",
            "rijbewijs",
            "Noodcontact thuis",
        ),
    }[lg]
    out = [
        f"{club} – {ev} {w.date.year} – {L[0]}",
        f"{L[1]}: {LOC(city)} ({ND(w, w.date, dl)} – {ND(w, w.date + dt.timedelta(days=w.r.randint(3, 7)), dl)})",
        "",
    ]
    rows = [L[2]]

    def docno(p):
        if p.cc == "US":
            return USPP(ids.us_passport(w.r))
        if p.cc == "DE":
            return NID(ids.de_id_card(w.r) if w.chance(0.6) else ids.de_passport(w.r))
        if p.cc == "NL":
            return NID(ids.serial(w.r, "AAXXXXXX9").replace("O", "P"))
        if p.cc == "IE":
            return NID(ids.serial(w.r, "AA9999999"))
        if p.cc == "AU":
            return NID(ids.serial(w.r, "PA9999999"))
        if p.cc == "CA":
            return NID(ids.serial(w.r, "AA999999"))
        return NID(ids.generic_passport(w.r, "GB"))

    age = w.r.randint(11, 16)
    for _ in range(w.r.randint(7, 12)):
        p = resident(
            w, cult if w.chance(0.85) else w.pick(SQUAD_MIX.get(cult, [cult])), cult, age=w.pick([age, age, age + 1])
        )
        p.cc = CULT[cult].phone if p.cult != cult else p.cc
        med = ""
        if w.chance(0.25):
            cond, m = w.pick(CHILD_MED.get(lg, CHILD_MED["en"]))
            med = MED(cond) + (f" ({MED(m)})" if m else "")
        elif w.chance(0.2):
            med = w.pick(["vegetarian", "no pork", "halal", "lactose-free"])
        rows.append(
            [
                P(w, p, w.pick(["full", "formal"])),
                BD(w, p, dl),
                docno(p),
                ND(w, w.date_between(-2000, -200), dl),
                str(w.r.randint(101, 420)),
                med,
            ]
        )
    out.append(table(rows))
    out += ["", f"{L[3]}:"]
    staff = [w.person(cult, age=(22, 60)) for _ in range(w.r.randint(2, 3))]
    for st in staff:
        out.append(f"  {P(w, st, 'full')} – {PH(w, st, 'intl')} – DOB {BD(w, st, dl)} – {docno(st)}")
    drv = staff[0]
    lic = (
        USDL(ids.us_driver_license(w.r, drv.region or "CA"))
        if drv.cc == "US"
        else NID(_uk_dl(w, drv) if drv.cc == "GB" else ids.serial(w.r, "A999999999"))
    )
    out.append(f"{L[4]}: {PLATE(plate(w.r, drv.cc, drv.town))}, {L[5]} {P(w, drv, 'given')}, {L[6]} {lic}")
    hc = w.person(cult, age=(30, 65))
    out.append(f"{L[7]}: {P(w, hc, 'full')} {PH(w, hc)}")
    return "\n".join(out)


PAED = [
    ("croup", "dexamethasone 0.15 mg/kg", "a barking cough at night"),
    ("ear infection (otitis media)", "amoxicillin 250 mg/5 ml suspension", "pulling at her ear and a temperature"),
    ("tonsillitis", "phenoxymethylpenicillin 250 mg/5 ml", "a very sore throat and white spots"),
    ("chickenpox", "paracetamol 120 mg/5 ml suspension", "itchy spots all over"),
    ("scarlet fever", "phenoxymethylpenicillin 250 mg/5 ml", "a sandpaper rash and a strawberry tongue"),
    ("hand, foot and mouth disease", "ibuprofen 100 mg/5 ml suspension", "blisters in the mouth"),
    ("bronchiolitis", "saline nose drops", "fast breathing and not feeding well"),
    ("impetigo", "fusidic acid cream", "crusty sores round the mouth"),
    ("threadworms", "mebendazole 100 mg", "an itchy bottom at night"),
]


def th_paediatric(w):
    cult = w.pick(["en_GB", "en_GB", "en_IE", "en_AU", "en_US", "en_CA"])
    dl = dlang(cult)
    child = resident(w, cult if w.chance(0.8) else w.pick(["pl_PL", "ur_PK", "yo_NG", "ar_SY"]), cult, age=(0, 15))
    par = localize(w, kin(w, child, sex=w.pick("ffm")), cult)
    doc = w.person(cult, age=(30, 65))
    dx, med, sym = w.pick(PAED)
    T = Timer(w)
    rel = "son" if child.sex == "m" else "daughter"
    agetxt = f"{AGEM(child.age)}" if child.age > 0 else f"{w.r.randint(2, 11)} months"
    out = [
        f"{pharm(w, cult)} – paediatric video consultation transcript",
        f"Clinician: Dr {P(w, doc, 'full')}",
        "",
        f"[{T()}] Dr {FM(w, doc)}: Hello, who am I speaking to?",
        f"[{T()}] Parent: I'm {P(w, par, 'full')}, it's about my {rel} {P(w, child, 'given')}"
        + (f", {'he' if child.sex == 'm' else 'she'}'s {agetxt}." if child.age > 0 else f", {agetxt} old."),
        f"[{T()}] Dr {FM(w, doc)}: Can you give me {P(w, child, 'given')}'s full name and date of birth?",
        f"[{T()}] Parent: {P(w, child, 'full')}, {BD(w, child, dl)}.",
    ]
    if cult in ("en_GB", "en_IE", "en_AU") and w.chance(0.6):
        word, hid = health_id(w, child)
        out.append(f"[{T()}] Parent: The {word} is {NID(hid)} if you need it.")
    out += [
        f"[{T()}] Dr {FM(w, doc)}: What's been happening?",
        f"[{T()}] Parent: Since yesterday {'he' if child.sex == 'm' else 'she'}'s had {sym}."
        + (
            f" {'He' if child.sex == 'm' else 'She'} also has {MED(w.pick(['asthma', 'eczema', 'a peanut allergy', 'sickle cell disease']))}."
            if w.chance(0.4)
            else ""
        ),
        f"[{T()}] Dr {FM(w, doc)}: From what I can see this is {MED(dx)}. I'll prescribe {MED(med)}, dose by weight – roughly how heavy is {P(w, child, 'given')}?",
        f"[{T()}] Parent: About {max(4, child.age * 3 + 8)} kilos.",
        f"[{T()}] Dr {FM(w, doc)}: If things get worse call back or go to A&E. Best number for you?",
        f"[{T()}] Parent: {PH(w, par)}.",
    ]
    if w.chance(0.3):
        sib = sibling(w, child, w.r.randint(1, 15))
        out.append(
            f"[{T()}] Parent: Should I keep {P(w, sib, 'given')} off school too? {'He' if sib.sex == 'm' else 'She'}'s {AGEM(sib.age)}."
        )
    return "\n".join(out)


def th_us_billing(w):
    p = w.person("en_US", age=(19, 88))
    immig = w.cyc([True, False])
    if immig:
        p = resident(w, w.pick(["es_MX", "es_CA", "vi_VN", "tl_PH", "ko_KR"]), "en_US", age=(19, 70))
    st = p.region or "TX"
    out = [
        f"{pharm(w, 'en_US')} – Patient billing & identity verification",
        "",
        f"Patient: {P(w, p, 'full')}   DOB: {BD(w, p, 'en_us')}",
        f"Address: {w.addr(p)}",
        f"Phone: {PH(w, p)}   Email: {EM(p)}",
    ]
    if immig:
        out.append(f"Taxpayer ID: ITIN {ITIN(ids.us_itin(w.r))} (no SSN)")
    else:
        out.append(f"SSN: {SSN(ids.us_ssn(w.r))}")
    out.append(
        f"Photo ID: {w.pick(['driver license', 'state ID'])} {USDL(ids.us_driver_license(w.r, st))} ({LOC(st)})"
        if w.chance(0.7)
        else f"Photo ID: US passport {USPP(ids.us_passport(w.r))}"
    )
    if p.age >= 65:
        out.append(f"Medicare MBI: {NID(ids.us_mbi(w.r))}")
    out.append(f"Card on file: {CC(ids.credit_card(w.r))}")
    if w.chance(0.6):
        out.append(
            f"HSA reimbursement by ACH – routing {ABA(ids.aba_routing(w.r))}, account {BANK(ids.us_bank_account(w.r))}"
        )
    out.append(f"Prescriptions this month: " + ", ".join(MED(m) for m in w.sample(pools.MEDS, w.r.randint(1, 3))))
    return "\n".join(out)


SPORTS_TEMPLATES += [sp_travel, sp_travel]
TELE_TEMPLATES += [th_paediatric, th_paediatric, th_us_billing, th_us_billing]

REGISTERS = {
    "sports_clubs_coaching": SPORTS_TEMPLATES,
    "online_gaming_moderation": GAMING_TEMPLATES,
    "migrant_refugee_casework": MIGRANT_TEMPLATES,
    "church_community_groups": CHURCH_TEMPLATES,
    "telehealth_pharmacy": TELE_TEMPLATES,
}
