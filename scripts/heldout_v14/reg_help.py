"""Register 3: helpdesk_tickets - ticket exports (JSON, XML, email, Jira/Zendesk-like text)."""

from __future__ import annotations

import random
from collections.abc import Callable

import common as C
import ids
import words as W
from builder import Builder

NATIONAL_IDS: tuple[tuple[str, str, Callable[[random.Random], str]], ...] = (
    ("DE", "Steuer-IdNr", ids.de_idnr),
    ("FR", "NIR", ids.fr_nir),
    ("ES", "DNI/NIE", ids.es_dni),
    ("IT", "codice fiscale", ids.it_cf),
    ("NL", "BSN", ids.nl_bsn),
    ("PL", "PESEL", ids.pl_pesel),
    ("BR", "CPF", ids.br_cpf),
    ("SE", "personnummer", ids.se_pnr),
    ("RO", "CNP", ids.ro_cnp),
    ("BE", "rijksregisternummer", ids.be_nn),
    ("CN", "resident ID", lambda r: ids.cn_ric(r, "110105")),
    ("IN", "Aadhaar", ids.in_aadhaar),
    ("ZA", "ID number", ids.za_id),
    ("CA", "SIN", ids.ca_sin),
    ("GB", "NHS number", ids.gb_nhs),
    ("IE", "PPSN", ids.ie_pps),
    ("HR", "OIB", ids.hr_oib),
    ("SK", "rodné číslo", ids.sk_rc),
)
CULTURE_BY_CC = {"DE": "de", "FR": "fr", "ES": "es", "IT": "it", "BE": "fr"}
TOWNS_BY_CC = {
    "DE": "Leipzig",
    "FR": "Lyon",
    "ES": "Valencia",
    "IT": "Torino",
    "NL": "Utrecht",
    "PL": "Poznań",
    "BR": "Curitiba",
    "SE": "Uppsala",
    "RO": "Timișoara",
    "BE": "Liège",
    "CN": "Shenzhen",
    "IN": "Jaipur",
    "ZA": "Durban",
    "CA": "Ottawa",
    "GB": "Sheffield",
    "IE": "Sligo",
    "HR": "Osijek",
    "SK": "Trnava",
}
AGENTS = ("Tier 2", "Safeguarding desk", "Partner escalations", "Trust & Safety EU")
STATUSES = ("open", "pending", "escalated", "on-hold")


def _subject(rng: random.Random) -> tuple[str, dict]:
    cc, idname, fn = rng.choice(NATIONAL_IDS)
    given, sur = C.person(rng, CULTURE_BY_CC.get(cc, "en"))[1:]
    return cc, {
        "name": f"{given} {sur}",
        "given": given,
        "sur": sur,
        "idname": idname,
        "id": fn(rng),
        "user": C.username(rng, given),
        "email": C.email(rng, given, sur),
        "ip": ids.ip(rng),
        "dev": ids.device_id(rng),
        "town": TOWNS_BY_CC[cc],
        "age": str(rng.randint(11, 16)),
    }


def t_json(rng: random.Random, b: Builder) -> None:
    cc, s = _subject(rng)
    rep = C.person(rng)
    n = rng.randint(40000, 99999)
    b.line("{")
    b.line(f'  "ticket_id": {n},')
    b.line(f'  "status": "{rng.choice(STATUSES)}",')
    b.line(f'  "group": "{rng.choice(AGENTS)}",')
    b.line(
        '  "requester": {"name": "[[n]]", "email": "[[e]]", "phone": "[[p]]"},',
        n=("PERSON", rep[0]),
        e=("EMAIL_ADDRESS", C.email(rng, rep[1], rep[2])),
        p=("PHONE_NUMBER", ids.phone(rng, "GB")),
    )
    b.line('  "subject": "Escalation: adult contacting minor via DMs",')
    b.line('  "custom_fields": {')
    b.line('    "reported_username": "[[u]]",', u=("USERNAME", s["user"]))
    b.line('    "reported_account_email": "[[e]]",', e=("EMAIL_ADDRESS", s["email"]))
    b.line('    "last_ip": "[[ip]]",', ip=("IP_ADDRESS", s["ip"]))
    b.line('    "device_id": "[[d]]",', d=("DEVICE_ID", s["dev"][1]))
    b.line(f'    "id_document_type": "{cc} {s["idname"]}",')
    b.line('    "id_document_number": "[[i]]",', i=("NATIONAL_ID", s["id"]))
    b.line('    "victim_age": "[[a]]"', a=("MINOR_AGE", s["age"]))
    b.line("  },")
    b.line(
        '  "description": "Reporter says [[u]] (real name [[n]], from [[t]]) asked her daughter for photos. '
        'Verified via KYC upload."',
        u=("USERNAME", s["user"]),
        n=("PERSON", s["name"]),
        t=("LOCATION", s["town"]),
    )
    b.line("}")


