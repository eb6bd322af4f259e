"""Register 2: recruitment_hr."""

from __future__ import annotations

import json

import ids
import pools
from common import api_key, de_addr, eu_addr, loc, password, uk_addr, us_addr, us_town
from core import L, wrap_pdf
from people import Person, fmt_date, other_date

JP_SUR = [
    ("佐藤", "さとう"),
    ("高橋", "たかはし"),
    ("田中", "たなか"),
    ("伊藤", "いとう"),
    ("渡辺", "わたなべ"),
    ("山本", "やまもと"),
    ("中村", "なかむら"),
    ("小林", "こばやし"),
    ("加藤", "かとう"),
    ("吉田", "よしだ"),
    ("松本", "まつもと"),
    ("井上", "いのうえ"),
]
JP_GIV = [
    ("健太", "けんた", "M"),
    ("美咲", "みさき", "F"),
    ("陽子", "ようこ", "F"),
    ("翔", "しょう", "M"),
    ("さくら", "さくら", "F"),
    ("大輔", "だいすけ", "M"),
    ("真由美", "まゆみ", "F"),
    ("拓海", "たくみ", "M"),
    ("恵", "めぐみ", "F"),
    ("誠", "まこと", "M"),
    ("千尋", "ちひろ", "F"),
    ("亮介", "りょうすけ", "M"),
]
JP_ADDR = [
    "東京都世田谷区三軒茶屋2-14-7",
    "神奈川県横浜市港北区日吉本町4-8-21",
    "大阪府大阪市淀川区西中島5-3-10 メゾン西中島302",
    "愛知県名古屋市千種区今池1-9-15",
    "福岡県福岡市博多区博多駅南3-2-8",
    "北海道札幌市豊平区平岸2条6-1-4",
    "宮城県仙台市青葉区国分町1-4-6",
    "兵庫県神戸市灘区六甲台町12-3",
]
JP_SCHOOLS = [
    "県立北高等学校",
    "早稲田大学 商学部",
    "東北大学 工学部",
    "関西外国語大学",
    "名古屋市立大学 看護学部",
]
JP_FIRMS = [
    "株式会社ミナト物流",
    "有限会社さくら食品",
    "東洋精機株式会社",
    "株式会社グリーンリーフ",
]


def _p(rng, **kw):
    return Person(rng, **kw)


def _jp_era(d):
    if d.year >= 1989:
        return f"平成{d.year - 1988}年{d.month}月{d.day}日"
    return f"昭和{d.year - 1925}年{d.month}月{d.day}日"


def t_lebenslauf(rng):
    p = _p(
        rng,
        culture=rng.choice(["de", "tr", "pl", "ru", "hu", "gr"]),
        age_range=(21, 58),
        latin=True,
    )
    gb = rng.choice(pools.EU_TOWNS + [t for t, _ in pools.DE_TOWNS])
    jobs = "\n".join(
        f"{y}–{y + rng.randint(1, 5)}   {rng.choice(['Sachbearbeiterin', 'Lagerlogistiker', 'Pflegefachkraft', 'Werkstudent IT', 'Teamleitung Kundenservice'])}, {rng.choice(pools.FIRMS)}, {loc(rng, [t for t, _ in pools.DE_TOWNS])}"
        for y in sorted(rng.sample(range(2008, 2021), 3))
    )
    return (
        f"LEBENSLAUF\n\n{L('PERSON', p.full)}\n{de_addr(rng)}\n"
        f"Tel.: {L('PHONE_NUMBER', ids.phone(rng, 'DE', style=rng.choice(['national', 'intl'])))}  ·  {L('EMAIL_ADDRESS', p.email(domain=rng.choice(['gmx.de', 'web.de', 'posteo.de', 't-online.de'])))}\n\n"
        "Persönliche Daten\n"
        f"Geburtsdatum:      {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, rng.choice(['dmy.', 'de'])))}\n"
        f"Geburtsort:        {L('LOCATION', gb)}\n"
        f"Familienstand:     {rng.choice(['ledig', 'verheiratet, 2 Kinder', 'geschieden'])}\n\n"
        f"Berufserfahrung\n{jobs}\n\n"
        f"Sprachen: Deutsch (C2), Englisch (B2)\n\n{L('LOCATION', gb)}, den {other_date(rng).strftime('%d.%m.%Y')}\n{L('PERSON', p.full)}"
    )


