"""Register 2: family_court_welfare."""

from __future__ import annotations

import core
from core import B, L, pick, digits, letters
import people as P
from pools import CULT

WORDS = [
    "nought",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
]

MED_EN = [
    "bipolar affective disorder",
    "emotionally unstable personality disorder",
    "post-natal depression",
    "ADHD",
    "foetal alcohol spectrum disorder",
    "asthma",
    "epilepsy",
    "alcohol dependency",
    "opiate dependency",
    "paranoid schizophrenia",
    "global developmental delay",
    "cerebral palsy",
    "PTSD",
    "anorexia nervosa",
    "sickle cell disease",
    "type 1 diabetes",
    "autism spectrum condition",
    "chronic kidney disease",
    "a mild learning disability",
    "generalised anxiety disorder",
    "hepatitis C",
    "Crohn's disease",
]
CRIM_EN = [
    "a 2016 conviction for assault occasioning actual bodily harm",
    "two convictions for drink-driving",
    "a caution for possession of cannabis",
    "a 30-month custodial sentence for supplying class A drugs",
    "a 2021 conviction for controlling and coercive behaviour",
    "an indefinite sex offender notification requirement",
    "a suspended sentence for affray",
    "four convictions for shoplifting",
    "a conviction for breaching a non-molestation order",
    "a conviction for battery against a former partner",
    "an 18-month sentence for burglary",
    "a youth caution for criminal damage",
]
ETH_EN = [
    "White British",
    "Black Caribbean",
    "mixed White and Black African",
    "Irish Traveller",
    "Gypsy/Roma",
    "Pakistani heritage",
    "Somali heritage",
    "Kurdish",
    "Bangladeshi",
    "Romanian Roma",
    "White Scottish",
    "Black African (Congolese)",
    "Aboriginal",
    "Métis",
    "First Nations (Cree)",
    "Vietnamese heritage",
]
GEN_EN = ["non-binary", "transgender", "a trans boy", "a trans girl", "gender-fluid"]
SEXOR_EN = ["gay", "lesbian", "bisexual", "pansexual"]
MED_DE = [
    "eine Alkoholabhängigkeit",
    "eine paranoide Schizophrenie",
    "eine rezidivierende Depression",
    "ADHS",
    "ein Diabetes mellitus Typ 1",
    "eine Borderline-Persönlichkeitsstörung",
    "eine Epilepsie",
    "eine Angststörung",
    "eine Cannabisabhängigkeit",
]
CRIM_DE = [
    "wegen gefährlicher Körperverletzung vorbestraft",
    "2019 wegen Betäubungsmitteldelikten zu einer Bewährungsstrafe verurteilt",
    "wegen Diebstahls mehrfach vorbestraft",
    "wegen Verletzung der Unterhaltspflicht verurteilt",
]
MED_FR = [
    "un trouble bipolaire",
    "une dépression sévère",
    "une addiction à l'alcool",
    "un trouble du spectre autistique",
    "une épilepsie",
    "un diabète de type 1",
    "une schizophrénie",
]
CRIM_FR = [
    "condamné en 2018 pour violences conjugales",
    "incarcéré deux ans pour trafic de stupéfiants",
    "condamné pour vol aggravé",
    "condamné pour conduite en état d'ivresse",
]

COURT_CULTS = ["gb", "gb", "sc", "ie", "us", "ca", "au", "de", "at", "fr", "be"]


def age_val(rng, n, words_ok=True):
    lab = "MINOR_AGE" if n < 18 else "AGE"
    if words_ok and n < 18 and rng.random() < 0.25:
        return L(WORDS[n], lab)
    return L(str(n), lab)


def family(rng, cult):
    cast = P.Cast(rng)
    fam = pick(rng, CULT[cult]["s"]) if CULT[cult]["s"] else None
    mother = cast.person(cult, "f")
    father = cast.person(cult, "m", family=fam)
    nk = rng.randrange(1, 4)
    kids = []
    for i in range(nk):
        k = cast.person(cult, pick(rng, "fm"), family=fam if rng.random() < 0.7 else mother.family)
        d = P.dob(rng, 2009, 2024)
        kids.append((k, d, P.age_of(d)))
    oldest = max(a for _, _, a in kids)
    mother.age = oldest + rng.randrange(18, 29)
    father.age = mother.age + rng.randrange(-3, 9)
    mother.dob = (P.REF_YEAR - mother.age - 1, rng.randrange(4, 13), rng.randrange(1, 29))
    father.dob = (P.REF_YEAR - father.age - 1, rng.randrange(4, 13), rng.randrange(1, 29))
    return cast, mother, father, kids


