"""Register 3: "download your data" archives pasted into a case file (JSON, HTML, CSV)."""

from __future__ import annotations

import random

from common import F, J, Doc, android_id, digits, dob_for_age, imei, ipv4, ipv6, letters, mac, phone, pick, ts, uuid4
from pools import NATIVE_SCRIPT_NAMES, NICKNAMES, UK_PLACES, US_PLACES, email_for, person, username_for

REGISTER = "social_data_exports"

PLATFORMS = ["Snapgram", "Chirpr", "FaceLink", "TikTune", "Discordia", "Blink Dating", "PinBoard", "Yappr"]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 13; SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Safari/537.36",
    "Snapgram 312.0.0.34.111 Android (33/13; 420dpi; 1080x2400; Xiaomi; 2201117TG; spes; qcom; en_GB)",
    "Chirpr-iPhone/10.42 iOS/17.5 (Apple;iPhone14,5;;;;;1)",
]
INTERESTS = [
    "Football",
    "K-pop",
    "Budget travel",
    "Energy drinks",
    "Fishing",
    "Make-up tutorials",
    "Anime",
    "Online poker",
    "Vintage cars",
    "Gym & fitness",
    "Crypto",
    "Baby products",
    "Drill music",
    "Vaping",
]
TOWNS = [p[0] for p in UK_PLACES] + [p[0] for p in US_PLACES]


def _owner(rng):
    first, last, female, culture = person(rng)
    age = rng.randint(13, 45)
    region = pick(rng, ["GB", "GB", "US", "US", "IE", "AU", "CA"])
    return {
        "first": first,
        "last": last,
        "female": female,
        "culture": culture,
        "age": age,
        "dob": dob_for_age(rng, age),
        "user": username_for(rng, first, last),
        "email": email_for(rng, first, last),
        "email2": email_for(rng, first, last),
        "phone": phone(rng, region, "mobile", pick(rng, ["e164", "intl"])),
        "region": region,
        "town": pick(rng, TOWNS),
    }


def sec_profile(rng, o, plat):
    fields = [
        F('"Name": {"value": "[[n]]"}', n=(f"{o['first']} {o['last']}", "PERSON")),
        F('"Username": {"value": "[[u]]"}', u=(o["user"], "USERNAME")),
        F('"Email": {"value": "[[e]]"}', e=(o["email"], "EMAIL_ADDRESS")),
    ]
    if rng.random() < 0.7:
        fields.append(F('"Phone Number": {"value": "[[p]]"}', p=(o["phone"], "PHONE_NUMBER")))
    if rng.random() < 0.7:
        fields.append(F('"Date of birth": {"value": "[[d]]"}', d=(o["dob"].isoformat(), "DATE_OF_BIRTH")))
    if rng.random() < 0.3:
        fields.append(
            F(
                '"Gender": {"value": "[[g]]"}',
                g=(pick(rng, ["Non-binary", "Genderqueer", "Trans woman", "Trans man", "Agender"]), "GENDER_IDENTITY"),
            )
        )
    if rng.random() < 0.5:
        fields.append(
            F(
                '"Bio": {"value": "[[b]]"}',
                b=pick(
                    rng,
                    [
                        F(
                            "[[a]] | [[t]] | dm for collabs",
                            a=(str(o["age"]), "MINOR_AGE" if o["age"] < 18 else "AGE"),
                            t=(o["town"], "LOCATION"),
                        ),
                        F("just vibes. snap: [[s]]", s=(username_for(rng, o["first"]), "USERNAME")),
                        "no bio yet",
                    ],
                ),
            )
        )
    if rng.random() < 0.4:
        fields.append(F('"Website": {"value": "[[w]]"}', w=(f"https://linktr.ee/{o['user']}", "URL")))
    return F(
        '// [[p]] - personal_information/profile_information.json\n{"profile_user": [{"string_map_data": {\n  [[f]]\n}}]}\n',
        p=plat,
        f=J(",\n  ", fields),
    )


