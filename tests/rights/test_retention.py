"""Retention: what is older than the cut-off goes (partitions with their state, quarantine, reports),
what is younger stays; the purge log and output list it; a dry run removes nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from pii_pipeline.config import load_pipeline
from pii_pipeline.orchestration.purge_task import has_retention, purge_old
from pii_pipeline.rights.retention import purge
from pii_pipeline.sinks import OutputLayout

PIPELINE = """
name: gifts
store: {{url: "sqlite:///{home}/gifts.db"}}
{top}
tables:
  - {{name: gifts, primary_key: id, watermark: updated_at{table}}}
output: {{root: "{home}/output"}}
"""
DAYS = (date(2025, 1, 1), date(2025, 6, 1), date(2026, 1, 1))


def _layout(home: Path, top: str = "retention: 400d", table: str = "") -> tuple[Path, OutputLayout]:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "gifts.yaml"
    path.write_text(PIPELINE.format(home=home, top=top, table=table), encoding="utf-8")
    layout = OutputLayout(home / "output")
    state = layout.state_dir("gifts", "gifts")
    (state / "keys").mkdir(parents=True)
    for i, day in enumerate(DAYS):
        part = layout.partition_file("gifts", "gifts", day)
        part.parent.mkdir(parents=True)
        part.write_bytes(b"PAR1")
        (state / f"manifest-{day}.json").write_text("{}")
        (state / "keys" / f"load_date={day}.parquet").write_bytes(b"PAR1")
        q = layout.quarantine_file("gifts", "gifts", day, f"run{i}")
        q.parent.mkdir(parents=True)
        q.write_bytes(b"PAR1")
        report = layout.run_report_dir("gifts", f"run{i}")
        report.mkdir(parents=True)
        (report / "report.json").write_text(json.dumps({"load_date": day.isoformat()}))
    return path, layout


def test_purge_removes_what_is_older_than_the_retention(tmp_path: Path) -> None:
    path, layout = _layout(tmp_path)
    result = purge(load_pipeline(path), date(2026, 3, 1))  # cut-off 2025-01-25
    assert [p["load_date"] for p in result.partitions] == ["2025-01-01"]
    assert [q["load_date"] for q in result.quarantine] == ["2025-01-01"]
    assert [r["run_id"] for r in result.reports] == ["run0"]
    assert not layout.partition_dir("gifts", "gifts", DAYS[0]).exists()
    assert layout.partition_file("gifts", "gifts", DAYS[1]).exists()
    state = layout.state_dir("gifts", "gifts")
    assert not (state / "manifest-2025-01-01.json").exists() and (state / "manifest-2025-06-01.json").exists()
    assert not (state / "keys" / "load_date=2025-01-01.parquet").exists()
    assert not layout.run_report_dir("gifts", "run0").exists() and layout.run_report_dir("gifts", "run1").exists()
    log = (layout.root / "_state" / "gifts" / "purge.log").read_text().splitlines()
    assert json.loads(log[-1])["partitions"][0]["load_date"] == "2025-01-01"
    # Nothing half-removed is left next to the partitions.
    assert sorted(p.name for p in layout.dataset("gifts", "gifts").iterdir()) == [f"load_date={d}" for d in DAYS[1:]]


def test_dry_run_lists_and_keeps(tmp_path: Path) -> None:
    path, layout = _layout(tmp_path)
    result = purge(load_pipeline(path), date(2028, 1, 1), dry_run=True)
    assert len(result.partitions) == 3
    assert all(layout.partition_file("gifts", "gifts", d).exists() for d in DAYS)
    assert not (layout.root / "_state" / "gifts" / "purge.log").exists()


def test_a_table_retention_overrides_the_pipeline_and_no_retention_keeps_everything(tmp_path: Path) -> None:
    path, layout = _layout(tmp_path, top="", table=", retention: 30d")
    cfg = load_pipeline(path)
    assert cfg.tables[0].retention == timedelta(days=30)
    result = purge(cfg, date(2026, 1, 15))
    assert [p["load_date"] for p in result.partitions] == ["2025-01-01", "2025-06-01"]
    path2, _ = _layout(tmp_path / "none", top="")
    assert purge(load_pipeline(path2), date(2030, 1, 1)).removed == 0
    assert not has_retention(path2) and has_retention(path)


@pytest.mark.parametrize("bad", ["0d", "soon"])
def test_a_bad_retention_is_a_configuration_error(tmp_path: Path, bad: str) -> None:
    from pii_pipeline.config import ConfigError

    path, _ = _layout(tmp_path, top=f"retention: {bad}")
    with pytest.raises(ConfigError, match="retention"):
        load_pipeline(path)


def test_the_dag_task_purges_relative_to_the_interval_end(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    path, layout = _layout(tmp_path)
    out = purge_old(str(path), {"data_interval_end": datetime(2026, 7, 1, tzinfo=UTC)})  # cut-off 2025-05-27
    assert [p["load_date"] for p in out["partitions"]] == ["2025-01-01"]
    assert (layout.reports_root() / "index.html").exists()
