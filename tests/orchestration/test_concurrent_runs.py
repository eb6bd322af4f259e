"""Runs of one store at once, as a backfill with all months concurrent makes them: each month in its own
process calling the Airflow task functions (what a worker runs), with the stages of different months
interleaved; the partitions are byte-identical to one-at-a-time runs and no raw extract remains.
And a retried task whose input is gone (another machine, a sweep) extracts again instead of failing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, network_attempts

pytestmark = [pytest.mark.airflow, pytest.mark.slow]

MONTHS = (("2026-01-01", "2026-02-01"), ("2026-02-01", "2026-03-01"), ("2026-03-01", "2026-04-01"))
STORE = "donations"

# One backfill run of one month: the task functions in DAG order, with an optional rendezvous after
# each stage so that the months' stages interleave (every run's extract, then every run's detect...).
RUN_MONTH = r"""
import json, sys, time
from datetime import datetime, UTC
from pathlib import Path
from types import SimpleNamespace

from pii_pipeline.orchestration import tasks
from pii_pipeline.orchestration.spec import read_spec

path, start, end, rendezvous, peers, drop = sys.argv[1:7]
spec = read_spec(Path(path))
s, e = (datetime.fromisoformat(v).replace(tzinfo=UTC) for v in (start, end))
run_id = f"backfill__{s.isoformat()}"
context = {"run_id": run_id, "logical_date": s, "data_interval_start": s, "data_interval_end": e,
           "params": {"start": None, "end": None}, "dag_run": SimpleNamespace(run_type="backfill", run_after=e)}


def meet(stage):
    if rendezvous == "-":
        return
    folder = Path(rendezvous)
    (folder / f"{stage}.{start}").touch()
    deadline = time.monotonic() + 300
    while len(list(folder.glob(f"{stage}.*"))) < int(peers):
        assert time.monotonic() < deadline, f"peers did not reach {stage}"
        time.sleep(0.05)


def gone(ref, key):
    # A retry on another machine: the file the upstream task left is not here.
    if drop == key:
        Path(ref[key]).unlink()


refs = {}
pushed = {}
context["ti"] = SimpleNamespace(xcom_push=lambda key, value: pushed.__setitem__(key, value))
for table in spec.tables:
    chunks = tasks.extract(path, table, context); x = pushed[tasks.EXTRACT_KEY]; meet("extract")
    gone(chunks[0], "raw_path")
    d = [tasks.detect(path, table, c, context) for c in chunks]; meet("detect"); gone(d[0], "findings_path")
    i = [tasks.deidentify(path, table, x, c, context) for c in d]; meet("deidentify"); gone(i[0], "staged_path")
    p = tasks.publish(path, table, x, i, context)
    refs[table] = {"extract": x, "detect": d, "deidentify": i, "publish": p}
r = tasks.report(path, refs, context)
print(json.dumps({"refs": refs, "report": r}))
"""


def _env(child_env, workdir: Path, seeded: Path) -> dict[str, str]:
    (workdir / "stores").symlink_to(seeded / "stores")
    return child_env(workdir, key_file=seeded / "keys" / "demo.key.json")


def _start(env: dict[str, str], month: tuple[str, str], rendezvous: str, peers: int, drop: str = "-"):
    path = str(REPO / "pipelines" / f"{STORE}.yaml")
    cmd = [sys.executable, "-c", RUN_MONTH, path, *month, rendezvous, str(peers), drop]
    return subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-4000:]
    return json.loads(out.strip().splitlines()[-1])


def _partitions(workdir: Path) -> dict[str, bytes]:
    root = workdir / "output" / "parquet" / STORE
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.parquet"))}


def _raw_left(workdir: Path) -> list[Path]:
    return [p for p in workdir.rglob("*.arrow") if not p.is_relative_to(workdir / "stores")]


@pytest.fixture(scope="module")
def sequential(seeded_workdir: Path, tmp_path_factory: pytest.TempPathFactory, child_env) -> Path:
    workdir = tmp_path_factory.mktemp("sequential")
    env = _env(child_env, workdir, seeded_workdir)
    for month in MONTHS:
        _finish(_start(env, month, "-", 1))
    return workdir


def test_concurrent_months_give_what_sequential_runs_give(
    sequential: Path, seeded_workdir: Path, tmp_path: Path, child_env
) -> None:
    workdir = tmp_path / "concurrent"
    workdir.mkdir()
    env = _env(child_env, workdir, seeded_workdir)
    rendezvous = tmp_path / "rendezvous"
    rendezvous.mkdir()
    procs = [_start(env, month, str(rendezvous), len(MONTHS)) for month in MONTHS]
    results = [_finish(p) for p in procs]
    expected = _partitions(sequential)
    assert sorted(expected) == [f"{STORE}/load_date={m[0]}/data.parquet" for m in MONTHS]
    assert _partitions(workdir) == expected, "concurrent months must publish the same bytes"
    rows = sum(r["refs"][STORE]["publish"]["rows_read"] for r in results)
    assert rows > 0
    assert all(r["refs"][STORE]["publish"]["leak_gate"] == "passed" for r in results)
    assert _raw_left(workdir) == [], "no raw extract may outlive its run"
    assert network_attempts(workdir) == []


@pytest.mark.parametrize("drop", ["raw_path", "findings_path", "staged_path"])
def test_a_task_whose_input_is_gone_extracts_again(
    drop: str, sequential: Path, seeded_workdir: Path, tmp_path: Path, child_env
) -> None:
    env = _env(child_env, tmp_path, seeded_workdir)
    month = MONTHS[1]
    result = _finish(_start(env, month, "-", 1, drop=drop))
    refs = result["refs"][STORE]
    # The task after the loss says it extracted again, and the partition is what a clean run published.
    later = {"raw_path": "detect", "findings_path": "deidentify", "staged_path": None}[drop]
    if later is not None:
        assert refs[later][0]["redone_extract"]["rows_read"] == refs["extract"]["rows_read"]
    part = f"{STORE}/load_date={month[0]}/data.parquet"
    assert _partitions(tmp_path)[part] == _partitions(sequential)[part]
    assert (
        refs["publish"]["rows_written"] + refs["publish"]["rows_quarantined"] + refs["publish"]["rows_deduplicated"]
        == (refs["publish"]["rows_read"])
    )
    assert _raw_left(tmp_path) == []