def t_rirekisho(rng):
    (s, sk), (g, gk, sex) = rng.choice(JP_SUR), rng.choice(JP_GIV)
    p = _p(rng, culture="jp", age_range=(24, 45))
    d = p.dob
    pc = f"〒{ids.digits(rng, 3)}-{ids.digits(rng, 4)}"
    email = f"{rng.choice(['k', 'm', 's', 'y'])}{ids.digits(rng, 3)}.{rng.choice(['tanaka', 'sato', 'ito', 'yoshi', 'hana'])}@{rng.choice(['docomo.ne.jp', 'gmail.com', 'ezweb.ne.jp', 'yahoo.co.jp'])}"
    rows = f"{d.year + 16}年 4月 | {JP_SCHOOLS[0]} 入学\n{d.year + 19}年 3月 | {JP_SCHOOLS[0]} 卒業\n{d.year + 19}年 4月 | {rng.choice(JP_SCHOOLS[1:])} 入学"
    return (
        "履 歴 書　　　　　　" + other_date(rng).strftime("%Y年%m月%d日現在") + "\n\n"
        f"ふりがな　{L('PERSON', sk + ' ' + gk)}\n氏　　名　{L('PERSON', s + '　' + g)}\n"
        f"生年月日　{L('DATE_OF_BIRTH', _jp_era(d) if rng.random() < 0.5 else f'{d.year}年{d.month}月{d.day}日')}生（満 {L('AGE', p.age)} 歳）　"
        f"性別　{L('GENDER_IDENTITY', '女' if sex == 'F' else '男')}\n"
        f"現住所　{L('STREET_ADDRESS', pc + ' ' + rng.choice(JP_ADDR))}\n"
        f"電話　{L('PHONE_NUMBER', ids.phone(rng, 'JP', style='national'))}\nE-mail　{L('EMAIL_ADDRESS', email)}\n\n"
        f"年 | 月 | 学歴・職歴\n{rows}\n{d.year + 23}年 4月 | {rng.choice(JP_FIRMS)} 入社\n\n"
        f"本人希望記入欄　{rng.choice(['貴社の規定に従います。', '勤務地は大阪を希望します。', '持病（' + L('MEDICAL_CONDITION', '1型糖尿病') + '）のため定期通院があります。'])}"
    )


def t_europass(rng):
    p = _p(
        rng,
        culture=rng.choice(["ro", "pl", "gr", "es", "hu", "nl", "se", "ie"]),
        age_range=(22, 50),
    )
    handle = p.username()
    return (
        "europass\nCurriculum Vitae\n\nPERSONAL INFORMATION\n"
        f"{L('PERSON', p.full)}\n"
        f"  {eu_addr(rng)}\n"
        f"  {L('PHONE_NUMBER', ids.phone(rng, rng.choice(['RO', 'PL', 'ES', 'NL', 'IE']), style='intl'))}\n"
        f"  {L('EMAIL_ADDRESS', p.email())}\n"
        f"  {L('URL', 'https://www.linkedin.com/in/' + handle.replace('_', '-').replace('.', '-'))}\n"
        f"  Sex {L('GENDER_IDENTITY', p.gender_word.capitalize())} | Date of birth {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'dmy/'))} | Nationality {rng.choice(['Romanian', 'Polish', 'Greek', 'Spanish', 'Dutch'])}\n\n"
        "JOB APPLIED FOR   Warehouse Shift Supervisor\n\nWORK EXPERIENCE\n"
        f"{rng.randint(2015, 2019)}–present  Team leader, {rng.choice(pools.FIRMS)}, {loc(rng, pools.EU_TOWNS)}\n"
        "  ▪ scheduling for 40 staff ▪ forklift licence ▪ HACCP level 2\n\n"
        "DIGITAL SKILLS  Excel, SAP WM, Power BI\n"
        f"DRIVING LICENCE  B  (licence no. {L('NATIONAL_ID', ids.letters(rng, 2) + ids.digits(rng, 7))})"
    )


