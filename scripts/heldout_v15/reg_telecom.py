"""Register 1: telecom_disclosures - operator/ISP/platform answers to lawful data requests."""

import ids
import world
from core import Doc, E, age_en, date_fmt, email_for, full_name, make_person, name_variant, username_for

CENTER = {
    "GB": (53.8, -1.55),
    "US": (39.76, -84.19),
    "DE": (51.48, 7.22),
    "FR": (45.76, 4.84),
    "BR": (-8.05, -34.9),
    "IN": (26.85, 80.95),
    "NG": (7.38, 3.94),
    "JP": (43.06, 141.35),
    "KR": (35.18, 129.08),
    "CN": (30.66, 104.06),
    "RU": (56.84, 60.6),
    "PL": (51.76, 19.46),
    "TR": (38.42, 27.14),
    "MX": (19.04, -98.2),
    "EG": (31.2, 29.92),
    "KE": (-0.3, 36.07),
    "ID": (-7.25, 112.75),
    "VN": (16.05, 108.2),
    "TH": (18.79, 98.98),
    "IL": (32.8, 34.99),
    "GR": (40.64, 22.94),
    "ZA": (-29.86, 31.02),
    "SE": (55.6, 13.0),
    "CA": (49.9, -97.14),
    "AU": (-38.15, 144.36),
    "PK": (31.55, 74.34),
    "UA": (49.99, 36.23),
}

CARRIERS = {
    "US": ["Cascade Wireless", "Liberty Mobile LLC", "BlueRiver Cellular"],
    "GB": ["Albion Mobile Ltd", "Northgate Telecom"],
    "DE": ["Rheinnetz Mobilfunk GmbH", "Elbe Telekommunikation AG"],
    "FR": ["Opérateur Hexa Télécom", "Azur Mobile SAS"],
    "BR": ["Conecta Telecom S.A.", "Sertão Fibra Ltda."],
    "IN": ["Sagar Telecom Ltd", "Vayu Mobile Pvt Ltd"],
}
MODELS = [
    "iPhone 13",
    "iPhone 15 Pro",
    "Galaxy A54",
    "Galaxy S23",
    "Redmi Note 12",
    "Pixel 7a",
    "Moto G84",
    "Nokia G21",
    "OPPO A78",
    "Tecno Spark 10",
    "Huawei nova 11",
    "Xiaomi 13T",
]


def person_in(rng, cc=None, gender=None):
    c = world.BY_CC[cc] if cc else rng.choice(world.COUNTRIES)
    return c, make_person(rng, c, gender)


def birth(rng, adult=True):
    return ids.rand_date(rng, 1962, 2004) if adult else ids.rand_date(rng, 2008, 2013)


def dob_s(rng, c, d):
    return date_fmt(d, c["dob"])


def lead(label, width=22):
    return (label + " ").ljust(width, ".") + " "


