"""Register 1: housing_outreach."""

from __future__ import annotations

import json

import ids
import pools
from common import (
    coords,
    de_addr,
    flat_addr,
    loc,
    uk_addr,
    uk_addr_split,
    uk_street,
    us_addr,
    us_town,
)
from core import L
from people import Person, fmt_date, other_date

WORKERS = ["outreach", "OW", "SW", "keyworker", "duty worker"]


def _pers(rng, **kw):
    return Person(rng, **kw)


def t_shift_log(rng):
    n = rng.choice([rng.randint(3, 6), rng.randint(3, 6), rng.randint(9, 14)])
    d = other_date(rng)
    lines = [
        f"STREET OUTREACH — NIGHT SHIFT {d.strftime('%d/%m/%y')}  team: {L('PERSON', _pers(rng).first)} + {L('PERSON', _pers(rng).first)}",
        "",
    ]
    t = rng.randint(21, 23) * 60
    for _ in range(n):
        p = _pers(rng)
        t += rng.randint(8, 45)
        hh, mm = (t // 60) % 24, t % 60
        spot = rng.choice(
            [
                "bus shelter by",
                "doorway of the old bank on",
                "tent under the flyover near",
                "car park stairwell off",
                "bench behind the library,",
            ]
        )
        who = rng.choice(
            [
                f'{L("PERSON", p.first)} ("{L("PERSON", rng.choice(pools.NICKNAMES))}")',
                f"{L('PERSON', p.full)}",
                f"{L('PERSON', p.first.lower())} {L('PERSON', p.last.lower())}",
                f"{'woman' if p.sex == 'F' else 'man'} approx {L('AGE', p.age)}, gave name as {L('PERSON', p.first)}",
            ]
        )
        extra = rng.choice(
            [
                f"Says {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))}, out of meds since Tues.",
                f"On {L('MEDICAL_CONDITION', rng.choice(pools.MEDS))} script, chemist in {loc(rng)}.",
                f"Recently {L('CRIMINAL_HISTORY', rng.choice(pools.CRIMINAL))}; no local connection.",
                f"Phone: {L('PHONE_NUMBER', ids.phone(rng, 'GB', style=rng.choice(['national', 'compact'])))}",
                f"Aged {L('AGE', p.age)}, from {loc(rng, pools.WORLD_TOWNS)} originally.",
                "Declined hot drink, wants to be left alone.",
                f"Pinned location {coords(rng)} for day team.",
                f"Sleeping in a {rng.choice(['silver', 'red', 'blue'])} {rng.choice(['Corsa', 'Astra', 'Berlingo', 'Fiesta'])}, reg {L('VEHICLE_PLATE', ids.plate(rng, 'GB'))}.",
            ]
        )
        lines.append(
            f"{hh:02d}:{mm:02d}  {spot} {L('STREET_ADDRESS', uk_street(rng)) if rng.random() < 0.5 else loc(rng, pools.DISTRICTS[:10])} — {who}. {extra}"
        )
    lines.append("")
    lines.append(f"Handover to day team: {L('PERSON', _pers(rng).full)} (ext 4471). No safeguarding escalations.")
    return "\n".join(lines)


def t_intake_form(rng):
    p = _pers(rng)
    prev_street, prev_town = uk_addr_split(rng)
    f = [
        "NIGHT SHELTER — INTAKE FORM (v3)",
        "==============================",
        f"Surname: {L('PERSON', p.last.upper())}",
        f"Forename(s): {L('PERSON', p.first)}",
        f"Known as: {L('PERSON', rng.choice(pools.NICKNAMES))}",
        f"DOB: {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, rng.choice(['dmy/', 'dmy.', 'short'])))}    Age: {L('AGE', p.age)}",
        f"Sex: {L('GENDER_IDENTITY', rng.choice(['F', 'M']) if rng.random() < 0.5 else p.gender_word)}",
        f"NI number: {L('NATIONAL_ID', ids.gb_nino(rng))}",
        f"NHS no.: {L('NATIONAL_ID', ids.gb_nhs(rng))}",
        f"Mobile: {L('PHONE_NUMBER', ids.phone(rng, 'GB', style=rng.choice(['national', 'intl'])))}",
        f"Last settled address: {prev_street}, {prev_town}",
        f"Reason for leaving: {rng.choice(['relationship breakdown', 'asked to leave by family', 'end of AST', 'discharged from hospital', 'released from custody'])}",
        f"Health: {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))}; GP in {loc(rng)}",
        f"Offending history: {L('CRIMINAL_HISTORY', rng.choice(pools.CRIMINAL)) if rng.random() < 0.6 else 'none disclosed'}",
        f"Pets: {rng.choice(['none', 'staffie cross', 'none', 'cat (left with friend)'])}",
        f"Vehicle: {L('VEHICLE_PLATE', ids.plate(rng, rng.choice(['GB', 'GB', 'IE', 'PL'])))} (lives in it some nights)"
        if rng.random() < 0.5
        else "Vehicle: none",
        f"Intake worker: {L('PERSON', _pers(rng).full)}",
    ]
    if rng.random() < 0.5:
        f.insert(9, f"Email: {L('EMAIL_ADDRESS', p.email())}")
    return "\n".join(f)


def t_arrears_letter(rng):
    p = _pers(rng, latin=True)
    ll = _pers(rng)
    amt = rng.randint(600, 5400)
    d = other_date(rng)
    return (
        f"{rng.choice(pools.FIRMS)}\nIncome Recovery Team\n\n{d.strftime('%d %B %Y')}\n\n"
        f"{L('PERSON', p.full)}\n{flat_addr(rng)}\n{loc(rng)}\n\n"
        f"Dear {L('PERSON', p.full) if rng.random() < 0.5 else 'Tenant'},\n\n"
        f"RE: RENT ARREARS — £{amt:,}.{rng.randint(0, 99):02d}\n\n"
        "Our records show that your rent account is in arrears. Unless you contact us within 14 days we may "
        "serve a Notice of Seeking Possession. If you are experiencing difficulties, please speak to your "
        f"income officer, {L('PERSON', ll.full)}, on {L('PHONE_NUMBER', ids.phone(rng, 'GB', kind='fixed', style='national'))} "
        f"or at {L('EMAIL_ADDRESS', ll.email(domain='hollowbrook-housing.org.uk'))}.\n\n"
        f"Payments can be made to IBAN {L('IBAN_CODE', ids.iban(rng, 'GB'))}, quoting your tenancy reference "
        f"T{ids.digits(rng, 6)}.\n\nYours sincerely,\n\n{L('PERSON', ll.first[0] + '. ' + ll.last)}\nIncome Officer"
    )


def t_us_notice(rng):
    p = _pers(rng, culture=rng.choice(["us", "jm", "ph", "es", "ng"]))
    q = _pers(rng, culture=p.culture)
    town, _st = us_town(rng)
    return (
        f"THREE-DAY NOTICE TO PAY RENT OR QUIT\n\nTO: {L('PERSON', p.full.upper())} and {L('PERSON', q.full.upper())}, and all others in possession\n"
        f"PREMISES: {us_addr(rng)}\n\n"
        f"WITHIN THREE (3) DAYS after service of this notice you are required to pay the rent for the premises, "
        f"now due and unpaid in the amount of ${rng.randint(900, 4800):,}.00, or deliver up possession.\n\n"
        f"Payment may be delivered to the landlord's agent, {L('PERSON', _pers(rng, culture='us').full)}, at the office in {L('LOCATION', town)}, "
        f"tel. {L('PHONE_NUMBER', ids.phone(rng, 'US', style=rng.choice(['national', 'dots'])))}, or by ACH to routing "
        f"{L('ABA_ROUTING_NUMBER', ids.aba(rng))} account {L('US_BANK_NUMBER', ids.us_bank_account(rng))}.\n\n"
        f"Dated: {other_date(rng).strftime('%m/%d/%Y')}\n\nPROOF OF SERVICE: served by posting and mailing by {L('PERSON', _pers(rng, culture='us').full)}."
    )


def t_us_application(rng):
    p = _pers(
        rng,
        culture=rng.choice(["us", "es", "ph", "vn", "so", "ng"]),
        age_range=(24, 52),
    )
    kids = [(Person(rng, culture=p.culture, age_range=(1, 17))) for _ in range(rng.randint(1, 3))]
    state, dl = ids.us_driver_license(rng)
    rows = [
        f"| {L('PERSON', p.full)} | Head | {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'mdy/'))} | {L('US_SSN', ids.us_ssn(rng))} |"
    ]
    for k in kids:
        ssn = L("US_SSN", ids.us_ssn(rng)) if rng.random() < 0.6 else L("US_ITIN", ids.us_itin(rng))
        rows.append(
            f"| {L('PERSON', k.first + ' ' + p.last)} | Child ({L('MINOR_AGE', k.age)}) | {L('DATE_OF_BIRTH', fmt_date(rng, k.dob, 'mdy/'))} | {ssn} |"
        )
    id_line = f"Photo ID: {state} driver license {L('US_DRIVER_LICENSE', dl)}; U.S. passport {L('US_PASSPORT', ids.us_passport(rng))}"
    return (
        "HOUSING CHOICE VOUCHER — PRE-APPLICATION\n\n"
        f"Applicant: {L('PERSON', p.full)}\nTaxpayer ID (if no SSN): {L('US_ITIN', ids.us_itin(rng))}\n"
        f"Current address: {us_addr(rng)}\nPhone: {L('PHONE_NUMBER', ids.phone(rng, 'US', style='national'))}\n"
        f"Email: {L('EMAIL_ADDRESS', p.email())}\n{id_line}\n\n"
        "Household members\n| Name | Relationship | DOB | SSN/ITIN |\n|---|---|---|---|\n" + "\n".join(rows) + "\n\n"
        f"Disability in household? Yes — {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))} (head of household)\n"
        f"Race/ethnicity (optional): {L('ETHNIC_ORIGIN', rng.choice(pools.ETHNIC))}\n"
        f"Direct deposit: routing {L('ABA_ROUTING_NUMBER', ids.aba(rng))} / acct {L('US_BANK_NUMBER', ids.us_bank_account(rng))}\n"
    )


def t_landlord_email(rng):
    t = _pers(rng)
    ll = _pers(rng, latin=True)
    w = _pers(rng, latin=True)
    return (
        f"From: {L('PERSON', w.full)} <{L('EMAIL_ADDRESS', w.email(domain='riverton.gov.uk'))}>\n"
        f"To: {L('EMAIL_ADDRESS', ll.email())}\nSubject: Re: damp in back bedroom — tenant {L('PERSON', t.last)}\n\n"
        f"Hi {L('PERSON', ll.first)},\n\nThanks for getting back to me. {L('PERSON', t.first)} has a young child "
        f"(aged {L('MINOR_AGE', rng.randint(1, 9))}) and {L('MEDICAL_CONDITION', rng.choice(['asthma', 'a chest condition', 'bronchiectasis', 'COPD']))}, "
        "so the mould is a priority. Could your contractor call her directly on "
        f"{L('PHONE_NUMBER', ids.phone(rng, 'GB', style='intl'))}?\n\nBest,\n{L('PERSON', w.first)}\n\n"
        f"> On {other_date(rng).strftime('%a %d %b %Y')}, {L('PERSON', ll.full)} wrote:\n"
        f"> The property at {uk_addr(rng)} was inspected in spring. If the tenant kept\n"
        "> the windows open there would be no issue. I'm not paying for a dehumidifier.\n"
        f"> Send anything further to {L('EMAIL_ADDRESS', ll.obf_email())} not my work address.\n"
    )


def t_handover(rng):
    ps = [_pers(rng) for _ in range(rng.choice([rng.randint(3, 5), rng.randint(3, 5), rng.randint(10, 18)]))]
    items = []
    for p in ps:
        c = rng.randint(0, 5)
        nm = L(
            "PERSON",
            rng.choice([p.first.lower(), p.full, p.first + " " + p.last[0], p.last.upper()]),
        )
        if c == 0:
            items.append(
                f"- {nm}: moved to B&B in {loc(rng)}, key code {L('CREDENTIAL', ids.digits(rng, 4))}. check in tmrw"
            )
        elif c == 1:
            items.append(
                f"- {nm} ({L('AGE', p.age)}) — court date for {L('CRIMINAL_HISTORY', rng.choice(['theft from a shop', 'common assault', 'criminal damage', 'breach of a CBO']))} next wk, needs support"
            )
        elif c == 2:
            items.append(f"- {nm}: new no. {L('PHONE_NUMBER', ids.phone(rng, 'GB', style='compact'))}, old one stolen")
        elif c == 3:
            items.append(
                f"- {nm} disclosed {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))}, referred to nurse. identifies as {L('GENDER_IDENTITY', rng.choice(['trans woman', 'non-binary', 'trans man']))} - use name {L('PERSON', rng.choice(['Jess', 'Alex', 'Robin', 'Sky', 'Morgan', 'Remy']))}"
            )
        elif c == 4:
            items.append(
                f"- {nm}: UC claim stuck, DOB on system wrong ({L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'dmy/'))}), NINO {L('NATIONAL_ID', ids.gb_nino(rng))}"
            )
        else:
            items.append(
                f"- {nm} sleeping at {L('STREET_ADDRESS', uk_street(rng))} again, partner is {L('PERSON', _pers(rng).first)}"
            )
    return (
        f"handover {other_date(rng).strftime('%d/%m')} - {L('PERSON', _pers(rng).first.lower())}\n\n"
        + "\n".join(items)
        + "\n\nthat's all, phone me if anything"
    )


def t_caseload_table(rng):
    rows = []
    for _ in range(rng.choice([rng.randint(4, 8), rng.randint(4, 8), rng.randint(14, 22)])):
        p = _pers(rng)
        rows.append(
            f"| {L('PERSON', p.full)} | {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'dmy/'))} | {loc(rng, pools.DISTRICTS)} | {rng.choice(['high', 'med', 'low'])} | {rng.choice(['TA', 'rough sleeping', 'sofa surfing', 'hostel'])} |"
        )
    return (
        f"### Caseload review — {L('PERSON', _pers(rng).full)}\n\n| Client | DOB | Area | Risk | Status |\n|---|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\nManager notes: reduce to 12 cases by end of quarter. Two clients flagged for {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))} pathway."
    )


def t_csv_export(rng):
    out = ["case_id,first_name,last_name,dob,phone,email,ethnicity,sexual_orientation,gender"]
    for _ in range(rng.choice([rng.randint(3, 7), rng.randint(3, 7), rng.randint(10, 16)])):
        p = _pers(rng, latin=True)
        out.append(
            f"HC{ids.digits(rng, 5)},{L('PERSON', p.first)},{L('PERSON', p.last)},{L('DATE_OF_BIRTH', p.dob.isoformat())},"
            f"{L('PHONE_NUMBER', ids.phone(rng, 'GB', style='e164'))},{L('EMAIL_ADDRESS', p.email())},{L('ETHNIC_ORIGIN', rng.choice(pools.ETHNIC).replace(',', ''))},"
            f"{L('SEXUAL_ORIENTATION', rng.choice(pools.ORIENT)) if rng.random() < 0.7 else 'prefer not to say'},{L('GENDER_IDENTITY', rng.choice(pools.GENDER))}"
        )
    return "\n".join(out)


def t_german_intake(rng):
    p = _pers(rng, culture=rng.choice(["de", "tr", "pl", "ru", "ar", "ro"]))
    return (
        "Aufnahmebogen Wohnungsnotfallhilfe\n----------------------------------\n"
        f"Name, Vorname: {L('PERSON', p.last)}, {L('PERSON', p.first)}\n"
        f"Geburtsdatum: {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, rng.choice(['dmy.', 'de'])))}  (Alter {L('AGE', p.age)})\n"
        f"Geschlecht: {L('GENDER_IDENTITY', rng.choice(['weiblich', 'männlich', 'divers']))}\n"
        f"Steuer-ID: {L('NATIONAL_ID', ids.de_idnr(rng))}\n"
        f"Letzte Meldeadresse: {de_addr(rng)}\n"
        f"Handy: {L('PHONE_NUMBER', ids.phone(rng, 'DE', style=rng.choice(['national', 'intl'])))}\n"
        f"Konto für Tagessatz: {L('IBAN_CODE', ids.iban(rng, 'DE'))}\n"
        f"Gesundheit: {L('MEDICAL_CONDITION', rng.choice(['Diabetes Typ 1', 'Epilepsie', 'Alkoholabhängigkeit', 'Depression', 'Hepatitis C', 'COPD']))}\n"
        f"Vorstrafen: {L('CRIMINAL_HISTORY', rng.choice(['verurteilt wegen Diebstahls (2021)', 'Bewährungsstrafe wegen Körperverletzung', 'Haftentlassung im Mai nach Verurteilung wegen Betrugs']))}\n"
        f"Bearbeitet von: {L('PERSON', _pers(rng, culture='de').full)}, Sozialdienst"
    )


def t_equality(rng):
    p = _pers(rng)
    return (
        "Equality & Diversity Monitoring (optional, kept separately from your application)\n\n"
        f"Application ref: HA/{ids.digits(rng, 6)}   Name: {L('PERSON', p.full)}\n"
        f"1. Age: {L('AGE', p.age)}\n"
        f"2. Gender: {L('GENDER_IDENTITY', rng.choice(pools.GENDER))}\n"
        f"3. Is your gender the same as the sex you were registered at birth? {rng.choice(['Yes', 'No'])}\n"
        f"4. Sexual orientation: {L('SEXUAL_ORIENTATION', rng.choice(pools.ORIENT))}\n"
        f"5. Ethnic group: {L('ETHNIC_ORIGIN', rng.choice(pools.ETHNIC))}\n"
        f"6. Disability / long-term condition: {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))}\n"
        f"7. Religion: {rng.choice(['None', 'Prefer not to say', 'Other'])}\n"
    )


def t_voicemail(rng):
    p = _pers(rng)
    num = ids.phone(rng, rng.choice(["GB", "IE", "PL", "RO"]), style="intl")
    return (
        f"[voicemail transcript, auto] \"hiya it's {L('PERSON', p.first.lower())} um {L('PERSON', p.last.lower())} "
        f"from the, the hostel on {L('STREET_ADDRESS', uk_street(rng).lower())}, they said I've got to be out by friday and I "
        f"ain't got nowhere, me and my {rng.choice(['daughter', 'son'])} she's {L('MINOR_AGE', rng.choice(['four', 'six', 'eleven', 'two', '13', '15']))}... "
        f"ring me back on {L('PHONE_NUMBER', num)} yeah, or my mate's phone. my date of birth is "
        f'{L("DATE_OF_BIRTH", p.dob.strftime("%d %m %y").lstrip("0"))} if you need it. ta"\n\n'
        f"Actioned by {L('PERSON', _pers(rng).first)}: called back twice, no answer."
    )


def t_outreach_json(rng):
    p = _pers(rng)
    rec = {
        "encounter_id": f"enc-{ids.digits(rng, 7)}",
        "worker": L("USERNAME", _pers(rng).username()),
        "client": {
            "name": L("PERSON", p.full),
            "alias": L("PERSON", rng.choice(pools.NICKNAMES)),
            "approx_age": L("AGE", p.age),
        },
        "site": {"desc": "woodland camp", "gps": coords(rng)},
        "needs": ["sleeping bag", "food", "GP registration"],
        "flags": {
            "condition": L("MEDICAL_CONDITION", rng.choice(pools.MEDICAL)),
            "gender": L("GENDER_IDENTITY", p.gender_word),
        },
    }
    return "POST /api/v2/encounters  200 OK\n" + json.dumps(rec, ensure_ascii=False, indent=2)


def t_probation_referral(rng):
    p = _pers(rng, latin=True)
    po = _pers(rng, latin=True)
    dob = fmt_date(rng, p.dob, "dmy_en")
    return (
        "REFERRAL FOR ACCOMMODATION ON RELEASE (CAS3)\n\n"
        f"Name: {L('PERSON', p.full)}   DOB: {L('DATE_OF_BIRTH', dob)}\n"
        f"Release date: {other_date(rng).strftime('%d/%m/%Y')}\n\n"
        f"Index offence: {L('CRIMINAL_HISTORY', rng.choice(pools.CRIMINAL))}. Previous: {L('CRIMINAL_HISTORY', rng.choice(pools.CRIMINAL))}.\n"
        f"Exclusion zone: must not enter {loc(rng)} or contact {L('PERSON', _pers(rng).full)}.\n"
        f"Health: {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))}, prescribed {L('MEDICAL_CONDITION', rng.choice(pools.MEDS))}.\n"
        f"Identity: {L('ETHNIC_ORIGIN', rng.choice(pools.ETHNIC))}, {L('GENDER_IDENTITY', p.gender_word)}, "
        f"{L('SEXUAL_ORIENTATION', rng.choice(pools.ORIENT))}.\n\n"
        f"Probation practitioner: {L('PERSON', po.full)}  {L('PHONE_NUMBER', ids.phone(rng, 'GB', style='national'))}  {L('EMAIL_ADDRESS', po.email(domain='justice.gov.uk'))}"
    )


def t_benefit_pdf(rng):
    from core import wrap_pdf

    p = _pers(rng, latin=True)
    body = (
        f"Statement in support of housing benefit claim. I, {L('PERSON', p.full)}, born {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'dmy_en'))}, "
        f"currently staying at {uk_addr(rng)} with my cousin {L('PERSON', _pers(rng).full)}, confirm that I have no income other than ESA "
        f"paid into account {L('IBAN_CODE', ids.iban(rng, rng.choice(['GB', 'IE'])))}. My national insurance number is {L('NATIONAL_ID', ids.gb_nino(rng))}. "
        f"I have {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))} and cannot climb stairs. You can reach me on {L('PHONE_NUMBER', ids.phone(rng, 'GB', style='national'))} "
        f"or {L('EMAIL_ADDRESS', p.email())}. Signed {L('PERSON', p.first[0] + ' ' + p.last)}."
    )
    return wrap_pdf(body, rng.randint(48, 70), rng)


def t_card_payment(rng):
    p = _pers(rng, latin=True)
    w = _pers(rng, latin=True)
    card = ids.credit_card(rng, style=rng.choice(["space", "plain", "dash"]))
    return (
        f"Telephone payment record — {other_date(rng).strftime('%d/%m/%Y %H:%M')}\n"
        f"Taken by: {L('PERSON', w.first)} {L('PERSON', w.last[0])}\n"
        f"Payer: {L('PERSON', p.full)} ({rng.choice(['tenant', 'tenant', 'mother of tenant', 'support worker on behalf'])})\n"
        f"Property: {uk_addr(rng)}\n"
        f"Card: {L('CREDIT_CARD', card)}  exp {rng.randint(1, 12):02d}/{rng.randint(25, 29)}  CVV {L('CREDENTIAL', ids.digits(rng, 3))}\n"
        f"Amount: £{rng.randint(20, 400)}.00 towards arrears. Agreed plan £{rng.randint(5, 25)}/wk from UC.\n"
        "NOTE: card details must NOT be written down — this record was created before the PCI pause-and-resume fix. Delete after audit."
    )


TEMPLATES = [
    t_card_payment,
    t_shift_log,
    t_intake_form,
    t_arrears_letter,
    t_us_notice,
    t_us_application,
    t_landlord_email,
    t_handover,
    t_caseload_table,
    t_csv_export,
    t_german_intake,
    t_equality,
    t_voicemail,
    t_outreach_json,
    t_probation_referral,
    t_benefit_pdf,
]