def t_us_onepager(rng):
    p = _p(
        rng,
        culture=rng.choice(["us", "in", "cn", "kr", "es", "ng"]),
        latin=True,
        age_range=(22, 45),
    )
    town, st = us_town(rng)
    gh = p.username()
    return (
        f"{L('PERSON', p.full.upper())}\n{L('LOCATION', town)}, {st} · {L('PHONE_NUMBER', ids.phone(rng, 'US', style=rng.choice(['national', 'dots'])))} · "
        f"{L('EMAIL_ADDRESS', p.email())} · {L('URL', 'github.com/' + gh)}\n\n"
        "SUMMARY\nData analyst with 5 years of experience in healthcare claims and SQL reporting.\n\n"
        "EXPERIENCE\n"
        f"{rng.choice(pools.FIRMS)} — Senior Analyst ({rng.randint(2019, 2022)}–present)\n"
        "• Cut month-end reporting from 6 days to 2 with dbt + Airflow\n"
        "• Built Tableau dashboards used by 300+ clinicians\n"
        f"{rng.choice(pools.FIRMS)} — Analyst ({rng.randint(2015, 2018)}–{rng.randint(2019, 2020)})\n\n"
        f"EDUCATION\nB.S. Statistics, University of {rng.choice(['Arizona', 'Oregon', 'Kansas', 'Vermont'])}\n\n"
        f"References available on request: {L('PERSON', _p(rng, culture='us').full)}, {L('PHONE_NUMBER', ids.phone(rng, 'US', style='national'))}"
    )


def t_pdf_cv(rng):
    p = _p(rng, latin=True, age_range=(23, 55))
    body = (
        f"CURRICULUM VITAE {L('PERSON', p.full)} Address: {uk_addr(rng)} Mobile: {L('PHONE_NUMBER', ids.phone(rng, 'GB', style='national'))} "
        f"Email: {L('EMAIL_ADDRESS', p.email())} Date of Birth: {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'dmy_en'))} "
        f"PROFILE A reliable and motivated care assistant with experience supporting adults with {L('MEDICAL_CONDITION', rng.choice(['dementia', 'learning disabilities', 'acquired brain injury']))} "
        f"in residential settings. EMPLOYMENT {rng.randint(2016, 2020)} - present Senior Carer, {rng.choice(pools.FIRMS)}, {loc(rng)} "
        f"Duties: medication rounds, care plans, mentoring new staff. {rng.randint(2012, 2015)} - {rng.randint(2016, 2019)} Kitchen porter, "
        f"{rng.choice(pools.FIRMS)} REFERENCES {L('PERSON', _p(rng, latin=True).full)} (Manager) {L('EMAIL_ADDRESS', _p(rng, latin=True).email())}"
    )
    return wrap_pdf(body, rng.randint(40, 75), rng)


def t_application_email(rng):
    c = _p(rng, latin=True)
    r = _p(rng, latin=True)
    return (
        f"From: {L('PERSON', c.full)} <{L('EMAIL_ADDRESS', c.email())}>\nTo: careers@{rng.choice(['cedarline', 'hollowbrook', 'tern-analytics'])}.example\n"
        f"Subject: Application – Night Porter (ref NP-{ids.digits(rng, 3)})\n\n"
        f"Dear {L('PERSON', r.full) if rng.random() < 0.5 else 'Hiring Manager'},\n\n"
        f"Please find my CV attached. I am {L('AGE', c.age)}, live in {loc(rng, pools.UK_TOWNS + pools.EU_TOWNS)} and can start immediately. "
        f"I should mention that I have {L('MEDICAL_CONDITION', rng.choice(['dyslexia', 'type 1 diabetes', 'epilepsy (well controlled)', 'a hearing impairment', 'ADHD']))} "
        "and may need reasonable adjustments at interview.\n\n"
        f"Kind regards\n{L('PERSON', c.first)}\n{L('PHONE_NUMBER', ids.phone(rng, rng.choice(['GB', 'IE', 'PL']), style='intl'))}\n\n"
        f"-----Original Message-----\nFrom: {L('PERSON', r.full)}\nSent: {other_date(rng).strftime('%d %B %Y %H:%M')}\n"
        f"Hi {L('PERSON', c.first)}, thanks for your interest. Could you send your CV to me directly ({L('EMAIL_ADDRESS', r.obf_email())})?"
    )


