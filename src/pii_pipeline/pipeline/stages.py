"""The stages of one table's run. Each is a plain function: explicit inputs, a reference out.

extract -> detect -> deidentify -> publish; then `report` over all tables of the run. The CLI calls
them in a row (`run_table`); each Airflow task calls one of them.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pii_pipeline.config import TableConfig
from pii_pipeline.types import FINDINGS_SCHEMA, ColumnDecision, ColumnKind

from .context import RunContext
from .errors import AccountingError, LeakGateError
from .refs import DeidRef, DetectRef, ExtractRef, PublishRef
from .staging import private_dir, read_ipc, write_ipc

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- extract
def extract(ctx: RunContext, table: TableConfig) -> ExtractRef:
    """Read the interval's rows from the store into a private staging file."""
    from pii_pipeline.sources import SqlSource

    started = time.monotonic()
    source = SqlSource(ctx.pipeline.store, name=ctx.pipeline.name)
    since = ctx.interval.start - ctx.pipeline.lookback if ctx.interval.start is not None else None
    schema = source.schema(table.name)
    staging = ctx.staging_dir(table.name)
    raw_path = staging / "raw.arrow"
    counter = {"rows": 0}

    def batches():  # noqa: ANN202
        for batch in source.read_batches(table, since=since, until=ctx.interval.end):
            counter["rows"] += batch.num_rows
            yield batch

    write_ipc(raw_path, schema, batches())
    ref = ExtractRef(
        table=table.name,
        raw_path=str(raw_path),
        rows_read=counter["rows"],
        rows_deduplicated=0,
        rows_quarantined=0,
        seconds=time.monotonic() - started,
    )
    log.info("extract %s.%s: %d rows", ctx.pipeline.name, table.name, ref.rows_read)
    return ref


# ---------------------------------------------------------------- detect
def _sample(path: Path, size: int) -> pa.Table:
    schema, batches = read_ipc(path)
    taken: list[pa.RecordBatch] = []
    rows = 0
    for batch in batches:
        taken.append(batch)
        rows += batch.num_rows
        if rows >= size:
            break
    return pa.Table.from_batches(taken, schema=schema)


def decisions_to_json(decisions: list[ColumnDecision]) -> list[dict]:
    return [
        {
            "column": d.column,
            "kind": d.kind.value,
            "entity_types": d.entity_types,
            "sample_size": d.sample_size,
            "match_share": round(d.match_share, 4),
            "score": round(d.score, 4),
            "pinned": d.pinned,
            "reason": d.reason,
        }
        for d in decisions
    ]


def decisions_from_json(items: list[dict]) -> list[ColumnDecision]:
    return [
        ColumnDecision(
            i["column"], ColumnKind(i["kind"]), list(i["entity_types"]), i["sample_size"], i["match_share"],
            i["score"], i["pinned"], i["reason"],
        )
        for i in items
    ]


def text_detector(ctx: RunContext):  # noqa: ANN201
    from pii_pipeline.detection.text import TextDetector

    det = ctx.pipeline.detection
    return TextDetector(model_name=det.model, score_threshold=det.score_threshold, processes=det.processes)


def detect(ctx: RunContext, table: TableConfig, extracted: ExtractRef, detector=None) -> DetectRef:  # noqa: ANN001
    """Classify the columns on a sample, then find every personal value; findings carry no values."""
    from pii_pipeline.detection.columns import classify_columns
    from pii_pipeline.detection.table_scan import BATCH_FINDINGS_SCHEMA, scan_batch
    from pii_pipeline.sinks import StagedParquetFile

    started = time.monotonic()
    detector = detector or text_detector(ctx)
    raw = Path(extracted.raw_path)
    decisions = classify_columns(
        table, _sample(raw, ctx.pipeline.detection.sample_size), detector,
        sample_size=ctx.pipeline.detection.sample_size,
    )
    staging = ctx.staging_dir(table.name)
    report_dir = private_dir(ctx.layout.run_report_dir(ctx.pipeline.name, ctx.run_id))
    decisions_path = report_dir / f"decisions-{table.name}.json"
    decisions_path.write_text(json.dumps(decisions_to_json(decisions), indent=2), encoding="utf-8")
    _, batches = read_ipc(raw)
    public = StagedParquetFile(report_dir / f".findings-{table.name}.partial", FINDINGS_SCHEMA)
    counter = {"findings": 0}

    def findings():  # noqa: ANN202
        for batch in batches:
            found = scan_batch(batch, decisions, detector)
            counter["findings"] += found.num_rows
            public.write(public_findings(table, batch, found))
            yield pa.RecordBatch.from_pylist(found.to_pylist(), schema=BATCH_FINDINGS_SCHEMA)

    findings_path = staging / "findings.arrow"
    write_ipc(findings_path, BATCH_FINDINGS_SCHEMA, findings())
    public.publish(report_dir / f"findings-{table.name}.parquet")
    return DetectRef(
        table=table.name,
        decisions_path=str(decisions_path),
        findings_path=str(findings_path),
        findings=counter["findings"],
        seconds=time.monotonic() - started,
    )


