"""Register 4: letters_registers."""

from __future__ import annotations

import ids
import pools
from common import loc, uk_addr, uk_street, us_addr
from core import L
from people import MONTHS_EN, Person, fmt_date, other_date


def _p(rng, **kw):
    return Person(rng, **kw)


OLD_TOWNS = pools.UK_TOWNS + [
    "Ballymena",
    "Oldham",
    "Tralee",
    "Whitby",
    "Todmorden",
    "Carmarthen",
    "Wigan",
]


def _ill(rng):
    return rng.choice(["[illegible]", "[ill.]", "[word crossed out]", "[?]", "[smudged]"])


def t_letter(rng):
    w = _p(rng, latin=True)
    r = _p(rng, culture=w.culture, latin=True)
    kid = _p(rng, culture=w.culture, age_range=(2, 15), latin=True)
    return (
        f"[Transcribed from a handwritten letter, blue biro, 2 sides]\n\n{L('STREET_ADDRESS', uk_street(rng))}\n{loc(rng, OLD_TOWNS)}\n{other_date(rng, 1998, 2012).strftime('%d %b')}\n\n"
        f"Dear {L('PERSON', r.first)},\n\nThank you for you're letter it was lovely to here from you. We are all keeping well exept "
        f"{L('PERSON', rng.choice(pools.NICKNAMES))} who has {L('MEDICAL_CONDITION', rng.choice(['the shingles', 'his sugar diabetes', 'angina', 'bad arthritus', 'emphysema']))} again "
        f"and the doctor says {_ill(rng)}. Little {L('PERSON', kid.first)} is {L('MINOR_AGE', kid.age)} now can you beleive it, "
        f"and off to big school in {loc(rng, OLD_TOWNS)}.\n\nWe have a new telephone number its {L('PHONE_NUMBER', ids.phone(rng, 'GB', kind='fixed', style='national'))} "
        f"so ring us {_ill(rng)} Sunday.\n\nAll our love,\n{L('PERSON', w.first)} {_ill(rng)} & {L('PERSON', _p(rng, latin=True).first)}\nxxx"
    )


def t_postcard(rng):
    w = _p(rng, latin=True)
    r = _p(rng, latin=True)
    return (
        f"POSTCARD (front: harbour view)\n--- reverse ---\nHaving a grand time in {loc(rng, pools.EU_TOWNS + pools.UK_TOWNS)}! weather {_ill(rng)} but "
        f"the food is gorgeous. {L('PERSON', rng.choice(pools.NICKNAMES))} got sunburnt first day lol. Back on the 14th.\nLove {L('PERSON', w.first.upper())}\n\n"
        f"   To: {L('PERSON', r.full)}\n       {uk_addr(rng)}"
    )


def t_obituary(rng):
    d = _p(rng, age_range=(58, 99), latin=True)
    sp = _p(rng, culture=d.culture, latin=True)
    kids = [_p(rng, culture=d.culture, latin=True) for _ in range(rng.randint(2, 3))]
    town = rng.choice(pools.UK_TOWNS + [t for t, _ in pools.US_TOWNS])
    return (
        f"{L('PERSON', d.full.upper())}\n\n{L('PERSON', d.first)} {L('PERSON', d.last)} of {L('LOCATION', town)} passed away peacefully on "
        f"{other_date(rng).strftime('%d %B %Y')}, aged {L('AGE', d.age)}, after a long illness with {L('MEDICAL_CONDITION', rng.choice(['motor neurone disease', 'pancreatic cancer', 'dementia', 'COPD', 'leukaemia', 'heart failure']))}. "
        f"Born on {L('DATE_OF_BIRTH', fmt_date(rng, d.dob, 'dmy_en'))} in {loc(rng, pools.WORLD_TOWNS + OLD_TOWNS)}, {L('PERSON', d.first)} worked for thirty years at {rng.choice(pools.FIRMS)}. "
        f"Beloved {'wife' if d.sex == 'F' else 'husband'} of the late {L('PERSON', sp.first)}, loving parent of "
        + ", ".join(L("PERSON", k.first) for k in kids)
        + f" and grandparent of many. Funeral service at {rng.choice(['St Aidan', 'the Crematorium', 'Greenhill Chapel'])} on Friday at 11am. "
        f"Family flowers only; donations if desired to the hospice. Enquiries to {L('PERSON', kids[0].full)}, {L('PHONE_NUMBER', ids.phone(rng, 'GB', style='national'))}."
    )


