"""Positive-document templates for the five v24 registers."""

import ids_v24 as I
import pools_v24 as P
from core_v24 import (
    Doc,
    make_person,
    address_parts,
    name_tok,
    age_tok,
    fmt_date,
    rand_date,
    coords,
    TOWN_COORDS,
    num_words,
    REF_YEAR,
)

FL = {
    "en": dict(
        name="Name",
        dob="Date of birth",
        phone="Phone",
        email="Email",
        addr="Address",
        id="ID",
        owner="Owner",
        notes="Notes",
        age="Age",
    ),
    "de": dict(
        name="Name",
        dob="Geburtsdatum",
        phone="Telefon",
        email="E-Mail",
        addr="Anschrift",
        id="Ausweis-Nr.",
        owner="Halter/in",
        notes="Bemerkungen",
        age="Alter",
    ),
    "fr": dict(
        name="Nom",
        dob="Date de naissance",
        phone="Tél.",
        email="Courriel",
        addr="Adresse",
        id="N° pièce d'identité",
        owner="Propriétaire",
        notes="Remarques",
        age="Âge",
    ),
    "es": dict(
        name="Nombre",
        dob="Fecha de nacimiento",
        phone="Teléfono",
        email="Correo",
        addr="Domicilio",
        id="Documento",
        owner="Titular",
        notes="Observaciones",
        age="Edad",
    ),
    "it": dict(
        name="Nome",
        dob="Data di nascita",
        phone="Tel.",
        email="E-mail",
        addr="Indirizzo",
        id="Documento",
        owner="Proprietario",
        notes="Note",
        age="Età",
    ),
    "nl": dict(
        name="Naam",
        dob="Geboortedatum",
        phone="Telefoon",
        email="E-mail",
        addr="Adres",
        id="ID-nummer",
        owner="Eigenaar",
        notes="Opmerkingen",
        age="Leeftijd",
    ),
    "pl": dict(
        name="Imię i nazwisko",
        dob="Data urodzenia",
        phone="Telefon",
        email="E-mail",
        addr="Adres",
        id="Nr dokumentu",
        owner="Właściciel",
        notes="Uwagi",
        age="Wiek",
    ),
    "sv": dict(
        name="Namn",
        dob="Födelsedatum",
        phone="Telefon",
        email="E-post",
        addr="Adress",
        id="ID-nummer",
        owner="Ägare",
        notes="Anteckningar",
        age="Ålder",
    ),
    "ja": dict(
        name="氏名",
        dob="生年月日",
        phone="電話番号",
        email="メール",
        addr="住所",
        id="番号",
        owner="飼い主",
        notes="備考",
        age="年齢",
    ),
    "zh": dict(
        name="姓名",
        dob="出生日期",
        phone="电话",
        email="邮箱",
        addr="地址",
        id="证件号码",
        owner="主人",
        notes="备注",
        age="年龄",
    ),
    "ko": dict(
        name="성명",
        dob="생년월일",
        phone="전화",
        email="이메일",
        addr="주소",
        id="번호",
        owner="보호자",
        notes="비고",
        age="나이",
    ),
    "pt": dict(
        name="Nome",
        dob="Data de nascimento",
        phone="Telefone",
        email="E-mail",
        addr="Endereço",
        id="Documento",
        owner="Tutor",
        notes="Observações",
        age="Idade",
    ),
    "ru": dict(
        name="ФИО",
        dob="Дата рождения",
        phone="Телефон",
        email="Эл. почта",
        addr="Адрес",
        id="Документ",
        owner="Владелец",
        notes="Примечания",
        age="Возраст",
    ),
    "ar": dict(
        name="الاسم",
        dob="تاريخ الميلاد",
        phone="الهاتف",
        email="البريد الإلكتروني",
        addr="العنوان",
        id="رقم الهوية",
        owner="المالك",
        notes="ملاحظات",
        age="العمر",
    ),
    "tr": dict(
        name="Ad Soyad",
        dob="Doğum tarihi",
        phone="Telefon",
        email="E-posta",
        addr="Adres",
        id="Kimlik No",
        owner="Sahibi",
        notes="Notlar",
        age="Yaş",
    ),
}
ALL_LOCS = list(P.LOCALES)
EN_LOCS = ["gb", "us", "ca", "au", "in"]


def fl(loc):
    return FL.get(P.LOCALES[loc]["lang"], FL["en"])


def pick_loc(r, bias=None):
    if r.random() < 0.15:
        return "us"
    if bias and r.random() < 0.55:
        return r.choice(bias)
    return r.choice(ALL_LOCS)


def dob_tok(r, p):
    return (fmt_date(r, p["loc"], p["dob_t"]), "DATE_OF_BIRTH")


def idv(r, p):
    if p["loc"] == "us":
        k = r.randint(0, 3)
        if k == 0:
            return "ITIN", (I.us_itin(r), "US_ITIN")
        if k == 1:
            return "US passport no.", (I.us_passport(r), "US_PASSPORT")
        return "SSN", (I.us_ssn(r), "US_SSN")
    if r.random() < 0.2:
        return "Passport no.", (I.passport_generic(r, p["loc"]), "NATIONAL_ID")
    kind, v = I.national_id(r, p["loc"], p)
    return kind, (v, "NATIONAL_ID")


def bank_parts(r, loc, pfx="", lang_en=True):
    if loc == "us":
        return [
            pfx + "Routing no. ",
            (I.aba(r), "ABA_ROUTING_NUMBER"),
            " / Account no. ",
            (I.us_account(r), "US_BANK_NUMBER"),
        ]
    cc = I.LOC_IBAN.get(loc) or r.choice(["DE", "GB", "NL", "FR", "ES"])
    return [pfx + "IBAN ", (I.make_iban(r, cc), "IBAN_CODE")]


def staff(r, loc, fem=None):
    return make_person(r, loc, (24, 63), fem)


def phone_tok(r, p, spoken_ok=True):
    if spoken_ok and P.LOCALES[p["loc"]]["lang"] == "en" and r.random() < 0.12:
        return (I.spoken_phone(r, P.LOCALES[p["loc"]]["phone"]), "PHONE_NUMBER")
    return (p["phone"], "PHONE_NUMBER")


def email_tok(r, p):
    return (p["email_obf"] if r.random() < 0.12 else p["email"], "EMAIL_ADDRESS")


def surname_title(r, p):
    return [r.choice(["Dr ", "Dr. ", "Mr ", "Ms ", "Mrs ", ""]), (p["family"], "PERSON")]


def ref(r, pre):
    return f"{pre}-{r.randint(10000, 999999)}"


