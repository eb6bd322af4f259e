"""Register 3: pharmacy_primary_care."""

import datetime

import ids
from common import (
    Doc,
    PER,
    EMAIL,
    PHONE,
    ADDR,
    LOC,
    DOB,
    AGE,
    MINOR,
    NID,
    SSN,
    USDL,
    CC,
    MED,
    CRIM,
    ORI,
    GID,
    person,
    local_person,
    email_for,
    phone,
    make_addr,
    addr_frag,
    fmt_date,
    recent,
    money,
    spoken_phone,
)
from pools import CONDITIONS, MED_STRENGTH, DIRECTIONS, ALLERGIES, CRIMES

PHARM_GB = ["Boots", "Well Pharmacy", "Lloyds Pharmacy", "Day Lewis", "Superdrug Pharmacy", "Jhoots", "Rowlands"]
PRACTICE_GB = [
    "Riverside Medical Centre",
    "The Old Mill Surgery",
    "Parkview Health Centre",
    "Castle Street Practice",
    "Meadowbank Surgery",
]
MED_FORM = {
    "salbutamol": "inhaler",
    "beclometasone": "inhaler",
    "tiotropium": "inhaler",
    "insulin glargine": "pre-filled pens",
    "insulin aspart": "pre-filled pens",
    "calcipotriol": "ointment",
    "latanoprost": "eye drops",
    "methadone": "oral solution",
    "buprenorphine": "sublingual tablets",
    "estradiol": "gel",
    "testosterone": "gel",
    "adrenaline auto-injector": "auto-injectors",
    "lithium carbonate": "modified-release tablets",
    "methylphenidate": "modified-release tablets",
    "lisdexamfetamine": "capsules",
    "dimethyl fumarate": "gastro-resistant capsules",
    "mesalazine": "gastro-resistant tablets",
    "omeprazole": "gastro-resistant capsules",
    "amoxicillin": "capsules",
    "melatonin": "modified-release tablets",
    "azathioprine": "tablets",
    "gliclazide": "tablets",
}
FORM_QTY = {
    "inhaler": "1",
    "pre-filled pens": "5",
    "ointment": "60 g",
    "eye drops": "2.5 ml",
    "oral solution": "500 ml",
    "gel": "1 pump pack",
    "auto-injectors": "2",
}
FORM_DIR = {
    "inhaler": "TWO puffs when required",
    "pre-filled pens": "inject as directed by the diabetes team",
    "ointment": "apply thinly once daily",
    "eye drops": "ONE drop into both eyes at night",
    "oral solution": "as directed, supervised consumption",
    "gel": "apply as directed",
    "auto-injectors": "use in anaphylaxis, call 999",
}
TAB_DIRECTIONS = [x for x in DIRECTIONS if "puff" not in x and "weekly" not in x]
FORM_DIR_MED = {"methotrexate": "ONE weekly on the same day (folic acid on a different day)"}


def _form(med):
    return MED_FORM.get(med, "tablets")


def _bundle(rng, n=None):
    """Pick 1-3 conditions with matching medicines."""
    picks = rng.sample(CONDITIONS, n or rng.choice([1, 2, 2, 3]))
    meds = []
    for c in picks:
        if c[4]:
            meds.append(rng.choice(c[4]))
    return picks, meds


def _med_line(rng, d, med, cap=True, qty=True, directions=True):
    name = med[0].upper() + med[1:] if cap else med
    d.e(name, MED)
    s = MED_STRENGTH.get(med, "")
    if s:
        d.t(" " + s)
    f = _form(med)
    if qty:
        d.t(" %s — %s" % (f, FORM_QTY.get(f, str(rng.choice([28, 56, 30, 60, 84, 90])))))
    if directions:
        d.t(" — " + FORM_DIR_MED.get(med, FORM_DIR.get(f, rng.choice(TAB_DIRECTIONS))))


