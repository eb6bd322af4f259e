"""Register 2: childcare_tutoring."""

import ids
from common import (
    coords,
    GEO,
    MAC,
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
    ITIN,
    USDL,
    IBAN,
    BANK,
    ABA,
    IP,
    DEV,
    URL,
    CRED,
    PLATE,
    MED,
    CRIM,
    ETH,
    ORI,
    GID,
    USPP,
    person,
    local_person,
    email_for,
    username,
    phone,
    make_addr,
    addr_frag,
    fmt_date,
    recent,
    money,
    CUR,
)
from pools import CHILD_CONDITIONS, ALLERGIES, CRIMES, ETHNIC_FORMS, ORIENT, GENDER_ID, SCHOOL_SUBJECTS, MED_STRENGTH

EN_NUM = [
    "zero",
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
    "eighteen",
    "nineteen",
]
EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def en_words(n):
    if n < 20:
        return EN_NUM[n]
    t, u = n - n % 10, n % 10
    return EN_TENS[t] + ("-" + EN_NUM[u] if u else "")


def age_str(rng, n, p_words=0.25):
    return en_words(n) if rng.random() < p_words else str(n)


CC_EN = ["GB", "GB", "US", "US", "US", "CA", "AU"]
PLATFORMS = [
    "Sitters&Co",
    "Care.com",
    "Bambino",
    "Tutorful",
    "Superprof",
    "Koalasitter",
    "Yoopies",
    "Bubble",
    "Childcare.co.uk",
    "Sittercity",
]


def _kids(rng, cc, k=None):
    out = []
    for _ in range(k or rng.choice([1, 1, 2, 2, 3])):
        out.append((local_person(rng, cc), rng.randint(0, 15)))
    return out


def _kid_frag(rng, kid, age, style=None):
    style = style if style is not None else rng.randint(0, 3)
    a = age_str(rng, age)
    if style == 0:
        return [(kid.first, PER), " (", (a, MINOR), ")"]
    if style == 1:
        return [(kid.first, PER), ", ", (a, MINOR)]
    if style == 2:
        return [(kid.first, PER), " who is ", (a, MINOR)]
    return [(kid.first, PER), " (age ", (a, MINOR), ")"]


def _join_kids(rng, kids):
    out = []
    for i, (k, a) in enumerate(kids):
        if i:
            out.append(" and " if i == len(kids) - 1 else ", ")
        out += _kid_frag(rng, k, a, style=rng.choice([0, 0, 1, 3]))
    return out


def caregiver_profile(rng):
    cc = rng.choice(CC_EN + ["DE", "FR", "NL"])
    p = local_person(rng, cc)
    a = make_addr(rng, cc)
    age = rng.randint(18, 58)
    d = Doc()
    plat = rng.choice(PLATFORMS)
    d.f(
        "%s · caregiver profile\n{n}\n{t}" % plat,
        n=(p.full() if rng.random() < 0.5 else "%s %s." % (p.first, p.last[0]), PER),
        t=(a.town, LOC),
    )
    if a.region and cc in ("US", "CA", "AU"):
        d.f(", {r}", r=(a.region, LOC))
    d.t(
        " · ★%.1f (%d reviews) · %s/hr\n\n"
        % (rng.uniform(4.2, 5.0), rng.randint(0, 80), money(rng, CUR.get(cc, "$"), 11, 24))
    )
    if cc == "DE":
        d.f("Hallo! Ich bin {f}, {a} Jahre alt und studiere Sozialpädagogik. ", f=(p.first, PER), a=(str(age), AGE))
    elif cc == "FR":
        d.f(
            "Bonjour, je m'appelle {f}, j'ai {a} ans et je suis titulaire du CAP AEPE. ",
            f=(p.first, PER),
            a=(str(age), AGE),
        )
    elif cc == "NL":
        d.f("Hoi! Ik ben {f} ({a}), pabo-student en oppas sinds mijn zestiende. ", f=(p.first, PER), a=(str(age), AGE))
    else:
        d.f(
            "Hi, I'm {f}! I'm a {a}-year-old {occ} ",
            f=(p.first, PER),
            a=(age_str(rng, age, 0.2), AGE),
            occ=rng.choice(
                [
                    "nursing student",
                    "former primary school TA",
                    "mum of two",
                    "early years practitioner",
                    "psychology grad",
                ]
            ),
        )
        d.t("and I've been babysitting for %s years. " % rng.choice(["five", "6", "over ten", "three"]))
    r = rng.random() * 0.9
    if r < 0.2:
        d.f(
            "I'm {g} (they/them) and very used to families asking about that — happy to chat. ",
            g=(rng.choice(["non-binary", "nonbinary", "genderqueer"]) if rng.random() < 0.7 else "non-binary", GID),
        )
    elif r < 0.3:
        ori = rng.choice(["gay", "lesbian", "bisexual"] if p.female else ["gay", "bisexual"])
        pf = True if ori == "lesbian" else p.female if ori == "gay" else rng.random() < 0.5
        d.f(
            "I'm {o} and married to my partner {pn}, we foster too. ",
            o=(ori, ORI),
            pn=(local_person(rng, cc, pf).first, PER),
        )
    elif r < 0.4:
        d.f(
            "I have {m} myself so I'm confident supporting kids with additional needs. ",
            m=(rng.choice(["ADHD", "type 1 diabetes", "epilepsy", "dyslexia", "a hearing impairment"]), MED),
        )
    d.t(
        rng.choice(
            [
                "Paediatric first aid certified. ",
                "Non-smoker, full clean licence. ",
                "Can do overnights and school runs. ",
                "Fluent in Spanish and English. ",
            ]
        )
    )
    d.t("\n\n")
    d.t(
        "Background check: %s\n"
        % rng.choice(
            ["passed " + fmt_date(recent(rng), "short"), "enhanced DBS on update service", "pending", "verified"]
        )
    )
    if rng.random() < 0.5:
        d.f(
            "Profile link: {u}\n",
            u=(
                "https://www.%s/profile/%s-%s-%s"
                % (
                    rng.choice(["sitters.example-care.co.uk", "care.com", "bambino.app", "yoopies.fr"]),
                    p.ascii_first().lower(),
                    p.ascii_last().lower()[:1],
                    ids.d(rng, 6),
                ),
                URL,
            ),
        )
    if rng.random() < 0.5:
        d.f("Insta for my activity ideas: @{u}\n", u=(username(rng, p), USER))
    if rng.random() < 0.4:
        d.f("Text me: {ph}\n", ph=(phone(rng, cc, mobile_only=True), PHONE))
    return d