def t_us_subpoena(rng, d):
    c = world.BY_CC["US"]
    p = make_person(rng, c)
    p2 = make_person(rng, c)
    town = rng.choice(c["towns"])
    carrier = rng.choice(CARRIERS["US"])
    target = ids.phone_gen(rng, "US", mobile=True)
    d.f(
        "{c} - Law Enforcement Relations Group\nResponse to {kind} No. {ref}    Prepared {date}\n",
        c=carrier,
        kind=rng.choice(["Subpoena", "Court Order", "Search Warrant", "Emergency Disclosure Request"]),
        ref=ids.ref(rng),
        date=ids.rand_date(rng, 2024, 2025).isoformat(),
    )
    d.f("Target MSISDN: {t}\n\nSUBSCRIBER INFORMATION\n", t=E(target, "PHONE_NUMBER"))
    fields = []
    fields.append(
        lambda: d.f(
            lead("Account holder") + "{n}\n", n=E(name_variant(rng, p, rng.choice(["upper", "full", "rev"])), "PERSON")
        )
    )
    fields.append(lambda: d.f(lead("Billing address") + "{a}\n", a=E(c["addr"](rng, town), "STREET_ADDRESS")))
    fields.append(
        lambda: d.f(
            lead("Date of birth") + "{b}\n",
            b=E(date_fmt(birth(rng), rng.choice(["mdy_slash", "us_long", "iso"])), "DATE_OF_BIRTH"),
        )
    )
    if rng.random() < 0.6:
        fields.append(lambda: d.f(lead("SSN on file") + "{s}\n", s=E(ids.us_ssn_gen(rng), "US_SSN")))
    else:
        fields.append(lambda: d.f(lead("ITIN on file") + "{s}\n", s=E(ids.us_itin_gen(rng), "US_ITIN")))
    fields.append(lambda: d.f(lead("Contact e-mail") + "{e}\n", e=E(email_for(rng, p, False), "EMAIL_ADDRESS")))
    fields.append(lambda: d.f(lead("Account PIN") + "{k}\n", k=E(ids.token_gen(rng, "pin"), "CREDENTIAL")))
    fields.append(lambda: d.f(lead("Alt. contact no.") + "{t}\n", t=E(ids.phone_gen(rng, "US"), "PHONE_NUMBER")))
    rng.shuffle(fields)
    for f in fields[: rng.randint(5, 7)]:
        f()
    if rng.random() < 0.5:
        d.f(
            lead("Payment method") + "card on file {cc} (exp {m}/{y})\n",
            cc=E(ids.credit_card(rng), "CREDIT_CARD"),
            m=f"{rng.randint(1, 12):02d}",
            y=str(rng.randint(26, 30)),
        )
    else:
        d.f(
            lead("Payment method") + "ACH, acct {a}, routing {r}\n",
            a=E(ids.us_bank_account(rng), "US_BANK_NUMBER"),
            r=E(ids.aba_gen(rng), "ABA_ROUTING_NUMBER"),
        )
    d.t("\nEQUIPMENT HISTORY\n")
    for _ in range(rng.randint(1, 3)):
        d.f(
            "  IMEI {i}  {m} first seen {f}\n",
            i=E(ids.imei_gen(rng), "DEVICE_ID"),
            m=f"{rng.choice(MODELS):<14}",
            f=ids.rand_date(rng, 2021, 2025).isoformat(),
        )
    d.f(
        "  ICCID {c}   IMSI {i}\n",
        c=E(ids.iccid_gen(rng, "1"), "DEVICE_ID"),
        i=E(ids.imsi_gen(rng, rng.choice(["310260", "311480"])), "DEVICE_ID"),
    )
    if rng.random() < 0.7:
        st, dl = ids.us_dl(rng)
        d.f(
            "\nAuthorized user: {n} ({rel}). ID presented at activation: {st} driver license {dl}.\n",
            n=E(name_variant(rng, p2, "full"), "PERSON"),
            rel=rng.choice(["spouse", "child", "partner", "parent"]),
            st=ids.US_STATE_NAMES[st],
            dl=E(dl, "US_DRIVER_LICENSE"),
        )
    d.t(
        rng.choice(
            [
                "\nRecords are provided as kept in the ordinary course of business.\n",
                "\nNo content of communications is included in this production.\n",
                "\nCertified by custodian of records; see attached declaration.\n",
            ]
        )
    )


def t_cdr_csv(rng, d):
    c, p = person_in(rng)
    reg = c["region"]
    target = ids.phone_gen(rng, reg, mobile=True, style=rng.choice(["e164", "intl"]))
    others = [ids.phone_gen(rng, reg, style="e164" if rng.random() < 0.6 else None) for _ in range(rng.randint(2, 4))]
    imei = ids.imei_gen(rng).replace("-", "").replace(" ", "")
    lat0, lon0 = CENTER[c["cc"]]
    sites = [ids.geo(rng, lat0, lon0, "dec5") for _ in range(rng.randint(2, 3))]
    d.f(
        "CALL DETAIL RECORDS - extract for {ref}\nsubscriber={n}; msisdn={t}\n",
        ref=ids.ref(rng),
        n=E(name_variant(rng, p, rng.choice(["lat", "upper", "full"])), "PERSON"),
        t=E(target, "PHONE_NUMBER"),
    )
    sep = rng.choice([",", ";", "|"])
    d.t(sep.join(["seq", "start_utc", "dir", "a_party", "b_party", "dur_s", "cell", "site_latlon", "imei"]) + "\n")
    for i in range(rng.randint(5, 11)):
        o = rng.choice(others)
        a, b = (target, o) if rng.random() < 0.55 else (o, target)
        dirn = "MO" if a == target else "MT"
        kind = rng.choice(["VOICE", "SMS", "VOICE", "DATA"])
        d.f(
            "{i}"
            + sep
            + "{ts}"
            + sep
            + "{k}-{dir}"
            + sep
            + "{a}"
            + sep
            + "{b}"
            + sep
            + "{dur}"
            + sep
            + "{cell}"
            + sep
            + '"{g}"'
            + sep
            + "{imei}\n",
            i=str(i + 1),
            ts=ids.rand_ts(rng, 2024, 2024, "T") + "Z",
            k=kind,
            dir=dirn,
            a=E(a, "PHONE_NUMBER"),
            b=E(b, "PHONE_NUMBER"),
            dur=str(rng.randint(0, 1800) if kind == "VOICE" else 0),
            cell=f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 65000)}",
            g=E(rng.choice(sites), "GEO_COORDINATES"),
            imei=E(imei, "DEVICE_ID"),
        )
    d.t(rng.choice(["# end of extract\n", "-- rows truncated at request scope --\n", "\n"]))


