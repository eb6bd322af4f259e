"""Register 4: dictation -- speech-to-text output of dictated case notes."""

from kit import PW_WORDS
from people import child, handle, make_person, name, spoken_email
from places import STREETS, postcode, town_value
from sources import MEDICATIONS
from values import (
    MONTHS,
    V,
    card_value,
    fmt_date,
    ipv4,
    national_id,
    num_words,
    ordinal_words,
    plate_value,
    rdigits,
    spoken_digits,
    spoken_phone,
    us_dl_value,
    us_itin_value,
    us_passport_value,
    us_ssn_value,
    year_words,
)


FILLERS = ["um", "er", "erm", "uh", "you know", "like", "sort of", "right", "okay so", "basically", "so yeah", "hmm"]
MISHEARD = {
    "Siobhán": "shiv on",
    "Niamh": "neve",
    "Caoimhe": "keeva",
    "Aoife": "eefa",
    "Saoirse": "sear sha",
    "Oisín": "o sheen",
    "Seán": "shawn",
    "Pádraig": "paw drig",
    "Ruairí": "rory",
    "Eoin": "owen",
    "Dafydd": "davith",
    "Mhairi": "vari",
    "Eilidh": "ailey",
    "Ngozi": "n gozi",
    "Chiamaka": "chi a marker",
    "Wojciech": "voy check",
    "Małgorzata": "mal go jatta",
    "Jürgen": "yergen",
    "Søren": "soren",
    "Guðrún": "guthrun",
    "Krzysztof": "kshishtof",
    "Xiuying": "shoe ying",
    "Nguyễn": "win",
    "Zsófia": "sofia",
    "Ikechukwu": "ee kay chew coo",
    "Tadhg": "tige",
    "Siobhan": "shiv on",
    "Gethin": "geth in",
    "Rhiannon": "ree annon",
    "Cian": "key an",
    "Darragh": "dara",
    "Róisín": "ro sheen",
    "Oluwaseun": "olu a shaun",
    "Thanawat": "tana what",
    "Hrafnhildur": "raven hilda",
    "Ólafur": "olaf er",
    "Bogdan": "bog done",
    "Aoi": "ow ee",
    "Haruto": "ha roo toe",
    "Nokuthula": "no koo too la",
    "Xoán": "show an",
}
NATO = {
    c: w
    for c, w in zip(
        "abcdefghijklmnopqrstuvwxyz",
        "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey x-ray yankee zulu".split(),
    )
}
ABBR = {
    "rd": "road",
    "st": "street",
    "ave": "avenue",
    "dr": "drive",
    "ln": "lane",
    "blvd": "boulevard",
    "ct": "court",
    "pl": "place",
    "cres": "crescent",
    "cl": "close",
    "trl": "trail",
    "pkwy": "parkway",
}
CC_LIST = ["GB", "GB", "IE", "US", "US", "AU", "CA", "NZ"]
CULT = {
    "GB": ["en_gb", "en_gb", "gd_sco", "cy", "pa", "ur", "pl", "ro", "so", "yo", "bn", "rom", "lt"],
    "IE": ["ga_ie", "ga_ie", "ga_ie", "pl", "lt", "ig", "ro", "pt_br"],
    "US": ["en_us", "en_us", "es_mx", "ht", "vi", "so", "nv", "ko", "yi_us", "am"],
    "AU": ["en_gb", "el", "it", "vi", "sm", "to", "zh", "ar_lev"],
    "CA": ["fr_ca", "en_us", "pa", "tl", "zh", "uk"],
    "NZ": ["mi", "mi", "sm", "to", "en_gb", "fj", "zh"],
}
ETH_SPOKEN = [
    "white british",
    "white irish",
    "irish traveller",
    "black caribbean",
    "black african",
    "mixed race",
    "pakistani",
    "bangladeshi",
    "polish",
    "romanian",
    "somali",
    "eritrean",
    "roma",
    "gypsy traveller",
    "african american",
    "hispanic",
    "native american",
    "maori",
    "samoan",
    "aboriginal",
    "first nations",
    "vietnamese",
    "chinese",
    "nigerian",
]
CRIM_SPOKEN = [
    "got previous for assault",
    "on the sex offenders register",
    "done eighteen months for burglary",
    "got a caution for shoplifting",
    "been arrested for drugs a couple of times",
    "been convicted of drink driving",
    "on licence from prison",
    "got a conviction for harassment",
    "on bail for a stalking charge",
    "done time for robbery",
    "got a restraining order against him",
    "on probation for a domestic",
]
MED_PAIRS = [
    ("depression", "sertraline"),
    ("adhd", "methylphenidate"),
    ("epilepsy", "lamotrigine"),
    ("anxiety", "propranolol"),
    ("type one diabetes", "insulin"),
    ("bipolar", "lithium"),
    ("psychosis", "olanzapine"),
    ("asthma", "a salbutamol inhaler"),
    ("an opioid problem", "methadone"),
    ("postnatal depression", "citalopram"),
    ("schizophrenia", "quetiapine"),
]
MED_SPOKEN = [
    "asthma",
    "autism",
    "adhd",
    "epilepsy",
    "depression",
    "anxiety",
    "type one diabetes",
    "cerebral palsy",
    "an eating disorder",
    "ptsd",
    "bipolar",
    "a heart condition",
    "sickle cell",
    "learning disability",
    "postnatal depression",
    "an alcohol problem",
    "foetal alcohol syndrome",
    "hearing impairment",
]


