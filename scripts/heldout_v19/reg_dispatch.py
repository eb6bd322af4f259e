"""Register 3: emergency_dispatch."""

import datetime

import pools
from common import (
    Addr,
    Doc,
    Frag,
    Redraw,
    US_AREA,
    TOWN_GEO,
    doc_date,
    dob_for_age,
    email,
    fmt_date,
    geo,
    imei,
    ipv4,
    ipv6,
    mac,
    national_id,
    nm,
    person,
    phone,
    pick,
    plate,
    profile_url,
    rdate,
    rdig,
    ralnum,
    serial,
    username,
    us_dl,
    uuid,
    us_ssn,
    gb_driving_licence,
    DATE_STYLE,
)

REGISTER = "emergency_dispatch"
NUM = {"US": "911", "CA": "911", "GB": "999", "IE": "112", "AU": "000", "DE": "112", "NL": "112"}

MED_CAPS = [
    "CHF",
    "COPD",
    "DIABETES",
    "HTN",
    "SEIZURE DISORDER",
    "DEMENTIA",
    "AFIB",
    "ASTHMA",
    "PRIOR MI",
    "CKD",
    "PARKINSONS",
    "SCHIZOPHRENIA",
]
MED_PROSE = [
    "type 2 diabetes",
    "COPD",
    "epilepsy",
    "dementia",
    "atrial fibrillation",
    "heart failure",
    "asthma",
    "bipolar disorder",
    "Parkinson's disease",
    "chronic kidney disease",
    "hypertension",
    "angina",
    "multiple sclerosis",
    "depression",
    "schizophrenia",
]
HOSP = ["ST. ELIAS MEDICAL CENTER", "REGIONAL MEDICAL CENTER", "MERCY GENERAL", "UNIVERSITY HOSPITAL", "COUNTY GENERAL"]


def t_cad(rng, index, when):
    cc = rng.choice(["US", "US", "US", "CA"])
    a = Addr(rng, cc) if cc == "US" else Addr(rng, "CA")
    caller = person(rng, cc)
    pt = person(rng, cc, last=caller.last if rng.random() < 0.7 else None)
    age = rng.randint(19, 94)
    dob = dob_for_age(rng, age, when)
    d = Doc()
    h, m, s = rng.randint(0, 23), rng.randint(0, 50), rng.randint(0, 59)
    t = datetime.datetime(when.year, when.month, when.day, h, m, s)
    ty = rng.choice(
        [
            ("MED", "CHEST PAIN"),
            ("MED", "FALL"),
            ("MED", "DIFF BREATHING"),
            ("MED", "UNCONSCIOUS"),
            ("MED", "DIABETIC PROBLEM"),
        ]
    )
    agency = rng.choice(["FIRE DIST 3", "COUNTY EMS", "METRO FIRE RESCUE", "REGIONAL EMS AUTH"])
    d.f(
        "INCIDENT {yr}-{n}   TYPE: {t1}-{t2}   PRI: {p}   AGENCY: {ag}\nCREATED {ts}   CALL SRC: {num} WIRELESS PH2\n",
        yr=when.strftime("%y"),
        n=rdig(rng, 6),
        t1=ty[0],
        t2=ty[1],
        p=rng.choice([1, 1, 2]),
        ag=agency,
        ts=t.strftime("%m/%d/%Y %H:%M:%S"),
        num=NUM[cc],
    )
    d.f("LOC: {st:STREET_ADDRESS}, {tw:LOCATION}\n", st=a.street.upper(), tw=a.town.upper())
    lat, lon = TOWN_GEO.get(a.town, (45.4, -75.7))
    d.f("XY: {g:GEO_COORDINATES}  UNC {u}M\n", g=geo(rng, lat, lon, 0.04, "dec_nospace"), u=rng.randint(5, 60))
    cbn = phone(rng, cc, style="natl", area=US_AREA.get(a.town))
    d.f(
        "CALLER: {c:PERSON}   CBN: {cb:PHONE_NUMBER}\n" + "-" * 60 + "\n",
        c="%s, %s" % (caller.last.upper(), caller.first.upper()),
        cb=cbn,
    )

    def line(code, tpl, **kw):
        nonlocal t
        t = t + datetime.timedelta(seconds=rng.randint(8, 70))
        d.f("{ts} {c:<5}", ts=t.strftime("%H:%M:%S"), c=code)
        d.f(tpl + "\n", **kw)

    rel = rng.choice(["HUSBAND", "WIFE", "MOTHER", "FATHER", "NEIGHBOR", "ROOMMATE"])
    sx = "F" if pt.female else "M"
    line(
        "CT1",
        "CALLER STATES {rel} {age:AGE}YO{sx} {cc}",
        rel=rel,
        age=str(age),
        sx=sx,
        cc={
            "CHEST PAIN": "C/O CHEST PAIN RADIATING TO L ARM",
            "FALL": "FELL IN BATHROOM, CANNOT GET UP",
            "DIFF BREATHING": "SOB, UNABLE TO FINISH SENTENCES",
            "UNCONSCIOUS": "FOUND ON FLOOR, NOT RESPONDING TO VOICE",
            "DIABETIC PROBLEM": "CONFUSED AND SWEATY, BS READ LOW",
        }[ty[1]],
    )
    hx = rng.sample(MED_CAPS, rng.randint(1, 3))
    t = t + datetime.timedelta(seconds=rng.randint(8, 40))
    d.f("{ts} CT1  PT CONSCIOUS, BREATHING. HX ", ts=t.strftime("%H:%M:%S"))
    for i, x in enumerate(hx):
        if i:
            d.t(", ")
        d.s(x, "MEDICAL_CONDITION")
    d.t("\n")
    line("CT1", "PT NAME {n:PERSON} DOB {dob:DATE_OF_BIRTH}", n=pt.full.upper(), dob=fmt_date(dob, "mdy/"))
    units = ["M%d" % rng.randint(1, 40), "E%d" % rng.randint(1, 30)]
    line("DISP", "{u1} {u2} DISPATCHED", u1=units[0], u2=units[1])
    line(
        "CT1",
        rng.choice(
            [
                "FRONT DOOR UNLOCKED, DOG SECURED",
                "GATE CODE #{gc:CREDENTIAL}, 2ND FLOOR",
                "ADVISED NOT TO MOVE PT",
                "PT ON BLOOD THINNERS",
                "LOCKBOX CODE {gc:CREDENTIAL} ON SIDE DOOR",
            ]
        ),
        gc=rdig(rng, 4),
    )
    if rng.random() < 0.5:
        line(
            "CT1",
            "ADD'L CALLER {n2:PERSON} {cb2:PHONE_NUMBER} (DAUGHTER) EN ROUTE",
            n2=person(rng, cc, last=pt.last).full.upper(),
            cb2=phone(rng, cc, style="natl", area=US_AREA.get(a.town)),
        )
    line(units[1], "ON SCENE")
    line(units[0], "ON SCENE")
    t = t + datetime.timedelta(minutes=rng.randint(8, 20))
    line(
        units[0],
        "TRANSPORTING 1 PT TO {h} - {cond}",
        h=pick(rng, HOSP),
        cond=rng.choice(["STABLE", "PRIORITY 2", "ALS"]),
    )
    line(units[0], "AT DESTINATION")
    line("SYS", "INCIDENT CLOSED - DISPO: TRANSPORTED")
    return d


