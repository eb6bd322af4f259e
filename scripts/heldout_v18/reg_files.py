"""Register 3: file_format_exports (vCard, iCalendar, eml/mbox, logs, HAR, SQL, env/YAML/INI, LDIF, GEDCOM)."""

from __future__ import annotations

from common import MED_EN, Q, json_obj
from core import Doc, V
from people import Address, Person, slug
from pools import EU, P, TOWNS
import vals

US = dict(
    m=P("Tyler; Brandon; DeShawn; Luis; Kevin; Cody; Marcus; Trevor; Dustin; Jamar"),
    f=P("Ashley; Brittany; Jasmine; Kayla; Latoya; Courtney; Destiny; Shelby; Marisol; Haley"),
    s=P(
        "Henderson; Gutierrez; Washington; Kowalski; Nguyen; Okafor; Patel; Baptiste; Lindgren; Abernathy; Castellanos; Yazzie"
    ),
)
US_TOWNS = [
    ("Columbus", "OH", "432"),
    ("Tucson", "AZ", "857"),
    ("Raleigh", "NC", "276"),
    ("Spokane", "WA", "992"),
    ("Dayton", "OH", "454"),
    ("Albany", "NY", "122"),
    ("Fresno", "CA", "937"),
    ("El Paso", "TX", "799"),
    ("Tampa", "FL", "336"),
    ("Peoria", "IL", "616"),
    ("Worcester", "MA", "016"),
]
US_STREETS = [
    "Maple Ave",
    "N Oak St",
    "Sunset Blvd",
    "Elm Street",
    "W 4th St",
    "Ridgeview Dr",
    "Cottonwood Ln",
    "Lakeshore Rd",
]
CCS = ["DE", "NL", "GB", "FR", "CH", "AT", "BE", "IE", "SE", "DK", "IT", "ES"]
COUNTRY_NAME = {
    "DE": "Germany",
    "NL": "Netherlands",
    "GB": "United Kingdom",
    "FR": "France",
    "CH": "Switzerland",
    "AT": "Austria",
    "BE": "Belgium",
    "IE": "Ireland",
    "SE": "Sweden",
    "DK": "Denmark",
    "IT": "Italy",
    "ES": "Spain",
}
MONTHS3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def eu_person(rng, ref=None, cc=None):
    cc = cc or rng.choice(CCS)
    return Person(rng, EU[cc], ref=ref, cc=cc), cc


def us_person(rng, ref=None):
    p = Person(rng, US, ref=ref, cc="*")
    t, st, z = rng.choice(US_TOWNS)
    p.us_town, p.us_state = t, st
    p.us_street = f"{rng.randint(100, 9899)} {rng.choice(US_STREETS)}"
    p.us_zip = z + vals.digits(rng, 2)
    return p


def profile_url(rng, p):
    h = slug(p.g_lat).replace(".", "") + "-" + slug(p.s_lat).replace(".", "-")
    return V(
        rng.choice(
            [
                f"https://www.linkedin.com/in/{h}-{vals.digits(rng, 3)}",
                f"https://www.instagram.com/{h.replace('-', '_')}",
                f"https://mastodon.social/@{h.replace('-', '')}",
                f"https://www.facebook.com/{h.replace('-', '.')}",
            ]
        ),
        "URL",
    )


def t_vcard(rng, i):
    d = Doc(rng, None)
    for k in range(rng.randint(2, 3)):
        p, cc = eu_person(rng)
        a = Address(rng, cc)
        d.t("BEGIN:VCARD\r\nVERSION:" + rng.choice(["3.0", "4.0"]) + "\r\nN:")
        d.f("{s};{g};;;\r\nFN:{fn}\r\n", s=p.sur(), g=p.given(), fn=p.full())
        d.f("TEL;TYPE=CELL:{t}\r\n", t=vals.phone(rng, cc, style=rng.choice(["intl", "e164"])))
        d.f("EMAIL;TYPE=HOME:{e}\r\n", e=p.email(rng))
        d.f("ADR;TYPE=HOME:;;{st};{t};;{pc};{c}\r\n", st=a.street_v(), t=a.town_v(), pc=a.pc, c=COUNTRY_NAME[cc])
        if rng.random() < 0.7:
            d.f("BDAY:{b}\r\n", b=p.dob_v(rng.choice(["iso", "compact"])))
        if rng.random() < 0.8:
            d.f("URL:{u}\r\n", u=profile_url(rng, p))
        if rng.random() < 0.3:
            d.f(
                "NOTE:allergic – {m}\r\n",
                m=V(
                    rng.choice(["penicillin allergy", "coeliac disease", "peanut allergy", "type 1 diabetes"]),
                    "MEDICAL_CONDITION",
                ),
            )
        d.t("END:VCARD\r\n")
    return d


