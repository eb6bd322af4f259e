"""Register school_safeguarding: concern forms, incident logs, DSL chronologies, pastoral notes, contact sheets."""

from __future__ import annotations

import datetime as dt
import random

from common import per
from doc import Doc
from people import Person, email, make_child, make_person, username
from places import postcode, street, town
from terms import CRIMINAL, GENDER_ID, MEDICAL, MEDS, ORIENTATION, age_text, ethnic_for
from values import REF_DATE, fmt_date, gb_upn_value, national_id, phone, plate, us_driver_license, us_itin, us_ssn

SCHOOL_COUNTRIES = {
    "GB": (
        ["en_gb", "en_gb", "en_gb", "pl", "ro", "pa", "yo"],
        [
            "Oakfield Academy",
            "St Bede's RC High School",
            "Hillcrest Primary School",
            "Northgate Community College",
            "Riverside Youth Club",
        ],
    ),
    "US": (
        ["en_us", "en_us", "es"],
        ["Lincoln Middle School", "Roosevelt High School", "Eastside Boys & Girls Club", "Cedar Valley Elementary"],
    ),
    "IE": (
        ["en_ie", "en_ie", "pl", "ro"],
        ["Scoil Mhuire", "Coláiste Éanna", "St. Patrick's NS", "Ballymun Youth Reach"],
    ),
    "AU": (
        ["en_au", "en_au", "vi", "zh"],
        ["Parramatta West Public School", "Ipswich State High School", "Bayside PCYC", "St Mary's College"],
    ),
    "IN": (
        ["en_in", "pa", "te", "ml", "gu"],
        ["Delhi Public School", "Kendriya Vidyalaya No. 2", "St. Joseph's Convent", "Sri Chaitanya Techno School"],
    ),
    "ZA": (
        ["zu", "en_za", "zu"],
        ["Umlazi Comprehensive High", "Pinetown Girls' High", "Soweto Youth Hub", "Laerskool Voortrekker"],
    ),
    "CA": (
        ["en_ca", "en_ca", "pa", "fil"],
        ["Brampton Centennial SS", "École secondaire Saint-Laurent", "Winnipeg Youth Centre", "Riverdale Collegiate"],
    ),
}
STAFF_ROLES = [
    "DSL",
    "DDSL",
    "Head of Year",
    "Form Tutor",
    "TA",
    "SENCO",
    "Pastoral Lead",
    "School Nurse",
    "Counselor",
    "Youth Worker",
    "Class Teacher",
    "Principal",
    "Attendance Officer",
]


def _grade(country: str, age: int) -> str:
    if country == "GB":
        return f"Year {max(1, age - 4)}"
    if country == "AU":
        return f"Year {max(1, age - 5)}"
    if country == "IE":
        if age >= 12:
            return ["1st Year", "2nd Year", "3rd Year", "Transition Year", "5th Year", "6th Year"][min(5, age - 12)]
        n = max(1, age - 6)
        return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') } class"
    if country == "IN":
        roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        return f"Class {roman[min(11, max(0, age - 6))]}-{random.Random(age).choice('ABCD')}"
    return f"Grade {max(1, age - 5)}"


def _staff(rng: random.Random, code: str) -> Person:
    return make_person(rng, code, 24, 60)


def _initials(p: Person) -> str:
    parts = (p.firstname_lat() + " " + (p.surname_lat() if p.family_lat else "")).split()
    return "".join(x[0] for x in parts if x[0].isalpha()).upper()[:3]


def _title(p: Person) -> str:
    return "Ms" if p.female else "Mr"


