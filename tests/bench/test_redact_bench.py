"""`pii-pipeline bench redact` at a tiny size: both sides are whole processes on the same file, every
figure is measured (ratios computed from the measured rates), ours leaks nothing and writes the same
bytes with two processes as with one. No speed is asserted: that is the bench's business."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq


def test_redact_bench_measures_both_processes(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    work = tmp_path / "work"
    run = subprocess.run(
        [
            sys.executable, "-m", "pii_pipeline.cli.app", "bench", "redact", "--rows", "300", "--baseline-rows", "8",
            "--processes", "2", "--workdir", str(work), "--json", str(out),
        ],
        capture_output=True, text=True, timeout=900, env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    f = json.loads(out.read_text())
    runs = f["runs"]
    assert sorted(runs) == ["ours_1", "ours_2", "presidio"]
    assert runs["ours_2"]["rows"] == runs["ours_1"]["rows"] == 300 and runs["presidio"]["rows"] == 8
    for r in runs.values():
        assert r["seconds"] > 0 and r["cpu_seconds"] > 0 and r["rate"] == r["rows"] / r["seconds"]
    assert f["ratio"] == runs["ours_2"]["rate"] / runs["presidio"]["rate"]
    assert f["cpu_ratio"] == runs["ours_2"]["cpu_rate"] / runs["presidio"]["cpu_rate"]
    assert f["speedup_over_1_process"] == runs["ours_1"]["seconds"] / runs["ours_2"]["seconds"]
    # Presidio's own processing time is part of its whole process.
    assert 0 < runs["presidio"]["extra"]["processing_seconds"] < runs["presidio"]["seconds"]
    assert f["identical_to_1_process"] is True
    assert f["leaks_ours"] == 0 and f["planted_in_baseline_rows"] > 0
    assert isinstance(f["leaks_presidio"], int)
    # Both sides wrote every row they were given, from the same input file.
    assert pq.read_table(work / "ours-2" / "mixed-300.parquet").num_rows == 300
    assert pq.read_table(work / "presidio.parquet").num_rows == 8
