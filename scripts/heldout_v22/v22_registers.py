"""Positive-register templates for v22."""

import v22_ids as I
from v22_core import (
    Doc,
    P,
    LOC,
    person,
    agetxt,
    rdate,
    fmt_date,
    event_date,
    address,
    handle,
    email,
    profile_url,
    coords,
    national_id,
    country,
    MONTHS,
)
from v22_pools import (
    L,
    ANGLO,
    WORLD,
    EURO,
    CONDITIONS,
    MEDS,
    MINOR_CONDITIONS,
    CRIMES,
    SENTENCES,
    ETHNIC,
    ORIENT,
    GENDER_ID,
    GENETIC,
    SCHOOLS,
    LANDMARKS,
)

CARS = [
    "silver Ford Focus",
    "black Audi A3",
    "white Transit van",
    "blue Vauxhall Corsa",
    "red Toyota Hilux",
    "grey Honda Civic",
    "white Toyota Probox",
    "black BMW 3 Series",
    "green Nissan Navara",
    "maroon Suzuki Swift",
    "white Hiace minibus",
    "grey Kia Sportage",
]


def ph(r, loc):
    return (I.phone(r, loc), "PHONE_NUMBER")


def dob_parts(r, loc, y0=1950, y1=2004):
    y, m, d = rdate(r, y0, y1)
    return (y, m, d), (fmt_date(r, y, m, d, loc), "DATE_OF_BIRTH")


def age_of(y):
    return 2025 - y


def nm(r, p, upper_p=0.08, lower_p=0.06):
    v = p.full
    x = r.random()
    if x < upper_p:
        v = v.upper()
    elif x < upper_p + lower_p:
        v = v.lower()
    return P(v)


# =========================================================== 1. news_court_reports
NEWS_LOCS = ["UK", "UK", "SC", "IE", "US", "CA", "AU", "NZ", "ZA", "IN"]


def court_list(r, loc):
    d = Doc()
    court = r.choice(
        {
            "US": ["Municipal Court", "County Court"],
            "IE": ["District Court", "Circuit Court"],
            "AU": ["Local Court", "Magistrates Court"],
            "NZ": ["District Court"],
            "ZA": ["Magistrate's Court", "Regional Court"],
            "SC": ["Sheriff Court"],
            "IN": ["Sessions Court", "Metropolitan Magistrate Court"],
        }.get(loc, ["Magistrates' Court", "Crown Court"])
    )
    town = r.choice(L[loc]["towns"])
    d.x(
        r.choice(["COURT RESULTS", "In the courts", "Court round-up", "FROM THE BENCH"]),
        ": ",
        LOC(town),
        " ",
        court,
        ", ",
        event_date(r, loc),
        "\n\n",
    )
    for _ in range(r.randint(3, 5)):
        p = person(r, loc)
        age = r.randint(18, 71)
        fmt = r.random()
        if fmt < 0.5:
            d.x(P(p.formal(upper=r.random() < 0.6)), ", ", (agetxt(r, age, 0.05), "AGE"), ", of ")
        else:
            d.x(nm(r, p), " (", (str(age), "AGE"), "), of ")
        if r.random() < 0.6:
            d.x(address(r, loc, post_p=0.2, region_p=0.1))
        else:
            d.x(LOC(r.choice(L[loc]["towns"])))
        d.x(
            r.choice([": ", " - ", ". "]),
            r.choice(["Admitted ", "Pleaded guilty to ", "Found guilty of ", "Convicted of ", "Charged with "]),
            (r.choice(CRIMES), "CRIMINAL_HISTORY"),
        )
        if r.random() < 0.4:
            d.x(" and ", (r.choice(CRIMES), "CRIMINAL_HISTORY"))
        if r.random() < 0.35:
            d.x(", driving a ", r.choice(CARS), ", registration ", (I.plate(r, loc), "VEHICLE_PLATE"))
        d.x(
            ". ", r.choice(["Sentence: ", "Result: ", "", "Outcome - "]), (r.choice(SENTENCES), "CRIMINAL_HISTORY"), "."
        )
        if r.random() < 0.25:
            d.x(" Previous: ", (r.choice(CRIMES) + " (" + str(r.randint(2009, 2022)) + ")", "CRIMINAL_HISTORY"), ".")
        if r.random() < 0.2:
            d.x(" The court heard ", r.choice(["he", "she"]), " has ", (r.choice(CONDITIONS), "MEDICAL_CONDITION"), ".")
        d.x("\n")
    if r.random() < 0.5:
        j = person(r, loc)
        d.x(
            "\nPresiding: ",
            r.choice(["District Judge ", "Judge ", "Magistrate ", "Sheriff "]),
            P(j.family or j.full),
            ". Prosecuting: ",
            nm(r, person(r, loc)),
            ".\n",
        )
    return d


def crime_report(r, loc):
    d = Doc()
    t1 = r.choice(L[loc]["towns"])
    p = person(r, loc)
    v = person(r, loc, female=r.random() < 0.6)
    age = r.randint(19, 64)
    vage = r.randint(8, 17) if r.random() < 0.5 else r.randint(18, 90)
    d.x(
        r.choice(["Man charged after ", "Woman arrested after ", "Arrest made following ", "Driver charged over "]),
        r.choice(["crash", "stabbing", "robbery", "hit-and-run", "break-in"]),
        " in ",
        LOC(t1),
        "\n\n",
    )
    d.x(
        "A ",
        (agetxt(r, age, 0.3), "AGE"),
        "-year-old ",
        r.choice(["man", "woman"]),
        " from ",
        LOC(r.choice(L[loc]["towns"])),
        " has been charged with ",
        (r.choice(CRIMES), "CRIMINAL_HISTORY"),
        " following an incident on ",
        r.choice(L[loc]["streets"]),
        " ",
        r.choice(["on Saturday night", "last Tuesday", "in the early hours of Sunday", "on " + event_date(r, loc)]),
        ".\n",
    )
    d.x(
        nm(r, p),
        ", of ",
        address(r, loc, post_p=0.1, region_p=0.1),
        ", appeared before ",
        r.choice(["magistrates", "the court", "a judge"]),
        " and was ",
        (
            r.choice(
                [
                    "remanded in custody",
                    "granted bail",
                    "released on bail with conditions",
                    "remanded to appear again next month",
                ]
            ),
            "CRIMINAL_HISTORY",
        ),
        ".\n",
    )
    vmin = vage < 18
    d.x(
        "The victim, a ",
        (agetxt(r, vage, 0.3), "MINOR_AGE" if vmin else "AGE"),
        "-year-old ",
        r.choice(["girl", "boy"]) if vmin else r.choice(["pensioner", "woman", "man", "delivery rider"]),
        ", ",
        r.choice(["named locally as ", "who has been named as ", "identified by family as "]),
        nm(r, v),
        ", ",
        r.choice(["was taken to hospital with serious injuries", "suffered a broken arm", "is in a stable condition"]),
        ".\n",
    )
    if r.random() < 0.6:
        d.x(
            "Police want to trace the driver of a ",
            r.choice(CARS),
            " with the registration ",
            (I.plate(r, loc), "VEHICLE_PLATE"),
            ", which was seen near ",
            r.choice(["the junction with ", "the roundabout at ", "the petrol station on "]),
            r.choice(L[loc]["streets"]),
            ".\n",
        )
    o = person(r, loc)
    d.x(
        r.choice(["Detective Constable ", "Sgt ", "Det. Insp. ", "Officer ", "Inspector "]),
        P(o.full if r.random() < 0.5 else o.family or o.full),
        ' said: "We are grateful to the members of the public who stopped to help ',
        P(v.given if v.given and v.given != v.full else v.full),
        '."\n',
    )
    d.x(
        "Anyone with information can call ",
        ph(r, loc),
        r.choice([" or e-mail ", " or contact the officer at "]),
        (email(r, o, 0.15), "EMAIL_ADDRESS"),
        ", quoting reference ",
        "%d/%05d/%02d" % (r.randint(10, 99), r.randint(0, 99999), r.randint(23, 25)),
        ".\n",
    )
    return d


