"""`pii-pipeline bench cluster` at a small size: the real services run one interval with one Celery worker
and with two, both workers take tasks, the settings publish the same rows, and nothing raw is left in the staging
bucket or on disk. (Timing is the bench's business; nothing about speed is asserted.)

The table is cut into four chunks, so four detect tasks wait in the queue at once and a worker at concurrency 1
holds one: with a single chunk every task waits for the one before it, and which worker takes each is chance, so
"both workers ran something" was a coin toss (CI failed on it once)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.scheduler, pytest.mark.airflow, pytest.mark.postgres, pytest.mark.slow]


def test_cluster_bench_runs_one_and_two_workers(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    run = subprocess.run(
        [
            sys.executable, "-m", "pii_pipeline.cli.app", "bench", "cluster", "--rows", "400", "--workers", "1,2",
            "--chunk-rows", "100", "--batch-size", "50",
            "--workdir", str(tmp_path / "work"), "--json", str(out), "--timeout", "900",
        ],
        capture_output=True, text=True, timeout=2400, env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(out.read_text())
    one, two = figures["settings"]
    assert (one["workers"], two["workers"]) == (1, 2)
    assert one["state"] == two["state"] == "success"
    assert figures["rows_published"] == 400  # the quarter holds every seeded row
    assert figures["same_rows_in_every_setting"] is True
    assert two["mapped_tasks"] >= 8  # four chunks, each detected and de-identified
    assert sorted(two["tasks_by_worker"]) == ["w1", "w2"]
    assert all(two["tasks_by_worker"].values()), "each of the two workers runs tasks"
    # Every task instance was run by some worker, and by one only.
    assert sum(len(v) for v in two["tasks_by_worker"].values()) == two["tasks"]
    for setting in (one, two):
        assert setting["staging_objects_left"] == 0 and setting["raw_extracts_on_disk"] == []
        assert setting["seconds"] > 0
    assert figures["time_ratio_to_first"]["2"] == two["seconds"] / one["seconds"]
