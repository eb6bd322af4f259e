"""Generate the project's labelled detection corpora (deterministic: fixed seeds, Faker's bundled data).

    .venv/bin/python scripts/make_corpus.py [--out tests/data/corpora]

Writes, in the shared corpus format (`{"id", "text", "spans": [{"start", "end", "label"}]}`):
- `tips_v1.jsonl`: ~600 hotline tip narratives, donation memos and volunteer notes covering every entity type,
  with adversarial spellings (full-width digits, zero-width spaces, NBSP, odd dashes) on some values;
- `hard_negatives_v1.jsonl`: ~300 documents with no personal information but many look-alikes (case and report
  numbers, invoices, tracking numbers, amounts, versions, times, dates, ZIP codes, product codes);
- `heldout_v1.jsonl`: ~200 documents from a second, separate template family (forms, chat logs, e-mails).
  Recognizers are never tuned on it: it estimates how the rules carry over to unseen phrasing.

All people, numbers and addresses are synthetic.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import string
import uuid
from collections.abc import Callable
from pathlib import Path

from faker import Faker

LOCALES = [
    "en_US",
    "en_US",
    "en_US",
    "es_MX",
    "fr_FR",
    "de_DE",
    "it_IT",
    "pl_PL",
    "hu_HU",
    "pt_BR",
    "nl_NL",
    "fi_FI",
    "tr_TR",
    "en_IN",
    "vi_VN",
    "sv_SE",
    "cs_CZ",
    "ro_RO",
    "en_GB",
    "ga_IE",
]


class Doc:
    """Text built piece by piece; labelled pieces become spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def add(self, text: str, label: str | None = None) -> None:
        if label:
            self.spans.append({"start": self.length, "end": self.length + len(text), "label": label})
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


