"""Register 4: genealogy_dna."""

import ids
from common import (
    coords,
    GEO,
    CC,
    USPP,
    GID,
    IBAN,
    Doc,
    PER,
    USER,
    EMAIL,
    PHONE,
    ADDR,
    LOC,
    DOB,
    AGE,
    MINOR,
    NID,
    SSN,
    URL,
    CRED,
    MED,
    GEN,
    CRIM,
    ETH,
    ORI,
    person,
    local_person,
    email_for,
    username,
    phone,
    make_addr,
    addr_frag,
    fmt_date,
    recent,
)
from pools import Y_HAPLO, MT_HAPLO, GENOTYPES, CARRIER, ETHNIC, HIST_CRIMES

# (town, region, locale) — ancestral origins; region is below country level or "".
ORIGINS = [
    ("Skibbereen", "County Cork", "en"),
    ("Ennis", "County Clare", "en"),
    ("Merthyr Tydfil", "Glamorgan", "en"),
    ("Bolton", "Lancashire", "en"),
    ("Inverness", "Inverness-shire", "en"),
    ("Tarnów", "Galicia", "pl"),
    ("Agrigento", "Sicily", "it"),
    ("Avellino", "Campania", "it"),
    ("Stavanger", "Rogaland", "sv"),
    ("Bremen", "", "de"),
    ("Lviv", "", "uk"),
    ("Kalamata", "Messenia", "el"),
    ("Zahlé", "Beqaa", "ar"),
    ("Guadalajara", "Jalisco", "es"),
    ("Jalandhar", "Punjab", "hi"),
    ("Abeokuta", "Ogun State", "yo"),
    ("Daegu", "", "ko"),
    ("Taishan", "Guangdong", "zh"),
    ("Vinnytsia", "Podolia", "uk"),
    ("Poznań", "", "pl"),
    ("Cork", "", "en"),
    ("Dundee", "Angus", "en"),
    ("Cluj", "Transylvania", "en"),
    ("Salonica", "", "el"),
]
US_PLACES = [
    ("Scranton", "Pennsylvania"),
    ("Butte", "Montana"),
    ("Lowell", "Massachusetts"),
    ("Cleveland", "Ohio"),
    ("Gary", "Indiana"),
    ("Paterson", "New Jersey"),
    ("Duluth", "Minnesota"),
    ("Galveston", "Texas"),
    ("Chicago", "Illinois"),
]
SITES = ["AncestryDNA", "23andMe", "MyHeritage DNA", "FamilyTreeDNA", "GEDmatch", "LivingDNA"]
RELS = [
    "Parent/Child",
    "Full sibling",
    "Half sibling",
    "1st cousin",
    "1st–2nd cousin",
    "2nd cousin",
    "2nd–3rd cousin",
    "3rd cousin",
    "4th–6th cousin",
    "Close family",
]
CM = {
    "Parent/Child": (3400, 3720),
    "Full sibling": (2200, 3100),
    "Half sibling": (1300, 2200),
    "Close family": (1300, 2400),
    "1st cousin": (550, 1300),
    "1st–2nd cousin": (400, 900),
    "2nd cousin": (120, 450),
    "2nd–3rd cousin": (90, 300),
    "3rd cousin": (40, 200),
    "4th–6th cousin": (8, 60),
}


def _cm(rng, rel, value=False):
    lo, hi = CM[rel]
    v = rng.randint(lo, hi)
    s = ("{:,}".format(v) if rng.random() < 0.6 else str(v)) + " cM"
    return (s, v) if value else s


def _anc(rng, loc=None):
    town, reg, l = rng.choice(ORIGINS) if loc is None else rng.choice([o for o in ORIGINS if o[2] == loc] or ORIGINS)
    return person(rng, l), town, reg