def lv(v):
    return V(v.text.lower(), v.label, **v.meta)


class Speech:
    """Collects utterances; plain text is lower-cased, fillers sprinkled in."""

    def __init__(self, d):
        self.d = d
        self.first = True

    def say(self, *parts):
        d = self.d
        b = d.b
        if not self.first:
            b.add(d.pick([" ", " ", " ", ". ", ", ", " ", "\n"]))
        self.first = False
        if d.maybe(0.3):
            b.add(d.pick(FILLERS) + " ")
        for i, part in enumerate(parts):
            if isinstance(part, V):
                b.put(part)
            elif isinstance(part, list):
                for q in part:
                    b.put(q if isinstance(q, V) else str(q).lower())
            else:
                text = str(part).lower()
                if d.maybe(0.08) and text.endswith(" "):
                    text += d.pick(FILLERS) + " "
                b.add(text)


def age_said(rng, n):
    return V(num_words(n) if rng.random() < 0.7 else str(n), "MINOR_AGE" if n < 18 else "AGE")


def pn_said(rng, p, form=None):
    form = form or rng.choice(["full", "full", "given", "family", "misheard", "nick"])
    if form == "misheard":
        key = p.given if p.given in MISHEARD else (p.family if p.family in MISHEARD else None)
        if key:
            return V(MISHEARD[key], "PERSON")
        form = "full"
    return V(name(p, form).lower(), "PERSON")


def spelled(word):
    letters = [c for c in word.lower() if c.isalpha()]
    return V(" ".join(letters), "PERSON")


def dob_said(rng, dob, us=False):
    mode = rng.randint(0, 4)
    month = MONTHS["en"][dob.month - 1].lower()
    if mode == 0:
        text = f"the {ordinal_words(dob.day)} of {month} {year_words(rng, dob.year)}"
    elif mode == 1:
        text = (
            f"{month} {ordinal_words(dob.day)} {year_words(rng, dob.year)}"
            if us
            else f"{ordinal_words(dob.day)} {month} {year_words(rng, dob.year)}"
        )
    elif mode == 2:
        digits = f"{dob.month:02d}{dob.day:02d}{dob.year}" if us else f"{dob.day:02d}{dob.month:02d}{dob.year}"
        text = spoken_digits(rng, digits, zero="oh", doubles=False)
    elif mode == 3:
        text = fmt_date(rng, dob, "us" if us else "uk").lower()
    else:
        text = f"{dob.day} {month} {dob.year}"
    if text.startswith("the "):
        return "the ", V(text[4:], "DATE_OF_BIRTH")
    return "", V(text, "DATE_OF_BIRTH")