class Values:
    """Synthetic values of every type, in the formats people write them."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in sorted(set(LOCALES))}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed * 100 + i)
        self.us = self.fakers["en_US"]

    def pick(self, items):  # noqa: ANN001, ANN201
        return self.r.choice(items)

    def faker(self) -> Faker:
        return self.fakers[self.pick(LOCALES)]

    # -- people and contact
    def name(self) -> str:
        f = self.faker()
        return self.pick([f"{f.first_name()} {f.last_name()}", f"{f.first_name()} {f.last_name()}", f.name()])

    def first(self) -> str:
        return self.faker().first_name()

    def email(self) -> str:
        return self.pick([self.us.email(), self.us.free_email(), self.faker().email(), self.us.company_email()])

    def phone(self) -> str:
        a, b, c = self.r.randint(201, 989), self.pick([555, self.r.randint(201, 989)]), self.r.randint(0, 9999)
        return self.pick(
            [
                f"({a}) {b}-{c:04d}",
                f"{a}-{b}-{c:04d}",
                f"{a}.{b}.{c:04d}",
                f"+1 {a} {b} {c:04d}",
                f"{a}{b}{c:04d}",
                f"1-{a}-{b}-{c:04d}",
                f"+1-{a}-{b}-{c:04d}",
                f"{a} {b} {c:04d}",
                f"({a}) {b}-{c:04d} ext. 12",
            ]
        )

    def local_phone(self) -> str:
        return f"555-{self.r.randint(0, 9999):04d}"

    def address(self) -> str:
        f = self.us
        street = f.street_address()
        return self.pick(
            [
                street,
                f"{street}, {f.city()}, {f.state_abbr()} {f.zipcode()}",
                f"{street}\n{f.city()}, {f.state_abbr()} {f.zipcode()}",
                f"{f.building_number()} {f.street_name()}",
            ]
        )

    def username(self) -> str:
        f = self.us
        base = self.pick(
            [
                f.user_name(),
                f.first_name().lower() + str(self.r.randint(1, 99)),
                "xX" + f.last_name() + "Xx",
                f.first_name().lower() + "_" + f.last_name().lower()[:4],
                self.pick(["skater", "gamer", "night", "lil", "shadow", "kitty"])
                + "_"
                + f.first_name().lower()
                + str(self.r.randint(1, 2012)),
            ]
        )
        return base

    def url(self) -> str:
        handle = self.us.user_name()
        return self.pick(
            [
                f"https://www.instagram.com/{handle}",
                f"https://facebook.com/{handle}.{self.r.randint(1, 99)}",
                f"www.tiktok.com/@{handle}",
                f"https://{self.us.domain_name()}/profile/{handle}",
                self.us.url(),
            ]
        )

    # -- government and financial identifiers
    def ssn(self) -> str:
        while True:
            area = self.r.randint(1, 899)
            if area != 666:
                break
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        sep = self.pick(["-", "-", "-", " ", ""])
        return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"

    def itin(self) -> str:
        group = self.pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        sep = self.pick(["-", "-", " ", ""])
        return f"9{self.r.randint(0, 99):02d}{sep}{group}{sep}{self.r.randint(0, 9999):04d}"

    def passport(self) -> str:
        return self.pick(
            [
                str(self.r.randint(100000000, 999999999)),
                self.pick(string.ascii_uppercase) + str(self.r.randint(10000000, 99999999)),
            ]
        )

    def driver_license(self) -> str:
        L, d = string.ascii_uppercase, lambda n: "".join(self.pick(string.digits) for _ in range(n))  # noqa: E731
        return self.pick(
            [
                self.pick(L) + d(7),
                d(9),
                self.pick(L) + d(12),
                f"{self.pick(L)}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",
                d(8),
                self.pick(L) + d(8),
                f"{d(3)} {d(3)} {d(3)}",
                self.pick(L) + d(14),
            ]
        )

    def card(self) -> str:
        kind = self.pick(["visa16", "mastercard", "amex", "discover", "jcb16", "diners", "visa16", "mastercard"])
        number = self.us.credit_card_number(kind)
        fmt = self.pick(["plain", "space4", "dash4", "plain"])
        if fmt == "plain" or len(number) not in (15, 16):
            return number
        groups = (
            [number[i : i + 4] for i in range(0, 16, 4)]
            if len(number) == 16
            else [number[:4], number[4:10], number[10:]]
        )
        return (" " if fmt == "space4" else "-").join(groups)

    def bank_account(self) -> str:
        return "".join(self.pick(string.digits) for _ in range(self.r.randint(8, 14)))

    def routing(self) -> str:
        while True:
            prefix = self.pick(["0", "1", "2", "3"]) + str(self.r.randint(0, 9))
            if int(prefix) <= 12 or 21 <= int(prefix) <= 32:
                break
        body = prefix + "".join(self.pick(string.digits) for _ in range(6))
        d = [int(c) for c in body]
        check = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
        return body + str(check)

    def iban(self) -> str:
        raw = self.pick(
            [self.fakers[loc] for loc in ("de_DE", "fr_FR", "nl_NL", "es_MX", "en_GB", "it_IT", "pl_PL")]
        ).iban()
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.4 else raw

    # -- devices and places
    def ip(self) -> str:
        return self.pick([self.us.ipv4_public(), self.us.ipv4_private(), self.us.ipv6(), self.us.ipv4()])

    def mac(self) -> str:
        mac = self.us.mac_address()
        return self.pick([mac, mac.upper(), mac.replace(":", "-").upper()])

    def device_id(self) -> str:
        body = self.pick(["35", "86", "01", "49", "99"]) + "".join(self.pick(string.digits) for _ in range(12))
        imei = body + luhn_digit(body)
        u = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return self.pick([imei, f"{imei[:2]}-{imei[2:8]}-{imei[8:14]}-{imei[14]}", u, u.upper()])

    def geo(self) -> str:
        lat, lon = self.r.uniform(25, 48), self.r.uniform(-124, -70)
        return self.pick(
            [
                f"{lat:.4f}, {lon:.4f}",
                f"{lat:.5f},{lon:.5f}",
                f"lat {lat:.3f} lon {lon:.3f}",
                f"{lat:.4f}° N, {abs(lon):.4f}° W",
                f"latitude: {lat:.4f}, longitude: {lon:.4f}",
                f"{int(lat)}°{int(lat % 1 * 60)}'{lat * 3600 % 60:.1f}\"N {int(abs(lon))}°{int(abs(lon) % 1 * 60)}'"
                f'{abs(lon) * 3600 % 60:.1f}"W',
            ]
        )

    def dob(self, child: bool = True) -> str:
        # Fixed reference year (not today's date) so the corpus does not change from day to day.
        year = 2026 - (self.r.randint(2, 17) if child else self.r.randint(19, 80))
        d = datetime.date(year, 1, 1) + datetime.timedelta(days=self.r.randint(0, 364))
        return self.pick(
            [
                d.strftime("%m/%d/%Y"),
                d.strftime("%Y-%m-%d"),
                d.strftime("%B %-d, %Y"),
                d.strftime("%-d %B %Y"),
                d.strftime("%-m/%-d/%y"),
                d.strftime("%b. %-d, %Y"),
            ]
        )

    def age(self) -> int:
        return self.r.randint(1, 17)


# Sensitive values, labelled as written into the templates.
MEDICAL = [
    "asthma",
    "type 1 diabetes",
    "epilepsy",
    "ADHD",
    "autism",
    "depression",
    "an anxiety disorder",
    "PTSD",
    "bipolar disorder",
    "a seizure disorder",
    "leukemia",
    "cerebral palsy",
    "an eating disorder",
    "HIV",
]
MEDS = ["Adderall", "insulin", "Zoloft", "an inhaler", "Ritalin", "Prozac", "Suboxone", "lithium", "Seroquel"]
ETHNIC = ["Hispanic", "Black", "Asian", "Native American", "Pacific Islander", "biracial", "Latina", "white"]
ORIENTATION = ["gay", "lesbian", "bisexual", "queer", "pansexual"]
GENDER = ["transgender", "non-binary", "genderqueer", "genderfluid"]
GENETIC = [
    "a BRCA1 mutation",
    "BRCA2 positive",
    "sickle cell trait",
    "genetic test results",
    "a 23andMe report",
    "the DNA test results",
    "Factor V Leiden",
]
CRIMINAL = [
    "convicted of assault",
    "on probation",
    "a registered sex offender",
    "arrested for burglary",
    "on parole",
    "convicted of child endangerment",
    "a prior DUI conviction",
    "served time in prison",
]
APPS = ["Snapchat", "Discord", "Instagram", "TikTok", "Roblox", "Kik"]
ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"]


def distractor(v: Values) -> str:
    """A hard-negative look-alike: references, amounts, versions, times, dates, ZIP codes, product codes."""
    r = v.r
    return v.pick(
        [
            f"Case CASE-{r.randint(2019, 2026)}-{r.randint(0, 999999):06d}",
            f"Report #{r.randint(10000, 99999)}",
            f"invoice INV-{r.randint(10000, 99999)}",
            f"order #{r.randint(1000000, 9999999)}",
            f"tracking number 1Z{r.randint(100, 999)}AA{r.randint(10**9, 10**10 - 1)}",
            f"${r.randint(5, 5000)}.{r.randint(0, 99):02d}",
            f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
            f"{r.randint(1, 12)}:{r.randint(0, 59):02d} pm",
            f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(2020, 2026)}",
            f"ZIP {r.randint(10000, 99999)}",
            f"SKU {r.randint(10**11, 10**12 - 1)}",
            f"ticket {r.randint(100000, 999999)}",
            f"ref. {r.randint(10**8, 10**9 - 1)}",
            f"batch {r.randint(100, 999)}-{r.randint(10, 99)}",
            f"room {r.randint(100, 450)}",
            f"{r.randint(2, 40)} minutes",
        ]
    )


def adversarial(v: Values, value: str, label: str) -> str:
    """Spellings that defeat naive patterns; normalisation must undo them."""
    if (
        label
        not in {
            "US_SSN",
            "US_ITIN",
            "PHONE_NUMBER",
            "CREDIT_CARD",
            "US_BANK_NUMBER",
            "ABA_ROUTING_NUMBER",
            "US_PASSPORT",
            "US_DRIVER_LICENSE",
            "DEVICE_ID",
            "EMAIL_ADDRESS",
        }
        or v.r.random() > 0.15
    ):
        return value
    kind = v.pick(["fullwidth", "zwsp", "nbsp", "dash"])
    if kind == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in value)
    if kind == "zwsp" and len(value) > 4:
        i = v.r.randint(1, len(value) - 2)
        return value[:i] + "\u200b" + value[i:]
    if kind == "nbsp":
        return value.replace(" ", "\u00a0")
    return value.replace("-", v.pick(["\u2011", "\u2013", "\u2212"]))


Template = list[str]
# A template is text with {slot} or {slot:LABEL} markers: `{name:PERSON}` inserts a generated name labelled PERSON.
TIP_TEMPLATES: list[str] = [
    "Hotline tip {case}. Reporter {name:PERSON} called from {phone:PHONE_NUMBER} about her neighbour's daughter "
    "{first:PERSON}, who is {age_n:MINOR_AGE} and in {grade:MINOR_AGE}. The suspect, {name:PERSON}, lives at "
    "{address:STREET_ADDRESS}.",
    "Caller says the child {first:PERSON} ({age_paren:MINOR_AGE}) has been messaged on {app} as {username:USERNAME} "
    "by an adult. The suspect's e-mail is {email:EMAIL_ADDRESS}; profile {url:URL}. {distractor}.",
    "Tip received {date}. The suspect {name:PERSON} was {criminal:CRIMINAL_HISTORY} and now contacts minors. His phone "
    "IMEI {device:DEVICE_ID}, last IP {ip:IP_ADDRESS}, router MAC {mac:MAC_ADDRESS}. {distractor}.",
    "Anonymous report: a {age_old:MINOR_AGE} girl was seen with {name:PERSON} near {geo:GEO_COORDINATES}. "
    "The girl has {medical:MEDICAL_CONDITION} and needs {meds:MEDICAL_CONDITION}.",
    "Reporter {name:PERSON} (DOB {dob:DATE_OF_BIRTH}) says her son {first:PERSON}, {age_old:MINOR_AGE}, is "
    "{gender:GENDER_IDENTITY} and is being bullied by an adult who found his screen name {username:USERNAME}.",
    "The mother, {name:PERSON}, reports that her daughter {first:PERSON} was born on {dob:DATE_OF_BIRTH}. The "
    "boyfriend {name:PERSON} is {criminal:CRIMINAL_HISTORY}. Callback number {phone:PHONE_NUMBER}.",
    "Case note {case}: the teen told the counsellor she is {orientation:SEXUAL_ORIENTATION} and that the suspect "
    "threatened to tell her family. Suspect handle {handle:USERNAME}, reached at {email:EMAIL_ADDRESS}.",
    "Tip: a man named {name:PERSON} offered money to a {age_old:MINOR_AGE} boy on {app} (user {username:USERNAME}). "
    "The boy's family is {ethnic:ETHNIC_ORIGIN} and recently moved to {address:STREET_ADDRESS}.",
    "Follow-up {distractor}: the suspect's device (advertising ID {device:DEVICE_ID}) logged in from "
    "{ip:IP_ADDRESS}. Location shared at {geo:GEO_COORDINATES}. Contact {name:PERSON} at {phone:PHONE_NUMBER}.",
    "The caller's niece, age {age:MINOR_AGE}, has {genetic:GENETIC_DATA} and her medical file was posted online by "
    "{name:PERSON}. My name is {name:PERSON}; call me on {local_phone:PHONE_NUMBER} any time after {time}.",
    "Reporter states her daughter {first:PERSON} is a {school_year:MINOR_AGE} and that the coach, {name:PERSON}, "
    "is {criminal:CRIMINAL_HISTORY}. Coach's driver's license {dl:US_DRIVER_LICENSE}.",
    "Suspect identified as {name:PERSON}, date of birth {adult_dob:DATE_OF_BIRTH}, SSN {ssn:US_SSN}, passport "
    "number {passport:US_PASSPORT}. {distractor}.",
]
DONATION_TEMPLATES: list[str] = [
    "Donation memo: {amount} from donor {name:PERSON}, card {card:CREDIT_CARD}, receipt to {email:EMAIL_ADDRESS}. "
    "{distractor}.",
    "Gift by ACH from {name:PERSON}: routing number {routing:ABA_ROUTING_NUMBER}, account number "
    "{bank:US_BANK_NUMBER}. Mailing address {address:STREET_ADDRESS}.",
    "International donor {name:PERSON} sent {amount} by wire from IBAN {iban:IBAN_CODE}. Tax ID (ITIN) "
    "{itin:US_ITIN}. {distractor}.",
    "Recurring donation, invoice {distractor}; donor {name:PERSON}, phone {phone:PHONE_NUMBER}, paid with "
    "{card:CREDIT_CARD}. In memory of her son, who had {medical:MEDICAL_CONDITION}.",
    "Donor {name:PERSON} asked that the receipt show SSN {ssn:US_SSN} and go to {address:STREET_ADDRESS}.",
    "Matching gift: {name:PERSON} ({email:EMAIL_ADDRESS}) — bank account {bank:US_BANK_NUMBER}, ABA "
    "{routing:ABA_ROUTING_NUMBER}. {distractor}.",
]
VOLUNTEER_TEMPLATES: list[str] = [
    "Volunteer application: applicant {name:PERSON}, born {adult_dob:DATE_OF_BIRTH}, driver license "
    "{dl:US_DRIVER_LICENSE}, lives at {address:STREET_ADDRESS}. Background check: {criminal:CRIMINAL_HISTORY}.",
    "Volunteer note: {name:PERSON} (she/her) mentioned she is {orientation:SEXUAL_ORIENTATION} and "
    "{ethnic:ETHNIC_ORIGIN}; "
    "prefers contact at {phone:PHONE_NUMBER}. Shift on {date} at {time}.",
    "Applicant {name:PERSON} uploaded a passport scan, passport {passport:US_PASSPORT}, and lists SSN "
    "{ssn:US_SSN}. Emergency contact {name:PERSON}, {phone:PHONE_NUMBER}.",
    "Volunteer {name:PERSON} takes {meds:MEDICAL_CONDITION} for {medical:MEDICAL_CONDITION}; her Discord is "
    "{handle:USERNAME}. {distractor}.",
    "Onboarding: {name:PERSON}, laptop MAC {mac:MAC_ADDRESS}, VPN IP {ip:IP_ADDRESS}, phone IMEI "
    "{device:DEVICE_ID}. Badge {distractor}.",
    "Volunteer {name:PERSON} is {gender:GENDER_IDENTITY}; contact via {email:EMAIL_ADDRESS} or at home, "
    "{address:STREET_ADDRESS}.",
]

# Held-out family: different layouts and phrasing (forms, chat, e-mail). Not used to tune recognizers.
HELDOUT_TEMPLATES: list[str] = [
    "INTAKE FORM\nName: {name:PERSON}\nPhone: {phone:PHONE_NUMBER}\nE-mail: {email:EMAIL_ADDRESS}\n"
    "Home address: {address:STREET_ADDRESS}\nDOB: {adult_dob:DATE_OF_BIRTH}\nNotes: {distractor}",
    "[chat] user123: hey she said her insta is {handle:USERNAME} and she's only {age:MINOR_AGE}\n[chat] mod: ok "
    "thanks, forwarding to {name:PERSON}",
    "From: {name:PERSON} <{email:EMAIL_ADDRESS}>\nSubject: my gift\nPlease charge my Visa {card:CREDIT_CARD} "
    "again this month. Thanks, {first:PERSON}",
    "Wire details — beneficiary {name:PERSON}; IBAN {iban:IBAN_CODE}; reference {distractor}.",
    "Device log: imei={device:DEVICE_ID} src={ip:IP_ADDRESS} hw={mac:MAC_ADDRESS} at {time}.",
    "Applicant SSN: {ssn:US_SSN}. Applicant ITIN: {itin:US_ITIN}. Routing: {routing:ABA_ROUTING_NUMBER}. "
    "Account: {bank:US_BANK_NUMBER}.",
    "Per the caller, the kid ({first:PERSON}) is {age_old:MINOR_AGE}, was diagnosed with "
    "{medical:MEDICAL_CONDITION} last year, and the stepdad {name:PERSON} is {criminal:CRIMINAL_HISTORY}.",
    "Photo metadata puts the child at {geo:GEO_COORDINATES}. Uploader goes by {handle:USERNAME} on {app}.",
    "License on file: DL# {dl:US_DRIVER_LICENSE}; passport no. {passport:US_PASSPORT}; birthdate "
    "{adult_dob:DATE_OF_BIRTH}.",
    "Note from {name:PERSON}: I'm {orientation:SEXUAL_ORIENTATION} and {gender:GENDER_IDENTITY}, please keep "
    "this private. Text me at {phone:PHONE_NUMBER}.",
]

NEGATIVE_TEMPLATES: list[str] = [
    "{distractor} was closed on {date} after review. Total {amount}; see {distractor}.",
    "Release notes {version}: fixed {distractor} handling; build finished at {time}.",
    "Shipment for {distractor} left the warehouse at {time}; {distractor}; weight {weight}.",
    "Monthly summary: {count} tips received, {count} referred, average response {count} minutes. {distractor}.",
    "Board meeting on {date} at {time} in {distractor}. Budget line {distractor}: {amount}.",
    "Campaign {version} raised {amount} from {count} gifts; the Cancer Research walk is on {date}.",
    "Invoice {distractor} for {amount} is due {date}. Payment terms net {count}. Purchase order {distractor}.",
    "Training module {version} covers how to file a report, escalate a case, and close {distractor}.",
    "Hotline stats for region ZIP {zip}: {count} calls, {count} texts, {count} web reports. {distractor}.",
    "The server was upgraded to {version}; uptime {count} days; error code {count}-{count}. {distractor}.",
    "Printer model HL-{count}DW, part number {distractor}, serial on the box. Office hours {time} to {time}.",
    "Quarterly report Q{q} {year}: donations up {count}%, {count} new volunteers, {count} trainings held.",
]


class Builder:
    def __init__(self, values: Values) -> None:
        self.v = values
        v = values
        self.slots: dict[str, Callable[[], str]] = {
            "name": v.name,
            "first": v.first,
            "phone": v.phone,
            "local_phone": v.local_phone,
            "email": v.email,
            "address": v.address,
            "username": v.username,
            "handle": lambda: "@" + v.username(),
            "url": v.url,
            "ssn": v.ssn,
            "itin": v.itin,
            "passport": v.passport,
            "dl": v.driver_license,
            "card": v.card,
            "bank": v.bank_account,
            "routing": v.routing,
            "iban": v.iban,
            "ip": v.ip,
            "mac": v.mac,
            "device": v.device_id,
            "geo": v.geo,
            "dob": v.dob,
            "adult_dob": lambda: v.dob(child=False),
            "age": lambda: str(v.age()),
            "age_n": lambda: str(v.age()),
            "age_old": lambda: v.pick([f"{v.age()}-year-old", f"{v.age()} year old", f"{v.age()}-yr-old"]),
            "age_paren": lambda: f"age {v.age()}",
            "grade": lambda: f"{v.pick(ORDINALS)} grade",
            "school_year": lambda: v.pick(["sophomore", "freshman", "7th grader"]),
            "medical": lambda: v.pick(MEDICAL),
            "meds": lambda: v.pick(MEDS),
            "ethnic": lambda: v.pick(ETHNIC),
            "orientation": lambda: v.pick(ORIENTATION),
            "gender": lambda: v.pick(GENDER),
            "genetic": lambda: v.pick(GENETIC),
            "criminal": lambda: v.pick(CRIMINAL),
            "app": lambda: v.pick(APPS),
            "case": lambda: f"CASE-{v.r.randint(2019, 2026)}-{v.r.randint(0, 999999):06d}",
            "distractor": lambda: distractor(v),
            "amount": lambda: f"${v.r.randint(5, 5000):,}.{v.r.randint(0, 99):02d}",
            "date": lambda: v.pick(
                [
                    f"{v.r.randint(1, 12)}/{v.r.randint(1, 28)}/{v.r.randint(2023, 2026)}",
                    (datetime.date(2026, 1, 1) + datetime.timedelta(days=v.r.randint(0, 364))).strftime("%B %-d"),
                ]
            ),
            "time": lambda: f"{v.r.randint(1, 12)}:{v.r.randint(0, 59):02d} {v.pick(['am', 'pm'])}",
            "version": lambda: f"v{v.r.randint(1, 9)}.{v.r.randint(0, 20)}.{v.r.randint(0, 9)}",
            "weight": lambda: f"{v.r.randint(1, 80)} lbs",
            "count": lambda: str(v.r.randint(2, 400)),
            "zip": lambda: v.us.zipcode(),
            "q": lambda: str(v.r.randint(1, 4)),
            "year": lambda: str(v.r.randint(2019, 2026)),
        }

    def render(self, template: str, attack: bool = True) -> Doc:
        doc = Doc()
        pos = 0
        for m in re.finditer(r"\{(\w+)(?::(\w+))?\}", template):
            doc.add(template[pos : m.start()])
            slot, label = m.group(1), m.group(2)
            value = self.slots[slot]()
            if label and attack:
                value = adversarial(self.v, value, label)
            # An article is not part of the value: "a BRCA1 mutation" is labelled "BRCA1 mutation".
            article = re.match(r"(?:a|an|the) ", value) if label else None
            if article:
                doc.add(article.group())
                value = value[article.end() :]
            doc.add(value, label)
            pos = m.end()
        doc.add(template[pos:])
        return doc


def write(path: Path, prefix: str, docs: list[Doc]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i, doc in enumerate(docs):
            record = {"id": f"{prefix}{i:04d}", "text": doc.text(), "spans": doc.spans}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "tests/data/corpora")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    main_builder = Builder(Values(20260401))
    templates = TIP_TEMPLATES * 2 + DONATION_TEMPLATES + VOLUNTEER_TEMPLATES
    docs = [main_builder.render(main_builder.v.pick(templates)) for _ in range(600)]
    write(args.out / "tips_v1.jsonl", "tip", docs)

    neg_builder = Builder(Values(20260402))
    negatives = [neg_builder.render(neg_builder.v.pick(NEGATIVE_TEMPLATES)) for _ in range(300)]
    write(args.out / "hard_negatives_v1.jsonl", "neg", negatives)

    held_builder = Builder(Values(20260403))
    held = [held_builder.render(held_builder.v.pick(HELDOUT_TEMPLATES)) for _ in range(200)]
    write(args.out / "heldout_v1.jsonl", "hold", held)


if __name__ == "__main__":
    main()
