"""`pii-pipeline redact`: one file in, the same rows de-identified out, plus a report."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from pii_pipeline.config import TableConfig

from .apply import column_operators

ROW_KEY = "__row__"


@dataclass
class RedactResult:
    parquet_path: Path
    report_path: Path
    rows: int
    findings: int


def redact_file(
    source: Path,
    out_dir: Path,
    *,
    policy_path: Path | None,
    keyring,
    detector,
    sample_size: int = 500,  # noqa: ANN001
) -> RedactResult:
    from pii_pipeline.deid.engine import Deidentifier
    from pii_pipeline.deid.policy import load_policy
    from pii_pipeline.detection.columns import classify_columns
    from pii_pipeline.detection.table_scan import scan_batch
    from pii_pipeline.sinks import StagedParquetFile
    from pii_pipeline.sources import read_file_batches

    from .apply import apply_batch, output_schema
    from .stages import decisions_to_json

    policy = load_policy(policy_path)
    deid = Deidentifier(policy, keyring, store="files", table=source.stem)
    schema, batches = read_file_batches(source)
    table = TableConfig(name="input", primary_key=ROW_KEY, watermark=ROW_KEY)
    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / f"{source.stem}.parquet"
    staged: StagedParquetFile | None = None
    decisions = None
    rows = 0
    by_column: dict[str, Counter[str]] = {}
    first = True
    for batch in batches:
        if first:
            first = False
            sample = pa.Table.from_batches([batch.slice(0, sample_size)], schema=schema)
            decisions = classify_columns(table, sample, detector, sample_size=sample_size)
            out_schema = output_schema(schema, decisions, deid)
            staged = StagedParquetFile(out_dir / f".{source.stem}.parquet.partial", out_schema)
        found = scan_batch(batch, decisions, detector)
        for row in found.select(["column", "entity_type"]).to_pylist():
            by_column.setdefault(row["column"], Counter())[row["entity_type"]] += 1
        staged.write(apply_batch(batch, found, decisions, deid, out_schema))
        rows += batch.num_rows
    if staged is None:  # an empty file: same columns, no rows
        from .apply import output_schema as _os

        decisions = []
        staged = StagedParquetFile(out_dir / f".{source.stem}.parquet.partial", _os(schema, [], deid))
    staged.publish(out_path)
    findings = sum(sum(c.values()) for c in by_column.values())
    operators = {d.column: column_operators(d, deid) for d in decisions}
    report = {
        "input": source.name,
        "output": out_path.name,
        "rows": rows,
        "findings": findings,
        "findings_by_entity": dict(sorted(sum(by_column.values(), Counter()).items())),
        "policy": str(policy_path) if policy_path else "default",
        "columns": [
            {
                **d,
                "operator": operators[d["column"]]
                or ("span replacement" if by_column.get(d["column"]) else "unchanged"),
                "findings_by_entity": dict(sorted(by_column.get(d["column"], Counter()).items())),
            }
            for d in decisions_to_json(decisions)
        ],
    }
    report_path = out_dir / f"{source.stem}.report.json"
    report_path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return RedactResult(out_path, report_path, rows, findings)
