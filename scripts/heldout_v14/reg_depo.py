"""Register 2: deposition_qa - deposition and police interview transcripts, witness statements."""

from __future__ import annotations

import random

import common as C
import ids
import locales as L
import words as W
from builder import Builder, Slot

Line = tuple[str, dict[str, Slot]]
US_TOWNS = ("Dayton", "Fresno", "Tulsa", "Albany", "Spokane", "Macon", "Erie", "Toledo", "Reno")


def _numbered(rng: random.Random, b: Builder, lines: list[Line], per_page: int = 25) -> None:
    page = rng.randint(4, 140)
    for i, (tpl, slots) in enumerate(lines):
        if i % per_page == 0:
            b.line(f"{'':>60}Page {page}")
            page += 1
        b.text(f"{i % per_page + 1:>2}   ")
        b.line(tpl, **slots)


def _us_address(rng: random.Random) -> tuple[str, str]:
    return L.address(rng, L.LOCALES[2])


def t_us_depo(rng: random.Random, b: Builder) -> None:
    name, given, sur = C.person(rng)
    atty1, atty2 = C.person(rng)[2], C.person(rng)[2]
    dob = C.dob_tuple(rng, 1962, 2000)
    addr, _ = _us_address(rng)
    child = C.person(rng)[1]
    state, dl = ids.us_driver_license(rng)
    lines: list[Line] = [
        ("BY MS. [[a]]:", {"a": ("PERSON", atty1.upper())}),
        ("Q.   Would you state your full name for the record?", {}),
        ("A.   [[n]].", {"n": ("PERSON", name)}),
        ("Q.   And your date of birth?", {}),
        ("A.   [[d]].", {"d": ("DATE_OF_BIRTH", C.fmt_date(rng, dob, rng.choice(("mdy_long", "mdy_slash"))))}),
        ("Q.   Where do you currently reside?", {}),
        ("A.   [[ad]].", {"ad": ("STREET_ADDRESS", addr)}),
        ("Q.   How old are you today?", {}),
        ("A.   I'm [[age]].", {"age": ("AGE", str(C.age_at(dob)))}),
        (
            "Q.   You brought a driver's license with you. Is the number [[dl]], issued by [[st]]?",
            {"dl": ("US_DRIVER_LICENSE", dl), "st": state},
        ),
        ("A.   Yes.", {}),
        ("Q.   How old was [[c]] in the summer we are talking about?", {"c": ("PERSON", child)}),
        ("A.   She had just turned [[m]].", {"m": ("MINOR_AGE", str(rng.randint(9, 15)))}),
        ("Q.   And how did the defendant first contact her?", {}),
        ("A.   Through a game. His name on there was [[u]].", {"u": ("USERNAME", C.username(rng))}),
        ("MR. [[b]]:  Objection. Foundation.", {"b": ("PERSON", atty2.upper())}),
        ("THE WITNESS:  I saw the messages myself.", {}),
        ("Q.   What number did he text her from?", {}),
        ("A.   [[p]]. I wrote it down.", {"p": ("PHONE_NUMBER", ids.phone(rng, "US"))}),
        (
            "Q.   Did you know at that time that he had been [[cr]]?",
            {"cr": ("CRIMINAL_HISTORY", rng.choice(W.CRIMINAL_EN))},
        ),
        ("A.   No. Nobody told us.", {}),
        ("Q.   Is your daughter being treated for anything as a result?", {}),
        (
            "A.   She was diagnosed with [[mc]] in March.",
            {"mc": ("MEDICAL_CONDITION", rng.choice(("PTSD", "an anxiety disorder", "depression", "insomnia")))},
        ),
        ("Q.   Let's go back to the car. Do you remember the plate?", {}),
        ("A.   [[pl]], a California plate.", {"pl": ("VEHICLE_PLATE", ids.plate(rng, "US"))}),
        ("Q.   Thank you. Nothing further at this time.", {}),
        ("MR. [[b]]:  I have a few questions.", {"b": ("PERSON", atty2.upper())}),
        ("EXAMINATION", {}),
        ("BY MR. [[b]]:", {"b": ("PERSON", atty2.upper())}),
        ("Q.   [[s]], you work as a [[o]], correct?", {"s": ("PERSON", given), "o": rng.choice(W.OCCUPATIONS)}),
        ("A.   That's right.", {}),
    ]
    _numbered(rng, b, lines)


