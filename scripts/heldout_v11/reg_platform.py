"""Register 1: platform_report -- reports from online platforms to a hotline."""

from kit import (
    DEVICES,
    age_v,
    api_key,
    case_no,
    dob_v,
    eth_v,
    filename,
    gender_v,
    hexs,
    med_v,
    orient_v,
    otp,
    password,
    ts,
    ts_sorted,
)
from people import child, email, make_person, obfuscated_email, personal_site, pname, profile_url, username
from places import address, town_value
from sources import COUNTRIES, ESP_COMPANIES
from values import (
    V,
    aba_routing,
    android_id,
    card_value,
    fmt_date,
    geo_value,
    imei_value,
    ip_value,
    ipv4,
    ipv6,
    mac_value,
    national_id,
    phone_value,
    rdigits,
    serial_value,
    us_account,
    us_dl_value,
    us_itin_value,
    us_passport_value,
    us_ssn_value,
    uuid_value,
)


COUNTRY_OF = {
    "US": "US",
    "DE": "DE",
    "GB": "GB",
    "SG": "MY",
    "JP": "JP",
    "NO": "NO",
    "KR": "KR",
    "ES": "ES",
    "CA": "CA",
    "NL": "NL",
}
REPORT_TYPES = [
    "Online enticement of a child",
    "Child sexual abuse material (apparent)",
    "Sextortion",
    "Grooming indicators",
    "Unsolicited obscene material sent to a child",
    "Misleading contact with a minor",
]


def _people(d, victim_cultures=None, suspect_cultures=None):
    suspect = make_person(d.rng, d.ref, age=d.rng.randint(19, 58), cultures=suspect_cultures)
    victim = make_person(d.rng, d.ref, age=d.rng.randint(10, 16), cultures=victim_cultures)
    return suspect, victim


def _ip_port(d, v6_share=0.25):
    ip = ip_value(d.rng, v6_share)
    port = str(d.rng.randint(1024, 65535))
    if ":" in ip.text:
        return ["[", ip, f"]:{port}"] if d.maybe(0.5) else [ip, f" port {port}"]
    return [ip, f":{port}"] if d.maybe(0.6) else [ip, f" (port {port})"]


def _chat(d, susp_u, vic_u, suspect, victim, lang="en", n=None):
    rng = d.rng
    age = victim.age(d.ref)
    town = town_value(rng, d.cc)[0] if d.cc in COUNTRIES else V("the city")
    U = lambda: username(rng, suspect)  # noqa: E731
    P = lambda: phone_value(rng, d.region)  # noqa: E731
    pools = {
        "en": [
            [("s", ["hey how old r u"]), ("v", [age_v(age), " lol"])],
            [("s", ["age is just a number tbh"]), ("v", ["lol ok"])],
            [("s", ["where u from"]), ("v", [town])],
            [("s", ["add me on snap its ", U()])],
            [("s", ["whats ur number? mine is ", P()])],
            [("v", ["im ", age_v(age), " nearly ", age_v(age + 1)])],
            [("s", ["send me ur password ill unlock the skins for u"]), ("v", ["ok its ", password(rng)])],
            [("s", ["my real name is ", pname(suspect, rng.choice(["given", "full"])), " dont tell anyone"])],
            [("v", ["my email is ", email(rng, victim) if rng.random() < 0.5 else obfuscated_email(rng, victim)])],
            [("s", ["delete this chat after ok"]), ("v", ["ok"])],
            [("s", ["im ", age_v(suspect.age(d.ref)), " is that weird"]), ("v", ["idk"])],
            [("v", ["my mum will kill me"])],
            [("s", ["what code did u get? read it to me"]), ("v", [otp(rng)])],
        ],
        "de": [
            [("s", ["hey wie alt bist du"]), ("v", [age_v(age), " und du"])],
            [("s", ["alter ist nur eine zahl"])],
            [("s", ["wo wohnst du"]), ("v", ["in ", town])],
            [("s", ["schreib mir auf snap: ", U()])],
            [("s", ["gib mir deine nummer, meine ist ", P()])],
            [("s", ["schick mir dein passwort dann mach ich das für dich"]), ("v", ["ok es ist ", password(rng)])],
            [("s", ["ich heiße eigentlich ", pname(suspect, "given"), " aber sag das keinem"])],
            [("s", ["lösch den chat danach"]), ("v", ["ok"])],
            [("v", ["meine mama darf das nicht sehen"])],
        ],
        "es": [
            [("s", ["hola cuántos años tienes"]), ("v", ["tengo ", age_v(age)])],
            [("s", ["de dónde eres"]), ("v", ["de ", town])],
            [("s", ["agrégame, mi usuario es ", U()])],
            [("s", ["pásame tu número, el mío es ", P()])],
            [("s", ["dame tu contraseña y te consigo gemas"]), ("v", ["vale es ", password(rng)])],
            [("s", ["me llamo ", pname(suspect, "given"), " no se lo digas a nadie"])],
            [("s", ["borra esto luego"])],
        ],
        "no": [
            [("s", ["hei hvor gammel er du"]), ("v", [age_v(age)])],
            [("s", ["hvor bor du"]), ("v", ["i ", town])],
            [("s", ["legg meg til på snap: ", U()])],
            [("s", ["send nummeret ditt, mitt er ", P()])],
            [("s", ["gi meg passordet ditt så fikser jeg det"]), ("v", ["ok det er ", password(rng)])],
            [("s", ["slett chatten etterpå"]), ("v", ["ok"])],
        ],
    }
    pool = pools[lang]
    rest = pool[1:]
    rng.shuffle(rest)
    groups = [pool[0]] + rest[: (n or rng.randint(3, 6))]
    lines = [ln for g in groups for ln in g]
    stamps = ts_sorted(rng, d.ref, len(lines), "iso", 20)[::-1]
    for (who, parts), stamp in zip(lines, stamps):
        u = susp_u if who == "s" else vic_u
        d.b.put(f"[{stamp[5:16]}] ")
        d.b.put(V(u.text, "USERNAME"))
        d.b.put(": ")
        d.b.put(parts)
        d.b.add("\n")


