"""Register 4: email_abuse_reports."""

from __future__ import annotations

import core
from core import B, L, pick, digits, letters
import people as P
from pools import CULT

CULTS = [
    "gb",
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
    "se",
    "pt",
    "br",
    "tr",
    "in",
    "ng",
]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MX = [
    "mx.google.com",
    "mail-ej1-f46.google.com",
    "EUR05-AM6-obe.outbound.protection.outlook.com",
    "mout.gmx.net",
    "smtp-relay.sendinblue.com",
    "mail.protonmail.ch",
    "mta7.am0.yahoodns.net",
    "mx1.mail.ovh.net",
    "relay.mailbaby.net",
    "vps-3141.hostsrv.cloud",
    "static.87.44.12.clients.your-server.de",
]


def _date(rng):
    return f"{pick(rng, DAYS)}, {rng.randrange(1, 29)} {pick(rng, MONS)} 2025 {rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d} {pick(rng, ['+0000', '+0100', '+0200', '-0500', '-0700'])}"


def _msgid(rng, dom):
    return f"<{letters(rng, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789abcdefghijkmnpqrstuvwxyz')}{digits(rng, 6)}.{core.hexs(rng, 10)}@{dom}>"


def _dkim(rng, dom):
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={pick(rng, ['s1', 'google', '20230601', 'selector2', 'dkim'])};\n        h=from:to:subject:date:message-id; bh={''.join(rng.choice(b64) for _ in range(43))}=;\n        b={''.join(rng.choice(b64) for _ in range(64))}\n"


def _from_line(b, rng, field, p, email):
    k = rng.randrange(3)
    if k == 0:
        b.f('§: "§" <§>\n', field, L(p.full, "PERSON"), L(email, "EMAIL_ADDRESS"))
    elif k == 1:
        b.f("§: § <§>\n", field, L(p.full, "PERSON"), L(email, "EMAIL_ADDRESS"))
    else:
        b.f("§: §\n", field, L(email, "EMAIL_ADDRESS"))


SEXT_EN = [
    "I have access to your device and I recorded you. I know your password is §.",
    "Your password is §. Yes, I know it. I installed malware on a site you visited.",
]


