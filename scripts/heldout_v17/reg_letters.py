"""Register 4: transcribed handwritten letters, notes, postcards and diary pages."""

from __future__ import annotations

import random

from common import F, Doc, digits, gb_nino, letters, phone, pick, rand_date
from pools import UK_PLACES, person, uk_address

REGISTER = "transcribed_letters"

NUMWORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
]
PHONEWORDS = {
    "0": "oh",
    "1": "one",
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "6": "six",
    "7": "seven",
    "8": "eight",
    "9": "nine",
}
HEADERS = [
    "[Transcribed by volunteer from handwritten original; spelling retained]",
    "HTR output (confidence 0.71), checked by staff",
    "Transcript - scan p.1 of 2",
    "[OCR of photocopy, some lines faint]",
    "Transcription of item received by post",
]
HOLIDAY = ["Tenby", "Scarborough", "Oban", "Portrush", "Whitstable", "Ilfracombe", "Lytham St Annes", "Mablethorpe"]
PRISONS = ["HMP Thornmoor", "HMP Greyfriars", "HMP Saltcote", "HMYOI Larkhill Park"]
OFFENCES = [
    "got 4 years for the burglary",
    "was remanded for the assault charge",
    "got sentenced to 18 months",
    "was convicted of dealing",
    "got done for breaching my licence",
    "got 2 and a half years for the robbery",
    "pleaded guilty to the theft charges",
]
CHILD_CONDS = [
    ("asthma", "take my pump to pe"),
    ("diabetes", "go to the nurse at dinner"),
    ("eczema", "have my cream at nite"),
    ("epilepsy", "sit out of swiming"),
    ("ADHD", "take a tablet at brekfast"),
]
COND_MEDS = [
    ("asthma", "inhaler"),
    ("ADHD", "Ritalin"),
    ("epilepsy", "Epilim"),
    ("eczema", "steroid cream"),
    ("migraines", "sumatriptan"),
    ("anxiety", "sertraline"),
    ("insomnia", "melatonin"),
]


def break_word(rng, s):
    """HTR-style line break inside a word (keeps the characters, inserts '-\\n' or '\\n')."""
    if len(s) < 6 or " " in s or rng.random() < 0.7:
        return s
    k = rng.randint(2, len(s) - 3)
    return s[:k] + pick(rng, ["-\n", "\n", "¬\n"]) + s[k:]


def case(rng, s):
    r = rng.random()
    if r < 0.35:
        return s.lower()
    if r < 0.45:
        return s.upper()
    return s


def phone_words(num):
    return " ".join(PHONEWORDS[c] for c in num if c.isdigit())


def t_child(rng):
    first, last, female, _ = person(rng)
    sib = person(rng)[0]
    age = rng.randint(6, 11)
    teacher = person(rng, "anglo")[1]
    num, st, town, pc = uk_address(rng)
    d = Doc()
    d.f("[[h]]\n\n", h=pick(rng, HEADERS))
    d.f(
        "dear [[to]]\n\nmy name is [[n]] and i am [[a]] [[yrs]]. i live in [[t]] with my mum and my [[rel]] [[sib]]. ",
        to=pick(rng, ["santa", "Father Christmas", "kestrel house", "the lady on the radio"]),
        n=(case(rng, first), "PERSON"),
        a=(NUMWORDS[age], "MINOR_AGE") if rng.random() < 0.6 else (str(age), "MINOR_AGE"),
        yrs=pick(rng, ["years old", "yeers old", "and a haf"]),
        t=(case(rng, town), "LOCATION"),
        rel=pick(rng, ["bruther", "sister", "little brother", "step sister"]),
        sib=(case(rng, sib), "PERSON"),
    )
    d.f(
        "at school [[tch]] says i am good at [[sub]] [crossed out: and maths]. ",
        tch=F("mrs [[t]]", t=(teacher.lower(), "PERSON"))
        if rng.random() < 0.5
        else F("Mr [[t]]", t=(teacher, "PERSON")),
        sub=pick(rng, ["riting", "drawing", "spelings", "reading"]),
    )
    if rng.random() < 0.5:
        cond, act = pick(rng, CHILD_CONDS)
        d.f("i have [[c]] so i have to [[x]]. ", c=(cond, "MEDICAL_CONDITION"), x=act)
    d.add(
        pick(
            rng,
            [
                "please can i have a bike and a [illegible] for christmas. ",
                "i dont like it wen [illegible] shouts at mum. can you help. ",
                "my mums boyfrend is not kind to me [illegible] please dont tell him i rote this. ",
            ],
        )
    )
    d.f(
        "\n\nlove from\n[[n]] xxx\n",
        n=(break_word(rng, first) if rng.random() < 0.5 else f"{first} {last[0]}", "PERSON"),
    )
    if rng.random() < 0.4:
        d.f("\n[envelope] [[a]]\n", a=(f"{num} {st.lower()}\n{town}\n{pc.lower()}", "STREET_ADDRESS"))
    return d


