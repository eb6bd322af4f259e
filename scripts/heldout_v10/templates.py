"""Document templates for the five registers and the negatives."""

import values as V
import sources as S
from values import B, pick


def lab(label):
    return lambda s: (s, label)


(
    PER,
    USR,
    PH,
    EM,
    LOC,
    ST,
    AGE,
    MAGE,
    DOB,
    MED,
    NID,
    CRIM,
    SSN,
    ITIN,
    USPP,
    USDL,
    BANK,
    ABA,
    CC,
    IBAN,
    IP,
    MAC,
    DEV,
    ETH,
    SEX,
    GEN,
    URL,
    PLATE,
    GEO,
    CRED,
) = [lab(x) for x in V.LABELS]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.date = V.doc_date(rng)
        self.used_given, self.used_full = set(), set()

    def p(self, **kw):
        """A new person whose given name and full name are not yet used in this document."""
        for _ in range(40):
            p = V.Person(self.rng, self.date, **kw)
            if p.given_r not in self.used_given and p.full_r() not in self.used_full:
                break
        self.used_given.add(p.given_r)
        self.used_full.add(p.full_r())
        return p

    def local(self, cc, **kw):
        pool = S.LOCAL_CULTURES.get(cc)
        if pool and self.rng.random() < 0.75:
            kw.setdefault("culture", pick(self.rng, pool.split()))
        return self.p(**kw)

    def pick(self, seq):
        return pick(self.rng, seq)

    def chance(self, x):
        return self.rng.random() < x

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def date_after(self, lo, hi):
        import datetime as dt

        return self.date + dt.timedelta(days=self.rng.randint(lo, hi))

    def initials(self):
        return V.letters(self.rng, self.pick([2, 2, 3]), "ABCDEFGHJKLMNPRSTW")


def age_f(p, words=False):
    return (V.num_words(p.age) if words else str(p.age), p.label_age)


def dob_f(c, p, style=None, lang="en"):
    return DOB(V.fmt_date(c.rng, p.dob, style, lang))


def phone_f(c, region, style=None, kind="mobile"):
    return PH(V.fmt_phone(c.rng, V.phone(c.rng, region, kind), style))


def town_f(c, cc, native=False):
    return LOC(V.town(c.rng, cc, native))


def name_f(c, p, form=None):
    form = form or c.pick(["full_r", "full_r", "full", "given"])
    return PER(
        {
            "full": p.full(),
            "full_r": p.full_r(),
            "given": p.given_r,
            "family": p.family_r,
            "inv": p.inverted(),
            "init": p.initial(),
            "caps": p.full_r().upper(),
            "lower": p.full_r().lower(),
            "gnat": p.given,
        }[form]
    )


def crim(c, verb=True):
    phrase, v = c.pick(S.CRIMINAL)
    return [v + " ", CRIM(phrase)] if verb else CRIM(phrase)


def crim_has(c):
    return CRIM(c.pick([p for p, v in S.CRIMINAL if v == "has"]))


def med_pair(c, sep=None):
    cond, drug = c.pick(S.MED_PAIRS)
    return MED(cond), MED(drug)


def gen_id(c, cc=None):
    pool = S.GENDER_IDENTITY + (S.GENDER_IDENTITY_LOCAL.get(cc, []) * 2 if cc else [])
    return GEN(c.pick(pool))


def opt(c, x, frag):
    return frag if c.chance(x) else None


COUNTRY6 = ["GB", "IE", "AU", "NZ", "CA", "ZA"]


# ============================================================== OCR SCAN
def _mrz_name(p, extra=""):
    nm = p.mrz() + (("<" + V.ascii_fold(extra).upper().replace(" ", "<").replace("-", "<")) if extra else "")
    nm = "".join(ch if ("A" <= ch <= "Z" or ch == "<") else "<" for ch in nm)
    return nm


def ocr_passport(c):
    rng = c.rng
    cc = c.pick(["GB", "GB", "IE", "AU", "NZ", "ZA", "DE", "FR", "US", "US", "US", "CA", "IT", "PL"])
    code3 = {
        "GB": "GBR",
        "IE": "IRL",
        "AU": "AUS",
        "NZ": "NZL",
        "ZA": "ZAF",
        "DE": "D<<",
        "FR": "FRA",
        "US": "USA",
        "CA": "CAN",
        "IT": "ITA",
        "PL": "POL",
    }[cc]
    natw = {
        "GB": "BRITISH CITIZEN",
        "IE": "ÉIREANNACH/IRISH",
        "AU": "AUSTRALIAN",
        "NZ": "NEW ZEALAND CITIZEN",
        "ZA": "SOUTH AFRICAN",
        "DE": "DEUTSCH",
        "FR": "FRANÇAISE",
        "US": "UNITED STATES OF AMERICA",
        "CA": "CANADIAN/CANADIENNE",
        "IT": "ITALIANA",
        "PL": "POLSKIE",
    }[cc]
    p = c.local(cc if cc in S.LOCAL_CULTURES else "GB", minor=c.chance(0.55))
    mid = p.middle(rng) if c.chance(0.4) else ""
    pn = V.passport_no(rng, cc)
    plab = "US_PASSPORT" if cc == "US" else "NATIONAL_ID"
    b = B(noise=V.make_ocr_noise(rng, 0.07))
    b.line(
        c.pick(
            [
                "[scan p.2 - photo page]",
                "IMG_%s_0931.jpg -- OCR text" % c.date.strftime("%Y%m%d"),
                "== ATTACHMENT 1: passport copy (poor quality) ==",
                "---- page 3 / 5 ----",
            ]
        )
    )
    b.line("PASSPORT  PASSEPORT", c.pick(["", "  PASAPORTE", "  REISEPASS"]))
    vis = pn
    if c.chance(0.12):
        vis = pn.replace("0", "O", 1).replace("5", "S", 1)
    b.line("Type/Type P   Code/Code ", code3.replace("<", ""), "   Passport No./N° du passeport ", (vis, plab))
    b.line("Surname/Nom")
    b.line(PER(p.family_r.upper()))
    b.line("Given names/Prénoms")
    b.line(PER((p.given_r + (" " + mid if mid else "")).upper()))
    b.line("Nationality/Nationalité")
    b.line(natw)
    b.line("Date of birth/Date de naissance")
    b.line(dob_f(c, p, c.pick(["mon", "dmy/", "dmy.", "mon"])))
    pob_cc = cc if cc in V.TOWNS else "GB"
    if p.country in V.TOWNS and c.chance(0.5):
        pob_cc = p.country
    b.line("Sex/Sexe  ", "F" if p.gender == "f" else "M", "      Place of birth/Lieu de naissance")
    b.line(LOC(V.town(rng, pob_cc).upper()))
    issue = c.date_after(-2500, -30)
    exp = V.add_years(issue, 5 if p.minor else 10)
    b.line("Date of issue/Date de délivrance   ", issue.strftime("%d %b %Y").upper())
    b.line("Date of expiry/Date d'expiration   ", exp.strftime("%d %b %Y").upper())
    b.line(
        "Authority/Autorité  ",
        c.pick(
            [
                "HMPO",
                "DFA",
                "DFAT",
                "DIA",
                "DHA",
                "PASSPORT CANADA",
                "Bundesdruckerei",
                "PREFECTURE",
                "US DEPARTMENT OF STATE",
                "MINISTERO",
                "WOJEWODA",
            ]
        ),
    )
    if c.chance(0.3):
        b.line("Holder's signature / Signature du titulaire   ", c.pick(["~~", "(illegible)", "/s/"]))
    nm = _mrz_name(p, mid)[:39]
    l1name = nm.rstrip("<")
    b.add("P<", code3, (l1name, "PERSON"))
    b.t("<" * (44 - 5 - len(l1name)), raw=True)
    b.t("\n", raw=True)
    dobm = p.dob.strftime("%y%m%d")
    expm = exp.strftime("%y%m%d")
    pers = "<" * 14
    comp = pn + V.icao_check(pn) + dobm + V.icao_check(dobm) + expm + V.icao_check(expm) + pers + V.icao_check(pers)
    b.add((pn, plab), V.icao_check(pn) + code3, (dobm, "DATE_OF_BIRTH"))
    b.t(
        V.icao_check(dobm)
        + ("F" if p.gender == "f" else "M")
        + expm
        + V.icao_check(expm)
        + pers
        + "<"
        + V.icao_check(comp)
        + "\n",
        raw=True,
    )
    if c.chance(0.6):
        w = c.p(minor=False)
        b.line(
            c.pick(["Certified true copy of the original. Signed ", "Copy verified by "]),
            name_f(c, w, "init"),
            c.pick([" (solicitor) ", " - intake worker, ", " "]),
            c.date.strftime("%d/%m/%Y"),
        )
    if c.chance(0.5):
        b.line(
            c.pick(["handwritten: ", "note in margin: ", "[post-it] "]),
            c.pick(["child is now ", "she/he is "]),
            age_f(p),
            c.pick([" - travelling w/ father", " -- see case file", "  ?? check w/ school"]),
        )
    b.line(c.pick(["- 2 -", "Page 2", "FAX p.02", ""]))
    return b


ID_CARDS = {
    "ES": (
        "REINO DE ESPAÑA  DOCUMENTO NACIONAL DE IDENTIDAD",
        "APELLIDOS",
        "NOMBRE",
        "FECHA DE NACIMIENTO",
        "DNI",
        "DOMICILIO",
        "LUGAR DE NACIMIENTO",
        "ESP",
        "es eu ca",
    ),
    "IT": (
        "REPUBBLICA ITALIANA  CARTA D'IDENTITÀ",
        "COGNOME",
        "NOME",
        "DATA DI NASCITA",
        "CODICE FISCALE",
        "INDIRIZZO DI RESIDENZA",
        "LUOGO DI NASCITA",
        "ITA",
        "it",
    ),
    "BE": (
        "BELGIË BELGIQUE BELGIEN  IDENTITEITSKAART",
        "Naam / Nom",
        "Voornamen / Prénoms",
        "Geboortedatum",
        "Rijksregisternr.",
        "Adres",
        "Geboorteplaats",
        "BEL",
        "vls fr",
    ),
    "PL": (
        "RZECZPOSPOLITA POLSKA  DOWÓD OSOBISTY",
        "NAZWISKO",
        "IMIONA",
        "DATA URODZENIA",
        "NUMER PESEL",
        "ADRES",
        "MIEJSCE URODZENIA",
        "POL",
        "pl",
    ),
    "SE": (
        "SVERIGE  NATIONELLT IDENTITETSKORT",
        "Efternamn",
        "Förnamn",
        "Födelsedatum",
        "Personnummer",
        "Adress",
        "Födelseort",
        "SWE",
        "sv",
    ),
    "RO": (
        "ROMÂNIA  CARTE DE IDENTITATE",
        "Nume/Nom",
        "Prenume/Prénom",
        "Data nașterii",
        "CNP",
        "Domiciliu",
        "Loc naștere",
        "ROU",
        "ro",
    ),
    "BG": (
        "РЕПУБЛИКА БЪЛГАРИЯ  ЛИЧНА КАРТА",
        "Фамилия/Surname",
        "Име/Name",
        "Дата на раждане",
        "ЕГН",
        "Постоянен адрес",
        "Място на раждане",
        "BGR",
        "bg",
    ),
    "NL": (
        "KONINKRIJK DER NEDERLANDEN  IDENTITEITSKAART",
        "Naam",
        "Voornamen",
        "Geboortedatum",
        "Persoonsnummer",
        "Adres",
        "Geboorteplaats",
        "NLD",
        "nl",
    ),
    "FI": (
        "SUOMI FINLAND  HENKILÖKORTTI",
        "Sukunimi",
        "Etunimet",
        "Syntymäaika",
        "Henkilötunnus",
        "Osoite",
        "Syntymäpaikka",
        "FIN",
        "fi",
    ),
}
ID_ADDR_CC = {
    "ES": "ES",
    "IT": "IT",
    "BE": "NL",
    "PL": "PL",
    "SE": "SE",
    "RO": None,
    "BG": None,
    "NL": "NL",
    "FI": None,
}
ID_TOWN_CC = {
    "ES": "ES",
    "IT": "IT",
    "BE": "BE",
    "PL": "PL",
    "SE": "SE",
    "RO": "RO",
    "BG": "BG",
    "NL": "NL",
    "FI": "FI",
}


def ocr_idcard(c):
    rng = c.rng
    cc = c.pick(sorted(ID_CARDS))
    hdr, l_sur, l_giv, l_dob, l_id, l_addr, l_pob, c3, cults = ID_CARDS[cc]
    p = c.p(culture=c.pick(cults.split()) if c.chance(0.75) else None, minor=c.chance(0.5))
    nid, _ = V.national_id(rng, cc, p.dob, p.gender)
    docno = V.letters(rng, 3) + V.digits(rng, 6)
    b = B(noise=V.make_ocr_noise(rng, 0.06))
    b.line(c.pick(["[ID card - front]", "scan_0%d.pdf  (front)" % c.ri(10, 99), "Anverso:", "## FRONT ##"]))
    b.line(hdr)
    native = cc == "BG" and not p.latin
    b.line(l_sur, "   ", PER(p.family.upper() if native else p.family_r.upper()))
    b.line(l_giv, "   ", PER(p.given.upper() if native else p.given_r.upper()))
    b.line(
        l_dob, "   ", dob_f(c, p, c.pick(["dmy.", "dmy/", "iso"])), "   ", "F" if p.gender == "f" else "M", "   ", c3
    )
    b.line(l_id, "  ", NID(nid), c.pick(["", "   Nº doc. " + docno, "   " + docno]))
    b.line(l_pob, "   ", LOC(V.town(rng, ID_TOWN_CC[cc], native=c.chance(0.3)).upper()))
    b.line(c.pick(["[back]", "— reverso —", "## BACK ##", "(back side, partially cut off)"]))
    acc = ID_ADDR_CC[cc]
    if acc:
        b.line(l_addr, ": ", ST(V.street_address(rng, acc)), ", ", V.postcode(rng, acc), " ", LOC(V.town(rng, acc)))
    if c.chance(0.7):
        opt_id = "".join(ch for ch in nid if ch.isalnum())
        l1 = "I<" + c3 + docno + V.icao_check(docno)
        field = opt_id[:15]
        b.add(l1)
        if field:
            b.add(NID(field))
        b.t("<" * (30 - len(l1) - len(field)) + "\n", raw=True)
        dm = p.dob.strftime("%y%m%d")
        exp = V.add_years(c.date, c.ri(2, 9)).strftime("%y%m%d")
        b.add(DOB(dm))
        tail = V.icao_check(dm) + ("F" if p.gender == "f" else "M") + exp + V.icao_check(exp) + c3
        b.t(tail + "<" * (30 - 6 - len(tail) - 1) + str(c.ri(0, 9)) + "\n", raw=True)
        nm = _mrz_name(p)[:30].rstrip("<")
        b.add(PER(nm))
        b.t("<" * (30 - len(nm)) + "\n", raw=True)
    if c.chance(0.4):
        b.line(
            c.pick(["Copia aportada por ", "Kopia od ", "copy from ", "Kopie von "]),
            name_f(c, c.p(minor=False), "full_r"),
            ", ",
            c.date.strftime("%d.%m.%Y"),
        )
    return b


def ocr_usdl(c):
    rng = c.rng
    dl, st = V.us_dl(rng)
    p = c.local("US", age=c.ri(16, 58))
    b = B(noise=V.make_ocr_noise(rng, 0.06))
    b.line(c.pick(["Scanned: DL front", "[photo of licence, glare top-left]", "ATTACHMENT B - ID", "DL_scan.png OCR:"]))
    b.line(V.US_STATES[st].upper(), c.pick(["  USA", " ", "  DRIVER LICENSE"]))
    b.line(c.pick(["DRIVER LICENSE", "DRIVER LICENSE  CLASS C", "LICENSE"]))
    b.line(c.pick(["DL ", "4d DLN ", "LIC# "]), USDL(dl), "     CLASS ", c.pick(["C", "D", "DM"]))
    b.line(
        "EXP ",
        V.add_years(c.date, c.ri(1, 6)).strftime("%m/%d/%Y"),
        "   ISS ",
        c.date_after(-900, -20).strftime("%m/%d/%Y"),
    )
    b.line("LN ", PER(p.family_r.upper()))
    b.line("FN ", PER((p.given_r + (" " + p.middle(rng) if c.chance(0.3) else "")).upper()))
    b.line(ST(V.street_address(rng, "US").upper()))
    b.line(LOC(V.town(rng, "US").upper()), ", ", st, " ", V.postcode(rng, "US"))
    b.line(
        "DOB ",
        dob_f(c, p, "us"),
        "    SEX ",
        "F" if p.gender == "f" else "M",
        "   HGT ",
        "%d'-%02d\"" % (c.ri(4, 6), c.ri(0, 11)),
        "  EYES ",
        c.pick(["BRN", "BLU", "HAZ", "GRN"]),
    )
    if p.age < 21:
        b.line("UNDER 21 UNTIL ", V.add_years(p.dob, 21).strftime("%m/%d/%Y"))
    b.line("DD ", V.digits(rng, 12), c.pick(["", " REV 08/2022", " CAT 1"]))
    if c.chance(0.6):
        b.line(
            c.pick(["Applicant ITIN (from IRS CP565 notice): ", "Caller also gave ITIN ", "ITIN on file: "]),
            ITIN(V.fmt_ssn(rng, V.itin(rng))),
        )
    if c.chance(0.35):
        b.line("Also presented: US passport no. ", USPP(V.passport_no(rng, "US")))
    if c.chance(0.4):
        b.line("SSN (verbal, unverified): ", SSN(V.fmt_ssn(rng, V.ssn(rng))))
    if c.chance(0.4):
        b.line(
            "Note: licence holder is ",
            age_f(p),
            c.pick([" y/o", " years old", ""]),
            c.pick([" - parent of referred child", "; verified by phone ", "."]),
            phone_f(c, "US") if c.chance(0.5) else "",
        )
    return b


def ocr_intake(c):
    rng = c.rng
    cc = c.pick(COUNTRY6)
    region = cc
    kid = c.local(cc, minor=True)
    par = c.local(cc, minor=False, culture=kid.culture if c.chance(0.7) else None)
    b = B(noise=V.make_ocr_noise(rng, 0.09))
    b.line(
        c.pick(
            [
                "CHILD HELPLINE - CONFIDENTIAL INTAKE FORM",
                "Walk-in Intake (handwritten) - page 1 of 2",
                "YOUTH DROP-IN REGISTRATION  *scanned*",
            ]
        )
    )
    b.line("Date: ", c.date.strftime("%d/%m/%Y"), "   Ref: ", V.ref_no(rng, "INT"), "   Worker: ", c.initials())
    b.line("Name of young person: ", name_f(c, kid, c.pick(["full_r", "full_r", "lower", "full"])))
    b.line("Age: ", age_f(kid, c.chance(0.2)), "     D.O.B.: ", dob_f(c, kid, c.pick(["dmy/", "short", "dmy."])))
    g = c.rng.random()
    if g < 0.4:
        b.line(
            "Gender: ",
            GEN(c.pick(S.GENDER_IDENTITY)),
            c.pick([" (uses they/them)", "", " - asked us to use chosen name"]),
        )
    else:
        b.line("Gender: ", c.pick(["F", "M", "female", "male"]))
    st = V.street_address(rng, cc)
    b.line("Address: ", ST(st), ", ", town_f(c, cc), " ", V.postcode(rng, cc))
    b.line("Phone (own): ", phone_f(c, region), c.pick(["", "  (pay as you go)", "  - txt only"]))
    b.line("School: ", c.pick(S.SCHOOLS), "   Yr ", str(c.ri(6, 12)))
    if c.chance(0.7):
        b.line("Ethnicity (self-described): ", ETH(c.pick(S.ETHNIC)))
    if c.chance(0.8):
        cond, drug = med_pair(c)
        b.line("Medical / additional needs: ", cond, c.pick(["; takes ", "; meds: ", ", on "]), drug)
    if c.chance(0.35):
        b.line("Sexuality (if shared): ", SEX(c.pick(S.SEXUAL_ORIENTATION)))
    b.line(
        "Parent/carer: ",
        name_f(c, par, c.pick(["full_r", "inv", "init"])),
        " (",
        c.pick(
            ["mother", "aunt", "kinship carer", "grandmother"]
            if par.gender == "f"
            else ["father", "uncle", "kinship carer"]
        ),
        ")  Tel: ",
        phone_f(c, region),
    )
    if c.chance(0.5):
        b.line("Carer email: ", EM(V.email(rng, par)))
    partner = c.local(cc, minor=False, gender=c.pick("mmf"))
    b.line(
        "Concerns: YP says mum's partner ",
        name_f(c, partner, c.pick(["given", "full_r"])),
        " ",
        crim(c),
        c.pick([". Feels unsafe at home.", " and has been staying over most nights.", "; YP scared to go back."]),
    )
    if c.chance(0.5):
        sib = c.local(cc, minor=True, culture=kid.culture)
        b.line("Siblings: ", name_f(c, sib, "given"), " (", age_f(sib), ")", c.pick(["", " - same address"]))
    b.line("Signed: ____________   Page ", c.pick(["1", "l", "1 of 2"]))
    return b


