"""Register 1: ESP / hotline incident-report exports about a suspected exploitation account."""

from __future__ import annotations

from common import F, J, Doc, android_id, dob_for_age, imei, ipv4, ipv6, mac, phone, pick, ts, uuid4, hexs, digits
from pools import (
    AU_PLACES,
    CA_PLACES,
    IE_PLACES,
    NATIVE_SCRIPT_NAMES,
    NICKNAMES,
    UK_PLACES,
    US_PLACES,
    email_for,
    person,
    username_for,
)

REGISTER = "esp_incident_reports"

ESPS = [
    ("Glimmerchat Ltd", "glimmerchat.com"),
    ("Pixora Inc.", "pixora.app"),
    ("Vibely Technologies", "vibely.io"),
    ("NookCloud GmbH", "nookcloud.de"),
    ("Tandemly Inc.", "tandemly.com"),
    ("Kwikshare B.V.", "kwikshare.nl"),
    ("Loopa Social AB", "loopa.se"),
    ("StreamHaven LLC", "streamhaven.tv"),
    ("Mosaiq Media", "mosaiq.co"),
    ("Fotobox Labs", "fotobox.io"),
]
HOTLINES = [
    "Northlight Reporting Hotline",
    "SafeNet Meldpunt",
    "Hotline Ouest",
    "Linha Segura Report Desk",
    "Kinderschutz Meldestelle Ost",
    "Bluewater Helpline",
]
INCIDENT_TYPES = [
    "Child Pornography (possession, manufacture, and distribution)",
    "Online Enticement of Children for Sexual Acts",
    "Child Sexual Molestation",
    "Misleading Words or Digital Images on the Internet",
    "Unsolicited Obscene Material Sent to a Child",
    "Sextortion",
]
PLACES = {
    "US": [p[0] for p in US_PLACES],
    "GB": [p[0] for p in UK_PLACES],
    "CA": [p[0] for p in CA_PLACES],
    "IE": [p[0] for p in IE_PLACES],
    "AU": [p[0] for p in AU_PLACES],
    "IN": ["Ludhiana", "Coimbatore", "Nagpur", "Bhopal"],
    "PH": ["Cebu City", "Davao City", "Angeles City", "Bacolod"],
    "NG": ["Ibadan", "Enugu", "Kaduna", "Owerri"],
    "DE": ["Gelsenkirchen", "Cottbus", "Ingolstadt"],
    "NL": ["Zwolle", "Almere", "Tilburg"],
}
GEO = {
    "US": (33.0, 46.0, -120.0, -75.0),
    "GB": (50.5, 55.5, -3.5, 0.5),
    "CA": (43.5, 53.0, -123.0, -64.0),
    "IE": (51.8, 54.8, -9.8, -6.2),
    "AU": (-37.5, -27.0, 144.0, 153.0),
    "IN": (12.0, 30.0, 73.0, 85.0),
    "PH": (9.0, 15.5, 120.5, 125.5),
    "NG": (5.0, 11.0, 3.5, 8.5),
    "DE": (48.0, 54.0, 7.0, 14.0),
    "NL": (51.5, 53.2, 4.5, 6.8),
}
CAMERAS = [
    "Apple iPhone 12",
    "samsung SM-A536B",
    "Google Pixel 7a",
    "Xiaomi Redmi Note 11",
    "Canon EOS 250D",
    "OPPO CPH2219",
    "motorola moto g(30)",
]


def _identity(rng, region, minor=False):
    first, last, female, culture = person(rng)
    age = rng.randint(11, 16) if minor else rng.randint(19, 58)
    dob = dob_for_age(rng, age)
    return {
        "first": first,
        "last": last,
        "female": female,
        "age": age,
        "dob": dob,
        "email": email_for(rng, first, last),
        "user": username_for(rng, first, last),
        "phone": phone(rng, region, "mobile", pick(rng, ["e164", "intl", "national"])),
        "town": pick(rng, PLACES[region]),
    }


