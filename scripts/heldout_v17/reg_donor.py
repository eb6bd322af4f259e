"""Register 2: charity donor-CRM records and prospect-research notes."""

from __future__ import annotations

import random

from stdnum.ie import pps

from common import (
    F,
    J,
    Doc,
    aba,
    card,
    digits,
    iban_code,
    itin,
    masked_card,
    phone,
    pick,
    rand_date,
    ssn,
    us_bank_account,
    us_dl,
    us_passport,
)
from pools import CA_PLACES, IE_PLACES, email_for, person, uk_address, us_address

REGISTER = "donor_crm_profiles"

CHARITIES = [
    "Riverside Children's Trust",
    "Hope Harbour Foundation",
    "Lanterns for Youth",
    "Safe Steps Appeal",
    "Bright Futures Fund",
    "Kestrel House Charity",
]
EMPLOYERS = [
    ("Harlow & Pike LLP", "senior partner"),
    ("Northgate Logistics", "CFO"),
    ("Brackenridge Capital", "managing director"),
    ("Alder Valley NHS Trust", "consultant anaesthetist"),
    ("Quillon Software", "founder"),
    ("Mersey Forge Ltd", "owner"),
    ("Tern & Co. Accountants", "partner"),
    ("Halcyon Biotech", "VP Research"),
    ("St Brendan's College", "head of science"),
    ("Ridgeway Dental Group", "dentist"),
    ("Copperbeech Estates", "director"),
]
BOARDS = [
    "Trustee, Wyvern Arts Festival",
    "Governor, Fellside Academy",
    "Board member, Valley Hospice",
    "Chair, Rotary Club of the Dales",
    "Treasurer, Old Quarry Cricket Club",
    "Director, Blue Heron Housing",
]
CONDITIONS = [
    "early-onset Alzheimer's",
    "Parkinson's disease",
    "stage 3 bowel cancer",
    "multiple sclerosis",
    "type 1 diabetes",
    "macular degeneration",
    "COPD",
    "a stroke",
    "motor neurone disease",
    "long COVID",
    "severe depression",
    "breast cancer",
]
MEDS = ["warfarin", "methotrexate", "donepezil", "insulin"]
APPEALS = ["SPRING23", "XMAS24", "EMERG-FLOOD", "GALA2024", "RAFFLE-SUMMER", "LEGACY-WEEK", "TAPTODONATE"]


def _pps(rng):
    while True:
        body = digits(rng, 7)
        for c in "WABCDEFGHIJKLMNOPQRSTUV":
            cand = body + c
            if pps.is_valid(cand):
                return cand


def _donor(rng, country):
    first, last, female, culture = person(rng)
    sp_first, _, _, _ = person(rng, culture, not female)
    kids = []
    for _ in range(rng.randint(0, 3)):
        k = person(rng, culture)[0]
        if k not in (first, sp_first) and k not in [n for n, _ in kids]:
            kids.append((k, rng.randint(2, 17)))
    if country == "GB":
        num, street, town, pc = uk_address(rng)
        addr = f"{num} {street}, {town} {pc}"
        cur = "£"
    elif country == "US":
        num, street, town, st, zc = us_address(rng)
        addr = f"{num} {street}, {town}, {st} {zc}"
        cur = "$"
    elif country == "IE":
        town, county, ec = pick(rng, IE_PLACES)
        addr = f"{rng.randint(1, 60)} {pick(rng, ['Abbey Street', 'Fair Green', 'Clonroad More', 'Bóthar na Trá'])}, {town}, {county}, {ec}"
        cur = "€"
    else:
        town, prov, pc = pick(rng, CA_PLACES)
        addr = f"{rng.randint(10, 999)} {pick(rng, ['Maple Crescent', 'Rue Principale', '4th Ave N', 'Prairie View Rd'])}, {town} {prov} {pc}"
        cur = "$"
    return {
        "first": first,
        "last": last,
        "female": female,
        "spouse": sp_first,
        "kids": kids,
        "addr": addr,
        "town": town,
        "cur": cur,
        "country": country,
        "email": email_for(rng, first, last),
        "mobile": phone(rng, country, "mobile", pick(rng, ["national", "intl"])),
        "home": phone(rng, country, "fixed", "national"),
        "dob": rand_date(rng, 1938, 1985),
        "title": ("Mrs" if rng.random() < 0.5 else "Ms") if female else pick(rng, ["Mr", "Dr"]),
    }


