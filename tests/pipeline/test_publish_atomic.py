"""Re-publishing an interval replaces the partition file by rename: a new inode under the same name, while
a reader that opened the old file keeps reading it whole (a copy over the file would rewrite it under the
reader's feet)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.failpoints import acting
from pii_pipeline.pipeline import make_context, run_pipeline, stages

from .people_store import PeopleStore, person
from .test_crash_safety import JAN


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_republish_is_a_new_file_and_the_old_reader_keeps_its_bytes(
    people_store: PeopleStore, tmp_path: Path, detector, key_file: Path
) -> None:
    people_store.make(range(20))
    cfg = people_store.pipeline(tmp_path / "work")
    first = make_context(cfg, "first", JAN)
    run_pipeline(first, detector=detector)
    final = first.layout.partition_file(cfg.name, people_store.table, first.load_date)
    old_bytes = final.read_bytes()
    old_rows = pq.read_table(final).num_rows

    people_store.insert([person(i) for i in range(20, 30)])  # the re-run has more rows: different bytes
    fd = os.open(final, os.O_RDONLY)  # a reader in the middle of its work
    try:
        old_inode = os.fstat(fd).st_ino
        run_pipeline(make_context(cfg, "second", JAN), detector=detector)
        assert final.stat().st_ino != old_inode, "the partition was rewritten in place, not replaced"
        assert os.fstat(fd).st_nlink == 0  # the old file is unlinked, alive only through the reader
        with os.fdopen(os.dup(fd), "rb") as reader:
            seen = reader.read()
    finally:
        os.close(fd)
    assert hashlib.sha256(seen).digest() == hashlib.sha256(old_bytes).digest()
    assert pq.read_table(pa.BufferReader(seen)).num_rows == old_rows == 20
    assert pq.read_table(final).num_rows == 30


def _staged_run(people_store: PeopleStore, tmp_path: Path, detector, name: str) -> tuple:  # noqa: ANN001
    """A run of five rows extracted, detected and de-identified, ready to publish."""
    people_store.make(range(5))
    cfg = people_store.pipeline(tmp_path / "work")
    ctx = make_context(cfg, name, JAN)
    table = cfg.table(people_store.table)
    extracted = stages.extract(ctx, table)
    deidentified = stages.deidentify(ctx, table, extracted, stages.detect(ctx, table, extracted, detector=detector))
    return ctx, table, extracted, deidentified


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_publish_passes_its_failpoints_in_order_and_its_ref_describes_the_run(
    people_store: PeopleStore, tmp_path: Path, detector, key_file: Path
) -> None:
    # The crash-safety tests kill the process at these names: each must be reached, in this order, at its step.
    ctx, table, extracted, deidentified = _staged_run(people_store, tmp_path, detector, "points")
    final = ctx.layout.partition_file(ctx.pipeline.name, table.name, ctx.load_date)
    manifest = ctx.layout.state_dir(ctx.pipeline.name, table.name) / f"manifest-{ctx.load_date.isoformat()}.json"
    seen: list[tuple[str, bool, bool, bool]] = []

    def record(name: str):  # noqa: ANN202
        return lambda **_: seen.append((name, final.exists(), manifest.exists(), ctx.staging_dir(table.name).exists()))

    points = ("publish.before", "publish.after_keys", "publish.after_replace", "publish.after_state")
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        for point in points:
            stack.enter_context(acting(point, record(point)))
        published = stages.publish(ctx, table, extracted, deidentified, detector=detector)
    took = time.monotonic() - started
    # (point, partition there, manifest there, the run's staged extracts still there)
    assert seen == [
        ("publish.before", False, False, True),
        ("publish.after_keys", False, False, True),
        ("publish.after_replace", True, False, True),
        ("publish.after_state", True, True, False),
    ]
    assert (published.table, published.partition_path, published.manifest_path) == (
        table.name,
        str(final),
        str(manifest),
    )
    assert (published.rows_read, published.rows_written, published.leak_findings, published.leak_gate) == (
        5,
        5,
        0,
        "passed",
    )
    assert 0 < published.seconds <= took
    # The publish folder (the staged file's, then only its lock's) is gone too.
    assert not ctx.layout.publish_staging(ctx.pipeline.name, table.name, ctx.run_id).exists()


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_run_folders_already_swept_do_not_fail_a_published_partition(
    people_store: PeopleStore, tmp_path: Path, detector, key_file: Path
) -> None:
    # Once the partition is replaced the run has published: its staging and publish folders, removed by someone
    # else meanwhile (an operator, a sweep), are not an error when the run goes to remove them itself.
    ctx, table, extracted, deidentified = _staged_run(people_store, tmp_path, detector, "swept")
    publish_dir = ctx.layout.publish_staging(ctx.pipeline.name, table.name, ctx.run_id)

    def sweep(**_: object) -> None:
        shutil.rmtree(ctx.staging_dir(table.name))
        shutil.rmtree(publish_dir)

    with acting("publish.after_replace", sweep):
        published = stages.publish(ctx, table, extracted, deidentified, detector=detector)
    assert pq.read_table(published.partition_path).num_rows == 5
    assert Path(published.manifest_path).is_file()