def _coords(rng, region):
    la0, la1, lo0, lo1 = GEO[region]
    lat, lon = rng.uniform(la0, la1), rng.uniform(lo0, lo1)
    return f"{lat:.6f}", f"{lon:.6f}"


def _ip_events(rng, n):
    out = []
    for _ in range(n):
        ip = ipv6(rng) if rng.random() < 0.2 else ipv4(rng)
        out.append(
            (
                ip,
                rng.randint(1024, 65535),
                ts(rng, 2024, 2025),
                pick(rng, ["Login", "Upload", "Registration", "Message Sent"]),
            )
        )
    return out


def _comment(rng, d):
    """Reviewer free text; returns a Frag."""
    lo = rng.randint(6, 12)
    hi = lo + rng.randint(1, 3)
    parts = [
        F(
            "Reviewed [[n]] files. Content depicts a [[sex]] minor, est. age [[lo]]-[[hi]] yrs. ",
            n=str(d["nfiles"]),
            sex=pick(rng, ["female", "male"]),
            lo=(str(lo), "MINOR_AGE"),
            hi=(str(hi), "MINOR_AGE"),
        )
    ]
    if d.get("victim"):
        v = d["victim"]
        parts.append(
            F(
                "In chat the account tells [[vu]] (self-declared [[va]]) to delete messages and to meet near the "
                "bus station in [[vt]]. ",
                vu=(v["user"], "USERNAME"),
                va=(str(v["age"]), "MINOR_AGE"),
                vt=(v["town"], "LOCATION"),
            )
        )
    if rng.random() < 0.5:
        parts.append(
            F(
                "Subject states [[pr]] age as [[a]] in a message dated [[md]]. ",
                pr="her" if d["subj"]["female"] else "his",
                a=(str(d["subj"]["age"]), "AGE"),
                md=ts(rng).strftime("%d/%m/%Y"),
            )
        )
    if rng.random() < 0.3:
        parts.append(
            F(
                "Open-source check: display name matches a [[mw]] [[ch]] (per local news). ",
                mw="woman" if d["subj"]["female"] else "man",
                ch=(
                    pick(
                        rng,
                        [
                            "convicted in 2017 of indecent exposure",
                            "jailed for 3 years in 2019 for grooming offences",
                            "arrested in 2022 for possession of indecent images",
                            "placed on the sex offender register in 2015",
                        ],
                    ),
                    "CRIMINAL_HISTORY",
                ),
            )
        )
    if rng.random() < 0.4:
        parts.append(F("Profile photo EXIF places device near [[t]]. ", t=(d["subj"]["town"], "LOCATION")))
    parts.append(
        pick(
            rng,
            [
                "Escalated to priority 1.",
                "Account disabled, content preserved 90 days.",
                "No apparent imminent risk.",
                "Referred to LE liaison.",
            ],
        )
    )
    return J("", parts)