def tutor_profile(rng):
    cc = rng.choice(CC_EN + ["IN", "ES", "FR"])
    p = local_person(rng, cc)
    a = make_addr(rng, cc)
    d = Doc()
    subj = rng.sample(SCHOOL_SUBJECTS, 2)
    d.f("TUTOR · {n} · {t}\n", n=(p.full(), PER), t=(a.district if cc == "IN" else a.town, LOC))
    d.t("Subjects: %s, %s\n" % tuple(subj))
    d.t(
        "Qualifications: %s\n"
        % rng.choice(
            [
                "BSc Chemistry (2:1)",
                "PGCE Secondary Maths, QTS",
                "MA Linguistics",
                "BEd Primary",
                "B.Tech, IIT",
                "Licence LLCER espagnol",
            ]
        )
    )
    age = rng.randint(21, 66)
    d.f("About me: {age_txt}", age_txt=[("I'm " if rng.random() < 0.5 else "Aged "), (str(age), AGE), ". "])
    d.t(
        rng.choice(
            [
                "I tutored my first student at uni and never stopped. ",
                "Ex-head of department, now tutoring full time. ",
                "I specialise in exam technique and confidence. ",
            ]
        )
    )
    if rng.random() < 0.4:
        d.f(
            "I'm {m} myself, so I know how to make lessons dyslexia-friendly. ",
            m=(rng.choice(["dyslexic", "autistic", "ADHD"]), MED),
        )
    d.t("\n")
    k = rng.randint(0, 3)
    if k == 0:
        d.f("Online lessons via Skype: {u}\n", u=(username(rng, p), USER))
    elif k == 1:
        d.f("Email (remove spaces): {e}\n", e=(email_for(rng, p, obfuscate=True), EMAIL))
    elif k == 2:
        d.f("WhatsApp {ph}\n", ph=(phone(rng, cc), PHONE))
    else:
        d.f("Lessons at my home: {s}, {t} (free parking)\n", s=(a.street, ADDR), t=(a.town, LOC))
    d.t("Rate: %s per hour. Free 15-min intro call.\n" % money(rng, CUR.get(cc, "$"), 20, 60))
    if rng.random() < 0.5:
        s = local_person(rng, cc)
        d.f(
            'Review: "{n} went from a 4 to a 7 in one term" — {pn}, parent\n',
            n=(s.first, PER),
            pn=(local_person(rng, cc).first + " " + local_person(rng, cc).last[0] + ".", PER),
        )
    return d