def _received_rcpt(b, rng, rcpt, n=None):
    n = n or rng.randrange(2, 7)
    for i in range(n):
        host = pick(rng, MX)
        ip = core.ipv4(rng) if rng.random() < 0.8 else core.ipv6(rng)
        b.f(
            "Received: from § ([§])\n        by § with ESMTPS id §\n        for <§>; §\n",
            host,
            L(ip, "IP_ADDRESS"),
            pick(rng, MX),
            letters(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"),
            L(rcpt, "EMAIL_ADDRESS"),
            _date(rng),
        )


def t_sextortion_fwd(rng):
    cult = pick(rng, CULTS)
    cast = P.Cast(rng)
    b = B()
    victim = cast.person(cult)
    vmail = P.email_for(rng, victim)
    b.f(
        "From: § <§>\nTo: abuse desk <report@hotline.example>\nSubject: Fwd: Your account has been hacked\n\n",
        L(victim.full, "PERSON"),
        L(vmail, "EMAIL_ADDRESS"),
    )
    b.f(
        "Hello, my son § (§) got this e-mail and is very scared. He is only §. Please help.\n",
        L(cast.person(cult, "m").given, "PERSON"),
        L(P.username(rng), "USERNAME"),
        L(str(rng.randrange(12, 17)), "MINOR_AGE"),
    )
    b.f("§\n§\n\n", L(victim.given, "PERSON"), L(core.phone(rng, CULT[cult]["region"]), "PHONE_NUMBER"))
    b.t("---------- Forwarded message ---------\n")
    sender_dom = pick(rng, ["mail.ru", "outlook.com", "gmx.com", "protonmail.com", "yandex.com"])
    s = P.email_for(rng, cast.person(pick(rng, ["ru", "br", "in", "tr"])), sender_dom)
    b.f(
        "From: §\nDate: §\nSubject: Your account has been hacked\nTo: §\n\n",
        L(s, "EMAIL_ADDRESS"),
        _date(rng),
        L(vmail, "EMAIL_ADDRESS"),
    )
    pw = P.password(rng)
    b.f("> Hello!\n> " + pick(rng, SEXT_EN) + "\n", L(pw, "CREDENTIAL"))
    b.f(
        "> Pay 1200 USD in Bitcoin to this address: §\n> You have 48 hours. If you tell anyone, the video goes to all your contacts.\n",
        "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38)),
    )
    b.t("\n---- original headers (view source) ----\n")
    _received_rcpt(b, rng, vmail)
    b.f(
        "X-Originating-IP: [§]\nMessage-ID: §\nReturn-Path: <§>\n",
        L(core.ipv4(rng), "IP_ADDRESS"),
        _msgid(rng, sender_dom),
        L(s, "EMAIL_ADDRESS"),
    )
    return b


def t_headers(rng):
    cult = pick(rng, CULTS)
    cast = P.Cast(rng)
    b = B()
    rep = cast.person(cult)
    rmail = P.email_for(rng, rep)
    snd = cast.person(pick(rng, CULTS))
    smail = P.email_for(rng, snd)
    reply = P.email_for(rng, snd, pick(rng, ["proton.me", "tutanota.com", "cock.li", "mail.com"]))
    b.t("Full headers of the message reported via the web form:\n\n")
    b.f("Return-Path: <§>\nDelivered-To: §\n", L(smail, "EMAIL_ADDRESS"), L(rmail, "EMAIL_ADDRESS"))
    _received_rcpt(b, rng, rmail)
    b.t(_dkim(rng, smail.split("@")[1]))
    b.f(
        "X-Originating-IP: [§]\nX-Mailer: §\n",
        L(core.ipv4(rng), "IP_ADDRESS"),
        pick(rng, ["iPhone Mail (20G75)", "Microsoft Outlook 16.0", "Roundcube Webmail/1.6.5"]),
    )
    _from_line(b, rng, "From", snd, smail)
    _from_line(b, rng, "To", rep, rmail)
    b.f(
        "Reply-To: §\nSubject: §\nDate: §\nMessage-ID: §\nMIME-Version: 1.0\n\n",
        L(reply, "EMAIL_ADDRESS"),
        pick(
            rng,
            [
                "photoshoot for teens – paid",
                "re: your daughter's modelling application",
                "casting call (ages 12-15)",
                "private lessons",
            ],
        ),
        _date(rng),
        _msgid(rng, smail.split("@")[1]),
    )
    b.f(
        "Hi §,\nI saw your daughter's profile on §. She is very photogenic for §. ",
        L(rep.given, "PERSON"),
        L("https://www.instagram.com/" + P.username(rng), "URL"),
        L(str(rng.randrange(11, 16)), "MINOR_AGE"),
    )
    b.f(
        "We pay 300 EUR per session at our studio, §. Call or WhatsApp me on §.\n",
        L(P.address(rng, pick(rng, CULTS[:10]))[0], "STREET_ADDRESS"),
        L(core.phone(rng, CULT[snd.cult]["region"], kind="mobile"), "PHONE_NUMBER"),
    )
    b.f(
        "Regards,\n§\n§ Model Management\n",
        L(snd.full, "PERSON"),
        pick(rng, ["Stellar", "Nova", "Bright Faces", "Luna"]),
    )
    return b


def t_provider_reply(rng):
    cult = pick(rng, CULTS)
    cast = P.Cast(rng)
    b = B()
    prov = pick(rng, ["Mailbox provider Trust & Safety", "Webmail Abuse Team", "Law Enforcement Response Team"])
    agent = cast.person(pick(rng, ["ie", "us", "de"]))
    acc = cast.person(cult)
    amail = P.email_for(rng, acc, pick(rng, ["gmx.de", "outlook.com", "yahoo.com", "web.de", "mail.com"]))
    b.f(
        "Subject: RE: [Ticket #§] Preservation / disclosure request\nFrom: § <lert@provider.example>\n\n",
        digits(rng, 8),
        L(agent.full, "PERSON"),
    )
    b.f(
        "Dear Officer,\n\nFurther to your request, please find the basic subscriber information for the account §.\n\n",
        L(amail, "EMAIL_ADDRESS"),
    )
    d = P.dob(rng, 1965, 2007)
    b.f(
        "Name provided at sign-up: §\nDate of birth (self-declared): §\nRecovery phone: §\nRecovery e-mail: §\n",
        L(acc.full if rng.random() < 0.7 else acc.full.lower(), "PERSON"),
        L(P.fmt_date(rng, d, "iso"), "DATE_OF_BIRTH"),
        L(core.phone(rng, CULT[cult]["region"], style="e164"), "PHONE_NUMBER"),
        L(P.email_for(rng, acc), "EMAIL_ADDRESS"),
    )
    b.f(
        "Account created: 2023-§-§ from IP §\n",
        f"{rng.randrange(1, 13):02d}",
        f"{rng.randrange(1, 29):02d}",
        L(core.ipv4(rng), "IP_ADDRESS"),
    )
    b.f(
        "Alias addresses: §, §\n\nLast logins (UTC):\n",
        L(P.email_for(rng, acc), "EMAIL_ADDRESS"),
        L(P.email_for(rng, acc), "EMAIL_ADDRESS"),
    )
    for _ in range(rng.randrange(3, 16)):
        ip = core.ipv4(rng) if rng.random() < 0.7 else core.ipv6(rng)
        b.f(
            "  2025-§-§ §:§  §  (§)\n",
            f"{rng.randrange(1, 13):02d}",
            f"{rng.randrange(1, 29):02d}",
            f"{rng.randrange(0, 24):02d}",
            f"{rng.randrange(0, 60):02d}",
            L(ip, "IP_ADDRESS"),
            pick(rng, ["IMAP", "webmail", "mobile app", "POP3"]),
        )
    if rng.random() < 0.5:
        b.f(
            "\nPayment on file for premium plan: card ending in § (name on card: §)\n",
            digits(rng, 4),
            L(cast.person(cult).full, "PERSON"),
        )
    b.f(
        "\nContent is not disclosed without a valid order. The account has been suspended.\n\nKind regards,\n§\n",
        L(agent.given, "PERSON"),
    )
    return b


def t_bounce(rng):
    cult = pick(rng, CULTS)
    cast = P.Cast(rng)
    b = B()
    u = cast.person(cult)
    umail = P.email_for(rng, u)
    dead = P.email_for(rng, cast.person(cult))
    b.f(
        "From: Mail Delivery System <MAILER-DAEMON@§>\nTo: §\nSubject: Undelivered Mail Returned to Sender\n\n",
        pick(rng, MX),
        L(umail, "EMAIL_ADDRESS"),
    )
    b.f(
        "This is the mail system at host §.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n<§>: host § said: 550 5.1.1 User unknown\n\n",
        pick(rng, MX),
        L(dead, "EMAIL_ADDRESS"),
        pick(rng, MX),
    )
    b.t("--- Original message headers ---\n")
    _received_rcpt(b, rng, dead, 2)
    b.f(
        "From: § <§>\nTo: <§>\nSubject: §\n\n",
        L(u.full, "PERSON"),
        L(umail, "EMAIL_ADDRESS"),
        L(dead, "EMAIL_ADDRESS"),
        pick(rng, ["re: meet up?", "pics", "delete this after", "the address"]),
    )
    b.t("--- Body excerpt ---\n")
    t, _, _ = P.town(rng, cult)
    b.f(
        "> i'll be in § on saturday. bring your friend, the one who is §. use my other number § and don't tell your mum\n",
        L(t, "LOCATION"),
        L(str(rng.randrange(12, 16)), "MINOR_AGE"),
        L(core.phone(rng, CULT[cult]["region"], kind="mobile"), "PHONE_NUMBER"),
    )
    b.t("\nForwarded to the hotline by the postmaster because the body matched a grooming filter.\n")
    return b


LANG_REPLIES = {
    "de": (
        "Sehr geehrte Damen und Herren,\n\nich möchte eine E-Mail melden, die meine Tochter § (§ Jahre) erhalten hat. Der Absender nennt sich § und schreibt von §. ",
        "Unsere Adresse: §. Sie erreichen mich unter §.\n\nMit freundlichen Grüßen\n§\n",
    ),
    "fr": (
        "Bonjour,\n\nJe vous transfère un courriel reçu par ma fille § (§ ans). L'expéditeur se fait appeler § et écrit depuis §. ",
        "Notre adresse : §. Vous pouvez me joindre au §.\n\nCordialement,\n§\n",
    ),
    "es": (
        "Hola:\n\nLes reenvío un correo que recibió mi hija § (§ años). El remitente se hace llamar § y escribe desde §. ",
        "Nuestra dirección: §. Pueden llamarme al §.\n\nUn saludo,\n§\n",
    ),
    "it": (
        "Buongiorno,\n\nvi inoltro una e-mail ricevuta da mia figlia § (§ anni). Il mittente si fa chiamare § e scrive da §. ",
        "Il nostro indirizzo: §. Potete contattarmi al §.\n\nCordiali saluti,\n§\n",
    ),
    "pl": (
        "Dzień dobry,\n\nprzesyłam wiadomość, którą otrzymała moja córka § (§ lat). Nadawca przedstawia się jako § i pisze z adresu §. ",
        "Nasz adres: §. Mój telefon: §.\n\nZ poważaniem\n§\n",
    ),
    "nl": (
        "Geachte heer/mevrouw,\n\nHierbij stuur ik een e-mail door die mijn dochter § (§ jaar) heeft ontvangen. De afzender noemt zich § en mailt vanaf §. ",
        "Ons adres: §. U kunt mij bereiken op §.\n\nMet vriendelijke groet,\n§\n",
    ),
    "pt": (
        "Olá,\n\nEncaminho um e-mail que a minha filha § (§ anos) recebeu. O remetente chama-se § e escreve de §. ",
        "A nossa morada: §. Telefone: §.\n\nCumprimentos,\n§\n",
    ),
}
LANG_CULT = {
    "de": ["de", "at", "ch"],
    "fr": ["fr", "be", "ch"],
    "es": ["es", "mx"],
    "it": ["it"],
    "pl": ["pl"],
    "nl": ["nl", "be"],
    "pt": ["pt", "br"],
}


def t_foreign(rng):
    lang = pick(rng, list(LANG_REPLIES))
    cult = pick(rng, LANG_CULT[lang])
    cast = P.Cast(rng)
    b = B()
    par = cast.person(cult)
    kid = cast.person(cult, "f", family=par.family)
    pmail = P.email_for(rng, par)
    b.f(
        "From: § <§>\nTo: hotline@report.example\nSubject: §\nX-Originating-IP: §\n\n",
        L(par.full, "PERSON"),
        L(pmail, "EMAIL_ADDRESS"),
        pick(rng, ["Meldung", "Signalement", "Denuncia", "Segnalazione", "Zgłoszenie", "Melding", "Denúncia"]),
        L(core.ipv4(rng), "IP_ADDRESS"),
    )
    head, tail = LANG_REPLIES[lang]
    smail = P.email_for(rng, cast.person(pick(rng, CULTS)))
    b.f(
        head,
        L(kid.given, "PERSON"),
        L(str(rng.randrange(10, 17)), "MINOR_AGE"),
        L(pick(rng, ["Onkel Sam", "Fotograf Leo", "Max", "Dany", "Sergio", "Kuba"]).split()[-1], "PERSON"),
        L(smail, "EMAIL_ADDRESS"),
    )
    a, tn = P.address(rng, cult)
    b.f(tail, L(a, "STREET_ADDRESS"), L(core.phone(rng, CULT[cult]["region"]), "PHONE_NUMBER"), L(par.full, "PERSON"))
    b.f(
        "\n> -----Original-----\n> From: §\n> Sent: §\n> hey cutie, send me ur snap. mine is §. i can help with modelling\n",
        L(smail, "EMAIL_ADDRESS"),
        _date(rng),
        L(P.username(rng), "USERNAME"),
    )
    return b


def t_school(rng):
    cult = pick(rng, ["gb", "ie", "au", "us", "ca"])
    cast = P.Cast(rng)
    b = B()
    dsl = cast.person(cult)
    pupil = cast.person(cult)
    dmail = P.email_for(rng, dsl, pick(rng, ["school.sch.uk", "academytrust.org.uk", "k12.ok.us", "education.ie"]))
    b.f(
        "From: § <§>\nTo: CEOP / hotline referrals\nSubject: Safeguarding concern — pupil in Year §\n\n",
        L(dsl.full, "PERSON"),
        L(dmail, "EMAIL_ADDRESS"),
        rng.randrange(7, 12),
    )
    b.f(
        "Good afternoon,\n\nI am the Designated Safeguarding Lead. Today § (Year §, aged §) disclosed that an adult she met on Roblox as "
        '"§" has been e-mailing her from § and asking for photos.\n',
        L(pupil.full, "PERSON"),
        rng.randrange(7, 12),
        L(str(rng.randrange(11, 16)), "MINOR_AGE"),
        L(P.username(rng), "USERNAME"),
        L(P.email_for(rng, cast.person(cult)), "EMAIL_ADDRESS"),
    )
    b.f(
        "§'s mother, §, has been informed. § has § and an EHCP; she may struggle to explain timelines.\n",
        L(pupil.given, "PERSON"),
        L(cast.person(cult, "f", family=pupil.family).full, "PERSON"),
        L(pupil.given, "PERSON"),
        L(
            pick(rng, ["autism", "ADHD", "a hearing impairment", "dyspraxia", "a moderate learning difficulty"]),
            "MEDICAL_CONDITION",
        ),
    )
    if rng.random() < 0.4:
        b.f(
            "§ recently came out as § at school, and the adult used this to gain her trust. ",
            L(pupil.given, "PERSON"),
            L(
                *pick(
                    rng,
                    [
                        ("lesbian", "SEXUAL_ORIENTATION"),
                        ("bisexual", "SEXUAL_ORIENTATION"),
                        ("pansexual", "SEXUAL_ORIENTATION"),
                        ("transgender", "GENDER_IDENTITY"),
                        ("non-binary", "GENDER_IDENTITY"),
                    ],
                )
            ),
        )
    b.f(
        "She believes he lives in § and drives a white van, plate starting § (she saw it outside the leisure centre).\n",
        L(P.town(rng, cult)[0], "LOCATION"),
        L(P.plate(rng, CULT[cult]["plate"]), "VEHICLE_PLATE"),
    )
    a, tn = P.address(rng, cult)
    b.f(
        "\nKind regards\n\n§\nDesignated Safeguarding Lead\n§\nT: §  |  M: §\n",
        L(dsl.full, "PERSON"),
        L(a, "STREET_ADDRESS"),
        L(core.phone(rng, CULT[cult]["region"], kind="fixed"), "PHONE_NUMBER"),
        L(core.phone(rng, CULT[cult]["region"], kind="mobile"), "PHONE_NUMBER"),
    )
    b.t("\nThis e-mail and any attachments are confidential and intended solely for the addressee.\n")
    return b


def t_parent_plain(rng):
    cult = pick(rng, ["gb", "us", "ie", "au"])
    cast = P.Cast(rng)
    b = B()
    par = cast.person(cult)
    kid = cast.person(cult)
    b.f(
        "from: §\nsubject: someone is messaging my kid\n\n",
        L(P.obfuscate_email(rng, P.email_for(rng, par)), "EMAIL_ADDRESS"),
    )
    b.f(
        "hi im writing about my daughter § she is § and has been getting emails from a man calling himself §. ",
        L(kid.given.lower(), "PERSON"),
        L(pick(rng, ["twelve", "thirteen", "fourteen", "eleven"]), "MINOR_AGE"),
        L(pick(rng, ["Uncle Dave", "Coach Mike", "Jay", "Rico"]).split()[-1], "PERSON"),
    )
    b.f(
        "his email is § and he said he lives in §. ",
        L(P.obfuscate_email(rng, P.email_for(rng, cast.person(cult))), "EMAIL_ADDRESS"),
        L(P.town(rng, cult)[0], "LOCATION"),
    )
    b.f(
        "he also gave her a number, § and another one she wrote down in words, §. ",
        L(core.phone(rng, CULT[cult]["region"], kind="mobile"), "PHONE_NUMBER"),
        L(core.phone_spoken_en(rng, CULT[cult]["region"]), "PHONE_NUMBER"),
    )
    b.f(
        "i found that her roblox password § was changed and her account § was taken over. ",
        L(P.password(rng), "CREDENTIAL"),
        L(P.username(rng, kid), "USERNAME"),
    )
    b.f(
        "im § and not great with computers so sorry if this is wrong. my number is § if you need me\n",
        L(str(rng.randrange(29, 55)), "AGE"),
        L(core.phone(rng, CULT[cult]["region"]), "PHONE_NUMBER"),
    )
    b.f("thanks §\n\nSent from my phone\n", L(par.given.lower() if rng.random() < 0.5 else par.given, "PERSON"))
    return b


def t_hosting(rng):
    cast = P.Cast(rng)
    b = B()
    cult = pick(rng, CULTS)
    b.f(
        "To: abuse@hosting.example\nFrom: Hotline analyst <analyst@hotline.example>\nSubject: CSAM notice — § \n\n",
        f"NTD-{digits(rng, 6)}",
    )
    b.t(
        "Dear abuse team,\n\nWe have assessed content hosted on your network. Please remove it and preserve the logs.\n\n"
    )
    for _ in range(rng.randrange(2, 4)):
        b.f("Server IP: §   Reverse DNS: §\n", L(core.ipv4(rng), "IP_ADDRESS"), pick(rng, MX))
    b.t("\nThe uploader's profile pages:\n")
    for _ in range(rng.randrange(1, 3)):
        h = P.username(rng)
        b.f(
            "  §  (handle §)\n",
            L(
                pick(
                    rng, ["https://forum.example-board.net/members/", "https://imgshare.example/u/", "https://vk.com/"]
                )
                + h,
                "URL",
            ),
            L(h, "USERNAME"),
        )
    p = cast.person(cult)
    b.f(
        "\nYour customer record (from earlier disclosure): §, §, tel. §, registered with IP §.\n",
        L(p.full, "PERSON"),
        L(P.address(rng, cult)[0], "STREET_ADDRESS"),
        L(core.phone(rng, CULT[cult]["region"]), "PHONE_NUMBER"),
        L(core.ipv4(rng), "IP_ADDRESS"),
    )
    b.f("Server console root password visible in a leaked config: §\n", L(P.password(rng), "CREDENTIAL"))
    an = cast.person(pick(rng, ["gb", "ie", "de", "nl"]))
    b.f("\nRegards,\n§\nContent Analyst\n", L(an.full, "PERSON"))
    return b


def t_referral(rng):
    cult = pick(rng, CULTS)
    cast = P.Cast(rng)
    b = B()
    snd = cast.person(pick(rng, ["gb", "ie", "nl", "de"]))
    rcv = cast.person(cult)
    b.f(
        "From: § <§>\nTo: § <§>\nCc: duty desk\nSubject: Referral — report concerning your jurisdiction\n\n",
        L(snd.full, "PERSON"),
        L(P.email_for(rng, snd, "hotline.example"), "EMAIL_ADDRESS"),
        L(rcv.full, "PERSON"),
        L(P.email_for(rng, rcv, "partner-hotline.example"), "EMAIL_ADDRESS"),
    )
    b.f(
        "Dear §,\n\nwe received the following on our web form. The reporter (§, §) consents to being contacted.\n\n",
        L(rcv.given, "PERSON"),
        L(cast.person(cult).full, "PERSON"),
        L(core.phone(rng, CULT[cult]["region"]), "PHONE_NUMBER"),
    )
    vic = cast.person(cult)
    b.f(
        "> A man using the e-mail § sent my niece § (§) messages. He says he is § and a photographer from §.\n",
        L(P.email_for(rng, cast.person(cult)), "EMAIL_ADDRESS"),
        L(vic.given, "PERSON"),
        L(str(rng.randrange(11, 17)), "MINOR_AGE"),
        L(str(rng.randrange(19, 45)), "AGE"),
        L(P.town(rng, cult)[0], "LOCATION"),
    )
    b.f(
        "> In his signature: § — § — §\n",
        L(P.address(rng, cult)[0], "STREET_ADDRESS"),
        L(core.phone(rng, CULT[cult]["region"]), "PHONE_NUMBER"),
        L("https://www." + pick(rng, ["flickr.com/people/", "behance.net/", "500px.com/p/"]) + P.username(rng), "URL"),
    )
    b.f("\nSource headers show X-Originating-IP §. Best,\n§\n", L(core.ipv4(rng), "IP_ADDRESS"), L(snd.given, "PERSON"))
    return b


TEMPLATES = [
    t_sextortion_fwd,
    t_headers,
    t_provider_reply,
    t_bounce,
    t_foreign,
    t_school,
    t_parent_plain,
    t_hosting,
    t_referral,
]
