"""Register 3: dating_app_reports - user-safety reports from dating and friendship apps."""

import ids
import world
from core import (
    Doc,
    E,
    age_en,
    age_label,
    date_fmt,
    email_for,
    full_name,
    make_person,
    name_variant,
    num_words,
    username_for,
)

APPS = [
    "Sparkd",
    "MatchNest",
    "Kindred",
    "LoveLoop",
    "Hinterland",
    "Tandm",
    "Amigo+",
    "Bumpr",
    "Linkup Teens",
    "YouMeet",
]
EN_CC = (
    ["GB", "US", "AU", "CA", "ZA", "NG", "KE", "IN", "IE"]
    if False
    else ["GB", "US", "AU", "CA", "ZA", "NG", "KE", "IN"]
)
MODS = ["T&S analyst", "Safety reviewer", "Moderator", "Tier-2 agent"]


def cperson(rng, cc=None, gender=None):
    c = world.BY_CC[cc] if cc else rng.choice(world.COUNTRIES)
    return c, make_person(rng, c, gender)


def stamp(rng):
    return ids.rand_ts(rng, 2024, 2025)[:16]


def d_profile_report(rng, d):
    cR, rep = cperson(rng, rng.choice(EN_CC))
    cX, x = cperson(rng, cR["cc"], "m")
    tn, tl = world.town_pair(rng, cX)
    age_claim = rng.randint(19, 29)
    age_real = rng.randint(34, 58)
    orient = rng.choice(world.ORIENT)
    ux, ur = username_for(rng, x), username_for(rng, rep)
    d.f(
        "USER SAFETY REPORT #{n}\nApp: {a}    Category: {c}    Received: {t}\n\n",
        n=rng.randint(10**6, 10**7),
        a=rng.choice(APPS),
        c=rng.choice(["Catfishing / age misrepresentation", "Solicitation of a minor", "Harassment"]),
        t=stamp(rng),
    )
    d.f(
        "Reporter: @{u} ({n})\n",
        u=E(ur, "USERNAME"),
        n=E(name_variant(rng, rep, rng.choice(["full", "given"])), "PERSON"),
    )
    d.t("\nREPORTED PROFILE\n")
    d.f(
        "  Handle: @{u}\n  Display name: {n}\n  Profile age: {a}\n  Orientation: {o}\n  Location: {l}\n",
        u=E(ux, "USERNAME"),
        n=E(x["given"], "PERSON"),
        a=E(str(age_claim), "AGE"),
        o=E(orient, "SEXUAL_ORIENTATION"),
        l=E(tl, "LOCATION"),
    )
    d.f(
        '  Bio: "{b}"\n',
        b=rng.choice(
            [
                "Just a chill guy who likes hiking and dogs",
                "Ask me anything :) no drama",
                "Young at heart. Love travelling.",
                "Here for friends first",
            ]
        ),
    )
    d.t("\nREPORTED MESSAGES\n")
    msgs = [
        (ux, ["hey gorgeous, how old are u really?"]),
        (ur, ["why do you ask"]),
        (ux, ["ur pics look young lol. i'm actually ", (str(age_real), "AGE"), " but age is just a number"]),
        (ux, ["text me instead ", (ids.phone_gen(rng, cX["region"]), "PHONE_NUMBER"), " this app is glitchy"]),
        (
            ur,
            [
                "my cousin ",
                (name_variant(rng, make_person(rng, cR), "given"), "PERSON"),
                " is only ",
                (str(rng.randint(13, 16)), "MINOR_AGE"),
                " and you messaged her too",
            ],
        ),
    ]
    for u, m in msgs[: rng.randint(4, 5)]:
        d.f("  [{t}] {u}: ", t=stamp(rng), u=E(u, "USERNAME"))
        d.put(m)
        d.t("\n")
    d.f("\nMODERATOR NOTE ({r}): ", r=rng.choice(MODS))
    d.put(
        [
            "profile photos reverse-search to another account under the name ",
            (full_name(x, True), "PERSON"),
            ". Linked e-mail ",
            (email_for(rng, x), "EMAIL_ADDRESS"),
            ". ",
            rng.choice(["Suspended pending review.", "Escalated to child-safety queue.", "Banned; device blocked."]),
        ]
    )
    d.t("\n")


