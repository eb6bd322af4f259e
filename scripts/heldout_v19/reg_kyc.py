"""Register 1: kyc_aml_finance."""

import datetime

import pools
from common import (
    Addr,
    Doc,
    Frag,
    Redraw,
    US_AREA,
    age_on,
    card,
    doc_date,
    dob_for_age,
    email,
    fmt_date,
    iban,
    imei,
    ipv4,
    ipv6,
    mac,
    masked_card,
    national_id,
    native_name,
    nm,
    person,
    phone,
    pick,
    rdate,
    rdig,
    ralnum,
    serial,
    token,
    us_account,
    us_dl,
    us_itin,
    us_passport,
    us_routing,
    us_ssn,
    username,
    uuid,
    geo,
    DATE_STYLE,
    HEX,
    UP,
    DIG,
)
from countries import COUNTRY, money

REGISTER = "kyc_aml_finance"
CCS = [
    "GB",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "PL",
    "BR",
    "MX",
    "IN",
    "NG",
    "PK",
    "CN",
    "TR",
    "EG",
    "AE",
    "RU",
    "UA",
    "PH",
    "ZA",
    "IE",
    "PT",
    "SE",
    "KE",
    "VN",
    "JP",
    "KR",
    "BE",
    "CH",
    "CA",
    "GR",
    "US",
]
IBAN_CCS = [c for c in CCS if COUNTRY[c]["iban"]]

BANKS = [
    "Northgate Bank plc",
    "Kestrel Digital Bank",
    "Banco Almirante S.A.",
    "Volta Savings AG",
    "Meridian Payments Ltd",
    "Lumen Pay B.V.",
    "Crestline Federal Credit Union",
    "Harbour & Vale Private Bank",
    "Sorrel Mutual",
    "Orbis Neobank",
]
EMPLOYERS = [
    "Harbourline Logistics",
    "Northwind Dental Care",
    "Quayside Analytics",
    "Bluecrest Engineering",
    "Solace Home Care",
    "Ferrovia Components",
    "Kinetic Build Group",
    "Saltmarsh Foods",
    "Aurora Freight",
    "Pinecone Software",
    "Tidewater Hotels",
    "Copperleaf Pharmacy",
    "Granite Peak Mining",
    "self-employed",
]
OCCUPATIONS = [
    "software developer",
    "registered nurse",
    "taxi driver",
    "restaurant owner",
    "civil engineer",
    "student",
    "retired teacher",
    "used-car dealer",
    "construction site manager",
    "pharmacist",
    "import/export trader",
    "hairdresser",
    "university lecturer",
    "logistics coordinator",
    "real-estate agent",
    "seafarer",
]
SOF = [
    "salary",
    "salary and rental income",
    "sale of family property",
    "business profits",
    "inheritance",
    "pension",
    "savings from employment abroad",
    "crypto trading gains",
    "dividends",
]
STAFF_CC = ["GB", "IE", "DE", "NL", "ES", "US"]


def cust(rng, cc, when, lo=19, hi=79):
    p = person(rng, cc)
    age = rng.randint(lo, hi)
    dob = dob_for_age(rng, age, when)
    a = Addr(rng, cc)
    c = COUNTRY[cc]
    ids = []
    for kind, label in c["ids"]:
        ids.append((label, national_id(rng, kind, dob, p.female, names=_names(p, kind))))
    tax = None
    if c["tax"]:
        tax = (c["tax"][1], national_id(rng, c["tax"][0], dob, p.female, names=_names(p, c["tax"][0])))
    if cc == "GB" and rng.random() < 0.5:
        from common import gb_driving_licence

        ids.append(("UK driving licence no.", gb_driving_licence(rng, p, dob)))
    ph = phone(rng, cc, area=US_AREA.get(a.town)) if cc in ("US",) else phone(rng, cc)
    return dict(
        p=p,
        age=age,
        dob=dob,
        addr=a,
        ids=ids,
        tax=tax,
        phone=ph,
        email=email(rng, p, year=dob.year),
        cc=cc,
        pob=pick(rng, pools.TOWNS[cc]),
        iban=iban(rng, cc) if c["iban"] else None,
        c=c,
    )


def _names(p, kind):
    if kind == "it.codicefiscale":
        return (p.last, p.first)
    if kind == "mx.curp":
        parts = p.last.split(" ")
        return (parts[0], parts[1] if len(parts) > 1 else "X", p.first)
    if kind == "in_.pan":
        return (p.last,)
    return None


def staff(rng):
    cc = pick(rng, STAFF_CC)
    return person(rng, cc)


def dstyle(rng, cc):
    return rng.choice([DATE_STYLE.get(cc, "iso"), "iso", "d mon y", "en long"])


def pick_cc(index, salt=0):
    return CCS[(index * 7 + salt) % len(CCS)]


