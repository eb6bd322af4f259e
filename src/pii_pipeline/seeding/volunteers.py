"""Rows of the volunteers store: applicants with government ids, contacts and free-text notes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from random import Random

from pii_pipeline.seeding import identifiers as ids
from pii_pipeline.seeding.common import BASE_DATE, Planter, before, default_pool, fill, updated_at
from pii_pipeline.seeding.people import mixed_case_email, person, pool_person
from pii_pipeline.seeding.vocab import derive_seed, email_for, name_pools

SHARED_SHARE = 0.10  # volunteers who are also donors (same name, same mailbox)
STATUSES = ("applied", "screening", "approved", "active", "inactive", "rejected")
_RELATIONS = {
    "f": ("mother", "wife", "sister", "partner", "friend", "daughter", "spouse"),
    "m": ("father", "husband", "brother", "partner", "friend", "son", "spouse"),
}

ENTITIES = {"name": "PERSON", "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS"}

# (note, entity type, phrase): the phrase is planted under its type. Religion has no entity type in
# the product's contract (pii_pipeline.types), so religious notes are written but not planted.
SENSITIVE_NOTES: tuple[tuple[str, str | None, str], ...] = (
    ("Has type 1 diabetes; carries insulin on shifts.", "MEDICAL_CONDITION", "type 1 diabetes"),
    ("Disclosed an anxiety disorder, managed with medication.", "MEDICAL_CONDITION", "anxiety disorder"),
    ("Recovering from breast cancer treatment; prefers short shifts.", "MEDICAL_CONDITION", "breast cancer"),
    ("Has epilepsy; should not work alone at events.", "MEDICAL_CONDITION", "epilepsy"),
    ("Is HIV positive, disclosed voluntarily.", "MEDICAL_CONDITION", "HIV positive"),
    ("Disclosed a 2015 misdemeanor conviction for shoplifting.", "CRIMINAL_HISTORY", "2015 misdemeanor conviction"),
    ("Background check shows a DUI arrest in 2019.", "CRIMINAL_HISTORY", "DUI arrest in 2019"),
    ("Served 18 months for a felony drug possession charge.", "CRIMINAL_HISTORY", "felony drug possession"),
    ("Identifies as Native American; interested in tribal outreach.", "ETHNIC_ORIGIN", "Native American"),
    ("Is of Haitian descent and speaks Creole.", "ETHNIC_ORIGIN", "Haitian descent"),
    ("Observes Ramadan; no evening shifts that month.", None, "Observes Ramadan"),
    ("Practicing Orthodox Jew; unavailable on Saturdays.", None, "Orthodox Jew"),
    ("Openly gay; would like to help with the LGBTQ youth program.", "SEXUAL_ORIENTATION", "Openly gay"),
    ("Mentioned being bisexual during the interview.", "SEXUAL_ORIENTATION", "bisexual"),
    ("Is a transgender woman; use she/her.", "GENDER_IDENTITY", "transgender woman"),
)
PII_NOTES = (
    "Referred by {name} ({email}).",
    "Prefers texts at {phone}.",
    "Previously volunteered with {name} at the Tacoma office.",
    "Reference: {name}, {phone}.",
)
CLEAN_NOTES = (
    "Great with kids; reliable.", "Available weekends only.", "Completed orientation.",
    "Needs to renew background check in June.", "Speaks Spanish and English.", "Prefers front desk duty.",
)  # fmt: skip


def _ssn_style(rng: Random) -> str:
    return rng.choice(("dashed", "dashed", "spaced", "plain"))


def _notes(rng: Random, ctx: dict[str, str], plant: Planter) -> str | None:
    roll = rng.random()
    if roll < 0.25:
        text, entity, phrase = rng.choice(SENSITIVE_NOTES)
        if entity is not None:
            plant.add(entity, phrase)
        return text
    if roll < 0.45:
        return fill(rng.choice(PII_NOTES), ctx, ENTITIES, plant)
    return rng.choice(CLEAN_NOTES) if roll < 0.85 else None


def generate(*, rows: int, seed: int, people_pool: int | None, plant: Planter) -> Iterator[dict[str, object]]:
    rng = Random(derive_seed(seed, "volunteers:rows"))
    names = name_pools(derive_seed(seed, "volunteers"))
    pool = people_pool or default_pool(rows)
    shared = 0
    for vid in range(1, rows + 1):
        if rng.random() < SHARED_SHARE:
            # Low pool indexes are the first donors, so these people also appear in donations.
            who = pool_person(seed, shared % pool)
            email = mixed_case_email(who.email)
            shared += 1
        else:
            who = person(seed, f"v{vid}")
            email = who.email
        changed = updated_at(rng)
        status = rng.choice(STATUSES)
        shifts = 0 if status in ("applied", "screening", "rejected") else rng.randint(1, 120)
        ssn = ids.ssn_parts(rng)
        ssn_text, reference = ids.format_ssn(ssn, _ssn_style(rng)), ids.format_ssn(ssn, "dashed")
        dob = BASE_DATE - timedelta(days=rng.randint(18 * 365 + 5, 80 * 365))
        licence = ids.drivers_license(rng) if rng.random() < 0.9 else None
        passport = ids.passport_number(rng) if rng.random() < 0.6 else None
        phone = ids.format_phone(who.phone, rng.choice(ids.PHONE_STYLES))
        e_first, e_last, e_sex = names.person_name(rng)
        if rng.random() < 0.4:
            e_last = who.last  # family members often share the surname
        e_name, e_phone = f"{e_first} {e_last}", ids.random_phone(rng)
        contact_style = rng.randrange(3)
        relation = rng.choice(_RELATIONS[e_sex])
        r_first, r_last, _ = names.person_name(rng)
        ctx = {
            "name": f"{r_first} {r_last}",
            "email": email_for(rng, r_first, r_last),
            "phone": ids.random_phone(rng),
        }
        row = {
            "volunteer_id": vid,
            "applied_at": before(rng, changed, 180),
            "updated_at": changed,
            "status": status,
            "shifts_completed": shifts,
            "hours": (Decimal(shifts * rng.randint(8, 24)) / 4).quantize(Decimal("0.01")),
            "event_date": BASE_DATE + timedelta(days=rng.randint(0, 180)) if shifts else None,
            "full_name": who.name,
            "date_of_birth": dob,
            "ssn": ssn_text,
            # A legacy system keyed applicants by SSN; the column name hides it.
            "reference_code": reference,
            "drivers_license": licence,
            "passport_number": passport,
            "email": email,
            "phone": phone,
            "home_address": who.address,
            "emergency_contact": (
                f"{e_name}, {e_phone}",
                f"{e_name} ({relation}) {e_phone}",
                f"{e_name} - {e_phone}",
            )[contact_style],
            "notes": _notes(rng, ctx, plant),
        }
        plant.add("PERSON", who.name)
        plant.add("DATE_OF_BIRTH", dob.isoformat())
        plant.add("US_SSN", ssn_text)
        plant.add("US_SSN", reference)
        plant.add("US_DRIVER_LICENSE", licence)
        plant.add("US_PASSPORT", passport)
        plant.add("EMAIL_ADDRESS", email)
        plant.add("PHONE_NUMBER", phone)
        plant.add("STREET_ADDRESS", who.address)
        plant.add("PERSON", e_name)
        plant.add("PHONE_NUMBER", e_phone)
        yield row
