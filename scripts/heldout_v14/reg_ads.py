"""Register 1: classified_ads - marketplace listings with platform moderation notes."""

from __future__ import annotations

import random

import common as C
import ids
import words as W
from builder import Builder

UK_TOWNS = ("Swindon", "Doncaster", "Exeter", "Luton", "Blackpool", "Carlisle", "Ipswich", "Wigan", "Slough")
CHILD_FLAGS = (
    "poster asked buyer to send photos of their children",
    "offer of free gifts to under-16s in exchange for a private chat",
    "babysitting ad requests overnight stays with no parent present",
    "user repeatedly messaged a minor who replied to the listing",
    "modelling casting aimed at young girls, asks to bypass parents",
)


def _mod_note(rng: random.Random, b: Builder, given: str, sur: str, region: str, child: bool) -> None:
    b.line()
    b.line("--- moderation note (internal, Trust & Safety) ---")
    reason = (
        rng.choice(CHILD_FLAGS)
        if child
        else rng.choice(
            (
                "price far below market, possible scam",
                "seller wants payment outside platform",
                "duplicate listing from banned device",
                "buyer reports no-show and abusive messages",
            )
        )
    )
    b.line("Flag reason: [[r]]", r=reason)
    b.line(
        "Seller account: [[u]] | registered email [[e]] | verified phone [[p]]",
        u=("USERNAME", C.username(rng, given)),
        e=("EMAIL_ADDRESS", C.email(rng, given, sur)),
        p=("PHONE_NUMBER", ids.phone(rng, region)),
    )
    kind, dev = ids.device_id(rng)
    b.line(
        "Last login from [[ip]] on device [[d]] ([[k]])", ip=("IP_ADDRESS", ids.ip(rng)), d=("DEVICE_ID", dev), k=kind
    )
    if child and rng.random() < 0.6:
        b.line(
            "Linked to earlier account [[u2]], closed after the holder was [[c]].",
            u2=("USERNAME", C.username(rng)),
            c=("CRIMINAL_HISTORY", rng.choice(W.CRIMINAL_CHILD)),
        )
    b.line(f"Action: listing hidden, escalated to hotline partner, ticket MOD-{rng.randint(100000, 999999)}.")


def t_item_uk(rng: random.Random, b: Builder) -> None:
    item, price = rng.choice(W.ITEMS)
    name, given, sur = C.person(rng)
    town = rng.choice(UK_TOWNS)
    b.line(f"FOR SALE: {item} - £{price} ono")
    b.line("Location: [[t]] | Posted 3 days ago | Category: Baby & Kids", t=("LOCATION", town))
    b.line(
        "Selling because we have moved on. Good condition, small scuff on one side. Cash on collection only, "
        "no holds, no silly offers. Happy to send more pics."
    )
    b.line(
        "Call or text [[n]] on [[p]] (after 5pm please) or WhatsApp [[p2]].",
        n=("PERSON", name if rng.random() < 0.5 else given),
        p=("PHONE_NUMBER", ids.phone(rng, "GB")),
        p2=("PHONE_NUMBER", ids.phone(rng, "GB")),
    )
    _mod_note(rng, b, given, sur, "GB", rng.random() < 0.3)


def t_room(rng: random.Random, b: Builder) -> None:
    name, given, sur = C.person(rng)
    town = rng.choice(UK_TOWNS)
    street = f"{rng.randint(3, 180)} {rng.choice(('Hollybush Lane', 'Station Road', 'Clarence Street', 'Elm Grove'))}"
    b.line(f"ROOM TO RENT - double room, bills incl., £{rng.randint(450, 790)} pcm")
    b.line("Address: [[a]], [[t]]", a=("STREET_ADDRESS", street), t=("LOCATION", town))
    b.line(
        "Quiet professional house share, 3 others, fibre broadband, garden. No DSS, no pets, "
        "couples considered. Deposit one month. Available from the 1st."
    )
    b.line(
        "I'm [[n]], [[age]]-year-old landlord living on site. Email [[e]] (no calls please).",
        n=("PERSON", name),
        age=("AGE", str(rng.randint(26, 64))),
        e=("EMAIL_ADDRESS", C.email(rng, given, sur, obfuscate=rng.random() < 0.6)),
    )
    if rng.random() < 0.5:
        b.line("Viewing: ask for my partner [[n2]] if I'm at work.", n2=("PERSON", C.person(rng)[0]))
    _mod_note(rng, b, given, sur, "GB", False)