def job_post(rng):
    cc = rng.choice(CC_EN + ["DE", "FR", "ES"])
    a = make_addr(rng, cc)
    par = local_person(rng, cc, female=rng.random() < 0.7)
    kids = _kids(rng, cc)
    d = Doc()
    if cc == "DE":
        k, ag = kids[0]
        d.f(
            "Suche liebevolle Kinderbetreuung in {t}!\nWir ({n} und Familie) suchen ab sofort Unterstützung für unsere Tochter {k} ({a} Jahre), Mo–Do 14–18 Uhr. ",
            t=(a.town, LOC),
            n=(par.first, PER),
            k=(k.first, PER),
            a=(str(ag), MINOR),
        )
        if rng.random() < 0.5:
            d.f(
                "{k} hat {m} und braucht manchmal Hilfe mit dem Notfallspray. ",
                k=(k.first, PER),
                m=(rng.choice(["Asthma", "eine Nussallergie", "Epilepsie", "Diabetes Typ 1"]), MED),
            )
        d.f(
            "Bei Interesse bitte an {e} oder {ph}.\n",
            e=(email_for(rng, par, "DE"), EMAIL),
            ph=(phone(rng, "DE"), PHONE),
        )
        return d
    if cc == "FR":
        k, ag = kids[0]
        d.f(
            "Recherche baby-sitter sortie d'école à {t}\nBonjour, je suis {n}, maman de {k} ({a} ans). ",
            t=(a.town, LOC),
            n=(par.first, PER),
            k=(k.first, PER),
            a=(str(ag), MINOR),
        )
        d.t("Il faudrait récupérer l'enfant à 16h30 et l'aider pour les devoirs. ")
        if rng.random() < 0.5:
            d.f(
                "Attention : {m}. ",
                m=(rng.choice(["allergie sévère à l'arachide", "asthme", "diabète de type 1"]), MED),
            )
        d.f("Adresse : {s}. Contact : {ph}\n", s=addr_frag(a), ph=(phone(rng, "FR"), PHONE))
        return d
    if cc == "ES":
        k, ag = kids[0]
        d.f(
            "Busco canguro en {t} para mi hijo {k} de {a} años, martes y jueves por la tarde. ",
            t=(a.town, LOC),
            k=(k.first, PER),
            a=(str(ag), MINOR),
        )
        d.f(
            "Somos {n} y {m2}. Interesadas escribir a {e} o al {ph}\n",
            n=(par.first, PER),
            m2=(local_person(rng, "ES").first, PER),
            e=(email_for(rng, par, "ES"), EMAIL),
            ph=(phone(rng, "ES"), PHONE),
        )
        return d
    d.t(rng.choice(["Job post: ", "WANTED: ", "[Family job] "]))
    d.f(
        "{role} needed in {t}",
        role=rng.choice(["After-school nanny", "Weekend babysitter", "Nanny share", "Mother's help", "Maths tutor"]),
        t=(a.town, LOC),
    )
    d.t("\n\n")
    d.f("Hi, we're {p1}", p1=(par.first, PER))
    if rng.random() < 0.6:
        p2 = local_person(rng, cc)
        while p2.first == par.first:
            p2 = local_person(rng, cc)
        d.f(" and {p2}", p2=(p2.first, PER))
    d.t(" and we're looking for someone warm and reliable to look after ")
    d.add(_join_kids(rng, kids))
    d.t(
        " %s. "
        % rng.choice(
            ["three afternoons a week", "on Saturday evenings", "during the summer holidays", "from September"]
        )
    )
    k0 = kids[0][0]
    r = rng.random()
    if r < 0.35:
        cond = rng.choice(CHILD_CONDITIONS + ALLERGIES)
        d.f("{k} has {m}", k=(k0.first, PER), m=(cond, MED))
        if rng.random() < 0.5:
            d.f(" (carries {med} at all times)", med=["a spare ", (rng.choice(["EpiPen", "Jext", "Ventolin"]), MED)])
        d.t(", so you'd need to be confident with that. ")
    elif r < 0.5:
        d.f(
            "Our eldest is {g} and it matters that you're supportive. ",
            g=rng.choice(
                [["a ", ("trans girl", GID)], ["a ", ("trans boy", GID)], [("non-binary", GID)], [("genderfluid", GID)]]
            ),
        )
    elif r < 0.62:
        d.f("We're a {o} couple — looking for someone comfortable with that. ", o=(rng.choice(["gay", "lesbian"]), ORI))
    elif r < 0.74:
        d.f(
            "We're a {e} family and would love someone who can speak some Urdu or Punjabi. ",
            e=(rng.choice(["British Pakistani", "British Indian", "Punjabi Sikh"]), ETH),
        )
    d.t("Must drive. ")
    if rng.random() < 0.5:
        d.f("Our address is {s} (near the park). ", s=(a.street, ADDR))
    d.f(
        "Please message {e} or call {ph}.\n",
        e=(email_for(rng, par, cc if cc in ("GB", "US") else "XX", obfuscate=rng.random() < 0.3), EMAIL),
        ph=(phone(rng, cc), PHONE),
    )
    return d


