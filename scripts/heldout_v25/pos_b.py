"""Positive templates: gym_fitness_memberships, phone_repair_shop_tickets, student_housing_welfare."""

import core
import pools as P
from common import (
    CRIMES,
    ETHNIC,
    GENDER,
    GENETIC,
    MED_EN,
    MEDS,
    ORIENT,
    Doc,
    F,
    N,
    S,
    addr,
    age,
    dob,
    dt,
    email,
    full_addr,
    handle_str,
    hm,
    loc,
    locn,
    natid,
    ph,
    ts,
    typo,
    url,
    user,
)

# ============================================================== gym
GYM_CC = ["GB", "GB", "GB", "IE", "US", "US", "DE", "NL", "ES", "FR", "CA", "ZA", "BR", "SE"]
GYMS = [
    "IronWorks Gym",
    "PureMotion Fitness",
    "Riverside Leisure Centre",
    "FlexZone 24/7",
    "Kettlebell Collective",
    "Studio Pulse",
    "Fitness Point",
    "The Boxing Shed",
    "Aqua & Active Leisure Centre",
    "Titan Strength Club",
]


def pin(r, n=None):
    return (core.digits(r, n or r.choice([4, 4, 4, 6])), "CREDENTIAL")


def password(r, p=None):
    base = r.choice(
        [
            "Summer",
            "Lift",
            "Gains",
            "Pa55word",
            "Monkey",
            "Dragon",
            "Sunshine",
            "Welkom",
            "Qwerty",
            "Football",
            "Bella",
            "Shadow",
        ]
    )
    return (
        base + r.choice(["2024!", "123", "#88", "!!", "_01", "2025", "$7"])
        if r.random() < 0.8
        else core.token(r, 12, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%"),
        "CREDENTIAL",
    )


def g_signup(r):
    d = Doc()
    cc = r.choice(GYM_CC)
    m = P.person(r, cc, born=(1960, 2006))
    d.f(
        "{gym} — Membership application\n\nName: {n}\nDate of birth: {dob}\nAddress: {a}\nMobile: {mob}\nEmail: {e}\n"
        "Membership: {plan}\nHome club: {club}\n",
        gym=r.choice(GYMS),
        n=N(r, m),
        dob=dob(r, m, P.lang_date_style(cc) if r.random() < 0.4 else None),
        a=full_addr(r, cc),
        mob=ph(r, cc),
        e=email(r, m),
        plan=r.choice(["Off-peak", "Anytime", "Student", "Couples", "Platinum"]),
        club=loc(r, cc),
    )
    if cc == "GB":
        d.f(
            "\nDirect Debit instruction\nAccount holder: {h}\nSort code: {sc}\nAccount number: {ac}\n",
            h=N(r, m),
            sc="%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)),
            ac=(core.digits(r, 8, True), "US_BANK_NUMBER"),
        )
    elif cc in ("US", "CA"):
        d.f(
            "\nEFT draft: routing {ro} / account {ac}\nBackup card: {card}\n",
            ro=(core.aba(r), "ABA_ROUTING_NUMBER"),
            ac=(core.us_account(r), "US_BANK_NUMBER"),
            card=(core.credit_card(r), "CREDIT_CARD"),
        )
    elif cc in core._IBAN_BBAN:
        d.f("\nSEPA mandate — IBAN: {i}\nAccount holder: {h}\n", i=(core.iban(r, cc), "IBAN_CODE"), h=N(r, m))
    else:
        d.f(
            "\nCard on file: {card} exp {e}\n",
            card=(core.credit_card(r), "CREDIT_CARD"),
            e="%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)),
        )
    d.f(
        "\nDoor fob no. {fob} — entry PIN {pin}\nHow did you hear about us? {h}\nEmergency contact: {ec} {ep}\n",
        fob=core.digits(r, 8),
        pin=pin(r),
        h=r.choice(["Instagram", "friend", "leaflet", "walked past"]),
        ec=N(r, P.relative(r, m)),
        ep=ph(r, cc),
    )
    return d


def g_parq(r):
    d = Doc()
    cc = r.choice(GYM_CC)
    m = P.person(r, cc, born=(1950, 2006))
    d.f(
        "PHYSICAL ACTIVITY READINESS QUESTIONNAIRE (PAR-Q+)\nMember: {n}   Age: {a}   Member no. {mno}\n\n",
        n=N(r, m),
        a=age(m.age()),
        mno=core.digits(r, 7),
    )
    qs = [
        ("Has your doctor ever said you have a heart condition or high blood pressure?", "hypertension"),
        ("Do you take medication for a chronic condition?", None),
        ("Do you have a bone or joint problem that could be made worse by exercise?", "arthritis in both knees"),
        ("Have you been diagnosed with diabetes?", "type 1 diabetes"),
        ("Do you have asthma or another respiratory condition?", "exercise-induced asthma"),
        ("Are you pregnant or have you given birth in the last 6 months?", None),
        ("Any mental health condition we should know about?", "bipolar disorder"),
    ]
    r.shuffle(qs)
    for i, (q, cond) in enumerate(qs[:5]):
        d.t("%d. %s " % (i + 1, q))
        if cond and r.random() < 0.6:
            d.t("YES — ").v(cond, "MEDICAL_CONDITION").t("\n")
        elif cond is None and q.startswith("Do you take") and r.random() < 0.7:
            d.t("YES — ").v(r.choice(MEDS), "MEDICAL_CONDITION").t(", ").v(r.choice(MEDS), "MEDICAL_CONDITION").t("\n")
        else:
            d.t("NO\n")
    d.f(
        "\nGP: Dr {gp}, {surg}\nDeclaration signed {dt}. Reviewed by trainer {t}.\n",
        gp=S(P.person(r, cc)),
        surg=r.choice(["Parkside Surgery", "Health Centre", "Medical Practice"]),
        dt=dt(r),
        t=F(P.person(r, cc)),
    )
    return d


def g_fob_log(r):
    d = Doc()
    cc = r.choice(GYM_CC)
    d.f("Reception — fob & locker issues, week {w}\n", w=r.randint(1, 52))
    for _ in range(r.randint(3, 6)):
        m = P.person(r, cc, born=(1965, 2006))
        k = r.randint(0, 3)
        d.f("{t}  ", t=ts(r))
        if k == 0:
            d.add(N(r, m)).f(" lost fob, new fob issued, door code reset to {c}\n", c=pin(r))
        elif k == 1:
            d.t("Locker ").t(str(r.randint(1, 180))).t(" combo changed to ").add(pin(r, 4)).t(" for ").add(N(r, m)).t(
                "\n"
            )
        elif k == 2:
            d.add(N(r, m)).f(" tailgated by non-member at 06:02, see CCTV cam 3. Member phone {p}\n", p=ph(r, cc))
        else:
            d.t("App login issue — ").add(N(r, m)).f(
                " (username {u}); temp password {pw} sent to {e}\n", u=user(r, m), pw=password(r), e=email(r, m)
            )
    return d


def g_incident(r):
    d = Doc()
    cc = r.choice(GYM_CC)
    m = P.person(r, cc, born=(1955, 2006))
    staff = P.person(r, cc)
    inj = r.choice(
        [
            "dislocated shoulder",
            "fractured wrist",
            "laceration to the scalp",
            "suspected concussion",
            "torn hamstring",
            "sprained ankle",
            "chest pains",
            "fainting episode",
            "seizure",
        ]
    )
    d.f(
        "ACCIDENT / INCIDENT REPORT\nSite: {gym}, {city}\nDate/time: {t}\n\nInjured person: {n}\nAge: {a}\n"
        "Address: {ad}\nPhone: {p}\n\nWhat happened: {what}\nInjury: {inj}\nRelevant history: {h}\n"
        "First aider: {fa}\nAmbulance called: {amb}\nWitness: {w}, {wp}\n",
        gym=r.choice(GYMS),
        city=loc(r, cc),
        t=ts(r),
        n=N(r, m),
        a=age(m.age(), words=r.random() < 0.2),
        ad=full_addr(r, cc),
        p=ph(r, cc),
        what=typo(
            r,
            r.choice(
                [
                    "Member dropped a dumbbell while doing incline press.",
                    "Slipped on wet floor by the pool.",
                    "Collapsed on the treadmill after 20 min.",
                    "Caught finger in the cable machine.",
                ]
            ),
        ),
        inj=(inj, "MEDICAL_CONDITION"),
        h=(r.choice(MED_EN), "MEDICAL_CONDITION"),
        fa=N(r, staff),
        amb=r.choice(["yes", "no"]),
        w=N(r, P.person(r, cc)),
        wp=ph(r, cc),
    )
    return d


def g_junior(r):
    d = Doc()
    cc = r.choice(GYM_CC)
    g = P.person(r, cc, born=(1975, 1992))
    d.f(
        "JUNIOR MEMBERSHIP (8-17 yrs) — Parent/Guardian consent\nGuardian: {g}\nAddress: {a}\nPhone: {p}\nEmail: {e}\n\n",
        g=N(r, g),
        a=full_addr(r, cc),
        p=ph(r, cc),
        e=email(r, g),
    )
    for i in range(r.randint(1, 3)):
        k = P.relative(r, g, born=(2008, 2017))
        d.f(
            "Child {i}: {n}   DOB: {dob}   Age: {a}\n",
            i=i + 1,
            n=N(r, k),
            dob=dob(r, k),
            a=age(k.age(), words=r.random() < 0.3),
        )
        if r.random() < 0.6:
            d.f(
                "   Medical: {m}; carries {med}\n",
                m=(
                    r.choice(["asthma", "epilepsy", "type 1 diabetes", "nut allergy", "ADHD", "autism"]),
                    "MEDICAL_CONDITION",
                ),
                med=(r.choice(["blue inhaler", "EpiPen", "insulin pen", "buccal midazolam"]), "MEDICAL_CONDITION"),
            )
        if r.random() < 0.2:
            d.f(
                "   Changing room note: {n} is a {gi}, please use the private cubicles.\n",
                n=F(k),
                gi=(r.choice(["trans girl", "trans boy", "non-binary young person"]), "GENDER_IDENTITY"),
            )
    d.f(
        "\nSwim lessons with coach {c}. Collection password: {pw}\n",
        c=F(P.person(r, cc)),
        pw=(r.choice(["pineapple", "bluewhale", "rocket7", "sunflower"]), "CREDENTIAL"),
    )
    return d


def g_trainer_chat(r):
    d = Doc()
    cc = r.choice(GYM_CC)
    c = P.person(r, cc, born=(1970, 2004))
    t = P.person(r, cc, born=(1985, 2000))
    lines = [
        ("c", "hey {tf}, can we move thursday to 7am?"),
        ("t", "Sure {cf}! Bring your food diary"),
        ("c", "doc upped my {med} so I might be a bit dizzy"),
        ("t", "Noted. How's the {cond}?"),
        ("c", "my new number is {cp} btw"),
        ("t", "Sent the program to {ce}"),
        ("c", "follow me on insta {cu} lol"),
        ("c", "posted my progress pics here {url}"),
        ("t", "Invoice paid? Card ending {last4} declined again"),
        ("c", "weighed in at {w}kg this morning!!"),
        ("t", "DNA kit says you're {gen} so we'll keep power work"),
    ]
    r.shuffle(lines)
    d.f("Chat export — {tn} (PT) & {cn}\n", tn=N(r, t), cn=N(r, c))
    for who, ln in lines[: r.randint(5, 8)]:
        d.f("[{t}] {w}: ", t=ts(r), w=(t.first() if who == "t" else c.first(), "PERSON"))
        d.f(
            ln,
            tf=F(t),
            cf=F(c),
            med=(r.choice(["sertraline", "metformin", "propranolol", "levothyroxine"]), "MEDICAL_CONDITION"),
            cond=(r.choice(["sciatica", "tennis elbow", "plantar fasciitis", "lower back pain"]), "MEDICAL_CONDITION"),
            cp=ph(r, cc),
            ce=email(r, c),
            cu=["@", user(r, c)],
            url=url(r, c),
            last4=core.digits(r, 4),
            w=r.randint(55, 120),
            gen=(r.choice(["ACTN3 RR genotype", "ACTN3 RX", "ACE I/D heterozygous"]), "GENETIC_DATA"),
        )
        d.t("\n")
    return d


def g_cctv(r):
    d = Doc()
    cc = r.choice(["GB", "GB", "US", "IE", "NL", "DE"])
    op = P.person(r, cc)
    d.f("CCTV / security log — {gym}\nOperator: {o}\n\n", gym=r.choice(GYMS), o=N(r, op))
    for _ in range(r.randint(2, 4)):
        k = r.randint(0, 3)
        d.f("{t} ", t=hm(r))
        if k == 0:
            d.f(
                "Car park cam 2: vehicle {pl} parked across disabled bays 40 min, owner identified as member {n}.\n",
                pl=(P.plate(r, cc), "VEHICLE_PLATE"),
                n=N(r, P.person(r, cc)),
            )
        elif k == 1:
            m = P.person(r, cc, born=(1975, 2003))
            d.f(
                "Banned ex-member {n} seen at turnstile (ban after he was {cr}). Police called, ref noted.\n",
                n=N(r, m),
                cr=(
                    r.choice(
                        [
                            "convicted of assaulting a member",
                            "cautioned for theft from lockers",
                            "arrested for selling steroids on site",
                        ]
                    ),
                    "CRIMINAL_HISTORY",
                ),
            )
        elif k == 2:
            d.f(
                "Changing room complaint: member {n} reports being harassed for being {gi}. Statement taken, tel {p}.\n",
                n=N(r, P.person(r, cc)),
                gi=(r.choice(["trans", "non-binary", "a trans woman"]), "GENDER_IDENTITY"),
                p=ph(r, cc),
            )
        else:
            d.f(
                "Suspect for locker thefts: {desc} male, approx {a}, grey hoodie; drove off in {pl}.\n",
                desc=(r.choice(["white", "Black", "Asian", "mixed-race"]), "ETHNIC_ORIGIN"),
                a=age(r.randint(20, 45)),
                pl=(P.plate(r, cc), "VEHICLE_PLATE"),
            )
    return d


def g_app_security(r):
    d = Doc()
    cc = r.choice(GYM_CC)
    m = P.person(r, cc, born=(1970, 2005))
    d.f(
        "FitTrack member app — account security review\nMember: {n}\nLogin: {u}\nRegistered email: {e}\n\n",
        n=N(r, m),
        u=user(r, m),
        e=email(r, m),
    )
    for _ in range(r.randint(3, 5)):
        d.f(
            "{t}  login {ok} from IP {ip} device {dev}\n",
            t=ts(r),
            ok=r.choice(["OK", "FAILED", "OK"]),
            ip=(core.ipv4(r) if r.random() < 0.7 else core.ipv6(r), "IP_ADDRESS"),
            dev=(core.uuid(r, upper=r.random() < 0.5), "DEVICE_ID"),
        )
    d.f(
        "\nPassword reset requested; old password was {pw}. API key for wearable sync: {k}\n",
        pw=password(r),
        k=("ft_live_" + core.token(r, 28), "CREDENTIAL"),
    )
    return d


def g_dna_plan(r):
    d = Doc()
    cc = r.choice(GYM_CC)
    m = P.person(r, cc, born=(1975, 2003))
    d.f(
        "GeneFit performance report for {n} (DOB {dob})\nSample ID {sid}\n\nPower/endurance: {g1}\nInjury risk: {g2}\n"
        "Caffeine: CYP1A2 {g3}\nAncestry note: {g4}\n\nCoach {c}: focus on hypertrophy, {n2} also mentioned {cond}.\n",
        n=N(r, m),
        dob=dob(r, m),
        sid=core.letters(r, 2) + core.digits(r, 6),
        g1=(r.choice(["ACTN3 RR (power)", "ACTN3 XX (endurance)", "ACTN3 RX"]), "GENETIC_DATA"),
        g2=(r.choice(["COL5A1 TT", "COL1A1 GT", "COL5A1 CC"]), "GENETIC_DATA"),
        g3=(r.choice(["AA fast metaboliser", "AC slow metaboliser"]), "GENETIC_DATA"),
        g4=(
            r.choice(["mtDNA haplogroup H1", "Y haplogroup R1b", "mtDNA haplogroup L3", "haplogroup J2a"]),
            "GENETIC_DATA",
        ),
        c=F(P.person(r, cc)),
        n2=F(m),
        cond=(r.choice(MED_EN), "MEDICAL_CONDITION"),
    )
    return d


def g_cancel(r):
    d = Doc()
    cc = r.choice(["DE", "FR", "ES", "NL", "BR", "GB"])
    m = P.person(r, cc, born=(1965, 2004))
    nm = N(r, m)
    a = full_addr(r, cc, postcode=False)
    if cc == "DE":
        d.f(
            "{n}\n{a}\n\nKündigung meiner Mitgliedschaft (Mitgliedsnr. {mn})\n\nSehr geehrte Damen und Herren,\n"
            "hiermit kündige ich aus gesundheitlichen Gründen außerordentlich. Mir wurde {c} diagnostiziert (Attest anbei). "
            "Bitte stoppen Sie die Lastschrift von IBAN {i}.\nRückfragen: {p}\n\nMit freundlichen Grüßen\n{n2}\n",
            n=nm,
            a=a,
            mn=core.digits(r, 6),
            c=(r.choice(["ein Bandscheibenvorfall", "Long Covid", "eine Herzmuskelentzündung"]), "MEDICAL_CONDITION"),
            i=(core.iban(r, "DE"), "IBAN_CODE"),
            p=ph(r, cc),
            n2=N(r, m, "full"),
        )
    elif cc == "FR":
        d.f(
            "{n}\n{a}\n\nObjet : résiliation de mon abonnement\n\nMadame, Monsieur,\nSuite à {c}, je ne peux plus "
            "pratiquer. Merci de cesser les prélèvements sur l'IBAN {i}.\nTél. {p} — {e}\n\n{n2}\n",
            n=nm,
            a=a,
            c=(r.choice(["une hernie discale", "une fracture du tibia", "un burn-out"]), "MEDICAL_CONDITION"),
            i=(core.iban(r, "FR"), "IBAN_CODE"),
            p=ph(r, cc),
            e=email(r, m),
            n2=N(r, m, "full"),
        )
    elif cc == "ES":
        d.f(
            "{n}\n{a}\n\nAsunto: baja del gimnasio\n\nPor motivos médicos ({c}) solicito la baja. IBAN de cargo: {i}. "
            "DNI: {dni}.\nMóvil {p}\n",
            n=nm,
            a=a,
            c=(r.choice(["tendinitis rotuliana", "embarazo de riesgo", "lumbalgia crónica"]), "MEDICAL_CONDITION"),
            i=(core.iban(r, "ES"), "IBAN_CODE"),
            dni=(core.dni(r), "NATIONAL_ID"),
            p=ph(r, cc),
        )
    elif cc == "NL":
        d.f(
            "Beste {gym},\n\nIk wil mijn abonnement bevriezen i.v.m. {c}. Mijn gegevens: {n}, {a}, tel {p}. "
            "Rekeningnummer {i}.\n\nGroet, {f}\n",
            gym=r.choice(GYMS),
            c=(r.choice(["een gescheurde kruisband", "burn-out klachten"]), "MEDICAL_CONDITION"),
            n=nm,
            a=a,
            p=ph(r, cc),
            i=(core.iban(r, "NL"), "IBAN_CODE"),
            f=F(m),
        )
    elif cc == "BR":
        d.f(
            "Olá, sou {n} (CPF {cpf}). Quero cancelar o plano por causa de {c}. Meu endereço: {a}. WhatsApp {p}.\n",
            n=nm,
            cpf=(core.cpf(r), "NATIONAL_ID"),
            c=(r.choice(["uma cirurgia no joelho", "depressão", "hérnia de disco"]), "MEDICAL_CONDITION"),
            a=a,
            p=ph(r, cc),
        )
    else:
        d.f(
            "Hi, I'd like to freeze my membership — I've been signed off with {c}. Name {n}, {a}. "
            "Please don't take the next DD from account ending {l4}. {p}\n",
            c=(r.choice(MED_EN), "MEDICAL_CONDITION"),
            n=nm,
            a=a,
            l4=core.digits(r, 4),
            p=ph(r, cc),
        )
    return d


def g_us_checkin(r):
    d = Doc()
    m = P.person(r, "US", born=(1970, 2005))
    st = r.choice(list(core.US_STATES))
    d.f(
        "FlexZone 24/7 — front desk verification\nMember: {n}\nPhoto ID: {st} driver license {dl}\nDOB: {dob}\n"
        "Address on ID: {ad}\nCard on file: {cc}\nGuest pass for: {g}, age {ga}\nNotes: {note}\n",
        n=N(r, m),
        upp=(core.us_passport(r), "US_PASSPORT"),
        st=(core.US_STATES[st], "LOCATION"),
        dl=(core.us_dl(r, st), "US_DRIVER_LICENSE"),
        dob=dob(r, m, "mdy/"),
        ad=[addr(r, "US"), ", "] + loc(r, "US"),
        cc=(core.credit_card(r), "CREDIT_CARD"),
        g=N(r, P.person(r, "US")),
        ga=age(r.randint(18, 60)),
        note=r.choice(["member says recovering from knee surgery", "prefers female trainer", "paid cash for towel"]),
    )
    if r.random() < 0.5:
        d.f("Couples plan partner: {p2} ({pp})\n", p2=N(r, P.person(r, "US")), pp=ph(r, "US"))
    return d


GYM = [
    g_signup,
    g_parq,
    g_fob_log,
    g_incident,
    g_junior,
    g_trainer_chat,
    g_cctv,
    g_app_security,
    g_dna_plan,
    g_cancel,
    g_us_checkin,
]

# ============================================================== repair shop
REP_CC = ["GB", "GB", "US", "IN", "BR", "DE", "ES", "TR", "VN", "PL", "NG", "FR", "IT", "MX", "KR", "JP", "NL", "IE"]
DEVICES = [
    "iPhone 13",
    "iPhone 14 Pro",
    "iPhone 11",
    "iPhone 15",
    "Samsung Galaxy S22",
    "Galaxy A54",
    "Pixel 7a",
    "Redmi Note 12",
    "OnePlus 11",
    "iPad Air (5th gen)",
    "Galaxy Tab S8",
    "Moto G84",
    "Oppo A78",
    "Xiaomi 13T",
]
LAPTOPS = [
    "MacBook Air M1",
    'MacBook Pro 14"',
    "Lenovo ThinkPad T14",
    "HP Pavilion 15",
    "Dell XPS 13",
    "ASUS VivoBook 15",
    "Surface Laptop 4",
    "Acer Aspire 5",
]
FAULTS = [
    "cracked screen",
    "won't charge",
    "water damage",
    "battery swelling",
    "boot loop",
    "no sound in calls",
    "Face ID not working",
    "back glass broken",
    "charging port loose",
    "camera blurry",
]


def dev_serial(r, dev):
    return (
        core.apple_serial(r)
        if ("iPhone" in dev or "iPad" in dev or "Mac" in dev)
        else core.samsung_serial(r)
        if ("Galaxy" in dev or "Samsung" in dev)
        else core.laptop_serial(r)
    )


def r_intake(r):
    d = Doc()
    cc = r.choice(REP_CC)
    c = P.person(r, cc, born=(1950, 2008))
    dev = r.choice(DEVICES)
    d.f(
        "{shop} — REPAIR TICKET #{tk}\nDate in: {dt}\n\nCustomer: {n}\nPhone: {p}\nEmail: {e}\n\nDevice: {dev}\n"
        "IMEI: {imei}\nSerial: {sn}\nPasscode: {pc}\nFault: {f}\nCondition notes: {cn}\nQuote: {q}\n",
        shop=r.choice(["FixIt Phone Repairs", "Mobile Doctor", "iCare Repair Centre", "Screen Clinic", "TechMedic"]),
        tk=core.digits(r, 5),
        dt=dt(r),
        n=N(r, c),
        p=ph(r, cc),
        e=email(r, c),
        dev=dev,
        imei=(core.imei(r), "DEVICE_ID"),
        sn=(dev_serial(r, dev), "DEVICE_ID"),
        pc=(
            core.digits(r, r.choice([4, 6]))
            if r.random() < 0.8
            else r.choice(["L-shape pattern 1-4-7-8-9", "Z pattern"]),
            "CREDENTIAL",
        ),
        f=r.choice(FAULTS),
        cn=typo(r, r.choice(["scratches on frame", "bent corner", "no SIM tray", "case left with device"])),
        q={
            "GB": "£89",
            "US": "$129",
            "IN": "₹4,500",
            "BR": "R$ 380",
            "TR": "₺2.400",
            "VN": "1.200.000₫",
            "PL": "349 zł",
            "NG": "₦45,000",
            "MX": "$1,850 MXN",
            "KR": "₩180,000",
            "JP": "¥16,800",
        }.get(cc, "€75"),
    )
    if r.random() < 0.4:
        d.f("Customer address for courier return: {a}\n", a=full_addr(r, cc))
    if r.random() < 0.3:
        d.f("iCloud/Google account on device: {e2}\n", e2=email(r, c))
    return d


def r_recovery(r):
    d = Doc()
    cc = r.choice(REP_CC)
    c = P.person(r, cc, born=(1955, 2004))
    dev = r.choice(DEVICES + LAPTOPS)
    d.f(
        "DATA RECOVERY REPORT\nJob {job} for {n} ({p})\nMedia: {dev}, serial {sn}\nResult: {res}\n\nFolders of note "
        "(for customer verification only):\n",
        job=core.digits(r, 6),
        n=N(r, c),
        p=ph(r, cc),
        dev=dev,
        sn=(dev_serial(r, dev), "DEVICE_ID"),
        res=r.choice(["93% recovered", "full image taken", "partial — NAND damage"]),
    )
    items = r.sample(range(7), r.randint(3, 5))
    for k in items:
        d.t("- ")
        if k == 0:
            d.f("WhatsApp backup, contacts incl. '{n2}' {p2}\n", n2=N(r, P.person(r, cc)), p2=ph(r, cc))
        elif k == 1:
            d.f("scan of passport {pp} (holder {n})\n", pp=P.passport(r, c), n=N(r, c, "upper"))
        elif k == 2:
            d.f("Notes app: 'bank pin {pin}, netflix {pw}'\n", pin=pin(r), pw=password(r))
        elif k == 3:
            d.f(
                "PDF hospital letter re {m}, prescribing {med}\n",
                m=(r.choice(MED_EN), "MEDICAL_CONDITION"),
                med=(r.choice(MEDS), "MEDICAL_CONDITION"),
            )
        elif k == 4:
            d.f("23andMe export: {g}\n", g=(r.choice(GENETIC), "GENETIC_DATA"))
        elif k == 5:
            d.f(
                "photos geotagged {g} (home?)\n",
                g=("%.5f, %.5f" % (r.uniform(-35, 60), r.uniform(-120, 140)), "GEO_COORDINATES"),
            )
        else:
            d.f("Grindr cache — profile says {o}\n", o=(r.choice(ORIENT), "SEXUAL_ORIENTATION"))
    d.f("\nData returned on encrypted USB, password {pw} sent by SMS.\n", pw=(core.token(r, 10), "CREDENTIAL"))
    return d


def r_warranty(r):
    d = Doc()
    cc = r.choice(REP_CC)
    c = P.person(r, cc, born=(1960, 2005))
    dev = r.choice(DEVICES)
    d.f(
        "Warranty claim — manufacturer portal copy\nClaimant: {n}\nAddress: {a}\nContact: {p} / {e}\n"
        "Product: {dev}\nIMEI 1: {i1}\nIMEI 2: {i2}\nSerial: {sn}\nPurchase date: {pd}\nIssue: {iss}\n"
        'Customer states: "{q}"\n',
        n=N(r, c),
        a=full_addr(r, cc),
        p=ph(r, cc),
        e=email(r, c),
        dev=dev,
        i1=(core.imei(r), "DEVICE_ID"),
        i2=(core.imei(r), "DEVICE_ID"),
        sn=(dev_serial(r, dev), "DEVICE_ID"),
        pd=dt(r, 2024),
        iss=r.choice(FAULTS),
        q=typo(
            r,
            r.choice(
                [
                    "it just died overnight, never dropped it",
                    "screen went green lines after update",
                    "speaker crackles since day one",
                ]
            ),
        ),
    )
    return d


def r_police(r):
    d = Doc()
    cc = r.choice(["GB", "GB", "US", "IE", "NL", "DE", "ES"])
    sel = P.person(r, cc, born=(1975, 2005))
    off = P.person(r, cc)
    dev = r.choice(DEVICES)
    d.f(
        "Second-hand purchase check\nDevice offered: {dev}, IMEI {imei}\nSeller: {n}\nID shown: {idt} {idv}\n"
        "Seller address: {a}\nCheckMEND / stolen register: {res}\n",
        dev=dev,
        imei=(core.imei(r), "DEVICE_ID"),
        n=N(r, sel),
        idt=natid(r, sel)[0] if cc != "US" else "driver license",
        idv=(core.us_dl(r, r.choice(list(core.US_STATES))), "US_DRIVER_LICENSE") if cc == "US" else natid(r, sel)[1],
        a=full_addr(r, cc),
        res=r.choice(["FLAGGED — reported stolen", "FLAGGED — blocked by network", "clear"]),
    )
    d.f(
        "Officer {o} (collar {col}) attended {t}; informed us seller was previously {cr}. Phone retained as evidence.\n"
        "Plate of seller's car: {pl}\n",
        o=N(r, off),
        col=core.digits(r, 4),
        t=hm(r),
        cr=(r.choice(CRIMES), "CRIMINAL_HISTORY"),
        pl=(P.plate(r, cc), "VEHICLE_PLATE"),
    )
    return d


def r_complaint(r):
    d = Doc()
    cc = r.choice(["GB", "US", "IE", "IN", "NG", "CA"])
    c = P.person(r, cc, born=(1960, 2004))
    mgr = P.person(r, cc)
    d.f(
        "From: {e}\nSubject: {subj}\n\nHi {m},\n\n",
        e=email(r, c),
        subj=r.choice(
            ["Complaint - ticket " + core.digits(r, 5), "my phone came back WORSE", "Data deleted without consent"]
        ),
        m=F(mgr),
    )
    d.t(typo(r, "I left my phone with you on Monday for a screen replacement and you've wiped everything. "))
    d.f(
        "The techician clearly went through my photos - my ex-partner {x} says someone from your shop messaged "
        "them from my Instagram ({ig}, {igu}). My passcode {pc} was only for testing the screen!\n\n"
        "I want a refund to my card {card} and an explanation. Call me on {p} or I'm going to Trading Standards.\n\n"
        "{n}\n{a}\n",
        x=F(P.person(r, cc)),
        ig=user(r, c),
        igu=url(r, c),
        pc=pin(r, 6),
        card=(core.credit_card(r), "CREDIT_CARD"),
        p=ph(r, cc),
        n=N(r, c, "full"),
        a=full_addr(r, cc),
    )
    return d


def r_chat(r):
    d = Doc()
    cc = r.choice(["GB", "IN", "BR", "ES", "NG", "DE", "MX"])
    c = P.person(r, cc, born=(1965, 2006))
    shop = r.choice(["Mobile Doctor", "FixIt", "TechMedic"])
    msgs = {
        "BR": [
            ("c", "Oi, o {dev} tá pronto?"),
            ("s", "Quase! Qual a senha da tela? Precisa pra testar o Face ID"),
            ("c", "{pc}"),
            ("s", "Pode mandar seu CPF pra nota fiscal?"),
            ("c", "{cpf}"),
            ("s", "Entregamos no endereço {a}?"),
            ("c", "sim, meu outro número é {p}"),
        ],
        "ES": [
            ("c", "Hola, ¿está listo mi {dev}?"),
            ("s", "Sí. ¿Nos pasas el código de desbloqueo?"),
            ("c", "{pc}"),
            ("s", "Para la factura necesitamos DNI"),
            ("c", "{dni}"),
            ("s", "¿Lo enviamos a {a}?"),
            ("c", "sí, o llama a mi pareja al {p}"),
        ],
        "MX": [
            ("c", "Buenas, ¿ya quedó el {dev}?"),
            ("s", "Sí, ¿me pasas el patrón o PIN?"),
            ("c", "{pc}"),
            ("s", "Para la garantía pásanos tu CURP"),
            ("c", "{curp}"),
            ("s", "¿Domicilio de entrega?"),
            ("c", "{a}"),
        ],
        "DE": [
            ("c", "Hallo, ist mein {dev} fertig?"),
            ("s", "Fast. Wie ist der Entsperrcode?"),
            ("c", "{pc}"),
            ("s", "Rechnung an welche Adresse?"),
            ("c", "{a}"),
            ("s", "Und Ihre Handynummer für die Abholung?"),
            ("c", "{p}"),
        ],
    }.get(
        cc,
        [
            ("c", "hi is my {dev} ready yet"),
            ("s", "Nearly! What's the passcode? Need it to test Face ID"),
            ("c", "{pc}"),
            ("s", "Cool. Shall we courier it to {a}?"),
            ("c", "yes pls or call my brother {p2} if I'm out"),
            ("s", "Also found a SIM in there, number {p}?"),
            ("c", "yeah thats mine, the {dev} was my dads"),
        ],
    )
    d.f("WhatsApp · {shop} ↔ {n}\n", shop=shop, n=N(r, c))
    dev = r.choice(DEVICES)
    pc = (core.digits(r, 6), "CREDENTIAL")
    for who, m in msgs:
        d.f(
            "{t} - {w}: ",
            t=hm(r),
            w=(shop, None)
            if who == "s"
            else (c.first() if r.random() < 0.6 else c.full.lower() if c.script == "latin" else c.full, "PERSON"),
        )
        kw = dict(dev=dev, pc=pc, a=full_addr(r, cc, postcode=False), p=ph(r, cc), p2=ph(r, cc))
        if "{cpf}" in m:
            kw["cpf"] = (core.cpf(r), "NATIONAL_ID")
        if "{dni}" in m:
            kw["dni"] = (core.dni(r) if r.random() < 0.6 else core.nie(r), "NATIONAL_ID")
        if "{curp}" in m:
            kw["curp"] = natid(r, c)[1]
        d.f(m, **kw).t("\n")
    return d


def r_laptop(r):
    d = Doc()
    cc = r.choice(REP_CC)
    c = P.person(r, cc, born=(1960, 2005))
    lap = r.choice(LAPTOPS)
    d.f(
        "Workshop job card — {lap}\nOwner: {n}   Tel: {p}\nSerial: {sn}\nWi-Fi MAC: {mac}\nEthernet MAC: {mac2}\n"
        "Windows/macOS user: {u}  password: {pw}\n",
        lap=lap,
        n=N(r, c),
        p=ph(r, cc),
        sn=(dev_serial(r, lap), "DEVICE_ID"),
        mac=(core.mac(r), "MAC_ADDRESS"),
        mac2=(core.mac(r), "MAC_ADDRESS"),
        u=user(r, c),
        pw=password(r),
    )
    if "Mac" not in lap:
        key = "-".join(core.digits(r, 6) for _ in range(8))
        d.f("BitLocker recovery key: {k}\n", k=(key, "CREDENTIAL"))
    d.f(
        "Last seen on customer's home network at {ip} (router log provided by customer).\nWork: {w}\n",
        ip=(core.ipv4(r), "IP_ADDRESS"),
        w=r.choice(["SSD replaced, OS reinstalled", "keyboard replaced", "fan cleaned, thermal paste", "hinge repair"]),
    )
    return d


def r_buyback(r):
    d = Doc()
    cc = r.choice(["GB", "US", "IN", "DE", "NL", "PL", "TR", "KR"])
    c = P.person(r, cc, born=(1960, 2006))
    dev = r.choice(DEVICES)
    nm_, idv = natid(r, c)
    if cc == "US":
        d.f("Tax ID for payouts (ITIN): {i}\n", i=(core.itin(r), "US_ITIN"))
    d.f(
        "TRADE-IN / BUYBACK FORM\nSeller: {n}\nDOB: {dob}\nAddress: {a}\nID document: {idn} {idv}\n"
        "Device: {dev}  IMEI {imei}\nPayment to: {pay}\nSeller declares device is theirs and free of finance.\n",
        n=N(r, c),
        dob=dob(r, c),
        a=full_addr(r, cc),
        idn=nm_ if cc != "US" else "Driver license",
        idv=idv if cc != "US" else (core.us_dl(r, r.choice(list(core.US_STATES))), "US_DRIVER_LICENSE"),
        dev=dev,
        imei=(core.imei(r), "DEVICE_ID"),
        pay=(core.iban(r, cc), "IBAN_CODE")
        if cc in core._IBAN_BBAN
        else [
            ("account ", None),
            (core.us_account(r), "US_BANK_NUMBER"),
            (" routing ", None),
            (core.aba(r), "ABA_ROUTING_NUMBER"),
        ]
        if cc == "US"
        else (core.digits(r, 12, True), "US_BANK_NUMBER"),
    )
    return d


def r_foreign(r):
    d = Doc()
    cc = r.choice(["IN", "TR", "VN", "PL", "JP", "KR", "IT", "FR"])
    c = P.person(r, cc, born=(1965, 2006), script="native" if cc in ("IN", "JP", "KR") else "latin")
    dev = r.choice(DEVICES)
    kw = dict(
        n=N(r, c),
        p=ph(r, cc),
        imei=(core.imei(r), "DEVICE_ID"),
        dev=dev,
        pc=pin(r, 6),
        a=full_addr(r, cc, c.script, postcode=False),
        e=email(r, c),
    )
    tpl = {
        "IN": "मोबाइल रिपेयर टिकट\nग्राहक: {n}\nफ़ोन: {p}\nडिवाइस: {dev}\nIMEI: {imei}\nपासकोड: {pc}\nपता: {a}\n"
        "समस्या: डिस्प्ले टूटा है, customer bola kal tak chahiye\n",
        "TR": "Teknik servis formu\nMüşteri: {n}\nTel: {p}\nCihaz: {dev}\nIMEI: {imei}\nEkran şifresi: {pc}\nAdres: {a}\n"
        "Arıza: şarj olmuyor, sıvı teması var\n",
        "VN": "PHIẾU SỬA CHỮA\nKhách hàng: {n}\nSĐT: {p}\nMáy: {dev}\nIMEI: {imei}\nMật khẩu màn hình: {pc}\nĐịa chỉ: {a}\n"
        "Lỗi: vỡ màn hình, mất vân tay\n",
        "PL": "Zlecenie serwisowe\nKlient: {n}\nTelefon: {p}\nE-mail: {e}\nUrządzenie: {dev}\nIMEI: {imei}\nKod blokady: {pc}\n"
        "Adres: {a}\nUsterka: nie ładuje się\n",
        "JP": "修理受付票\nお客様氏名: {n}\n電話番号: {p}\n機種: {dev}\nIMEI: {imei}\nパスコード: {pc}\n住所: {a}\n症状: 画面割れ\n",
        "KR": "수리 접수증\n고객명: {n}\n연락처: {p}\n모델: {dev}\nIMEI: {imei}\n잠금 비밀번호: {pc}\n주소: {a}\n증상: 배터리 부풀음\n",
        "IT": "Scheda riparazione\nCliente: {n}\nCell.: {p}\nEmail: {e}\nDispositivo: {dev}\nIMEI: {imei}\nCodice sblocco: {pc}\n"
        "Indirizzo: {a}\nDifetto: vetro posteriore rotto\n",
        "FR": "Fiche de prise en charge\nClient : {n}\nTél : {p}\nMail : {e}\nAppareil : {dev}\nIMEI : {imei}\n"
        "Code de déverrouillage : {pc}\nAdresse : {a}\nPanne : ne s'allume plus\n",
    }[cc]
    d.f(tpl, **kw)
    return d


def r_short(r):
    d = Doc()
    cc = r.choice(REP_CC)
    c = P.person(r, cc, born=(1960, 2008))
    dev = r.choice(DEVICES)
    style = r.randint(0, 2)
    if style == 0:
        d.f(
            "{n} {p} {dev} scrn £{pr} pin {pc} imei {imei} pick up tmrw\n",
            n=N(r, c, "lower"),
            p=ph(r, cc, "raw"),
            dev=dev,
            pr=r.randint(49, 249),
            pc=pin(r),
            imei=(core.imei(r, False), "DEVICE_ID"),
        )
    elif style == 1:
        kid = P.relative(r, c, born=(2010, 2016))
        d.f(
            "Parent {n} dropped off {k}'s ({a}) {dev} — kid locked out, parent gives pin {pc}. Contact {e} / {p}\n",
            n=N(r, c),
            k=F(kid),
            a=age(kid.age()),
            dev=dev,
            pc=pin(r),
            e=email(r, c),
            p=ph(r, cc),
        )
    else:
        d.f(
            "Collected by {n2} on behalf of {n} — ID checked ({idv}). IMEI {imei} matched. Serial {sn}.\n",
            n2=N(r, P.person(r, cc)),
            n=N(r, c),
            idv=natid(r, c)[1] if cc != "US" else (core.ssn(r), "US_SSN"),
            imei=(core.imei(r), "DEVICE_ID"),
            sn=(dev_serial(r, dev), "DEVICE_ID"),
        )
    return d


REPAIR = [r_intake, r_recovery, r_warranty, r_police, r_complaint, r_chat, r_laptop, r_buyback, r_foreign, r_short]

# ============================================================== student housing
ST_CC = [
    "GB",
    "GB",
    "CN",
    "IN",
    "NG",
    "PK",
    "US",
    "DE",
    "FR",
    "ES",
    "IT",
    "GR",
    "KR",
    "VN",
    "BD",
    "EG",
    "TR",
    "BR",
    "MX",
    "IE",
    "PL",
    "JP",
    "GH",
    "KE",
]
HALLS = [
    "Cedar Court",
    "Riverside Halls",
    "Marlowe House",
    "Northgate Village",
    "Kingfisher Residences",
    "The Foundry",
    "Elm Tree Halls",
    "Orchard Quarter",
]
UNI_CITY = [
    "Leeds",
    "Sheffield",
    "Manchester",
    "Nottingham",
    "Coventry",
    "Bristol",
    "Cardiff",
    "Glasgow",
    "Newcastle",
    "Leicester",
    "Exeter",
    "Dundee",
    "Belfast",
    "Lancaster",
]


def student(r, cc=None, **kw):
    cc = cc or r.choice(ST_CC)
    return P.person(r, cc, born=(2001, 2008), **kw)


def s_application(r):
    d = Doc()
    s = student(r)
    d.f(
        "ACCOMMODATION APPLICATION 2025/26\nStudent ID: {sid}\nName: {n}\nPreferred name: {pn}\nDate of birth: {dob}\n"
        "Nationality: {nat}\nHome address: {a}\nMobile: {p}\nPersonal email: {e}\n\nHall preference: 1) {h1} 2) {h2}\n"
        "Room type: {rt}\n",
        sid=core.digits(r, 9),
        n=N(r, s),
        pn=F(s),
        dob=dob(r, s),
        nat=P.C[s.cc]["country"],
        a=full_addr(r, s.cc, s.script),
        p=ph(r, s.cc),
        e=email(r, s),
        h1=r.choice(HALLS),
        h2=r.choice(HALLS),
        rt=r.choice(["en-suite", "studio", "standard shared bathroom"]),
    )
    if r.random() < 0.5:
        d.f(
            "Disability/medical needs: {m} — ground floor requested\n",
            m=(
                r.choice(["epilepsy", "cerebral palsy", "type 1 diabetes", "autism", "ME/CFS", "severe anxiety"]),
                "MEDICAL_CONDITION",
            ),
        )
    if r.random() < 0.4:
        d.f("Portfolio / social: {u}\n", u=url(r, s))
    if r.random() < 0.35:
        d.f("Gender identity: {g} — would like a gender-neutral flat\n", g=(r.choice(GENDER[:6]), "GENDER_IDENTITY"))
    if r.random() < 0.3:
        d.f(
            "Equality monitoring — ethnicity: {e}; sexual orientation: {o}\n",
            e=(r.choice(ETHNIC), "ETHNIC_ORIGIN"),
            o=(r.choice(ORIENT + ["heterosexual"]), "SEXUAL_ORIENTATION"),
        )
    if s.age() < 18:
        d.f(
            "Under 18 at enrolment (age {a}) — under-18 agreement required, parent: {par}\n",
            a=age(s.age()),
            par=N(r, P.relative(r, s, born=(1965, 1985))),
        )
    return d


def s_welfare(r):
    d = Doc()
    s = student(r)
    w = P.person(r, "GB")
    d.f(
        "WELFARE REFERRAL — CONFIDENTIAL\nReferred by: {w}, Residence Life Assistant\nStudent: {n} ({sid})\n"
        "Hall/flat: {h}, flat {fl}\nAge: {a}\nPhone: {p}\n\nConcern: {c}\n",
        w=N(r, w),
        n=N(r, s),
        sid=core.digits(r, 8),
        h=r.choice(HALLS),
        fl="%d%s" % (r.randint(1, 9), r.choice("ABCDEF")),
        a=age(s.age()),
        p=ph(r, s.cc),
        c=typo(
            r,
            r.choice(
                [
                    "Flatmates report student not leaving room for 5 days, curtains closed.",
                    "Student disclosed self-harm during a fire-alarm evacuation.",
                    "Student crying in reception, says she has stopped eating.",
                    "Student intoxicated and distressed at 3am, mentioned not wanting to be here.",
                ]
            ),
        ),
    )
    d.f(
        "Known diagnoses: {d1}; medication {m}\nGP registered: {gp}\n",
        d1=(
            r.choice(
                [
                    "depression",
                    "anorexia nervosa",
                    "bipolar II",
                    "PTSD",
                    "OCD",
                    "emotionally unstable personality disorder",
                ]
            ),
            "MEDICAL_CONDITION",
        ),
        m=(r.choice(["sertraline 100mg", "quetiapine", "fluoxetine 20mg", "lithium"]), "MEDICAL_CONDITION"),
        gp=r.choice(["University Health Centre", "not registered"]),
    )
    if r.random() < 0.4:
        d.f(
            "Student is {o} and says family at home in {c} does not know; fears being outed.\n",
            o=(r.choice(ORIENT[:4]), "SEXUAL_ORIENTATION"),
            c=loc(r, s.cc),
        )
    d.f(
        "Action: same-day appointment with Wellbeing; emergency contact {ec} ({ep}) NOT contacted (student declined).\n",
        ec=N(r, P.relative(r, s, born=(1965, 1985))),
        ep=ph(r, s.cc, "intl"),
    )
    return d


def s_discipline(r):
    d = Doc()
    s = student(r)
    d.f(
        "STUDENT CONDUCT — Residential Misconduct Record\nCase {cn}\nStudent: {n}\nDOB: {dob}\nRoom: {h} {rm}\n\n"
        "Allegation: {al}\n",
        cn="RM-%d-%04d" % (r.randint(2023, 2025), r.randint(1, 9999)),
        n=N(r, s),
        dob=dob(r, s),
        h=r.choice(HALLS),
        rm=core.digits(r, 3),
        al=r.choice(
            [
                "cannabis smell reported repeatedly",
                "fire extinguisher discharged",
                "party with 40 guests, noise complaints",
                "damage to kitchen door",
            ]
        ),
    )
    d.f(
        "Outcome: {o}\nCriminal matter: student was {cr}; disclosed under Fitness to Study policy.\n"
        "Hearing panel: {p1}, {p2}\nVehicle on site without permit: {pl}\n",
        o=r.choice(["written warning", "£150 fine", "relocation to another hall", "eviction"]),
        cr=(
            r.choice(
                [
                    "arrested for possession with intent to supply",
                    "cautioned for criminal damage",
                    "charged with sexual assault",
                    "convicted of drink-driving",
                ]
            ),
            "CRIMINAL_HISTORY",
        ),
        p1=N(r, P.person(r, "GB")),
        p2=N(r, P.person(r, "GB")),
        pl=(P.plate(r, "GB"), "VEHICLE_PLATE"),
    )
    return d


def s_visa(r):
    d = Doc()
    s = student(r, r.choice(["CN", "IN", "NG", "PK", "US", "KR", "VN", "BD", "EG", "TR", "BR", "MX", "JP", "GH", "KE"]))
    d.f(
        "International Student Compliance Check\nName (as passport): {n}\nDOB: {dob}\nPassport no.: {pp}\n"
        "Passport issue place: {pl}\nBRP/eVisa share code: {bc}\nUKVI ref: {ukvi}\nCAS: {cas}\nCourse start: {cs}\n"
        "UK address: {a}\nOverseas address: {oa}\nPhone (UK): {p}  (home): {hp}\n",
        n=N(r, s, "upper"),
        dob=dob(r, s),
        pp=P.passport(r, s),
        pl=loc(r, s.cc),
        bc=("R" + core.letters(r, 2) + core.digits(r, 6), "NATIONAL_ID"),
        ukvi=core.digits(r, 4) + "-" + core.digits(r, 4),
        cas="E4G" + core.letters(r, 3) + core.digits(r, 8),
        cs=dt(r),
        a=full_addr(r, "GB"),
        oa=full_addr(r, s.cc, s.script),
        p=ph(r, "GB"),
        hp=ph(r, s.cc, "intl"),
    )
    nm_, v = natid(r, s)
    d.f("Home country ID ({nm}): {v}\n", nm=nm_, v=v)
    if s.cc == "US":
        d.f(
            "US tax ID for scholarship: {i}\n",
            i=(core.itin(r), "US_ITIN") if r.random() < 0.5 else (core.ssn(r), "US_SSN"),
        )
    return d


def s_guarantor(r):
    d = Doc()
    s = student(r, r.choice(["GB", "GB", "IE", "DE", "FR", "ES", "IT", "PL", "NL", "GR"]))
    g = P.relative(r, s, born=(1962, 1982))
    cc = g.cc
    d.f(
        "GUARANTOR AGREEMENT — {h}\nTenant (student): {sn}\nGuarantor: {gn}\nRelationship: {rel}\nDOB: {dob}\n"
        "Address: {a}\nEmail: {e}  Tel: {p}\nEmployer: {emp}\n",
        h=r.choice(HALLS),
        sn=N(r, s),
        gn=N(r, g),
        rel="mother" if g.female else "father",
        dob=dob(r, g),
        a=full_addr(r, cc),
        e=email(r, g),
        p=ph(r, cc),
        emp=r.choice(["NHS Trust", "self-employed", "Siemens", "local council", "retired"]),
    )
    nm_, v = natid(r, g)
    d.f("{nm}: {v}\n", nm=nm_, v=v)
    d.f(
        "Bank for rent default: IBAN {i}\nSigned by guarantor ______\n",
        i=(core.iban(r, cc if cc in core._IBAN_BBAN else "GB"), "IBAN_CODE"),
    )
    return d


def s_roommate(r):
    d = Doc()
    a_, b_ = student(r), student(r)
    d.f(
        "Flat dispute — mediation notes\nFlat {fl}, {h}\nParties: {a} and {b}\n\n",
        fl="%d%s" % (r.randint(1, 9), r.choice("ABCDEF")),
        h=r.choice(HALLS),
        a=N(r, a_),
        b=N(r, b_),
    )
    d.f(
        "{a} says {b} brings partner {x} every night and uses her food. {b} says {a} posted about her on TikTok "
        "(account {u}) calling her a '{slur}'.\n",
        a=F(a_),
        b=F(b_),
        x=N(r, P.person(r, "GB", born=(1995, 2005))),
        u=user(r, a_),
        slur="freak",
    )
    d.f(
        "{b} disclosed she is {gi} and feels targeted. {a} has {m} and says the noise triggers attacks.\n",
        b=F(b_),
        gi=(r.choice(["non-binary", "a trans woman", "genderfluid"]), "GENDER_IDENTITY"),
        a=F(a_),
        m=(r.choice(["panic disorder", "migraines", "PTSD", "tinnitus"]), "MEDICAL_CONDITION"),
    )
    d.f(
        "Agreed: cleaning rota, quiet hours 23:00-07:00. Review {dt}. Contacts: {pa} / {pb}\n",
        dt=dt(r),
        pa=ph(r, a_.cc),
        pb=ph(r, b_.cc),
    )
    return d


def s_emergency(r):
    d = Doc()
    d.f("EMERGENCY CONTACTS — {h}, block {bl}\n", h=r.choice(HALLS), bl=r.choice("ABCDE"))
    d.t("Room | Student | Contact | Relationship | Number\n")
    for _ in range(r.randint(4, 7)):
        s = student(r)
        k = P.relative(r, s, born=(1962, 1985))
        d.f("{rm} | ", rm=core.digits(r, 3)).add(N(r, s, "formal" if r.random() < 0.4 else None)).t(" | ").add(N(r, k))
        d.f(" | {rel} | ", rel="mother" if k.female else "father").add(ph(r, k.cc, "intl")).t("\n")
    d.t("Out-of-hours duty phone: see reception.\n")
    return d


def s_native(r):
    d = Doc()
    cc = r.choice(["CN", "KR", "IN", "EG", "PK", "ES", "VN", "GR", "JP", "UA"])
    s = student(r, cc, script="native" if cc in ("CN", "KR", "IN", "EG", "PK", "GR", "JP", "UA") else "latin")
    m = P.relative(r, s, female=True, born=(1965, 1985))
    kw = dict(
        n=N(r, s, "full"),
        m=N(r, m, "full"),
        p=ph(r, cc, "intl"),
        a=addr(r, cc, s.script),
        h=r.choice(HALLS),
        e=email(r, s),
        pp=P.passport(r, s),
        dob=dob(r, s, P.lang_date_style(cc)),
        c=loc(r, cc, s.script),
    )
    tpl = {
        "CN": (
            "学生留言（宿舍服务台转交）\n我是{n}，住在{h}。我妈妈{m}下周从{c}来看我，她的电话是{p}。"
            "我最近{med}，在吃{drug}，请不要告诉我的室友。护照号{pp}。\n",
            dict(med=("焦虑症", "MEDICAL_CONDITION"), drug=("舍曲林", "MEDICAL_CONDITION")),
        ),
        "KR": (
            "기숙사 상담 메모\n학생: {n} (생년월일 {dob})\n보호자: {m}, 연락처 {p}\n주소: {c} {a}\n학생이 {med} 진단을 받았다고 함.\n",
            dict(med=("우울증", "MEDICAL_CONDITION")),
        ),
        "IN": (
            "छात्रावास को संदेश\nमेरा नाम {n} है, जन्मतिथि {dob}। मेरी माँ {m} का नंबर {p} है। घर का पता: {a}, {c}।"
            " मुझे {med} है, कृपया कमरा भूतल पर दें।\n",
            dict(med=("मधुमेह", "MEDICAL_CONDITION")),
        ),
        "EG": (
            "رسالة إلى سكن الطلاب\nأنا {n}، تاريخ الميلاد {dob}. والدتي {m} رقمها {p}. عنواني في مصر: {a}، {c}."
            " أعاني من {med}.\n",
            dict(med=("السكري", "MEDICAL_CONDITION")),
        ),
        "PK": (
            "ہاسٹل انتظامیہ کے نام\nمیرا نام {n} ہے۔ میری والدہ {m} کا نمبر {p} ہے۔ شہر: {c}۔ مجھے {med} ہے۔\n",
            dict(med=("دمہ", "MEDICAL_CONDITION")),
        ),
        "ES": (
            "Nota para residencia\nSoy {n}, nacida el {dob}. Mi madre, {m}, vive en {a}, {c}, tel. {p}. Tengo {med} "
            "y necesito nevera en la habitación para la insulina. Pasaporte {pp}.\n",
            dict(med=("diabetes tipo 1", "MEDICAL_CONDITION")),
        ),
        "VN": (
            "Ghi chú gửi ký túc xá\nEm là {n}, sinh ngày {dob}. Mẹ em là {m}, số điện thoại {p}, địa chỉ {a}, {c}. "
            "Em bị {med}.\n",
            dict(med=("hen suyễn", "MEDICAL_CONDITION")),
        ),
        "GR": (
            "Σημείωμα προς τη φοιτητική εστία\nΕίμαι {n}, γεννήθηκα {dob}. Η μητέρα μου {m}, τηλ. {p}, διεύθυνση {a}, {c}. "
            "Έχω {med}.\n",
            dict(med=("επιληψία", "MEDICAL_CONDITION")),
        ),
        "JP": (
            "寮への連絡票\n氏名：{n}\n生年月日：{dob}\n母：{m}（{p}）\n住所：{c}{a}\n持病：{med}\n",
            dict(med=("喘息", "MEDICAL_CONDITION")),
        ),
        "UA": (
            "Записка для гуртожитку\nЯ {n} (дата народження {dob}). Мама — {m}, тел. {p}, адреса: {a}, {c}. "
            "У мене {med}.\n",
            dict(med=("епілепсія", "MEDICAL_CONDITION")),
        ),
    }[cc]
    kw.update(tpl[1])
    d.f(tpl[0], **kw)
    return d


def s_network(r):
    d = Doc()
    s = student(r)
    d.f(
        "ResNet device registration\nStudent: {n}\nUsername: {u}\nRoom: {h} {rm}\n",
        n=N(r, s),
        u=(
            r.choice([core.letters(r, 2).lower() + core.digits(r, 3) + core.letters(r, 2).lower(), handle_str(r, s)]),
            "USERNAME",
        ),
        h=r.choice(HALLS),
        rm=core.digits(r, 3),
    )
    for _ in range(r.randint(2, 4)):
        d.f(
            "  {dev}  MAC {mac}  lease {ip}\n",
            dev=r.choice(["laptop", "PS5", "Nintendo Switch", "Smart TV", "phone", "Echo Dot"]),
            mac=(core.mac(r), "MAC_ADDRESS"),
            ip=(core.ipv4(r, private=True) if r.random() < 0.5 else core.ipv6(r), "IP_ADDRESS"),
        )
    d.f(
        "Copyright notice received for torrent traffic from {ip} — first warning.\nTemp Wi-Fi password issued: {pw}\n",
        ip=(core.ipv4(r), "IP_ADDRESS"),
        pw=password(r),
    )
    return d


def s_us(r):
    d = Doc()
    s = student(r, "US")
    st = r.choice(list(core.US_STATES))
    d.f(
        "Office of Residence Life — housing contract\nStudent: {n}\nDOB: {dob}\nPermanent address: {a}\nCell: {p}\n"
        "Email: {e}\nSSN (billing/1098-T): {ssn}\nParking permit plate: {pl} ({st})\nDriver license: {dl}\n"
        "Passport (study abroad): {upp}\nMeal plan: {mp}\nRoommate request: {rm}\nAccommodations (Disability Services): {acc}\n",
        n=N(r, s),
        dob=dob(r, s, "mdy/"),
        a=[addr(r, "US"), ", "] + loc(r, "US"),
        p=ph(r, "US"),
        e=email(r, s),
        ssn=(core.ssn(r), "US_SSN"),
        pl=(P.plate(r, "US"), "VEHICLE_PLATE"),
        st=(st, "LOCATION"),
        dl=(core.us_dl(r, st), "US_DRIVER_LICENSE"),
        upp=(core.us_passport(r), "US_PASSPORT"),
        mp=r.choice(["Unlimited", "Block 150", "Commuter"]),
        rm=N(r, student(r, "US")),
        acc=(
            r.choice(["ADHD", "type 1 diabetes", "Crohn's disease", "autism spectrum disorder", "hearing loss"]),
            "MEDICAL_CONDITION",
        ),
    )
    if r.random() < 0.6:
        d.f("Parent guarantor ITIN: {i}\n", i=(core.itin(r), "US_ITIN"))
    if s.age() < 18:
        d.f("Minor at move-in (age {a}); parent co-signer: {par}\n", a=age(s.age()), par=N(r, P.relative(r, s)))
    return d


STUDENT = [
    s_application,
    s_welfare,
    s_discipline,
    s_visa,
    s_guarantor,
    s_roommate,
    s_emergency,
    s_native,
    s_network,
    s_us,
]
_unused = (CRIMES, GENETIC, dt, hm, locn, typo, S)
