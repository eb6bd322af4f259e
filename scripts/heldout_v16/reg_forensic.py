"""Register 1: mobile_forensic_extractions."""

from __future__ import annotations

import core
from core import B, L, pick, digits, letters
import people as P
from pools import CULT, NICKS

CULTS = [
    "gb",
    "sc",
    "ie",
    "us",
    "ca",
    "au",
    "de",
    "at",
    "ch",
    "fr",
    "be",
    "nl",
    "es",
    "it",
    "pl",
    "ro",
    "se",
    "pt",
    "br",
    "tr",
    "ng",
    "ke",
    "in",
    "ph",
    "mx",
]

ANDROID = [
    ("Samsung Galaxy A34 5G", "SM-A346B"),
    ("Xiaomi Redmi Note 12", "23021RAAEG"),
    ("Google Pixel 7a", "GHL1X"),
    ("Motorola moto g54", "XT2343-2"),
    ("OPPO A78", "CPH2565"),
    ("Samsung Galaxy S21 FE", "SM-G990B2"),
    ("Nokia G22", "TA-1528"),
    ("Honor X7b", "CLK-LX1"),
]
IPHONE = [
    ("iPhone 12 mini", "A2399"),
    ("iPhone SE (3rd gen)", "A2783"),
    ("iPhone 13", "A2633"),
    ("iPhone 11", "A2221"),
    ("iPhone 14 Plus", "A2886"),
]
MCCMNC = {
    "GB": "23415",
    "IE": "27201",
    "US": "310260",
    "CA": "302720",
    "AU": "50501",
    "DE": "26202",
    "AT": "23201",
    "CH": "22801",
    "FR": "20801",
    "BE": "20601",
    "NL": "20408",
    "ES": "21407",
    "IT": "22210",
    "PL": "26003",
    "RO": "22610",
    "SE": "24001",
    "PT": "26806",
    "BR": "72405",
    "TR": "28601",
    "NG": "62130",
    "KE": "63902",
    "IN": "40445",
    "PH": "51502",
    "MX": "334020",
}
ICC = {
    "GB": "44",
    "IE": "353",
    "US": "01",
    "CA": "302",
    "AU": "61",
    "DE": "49",
    "AT": "43",
    "CH": "41",
    "FR": "33",
    "BE": "32",
    "NL": "31",
    "ES": "34",
    "IT": "39",
    "PL": "48",
    "RO": "40",
    "SE": "46",
    "PT": "351",
    "BR": "55",
    "TR": "90",
    "NG": "234",
    "KE": "254",
    "IN": "91",
    "PH": "63",
    "MX": "52",
}
TOOLS = [
    "UFED Reader export",
    "XRY Summary",
    "AXIOM Portable Case",
    "Oxygen Detective report",
    "MOBILedit Forensic report",
    "Magnet Acquire log",
    "Belkasoft X export",
]
APPS = [
    ("WhatsApp", "com.whatsapp"),
    ("Snapchat", "com.snapchat.android"),
    ("Telegram", "org.telegram.messenger"),
    ("Signal", "org.thoughtcrime.securesms"),
    ("Instagram", "com.instagram.android"),
    ("TikTok", "com.zhiliaoapp.musically"),
    ("Discord", "com.discord"),
    ("Roblox", "com.roblox.client"),
    ("Wink", "com.wink.android"),
    ("Wizz", "app.wizz"),
]
RELS = ["Mum", "Dad", "Nan", "Coach", "Auntie", "Bro", "Sis", "School", "Taxi", "Uncle", "Mamie", "Oma"]


def _imsi(rng, region):
    m = MCCMNC.get(region, "23415")
    return core.imsi(rng, m)


def _iccid(rng, region):
    cc = ICC.get(region, "44")
    body = "89" + cc + digits(rng, 19 - 2 - len(cc))
    return core.luhn_complete(body)


def _ctx(rng):
    cult = pick(rng, CULTS)
    cast = P.Cast(rng)
    return cult, CULT[cult]["region"], cast