def booking_thread(rng):
    cc = rng.choice(CC_EN)
    par = local_person(rng, cc)
    sit = local_person(rng, cc, female=rng.random() < 0.8)
    kids = _kids(rng, cc)
    a = make_addr(rng, cc)
    d = Doc()
    P, S = par.first, sit.first
    d.t("Booking #%s — messages\n" % ids.d(rng, 7))
    d.f(
        "{p}: Hi {s}! Are you free %s for "
        % rng.choice(["Friday 6–11pm", "Sat 7pm till midnight", "next Wednesday after school", "Sunday daytime"]),
        p=(P, PER),
        s=(S, PER),
    )
    d.add(_join_kids(rng, kids))
    d.t("?\n")
    d.f("{s}: Yes I can do that :) what's the address?\n", s=(S, PER))
    d.f("{p}: ", p=(P, PER))
    d.add(addr_frag(a))
    d.t(". ")
    if rng.random() < 0.7:
        d.f("Building door code is {c}. ", c=(ids.door_code(rng), CRED))
    if rng.random() < 0.4:
        d.f("Wifi pw {w} if you need it. ", w=(ids.password(rng), CRED))
    if rng.random() < 0.3:
        d.f("If the baby cam drops off, it's the one with MAC {m} in the router list. ", m=(ids.mac(rng), MAC))
    d.f("My mobile is {ph}.\n", ph=(phone(rng, cc, mobile_only=True), PHONE))
    k0, a0 = kids[0]
    if rng.random() < 0.6:
        cond = rng.choice(CHILD_CONDITIONS + ALLERGIES)
        d.f("{p}: Oh and {k} has {m} — ", p=(P, PER), k=(k0.first, PER), m=(cond, MED))
        d.f(
            "the {medx} is in the kitchen drawer, instructions on the fridge.\n",
            medx=(rng.choice(["EpiPen", "Ventolin", "melatonin", "glucose gel", "cetirizine"]), MED),
        )
    d.f(
        "{s}: Perfect. I'll drive over, it's a grey {car} reg {pl} in case your neighbours ask!\n",
        s=(S, PER),
        car=rng.choice(["Corsa", "Yaris", "Fiesta", "Civic", "Golf"]),
        pl=(ids.plate(rng, cc), PLATE),
    )
    if rng.random() < 0.5:
        gp = local_person(rng, cc)
        d.f(
            "{p}: Great. If anything happens and you can't reach us, my mum {g} lives two streets away: {ph}.\n",
            p=(P, PER),
            g=(gp.first, PER),
            ph=(phone(rng, cc), PHONE),
        )
    d.f("{s}: 👍 see you then\n", s=(S, PER))
    return d


def bg_check_us(rng):
    p = local_person(rng, "US")
    a1, a2 = make_addr(rng, "US"), make_addr(rng, "US")
    d = Doc()
    d.t(
        "CONFIDENTIAL — CONSUMER BACKGROUND REPORT (FCRA)\nPackage: Household employee – childcare\nOrder #%s   Completed %s\n\n"
        % (ids.d(rng, 9), fmt_date(recent(rng), "mdy"))
    )
    dob = ids.rand_date(rng, 1965, 2005)
    d.f(
        "Candidate: {n}\nDOB: {b}\n",
        n=(p.formal() if rng.random() < 0.5 else p.full(), PER),
        b=(fmt_date(dob, "mdy"), DOB),
    )
    if rng.random() < 0.25:
        d.f("Taxpayer ID: ITIN {s} (no SSN issued)\n", s=(ids.itin(rng), ITIN))
    else:
        d.f("SSN: {s}\n", s=(ids.ssn(rng, "-"), SSN))
    st, dl = ids.us_dl(rng, a1.region if a1.region in ids.US_STATES else None)
    d.f("Driver license: {st} {x}\n", st=st, x=(dl, USDL))
    if rng.random() < 0.5:
        d.f("Passport (ID verification): {x}\n", x=(ids.us_passport(rng), USPP))
    if rng.random() < 0.4:
        al = local_person(rng, "US", female=p.female)
        d.f("Known aliases: {a}\n", a=(p.first + " " + al.last, PER))
    d.t("\nADDRESS HISTORY\n")
    d.add(addr_frag(a1))
    d.t("   (2019–present)\n")
    d.add(addr_frag(a2))
    d.t("   (2014–2019)\n\nCRIMINAL RECORDS\n")
    d.f("County search — {t}, {r}: ", t=(a1.town, LOC), r=(a1.region, LOC))
    if rng.random() < 0.45:
        d.f(
            "RECORD FOUND — {c}, %d; disposition: %s\n"
            % (
                rng.randint(2008, 2022),
                rng.choice(
                    ["guilty plea, fine paid", "deferred adjudication completed", "dismissed", "probation 12 months"]
                ),
            ),
            c=(rng.choice(CRIMES), CRIM),
        )
    else:
        d.t("CLEAR\n")
    d.t("Statewide: CLEAR\nNational sex offender registry: NO MATCH\n")
    d.t("Motor vehicle record: %s\n" % rng.choice(["valid, no points", "1 speeding citation (2021)", "valid"]))
    d.t("\nADJUDICATION: %s\n" % rng.choice(["ELIGIBLE", "NEEDS REVIEW", "ELIGIBLE – client notified"]))
    return d