def t_ics(rng, i):
    d = Doc(rng, None)
    ref = vals.ref_date(rng)
    org, cc = eu_person(rng, ref)
    a = Address(rng, cc)
    dom = rng.choice(["volunteers.example", "charity.example.org"])
    d.t("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Office Calendar//EN\r\nBEGIN:VEVENT\r\n")
    d.t(
        f"UID:{vals.uuid4(rng)}@{dom}\r\nDTSTAMP:{ref.strftime('%Y%m%d')}T081500Z\r\nDTSTART:{ref.strftime('%Y%m%d')}T{rng.randint(8, 17):02d}0000\r\n"
    )
    d.t(
        "SUMMARY:"
        + rng.choice(["Volunteer induction", "Home visit", "Donor thank-you call", "Safeguarding training"])
        + " – "
    )
    d.v(org.sur())
    d.t("\r\n")
    d.f("ORGANIZER;CN={n}:mailto:{e}\r\n", n=org.full(), e=org.email(rng))
    for k in range(rng.randint(1, 3)):
        at, c2 = eu_person(rng, ref)
        d.f("ATTENDEE;ROLE=REQ-PARTICIPANT;CN={n}:mailto:{e}\r\n", n=at.full(), e=at.email(rng))
    d.f("LOCATION:{a}\r\n", a=a.full())
    d.f(
        "DESCRIPTION:Please call {g} on {ph} if running late. Door code {pin}.\r\n",
        g=org.given(),
        ph=vals.phone(rng, cc),
        pin=vals.pin(rng),
    )
    if rng.random() < 0.5:
        d.f(
            "GEO:{g}\r\n",
            g=V(
                vals.coords(rng, cc if cc in vals.BOXES else "DE", "compact").text.replace(",", ";"), "GEO_COORDINATES"
            ),
        )
    d.t("END:VEVENT\r\nEND:VCALENDAR\r\n")
    return d


def t_eml(rng, i):
    d = Doc(rng, None)
    ref = vals.ref_date(rng)
    s, cc = eu_person(rng, ref)
    r, _ = eu_person(rng, ref)
    ip = vals.ipv4(rng)
    es, er = s.email(rng), r.email(rng)
    d.f(
        "Return-Path: <{e}>\nReceived: from [{ip}] (port=51234 helo=[192.168.1.23])\n\tby mx2.mailhost.example with esmtpsa; {dt}\n",
        e=es,
        ip=ip,
        dt=ref.strftime("%a, %d %b %Y") + " 10:22:41 +0100",
    )
    d.f(
        'X-Originating-IP: [{ip}]\nFrom: "{n}" <{e}>\nTo: {rn} <{re}>\nSubject: {sub}\nMessage-ID: <{mid}@mail.example>\n',
        ip=ip,
        n=s.full(),
        e=es,
        rn=r.full(),
        re=er,
        sub=rng.choice(["Re: donation receipt", "Fwd: volunteer rota", "my details for the form"]),
        mid=vals.uuid4(rng).replace("-", "")[:20],
    )
    d.t("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nUser-Agent: Thunderbird/115.6\n\n")
    d.t("Hi ")
    d.v(r.given())
    d.f(
        ",\n\nhere are my details as requested: born {dob}, mobile {ph}. My new address is {a}.\n",
        dob=s.dob_v(rng.choice(["dmy.", "en"])),
        ph=vals.phone(rng, cc),
        a=Address(rng, cc).full(),
    )
    if rng.random() < 0.5:
        d.f("The one-off gift went on my card {cd}.\n", cd=vals.card(rng))
    if rng.random() < 0.5:
        d.f(
            "For the monthly gift please use IBAN {ib}.\n",
            ib=vals.iban(rng, cc if cc not in ("GB", "IE", "NL") or True else "DE"),
        )
    d.f("\nCheers,\n{g}\n-- \n{n} | {ph2}\n", g=s.given(), n=s.full(), ph2=vals.phone(rng, cc))
    return d