def ocr_fax_referral(c):
    rng = c.rng
    cc = c.pick(["GB", "GB", "IE", "AU", "NZ", "CA"])
    kid = c.local(cc, minor=True)
    mum = c.local(cc, minor=False, gender="f", culture=kid.culture)
    partner = c.local(cc, minor=False, gender="m")
    doc = c.p(minor=False)
    hid, scheme = V.health_id(rng, cc, kid.dob, kid.gender)
    b = B(noise=V.make_ocr_noise(rng, 0.06))
    b.line(
        c.date.strftime("%d/%m/%Y"),
        " ",
        V.hhmm(rng),
        "  FROM: ",
        phone_f(c, cc, "national", "fixed"),
        "   TO: ",
        phone_f(c, cc, "national", "fixed"),
        "   P.00",
        str(c.ri(1, 3)),
        "/00",
        str(c.ri(3, 5)),
    )
    b.line(c.pick(["*** RECEIVED ", "[STAMP] RECEIVED "]), c.date.strftime("%d %b %Y").upper(), " ***")
    b.line(
        c.pick(
            [
                "REFERRAL TO CHILDREN'S SOCIAL CARE",
                "NOTIFICATION OF SAFEGUARDING CONCERN",
                "Child Protection Referral - Emergency Department",
            ]
        )
    )
    b.line(
        "Re: ",
        name_f(c, kid, c.pick(["full_r", "inv", "caps"])),
        "   DOB: ",
        dob_f(c, kid, c.pick(["dmy/", "mon"])),
        "   ",
        scheme,
        ": ",
        NID(hid),
    )
    b.line(
        "Hospital No: ",
        V.letters(rng, 1) + V.digits(rng, 7),
        "   Ward: ",
        c.pick(["Children's Assessment Unit", "ED Paeds", "Ward 4B"]),
    )
    b.line("Address: ", ST(V.street_address(rng, cc)), ", ", town_f(c, cc), " ", V.postcode(rng, cc))
    b.line("")
    b.line("Dear Colleague,")
    b.add(
        "I am writing regarding ",
        name_f(c, kid, "given"),
        " (",
        age_f(kid, c.chance(0.4)),
        c.pick([" years old", " yrs", ""]),
        ") who attended on ",
        c.date_after(-5, -1).strftime("%d/%m/%Y"),
        " with ",
        c.pick(
            [
                "a spiral fracture of the left humerus",
                "bruising to both upper arms",
                "an overdose of paracetamol",
                "burns to the right hand",
            ]
        ),
        ". ",
    )
    cond, drug = med_pair(c)
    b.add(
        "She" if kid.gender == "f" else "He",
        " has a background of ",
        cond,
        c.pick([" and takes ", " managed with "]),
        drug,
        ". ",
    )
    b.add(
        "Mother, ",
        name_f(c, mum, c.pick(["full_r", "full"])),
        c.pick([", was present", ", attended later"]),
        " and gave a contact number of ",
        phone_f(c, cc),
        ". ",
    )
    b.line("Her partner, ", name_f(c, partner, "full_r"), ", is understood to have ", crim_has(c), ".")
    if c.chance(0.4):
        b.line(
            "Family are ",
            ETH(c.pick(S.ETHNIC)),
            "; interpreter ",
            c.pick(["not required", "required (see below)"]),
            ".",
        )
    b.line("")
    b.line("Yours sincerely,")
    b.line("Dr ", name_f(c, doc, c.pick(["full_r", "init"])), ", Consultant Paediatrician")
    b.line("Tel ", phone_f(c, cc, "national", "fixed"), c.pick([" ext 4471", " (bleep 233)", ""]))
    b.line(c.pick(["Page 1 of 3  CONFIDENTIAL", "CONFIDENTIAL - if received in error please phone sender", "-1-"]))
    return b


def ocr_discharge(c):
    rng = c.rng
    cc = c.pick(COUNTRY6)
    kid = c.local(cc, minor=c.chance(0.8))
    hid, scheme = V.health_id(rng, cc, kid.dob, kid.gender)
    gp = c.local(cc, minor=False)
    b = B(noise=V.make_ocr_noise(rng, 0.07))
    b.line(c.pick(["DISCHARGE SUMMARY", "Discharge Letter - Paediatrics", "CLINICAL SUMMARY (scanned copy)"]))
    b.line("Patient: ", name_f(c, kid, c.pick(["inv", "caps", "full_r"])), "    ", scheme, " ", NID(hid))
    b.line("DOB: ", dob_f(c, kid, c.pick(["dmy/", "mon", "iso"])), "  Age: ", age_f(kid), "   MRN: ", V.digits(rng, 8))
    b.line("Address: ", ST(V.street_address(rng, cc)), ", ", town_f(c, cc))
    b.line("Admitted: ", c.date_after(-20, -6).strftime("%d/%m/%Y"), "   Discharged: ", c.date.strftime("%d/%m/%Y"))
    b.line("Diagnoses:")
    for _ in range(c.ri(1, 3)):
        b.line("  - ", MED(c.pick(S.MEDICAL)))
    b.line("Medications on discharge:")
    for _ in range(c.ri(1, 3)):
        b.line(
            "  ",
            MED(c.pick(S.MEDICATIONS)),
            " ",
            str(c.pick([5, 10, 20, 50, 100, 250])),
            " mg ",
            c.pick(["OD", "BD", "nocte", "PRN"]),
        )
    b.line(
        "GP: Dr ",
        name_f(c, gp, c.pick(["full_r", "family", "init"])),
        ", ",
        c.pick(["Riverside Surgery", "Health Centre", "Medical Practice"]),
    )
    if c.chance(0.5):
        b.line(
            "Safeguarding: ",
            c.pick(["Social worker ", "Allocated SW "]),
            name_f(c, c.local(cc, minor=False), "full_r"),
            " informed, tel ",
            phone_f(c, cc),
        )
    if c.chance(0.3):
        b.line(
            "Patient identifies as ",
            GEN(c.pick(S.GENDER_IDENTITY)),
            "; preferred name ",
            name_f(c, c.p(culture=kid.culture), "given"),
        )
    b.line(c.pick(["Page 2/2", "p. 1", "CONFIDENTIAL"]))
    return b


def ocr_police(c):
    rng = c.rng
    cc = c.pick(["GB", "GB", "IE", "NZ", "AU"])
    subj = c.local(cc, minor=False)
    b = B(noise=V.make_ocr_noise(rng, 0.06))
    b.line(c.pick(["OFFICIAL - SENSITIVE", "RESTRICTED", "PROTECTED - POLICE USE"]), "        Page ", str(c.ri(2, 5)))
    b.line(c.pick(["PERSON RECORD EXTRACT", "Disclosure under DVDS (Clare's Law)", "Nominal summary"]))
    b.line(
        "Surname: ",
        PER(subj.family_r.upper()),
        "   Forenames: ",
        PER(subj.given_r.upper()),
        "   DOB: ",
        dob_f(c, subj, c.pick(["dmy/", "short"])),
        "  (",
        age_f(subj),
        ")",
    )
    b.line(
        "POB: ",
        LOC(V.town(rng, subj.country if subj.country in V.TOWNS else cc).upper()),
        "   Self-defined ethnicity: ",
        ETH(c.pick(S.ETHNIC)) if c.chance(0.7) else "not stated",
    )
    b.line("Last known address: ", ST(V.street_address(rng, cc)), ", ", town_f(c, cc))
    b.line("Record: ")
    for _ in range(c.ri(1, 3)):
        b.line("  * ", crim(c, False))
    b.line(
        "Vehicles: ",
        PLATE(V.plate(rng, cc if cc != "NZ" else "NZ")),
        " (",
        c.pick(["silver", "black", "white", "red"]),
        " ",
        c.pick(["Vauxhall Corsa", "Toyota Hilux", "Ford Transit", "Mazda Demio", "VW Golf"]),
        ")",
        opt(c, 0.4, [", ", PLATE(V.plate(rng, cc))]),
    )
    b.line("Phones: ", phone_f(c, cc), opt(c, 0.5, [" / ", phone_f(c, cc)]))
    if c.chance(0.5):
        b.line(
            "Online: IP ",
            IP(V.ip(rng)),
            " attributed ",
            c.date_after(-200, -10).strftime("%d/%m/%Y"),
            "; handle ",
            USR(V.username(rng, subj, c.chance(0.5))),
        )
    assoc = c.local(cc, minor=False)
    b.line("Associates: ", name_f(c, assoc, c.pick(["inv", "full_r"])), c.pick([" (ex-partner)", " (brother)", ""]))
    b.line(
        "Disclosed to: ",
        name_f(c, c.local(cc, minor=False), "full_r"),
        " on ",
        c.date.strftime("%d/%m/%Y"),
        " by DC ",
        c.initials(),
        " ",
        V.digits(rng, 4),
    )
    return b


def ocr_bank(c):
    rng = c.rng
    us = c.chance(0.5)
    p = c.local("US" if us else "GB", minor=False)
    b = B(noise=V.make_ocr_noise(rng, 0.05))
    if us:
        b.line(c.pick(S.BANKS_US).upper())
        b.line("DIRECT DEPOSIT / ACH AUTHORIZATION FORM")
        b.line("Name: ", name_f(c, p, c.pick(["full_r", "caps", "inv"])))
        b.line(
            "Address: ",
            ST(V.street_address(rng, "US")),
            ", ",
            town_f(c, "US"),
            ", ",
            c.pick(sorted(V.US_STATES)),
            " ",
            V.postcode(rng, "US"),
        )
        b.line("Phone: ", phone_f(c, "US"), "    SSN: ", SSN(V.fmt_ssn(rng, V.ssn(rng))))
        b.line(
            "Routing (ABA) #: ",
            ABA(V.aba(rng)),
            "    Account #: ",
            BANK(V.us_bank(rng)),
            "   [x] Checking  [ ] Savings",
        )
        if c.chance(0.5):
            b.line(
                "2nd account - Routing: ",
                ABA(V.aba(rng)),
                "  Acct: ",
                BANK(V.us_bank(rng)),
                "  Amount: ",
                V.money(rng, "$"),
            )
        if c.chance(0.5):
            b.line(
                "Joint holder: ",
                name_f(c, c.local("US", minor=False), "full_r"),
                "   ITIN: ",
                ITIN(V.fmt_ssn(rng, V.itin(rng))),
            )
        b.line("Employer EIN: ", V.digits(rng, 2) + "-" + V.digits(rng, 7), "   Check no. ", V.digits(rng, 4))
    else:
        cc = c.pick(["DE", "NL", "FR", "ES", "IE", "IT", "BE", "AT"])
        b.line(
            c.pick(
                ["SEPA-Lastschriftmandat", "SEPA Direct Debit Mandate", "Mandat de prélèvement SEPA", "Machtiging SEPA"]
            )
        )
        b.line(
            "Mandate ref: ", V.ref_no(rng, "MND"), "   Creditor ID: ", cc + V.digits(rng, 2) + "ZZZ" + V.digits(rng, 8)
        )
        b.line("Kontoinhaber / Account holder: ", name_f(c, p, c.pick(["full_r", "inv"])))
        b.line("IBAN: ", IBAN(V.iban(rng, cc)), "    BIC: ", V.letters(rng, 4) + cc + V.letters(rng, 2))
        b.line(
            "Address: ",
            ST(
                V.street_address(
                    rng,
                    "DE"
                    if cc in ("DE", "AT")
                    else "NL"
                    if cc in ("NL", "BE")
                    else "FR"
                    if cc == "FR"
                    else "ES"
                    if cc == "ES"
                    else "IT"
                    if cc == "IT"
                    else "IE",
                )
            ),
            " ",
            LOC(V.town(rng, cc if cc in V.TOWNS else "DE")),
        )
    b.line("")
    b.line(c.pick(["CARD DISPUTE - transactions not recognised", "Card to be cancelled:", "Card on file:"]))
    b.line("Card number: ", CC(V.credit_card(rng)), "   Exp ", "%02d/%02d" % (c.ri(1, 12), c.ri(25, 30)))
    b.line(
        "Amount disputed: ", V.money(rng, c.pick(["$", "€", "£"])), "  on ", c.date_after(-30, -2).strftime("%d/%m/%Y")
    )
    b.line("Signature: ", c.pick(["(signed)", "~~~~", "X"]), "   Date: ", c.date.strftime("%d/%m/%Y"))
    if c.chance(0.5):
        b.line(
            "Note: son/daughter ",
            name_f(c, c.p(culture=p.culture, minor=True), "given"),
            c.pick([" used card for in-game purchases", " sent money to online contact"]),
        )
    return b


def ocr_birthcert(c):
    rng = c.rng
    cc = c.pick(["GB", "IE", "NZ", "AU", "ZA"])
    kid = c.local(cc, minor=True)
    mum = c.local(cc, minor=False, gender="f", culture=kid.culture)
    dad = c.local(cc, minor=False, gender="m", culture=kid.culture if c.chance(0.7) else None)
    b = B(noise=V.make_ocr_noise(rng, 0.08))
    b.line(
        c.pick(
            [
                "CERTIFIED COPY OF AN ENTRY OF BIRTH",
                "BIRTH CERTIFICATE (extract)",
                "Teastas Breithe / Birth Certificate",
            ]
        )
    )
    b.line(
        "Registration district: ",
        c.pick(["Northern", "District 4", "Sub-district B"]),
        "   Entry No. ",
        V.digits(rng, 3),
    )
    b.line(
        "1. Date and place of birth: ",
        dob_f(c, kid, c.pick(["long", "dmy/"])),
        ", ",
        c.pick(["General Hospital", "Maternity Unit", "at home"]),
        ", ",
        town_f(c, cc),
    )
    b.line(
        "2. Name and surname: ",
        name_f(c, kid, c.pick(["full_r", "caps"])),
        "     3. Sex: ",
        "Female" if kid.gender == "f" else "Male",
    )
    b.line(
        "4. Father: ", name_f(c, dad, "full_r"), "   Occupation: ", c.pick(["Labourer", "Driver", "Nurse", "Chef", "—"])
    )
    b.line("5. Mother: ", name_f(c, mum, "full_r"), "   Maiden surname: ", PER(c.p(culture=mum.culture).family_r))
    b.line("6. Usual address: ", ST(V.street_address(rng, cc)), ", ", town_f(c, cc))
    b.line(
        "7. Informant: ",
        c.pick(["Mother", "Father", "Both parents"]),
        "    Registered: ",
        c.pick(["within 42 days", "late registration"]),
    )
    b.line(
        "Registrar: ",
        name_f(c, c.local(cc, minor=False), "init"),
        "   Certified copy issued ",
        c.date.strftime("%d %B %Y"),
    )
    if c.chance(0.7):
        b.line(
            c.pick(["[handwritten] child now ", "Note - YP is ", "** now aged "]),
            age_f(kid, c.chance(0.3)),
            c.pick(["; placed w/ kinship carer", ", lives with dad", ""]),
        )
    return b


def ocr_device_repair(c):
    rng = c.rng
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "US", "ZA"])
    p = c.local(cc, minor=c.chance(0.4))
    b = B(noise=V.make_ocr_noise(rng, 0.06))
    b.line(
        c.pick(["FIXIT MOBILE - REPAIR JOB SHEET", "Phone Doctor Repairs - Booking Form", "iCare Tech Bench Ticket"])
    )
    b.line("Job no: ", V.ref_no(rng, "JOB"), "   Date in: ", c.date.strftime("%d/%m/%y"), "   Tech: ", c.initials())
    b.line("Customer: ", name_f(c, p, c.pick(["full_r", "lower", "caps"])), "   Tel: ", phone_f(c, cc))
    b.line("Email: ", EM(V.email(rng, p)))
    model = c.pick(["iPhone 12", "Galaxy A52", "Pixel 6a", "iPhone SE (2nd gen)", "Redmi Note 11", "Moto g84"])
    b.line(
        "Device: ", model, "  ", c.pick(["64GB", "128GB", "256GB"]), "  colour ", c.pick(["blue", "black", "midnight"])
    )
    b.line("IMEI: ", DEV(V.imei(rng)), opt(c, 0.4, ["   IMEI2: ", DEV(V.imei(rng))]))
    b.line("Serial: ", DEV(V.device_id(rng, c.pick(["serial_apple", "serial_samsung"]))[0]))
    if c.chance(0.6):
        b.line("Wi-Fi MAC: ", MAC(V.mac(rng)), opt(c, 0.5, ["   BT: ", MAC(V.mac(rng))]))
    b.line(
        c.pick(["Passcode: ", "Screen lock PIN (for testing): ", "Unlock code: "]),
        CRED(V.credential(rng, "pin")),
        opt(c, 0.5, [c.pick(["   Apple ID pw: ", "   Google acct password: "]), CRED(V.credential(rng, "pw"))]),
    )
    b.line(
        "Fault: ",
        c.pick(["cracked screen", "not charging", "water damage", "boot loop"]),
        "   Quote: ",
        V.money(rng, c.pick(["£", "$", "€"])),
        "   SKU ",
        "LCD-" + V.digits(rng, 4),
    )
    if c.chance(0.5):
        b.line(c.pick(["NB: customer is ", "Customer said she is ", "Age (if under 18 need guardian): "]), age_f(p))
    if c.chance(0.4):
        b.line(
            "Collected by: ",
            name_f(c, c.local(cc, minor=False), "full_r"),
            " ",
            c.date_after(1, 9).strftime("%d/%m/%y"),
        )
    return b


def ocr_court_order(c):
    rng = c.rng
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA"])
    app = c.local(cc, minor=False, gender="f")
    resp = c.local(cc, minor=False, gender="m")
    kids = [c.local(cc, minor=True, culture=app.culture) for _ in range(c.ri(1, 2))]
    b = B(noise=V.make_ocr_noise(rng, 0.05))
    b.line(
        c.pick(["IN THE FAMILY COURT", "DISTRICT COURT - FAMILY DIVISION", "PROTECTION ORDER"]),
        "      Case No. ",
        V.letters(rng, 2) + V.digits(rng, 2) + "P" + V.digits(rng, 5),
    )
    b.line(c.pick(["NON-MOLESTATION ORDER", "Protection Order (final)", "Safety Order"]))
    b.line("Applicant: ", name_f(c, app, c.pick(["full_r", "caps"])))
    b.line(
        "Respondent: ",
        name_f(c, resp, c.pick(["full_r", "caps", "inv"])),
        "  born ",
        dob_f(c, resp, c.pick(["long", "dmy/"])),
    )
    b.line("Relevant children:")
    for k in kids:
        b.line("  ", name_f(c, k, "full_r"), ", born ", dob_f(c, k, c.pick(["long", "dmy/"])))
    b.line(
        "The Respondent must not go to ",
        ST(V.street_address(rng, cc)),
        ", ",
        town_f(c, cc),
        c.pick([" or within 100 metres of it.", ", or any school attended by the children."]),
    )
    b.line(
        "The Respondent must not contact the Applicant by phone (",
        phone_f(c, cc),
        "), text, or social media",
        opt(c, 0.5, [" including the account ", USR(V.username(rng, app, True))]),
        ".",
    )
    if c.chance(0.6):
        b.line("Police note: Respondent drives ", PLATE(V.plate(rng, cc)), " and ", crim(c), ".")
    b.line(
        "Ordered by ",
        c.pick(["District Judge", "Judge", "Justice"]),
        " ",
        name_f(c, c.local(cc, minor=False), "family"),
        " on ",
        c.date.strftime("%d %B %Y"),
        ".   Penal notice attached.",
    )
    return b