def t_babysit(rng: random.Random, b: Builder) -> None:
    name, given, sur = C.person(rng)
    town = rng.choice(UK_TOWNS)
    if rng.random() < 0.5:
        b.line("BABYSITTER WANTED - [[t]]", t=("LOCATION", town))
        b.line(
            "Mum of two (boys aged [[a1]] and [[a2]]) looking for a reliable sitter two evenings a week. "
            "Must be DBS checked, references required. £12/hr.",
            a1=("MINOR_AGE", str(rng.randint(2, 6))),
            a2=("MINOR_AGE", str(rng.randint(7, 11))),
        )
        b.line(
            "Message [[n]] on [[p]] or see my profile [[url]].",
            n=("PERSON", given),
            p=("PHONE_NUMBER", ids.phone(rng, "GB")),
            url=("URL", C.profile_url(rng, C.username(rng, given))),
        )
    else:
        b.line("Experienced nanny available - evenings & weekends")
        b.line(
            "Hi! I'm [[n]], a [[age]]-year-old childcare student based in [[t]]. Paediatric first aid, "
            "enhanced DBS, own car. Happy with babies and school-age kids.",
            n=("PERSON", name),
            age=("AGE", str(rng.randint(18, 24))),
            t=("LOCATION", town),
        )
        b.line(
            "Contact: [[e]] / [[p]]",
            e=("EMAIL_ADDRESS", C.email(rng, given, sur)),
            p=("PHONE_NUMBER", ids.phone(rng, "GB")),
        )
    _mod_note(rng, b, given, sur, "GB", True)


def t_casting(rng: random.Random, b: Builder) -> None:
    handle = C.username(rng)
    b.line(
        "** PAID PHOTO SHOOT ** looking for girls [[a1]]-[[a2]], no experience needed",
        a1=("MINOR_AGE", str(rng.randint(11, 13))),
        a2=("MINOR_AGE", str(rng.randint(14, 16))),
    )
    b.line(
        "Fashion brand needs fresh faces for a catalogue. £200 cash per session. You don't need to bring "
        "a parent, we provide transport from [[t]] station. DM me on Snapchat [[u]] or Telegram [[u2]].",
        t=("LOCATION", rng.choice(UK_TOWNS)),
        u=("USERNAME", handle),
        u2=("USERNAME", C.username(rng)),
    )
    _, given, sur = C.person(rng)
    b.line()
    b.line("--- moderation note ---")
    b.line(
        "Reported by a parent, [[n]] ([[e]]), whose daughter ([[a]]) replied to the ad.",
        n=("PERSON", C.person(rng)[0]),
        e=("EMAIL_ADDRESS", C.email(rng, given, sur)),
        a=("MINOR_AGE", str(rng.randint(12, 15))),
    )
    b.line(
        "Account created from [[ip]]; payout card on file [[cc]]; phone [[p]].",
        ip=("IP_ADDRESS", ids.ip(rng)),
        cc=("CREDIT_CARD", ids.credit_card(rng)),
        p=("PHONE_NUMBER", ids.phone(rng, "GB")),
    )
    b.line("Escalated as suspected grooming. Do not contact the poster directly.")


def t_car(rng: random.Random, b: Builder) -> None:
    name, given, sur = C.person(rng)
    b.line(
        f"{rng.randint(2009, 2021)} {rng.choice(('Ford Fiesta 1.25', 'VW Polo TSI', 'Vauxhall Corsa SE'))}, "
        f"{rng.randint(38, 120)}k miles, MOT till next spring - £{rng.randint(18, 79)}00"
    )
    b.line(
        "Reg [[r]], full service history, two keys. Viewing in [[t]], test drive with proof of insurance.",
        r=("VEHICLE_PLATE", ids.plate(rng, "GB")),
        t=("LOCATION", rng.choice(UK_TOWNS)),
    )
    b.line(
        "Ask for [[n]]: [[p]]. Bank transfer only to [[i]] before collection.",
        n=("PERSON", name),
        p=("PHONE_NUMBER", ids.phone(rng, "GB")),
        i=("IBAN_CODE", ids.iban(rng, "GB")),
    )
    _mod_note(rng, b, given, sur, "GB", False)


def t_fr(rng: random.Random, b: Builder) -> None:
    name, given, sur = C.person(rng, "fr")
    b.line(f"À VENDRE : poussette double, très bon état - {rng.randint(40, 150)} €")
    b.line(
        "Secteur [[t]], remise en main propre uniquement. Housse de pluie et sac à langer offerts.",
        t=("LOCATION", rng.choice(W.FR_TOWNS)),
    )
    b.line(
        "Contactez [[n]] au [[p]] ou par mail : [[e]]",
        n=("PERSON", name),
        p=("PHONE_NUMBER", ids.phone(rng, "FR")),
        e=("EMAIL_ADDRESS", C.email(rng, given, sur, obfuscate=rng.random() < 0.4)),
    )
    if rng.random() < 0.5:
        b.line(
            "Adresse pour le retrait : [[a]]", a=("STREET_ADDRESS", f"{rng.randint(1, 90)} {rng.choice(W.FR_STREETS)}")
        )
    _mod_note(rng, b, given, sur, "FR", rng.random() < 0.4)


