"""Register 3: connected_devices."""

from __future__ import annotations

import json

import ids
import pools
from common import api_key, coords, de_addr, loc, password, uk_addr, us_addr
from core import L
from people import Person, fmt_date, other_date


def _p(rng, **kw):
    return Person(rng, **kw)


def _ts(rng, d=None):
    d = d or other_date(rng)
    return f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _hostname(rng, name):
    dev = rng.choice(
        [
            "iPhone",
            "iPad",
            "Galaxy-S23",
            "Pixel-7",
            "MacBook-Air",
            "Switch",
            "Kindle",
            "PS5",
            "ThinkPad",
        ]
    )
    return rng.choice(
        [
            f"{dev}-{L('PERSON', name)}",
            f"{L('PERSON', name)}-{dev}",
            f"{dev}-von-{L('PERSON', name)}",
        ]
    )


def t_dhcp_table(rng):
    fam = [_p(rng, latin=True) for _ in range(rng.randint(2, 4))]
    rows = []
    net = rng.choice(["192.168.1", "192.168.178", "10.0.0", "192.168.0"])
    for i in range(rng.choice([rng.randint(4, 8), rng.randint(4, 8), rng.randint(14, 24)])):
        if i < len(fam) or rng.random() < 0.4:
            host = _hostname(rng, rng.choice(fam).first)
        else:
            host = rng.choice(
                [
                    "android-" + ids.letters(rng, 12, ids.HEX),
                    "ESP_" + ids.letters(rng, 6, "0123456789ABCDEF"),
                    "LGwebOSTV",
                    "HS110",
                    "Echo-Dot",
                ]
            )
        rows.append(
            f"{L('IP_ADDRESS', ids.ipv4_private(rng, net))}\t{L('MAC_ADDRESS', ids.mac(rng, rng.choice(['colon', 'COLON'])))}\t{host}\t{rng.randint(1, 23)}h{rng.randint(0, 59):02d}m"
        )
    return (
        f"Router status page — DHCP leases (WAN {L('IP_ADDRESS', ids.ipv4_public(rng))})\n"
        "IP address\tMAC address\tHost name\tLease remaining\n"
        + "\n".join(rows)
        + f"\n\nPPPoE user: {L('USERNAME', fam[0]._la + ids.digits(rng, 6))}"
    )


def t_mesh_json(rng):
    owner = _p(rng)
    devs = []
    for _ in range(rng.randint(3, 5)):
        k = _p(rng, culture=owner.culture)
        devs.append(
            {
                "name": f"{L('PERSON', k.first)}'s {rng.choice(['phone', 'tablet', 'laptop', 'watch'])}",
                "mac": L("MAC_ADDRESS", ids.mac(rng, "colon")),
                "ipv4": L("IP_ADDRESS", ids.ipv4_private(rng, "192.168.86")),
                "ipv6": L("IP_ADDRESS", ids.ipv6(rng)),
                "paused": rng.random() < 0.3,
            }
        )
    rec = {
        "network": {
            "owner": L("EMAIL_ADDRESS", owner.email()),
            "ssid": f"{owner._la.upper()}-HOME",
            "wifi_key": L("CREDENTIAL", rng.choice(pools.PASSWORDS)),
        },
        "devices": devs,
    }
    return json.dumps(rec, ensure_ascii=False, indent=1)


def t_telematics(rng):
    d = _p(rng, latin=True)
    base = rng.choice(pools.CITIES_WITH_COORDS)
    pts = "\n".join(
        f"{_ts(rng)},{coords(rng, base)},{rng.randint(0, 130)},{rng.choice(['IGN_ON', 'MOVING', 'HARSH_BRAKE', 'IDLE', 'IGN_OFF'])}"
        for _ in range(rng.choice([rng.randint(3, 6), rng.randint(3, 6), rng.randint(14, 26)]))
    )
    country = rng.choice(["GB", "DE", "FR", "NL", "ES", "IT"])
    return (
        f"# telematics export  unit_imei={L('DEVICE_ID', ids.imei(rng))}  sim_iccid={L('DEVICE_ID', ids.iccid(rng))}\n"
        f"# vehicle={L('VEHICLE_PLATE', ids.plate(rng, country))}  driver_profile={L('PERSON', d.full)}  paired_phone_bt={L('MAC_ADDRESS', ids.mac(rng, 'COLON'))}\n"
        "timestamp,lat_lon,speed_kmh,event\n"
        + pts
        + f"\n# insurer note: young driver discount removed after {L('CRIMINAL_HISTORY', rng.choice(['a speeding conviction', 'a drink-driving conviction', 'a careless driving conviction']))}"
    )


