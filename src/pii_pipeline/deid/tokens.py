"""Keyed tokens. Only key, entity type and normalised value decide a token: same value, same token in
every store, table and run; another type or key version, another token (the version is in the token).

  pseudonymize  tok_v1_US_SSN_<base32, lower case, of the first 120 bits of HMAC-SHA256>   one-way
  encrypt       enc_v1_US_SSN_<base64url of AES-SIV(padded value), entity type as associated data> reversible

Presidio's `hash` (salted SHA-256) can be reversed by hashing every SSN; an HMAC under a secret key
cannot. AES-SIV is deterministic (joins work) and authenticated (a tampered token fails to open).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

import numpy as np
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from pii_pipeline.errors import PiiPipelineError

from .keys import KeyRing

PSEUDONYM_PREFIX = "tok"
CIPHER_PREFIX = "enc"
PSEUDONYM_BYTES = 15  # 120 bits: collisions need ~2^60 distinct values
_B32_LOWER = np.frombuffer(b"abcdefghijklmnopqrstuvwxyz234567", np.uint8)
_SYMBOLS = PSEUDONYM_BYTES * 8 // 5  # base32 symbols per pseudonym (120 bits: 24, no padding)
_FIVE_BITS = np.array([16, 8, 4, 2, 1])
_ASCII = "ascii"  # pragma: no mutate (codec names are read in any case: "ASCII" is the same codec)
ENTITY_NAME = re.compile(r"[A-Z](?:[A-Z0-9_]*[A-Z0-9])?")
TOKEN = re.compile(r"(tok|enc)_v([1-9][0-9]{0,8})_([A-Za-z0-9_\-]+)")


class TokenError(PiiPipelineError, ValueError):
    """A token could not be opened. `outcome` is a short code for the audit log; no value in the message."""

    def __init__(self, outcome: str, message: str) -> None:
        super().__init__(message)
        self.outcome = outcome


@dataclass(frozen=True, slots=True)
class Opened:
    entity_type: str
    version: int
    value: str

    def __repr__(self) -> str:  # the value is the secret this class carries
        return f"Opened(entity_type={self.entity_type!r}, version={self.version})"


def check_entity_name(entity_type: str) -> str:
    if not ENTITY_NAME.fullmatch(entity_type):
        raise ValueError(f"entity type {entity_type!r} cannot label a token (use A-Z, 0-9 and _)")
    return entity_type


class Tokenizer:
    """Makes and opens tokens with one key ring; derived keys and ciphers are built once."""

    def __init__(self, keyring: KeyRing) -> None:
        self.keyring = keyring
        self._ciphers: dict[tuple[str, int], AESSIV] = {}

    def __repr__(self) -> str:
        return f"Tokenizer({self.keyring!r})"

    def pseudonym(self, entity_type: str, normalized: str, version: int | None = None) -> str:
        v = self.keyring.current_version if version is None else version
        digest = hmac.new(self.keyring.hmac_key(entity_type, v), normalized.encode(), hashlib.sha256).digest()
        body = base64.b32encode(digest[:PSEUDONYM_BYTES]).decode().lower()
        return f"{PSEUDONYM_PREFIX}_v{v}_{entity_type}_{body}"

    def pseudonyms(self, entity_type: str, normalized: list[str], version: int | None = None) -> list[str]:
        """`pseudonym` for many values at once: one-shot HMACs, and base32 over a numpy bit matrix."""
        if not normalized:
            return []
        v = self.keyring.current_version if version is None else version
        key = self.keyring.hmac_key(entity_type, v)
        digests = b"".join(hmac.digest(key, s.encode(), hashlib.sha256)[:PSEUDONYM_BYTES] for s in normalized)
        # Each value's 120 bits in a row, read as 24 five-bit symbols.
        bits = np.unpackbits(np.frombuffer(digests, np.uint8))
        symbols = bits.reshape(len(normalized), _SYMBOLS, 5) @ _FIVE_BITS
        body = _B32_LOWER[symbols].tobytes().decode()
        prefix = f"{PSEUDONYM_PREFIX}_v{v}_{entity_type}_"
        return [prefix + body[i * _SYMBOLS : (i + 1) * _SYMBOLS] for i in range(len(normalized))]

    def encrypt(self, entity_type: str, normalized: str, version: int | None = None) -> str:
        v = self.keyring.current_version if version is None else version
        sealed = self._cipher(entity_type, v).encrypt(pad(normalized.encode()), [entity_type.encode(_ASCII)])
        body = base64.urlsafe_b64encode(sealed).decode().rstrip("=")
        return f"{CIPHER_PREFIX}_v{v}_{entity_type}_{body}"

    def decrypt(self, token: str) -> Opened:
        kind, version, rest = parse(token)
        if kind == PSEUDONYM_PREFIX:
            raise TokenError("one_way", "tok_ tokens are one-way (keyed hash): they cannot be revealed")
        if version not in self.keyring.versions:
            raise TokenError("key_version_missing", f"key version {version} is not in {self.keyring.source}")
        # The entity type and the base64url body may both contain '_': try each split; only the
        # right one authenticates (AES-SIV's 128-bit tag covers the entity type as associated data).
        for i, char in enumerate(rest):
            # `and` here would only try more splits, which fail to authenticate: the same answer, slower.
            if char != "_" or not ENTITY_NAME.fullmatch(rest[:i]):  # pragma: no mutate
                continue
            entity, body = rest[:i], rest[i + 1 :]
            try:
                sealed = base64.urlsafe_b64decode(body + "==")  # padding restored; the decoder ignores any extra
                plain = self._cipher(entity, version).decrypt(sealed, [entity.encode(_ASCII)])
            except (InvalidTag, ValueError):
                continue
            return Opened(entity, version, unpad(plain).decode())
        raise TokenError("invalid", "token does not open with this key (altered, truncated or another key)")

    def _cipher(self, entity_type: str, version: int) -> AESSIV:
        # A cache: without it (or with a miss every time) each call builds the same cipher again.
        cipher = self._ciphers.get((entity_type, version))  # pragma: no mutate
        if cipher is None:
            cipher = AESSIV(self.keyring.siv_key(entity_type, version))
            self._ciphers[(entity_type, version)] = cipher  # pragma: no mutate
        return cipher


# A token's length must not tell a value's length: the plaintext is padded to a multiple of this.
PAD_BUCKET = 32
_PADDED = b"\x00"  # first byte of a padded plaintext; normalised values never start with NUL


def pad(plain: bytes) -> bytes:
    """Marker, value, 0x80, then zeros up to the bucket (ISO/IEC 7816-4 padding)."""
    body = _PADDED + plain + b"\x80"
    return body + b"\x00" * (-len(body) % PAD_BUCKET)


def unpad(plain: bytes) -> bytes:
    """Inverse of `pad`; a plaintext without the marker is from a token made before padding."""
    if not plain.startswith(_PADDED):
        return plain
    # pragma below: only an authenticated plaintext gets here, and ours always has 0x80 before the zeros.
    body = plain[1:].rstrip(b"\x00")  # pragma: no mutate
    if not body.endswith(b"\x80"):
        raise TokenError("invalid", "token padding is malformed")
    return body[:-1]


def parse(token: str) -> tuple[str, int, str]:
    """(kind, version, rest) of a token, or TokenError('not_a_token')."""
    match = TOKEN.fullmatch(token.strip()) if isinstance(token, str) else None
    if match is None:
        raise TokenError("not_a_token", "not a token (expected tok_v<N>_<TYPE>_... or enc_v<N>_<TYPE>_...)")
    return match.group(1), int(match.group(2)), match.group(3)