def _ph(rng, region, **kw):
    return L(core.phone(rng, region, **kw), "PHONE_NUMBER")


def _name_variant(rng, p):
    k = rng.randrange(6)
    if k == 0:
        return p.given
    if k == 1:
        return p.full.upper()
    if k == 2:
        return p.inverted()
    if k == 3:
        return p.full.lower()
    return p.full


def t_summary(rng):
    cult, region, cast = _ctx(rng)
    b = B()
    owner = cast.person(cult)
    exam = cast.person(cult)
    ios = rng.random() < 0.4
    model = pick(rng, IPHONE if ios else ANDROID)
    age = rng.randrange(11, 17) if rng.random() < 0.6 else rng.randrange(19, 58)
    b.f("§ — Extraction Summary\n", pick(rng, TOOLS))
    b.f("Case / exhibit: §/§-§\n", f"OP-{letters(rng, 5)}", letters(rng, 3), digits(rng, 3))
    b.f(
        "Examiner: § § (§)\n",
        pick(rng, ["DC", "PC", "Analyst", "Sgt", "Ermittler", "Tech."]),
        L(exam.full, "PERSON"),
        f"badge {digits(rng, 4)}",
    )
    b.f(
        "Extraction type: §\nDevice: § (§)\n",
        pick(rng, ["Advanced Logical", "Full File System", "Physical (partial)", "Logical + backup"]),
        model[0],
        model[1],
    )
    if ios:
        b.f("OS: iOS 17.§\nSerial number: §\n", rng.randrange(0, 6), L(core.serial_apple(rng), "DEVICE_ID"))
    else:
        b.f(
            "OS: Android 1§ (build §)\nSerial number: §\n",
            rng.randrange(2, 5),
            f"{letters(rng, 4)}.{digits(rng, 6)}.{digits(rng, 3)}",
            L(core.serial_samsung(rng), "DEVICE_ID"),
        )
    b.f("IMEI: §\n", L(core.imei(rng), "DEVICE_ID"))
    if rng.random() < 0.6:
        b.f("IMEI 2: §\n", L(core.imei(rng, sep=rng.random() < 0.3), "DEVICE_ID"))
    b.f(
        "ICCID: §\nIMSI: §\nMSISDN: §\n",
        L(_iccid(rng, region), "DEVICE_ID"),
        L(_imsi(rng, region), "DEVICE_ID"),
        _ph(rng, region, kind="mobile"),
    )
    age_lab = "MINOR_AGE" if age < 18 else "AGE"
    b.f("Owner (per submitting officer): §, aged §\n", L(owner.full, "PERSON"), L(str(age), age_lab))
    if ios:
        b.f(
            "Apple ID: §\n",
            L(P.email_for(rng, owner, pick(rng, ["icloud.com", "me.com", "gmail.com"])), "EMAIL_ADDRESS"),
        )
    else:
        b.f("Google account: §\n", L(P.email_for(rng, owner, "gmail.com"), "EMAIL_ADDRESS"))
        b.f("Android ID: §\n", L(core.android_id(rng), "DEVICE_ID"))
    b.f("Advertising ID: §\n", L(core.uuid4(rng, upper=ios), "DEVICE_ID"))
    b.f("Wi-Fi MAC: §\nBluetooth MAC: §\n", L(core.mac(rng), "MAC_ADDRESS"), L(core.mac(rng), "MAC_ADDRESS"))
    if rng.random() < 0.5:
        b.f(
            "Screen lock: § (provided by §)\n",
            L(digits(rng, pick(rng, [4, 6])), "CREDENTIAL"),
            pick(rng, ["owner's parent", "suspect at interview", "guardian"]),
        )
    b.f(
        "Timezone: §\nExtraction started: 2025-§-§ §:§ UTC\n",
        pick(
            rng, ["Europe/London", "Europe/Berlin", "America/Chicago", "Europe/Paris", "Africa/Lagos", "Asia/Kolkata"]
        ),
        f"{rng.randrange(1, 13):02d}",
        f"{rng.randrange(1, 29):02d}",
        f"{rng.randrange(0, 24):02d}",
        f"{rng.randrange(0, 60):02d}",
    )
    b.t("\nArtefact counts\n")
    for a in sample_apps(rng, 5):
        b.f("  § .......... § items\n", a, rng.randrange(3, 4000))
    b.f("SHA-256 (image): §\n", core.hexs(rng, 64))
    if rng.random() < 0.5:
        t, la, lo = P.town(rng, cult)
        b.f("Last known cell location resolved to §.\n", L(t, "LOCATION"))
    return b