class Ctx:
    def __init__(self, rng: random.Random) -> None:
        self.country = rng.choice(list(SCHOOL_COUNTRIES))
        codes, schools = SCHOOL_COUNTRIES[self.country]
        self.code = rng.choice(codes)
        self.school = rng.choice(schools)
        self.child = make_child(rng, self.code, 5, 17)
        self.mum = make_person(rng, self.code, 26, 48, female=True)
        while self.mum.given == self.child.given:
            self.mum = make_person(rng, self.code, 26, 48, female=True)
        if rng.random() < 0.6 and self.mum.family:
            self.child.family, self.child.family_lat = self.mum.family, self.mum.family_lat
            if self.code == "ms":
                self.child.family = self.child.family_lat = ""
        self.other = make_person(rng, rng.choice([self.code, self.code, "en_gb", "pl", "ro"]), 19, 52, female=False)
        self.staff = [
            _staff(rng, rng.choice(["en_gb", "en_us", "en_ie", "en_au", "en_in", "en_za", "en_ca", self.code]))
            for _ in range(3)
        ]
        self.town = town(rng, self.country if self.country != "US" or rng.random() < 0.9 else "MX")
        self.mum_phone = phone(rng, self.country, rng.choice(["natl", "compact", "intl"]))

    def cname(self, rng: random.Random) -> str:
        return self.child.full_lat() if rng.random() < 0.4 else self.child.firstname_lat()


def _narrative(rng: random.Random, d: Doc, x: Ctx) -> None:
    c = x.child
    cn = (c.firstname_lat(), "PERSON")
    slots = dict(
        c=cn,
        x=per(x.other.firstname_lat() if rng.random() < 0.5 else x.other.full_lat()),
        m=per(x.mum.full_lat() if rng.random() < 0.5 else x.mum.firstname_lat()),
        a=(str(x.other.age), "AGE"),
        pl=(plate(rng, x.country), "VEHICLE_PLATE"),
        u=(username(rng, x.other), "USERNAME"),
        st=(street(rng, x.country), "STREET_ADDRESS"),
        t=(x.town.latin, "LOCATION"),
        med=(rng.choice(MEDICAL), "MEDICAL_CONDITION"),
        ph=(phone(rng, x.country), "PHONE_NUMBER"),
        crim=(rng.choice(CRIMINAL), "CRIMINAL_HISTORY"),
        gid=(rng.choice(GENDER_ID), "GENDER_IDENTITY"),
        ori=(rng.choice(ORIENTATION[:6]), "SEXUAL_ORIENTATION"),
        nick=per(rng.choice(["Alex", "Sam", "Jay", "Rio", "Kai", "Charlie", "Max", "Ash"])),
        sib=per(make_child(rng, x.code, 4, 16).firstname_lat()),
        sa=(str(rng.randint(3, 9)), "MINOR_AGE"),
    )
    he = "she" if c.female else "he"
    her = "her" if c.female else "his"
    texts = [
        "{c} came to the office at break and said " + he + " didn't want to go home because {x} (mum's partner) "
        "'gets angry when he drinks'. Bruise approx 3cm on left forearm. {c} said 'it was an accident, I fell off my "
        "bike'.",
        "During PE {c} was reluctant to change. When asked, {c} said "
        + her
        + " 'boyfriend' {x} ({a}) picks "
        + her.replace("his", "him")
        + " up after school in a silver car, reg {pl}, and buys vapes and phone credit.",
        "{c} told the TA " + he + " has been talking to someone called {u} on Snapchat who asked for photos. "
        "Account says he is 16 but the voice note sounded much older. Screenshots saved to the log.",
        "{c} has missed period 5 three times this half-term. Seen by staff getting into a taxi outside {st}, {t}.",
        "{c} fell asleep in class again; says " + he + " is looking after little sister {sib} ({sa}) because mum {m} "
        "is 'poorly'. "
        "Mum has {med} per previous notes and has not answered calls on {ph}.",
        "{c}'s father {x} came to reception asking to collect "
        + her.replace("her", "her").replace("his", "him")
        + ". NB court order in place – no contact. Father was {crim}. Police called, 101 ref logged.",
        "{c} asked staff to use the name {nick} and they/them pronouns; told tutor they are {gid}. "
        "Worried about reaction at home; mum {m} not yet aware.",
        "{c} told form tutor " + he + " is {ori} and is scared dad will find out; older brother {x} has threatened "
        "to 'kick " + her.replace("her", "her").replace("his", "him") + " out'.",
        "Self-harm: fresh superficial cuts to {c}'s left wrist. {c} said 'I did it last night'. Mum {m} informed by "
        "phone "
        "({ph}) at 15:40. First aid given; school nurse to follow up.",
        "{c} said a man called {x} at the shop on {st} gives "
        + her.replace("his", "him")
        + " and friends free stuff and "
        "told them to come "
        "to a party at his flat in {t}.",
    ]
    d.t(rng.choice(texts), **slots)
    d.nl()


