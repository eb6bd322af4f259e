"""The run report: counts, decisions and evidence gathered from the run's own files.

It reads only what the detect stage wrote for security staff (decisions, findings without values,
masked evidence and keyed hashes, applied reviewed decisions) and the stages' counts. It never
opens the raw extract, the quarantine or the leak files, so it cannot echo a value from them.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pii_pipeline.review.evidence import EVIDENCE_SCHEMA, ReportKeyError, report_key_from_env

from .render import render_index, render_run_html
from .review_queue import build_review_queue
from .run_info import ReportRef, RunInfo
from .surprises import find_surprises

log = logging.getLogger(__name__)

REPORT_VERSION = 2
SAMPLES_PER_TYPE = 3  # per column and entity type: enough to judge, little to leak
REPEATED_VALUES = 10
TREND_RUNS = 12
HIST_BINS = 20


# ---------------------------------------------------------------- findings
# A findings file holds one finding per personal value: millions for a large table. The report reads
# it row group by row group (the detect stage writes one or more per batch of rows) and keeps only
# what it shows (counts, score statistics, the top few samples, hash counts), so its memory follows
# the number of distinct values, not the number of findings.
def _as_evidence(table: pa.Table) -> pa.Table:
    """A findings table in EVIDENCE_SCHEMA; files written without evidence get null evidence columns."""
    columns = []
    for field in EVIDENCE_SCHEMA:
        if field.name in table.column_names:
            columns.append(table.column(field.name).cast(field.type))
        else:
            columns.append(pa.nulls(table.num_rows, field.type))
    return pa.table(columns, schema=EVIDENCE_SCHEMA)


def iter_findings(path: Path) -> Iterator[pa.Table]:
    """A findings file's row groups in EVIDENCE_SCHEMA; nothing when there is no file."""
    if not path.exists():
        return
    pf = pq.ParquetFile(path, pre_buffer=False)
    try:
        for i in range(pf.num_row_groups):
            yield _as_evidence(pf.read_row_group(i))
    finally:
        pf.close()


def read_findings(path: Path) -> pa.Table:
    """A whole findings file in EVIDENCE_SCHEMA (small files only: the report streams them)."""
    parts = list(iter_findings(path))
    return pa.concat_tables(parts) if parts else EVIDENCE_SCHEMA.empty_table()