def t_score_sheet(rng):
    cands = [_p(rng) for _ in range(rng.choice([rng.randint(3, 6), rng.randint(3, 6), rng.randint(8, 12)]))]
    panel = [_p(rng, latin=True) for _ in range(2)]
    w = max(len(c.full) for c in cands) + 2
    rows = []
    for c in cands:
        sc = [rng.randint(1, 5) for _ in range(4)]
        rows.append(
            f"{L('PERSON', c.full)}{' ' * (w - len(c.full))}{sc[0]:>4}{sc[1]:>4}{sc[2]:>4}{sc[3]:>4}{sum(sc):>6}"
        )
    note = rng.choice(
        [
            f"{L('PERSON', cands[0].first)} mentioned {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))} — NOT to be considered in scoring.",
            f"{L('PERSON', cands[-1].last)} disclosed {L('CRIMINAL_HISTORY', rng.choice(pools.CRIMINAL))}; refer to DBS policy.",
            f"Candidate {L('PERSON', cands[1].first)} is {L('AGE', cands[1].age)} — irrelevant, remove from notes.",
        ]
    )
    return (
        f"INTERVIEW SCORE SHEET — Housing Support Officer\nPanel: {L('PERSON', panel[0].full)}, {L('PERSON', panel[1].full)}\n\n"
        f"{'Candidate':<{w}}  Q1  Q2  Q3  Q4  Total\n" + "\n".join(rows) + f"\n\nNotes: {note}"
    )


def t_right_to_work(rng):
    p = _p(rng, culture=rng.choice(["ng", "in", "pk", "ph", "gh", "ar", "br"]))
    doc = rng.choice(
        [
            f"BRP no. {L('NATIONAL_ID', ids.letters(rng, 2) + ids.digits(rng, 7))}",
            f"{rng.choice(['Nigerian', 'Indian', 'Pakistani', 'Philippine', 'Ghanaian'])} passport {L('NATIONAL_ID', ids.letters(rng, 1) + ids.digits(rng, 8))}",
            f"Aadhaar (supporting) {L('NATIONAL_ID', ids.in_aadhaar(rng))}",
        ]
    )
    return (
        "Right to Work — online check record\n"
        f"Employee: {L('PERSON', p.full)}\nDate of birth: {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'dmy/'))}\n"
        "Share code: verified online (code not retained)\n"
        f"Document seen: {doc}\n"
        f"NI number: {L('NATIONAL_ID', ids.gb_nino(rng))}\n"
        f"Result: permission to work until {rng.randint(2025, 2029)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}, max 20 hrs in term time\n"
        f"Checked by: {L('PERSON', _p(rng, culture='uk').full)} on {other_date(rng).strftime('%d/%m/%Y')} (video call, face matched)"
    )


