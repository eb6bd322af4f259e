"""Arrow IPC files for data between stages: streamed batch by batch, readable only by us."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa

# Shared with the table state store (sinks sit below this layer).
from pii_pipeline.sinks.state_local import private_dir, write_json_atomic

from .errors import StagingLockedError


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


# ---------------------------------------------------------------- run directories: lock, lease, sweep
# A run directory (raw extract, staged Parquet) belongs to one run id. Two things say it is in use:
#
# - an exclusive `flock` on LOCK_FILE, held by a process working in it. The kernel drops it when the
#   process dies, however it dies.
# - a lease, LEASE_FILE: owner run id, host, pid, and either an expiry (Airflow: between two tasks of
#   a run no process holds the flock, so the lease keeps the folder; each task extends it) or none
#   (one process runs every stage, the CLI: the lease lasts exactly as long as that process's flock).
#
# `sweep_abandoned` removes a folder only when it can take the flock AND the lease is over (expired,
# process-bound, its run done or failed, or missing): what a killed or long-failed run left behind.
LOCK_FILE = ".run.lock"
LEASE_FILE = ".lease.json"
DEFAULT_LEASE_S = 6 * 3600.0
_held: dict[str, list[int]] = {}  # lock path -> [fd, depth]: re-entrant within one process


def is_held(folder: Path) -> bool:
    """Whether this process holds `folder`'s lock."""
    return str(folder / LOCK_FILE) in _held


def _lock_in(folder: Path, *, blocking: bool = False, shared: bool = False) -> int | None:
    """fd holding the lock of `folder` (created if missing), or None if another process holds it.

    `shared`: several processes may hold it together (the chunk tasks of one run), never with an exclusive
    holder (a sweep, or the run's extract and publish)."""
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | (0 if blocking else fcntl.LOCK_NB))
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def _still_ours(fd: int, folder: Path) -> bool:
    # A sweep may have removed the folder (or its lock file) between our open and our lock.
    try:
        return os.path.samestat(os.fstat(fd), os.stat(folder / LOCK_FILE))
    except FileNotFoundError:
        return False


