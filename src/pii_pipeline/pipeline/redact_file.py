"""`pii-pipeline redact`: one file in, the same rows de-identified out, plus a report.

Rows that cannot be processed (a cell that is not valid UTF-8 or over `max_cell_bytes`, a ragged CSV
row, a JSON line that does not parse) do not fail the file, as in `run`: they go to
`DIR/<stem>.quarantine.parquet` (owner-only; raw values, for whoever repairs them) with the reason,
and the report counts them: rows read = rows written + rows quarantined. A failed redact leaves no
output, no quarantine and no `.partial` file behind.

As in `run`, the written file passes the leak gate before it is published: a well-formed identifier
(SSN, phone, card, IBAN, e-mail, …) still in it fails the redact, naming column and output row.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from pii_pipeline.config import TableConfig

from .apply import column_operators
from .errors import LeakGateError, is_safe_error, withheld

ROW_KEY = "__row__"


@dataclass
class RedactResult:
    parquet_path: Path
    report_path: Path
    rows: int  # rows written
    findings: int
    rows_quarantined: int = 0
    quarantine_path: Path | None = None


def redact_file(
    source: Path,
    out_dir: Path,
    *,
    policy_path: Path | None,
    keyring,  # noqa: ANN001
    detector,  # noqa: ANN001
    sample_size: int = 500,
    max_cell_bytes: int | None = None,
    gate_detector=None,  # noqa: ANN001 - the leak gate's detector; default: `detector`
) -> RedactResult:
    from pii_pipeline.deid.engine import Deidentifier
    from pii_pipeline.deid.policy import load_policy
    from pii_pipeline.progress import progress
    from pii_pipeline.sinks.quarantine import QuarantineWriter
    from pii_pipeline.sources.files import read_file

    policy = load_policy(policy_path)
    deid = Deidentifier(policy, keyring, store="files", table=source.stem)
    table = TableConfig(name="input", primary_key=ROW_KEY, watermark=ROW_KEY)
    max_cell_bytes = max_cell_bytes or table.max_cell_bytes
    schema, batches = read_file(source, max_cell_bytes=max_cell_bytes)
    out_dir.mkdir(parents=True, exist_ok=True)
    quarantine = QuarantineWriter(out_dir / f"{source.stem}.quarantine.parquet", schema.names, private_parents=0)
    run = _Redaction(source, out_dir, schema, deid, detector, sample_size)
    try:
        with progress(f"redact {source.name}") as meter:
            for batch, rejects in batches:
                quarantine.write(rejects)
                run.counts_rejects(rejects)
                run.write(batch)
                meter.advance(batch.num_rows + len(rejects))
        run.leak_gate(gate_detector if gate_detector is not None else detector)
        quarantine_path = quarantine.publish()
        out_path = run.publish()
    except BaseException as exc:
        run.discard()
        quarantine.discard()
        if isinstance(exc, Exception) and not is_safe_error(exc):
            # A library's message may quote a cell: say where it happened instead.
            raise withheld(exc, f"redact {source}: {run.where()}") from None
        raise
    report_path = _write_report(source, out_path, quarantine_path, policy_path, run, deid)
    return RedactResult(out_path, report_path, run.rows, run.findings, run.quarantined, quarantine_path)


class _Redaction:
    """The output being written: columns classified on the first rows, then batch by batch."""

    def __init__(self, source: Path, out_dir: Path, schema: pa.Schema, deid, detector, sample_size: int) -> None:  # noqa: ANN001
        self.source = source
        self.out_path = out_dir / f"{source.stem}.parquet"
        self.schema = schema
        self.deid = deid
        self.detector = detector
        self.sample_size = sample_size
        self.table = TableConfig(name="input", primary_key=ROW_KEY, watermark=ROW_KEY)
        self.decisions: list = []
        self.staged = None
        self.rows = 0
        self.batches = 0
        self.quarantined = 0
        self.reasons: Counter[str] = Counter()
        self.by_column: dict[str, Counter[str]] = {}

    def where(self) -> str:
        return f"batch {self.batches + 1} (after {self.rows} rows written)"

    def counts_rejects(self, rejects: list) -> None:
        self.quarantined += len(rejects)
        self.reasons.update(f"{r.reason}:{r.column}" if r.column else r.reason for r in rejects)

    def write(self, batch: pa.RecordBatch) -> None:
        from pii_pipeline.detection.columns import classify_columns
        from pii_pipeline.detection.table_scan import scan_batch

        from .apply import apply_batch

        if not batch.num_rows:  # every row of the batch quarantined
            self.batches += 1
            return
        if self.staged is None:
            # Classified on the first rows there are (a first batch all quarantined does not count).
            sample = pa.Table.from_batches([batch.slice(0, self.sample_size)], schema=self.schema)
            self.decisions = classify_columns(self.table, sample, self.detector, sample_size=self.sample_size)
            self._open()
        found = scan_batch(batch, self.decisions, self.detector)
        for row in found.select(["column", "entity_type"]).to_pylist():
            self.by_column.setdefault(row["column"], Counter())[row["entity_type"]] += 1
        self.staged.write(apply_batch(batch, found, self.decisions, self.deid, self.staged.schema))
        self.rows += batch.num_rows
        self.batches += 1

    def _open(self) -> None:
        from pii_pipeline.sinks import StagedParquetFile

        from .apply import output_schema

        partial = self.out_path.with_name(f".{self.out_path.name}.partial")
        self.staged = StagedParquetFile(partial, output_schema(self.schema, self.decisions, self.deid))

    def leak_gate(self, detector) -> None:  # noqa: ANN001
        """Scan the written file as `run`'s publish does; a leak names column and output row, never the value."""
        from pii_pipeline.config.models import DetectionConfig

        from .leak_gate import scan_file

        if self.staged is None:
            return  # nothing written
        self.staged.close()
        threshold = getattr(detector, "score_threshold", DetectionConfig().score_threshold)
        leaks = scan_file(
            self.staged.staging_path,
            table=self.source.stem,
            key_column=None,
            batch_size=self.table.batch_size,
            threshold=threshold,
            detector=detector,
            where=f"redact {self.source}: leak gate",
        )
        if leaks:
            where = ", ".join(f"column {x['column']} {x['row_key']} ({x['entity_type']})" for x in leaks[:10])
            raise LeakGateError(
                f"redact {self.source}: {len(leaks)} personal value(s) remain after de-identification "
                f"({where}{', …' if len(leaks) > 10 else ''}; rows of the output, in input order); nothing written"
            )

    def publish(self) -> Path:
        if self.staged is None:  # no rows to write: same columns, no rows
            self._open()
        return self.staged.publish(self.out_path)

    def discard(self) -> None:
        if self.staged is not None:
            try:
                self.staged.close()
            finally:
                self.staged.staging_path.unlink(missing_ok=True)

    @property
    def findings(self) -> int:
        return sum(sum(c.values()) for c in self.by_column.values())


def _write_report(
    source: Path,
    out_path: Path,
    quarantine_path: Path | None,
    policy_path: Path | None,
    run: _Redaction,
    deid,  # noqa: ANN001
) -> Path:
    from .stages import decisions_to_json

    operators = {d.column: column_operators(d, deid) for d in run.decisions}
    report = {
        "input": source.name,
        "output": out_path.name,
        "rows": run.rows,
        "rows_read": run.rows + run.quarantined,
        "rows_written": run.rows,
        "rows_quarantined": run.quarantined,
        "quarantine_reasons": dict(sorted(run.reasons.items())),
        "quarantine": quarantine_path.name if quarantine_path else None,
        "findings": run.findings,
        "findings_by_entity": dict(sorted(sum(run.by_column.values(), Counter()).items())),
        "policy": str(policy_path) if policy_path else "default",
        "columns": [
            {
                **d,
                "operator": operators[d["column"]]
                or ("span replacement" if run.by_column.get(d["column"]) else "unchanged"),
                "findings_by_entity": dict(sorted(run.by_column.get(d["column"], Counter()).items())),
            }
            for d in decisions_to_json(run.decisions)
        ],
    }
    report_path = out_path.with_name(f"{source.stem}.report.json")
    report_path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report_path
