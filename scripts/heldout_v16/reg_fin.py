"""Register 3: financial_intel_reports."""

from __future__ import annotations

import core
from core import B, L, pick, digits, letters
import people as P
from pools import CULT

EU = [
    ("gb", "GB"),
    ("de", "DE"),
    ("fr", "FR"),
    ("nl", "NL"),
    ("es", "ES"),
    ("it", "IT"),
    ("pl", "PL"),
    ("ro", "RO"),
    ("ie", "IE"),
    ("ch", "CH"),
    ("at", "AT"),
    ("be", "BE"),
    ("se", "SE"),
    ("pt", "PT"),
    ("tr", "TR"),
]
MERCHANTS = [
    "STEAMGAMES.COM 4259522",
    "PAYSAFECARD*VOUCHER",
    "VID-STREAM PREMIUM",
    "GIFTCARD MALL",
    "TELEGRAM PREMIUM",
    "CAM4FANS*SUBSCR",
    "XSOLLA *ROBLOX",
    "G2A.COM",
    "BITREFILL",
    "ONLYFANS.COM",
    "APPLE.COM/BILL",
    "GOOGLE *Play",
    "MONEYGRAM ONLINE",
    "SKRILL*TOPUP",
    "VPN-SECURE.NET",
    "DISCORD NITRO",
]


def _bc1(rng):
    return "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))


def _eth(rng):
    return "0x" + core.hexs(rng, 40)


def _idoc(rng, cult, d):
    nid = CULT[cult].get("nid")
    if nid and rng.random() < 0.75:
        sch, v = core.national_id(rng, nid, dob=d)
        return sch, v, "NATIONAL_ID"
    return "Passport", letters(rng, 2) + digits(rng, 7), "NATIONAL_ID"


def _kyc(rng, b, cast, cult, title="KYC PROFILE"):
    p = cast.person(cult)
    d = P.dob(rng, 1958, 2005)
    style = {"us": "us", "de": "de", "at": "de", "ch": "de", "fr": "fr", "be": "fr"}.get(cult, pick(rng, ["uk", "iso"]))
    a, tn = P.address(rng, cult)
    b.f(
        "§\nName: §\nDate of birth: §\nAddress: §\n",
        title,
        L(p.full, "PERSON"),
        L(P.fmt_date(rng, d, style), "DATE_OF_BIRTH"),
        L(a, "STREET_ADDRESS"),
    )
    if cult == "us":
        b.f("SSN: §\n", L(core.ssn(rng), "US_SSN") if rng.random() < 0.7 else L(core.itin(rng), "US_ITIN"))
        if rng.random() < 0.5:
            s, dl = core.us_dl(rng)
            b.f("ID document: § driver license §\n", s, L(dl, "US_DRIVER_LICENSE"))
        else:
            b.f("ID document: US passport §\n", L(core.us_passport(rng), "US_PASSPORT"))
    else:
        sch, v, lab = _idoc(rng, cult, d)
        b.f("ID document: § §\n", sch, L(v, lab))
    b.f(
        "Phone: §\nE-mail: §\n",
        L(core.phone(rng, CULT[cult]["region"]), "PHONE_NUMBER"),
        L(P.email_for(rng, p), "EMAIL_ADDRESS"),
    )
    return p, d, tn