def d_age_verify(rng, d):
    cc = rng.choice(["US", "US", "GB", "DE", "BR", "IN", "ZA", "PL", "TR", "MX", "SE"])
    c, teen = cperson(rng, cc)
    cP, parent = cperson(rng, cc)
    parent["family"], parent["family_lat"] = teen["family"], teen["family_lat"]
    born = ids.rand_date(rng, 2008, 2011)
    real = 2025 - born.year
    stated = rng.randint(18, 21)
    u = username_for(rng, teen)
    d.f("AGE ASSURANCE CASE {r}\n", r=ids.ref(rng, "AA"))
    d.f(
        "Account: @{u}   profile age: {a}   app: {app}\n",
        u=E(u, "USERNAME"),
        a=E(str(stated), "AGE"),
        app=rng.choice(APPS),
    )
    d.f("Facial age estimation: {lo}-{hi} (conf. 0.{cf})\n", lo=real - 1, hi=real + 1, cf=rng.randint(70, 95))
    if cc == "US":
        if rng.random() < 0.6:
            st, dl = ids.us_dl(rng)
            d.f("Document: {st} driver license no. {dl}\n", st=ids.US_STATE_NAMES[st], dl=E(dl, "US_DRIVER_LICENSE"))
        else:
            d.f("Document: US passport {pp}\n", pp=E(ids.us_passport(rng), "US_PASSPORT"))
    else:
        cap, fn = rng.choice(c["nid"])
        d.f("Document: {cap} {v}\n", cap=cap, v=E(fn(rng), "NATIONAL_ID"))
    d.f(
        "Name on document: {n}\nDOB on document: {b}\n",
        n=E(name_variant(rng, teen, rng.choice(["upper", "full", "rev"])), "PERSON"),
        b=E(date_fmt(born, c["dob"] if c["dob"] not in ("ja", "ko", "zh") else "iso"), "DATE_OF_BIRTH"),
    )
    d.put(
        [
            "Result: user is ",
            *age_en(rng, real, rng.choice(["years", "aged", "paren", "words"])),
            ", not ",
            (str(stated), "AGE"),
            " as claimed. ",
            rng.choice(
                [
                    "Account removed under minimum-age policy.",
                    "Account locked; matches unmatched.",
                    "Removed, re-registration blocked.",
                ]
            ),
        ]
    )
    d.t("\n")
    if rng.random() < 0.7:
        d.f(
            "Parent/guardian contacted: {n}, {t}\n",
            n=E(name_variant(rng, parent, rng.choice(["full", "lat"])), "PERSON"),
            t=E(ids.phone_gen(rng, c["region"]), "PHONE_NUMBER"),
        )
    d.f(
        "Adult matches flagged for review: @{a}, @{b}\n",
        a=E(username_for(rng), "USERNAME"),
        b=E(username_for(rng), "USERNAME"),
    )


def d_spanish(rng, d):
    c, x = cperson(rng, "MX", "m")
    cR, rep = cperson(rng, "MX", "f")
    tn, tl = world.town_pair(rng, c)
    ux = username_for(rng, x)
    eth = rng.choice(["mixteco", "zapoteca", "afromexicano", "Hispanic", "Latino"])
    d.f(
        "Reporte de seguridad / Safety report - {app}\nFecha: {f}\n\n",
        app=rng.choice(APPS),
        f=date_fmt(ids.rand_date(rng, 2024, 2025), "dmy_slash"),
    )
    d.t("Perfil reportado:\n")
    d.f(
        "  Nombre: {n}\n  Edad: {a}\n  Ciudad: {ci}\n  Identidad: {g}\n",
        n=E(x["given"], "PERSON"),
        a=E(str(rng.randint(25, 45)), "AGE"),
        ci=E(tl, "LOCATION"),
        g=E(rng.choice(["hombre trans", "no binario", "trans man", "non-binary"]), "GENDER_IDENTITY"),
    )
    d.f(
        '  Bio: "Hola, soy {n}, {o}, orgullosamente {e}. Busco amistad y algo más 😉"\n',
        n=E(x["given"], "PERSON"),
        o=E(rng.choice(["bisexual", "pansexual", "gay"]), "SEXUAL_ORIENTATION"),
        e=E(eth, "ETHNIC_ORIGIN"),
    )
    d.t("\nMensajes reportados:\n")
    d.f("  {u}: hola bonita, cuántos años tienes?\n", u=E(ux, "USERNAME"))
    d.f("  reporter: tengo {a}, ya te dije\n", a=E(str(rng.randint(14, 16)), "MINOR_AGE"))
    d.f(
        "  {u}: no pasa nada, mándame tu whats. el mío es {t}\n",
        u=E(ux, "USERNAME"),
        t=E(ids.phone_gen(rng, "MX"), "PHONE_NUMBER"),
    )
    d.f("  {u}: vivo en {ad}, ven cuando quieras\n", u=E(ux, "USERNAME"), ad=E(c["addr"](rng, tn), "STREET_ADDRESS"))
    d.f(
        "\nNota del moderador: la reportante ({n}) es menor; su madre confirmó la edad por correo ({e}). Perfil suspendido.\n",
        n=E(full_name(rep), "PERSON"),
        e=E(email_for(rng, make_person(rng, c, "f")), "EMAIL_ADDRESS"),
    )