def nm(rng, p, formal=False):
    r = rng.random()
    if formal and r < 0.5:
        return ("Ms " if p.sex == "f" else "Mr "), p.family
    if r < 0.45:
        return "", p.given
    return "", p.full


def t_section7(rng):
    cult = pick(rng, ["gb", "gb", "sc", "ie"])
    region = CULT[cult]["region"]
    cast, mo, fa, kids = family(rng, cult)
    fsw = cast.person(cult)
    b = B()
    t, _, _ = P.town(rng, cult)
    b.f(
        "IN THE FAMILY COURT sitting at §\nCase No: § \nSection 7 Report — Children Act 1989\n\n",
        L(t, "LOCATION"),
        f"{letters(rng, 2)}{digits(rng, 2)}P{digits(rng, 5)}",
    )
    b.f("Author: § (Family Court Adviser)\n\n1. The children\n", L(fsw.full, "PERSON"))
    for k, d, a in kids:
        b.f(
            "   § (born §), aged §\n",
            L(k.full, "PERSON"),
            L(P.fmt_date(rng, d, "uk"), "DATE_OF_BIRTH"),
            age_val(rng, a),
        )
    mdob = mo.dob
    fdob = fa.dob
    b.f(
        "\n2. The parties\n   Applicant father: § (§), aged §\n   Respondent mother: § (§), aged §\n\n",
        L(fa.full, "PERSON"),
        L(P.fmt_date(rng, fdob, "uk"), "DATE_OF_BIRTH"),
        L(str(P.age_of(fdob)), "AGE"),
        L(mo.full, "PERSON"),
        L(P.fmt_date(rng, mdob, "uk"), "DATE_OF_BIRTH"),
        L(str(P.age_of(mdob)), "AGE"),
    )
    a, tn = P.address(rng, cult)
    b.f("3. Background\n   The children live with their mother at §. ", L(a, "STREET_ADDRESS"))
    t2, _, _ = P.town(rng, cult)
    b.f("Their father moved to § in 2023. ", L(t2, "LOCATION"))
    ms = pick(rng, MED_EN)
    b.f(
        "Ms § told me she has been diagnosed with § and is engaging with her GP. ",
        L(mo.family, "PERSON"),
        L(ms, "MEDICAL_CONDITION"),
    )
    if rng.random() < 0.7:
        b.f(
            "Police National Computer checks show that Mr § has §. ",
            L(fa.family, "PERSON"),
            L(pick(rng, CRIM_EN), "CRIMINAL_HISTORY"),
        )
    b.t("\n\n4. Wishes and feelings\n   ")
    k, d, a = kids[0]
    b.f('I met § at school. § said that Dad\'s flat is "fun but messy". ', L(k.given, "PERSON"), L(k.given, "PERSON"))
    if rng.random() < 0.35:
        b.f(
            "§ told me they are § and would like to be called § at contact. ",
            L(k.given, "PERSON"),
            L(pick(rng, GEN_EN[:2]), "GENDER_IDENTITY"),
            L(pick(rng, ["Sky", "Remy", "Ash", "Frankie", "Jude"]), "PERSON"),
        )
    if rng.random() < 0.4:
        b.f(
            "The family are §, and the children's cultural identity should be supported. ",
            L(pick(rng, ETH_EN), "ETHNIC_ORIGIN"),
        )
    b.t("\n\n5. Professionals consulted\n")
    for role in core.sample(
        rng, ["Social worker", "Health visitor", "Designated safeguarding lead", "GP", "Probation officer"], 2
    ):
        p = cast.person(cult)
        b.f("   § — §, tel. §\n", role, L(p.full, "PERSON"), L(core.phone(rng, region, kind="fixed"), "PHONE_NUMBER"))
    if rng.random() < 0.6:
        b.t("\n5a. Chronology of key events\n")
        for _ in range(rng.randrange(4, 12)):
            who = cast.person(cult)
            b.f(
                "   §/§/20§ — § §; §.\n",
                f"{rng.randrange(1, 29):02d}",
                f"{rng.randrange(1, 13):02d}",
                rng.randrange(15, 26),
                pick(
                    rng,
                    [
                        "Referral from school logged by",
                        "Strategy discussion chaired by",
                        "Home visit completed by",
                        "Police attendance, report filed by",
                        "Child protection conference chaired by",
                        "Contact session supervised by",
                        "Core group minutes taken by",
                    ],
                ),
                L(who.full, "PERSON"),
                pick(
                    rng,
                    ["no further action", "plan updated", "concerns noted", "case escalated", "letter sent to parents"],
                ),
            )
    b.f(
        "\n6. Recommendation\n   A child arrangements order for the children to live with Ms § and spend time with Mr § every other weekend.\n",
        L(mo.family, "PERSON"),
        L(fa.family, "PERSON"),
    )
    return b