def _login_table(d, n, sep=" | ", style="iso", header=("Timestamp (UTC)", "IP address", "Port", "Device")):
    b = d.b
    b.line(sep.join(header))
    for stamp in ts_sorted(d.rng, d.ref, n, style):
        ip = ip_value(d.rng, 0.3)
        b.line(stamp, sep, ip, sep, str(d.rng.randint(1024, 65535)), sep, d.pick(DEVICES))


def _files(d, n, sep=" | "):
    b = d.b
    b.line(sep.join(["File", "MD5", "SHA-1", "Uploaded"]))
    for stamp in ts_sorted(d.rng, d.ref, n):
        b.line(filename(d.rng), sep, hexs(d.rng, 32), sep, hexs(d.rng, 40), sep, stamp)


def _kv(d, key, value, sep=": ", indent=""):
    d.b.line(indent, key, sep, value)


# ------------------------------------------------------------------ styles
def style_us(d, company):
    rng, b = d.rng, d.b
    suspect, victim = _people(d)
    su, vu = username(rng, suspect), username(rng, victim)
    b.line(company["name"].upper(), " - TRUST & SAFETY ESCALATION")
    b.line("Report ID: ", case_no(rng, "CBX", d.ref.year), "    Submitted: ", ts(rng, d.ref, "isoz", 1))
    b.line("Incident type: ", d.pick(REPORT_TYPES))
    b.line("Jurisdiction hint: US / ", d.pick(["TX", "OH", "CA", "FL", "WA", "NY"]))
    b.line()
    b.line("== Reported account ==")
    _kv(d, "User ID", V(rdigits(rng, 10), "USERNAME"))
    _kv(d, "Username", su)
    if d.maybe(0.6):
        _kv(d, "Display name", pname(suspect, rng.choice(["given", "nick", "initial"])) if d.maybe() else username(rng))
    if d.maybe(0.7):
        _kv(d, "Legal name (payment verification)", pname(suspect, "full"))
    _kv(d, "Email (verified)", email(rng, suspect))
    if d.maybe(0.8):
        _kv(d, "Phone (SMS verified)", phone_value(rng, "US"))
    _kv(d, "Date of birth (self-reported at sign-up)", dob_v(rng, suspect, "us"))
    if d.maybe(0.8):
        idk = d.pick(["dl", "pp"])
        if idk == "dl":
            st, dl = us_dl_value(rng, family=suspect.family)
            _kv(d, "ID verification", [f"driver license ({st}) ", dl])
        else:
            _kv(d, "ID verification", ["US passport no. ", us_passport_value(rng)])
    _kv(d, "Account created", ts(rng, d.ref, "isoz", 900))
    if d.maybe(0.8):
        _kv(
            d,
            "Creator payouts (W-9 on file)",
            [
                "TIN ",
                us_ssn_value(rng) if d.maybe() else us_itin_value(rng),
                "; bank routing ",
                aba_routing(rng),
                ", account ",
                us_account(rng),
            ],
        )
    site, url = profile_url(rng, suspect, su.text)
    if d.maybe(0.7):
        _kv(d, f"Linked {site} profile", url)
    b.line()
    b.line("== Login history (most recent first) ==")
    _login_table(d, rng.randint(2, 5))
    b.line()
    if d.maybe(0.7):
        b.line("== Devices ==")
        b.line("- ", d.pick(DEVICES), "  IDFA/GAID: ", uuid_value(rng))
        if d.maybe():
            b.line("- IMEI ", imei_value(rng))
        b.line()
    b.line("== Child account involved ==")
    _kv(d, "Username", vu)
    _kv(d, "Stated age in bio", age_v(victim.age(d.ref)))
    if d.maybe(0.6):
        _kv(d, "DOB at sign-up", dob_v(rng, victim, "us"))
    if d.maybe(0.5):
        _kv(d, "Last login IP", _ip_port(d))
    b.line()
    b.line("== Chat excerpt (times UTC) ==")
    _chat(d, su, vu, suspect, victim)
    b.line()
    if d.maybe(0.6):
        b.line("== Files attached ==")
        _files(d, rng.randint(1, 4))
        b.line()
    b.line("== Reviewer notes ==")
    notes = [
        ["Account ", su, " contacted ", vu, " repeatedly over ", str(rng.randint(2, 9)), " days."],
        ['Bio of reported user reads "', age_v(suspect.age(d.ref)), " | ", orient_v(rng), ' | dm for trades".'],
        ["Child's profile lists gender as ", gender_v(rng), "; suspect referenced this in messages."],
        ["Suspect says he lives near ", town_value(rng, "US")[0], " and drives a white pickup."],
        ["Escalated by analyst #", rdigits(rng, 4), "; account suspended pending review."],
    ]
    rng.shuffle(notes)
    for note in notes[: rng.randint(2, 4)]:
        b.line("- ", note)