def d_teen_friend(rng, d):
    cc = rng.choice(["GB", "US", "AU", "CA", "FR", "DE", "SE", "PL"])
    c, teen = cperson(rng, cc)
    cA, adult = cperson(rng, cc, "m")
    tn, tl = world.town_pair(rng, c)
    age = rng.randint(13, 16)
    d.f("{app} - Community Safety Ticket\n", app=rng.choice(["Linkup Teens", "Amigo+", "YouMeet"]))
    d.f(
        "Reported by: {n} (@{u}), {a}\n",
        n=E(name_variant(rng, teen, rng.choice(["given", "full", "lower"])), "PERSON"),
        u=E(username_for(rng, teen), "USERNAME"),
        a=[*age_en(rng, age, rng.choice(["age", "years", "yo", "aged"]))],
    )
    d.f(
        'Reported user: @{u} ("{n}", says {sa})\n',
        u=E(username_for(rng, adult), "USERNAME"),
        n=E(adult["given"], "PERSON"),
        sa=E(str(rng.randint(16, 17)), "MINOR_AGE"),
    )
    d.t("Selected reasons: [x] asked for pics  [x] asked to move to another app  [ ] bullying\n\n")
    d.t("Reporter's words: ")
    d.put(
        [
            rng.choice(["he said he was in year 11 but", "he told me he goes to my school but"]),
            " his voice in the live room was a grown man. he knew i live in ",
            (tl, "LOCATION"),
            " and that i have ",
            (rng.choice(world.CONDITIONS), "MEDICAL_CONDITION"),
            " because i posted about it. he asked for my ",
            rng.choice(["snap", "insta", "whatsapp"]),
            " and said his is ",
            (username_for(rng), "USERNAME"),
            ".",
        ]
    )
    d.t("\n\n")
    d.put(
        [
            "Agent: live-room audio reviewed; voice estimated adult ",
            *age_en(rng, rng.randint(30, 50), "paren"),
            ". Account created from IP ",
            (ids.ipv4_gen(rng), "IP_ADDRESS"),
            ", device ",
            (ids.uuid_gen(rng, True), "DEVICE_ID"),
            ". Action: permanent ban, NCMEC/CEOP referral drafted.",
        ]
    )
    d.t("\n")


def d_json(rng, d):
    c, x = cperson(rng)
    cV, v = cperson(rng, c["cc"])
    tn, tl = world.town_pair(rng, c)
    ux = username_for(rng, x)
    d.t("{\n")
    d.f('  "report_id": "{r}",\n  "app": "{a}",\n', r=ids.ref(rng, "RPT"), a=rng.choice(APPS))
    d.f(
        '  "reported": {"handle": "{u}", "name": "{n}", "age": {age}, "city": "{city}",\n',
        u=E(ux, "USERNAME"),
        n=E(full_name(x), "PERSON"),
        age=E(str(rng.randint(21, 49)), "AGE"),
        city=E(tn, "LOCATION"),
    )
    d.f(
        '               "gender": "{g}", "email": "{e}", "phone": "{p}"},\n',
        g=E(rng.choice(world.GENDER), "GENDER_IDENTITY"),
        e=E(email_for(rng, x, False), "EMAIL_ADDRESS"),
        p=E(ids.phone_gen(rng, c["region"], style="e164"), "PHONE_NUMBER"),
    )
    d.f(
        '  "victim": {"handle": "{u}", "age_verified": {a}},\n',
        u=E(username_for(rng, v), "USERNAME"),
        a=E(str(rng.randint(14, 17)), "MINOR_AGE"),
    )
    d.f(
        '  "device": {"idfv": "{i}", "ip": "{ip}"},\n',
        i=E(ids.uuid_gen(rng, True), "DEVICE_ID"),
        ip=E(ids.ipv4_gen(rng), "IP_ADDRESS"),
    )
    d.f('  "payment": {"card": "{cc}"},\n', cc=E(ids.credit_card(rng).replace(" ", "").replace("-", ""), "CREDIT_CARD"))
    d.f(
        '  "notes": "reported user sent {vg} explicit messages; said {q}"\n',
        vg=rng.randint(3, 40),
        q=rng.choice(["'you seem mature'", "'delete this chat'", "'i can pick you up'"]),
    )
    d.t("}\n")


