"""Who a request is about: values given on the command line or in a file, turned into their tokens.

A value is normalised exactly as de-identification normalises it (`deid.normalize_values`), then
tokenised under every key version and by every operator that makes a deterministic token:
`pseudonymize` (HMAC) and `encrypt` (AES-SIV, deterministic by design). So the search does not need
to know which policy, override or key version produced a partition.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pii_pipeline.deid.keys import KeyRing
from pii_pipeline.deid.normalize_values import normalize
from pii_pipeline.deid.tokens import Tokenizer, check_entity_name
from pii_pipeline.errors import PiiPipelineError
from pii_pipeline.types import ALL_ENTITIES

# Short names for the options people use most; anything else is `TYPE=VALUE` with an entity type.
ALIASES: dict[str, str] = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "ssn": "US_SSN",
    "name": "PERSON",
}


class SubjectError(PiiPipelineError, ValueError):
    """A request that cannot be understood. Names the option or file line, never the value."""


@dataclass(frozen=True, slots=True, repr=False)
class SubjectValue:
    entity_type: str
    value: str  # the secret this class carries: never in a repr

    def __repr__(self) -> str:
        return f"SubjectValue(entity_type={self.entity_type!r})"


@dataclass(frozen=True)
class SubjectTokens:
    """Every token the subject's values can take; `by_token` tells a token's entity type."""

    by_token: dict[str, str]

    @property
    def tokens(self) -> list[str]:
        return sorted(self.by_token)

    def query_hash(self) -> str:
        """For the audit log: a hash of the tokens (keyed), so it cannot be reversed by guessing values."""
        return "sha256:" + hashlib.sha256("\n".join(self.tokens).encode("ascii")).hexdigest()


def entity_for(name: str) -> str:
    """`email` or `EMAIL_ADDRESS` -> EMAIL_ADDRESS; unknown names are a SubjectError."""
    key = name.strip()
    entity = ALIASES.get(key.lower(), key.upper())
    if entity not in ALL_ENTITIES:
        raise SubjectError(f"unknown entity type {key!r} (use email, phone, ssn, name or an entity type)")
    return check_entity_name(entity)


def parse_pair(text: str, where: str) -> SubjectValue:
    """`TYPE=VALUE` (TYPE an entity type or alias)."""
    if "=" not in text:
        raise SubjectError(f"{where}: expected TYPE=VALUE")
    name, value = text.split("=", 1)
    if not value.strip():
        raise SubjectError(f"{where}: empty value")
    try:
        entity = entity_for(name)
    except SubjectError as exc:
        raise SubjectError(f"{where}: {exc}") from None
    return SubjectValue(entity, value.strip())


def read_file(path: Path) -> list[SubjectValue]:
    """One `TYPE=VALUE` a line; blank lines and `#` comments skipped. Errors name the line only."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SubjectError(f"{path}: cannot read ({type(exc).__name__})") from None
    values = []
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            values.append(parse_pair(line, f"{path}: line {number}"))
    return values


def subject_tokens(values: Iterable[SubjectValue], keyring: KeyRing) -> SubjectTokens:
    values = list(values)
    if not values:
        raise SubjectError("no value given: pass --email, --phone, --ssn, --name, --value or --from-file")
    tokenizer = Tokenizer(keyring)
    by_token: dict[str, str] = {}
    for item in values:
        normalized = normalize(item.entity_type, item.value)
        for version in keyring.versions:
            by_token[tokenizer.pseudonym(item.entity_type, normalized, version)] = item.entity_type
            by_token[tokenizer.encrypt(item.entity_type, normalized, version)] = item.entity_type
    return SubjectTokens(by_token)
