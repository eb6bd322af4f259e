"""Register missing_alerts: AMBER alerts, posters, radio scripts, press releases and partner notices."""

from __future__ import annotations

import datetime as dt
import random

import values as v
from doc import Doc
from people import Person, person
from places import CENTRES, street_line, town

CULT = {
    "US": ["en_us", "en_us", "mx", "vi", "ko"],
    "GB": ["en_gb", "en_gb", "pk", "pl", "ng"],
    "CA": ["en_ca", "en_ca", "fil", "in"],
    "AU": ["en_au", "en_au", "vi", "el"],
    "IE": ["en_ie", "pl", "br"],
    "DE": ["de", "de", "tr", "ru", "pl"],
    "FR": ["fr", "fr", "ar", "pt"],
    "ES": ["es", "es", "ro", "mx"],
    "NL": ["nl", "nl", "tr", "ar"],
    "BE": ["be", "fr", "nl"],
}
US_STATES = [
    ("OH", "Ohio"),
    ("TX", "Texas"),
    ("CA", "California"),
    ("FL", "Florida"),
    ("NY", "New York"),
    ("IL", "Illinois"),
    ("WA", "Washington"),
    ("PA", "Pennsylvania"),
]
ETH_EN = [
    "white",
    "Black",
    "Hispanic",
    "Asian",
    "biracial",
    "Native American",
    "of South Asian heritage",
    "of mixed heritage",
    "white European",
    "Middle Eastern",
]
ETH_ADJ = ["White", "Black", "Hispanic", "Asian", "Native American", "Middle Eastern", "Pacific Islander"]
HAIR = [
    "brown shoulder-length",
    "short black",
    "long blonde",
    "curly dark brown",
    "red",
    "light brown, in a ponytail",
    "black braided",
]
EYES = ["brown", "blue", "green", "hazel"]
CLOTHES = [
    "a grey hoodie with a white logo, black leggings and pink trainers",
    "a navy school blazer and grey trousers",
    "a red puffer jacket, blue jeans and white Nike Air Force 1s",
    "a black tracksuit and a green backpack",
    "a yellow raincoat, denim skirt and black boots",
    "a Spider-Man T-shirt, camo shorts and Crocs",
    "a white football shirt and black joggers",
]
MED_EN = [
    "autism",
    "type 1 diabetes",
    "epilepsy",
    "asthma",
    "ADHD",
    "a heart condition",
    "Down syndrome",
    "a learning disability",
    "severe peanut allergy",
]
MEDS_EN = ["insulin", "an inhaler", "anti-seizure medication", "daily medication", "an EpiPen"]
CRIME_EN = [
    "is a registered sex offender",
    "has a prior conviction for aggravated assault",
    "was convicted of child abduction in 2016",
    "is wanted on an outstanding warrant for domestic battery",
    "has previous convictions for violence",
    "was released from prison in March after serving a sentence for robbery",
    "is currently on bail for drug supply offences",
]
CARS = [
    "silver 2014 Honda Civic",
    "dark blue Ford Transit van",
    "black Vauxhall Corsa",
    "white Toyota RAV4",
    "red Volkswagen Golf",
    "grey Nissan Qashqai",
    "green Chevrolet Silverado pickup",
    "maroon Kia Sportage",
    "white Peugeot 308",
    "black BMW X5",
    "blue Dacia Sandero",
]
AGENCIES = {
    "US": ["State Highway Patrol", "County Sheriff's Office", "Police Department"],
    "GB": ["Police", "Constabulary"],
    "CA": ["Police Service", "RCMP Detachment"],
    "AU": ["Police Force"],
    "IE": ["Garda Síochána"],
}
NATO = {
    "A": "alpha",
    "B": "bravo",
    "C": "charlie",
    "D": "delta",
    "E": "echo",
    "F": "foxtrot",
    "G": "golf",
    "H": "hotel",
    "I": "india",
    "J": "juliet",
    "K": "kilo",
    "L": "lima",
    "M": "mike",
    "N": "november",
    "O": "oscar",
    "P": "papa",
    "Q": "quebec",
    "R": "romeo",
    "S": "sierra",
    "T": "tango",
    "U": "uniform",
    "V": "victor",
    "W": "whiskey",
    "X": "x-ray",
    "Y": "yankee",
    "Z": "zulu",
}
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _spell(rng: random.Random, plate: str) -> str:
    chars = [c for c in plate if c.isalnum()]
    if rng.random() < 0.5:
        return "-".join(chars)
    return " ".join(NATO.get(c, DIGW[int(c)] if c.isdigit() else c) for c in chars)