def uk_eps(rng):
    p = local_person(rng, "GB")
    a = make_addr(rng, "GB")
    age = rng.randint(19, 92)
    dob = ids.dob_for_age(rng, age)
    d = Doc()
    d.t(
        "NHS ELECTRONIC PRESCRIPTION SERVICE — dispensing token\nPrescription ID: %s-%s-%s\n\n"
        % (
            ids.letters(rng, 6, "0123456789ABCDEF"),
            ids.letters(rng, 6, "0123456789ABCDEF"),
            ids.letters(rng, 6, "0123456789ABCDEF"),
        )
    )
    title = (
        rng.choice(["Mr ", "Mrs ", "Ms ", "Miss ", ""]) if not p.female else rng.choice(["Mrs ", "Ms ", "Miss ", ""])
    )
    if not p.female:
        title = rng.choice(["Mr ", ""])
    d.f(
        "Patient: %s{n}\nDOB: {b}    NHS number: {nhs}\nAddress: " % title,
        n=(p.full().upper() if rng.random() < 0.5 else p.full(), PER),
        b=(fmt_date(dob, rng.choice(["dmy", "short"])), DOB),
        nhs=(ids.nhs_number(rng, rng.choice([" ", ""])), NID),
    )
    d.add(addr_frag(a))
    dr = local_person(rng, "GB")
    d.f(
        "\n\nPrescriber: Dr {dr}, %s\n\n" % rng.choice(PRACTICE_GB),
        dr=(dr.initial() if rng.random() < 0.5 else dr.full(), PER),
    )
    picks, meds = _bundle(rng)
    for i, m in enumerate(meds or ["omeprazole"]):
        d.t("%d. " % (i + 1))
        _med_line(rng, d, m)
        d.t("\n")
    d.t(
        "\nRepeat: %d of %d   Exemption: %s\n"
        % (
            rng.randint(1, 6),
            6,
            "age 60+ (A)"
            if age >= 60
            else rng.choice(["medical exemption certificate (E)", "paid", "prepayment certificate"]),
        )
    )
    if rng.random() < 0.5:
        ph = local_person(rng, "GB")
        d.f("Dispensed by {n} at %s, clinical check OK\n" % rng.choice(PHARM_GB), n=(ph.first + " " + ph.last, PER))
    return d


def uk_referral(rng):
    p = local_person(rng, "GB")
    a = make_addr(rng, "GB")
    age = rng.randint(20, 88)
    dob = ids.dob_for_age(rng, age)
    picks, meds = _bundle(rng)
    cons = local_person(rng, "GB")
    gp = local_person(rng, "GB")
    d = Doc()
    d.t("%s\n%s\n\n" % (rng.choice(PRACTICE_GB), fmt_date(recent(rng), "long")))
    d.f("Dear Dr {c},\n\n", c=(cons.last, PER))
    d.f(
        "Re: {n}, DOB {b}, NHS No. {nhs}\n",
        n=(p.full(), PER),
        b=(fmt_date(dob, "dmy"), DOB),
        nhs=(ids.nhs_number(rng), NID),
    )
    d.add(addr_frag(a))
    d.t("\n\n")
    main = picks[0]
    d.f(
        "Thank you for seeing this {a}-year-old %s, who I think has {cnd}. " % ("woman" if p.female else "man"),
        a=(str(age), AGE),
        cnd=(main[0], MED),
    )
    d.t(
        rng.choice(
            [
                "Symptoms have worsened over three months despite treatment. ",
                "She/he was seen in A&E last week. ",
                "Recent bloods attached. ",
            ]
        ).replace("She/he", "She" if p.female else "He")
    )
    if len(picks) > 1:
        d.t("\n\nPast medical history: ")
        for i, c in enumerate(picks[1:]):
            if i:
                d.t("; ")
            d.e(c[0], MED)
        d.t(".")
    d.t("\nCurrent medication: ")
    for i, m in enumerate(meds or ["paracetamol"]):
        if i:
            d.t(", ")
        _med_line(rng, d, m, cap=False, qty=False, directions=False)
    if rng.random() < 0.6:
        d.f(".\nAllergies: {al}", al=(rng.choice(ALLERGIES), MED))
    d.t(".\n")
    if rng.random() < 0.6:
        part = local_person(rng, "GB")
        d.f(
            "Social: lives with %s {pn} in {t}; {sm}.\n"
            % rng.choice(
                ["her husband", "her partner", "her wife"] if p.female else ["his wife", "his partner", "his husband"]
            ),
            pn=(part.first, PER),
            t=(a.town, LOC),
            sm=rng.choice(["non-smoker", "ex-smoker", "drinks 20 units/week"]),
        )
    if rng.random() < 0.3:
        d.f(
            "Her/his daughter {dn} ({ph}) is happy to be contacted about appointments.\n".replace(
                "Her/his", "Her" if p.female else "His"
            ),
            dn=(local_person(rng, "GB", True).first, PER),
            ph=(phone(rng, "GB", True), PHONE),
        )
    d.f("\nYours sincerely,\n\nDr {g}\nGP Partner\n", g=(gp.full(), PER))
    return d