def t_sar_uk(rng):
    cult, cc = pick(rng, EU[:9])
    cast = P.Cast(rng)
    b = B()
    mlro = cast.person("gb")
    b.f(
        "SUSPICIOUS ACTIVITY REPORT — Glossary code XXCHEXX\nReporter: Financial Crime Unit, MLRO § \nInternal ref: SAR-§-§\n\n",
        L(mlro.full, "PERSON"),
        rng.randrange(2024, 2026),
        digits(rng, 6),
    )
    p, d, tn = _kyc(rng, b, cast, cult, "SUBJECT 1")
    b.f("Account: §\n", L(core.iban(rng, cc), "IBAN_CODE"))
    b.f(
        "Occupation: §; customer since 20§\n\n",
        pick(rng, ["warehouse operative", "youth worker", "IT contractor", "student", "self-employed photographer"]),
        rng.randrange(10, 24),
    )
    b.t("REASON FOR SUSPICION\n")
    b.f(
        "Between May and August the subject made § card payments totalling £§ to merchants associated with live-streaming and "
        "gift-card resale, using card § and a second card § issued to §. ",
        rng.randrange(20, 140),
        f"{rng.randrange(1, 20)},{digits(rng, 3)}",
        L(core.card(rng), "CREDIT_CARD"),
        L(core.card_masked(rng), "CREDIT_CARD"),
        L(cast.person(cult).full, "PERSON"),
    )
    t2 = P.town(rng, "ph")[0]
    rp = cast.person("ph")
    b.f(
        'Inbound faster payments were received from § (§) with references such as "for the girl" and "vid 2". ',
        L(rp.full, "PERSON"),
        L(core.iban(rng, pick(rng, ["GB", "IE", "NL"])), "IBAN_CODE"),
    )
    b.f(
        "Several outbound remittances went to § in §, the Philippines, where the beneficiary's daughter (stated age §) is referred to in the payment notes. ",
        L(cast.person("ph").full, "PERSON"),
        L(t2, "LOCATION"),
        L(str(rng.randrange(8, 16)), "MINOR_AGE"),
    )
    b.f(
        "Logins came from IP § and §, geolocated to §.\n",
        L(core.ipv4(rng), "IP_ADDRESS"),
        L(core.ipv6(rng), "IP_ADDRESS"),
        L(tn, "LOCATION"),
    )
    if rng.random() < 0.6:
        b.f(
            "Open-source checks: the subject was § (press report).\n",
            L(
                pick(
                    rng,
                    [
                        "convicted in 2015 of making indecent images of children",
                        "cautioned in 2019 for possession of indecent images",
                        "acquitted in 2020 of voyeurism but convicted of harassment",
                    ],
                ),
                "CRIMINAL_HISTORY",
            ),
        )
    b.t("\nConsent requested: No. Account restricted pending review.\n")
    return b


def t_processor(rng):
    cult, cc = pick(rng, EU + [("us", "US")] * 3)
    cast = P.Cast(rng)
    b = B()
    b.f("Payment Processor Risk Case § — Merchant-side escalation\n\n", f"RC-{digits(rng, 7)}")
    p, d, tn = _kyc(rng, b, cast, cult, "Account holder")
    b.f(
        "Account username: §\nDevice fingerprint: §\n\n",
        L(P.username(rng, p), "USERNAME"),
        L(core.uuid4(rng), "DEVICE_ID"),
    )
    b.t("Date/time (UTC)     | Merchant                 | Amount    | Card               | IP              | Device\n")
    cards = [core.card(rng, style="plain") for _ in range(rng.randrange(1, 3))]
    devs = [core.uuid4(rng, upper=rng.random() < 0.5), core.android_id(rng)]
    for i in range(rng.randrange(5, 22)):
        if len(b) > 2500:
            break
        b.f(
            "2025-§-§ §:§:§ | § | § | ",
            f"{rng.randrange(1, 13):02d}",
            f"{rng.randrange(1, 29):02d}",
            f"{rng.randrange(0, 24):02d}",
            f"{rng.randrange(0, 60):02d}",
            f"{rng.randrange(0, 60):02d}",
            f"{pick(rng, MERCHANTS):<24}",
            f"{pick(rng, ['EUR', 'GBP', 'USD', 'CHF'])} {rng.randrange(4, 400)}.{digits(rng, 2)}",
        )
        c = pick(rng, cards)
        if rng.random() < 0.5:
            b.v(c, "CREDIT_CARD")
        else:
            b.v(c[:6] + "******" + c[-4:], "CREDIT_CARD")
        b.f(" | § | §\n", L(core.ipv4(rng), "IP_ADDRESS"), L(pick(rng, devs), "DEVICE_ID"))
    b.f(
        "\nAnalyst: velocity + high-risk MCC 5967; shared device with account of § (§). Recommend SAR.\n",
        L(cast.person(cult).full, "PERSON"),
        L(P.email_for(rng, cast.person(cult)), "EMAIL_ADDRESS"),
    )
    return b


