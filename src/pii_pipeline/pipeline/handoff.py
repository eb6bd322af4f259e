"""How one task's files reach the next: a local path (local staging) or a staging-store URI.

With a remote staging URI (`output.staging: s3://…`), tasks may run on different machines. A task
writes in its private local folder, uploads what the next task needs under
`<store>/<run_id>/<table>/<file>` (encrypted), and its reference (XCom) carries that URI, never a
local path. The next task downloads into its own private folder; when a task ends, its local
copies go (`drop_local_copies`); after publish, the run's objects go (`discard`). With local
staging nothing changes: references are the files' own paths.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
import time
from pathlib import Path

from pii_pipeline.names import check_path_name
from pii_pipeline.sinks import safe_name
from pii_pipeline.sinks.staging_store import StagingCipher, StagingStore

from .context import RunContext
from .errors import PipelineError

log = logging.getLogger(__name__)

LEASE_MARKER = ".lease"
_stores: dict[tuple[str, str, str], StagingStore] = {}


def is_remote(ctx: RunContext) -> bool:
    return ctx.pipeline.output.staging_uri is not None


def store(ctx: RunContext) -> StagingStore:
    """The run's staging store (remote staging only); its cipher is keyed by the run's key ring."""
    from .keys import pipeline_keyring

    uri = ctx.pipeline.output.staging_uri
    if uri is None:
        raise PipelineError(f"{ctx.pipeline.name}: staging is a local folder, not a store")
    options = ctx.pipeline.output.staging_options
    cache_key = (uri, ctx.run_id, json.dumps(options, sort_keys=True))
    if cache_key not in _stores:
        if len(_stores) >= 8:
            _stores.clear()  # a long-lived worker sees many runs; each store is cheap to make again
        _stores[cache_key] = StagingStore(uri, options, StagingCipher(pipeline_keyring(), ctx.run_id))
    return _stores[cache_key]


def store_prefix(ctx: RunContext) -> str:
    return check_path_name(ctx.pipeline.name, "store name")


def run_prefix(ctx: RunContext) -> str:
    return f"{store_prefix(ctx)}/{safe_name(ctx.run_id)}"


def table_prefix(ctx: RunContext, table: str) -> str:
    return f"{run_prefix(ctx)}/{check_path_name(table, 'table name')}"


def hand_off(ctx: RunContext, table: str, local: Path) -> str:
    """The reference for a file a stage wrote: its path, or (remote) the URI it was uploaded to."""
    if not is_remote(ctx):
        return str(local)
    return store(ctx).put(local, f"{table_prefix(ctx, table)}/{local.name}")


def take(ctx: RunContext, table: str, ref: str, local: Path) -> Path:
    """The local file behind a reference (remote: downloaded to `local` unless this task has it).

    A remote reference must be this run's object for this table and file name: references arrive
    through XCom, and a task reads nothing another run staged.
    """
    if not is_remote(ctx):
        return Path(ref)
    if ref == str(local) and local.is_file():
        return local  # this process's own copy (one process runs several stages, the CLI)
    key = f"{table_prefix(ctx, table)}/{local.name}"
    if ref != store(ctx).uri(key):
        raise PipelineError(f"{ctx.pipeline.name}.{table}: the reference is not this run's staged {local.name}")
    if not local.exists():
        store(ctx).get(key, local)
    return local


def hand_off_beside(ctx: RunContext, table: str, local: Path) -> None:
    """A file the next task wants if it is there (no reference names it): uploaded when remote."""
    if is_remote(ctx) and local.exists():
        store(ctx).put(local, f"{table_prefix(ctx, table)}/{local.name}")


def fetch_beside(ctx: RunContext, table: str, local: Path) -> None:
    """Its counterpart: downloaded to `local` when this task does not have it and the store does."""
    key = f"{table_prefix(ctx, table)}/{local.name}"
    if is_remote(ctx) and not local.exists() and store(ctx).exists(key):
        store(ctx).get(key, local)


def present(ctx: RunContext, ref: str) -> bool:
    """Whether a reference's file can still be had (for a retry deciding to redo earlier stages)."""
    if not is_remote(ctx) or "://" not in ref:
        return Path(ref).exists()
    key = store(ctx).key_of(ref)
    return key is not None and store(ctx).exists(key)


def check_work_root(ctx: RunContext) -> None:
    """Remote staging: this worker's copies live under its temporary folder, in a folder of ours.

    A shared /tmp lets anyone create `pii-pipeline-<uid>` first (or as a symlink to a folder of
    theirs); raw extracts are never written below a folder this user does not own alone.
    """
    if not is_remote(ctx):
        return
    root = ctx.pipeline.staging_root.parent
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(root)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise PipelineError(f"{root}: the local staging folder is not a folder of this user's own")
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(root, 0o700)


def renew(ctx: RunContext, table: str) -> None:
    """Mark the run's objects of `table` as in use: a sweep leaves a prefix alone for the lease."""
    if is_remote(ctx):
        store(ctx).touch(f"{table_prefix(ctx, table)}/{LEASE_MARKER}")


def drop(ctx: RunContext, table: str, name: str) -> None:
    """Remove one staged object of the run (a partition the leak gate refused)."""
    if is_remote(ctx):
        store(ctx).delete(f"{table_prefix(ctx, table)}/{check_path_name(name, 'file name')}")


def discard(ctx: RunContext, table: str) -> None:
    """Remove the run's staged objects of `table` (after publish, or when a CLI run fails)."""
    if is_remote(ctx):
        store(ctx).delete(table_prefix(ctx, table))


def drop_local_copies(ctx: RunContext, table: str) -> None:
    """At the end of a task: this worker's copies of staged files go; the store keeps them."""
    if not is_remote(ctx):
        return
    shutil.rmtree(ctx.staging_dir(table), ignore_errors=True)
    publish_dir = ctx.layout.publish_staging(ctx.pipeline.name, table, ctx.run_id)
    for leftover in (*publish_dir.glob("data.parquet*"), publish_dir / "_schema.json"):
        leftover.unlink(missing_ok=True)


def sweep_abandoned_objects(ctx: RunContext, *, now: float | None = None) -> list[str]:
    """Remove other runs' objects untouched for longer than the lease: what a killed run left."""
    if not is_remote(ctx):
        return []
    staged = store(ctx)
    own = safe_name(ctx.run_id)
    now = time.time() if now is None else now
    removed = []
    for run in staged.children(store_prefix(ctx)):
        if run == own:
            continue
        prefix = f"{store_prefix(ctx)}/{run}"
        newest = staged.newest(prefix)
        if newest is None or now - newest > ctx.lease_s:
            staged.delete(prefix)
            removed.append(staged.uri(prefix))
            log.info("removed %s: left by a run that is no longer alive", staged.uri(prefix))
    return removed