def t_epcr(rng, index, when):
    cc = rng.choice(["US", "GB", "AU", "IE", "CA"])
    a = Addr(rng, cc)
    pt = person(rng, cc)
    age = rng.randint(18, 96)
    dob = dob_for_age(rng, age, when)
    nok = person(rng, cc, last=pt.last)
    d = Doc()
    svc = {
        "US": "COUNTY EMS",
        "GB": "Ambulance Service NHS Trust",
        "AU": "Ambulance Victoria-style service",
        "IE": "National Ambulance Service",
        "CA": "Paramedic Services",
    }[cc]
    d.f(
        "PATIENT CARE RECORD ({svc})\nIncident no.: {n}   Unit: {u}   Date: {dt}\n\n",
        svc=svc,
        n=rdig(rng, 8),
        u=rng.choice(["MEDIC 14", "RRV 22", "A-31", "ALS 5"]),
        dt=fmt_date(when, DATE_STYLE[cc]),
    )
    d.f(
        "Patient: {n:PERSON}    DOB: {dob:DATE_OF_BIRTH}    Age: {age:AGE}    Sex: {sx}\n",
        n="%s, %s" % (pt.last.upper(), pt.first),
        dob=fmt_date(dob, DATE_STYLE[cc]),
        age=str(age),
        sx="F" if pt.female else "M",
    )
    d.f("Address: {a}\nPhone: {t:PHONE_NUMBER}\n", a=a.frag(), t=phone(rng, cc, area=US_AREA.get(a.town)))
    if cc == "GB":
        d.f("NHS no.: {v:NATIONAL_ID}\n", v=national_id(rng, "gb.nhs"))
    elif cc == "CA":
        d.f(
            "Health card: {v:NATIONAL_ID}\n",
            v=rdig(rng, 4, True)
            + "-"
            + rdig(rng, 3)
            + "-"
            + rdig(rng, 3)
            + "-"
            + ralnum(rng, 2, "ABCDEFGHJKLMNPRSTVWXYZ"),
        )
    elif cc == "IE":
        d.f("PPSN: {v:NATIONAL_ID}\n", v=national_id(rng, "ie.pps", dob, pt.female))
    d.f(
        "NOK: {n:PERSON} ({r}) {t:PHONE_NUMBER}\n\n",
        n=nok.full,
        r=rng.choice(["spouse", "son", "daughter", "sibling"]),
        t=phone(rng, cc, area=US_AREA.get(a.town)),
    )
    cc_ = rng.choice(
        ["shortness of breath", "fall with head strike", "chest pain", "hypoglycaemia", "seizure", "abdominal pain"]
    )
    d.f("Chief complaint: {c}\nPast medical history: ", c=cc_)
    hx = rng.sample(MED_PROSE, rng.randint(1, 3))
    for i, x in enumerate(hx):
        if i:
            d.t(", ")
        d.s(x, "MEDICAL_CONDITION")
    d.f(
        "\nMedications: {m}\nAllergies: {al}\n\n",
        m=rng.choice(
            [
                "metformin, ramipril",
                "apixaban, bisoprolol",
                "salbutamol, beclometasone",
                "levetiracetam",
                "donepezil, amlodipine",
            ]
        ),
        al=rng.choice(["NKDA", "NKDA", "latex"]),
    )
    d.t("Obs  Time   BP       HR   RR   SpO2  GCS  BGL\n")
    t0 = datetime.datetime(when.year, when.month, when.day, rng.randint(0, 23), rng.randint(0, 59))
    for i in range(rng.randint(2, 3)):
        t0 += datetime.timedelta(minutes=rng.randint(6, 15))
        d.f(
            "{i}    {t}  {s}/{di}  {hr}   {rr}   {sp}%   {g}   {b}\n",
            i=i + 1,
            t=t0.strftime("%H:%M"),
            s=rng.randint(96, 182),
            di=rng.randint(55, 104),
            hr=rng.randint(52, 128),
            rr=rng.randint(12, 30),
            sp=rng.randint(86, 99),
            g=rng.choice([15, 15, 14, 13]),
            b="%.1f" % rng.uniform(2.4, 14.0),
        )
    d.f(
        "\nNarrative: Called by {who} to find the {age:AGE}-year-old patient {pos}. {n:PERSON} {st}. ",
        who=rng.choice(["neighbour", "family", "carer", "passer-by"]),
        age=str(age),
        pos=rng.choice(
            [
                "sitting on the kitchen floor",
                "in bed, pale and clammy",
                "on the pavement outside the house",
                "in the armchair",
            ]
        ),
        n=pt.first,
        st=rng.choice(
            [
                "was alert and oriented",
                "was confused to time and place",
                "denied loss of consciousness",
                "was anxious but cooperative",
            ]
        ),
    )
    d.t(
        rng.choice(
            [
                "Treated per protocol and conveyed to ED without incident.",
                "Glucose given with good effect; patient declined conveyance after capacity assessment.",
                "Conveyed under blue lights with a pre-alert.",
            ]
        )
        + "\n"
    )
    d.f("Crew: {c1:PERSON} (paramedic), {c2:PERSON} (EMT)\n", c1=person(rng, cc).full, c2=person(rng, cc).full)
    return d