def t_genogram(rng):
    cult = pick(rng, COURT_CULTS[:7])
    cast, mo, fa, kids = family(rng, cult)
    b = B()
    b.t("GENOGRAM (text version)\n\n")
    gm = cast.person(cult, "f")
    gf = cast.person(cult, "m", family=gm.family)
    pgm = cast.person(cult, "f", family=fa.family)
    for label, p, a0, a1 in [
        ("Maternal grandmother", gm, 55, 79),
        ("Maternal grandfather", gf, 58, 84),
        ("Paternal grandmother", pgm, 56, 82),
    ]:
        base = mo.age if label.startswith("Maternal") else fa.age
        a = rng.randrange(max(a0, base + 18), max(a1, base + 34))
        t, _, _ = P.town(rng, cult)
        line = rng.randrange(3)
        if line == 0:
            b.f("§: §, §, lives in §", label, L(p.full, "PERSON"), L(str(a), "AGE"), L(t, "LOCATION"))
        elif line == 1:
            b.f("§: § (§ yrs) — §", label, L(p.full, "PERSON"), L(str(a), "AGE"), L(t, "LOCATION"))
        else:
            b.f(
                "§ — §§, aged §, deceased",
                label,
                "the late " if rng.random() < 0.5 else "",
                L(p.full, "PERSON"),
                L(str(a), "AGE"),
            )
        if rng.random() < 0.5:
            b.f("; history of §", L(pick(rng, MED_EN), "MEDICAL_CONDITION"))
        b.t(".\n")
    mdob = mo.dob
    b.f(
        "Mother: § (§ years), DOB §",
        L(mo.full, "PERSON"),
        L(str(P.age_of(mdob)), "AGE"),
        L(P.fmt_date(rng, mdob, "uk"), "DATE_OF_BIRTH"),
    )
    if rng.random() < 0.5:
        b.f("; §", L(pick(rng, CRIM_EN), "CRIMINAL_HISTORY"))
    b.t(".\n")
    fa_age = fa.age
    b.f("Father: § (§). Relationship ended 2022.", L(fa.full, "PERSON"), L(str(fa_age), "AGE"))
    if rng.random() < 0.5:
        b.f(
            " Father's new partner § (§) is §.",
            L(cast.person(cult, "m").full, "PERSON"),
            L(str(rng.randrange(20, 45)), "AGE"),
            L(pick(rng, ["gay", "bisexual"]), "SEXUAL_ORIENTATION"),
        ) if rng.random() < 0.5 else None
    b.t("\n")
    if rng.random() < 0.5:
        u = cast.person(cult, "m", family=mo.family)
        b.f(
            "Maternal uncle: § (§), §.\n",
            L(u.given, "PERSON"),
            L(str(rng.randrange(18, 40)), "AGE"),
            L(pick(rng, CRIM_EN), "CRIMINAL_HISTORY"),
        )
    b.t("Children of the relationship:\n")
    for k, d, a in kids:
        b.f(
            "  - § §, born §, § — §\n",
            L(k.given, "PERSON"),
            L(k.family.upper(), "PERSON"),
            L(P.fmt_date(rng, d, "uk"), "DATE_OF_BIRTH"),
            age_val(rng, a),
            pick(rng, ["lives with mother", "in foster care", "with maternal grandmother", "kinship placement"]),
        )
    if rng.random() < 0.5:
        half = cast.person(cult)
        b.f(
            "Half-sibling (paternal): §, §, lives with their mother in §.\n",
            L(half.given, "PERSON"),
            age_val(rng, rng.randrange(1, 17)),
            L(P.town(rng, cult)[0], "LOCATION"),
        )
    b.f("\nEthnicity recorded: §.\n", L(pick(rng, ETH_EN), "ETHNIC_ORIGIN"))
    return b