def street_said(rng, cc, n=None):
    st = rng.choice(STREETS[cc])[0].lower()
    n = n or rng.randint(1, 140)
    if cc == "US":
        n = rng.randint(100, 9800)
        num = " ".join(num_words(int(x)) for x in [str(n)[:-2], str(n)[-2:]]) if rng.random() < 0.5 else str(n)
    else:
        num = num_words(n) if rng.random() < 0.6 else str(n)
    words = st.split()
    words[-1] = ABBR.get(words[-1], words[-1])
    st = " ".join(words)
    return V(f"{num} {st}", "STREET_ADDRESS"), n


def plate_said(rng, cc):
    p = plate_value(rng, cc).text.lower()
    mode = rng.randint(0, 2)
    if mode == 0:
        return V(p, "VEHICLE_PLATE")
    chars = [c for c in p if c.isalnum()]
    if mode == 1:
        return V(" ".join(NATO[c] if c.isalpha() else num_words(int(c)) for c in chars), "VEHICLE_PLATE")
    return V(" ".join(c if c.isalpha() else num_words(int(c)) for c in chars), "VEHICLE_PLATE")


def handle_said(rng, p):
    h = handle(rng, p).lower()
    out = []
    for part in h.replace("_", " underscore ").replace(".", " dot ").split():
        if part.isdigit():
            out.append(num_words(int(part)) if int(part) < 100 and rng.random() < 0.6 else part)
        else:
            out.append(part)
    return V(" ".join(out), "USERNAME")


def region_phone(d, cc):
    return spoken_phone(d.rng, {"NZ": "NZ"}.get(cc, cc), d.pick(["mobile", "mobile", "fixed"]))


def _people(d, cc):
    rng = d.rng
    parent = make_person(rng, d.ref, age=rng.randint(22, 52), cultures=CULT[cc], sex="f")
    kid = child(rng, d.ref, rng.randint(2, 16), parent=parent)
    partner = make_person(rng, d.ref, age=rng.randint(22, 60), cultures=CULT[cc], sex="m")
    return parent, kid, partner


def home_visit(d):
    rng = d.rng
    cc = d.pick(CC_LIST)
    s = Speech(d)
    parent, kid, partner = _people(d, cc)
    k_age = kid.age(d.ref)
    town = lv(town_value(rng, cc)[0])
    st, _ = street_said(rng, cc)
    s.say(
        d.pick(["right this is", "okay dictation for", "note for"]),
        " the home visit ",
        d.pick(["today", "this morning", "yesterday afternoon"]),
        " case ",
        d.pick(["ref", "number", ""]),
        " ",
        spoken_digits(rng, rdigits(rng, 6)),
    )
    s.say(
        "visited ",
        pn_said(rng, parent, "full"),
        " and the child ",
        pn_said(rng, kid, "given"),
        " at ",
        st,
        " in ",
        town,
    )
    if d.maybe(0.5):
        st2, _ = street_said(rng, cc)
        s.say(
            "no sorry the address is ",
            st2,
            " ",
            d.pick(["they moved in march", "that's the new flat", "the old one was wrong on the system"]),
        )
    if d.maybe(0.5):
        wrong = k_age - 1 if k_age >= 16 else k_age + 1
        s.say(
            pn_said(rng, kid, "given"),
            " is ",
            age_said(rng, wrong),
            " no sorry ",
            age_said(rng, k_age),
            " date of birth is ",
            *dob_said(rng, kid.dob, cc == "US"),
        )
    else:
        s.say(
            pn_said(rng, kid, "given"),
            " is ",
            age_said(rng, k_age),
            " date of birth ",
            *dob_said(rng, kid.dob, cc == "US"),
        )
    if d.maybe(0.6):
        s.say("surname is ", V(kid.family.lower(), "PERSON"), " that's ", spelled(kid.family))
    s.say(
        "mum's partner ",
        pn_said(rng, partner),
        " was there ",
        d.pick(["he", "they"]),
        " is ",
        age_said(rng, partner.age(d.ref)),
        " and ",
        d.pick(["he's", "apparently he's"]),
        " ",
        V(d.pick(CRIM_SPOKEN), "CRIMINAL_HISTORY"),
    )
    if d.maybe(0.6):
        cond, drug = d.pick(MED_PAIRS)
        s.say("mum told me she's on ", V(drug, "MEDICAL_CONDITION"), " for ", V(cond, "MEDICAL_CONDITION"))
    if d.maybe(0.5):
        s.say(
            "the family are ",
            V(d.pick(ETH_SPOKEN), "ETHNIC_ORIGIN"),
            " and ",
            d.pick(["english is an additional language", "there's no interpreter need", "we used an interpreter"]),
        )
    s.say("mum's mobile is ", region_phone(d, cc))
    if d.maybe(0.5):
        s.say("sorry i'll repeat that ", region_phone(d, cc))
    if d.maybe(0.4):
        s.say(
            "he drives a ",
            d.pick(["black audi", "white van", "blue corsa", "silver astra"]),
            " reg ",
            plate_said(rng, cc),
        )
    s.say(
        d.pick(
            [
                "end of note",
                "that's it for now",
                "next steps strategy discussion",
                "full stop new paragraph plan is to review in four weeks",
            ]
        )
    )


