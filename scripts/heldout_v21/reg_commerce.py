"""Register 1: commerce_courier."""

import ids
from common import (
    Doc,
    PER,
    USER,
    EMAIL,
    PHONE,
    ADDR,
    LOC,
    GEO,
    DOB,
    AGE,
    NID,
    USDL,
    CC,
    IBAN,
    BANK,
    ABA,
    IP,
    MAC,
    DEV,
    URL,
    CRED,
    PLATE,
    MED,
    CRIM,
    USPP,
    person,
    local_person,
    email_for,
    username,
    phone,
    spoken_phone,
    make_addr,
    addr_frag,
    fmt_date,
    recent,
    coords,
    money,
    CUR,
    upper,
)
from pools import CRIMES, COUNTRY_NAME

CCS = [
    "GB",
    "GB",
    "GB",
    "US",
    "US",
    "US",
    "DE",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "PL",
    "CA",
    "AU",
    "IN",
    "BR",
    "TR",
    "SE",
    "CH",
    "JP",
    "KR",
    "CN",
    "RU",
    "GR",
]
CARRIERS = [
    "DPD",
    "Evri",
    "Royal Mail Tracked 48",
    "DHL Paket",
    "UPS Standard",
    "FedEx International Economy",
    "Colissimo",
    "Chronopost",
    "PostNL",
    "InPost",
    "GLS",
    "Correos Express",
    "BRT",
    "Canada Post Xpresspost",
    "Australia Post",
    "Delhivery",
    "Yamato Transport",
    "CJ Logistics",
    "SF Express",
    "Aras Kargo",
    "PostNord",
    "Swiss Post",
    "Correios SEDEX",
]
MARKETS = [
    "Vinted",
    "eBay",
    "Etsy",
    "Wallapop",
    "Allegro",
    "Leboncoin",
    "Kleinanzeigen",
    "Marktplaats",
    "Depop",
    "Mercari",
]
ITEMS = [
    "Nintendo Switch OLED",
    "wool coat size M",
    "2x ceramic planters",
    "Dyson V8 battery",
    "vintage Levi's 501",
    "road bike helmet",
    "LEGO 10281 bonsai",
    "baby monitor",
    "iPhone 13 case + charger",
    "hiking boots EU 42",
    "air fryer 5.5L",
    "noise-cancelling headphones",
    "Pokémon card binder",
    "gaming chair",
    "kettle & toaster set",
]


def _cust(rng, cc=None):
    cc = cc or rng.choice(CCS)
    if cc == "RU":
        p = person(rng, "ru")
    elif cc == "GR":
        p = person(rng, "el")
    else:
        p = local_person(rng, cc)
    a = make_addr(rng, cc)
    return cc, p, a


def _name(rng, p, a=None, allow_native=True):
    r = rng.random()
    if allow_native and p.nfirst and (a is None or a.native) and r < 0.7:
        return p.native()
    if r < 0.15:
        return p.full().upper()
    if r < 0.22:
        return p.full().lower()
    if r < 0.3:
        return p.initial()
    return p.full()


def _trk(rng):
    return rng.choice(
        [
            "JD0002%s" % ids.d(rng, 12),
            "1Z%s%s" % (ids.letters(rng, 6, "0123456789ABCDEFGHJKLMNPRSTVWXYZ"), ids.d(rng, 10)),
            "%s%sGB" % (ids.letters(rng, 2), ids.d(rng, 9)),
            "H%s" % ids.d(rng, 15),
            ids.d(rng, 14),
            "SF%s" % ids.d(rng, 13),
        ]
    )


def _oid(rng):
    return rng.choice(
        [
            "ORD-%d-%s" % (rng.choice([2024, 2025]), ids.d(rng, 6)),
            "#%s" % ids.d(rng, 5),
            "%s-%s-%s" % (ids.d(rng, 3), ids.d(rng, 7), ids.d(rng, 7)),
            "SO%s" % ids.d(rng, 8),
        ]
    )


def _csv(v):
    if any(c in v for c in ',"\n'):
        return '"%s"' % v.replace('"', '""')
    return v


def order_csv(rng):
    d = Doc()
    hdr = rng.choice(
        [
            [
                "order_id",
                "created_at",
                "buyer_name",
                "buyer_email",
                "buyer_phone",
                "ship_line1",
                "ship_city",
                "ship_postcode",
                "ship_country",
                "total",
                "status",
            ],
            [
                "Order",
                "Date",
                "Customer",
                "Email",
                "Phone",
                "Address 1",
                "City",
                "Zip",
                "Country",
                "Amount",
                "Fulfilment",
            ],
        ]
    )
    sep = rng.choice([",", ",", ";"])
    d.t(sep.join(hdr) + "\n")
    for _ in range(rng.randint(3, 6)):
        cc, p, a = _cust(rng)
        when = recent(rng)
        row_start = True
        cells = [_oid(rng), fmt_date(when, "iso") + " %02d:%02d" % (rng.randint(6, 23), rng.randint(0, 59))]
        d.t(sep.join(cells) + sep)
        nm = _name(rng, p, a)
        if sep in nm or "," in nm:
            d.f('"{n}"' + sep, n=(nm, PER))
        else:
            d.f("{n}" + sep, n=(nm, PER))
        if rng.random() < 0.85:
            d.f("{e}" + sep, e=(email_for(rng, p, cc if cc in ("GB", "US", "DE", "FR") else "XX"), EMAIL))
        else:
            d.t(sep)
        d.f("{p}" + sep, p=(phone(rng, cc if cc not in ("CN",) else "CN"), PHONE))
        st = a.street
        if ", " in st and rng.random() < 0.5 and cc in ("GB", "AU", "FR", "CA", "US"):
            x, y = st.split(", ", 1)
            d.f('"{x}\n{y}"' + sep, x=(x, ADDR), y=(y, ADDR))
        elif "," in st or sep in st or '"' in st:
            d.f('"{s}"' + sep, s=(st, ADDR))
        else:
            d.f("{s}" + sep, s=(st, ADDR))
        if a.town:
            d.f("{c}" + sep, c=(a.town, LOC))
        else:
            d.t(sep)
        amt = money(rng, CUR.get(cc, "$"))
        d.t(
            a.postcode
            + sep
            + cc
            + sep
            + (amt.replace(",", ".") if sep == "," else amt)
            + sep
            + rng.choice(["shipped", "paid", "pending", "refunded", "label_printed"])
            + "\n"
        )
    return d


