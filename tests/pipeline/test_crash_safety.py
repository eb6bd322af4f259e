"""SIGKILL at every step of reading, writing and publishing, with the store on SQLite, PostgreSQL and
MariaDB: the partition is the old state or the new one, and a retry gives the same bytes (partition,
published keys, watermark) as an undisturbed run."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pii_pipeline.pipeline import Interval, make_context, run_pipeline

from .people_store import PeopleStore, person

JAN = Interval.from_dict({"start": "2026-01-01T00:00:00", "end": "2026-02-01T00:00:00"})
# source.between_batches: mid-read, the server's cursor and transaction open; deidentify.mid_write:
# the staged file half written; publish.before: staged and leak-gated, nothing replaced yet.
BEFORE = ["source.between_batches", "deidentify.mid_write", "publish.before"]
DURING = ["publish.after_keys", "publish.after_replace"]  # keys published; then the partition too
AFTER = ["publish.after_state"]
# Each failpoint on SQLite; on the servers one before, during and after publishing. The other three
# touch only files, after the extraction has ended: the store behind them makes no difference, and
# each of these runs costs a process start with the detector model (~2 s).
SERVER_FAILPOINTS = ["source.between_batches", "publish.after_keys", "publish.after_state"]
CASES = [pytest.param("sqlite", f, id=f"sqlite-{f}") for f in BEFORE + DURING + AFTER] + [
    pytest.param(backend, f, id=f"{backend}-{f}", marks=getattr(pytest.mark, backend))
    for backend in ("postgres", "mariadb")
    for f in SERVER_FAILPOINTS
]


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _state(cfg, table: str) -> dict[str, str | None]:  # noqa: ANN001
    ctx = make_context(cfg, "x", JAN)
    state = ctx.layout.state_dir("people", table)
    watermark = state / "watermark.json"
    return {
        "partition": _digest(ctx.layout.partition_file("people", table, ctx.load_date)),
        "keys": _digest(state / "keys" / "load_date=2026-01-01.parquet"),
        "high_watermark": json.loads(watermark.read_text())["high_watermark"] if watermark.exists() else None,
    }


def _dataset_files(cfg) -> list[str]:  # noqa: ANN001
    root = cfg.output.root / "parquet"
    # The data dictionary (`_schema.json`) is published beside the partitions; everything else is data.
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name != "_schema.json")


def _run_killed(cfg_path: Path, failpoint: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PII_PIPELINE_FAILPOINT": failpoint}
    command = [sys.executable, "-m", "pii_pipeline.cli.app", "run", str(cfg_path)]
    command += ["--start", "2026-01-01", "--end", "2026-02-01", "--run-id", "killed"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize(("people_store", "failpoint"), CASES, indirect=["people_store"])
def test_kill_leaves_old_or_new_state(failpoint, people_store: PeopleStore, tmp_path, key_file, detector) -> None:
    table = people_store.table
    # The undisturbed result for the final data, in its own output folder.
    people_store.make(range(60))
    reference = people_store.pipeline(tmp_path / "reference")
    run_pipeline(make_context(reference, "reference", JAN), detector=detector)
    new_state = _state(reference, table)

    # The disturbed folder: an old state first (rows 40-59 not there yet), then the same final data.
    people_store.delete(range(40, 60))
    cfg = people_store.pipeline(tmp_path / "work")
    run_pipeline(make_context(cfg, "old", JAN), detector=detector)
    old_state = _state(cfg, table)
    people_store.insert([person(i) for i in range(40, 60)])
    assert old_state["partition"] != new_state["partition"]
    assert old_state["keys"] != new_state["keys"]

    proc = _run_killed(tmp_path / "work" / "people.yaml", failpoint)
    assert proc.returncode == -signal.SIGKILL, f"not killed at {failpoint} (exit {proc.returncode}): {proc.stderr}"
    assert _state(cfg, table)["partition"] in (old_state["partition"], new_state["partition"])
    # Analysts' tree: the one partition file, nothing staged or partial beside it.
    assert _dataset_files(cfg) == [f"people/{table}/load_date=2026-01-01/data.parquet"]

    run_pipeline(make_context(cfg, "retry", JAN), detector=detector)
    assert _state(cfg, table) == new_state
    assert _dataset_files(cfg) == [f"people/{table}/load_date=2026-01-01/data.parquet"]