def _data(rng, i):
    region = pick(rng, ["US", "US", "GB", "GB", "CA", "IE", "AU", "IN", "PH", "NG", "DE", "NL"])
    esp, dom = pick(rng, ESPS)
    rep_first, rep_last, _, _ = person(rng)
    subj = _identity(rng, region)
    display = pick(
        rng,
        [
            f"{subj['first']} {subj['last']}",
            pick(rng, NICKNAMES),
            subj["first"],
            pick(rng, NATIVE_SCRIPT_NAMES),
            f"{subj['first'].lower()} {subj['last'][0].lower()}",
        ],
    )
    files = []
    for _ in range(rng.randint(1, 3)):
        lat, lon = _coords(rng, region) if rng.random() < 0.6 else (None, None)
        files.append(
            {
                "name": pick(rng, ["IMG_", "VID_", "PXL_", "photo_", "DSC"])
                + digits(rng, rng.randint(4, 8))
                + pick(rng, [".jpg", ".mp4", ".heic", ".png"]),
                "md5": hexs(rng, 32),
                "lat": lat,
                "lon": lon,
                "cam": pick(rng, CAMERAS),
                "serial": hexs(rng, 12, True) if rng.random() < 0.3 else None,
                "when": ts(rng, 2024, 2025),
            }
        )
    return {
        "region": region,
        "esp": esp,
        "dom": dom,
        "rid": f"{rng.randint(170, 215)}{digits(rng, 6)}",
        "rep": (
            f"{rep_first} {rep_last}",
            f"{rep_first.lower()[0]}{rep_last.lower().replace(' ', '').replace('-', '')}@{dom}",
        ),
        "rep_phone": phone(rng, pick(rng, ["US", "GB", "IE", "NL"]), "fixed", "intl"),
        "subj": subj,
        "display": display,
        "created": ts(rng, 2019, 2024),
        "ips": _ip_events(rng, rng.randint(1, 5)),
        "files": files,
        "nfiles": len(files) + rng.randint(0, 40),
        "imei": imei(rng) if rng.random() < 0.5 else None,
        "adid": uuid4(rng, rng.random() < 0.5) if rng.random() < 0.6 else None,
        "aid": android_id(rng) if rng.random() < 0.3 else None,
        "mac": mac(rng, upper=rng.random() < 0.5) if rng.random() < 0.2 else None,
        "victim": _identity(rng, region, minor=True) if rng.random() < 0.55 else None,
        "incident": pick(rng, INCIDENT_TYPES),
        "when": ts(rng, 2024, 2025),
        "url": f"https://{pick(rng, ['www.', 'm.', ''])}{pick(rng, ['pixora.app/u/', 'vibely.io/@', 'glimmerchat.com/profile/', 'streamhaven.tv/channel/'])}",
    }


def _ascii_ok(s):
    return s.replace('"', "'")


def render_flat(rng, d):
    s = d["subj"]
    doc = Doc()
    doc.f(
        "REPORT ID: [[rid]]\nIncident Type: [[it]]\nIncident Date/Time: [[t]] UTC\n\n"
        "== Reporting ESP ==\nCompany: [[esp]]\nPoint of Contact: [[rp]]\nEmail: [[re]]\nPhone: [[rph]]\n\n"
        "== Reported Person ==\n",
        rid=d["rid"],
        it=d["incident"],
        t=d["when"].strftime("%m-%d-%Y %H:%M:%S"),
        esp=d["esp"],
        rp=(d["rep"][0], "PERSON"),
        re=(d["rep"][1], "EMAIL_ADDRESS"),
        rph=(d["rep_phone"], "PHONE_NUMBER"),
    )
    doc.f("Screen/User Name: [[u]]\nDisplay Name: [[dn]]\n", u=(s["user"], "USERNAME"), dn=(d["display"], "PERSON"))
    if rng.random() < 0.7:
        doc.f(
            "Email Address: [[e]] (Verified [[vd]])\n",
            e=(s["email"], "EMAIL_ADDRESS"),
            vd=d["created"].strftime("%m-%d-%Y"),
        )
    if rng.random() < 0.6:
        doc.f("Mobile Phone: [[p]]\n", p=(s["phone"], "PHONE_NUMBER"))
    if rng.random() < 0.6:
        doc.f(
            "Date of Birth: [[dob]]\n",
            dob=(s["dob"].strftime(pick(rng, ["%m-%d-%Y", "%Y-%m-%d", "%d %b %Y"])), "DATE_OF_BIRTH"),
        )
    if rng.random() < 0.5:
        doc.f("Profile URL: [[url]]\n", url=(d["url"] + s["user"], "URL"))
    doc.add("IP Address(es):\n")
    for ip, port, t, ev in d["ips"]:
        doc.f(
            "  [[ip]] Port: [[port]] ([[ev]]) [[t]] UTC\n",
            ip=(ip, "IP_ADDRESS"),
            port=str(port),
            ev=ev,
            t=t.strftime("%m-%d-%Y %H:%M:%S"),
        )
    if d["imei"]:
        doc.f("Device IMEI: [[x]]\n", x=(d["imei"], "DEVICE_ID"))
    if d["adid"]:
        doc.f("Advertising ID: [[x]]\n", x=(d["adid"], "DEVICE_ID"))
    doc.add("\n== Uploaded File Information ==\n")
    for k, f in enumerate(d["files"], 1):
        doc.f(
            "File [[k]]: [[n]] | MD5 [[m]] | Uploaded [[w]] | Viewed by ESP: [[v]]\n",
            k=str(k),
            n=f["name"],
            m=f["md5"],
            w=f["when"].strftime("%m-%d-%Y %H:%M"),
            v=pick(rng, ["Yes", "No"]),
        )
        if f["lat"]:
            doc.f("  EXIF: Make/Model [[c]]; GPS [[g]]\n", c=f["cam"], g=(f"{f['lat']}, {f['lon']}", "GEO_COORDINATES"))
    if d["victim"]:
        v = d["victim"]
        doc.f(
            "\n== Possible Victim ==\nName: [[n]]\nUsername: [[u]]\nApprox. Age: [[a]]\nCity: [[t]]\n",
            n=(f"{v['first']} {v['last']}", "PERSON"),
            u=(v["user"], "USERNAME"),
            a=(str(v["age"]), "MINOR_AGE"),
            t=(v["town"], "LOCATION"),
        )
    doc.add("\nAdditional Information: ")
    doc.add(_comment(rng, d))
    doc.add("\n")
    return doc