def sec_logins(rng, o, plat):
    rows = []
    for _ in range(rng.randint(2, 5)):
        t = ts(rng, 2024, 2025)
        ip = ipv6(rng) if rng.random() < 0.25 else ipv4(rng)
        loc = pick(rng, [o["town"], o["town"], pick(rng, TOWNS)])
        dev = pick(rng, [uuid4(rng, True), android_id(rng), f"web-{letters(rng, 8, 'abcdefghijkmnpqrstuvwxyz')}"])
        dev_frag = (dev, "DEVICE_ID") if not dev.startswith("web-") else dev
        rows.append(
            F(
                "<tr><td>[[t]]</td><td>[[ip]]</td><td>[[ua]]</td><td>[[d]]</td><td>[[l]]</td></tr>",
                t=t.strftime("%b %d, %Y %I:%M:%S %p"),
                ip=(ip, "IP_ADDRESS"),
                ua=pick(rng, UAS),
                d=dev_frag,
                l=(loc, "LOCATION"),
            )
        )
    return F(
        "<h2>Login Activity</h2>\n<table><tr><th>Time</th><th>IP Address</th><th>User Agent</th><th>Device ID</th>"
        "<th>Approx. location</th></tr>\n[[r]]\n</table>\n",
        r=J("\n", rows),
    )


def sec_contacts(rng, o):
    rows = []
    for _ in range(rng.randint(2, 6)):
        f, la, _, _ = person(rng)
        style = rng.randrange(4)
        if style == 0:
            name = F("[[n]]", n=(f"{f} {la}", "PERSON"))
        elif style == 1:
            name = F("[[n]]", n=(pick(rng, NICKNAMES) if rng.random() < 0.5 else f.lower(), "PERSON"))
        elif style == 2:
            name = F("[[n]]", n=(pick(rng, NATIVE_SCRIPT_NAMES), "PERSON"))
        else:
            name = F("[[n]] [[x]]", n=(f, "PERSON"), x=pick(rng, ["work", "gym", "(school)", "taxi", "\u2764\ufe0f"]))
        rows.append(
            F(
                '[[n]],"[[p]]",[[a]]',
                n=name,
                p=(phone(rng, o["region"], "mobile", pick(rng, ["national", "e164"])), "PHONE_NUMBER"),
                a=ts(rng, 2021, 2025).strftime("%Y-%m-%d"),
            )
        )
    return F("--- contacts/synced_contacts.csv ---\nFirst Name/Display,Phone,Added\n[[r]]\n", r=J("\n", rows))


def sec_followers(rng, o, plat):
    items = []
    host = plat.lower().replace(" ", "")
    for _ in range(rng.randint(3, 7)):
        f, la, _, _ = person(rng)
        u = username_for(rng, f, la)
        items.append(
            F(
                '{"value": "[[u]]", "href": "[[h]]", "timestamp": [[t]]}',
                u=(u, "USERNAME"),
                h=(f"https://www.{host}.com/{u}", "URL"),
                t=str(int(ts(rng).timestamp())),
            )
        )
    return F("--- followers_and_following/followers_1.json ---\n[\n  [[i]]\n]\n", i=J(",\n  ", items))


def sec_messages(rng, o):
    f, la, _, _ = person(rng)
    other_user = username_for(rng, f, la)
    a = rng.randint(12, 17)
    msgs = [
        F(
            '{"sender_name": "[[s]]", "timestamp_ms": [[t]], "content": "u still in [[town]]?? whats ur snap"}',
            s=(other_user, "USERNAME"),
            t=str(int(ts(rng).timestamp()) * 1000),
            town=(o["town"], "LOCATION"),
        ),
        F(
            '{"sender_name": "[[s]]", "timestamp_ms": [[t]], "content": "yh its [[u]] but my mum checks it lol"}',
            s=(o["user"], "USERNAME"),
            t=str(int(ts(rng).timestamp()) * 1000),
            u=(username_for(rng, o["first"]), "USERNAME"),
        ),
        F(
            '{"sender_name": "[[s]]", "timestamp_ms": [[t]], "content": "how old r u? im [[a]]"}',
            s=(other_user, "USERNAME"),
            t=str(int(ts(rng).timestamp()) * 1000),
            a=(str(a), "MINOR_AGE"),
        ),
        F(
            '{"sender_name": "[[s]]", "timestamp_ms": [[t]], "content": "ring me [[p]] after 9 x"}',
            s=(other_user, "USERNAME"),
            t=str(int(ts(rng).timestamp()) * 1000),
            p=(phone(rng, o["region"], "mobile", "national"), "PHONE_NUMBER"),
        ),
    ]
    k = rng.randint(2, 4)
    return F(
        '--- messages/inbox/[[fold]]/message_1.json ---\n{"participants": [{"name": "[[p1]]"}, {"name": "[[p2]]"}],\n'
        ' "messages": [\n  [[m]]\n ]}\n',
        fold=f"{other_user.replace('.', '')}_{digits(rng, 10)}",
        p1=(other_user, "USERNAME"),
        p2=(o["user"], "USERNAME"),
        m=J(",\n  ", msgs[:k]),
    )