def sample_apps(rng, k):
    return [a[0] for a in core.sample(rng, APPS, k)] + ["SMS/MMS", "Calls"]


def t_contacts(rng):
    cult, region, cast = _ctx(rng)
    b = B()
    owner = cast.person(cult)
    b.f("Contacts export — device of §\n", L(owner.full, "PERSON"))
    b.t('"Display name","Mobile","Home","Email","Group/label","Source"\n')
    n = rng.randrange(5, 24)
    for i in range(n):
        if len(b) > 2500:
            break
        k = rng.randrange(5)
        rel = pick(rng, RELS)
        if k == 0:
            b.t('"')
            b.t(rel)
            b.t(" ")
            p = cast.person(cult)
            b.v(p.given, "PERSON")
            b.t('",')
        elif k == 1:
            b.t('"')
            b.t(rel)
            b.t(' \u2764",')
        elif k == 2:
            b.t('"')
            b.v(pick(rng, NICKS), "PERSON")
            b.t('",')
        else:
            p = cast.person(pick(rng, [cult, cult, pick(rng, CULTS)]))
            b.t('"')
            b.v(_name_variant(rng, p), "PERSON")
            b.t('",')
        b.t('"')
        b.v(core.phone(rng, region, kind="mobile"), "PHONE_NUMBER")
        b.t('","')
        if rng.random() < 0.4:
            b.v(core.phone(rng, region, kind="fixed"), "PHONE_NUMBER")
        b.t('","')
        if rng.random() < 0.45:
            pp = cast.person(cult)
            b.v(P.email_for(rng, pp), "EMAIL_ADDRESS")
        b.f(
            '","§","§"\n',
            pick(rng, ["Family", "Favourites", "School", "Football", "", "", "Gaming"]),
            pick(rng, ["Phone", "Google", "WhatsApp", "SIM", "iCloud"]),
        )
    b.f("\n§ contacts parsed, § deleted entries recovered.\n", rng.randrange(40, 500), rng.randrange(0, 30))
    return b


def t_calllog(rng):
    cult, region, cast = _ctx(rng)
    b = B()
    owner = cast.person(cult)
    b.f(
        "CALL LOG  |  Source: §  |  Device user: §\n",
        pick(rng, ["calllog.db", "CallHistory.storedata", "contacts2.db"]),
        L(owner.given if rng.random() < 0.5 else owner.full, "PERSON"),
    )
    b.t("#   | Dir      | Party                     | Number              | Start (UTC)          | Duration | Status\n")
    parties = []
    for _ in range(rng.randrange(2, 5)):
        p = cast.person(pick(rng, [cult, cult, pick(rng, CULTS)]))
        parties.append((p, core.phone(rng, CULT[p.cult]["region"] if rng.random() < 0.3 else region, kind="mobile")))
    n = rng.randrange(6, 30)
    for i in range(n):
        if len(b) > 2600:
            break
        d = pick(rng, ["Incoming", "Outgoing", "Missed", "Outgoing", "Rejected"])
        b.f("§ | § | ", f"{i + 1:<3}", f"{d:<8}")
        if rng.random() < 0.2:
            b.t("(unknown)                 | ")
            b.v(core.phone(rng, region), "PHONE_NUMBER")
        else:
            p, num = pick(rng, parties)
            nm = p.full if rng.random() < 0.7 else p.given
            b.v(nm, "PERSON")
            b.t(" " * max(1, 26 - len(nm)) + "| ")
            b.v(num, "PHONE_NUMBER")
        dur = "00:00:00" if d in ("Missed", "Rejected") else f"00:{rng.randrange(0, 59):02d}:{rng.randrange(0, 60):02d}"
        b.f(
            " | 2025-§-§ §:§ | § | §\n",
            f"{rng.randrange(1, 13):02d}",
            f"{rng.randrange(1, 29):02d}",
            f"{rng.randrange(0, 24):02d}",
            f"{rng.randrange(0, 60):02d}",
            dur,
            pick(rng, ["", "WhatsApp audio", "Cellular", "FaceTime", "Deleted"]),
        )
    return b


