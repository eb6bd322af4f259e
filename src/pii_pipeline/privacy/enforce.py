"""The k-anonymity step on a staged partition file: quasi-identifiers generalised (typed), classes
measured, small classes fixed, the file rewritten in place (before publishing), measures returned."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pii_pipeline.config import TableConfig
from pii_pipeline.sinks import write_parquet

from .kanon import enforce, l_diversity, size_distribution

BATCH_ROWS = 65_536


def enforce_file(path: Path, table: TableConfig, as_of: date) -> dict:
    """{} when the table declares no quasi-identifiers; else the measures for manifest and report."""
    spec = table.quasi_identifiers
    if spec is None:
        return {}
    pf = pq.ParquetFile(path)
    schema = pf.schema_arrow
    present = {n: k for n, k in spec.columns.items() if n in schema.names}
    missing = sorted(set(spec.columns) - set(present))
    read = list(present) + (
        [spec.sensitive] if spec.sensitive in schema.names and spec.sensitive not in present else []
    )
    data = pf.read(columns=read) if read else pa.table({})
    pf.close()
    measures: dict = {"min_k": spec.min_k, "quasi_identifiers": dict(present), "on_small_class": spec.on_small_class}
    if missing:
        measures["missing_columns"] = missing  # dropped by the policy, or not in the table: nothing to protect
    if not present:
        return measures
    qi = {n: (k, data.column(n)) for n, k in present.items()}
    result = enforce(
        qi,
        min_k=spec.min_k,
        on_small_class=spec.on_small_class,
        max_suppressed_share=spec.max_suppressed_share,
        as_of=as_of,
    )
    _rewrite(path, schema, present, result.columns)
    sizes = result.class_sizes
    measures |= {
        "rows": int(len(sizes)),
        "levels": result.levels,
        "classes": int(len(np.unique(result.class_ids))) if len(sizes) else 0,
        "smallest_class": int(sizes.min()) if len(sizes) else None,
        "meets_k": bool(len(sizes) == 0 or sizes.min() >= spec.min_k),
        "rows_suppressed": result.suppressed_rows,
        "cells_suppressed": result.suppressed_cells,
        "class_sizes": size_distribution(result.class_ids, sizes),
        "output_columns": {c: str(a.type) for c, a in result.columns.items()},
        "notes": result.notes,
    }
    if spec.sensitive and spec.sensitive in data.column_names:
        sensitive = data.column(spec.sensitive).combine_chunks()
        measures["l_diversity"] = {"column": spec.sensitive, **l_diversity(result.class_ids, sensitive)}
    return measures


def _rewrite(path: Path, schema: pa.Schema, present: dict[str, str], columns: dict[str, pa.Array]) -> None:
    """The staged file again, each quasi-identifier replaced in place by its typed output column(s)."""
    fields: list[pa.Field] = []
    for f in schema:
        if f.name in present:
            fields += [pa.field(c, a.type) for c, a in columns.items() if c == f.name or _belongs(c, f.name, present)]
        else:
            fields.append(f)
    out_schema = pa.schema(fields)
    pf = pq.ParquetFile(path, pre_buffer=False)

    def batches() -> Iterator[pa.RecordBatch]:
        offset = 0
        for batch in pf.iter_batches(batch_size=BATCH_ROWS):
            n = batch.num_rows
            arrays = [
                columns[f.name].slice(offset, n) if f.name in columns else batch.column(f.name) for f in out_schema
            ]
            yield pa.RecordBatch.from_arrays(arrays, schema=out_schema)
            offset += n

    try:
        write_parquet(path, batches(), out_schema, tag="kanon")
    finally:
        pf.close()


def _belongs(column: str, qi: str, present: dict[str, str]) -> bool:
    """`child_age_min` belongs to `child_age` (age), `location_lat` to `location` (coordinates)."""
    kind = present[qi]
    suffixes = {"age": ("_min", "_max"), "coordinates": ("_lat", "_lon")}.get(kind, ())
    return any(column == qi + s for s in suffixes)