def _gifts(rng, d, n):
    rows = []
    for _ in range(n):
        when = rand_date(rng, 2019, 2025)
        amt = pick(rng, [10, 25, 50, 100, 250, 500, 1000, 2500, 10000])
        method = rng.random()
        if method < 0.35:
            pay = F("Card [[c]]", c=(masked_card(rng, pick(rng, ["visa", "mc", "amex"])), "CREDIT_CARD"))
        elif method < 0.45:
            pay = F(
                "Card [[c]] exp [[e]] (keyed by volunteer, to be purged)",
                c=(card(rng, pick(rng, ["visa", "mc"]), pick(rng, ["spaced", "compact", "dashed"])), "CREDIT_CARD"),
                e=f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}",
            )
        elif method < 0.7 and d["country"] in ("GB", "IE"):
            pay = F("Direct Debit [[i]]", i=(iban_code(rng, d["country"], rng.random() < 0.6), "IBAN_CODE"))
        elif method < 0.8 and d["country"] == "US":
            pay = F(
                "ACH rtg [[r]] acct [[a]]",
                r=(aba(rng), "ABA_ROUTING_NUMBER"),
                a=(us_bank_account(rng), "US_BANK_NUMBER"),
            )
        else:
            pay = pick(rng, ["Cheque", "Cash (event)", "PayPal Giving", "JustGiving", "Standing order"])
        rows.append((when, amt, pay, pick(rng, APPEALS)))
    rows.sort(key=lambda r: r[0])
    return rows


def _health_note(rng, d):
    who = pick(rng, ["spouse", "self"])
    cond = pick(rng, CONDITIONS)
    if who == "spouse":
        return F(
            "[[sp]] was diagnosed with [[c]] last year; [[f]] is now main carer. ",
            sp=(d["spouse"], "PERSON"),
            c=(cond, "MEDICAL_CONDITION"),
            f=(d["first"], "PERSON"),
        )
    if rng.random() < 0.2:
        return F(
            "Told us she carries a [[g]] (tested [[y]]) and wants gifts directed to research. ",
            g=(
                pick(
                    rng,
                    ["BRCA1 mutation", "BRCA2 variant", "Lynch syndrome gene (MLH1)", "HFE C282Y homozygous genotype"],
                ),
                "GENETIC_DATA",
            ),
            y=str(rng.randint(2012, 2024)),
        )
    if rng.random() < 0.5:
        return F(
            "Donor mentioned [[c]] and is on [[m]] - avoid evening calls. ",
            c=(cond, "MEDICAL_CONDITION"),
            m=(pick(rng, MEDS), "MEDICAL_CONDITION"),
        )
    return F("Recovering from [[c]]; happy to receive post only. ", c=(cond, "MEDICAL_CONDITION"))


