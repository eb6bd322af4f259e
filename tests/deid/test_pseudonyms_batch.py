"""`Tokenizer.pseudonyms` (the batch path) gives exactly what `pseudonym` gives one value at a time, for every
key version, and an independent HMAC-SHA256 + base32 computation agrees with both."""

from __future__ import annotations

import base64
import hashlib
import hmac
from pathlib import Path

import pytest

from pii_pipeline.deid.keys import generate_key_file, load_keyring
from pii_pipeline.deid.tokens import PSEUDONYM_BYTES, PSEUDONYM_PREFIX, Tokenizer

VALUES = ["jane@example.org", "", "536-22-1947", "Zoë Ærø", "a" * 500, "jane@example.org"]


@pytest.fixture
def tokenizer(tmp_path: Path) -> Tokenizer:
    path = tmp_path / "k" / "key.json"
    path.parent.mkdir()
    generate_key_file(path)
    generate_key_file(path, version=2)  # rotation: version 2 current, version 1 kept
    return Tokenizer(load_keyring(path))


@pytest.mark.parametrize("version", [None, 1, 2])
def test_batch_equals_one_at_a_time(tokenizer: Tokenizer, version: int | None) -> None:
    batch = tokenizer.pseudonyms("EMAIL_ADDRESS", VALUES, version)
    assert batch == [tokenizer.pseudonym("EMAIL_ADDRESS", v, version) for v in VALUES]
    assert batch[0] == batch[-1] and len(set(batch)) == len(VALUES) - 1


def test_against_an_independent_computation(tokenizer: Tokenizer) -> None:
    ring = tokenizer.keyring
    assert ring.current_version == 2
    for version in (1, 2):
        key = ring.hmac_key("US_SSN", version)
        digest = hmac.new(key, b"536-22-1947", hashlib.sha256).digest()[:PSEUDONYM_BYTES]
        expected = f"{PSEUDONYM_PREFIX}_v{version}_US_SSN_" + base64.b32encode(digest).decode().lower().rstrip("=")
        assert tokenizer.pseudonyms("US_SSN", ["536-22-1947"], version) == [expected]
        assert tokenizer.pseudonym("US_SSN", "536-22-1947", version) == expected
    assert tokenizer.pseudonyms("US_SSN", ["536-22-1947"]) == tokenizer.pseudonyms("US_SSN", ["536-22-1947"], 2)


def test_types_and_versions_give_different_tokens(tokenizer: Tokenizer) -> None:
    a = tokenizer.pseudonyms("US_SSN", ["x"], 1)[0]
    assert a != tokenizer.pseudonyms("US_SSN", ["x"], 2)[0]
    assert a.split("_")[-1] != tokenizer.pseudonyms("PHONE_NUMBER", ["x"], 1)[0].split("_")[-1]
    assert tokenizer.pseudonyms("US_SSN", []) == []
