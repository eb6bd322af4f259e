"""Arrow IPC files for data between stages: streamed batch by batch, readable only by us."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def write_ipc(path: Path, schema: pa.Schema, batches: Iterable[pa.RecordBatch]) -> int:
    """Write batches (empty ones too: batch i of every staging file lines up with batch i of the extract)."""
    private_dir(path.parent)
    tmp = path.with_name(path.name + ".partial")
    rows = 0
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as sink, pa.ipc.new_file(sink, schema) as writer:
        for batch in batches:
            writer.write_batch(batch)
            rows += batch.num_rows
    os.replace(tmp, path)
    return rows


def read_ipc(path: Path) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    # Read, not memory-mapped: mapped pages of a large extract count towards the process's resident
    # memory until the file is closed, so peak memory would grow with the number of rows.
    source = pa.OSFile(str(path), "rb")
    reader = pa.ipc.open_file(source)

    def batches() -> Iterator[pa.RecordBatch]:
        try:
            for i in range(reader.num_record_batches):
                yield reader.get_batch(i)
        finally:
            source.close()

    return reader.schema, batches()