def t_babymonitor(rng):
    par = _p(rng, latin=True)
    kid = _p(rng, culture=par.culture, age_range=(0, 3), latin=True)
    ip = ids.ipv4_public(rng)
    lines = [
        f"<14>{other_date(rng).strftime('%b %d')} 02:1{rng.randint(0, 9)}:0{rng.randint(0, 9)} cuddlecam[{rng.randint(200, 999)}]: stream start viewer={L('EMAIL_ADDRESS', par.email())} from {L('IP_ADDRESS', ip)}",
        f'<14>... cuddlecam: nursery profile child="{L("PERSON", kid.first)}" room=nursery dob={L("DATE_OF_BIRTH", kid.dob.isoformat())}',
        f"<12>... cuddlecam: cry detected dur=41s notify -> {L('PHONE_NUMBER', ids.phone(rng, rng.choice(['GB', 'US', 'DE', 'IE']), style='e164'))}",
        f"<13>... cuddlecam: device sn={L('DEVICE_ID', ids.serial(rng, 'cam'))} fw=2.4.19 rssi=-61",
        f"<13>... cuddlecam: temp 21.4C humidity 48% (medical note on profile: {L('MEDICAL_CONDITION', rng.choice(['reflux', 'eczema', 'apnoea monitoring', 'congenital heart defect', 'Down syndrome']))})",
    ]
    if rng.random() < 0.5:
        lines.append(
            f"<13>... cuddlecam: secondary viewer added user={L('USERNAME', _p(rng).username())} ip={L('IP_ADDRESS', ids.ipv4_public(rng))}"
        )
    return "\n".join(lines)


def t_toy_csv(rng):
    out = ["account_email,child_name,birthday,age,toy_serial,voice_clips_stored"]
    for _ in range(rng.randint(3, 6)):
        par = _p(rng, latin=True)
        kid = _p(rng, culture=par.culture, age_range=(3, 12), latin=True)
        out.append(
            f"{L('EMAIL_ADDRESS', par.email())},{L('PERSON', kid.first)},{L('DATE_OF_BIRTH', kid.dob.isoformat())},{L('MINOR_AGE', kid.age)},{L('DEVICE_ID', 'TB' + ids.digits(rng, 2) + '-' + ids.letters(rng, 8, ids.UP + ids.DIG))},{rng.randint(0, 400)}"
        )
    return "Export requested by regulator — connected plush toy accounts (sample)\n" + "\n".join(out)


def t_wearable(rng):
    p = _p(rng, age_range=(25, 75))
    prof = {
        "user": L("USERNAME", p.username()),
        "display_name": L("PERSON", p.first),
        "birthdate": L("DATE_OF_BIRTH", p.dob.isoformat()),
        "sex": L("GENDER_IDENTITY", p.gender_word),
        "height_cm": rng.randint(150, 195),
        "weight_kg": rng.randint(48, 120),
    }
    lines = [json.dumps({"type": "profile", **prof}, ensure_ascii=False)]
    base = rng.choice(pools.CITIES_WITH_COORDS)
    for _ in range(rng.choice([rng.randint(2, 4), rng.randint(2, 4), rng.randint(25, 40)])):
        lines.append(
            json.dumps({"type": "gps", "t": _ts(rng), "pos": "@@"}, ensure_ascii=False).replace(
                '"@@"', '"' + coords(rng, base) + '"'
            )
        )
    lines.append(
        json.dumps(
            {
                "type": "alert",
                "msg": "irregular rhythm notification",
                "condition": L(
                    "MEDICAL_CONDITION",
                    rng.choice(
                        [
                            "atrial fibrillation",
                            "sleep apnoea",
                            "tachycardia",
                            "bradycardia",
                        ]
                    ),
                ),
            },
            ensure_ascii=False,
        )
    )
    lines.append(
        json.dumps(
            {
                "type": "device",
                "serial": L("DEVICE_ID", ids.serial(rng, "wear")),
                "paired_phone_imei": L("DEVICE_ID", ids.imei(rng)),
            },
            ensure_ascii=False,
        )
    )
    return "\n".join(lines)