CRIM_UK = [
    "previous convictions for burglary",
    "a conviction for assault occasioning actual bodily harm (2019)",
    "warnings for violence and drugs",
    "a conviction for drink-driving in 2021",
    "two previous convictions for theft from motor vehicles",
    "a caution for possession of a bladed article",
]


def t_control_room(rng, index, when):
    cc = rng.choice(["GB", "GB", "IE", "AU"])
    a = Addr(rng, cc)
    caller = person(rng, cc)
    sus = person(rng, cc)
    sage = rng.randint(18, 58)
    sdob = dob_for_age(rng, sage, when)
    pl = plate(rng, cc)
    d = Doc()
    hh, mm = rng.randint(18, 23), rng.randint(0, 59)
    d.f(
        "FORCE CONTROL ROOM - INCIDENT NARRATIVE\nLog {n} of {dt}\nGrading: {g}\n\n",
        n=rdig(rng, 4),
        dt=fmt_date(when, DATE_STYLE[cc]),
        g=rng.choice(["Immediate", "Priority", "Emergency"]),
    )
    d.f(
        "At {h:02d}:{m:02d} hrs a {num} call was received from {t} {c:PERSON} of {a}, reporting that ",
        h=hh,
        m=mm,
        num=NUM[cc],
        t="Ms" if caller.female else "Mr",
        c=caller.last,
        a=a.frag(),
    )
    d.t(
        rng.choice(
            [
                "a male was trying door handles on cars along the street",
                "her ex-partner was banging on the front door and shouting",
                "two males were fighting outside the takeaway opposite",
                "a car had been driven into the garden wall and the driver had run off",
            ]
        )
        + ". "
    )
    d.f(
        "The caller gave her number as {t:PHONE_NUMBER}. "
        if caller.female
        else "The caller gave his number as {t:PHONE_NUMBER}. ",
        t=phone(rng, cc, style="natl"),
    )
    d.f(
        "A {col} {mk}, registration {pl:VEHICLE_PLATE}, was seen leaving towards {tw:LOCATION}.\n\n",
        col=rng.choice(["silver", "black", "dark blue", "white"]),
        mk=rng.choice(["Ford Focus", "VW Golf", "Vauxhall Corsa", "Toyota Hilux", "BMW 3 Series"]),
        pl=pl,
        tw=pick(rng, pools.TOWNS[cc]),
    )
    d.f(
        "PNC/registered keeper check on {pl:VEHICLE_PLATE} returned {n:PERSON} (DOB {dob:DATE_OF_BIRTH}, {age:AGE} years). ",
        pl=pl,
        n=sus.full,
        dob=fmt_date(sdob, DATE_STYLE[cc]),
        age=str(sage),
    )
    d.f("Intelligence shows {he} has {cr:CRIMINAL_HISTORY}. ", he="she" if sus.female else "he", cr=pick(rng, CRIM_UK))
    d.f(
        "Units {u1} and {u2} deployed; {o:PERSON} (PC {pc}) located the vehicle at {h2:02d}:{m2:02d} on {st:STREET_ADDRESS}.\n\n",
        u1=rng.choice(["Alpha 21", "Bravo 12", "Kilo 3"]),
        u2=rng.choice(["Delta 4", "Tango 7"]),
        o=person(rng, cc).full,
        pc=rdig(rng, 4, True),
        h2=(hh + 1) % 24,
        m2=rng.randint(0, 59),
        st=Addr(rng, cc, a.town).street,
    )
    d.f(
        "{n:PERSON} was {out}. Caller updated by phone and advised; crime reference to follow. Log closed by {op:PERSON}, control room supervisor.\n",
        n=sus.last,
        out=rng.choice(
            [
                "arrested and conveyed to custody",
                "reported for summons",
                "given words of advice",
                "not present; enquiries ongoing",
            ]
        ),
        op=person(rng, cc).full,
    )
    return d