def render_card(rng, d, cid):
    doc = Doc()
    doc.f(
        "CONSTITUENT [[cid]]  |  [[ch]]  |  Status: [[st]]\n",
        cid=cid,
        ch=pick(rng, CHARITIES),
        st=pick(rng, ["Active", "Active - Major Donor", "Lapsed", "Legacy Pledger"]),
    )
    doc.f(
        "Name: [[t]] [[n]]\nSalutation: Dear [[sal]]\n",
        t=d["title"],
        n=(f"{d['first']} {d['last']}", "PERSON"),
        sal=(d["first"], "PERSON") if rng.random() < 0.5 else F("[[t]] [[l]]", t=d["title"], l=(d["last"], "PERSON")),
    )
    if rng.random() < 0.6:
        doc.f(
            "DOB: [[dob]]\n", dob=(d["dob"].strftime(pick(rng, ["%d/%m/%Y", "%Y-%m-%d", "%d %B %Y"])), "DATE_OF_BIRTH")
        )
    doc.f("Address: [[a]]\n", a=(d["addr"], "STREET_ADDRESS"))
    phones = [F("Mobile [[m]]", m=(d["mobile"], "PHONE_NUMBER"))]
    if rng.random() < 0.5:
        phones.append(F("Home [[h]]", h=(d["home"], "PHONE_NUMBER")))
    doc.add(J(" / ", phones))
    doc.f("\nEmail: [[e]]\n", e=(d["email"], "EMAIL_ADDRESS"))
    if rng.random() < 0.7:
        sp = F("Spouse/partner: [[s]] [[l]]", s=(d["spouse"], "PERSON"), l=(d["last"], "PERSON"))
        if rng.random() < 0.2:
            sp = sp + pick(rng, [" (deceased 2023)", " (separated)", " (d. Feb 2024 - bereavement, see note)"])
        doc.add(sp + "\n")
    if d["kids"]:
        doc.add("Children: ")
        doc.add(J(", ", [F("[[k]] ([[a]])", k=(k, "PERSON"), a=(str(a), "MINOR_AGE")) for k, a in d["kids"]]))
        doc.add("\n")
    emp, role = pick(rng, EMPLOYERS)
    doc.f("Employer: [[e]] - [[r]]\nBoard seats: [[b]]\n", e=emp, r=role, b=pick(rng, BOARDS))
    doc.add("\nGIFT HISTORY\n")
    for when, amt, pay, app in _gifts(rng, d, rng.randint(1, 5)):
        doc.f("  [[w]]  [[c]][[a]]  [[p]]  [[ap]]\n", w=when.isoformat(), c=d["cur"], a=f"{amt:,.2f}", p=pay, ap=app)
    if d["country"] == "GB" and rng.random() < 0.7:
        doc.f(
            "Gift Aid: declaration [[g]] held from [[f]] - UK taxpayer confirmed\n",
            g=f"GAD-{digits(rng, 6)}",
            f=rand_date(rng, 2015, 2023).strftime("%d/%m/%Y"),
        )
    if d["country"] == "IE" and rng.random() < 0.8:
        doc.f("CHY3 enduring certificate on file, PPSN [[p]]\n", p=(_pps(rng), "NATIONAL_ID"))
    if d["country"] == "US" and rng.random() < 0.7:
        doc.f(
            "Charitable gift annuity: annuitant [[n]], SSN [[s]] (1099-R)\n",
            n=(f"{d['first']} {d['last']}", "PERSON"),
            s=(ssn(rng, pick(rng, ["-", " "])), "US_SSN"),
        )
    doc.add("\nNOTES\n")
    notes = []
    if rng.random() < 0.5:
        notes.append(_health_note(rng, d))
    if rng.random() < 0.4:
        notes.append(
            F(
                "Wealth screen: est. capacity [[c]][[v]]; property in [[t]] valued ~[[c]][[p]]. ",
                c=d["cur"],
                v=pick(rng, ["50-100k", "250k+", "1m+", "10-25k"]),
                t=(d["town"], "LOCATION"),
                p=f"{rng.randint(3, 30) * 50},000",
            )
        )
    if rng.random() < 0.4:
        notes.append(
            pick(
                rng, ["DO NOT PHONE. ", "No mailings - requested 2024. ", "Email only. ", "Do not contact before Jan. "]
            )
        )
    if not notes:
        notes.append("None.")
    doc.add(J("", notes))
    doc.add("\n")
    return doc


def render_research(rng, d):
    doc = Doc()
    emp, role = pick(rng, EMPLOYERS)
    doc.f(
        "PROSPECT RESEARCH BRIEF - [[n]]\nPrepared for: Major Gifts Team ([[ch]])\n\n",
        n=(f"{d['first']} {d['last']}", "PERSON"),
        ch=pick(rng, CHARITIES),
    )
    doc.f(
        "[[f]] ([[age]]) lives at [[a]] with [[sp]]",
        f=(d["first"], "PERSON"),
        age=(str(2025 - d["dob"].year), "AGE"),
        a=(d["addr"], "STREET_ADDRESS"),
        sp=(d["spouse"], "PERSON"),
    )
    if d["kids"]:
        doc.add(" and ")
        doc.add(J(" and ", [F("[[k]], [[a]]", k=(k, "PERSON"), a=(str(a), "MINOR_AGE")) for k, a in d["kids"]]))
    doc.f(
        ". [[pr]] is [[r]] at [[e]] and sits on the board of [[b]]. ",
        pr="She" if d["female"] else "He",
        r=role,
        e=emp,
        b=pick(rng, ["the Fenland Community Foundation", "Saltmarsh Sailing Trust", "the Kingsmead Music Society"]),
    )
    doc.f(
        "Estimated giving capacity [[c]][[v]] over five years based on shareholdings and the [[t]] property. ",
        c=d["cur"],
        v=pick(rng, ["75,000", "250,000", "1.2m", "40,000"]),
        t=(d["town"], "LOCATION"),
    )
    if rng.random() < 0.5:
        doc.add(_health_note(rng, d))
    if rng.random() < 0.3:
        doc.f(
            "Self-identified as [[e]] on our 2023 supporter survey. ",
            e=(
                pick(
                    rng,
                    [
                        "Black Caribbean",
                        "British Pakistani",
                        "Irish Traveller",
                        "Mixed White and Asian",
                        "Hispanic/Latina",
                        "Korean American",
                    ],
                ),
                "ETHNIC_ORIGIN",
            ),
        )
    if rng.random() < 0.25:
        doc.f(
            "Spoke publicly about being [[o]] at the Pride breakfast; happy for this to be mentioned. ",
            o=(pick(rng, ["gay", "lesbian", "bisexual"]), "SEXUAL_ORIENTATION"),
        )
    if rng.random() < 0.2:
        doc.f(
            "Note: [[f]] is a [[g]]; please use current name only in all correspondence. ",
            f=(d["first"], "PERSON"),
            g=(pick(rng, ["trans woman", "trans man", "non-binary person"]), "GENDER_IDENTITY"),
        )
    if d["country"] == "US" and rng.random() < 0.9:
        state, dl = us_dl(rng)
        doc.f(
            "Due diligence: ID sighted for gala auction payout ([[st]] DL [[dl]]); ",
            st=state,
            dl=(dl, "US_DRIVER_LICENSE"),
        )
        doc.f("passport [[p]] on file for overseas trip. ", p=(us_passport(rng), "US_PASSPORT"))
    if d["country"] == "US" and rng.random() < 0.6:
        doc.f("Note: spouse files with ITIN [[i]] (joint DAF). ", i=(itin(rng), "US_ITIN"))
    doc.f("\nBest contact: [[e]] or [[m]].\n", e=(d["email"], "EMAIL_ADDRESS"), m=(d["mobile"], "PHONE_NUMBER"))
    return doc