def uk_sms(rng):
    cc = rng.choice(["GB", "GB", "AU", "CA"])
    d = Doc()
    d.t("Outbound SMS — %s\n" % rng.choice(["appointment reminders", "pharmacy notifications", "practice messages"]))
    for _ in range(rng.randint(3, 5)):
        p = local_person(rng, cc)
        d.f(
            "{ts}  to {ph}  ",
            ts="%s %02d:%02d" % (fmt_date(recent(rng), "iso"), rng.randint(8, 18), rng.randint(0, 59)),
            ph=(phone(rng, cc, mobile_only=True), PHONE),
        )
        k = rng.randint(0, 4)
        if k == 0:
            d.f(
                '"Hi {f}, your flu jab at {ph2} is on %s at %02d:%02d. Reply C to cancel."'
                % (fmt_date(recent(rng), "short"), rng.randint(9, 17), rng.choice([0, 10, 20, 30, 40, 50])),
                f=(p.first, PER),
                ph2=rng.choice(PHARM_GB),
            )
        elif k == 1:
            m = rng.choice(list(MED_STRENGTH))
            d.f('"Dear {f}, your repeat prescription ({m}) is ready to collect."', f=(p.first, PER), m=(m, MED))
        elif k == 2:
            d.f(
                '"{n}: please book a blood test for your {c} review. Call the surgery to book."',
                n=(p.full(), PER),
                c=(rng.choice(CONDITIONS)[0], MED),
            )
        elif k == 3:
            d.f(
                '"Appointment with Dr {dr} on %s at %02d:%02d confirmed for {f}."'
                % (fmt_date(recent(rng), "dmy"), rng.randint(8, 17), rng.choice([0, 15, 30, 45])),
                dr=(local_person(rng, cc).last, PER),
                f=(p.first, PER),
            )
        else:
            d.f(
                '"Hi {f}, your child {k}\'s 12-month vaccines are due. Book online."',
                f=(p.first, PER),
                k=(local_person(rng, cc).first, PER),
            )
        d.t("  status=%s\n" % rng.choice(["DELIVERED", "DELIVERED", "FAILED", "QUEUED"]))
    return d


def de_arztbrief(rng):
    p = local_person(rng, "DE")
    a = make_addr(rng, "DE")
    age = rng.randint(18, 90)
    dob = ids.dob_for_age(rng, age)
    picks, meds = _bundle(rng)
    dr = local_person(rng, "DE")
    d = Doc()
    if rng.random() < 0.5:
        d.f(
            "Hausarztpraxis Dr. med. {dr}\n{t}, {dt}\n\nArztbrief\n\n",
            dr=(dr.full(), PER),
            t=(a.town, LOC),
            dt=fmt_date(recent(rng), "de"),
        )
    else:
        d.t("E-REZEPT — Ausdruck für Versicherte\n\n")
    d.f(
        "Patient/in: {n}, geb. {b}\n",
        n=(p.full() if rng.random() < 0.5 else "%s, %s" % (p.last, p.first), PER),
        b=(fmt_date(dob, "de"), DOB),
    )
    d.t("Anschrift: ")
    d.add(addr_frag(a))
    d.f(
        "\nVersichertennummer: {k}   Kasse: %s\n\n"
        % rng.choice(["AOK", "TK", "Barmer", "DAK-Gesundheit", "IKK classic"]),
        k=(ids.de_kvnr(rng), NID),
    )
    d.t("Diagnosen:\n")
    for c in picks:
        d.f("- {dg} ({icd}) G\n", dg=(c[1], MED), icd=(c[3], MED))
    d.t("\nMedikation:\n")
    for m in meds or ["paracetamol"]:
        d.t("- ")
        de_name = m[:-1] if m.endswith(("ine", "ate")) else m
        d.e(de_name.capitalize() if "/" not in m else m, MED)
        sched = (
            "1x wöchentlich (montags)"
            if m == "methotrexate"
            else rng.choice(["1-0-1-0", "1-0-0-0", "0-0-1-0", "bei Bedarf", "1-1-1-0"])
        )
        d.t(" %s   %s\n" % (MED_STRENGTH.get(m, ""), sched))
    d.t(
        "\nProcedere: %s\n"
        % rng.choice(
            [
                "Kontrolle in 3 Monaten.",
                "Überweisung zum Facharzt.",
                "Laborkontrolle HbA1c in 6 Wochen.",
                "Weiter wie bisher.",
            ]
        )
    )
    if rng.random() < 0.5:
        d.f("Rückfragen gerne unter {ph}.\n", ph=(phone(rng, "DE"), PHONE))
    d.f("Mit freundlichen Grüßen\nDr. {dr}\n", dr=(dr.last, PER))
    return d