CHAT_LINES_CHILD = [
    "who is this",
    "ok but my mum checks my phone",
    "i cant tonight",
    "pls stop messaging me",
    "lol ok",
    "i dont want to send that",
    "how did u get my number",
    "my brother is here",
    "fine whatever",
    "ok",
]
CHAT_LINES_OTHER = [
    "delete this chat after ok",
    "nobody has to know",
    "switch to snap its safer",
    "you seem really mature for your age",
    "send me a pic just for me",
    "if you dont reply i will show everyone",
    "ill pick you up after school",
    "dont tell ur parents",
    "i can buy you the new phone",
    "add me on telegram",
]


def t_chat(rng):
    cult, region, cast = _ctx(rng)
    b = B()
    child = cast.person(cult)
    other = cast.person(pick(rng, CULTS))
    app = pick(rng, ["WhatsApp", "Snapchat", "Telegram", "Signal", "Instagram", "Discord"])
    cage = rng.randrange(11, 17)
    oage = rng.randrange(19, 52)
    chandle = P.username(rng, child)
    ohandle = P.username(rng)
    b.f("Chat — § (§)\n", app, pick(rng, ["msgstore.db", "arroyo.db", "cache4.db", "db.sqlite", "direct.db"]))
    if app in ("WhatsApp", "Signal"):
        cnum = core.phone(rng, region, kind="mobile")
        onum = core.phone(rng, pick(rng, [region, CULT[other.cult]["region"]]), kind="mobile")
        b.f(
            "Participants: § <§> (device owner); § <§>\n",
            L(child.full, "PERSON"),
            L(cnum, "PHONE_NUMBER"),
            L(other.given, "PERSON"),
            L(onum, "PHONE_NUMBER"),
        )
        sp_c, sp_o = (child.given, "PERSON"), (other.given, "PERSON")
    else:
        b.f(
            'Participants: @§ (display "§", owner) and @§ (display "§")\n',
            L(chandle, "USERNAME"),
            L(child.given, "PERSON"),
            L(ohandle, "USERNAME"),
            L(other.given, "PERSON") if rng.random() < 0.6 else pick(rng, ["\u2728", "J", "xx"]),
        )
        sp_c, sp_o = (chandle, "USERNAME"), (ohandle, "USERNAME")
    b.t("-" * 40 + "\n")
    day = rng.randrange(1, 28)
    mon = rng.randrange(1, 13)
    h = rng.randrange(16, 23)
    mi = 0
    steps = rng.randrange(8, 32)
    ctown, _, _ = P.town(rng, cult)
    specials = ["age", "otherage", "town", "snap", "phone", "school"]
    rng.shuffle(specials)
    for i in range(steps):
        if len(b) > 2600:
            break
        mi += rng.randrange(1, 9)
        if mi >= 60:
            mi -= 60
            h = (h + 1) % 24
        ts = f"[{day:02d}/{mon:02d}/2025, {h:02d}:{mi:02d}]"
        who_child = i % 2 == 1
        b.f("§ ", ts)
        b.v(*(sp_c if who_child else sp_o))
        b.t(": ")
        if i < len(specials) and rng.random() < 0.8:
            s = specials[i]
            if s == "age" and who_child:
                b.f("im § not 16", L(str(cage), "MINOR_AGE"))
            elif s == "age":
                b.f("how old r u? im § but age is just a number", L(str(oage), "AGE"))
            elif s == "otherage":
                b.f("ur only §?? ok", L(str(cage), "MINOR_AGE"))
            elif s == "town":
                b.f("i live near § centre", L(ctown, "LOCATION")) if who_child else b.f(
                    "im in § this weekend", L(ctown, "LOCATION")
                )
            elif s == "snap":
                b.f("add me @§", L(P.username(rng, other) if not who_child else P.username(rng, child), "USERNAME"))
            elif s == "phone":
                b.f("text me here instead §", L(core.phone(rng, region, kind="mobile"), "PHONE_NUMBER"))
            else:
                b.t(pick(rng, CHAT_LINES_CHILD if who_child else CHAT_LINES_OTHER))
        else:
            b.t(pick(rng, CHAT_LINES_CHILD if who_child else CHAT_LINES_OTHER))
        if rng.random() < 0.15:
            b.t(" <attached: IMG-2025" + digits(rng, 4) + "-WA00" + digits(rng, 2) + ".jpg>")
        b.t("\n")
    b.f("-- § messages shown, § deleted (recovered from WAL) --\n", steps, rng.randrange(0, 40))
    return b


