"""The index names a run by the interval it processed; charts keep their labels inside the picture."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pii_pipeline.reports import charts
from pii_pipeline.reports.render import collect_runs, render_index


def _report(root: Path, store: str, run_id: str, load_date: str, generated_at: str) -> None:
    folder = root / store / run_id
    folder.mkdir(parents=True)
    summary = {"rows_scanned": 10, "findings": 2, "surprises": 0, "review_queue": 3, "leak_gate": "passed"}
    doc = {"store": store, "run_id": run_id, "load_date": load_date, "generated_at": generated_at, "summary": summary}
    (folder / "report.json").write_text(json.dumps(doc), encoding="utf-8")


def test_runs_are_labelled_by_load_date_and_reruns_numbered(tmp_path: Path) -> None:
    # Airflow names a manual run after the trigger time, not the interval it read.
    _report(tmp_path, "tips", "manual__2026-04-01T10-00-00", "2026-03-01", "2026-04-01T10:00:05")
    _report(tmp_path, "tips", "manual__2026-04-01T11-00-00", "2026-03-01", "2026-04-01T11:00:05")
    _report(tmp_path, "tips", "scheduled__2026-02-01", "2026-02-01", "2026-03-01T00:00:05")
    labels = {r["run_id"]: r["label"] for r in collect_runs(tmp_path)}
    assert labels == {
        "manual__2026-04-01T10-00-00": "2026-03-01",
        "manual__2026-04-01T11-00-00": "2026-03-01 (re-run 1)",
        "scheduled__2026-02-01": "2026-02-01",
    }
    html = render_index(tmp_path).read_text(encoding="utf-8")
    assert ">2026-03-01 (re-run 1)</a>" in html


def _text_extent(svg: str) -> list[tuple[float, str, str]]:
    return [
        (float(x), anchor, label)
        for x, anchor, label in re.findall(r'<text x="([\d.]+)"[^>]*?text-anchor="(\w+)"[^>]*>([^<]+)</text>', svg)
    ]  # noqa: E501


def test_trend_line_labels_stay_inside_the_chart() -> None:
    svg = str(charts.line_chart("c", "t", ["2026-01-01", "2026-12-01"], [3, 4], width=420))
    ends = [(x, anchor) for x, anchor, label in _text_extent(svg) if label.startswith("2026")]
    assert ends[0][1] == "start" and ends[-1][1] == "end" and ends[-1][0] <= 420


def test_crowded_column_labels_are_turned_not_overlapped() -> None:
    labels = [f"2026-{m:02d}-01" for m in range(1, 13)]
    svg = str(charts.column_chart("c", "t", labels, {"findings": list(range(1, 13))}, width=560))
    assert svg.count("rotate(-45") == 12
    few = str(charts.column_chart("c", "t", labels[:3], {"findings": [1, 2, 3]}, width=560))
    assert "rotate(" not in few