def ocr_school_form(c):
    rng = c.rng
    cc = c.pick(["IE", "CA", "AU", "GB", "NZ"])
    kid = c.local(cc, minor=True, age=c.ri(6, 16))
    b = B(noise=V.make_ocr_noise(rng, 0.08))
    b.line(c.pick(S.SCHOOLS).upper())
    b.line(
        c.pick(
            [
                "RECORD OF CONCERN - CHILD SAFEGUARDING",
                "Welfare Concern Form (DLP use)",
                "Child Safeguarding Statement - Concern Log",
            ]
        )
    )
    b.line(
        "Pupil: ",
        name_f(c, kid, c.pick(["full_r", "inv", "full"])),
        "   Class/Yr: ",
        c.pick(["4th", "Yr 7", "Gr. 5", "Room 12"]),
        "   DOB ",
        dob_f(c, kid, "dmy/"),
        "  Age ",
        age_f(kid),
    )
    b.line("[x] Physical  [ ] Emotional  [", c.pick(["x", " "]), "] Neglect  [ ] Sexual")
    b.line("Home address: ", ST(V.street_address(rng, cc)), ", ", town_f(c, cc))
    cond, drug = med_pair(c)
    b.line("SEN / medical: ", cond, opt(c, 0.5, [" (", drug, " at lunch)"]))
    if c.chance(0.5):
        b.line("Ethnic / cultural background: ", ETH(c.pick(S.ETHNIC)))
    par = c.local(cc, minor=False, culture=kid.culture)
    b.line(
        "Parent(s): ",
        name_f(c, par, "full_r"),
        "  ph ",
        phone_f(c, cc),
        opt(c, 0.5, ["  email ", EM(V.email(rng, par))]),
    )
    b.add(
        "What was seen/said: ",
        name_f(c, kid, "given"),
        c.pick([" came in with a bruise on cheek and said ", " told SNA that ", " disclosed at break that "]),
        c.pick(["'dad's friend ", "'mum's boyfriend "]),
        name_f(c, c.local(cc, minor=False, gender="m"), "given"),
        c.pick([" hurts me'", " makes me stay up'", " shows me videos'"]),
        ". ",
    )
    if c.chance(0.5):
        sib = c.p(culture=kid.culture, age=c.ri(18, 24))
        b.add(
            c.pick(["Older brother ", "Cousin "]), name_f(c, sib, "given"), " (", age_f(sib), ") collects from school."
        )
    b.line("")
    b.line(
        "Staff: ",
        name_f(c, c.local(cc, minor=False), "init"),
        "   DLP informed: ",
        c.pick(["Y", "yes"]),
        "   Time: ",
        V.hhmm(rng),
    )
    return b


def ocr_tax_letter(c):
    rng = c.rng
    v = c.pick(["US", "US", "DE", "IE", "AU", "NZ"])
    p = c.local(v if v in S.LOCAL_CULTURES else "GB", minor=False)
    b = B(noise=V.make_ocr_noise(rng, 0.05))
    if v == "US":
        b.line("Department of the Treasury  Internal Revenue Service")
        b.line("Notice CP565    Tax Year ", str(c.date.year - 1), "    Notice date ", c.date.strftime("%B %d, %Y"))
        b.line(PER(p.full_r().upper()))
        b.line(ST(V.street_address(rng, "US").upper()))
        b.line(LOC(V.town(rng, "US").upper()), " ", c.pick(sorted(V.US_STATES)), " ", V.postcode(rng, "US"))
        b.line(
            "We assigned you an Individual Taxpayer Identification Number (ITIN): ", ITIN(V.fmt_ssn(rng, V.itin(rng)))
        )
        if c.chance(0.5):
            b.line(
                "Dependent: ",
                name_f(c, c.p(culture=p.culture, minor=True), "full_r"),
                "  ITIN ",
                ITIN(V.fmt_ssn(rng, V.itin(rng))),
            )
        b.line("Date of birth on file: ", dob_f(c, p, c.pick(["us", "uslong"])))
        b.line("If you have questions call ", PH("1-800-829-1040"), " (toll free).")
    elif v == "DE":
        b.line("Bundeszentralamt für Steuern")
        b.line("Mitteilung über Ihre steuerliche Identifikationsnummer")
        b.line("Herrn/Frau ", name_f(c, p, "full_r"))
        b.line(ST(V.street_address(rng, "DE")))
        b.line(V.postcode(rng, "DE"), " ", town_f(c, "DE"))
        nid, _ = V.national_id(rng, "DE", p.dob, p.gender)
        b.line("Ihre Identifikationsnummer lautet: ", NID(nid))
        b.line("Geburtsdatum: ", dob_f(c, p, "dmy."), "   Aktenzeichen ", V.digits(rng, 3) + "/" + V.digits(rng, 4))
    else:
        scheme = {"IE": "Personal Public Service Number", "AU": "Tax File Number", "NZ": "IRD number"}[v]
        b.line(c.pick(["Revenue", "Australian Taxation Office", "Inland Revenue Te Tari Taake"]))
        b.line("Dear ", name_f(c, p, c.pick(["full_r", "given"])), ",")
        b.line("Address: ", ST(V.street_address(rng, v)), ", ", town_f(c, v))
        nid, _ = V.national_id(rng, v, p.dob, p.gender)
        b.line("Your ", scheme, " is ", NID(nid), ". Please quote it in all correspondence.")
        if c.chance(0.6):
            b.line("Date of birth: ", dob_f(c, p, c.pick(["dmy/", "long"])), "   Phone on file: ", phone_f(c, v))
    b.line(c.pick(["Page 1 of 2", "- 1 -", "[scanned by caller, page edges cropped]"]))
    return b


OCR_TEMPLATES = [
    ocr_passport,
    ocr_idcard,
    ocr_usdl,
    ocr_intake,
    ocr_fax_referral,
    ocr_discharge,
    ocr_police,
    ocr_bank,
    ocr_birthcert,
    ocr_device_repair,
    ocr_court_order,
    ocr_school_form,
    ocr_tax_letter,
]


# ============================================================== CHRONOLOGY
CC_LANG = {"GB": "en", "IE": "en", "AU": "en", "NZ": "en", "CA": "en", "ZA": "en"}


def _family(c, cc):
    kid = c.local(cc, minor=True)
    sib = c.local(cc, culture=kid.culture, age=c.ri(2, 17))
    if c.chance(0.75):
        sib.share_family(kid)
    mum = c.local(cc, gender="f", culture=kid.culture, age=min(kid.age + c.ri(18, 30), 60))
    if c.chance(0.5):
        mum.share_family(kid)
    partner = c.local(cc, gender="m", minor=False)
    return dict(kid=kid, sib=sib, mum=mum, partner=partner)


def _staff(c, cc, n):
    out = []
    for _ in range(n):
        out.append((c.local(cc, minor=False), c.pick(S.ROLES), c.pick(S.AGENCIES[cc])))
    return out


def _event(c, cc, f, kind=None):
    k, sib, mum, pt = f["kid"], f["sib"], f["mum"], f["partner"]
    rng = c.rng
    kind = kind if kind is not None else c.ri(0, 13)
    g = lambda p: name_f(c, p, c.pick(["given", "given", "full_r"]))
    if kind == 0:
        return [
            "Home visit to ",
            ST(V.street_address(rng, cc)),
            ", ",
            town_f(c, cc),
            ". ",
            g(k),
            c.pick([" seen alone in bedroom; ", " seen with sibling; ", " not seen - mother refused entry; "]),
            c.pick(["home conditions poor.", "no food in fridge.", "presented as withdrawn."]),
        ]
    if kind == 1:
        return [
            c.pick(["Police attended DA incident; ", "999 call from neighbour; ", "Police PPN received: "]),
            g(pt),
            c.pick([" arrested. PNC shows ", " detained; checks show ", " spoken to. Record: "]),
            crim_has(c),
            ".",
        ]
    if kind == 2:
        cond, drug = med_pair(c)
        return [
            g(k),
            c.pick([" seen at ED; ", " reviewed by GP; ", " CAMHS appointment; "]),
            c.pick(["diagnosis of ", "history of ", "query "]),
            cond,
            c.pick([" noted, prescribed ", "; started on ", "; compliance with "]),
            drug,
            ".",
        ]
    if kind == 3:
        return [
            "School report ",
            g(k),
            " (",
            age_f(k),
            ") absent ",
            str(c.ri(3, 15)),
            " sessions. Calls to mother on ",
            phone_f(c, cc),
            " unanswered.",
        ]
    if kind == 4:
        return [
            g(sib),
            " (",
            age_f(sib),
            c.pick([") told teacher that ", ") disclosed to school nurse that "]),
            name_f(c, pt, "given"),
            c.pick([" hit mum.", " locks them in their room.", " shouts at night."]),
        ]
    if kind == 5:
        return [
            g(k),
            " reported missing ",
            V.hhmm(rng),
            "; found ",
            V.hhmm(rng),
            " in ",
            town_f(c, cc),
            c.pick([" with older males.", " at a party.", " at a petrol station."]),
        ]
    if kind == 6:
        return ["Anonymous caller (", phone_f(c, cc), ") raised concern re ", g(k), " being left alone overnight."]
    if kind == 7:
        return [
            c.pick(["Mother ", "Mum ", "Mother, "]),
            name_f(c, mum, c.pick(["given", "full_r"])),
            c.pick([" disclosed she is ", " told SW she is ", " said she now identifies as "]),
            SEX(c.pick(S.SEXUAL_ORIENTATION)),
            c.pick(
                [
                    " and fears partner's reaction; signposted to support.",
                    "; no concerns arising.",
                    "; extended family not supportive.",
                ]
            ),
        ]
    if kind == 8:
        return [
            g(k),
            c.pick([" shared that they identify as ", " told worker they are ", " came out as "]),
            gen_id(c, cc),
            "; asked to be called ",
            PER(c.pick([x[2] for x in V.CULT[k.culture]["m" if k.gender == "f" else "f"]])),
            ".",
        ]
    if kind == 9:
        return [
            "CSE screening: ",
            g(k),
            " in contact with adult via Snapchat handle ",
            USR(V.username(rng, None, c.chance(0.5))),
            "; screenshots obtained.",
        ]
    if kind == 10:
        return [
            "Family are ",
            ETH(c.pick(S.ETHNIC)),
            "; ",
            c.pick(["interpreter booked.", "cultural advisor consulted.", "no interpreter needed."]),
        ]
    if kind == 11:
        return ["Mother's mobile changed to ", phone_f(c, cc), "; email ", EM(V.email(rng, mum)), " confirmed."]
    if kind == 12:
        return [
            "Strategy discussion: threshold for s47 met. Next review ",
            c.date_after(7, 40).strftime("%d/%m/%Y"),
            ".",
        ]
    return [
        "Child seen at school by SW; ",
        g(k),
        c.pick(
            [
                " said 'everything is fine'.",
                " asked to live with nan.",
                " has new phone, number ",
            ]
        ),
        None,
    ]


def _entries(c, cc, f, n, fmt):
    import datetime as dt

    steps = [c.ri(1, 45) for _ in range(n)]
    d = c.date - dt.timedelta(days=sum(steps) + c.ri(1, 20))
    out = []
    kinds = list(range(14))
    c.rng.shuffle(kinds)
    for i in range(n):
        d = d + dt.timedelta(days=steps[i])
        ev = _event(c, cc, f, kinds[i % 14])
        if ev[-1] is None:
            ev = ev[:-1]
            if flat(ev[-1]).endswith("number "):
                ev.append(phone_f(c, cc))
                ev.append(".")
        out.append((d, ev))
    return out


def flat(x):
    return V.flat(x)


def _emit_entries(b, c, entries, style):
    for d, ev in entries:
        ini = c.initials()
        if style == "pipe":
            b.line(
                "| ",
                d.strftime("%d/%m/%Y"),
                " | ",
                c.pick(["CSC", "Police", "Health", "School", "EH"]),
                " | ",
                ev,
                " | ",
                ini,
                " |",
            )
        elif style == "dash":
            b.line(d.strftime("%d.%m.%Y"), " - ", ev, " (", ini, ")")
        elif style == "iso":
            b.line("[", d.isoformat(), " ", V.hhmm(c.rng), "] ", ini, ": ", ev)
        else:
            b.line(d.strftime("%d %b %y").upper(), "\t", ini, "\t", ev)


def chron_table(c):
    cc = c.pick(["GB", "GB", "IE", "AU", "NZ", "CA", "ZA"])
    f = _family(c, cc)
    k = f["kid"]
    b = B()
    b.line(c.pick(["CHRONOLOGY OF SIGNIFICANT EVENTS", "Multi-agency chronology", "Case chronology (merged)"]))
    b.line(
        "Child: ",
        name_f(c, k, c.pick(["full_r", "inv", "full"])),
        "   DOB: ",
        dob_f(c, k, c.pick(["dmy/", "long"])),
        "   Age: ",
        age_f(k),
        "   LCS ID: ",
        V.digits(c.rng, 6),
    )
    b.line(
        "Prepared ",
        c.date.strftime("%d/%m/%Y"),
        " by ",
        name_f(c, c.local(cc, minor=False), "full_r"),
        " (",
        c.pick(S.ROLES),
        ")",
    )
    b.line("")
    style = c.pick(["pipe", "dash", "iso", "tab"])
    if style == "pipe":
        b.line("| Date | Source | Event | By |")
        b.line("|---|---|---|---|")
    _emit_entries(b, c, _entries(c, cc, f, c.ri(5, 9), style), style)
    if c.chance(0.5):
        b.line("")
        b.line(
            "Analysis: pattern of ",
            c.pick(["escalating DA", "neglect", "missing episodes"]),
            " since ",
            c.date_after(-500, -200).strftime("%B %Y"),
            ".",
        )
    return b


def chron_strategy(c):
    cc = c.pick(["GB", "GB", "IE", "AU", "NZ", "CA", "ZA"])
    f = _family(c, cc)
    k, sib = f["kid"], f["sib"]
    staff = _staff(c, cc, c.ri(4, 7))
    b = B()
    b.line(c.pick(["STRATEGY MEETING MINUTES", "Strategy Discussion - Record", "Multi-Agency Strategy Meeting"]))
    b.line(
        "Date: ",
        c.date.strftime("%d/%m/%Y"),
        "   Time: ",
        V.hhmm(c.rng),
        "   Venue: ",
        c.pick(["Teams", "Room 2.14", "MASH office"]),
    )
    b.line(
        "Chair: ",
        name_f(c, staff[0][0], "full_r"),
        " (",
        c.pick(["Team Manager", "Practice Lead", "Service Manager"]),
        ", ",
        staff[0][2],
        ")",
    )
    b.line("Present:")
    for p, role, ag in staff[1:]:
        b.line("  - ", name_f(c, p, c.pick(["full_r", "init", "full_r"])), " - ", role, ", ", ag)
    if c.chance(0.5):
        ap = c.local(cc, minor=False)
        b.line("Apologies: ", name_f(c, ap, "full_r"), " (", c.pick(S.AGENCIES[cc]), ")")
    b.line("")
    b.line("Children subject of meeting:")
    b.line("  1. ", name_f(c, k, "full_r"), "  DOB ", dob_f(c, k, "dmy/"), "  (", age_f(k), ")")
    b.line("  2. ", name_f(c, sib, "full_r"), "  DOB ", dob_f(c, sib, "dmy/"), "  (", age_f(sib), ")")
    b.line("Address: ", ST(V.street_address(c.rng, cc)), ", ", town_f(c, cc))
    b.line("")
    b.line("Information shared:")
    for kind in c.rng.sample([1, 2, 3, 4, 7, 9, 10, 11], 4):
        who = c.pick(staff)[0]
        b.line("  ", name_f(c, who, c.pick(["given", "init"])), ": ", _event(c, cc, f, kind))
    b.line(
        "Decision: ",
        c.pick(
            [
                "s47 enquiry to commence",
                "ICPC to be convened within 15 working days",
                "single-agency response; close to Early Help",
            ]
        ),
    )
    b.line(
        "Actions: ",
        c.initials(),
        " to visit within 24h; ",
        c.initials(),
        " to check PNC; next meeting ",
        c.date_after(7, 20).strftime("%d/%m/%Y"),
    )
    return b


def _country_log(c, cc, header, id_label, extra):
    f = _family(c, cc)
    k = f["kid"]
    hid, scheme = V.health_id(c.rng, cc, k.dob, k.gender)
    b = B()
    b.line(header)
    b.line(
        "Client: ",
        name_f(c, k, c.pick(["full_r", "inv", "full"])),
        "   DOB ",
        dob_f(c, k, c.pick(["dmy/", "iso", "long"])),
        "   ",
        id_label or scheme,
        ": ",
        NID(hid),
    )
    b.line(
        "Case worker: ",
        name_f(c, c.local(cc, minor=False), "full_r"),
        "   Team: ",
        c.pick(S.AGENCIES[cc]),
        "   Case #",
        V.digits(c.rng, 7),
    )
    extra(b, c, f)
    b.line("")
    style = c.pick(["dash", "iso", "tab"])
    _emit_entries(b, c, _entries(c, cc, f, c.ri(4, 7), style), style)
    return b


def chron_ie(c):
    def extra(b, c, f):
        b.line(
            "Eircode: ",
            V.postcode(c.rng, "IE"),
            "   Garda station notified: ",
            c.pick(["Yes", "No"]),
            "   PHN: ",
            name_f(c, c.local("IE", minor=False), "full_r"),
        )
        mum = f["mum"]
        nid, _ = V.national_id(c.rng, "IE", mum.dob, "f")
        b.line("Mother: ", name_f(c, mum, "full_r"), "  PPSN ", NID(nid), "  mob ", phone_f(c, "IE"))

    return _country_log(
        c,
        "IE",
        c.pick(["TUSLA - Child and Family Agency | Case Note Log", "Tusla Social Work Dept - Contact Log"]),
        "PPSN",
        extra,
    )


def chron_au(c):
    def extra(b, c, f):
        b.line(
            "ROSH report no. ",
            V.digits(c.rng, 8),
            "   Aboriginal/TSI status: ",
            ETH(c.pick(["Aboriginal", "Torres Strait Islander", "Aboriginal and Torres Strait Islander"]))
            if c.chance(0.6)
            else "neither",
        )
        nid, _ = V.national_id(c.rng, "AU", f["mum"].dob, "f")
        b.line("Carer: ", name_f(c, f["mum"], "full_r"), "  TFN ", NID(nid), "  Vehicle: ", PLATE(V.plate(c.rng, "AU")))

    return _country_log(
        c,
        "AU",
        c.pick(["DCJ - Case Notes (ChildStory export)", "Child Protection Case Plan - Notes"]),
        "Medicare",
        extra,
    )


def chron_nz(c):
    def extra(b, c, f):
        b.line(
            "Iwi / ethnicity: ",
            ETH(c.pick(["Māori", "Samoan", "Tongan", "Cook Islands Māori", "Fijian Indian"])),
            "   Whānau hui: ",
            c.date_after(3, 30).strftime("%d/%m/%Y"),
        )
        if c.chance(0.6):
            b.line(
                "Aunt identifies as ",
                GEN(c.pick(["fa'afafine", "takatāpui", "non-binary"])),
                " and is proposed kinship carer: ",
                name_f(c, c.local("NZ", minor=False, culture=f["kid"].culture), "full_r"),
                ", ",
                phone_f(c, "NZ"),
            )

    return _country_log(
        c, "NZ", c.pick(["Oranga Tamariki - Case Recording", "OT Site Office - Case Notes"]), "NHI", extra
    )


def chron_ca(c):
    def extra(b, c, f):
        nid, _ = V.national_id(c.rng, "CA", f["mum"].dob, "f")
        b.line(
            "Mother: ",
            name_f(c, f["mum"], "full_r"),
            "  SIN ",
            NID(nid),
            "  Band/heritage: ",
            ETH(c.pick(["First Nations", "Métis", "Inuk", "Cree", "Anishinaabe"])),
        )
        if c.chance(0.5):
            b.line(
                "Note (FR): visite à domicile au ",
                ST(V.street_address(c.rng, "CA")),
                ", ",
                town_f(c, "CA"),
                "; l'enfant ",
                name_f(c, f["kid"], "given"),
                " (",
                age_f(f["kid"]),
                " ans) était présent.",
            )

    return _country_log(
        c, "CA", c.pick(["Children's Aid Society - Ongoing Service Log", "CAS Intake Notes"]), "OHIP", extra
    )


def chron_za(c):
    def extra(b, c, f):
        k, mum = f["kid"], f["mum"]
        nid, _ = V.national_id(c.rng, "ZA", mum.dob, mum.gender)
        b.line(
            "Mother ",
            name_f(c, mum, "full_r"),
            " ID no: ",
            NID(nid),
            "   SAPS CAS ",
            str(c.ri(10, 999)),
            "/",
            "%02d" % c.ri(1, 12),
            "/",
            str(c.date.year),
        )
        b.line(
            "Grandmother: ",
            name_f(c, c.local("ZA", culture=k.culture, gender="f", age=c.ri(55, 75)), "full_r"),
            ", ",
            phone_f(c, "ZA"),
            ", ",
            ST(V.street_address(c.rng, "ZA")),
            ", ",
            town_f(c, "ZA"),
        )

    return _country_log(
        c, "ZA", c.pick(["DSD Child Protection - Process Notes", "Designated Social Worker Case Log"]), "ID", extra
    )


