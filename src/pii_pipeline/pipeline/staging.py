"""Arrow IPC files for data between stages: streamed batch by batch, readable only by us."""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def write_ipc(path: Path, schema: pa.Schema, batches: Iterable[pa.RecordBatch]) -> int:
    """Write batches (empty ones too: batch i of every staging file lines up with batch i of the extract)."""
    private_dir(path.parent)
    tmp = path.with_name(path.name + ".partial")
    rows = 0
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as sink, pa.ipc.new_file(sink, schema) as writer:
        for batch in batches:
            writer.write_batch(batch)
            rows += batch.num_rows
    os.replace(tmp, path)
    return rows


def read_ipc(path: Path) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    # Read, not memory-mapped: mapped pages of a large extract count towards the process's resident
    # memory until the file is closed, so peak memory would grow with the number of rows.
    source = pa.OSFile(str(path), "rb")
    reader = pa.ipc.open_file(source)

    def batches() -> Iterator[pa.RecordBatch]:
        try:
            for i in range(reader.num_record_batches):
                yield reader.get_batch(i)
        finally:
            source.close()

    return reader.schema, batches()


# ---------------------------------------------------------------- run directories: lock and sweep
# A process working in a run directory (raw extract, staged Parquet) holds an exclusive `flock` on
# LOCK_FILE inside it. The kernel drops the lock when the process dies, however it dies, so a
# directory whose lock can be taken has no live owner: it is what a killed run left behind (raw
# personal data included) and `sweep_abandoned` removes it.
LOCK_FILE = ".run.lock"
_held: dict[str, list[int]] = {}  # lock path -> [fd, depth]: re-entrant within one process


class StagingLockedError(RuntimeError):
    """Another live process works in the same run directory (same run id and table)."""


def _lock_in(folder: Path) -> int | None:
    """fd holding the lock of `folder` (created if missing), or None if another process holds it."""
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


@contextmanager
def run_lock(folder: Path, *, timeout_s: float = 10.0) -> Iterator[Path]:
    """Create `folder` (private) and hold its lock for the block; nested use in one process is free."""
    key = str(folder / LOCK_FILE)
    if key in _held:
        _held[key][1] += 1
    else:
        deadline = time.monotonic() + timeout_s
        while True:
            private_dir(folder)
            try:
                fd = _lock_in(folder)
            except FileNotFoundError:  # a sweep removed the folder under us: make it again
                fd = None
            if fd is not None:
                # A sweep may have removed the lock file between our open and our lock.
                try:
                    if os.path.samestat(os.fstat(fd), os.stat(key)):
                        break
                except FileNotFoundError:
                    pass
                os.close(fd)
            elif time.monotonic() > deadline:
                raise StagingLockedError(f"{folder}: another live process holds this run directory")
            time.sleep(0.05)
        _held[key] = [fd, 1]
    try:
        yield folder
    finally:
        entry = _held[key]
        entry[1] -= 1
        if entry[1] == 0:
            del _held[key]
            os.close(entry[0])


def sweep_abandoned(folders: Iterable[Path]) -> list[Path]:
    """Remove each folder whose lock no live process holds; returns those removed.

    The lock is taken (a missing lock file is created) before anything is removed, so a run that
    starts in the folder meanwhile either keeps it or finds its lock file gone and starts over.
    """
    removed = []
    for folder in folders:
        if str(folder / LOCK_FILE) in _held:
            continue
        try:
            fd = _lock_in(folder)
        except (FileNotFoundError, NotADirectoryError):
            continue
        if fd is None:
            continue
        try:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        finally:
            os.close(fd)
    return removed
