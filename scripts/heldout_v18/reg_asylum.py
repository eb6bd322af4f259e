"""Register 1: asylum_tracing_casework."""

from __future__ import annotations

from common import CRIM_EN, GENDER_EN, MED_EN, ORIENT_EN, json_obj, kv, table
from core import Doc, V
from people import Person, age_v
from pools import ASY, HOST_TOWNS, TRANSIT
import vals

COUNTRY = {
    "SY": "Syria",
    "AF": "Afghanistan",
    "ER": "Eritrea",
    "ET": "Ethiopia",
    "IQ": "Iraq",
    "SD": "Sudan",
    "SO": "Somalia",
    "UA": "Ukraine",
    "IR": "Iran",
    "GE": "Georgia",
    "LK": "Sri Lanka",
    "CD": "DR Congo",
    "VE": "Venezuela",
}
LANGS = {
    "SY": ["Arabic", "Kurmanji"],
    "AF": ["Dari", "Pashto"],
    "ER": ["Tigrinya", "Arabic"],
    "ET": ["Amharic", "Tigrinya"],
    "IQ": ["Sorani", "Arabic", "Kurmanji"],
    "SD": ["Arabic", "Masalit language"],
    "SO": ["Somali", "Maay Maay"],
    "UA": ["Ukrainian", "Russian"],
    "IR": ["Farsi", "Sorani"],
    "GE": ["Georgian", "Russian"],
    "LK": ["Tamil", "English"],
    "CD": ["French", "Lingala", "Swahili"],
    "VE": ["Spanish"],
}
RELS = ["brother", "sister", "mother", "father", "uncle", "aunt", "cousin", "son", "daughter", "husband", "wife"]
HOST_PHONE = {
    "DE": "DE",
    "NL": "NL",
    "CH": "CH",
    "AT": "AT",
    "GB": "GB",
    "BE": "BE",
    "GR": "GR",
    "IT": "IT",
    "SE": "SE",
    "IE": "IE",
    "FR": "FR",
}
ABROAD = ["TR", "LB", "JO", "IQ", "SD", "ET", "UA", "IR", "DE", "SE", "GB", "NL", "US"]
DOB_STYLES = ["dmy/", "dmy.", "iso", "en", "dmy-"]


def langs(o, eth):
    return ", ".join(x for x in LANGS[o] if x not in eth) or "interpreter required"


def setup(rng):
    o = rng.choice(list(ASY))
    pool = ASY[o]
    host = rng.choice(list(HOST_TOWNS))
    ref = vals.ref_date(rng)
    return o, pool, host, ref


def person(rng, pool, ref, age=None, female=None):
    return Person(rng, pool, female=female, age=age if age is not None else rng.randint(18, 64), ref=ref)


def id_of(rng, pool, p):
    return vals.nid(rng, rng.choice(pool["ids"]), dob=p.dob, female=p.female)


def name_pair(d, p, rng, sep=" / "):
    d.v(p.full())
    if p.has_native():
        d.t(sep)
        d.v(p.full_nat())