def missing_appeal(r, loc):
    d = Doc()
    minor = r.random() < 0.65
    p = person(r, loc, native_p=0.1)
    age = r.randint(11, 17) if minor else r.randint(19, 88)
    t = r.choice(L[loc]["towns"])
    d.x(
        r.choice(["MISSING: ", "Police appeal to find missing ", "Concern grows for "]),
        r.choice(["teenager ", "schoolgirl ", "pensioner ", "man ", "woman "]) if r.random() < 0.5 else "",
        nm(r, p),
        "\n\n",
    )
    d.x(
        "Officers are appealing for help to find ",
        nm(r, p),
        ", ",
        (agetxt(r, age, 0.25), "MINOR_AGE" if minor else "AGE"),
        ", who was last seen ",
        r.choice(["leaving ", "near ", "at the bus station in ", "outside a shop in "]),
        LOC(t),
        " ",
        r.choice(["on Friday evening", "at around 4pm on " + event_date(r, loc), "yesterday"]),
        ".\n",
    )
    d.x(
        P(p.short),
        " is described as ",
        r.choice(["about 5ft 4in", "slim", "of medium build", "around 170cm tall"]),
        ", with ",
        r.choice(["long dark hair", "short fair hair", "braids", "a shaved head"]),
        ", and was wearing ",
        r.choice(["a grey hoodie", "a school blazer", "a red puffer jacket", "a green anorak"]),
        ".\n",
    )
    if r.random() < 0.6:
        d.x(
            "Family say ",
            "she" if p.female else "he",
            " has ",
            (r.choice(CONDITIONS if not minor else MINOR_CONDITIONS), "MEDICAL_CONDITION"),
            " and needs ",
            (r.choice(MEDS), "MEDICAL_CONDITION"),
            ".\n",
        )
    if r.random() < 0.5:
        d.x(
            P(p.short),
            " may have travelled to ",
            LOC(r.choice(L[loc]["towns"])),
            " where ",
            "she" if p.female else "he",
            " has friends, and is active on social media as ",
            (handle(r, p), "USERNAME"),
            ".\n",
        )
    if r.random() < 0.3:
        d.x("The last phone signal was picked up near ", (coords(r, loc), "GEO_COORDINATES"), ".\n")
    fam = person(r, loc, female=True)
    d.x(
        r.choice(["Mum ", "Sister ", "Aunt ", "Grandmother "]),
        nm(r, fam),
        ' said: "Please just come home, we love you." ',
    )
    d.x("Call ", ph(r, loc), r.choice(["", " (24 hrs)"]), " with any sightings.\n")
    return d


def booking_log(r, loc="US"):
    d = Doc()
    cty = r.choice(
        ["Lucas County", "Montgomery County", "Pueblo County", "Lake County", "Camden County", "McLennan County"]
    )
    d.x(cty, " Sheriff's Office — Arrest Log, ", event_date(r, "US"), "\n\n")
    for _ in range(r.randint(2, 4)):
        p = person(r, "US")
        (y, m, dd), dob = dob_parts(r, "US", 1960, 2005)
        d.x(
            "Name: ",
            P(p.formal(upper=True)),
            "\nDOB: ",
            dob,
            "   Age: ",
            (str(age_of(y)), "AGE"),
            "\nAddress: ",
            address(r, "US", post_p=0.5, region_p=0.5),
            "\n",
        )
        if r.random() < 0.6:
            st, dl = I.us_dl(r)
            d.x("OLN: ", (dl, "US_DRIVER_LICENSE"), " (", st, ")\n")
        d.x(
            "Charges: ",
            (
                r.choice(
                    [
                        "DUI - 1st offense",
                        "Domestic battery",
                        "Possession of controlled substance",
                        "Theft under $1,000",
                        "Resisting arrest",
                        "Aggravated assault",
                    ]
                ),
                "CRIMINAL_HISTORY",
            ),
        )
        if r.random() < 0.4:
            d.x(
                "; ",
                (
                    r.choice(["Driving on suspended license", "Open container", "Failure to appear (warrant)"]),
                    "CRIMINAL_HISTORY",
                ),
            )
        d.x("\nBond: $", str(r.choice([500, 1500, 2500, 10000])), "\n")
        if r.random() < 0.3:
            d.x("Vehicle: ", r.choice(CARS), ", tag ", (I.plate(r, "US"), "VEHICLE_PLATE"), "\n")
        d.x("\n")
    return d


def newsletter(r, loc):
    d = Doc()
    t = r.choice(L[loc]["towns"])
    d.x(
        r.choice(["Parish News", "Community Noticeboard", "Residents' Association Bulletin", "Village Voice"]),
        " — ",
        LOC(t),
        "\n\n",
    )
    a = person(r, loc, female=True)
    age = r.randint(80, 104)
    d.x(
        "Happy birthday to ",
        nm(r, a),
        " of ",
        address(r, loc, town=t, post_p=0),
        ", who turns ",
        (agetxt(r, age, 0.4), "AGE"),
        " this month! ",
    )
    d.x(
        P(a.given if a.given != a.full else a.full),
        " has lived in the village since ",
        str(r.randint(1955, 1980)),
        ".\n\n",
    )
    b = person(r, loc)
    d.x(
        "Lost: ",
        r.choice(["a black Labrador", "a tabby cat", "a set of car keys", "a child's bike"]),
        " near ",
        r.choice(L[loc]["streets"]),
        ". If found please ring ",
        nm(r, b),
        " on ",
        ph(r, loc),
        ".\n\n",
    )
    c = person(r, loc)
    k = person(r, loc)
    d.x(
        "Neighbourhood Watch: ",
        r.choice(["a van was broken into", "two cars were damaged", "a shed was burgled"]),
        " overnight. The ",
        r.choice(CARS),
        " reported seen had registration ",
        (I.plate(r, loc), "VEHICLE_PLATE"),
        ". Coordinator ",
        nm(r, c),
        " (",
        (email(r, c), "EMAIL_ADDRESS"),
        ") asks residents to check doorbell cameras.\n\n",
    )
    d.x(
        "Condolences to the family of ",
        nm(r, k),
        ", ",
        (str(r.randint(58, 96)), "AGE"),
        ", who died peacefully at home after a long illness with ",
        (r.choice(CONDITIONS), "MEDICAL_CONDITION"),
        ".\n",
    )
    return d


def india_fir(r, loc="IN"):
    d = Doc()
    a = person(r, "IN", female=False, native_p=0.15)
    f = person(r, "IN", female=False)
    c = person(r, "IN", native_p=0.15)
    t = r.choice(L["IN"]["towns"])
    age = r.randint(19, 55)
    d.x("FIR registered at ", LOC(t), " police station\n")
    d.x(
        "The accused, ",
        nm(r, a),
        " s/o ",
        P(f.full),
        ", aged ",
        (agetxt(r, age, 0.1), "AGE"),
        " years, resident of ",
        address(r, "IN", post_p=0.3, region_p=0.3),
        ", was booked under ",
        (
            r.choice(
                [
                    "Section 420 IPC (cheating)",
                    "Section 379 IPC (theft)",
                    "Section 354 IPC (outraging modesty)",
                    "Section 302 IPC (murder)",
                    "Section 498A IPC (cruelty)",
                ]
            ),
            "CRIMINAL_HISTORY",
        ),
        ".\n",
    )
    d.x(
        "Complainant ",
        nm(r, c),
        " (",
        (str(r.randint(20, 70)), "AGE"),
        ") stated that the accused had called from mobile number ",
        ph(r, "IN"),
        " and ",
    )
    d.x(
        r.choice(["took Rs 2.4 lakh through UPI ID ", "asked for OTP and withdrew money, UPI handle "]),
        (handle(r, a) + "@" + r.choice(["okaxis", "ybl", "paytm", "oksbi"]), "USERNAME"),
        ".\n",
    )
    kind, val, lab = national_id(r, "IN", a)
    d.x(
        "His ",
        kind,
        " ",
        (val, lab),
        " was recovered from the spot. Vehicle no. ",
        (I.plate(r, "IN"), "VEHICLE_PLATE"),
        " seized.\n",
    )
    d.x("SHO ", nm(r, person(r, "IN")), " said further investigation is on.\n")
    return d


def za_court(r, loc="ZA"):
    d = Doc()
    a = person(r, "ZA")
    age = r.randint(19, 50)
    t = r.choice(L["ZA"]["towns"])
    d.x(
        "Suspect, ",
        (str(age), "AGE"),
        ", in court over ",
        r.choice(["hijacking", "tavern shooting", "cash-in-transit heist", "stock theft"]),
        "\n\n",
    )
    d.x(
        "A ",
        (agetxt(r, age, 0.3), "AGE"),
        "-year-old man appeared in the ",
        LOC(t),
        " Magistrate's Court on ",
        r.choice(["Monday", "Thursday"]),
        ". ",
        nm(r, a),
        " (",
        (str(age), "AGE"),
        "), of ",
        address(r, "ZA", post_p=0, region_p=0.3),
        ", faces charges of ",
        (
            r.choice(["armed robbery", "attempted murder", "possession of an unlicensed firearm", "hijacking"]),
            "CRIMINAL_HISTORY",
        ),
        ".\n",
    )
    d.x(
        "Police spokesperson Captain ",
        nm(r, person(r, "ZA")),
        " said the white bakkie, registration ",
        (I.plate(r, "ZA"), "VEHICLE_PLATE"),
        ", was found abandoned in ",
        LOC(r.choice(L["ZA"]["towns"])),
        ".\n",
    )
    kind, val, lab = national_id(r, "ZA", a)
    d.x(
        "According to the charge sheet, his ",
        kind,
        " ",
        (val, lab),
        " matched the one used to rent the vehicle. He was ",
        (r.choice(["denied bail", "remanded in custody", "granted R2,000 bail"]), "CRIMINAL_HISTORY"),
        ".\n",
    )
    d.x(
        "Anyone with information can contact Crime Stop or the investigating officer, Sergeant ",
        nm(r, person(r, "ZA")),
        ", on ",
        ph(r, "ZA"),
        ".\n",
    )
    return d


