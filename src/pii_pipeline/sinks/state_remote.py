"""A table's state in an fsspec store (`s3://bucket/prefix/<store>/<table>/`), shared by every worker.

JSON documents (schema, manifests, leak lists) are single PUTs: a reader sees the old object or the
new one. What concurrent runs update (watermark.json) is kept as versions, `watermark/v000000042.json`:
an update reads the highest version N, applies its change and creates N+1 *create-only*
(`If-None-Match: *` on S3); when another run created N+1 first, the create fails and the update reads
again. No update is lost, and no lock is needed that a killed worker could leave behind.

Old versions are pruned, but only once a version newer than them is `_PRUNE_AFTER_S` younger (server
times), and an update gives up its read after `_FRESH_S`: a slow run can never create a version number
that existed, was pruned, and would let it overwrite history.

Row keys (`keys/*.parquet`: primary keys and watermarks) are sealed with `StagingCipher` under the
purpose "state/v1", bound to the object's name. Sealed, not reduced to digests: the files stay the
same Parquet as in a local state folder, so `published_elsewhere` (and anyone with the key ring) reads
them unchanged, and a digest of a guessable key would be no protection anyway.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import fsspec

from pii_pipeline.errors import PiiPipelineError

from .staging_store import PurposeKeys, StagingCipher, StagingStore, _modified

PURPOSE = "state/v1"
_FRESH_S = 60.0  # an update whose read is older than this reads again before it writes
_PRUNE_AFTER_S = 600.0  # a version goes once a newer one is this much younger
_KEEP = 8  # the newest versions are always kept
_ATTEMPTS = 500
_VERSION = re.compile(r"^v(\d{9,})\.json$")


class StateStoreError(PiiPipelineError):
    """The table state cannot be read or updated (no key ring for row keys, endless conflicts)."""


class FsspecStateStore:
    """One table's state under `base` (its store and table already in the URI)."""

    remote = True

    def __init__(
        self,
        base: str,
        options: Mapping[str, Any] | None = None,
        keys: Callable[[], PurposeKeys] | None = None,
        context: str = "state",
    ) -> None:
        self.base = base.rstrip("/")
        self._options = dict(options or {})
        self.fs, root = fsspec.core.url_to_fs(self.base, **self._options)
        self.root = root.rstrip("/")
        self._keys = keys
        self._context = context  # bound into every sealed chunk: a table's keys never open as another's
        self._sealed: StagingStore | None = None

    def where(self, name: str) -> str:
        return f"{self.base}/{name}"

    def _path(self, name: str) -> str:
        return f"{self.root}/{name}"

    # ------------------------------------------------------------ JSON documents
    def read_json(self, name: str) -> object | None:
        if self._versions(name):
            return self._read_versioned(name)[0]
        return self._read_plain(name)

    def _read_plain(self, name: str) -> object | None:
        try:
            return json.loads(self.fs.cat_file(self._path(name)))
        except FileNotFoundError:
            return None

    def write_json(self, name: str, content: object) -> None:
        self.fs.pipe_file(self._path(name), _dumps(content))
        self.fs.invalidate_cache()

    def update_json(self, name: str, change: Callable[[dict], dict]) -> dict:
        """Compare-and-swap: version N+1 is created only if nobody created it first."""
        for _ in range(_ATTEMPTS):
            read_at = time.monotonic()
            current, version = self._read_versioned(name)
            new = {**change({k: v for k, v in current.items() if k != "version"}), "version": version + 1}
            if time.monotonic() - read_at > _FRESH_S:
                continue  # too old to trust against pruning: read again
            try:
                self.fs.pipe_file(self._version_path(name, version + 1), _dumps(new), mode="create")
            except FileExistsError:
                time.sleep(random.uniform(0, 0.05))  # another run committed first
                continue
            self.fs.invalidate_cache()
            self._prune(name)
            return new
        raise StateStoreError(f"{self.where(name)}: gave up after {_ATTEMPTS} conflicting updates")

    def _version_dir(self, name: str) -> str:
        return self._path(name.removesuffix(".json"))

    def _version_path(self, name: str, version: int) -> str:
        return f"{self._version_dir(name)}/v{version:09d}.json"

    def _versions(self, name: str) -> list[tuple[int, float | None]]:
        """(version, server time) of each stored version, oldest first."""
        try:
            entries = self.fs.ls(self._version_dir(name), detail=True, refresh=True)
        except FileNotFoundError:
            return []
        found = []
        for entry in entries:
            match = _VERSION.match(str(entry["name"]).rstrip("/").rsplit("/", 1)[-1])
            if match:
                found.append((int(match.group(1)), _modified(entry)))
        return sorted(found)

    def _read_versioned(self, name: str) -> tuple[dict, int]:
        for _ in range(_ATTEMPTS):
            versions = self._versions(name)
            if not versions:
                # None yet: a plain document (a state folder copied here from a local store) is the base.
                doc = self._read_plain(name)
                doc = doc if isinstance(doc, dict) else {}
                version = doc.get("version", 0)
                return doc, version if isinstance(version, int) else 0
            number = versions[-1][0]
            try:
                doc = json.loads(self.fs.cat_file(self._version_path(name, number)))
            except FileNotFoundError:
                continue  # listed, then gone: read the listing again
            return (doc if isinstance(doc, dict) else {}), number
        raise StateStoreError(f"{self.where(name)}: no version could be read")

    def _prune(self, name: str) -> None:
        versions = self._versions(name)
        newest = max((t for _, t in versions if t is not None), default=None)
        if newest is None:
            return  # a store without modification times: keep every version
        for number, when in versions[:-_KEEP]:
            if when is not None and newest - when > _PRUNE_AFTER_S:
                try:
                    self.fs.rm_file(self._version_path(name, number))
                except FileNotFoundError:
                    pass  # another run pruned it

    # ------------------------------------------------------------ sealed files (row keys)
    def _files(self) -> StagingStore:
        if self._sealed is None:
            if self._keys is None:
                raise StateStoreError(f"{self.base}: row keys in a remote state store need the key ring")
            cipher = StagingCipher(self._keys(), self._context, purpose=PURPOSE)
            self._sealed = StagingStore(self.base, self._options, cipher)
        return self._sealed

    def write_file(self, name: str, write: Callable[[Path], None]) -> str:
        """`write` fills a private local file; it is sealed and uploaded (one PUT: all or nothing)."""
        with _private_tmp() as folder:
            local = folder / Path(name).name
            write(local)
            uri = self._files().put(local, name)
        self.fs.invalidate_cache()
        return uri

    @contextmanager
    def read_file(self, name: str) -> Iterator[Path]:
        """The file opened into a private local copy, removed after the block."""
        if not self.exists(name):
            raise FileNotFoundError(self.where(name))
        with _private_tmp() as folder:
            yield self._files().get(name, folder / Path(name).name)

    def list(self, folder: str, suffix: str = "") -> list[str]:
        try:
            entries = self.fs.ls(self._path(folder), detail=False, refresh=True)
        except FileNotFoundError:
            return []
        names = (str(e).rstrip("/").rsplit("/", 1)[-1] for e in entries)
        return sorted(n for n in names if n.endswith(suffix))

    def exists(self, name: str) -> bool:
        self.fs.invalidate_cache()
        return bool(self.fs.exists(self._path(name)))

    def delete(self, name: str) -> bool:
        if not self.exists(name):
            return False  # S3 deletes a missing object without complaint: ask first
        try:
            self.fs.rm_file(self._path(name))
        except FileNotFoundError:
            return False
        finally:
            self.fs.invalidate_cache()
        return True


def _dumps(content: object) -> bytes:
    return json.dumps(content, indent=2, sort_keys=True).encode("utf-8")


@contextmanager
def _private_tmp() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="pii-state-"))  # owner-only (0700)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