def t_radio(rng, index, when):
    cc = rng.choice(["GB", "AU", "US", "IE"])
    d = Doc()
    unit = rng.choice(["Alpha Two-One", "Lima Four", "Charlie Seven", "Unit 2B14"])
    sub = person(rng, cc)
    age = rng.randint(18, 66)
    dob = dob_for_age(rng, age, when)
    a = Addr(rng, cc)
    pl = plate(rng, cc)
    d.f(
        "RADIO TRANSCRIPT - channel {ch} - {dt} (auto-transcribed, checked by {op:PERSON})\n\n",
        ch=rng.choice(["OPS 1", "TAC 2", "DIV-3"]),
        dt=fmt_date(when, DATE_STYLE[cc]),
        op=person(rng, cc).full,
    )
    t = datetime.datetime(when.year, when.month, when.day, rng.randint(0, 23), rng.randint(0, 50), rng.randint(0, 59))

    def say(who, tpl, **kw):
        nonlocal t
        t += datetime.timedelta(seconds=rng.randint(5, 45))
        d.f("[{ts}] {w}: ", ts=t.strftime("%H:%M:%S"), w=who)
        d.f(tpl + "\n", **kw)

    say(
        unit.upper(),
        "Control, {u}, vehicle stop on {st:STREET_ADDRESS}, {tw:LOCATION}, can I have a check on {pl:VEHICLE_PLATE}.",
        u=unit,
        st=Addr(rng, cc, a.town).street.split(" Apt")[0].split("Flat ")[-1].split("Unit ")[-1].split(", ")[-1],
        tw=a.town,
        pl=pl,
    )
    say("CONTROL", "Go ahead with the person check when ready.")
    if cc == "US":
        say(
            unit.upper(),
            "Driver is {n:PERSON}, date of birth {dob:DATE_OF_BIRTH}, {st} license {dl:US_DRIVER_LICENSE}.",
            n=nm(sub, "caps"),
            dob=fmt_date(dob, "mdy/"),
            st=a.state,
            dl=us_dl(rng, a.state),
        )
    else:
        say(
            unit.upper(),
            "Surname {ln:PERSON}, forename {fn:PERSON}, date of birth {dob:DATE_OF_BIRTH}, gives address {st:STREET_ADDRESS}.",
            ln=sub.last.upper(),
            fn=sub.first.upper(),
            dob=fmt_date(dob, "dmy/"),
            st=a.street,
        )
    flag = rng.random() < 0.6
    say(
        "CONTROL",
        "Vehicle is registered to that person, insured. "
        + (
            "Subject has {cr:CRIMINAL_HISTORY} and is wanted on a failure-to-appear warrant."
            if flag
            else "No markers, no warrants."
        ),
        cr=rng.choice(
            [
                "convictions for supplying class A drugs",
                "a prior conviction for dangerous driving",
                "a history of assaults on police",
                "a conviction for robbery (2017)",
            ]
        ),
    )
    say(
        unit.upper(),
        "Received. {he} says {pr} {age:AGE}, lives at that address with {rel}. {x}",
        he="She" if sub.female else "He",
        pr="she's" if sub.female else "he's",
        age=str(age),
        rel=rng.choice(["a partner", "parents", "two flatmates"]),
        x="Detaining for the warrant." if flag else "Words of advice re: brake light, resuming.",
    )
    if flag:
        say(
            "CONTROL",
            "Received, {u}. Nearest custody is {tw:LOCATION}. Van {v} en route to you.",
            u=unit,
            tw=pick(rng, pools.TOWNS[cc]),
            v=rng.choice(["Mike 2", "Victor 9"]),
        )
    say(
        unit.upper(),
        "Passenger details for the log: {n2:PERSON}, mobile {t:PHONE_NUMBER}.",
        n2=person(rng, cc).full,
        t=phone(rng, cc, style="natl"),
    )
    say("CONTROL", "Logged. Time is {h:02d}{m:02d}.", h=t.hour, m=t.minute)
    return d


def t_welfare(rng, index, when):
    cc = rng.choice(["GB", "US", "IE", "AU", "CA"])
    a = Addr(rng, cc)
    caller = person(rng, cc)
    subj = person(rng, cc)
    age = rng.randint(62, 97)
    d = Doc()
    med = pick(rng, MED_PROSE)
    pl = plate(rng, cc)
    d.f(
        "WELFARE CHECK REQUEST - call log\nReceived: {dt} {h:02d}:{m:02d}   Call-taker: {ct:PERSON}\n\n",
        dt=fmt_date(when, DATE_STYLE[cc]),
        h=rng.randint(7, 22),
        m=rng.randint(0, 59),
        ct=person(rng, cc).full,
    )
    d.f(
        "Caller: {c:PERSON}, {rel}, tel {t:PHONE_NUMBER}\n",
        c=caller.full,
        rel=rng.choice(["neighbour", "niece", "home-care worker", "friend from church"]),
        t=phone(rng, cc, area=US_AREA.get(a.town)),
    )
    d.f("Subject: {s:PERSON}, aged {age:AGE}, lives alone at {a}\n\n", s=subj.full, age=str(age), a=a.frag())
    d.f(
        "Caller has not seen {s:PERSON} since {day}. Curtains closed, post piling up behind the door, {car} ({pl:VEHICLE_PLATE}) still on the drive. ",
        s=subj.first,
        day=rng.choice(["Monday", "Tuesday", "the weekend", "Friday morning"]),
        car=rng.choice(["car", "small hatchback", "pickup"]),
        pl=pl,
    )
    d.f(
        "Subject has {m:MEDICAL_CONDITION} and {x}. ",
        m=med,
        x=rng.choice(
            [
                "uses a walking frame",
                "is usually very regular with her routine"
                if subj.female
                else "is usually very regular with his routine",
                "has had falls before",
                "receives carers twice a day",
            ]
        ),
    )
    d.f("Landline {t:PHONE_NUMBER} rings out.", t=phone(rng, cc, "fixed"))
    if rng.random() < 0.4:
        d.f(" Key safe by the back door, code {k:CREDENTIAL} (given by caller).", k=rdig(rng, 4))
    d.t("\n")
    d.f(
        "Key holder: {k:PERSON}, {kt:PHONE_NUMBER} ({dist}).\n",
        k=person(rng, cc, last=subj.last).full,
        kt=phone(rng, cc),
        dist=rng.choice(["20 minutes away", "lives in another town", "not answering"]),
    )
    d.f(
        "Outcome: {o}\n",
        o=rng.choice(
            [
                "patrol attended, forced entry; subject found on floor, conscious, conveyed to hospital.",
                "patrol attended; subject was at her daughter's and is safe and well."
                if subj.female
                else "patrol attended; subject was at his son's and is safe and well.",
                "ambulance and police attended; subject found deceased, coroner informed.",
                "key holder attended with officers; subject well, phone had been unplugged.",
            ]
        ),
    )
    return d