def kit_registration(rng):
    cc = rng.choice(["GB", "US", "US", "CA", "AU", "DE", "SE"])
    p = local_person(rng, cc)
    a = make_addr(rng, cc)
    d = Doc()
    site = rng.choice(SITES[:4])
    pdob = ids.rand_date(rng, 1935, 2006)
    d.t("%s — kit activation confirmation\n\n" % site)
    d.f(
        "Activation code: {c}\n",
        c=(
            ids.letters(rng, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
            + "-"
            + ids.letters(rng, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
            + "-"
            + ids.letters(rng, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
            CRED,
        ),
    )
    d.f(
        "Tester: {n}\nDate of birth: {b}\n",
        n=(p.full(), PER),
        b=(fmt_date(pdob, "mdy" if cc == "US" else rng.choice(["dmy", "long", "iso"])), DOB),
    )
    if rng.random() < 0.3:
        d.f(
            "Gender (optional, free text): {g}\n",
            g=(rng.choice(["non-binary", "trans man", "trans woman", "genderfluid", "agender"]), GID),
        )
    if cc == "SE":
        d.f(
            "Personnummer (BankID-verifiering): {x}\n",
            x=(ids.se_personnummer(rng, pdob, p.female, long=rng.random() < 0.5), NID),
        )
    if cc == "DE" and rng.random() < 0.7:
        d.f("SEPA-Lastschrift IBAN: {i}\n", i=(ids.iban(rng, "DE"), IBAN))
    d.f("Account: {e}\nUsername: {u}\n", e=(email_for(rng, p, cc), EMAIL), u=(username(rng, p), USER))
    if rng.random() < 0.6:
        d.f("Mobile (for results alerts): {ph}\n", ph=(phone(rng, cc), PHONE))
    d.t("Return kit shipped from: ")
    d.add(addr_frag(a))
    d.t("\n")
    if rng.random() < 0.4:
        o = local_person(rng, cc)
        d.f(
            "Kit managed on behalf of: {o} (%s)\n" % rng.choice(["mother", "father", "grandmother", "great-uncle"]),
            o=(o.full(), PER),
        )
    if rng.random() < 0.45:
        d.f("Paid with card {c}\n", c=(ids.credit_card(rng), CC))
    if cc == "US" and rng.random() < 0.4:
        d.f("Identity check for health reports: US passport {x}\n", x=(ids.us_passport(rng), USPP))
    d.t(
        "Research consent: %s   Relative matching: %s   Health reports: %s\n"
        % (rng.choice(["yes", "no"]), rng.choice(["on", "off"]), rng.choice(["opted in", "not purchased"]))
    )
    d.t("Expected results: 4–6 weeks after the lab receives your sample.\n")
    return d


def match_list(rng):
    d = Doc()
    owner = local_person(rng, rng.choice(["GB", "US", "AU", "CA"]))
    d.f("DNA matches for {n} — exported %s\n" % fmt_date(recent(rng), "iso"), n=(owner.full(), PER))
    d.t(
        rng.choice(
            [
                "name,relationship,shared_cm,segments,longest_cm,side,notes\n",
                "Match Name\tPredicted\tShared DNA\tSegments\tLongest\tSide\tNotes\n",
            ]
        )
    )
    tab = d.parts[-1].startswith("Match")
    sep = "\t" if tab else ","
    for _ in range(rng.randint(4, 7)):
        rel = rng.choice(RELS)
        k = rng.random()
        if k < 0.45:
            m = person(rng, rng.choice(["en", "en", "en", "pl", "it", "de", "es", "ko", "yo", "uk"]))
            d.e(m.full() if rng.random() < 0.7 else m.full().upper(), PER)
        elif k < 0.75:
            d.e(username(rng), USER)
        else:
            m = person(rng, "en")
            d.e(username(rng, m), USER)
            d.t(" (managed by ")
            d.e(person(rng, "en").full(), PER)
            d.t(")")
        d.t(sep + rel + sep)
        cms, v = _cm(rng, rel, value=True)
        d.e(cms.replace(",", "") if not tab else cms, GEN)
        d.t(sep + str(max(1, min(v // 9, rng.randint(1, 60)))) + sep)
        d.e("%d cM" % rng.randint(min(8, v), min(v, 180)), GEN)
        d.t(sep + rng.choice(["maternal", "paternal", "both", "unassigned"]) + sep)
        n = rng.random()
        if n < 0.3:
            anc, t, r = _anc(rng)
            d.f("shares {a}'s line from {t}", a=(anc.full(), PER), t=(t, LOC))
        elif n < 0.45:
            d.t("no tree")
        elif n < 0.6:
            d.f("emailed {e}", e=(email_for(rng, person(rng, "en")), EMAIL))
        d.t("\n")
    return d


def match_message(rng):
    cc = rng.choice(["GB", "GB", "US", "AU", "CA"])
    me, them = local_person(rng, cc), person(rng, rng.choice(["en", "en", "pl", "it", "de"]))
    tu = username(rng, them)
    rel = rng.choice(RELS[2:8])
    d = Doc()
    d.f(
        "From: {a}\nTo: {b}\nSubject: %s\n\n"
        % rng.choice(
            [
                "Our DNA match",
                "Re: shared match",
                "possible cousin?",
                "Hello from the %s side" % rng.choice(["maternal", "paternal"]),
            ]
        ),
        a=(username(rng, me), USER),
        b=(tu, USER),
    )
    d.f("Hi {u},\n\n", u=((them.first, PER) if rng.random() < 0.5 else (tu, USER)))
    d.f(
        "%s predicts us as %s — we share {cm} across %d segments. " % (rng.choice(SITES), rel, rng.randint(3, 40)),
        cm=(_cm(rng, rel), GEN),
    )
    _x, t, r = _anc(rng)
    relw = rng.choice(["great-grandmother", "great-grandfather", "grandmother", "grandfather"])
    anc = person(rng, _x.loc, female=relw.endswith("mother"))
    bdt = ids.rand_date(rng, 1860, 1905) if relw.startswith("great") else ids.rand_date(rng, 1900, 1940)
    d.f(
        "I think the link is my %s {a}, born {b} in {t}" % relw,
        a=(anc.full(), PER),
        b=(fmt_date(bdt, rng.choice(["long", "dmy", "short"])), DOB),
        t=(t, LOC),
    )
    if r:
        d.f(", {r}", r=(r, LOC))
    d.t(". ")
    if rng.random() < 0.5:
        mum = local_person(rng, cc, True)
        d.f(
            "My mum {m} (born {b}) tested too if that helps. ",
            m=(mum.first, PER),
            b=(fmt_date(ids.rand_date(rng, 1940, 1975), "long"), DOB),
        )
    if rng.random() < 0.5:
        d.f("My Y haplogroup is {y} and mtDNA {mt}. ", y=(rng.choice(Y_HAPLO), GEN), mt=(rng.choice(MT_HAPLO), GEN))
    d.t("\n\n")
    if rng.random() < 0.4:
        d.f(
            "My tree is public here: {l}\n",
            l=(
                "https://www.%s/family-tree/person/tree/%s/person/%s"
                % (rng.choice(["ancestry.co.uk", "ancestry.com"]), ids.d(rng, 9), ids.d(rng, 11)),
                URL,
            ),
        )
    d.f(
        "Feel free to email me on {e}.\n\nBest,\n{n}\n",
        e=(email_for(rng, me, cc, obfuscate=rng.random() < 0.3), EMAIL),
        n=(me.first, PER),
    )
    return d


def ethnicity_report(rng):
    p = local_person(rng, rng.choice(["GB", "US", "US", "CA", "AU"]))
    d = Doc()
    d.f("%s — DNA Story for {n}\n\nEthnicity estimate\n" % rng.choice(SITES[:3] + ["LivingDNA"]), n=(p.full(), PER))
    k = rng.randint(2, 5)
    groups = rng.sample(ETHNIC, k)
    left = 100
    for i, g in enumerate(groups):
        pct = left if i == k - 1 else rng.randint(3, max(4, left - (k - i - 1) * 2))
        left -= pct
        d.t("  ")
        d.e(g, ETH)
        d.t(" %d%%\n" % pct)
    if rng.random() < 0.6:
        d.t("  Trace regions: <1%\n")
    d.f("\nMaternal haplogroup: {mt}\n", mt=(rng.choice(MT_HAPLO), GEN))
    if not p.female or rng.random() < 0.2:
        d.f("Paternal haplogroup: {y}\n", y=(rng.choice(Y_HAPLO), GEN))
    if rng.random() < 0.4:
        d.f(
            "Genetic communities: {c}\n",
            c=(
                rng.choice(
                    [
                        "Irish in Munster",
                        "Ulster Scots",
                        "Sicilian Americans",
                        "Polish in Galicia",
                        "Yoruba in Southwest Nigeria",
                    ]
                ),
                ETH,
            ),
        )
    if rng.random() < 0.4:
        d.f("Neanderthal ancestry: {x}\n", x=("%d Neanderthal variants" % rng.randint(180, 400), GEN))
    d.t("Estimate based on reference panel v%d.%d\n" % (rng.randint(1, 6), rng.randint(0, 9)))
    return d


def gedcom(rng):
    d = Doc()
    d.t(
        "0 HEAD\n1 SOUR %s\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"
        % rng.choice(["Ancestry.com Family Trees", "MyHeritage Family Tree Builder", "Gramps 5.2", "RootsMagic"])
    )
    loc = rng.choice(["en", "pl", "it", "de", "uk", "el", "es", "yo", "sv"])
    fam = person(rng, loc)
    surname = fam.last
    n = rng.randint(3, 5)
    _, town, reg = _anc(rng, loc)
    for i in range(1, n + 1):
        p = person(rng, loc, female=True if i == 2 else False if i == 1 else rng.random() < 0.5)
        last = surname if i != 2 else p.last
        d.t("0 @I%d@ INDI\n1 NAME " % i)
        d.e("%s /%s/" % (p.first, last), PER)
        d.t("\n")
        if rng.random() < 0.5:
            d.f("2 GIVN {g}\n2 SURN {s}\n", g=(p.first, PER), s=(last, PER))
        if i == 1:
            base = rng.randint(1840, 1895)
        by = base + (0 if i == 1 else rng.randint(-6, 8) if i == 2 else rng.randint(21, 42))
        bdt = ids.rand_date(rng, by, by)
        d.t("1 BIRT\n2 DATE ")
        d.e(fmt_date(bdt, "gedcom") if rng.random() < 0.8 else str(by), DOB)
        d.t("\n2 PLAC ")
        t2, r2, _l = rng.choice([(town, reg, 0)] + [(o[0], o[1], 0) for o in ORIGINS if o[2] == loc])
        d.e(t2, LOC)
        if r2:
            d.t(", ")
            d.e(r2, LOC)
        d.t("\n")
        if i <= 2 or rng.random() < 0.4:
            dy = by + rng.randint(30, 85)
            d.t("1 DEAT\n2 DATE %d\n" % dy)
            if rng.random() < 0.5:
                us = rng.choice(US_PLACES)
                d.f("2 PLAC {t}, {s}, USA\n", t=(us[0], LOC), s=(us[1], LOC))
            if rng.random() < 0.4:
                d.f(
                    "2 CAUS {c}\n",
                    c=(
                        rng.choice(
                            [
                                "tuberculosis",
                                "influenza",
                                "pneumonia",
                                "heart failure",
                                "typhoid",
                                "diphtheria",
                                "cancer of the stomach",
                            ]
                        ),
                        MED,
                    ),
                )
        if rng.random() < 0.3:
            d.t(
                "1 OCCU %s\n"
                % rng.choice(
                    ["domestic servant", "seamstress", "laundress", "baker"]
                    if p.female or i == 2
                    else ["coal miner", "farm labourer", "railway porter", "baker", "blacksmith"]
                )
            )
        if rng.random() < 0.2:
            d.f("1 NOTE {c} (court record %d)\n" % (by + rng.randint(18, 45)), c=(rng.choice(HIST_CRIMES), CRIM))
    d.t("0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n")
    for i in range(3, n + 1):
        d.t("1 CHIL @I%d@\n" % i)
    d.t("0 TRLR\n")
    return d


def tree_notes(rng):
    loc = rng.choice(["pl", "it", "en", "uk", "el", "de", "yo", "es", "ko", "zh"])
    _a, town, reg = _anc(rng, loc)
    anc = person(rng, loc, False)
    wife = person(rng, loc, True)
    d = Doc()
    d.t(rng.choice(["Research notes — ", "Family history notes: ", "NOTES ON THE "]))
    d.e(anc.last.upper(), PER)
    d.t(" line\n\n")
    bdt = ids.rand_date(rng, 1860, 1910)
    nm = anc.native() if (anc.nfirst and rng.random() < 0.5) else anc.full()
    d.f("{n} was born {b} in {t}", n=(nm, PER), b=(fmt_date(bdt, rng.choice(["long", "short"])), DOB), t=(town, LOC))
    if reg:
        d.f(" ({r})", r=(reg, LOC))
    d.t(". ")
    us = rng.choice(US_PLACES)
    d.f(
        "He emigrated in %d and settled in {t}, {s}, where he married {w} in %d. "
        % (bdt.year + rng.randint(17, 28), bdt.year + rng.randint(25, 33)),
        t=(us[0], LOC),
        s=(us[1], LOC),
        w=(wife.full(), PER),
    )
    if rng.random() < 0.5:
        d.f(
            "The county court book shows he was {c} in %d. " % (bdt.year + rng.randint(20, 40)),
            c=(rng.choice(HIST_CRIMES), CRIM),
        )
    kids = rng.randint(2, 4)
    d.t("They had %d children: " % kids)
    for i in range(kids):
        if i:
            d.t(", " if i < kids - 1 else " and ")
        c = person(rng, loc if rng.random() < 0.5 else "en")
        d.e(c.first, PER)
        if rng.random() < 0.4:
            d.t(" (b. ")
            d.e(str(bdt.year + rng.randint(26, 45)), DOB)
            d.t(")")
    d.t(". ")
    d.f(
        "{w} died of {c} in %d" % (bdt.year + rng.randint(40, 70)),
        w=(wife.first, PER),
        c=(rng.choice(["tuberculosis", "the Spanish flu", "breast cancer", "a stroke", "diabetes"]), MED),
    )
    if rng.random() < 0.5:
        d.f(", aged {a}", a=(str(rng.randint(38, 88)), AGE))
    d.t(".\n\n")
    if rng.random() < 0.4:
        d.f(
            "Grave located (findagrave photo) at {g}.\n",
            g=(coords(rng, 40.0 + rng.uniform(-8, 6), -80.0 + rng.uniform(-15, 10), jitter=0.01), GEO),
        )
    if rng.random() < 0.5:
        cousin = person(rng, "en")
        d.f(
            "TODO: ask cousin {c} ({e}) for the photo of the house on {s}.\n",
            c=(cousin.first, PER),
            e=(email_for(rng, cousin), EMAIL),
            s=(make_addr(rng, "US").street, ADDR),
        )
    return d


def adoptee_post(rng):
    cc = rng.choice(["US", "GB", "AU", "CA", "KR"])
    d = Doc()
    d.t(rng.choice(["[Search Angels] ", "r/Adoption — ", "Adoptee DNA group: ", "DNAadoption forum · "]))
    age = rng.randint(25, 70)
    dob = ids.dob_for_age(rng, age)
    if cc == "KR":
        p = person(rng, "ko")
        us = make_addr(rng, "US")
        d.t("Korean adoptee looking for birth family\n\n")
        d.f(
            "My Korean name was {kn} ({rn}). I was born {b} and found near {t}, then adopted to {u} in the US. ",
            kn=(p.native(), PER),
            rn=(p.full(), PER),
            b=(fmt_date(dob, rng.choice(["long", "iso"])), DOB),
            t=(rng.choice(["Daegu", "Busan", "Incheon", "Suwon", "Jeonju"]), LOC),
            u=(us.town, LOC),
        )
        d.f("I'm {a} now. ", a=(str(age), AGE))
        d.f(
            "My closest match on 23andMe is {u} at {cm}, ",
            u=(username(rng), USER),
            cm=(_cm(rng, rng.choice(["Half sibling", "1st cousin"])), GEN),
        )
        d.f("and my mtDNA is {mt}. ", mt=(rng.choice(["D4", "B4c1", "M7a1", "A2", "N9a"]), GEN))
        d.f("Please contact {e}\n", e=(email_for(rng, person(rng, "en")), EMAIL))
        return d
    me = local_person(rng, cc)
    a = make_addr(rng, cc)
    d.t(
        rng.choice(
            [
                "Adopted at birth, trying to identify my birth father",
                "Looking for birth mother — any help!",
                "Closed adoption, new DNA results",
            ]
        )
        + "\n\n"
    )
    d.f(
        "I was born {b} in {t}",
        b=(fmt_date(dob, rng.choice(["long", "dmy"] if cc != "US" else ["us_long", "mdy"])), DOB),
        t=(a.town, LOC),
    )
    if cc in ("US", "AU", "CA"):
        d.f(", {r}", r=(a.region, LOC))
    bm = rng.randint(14, 22)
    d.f(
        " and adopted at %s. My non-identifying info says my birth mother was {bm} and "
        % rng.choice(["six weeks", "3 months", "birth"]),
        bm=(str(bm), MINOR if bm < 18 else AGE),
    )
    d.t(
        "described as %s"
        % rng.choice(["'artistic, 5ft 4, brown hair'", "'a student nurse'", "'from a large farming family'"])
    )
    d.t("; the father was ")
    d.e(
        rng.choice(
            ["Irish", "Italian American", "Black Caribbean", "Mexican American", "Ashkenazi Jewish", "Scottish"]
        ),
        ETH,
    )
    d.t(". ")
    if rng.random() < 0.3:
        d.f(
            "Family rumour says he was {o} and that's why they never married. ",
            o=(rng.choice(["gay", "bisexual"]), ORI),
        )
    d.f(
        "I'm {a} and my adoptive parents, {p1} and {p2}, are supportive. ",
        a=(age_str_adult(rng, age), AGE),
        p1=(local_person(rng, cc).first, PER),
        p2=(local_person(rng, cc).first, PER),
    )
    rel = rng.choice(["Half sibling", "1st cousin", "Close family", "1st–2nd cousin"])
    mu = username(rng)
    d.f("\n\nTop match: {u}, {cm}, predicted %s. " % rel.lower(), u=(mu, USER), cm=(_cm(rng, rel), GEN))
    anc, t, r = _anc(rng, "en")
    d.f("Their tree has a {sn} family from {t}. ", sn=(anc.last, PER), t=(t, LOC))
    d.f("My paternal haplogroup is {y}. ", y=(rng.choice(Y_HAPLO), GEN))
    d.t("Any search angels willing to help? ")
    k = rng.random()
    if k < 0.4:
        d.f("DM me or email {e}", e=(email_for(rng, me, cc, obfuscate=rng.random() < 0.5), EMAIL))
    elif k < 0.6:
        d.f("Text {ph}", ph=(phone(rng, cc), PHONE))
    else:
        d.f("— {u}", u=(username(rng, me), USER))
    d.t("\n")
    return d


def age_str_adult(rng, n):
    from reg_childcare import en_words

    return en_words(n) if rng.random() < 0.2 else str(n)


def donor_post(rng):
    cc = rng.choice(["US", "GB", "AU", "NL", "CA"])
    me = local_person(rng, cc)
    d = Doc()
    d.t(
        "Donor-conceived and just found out — %s\n\n"
        % rng.choice(["where do I start?", "half siblings everywhere", "need advice"])
    )
    age = rng.randint(19, 45)
    d.f("I'm {a}, ", a=(str(age), AGE))
    if rng.random() < 0.4:
        d.f(
            "born {b}. My mums {m} and {m2} ({o} couple, married since 2010) told me last year that I was conceived with donor sperm from a clinic in {t}. ",
            b=(fmt_date(ids.dob_for_age(rng, age), "us_long" if cc == "US" else "long"), DOB),
            m=(local_person(rng, cc, True).first, PER),
            m2=(local_person(rng, cc, True).first, PER),
            o=("lesbian", ORI),
            t=(make_addr(rng, cc).town, LOC),
        )
    else:
        d.f(
            "born {b}. My mum {m} told me last year that I was conceived with donor sperm from a clinic in {t}. ",
            b=(fmt_date(ids.dob_for_age(rng, age), "us_long" if cc == "US" else "long"), DOB),
            m=(local_person(rng, cc, True).first, PER),
            t=(make_addr(rng, cc).town, LOC),
        )
    d.f("The donor profile said {e}, 6'1\", blue eyes, medical student. ", e=(rng.choice(ETHNIC[:12]), ETH))
    n = rng.randint(2, 5)
    d.t("So far I've found %d half-siblings on %s: " % (n, rng.choice(SITES)))
    for i in range(n):
        if i:
            d.t(", ")
        d.e(username(rng), USER)
        d.t(" (")
        d.e(_cm(rng, "Half sibling"), GEN)
        d.t(")")
    d.t(". ")
    if rng.random() < 0.5:
        d.f("One of them is only {a} so we're talking through her mum. ", a=(str(rng.randint(13, 17)), MINOR))
    if rng.random() < 0.5:
        dn = local_person(rng, cc, False)
        d.f(
            "A shared match's tree points to a {n}, now a GP in {t}. ",
            n=(dn.full(), PER),
            t=(make_addr(rng, cc).town, LOC),
        )
    if rng.random() < 0.4:
        d.f("Also found out the donor line carries {c} which explains a lot. ", c=(rng.choice(CARRIER), GEN))
    d.f("\n\n— {u}\n", u=(username(rng, me), USER))
    return d


def npe_forum(rng):
    cc = rng.choice(["US", "GB", "AU", "CA"])
    d = Doc()
    d.t(
        "Thread: %s\n\n"
        % rng.choice(
            [
                "NPE in dad's line??",
                "Grandad isn't my grandad",
                "Unknown parentage — 1950s",
                "Half-sibling result, family in shock",
            ]
        )
    )
    dad = local_person(rng, cc, False)
    age = rng.randint(55, 88)
    d.f(
        "My dad {n} ({a}) tested last month and his 'brother' came back at {cm} — that's half sibling range, not full. ",
        n=(dad.first, PER),
        a=(str(age), AGE),
        cm=(_cm(rng, "Half sibling"), GEN),
    )
    gm = local_person(rng, cc, True)
    gy = rng.randint(1925, 1945)
    d.f(
        "Grandma {g} (born {gb}) worked at a hotel in {t} in the %s. "
        % ("late 40s" if gy < 1930 else rng.choice(["1950s", "60s"])),
        g=(gm.full(), PER),
        gb=(str(gy), DOB),
        t=(make_addr(rng, cc).town, LOC),
    )
    rel = rng.choice(["1st cousin", "2nd cousin", "1st–2nd cousin"])
    cluster = local_person(rng, cc).last
    d.f(
        "Dad's new paternal-side matches cluster around a {sn} family from {t}; top one is {u} at {cm}. ",
        sn=(cluster, PER),
        t=(rng.choice(US_PLACES)[0] if cc == "US" else make_addr(rng, cc).town, LOC),
        u=(username(rng), USER),
        cm=(_cm(rng, rel), GEN),
    )
    y1, y2 = rng.sample(Y_HAPLO, 2)
    d.f("His Y result is {y} whereas 'uncle' is {y2}. ", y=(y1, GEN), y2=(y2, GEN))
    if rng.random() < 0.4:
        d.f(
            "Family rumour is the bio grandfather was {o}, which is why nobody talked about him. ",
            o=(rng.choice(["gay", "bisexual"]), ORI),
        )
    if rng.random() < 0.4:
        d.f(
            "The likely candidate served time — {c} — according to the local paper. ",
            c=(rng.choice(["jailed for fraud in 1962", "convicted of manslaughter", "imprisoned for theft"]), CRIM),
        )
    d.t("How do I tell him gently?\n\n")
    rp = local_person(rng, cc)
    d.f(
        "  ↳ reply from {u}: Build the tree of the {sn} cluster back to 1850, then look for a man of your grandma's generation. Happy to help, email {e}\n",
        u=(username(rng, rp), USER),
        sn=(cluster, PER),
        e=(email_for(rng, rp), EMAIL),
    )
    return d


def health_report(rng):
    cc = rng.choice(["US", "GB", "CA", "AU"])
    p = local_person(rng, cc)
    d = Doc()
    d.t("%s Health + Ancestry — summary for " % rng.choice(["23andMe", "MyHeritage", "Nebula", "Sequencing.com"]))
    d.e(p.full(), PER)
    d.f(
        "\nDOB {b} · sample received %s\n\n" % fmt_date(recent(rng), "iso"),
        b=(fmt_date(ids.rand_date(rng, 1950, 2004), "mdy" if cc == "US" else "dmy"), DOB),
    )
    if cc == "GB" and rng.random() < 0.6:
        d.f("NHS number (for GP letter): {x}\n", x=(ids.nhs_number(rng), NID))
    d.t("Carrier status:\n")
    for c in rng.sample(CARRIER, rng.randint(1, 3)):
        d.t("  • ")
        d.e(c, GEN)
        d.t("\n")
    d.t("Genetic health risk:\n")
    for rs, gene, g in rng.sample(GENOTYPES, rng.randint(2, 4)):
        d.t("  %s: " % gene)
        d.e("%s %s" % (rs, g if rng.random() < 0.5 else "(%s;%s)" % (g[0], g[1])), GEN)
        d.t("\n")
    if rng.random() < 0.5:
        d.f(
            "\nYou reported: {c}. ",
            c=(rng.choice(["type 2 diabetes", "high cholesterol", "migraine", "hypothyroidism", "asthma"]), MED),
        )
        d.t("This report does not diagnose any condition.\n")
    if rng.random() < 0.4:
        gc = local_person(rng, cc)
        d.f(
            "Genetic counsellor follow-up booked with {g}; call {ph}.\n", g=(gc.full(), PER), ph=(phone(rng, cc), PHONE)
        )
    return d


def historic_records(rng):
    d = Doc()
    k = rng.randint(0, 2)
    if k == 0:
        d.t("U.S. Social Security Death Index, 1935–2014 — search results\n")
        for _ in range(rng.randint(2, 4)):
            p = person(rng, rng.choice(["en", "en", "pl", "it", "de"]))
            us = rng.choice(US_PLACES)
            b = ids.rand_date(rng, 1880, 1930)
            d.f(
                "Name: {n}\nSSN: {s}\nBorn: {b}\nDied: %s %d\nLast residence: {t}, {st}\n\n"
                % (rng.choice(["Mar", "Jul", "Oct", "Dec", "Jan"]), b.year + rng.randint(50, 90)),
                n=(p.full().upper(), PER),
                s=(ids.ssn(rng, "-"), SSN),
                b=(fmt_date(b, "short"), DOB),
                t=(us[0], LOC),
                st=(us[1], LOC),
            )
        return d
    loc = rng.choice(["en", "en", "pl", "it", "de"])
    town, reg = rng.choice(
        [
            ("Bolton", "Lancashire"),
            ("Merthyr Tydfil", "Glamorgan"),
            ("Leeds", "Yorkshire"),
            ("Dundee", "Angus"),
            ("Bethnal Green", "London"),
        ]
    )
    year = rng.choice([1901, 1911, 1921])
    d.t(
        "%d Census of England and Wales — household transcription\n" % year
        if reg != "Angus"
        else "%d Census of Scotland — household transcription\n" % year
    )
    d.f(
        "Address: {s}, {t}, {r}\n",
        s=(
            str(rng.randint(1, 90))
            + " "
            + rng.choice(["Bark Street", "Chapel Row", "Cross Lane", "Union Terrace", "Brick Lane"]),
            ADDR,
        ),
        t=(town, LOC),
        r=(reg, LOC),
    )
    d.t("Name | Relation | Age | Occupation | Birthplace\n")
    fam = person(rng, loc)
    head_age = rng.randint(28, 60)
    members = [("Head", False, head_age), ("Wife", True, head_age - rng.randint(0, 6))]
    for _ in range(rng.randint(1, 4)):
        members.append((rng.choice(["Son", "Daughter"]), None, rng.randint(0, 19)))
    if rng.random() < 0.3:
        members.append(("Boarder", False, rng.randint(17, 50)))
    for rel, fem, age in members:
        female = fem if fem is not None else rel == "Daughter"
        p = person(rng, loc, female=female)
        last = fam.last if rel != "Boarder" else p.last
        d.e("%s %s" % (p.first, last), PER)
        d.t(" | %s | " % rel)
        d.e(str(age), MINOR if age < 18 else AGE)
        occ = (
            rng.choice(["cotton weaver", "coal hewer", "dressmaker", "labourer", "general servant", "carter", "—"])
            if age >= 14
            else "scholar"
            if age >= 5
            else "—"
        )
        d.t(" | %s | " % occ)
        bt = town if rng.random() < 0.6 else rng.choice([o for o in ORIGINS if o[2] == loc] or ORIGINS)[0]
        d.e(bt, LOC)
        d.t("\n")
    return d


def raw_data(rng):
    d = Doc()
    p = local_person(rng, rng.choice(["US", "GB", "CA"]))
    d.t(
        "# This data file generated by %s at: %s\n"
        % (rng.choice(["23andMe", "AncestryDNA", "a consumer genotyping lab"]), fmt_date(recent(rng), "iso"))
    )
    d.f("# Sample owner: {n} <{e}>\n", n=(p.full(), PER), e=(email_for(rng, p), EMAIL))
    d.t("# rsid\tchromosome\tposition\tgenotype\n")
    chroms = [str(c) for c in range(1, 23)] + ["X", "MT"]
    for _ in range(rng.randint(5, 9)):
        if rng.random() < 0.4:
            rs, gene, g = rng.choice(GENOTYPES)
        else:
            rs, g = "rs%d" % rng.randint(1000, 99999999), rng.choice(["AA", "AG", "GG", "CT", "CC", "TT", "AC", "--"])
        d.e("%s\t%s\t%d\t%s" % (rs, rng.choice(chroms), rng.randint(10000, 248000000), g), GEN)
        d.t("\n")
    return d


TEMPLATES = [
    kit_registration,
    match_list,
    match_message,
    ethnicity_report,
    gedcom,
    tree_notes,
    adoptee_post,
    donor_post,
    npe_forum,
    health_report,
    historic_records,
    raw_data,
]