def t_fincen(rng):
    cast = P.Cast(rng)
    b = B()
    b.f(
        "FinCEN SAR — Part I Subject Information (draft)\nFiling institution: § Bank, N.A.  |  BSA ID pending\n\n",
        pick(rng, ["Prairie Trust", "First Bayou", "Keystone Community", "Inland Northwest", "Red River"]),
    )
    p, d, tn = _kyc(rng, b, cast, "us", "Subject")
    b.f("Occupation: §\n", pick(rng, ["bus driver", "youth pastor", "contractor", "student", "IT technician"]))
    if rng.random() < 0.5:
        b.f("Secondary ID: US passport §\n", L(core.us_passport(rng), "US_PASSPORT"))
    if rng.random() < 0.4:
        b.f("Spouse (joint account): §, ITIN §\n", L(cast.person("us").full, "PERSON"), L(core.itin(rng), "US_ITIN"))
    b.f(
        "Account: routing § / account §\n",
        L(core.aba(rng), "ABA_ROUTING_NUMBER"),
        L(core.us_account(rng), "US_BANK_NUMBER"),
    )
    if rng.random() < 0.6:
        b.f(
            "Second account: ABA §, acct §\n",
            L(core.aba(rng), "ABA_ROUTING_NUMBER"),
            L(core.us_account(rng), "US_BANK_NUMBER"),
        )
    b.f(
        "\nPart V Narrative\nThis SAR reports § P2P transfers (Zelle/Cash App) from § to multiple counterparties, including §, a §-year-old "
        'in §, with memos like "pics" and "more tmrw". ',
        rng.randrange(15, 90),
        L(p.given, "PERSON"),
        L(cast.person("us").given, "PERSON"),
        L(str(rng.randrange(13, 17)), "MINOR_AGE"),
        L(P.town(rng, "us")[0], "LOCATION"),
    )
    b.f("Cash App $cashtag §. ", L(P.username(rng, p), "USERNAME"))
    b.f("The subject's vehicle (§, per DMV) was observed at the branch. ", L(P.plate(rng, "us"), "VEHICLE_PLATE"))
    b.f(
        "Law enforcement (Det. §) advised that the subject §.\n",
        L(cast.person("us").full, "PERSON"),
        L(
            pick(
                rng,
                [
                    "is a registered sex offender in Oklahoma",
                    "has a prior conviction for enticement of a minor",
                    "was arrested in 2023 for child pornography possession",
                ],
            ),
            "CRIMINAL_HISTORY",
        ),
    )
    b.f(
        "Contact for this filing: § §\n",
        L(cast.person("us").full, "PERSON"),
        L(core.phone(rng, "US", kind="fixed"), "PHONE_NUMBER"),
    )
    return b


def t_crypto(rng):
    cult, cc = pick(rng, EU + [("us", "US"), ("in", "IN"), ("ng", "NG"), ("br", "BR")])
    cast = P.Cast(rng)
    b = B()
    b.f("Crypto exchange compliance — Law-enforcement disclosure\nAccount UID: §\n\n", digits(rng, 9))
    p, d, tn = _kyc(rng, b, cast, cult, "Verified identity (Level 2)")
    b.f("Selfie liveness: pass.  Source of funds: §\n", pick(rng, ["salary", "trading", "gift", "business income"]))
    b.f(
        "2FA: enabled (authenticator). Anti-phishing code: §\n\n",
        L(letters(rng, 2) + digits(rng, 4) + letters(rng, 2), "CREDENTIAL"),
    )
    b.t("Deposit / withdrawal addresses (not personal identifiers — blockchain addresses)\n")
    for _ in range(rng.randrange(2, 5)):
        b.f("  § BTC  §\n", pick(rng, ["IN ", "OUT"]), _bc1(rng))
    b.f("  OUT USDT (ERC-20) §\n\n", _eth(rng))
    b.t("Login history\n")
    for _ in range(rng.randrange(3, 14)):
        ip = core.ipv4(rng) if rng.random() < 0.7 else core.ipv6(rng)
        t, _, _ = P.town(rng, cult)
        b.f(
            "  2025-§-§ §:§  §  §  §\n",
            f"{rng.randrange(1, 13):02d}",
            f"{rng.randrange(1, 29):02d}",
            f"{rng.randrange(0, 24):02d}",
            f"{rng.randrange(0, 60):02d}",
            L(ip, "IP_ADDRESS"),
            L(t, "LOCATION"),
            pick(rng, ["iOS app", "Android app", "Chrome/Win", "Firefox/Linux"]),
        )
    b.f(
        "\nFiat off-ramp: §\n",
        L(core.iban(rng, cc), "IBAN_CODE") if cc in core.IBAN_STRUCT else L(core.card(rng), "CREDIT_CARD"),
    )
    b.f(
        "Blockchain analytics: 0.42 BTC received from a cluster tagged as a CSAM vendor. Counterparty KYC at partner exchange: §.\n",
        L(cast.person(pick(rng, ["ru", "ua", "ng", "br"])).full, "PERSON"),
    )
    return b