def t_mbox(rng, i):
    d = Doc(rng, None)
    ref = vals.ref_date(rng)
    for k in range(2):
        s, cc = eu_person(rng, ref)
        e = s.email(rng)
        d.f(
            "From {e} {dt}\nFrom: {n} <{e}>\nTo: hotline@tips.example\nDate: {dt2}\nSubject: {sub}\n\n",
            e=e,
            dt=ref.strftime("%a %b %d") + f" {rng.randint(8, 22):02d}:{rng.randint(10, 59)}:05 {ref.year}",
            n=s.full(),
            dt2=ref.strftime("%d %b %Y"),
            sub=rng.choice(["tip about a website", "follow-up", "concern about a neighbour"]),
        )
        kid = Person(rng, EU[cc], age=rng.randint(6, 16), ref=ref)
        d.f(
            "I am worried about {k} ({a}) who lives near {t}. Call me on {ph}.\n{g}\n\n",
            k=kid.given(),
            a=kid.age_v(),
            t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
            ph=vals.phone(rng, cc),
            g=s.given(),
        )
    return d


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def t_accesslog(rng, i):
    d = Doc(rng, None)
    ref = vals.ref_date(rng)
    users = []
    for k in range(rng.randint(2, 4)):
        p, cc = eu_person(rng, ref)
        users.append((p.handle(rng), vals.ip(rng)))
    h = rng.randint(0, 20)
    for k in range(rng.randint(6, 10)):
        u, ip = rng.choice(users)
        anon = rng.random() < 0.25
        path = rng.choice(
            ["/login", "/donate/confirm", "/account/settings", "/users/{u}/profile", "/api/v1/tips", "/static/app.js"]
        )
        d.v(ip)
        d.t(" - ")
        if anon:
            d.t("-")
        else:
            d.v(u)
        d.t(
            f' [{ref.strftime("%d/%b/%Y")}:{h:02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0100] "{rng.choice(["GET", "POST"])} '
        )
        if "{u}" in path:
            a, b = path.split("{u}")
            d.t(a)
            d.v(u)
            d.t(b)
        else:
            d.t(path)
        d.t(
            f' HTTP/1.1" {rng.choice([200, 200, 302, 304, 401, 404])} {rng.randint(120, 48000)} "-" "{rng.choice(UAS)}"\n'
        )
    return d


def t_har(rng, i):
    d = Doc(rng, None)
    ref = vals.ref_date(rng)
    p, cc = eu_person(rng, ref)
    obj = {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "entries": [
                {
                    "startedDateTime": f"{ref.isoformat()}T{rng.randint(8, 22):02d}:14:03.221Z",
                    "request": {
                        "method": "POST",
                        "url": "https://portal.charity.example/api/session",
                        "headers": [
                            {"name": "Authorization", "value": Q(["Bearer ", vals.token(rng, "b64")])},
                            {"name": "Cookie", "value": Q(["sid=", vals.token(rng, "hex32"), "; theme=dark"])},
                            {"name": "X-Forwarded-For", "value": vals.ipv4(rng)},
                            {"name": "User-Agent", "value": rng.choice(UAS)},
                        ],
                        "postData": {
                            "mimeType": "application/json",
                            "params": [
                                {"name": "username", "value": p.handle(rng)},
                                {"name": "email", "value": p.email(rng)},
                                {"name": "password", "value": vals.password(rng)},
                            ],
                        },
                    },
                    "response": {"status": 200, "statusText": "OK", "bodySize": rng.randint(200, 4000)},
                }
            ],
        }
    }
    json_obj(d, obj, indent=rng.choice([1, 2]))
    d.t("\n")
    return d


