"""Our pipeline's detect + de-identify path over an in-memory table, batch by batch."""

from __future__ import annotations

import pyarrow as pa

from pii_pipeline.config import TableConfig


def run_ours(table: pa.Table, cfg: TableConfig, detector, deid, *, batch_size: int = 5000, sample_size: int = 300):  # noqa: ANN001, ANN201
    from pii_pipeline.detection.columns import classify_columns
    from pii_pipeline.detection.table_scan import scan_batch
    from pii_pipeline.pipeline.apply import apply_batch, output_schema

    decisions = classify_columns(cfg, table.slice(0, sample_size), detector, sample_size=sample_size)
    schema = output_schema(table.schema, decisions, deid)
    out = []
    for batch in table.to_batches(max_chunksize=batch_size):
        found = scan_batch(batch, decisions, detector)
        out.append(apply_batch(batch, found, decisions, deid, schema))
    return pa.Table.from_batches(out, schema=schema), decisions
