"""HTML renderings of run reports and the index over runs. Self-contained: no external asset.

Charts are inline SVG drawn from the report's own numbers, so the page and report.json agree.
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from . import charts

log = logging.getLogger(__name__)

_env = Environment(
    loader=PackageLoader("pii_pipeline.reports", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    undefined=StrictUndefined,
)
TOP_COLUMNS = 15
TREND_SERIES = 6


def _trend_series(trend: list[dict[str, Any]]) -> dict[str, list[float]]:
    """Findings per run stacked by the most frequent entity types; the rest as "other"."""
    totals: Counter[str] = Counter()
    for p in trend:
        totals.update(p["findings_by_entity"])
    top = [e for e, _ in totals.most_common(TREND_SERIES)]
    series: dict[str, list[float]] = {e: [p["findings_by_entity"].get(e, 0) for p in trend] for e in top}
    other = [p["findings"] - sum(p["findings_by_entity"].get(e, 0) for e in top) for p in trend]
    if any(other):
        series["other"] = other
    if not series:
        series["findings"] = [p["findings"] for p in trend]
    return series


def run_charts(report: dict[str, Any]) -> dict[str, Any]:
    summary = report["summary"]
    by_entity = sorted(summary["findings_by_entity"].items(), key=lambda kv: (-kv[1], kv[0]))
    by_column = sorted(
        (
            (f"{t['table']}.{c['column']}", c["findings"])
            for t in report["tables"]
            for c in t["columns"]
            if c["findings"]
        ),
        key=lambda kv: (-kv[1], kv[0]),
    )[:TOP_COLUMNS]
    trend = report["trend"]
    current = next((i for i, p in enumerate(trend) if p["current"]), None)
    hist = report["score_histogram"]
    return {
        "by_entity": charts.bar_chart("chart-by-entity", "Findings by entity type", by_entity),
        "by_column": charts.bar_chart("chart-by-column", f"Findings by column (top {TOP_COLUMNS})", by_column),
        "trend": charts.column_chart(
            "chart-trend",
            "Findings over the last runs of this store",
            [p["load_date"] for p in trend],
            _trend_series(trend),
            highlight=current,
        ),
        "scores": charts.histogram("chart-scores", "Score distribution of findings", hist["edges"], hist["counts"]),
    }


def render_run_html(report: dict[str, Any]) -> str:
    return _env.get_template("run.html.j2").render(report=report, charts=run_charts(report))


def collect_runs(reports_root: Path) -> list[dict[str, Any]]:
    runs = []
    for path in reports_root.glob("*/*/report.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            summary = data["summary"]
            runs.append(
                {
                    "store": data["store"],
                    "run_id": data["run_id"],
                    "load_date": data["load_date"],
                    "generated_at": data.get("generated_at", ""),
                    "rows_scanned": summary.get("rows_scanned", 0),
                    "findings": summary.get("findings", 0),
                    "surprises": summary.get("surprises", 0),
                    "review_queue": summary.get("review_queue", 0),
                    "leak_gate": summary.get("leak_gate", ""),
                    "href": (path.parent.relative_to(reports_root) / "report.html").as_posix(),
                }
            )
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("index: skipping unreadable report %s", path)
    # A run is labelled by the interval it processed; re-runs of one interval are numbered in time order.
    attempts: dict[tuple[str, str], int] = {}
    for r in sorted(runs, key=lambda r: (r["store"], r["load_date"], r["generated_at"], r["run_id"])):
        key = (r["store"], r["load_date"])
        attempts[key] = attempts.get(key, 0) + 1
        r["attempt"] = attempts[key]
        r["label"] = r["load_date"] + (f" (re-run {r['attempt'] - 1})" if r["attempt"] > 1 else "")
    runs.sort(key=lambda r: (r["generated_at"], r["load_date"], r["store"], r["run_id"]), reverse=True)
    return runs


def store_trends(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_store: dict[str, list[dict[str, Any]]] = {}
    for r in runs:
        by_store.setdefault(r["store"], []).append(r)
    out = []
    for store in sorted(by_store):
        points = sorted(by_store[store], key=lambda r: (r["load_date"], r["generated_at"]))[-24:]
        out.append(
            {
                "store": store,
                "runs": len(by_store[store]),
                "latest": points[-1],
                "chart": charts.line_chart(
                    f"trend-{store}",
                    f"Findings per run: {store}",
                    [p["load_date"] for p in points],
                    [p["findings"] for p in points],
                ),
            }
        )
    return out


def render_index(reports_root: Path) -> Path:
    reports_root.mkdir(parents=True, exist_ok=True)
    runs = collect_runs(reports_root)
    path = reports_root / "index.html"
    tmp = reports_root / f".index.html.{os.getpid()}.partial"  # concurrent runs each write their own
    tmp.write_text(_env.get_template("index.html.j2").render(runs=runs, stores=store_trends(runs)), encoding="utf-8")
    tmp.replace(path)
    return path