def t_ip_sessions(rng, d):
    c, p = person_in(rng, rng.choice(["GB", "DE", "FR", "US", "PL", "SE", "ZA", "AU", "CA", "NG"]))
    t_n, t_l = world.town_pair(rng, c)
    mac = ids.mac_gen(rng)
    d.f(
        "{isp} - IP ASSIGNMENT RECORDS (CGNAT)\nRequest: {ref}\nSUBSCRIBER: {n}\nINSTALL ADDRESS: {a}\nCPE MAC: {m}\n\n",
        isp=rng.choice(["Fibrelink Broadband", "NetWave ISP", "Kestrel Internet", "Halo Fibre"]),
        ref=ids.ref(rng),
        n=E(name_variant(rng, p, rng.choice(["upper", "full", "rev"])), "PERSON"),
        a=E(c["addr"](rng, t_n), "STREET_ADDRESS"),
        m=E(mac, "MAC_ADDRESS"),
    )
    d.t(f"{'START (UTC)':<21}{'END (UTC)':<21}{'PUBLIC IP':<40}{'PORTS':<13}PRIVATE IP\n")
    pubs = [ids.ipv4_gen(rng) for _ in range(2)] + [ids.ipv6_gen(rng)]
    priv = f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    for _ in range(rng.randint(4, 9)):
        ip = rng.choice(pubs)
        a0 = rng.randint(1024, 60000)
        s = ids.rand_ts(rng, 2024, 2024)
        e = s[:11] + f"{min(23, int(s[11:13]) + rng.randint(0, 6)):02d}" + s[13:]
        d.f(
            "{s}  {e}  {ip}{pad}{ports}{pv}\n",
            s=s,
            e=e,
            ip=E(ip, "IP_ADDRESS"),
            pad=" " * max(2, 40 - len(ip)),
            ports=f"{a0}-{a0 + 1023}".ljust(13),
            pv=E(priv, "IP_ADDRESS"),
        )
    if rng.random() < 0.6:
        d.f(
            "\nNote: CPE also registered Wi-Fi client {m2} (hostname {h}).\n",
            m2=E(ids.mac_gen(rng), "MAC_ADDRESS"),
            h=rng.choice(["android-tablet", "DESKTOP-7QK2", "ps5-console", "iPad"]),
        )


def t_platform_json(rng, d):
    c, p = person_in(rng)
    t_n, t_l = world.town_pair(rng, c)
    user = username_for(rng, p)
    plat = rng.choice(
        [
            ("instagram.com", "https://www.instagram.com/{u}"),
            ("tiktok.com", "https://www.tiktok.com/@{u}"),
            ("x.com", "https://x.com/{u}"),
            ("snapchat.com", "https://www.snapchat.com/add/{u}"),
            ("vk.com", "https://vk.com/{u}"),
            ("twitch.tv", "https://www.twitch.tv/{u}"),
        ]
    )
    ind = rng.choice(["  ", "    "])
    d.t("{\n")
    d.f(ind + '"request": "{r}",\n', r=ids.ref(rng, "LER"))
    d.t(ind + '"account": {\n')
    i2 = ind * 2
    d.f(i2 + '"username": "{u}",\n', u=E(user, "USERNAME"))
    d.f(i2 + '"display_name": "{n}",\n', n=E(name_variant(rng, p, rng.choice(["full", "given", "lat"])), "PERSON"))
    d.f(i2 + '"profile_url": "{url}",\n', url=E(plat[1].format(u=user), "URL"))
    d.f(i2 + '"email": "{e}",\n', e=E(email_for(rng, p, False), "EMAIL_ADDRESS"))
    d.f(i2 + '"phone": "{t}",\n', t=E(ids.phone_gen(rng, c["region"], style="e164"), "PHONE_NUMBER"))
    d.f(i2 + '"birthday": "{b}",\n', b=E(birth(rng, rng.random() < 0.6).isoformat(), "DATE_OF_BIRTH"))
    d.f(i2 + '"created": "{ts}"\n', ts=ids.rand_ts(rng, 2019, 2024, "T") + "Z")
    d.t(ind + "},\n" + ind + '"logins": [\n')
    n = rng.randint(2, 4)
    for i in range(n):
        ip = ids.ipv4_gen(rng) if rng.random() < 0.7 else ids.ipv6_gen(rng)
        d.f(
            i2 + '{"ts": "{ts}", "ip": "{ip}", "geo_city": "{city}"}' + ("," if i < n - 1 else "") + "\n",
            ts=ids.rand_ts(rng, 2024, 2025, "T") + "Z",
            ip=E(ip, "IP_ADDRESS"),
            city=E(t_l, "LOCATION"),
        )
    d.t(ind + "],\n" + ind + '"devices": [\n')
    if rng.random() < 0.5:
        d.f(i2 + '{"os": "iOS 17.4", "idfa": "{a}"}\n', a=E(ids.uuid_gen(rng, True), "DEVICE_ID"))
    else:
        d.f(
            i2 + '{"os": "Android 14", "gaid": "{a}", "android_id": "{b}"}\n',
            a=E(ids.uuid_gen(rng), "DEVICE_ID"),
            b=E(ids.android_id(rng), "DEVICE_ID"),
        )
    d.t(ind + "]\n}\n")


