from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest

from pii_pipeline.deid import keys
from pii_pipeline.deid.errors import KeyRingError
from pii_pipeline.deid.keys import KeyRing, generate_key_file, keyring_from_airflow, keyring_from_env, load_keyring


def test_generate_writes_0600_and_loads(tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    assert generate_key_file(path) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    doc = json.loads(path.read_text())
    assert set(doc) == {"version", "created", "key"} and len(base64.b64decode(doc["key"])) == 32
    ring = load_keyring(path)
    assert ring.current_version == 1 and ring.versions == (1,)
    assert doc["key"] not in repr(ring)


def test_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    generate_key_file(path)
    before = path.read_bytes()
    with pytest.raises(KeyRingError, match="refusing to overwrite"):
        generate_key_file(path)
    assert path.read_bytes() == before
    generate_key_file(path, force=True)
    assert path.read_bytes() != before and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_rotation_adds_a_version_and_keeps_the_old(tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    generate_key_file(path)
    v1 = load_keyring(path).hmac_key("US_SSN", 1)
    assert generate_key_file(path, version=2) == 2
    ring = load_keyring(path)
    assert ring.versions == (1, 2) and ring.current_version == 2
    assert ring.hmac_key("US_SSN", 1) == v1 != ring.hmac_key("US_SSN")
    with pytest.raises(KeyRingError, match="already has key version 2"):
        generate_key_file(path, version=2)
    generate_key_file(path, version=3)
    assert load_keyring(path).versions == (1, 2, 3)


def test_derived_keys_differ_by_purpose_type_and_version(keyring_v2: KeyRing) -> None:
    derived = {
        keyring_v2.hmac_key("US_SSN", 1),
        keyring_v2.hmac_key("US_SSN", 2),
        keyring_v2.hmac_key("PERSON", 2),
        keyring_v2.siv_key("US_SSN", 2)[:32],
        keyring_v2.siv_key("PERSON", 2)[:32],
    }
    assert len(derived) == 5
    assert len(keyring_v2.siv_key("US_SSN")) == 64
    with pytest.raises(KeyRingError, match="key version 7"):
        keyring_v2.hmac_key("US_SSN", 7)


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "key.json"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    path.chmod(0o600)  # a key file others can read is refused before its content is looked at
    return path


SHORT = base64.b64encode(b"k" * 16).decode()
GOOD = base64.b64encode(os.urandom(32)).decode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "is not valid JSON"),
        (b"\xff\xfe", "is not valid JSON"),
        ("[]", "expected a JSON object"),
        ('{"version": 1}', "missing `key`"),
        (json.dumps({"version": 1, "key": "***"}), "not valid base64"),
        (json.dumps({"version": 1, "key": SHORT}), "16 bytes; at least 32"),
        (json.dumps({"version": 0, "key": GOOD}), "`version` must be a positive integer"),
        (json.dumps({"current": 2, "keys": [{"version": 1, "key": GOOD}]}), "current key version 2"),
        (
            json.dumps({"current": 1, "keys": [{"version": 1, "key": GOOD}, {"version": 1, "key": GOOD}]}),
            "appears twice",
        ),
        (json.dumps({"current": 1, "keys": []}), "non-empty list"),
    ],
    # Ids from the messages: the contents hold a random key, and ids must be the same in every collection
    # (`make mutation` selects tests by id).
    ids=lambda v: v if isinstance(v, str) and not v.startswith(("{", "[")) else "content",
)
def test_malformed_key_files_fail_closed(tmp_path: Path, content, message: str) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(KeyRingError, match=message) as info:
        load_keyring(path)
    assert str(path) in str(info.value)
    for secret in (SHORT, GOOD):
        assert secret not in str(info.value)


def test_missing_and_unreadable_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeyRingError, match="does not exist"):
        load_keyring(tmp_path / "nope.json")
    with pytest.raises(KeyRingError, match="cannot be read"):
        load_keyring(tmp_path)  # a directory


def test_keyring_from_env(tmp_path: Path) -> None:
    with pytest.raises(KeyRingError, match="PII_PIPELINE_KEY_FILE is not set"):
        keyring_from_env({})
    path = tmp_path / "k.json"
    generate_key_file(path)
    assert keyring_from_env({"PII_PIPELINE_KEY_FILE": str(path)}).current_version == 1
    with pytest.raises(KeyRingError, match="does not exist"):
        keyring_from_env({"PII_PIPELINE_KEY_FILE": str(tmp_path / "other.json")})


def _conn(password, extra=None):
    return SimpleNamespace(password=password, extra_dejson=extra or {})


def test_keyring_from_airflow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "_airflow_connection", lambda conn_id: _conn(GOOD, {"version": 3}))
    ring = keyring_from_airflow()
    assert ring.current_version == 3 and "pii_pipeline_key" in ring.source
    doc = json.dumps({"current": 2, "keys": [{"version": 1, "key": GOOD}, {"version": 2, "key": GOOD}]})
    monkeypatch.setattr(keys, "_airflow_connection", lambda conn_id: _conn(doc))
    assert keyring_from_airflow("x").versions == (1, 2)


@pytest.mark.parametrize(
    ("conn", "message"),
    [
        (_conn(None), "has no password"),
        (_conn(SHORT), "at least 32"),
        (_conn("{broken"), "not a valid key document"),
        (_conn(GOOD, {"version": "one"}), "extra.version"),
    ],
)
def test_airflow_connection_problems_fail_closed(monkeypatch, conn, message: str) -> None:
    monkeypatch.setattr(keys, "_airflow_connection", lambda conn_id: conn)
    with pytest.raises(KeyRingError, match=message) as info:
        keyring_from_airflow()
    assert SHORT not in str(info.value) and GOOD not in str(info.value)


def test_airflow_lookup_failure_fails_closed(monkeypatch) -> None:
    def boom(conn_id):
        raise RuntimeError("secret-ish backend message")

    monkeypatch.setattr(keys, "_airflow_connection", boom)
    with pytest.raises(KeyRingError, match=r"cannot be read \(RuntimeError\)") as info:
        keyring_from_airflow()
    assert "secret-ish" not in str(info.value)