def t_missing(rng, index, when):
    cc = rng.choice(["GB", "US", "IE", "AU", "CA", "GB"])
    a = Addr(rng, cc)
    kid_minor = rng.random() < 0.7
    mp = person(rng, cc)
    age = rng.randint(11, 17) if kid_minor else rng.randint(19, 86)
    dob = dob_for_age(rng, age, when)
    caller = person(rng, cc, last=mp.last)
    handle = username(rng, mp, kid=kid_minor)
    d = Doc()
    d.f(
        "MISSING PERSON - INITIAL CALL LOG\nRef {r}   {dt}   Risk: {risk}\n\n",
        r=rdig(rng, 6),
        dt=fmt_date(when, DATE_STYLE[cc]),
        risk=rng.choice(["HIGH", "MEDIUM", "HIGH"]),
    )
    d.f(
        "Missing: {n:PERSON}\nAge: {age:"
        + ("MINOR_AGE" if kid_minor else "AGE")
        + "}   DOB: {dob:DATE_OF_BIRTH}\nHome: {a}\n",
        n=mp.full,
        age=str(age),
        dob=fmt_date(dob, DATE_STYLE[cc]),
        a=a.frag(),
    )
    d.f(
        "Reported by: {c:PERSON} ({rel}), {t:PHONE_NUMBER}\n\n",
        c=caller.full,
        rel="parent" if kid_minor else rng.choice(["spouse", "son", "daughter"]),
        t=phone(rng, cc, area=US_AREA.get(a.town)),
    )
    lat, lon = TOWN_GEO.get(a.town, (51.5, -0.1))
    place = rng.choice(
        [
            "the bus station",
            "the retail park",
            "the skate park",
            "the train station",
            "the beach car park",
            "the shopping centre",
        ]
    )
    d.f(
        "Last seen {h}:{m:02d} at {pl} "
        + rng.choice(["in", "near", "just outside", "on the edge of"])
        + " {tw:LOCATION}, wearing {cl}. ",
        h=rng.randint(13, 22),
        m=rng.randint(0, 59),
        pl=place,
        tw=pick(rng, pools.TOWNS[cc]),
        cl=rng.choice(
            [
                "a black North Face puffer and grey joggers",
                "school uniform and a red backpack",
                "a green parka",
                "a beige raincoat and flat cap",
            ]
        ),
    )
    d.f(
        "Mobile {t:PHONE_NUMBER} is switched off; last network fix approx. {g:GEO_COORDINATES}. ",
        t=phone(rng, cc, style="natl"),
        g=geo(rng, lat, lon, 0.05),
    )
    if rng.random() < 0.6:
        d.f("Handset IMEI {im:DEVICE_ID} provided by {c:PERSON} from the box. ", im=imei(rng), c=caller.first)
    else:
        d.f(
            "Family-sharing app shows the tablet (serial {sn:DEVICE_ID}) last online at 18:02. ",
            sn=serial(rng, "apple"),
        )
    if rng.random() < 0.6:
        d.f(
            "Home router log shows the phone (Wi-Fi MAC {mc:MAC_ADDRESS}) disconnecting at {h}:{m:02d}.\n",
            mc=mac(rng),
            h=rng.randint(7, 12),
            m=rng.randint(0, 59),
        )
    else:
        d.t("\n")
    if rng.random() < 0.5:
        d.f(
            "Ethnicity (self-described by family): {e:ETHNIC_ORIGIN}.\n",
            e=pick(
                rng,
                {
                    "GB": [
                        "White British",
                        "Black British",
                        "British Bangladeshi",
                        "Irish Traveller",
                        "Mixed White and Asian",
                    ],
                    "US": ["Hispanic", "African American", "Navajo", "Korean American", "White"],
                    "IE": ["White Irish", "Irish Traveller", "Black Irish", "Roma"],
                    "AU": ["Aboriginal", "Torres Strait Islander", "Samoan", "Vietnamese Australian"],
                    "CA": ["First Nations (Cree)", "Métis", "Inuit", "Filipino Canadian"],
                }[cc],
            ),
        )
    if kid_minor:
        fr = person(rng, cc)
        d.f(
            "Uses {app} as {h:USERNAME} ({u:URL}); friend {f:PERSON} says {pr} had been talking to an older boy online who offered to {x}. ",
            app=rng.choice(["Snapchat", "TikTok", "Instagram"]),
            h=handle,
            u=profile_url(rng, handle, mp, rng.choice(["ig", "tt"])),
            f=fr.full,
            pr="she" if mp.female else "he",
            x=rng.choice(["pick them up", "buy a train ticket", "meet at the station"]),
        )
        if rng.random() < 0.5:
            d.f(
                "Diagnosed with {m:MEDICAL_CONDITION}; no medication with {pr}.\n",
                m=rng.choice(["autism", "ADHD", "type 1 diabetes", "epilepsy", "anxiety disorder"]),
                pr="her" if mp.female else "him",
            )
        else:
            d.t("No medical concerns reported.\n")
    else:
        d.f(
            "Has {m:MEDICAL_CONDITION} and may be disorientated; {x}. Bank card last used at {h}:{mm:02d}.\n",
            m=rng.choice(["dementia", "Alzheimer's disease", "vascular dementia", "bipolar disorder"]),
            x=rng.choice(["may try to walk to a former address", "has a bus pass", "does not carry a phone reliably"]),
            h=rng.randint(9, 20),
            mm=rng.randint(0, 59),
        )
    d.f(
        "Actions: circulated on briefing, {x}. OIC: {o:PERSON}.\n",
        x=rng.choice(
            [
                "CCTV requested from the station",
                "cell-site request submitted",
                "drone unit tasked",
                "house-to-house started",
            ]
        ),
        o=person(rng, cc).full,
    )
    return d