def fr_ordonnance(rng):
    p = local_person(rng, "FR")
    a = make_addr(rng, "FR")
    age = rng.randint(18, 90)
    dob = ids.dob_for_age(rng, age)
    picks, meds = _bundle(rng)
    dr = local_person(rng, "FR")
    d = Doc()
    d.f("Dr {dr}\nMédecin généraliste — {t}\n", dr=(dr.full(), PER), t=(a.town, LOC))
    d.f("Tél. cabinet {ph}\n\nLe {dt}\n\n", ph=(phone(rng, "FR"), PHONE), dt=fmt_date(recent(rng), "fr_long"))
    d.f(
        "%s {n}, né%s le {b} ({a} ans)\n" % ("Mme" if p.female else "M.", "e" if p.female else ""),
        n=(p.full().upper() if rng.random() < 0.4 else p.full(), PER),
        b=(fmt_date(dob, "dmy"), DOB),
        a=(str(age), AGE),
    )
    d.f("N° sécu : {nir}\n\n", nir=(ids.fr_nir(rng, dob, p.female), NID))
    for m in meds or ["paracetamol"]:
        nm = {
            "paracetamol": "paracétamol",
            "metformin": "metformine",
            "amlodipine": "amlodipine",
            "levothyroxine": "lévothyroxine",
        }.get(m, m)
        d.e(nm.upper() if rng.random() < 0.5 else nm.capitalize(), MED)
        d.t(
            " %s : %s\n"
            % (
                MED_STRENGTH.get(m, "").replace("micrograms", "µg"),
                rng.choice(
                    [
                        "1 cp matin et soir pendant 3 mois",
                        "1 cp le matin",
                        "2 bouffées si besoin",
                        "1 cp le soir, QSP 1 mois",
                    ]
                ),
            )
        )
    if rng.random() < 0.6:
        d.f("\nIndication : {c}\n", c=(picks[0][2], MED))
    d.t("Renouvelable %d fois.\n" % rng.randint(1, 3))
    if rng.random() < 0.4:
        d.f(
            "Domicile : ",
        )
        d.add(addr_frag(a))
        d.t("\n")
    return d


def in_rx(rng):
    p = local_person(rng, "IN")
    a = make_addr(rng, "IN")
    age = rng.randint(18, 85)
    picks, meds = _bundle(rng)
    dr = local_person(rng, "IN")
    d = Doc()
    d.f(
        "%s Clinic & Diagnostics, {l}, {c}\n"
        % rng.choice(["Sanjeevani", "Lifeline", "Shree Sai", "Apollo Family", "Arogya"]),
        l=(a.district, LOC),
        c=(a.town, LOC),
    )
    d.f("Dr. {dr}, MBBS, MD (Medicine)\nDate: {dt}\n\n", dr=(dr.full(), PER), dt=fmt_date(recent(rng), "dmy"))
    nm = p.native() if (p.nfirst and rng.random() < 0.4) else p.full()
    d.f("Patient: {n}    Age: {a} yrs    Mob: {ph}\n", n=(nm, PER), a=(str(age), AGE), ph=(phone(rng, "IN"), PHONE))
    if rng.random() < 0.5:
        d.f("ABHA No.: {x}\n", x=(ids.abha(rng), NID))
    else:
        d.f("Aadhaar: {x}\n", x=(ids.aadhaar(rng), NID))
    if rng.random() < 0.3:
        d.f("C/o: {pn}\n", pn=(local_person(rng, "IN").full(), PER))
    d.t("\nDx: ")
    for i, c in enumerate(picks):
        if i:
            d.t(", ")
        d.e(c[0], MED)
    d.t("\n\nRx\n")
    for i, m in enumerate(meds or ["paracetamol"]):
        f = _form(m)
        d.t(
            "%d. %s "
            % (
                i + 1,
                "Cap."
                if "capsule" in f
                else "Inh."
                if f == "inhaler"
                else "Inj."
                if "pen" in f
                else "Oint."
                if f == "ointment"
                else "Drops"
                if "drops" in f
                else "Syr."
                if "solution" in f
                else rng.choice(["Tab.", "Tab"]),
            )
        )
        d.e(m.capitalize(), MED)
        sched = "once weekly (Sunday)" if m == "methotrexate" else rng.choice(["1-0-1", "1-0-0", "0-0-1", "1-1-1"])
        d.t(
            " %s   %s x %d days %s\n"
            % (
                MED_STRENGTH.get(m, ""),
                sched,
                rng.choice([5, 10, 30, 90]),
                rng.choice(["(after food)", "(before food)", ""]),
            )
        )
    d.t(
        "\nAdvice: %s\nReview after %d weeks.\n"
        % (
            rng.choice(
                ["low salt diet, walk 30 min daily", "check sugar fasting & PP", "avoid oily food", "steam inhalation"]
            ),
            rng.randint(1, 6),
        )
    )
    return d


