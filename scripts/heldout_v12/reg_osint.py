"""Register osint_notes: analysts' open-source notes compiling one person's online identity."""

from __future__ import annotations

import datetime as dt
import random

from common import per, traveller
from doc import Doc, Piece
from people import Person, email, make_child, obfuscate_email, username
from places import street, town
from terms import CRIMINAL, GENDER_ID, MEDICAL, ORIENTATION, ethnic_for
from values import (
    REF_DATE,
    aba_routing,
    credential,
    device_serial,
    digits,
    fmt_date,
    geo,
    iban,
    imei,
    ipv4,
    ipv6,
    mac,
    phone,
    plate,
    us_bank_account,
    us_itin,
    us_passport,
    us_ssn,
    uuid_like,
)

OSINT_CULTURES = [
    "en_gb",
    "en_us",
    "en_us",
    "en_us",
    "en_us",
    "en_ie",
    "en_au",
    "en_ca",
    "en_in",
    "en_za",
    "yo",
    "uk",
    "pl",
    "nl",
    "pt_br",
    "ms",
    "ru",
    "ro",
    "tr",
    "fil",
    "th",
    "vi",
    "es",
    "fr",
    "de",
    "kk",
    "hy",
    "ar",
    "ko",
    "zh",
]
BREACHES = [
    "Collection #1",
    "Canva 2019",
    "Wattpad 2020",
    "MyFitnessPal",
    "VK 2012 dump",
    "Dubsmash",
    "Zynga 2019",
    "Twitter 200M scrape",
    "Facebook 533M scrape",
    "Gravatar scrape",
    "Shein 2018",
    "Bitly",
    "Roll20",
]
BULLETS = ["- ", "* ", "• ", "-> ", "> ", "", "  - "]


def _handle(rng: random.Random, p: Person) -> str:
    return username(rng, p, at=False)


def _url(rng: random.Random, platform: str, h: str) -> str:
    scheme = rng.choice(["https://", "https://www.", "", "http://"])
    base = {
        "Instagram": f"instagram.com/{h}",
        "TikTok": f"tiktok.com/@{h}",
        "X": f"x.com/{h}",
        "Facebook": rng.choice([f"facebook.com/{h}", f"facebook.com/profile.php?id=1000{digits(rng, 11)}"]),
        "VK": rng.choice([f"vk.com/id{digits(rng, 9, True)}", f"vk.com/{h}"]),
        "OK": f"ok.ru/profile/{digits(rng, 12, True)}",
        "Telegram": f"t.me/{h}",
        "Snapchat": f"snapchat.com/add/{h}",
        "YouTube": f"youtube.com/@{h}",
        "Reddit": f"reddit.com/user/{h}",
        "Twitch": f"twitch.tv/{h}",
        "Steam": f"steamcommunity.com/profiles/7656119{digits(rng, 10)}",
        "Linktree": f"linktr.ee/{h}",
        "Threads": f"threads.net/@{h}",
        "Pinterest": f"pinterest.com/{h}",
        "SoundCloud": f"soundcloud.com/{h}",
        "GitHub": f"github.com/{h}",
        "Tumblr": f"{h}.tumblr.com",
    }[platform]
    if scheme == "https://www." and base.count(".") > 2:
        scheme = "https://"
    return scheme + base