# =====================================================================================
# 1. veterinary_animal_welfare
# =====================================================================================
def vet_registration(r):
    loc = pick_loc(r, ["gb", "de", "fr", "es", "it", "nl", "us", "au"])
    L = fl(loc)
    o = make_person(r, loc)
    sp, breed = r.choice(P.ANIMALS)
    pet = r.choice(P.PET_NAMES)
    d = Doc()
    d.add(
        f"{r.choice(P.CLINICS)}\n== {L['owner']} / client registration ==\n",
        f"{L['name']}: ",
        name_tok(r, o),
        "\n",
        f"{L['dob']}: ",
        dob_tok(r, o),
        "\n",
        f"{L['addr']}: ",
        *address_parts(r, o),
        "\n",
        f"{L['phone']}: ",
        phone_tok(r, o),
        "\n",
        f"{L['email']}: ",
        email_tok(r, o),
        "\n",
    )
    if r.random() < 0.5:
        kind, v = idv(r, o)
        d.add(f"{kind}: ", v, "\n")
    d.add(
        f"\nPatient: {pet} | {sp} | {breed} | ",
        f"{r.randint(1, 14)} yrs",
        "\nMicrochip: ",
        (I.microchip(r), "DEVICE_ID"),
        "\n",
    )
    if r.random() < 0.5:
        d.add("Direct debit for pet health plan: ", *bank_parts(r, loc), "\n")
    if r.random() < 0.4:
        if r.random() < 0.5:
            d.add(
                f"{L['notes']}: owner is ",
                age_tok(r, o["age"]),
                " and registered blind - please call rather than text.\n",
            )
        else:
            s2 = make_person(r, loc)
            d.add(f"{L['notes']}: second contact ", name_tok(r, s2), " (", (s2["phone"], "PHONE_NUMBER"), ")\n")
    return d


def vet_treatment_note(r):
    loc = pick_loc(r, EN_LOCS)
    o = make_person(r, loc)
    v = staff(r, loc)
    sp, breed = r.choice(P.ANIMALS)
    pet = r.choice(P.PET_NAMES)
    d = Doc()
    d.add(
        f"Consult note {fmt_date(r, loc, rand_date(r, 2023, 2024))} - {pet} ({breed}, {sp})\nVet: ",
        *surname_title(r, v),
        "\nOwner: ",
        name_tok(r, o),
        ", tel ",
        phone_tok(r, o),
        "\n\n",
        f"{pet} presented with lameness L hind. ",
        "Owner (",
        (o["given"], "PERSON"),
        ") says she couldn't bring him in sooner as she has been in hospital with "
        if o["female"]
        else ") says he couldn't bring him in sooner as he has been unwell with ",
        (r.choice(P.MED), "MEDICAL_CONDITION"),
        ". ",
    )
    if r.random() < 0.5:
        d.add(
            "Owner also mentions taking ",
            (r.choice(P.MEDS), "MEDICAL_CONDITION"),
            " - advised keeping it out of the dog's reach. ",
        )
    d.add(f"Meloxicam dispensed 7 days. Recheck 10 days. ")
    if r.random() < 0.5:
        d.add(
            "Owner's son ",
            (r.choice(P.LOCALES[loc]["m"]), "PERSON"),
            ", aged ",
            age_tok(r, r.randint(9, 16)),
            ", will bring the dog to the recheck. ",
        )
    if r.random() < 0.4:
        d.add("Balance to be paid by card ", (I.credit_card(r), "CREDIT_CARD"), " (details taken by phone).")
    return d


def vet_microchip_transfer(r):
    loc = pick_loc(r, ["gb", "ie" if False else "gb", "au", "de", "nl", "fr", "pl"])
    a, b = make_person(r, loc), make_person(r, loc)
    chip = I.microchip(r)
    d = Doc()
    d.add(
        "MICROCHIP KEEPER TRANSFER\nChip number: ",
        (chip, "DEVICE_ID"),
        f"\nAnimal: {r.choice(P.PET_NAMES)}, {r.choice(P.ANIMALS)[1]}\n\n",
        "-- Current keeper --\n",
        "Name: ",
        name_tok(r, a),
        "\nAddress: ",
        *address_parts(r, a),
        "\nTel: ",
        phone_tok(r, a),
        "\nEmail: ",
        email_tok(r, a),
        "\n\n-- New keeper --\n",
        "Name: ",
        name_tok(r, b),
        "\nDOB: ",
        dob_tok(r, b),
        "\nAddress: ",
        *address_parts(r, b),
        "\nMobile: ",
        phone_tok(r, b),
        "\nEmail: ",
        email_tok(r, b),
        "\n",
    )
    if r.random() < 0.5:
        d.add("Proof of ID seen: ", *idv(r, b)[1:], "\n")
    d.add("Transfer fee paid online; account login ", (b["username"], "USERNAME"), "\n")
    return d


def vet_cruelty_report(r):
    loc = pick_loc(r, ["gb", "us", "au", "de", "es", "in", "ca"])
    w, s = make_person(r, loc), make_person(r, loc, (20, 70))
    ins = staff(r, loc)
    lat, lon = coords(r, *TOWN_COORDS[loc])
    d = Doc()
    d.add(
        f"ANIMAL WELFARE INCIDENT REPORT  Ref {ref(r, 'CR')}\nInspector: ",
        name_tok(r, ins),
        "\n\nReporting witness: ",
        name_tok(r, w),
        ", ",
        phone_tok(r, w),
        "\nWitness address: ",
        *address_parts(r, w),
        "\n\nSuspect: ",
        name_tok(r, s),
        " (approx. ",
        age_tok(r, s["age"], False),
        ")\nSuspect address: ",
        *address_parts(r, s),
        "\n",
        "Location of animals: ",
        (f"{lat}, {lon}", "GEO_COORDINATES"),
        "\n\nWitness states two ",
        r.choice(["dogs", "ponies", "goats"]),
        " were kept in a yard without water for several days. Vehicle seen at property: ",
        (I.plate(r, loc), "VEHICLE_PLATE"),
        ".\n",
    )
    if r.random() < 0.7:
        d.add(
            "Background: suspect has a ",
            (
                r.choice(
                    [
                        "previous conviction for animal cruelty",
                        "caution for causing unnecessary suffering",
                        "conviction for theft from a shop",
                        "disqualification order from keeping dogs (2020)",
                    ]
                ),
                "CRIMINAL_HISTORY",
            ),
            ".\n",
        )
    if r.random() < 0.4:
        d.add("Witness asked not to be named to the suspect; she prefers contact by email: ", email_tok(r, w), "\n")
    return d


def vet_adoption_application(r):
    loc = pick_loc(r, ["gb", "us", "de", "fr", "nl", "au", "se", "ca"])
    L = fl(loc)
    a = make_person(r, loc, (22, 75))
    partner = make_person(r, loc, (22, 75))
    partner["family"] = a["family"] if r.random() < 0.5 else partner["family"]
    hv = staff(r, loc)
    d = Doc()
    d.add(
        f"{r.choice(P.CHARITIES)} - {'Foster' if r.random() < 0.4 else 'Adoption'} application\n",
        f"{L['name']}: ",
        name_tok(r, a),
        f"\n{L['age']}: ",
        age_tok(r, a["age"], False),
        f"\n{L['addr']}: ",
        *address_parts(r, a),
        f"\n{L['phone']}: ",
        phone_tok(r, a),
        f"\n{L['email']}: ",
        email_tok(r, a),
        "\nInstagram: ",
        (a["username"], "USERNAME"),
        "\n",
        *(
            ["Facebook: ", ("https://www.facebook.com/" + a["username"].replace("_", "."), "URL"), "\n"]
            if r.random() < 0.5
            else []
        ),
        "\nHousehold:\n- ",
        (partner["given"] + " " + partner["family"], "PERSON"),
        ", ",
        age_tok(r, partner["age"], False),
        "\n",
    )
    for _ in range(r.randint(0, 3)):
        kid = r.choice(P.LOCALES[loc]["m"] + P.LOCALES[loc]["f"])
        ka = r.randint(1, 17)
        d.add("- ", (kid, "PERSON"), ", ", age_tok(r, ka), r.choice([" yrs", " years old", ""]), "\n")
    d.add("\nHome check by volunteer ", name_tok(r, hv), ": garden fully fenced, 6ft.")
    if r.random() < 0.3:
        d.add(
            " Applicants mentioned they are a ",
            (r.choice(["lesbian", "gay"]), "SEXUAL_ORIENTATION"),
            " couple and asked whether that matters - told it does not.",
        )
    if r.random() < 0.3:
        d.add(
            " Applicant works from home; has ",
            (r.choice(["MS", "epilepsy", "asthma", "type 1 diabetes"]), "MEDICAL_CONDITION"),
            ", not a concern for dog walking.",
        )
    d.add("\n")
    return d