def t_xml(rng: random.Random, b: Builder) -> None:
    cc, s = _subject(rng)
    agent = C.person(rng)
    b.line('<?xml version="1.0" encoding="UTF-8"?>')
    b.line(f'<ticket id="{rng.randint(100000, 999999)}" priority="high">')
    b.line("  <assignee>[[a]]</assignee>", a=("PERSON", agent[0]))
    b.line("  <account>")
    b.line("    <handle>[[u]]</handle>", u=("USERNAME", s["user"]))
    b.line("    <holder>[[n]]</holder>", n=("PERSON", s["name"]))
    b.line("    <dob>[[d]]</dob>", d=("DATE_OF_BIRTH", C.fmt_date(rng, C.dob_tuple(rng, 1970, 2002), "iso")))
    b.line(f'    <national_id country="{cc}">[[i]]</national_id>', i=("NATIONAL_ID", s["id"]))
    b.line("    <signup_ip>[[ip]]</signup_ip>", ip=("IP_ADDRESS", s["ip"]))
    b.line("    <mac>[[m]]</mac>", m=("MAC_ADDRESS", ids.mac(rng)))
    b.line("    <imei>[[im]]</imei>", im=("DEVICE_ID", ids.imei(rng)))
    b.line("  </account>")
    b.line(
        "  <note>Holder lives in [[t]]; payment card [[cc]] used for gift cards sent to a [[a]]-year-old.</note>",
        t=("LOCATION", s["town"]),
        cc=("CREDIT_CARD", ids.credit_card(rng)),
        a=("MINOR_AGE", s["age"]),
    )
    b.line("</ticket>")


def t_email(rng: random.Random, b: Builder) -> None:
    rep = C.person(rng)
    cc, s = _subject(rng)
    b.line("From: [[n]] <[[e]]>", n=("PERSON", rep[0]), e=("EMAIL_ADDRESS", C.email(rng, rep[1], rep[2])))
    b.line("To: Support desk")
    b.line(f"Subject: Re: [Ticket #{rng.randint(10000, 99999)}] my son's account was hacked")
    b.line()
    b.line(
        "Hi, my son ([[a]]) can't log in any more. His login was [[u]] and the password was [[pw]] "
        "but someone changed it. The person now messaging his friends claims to be [[x]].",
        a=("MINOR_AGE", str(rng.randint(10, 15))),
        u=("USERNAME", C.username(rng)),
        pw=("CREDENTIAL", ids.password(rng)),
        x=("USERNAME", s["user"]),
    )
    b.line(
        "His tablet's serial is [[sn]] if that helps. You can call me on [[p]] any time.",
        sn=("DEVICE_ID", "DMP" + ids.letters(rng, 9, ids.UP + ids.DIG)),
        p=("PHONE_NUMBER", ids.phone(rng, "IE")),
    )
    b.line("Thanks, [[g]]", g=("PERSON", rep[1]))
    b.line()
    b.line(
        "-- agent note: requester verified with last 4 of card; PIN given on call was [[pin]] (remove!).",
        pin=("CREDENTIAL", ids.pin(rng)),
    )


def t_jira(rng: random.Random, b: Builder) -> None:
    cc, s = _subject(rng)
    rep, assignee = C.person(rng), C.person(rng)
    b.line(f"[TS-{rng.randint(1000, 9999)}] Partner escalation - possible sextortion ring")
    b.line(f"Type: Escalation   Priority: P{rng.randint(1, 2)}   Status: {rng.choice(STATUSES)}")
    b.line("Reporter: [[r]]   Assignee: [[a]]", r=("PERSON", rep[0]), a=("PERSON", assignee[0]))
    b.line("Custom field (Subject account): [[u]]", u=("USERNAME", s["user"]))
    b.line("Custom field (Subject profile): [[url]]", url=("URL", C.profile_url(rng, C.username(rng))))
    b.line(f"Custom field (ID type): {cc} {s['idname']}")
    b.line("Custom field (ID value): [[i]]", i=("NATIONAL_ID", s["id"]))
    b.line(
        "Environment: ip=[[ip]] mac=[[m]] [[k]]=[[d]]",
        ip=("IP_ADDRESS", s["ip"]),
        m=("MAC_ADDRESS", ids.mac(rng)),
        k=s["dev"][0].replace(" ", "_"),
        d=("DEVICE_ID", s["dev"][1]),
    )
    b.line("Description:")
    b.line(
        "Payments from victims go to [[ib]] (account holder [[n]]). Second mule account: routing [[aba]], "
        "account [[acct]].",
        ib=("IBAN_CODE", ids.iban(rng, rng.choice(("DE", "NL", "IE", "FR")))),
        n=("PERSON", s["name"]),
        aba=("ABA_ROUTING_NUMBER", ids.aba_routing(rng)),
        acct=("US_BANK_NUMBER", ids.us_bank_account(rng)),
    )
    b.line(
        "Victim is [[a]]; family based in [[t]].",
        a=("MINOR_AGE", s["age"]),
        t=("LOCATION", rng.choice(("Coventry", "Cardiff", "Aberdeen", "Derry", "Preston"))),
    )


