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


# ---------------------------------------------------------------- rules mutmut found unchecked
def test_derived_keys_are_hkdf_sha256_as_documented(keyring_v2: KeyRing) -> None:
    # Tokens published today must match those of earlier runs: the derivation is part of the file format.
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from .conftest import KEY_V1, KEY_V2

    def hkdf(master: bytes, info: str, length: int) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=length, salt=b"pii-pipeline/deid", info=info.encode()).derive(
            master
        )

    for version, master in ((1, KEY_V1), (2, KEY_V2)):
        assert keyring_v2.hmac_key("US_SSN", version) == hkdf(master, f"pii-pipeline/hmac-sha256/v{version}/US_SSN", 32)
        assert keyring_v2.siv_key("US_SSN", version) == hkdf(master, f"pii-pipeline/aes-siv/v{version}/US_SSN", 64)
        assert keyring_v2.purpose_key("audit", version) == hkdf(master, f"pii-pipeline/purpose-audit/v{version}/-", 32)
    assert keyring_v2.purpose_key("audit") == keyring_v2.purpose_key("audit", 2)


def test_a_key_ring_refuses_no_key_and_short_keys() -> None:
    with pytest.raises(KeyRingError) as info:
        KeyRing({}, 1)
    assert str(info.value) == "key ring: no key"
    with pytest.raises(KeyRingError) as info:
        KeyRing({1: b"k" * 16}, 1)
    assert str(info.value) == "key ring: key version 1 is 16 bytes; at least 32 are required"


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o644])
def test_a_key_file_group_or_others_can_read_is_refused(tmp_path: Path, mode: int) -> None:
    path = _write(tmp_path, json.dumps({"version": 1, "key": GOOD}))
    path.chmod(mode)
    with pytest.raises(KeyRingError) as info:
        load_keyring(path)
    assert str(info.value) == (
        f"key file {path} has mode {mode:o}: group or others can access it; refused (chmod 600 it)"
    )


def test_keyring_from_env_reads_the_process_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "k.json"
    generate_key_file(path, version=4)
    monkeypatch.setenv("PII_PIPELINE_KEY_FILE", str(path))
    assert keyring_from_env().current_version == 4


def test_airflow_connection_details(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def lookup(answer):  # noqa: ANN001, ANN202
        def connection(conn_id: str):  # noqa: ANN202
            asked.append(conn_id)
            return answer

        return connection

    monkeypatch.setattr(keys, "_airflow_connection", lookup(_conn(GOOD)))
    ring = keyring_from_airflow()
    assert asked == ["pii_pipeline_key"] and ring.current_version == 1  # no version in extra: 1
    assert ring.source == "Airflow connection 'pii_pipeline_key'"
    doc = json.dumps({"version": 2, "key": GOOD})
    monkeypatch.setattr(keys, "_airflow_connection", lookup(_conn(doc)))
    assert keyring_from_airflow("other").source == "Airflow connection 'other'"

    class NoExtra:
        password = GOOD

        @property
        def extra_dejson(self):  # noqa: ANN202
            raise ValueError("extra is not JSON")

    monkeypatch.setattr(keys, "_airflow_connection", lookup(NoExtra()))
    assert keyring_from_airflow().current_version == 1
    for bad in (True, 0):
        monkeypatch.setattr(keys, "_airflow_connection", lookup(_conn(GOOD, {"version": bad})))
        with pytest.raises(KeyRingError, match=r"extra\.version must be a positive integer"):
            keyring_from_airflow()
    monkeypatch.setattr(keys, "_airflow_connection", lookup(_conn(SHORT)))
    with pytest.raises(KeyRingError) as info:
        keyring_from_airflow()
    assert (
        str(info.value) == "Airflow connection 'pii_pipeline_key': password: key is 16 bytes; at least 32 are required"
    )

    def no_airflow(conn_id: str):  # noqa: ANN202
        raise ImportError("airflow")

    monkeypatch.setattr(keys, "_airflow_connection", no_airflow)
    with pytest.raises(KeyRingError) as info:
        keyring_from_airflow()
    assert str(info.value) == "Airflow connection 'pii_pipeline_key': Airflow is not installed"


def test_the_connection_is_asked_of_airflows_base_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    # Airflow itself stays out of this process (its tests run it in child processes): its module is stood in for.
    import sys
    from types import ModuleType

    asked: list[str] = []
    sdk = ModuleType("airflow.sdk")
    sdk.BaseHook = SimpleNamespace(get_connection=lambda conn_id: asked.append(conn_id) or _conn(GOOD))
    monkeypatch.setitem(sys.modules, "airflow", ModuleType("airflow"))
    monkeypatch.setitem(sys.modules, "airflow.sdk", sdk)
    assert keyring_from_airflow("pii_test_key").current_version == 1 and asked == ["pii_test_key"]


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"version": 1, "key": "***"}, "src: key version 1: key is not valid base64"),
        (
            {"current": 1, "keys": [{"version": 1, "key": "***"}]},
            "src: keys[0]: key version 1: key is not valid base64",
        ),
        ({"current": 1, "keys": ["k"]}, "src: keys[0]: expected an object with version, created, key"),
        (
            {"current": 1, "keys": [{"version": True, "key": GOOD}]},
            "src: keys[0]: `version` must be a positive integer",
        ),
        ({"current": True, "keys": [{"version": 1, "key": GOOD}]}, "src: `current` must name one of the key versions"),
    ],
    ids=["one-version", "keys-entry", "not-an-object", "bool-version", "bool-current"],
)
def test_key_document_errors_name_the_place(doc: dict, message: str) -> None:
    with pytest.raises(KeyRingError) as info:
        keys.keyring_from_document(doc, "src")
    assert str(info.value) == message