def t_registration(rng, i):
    o, pool, host, ref = setup(rng)
    d = Doc(rng, rng.choice([None, "typo", "space"]))
    p = person(rng, pool, ref)
    eth = rng.choice(pool["eth"])
    htown = rng.choice(HOST_TOWNS[host])
    d.t(
        rng.choice(
            ["REGISTRATION FORM – ARRIVAL", "Intake / registration sheet", "ASYLUM SEEKER REGISTRATION (first contact)"]
        )
        + "\n"
    )
    d.f("Centre: {c}   Date: {dt}\n\n", c=V(htown, "LOCATION"), dt=ref.strftime("%d/%m/%Y"))
    pairs = [("Family name", p.sur()), ("Given name(s)", p.given())]
    if p.has_native():
        pairs.append(("Name in original script", p.full_nat()))
    pairs += [
        ("Sex", "F" if p.female else "M"),
        ("Date of birth", p.dob_v(rng.choice(DOB_STYLES))),
        ("Age", p.age_v()),
        ("Place of birth", V(rng.choice(pool["towns"]), "LOCATION")),
        ("Country of origin", COUNTRY[o]),
        ("Ethnic group", V(eth, "ETHNIC_ORIGIN")),
        ("Languages", langs(o, eth)),
    ]
    idv = id_of(rng, pool, p)
    pairs.append(("ID document", [rng.choice(["passport ", "national ID ", "document no. "]), idv]))
    pairs.append(("Mobile (own)", vals.phone(rng, HOST_PHONE[host])))
    kv(d, pairs)
    rel = person(rng, pool, ref)
    d.f(
        "\nRelative abroad: {n} ({r}), currently in {t}, tel. {ph}\n",
        n=rel.full(),
        r=rng.choice(RELS),
        t=V(rng.choice(TRANSIT), "LOCATION"),
        ph=vals.phone(rng, rng.choice(ABROAD)),
    )
    kids = rng.randint(0, 3)
    if kids:
        d.t("\nAccompanying children:\n")
        for k in range(kids):
            c = Person(rng, pool, age=rng.randint(1, 16), ref=ref)
            d.f("  {n}. {nm}, born {dob}, {a} yrs\n", n=str(k + 1), nm=c.given(), dob=c.dob_v("dmy/"), a=c.age_v())
    d.f("\nHealth (self-reported): {m}. ", m=V(rng.choice(MED_EN), "MEDICAL_CONDITION"))
    if rng.random() < 0.4:
        d.f("Also reports {m}.", m=V(rng.choice(MED_EN), "MEDICAL_CONDITION"))
    if rng.random() < 0.3:
        d.f(
            "\nDisclosed in private: {x}. ",
            x=V(rng.choice(ORIENT_EN), "SEXUAL_ORIENTATION")
            if rng.random() < 0.6
            else V(rng.choice(GENDER_EN), "GENDER_IDENTITY"),
        )
    d.t(
        "\nVulnerability screening: "
        + rng.choice(["referred to nurse", "no urgent needs", "follow-up in 7 days", "needs ground-floor room"])
        + "\n"
    )
    return d


def t_tracing(rng, i):
    o, pool, host, ref = setup(rng)
    d = Doc(rng, rng.choice([None, "typo"]))
    enq = person(rng, pool, ref)
    sought = person(rng, pool, ref, age=rng.randint(8, 70))
    d.t(
        rng.choice(
            [
                "RESTORING FAMILY LINKS – TRACING REQUEST",
                "Tracing Request (Family Reunification Service)",
                "Demande de recherche / Tracing request",
            ]
        )
        + "\n"
    )
    d.t(f"Ref. TR-{host}-{rng.randint(2023, 2025)}-{rng.randint(1000, 99999)}\n\nA. ENQUIRER\n")
    d.t("Name: ")
    name_pair(d, enq, rng)
    d.f(
        "\nDate of birth: {dob}\nPresent address: {a}\nPhone: {ph}\n",
        dob=enq.dob_v(rng.choice(DOB_STYLES)),
        a=V(f"{rng.choice(HOST_TOWNS[host])}", "LOCATION"),
        ph=vals.phone(rng, HOST_PHONE[host]),
    )
    if rng.random() < 0.6:
        d.f("E-mail: {e}\n", e=enq.email(rng) if rng.random() < 0.6 else enq.email_obf(rng))
    d.t("\nB. PERSON SOUGHT\nName: ")
    name_pair(d, sought, rng)
    d.f("\nRelationship to enquirer: {r}\nApprox. age: {a}\n", r=rng.choice(RELS), a=sought.age_v())
    if rng.random() < 0.6:
        d.f("Date of birth (if known): {dob}\n", dob=sought.dob_v(rng.choice(DOB_STYLES)))
    lt = rng.choice(pool["towns"] + TRANSIT)
    d.f(
        "Last seen: {t}, {dt}\n",
        t=V(lt, "LOCATION"),
        dt=f"{rng.choice(['early', 'mid', 'late'])} {rng.randint(2015, 2024)}",
    )
    d.f(
        "Last known number: {ph}\n",
        ph=vals.phone(rng, rng.choice([o, "TR", "LB", "SD", "ET"]) if o not in ("VE",) else "CO"),
    )
    circ = rng.choice(
        [
            "separated at the border crossing near {t} when the group was split up",
            "did not board the boat that left from {t}",
            "was taken from the family home in {t} and has not been heard from since",
            "stayed behind in {t} to care for an elderly parent",
        ]
    )
    head, tail = circ.split("{t}")
    d.t("\nCircumstances of separation: " + head)
    d.v(V(rng.choice(pool["towns"] + TRANSIT), "LOCATION"))
    d.t(tail + ".\n")
    if rng.random() < 0.5:
        d.f("Distinguishing features / health: {m}\n", m=V(rng.choice(MED_EN), "MEDICAL_CONDITION"))
    d.f(
        '\nShort message for sought person (max 25 words): "We are safe in {t}. {g}, please call us."\n',
        t=V(rng.choice(HOST_TOWNS[host]), "LOCATION"),
        g=sought.given(),
    )
    return d