def t_i9(rng):
    p = _p(
        rng,
        culture=rng.choice(["us", "es", "vn", "ph", "so", "kr"]),
        latin=True,
        age_range=(18, 60),
    )
    state, dl = ids.us_driver_license(rng)
    a = rng.random()
    docs = (
        f"List A: U.S. Passport  No. {L('US_PASSPORT', ids.us_passport(rng))}  Exp. 0{rng.randint(1, 9)}/{rng.randint(2026, 2034)}\n"
        if a < 0.5
        else f"List B: Driver's license ({state})  No. {L('US_DRIVER_LICENSE', dl)}\nList C: Social Security card\n"
    )
    return (
        "Form I-9 — Section 1 (transcribed)\n"
        f"Last name: {L('PERSON', p.last)}   First: {L('PERSON', p.first)}   MI: {rng.choice('ABCDEJKLMR')}\n"
        f"Address: {us_addr(rng)}\n"
        f"DOB: {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'mdy/'))}   SSN: {L('US_SSN', ids.us_ssn(rng))}\n"
        f"Email: {L('EMAIL_ADDRESS', p.email())}   Tel: {L('PHONE_NUMBER', ids.phone(rng, 'US', style='national'))}\n"
        "Citizenship: [x] A citizen of the United States\n\nSection 2\n"
        + docs
        + f"Also on file: {state} DL {L('US_DRIVER_LICENSE', ids.us_driver_license(rng, state)[1])}; backup passport card {L('US_PASSPORT', ids.us_passport(rng))}\n"
        f"Payroll direct deposit: ABA {L('ABA_ROUTING_NUMBER', ids.aba(rng))}, checking {L('US_BANK_NUMBER', ids.us_bank_account(rng))}\n"
        f"Employer rep: {L('PERSON', _p(rng, culture='us').full)}"
    )


def t_payslip(rng):
    p = _p(rng, culture=rng.choice(["us", "jm", "es", "ph"]), latin=True)
    gross = rng.randint(1800, 6200)
    return (
        f"{rng.choice(pools.FIRMS).upper()}                     EARNINGS STATEMENT\n"
        f"Employee: {L('PERSON', p.full):<28} Emp ID: {ids.digits(rng, 6)}\n"
        f"SSN: on file     Alt TIN: {L('US_ITIN', ids.us_itin(rng))}\n"
        f"Address: {us_addr(rng)}\n"
        f"Pay period: {other_date(rng).strftime('%m/%d/%Y')}   Pay date: {other_date(rng).strftime('%m/%d/%Y')}\n\n"
        f"Regular        80.00   {gross:>9.2f}\nFed W/H                 {-gross * 0.11:>9.2f}\nFICA                    {-gross * 0.0765:>9.2f}\n"
        f"NET PAY                 {gross * 0.8135:>9.2f}\n\n"
        f"Direct deposit → RTN {L('ABA_ROUTING_NUMBER', ids.aba(rng))}  Acct {L('US_BANK_NUMBER', ids.us_bank_account(rng))}"
    )


def t_grievance(rng):
    c = _p(rng)
    m = _p(rng, latin=True)
    hr = _p(rng, latin=True)
    bits = rng.sample(
        [
            f"{L('PERSON', m.first)} repeatedly referred to {L('PERSON', c.first)}'s sexuality (she is {L('SEXUAL_ORIENTATION', rng.choice(['gay', 'bisexual', 'lesbian']))}) in team meetings.",
            f"Comments were made about {L('PERSON', c.first)} being {L('ETHNIC_ORIGIN', rng.choice(pools.ETHNIC))}.",
            f"{L('PERSON', c.first)} has {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))} and her adjustment (late start) was withdrawn without discussion.",
            f"After {L('PERSON', c.first)} came out as {L('GENDER_IDENTITY', rng.choice(['non-binary', 'a trans woman', 'trans']).replace('a ', ''))}, the rota was changed to isolate them.",
        ],
        3,
    )
    return (
        f"CONFIDENTIAL — Grievance meeting note\nDate: {other_date(rng).strftime('%d/%m/%Y')}\n"
        f"Present: {L('PERSON', c.full)} (employee), {L('PERSON', hr.full)} (HR), {L('PERSON', _p(rng).full)} (companion, union rep)\n"
        f"Complaint against: {L('PERSON', m.full)}, shift manager\n\n"
        + "\n".join(f"{i + 1}. {b}" for i, b in enumerate(bits))
        + f"\n\nOutcome: investigation opened; {L('PERSON', m.last)} to be moved to another site pending outcome.\nNote taken by {L('PERSON', hr.first[0] + hr.last[0])}."
    )