def vet_email_thread(r):
    loc = pick_loc(r, EN_LOCS)
    a = make_person(r, loc)
    st = staff(r, loc)
    d = Doc()
    d.add(
        "From: ",
        (a["email"], "EMAIL_ADDRESS"),
        "\nTo: Reception desk\n",
        "Subject: Re: ",
        r.choice(P.PET_NAMES),
        "'s vaccination\n\nhi, its ",
        (a["given"].lower(), "PERSON"),
        " again - can u move the appt to thursday? my new number is ",
        phone_tok(r, a),
        " (old one was stolen). Also please update address to ",
        (a["street"], "STREET_ADDRESS"),
        ", ",
        (a["town"], "LOCATION"),
        ".\nthanks\n\n",
        "> On Monday, ",
        name_tok(r, st),
        " wrote:\n> Dear ",
        (a["given"] + " " + a["family"], "PERSON"),
        ", a reminder that the booster is due.\n",
    )
    return d


# =====================================================================================
# 2. ride_hailing_delivery_support
# =====================================================================================
def ride_trip_dispute(r):
    loc = pick_loc(r)
    rider, drv = make_person(r, loc), make_person(r, loc, (21, 66))
    plat = r.choice(P.PLATFORMS)
    d = Doc()
    d.add(
        f"[{plat} Support] Ticket #{r.randint(100000, 999999)} - Fare dispute\nRider: ",
        name_tok(r, rider),
        " (",
        (rider["username"], "USERNAME"),
        ")\nRider email: ",
        email_tok(r, rider),
        "\nDriver: ",
        (drv["given"], "PERSON"),
        " ",
        (drv["family"][:1] + ".", "PERSON"),
        " | vehicle ",
        (I.plate(r, loc), "VEHICLE_PLATE"),
        f" ({r.choice(P.CAR_MODELS)})\n",
        "Pickup: ",
        (rider["street"], "STREET_ADDRESS"),
        ", ",
        (rider["town"], "LOCATION"),
        "\nDrop-off: ",
        (make_person(r, loc)["street"], "STREET_ADDRESS"),
        "\n\n",
        f'Rider message: "charged {r.randint(30, 90)} for a trip that should be {r.randint(8, 25)}. driver took a massive detour"\n',
        "Agent note: route deviation confirmed, partial refund issued.",
    )
    if r.random() < 0.4:
        d.add(" Rider IP at time of complaint: ", (I.ipv4(r) if r.random() < 0.6 else I.ipv6(r), "IP_ADDRESS"), ".")
    d.add("\n")
    return d


def ride_onboarding(r):
    loc = pick_loc(r, ["us", "gb", "in", "br", "mx", "fr", "de", "pl", "ae"])
    L = fl(loc)
    p = make_person(r, loc, (21, 64))
    d = Doc()
    d.add(
        f"DRIVER ONBOARDING CHECKLIST - {r.choice(P.PLATFORMS)}\n",
        f"{L['name']}: ",
        name_tok(r, p),
        f"\n{L['dob']}: ",
        dob_tok(r, p),
        f"\n{L['addr']}: ",
        *address_parts(r, p),
        f"\n{L['phone']}: ",
        phone_tok(r, p, False),
        f"\n{L['email']}: ",
        email_tok(r, p),
        "\n",
    )
    is_us, st, lic = I.driving_licence(r, loc, p)
    if is_us:
        d.add(
            f"Driver licence ({st}): ",
            (lic, "US_DRIVER_LICENSE"),
            "\nSSN (background check): ",
            (I.us_ssn(r), "US_SSN"),
            "\n",
        )
        if r.random() < 0.3:
            d.add("ITIN on W-9: ", (I.us_itin(r), "US_ITIN"), "\n")
    else:
        d.add("Driving licence no.: ", (lic, "NATIONAL_ID"), "\n")
        kind, v = idv(r, p)
        d.add(f"{kind}: ", v, "\n")
    d.add(
        "Vehicle: ",
        f"{r.choice(P.CAR_MODELS)}, plate ",
        (I.plate(r, loc), "VEHICLE_PLATE"),
        "\nInsurance policy: ",
        f"POL{r.randint(1000000, 9999999)} (valid)\n",
        "Payout account: ",
        *bank_parts(r, loc),
        "\n",
    )
    if r.random() < 0.5:
        if r.random() < 0.5:
            d.add("Background check: clear\n")
        else:
            d.add("Background check: flagged - ", (r.choice(P.CRIME), "CRIMINAL_HISTORY"), "; referred to compliance\n")
    if r.random() < 0.35:
        d.add(
            "Profile link submitted: ",
            (
                r.choice(["https://www.linkedin.com/in/", "https://instagram.com/", "https://x.com/"]) + p["username"],
                "URL",
            ),
            "\n",
        )
    d.add("Phone IMEI registered: ", (I.imei(r), "DEVICE_ID"), "\n")
    return d


def ride_safety_incident(r):
    loc = pick_loc(r)
    rider, drv = make_person(r, loc), make_person(r, loc, (21, 66))
    agent = staff(r, "gb" if r.random() < 0.5 else loc)
    lat, lon = coords(r, *TOWN_COORDS[loc])
    d = Doc()
    d.add(
        f"SAFETY INCIDENT - severity {r.choice(['S1', 'S2', 'S3'])}\nHandled by: ",
        name_tok(r, agent, "given"),
        "\nRider: ",
        name_tok(r, rider),
        ", ",
        age_tok(r, rider["age"], False),
        ", ",
        phone_tok(r, rider),
        "\nDriver: ",
        name_tok(r, drv),
        ", plate ",
        (I.plate(r, loc), "VEHICLE_PLATE"),
        "\nLast GPS fix: ",
        (f"{lat},{lon}", "GEO_COORDINATES"),
        " near ",
        (rider["town"], "LOCATION"),
        "\n\n",
    )
    ev = r.randint(0, 2)
    if ev == 0:
        gi = r.choice(P.GENDER_ID)
        d.add(
            "Rider reports driver made repeated comments about the rider being ",
            "a " if gi.startswith("trans") else "",
            (gi, "GENDER_IDENTITY"),
            " and refused to continue the trip. Rider left vehicle at a petrol station.",
        )
    elif ev == 1:
        kid = r.randint(4, 16)
        d.add(
            "Rider travelling with her daughter (",
            age_tok(r, kid),
            ") says driver was using phone and braking harshly. Rider has ",
            (r.choice(["epilepsy", "a heart condition", "anxiety disorder"]), "MEDICAL_CONDITION"),
            " and felt unwell.",
        )
    else:
        d.add(
            "Driver reports rider became aggressive; police attended, rider ",
            (
                r.choice(["arrested for assault", "arrested on suspicion of criminal damage", "charged with robbery"]),
                "CRIMINAL_HISTORY",
            ),
            ".",
        )
    d.add("\nAccount actions: driver paused pending review.\n")
    return d