def t_interview(rng, i):
    o, pool, host, ref = setup(rng)
    d = Doc(rng, rng.choice([None, "typo", "space"]))
    p = person(rng, pool, ref)
    eth = rng.choice(pool["eth"])
    town = rng.choice(pool["towns"])
    he = "She" if p.female else "He"
    his = "her" if p.female else "his"
    d.t(f"Substantive interview – notes ({ref.strftime('%d.%m.%Y')})\n")
    d.f(
        "Interviewer: {iv}; interpreter: {ip} ({l})\n\n",
        iv=Person(rng, __import__("pools").EU[rng.choice(["GB", "DE", "NL"])]).full(),
        ip=person(rng, pool, ref).full(),
        l=LANGS[o][0],
    )
    d.t("The applicant, ")
    d.v(p.full())
    if p.has_native():
        d.t(" (")
        d.v(p.full_nat())
        d.t(")")
    d.f(
        ", stated that {h} was born on {dob} in {t} and is {a} years old. {H} describes {hs}self as {e}. ",
        h=he.lower(),
        dob=p.dob_v(rng.choice(["en", "dmy/"])),
        t=V(town, "LOCATION"),
        a=p.age_v(),
        H=he,
        hs="her" if p.female else "him",
        e=V(eth, "ETHNIC_ORIGIN"),
    )
    k = rng.random()
    if k < 0.35:
        d.f(
            "{H} fears persecution because {h} is {s}; {hs2} partner {pn} was arrested in {t2}. ",
            H=he,
            h=he.lower(),
            s=V(rng.choice(ORIENT_EN), "SEXUAL_ORIENTATION"),
            hs2=his,
            pn=person(rng, pool, ref).full(),
            t2=V(rng.choice(pool["towns"]), "LOCATION"),
        )
    elif k < 0.55:
        d.f(
            "The applicant identifies as a {g} and reported harassment at checkpoints in {t2}. ",
            g=V(rng.choice(GENDER_EN[:2]), "GENDER_IDENTITY"),
            t2=V(rng.choice(pool["towns"]), "LOCATION"),
        )
    else:
        d.f(
            "{H} left after {hs} brother {b} was detained in {t2}. ",
            H=he,
            hs=his,
            b=person(rng, pool, ref, female=False).given(),
            t2=V(rng.choice(pool["towns"]), "LOCATION"),
        )
    d.f(
        "The journey went via {a} and {b}. ", a=V(rng.choice(TRANSIT), "LOCATION"), b=V(rng.choice(TRANSIT), "LOCATION")
    )
    d.f("{H} reports {m} and is on medication. ", H=he, m=V(rng.choice(MED_EN), "MEDICAL_CONDITION"))
    if rng.random() < 0.4:
        d.f("Police record check in the host country shows {c}. ", c=V(rng.choice(CRIM_EN), "CRIMINAL_HISTORY"))
    d.f(
        "\n\nDocuments submitted: copy of {doc} no. {n}. Contact number of {hs} mother: {ph}.\n",
        doc=rng.choice(["passport", "ID card", "civil registry extract"]),
        n=id_of(rng, pool, p),
        hs=his,
        ph=vals.phone(rng, o if o not in ("VE",) else "CO"),
    )
    d.t(
        "Credibility: "
        + rng.choice(
            [
                "consistent account, minor date discrepancies",
                "detailed and internally consistent",
                "some inconsistencies regarding the route",
            ]
        )
        + ".\n"
    )
    return d