def t_de(rng: random.Random, b: Builder) -> None:
    name, given, sur = C.person(rng, "de")
    town = rng.choice(W.DE_TOWNS)
    b.line(f"Verkaufe Kinderfahrrad 20 Zoll, blau, VB {rng.randint(30, 90)} €")
    b.line(
        "Abholung in [[t]], [[a]]. Kein Versand, keine Garantie (Privatverkauf).",
        t=("LOCATION", town),
        a=("STREET_ADDRESS", f"{rng.choice(W.DE_STREETS)} {rng.randint(1, 80)}"),
    )
    b.line(
        "Bei Interesse: [[n]], Tel. [[p]], oder Nachricht an [[u]].",
        n=("PERSON", name),
        p=("PHONE_NUMBER", ids.phone(rng, "DE")),
        u=("USERNAME", C.username(rng, given)),
    )
    b.line(
        "Suche außerdem Babysitterin für meine Tochter ([[a1]] Jahre), abends.",
        a1=("MINOR_AGE", str(rng.randint(3, 9))),
    )
    _mod_note(rng, b, given, sur, "DE", rng.random() < 0.4)


def t_es(rng: random.Random, b: Builder) -> None:
    name, given, sur = C.person(rng, "es")
    b.line(f"Se alquila habitación en piso compartido - {rng.randint(280, 520)} €/mes")
    b.line(
        "Dirección: [[a]], [[t]]. Cerca del metro, gastos incluidos, solo chicas.",
        a=("STREET_ADDRESS", f"{rng.choice(W.ES_STREETS)} {rng.randint(2, 120)}, {rng.randint(1, 6)}º B"),
        t=("LOCATION", rng.choice(W.ES_TOWNS)),
    )
    b.line(
        "Llamar a [[n]] al [[p]] o escribir a [[e]]. Se pide DNI [[d]] del inquilino anterior como referencia.",
        n=("PERSON", name),
        p=("PHONE_NUMBER", ids.phone(rng, "ES")),
        e=("EMAIL_ADDRESS", C.email(rng, given, sur)),
        d=("NATIONAL_ID", ids.es_dni(rng)),
    )
    _mod_note(rng, b, given, sur, "ES", rng.random() < 0.3)


def t_it(rng: random.Random, b: Builder) -> None:
    name, given, sur = C.person(rng, "it")
    b.line(f"Vendo PlayStation 5 con due controller - {rng.randint(250, 380)} €")
    b.line(
        "Zona [[t]], consegna a mano o spedizione. Pagamento anticipato con bonifico su IBAN [[i]].",
        t=("LOCATION", rng.choice(W.IT_TOWNS)),
        i=("IBAN_CODE", ids.iban(rng, "IT")),
    )
    b.line(
        "Per info [[n]], cell. [[p]] (anche WhatsApp).", n=("PERSON", name), p=("PHONE_NUMBER", ids.phone(rng, "IT"))
    )
    b.line("Codice fiscale per la ricevuta: [[cf]]", cf=("NATIONAL_ID", ids.it_cf(rng)))
    _mod_note(rng, b, given, sur, "IT", False)


def t_digest(rng: random.Random, b: Builder) -> None:
    b.line("Weekly community board - local listings")
    for _ in range(3):
        item, price = rng.choice(W.ITEMS)
        name, given, _ = C.person(rng)
        town = rng.choice(UK_TOWNS)
        b.line(f"* {item}, £{price}. ")
        b.line(
            "  [[t]] - ring [[n]] [[p]]",
            t=("LOCATION", town),
            n=("PERSON", given if rng.random() < 0.4 else name),
            p=("PHONE_NUMBER", ids.phone(rng, "GB", rng.choice(("mobile", "fixed")))),
        )
    b.line("* Free to good home: rabbit hutch. Reply to [[u]] on the app.", u=("USERNAME", C.username(rng)))
    b.line(
        "Mods: please report anything that targets kids. Listings offering 'free phones for under 14s' are "
        "removed on sight."
    )


TEMPLATES = (t_item_uk, t_room, t_babysit, t_casting, t_car, t_fr, t_de, t_es, t_it, t_digest)


def make(rng: random.Random, index: int) -> Builder:
    b = Builder()
    TEMPLATES[index % len(TEMPLATES)](rng, b)
    return b