def t_mg11(rng: random.Random, b: Builder) -> None:
    loc = L.LOCALES[0]
    name, given, sur = C.person(rng)
    adult = rng.random() < 0.6
    dob = C.dob_tuple(rng, 1960, 2001) if adult else C.dob_tuple(rng, 2009, 2013)
    addr, town = L.address(rng, loc)
    b.line("WITNESS STATEMENT")
    b.line("(Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9)")
    b.line(f"URN: {rng.randint(10, 99)}/{ids.letters(rng, 2)}/{rng.randint(10000, 99999)}/26")
    b.line("Statement of: [[n]]", n=("PERSON", name.upper() if rng.random() < 0.5 else name))
    if adult:
        b.line("Age if under 18: Over 18        Occupation: [[o]]", o=rng.choice(W.OCCUPATIONS))
    else:
        b.line("Age if under 18: [[a]]        Occupation: school pupil", a=("MINOR_AGE", str(C.age_at(dob))))
    b.line("Home address: [[ad]]", ad=("STREET_ADDRESS", addr))
    b.line(
        "Date of birth: [[d]]    Tel: [[p]]",
        d=("DATE_OF_BIRTH", C.fmt_date(rng, dob, "dmy_slash")),
        p=("PHONE_NUMBER", ids.phone(rng, "GB")),
    )
    b.line("This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief.")
    b.line()
    suspect = C.person(rng)
    b.line(
        "On the evening in question I was walking home through [[t]] when I saw a man I now know to be "
        "[[s]] sitting in a grey hatchback, registration [[pl]], outside the rec ground. He was calling "
        "to two girls who looked about [[m]].",
        t=("LOCATION", town),
        s=("PERSON", suspect[0]),
        pl=("VEHICLE_PLATE", ids.plate(rng, "GB")),
        m=("MINOR_AGE", str(rng.randint(11, 14))),
    )
    b.line(
        "I know [[sf]] because he used to drink in the same pub. Everyone knew he had been [[cr]].",
        sf=("PERSON", suspect[1]),
        cr=("CRIMINAL_HISTORY", rng.choice(W.CRIMINAL_EN)),
    )
    b.line(
        "I took a photo and sent it to PC [[pc]] at [[e]] the next morning.",
        pc=("PERSON", C.person(rng)[2]),
        e=("EMAIL_ADDRESS", C.email(rng, C.person(rng)[1], "police")),
    )
    b.line("Signed: ............  Witnessed by: DC [[w]]", w=("PERSON", C.person(rng)[0]))


def t_interview(rng: random.Random, b: Builder) -> None:
    interp_lang, culture_id = rng.choice(
        (("Polish", ids.pl_pesel), ("Romanian", ids.ro_cnp), ("Portuguese", ids.br_cpf), ("Swedish", ids.se_pnr))
    )
    dc, ds, interp, sol = (C.person(rng) for _ in range(4))
    suspect = C.person(rng)
    b.line("RECORD OF TAPED INTERVIEW (ROTI) - summary transcript")
    b.line(f"Tape ref: {ids.letters(rng, 2)}/{rng.randint(1000, 9999)}/T{rng.randint(1, 4)}")
    b.line(
        "Persons present: DC [[a]] (interviewer), DS [[b]], [[c]] ([[lang]] interpreter), [[d]] (solicitor)",
        a=("PERSON", dc[0]),
        b=("PERSON", ds[0]),
        c=("PERSON", interp[0]),
        lang=interp_lang,
        d=("PERSON", sol[0]),
    )
    b.line(
        "Interviewee: [[s]], identity document no. [[id]]",
        s=("PERSON", suspect[0]),
        id=("NATIONAL_ID", culture_id(rng)),
    )
    b.line()
    qa: list[Line] = [
        ("Q: Can you confirm your address for the tape?", {}),
        ("A: [[ad]].", {"ad": ("STREET_ADDRESS", L.address(rng, L.LOCALES[0])[0])}),
        (
            "[Interpreter's note: the interviewee first gave the old address in [[t]], then corrected himself.]",
            {"t": ("LOCATION", rng.choice(("Gdańsk", "Cluj-Napoca", "Porto", "Malmö", "Łódź", "Iași")))},
        ),
        ("Q: Is [[p]] your phone number?", {"p": ("PHONE_NUMBER", ids.phone(rng, "GB"))}),
        ("A: Yes, but my cousin used it too.", {}),
        ("Q: Who is [[u]] on Snapchat?", {"u": ("USERNAME", C.username(rng))}),
        ("A: No comment.", {}),
        (
            "Q: The account logged in from [[ip]], which is your home broadband. Explain that.",
            {"ip": ("IP_ADDRESS", ids.ipv4(rng))},
        ),
        (
            "A: Many people use the wifi. The password is [[pw]], it is on the fridge.",
            {"pw": ("CREDENTIAL", ids.password(rng))},
        ),
        ("Q: You were [[cr]] in 2019, weren't you?", {"cr": ("CRIMINAL_HISTORY", rng.choice(W.CRIMINAL_EN))}),
        (
            "A: That was a different thing. I [[vp]], that's all.",
            {"vp": ("CRIMINAL_HISTORY", rng.choice(W.CRIMINAL_VP))},
        ),
        ("[Interpreter's note: the word used means 'a misunderstanding', not 'a mistake'.]", {}),
        ("Q: How old did you think the girl was?", {}),
        (
            "A: She told me eighteen. [Interviewer shows message] ... it says she is [[m]].",
            {"m": ("MINOR_AGE", str(rng.randint(12, 15)))},
        ),
        ("DC [[ln]]: Interview suspended at 14:52 for a consultation.", {"ln": ("PERSON", dc[2].upper())}),
    ]
    for tpl, slots in qa:
        b.line(tpl, **slots)