def style_de(d, company):
    rng, b = d.rng, d.b
    suspect, victim = _people(d, suspect_cultures=["de", "de_at", "tr", "pl", "ru", "sq", "hr", "ar_lev"])
    su, vu = username(rng, suspect), username(rng, victim)
    b.line(company["name"], " · Abteilung Recht & Sicherheit")
    b.line("Vorgangsnummer: ", case_no(rng, "KW", d.ref.year), " | Datum der Meldung: ", fmt_date(rng, d.ref, "de"))
    b.line(
        "Meldegrund: ",
        d.pick(
            [
                "Verdacht auf Cybergrooming",
                "Verbreitung kinderpornografischer Inhalte",
                "Sextortion gegenüber Minderjährigen",
            ]
        ),
    )
    b.line()
    b.line("1. Betroffenes Konto (Verdächtiger)")
    _kv(d, "Benutzername", su, indent="   ")
    _kv(d, "Anzeigename", pname(suspect, d.pick(["full", "given", "caps"])), indent="   ")
    _kv(
        d, "E-Mail-Adresse", email(rng, suspect, d.pick(["web.de", "gmx.de", "t-online.de", "gmail.com"])), indent="   "
    )
    _kv(d, "Telefonnummer (verifiziert)", phone_value(rng, "DE"), indent="   ")
    _kv(d, "Geburtsdatum (Angabe bei Registrierung)", dob_v(rng, suspect, "de"), indent="   ")
    if d.maybe(0.5):
        a = address(rng, "DE")
        _kv(d, "Rechnungsanschrift", a["parts"], indent="   ")
    b.line("   Letzte IP-Adressen:")
    for stamp in ts_sorted(rng, d.ref, rng.randint(2, 4), "de"):
        b.line("     ", stamp, " Uhr  ", _ip_port(d))
    if d.maybe(0.7):
        _kv(d, "Gerät", [d.pick(DEVICES), ", Android-ID ", android_id(rng)], indent="   ")
    b.line()
    b.line("2. Konto des Kindes")
    _kv(d, "Benutzername", vu, indent="   ")
    _kv(d, "Alter laut Profil", age_v(victim.age(d.ref)), indent="   ")
    if d.maybe(0.5):
        _kv(d, "Vorname (aus Chat)", pname(victim, "given"), indent="   ")
    if d.maybe(0.5):
        _kv(d, "Wohnort (aus Chat)", town_value(rng, "DE")[0], indent="   ")
    b.line()
    b.line("3. Auszug aus dem Chatverlauf")
    _chat(d, su, vu, suspect, victim, "de")
    b.line()
    b.line("4. Anmerkungen der Prüferin")
    b.line("Das Konto wurde am ", fmt_date(rng, d.ref, "de"), " gesperrt. Hashwerte der gesicherten Dateien:")
    for _ in range(rng.randint(1, 3)):
        b.line("   SHA-256 ", hexs(rng, 64))
    if d.maybe(0.4):
        b.line(
            "Hinweis: Der Nutzer gab im Chat an, wegen ",
            V(
                d.pick(
                    [
                        "Körperverletzung vorbestraft",
                        "Besitzes kinderpornografischer Schriften verurteilt worden",
                        "einer Vorstrafe wegen sexuellen Missbrauchs auf Bewährung",
                    ]
                ),
                "CRIMINAL_HISTORY",
            ),
            " zu sein.",
        )