def t_onboarding(rng):
    p = _p(rng, latin=True)
    ec = _p(rng, culture=p.culture, latin=True)
    user = p.username()
    return (
        "NEW STARTER — IT & PAYROLL\n"
        f"name={L('PERSON', p.full)}\nstart_date={other_date(rng).isoformat()}\n"
        f"ad_login={L('USERNAME', user)}\ntemp_password={password(rng)}\nvpn_pin={L('CREDENTIAL', ids.digits(rng, 6))}\n"
        f"payroll_iban={L('IBAN_CODE', ids.iban(rng, rng.choice(['GB', 'IE', 'NL', 'DE', 'LU'])))}\n"
        f"home_address={uk_addr(rng) if rng.random() < 0.5 else eu_addr(rng)}\n"
        f"emergency_contact={L('PERSON', ec.full)} ({rng.choice(['spouse', 'mother', 'brother', 'partner'])}) {L('PHONE_NUMBER', ids.phone(rng, rng.choice(['GB', 'IE', 'NL', 'FR']), style='intl'))}\n"
        f"laptop_serial={L('DEVICE_ID', ids.serial(rng, 'apple'))}\n"
        f"parking_permit_plate={L('VEHICLE_PLATE', ids.plate(rng, rng.choice(['GB', 'IE', 'NL', 'DE', 'FR'])))}\n"
        f"# service account for the rota app, do NOT share: {api_key(rng)}"
    )


def t_background_check(rng):
    p = _p(rng, culture="us", latin=True, age_range=(21, 60))
    state, dl = ids.us_driver_license(rng)
    return (
        "PRE-EMPLOYMENT SCREENING REPORT\n\n"
        f"Subject: {L('PERSON', p.full)}   AKA: {L('PERSON', p.first[0] + '. ' + p.last)}\n"
        f"DOB: {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'mdy/'))}   SSN: {L('US_SSN', ids.us_ssn(rng))}   DL: {L('US_DRIVER_LICENSE', dl)} ({state})\n"
        f"Address history: {us_addr(rng)}; {us_addr(rng)}\n\n"
        "County criminal search — 7 yrs\n"
        f"  Record 1: {L('CRIMINAL_HISTORY', rng.choice(pools.CRIMINAL))} ({rng.randint(2016, 2022)}) — disposition: {rng.choice(['guilty plea', 'convicted', 'deferred adjudication'])}\n"
        f"  Record 2: {L('CRIMINAL_HISTORY', rng.choice(['misdemeanor possession of marijuana, dismissed', 'arrest for disorderly conduct', 'conviction for petty theft', 'DUI, first offense']))}\n"
        f"Motor vehicle record: 2 moving violations; registered vehicle {L('VEHICLE_PLATE', ids.plate(rng, 'US'))}\n"
        f"Reviewed by: {L('PERSON', _p(rng, culture='us').full)}"
    )


def t_ats_json(rng):
    out = []
    for _ in range(rng.choice([rng.randint(1, 3), rng.randint(1, 3), rng.randint(5, 8)])):
        p = _p(rng)
        out.append(
            json.dumps(
                {
                    "applicant_id": int(ids.digits(rng, 7, True)),
                    "name": L("PERSON", p.full),
                    "email": L("EMAIL_ADDRESS", p.email()),
                    "phone": L(
                        "PHONE_NUMBER",
                        ids.phone(
                            rng,
                            rng.choice(["GB", "IN", "NG", "PH", "PL", "BR"]),
                            style="e164",
                        ),
                    ),
                    "location": L("LOCATION", rng.choice(pools.WORLD_TOWNS + pools.UK_TOWNS)),
                    "profile": L(
                        "URL",
                        f"https://www.linkedin.com/in/{p.username().replace('_', '-').replace('.', '')}",
                    ),
                    "eeo": {
                        "gender": L("GENDER_IDENTITY", p.gender_word),
                        "ethnicity": L("ETHNIC_ORIGIN", rng.choice(pools.ETHNIC)),
                    },
                    "stage": rng.choice(["screen", "interview", "offer", "rejected"]),
                },
                ensure_ascii=False,
            )
        )
    return "\n".join(out)


