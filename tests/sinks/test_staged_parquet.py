from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.sinks import OutputLayout, StagedParquetFile, safe_name, write_parquet

SCHEMA = pa.schema([("id", pa.int64()), ("email_token", pa.string()), ("amount", pa.float64())])


def _batch(start: int, n: int) -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict(
        {
            "id": list(range(start, start + n)),
            "email_token": [f"tok_{i}" for i in range(start, start + n)],
            "amount": [float(i) for i in range(n)],
        },
        schema=SCHEMA,
    )


def test_nothing_visible_until_published(tmp_path: Path) -> None:
    final = tmp_path / "ds" / "load_date=2026-01-01" / "data.parquet"
    staged = StagedParquetFile(tmp_path / "_publish" / "x.parquet", SCHEMA)
    staged.write(_batch(0, 10))
    staged.write(_batch(10, 5))
    assert not final.exists()
    staged.publish(final)
    assert final.exists() and not staged.staging_path.exists()
    assert pq.read_table(final).column("id").to_pylist() == list(range(15))


def test_republish_replaces_whole_partition(tmp_path: Path) -> None:
    final = tmp_path / "p" / "data.parquet"
    write_parquet(final, [_batch(0, 10)], SCHEMA)
    write_parquet(final, [_batch(100, 3)], SCHEMA)
    assert pq.read_table(final).column("id").to_pylist() == [100, 101, 102]
    assert sorted(p.name for p in final.parent.iterdir()) == ["data.parquet"]


def test_failed_write_leaves_old_state(tmp_path: Path) -> None:
    final = tmp_path / "p" / "data.parquet"
    write_parquet(final, [_batch(0, 4)], SCHEMA)

    def broken():
        yield _batch(0, 2)
        raise RuntimeError("killed mid-write")

    with pytest.raises(RuntimeError):
        write_parquet(final, broken(), SCHEMA)
    assert pq.read_table(final).column("id").to_pylist() == [0, 1, 2, 3]
    assert sorted(p.name for p in final.parent.iterdir()) == ["data.parquet"]


def test_no_text_statistics_and_no_schema_metadata(tmp_path: Path) -> None:
    final = tmp_path / "data.parquet"
    write_parquet(final, [_batch(0, 10).replace_schema_metadata({b"pandas": b"{}"})], SCHEMA)
    meta = pq.ParquetFile(final).metadata
    names = [meta.schema.column(i).name for i in range(meta.num_columns)]
    rg = meta.row_group(0)
    stats = {names[i]: rg.column(i).statistics for i in range(meta.num_columns)}
    assert stats["email_token"] is None or not stats["email_token"].has_min_max
    assert stats["id"] is not None and stats["id"].has_min_max
    assert not (meta.metadata or {}), "no key/value metadata (pandas, ARROW:schema) in the file"


def test_layout_and_safe_names(tmp_path: Path) -> None:
    from datetime import date

    layout = OutputLayout(tmp_path)
    assert layout.partition_file("tips", "tips", date(2026, 2, 1)) == (
        tmp_path / "parquet" / "tips" / "tips" / "load_date=2026-02-01" / "data.parquet"
    )
    assert safe_name("scheduled__2026-01-01T00:00:00+00:00") == "scheduled__2026-01-01T00_00_00_00_00"