class FindingsSummary:
    """What the report shows of one table's findings, gathered part by part."""

    def __init__(self) -> None:
        self._scores: dict[tuple[str, str], list[float]] = {}  # (column, type) -> [count, min, max, sum]
        self._rows: Counter[str] = Counter()  # column -> rows with findings
        self._last_keys: dict[str, pa.Array] = {}  # column -> row keys of the previous part
        self._top = EVIDENCE_SCHEMA.empty_table()  # the best few of each column and type so far
        self._low = EVIDENCE_SCHEMA.empty_table()  # the weakest few: what the review queue asks about
        self._hashes: list[pa.Table] = []  # partial counts per (value_hash, entity_type, column)
        self._hash_rows = 0
        self._bins: Counter[tuple[str, int]] = Counter()

    def add(self, findings: pa.Table) -> None:
        if not findings.num_rows:
            return
        grouped = findings.group_by(["column", "entity_type"]).aggregate(
            [("score", "count"), ("score", "min"), ("score", "max"), ("score", "sum")]
        )
        for row in grouped.to_pylist():
            key = (row["column"], row["entity_type"])
            acc = self._scores.get(key)
            if acc is None:
                self._scores[key] = [row["score_count"], row["score_min"], row["score_max"], row["score_sum"]]
            else:
                acc[0] += row["score_count"]
                acc[1] = min(acc[1], row["score_min"])
                acc[2] = max(acc[2], row["score_max"])
                acc[3] += row["score_sum"]
        # A row's findings are written together (with its batch); should a part end among them, the
        # next part's keys that the previous part had are not counted twice.
        last, self._last_keys = self._last_keys, {}
        for row in findings.group_by("column").aggregate([("row_key", "distinct")]).to_pylist():
            keys = pa.array(row["row_key_distinct"], pa.string())
            seen = last.get(row["column"])
            again = int(pc.sum(pc.is_in(keys, value_set=seen)).as_py() or 0) if seen is not None else 0
            self._rows[row["column"]] += len(keys) - again
            self._last_keys[row["column"]] = keys
        self._top = _top_rows(pa.concat_tables([self._top, findings]))
        self._low = _top_rows(pa.concat_tables([self._low, findings]), weakest=True)
        hashed = findings.filter(pc.is_valid(findings["value_hash"]))
        if hashed.num_rows:
            part = hashed.group_by(["value_hash", "entity_type", "column"]).aggregate([("row_key", "count")])
            self._hashes.append(part)
            self._hash_rows += part.num_rows
            if len(self._hashes) > 1 and self._hash_rows > 2 * _merged_rows(self._hashes[0]):
                self._hashes = [_merge_hash_counts(self._hashes)]
                self._hash_rows = self._hashes[0].num_rows
        bins = pc.cast(pc.floor(pc.multiply(pc.cast(findings["score"], pa.float64()), HIST_BINS)), pa.int32())
        bins = pc.min_element_wise(pc.max_element_wise(bins, 0), HIST_BINS - 1)
        grouped = pa.table({"bin": bins, "entity_type": findings["entity_type"]}).group_by(["entity_type", "bin"])
        for row in grouped.aggregate([("bin", "count")]).to_pylist():
            self._bins[(row["entity_type"], row["bin"])] += row["bin_count"]

    def column_stats(self) -> dict[str, dict[str, Any]]:
        stats: dict[str, dict[str, Any]] = {}
        for (column, entity), (count, low, high, total) in self._scores.items():
            s = stats.setdefault(column, {"findings": 0, "by_entity": {}, "scores": {}})
            s["findings"] += count
            s["by_entity"][entity] = count
            s["scores"][entity] = {"min": round(low, 3), "mean": round(total / count, 3), "max": round(high, 3)}
        for column, s in stats.items():
            s["rows"] = self._rows[column]
            s["by_entity"] = dict(sorted(s["by_entity"].items()))
            s["scores"] = dict(sorted(s["scores"].items()))
        return stats

    def samples(self, table_name: str, *, weakest: bool = False) -> list[dict[str, Any]]:
        """The highest-scoring (or, `weakest`, lowest-scoring) few findings of each column and entity type:
        where, what, how sure, never what."""
        out: list[dict[str, Any]] = []
        top = (self._low if weakest else self._top).sort_by([("column", "ascending"), ("entity_type", "ascending")])
        for row in top.to_pylist():
            out.append(
                {
                    "table": table_name,
                    "column": row["column"],
                    "row_key": row["row_key"],
                    "entity_type": row["entity_type"],
                    "score": round(row["score"], 3),
                    "recognizer": row["recognizer"],
                    "reason": row["reason"] or "",
                    "start": row["start"],
                    "end": row["end"],
                    "evidence": row["evidence"],
                    "value_hash": row["value_hash"],
                }
            )
        return out

    def repeated_values(self) -> list[dict[str, Any]]:
        """Keyed hashes seen in more than one finding: the same person or account turning up again."""
        if not self._hashes:
            return []
        counts = _merge_hash_counts(self._hashes)
        grouped = counts.group_by(["value_hash", "entity_type"]).aggregate(
            [("row_key_count", "sum"), ("column", "distinct")]
        )
        rows = [r for r in grouped.to_pylist() if r["row_key_count_sum"] > 1]
        rows.sort(key=lambda r: (-r["row_key_count_sum"], r["value_hash"]))
        return [
            {
                "value_hash": r["value_hash"],
                "entity_type": r["entity_type"],
                "findings": r["row_key_count_sum"],
                "columns": sorted(r["column_distinct"]),
            }
            for r in rows[:REPEATED_VALUES]
        ]

    def histogram(self) -> dict[str, Any]:
        edges = [round(i / HIST_BINS, 3) for i in range(HIST_BINS + 1)]
        counts = [0] * HIST_BINS
        by_entity: dict[str, list[int]] = {}
        for (entity, b), n in self._bins.items():
            counts[b] += n
            by_entity.setdefault(entity, [0] * HIST_BINS)[b] += n
        return {"edges": edges, "counts": counts, "by_entity": dict(sorted(by_entity.items()))}