def ride_lost_property(r):
    loc = pick_loc(r)
    rider, drv = make_person(r, loc), make_person(r, loc)
    d = Doc()
    item = r.choice(["Samsung Galaxy S23", "iPhone 13", "Pixel 7", "laptop", "AirPods case"])
    d.add(
        f"Lost item ticket {ref(r, 'LP')}\n",
        "Reported by: ",
        name_tok(r, rider),
        " | callback ",
        phone_tok(r, rider),
        "\nItem: ",
        item,
    )
    if item.startswith(("Samsung", "iPhone", "Pixel")):
        d.add(", IMEI ", (I.imei(r), "DEVICE_ID"))
    else:
        d.add(", serial ", (I.serial(r), "DEVICE_ID"))
    d.add(
        "\nDriver ",
        name_tok(r, drv, "given"),
        " confirms item found on back seat. Return arranged to ",
        (rider["street"], "STREET_ADDRESS"),
        ", ",
        (rider["town"], "LOCATION"),
        f", {r.randint(6, 9)}pm.\n",
    )
    if r.random() < 0.5:
        d.add(
            "Rider also asks us to pass on her lock-screen PIN so the driver can confirm it's hers?? -> declined. (PIN given: ",
            (I.pin(r, r.choice([4, 6])), "CREDENTIAL"),
            ")\n",
        )
    return d


def ride_gps_trace(r):
    loc = pick_loc(r)
    drv = make_person(r, loc)
    lat0, lon0 = TOWN_COORDS[loc]
    d = Doc()
    d.add(
        f"trip_id=T{r.randint(10**8, 10**9)} driver_handle=",
        (drv["username"], "USERNAME"),
        " device_id=",
        (I.uuid_like(r, r.random() < 0.5), "DEVICE_ID"),
        "\n",
        "ts,lat,lon,speed_kmh\n",
    )
    for k in range(r.randint(4, 8)):
        la, lo = coords(r, lat0, lon0, 0.02, 6)
        d.add(
            f"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}T0{r.randint(0, 9)}:{10 + k * 3}:0{k},",
            (f"{la},{lo}", "GEO_COORDINATES"),
            f",{r.randint(0, 70)}\n",
        )
    d.add("client_ip=", (I.ipv4(r), "IP_ADDRESS"), "\n")
    return d


def ride_chat_export(r):
    loc = pick_loc(r, ["gb", "us", "in", "au", "ca"])
    rider, drv = make_person(r, loc), make_person(r, loc)
    d = Doc()
    d.add(
        "--- in-app chat export ---\n",
        "[18:02] driver ",
        (drv["given"], "PERSON"),
        ": hi im outside, grey ",
        r.choice(P.CAR_MODELS),
        " reg ",
        (I.plate(r, loc), "VEHICLE_PLATE"),
        "\n[18:03] rider ",
        (rider["given"].lower(), "PERSON"),
        ": cant see u. which side? call me on ",
        phone_tok(r, rider),
        "\n",
        "[18:04] driver ",
        (drv["given"], "PERSON"),
        ": by the bus stop on ",
        (rider["street"], "STREET_ADDRESS"),
        "\n",
    )
    if r.random() < 0.5:
        d.add(
            "[18:05] rider ",
            (rider["given"].lower(), "PERSON"),
            ": gate code is ",
            (I.pin(r, r.choice([4, 5])), "CREDENTIAL"),
            " if u need to come in\n",
        )
    if r.random() < 0.5:
        d.add(
            "[18:20] rider ",
            (rider["given"].lower(), "PERSON"),
            ": left my bag in ur car, my insta is ",
            (rider["username"], "USERNAME"),
            " msg me\n",
        )
    return d


def ride_chargeback(r):
    loc = pick_loc(r, ["us", "gb", "de", "fr", "es", "br", "mx", "nl"])
    c = make_person(r, loc)
    d = Doc()
    d.add(
        f"Payments queue: CHARGEBACK {ref(r, 'CB')}\nCustomer: ",
        name_tok(r, c),
        " <",
        (c["email"], "EMAIL_ADDRESS"),
        ">\n",
        "Card: ",
        (I.credit_card(r), "CREDIT_CARD"),
        f" exp {r.randint(1, 12):02d}/{r.randint(25, 29)}\n",
        "Orders disputed: 3 (food delivery)\n",
        "Delivery address on orders: ",
        *address_parts(r, c),
        "\n",
        "Login IPs: ",
        (I.ipv4(r), "IP_ADDRESS"),
        ", ",
        (I.ipv6(r), "IP_ADDRESS"),
        "\n",
    )
    if r.random() < 0.5:
        d.add("Refund to: ", *bank_parts(r, loc), "\n")
    return d


# =====================================================================================
# 3. probation_youth_justice
# =====================================================================================
def pj_psr(r):
    loc = pick_loc(r, ["gb", "gb", "us", "ca", "au"])
    p = make_person(r, loc, (18, 60))
    po = staff(r, loc)
    d = Doc()
    d.add(
        "PRE-SENTENCE REPORT\nCourt: ",
        r.choice(P.COURTS),
        "\nDefendant: ",
        name_tok(r, p),
        "\nDOB: ",
        dob_tok(r, p),
        "  Age: ",
        age_tok(r, p["age"], False),
        "\nAddress: ",
        *address_parts(r, p),
        "\n",
    )
    kind, v = idv(r, p)
    d.add(
        f"{kind}: ",
        v,
        "\nEthnicity (self-described): ",
        (r.choice(P.ETHNIC), "ETHNIC_ORIGIN"),
        "\n\n",
        "Offence: ",
        (r.choice(P.CRIME), "CRIMINAL_HISTORY"),
        ".\nPrevious: ",
        (r.choice(P.CRIME), "CRIMINAL_HISTORY"),
        ".\n\n",
        "Mr " if not p["female"] else "Ms ",
        (p["family"], "PERSON"),
        " was diagnosed with ",
        (r.choice(P.MED), "MEDICAL_CONDITION"),
        " and is prescribed ",
        (r.choice(P.MEDS), "MEDICAL_CONDITION"),
        ". ",
    )
    if r.random() < 0.3:
        d.add(
            "They identify as ",
            (r.choice(P.GENDER_ID[:4]), "GENDER_IDENTITY"),
            " and have experienced hostility in hostels. ",
        )
    d.add("\n\nAuthor: ", name_tok(r, po), ", Probation Officer, tel ", (po["phone"], "PHONE_NUMBER"), "\n")
    return d


def pj_contact_log(r):
    loc = pick_loc(r, ["gb", "us", "au", "ca"])
    p = make_person(r, loc, (18, 55))
    po = staff(r, loc)
    d = Doc()
    d.add("Supervision contact log - case ", (p["full"], "PERSON"), "\n")
    for k in range(r.randint(3, 5)):
        dt = fmt_date(r, loc, rand_date(r, 2024, 2024), 0)
        t = r.randint(0, 5)
        d.add(f"{dt} | ", (po["given"] + " " + po["family"][:1], "PERSON"), " | ")
        if t == 0:
            d.add(
                "Office visit. Discussed relapse; currently on ",
                (r.choice(["methadone 60ml", "buprenorphine", "naltrexone"]), "MEDICAL_CONDITION"),
                ".\n",
            )
        elif t == 1:
            d.add("Phone call to ", phone_tok(r, p), " - no answer, voicemail left.\n")
        elif t == 2:
            np = make_person(r, loc)
            d.add(
                "Home visit to ",
                (np["street"], "STREET_ADDRESS"),
                " (new partner's flat, ",
                (np["given"], "PERSON"),
                "). Address check ok.\n",
            )
        elif t == 3:
            d.add(
                "Missed appointment. Text sent. Says he was at A&E with ",
                (r.choice(["chest pains", "an overdose", "a broken wrist"]), "MEDICAL_CONDITION"),
                ".\n",
            )
        elif t == 4:
            cu = make_person(r, loc)["username"]
            if r.random() < 0.5:
                d.add(
                    "Snapchat contact reported with co-defendant ",
                    (cu, "USERNAME"),
                    " - licence condition breach considered.\n",
                )
            else:
                d.add(
                    "Victim reports posts about her on ",
                    ("https://www.tiktok.com/@" + cu, "URL"),
                    " - forwarded to police.\n",
                )
        else:
            d.add("Attended. Employment: labouring job in ", (r.choice(P.LOCALES[loc]["towns"])[0], "LOCATION"), ".\n")
    return d