def _height(rng: random.Random, age: int, metric: bool) -> str:
    cm = min(185, 80 + age * 6 + rng.randint(-8, 8))
    if metric:
        return rng.choice([f"{cm} cm", f"1,{cm - 100:02d} m", f"{cm}cm"])
    inch = round(cm / 2.54)
    return rng.choice(
        [f"{inch // 12}'{inch % 12}\"", f"{inch // 12} ft {inch % 12} in", f"{inch // 12}-foot-{inch % 12}"]
    )


def _ctx(rng: random.Random, country: str) -> dict[str, object]:
    female = rng.random() < 0.55
    kid = person(rng, rng.choice(CULT[country]), female).latin()
    age = rng.randint(2, 17)
    sus = person(rng, rng.choice(CULT[country]), female=rng.random() < 0.2).latin()
    sage = rng.randint(19, 58)
    return {
        "kid": kid,
        "age": age,
        "sus": sus,
        "sage": sage,
        "sdob": v.dob(rng, sage),
        "kdob": v.dob(rng, age),
        "town": town(rng, country),
        "street": street_line(rng, country),
        "plate": v.plate(rng, country),
        "car": rng.choice(CARS),
        "when": dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(330)),
        "hh": f"{rng.randint(6, 22)}:{rng.choice(['00', '15', '30', '45', '10', '50'])}",
    }


def _amber(rng: random.Random, d: Doc) -> None:
    c = _ctx(rng, "US")
    kid, sus = c["kid"], c["sus"]
    assert isinstance(kid, Person) and isinstance(sus, Person)
    st, stname = rng.choice(US_STATES)
    agency = f"{stname} {rng.choice(AGENCIES['US'])}"
    he = "She" if kid.female else "He"
    d.line("AMBER ALERT — {s}", s=stname.upper())
    d.line("Issued {w} {h} by the {a}", w=c["when"].strftime("%m/%d/%Y"), h=str(c["hh"]), a=agency)
    d.line()
    d.line(
        "CHILD: {n}, {a}, {sx}, {e}",
        n=("PERSON", kid.full.upper() if rng.random() < 0.6 else kid.full),
        a=("MINOR_AGE", str(c["age"])),
        sx="female" if kid.female else "male",
        e=("ETHNIC_ORIGIN", rng.choice(ETH_EN)),
    )
    d.line(
        "Height {h} | Weight {w} lbs | Hair {hr} | Eyes {ey}",
        h=_height(rng, int(c["age"]), False),
        w=str(30 + int(c["age"]) * 7),
        hr=rng.choice(HAIR),
        ey=rng.choice(EYES),
    )
    d.line(
        "Last seen at approx. {h} on {w} at {st}, {t}, {s}, wearing {cl}.",
        h=str(c["hh"]),
        w=c["when"].strftime("%B %d"),
        st=("STREET_ADDRESS", str(c["street"])),
        t=("LOCATION", str(c["town"])),
        s=st,
        cl=rng.choice(CLOTHES),
    )
    if rng.random() < 0.5:
        d.line(
            "{f} has {m} and requires {md}.",
            f=("PERSON", kid.given),
            m=("MEDICAL_CONDITION", rng.choice(MED_EN)),
            md=rng.choice(MEDS_EN),
        )
    d.line()
    d.line(
        "SUSPECT: {n}, {a}, DOB {b}",
        n=("PERSON", sus.full),
        a=("AGE", str(c["sage"])),
        b=("DATE_OF_BIRTH", v.fmt_date(rng, c["sdob"], rng.choice(["mdy", "mdy_dash", "us_long"]))),
    )  # type: ignore[arg-type]
    d.line(
        "{e} {sx}, {h}, {w} lbs. {f} {cr}.",
        e=("ETHNIC_ORIGIN", rng.choice(ETH_ADJ)),
        sx="female" if sus.female else "male",
        h=_height(rng, 30, False),
        w=str(rng.randint(130, 260)),
        f=("PERSON", sus.family),
        cr=("CRIMINAL_HISTORY", rng.choice(CRIME_EN)),
    )
    d.line("Driver's license: {s} {dl}", s=st, dl=("US_DRIVER_LICENSE", v.us_driver_license(rng, st)))
    if rng.random() < 0.4:
        d.line(
            "{f} holds US passport {pp} and may attempt to cross the border.",
            f=("PERSON", sus.family),
            pp=("US_PASSPORT", v.us_passport(rng)),
        )
    d.line("VEHICLE: {car}, {s} plate {p}", car=str(c["car"]), s=st, p=("VEHICLE_PLATE", v.plate(rng, "US")))
    if rng.random() < 0.5:
        d.line(
            "The child's phone last connected to a cell tower near {g}.",
            g=("GEO_COORDINATES", v.coords(rng, 39.76, -84.19)),
        )
    d.line()
    d.line(
        "Call 911 or the {a} at {p}. Do not approach. {he} may be in danger.",
        a=agency,
        p=("PHONE_NUMBER", v.phone(rng, "US", False, rng.choice(["national", "dash", "national"]))),
        he=he,
    )