def call_summary(d):
    rng = d.rng
    cc = d.pick(CC_LIST)
    s = Speech(d)
    caller = make_person(rng, d.ref, age=rng.randint(20, 75), cultures=CULT[cc])
    victim = make_person(rng, d.ref, age=rng.randint(6, 16), cultures=CULT[cc])
    s.say(
        d.pick(["call summary", "okay call note", "this is the summary for the call at"]),
        " ",
        d.pick(["two fifteen", "ten forty", "nine o'clock", "half six"]),
    )
    s.say(
        "caller is a ",
        d.pick(["neighbour", "teacher", "aunt", "family friend", "youth worker", "football coach"]),
        " called ",
        pn_said(rng, caller),
        " ",
        caller.he(),
        " gave ",
        caller.his(),
        " number as ",
        region_phone(d, cc),
    )
    kid_word = d.pick(["girl" if victim.sex == "f" else "boy", "young person"])
    s.say(
        caller.he(),
        "'s worried about a ",
        kid_word,
        " called ",
        pn_said(rng, victim, d.pick(["given", "misheard", "full"])),
        " about ",
        age_said(rng, victim.age(d.ref)),
        " ",
        d.pick(["maybe", "or", "no"]),
        " ",
        age_said(rng, victim.age(d.ref) + d.pick([-1, 1])),
    )
    st, _ = street_said(rng, cc)
    town, region = town_value(rng, cc)
    s.say(
        "lives at ",
        st,
        " ",
        d.pick(["", "i think"]),
        " in ",
        lv(town),
        " zip " if cc == "US" else " postcode ",
        " ".join(postcode(rng, cc, region).lower().replace(" ", "")),
    )
    if d.maybe(0.6):
        man = make_person(rng, d.ref, age=rng.randint(25, 60), cultures=CULT[cc], sex="m")
        s.say(
            "there's a man ",
            pn_said(rng, man, d.pick(["given", "full", "family"])),
            " who's ",
            age_said(rng, man.age(d.ref)),
            " ",
            d.pick(["ish", "or so", ""]),
            " and ",
            caller.he(),
            " thinks he's ",
            V(d.pick(CRIM_SPOKEN), "CRIMINAL_HISTORY"),
        )
        if d.maybe(0.5):
            s.say("he messages the child on snapchat his username is ", handle_said(rng, man))
    if d.maybe(0.5):
        s.say(
            "the child ",
            d.pick(["has", "was diagnosed with"]),
            " ",
            V(d.pick(MED_SPOKEN), "MEDICAL_CONDITION"),
            " and isn't going to school",
        )
    if d.maybe(0.4):
        s.say(
            "caller says the child told ",
            "her " if caller.sex == "f" else "him ",
            victim.he(),
            "'s ",
            V(
                d.pick(["gay", "bisexual", "lesbian" if victim.sex == "f" else "gay", "bi", "pansexual"]),
                "SEXUAL_ORIENTATION",
            ),
            " and is scared to tell ",
            d.pick(["dad", "mum", "the family"]),
        )
    if d.maybe(0.4):
        s.say(
            "child is ",
            V(d.pick(["trans", "non binary", "transgender", "a trans boy", "a trans girl"]), "GENDER_IDENTITY"),
            " and uses ",
            d.pick(["they them", "he him", "she her"]),
        )
    if d.maybe(0.5):
        s.say("caller's email is ", spoken_email(rng, caller))
    s.say(
        d.pick(["advised caller", "referred to", "passed to"]),
        " ",
        d.pick(["the local authority", "duty team", "police"]),
        " ",
        d.pick(["end", "", "thank you"]),
    )