def t_de_bestand(rng, d):
    c = world.BY_CC["DE"]
    oc = rng.choice([c, c, world.BY_CC["TR"], world.BY_CC["PL"], world.BY_CC["UA"], world.BY_CC["RU"]])
    p = make_person(rng, oc)
    town = rng.choice(c["towns"])
    d.f(
        "{op}\nAuskunft über Bestandsdaten gem. § 174 TKG\nIhr Zeichen: {ref}   Datum: {dt}\n\n",
        op=rng.choice(CARRIERS["DE"]),
        ref=f"{rng.randint(100, 999)} Js {rng.randint(1000, 9999)}/{rng.randint(23, 25)}",
        dt=date_fmt(ids.rand_date(rng, 2024, 2025), "dmy_dot"),
    )
    d.f(
        "Anschlussinhaber/in:   {n}\n",
        n=E(full_name(p, latin=True) if rng.random() < 0.7 else name_variant(rng, p, "rev"), "PERSON"),
    )
    d.f("Geburtsdatum:          {b}\n", b=E(date_fmt(birth(rng), "dmy_dot"), "DATE_OF_BIRTH"))
    d.f("Anschrift:             {a}\n", a=E(c["addr"](rng, town), "STREET_ADDRESS"))
    d.f(
        "Rufnummer(n):          {t1}, {t2}\n",
        t1=E(ids.phone_gen(rng, "DE", mobile=True), "PHONE_NUMBER"),
        t2=E(ids.phone_gen(rng, "DE"), "PHONE_NUMBER"),
    )
    if rng.random() < 0.6:
        d.f("Kundenkennwort:        {k}\n", k=E(ids.token_gen(rng, "pw"), "CREDENTIAL"))
    d.f("Bankverbindung:        IBAN {i}\n", i=E(ids.iban_gen(rng, "DE"), "IBAN_CODE"))
    d.f("Ausweis (Aktivierung): Personalausweis Nr. {a}\n", a=E(ids.de_ausweis(rng), "NATIONAL_ID"))
    if rng.random() < 0.5:
        d.f("E-Mail (Rechnung):     {e}\n", e=E(email_for(rng, p), "EMAIL_ADDRESS"))
    d.t("\nSIM-/Gerätehistorie\n")
    for _ in range(rng.randint(1, 3)):
        d.f(
            "  ICCID {c}  IMEI {i}  von {a} bis {b}\n",
            c=E(ids.iccid_gen(rng, "49"), "DEVICE_ID"),
            i=E(ids.imei_gen(rng), "DEVICE_ID"),
            a=date_fmt(ids.rand_date(rng, 2020, 2022), "dmy_dot"),
            b=rng.choice(["heute", date_fmt(ids.rand_date(rng, 2023, 2025), "dmy_dot")]),
        )
    d.t(rng.choice(["\nVerkehrsdaten wurden nicht angefragt.\n", "\nMit freundlichen Grüßen\nIhre Auskunftsstelle\n"]))


def t_fr_requisition(rng, d):
    c = world.BY_CC["FR"]
    oc = rng.choice([c, c, world.BY_CC["NG"], world.BY_CC["EG"], world.BY_CC["VN"]])
    p = make_person(rng, oc)
    town = rng.choice(c["towns"])
    bt = world.town_pair(rng, oc)[1]
    d.f(
        "RÉPONSE À RÉQUISITION JUDICIAIRE (art. 60-1 et 77-1-1 CPP)\nOpérateur : {op}\nVotre référence : PV {pv}\n\n",
        op=rng.choice(CARRIERS["FR"]),
        pv=f"{rng.randint(2024, 2025)}/{rng.randint(100, 9999):05d}",
    )
    d.f(
        "Ligne objet : {t}\n",
        t=E(ids.phone_gen(rng, "FR", mobile=True, style=rng.choice(["natl", "intl"])), "PHONE_NUMBER"),
    )
    d.f(
        "Titulaire : {civ} {n}\n",
        civ="M." if p["gender"] == "m" else "Mme",
        n=E(f"{p['family_lat'].upper()} {p['given_lat']}", "PERSON"),
    )
    d.f("Né(e) le : {b} à {bt}\n", b=E(date_fmt(birth(rng), "dmy_slash"), "DATE_OF_BIRTH"), bt=E(bt, "LOCATION"))
    d.f("Adresse de facturation : {a}\n", a=E(c["addr"](rng, town), "STREET_ADDRESS"))
    d.f("Pièce d'identité : CNI n° {n}\n", n=E(ids.fr_cni_old(rng), "NATIONAL_ID"))
    d.f("Coordonnées bancaires : {i}\n", i=E(ids.iban_gen(rng, "FR"), "IBAN_CODE"))
    if rng.random() < 0.6:
        d.f("Adresse e-mail de contact : {e}\n", e=E(email_for(rng, p), "EMAIL_ADDRESS"))
    d.t("\nHistorique des terminaux (IMEI) :\n")
    for _ in range(rng.randint(1, 3)):
        d.f(
            "- {i} du {a} au {b}\n",
            i=E(ids.imei_gen(rng), "DEVICE_ID"),
            a=date_fmt(ids.rand_date(rng, 2021, 2023), "dmy_slash"),
            b=date_fmt(ids.rand_date(rng, 2024, 2025), "dmy_slash"),
        )
    d.f(
        "\nAdresse IP lors de l'activation en ligne : {ip} (port source {pt})\n",
        ip=E(ids.ipv4_gen(rng), "IP_ADDRESS"),
        pt=rng.randint(1024, 65535),
    )


