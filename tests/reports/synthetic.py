"""Synthetic run folders: decisions, findings and stage references as the stages would leave them.

Nothing here reads a store or runs a detector; each test writes exactly the files the report
builder reads, plus (for the canary sweep) raw files the builder must never open.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pii_pipeline.config import PipelineConfig
from pii_pipeline.pipeline import Interval, RunContext, make_context
from pii_pipeline.pipeline.stages import decisions_to_json
from pii_pipeline.review.evidence import EVIDENCE_SCHEMA
from pii_pipeline.types import FINDINGS_SCHEMA, ColumnDecision, ColumnKind

STORE = "donations"
TABLE = "donations"

EACH = "sampled values are each one personal value"
SHAPE = "sampled values have the shape (and checksum) of the type"
PHONE_HASH = "rh1:" + "b" * 24
IDN, F, C = ColumnKind.IDENTIFIER, ColumnKind.FREE_TEXT, ColumnKind.CLEAN


def pipeline_config(root: Path, reviewed: Path | None = None) -> PipelineConfig:
    return PipelineConfig.model_validate(
        {
            "name": STORE,
            "store": {"url": "sqlite:///unused.db"},
            "tables": [
                {
                    "name": TABLE,
                    "primary_key": "donation_id",
                    "watermark": "updated_at",
                    "free_text": ["memo"],
                    "columns": {"campaign_code": {"kind": "clean"}},
                }
            ],
            "output": {"root": str(root / "output")},
            "reviewed_decisions": str(reviewed) if reviewed else None,
        }
    )


def context(cfg: PipelineConfig, month: int) -> RunContext:
    interval = Interval(datetime(2026, month, 1), datetime(2026, month + 1, 1))
    # An Airflow-style run id: ':' and '+' must become safe folder names.
    return make_context(cfg, f"scheduled__2026-{month:02d}-01T00:00:00+00:00", interval, date(2026, month, 1))


@dataclass
class Finding:
    column: str
    row_key: str
    entity_type: str
    score: float
    start: int | None = None
    end: int | None = None
    recognizer: str = "shape"
    evidence: str | None = None
    value_hash: str | None = None
    reason: str = ""


@dataclass
class SyntheticRun:
    decisions: list[ColumnDecision]
    findings: list[Finding]
    rows_read: int = 100
    rows_quarantined: int = 2
    rows_deduplicated: int = 1
    leak_gate: str = "passed"
    operators: dict[str, str] = field(default_factory=dict)
    with_evidence: bool = True
    extract_extra: dict[str, Any] = field(default_factory=dict)


def write_run(ctx: RunContext, run: SyntheticRun) -> dict[str, dict[str, dict[str, Any]]]:
    """The files `detect` writes, and the refs `run_pipeline` hands to `write_run_report`."""
    report_dir = ctx.layout.run_report_dir(ctx.pipeline.name, ctx.run_id)
    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / f"decisions-{TABLE}.json").write_text(json.dumps(decisions_to_json(run.decisions)))
    rows = [
        {
            "table": TABLE,
            "column": f.column,
            "row_key": f.row_key,
            "entity_type": f.entity_type,
            "start": f.start,
            "end": f.end,
            "score": f.score,
            "recognizer": f.recognizer,
            "reason": f.reason,
            "evidence": f.evidence,
            "value_hash": f.value_hash,
        }
        for f in run.findings
    ]
    schema = EVIDENCE_SCHEMA if run.with_evidence else FINDINGS_SCHEMA
    table = pa.Table.from_pylist([{k: r[k] for k in schema.names} for r in rows], schema=schema)
    pq.write_table(table, report_dir / f"findings-{TABLE}.parquet")
    written = run.rows_read - run.rows_quarantined - run.rows_deduplicated
    return {
        TABLE: {
            "extract": {
                "table": TABLE,
                "raw_path": str(ctx.staging_dir(TABLE) / "raw.arrow"),
                "rows_read": run.rows_read,
                "rows_deduplicated": run.rows_deduplicated,
                "rows_quarantined": run.rows_quarantined,
                "quarantine_reasons": {"invalid_utf8:memo": run.rows_quarantined} if run.rows_quarantined else {},
                "quarantine_path": None,
                "max_watermark": "2026-01-31T23:00:00",
                "seconds": 0.5,
                **run.extract_extra,
            },
            "detect": {
                "table": TABLE,
                "decisions_path": str(report_dir / f"decisions-{TABLE}.json"),
                "findings_path": str(ctx.staging_dir(TABLE) / "findings.arrow"),
                "findings": len(run.findings),
                "seconds": 1.25,
            },
            "deidentify": {
                "table": TABLE,
                "staged_path": str(ctx.layout.publish_staging(STORE, TABLE, ctx.run_id) / "data.parquet"),
                "rows_written": written,
                "operators": run.operators,
                "seconds": 0.75,
            },
            "publish": {
                "table": TABLE,
                "partition_path": str(ctx.layout.partition_file(STORE, TABLE, ctx.load_date)),
                "rows_read": run.rows_read,
                "rows_written": written,
                "rows_quarantined": run.rows_quarantined,
                "rows_deduplicated": run.rows_deduplicated,
                "leak_findings": 0,
                "leak_gate": run.leak_gate,
                "manifest_path": str(ctx.layout.state_dir(STORE, TABLE) / "manifest.json"),
                "seconds": 0.25,
            },
        }
    }


def january() -> SyntheticRun:
    decisions = [
        ColumnDecision("donation_id", C, reason="primary key or watermark"),
        ColumnDecision("donor_name", IDN, ["PERSON"], 300, 0.97, 0.85, reason=EACH),
        ColumnDecision("email", IDN, ["EMAIL_ADDRESS"], 300, 1.0, 0.95, reason=SHAPE),
        ColumnDecision("memo", F, pinned=True, score=1.0, reason="listed as free text"),
        ColumnDecision("campaign_code", C, pinned=True, score=1.0, reason="pinned in configuration"),
        ColumnDecision("team_name", C, [], 300, 0.02, 0.0, reason="few or no personal values in sample"),
        ColumnDecision("amount", C, reason="decimal column"),
    ]
    findings = [Finding("donor_name", f"D{i:03d}", "PERSON", 0.85) for i in range(20)]
    findings += [Finding("email", f"D{i:03d}", "EMAIL_ADDRESS", 1.0, evidence="***") for i in range(20)]
    findings += [Finding("memo", f"D{i:03d}", "PERSON", 0.6 + i / 100, 5, 17, "spacy") for i in range(8)]
    return SyntheticRun(decisions, findings, operators={"donor_name": "hmac", "email": "hmac"})


def february() -> SyntheticRun:
    """The same store a month later: three things changed that a reviewer must see first."""
    decisions = [
        ColumnDecision("donation_id", C, reason="primary key or watermark"),
        ColumnDecision("donor_name", IDN, ["PERSON"], 300, 0.96, 0.85, reason=EACH),
        ColumnDecision("email", IDN, ["EMAIL_ADDRESS"], 300, 1.0, 0.95, reason=SHAPE),
        ColumnDecision("memo", F, pinned=True, score=1.0, reason="listed as free text"),
        ColumnDecision("campaign_code", C, pinned=True, score=1.0, reason="pinned in configuration"),
        # Classification change: a clean column that now holds e-mail addresses.
        ColumnDecision("team_name", IDN, ["EMAIL_ADDRESS"], 300, 0.9, 0.95, reason=SHAPE),
        ColumnDecision("amount", C, reason="decimal column"),
        # New column since January, classified as an identifier.
        ColumnDecision("donor_phone", IDN, ["PHONE_NUMBER"], 300, 0.99, 0.9, reason=SHAPE),
    ]
    findings = [Finding("donor_name", f"D{i:03d}", "PERSON", 0.85) for i in range(25)]
    findings += [Finding("email", f"D{i:03d}", "EMAIL_ADDRESS", 1.0, evidence="***") for i in range(25)]
    findings += [Finding("memo", f"D{i:03d}", "PERSON", 0.55 + i / 50, 3, 15, "spacy") for i in range(10)]
    # An SSN in the configured-clean campaign code column.
    findings += [
        Finding(
            "campaign_code",
            "D007",
            "US_SSN",
            0.95,
            4,
            15,
            "SocialSecurityNumberRecognizer",
            "***-**-1120",
            "rh1:" + "a" * 24,
        ),
        Finding(
            "campaign_code",
            "D042",
            "US_SSN",
            0.9,
            0,
            11,
            "SocialSecurityNumberRecognizer",
            "***-**-1120",
            "rh1:" + "a" * 24,
        ),
    ]
    findings += [Finding("team_name", f"D{i:03d}", "EMAIL_ADDRESS", 1.0, evidence="***") for i in range(6)]
    findings += [
        Finding("donor_phone", f"D{i:03d}", "PHONE_NUMBER", 0.9, evidence="(***) ***-0199", value_hash=PHONE_HASH)
        for i in range(12)
    ]
    return SyntheticRun(
        decisions, findings, rows_read=120, operators={"donor_name": "hmac", "email": "hmac", "donor_phone": "mask"}
    )
