"""The run report: counts, decisions and evidence gathered from the run's own files.

It reads only what the detect stage wrote for security staff (decisions, findings without values,
masked evidence and keyed hashes, applied reviewed decisions) and the stages' counts. It never
opens the raw extract, the quarantine or the leak files, so it cannot echo a value from them.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pii_pipeline.pipeline.context import RunContext
from pii_pipeline.pipeline.refs import ReportRef

from .evidence import EVIDENCE_SCHEMA, ReportKeyError, report_key_from_env
from .render import render_index, render_run_html
from .surprises import find_surprises

log = logging.getLogger(__name__)

REPORT_VERSION = 2
SAMPLES_PER_TYPE = 3  # per column and entity type: enough to judge, little to leak
REPEATED_VALUES = 10
TREND_RUNS = 12
HIST_BINS = 20


# ---------------------------------------------------------------- findings
def read_findings(path: Path) -> pa.Table:
    """A findings file in EVIDENCE_SCHEMA; files written without evidence get null evidence columns."""
    if not path.exists():
        return EVIDENCE_SCHEMA.empty_table()
    table = pq.read_table(path)
    columns = []
    for field in EVIDENCE_SCHEMA:
        if field.name in table.column_names:
            columns.append(table.column(field.name).cast(field.type))
        else:
            columns.append(pa.nulls(table.num_rows, field.type))
    return pa.table(columns, schema=EVIDENCE_SCHEMA)


def _column_stats(findings: pa.Table) -> dict[str, dict[str, Any]]:
    stats: dict[str, dict[str, Any]] = {}
    if not findings.num_rows:
        return stats
    grouped = findings.group_by(["column", "entity_type"]).aggregate(
        [("score", "count"), ("score", "min"), ("score", "max"), ("score", "mean")]
    )
    for row in grouped.to_pylist():
        s = stats.setdefault(row["column"], {"findings": 0, "by_entity": {}, "scores": {}})
        s["findings"] += row["score_count"]
        s["by_entity"][row["entity_type"]] = row["score_count"]
        s["scores"][row["entity_type"]] = {
            "min": round(row["score_min"], 3),
            "mean": round(row["score_mean"], 3),
            "max": round(row["score_max"], 3),
        }
    rows = findings.group_by("column").aggregate([("row_key", "count_distinct")])
    for row in rows.to_pylist():
        stats[row["column"]]["rows"] = row["row_key_count_distinct"]
    for s in stats.values():
        s["by_entity"] = dict(sorted(s["by_entity"].items()))
        s["scores"] = dict(sorted(s["scores"].items()))
    return stats


def _samples(findings: pa.Table, table_name: str) -> list[dict[str, Any]]:
    """The highest-scoring few findings of each column and entity type: where, what, how sure, never what."""
    out: list[dict[str, Any]] = []
    if not findings.num_rows:
        return out
    groups = findings.group_by(["column", "entity_type"]).aggregate([]).to_pylist()
    for g in sorted(groups, key=lambda g: (g["column"], g["entity_type"])):
        mask = pc.and_(pc.equal(findings["column"], g["column"]), pc.equal(findings["entity_type"], g["entity_type"]))
        part = findings.filter(mask)
        top = pc.select_k_unstable(part, SAMPLES_PER_TYPE, [("score", "descending"), ("row_key", "ascending")])
        for row in part.take(top).sort_by([("score", "descending"), ("row_key", "ascending")]).to_pylist():
            out.append(
                {
                    "table": table_name,
                    "column": row["column"],
                    "row_key": row["row_key"],
                    "entity_type": row["entity_type"],
                    "score": round(row["score"], 3),
                    "recognizer": row["recognizer"],
                    "start": row["start"],
                    "end": row["end"],
                    "evidence": row["evidence"],
                    "value_hash": row["value_hash"],
                }
            )
    return out


def _repeated_values(findings: pa.Table) -> list[dict[str, Any]]:
    """Keyed hashes seen in more than one finding: the same person or account turning up again."""
    hashed = findings.filter(pc.is_valid(findings["value_hash"]))
    if not hashed.num_rows:
        return []
    grouped = hashed.group_by(["value_hash", "entity_type"]).aggregate([("row_key", "count"), ("column", "distinct")])
    rows = [r for r in grouped.to_pylist() if r["row_key_count"] > 1]
    rows.sort(key=lambda r: (-r["row_key_count"], r["value_hash"]))
    return [
        {
            "value_hash": r["value_hash"],
            "entity_type": r["entity_type"],
            "findings": r["row_key_count"],
            "columns": sorted(r["column_distinct"]),
        }
        for r in rows[:REPEATED_VALUES]
    ]


def _histogram(findings: pa.Table) -> dict[str, Any]:
    edges = [round(i / HIST_BINS, 3) for i in range(HIST_BINS + 1)]
    counts = [0] * HIST_BINS
    by_entity: dict[str, list[int]] = {}
    if findings.num_rows:
        bins = pc.cast(pc.floor(pc.multiply(pc.cast(findings["score"], pa.float64()), HIST_BINS)), pa.int32())
        bins = pc.min_element_wise(pc.max_element_wise(bins, 0), HIST_BINS - 1)
        grouped = pa.table({"bin": bins, "entity_type": findings["entity_type"]}).group_by(["entity_type", "bin"])
        for row in grouped.aggregate([("bin", "count")]).to_pylist():
            counts[row["bin"]] += row["bin_count"]
            by_entity.setdefault(row["entity_type"], [0] * HIST_BINS)[row["bin"]] += row["bin_count"]
    return {"edges": edges, "counts": counts, "by_entity": dict(sorted(by_entity.items()))}


# ---------------------------------------------------------------- previous runs
def store_reports(reports_root: Path, store: str) -> list[dict[str, Any]]:
    """Every readable report.json of one store, oldest first by load date, then generated time."""
    out = []
    for path in (reports_root / store).glob("*/report.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.warning("skipping unreadable report %s", path)
            continue
        if data.get("store") != store:
            continue
        data["_dir"] = path.parent
        out.append(data)
    out.sort(key=lambda d: (d.get("load_date", ""), d.get("generated_at", ""), d.get("run_id", "")))
    return out


def previous_report(history: list[dict[str, Any]], run_dir: Path, load_date: str) -> dict[str, Any] | None:
    """The latest other run whose load date is not after this one (a re-run replaces its own folder)."""
    earlier = [d for d in history if d["_dir"] != run_dir and d.get("load_date", "") <= load_date]
    return earlier[-1] if earlier else None


def _trend(history: list[dict[str, Any]], run_dir: Path, current: dict[str, Any]) -> list[dict[str, Any]]:
    points = [
        {
            "run_id": d.get("run_id", ""),
            "load_date": d.get("load_date", ""),
            "generated_at": d.get("generated_at", ""),
            "findings": d.get("summary", {}).get("findings", 0),
            "findings_by_entity": d.get("summary", {}).get("findings_by_entity", {}),
            "current": False,
        }
        for d in history
        if d["_dir"] != run_dir
    ]
    points.append({**current, "current": True})
    points.sort(key=lambda p: (p["load_date"], p["generated_at"], p["current"]))
    return points[-TREND_RUNS:]


# ---------------------------------------------------------------- review
def _review_section(ctx: RunContext, report_dir: Path, tables: list[str]) -> dict[str, Any]:
    from pii_pipeline.review import ReviewError, load_reviewed, read_applied

    section: dict[str, Any] = {
        "configured": ctx.pipeline.reviewed_decisions is not None,
        "file": ctx.pipeline.reviewed_decisions.name if ctx.pipeline.reviewed_decisions else None,
        "hash_key_id": None,
        "applied": [],
        "confirmed": [],
        "problems": [],
    }
    try:
        key = report_key_from_env()
        section["hash_key_id"] = key.key_id if key else None
    except ReportKeyError as exc:
        section["problems"].append(str(exc))
    recorded = False
    for name in tables:
        applied = read_applied(report_dir, name)
        if applied is not None:
            recorded = True
            section["applied"].extend(a.to_dict() for a in applied)
    if ctx.pipeline.reviewed_decisions is not None:
        try:
            reviewed = load_reviewed(ctx.pipeline.reviewed_decisions)
            section["confirmed"] = [
                {"table": c.table, "column": c.column, "entity_type": c.entity_type} for c in reviewed.confirmed
            ]
        except ReviewError as exc:
            section["problems"].append(str(exc))
        if not recorded:
            section["problems"].append("the detect stage recorded no applied reviewed decisions for this run")
    return section


# ---------------------------------------------------------------- report
def _operator(operators: dict[str, str], column: str, findings: int) -> str:
    if column in operators:
        return operators[column]
    return "span replacement" if findings else "unchanged"


def build_run_report(ctx: RunContext, refs: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    layout = ctx.layout
    report_dir = layout.run_report_dir(ctx.pipeline.name, ctx.run_id)
    generated_at = datetime.now(UTC).isoformat(timespec="seconds")
    review = _review_section(ctx, report_dir, list(refs))
    tables = []
    totals: Counter[str] = Counter()
    histograms = []
    for table_name, stage in refs.items():
        decisions = json.loads((report_dir / f"decisions-{table_name}.json").read_text(encoding="utf-8"))
        findings = read_findings(report_dir / f"findings-{table_name}.parquet")
        stats = _column_stats(findings)
        by_entity: Counter[str] = Counter()
        for s in stats.values():
            by_entity.update(s["by_entity"])
        totals.update(by_entity)
        histograms.append(_histogram(findings))
        extract = stage.get("extract", {})
        pub = stage.get("publish", {})
        operators = stage.get("deidentify", {}).get("operators", {})
        columns = []
        for d in decisions:
            s = stats.get(d["column"], {})
            columns.append(
                {
                    "column": d["column"],
                    "kind": d["kind"],
                    "entity_types": list(d.get("entity_types", [])),
                    "sample_size": d.get("sample_size", 0),
                    "match_share": d.get("match_share", 0.0),
                    "score": d.get("score", 0.0),
                    "pinned": d.get("pinned", False),
                    "reason": d.get("reason", ""),
                    "operator": _operator(operators, d["column"], s.get("findings", 0)),
                    "findings": s.get("findings", 0),
                    "rows_with_findings": s.get("rows", 0),
                    "findings_by_entity": s.get("by_entity", {}),
                    "scores": s.get("scores", {}),
                }
            )
        # Findings in a column the decisions do not list (should not happen) are still shown.
        for column in sorted(set(stats) - {d["column"] for d in decisions}):
            s = stats[column]
            columns.append(
                {
                    "column": column, "kind": "unknown", "entity_types": [], "sample_size": 0, "match_share": 0.0,
                    "score": 0.0, "pinned": False, "reason": "not in the column decisions",
                    "operator": _operator(operators, column, s["findings"]), "findings": s["findings"],
                    "rows_with_findings": s.get("rows", 0), "findings_by_entity": s["by_entity"],
                    "scores": s["scores"],
                }
            )  # fmt: skip
        rows_read = pub.get("rows_read", extract.get("rows_read", 0))
        tables.append(
            {
                "table": table_name,
                "rows_read": rows_read,
                "rows_written": pub.get("rows_written", stage.get("deidentify", {}).get("rows_written", 0)),
                "rows_quarantined": pub.get("rows_quarantined", extract.get("rows_quarantined", 0)),
                "rows_deduplicated": pub.get("rows_deduplicated", extract.get("rows_deduplicated", 0)),
                "quarantine_reasons": dict(sorted(extract.get("quarantine_reasons", {}).items())),
                "leak_gate": pub.get("leak_gate", "not run"),
                "partition": pub.get("partition_path"),
                "findings": sum(by_entity.values()),
                "findings_by_entity": dict(sorted(by_entity.items())),
                "columns": columns,
                "samples": _samples(findings, table_name),
                "repeated_values": _repeated_values(findings),
                "seconds": {k: round(float(v.get("seconds", 0.0)), 3) for k, v in stage.items()},
            }
        )

    history = store_reports(layout.reports_root(), ctx.pipeline.name)
    previous = previous_report(history, report_dir, ctx.load_date.isoformat())
    surprises = find_surprises(ctx.pipeline, tables, previous, review["confirmed"])
    flagged = {(s["table"], s["column"]) for s in surprises if not s["acknowledged"]}
    for t in tables:
        # Evidence for the surprises first; sorted() is stable, so the rest keeps its order.
        t["samples"] = sorted(t["samples"], key=lambda s: (s["table"], s["column"]) not in flagged)
    hist = {"edges": histograms[0]["edges"] if histograms else [], "counts": [0] * HIST_BINS, "by_entity": {}}
    for h in histograms:
        hist["counts"] = [a + b for a, b in zip(hist["counts"], h["counts"], strict=True)]
        for entity, counts in h["by_entity"].items():
            prev = hist["by_entity"].get(entity, [0] * HIST_BINS)
            hist["by_entity"][entity] = [a + b for a, b in zip(prev, counts, strict=True)]
    hist["by_entity"] = dict(sorted(hist["by_entity"].items()))
    touched = [f"{t['table']}.{c['column']}" for t in tables for c in t["columns"] if c["findings"]]
    gates = {t["leak_gate"] for t in tables}
    summary = {
        "tables": len(tables),
        "rows_scanned": sum(t["rows_read"] for t in tables),
        "rows_written": sum(t["rows_written"] for t in tables),
        "rows_quarantined": sum(t["rows_quarantined"] for t in tables),
        "rows_deduplicated": sum(t["rows_deduplicated"] for t in tables),
        "findings": sum(totals.values()),
        "findings_by_entity": dict(sorted(totals.items())),
        "tables_touched": [t["table"] for t in tables if t["findings"]],
        "columns_touched": touched,
        "surprises": sum(1 for s in surprises if not s["acknowledged"]),
        "surprises_acknowledged": sum(1 for s in surprises if s["acknowledged"]),
        "leak_gate": "passed" if gates == {"passed"} else ("failed" if "failed" in gates else "not run"),
        "run_seconds": round(sum(sum(t["seconds"].values()) for t in tables), 3),
    }
    report: dict[str, Any] = {
        "report_version": REPORT_VERSION,
        "store": ctx.pipeline.name,
        "run_id": ctx.run_id,
        "interval": ctx.interval.to_dict(),
        "load_date": ctx.load_date.isoformat(),
        "generated_at": generated_at,
        "previous_run": None
        if previous is None
        else {
            "run_id": previous.get("run_id"),
            "load_date": previous.get("load_date"),
            "generated_at": previous.get("generated_at"),
            "href": f"../{previous['_dir'].name}/report.html",
        },
        "surprises": surprises,
        "summary": summary,
        "trend": [],
        "score_histogram": hist,
        "review": review,
        "tables": tables,
    }
    report["trend"] = _trend(
        history,
        report_dir,
        {
            "run_id": ctx.run_id,
            "load_date": report["load_date"],
            "generated_at": generated_at,
            "findings": summary["findings"],
            "findings_by_entity": summary["findings_by_entity"],
        },
    )
    return report


def _combined_findings(report_dir: Path, tables: list[str], path: Path) -> None:
    """One findings table per run, for querying across tables (evidence columns included)."""
    parts = [read_findings(report_dir / f"findings-{t}.parquet") for t in tables]
    combined = pa.concat_tables(parts) if parts else EVIDENCE_SCHEMA.empty_table()
    tmp = path.with_name(f".{path.name}.partial")
    pq.write_table(combined, tmp, compression="zstd", write_statistics=["start", "end", "score"])
    tmp.replace(path)


def write_run_report(ctx: RunContext, refs: dict[str, dict[str, dict[str, Any]]]) -> ReportRef:
    report = build_run_report(ctx, refs)
    report_dir = ctx.layout.run_report_dir(ctx.pipeline.name, ctx.run_id)
    report_dir.mkdir(parents=True, exist_ok=True)
    findings_path = report_dir / "findings.parquet"
    _combined_findings(report_dir, list(refs), findings_path)
    html_path = report_dir / "report.html"
    html_path.write_text(render_run_html(report), encoding="utf-8")
    # report.json last: its presence is what marks the run as reported (the index and the next run read it).
    json_path = report_dir / "report.json"
    tmp = report_dir / ".report.json.partial"
    tmp.write_text(json.dumps(report, indent=2), encoding="utf-8")
    tmp.replace(json_path)
    index_path = render_index(ctx.layout.reports_root())
    return ReportRef(
        store=ctx.pipeline.name,
        run_id=ctx.run_id,
        json_path=str(json_path),
        html_path=str(html_path),
        findings_path=str(findings_path),
        index_path=str(index_path),
    )