def chron_conference(c):
    cc = c.pick(COUNTRY6)
    f = _family(c, cc)
    k, mum, pt = f["kid"], f["mum"], f["partner"]
    staff = _staff(c, cc, c.ri(3, 5))
    b = B()
    b.line(
        c.pick(["INITIAL CHILD PROTECTION CONFERENCE", "Review Child Protection Conference", "Case Conference - Notes"])
    )
    b.line("Held ", c.date.strftime("%d %B %Y"), " | Chair: ", name_f(c, staff[0][0], "full_r"), " (Independent Chair)")
    b.line(
        "Attendees: ",
        [[name_f(c, p, "full_r"), " (", r, ", ", a, "); "] for p, r, a in staff[1:]],
        "mother ",
        name_f(c, mum, "full_r"),
        ".",
    )
    b.line(
        "Child: ", name_f(c, k, "full_r"), ", ", age_f(k), c.pick([" years", "y", ""]), ", DOB ", dob_f(c, k, "dmy/")
    )
    b.add("Summary: ", name_f(c, k, "given"), " has ", MED(c.pick(S.MEDICAL)), ". ")
    if c.chance(0.7):
        b.add(name_f(c, k, "given"), " identifies as ", gen_id(c, cc), " and reports bullying at school. ")
    if c.chance(0.6):
        b.add("Mother is ", SEX(c.pick(S.SEXUAL_ORIENTATION)), " and in a new relationship. ")
    b.line("Father/partner ", name_f(c, pt, "full_r"), " ", crim(c), ".")
    b.line(
        "Family background: ",
        ETH(c.pick(S.ETHNIC)),
        c.pick(["; extended family in ", "; grandparents live in "]),
        town_f(c, c.pick(sorted(V.TOWNS))),
        ".",
    )
    b.line(
        "Category: ",
        c.pick(["Neglect", "Emotional abuse", "Physical abuse", "Sexual abuse"]),
        ". Plan: core group ",
        c.date_after(5, 15).strftime("%d/%m"),
        "; review ",
        c.date_after(80, 100).strftime("%d/%m/%Y"),
        ".",
    )
    b.line("Children aged 5-11 in area: ", c.pick(["n/a", "see profile"]), "  | Minutes: ", c.initials())
    return b


def chron_mash(c):
    cc = c.pick(["GB", "GB", "IE", "AU", "NZ"])
    f = _family(c, cc)
    pt = f["partner"]
    b = B()
    b.line(
        c.pick(
            [
                "MASH Police Research - Log",
                "Police Safeguarding Hub - Research Notes",
                "Public Protection Notice (PPN) log",
            ]
        )
    )
    b.line(
        "Subject: ",
        name_f(c, pt, c.pick(["inv", "full_r", "caps"])),
        "   DOB ",
        dob_f(c, pt, "dmy/"),
        " (",
        age_f(pt),
        ")",
    )
    b.line("Linked child: ", name_f(c, f["kid"], "full_r"), " (", age_f(f["kid"]), ")")
    b.line("")
    import datetime as dt

    d = c.date - dt.timedelta(days=c.ri(200, 900))
    for _ in range(c.ri(3, 6)):
        d = d + dt.timedelta(days=c.ri(10, 120))
        kind = c.ri(0, 4)
        if kind == 0:
            ev = [
                "Stop check of vehicle ",
                PLATE(V.plate(c.rng, cc)),
                " at ",
                town_f(c, cc),
                "; driver ",
                name_f(c, pt, "given"),
            ]
        elif kind == 1:
            ev = ["Record: ", crim(c, False)]
        elif kind == 2:
            ev = ["Intel: associate ", name_f(c, c.local(cc, minor=False), "full_r"), " using phone ", phone_f(c, cc)]
        elif kind == 3:
            ev = ["DA incident at ", ST(V.street_address(c.rng, cc)), "; victim ", name_f(c, f["mum"], "full_r")]
        else:
            ev = ["ANPR hit ", PLATE(V.plate(c.rng, cc)), "; occurrence ", V.ref_no(c.rng, "OCC")]
        b.line(d.strftime("%d/%m/%Y"), " | ", ev)
    b.line("RAG: ", c.pick(["RED", "AMBER"]), "   Researcher: ", c.initials(), " ", V.digits(c.rng, 4))
    return b


def chron_audit(c):
    cc = c.pick(COUNTRY6)
    f = _family(c, cc)
    b = B()
    b.line(c.pick(["Case management system - audit trail export", "AUDIT LOG (record access)", "Mosaic access report"]))
    b.line(
        "Record: ",
        name_f(c, f["kid"], c.pick(["inv", "full_r"])),
        "  DOB ",
        dob_f(c, f["kid"], "iso"),
        "  Person ID ",
        V.digits(c.rng, 7),
    )
    b.line("timestamp | user | action | ip")
    import datetime as dt

    t = dt.datetime.combine(c.date, dt.time(8, 0))
    users = []
    for _ in range(c.ri(2, 4)):
        sp = c.local(cc, minor=False)
        users.append(
            V.ascii_fold(sp.given_r[0] + sp.family_r).lower().replace(" ", "").replace("'", "")[:10] + str(c.ri(1, 99))
        )
    for _ in range(c.ri(4, 8)):
        t = t + dt.timedelta(minutes=c.ri(3, 300))
        b.line(
            t.strftime("%Y-%m-%d %H:%M:%S"),
            " | ",
            USR(c.pick(users)),
            " | ",
            c.pick(["VIEW", "EDIT case note", "PRINT chronology", "EXPORT", "VIEW contacts"]),
            " | ",
            IP(V.ip(c.rng)),
        )
    if c.chance(0.6):
        b.line(
            "Password reset for ",
            USR(c.pick(users)),
            ": temporary password ",
            CRED(V.credential(c.rng, "pw")),
            " issued by helpdesk ticket ",
            V.ref_no(c.rng, "HD"),
        )
    if c.chance(0.5):
        b.line(
            "Flag: ",
            USR(c.pick(users)),
            " is related to the subject (",
            c.pick(["aunt", "cousin", "neighbour"]),
            ") - conflict of interest raised by ",
            name_f(c, c.local(cc, minor=False), "full_r"),
        )
    return b


def chron_missing(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "ZA"])
    f = _family(c, cc)
    k = f["kid"]
    b = B()
    b.line(c.pick(["MISSING EPISODE LOG", "Missing from Care - Incident Timeline", "Absent/Missing Child Record"]))
    b.line(
        "Young person: ", name_f(c, k, "full_r"), " (", age_f(k), c.pick([")", " yrs)"]), "  DOB ", dob_f(c, k, "dmy/")
    )
    b.line("Placement: ", ST(V.street_address(c.rng, cc)), ", ", town_f(c, cc), "   Carer ph: ", phone_f(c, cc))
    b.line("YP mobile: ", phone_f(c, cc), "   Police ref: ", V.ref_no(c.rng, "MIS"))
    b.line("")
    t = [c.ri(15, 20), 0]
    for _ in range(c.ri(4, 7)):
        t[1] += c.ri(20, 140)
        hh = (t[0] + t[1] // 60) % 24
        mm = t[1] % 60
        kind = c.ri(0, 4)
        if kind == 0:
            ev = ["Phone ping: ", GEO(V.geo(c.rng, cc)), " (accuracy ", str(c.ri(20, 900)), "m)"]
        elif kind == 1:
            ev = ["Seen getting into car ", PLATE(V.plate(c.rng, cc)), " near ", town_f(c, cc)]
        elif kind == 2:
            ev = [
                "Friend ",
                name_f(c, c.local(cc, minor=True), "given"),
                " says YP messaging ",
                USR(V.username(c.rng, None, True)),
            ]
        elif kind == 3:
            ev = ["Snap Map shows YP at ", GEO(V.geo(c.rng, cc))]
        else:
            ev = ["Taxi booked to ", town_f(c, cc), " using number ", phone_f(c, cc)]
        b.line("%02d:%02d  " % (hh, mm), ev)
    b.line(
        "Returned: ",
        c.pick(["found by police", "self-returned", "still missing at handover"]),
        ". RHI offered by ",
        name_f(c, c.local(cc, minor=False), "full_r"),
        ".",
    )
    return b


def chron_online(c):
    cc = c.pick(COUNTRY6)
    f = _family(c, cc)
    k = f["kid"]
    off = c.p(minor=False)
    b = B()
    b.line(
        c.pick(
            [
                "ONLINE HARM REFERRAL - Investigation Log",
                "CEOP/OCSE referral - case log",
                "Digital forensics request log",
            ]
        )
    )
    b.line(
        "Victim: ", name_f(c, k, "full_r"), " (", age_f(k), ")   Account: ", USR(V.username(c.rng, k, c.chance(0.5)))
    )
    b.line(
        "Suspect account: ",
        USR(V.username(c.rng, None, True)),
        "  profile ",
        URL(V.profile_url(c.rng, V.username(c.rng))),
    )
    import datetime as dt

    d = c.date - dt.timedelta(days=c.ri(20, 90))
    for _ in range(c.ri(4, 7)):
        d = d + dt.timedelta(days=c.ri(1, 12))
        kind = c.ri(0, 6)
        if kind == 0:
            ev = ["Platform return: login IP ", IP(V.ip(c.rng)), " and ", IP(V.ip(c.rng))]
        elif kind == 1:
            ev = ["Subscriber check: email ", EM(V.email(c.rng, off)), ", phone ", phone_f(c, cc)]
        elif kind == 2:
            ev = [
                "Child's phone seized: IMEI ",
                DEV(V.imei(c.rng)),
                "; ",
                V.device_id(c.rng, "android")[1],
                " ",
                DEV(V.device_id(c.rng, "android")[0]),
            ]
        elif kind == 3:
            ev = [
                "Child disclosed giving suspect her password ",
                CRED(V.credential(c.rng, "pw")),
                c.pick(["", "; account since recovered"]),
            ]
        elif kind == 4:
            ev = [
                "Router at home: MAC ",
                MAC(V.mac(c.rng)),
                "; ISP ",
                c.pick(["Vodafone", "Telstra", "eir", "Spark", "Rogers"]),
            ]
        elif kind == 5:
            ev = [
                "Suspect named as ",
                name_f(c, off, c.pick(["full_r", "inv"])),
                ", ",
                age_f(off),
                ", of ",
                town_f(c, cc),
            ]
        else:
            ev = ["Second profile found: ", URL(V.profile_url(c.rng, V.username(c.rng)))]
        b.line(d.strftime("%d/%m/%Y"), " ", c.initials(), " - ", ev)
    return b


CHRON_TEMPLATES = [
    chron_table,
    chron_strategy,
    chron_ie,
    chron_au,
    chron_nz,
    chron_ca,
    chron_za,
    chron_conference,
    chron_mash,
    chron_audit,
    chron_missing,
    chron_online,
]


# ============================================================== DM / SLANG
EMO = ["😂", "💀", "🥺", "😭", "🔥", "👀", "😏", "🙄", "❤️", "✨", "😳", "🤡", "💅", "🫶", ""]


def stated_age(n):
    return (str(n), "MINOR_AGE" if n < 18 else "AGE")


def _chat(b, c, who, msg, style, t):
    e = c.pick(EMO) if c.chance(0.35) else ""
    if style == 0:
        b.line("[", t, "] ", who, ": ", msg, (" " + e) if e else "")
    elif style == 1:
        b.line(who, ": ", msg, (" " + e) if e else "")
    elif style == 2:
        b.line(who, " (", t, ")")
        b.line("  ", msg, (" " + e) if e else "")
    else:
        b.line("> ", who, " ", t, " | ", msg)


class Conv:
    def __init__(self, c, b, style=None):
        self.c, self.b = c, b
        self.style = c.ri(0, 3) if style is None else style
        self.h, self.m = c.ri(15, 23), c.ri(0, 59)

    def say(self, who, *msg):
        self.m += self.c.ri(0, 6)
        self.h, self.m = (self.h + self.m // 60) % 24, self.m % 60
        _chat(self.b, self.c, who, list(msg), self.style, "%02d:%02d" % (self.h, self.m))


def _town_lc(c, cc):
    t = V.town(c.rng, cc, misspell=0.3)
    return LOC(t.lower() if c.chance(0.6) else t)


def dm_asl(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "US", "ZA"])
    k = c.local(cc, minor=True)
    kh, gh = V.username(c.rng, k, False), V.username(c.rng, None, False)
    b = B()
    b.line(
        c.pick(["DM thread reported by ", "Reported conversation - reporter: ", "Moderator export, thread with "]),
        USR("@" + kh),
        c.pick(["", " (in-app report)", " - flagged by classifier"]),
    )
    cv = Conv(c, b)
    K, G = USR(kh), USR(gh)
    cv.say(G, c.pick(["heyyy", "hey u", "hiii", "yo"]))
    cv.say(G, c.pick(["asl", "asl?", "a/s/l", "asl pls"]))
    sex = "f" if k.gender == "f" else "m"
    form = c.ri(0, 3)
    if form == 0:
        cv.say(K, stated_age(k.age), " ", sex, " ", _town_lc(c, cc))
    elif form == 1:
        cv.say(K, sex, "/", stated_age(k.age), " from ", _town_lc(c, cc))
    elif form == 2:
        cv.say(K, "im ", stated_age(k.age), " n u")
    else:
        cv.say(K, stated_age(k.age), sex, " ", _town_lc(c, cc), " hbu")
    ga = c.pick([16, 17, 19, 21, 24, 27])
    cv.say(
        G,
        c.pick(["", "im "]),
        stated_age(ga),
        " m ",
        _town_lc(c, cc),
        c.pick([" 😏", " lol", "", " dw age is just a number"]),
    )
    cv.say(G, c.pick(["wats ur name", "wuts ur name cutie", "name?"]))
    cv.say(
        K,
        name_f(c, k, c.pick(["gnat", "lower", "given"]))
        if not k.latin and c.chance(0.3)
        else PER(k.given_r.lower() if c.chance(0.5) else k.given_r),
    )
    cv.say(
        G,
        c.pick(["u got snap", "add me on snap", "wats ur snap"]),
        c.pick(["", " its ", " mine is "]),
        opt(c, 0.6, USR(V.username(c.rng))),
    )
    cv.say(K, c.pick(["ya its ", "", "ok "]), USR(V.username(c.rng, k, c.chance(0.4))))
    if c.chance(0.7):
        cv.say(G, c.pick(["send ur number its easier", "number?", "txt me instead"]))
        cv.say(K, PH(V.fmt_phone(c.rng, V.phone(c.rng, cc), c.pick(["compact", "national", "intl"]))))
    if c.chance(0.5):
        cv.say(
            G,
            c.pick(["wat school u go", "u live near ", "where abouts"]),
        )
        cv.say(K, c.pick(S.SCHOOLS).lower(), c.pick(["", " yr 9", " lol why"]))
    b.line("[end of export - ", str(c.ri(12, 340)), " messages hidden]")
    return b


def dm_group(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "US"])
    ppl = [c.local(cc, age=c.ri(13, 16)) for _ in range(c.ri(3, 5))]
    b = B()
    b.line(
        c.pick(["group chat: ", "GC export: ", "Reported group: "]),
        c.pick(["yr 9 gc 💅", "the squad 🐸", "bus crew", "girlies ✨", "lads only ⚽"]),
        " (",
        str(len(ppl)),
        " members)",
    )
    cv = Conv(c, b, c.pick([0, 1, 3]))
    disp = lambda p: PER(c.pick([p.given_r, p.given_r.lower(), p.given_r + " " + p.family_r[0]]))
    host = ppl[0]
    cv.say(disp(ppl[1]), "party at ", PER(host.given_r.lower()), c.pick(["s on sat", "'s fri", " house sat nite"]))
    cv.say(
        disp(host),
        "addy is ",
        ST(V.street_address(c.rng, cc).lower() if c.chance(0.5) else V.street_address(c.rng, cc)),
        " ",
        _town_lc(c, cc),
        " dont share it",
    )
    cv.say(
        disp(ppl[2]),
        "wait is ",
        PER(c.p(gender="m").given_r),
        c.pick([" coming", " invited"]),
        "?? hes like ",
        stated_age(c.ri(18, 22)),
    )
    cv.say(disp(ppl[1]), c.pick(["ye", "ya", "yh"]), " hes bringing drinks", c.pick(["", " lol"]))
    if c.chance(0.7):
        cv.say(
            disp(ppl[-1]), c.pick(["her number is ", "txt my sis on "]), phone_f(c, cc, c.pick(["national", "compact"]))
        )
    if c.chance(0.6):
        cv.say(
            disp(ppl[2]),
            c.pick(["omg ", "btw "]),
            PER(ppl[1].given_r.lower()),
            " came out as ",
            SEX(c.pick(S.SEXUAL_ORIENTATION)),
            c.pick(["", " 🏳️‍🌈", " stop being weird abt it"]),
        )
    if c.chance(0.5):
        cv.say(
            disp(host),
            c.pick(["im literally ", "guys im "]),
            stated_age(host.age),
            c.pick([" my mum will kill me", " chill"]),
        )
    return b


def dm_snap(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "US", "CA"])
    k = c.local(cc, minor=True)
    b = B()
    b.line(
        c.pick(
            [
                "Snap chat log (saved chats only) - reported",
                "Screenshots transcribed by moderator:",
                "Chat export (ephemeral msgs partially recovered)",
            ]
        )
    )
    o = USR(V.username(c.rng, None))
    me = USR(V.username(c.rng, k))
    cv = Conv(c, b)
    cv.say(
        o,
        c.pick(["add me ", "ad me "]),
        USR(V.username(c.rng, None, c.chance(0.5))),
        c.pick(["", " snap score ", " score "]),
        c.pick(["", "48.2k 🔥", "112k", "9k"]),
    )
    cv.say(me, c.pick(["who is this", "do i know u", "hii"]))
    cv.say(o, c.pick(["friend of ", "im mates w "]), PER(c.local(cc).given_r.lower()), " from ", _town_lc(c, cc))
    cv.say(o, c.pick(["how old r u", "u 16?", "ur age?"]))
    cv.say(me, stated_age(k.age), c.pick(["", " y", " lol", " why"]))
    cv.say(o, c.pick(["wats ur number", "send ur num"]))
    pn = V.phone(c.rng, cc)
    cv.say(me, PH(V.fmt_phone(c.rng, pn, c.pick(["compact", "national", "dashed"]))))
    if c.chance(0.6):
        cv.say(o, "where do u live")
        cv.say(me, ST(V.street_address(c.rng, cc).lower()), c.pick(["", " y", " why"]))
    if c.chance(0.6):
        cv.say(me, "📍 shared location: ", GEO(V.geo(c.rng, cc)))
    if c.chance(0.4):
        cv.say(o, "wats ur email ill send u smth")
        cv.say(me, EM(V.obfuscate_email(c.rng, V.email(c.rng, k)) if c.chance(0.5) else V.email(c.rng, k)))
    return b


def dm_screenshot(c):
    cc = c.pick(["GB", "AU", "US", "CA", "IE", "NZ"])
    k = c.local(cc, minor=True)
    off = c.p(minor=False)
    oh = V.username(c.rng, off, True)
    b = B()
    b.line("Moderator report #", V.digits(c.rng, 7), " - ", c.date.isoformat())
    b.line(
        "Reporter account ID: ", USR(V.numeric_id(c.rng)), " (", c.pick(["parent of user", "the user", "school"]), ")"
    )
    b.line(
        "Reported user: ",
        USR(oh),
        ", display name '",
        PER(c.pick([off.given_r, off.given_r + " " + off.family_r[0] + "."])),
        c.pick([" 🐺", " ✨", "", " (verified? no)"]),
        "', profile ",
        URL(V.profile_url(c.rng, oh)),
    )
    n = c.ri(2, 4)
    for i in range(n):
        kind = c.ri(0, 4)
        b.add("Screenshot ", str(i + 1), " (", V.hhmm(c.rng), "): ")
        if kind == 0:
            b.line(USR(oh), " asks the child her age; child replies '", stated_age(k.age), "'.")
        elif kind == 1:
            b.line(
                USR(oh),
                " writes 'my real name is ",
                name_f(c, off, "full_r"),
                " look me up' and sends ",
                URL(V.profile_url(c.rng, V.username(c.rng))),
            )
        elif kind == 2:
            b.line(
                "child (", name_f(c, k, "given"), ") gives phone number ", phone_f(c, cc), " after repeated requests."
            )
        elif kind == 3:
            b.line("user offers to pick child up from ", town_f(c, cc), " in car ", PLATE(V.plate(c.rng, cc)), ".")
        else:
            b.line(
                "image blurred; caption says '",
                c.pick(["ur so mature for ", "cant believe ur only "]),
                stated_age(k.age),
                "'.",
            )
    b.line("Signup IP of reported account: ", IP(V.ip(c.rng)), "; email on file ", EM(V.email(c.rng, off)))
    b.line(
        "Action: ",
        c.pick(
            ["account suspended, NCMEC report filed", "escalated to law enforcement", "content removed, warning issued"]
        ),
    )
    return b