def render_calls(rng, d):
    doc = Doc()
    doc.f(
        "Interaction log - [[l]], [[f]] (ID [[cid]])\n",
        l=(d["last"].upper(), "PERSON"),
        f=(d["first"], "PERSON"),
        cid=digits(rng, 6),
    )
    n = rng.randint(2, 5)
    for _ in range(n):
        when = rand_date(rng, 2023, 2025).strftime("%d/%m/%y")
        caller = person(rng, "anglo")[0]
        kind = rng.randrange(5)
        if kind == 0:
            body = F("Called [[m]], no answer, left VM.", m=(d["mobile"], "PHONE_NUMBER"))
        elif kind == 1:
            body = F(
                "Spoke to [[sp]] - [[f]] out. Asked us to call back after 6.",
                sp=(d["spouse"], "PERSON"),
                f=(d["first"], "PERSON"),
            )
        elif kind == 2:
            body = F("Thank-you call for gift. Updated card to [[c]].", c=(masked_card(rng), "CREDIT_CARD"))
        elif kind == 3:
            body = F("[[f]] upset about volume of post. Flag set: DO NOT MAIL. ", f=(d["first"], "PERSON")) + (
                _health_note(rng, d) if rng.random() < 0.5 else ""
            )
        else:
            body = F(
                "Moved house - new address [[a]]. Home tel [[h]].",
                a=(d["addr"], "STREET_ADDRESS"),
                h=(d["home"], "PHONE_NUMBER"),
            )
        doc.f("[[w]] ([[c]]): ", w=when, c=(caller, "PERSON"))
        doc.add(body)
        doc.add("\n")
    return doc


def render_csv(rng, rows):
    doc = Doc()
    doc.add("constituent_id,first_name,last_name,email,mobile,address,last_gift,last_gift_date,flags\n")
    for d in rows:
        doc.f(
            '[[id]],[[f]],[[l]],[[e]],[[m]],"[[pc]]",[[g]],[[dt]],[[fl]]\n',
            id=digits(rng, 7),
            f=(d["first"], "PERSON"),
            l=(d["last"], "PERSON"),
            e=(d["email"], "EMAIL_ADDRESS"),
            m=(d["mobile"], "PHONE_NUMBER"),
            pc=(d["addr"], "STREET_ADDRESS"),
            g=f"{rng.randint(5, 500)}.00",
            dt=rand_date(rng, 2022, 2025).isoformat(),
            fl=pick(rng, ["", "DNC", "GA", "DECEASED", "NO_PHONE"]),
        )
    return doc


def generate(seed):
    out = []
    for i in range(80):
        rng = random.Random(f"{seed}|{REGISTER}|{i}")
        country = pick(rng, ["GB", "GB", "US", "US", "US", "IE", "CA"])
        d = _donor(rng, country)
        kind = i % 5
        if kind in (0, 3):
            doc = render_card(rng, d, f"{rng.randint(1, 99):02d}{digits(rng, 5)}")
        elif kind == 1:
            doc = render_research(rng, d)
        elif kind == 2:
            doc = render_calls(rng, d)
        else:
            others = [_donor(rng, pick(rng, ["GB", "US"])) for _ in range(rng.randint(1, 4))]
            doc = render_csv(rng, [d] + others)
        out.append(doc.record(f"v17-{REGISTER}-{i}", REGISTER))
    return out
