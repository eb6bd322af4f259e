"""The reveal audit log, tamper-evident: a hash chain, each link under a key only the key file gives.

Each line is one JSON record with a `chain` object: `prev`, the SHA-256 of the previous line's bytes
(64 zeros for the first line); `key_version`; and `mac`, an HMAC-SHA256 of the record (prev included,
mac left out, canonical JSON) under a key derived for this purpose from the de-identification key
(HKDF, purpose `audit-log`). Editing, inserting, reordering or deleting a line breaks the chain at
that line; without the key file nobody can forge a consistent chain. (Cutting lines off the end
leaves a shorter valid chain: compare the line count with a copy kept elsewhere if that matters.)
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import KeyRingError, RevealError
from .keys import KeyRing

GENESIS = "0" * 64
_PURPOSE = "audit-log"


def _canonical(record: dict[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _mac(keyring: KeyRing, version: int, record: dict[str, Any]) -> str:
    key = keyring.purpose_key(_PURPOSE, version)
    return hmac.new(key, _canonical(record), hashlib.sha256).hexdigest()


def _last_line(fd: int) -> bytes | None:
    """The file's last line (without its newline), read backwards from the end."""
    end = os.lseek(fd, 0, os.SEEK_END)
    if end == 0:
        return None
    data = b""
    pos = end
    while pos > 0:
        step = min(65536, pos)
        pos -= step
        data = os.pread(fd, step, pos) + data
        body = data[:-1] if data.endswith(b"\n") else data
        cut = body.rfind(b"\n")
        if cut >= 0:
            return body[cut + 1 :]
    return data[:-1] if data.endswith(b"\n") else data


def append_chained(path: Path, record: dict[str, Any], keyring: KeyRing) -> None:
    """Append `record` as the log's next link; RevealError if it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_APPEND, created 0600; the lock makes read-last-line-then-append one step among writers.
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            last = _last_line(fd)
            prev = GENESIS if last is None else hashlib.sha256(last).hexdigest()
            version = keyring.current_version
            linked = {**record, "chain": {"prev": prev, "key_version": version}}
            linked["chain"]["mac"] = _mac(keyring, version, {**record, "chain": {"prev": prev, "key_version": version}})
            os.write(fd, _canonical(linked) + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)  # releases the lock
    except OSError as exc:
        raise RevealError(
            f"audit log {path} cannot be written ({exc.strerror or type(exc).__name__}); nothing was revealed"
        ) from None


@dataclass(frozen=True)
class Verdict:
    ok: bool
    lines: int
    bad_line: int | None = None
    reason: str = ""


def verify(path: Path, keyring: KeyRing) -> Verdict:
    """Check every link; the first broken line (1-based) and why, never the line's content."""
    prev = GENESIS
    count = 0
    with Path(path).open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            count = number
            line = raw[:-1] if raw.endswith(b"\n") else raw
            if not raw.endswith(b"\n"):
                return Verdict(False, count, number, "the line is not terminated (cut or being written)")
            try:
                record = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                return Verdict(False, count, number, "not a JSON record")
            chain = record.get("chain") if isinstance(record, dict) else None
            if not isinstance(chain, dict) or not isinstance(chain.get("mac"), str):
                return Verdict(False, count, number, "no chain (written without one, or edited)")
            if chain.get("prev") != prev:
                why = "does not follow the line before it (a line changed, added or removed)"
                return Verdict(False, count, number, why)
            version = chain.get("key_version")
            mac = chain.pop("mac")
            try:
                expected = _mac(keyring, version, record) if isinstance(version, int) else None
            except KeyRingError:
                return Verdict(False, count, number, f"key version {version} is not in the key file")
            if expected is None or not hmac.compare_digest(mac, expected):
                return Verdict(False, count, number, "its MAC does not match (the line was changed)")
            prev = hashlib.sha256(line).hexdigest()
    return Verdict(True, count)
