from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pii_pipeline.deid.engine import Deidentifier
from pii_pipeline.deid.errors import RevealError
from pii_pipeline.deid.keys import KeyRing
from pii_pipeline.deid.normalize_values import normalize
from pii_pipeline.deid.policy import parse_policy
from pii_pipeline.deid.reveal import reveal_tokens

ENCRYPT = parse_policy("version: 1\ndefault: {operator: encrypt}\n", source="enc.yaml")
PSEUDO = parse_policy("version: 1\ndefault: {operator: pseudonymize}\n", source="tok.yaml")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(min_size=1), entity=st.sampled_from(["US_SSN", "PERSON", "EMAIL_ADDRESS", "ABA_ROUTING_NUMBER"]))
def test_encrypt_round_trips_through_reveal(keyring, tmp_path_factory, value, entity) -> None:
    token = Deidentifier(ENCRYPT, keyring, store="s", table="t").value(value, entity)
    (result,) = reveal_tokens(
        [token], keyring, reason="r", actor="a", audit_log=tmp_path_factory.getbasetemp() / "a.log"
    )
    assert result.ok and result.entity_type == entity and result.version == 1
    assert result.value == normalize(entity, value)  # what was encrypted is the normalised value


def test_old_versions_reveal_after_rotation(keyring, keyring_v2, tmp_path: Path) -> None:
    old = Deidentifier(ENCRYPT, keyring, store="s", table="t").value("078-05-1120", "US_SSN")
    new = Deidentifier(ENCRYPT, keyring_v2, store="s", table="t").value("078-05-1120", "US_SSN")
    results = reveal_tokens([old, new], keyring_v2, reason="r", actor="a", audit_log=tmp_path / "a.log")
    assert [r.value for r in results] == ["078051120", "078051120"] and [r.version for r in results] == [1, 2]
    (missing,) = reveal_tokens([new], keyring, reason="r", actor="a", audit_log=tmp_path / "a.log")
    assert missing.outcome == "key_version_missing" and missing.value is None


def test_outcomes_and_audit_line(keyring, tmp_path: Path) -> None:
    secret = "Jane Q. Example"
    enc = Deidentifier(ENCRYPT, keyring, store="s", table="t").value(secret, "PERSON")
    tok = Deidentifier(PSEUDO, keyring, store="s", table="t").value(secret, "PERSON")
    other = KeyRing({1: os.urandom(32)}, 1, "other key")
    tampered = enc[:-3] + ("AAA" if not enc.endswith("AAA") else "BBB")
    log = tmp_path / "audit" / "reveal.log"
    tokens = [enc, tok, "078-05-1120", tampered]
    results = reveal_tokens(tokens, keyring, reason="case 42 court order", actor="alice", audit_log=log)
    assert [r.outcome for r in results] == ["revealed", "one_way", "not_a_token", "invalid"]
    assert "one-way" in results[1].message and "cannot be revealed" in results[1].message
    assert results[0].value == "jane q. example"
    assert "jane" not in repr(results).lower() and "078-05-1120" not in repr(results)
    (wrong_key,) = reveal_tokens([enc], other, reason="x", actor="alice", audit_log=log)
    assert wrong_key.outcome == "invalid"

    lines = log.read_text().splitlines()
    assert len(lines) == 2  # one per call, appended
    record = json.loads(lines[0])
    assert record["actor"] == "alice" and record["reason"] == "case 42 court order"
    assert record["time"].endswith("Z")
    assert [t["outcome"] for t in record["tokens"]] == ["revealed", "one_way", "not_a_token", "invalid"]
    assert record["tokens"][0]["token"] == enc and record["tokens"][2]["token"] is None
    text = log.read_text().lower()
    assert "jane" not in text and "078-05-1120" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


@pytest.mark.parametrize(("reason", "actor"), [("", "alice"), ("   ", "alice"), ("ok", "")])
def test_reason_and_actor_required_nothing_logged(keyring, tmp_path: Path, reason: str, actor: str) -> None:
    log = tmp_path / "a.log"
    with pytest.raises(RevealError):
        reveal_tokens(["enc_v1_X_abc"], keyring, reason=reason, actor=actor, audit_log=log)
    assert not log.exists()