REMIT = [
    ("gb", "ph"),
    ("us", "ph"),
    ("de", "ro"),
    ("us", "mx"),
    ("gb", "ng"),
    ("fr", "ar"),
    ("ch", "pt"),
    ("au", "ph"),
    ("it", "ro"),
    ("nl", "ke"),
    ("ca", "in"),
    ("es", "br"),
]


def t_remit(rng):
    s_cult, r_cult = pick(rng, REMIT)
    cast = P.Cast(rng)
    b = B()
    b.f(
        "Money transfer operator — Compliance hold report\nMTCN/control numbers are internal and not personal data.\n\n"
    )
    sender = cast.person(s_cult)
    a, tn = P.address(rng, s_cult)
    sd = P.dob(rng, 1955, 2000)
    b.f(
        "SENDER: §\n  DOB: §\n  Address: §\n  Phone: §\n",
        L(sender.full.upper(), "PERSON"),
        L(P.fmt_date(rng, sd, "us" if s_cult == "us" else "uk"), "DATE_OF_BIRTH"),
        L(a, "STREET_ADDRESS"),
        L(core.phone(rng, CULT[s_cult]["region"]), "PHONE_NUMBER"),
    )
    if s_cult == "us" and rng.random() < 0.5:
        b.f("  ID: US passport §\n", L(core.us_passport(rng), "US_PASSPORT"))
    elif s_cult == "us":
        b.f("  ID: § driver license §\n", *(lambda s, v: (s, L(v, "US_DRIVER_LICENSE")))(*core.us_dl(rng)))
    else:
        sch, v, lab = _idoc(rng, s_cult, sd)
        b.f("  ID: § §\n", sch, L(v, lab))
    b.t("\nRECEIVERS\n")
    for i in range(rng.randrange(2, 9)):
        if len(b) > 2500:
            break
        r = cast.person(r_cult)
        t, _, _ = P.town(rng, r_cult)
        nat = r.native if r.native and rng.random() < 0.5 else r.full
        b.f(
            "  § | § | § | § | pay-out § \n",
            f"CTRL {digits(rng, 10)}",
            L(nat, "PERSON"),
            L(t, "LOCATION"),
            L(core.phone(rng, CULT[r_cult]["region"], kind="mobile"), "PHONE_NUMBER"),
            f"{pick(rng, ['USD', 'EUR', 'GBP'])} {rng.randrange(40, 900)}",
        )
    b.f(
        "\nPattern: § transfers in 9 weeks, just under the ID threshold, to several unrelated receivers in §. ",
        rng.randrange(8, 30),
        L(P.town(rng, r_cult)[0], "LOCATION"),
    )
    b.f(
        'Messages field: "for school fees of § (§ yrs)". ',
        L(cast.person(r_cult).given, "PERSON"),
        L(str(rng.randrange(9, 16)), "MINOR_AGE"),
    )
    b.f(
        'Sender aged § stated purpose "family support" but denies knowing the receivers.\n', L(str(P.age_of(sd)), "AGE")
    )
    return b