def t_placements(rng):
    cult = pick(rng, ["gb", "ie", "au", "ca", "sc", "us"])
    region = CULT[cult]["region"]
    cast, mo, fa, kids = family(rng, cult)
    k, d, a = max(kids, key=lambda x: x[2])
    if a < 6:
        d = P.dob(rng, 2009, 2018)
        a = P.age_of(d)
    b = B()
    b.f(
        "PLACEMENT AND CONTACT HISTORY\nChild: §   DOB: §   Age: §\n",
        L(k.full, "PERSON"),
        L(P.fmt_date(rng, d, "us" if cult == "us" else "uk"), "DATE_OF_BIRTH"),
        age_val(rng, a, False),
    )
    if cult in ("gb", "sc"):
        b.f("NHS No: §\n", L(core.national_id(rng, "gb.nhs")[1], "NATIONAL_ID"))
    b.t("\nFrom       | To         | Placement / carers                      | Reason for move\n")
    ym = (max(d[0] + 1, 2025 - rng.randrange(3, 9))) * 12 + rng.randrange(0, 12)
    for i in range(rng.randrange(3, 7)):
        if len(b) > 2300 or ym >= 2025 * 12 + 11:
            break
        ym1 = min(2025 * 12 + 11, ym + rng.randrange(2, 20))
        carer = cast.person(cult)
        carer2 = cast.person(cult, family=carer.family)
        b.f("§/§ | §/§ | ", f"{ym % 12 + 1:02d}", ym // 12, f"{ym1 % 12 + 1:02d}", ym1 // 12)
        kind = rng.randrange(3)
        if kind == 0:
            b.f(
                "Foster carers § and § §, § | ",
                L(carer.given, "PERSON"),
                L(carer2.given, "PERSON"),
                L(carer.family, "PERSON"),
                L(P.town(rng, cult)[0], "LOCATION"),
            )
        elif kind == 1:
            b.f(
                "Kinship: maternal aunt § (§) | ", L(carer.full, "PERSON"), L(P.address(rng, cult)[0], "STREET_ADDRESS")
            )
        else:
            b.f("Residential unit, § | ", L(P.town(rng, cult)[0], "LOCATION"))
        b.f(
            "§\n",
            pick(
                rng,
                [
                    "placement breakdown",
                    "allegation against carer's son",
                    "planned move",
                    "carer retired",
                    "school move",
                    "return home failed",
                ],
            ),
        )
        ym = ym1
    b.t("\nContact arrangements\n")
    b.f(
        "- Mother (§): supervised, fortnightly, at the family centre. Missed 5 of 12 sessions; she reports §.\n",
        L(mo.full, "PERSON"),
        L(pick(rng, MED_EN), "MEDICAL_CONDITION"),
    )
    b.f(
        "- Father (§): indirect contact only (letterbox) — he has §.\n",
        L(fa.full, "PERSON"),
        L(pick(rng, CRIM_EN), "CRIMINAL_HISTORY"),
    )
    sw = cast.person(cult)
    b.f(
        "\nAllocated social worker: § (§, §)\n",
        L(sw.full, "PERSON"),
        L(core.phone(rng, region), "PHONE_NUMBER"),
        L(
            P.email_for(rng, sw, pick(rng, ["council.gov.uk", "tusla.ie", "dcj.nsw.gov.au", "ontario-cas.ca"])),
            "EMAIL_ADDRESS",
        ),
    )
    return b


def t_foster(rng):
    cult = pick(rng, ["gb", "ie", "au", "us", "ca", "sc"])
    region = CULT[cult]["region"]
    cast, mo, fa, kids = family(rng, cult)
    k, d, a = max(kids, key=lambda x: x[2])
    if a < 8:
        d = P.dob(rng, 2011, 2016)
        a = P.age_of(d)
    c1 = cast.person(cult)
    b = B()
    b.f(
        "Foster Carer's Monthly Report — §\nCarer: §   Supervising social worker: §\n\n",
        pick(rng, ["March", "July", "October", "January"]),
        L(c1.full, "PERSON"),
        L(cast.person(cult).full, "PERSON"),
    )
    b.f("Health: § (§) attended the dentist. ", L(k.given, "PERSON"), age_val(rng, a))
    b.f(
        "Paediatrician reviewed the § and adjusted the treatment plan. ",
        L(pick(rng, ["asthma", "eczema", "asthma and eczema"]), "MEDICAL_CONDITION"),
    )
    if rng.random() < 0.5:
        b.f(
            "The CAMHS referral for suspected § is still pending. ",
            L(
                pick(rng, ["ADHD", "an autism spectrum condition", "an eating disorder", "attachment disorder"]),
                "MEDICAL_CONDITION",
            ),
        )
    b.t("\n\nEducation: ")
    b.f("Attendance 92%. Teacher § says reading has improved. ", L(cast.person(cult).full, "PERSON"))
    b.t("\n\nContact: ")
    b.f(
        "Contact with mum (§) took place at the contact centre; § arrived 40 minutes late and smelled of alcohol. ",
        L(mo.given, "PERSON"),
        L(mo.given, "PERSON"),
    )
    b.f("After contact § was unsettled and wet the bed. ", L(k.given, "PERSON"))
    if rng.random() < 0.5:
        b.f(
            "Grandad § phoned the house from § asking for our address, which I did not give. ",
            L(cast.person(cult, "m").given, "PERSON"),
            L(core.phone(rng, region, kind="mobile"), "PHONE_NUMBER"),
        )
    b.t("\n\nIdentity: ")
    if rng.random() < 0.5:
        b.f(
            "We are supporting § with hair care and food linked to their § heritage. ",
            L(k.given, "PERSON"),
            L(
                pick(rng, ["Jamaican", "Nigerian", "Somali", "Ghanaian", "Traveller", "Māori", "Filipino"]),
                "ETHNIC_ORIGIN",
            ),
        )
    else:
        b.f(
            "§'s older sibling § (§) came out as § and § has been asking questions; we answered honestly. ",
            L(k.given, "PERSON"),
            L(cast.person(cult).given, "PERSON"),
            age_val(rng, rng.randrange(14, 18), False),
            L(pick(rng, SEXOR_EN), "SEXUAL_ORIENTATION"),
            L(k.given, "PERSON"),
        )
    b.t("\n\nIncidents: ")
    b.f(
        "On 14th, § went missing for three hours and was found in § with an older boy known as §. ",
        L(k.given, "PERSON"),
        L(P.town(rng, cult)[0], "LOCATION"),
        L(pick(rng, ["Tiny", "Deeks", "Smokey", "K-Dog", "Deano"]), "PERSON"),
    )
    b.f("Police were informed (reported by §, duty officer).\n", L(cast.person(cult).full, "PERSON"))
    return b


def t_pams(rng):
    cult = pick(rng, ["gb", "ie", "au", "ca"])
    cast, mo, fa, kids = family(rng, cult)
    b = B()
    assessor = cast.person(cult)
    mage = mo.age
    b.f(
        "PARENTING ASSESSMENT (PAMS 4.0)\nParent assessed: § (§)\nAssessor: §, independent social worker\n\n",
        L(mo.full, "PERSON"),
        L(str(mage), "AGE"),
        L(assessor.full, "PERSON"),
    )
    b.f(
        "Summary of background. § grew up in § and was herself in care from the age of §. ",
        L(mo.given, "PERSON"),
        L(P.town(rng, cult)[0], "LOCATION"),
        L(str(rng.randrange(5, 14)), "MINOR_AGE"),
    )
    b.f(
        "She has § and § and takes sertraline. ",
        L(pick(rng, MED_EN), "MEDICAL_CONDITION"),
        L(pick(rng, ["depression", "panic attacks", "low mood"]), "MEDICAL_CONDITION"),
    )
    b.f(
        "She describes herself as § and her current partner, §, is §. ",
        L(pick(rng, ["bisexual", "lesbian"]), "SEXUAL_ORIENTATION"),
        L(cast.person(cult).full, "PERSON"),
        L(pick(rng, ["a trans woman", "non-binary"]), "GENDER_IDENTITY"),
    )
    b.f("Her previous partner § has §. ", L(fa.full, "PERSON"), L(pick(rng, CRIM_EN), "CRIMINAL_HISTORY"))
    b.t("\n\nObservations of parenting. ")
    for k, d, a in kids:
        b.f("§ (§) was observed during a home visit; ", L(k.given, "PERSON"), age_val(rng, a))
    b.t("the home was warm but cluttered, meals were late and bedtime routines were inconsistent.\n\n")
    b.f(
        "Strengths: § is affectionate and responsive. Risks: isolation, misuse of alcohol, and contact with Mr §.\n",
        L(mo.given, "PERSON"),
        L(fa.family, "PERSON"),
    )
    b.f(
        "\nInformation sources: health visitor § (tel. §); police disclosure dated 03/02/2025; GP letter.\n",
        L(cast.person(cult).full, "PERSON"),
        L(core.phone(rng, CULT[cult]["region"], kind="fixed"), "PHONE_NUMBER"),
    )
    return b


def t_scottish(rng):
    cult = "sc"
    cast, mo, fa, kids = family(rng, cult)
    k, d, a = kids[0]
    b = B()
    rep = cast.person("sc")
    b.f(
        "CHILDREN'S HEARING — Social Work Report\nChild: §  (DOB §)\nAddress: §\n\n",
        L(k.full, "PERSON"),
        L(P.fmt_date(rng, d, "uk"), "DATE_OF_BIRTH"),
        L(P.address(rng, "sc")[0], "STREET_ADDRESS"),
    )
    b.f("Grounds: section 67(2)(§) — lack of parental care.\n\n", pick(rng, "abcj"))
    b.f(
        "§ is a §-year-old who lives with their mother, § (§), and her partner §. ",
        L(k.given, "PERSON"),
        L(str(a), "MINOR_AGE"),
        L(mo.full, "PERSON"),
        L(str(mo.age), "AGE"),
        L(fa.given, "PERSON"),
    )
    b.f(
        "The family moved from § to § last year. ",
        L(P.town(rng, "sc")[0], "LOCATION"),
        L(P.town(rng, "gb")[0], "LOCATION"),
    )
    b.f(
        "Mrs § has § and her attendance at the addiction service has been poor. ",
        L(mo.family, "PERSON"),
        L(pick(rng, ["alcohol dependency", "opiate dependency", "a benzodiazepine dependency"]), "MEDICAL_CONDITION"),
    )
    b.f(
        "§ is known to Police Scotland and has §.\n\n", L(fa.given, "PERSON"), L(pick(rng, CRIM_EN), "CRIMINAL_HISTORY")
    )
    b.f(
        "Named Person (head teacher): §\nReporter: §\nSocial worker: §, §\n",
        L(cast.person("sc").full, "PERSON"),
        L(cast.person("sc").full, "PERSON"),
        L(rep.full, "PERSON"),
        L(core.phone(rng, "GB", kind="fixed"), "PHONE_NUMBER"),
    )
    b.f(
        "\nRecommendation: Compulsory Supervision Order with a condition of residence with maternal grandmother §, §.\n",
        L(cast.person("sc", "f", family=mo.family).full, "PERSON"),
        L(P.town(rng, "sc")[0], "LOCATION"),
    )
    return b


def t_us(rng):
    cult = "us"
    cast, mo, fa, kids = family(rng, cult)
    b = B()
    cw = cast.person("us")
    st = pick(rng, ["Oklahoma", "Ohio", "California", "Colorado", "Louisiana", "Pennsylvania"])
    b.f(
        "DEPENDENCY COURT REPORT — Disposition Hearing\nJuvenile Court, County of §, State of §\nPrepared by: §, CPS Investigator\n\n",
        pick(rng, ["Garfield", "Montgomery", "Fresno", "Pueblo", "Lafayette", "Lackawanna"]),
        st,
        L(cw.full, "PERSON"),
    )
    b.t("MINORS\n")
    for k, d, a in kids:
        b.f(
            "  § — DOB § — age §",
            L(k.full.upper(), "PERSON"),
            L(P.fmt_date(rng, d, "us"), "DATE_OF_BIRTH"),
            age_val(rng, a, False),
        )
        b.t("\n")
    mdob = mo.dob
    a, tn = P.address(rng, "us")
    b.f(
        "\nMOTHER: §, DOB §, SSN §, residing at §\n",
        L(mo.full.upper(), "PERSON"),
        L(P.fmt_date(rng, mdob, "us"), "DATE_OF_BIRTH"),
        L(core.ssn(rng), "US_SSN"),
        L(a, "STREET_ADDRESS"),
    )
    s, dl = core.us_dl(rng)
    b.f(
        "ALLEGED FATHER: §, age §, § DL §, whereabouts unknown (last seen in §)\n\n",
        L(fa.full.upper(), "PERSON"),
        L(str(fa.age), "AGE"),
        s,
        L(dl, "US_DRIVER_LICENSE"),
        L(P.town(rng, "us")[0], "LOCATION"),
    )
    b.f(
        "Ms § tested positive for methamphetamine on three occasions and has been diagnosed with §. ",
        L(mo.family, "PERSON"),
        L(
            pick(rng, ["major depressive disorder", "PTSD", "bipolar I disorder", "opioid use disorder"]),
            "MEDICAL_CONDITION",
        ),
    )
    b.f(
        "Mr § §. ",
        L(fa.family, "PERSON"),
        L(
            pick(
                rng,
                [
                    "has a 2017 felony conviction for aggravated assault",
                    "was convicted of child endangerment in 2020",
                    "is on probation for a domestic battery conviction",
                    "has prior DUI convictions",
                ],
            ),
            "CRIMINAL_HISTORY",
        ),
    )
    b.f(
        "The family is § and the ICWA inquiry is ongoing.\n",
        L(pick(rng, ["Navajo", "Cherokee", "Hispanic/Latino", "African American", "Choctaw"]), "ETHNIC_ORIGIN"),
    )
    b.f(
        "\nRelative placement: maternal aunt § at §, phone §.\n",
        L(cast.person("us", "f").full, "PERSON"),
        L(P.address(rng, "us")[0], "STREET_ADDRESS"),
        L(core.phone(rng, "US"), "PHONE_NUMBER"),
    )
    return b


def t_jugendamt(rng):
    cult = pick(rng, ["de", "at", "de"])
    region = CULT[cult]["region"]
    cast, mo, fa, kids = family(rng, cult)
    b = B()
    sb = cast.person(cult)
    b.f(
        "Jugendamt §\nStellungnahme gemäß § zum Verfahren § F §/25\n\nSachbearbeitung: §, Tel. §\n\n",
        L(P.town(rng, cult)[0], "LOCATION"),
        "\u00a7 50 SGB VIII",
        pick(rng, ["Az.", "Az"]),
        rng.randrange(10, 400),
        L(sb.full, "PERSON"),
        L(core.phone(rng, region, kind="fixed"), "PHONE_NUMBER"),
    )
    b.t("1. Beteiligte\n")
    mdob = mo.dob
    b.f(
        "Kindesmutter: §, geb. §, wohnhaft §\n",
        L(mo.full, "PERSON"),
        L(P.fmt_date(rng, mdob, "de"), "DATE_OF_BIRTH"),
        L(P.address(rng, cult)[0], "STREET_ADDRESS"),
    )
    b.f(
        "Kindesvater: §, § Jahre, derzeit in §\n",
        L(fa.full, "PERSON"),
        L(str(fa.age), "AGE"),
        L(P.town(rng, cult)[0], "LOCATION"),
    )
    for k, d, a in kids:
        b.f(
            "Kind: §, geb. §, § Jahre alt\n",
            L(k.full, "PERSON"),
            L(P.fmt_date(rng, d, "de"), "DATE_OF_BIRTH"),
            L(str(a), "MINOR_AGE"),
        )
    b.t("\n2. Sachverhalt\n")
    b.f(
        "Bei Frau § besteht laut hausärztlichem Attest §. ",
        L(mo.family, "PERSON"),
        L(pick(rng, MED_DE), "MEDICAL_CONDITION"),
    )
    b.f("Herr § ist §. ", L(fa.family, "PERSON"), L(pick(rng, CRIM_DE), "CRIMINAL_HISTORY"))
    k = kids[0][0]
    b.f(
        "§ besucht die Grundschule; die Klassenlehrerin, Frau §, berichtet von häufigem Fehlen. ",
        L(k.given, "PERSON"),
        L(cast.person(cult, "f").family, "PERSON"),
    )
    if rng.random() < 0.5:
        b.f(
            "Die Familie gehört der Volksgruppe der § an. ", L(pick(rng, ["Sinti", "Roma", "Jesiden"]), "ETHNIC_ORIGIN")
        )
    b.t(
        "\n\n3. Einschätzung\nEine Fremdunterbringung wird derzeit nicht empfohlen; ambulante Hilfe zur Erziehung (SPFH) ist einzurichten.\n"
    )
    b.f("\ngez. §\n", L(sb.family, "PERSON"))
    return b


def t_jde(rng):
    cult = pick(rng, ["fr", "fr", "be"])
    region = CULT[cult]["region"]
    cast, mo, fa, kids = family(rng, cult)
    b = B()
    ed = cast.person(cult)
    b.f(
        "TRIBUNAL POUR ENFANTS — Cabinet du juge des enfants\nRapport d'investigation éducative (MJIE)\nDossier n° §/§\n\n",
        digits(rng, 5),
        rng.randrange(20, 26),
    )
    b.f("Éducatrice référente : § — §\n\n", L(ed.full, "PERSON"), L(core.phone(rng, region), "PHONE_NUMBER"))
    for k, d, a in kids:
        b.f(
            "Mineur(e) : §, né(e) le §, âgé(e) de § ans\n",
            L(k.full.upper() if rng.random() < 0.5 else k.full, "PERSON"),
            L(P.fmt_date(rng, d, "fr"), "DATE_OF_BIRTH"),
            L(str(a), "MINOR_AGE"),
        )
    b.f(
        "Mère : §, § ans, demeurant §\n",
        L(mo.full, "PERSON"),
        L(str(mo.age), "AGE"),
        L(P.address(rng, cult)[0], "STREET_ADDRESS"),
    )
    b.f(
        "Père : §, sans domicile connu, dernier signalement à §\n\n",
        L(fa.full, "PERSON"),
        L(P.town(rng, cult)[0], "LOCATION"),
    )
    b.f(
        "Madame § présente § ; elle est suivie au CMP. ",
        L(mo.family, "PERSON"),
        L(pick(rng, MED_FR), "MEDICAL_CONDITION"),
    )
    b.f("Monsieur § a été §. ", L(fa.family, "PERSON"), L(pick(rng, CRIM_FR), "CRIMINAL_HISTORY"))
    k = kids[0][0]
    b.f(
        "§ dit vouloir rester chez sa grand-mère, Madame § (§ ans), à §. ",
        L(k.given, "PERSON"),
        L(cast.person(cult, "f").full, "PERSON"),
        L(str(rng.randrange(58, 80)), "AGE"),
        L(P.town(rng, cult)[0], "LOCATION"),
    )
    if rng.random() < 0.4:
        b.f(
            "Le collège signale que § se définit comme § et subit du harcèlement. ",
            L(k.given, "PERSON"),
            L(pick(rng, ["non-binaire", "transgenre"]), "GENDER_IDENTITY"),
        )
    b.t("\n\nPréconisation : placement à l'ASE pour six mois, droits de visite médiatisés pour le père.\n")
    return b


def t_aus_can(rng):
    cult = pick(rng, ["au", "ca", "ie"])
    region = CULT[cult]["region"]
    cast, mo, fa, kids = family(rng, cult)
    b = B()
    title = {
        "au": "Children's Court — Care Plan Summary (NSW)",
        "ca": "Child Protection Application — Plan of Care (Ontario)",
        "ie": "Tusla — Guardian ad litem Report (District Court)",
    }[cult]
    b.f("§\n\n", title)
    b.t("Children subject to the application:\n")
    for k, d, a in kids:
        b.f(
            "• §, DOB §, § yrs\n",
            L(k.full, "PERSON"),
            L(P.fmt_date(rng, d, "uk"), "DATE_OF_BIRTH"),
            L(str(a), "MINOR_AGE"),
        )
    eth = {
        "au": ["Aboriginal", "Torres Strait Islander", "Samoan"],
        "ca": ["First Nations (Cree)", "Métis", "Inuk"],
        "ie": ["Irish Traveller", "Roma", "Nigerian-Irish"],
    }[cult]
    b.f("\nCultural identity: the children are § through their mother's family.\n", L(pick(rng, eth), "ETHNIC_ORIGIN"))
    b.f(
        "Mother: § (§), resides in §. Diagnoses: §. ",
        L(mo.full, "PERSON"),
        L(str(mo.age), "AGE"),
        L(P.town(rng, cult)[0], "LOCATION"),
        L(pick(rng, MED_EN), "MEDICAL_CONDITION"),
    )
    b.f("Father: § (§), §.\n", L(fa.full, "PERSON"), L(str(fa.age), "AGE"), L(pick(rng, CRIM_EN), "CRIMINAL_HISTORY"))
    if cult == "ca":
        b.f("Father's SIN (for support enforcement): §\n", L(core.national_id(rng, "ca.sin")[1], "NATIONAL_ID"))
    if cult == "ie":
        b.f("Mother's PPSN: §\n", L(core.national_id(rng, "ie.pps")[1], "NATIONAL_ID"))
    b.f(
        "\nCaseworker: §, § — §\n",
        L(cast.person(cult).full, "PERSON"),
        L(core.phone(rng, region), "PHONE_NUMBER"),
        L(
            P.email_for(rng, cast.person(cult), pick(rng, ["dcj.nsw.gov.au", "tusla.ie", "cas-ontario.ca"])),
            "EMAIL_ADDRESS",
        ),
    )
    b.f(
        "Kinship assessment of the paternal uncle § at § is under way.\n",
        L(cast.person(cult, "m").full, "PERSON"),
        L(P.address(rng, cult)[0], "STREET_ADDRESS"),
    )
    return b


TEMPLATES = [t_section7, t_genogram, t_placements, t_foster, t_pams, t_scottish, t_us, t_jugendamt, t_jde, t_aus_can]