def ca_log(rng):
    d = Doc()
    d.t(
        "%s — dispensing log (%s)\n"
        % (
            rng.choice(["Shoppers Drug Mart #1187", "Rexall #0421", "Pharmaprix #3310", "Uniprix #58"]),
            fmt_date(recent(rng), "iso"),
        )
    )
    d.t("Rx# | patient | DOB | health card | drug | qty | prescriber | phone\n")
    for _ in range(rng.randint(3, 5)):
        p = local_person(rng, "CA")
        dob = ids.rand_date(rng, 1935, 2020)
        picks, meds = _bundle(rng, 1)
        m = (meds or ["amoxicillin"])[0]
        dr = local_person(rng, "CA")
        d.f(
            "%s | {n} | {b} | {h} | " % ids.d(rng, 7),
            n=(p.formal(), PER),
            b=(fmt_date(dob, "iso"), DOB),
            h=(ids.ohip(rng), NID),
        )
        d.e(m.upper(), MED)
        d.f(
            " %s DIN %s | %d | Dr {dr} | {ph}\n"
            % (MED_STRENGTH.get(m, ""), ids.d(rng, 8), rng.choice([30, 90, 100, 60])),
            dr=(dr.last, PER),
            ph=(phone(rng, "CA"), PHONE),
        )
    if rng.random() < 0.5:
        n = local_person(rng, "CA")
        d.f(
            "Note: {n} called re: coverage — {m} not on formulary, sent to prescriber for LU code.\n",
            n=(n.first, PER),
            m=(rng.choice(["empagliflozin", "dimethyl fumarate", "lisdexamfetamine"]), MED),
        )
    return d