def t_age_assessment(rng, i):
    o, pool, host, ref = setup(rng)
    d = Doc(rng, rng.choice([None, "typo"]))
    claimed = rng.randint(14, 17)
    yp = person(rng, pool, ref, age=claimed, female=rng.random() < 0.3)
    assessed = rng.choice([claimed, claimed + 1, claimed + 2, claimed + 3])
    sw1 = Person(rng, __import__("pools").EU[host if host in __import__("pools").EU else "GB"])
    sw2 = Person(rng, __import__("pools").EU[rng.choice(["GB", "IE", "NL", "DE"])])
    d.t("AGE ASSESSMENT – SUMMARY OF OUTCOME\n\n")
    kv(
        d,
        [
            ("Young person", yp.full()),
            ("Claimed date of birth", yp.dob_v(rng.choice(DOB_STYLES))),
            ("Claimed age", age_v(claimed)),
            ("Place of origin", V(rng.choice(pool["towns"]), "LOCATION")),
            ("Assessing social workers", [sw1.full(), " and ", sw2.full()]),
            ("Interview dates", f"{ref.strftime('%d/%m/%Y')} and two follow-up sessions"),
        ],
    )
    d.t("\nSummary: ")
    d.v(yp.given())
    d.f(
        " presented as a quiet young person who had travelled through {t}. Physical appearance and demeanour were "
        "considered together with the account of schooling. A sibling, {sib}, aged {sa}, remains with the family. ",
        t=V(rng.choice(TRANSIT), "LOCATION"),
        sib=person(rng, pool, ref).given(),
        sa=age_v(rng.randint(5, 25)),
    )
    d.f("Reported health issues: {m}.\n\n", m=V(rng.choice(MED_EN), "MEDICAL_CONDITION"))
    if assessed == claimed:
        d.t("Outcome: claimed age accepted.\n")
    else:
        d.f("Outcome: assessed age {a}; date of birth assigned for administrative purposes.\n", a=age_v(assessed))
    d.t("The young person was informed of the outcome with an interpreter present and of the right to challenge it.\n")
    return d


def t_roster(rng, i):
    o, pool, host, ref = setup(rng)
    d = Doc(rng, None)
    htown = rng.choice(HOST_TOWNS[host])
    d.f(
        "Reception centre {t} – room roster, wing {w} – printed {dt}\n\n",
        t=V(htown, "LOCATION"),
        w=rng.choice("ABCDE"),
        dt=ref.isoformat(),
    )
    rows = []
    for k in range(rng.randint(3, 6)):
        oo = rng.choice(list(ASY))
        pl = ASY[oo]
        p = Person(rng, pl, age=rng.randint(1, 66), ref=ref)
        nm = [p.full("SG")]
        if p.has_native() and rng.random() < 0.5:
            nm += [" / ", p.full_nat()]
        med = V(rng.choice(MED_EN), "MEDICAL_CONDITION") if rng.random() < 0.4 else "-"
        ph = vals.phone(rng, HOST_PHONE[host], style="national") if p.age >= 16 and rng.random() < 0.6 else "-"
        rows.append(
            [
                f"{rng.randint(1, 3)}{rng.randint(0, 2)}{rng.randint(1, 9)}",
                nm,
                p.dob_v("dmy."),
                p.age_v(),
                COUNTRY[oo],
                ph,
                med,
            ]
        )
    table(d, ["Room", "Name", "DOB", "Age", "Origin", "Phone", "Medical flag"], rows)
    d.t("\nNight staff: check headcount at 22:00. Medical flags are confidential – do not display on notice board.\n")
    return d