def t_parental_report(rng):
    par = _p(rng)
    kid = _p(rng, culture=par.culture, age_range=(8, 16))
    game = kid.username()
    return (
        f"{rng.choice(pools.APPS)} — Weekly report for {L('PERSON', kid.first)} (age {L('MINOR_AGE', kid.age)})\n\n"
        f"Hi {L('PERSON', par.first)},\n\nHere's how {L('PERSON', kid.first)}'s week looked on \"{L('PERSON', kid.first)}'s phone\" (IMEI {L('DEVICE_ID', ids.imei(rng))}):\n"
        f"• Screen time: {rng.randint(14, 40)} h {rng.randint(0, 59)} min (+{rng.randint(2, 30)}% vs last week)\n"
        f"• Top apps: Roblox (as {L('USERNAME', game)}), TikTok, YouTube\n"
        f"• New contact added: {L('USERNAME', _p(rng).username())} (not in your approved list)\n"
        f"• Location check-ins: school ({loc(rng)}), {L('STREET_ADDRESS', rng.choice(['14 ', '3 ', '27 ']) + rng.choice(pools.UK_STREETS))} (friend's house), last seen {coords(rng)}\n"
        f"• Blocked searches: 3\n\nManage settings at https://app.example/family · Sent to {L('EMAIL_ADDRESS', par.email())}"
    )


def t_findmy(rng):
    p = _p(rng, latin=True)
    base = rng.choice(pools.CITIES_WITH_COORDS)
    rows = []
    for _ in range(rng.choice([rng.randint(3, 6), rng.randint(3, 6), rng.randint(10, 18)])):
        rows.append(f"| {_ts(rng)} | {coords(rng, base)} | ±{rng.randint(5, 80)} m | {rng.randint(3, 99)}% |")
    return (
        f"Find My Device — location history\nAccount: {L('EMAIL_ADDRESS', p.email())}\nDevice: {rng.choice(['Galaxy A54', 'Pixel 8', 'iPhone 13'])} · IMEI {L('DEVICE_ID', ids.imei(rng, sep=rng.choice(['', ' '])))} · serial {L('DEVICE_ID', ids.serial(rng, rng.choice(['apple', 'samsung'])))}\n\n"
        "| time | position | accuracy | battery |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + f'\n\nLast known near {L("LOCATION", base[0])}. Lost-mode message: "please call {L("PHONE_NUMBER", ids.phone(rng, rng.choice(["GB", "DE", "FR", "NL", "US"]), style="intl"))}"'
    )


def t_hub_kv(rng):
    fam = [_p(rng, latin=True) for _ in range(3)]
    lines = []
    for f in fam:
        lines.append(
            f"ts={_ts(rng)} src=lock.front evt=unlock method=keypad user={L('PERSON', f.first)} code={L('CREDENTIAL', ids.digits(rng, rng.choice([4, 6])))}"
        )
    lines.append(
        f'ts={_ts(rng)} src=hub evt=wifi_join ssid="{fam[0]._la}-house" psk={L("CREDENTIAL", rng.choice(pools.PASSWORDS))}'
    )
    lines.append(
        f"ts={_ts(rng)} src=hub evt=cloud_link account={L('EMAIL_ADDRESS', fam[0].email())} token={api_key(rng)}"
    )
    lines.append(f"ts={_ts(rng)} src=thermostat evt=geofence_exit user={L('PERSON', fam[1].first)} home={coords(rng)}")
    rng.shuffle(lines)
    return "\n".join(lines)