def t_cards(rng):
    cult, cc = pick(rng, EU)
    cast = P.Cast(rng)
    b = B()
    b.f("Card issuer fraud & AML — Linked-card analysis (case §)\n\n", f"LC{digits(rng, 6)}")
    b.t("Card number           | Cardholder             | Status   | Linked via\n")
    for i in range(rng.randrange(3, 11)):
        if len(b) > 2400:
            break
        p = cast.person(pick(rng, [cult, cult, "gb", "us"]))
        c = core.card(rng) if rng.random() < 0.6 else core.card_masked(rng)
        b.f(
            "§ | § | § | ",
            L(c, "CREDIT_CARD"),
            L(p.full.upper() if rng.random() < 0.5 else p.full, "PERSON"),
            pick(rng, ["active", "blocked", "closed", "hot-listed"]),
        )
        k = rng.randrange(3)
        if k == 0:
            b.f("device §\n", L(core.uuid4(rng), "DEVICE_ID"))
        elif k == 1:
            b.f("IP §\n", L(core.ipv4(rng), "IP_ADDRESS"))
        else:
            b.f("e-mail §\n", L(P.email_for(rng, p), "EMAIL_ADDRESS"))
    b.f(
        "\nAll cards were used at § within 20 minutes from the same Wi-Fi (router MAC § seen in 3DS telemetry).\n",
        pick(rng, MERCHANTS),
        L(core.mac(rng), "MAC_ADDRESS"),
    )
    b.f("Delivery address for gift cards: §\n", L(P.address(rng, cult)[0], "STREET_ADDRESS"))
    return b


def t_linked(rng):
    cult, cc = pick(rng, EU)
    cast = P.Cast(rng)
    b = B()
    b.f("LINKED ACCOUNTS NETWORK — Analyst worksheet\nHub: §\n\n", L(cast.person(cult).full, "PERSON"))
    for i in range(rng.randrange(3, 6)):
        p = cast.person(pick(rng, [cult, cult, pick(rng, ["ro", "pl", "ng", "ph", "tr"])]))
        pcc = {"ro": "RO", "pl": "PL", "tr": "TR"}.get(p.cult, cc)
        d = P.dob(rng, 1960, 2006)
        b.f(
            "Node §: § (b. §) — § — ",
            i + 1,
            L(p.full, "PERSON"),
            L(P.fmt_date(rng, d, "iso"), "DATE_OF_BIRTH"),
            L(core.iban(rng, pcc if pcc in core.IBAN_STRUCT else cc), "IBAN_CODE"),
        )
        b.f(
            "§ — §\n",
            pick(rng, ["shared phone", "shared IP", "same address", "round-sum transfers", "common beneficiary"]),
            L(core.phone(rng, CULT[p.cult]["region"]), "PHONE_NUMBER")
            if rng.random() < 0.5
            else L(core.ipv4(rng), "IP_ADDRESS"),
        )
    b.f(
        '\nNarrative: node 3\'s account holder is § years old; funds forwarded within minutes ("mule" behaviour). ',
        L(str(rng.randrange(18, 23)), "AGE"),
    )
    b.f(
        "Node 1 previously §.\n",
        L(
            pick(
                rng,
                [
                    "served a sentence for trafficking offences",
                    "was convicted of fraud in 2018",
                    "received a caution for money laundering",
                ],
            ),
            "CRIMINAL_HISTORY",
        ),
    )
    return b