def au_script(rng):
    p = local_person(rng, "AU")
    a = make_addr(rng, "AU")
    age = rng.randint(18, 90)
    dob = ids.dob_for_age(rng, age)
    picks, meds = _bundle(rng)
    dr = local_person(rng, "AU")
    d = Doc()
    d.t("PBS/RPBS PRESCRIPTION — eScript token %s\n\n" % ids.letters(rng, 18, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
    d.f(
        "Patient: {n}\nDOB: {b}\nMedicare: {m}  IRN {i}\n",
        n=(p.full(), PER),
        b=(fmt_date(dob, "dmy"), DOB),
        m=(ids.au_medicare(rng), NID),
        i=str(rng.randint(1, 5)),
    )
    if rng.random() < 0.5:
        d.f("Concession card (CRN): {c}\n", c=(ids.au_crn(rng), NID))
    d.t("Address: ")
    d.add(addr_frag(a))
    d.t("\n\n")
    for m in meds or ["amoxicillin"]:
        d.t("Rx: ")
        _med_line(rng, d, m)
        d.t("   Repeats: %d\n" % rng.randint(0, 5))
    d.f("\nPrescriber: Dr {dr}   Prescriber no. %s\n" % ids.d(rng, 7), dr=(dr.full(), PER))
    if rng.random() < 0.4:
        d.f(
            "Pharmacist note: patient's carer {c} collects; phone {ph}\n",
            c=(local_person(rng, "AU").full(), PER),
            ph=(phone(rng, "AU"), PHONE),
        )
    return d


def us_pickup(rng):
    d = Doc()
    d.t(
        "%s #%s — C-II pickup log — %s\n"
        % (
            rng.choice(["Walgreens", "CVS Pharmacy", "Rite Aid", "Kroger Pharmacy"]),
            ids.d(rng, 5),
            fmt_date(recent(rng), "mdy"),
        )
    )
    for _ in range(rng.randint(3, 5)):
        p = local_person(rng, "US")
        a = make_addr(rng, "US")
        dob = ids.rand_date(rng, 1940, 2004)
        med = rng.choice(
            [
                "oxycodone",
                "hydrocodone/acetaminophen",
                "Adderall XR",
                "methylphenidate",
                "morphine sulfate ER",
                "lisdexamfetamine",
            ]
        )
        st, dl = ids.us_dl(rng, a.region if a.region in ids.US_STATES else None)
        use_pp = rng.random() < 0.25
        d.f(
            "%02d:%02d | Rx %s | {n} | DOB {b} | " % (rng.randint(9, 20), rng.randint(0, 59), ids.d(rng, 7)),
            n=(p.formal(), PER),
            b=(fmt_date(dob, "mdy"), DOB),
        )
        d.e(med, MED)
        if use_pp:
            d.f(" | ID US passport {x}", x=(ids.us_passport(rng), "US_PASSPORT"))
        else:
            d.f(" | ID {st} DL {x}", st=st, x=(dl, USDL))
        if rng.random() < 0.35:
            o = local_person(rng, "US")
            d.f(" | picked up by {o} (%s)" % rng.choice(["spouse", "daughter", "son", "caregiver"]), o=(o.full(), PER))
        d.t("\n")
    if rng.random() < 0.5:
        p = local_person(rng, "US")
        d.f(
            "Flag: {n} requested early refill 9 days early; PDMP shows 3 prescribers. Pharmacist {ph} spoke to patient at {tel}.\n",
            n=(p.full(), PER),
            ph=(local_person(rng, "US").first, PER),
            tel=(phone(rng, "US"), PHONE),
        )
    if rng.random() < 0.4:
        p = local_person(rng, "US")
        d.f(
            "Medicare patient {n}, MBI {m} — copay card ending %s declined, paid with {c}.\n" % ids.d(rng, 4),
            n=(p.full(), PER),
            m=(ids.us_mbi(rng), NID),
            c=(ids.credit_card(rng), CC),
        )
    return d


def vaccination_record(rng):
    cc = rng.choice(["GB", "GB", "AU", "CA", "DE", "US"])
    d = Doc()
    ch = local_person(rng, cc)
    age = rng.randint(0, 16)
    dob = ids.dob_for_age(rng, age)
    if cc == "DE":
        d.t("Impfpass — Auszug\n")
        d.f("Name: {n}\nGeburtsdatum: {b}\n\n", n=(ch.full(), PER), b=(fmt_date(dob, "de"), DOB))
        for v in rng.sample(["Infanrix hexa", "Prevenar 13", "Priorix", "Bexsero", "Varivax", "Boostrix"], 3):
            doc = local_person(rng, "DE")
            d.f(
                "%s  Ch.-B. %s  %s  Dr. {dn}\n" % (v, ids.letters(rng, 2) + ids.d(rng, 5), fmt_date(recent(rng), "de")),
                dn=(doc.last, PER),
            )
        return d
    d.t(
        rng.choice(
            ["Personal Child Health Record — immunisations", "Immunisation history statement", "Vaccination record"]
        )
        + "\n"
    )
    d.f(
        "Name: {n}   DOB: {b}   Age: {a}\n",
        n=(ch.full(), PER),
        b=(fmt_date(dob, "mdy" if cc == "US" else "dmy"), DOB),
        a=(str(age), MINOR),
    )
    if cc == "GB":
        d.f("NHS No: {x}\n", x=(ids.nhs_number(rng), NID))
    elif cc == "AU":
        d.f("Medicare: {x}\n", x=(ids.au_medicare(rng), NID))
    elif cc == "CA":
        d.f("Health card: {x}\n", x=(ids.ohip(rng), NID))
    d.t("\n")
    if age < 2:
        vl = ["6-in-1 (DTaP/IPV/Hib/HepB)", "MenB", "Rotavirus", "PCV", "MMR", "Hib/MenC"]
    elif age < 6:
        vl = ["MMR (2nd dose)", "4-in-1 pre-school booster", "flu nasal spray", "Hib/MenC", "MenB booster"]
    elif age < 12:
        vl = ["flu nasal spray", "MMR catch-up", "4-in-1 pre-school booster (late)", "HepB catch-up"]
    else:
        vl = ["HPV", "Td/IPV", "MenACWY", "flu nasal spray", "MMR catch-up"]
    for v in rng.sample(vl, min(len(vl), rng.randint(2, 4))):
        nurse = local_person(rng, cc)
        d.f(
            "%s — batch %s — %s — given by {nn}\n"
            % (v, ids.letters(rng, 2) + ids.d(rng, 4), fmt_date(recent(rng), "dmy")),
            nn=(nurse.first + " " + nurse.last[0] + ".", PER),
        )
    if rng.random() < 0.5:
        d.f(
            "Notes: egg allergy? — no. Parent {pp} consented by phone {ph}.\n",
            pp=(local_person(rng, cc).full(), PER),
            ph=(phone(rng, cc), PHONE),
        )
    if rng.random() < 0.3:
        d.f(
            "Deferred flu vaccine: child has {c}, discuss with specialist.\n",
            c=(rng.choice(["severe egg allergy", "leukaemia (on chemotherapy)", "immunodeficiency"]), MED),
        )
    return d


def repeat_request(rng):
    cc = rng.choice(["GB", "GB", "AU", "CA", "US"])
    p = local_person(rng, cc)
    age = rng.randint(20, 85)
    dob = ids.dob_for_age(rng, age)
    picks, meds = _bundle(rng)
    d = Doc()
    d.t("Online repeat prescription request #%s\n" % ids.d(rng, 6))
    d.f(
        "Name: {n}\nDate of birth: {b}\nEmail: {e}\nPhone: {ph}\n",
        n=(p.full(), PER),
        b=(fmt_date(dob, "mdy" if cc == "US" else "dmy"), DOB),
        e=(email_for(rng, p, cc), EMAIL),
        ph=(phone(rng, cc), PHONE),
    )
    d.t("Items requested:\n")
    for m in meds or ["omeprazole"]:
        d.t("  [x] ")
        _med_line(rng, d, m, qty=False, directions=False)
        d.t("\n")
    pt = make_addr(rng, cc).town
    d.f(
        "Nominated pharmacy: %s, {t}\n"
        % rng.choice(
            PHARM_GB
            if cc == "GB"
            else ["Chemist Warehouse", "Shoppers Drug Mart", "CVS Pharmacy", "Priceline Pharmacy"]
        ),
        t=(pt, LOC),
    )
    d.t("Message to practice: ")
    k = rng.randint(0, 2)
    m0 = (meds or ["omeprazole"])[0]
    if k == 0:
        d.f(
            "I've completely run out of my {m}, can this be done today please? I'm away in {t} from Friday.",
            m=(m0, MED),
            t=(make_addr(rng, cc).town, LOC),
        )
    elif k == 1:
        d.f(
            "Dr {dr} said to increase the {m} after my {c} review, please update.",
            dr=(local_person(rng, cc).last, PER),
            m=(m0, MED),
            c=(picks[0][0], MED),
        )
    else:
        d.f(
            "My carer {c} will collect. Her number is {ph}.",
            c=(local_person(rng, cc, True).first, PER),
            ph=(phone(rng, cc, True), PHONE),
        )
    d.t("\n")
    return d


def pharmacist_note(rng):
    cc = rng.choice(["GB", "GB", "GB", "AU", "CA", "US"])
    p = local_person(rng, cc)
    age = rng.randint(19, 70)
    d = Doc()
    d.t("Pharmacist's clinical note — %s\n" % fmt_date(recent(rng), "dmy" if cc != "US" else "mdy"))
    k = rng.choice([0, 1, 1, 2, 2, 3])
    if k == 0:
        d.f(
            "{n} ({a}) — supervised consumption, {m} %d ml daily. " % rng.choice([30, 45, 60, 80]),
            n=(p.full(), PER),
            a=(str(age), AGE),
            m=("methadone", MED),
        )
        d.f(
            "Released from prison on licence %d weeks ago after {c}; " % rng.randint(1, 8),
            c=(
                rng.choice(
                    [
                        "a conviction for burglary",
                        "a sentence for robbery",
                        "a conviction for possession with intent to supply",
                    ]
                ),
                CRIM,
            ),
        )
        po = local_person(rng, cc)
        d.f(
            "probation officer {po} on {ph} asked to be told about missed doses.\n",
            po=(po.full(), PER),
            ph=(phone(rng, cc), PHONE),
        )
        d.f(
            "Also has {c}. Missed 2 doses this week — informed prescriber.\n",
            c=(rng.choice(["hepatitis C", "HIV", "depression", "COPD"]), MED),
        )
    elif k == 1:
        d.f(
            "{n}, {a}, attended for PrEP review. Identifies as {o}; ",
            n=(p.first, PER),
            a=(str(age), AGE),
            o=(rng.choice(["gay", "bisexual", "queer"]), ORI),
        )
        d.f(
            "on {m} daily, renal function fine. STI screen booked. Contact by text only: {ph}\n",
            m=("emtricitabine/tenofovir disoproxil", MED),
            ph=(phone(rng, cc, True), PHONE),
        )
    elif k == 2:
        d.f(
            "{n} ({a}) is {g}; ",
            n=(p.full(), PER),
            a=(str(age), AGE),
            g=rng.choice(
                [["a ", ("trans woman", GID)], ["a ", ("trans man", GID)], [("non-binary", GID), " (they/them)"]]
            ),
        )
        d.f(
            "repeat for {m} from the gender clinic. Previous name on old records: {o} — update PMR. ",
            m=(rng.choice(["estradiol", "testosterone"]), MED),
            o=(local_person(rng, cc).first, PER),
        )
        d.t("Counselled on missed doses.\n")
    else:
        d.f(
            "Interaction flagged for {n} (DOB {b}): {m1} + {m2}. ",
            n=(p.full(), PER),
            b=(fmt_date(ids.dob_for_age(rng, age), "dmy" if cc != "US" else "mdy"), DOB),
            m1=(rng.choice(["clarithromycin", "simvastatin", "warfarin"]), MED),
            m2=(rng.choice(["simvastatin", "fluconazole", "amiodarone"]), MED),
        )
        d.f(
            "Patient has {c}. Spoke to Dr {dr}; switched to azithromycin.\n",
            c=(rng.choice(CONDITIONS)[0], MED),
            dr=(local_person(rng, cc).last, PER),
        )
    ph = local_person(rng, cc)
    d.f("— {n}, pharmacist\n", n=(ph.first + " " + ph.last, PER))
    return d


def discharge(rng):
    cc = rng.choice(["GB", "AU", "US", "CA", "IN"])
    p = local_person(rng, cc)
    a = make_addr(rng, cc)
    age = rng.randint(18, 95)
    dob = ids.dob_for_age(rng, age)
    picks, meds = _bundle(rng)
    d = Doc()
    d.t("DISCHARGE SUMMARY\n")
    d.f(
        "Patient: {n}   DOB: {b}   Age: {a}\n",
        n=(p.full(), PER),
        b=(fmt_date(dob, "mdy" if cc == "US" else "dmy"), DOB),
        a=(str(age), AGE),
    )
    if cc == "GB":
        d.f("NHS: {x}\n", x=(ids.nhs_number(rng), NID))
    elif cc == "AU":
        d.f("Medicare: {x}\n", x=(ids.au_medicare(rng), NID))
    elif cc == "CA":
        d.f("HCN: {x}\n", x=(ids.ohip(rng), NID))
    elif cc == "US":
        d.f("SSN: {x}\n", x=(ids.ssn(rng), SSN))
    else:
        d.f("Aadhaar: {x}\n", x=(ids.aadhaar(rng), NID))
    d.t("Address: ")
    d.add(addr_frag(a))
    adm = recent(rng)
    dis = adm + datetime.timedelta(days=rng.randint(1, 16))
    dst = "mdy" if cc == "US" else "dmy"
    d.t("\nAdmitted: %s   Discharged: %s\n\n" % (fmt_date(adm, dst), fmt_date(dis, dst)))
    d.f("Primary diagnosis: {c}\n", c=(picks[0][0], MED))
    if len(picks) > 1:
        d.t("Comorbidities: ")
        for i, c in enumerate(picks[1:]):
            if i:
                d.t(", ")
            d.e(c[0], MED)
        d.t("\n")
    d.t("Medication changes:\n")
    for m in meds:
        d.t("  %s " % rng.choice(["STARTED", "CONTINUE", "DOSE CHANGED", "STOPPED"]))
        _med_line(rng, d, m, qty=False)
        d.t("\n")
    if rng.random() < 0.3:
        d.f(
            "Home monitoring: {dev} sensor serial {sn}, paired phone app (Bluetooth MAC {mac}).\n",
            dev=rng.choice(["glucose", "blood pressure", "ECG patch"]),
            sn=(ids.samsung_serial(rng) if rng.random() < 0.5 else ids.apple_serial(rng), "DEVICE_ID"),
            mac=(ids.mac(rng, "COLON"), "MAC_ADDRESS"),
        )
    d.t("Follow-up: GP review in %s; bloods at practice.\n" % rng.choice(["1 week", "2 weeks", "4 weeks", "6 weeks"]))
    nok = local_person(rng, cc)
    ph = phone(rng, cc)
    if cc in ("GB", "AU") and rng.random() < 0.3:
        ph = spoken_phone(rng, ph, zero=rng.choice(["oh", "zero"]))
    d.f(
        "Next of kin: {n} (%s), {ph}\n"
        % rng.choice(
            ["wife", "daughter", "partner", "sister"] if nok.female else ["husband", "son", "partner", "brother"]
        ),
        n=(nok.full(), PER),
        ph=(ph, PHONE),
    )
    dr = local_person(rng, cc)
    d.f("Discharging clinician: Dr {n}\n", n=(dr.full(), PER))
    return d


TEMPLATES = [
    uk_eps,
    uk_referral,
    uk_sms,
    de_arztbrief,
    fr_ordonnance,
    in_rx,
    ca_log,
    au_script,
    us_pickup,
    vaccination_record,
    repeat_request,
    pharmacist_note,
    discharge,
]