def t_child(rng: random.Random, b: Builder) -> None:
    child = C.person(rng)
    age = rng.randint(8, 15)
    officer = C.person(rng)
    b.line("ACHIEVING BEST EVIDENCE - interview transcript extract (video recorded)")
    b.line("Interviewer: [[o]] (specialist child interviewer). Intermediary present.", o=("PERSON", officer[0]))
    b.line("Witness: [[c]], aged [[a]]", c=("PERSON", child[1]), a=("MINOR_AGE", str(age)))
    b.line()
    b.line("INTERVIEWER: Can you tell me how old you are?")
    b.line(
        "[[c]]: [[a]]. Nearly [[a2]].",
        c=("PERSON", child[1].upper()),
        a=("MINOR_AGE", str(age)),
        a2=("MINOR_AGE", str(age + 1)),
    )
    b.line("INTERVIEWER: And who do you live with?")
    b.line(
        "[[c]]: My mum and my nan, in [[t]].",
        c=("PERSON", child[1].upper()),
        t=("LOCATION", rng.choice(("Wigan", "Barnsley", "Newport", "Crawley", "Stockport", "Dundee"))),
    )
    b.line("INTERVIEWER: You told your teacher about someone online. What was he called?")
    b.line(
        "[[c]]: He said his name was [[n]] but his game name was [[u]].",
        c=("PERSON", child[1].upper()),
        n=("PERSON", C.person(rng)[1]),
        u=("USERNAME", C.username(rng)),
    )
    b.line("INTERVIEWER: What did he say about himself?")
    b.line(
        "[[c]]: That he was [[ag]] and lived near [[t2]]. He wanted me to add him on [[pf]].",
        c=("PERSON", child[1].upper()),
        ag=("MINOR_AGE", str(rng.randint(14, 16))),
        t2=("LOCATION", rng.choice(("Bolton", "Reading", "Derby", "Swansea"))),
        pf=rng.choice(W.PLATFORMS),
    )
    b.line("INTERVIEWER: Did he ever give you a phone number?")
    b.line(
        "[[c]]: Yeah, [[p]]. It's in my phone.",
        c=("PERSON", child[1].upper()),
        p=("PHONE_NUMBER", ids.phone(rng, "GB")),
    )
    b.line("INTERVIEWER: Thank you. You're doing really well.")
    b.line(
        "[Note: the officer in the case later established the account holder is [[r]], [[ra]] years old, who [[cr]].]",
        r=("PERSON", C.person(rng)[0]),
        ra=("AGE", str(rng.randint(24, 58))),
        cr=("CRIMINAL_HISTORY", rng.choice(W.CRIMINAL_VP)),
    )