def t_poison(rng, index, when):
    cc = rng.choice(["US", "US", "AU", "IE", "GB"])
    a = Addr(rng, cc)
    par = person(rng, cc)
    kid = person(rng, cc, last=par.last)
    age = rng.randint(1, 6)
    d = Doc()
    ch = rng.randint(6, 20)
    d.f(
        "POISON INFORMATION CENTRE - CALL SUMMARY\nCase {n}   {dt} {h:02d}:{m:02d}   Specialist: {sp:PERSON}\n\n",
        n=rdig(rng, 7),
        dt=fmt_date(when, DATE_STYLE[cc]),
        h=ch,
        m=rng.randint(0, 59),
        sp=person(rng, cc).full,
    )
    d.f(
        "Caller: {c:PERSON} (parent), calling from {tw:LOCATION}, callback {t:PHONE_NUMBER}\n",
        c=par.full,
        tw=a.town,
        t=phone(rng, cc, area=US_AREA.get(a.town)),
    )
    w = round(age * 2.3 + 8 + rng.uniform(-1.5, 1.5), 1)
    d.f("Patient: {k:PERSON}, {age:MINOR_AGE} y, approx. {w} kg\n", k=kid.first, age=str(age), w=w)
    subst = rng.choice(
        [
            ("paracetamol 120 mg/5 mL suspension", "up to 40 mL"),
            ("dishwasher tablet", "bit into one pod"),
            ("grandparent's amlodipine 10 mg", "1 tablet possibly"),
            ("button battery", "possible swallow"),
            ("liquid laundry capsule", "squirted in mouth"),
            ("iron tablets", "4-5 tablets"),
        ]
    )
    d.f(
        "Substance: {s}; amount: {amt}; time since exposure: {mins} min\n",
        s=subst[0],
        amt=subst[1],
        mins=rng.randint(10, 90),
    )
    d.f("Symptoms: {sy}\nPMH: ", sy=rng.choice(["none at present", "vomited once", "coughing, drooling", "drowsy"]))
    if rng.random() < 0.5:
        d.f("{m:MEDICAL_CONDITION}\n", m=rng.choice(["asthma", "eczema", "congenital heart disease", "epilepsy"]))
    else:
        d.t("nil\n")
    d.f(
        "Advice: {adv}\n",
        adv=rng.choice(
            [
                "attend ED now for assessment and x-ray",
                "observe at home, call back if vomiting or drowsiness",
                "ambulance arranged via " + NUM[cc],
                "give nothing by mouth, go to ED with the packaging",
            ]
        ),
    )
    d.f(
        "Follow-up call at {h:02d}:{m:02d}: spoke to {c:PERSON}; {k:PERSON} {st}.\n",
        h=ch + rng.randint(1, 3),
        m=rng.randint(0, 59),
        c=par.first,
        k=kid.first,
        st=rng.choice(["is well and playing", "was discharged from ED", "is being kept in overnight for observation"]),
    )
    return d


GI = ["non-binary", "transgender", "a trans woman", "a trans man", "genderqueer", "genderfluid"]
SO = ["gay", "bisexual", "lesbian", "pansexual", "asexual", "queer"]


def t_crisis(rng, index, when):
    cc = rng.choice(["US", "GB", "AU", "IE", "CA"])
    a = Addr(rng, cc)
    cl = person(rng, cc)
    age = rng.randint(18, 58)
    d = Doc()
    d.f(
        "CRISIS LINE - CALL SUMMARY (confidential)\nContact ID {n}   Channel: {ch}   {dt}   Counsellor: {co:PERSON}\n\n",
        n=rdig(rng, 7),
        ch=rng.choice(["phone", "phone", "webchat"]),
        dt=fmt_date(when, DATE_STYLE[cc]),
        co=person(rng, cc).first,
    )
    d.f(
        "Caller gave first name {n:PERSON}, age {age:AGE}, living in {tw:LOCATION}. ",
        n=cl.first,
        age=str(age),
        tw=a.town,
    )
    gi = pick(rng, GI)
    gi_v = gi[2:] if gi.startswith("a ") else gi
    d.f(
        "{n:PERSON} identifies as {art}{g:GENDER_IDENTITY}", n=cl.first, art="a " if gi.startswith("a ") else "", g=gi_v
    )
    d.f(" and {s:SEXUAL_ORIENTATION}", s=pick(rng, SO))
    d.t(" and said family had stopped speaking to them after they came out. ")
    d.f(
        "Reports history of {m:MEDICAL_CONDITION}",
        m=rng.choice(["depression", "PTSD", "generalised anxiety disorder", "an eating disorder", "bipolar disorder"]),
    )
    if rng.random() < 0.5:
        d.f(
            " and {m2:MEDICAL_CONDITION}",
            m2=rng.choice(["alcohol dependence", "self-harm", "insomnia", "panic disorder"]),
        )
    d.t(". Recent stressors: job loss, eviction notice.\n\n")
    d.f(
        "Risk: {r}. Protective factors: {p}.\n",
        r=rng.choice(
            ["thoughts of suicide without a plan", "passive ideation", "plan disclosed, means removed during call"]
        ),
        p=rng.choice(["a cat", "best friend nearby", "upcoming appointment with GP", "part-time college course"]),
    )
    if rng.random() < 0.5:
        d.f(
            "Webchat username {u:USERNAME}; session IP {ip:IP_ADDRESS} recorded per emergency protocol (not used).\n",
            u=username(rng, cl),
            ip=ipv4(rng) if rng.random() < 0.7 else ipv6(rng),
        )
    d.f(
        "Safety plan agreed. Caller consented to callback next day on {t:PHONE_NUMBER}.\n",
        t=phone(rng, cc, area=US_AREA.get(a.town)),
    )
    if rng.random() < 0.4:
        pw = person(rng, cc)
        d.f(
            "Warm referral to LGBTQ+ support service, caseworker {cw:PERSON} ({em:EMAIL_ADDRESS}).\n",
            cw=pw.full,
            em=email(rng, pw, domain=rng.choice(["rainbowline.example.org", "outreach-services.example.org"])),
        )
    return d