# ---------------------------------------------------------------------------
def t_cdd(rng, index, when):
    cc = pick_cc(index)
    k = cust(rng, cc, when)
    p = k["p"]
    rv = staff(rng)
    d = Doc()
    ref = "KYC-%d-%s" % (when.year, rdig(rng, 6))
    d.f(
        "{bank} - Customer Due Diligence Record\nCDD ref: {ref}    Opened: {opened}    Channel: {ch}\n"
        "Risk rating: {risk}    Reviewer: {rv:PERSON}\n\n1. Customer identification\n",
        bank=pick(rng, BANKS),
        ref=ref,
        opened=when.isoformat(),
        ch=rng.choice(["mobile app", "branch", "web", "introducer"]),
        risk=rng.choice(["LOW", "MEDIUM", "MEDIUM", "HIGH"]),
        rv=rv.full,
    )
    style = rng.choice(["normal", "sur_first", "passport"])
    d.f("Full legal name:      {n:PERSON}\n", n=nm(p, style))
    nat = native_name(p)
    if nat:
        d.f("Name (native script): {nn:PERSON}\n", nn=nat)
    d.f(
        "Date of birth:        {dob:DATE_OF_BIRTH}\nPlace of birth:       {pob:LOCATION}, {cn}\nNationality:          {nat}\n"
        "Residential address:  {addr}\nMobile:               {ph:PHONE_NUMBER}\nEmail:                {em:EMAIL_ADDRESS}\n\n",
        dob=fmt_date(k["dob"], dstyle(rng, cc)),
        pob=k["pob"],
        cn=k["c"]["name"],
        nat=k["c"]["nat"],
        addr=k["addr"].frag(),
        ph=k["phone"],
        em=k["email"],
    )
    d.t("2. Documents verified\n")
    for label, v in k["ids"]:
        d.f(
            "{l}: {v:NATIONAL_ID} (expires {e}) - verified via {m}\n",
            l=label[0].upper() + label[1:],
            v=v,
            e=fmt_date(rdate(rng, 2026, 2034), "iso"),
            m=rng.choice(["NFC chip read", "video call", "document scan + liveness", "in-branch inspection"]),
        )
    if k["tax"]:
        d.f("{l}: {v:NATIONAL_ID}\n", l=k["tax"][0][0].upper() + k["tax"][0][1:], v=k["tax"][1])
    d.t("\n3. Account and funds\n")
    if k["iban"]:
        d.f("Nominated account (IBAN): {ib:IBAN_CODE}\n", ib=k["iban"])
    else:
        d.f(
            "Nominated account (IBAN): {ib:IBAN_CODE} (held with partner bank in {cn2})\n",
            ib=iban(rng, pick(rng, ["GB", "DE", "NL", "IE", "BE"])),
            cn2=rng.choice(["the EEA", "the UK", "Europe"]),
        )
    d.f(
        "Occupation: {o}; employer: {e}\nExpected monthly turnover: {m}\nSource of funds: {s}\n\n4. Reviewer notes\n",
        o=pick(rng, OCCUPATIONS),
        e=pick(rng, EMPLOYERS),
        m=money(rng, k["c"]["cur"], 500, 15000),
        s=pick(rng, SOF),
    )
    notes = [
        "Customer is {age:AGE} and states no PEP connections; screening returned no hits.",
        "Address confirmed against a utility bill; customer (aged {age:AGE}) moved to {town:LOCATION} {yrs} years ago.",
        "Selfie matched ID photo; the {age:AGE}-year-old customer answered all source-of-funds questions on the call.",
        "EDD not required. Age at onboarding {age:AGE}. Next periodic review {nr}.",
    ]
    d.f(
        pick(rng, notes) + "\n",
        age=str(k["age"]),
        town=k["addr"].town,
        yrs=rng.randint(2, 9),
        nr=fmt_date(rdate(rng, when.year + 1, when.year + 3), "iso"),
    )
    d.f("Signed off: {rv2:PERSON}, {date}\n", rv2=nm(rv, "initial"), date=when.isoformat())
    return d


