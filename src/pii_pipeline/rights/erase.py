"""`subject erase`: rewrite each partition that holds a subject's tokens, without them.

Order matters: the tokens go on the suppression list first, so a run that publishes after this
point erases them too; then each affected partition is streamed through the scrubber into a staging
file on the same file system and moved into place with one `os.replace` (readers see the old file
or the new one), and its manifest records the erasure (cells changed, rows dropped, the request's
hash). Partitions without a hit are not touched.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pii_pipeline.sinks import write_parquet

from .datasets import Dataset
from .matching import TokenMatcher, scrub_batch
from .search import BATCH_ROWS, Hit
from .suppression import add_entries


@dataclass
class PartitionErasure:
    store: str
    table: str
    load_date: str
    file: str
    cells: int = 0
    rows_dropped: int = 0
    rows_before: int = 0
    rows_after: int = 0


@dataclass
class EraseResult:
    dry_run: bool
    drop_rows: bool
    partitions: list[PartitionErasure] = field(default_factory=list)
    suppressed_tokens_added: int = 0

    @property
    def cells(self) -> int:
        return sum(p.cells for p in self.partitions)

    @property
    def rows_dropped(self) -> int:
        return sum(p.rows_dropped for p in self.partitions)


def plan(hits: list[Hit]) -> list[PartitionErasure]:
    """What erasing would change, per partition, from a search's hits (for --dry-run too)."""
    cells: dict[tuple, int] = defaultdict(int)
    rows: dict[tuple, set[int]] = defaultdict(set)
    for h in hits:
        key = (h.store, h.table, h.load_date, h.file)
        cells[key] += 1
        rows[key].add(h.row)
    return [PartitionErasure(*key, cells=cells[key], rows_dropped=len(rows[key])) for key in sorted(cells)]


def erase(
    datasets: list[Dataset],
    hits: list[Hit],
    by_token: dict[str, str],
    *,
    request: str,
    drop_rows: bool = False,
    dry_run: bool = False,
) -> EraseResult:
    result = EraseResult(dry_run=dry_run, drop_rows=drop_rows, partitions=plan(hits))
    if not drop_rows:
        for p in result.partitions:
            p.rows_dropped = 0
    if dry_run:
        return result
    by_folder = {str(ds.folder): ds for ds in datasets}
    for root in sorted({ds.layout.root for ds in datasets}):
        result.suppressed_tokens_added += add_entries(
            root, by_token, mode="drop" if drop_rows else "replace", request=request
        )
    matcher = TokenMatcher(by_token)
    for p in result.partitions:
        path = Path(p.file)
        ds = by_folder[str(path.parent.parent)]
        _rewrite(path, matcher, p, drop_rows=drop_rows)
        _record(ds, date.fromisoformat(p.load_date), p, request=request)
    return result


def _rewrite(path: Path, matcher: TokenMatcher, p: PartitionErasure, *, drop_rows: bool) -> None:
    pf = pq.ParquetFile(path, pre_buffer=False)
    p.cells = p.rows_dropped = p.rows_before = 0

    def scrubbed() -> Iterator[pa.RecordBatch]:
        for batch in pf.iter_batches(batch_size=BATCH_ROWS):
            p.rows_before += batch.num_rows
            out, cells, dropped = scrub_batch(batch, matcher, drop_rows=drop_rows)
            p.cells += cells
            p.rows_dropped += dropped
            yield out

    # Staged next to the partition (same file system, so the rename is atomic), under a name no
    # reader's glob matches. Not under `_publish/`, whose sweep removes folders no run holds.
    try:
        p.rows_after = write_parquet(path, scrubbed(), pf.schema_arrow, tag=f"erase-{os.getpid()}")
    finally:
        pf.close()


def _record(ds: Dataset, load_date: date, p: PartitionErasure, *, request: str) -> None:
    """The partition's manifest keeps its accounting: rows_read = written + quarantined + de-duplicated
    + erased, and lists each erasure."""
    state, name = ds.state(), f"manifest-{load_date.isoformat()}.json"
    found = state.read_json(name)
    manifest = found if isinstance(found, dict) else {}
    manifest.setdefault("erasures", []).append(
        {
            "time": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "request": request,
            "cells_erased": p.cells,
            "rows_dropped": p.rows_dropped,
        }
    )
    if "rows_written" in manifest:
        manifest["rows_written"] = manifest["rows_written"] - p.rows_dropped
    manifest["rows_erased"] = manifest.get("rows_erased", 0) + p.rows_dropped
    manifest["cells_erased"] = manifest.get("cells_erased", 0) + p.cells
    state.write_json(name, manifest)  # replaced in one step, as the pipeline writes it