def t_support_note(rng):
    c = _p(rng, latin=True)
    a = _p(rng, latin=True)
    return (
        f"Ticket #{ids.digits(rng, 6)} — {rng.choice(['doorbell offline', 'camera not recording', 'thermostat unpaired', 'router dropping 5GHz'])}\n"
        f"Agent: {L('PERSON', a.first)} | Customer: {L('PERSON', c.full)} | {L('PHONE_NUMBER', ids.phone(rng, rng.choice(['GB', 'IE', 'US', 'DE']), style='national'))}\n\n"
        f"cust says device went offline after ISP swap. verified identity w/ DOB {L('DATE_OF_BIRTH', fmt_date(rng, c.dob))} + postcode. "
        f"device MAC {L('MAC_ADDRESS', ids.mac(rng, rng.choice(['dash', 'cisco', 'colon'])))} last seen from {L('IP_ADDRESS', ids.ipv4_public(rng))}. "
        f"walked through factory reset, re-added under {L('EMAIL_ADDRESS', c.obf_email() if rng.random() < 0.3 else c.email())}. "
        f"cust mentioned she's {L('MEDICAL_CONDITION', rng.choice(['registered blind', 'deaf', 'a wheelchair user', 'recovering from a stroke']))}, so enabled accessibility alerts. "
        f"RMA if persists, ship to {uk_addr(rng) if rng.random() < 0.5 else us_addr(rng)}."
    )


def t_router_syslog(rng):
    wan = ids.ipv4_public(rng)
    p = _p(rng, latin=True)
    return "\n".join(
        [
            f"Oct {rng.randint(1, 28)} 03:12:44 gw pppd[812]: PAP authentication succeeded for {L('USERNAME', p._fa + '.' + p._la + ids.digits(rng, 3))}",
            f"Oct 1 03:12:45 gw pppd[812]: local  IP address {L('IP_ADDRESS', wan)}",
            f"Oct 1 03:12:45 gw pppd[812]: local  LL address {L('IP_ADDRESS', ids.ipv6(rng))}",
            f"Oct 1 03:14:02 gw dnsmasq-dhcp[1022]: DHCPACK(br0) {L('IP_ADDRESS', ids.ipv4_private(rng))} {L('MAC_ADDRESS', ids.mac(rng))} {L('PERSON', p.first)}s-laptop",
            f"Oct 1 03:14:09 gw dnsmasq-dhcp[1022]: DHCPACK(br0) {L('IP_ADDRESS', ids.ipv4_private(rng))} {L('MAC_ADDRESS', ids.mac(rng))} ring-doorbell",
            f"Oct 1 03:20:31 gw dropbear[2210]: Bad password attempt for 'admin' from {L('IP_ADDRESS', ids.ipv4_public(rng))}:{rng.randint(30000, 65000)}",
            f"Oct 1 03:20:40 gw dropbear[2210]: Password auth succeeded for 'admin' from {L('IP_ADDRESS', ids.ipv4_private(rng))}:51234 (pw in cleartext debug: {password(rng)})",
        ]
    )


def t_mdm_export(rng):
    out = ["assigned_user\temail\timei\timsi\ticcid\tserial\tlast_ip"]
    for _ in range(rng.choice([rng.randint(2, 5), rng.randint(2, 5), rng.randint(8, 12)])):
        p = _p(rng, latin=True)
        out.append(
            f"{L('PERSON', p.full)}\t{L('EMAIL_ADDRESS', p.email(domain='cedarline-care.co.uk'))}\t{L('DEVICE_ID', ids.imei(rng))}\t{L('DEVICE_ID', ids.imsi(rng))}\t{L('DEVICE_ID', ids.iccid(rng))}\t{L('DEVICE_ID', ids.serial(rng, rng.choice(['apple', 'samsung'])))}\t{L('IP_ADDRESS', ids.ipv4_public(rng))}"
        )
    return "MDM inventory (care-worker handsets)\n" + "\n".join(out)


