"""The three DAGs run through Airflow (dag.test on a SQLite metadata DB) over January to March:
partitions and reports land, XCom holds references only, nothing reaches the network, and a failed
task fails the runner with the DAG and task named."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pii_pipeline.orchestration.demo import DemoError, run_airflow
from pii_pipeline.pipeline.refs import ReportRef

from .conftest import ROWS, STORES, network_attempts

pytestmark = [pytest.mark.airflow, pytest.mark.slow]

MONTHS = ("2026-01-01", "2026-02-01", "2026-03-01")
GUARD_VARS = ("PYTHONPYCACHEPREFIX", "PYTHONPATH", "PII_TEST_NETWORK_LOG")


def _guarded(env: dict[str, str]) -> dict[str, str]:
    """What run_airflow's own environment lacks: the network guard and the shared bytecode cache."""
    return {k: env[k] for k in GUARD_VARS if k in env}


@pytest.fixture(scope="module")
def demo_run(seeded_workdir: Path, child_env) -> tuple[Path, dict]:
    workdir = seeded_workdir
    summary = run_airflow(workdir, workdir / "keys" / "demo.key.json", extra_env=_guarded(child_env(workdir)))
    return workdir, summary


def _xcoms(workdir: Path, task_prefix: str) -> list[tuple[str, str, str, object]]:
    with sqlite3.connect(workdir / "airflow" / "airflow.db") as db:
        rows = db.execute(
            "SELECT dag_id, run_id, key, value FROM xcom WHERE task_id LIKE ? ORDER BY dag_id, run_id",
            (f"{task_prefix}%",),
        ).fetchall()
    return [(d, r, k, json.loads(v)) for d, r, k, v in rows]


def test_every_dag_runs_each_month(demo_run: tuple[Path, dict]) -> None:
    _, summary = demo_run
    assert summary["status"] == 0
    runs = summary["runs"]
    assert [(r["dag_id"], r["interval_start"][:10], r["interval_end"][:10]) for r in runs] == [
        (f"pii_{store}", start, end)
        for store in STORES
        for start, end in zip(MONTHS, [*MONTHS[1:], "2026-04-01"], strict=True)
    ]
    assert all(r["state"] == "success" for r in runs)


def test_partitions_hold_every_row_once(demo_run: tuple[Path, dict]) -> None:
    workdir, _ = demo_run
    for store in STORES:
        dataset = workdir / "output" / "parquet" / store / store
        parts = sorted(p.parent.name for p in dataset.glob("load_date=*/data.parquet"))
        assert parts == [f"load_date={m}" for m in MONTHS]
    # Each seeded row falls in exactly one month: read once, then written, quarantined or de-duplicated.
    for store in STORES:
        published = [v for d, _, k, v in _xcoms(workdir, f"publish_{store}") if k == "return_value"]
        assert len(published) == 3
        assert sum(p["rows_read"] for p in published) == ROWS
        for p in published:
            assert p["leak_gate"] == "passed"
            assert p["rows_written"] + p["rows_quarantined"] + p["rows_deduplicated"] == p["rows_read"]
            assert pq.read_metadata(p["partition_path"]).num_rows == p["rows_written"]


def test_report_xcom_is_a_reference_to_the_report(demo_run: tuple[Path, dict]) -> None:
    workdir, summary = demo_run
    reports = _xcoms(workdir, "report")
    # One XCom per run (return_value only), and it is the report's location, not its content.
    assert [(d, k) for d, _, k, _ in reports] == [(f"pii_{s}", "return_value") for s in STORES for _ in MONTHS]
    for dag_id, run_id, _, value in reports:
        assert set(value) == set(ReportRef.__dataclass_fields__)
        assert value["store"] == dag_id.removeprefix("pii_") and value["run_id"] == run_id
        assert all(isinstance(v, str) for v in value.values())
        assert len(json.dumps(value)) < 2000
        for key in ("json_path", "html_path", "findings_path", "index_path"):
            path = Path(value[key])
            assert path.is_file() and path.is_relative_to(workdir / "output" / "reports")
        report = json.loads(Path(value["json_path"]).read_text(encoding="utf-8"))
        assert report["run_id"] == run_id
    assert [r["report"] for r in summary["runs"]] == [v for *_, v in reports]


def test_report_asset_event_names_the_report(demo_run: tuple[Path, dict]) -> None:
    workdir, _ = demo_run
    with sqlite3.connect(workdir / "airflow" / "airflow.db") as db:
        events = db.execute(
            "SELECT a.uri, e.extra, e.source_dag_id FROM asset_event e JOIN asset a ON a.id = e.asset_id"
        ).fetchall()
    assert len(events) == 3 * len(STORES)
    for uri, extra, dag_id in events:
        store = dag_id.removeprefix("pii_")
        assert uri == f"file://{workdir}/output/reports/{store}"
        assert Path(json.loads(extra)["html_path"]).is_file()


def test_no_network_access(demo_run: tuple[Path, dict]) -> None:
    workdir, _ = demo_run
    assert network_attempts(workdir) == []


def test_failed_task_fails_the_run_naming_dag_and_task(seeded_workdir: Path, tmp_path: Path, child_env) -> None:
    (tmp_path / "stores").symlink_to(seeded_workdir / "stores")
    missing_key = tmp_path / "keys" / "missing.json"
    extra = _guarded(child_env(tmp_path))
    with pytest.raises(DemoError) as err:
        run_airflow(tmp_path, missing_key, start="2026-01-01", end="2026-02-01", dag_ids=["pii_tips"], extra_env=extra)
    message = str(err.value)
    assert "FAILED: DAG pii_tips, run manual__2026-01-01T00:00:00+00:00" in message
    assert "task(s) extract_tips, " in message
    assert "report (not run: upstream_failed)" in message
    assert "last error: KeyRingError" in message
    assert str(tmp_path / "airflow" / "demo-runner.log") in message
    assert not (tmp_path / "output" / "parquet").exists()


def _swept_files(workdir: Path) -> list[Path]:
    """Everything a demo run leaves that is not raw by design: the stores, the key and the quarantine."""
    raw = {workdir / "stores", workdir / "keys", workdir / "output" / "quarantine"}
    return [p for p in sorted(workdir.rglob("*")) if p.is_file() and not any(r == p or r in p.parents for r in raw)]


def test_canary_sweep_of_every_artifact_and_log_line(demo_run: tuple[Path, dict]) -> None:
    """No planted value in Parquet, reports, findings, XCom (the metadata DB), Airflow's task logs, the
    runner's log, state files or file names; and no raw extract left in staging."""
    from pii_pipeline.bench.canary import describe_leaks, leaks_by_type
    from pii_pipeline.seeding import planted_values

    workdir, _ = demo_run
    by_type: dict[str, set[str]] = {}
    for store in STORES:
        for entity, values in planted_values(store, rows=ROWS).items():
            by_type.setdefault(entity, set()).update(values)
    assert by_type
    files = _swept_files(workdir)
    assert any(p.suffix == ".log" for p in files), "the sweep must cover log files"
    assert not [p for p in files if p.name == "raw.arrow"], "raw extracts must not outlive the run"
    texts = [str(p.relative_to(workdir)) for p in files]
    for path in files:
        data = path.read_bytes()
        texts.append(data.decode("utf-8", errors="ignore"))
        if path.suffix == ".parquet":
            texts.append(json.dumps(pq.read_table(path).to_pylist(), default=str))
    leaks = leaks_by_type(texts, by_type)
    assert not leaks, "in demo artifacts: " + describe_leaks(leaks)
