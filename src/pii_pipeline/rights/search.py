"""`subject find`: every published row and column that holds one of a subject's tokens.

Each partition is read column by column (only text columns and the row key), batch by batch, and
matched with one RE2 alternation; partitions are searched in parallel threads (pyarrow releases the
GIL). Memory follows one batch, not the table.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .datasets import Dataset
from .matching import TokenMatcher, is_text

BATCH_ROWS = 65_536


@dataclass(frozen=True)
class Hit:
    """One cell holding the subject: where, and how (the whole cell, or inside a text)."""

    store: str
    table: str
    load_date: str
    row_key: str | None
    row: int  # position in the partition file
    column: str
    entity_types: tuple[str, ...]
    whole_cell: bool
    file: str

    def to_dict(self) -> dict:
        d = asdict(self)
        d["entity_types"] = list(self.entity_types)
        return d


def search_partition(
    ds: Dataset, load_date: date, path: Path, matcher: TokenMatcher, by_token: dict[str, str]
) -> list[Hit]:
    pf = pq.ParquetFile(path, pre_buffer=False)
    try:
        names = [f.name for f in pf.schema_arrow if is_text(f.type)]
        key = ds.primary_key if ds.primary_key in pf.schema_arrow.names else None
        if not names:
            return []
        wanted = names + ([key] if key and key not in names else [])
        hits: list[Hit] = []
        offset = 0
        for batch in pf.iter_batches(batch_size=BATCH_ROWS, columns=wanted):
            for name in names:
                column = batch.column(name)
                rows = pc.indices_nonzero(matcher.mask(column))
                if not len(rows):
                    continue
                cells = pc.take(column, rows).to_pylist()
                keys = pc.take(pc.cast(batch.column(key), pa.string()), rows).to_pylist() if key else None
                for j, (row, cell) in enumerate(zip(rows.to_pylist(), cells, strict=True)):
                    found = matcher.which(cell)
                    hits.append(
                        Hit(
                            store=ds.store,
                            table=ds.table,
                            load_date=load_date.isoformat(),
                            row_key=keys[j] if keys is not None else None,
                            row=offset + row,
                            column=name,
                            entity_types=tuple(sorted({by_token[t] for t in found})),
                            whole_cell=cell in found,
                            file=str(path),
                        )
                    )
            offset += batch.num_rows
        return hits
    finally:
        pf.close()


def find(datasets: Iterable[Dataset], by_token: dict[str, str], *, workers: int | None = None) -> list[Hit]:
    """Every hit in every partition of `datasets`, ordered by store, table, load date, row, column."""
    matcher = TokenMatcher(by_token)
    jobs = [(ds, d, p) for ds in datasets for d, p in ds.partitions()]
    workers = workers or min(len(jobs), os.cpu_count() or 1) or 1
    with ThreadPoolExecutor(max_workers=workers) as pool:
        parts = list(pool.map(lambda job: search_partition(*job, matcher, by_token), jobs))
    hits = [h for part in parts for h in part]
    return sorted(hits, key=lambda h: (h.store, h.table, h.load_date, h.row, h.column))