def bg_check_uk(rng):
    cc = rng.choice(["GB", "GB", "CA", "AU"])
    p = local_person(rng, cc)
    a = make_addr(rng, cc)
    d = Doc()
    dob = ids.rand_date(rng, 1962, 2005)
    if cc == "GB":
        d.t("Nanny agency — vetting summary (enhanced DBS + right to work)\n")
        d.f(
            "Applicant: {n}\nDate of birth: {b}\nNational Insurance no.: {ni}\n",
            n=(p.full(), PER),
            b=(fmt_date(dob, rng.choice(["dmy", "long"])), DOB),
            ni=(ids.uk_nino(rng), NID),
        )
        if rng.random() < 0.5:
            d.f("Right to work: BRP {x}\n", x=(ids.uk_brp(rng), NID))
        else:
            d.f("Right to work: UK passport {x}\n", x=(ids.passport(rng, "GB"), NID))
    elif cc == "CA":
        d.t("Vulnerable sector check — summary for family file\n")
        d.f(
            "Name: {n}\nDOB: {b}\nSIN (payroll): {s}\n",
            n=(p.full(), PER),
            b=(fmt_date(dob, "iso"), DOB),
            s=(ids.ca_sin(rng), NID),
        )
    else:
        d.t("Working with Children Check & police check — summary\n")
        d.f("Name: {n}\nDOB: {b}\n", n=(p.full(), PER), b=(fmt_date(dob, "dmy"), DOB))
        d.f("Passport sighted: {x}\n", x=(ids.passport(rng, "AU"), NID))
    d.t("Current address: ")
    d.add(addr_frag(a))
    d.t("\nResult: ")
    if rng.random() < 0.4:
        d.f(
            "disclosure — {c} (%d). Spent? %s. Panel decision: %s\n"
            % (
                rng.randint(2005, 2021),
                rng.choice(["yes", "no"]),
                rng.choice(["proceed with risk assessment", "do not place", "proceed"]),
            ),
            c=(rng.choice(CRIMES), CRIM),
        )
    else:
        d.t("no information held\n")
    refs = local_person(rng, cc)
    d.f(
        "References: 2 received (incl. {r}, previous employer, {ph})\n",
        r=(refs.full(), PER),
        ph=(phone(rng, cc), PHONE),
    )
    ch = person(rng, "en")
    d.f("Checked by: {n}\n", n=(ch.first + " " + ch.last, PER))
    return d


def parent_review(rng):
    cc = rng.choice(CC_EN + ["NL", "DE"])
    sit = local_person(rng, cc, female=rng.random() < 0.8)
    par = local_person(rng, cc)
    kids = _kids(rng, cc, rng.choice([1, 2]))
    d = Doc()
    stars = rng.choice([5, 5, 4, 2, 1])
    title = (
        rng.choice(['"Couldn\'t recommend more"', '"Our go-to sitter"', '"Brilliant"'])
        if stars >= 4
        else rng.choice(['"Not reliable"', '"Mixed feelings"', '"Would not rebook"'])
    )
    d.f(
        "%s %s\nby {u} · {t}\n\n" % ("★" * stars + "☆" * (5 - stars), title),
        u=(username(rng, par), USER),
        t=(make_addr(rng, cc).town, LOC),
    )
    if cc == "NL":
        k, ag = kids[0]
        d.f(
            "{s} past al een jaar op {k} ({a}) en is echt goud waard. ",
            s=(sit.first, PER),
            k=(k.first, PER),
            a=(str(ag), MINOR),
        )
    elif cc == "DE":
        k, ag = kids[0]
        d.f(
            "{s} hat unseren Sohn {k} ({a}) zwei Monate betreut. ",
            s=(sit.first, PER),
            k=(k.first, PER),
            a=(str(ag), MINOR),
        )
    else:
        d.f("{s} looked after ", s=(sit.first, PER))
        d.add(_join_kids(rng, kids))
        d.t(" for %s. " % rng.choice(["six months", "the whole summer", "a year", "a few evenings"]))
    if stars >= 4:
        d.t(
            rng.choice(
                [
                    "Always on time, and the kids adore her. ",
                    "Brilliant with bedtime and homework. ",
                    "Handled a meltdown better than we do. ",
                ]
            )
        )
        if rng.random() < 0.5:
            k, ag = kids[-1]
            d.f("She even learned how to manage {k}'s {m}. ", k=(k.first, PER), m=(rng.choice(CHILD_CONDITIONS), MED))
    else:
        d.t(
            rng.choice(
                ["Cancelled twice on the day. ", "Spent most of the evening on her phone. ", "Left the door unlocked. "]
            )
        )
        if rng.random() < 0.4:
            d.f("Later found out she'd had a {c}, which she hadn't mentioned. ", c=(rng.choice(CRIMES), CRIM))
    d.t("\n")
    if rng.random() < 0.4:
        d.f(
            "Reply from {s}: Thank you {p}! Give {k} a hug from me x\n",
            s=(sit.first, PER),
            p=(par.first, PER),
            k=(kids[0][0].first, PER),
        )
    return d


