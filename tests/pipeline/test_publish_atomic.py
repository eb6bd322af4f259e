"""Re-publishing an interval replaces the partition file by rename: a new inode under the same name, while
a reader that opened the old file keeps reading it whole (a copy over the file would rewrite it under the
reader's feet)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.pipeline import make_context, run_pipeline

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