def t_sql(rng, i):
    d = Doc(rng, None)
    ref = vals.ref_date(rng)
    d.t("-- MySQL dump 10.13  Distrib 8.0.36\n-- Host: localhost    Database: donor_crm\n\n")
    d.t(
        "CREATE TABLE `donors` (\n  `id` int NOT NULL,\n  `first_name` varchar(64),\n  `last_name` varchar(64),\n  `email` varchar(128),\n"
        "  `phone` varchar(32),\n  `dob` date,\n  `tax_id` varchar(16),\n  `bank_routing` varchar(9),\n  `bank_account` varchar(17),\n  `address` varchar(255)\n);\n\n"
    )
    d.t("INSERT INTO `donors` VALUES ")
    n = rng.randint(2, 4)
    for k in range(n):
        p = us_person(rng, ref)
        tax = vals.us_ssn(rng) if rng.random() < 0.6 else vals.us_itin(rng)
        d.f(
            "\n({id},'{g}','{s}','{e}','{ph}','{dob}','{tax}','{aba}','{acct}','{a}')",
            id=str(1000 + k * 7 + rng.randint(0, 6)),
            g=p.given(),
            s=p.sur() if "'" not in p.s_lat else V(p.s_lat.replace("'", "''"), "PERSON"),
            e=p.email(rng),
            ph=vals.phone(rng, "US", style=rng.choice(["national", "e164"])),
            dob=p.dob_v("iso"),
            tax=tax,
            aba=vals.aba(rng),
            acct=vals.us_bank(rng),
            a=V(f"{p.us_street}, {p.us_town}, {p.us_state} {p.us_zip}", "STREET_ADDRESS"),
        )
        d.t("," if k < n - 1 else ";\n")
    if True:
        p = us_person(rng, ref)
        dl, st = vals.us_dl(rng)
        d.f(
            "\nINSERT INTO `kyc_documents` (donor_id, doc_type, doc_number, issuing_state) VALUES\n({i},'driver_license','{dl}','{st}'),\n({i},'passport','{pp}','US');\n",
            i=str(rng.randint(1000, 1030)),
            dl=dl,
            st=st,
            pp=vals.us_passport(rng),
        )
    return d


def t_env(rng, i):
    d = Doc(rng, None)
    p, cc = eu_person(rng)
    d.t(
        "# .env – production (DO NOT COMMIT)\nAPP_ENV=production\nAPP_DEBUG=false\nDB_HOST=db.internal\nDB_PORT=5432\nDB_NAME=hotline\n"
    )
    d.f("DB_USER={u}\nDB_PASSWORD={pw}\n", u=p.handle(rng), pw=vals.password(rng))
    d.f("SMTP_USER={e}\nSMTP_PASS={pw}\n", e=p.email(rng), pw=vals.password(rng))
    d.f("PAYMENT_API_KEY={k}\nMAPS_TOKEN={t}\n", k=vals.token(rng, "pref"), t=vals.token(rng, "b64"))
    d.f('ADMIN_CONTACT="{n} {ph}"\n', n=p.full(), ph=vals.phone(rng, cc, style="e164"))
    d.f("ALLOWED_ADMIN_MAC={m}\nADMIN_LAPTOP_SERIAL={sn}\n", m=vals.mac(rng), sn=vals.device_id(rng, "serial"))
    d.t("LOG_LEVEL=warn\nCACHE_TTL=300\n")
    return d


def t_yaml(rng, i):
    d = Doc(rng, None)
    d.t("# on-call roster and service credentials\nservice: tipline-ingest\nversion: 3\noncall:\n")
    for k in range(rng.randint(2, 3)):
        p, cc = eu_person(rng)
        d.f(
            '  - name: {n}\n    phone: "{ph}"\n    email: {e}\n    pager_pin: "{pin}"\n    device_id: {dv}\n',
            n=p.full(),
            ph=vals.phone(rng, cc),
            e=p.email(rng),
            pin=vals.pin(rng),
            dv=vals.device_id(rng, rng.choice(["adid", "idfa", "android", "imei"])),
        )
    p, cc = eu_person(rng)
    d.f(
        'storage:\n  s3_access_key: {a}\n  s3_secret: {s}\nsftp:\n  host: files.partner.example\n  user: {u}\n  password: "{pw}"\n',
        a=V("AK" + vals.token(rng, "hex32").text[:18].upper(), "CREDENTIAL"),
        s=vals.token(rng, "b64"),
        u=p.handle(rng),
        pw=vals.password(rng),
    )
    return d