def press_release(r, loc):
    d = Doc()
    p = person(r, loc)
    age = r.randint(18, 60)
    d.x(r.choice(["PRESS RELEASE", "MEDIA RELEASE", "FOR IMMEDIATE RELEASE"]), " — ", event_date(r, loc), "\n")
    d.x(r.choice(["Sentencing: ", "Conviction: ", "Jailed: "]), nm(r, p), "\n\n")
    d.x(
        nm(r, p),
        ", ",
        (agetxt(r, age, 0.1), "AGE"),
        ", of ",
        LOC(r.choice(L[loc]["towns"])),
        ", was ",
        (r.choice(SENTENCES), "CRIMINAL_HISTORY"),
        " at ",
        r.choice(["the Crown Court", "the District Court", "court"]),
        " after admitting ",
        (r.choice(CRIMES), "CRIMINAL_HISTORY"),
        ".\n",
    )
    if r.random() < 0.5:
        d.x(
            "The court heard that ",
            P(p.short),
            " targeted the victim, who is ",
            (r.choice(ETHNIC), "ETHNIC_ORIGIN"),
            ", and the offence was treated as racially aggravated.\n",
        )
    elif r.random() < 0.5:
        d.x(
            "The offence was treated as a hate crime because the victim is ",
            (r.choice(ORIENT + GENDER_ID), "SEXUAL_ORIENTATION" if False else "__O__"),
            ".\n",
        )
    o = person(r, loc)
    d.x(
        "Investigating officer ",
        nm(r, o),
        " said the victim showed great courage. Media enquiries: ",
        (email(r, o), "EMAIL_ADDRESS"),
        "\n",
    )
    return d


def news_court_reports(r, i):
    loc = NEWS_LOCS[i % len(NEWS_LOCS)]
    choices = [court_list, crime_report, missing_appeal, newsletter, press_release]
    if loc == "US":
        choices += [booking_log]
    if loc == "IN":
        choices += [india_fir, india_fir]
    if loc == "ZA":
        choices += [za_court, za_court]
    return r.choice(choices)(r, loc)


# =========================================================== 2. youth_camps_trips
CAMP_LOCS = ["UK", "UK", "IE", "US", "US", "CA", "AU", "NZ", "SC", "ZA", "SG", "IN"]
HOST_LOCS = ["DE", "ES", "FR", "IT", "NL", "PL", "SE", "CH"]


def _child(r, loc, lo=7, hi=17):
    c = person(r, loc, native_p=0.1)
    y = 2025 - r.randint(lo, hi)
    (yy, m, dd) = (y, r.randint(1, 12), r.randint(1, 28))
    return c, (yy, m, dd)


def reg_form(r, loc):
    d = Doc()
    c, (y, m, dd) = _child(r, loc)
    d.x(
        r.choice(
            [
                "SUMMER CAMP REGISTRATION & CONSENT FORM",
                "Residential Trip — Consent and Medical Form",
                "Youth Exchange Application",
            ]
        ),
        "\n",
    )
    d.x(
        "Participant name: ",
        nm(r, c),
        "\nDate of birth: ",
        (fmt_date(r, y, m, dd, loc), "DATE_OF_BIRTH"),
        "    Age at start of camp: ",
        (agetxt(r, 2025 - y, 0.15), "MINOR_AGE"),
        "\n",
    )
    if r.random() < 0.25:
        d.x(
            "Gender: ",
            (r.choice(GENDER_ID), "GENDER_IDENTITY"),
            " (",
            r.choice(["uses they/them", "please use she/her", "please use he/him"]),
            ")\n",
        )
    d.x("Home address: ", address(r, loc, post_p=0.6), "\n")
    pa = person(r, loc)
    d.x("Parent/guardian: ", nm(r, pa), "   Mobile: ", ph(r, loc), "   Email: ", (email(r, pa), "EMAIL_ADDRESS"), "\n")
    if r.random() < 0.6:
        pb = person(r, loc)
        d.x(
            "Second emergency contact: ",
            nm(r, pb),
            " (",
            r.choice(["aunt", "grandad", "neighbour", "older brother"]),
            ") ",
            ph(r, loc),
            "\n",
        )
    d.x("Medical conditions: ", (r.choice(MINOR_CONDITIONS), "MEDICAL_CONDITION"))
    if r.random() < 0.4:
        d.x(", ", (r.choice(MINOR_CONDITIONS), "MEDICAL_CONDITION"))
    d.x(
        "\nMedication (name, dose, times): ",
        (r.choice(MEDS), "MEDICAL_CONDITION"),
        ", ",
        r.choice(["2 puffs as needed", "morning and evening", "8am with breakfast", "carried by the leader"]),
        "\n",
    )
    if loc in ("UK", "SC"):
        d.x("NHS number: ", (I.nhs(r), "NATIONAL_ID"), "\n")
    elif loc == "US" and r.random() < 0.5:
        d.x("Insurance member SSN (parent): ", (I.ssn(r), "US_SSN"), "\n")
    else:
        kind, val, lab = national_id(r, loc, c, (y, m, dd))
        d.x(kind, ": ", (val, lab), "\n")
    d.x(
        "Dietary: ",
        r.choice(["vegetarian", "halal", "no pork", "none", "gluten free"]),
        "\nPhoto consent: ",
        r.choice(["YES", "NO", "yes but not on social media"]),
        "\n",
    )
    d.x("Signed: ", nm(r, pa), "   Date: ", event_date(r, loc), "\n")
    return d


def cabin_list(r, loc):
    d = Doc()
    d.x(
        r.choice(["Cabin allocations", "Room list", "Dorm list"]),
        " — ",
        r.choice(["Week 2", "Lakeside site", "Outdoor Ed Centre", "Year 9 trip"]),
        "\n",
    )
    d.x("Cabin | Name | Age | Notes\n")
    for cab in r.sample(["Osprey", "Kestrel", "Badger", "Otter", "Room 4", "Room 7", "Pine", "Birch"], r.randint(2, 4)):
        for _ in range(r.randint(2, 4)):
            c, (y, m, dd) = _child(r, loc, 9, 16)
            d.x(cab, " | ", nm(r, c, 0.15, 0.1), " | ", (agetxt(r, 2025 - y, 0.1), "MINOR_AGE"), " | ")
            k = r.random()
            if k < 0.45:
                d.x((r.choice(MINOR_CONDITIONS), "MEDICAL_CONDITION"))
                if r.random() < 0.4:
                    d.x("\n    (", (r.choice(MEDS), "MEDICAL_CONDITION"), " in first aid box)")
            elif k < 0.55:
                d.x("bunk away from ", P(person(r, loc).given), " please")
            elif k < 0.62:
                d.x(
                    (r.choice(["trans girl", "trans boy", "non-binary"]), "GENDER_IDENTITY"),
                    " - own room agreed with parents",
                )
            else:
                d.x("-")
            d.x("\n")
    lead = person(r, loc)
    d.x("\nCabin leader on call: ", nm(r, lead), " ", ph(r, loc), "\n")
    return d


def manifest(r, loc):
    d = Doc()
    d.x(
        r.choice(["FLIGHT MANIFEST", "Coach passenger list", "Group booking — passenger details"]),
        " ",
        r.choice(["BA0427", "EI 153", "SQ 318", "QF1", "Coach 2 of 3"]),
        "\n",
    )
    d.x("No. | Surname | Given name(s) | DOB | Passport | Seat\n")
    for i in range(r.randint(4, 7)):
        c, (y, m, dd) = _child(r, loc, 12, 17)
        if c.family:
            d.x(str(i + 1), " | ", P(c.family.upper()), " | ", P(c.given), " | ")
        else:
            d.x(str(i + 1), " | ", P(c.full), " | - | ")
        d.x(
            (fmt_date(r, y, m, dd, loc), "DATE_OF_BIRTH"),
            " | ",
            (
                I.us_passport(r) if loc == "US" else I.passport_generic(r, loc),
                "US_PASSPORT" if loc == "US" else "NATIONAL_ID",
            ),
            " | ",
            "%d%s" % (r.randint(10, 40), r.choice("ABCDEF")),
            "\n",
        )
    for role in ["Group leader", "Assistant leader"]:
        lp = person(r, loc)
        (y, m, dd), dob = dob_parts(r, loc, 1965, 1998)
        d.x(role, ": ", nm(r, lp), ", DOB ", dob, ", mobile ", ph(r, loc), "\n")
    return d


def host_placement(r, loc):
    d = Doc()
    host = r.choice(HOST_LOCS)
    c, (y, m, dd) = _child(r, loc, 14, 17)
    h1 = person(r, host)
    h2 = person(r, host, female=not h1.female)
    d.x(
        "Host family placement confirmation\nStudent: ",
        nm(r, c),
        ", ",
        (agetxt(r, 2025 - y, 0.2), "MINOR_AGE"),
        ", from ",
        LOC(r.choice(L[loc]["towns"])),
        "\n",
    )
    d.x(
        "Host family: ",
        nm(r, h1),
        " and ",
        P(h2.given),
        "\nAddress: ",
        address(r, host, post_p=0.8),
        "\nPhone: ",
        ph(r, host),
        "   E-mail: ",
        (email(r, h1), "EMAIL_ADDRESS"),
        "\n",
    )
    hk = person(r, host)
    d.x("Host sibling: ", P(hk.given), " (", (str(r.randint(6, 17)), "MINOR_AGE"), ")\n")
    d.x(
        "Notes for host family: ",
        P(c.given if c.given != c.full else c.full),
        " has ",
        (r.choice(MINOR_CONDITIONS), "MEDICAL_CONDITION"),
        " and carries ",
        (r.choice(MEDS), "MEDICAL_CONDITION"),
        ". ",
    )
    if r.random() < 0.3:
        d.x(
            "The student is ",
            (r.choice(["gay", "bisexual"]), "SEXUAL_ORIENTATION"),
            " and has asked that this is kept confidential. ",
        )
    d.x(
        "\nWi-Fi for the student: network ",
        r.choice(["FRITZ!Box 7590", "Livebox-4A2C", "Ziggo-Home"]),
        ", password ",
        (I.credential(r), "CREDENTIAL"),
        "\n",
    )
    co = person(r, loc)
    d.x("Exchange coordinator: ", nm(r, co), ", ", ph(r, loc), "\n")
    return d