SSIDS = [
    "VM{d}",
    "BTHub6-{L}",
    "FRITZ!Box 7530 {L}",
    "Livebox-{h}",
    "TALKTALK{h}",
    "eir{d}",
    "SFR_{h}",
    "Vodafone-{h}",
    "NETGEAR{d}",
    "McDonalds Free WiFi",
    "Costa_Guest",
    "School-Guest",
    "iPhone",
    "Galaxy A34 {d}",
    "UPC{d}",
    "Sunrise_{d}",
    "MyTrainWiFi",
    "Stadtbibliothek-Gast",
]


def _ssid(rng):
    s = pick(rng, SSIDS)
    return s.replace("{d}", digits(rng, 7)).replace("{L}", letters(rng, 4)).replace("{h}", core.hexs(rng, 4, True))


def t_wifi(rng):
    cult, region, cast = _ctx(rng)
    b = B()
    owner = cast.person(cult)
    b.f(
        "Wi-Fi Networks (WifiConfigStore.xml / com.apple.wifi.plist)\nDevice owner: §\n\n",
        L(_name_variant(rng, owner), "PERSON"),
    )
    n = rng.randrange(4, 15)
    for i in range(n):
        if len(b) > 2500:
            break
        b.f(
            "[§]\nSSID: §\nBSSID: §\nSecurity: §\n",
            i + 1,
            _ssid(rng),
            L(core.mac(rng, pick(rng, ["colon", "colon", "dash"])), "MAC_ADDRESS"),
            pick(rng, ["WPA2-PSK", "WPA3-SAE", "Open", "WPA2-PSK"]),
        )
        if rng.random() < 0.55:
            b.f("Saved key: §\n", L(P.password(rng), "CREDENTIAL"))
        b.f(
            "Last connected: 2025-§-§T§:§Z\n",
            f"{rng.randrange(1, 13):02d}",
            f"{rng.randrange(1, 29):02d}",
            f"{rng.randrange(0, 24):02d}",
            f"{rng.randrange(0, 60):02d}",
        )
        if rng.random() < 0.4:
            t, la, lo = P.town(rng, cult)
            b.f(
                "Geolocated (WiGLE lookup): §, §\n",
                L(core.geo(rng, la, lo, "dec"), "GEO_COORDINATES"),
                L(t, "LOCATION"),
            )
        b.t("\n")
    b.f("Note: § networks; hotspot on device named after owner's nickname (see report).\n", n)
    return b