def t_prison(rng):
    first, last, female, _ = person(rng, female=False)
    to_first, _, _, _ = person(rng, female=True)
    kid, _, kid_fem, _ = person(rng)
    kid_age = rng.randint(2, 15)
    pnum = letters(rng, 1, "A") + digits(rng, 4) + letters(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ")
    d = Doc()
    d.f(
        "[[h]]\n\n[[pr]]\n[[pn]] [[nm]]\n[[dt]]\n\n",
        h=pick(rng, HEADERS),
        pr=pick(rng, PRISONS),
        pn=(pnum, "NATIONAL_ID"),
        nm=(f"{first[0]}. {last}".upper() if rng.random() < 0.5 else f"{first} {last}", "PERSON"),
        dt=rand_date(rng, 2023, 2025).strftime(pick(rng, ["%d/%m/%y", "%d.%m.%Y", "%A %d %B"])),
    )
    d.f(
        "Dear [[to]],\n\nHope your ok and [[k]] is being good for you. Tell [[k2]] daddy misses him and he will be [[ka]] "
        "before I know it. ",
        to=(to_first, "PERSON"),
        k=(kid, "PERSON"),
        k2=(kid.lower(), "PERSON"),
        ka=(str(kid_age + 1), "MINOR_AGE"),
    )
    d.f(
        "You know I [[off]] and I aint proud of it but the [illegible] in here is doing my head in. ",
        off=(pick(rng, OFFENCES), "CRIMINAL_HISTORY"),
    )
    if rng.random() < 0.5:
        d.f(
            "My solicitor [[s]] says I could be out on tag by [[m]]. ",
            s=F("Mr [[s]]", s=(person(rng)[1], "PERSON")),
            m=pick(rng, ["march", "the summer", "xmas"]),
        )
    if rng.random() < 0.5:
        d.f("Put money on my account, my number is [[pn]] dont forget the letters. ", pn=(pnum, "NATIONAL_ID"))
    if rng.random() < 0.4:
        d.f(
            "They put me back on [[m]] for my [[c]] so im sleeping better. ",
            m=(pick(rng, ["sertraline", "mirtazapine", "methadone"]), "MEDICAL_CONDITION"),
            c=(pick(rng, ["depression", "nerves", "back"]) if rng.random() < 0.6 else "PTSD", "MEDICAL_CONDITION"),
        )
    if rng.random() < 0.5:
        num = phone(rng, "GB", "mobile", "compact")
        d.f(
            "Ring my cousin [[c]] on [[p]] hes sorting the VO. ",
            c=(person(rng)[0], "PERSON"),
            p=(phone_words(num), "PHONE_NUMBER") if rng.random() < 0.4 else (num, "PHONE_NUMBER"),
        )
    if rng.random() < 0.3:
        d.f(
            "They want my NI number for the job in the kitchens its [[ni]] can you check. ",
            ni=(gb_nino(rng), "NATIONAL_ID"),
        )
    d.f("\n\nAll my love\n[[sig]] [crossed out: xx] xxx\n", sig=(case(rng, first), "PERSON"))
    return d


def t_note(rng):
    a, _, _, _ = person(rng)
    b, b_last, b_fem, _ = person(rng)
    d = Doc()
    d.f("[note passed in class, found by [[role]]]\n\n", role=pick(rng, ["teacher", "TA", "head of year"]))
    v = rng.randrange(3)
    if v == 0:
        d.f(
            "[[a]] - [[b]] said [[pr]] fancys you!!! do you like [[pr2]] yes / no / maybe [tick box: yes, crossed out]\n",
            a=(case(rng, a), "PERSON"),
            b=(case(rng, b), "PERSON"),
            pr="she" if b_fem else "he",
            pr2="her" if b_fem else "him",
        )
    elif v == 1:
        num = phone(rng, "GB", "mobile", "compact")
        d.f(
            "meet by the [illegible] at 3.15. [[b]] [[bl]] gave me [[pr]] number its [[p]] dont give it to [[a]]\n",
            b=(case(rng, b), "PERSON"),
            bl=(b_last.upper(), "PERSON"),
            pr="her" if b_fem else "his",
            p=(num, "PHONE_NUMBER"),
            a=(case(rng, a), "PERSON"),
        )
    else:
        d.f(
            "[[b]]s older boyfriend is [[age]] and he picks her up in a [[car]] [[plate]]. shes only [[ma]]. i think we should tell someone\n",
            b=(case(rng, b), "PERSON"),
            age=(str(rng.randint(19, 27)), "AGE"),
            car=pick(rng, ["white corsa", "black golf", "red fiesta"]),
            plate=(f"{letters(rng, 2)}{rng.randint(10, 73)} {letters(rng, 3)}", "VEHICLE_PLATE"),
            ma=(str(rng.randint(13, 15)), "MINOR_AGE"),
        )
    d.f("\n- [[s]]\n", s=(case(rng, a)[:1].upper() if rng.random() < 0.3 else case(rng, a), "PERSON"))
    return d


def t_postcard(rng):
    first, last, female, _ = person(rng)
    place = pick(rng, HOLIDAY)
    num, st, twn, pc = uk_address(rng)
    d = Doc()
    d.f("[postcard, picture side: '[[pl]] seafront at sunset']\n\n", pl=(place, "LOCATION"))
    d.f(
        "Dear [[to]],\nWeather [[w]]. [[kid]] went in the sea even tho it was freezing! Staying at a B&B in [[pl]], "
        "back on [[day]]. [illegible] says hi.\nLove [[s]] xx\n\n",
        to=pick(rng, ["Nan & Grandad", "Auntie Pat", "all at no. 12", "Mam"]),
        w=pick(rng, ["lovely", "wet as usual", "mixed"]),
        kid=(person(rng)[0], "PERSON"),
        pl=(place, "LOCATION"),
        day=pick(rng, ["Sat", "Tuesday", "the 14th"]),
        s=(first, "PERSON")
        if rng.random() < 0.6
        else F("[[x]] & [[y]]", x=(first, "PERSON"), y=(person(rng)[0], "PERSON")),
    )
    d.f(
        "[address side]\n[[h]] [[n]]\n[[a]]\n",
        h=pick(rng, ["Mr & Mrs", "Mrs", "Mr", "Miss"]),
        n=(f"{person(rng)[0][0]}. {last}", "PERSON"),
        a=(f"{num} {st}\n{twn}\n{pc}", "STREET_ADDRESS"),
    )
    return d


def t_diary(rng):
    first, last, female, _ = person(rng)
    age = rng.randint(9, 16)
    friend = person(rng)[0]
    doc_last = person(rng)[1]
    d = Doc()
    when = rand_date(rng, 2022, 2025)
    d.f(
        "[diary page, [[hw]] hand]\n\n[[dt]]\n",
        hw=pick(rng, ["pencil", "biro", "felt-tip"]),
        dt=when.strftime(pick(rng, ["%A %d %B", "%d/%m", "%a %d.%m.%y"])),
    )
    cond, med = pick(rng, COND_MEDS)
    d.f(
        "Today was [illegible]. Mum took me to Dr [[doc]] about my [[c]] again and she said I need a new [[m]]. ",
        doc=(doc_last, "PERSON"),
        c=(cond, "MEDICAL_CONDITION"),
        m=(med, "MEDICAL_CONDITION"),
    )
    d.f(
        "[[fr]] came round after. We are doing a project on the Tudors. I [crossed out: hate] dont like being [[a]], "
        "everyone treats me like a baby. ",
        fr=(case(rng, friend), "PERSON"),
        a=(NUMWORDS[age] if age < len(NUMWORDS) else str(age), "MINOR_AGE"),
    )
    if rng.random() < 0.5:
        d.f(
            "Someone called [[u]] keeps adding me on [[app]] and asking for pics. I blocked them. ",
            u=(f"{friend.lower()}{digits(rng, 3)}x", "USERNAME"),
            app=pick(rng, ["snap", "insta", "tiktok"]),
        )
    if rng.random() < 0.3:
        d.f("Dad says we might move to [[t]] in the summer.", t=(pick(rng, UK_PLACES)[0], "LOCATION"))
    d.f("\n[signed on inside cover: [[s]]]\n", s=(f"{first} {last}" if rng.random() < 0.5 else first.lower(), "PERSON"))
    return d


def t_envelope(rng):
    first, last, _, _ = person(rng)
    s_first, s_last, _, _ = person(rng)
    num, st, twn, pc = uk_address(rng)
    n2, st2, twn2, pc2 = uk_address(rng)
    d = Doc()
    d.f(
        "[front of envelope]\n[[n]]\n[[a]]\n[stamp, postmark [[pm]]]\n[reverse] From: [[s]], [[r]]\n",
        n=(case(rng, f"{first} {last}"), "PERSON"),
        a=(f"{num} {case(rng, st)}\n{twn.upper()}\n{pc}", "STREET_ADDRESS"),
        pm=pick(rng, ["illegible", "Royal Mail 14.03", "Mount Pleasant"]),
        s=(f"{s_first[0]}. {s_last}", "PERSON"),
        r=(f"{n2} {st2}, {twn2} {pc2}", "STREET_ADDRESS"),
    )
    return d


def t_scrawl(rng):
    """A very short, almost PII-free fragment."""
    d = Doc()
    v = rng.randrange(3)
    if v == 0:
        d.add(
            pick(
                rng,
                [
                    "[sticky note] back at 4, feed the cat, dont forget PE kit!!",
                    "[scrap of paper] shopping - milk, bread, [illegible], 2 x tins",
                    "[margin doodle] i ♥ maths (not)",
                ],
            )
            + "\n"
        )
    elif v == 1:
        d.f(
            "[back of worksheet] [[n]] woz ere [[y]]\n",
            n=(case(rng, person(rng)[0]), "PERSON"),
            y=str(rng.randint(2019, 2025)),
        )
    else:
        pw = pick(rng, ["sunflower", "arsenal", "ilovemybabies"]) + digits(rng, rng.randint(2, 4))
        d.f(
            "[inside cover of phone case] wifi [[pw]]  pin [[pin]]\n",
            pw=(pw, "CREDENTIAL"),
            pin=(digits(rng, 4), "CREDENTIAL"),
        )
    return d


def t_elder(rng):
    first, last, female, _ = person(rng)
    grand = person(rng, female=True)[0]
    num, st, twn, pc = uk_address(rng)
    tel = phone(rng, "GB", "fixed", "national")
    d = Doc()
    d.f(
        "[letter in copperplate, blue ink; transcribed by staff]\n\n[[a]]\nTel. [[t]]\n\nDear Sir or Madam,\n\n",
        a=(f"{num} {st},\n{twn}.\n{pc}", "STREET_ADDRESS"),
        t=(tel, "PHONE_NUMBER"),
    )
    d.f(
        "I write about my grand-daughter [[g]], who is [[ga]] years of age and has been staying with me since [[m]]. "
        "Her mother's new husband, a Mr [[h]], has been sending her messages on the telephone which I do not think proper. ",
        g=(grand, "PERSON"),
        ga=(pick(rng, NUMWORDS[12:16]), "MINOR_AGE"),
        m=pick(rng, ["Easter", "the autumn", "June last"]),
        h=(person(rng)[1], "PERSON"),
    )
    d.f(
        "I am [[age]] and my eyesight is not what it was owing to [[c]], so forgive the hand. ",
        age=(pick(rng, ["seventy-eight", "82", "eighty-six", "79"]), "AGE"),
        c=(pick(rng, ["glaucoma", "cataracts", "macular degeneration"]), "MEDICAL_CONDITION"),
    )
    d.f(
        "\n\nYours faithfully,\n[[s]]\n([[ti]] [[full]])\n",
        s=(f"{first[0]}. {last}" if rng.random() < 0.5 else last, "PERSON"),
        ti="Mrs" if female else "Mr",
        full=(f"{first} {last}", "PERSON"),
    )
    return d


TEMPLATES = [t_child, t_prison, t_note, t_postcard, t_diary, t_envelope, t_scrawl, t_elder]


def generate(seed):
    out = []
    for i in range(80):
        rng = random.Random(f"{seed}|{REGISTER}|{i}")
        doc = TEMPLATES[i % len(TEMPLATES)](rng)
        out.append(doc.record(f"v17-{REGISTER}-{i}", REGISTER))
    return out
