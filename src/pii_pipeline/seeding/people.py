"""One deterministic pool of people that the donations and volunteers stores both draw from.

Person i depends only on (seed, i), never on the number of rows, so the people who are both
donors and volunteers are the same whatever size the stores are seeded at.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from random import Random

from pii_pipeline.seeding import identifiers as ids
from pii_pipeline.seeding.vocab import derive_seed, email_for, name_pools, us_address


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    sex: str
    email: str  # lower case; a store may write it with other letter case
    phone: str  # ten digits; each store formats it its own way
    address: str
    zip_code: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@lru_cache(maxsize=65536)
def person(seed: int, key: str) -> Person:
    """Person `key` of the pool: "p<i>" for shared people, other prefixes for store-only people."""
    rng = Random(derive_seed(seed, f"person:{key}"))
    first, last, sex = name_pools(derive_seed(seed, "people")).person_name(rng)
    address, zip_code = us_address(rng)
    return Person(first, last, sex, email_for(rng, first, last), ids.phone_digits(rng), address, zip_code)


def pool_person(seed: int, index: int) -> Person:
    return person(seed, f"p{index}")


def mixed_case_email(email: str) -> str:
    """The same mailbox written differently: `maria.lopez@example.org` -> `Maria.Lopez@Example.org`."""
    local, _, domain = email.partition("@")
    parts = local.split(".")
    return ".".join(p[:1].upper() + p[1:] for p in parts) + "@" + domain[:1].upper() + domain[1:]