def t_death_notice(rng):
    d = _p(rng, age_range=(40, 97), latin=True)
    return (
        f"DEATHS\n{L('PERSON', d.last.upper())}, {L('PERSON', d.first)} (née {L('PERSON', _p(rng, latin=True).last)}). "
        f"Suddenly at home in {loc(rng)}, aged {L('AGE', d.age)} years. Dearly loved by {L('PERSON', _p(rng, latin=True).first)} and family. "
        "R.I.P. Mass of Christian burial at St Bride's, Tuesday 10am."
    )


def t_birth_ann(rng):
    mum = _p(rng, sex="F", age_range=(24, 42))
    dad = _p(rng, culture=mum.culture, sex="M", age_range=(24, 45))
    baby = _p(rng, culture=mum.culture)
    bd = other_date(rng)
    return (
        f"BIRTHS\n{L('PERSON', dad.last.upper())}. To {L('PERSON', mum.first)} (née {L('PERSON', mum.last)}) and {L('PERSON', dad.first)}, a "
        f"{rng.choice(['daughter', 'son'])}, {L('PERSON', baby.first + ' ' + _p(rng, culture=mum.culture, sex=baby.sex).first)}, born "
        f"{L('DATE_OF_BIRTH', fmt_date(rng, bd, 'dmy_en'))} at {rng.choice(['the Royal Infirmary', 'home', 'the Rosie'])}, weighing 7lb {rng.randint(0, 15)}oz. "
        f"A sister for {L('PERSON', _p(rng, culture=mum.culture).first)} (aged {L('MINOR_AGE', rng.randint(2, 9))}). Congratulations from all in {loc(rng)}!"
    )


def t_wedding(rng):
    a = _p(rng, latin=True, age_range=(24, 60))
    b = _p(rng, latin=True, age_range=(24, 60))
    return (
        f"The marriage took place on {other_date(rng).strftime('%d %B')} at {rng.choice(['the Registry Office', 'St Mary Magdalene', 'Castle Hall'])}, {loc(rng)}, "
        f"between {L('PERSON', a.full)}, {L('AGE', a.age)}, son of {L('PERSON', _p(rng, latin=True).full)} of {loc(rng)}, and {L('PERSON', b.full)}, {L('AGE', b.age)}, "
        f"of {loc(rng, pools.EU_TOWNS)}. The best man was {L('PERSON', _p(rng, latin=True).full)}. The couple will live at {uk_addr(rng)}."
        if rng.random() < 0.5
        else f"WEDDING ANNOUNCEMENT\n\n{L('PERSON', a.first)} & {L('PERSON', b.first)}\n\nare delighted to share that they were married on "
        f"{other_date(rng).strftime('%B %d')} in {L('LOCATION', rng.choice([t for t, _ in pools.US_TOWNS]))}. {L('PERSON', a.first)} is the "
        f"{rng.choice(['daughter', 'son'])} of {L('PERSON', _p(rng, latin=True).full)}; {L('PERSON', b.first)} is the child of {L('PERSON', _p(rng, latin=True).full)}. "
        f"Cards may be sent to {us_addr(rng)}."
    )


def t_parish(rng):
    rows = []
    year = rng.randint(1938, 1960)
    for i in range(rng.choice([rng.randint(3, 6), rng.randint(3, 6), rng.randint(10, 16)])):
        ch = _p(rng, culture=rng.choice(["uk", "ie", "pl"]), latin=True)
        fa = _p(rng, culture=ch.culture, sex="M", latin=True)
        mo = _p(rng, culture=ch.culture, sex="F", latin=True)
        bd = ids.rand_date(rng, year, year)
        ds = f"{bd.day} {MONTHS_EN[bd.month - 1][:3]}"
        rows.append(
            f"{i + 101:<5}{L('DATE_OF_BIRTH', ds)}{' ' * (14 - len(ds))}{L('PERSON', ch.first)}{' ' * max(1, 12 - len(ch.first))}"
            f"{L('PERSON', fa.first)} & {L('PERSON', mo.first)} {L('PERSON', fa.last)}   {L('LOCATION', rng.choice(OLD_TOWNS))}   {rng.choice(['labourer', 'miner', 'weaver', 'clerk', 'farmer'])}"
        )
    return (
        f"EXTRACT — Register of Baptisms, parish of St {rng.choice(['Aidan', 'Bride', 'Cuthbert', 'Non'])}, {year}\n"
        "No.  Born          Child       Parents                      Abode          Occupation\n"
        + "\n".join(rows)
        + f"\n\nCertified a true extract by {L('PERSON', _p(rng, culture='uk').full)}, parish administrator."
    )


