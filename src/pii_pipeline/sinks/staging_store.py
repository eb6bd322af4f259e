"""Staging shared by every worker: a local folder or any fsspec store (`s3://bucket/prefix`).

Tasks never hand each other a worker's local path. Each writes its files in a private local
folder, `put`s them here under `<store>/<run_id>/<table>/<file>`, and the next task, on whichever
machine, `get`s them into its own private folder. On a remote store every object is encrypted
(`StagingCipher`): the bucket's operators and anyone who reads it see no raw extract.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Protocol

import fsspec
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pii_pipeline.errors import PiiPipelineError

PURPOSE = "staging/v1"
_MAGIC = b"PIISTG1\n"
_HEADER = struct.Struct(">8sI8s")  # magic, key version, random nonce prefix
_CHUNK = 1 << 20  # plaintext bytes per sealed chunk: memory stays flat whatever the file's size
_LEN = struct.Struct(">I")


class StagingStoreError(PiiPipelineError):
    """A staged object is missing, was altered, or was sealed for another run or name."""


class PurposeKeys(Protocol):
    """What the cipher needs of a key ring (pii_pipeline.deid.keys.KeyRing)."""

    current_version: int

    def purpose_key(self, purpose: str, version: int | None = None) -> bytes: ...


class StagingCipher:
    """AES-256-GCM over a file in 1 MiB chunks (the STREAM construction).

    Key: HKDF of the key ring's master key for the purpose "staging/v1" (its version is in the
    header, so a rotation between two tasks still decrypts). Nonce: a random 8-byte prefix per file
    and the chunk's counter. Associated data: the header, the run id and the object's key, the
    counter and a last-chunk flag, so a chunk cannot be moved, dropped, cut off at the end, or an
    object passed off under another run's or file's name.
    """

    def __init__(self, keys: PurposeKeys, run_id: str, purpose: str = PURPOSE) -> None:
        self._keys = keys
        self._run_id = run_id.encode()
        self._purpose = purpose  # its own key per use: a staged object never opens as a state file

    def _aad(self, header: bytes, name: str, counter: int, last: bool) -> bytes:
        named = name.encode()
        return b"".join(
            (header, _LEN.pack(len(self._run_id)), self._run_id, _LEN.pack(len(named)), named),
        ) + struct.pack(">I?", counter, last)

    def seal(self, source: IO[bytes], sink: IO[bytes], name: str) -> None:
        version = self._keys.current_version
        aead = AESGCM(self._keys.purpose_key(self._purpose, version))
        prefix = os.urandom(8)
        header = _HEADER.pack(_MAGIC, version, prefix)
        sink.write(header)
        chunk, counter = source.read(_CHUNK), 0
        while True:
            following = source.read(_CHUNK)
            last = not following
            sealed = aead.encrypt(prefix + struct.pack(">I", counter), chunk, self._aad(header, name, counter, last))
            sink.write(_LEN.pack(len(sealed)) + sealed)
            if last:
                return
            chunk, counter = following, counter + 1

    def open(self, source: IO[bytes], sink: IO[bytes], name: str) -> None:
        header = source.read(_HEADER.size)
        try:
            magic, version, prefix = _HEADER.unpack(header)
        except struct.error:
            magic = b""
        if magic != _MAGIC:
            raise StagingStoreError(f"{name}: not a sealed staging object")
        aead = AESGCM(self._keys.purpose_key(self._purpose, version))
        counter, size = 0, source.read(_LEN.size)
        while True:
            if len(size) != _LEN.size:
                raise StagingStoreError(f"{name}: the staged object is cut short")
            expected = _LEN.unpack(size)[0]
            sealed = source.read(expected)
            if len(sealed) != expected:
                raise StagingStoreError(f"{name}: the staged object is cut short")
            following = source.read(_LEN.size)
            last = not following  # the writer flagged its last chunk: a cut at a chunk boundary shows
            try:
                nonce = prefix + struct.pack(">I", counter)
                plain = aead.decrypt(nonce, sealed, self._aad(header, name, counter, last))
            except InvalidTag:
                raise StagingStoreError(
                    f"{name}: the staged object was altered, cut short, or sealed for another run or name"
                ) from None
            sink.write(plain)
            if last:
                return
            counter, size = counter + 1, following


class StagingStore:
    """put / get / exists / delete under one base URI; plain owner-only files when it is local."""

    def __init__(self, base: str, options: Mapping[str, Any] | None = None, cipher: StagingCipher | None = None):
        self.fs, root = fsspec.core.url_to_fs(base, **dict(options or {}))
        self.remote = not _is_local(self.fs)
        if self.remote and cipher is None:
            raise StagingStoreError("a remote staging store needs a cipher: raw extracts are never stored in clear")
        self.cipher = cipher if self.remote else None
        self.root = root.rstrip("/")
        self.base = base.rstrip("/")

    def uri(self, key: str) -> str:
        """The address a reference carries (no credentials: options stay out of it)."""
        return f"{self.base}/{_checked(key)}"

    def key_of(self, uri: str) -> str | None:
        """The key of a URI this store made, or None for anything else."""
        prefix = self.base + "/"
        return uri[len(prefix) :] if uri.startswith(prefix) else None

    def _path(self, key: str) -> str:
        return f"{self.root}/{_checked(key)}"

    def put(self, local: Path, key: str) -> str:
        """Upload `local` as `key` (sealed when remote); returns its URI."""
        path = self._path(key)
        if self.cipher is None:
            target = Path(path)
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _copy_private(local, target)
        else:
            with open(local, "rb") as source, self.fs.open(path, "wb") as sink:
                self.cipher.seal(source, sink, key)
        return self.uri(key)

    def get(self, key: str, local: Path) -> Path:
        """Download `key` into `local` (owner-only; written aside, then renamed into place)."""
        path = self._path(key)
        local.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.cipher is None:
            if not Path(path).is_file():
                raise StagingStoreError(f"{self.uri(key)}: no such staged object")
            _copy_private(Path(path), local)
            return local
        partial = local.with_name(local.name + ".partial")
        try:
            with self.fs.open(path, "rb") as source, _private_file(partial) as sink:
                self.cipher.open(source, sink, key)
        except FileNotFoundError:
            partial.unlink(missing_ok=True)
            raise StagingStoreError(f"{self.uri(key)}: no such staged object") from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        os.replace(partial, local)
        return local

    def exists(self, key: str) -> bool:
        return bool(self.fs.exists(self._path(key)))

    def delete(self, prefix: str) -> None:
        """Remove every object under `prefix` (a run's or a table's); nothing there is no error."""
        path = self._path(prefix)
        if self.cipher is None:
            shutil.rmtree(path, ignore_errors=True)
            return
        try:
            self.fs.rm(path, recursive=True)
        except FileNotFoundError:
            pass
        self.fs.invalidate_cache()

    def touch(self, key: str) -> None:
        """An empty marker object: its modification time says a run still uses its prefix."""
        path = self._path(key)
        if self.cipher is None:
            Path(path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.fs.pipe_file(path, b"")
        self.fs.invalidate_cache()

    def newest(self, prefix: str) -> float | None:
        """When anything under `prefix` was last written (seconds since the epoch), None if empty."""
        try:
            found = self.fs.find(self._path(prefix), detail=True)
        except FileNotFoundError:
            return None
        times = [_modified(info) for info in found.values()]
        return max((t for t in times if t is not None), default=None)

    def children(self, prefix: str) -> list[str]:
        """Names directly under `prefix` (runs of a store, tables of a run)."""
        try:
            entries = self.fs.ls(self._path(prefix), detail=False, refresh=True)
        except FileNotFoundError:
            return []
        return sorted(str(e).rstrip("/").rsplit("/", 1)[-1] for e in entries)

    def walk(self, prefix: str) -> Iterator[str]:
        """Every key under `prefix`."""
        root = self._path(prefix)
        try:
            found = self.fs.find(root)
        except FileNotFoundError:
            return
        for path in found:
            yield str(path)[len(self.root) + 1 :]


def _is_local(fs: fsspec.AbstractFileSystem) -> bool:
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    return protocol in ("file", "local")


def _modified(info: Mapping[str, Any]) -> float | None:
    # s3fs says LastModified (a datetime), the local file system mtime (seconds).
    value = info.get("LastModified", info.get("mtime"))
    if hasattr(value, "timestamp"):
        return float(value.timestamp())
    return float(value) if isinstance(value, int | float) else None


def _checked(key: str) -> str:
    # Keys are built from checked names; still, none climbs out of the base or is absolute.
    parts = key.split("/")
    if not key or key.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise StagingStoreError("a staging key must be a relative path of plain names")
    return key


def _private_file(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return os.fdopen(fd, "wb")


def _copy_private(source: Path, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    with open(source, "rb") as src, _private_file(partial) as dst:
        shutil.copyfileobj(src, dst, _CHUNK)
    os.replace(partial, target)