def _radio(rng: random.Random, d: Doc) -> None:
    country = rng.choice(["US", "CA", "AU", "GB", "IE"])
    c = _ctx(rng, country)
    kid, sus = c["kid"], c["sus"]
    assert isinstance(kid, Person) and isinstance(sus, Person)
    he = "she" if kid.female else "he"
    plate = str(c["plate"])
    emerg = {"US": "911", "CA": "911", "AU": "triple zero", "GB": "999", "IE": "999 or 112"}[country]
    d.line(
        "[{st} – {n} SEC – READ AS WRITTEN – REPEAT HOURLY]",
        st=rng.choice(["RADIO", "BROADCAST", "ON-AIR"]),
        n=rng.choice(["30", "45", "60"]),
    )
    d.line()
    d.tpl(
        "This is an urgent missing child alert. Police are searching for {a}-year-old {n} from {t}. ",
        a=("MINOR_AGE", str(c["age"])),
        n=("PERSON", kid.full),
        t=("LOCATION", str(c["town"])),
    )
    d.tpl(
        "{f} was last seen around {h} this {pd} near {st}. ",
        f=("PERSON", kid.given),
        h=str(c["hh"]),
        pd=rng.choice(["morning", "afternoon", "evening"]),
        st=("STREET_ADDRESS", str(c["street"])),
    )
    d.tpl(
        "{he} is {e}, about {ht}, with {hr} hair. ",
        he=he.capitalize(),
        e=("ETHNIC_ORIGIN", rng.choice(ETH_EN)),
        ht=_height(rng, int(c["age"]), country != "US"),
        hr=rng.choice(HAIR),
    )
    d.tpl(
        "Police believe {he} may be with {s}, aged {sa}, in a {car}, registration {p}. That's {sp}. ",
        he=he,
        s=("PERSON", sus.full),
        sa=("AGE", str(c["sage"])),
        car=str(c["car"]),
        p=("VEHICLE_PLATE", plate),
        sp=("VEHICLE_PLATE", _spell(rng, plate)),
    )
    d.tpl("If you see them, do not approach — call {e} immediately. ", e=emerg)
    if rng.random() < 0.6:
        d.tpl(
            "Investigators can also be reached on {p}. ", p=("PHONE_NUMBER", v.phone(rng, country, False, "national"))
        )
    d.tpl("Again, that's {a}-year-old {n}.", a=("MINOR_AGE", str(c["age"])), n=("PERSON", kid.full))