def cause_for_concern(rng: random.Random, d: Doc, x: Ctx) -> None:
    c = x.child
    d.add(
        rng.choice(
            [
                "CAUSE FOR CONCERN FORM",
                "Record of Concern",
                "SAFEGUARDING CONCERN — CONFIDENTIAL",
                "Child Protection: Note of Concern",
            ]
        )
        + f"\n{x.school}\n\n"
    )
    d.t("Child's name: {n}\n", n=per(x.cname(rng) if rng.random() < 0.5 else c.full_lat().upper()))
    if rng.random() < 0.7:
        style = "mdy/" if x.country in ("US", "CA") else rng.choice(["dmy/", "dmy.", "short"])
        d.t("DOB: {b}   ", b=(fmt_date(rng, c.dob, style), "DATE_OF_BIRTH"))
    d.t("Age: {a}   {g}\n", a=(str(c.age), "MINOR_AGE"), g=_grade(x.country, c.age))
    s0 = x.staff[0]
    when = REF_DATE - dt.timedelta(days=rng.randint(0, 200))
    d.t(
        "Date/time of concern: {dt}   Reported by: {t} {n} ({r})\n",
        dt=f"{when:%d/%m/%Y} {rng.randint(8, 16)}:{rng.randint(0, 59):02d}",
        t=_title(s0),
        n=per(s0.surname_lat()),
        r=rng.choice(STAFF_ROLES),
    )
    if rng.random() < 0.5:
        d.t("Ethnicity: {e}   ", e=(ethnic_for(rng, x.country), "ETHNIC_ORIGIN"))
        d.add(f"EAL: {rng.choice(['Y', 'N'])}   FSM: {rng.choice(['Y', 'N'])}\n")
    if rng.random() < 0.5:
        d.t("Medical/SEN: {m}", m=(rng.choice(MEDICAL), "MEDICAL_CONDITION"))
        if rng.random() < 0.5:
            d.t(" – takes {md}", md=(rng.choice(MEDS), "MEDICAL_CONDITION"))
        d.nl()
    d.add("\nWhat did you see / hear? (use the child's words)\n")
    _narrative(rng, d, x)
    if rng.random() < 0.5:
        _narrative(rng, d, x)
    d.add("\nAction taken:\n")
    s1 = x.staff[1]
    d.t(
        "Passed to {n} (DSL) at {tm}. {act}\n",
        n=per(s1.full_lat()),
        tm=f"{rng.randint(9, 16)}:{rng.randint(0, 59):02d}",
        act=rng.choice(
            [
                "Referral to MASH made.",
                "Discussed with social care – advice only.",
                "Parent contacted.",
                "Monitor; review in 2 weeks.",
                "Police informed (child at immediate risk).",
                "Early Help form started.",
            ]
        ),
    )
    d.t("Signed: {i}   DSL: {j}\n", i=per(_initials(s0)), j=per(_initials(s1)))