def ts_escalation(rng):
    cc = rng.choice(["GB", "US", "US", "CA", "AU", "GB"])
    cg = local_person(rng, cc)
    rep = local_person(rng, cc)
    child = local_person(rng, cc)
    d = Doc()
    d.t(
        "T&S ESCALATION ESC-%s   severity: %s   opened %s\n"
        % (ids.d(rng, 5), rng.choice(["HIGH", "CRITICAL", "MEDIUM"]), fmt_date(recent(rng), "iso"))
    )
    cu = username(rng, cg)
    d.f("Reported caregiver: {n} (user {u})\n", n=(cg.full(), PER), u=(cu, USER))
    d.f(
        "Profile: {l}\n",
        l=(
            "https://app.%s/caregivers/%s"
            % (rng.choice(["sitterhub.example", "nannynet.example", "kidcare.example"]), cu),
            URL,
        ),
    )
    d.f("Reporter: parent {n} <{e}>\n", n=(rep.full(), PER), e=(email_for(rng, rep, cc), EMAIL))
    age = rng.randint(1, 14)
    d.f(
        "Child involved: {k}, {a}\n\n",
        k=(child.first, PER),
        a=[(age_str(rng, age), MINOR), " y/o" if rng.random() < 0.5 else " years"],
    )
    d.t("Summary: ")
    k = rng.randint(0, 3)
    if k == 0:
        d.f(
            "reporter says caregiver posted photos of the child on a public account @{u} without consent and asked to be paid off-platform.\n",
            u=(username(rng), USER),
        )
    elif k == 1:
        d.f(
            "caregiver arrived late and smelling of alcohol; child's older sibling ({a}) called the parent.\n",
            a=(str(rng.randint(9, 16)), MINOR),
        )
    elif k == 2:
        d.f(
            "caregiver gave the child {m} that was not prescribed to him.\n",
            m=(rng.choice(["melatonin", "ibuprofen", "promethazine"]), MED),
        )
    else:
        d.t("parent found messages from the caregiver to the child on a gaming app asking to keep secrets.\n")
    d.t("\nAccount signals:\n")
    d.f("- phone {ph} (also on deleted account {u2})\n", ph=(phone(rng, cc), PHONE), u2=(username(rng), USER))
    d.f(
        "- last login IP {ip}, device {dv}\n",
        ip=(ids.ipv4(rng) if rng.random() < 0.6 else ids.ipv6(rng), IP),
        dv=(ids.device_uuid(rng), DEV),
    )
    if rng.random() < 0.4:
        d.f("- home router MAC on both accounts: {m}\n", m=(ids.mac(rng), MAC))
    if rng.random() < 0.35:
        ga = make_addr(rng, cc)
        d.f(
            "- reporter shared the caregiver's live location from that evening: {g}\n",
            g=(coords(rng, ga.lat, ga.lon), GEO),
        )
    if rng.random() < 0.5:
        d.f("- reporter states caregiver has a {c} (unverified, checking with vendor)\n", c=(rng.choice(CRIMES), CRIM))
    if rng.random() < 0.4:
        a = make_addr(rng, cc)
        d.t("- caregiver home address on file: ")
        d.add(addr_frag(a))
        d.t("\n")
    d.t(
        "\nAction: %s\n"
        % rng.choice(
            [
                "account suspended, bookings cancelled, law enforcement referral prepared",
                "temporary hold pending interview",
                "warning issued",
            ]
        )
    )
    ow = person(rng, "en")
    d.f("Owner: {n}\n", n=(ow.first, PER))
    return d


def tutoring_notes(rng):
    cc = rng.choice(CC_EN + ["IN"])
    st = local_person(rng, cc)
    par = local_person(rng, cc)
    tut = local_person(rng, cc)
    age = rng.randint(6, 17)
    d = Doc()
    d.f(
        "Session notes — {s} ({a}) — %s\n" % rng.choice(SCHOOL_SUBJECTS),
        s=(st.full() if rng.random() < 0.5 else st.first, PER),
        a=(str(age), MINOR),
    )
    d.f(
        "To: {p} <{e}>\nFrom: {t}\n\n",
        p=(par.full(), PER),
        e=(email_for(rng, par, cc if cc in ("GB", "US", "IN") else "XX"), EMAIL),
        t=(tut.first, PER),
    )
    d.f("Hi {p},\n\n", p=(par.first, PER))
    d.f(
        "Good session today. {s} %s. "
        % rng.choice(
            [
                "finally cracked simultaneous equations",
                "read two chapters aloud without stopping",
                "did a full past paper in timed conditions",
                "asked really sharp questions about moles",
            ]
        ),
        s=(st.first, PER),
    )
    if rng.random() < 0.6:
        d.f(
            "As we discussed, with {m} we keep tasks short and use the coloured overlays",
            m=(rng.choice(["dyslexia", "ADHD", "dyscalculia", "anxiety", "autism"]), MED),
        )
        if rng.random() < 0.4:
            d.f(
                " — and the {med} seems to be helping with focus in the afternoon",
                med=(rng.choice(["methylphenidate", "Concerta", "lisdexamfetamine"]), MED),
            )
        d.t(". ")
    if rng.random() < 0.3:
        sib = local_person(rng, cc)
        if rng.random() < 0.3:
            d.f(
                "{s} asked me to use they/them from now on — they've told the family they're {g}. ",
                s=(st.first, PER),
                g=(rng.choice(["non-binary", "nonbinary", "genderfluid"]), GID),
            )
        d.f(
            "{b} ({a}) joined for the last ten minutes which was sweet. ",
            b=(sib.first, PER),
            a=(str(rng.randint(4, 16)), MINOR),
        )
    d.t("\n\nNext session: %s " % rng.choice(["Tuesday 16:30", "Thu 5pm", "Sat 10:00"]))
    if rng.random() < 0.5:
        a = make_addr(rng, cc)
        d.f("at yours ({s}) ", s=(a.street, ADDR))
    else:
        d.t("online ")
    d.t("— invoice to follow.\n")
    d.f("{t}\n", t=(tut.full(), PER))
    return d