def t_apps(rng):
    cult, region, cast = _ctx(rng)
    b = B()
    owner = cast.person(cult)
    b.f("INSTALLED APPLICATIONS & ACCOUNTS — §\n", L(owner.full.upper(), "PERSON"))
    b.t("Application | Package | Version | Account / identifier | Installed\n")
    apps = core.sample(rng, APPS, rng.randrange(5, 9))
    for name, pkg in apps:
        if len(b) > 2500:
            break
        b.f("§ | § | §.§.§ | ", name, pkg, rng.randrange(1, 40), rng.randrange(0, 30), rng.randrange(0, 200))
        k = rng.randrange(4)
        if name in ("WhatsApp", "Signal"):
            b.v(core.phone(rng, region, style="e164", kind="mobile"), "PHONE_NUMBER")
        elif k == 0:
            b.v(P.email_for(rng, owner), "EMAIL_ADDRESS")
        elif k == 1:
            b.f("user: §", L(P.username(rng, owner), "USERNAME"))
        else:
            b.f("§ (uid §)", L(P.username(rng, owner), "USERNAME"), digits(rng, 9))
        b.f(" | 2024-§-§\n", f"{rng.randrange(1, 13):02d}", f"{rng.randrange(1, 29):02d}")
    b.f("\nGoogle Play account: §\n", L(P.email_for(rng, owner, "gmail.com"), "EMAIL_ADDRESS"))
    if rng.random() < 0.5:
        b.f("Stored token (com.discord, shared_prefs): §\n", L(P.token(rng), "CREDENTIAL"))
    if rng.random() < 0.5:
        b.f('Notes app entry: "roblox pw § dont forget"\n', L(P.password(rng), "CREDENTIAL"))
    return b


def t_location(rng):
    cult, region, cast = _ctx(rng)
    b = B()
    owner = cast.person(cult)
    b.f(
        "LOCATION HISTORY (Significant Locations / Google Timeline cache)\nAttributed user: §\n",
        L(owner.full, "PERSON"),
    )
    b.t("Timestamp (local)   | Coordinates                 | Acc. (m) | Source        | Resolved place\n")
    n = rng.randrange(5, 24)
    for i in range(n):
        if len(b) > 2600:
            break
        t, la, lo = P.town(rng, cult)
        b.f(
            "2025-§-§ §:§ | § | § | § | ",
            f"{rng.randrange(1, 13):02d}",
            f"{rng.randrange(1, 29):02d}",
            f"{rng.randrange(0, 24):02d}",
            f"{rng.randrange(0, 60):02d}",
            L(core.geo(rng, la, lo, pick(rng, ["dec", "dec6"]), 0.03), "GEO_COORDINATES"),
            rng.randrange(5, 900),
            pick(rng, ["GPS", "Wi-Fi", "Cell", "EXIF (photo)", "Snap Map"]),
        )
        if rng.random() < 0.25:
            a, tn = P.address(rng, cult)
            b.v(a, "STREET_ADDRESS")
        else:
            b.v(t, "LOCATION")
        b.t("\n")
    if rng.random() < 0.6:
        f = cast.person(cult)
        b.f(
            "\nExaminer note: cluster of night-time points matches the home address of §, the owner's §.\n",
            L(f.full, "PERSON"),
            pick(rng, ["uncle", "mother's partner", "coach", "older cousin"]),
        )
    return b