def t_adsdk(rng):
    p = _p(rng, age_range=(16, 70))
    age_lbl = "MINOR_AGE" if p.age < 18 else "AGE"
    return (
        "D/AdSDK: bid request built\n"
        + json.dumps(
            {
                "device": {
                    "ifa": L("DEVICE_ID", ids.uuid_like(rng, upper=rng.random() < 0.5)),
                    "ip": L("IP_ADDRESS", ids.ipv4_public(rng)),
                    "geo": {
                        "latlon": "@@",
                        "city": L("LOCATION", rng.choice(pools.EU_TOWNS + pools.UK_TOWNS)),
                    },
                },
                "user": {
                    "yob": p.dob.year,
                    "age": L(age_lbl, p.age),
                    "gender": L("GENDER_IDENTITY", p.sex),
                    "interests": ["dating", "fitness"],
                },
                "app": {
                    "bundle": "com.example.dating",
                    "signup": L("EMAIL_ADDRESS", p.email()),
                },
            },
            ensure_ascii=False,
        ).replace('"@@"', '"' + coords(rng) + '"')
        + f"\nD/AdSDK: segment add 'orientation={L('SEXUAL_ORIENTATION', rng.choice(pools.ORIENT))}' (from profile)"
    )


def t_health_device(rng):
    p = _p(rng, age_range=(30, 90))
    carer = _p(rng, latin=True)
    return (
        "Smart pill dispenser — weekly adherence summary\n"
        f"Patient: {L('PERSON', p.full)}  (DOB {L('DATE_OF_BIRTH', fmt_date(rng, p.dob, 'dmy/'))})\n"
        f"Address on file: {de_addr(rng) if rng.random() < 0.4 else uk_addr(rng)}\n"
        f"Dispenser serial: {L('DEVICE_ID', 'PD-' + ids.digits(rng, 8))}   Hub MAC: {L('MAC_ADDRESS', ids.mac(rng, 'dash'))}\n"
        f"Regimen: {L('MEDICAL_CONDITION', rng.choice(pools.MEDS))} 08:00, {L('MEDICAL_CONDITION', rng.choice(pools.MEDS))} 20:00 (for {L('MEDICAL_CONDITION', rng.choice(pools.MEDICAL))})\n\n"
        "Mon ✔✔  Tue ✔✘  Wed ✔✔  Thu ✘✘  Fri ✔✔  Sat ✔✔  Sun ✔✔\n\n"
        f"Missed-dose alerts sent to carer {L('PERSON', carer.full)} at {L('PHONE_NUMBER', ids.phone(rng, rng.choice(['GB', 'DE', 'NL', 'IE']), style='intl'))}.\n"
        f"Genetics note from pharmacist: {L('GENETIC_DATA', rng.choice(['CYP2D6 poor metaboliser', 'CYP2C19 *2/*2 genotype', 'HLA-B*57:01 positive', 'TPMT heterozygous']))}, dose adjusted."
    )


def t_store_dispute(rng):
    par = _p(rng, latin=True)
    kid = _p(rng, culture=par.culture, age_range=(6, 15), latin=True)
    ag = _p(rng, latin=True)
    card = ids.credit_card(rng, style=rng.choice(["space", "plain", "dash"]))
    return (
        f"[chat transcript — console store support]\n"
        f"{L('PERSON', ag.first)} (agent): Hi, thanks for waiting. How can I help?\n"
        f"customer: my son {L('PERSON', kid.first)} is only {L('MINOR_AGE', kid.age)} and he spent £{rng.randint(60, 900)} on gems on the console overnight\n"
        f"customer: the account is {L('EMAIL_ADDRESS', par.email())}, gamertag {L('USERNAME', kid.username())}\n"
        f"customer: the card charged was {L('CREDIT_CARD', card)}, I want it removed from the console\n"
        f"{L('PERSON', ag.first)} (agent): Please don't share full card numbers here. Can you confirm the console serial?\n"
        f"customer: {L('DEVICE_ID', ids.serial(rng))} and it's on wifi at home {L('IP_ADDRESS', ids.ipv4_public(rng))} if that helps\n"
        f"{L('PERSON', ag.first)} (agent): Thank you, I've raised refund case RF-{ids.digits(rng, 7)} and turned on purchase PIN."
    )


TEMPLATES = [
    t_store_dispute,
    t_dhcp_table,
    t_mesh_json,
    t_telematics,
    t_babymonitor,
    t_toy_csv,
    t_wearable,
    t_parental_report,
    t_findmy,
    t_hub_kv,
    t_support_note,
    t_router_syslog,
    t_mdm_export,
    t_adsdk,
    t_health_device,
]