def render_json(rng, d):
    s = d["subj"]
    doc = Doc()
    doc.f(
        '{\n  "reportId": "[[rid]]",\n  "source": "[[esp]]",\n  "incidentType": "[[it]]",\n  "incidentDateTime": "[[t]]",\n'
        '  "reporter": {"name": "[[rp]]", "email": "[[re]]"},\n  "reportedUser": {\n    "userId": "[[uid]]",\n'
        '    "screenName": "[[u]]",\n    "displayName": "[[dn]]",\n',
        rid=d["rid"],
        esp=d["esp"],
        it=d["incident"],
        t=d["when"].strftime("%Y-%m-%dT%H:%M:%SZ"),
        rp=(d["rep"][0], "PERSON"),
        re=(d["rep"][1], "EMAIL_ADDRESS"),
        uid=digits(rng, 17),
        u=(s["user"], "USERNAME"),
        dn=(_ascii_ok(d["display"]), "PERSON"),
    )
    fields = []
    if rng.random() < 0.8:
        fields.append(F('    "email": "[[e]]"', e=(s["email"], "EMAIL_ADDRESS")))
    if rng.random() < 0.6:
        fields.append(F('    "phone": "[[p]]"', p=(s["phone"], "PHONE_NUMBER")))
    if rng.random() < 0.6:
        fields.append(F('    "dateOfBirth": "[[dob]]"', dob=(s["dob"].isoformat(), "DATE_OF_BIRTH")))
    fields.append(F('    "accountCreated": "[[c]]"', c=d["created"].strftime("%Y-%m-%dT%H:%M:%SZ")))
    devs = []
    if d["imei"]:
        devs.append(F('{"type": "IMEI", "value": "[[x]]"}', x=(d["imei"], "DEVICE_ID")))
    if d["adid"]:
        devs.append(F('{"type": "IDFA/AAID", "value": "[[x]]"}', x=(d["adid"], "DEVICE_ID")))
    if d["aid"]:
        devs.append(F('{"type": "ANDROID_ID", "value": "[[x]]"}', x=(d["aid"], "DEVICE_ID")))
    if d["mac"]:
        devs.append(F('{"type": "WIFI_MAC", "value": "[[x]]"}', x=(d["mac"], "MAC_ADDRESS")))
    if devs:
        fields.append(F('    "devices": [[[d]]]', d=J(", ", devs)))
    ips = [
        F(
            '{"ip": "[[ip]]", "port": [[port]], "event": "[[ev]]", "ts": "[[t]]"}',
            ip=(ip, "IP_ADDRESS"),
            port=str(port),
            ev=ev.upper().replace(" ", "_"),
            t=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        for ip, port, t, ev in d["ips"]
    ]
    fields.append(F('    "ipCaptures": [\n      [[x]]\n    ]', x=J(",\n      ", ips)))
    doc.add(J(",\n", fields))
    doc.add('\n  },\n  "files": [\n')
    fl = []
    for f in d["files"]:
        exif = F('"make_model": "[[c]]"', c=f["cam"])
        if f["lat"]:
            exif = exif + F(
                ', "GPSLatitude": [[la]], "GPSLongitude": [[lo]]',
                la=(f["lat"], "GEO_COORDINATES"),
                lo=(f["lon"], "GEO_COORDINATES"),
            )
        if f["serial"]:
            exif = exif + F(', "BodySerialNumber": "[[s]]"', s=(f["serial"], "DEVICE_ID"))
        fl.append(F('    {"fileName": "[[n]]", "md5": "[[m]]", "exif": {[[e]]}}', n=f["name"], m=f["md5"], e=exif))
    doc.add(J(",\n", fl))
    doc.add("\n  ]")
    if d["victim"]:
        v = d["victim"]
        doc.f(
            ',\n  "victims": [{"name": "[[n]]", "estimatedAge": [[a]], "screenName": "[[u]]", "city": "[[t]]"}]',
            n=(f"{v['first']} {v['last']}", "PERSON"),
            a=(str(v["age"]), "MINOR_AGE"),
            u=(v["user"], "USERNAME"),
            t=(v["town"], "LOCATION"),
        )
    doc.add(',\n  "reviewerNotes": "')
    doc.add(_comment(rng, d))
    doc.add('"\n}\n')
    return doc


def render_xml(rng, d):
    s = d["subj"]
    doc = Doc()
    doc.f(
        '<?xml version="1.0" encoding="UTF-8"?>\n<report xmlns="urn:hotline:report:v2">\n'
        "  <incidentSummary><incidentType>[[it]]</incidentType><incidentDateTime>[[t]]</incidentDateTime></incidentSummary>\n"
        "  <reporter><reportingPerson><firstName>[[rf]]</firstName><lastName>[[rl]]</lastName>"
        "<email>[[re]]</email><phone>[[rph]]</phone></reportingPerson><organization>[[org]]</organization></reporter>\n"
        "  <personOrUserReported>\n    <espIdentifier>[[uid]]</espIdentifier>\n    <screenName>[[u]]</screenName>\n"
        "    <displayName>[[dn]]</displayName>\n",
        it=d["incident"],
        t=d["when"].strftime("%Y-%m-%dT%H:%M:%SZ"),
        rf=(d["rep"][0].split(" ", 1)[0], "PERSON"),
        rl=(d["rep"][0].split(" ", 1)[1], "PERSON"),
        re=(d["rep"][1], "EMAIL_ADDRESS"),
        rph=(d["rep_phone"], "PHONE_NUMBER"),
        org=pick(rng, HOTLINES) if rng.random() < 0.4 else d["esp"],
        uid=digits(rng, 12),
        u=(s["user"], "USERNAME"),
        dn=(d["display"].replace("&", "and"), "PERSON"),
    )
    if rng.random() < 0.7:
        doc.f('    <email verified="true">[[e]]</email>\n', e=(s["email"], "EMAIL_ADDRESS"))
    if rng.random() < 0.5:
        doc.f('    <phone type="mobile">[[p]]</phone>\n', p=(s["phone"], "PHONE_NUMBER"))
    if rng.random() < 0.5:
        doc.f("    <dateOfBirth>[[dob]]</dateOfBirth>\n", dob=(s["dob"].isoformat(), "DATE_OF_BIRTH"))
    if rng.random() < 0.4:
        doc.f("    <profileUrl>[[url]]</profileUrl>\n", url=(d["url"] + s["user"], "URL"))
    for ip, port, t, ev in d["ips"]:
        doc.f(
            "    <ipCaptureEvent><ipAddress>[[ip]]</ipAddress><port>[[port]]</port><eventName>[[ev]]</eventName>"
            "<dateTime>[[t]]</dateTime></ipCaptureEvent>\n",
            ip=(ip, "IP_ADDRESS"),
            port=str(port),
            ev=ev,
            t=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    if d["imei"]:
        doc.f('    <deviceId type="IMEI">[[x]]</deviceId>\n', x=(d["imei"], "DEVICE_ID"))
    if d["adid"]:
        doc.f('    <deviceId type="advertising">[[x]]</deviceId>\n', x=(d["adid"], "DEVICE_ID"))
    if d["mac"]:
        doc.f('    <deviceId type="mac">[[x]]</deviceId>\n', x=(d["mac"], "MAC_ADDRESS"))
    doc.add("  </personOrUserReported>\n")
    for f in d["files"]:
        doc.f(
            '  <fileDetails>\n    <fileName>[[n]]</fileName>\n    <originalFileHash hashType="MD5">[[m]]</originalFileHash>\n',
            n=f["name"],
            m=f["md5"],
        )
        if f["lat"]:
            doc.f(
                '    <exifData><tag name="Model">[[c]]</tag><tag name="GPSLatitude">[[la]]</tag>'
                '<tag name="GPSLongitude">[[lo]]</tag></exifData>\n',
                c=f["cam"],
                la=(f["lat"], "GEO_COORDINATES"),
                lo=(f["lon"], "GEO_COORDINATES"),
            )
        doc.add("  </fileDetails>\n")
    if d["victim"]:
        v = d["victim"]
        doc.f(
            "  <childVictim><firstName>[[vf]]</firstName><lastName>[[vl]]</lastName><age>[[a]]</age>"
            "<screenName>[[u]]</screenName><city>[[t]]</city></childVictim>\n",
            vf=(v["first"], "PERSON"),
            vl=(v["last"], "PERSON"),
            a=(str(v["age"]), "MINOR_AGE"),
            u=(v["user"], "USERNAME"),
            t=(v["town"], "LOCATION"),
        )
    doc.add("  <additionalInformation>")
    doc.add(_comment(rng, d))
    doc.add("</additionalInformation>\n</report>\n")
    return doc


def render_short(rng, d):
    """A terse hotline forward: one or two lines."""
    s = d["subj"]
    doc = Doc()
    doc.f(
        "[[h]] fwd #[[rid]]: user [[u]] on [[esp]], last IP [[ip]] ([[t]]). ",
        h=pick(rng, HOTLINES),
        rid=d["rid"],
        u=(s["user"], "USERNAME"),
        esp=d["esp"],
        ip=(d["ips"][0][0], "IP_ADDRESS"),
        t=d["ips"][0][2].strftime("%d.%m.%Y %H:%M"),
    )
    if rng.random() < 0.5:
        doc.f("Contact e-mail on file [[e]].", e=(s["email"], "EMAIL_ADDRESS"))
    else:
        doc.add("No subscriber data held.")
    doc.add("\n")
    return doc


def generate(seed):
    import random

    out = []
    for i in range(80):
        rng = random.Random(f"{seed}|{REGISTER}|{i}")
        d = _data(rng, i)
        kind = i % 7
        if kind in (0, 3):
            doc = render_flat(rng, d)
        elif kind in (1, 4):
            doc = render_json(rng, d)
        elif kind in (2, 5):
            doc = render_xml(rng, d)
        else:
            doc = render_short(rng, d)
        out.append(doc.record(f"v17-{REGISTER}-{i}", REGISTER))
    return out