def t_autofill(rng):
    cult, region, cast = _ctx(rng)
    b = B()
    owner = cast.person(cult)
    b.f(
        "Browser autofill — § (Web Data / Autofill.db)\n\n",
        pick(rng, ["Chrome 12x", "Samsung Internet", "Safari", "Firefox"]),
    )
    b.t("Profiles\n")
    for _ in range(rng.randrange(1, 3)):
        p = owner if rng.random() < 0.6 else cast.person(cult)
        a, tn = P.address(rng, cult)
        b.f(
            "  Full name: §\n  Address: §\n  Phone: §\n  Email: §\n\n",
            L(p.full, "PERSON"),
            L(a, "STREET_ADDRESS"),
            _ph(rng, region),
            L(P.email_for(rng, p), "EMAIL_ADDRESS"),
        )
    b.t("Payment methods\n")
    for _ in range(rng.randrange(1, 3)):
        p = cast.person(cult)
        b.f(
            "  Name on card: §\n  Card number: §\n  Expires: §/§\n\n",
            L(p.full.upper(), "PERSON"),
            L(core.card(rng), "CREDIT_CARD") if rng.random() < 0.7 else L(core.card_masked(rng), "CREDIT_CARD"),
            f"{rng.randrange(1, 13):02d}",
            rng.randrange(26, 31),
        )
    b.t("Saved logins\n")
    for site in core.sample(
        rng,
        [
            "accounts.google.com",
            "www.roblox.com",
            "discord.com",
            "login.live.com",
            "www.instagram.com",
            "store.steampowered.com",
        ],
        rng.randrange(2, 4),
    ):
        b.f(
            "  § — user § / pass §\n",
            site,
            L(P.username(rng, owner), "USERNAME")
            if rng.random() < 0.6
            else L(P.email_for(rng, owner), "EMAIL_ADDRESS"),
            L(P.password(rng), "CREDENTIAL"),
        )
    b.t("\nForm history: ")
    d = P.dob(rng, 2009, 2014)
    b.f(
        'date of birth field "§" (entered on a dating site sign-up).\n',
        L(P.fmt_date(rng, d, pick(rng, ["uk", "iso", "de"])), "DATE_OF_BIRTH"),
    )
    return b


def t_notes(rng):
    cult, region, cast = _ctx(rng)
    b = B()
    ex = cast.person(cult)
    child = cast.person(cult)
    susp = cast.person(pick(rng, [cult, pick(rng, CULTS)]))
    cage = rng.randrange(10, 17)
    sdob = P.dob(rng, 1966, 2004)
    sage = P.age_of(sdob)
    ctown, la, lo = P.town(rng, cult)
    b.f("EXAMINER'S NOTES\nPrepared by: §\n\n", L(ex.full, "PERSON"))
    b.f(
        "1. The handset (§, IMEI §) was received sealed in bag § and attributed to §, § years old, of §.\n",
        pick(rng, [m[0] for m in ANDROID + IPHONE]),
        L(core.imei(rng), "DEVICE_ID"),
        f"{letters(rng, 2)}{digits(rng, 6)}",
        L(child.full, "PERSON"),
        L(str(cage), "MINOR_AGE"),
        L(ctown, "LOCATION"),
    )
    b.f(
        "2. The device was in airplane mode; passcode § was supplied by the child's §.\n",
        L(digits(rng, 6), "CREDENTIAL"),
        pick(rng, ["mother", "father", "foster carer", "grandmother", "social worker"]),
    )
    b.f(
        "3. Snapchat account @§ communicated with @§ between March and June. The latter account is linked by phone number § "
        "to §, § (§).\n",
        L(P.username(rng, child), "USERNAME"),
        L(P.username(rng), "USERNAME"),
        L(core.phone(rng, region, kind="mobile"), "PHONE_NUMBER"),
        L(susp.full, "PERSON"),
        L(str(sage), "AGE"),
        L(P.fmt_date(rng, sdob, pick(rng, ["uk", "iso", "de"])), "DATE_OF_BIRTH"),
    )
    if rng.random() < 0.6:
        b.f(
            "4. Subscriber checks: § § is recorded as §; the subscriber stated at interview that the account was shared.\n",
            "Ms" if susp.sex == "f" else "Mr",
            L(susp.family, "PERSON"),
            pick(rng, ["a taxi driver", "a youth football volunteer", "unemployed", "a delivery rider"]),
        )
    if rng.random() < 0.6:
        b.f(
            "5. Police records show § § §.\n",
            L(susp.given, "PERSON"),
            pick(rng, ["has", "has"]),
            L(
                pick(
                    rng,
                    [
                        "a 2019 conviction for possession of indecent images",
                        "a caution for sexual communication with a child",
                        "a previous conviction for harassment",
                        "served 14 months for grooming offences",
                    ],
                ),
                "CRIMINAL_HISTORY",
            ),
        )
    b.f(
        "6. Photos carry EXIF GPS § (near §). Hotspot seen: BSSID §.\n",
        L(core.geo(rng, la, lo, pick(rng, ["dms", "dec"])), "GEO_COORDINATES"),
        L(ctown, "LOCATION"),
        L(core.mac(rng), "MAC_ADDRESS"),
    )
    if rng.random() < 0.5:
        b.f(
            "7. Child's school nurse record mentions § (relevant to welfare check).\n",
            L(
                pick(
                    rng,
                    ["type 1 diabetes", "epilepsy", "an eating disorder", "autism spectrum disorder", "severe anxiety"],
                ),
                "MEDICAL_CONDITION",
            ),
        )
    b.f(
        "\nExported for § by §.\n",
        pick(rng, ["CEOP referral", "NCMEC CyberTipline follow-up", "Jugendamt liaison", "strategy meeting"]),
        L(ex.family, "PERSON"),
    )
    return b