def _sec_handles(rng: random.Random, d: Doc, p: Person, bullet: str) -> None:
    d.add(
        rng.choice(
            ["HANDLES / ACCOUNTS\n", "Accounts found:\n", "## Linked accounts\n", "socials (confirmed = ✔, poss = ?)\n"]
        )
    )
    plats = rng.sample(
        [
            "Instagram",
            "TikTok",
            "X",
            "Facebook",
            "VK",
            "OK",
            "Telegram",
            "Snapchat",
            "YouTube",
            "Reddit",
            "Twitch",
            "Steam",
            "Linktree",
            "Threads",
            "Pinterest",
            "SoundCloud",
            "GitHub",
            "Tumblr",
        ],
        rng.randint(3, 6),
    )
    base = _handle(rng, p)
    for pl in plats:
        h = base if rng.random() < 0.5 else _handle(rng, p)
        mark = rng.choice(["✔", "?", "", "(conf.)", "(prob.)"])
        style = rng.random()
        if pl in ("Steam", "OK") or style < 0.35:
            d.t("{b}{pl}: {u} {m}\n", b=bullet, pl=pl, u=(_url(rng, pl, h), "URL"), m=mark)
        elif style < 0.7:
            d.t("{b}{pl} {h} — {u}\n", b=bullet, pl=pl, h=("@" + h, "USERNAME"), u=(_url(rng, pl, h), "URL"))
        else:
            d.t("{b}{pl} handle {h} {m}\n", b=bullet, pl=pl.lower(), h=(h, "USERNAME"), m=mark)
    if rng.random() < 0.5:
        d.t(
            "{b}Discord user ID {i} (display name {h})\n",
            b=bullet,
            i=(digits(rng, 18, True), "USERNAME"),
            h=(base, "USERNAME"),
        )
    if rng.random() < 0.3:
        d.t(
            "{b}Cash App {c} / Venmo {v}\n",
            b=bullet,
            c=("$" + base.replace(".", ""), "USERNAME"),
            v=("@" + base.replace(".", "-"), "USERNAME"),
        )


def _sec_emails(rng: random.Random, d: Doc, p: Person, bullet: str) -> None:
    d.add(rng.choice(["E-mails (breach data)\n", "EMAILS:\n", "## Breach hits\n", "emails from HIBP/dehashed:\n"]))
    for _ in range(rng.randint(1, 3)):
        e = email(rng, p)
        r = rng.random()
        if r < 0.4:
            d.t(
                "{b}{e} — in {br}; pw {pw}\n",
                b=bullet,
                e=(e, "EMAIL_ADDRESS"),
                br=rng.choice(BREACHES),
                pw=(credential(rng, "pw"), "CREDENTIAL"),
            )
        elif r < 0.6:
            d.t(
                '{b}{e} (written in bio as "{o}")\n',
                b=bullet,
                e=(e, "EMAIL_ADDRESS"),
                o=(obfuscate_email(rng, e), "EMAIL_ADDRESS"),
            )
        else:
            d.t(
                "{b}{e} [{br}, {y}]\n",
                b=bullet,
                e=(e, "EMAIL_ADDRESS"),
                br=rng.choice(BREACHES),
                y=str(rng.randint(2012, 2023)),
            )
    if p.country == "US" and rng.random() < 0.4:
        d.t(
            "{b}tax-prep leak (2021) row: ITIN {i}, filing addr {s}\n",
            b=bullet,
            i=(us_itin(rng, rng.choice(["dash", "space"])), "US_ITIN"),
            s=(street(rng, "US"), "STREET_ADDRESS"),
        )
    if p.country == "US" and rng.random() < 0.3:
        d.t(
            "{b}passport no. {pp} visible in old selfie w/ passport (2019)\n",
            b=bullet,
            pp=(us_passport(rng), "US_PASSPORT"),
        )
    if p.country == "US" and rng.random() < 0.5:
        d.t(
            "{b}same breach row lists SSN {s} + DOB {dob}\n",
            b=bullet,
            s=(us_ssn(rng, rng.choice(["dash", "plain"])), "US_SSN"),
            dob=(fmt_date(rng, p.dob, "mdy/"), "DATE_OF_BIRTH"),
        )


def _sec_phones(rng: random.Random, d: Doc, p: Person, bullet: str) -> None:
    d.add(rng.choice(["Phones\n", "PHONE / reverse lookup\n", "## numbers\n", "tel.:\n"]))
    for _ in range(rng.randint(1, 3)):
        ph = phone(rng, p.country if rng.random() < 0.8 else rng.choice(["GB", "US", "UA", "PL", "NG", "TR", "MY"]))
        tag = p.firstname_lat() if rng.random() < 0.5 else p.full_lat()
        d.t(
            '{b}{ph} → {app} tag "{t}"; {w}\n',
            b=bullet,
            ph=(ph, "PHONE_NUMBER"),
            app=rng.choice(["Truecaller", "Sync.me", "GetContact", "Eyecon", "NumBuster"]),
            t=per(tag),
            w=rng.choice(["WhatsApp active", "Telegram linked", "no WA", "WA pic = same selfie", "Viber only"]),
        )


