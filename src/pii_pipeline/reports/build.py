"""The run report: counts and decisions gathered from the run's own files. It never receives a value."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pii_pipeline.pipeline.context import RunContext
from pii_pipeline.pipeline.refs import ReportRef

from .render import render_index, render_run_html


def _findings_counts(path: Path) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Counts by column and entity type, and by entity type alone."""
    if not path.exists():
        return {}, {}
    table = pq.read_table(path, columns=["column", "entity_type"])
    by_column: dict[str, dict[str, int]] = {}
    totals: Counter[str] = Counter()
    if table.num_rows:
        grouped = table.group_by(["column", "entity_type"]).aggregate([("entity_type", "count")])
        for row in grouped.to_pylist():
            by_column.setdefault(row["column"], {})[row["entity_type"]] = row["entity_type_count"]
            totals[row["entity_type"]] += row["entity_type_count"]
    return by_column, dict(sorted(totals.items()))


def build_run_report(ctx: RunContext, refs: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    report_dir = ctx.layout.run_report_dir(ctx.pipeline.name, ctx.run_id)
    tables = []
    totals: Counter[str] = Counter()
    for table_name, stage in refs.items():
        decisions = json.loads((report_dir / f"decisions-{table_name}.json").read_text(encoding="utf-8"))
        by_column, by_entity = _findings_counts(report_dir / f"findings-{table_name}.parquet")
        totals.update(by_entity)
        operators = stage["deidentify"].get("operators", {})
        pub = stage["publish"]
        tables.append(
            {
                "table": table_name,
                "rows_read": pub["rows_read"],
                "rows_written": pub["rows_written"],
                "rows_quarantined": pub["rows_quarantined"],
                "rows_deduplicated": pub["rows_deduplicated"],
                "leak_gate": pub["leak_gate"],
                "partition": pub["partition_path"],
                "findings_by_entity": by_entity,
                "columns": [
                    {
                        **d,
                        "operator": operators.get(
                            d["column"], "span replacement" if by_column.get(d["column"]) else "unchanged"
                        ),
                        "findings_by_entity": by_column.get(d["column"], {}),
                    }
                    for d in decisions
                ],
                "seconds": {k: round(v.get("seconds", 0.0), 3) for k, v in stage.items()},
            }
        )
    return {
        "store": ctx.pipeline.name,
        "run_id": ctx.run_id,
        "interval": ctx.interval.to_dict(),
        "load_date": ctx.load_date.isoformat(),
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "summary": {
            "rows_scanned": sum(t["rows_read"] for t in tables),
            "rows_written": sum(t["rows_written"] for t in tables),
            "rows_quarantined": sum(t["rows_quarantined"] for t in tables),
            "findings": sum(totals.values()),
            "findings_by_entity": dict(sorted(totals.items())),
            "leak_gate": "passed" if all(t["leak_gate"] == "passed" for t in tables) else "failed",
        },
        "tables": tables,
    }


def write_run_report(ctx: RunContext, refs: dict[str, dict[str, dict[str, Any]]]) -> ReportRef:
    report = build_run_report(ctx, refs)
    report_dir = ctx.layout.run_report_dir(ctx.pipeline.name, ctx.run_id)
    report_dir.mkdir(parents=True, exist_ok=True)
    json_path = report_dir / "report.json"
    json_path.write_text(json.dumps(report, indent=2, sort_keys=False), encoding="utf-8")
    html_path = report_dir / "report.html"
    html_path.write_text(render_run_html(report), encoding="utf-8")
    # One findings table per run, for querying across tables.
    parts = sorted(report_dir.glob("findings-*.parquet"))
    findings_path = report_dir / "findings.parquet"
    if parts:
        import pyarrow as pa

        combined = pa.concat_tables([pq.read_table(p) for p in parts])
        pq.write_table(combined, findings_path, compression="zstd", write_statistics=["start", "end", "score"])
    index_path = render_index(ctx.layout.reports_root())
    return ReportRef(
        store=ctx.pipeline.name,
        run_id=ctx.run_id,
        json_path=str(json_path),
        html_path=str(html_path),
        findings_path=str(findings_path),
        index_path=str(index_path),
    )