def t_br_marco(rng, d):
    c = world.BY_CC["BR"]
    p = make_person(rng, c)
    town = rng.choice(list(world.BR_UF))
    d.f(
        "RESPOSTA AO OFÍCIO Nº {n}/{y}\nAssunto: fornecimento de dados cadastrais e registros de conexão (Lei 12.965/2014, art. 22)\n\n",
        n=rng.randint(100, 9999),
        y=rng.randint(2024, 2025),
    )
    d.t("DADOS CADASTRAIS\n")
    d.f(
        "Nome completo: {n}\nCPF: {cpf}\nData de nascimento: {b}\nEndereço: {a}\nTelefone: {t}\nE-mail: {e}\n",
        n=E(name_variant(rng, p, rng.choice(["full", "upper"])), "PERSON"),
        cpf=E(ids.br_cpf_gen(rng), "NATIONAL_ID"),
        b=E(date_fmt(birth(rng, rng.random() < 0.7), "dmy_slash"), "DATE_OF_BIRTH"),
        a=E(c["addr"](rng, town), "STREET_ADDRESS"),
        t=E(ids.phone_gen(rng, "BR", mobile=True), "PHONE_NUMBER"),
        e=E(email_for(rng, p), "EMAIL_ADDRESS"),
    )
    d.t("\nREGISTROS DE CONEXÃO (horário de Brasília)\n| Data/hora | Endereço IP | Porta lógica |\n|---|---|---|\n")
    ips = [ids.ipv6_gen(rng), ids.ipv4_gen(rng)]
    for _ in range(rng.randint(3, 7)):
        ts = ids.rand_ts(rng, 2024, 2025)
        y, m, dd = ts[:10].split("-")
        d.f(
            "| {ts} | {ip} | {pt} |\n",
            ts=f"{dd}/{m}/{y} {ts[11:]}",
            ip=E(rng.choice(ips), "IP_ADDRESS"),
            pt=rng.randint(1024, 65535),
        )
    if rng.random() < 0.5:
        d.f("\nDispositivo associado: {m}, IMEI {i}\n", m=rng.choice(MODELS), i=E(ids.imei_gen(rng), "DEVICE_ID"))


def t_recovery(rng, d):
    c, p = person_in(rng)
    c2, p2 = person_in(rng, c["cc"])
    t_n, t_l = world.town_pair(rng, c)
    d.f(
        "ACCOUNT RECOVERY DATA - preserved under request {ref}\n{sep}\n",
        ref=ids.ref(rng),
        sep="=" * rng.randint(30, 50),
    )
    d.f("Primary address:     {e}\n", e=E(email_for(rng, p, False), "EMAIL_ADDRESS"))
    d.f(
        "Recovery e-mail:     {e}  (owner: {n})\n",
        e=E(email_for(rng, p2, False), "EMAIL_ADDRESS"),
        n=E(name_variant(rng, p2, rng.choice(["full", "lat", "given"])), "PERSON"),
    )
    d.f("Recovery phone:      {t}\n", t=E(ids.phone_gen(rng, c["region"]), "PHONE_NUMBER"))
    d.f(
        'Security question:   "{q}"  answer: {a}\n',
        q=rng.choice(["Name of your first pet?", "Favourite teacher?", "Street you grew up on?"]),
        a=E(
            rng.choice(["Biscuit", "Mrs Pemberton", "Marmalade", "Pickles", "Snowball"]) + str(rng.randint(1, 99)),
            "CREDENTIAL",
        ),
    )
    d.f("App password:        {k}\n", k=E(ids.token_gen(rng, rng.choice(["api", "sess", "ghp"])), "CREDENTIAL"))
    d.f(
        "Backup codes:        {a}  {b}  (unused)\n",
        a=E(ids.digits(rng, 8), "CREDENTIAL"),
        b=E(ids.digits(rng, 8), "CREDENTIAL"),
    )
    d.t("\nRecent sign-ins\n")
    for _ in range(rng.randint(2, 5)):
        ip = ids.ipv4_gen(rng) if rng.random() < 0.75 else ids.ipv6_gen(rng)
        d.f(
            "  {ts}  {ip}  {city} (approx.)  {dev}\n",
            ts=ids.rand_ts(rng, 2024, 2025),
            ip=E(ip, "IP_ADDRESS"),
            city=E(t_l, "LOCATION"),
            dev=rng.choice(["Chrome/Windows", "Safari/iOS", "App/Android", "Firefox/Linux"]),
        )
    d.f(
        "\nDevices: Android ID {a}; advertising ID {g}; serial {s}\n",
        a=E(ids.android_id(rng), "DEVICE_ID"),
        g=E(ids.uuid_gen(rng), "DEVICE_ID"),
        s=E(ids.serial_gen(rng, "samsung"), "DEVICE_ID"),
    )