def _press(rng: random.Random, d: Doc) -> None:
    country = rng.choice(["GB", "GB", "IE", "AU"])
    c = _ctx(rng, country)
    kid = c["kid"]
    assert isinstance(kid, Person)
    off1, off2 = person(rng, rng.choice(CULT[country])), person(rng, rng.choice(CULT[country]))
    his = "her" if kid.female else "his"
    he = "she" if kid.female else "he"
    tw = str(c["town"])
    agency = (
        f"{rng.choice(['Northshire', 'West Vale', 'Southmoor', 'Eastfold', 'Kingsbridge'])} "
        f"{rng.choice(AGENCIES.get(country, ['Police']))}"
    )
    d.line("{a} – Press Release – {w}", a=agency, w=c["when"].strftime("%d %B %Y"))
    d.line(
        "APPEAL: Concern grows for missing {t} {ty}",
        t=("LOCATION", tw),
        ty="teenager" if int(c["age"]) >= 13 else "child",
    )
    d.line()
    d.line(
        "Officers are appealing for help to find {n}, {a}, who was reported missing from {his} home in {t} on {w}.",
        n=("PERSON", kid.full),
        a=("MINOR_AGE", str(c["age"])),
        his=his,
        t=("LOCATION", tw),
        w=c["when"].strftime("%A %d %B"),
    )
    d.line(
        "{f} is described as {e}, around {h} tall, of slim build with {hr} hair. When last seen {he} was wearing {cl}.",
        f=("PERSON", kid.given),
        e=("ETHNIC_ORIGIN", rng.choice(ETH_EN)),
        h=_height(rng, int(c["age"]), rng.random() < 0.5),
        hr=rng.choice(HAIR),
        he=he,
        cl=rng.choice(CLOTHES),
    )
    others = [t for t in (town(rng, country) for _ in range(6)) if t != tw]
    d.line(
        "{f} is known to have links to {t2} and the {t3} area.",
        f=("PERSON", kid.given),
        t2=("LOCATION", others[0]),
        t3=("LOCATION", others[-1] if others[-1] != others[0] else others[1]),
    )
    if rng.random() < 0.5:
        d.line(
            "{f} has {m} and may be confused or distressed.",
            f=("PERSON", kid.given),
            m=("MEDICAL_CONDITION", rng.choice(MED_EN)),
        )
    d.line(
        "{rank} {o} said: \"We are increasingly concerned for {f}'s welfare. "
        + rng.choice(
            [
                'If you have seen {f2}, please get in touch."',
                '{f2}, if you see this, you are not in any trouble."',
                'Someone will know where {f2} is."',
            ]
        ),
        rank=rng.choice(["Detective Inspector", "Superintendent", "Sergeant"]),
        o=("PERSON", off1.full),
        f=("PERSON", kid.given),
        f2=("PERSON", kid.given),
    )
    ref = f"{rng.randint(100, 999)} of {c['when'].strftime('%d/%m')}"
    if country == "GB":
        d.line(
            "Anyone with information is asked to call 101 quoting log {r}, or contact DC {o} directly on {p}.",
            r=ref,
            o=("PERSON", off2.family),
            p=("PHONE_NUMBER", v.phone(rng, country, rng.random() < 0.5)),
        )
    else:
        d.line(
            "Please contact {o} at the {t} station on {p}, quoting incident {r}.",
            o=("PERSON", off2.full),
            t=("LOCATION", tw),
            p=("PHONE_NUMBER", v.phone(rng, country, False)),
            r=ref.split(" ")[0],
        )
    d.line("Information can also be passed anonymously to the 116 000 helpline.")