def test_no_reveal_without_audit(keyring, tmp_path: Path) -> None:
    enc = Deidentifier(ENCRYPT, keyring, store="s", table="t").value("x@y.org", "EMAIL_ADDRESS")
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(RevealError, match="nothing was revealed") as info:
        reveal_tokens([enc], keyring, reason="r", actor="a", audit_log=blocker / "a.log")
    assert "x@y.org" not in str(info.value)


# ---------------------------------------------------------------- tokens.Tokenizer directly
def test_encrypt_with_an_older_key_version_uses_that_versions_key(keyring_v2) -> None:
    import base64

    from cryptography.hazmat.primitives.ciphers.aead import AESSIV

    from pii_pipeline.deid.tokens import Tokenizer, unpad

    tokenizer = Tokenizer(keyring_v2)
    for version in (1, 2):
        token = tokenizer.encrypt("US_SSN", "078051120", version)
        assert token.startswith(f"enc_v{version}_US_SSN_")
        opened = tokenizer.decrypt(token)
        assert (opened.entity_type, opened.version, opened.value) == ("US_SSN", version, "078051120")
        # An independent AES-SIV under the type's own key for that version opens it.
        body = token.removeprefix(f"enc_v{version}_US_SSN_")
        sealed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        plain = AESSIV(keyring_v2.siv_key("US_SSN", version)).decrypt(sealed, [b"US_SSN"])
        assert unpad(plain) == b"078051120"
    assert tokenizer.encrypt("US_SSN", "x") == tokenizer.encrypt("US_SSN", "x", 2)  # current version by default


def test_a_tokens_length_does_not_tell_the_values_length(keyring) -> None:
    from pii_pipeline.deid.tokens import Tokenizer

    tokenizer = Tokenizer(keyring)
    lengths = {len(tokenizer.encrypt("PERSON", "a" * n)) for n in range(31)}
    assert len(lengths) == 1  # up to 30 bytes: one bucket
    longer = tokenizer.encrypt("PERSON", "b" * 45)  # a second bucket, whose base64 needs padding restored
    assert len(longer) > lengths.pop() and tokenizer.decrypt(longer).value == "b" * 45


def test_what_a_token_that_cannot_be_opened_says(keyring, keyring_v2) -> None:
    from pii_pipeline.deid.tokens import TokenError, Tokenizer, check_entity_name, parse, unpad

    def refused(call, *args) -> tuple[str, str]:  # noqa: ANN001
        with pytest.raises(TokenError) as caught:
            call(*args)
        return caught.value.outcome, str(caught.value)

    tokenizer = Tokenizer(keyring)
    assert refused(tokenizer.decrypt, tokenizer.pseudonym("US_SSN", "x")) == (
        "one_way", "tok_ tokens are one-way (keyed hash): they cannot be revealed"
    )  # fmt: skip
    assert refused(tokenizer.decrypt, Tokenizer(keyring_v2).encrypt("US_SSN", "x")) == (
        "key_version_missing", "key version 2 is not in test key v1"
    )  # fmt: skip
    altered = tokenizer.encrypt("US_SSN", "078051120")[:-2] + "AA"
    assert refused(tokenizer.decrypt, altered) == (
        "invalid", "token does not open with this key (altered, truncated or another key)"
    )  # fmt: skip
    not_a_token = ("not_a_token", "not a token (expected tok_v<N>_<TYPE>_... or enc_v<N>_<TYPE>_...)")
    assert refused(parse, "hello") == not_a_token
    assert refused(parse, None) == not_a_token  # a null cell, not a crash
    assert refused(unpad, b"\x00078051120") == ("invalid", "token padding is malformed")
    with pytest.raises(ValueError, match=r"entity type 'us ssn' cannot label a token \(use A-Z, 0-9 and _\)"):
        check_entity_name("us ssn")


def test_every_token_opens_whatever_its_last_character(keyring) -> None:
    """The body is base64url with its '=' padding cut off and nothing else: among thousands of tokens every last
    character of the alphabet occurs, and each token still opens to its value (a body cut short would not)."""
    from pii_pipeline.deid.tokens import Tokenizer

    tokenizer = Tokenizer(keyring)
    values = [f"value-{i}" for i in range(3000)]
    tokens = [tokenizer.encrypt("US_SSN", v) for v in values]
    assert len({t[-1] for t in tokens}) == 64  # every base64url character ends some token
    assert all("=" not in t for t in tokens)
    assert [tokenizer.decrypt(t).value for t in tokens] == values