# ---------------------------------------------------------------- leases
def read_lease(folder: Path) -> dict | None:
    try:
        lease = json.loads((folder / LEASE_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError):
        return {}  # unreadable: treated as no owner
    return lease if isinstance(lease, dict) else {}


def write_lease(folder: Path, run_id: str, lease_s: float | None, *, state: str = "running") -> None:
    """Say that `run_id` owns `folder`: until now + lease_s, or (None) while this process holds its lock."""
    expires = None if lease_s is None else time.time() + lease_s
    lease = {
        "run_id": run_id,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "expires": expires,
        "state": state,
    }
    write_json_atomic(folder / LEASE_FILE, lease)


def lease_alive(lease: dict | None, *, now: float | None = None) -> bool:
    """Whether a lease still keeps its folder when no process holds the folder's flock."""
    if not lease or lease.get("state") != "running":
        return False
    expires = lease.get("expires")
    if expires is None:
        # Process-bound (the CLI): alive while its process lives; on another host we cannot tell, so
        # it is taken as alive until a run on that host sweeps it.
        if lease.get("host") != socket.gethostname():
            return True
        return _pid_alive(lease.get("pid"))
    return isinstance(expires, int | float) and expires > (time.time() if now is None else now)


def _pid_alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def run_lock(
    folder: Path,
    *,
    owner: str | None = None,
    lease_s: float | None = None,
    timeout_s: float = 10.0,
    shared: bool = False,
) -> Iterator[Path]:
    """Create `folder` (private) and hold its lock for the block; nested use in one process is free.

    With `owner` (a run id), the folder's lease is taken too: refused (StagingLockedError) while another
    run's lease is alive, so two run ids that map to one folder never share it. `lease_s` None binds
    the lease to this process; a number leaves it alive that long after the block (between tasks).
    `shared`: the chunk tasks of one run hold the folder together, on as many workers as run them.
    """
    key = str(folder / LOCK_FILE)
    if key in _held:
        _held[key][1] += 1
    else:
        deadline = time.monotonic() + timeout_s
        while True:
            private_dir(folder)
            try:
                fd = _lock_in(folder, shared=shared)
            except FileNotFoundError:  # a sweep removed the folder under us: make it again
                fd = None
            if fd is not None:
                if _still_ours(fd, folder):
                    break
                os.close(fd)
            elif time.monotonic() > deadline:
                raise StagingLockedError(f"{folder}: another live process holds this run directory")
            time.sleep(0.05)
        if owner is not None:
            lease = read_lease(folder)
            if lease and lease.get("run_id") != owner and lease_alive(lease):
                os.close(fd)
                raise StagingLockedError(f"{folder}: this run directory belongs to another run, whose lease is alive")
            try:
                write_lease(folder, owner, lease_s)
            except BaseException:
                os.close(fd)
                raise
        _held[key] = [fd, 1]
    try:
        yield folder
    finally:
        entry = _held[key]
        entry[1] -= 1
        if entry[1] == 0:
            del _held[key]
            try:
                if owner is not None and lease_s is not None and folder.is_dir():
                    # Extended at the end of each task: the next task of the run has lease_s to start.
                    write_lease(folder, owner, lease_s)
            except FileNotFoundError:
                pass  # the folder was removed inside the block (published, or discarded)
            finally:
                os.close(entry[0])


def sweep_abandoned(folders: Iterable[Path], *, now: float | None = None) -> list[Path]:
    """Remove each folder that no live process holds and whose lease is over; returns those removed.

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
            if lease_alive(read_lease(folder), now=now):
                continue  # between two tasks of a live run
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        finally:
            os.close(fd)
    return removed


# ---------------------------------------------------------------- a run's report folder
# The report folder of a run holds per-table files (decisions, findings) until the report task joins
# them. Tasks of several tables write there at once, so no flock is held across a stage; instead each
# stage renews the folder's lease under a short flock, and a sweep removes the leftovers of a run
# that is over (no report.json, lease over) under the same short flock.
REPORT_LEFTOVERS = (
    "decisions-*.json",
    ".findings-*.partial",
    "findings-*.parquet",
    "reviewed-*.json",
    "findings.parquet",
    ".report.json.partial",
    ".*.tmp",
    LEASE_FILE,
)


def touch_report_lease(folder: Path, run_id: str, lease_s: float | None, *, timeout_s: float = 10.0) -> None:
    """Create the run's report folder if needed and renew its lease."""
    deadline = time.monotonic() + timeout_s
    while True:
        private_dir(folder)
        try:
            fd = _lock_in(folder, blocking=True)
        except FileNotFoundError:
            fd = None  # swept (it was empty) between our mkdir and our open: again
        if fd is not None:
            try:
                if _still_ours(fd, folder):
                    write_lease(folder, run_id, lease_s)
                    return
            finally:
                os.close(fd)
        if time.monotonic() > deadline:
            raise StagingLockedError(f"{folder}: cannot take this run's report folder")
        time.sleep(0.05)


def release_report_folder(folder: Path) -> None:
    """Once the run's report is written: its lease and lock files have nothing left to guard."""
    (folder / LEASE_FILE).unlink(missing_ok=True)
    (folder / LOCK_FILE).unlink(missing_ok=True)


def remove_report_leftovers(folder: Path) -> bool:
    """Remove what a run that did not finish left in its report folder; never touches a finished
    run's report (one with report.json). Returns whether anything was removed."""
    if (folder / "report.json").exists():
        return False
    found = [p for pattern in REPORT_LEFTOVERS for p in folder.glob(pattern) if p.is_file()]
    for path in found:
        path.unlink(missing_ok=True)
    (folder / LOCK_FILE).unlink(missing_ok=True)
    try:
        folder.rmdir()  # only if nothing else is in it
    except OSError:
        pass
    return bool(found)


def discard_own_report(folder: Path) -> bool:
    """After a failed run: remove its report leftovers, if this process holds the folder's lease (a
    run that lost the race for its folders never removes the winner's files)."""
    try:
        fd = _lock_in(folder, blocking=True)
    except (FileNotFoundError, NotADirectoryError):
        return False
    try:
        lease = read_lease(folder) or {}
        if lease.get("pid") != os.getpid() or lease.get("host") != socket.gethostname():
            return False
        return remove_report_leftovers(folder)
    finally:
        os.close(fd)


def sweep_report_leftovers(folders: Iterable[Path], *, now: float | None = None) -> list[Path]:
    """For each run report folder: if its run is over (no report, lease over), remove its leftovers."""
    removed = []
    for folder in folders:
        if (folder / "report.json").exists():
            continue
        try:
            fd = _lock_in(folder)
        except (FileNotFoundError, NotADirectoryError):
            continue
        if fd is None:
            continue  # its run is renewing the lease right now
        try:
            if lease_alive(read_lease(folder), now=now):
                continue
            if remove_report_leftovers(folder):
                removed.append(folder)
        finally:
            os.close(fd)
    return removed