def voicemail(d):
    rng = d.rng
    cc = d.pick(CC_LIST)
    s = Speech(d)
    p = make_person(rng, d.ref, age=rng.randint(20, 70), cultures=CULT[cc])
    s.say(
        d.pick(["hi", "hello", "hiya", "oh hi"]),
        " ",
        d.pick(["it's", "this is", "my name is"]),
        " ",
        pn_said(rng, p, d.pick(["full", "given", "misheard"])),
    )
    if d.maybe(0.5):
        s.say("that's ", spelled(p.given), " ", spelled(p.family) if d.maybe(0.5) else "")
    s.say("i'm calling about my ", d.pick(["daughter", "son", "niece", "grandson", "foster child"]))
    k = make_person(rng, d.ref, age=rng.randint(8, 16), cultures=CULT[cc])
    s.say(pn_said(rng, k, "given"), " who's ", age_said(rng, k.age(d.ref)))
    s.say(
        "someone's been ",
        d.pick(["sending her messages", "asking him for pictures", "threatening to share photos"]),
        " online",
    )
    if d.maybe(0.6):
        s.say("the account is ", handle_said(rng, None))
    s.say("you can call me back on ", region_phone(d, cc))
    if d.maybe(0.5):
        s.say("or my work number ", region_phone(d, cc))
    if d.maybe(0.4):
        s.say("i'm at ", street_said(rng, cc)[0], " if you need to send anything")
    if d.maybe(0.3):
        pw = PW_WORDS[rng.randint(0, len(PW_WORDS) - 1)].lower() + " " + num_words(rng.randint(10, 99))
        s.say("i got into her account the password was ", V(pw, "CREDENTIAL"), " so i've changed it")
    if d.maybe(0.2):
        s.say(
            "and i wanted to make a donation as well my card number is ",
            card_value(rng, style=d.pick(["space", "plain"]))[1],
        )
    s.say(d.pick(["thanks bye", "okay thank you", "please ring me back", "sorry bye"]))


def strategy(d):
    rng = d.rng
    cc = d.pick(CC_LIST)
    s = Speech(d)
    suspect = make_person(rng, d.ref, age=rng.randint(20, 60), cultures=CULT[cc], sex="m")
    kid = make_person(rng, d.ref, age=rng.randint(9, 16), cultures=CULT[cc])
    s.say(
        "strategy discussion notes",
        " present ",
        d.pick(["police", "health", "school"]),
        " and ",
        d.pick(["social care", "the duty manager"]),
    )
    s.say(
        "subject is ",
        pn_said(rng, suspect, d.pick(["full", "family"])),
        " date of birth ",
        *dob_said(rng, suspect.dob, cc == "US"),
    )
    if cc == "US":
        if d.maybe(0.35):
            s.say("he doesn't have a social he files with an itin ", us_itin_value(rng))
        else:
            s.say("social security number ", V(us_ssn_value(rng).text, "US_SSN"))
        if d.maybe(0.5):
            st, dl = us_dl_value(rng, family=suspect.family)
            state = {
                "CA": "california",
                "NY": "new york",
                "FL": "florida",
                "TX": "texas",
                "IL": "illinois",
                "WA": "washington",
                "PA": "pennsylvania",
                "MI": "michigan",
                "OH": "ohio",
                "NJ": "new jersey",
                "GA": "georgia",
                "MA": "massachusetts",
                "AZ": "arizona",
                "CO": "colorado",
            }[st]
            s.say("driver's license is ", lv(dl), " out of ", state)
        else:
            s.say("he's got a us passport number ", us_passport_value(rng))
    elif cc == "GB" and d.maybe(0.6):
        nhs = national_id(rng, "gb_nhs", suspect)
        s.say(
            "his nhs number is ",
            V(
                spoken_digits(rng, nhs.text.replace(" ", ""), zero="zero", doubles=False) if d.maybe(0.5) else nhs.text,
                "NATIONAL_ID",
                kind="gb_nhs",
                module="gb.nhs",
                spoken=True,
            ),
        )
    elif cc == "IE":
        s.say("pps number ", lv(national_id(rng, "ie_pps", suspect)))
    s.say("police confirm he's ", V(d.pick(CRIM_SPOKEN), "CRIMINAL_HISTORY"))
    if d.maybe(0.6):
        s.say(
            "vehicle is a ", d.pick(["grey transit", "red fiesta", "black bmw"]), " registration ", plate_said(rng, cc)
        )
    if d.maybe(0.5):
        s.say("the ip address on the referral was ", ipv4(rng), " which comes back to his address")
    s.say(
        "the child ",
        pn_said(rng, kid, "given"),
        " is ",
        age_said(rng, kid.age(d.ref)),
        " and ",
        d.pick(["attends", "is on roll at"]),
        " the local ",
        d.pick(["secondary which takes kids aged eleven to sixteen", "secondary", "academy", "middle school"]),
    )
    if d.maybe(0.5):
        s.say(kid.he(), " has ", V(d.pick(MED_SPOKEN), "MEDICAL_CONDITION"), " and an ehcp")
    if d.maybe(0.4):
        s.say(
            "he's also known to use the name ",
            pn_said(rng, make_person(rng, d.ref, culture=suspect.culture, sex="m"), "full"),
        )
    s.say(
        "actions police to ",
        d.pick(["visit", "seize devices", "do a section forty seven"]),
        " ",
        d.pick(["today", "by friday", "asap"]),
    )


