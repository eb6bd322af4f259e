"""A source killed mid-extraction, on SQLite, PostgreSQL and MariaDB: the read is retried from the
start and completes with exactly the undisturbed output, or, when every attempt is killed, the run
fails naming the source and publishes nothing.

The reader pauses at the failpoint `source.between_batches` after its first batch; there the test
ends the reader's own server connection from another session (pg_terminate_backend, MariaDB KILL;
SQLite has no server, so its query is interrupted), then lets the reader go on.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pii_pipeline.failpoints import acting
from pii_pipeline.pipeline import Interval, make_context, run_pipeline
from pii_pipeline.sources import SourceError

from .people_store import PeopleStore, person

JAN = Interval(datetime(2026, 1, 1), datetime(2026, 2, 1))
FEB = Interval(datetime(2026, 2, 1), datetime(2026, 3, 1))
ROWS = range(60)  # January holds 32 of them: two batches of 25


def _run(cfg, interval: Interval, detector, run_id: str = "run"):  # noqa: ANN001, ANN202
    return run_pipeline(make_context(cfg, run_id, interval), detector=detector)


def _partition(cfg, interval: Interval, table: str) -> Path:  # noqa: ANN001
    ctx = make_context(cfg, "x", interval)
    return ctx.layout.partition_file("people", table, ctx.load_date)


def _tree(root: Path) -> dict[str, str]:
    """Every file under `root` with its sha256."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()
    }


class Killer:
    """At `source.between_batches`, kill the reader's connection: once, or on every read attempt."""

    def __init__(self, store: PeopleStore, *, every_attempt: bool) -> None:
        self.store = store
        self.every_attempt = every_attempt
        self.reads: list[object] = []  # one connection per read attempt (kept, so ids are not reused)
        self.killed: list[object] = []

    def __call__(self, connection) -> None:  # noqa: ANN001
        if any(c is connection for c in self.reads):
            return  # a later batch of a read whose connection is already gone (or spared)
        self.reads.append(connection)
        if self.every_attempt or not self.killed:
            self.killed.append(self.store.kill_connection(connection))


def test_source_killed_mid_extraction_is_retried_and_completes(
    people_store: PeopleStore, tmp_path, key_file, detector
) -> None:
    people_store.make(ROWS)
    table = people_store.table
    january = sorted(i for i in ROWS if person(i)["updated_at"] < JAN.end)
    reference = people_store.pipeline(tmp_path / "reference")
    _run(reference, JAN, detector)

    cfg = people_store.pipeline(tmp_path / "work")
    killer = Killer(people_store, every_attempt=False)
    with acting("source.between_batches", killer):
        _run(cfg, JAN, detector)

    assert len(killer.killed) == 1, "the reader's connection was not killed"
    assert len(killer.reads) == 2, "the killed read was not retried"
    # The retry started over: no row of the batch read before the kill is there twice.
    assert _tree(cfg.output.root / "parquet") == _tree(reference.output.root / "parquet")
    ids = pq.read_table(_partition(cfg, JAN, table), columns=["id"]).column("id").to_pylist()
    assert sorted(ids) == january
    state = cfg.output.root / "_state" / "people" / table
    manifest = json.loads((state / "manifest-2026-01-01.json").read_text())
    assert manifest["rows_read"] == manifest["rows_written"] == len(january)
    assert manifest["rows_deduplicated"] == 0


def test_source_killed_on_every_attempt_fails_and_publishes_nothing(
    people_store: PeopleStore, tmp_path, key_file, detector
) -> None:
    people_store.make(ROWS)
    table = people_store.table
    cfg = people_store.pipeline(tmp_path)
    _run(cfg, JAN, detector, run_id="january")
    state = cfg.output.root / "_state" / "people" / table
    published, state_before = _tree(cfg.output.root / "parquet"), _tree(state)
    # The partition, and the data dictionary published beside it.
    assert sorted(published) == [f"people/{table}/_schema.json", f"people/{table}/load_date=2026-01-01/data.parquet"]

    killer = Killer(people_store, every_attempt=True)
    with acting("source.between_batches", killer):
        with pytest.raises(SourceError) as failed:
            _run(cfg, FEB, detector, run_id="february")
    # retries: 2 in the pipeline file, so three attempts, each killed mid-read.
    assert str(failed.value) == f"people: extract {table}: failed after 3 attempts (OperationalError)"
    assert len(killer.killed) == len(killer.reads) == 3
    # Nothing published: January as it was, no February partition; watermark, keys and manifests untouched.
    assert _tree(cfg.output.root / "parquet") == published
    assert _tree(state) == state_before
    assert not (cfg.output.root / "_publish" / "people" / table / "february").exists()
    # and no raw extract (the rows read before each kill) left in staging
    assert not (cfg.staging_root / "people" / "february").exists()
    assert not (cfg.output.root / "reports" / "people" / "february").exists()

    # With the source back, the same interval completes: every row exactly once.
    _run(cfg, FEB, detector, run_id="february")
    ids = [
        i
        for p in sorted((cfg.output.root / "parquet" / "people" / table).glob("*/data.parquet"))
        for i in pq.read_table(p, columns=["id"]).column("id").to_pylist()
    ]
    assert sorted(ids) == list(ROWS)
    high = json.loads((state / "watermark.json").read_text())["high_watermark"]
    assert datetime.fromisoformat(high) == max(person(i)["updated_at"] for i in ROWS)


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_store_down_at_open_gets_one_retry_loop_not_nested_ones(
    people_store: PeopleStore, tmp_path, key_file, detector
) -> None:
    """The extract stage's retry loop is the only one around the read: with `retries: 2`, a store
    that refuses every read gets three attempts (not the reader's three inside each of the stage's)."""
    import sqlalchemy as sa

    people_store.make(ROWS)
    table = people_store.table
    cfg = people_store.pipeline(tmp_path)
    opened: list[int] = []

    def refuse() -> None:
        opened.append(1)
        raise sa.exc.OperationalError("SELECT secret", {}, ConnectionRefusedError("refused"))

    with acting("source.open", refuse), pytest.raises(SourceError) as failed:
        _run(cfg, JAN, detector, run_id="down")
    assert str(failed.value) == f"people: extract {table}: failed after 3 attempts (OperationalError)"
    assert len(opened) == 3
    assert not (cfg.staging_root / "people" / "down").exists()
    assert not (cfg.output.root / "parquet").exists()