def t_civil_reg(rng):
    c = _p(rng, age_range=(30, 90), latin=True)
    fa = _p(rng, culture=c.culture, sex="M", latin=True)
    mo = _p(rng, culture=c.culture, sex="F", latin=True)
    return (
        "CERTIFIED COPY OF AN ENTRY OF BIRTH\n"
        f"Registration district: {loc(rng)}     Sub-district: {L('LOCATION', rng.choice(pools.DISTRICTS[:10]))}\n"
        f"1. When and where born: {L('DATE_OF_BIRTH', fmt_date(rng, c.dob, 'dmy_en'))}, {L('STREET_ADDRESS', uk_street(rng))}\n"
        f"2. Name, if any: {L('PERSON', c.first)}\n3. Sex: {L('GENDER_IDENTITY', 'Girl' if c.sex == 'F' else 'Boy')}\n"
        f"4. Name and surname of father: {L('PERSON', fa.full)}\n5. Name, surname and maiden surname of mother: {L('PERSON', mo.first)} {L('PERSON', fa.last)} formerly {L('PERSON', mo.last)}\n"
        f"6. Occupation of father: {rng.choice(['Bus driver', 'Steel erector', 'Schoolteacher', 'Docker'])}\n"
        f"7. Signature of informant: {L('PERSON', mo.first[0] + '. ' + fa.last)}, Mother\n8. Registrar: {L('PERSON', _p(rng, latin=True).full)}"
    )


def t_adoption(rng):
    me = _p(rng, age_range=(35, 70))
    bm = _p(rng, sex="F", latin=True, age_range=(55, 90))
    gen = rng.choice(pools.GENETIC)
    return (
        f"Dear {L('PERSON', bm.first)},\n\nI hope you don't mind me writing. My name is {L('PERSON', me.full)} and I was born on "
        f"{L('DATE_OF_BIRTH', fmt_date(rng, me.dob, 'dmy_en'))} at a mother-and-baby home near {loc(rng, OLD_TOWNS)}. My adoption file says my birth mother was "
        f"{L('PERSON', bm.full)}, aged {L('MINOR_AGE', rng.randint(15, 17))} at the time, and that my father was {L('ETHNIC_ORIGIN', rng.choice(pools.ETHNIC))}.\n\n"
        f"An Ancestry DNA test matched me to your {rng.choice(['nephew', 'granddaughter', 'cousin'])} {L('PERSON', _p(rng, latin=True).first)} "
        f"({L('GENETIC_DATA', str(rng.randint(400, 1800)) + ' cM shared across ' + str(rng.randint(18, 45)) + ' segments')}). My clinic results also show a "
        f"{L('GENETIC_DATA', gen)} which my doctors said is usually inherited.\n\nIf you would like to reply, my email is {L('EMAIL_ADDRESS', me.email())} or you can write c/o the intermediary, "
        f"{L('PERSON', _p(rng, latin=True).full)}.\n\nWith warm wishes,\n{L('PERSON', me.first)}"
    )


def t_prison(rng):
    pr = _p(rng, latin=True, age_range=(19, 60))
    fam = _p(rng, latin=True)
    med, cond = rng.choice(
        [
            ("lithium", "bipolar"),
            ("sertraline", "depression"),
            ("propranolol", "anxiety"),
            ("levetiracetam", "epilepsy"),
            ("methadone", "heroin addiction"),
        ]
    )
    return (
        f"{L('PERSON', pr.full.upper())}\nHMP {rng.choice(['Northmoor', 'Eastfield', 'Greywater'])}, Wing C\n\n"
        f"Alright {L('PERSON', fam.first)},\n\ngot your letter and the postal order thanks. things are ok in here, new cellmate is a lad called "
        f"{L('PERSON', _p(rng, latin=True).first)} from {loc(rng)}. my brief says with the {L('CRIMINAL_HISTORY', rng.choice(['conviction for robbery', 'burglary conviction', 'six-year sentence for supply', 'GBH conviction']))} "
        f"I wont get D-cat till next year. tell {L('PERSON', rng.choice(pools.NICKNAMES))} I said happy birthday, he'll be {L('MINOR_AGE', rng.randint(5, 16))} wont he.\n"
        f"they've put me on {L('MEDICAL_CONDITION', med)} again for my {L('MEDICAL_CONDITION', cond)}.\n"
        f"can you put £20 on my account, my PIN for the phone is {L('CREDENTIAL', ids.digits(rng, 4))} so ring after 6.\n\nlove {L('PERSON', pr.first.lower())}"
    )


