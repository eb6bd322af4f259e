"""Staged, atomic Parquet output: write to a staging file, then publish with one rename."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

# Analysts' files carry no pandas index metadata and no min/max statistics on text columns: a
# statistic is a copy of a cell, and a side door if a value ever slipped through.
_COMPRESSION = "zstd"


def _stat_columns(schema: pa.Schema) -> list[str]:
    return [
        f.name
        for f in schema
        if not (pa.types.is_string(f.type) or pa.types.is_large_string(f.type) or pa.types.is_binary(f.type))
    ]


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class StagedParquetFile:
    """Streams record batches into a staging file; `publish` moves it into place atomically."""

    def __init__(self, staging_path: Path, schema: pa.Schema) -> None:
        self.staging_path = staging_path
        self.schema = schema.remove_metadata()
        staging_path.parent.mkdir(parents=True, exist_ok=True)
        if staging_path.exists():
            staging_path.unlink()  # a leftover of a killed attempt
        self._writer: pq.ParquetWriter | None = pq.ParquetWriter(
            staging_path,
            self.schema,
            compression=_COMPRESSION,
            write_statistics=_stat_columns(self.schema),
            # Only a schema whose fields describe themselves (the data dictionary: kind, operator,
            # meaning; never a value) is stored with the file; otherwise none is.
            store_schema=any(f.metadata for f in self.schema),
        )
        self.rows = 0

    def write(self, batch: pa.RecordBatch | pa.Table) -> None:
        assert self._writer is not None, "file already closed"
        table = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
        table = table.replace_schema_metadata(None)
        if table.num_rows:
            self._writer.write_table(table)
            self.rows += table.num_rows

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
            with self.staging_path.open("rb") as fh:
                os.fsync(fh.fileno())

    def publish(self, final_path: Path) -> Path:
        """Make the staged file the partition in one atomic step."""
        self.close()
        final_path.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.staging_path, final_path)
        fsync_dir(final_path.parent)
        return final_path


def write_parquet(path: Path, batches: Iterable[pa.RecordBatch], schema: pa.Schema, *, tag: str = "") -> int:
    """Write batches to `path` through a staging file next to it; returns rows written.

    `batches` may stream from `path` itself (a rewrite): the file is replaced only once they are all
    written. `tag` names the staging file, so two different rewrites of one file never share it.
    """
    staged = StagedParquetFile(path.with_name(f".{path.name}{'.' + tag if tag else ''}.partial"), schema)
    try:
        for batch in batches:
            staged.write(batch)
        staged.publish(path)
    except BaseException:
        staged.close()
        staged.staging_path.unlink(missing_ok=True)
        raise
    return staged.rows
