"""Rows of the tips store: hotline reports whose narratives name reporters, children and suspects."""

from __future__ import annotations

from collections.abc import Iterator
from random import Random

from pii_pipeline.seeding import identifiers as ids
from pii_pipeline.seeding.common import Planter, before, updated_at
from pii_pipeline.seeding.narratives import narrative
from pii_pipeline.seeding.vocab import derive_seed, email_for, name_pools, us_address, username

CHANNELS = ("hotline", "web", "email", "app")
CATEGORIES = (
    "online enticement", "sextortion", "grooming", "csam report", "trafficking concern",
    "cyberbullying", "missing child", "inappropriate content", "other",
)  # fmt: skip
PLATFORMS = (
    "Discord", "Instagram", "Snapchat", "TikTok", "Roblox", "Minecraft", "Kik", "WhatsApp",
    "Telegram", "Fortnite", "Twitch", "Facebook Messenger",
)  # fmt: skip
RELATIONS = {
    "f": ("daughter", "niece", "granddaughter", "stepdaughter", "student", "neighbor"),
    "m": ("son", "nephew", "grandson", "stepson", "student", "neighbor"),
}


def _grade(age: int) -> str:
    if age < 5:
        return "in preschool"
    if age == 5:
        return "in kindergarten"
    g = age - 5
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(g, "th")
    return f"in {g}{suffix} grade"


def generate(*, rows: int, seed: int, people_pool: int | None, plant: Planter) -> Iterator[dict[str, object]]:
    del people_pool  # tips do not share people with the other stores
    rng = Random(derive_seed(seed, "tips:rows"))
    names = name_pools(derive_seed(seed, "tips"))
    for tip_id in range(1, rows + 1):
        changed = updated_at(rng)
        anonymous = rng.random() < 0.08
        r_first, r_last, r_sex = names.person_name(rng)
        reporter = None if anonymous else f"{r_first} {r_last}"
        r_email = None if anonymous or rng.random() < 0.15 else email_for(rng, r_first, r_last)
        r_phone = None if anonymous or rng.random() < 0.15 else ids.random_phone(rng)
        c_first, c_last, c_sex = names.person_name(rng)
        s_first, s_last, _ = names.person_name(rng, "m")  # the templates say "himself"
        k_first, k_last, _ = names.person_name(rng)
        age = rng.randint(3, 17)
        handle, ip, device = username(rng), ids.ip_address(rng), ids.device_id(rng)
        she = c_sex == "f"
        ctx: dict[str, str | None] = {
            "reporter": reporter,
            "reporter_email": r_email,
            "reporter_phone": r_phone,
            "child": f"{c_first} {c_last}",
            "suspect": f"{s_first} {s_last}",
            "counselor": f"{k_first} {k_last}",
            "username": handle,
            "alt_username": username(rng),
            "child_username": username(rng),
            "platform": rng.choice(PLATFORMS),
            "platform2": rng.choice(PLATFORMS),
            "suspect_phone": ids.random_phone(rng),
            "suspect_email": email_for(rng, s_first, s_last),
            # The narrative repeats the column value or names another address seen in the chats.
            "ip": ip if rng.random() < 0.5 else ids.ip_address(rng),
            "device": device if rng.random() < 0.5 else ids.device_id(rng),
            "address": us_address(rng)[0],
            "age": str(age),
            "grade": _grade(age),
            "relation": rng.choice(RELATIONS[c_sex]),
            "r_poss": "her" if r_sex == "f" else "his",
            "pronoun_cap": "She" if she else "He",
            "poss": "her" if she else "his",
            "obj": "her" if she else "him",
        }
        location = ids.geo_coordinates(rng)
        row = {
            "tip_id": tip_id,
            "received_at": before(rng, changed, 30),
            "updated_at": changed,
            "channel": rng.choice(CHANNELS),
            "category": rng.choice(CATEGORIES),
            "priority": rng.randint(1, 5),
            "case_number": f"CASE-{rng.choice((2025, 2026))}-{rng.randint(1, 999999):06d}",
            "reporter_name": reporter,
            "reporter_email": r_email,
            "reporter_phone": r_phone,
            "suspect_username": handle,
            "source_ip": ip,
            "device_id": device,
            "location": location,
            "child_age": age,
            "narrative": narrative(rng, ctx, plant),
        }
        for entity, value in (
            ("PERSON", reporter),
            ("EMAIL_ADDRESS", r_email),
            ("PHONE_NUMBER", r_phone),
            ("USERNAME", handle),
            ("IP_ADDRESS", ip),
            ("DEVICE_ID", device),
            ("GEO_COORDINATES", location),
        ):
            plant.add(entity, value)
        yield row