def t_condolence(rng):
    dec = _p(rng, latin=True)
    entries = []
    for _ in range(rng.choice([rng.randint(4, 7), rng.randint(4, 7), rng.randint(18, 30)])):
        w = _p(rng)
        entries.append(
            rng.choice(
                [
                    f'"So sorry for your loss. {L("PERSON", dec.first)} was a true gentleman." — {L("PERSON", w.full)}, {loc(rng, pools.UK_TOWNS + pools.EU_TOWNS)}',
                    f'"Thinking of you all. Love from {L("PERSON", w.first)} & {L("PERSON", _p(rng).first)} x"',
                    f'"RIP {L("PERSON", dec.first.lower())} see you on the other side mate" — {L("PERSON", w.first.lower())} ({L("USERNAME", "@" + w.username())})',
                    f'"With deepest sympathy." {L("PERSON", w.full.upper())}, {L("STREET_ADDRESS", uk_street(rng))}',
                ]
            )
        )
    return f"Online condolence book — {L('PERSON', dec.full)}\n\n" + "\n\n".join(entries)


def t_dna_email(rng):
    me = _p(rng)
    m = _p(rng, latin=True)
    return (
        f"Subject: Possible match — {L('PERSON', m.last)} line\n\nHi {L('PERSON', m.first)},\n\n"
        f"We share {L('GENETIC_DATA', str(rng.randint(90, 900)) + ' cM')} on the match list, and we're both {L('GENETIC_DATA', rng.choice(['mtDNA H1a', 'mtDNA U5b1', 'mtDNA J1c2', 'Y-DNA I-M253', 'Y-DNA R1b-L21']))}. "
        f"My grandmother {L('PERSON', _p(rng, sex='F', latin=True).full)} was born in {loc(rng, OLD_TOWNS)} in 19{rng.randint(10, 40)}. "
        f"Raw data shows I'm also {L('GENETIC_DATA', rng.choice(pools.GENETIC))} — worth knowing if it runs in your family too.\n\n"
        f"My tree is public under the username {L('USERNAME', me.username())}.\n\n{L('PERSON', me.first)} {L('PERSON', me.last[0])}.\n{L('PHONE_NUMBER', ids.phone(rng, rng.choice(['US', 'GB', 'IE']), style='intl'))}"
    )


def t_foreign_letter(rng):
    w = _p(rng, culture="pl", latin=True)
    r = _p(rng, culture="pl", sex="F", latin=True)
    return (
        "[Letter in Polish, transcription; translation on file]\n\n"
        f"{L('LOCATION', rng.choice(['Bydgoszcz', 'Tarnów', 'Zamość', 'Ełk']))}, {other_date(rng, 2001, 2015).strftime('%d.%m.%Y')}\n\n"
        f"Kochana {L('PERSON', r.first)}!\n\nDziękuję za paczkę. Mama czuje się lepiej, ale lekarz mówi, że to {L('MEDICAL_CONDITION', rng.choice(['cukrzyca', 'nadciśnienie', 'choroba Parkinsona']))}. "
        f"{L('PERSON', rng.choice(['Staś', 'Kasia', 'Bartek']))} ma już {L('MINOR_AGE', rng.randint(6, 15))} lat {_ill(rng)}. Mój nowy numer: {L('PHONE_NUMBER', ids.phone(rng, 'PL', style='national'))}. "
        f"PESEL babci do tych papierów: {L('NATIONAL_ID', ids.pl_pesel(rng))}.\n\nŚciskam mocno,\n{L('PERSON', w.first)}"
    )


def t_marriage_reg(rng):
    a = _p(rng, sex="M", latin=True, age_range=(19, 40))
    b = _p(rng, sex="F", latin=True, age_range=(18, 35))
    return (
        f"Marriage solemnized at the Register Office in the district of {loc(rng)}\n"
        "| When married | Name and surname | Age | Condition | Residence at time of marriage | Father |\n|---|---|---|---|---|---|\n"
        f"| {rng.randint(1, 28)} {MONTHS_EN[rng.randint(0, 11)]} 19{rng.randint(55, 89)} | {L('PERSON', a.full)} | {L('AGE', a.age)} | Bachelor | {L('STREET_ADDRESS', uk_street(rng))} | {L('PERSON', _p(rng, sex='M', latin=True).first + ' ' + a.last)} |\n"
        f"|  | {L('PERSON', b.full)} | {L('AGE', b.age)} | Spinster | {L('STREET_ADDRESS', uk_street(rng))} | {L('PERSON', _p(rng, sex='M', latin=True).first + ' ' + b.last)} |\n\n"
        f"Witnesses: {L('PERSON', _p(rng, latin=True).full)}; {L('PERSON', _p(rng, latin=True).full)}"
    )


TEMPLATES = [
    t_letter,
    t_postcard,
    t_obituary,
    t_death_notice,
    t_birth_ann,
    t_wedding,
    t_parish,
    t_civil_reg,
    t_adoption,
    t_prison,
    t_condolence,
    t_dna_email,
    t_foreign_letter,
    t_marriage_reg,
]