def _top_rows(findings: pa.Table, *, weakest: bool = False) -> pa.Table:
    """Each column and entity type's SAMPLES_PER_TYPE best (or weakest) findings (score, then row key)."""
    if not findings.num_rows:
        return findings
    order = [("score", "ascending" if weakest else "descending"), ("row_key", "ascending")]
    parts = []
    for g in findings.group_by(["column", "entity_type"]).aggregate([]).to_pylist():
        mask = pc.and_(pc.equal(findings["column"], g["column"]), pc.equal(findings["entity_type"], g["entity_type"]))
        part = findings.filter(mask)
        parts.append(part.take(pc.select_k_unstable(part, SAMPLES_PER_TYPE, order)).sort_by(order))
    return pa.concat_tables(parts)


def _merged_rows(table: pa.Table) -> int:
    return max(table.num_rows, 100_000)


def _merge_hash_counts(parts: list[pa.Table]) -> pa.Table:
    merged = (
        pa.concat_tables(parts).group_by(["value_hash", "entity_type", "column"]).aggregate([("row_key_count", "sum")])
    )
    return merged.rename_columns(["value_hash", "entity_type", "column", "row_key_count"])


def summarize_findings(path: Path) -> FindingsSummary:
    summary = FindingsSummary()
    for part in iter_findings(path):
        summary.add(part)
    return summary


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
def _review_section(ctx: RunInfo, report_dir: Path, tables: list[str]) -> dict[str, Any]:
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
            # What the review queue leaves out: decisions a person already made (no notes, no hashes).
            section["decided"] = {
                "pins": [{"table": p.table, "column": p.column} for p in reviewed.pins],
                "confirmed": section["confirmed"],
                "allow_columns": [
                    {"table": a.table, "column": a.column, "entity_type": a.entity_type} for a in reviewed.allow_columns
                ],
            }
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


def build_run_report(ctx: RunInfo, refs: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    layout = ctx.layout
    report_dir = layout.run_report_dir(ctx.pipeline.name, ctx.run_id)
    generated_at = datetime.now(UTC).isoformat(timespec="seconds")
    review = _review_section(ctx, report_dir, list(refs))
    tables = []
    totals: Counter[str] = Counter()
    histograms = []
    for table_name, stage in refs.items():
        decisions = json.loads((report_dir / f"decisions-{table_name}.json").read_text(encoding="utf-8"))
        found = summarize_findings(report_dir / f"findings-{table_name}.parquet")
        stats = found.column_stats()
        by_entity: Counter[str] = Counter()
        for s in stats.values():
            by_entity.update(s["by_entity"])
        totals.update(by_entity)
        histograms.append(found.histogram())
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
                "privacy": stage.get("deidentify", {}).get("privacy") or {},
                "rows_erased": stage.get("deidentify", {}).get("rows_erased", 0),
                "cells_erased": stage.get("deidentify", {}).get("cells_erased", 0),
                "leak_gate": pub.get("leak_gate", "not run"),
                "partition": pub.get("partition_path"),
                "findings": sum(by_entity.values()),
                "findings_by_entity": dict(sorted(by_entity.items())),
                "columns": columns,
                "samples": found.samples(table_name),
                "low_samples": found.samples(table_name, weakest=True),
                "repeated_values": found.repeated_values(),
                "seconds": {k: round(float(v.get("seconds", 0.0)), 3) for k, v in stage.items()},
            }
        )

    history = store_reports(layout.reports_root(), ctx.pipeline.name)
    previous = previous_report(history, report_dir, ctx.load_date.isoformat())
    surprises = find_surprises(ctx.pipeline, tables, previous, review["confirmed"])
    queue = build_review_queue(
        tables=tables,
        previous=previous,
        reviewed=review.get("decided", {}),
        config_pins={t.name: set(t.columns) | set(t.free_text) for t in ctx.pipeline.tables},
        threshold=ctx.pipeline.detection.score_threshold,
        today=generated_at[:10],
    )
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
        "review_queue": len(queue),
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
        "review_queue": queue,
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
    """One findings table per run, for querying across tables (evidence columns included), copied
    row group by row group."""
    tmp = path.with_name(f".{path.name}.partial")
    with pq.ParquetWriter(tmp, EVIDENCE_SCHEMA, compression="zstd", write_statistics=["start", "end", "score"]) as w:
        for t in tables:
            for part in iter_findings(report_dir / f"findings-{t}.parquet"):
                w.write_table(part)
    tmp.replace(path)


def write_run_report(ctx: RunInfo, refs: dict[str, dict[str, dict[str, Any]]]) -> ReportRef:
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