def t_eu112(rng, index, when):
    cc = rng.choice(["DE", "NL", "IE", "DE", "NL"])
    a = Addr(rng, cc)
    caller = person(rng, cc)
    pt = person(rng, cc)
    age = rng.randint(18, 90)
    d = Doc()
    lat, lon = TOWN_GEO.get(a.town, {"DE": (51.2, 10.4), "NL": (52.1, 5.3), "IE": (53.3, -7.7)}[cc])
    if cc == "DE":
        d.f(
            "LEITSTELLE - EINSATZPROTOKOLL (112)\nEinsatz-Nr. {n}   Stichwort: {st}   {dt}\n",
            n=rdig(rng, 9),
            st=rng.choice(["RD 2 - Atemnot", "RD 1 - Sturz", "RD 2 - Bewusstlos", "THL - VU mit Person"]),
            dt=fmt_date(when, "dmy."),
        )
        d.f(
            "Einsatzort: {s:STREET_ADDRESS}, {pc} {tw:LOCATION}\nKoordinaten (AML): {g:GEO_COORDINATES}\n",
            s=a.street,
            pc=a.pc,
            tw=a.town,
            g=geo(rng, lat, lon, 0.03, "dec"),
        )
        d.f("Anrufer: {c:PERSON}, Rückruf {t:PHONE_NUMBER}\n", c=caller.full, t=phone(rng, cc, style="natl"))
        d.f(
            "Patient: {p:PERSON}, {age:AGE} J., {sx}\nVorerkrankungen: {m:MEDICAL_CONDITION}\n",
            p=pt.full,
            age=str(age),
            sx="w" if pt.female else "m",
            m=rng.choice(
                ["Diabetes mellitus Typ 2", "COPD", "Herzinsuffizienz", "Epilepsie", "Demenz", "Vorhofflimmern"]
            ),
        )
        t = datetime.datetime(when.year, when.month, when.day, rng.randint(0, 23), rng.randint(0, 50))
        rtw = "%d/83-%d" % (rng.randint(1, 9), rng.randint(1, 5))
        nef = "%d/82-1" % rng.randint(1, 9)
        for x in [
            "Alarmierung RTW {r} + NEF {n}",
            "RTW {r} Status 3",
            "RTW {r} Status 4 - am Einsatzort",
            "Übergabe an NA, Transport in {kh}",
            "Status 8 - Einsatz beendet",
        ]:
            t += datetime.timedelta(minutes=rng.randint(1, 12))
            d.f(
                "{ts}  " + x + "\n",
                ts=t.strftime("%H:%M"),
                r=rtw,
                n=nef,
                kh=rng.choice(["Klinikum Mitte", "St.-Marien-Krankenhaus", "Uniklinik"]),
            )
    elif cc == "NL":
        d.f(
            "MELDKAMER AMBULANCEZORG - RIT {n}\nUrgentie: {u}   {dt}\n",
            n=rdig(rng, 8),
            u=rng.choice(["A1", "A1", "A2"]),
            dt=fmt_date(when, "dmy-"),
        )
        d.f(
            "Adres: {s:STREET_ADDRESS}, {pc} {tw:LOCATION}\nAML-locatie: {g:GEO_COORDINATES}\n",
            s=a.street,
            pc=a.pc,
            tw=a.town,
            g=geo(rng, lat, lon, 0.03, "dec"),
        )
        d.f("Melder: {c:PERSON}, tel. {t:PHONE_NUMBER}\n", c=caller.full, t=phone(rng, cc, style="natl"))
        d.f(
            "Patiënt: {p:PERSON} ({age:AGE} jaar), BSN {b:NATIONAL_ID}\nVoorgeschiedenis: {m:MEDICAL_CONDITION}\n",
            p=pt.full,
            age=str(age),
            b=national_id(rng, "nl.bsn"),
            m=rng.choice(["diabetes", "COPD", "hartfalen", "epilepsie", "dementie", "boezemfibrilleren"]),
        )
        d.f(
            "Klacht: {k}. Ambulance {amb} ter plaatse na {mi} min; vervoerd naar {zh}.\n",
            k=rng.choice(["pijn op de borst", "benauwdheid", "val van de trap", "verward"]),
            amb="%02d-%03d" % (rng.randint(1, 25), rng.randint(100, 199)),
            mi=rng.randint(6, 14),
            zh=rng.choice(["het Streekziekenhuis", "het UMC", "Ziekenhuis Rivierenland"]),
        )
    else:
        d.f(
            "NATIONAL EMERGENCY OPERATIONS CENTRE - 112/999 CAD\nIncident {n}   {dt}   Category: {c}\n",
            n=rdig(rng, 8),
            dt=fmt_date(when, "dmy/"),
            c=rng.choice(["PURPLE", "RED", "ORANGE"]),
        )
        d.f(
            "LOCATION: {s:STREET_ADDRESS}, {tw:LOCATION} {pc}\nAML: {g:GEO_COORDINATES}\n",
            s=a.street.upper(),
            tw=a.town.upper(),
            pc=a.pc,
            g=geo(rng, lat, lon, 0.03, "dec"),
        )
        d.f(
            "CALLER: {c:PERSON} TEL {t:PHONE_NUMBER}\nPATIENT: {p:PERSON} {age:AGE}Y {sx}   HX: {m:MEDICAL_CONDITION}\n",
            c=caller.full.upper(),
            t=phone(rng, cc, style="natl"),
            p=pt.full.upper(),
            age=str(age),
            sx="F" if pt.female else "M",
            m=rng.choice(["COPD", "DIABETES", "EPILEPSY", "ANGINA", "DEMENTIA"]),
        )
        d.f(
            "NOTES: {x}. ALLOCATED {u}. EIRCODE CONFIRMED WITH CALLER.\n",
            x=rng.choice(["FALL DOWN STAIRS, HEAD INJURY", "SOB, LIPS BLUE", "COLLAPSE AT KITCHEN TABLE"]),
            u=rng.choice(["AMB 31", "AMB 7", "RRV 2", "CFR GROUP"]),
        )
    return d