def _poster(rng: random.Random, d: Doc) -> None:
    country = rng.choice(["US", "GB", "CA", "AU", "IE"])
    c = _ctx(rng, country)
    kid = c["kid"]
    assert isinstance(kid, Person)
    rel = rng.choice(["mum", "aunt", "grandmother", "older sister", "dad", "uncle", "grandfather"])
    fam = person(rng, kid.culture, female=rel in ("mum", "aunt", "grandmother", "older sister")).latin()
    fam.family = kid.family if rng.random() < 0.6 else fam.family
    d.line(rng.choice(["MISSING", "** MISSING CHILD **", "HAVE YOU SEEN ME?", "MISSING – PLEASE SHARE"]))
    d.line()
    d.line("{n}", n=("PERSON", kid.full.upper()))
    kdob = c["kdob"]
    assert isinstance(kdob, dt.date)
    rows: list[tuple[str, dict[str, object]]] = [
        ("Age: {a}", {"a": ("MINOR_AGE", str(c["age"]))}),
        ("DOB: {b}", {"b": ("DATE_OF_BIRTH", v.fmt_date(rng, kdob, "mdy" if country == "US" else "dmy"))}),
        ("Height: {h}", {"h": _height(rng, int(c["age"]), country != "US")}),
        ("Hair: {h} / Eyes: {e}", {"h": rng.choice(HAIR), "e": rng.choice(EYES)}),
        ("Missing from: {t}", {"t": ("LOCATION", str(c["town"]))}),
        ("Since: {w}", {"w": c["when"].strftime("%d %b %Y")}),
        ("Last wearing: {cl}", {"cl": rng.choice(CLOTHES)}),
    ]
    if rng.random() < 0.5:
        rows.append(("Medical: {m}", {"m": ("MEDICAL_CONDITION", rng.choice(MED_EN))}))
    rng.shuffle(rows)
    for tmpl, slots in rows:
        d.line(tmpl, **slots)  # type: ignore[arg-type]
    d.line()
    d.line(
        "If you see {f} please call {emerg} or {p}",
        f=("PERSON", kid.given),
        emerg={"US": "911", "CA": "911", "AU": "000", "GB": "999", "IE": "112"}[country],
        p=("PHONE_NUMBER", v.phone(rng, country, False)),
    )
    d.line(
        "Family contact: {n} ({rel}) – {p}",
        n=("PERSON", fam.full if rng.random() < 0.5 else fam.given),
        rel=rel,
        p=("PHONE_NUMBER", v.phone(rng, country, True)),
    )
    if rng.random() < 0.6:
        slug = f"{v.ascii_fold(kid.given_lat)}{v.ascii_fold(kid.family_lat).replace(' ', '')}"
        d.line(
            "Share: {u}",
            u=(
                "URL",
                rng.choice(
                    [
                        f"https://www.facebook.com/BringHome{slug}",
                        f"https://gofund.me/find-{slug.lower()}",
                        f"https://www.instagram.com/find_{slug.lower()}",
                    ]
                ),
            ),
        )
    if rng.random() < 0.5:
        d.line("Email tips: {e}", e=("EMAIL_ADDRESS", v.email(rng, fam.given_lat, fam.family_lat)))