def _sec_exif(rng: random.Random, d: Doc, p: Person, bullet: str, lat: float, lon: float) -> None:
    d.add(rng.choice(["EXIF\n", "Photo metadata (originals via cloud share):\n", "## EXIF dump\n"]))
    for _ in range(rng.randint(1, 2)):
        fn = (
            rng.choice(["IMG_", "DSC", "PXL_2023", "20240", "photo_"])
            + digits(rng, 4)
            + rng.choice([".JPG", ".jpg", ".HEIC"])
        )
        d.add(
            f"{bullet}{fn}: Make {rng.choice(['Apple', 'samsung', 'Xiaomi', 'Google', 'OPPO'])}, Model "
            f"{rng.choice(['iPhone 12', 'SM-A525F', 'Redmi Note 11', 'Pixel 6a', 'CPH2205'])}"
        )
        d.t(", BodySerialNumber {s}", s=(device_serial(rng), "DEVICE_ID"))
        if rng.random() < 0.5:
            d.t("\n    GPSLatitude/GPSLongitude: {g}", g=(geo(rng, lat, lon), "GEO_COORDINATES"))
        else:
            d.t("\n    GPS {g}", g=(geo(rng, lat, lon, "dms"), "GEO_COORDINATES"))
        d.add(
            f"\n    DateTimeOriginal {rng.randint(2021, 2024)}:{rng.randint(1, 12):02d}:{rng.randint(1, 28):02d} "
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}\n"
        )


def _sec_network(rng: random.Random, d: Doc, p: Person, bullet: str) -> None:
    d.add(rng.choice(["IP / device (from LE return)\n", "Login IPs:\n", "## network\n", "IP log excerpt\n"]))
    for _ in range(rng.randint(2, 4)):
        ip = ipv6(rng) if rng.random() < 0.3 else ipv4(rng)
        d.t(
            "{b}{ts}  {ip}  {ev}\n",
            b=bullet,
            ts=f"{REF_DATE - dt.timedelta(days=rng.randint(1, 90)):%Y-%m-%d} "
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}Z",
            ip=(ip, "IP_ADDRESS"),
            ev=rng.choice(["login", "acct creation", "pw reset", "upload", "login (VPN?)"]),
        )
    r = rng.random()
    if r < 0.4:
        d.t("{b}device IMEI {i}\n", b=bullet, i=(imei(rng, rng.random() < 0.3), "DEVICE_ID"))
    elif r < 0.7:
        d.t("{b}advertising ID {a}\n", b=bullet, a=(uuid_like(rng, rng.random() < 0.5), "DEVICE_ID"))
    if rng.random() < 0.4:
        d.t("{b}home router MAC {m} (wigle hit)\n", b=bullet, m=(mac(rng), "MAC_ADDRESS"))
    if rng.random() < 0.3:
        d.t("{b}LAN addr seen in screenshot: {ip}\n", b=bullet, ip=(ipv4(rng, True), "IP_ADDRESS"))