def health(d):
    rng = d.rng
    cc = d.pick(CC_LIST)
    s = Speech(d)
    mum, kid, _ = _people(d, cc)
    sib = child(rng, d.ref, rng.randint(1, 15), parent=mum)
    s.say(d.pick(["school nurse", "health visitor", "gp liaison"]), " note ", d.pick(["for the file", "dictated", ""]))
    s.say("seen ", pn_said(rng, kid, "full"), " dob ", *dob_said(rng, kid.dob, cc == "US"))
    s.say("and sibling ", pn_said(rng, sib, "given"), " aged ", age_said(rng, sib.age(d.ref)))
    s.say(d.pick(["presenting with", "known to have", "history of"]), " ", V(d.pick(MED_SPOKEN), "MEDICAL_CONDITION"))
    if d.maybe(0.6):
        s.say(
            "prescribed ",
            V(d.pick(MEDICATIONS).lower(), "MEDICAL_CONDITION"),
            " ",
            d.pick(["twice a day", "at night", "as needed"]),
        )
    if d.maybe(0.3):
        s.say(
            d.pick(["also", "and"]),
            " ",
            V(
                d.pick(["a severe nut allergy", "eczema", "a penicillin allergy", "global developmental delay"]),
                "MEDICAL_CONDITION",
            ),
        )
    s.say(
        "mum ",
        pn_said(rng, mum, d.pick(["given", "full"])),
        " is ",
        age_said(rng, mum.age(d.ref)),
        " and ",
        d.pick(["says she has", "disclosed"]),
        " ",
        V(d.pick(MED_SPOKEN), "MEDICAL_CONDITION"),
    )
    if d.maybe(0.5):
        s.say(
            "mum identifies as ",
            V(d.pick(["lesbian", "bisexual", "queer"]), "SEXUAL_ORIENTATION"),
            " and her partner ",
            pn_said(rng, make_person(rng, d.ref, culture=mum.culture, sex="f"), "given"),
            " is the other parent",
        )
    if d.maybe(0.4):
        s.say("the family are ", V(d.pick(ETH_SPOKEN), "ETHNIC_ORIGIN"))
    if cc == "GB" and d.maybe(0.5):
        s.say("nhs number ", lv(national_id(rng, "gb_nhs", kid)))
    s.say("contact mum on ", region_phone(d, cc))
    s.say(d.pick(["review in clinic", "refer to camhs", "letter to gp", "no further action"]))


TEMPLATES = [home_visit, call_summary, voicemail, strategy, health, call_summary, home_visit]


def build(d, index):
    TEMPLATES[index % len(TEMPLATES)](d)