def _partner(rng: random.Random, d: Doc) -> None:
    country = rng.choice(["DE", "FR", "ES", "NL", "BE"])
    c = _ctx(rng, country)
    kid, sus = c["kid"], c["sus"]
    assert isinstance(kid, Person) and isinstance(sus, Person)
    dest = rng.choice(["PL", "TR", "IT", "GB", "DE", "FR", "ES"])
    officer = person(rng, rng.choice(CULT[country]))
    hotline = {
        "DE": "Hotline 116 000 (DE)",
        "FR": "116 000 Enfants Disparus",
        "ES": "Fundación 116 000 (ES)",
        "NL": "Centrum IKO / 116 000 NL",
        "BE": "Child Focus (BE)",
    }[country]
    d.line(
        "PARTNER NOTICE – {k}",
        k=rng.choice(["CROSS-BORDER PARENTAL ABDUCTION", "MISSING CHILD – EU ALERT", "URGENT: POSSIBLE TRAFFICKING"]),
    )
    d.line(
        "From: {h}   To: all 116 000 partners   Ref: {r}",
        h=hotline,
        r=f"{country}-{c['when'].year}-{rng.randint(100, 9999):04d}",
    )
    d.line()
    d.line(
        "Child: {n} (born {b}), {sx}",
        n=("PERSON", kid.variant(rng)),
        b=("DATE_OF_BIRTH", v.fmt_date(rng, c["kdob"], rng.choice(["dot", "dmy", "iso", "long"]))),  # type: ignore[arg-type]
        sx="girl" if kid.female else "boy",
    )
    if rng.random() < 0.7:
        d.line(
            "National ID of child: {i}",
            i=(
                "NATIONAL_ID",
                v.national_id(
                    rng,
                    country,
                    c["kdob"],
                    kid.female,  # type: ignore[arg-type]
                    kid.given,
                    kid.family,
                ),
            ),
        )
    d.line(
        "Taken by: {n}, {rel}, born {b}",
        n=("PERSON", sus.full),
        rel=rng.choice(["father", "mother", "mother's ex-partner", "uncle"]),
        b=("DATE_OF_BIRTH", v.fmt_date(rng, c["sdob"], rng.choice(["dot", "dmy", "iso"]))),
    )  # type: ignore[arg-type]
    d.line(
        "Passport: {p} ({cc})   Phone used: {ph}",
        p=("NATIONAL_ID", v.letters(rng, 1, "CFGHJKLMNPRTVWXYZ") + v.letters(rng, 8, "0123456789CFGHJKLMNPRTVWXYZ")),
        cc=country,
        ph=("PHONE_NUMBER", v.phone(rng, country, True, "intl")),
    )
    if rng.random() < 0.6:
        d.line(
            "Record: {cr}",
            cr=(
                "CRIMINAL_HISTORY",
                rng.choice(CRIME_EN).replace("is ", "", 1).replace("has ", "", 1).replace("was ", "", 1),
            ),
        )
    d.line("Vehicle: {car}, plate {p} ({cc})", car=str(c["car"]), p=("VEHICLE_PLATE", str(c["plate"])), cc=country)
    if rng.random() < 0.5:
        d.line(
            "Child's phone: IMEI {i}, last seen on network at {g}",
            i=("DEVICE_ID", v.imei(rng)),
            g=("GEO_COORDINATES", v.coords(rng, *CENTRES.get(country, (50.85, 4.35)))),
        )
    d.line(
        "Possible destination: {t} ({cc}); relatives at {st}",
        t=("LOCATION", town(rng, dest)),
        cc=dest,
        st=("STREET_ADDRESS", street_line(rng, dest)),
    )
    d.line(
        "Case officer: {o}, {e}, tel. {p}",
        o=("PERSON", officer.full),
        e=(
            "EMAIL_ADDRESS",
            v.email(
                rng, officer.given_lat, officer.family_lat, [f"polizei.{country.lower()}.example", "police-partner.eu"]
            ),
        ),
        p=("PHONE_NUMBER", v.phone(rng, country, False, "intl")),
    )


def _german(rng: random.Random, d: Doc) -> None:
    c = _ctx(rng, "DE")
    kid, sus = c["kid"], c["sus"]
    assert isinstance(kid, Person) and isinstance(sus, Person)
    art, pron = ("der", "Sie") if kid.female else ("dem", "Er")
    d.line("Vermisstenfahndung – Polizeipräsidium {t}", t=("LOCATION", town(rng, "DE")))
    d.line("Pressemitteilung vom {w}", w=c["when"].strftime("%d.%m.%Y"))
    d.line()
    d.line(
        "Die Polizei sucht seit {w} nach {art} {a}-jährigen {n} aus {t}.",
        w=c["when"].strftime("%d.%m."),
        art=art,
        a=("MINOR_AGE", str(c["age"])),
        n=("PERSON", kid.full),
        t=("LOCATION", str(c["town"])),
    )
    d.line(
        "{p} wurde zuletzt gegen {h} Uhr in der {st} gesehen. {p} ist etwa {ht} groß, schlank und trug eine "
        "dunkle Jacke.",
        p=pron,
        h=str(c["hh"]),
        st=("STREET_ADDRESS", str(c["street"])),
        ht=_height(rng, int(c["age"]), True),
    )
    if rng.random() < 0.6:
        d.line(
            "{f} ist an {m} erkrankt und auf Medikamente angewiesen.",
            f=("PERSON", kid.given),
            m=("MEDICAL_CONDITION", rng.choice(["Diabetes Typ 1", "Epilepsie", "Asthma", "einer Herzerkrankung"])),
        )
    d.line(
        "Möglicherweise hält sich {f} bei {s} ({sa}) auf, geb. {b}, der {cr}.",
        f=("PERSON", kid.given),
        s=("PERSON", sus.full),
        sa=("AGE", str(c["sage"])),
        b=("DATE_OF_BIRTH", v.fmt_date(rng, c["sdob"], "dot")),  # type: ignore[arg-type]
        cr=(
            "CRIMINAL_HISTORY",
            rng.choice(
                [
                    "wegen Körperverletzung vorbestraft ist",
                    "bereits wegen Kindesentziehung verurteilt wurde",
                    "wegen Drogenhandels polizeibekannt ist",
                ]
            ),
        ),
    )
    d.line(
        "Fahrzeug: {car}, amtliches Kennzeichen {p}.",
        car=rng.choice(["grauer VW Passat Kombi", "schwarzer Audi A4", "weißer Mercedes Sprinter", "roter Opel Corsa"]),
        p=("VEHICLE_PLATE", v.plate(rng, "DE")),
    )
    d.line(
        "Hinweise nimmt die Kriminalpolizei unter {p} oder jede andere Polizeidienststelle entgegen.",
        p=("PHONE_NUMBER", v.phone(rng, "DE", False, rng.choice(["national", "intl"]))),
    )