def t_zendesk(rng: random.Random, b: Builder) -> None:
    cc, s = _subject(rng)
    agent, rep = C.person(rng), C.person(rng)
    b.line(f"Ticket #{rng.randint(200000, 899999)} | Channel: API | Brand: Partner Portal")
    b.line(
        "Custom fields: affected_user=[[u]] | country=[[c]] | ssn=[[ssn]]",
        u=("USERNAME", s["user"]),
        c=cc,
        ssn=("US_SSN", ids.us_ssn(rng)),
    )
    b.line()
    b.line("[[r]] (end user), 09:14:", r=("PERSON", rep[0]))
    b.line(
        "Sorry, I pasted our integration key by mistake in the last message: [[k]]. Please redact it.",
        k=("CREDENTIAL", ids.api_token(rng)),
    )
    b.line()
    b.line("[[a]] (agent), 09:31:", a=("PERSON", agent[0]))
    b.line(
        "Redacted on our side, please rotate it. For the account owner [[n]] we also received a passport "
        "scan, number [[pp]], and ITIN [[it]] for the payout form.",
        n=("PERSON", s["name"]),
        pp=("US_PASSPORT", ids.us_passport(rng)),
        it=("US_ITIN", ids.us_itin(rng)),
    )
    b.line(
        "The account was registered with [[e]] from [[ip]]; last GPS fix in app: [[g]].",
        e=("EMAIL_ADDRESS", s["email"]),
        ip=("IP_ADDRESS", s["ip"]),
        g=("GEO_COORDINATES", ids.coords(rng, 51.5, -0.12)),
    )
    b.line(
        "Internal: account holder is [[mc]] per their own support chat, handle sensitively.",
        mc=("MEDICAL_CONDITION", rng.choice(("registered blind", "deaf", "autistic", "diabetic"))),
    )


def t_csv(rng: random.Random, b: Builder) -> None:
    b.line("# bulk escalation export, partner=SafeNet, rows=3")
    b.line("ticket,reported_user,holder_name,holder_country,holder_id,phone,ip")
    for _ in range(3):
        cc, s = _subject(rng)
        region = (
            cc
            if cc
            in (
                "DE",
                "FR",
                "ES",
                "IT",
                "NL",
                "PL",
                "BR",
                "SE",
                "RO",
                "BE",
                "CN",
                "IN",
                "ZA",
                "CA",
                "GB",
                "IE",
                "HR",
                "SK",
            )
            else "GB"
        )
        b.line(
            f"{rng.randint(10000, 99999)},[[u]],[[n]],{cc},[[i]],[[p]],[[ip]]",
            u=("USERNAME", s["user"]),
            n=("PERSON", s["name"]),
            i=("NATIONAL_ID", s["id"].replace(",", "")),
            p=("PHONE_NUMBER", ids.phone(rng, region, style="e164")),
            ip=("IP_ADDRESS", s["ip"]),
        )
    b.line(
        "# note: row 2 holder also uses [[e]]; row 3 holder was [[cr]] per partner.",
        e=("EMAIL_ADDRESS", C.email(rng, *C.person(rng)[1:], obfuscate=True)),
        cr=("CRIMINAL_HISTORY", rng.choice(W.CRIMINAL_CHILD)),
    )


TEMPLATES = (t_json, t_xml, t_email, t_jira, t_zendesk, t_csv)


def make(rng: random.Random, index: int) -> Builder:
    b = Builder()
    TEMPLATES[index % len(TEMPLATES)](rng, b)
    return b