def _sec_personal(rng: random.Random, d: Doc, p: Person, bullet: str, minor: bool) -> None:
    d.add(rng.choice(["Personal details\n", "PII summary\n", "## who\n", "bio bits:\n"]))
    if rng.random() < 0.6:
        d.t(
            "{b}DOB {dob} (from {src})\n",
            b=bullet,
            dob=(fmt_date(rng, p.dob), "DATE_OF_BIRTH"),
            src=rng.choice(["FB about", "birthday post", "breach row", "school sports results"]),
        )
    lab = "MINOR_AGE" if minor else "AGE"
    d.t(
        "{b}{pre}{a}{post}\n",
        b=bullet,
        pre=rng.choice(["claims to be ", "age ", "says she's ", "prob. ", "bio: "]),
        a=(str(p.age), lab),
        post=rng.choice(["", " (unconf.)", " y/o", " per bio", "?"]),
    )
    t = town(rng, p.country)
    d.t(
        "{b}location: {t}{x}\n",
        b=bullet,
        t=(t.name if rng.random() < 0.3 else t.latin, "LOCATION"),
        x=rng.choice(["", " (geotags)", " — bus stop in story", " per IG location tag", " (school hoodie)"]),
    )
    if rng.random() < 0.4:
        d.t("{b}street view match: {s}\n", b=bullet, s=(street(rng, p.country), "STREET_ADDRESS"))
    r = rng.random()
    if r < 0.25:
        d.t('{b}bio: "{o} | 🏳️‍🌈"\n', b=bullet, o=(rng.choice(ORIENTATION), "SEXUAL_ORIENTATION"))
    elif r < 0.45:
        d.t("{b}posts as {g}, uses she/they\n", b=bullet, g=(rng.choice(GENDER_ID), "GENDER_IDENTITY"))
    elif r < 0.6:
        d.t("{b}mentions {m} in several posts\n", b=bullet, m=(rng.choice(MEDICAL), "MEDICAL_CONDITION"))
    elif r < 0.7:
        d.t("{b}identifies as {e} in bio\n", b=bullet, e=(ethnic_for(rng, p.country), "ETHNIC_ORIGIN"))


def _sec_links(rng: random.Random, d: Doc, p: Person, bullet: str) -> None:
    d.add(rng.choice(["Associates\n", "Network / friends overlap\n", "## links\n"]))
    for _ in range(rng.randint(1, 3)):
        a = traveller(rng, [p.culture.code, "en_gb", "en_us", p.culture.code])
        r = rng.random()
        if r < 0.4:
            d.t(
                "{b}{n} ({h}) — {rel}\n",
                b=bullet,
                n=per(a.full_lat()),
                h=("@" + _handle(rng, a), "USERNAME"),
                rel=rng.choice(["tagged in 14 pics", "'bro'", "older bf?", "comments daily", "same school"]),
            )
        elif r < 0.7:
            d.t(
                "{b}{h} follows + likes everything, real name prob. {n}\n",
                b=bullet,
                h=("@" + _handle(rng, a), "USERNAME"),
                n=per(a.firstname_lat()),
            )
        else:
            d.t(
                "{b}{n}, {a} — {c}\n",
                b=bullet,
                n=per(a.full_lat()),
                a=(str(a.age), "AGE"),
                c=rng.choice(
                    ["lives with subject?", "sends money (CashApp)", "recruiter profile", "manages her 'bookings'"]
                ),
            )
            if rng.random() < 0.5:
                d.t("{b}  {crime}\n", b=bullet, crime=(rng.choice(CRIMINAL), "CRIMINAL_HISTORY"))


def _sec_money(rng: random.Random, d: Doc, p: Person, bullet: str) -> None:
    d.add(rng.choice(["Payments\n", "money trail:\n", "## financial\n"]))
    if p.country == "US" or rng.random() < 0.3:
        d.t(
            "{b}DM'd bank details: acct {a}, routing {r}\n",
            b=bullet,
            a=(us_bank_account(rng), "US_BANK_NUMBER"),
            r=(aba_routing(rng), "ABA_ROUTING_NUMBER"),
        )
    else:
        cc = {
            "GB": "GB",
            "IE": "IE",
            "UA": "UA",
            "PL": "PL",
            "NL": "NL",
            "BR": "BR",
            "RO": "RO",
            "TR": "TR",
            "DE": "DE",
            "FR": "DE",
            "KZ": "KZ",
        }.get(p.country, rng.choice(["GB", "DE", "NL", "PL"]))
        d.t("{b}IBAN in story screenshot: {i}\n", b=bullet, i=(iban(rng, cc), "IBAN_CODE"))