def safeguard_log(r, loc):
    d = Doc()
    c, (y, m, dd) = _child(r, loc, 8, 17)
    d.x(
        "SAFEGUARDING / INCIDENT LOG — CONFIDENTIAL\nDate/time: ",
        event_date(r, loc),
        " ",
        "%02d:%02d" % (r.randint(7, 23), r.randint(0, 59)),
        "\n",
    )
    d.x(
        "Young person: ",
        nm(r, c),
        " (age ",
        (agetxt(r, 2025 - y, 0.2), "MINOR_AGE"),
        ")\nReported by: ",
        nm(r, person(r, loc)),
        ", ",
        r.choice(["activity instructor", "dorm leader", "volunteer"]),
        "\n",
    )
    k = r.randint(0, 3)
    if k == 0:
        d.x(
            "Account: ",
            P(c.short),
            " disclosed that an older camper, ",
            nm(r, person(r, loc)),
            " (",
            (str(r.randint(14, 17)), "MINOR_AGE"),
            "), had been messaging from the account ",
            (handle(r, c) + "_x", "USERNAME"),
            " and asking for photos.\n",
        )
    elif k == 1:
        d.x(
            "Account: during the hike ",
            P(c.short),
            " had a ",
            (r.choice(["seizure", "hypo", "asthma attack", "panic attack"]), "MEDICAL_CONDITION"),
            " near ",
            (coords(r, loc), "GEO_COORDINATES"),
            ". ",
            (r.choice(MEDS), "MEDICAL_CONDITION"),
            " given at ",
            "%02d:%02d" % (r.randint(9, 17), r.randint(0, 59)),
            ".\n",
        )
    elif k == 2:
        d.x(
            "Account: ",
            P(c.short),
            " told me they are ",
            (r.choice(["trans", "non-binary", "a trans boy", "genderfluid"]), "GENDER_IDENTITY"),
            " and that other campers had been mocking them. Parents are not aware.\n",
        )
    else:
        d.x(
            "Account: ",
            P(c.short),
            " said ",
            r.choice(["her", "his"]),
            " stepfather ",
            nm(r, person(r, loc, female=False)),
            " was ",
            (
                r.choice(
                    [
                        "released from prison last month",
                        "arrested for assault in March",
                        "on a suspended sentence for drink-driving",
                    ]
                ),
                "CRIMINAL_HISTORY",
            ),
            " and is not allowed to collect.\n",
        )
    pa = person(r, loc)
    d.x(
        "Parent contacted: ",
        nm(r, pa),
        " on ",
        ph(r, loc),
        " at ",
        "%02d:%02d" % (r.randint(8, 22), r.randint(0, 59)),
        ".\nDSL informed: ",
        nm(r, person(r, loc)),
        ".\n",
    )
    return d


def parent_messages(r, loc):
    d = Doc()
    d.x(
        r.choice(["WhatsApp — Camp Parents Group", "Messages: Trip 2025 parents", "Signal group: Scouts summer camp"]),
        "\n",
    )
    for _ in range(r.randint(3, 5)):
        pa = person(r, loc)
        c, (y, m, dd) = _child(r, loc, 7, 15)
        d.x(
            "[",
            "%02d:%02d" % (r.randint(6, 23), r.randint(0, 59)),
            "] ",
            P(pa.given if pa.given != pa.full else pa.full),
            ": ",
        )
        k = r.randint(0, 4)
        if k == 0:
            d.x(
                "hi all its ",
                P(pa.given.lower() if r.random() < 0.4 else pa.given),
                ", ",
                P(c.given if c.given != c.full else c.full),
                "'s mum. she forgot her ",
                (r.choice(["inhaler", "EpiPen", "insulin pen"]), "MEDICAL_CONDITION"),
                " can a leader ring me on ",
                ph(r, loc),
                "?",
            )
        elif k == 1:
            d.x(
                "does anyone know the kit list? my ",
                r.choice(["son", "daughter"]),
                " is ",
                (agetxt(r, 2025 - y, 0.4), "MINOR_AGE"),
                " and it's the first time away",
            )
        elif k == 2:
            d.x("photos are on the shared drive, password is ", (I.credential(r), "CREDENTIAL"))
        elif k == 3:
            d.x(
                "add me on insta ",
                (handle(r, pa), "USERNAME"),
                " for the lift share, we're coming from ",
                LOC(r.choice(L[loc]["towns"])) if L[loc]["towns"] else "",
            )
        else:
            d.x(
                "pick up is at ",
                address(r, loc, post_p=0, region_p=0),
                " at 5. My reg is ",
                (I.plate(r, loc), "VEHICLE_PLATE"),
            )
        d.x("\n")
    return d


def youth_camps_trips(r, i):
    loc = CAMP_LOCS[i % len(CAMP_LOCS)]
    return r.choice([reg_form, reg_form, cabin_list, manifest, host_placement, safeguard_log, parent_messages])(r, loc)


# =========================================================== 3. tenancy_lettings
TEN_LOCS = ["UK", "UK", "IE", "US", "CA", "AU", "NZ", "DE", "ES", "FR", "IT", "NL", "PL", "SE", "CH", "SC"]
CUR = {
    "UK": "£",
    "SC": "£",
    "IE": "€",
    "US": "$",
    "CA": "$",
    "AU": "$",
    "NZ": "$",
    "DE": "€",
    "ES": "€",
    "FR": "€",
    "IT": "€",
    "NL": "€",
    "PL": "zł ",
    "SE": "SEK ",
    "CH": "CHF ",
}
IBAN_CC = {
    "UK": "GB",
    "SC": "GB",
    "IE": "IE",
    "DE": "DE",
    "ES": "ES",
    "FR": "FR",
    "IT": "IT",
    "NL": "NL",
    "PL": "PL",
    "SE": "SE",
    "CH": "CH",
}


def bank(r, loc):
    if loc in ("US",):
        return [
            "routing number ",
            (I.aba(r), "ABA_ROUTING_NUMBER"),
            ", account ",
            (I.us_bank_account(r), "US_BANK_NUMBER"),
        ]
    if loc in ("CA", "AU", "NZ"):
        return [
            "account no. ",
            (I.us_bank_account(r), "US_BANK_NUMBER")
            if False
            else (
                "%s-%s" % (I.digits(r, 3), I.digits(r, 7))
                if loc != "NZ"
                else "%s-%s-%s-%s" % (I.digits(r, 2), I.digits(r, 4), I.digits(r, 7), I.digits(r, 2)),
                "__BANK__",
            ),
        ]
    if loc in ("UK", "SC") and r.random() < 0.4:
        return ["sort code ", I.sort_code(r), ", account ", (I.digits(r, 8), "__BANK__")]
    return ["IBAN ", (I.iban(r, IBAN_CC.get(loc, "GB")), "IBAN_CODE")]


def rental_application(r, loc):
    d = Doc()
    a = person(r, loc, native_p=0.1)
    if r.random() < 0.15:
        a = person(r, r.choice(["UA", "SY"]))
    (y, m, dd), dob = dob_parts(r, loc, 1960, 2004)
    d.x(
        r.choice(
            [
                "RENTAL APPLICATION",
                "Tenancy application form",
                "Application for residential tenancy",
                "Mietinteressenten-Selbstauskunft (English copy)",
            ]
        ),
        "\n",
    )
    d.x(
        "Applicant: ",
        nm(r, a),
        "\nDate of birth: ",
        dob,
        "\nCurrent address: ",
        address(r, loc, post_p=0.6),
        "\nTime at address: ",
        str(r.randint(1, 9)),
        " years\n",
    )
    d.x("Mobile: ", ph(r, loc), "   Email: ", (email(r, a), "EMAIL_ADDRESS"), "\n")
    kind, val, lab = national_id(r, loc, a, (y, m, dd))
    d.x("ID document (", kind, "): ", (val, lab), "\n")
    if r.random() < 0.3 and loc != "US":
        d.x("Residence permit no.: ", (I.letters(r, 2) + I.digits(r, 7), "NATIONAL_ID"), "\n")
    d.x(
        "Employer: ",
        r.choice(
            ["Tesco Stores Ltd", "City Hospital Trust", "Amazon Logistics", "self-employed", "Deutsche Bahn", "Ikea"]
        ),
        "   Annual income: ",
        CUR.get(loc, "£"),
        "{:,}".format(r.randint(18, 95) * 1000),
        "\n",
    )
    pl = person(r, loc)
    d.x("Previous landlord: ", nm(r, pl), ", ", ph(r, loc), "\n")
    d.x("Occupants: ", str(r.randint(1, 4)), r.choice(["", " incl. one child aged "]))
    if d.parts[-1].endswith("aged "):
        d.x((str(r.randint(1, 15)), "MINOR_AGE"))
    d.x("\nPets: ", r.choice(["none", "1 cat", "small dog"]), "   Smoker: ", r.choice(["no", "yes"]), "\n")
    if r.random() < 0.35:
        d.x(
            "Any criminal convictions? ",
            r.choice(["Yes — ", "Y: "]),
            (r.choice(CRIMES) + ", " + str(r.randint(2010, 2022)), "CRIMINAL_HISTORY"),
            "\n",
        )
    if r.random() < 0.3:
        d.x(
            "Adaptations needed: ",
            r.choice(["ground floor due to ", "wet room - I have "]),
            (
                r.choice(["multiple sclerosis", "a spinal cord injury", "cerebral palsy", "heart failure"]),
                "MEDICAL_CONDITION",
            ),
            "\n",
        )
    d.x("Rent to be paid from: ")
    d.x(bank(r, loc))
    d.x("\n")
    return d