def t_in_91(rng, d):
    c = world.BY_CC["IN"]
    p = make_person(rng, c)
    f = make_person(rng, c, "m")
    for _ in range(20):
        if f["given"] != p["given"]:
            break
        f = make_person(rng, c, "m")
    f["family"], f["family_lat"] = p["family"], p["family_lat"]
    town = rng.choice(list(world.IN_PIN))
    mob = ids.phone_gen(rng, "IN", mobile=True)
    d.f(
        "To\nThe Inspector, Cyber Crime Cell\nSub: Reply to notice u/s 94 BNSS - CAF and CDR of mobile no. {m}\n\n",
        m=E(mob, "PHONE_NUMBER"),
    )
    d.t("Sir/Madam,\nWith reference to the above, the Customer Application Form details are furnished below:\n\n")
    use_native = rng.random() < 0.4
    d.f("1. Name of subscriber : {n}\n", n=E(full_name(p) if use_native else full_name(p, True).upper(), "PERSON"))
    d.f("2. Father's name      : {n}\n", n=E(full_name(f, True), "PERSON"))
    d.f("3. Address            : {a}\n", a=E(c["addr"](rng, town), "STREET_ADDRESS"))
    d.f(
        "4. Date of birth      : {b}\n",
        b=E(date_fmt(birth(rng), rng.choice(["dmy_dash", "dmy_slash", "abbr"])), "DATE_OF_BIRTH"),
    )
    d.f("5. POI                : Aadhaar {a}\n", a=E(ids.in_aadhaar_gen(rng), "NATIONAL_ID"))
    if rng.random() < 0.6:
        d.f("6. PAN                : {a}\n", a=E(ids.in_pan_gen(rng), "NATIONAL_ID"))
    d.f("7. Alternate no.      : {t}\n", t=E(ids.phone_gen(rng, "IN", style="natl"), "PHONE_NUMBER"))
    d.f(
        "8. IMEI(s) seen       : {i1} / {i2}\n",
        i1=E(ids.imei_gen(rng), "DEVICE_ID"),
        i2=E(ids.imei_gen(rng), "DEVICE_ID"),
    )
    d.f("9. Activation date    : {a}\n", a=date_fmt(ids.rand_date(rng, 2019, 2024), "dmy_dash"))
    d.t("\nCDR for the requested period is enclosed in soft copy.\nNodal Officer\n")


def t_east_asia(rng, d):
    cc = rng.choice(["JP", "KR", "CN"])
    c = world.BY_CC[cc]
    p = make_person(rng, c)
    tn, tl = world.town_pair(rng, c)
    b = birth(rng, rng.random() < 0.6)
    if cc == "JP":
        d.t("契約者情報開示回答書\n")
        d.f(
            "照会番号: {r}\n契約者氏名: {n}（{k}）\n生年月日: {b}\n住所: 〒{a}\n電話番号: {t}\nメールアドレス: {e}\n",
            r=ids.ref(rng, "JP"),
            n=E(full_name(p), "PERSON"),
            k=E(full_name(p, True).upper(), "PERSON"),
            b=E(date_fmt(b, "ja"), "DATE_OF_BIRTH"),
            a=E(c["addr"](rng, tn), "STREET_ADDRESS"),
            t=E(ids.phone_gen(rng, "JP", mobile=True, style="natl"), "PHONE_NUMBER"),
            e=E(email_for(rng, p, False), "EMAIL_ADDRESS"),
        )
        d.f(
            "本人確認書類: マイナンバーカード（個人番号 {m}）\n端末製造番号(IMEI): {i}\n",
            m=E(ids.jp_mynumber(rng), "NATIONAL_ID"),
            i=E(ids.imei_gen(rng), "DEVICE_ID"),
        )
        d.f("接続元IPアドレス: {ip}\n以上\n", ip=E(ids.ipv4_gen(rng), "IP_ADDRESS"))
    elif cc == "KR":
        d.t("통신자료 제공 회신\n")
        d.f(
            "문서번호: {r}\n성명: {n}\n주민등록번호: {rrn}\n주소: {a}\n전화번호: {t}\n가입일: {j}\n",
            r=ids.ref(rng, "KR"),
            n=E(full_name(p), "PERSON"),
            rrn=E(ids.kr_rrn_gen(rng), "NATIONAL_ID"),
            a=E(c["addr"](rng, tn), "STREET_ADDRESS"),
            t=E(ids.phone_gen(rng, "KR", mobile=True, style="natl"), "PHONE_NUMBER"),
            j=ids.rand_date(rng, 2018, 2024).isoformat(),
        )
        d.f(
            "생년월일: {b}\n단말기 IMEI: {i}\n단말기 일련번호: {s}\n",
            b=E(date_fmt(b, "ko"), "DATE_OF_BIRTH"),
            i=E(ids.imei_gen(rng), "DEVICE_ID"),
            s=E(ids.serial_gen(rng, "samsung"), "DEVICE_ID"),
        )
        d.f("아이디: {u}\n", u=E(username_for(rng, p), "USERNAME"))
    else:
        d.t("用户登记信息调取回复函\n")
        d.f(
            "协查编号: {r}\n姓名: {n}（{py}）\n身份证号: {ric}\n出生日期: {b}\n住址: {a}\n手机号码: {t}\n",
            r=ids.ref(rng, "CN"),
            n=E(full_name(p), "PERSON"),
            py=E(full_name(p, True), "PERSON"),
            ric=E(ids.cn_ric_gen(rng), "NATIONAL_ID"),
            b=E(date_fmt(b, "zh"), "DATE_OF_BIRTH"),
            a=E(c["addr"](rng, tn), "STREET_ADDRESS"),
            t=E(ids.phone_gen(rng, "CN", mobile=True), "PHONE_NUMBER"),
        )
        d.f(
            "IMEI: {i}\n登录IP: {ip}（{city}）\n",
            i=E(ids.imei_gen(rng), "DEVICE_ID"),
            ip=E(ids.ipv4_gen(rng), "IP_ADDRESS"),
            city=E(tn, "LOCATION"),
        )
        d.f("微信号: {u}\n", u=E(username_for(rng, p), "USERNAME"))