def t_goaml_de(rng):
    cult = pick(rng, ["de", "at", "ch"])
    cc = CULT[cult]["region"]
    cast = P.Cast(rng)
    b = B()
    hdr = {
        "de": "Verdachtsmeldung nach § 43 GwG (goAML) an die FIU",
        "at": "Verdachtsmeldung gem. § 16 FM-GwG an die Geldwäschemeldestelle",
        "ch": "Verdachtsmeldung an die MROS (Art. 9 GwG)",
    }[cult]
    b.t(hdr.replace("§", "\u00a7") + "\n\n")
    p = cast.person(cult)
    d = P.dob(rng, 1960, 2004)
    a, tn = P.address(rng, cult)
    sch, v = core.national_id(rng, CULT[cult]["nid"], dob=d)
    b.f(
        "Betroffene Person: §\nGeburtsdatum: §\nAnschrift: §\n§: §\nTelefon: §\nIBAN: §\n\n",
        L(p.full, "PERSON"),
        L(P.fmt_date(rng, d, "de"), "DATE_OF_BIRTH"),
        L(a, "STREET_ADDRESS"),
        sch,
        L(v, "NATIONAL_ID"),
        L(core.phone(rng, cc), "PHONE_NUMBER"),
        L(core.iban(rng, cc), "IBAN_CODE"),
    )
    b.f(
        "Sachverhalt: Der Kunde (§ Jahre) überwies in § Teilbeträgen insgesamt EUR §,00 an §, wohnhaft in §. ",
        L(str(P.age_of(d)), "AGE"),
        rng.randrange(5, 30),
        digits(rng, 4),
        L(cast.person("ro").full, "PERSON"),
        L(P.town(rng, "ro")[0], "LOCATION"),
    )
    b.f(
        'Verwendungszwecke wie "Video Mädchen" und "Nachschlag". Kreditkarte § wurde bei Streamingportalen eingesetzt. ',
        L(core.card(rng), "CREDIT_CARD"),
    )
    b.f(
        "Login-IP: §. Laut Presseberichten ist der Kunde §.\n",
        L(core.ipv4(rng), "IP_ADDRESS"),
        L(
            pick(rng, ["wegen Besitzes kinderpornografischer Schriften vorbestraft", "einschlägig vorbestraft"]),
            "CRIMINAL_HISTORY",
        ),
    )
    b.f("\nBearbeiter/in: §, Compliance\n", L(cast.person(cult).full, "PERSON"))
    return b


def t_tracfin(rng):
    cult = pick(rng, ["fr", "be"])
    cast = P.Cast(rng)
    b = B()
    b.t("DÉCLARATION DE SOUPÇON — TRACFIN (ERMES)\n\n" if cult == "fr" else "DÉCLARATION DE SOUPÇON — CTIF-CFI\n\n")
    p = cast.person(cult)
    d = P.dob(rng, 1960, 2004)
    sch, v = core.national_id(rng, CULT[cult]["nid"], dob=d)
    b.f(
        "Personne concernée : §, né(e) le § à §\nDomicile : §\n§ : §\nTél. : §\nCourriel : §\nIBAN : §\n\n",
        L(p.full, "PERSON"),
        L(P.fmt_date(rng, d, "fr"), "DATE_OF_BIRTH"),
        L(P.town(rng, cult)[0], "LOCATION"),
        L(P.address(rng, cult)[0], "STREET_ADDRESS"),
        sch,
        L(v, "NATIONAL_ID"),
        L(core.phone(rng, CULT[cult]["region"]), "PHONE_NUMBER"),
        L(P.obfuscate_email(rng, P.email_for(rng, p)) if rng.random() < 0.3 else P.email_for(rng, p), "EMAIL_ADDRESS"),
        L(core.iban(rng, CULT[cult]["region"]), "IBAN_CODE"),
    )
    b.f(
        "Analyse : § virements vers des comptes de néo-banques au nom de §, § ans. ",
        rng.randrange(6, 40),
        L(cast.person(cult).full, "PERSON"),
        L(str(rng.randrange(18, 24)), "AGE"),
    )
    b.f("Achats de cartes prépayées avec la carte §. ", L(core.card(rng), "CREDIT_CARD"))
    if rng.random() < 0.6:
        b.f(
            "Le client, §, a déclaré être en invalidité (§) et se présente comme « photographe amateur ».\n",
            L(p.given, "PERSON"),
            L(
                pick(rng, ["sclérose en plaques", "dépression sévère", "trouble bipolaire", "insuffisance rénale"]),
                "MEDICAL_CONDITION",
            ),
        )
    else:
        b.f("Le client, §, a déclaré être sans emploi et « photographe amateur ».\n", L(p.given, "PERSON"))
    b.f("\nDéclarant : §, correspondant TRACFIN\n", L(cast.person(cult).full, "PERSON"))
    return b


TEMPLATES = [t_sar_uk, t_processor, t_fincen, t_crypto, t_remit, t_cards, t_linked, t_goaml_de, t_tracfin]