def style_uk(d, company):
    rng, b = d.rng, d.b
    suspect, victim = _people(d)
    su, vu = username(rng, suspect), username(rng, victim)
    b.line(company["name"], " - Referral to hotline")
    b.line("Our ref: ", case_no(rng, "LCV", d.ref.year), "   Date: ", fmt_date(rng, d.ref, "uk"))
    b.line()
    b.line(
        "We are writing to refer a channel on our video service that we believe poses a risk to a child in the United Kingdom."
    )
    b.line()
    b.line("Channel handle .......... ", su)
    site, url = profile_url(rng, suspect, su.text)
    b.line("Channel URL ............. ", V(f"https://loopcast.tv/c/{su.text.lstrip('@')}", "URL"))
    if d.maybe(0.7):
        b.line("Account holder .......... ", pname(suspect, d.pick(["full", "inverted"])))
    b.line("Registered e-mail ....... ", email(rng, suspect))
    if d.maybe(0.7):
        b.line("Mobile .................. ", phone_value(rng, "GB"))
    if d.maybe(0.6):
        b.line("DOB (as entered) ........ ", dob_v(rng, suspect, "uk"))
    if d.maybe(0.5):
        a = address(rng, "GB")
        b.line("Billing address ......... ", a["parts"])
    if d.maybe(0.5):
        b.line("Also active on .......... ", url)
    if d.maybe(0.3):
        b.line("Personal website ........ ", personal_site(rng, suspect))
    b.line("Audience setting ........ ", d.pick(["13-17 and adults", "all ages", "18+ only"]))
    b.line()
    b.line("Upload sessions:")
    for stamp in ts_sorted(rng, d.ref, rng.randint(2, 4)):
        b.line("  ", stamp, " BST from ", _ip_port(d, 0.4), " using ", d.pick(DEVICES))
    b.line()
    b.line("The child appears to be ", age_v(victim.age(d.ref)), ' and comments under the name "', vu, '".')
    if d.maybe(0.6):
        b.line(
            "In a comment ",
            victim.he(),
            " gives ",
            victim.his(),
            " name as ",
            pname(victim, d.pick(["given", "full"])),
            " and says ",
            victim.he(),
            " lives in ",
            town_value(rng, "GB")[0],
            ".",
        )
    if d.maybe(0.5):
        b.line("The uploader's videos refer to the child's ", med_v(rng), " and school routine.")
    if d.maybe(0.4):
        b.line("Location metadata in one upload: ", geo_value(rng, COUNTRIES["GB"]["geo"]))
    b.line()
    b.line("Content hashes (SHA-1):")
    for _ in range(rng.randint(1, 3)):
        b.line("  ", filename(rng), "  ", hexs(rng, 40))
    b.line()
    b.line("Yours faithfully,")
    b.line("Safeguarding Operations, ", company["name"])