def dm_voice(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "ZA", "CA"])
    k = c.local(cc, minor=True)
    b = B()
    b.line(c.pick(["Voice-note captions (auto-generated) from reported chat", "Audio messages - platform captions"]))
    n = c.ri(3, 5)
    for i in range(n):
        b.add("[voice note 0:", "%02d" % c.ri(4, 59), c.pick([" - auto-caption] ", "] ", " | captions] "]))
        kind = [0, 1, 2, 3, 4][i] if i < 5 else c.ri(0, 4)
        if kind == 0:
            b.line(
                c.pick(["hi its ", "hey this is ", "um its "]),
                PER(k.given_r.lower()),
                " um im ",
                stated_age(k.age) if c.chance(0.5) else (V.num_words(k.age), k.label_age),
                " and i live in ",
                _town_lc(c, cc),
            )
        elif kind == 1:
            pn = V.phone(c.rng, cc)
            b.line("call me on ", PH(V.spoken_phone(c.rng, pn)), " after nine")
        elif kind == 2:
            b.line(
                "my mum's boyfriend ",
                PER(c.local(cc, minor=False, gender="m").given_r.lower()),
                " ",
                CRIM(c.pick(S.CRIMINAL_SLANG)),
            )
        elif kind == 3:
            b.line(
                "[inaudible] ",
                c.pick(["we're at ", "come to "]),
                ST(V.street_address(c.rng, cc).lower()),
                " by the shop",
            )
        else:
            b.line(c.pick(["don't tell ", "please don't tell "]), PER(c.local(cc).given_r.lower()), " ok")
    if c.chance(0.5):
        b.line("Sender: ", USR(V.username(c.rng, k, True)), "  Recipient: ", USR(V.username(c.rng, None, True)))
    return b


def _translit_chat(c, lines, header, cc_towns, person, extras):
    b = B()
    b.line(header)
    cv = Conv(c, b)
    for who, msg in lines:
        cv.say(who, *msg)
    for who, msg in extras:
        if c.chance(0.65):
            cv.say(who, *msg)
    return b


def dm_hinglish(c):
    k = c.p(culture=c.pick(["hi", "ur", "pa", "hi"]), minor=True)
    o = c.p(culture=c.pick(["hi", "ur", "pa"]), minor=False, gender="m")
    cc = c.pick(["IN", "GB", "PK", "IN"])
    kh, oh = USR(V.username(c.rng, k)), USR(V.username(c.rng, o))
    lines = [
        (oh, [c.pick(["hii", "hello ji", "kaise ho"])]),
        (kh, [c.pick(["kon", "aap kaun", "who"])]),
        (
            oh,
            [
                "mai ",
                PER(o.given_r),
                c.pick([" hu, ", " bol raha hu, "]),
                PER(c.p(culture=k.culture).given_r.lower()),
                c.pick([" bhai ka dost", " ka cousin"]),
            ],
        ),
        (oh, ["tum kitne saal ki ho", c.pick(["", "?", " yaar"])]),
        (kh, [stated_age(k.age), c.pick([" saal", "", " ki hu"])]),
        (oh, ["kaha rehti ho"]),
        (kh, [LOC(V.town(c.rng, cc)) if cc in V.TOWNS else LOC(V.town(c.rng, "IN")), c.pick([" me", " mein", ""])]),
    ]
    extras = [
        (
            oh,
            ["apna number do na, mera ", phone_f(c, "IN" if cc != "GB" else "GB", c.pick(["compact", "intl"])), " hai"],
        ),
        (kh, ["papa ko mat batana", c.pick([" 🙏", ""]), ", unko ", MED(c.pick(S.MEDICAL)), " hai, tension lenge"]),
        (oh, ["insta pe aao ", USR(V.username(c.rng, o, True))]),
        (kh, ["mera email ", EM(V.obfuscate_email(c.rng, V.email(c.rng, k), "at"))]),
    ]
    return _translit_chat(
        c,
        lines,
        c.pick(["Reported DM (Hinglish/Urdu roman) - translation not provided", "Chat export - language: hi-Latn"]),
        cc,
        k,
        extras,
    )


def dm_arabizi(c):
    k = c.p(culture="arb", minor=True)
    o = c.p(culture=c.pick(["arb", "ku", "arb"]), minor=False, gender="m")
    cc = c.pick(["GB", "JO", "DE", "AU", "MA"])
    kh, oh = USR(V.username(c.rng, k)), USR(V.username(c.rng, o))
    lines = [
        (oh, [c.pick(["salam", "marhaba", "hala"])]),
        (kh, ["w 3alaykum, min inta?"]),
        (oh, ["ana ", PER(o.given_r), ", sadi2 ", PER(c.p(culture="arb").given_r)]),
        (oh, ["kam 3omrik?"]),
        (kh, [stated_age(k.age), c.pick(["", " sana", " bs"])]),
        (oh, ["wen sakne?"]),
        (kh, ["f ", LOC(V.town(c.rng, cc, native=c.chance(0.3)))]),
    ]
    extras = [
        (oh, ["3teeni ra2mik, ra2mi ", phone_f(c, cc if cc in ("GB", "DE", "AU") else "AE")]),
        (
            kh,
            [
                "la2 baba byesma3, howe ",
                CRIM(c.pick(["kan bel sijn 3 snin", "m7koom 3ala sir2a", "tala3 mn el habs"])),
                " 7abibi",
            ],
        ),
        (oh, ["insta ", USR(V.username(c.rng, o, True)), " 😘"]),
        (kh, ["ana ismi ", PER(k.given), " bl 3arabi"]),
    ]
    return _translit_chat(c, lines, c.pick(["Reported DM (Arabizi)", "Conversation flagged - ar-Latn"]), cc, k, extras)


def dm_ru(c):
    k = c.p(culture=c.pick(["ru", "uk"]), minor=True)
    o = c.p(culture=c.pick(["ru", "uk", "bg"]), minor=False, gender="m")
    cc = c.pick(["RU", "UA", "DE", "PL", "GB"])
    kh, oh = USR(V.username(c.rng, k)), USR(V.username(c.rng, o))
    lines = [
        (oh, [c.pick(["privet", "privki", "Привет"])]),
        (kh, ["kto eto?"]),
        (oh, ["menya zovut ", PER(o.given_r if c.chance(0.6) else o.given), ", a tebya?"]),
        (kh, [PER(k.given_r.lower() if c.chance(0.5) else k.given), ", mne ", stated_age(k.age)]),
        (oh, ["ty otkuda?"]),
        (kh, ["iz ", LOC(V.town(c.rng, cc, native=c.chance(0.4)))]),
    ]
    extras = [
        (oh, ["day svoy nomer, moy ", phone_f(c, cc if cc != "RU" else "UA")]),
        (
            oh,
            [
                "moy vk ",
                URL(c.pick(["https://vk.com/id", "vk.com/id", "https://m.vk.com/id"]) + V.digits(c.rng, 9, True)),
            ],
        ),
        (
            kh,
            [
                "ne govori mame, ona ",
                c.pick(["p'et", "boleet"]),
                " u neyo ",
                MED(c.pick(["depressiya", "epilepsiya", "diabet"])),
            ],
        ),
        (oh, ["skolko tebe let? ", stated_age(c.ri(13, 15)), "?"]),
    ]
    return _translit_chat(
        c, lines, c.pick(["Reported DM (ru/uk translit)", "Flagged chat - language: ru-Latn/uk"]), cc, k, extras
    )


def dm_greeklish(c):
    k = c.p(culture="el", minor=True)
    o = c.p(culture=c.pick(["el", "sq"]), minor=False, gender="m")
    kh, oh = USR(V.username(c.rng, k)), USR(V.username(c.rng, o))
    lines = [
        (oh, ["geia sou 🙂"]),
        (kh, ["geia, poios eisai?"]),
        (oh, ["o ", PER(o.given_r), ", filos tis ", PER(c.p(culture="el", gender="f").given_r)]),
        (oh, ["poso xronon eisai?"]),
        (kh, [stated_age(k.age), c.pick(["", " kai esy?"])]),
        (oh, [stated_age(c.ri(19, 26)), " alla de peirazei"]),
        (kh, ["meno ", LOC(V.town(c.rng, "GR", native=c.chance(0.4))), c.pick(["", " me ti giagia mou"])]),
    ]
    extras = [
        (oh, ["steile mou to kinito sou, to diko mou ", phone_f(c, "GR")]),
        (kh, ["to insta mou einai ", USR(V.username(c.rng, k, True))]),
        (oh, ["pes mou ton kwdiko tou insta na sou valw followers: "]),
        (kh, ["ok ", CRED(V.credential(c.rng, "pw"))]),
    ]
    return _translit_chat(c, lines, c.pick(["Reported DM (Greeklish)", "Chat export - el-Latn"]), "GR", k, extras)


def dm_taglish(c):
    k = c.p(culture="tl", minor=True)
    o = c.p(culture=c.pick(["tl", "us"]), minor=False, gender="m")
    kh, oh = USR(V.username(c.rng, k)), USR(V.username(c.rng, o))
    lines = [
        (oh, ["hi po 😊"]),
        (kh, ["hello po sino to"]),
        (oh, ["ako si ", PER(o.given_r), ", kaibigan ni ", PER(c.p(culture="tl").given_r)]),
        (oh, ["ilang taon ka na?"]),
        (kh, [stated_age(k.age), " na po"]),
        (oh, ["taga saan ka?"]),
        (kh, ["taga ", LOC(V.town(c.rng, "PH")), c.pick([" po", ""])]),
    ]
    extras = [
        (oh, ["pa-load naman, number ko ", phone_f(c, "PH")]),
        (oh, ["add mo ko sa fb ", URL(V.profile_url(c.rng, V.username(c.rng, o)))]),
        (
            kh,
            [
                "si papa kasi ",
                CRIM(c.pick(["nakulong dahil sa droga", "may kaso ng pagnanakaw", "kakalabas lang ng kulungan"])),
            ],
        ),
        (oh, ["send ka ng pic, bibigyan kita 500 sa gcash"]),
    ]
    return _translit_chat(c, lines, c.pick(["Reported DM (Taglish)", "Flagged conversation - tl/en"]), "PH", k, extras)


def dm_gaming(c):
    k = c.p(minor=True, age=c.ri(10, 15))
    o = c.p(minor=False)
    b = B()
    b.line(c.pick(["Discord DM export", "Roblox chat log (reported)", "Xbox party chat - text transcript"]))
    kh, oh = USR(V.username(c.rng, k)), USR(V.username(c.rng, None))
    cv = Conv(c, b, c.pick([0, 1]))
    cv.say(oh, c.pick(["gg", "ur cracked ngl", "ez"]))
    cv.say(oh, "wanna free robux? just need ur login")
    cv.say(kh, c.pick(["fr?", "is it legit", "ok"]))
    cv.say(oh, "user n pw")
    cv.say(kh, USR(V.username(c.rng, k)), " ", c.pick(["pw ", "password ", ""]), CRED(V.credential(c.rng, "pw")))
    if c.chance(0.6):
        cv.say(kh, "also the 2fa code is ", CRED(V.credential(c.rng, "pin")))
    cv.say(oh, c.pick(["lol ur ip is ", "got ur ip ", "ip: "]), IP(V.ip(c.rng)), c.pick([" 💀", " ddos incoming", ""]))
    cv.say(oh, c.pick(["ur at ", "ur house is at "]), GEO(V.geo(c.rng)), " ", c.pick(["lol", "😂", ""]))
    cv.say(kh, c.pick(["stop im literally ", "wtf im only "]), stated_age(k.age))
    if c.chance(0.5):
        cv.say(oh, "add my psn ", USR(V.username(c.rng, None)), " or xbox ", USR(V.username(c.rng, None)))
    if c.chance(0.4):
        cv.say(kh, "my mums card is ", CC(V.credit_card(c.rng)), c.pick([" dont spend it all", " exp 09/27"]))
    return b


def dm_sextortion(c):
    cc = c.pick(["GB", "US", "AU", "CA", "IE", "NZ"])
    k = c.local(cc, minor=True)
    par = c.local(cc, minor=False, culture=k.culture)
    b = B()
    b.line(
        c.pick(
            [
                "Sextortion report - messages transcribed by moderator",
                "Reported threats (Instagram DM)",
                "Financial sextortion case - chat log",
            ]
        )
    )
    o = USR(V.username(c.rng, None))
    cv = Conv(c, b)
    cv.say(o, c.pick(["i have ur pics", "i screen recorded everything", "look what i have"]))
    cv.say(o, "pay ", c.pick(["£300", "$500", "$250", "€400"]), " or i send to all ur followers")
    cv.say(o, "i know u go to ", c.pick(S.SCHOOLS), " in ", _town_lc(c, cc))
    cv.say(
        o,
        "ur ",
        stated_age(k.age),
        " right? ur mum ",
        name_f(c, par, c.pick(["full_r", "given"])),
        " will see everything",
    )
    cv.say(o, c.pick(["her number is ", "i have ur dads number "]), phone_f(c, cc))
    cv.say(USR(V.username(c.rng, k)), c.pick(["please dont", "i dont have money pls", "im begging u"]))
    v = c.ri(0, 2)
    if v == 0:
        cv.say(o, "send it to this card ", CC(V.credit_card(c.rng)))
    elif v == 1:
        cv.say(o, "paypal me ", EM(V.email(c.rng, c.p(minor=False))))
    else:
        cv.say(o, "email me ", EM(V.obfuscate_email(c.rng, V.email(c.rng, c.p(minor=False)))), " for gift card codes")
    if c.chance(0.5):
        cv.say(o, "i know where u live ", ST(V.street_address(c.rng, cc)), c.pick(["", " 😈"]))
    b.line("[moderator: victim's account ", USR(V.username(c.rng, k, True)), " locked for safety]")
    return b


def dm_disclosure(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "US", "ZA"])
    k = c.local(cc, minor=True)
    fr = c.local(cc, minor=True)
    b = B()
    b.line(
        c.pick(
            [
                "Friend-to-friend chat flagged for self-harm keywords",
                "Reported by friend - chat excerpt",
                "Safety team review: DM excerpt",
            ]
        )
    )
    K = PER(c.pick([k.given_r, k.given_r.lower()]))
    F = PER(c.pick([fr.given_r, fr.given_r.lower()]))
    cv = Conv(c, b)
    cv.say(F, c.pick(["u ok? u were quiet today", "babe u good", "wyd"]))
    cv.say(K, c.pick(["not rly", "no", "idk"]))
    cv.say(K, "my stepdad ", CRIM(c.pick(S.CRIMINAL_SLANG)), " and now hes back living w us")
    cond, drug = med_pair(c)
    cv.say(K, "im on ", drug, c.pick([" for my ", " cos of my "]), cond, " but it doesnt help")
    if c.chance(0.7):
        cv.say(
            K,
            "also i think im ",
            SEX(c.pick(["bi", "gay", "lesbian", "pan", "ace"])),
            c.pick(["", " dont tell anyone"]),
        )
    if c.chance(0.6):
        cv.say(
            K,
            "and im ",
            GEN(c.pick(["trans", "nonbinary", "genderfluid", "a trans boy", "a trans girl"])),
            " but mum doesnt know",
        )
    if c.chance(0.5):
        cv.say(K, "ppl at school call me ", c.pick(["names", "slurs"]), " cos im ", ETH(c.pick(S.ETHNIC_SLANG)))
    cv.say(
        F,
        "ur ",
        stated_age(k.age),
        " u can call childline or stay at mine, my address is ",
        ST(V.street_address(c.rng, cc)),
    )
    return b


DM_TEMPLATES = [
    dm_asl,
    dm_group,
    dm_snap,
    dm_screenshot,
    dm_voice,
    dm_hinglish,
    dm_arabizi,
    dm_ru,
    dm_greeklish,
    dm_taglish,
    dm_gaming,
    dm_sextortion,
    dm_disclosure,
]


# ============================================================== SPREADSHEET
def _needs_quote(s, sep):
    return sep in s or "\n" in s or '"' in s


def emit_csv(b, header, rows, sep=",", quote_all=False):
    for row in ([header] if header else []) + rows:
        for i, cell in enumerate(row):
            if i:
                b.t(sep, raw=True)
            s = V.flat(cell)
            if quote_all or _needs_quote(s, sep):
                b.t('"', raw=True)
                b.add(cell)
                b.t('"', raw=True)
            else:
                b.add(cell)
        b.t("\n", raw=True)


def emit_md(b, header, rows):
    b.line("| ", [[h, " | "] for h in header[:-1]], header[-1], " |")
    b.line("|", "---|" * len(header))
    for r in rows:
        b.line("| ", [[x, " | "] for x in r[:-1]], r[-1], " |")


def emit_fixed(b, header, rows):
    widths = [max(len(V.flat(r[i])) for r in [header] + rows) + 2 for i in range(len(header))]
    for r in [header] + rows:
        parts = []
        for i, x in enumerate(r):
            if i == len(r) - 1:
                parts.append(x)
            else:
                parts.append(V.pad(x, widths[i]) if V.flat(x) else " " * widths[i])
        b.line(*parts)
        if r is header:
            b.line("-" * (sum(widths) + 4))


def dec_money(c, cur=""):
    v = c.ri(5, 250000)
    euros, cents = divmod(v, 100)
    s = f"{euros:,}".replace(",", ".") + "," + f"{cents:02d}"
    return s + cur


def ss_markdown(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "ZA", "US"])
    rows = []
    for _ in range(c.ri(3, 6)):
        p = c.local(cc, age=c.ri(11, 55))
        rows.append(
            [
                name_f(c, p, c.pick(["full_r", "full_r", "full", "inv"])),
                age_f(p),
                phone_f(c, cc) if c.chance(0.85) else "",
                EM(V.email(c.rng, p)) if c.chance(0.7) else "—",
                town_f(c, cc),
                c.pick(["", "call after 4pm", "via school", "interpreter", "do not text"]),
            ]
        )
    b = B()
    b.line(c.pick(["### Contacts (pasted from sheet)", "**Case contacts - export**", "Contact list:"]))
    b.line("")
    emit_md(b, ["Name", "Age", "Phone", "Email", "Town", "Notes"], rows)
    if c.chance(0.5):
        b.line("")
        b.line(
            "_Last updated ", c.date.strftime("%d/%m/%Y"), " · ", str(len(rows)), " rows · ref ", V.ref_no(c.rng), "_"
        )
    return b


def ss_fixed(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "ZA", "CA"])
    rows = []
    for _ in range(c.ri(4, 7)):
        p = c.local(cc, minor=c.chance(0.7))
        rows.append(
            [
                V.digits(c.rng, 6),
                PER(p.inverted()),
                dob_f(c, p, "dmy/"),
                age_f(p),
                V.postcode(c.rng, cc),
                town_f(c, cc),
                phone_f(c, cc, c.pick(["national", "compact"])) if c.chance(0.8) else "",
            ]
        )
    b = B()
    b.line(
        c.pick(["CLIENT REGISTER - PRINTOUT", "YOUTH SERVICE ATTENDANCE LIST", "REPORT R-114  OPEN CASES"]),
        "            run ",
        c.date.strftime("%d/%m/%Y"),
        " ",
        V.hhmm(c.rng),
    )
    emit_fixed(b, ["ID", "NAME", "DOB", "AGE", "POSTCODE", "TOWN", "PHONE"], rows)
    b.line("*** END OF REPORT ***   page ", str(c.ri(1, 9)))
    return b


def ss_gforms(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "US"])
    header = [
        "Timestamp",
        "Email address",
        "What is your name (or the name you like to be called)?",
        "How old are you? (this helps us find the right support)",
        "Where do you live? (town or area is fine)",
        "How do you describe your gender? (optional)",
        "Sexuality (optional)",
        "Link to your Instagram/TikTok if you want us to follow up there (optional)",
        "Is there anything else you'd like to tell us? Take as much space as you need.",
    ]
    rows = []
    import datetime as dt

    for _ in range(c.ri(2, 4)):
        p = c.local(cc, minor=True)
        ts = dt.datetime.combine(c.date, dt.time(c.ri(7, 22), c.ri(0, 59), c.ri(0, 59))).strftime("%d/%m/%Y %H:%M:%S")
        h = V.username(c.rng, p)
        note = c.pick(
            [
                [
                    "i dont feel safe at home\n",
                    "my dads new gf ",
                    name_f(c, c.local(cc, minor=False), "given"),
                    " keeps shouting\n",
                    "pls dont call my mum",
                ],
                [
                    "i have ",
                    MED(c.pick(S.MED_PAIRS)[0]),
                    " and i stopped taking my ",
                    MED(c.pick(S.MEDICATIONS)),
                    "\n",
                    "my number is ",
                    phone_f(c, cc),
                ],
                ["no"],
                [""],
                [
                    "someone online called ",
                    USR(V.username(c.rng, None, True)),
                    " keeps messaging me\n",
                    "hes ",
                    stated_age(c.ri(19, 30)),
                    " i think",
                ],
            ]
        )
        rows.append(
            [
                ts,
                EM(V.email(c.rng, p)) if c.chance(0.8) else "",
                name_f(c, p, c.pick(["given", "full_r", "lower"])),
                age_f(p),
                _town_lc(c, cc) if c.chance(0.9) else "",
                GEN(c.pick(S.GENDER_IDENTITY)) if c.chance(0.5) else c.pick(["girl", "boy", "", "prefer not to say"]),
                SEX(c.pick(S.SEXUAL_ORIENTATION)) if c.chance(0.5) else c.pick(["", "not sure", "prefer not to say"]),
                URL(V.profile_url(c.rng, h)) if c.chance(0.6) else "",
                note,
            ]
        )
    b = B()
    emit_csv(b, header, rows, ",", quote_all=c.chance(0.5))
    return b