def t_fr_payslip(rng):
    p = _p(rng, culture=rng.choice(["es", "ar", "de", "ro"]), latin=True)
    d = p.dob
    return (
        "BULLETIN DE PAIE — Octobre\n"
        f"Salarié : {L('PERSON', p.last.upper())} {L('PERSON', p.first)}\n"
        f"N° sécurité sociale : {L('NATIONAL_ID', ids.fr_nir(rng, sex='2' if p.sex == 'F' else '1', dob=d))}\n"
        f"Né(e) le : {L('DATE_OF_BIRTH', fmt_date(rng, d, 'dmy/'))}\n"
        f"Adresse : {L('STREET_ADDRESS', str(rng.randint(1, 90)) + ' ' + rng.choice(['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse des Lilas', 'bd de la Liberté']) + ', ' + rng.choice(['69007 Lyon', '59000 Lille', '63000 Clermont-Ferrand', '44000 Nantes']))}\n"
        f"Emploi : agent d'entretien   Coefficient : 150\n\nSalaire de base   1 766,92\nCSG déductible     -112,40\nNet à payer       1 398,15\n\n"
        f"Virement sur IBAN {L('IBAN_CODE', ids.iban(rng, rng.choice(['LU', 'DE', 'AT', 'GR'])))}"
    )


def t_expenses(rng):
    p = _p(rng, latin=True)
    rows = "\n".join(
        f"{other_date(rng).strftime('%d/%m')}  {rng.choice(['Train', 'Hotel', 'Taxi', 'Parking', 'Subsistence'])}  £{rng.randint(4, 180)}.{rng.randint(0, 99):02d}  paid with personal card {L('CREDIT_CARD', ids.credit_card(rng, style=rng.choice(['space', 'plain'])))}"
        for _ in range(rng.randint(1, 3))
    )
    return (
        f"EXPENSE CLAIM — {L('PERSON', p.full)} (payroll {ids.digits(rng, 6)})\n{rows}\n"
        f"Mileage: {rng.randint(10, 300)} miles in own car {L('VEHICLE_PLATE', ids.plate(rng, rng.choice(['GB', 'IE'])))}\n"
        f"Reimburse to: {L('IBAN_CODE', ids.iban(rng, rng.choice(['GB', 'IE'])))}\nApprover: {L('PERSON', _p(rng, latin=True).full)}"
    )


def t_w7(rng):
    p = _p(
        rng,
        culture=rng.choice(["es", "in", "cn", "ng", "br", "vn"]),
        latin=True,
        age_range=(20, 60),
    )
    town, st = us_town(rng)
    return (
        "Form W-7 / ITIN renewal worksheet (HR mobility team)\n\n"
        f"1a Name: {L('PERSON', p.first)} {L('PERSON', p.last)}\n"
        f"2  Mailing address: {us_addr(rng)}\n"
        f"4  Date of birth: {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'mdy/'))}   City of birth: {L('LOCATION', rng.choice(pools.WORLD_TOWNS))}\n"
        f"5  Sex: {L('GENDER_IDENTITY', p.gender_word.capitalize())}\n"
        f"6d Identification: passport no. {L('NATIONAL_ID', ids.letters(rng, 1) + ids.digits(rng, 8))} (foreign); spouse's U.S. passport {L('US_PASSPORT', ids.us_passport(rng))}\n"
        f"6e Previous ITIN: {L('US_ITIN', ids.us_itin(rng))}\n"
        f"6g Employer: {rng.choice(pools.FIRMS)}, {L('LOCATION', town)}\n"
        f"Contact: {L('EMAIL_ADDRESS', p.email())} / {L('PHONE_NUMBER', ids.phone(rng, 'US', style='national'))}\n"
        f"Driver license on file: {L('US_DRIVER_LICENSE', ids.us_driver_license(rng, st if st in ('CA', 'NY', 'FL', 'TX', 'IL', 'WA', 'PA', 'NJ', 'MI') else None)[1])}"
    )


TEMPLATES = [
    t_expenses,
    t_w7,
    t_lebenslauf,
    t_rirekisho,
    t_europass,
    t_us_onepager,
    t_pdf_cv,
    t_application_email,
    t_score_sheet,
    t_right_to_work,
    t_i9,
    t_payslip,
    t_grievance,
    t_onboarding,
    t_background_check,
    t_ats_json,
    t_fr_payslip,
]