def pj_yot_assessment(r):
    loc = pick_loc(r, ["gb", "de", "fr", "es", "nl", "us"])
    L = fl(loc)
    y = make_person(r, loc, (10, 17))
    parent = make_person(r, loc, (30, 55))
    parent["family"] = y["family"]
    parent["full"] = parent["given"] + " " + parent["family"] if P.LOCALES[loc]["order"] == "gf" else parent["full"]
    w = staff(r, loc)
    d = Doc()
    d.add(
        "YOUTH OFFENDING TEAM - ASSET+ summary\n",
        f"{L['name']}: ",
        name_tok(r, y),
        f"\n{L['dob']}: ",
        dob_tok(r, y),
        f"  ({L['age']} ",
        age_tok(r, y["age"]),
        ")\n",
        "Gender identity: ",
        (r.choice(["trans boy", "trans girl", "non-binary"]), "GENDER_IDENTITY")
        if r.random() < 0.3
        else "not recorded",
        "\n",
        "Ethnicity: ",
        (r.choice(P.ETHNIC), "ETHNIC_ORIGIN"),
        "\n",
        f"{L['addr']}: ",
        *address_parts(r, y),
        "\n",
        "Parent/carer: ",
        name_tok(r, parent),
        ", ",
        phone_tok(r, parent),
        "\n\n",
        "Index offence: ",
        (
            r.choice(
                [
                    "referral order for affray",
                    "youth caution for shoplifting",
                    "charged with robbery",
                    "arrested for possession of a bladed article",
                ]
            ),
            "CRIMINAL_HISTORY",
        ),
        ".\nHealth: ",
        (r.choice(["ADHD", "autism", "dyslexia and anxiety", "PTSD"]), "MEDICAL_CONDITION"),
        "; CAMHS referral open.\n",
        "Younger sibling ",
        (r.choice(P.LOCALES[loc]["f"]), "PERSON"),
        " (",
        age_tok(r, r.randint(5, 12)),
        ") also known to children's services.\n",
        "YOT worker: ",
        name_tok(r, w),
        "\n",
    )
    return d


def pj_bail_conditions(r):
    loc = pick_loc(r, ["gb", "us", "au", "de", "ca"])
    p = make_person(r, loc, (16, 45))
    d = Doc()
    d.add(
        "BAIL CONDITIONS / CURFEW ORDER\nName: ",
        name_tok(r, p),
        "   DOB ",
        dob_tok(r, p),
        "\n",
        f"1. Reside and sleep each night at ",
        (p["street"], "STREET_ADDRESS"),
        ", ",
        (p["town"], "LOCATION"),
        ".\n",
        f"2. Curfew {r.randint(19, 21)}:00-0{r.randint(6, 7)}:00, electronically monitored. Tag serial ",
        (I.tag_serial(r), "DEVICE_ID"),
        ", home monitoring unit ",
        (I.tag_serial(r), "DEVICE_ID"),
        ".\n",
        "3. Not to enter ",
        (r.choice(P.LOCALES[loc]["towns"])[0], "LOCATION"),
        " town centre.\n",
        "4. No contact directly or indirectly with ",
        (make_person(r, loc)["full"], "PERSON"),
        ".\n",
    )
    if p["age"] < 18:
        d.add("Defendant is ", age_tok(r, p["age"]), "; appropriate adult present.\n")
    return d


def pj_victim_letter(r):
    loc = pick_loc(r, ["gb", "au", "ca", "us", "in"])
    v, o = make_person(r, loc), make_person(r, loc, (18, 60))
    vlo = staff(r, loc)
    d = Doc()
    d.add(
        name_tok(r, v, case_var=False),
        "\n",
        *address_parts(r, v, False),
        "\n\nDear ",
        r.choice(["Mr ", "Ms ", "Mrs ", ""]),
        (v["family"], "PERSON"),
        ",\n\n",
        "I am the Victim Liaison Officer for the case involving ",
        (o["full"], "PERSON"),
        ", who received a ",
        (
            r.choice(
                [
                    "four-year custodial sentence for robbery",
                    "suspended sentence for assault occasioning actual bodily harm",
                    "two-year sentence for stalking",
                    "community order for harassment",
                ]
            ),
            "CRIMINAL_HISTORY",
        ),
        ". You may make a statement about licence conditions, such as an exclusion zone covering ",
        (v["town"], "LOCATION"),
        ".\n\n",
        "Please call me on ",
        (vlo["phone"], "PHONE_NUMBER"),
        " or email ",
        (vlo["email"], "EMAIL_ADDRESS"),
        ".\n\nYours sincerely\n",
        name_tok(r, vlo, case_var=False),
        "\n",
    )
    return d


def pj_court_list(r):
    loc = pick_loc(r, ["gb", "us", "au"])
    d = Doc()
    d.add(f"{r.choice(P.COURTS)} - court list, courtroom {r.randint(1, 6)}\nNo | Name | Age | Town | Matter\n")
    for k in range(r.randint(3, 6)):
        p = make_person(r, loc, (12, 17) if r.random() < 0.4 else (18, 70))
        d.add(
            f"{k + 1} | ",
            (p["family"].upper() + ", " + p["given"], "PERSON"),
            " | ",
            age_tok(r, p["age"], False),
            " | ",
            (p["town"], "LOCATION"),
            " |\n   ",
            (r.choice(P.CRIME), "CRIMINAL_HISTORY"),
            "\n",
        )
    return d