def t_json(rng, i):
    o, pool, host, ref = setup(rng)
    d = Doc(rng, None)
    p = person(rng, pool, ref)
    sought = person(rng, pool, ref, age=rng.randint(2, 70))
    obj = {
        "case_ref": f"RFL/{host}/{rng.randint(100000, 999999)}",
        "opened": ref.isoformat(),
        "enquirer": {
            "name_latin": p.full(),
            "name_original": p.full_nat() if p.has_native() else None,
            "dob": p.dob_v("iso"),
            "phone": vals.phone(rng, HOST_PHONE[host], style="e164"),
            "current_location": V(rng.choice(HOST_TOWNS[host]), "LOCATION"),
        },
        "sought": {
            "name_latin": sought.full(),
            "age_estimate": sought.age_v(),
            "last_seen_place": V(rng.choice(pool["towns"] + TRANSIT), "LOCATION"),
            "last_seen_year": rng.randint(2014, 2024),
            "ethnicity": V(rng.choice(pool["eth"]), "ETHNIC_ORIGIN"),
            "health_notes": V(rng.choice(MED_EN), "MEDICAL_CONDITION") if rng.random() < 0.5 else None,
        },
        "status": rng.choice(["open", "pending_tracing", "match_candidate"]),
    }
    if rng.random() < 0.5:
        obj["enquirer"]["id_document"] = id_of(rng, pool, p)
    json_obj(d, obj, indent=rng.choice([2, 4]))
    d.t("\n")
    return d


def t_medical(rng, i):
    o, pool, host, ref = setup(rng)
    d = Doc(rng, rng.choice([None, "typo"]))
    p = person(rng, pool, ref, age=rng.randint(18, 70))
    from pools import EU

    doc_ = Person(rng, EU[rng.choice(["DE", "NL", "GB", "CH", "AT"])])
    de = rng.random() < 0.5
    if de:
        d.t("Überweisungsschein / Medizinisches Screening\n\n")
        kv(
            d,
            [
                ("Patient/in", p.full("SG")),
                ("Geb.-Datum", p.dob_v("dmy.")),
                ("Alter", p.age_v()),
                ("Unterkunft", V(rng.choice(HOST_TOWNS[host]), "LOCATION")),
                ("Telefon", vals.phone(rng, HOST_PHONE[host])),
            ],
        )
        d.f(
            "\nDiagnose(n): {a}; {b}\n",
            a=V(rng.choice(MED_EN), "MEDICAL_CONDITION"),
            b=V(rng.choice(MED_EN), "MEDICAL_CONDITION"),
        )
        d.f("Überweisung an: Fachärztin/Facharzt, Termin erbeten. Dolmetschung ({l}) erforderlich.\n", l=LANGS[o][0])
        d.f("\nAusstellender Arzt: Dr. {n}\n", n=doc_.full())
    else:
        d.t("MEDICAL SCREENING – REFERRAL LETTER\n\nDear colleague,\n\nI am referring ")
        d.v(p.full())
        d.f(
            " (DOB {dob}, {a} years), currently accommodated in {t}, who arrived from {c} {w} weeks ago. ",
            dob=p.dob_v(rng.choice(DOB_STYLES)),
            a=p.age_v(),
            t=V(rng.choice(HOST_TOWNS[host]), "LOCATION"),
            c=COUNTRY[o],
            w=str(rng.randint(2, 12)),
        )
        d.f(
            "Screening showed {m}. There is also a history of {m2}. ",
            m=V(rng.choice(MED_EN), "MEDICAL_CONDITION"),
            m2=V(rng.choice(MED_EN), "MEDICAL_CONDITION"),
        )
        if rng.random() < 0.3:
            d.f(
                "The patient disclosed being {g}; please use the chosen name {cn}. ",
                g=V(rng.choice(GENDER_EN), "GENDER_IDENTITY"),
                cn=person(rng, pool, ref, female=not p.female).given(),
            )
        d.f("Mobile: {ph}.\n\nKind regards,\n{n}, GP\n", ph=vals.phone(rng, HOST_PHONE[host]), n=doc_.full())
    return d


