"""The quarantine file is written batch by batch, owner-only, and only when rows were rejected."""

from __future__ import annotations

import stat
from pathlib import Path

import pyarrow.parquet as pq

from pii_pipeline.sinks.quarantine import QuarantineWriter, write_quarantine
from pii_pipeline.sources.convert import Reject


def _reject(key: str) -> Reject:
    return Reject(row_key=key, column="amount", reason="type_mismatch", row=(key, "12,50"))


def test_rejects_stream_into_one_private_file(tmp_path: Path) -> None:
    path = tmp_path / "q" / "store" / "table" / "run.parquet"
    writer = QuarantineWriter(path, ["id", "amount"])
    writer.write([_reject("1"), _reject("2")])
    writer.write([])
    writer.write([_reject("3")])
    assert not path.exists()  # nothing visible before publish
    assert writer.publish() == path and writer.rows == 3
    table = pq.read_table(path)
    assert table.column("row_key").to_pylist() == ["1", "2", "3"]
    assert '"amount": "12,50"' in table.column("row_json")[0].as_py()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_no_rejects_leaves_no_file_and_removes_an_old_one(tmp_path: Path) -> None:
    path = tmp_path / "run.parquet"
    assert write_quarantine(path, ["id", "amount"], [_reject("1")]) == path
    assert write_quarantine(path, ["id", "amount"], []) is None and not path.exists()


def test_a_discarded_attempt_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "run.parquet"
    writer = QuarantineWriter(path, ["id", "amount"])
    writer.write([_reject("1")])
    writer.discard()
    assert list(tmp_path.iterdir()) == []