def d_le_referral(rng, d):
    c, x = cperson(rng, rng.choice(["US", "US", "GB", "CA", "AU"]), "m")
    tn, tl = world.town_pair(rng, c)
    ux = username_for(rng, x)
    crim = rng.choice(world.CRIMINAL)
    d.f(
        "LAW ENFORCEMENT REFERRAL - {app} Trust & Safety\nRef: {r}\n\nSubject account\n",
        app=rng.choice(APPS),
        r=ids.ref(rng),
    )
    d.f("  Name (verified via payment): {n}\n", n=E(name_variant(rng, x, rng.choice(["upper", "full"])), "PERSON"))
    d.f(
        "  Profile URL: {url}\n",
        url=E(f"https://{rng.choice(['sparkd.app', 'matchnest.com', 'kindred.love'])}/u/{ux}", "URL"),
    )
    d.f("  Handle: {u}\n", u=E(ux, "USERNAME"))
    d.f("  DOB (payment KYC): {b}\n", b=E(date_fmt(ids.rand_date(rng, 1965, 1995), c["dob"]), "DATE_OF_BIRTH"))
    d.f("  Billing address: {a}\n", a=E(c["addr"](rng, tn), "STREET_ADDRESS"))
    d.f("  Card: {cc}\n", cc=E(ids.credit_card(rng), "CREDIT_CARD"))
    d.f(
        "  Signup IP: {ip}   Last IP: {ip2}\n",
        ip=E(ids.ipv4_gen(rng), "IP_ADDRESS"),
        ip2=E(ids.ipv6_gen(rng), "IP_ADDRESS"),
    )
    d.f("  Devices: IMEI {i}; ad ID {a}\n", i=E(ids.imei_gen(rng), "DEVICE_ID"), a=E(ids.uuid_gen(rng), "DEVICE_ID"))
    if c["cc"] == "US":
        d.f("  SSN (from chargeback dispute): {s}\n", s=E(ids.us_ssn_gen(rng), "US_SSN"))
        if rng.random() < 0.6:
            d.f("  ID verification: US passport {pp}\n", pp=E(ids.us_passport(rng), "US_PASSPORT"))
        else:
            st, dl = ids.us_dl(rng)
            d.f(
                "  ID verification: {st} driver license {dl}\n",
                st=ids.US_STATE_NAMES[st],
                dl=E(dl, "US_DRIVER_LICENSE"),
            )
    d.f("  Vehicle seen in profile photo: plate {p}\n", p=E(ids.plate(rng, c["plate"]), "VEHICLE_PLATE"))
    d.t("\nSummary\n")
    d.put(
        [
            "Open-source check indicates the subject ",
            crim[1][3:],
            (crim[2], "CRIMINAL_HISTORY"),
            ". He matched with at least three users whose ID checks show ages ",
            (str(rng.randint(13, 14)), "MINOR_AGE"),
            ", ",
            (str(rng.randint(15, 16)), "MINOR_AGE"),
            " and ",
            (str(17), "MINOR_AGE"),
            ", and proposed meeting in ",
            (tl, "LOCATION"),
            ".",
        ]
    )
    d.t("\n")


