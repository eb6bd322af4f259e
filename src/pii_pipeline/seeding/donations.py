"""Rows of the donations store: donors from the shared people pool, payment data and memos."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from random import Random

from pii_pipeline.seeding import identifiers as ids
from pii_pipeline.seeding.common import Planter, before, default_pool, fill, updated_at
from pii_pipeline.seeding.people import pool_person
from pii_pipeline.seeding.vocab import derive_seed, email_for, name_pools, us_address

CAMPAIGNS = (
    "Spring Appeal 2026", "Giving Tuesday", "Year-End Campaign", "Safe Online Summer", "Gala 2026",
    "Monthly Guardians", "Hotline Expansion Fund", "Back to School Safety", "Run for Kids 5K",
)  # fmt: skip
_TEAM_PLACES = ("Riverside", "Lakeside", "Northside", "Hillcrest", "Harbor", "Oakwood", "Downtown", "Westfield")
_TEAM_NOUNS = ("Runners", "Walkers", "Lions", "Neighbors", "Striders", "Cyclists", "Guardians", "Hawks")
_CURRENCIES = ("USD",) * 17 + ("CAD", "EUR", "GBP")
_RELATIONS = ("mother", "father", "grandmother", "grandfather", "sister", "brother", "husband", "wife", "friend")
_COMPANIES = ("Hollis & Grant LLP", "Northwind Traders", "Contoso Ltd", "Acme Logistics", "Bluebird Health")

ENTITIES = {"name": "PERSON", "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "address": "STREET_ADDRESS"}

PERSONAL_MEMOS = (
    "In memory of my {relation} {name}",
    "In honor of {name}'s birthday",
    "Please call me at {phone} about a matching gift",
    "Send the receipt to {email}",
    "Matching gift from employer ({company})",
    "Tribute card to {name}, {address}",
    "Gift on behalf of {name} and family",
    "call me at {phone}",
)
CLEAN_MEMOS = (
    "Annual gift", "Monthly recurring", "Thank you for your work", "Year-end gift", "Keep kids safe",
    "Gala table sponsorship", "Online gift", "For the hotline",
)  # fmt: skip


def _amount(rng: Random) -> Decimal:
    if rng.random() < 0.6:
        return Decimal(rng.choice((10, 20, 25, 50, 100, 250, 500, 1000))).quantize(Decimal("0.01"))
    return Decimal(f"{rng.randint(5, 4999)}.{rng.randint(0, 99):02d}")


def generate(*, rows: int, seed: int, people_pool: int | None, plant: Planter) -> Iterator[dict[str, object]]:
    rng = Random(derive_seed(seed, "donations:rows"))
    names = name_pools(derive_seed(seed, "donations"))
    pool = people_pool or default_pool(rows)
    for i in range(rows):
        # The first `pool` gifts come from distinct people 0..pool-1; later ones are repeat donors.
        donor = pool_person(seed, i if i < pool else rng.randrange(pool))
        changed = updated_at(rng)
        first, last, _ = names.person_name(rng)
        if rng.random() < 0.5:
            last = donor.last  # a tribute to a relative often shares the donor's surname
        ctx = {
            "relation": rng.choice(_RELATIONS),
            "name": f"{first} {last}",
            "phone": ids.format_phone(donor.phone, rng.choice(ids.PHONE_STYLES)),
            "email": email_for(rng, first, last),
            "address": us_address(rng)[0],
            "company": rng.choice(_COMPANIES),
        }
        if rng.random() < 1 / 3:
            memo: str | None = fill(rng.choice(PERSONAL_MEMOS), ctx, ENTITIES, plant)
        else:
            memo = rng.choice(CLEAN_MEMOS) if rng.random() < 0.8 else None
        card, account, routing = ids.card_number(rng), ids.bank_account(rng), ids.routing_number(rng)
        contact = ids.format_phone(donor.phone, rng.choice(ids.PHONE_STYLES)) if rng.random() < 0.5 else donor.email
        row = {
            "donation_id": i + 1,
            "donated_at": before(rng, changed, 14),
            "updated_at": changed,
            "amount": _amount(rng),
            "currency": rng.choice(_CURRENCIES),
            "campaign": rng.choice(CAMPAIGNS),
            "team_name": f"{rng.choice(_TEAM_PLACES)} {rng.choice(_TEAM_NOUNS)}" if rng.random() < 0.6 else None,
            "gift_id": f"G-{rng.randint(10000, 99999)}-{chr(rng.randint(65, 90))}{chr(rng.randint(65, 90))}",
            "zip_code": donor.zip_code,
            "donor_name": donor.name,
            "donor_email": donor.email,
            "contact": contact,
            "street_address": donor.address,
            "card_number": card,
            "bank_account": account,
            "routing_number": routing,
            "memo": memo,
        }
        plant.add("PERSON", donor.name)
        plant.add("EMAIL_ADDRESS", donor.email)
        plant.add("EMAIL_ADDRESS" if "@" in contact else "PHONE_NUMBER", contact)
        plant.add("STREET_ADDRESS", donor.address)
        plant.add("CREDIT_CARD", card)
        plant.add("US_BANK_NUMBER", account)
        plant.add("ABA_ROUTING_NUMBER", routing)
        yield row