def t_sim_swap(rng, d):
    c = world.BY_CC[rng.choice(["US", "GB", "ZA", "KE", "NG", "AU"])]
    p = make_person(rng, c)
    p2 = make_person(rng, c)
    msisdn = ids.phone_gen(rng, c["region"], mobile=True)
    d.f("SIM SWAP / PORT-OUT HISTORY   line {m}\n", m=E(msisdn, "PHONE_NUMBER"))
    d.t(f"{'DATE':<12}{'EVENT':<14}{'CHANNEL':<10}DETAIL\n")
    for _ in range(rng.randint(2, 4)):
        ev = rng.choice(["SIM_SWAP", "eSIM_XFER", "PORT_OUT_REQ", "PIN_RESET"])
        d.t(f"{ids.rand_date(rng, 2024, 2025).isoformat():<12}{ev:<14}{rng.choice(['RETAIL', 'WEB', 'CALLCTR']):<10}")
        r = rng.random()
        if r < 0.35:
            d.f("new ICCID {i}\n", i=E(ids.iccid_gen(rng), "DEVICE_ID"))
        elif r < 0.7:
            d.f("new device IMEI {i}\n", i=E(ids.imei_gen(rng), "DEVICE_ID"))
        else:
            d.f("PIN changed to {k}\n", k=E(ids.token_gen(rng, "pin"), "CREDENTIAL"))
    d.f("\nRequester at store: {n}, presented ", n=E(name_variant(rng, p2, rng.choice(["full", "upper"])), "PERSON"))
    if c["cc"] == "US":
        if rng.random() < 0.5:
            st, dl = ids.us_dl(rng)
            d.f("{st} driver's license {dl}", st=ids.US_STATE_NAMES[st], dl=E(dl, "US_DRIVER_LICENSE"))
        else:
            d.f("US passport {pp}", pp=E(ids.us_passport(rng), "US_PASSPORT"))
    else:
        cap, fn = rng.choice(c["nid"])
        d.f("{cap} {v}", cap=cap, v=E(fn(rng), "NATIONAL_ID"))
    d.f(
        ". Account holder of record: {n}, born {b}.\n",
        n=E(full_name(p), "PERSON"),
        b=E(dob_s(rng, c, birth(rng)), "DATE_OF_BIRTH"),
    )
    d.f(
        'Fraud flag raised by {who}; notes: "caller knew PIN {k}".\n',
        who=rng.choice(["risk engine", "store manager", "back office"]),
        k=E(ids.token_gen(rng, "pin"), "CREDENTIAL"),
    )


