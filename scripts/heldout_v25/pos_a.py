"""Positive templates: maritime_crew_agencies, funeral_bereavement_services."""

import core
import pools as P
from common import (
    CAUSES,
    CRIMES,
    ETHNIC,
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

# ============================================================== maritime
MARI = [
    "PH",
    "PH",
    "PH",
    "PH",
    "IN",
    "IN",
    "UA",
    "UA",
    "RU",
    "MM",
    "ID",
    "ID",
    "CN",
    "GR",
    "PL",
    "HR",
    "TR",
    "VN",
    "BD",
    "NG",
    "GH",
    "NO",
    "GB",
    "EG",
    "PK",
    "KR",
]
PORTS = [
    "Rotterdam",
    "Antwerp",
    "Felixstowe",
    "Southampton",
    "Le Havre",
    "Algeciras",
    "Valencia",
    "Genova",
    "Piraeus",
    "Busan",
    "Shanghai",
    "Qingdao",
    "Santos",
    "Houston",
    "Durban",
    "Port Said",
    "Gdańsk",
    "Bremerhaven",
    "Immingham",
    "Tilbury",
    "Las Palmas",
    "Colombo",
    "Fujairah",
    "Tubarão",
    "Ust-Luga",
    "Constanța",
    "Koper",
]
VESSELS = [
    "Nordic Kestrel",
    "Pacific Harmony",
    "Ocean Grace",
    "Aegean Spirit",
    "Kota Ratu",
    "Cape Tern",
    "Stolt Sycamore",
    "Maersk Halifax",
    "Seaways Amber",
    "Gas Pioneer",
    "Bulk Endeavour",
    "Orient Bright",
    "Atlantic Sky",
    "Clipper Orion",
    "Sea Leopard",
    "Golden Tern",
    "Chemroad Iris",
    "Eagle Venture",
]
RANKS = [
    "Master",
    "Chief Officer",
    "2nd Officer",
    "3rd Officer",
    "Chief Engineer",
    "2nd Engineer",
    "3rd Engineer",
    "ETO",
    "Bosun",
    "AB",
    "AB",
    "OS",
    "Oiler",
    "Wiper",
    "Fitter",
    "Chief Cook",
    "Messman",
    "Deck Cadet",
    "Engine Cadet",
    "Pumpman",
]
AGENCIES = [
    "Meridian Crew Management",
    "BlueAnchor Manning Inc.",
    "Seacrest Maritime Services",
    "Triton Crewing Ltd",
    "Polaris Ship Management",
    "Harbourline Crew Agency",
    "Compass Marine Personnel",
]
ISO3 = {
    "PH": "PHL",
    "IN": "IND",
    "UA": "UKR",
    "RU": "RUS",
    "MM": "MMR",
    "ID": "IDN",
    "CN": "CHN",
    "GR": "GRC",
    "PL": "POL",
    "HR": "HRV",
    "TR": "TUR",
    "VN": "VNM",
    "BD": "BGD",
    "NG": "NGA",
    "GH": "GHA",
    "NO": "NOR",
    "GB": "GBR",
    "EG": "EGY",
    "PK": "PAK",
    "KR": "KOR",
}


def seaman_book(r, cc):
    if cc == "PH":
        return "C" + core.digits(r, 7)
    if cc == "IN":
        return r.choice(["MUM", "KOL", "CHN"]) + " " + core.digits(r, 6)
    if cc in ("UA", "RU"):
        return r.choice(["AB", "MK", "PC", "HP"]) + " " + core.digits(r, 6)
    if cc == "GR":
        return "ΝΑ" + core.digits(r, 6) if r.random() < 0.3 else "NA" + core.digits(r, 6)
    return core.letters(r, 1) + core.digits(r, 7)


def crewman(r, cc=None, script="latin", **kw):
    cc = cc or r.choice(MARI)
    return P.person(r, cc, script=script, born=(1965, 2004), **kw)


def m_crew_list(r):
    d = Doc()
    port = r.choice(PORTS)
    d.f(
        "CREW LIST — IMO FAL Form 5\nShip: MV {v}   IMO {imo}   Flag: {flag}\nPort of arrival: {port}   Date: {dt}\n\n",
        v=r.choice(VESSELS),
        imo="9" + core.digits(r, 6),
        flag=r.choice(["Malta", "Liberia", "Panama", "Marshall Islands", "Bahamas", "Cyprus", "Singapore"]),
        port=locn(port),
        dt=dt(r),
    )
    sep = r.choice([" | ", "\t", " ; "])
    d.t(
        sep.join(
            [
                "No",
                "Family name",
                "Given names",
                "Rank",
                "Nat.",
                "Date of birth",
                "Place of birth",
                "Seaman's book",
                "Passport",
            ]
        )
        + "\n"
    )
    for i in range(r.randint(5, 10)):
        p = crewman(r)
        fam = p.family or "-"
        d.t("%d%s" % (i + 1, sep))
        d.add((fam.upper() if r.random() < 0.6 else fam, "PERSON") if p.family else "-")
        d.t(sep).v(p.given if r.random() < 0.8 else p.given.upper(), "PERSON").t(sep)
        d.t(r.choice(RANKS) + sep + ISO3.get(p.cc, p.cc) + sep)
        d.v(P.date(r, p.dob, r.choice(["dmy/", "dmy-", "iso", "dmy."])), "DATE_OF_BIRTH").t(sep)
        d.add(locn(P.city_name(r, p.cc)))
        if r.random() < 0.15:
            d.t("\n   ")
        d.t(sep).v(seaman_book(r, p.cc), "NATIONAL_ID").t(sep)
        d.add(P.passport(r, p)).t("\n")
    d.f(
        "\nMaster: Capt. {m}\nAgent at {port}: {ag} — tel {tel}\n",
        m=N(r, crewman(r, r.choice(["GR", "HR", "UA", "IN", "PL", "NO"])), "full"),
        port=locn(port),
        ag=r.choice(AGENCIES),
        tel=ph(r, r.choice(["NL", "GB", "DE", "ES"]), kind="fixed"),
    )
    return d


def m_sign_on(r):
    d = Doc()
    p = crewman(r)
    k = P.relative(r, p, female=not p.female)
    on = r.random() < 0.5
    d.f(
        "{agency}\n{kind} FORM\n\nSeafarer: {name}\nRank: {rank}\nDate of birth: {dob} (age {age})\n"
        "Home address: {addr}\nMobile: {mob}\nEmail: {em}\nSeaman's Book No.: {sb}\nPassport No.: {pp}\n",
        agency=r.choice(AGENCIES),
        kind="SIGN-ON" if on else "SIGN-OFF",
        name=N(r, p),
        rank=r.choice(RANKS),
        dob=dob(r, p),
        age=age(p.age()),
        addr=full_addr(r, p.cc),
        mob=ph(r, p.cc),
        em=email(r, p),
        sb=(seaman_book(r, p.cc), "NATIONAL_ID"),
        pp=P.passport(r, p),
    )
    nm, val = natid(r, p)
    d.f("{nm}: {val}\n", nm=nm, val=val)
    d.f(
        "Vessel: MV {v}\n{x} port: {port}\n",
        v=r.choice(VESSELS),
        x="Joining" if on else "Sign-off",
        port=locn(r.choice(PORTS)),
    )
    if not on:
        d.f(
            "Reason for sign-off: {why}\n",
            why=r.choice(["end of contract", "compassionate leave", "medical", "promotion", "own request"]),
        )
        if r.random() < 0.5:
            d.f("Medical note: {m}, fit for repatriation\n", m=(r.choice(MED_EN), "MEDICAL_CONDITION"))
    d.f(
        "\nNext of kin: {k} ({rel})\nNOK phone: {kp}\nNOK address: same as above\n",
        k=N(r, k),
        rel="wife" if k.female else "husband",
        kp=ph(r, p.cc),
    )
    if r.random() < 0.5:
        kid = P.relative(r, p, born=(2008, 2021))
        d.f("Dependants: {c}, {a} yrs\n", c=F(kid), a=age(kid.age()))
    d.f("\nSigned: ____________   Crewing officer: {o}\n", o=N(r, P.person(r, r.choice(["PH", "IN", "UA", "GB"]))))
    return d


def m_shore_leave(r):
    d = Doc()
    port = r.choice(PORTS)
    d.f(
        "SHORE LEAVE REGISTER — MV {v} at {port}\nGangway watch: {w}\n\n",
        v=r.choice(VESSELS),
        port=locn(port),
        w=N(r, crewman(r)),
    )
    d.t("Name | Rank | Out | Back | Contact ashore\n")
    for _ in range(r.randint(3, 7)):
        p = crewman(r)
        d.add(N(r, p)).f(" | {rk} | {a} | {b} | ", rk=r.choice(RANKS), a=hm(r), b=r.choice([hm(r), "—", "overdue"]))
        d.add(ph(r, p.cc, "intl")).t("\n")
    p = crewman(r)
    style = r.random()
    if style < 0.5:
        d.f(
            "\nRemarks: {n} ({rk}) returned 02:40 escorted by port police; {c} after a bar fight in the {dist} "
            "area. Master informed, P&I notified.\n",
            n=N(r, p),
            rk=r.choice(RANKS),
            c=(
                r.choice(["arrested for public intoxication", "charged with assault", "detained for affray"]),
                "CRIMINAL_HISTORY",
            ),
            dist=r.choice(["harbour", "old town", "station"]),
        )
    else:
        d.f(
            "\nRemarks: {n} did not return; last seen near {port} seafarers' centre, phone {p} switched off. "
            "Agent {ag} to contact immigration.\n",
            n=N(r, p),
            port=locn(port),
            p=ph(r, p.cc),
            ag=N(r, P.person(r, r.choice(["NL", "DE", "ES", "GB", "IT"]))),
        )
    return d


def m_medevac(r):
    d = Doc()
    p = crewman(r)
    lat, lon = r.uniform(-35, 55), r.uniform(-30, 140)
    coord = r.choice(
        [
            "%02d°%02d.%d'%s %03d°%02d.%d'%s"
            % (
                abs(int(lat)),
                r.randint(0, 59),
                r.randint(0, 9),
                "N" if lat > 0 else "S",
                abs(int(lon)),
                r.randint(0, 59),
                r.randint(0, 9),
                "E" if lon > 0 else "W",
            ),
            "%.4f, %.4f" % (lat, lon),
        ]
    )
    cond = r.choice(
        [
            "suspected appendicitis",
            "crush injury to left hand",
            "acute chest pain, suspected MI",
            "severe abdominal pain",
            "head injury with loss of consciousness",
            "renal colic",
            "diabetic hypoglycaemia",
            "suspected stroke",
            "second-degree burns to forearms",
        ]
    )
    d.f(
        "URGENT — MEDEVAC REQUEST\nFrom: Master MV {v}\nTo: MRCC / {ag}\nTime: {t} UTC\n\nPosition: {pos}\n"
        "Patient: {n}, {rk}, {nat}, age {a}\nDOB: {dob}\nCondition: {c}\n",
        v=r.choice(VESSELS),
        ag=r.choice(AGENCIES),
        t=ts(r),
        pos=(coord, "GEO_COORDINATES"),
        n=N(r, p),
        rk=r.choice(RANKS),
        nat=P.C[p.cc]["country"],
        a=age(p.age()),
        dob=dob(r, p),
        c=(cond, "MEDICAL_CONDITION"),
    )
    if r.random() < 0.6:
        d.f(
            "Known history: {h}; on {m}\n",
            h=(r.choice(MED_EN), "MEDICAL_CONDITION"),
            m=(r.choice(MEDS), "MEDICAL_CONDITION"),
        )
    d.f(
        "Vitals: BP {bp}, pulse {pl}, SpO2 {o}%\nTelemedical advice from Dr {doc} (TMAS): evacuate at earliest.\n"
        "Nearest port {port}, ETA {eta} h. Hospital liaison: {hp}.\nNOK: {k}, tel {kp}\n",
        bp="%d/%d" % (r.randint(90, 180), r.randint(55, 110)),
        pl=r.randint(48, 130),
        o=r.randint(86, 99),
        doc=S(P.person(r, r.choice(["IT", "DE", "NO", "GB", "ES"]))),
        port=locn(r.choice(PORTS)),
        eta=r.randint(4, 40),
        hp=ph(r, r.choice(["ES", "PT", "IT", "GR", "NL"]), kind="fixed"),
        k=N(r, P.relative(r, p)),
        kp=ph(r, p.cc),
    )
    return d


def m_welfare_log(r):
    d = Doc()
    port = r.choice(PORTS)
    chap = P.person(r, r.choice(["GB", "NL", "DE", "IE", "NO"]))
    d.f(
        "Seafarers' Centre {port} — ship visit log\nVisitor: Rev. {c}\nVessel: MV {v}, berth {b}\n\n",
        port=locn(port),
        c=N(r, chap, "full"),
        v=r.choice(VESSELS),
        b=r.randint(1, 60),
    )
    for _ in range(r.randint(2, 4)):
        p = crewman(r)
        kind = r.randint(0, 4)
        d.t("- ").add(N(r, p))
        if kind == 0:
            d.f(
                " asked for a local SIM; gave him ours. His WhatsApp: {w}. Wife in {c} unwell ({m}).\n",
                w=ph(r, p.cc, "e164"),
                c=loc(r, p.cc),
                m=(r.choice(MED_EN), "MEDICAL_CONDITION"),
            )
        elif kind == 1:
            d.f(
                " — 11 months on board, contract extended twice, wants repatriation. Messenger: {u}. Home: {a}.{fb}\n",
                u=user(r, p),
                a=full_addr(r, p.cc),
                fb=[" Wife posts updates on ", url(r, p)] if r.random() < 0.5 else "",
            )
        elif kind == 2:
            kid = P.relative(r, p, born=(2009, 2022))
            d.f(
                " — daughter {k} ({a}) in hospital in {c}; requested prayer and a call card. Email {e}.\n",
                k=F(kid),
                a=age(kid.age()),
                c=loc(r, p.cc),
                e=email(r, p),
            )
        elif kind == 3:
            d.f(
                " (b. {dob}) has no shore pass, visa refused. Says agent in {c} kept the passport {pp}.\n",
                dob=dob(r, p),
                c=loc(r, p.cc),
                pp=P.passport(r, p),
            )
        else:
            d.f(
                " — grieving, father died last week in {c}. Follow-up call booked, number {n}.\n",
                c=loc(r, p.cc),
                n=ph(r, p.cc),
            )
    d.t(typo(r, "Distributed woolly hats and bibles in five languages. Next visit Thursday.") + "\n")
    return d


def m_remittance(r):
    d = Doc()
    p = crewman(r)
    ben = P.relative(r, p, female=not p.female)
    d.f(
        "{ag}\nALLOTMENT / WAGE REMITTANCE INSTRUCTION\n\nSeafarer: {n}\nRank / vessel: {rk} / MV {v}\n"
        "Seaman's book: {sb}\n\nBeneficiary: {b}\nRelationship: {rel}\nAddress: {a}\nContact: {c}\n",
        ag=r.choice(AGENCIES),
        n=N(r, p, "formal"),
        rk=r.choice(RANKS),
        v=r.choice(VESSELS),
        sb=(seaman_book(r, p.cc), "NATIONAL_ID"),
        b=N(r, ben),
        rel="spouse",
        a=full_addr(r, p.cc),
        c=ph(r, p.cc),
    )
    if p.cc in ("UA", "PL", "HR", "GR", "TR", "NO", "GB", "EG", "PK"):
        cc = {"GB": "GB", "EG": "GB"}.get(p.cc, p.cc if p.cc in core._IBAN_BBAN else "DE")
        if p.cc == "PK":
            cc = "DE"
        d.f(
            "Bank: {bk}\nIBAN: {i}\nSWIFT/BIC: {s}\n",
            bk=r.choice(
                ["PrivatBank", "PKO BP", "Zagrebačka banka", "Piraeus Bank", "Ziraat Bankası", "DNB", "Barclays"]
            ),
            i=(core.iban(r, cc), "IBAN_CODE"),
            s=core.bic(r, cc),
        )
    else:
        d.f(
            "Bank: {bk}\nAccount no.: {a}\nSWIFT: {s}\n",
            bk=r.choice(
                [
                    "BDO Unibank",
                    "Metrobank",
                    "Landbank",
                    "State Bank of India",
                    "Bank Mandiri",
                    "KBZ Bank",
                    "Ecobank",
                    "Vietcombank",
                    "Sonali Bank",
                ]
            ),
            a=(core.digits(r, r.choice([10, 12, 13]), True), "US_BANK_NUMBER"),
            s=core.bic(r, "PH"),
        )
    d.f(
        "Monthly allotment: USD {amt}\nEffective from: {dt}\n\nAuthorised by seafarer (signature) ____\n",
        amt=r.choice([600, 850, 1100, 1500, 2000, 2400]),
        dt=dt(r),
    )
    return d


CHAT_PH = [
    "Mahal, nakadaong na kami sa {port}. May wifi na ako ngayon.",
    "Kumusta si {kid}? Ilang taon na nga siya, {a} na?",
    "Padala ko na yung allotment bukas. Account ko: {acct}",
    "Pa, nilagnat si {kid}, dinala ko sa clinic sa {city}.",
    "Ingat ka palagi. Tawagan mo ako sa {phone} pag may signal.",
]
CHAT_UA = [
    "Привіт, кохана! Ми стоїмо в {port}, зв'язок поганий.",
    "Як там {kid}? Йому вже {a}, так?",
    "Переказ відправлю на картку {card}.",
    "Мама в лікарні в {city}, у неї {med}.",
    "Мій новий номер {phone}, пиши у Viber.",
]
CHAT_ID = [
    "Sayang, kapal sudah sandar di {port}.",
    "{kid} sekarang umur {a} tahun ya, sudah sekolah?",
    "Uangnya sudah aku transfer ke rekening {acct}.",
    "Ibu sakit {med}, dirawat di {city}.",
    "Nomor baru aku {phone}, simpan ya.",
]
CHAT_EN = [
    "Hi love, we're alongside in {port} till Friday.",
    "How is {kid}? Can't believe she's {a} already.",
    "Sent the money to {acct}, check tomorrow.",
    "Dad's in hospital in {city} with {med}.",
    "Call me on {phone} when you can.",
]


def m_family_chat(r):
    d = Doc()
    cc = r.choice(["PH", "UA", "ID", "IN", "GB", "PH", "UA"])
    script = "native" if cc == "UA" else "latin"
    p = crewman(r, cc, script=script)
    w = P.relative(r, p, female=not p.female)
    kid = P.relative(r, p, born=(2009, 2021))
    lines = {"PH": CHAT_PH, "UA": CHAT_UA, "ID": CHAT_ID}.get(cc, CHAT_EN)
    d.t("[WhatsApp chat export]\n")
    order = list(range(len(lines)))
    r.shuffle(order)
    for i in order[: r.randint(3, 5)]:
        who = p if r.random() < 0.5 else w
        d.f("[{t}] ", t=ts(r)).add((who.first() if r.random() < 0.7 else who.full, "PERSON")).t(": ")
        kw = dict(
            port=locn(r.choice(PORTS)),
            kid=F(kid),
            a=age(kid.age()),
            city=loc(r, cc, script),
            phone=ph(r, cc),
            med=(
                r.choice(["гіпертонія", "діабет", "інсульт"])
                if cc == "UA"
                else r.choice(["darah tinggi", "diabetes", "demam berdarah"])
                if cc == "ID"
                else r.choice(MED_EN),
                "MEDICAL_CONDITION",
            ),
            acct=(core.digits(r, 12, True), "US_BANK_NUMBER"),
            card=(core.credit_card(r, "visa"), "CREDIT_CARD"),
        )
        d.f(lines[i], **kw).t("\n")
    return d


def m_doc_renewal(r):
    d = Doc()
    p = crewman(r)
    off = P.person(r, r.choice(["PH", "IN", "GB", "GR"]))
    d.f(
        "From: {oe}\nTo: {pe}\nSubject: Documents expiring before next contract\n\nDear {t} {s},\n\n"
        "Our records show your passport {pp} expires in March and your seaman's book {sb} needs revalidation. "
        "Please confirm your date of birth ({dob}) and current address ({a}) as our system shows an old entry.\n\n",
        oe=("crewing@" + r.choice(["meridiancrew.com", "blueanchor.ph", "tritoncrew.eu"]), None),
        pe=email(r, p),
        t="Ms" if p.female else "Mr",
        s=S(p),
        pp=P.passport(r, p),
        sb=(seaman_book(r, p.cc), "NATIONAL_ID"),
        dob=dob(r, p),
        a=full_addr(r, p.cc),
    )
    if r.random() < 0.5:
        d.f(
            "Your medical certificate notes {m}; the flag state doctor requires an updated report.\n\n",
            m=(r.choice(MED_EN), "MEDICAL_CONDITION"),
        )
    d.f("Regards,\n{o}\nCrewing Officer\nDirect: {dp}\n", o=N(r, off, "full"), dp=ph(r, off.cc))
    return d


def m_police(r):
    d = Doc()
    p = crewman(r)
    port = r.choice(PORTS)
    pv = r.choice(
        [
            "convicted of theft in 2017",
            "none",
            "served 2 years for drug trafficking",
            "none",
            "fined for smuggling in 2021",
        ]
    )
    prev = (pv, "CRIMINAL_HISTORY" if pv != "none" else None)
    d.f(
        "PORT AGENT REPORT — crew member detained\nPort: {port}\nVessel: MV {v}\n\nCrew member: {n}\nNationality: {nat}\n"
        "Passport: {pp}\nDOB: {dob}\n\nAt {t} local the above was {c}. Police reference noted. "
        "Previous record disclosed by manning agency: {prev}.\nLawyer appointed: {l} ({lp}).\n",
        port=locn(port),
        v=r.choice(VESSELS),
        n=N(r, p),
        nat=P.C[p.cc]["country"],
        pp=P.passport(r, p),
        dob=dob(r, p),
        t=hm(r),
        c=(
            r.choice(
                [
                    "arrested for possession of cannabis",
                    "charged with smuggling undeclared cigarettes",
                    "detained on suspicion of assault",
                    "arrested for drink-driving a hire car",
                ]
            ),
            "CRIMINAL_HISTORY",
        ),
        prev=prev,
        l=N(r, P.person(r, r.choice(["NL", "DE", "ES", "GB", "IT"]))),
        lp=ph(r, r.choice(["NL", "DE", "ES", "GB", "IT"])),
    )
    return d


def m_nok_notice(r):
    d = Doc()
    p = crewman(r)
    k = P.relative(r, p, female=not p.female)
    d.f(
        "NEXT-OF-KIN DETAILS (confidential)\n{n} / {rk}\nAge: {a}\nReligion/diet: {rel}\n"
        "Ethnicity (for repatriation of remains policy): {eth}\n\n1. {k}, {kr} — {kp} — {ka}\n",
        n=N(r, p, "upper"),
        rk=r.choice(RANKS),
        a=age(p.age(), words=r.random() < 0.3),
        rel=r.choice(["Catholic / no pork", "Muslim / halal", "Orthodox", "none"]),
        eth=(r.choice(ETH_BY_CC.get(p.cc, ["prefer not to say"])), "ETHNIC_ORIGIN" if p.cc in ETH_BY_CC else None),
        k=N(r, k),
        kr="wife" if k.female else "husband",
        kp=ph(r, p.cc),
        ka=full_addr(r, p.cc),
    )
    k2 = P.relative(r, p, female=False)
    d.f("2. {k}, brother — {kp}\n", k=N(r, k2), kp=ph(r, p.cc, "intl"))
    return d


ETH_BY_CC = {
    "PH": ["Ilocano", "Visayan", "Tagalog", "Kapampangan"],
    "IN": ["Tamil", "Malayali", "Punjabi", "Goan"],
    "MM": ["Bamar", "Rohingya", "Karen", "Rakhine"],
    "ID": ["Javanese", "Batak", "Minangkabau", "Bugis"],
    "CN": ["Han Chinese", "Hui"],
    "NG": ["Igbo", "Yoruba", "Hausa", "Ijaw"],
    "TR": ["Kurdish", "Laz", "Turkish"],
    "UA": ["Crimean Tatar", "Ukrainian", "Gagauz"],
    "RU": ["Tatar", "Russian", "Buryat"],
    "BD": ["Bengali", "Chakma"],
    "PK": ["Pashtun", "Baloch", "Punjabi", "Sindhi"],
    "GH": ["Akan", "Ewe", "Ga"],
    "VN": ["Kinh", "Hoa"],
    "EG": ["Nubian", "Egyptian Arab"],
    "GR": ["Pontic Greek", "Greek"],
}

MARITIME = [
    m_crew_list,
    m_sign_on,
    m_shore_leave,
    m_medevac,
    m_welfare_log,
    m_remittance,
    m_family_chat,
    m_doc_renewal,
    m_police,
    m_nok_notice,
]

# ============================================================== funeral
FUN_CC = ["GB", "GB", "GB", "IE", "US", "DE", "FR", "ES", "IT", "NL", "PL", "CA", "ZA"]
DIRECTORS = [
    "Hartley & Sons Funeral Directors",
    "Co-op Funeralcare",
    "Greenfield Family Funerals",
    "Lakeside Memorial Chapel",
    "Bestattungshaus Lindner",
    "Pompes Funèbres du Centre",
    "Tanatorio San Lorenzo",
    "Onoranze Funebri Serenità",
    "Uitvaartzorg De Linde",
]


def deceased(r, cc, **kw):
    return P.person(r, cc, born=(1925, 1985), **kw)


def f_arrangement(r):
    d = Doc()
    cc = r.choice(["GB", "GB", "IE", "CA", "ZA", "GB"])
    dec = deceased(r, cc)
    nok = P.relative(r, dec, born=(1950, 1995))
    nrel = r.choice([("son", "daughter"), ("widower", "widow"), ("nephew", "niece")])[1 if nok.female else 0]
    a = 2025 - dec.dob[0] - r.randint(0, 1)
    d.f(
        "{fd}\nFUNERAL ARRANGEMENT FORM\n\nDeceased: {n}\nDate of birth: {dob}\nDate of death: {dod}   Age: {a}\n"
        "Last address: {addr}\n",
        fd=r.choice(DIRECTORS[:4]),
        n=N(r, dec, "full"),
        dob=dob(r, dec, "dMy"),
        dod=dt(r),
        a=age(a),
        addr=full_addr(r, cc),
    )
    nm, val = natid(r, dec, 1 if cc == "GB" else 0)
    d.f(
        "{nm}: {v}\nPlace of death: {pl}\nCause (per MCCD): {c}\n\n",
        nm=nm,
        v=val,
        pl=r.choice(["home", "St Luke's Hospice", "the Royal Infirmary", "care home"]),
        c=(r.choice(CAUSES)[0], "MEDICAL_CONDITION"),
    )
    d.f(
        "Next of kin / applicant: {k} ({rel})\nAddress: {ka}\nTel: {kp}   Email: {ke}\n\n",
        k=N(r, nok),
        rel=nrel,
        ka=full_addr(r, cc),
        kp=ph(r, cc),
        ke=email(r, nok),
    )
    d.f(
        "Service: {svc} at {ven}\nCommittal: {com}\nHymns: The Lord's My Shepherd; Abide With Me\nArranged by: {st}\n",
        svc=r.choice(["Cremation", "Burial", "Direct cremation"]),
        ven=r.choice(["the Crematorium Chapel", "St Mary's Church", "the Green Burial Ground"]),
        com=r.choice(["private", "family only", "all welcome"]),
        st=N(r, P.person(r, cc)),
    )
    return d


def f_mccd(r):
    d = Doc()
    cc = r.choice(["GB", "GB", "IE"])
    dec = deceased(r, cc)
    c1, c2 = r.choice(CAUSES)
    doc = P.person(r, cc)
    d.f(
        "Medical Examiner's note — scrutiny of cause of death\nPatient: {n}   NHS No: {nhs}\nDOB {dob}\n\nI(a) {c1}\n",
        n=N(r, dec),
        nhs=(core.nhs(r), "NATIONAL_ID"),
        dob=dob(r, dec),
        c1=(c1, "MEDICAL_CONDITION"),
    )
    if c2:
        d.f("I(b) {c2}\n", c2=(c2, "MEDICAL_CONDITION"))
    rel = r.choice(["daughter", "son", "husband", "wife"])
    kin = P.relative(r, dec, female=rel in ("daughter", "wife"), born=(1950, 1990))
    d.f(
        "II {o}\n\nDiscussed with {rel} {k} by phone ({kp}) — no concerns raised. Certifying doctor: Dr {doc}. "
        "{extra}\n",
        o=(
            r.choice(
                [
                    "atrial fibrillation",
                    "type 2 diabetes",
                    "chronic kidney disease stage 3",
                    "vascular dementia",
                    "obesity",
                ]
            ),
            "MEDICAL_CONDITION",
        ),
        rel=rel,
        k=N(r, kin),
        kp=ph(r, cc),
        doc=S(doc),
        extra=r.choice(
            [
                "No referral to coroner required.",
                "Pacemaker in situ - inform crematorium.",
                "Industrial disease considered (asbestosis) - referred to coroner.",
            ]
        ),
    )
    return d


def f_cremation(r):
    d = Doc()
    cc = r.choice(["GB", "GB", "IE", "CA"])
    dec = deceased(r, cc)
    app = P.relative(r, dec, born=(1950, 1995))
    d.f(
        "APPLICATION FOR CREMATION (Form Cremation 1)\n\n1. Applicant: {a}\n2. Address: {aa}\n3. Occupation: {occ}\n"
        "4. Relationship to deceased: {rel}\n5. Deceased: {n}, aged {age}, of {dl}\n6. Does the deceased have a "
        "pacemaker or implant? {pm}\n7. Medical history known to applicant: {mh}\n8. Contact telephone: {tp}\n"
        "9. Ashes to be: {ash}\n",
        a=N(r, app, "full"),
        aa=full_addr(r, cc),
        occ=r.choice(["retired", "teacher", "nurse", "electrician"]),
        rel=r.choice(["daughter", "son", "spouse", "executor"]),
        n=N(r, dec, "full"),
        age=age(2025 - dec.dob[0]),
        dl=addr(r, cc),
        pm=r.choice(["No", "Yes - removed", "Yes (ICD)"]),
        mh=(r.choice(MED_EN), "MEDICAL_CONDITION"),
        tp=ph(r, cc),
        ash=r.choice(
            [
                ["collected by applicant"],
                ["scattered in the Garden of Remembrance"],
                ["sent to family in ", locn(r.choice(["Cork", "Vancouver", "Auckland", "Perth"]))],
            ]
        ),
    )
    return d


def f_payment(r):
    d = Doc()
    cc = r.choice(["GB", "US", "IE", "NL", "DE"])
    payer = P.person(r, cc)
    dec = deceased(r, cc)
    d.f(
        "Funeral account — payment plan agreement\nRe: the late {dec}\nPayer: {p}\nAddress: {a}\nPhone: {ph}\n\n"
        "Total {cur}{tot}; deposit {cur}{dep}; balance in {k} monthly instalments.\n",
        dec=N(r, dec),
        p=N(r, payer),
        a=full_addr(r, cc),
        ph=ph(r, cc),
        tot=r.choice(["4,250.00", "3,980.00", "6,115.50", "2,495.00"]),
        cur={"GB": "£", "US": "$"}.get(cc, "€"),
        dep=r.choice(["500", "750", "1,000"]),
        k=r.choice([6, 10, 12]),
    )
    if cc == "US":
        d.f(
            "Payer ITIN: {itin}\nACH debit — routing {ro}, checking account {ac}\nCard on file for shortfall: {cc}, "
            "exp {ex}, CVV {cvv}\nSSN (for life-insurance assignment): {ssn}\n",
            ro=(core.aba(r), "ABA_ROUTING_NUMBER"),
            ac=(core.us_account(r), "US_BANK_NUMBER"),
            itin=(core.itin(r), "US_ITIN"),
            cc=(core.credit_card(r), "CREDIT_CARD"),
            ex="%02d/%d" % (r.randint(1, 12), r.randint(26, 30)),
            cvv=(core.digits(r, 3), "CREDENTIAL"),
            ssn=(core.ssn(r), "US_SSN"),
        )
    elif cc == "GB":
        d.f(
            "Direct Debit: sort code {sc}, account {ac} (Bank: {b})\n",
            sc="%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)),
            ac=(core.digits(r, 8, True), "US_BANK_NUMBER"),
            b=r.choice(["Nationwide", "Lloyds", "Santander"]),
        )
    else:
        d.f("SEPA-mandaat / IBAN: {i}\n", i=(core.iban(r, cc if cc in ("NL", "DE", "IE") else "DE"), "IBAN_CODE"))
    d.t("Signed __________  Date ________\n")
    return d


def f_condolence(r):
    d = Doc()
    cc = r.choice(["GB", "GB", "US", "IE", "CA", "ZA"])
    staff = P.person(r, cc)
    d.f("Bereavement line — call notes ({t})\nHandler: {s}\n\n", t=ts(r), s=F(staff))
    for _ in range(r.randint(2, 3)):
        c = P.person(r, cc, born=(1940, 2000))
        dec = P.relative(r, c, born=(1930, 1995))
        kind = r.randint(0, 3)
        d.t("Caller ").add(N(r, c)).t(", ").add(ph(r, cc, r.choice(["nat", "intl"]))).t(": ")
        if kind == 0:
            d.f(
                "lost her husband {dn} ({a}) on Sunday, {c}. Struggling to sleep, on {m}. Referred to Cruse.\n",
                dn=F(dec),
                a=age(dec.age()),
                c=(r.choice(["heart attack", "stroke", "cancer"]), "MEDICAL_CONDITION"),
                m=(r.choice(["zopiclone", "sertraline 50mg", "diazepam"]), "MEDICAL_CONDITION"),
            )
        elif kind == 1:
            kid = P.relative(r, c, born=(2008, 2020))
            d.f(
                "son {k} aged {a} is asking questions about his grandad's death; sent children's grief pack to {ad}.\n",
                k=F(kid),
                a=age(kid.age()),
                ad=full_addr(r, cc),
            )
        elif kind == 2:
            d.f(
                "partner {dn} died by suicide last month; caller is {o} and worried the family won't accept them at "
                "the funeral. Call back on {p}.\n",
                dn=F(dec),
                o=(r.choice(["gay", "bisexual"]), "SEXUAL_ORIENTATION"),
                p=ph(r, cc),
            )
        else:
            d.f("wants to know if {dn}'s pension can pay the invoice. Email: {e}\n", dn=N(r, dec), e=email(r, c))
    return d


def f_grief_intake(r):
    d = Doc()
    cc = r.choice(["GB", "GB", "IE", "US", "CA", "ZA", "NL"])
    c = P.person(r, cc, born=(1970, 1995))
    dec = P.relative(r, c, female=not c.female, born=(1965, 1995))
    d.f(
        "Grief counselling — intake\nClient: {n}\nDOB: {dob}\nContact: {p} / {e}\nAddress: {a}\nGP: Dr {gp}\n\n"
        "Bereavement: {rel} {dn} died {when} ({cause}).\n",
        n=N(r, c),
        dob=dob(r, c),
        p=ph(r, cc),
        e=email(r, c),
        a=full_addr(r, cc),
        gp=S(P.person(r, cc)),
        rel="partner",
        dn=N(r, dec),
        when=r.choice(["in March", "6 weeks ago", "suddenly in January"]),
        cause=r.choice(
            [
                ("road traffic collision", None),
                ("pulmonary embolism", "MEDICAL_CONDITION"),
                ("bowel cancer", "MEDICAL_CONDITION"),
                ("suicide", None),
                ("sudden cardiac arrest", "MEDICAL_CONDITION"),
            ]
        ),
    )
    kids = [P.relative(r, c, born=(2008, 2022)) for _ in range(r.randint(1, 3))]
    d.t("Children in household: ")
    for i, k in enumerate(kids):
        if i:
            d.t(", ")
        words = r.random() < 0.35
        d.add(F(k)).t(" (").add(age(k.age(), words=words)).t(")")
    d.f(
        "\nPresenting: {m}. {h}\nRisk: low. Ethnicity (monitoring): {eth}\nPlan: 6 sessions, fortnightly.\n",
        m=(
            r.choice(["low mood and insomnia", "complicated grief", "panic attacks", "depression"]),
            "MEDICAL_CONDITION",
        ),
        h=r.choice(
            ["Youngest wetting the bed since the death.", "Eldest refusing school.", "No previous counselling."]
        ),
        eth=(r.choice(ETHNIC), "ETHNIC_ORIGIN"),
    )
    return d


def f_notice(r):
    d = Doc()
    cc = r.choice(["GB", "IE", "US", "CA", "ZA", "GB"])
    dec = deceased(r, cc)
    sp = P.relative(r, dec, female=not dec.female)
    village = P.city_name(r, cc)
    a = dec.age()
    d.add(N(r, dec, "upper")).t("\n")
    d.f(
        "Peacefully at {pl} on {day}, {nm} of {v}, aged {a}. Beloved {rel} of the late {sp}, much-loved ",
        pl=r.choice(["home", "St Catherine's Hospice", "the General Hospital"]),
        day=dt(r),
        nm=F(dec),
        v=locn(village),
        a=age(a, words=r.random() < 0.3),
        rel="wife" if dec.female else "husband",
        sp=F(sp),
    )
    kids = [P.relative(r, dec, born=(1955, 1985)) for _ in range(2)]
    d.t("mother" if dec.female else "father").t(" of ").add(F(kids[0])).t(" and ").add(F(kids[1]))
    d.f(
        ". Funeral service at {ven} on Friday at 11am. Donations to {ch}. Enquiries to {fd}, {fp}.\n",
        ven=r.choice(["St Andrew's Church", "the Crematorium", "Holy Trinity"]),
        ch=r.choice(["Parkinson's UK", "the British Heart Foundation", "Macmillan"]),
        fd=r.choice(DIRECTORS[:4]),
        fp=ph(r, cc, kind="fixed"),
    )
    if r.random() < 0.4:
        d.f(
            "Online tributes: {u}\n",
            u=("https://www.muchloved.com/gateway/tribute.htm?id=%d" % r.randint(10000, 999999), "URL"),
        )
    return d


def f_german(r):
    d = Doc()
    dec = deceased(r, r.choice(["DE", "DE", "CH"]))
    cc = dec.cc
    auf = P.relative(r, dec, born=(1955, 1990))
    d.f(
        "Bestattungsauftrag\n\nVerstorbene/r: {n}\nGeboren am: {dob} in {gb}\nVerstorben am: {dod}\n"
        "Letzte Anschrift: {a}\n{idn}: {idv}\nTodesursache lt. Totenschein: {tu}\n\nAuftraggeber/in: {auf}\n"
        "Anschrift: {aa}\nTelefon: {tel}\nE-Mail: {em}\nBankverbindung (Lastschrift): IBAN {iban}\n\n"
        "Bestattungsart: {art}\nFriedhof: {fr}\n",
        n=N(r, dec, "full"),
        dob=dob(r, dec, "dmy."),
        gb=loc(r, cc),
        dod="%02d.%02d.2025" % (r.randint(1, 28), r.randint(1, 12)),
        a=full_addr(r, cc, postcode=False),
        idn=P.national_ids(r, dec)[0][0],
        idv=(P.national_ids(r, dec)[0][1], "NATIONAL_ID"),
        tu=(
            r.choice(
                ["Herzinsuffizienz", "Lungenkarzinom", "Schlaganfall", "Demenz vom Alzheimer-Typ", "Myokardinfarkt"]
            ),
            "MEDICAL_CONDITION",
        ),
        auf=N(r, auf),
        aa=full_addr(r, cc, postcode=False),
        tel=ph(r, cc),
        em=email(r, auf),
        iban=(core.iban(r, "DE" if cc == "DE" else "CH"), "IBAN_CODE"),
        art=r.choice(["Feuerbestattung, Urnenbeisetzung", "Erdbestattung", "Seebestattung"]),
        fr=r.choice(["Hauptfriedhof", "Waldfriedhof", "Friedhof am Kirchberg"]),
    )
    return d


def f_romance(r):
    d = Doc()
    cc = r.choice(["FR", "ES", "IT", "PL", "NL", "MX", "BR"])
    dec = deceased(r, cc)
    inf = P.relative(r, dec, born=(1955, 1995))
    nm, val = natid(r, dec)
    if cc == "FR":
        d.f(
            "DÉCLARATION DE DÉCÈS\nDéfunt(e) : {n}\nNé(e) le {dob} à {lieu}\n{nm} : {v}\nDomicile : {a}\n"
            "Cause : {c}\nDéclarant : {inf}, {rel}, tél. {tel}\n",
            n=N(r, dec),
            dob=dob(r, dec, "fr"),
            lieu=loc(r, cc),
            nm=nm,
            v=val,
            a=full_addr(r, cc),
            c=(r.choice(["cancer du poumon", "insuffisance cardiaque", "AVC"]), "MEDICAL_CONDITION"),
            inf=N(r, inf),
            rel=r.choice(["fils", "fille", "neveu"]),
            tel=ph(r, cc),
        )
    elif cc in ("ES", "MX"):
        d.f(
            "SOLICITUD DE SERVICIO FUNERARIO\nFallecido/a: {n}\nFecha de nacimiento: {dob}\n{nm}: {v}\nDomicilio: {a}\n"
            "Causa de la defunción: {c}\nSolicitante: {inf} ({rel})\nTeléfono: {tel}\nCorreo: {em}\n",
            n=N(r, dec),
            dob=dob(r, dec, "es"),
            nm=nm,
            v=val,
            a=full_addr(r, cc),
            c=(
                r.choice(["insuficiencia respiratoria", "cáncer de colon", "infarto agudo de miocardio"]),
                "MEDICAL_CONDITION",
            ),
            inf=N(r, inf),
            rel=r.choice(["hijo", "hija", "viuda"]),
            tel=ph(r, cc),
            em=email(r, inf),
        )
    elif cc == "IT":
        d.f(
            "Agenzia funebre — scheda servizio\nDefunto/a: {n}, nato/a a {lieu} il {dob}\nC.F. {v}\nResidenza: {a}\n"
            "Causa: {c}\nRichiedente: {inf}, cell. {tel}\n",
            n=N(r, dec),
            lieu=loc(r, cc),
            dob=dob(r, dec, "it"),
            v=val,
            a=full_addr(r, cc),
            c=(r.choice(["infarto miocardico acuto", "tumore al pancreas"]), "MEDICAL_CONDITION"),
            inf=N(r, inf),
            tel=ph(r, cc),
        )
    elif cc == "PL":
        d.f(
            "Zlecenie pogrzebu\nZmarły/a: {n}\nData urodzenia: {dob}\nPESEL: {v}\nOstatnie miejsce zamieszkania: {a}\n"
            "Przyczyna zgonu: {c}\nZleceniodawca: {inf}, tel. {tel}\n",
            n=N(r, dec),
            dob=dob(r, dec, "pl"),
            v=val,
            a=full_addr(r, cc),
            c=(r.choice(["zawał serca", "nowotwór płuc", "udar mózgu"]), "MEDICAL_CONDITION"),
            inf=N(r, inf),
            tel=ph(r, cc),
        )
    elif cc == "NL":
        d.f(
            "Opdracht uitvaartverzorging\nOverledene: {n}\nGeboortedatum: {dob}\nBSN: {v}\nAdres: {a}\n"
            "Opdrachtgever: {inf} ({rel}), tel {tel}, {em}\nDoodsoorzaak (vertrouwelijk): {c}\n",
            n=N(r, dec),
            dob=dob(r, dec, "nl"),
            v=val,
            a=full_addr(r, cc),
            inf=N(r, inf),
            rel=r.choice(["zoon", "dochter"]),
            tel=ph(r, cc),
            em=email(r, inf),
            c=(r.choice(["hartfalen", "longkanker", "dementie"]), "MEDICAL_CONDITION"),
        )
    else:
        d.f(
            "Contrato de serviço funerário\nFalecido(a): {n}\nNascimento: {dob}\nCPF: {v}\nEndereço: {a}\n"
            "Causa do óbito: {c}\nContratante: {inf}, cel. {tel}\n",
            n=N(r, dec),
            dob=dob(r, dec, "pt"),
            v=val,
            a=full_addr(r, cc),
            c=(r.choice(["parada cardiorrespiratória", "câncer de mama", "COVID-19"]), "MEDICAL_CONDITION"),
            inf=N(r, inf),
            tel=ph(r, cc),
        )
    return d


def f_repatriation(r):
    d = Doc()
    cc = r.choice(["IN", "PH", "PK", "NG", "PL", "GH", "BD"])
    dec = P.person(r, cc, born=(1950, 1998))
    k = P.relative(r, dec, born=(1950, 1995))
    host = r.choice(["GB", "DE", "NL", "IE"])
    d.f(
        "Repatriation of remains — file note\nDeceased: {n}\nPassport: {pp}\nDOB: {dob}\nDied at: {pl}\n"
        "Cause: {c}\nDestination: {dest}\nFamily contact: {k}, {kp}\nLocal contact: {lc}, {lp}\n"
        "Consulate informed; embalming certificate and freedom-from-infection letter requested.\n",
        n=N(r, dec),
        pp=P.passport(r, dec),
        dob=dob(r, dec),
        pl=loc(r, host),
        c=r.choice(
            [
                ("road traffic collision", None),
                ("cardiac arrest", "MEDICAL_CONDITION"),
                ("drowning", None),
                ("sepsis", "MEDICAL_CONDITION"),
                ("subarachnoid haemorrhage", "MEDICAL_CONDITION"),
            ]
        ),
        dest=loc(r, cc),
        k=N(r, k),
        kp=ph(r, cc, "intl"),
        lc=N(r, P.person(r, host)),
        lp=ph(r, host),
    )
    if r.random() < 0.4:
        d.f(
            "Note: family report {g}; coroner asked about inherited cardiac conditions.\n",
            g=(
                r.choice(["Long QT syndrome type 1 (KCNQ1) in the family", "HCM gene variant (MYBPC3) in siblings"]),
                "GENETIC_DATA",
            ),
        )
    return d


def f_us(r):
    d = Doc()
    dec = deceased(r, "US")
    inf = P.relative(r, dec, born=(1950, 1995))
    st = r.choice(list(core.US_STATES))
    d.f(
        "Lakeside Memorial Chapel — Vital Statistics Worksheet\nDecedent: {n}\nSSN: {ssn}\nDOB: {dob}\nAge: {a}\n"
        "Residence: {ad}\nVeteran: {vet}\nRace (as reported by informant): {race}\nCause (from physician): {c}\n\n"
        "Informant: {inf} ({rel})\nPhone: {p}\nDriver license (ID verification): {dl} ({st})\n"
        "Decedent's passport (to be returned to State Dept.): {upp}\n",
        n=N(r, dec, "full"),
        ssn=(core.ssn(r), "US_SSN"),
        dob=dob(r, dec, "mdy/"),
        a=age(dec.age()),
        ad=[addr(r, "US"), ", "] + loc(r, "US"),
        vet=r.choice(["Yes - US Army 1968-1971", "No"]),
        race=(r.choice(["Black or African American", "White", "Hispanic/Latino", "Navajo", "Korean"]), "ETHNIC_ORIGIN"),
        c=(
            r.choice(["end-stage renal disease", "COPD exacerbation", "metastatic prostate cancer"]),
            "MEDICAL_CONDITION",
        ),
        inf=N(r, inf),
        rel=r.choice(["daughter", "son", "spouse"]),
        p=ph(r, "US"),
        dl=(core.us_dl(r, st), "US_DRIVER_LICENSE"),
        st=(st, "LOCATION"),
        upp=(core.us_passport(r), "US_PASSPORT"),
    )
    return d


FUNERAL = [
    f_arrangement,
    f_mccd,
    f_cremation,
    f_payment,
    f_condolence,
    f_grief_intake,
    f_notice,
    f_german,
    f_romance,
    f_repatriation,
    f_us,
]
_unused = (GENETIC, ORIENT, CRIMES)