def t_html(rng):
    cult, region, cast = _ctx(rng)
    b = B()
    owner = cast.person(cult)
    other = cast.person(pick(rng, CULTS))
    b.t("Report generated from HTML (tags stripped)\n\nDevice Information\n")
    b.f(
        "Owner Name  §\nPhone Number  §\nIMEI  §\nICCID  §\n\n",
        L(owner.full, "PERSON"),
        _ph(rng, region, kind="mobile"),
        L(core.imei(rng), "DEVICE_ID"),
        L(_iccid(rng, region), "DEVICE_ID"),
    )
    b.t("User Accounts\n")
    ih = P.username(rng, owner)
    b.f("Instagram  §  (§)\n", L(ih, "USERNAME"), L("https://www.instagram.com/" + ih, "URL"))
    uh = P.username(rng, other)
    b.f("TikTok (followed)  §\n", L("https://www.tiktok.com/@" + uh, "URL"))
    b.f(
        "Telegram  §  (§)\n",
        L(P.username(rng, owner), "USERNAME"),
        L(core.phone(rng, region, style="e164"), "PHONE_NUMBER"),
    )
    b.t("\nTelegram Chat Participants\n")
    b.f(
        "§ | @§ | §\n",
        L(other.full, "PERSON"),
        L(uh, "USERNAME"),
        L(core.phone(rng, CULT[other.cult]["region"], style="intl"), "PHONE_NUMBER"),
    )
    b.t("\nMessages (excerpt)\n")
    age = rng.randrange(12, 17)
    b.f("§  §: how old are you\n", "21:0" + str(rng.randrange(10)), L(uh, "USERNAME"))
    b.f("§  §: §\n", "21:1" + str(rng.randrange(10)), L(owner.given, "PERSON"), L(str(age), "MINOR_AGE"))
    b.f(
        "§  §: meet me at the station in §, i'll be in a grey car §\n",
        "21:2" + str(rng.randrange(10)),
        L(uh, "USERNAME"),
        L(P.town(rng, cult)[0], "LOCATION"),
        L(P.plate(rng, CULT[cult]["plate"]), "VEHICLE_PLATE"),
    )
    b.t("\nIP Connections\n")
    for _ in range(rng.randrange(2, 5)):
        b.f(
            "§ → § (§)\n",
            L(core.ipv4(rng, private=True), "IP_ADDRESS"),
            L(core.ipv4(rng) if rng.random() < 0.7 else core.ipv6(rng), "IP_ADDRESS"),
            pick(rng, ["telegram", "snap", "cdn", "unknown"]),
        )
    return b


TEMPLATES = [t_summary, t_contacts, t_calllog, t_chat, t_wifi, t_apps, t_location, t_autofill, t_notes, t_html]