def pj_breach_report(r):
    loc = pick_loc(r, ["gb", "us", "se", "nl", "fr", "es", "de"])
    p = make_person(r, loc, (15, 50))
    lat, lon = coords(r, *TOWN_COORDS[loc])
    d = Doc()
    lang = P.LOCALES[loc]["lang"]
    if lang == "de":
        d.add(
            "Verstoßmeldung elektronische Aufenthaltsüberwachung\nProband: ",
            name_tok(r, p),
            ", geb. ",
            dob_tok(r, p),
            "\nFußfessel-Nr.: ",
            (I.tag_serial(r), "DEVICE_ID"),
            "\nVerbotszone betreten: ",
            (f"{lat} N, {lon} O", "GEO_COORDINATES"),
            "\nVorgeschichte: ",
            (r.choice(P.CRIME_DE), "CRIMINAL_HISTORY"),
            "\n",
        )
    elif lang == "fr":
        d.add(
            "Rapport d'incident - bracelet électronique\nPersonne placée: ",
            name_tok(r, p),
            ", née le " if p["female"] else ", né le ",
            dob_tok(r, p),
            "\nN° de bracelet: ",
            (I.tag_serial(r), "DEVICE_ID"),
            "\nPosition: ",
            (f"{lat}, {lon}", "GEO_COORDINATES"),
            "\nAntécédents: ",
            (r.choice(P.CRIME_FR), "CRIMINAL_HISTORY"),
            "\n",
        )
    elif lang == "es":
        d.add(
            "Informe de incumplimiento - pulsera telemática\nPenado: ",
            name_tok(r, p),
            ", nacido el ",
            dob_tok(r, p),
            "\nDispositivo: ",
            (I.tag_serial(r), "DEVICE_ID"),
            "\nUbicación: ",
            (f"{lat}, {lon}", "GEO_COORDINATES"),
            "\nAntecedentes: ",
            (r.choice(P.CRIME_ES), "CRIMINAL_HISTORY"),
            "\n",
        )
    else:
        d.add(
            "BREACH REPORT - electronic monitoring\nSubject: ",
            name_tok(r, p),
            " (",
            age_tok(r, p["age"]),
            ")\nTag: ",
            (I.tag_serial(r), "DEVICE_ID"),
            "\nViolations: curfew absent 23:14-01:52; exclusion zone entry at ",
            (f"{lat}, {lon}", "GEO_COORDINATES"),
            "\nOrder: ",
            (r.choice(P.CRIME), "CRIMINAL_HISTORY"),
            "\nResponsible officer: ",
            name_tok(r, staff(r, loc)),
            "\n",
        )
    return d


# =====================================================================================
# 4. utility_energy_accounts
# =====================================================================================
def ut_psr(r):
    loc = pick_loc(r, ["gb", "gb", "us", "de", "fr", "es", "au", "it", "nl"])
    L = fl(loc)
    p = make_person(r, loc, (25, 92))
    d = Doc()
    d.add(
        f"{r.choice(P.UTILITIES)} - Priority Services Register\nAccount {r.randint(10**9, 10**10 - 1)}\n",
        f"{L['name']}: ",
        name_tok(r, p),
        f"\n{L['dob']}: ",
        dob_tok(r, p),
        f"\n{L['addr']}: ",
        *address_parts(r, p),
        f"\n{L['phone']}: ",
        phone_tok(r, p),
        "\n",
        "Needs: ",
        (r.choice(P.EQUIP), None),
        " in use - relies on supply for ",
        (r.choice(P.MED), "MEDICAL_CONDITION"),
        "\n",
        "Household:\n",
    )
    for _ in range(r.randint(1, 3)):
        a = r.randint(0, 90)
        d.add(" * ", (r.choice(P.LOCALES[loc]["m"] + P.LOCALES[loc]["f"]), "PERSON"), " - ", age_tok(r, a), "\n")
    d.add("Nominated contact: ")
    n = make_person(r, loc)
    d.add(
        name_tok(r, n),
        ", ",
        phone_tok(r, n),
        "\n",
        "Caller password: ",
        (r.choice(["Bluebell", "Rover", "Grandma1950", "kestrel"]) + str(r.randint(1, 99)), "CREDENTIAL"),
        "\n",
    )
    return d


def ut_meter_dispute(r):
    loc = pick_loc(r, ["gb", "de", "nl", "se", "fr", "it", "es", "ch"])
    p = make_person(r, loc)
    ag = staff(r, loc)
    d = Doc()
    lang = P.LOCALES[loc]["lang"]
    if lang == "de":
        d.add(
            "Reklamation Zählerstand\nKunde: ",
            name_tok(r, p),
            "\n",
            *address_parts(r, p),
            "\nZählernummer: ",
            ("1ESY" + I.digits(r, 10), "DEVICE_ID"),
            f"\nGemeldeter Stand: {r.randint(10000, 99999)} kWh, abgerechnet {r.randint(10000, 99999)} kWh.\nKunde bittet um Rückruf unter ",
            phone_tok(r, p),
            ". Bearbeiter: ",
            name_tok(r, ag),
            "\n",
        )
    else:
        d.add(
            f"Meter reading dispute - case {ref(r, 'MRD')}\nCustomer: ",
            name_tok(r, p),
            " <",
            email_tok(r, p),
            ">\nSupply address: ",
            *address_parts(r, p),
            "\nSmart meter serial: ",
            (r.choice(["23P", "19L", "E6S"]) + I.digits(r, 8), "DEVICE_ID"),
            f"\nCustomer reading {r.randint(1000, 99999)} vs estimate {r.randint(1000, 99999)}.\n",
            "Agent ",
            name_tok(r, ag, "given"),
            ": photo of meter received, bill re-issued.\n",
        )
    return d


def ut_payment_plan(r):
    loc = pick_loc(r, ["gb", "us", "de", "fr", "es", "it", "nl", "pl", "br"])
    p = make_person(r, loc)
    d = Doc()
    d.add(
        f"PAYMENT ARRANGEMENT\nDebt: {r.randint(200, 3000)}.{r.randint(10, 99)}  Instalments: {r.randint(6, 24)}\nCustomer: ",
        name_tok(r, p),
        "\n",
        "Address: ",
        *address_parts(r, p),
        "\n",
        "Method: direct debit - ",
        *bank_parts(r, loc),
        "\n",
    )
    if r.random() < 0.6:
        d.add("Arrears lump sum taken by card ", (I.credit_card(r), "CREDIT_CARD"), ", CVV not stored\n")
    if r.random() < 0.4:
        d.add(
            "Customer disclosed ",
            (
                r.choice(["bipolar disorder", "severe depression", "cancer treatment", "dementia (early)"]),
                "MEDICAL_CONDITION",
            ),
            " - vulnerability flag added.\n",
        )
    return d


def ut_disconnection(r):
    loc = pick_loc(r, ["gb", "us", "ca", "au", "in"])
    p = make_person(r, loc)
    d = Doc()
    d.add(
        name_tok(r, p, case_var=False),
        "\n",
        *address_parts(r, p),
        "\n\nFINAL NOTICE - DISCONNECTION WARNING\n\nDear ",
        (p["given"], "PERSON"),
        ",\n",
        f"Your account is {r.randint(60, 200)} days overdue. Unless payment is received, your supply will be disconnected. ",
        "If anyone in your home depends on electricity for medical reasons, call the number on the back of your bill.\n",
    )
    if r.random() < 0.5:
        d.add(
            "\nHandwritten on returned slip: 'my husband ",
            (r.choice(P.LOCALES[loc]["m"]), "PERSON"),
            " is ",
            age_tok(r, r.randint(70, 95)),
            " and on ",
            (r.choice(["home oxygen for COPD", "dialysis", "a ventilator"]), "MEDICAL_CONDITION"),
            " - call ",
            phone_tok(r, p),
            "'\n",
        )
    return d


def ut_change_tenancy(r):
    loc = pick_loc(r)
    L = fl(loc)
    out, inn = make_person(r, loc), make_person(r, loc)
    inn["street"], inn["town"], inn["postcode"], inn["region"] = (
        out["street"],
        out["town"],
        out["postcode"],
        out["region"],
    )
    fwd = make_person(r, loc)
    d = Doc()
    d.add(
        "CHANGE OF TENANCY\nProperty: ",
        *address_parts(r, out),
        "\n\nOutgoing: ",
        name_tok(r, out),
        f", {L['phone']} ",
        phone_tok(r, out),
        "\nForwarding address: ",
        *address_parts(r, fwd),
        "\nFinal reading: ",
        f"{r.randint(1000, 99999)}\n\nIncoming: ",
        name_tok(r, inn),
        f"\n{L['dob']}: ",
        dob_tok(r, inn),
        f"\n{L['email']}: ",
        email_tok(r, inn),
        "\n",
    )
    if r.random() < 0.5:
        kind, v = idv(r, inn)
        d.add(f"{kind}: ", v, "\n")
    return d