EU_SPECS = {
    "de": dict(
        cc="DE",
        cults="de de tr pl arb ku",
        sep=";",
        title="Jugendhilfe_Klientenliste.xlsx - Tabelle1",
        hdr=["Name", "Vorname", "Geburtsdatum", "Straße", "PLZ", "Ort", "Telefon", "IBAN", "Steuer-ID", "Betrag"],
        merged=";;;Anschrift;;;Kontakt;Bank;;",
    ),
    "fr": dict(
        cc="FR",
        cults="fr bzh arb wo",
        sep=";",
        title="suivi_familles.xlsx - Feuil1",
        hdr=["Nom", "Prénom", "Date de naissance", "N° sécu", "Adresse", "CP", "Ville", "Tél", "Montant"],
        merged=";;;;Coordonnées;;;;",
    ),
    "es": dict(
        cc="ES",
        cults="es eu ca co mx",
        sep=";",
        title="expedientes_menores.xlsx - Hoja1",
        hdr=[
            "Nombre",
            "Apellidos",
            "Fecha de nacimiento",
            "DNI/NIE",
            "Domicilio",
            "Localidad",
            "Móvil",
            "IBAN",
            "Importe",
        ],
        merged=";;Datos personales;;Dirección;;Contacto;Banco;",
    ),
    "pt": dict(
        cc="BR",
        cults="br br br",
        sep=";",
        title="cadastro_atendimentos.xlsx - Planilha1",
        hdr=["Nome completo", "Data de nascimento", "CPF", "Endereço", "Cidade", "Celular", "E-mail", "Valor"],
        merged="Identificação;;;Endereço;;Contato;;",
    ),
    "nl": dict(
        cc="NL",
        cults="nl vls tr arb",
        sep=";",
        title="jeugdzorg_export.xlsx - Blad1",
        hdr=["Naam", "Geboortedatum", "BSN", "Adres", "Postcode", "Woonplaats", "Telefoon", "IBAN"],
        merged=";;;Adres;;;Contact;",
    ),
    "pl": dict(
        cc="PL",
        cults="pl pl uk",
        sep=";",
        title="rejestr_podopiecznych.xlsx - Arkusz1",
        hdr=["Imię", "Nazwisko", "PESEL", "Wiek", "Adres", "Kod", "Miejscowość", "Telefon"],
        merged="Dane osobowe;;;;Adres;;;Kontakt",
    ),
    "it": dict(
        cc="IT",
        cults="it sq ro",
        sep=";",
        title="anagrafica_minori.xlsx - Foglio1",
        hdr=[
            "Cognome",
            "Nome",
            "Data di nascita",
            "Luogo di nascita",
            "Codice fiscale",
            "Indirizzo",
            "Comune",
            "Cellulare",
        ],
        merged=";;Nascita;;;Residenza;;",
    ),
    "sv": dict(
        cc="SE",
        cults="sv fi so arb",
        sep="\t",
        title="socialtjanst_lista.xlsx - Blad1",
        hdr=["Namn", "Personnummer", "Ålder", "Adress", "Postnummer", "Ort", "Telefon", "E-post"],
        merged="\t\t\tAdress\t\t\tKontakt\t",
    ),
}


def _eu_row(c, lang, cc, p):
    rng = c.rng
    nid = NID(V.national_id(rng, cc, p.dob, p.gender)[0])
    st = ST(V.street_address(rng, cc if cc in S.STREETS else "DE"))
    tw = LOC(V.town(rng, cc))
    pc = V.postcode(rng, cc)
    ph = phone_f(c, cc, c.pick(["national", "intl", "compact"]))
    blank = lambda f, x=0.12: "" if c.chance(x) else f
    if lang == "de":
        return [
            PER(p.family_r),
            PER(p.given_r),
            dob_f(c, p, "dmy."),
            st,
            pc,
            tw,
            blank(ph),
            blank(IBAN(V.iban(rng, "DE"))),
            blank(nid, 0.3),
            dec_money(c, " €"),
        ]
    if lang == "fr":
        return [
            PER(p.family_r.upper()),
            PER(p.given_r),
            dob_f(c, p, "dmy/"),
            blank(nid),
            st,
            pc,
            tw,
            blank(ph),
            dec_money(c),
        ]
    if lang == "es":
        fam2 = [x[2] for x in V.CULT[p.culture]["fam"] if x[2] != p.family_r] or [p.family_r]
        return [
            PER(p.given_r),
            PER(p.family_r + " " + c.pick(fam2)),
            dob_f(c, p, "dmy/"),
            nid,
            st,
            tw,
            blank(ph),
            blank(IBAN(V.iban(rng, "ES"))),
            dec_money(c, " €"),
        ]
    if lang == "pt":
        return [
            PER(p.full_r()),
            dob_f(c, p, "dmy/"),
            nid,
            st,
            tw,
            blank(ph),
            blank(EM(V.email(rng, p))),
            "R$ " + dec_money(c),
        ]
    if lang == "nl":
        return [PER(p.full_r()), dob_f(c, p, "dmy-"), nid, st, pc, tw, blank(ph), blank(IBAN(V.iban(rng, "NL")))]
    if lang == "pl":
        return [PER(p.given_r), PER(p.family_r), nid, age_f(p), st, pc, tw, blank(ph)]
    if lang == "it":
        return [PER(p.family_r), PER(p.given_r), dob_f(c, p, "dmy/"), LOC(V.town(rng, "IT")), nid, st, tw, blank(ph)]
    return [PER(p.full_r()), nid, age_f(p), st, pc, tw, blank(ph), blank(EM(V.email(rng, p)))]


def _make_eu(lang):
    def tmpl(c):
        sp = EU_SPECS[lang]
        cc = sp["cc"]
        rows = []
        for _ in range(c.ri(2, 5)):
            p = c.p(culture=c.pick(sp["cults"].split()), age=c.ri(8, 60))
            rows.append(_eu_row(c, lang, cc, p))
        b = B()
        if c.chance(0.6):
            b.line(sp["title"])
        if c.chance(0.5):
            b.line(sp["merged"])
        if c.chance(0.5):
            lead = {
                "de": ("Hinweis:", "Tel. alt."),
                "fr": ("Remarque :", "tél. secondaire"),
                "es": ("Nota:", "tel. alt."),
                "pt": ("Obs.:", "tel. recado"),
                "nl": ("Opmerking:", "tel. alt."),
                "pl": ("Uwagi:", "tel. dod."),
                "it": ("Nota:", "tel. alt."),
                "sv": ("Anm.:", "tel. alt."),
            }[lang]
            note = c.pick(
                [
                    [lead[0] + "\n", MED(c.pick(S.MEDICAL))],
                    [lead[0] + "\n", lead[1], " ", phone_f(c, cc)],
                    [lead[0] + "\n", MED(c.pick(S.MEDICATIONS))],
                ]
            )
            hdr = sp["hdr"] + ["Notes"]
            rows = [r + [note if i == 0 else ""] for i, r in enumerate(rows)]
        else:
            hdr = sp["hdr"]
        emit_csv(b, hdr, rows, sp["sep"])
        return b

    tmpl.__name__ = "ss_" + lang
    return tmpl


def ss_us(c):
    rows = []
    kind = c.pick(["payroll", "donor", "benefit"])
    for _ in range(c.ri(4, 7)):
        p = c.local("US", minor=False)
        tin = ITIN(V.fmt_ssn(c.rng, V.itin(c.rng))) if c.chance(0.5) else SSN(V.fmt_ssn(c.rng, V.ssn(c.rng)))
        dl, st = V.us_dl(c.rng)
        rows.append(
            [
                PER(p.full_r()),
                dob_f(c, p, "us"),
                tin,
                st,
                USDL(dl) if c.chance(0.8) else "",
                USPP(V.passport_no(c.rng, "US")) if c.chance(0.6) else "",
                ABA(V.aba(c.rng)),
                BANK(V.us_bank(c.rng)),
                CC(V.credit_card(c.rng)) if c.chance(0.4) else "",
                "$" + f"{c.ri(20, 9000)}.{c.ri(0, 99):02d}",
            ]
        )
    b = B()
    b.line(c.pick(["export_", "Sheet1 - "]), kind, "_", c.date.strftime("%Y%m%d"), ".csv")
    emit_csv(
        b,
        [
            "full_name",
            "dob",
            "ssn_or_itin",
            "dl_state",
            "dl_number",
            "passport_no",
            "routing",
            "account",
            "card",
            "amount",
        ],
        rows,
        ",",
    )
    b.line("# EIN of org: ", V.digits(c.rng, 2), "-", V.digits(c.rng, 7), "  batch ", V.ref_no(c.rng, "B"))
    return b


def ss_devices(c):
    rows = []
    for _ in range(c.ri(3, 6)):
        p = c.p(minor=c.chance(0.5))
        did, kind = V.device_id(c.rng, c.pick(["android", "idfa", "serial_apple", "serial_samsung"]))
        rows.append(
            [
                name_f(c, p, c.pick(["full_r", "full"])),
                USR(V.username(c.rng, p)),
                DEV(V.imei(c.rng)),
                kind,
                DEV(did),
                MAC(V.mac(c.rng)),
                IP(V.ip(c.rng)),
                GEO(V.geo(c.rng)) if c.chance(0.6) else "",
                CRED(V.credential(c.rng, "pin")) if c.chance(0.4) else "",
            ]
        )
    b = B()
    b.line(
        c.pick(["MDM export - family devices", "Parental-control app: device list", "Seized devices register (pasted)"])
    )
    style = c.pick(["md", "csv", "fixed"])
    hdr = ["User", "Login", "IMEI", "ID type", "Device ID", "Wi-Fi MAC", "Last IP", "Last location", "Unlock PIN"]
    if style == "md":
        emit_md(b, hdr, rows)
    elif style == "csv":
        emit_csv(b, hdr, rows, ",")
    else:
        emit_fixed(b, hdr, rows)
    b.line(
        "Generated ", c.date.isoformat(), " | firmware 4.2.", str(c.ri(0, 30)), " | licence ", V.ref_no(c.rng, "LIC")
    )
    return b


def ss_household(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "ZA", "CA"])
    f = _family(c, cc)
    members = [("Mother", f["mum"]), ("Partner", f["partner"]), ("Child", f["kid"]), ("Child", f["sib"])]
    if c.chance(0.5):
        members.append(("Grandparent", c.local(cc, culture=f["kid"].culture, age=c.ri(58, 80))))
    b = B()
    b.line(c.pick(["Household composition (assessment tool export)", "Genogram data - pasted", "Family members sheet"]))
    b.line(",,Person,,,Health,,Other")
    rows = []
    for rel, p in members:
        rows.append(
            [
                rel,
                PER(p.family_r),
                PER(p.given_r),
                dob_f(c, p, "dmy/"),
                age_f(p),
                MED(c.pick(S.MEDICAL)) if c.chance(0.4) else "",
                c.pick(S.SCHOOLS) if p.minor and c.chance(0.7) else "",
                ETH(c.pick(S.ETHNIC)) if c.chance(0.4) else "",
            ]
        )
    emit_csv(
        b,
        ["Relationship", "Surname", "First name", "DOB", "Age", "Health/disability", "School", "Ethnicity"],
        rows,
        ",",
    )
    b.line(",,,,,,,")
    emit_csv(
        b,
        None,
        [["Address", ST(V.street_address(c.rng, cc)) if c.chance(0.9) else "", town_f(c, cc), "", "", "", "", ""]],
    )
    return b


SS_TEMPLATES = [ss_markdown, ss_fixed, ss_gforms] + [_make_eu(x) for x in EU_SPECS] + [ss_us, ss_devices, ss_household]


# ============================================================== IVR TRANSCRIPT
ASR_SUBS = [
    ("know", "no"),
    ("right", "write"),
    ("were", "where"),
    ("you're", "your"),
    ("going to", "gonna"),
    ("would have", "would of"),
    ("there", "their"),
    ("okay", "ok"),
    ("because", "cos"),
    ("I'm", "I am"),
]


def int_words(n):
    if n < 100:
        return V.num_words(n)
    h, r = divmod(n, 100)
    return V.ONES[h] + " hundred" + ("" if r == 0 else " and " + V.num_words(r))


def spoken_geo(c, lat, lon):
    def one(x):
        s = f"{abs(x):.4f}"
        i, d = s.split(".")
        return ("minus " if x < 0 else "") + int_words(int(i)) + " point " + " ".join(V.DIGIT_WORD[ch] for ch in d)

    return one(lat) + c.pick([", ", " and ", " comma "]) + one(lon)


def spell(c, name):
    letters = [ch for ch in V.ascii_fold(name).upper() if "A" <= ch <= "Z"]
    sep = c.pick(["-", " ", ", ", "... "])
    return sep.join(letters), letters


def spoken_addr(c, addr):
    head, _, rest = addr.partition(" ")
    if head.isdigit() and int(head) < 100 and c.chance(0.7):
        return V.num_words(int(head)) + " " + rest
    return addr


def spoken_digits_grouped(c, s):
    groups = [g for g in "".join(ch if ch.isdigit() else " " for ch in s).split()]
    return c.pick([", ", " ", " ... "]).join(
        V.spoken_digits(c.rng, g, oh=c.chance(0.6), doubles=c.chance(0.6)) for g in groups
    )


class Call:
    def __init__(self, c, b, asr=0.08):
        self.c, self.b, self.t, self.asr = c, b, c.ri(0, 5), asr
        self.fmt = c.ri(0, 2)

    def _noise(self, s):
        c = self.c
        for a, r in ASR_SUBS:
            if a in s and c.chance(self.asr * 3):
                s = s.replace(a, r, 1)
        return s

    def say(self, who, *frags):
        self.t += self.c.ri(2, 25)
        ts = "%02d:%02d:%02d" % (self.t // 3600, (self.t // 60) % 60, self.t % 60)
        frags = [self._noise(f) if isinstance(f, str) else f for f in frags]
        if self.c.chance(self.asr):
            frags.append(self.c.pick([" [inaudible]", " [crosstalk]", " um", " uh", " [noise]"]))
        if self.fmt == 0:
            self.b.line("[", ts, "] ", who, ": ", frags)
        elif self.fmt == 1:
            self.b.line(who.upper(), " (", ts[3:], "): ", frags)
        else:
            self.b.line(ts, "  ", who, "  ", frags)


def _call_header(c, b, line=None):
    b.line(
        c.pick(["CALL TRANSCRIPT", "Hotline call - ASR transcript (unreviewed)", "Recorded call - auto transcription"]),
        " | ",
        c.date.isoformat(),
        " ",
        V.hhmm(c.rng),
        " | ",
        line or c.pick(["Line 2", "Queue: Under-18s", "Queue: Adults concerned", "Out-of-hours"]),
        " | dur ",
        "00:%02d:%02d" % (c.ri(4, 40), c.ri(0, 59)),
    )


def ivr_child(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "ZA"])
    k = c.local(cc, minor=True)
    ag = c.local(cc, minor=False)
    b = B()
    _call_header(c, b, "Under-18s")
    cl = Call(c, b)
    cl.say(
        "Agent",
        "Hi, you're through to the helpline, my name's ",
        PER(ag.given_r),
        ". What would you like to talk about?",
    )
    cl.say("Caller", "um... I don't really know how to say it")
    cl.say("Agent", "That's okay, take your time. Can I ask how old you are?")
    cl.say("Caller", c.pick(["I'm ", "", "um "]), age_f(k, c.chance(0.7)), c.pick(["", " and a half", ""]))
    cl.say("Agent", "And what's your first name? You don't have to tell me.")
    cl.say("Caller", "it's ", PER(k.given_r))
    sp, letters = spell(c, k.given_r)
    cl.say("Agent", "How do you spell that?")
    cl.say("Caller", PER(sp))
    cl.say("Agent", letters[0], " as in ", S.PHONETIC[letters[0]], "?")
    cl.say("Caller", "yeah")
    cl.say("Agent", "Whereabouts are you, roughly?")
    cl.say(
        "Caller",
        c.pick(["in ", "near ", "um "]),
        town_f(c, cc),
        c.pick(["", ", by the big Tesco", ", near the station"]),
    )
    pt = c.local(cc, minor=False, gender="m")
    cl.say(
        "Caller",
        "it's my mum's boyfriend, ",
        PER(pt.given_r),
        ". He ",
        CRIM(c.pick(S.CRIMINAL_SLANG)),
        " and now he's back",
    )
    if c.chance(0.6):
        cond, drug = med_pair(c)
        cl.say("Caller", "and I've got ", cond, " and he hides my ", drug)
    cl.say("Agent", "Is there a number we could call you back on, if it's safe?")
    pn = V.phone(c.rng, cc)
    cl.say("Caller", PH(V.spoken_phone(c.rng, pn)))
    cl.say("Agent", "So that's ", PH(V.fmt_phone(c.rng, pn, "national")), "?")
    cl.say("Caller", "yeah")
    return b


def ivr_neighbour(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "ZA", "US"])
    caller = c.local(cc, minor=False)
    k = c.local(cc, age=c.ri(3, 12))
    b = B()
    _call_header(c, b)
    cl = Call(c, b)
    cl.say("Agent", "Can I take your name please?")
    cl.say("Caller", c.pick(["It's ", "", "Yeah it's "]), PER(caller.full_r()))
    sp, letters = spell(c, caller.family_r)
    cl.say("Agent", "Could you spell the surname?")
    cl.say(
        "Caller",
        PER(sp),
        c.pick(["", ". ", " - "]),
        letters[0],
        " for ",
        S.PHONETIC[letters[0]],
        ", ",
        letters[-1],
        " for ",
        S.PHONETIC[letters[-1]],
    )
    cl.say("Agent", "And the address of the child you're worried about?")
    addr = V.street_address(c.rng, cc)
    cl.say("Caller", "it's ", ST(spoken_addr(c, addr)), ", in ", town_f(c, cc), ", I'm next door")
    cl.say("Agent", "Do you know the child's name or age?")
    cl.say(
        "Caller",
        "the little ",
        "girl" if k.gender == "f" else "boy",
        ", ",
        PER(k.given_r),
        ", she's about " if k.gender == "f" else ", he's about ",
        age_f(k, True),
        ". Mum's called ",
        PER(c.local(cc, gender="f", minor=False, culture=k.culture).given_r),
    )
    her = "her" if k.gender == "f" else "his"
    cl.say(
        "Caller",
        c.pick(
            [
                "there's screaming every night",
                "the kid's left on their own for days",
                "I saw the child outside in the cold in " + her + " pyjamas",
                "there's bruises on " + her + " arms",
            ]
        ),
    )
    if c.chance(0.5):
        cl.say("Caller", "and the dad ", crim(c), ", everyone knows")
    cl.say("Agent", "And a number for you?")
    pn = V.phone(c.rng, cc)
    cl.say("Caller", PH(V.spoken_phone(c.rng, pn)))
    if c.chance(0.5):
        cl.say("Caller", "or my landline, ", PH(V.spoken_phone(c.rng, V.phone(c.rng, cc, "fixed"))))
    cl.say("Agent", "Thank you. I'm logging this as reference ", V.ref_no(c.rng, "HL"), ".")
    return b


