"""Retention: partitions, quarantine files and run reports older than `retention` are purged.

A partition's age is its load date (the interval start); a report's is the load date of its run. The
cut-off is `as_of - retention`: anything strictly older goes. With the partition go the state files
that describe it (manifest, row keys, leak list), wherever the table's state lives. Each purge
appends what it removed (paths and dates, never values) to `<root>/_state/<store>/purge.log` and
returns it for the command line or the DAG."""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pii_pipeline.config import PipelineConfig
from pii_pipeline.sinks import OutputLayout
from pii_pipeline.sinks.state_store import table_state

_LOAD_DATE = re.compile(r"^load_date=(\d{4}-\d{2}-\d{2})$")


@dataclass
class PurgeResult:
    store: str
    as_of: str
    dry_run: bool
    partitions: list[dict] = field(default_factory=list)  # {table, load_date, path}
    quarantine: list[dict] = field(default_factory=list)  # {table, load_date, path}
    reports: list[dict] = field(default_factory=list)  # {run_id, load_date, path}
    state_files: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def removed(self) -> int:
        return len(self.partitions) + len(self.quarantine) + len(self.reports)


def _dated_dirs(folder: Path) -> list[tuple[date, Path]]:
    out = []
    if folder.is_dir():
        for sub in sorted(folder.iterdir()):
            if sub.is_dir() and (m := _LOAD_DATE.match(sub.name)):
                out.append((date.fromisoformat(m.group(1)), sub))
    return out


def purge(cfg: PipelineConfig, as_of: date, *, dry_run: bool = False) -> PurgeResult:
    layout = OutputLayout(cfg.output.root)
    result = PurgeResult(cfg.name, as_of.isoformat(), dry_run)
    longest: timedelta | None = None
    for table in cfg.tables:
        keep = table.retention or cfg.retention
        if keep is None:
            continue
        longest = keep if longest is None else max(longest, keep)
        cutoff = as_of - keep
        state = table_state(cfg.output, cfg.name, table.name)
        for day, folder in _dated_dirs(layout.dataset(cfg.name, table.name)):
            if day < cutoff:
                result.partitions.append({"table": table.name, "load_date": day.isoformat(), "path": str(folder)})
                _remove(folder, dry_run)
                for name in (
                    f"manifest-{day.isoformat()}.json",
                    f"leaks-{day.isoformat()}.json",
                    f"keys/load_date={day.isoformat()}.parquet",
                ):
                    if state.exists(name):
                        result.state_files.append(state.where(name))
                        if not dry_run:
                            state.delete(name)
        quarantine = layout.root / "quarantine" / cfg.name / table.name
        for day, folder in _dated_dirs(quarantine):
            if day < cutoff:
                result.quarantine.append({"table": table.name, "load_date": day.isoformat(), "path": str(folder)})
                _remove(folder, dry_run)
    # Reports cover every table of a run: kept as long as the longest-kept table, and only when
    # every table has a retention (a table kept forever keeps its reports).
    if longest is not None and all((t.retention or cfg.retention) for t in cfg.tables):
        cutoff = as_of - longest
        store_reports = layout.reports_root() / cfg.name
        for run_dir in sorted(p for p in store_reports.glob("*") if p.is_dir()) if store_reports.is_dir() else []:
            day = _report_date(run_dir)
            if day is not None and day < cutoff:
                result.reports.append({"run_id": run_dir.name, "load_date": day.isoformat(), "path": str(run_dir)})
                _remove(run_dir, dry_run)
    if not dry_run and result.removed:
        _log(layout.root / "_state" / cfg.name / "purge.log", result)
    return result


def _report_date(run_dir: Path) -> date | None:
    try:
        doc = json.loads((run_dir / "report.json").read_text(encoding="utf-8"))
        return date.fromisoformat(doc["load_date"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a run without a finished report is not judged here


def _remove(path: Path, dry_run: bool) -> None:
    if dry_run:
        return
    if path.is_dir():
        # Renamed first, so readers never see a half-deleted partition folder.
        doomed = path.with_name(f".purge-{path.name}-{os.getpid()}")
        os.replace(path, doomed)
        shutil.rmtree(doomed)
    else:
        path.unlink(missing_ok=True)


def _log(path: Path, result: PurgeResult) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    entry = {"time": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"), **result.to_dict()}
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, sort_keys=True) + "\n")