def t_email(rng, i):
    o, pool, host, ref = setup(rng)
    d = Doc(rng, rng.choice([None, "typo"]))
    from pools import EU

    a = Person(rng, EU[rng.choice(list(EU))])
    b = Person(rng, EU[rng.choice(list(EU))])
    p = person(rng, pool, ref)
    dom = rng.choice(["refugeeaid.example", "tracing-network.example", "reception.example.org"])
    ea = V(f"{a.g_lat[0].lower()}.{__import__('people').slug(a.s_lat).replace('.', '')}@{dom}", "EMAIL_ADDRESS")
    eb = V(f"{__import__('people').slug(b.g_lat).replace('.', '')}@{dom}", "EMAIL_ADDRESS")
    d.f(
        "From: {an} <{ea}>\nTo: {bn} <{eb}>\nCc: casework@{dom}\nDate: {dt}\nSubject: Re: family contact for ",
        an=a.full(),
        ea=ea,
        bn=b.full(),
        eb=eb,
        dom=dom,
        dt=ref.strftime("%a, %d %b %Y") + " 09:14:02 +0100",
    )
    d.v(p.sur())
    d.t("\n\nHi ")
    d.v(b.given())
    d.t(",\n\nquick update on ")
    d.v(p.full())
    d.f(
        ": we finally reached the cousin in {t} on {ph}. He confirmed that {g}'s daughter {c} ({ca}) is with him and safe. ",
        t=V(rng.choice(TRANSIT), "LOCATION"),
        ph=vals.phone(rng, rng.choice(ABROAD)),
        g=p.given(),
        c=person(rng, pool, ref, female=True).given(),
        ca=age_v(rng.randint(3, 15)),
    )
    d.f(
        "Can you book an interpreter for {dt}? The client's new number is {ph2}.\n\n",
        dt=rng.choice(["Thursday", "Monday morning", "next week"]),
        ph2=vals.phone(rng, HOST_PHONE[host]),
    )
    if rng.random() < 0.5:
        d.f(
            "Note: the client mentioned {m}, so please keep the meeting short.\n\n",
            m=V(rng.choice(MED_EN), "MEDICAL_CONDITION"),
        )
    d.f(
        "Thanks,\n{g}\n\n> On {dt2}, {bn} wrote:\n> any news on the tracing request for the {s} family?\n",
        g=a.given(),
        dt2=ref.strftime("%d/%m/%Y"),
        bn=b.full(),
        s=p.sur(),
    )
    return d


def t_calllog(rng, i):
    o, pool, host, ref = setup(rng)
    d = Doc(rng, None)
    p = person(rng, pool, ref)
    d.t("# phone-kiosk call log (free calls to relatives)\n")
    d.f(
        "client={n}\nclient_native={nn}\nroom={r}\n",
        n=p.full(),
        nn=p.full_nat() if p.has_native() else "n/a",
        r=str(rng.randint(100, 350)),
    )
    for k in range(rng.randint(2, 4)):
        rel = person(rng, pool, ref)
        d.f(
            "call.{k}.dialled={ph}\ncall.{k}.contact={n}\ncall.{k}.relation={r}\ncall.{k}.duration_min={m}\n",
            k=str(k + 1),
            ph=vals.phone(
                rng, rng.choice(ABROAD + [o] if o != "VE" else ABROAD), style=rng.choice(["e164", "00", "intl"])
            ),
            n=rel.full(),
            r=rng.choice(RELS),
            m=str(rng.randint(2, 20)),
        )
    d.f(
        "note=client asked for help to locate {g} last seen in {t}\n",
        g=person(rng, pool, ref).given(),
        t=V(rng.choice(pool["towns"]), "LOCATION"),
    )
    return d


TEMPLATES = [t_registration, t_tracing, t_interview, t_age_assessment, t_roster, t_json, t_medical, t_email, t_calllog]


def make(rng, i):
    return TEMPLATES[i % len(TEMPLATES)](rng, i)