def style_sg(d, company):
    rng, b = d.rng, d.b
    region = d.pick(["SG", "MY", "PH", "ID"])
    d.region = region
    suspect, victim = _people(
        d,
        suspect_cultures=["ms", "zh", "tl", "id", "ta", "en_gb", "hi"],
        victim_cultures=["ms", "zh", "tl", "id", "ta"],
    )
    su, vu = username(rng, suspect), username(rng, victim)
    ind = "  "
    b.line("// ", company["name"], " - automated referral export v3.2")
    b.line("{")
    b.line(ind, '"report_id": "', case_no(rng, "PS", d.ref.year), '",')
    b.line(ind, '"generated_at": "', ts(rng, d.ref, "isoz", 1), '",')
    b.line(ind, '"category": "', d.pick(["grooming", "csam_upload", "sextortion"]), '",')
    b.line(ind, '"subject": {')
    b.line(ind * 2, '"uid": "', V(rdigits(rng, 12), "USERNAME"), '",')
    b.line(ind * 2, '"handle": "', su, '",')
    b.line(ind * 2, '"profile_name": "', pname(suspect, d.pick(["full", "native", "given"])), '",')
    b.line(ind * 2, '"email": "', email(rng, suspect), '",')
    b.line(ind * 2, '"msisdn": "', phone_value(rng, region, style="e164"), '",')
    b.line(ind * 2, '"dob": "', dob_v(rng, suspect, "iso"), '",')
    if d.maybe(0.5):
        b.line(ind * 2, '"gender": "', gender_v(rng), '",')
    if d.maybe(0.4):
        b.line(
            ind * 2,
            '"ethnicity_self_reported": "',
            eth_v(rng, ["Malay", "Chinese", "Tamil", "Filipino", "Javanese", "Eurasian"]),
            '",',
        )
    b.line(ind * 2, '"last_location": "', geo_value(rng, (1.2, 14.5, 100.0, 125.0), "comma_nospace"), '"')
    b.line(ind, "},")
    b.line(ind, '"ip_log": [')
    stamps = ts_sorted(rng, d.ref, rng.randint(2, 4), "isoz")
    for i, stamp in enumerate(stamps):
        ip = ip_value(rng, 0.3)
        b.line(
            ind * 2,
            '{"ts": "',
            stamp,
            '", "ip": "',
            ip,
            '", "port": ',
            str(rng.randint(1024, 65535)),
            "}",
            "," if i < len(stamps) - 1 else "",
        )
    b.line(ind, "],")
    b.line(
        ind,
        '"device": {"model": "',
        d.pick(DEVICES),
        '", "android_id": "',
        android_id(rng),
        '", "gaid": "',
        uuid_value(rng, upper=False),
        '"},',
    )
    b.line(
        ind,
        '"counterparty": {"handle": "',
        vu,
        '", "declared_age": ',
        age_v(victim.age(d.ref)),
        ', "dob": "',
        dob_v(rng, victim, "iso"),
        '"},',
    )
    b.line(ind, '"attachments": [', ", ".join(f'"{hexs(rng, 32)}"' for _ in range(rng.randint(1, 3))), "]")
    b.line("}")
    b.line(
        "Reviewer note: subject asked counterparty to move to ",
        d.pick(["Telegram", "WhatsApp", "LINE"]),
        " as ",
        username(rng, suspect, at=True),
        "; counterparty shared school name and class.",
    )


def style_jp(d, company):
    rng, b = d.rng, d.b
    d.region = "JP"
    suspect = make_person(rng, d.ref, age=rng.randint(20, 55), culture="ja")
    victim = make_person(rng, d.ref, age=rng.randint(11, 16), culture="ja")
    su, vu = username(rng, suspect), username(rng, victim)
    b.line(company["name"], " / 安全対策室 (Safety Office)")
    b.line("Referral No. ", case_no(rng, "HNM", d.ref.year), "  ", d.ref.strftime("%Y年%m月%d日"))
    b.line()
    b.line("Reported user / 通報対象ユーザー")
    _kv(d, "  User name (ユーザー名)", su)
    _kv(d, "  Display name (表示名)", pname(suspect, "native_given") if d.maybe() else username(rng))
    _kv(d, "  Registered name (登録氏名)", [pname(suspect, "native"), " (", pname(suspect, "full"), ")"])
    _kv(d, "  Phone (電話番号)", phone_value(rng, "JP", style="nat"))
    _kv(d, "  Email", email(rng, suspect, d.pick(["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com"])))
    _kv(
        d,
        "  Date of birth (生年月日)",
        V(suspect.dob.strftime("%Y年%m月%d日").replace("年0", "年").replace("月0", "月"), "DATE_OF_BIRTH"),
    )
    if d.maybe(0.6):
        a = address(rng, "JP", native=True)
        _kv(d, "  Address (住所)", [a["postcode"], " ", a["town"], a["street"]])
    b.line("  Access log:")
    for stamp in ts_sorted(rng, d.ref, rng.randint(2, 4), "jp"):
        b.line("    ", stamp, " JST  ", _ip_port(d, 0.35))
    if d.maybe(0.6):
        b.line("  Device: ", d.pick(DEVICES), " / IDFV ", uuid_value(rng, upper=True))
    b.line()
    b.line("Child user / 被害が疑われるユーザー")
    _kv(d, "  User name", vu)
    _kv(d, "  Age stated (申告年齢)", [age_v(victim.age(d.ref)), "歳"])
    if d.maybe(0.6):
        _kv(d, "  Name mentioned in chat", pname(victim, d.pick(["native_given", "given"])))
    b.line()
    b.line(
        "Summary: the reported user offered gift cards in exchange for images and asked to meet in ",
        town_value(rng, "JP", native=d.maybe())[0],
        ".",
    )
    if d.maybe(0.5):
        b.line("He told the child his password hint and sent a login code ", otp(rng), " to take over her account.")