def sec_ads(rng, o):
    ints = [pick(rng, INTERESTS) for _ in range(rng.randint(3, 6))]
    ints = sorted(set(ints))
    extra = []
    if rng.random() < 0.5:
        extra.append(F("<li>Estimated age: [[a]]</li>", a=(str(o["age"]), "MINOR_AGE" if o["age"] < 18 else "AGE")))
    if rng.random() < 0.5:
        extra.append(F("<li>Home location (inferred): [[t]]</li>", t=(o["town"], "LOCATION")))
    if rng.random() < 0.25:
        extra.append(
            F("<li>Interested in: [[s]]</li>", s=(pick(rng, ["Men", "Women", "Men and women"]), "SEXUAL_ORIENTATION"))
        )
    if rng.random() < 0.15:
        extra.append(
            F(
                "<li>Linked DNA service: maternal haplogroup [[g]]</li>",
                g=(pick(rng, ["H1c", "U5b2", "L3e", "J1c3"]), "GENETIC_DATA"),
            )
        )
    if rng.random() < 0.2:
        extra.append(
            F(
                "<li>Ancestry (inferred): [[e]]</li>",
                e=(pick(rng, ["South Asian", "Hispanic", "Arab", "East African"]), "ETHNIC_ORIGIN"),
            )
        )
    return F(
        "<h2>Ad Interests</h2><ul>[[i]]</ul>\n<h2>Inferred demographics</h2><ul>[[x]]</ul>\n",
        i="".join(f"<li>{x}</li>" for x in ints),
        x=J("", extra) if extra else "<li>None</li>",
    )


def sec_security(rng, o, plat):
    parts = [F('"recovery_email": "[[e]]"', e=(o["email2"], "EMAIL_ADDRESS"))]
    if rng.random() < 0.6:
        parts.append(F('"recovery_phone": "[[p]]"', p=(o["phone"], "PHONE_NUMBER")))
    if rng.random() < 0.6:
        codes = [
            f"{digits(rng, 4)} {digits(rng, 4)}"
            if rng.random() < 0.5
            else letters(rng, 8, "abcdefghjkmnpqrstuvwxyz23456789")
            for _ in range(rng.randint(3, 6))
        ]
        parts.append(
            F('"two_factor_backup_codes": [[[c]]]', c=J(", ", [F('"[[x]]"', x=(c, "CREDENTIAL")) for c in codes]))
        )
    if rng.random() < 0.5:
        lp = pick(rng, PLATFORMS)
        parts.append(
            F(
                '"linked_accounts": [{"service": "[[s]]", "profile": "[[u]]"}]',
                s=lp,
                u=(f"https://{lp.lower().replace(' ', '')}.com/{username_for(rng, o['first'], o['last'])}", "URL"),
            )
        )
    if rng.random() < 0.4:
        parts.append(
            F(
                '"devices": [{"imei": "[[i]]", "wifi_mac": "[[m]]"}]',
                i=(imei(rng), "DEVICE_ID"),
                m=(mac(rng), "MAC_ADDRESS"),
            )
        )
    return F("--- security_and_login_information/account_security.json ---\n{\n  [[p]]\n}\n", p=J(",\n  ", parts))


def generate(seed):
    out = []
    for i in range(80):
        rng = random.Random(f"{seed}|{REGISTER}|{i}")
        o = _owner(rng)
        plat = pick(rng, PLATFORMS)
        doc = Doc()
        header = pick(
            rng,
            [
                "Exhibit [[x]] - [[p]] data download (account holder: [[n]])\n\n",
                "Case note [[x]]: extract from [[p]] archive supplied by parent of [[n]]\n\n",
                "[[p]] export pasted by analyst, ref [[x]]\n\n",
            ],
        )
        doc.f(
            header,
            x=f"{rng.randint(1, 60)}{pick(rng, ['', 'a', 'b'])}",
            p=plat,
            n=(f"{o['first']} {o['last']}", "PERSON") if rng.random() < 0.6 else (o["first"].lower(), "PERSON"),
        )
        builders = [
            lambda: sec_profile(rng, o, plat),
            lambda: sec_logins(rng, o, plat),
            lambda: sec_contacts(rng, o),
            lambda: sec_followers(rng, o, plat),
            lambda: sec_messages(rng, o),
            lambda: sec_ads(rng, o),
            lambda: sec_security(rng, o, plat),
        ]
        if i % 9 == 8:
            chosen = [rng.randrange(len(builders))]
        else:
            chosen = sorted(rng.sample(range(len(builders)), rng.randint(2, 4)))
        doc.add(J("\n", [builders[k]() for k in chosen]))
        out.append(doc.record(f"v17-{REGISTER}-{i}", REGISTER))
    return out
