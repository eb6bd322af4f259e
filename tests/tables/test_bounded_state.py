"""State that spans a whole table (identities published before, each key's latest version) is kept
compact, and gives the same answers a set of strings would."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pii_pipeline.pipeline.incremental import (
    DIGEST,
    IdentitySet,
    LatestVersions,
    digests,
    keys_file,
    published_elsewhere,
    write_keys,
)
from pii_pipeline.pipeline.stages import one_batch


def test_digests_are_16_bytes_a_row_and_separate_joined_values() -> None:
    d = digests(pa.array(["a", "ab", None]), pa.array(["bc", "c", "x"]))
    assert d.dtype == DIGEST and d.nbytes == 3 * 16
    assert d[0] != d[1]  # ("a", "bc") is not ("ab", "c")


def test_identity_set_answers_like_a_set_of_pairs() -> None:
    keys = pa.array([str(i) for i in range(1000)])
    marks = pa.array([f"2026-01-{1 + i % 28:02d}" for i in range(1000)])
    known = IdentitySet(digests(keys, marks))
    assert len(known) == 1000
    probe_keys = pa.array(["5", "5", "999", "1000", "x"])
    probe_marks = pa.array(["2026-01-06", "2026-01-07", "2026-01-20", "2026-01-01", "2026-01-01"])
    assert known.contains(probe_keys, probe_marks).tolist() == [True, False, True, False, False]
    assert IdentitySet().contains(probe_keys, probe_marks).tolist() == [False] * 5


def test_published_elsewhere_skips_its_own_load_date(tmp_path: Path) -> None:
    def identities(keys: list[str]) -> pa.Table:
        return pa.table({"key": keys, "watermark": ["w"] * len(keys)})

    write_keys(tmp_path, date(2026, 1, 1), iter([identities(["1", "2"]), identities(["3"])]))
    write_keys(tmp_path, date(2026, 2, 1), iter([identities(["4"])]))
    assert pq.read_table(keys_file(tmp_path, date(2026, 1, 1))).column("key").to_pylist() == ["1", "2", "3"]
    seen = published_elsewhere(tmp_path, date(2026, 2, 1))
    assert seen.contains(pa.array(["1", "3", "4"]), pa.array(["w", "w", "w"])).tolist() == [True, True, False]


def test_latest_versions_keep_each_keys_newest_row_first_on_ties() -> None:
    versions = LatestVersions()
    t = [datetime(2026, 1, d) for d in (1, 2, 3)]
    # Batches in read order: key 7 three times (newest in the middle, twice), key 8 once.
    versions.add(pa.array([7, 8]), pa.array([t[0], t[1]]))
    versions.add(pa.array([7, 7, 7]), pa.array([t[2], t[2], t[1]]))
    assert versions.keep_mask().tolist() == [False, True, True, False, False]


def test_latest_versions_compare_watermarks_by_value_not_as_text() -> None:
    versions = LatestVersions()
    versions.add(pa.array(["k", "k"]), pa.array([10, 9]))  # as text, "9" > "10"
    assert versions.keep_mask().tolist() == [True, False]
    assert LatestVersions().keep_mask().tolist() == []


def test_one_batch_has_the_schema_and_every_row() -> None:
    schema = pa.schema([("row", pa.int32())])
    parts = pa.concat_tables([pa.table({"row": pa.array([1], pa.int32())})] * 3)
    assert one_batch(parts, schema).num_rows == 3
    empty = one_batch(schema.empty_table(), schema)
    assert empty.num_rows == 0 and empty.schema == schema
    assert np.array_equal(one_batch(parts, schema).column(0).to_numpy(), [1, 1, 1])
