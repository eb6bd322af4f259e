"""Sentence templates for tip narratives.

A field named in ENTITIES is a personal value and gets planted; the other fields (ages, grades,
platforms, pronouns) are context. A template is used only when all its fields have values.
"""

from __future__ import annotations

from random import Random

from pii_pipeline.seeding.common import Planter, fill, usable

ENTITIES = {
    "reporter": "PERSON",
    "child": "PERSON",
    "suspect": "PERSON",
    "counselor": "PERSON",
    "username": "USERNAME",
    "alt_username": "USERNAME",
    "child_username": "USERNAME",
    "reporter_phone": "PHONE_NUMBER",
    "suspect_phone": "PHONE_NUMBER",
    "reporter_email": "EMAIL_ADDRESS",
    "suspect_email": "EMAIL_ADDRESS",
    "ip": "IP_ADDRESS",
    "device": "DEVICE_ID",
    "address": "STREET_ADDRESS",
}

OPENERS = (
    "{reporter} called the hotline about {r_poss} {relation}, {child}.",
    "{reporter} wrote in because {child} has been contacted by an adult stranger online.",
    "Reporter {reporter} is worried about {child}, {r_poss} {relation}.",
    "{reporter} reports that an adult has been messaging {child} for several weeks.",
    "An anonymous caller is concerned about a child named {child}.",
    "A teacher who asked not to be named reported concerns about {child}.",
)

SUSPECT = (
    "The suspect, {suspect}, contacted {child} on {platform} as {username}.",
    "A man who calls himself {suspect} uses the screen name {username} on {platform}.",
    "{child} said that {suspect} first reached out on {platform}, using the handle {username}.",
    "The account {username} on {platform} belongs to someone calling himself {suspect}.",
    "On {platform} as {username}, {suspect} offered {child} gift cards in exchange for photos.",
)

EXTRAS = (
    "{pronoun_cap} is {age}.",
    "{pronoun_cap} is {age} and {grade}.",
    "{child} is {grade}.",
    "The suspect asked {child} to text {suspect_phone}.",
    "{suspect} also sent messages from {suspect_email}.",
    "The messages were traced to IP address {ip}.",
    "The suspect's phone has the device ID {device}.",
    "{child} lives at {address}.",
    "The suspect offered to pick {child} up at {address}.",
    "Please call the reporter back at {reporter_phone}.",
    "The reporter can be reached at {reporter_email}.",
    "{child} also uses the screen name {child_username} on {platform2}.",
    "{suspect} also goes by {alt_username} on {platform2}.",
    "The school counselor, {counselor}, has been informed.",
    "The conversation moved to a private chat after a few days.",
    "The reporter saved screenshots of the chat.",
    "The reporter fears the contact is escalating.",
    "As far as the reporter knows, no meeting has taken place yet.",
    "The suspect claimed to be 16, but the profile photo looks much older.",
    "The suspect asked {obj} to keep the chats secret from {poss} parents.",
)


def narrative(rng: Random, ctx: dict[str, str | None], plant: Planter) -> str:
    """Three to six sentences: an opener, the suspect, then one to four extras."""
    openers = [t for t in OPENERS if usable(t, ctx)]
    extras = [t for t in EXTRAS if usable(t, ctx)]
    chosen = [rng.choice(openers), rng.choice(SUSPECT), *rng.sample(extras, rng.randint(1, 4))]
    return " ".join(fill(t, ctx, ENTITIES, plant) for t in chosen)
