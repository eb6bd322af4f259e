"""SIGKILL at every step of writing and publishing: the partition is the old state or the new one,
and a retry gives the same bytes as an undisturbed run."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pii_pipeline.pipeline import Interval, make_context, run_pipeline

from .people_store import insert, make_people, people_pipeline, person

JAN = Interval.from_dict({"start": "2026-01-01T00:00:00", "end": "2026-02-01T00:00:00"})


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _partition(cfg) -> Path:  # noqa: ANN001
    ctx = make_context(cfg, "x", JAN)
    return ctx.layout.partition_file("people", "people", ctx.load_date)


def _run_killed(cfg_path: Path, failpoint: str) -> int:
    env = {**os.environ, "PII_PIPELINE_FAILPOINT": failpoint}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pii_pipeline.cli.app",
            "run",
            str(cfg_path),
            "--start",
            "2026-01-01",
            "--end",
            "2026-02-01",
            "--run-id",
            "killed",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc.returncode


@pytest.mark.slow
@pytest.mark.parametrize(
    "failpoint",
    ["deidentify.mid_write", "publish.before", "publish.after_keys", "publish.after_replace", "publish.after_state"],
)
def test_kill_during_publish_leaves_old_or_new_state(failpoint, tmp_path, key_file, detector) -> None:
    # The undisturbed result for the final data, in its own folder.
    ref_dir = tmp_path / "reference"
    ref_dir.mkdir()
    ref_url = f"sqlite:///{ref_dir / 'people.db'}"
    make_people(ref_url, range(60))
    ref_cfg = people_pipeline(ref_dir, ref_url)
    run_pipeline(make_context(ref_cfg, "reference", JAN), detector=detector)
    new_state = _digest(_partition(ref_cfg))

    # The disturbed folder: an old state first (fewer rows), then the same final data.
    work = tmp_path / "work"
    work.mkdir()
    url = f"sqlite:///{work / 'people.db'}"
    make_people(url, range(40))
    cfg = people_pipeline(work, url)
    run_pipeline(make_context(cfg, "old", JAN), detector=detector)
    old_state = _digest(_partition(cfg))
    insert(url, [person(i) for i in range(40, 60)])
    assert old_state != new_state

    code = _run_killed(work / "people.yaml", failpoint)
    assert code == -signal.SIGKILL, f"the process was not killed at {failpoint} (exit {code})"
    assert _digest(_partition(cfg)) in (old_state, new_state)
    assert not list((cfg.output.root / "parquet").rglob("*.partial"))

    run_pipeline(make_context(cfg, "retry", JAN), detector=detector)
    assert _digest(_partition(cfg)) == new_state