def incident_log(rng: random.Random, d: Doc, x: Ctx) -> None:
    c = x.child
    d.add(
        rng.choice(["INCIDENT LOG", "Behaviour & welfare log", "Daily log – youth club", "Duty log"])
        + f" — {x.school}\n"
    )
    d.t("Re: {n} ({g})\n", n=per(c.full_lat()), g=_grade(x.country, c.age))
    d.add("Time  | Staff | Entry\n" if rng.random() < 0.6 else "")
    t = rng.randint(8, 10) * 60
    for _ in range(rng.randint(3, 7)):
        s = rng.choice(x.staff)
        t += rng.randint(10, 120)
        d.t("{tm} | {i} | ", tm=f"{t // 60:02d}:{t % 60:02d}", i=per(_initials(s)))
        r = rng.random()
        if r < 0.2:
            d.t("{c} arrived late, no coat, said mum's car broke down.\n", c=(c.firstname_lat(), "PERSON"))
        elif r < 0.35:
            d.t(
                "{c} upset in maths, phone taken. Messages from {u} on screen.\n",
                c=(c.firstname_lat(), "PERSON"),
                u=(username(rng, x.other), "USERNAME"),
            )
        elif r < 0.5:
            d.t(
                "Rang mum ({ph}) – {res}.\n",
                ph=(x.mum_phone, "PHONE_NUMBER"),
                res=rng.choice(["no answer, voicemail left", "number unobtainable", "mum says she is on her way"]),
            )
        elif r < 0.6:
            d.t(
                "Man in grey hoodie waiting at gate, asked for {c} by name; left when approached. Car {pl}.\n",
                c=(c.firstname_lat(), "PERSON"),
                pl=(plate(rng, x.country), "VEHICLE_PLATE"),
            )
        elif r < 0.7:
            d.t(
                "Nurse: {c} given {md} as per care plan ({m}).\n",
                c=(c.firstname_lat(), "PERSON"),
                md=(rng.choice(MEDS), "MEDICAL_CONDITION"),
                m=(rng.choice(MEDICAL[:6]), "MEDICAL_CONDITION"),
            )
        elif r < 0.8:
            d.t(
                "Spoke to {c}; said {x} is 'just a friend of my cousin'.\n",
                c=(c.firstname_lat(), "PERSON"),
                x=per(x.other.firstname_lat()),
            )
        else:
            d.add(
                rng.choice(
                    [
                        "Lunch – ate nothing again.\n",
                        "Quiet in registration, hood up.\n",
                        "Left site without permission 13:05.\n",
                        "Returned to lesson calm.\n",
                    ]
                )
            )
    if rng.random() < 0.6:
        d.t(
            "\nEnd of day: collected by {n} at {tm}.\n",
            n=per(x.mum.full_lat() if rng.random() < 0.5 else x.other.firstname_lat()),
            tm=f"{rng.randint(15, 18)}:{rng.randint(0, 59):02d}",
        )


def chronology(rng: random.Random, d: Doc, x: Ctx) -> None:
    c = x.child
    d.add(
        rng.choice(
            [
                "DSL CHRONOLOGY",
                "Safeguarding chronology (summary)",
                "Designated Liaison Person – chronology",
                "Child protection chronology",
            ]
        )
        + "\n"
    )
    d.t("Pupil: {n}   DOB {b}   ", n=per(c.full_lat()), b=(fmt_date(rng, c.dob), "DATE_OF_BIRTH"))
    if x.country in ("GB", "IE", "AU", "IN", "ZA", "CA") and rng.random() < 0.7:
        kind, v = national_id(rng, x.country, c.dob, c.female, c.family_lat, c.given_lat)
        if x.country == "GB" and rng.random() < 0.5:
            v = gb_upn_value(rng)
            kind = "UPN"
        d.t("{k}: {v}", k=kind, v=(v, "NATIONAL_ID"))
    d.nl()
    d.t("Household: mum {m} ({ma}); ", m=per(x.mum.full_lat()), ma=(str(x.mum.age), "AGE"))
    d.t("mum's partner {o}; ", o=per(x.other.full_lat()))
    if rng.random() < 0.6:
        sib = make_child(rng, x.code, 1, 16, family_of=x.mum)
        d.t("half-sibling {s} ({sa})", s=per(sib.firstname_lat()), sa=(age_text(rng, sib.age), "MINOR_AGE"))
    d.nl()
    d.t(
        "Address: {s}, {t} {z}\n\n",
        s=(street(rng, x.country), "STREET_ADDRESS"),
        t=(x.town.latin, "LOCATION"),
        z=postcode(rng, x.country),
    )
    day = REF_DATE - dt.timedelta(days=rng.randint(150, 500))
    for _ in range(rng.randint(3, 6)):
        day += dt.timedelta(days=rng.randint(3, 60))
        d.add(f"{fmt_date(rng, day, rng.choice(['dmy/', 'dmy/2', 'short']))} – ")
        r = rng.random()
        if r < 0.25:
            _narrative(rng, d, x)
        elif r < 0.4:
            d.t(
                "Strategy meeting. Police confirmed {o} is {cr}.\n",
                o=per(x.other.surname_lat()),
                cr=(rng.choice(CRIMINAL), "CRIMINAL_HISTORY"),
            )
        elif r < 0.55:
            d.t(
                "Home visit by SW {sw}; mum engaging. Mum disclosed {md}.\n",
                sw=per(x.staff[2].full_lat()),
                md=(
                    rng.choice(["depression", "anxiety", "alcohol dependency", "bipolar disorder", "PTSD"]),
                    "MEDICAL_CONDITION",
                ),
            )
        elif r < 0.7:
            d.add(
                f"Attendance {rng.randint(61, 89)}%. "
                f"{rng.choice(['Letter sent.', 'EWO referral.', 'Part-time timetable agreed.'])}\n"
            )
        elif r < 0.85:
            d.t("CP plan (neglect) – core group. Minutes by {i}.\n", i=per(_initials(x.staff[0])))
        else:
            d.t(
                "Missing episode overnight; found in {t} with older males. Return interview done.\n",
                t=(town(rng, x.country).latin, "LOCATION"),
            )