def d_de_tr(rng, d):
    c, x = cperson(rng, rng.choice(["DE", "TR"]), "m")
    cD = world.BY_CC["DE"]
    cV, v = cperson(rng, rng.choice(["DE", "TR"]), "f")
    town = rng.choice(cD["towns"])
    d.f(
        "Meldung Nutzersicherheit - {app}\nEingang: {t}\n\n",
        app=rng.choice(APPS),
        t=date_fmt(ids.rand_date(rng, 2024, 2025), "dmy_dot"),
    )
    d.f(
        "Gemeldetes Profil: {n}, {a} Jahre, {o}\n",
        n=E(x["given"], "PERSON"),
        a=E(str(rng.randint(23, 44)), "AGE"),
        o=E(rng.choice(["bi", "schwul", "hetero", "bisexuell"]), "SEXUAL_ORIENTATION"),
    )
    d.f("Wohnort laut Profil: {w}\n", w=E(town, "LOCATION"))
    d.t("Nachrichten (Auszug):\n")
    d.f("  {n}: selam güzelim, kaç yaşındasın?\n", n=E(x["given"].upper(), "PERSON"))
    d.f("  {n}: {a}, warum?\n", n=E(v["given"].upper(), "PERSON"), a=E(str(rng.randint(13, 15)), "MINOR_AGE"))
    d.f(
        "  {n}: egal, schreib mir auf WhatsApp {t}\n",
        n=E(x["given"].upper(), "PERSON"),
        t=E(ids.phone_gen(rng, rng.choice(["DE", "TR"])), "PHONE_NUMBER"),
    )
    d.f(
        "  {n}: ich hole dich ab, ich hab einen schwarzen Golf, Kennzeichen {p}\n",
        n=E(x["given"].upper(), "PERSON"),
        p=E(ids.plate(rng, "DE"), "VEHICLE_PLATE"),
    )
    d.f(
        "\nMod-Notiz: Klarname laut Zahlungsdaten {n}; IBAN {i}. Gesperrt, Meldung an Polizei vorbereitet.\n",
        n=E(full_name(x), "PERSON"),
        i=E(ids.iban_gen(rng, rng.choice(["DE", "TR"])), "IBAN_CODE"),
    )


def d_east_asia(rng, d):
    cc = rng.choice(["JP", "KR"])
    c, x = cperson(rng, cc, "m")
    cV, v = cperson(rng, cc, "f")
    tn, tl = world.town_pair(rng, c)
    ux = username_for(rng, x)
    age_v = rng.randint(14, 17)
    if cc == "JP":
        d.f("通報レポート（{app}）\n受付日時: {t}\n", app=rng.choice(APPS), t=stamp(rng))
        d.f(
            "通報対象: {n}（ID: {u}）、自称{a}歳、{l}在住\n",
            n=E(full_name(x), "PERSON"),
            u=E(ux, "USERNAME"),
            a=E(str(rng.randint(20, 26)), "AGE"),
            l=E(tn, "LOCATION"),
        )
        d.f("通報者: {n}さん（{a}歳・高校生）\n", n=E(v["family"], "PERSON"), a=E(str(age_v), "MINOR_AGE"))
        d.f(
            "内容: 「会おうよ、LINE教えて」としつこく連絡。電話番号 {p} を送ってきた。\n",
            p=E(ids.phone_gen(rng, "JP", style="natl"), "PHONE_NUMBER"),
        )
        d.f(
            "モデレーターメモ: 年齢確認書類の生年月日 {b}（実年齢{ra}歳）。アカウント停止。\n",
            b=E(date_fmt(ids.rand_date(rng, 1975, 1990), "ja"), "DATE_OF_BIRTH"),
            ra=E(str(rng.randint(35, 49)), "AGE"),
        )
        d.f(
            "English summary: adult user {n} contacted a {a}-year-old; account suspended.\n",
            n=E(full_name(x, True), "PERSON"),
            a=E(str(age_v), "MINOR_AGE"),
        )
    else:
        d.f("신고 접수 ({app})\n접수 시각: {t}\n", app=rng.choice(APPS), t=stamp(rng))
        d.f(
            "신고 대상: {n} (아이디 {u}), 프로필 나이 {a}세, 지역 {l}\n",
            n=E(full_name(x), "PERSON"),
            u=E(ux, "USERNAME"),
            a=E(str(rng.randint(20, 27)), "AGE"),
            l=E(tn, "LOCATION"),
        )
        d.f("신고자: {n} ({a}세, 중학생)\n", n=E(full_name(v), "PERSON"), a=E(str(age_v), "MINOR_AGE"))
        d.f(
            "내용: 카카오톡 아이디 {k} 로 옮기자고 요구, 연락처 {p} 전송\n",
            k=E(username_for(rng), "USERNAME"),
            p=E(ids.phone_gen(rng, "KR", style="natl"), "PHONE_NUMBER"),
        )
        d.f(
            "운영자 메모: 실명 인증 결과 {b}생, {o} 성향 표기. 영구 정지.\n",
            b=E(date_fmt(ids.rand_date(rng, 1975, 1992), "ko"), "DATE_OF_BIRTH"),
            o=E(rng.choice(["양성애", "동성애"]), "SEXUAL_ORIENTATION"),
        )
        d.f(
            "EN: reporter {n} is {a}; subject is an adult.\n",
            n=E(full_name(v, True), "PERSON"),
            a=E(str(age_v), "MINOR_AGE"),
        )