def registration_form(rng):
    cc = rng.choice(["GB", "GB", "US", "AU", "CA"])
    ch = local_person(rng, cc)
    a = make_addr(rng, cc)
    age = rng.randint(0, 4)
    dob = ids.dob_for_age(rng, age)
    d = Doc()
    d.t(
        "%s — CHILD REGISTRATION FORM\n\n"
        % rng.choice(
            ["Little Acorns Nursery", "Sunbeam Early Learning Centre", "Busy Bees Pre-school", "Kangaroo Kids Daycare"]
        )
    )
    d.f(
        "Child's full name: {n}\nDate of birth: {b}    Age: {a}\n",
        n=(ch.full(), PER),
        b=(fmt_date(dob, "dmy" if cc != "US" else "mdy"), DOB),
        a=(str(age), MINOR),
    )
    d.t("Home address: ")
    d.add(addr_frag(a))
    d.t("\n")
    if rng.random() < 0.7:
        d.f("Ethnicity: {e}\n", e=(rng.choice(ETHNIC_FORMS), ETH))
    d.t(
        "Home language(s): %s\n"
        % rng.choice(["English", "English, Polish", "Bengali, English", "Yoruba, English", "Arabic", "English, Welsh"])
    )
    if rng.random() < 0.7:
        cond = rng.choice(CHILD_CONDITIONS + ALLERGIES)
        d.f("Medical conditions / allergies: {m}\n", m=(cond, MED))
        if rng.random() < 0.6:
            md = rng.choice(["cetirizine", "adrenaline auto-injector", "salbutamol", "melatonin"])
            d.f("Medication kept at nursery: {m} %s\n" % MED_STRENGTH.get(md, ""), m=(md, MED))
    else:
        d.t("Medical conditions / allergies: none known\n")
    gp = local_person(rng, cc)
    d.f(
        "GP / doctor: Dr {g}, %s\n"
        % rng.choice(["Parkside Surgery", "Riverside Medical Practice", "Maple Family Health", "Harbour Clinic"]),
        g=(gp.last, PER),
    )
    for i in (1, 2):
        pp = local_person(rng, cc, female=(i == 1))
        d.f(
            "Parent/carer %d: {n} — {ph} — {e}\n" % i,
            n=(pp.full(), PER),
            ph=(phone(rng, cc, mobile_only=True), PHONE),
            e=(email_for(rng, pp, cc if cc in ("GB", "US", "CA", "AU") else "XX"), EMAIL),
        )
        if rng.random() < 0.4:
            break
    em = local_person(rng, cc)
    d.f(
        "Emergency contact: {n} (%s) {ph}\n"
        % rng.choice(["grandmother", "aunt", "neighbour", "uncle", "family friend"]),
        n=(em.full(), PER),
        ph=(phone(rng, cc), PHONE),
    )
    d.f(
        "Collection password: {pw}\n",
        pw=(rng.choice(["pineapple", "blue whale", "Biscuit42", "rainbow7", "tractor"]), CRED),
    )
    if rng.random() < 0.3:
        d.f(
            "Notes: {k} is {g}; please use the name {k2} and she/her.\n",
            k=(ch.first, PER),
            g=(rng.choice(["transgender", "a trans girl"]), GID),
            k2=(local_person(rng, cc, female=True).first, PER),
        )
    d.t("Signed: ____________   Date: %s\n" % fmt_date(recent(rng), "dmy"))
    return d