def style_no(d, company):
    rng, b = d.rng, d.b
    d.region = "NO"
    suspect, victim = _people(
        d, suspect_cultures=["no", "sv", "da", "se_sami", "so", "pl"], victim_cultures=["no", "no", "so", "ar_lev"]
    )
    su, vu = username(rng, suspect), username(rng, victim)
    b.line(company["name"], " - Melding om mulig overgrep mot barn")
    b.line("Saksnr.: ", case_no(rng, "NL", d.ref.year), "   Dato: ", fmt_date(rng, d.ref, "no"))
    b.line()
    b.line("Mistenkt bruker")
    _kv(d, "Brukernavn", su)
    _kv(d, "Navn (BankID-verifisert)", pname(suspect, "full"))
    _kv(d, "Fødselsnummer", national_id(rng, "no_fnr", suspect))
    _kv(d, "Fødselsdato", dob_v(rng, suspect, "no"))
    _kv(d, "Mobil", phone_value(rng, "NO"))
    if d.maybe(0.6):
        _kv(d, "E-post", email(rng, suspect, d.pick(["online.no", "gmail.com", "hotmail.com"])))
    if d.maybe(0.5):
        a = address(rng, "NO")
        _kv(d, "Adresse", a["parts"])
    b.line("IP-logg:")
    for stamp in ts_sorted(rng, d.ref, rng.randint(2, 4), "de"):
        b.line("  ", stamp, "  ", _ip_port(d, 0.3))
    if d.maybe(0.5):
        b.line("Enhet: ", d.pick(DEVICES), ", MAC ", mac_value(rng))
    b.line()
    b.line("Barnet")
    _kv(d, "Brukernavn", vu)
    _kv(d, "Oppgitt alder", [age_v(victim.age(d.ref)), " år"])
    if d.maybe(0.5):
        _kv(d, "Bosted", town_value(rng, "NO")[0])
    b.line()
    b.line("Utdrag fra samtale:")
    _chat(d, su, vu, suspect, victim, "no")
    if d.maybe(0.4):
        b.line(
            "Merknad: brukeren er tidligere ",
            V(
                d.pick(
                    ["dømt for seksuell omgang med barn under 16 år", "straffet for besittelse av overgrepsmateriale"]
                ),
                "CRIMINAL_HISTORY",
            ),
            " ifølge offentlig omtale.",
        )


def style_game(d, company):
    rng, b = d.rng, d.b
    d.region = d.pick(["US", "US", "CA", "GB", "AU"])
    suspect, victim = _people(d)
    su, vu = username(rng, suspect), username(rng, victim)
    b.line("ARCADIA PLAY NETWORKS - Player Safety Case Summary")
    b.line("Case: ", case_no(rng, "APN", d.ref.year), " | Priority: P1 | Opened: ", ts(rng, d.ref, "us", 3))
    b.line()
    b.line("| Field | Offending player | Reporting player |")
    b.line("|---|---|---|")
    b.line("| Gamertag | ", su, " | ", vu, " |")
    b.line("| Player ID | ", V(rdigits(rng, 16), "USERNAME"), " | ", V(rdigits(rng, 16), "USERNAME"), " |")
    b.line("| Age on account | ", age_v(suspect.age(d.ref)), " | ", age_v(victim.age(d.ref)), " |")
    b.line("| Account email | ", email(rng, suspect), " | parent-managed |")
    b.line("| Console serial | ", serial_value(rng), " | ", serial_value(rng), " |")
    b.line("| Last IP | ", ip_value(rng, 0.2), " | ", ip_value(rng, 0.2), " |")
    if d.maybe(0.6):
        b.line("| Console MAC | ", mac_value(rng), " | - |")
    b.line()
    if d.maybe(0.7):
        brand, card = card_value(rng)
        b.line("Payment instrument on file (offender): ", brand, " ", card, ", cardholder ", pname(suspect, "caps"))
    if d.region == "US" and d.maybe(0.7):
        parent = make_person(rng, d.ref, age=rng.randint(30, 55))
        if d.maybe():
            st, dl = us_dl_value(rng, family=parent.family)
            b.line(
                "Parent verification (offending account's payer): ",
                pname(parent, "full"),
                ", driver license ",
                dl,
                " (",
                st,
                ")",
            )
        else:
            b.line(
                "Parent verification (offending account's payer): ",
                pname(parent, "full"),
                ", US passport ",
                us_passport_value(rng),
            )
    b.line(
        "Gifted items to reporting player: ",
        str(rng.randint(3, 40)),
        " bundles, total ",
        f"${rng.randint(20, 400)}.{rng.choice(['00', '99', '49'])}",
    )
    b.line()
    b.line("Voice chat transcript (auto, excerpt):")
    lines = [
        [su, ": yo what's your real name"],
        [vu, ": ", pname(victim, "given")],
        [su, ": how old are you for real"],
        [vu, ": ", age_v(victim.age(d.ref))],
        [su, ": give me your login and I'll level you up, what's the password"],
        [vu, ": it's ", password(rng)],
        [su, ": add my other account ", username(rng, suspect)],
        [su, ": don't tell your mom about this ok"],
        [vu, ": I live in ", town_value(rng, d.region)[0]],
    ]
    keep = lines[:2] + rng.sample(lines[2:], rng.randint(2, len(lines) - 2))
    for ln in keep:
        b.line("  ", ln)
    b.line()
    b.line("Moderator: ", d.pick(["mod_", "ps-"]), rdigits(rng, 3), " - chat logs preserved, account banned.")


