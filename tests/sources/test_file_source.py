"""Reading Parquet input files: streamed without pre-buffering (whose buffers stay until the file is done)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.sources import files


def test_parquet_is_read_in_batches_without_pre_buffer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.parquet"
    pq.write_table(pa.table({"id": list(range(10)), "name": [f"n{i}" for i in range(10)]}), path, row_group_size=4)
    opened: list[dict] = []
    real = pq.ParquetFile

    def recording(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        opened.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(files.pq, "ParquetFile", recording)
    schema, batches = files.read_file_batches(path, batch_size=3)
    got = list(batches)
    assert schema.names == ["id", "name"]
    assert max(b.num_rows for b in got) == 3
    assert pa.Table.from_batches(got).column("id").to_pylist() == list(range(10))
    assert opened == [{"pre_buffer": False}]