def reference_report(r, loc):
    d = Doc()
    a = person(r, loc)
    (y, m, dd), dob = dob_parts(r, loc, 1965, 2003)
    d.x(
        r.choice(["TENANT REFERENCING REPORT", "Credit & Identity Check — Summary", "Referencing outcome"]),
        "  Ref ",
        "TR-%06d" % r.randint(0, 999999),
        "\n",
    )
    d.x("Subject: ", P(a.formal(upper=r.random() < 0.5)), "   DOB: ", dob, "\n")
    d.x(
        "Address history:\n  1. ",
        address(r, loc, post_p=0.7),
        " (",
        str(r.randint(2019, 2023)),
        "–present)\n  2. ",
        address(r, loc, post_p=0.7),
        " (",
        str(r.randint(2012, 2018)),
        "–",
        str(r.randint(2019, 2022)),
        ")\n",
    )
    kind, val, lab = national_id(r, loc, a, (y, m, dd))
    d.x("Identity verified via ", kind, " ", (val, lab), "\n")
    d.x("Bank account: ")
    d.x(bank(r, loc))
    d.x("   Card on file: ", (I.credit_card(r), "CREDIT_CARD"), "\n")
    d.x(
        "Credit score: ",
        str(r.randint(380, 999)),
        "   CCJs: ",
        r.choice(["none", "1 satisfied", "2 unsatisfied"]),
        "\n",
    )
    d.x(
        "Device used for application: ",
        (I.uuid4(r, r.random() < 0.5), "DEVICE_ID"),
        " from IP ",
        (I.ipv4(r) if r.random() < 0.7 else I.ipv6(r), "IP_ADDRESS"),
        "\n",
    )
    ref = person(r, loc)
    d.x(
        "Employer reference by ",
        nm(r, ref),
        " (",
        (email(r, ref), "EMAIL_ADDRESS"),
        "): confirmed.\nOutcome: ",
        r.choice(["PASS", "PASS WITH GUARANTOR", "FAIL"]),
        "\n",
    )
    return d


def guarantor(r, loc):
    d = Doc()
    g = person(r, loc)
    t = person(r, loc)
    (y, m, dd), dob = dob_parts(r, loc, 1950, 1985)
    d.x(
        "GUARANTOR FORM\nTenant: ",
        nm(r, t),
        "\nProperty: ",
        address(r, loc, post_p=0.5),
        "\n\nGuarantor: ",
        nm(r, g),
        "\nRelationship to tenant: ",
        r.choice(["father", "mother", "uncle", "former employer"]),
        "\n",
    )
    d.x(
        "Date of birth: ",
        dob,
        "   Age: ",
        (str(age_of(y)), "AGE"),
        "\nHome address: ",
        address(r, loc, post_p=0.6),
        "\nHomeowner: ",
        r.choice(["yes", "no"]),
        "\n",
    )
    kind, val, lab = national_id(r, loc, g, (y, m, dd))
    d.x(
        kind,
        ": ",
        (val, lab),
        "\nPhone: ",
        ph(r, loc),
        "   Work phone: ",
        ph(r, loc),
        "\nEmail: ",
        (email(r, g), "EMAIL_ADDRESS"),
        "\n",
    )
    d.x("Signature: ", P(g.full), "\n")
    return d


def agreement(r, loc):
    d = Doc()
    ll = person(r, loc)
    t1 = person(r, loc)
    t2 = person(r, loc) if r.random() < 0.5 else None
    d.x(
        r.choice(
            [
                "ASSURED SHORTHOLD TENANCY AGREEMENT",
                "RESIDENTIAL TENANCY AGREEMENT",
                "Lease (excerpt)",
                "Mietvertrag (Auszug, Übersetzung)",
            ]
        ),
        "\n\n",
    )
    d.x("1. Landlord: ", nm(r, ll), " of ", address(r, loc, post_p=0.5), "\n2. Tenant(s): ", nm(r, t1))
    if t2:
        d.x(" and ", nm(r, t2))
    d.x(
        "\n3. Premises: ",
        address(r, loc, post_p=0.7),
        "\n4. Term: 12 months from ",
        event_date(r, loc),
        "\n5. Rent: ",
        CUR.get(loc, "£"),
        str(r.randint(6, 30) * 50),
        " per month, payable to ",
    )
    d.x(bank(r, loc))
    d.x(
        "\n6. Deposit: held in ",
        r.choice(["the DPS custodial scheme", "a Kautionskonto", "the RTB scheme", "Bond Lodgement"]),
        "\n",
    )
    d.x(
        "7. Key safe code: ",
        (I.digits(r, 4), "CREDENTIAL"),
        "  Wi-Fi password: ",
        (I.credential(r), "CREDENTIAL"),
        "\n",
    )
    d.x("8. Router MAC (for tenant's ISP registration): ", (I.mac(r), "MAC_ADDRESS"), "\n")
    d.x("Signed: ", P(ll.full), " / ", P(t1.full), "\n")
    return d


def checkout_report(r, loc):
    d = Doc()
    t = person(r, loc)
    d.x(
        "INVENTORY & CHECK-OUT REPORT\nProperty: ",
        address(r, loc, post_p=0.5),
        "\nOutgoing tenant: ",
        nm(r, t),
        "\nClerk: ",
        nm(r, person(r, loc)),
        "\n\n",
    )
    d.x("Room | Check-in | Check-out | Action\n")
    for room in r.sample(["Hallway", "Kitchen", "Lounge", "Bedroom 1", "Bedroom 2", "Bathroom", "Garden"], 4):
        d.x(
            room,
            " | ",
            r.choice(["good", "fair, light marks", "new carpet"]),
            " | ",
            r.choice(
                ["heavy soiling\n  to carpet", "scuffs to walls", "as check-in", "mould to ceiling", "broken blind"]
            ),
            " | ",
            r.choice(["clean", "repaint", "none", "tenant liability"]),
            "\n",
        )
    d.x(
        '\nTenant comment: "the mould is from the leak I reported, my ',
        r.choice(["daughter", "son"]),
        " (",
        (str(r.randint(1, 12)), "MINOR_AGE"),
        ") ended up with ",
        (r.choice(["asthma", "chest infections", "eczema flare-ups"]), "MEDICAL_CONDITION"),
        '"\n',
    )
    d.x("Forwarding address: ", address(r, loc, post_p=0.6), "\nForwarding phone: ", ph(r, loc), "\n")
    return d


def repair_thread(r, loc):
    d = Doc()
    t = person(r, loc, native_p=0.1)
    ag = person(r, loc)
    d.x("SMS thread\n")
    d.x(
        r.choice(["Tenant", P(t.given if t.given != t.full else t.full)]),
        " (",
        ph(r, loc),
        "): hi ",
        P(ag.given.lower() if r.random() < 0.3 else ag.given),
        " the boiler is off again at ",
        (street_line_only(r, loc), "STREET_ADDRESS"),
        ", no hot water since sunday\n",
    )
    d.x("Agent: Sorry to hear that. I'll send the engineer. Is someone home tmrw?\n")
    d.x(
        "Tenant: my husband ",
        P(person(r, loc, female=False).given),
        " is home, he's off work with ",
        (r.choice(["a hernia", "depression", "long COVID", "a broken leg", "sciatica"]), "MEDICAL_CONDITION"),
        ". Code for the key box is ",
        (I.digits(r, 4), "CREDENTIAL"),
        "\n",
    )
    d.x(
        "Agent: Thanks. Engineer is ",
        nm(r, person(r, loc)),
        ", he'll call from ",
        ph(r, loc),
        ". Please also email photos to ",
        (email(r, ag), "EMAIL_ADDRESS"),
        "\n",
    )
    if r.random() < 0.5:
        d.x(
            "Tenant: ok. also the landlord ",
            nm(r, person(r, loc)),
            " came in without notice again, drove off in ",
            (I.plate(r, loc), "VEHICLE_PLATE"),
            ". not acceptable\n",
        )
    return d


def street_line_only(r, loc):
    from v22_core import street_line

    return street_line(r, loc)