def pastoral(rng: random.Random, d: Doc, x: Ctx) -> None:
    c = x.child
    d.add(
        rng.choice(
            ["Pastoral note", "ATTENDANCE & WELFARE REVIEW", "Student support meeting – notes", "Wellbeing check-in"]
        )
        + "\n"
    )
    d.t(
        "Student: {n}, {g}, aged {a}\n",
        n=per(c.full_lat()),
        g=_grade(x.country, c.age),
        a=(age_text(rng, c.age), "MINOR_AGE"),
    )
    d.add(
        f"Attendance this term: {rng.randint(52, 94)}.{rng.randint(0, 9)}%  (unauthorised sessions: "
        f"{rng.randint(2, 40)})\n"
    )
    s = x.staff[0]
    d.t("Present: {t} {n} ({r}), ", t=_title(s), n=per(s.surname_lat()), r=rng.choice(STAFF_ROLES))
    d.t("{m} (mum)", m=per(x.mum.firstname_lat()))
    d.add(rng.choice([", student\n", "\n", ", interpreter\n"]))
    pts = [
        lambda: d.t(
            "- Diagnosed {m}; EHCP draft in progress.\n",
            m=(
                rng.choice(["autism", "ADHD", "dyslexia", "dyspraxia", "global developmental delay"]),
                "MEDICAL_CONDITION",
            ),
        ),
        lambda: d.t("- Takes {md} at lunch, kept in office.\n", md=(rng.choice(MEDS), "MEDICAL_CONDITION")),
        lambda: d.t(
            "- Mum says {c} stays at grandmother {g}'s in {t} some weekends.\n",
            c=per(c.firstname_lat()),
            g=per(make_person(rng, x.code, 55, 80, female=True).full_lat()),
            t=(town(rng, x.country).latin, "LOCATION"),
        ),
        lambda: d.t(
            "- Older sibling {s}, {a}, left school; now works nights.\n",
            s=per(make_person(rng, x.code, 18, 22).firstname_lat()),
            a=(str(rng.randint(18, 22)), "AGE"),
        ),
        lambda: d.t("- Mum's new mobile: {ph}\n", ph=(phone(rng, x.country), "PHONE_NUMBER")),
        lambda: d.t("- Email for letters: {e}\n", e=(email(rng, x.mum), "EMAIL_ADDRESS")),
        lambda: d.add("- Free breakfast club offered; uniform grant form given.\n"),
        lambda: d.t(
            "- {c} says {pr} friends are 'mostly online'; plays Roblox as {u}.\n",
            c=per(c.firstname_lat()),
            pr="her" if c.female else "his",
            u=(username(rng, c, False), "USERNAME"),
        ),
        lambda: _narrative(rng, d, x),
    ]
    for fn in rng.sample(pts, rng.randint(3, 6)):
        fn()
    d.t(
        "Next review: {dt}. Actions owner: {i}.\n",
        dt=fmt_date(rng, REF_DATE + dt.timedelta(days=rng.randint(7, 40)), "short"),
        i=per(_initials(s)),
    )