def t_onboarding_log(rng, index, when):
    cc = pick_cc(index, 3)
    k = cust(rng, cc, when, 18, 60)
    p = k["p"]
    d = Doc()
    plat = rng.choice(["ios", "android"])
    dev = uuid(rng, upper=(plat == "ios"))
    ip = ipv4(rng) if rng.random() < 0.7 else ipv6(rng)
    u = username(rng, p)
    hh, mm = rng.randint(6, 22), rng.randint(0, 50)
    ts = lambda s: "%sT%02d:%02d:%02dZ" % (when.isoformat(), hh, mm + s // 60, s % 60)
    from common import CC_GEO, TOWN_GEO

    lat, lon = TOWN_GEO.get(k["addr"].town, CC_GEO[cc])
    d.f(
        "# {app} onboarding trace - session {sid}\n# exported for manual KYC review, {when}\n",
        app=rng.choice(["Lumen Pay", "Orbis", "Kestrel"]),
        sid="sess_" + token(rng, 20),
        when=when.isoformat(),
    )
    d.f(
        "{t0}  app_install        platform={plat} {ver}  {adid}={dev:DEVICE_ID}\n",
        t0=ts(0),
        plat=plat,
        ver=rng.choice(["17.4", "16.7.2", "17.2.1"]) if plat == "ios" else rng.choice(["14", "13", "12"]),
        adid="idfa" if plat == "ios" else "gaid",
        dev=dev,
    )
    d.f(
        "{t1}  signup             username={u:USERNAME}  email={em:EMAIL_ADDRESS}  ip={ip:IP_ADDRESS}\n",
        t1=ts(31),
        u=u,
        em=k["email"],
        ip=ip,
    )
    d.f(
        "{t2}  phone_verified     msisdn={ph:PHONE_NUMBER}  otp_attempts={n}\n",
        t2=ts(75),
        ph=k["phone"],
        n=rng.randint(1, 3),
    )
    d.f(
        '{t3}  profile_submitted  name="{n:PERSON}" dob={dob:DATE_OF_BIRTH} addr="{addr}"\n',
        t3=ts(140),
        n=p.full,
        dob=fmt_date(k["dob"], "iso"),
        addr=k["addr"].frag(),
    )
    label, v = k["ids"][0] if k["ids"] else ("ID", "")
    d.f(
        '{t4}  doc_scan           type="{l}" number={v:NATIONAL_ID} mrz_check={mrz}\n',
        t4=ts(222),
        l=label,
        v=v,
        mrz=rng.choice(["PASS", "PASS", "WARN"]),
    )
    d.f("{t5}  liveness           score=0.{sc} result=PASS\n", t5=ts(260), sc=rng.randint(81, 99))
    if rng.random() < 0.6:
        d.f(
            "{t6}  geo                lat_lon={g:GEO_COORDINATES} source=device\n",
            t6=ts(301),
            g=geo(rng, lat, lon, 0.6 if k["addr"].town not in TOWN_GEO else 0.03, "dec_nospace"),
        )
    dec = rng.choice(["APPROVED", "MANUAL_REVIEW", "MANUAL_REVIEW", "REJECTED"])
    d.f(
        "{t7}  risk_decision      outcome={dec} reasons=[{rs}]\n\n",
        t7=ts(340),
        dec=dec,
        rs=rng.choice(["ip_country_mismatch", "velocity_device", "name_dob_match_watchlist_low", "none"]),
    )
    an = staff(rng)
    d.f("Analyst note ({an:PERSON}): ", an=an.full)
    notes = [
        "Applicant is {age:AGE}; document data, selfie and phone all consistent. IP geolocates to a mobile carrier; acceptable. ",
        "Device {dev:DEVICE_ID} was previously seen on another application under a different name - requested a second document. ",
        "Username {u:USERNAME} matches the applicant's social profile; age {age:AGE} consistent with the document. ",
        "Resubmission requested: address line unreadable on proof of address. Applicant confirmed by phone on {ph:PHONE_NUMBER}. ",
    ]
    d.f(pick(rng, notes), age=str(k["age"]), dev=dev, u=u, ph=k["phone"])
    d.t("Decision " + rng.choice(["upheld.", "overridden to APPROVED.", "pending second review."]) + "\n")
    return d


def t_sar(rng, index, when):
    cc = pick_cc(index, 11)
    k = cust(rng, cc, when, 22, 70)
    p = k["p"]
    cp = person(rng, pick(rng, ["NG", "AE", "TR", "CN", "GB", "MX", "PK", "UA"]))
    cpt = pick(rng, pools.TOWNS[cp.cc])
    d = Doc()
    d.f(
        "SUSPICIOUS ACTIVITY REPORT - NARRATIVE SECTION\nReporting entity: {bank}\nInternal case: AML-{n}\nPrepared by: {an:PERSON}, MLRO office\n\n",
        bank=pick(rng, BANKS),
        n=rdig(rng, 7),
        an=staff(rng).full,
    )
    d.f(
        "Subject 1 is {n:PERSON} (DOB {dob:DATE_OF_BIRTH}, {nat} national), who resides at {addr}. ",
        n=p.full,
        dob=fmt_date(k["dob"], dstyle(rng, cc)),
        nat=k["c"]["nat"],
        addr=k["addr"].frag(),
    )
    d.f(
        "The subject, aged {age:AGE}, describes herself as a {o}. "
        if p.female
        else "The subject, aged {age:AGE}, describes himself as a {o}. ",
        age=str(k["age"]),
        o=pick(rng, OCCUPATIONS),
    )
    d.f("Contact details on file: {ph:PHONE_NUMBER}, {em:EMAIL_ADDRESS}.\n\n", ph=k["phone"], em=k["email"])
    acct = k["iban"] or iban(rng, pick(rng, ["GB", "DE", "NL", "LU"]))
    c1, c2 = rdate(rng, when.year - 1, when.year - 1), when
    d.f(
        "Between {d1} and {d2} the account {ib:IBAN_CODE} received {n} cash deposits, each just below the reporting "
        "threshold, totalling {tot}. Within 48 hours of each deposit, funds were moved onward to {cp:PERSON} in {cpt:LOCATION} "
        "by international transfer. The stated purpose ('family support') is inconsistent with the subject's declared income.\n\n",
        d1=fmt_date(c1, "d mon y"),
        d2=fmt_date(c2, "d mon y"),
        ib=acct,
        n=rng.randint(9, 23),
        tot=money(rng, k["c"]["cur"], 20000, 140000),
        cp=cp.full,
        cpt=cpt,
    )
    if rng.random() < 0.6:
        d.f(
            "The subject also used debit card {cc:CREDIT_CARD} for {m} cash withdrawals at ATMs in {t2:LOCATION}, "
            "a town the subject has no known connection to.\n\n",
            cc=card(rng),
            m=rng.randint(5, 14),
            t2=pick(rng, pools.TOWNS[cc]),
        )
    crimes = [
        "a 2016 conviction for fraud by false representation",
        "a prior conviction for handling stolen goods",
        "a suspended sentence for VAT fraud",
        "a conviction for money laundering",
        "two convictions for benefit fraud",
        "a caution for possession of criminal property",
    ]
    d.f(
        "Open-source checks found press reports indicating that the subject has {cr:CRIMINAL_HISTORY}. "
        "{cp2:PERSON} appears as a director of two dormant companies.\n\n",
        cr=pick(rng, crimes),
        cp2=cp.last,
    )
    d.f(
        "Customer contact: on {dd} the subject called from {ph:PHONE_NUMBER} and asked why a payment was held. "
        "No tipping-off occurred. Recommendation: file SAR, retain relationship under enhanced monitoring, "
        "restrict outbound transfers above {lim}.\n",
        dd=fmt_date(when, "iso"),
        ph=k["phone"],
        lim=money(rng, k["c"]["cur"], 1000, 5000),
    )
    return d


def t_mt103(rng, index, when):
    cc1 = IBAN_CCS[(index * 5) % len(IBAN_CCS)]
    cc2 = IBAN_CCS[(index * 3 + 4) % len(IBAN_CCS)]
    k1 = cust(rng, cc1, when)
    p2 = person(rng, cc2)
    a2 = Addr(rng, cc2)
    bic1 = ralnum(rng, 4, UP) + cc1 + ralnum(rng, 2, UP + DIG)
    bic2 = ralnum(rng, 4, UP) + cc2 + ralnum(rng, 2, UP + DIG)
    d = Doc()
    amt = "%d,%02d" % (rng.randint(100, 48000), rng.randint(0, 99))
    cur = rng.choice(["EUR", "EUR", "GBP", "USD", "CHF"])
    d.t(
        "Outgoing payment - SWIFT MT103 copy (customer file)\n\n{1:F01"
        + bic1
        + "AXXX"
        + rdig(rng, 10)
        + "}{2:I103"
        + bic2
        + "XXXXN}{4:\n"
    )
    d.f(
        ":20:{ref}\n:23B:CRED\n:32A:{dt}{cur}{amt}\n",
        ref="TRF" + ralnum(rng, 10),
        dt=when.strftime("%y%m%d"),
        cur=cur,
        amt=amt,
    )
    a1 = k1["addr"]
    d.f(
        ":50K:/{ib:IBAN_CODE}\n{n:PERSON}\n{st:STREET_ADDRESS}\n{pc}{tw:LOCATION}\n",
        ib=k1["iban"].replace(" ", ""),
        n=nm(k1["p"], "caps"),
        st=a1.street.upper(),
        pc=(a1.pc + " ") if a1.cc not in ("GB", "IE") else "",
        tw=a1.town.upper(),
    )
    d.f(":52A:{b1}\n:57A:{b2}\n", b1=bic1, b2=bic2)
    ib2 = iban(rng, cc2, spaced=False)
    d.f(
        ":59:/{ib:IBAN_CODE}\n{n:PERSON}\n{st:STREET_ADDRESS}\n{tw:LOCATION} {cn}\n",
        ib=ib2,
        n=nm(p2, "caps"),
        st=a2.street.upper(),
        tw=a2.town.upper(),
        cn=cc2,
    )
    purpose = rng.choice(
        [
            "RENT " + when.strftime("%b").upper(),
            "TUITION FEES SEM " + str(rng.randint(1, 2)),
            "LOAN REPAYMENT",
            "GIFT FOR WEDDING",
            "INV " + rdig(rng, 5),
            "CAR PURCHASE DEPOSIT",
        ]
    )
    d.f(":70:{pu}\n:71A:{ch}\n-}\n\n", pu=purpose, ch=rng.choice(["SHA", "OUR", "BEN"]))
    d.f(
        "Compliance annotation: beneficiary {n:PERSON} is the ordering customer's {rel}; ",
        n=p2.full if rng.random() < 0.5 else nm(p2, "caps"),
        rel=rng.choice(["brother", "landlord", "daughter", "business partner", "cousin", "former spouse"]),
    )
    d.f(
        "ordering customer {n:PERSON} (born {dob:DATE_OF_BIRTH}) confirmed the payment by phone on {ph:PHONE_NUMBER}. Released by {s:PERSON}.\n",
        n=k1["p"].full,
        dob=fmt_date(k1["dob"], "dmy/"),
        ph=k1["phone"],
        s=staff(rng).full,
    )
    return d


def t_pacs008(rng, index, when):
    cc1 = IBAN_CCS[(index * 3) % len(IBAN_CCS)]
    cc2 = IBAN_CCS[(index * 7 + 2) % len(IBAN_CCS)]
    k1 = cust(rng, cc1, when)
    k2 = cust(rng, cc2, when)
    d = Doc()
    msg = "MSG" + ralnum(rng, 12)
    amt = "%d.%02d" % (rng.randint(50, 30000), rng.randint(0, 99))
    d.t(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">\n <FIToFICstmrCdtTrf>\n'
    )
    d.f(
        "  <GrpHdr><MsgId>{m}</MsgId><CreDtTm>{dt}T{h:02d}:{mi:02d}:00</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>\n",
        m=msg,
        dt=when.isoformat(),
        h=rng.randint(7, 18),
        mi=rng.randint(0, 59),
    )
    d.f(
        '  <CdtTrfTxInf>\n   <PmtId><EndToEndId>E2E{e}</EndToEndId></PmtId>\n   <IntrBkSttlmAmt Ccy="EUR">{a}</IntrBkSttlmAmt>\n',
        e=rdig(rng, 10),
        a=amt,
    )
    for role, k in (("Dbtr", k1), ("Cdtr", k2)):
        a = k["addr"]
        d.f(
            "   <{r}>\n    <Nm>{n:PERSON}</Nm>\n    <PstlAdr><AdrLine>{st:STREET_ADDRESS}</AdrLine><PstCd>{pc}</PstCd><TwnNm>{tw:LOCATION}</TwnNm><Ctry>{c}</Ctry></PstlAdr>\n",
            r=role,
            n=nm(k["p"], rng.choice(["normal", "caps"])),
            st=a.street,
            pc=a.pc,
            tw=a.town,
            c=k["cc"],
        )
        if role == "Dbtr" or rng.random() < 0.5:
            d.f(
                "    <Id><PrvtId><DtAndPlcOfBirth><BirthDt>{dob:DATE_OF_BIRTH}</BirthDt><CityOfBirth>{pob:LOCATION}</CityOfBirth><CtryOfBirth>{c}</CtryOfBirth></DtAndPlcOfBirth>",
                dob=k["dob"].isoformat(),
                pob=k["pob"],
                c=k["cc"],
            )
            idv = k["tax"][1] if k["tax"] else (k["ids"][0][1] if k["ids"] else None)
            if idv:
                lab = k["tax"][0] if k["tax"] else k["ids"][0][0]
                d.f(
                    "<Othr><Id>{v:NATIONAL_ID}</Id><SchmeNm><Prtry>{l}</Prtry></SchmeNm></Othr>",
                    v=idv.replace(" ", ""),
                    l=lab,
                )
            d.t("</PrvtId></Id>\n")
        d.f(
            "   </{r}>\n   <{r}Acct><Id><IBAN>{ib:IBAN_CODE}</IBAN></Id></{r}Acct>\n",
            r=role,
            ib=k["iban"].replace(" ", ""),
        )
    d.f(
        "   <RmtInf><Ustrd>{u}</Ustrd></RmtInf>\n  </CdtTrfTxInf>\n </FIToFICstmrCdtTrf>\n</Document>\n",
        u=rng.choice(
            [
                "Rent deposit flat 2",
                "School fees term 3",
                "Repayment of loan",
                "Invoice 2024-" + rdig(rng, 3),
                "Family support",
            ]
        ),
    )
    d.f(
        "<!-- screening: debtor contact {ph:PHONE_NUMBER} verified by callback; reviewer {s:PERSON} -->\n",
        ph=k1["phone"],
        s=staff(rng).full,
    )
    return d


REMIT_ROUTES = [
    ("GB", "NG"),
    ("GB", "PK"),
    ("US", "MX"),
    ("US", "PH"),
    ("ES", "BR"),
    ("AE", "IN"),
    ("AE", "PK"),
    ("DE", "TR"),
    ("IT", "PH"),
    ("FR", "VN"),
    ("US", "IN"),
    ("GB", "KE"),
    ("NL", "UA"),
    ("AE", "PH"),
    ("IE", "NG"),
    ("CA", "CN"),
]


def t_remittance(rng, index, when):
    s_cc, r_cc = REMIT_ROUTES[index % len(REMIT_ROUTES)]
    k = cust(rng, s_cc, when, 20, 68)
    rp = person(rng, r_cc)
    rtown = pick(rng, pools.TOWNS[r_cc])
    rph = phone(rng, r_cc, style="intl")
    d = Doc()
    d.f(
        "{brand} MONEY TRANSFER - CUSTOMER RECEIPT\nAgent ID: {ag}   Till: {till}   {dt} {h:02d}:{m:02d}\nMTCN: {mt}\n\n",
        brand=rng.choice(["QUICKSEND", "REMITLINE", "SWIFTCASH HOME", "GLOBALSEND"]),
        ag=s_cc + "-" + rdig(rng, 5),
        till=rng.randint(1, 4),
        dt=fmt_date(when, "dmy/"),
        h=rng.randint(9, 20),
        m=rng.randint(0, 59),
        mt=rdig(rng, 3) + " " + rdig(rng, 3) + " " + rdig(rng, 4),
    )
    sname = nm(k["p"], rng.choice(["caps", "normal", "sur_first"]))
    d.f(
        "SENDER\nName:      {n:PERSON}\nAddress:   {a}\nTel:       {ph:PHONE_NUMBER}\n",
        n=sname,
        a=k["addr"].frag(caps=sname.isupper()),
        ph=k["phone"],
    )
    if s_cc == "US":
        st = k["addr"].state
        d.f("ID:        {st} driver license {dl:US_DRIVER_LICENSE}\n", st=st, dl=us_dl(rng, st))
    elif k["ids"]:
        lab, v = k["ids"][0]
        d.f("ID:        {l} {v:NATIONAL_ID}\n", l=lab, v=v)
    elif k["tax"]:
        d.f("ID:        {l} {v:NATIONAL_ID}\n", l=k["tax"][0], v=k["tax"][1])
    d.f(
        "DOB:       {dob:DATE_OF_BIRTH}\nPurpose:   {pu}\n\n",
        dob=fmt_date(k["dob"], "dmy/" if s_cc != "US" else "mdy/"),
        pu=rng.choice(["Family support", "School fees", "Medical bills", "Building a house", "Wedding costs"]),
    )
    rname = nm(rp, rng.choice(["caps", "normal"]))
    d.f(
        "RECEIVER\nName:      {n:PERSON}\nCity:      {t:LOCATION}\nCountry:   {c}\nTel:       {ph:PHONE_NUMBER}\n",
        n=rname,
        t=rtown.upper() if rname.isupper() else rtown,
        c=COUNTRY[r_cc]["name"].upper() if rname.isupper() else COUNTRY[r_cc]["name"],
        ph=rph,
    )
    payout = rng.choice(["Cash pickup", "Mobile wallet", "Bank deposit"])
    if payout == "Mobile wallet":
        d.f("Payout:    Mobile wallet to {ph:PHONE_NUMBER}\n", ph=rph)
    elif payout == "Bank deposit" and COUNTRY[r_cc]["iban"]:
        d.f("Payout:    Bank deposit, IBAN {ib:IBAN_CODE}\n", ib=iban(rng, r_cc))
    else:
        d.t("Payout:    Cash pickup at any agent\n")
    sent = rng.randint(80, 2400)
    d.f(
        "\nAmount sent: {a} {cur}   Fee: {f} {cur}   Rate: {r}\nTotal paid: {tot} {cur}\n",
        a=sent,
        f=rng.choice([3.99, 4.99, 9.0, 12.5]),
        cur=COUNTRY[s_cc]["cur"],
        r="%.4f" % rng.uniform(0.5, 1500),
        tot=sent + 5,
    )
    if rng.random() < 0.5:
        d.f("Paid by card: {c:CREDIT_CARD}\n", c=masked_card(rng))
    d.f(
        "\nI confirm the information above is correct. Customer signature: ________  Served by: {s:PERSON}\n"
        "Anti-fraud notice: never send money to someone you have not met in person.\n",
        s=staff(rng).first,
    )
    return d


def btc(rng):
    return "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))


def eth(rng):
    return "0x" + "".join(rng.choice(HEX) for _ in range(40))


def t_crypto(rng, index, when):
    cc = pick_cc(index, 17)
    k = cust(rng, cc, when, 18, 55)
    p = k["p"]
    u = username(rng, p)
    d = Doc()
    d.f(
        "ACCOUNT REVIEW - {ex} Compliance (periodic / trigger: {tr})\nUID {uid} | username: {u:USERNAME} | KYC tier {tier}\n\n",
        ex=rng.choice(["Blockhaven Exchange", "Coinharbor", "Ledgerline Markets"]),
        tr=rng.choice(["large withdrawal", "travel-rule mismatch", "annual"]),
        uid=rdig(rng, 8),
        u=u,
        tier=rng.choice([2, 2, 3]),
    )
    d.f(
        "Holder: {n:PERSON}, born {dob:DATE_OF_BIRTH} ({age:AGE} y/o), {nat} national\nRegistered email: {em:EMAIL_ADDRESS}; phone: {ph:PHONE_NUMBER}\n"
        "Residential address on file: {a}\n",
        n=p.full,
        dob=fmt_date(k["dob"], "iso"),
        age=str(k["age"]),
        nat=k["c"]["nat"],
        em=k["email"],
        ph=k["phone"],
        a=k["addr"].frag(),
    )
    if k["ids"]:
        d.f("Verified ID: {l} {v:NATIONAL_ID}\n", l=k["ids"][0][0], v=k["ids"][0][1])
    d.t("\nLogin history (last 4):\n")
    devs = [
        (rng.choice(["iPhone 14", "iPhone 13 mini", "iPad Air"]), uuid(rng, True)),
        (rng.choice(["Pixel 7", "Galaxy S23", "Redmi Note 12"]), uuid(rng)),
        ("Windows 11 / Chrome", None),
    ]
    for i in range(4):
        dv = pick(rng, devs)
        ip = ipv4(rng) if rng.random() < 0.75 else ipv6(rng)
        dt = when - datetime.timedelta(days=i * rng.randint(1, 6))
        if dv[1]:
            d.f(
                "  {d} {h:02d}:{m:02d} UTC  {ip:IP_ADDRESS}  {dn} (device id {di:DEVICE_ID})\n",
                d=dt.isoformat(),
                h=rng.randint(0, 23),
                m=rng.randint(0, 59),
                ip=ip,
                dn=dv[0],
                di=dv[1],
            )
        else:
            d.f(
                "  {d} {h:02d}:{m:02d} UTC  {ip:IP_ADDRESS}  {dn}\n",
                d=dt.isoformat(),
                h=rng.randint(0, 23),
                m=rng.randint(0, 59),
                ip=ip,
                dn=dv[0],
            )
    d.t("\nLinked funding: ")
    if rng.random() < 0.5:
        d.f("card {c:CREDIT_CARD}; ", c=masked_card(rng))
    d.f("bank account {ib:IBAN_CODE}\n", ib=k["iban"] or iban(rng, pick(rng, ["LU", "DE", "NL"])))
    d.f(
        "On-chain: deposits from {w1} (unhosted, not attributed) and withdrawals to {w2} (exchange hot wallet).\n\n",
        w1=btc(rng),
        w2=eth(rng),
    )
    an = staff(rng)
    d.f("Analyst ({an:PERSON}): ", an=an.full)
    d.f(
        pick(
            rng,
            [
                "Withdrawal pattern matches declared trading income. Holder ({age:AGE}) explained the new device by phone. No further action.",
                "Two logins from a hosting provider; holder says a VPN is used for work. Requested selfie re-verification from {u:USERNAME}.",
                "Holder's stated age ({age:AGE}) and profile fit the volume. Travel-rule data for the outgoing transfer was incomplete and has been completed.",
            ],
        )
        + "\n",
        age=str(k["age"]),
        u=u,
    )
    return d


LISTS = ["OFAC SDN", "UN Consolidated List", "EU Consolidated Financial Sanctions List", "UK HMT Consolidated List"]


def t_screening(rng, index, when):
    cc = pick_cc(index, 23)
    k = cust(rng, cc, when, 25, 80)
    p = k["p"]
    lp = person(rng, cc, female=p.female, last=p.last)
    if lp.first == p.first:
        lp = person(rng, cc, female=p.female, last=p.last)
    ldob = rdate(rng, 1950, 1985)
    d = Doc()
    d.f(
        "SCREENING ALERT {aid} - DISPOSITION NOTE\nSystem: {sys}   Generated: {dt}\n\n",
        aid="SA-%d-%s" % (when.year, rdig(rng, 5)),
        sys=rng.choice(["NameCheck 5", "WatchGuard AML", "ScreenSafe"]),
        dt=when.isoformat(),
    )
    d.f(
        "Customer:      {n:PERSON}\nDOB:           {dob:DATE_OF_BIRTH}\nNationality:   {nat}\nPlace of birth: {pob:LOCATION}\n",
        n=nm(p, "passport"),
        dob=fmt_date(k["dob"], "d-MON-y"),
        nat=k["c"]["nat"],
        pob=k["pob"],
    )
    if k["ids"]:
        d.f("ID document:   {l} {v:NATIONAL_ID}\n", l=k["ids"][0][0], v=k["ids"][0][1])
    d.f(
        "\nPotential match: {ln:PERSON} ({lst})\nListed DOB:    {ldob:DATE_OF_BIRTH}\nListed POB:    {lpob:LOCATION}\nMatch score:   {sc}%\n\n",
        ln=nm(lp, "passport"),
        lst=pick(rng, LISTS),
        ldob=fmt_date(ldob, "d-MON-y"),
        lpob=pick(rng, pools.TOWNS[cc]),
        sc=rng.randint(71, 93),
    )
    d.f(
        "Analysis: surname identical, given names differ ({g1:PERSON} vs {g2:PERSON}). Customer is {age:AGE}; the listed individual "
        "would be {lage:AGE}. ",
        g1=p.first,
        g2=lp.first,
        age=str(k["age"]),
        lage=str(age_on(ldob, when)),
    )
    d.f(
        pick(
            rng,
            [
                "Customer's document was issued in {yr}, after the listing date.",
                "Residential history ({tw:LOCATION}) does not overlap with the listed address.",
                "Customer's employer and phone ({ph:PHONE_NUMBER}) verified independently.",
            ],
        )
        + "\n",
        yr=rng.randint(2015, 2023),
        tw=k["addr"].town,
        ph=k["phone"],
    )
    an = staff(rng)
    d.f(
        "Decision: FALSE POSITIVE - discounted by {an:PERSON} ({em:EMAIL_ADDRESS}); second review by {an2:PERSON}.\n",
        an=an.full,
        em=email(
            rng, an, domain=rng.choice(["northgate-bank.example", "kestrelbank.example", "orbis-compliance.example"])
        ),
        an2=staff(rng).full,
    )
    return d


def t_ubo(rng, index, when):
    cc = pick_cc(index, 29)
    ents = [
        "Oakridge Trading Ltd",
        "Saltire Holdings S.A.",
        "Blue Heron Imports B.V.",
        "Kappa Maritime GmbH",
        "Tessera Property SL",
        "Zenith Agro Exports",
        "Marlow & Finch Ventures LLP",
        "Cedarline Consulting Sp. z o.o.",
    ]
    d = Doc()
    d.f(
        "BENEFICIAL OWNERSHIP DECLARATION (Form BO-2)\nEntity: {e}   Registration no.: {r}\nJurisdiction: {j}\n\n",
        e=pick(rng, ents),
        r=rdig(rng, 8),
        j=COUNTRY[cc]["name"],
    )
    n = rng.randint(2, 3)
    owners = []
    shares = sorted([rng.randint(25, 60) for _ in range(n)], reverse=True)
    for i in range(n):
        occ = cc if rng.random() < 0.6 else pick_cc(index + i + 1, 5)
        k = cust(rng, occ, when, 30, 76)
        owners.append(k)
        d.f(
            "Part {i} - Beneficial owner\n  Name: {n:PERSON}\n  Date of birth: {dob:DATE_OF_BIRTH}\n  Nationality: {nat}\n  Residential address: {a}\n",
            i=i + 1,
            n=k["p"].full,
            dob=fmt_date(k["dob"], dstyle(rng, occ)),
            nat=k["c"]["nat"],
            a=k["addr"].frag(),
        )
        if occ == "US":
            d.f("  Identification: U.S. passport {pp:US_PASSPORT}\n", pp=us_passport(rng))
        elif k["tax"] and rng.random() < 0.5:
            d.f("  Identification: {l} {v:NATIONAL_ID}\n", l=k["tax"][0], v=k["tax"][1])
        elif k["ids"]:
            d.f("  Identification: {l} {v:NATIONAL_ID}\n", l=k["ids"][0][0], v=k["ids"][0][1])
        d.f(
            "  Nature of control: {pct}% of shares{x}\n  PEP: {pep}\n\n",
            pct=shares[i],
            x=rng.choice(["", " and voting rights", "; director"]),
            pep=rng.choice(["No", "No", "No", "Yes - former municipal councillor"]),
        )
    dec = owners[0]
    d.f(
        "Declaration: I confirm the above is complete and accurate.\nSigned: {n:PERSON}   Date: {dt}\nContact: {em:EMAIL_ADDRESS} / {ph:PHONE_NUMBER}\n",
        n=dec["p"].full,
        dt=fmt_date(when, "dmy/"),
        em=dec["email"],
        ph=dec["phone"],
    )
    return d


US_STATES_DL = ["AZ", "NM", "NE", "ID", "WA", "TN", "GA", "CA", "OH", "TX", "KS", "PA", "FL", "IA", "UT", "NV"]


def t_cip(rng, index, when):
    k = cust(rng, "US", when, 19, 82)
    p = k["p"]
    st = k["addr"].state
    d = Doc()
    d.f(
        "CUSTOMER IDENTIFICATION PROGRAM (CIP) - NEW ACCOUNT WORKSHEET\n{cu} - Branch {br}\nAccount type: {t}   Opened: {dt}\n\n",
        cu=rng.choice(
            [
                "Crestline Federal Credit Union",
                "Prairie State Bank",
                "Cascade Community Bank",
                "Sandhill Savings & Loan",
            ]
        ),
        br=rdig(rng, 3),
        t=rng.choice(["Checking", "Savings", "Joint checking", "Money market"]),
        dt=fmt_date(when, "mdy/"),
    )
    d.f(
        "Member name:        {n:PERSON}\nDate of birth:      {dob:DATE_OF_BIRTH}  (age {age:AGE})\nResidential address:{sp}{a}\nPhone:              {ph:PHONE_NUMBER}\nEmail:              {em:EMAIL_ADDRESS}\n",
        n=nm(p, rng.choice(["normal", "caps"])),
        dob=fmt_date(k["dob"], "mdy/"),
        age=str(k["age"]),
        sp=" ",
        a=k["addr"].frag(),
        ph=k["phone"],
        em=k["email"],
    )
    itin = (index // 11) % 2 == 1
    if itin:
        d.f("Taxpayer ID:        ITIN {t:US_ITIN}\n", t=us_itin(rng))
    else:
        d.f("Taxpayer ID:        SSN {t:US_SSN}\n", t=us_ssn(rng, dashes=rng.random() < 0.8))
    d.f(
        "Primary ID:         {st} driver license {dl:US_DRIVER_LICENSE}, exp {e}\n",
        st=st,
        dl=us_dl(rng, st),
        e=fmt_date(rdate(rng, 2026, 2031), "mdy/"),
    )
    if rng.random() < 0.6:
        d.f("Secondary ID:       U.S. passport {pp:US_PASSPORT}\n", pp=us_passport(rng))
    else:
        pc = pick(rng, ["MX", "IN", "PH", "VN", "NG"])
        d.f(
            "Secondary ID:       foreign passport ({c}) {pp:NATIONAL_ID}\n",
            c=COUNTRY[pc]["name"],
            pp=national_id(
                rng,
                {"MX": "passport", "IN": "passport.in", "PH": "passport.ph", "VN": "passport", "NG": "passport.ng"}[pc],
            ),
        )
    d.f(
        "External funding:   ABA {r:ABA_ROUTING_NUMBER}, account {a:US_BANK_NUMBER}\n",
        r=us_routing(rng),
        a=us_account(rng),
    )
    d.f("Debit card issued:  {c:CREDIT_CARD}\n\n", c=card(rng, prefix=("4", 16)))
    if rng.random() < 0.6:
        jp = person(rng, "US", last=p.last if rng.random() < 0.5 else None)
        jd = dob_for_age(rng, rng.randint(19, 80), when)
        d.f(
            "Joint owner:        {n:PERSON}, DOB {dob:DATE_OF_BIRTH}, {tid}\n",
            n=jp.full,
            dob=fmt_date(jd, "mdy/"),
            tid=Frag([("ITIN ", None), (us_itin(rng), "US_ITIN")])
            if rng.random() < 0.5
            else Frag([("SSN ", None), (us_ssn(rng), "US_SSN")]),
        )
    d.f(
        "OFAC/314(a) check: no match.   Documentary verification by {s:PERSON}, non-documentary via {v}.\n",
        s=person(rng, "US").full,
        v=rng.choice(["credit bureau", "LexisNexis-style database", "utility records"]),
    )
    return d


def t_edd(rng, index, when):
    cc = pick_cc(index, 13)
    k = cust(rng, cc, when, 28, 75)
    p = k["p"]
    d = Doc()
    rel = person(rng, cc)
    d.f(
        "ENHANCED DUE DILIGENCE MEMO\nTo: Financial Crime Committee   From: {a:PERSON}   Date: {dt}\nRe: onboarding of {n:PERSON} ({nat})\n\n",
        a=staff(rng).full,
        dt=fmt_date(when, "en long"),
        n=p.full,
        nat=k["c"]["nat"],
    )
    d.f(
        "Background. {n:PERSON} is a {age:AGE}-year-old {o} born in {pob:LOCATION} who moved to {tw:LOCATION} in {yr}. ",
        n=p.first if rng.random() < 0.5 else p.full,
        age=str(k["age"]),
        o=pick(rng, OCCUPATIONS),
        pob=k["pob"],
        tw=k["addr"].town,
        yr=rng.randint(2005, when.year - 1),
    )
    d.f(
        "Home address: {a}. Date of birth {dob:DATE_OF_BIRTH}. ",
        a=k["addr"].frag(),
        dob=fmt_date(k["dob"], dstyle(rng, cc)),
    )
    if k["tax"]:
        d.f("{l}: {v:NATIONAL_ID}. ", l=k["tax"][0], v=k["tax"][1])
    d.t("\n\n")
    d.f(
        "Risk factors. The customer's {rl}, {r:PERSON}, is a local official. Adverse media: ",
        rl=rng.choice(["brother-in-law", "sister", "father", "cousin"]),
        r=rel.full,
    )
    d.f(
        pick(
            rng,
            [
                "a regional newspaper reported that the customer had {cr:CRIMINAL_HISTORY}. ",
                "court records show {cr:CRIMINAL_HISTORY}. ",
                "the customer disclosed {cr:CRIMINAL_HISTORY} during the interview. ",
            ],
        ),
        cr=pick(
            rng,
            [
                "a 2014 conviction for tax evasion",
                "a spent conviction for insurance fraud",
                "a conditional sentence for bribery of a public official",
                "a conviction for operating an unlicensed money service business",
                "a fine for customs fraud in 2019",
            ],
        ),
    )
    d.f("Expected activity is {m} per month from {s}.\n\n", m=money(rng, k["c"]["cur"], 10000, 90000), s=pick(rng, SOF))
    d.f(
        "Contact: {ph:PHONE_NUMBER} / {em:EMAIL_ADDRESS}. Account for salary credits: {ib:IBAN_CODE}.\n\n",
        ph=k["phone"],
        em=k["email"],
        ib=k["iban"] or iban(rng, pick(rng, ["CH", "LU", "GB"])),
    )
    d.t(
        "Recommendation: "
        + rng.choice(
            [
                "approve with 6-monthly review and senior sign-off.",
                "decline; risk outside appetite.",
                "approve subject to source-of-wealth evidence (sale contract, tax returns).",
            ]
        )
        + "\n"
    )
    return d


TEMPLATES = [
    t_cdd,
    t_onboarding_log,
    t_sar,
    t_mt103,
    t_pacs008,
    t_remittance,
    t_crypto,
    t_screening,
    t_ubo,
    t_cip,
    t_edd,
]


def build(rng, index):
    when = doc_date(rng)
    return TEMPLATES[index % len(TEMPLATES)](rng, index, when)