def _french(rng: random.Random, d: Doc) -> None:
    c = _ctx(rng, "FR")
    kid, sus = c["kid"], c["sus"]
    assert isinstance(kid, Person) and isinstance(sus, Person)
    e = "e" if kid.female else ""
    d.line("ALERTE ENLÈVEMENT")
    d.line()
    d.line(
        "Le procureur de la République de {t} a déclenché le dispositif Alerte Enlèvement.",
        t=("LOCATION", town(rng, "FR")),
    )
    d.line(
        "{n}, {a} ans, a été enlevé{e} le {w} vers {h} devant le {st}, à {t}.",
        n=("PERSON", kid.full),
        a=("MINOR_AGE", str(c["age"])),
        e=e,
        w=c["when"].strftime("%d/%m/%Y"),
        h=str(c["hh"]).replace(":", "h"),
        st=("STREET_ADDRESS", str(c["street"])),
        t=("LOCATION", str(c["town"])),
    )
    d.line(
        "L'enfant mesure {ht}, cheveux {hr}, vêtu{e} d'un jogging gris.",
        ht=_height(rng, int(c["age"]), True),
        hr=rng.choice(["châtains", "bruns bouclés", "blonds", "noirs"]),
        e=e,
    )
    d.line(
        "Le suspect, {s}, {sa} ans, né le {b}, {cr}. Il circulerait à bord d'une {car} immatriculée {p}.",
        s=("PERSON", sus.full),
        sa=("AGE", str(c["sage"])),
        b=("DATE_OF_BIRTH", v.fmt_date(rng, c["sdob"], "dmy")),  # type: ignore[arg-type]
        cr=(
            "CRIMINAL_HISTORY",
            rng.choice(
                [
                    "a été condamné en 2019 pour violences conjugales",
                    "est connu des services de police pour trafic de stupéfiants",
                    "a déjà été incarcéré pour enlèvement",
                ]
            ),
        ),
        car=rng.choice(["Renault Clio grise", "Peugeot 208 blanche", "Citroën Berlingo bleue"]),
        p=("VEHICLE_PLATE", v.plate(rng, "FR")),
    )
    d.line(
        "Si vous avez des informations, appelez le 197 ou le {p}. N'intervenez pas vous-même.",
        p=("PHONE_NUMBER", v.phone(rng, "FR", False, "national")),
    )