def _sec_vehicle(rng: random.Random, d: Doc, p: Person, bullet: str) -> None:
    d.t("{b}car in 3 posts, plate legible: {pl}\n", b=bullet, pl=(plate(rng, p.country), "VEHICLE_PLATE"))


def _nick(rng: random.Random, p: Person) -> str:
    g = p.firstname_lat().split(" ")[-1].replace("-", "")
    if len(g) < 4:
        return g
    return rng.choice([g[:3], g[:4] + "y", g, "Lil " + g[:3], g[:2].upper() + g[2:4]]).strip()


def generate(rng: random.Random, index: int) -> Doc:
    d = Doc()
    minor = rng.random() < 0.35
    code = rng.choice(OSINT_CULTURES)
    p = make_child(rng, code, 13, 17) if minor else traveller(rng, [code], 18, 45)
    t0 = town(rng, p.country)
    bullet = rng.choice(BULLETS)
    hdr = rng.random()
    nm = p.full_lat() if rng.random() < 0.7 else p.full()
    if hdr < 0.3:
        d.t("OSINT WORKUP — SUBJECT: {n}", n=per(nm.upper() if rng.random() < 0.5 else nm))
        if rng.random() < 0.6:
            d.t(' (aka "{k}")', k=per(_nick(rng, p)))
        d.add(
            f"\nRef {rng.choice(['HL', 'TIP', 'CX'])}-{rng.randint(2022, 2024)}-{digits(rng, 5)} | "
            f"{rng.choice(['priority 2', 'P1', 'routine'])}\n\n"
        )
    elif hdr < 0.6:
        d.t("target: {n} / {h}\n", n=per(nm), h=("@" + _handle(rng, p), "USERNAME"))
        d.add(
            f"started {REF_DATE - dt.timedelta(days=rng.randint(0, 30)):%d/%m} — "
            f"{rng.choice(['desk 2', 'night desk', 'OSINT cell'])}\n\n"
        )
    else:
        d.t("Notes re {n}", n=per(p.firstname_lat()))
        d.add(f" — tip #{digits(rng, 6)}\n")
        d.add(
            rng.choice(
                [
                    "Starting point: handle from the tip, pivoting out.\n\n",
                    "Seed = phone from reporter.\n\n",
                    "Seed: one IG screenshot + first name only.\n\n",
                ]
            )
        )
    secs = [
        lambda: _sec_handles(rng, d, p, bullet),
        lambda: _sec_emails(rng, d, p, bullet),
        lambda: _sec_phones(rng, d, p, bullet),
        lambda: _sec_exif(rng, d, p, bullet, t0.lat, t0.lon),
        lambda: _sec_network(rng, d, p, bullet),
        lambda: _sec_personal(rng, d, p, bullet, minor),
        lambda: _sec_links(rng, d, p, bullet),
    ]
    extra = [lambda: _sec_money(rng, d, p, bullet), lambda: _sec_vehicle(rng, d, p, bullet)]
    chosen = (
        [secs[0], secs[5]] + rng.sample(secs[1:5] + [secs[6]], rng.randint(2, 4)) + rng.sample(extra, rng.randint(0, 2))
    )
    rng.shuffle(chosen)
    for fn in chosen:
        fn()
        d.nl()
    closing: list[Piece] = [rng.choice(["TODO: ", "next: ", "Open q's: ", "NB "])]
    d.add(*closing)
    r = rng.random()
    if r < 0.4:
        d.add(rng.choice(["preservation req to Meta; ", "LE referral drafted; ", "check Wayback for deleted bio; "]))
        d.t("ask reporter if {n} is the same person as in the 2nd screenshot.\n", n=per(p.firstname_lat()))
    elif r < 0.7:
        d.add("no hits on Pipl/Epieos for the 2nd email; poss. burner. Revisit in 48h.\n")
    else:
        d.t("geo pics resolve ~{g} (park near school).\n", g=(geo(rng, t0.lat, t0.lon, "dec"), "GEO_COORDINATES"))
    return d