def deposit_dispute(r, loc):
    d = Doc()
    t = person(r, loc)
    ll = person(r, loc)
    d.x(
        "From: ",
        (email(r, t), "EMAIL_ADDRESS"),
        "\nTo: ",
        (email(r, ll), "EMAIL_ADDRESS"),
        "\nSubject: Deposit for ",
        (street_line_only(r, loc), "STREET_ADDRESS"),
        "\n\n",
    )
    d.x(
        "Dear ",
        r.choice(["Mr ", "Ms ", ""]),
        P(ll.family or ll.full),
        ",\n\nI moved out on ",
        event_date(r, loc),
        " and have still not received my deposit of ",
        CUR.get(loc, "£"),
        str(r.randint(5, 30) * 100),
        ". ",
    )
    d.x(
        "You claim deductions for cleaning, but the check-in report already showed the stains. Please return the money to "
    )
    d.x(bank(r, loc))
    d.x(" within 10 days or I will raise a dispute.\n")
    if r.random() < 0.4:
        d.x(
            "I also note you told the neighbours I am ",
            (r.choice(ORIENT), "SEXUAL_ORIENTATION"),
            " and ",
            (r.choice(ETHNIC), "ETHNIC_ORIGIN"),
            ", which is nobody's business and will be mentioned in my complaint.\n",
        )
    d.x("\nRegards,\n", P(t.full), "\n", ph(r, loc), "\n")
    return d


def tenancy_lettings(r, i):
    loc = TEN_LOCS[i % len(TEN_LOCS)]
    return r.choice(
        [
            rental_application,
            rental_application,
            reference_report,
            guarantor,
            agreement,
            checkout_report,
            repair_thread,
            deposit_dispute,
        ]
    )(r, loc)


# =========================================================== 4. crowdfunding_campaigns
CF_LOCS = ["UK", "US", "US", "IE", "CA", "AU", "NZ", "ZA", "NG", "KE", "PH", "IN", "DE", "MX", "JM", "GH"]
PLATFORMS = [
    "GoFundMe",
    "JustGiving",
    "Ketto",
    "Milaap",
    "BackaBuddy",
    "Givealittle",
    "Chuffed",
    "M-Changa",
    "Betterplace",
    "Donorbox",
]


def campaign_page(r, loc):
    d = Doc()
    b = person(r, loc, native_p=0.1)
    o = person(r, loc)
    minor = r.random() < 0.35
    age = r.randint(2, 17) if minor else r.randint(20, 70)
    cond = r.choice(CONDITIONS)
    d.x(
        r.choice(["Help ", "Support ", "Please help "]),
        P(b.given if b.given != b.full else b.full),
        " ",
        r.choice(["fight ", "beat ", "get treatment for "]),
        (cond, "MEDICAL_CONDITION"),
        "\n",
    )
    d.x("Organised by ", nm(r, o), " · ", LOC(r.choice(L[loc]["towns"])), "\n\n")
    d.x(
        "This is my ",
        r.choice(
            ["daughter", "best friend", "wife", "sister"] if b.female else ["brother", "son", "best friend", "dad"]
        ),
        " ",
        nm(r, b),
        ". ",
        P(b.short),
        " is only ",
        (agetxt(r, age, 0.3), "MINOR_AGE" if minor else "AGE"),
        " and in ",
        r.choice(["March", "June", "October"]),
        " was diagnosed with ",
        (cond, "MEDICAL_CONDITION"),
        ". ",
    )
    d.x("Treatment includes ", (r.choice(MEDS), "MEDICAL_CONDITION"), " and the costs are more than we can manage.\n")
    if r.random() < 0.3:
        d.x(
            "Genetic testing showed ",
            (r.choice(GENETIC), "GENETIC_DATA"),
            ", so the rest of the family is being tested too.\n",
        )
    d.x(
        "Donations go straight to ",
        P(b.short if r.random() < 0.5 else o.given),
        "'s account. You can also send directly: ",
    )
    if loc == "KE":
        d.x("M-Pesa ", ph(r, loc), " (", P(o.full.upper()), ")")
    elif loc == "IN":
        d.x("UPI ", (handle(r, o) + "@okicici", "USERNAME"))
    elif loc == "PH":
        d.x("GCash ", ph(r, loc))
    else:
        d.x(bank(r, loc) if loc in ("UK", "IE", "DE", "US") else ["PayPal ", (email(r, o), "EMAIL_ADDRESS")])
    d.x("\n\nWords of support:\n")
    for _ in range(r.randint(2, 4)):
        dn = person(r, loc)
        k = r.random()
        if k < 0.4:
            d.x(
                (handle(r, dn), "USERNAME"),
                " donated ",
                CUR.get(loc, "$"),
                str(r.randint(1, 40) * 5),
                ': "',
                r.choice(["Sending love", "Stay strong", "Praying for you", "Get well soon"]),
                " ",
                P(b.short),
                '"\n',
            )
        elif k < 0.7:
            d.x(
                nm(r, dn, 0.05, 0.3),
                ': "',
                r.choice(["From all of us at the club", "We went to school together", "Big hugs"]),
                '"',
                "\n",
            )
        else:
            d.x(
                'Anonymous: "',
                r.choice(["My husband also had ", "I had "]),
                (r.choice(CONDITIONS), "MEDICAL_CONDITION"),
                ', keep going"\n',
            )
    return d


def funeral(r, loc):
    d = Doc()
    dec = person(r, loc)
    (y, m, dd), dob = dob_parts(r, loc, 1940, 2005)
    d.x("In loving memory of ", nm(r, dec), "\n", dob, " – ", event_date(r, loc), "\n\n")
    d.x(
        "On ",
        event_date(r, loc),
        " we lost our beloved ",
        P(dec.given if dec.given != dec.full else dec.full),
        ", aged just ",
        (agetxt(r, age_of(y) - 1, 0.4), "AGE"),
        ", after ",
        r.choice(["a sudden ", "a long battle with "]),
        (
            r.choice(
                ["heart attack", "stage 4 bowel cancer", "sickle cell crisis", "stroke", "leukaemia", "a road accident"]
            ),
            "MEDICAL_CONDITION",
        ),
        ".\n",
    )
    if r.random() < 0.4:
        d.x(
            "As a proud ",
            (r.choice(ETHNIC), "ETHNIC_ORIGIN"),
            " family we want to bring ",
            r.choice(["him", "her"]),
            " home to ",
            LOC(r.choice(L[loc]["towns"])),
            " for burial.\n",
        )
    o = person(r, loc)
    d.x(
        "Funds will cover the service at ",
        r.choice(["St Joseph's Church", "the Gurdwara", "the mosque", "the community hall"]),
        " and the repatriation. Organiser: ",
        nm(r, o),
        " (",
        ph(r, loc),
        ").\n",
    )
    d.x("Family address for cards: ", address(r, loc, post_p=0.5), "\n")
    return d


def legal_fund(r, loc):
    d = Doc()
    b = person(r, loc)
    d.x("Legal defence fund for ", nm(r, b), "\n\n")
    d.x(
        P(b.short),
        ", a ",
        (str(r.randint(19, 45)), "AGE"),
        "-year-old ",
        r.choice(["father of two", "nurse", "student", "taxi driver"]),
        " from ",
        LOC(r.choice(L[loc]["towns"])),
        ", was ",
        (
            r.choice(
                [
                    "arrested at a protest and charged with criminal damage",
                    "charged with assault after defending his brother",
                    "convicted of possession and sentenced to 2 years",
                    "held on remand for 4 months on a robbery charge later dropped",
                ]
            ),
            "CRIMINAL_HISTORY",
        ),
        ". ",
    )
    if r.random() < 0.6:
        d.x(
            "We believe ",
            r.choice(["he", "she", "they"]),
            " was targeted because ",
            r.choice(["he", "she", "they"]),
            " is ",
            (r.choice(ETHNIC), "ETHNIC_ORIGIN"),
            r.choice([".", " and openly "]),
        )
        if d.parts[-1].endswith("openly "):
            d.x((r.choice(ORIENT), "SEXUAL_ORIENTATION"), ".")
    d.x(
        "\nThe solicitor, ",
        nm(r, person(r, loc)),
        ", estimates fees of ",
        CUR.get(loc, "$"),
        "{:,}".format(r.randint(4, 40) * 1000),
        ".\n",
    )
    d.x("Follow updates at ", (profile_url(r, handle(r, b)), "URL"), "\n")
    return d


def verification(r, loc):
    d = Doc()
    o = person(r, loc)
    (y, m, dd), dob = dob_parts(r, loc, 1960, 2003)
    d.x(r.choice(PLATFORMS), " — Organiser verification record\nCase: V-", str(r.randint(100000, 999999)), "\n")
    d.x("Legal name: ", nm(r, o), "\nDOB: ", dob, "\nResidential address: ", address(r, loc, post_p=0.6), "\n")
    kind, val, lab = national_id(r, loc, o, (y, m, dd))
    d.x("ID doc: ", kind, " ", (val, lab), " — selfie match 0.9", str(r.randint(1, 9)), "\n")
    d.x("Phone (OTP verified): ", ph(r, loc), "\nEmail: ", (email(r, o), "EMAIL_ADDRESS"), "\n")
    d.x("Payout: ")
    d.x(bank(r, loc) if loc in ("UK", "IE", "DE", "US") else ["card ", (I.credit_card(r), "CREDIT_CARD")])
    d.x(
        "\nSign-up IP: ",
        (I.ipv4(r), "IP_ADDRESS"),
        "   Device: ",
        (r.choice([I.uuid4(r, True), I.imei(r), I.device_serial(r)]), "DEVICE_ID"),
        "\n",
    )
    bn = person(r, loc)
    d.x(
        "Beneficiary: ",
        nm(r, bn),
        " (",
        r.choice(["daughter", "father", "self", "nephew"]),
        ")\nReviewer: ",
        nm(r, person(r, "US")),
        " — APPROVED\n",
    )
    return d