INTERP = {
    "pl": dict(
        cult="pl",
        cc="PL",
        lang="Polish",
        name="Nazywam się {}.",
        age="Moja córka ma {} lat.",
        dob="Urodziła się {}.",
        addr="Mieszkamy przy {}, w {}.",
        phone="Mój numer to {}.",
        ask="Proszę podać swoje imię i datę urodzenia córki.",
        months="stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    ),
    "es": dict(
        cult="es co mx",
        cc="ES",
        lang="Spanish",
        name="Me llamo {}.",
        age="Mi hija tiene {} años.",
        dob="Nació el {}.",
        addr="Vivimos en {}, en {}.",
        phone="Mi número es {}.",
        ask="¿Cómo se llama usted y cuándo nació su hija?",
        months="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    ),
    "ro": dict(
        cult="ro",
        cc="RO",
        lang="Romanian",
        name="Mă numesc {}.",
        age="Fiica mea are {} ani.",
        dob="S-a născut pe {}.",
        addr="Locuim pe {}, în {}.",
        phone="Numărul meu este {}.",
        ask="Cum vă numiți și când s-a născut fiica dumneavoastră?",
        months="ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    ),
    "pt": dict(
        cult="br pt",
        cc="BR",
        lang="Portuguese",
        name="Meu nome é {}.",
        age="Minha filha tem {} anos.",
        dob="Ela nasceu em {}.",
        addr="Moramos na {}, em {}.",
        phone="Meu número é {}.",
        ask="Qual é o seu nome e a data de nascimento da sua filha?",
        months="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    ),
    "uk": dict(
        cult="uk",
        cc="UA",
        lang="Ukrainian",
        name="Мене звати {}.",
        age="Моїй доньці {} років.",
        dob="Вона народилася {}.",
        addr="Ми живемо за адресою {}, {}.",
        phone="Мій номер {}.",
        ask="Як вас звати і коли народилася ваша донька?",
        months="січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    ),
    "ar": dict(
        cult="arb",
        cc="JO",
        lang="Arabic",
        name="اسمي {}.",
        age="عمر ابنتي {} سنة.",
        dob="ولدت في {}.",
        addr="نسكن في {}، في {}.",
        phone="رقمي {}.",
        ask="ما اسمك وما تاريخ ميلاد ابنتك؟",
        months="يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    ),
}


def _fill(tmpl, *frags):
    parts = tmpl.split("{}")
    out = [parts[0]]
    for f, p in zip(frags, parts[1:]):
        out += [f, p]
    return out


def ivr_interpreter(c):
    lang = c.pick(sorted(INTERP))
    sp = INTERP[lang]
    host = c.pick(["GB", "IE", "AU", "NZ", "CA"])
    mum = c.p(culture=c.pick(sp["cult"].split()), gender="f", minor=False)
    k = c.p(culture=mum.culture, gender="f", minor=True)
    b = B()
    _call_header(c, b, "Interpreter line (" + sp["lang"] + ")")
    cl = Call(c, b, asr=0.04)
    cl.say("Agent", "Interpreter, could you ask her name and her daughter's date of birth please?")
    cl.say("Interpreter", c.pick(["(to caller) ", ""]), sp["ask"] if c.chance(0.6) else "[asks in " + sp["lang"] + "]")
    native = mum.full() if not mum.latin and c.chance(0.6) else mum.full_r()
    cl.say("Caller", _fill(sp["name"], PER(native)))
    m = sp["months"].split()[k.dob.month - 1]
    dob_native = f"{k.dob.day} {m} {k.dob.year}" if lang != "es" else f"{k.dob.day} de {m} de {k.dob.year}"
    cl.say("Caller", _fill(sp["age"], age_f(k)), " ", _fill(sp["dob"], DOB(dob_native)))
    cl.say(
        "Interpreter",
        "She says her name is ",
        PER(mum.full_r()),
        ". Her daughter ",
        PER(k.given_r),
        " is ",
        age_f(k),
        ", born ",
        DOB(V.fmt_date(c.rng, k.dob, c.pick(["long", "dmy/"]))),
        ".",
    )
    addr = V.street_address(c.rng, host)
    tw = V.town(c.rng, host)
    cl.say("Caller", _fill(sp["addr"], ST(addr), LOC(tw)))
    cl.say("Interpreter", "They live at ", ST(addr), ", ", LOC(tw), ".")
    pn = V.phone(c.rng, host)
    pstr = V.fmt_phone(c.rng, pn, "national")
    cl.say("Caller", _fill(sp["phone"], PH(pstr)))
    cl.say("Interpreter", "Her number is ", PH(V.spoken_phone(c.rng, pn)), ".")
    if c.chance(0.6):
        fa = c.p(culture=mum.culture, gender="m", minor=False)
        cl.say(
            "Interpreter",
            "She says the father, ",
            PER(fa.full_r()),
            ", ",
            crim(c),
            c.pick([", and she is afraid he will take the girl.", "."]),
        )
    if c.chance(0.4):
        cond, drug = med_pair(c)
        cl.say("Interpreter", "The girl has ", cond, "; she takes ", drug, ".")
    cl.say("Agent", "Thank you both. Interpreter ID ", V.digits(c.rng, 5), " noted.")
    return b


def ivr_email(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "US"])
    p = c.local(cc, minor=c.chance(0.4))
    addr = V.email(c.rng, p)
    b = B()
    _call_header(c, b)
    cl = Call(c, b)
    cl.say("Agent", "What's the best email to send the information to?")
    cl.say("Caller", "it's ", EM(V.spoken_email(c.rng, addr)))
    cl.say("Agent", "Let me read that back: ", EM(addr), ", is that right?")
    if c.chance(0.5):
        cl.say(
            "Caller", "yes. Or my work one, ", EM(V.obfuscate_email(c.rng, V.email(c.rng, p), c.pick(["at", "spaced"])))
        )
    cl.say("Agent", "And your name for the letter?")
    cl.say("Caller", PER(p.full_r()), ". ", PER(spell(c, p.family_r)[0]))
    if c.chance(0.6):
        cl.say("Agent", "And your age, just for our records?")
        cl.say("Caller", age_f(p, c.chance(0.7)))
    if c.chance(0.5):
        cl.say("Caller", "my son's account is ", USR(V.username(c.rng, None)), ", that's where the messages came")
    return b


def ivr_digits(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "ZA", "CA"])
    p = c.local(cc, minor=False)
    k = c.local(cc, minor=True, culture=p.culture)
    b = B()
    _call_header(c, b)
    cl = Call(c, b)
    cl.say("Agent", "Can I get a contact number?")
    pn1 = V.phone(c.rng, cc)
    pn2 = V.phone(c.rng, cc)
    cl.say("Caller", "yeah it's ", PH(V.spoken_phone(c.rng, pn1)))
    cl.say(
        "Caller",
        c.pick(["no wait, sorry, that's my old one. It's ", "sorry no - ", "hang on, I got that wrong, it's "]),
        PH(V.spoken_phone(c.rng, pn2)),
    )
    cl.say("Agent", "So ", PH(V.fmt_phone(c.rng, pn2, c.pick(["national", "intl"]))), "?")
    cl.say("Caller", "that's it")
    cl.say("Agent", "And your daughter's date of birth?" if k.gender == "f" else "And your son's date of birth?")
    cl.say("Caller", DOB(V.spoken_date(c.rng, k.dob)), c.pick(["", ", so she's " if k.gender == "f" else ", so he's "]))
    cl.say("Caller", age_f(k, True), c.pick([" now", "", " last birthday"]))
    cl.say("Agent", "And the child's name?")
    cl.say("Caller", PER(k.full_r()), c.pick(["", ", same surname as me, ", ""]), opt(c, 0.4, PER(p.family_r)))
    if c.chance(0.5):
        cl.say("Caller", "I'm ", PER(p.given_r), " by the way, her mum" if k.gender == "f" else " by the way, his mum")
    return b


def ivr_us(c):
    p = c.local("US", minor=False, gender="f")
    k = c.local("US", minor=True, culture=p.culture)
    b = B()
    _call_header(c, b, "US partner hotline")
    cl = Call(c, b)
    cl.say(
        "Agent",
        "You said your ex opened accounts in your daughter's name?"
        if k.gender == "f"
        else "You said your ex opened accounts in your son's name?",
    )
    cl.say(
        "Caller",
        "yes, he used ",
        PER(k.given_r),
        "'s social, it's ",
        SSN(spoken_digits_grouped(c, V.fmt_ssn(c.rng, V.ssn(c.rng)))),
    )
    cl.say("Agent", "Okay. And which bank?")
    cl.say(
        "Caller",
        c.pick(S.BANKS_US),
        ", routing number ",
        ABA(spoken_digits_grouped(c, V.aba(c.rng))),
        ", account ",
        BANK(spoken_digits_grouped(c, V.us_bank(c.rng))),
    )
    if c.chance(0.7):
        cl.say("Caller", "he also had a card, ", CC(V.credit_card(c.rng)), ", I have the statement")
    cl.say("Agent", "Can you give me your own ID for the report, like a driver's license?")
    dl, st = V.us_dl(c.rng)
    cl.say("Caller", V.US_STATES[st], " license ", USDL(dl))
    if c.chance(0.8):
        cl.say(
            "Caller",
            c.pick(["or my passport, ", "I've also got my passport here, number ", "passport is "]),
            USPP(V.passport_no(c.rng, "US")),
        )
    if c.chance(0.5):
        cl.say(
            "Caller", "my husband doesn't have a social, he files with an ITIN, ", ITIN(V.fmt_ssn(c.rng, V.itin(c.rng)))
        )
    if c.chance(0.6):
        cl.say("Agent", "And your own social security number, for the identity-theft affidavit?")
        cl.say("Caller", SSN(V.fmt_ssn(c.rng, V.ssn(c.rng))))
    cl.say("Agent", "And a number to reach you?")
    cl.say("Caller", PH(V.spoken_phone(c.rng, V.phone(c.rng, "US"))))
    cl.say("Agent", "And you're in ", town_f(c, "US"), "?")
    cl.say("Caller", "yes ma'am, ", ST(V.street_address(c.rng, "US")))
    return b


def ivr_grooming(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "US"])
    par = c.local(cc, minor=False)
    k = c.local(cc, minor=True, culture=par.culture)
    b = B()
    _call_header(c, b)
    cl = Call(c, b)
    cl.say(
        "Caller",
        "my ",
        "daughter" if k.gender == "f" else "son",
        " ",
        PER(k.given_r),
        ", she's " if k.gender == "f" else ", he's ",
        age_f(k, True),
        ", has been talking to a man online",
    )
    h = V.username(c.rng, None)
    cl.say("Agent", "Do you have his username?")
    cl.say("Caller", "it's ", USR(h.replace("_", " underscore ").replace(".", " dot ").replace("  ", " ").strip()))
    cl.say("Agent", "So that's ", USR(h), "?")
    url = V.profile_url(c.rng, h)
    cl.say("Caller", "yes, and the link is ", URL(url))
    if c.chance(0.6):
        cl.say(
            "Caller",
            "he sent her his number, ",
            PH(V.spoken_phone(c.rng, V.phone(c.rng, c.pick(["GB", "NG", "PH", "US", "IN"])))),
        )
    if c.chance(0.5):
        cl.say("Caller", "he says he's ", stated_age(c.ri(15, 17)), " but he's obviously older")
    if c.chance(0.5):
        cl.say("Caller", "her own account is ", USR(V.username(c.rng, k, True)))
    cl.say("Agent", "And your name?")
    cl.say("Caller", PER(par.full_r()), ", I'm in ", town_f(c, cc))
    return b


def ivr_callback(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "ZA"])
    p = c.local(cc, minor=c.chance(0.6))
    b = B()
    _call_header(c, b)
    cl = Call(c, b)
    cl.say("Agent", "Before I can go through the case I need to check a few details. Your full name?")
    cl.say("Caller", PER(p.full_r()))
    cl.say("Agent", "And your date of birth?")
    cl.say("Caller", DOB(V.spoken_date(c.rng, p.dob) if c.chance(0.7) else V.fmt_date(c.rng, p.dob, "dmy/")))
    cl.say("Agent", "Thanks. And the first line of your address and postcode?")
    cl.say("Caller", ST(spoken_addr(c, V.street_address(c.rng, cc))), ", ", V.postcode(c.rng, cc))
    cl.say(
        "Agent", "Lovely. We can set up a callback passcode so only you can access this. What would you like it to be?"
    )
    pw = V.credential(c.rng, c.pick(["pw", "pin"]))
    cl.say(
        "Caller",
        c.pick(["um... ", "", "can it be "]),
        CRED(pw if not pw.isdigit() else V.spoken_digits(c.rng, pw, doubles=False)),
    )
    cl.say("Agent", "Got that. When is it safe to call?")
    cl.say(
        "Caller",
        c.pick(["after 3 when he's at work", "weekdays before 8", "not weekends"]),
        ", on ",
        PH(V.spoken_phone(c.rng, V.phone(c.rng, cc))),
    )
    if c.chance(0.5):
        cl.say("Agent", "And I see you're ", age_f(p, True), ", is that right?")
        cl.say("Caller", "yeah")
    return b


def ivr_missing(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "ZA", "US"])
    k = c.local(cc, minor=True)
    par = c.local(cc, minor=False, culture=k.culture)
    b = B()
    _call_header(c, b)
    cl = Call(c, b)
    cl.say(
        "Caller",
        "my ",
        "daughter" if k.gender == "f" else "son",
        " hasn't come home, ",
        PER(k.full_r()),
        ", ",
        age_f(k, True),
    )
    cl.say("Agent", "When did you last see them?")
    cl.say(
        "Caller",
        "this morning, ",
        V.hhmm(c.rng),
        ", she got in a car, the reg was " if k.gender == "f" else ", he got in a car, the reg was ",
        PLATE(V.plate(c.rng, cc if cc not in ("ZA",) else "ZA")),
    )
    la0, la1, lo0, lo1 = V.GEO_BOX[cc]
    lat, lon = c.rng.uniform(la0, la1), c.rng.uniform(lo0, lo1)
    cl.say("Caller", "her find-my says " if k.gender == "f" else "his find-my says ", GEO(spoken_geo(c, lat, lon)))
    cl.say("Agent", "I'll pass that to police. Is that near ", town_f(c, cc), "?")
    cl.say("Caller", "yeah, just outside")
    cl.say(
        "Caller",
        "her phone is " if k.gender == "f" else "his phone is ",
        PH(V.spoken_phone(c.rng, V.phone(c.rng, cc))),
        " but it's going to voicemail",
    )
    if c.chance(0.6):
        cond, drug = c.pick(
            [("epilepsy", "levetiracetam"), ("type 1 diabetes", "insulin glargine"), ("asthma", "salbutamol")]
        )
        cl.say("Caller", "she has " if k.gender == "f" else "he has ", MED(cond), " and doesn't have the ", MED(drug))
    cl.say("Agent", "And your name?")
    cl.say("Caller", PER(par.full_r()))
    return b


def ivr_asr(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "ZA"])
    p = c.local(cc, minor=True)
    b = B()
    _call_header(c, b, "ASR confidence LOW")
    cl = Call(c, b, asr=0.35)
    cl.say("Agent", "sorry you're breaking up can you say your name again")
    mangled = p.given_r.lower()
    if len(mangled) > 4 and c.chance(0.6):
        k = len(mangled) // 2
        mangled = mangled[:k] + " " + mangled[k:]
    cl.say("Caller", "[inaudible] it's ", PER(mangled))
    cl.say("Agent", "and how old are you")
    cl.say("Caller", age_f(p, True), " [crosstalk] ", age_f(p, True))
    cl.say("Caller", "i am in ", town_f(c, cc), " at my nan's [noise]")
    cl.say(
        "Caller",
        "my step dad ",
        PER(c.local(cc, minor=False, gender="m").given_r.lower()),
        " he ",
        CRIM(c.pick(S.CRIMINAL_SLANG)),
    )
    if c.chance(0.6):
        cl.say("Caller", "i took too many of my ", MED(c.pick(S.MEDICATIONS)), " um [inaudible]")
    cl.say("Agent", "can you give me a number")
    cl.say("Caller", PH(V.spoken_phone(c.rng, V.phone(c.rng, cc))), " [inaudible]")
    return b


def ivr_identity(c):
    cc = c.pick(["GB", "IE", "AU", "NZ", "CA", "US"])
    p = c.local(cc, minor=True, age=c.ri(13, 17))
    b = B()
    _call_header(c, b, "Under-18s")
    cl = Call(c, b, asr=0.05)
    cl.say("Caller", "hi, I'm ", age_f(p, True), " and I think I'm ", gen_id(c, cc))
    cl.say("Agent", "Thank you for telling me. What name would you like me to use?")
    chosen = c.pick([x[2] for x in V.CULT[p.culture]["m" if p.gender == "f" else "f"]])
    cl.say("Caller", PER(chosen), ". My deadname is ", PER(p.given_r), " but please don't")
    if c.chance(0.7):
        cl.say("Caller", "and I'm ", SEX(c.pick(S.SEXUAL_ORIENTATION)), ", my dad found out and went mental")
    if c.chance(0.7):
        cond, drug = med_pair(c)
        cl.say("Caller", "I've got ", cond, " too, I'm on ", drug)
    if c.chance(0.5):
        cl.say("Caller", "my family's ", ETH(c.pick(S.ETHNIC)), " and they say it's not a thing for us")
    cl.say("Agent", "Whereabouts are you, just the town?")
    cl.say("Caller", town_f(c, cc))
    return b


def ivr_professional(c):
    cc = c.pick(["GB", "GB", "IE", "AU", "NZ", "CA"])
    prof = c.local(cc, minor=False)
    k = c.local(cc, minor=True)
    hid, scheme = V.health_id(c.rng, cc, k.dob, k.gender)
    b = B()
    _call_header(c, b, "Professionals line")
    cl = Call(c, b, asr=0.04)
    if c.chance(0.6):
        cl.say(
            "Caller",
            "Hi, it's ",
            PER(prof.full_r()),
            ", ",
            c.pick(["DSL at ", "school nurse at ", "head of year at "]),
            c.pick(S.SCHOOLS),
            ". I'm calling about a pupil.",
        )
    else:
        cl.say(
            "Caller",
            "Hi, it's Dr ",
            PER(prof.family_r),
            ", GP at ",
            c.pick(["Riverside Surgery", "Harbour Medical Centre", "the Health Centre"]),
            ". I'm calling about a patient.",
        )
    cl.say("Agent", "Go ahead.")
    cl.say("Caller", PER(k.full_r()), ", date of birth ", dob_f(c, k, c.pick(["dmy/", "long"])), ", so ", age_f(k), ".")
    cl.say("Caller", "Their ", scheme, " is ", NID(hid))
    cl.say("Caller", "They live at ", ST(V.street_address(c.rng, cc)), ", ", town_f(c, cc))
    pt = c.local(cc, minor=False)
    cl.say("Caller", "Mum's new partner is ", PER(pt.full_r()), ", who I understand ", crim(c), ".")
    if c.chance(0.5):
        cl.say("Caller", "The child has ", MED(c.pick(S.MEDICAL)), " and is ", ETH(c.pick(S.ETHNIC)), ".")
    cl.say("Agent", "And a direct line for you?")
    cl.say("Caller", phone_f(c, cc, c.pick(["national", "paren0", "intl"]), "fixed"), c.pick([", extension 214", ""]))
    return b


IVR_TEMPLATES = [
    ivr_child,
    ivr_neighbour,
    ivr_interpreter,
    ivr_email,
    ivr_digits,
    ivr_us,
    ivr_grooming,
    ivr_callback,
    ivr_missing,
    ivr_asr,
    ivr_identity,
    ivr_professional,
]

REGISTERS = [
    ("ocr_scan", OCR_TEMPLATES),
    ("chronology", CHRON_TEMPLATES),
    ("dm_slang", DM_TEMPLATES),
    ("spreadsheet", SS_TEMPLATES),
    ("ivr_transcript", IVR_TEMPLATES),
]


# ============================================================== NEGATIVES
NEG_UNITS = {
    "plain flour": "g",
    "caster sugar": "g",
    "unsalted butter": "g",
    "free-range eggs": "n",
    "whole milk": "ml",
    "baking powder": "tsp",
    "vanilla extract": "tsp",
    "sea salt": "tsp",
    "smoked paprika": "tsp",
    "red lentils": "g",
    "coconut milk": "ml",
    "fresh ginger": "g",
    "garlic cloves": "n",
    "spring onions": "n",
    "chickpeas": "g",
    "ground cumin": "tsp",
    "lemon zest": "tsp",
    "dark chocolate": "g",
    "rolled oats": "g",
    "honey": "tsp",
}


def neg_recipe(c):
    b = B()
    dish = c.pick(S.NEG_DISHES)
    b.line(dish.capitalize(), " (serves ", str(c.ri(2, 8)), ")")
    b.line(
        "Prep ",
        str(c.ri(5, 30)),
        " min | Cook ",
        str(c.ri(10, 90)),
        " min | Oven ",
        str(c.pick([160, 180, 200, 220])),
        "°C / fan ",
        str(c.pick([140, 160, 180])),
        "°C",
    )
    b.line("")
    b.line("Ingredients")
    for ing in c.rng.sample(S.NEG_INGREDIENTS, c.ri(5, 9)):
        unit = NEG_UNITS.get(ing, "g")
        if unit == "g":
            q = str(c.pick([25, 50, 75, 100, 150, 200, 250, 400])) + " g "
        elif unit == "ml":
            q = str(c.pick([100, 150, 200, 300, 400])) + " ml "
        elif unit == "tsp":
            q = c.pick(["½", "1", "2"]) + " tsp "
        else:
            q = str(c.ri(1, 4)) + " "
        b.line("- ", q, ing)
    b.line("")
    b.line("Method")
    steps = [
        "Preheat the oven and line a tin with baking paper.",
        "Melt the butter gently over a low heat.",
        "Whisk the dry ingredients together in a large bowl.",
        "Fold everything together until just combined.",
        "Simmer for " + str(c.ri(10, 40)) + " minutes, stirring now and then.",
        "Season to taste and rest for 5 minutes.",
        "Bake until golden and a skewer comes out clean.",
        "Leave to cool in the tin, then slice into " + str(c.ri(8, 16)) + ".",
    ]
    for i, s in enumerate(c.rng.sample(steps, c.ri(4, 6))):
        b.line(str(i + 1), ". ", s)
    if c.chance(0.5):
        b.line(
            "Tip: swap the ",
            c.pick(S.NEG_INGREDIENTS),
            " for ",
            c.pick(S.NEG_INGREDIENTS),
            " if you prefer. Made with ",
            c.pick(["Kellogg's", "Cadbury", "Heinz", "Dr. Oetker"]),
            " products in our test kitchen.",
        )
    return b