def t_ini(rng, i):
    d = Doc(rng, None)
    p, cc = eu_person(rng)
    q, cc2 = eu_person(rng)
    d.f(
        "; kiosk.ini – generated {dt}\n[device]\nserial = {sn}\nmac = {mac}\nlast_ip = {ip}\n\n",
        dt=vals.ref_date(rng).isoformat(),
        sn=vals.device_id(rng, "serial"),
        mac=vals.mac(rng),
        ip=vals.ipv4(rng),
    )
    d.f(
        "[owner]\nname = {n}\nphone = {ph}\naddress = {a}\n\n",
        n=p.full(),
        ph=vals.phone(rng, cc),
        a=Address(rng, cc).full(),
    )
    d.f(
        "[wifi]\nssid = Hall-Guest\npsk = {pw}\n\n[admin]\nlogin = {u}\npin = {pin}\nbackup_contact = {e}\n",
        pw=vals.password(rng),
        u=q.handle(rng),
        pin=vals.pin(rng),
        e=q.email(rng),
    )
    return d


def t_ldif(rng, i):
    d = Doc(rng, None)
    d.t("version: 1\n\n")
    for k in range(rng.randint(2, 3)):
        p, cc = eu_person(rng)
        u = p.handle(rng)
        a = Address(rng, cc)
        d.f(
            "dn: uid={u},ou=volunteers,dc=charity,dc=example\nobjectClass: inetOrgPerson\nuid: {u}\ncn: {cn}\nsn: {sn}\ngivenName: {g}\n",
            u=u,
            cn=p.full(),
            sn=p.sur(),
            g=p.given(),
        )
        d.f(
            "mail: {e}\nmobile: {m}\nhomePostalAddress: {st} $ {pc} {t}\n",
            e=p.email(rng),
            m=vals.phone(rng, cc),
            st=a.street_v(),
            pc=a.pc,
            t=a.town_v(),
        )
        d.t("userPassword: {SSHA}" + vals.token(rng, "b64").text[:32] + "\n\n")
    return d


def ged_date(dte):
    return f"{dte.day} {MONTHS3[dte.month - 1]} {dte.year}"


def t_gedcom(rng, i):
    d = Doc(rng, None)
    cc = rng.choice(CCS)
    d.t("0 HEAD\n1 SOUR FamilyTreeApp\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n")
    fam = Person(rng, EU[cc], ref=vals.ref_date(rng), cc=cc)
    sur = fam.s_lat
    n = rng.randint(3, 4)
    for k in range(n):
        p = Person(rng, EU[cc], age=rng.randint(8, 95), ref=fam.ref, cc=cc)
        p.s_lat = sur
        d.t(f"0 @I{k + 1}@ INDI\n1 NAME ")
        d.f(
            "{g} /{s}/\n2 GIVN {g}\n2 SURN {s}\n1 SEX {x}\n1 BIRT\n2 DATE {b}\n2 PLAC {t}, {c}\n",
            g=p.given(),
            s=p.sur(),
            x="F" if p.female else "M",
            b=V(ged_date(p.dob), "DATE_OF_BIRTH"),
            t=V(rng.choice(TOWNS[cc])[0], "LOCATION"),
            c=COUNTRY_NAME[cc],
        )
        if p.age > 80 and rng.random() < 0.6:
            d.t(f"1 DEAT\n2 DATE {rng.randint(2001, 2022)}\n")
        elif rng.random() < 0.5:
            d.f("1 RESI\n2 ADDR {a}\n2 PHON {ph}\n", a=Address(rng, cc).full(), ph=vals.phone(rng, cc))
        if rng.random() < 0.25:
            d.f("1 NOTE {m}\n", m=V(rng.choice(MED_EN[:12]), "MEDICAL_CONDITION"))
    d.t("0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 CHIL @I3@\n0 TRLR\n")
    return d


TEMPLATES = [t_vcard, t_ics, t_eml, t_mbox, t_accesslog, t_har, t_sql, t_env, t_yaml, t_ini, t_ldif, t_gedcom]


def make(rng, i):
    return TEMPLATES[i % len(TEMPLATES)](rng, i)
