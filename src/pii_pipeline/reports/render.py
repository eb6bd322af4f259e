"""HTML renderings of run reports and the index over runs. Self-contained: no external asset."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

_env = Environment(loader=PackageLoader("pii_pipeline.reports", "templates"), autoescape=select_autoescape(["html"]))


def render_run_html(report: dict[str, Any]) -> str:
    return _env.get_template("run.html.j2").render(report=report)


def collect_runs(reports_root: Path) -> list[dict[str, Any]]:
    runs = []
    for path in reports_root.glob("*/*/report.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        runs.append(
            {
                "store": data["store"],
                "run_id": data["run_id"],
                "load_date": data["load_date"],
                "generated_at": data.get("generated_at", ""),
                "summary": data["summary"],
                "href": str(path.parent.relative_to(reports_root) / "report.html"),
            }
        )
    runs.sort(key=lambda r: (r["generated_at"], r["load_date"], r["store"]), reverse=True)
    return runs


def render_index(reports_root: Path) -> Path:
    reports_root.mkdir(parents=True, exist_ok=True)
    runs = collect_runs(reports_root)
    path = reports_root / "index.html"
    path.write_text(_env.get_template("index.html.j2").render(runs=runs), encoding="utf-8")
    return path