def neg_playlist(c):
    b = B()
    b.line(
        c.pick(["Road trip mix", "Friday wind-down", "Vinyl night playlist", "Gym warm-up"]),
        " - ",
        str(c.ri(8, 14)),
        " tracks",
    )
    for i, band in enumerate(c.rng.sample(S.NEG_BANDS, c.ri(6, 10))):
        b.line(
            f"{i + 1:02d}. ",
            band,
            " - ",
            c.pick(S.NEG_SONGS),
            " (",
            str(c.ri(2, 7)),
            ":",
            "%02d" % c.ri(0, 59),
            ")",
            c.pick(["", " [live]", " [remastered " + str(c.ri(1995, 2023)) + "]", " [demo]"]),
        )
    b.line(
        "Total runtime ", str(c.ri(35, 70)), " min · ", c.pick(["shuffle off", "crossfade 4s", "explicit filter on"])
    )
    return b


def neg_laws(c):
    b = B()
    b.line(c.pick(["Physics revision sheet", "Formula summary - unit 3", "Key principles (exam crib card)"]))
    defs = {
        "Ohm's law": "V = I × R",
        "Hooke's law": "F = k × x",
        "Boyle's law": "p × V = constant at fixed temperature",
        "Coulomb's law": "F = k q1 q2 / r²",
        "Snell's law": "n1 sin θ1 = n2 sin θ2",
        "Newton's second law": "F = m × a",
        "Bernoulli's principle": "p + ½ρv² + ρgh = constant",
        "Archimedes' principle": "upthrust = weight of fluid displaced",
        "Faraday's law of induction": "emf = −dΦ/dt",
        "Gauss's law": "∮E·dA = Q/ε0",
        "Planck's constant": "h ≈ 6.626 × 10⁻³⁴ J s",
        "Avogadro's constant": "NA ≈ 6.022 × 10²³ mol⁻¹",
        "Euler's identity": "e^(iπ) + 1 = 0",
        "Bayes' theorem": "P(A|B) = P(B|A) P(A) / P(B)",
        "Le Chatelier's principle": "equilibrium shifts to oppose a change",
        "the Doppler effect": "f' = f (v + vo)/(v − vs)",
        "Kirchhoff's current law": "ΣI in = ΣI out",
        "the Pythagorean theorem": "a² + b² = c²",
        "Fermat's little theorem": "a^p ≡ a (mod p)",
        "Noether's theorem": "each symmetry gives a conserved quantity",
    }
    for law in c.rng.sample(sorted(defs), c.ri(5, 8)):
        b.line("• ", law[0].upper() + law[1:], ": ", defs[law])
    b.line("Worked example: a ", str(c.ri(2, 12)), " Ω resistor carries ", str(c.ri(1, 5)), " A, so V = ", "?", " V.")
    return b


def neg_code(c):
    b = B()
    kind = c.ri(0, 2)
    if kind == 0:
        b.line("# config.yaml (template - do not commit real values)")
        b.line("database:")
        b.line("  host: <db-host>")
        b.line("  port: ", str(c.pick([5432, 3306, 27017])))
        b.line("  user: <username>")
        b.line("  password: <password>")
        b.line("smtp:")
        b.line("  sender: <sender-address>")
        b.line("  api_key: xxxxxxxxxxxxxxxx")
        b.line("features:")
        b.line("  retries: ", str(c.ri(1, 9)))
        b.line("  timeout_ms: ", str(c.pick([500, 1000, 2500])))
    elif kind == 1:
        b.line("def normalise_record(rec: dict) -> dict:")
        b.line('    """Strip whitespace and blank out sensitive fields."""')
        b.line("    out = {k: v.strip() if isinstance(v, str) else v for k, v in rec.items()}")
        b.line('    for field in ("name", "phone", "email", "dob", "ssn", "iban"):')
        b.line("        if field in out:")
        b.line('            out[field] = "REDACTED"')
        b.line("    out['version'] = ", str(c.ri(1, 9)))
        b.line("    return out")
    else:
        b.line("CREATE TABLE contact (")
        b.line("  id SERIAL PRIMARY KEY,")
        b.line("  full_name VARCHAR(", str(c.pick([80, 120, 200])), ") NOT NULL,")
        b.line("  phone VARCHAR(32),")
        b.line("  email_address VARCHAR(254),")
        b.line("  date_of_birth DATE,")
        b.line("  national_id_hash CHAR(64)")
        b.line(");")
        b.line("-- sample row: (DEFAULT, '<full name>', '<phone>', '<email>', NULL, '<sha256>')")
    return b


def neg_assembly(c):
    b = B()
    b.line(
        c.pick(
            [
                "Assembly instructions - wardrobe 2-door",
                "Bookcase 5-shelf - fitting guide",
                "Desk with drawer - assembly",
            ]
        ),
        "  Art. ",
        V.digits(c.rng, 3),
        ".",
        V.digits(c.rng, 3),
        ".",
        V.digits(c.rng, 2),
    )
    b.line("Parts list:")
    for part in c.rng.sample(S.NEG_PARTS, c.ri(5, 8)):
        b.line(
            "  ",
            c.pick("ABCDEFGHJK"),
            str(c.ri(1, 9)),
            "  ",
            part,
            "  x",
            str(c.ri(1, 16)),
            "   (part no. ",
            V.digits(c.rng, 6),
            ")",
        )
    steps = [
        "Insert dowels into the pre-drilled holes.",
        "Attach the side panel to the base using the cam locks.",
        "Tighten bolts with the Allen key - do not overtighten.",
        "Check the unit is square before fitting the rear panel.",
        "Slide the drawer onto the runners until it clicks.",
        "Fit the glide feet to the base.",
        "Fix the anti-tip bracket to the wall.",
    ]
    chosen = sorted(c.rng.sample(range(len(steps)), c.ri(4, 7)))
    for i, k in enumerate(chosen):
        b.line("Step ", str(i + 1), ": ", steps[k])
    b.line("Two people recommended. Tools: Phillips screwdriver, hammer.")
    return b


def neg_pharmacy(c):
    b = B()
    b.line("WHOLESALE STOCK REPORT  depot ", c.pick(["North", "East", "Central"]), "  week ", str(c.ri(1, 52)))
    b.line("PIP code  | Product | Pack | On hand | Reorder | Unit price")
    for d in c.rng.sample(S.NEG_DRUGS, c.ri(5, 9)):
        b.line(
            V.digits(c.rng, 3),
            "-",
            V.digits(c.rng, 4),
            " | ",
            d,
            " | ",
            str(c.pick([28, 30, 56, 84, 100])),
            " | ",
            str(c.ri(0, 900)),
            " | ",
            c.pick(["Y", "N"]),
            " | £",
            str(c.ri(0, 40)),
            ".",
            "%02d" % c.ri(0, 99),
        )
    b.line(
        "Supplier: ",
        c.pick(["Johnson & Johnson", "Bayer", "Pfizer", "Sandoz"]),
        "  Batch expiry check due ",
        c.date_after(10, 90).isoformat(),
    )
    return b


def neg_sports(c):
    b = B()
    b.line(
        c.pick(
            [
                "Pacific Nations Cup - results",
                "Autumn internationals - round up",
                "Qualifiers - matchday " + str(c.ri(1, 6)),
            ]
        )
    )
    teams = c.rng.sample(S.NEG_TEAMS, 8)
    for i in range(0, 8, 2):
        b.line(
            teams[i],
            " ",
            str(c.ri(3, 45)),
            " - ",
            str(c.ri(3, 45)),
            " ",
            teams[i + 1],
            c.pick(["", " (HT 10-7)", " (bonus point)", " AET"]),
        )
    b.line("Attendance ", "{:,}".format(c.ri(4000, 60000)), " · kick-off ", V.hhmm(c.rng), " local")
    b.line("Table: ", teams[0], " ", str(c.ri(5, 15)), " pts, ", teams[1], " ", str(c.ri(2, 12)), " pts")
    return b


def neg_picklist(c):
    b = B()
    b.line(
        "PICK LIST  wave ",
        str(c.ri(1, 40)),
        "  zone ",
        c.pick("ABCD"),
        "   printed ",
        c.date.isoformat(),
        " ",
        V.hhmm(c.rng),
    )
    b.line("BIN       SKU            DESCRIPTION                 QTY")
    for _ in range(c.ri(5, 10)):
        b.line(
            f"{c.pick('ABCDEF')}-{c.ri(1, 40):02d}-{c.ri(1, 6)}    ",
            V.letters(c.rng, 3) + "-" + V.digits(c.rng, 5),
            "      ",
            c.pick(
                [
                    "cable tie 200mm (100)",
                    "tape 48mm clear",
                    "carton 305x215x150",
                    "label roll 100x150",
                    "pallet wrap 17mu",
                    "void fill 20m",
                    "bubble bag C5",
                    "glove nitrile L",
                ]
            ),
            "   ",
            str(c.ri(1, 48)),
        )
    b.line("Picker: ______   Checked: ______   Trolley ", str(c.ri(1, 30)))
    return b


def neg_timetable(c):
    b = B()
    b.line(
        "Route ",
        str(c.ri(1, 99)),
        c.pick(["A", "", "X"]),
        " - ",
        c.pick(["Mondays to Fridays", "Saturdays", "Sundays and public holidays"]),
    )
    stops = c.rng.sample(S.NEG_STOPS, c.ri(5, 8))
    start = c.ri(6 * 60, 9 * 60)
    cols = c.ri(3, 5)
    headway = c.pick([15, 20, 30, 60])
    offs = [0]
    for _ in stops[1:]:
        offs.append(offs[-1] + c.ri(2, 7))
    for s, off in zip(stops, offs):
        times = [
            "%02d:%02d" % (((start + k * headway + off) // 60) % 24, (start + k * headway + off) % 60)
            for k in range(cols)
        ]
        b.line(s.ljust(30), "  ".join(times))
    b.line("Times are approximate. Low-floor vehicles on all journeys.")
    return b


def neg_tracking(c):
    b = B()
    tn = c.pick(
        [
            "1Z" + V.letters(c.rng, 3) + V.digits(c.rng, 13),
            "JD0" + V.digits(c.rng, 15),
            V.letters(c.rng, 2) + V.digits(c.rng, 9) + "GB",
        ]
    )
    b.line("Tracking number: ", tn, "   Service: ", c.pick(["Express 24", "Economy", "Tracked 48"]))
    import datetime as dt

    t = dt.datetime.combine(c.date, dt.time(c.ri(5, 9), c.ri(0, 59)))
    evs = [
        "Label created",
        "Collected from sender",
        "Arrived at regional hub",
        "Departed sort facility",
        "Customs cleared",
        "Arrived at delivery depot",
        "Out for delivery",
        c.pick(["Delivered to safe place", "Delivered - signed for", "Held at depot - awaiting collection"]),
    ]
    for k in sorted(c.rng.sample(range(len(evs) - 1), c.ri(3, 5))) + [len(evs) - 1]:
        ev = evs[k]
        t = t + dt.timedelta(minutes=c.ri(30, 900))
        b.line(t.strftime("%d %b %Y %H:%M"), "  ", ev)
    b.line("Weight ", str(c.ri(1, 30)), ".", str(c.ri(0, 9)), " kg · ", str(c.ri(1, 4)), " parcel(s)")
    return b


def neg_lottery(c):
    b = B()
    for _ in range(c.ri(2, 4)):
        nums = sorted(c.rng.sample(range(1, 60), 6))
        b.line(
            c.pick(["Draw ", "Game ", "Result "]),
            str(c.ri(1000, 3999)),
            " (",
            c.date_after(-30, 0).strftime("%a %d %b %Y"),
            "): ",
            " ".join("%02d" % n for n in nums),
            "  bonus ",
            "%02d" % c.ri(1, 59),
        )
        b.line(
            "  Jackpot £",
            "{:,}".format(c.ri(1, 20) * 1000000),
            " - ",
            c.pick(["rolled over", "1 winner", "2 winners shared"]),
        )
    b.line("Prize breakdown: match 5+bonus £", str(c.ri(50, 900)), "k; match 3 £30. Play responsibly.")
    return b


def neg_chem(c):
    b = B()
    b.line(
        c.pick(["Prep room reagent inventory", "Teaching lab - chemicals list", "Stockroom audit"]),
        " - shelf ",
        c.pick("ABCDE"),
        str(c.ri(1, 9)),
    )
    b.line("Name | Formula | CAS | Qty | Hazard")
    for name, f, cas in c.rng.sample(S.NEG_CHEMS, c.ri(4, 7)):
        b.line(
            name,
            " | ",
            f,
            " | ",
            cas,
            " | ",
            str(c.ri(100, 2500)),
            c.pick([" g", " mL"]),
            " | ",
            c.pick(["irritant", "oxidiser", "flammable", "none", "corrosive"]),
        )
    b.line("Molar mass check: NaCl = 58.44 g/mol; H2O = 18.02 g/mol.")
    return b


def _isbn13(c):
    body = "978" + V.digits(c.rng, 9)
    s = body + _isbn_chk(body)
    return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"


def _isbn_chk(body):
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return str((10 - s % 10) % 10)


def _issn(c):
    d = V.digits(c.rng, 7)
    s = sum(int(x) * w for x, w in zip(d, range(8, 1, -1)))
    chk = (11 - s % 11) % 11
    return d[:4] + "-" + d[4:] + ("X" if chk == 10 else str(chk))


def neg_biblio(c):
    b = B()
    b.line(c.pick(["Reading list - module 2", "Library acquisitions", "References (titles only)"]))
    for t in c.rng.sample(S.NEG_BOOK_TITLES, c.ri(4, 7)):
        kind = c.ri(0, 2)
        if kind == 0:
            b.line("- ", t, ". ", c.pick(S.NEG_PUBLISHERS), ", ", str(c.ri(1995, 2024)), ". ISBN ", _isbn13(c))
        elif kind == 1:
            b.line("- ", t, " (journal). ISSN ", _issn(c))
        else:
            b.line(
                "- ",
                t,
                ". doi:10.",
                str(c.ri(1000, 9999)),
                "/",
                V.letters(c.rng, 3).lower(),
                ".",
                str(c.ri(2000, 2024)),
                ".",
                V.digits(c.rng, 5),
            )
    return b


def neg_invoice(c):
    b = B()
    b.line("INVOICE TEMPLATE v", str(c.ri(1, 5)), ".", str(c.ri(0, 9)))
    b.line("Invoice no: INV-", str(c.date.year), "-", V.digits(c.rng, 4), "     Date: ____/____/______")
    b.line("Bill to: ______________________________")
    b.line("Address: ______________________________")
    b.line("Phone: ( ____ ) ________   Email: ____________________")
    b.line("Item | Qty | Unit | Total")
    for _ in range(c.ri(2, 5)):
        b.line(
            c.pick(["Consulting hours", "Printing A4 colour", "Delivery", "Workshop materials", "Licence renewal"]),
            " | ",
            str(c.ri(1, 20)),
            " | ",
            str(c.ri(5, 200)),
            ".00 | ",
        )
    b.line("Subtotal: ______  VAT ", str(c.pick([0, 5, 20])), "%: ______  Total due: ______")
    b.line("Pay to IBAN: ____ ____ ____ ____ ____   Reference: <invoice no>")
    return b


def neg_fx(c):
    b = B()
    base = c.pick(["GBP", "EUR", "AUD"])
    b.line("Indicative exchange rates vs ", base, " - ", c.date.isoformat(), " ", V.hhmm(c.rng), " UTC")
    b.line("Code  Currency              Buy        Sell")
    for code, name in c.rng.sample(S.NEG_CURRENCIES, c.ri(5, 8)):
        if code == base:
            continue
        r = c.rng.uniform(0.2, 180)
        b.line(code, "   ", name.ljust(20), "  ", f"{r:.4f}", "   ", f"{r * 1.02:.4f}")
    b.line("Rates for information only; no commission on amounts over ", str(c.pick([250, 500, 1000])), ".")
    return b


def neg_boardgame(c):
    b = B()
    b.line(
        c.pick(["Harbour Traders", "Lighthouse Run", "Salt Roads", "Orchard Wars"]),
        " - quick rules (",
        str(c.ri(2, 5)),
        "-",
        str(c.ri(5, 6)),
        " players)",
    )
    pieces = c.rng.sample(S.NEG_GAME_PIECES, 5)
    b.line("Setup: each player takes ", str(c.ri(3, 7)), " ", pieces[0], "s and ", str(c.ri(1, 3)), " ", pieces[1], ".")
    b.line(
        "On your turn: roll the ", pieces[2] if pieces[2] == "die" else "die", ", collect ", pieces[3], "s, then build."
    )
    b.line("Trading: ", str(c.ri(2, 4)), " of a kind for 1 of any. The ", pieces[4], " moves clockwise.")
    b.line("Victory: first to ", str(c.ri(8, 15)), " points wins. Ties go to the player with most ", pieces[0], "s.")
    return b


def neg_rooms(c):
    b = B()
    b.line(c.pick(["Room bookings - week commencing ", "Facilities calendar "]), c.date.strftime("%d %b %Y"))
    for day in sorted(c.rng.sample(range(5), c.ri(3, 5))):
        h = c.ri(8, 16)
        b.line(
            ["Mon", "Tue", "Wed", "Thu", "Fri"][day],
            " %02d:%s-%02d:%s" % (h, c.pick(["00", "30"]), h + c.ri(1, 2), c.pick(["00", "30"])),
            "  ",
            c.pick(S.NEG_ROOMS),
            "  ",
            c.pick(
                [
                    "Team stand-up",
                    "Induction session",
                    "Budget review",
                    "Training: fire safety",
                    "Governance board",
                    "Quarterly planning",
                ]
            ),
            "  (",
            str(c.ri(4, 40)),
            " seats)",
        )
    b.line("Projector faults: raise a ticket FAC-", V.digits(c.rng, 5), ". Catering orders 48h in advance.")
    return b


def neg_recall(c):
    b = B()
    brand, product = c.pick(
        [
            ("Dyson", "cordless vacuum battery pack"),
            ("Kellogg's", "breakfast cereal 500 g"),
            ("Bosch", "kettle 1.7 L"),
            ("Colgate", "toothpaste 75 ml"),
            ("Philips", "electric toothbrush charger"),
            ("Dr. Oetker", "baking mix 400 g"),
            ("Miele", "dishwasher door hinge"),
            ("Heinz", "baked beans 415 g"),
            ("Cadbury", "chocolate buttons 119 g"),
            ("Gillette", "razor cartridge 4-pack"),
            ("Siemens", "induction hob control board"),
            ("Wrigley's", "chewing gum 10-pack"),
        ]
    )
    b.line("PRODUCT RECALL NOTICE - ", brand)
    b.line("Product: ", product)
    b.line("Batch codes: ", ", ".join(V.letters(c.rng, 2) + V.digits(c.rng, 6) for _ in range(c.ri(2, 4))))
    b.line("Best before / manufactured: ", c.date_after(-200, 200).strftime("%m/%Y"))
    b.line(
        "Reason: ", c.pick(["possible overheating", "undeclared allergen (milk)", "foreign body risk", "faulty seal"])
    )
    b.line(
        "Return to the place of purchase for a full refund. No receipt needed. Model ",
        V.letters(c.rng, 2),
        "-",
        V.digits(c.rng, 4),
    )
    return b


def neg_changelog(c):
    b = B()
    b.line("CHANGELOG")
    maj, minor = c.ri(1, 6), c.ri(5, 20)
    import datetime as dt

    d = c.date
    items = [
        "Fixed crash when exporting empty reports",
        "Improved startup time by 20%",
        "Added dark mode",
        "Updated translations",
        "Removed deprecated API endpoint /v1/items",
        "Bumped dependency versions",
        "Fixed timezone bug in scheduler",
        "Added CSV export",
        "Reduced memory use of thumbnail cache",
    ]
    for i in range(c.ri(3, 5)):
        b.line("## v", str(maj), ".", str(minor - i), ".", str(c.ri(0, 9)), " - ", d.isoformat())
        d = d - dt.timedelta(days=c.ri(7, 60))
        for it in c.rng.sample(items, c.ri(1, 3)):
            b.line("- ", it)
    b.line("Build ", V.digits(c.rng, 5), " · sha ", "".join(c.pick("0123456789abcdef") for _ in range(7)))
    return b


NEG_TEMPLATES = [
    neg_recipe,
    neg_playlist,
    neg_laws,
    neg_code,
    neg_assembly,
    neg_pharmacy,
    neg_sports,
    neg_picklist,
    neg_timetable,
    neg_tracking,
    neg_lottery,
    neg_chem,
    neg_biblio,
    neg_invoice,
    neg_fx,
    neg_boardgame,
    neg_rooms,
    neg_recall,
    neg_changelog,
]