def contact_sheet(rng: random.Random, d: Doc, x: Ctx) -> None:
    c = x.child
    d.add(
        rng.choice(
            [
                "PARENT / CARER CONTACT SHEET",
                "Emergency contacts",
                "Contact details – confidential",
                "Family contact record",
            ]
        )
        + "\n"
    )
    d.t(
        "{n}  ({g})  DOB {b}\n",
        n=per(c.full_lat().upper() if rng.random() < 0.4 else c.full_lat()),
        g=_grade(x.country, c.age),
        b=(fmt_date(rng, c.dob, "mdy/" if x.country == "US" else "dmy/"), "DATE_OF_BIRTH"),
    )
    d.t(
        "Home: {s}\n      {t}  {z}\n",
        s=(street(rng, x.country), "STREET_ADDRESS"),
        t=(x.town.latin, "LOCATION"),
        z=postcode(rng, x.country),
    )
    contacts = [
        (x.mum, "Mother", "PR: yes"),
        (
            x.other,
            rng.choice(["Father", "Stepfather", "Mum's partner", "Uncle"]),
            rng.choice(["PR: no", "NO CONTACT – court order", "PR: yes", "do not release child"]),
        ),
    ]
    if rng.random() < 0.6:
        contacts.append(
            (
                make_person(rng, x.code, 50, 78, female=True),
                rng.choice(["Grandmother", "Nan", "Aunt"]),
                "emergency only",
            )
        )
    for i, (p, rel, pr) in enumerate(contacts, 1):
        d.t("\n{i}. {n} – {r} – {pr}\n", i=str(i), n=per(p.full_lat()), r=rel, pr=pr)
        kinds = rng.sample(["mob", "home", "work", "email"], rng.randint(1, 3))
        for k in kinds:
            if k == "email":
                d.t("   e: {e}\n", e=(email(rng, p), "EMAIL_ADDRESS"))
            else:
                d.t(
                    "   {k}: {ph}\n",
                    k=k,
                    ph=(
                        phone(rng, x.country, rng.choice(["natl", "intl", "compact", "dash"]), mobile=k == "mob"),
                        "PHONE_NUMBER",
                    ),
                )
        if "court" in pr and rng.random() < 0.7:
            d.t("   Note: {cr}. Photo held in office.\n", cr=(rng.choice(CRIMINAL), "CRIMINAL_HISTORY"))
    if rng.random() < 0.5:
        d.t(
            "\nMedical: {m}. GP: {gp}.\n",
            m=(rng.choice(MEDICAL), "MEDICAL_CONDITION"),
            gp=rng.choice(["Dr Patel, Park Lane Surgery", "Riverside Medical Centre", "Dr Okonkwo, Eastgate Clinic"])
            .split(",")[-1]
            .strip(),
        )
    d.add(
        rng.choice(
            ["Updated by office", "Checked at parents' evening", "Data collection sheet returned", "Verified by phone"]
        )
        + "\n"
    )


def us_counselor(rng: random.Random, d: Doc, x: Ctx) -> None:
    c = x.child
    d.add("School Counselor Note — Mandated Report Documentation\n")
    d.t(
        "Student: {n}   Grade {g}   Age {a}\n",
        n=per(c.full_lat()),
        g=str(max(1, c.age - 5)),
        a=(str(c.age), "MINOR_AGE"),
    )
    d.t(
        "Parent/guardian: {m}   Cell {ph}\n",
        m=per(x.mum.full_lat()),
        ph=(phone(rng, "US", rng.choice(["natl", "dash", "dot"])), "PHONE_NUMBER"),
    )
    if rng.random() < 0.5:
        d.t(
            "Home address: {s}, {t}, {st} {z}\n",
            s=(street(rng, "US"), "STREET_ADDRESS"),
            t=(town(rng, "US").latin, "LOCATION"),
            st=rng.choice(["CA", "OH", "TX", "NV", "WA"]),
            z=postcode(rng, "US"),
        )
    d.add(f"Date: {REF_DATE - dt.timedelta(days=rng.randint(1, 200)):%m/%d/%Y}\n\nSummary:\n")
    _narrative(rng, d, x)
    if rng.random() < 0.5:
        d.t(
            "Student identifies as {e}; Spanish-speaking household, interpreter requested.\n",
            e=(rng.choice(["Hispanic", "Latina", "Latino", "Guatemalan"]), "ETHNIC_ORIGIN"),
        )
    d.add(
        f"\nCPS hotline called {rng.randint(8, 16)}:{rng.randint(0, 59):02d}; intake "
        f"#{rng.randint(1000000, 9999999)}.\n"
    )
    s = x.staff[0]
    d.t(
        "Reported by: {n}, {r}\n",
        n=per(s.full_lat()),
        r=rng.choice(["School Counselor", "Assistant Principal", "Nurse"]),
    )
    r = rng.random()
    if r < 0.3:
        d.t(
            "Medicaid/insurance on file under mother's SSN {s}.\n",
            s=(us_ssn(rng, rng.choice(["dash", "space"])), "US_SSN"),
        )
    elif r < 0.55:
        d.t(
            "Free-lunch form lists mother's ITIN {s} (no SSN).\n",
            s=(us_itin(rng, rng.choice(["dash", "plain"])), "US_ITIN"),
        )
    elif r < 0.7:
        d.t(
            "Mother's driver license on sign-out log: {dl} ({st}).\n",
            dl=(us_driver_license(rng, "CA"), "US_DRIVER_LICENSE"),
            st="CA",
        )