def t_translated(rng: random.Random, b: Builder) -> None:
    culture = rng.choice(("es", "fr"))
    name, given, sur = C.person(rng, culture)
    dob = C.dob_tuple(rng, 1965, 2003)
    if culture == "es":
        idv, lang, town = ids.es_dni(rng), "Spanish", rng.choice(W.ES_TOWNS)
        addr = f"{rng.choice(W.ES_STREETS)} {rng.randint(1, 99)}, {rng.randint(1, 8)}º"
        phone = ids.phone(rng, "ES")
    else:
        idv, lang, town = ids.fr_nir(rng), "French", rng.choice(W.FR_TOWNS)
        addr = f"{rng.randint(1, 99)} {rng.choice(W.FR_STREETS)}"
        phone = ids.phone(rng, "FR")
    interp = C.person(rng)
    b.line(f"TRANSLATED WITNESS STATEMENT ({lang} to English)")
    b.line(
        "Witness: [[n]]   DOB: [[d]]   ID: [[id]]",
        n=("PERSON", name),
        d=("DATE_OF_BIRTH", C.fmt_date(rng, dob, "dmy_dot")),
        id=("NATIONAL_ID", idv),
    )
    b.line(
        "Address: [[a]], [[t]]   Tel.: [[p]]",
        a=("STREET_ADDRESS", addr),
        t=("LOCATION", town),
        p=("PHONE_NUMBER", phone),
    )
    b.line("Interpreter: [[i]], sworn; statement read back in [[l]].", i=("PERSON", interp[0]), l=lang)
    b.line()
    b.line("Q: How do you know the child?")
    b.line(
        "A: [[c]] is my neighbour's son, he is [[m]] years old. [Interpreter: the witness said 'el niño de "
        "al lado', the boy next door.]",
        c=("PERSON", C.person(rng, culture)[1]),
        m=("MINOR_AGE", str(rng.randint(5, 12))),
    )
    b.line("Q: What did you see on the 14th?")
    b.line(
        "A: The stepfather, [[s]], pushed him down the stairs. He is [[ag]] and always angry.",
        s=("PERSON", C.person(rng, culture)[0]),
        ag=("AGE", str(rng.randint(28, 50))),
    )
    b.line("Q: Did you know of any previous incidents?")
    b.line(
        "A: People said he had been [[cr]]. [Interpreter's note: the witness used a colloquial term; "
        "meaning confirmed with her.]",
        cr=("CRIMINAL_HISTORY", rng.choice(W.CRIMINAL_EN)),
    )


def t_family(rng: random.Random, b: Builder) -> None:
    wit = C.person(rng)
    child = C.person(rng)
    counsel = C.person(rng)
    lines: list[Line] = [
        ("MS. [[c]]:  Please tell the court your name.", {"c": ("PERSON", counsel[2].upper())}),
        ("THE WITNESS:  [[w]].", {"w": ("PERSON", wit[0])}),
        ("Q.   You are the maternal grandmother of [[ch]]?", {"ch": ("PERSON", child[0])}),
        (
            "A.   Yes. [[cf]] has lived with me since the age of [[m]].",
            {"cf": ("PERSON", child[1]), "m": ("MINOR_AGE", str(rng.randint(2, 9)))},
        ),
        ("Q.   And how old is [[cf]] now?", {"cf": ("PERSON", child[1])}),
        ("A.   [[m]].", {"m": ("MINOR_AGE", str(rng.randint(12, 17)))}),
        (
            "Q.   The report says the young person identifies as [[g]]. Is that right?",
            {"g": ("GENDER_IDENTITY", rng.choice(W.GENDER_EN))},
        ),
        ("A.   Yes, and I support that. Their father does not.", {}),
        ("Q.   Has the father said anything about it?", {}),
        (
            "A.   He said he won't have a [[so]] child in his house, and worse.",
            {"so": ("SEXUAL_ORIENTATION", rng.choice(("gay", "bisexual", "lesbian")))},
        ),
        ("Q.   Does the young person have any medical needs?", {}),
        (
            "A.   [[mc]]. They take [[med]] every morning.",
            {
                "mc": (
                    "MEDICAL_CONDITION",
                    rng.choice(("Type 1 diabetes", "Epilepsy", "Asthma", "ADHD", "Depression")),
                ),
                "med": ("MEDICAL_CONDITION", rng.choice(W.MEDICATION_EN)),
            },
        ),
        ("Q.   The family is [[eo]], is that correct?", {"eo": ("ETHNIC_ORIGIN", rng.choice(W.ETHNIC_EN))}),
        ("A.   On my side, yes.", {}),
        ("Q.   Where does the father live?", {}),
        ("A.   [[ad]]. He moved there last year.", {"ad": ("STREET_ADDRESS", L.address(rng, L.LOCALES[0])[0])}),
        ("THE COURT:  We'll take a short break.", {}),
    ]
    _numbered(rng, b, lines, per_page=rng.choice((12, 25)))


TEMPLATES = (t_us_depo, t_mg11, t_interview, t_child, t_translated, t_family)


def make(rng: random.Random, index: int) -> Builder:
    b = Builder()
    TEMPLATES[index % len(TEMPLATES)](rng, b)
    return b