def order_json(rng):
    cc, p, a = _cust(rng)
    d = Doc()
    ind = "  "
    d.t('{\n%s"order": {\n' % ind)
    i2 = ind * 2
    i3 = ind * 3
    d.t(
        '%s"id": "%s",\n%s"placed_at": "%sT%02d:%02d:%02dZ",\n'
        % (i2, _oid(rng), i2, fmt_date(recent(rng), "iso"), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    )
    d.t('%s"buyer": {\n' % i2)
    d.f('%s"name": "{n}",\n' % i3, n=(_name(rng, p, a), PER))
    if rng.random() < 0.7:
        d.f('%s"username": "{u}",\n' % i3, u=(username(rng, p), USER))
    d.f('%s"email": "{e}",\n' % i3, e=(email_for(rng, p), EMAIL))
    d.f('%s"phone": "{ph}"\n%s},\n' % (i3, i2), ph=(phone(rng, cc), PHONE))
    d.t('%s"shipping_address": {\n' % i2)
    if ", " in a.street and rng.random() < 0.5 and a.cc in ("GB", "US", "AU", "CA"):
        x, y = a.street.split(", ", 1)
        d.f('%s"line1": "{x}",\n%s"line2": "{y}",\n' % (i3, i3), x=(x, ADDR), y=(y, ADDR))
    else:
        d.f('%s"line1": "{x}",\n' % i3, x=(a.street, ADDR))
    if a.district and a.cc in ("IN", "BR", "TR"):
        d.f('%s"district": "{x}",\n' % i3, x=(a.district, LOC))
    if a.town:
        d.f('%s"city": "{x}",\n' % i3, x=(a.town, LOC))
    if a.region and a.cc in ("US", "CA", "AU", "IN", "BR", "IT"):
        d.f('%s"region": "{x}",\n' % i3, x=(a.region, LOC))
    d.t('%s"postal_code": "%s",\n%s"country_code": "%s"\n%s},\n' % (i3, a.postcode, i3, cc, i2))
    d.t('%s"client": {\n' % i2)
    d.f('%s"ip": "{ip}",\n' % i3, ip=(ids.ipv4(rng) if rng.random() < 0.7 else ids.ipv6(rng), IP))
    d.f('%s"device_id": "{dv}",\n' % i3, dv=(ids.device_uuid(rng), DEV))
    d.t(
        '%s"user_agent": "%s"\n%s},\n'
        % (
            i3,
            rng.choice(
                [
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                    "Mozilla/5.0 (Linux; Android 14; SM-A546B)",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                ]
            ),
            i2,
        )
    )
    d.t(
        '%s"items": [{"sku": "%s", "title": "%s", "qty": %d}],\n'
        % (i2, ids.letters(rng, 3) + "-" + ids.d(rng, 5), rng.choice(ITEMS), rng.randint(1, 3))
    )
    if rng.random() < 0.4:
        d.f(
            '%s"gift_message": "Happy birthday {n}! love from {m}",\n' % i2,
            n=(person(rng, "en").first, PER),
            m=(p.first, PER),
        )
    d.t(
        '%s"carrier": "%s",\n%s"status": "%s"\n%s}\n}\n'
        % (
            i2,
            rng.choice(LOCAL_CARRIERS.get(cc, CARRIERS)),
            i2,
            rng.choice(["awaiting_pickup", "in_transit", "delivered"]),
            ind,
        )
    )
    return d


LOCAL_CARRIERS = {
    "GB": ["Royal Mail Tracked 48", "Evri", "DPD"],
    "US": ["UPS Ground", "USPS Priority Mail", "FedEx Home Delivery"],
    "DE": ["DHL Paket", "Hermes", "GLS"],
    "FR": ["Colissimo", "Chronopost", "Mondial Relay"],
    "ES": ["Correos Express", "SEUR"],
    "IT": ["BRT", "Poste Italiane", "SDA"],
    "NL": ["PostNL", "DHL eCommerce"],
    "PL": ["InPost", "DPD Polska"],
    "CA": ["Canada Post Xpresspost", "Purolator"],
    "AU": ["Australia Post", "StarTrack"],
    "IN": ["Delhivery", "Blue Dart"],
    "BR": ["Correios SEDEX", "Jadlog"],
    "TR": ["Aras Kargo", "Yurtiçi Kargo"],
    "SE": ["PostNord"],
    "CH": ["Swiss Post"],
    "JP": ["Yamato Transport", "Sagawa Express"],
    "KR": ["CJ Logistics", "Hanjin"],
    "CN": ["SF Express", "China Post EMS"],
    "RU": ["Почта России", "CDEK"],
    "GR": ["ELTA Courier", "ACS"],
}


def parcel_label(rng):
    cc, p, a = _cust(rng)
    d = Doc()
    d.t(
        "%s\n%s\n"
        % (
            rng.choice(LOCAL_CARRIERS.get(cc, CARRIERS) + ["DHL Express", "FedEx International Economy"]).upper(),
            rng.choice(["PARCEL", "SMALL PACKET", "EXPRESS", "ECONOMY"]),
        )
    )
    d.t("TRACKING: %s\n\n" % _trk(rng))
    d.t(rng.choice(["SHIP TO:\n", "DELIVER TO\n", "Recipient / Destinataire:\n", "TO:\n"]))
    up = rng.random() < 0.5 and not a.native
    d.f("{n}\n", n=(_name(rng, p, a) if not up else p.full().upper(), PER))
    d.add(addr_frag(a, block=True, country=rng.random() < 0.6, up=up, region=True))
    d.t("\n")
    if rng.random() < 0.85:
        d.f(rng.choice(["Tel: {ph}\n", "PHONE {ph}\n", "☎ {ph}\n", "Contact no. {ph}\n"]), ph=(phone(rng, cc), PHONE))
    if cc == "KR":
        d.f("개인통관고유부호 (PCCC): {x}\n", x=(ids.kr_pccc(rng), NID))
    elif cc == "CN" and rng.random() < 0.7:
        d.f("收件人身份证号: {x}\n", x=(ids.cn_ric(rng, ids.rand_date(rng, 1960, 2003), p.female), NID))
    elif cc == "BR":
        d.f("CPF do destinatário: {x}\n", x=(ids.br_cpf(rng), NID))
    elif cc == "TR" and rng.random() < 0.7:
        d.f("Alıcı TCKN: {x}\n", x=(ids.tr_tckimlik(rng), NID))
    d.t("\nFROM:\n")
    if rng.random() < 0.55:
        scc, sp, sa = _cust(rng, rng.choice(["GB", "DE", "FR", "NL", "PL", "ES", "IT", "US"]))
        d.f("{n}\n", n=(sp.full(), PER))
        d.add(addr_frag(sa, block=True, country=True))
        d.t("\n")
        if rng.random() < 0.5:
            d.f("{ph}\n", ph=(phone(rng, scc), PHONE))
    else:
        sa = make_addr(rng, rng.choice(["GB", "DE", "NL", "PL", "US"]))
        d.f(
            "%s Fulfilment Centre, {t}\n" % rng.choice(["Northgate", "Brightbox", "Kestrel", "ParcelNest", "Orbit"]),
            t=(sa.town, LOC),
        )
    d.t("\nWeight: %.2f kg   Pieces: 1/1   Ref: %s\n" % (rng.uniform(0.1, 14), _oid(rng)))
    if cc not in ("GB",) and rng.random() < 0.5:
        d.t(
            "CN22 Contents: %s  Value: %s  Reason: %s\n"
            % (rng.choice(ITEMS), money(rng, "€"), rng.choice(["sale of goods", "gift", "returned goods"]))
        )
    return d


_STOP_NOTES = [
    "no answer, card left",
    "left in porch",
    "safe place: behind green bin",
    "handed to recipient",
    "refused - wrong item",
    "left with reception",
    "dog loose in garden, did not enter",
    "photo taken at door",
    "parcel too big for letterbox, took back to depot",
]


def driver_notes(rng):
    cc = rng.choice(["GB", "GB", "GB", "US", "DE", "NL", "FR", "AU", "CA", "PL"])
    d = Doc()
    drv = local_person(rng, cc)
    dt = recent(rng)
    d.f(
        "Route {r} — {date} — driver {n} — van {pl}\n",
        r="%s-%02d" % (ids.letters(rng, 3), rng.randint(1, 40)),
        date=fmt_date(dt, "dmy" if cc != "US" else "mdy"),
        n=(rng.choice([drv.full(), drv.first, drv.initial()]), PER),
        pl=(ids.plate(rng, cc), PLATE),
    )
    home = make_addr(rng, cc)
    for i in range(rng.randint(4, 7)):
        a = _same_town(rng, home)
        p = local_person(rng, cc)
        if i == 0 or rng.random() < 0.3:
            d.f("Stop {i}: {s}, {t} — ", i=str(i + 1), s=(a.street, ADDR), t=(a.town, LOC))
        else:
            d.f("Stop {i}: {s} — ", i=str(i + 1), s=(a.street, ADDR))
        k = rng.randint(0, 9)
        if k == 0:
            nb = _same_town(rng, home)
            np_ = local_person(rng, cc)
            d.f(
                "left with neighbour at {s} ({n})",
                s=(nb.street, ADDR),
                n=(rng.choice([np_.full(), np_.last, np_.first]), PER),
            )
        elif k == 1:
            d.f("gate code {c}, leave inside gate", c=(ids.door_code(rng), CRED))
        elif k == 2:
            d.f("cust asked to ring {ph} 10 min before", ph=(phone(rng, cc, mobile_only=True), PHONE))
        elif k == 3:
            d.f("signed by {n}", n=(rng.choice([p.full().upper(), p.last, p.first + " " + p.last[0]]), PER))
        elif k == 4:
            d.f(
                "customer is {m}, knock loudly / text {ph} don't call",
                m=(rng.choice(["deaf", "hard of hearing"]), MED),
                ph=(phone(rng, cc, mobile_only=True), PHONE),
            )
        elif k == 5:
            d.f("pin on map wrong, real drop point {g}", g=(coords(rng, a.lat, a.lon), GEO))
        elif k == 6:
            d.f("keysafe by back door, code {c}", c=(ids.pin(rng, 4), CRED))
        elif k == 7:
            d.f("{n} said leave with her mum next door", n=(p.first, PER))
        else:
            d.t(rng.choice(_STOP_NOTES))
        d.t("\n")
    if rng.random() < 0.5:
        d.t(
            rng.choice(["Fuel 3/4. ", "Van scraped at depot gate (not me). ", "Tyre pressure light on again. "])
            + "Returned %d parcels.\n" % rng.randint(0, 6)
        )
    return d


def _same_town(rng, home):
    for _ in range(300):
        a = make_addr(rng, home.cc)
        if a.town == home.town:
            return a
    a.town, a.region, a.postcode, a.lat, a.lon = home.town, home.region, home.postcode, home.lat, home.lon
    return a


def pod_log(rng):
    cc = rng.choice(["GB", "US", "DE", "FR", "NL", "AU", "CA", "ES", "IT", "PL"])
    d = Doc()
    d.t(
        rng.choice(
            [
                "timestamp | tracking | status | received_by | gps | device\n",
                "TIME\tPARCEL\tEVENT\tSIGNATORY\tLAT,LON\tSCANNER\n",
            ]
        )
    )
    tab = "\t" in "".join(d.parts)
    sep = "\t" if tab else " | "
    dt = recent(rng)
    home = make_addr(rng, cc)
    dev = ids.imei(rng, sep="") if rng.random() < 0.5 else ids.device_uuid(rng, upper=False)
    for _ in range(rng.randint(3, 6)):
        a = _same_town(rng, home)
        p = local_person(rng, cc)
        ev = rng.choice(["DELIVERED", "DELIVERED", "DELIVERED_SAFEPLACE", "DELIVERED_NEIGHBOUR", "ATTEMPTED"])
        d.t(
            "%s %02d:%02d%s%s%s%s%s"
            % (fmt_date(dt, "iso"), rng.randint(8, 20), rng.randint(0, 59), sep, _trk(rng), sep, ev, sep)
        )
        if ev == "ATTEMPTED":
            d.t("-")
        elif ev == "DELIVERED_SAFEPLACE":
            d.t(rng.choice(["porch", "shed", "behind bins", "garage"]))
        else:
            d.f("{n}", n=(rng.choice([p.full().upper(), p.last.upper(), p.first, p.initial()]), PER))
        d.f(
            sep + "{g}" + sep + "{dv}\n",
            g=(coords(rng, a.lat, a.lon, style=rng.choice(["dec", "dec_nospace"])), GEO),
            dv=(dev, DEV),
        )
    if rng.random() < 0.5:
        drv = local_person(rng, cc)
        d.f("-- shift closed by {n}, handset {dv}\n", n=(drv.full(), PER), dv=(dev, DEV))
    return d


def fraud_review(rng):
    cc, p, a = _cust(rng, rng.choice(["GB", "US", "DE", "FR", "ES", "PL", "NL", "IT", "CA"]))
    d = Doc()
    u1 = username(rng, p)
    d.t(
        "TRUST & SAFETY — CASE TS-%s\nQueue: %s  Priority: %s\n\n"
        % (
            ids.d(rng, 6),
            rng.choice(["seller_risk", "account_takeover", "triangulation_fraud", "refund_abuse"]),
            rng.choice(["P1", "P2", "P3"]),
        )
    )
    d.f("Account: {u} (uid {uid})\n", u=(u1, USER), uid=ids.d(rng, 9))
    d.f("Verified name: {n}\n", n=(p.full(), PER))
    if rng.random() < 0.6:
        dob = ids.rand_date(rng, 1965, 2004)
        d.f("DOB on ID: {b}\n", b=(fmt_date(dob, "iso"), DOB))
    e1, e2 = email_for(rng, p, cc), email_for(rng, p)
    d.f("Emails: {a}; {b} (added 3 days before payout change)\n", a=(e1, EMAIL), b=(e2, EMAIL))
    d.f("Phone: {ph}\n", ph=(phone(rng, cc), PHONE))
    d.t("Login IPs (30d): ")
    ipl = [ids.ipv4(rng) for _ in range(rng.randint(1, 3))] + ([ids.ipv6(rng)] if rng.random() < 0.5 else [])
    for i, ip in enumerate(ipl):
        if i:
            d.t(", ")
        d.e(ip, IP)
    d.t("\n")
    d.f("Devices: {a}", a=(ids.device_uuid(rng), DEV))
    if rng.random() < 0.5:
        d.f(", {b}", b=(ids.android_id(rng), DEV))
    if rng.random() < 0.6:
        d.f("; wifi MAC seen {m}", m=(ids.mac(rng), MAC))
    d.t("\n")
    d.t("Linked accounts (shared device): ")
    for i in range(rng.randint(1, 3)):
        if i:
            d.t(", ")
        d.e(username(rng), USER)
    d.t("\n")
    if cc in ("US",):
        d.f("Payout: ACH routing {r} acct {b}\n", r=(ids.aba(rng), ABA), b=(ids.us_bank_account(rng), BANK))
    else:
        d.f(
            "Payout IBAN changed to {i}\n",
            i=(
                ids.iban(
                    rng,
                    cc if cc in ("GB", "DE", "FR", "ES", "PL", "NL", "IT") else rng.choice(["DE", "GB", "BE", "IE"]),
                ),
                IBAN,
            ),
        )
    d.f(
        "Address on file: ",
    )
    d.add(addr_frag(a))
    d.t("\n\nNotes:\n")
    b = person(rng, rng.choice(["en", "de", "fr", "es", "pl"]))
    bu = username(rng, b)
    d.f(
        "- buyer {bu} ({bn}) says the {it} never arrived; tracking shows delivered to a different postcode.\n",
        bu=(bu, USER),
        bn=(b.first, PER),
        it=rng.choice(ITEMS),
    )
    if rng.random() < 0.5:
        d.f(
            "- seller disclosed a {c} on the KYC call; policy allows selling, no action on that basis.\n",
            c=(rng.choice(CRIMES), CRIM),
        )
    if rng.random() < 0.5:
        d.f("- same card used on 4 accounts: {c}\n", c=(ids.credit_card(rng), CC))
    d.t(
        rng.choice(
            [
                "Decision: hold payouts 14 days, request proof of postage.\n",
                "Decision: suspend, refund buyers.\n",
                "Decision: no violation, close.\n",
            ]
        )
    )
    ag = person(rng, "en")
    d.f("Reviewed by {n}\n", n=(ag.first + " " + ag.last[0] + ".", PER))
    return d


def chargeback(rng):
    cc, p, a = _cust(rng, rng.choice(["US", "US", "GB", "CA", "AU", "DE", "FR"]))
    d = Doc()
    brand = rng.choice(["Visa", "Mastercard", "Amex"])
    d.t(
        "Chargeback representment — %s\nReason code: %s\nDispute ID: %s\n\n"
        % (
            brand,
            rng.choice(
                [
                    "13.1 Merchandise/Services Not Received",
                    "4853 Cardholder Dispute",
                    "10.4 Other Fraud – Card-Absent",
                    "4837 No Cardholder Authorization",
                ]
            ),
            ids.d(rng, 12),
        )
    )
    d.f("Cardholder: {n}\n", n=(p.full().upper() if rng.random() < 0.5 else p.full(), PER))
    if rng.random() < 0.5:
        d.f(
            "Card number: {c}\n",
            c=(
                ids.credit_card(
                    rng,
                    brand={"Visa": "visa", "Mastercard": rng.choice(["mc", "mc2"]), "Amex": "amex"}[brand],
                    sep=rng.choice([" ", ""]),
                ),
                CC,
            ),
        )
    else:
        d.t("Card: %s ending %s\n" % (brand, ids.d(rng, 4)))
    d.t("Order: %s placed %s\n" % (_oid(rng), fmt_date(recent(rng), "long")))
    d.t("Billing address: ")
    d.add(addr_frag(a))
    d.t("\nShipping address: ")
    if rng.random() < 0.6:
        d.t("same as billing\n")
    else:
        a2 = make_addr(rng, cc)
        d.add(addr_frag(a2))
        d.t("\n")
    d.f("Email used: {e}\nPhone: {ph}\n", e=(email_for(rng, p), EMAIL), ph=(phone(rng, cc), PHONE))
    d.f("Checkout IP: {ip} (geolocates to {t})\n", ip=(ids.ipv4(rng), IP), t=(a.town, LOC))
    d.f("Device ID: {dv}\n\n", dv=(ids.device_uuid(rng), DEV))
    d.t(
        "Evidence: carrier scan shows delivery on %s at %02d:%02d"
        % (fmt_date(recent(rng), "short"), rng.randint(8, 20), rng.randint(0, 59))
    )
    d.f(", GPS {g}", g=(coords(rng, a.lat, a.lon), GEO))
    s = p if rng.random() < 0.6 else local_person(rng, cc)
    d.f(', signed "{n}". ', n=(s.last.upper() if rng.random() < 0.5 else s.full(), PER))
    d.t(
        "The customer has ordered from us %d times before with the same address and device and left a 5-star review on the previous order.\n"
        % rng.randint(2, 9)
    )
    ag = person(rng, "en")
    d.f("\nSubmitted by {n}, Disputes team\n", n=(ag.full(), PER))
    return d


def returns_form(rng):
    cc, p, a = _cust(rng, rng.choice(["GB", "GB", "DE", "FR", "NL", "ES", "IT", "US", "US", "PL"]))
    d = Doc()
    d.t(
        {
            "DE": "Retourenanmeldung / Return form",
            "FR": "Demande de retour / Return form",
            "ES": "Solicitud de devolución / Return form",
            "IT": "Richiesta di reso / Return form",
            "NL": "Retourformulier / Return form",
            "PL": "Formularz zwrotu / Return form",
        }.get(cc, rng.choice(["RETURN REQUEST", "RMA form"]))
        + " — RMA%s\n" % ids.d(rng, 7)
    )
    d.f(
        "Name: {n}\nEmail: {e}\nPhone: {ph}\n",
        n=(p.full(), PER),
        e=(email_for(rng, p, cc), EMAIL),
        ph=(phone(rng, cc), PHONE),
    )
    d.t("Collection address: ")
    d.add(addr_frag(a))
    d.t(
        "\nItem(s): %s\nReason: %s\n"
        % (
            rng.choice(ITEMS),
            rng.choice(["arrived damaged", "wrong size", "not as described", "changed my mind", "missing parts"]),
        )
    )
    if cc == "US":
        d.f(
            "Refund to: checking account {b}, routing {r} (account holder {n})\n",
            b=(ids.us_bank_account(rng), BANK),
            r=(ids.aba(rng), ABA),
            n=(p.full(), PER),
        )
    elif rng.random() < 0.7:
        d.f(
            "Refund to IBAN: {i}  Account holder: {n}\n",
            i=(ids.iban(rng, cc if cc in ("GB", "DE", "FR", "NL", "ES", "IT", "PL") else "DE"), IBAN),
            n=(p.full().upper(), PER),
        )
    else:
        d.f("Refund to original card {c}\n", c=(ids.credit_card(rng), CC))
    if rng.random() < 0.4:
        d.t("Comments: ")
        d.f(
            rng.choice(
                [
                    "Please collect after 3pm, my partner {n} will be home.",
                    "Courier can call {ph}, the doorbell is broken.",
                    "I'm registered {m} so please give me time to get to the door.",
                ]
            ),
            n=(person(rng, rng.choice(["en", "de", "fr", "nl"])).first, PER),
            ph=(phone(rng, cc, mobile_only=True), PHONE),
            m=(rng.choice(["blind", "partially sighted"]), MED),
        )
        d.t("\n")
    return d


def cs_chat(rng):
    cc, p, a = _cust(rng, rng.choice(["GB", "GB", "US", "CA", "AU", "IN"]))
    d = Doc()
    ag = person(rng, rng.choice(["en", "en", "hi", "ta"]))
    an = ag.first
    h, m = rng.randint(8, 20), rng.randint(0, 50)

    def ts():
        nonlocal m
        m += rng.randint(0, 2)
        return "[%02d:%02d]" % (h, m % 60)

    cn = p.first
    d.f("{t} {a} (agent): Hi, you're chatting with {a2}. How can I help?\n", t=ts(), a=(an, PER), a2=(an, PER))
    d.f("{t} {c}: hi my parcel says delivered but its not here?? order {o}\n", t=ts(), c=(cn, PER), o=_oid(rng))
    d.f("{t} {a}: Sorry to hear that. Can you confirm the delivery address and postcode please?\n", t=ts(), a=(an, PER))
    d.f("{t} {c}: ", t=ts(), c=(cn, PER))
    sa = a.street.lower() if rng.random() < 0.4 else a.street
    d.f("{s} {pc}", s=(sa, ADDR), pc=a.postcode.lower() if rng.random() < 0.3 else a.postcode)
    if a.town:
        d.f(" in {t}", t=(a.town, LOC))
    d.t("\n")
    d.f(
        "{t} {a}: Thanks. The driver's photo shows a green door with a number %d — is that yours?\n"
        % rng.randint(2, 90),
        t=ts(),
        a=(an, PER),
    )
    d.f(
        "{t} {c}: no ours is blue. maybe its at {nb}? {nn} there is always getting our stuff\n",
        t=ts(),
        c=(cn, PER),
        nb=(make_addr(rng, cc).street, ADDR),
        nn=(local_person(rng, cc).last, PER),
    )
    d.f("{t} {a}: I've raised a trace. What's the best number for the driver to call?\n", t=ts(), a=(an, PER))
    ph = phone(rng, cc, mobile_only=True)
    if cc == "GB" and rng.random() < 0.5:
        ph = spoken_phone(rng, ph)
    d.f("{t} {c}: {ph}", t=ts(), c=(cn, PER), ph=(ph, PHONE))
    if rng.random() < 0.5:
        d.f(" or email {e}", e=(email_for(rng, p, cc, obfuscate=rng.random() < 0.5), EMAIL))
    d.t("\n")
    if rng.random() < 0.4:
        d.f(
            "{t} {c}: also pls text dont call, I'm {m}\n",
            t=ts(),
            c=(cn, PER),
            m=(rng.choice(["deaf", "autistic and phone calls are hard", "on a ward in hospital"]), MED),
        )
    if rng.random() < 0.35:
        d.f(
            "{t} {a}: For the wine in your order we also need to confirm your date of birth.\n{t2} {c}: {b}\n",
            t=ts(),
            a=(an, PER),
            t2=ts(),
            c=(cn, PER),
            b=(
                fmt_date(
                    ids.rand_date(rng, 1960, 2003),
                    rng.choice(["dmy", "long", "dmy-"] if cc != "US" else ["mdy", "us_long"]),
                ),
                DOB,
            ),
        )
    d.f(
        "{t} {a}: All done — reference %s. Anything else today?\n{t2} {c}: no thanks x\n" % ids.d(rng, 8),
        t=ts(),
        a=(an, PER),
        t2=ts(),
        c=(cn, PER),
    )
    return d


def reviews(rng):
    d = Doc()
    mk = rng.choice(MARKETS)
    sp = person(rng, rng.choice(["en", "de", "fr", "es", "pl", "nl", "it"]))
    su = username(rng, sp)
    d.f("%s — seller profile: {u}\n" % mk, u=(su, USER))
    if rng.random() < 0.6:
        slug = {
            "Vinted": "https://www.vinted.co.uk/member/%s-%s" % (ids.d(rng, 8), su),
            "eBay": "https://www.ebay.co.uk/usr/%s" % su,
            "Etsy": "https://www.etsy.com/people/%s" % su,
            "Depop": "https://www.depop.com/%s/" % su,
        }.get(mk, "https://www.%s.com/u/%s" % (mk.lower(), su))
        d.f("{l}\n", l=(slug, URL))
    cc = rng.choice(["GB", "DE", "FR", "ES", "PL", "NL", "IT", "US"])
    d.f(
        "Based in {t} · member since 2019 · %d reviews\n\n" % rng.randint(12, 900),
        t=(make_addr(rng, cc).town if cc not in ("JP",) else "", LOC),
    )
    for _ in range(rng.randint(3, 5)):
        bp = local_person(rng, cc)
        bu = username(rng, bp if rng.random() < 0.5 else None)
        stars = rng.randint(1, 5)
        d.f("{s} {u}", s="★" * stars + "☆" * (5 - stars), u=(bu, USER))
        if rng.random() < 0.4:
            d.f(" ({t})", t=(make_addr(rng, cc).town, LOC))
        d.t(": ")
        k = rng.choice([0, 2, 3]) if stars >= 4 else rng.choice([1, 4, 5]) if stars <= 2 else rng.choice([3, 5])
        if k == 0:
            d.t("fast postage, exactly as described, would buy again\n")
        elif k == 1:
            d.f("item never came and {n} blocked me after I asked for tracking. avoid!!\n", n=(sp.first, PER))
        elif k == 2:
            d.f("Lovely seller, {n} even added a handwritten note :)\n", n=(sp.first, PER))
        elif k == 3:
            d.f("parcel went to my old address on {s}, my fault not sellers\n", s=(make_addr(rng, cc).street, ADDR))
        elif k == 4:
            d.f(
                "seller asked me to pay outside the app to {e} — reported\n",
                e=(email_for(rng, sp, obfuscate=rng.random() < 0.5), EMAIL),
            )
        else:
            d.f("smelled of smoke. seller {n} refunded half, fair enough\n", n=(sp.full(), PER))
        if stars <= 3 and rng.random() < 0.4:
            d.f("  ↳ Seller reply: Sorry {n}, refunded in full.\n", n=(bp.first, PER))
        elif stars >= 4 and rng.random() < 0.3:
            d.f("  ↳ Seller reply: Thanks {n}! x\n", n=(bp.first, PER))
    return d


def age_check(rng):
    cc = rng.choice(["US", "US", "GB", "ES", "DE", "CA", "AU"])
    d = Doc()
    d.t(
        "%s — age-restricted delivery log — depot %s\n"
        % (rng.choice(["Drinkly", "CellarDrop", "BladeBox", "VapeDirect"]), ids.letters(rng, 3))
    )
    for _ in range(rng.randint(2, 4)):
        p = local_person(rng, cc)
        a = make_addr(rng, cc)
        age = rng.randint(19, 70)
        dob = ids.dob_for_age(rng, age)
        d.f("- {n}, ", n=(p.full(), PER))
        d.add(addr_frag(a))
        d.t(": ")
        if cc == "US" and rng.random() < 0.3:
            d.f("ID US passport {x}, DOB {b}", x=(ids.us_passport(rng), USPP), b=(fmt_date(dob, "mdy"), DOB))
        elif cc == "US":
            st, num = ids.us_dl(rng, a.region if a.region in ids.US_STATES else None)
            d.f("ID {st} DL {x}, DOB {b}", st=st, x=(num, USDL), b=(fmt_date(dob, "mdy"), DOB))
        elif cc == "GB":
            if rng.random() < 0.5:
                d.f("ID passport {x}, DOB {b}", x=(ids.passport(rng, "GB"), NID), b=(fmt_date(dob, "dmy"), DOB))
            else:
                d.f("ID driving licence, DOB {b}", b=(fmt_date(dob, "dmy"), DOB))
        elif cc == "ES":
            d.f(
                "DNI {x}, nacido {b}",
                x=(ids.es_dni(rng) if rng.random() < 0.7 else ids.es_nie(rng), NID),
                b=(fmt_date(dob, "dmy"), DOB),
            )
        elif cc == "DE":
            d.f("Personalausweis {x}, geb. {b}", x=(ids.passport(rng, "DE"), NID), b=(fmt_date(dob, "de"), DOB))
        elif cc == "CA":
            d.f("ID photo card, DOB {b}", b=(fmt_date(dob, "iso"), DOB))
        else:
            d.f("ID passport {x}, DOB {b}", x=(ids.passport(rng, "AU"), NID), b=(fmt_date(dob, "dmy"), DOB))
        r = rng.random()
        if r < 0.4:
            d.f(" — looked about {g}, ID checked", g=(str(max(20, age + rng.randint(-6, 6))), AGE))
        elif r < 0.6:
            d.t(" — REFUSED, ID expired")
        d.t("\n")
    drv = local_person(rng, cc)
    d.f("Driver: {n} / vehicle {pl}\n", n=(drv.full(), PER), pl=(ids.plate(rng, cc), PLATE))
    return d


def locker_sms(rng):
    cc = rng.choice(["PL", "GB", "DE", "FR", "ES", "IT", "NL", "SE"])
    d = Doc()
    for _ in range(rng.randint(2, 4)):
        p = local_person(rng, cc)
        ph = phone(rng, cc, mobile_only=True)
        code = ids.pin(rng, 6)
        d.f("To {ph}: ", ph=(ph, PHONE))
        k = rng.randint(0, 3)
        lt = make_addr(rng, cc).town
        k = {"PL": 4, "DE": 1, "FR": 2}.get(cc, 0) if k < 3 else k
        if k == 4:
            d.f(
                "{n}, Twoja paczka czeka w Paczkomacie {lk} ({t}). Kod odbioru: {c}. Masz 48h.\n",
                n=(p.first, PER),
                lk="%s%s%s" % (ids.letters(rng, 3), ids.d(rng, 2), ids.letters(rng, 1)),
                t=(lt, LOC),
                c=(code, CRED),
            )
        elif k == 0:
            d.f(
                "Hi {n}, your parcel is in locker {lk} at {t} station. Collection code {c}. Don't share this code.\n",
                n=(p.first, PER),
                lk=ids.d(rng, 3),
                t=(lt, LOC),
                c=(code, CRED),
            )
        elif k == 1:
            d.f(
                "Hallo {n}! Dein Paket liegt in der Packstation {lk}, {t}. Abholcode: {c}\n",
                n=(p.full(), PER),
                lk=ids.d(rng, 3),
                t=(lt, LOC),
                c=(code, CRED),
            )
        elif k == 2:
            d.f(
                "Bonjour {n}, votre colis est disponible au casier {lk} ({t}). Code de retrait : {c}\n",
                n=(p.first, PER),
                lk=ids.d(rng, 4),
                t=(lt, LOC),
                c=(code, CRED),
            )
        else:
            d.f(
                "{n} - parcel {tr} delivered to your safe place. Reply STOP to opt out.\n",
                n=(p.first.upper(), PER),
                tr=_trk(rng),
            )
    return d


def customs_hold(rng):
    cc, p, a = _cust(rng, rng.choice(["KR", "CN", "BR", "TR", "IN", "JP", "US", "GB"]))
    d = Doc()
    d.t("Customs hold notice — shipment %s\n" % _trk(rng))
    d.f("Consignee: {n}\n", n=(_name(rng, p, a), PER))
    d.t("Delivery address: ")
    d.add(addr_frag(a))
    d.t("\n")
    d.f("Consignee phone: {ph}\n", ph=(phone(rng, cc), PHONE))
    d.t(
        "Status: held pending %s\n"
        % rng.choice(["importer ID", "duty payment", "commercial invoice", "proof of value"])
    )
    if cc == "KR":
        d.f("Provided PCCC: {x}\n", x=(ids.kr_pccc(rng), NID))
    elif cc == "CN":
        d.f(
            "Resident ID supplied by consignee: {x}\n",
            x=(ids.cn_ric(rng, ids.rand_date(rng, 1965, 2004), p.female), NID),
        )
    elif cc == "BR":
        d.f("CPF: {x}\n", x=(ids.br_cpf(rng), NID))
    elif cc == "TR":
        d.f("T.C. Kimlik No: {x}\n", x=(ids.tr_tckimlik(rng), NID))
    elif cc == "IN":
        d.f("KYC: PAN {x}", x=(ids.in_pan(rng, p.last), NID))
        if rng.random() < 0.5:
            d.f(" / Aadhaar {y}", y=(ids.aadhaar(rng), NID))
        d.t("\n")
    elif cc == "JP":
        d.f("Passport no. (personal import): {x}\n", x=(ids.passport(rng, "JP"), NID))
    elif cc == "US":
        if rng.random() < 0.5:
            d.f("Importer: personal, SSN supplied in full {x} (please redact on file)\n", x=(ids.ssn(rng), "US_SSN"))
        else:
            d.f("Importer ID: US passport {x}\n", x=(ids.us_passport(rng), USPP))
    else:
        d.f("EORI not applicable, private individual; passport {x}\n", x=(ids.passport(rng, "GB"), NID))
    d.t("Duty due: %s. Pay within 20 days or the item is returned to sender.\n" % money(rng, CUR.get(cc, "$"), 5, 90))
    if rng.random() < 0.5:
        d.f(
            "Broker note: consignee emailed from {e}, says item is a gift from {s}.\n",
            e=(email_for(rng, p), EMAIL),
            s=(person(rng, rng.choice(["en", "de", "fr"])).full(), PER),
        )
    return d


def seller_payout(rng):
    cc = rng.choice(["US", "US", "US", "GB", "DE", "FR", "ES", "IT", "NL", "PL"])
    p = local_person(rng, cc)
    a = make_addr(rng, cc)
    d = Doc()
    mk = rng.choice(
        {
            "US": ["eBay", "Etsy", "Depop", "Mercari"],
            "GB": ["eBay", "Vinted", "Depop", "Etsy"],
            "DE": ["Kleinanzeigen", "eBay", "Vinted"],
            "FR": ["Leboncoin", "Vinted"],
            "ES": ["Wallapop", "Vinted"],
            "IT": ["Vinted", "eBay", "Subito"],
            "NL": ["Marktplaats", "Vinted"],
            "PL": ["Allegro", "Vinted", "OLX"],
        }[cc]
    )
    d.t("%s — seller payout & tax details (KYC)\nSubmitted %s via seller app\n\n" % (mk, fmt_date(recent(rng), "iso")))
    d.f(
        "Shop / username: {u}\nLegal name: {n}\nDate of birth: {b}\n",
        u=(username(rng, p), USER),
        n=(p.full(), PER),
        b=(fmt_date(ids.rand_date(rng, 1958, 2005), "mdy" if cc == "US" else "dmy"), DOB),
    )
    d.t("Address: ")
    d.add(addr_frag(a))
    d.f("\nEmail: {e}   Phone: {ph}\n", e=(email_for(rng, p, cc), EMAIL), ph=(phone(rng, cc), PHONE))
    if cc == "US":
        if rng.random() < 0.55:
            d.f("Taxpayer ID (1099-K): SSN {x}\n", x=(ids.ssn(rng), "US_SSN"))
        else:
            d.f("Taxpayer ID (1099-K): ITIN {x}\n", x=(ids.itin(rng), "US_ITIN"))
        d.f("Payout account: routing {r} / checking {b}\n", r=(ids.aba(rng), ABA), b=(ids.us_bank_account(rng), BANK))
        if rng.random() < 0.5:
            d.f("Identity document: US passport {x}\n", x=(ids.us_passport(rng), USPP))
        else:
            st, num = ids.us_dl(rng, a.region if a.region in ids.US_STATES else None)
            d.f("Identity document: driver license {st} {x}\n", st=st, x=(num, USDL))
    else:
        dob = ids.rand_date(rng, 1960, 2004)
        tid = {
            "GB": ("National Insurance number", lambda: ids.uk_nino(rng)),
            "DE": ("Steuer-ID", lambda: ids.de_steuer_id(rng)),
            "FR": ("NIR", lambda: ids.fr_nir(rng, dob, p.female)),
            "ES": ("DNI/NIE", lambda: rng.choice([ids.es_dni(rng), ids.es_nie(rng)])),
            "IT": ("Codice fiscale", lambda: ids.it_codice_fiscale(rng, p.first, p.last, dob, p.female)),
            "NL": ("BSN", lambda: ids.nl_bsn(rng)),
            "PL": ("PESEL", lambda: ids.pl_pesel(rng, dob, p.female)),
        }[cc]
        d.f("%s (DAC7 reporting): {x}\n" % tid[0], x=(tid[1](), NID))
        d.f("Payout IBAN: {i}\n", i=(ids.iban(rng, cc), IBAN))
    if rng.random() < 0.5:
        d.f("Card for seller fees: {c}\n", c=(ids.credit_card(rng), CC))
    d.f("Verification selfie device: {dv}, IP {ip}\n", dv=(ids.device_uuid(rng), DEV), ip=(ids.ipv4(rng), IP))
    d.t("Status: %s\n" % rng.choice(["verified", "pending document review", "mismatch — name on bank account differs"]))
    return d


TEMPLATES = [
    seller_payout,
    order_csv,
    order_json,
    parcel_label,
    driver_notes,
    pod_log,
    fraud_review,
    chargeback,
    returns_form,
    cs_chat,
    reviews,
    age_check,
    locker_sms,
    customs_hold,
]