def style_isp(d, company):
    rng, b = d.rng, d.b
    cc = "GB" if company["country"] == "GB" else "NL"
    d.region = cc
    subscriber = make_person(rng, d.ref, age=rng.randint(24, 70))
    b.line(company["name"], " - Subscriber information disclosure")
    b.line(
        "Request ref: ",
        case_no(rng, "SID", d.ref.year),
        "   Prepared: ",
        fmt_date(rng, d.ref, "uk" if cc == "GB" else "nl"),
    )
    b.line()
    b.line("Queried address and time: ")
    ip = ipv4(rng)
    b.line(
        "  ",
        ip,
        " at ",
        ts(rng, d.ref, "isoz", 30),
        " (CGNAT port range ",
        str(rng.randint(1024, 30000)),
        "-",
        str(rng.randint(30001, 65535)),
        ")",
    )
    if d.maybe(0.6):
        b.line("  ", ipv6(rng), d.pick(["/56", "/64"]), " delegated prefix, same session")
    b.line()
    b.line("Account holder: ", pname(subscriber, d.pick(["full", "inverted_plain", "initial"])))
    if d.maybe(0.5):
        b.line("Date of birth (credit check): ", dob_v(rng, subscriber, "uk" if cc == "GB" else "nl"))
    a = address(rng, cc)
    b.line("Installation address: ", a["parts"])
    b.line("Contact number: ", phone_value(rng, cc, d.pick(["mobile", "fixed"])))
    b.line("Contact e-mail: ", email(rng, subscriber))
    if cc == "NL" and d.maybe(0.5):
        b.line("Identificatie bij aanmelding: BSN ", national_id(rng, "nl_bsn", subscriber))
    b.line("Router (CPE) MAC: ", mac_value(rng), "   Serial: ", serial_value(rng))
    b.line(
        "Service: Fibre ",
        d.pick(["500", "900", "150"]),
        " Mbps since ",
        fmt_date(rng, d.ref.replace(year=d.ref.year - rng.randint(1, 6)), "iso"),
    )
    b.line()
    b.line("Other devices seen on the customer LAN (DHCP leases):")
    for _ in range(rng.randint(1, 3)):
        b.line("  ", mac_value(rng), "  ", d.pick(["android-", "iPhone-", "DESKTOP-", "Galaxy-"]), hexs(rng, 6))
    if d.maybe(0.4):
        other = child(rng, d.ref, rng.randint(10, 17), parent=subscriber)
        b.line("Additional authorised user on account: ", pname(other, "given"), " (", age_v(other.age(d.ref)), ")")


def style_kr(d, company):
    rng, b = d.rng, d.b
    d.region = "KR"
    suspect = make_person(rng, d.ref, age=rng.randint(20, 50), culture="ko")
    victim = make_person(rng, d.ref, age=rng.randint(10, 16), culture="ko")
    su, vu = username(rng, suspect), username(rng, victim)
    b.line(company["name"], " - 아동 안전 신고 (Child safety referral)")
    b.line("접수번호 ", case_no(rng, "PV", d.ref.year), " / ", d.ref.strftime("%Y.%m.%d"))
    b.line()
    b.line("[Reported account]")
    _kv(d, "Nickname", su)
    _kv(d, "Name (본인인증)", [pname(suspect, "native"), " / ", pname(suspect, "full")])
    _kv(d, "Mobile", phone_value(rng, "KR", style="nat"))
    _kv(d, "Birth date", V(suspect.dob.strftime("%Y.%m.%d"), "DATE_OF_BIRTH"))
    if d.maybe(0.4):
        _kv(d, "RRN (age verification)", national_id(rng, "kr_rrn", suspect))
    _kv(d, "Email", email(rng, suspect, d.pick(["naver.com", "daum.net", "gmail.com"])))
    b.line("Connection log:")
    for stamp in ts_sorted(rng, d.ref, rng.randint(2, 4)):
        b.line("  ", stamp, " KST ", _ip_port(d, 0.2))
    if d.maybe(0.6):
        b.line("Device: ", d.pick(DEVICES), " ADID ", uuid_value(rng))
    b.line()
    b.line("[Child account]")
    _kv(d, "Nickname", vu)
    _kv(d, "Age", [age_v(victim.age(d.ref)), "세"])
    if d.maybe(0.5):
        _kv(d, "School area", town_value(rng, "KR", native=d.maybe())[0])
    b.line()
    b.line(
        "Notes: subject sent in-game currency and asked the child to join an open chat room as ",
        username(rng, suspect),
        ".",
    )