def t_traffic(rng, index, when):
    a = Addr(rng, "US")
    st = a.state
    dr = person(rng, "US")
    age = rng.randint(17, 77)
    dob = dob_for_age(rng, age, when)
    pl = plate(rng, "US")
    d = Doc()
    t = datetime.datetime(when.year, when.month, when.day, rng.randint(0, 23), rng.randint(0, 50))
    d.f(
        "TRAFFIC STOP LOG   UNIT {u}   {ts}\n",
        u=rng.choice(["2B14", "7A22", "4K9", "1D31"]),
        ts=t.strftime("%m/%d/%Y %H:%M"),
    )
    d.f(
        "LOC: {s:STREET_ADDRESS} AT {x}, {tw:LOCATION} {st}\n",
        s=Addr(rng, "US", a.town).street.upper().split(" APT")[0],
        x=rng.choice(["OAK ST", "5TH AVE", "I-80 RAMP", "MAIN ST"]),
        tw=a.town.upper(),
        st=st,
    )
    d.f(
        "VEH: {pl:VEHICLE_PLATE} {st} {y} {mk} {col}\n",
        pl=pl,
        st=st,
        y=rng.randint(2004, 2023),
        mk=rng.choice(["HOND CIV", "FORD F15", "CHEV MAL", "TOYT CAM", "NISS ALT"]),
        col=rng.choice(["BLK", "WHI", "GRY", "RED", "BLU"]),
    )
    age_lab = "AGE" if age >= 18 else "MINOR_AGE"
    d.f(
        "DRIVER: {n:PERSON}  DOB {dob:DATE_OF_BIRTH} ({age:"
        + age_lab
        + "})\nDL: {st} {dl:US_DRIVER_LICENSE}  STATUS: {s}\n",
        n="%s, %s" % (dr.last.upper(), dr.first.upper()),
        dob=fmt_date(dob, "mdy/"),
        age=str(age),
        st=st,
        dl=us_dl(rng, st),
        s=rng.choice(["VALID", "SUSPENDED", "EXPIRED", "VALID"]),
    )
    d.f("ADDR ON DL: {a}\n", a=a.frag(caps=True))
    if rng.random() < 0.6:
        d.f(
            "NCIC/STATE: NO WANTS. PRIORS: {cr:CRIMINAL_HISTORY}\n",
            cr=rng.choice(
                ["DUI 2018", "POSS CONTROLLED SUBSTANCE 2015", "DRIVING ON SUSPENDED 2021", "BURGLARY 2ND DEG 2012"]
            ),
        )
    else:
        d.t("NCIC/STATE: NO WANTS, NO RECORD\n")
    d.f(
        "REASON: {r}\nDISPO: {o}\n",
        r=rng.choice(["SPEED 52/35", "FAIL TO SIGNAL", "EXPIRED REG", "HEADLIGHT OUT", "RAN RED LIGHT"]),
        o=rng.choice(["CITATION ISSUED", "WRITTEN WARNING", "VERBAL WARNING", "DRIVER ARRESTED - DWLS, VEH TOWED"]),
    )
    if rng.random() < 0.5:
        pas = person(rng, "US")
        page = rng.randint(15, 40)
        d.f(
            "PASSENGER: {n:PERSON} ({age:"
            + ("AGE" if page >= 18 else "MINOR_AGE")
            + "}) - released to walk home, contact {t:PHONE_NUMBER}\n",
            n=pas.full.upper(),
            age=str(page),
            t=phone(rng, "US", style="natl", area=US_AREA.get(a.town)),
        )
    d.f("BODY CAM: ON   OFFICER: {o:PERSON} #{b}\n", o=person(rng, "US").last.upper(), b=rdig(rng, 4, True))
    return d


TEMPLATES = [t_cad, t_epcr, t_control_room, t_radio, t_welfare, t_missing, t_poison, t_crisis, t_eu112, t_traffic]


def build(rng, index):
    when = doc_date(rng)
    return TEMPLATES[index % len(TEMPLATES)](rng, index, when)