def t_world_kv(rng, d):
    """Generic key: value subscriber record from one of many countries, English captions."""
    c, p = person_in(rng)
    tn, tl = world.town_pair(rng, c)
    nid = c["nid"][0] if c["nid"] else None
    d.f(
        "Subscriber record - {op}\n",
        op=rng.choice(["OmniTel", "Sahel Mobile", "Pacific Link", "MegaNet", "Andes Móvil", "Baltic Mobile"]),
    )
    rows = [
        ("name", lambda: E(name_variant(rng, p, rng.choice(["full", "lat", "upper"])), "PERSON")),
        ("msisdn", lambda: E(ids.phone_gen(rng, c["region"], mobile=True), "PHONE_NUMBER")),
        ("address", lambda: E(c["addr"](rng, tn), "STREET_ADDRESS")),
        ("dob", lambda: E(dob_s(rng, c, birth(rng)), "DATE_OF_BIRTH")),
        ("email", lambda: E(email_for(rng, p), "EMAIL_ADDRESS")),
        ("imei", lambda: E(ids.imei_gen(rng), "DEVICE_ID")),
        ("imsi", lambda: E(ids.imsi_gen(rng), "DEVICE_ID")),
        ("last_ip", lambda: E(ids.ipv4_gen(rng), "IP_ADDRESS")),
    ]
    if nid:
        rows.insert(3, ("id_document", lambda: [nid[0] + " ", E(nid[1](rng), "NATIONAL_ID")]))
    if c.get("iban"):
        rows.append(("iban", lambda: E(ids.iban_gen(rng, c["iban"]), "IBAN_CODE")))
    if c.get("plate") and rng.random() < 0.5:
        rows.append(("vehicle (loyalty scheme)", lambda: E(ids.plate(rng, c["plate"]), "VEHICLE_PLATE")))
    sep = rng.choice([": ", " = ", "\t"])
    for k, fn in rows:
        d.f("{k}" + sep + "{v}\n", k=k if rng.random() < 0.7 else k.upper(), v=fn())
    if rng.random() < 0.6:
        d.f("remark: subscriber reports moving to {t} in {y}\n", t=E(tl, "LOCATION"), y=rng.randint(2019, 2024))


def t_us_prepaid(rng, d):
    c = world.BY_CC["US"]
    p = make_person(rng, c)
    town = rng.choice(c["towns"])
    d.f(
        "PREPAID ACTIVATION / KYC RECORD\nProduced in response to {k} {r}\n\n",
        k=rng.choice(["grand jury subpoena", "2703(d) order", "administrative subpoena"]),
        r=ids.ref(rng),
    )
    d.f(
        "MDN: {m}    activated {a} at retail partner #{s}\n",
        m=E(ids.phone_gen(rng, "US", mobile=True, style=rng.choice(["natl", "dash", "e164"])), "PHONE_NUMBER"),
        a=ids.rand_date(rng, 2023, 2025).isoformat(),
        s=rng.randint(1000, 9999),
    )
    d.f(
        "Customer: {n}\nAddress given: {a}\nDOB given: {b}\n",
        n=E(name_variant(rng, p, rng.choice(["full", "upper", "rev"])), "PERSON"),
        a=E(c["addr"](rng, town), "STREET_ADDRESS"),
        b=E(date_fmt(birth(rng), rng.choice(["mdy_slash", "mdy_short", "us_long"])), "DATE_OF_BIRTH"),
    )
    r = rng.random()
    if r < 0.4:
        d.f("ID scanned: U.S. passport book no. {pp}\n", pp=E(ids.us_passport(rng), "US_PASSPORT"))
    elif r < 0.7:
        st, dl = ids.us_dl(rng)
        d.f("ID scanned: {st} DL {dl}\n", st=ids.US_STATE_NAMES[st], dl=E(dl, "US_DRIVER_LICENSE"))
    else:
        d.f(
            "ID scanned: passport {pp}; secondary ID {st} DL {dl}\n",
            pp=E(ids.us_passport(rng), "US_PASSPORT"),
            st=(lambda s: ids.US_STATE_NAMES[s[0]])(x := ids.us_dl(rng)),
            dl=E(x[1], "US_DRIVER_LICENSE"),
        )
    d.f("Taxpayer ID for auto-pay rebate (ITIN): {i}\n", i=E(ids.us_itin_gen(rng), "US_ITIN"))
    d.f(
        "Refund account: routing {r} / acct {a}\n",
        r=E(ids.aba_gen(rng), "ABA_ROUTING_NUMBER"),
        a=E(ids.us_bank_account(rng), "US_BANK_NUMBER"),
    )
    d.f(
        "Handset: {m}, IMEI {i}, serial {s}\n",
        m=rng.choice(MODELS),
        i=E(ids.imei_gen(rng), "DEVICE_ID"),
        s=E(ids.serial_gen(rng, "apple"), "DEVICE_ID"),
    )
    if rng.random() < 0.6:
        d.f("Top-ups paid with card {cc}\n", cc=E(ids.credit_card(rng), "CREDIT_CARD"))
    d.t(
        rng.choice(
            [
                "\nPrepaid customers are not credit-checked; identity data is as entered at point of sale.\n",
                "\nNo call content retained.\n",
            ]
        )
    )


TEMPLATES = [
    t_us_prepaid,
    t_us_subpoena,
    t_cdr_csv,
    t_ip_sessions,
    t_platform_json,
    t_de_bestand,
    t_fr_requisition,
    t_br_marco,
    t_recovery,
    t_in_91,
    t_east_asia,
    t_sim_swap,
    t_world_kv,
]


def generate(rng, idx):
    d = Doc()
    TEMPLATES[idx % len(TEMPLATES)](rng, d)
    return d