def style_es(d, company):
    rng, b = d.rng, d.b
    d.region = "ES"
    suspect, victim = _people(
        d,
        suspect_cultures=["es", "ca", "eu", "gl", "ar_ma", "ro", "es_co"],
        victim_cultures=["es", "ca", "gl", "ar_ma"],
    )
    su, vu = username(rng, suspect), username(rng, victim)
    b.line(company["name"], " - Comunicación de incidente de protección infantil")
    b.line("Expediente: ", case_no(rng, "CR", d.ref.year), " · Fecha: ", fmt_date(rng, d.ref, "es"))
    b.line()
    b.line("Cuenta denunciada")
    _kv(d, "  Nombre de usuario", su)
    _kv(d, "  Nombre y apellidos", pname(suspect, d.pick(["full", "caps"])))
    if d.maybe(0.6):
        _kv(d, "  DNI/NIE aportado", national_id(rng, d.pick(["es_dni", "es_nie"]), suspect))
    _kv(d, "  Fecha de nacimiento", dob_v(rng, suspect, "es"))
    _kv(d, "  Teléfono", phone_value(rng, "ES"))
    _kv(d, "  Correo", email(rng, suspect))
    b.line("  Conexiones:")
    for stamp in ts_sorted(rng, d.ref, rng.randint(2, 3), "de"):
        b.line("    ", stamp, " CET ", _ip_port(d))
    b.line()
    b.line("Menor afectado")
    _kv(d, "  Usuario", vu)
    _kv(d, "  Edad declarada", [age_v(victim.age(d.ref)), " años"])
    if d.maybe(0.5):
        _kv(d, "  Localidad", town_value(rng, "ES")[0])
    b.line()
    b.line("Extracto del chat:")
    _chat(d, su, vu, suspect, victim, "es")


def style_cloud(d, company):
    rng, b = d.rng, d.b
    d.region = "CA"
    owner = make_person(rng, d.ref, age=rng.randint(22, 60))
    b.line(company["name"], " - Abuse desk referral (file storage)")
    b.line("Ticket ", case_no(rng, "MCS", d.ref.year), " - ", ts(rng, d.ref, "iso", 1), " EST")
    b.line()
    b.line("Account owner: ", pname(owner, "full"), " <", email(rng, owner), ">")
    b.line("Login: ", username(rng, owner), "   Account #", V(rdigits(rng, 9), "USERNAME"))
    if d.maybe(0.6):
        b.line("Phone on file: ", phone_value(rng, "CA"))
    if d.maybe(0.6):
        a = address(rng, "CA")
        b.line("Billing address: ", a["parts"])
    if d.maybe(0.5):
        b.line("DOB (identity check): ", dob_v(rng, owner, "iso"))
    b.line("Sync client: ", d.pick(DEVICES), ", device id ", uuid_value(rng), ", MAC ", mac_value(rng))
    b.line("Personal API token found in a shared script: ", api_key(rng))
    b.line()
    b.line("Shared links created:")
    for stamp in ts_sorted(rng, d.ref, rng.randint(1, 3)):
        b.line("  ", stamp, "  https://share.maplecloud.example/s/", hexs(rng, 12), "  from ", ip_value(rng, 0.3))
    b.line()
    _files(d, rng.randint(2, 4))
    if d.maybe(0.5):
        kid = make_person(rng, d.ref, age=rng.randint(8, 15))
        b.line()
        b.line(
            "Folder names suggest a child called ",
            pname(kid, "given"),
            ", aged ",
            age_v(kid.age(d.ref)),
            ", at a school in ",
            town_value(rng, "CA")[0],
            ".",
        )


STYLES = {
    "us": style_us,
    "de": style_de,
    "uk": style_uk,
    "sg": style_sg,
    "jp": style_jp,
    "no": style_no,
    "game": style_game,
    "isp": style_isp,
    "kr": style_kr,
    "es": style_es,
    "cloud": style_cloud,
}


def build(d, index):
    company = ESP_COMPANIES[index % len(ESP_COMPANIES)]
    d.cc = {"SG": "MY"}.get(company["country"], company["country"])
    d.region = company["country"]
    STYLES[company["style"]](d, company)
