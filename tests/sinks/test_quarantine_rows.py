"""What a quarantined row keeps (every value, exactly, for repair) and where: folder permissions, file mode,
what discard and publish leave. Complements test_quarantine.py; mutmut found these rules unchecked."""

from __future__ import annotations

import base64
import json
import stat
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq

from pii_pipeline.sinks.quarantine import QuarantineWriter
from pii_pipeline.sources.convert import Reject


def _stored(tmp_path: Path, columns: list[str], row: tuple) -> dict:
    path = tmp_path / "q.parquet"
    writer = QuarantineWriter(path, columns, private_parents=0)
    writer.write([Reject(row_key="k1", column=columns[0], reason="invalid_utf8", row=row)])
    assert writer.publish() == path
    table = pq.read_table(path).to_pylist()
    assert [(r["row_key"], r["column"], r["reason"]) for r in table] == [("k1", columns[0], "invalid_utf8")]
    return json.loads(table[0]["row_json"])


def test_every_value_is_kept_exactly(tmp_path: Path) -> None:
    raw = b"\x00\xff\x10"
    bad = "caf\udce9"  # an undecodable byte, as surrogateescape reads it
    row = (None, True, 3, 2.5, raw, "plain é", bad, date(2026, 1, 2))
    columns = ["n", "b", "i", "f", "raw", "s", "bad", "d"]
    stored = _stored(tmp_path, columns, row)
    assert stored == {
        "n": None, "b": True, "i": 3, "f": 2.5,
        "raw": {"base64": base64.b64encode(raw).decode("ascii")},
        "s": "plain é",
        "bad": {"base64": base64.b64encode(b"caf\xe9").decode("ascii")},
        "d": "2026-01-02",
    }  # fmt: skip
    assert base64.b64decode(stored["bad"]["base64"]) == bad.encode("utf-8", "surrogateescape")


def test_bytearray_and_memoryview_are_bytes_too(tmp_path: Path) -> None:
    stored = _stored(tmp_path, ["a", "b"], (bytearray(b"\x01"), memoryview(b"\x02")))
    assert stored == {"a": {"base64": "AQ=="}, "b": {"base64": "Ag=="}}


def test_a_row_that_does_not_line_up_is_kept_as_its_fields(tmp_path: Path) -> None:
    assert _stored(tmp_path, ["a", "b"], ("1", "2", "3")) == {"fields": ["1", "2", "3"]}
    assert _stored(tmp_path, ["a", "b", "c"], ("1",)) == {"fields": ["1"]}


def test_folders_are_made_owner_only_up_to_the_quarantine_root(tmp_path: Path) -> None:
    root = tmp_path / "quarantine"
    path = root / "store" / "table" / "load_date=2026-01-01" / "run.parquet"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    writer = QuarantineWriter(path, ["id"], private_parents=3)
    writer.write([Reject(row_key="1", column="id", reason="too_big", row=("1",))])
    partial = path.with_name(path.name + ".partial")
    assert stat.S_IMODE(partial.stat().st_mode) == 0o600  # owner-only from the first byte
    for folder in (path.parent, path.parent.parent, path.parent.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(root.stat().st_mode) == 0o755  # above the quarantine tree: not ours to change
    writer.publish()
    assert not partial.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_discard_after_nothing_was_written_and_publish_after_discard(tmp_path: Path) -> None:
    path = tmp_path / "run.parquet"
    writer = QuarantineWriter(path, ["id"], private_parents=0)
    writer.discard()  # nothing opened: nothing to do, no error
    writer.write([Reject(row_key="1", column="id", reason="too_big", row=("1",))])
    writer.discard()
    assert writer._writer is None and list(tmp_path.iterdir()) == []
    path.write_bytes(b"an old quarantine file")
    assert writer.publish() is None and not path.exists()  # nothing left to publish: the old file goes too


def test_the_file_is_compressed_and_its_footer_holds_no_values(tmp_path: Path) -> None:
    # Column statistics would copy raw min/max values into the footer; the file is zstd-compressed.
    path = tmp_path / "q.parquet"
    writer = QuarantineWriter(path, ["ssn"], private_parents=0)
    writer.write([Reject(row_key="k1", column="ssn", reason="too_big", row=("536-22-1947",))])
    writer.publish()
    meta = pq.ParquetFile(path).metadata
    chunks = [meta.row_group(g).column(c) for g in range(meta.num_row_groups) for c in range(meta.num_columns)]
    assert chunks and all(c.compression == "ZSTD" for c in chunks)
    assert all(not c.is_stats_set for c in chunks)


def test_a_folder_the_writer_creates_is_owner_only(tmp_path: Path) -> None:
    # Even with no quarantine folders of ours above it (private_parents=0, beside a `redact` output).
    path = tmp_path / "new" / "run.parquet"
    writer = QuarantineWriter(path, ["id"], private_parents=0)
    writer.write([Reject(row_key="1", column="id", reason="too_big", row=("1",))])
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_nothing_rejected_and_nothing_there_before_publishes_nothing(tmp_path: Path) -> None:
    writer = QuarantineWriter(tmp_path / "run.parquet", ["id"], private_parents=0)
    assert writer.publish() is None
    assert list(tmp_path.iterdir()) == []


def test_discard_after_publish_keeps_the_published_file(tmp_path: Path) -> None:
    # A failure after the quarantine was published cleans up its attempt, not the published rows.
    path = tmp_path / "run.parquet"
    writer = QuarantineWriter(path, ["id"], private_parents=0)
    writer.write([Reject(row_key="1", column="id", reason="too_big", row=("1",))])
    assert writer.publish() == path
    writer.discard()
    assert pq.read_table(path).num_rows == 1