def india_report(rng: random.Random, d: Doc, x: Ctx) -> None:
    c = x.child
    d.add(
        rng.choice(
            [
                "CHILD PROTECTION COMMITTEE – INCIDENT REPORT",
                "POCSO Committee – Record of disclosure",
                "Counsellor's report (confidential)",
            ]
        )
        + "\n"
    )
    d.add(f"School: {x.school}\n")
    native_name = c.full() if c.culture.code in ("pa", "te", "ml", "gu") and rng.random() < 0.5 else None
    d.t("Name of student: {n}", n=per(c.full_lat()))
    if native_name:
        d.t(" ({nn})", nn=per(native_name))
    d.t("\n{g}   Age: {a} yrs\n", g=_grade("IN", c.age), a=(str(c.age), "MINOR_AGE"))
    d.t("Parent: Mr. {f} / Mrs. {m}\n", f=per(x.other.full_lat()), m=per(x.mum.full_lat()))
    d.t("Mobile: {ph}\n", ph=(phone(rng, "IN", rng.choice(["natl", "intl", "compact"])), "PHONE_NUMBER"))
    d.t("Address: {s}, {t}\n", s=(street(rng, "IN"), "STREET_ADDRESS"), t=(town(rng, "IN").latin, "LOCATION"))
    if rng.random() < 0.5:
        kind, v = national_id(rng, "IN", c.dob, c.female)
        d.t("{k} (as per admission form): {v}\n", k="Aadhaar" if kind == "Aadhaar" else kind, v=(v, "NATIONAL_ID"))
    d.add("\nDetails:\n")
    stranger = make_person(rng, rng.choice(["en_in", "pa", "te", "ml", "gu"]), 22, 55, female=False)
    r = rng.random()
    if r < 0.4:
        d.t(
            "Student informed class teacher that a tuition teacher, {t}, sends messages on Instagram from {u} late "
            "at night "
            "and asked her not to tell her parents.\n",
            t=per(stranger.full_lat()),
            u=(username(rng, stranger), "USERNAME"),
        )
    elif r < 0.7:
        d.t(
            "Van driver {t} (vehicle {pl}) has been dropping the student last and touching her inappropriately as "
            "per her statement.\n",
            t=per(stranger.firstname_lat()),
            pl=(plate(rng, "IN"), "VEHICLE_PLATE"),
        )
    else:
        _narrative(rng, d, x)
    d.t(
        "Action: Principal informed; CHILDLINE 1098 called. Counsellor {n} to follow up.\n",
        n=per(x.staff[0].full_lat()),
    )


SUBTYPES = [cause_for_concern, incident_log, chronology, pastoral, contact_sheet]


def generate(rng: random.Random, index: int) -> Doc:
    d = Doc()
    x = Ctx(rng)
    if x.country == "US" and rng.random() < 0.5:
        us_counselor(rng, d, x)
    elif x.country == "IN" and rng.random() < 0.6:
        india_report(rng, d, x)
    else:
        fn = SUBTYPES[index % len(SUBTYPES)] if rng.random() < 0.6 else rng.choice(SUBTYPES)
        fn(rng, d, x)
    return d
