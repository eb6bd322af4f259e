"""The DAG's `purge` task, for pipeline files that set a `retention`: after the report, remove what is
older than the retention. Parse time reads the file with yaml only (no pydantic, no pyarrow)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from pathlib import Path
from typing import Any

import yaml


def has_retention(path: Path) -> bool:
    """Whether the pipeline file sets `retention` for the pipeline or any table (a purge task is added)."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return False  # read_spec reports the file's problem
    if not isinstance(raw, dict):
        return False
    tables = raw.get("tables") if isinstance(raw.get("tables"), list) else []
    return bool(raw.get("retention")) or any(isinstance(t, dict) and t.get("retention") for t in tables)


def purge_old(pipeline_path: str, context: Mapping[str, Any]) -> dict:
    """Purge relative to the end of the run's data interval (a backfill of an old month purges what is
    old relative to that month, not to today); returns what was removed (paths and dates only)."""
    from pii_pipeline.config import load_pipeline
    from pii_pipeline.reports.render import render_index
    from pii_pipeline.rights.retention import purge
    from pii_pipeline.sinks import OutputLayout

    cfg = load_pipeline(pipeline_path)
    when = context.get("data_interval_end") or context.get("logical_date")
    when = when.astimezone(UTC) if when.tzinfo else when  # Airflow's are aware; load dates are UTC days
    result = purge(cfg, when.date())
    if result.reports:
        render_index(OutputLayout(cfg.output.root).reports_root())
    return result.to_dict()