def ut_router(r):
    loc = pick_loc(r)
    p = make_person(r, loc)
    d = Doc()
    d.add(
        f"{r.choice(['FibreLink Broadband', 'Telco Nova', 'NetHaus'])} - CPE record\nSubscriber: ",
        name_tok(r, p),
        "\nInstall address: ",
        *address_parts(r, p),
        "\n",
        "Router serial: ",
        (I.serial(r, "SN"), "DEVICE_ID"),
        "\nWAN MAC: ",
        (I.mac(r), "MAC_ADDRESS"),
        "\nPublic IPv4: ",
        (I.ipv4(r), "IP_ADDRESS"),
        "\nIPv6 prefix: ",
        (I.ipv6(r), "IP_ADDRESS"),
        "\nWi-Fi SSID: ",
        f"NET-{I.letters(r, 4)}",
        "  key: ",
        (I.password(r, P.PASSWORD_BITS), "CREDENTIAL"),
        "\n",
        "Admin portal user: ",
        (p["username"], "USERNAME"),
        "\n",
    )
    if r.random() < 0.5:
        d.add("Mobile SIM IMEI: ", (I.imei(r), "DEVICE_ID"), "\n")
    return d


def ut_call_notes(r):
    loc = pick_loc(r, ["gb", "us", "au", "ca", "in"])
    p = make_person(r, loc, (60, 95))
    ag = staff(r, loc)
    d = Doc()
    d.add(
        "Call notes - agent ",
        name_tok(r, ag, "given"),
        "\n",
        "Caller: ",
        name_tok(r, p),
        " (",
        age_tok(r, p["age"]),
        "), passed security with DOB ",
        dob_tok(r, p),
        " and PIN ",
        (I.pin(r), "CREDENTIAL"),
        ".\n",
        "Customer sounded confused, daughter ",
        (r.choice(P.LOCALES[loc]["f"]), "PERSON"),
        " took over the call; mentioned her mum has ",
        (r.choice(["dementia", "Alzheimer's", "had a stroke last year"]), "MEDICAL_CONDITION"),
        ". Daughter's number ",
        (make_person(r, loc)["phone"], "PHONE_NUMBER"),
        " added as 2nd contact.\n",
    )
    return d


# =====================================================================================
# 5. elder_home_care_records
# =====================================================================================
def ec_admission(r):
    loc = pick_loc(r, ["gb", "de", "fr", "es", "nl", "it", "jp", "se", "us", "ca"])
    L = fl(loc)
    p = make_person(r, loc, (68, 101))
    nok = make_person(r, loc, (35, 75))
    gp = staff(r, loc)
    d = Doc()
    d.add(
        f"{r.choice(P.CARE_HOMES)} - Admission\n",
        f"{L['name']}: ",
        name_tok(r, p),
        f"\n{L['dob']}: ",
        dob_tok(r, p),
        f" ({L['age']} ",
        age_tok(r, p["age"], False),
        ")\n",
    )
    kind, v = idv(r, p)
    d.add(
        f"{kind}: ",
        v,
        "\nPrevious address: ",
        *address_parts(r, p),
        "\nEthnic origin: ",
        (r.choice(P.ETHNIC), "ETHNIC_ORIGIN"),
        "\n",
        "Diagnoses: ",
        (r.choice(P.MED), "MEDICAL_CONDITION"),
        "; ",
        (r.choice(P.MED), "MEDICAL_CONDITION"),
        "\n",
        "GP: ",
        *surname_title(r, gp),
        ", ",
        (gp["phone"], "PHONE_NUMBER"),
        "\n",
        "Next of kin: ",
        name_tok(r, nok),
        " (",
        r.choice(["son", "daughter", "niece", "nephew", "friend"]),
        "), ",
        phone_tok(r, nok),
        ", ",
        email_tok(r, nok),
        "\n",
    )
    if r.random() < 0.5:
        d.add("LPA (health & welfare) held by: ", name_tok(r, make_person(r, loc)), "\n")
    if r.random() < 0.2:
        d.add("Genetic testing on file: ", (r.choice(P.GENETIC), "GENETIC_DATA"), "\n")
    return d


def ec_mar(r):
    loc = pick_loc(r, ["gb", "us", "au", "ca"])
    p = make_person(r, loc, (70, 99))
    d = Doc()
    d.add(
        "MEDICATION ADMINISTRATION RECORD\nResident: ",
        name_tok(r, p),
        "  Room ",
        f"{r.randint(1, 40)}",
        "  DOB ",
        dob_tok(r, p),
        "\nAllergies: penicillin\n\n",
        "Medicine | 08:00 | 13:00 | 18:00 | 22:00\n",
    )
    for _ in range(r.randint(3, 5)):
        s = staff(r, loc)
        d.add(
            (r.choice(P.MEDS), "MEDICAL_CONDITION"),
            " | given (",
            (s["given"], "PERSON"),
            ") | - | ",
            r.choice(["given", "refused", "-"]),
            " | -\n",
        )
    return d


def ec_daily_note(r):
    loc = pick_loc(r)
    p = make_person(r, loc, (70, 99))
    c = staff(r, loc)
    lang = P.LOCALES[loc]["lang"]
    d = Doc()
    if lang == "de":
        d.add(
            "Pflegebericht ",
            fmt_date(r, loc, rand_date(r, 2024, 2024), 0),
            "\nBewohnerin: " if p["female"] else "\nBewohner: ",
            name_tok(r, p),
            "\nFrühdienst: ",
            (p["given"], "PERSON"),
            " hat gut gefrühstückt, Blutzucker 142 mg/dl (",
            ("Diabetes mellitus Typ 2", "MEDICAL_CONDITION"),
            "). Tochter ",
            (r.choice(P.LOCALES[loc]["f"]), "PERSON"),
            " rief an (",
            (make_person(r, loc)["phone"], "PHONE_NUMBER"),
            "). Handzeichen: ",
            name_tok(r, c),
            "\n",
        )
    elif lang == "fr":
        d.add(
            "Transmissions ciblées - EHPAD\nRésident(e): ",
            name_tok(r, p),
            ", ",
            age_tok(r, p["age"], False),
            " ans\nCible: chute évitée, ",
            ("maladie d'Alzheimer", "MEDICAL_CONDITION"),
            ", agitation en soirée. Fils ",
            (r.choice(P.LOCALES[loc]["m"]), "PERSON"),
            " prévenu au ",
            (make_person(r, loc)["phone"], "PHONE_NUMBER"),
            ". Soignante: ",
            name_tok(r, c),
            "\n",
        )
    elif lang == "ja":
        d.add(
            "介護記録\n利用者: ",
            name_tok(r, p),
            "様 (",
            (str(p["age"]), "AGE"),
            "歳)\n",
            "既往歴: ",
            (r.choice(["認知症", "糖尿病", "パーキンソン病", "心不全"]), "MEDICAL_CONDITION"),
            "\n本日、昼食全量摂取。長男の",
            (r.choice(P.LOCALES["jp"]["m"]), "PERSON"),
            "様より電話(",
            (make_person(r, "jp")["phone"], "PHONE_NUMBER"),
            ")。\n記録者: ",
            name_tok(r, c),
            "\n",
        )
    elif lang == "es":
        d.add(
            "Registro diario - Residencia\nResidente: ",
            name_tok(r, p),
            " (",
            age_tok(r, p["age"], False),
            " años)\nDiagnóstico: ",
            (r.choice(["demencia vascular", "EPOC", "insuficiencia cardíaca"]), "MEDICAL_CONDITION"),
            "\nDurmió bien. Visita de su nieta ",
            (r.choice(P.LOCALES[loc]["f"]), "PERSON"),
            ". Auxiliar: ",
            name_tok(r, c),
            "\n",
        )
    else:
        d.add(
            f"Daily care note - {fmt_date(r, loc, rand_date(r, 2024, 2024))}\nClient: ",
            name_tok(r, p),
            "\n",
            "Carer: ",
            name_tok(r, c),
            "\n",
            (p["given"], "PERSON"),
            " was in good spirits, ate most of lunch. Catheter bag emptied. Reminded about ",
            (r.choice(P.MEDS), "MEDICAL_CONDITION"),
            ". Mentioned grandson ",
            (r.choice(P.LOCALES[loc]["m"]), "PERSON"),
            " (",
            age_tok(r, r.randint(6, 17)),
            ") is visiting at the weekend.\n",
        )
    return d


