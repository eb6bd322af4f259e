"""Cutting a table's extract into chunks that any worker can detect and de-identify on its own.

A chunk is a run of whole record batches of the extract, at most `chunk_rows` rows (a single batch
larger than that is a chunk by itself). Whole batches because every later stage works batch by batch
(batch i of each staging file lines up with batch i of the extract) and the partition gets one row
group per batch: with the same batches, the published file is the same whatever the chunk size.

Pure planning here; the stages (stages.py) and the DAG wiring (orchestration/) use it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from .staging import read_ipc, write_ipc


@dataclass(frozen=True)
class ChunkPlan:
    index: int
    first_batch: int
    batches: int
    offset: int  # rows before this chunk
    rows: int


def plan_chunks(batch_rows: Sequence[int], chunk_rows: int) -> list[ChunkPlan]:
    """Group consecutive batches (their row counts) into chunks of at most `chunk_rows` rows.

    Always at least one chunk (an empty extract is one chunk of no rows); empty batches stay with
    the chunk they follow, so no chunk but an empty extract's has no rows.
    """
    if chunk_rows < 1:
        raise ValueError("chunk_rows must be at least 1")
    plans: list[ChunkPlan] = []
    first, rows, offset = 0, 0, 0
    for i, n in enumerate(batch_rows):
        if n and rows and rows + n > chunk_rows:
            plans.append(ChunkPlan(len(plans), first, i - first, offset, rows))
            first, offset, rows = i, offset + rows, 0
        rows += n
    plans.append(ChunkPlan(len(plans), first, len(batch_rows) - first, offset, rows))
    return plans


def chunk_file_name(stem: str, index: int, suffix: str) -> str:
    """`raw.arrow` for the first chunk (the whole extract's name when there is one), `raw-00001.arrow`..."""
    return f"{stem}{suffix}" if index == 0 else f"{stem}-{index:05d}{suffix}"


def split_ipc(path: Path, chunk_rows: int) -> list[tuple[ChunkPlan, Path]]:
    """Cut the Arrow IPC file `path` into chunk files beside it; the first chunk stays at `path`.

    The later chunks are written first and the first replaces `path` last, so a failure part-way
    leaves `path` whole (the retry splits it again).
    """
    schema, sizes = _batch_rows(path)
    plans = plan_chunks(sizes, chunk_rows)
    if len(plans) == 1:
        return [(plans[0], path)]
    out: list[tuple[ChunkPlan, Path]] = []
    for plan in plans[1:]:
        target = path.with_name(chunk_file_name(path.stem, plan.index, path.suffix))
        write_ipc(target, schema, _batches(path, plan))
        out.append((plan, target))
    first = path.with_name(f"{path.stem}.first{path.suffix}")
    write_ipc(first, schema, _batches(path, plans[0]))
    os.replace(first, path)
    return [(plans[0], path), *out]


def _batch_rows(path: Path) -> tuple[pa.Schema, list[int]]:
    with pa.OSFile(str(path), "rb") as source:
        reader = pa.ipc.open_file(source)
        return reader.schema, [reader.get_batch(i).num_rows for i in range(reader.num_record_batches)]


def _batches(path: Path, plan: ChunkPlan) -> Iterator[pa.RecordBatch]:
    with pa.OSFile(str(path), "rb") as source:
        reader = pa.ipc.open_file(source)
        for i in range(plan.first_batch, plan.first_batch + plan.batches):
            yield reader.get_batch(i)


def chain_ipc(paths: Iterable[Path]) -> Iterator[pa.RecordBatch]:
    """The batches of several IPC files (chunks, in order), one file open at a time."""
    for path in paths:
        _, batches = read_ipc(path)
        yield from batches


def sample_ipc(paths: Iterable[Path], size: int) -> pa.Table:
    """The first whole batches of the chunks, in order, until they hold `size` rows: the same sample
    the whole extract gives, so the columns are classified the same however it is cut."""
    taken: list[pa.RecordBatch] = []
    schema = None
    rows = 0
    for path in paths:
        schema, batches = read_ipc(path)
        for batch in batches:
            taken.append(batch)
            rows += batch.num_rows
            if rows >= size:
                batches.close()
                return pa.Table.from_batches(taken, schema=schema)
    if schema is None:
        raise ValueError("no chunk to sample")
    return pa.Table.from_batches(taken, schema=schema)


def ipc_schema(path: Path) -> pa.Schema:
    with pa.OSFile(str(path), "rb") as source:
        return pa.ipc.open_file(source).schema