def public_findings(table: TableConfig, batch: pa.RecordBatch, found: pa.Table) -> pa.Table:
    """Findings for the report: the row's key instead of its position; still no value."""
    keys = pc.take(pc.cast(batch.column(table.primary_key), pa.string()), found.column("row"))
    return pa.table(
        {
            "table": pa.array([table.name] * found.num_rows, pa.string()),
            "column": found.column("column"),
            "row_key": keys,
            "entity_type": found.column("entity_type"),
            "start": found.column("start"),
            "end": found.column("end"),
            "score": found.column("score"),
            "recognizer": found.column("recognizer"),
        },
        schema=FINDINGS_SCHEMA,
    )


def load_decisions(ref: DetectRef) -> list[ColumnDecision]:
    return decisions_from_json(json.loads(Path(ref.decisions_path).read_text(encoding="utf-8")))


# ---------------------------------------------------------------- de-identify
def deidentifier(ctx: RunContext, table: TableConfig):  # noqa: ANN201
    """Policy and keys, checked before anything is written: a missing key fails the run (closed)."""
    from pii_pipeline.deid.engine import Deidentifier
    from pii_pipeline.deid.policy import load_policy

    from .keys import pipeline_keyring

    policy = load_policy(ctx.pipeline.policy)
    return Deidentifier(policy, pipeline_keyring(), store=ctx.pipeline.name, table=table.name)


def deidentify(ctx: RunContext, table: TableConfig, extracted: ExtractRef, detected: DetectRef) -> DeidRef:
    """Apply the policy batch by batch into a staged Parquet file next to the dataset."""
    from pii_pipeline.sinks import StagedParquetFile

    from .apply import apply_batch, output_schema

    started = time.monotonic()
    deid = deidentifier(ctx, table)
    decisions = load_decisions(detected)
    schema, batches = read_ipc(Path(extracted.raw_path))
    _, finding_batches = read_ipc(Path(detected.findings_path))
    out_schema = output_schema(schema, decisions, deid)
    staged_path = ctx.layout.publish_staging(ctx.pipeline.name, table.name, ctx.run_id) / "data.parquet"
    staged = StagedParquetFile(staged_path, out_schema)
    try:
        for batch, found in zip(batches, finding_batches, strict=True):
            staged.write(apply_batch(batch, found, decisions, deid, out_schema))
    finally:
        staged.close()
    operators = {
        d.column: ",".join(sorted({deid.operator_for(t, d.column) for t in d.entity_types}))
        for d in decisions
        if d.kind == ColumnKind.IDENTIFIER
    }
    return DeidRef(
        table=table.name, staged_path=str(staged_path), rows_written=staged.rows, operators=operators,
        seconds=time.monotonic() - started,
    )


# ---------------------------------------------------------------- publish
def publish(ctx: RunContext, table: TableConfig, extracted: ExtractRef, deidentified: DeidRef) -> PublishRef:
    """Check the counts, run the leak gate, then replace the partition in one atomic step."""
    from pii_pipeline.sinks.parquet import fsync_dir

    from .leak_gate import scan_output

    started = time.monotonic()
    staged = Path(deidentified.staged_path)
    accounted = deidentified.rows_written + extracted.rows_quarantined + extracted.rows_deduplicated
    if accounted != extracted.rows_read:
        raise AccountingError(
            f"{ctx.pipeline.name}.{table.name}: read {extracted.rows_read} rows but written "
            f"{deidentified.rows_written} + quarantined {extracted.rows_quarantined} + de-duplicated "
            f"{extracted.rows_deduplicated} = {accounted}; nothing published"
        )
    leaks = scan_output(ctx, table, staged)
    state_dir = ctx.layout.state_dir(ctx.pipeline.name, table.name)
    private_dir(state_dir)
    if leaks:
        leak_path = state_dir / f"leaks-{ctx.load_date.isoformat()}.json"
        leak_path.write_text(json.dumps(leaks, indent=2), encoding="utf-8")
        staged.unlink(missing_ok=True)
        where = ", ".join(f"{x['column']}[{x['row_key']}]={x['entity_type']}" for x in leaks[:10])
        raise LeakGateError(
            f"{ctx.pipeline.name}.{table.name}: {len(leaks)} personal value(s) remain after de-identification "
            f"({where}{', …' if len(leaks) > 10 else ''}); partition not published; details in {leak_path}"
        )
    final = ctx.layout.partition_file(ctx.pipeline.name, table.name, ctx.load_date)
    final.parent.mkdir(parents=True, exist_ok=True)
    staged.replace(final)
    fsync_dir(final.parent)
    manifest = {
        "store": ctx.pipeline.name,
        "table": table.name,
        "run_id": ctx.run_id,
        "interval": ctx.interval.to_dict(),
        "load_date": ctx.load_date.isoformat(),
        "rows_read": extracted.rows_read,
        "rows_written": deidentified.rows_written,
        "rows_quarantined": extracted.rows_quarantined,
        "rows_deduplicated": extracted.rows_deduplicated,
        "quarantine_reasons": extracted.quarantine_reasons,
        "leak_gate": "passed",
        "partition": str(final),
    }
    manifest_path = state_dir / f"manifest-{ctx.load_date.isoformat()}.json"
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
    shutil.rmtree(ctx.staging_dir(table.name), ignore_errors=True)
    return PublishRef(
        table=table.name,
        partition_path=str(final),
        rows_read=extracted.rows_read,
        rows_written=deidentified.rows_written,
        rows_quarantined=extracted.rows_quarantined,
        rows_deduplicated=extracted.rows_deduplicated,
        leak_findings=0,
        leak_gate="passed",
        manifest_path=str(manifest_path),
        seconds=time.monotonic() - started,
    )