def ec_incident(r):
    loc = pick_loc(r, ["gb", "us", "au", "ca", "in", "nl"])
    p = make_person(r, loc, (70, 99))
    wit = staff(r, loc)
    rel = make_person(r, loc, (25, 60))
    d = Doc()
    if r.random() < 0.5:
        d.add(
            "FALLS INCIDENT REPORT\nResident: ",
            name_tok(r, p),
            ", ",
            age_tok(r, p["age"]),
            "\nFound on floor of bedroom at 03:40 by ",
            name_tok(r, wit),
            ". Small laceration to forehead. History of ",
            (r.choice(["osteoporosis", "postural hypotension", "Parkinson's disease"]), "MEDICAL_CONDITION"),
            ". On ",
            (r.choice(["apixaban 5mg", "warfarin"]), "MEDICAL_CONDITION"),
            " so taken to ED. NOK ",
            name_tok(r, rel),
            " informed on ",
            phone_tok(r, rel),
            ".\n",
        )
    else:
        d.add(
            "SAFEGUARDING CONCERN\nAdult at risk: ",
            name_tok(r, p),
            " (",
            age_tok(r, p["age"]),
            ")\nAddress: ",
            *address_parts(r, p),
            "\n",
            "Concern: possible financial abuse by nephew ",
            name_tok(r, rel),
            ", who has withdrawn cash using her card ",
            (I.credit_card(r), "CREDIT_CARD"),
            ". Nephew has a ",
            (
                r.choice(
                    [
                        "conviction for fraud by false representation",
                        "previous conviction for theft",
                        "charge of burglary pending",
                    ]
                ),
                "CRIMINAL_HISTORY",
            ),
            ". Raised by ",
            name_tok(r, wit),
            ".\n",
        )
    return d


def ec_gp_letter(r):
    loc = pick_loc(r, ["gb", "us", "de", "nl", "au", "ca"])
    p = make_person(r, loc, (70, 99))
    gp, ph = staff(r, loc), staff(r, loc)
    d = Doc()
    d.add(
        "To: ",
        r.choice(["Oak Lane Pharmacy", "Apotheke am Markt", "Boots", "CVS Pharmacy #", "Apotheek De Linde"]),
        "\nFrom: ",
        *surname_title(r, gp),
        "\n\n",
        "Re: ",
        name_tok(r, p),
        ", DOB ",
        dob_tok(r, p),
    )
    kind, v = idv(r, p)
    d.add(
        f", {kind} ",
        v,
        "\n\nPlease change to blister packs. Current: ",
        (r.choice(P.MEDS), "MEDICAL_CONDITION"),
        ", ",
        (r.choice(P.MEDS), "MEDICAL_CONDITION"),
        ". Stop ",
        (r.choice(P.MEDS), "MEDICAL_CONDITION"),
        " due to falls. Diagnosis: ",
        (r.choice(P.MED), "MEDICAL_CONDITION"),
        ".\n",
    )
    if r.random() < 0.3:
        d.add(
            "Pharmacogenomic result: ",
            (r.choice(["CYP2D6 poor metaboliser", "CYP2C19 *2/*2 genotype", "HLA-B*57:01 positive"]), "GENETIC_DATA"),
            ".\n",
        )
    d.add(
        "Deliver to: ",
        (p["street"], "STREET_ADDRESS"),
        ", ",
        (p["town"], "LOCATION"),
        "\nQueries to ",
        (ph["email"], "EMAIL_ADDRESS"),
        "\n",
    )
    return d


def ec_home_visit(r):
    loc = pick_loc(r, ["gb", "au", "ie" if False else "gb", "ca", "us", "nl", "se"])
    p = make_person(r, loc, (68, 100))
    c1, c2 = staff(r, loc), staff(r, loc)
    d = Doc()
    d.add(
        "HOME VISIT RUN SHEET\nClient: ",
        name_tok(r, p),
        "\n",
        *address_parts(r, p),
        "\nKeysafe code: ",
        (I.pin(r, 4), "CREDENTIAL"),
        "  (door to the left of garage)\n",
    )
    if r.random() < 0.5:
        d.add("Building entry code: ", ("#" + I.pin(r, r.choice([4, 6])), "CREDENTIAL"), "\n")
    d.add(
        "Calls: 08:00 ",
        (c1["given"], "PERSON"),
        " / 12:30 ",
        (c2["given"], "PERSON"),
        " / 17:00 ",
        (c1["given"], "PERSON"),
        "\n",
        "Client lives alone, ",
        (r.choice(["vascular dementia", "macular degeneration", "COPD", "heart failure"]), "MEDICAL_CONDITION"),
        ". Emergency contact: ",
        name_tok(r, make_person(r, loc)),
        " ",
        phone_tok(r, make_person(r, loc)),
        "\n",
    )
    if r.random() < 0.3:
        d.add(
            "Note: client is ",
            (r.choice(["gay", "bisexual"]), "SEXUAL_ORIENTATION"),
            " and asked that their partner of 40 years, ",
            (r.choice(P.LOCALES[loc]["m"]), "PERSON"),
            ", be treated as next of kin.\n",
        )
    return d


REGISTERS = {
    "veterinary_animal_welfare": [
        vet_registration,
        vet_treatment_note,
        vet_microchip_transfer,
        vet_cruelty_report,
        vet_adoption_application,
        vet_email_thread,
    ],
    "ride_hailing_delivery_support": [
        ride_trip_dispute,
        ride_onboarding,
        ride_safety_incident,
        ride_lost_property,
        ride_gps_trace,
        ride_chat_export,
        ride_chargeback,
    ],
    "probation_youth_justice": [
        pj_psr,
        pj_contact_log,
        pj_yot_assessment,
        pj_bail_conditions,
        pj_victim_letter,
        pj_court_list,
        pj_breach_report,
    ],
    "utility_energy_accounts": [
        ut_psr,
        ut_meter_dispute,
        ut_payment_plan,
        ut_disconnection,
        ut_change_tenancy,
        ut_router,
        ut_call_notes,
    ],
    "elder_home_care_records": [ec_admission, ec_mar, ec_daily_note, ec_incident, ec_gp_letter, ec_home_visit],
}