def d_fr_ar(rng, d):
    c = world.BY_CC["FR"]
    ce = rng.choice([world.BY_CC["EG"], world.BY_CC["FR"]])
    x = make_person(rng, ce, "m")
    v = make_person(rng, c, "f")
    town = rng.choice(c["towns"])
    d.f("Signalement - {app} - {t}\n", app=rng.choice(APPS), t=date_fmt(ids.rand_date(rng, 2024, 2025), "dmy_slash"))
    d.f(
        "Profil signalé : « {n} », {a} ans, {l}\n",
        n=E(x["given"], "PERSON"),
        a=E(str(rng.randint(24, 45)), "AGE"),
        l=E(town, "LOCATION"),
    )
    d.f(
        "Origine indiquée sur le profil : {e}\n",
        e=E(rng.choice(["maghrébine", "kabyle", "égyptienne", "antillaise", "Amazigh"]), "ETHNIC_ORIGIN"),
    )
    d.t("Messages :\n")
    d.f("  {n} : salut ma belle, t'as quel âge ?\n", n=E(x["given"], "PERSON"))
    d.f("  {n} : {a} ans\n", n=E(v["given"], "PERSON"), a=E(str(rng.randint(13, 15)), "MINOR_AGE"))
    d.f(
        "  {n} : c'est pas grave. يا حلوة ابعتيلي صورتك. mon numéro {p}\n",
        n=E(x["given"], "PERSON"),
        p=E(ids.phone_gen(rng, rng.choice(["FR", "EG"])), "PHONE_NUMBER"),
    )
    d.f(
        "  {n} : je viens te chercher, j'habite {a}\n",
        n=E(x["given"], "PERSON"),
        a=E(c["addr"](rng, rng.choice(c["towns"])), "STREET_ADDRESS"),
    )
    d.f(
        "\nNote modération : identité vérifiée {n} ; {c}. Compte banni, signalement PHAROS.\n",
        n=E(full_name(x, True).upper(), "PERSON"),
        c=rng.choice(["antécédents signalés par une autre victime", "double compte détecté", "paiement refusé"]),
    )


def d_ocr(rng, d):
    c, x = cperson(rng, rng.choice(EN_CC), "m")
    cV, v = cperson(rng, c["cc"], "f")
    tn, tl = world.town_pair(rng, c)
    d.f("[attachment: screenshot_{n}.png - OCR text follows, errors not corrected]\n", n=rng.randint(1000, 9999))
    d.f("< {n}   Active now\n", n=E(x["given"], "PERSON"))
    age = rng.randint(13, 16)
    lines = [
        ["hey cutie u up"],
        ["ya"],
        ["how old r u again"],
        [(str(age), "MINOR_AGE"), " lol y"],
        ["nothin. i'm ", (str(rng.randint(25, 44)), "AGE"), " hope thats ok"],
        ["u live near ", (tl, "LOCATION"), " right? i can drive"],
        ["my number ", (ids.phone_gen(rng, c["region"], style="natl"), "PHONE_NUMBER"), " dont save it under my name"],
        ["Delivered"],
    ]
    for ln in lines:
        d.t(rng.choice(["", "  ", "    "]))
        d.put(ln)
        d.t(rng.choice(["\n", " 11:4" + str(rng.randint(0, 9)) + "\n", "\n"]))
    if rng.random() < 0.6:
        import reg_telecom

        lat0, lon0 = reg_telecom.CENTER[c["cc"]]
        d.f("[shared location pin] {g}\n", g=E(ids.geo(rng, lat0, lon0), "GEO_COORDINATES"))
    d.f(
        "[end OCR]\nUploader note: this is my daughter {n}'s phone, she is {a}. the man's profile says he's {g} and {o}.\n",
        n=E(v["given"], "PERSON"),
        a=E(num_words(age), "MINOR_AGE"),
        g=E(rng.choice(world.GENDER), "GENDER_IDENTITY"),
        o=E(rng.choice(world.ORIENT), "SEXUAL_ORIENTATION"),
    )
    d.f("Uploader contact: {e}\n", e=E(email_for(rng, make_person(rng, c, "f")), "EMAIL_ADDRESS"))


TEMPLATES = [
    d_profile_report,
    d_age_verify,
    d_spanish,
    d_teen_friend,
    d_json,
    d_le_referral,
    d_de_tr,
    d_east_asia,
    d_fr_ar,
    d_ocr,
]


def generate(rng, idx):
    d = Doc()
    TEMPLATES[idx % len(TEMPLATES)](rng, d)
    return d