def _spanish(rng: random.Random, d: Doc) -> None:
    c = _ctx(rng, "ES")
    kid, sus = c["kid"], c["sus"]
    assert isinstance(kid, Person) and isinstance(sus, Person)
    o = "a" if kid.female else "o"
    d.line("ALERTA – MENOR DESAPARECID{oo}", oo=o.upper())
    d.line(
        "{n}, de {a} años, desaparecid{o} en {t} el {w}.",
        n=("PERSON", kid.full),
        a=("MINOR_AGE", str(c["age"])),
        o=o,
        t=("LOCATION", str(c["town"])),
        w=c["when"].strftime("%d/%m/%Y"),
    )
    d.line(
        "Fue vist{o} por última vez en {st} sobre las {h} h. Mide {ht} y llevaba una sudadera azul.",
        o=o,
        st=("STREET_ADDRESS", str(c["street"])),
        h=str(c["hh"]),
        ht=_height(rng, int(c["age"]), True),
    )
    d.line(
        "Podría encontrarse con {s} ({sa} años, DNI {dni}), que {cr}.",
        s=("PERSON", sus.full),
        sa=("AGE", str(c["sage"])),
        dni=("NATIONAL_ID", v.national_id(rng, "ES", c["sdob"], sus.female)),  # type: ignore[arg-type]
        cr=(
            "CRIMINAL_HISTORY",
            rng.choice(
                [
                    "tiene antecedentes por malos tratos",
                    "fue condenado por sustracción de menores en 2018",
                    "tiene una orden de alejamiento en vigor por violencia de género",
                ]
            ),
        ),
    )
    d.line(
        "Vehículo: {car}, matrícula {p}.",
        car=rng.choice(["SEAT Ibiza rojo", "Ford Focus gris", "Dacia Duster blanco"]),
        p=("VEHICLE_PLATE", v.plate(rng, "ES")),
    )
    d.line(
        "Cualquier información: 112 o {p} (Guardia Civil, equipo EMUME).",
        p=("PHONE_NUMBER", v.phone(rng, "ES", False, rng.choice(["national", "intl"]))),
    )


def _social(rng: random.Random, d: Doc) -> None:
    country = rng.choice(["GB", "GB", "IE", "AU", "CA"])
    c = _ctx(rng, country)
    kid = c["kid"]
    assert isinstance(kid, Person)
    tw = str(c["town"])
    d.line(
        "#MISSING | Have you seen {f}, {a}, from #{t}?",
        f=("PERSON", kid.given if rng.random() < 0.5 else kid.full),
        a=("MINOR_AGE", str(c["age"]) + rng.choice(["", ""])),
        t=("LOCATION", tw.replace(" ", "")),
    )
    d.line()
    d.line(
        "{f} was last seen on {w} at around {h} near {st}. {he} is {ht} with {hr} hair.",
        f=("PERSON", kid.given),
        w=c["when"].strftime("%a %d %b"),
        h=str(c["hh"]),
        st=("STREET_ADDRESS", str(c["street"])),
        he="She" if kid.female else "He",
        ht=_height(rng, int(c["age"]), country != "US"),
        hr=rng.choice(HAIR),
    )
    d.line(
        "Officers are concerned as {f} has {m} and has not taken {his} medication.",
        f=("PERSON", kid.given),
        m=("MEDICAL_CONDITION", rng.choice(MED_EN)),
        his="her" if kid.female else "his",
    )
    d.line(
        "Seen {f}? Call {p} or DM us. Please share 🙏 #Find{slug} #{t}",
        f=("PERSON", kid.given),
        p=("PHONE_NUMBER", v.phone(rng, country, False)),
        slug=("PERSON", kid.given),
        t=("LOCATION", tw.replace(" ", "")),
    )
    if rng.random() < 0.5:
        d.line(
            "Update {h2}: {f}'s mum {m} has asked people to stop messaging her on {u}.",
            h2=str(c["hh"]),
            f=("PERSON", kid.given),
            m=("PERSON", person(rng, kid.culture, True).latin().given),
            u=("USERNAME", v.handle(rng, kid.given_lat, at=True)),
        )


KINDS = [_amber, _amber, _radio, _press, _press, _poster, _poster, _partner, _german, _french, _spanish, _social]


def generate(rng: random.Random, idx: int) -> Doc:
    d = Doc()
    KINDS[(idx + rng.randrange(3)) % len(KINDS)](rng, d)
    return d