def fraud_review(r, loc):
    d = Doc()
    o = person(r, loc)
    d.x(
        "TRUST & SAFETY REVIEW — campaign #",
        str(r.randint(1000000, 9999999)),
        "\nFlag: ",
        r.choice(["duplicate beneficiary", "stolen photos", "payout to third party", "card testing"]),
        "\n\n",
    )
    d.x(
        "Organiser account ",
        (handle(r, o), "USERNAME"),
        " (",
        (email(r, o), "EMAIL_ADDRESS"),
        ") shares device ",
        (I.uuid4(r), "DEVICE_ID"),
        " with account ",
        (handle(r, person(r, loc)), "USERNAME"),
        ".\n",
    )
    d.x(
        "Logins from ",
        (I.ipv4(r), "IP_ADDRESS"),
        " and ",
        (I.ipv6(r), "IP_ADDRESS"),
        "; wifi MAC ",
        (I.mac(r), "MAC_ADDRESS"),
        " seen on both.\n",
    )
    d.x(
        "Test donations from cards ",
        (I.credit_card(r), "CREDIT_CARD"),
        " and ",
        (I.credit_card(r), "CREDIT_CARD"),
        " (both charged back).\n",
    )
    real = person(r, loc)
    d.x(
        "The photos belong to ",
        nm(r, real),
        ", who contacted us from ",
        ph(r, loc),
        ": she is not ill and has never had ",
        (r.choice(CONDITIONS), "MEDICAL_CONDITION"),
        ".\n",
    )
    if r.random() < 0.4:
        d.x(
            "Organiser previously ",
            (
                r.choice(["convicted of fraud by false representation in 2019", "charged with theft by deception"]),
                "CRIMINAL_HISTORY",
            ),
            " per public record.\n",
        )
    d.x("Action: suspend, refund donors. Analyst: ", P(person(r, "US").given), "\n")
    return d


def donor_messages(r, loc):
    d = Doc()
    o = person(r, loc)
    dn = person(r, loc)
    d.x("Message thread — campaign organiser / donor\n\n")
    d.x(
        P(dn.full),
        ": Hi ",
        P(o.given if o.given != o.full else o.full),
        ", I'd like to give ",
        CUR.get(loc, "$"),
        "500 but not through the site. Can you send your details?\n",
    )
    d.x(P(o.given if o.given != o.full else o.full), ": Thank you so much! ")
    d.x(bank(r, loc) if loc in ("UK", "IE", "DE", "US") else ["You can send to my number ", ph(r, loc)])
    d.x(". Or email me at ", (email(r, o, 0.3), "EMAIL_ADDRESS"), "\n")
    d.x(
        P(dn.full),
        ": Done. My mum had ",
        (r.choice(CONDITIONS), "MEDICAL_CONDITION"),
        " too. If you need a lift to the hospital I'm in ",
        LOC(r.choice(L[loc]["towns"])),
        ", text ",
        ph(r, loc),
        "\n",
    )
    if r.random() < 0.5:
        d.x(
            P(o.given if o.given != o.full else o.full),
            ": update - scan results today, ",
            P(person(r, loc).given),
            " (",
            (str(r.randint(3, 16)), "MINOR_AGE"),
            ") is asking for you!\n",
        )
    return d


def crowdfunding_campaigns(r, i):
    loc = CF_LOCS[i % len(CF_LOCS)]
    return r.choice([campaign_page, campaign_page, funeral, legal_fund, verification, fraud_review, donor_messages])(
        r, loc
    )


# =========================================================== 5. world_englishes_tips
VOICE = {
    "IN": dict(
        o=["Respected Sir/Madam,", "Dear Sir,", "Sir, namaste."],
        who=["this fellow", "the said person", "that bugger"],
        mid=[
            "kindly do the needful",
            "he is absconding since two days",
            "please take action at the earliest",
            "he is doing timepass and eve-teasing",
            "his good name is",
        ],
        c=["Please revert.", "Thanking you, yours faithfully.", "Kindly treat this as urgent."],
        veh="scooty",
        cop="police thana",
    ),
    "PK": dict(
        o=["Assalam o Alaikum,", "Respected sir,", "AoA sir,"],
        who=["this banda", "the said person", "that fellow"],
        mid=[
            "he is very chalu",
            "he is doing fraud with poor people",
            "everyone in the mohalla knows",
            "Inshallah you will catch him",
        ],
        c=["JazakAllah.", "Kindly help.", "Allah Hafiz."],
        veh="rickshaw",
        cop="thana",
    ),
    "BD": dict(
        o=["Salam,", "Dear sir,", "Respected concern,"],
        who=["this mastan", "that bhai", "the person"],
        mid=[
            "he is doing very much harassment",
            "he took 50,000 taka",
            "everybody in the para is scared",
            "he is roaming freely",
        ],
        c=["Please take step.", "Thanks and regards.", "Khoda hafez."],
        veh="CNG",
        cop="thana",
    ),
    "LK": dict(
        o=["Aney sir,", "Dear sir/madam,", "Good day,"],
        who=["this fellow", "that chap", "this machang"],
        mid=[
            "what to do, no men",
            "he is coming to the house every night",
            "he is saying he is big shot",
            "putha is very scared",
        ],
        c=["Please help us.", "Thank you.", "Appreciate your early action."],
        veh="three-wheeler",
        cop="police station",
    ),
    "NG": dict(
        o=["Good day sir,", "Abeg,", "Compliments of the season,"],
        who=["this guy", "this yahoo boy", "the oga"],
        mid=[
            "he don dey do this thing tey tey",
            "na wahala dey",
            "he is always dulling people",
            "please come sharp sharp",
        ],
        c=["God bless you.", "Thanks and God bless.", "Please act fast."],
        veh="keke",
        cop="division",
    ),
    "GH": dict(
        o=["Please,", "Chale,", "Good afternoon,"],
        who=["the guy", "this sakawa boy", "that man"],
        mid=[
            "herh, he is too much",
            "he is worrying everybody",
            "ei, he has started again",
            "paa, the matter is serious",
        ],
        c=["God bless.", "Thank you.", "Please act."],
        veh="trotro",
        cop="police station",
    ),
    "KE": dict(
        o=["Sasa,", "Hello,", "Greetings,"],
        who=["the guy", "huyu jamaa", "the mkora"],
        mid=[
            "manze, he is a conman",
            "ati he is a big man",
            "pole for the long message",
            "he is just roaming in the estate",
        ],
        c=["Asante.", "Thanks in advance.", "Kindly assist."],
        veh="matatu",
        cop="police post",
    ),
    "UG": dict(
        o=["Greetings,", "Hello ssebo,", "Dear officer,"],
        who=["the man", "that mafia", "this guy"],
        mid=["he is too extra", "otherwise he is not a good person", "the boda guys know him", "nyabo, please help"],
        c=["Thanks.", "For God and my country.", "Kindly help."],
        veh="boda boda",
        cop="police station",
    ),
    "ZM": dict(
        o=["Mwaiseni,", "Good day,", "Dear sir,"],
        who=["ba", "the chap", "iwe"],
        mid=[
            "he is just a kaponya",
            "this thing has been going on",
            "the chap is too much",
            "he is always drunk at the tavern",
        ],
        c=["Natotela.", "Thank you.", "Please help."],
        veh="minibus",
        cop="police post",
    ),
    "ZA": dict(
        o=["Howzit,", "Hi there,", "Good morning,"],
        who=["this oke", "the tsotsi", "the guy"],
        mid=[
            "eish, it's bad",
            "he comes now now and leaves just now",
            "he drives a white bakkie",
            "he stands by the robot selling stuff",
        ],
        c=["Shot.", "Thanks a lot.", "Please sort this out."],
        veh="bakkie",
        cop="SAPS station",
    ),
    "PH": dict(
        o=["Good day po,", "Hello po Sir/Ma'am,", "Gud pm po,"],
        who=["si kuya", "this guy", "ate"],
        mid=["sana po ma-aksyunan agad", "for your info po", "grabe po talaga", "nakakatakot na po"],
        c=["Salamat po.", "Thank you po.", "God bless po."],
        veh="jeepney",
        cop="barangay tanod",
    ),
    "MY": dict(
        o=["Hi,", "Salam,", "Hello officer,"],
        who=["this fella", "got one guy", "that abang"],
        mid=["cannot tahan already lah", "alamak, he kena before also", "he always lepak there", "damn scary one"],
        c=["Thank you ya.", "Tq.", "Pls help."],
        veh="kancil",
        cop="balai polis",
    ),
    "SG": dict(
        o=["Hi,", "Hello,", "Dear officer,"],
        who=["the uncle", "this guy", "that ah beng"],
        mid=["damn siao lah", "can help or not", "very sian already", "paiseh to trouble you but"],
        c=["Thanks ah.", "Tks.", "Thank you."],
        veh="PMD",
        cop="NPC",
    ),
    "HK": dict(
        o=["Hi,", "Dear Sir/Madam,", "Hello,"],
        who=["the guy", "this man", "that ah sir"],
        mid=["aiya, he did it again la", "very scary lor", "he hangs around jor", "add oil to your team"],
        c=["Thanks a lot.", "Thank you.", "Pls follow up."],
        veh="minibus",
        cop="police station",
    ),
    "JM": dict(
        o=["Wah gwaan,", "Good day,", "Greetings,"],
        who=["di yute", "dat bwoy", "the bredda"],
        mid=[
            "him a run up and down",
            "mi nuh want no trouble",
            "a long time now dem a do dis",
            "everybody inna di lane know",
        ],
        c=["Bless.", "Respect.", "Please help."],
        veh="route taxi",
        cop="station",
    ),
    "TT": dict(
        o=["Aye,", "Good day,", "Morning,"],
        who=["dem fellas", "the fella", "this man"],
        mid=["is real bacchanal", "they liming by the corner whole day", "doh mamaguy me", "it have plenty confusion"],
        c=["Thanks.", "Please help.", "Blessings."],
        veh="maxi taxi",
        cop="station",
    ),
    "IE": dict(
        o=["Hi,", "Howya,", "Hello there,"],
        who=["yer man", "your one", "that eejit"],
        mid=[
            "it's not grand at all",
            "he does be around the gaff",
            "the guards were told before",
            "she's always giving out",
        ],
        c=["Thanks a million.", "Cheers.", "Good luck."],
        veh="van",
        cop="Garda station",
    ),
    "SC": dict(
        o=["Hiya,", "Aye,", "Hello,"],
        who=["that bampot", "yon guy", "the wee fella"],
        mid=["ken he's at it again", "the polis were told", "the wean was greetin", "he's up the close the now"],
        c=["Cheers.", "Ta.", "Thanks."],
        veh="motor",
        cop="polis station",
    ),
    "AU": dict(
        o=["G'day,", "Hi mate,", "Hey,"],
        who=["this bloke", "the bogan", "this fella"],
        mid=[
            "reckon he's dodgy",
            "heaps of people have seen him",
            "he's always at the servo in the arvo",
            "fair dinkum it's getting worse",
        ],
        c=["Cheers mate.", "Ta.", "Thanks heaps."],
        veh="ute",
        cop="cop shop",
    ),
    "NZ": dict(
        o=["Kia ora,", "Hey bro,", "Morena,"],
        who=["this fulla", "the guy", "that egg"],
        mid=["it's munted", "hard out sketchy", "sweet as if you can look into it", "the whānau is worried"],
        c=["Chur.", "Ngā mihi.", "Cheers."],
        veh="ute",
        cop="cop shop",
    ),
}