def payroll(rng):
    cc = rng.choice(["US", "US", "US", "GB", "DE", "FR", "NL"])
    nanny = local_person(rng, cc, female=rng.random() < 0.85)
    emp = local_person(rng, cc)
    a = make_addr(rng, cc)
    d = Doc()
    if cc == "US":
        d.t("Household employee setup — W-4 / W-9 details (keep private)\n")
        d.f("Employee: {n}\nAddress: ", n=(nanny.full(), PER))
        d.add(addr_frag(a))
        d.t("\n")
        if rng.random() < 0.6:
            d.f("SSN: {s}\n", s=(ids.ssn(rng), SSN))
        else:
            d.f("ITIN: {s}\n", s=(ids.itin(rng), ITIN))
        d.f("Direct deposit — routing {r}, account {b}\n", r=(ids.aba(rng), ABA), b=(ids.us_bank_account(rng), BANK))
        d.f("Employer: {e}, contact {ph}\n", e=(emp.full(), PER), ph=(phone(rng, "US"), PHONE))
        d.t("Rate $%d/hr, 32 hrs/wk, overtime after 40.\n" % rng.randint(18, 32))
    elif cc == "GB":
        d.t("Nanny payslip — period %s\n" % fmt_date(recent(rng), "short"))
        d.f("Employee: {n}   NI number: {ni}   Tax code 1257L\n", n=(nanny.full(), PER), ni=(ids.uk_nino(rng), NID))
        d.f("Employer: {e}\nPaid to: {i}\n", e=(emp.full(), PER), i=(ids.iban(rng, "GB"), IBAN))
        d.t(
            "Gross £%d.00  Tax £%d.40  Employee NI £%d.12  Net £%d.48\n"
            % (rng.randint(1400, 2600), rng.randint(80, 300), rng.randint(40, 140), rng.randint(1200, 2200))
        )
    elif cc == "DE":
        d.t("Minijob-Anmeldung Haushaltshilfe / Kinderbetreuung\n")
        d.f(
            "Arbeitnehmerin: {n}, geb. {b}\nAnschrift: ",
            n=(nanny.full(), PER),
            b=(fmt_date(ids.rand_date(rng, 1970, 2005), "de"), DOB),
        )
        d.add(addr_frag(a))
        d.f("\nSteuer-ID: {s}\nIBAN: {i}\n", s=(ids.de_steuer_id(rng), NID), i=(ids.iban(rng, "DE"), IBAN))
        d.f("Arbeitgeber: {e}\n", e=(emp.full(), PER))
    elif cc == "FR":
        dob = ids.rand_date(rng, 1970, 2004)
        d.t("Déclaration CESU — garde d'enfants à domicile\n")
        d.f(
            "Salariée : {n}\nN° de sécurité sociale : {s}\nNée le {b}\n",
            n=(nanny.full(), PER),
            s=(ids.fr_nir(rng, dob, nanny.female), NID),
            b=(fmt_date(dob, "dmy"), DOB),
        )
        d.f("Employeur : {e} — ", e=(emp.full(), PER))
        d.add(addr_frag(a))
        d.f("\nVirement sur : {i}\n", i=(ids.iban(rng, "FR"), IBAN))
    else:
        d.t("Gastouder — contract gegevens\n")
        d.f("Gastouder: {n}\nBSN: {s}\nAdres: ", n=(nanny.full(), PER), s=(ids.nl_bsn(rng), NID))
        d.add(addr_frag(a))
        d.f(
            "\nRekening: {i}\nOuder: {e}, tel. {ph}\n",
            i=(ids.iban(rng, "NL"), IBAN),
            e=(emp.full(), PER),
            ph=(phone(rng, "NL"), PHONE),
        )
    return d


def payroll_export_us(rng):
    d = Doc()
    d.t("household_payroll_export_%s.csv\n" % fmt_date(recent(rng), "iso"))
    d.t("employee_name,employee_dob,tax_id_type,tax_id,routing,account,id_doc,id_number,work_state,hourly_rate\n")
    for _ in range(rng.randint(3, 5)):
        p = local_person(rng, "US", female=rng.random() < 0.85)
        st = rng.choice(list(ids.US_STATES))
        d.f(
            "{n},{b},", n=(p.full(), PER), b=(fmt_date(ids.rand_date(rng, 1962, 2005), rng.choice(["mdy", "iso"])), DOB)
        )
        if rng.random() < 0.45:
            d.f("ITIN,{x},", x=(ids.itin(rng), ITIN))
        else:
            d.f("SSN,{x},", x=(ids.ssn(rng), SSN))
        d.f("{r},{a},", r=(ids.aba(rng), ABA), a=(ids.us_bank_account(rng), BANK))
        if rng.random() < 0.5:
            d.f("passport,{x},", x=(ids.us_passport(rng), USPP))
        else:
            stt, num = ids.us_dl(rng, st)
            d.f("DL-%s,{x}," % stt, x=(num, USDL))
        d.t("%s,%d.%02d\n" % (st, rng.randint(17, 34), rng.choice([0, 25, 50, 75])))
    if rng.random() < 0.5:
        e = local_person(rng, "US")
        d.f(
            "# exported by {n} ({m}) for Q%d filing\n" % rng.randint(1, 4),
            n=(e.full(), PER),
            m=(email_for(rng, e, "US"), EMAIL),
        )
    return d


TEMPLATES = [
    payroll_export_us,
    caregiver_profile,
    tutor_profile,
    job_post,
    booking_thread,
    bg_check_us,
    bg_check_uk,
    parent_review,
    ts_escalation,
    tutoring_notes,
    registration_form,
    payroll,
]
