"""Keys: the key file, the KeyRing that derives per-purpose keys from it, and where a run finds it.

Key file (JSON, mode 0600), one version:      {"version": 1, "created": "...Z", "key": "<base64 32 bytes>"}
or several, after `keygen --version N`:       {"current": 2, "keys": [{"version": 1, ...}, {"version": 2, ...}]}

Each master key is never used directly: HKDF-SHA256 derives one key per purpose (hmac, siv), entity
type and version, so a token of one type can never be confused with another's. Errors say which
file and which version is wrong, never any key material. A key never comes from the policy file.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import stat
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import KeyRingError

log = logging.getLogger(__name__)

KEY_FILE_ENV = "PII_PIPELINE_KEY_FILE"
MIN_KEY_BYTES = 32
SIV_KEY_BYTES = 64  # AES-256-SIV takes two 256-bit keys
_HKDF_SALT = b"pii-pipeline/deid"


class KeyRing:
    """Master keys by version, one of them current. The repr shows versions only."""

    __slots__ = ("_keys", "_derived", "current_version", "source")

    def __init__(self, keys: Mapping[int, bytes], current_version: int, source: str = "key ring") -> None:
        if not keys:
            raise KeyRingError(f"{source}: no key")
        if current_version not in keys:
            raise KeyRingError(f"{source}: current key version {current_version} is not in the key file")
        for version, key in keys.items():
            if len(key) < MIN_KEY_BYTES:
                raise KeyRingError(
                    f"{source}: key version {version} is {len(key)} bytes; at least {MIN_KEY_BYTES} are required"
                )
        self._keys = dict(keys)
        self._derived: dict[tuple[str, str, int], bytes] = {}
        self.current_version = current_version
        self.source = source

    def __repr__(self) -> str:
        return f"KeyRing(source={self.source!r}, versions={list(self.versions)}, current={self.current_version})"

    @property
    def versions(self) -> tuple[int, ...]:
        return tuple(sorted(self._keys))

    def hmac_key(self, entity_type: str, version: int | None = None) -> bytes:
        return self._derive("hmac-sha256", entity_type, version, 32)

    def siv_key(self, entity_type: str, version: int | None = None) -> bytes:
        return self._derive("aes-siv", entity_type, version, SIV_KEY_BYTES)

    def purpose_key(self, purpose: str, version: int | None = None) -> bytes:
        """A 256-bit key for one purpose outside tokens (the audit log's MACs), never a token key."""
        return self._derive(f"purpose-{purpose}", "-", version, 32)

    def _derive(self, purpose: str, entity_type: str, version: int | None, length: int) -> bytes:
        version = self.current_version if version is None else version
        cache_key = (purpose, entity_type, version)
        derived = self._derived.get(cache_key)  # pragma: no mutate (a cache: a miss derives the same key again)
        if derived is None:
            master = self._keys.get(version)
            if master is None:
                raise KeyRingError(f"{self.source}: key version {version} is not in the key file")
            info = f"pii-pipeline/{purpose}/v{version}/{entity_type}".encode()
            derived = HKDF(algorithm=hashes.SHA256(), length=length, salt=_HKDF_SALT, info=info).derive(master)
            self._derived[cache_key] = derived  # pragma: no mutate (see the cache read above)
        return derived


# ---------------------------------------------------------------- reading
def load_keyring(path: Path | str) -> KeyRing:
    path = Path(path)
    source = f"key file {path}"
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyRingError(f"{source} does not exist (create one with `pii-pipeline keygen {path}`)") from None
    except OSError as exc:
        raise KeyRingError(f"{source} cannot be read ({_os_reason(exc)})") from None
    _refuse_if_open(path, source)
    try:
        doc = json.loads(raw.decode())
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise KeyRingError(f"{source} is not valid JSON") from None
    return keyring_from_document(doc, source)


def keyring_from_env(env: Mapping[str, str] | None = None) -> KeyRing:
    env = os.environ if env is None else env
    value = env.get(KEY_FILE_ENV, "").strip()
    if not value:
        raise KeyRingError(f"{KEY_FILE_ENV} is not set: point it at a key file (create one with `pii-pipeline keygen`)")
    return load_keyring(Path(value).expanduser())


def keyring_from_airflow(conn_id: str = "pii_pipeline_key") -> KeyRing:
    """The key from an Airflow connection's password: a whole key-file document, or one base64 key
    (its version in the connection's extra as {"version": N}, default 1)."""
    source = f"Airflow connection '{conn_id}'"
    try:
        conn = _airflow_connection(conn_id)
    except ImportError:
        raise KeyRingError(f"{source}: Airflow is not installed") from None
    except Exception as exc:  # noqa: BLE001 - any lookup failure means no key; its message may not be ours
        raise KeyRingError(f"{source} cannot be read ({type(exc).__name__})") from None
    secret = (conn.password or "").strip()
    if not secret:
        raise KeyRingError(f"{source} has no password (the key goes there)")
    if secret.startswith("{"):
        try:
            doc = json.loads(secret)
        except json.JSONDecodeError:
            raise KeyRingError(f"{source}: password is not a valid key document") from None
        return keyring_from_document(doc, source)
    try:
        extra = conn.extra_dejson or {}
    except Exception:  # noqa: BLE001
        extra = {}
    version = extra.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise KeyRingError(f"{source}: extra.version must be a positive integer")
    return KeyRing({version: _decode_key(secret, f"{source}: password")}, version, source)


def _airflow_connection(conn_id: str) -> Any:
    try:
        from airflow.sdk import BaseHook  # Airflow 3
    except ImportError:
        from airflow.hooks.base import BaseHook  # Airflow 2
    return BaseHook.get_connection(conn_id)


def keyring_from_document(doc: Any, source: str) -> KeyRing:
    """Validate a parsed key document (one version, or several with a current one)."""
    if not isinstance(doc, dict):
        raise KeyRingError(f"{source}: expected a JSON object")
    if "keys" in doc:
        entries, where = doc["keys"], "keys"
        if not isinstance(entries, list) or not entries:
            raise KeyRingError(f"{source}: `keys` must be a non-empty list")
        current = doc.get("current")
    else:
        entries, where = [doc], None
        current = doc.get("version")
    keys: dict[int, bytes] = {}
    for i, entry in enumerate(entries):
        place = f"{source}: {where}[{i}]" if where else source
        if not isinstance(entry, dict):
            raise KeyRingError(f"{place}: expected an object with version, created, key")
        version = entry.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise KeyRingError(f"{place}: `version` must be a positive integer")
        if version in keys:
            raise KeyRingError(f"{place}: key version {version} appears twice")
        keys[version] = _decode_key(entry.get("key"), f"{place}: key version {version}")
    if not isinstance(current, int) or isinstance(current, bool):
        raise KeyRingError(f"{source}: `current` must name one of the key versions")
    return KeyRing(keys, current, source)


def _decode_key(value: Any, place: str) -> bytes:
    if not isinstance(value, str) or not value.strip():
        raise KeyRingError(f"{place}: missing `key`")
    try:
        # Either alphabet: '-' and '_' are read as '+' and '/', which stay valid themselves.
        key = base64.b64decode(value.strip(), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise KeyRingError(f"{place}: key is not valid base64") from None
    if len(key) < MIN_KEY_BYTES:
        raise KeyRingError(f"{place}: key is {len(key)} bytes; at least {MIN_KEY_BYTES} are required")
    return key


def _refuse_if_open(path: Path, source: str) -> None:
    """A key that group or others can read (or write) is refused, as ssh refuses such a private key:
    anyone who can read it can reverse every `enc_` token and recompute every `tok_` one."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return
    if mode & 0o077:
        raise KeyRingError(f"{source} has mode {mode:o}: group or others can access it; refused (chmod 600 it)")


# ---------------------------------------------------------------- writing
def generate_key_file(path: Path | str, version: int | None = None, *, force: bool = False) -> int:
    """Write a new random key (mode 0600) and return its version.

    No file yet: a one-version file (version 1 unless given). File exists: with `version`, that version
    is added and made current (older ones stay, so their `enc_` tokens can still be revealed); without
    it, refused unless `force` (which replaces the file: its tokens can no longer be revealed or matched).
    """
    path = Path(path)
    if version is not None and (isinstance(version, bool) or version < 1):
        raise KeyRingError("key version must be a positive integer")
    if path.exists() and not (force and version is None):
        if version is None:
            raise KeyRingError(
                f"key file {path} exists; refusing to overwrite it. Pass a new --version to add a key version, "
                "or --force to replace the file (its tokens could then no longer be matched or revealed)"
            )
        doc = _read_document(path)
        if version in doc["_versions"] and not force:
            raise KeyRingError(f"key file {path} already has key version {version} (--force replaces it)")
        entries = [e for e in doc["keys"] if e.get("version") != version] + [_new_entry(version)]
        _write_private(path, {"current": version, "keys": sorted(entries, key=lambda e: e["version"])})
        return version
    version = version or 1
    _write_private(path, _new_entry(version))
    return version


def _new_entry(version: int) -> dict[str, Any]:
    return {"version": version, "created": _now(), "key": base64.b64encode(os.urandom(32)).decode()}


def _read_document(path: Path) -> dict[str, Any]:
    load_keyring(path)  # validates; raises KeyRingError with the place
    doc = json.loads(path.read_bytes().decode())
    entries = doc["keys"] if "keys" in doc else [doc]
    return {"keys": entries, "_versions": {e["version"] for e in entries}}


def _write_private(path: Path, doc: dict[str, Any]) -> None:
    """Atomically replace `path` with `doc`, created 0600 from the start (never briefly world-readable)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    data = (json.dumps(doc, indent=2) + "\n").encode()  # pragma: no mutate (layout only: any indent reads the same)
    try:
        # The chmod below sets the same mode before the file is renamed into place: this only narrows the window.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # pragma: no mutate
    except OSError as exc:
        raise KeyRingError(f"key file {path} cannot be written ({_os_reason(exc)})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # pragma: no mutate (tmp exists here unless someone removed it meanwhile)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _os_reason(exc: OSError) -> str:
    # A failed system call always sets strerror: the type name only guards an OSError raised without errno.
    return exc.strerror or type(exc).__name__  # pragma: no mutate


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