def tip(r, loc):
    d = Doc()
    v = VOICE[loc]
    sus = person(r, loc, female=False, native_p=0.2)
    vic = person(r, loc, female=True, native_p=0.15)
    t1 = r.choice(L[loc]["towns"])
    d.x(r.choice(v["o"]), "\n")
    k = r.randint(0, 4)
    who = r.choice(v["who"])
    if k == 0:  # online scam
        d.x(
            "I want to report ",
            who,
            " ",
            nm(r, sus, 0.1, 0.2),
            " who is cheating people online using the handle ",
            (handle(r, sus), "USERNAME"),
            " and number ",
            ph(r, loc),
            ". ",
        )
        d.x(
            r.choice(v["mid"]),
            ". ",
            r.choice(["My cousin", "My neighbour", "My sister"]),
            " ",
            nm(r, vic, 0.05, 0.25),
            " sent him money to ",
        )
        if loc in ("UK", "IE", "SC"):
            d.x((I.iban(r, "IE" if loc == "IE" else "GB"), "IBAN_CODE"))
        else:
            d.x("the account ", (I.digits(r, r.choice([10, 11, 12]), True), "__BANK__"))
        d.x(
            " for a ",
            r.choice(["visa", "job abroad", "phone", "car"]),
            " that never came. His profile: ",
            (profile_url(r, handle(r, sus)), "URL"),
            "\n",
        )
    elif k == 1:  # missing / runaway child
        age = r.randint(9, 17)
        d.x(
            "Our ",
            r.choice(["daughter", "niece"]),
            " ",
            nm(r, vic, 0.05, 0.2),
            ", ",
            (agetxt(r, age, 0.35), "MINOR_AGE"),
            " years, from ",
            (r.choice(SCHOOLS.get(loc, ["the secondary school"])), "__ORG__"),
            ", did not come home since ",
            r.choice(["yesterday", "Friday", "two days"]),
            ". Last seen ",
            r.choice(LANDMARKS.get(loc, ["near the shops"])),
            " in ",
            LOC(t1),
            ". ",
        )
        d.x(
            "We think ",
            who,
            " ",
            nm(r, sus),
            " (",
            (agetxt(r, r.randint(22, 40), 0.3), "AGE"),
            ") took her on a ",
            v["veh"],
            " plate ",
            (I.plate(r, loc), "VEHICLE_PLATE"),
            ". ",
        )
        d.x(
            r.choice(v["mid"]),
            ". ",
            P(vic.short),
            " has ",
            (r.choice(MINOR_CONDITIONS), "MEDICAL_CONDITION"),
            ". Please call the mother on ",
            ph(r, loc),
            ".\n",
        )
    elif k == 2:  # domestic / neighbour violence
        d.x(
            "Next door at ",
            address(r, loc, town=t1, post_p=0.1, region_p=0.2),
            ", ",
            who,
            " ",
            nm(r, sus, 0.1, 0.15),
            " is beating his wife ",
            nm(r, vic),
            " every night. ",
        )
        d.x(
            r.choice(v["mid"]),
            ". He was ",
            (
                r.choice(
                    [
                        "jailed before for assault",
                        "arrested last year for drunk driving",
                        "charged with robbery in 2021",
                        "released from remand last month",
                    ]
                ),
                "CRIMINAL_HISTORY",
            ),
            ". ",
        )
        kind, val, lab = national_id(r, loc, sus)
        d.x(
            "I saw his ",
            kind,
            ", it is ",
            (val, lab),
            ". The ",
            v["cop"],
            " knows. She is ",
            (agetxt(r, r.randint(19, 45), 0.3), "AGE"),
            " and ",
            r.choice(["pregnant", "has diabetes", "has a bad back"]) if False else "",
            "her phone is ",
            ph(r, loc),
            ".\n",
        )
    elif k == 3:  # drugs / vehicle
        d.x(
            who.capitalize(),
            " ",
            nm(r, sus, 0.15, 0.15),
            ", ",
            r.choice(["around ", "about ", ""]),
            (agetxt(r, r.randint(20, 50), 0.3), "AGE"),
            ", is selling drugs from a ",
            r.choice(CARS),
            " ",
            (I.plate(r, loc), "VEHICLE_PLATE"),
            " ",
            r.choice(LANDMARKS.get(loc, ["near the shops"])),
            ", ",
            LOC(t1),
            ". ",
        )
        d.x(
            r.choice(v["mid"]),
            ". Location pin: ",
            (coords(r, loc), "GEO_COORDINATES"),
            ". His friend ",
            nm(r, person(r, loc)),
            " goes by ",
            (handle(r, person(r, loc)), "USERNAME"),
            " on TikTok.\n",
        )
    else:  # harassment / blackmail
        age = r.randint(13, 17)
        d.x(
            who.capitalize(),
            " ",
            nm(r, sus, 0.1, 0.15),
            " is blackmailing ",
            nm(r, vic),
            ", ",
            (agetxt(r, age, 0.35), "MINOR_AGE"),
            ", with photos and threatening to tell ",
            r.choice(["the family", "the whole school", "everyone in the estate"]),
            " that she is ",
            (r.choice(ORIENT + ["lesbian"]), "SEXUAL_ORIENTATION"),
            ". ",
        )
        d.x(
            r.choice(v["mid"]),
            ". He uses email ",
            (email(r, sus, 0.3), "EMAIL_ADDRESS"),
            " and logs in from ",
            (I.ipv4(r), "IP_ADDRESS"),
            ". ",
        )
        d.x("Phone IMEI on the receipt: ", (I.imei(r), "DEVICE_ID"), ".\n")
    if r.random() < 0.5:
        d.x(
            "He stays in ", LOC(r.choice(L[loc]["towns"])), " ", r.choice(LANDMARKS.get(loc, ["near the shops"])), ".\n"
        )
    d.x(r.choice(v["c"]))
    if r.random() < 0.4:
        rep = person(r, loc)
        d.x(" - ", P(rep.given if rep.given != rep.full else rep.full), " ", ph(r, loc))
    d.x("\n")
    return d


def world_englishes_tips(r, i):
    locs = [
        "IN",
        "PK",
        "BD",
        "LK",
        "NG",
        "GH",
        "KE",
        "UG",
        "ZM",
        "ZA",
        "PH",
        "MY",
        "SG",
        "HK",
        "JM",
        "TT",
        "IE",
        "SC",
        "AU",
        "NZ",
    ]
    return tip(r, locs[i % len(locs)])


REGISTERS = [
    ("news_court_reports", news_court_reports),
    ("youth_camps_trips", youth_camps_trips),
    ("tenancy_lettings", tenancy_lettings),
    ("crowdfunding_campaigns", crowdfunding_campaigns),
    ("world_englishes_tips", world_englishes_tips),
]