def test_keys_in_either_base64_alphabet_are_read() -> None:
    # Standard ('+', '/') and URL-safe ('-', '_') base64, with one or both of the two special characters.
    for raw, standard, urlsafe in (
        (b"\xf8" * 33, "+", "-"),  # only the 62nd character
        (b"\xff" * 33, "/", "_"),  # only the 63rd
        (b"\xfb" * 33, "+/", "-_"),  # both
    ):
        for text, specials in (
            (base64.b64encode(raw).decode(), standard),
            (base64.urlsafe_b64encode(raw).decode(), urlsafe),
        ):
            assert set(text) & set("+/-_") == set(specials), text
            assert keys._decode_key(text, "k") == raw, text


def test_generate_key_file_versions_and_messages(tmp_path: Path) -> None:
    path = tmp_path / "k.json"
    for bad in (0, True, -1):
        with pytest.raises(KeyRingError) as info:
            generate_key_file(path, version=bad)
        assert str(info.value) == "key version must be a positive integer"
    assert generate_key_file(path, version=1) == 1
    with pytest.raises(KeyRingError) as info:
        generate_key_file(path)
    assert str(info.value) == (
        f"key file {path} exists; refusing to overwrite it. Pass a new --version to add a key version, "
        "or --force to replace the file (its tokens could then no longer be matched or revealed)"
    )
    generate_key_file(path, version=2)
    old = load_keyring(path).hmac_key("US_SSN", 1)
    assert generate_key_file(path, version=1, force=True) == 1  # version 1 replaced, made current
    ring = load_keyring(path)
    assert ring.versions == (1, 2) and ring.current_version == 1 and ring.hmac_key("US_SSN", 1) != old


def test_a_key_file_that_cannot_be_written_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KeyRingError) as info:
        generate_key_file(blocker / "k.json")
    assert str(info.value) == f"key file {blocker / 'k.json'} cannot be written (Not a directory)"


def test_created_is_utc_whatever_the_local_zone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    import time
    from datetime import UTC, datetime

    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        path = tmp_path / "k.json"
        generate_key_file(path)
        created = json.loads(path.read_text())["created"]
    finally:
        monkeypatch.undo()
        time.tzset()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", created)
    age = datetime.now(UTC) - datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert abs(age.total_seconds()) < 3600  # the zone's offset (7-8 h) would show
