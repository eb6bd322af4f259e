"""The CeleryExecutor with a Redis broker, a PostgreSQL result backend and two workers whose local disks
are separate (each its own HOME and TMPDIR; only the output and staging folder is shared): a
three-month backfill with all months concurrent publishes what `pii-pipeline run` publishes, both
workers run tasks, and no raw extract remains on either."""

from __future__ import annotations

import secrets
from pathlib import Path

import httpx
import pytest
import redis

from .cluster import EXPECTED, Cluster, make_cluster, partitions, wait_for
from .conftest import network_attempts

pytestmark = [
    pytest.mark.scheduler,
    pytest.mark.airflow,
    pytest.mark.postgres,
    pytest.mark.slow,
]

STORE = "donations"
RUNS_TIMEOUT_S = 420
REDIS = "redis://127.0.0.1:6379"


@pytest.fixture(scope="module")
def broker_db() -> int:
    """An empty Redis database for this module's queues, emptied again afterwards."""
    for n in secrets.SystemRandom().sample(range(8, 16), 8):
        client = redis.Redis.from_url(f"{REDIS}/{n}")
        if client.dbsize() == 0:
            yield n
            client.flushdb()
            return
    pytest.fail("no empty Redis database among 8..15")


@pytest.fixture(scope="module")
def celery_cluster(seeded_workdir: Path, tmp_path_factory, child_env, airflow_pg_db_module, broker_db: int):
    workdir = tmp_path_factory.mktemp("celery")
    (workdir / "stores").symlink_to(seeded_workdir / "stores")
    env = child_env(workdir, key_file=seeded_workdir / "keys" / "demo.key.json")
    metadata = airflow_pg_db_module()
    cluster = make_cluster(
        workdir,
        env,
        metadata,
        AIRFLOW__CORE__EXECUTOR="CeleryExecutor",
        AIRFLOW__CELERY__BROKER_URL=f"{REDIS}/{broker_db}",
        AIRFLOW__CELERY__RESULT_BACKEND="db+" + metadata,
    )
    cluster.start()
    homes = [cluster.start_worker("w1"), cluster.start_worker("w2")]
    try:
        yield cluster, homes
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def backfilled(celery_cluster: tuple[Cluster, list[Path]]) -> list[dict]:
    cluster, _ = celery_cluster
    procs = list(cluster.procs.values())
    wait_for("the API server", lambda: httpx.get(f"{cluster.url}/api/v2/version", timeout=5).is_success, 180, procs)

    def loaded() -> bool:
        resp = cluster.api("GET", f"/dags/pii_{STORE}")
        return resp.status_code == 200

    wait_for("the DAG to be parsed", loaded, 180, procs)
    body = {"dag_id": f"pii_{STORE}", "from_date": "2026-01-01T00:00:00Z", "to_date": "2026-03-01T00:00:00Z"}
    resp = cluster.api("POST", "/backfills", json={**body, "max_active_runs": 3, "reprocess_behavior": "none"})
    assert resp.status_code == 200, resp.text

    def done() -> list[dict] | None:
        runs = cluster.api("GET", f"/dags/pii_{STORE}/dagRuns").json()["dag_runs"]
        return runs if len(runs) == 3 and all(r["state"] in ("success", "failed") for r in runs) else None

    return wait_for("the backfill", done, RUNS_TIMEOUT_S, procs)


def test_backfill_on_two_workers_equals_pii_pipeline_run(
    celery_cluster: tuple[Cluster, list[Path]], backfilled: list[dict], cli_reference: Path
) -> None:
    cluster, homes = celery_cluster
    assert sorted(r["state"] for r in backfilled) == ["success"] * 3
    expected = {k: v for k, v in partitions(cli_reference / "output").items() if k.startswith(f"{STORE}/")}
    assert len(expected) == len(EXPECTED[STORE])
    assert partitions(cluster.home / "output") == expected
    # Both workers ran tasks (each logs the workloads it received).
    for name in ("w1", "w2"):
        log = (cluster.home / "process-logs" / f"worker-{name}.log").read_text(encoding="utf-8", errors="ignore")
        assert "execute_workload" in log and "succeeded" in log, f"worker {name} ran no task"
    # No raw extract anywhere: not in the shared folder, not on either worker's own disk.
    assert [p for p in cluster.home.rglob("*.arrow")] == []
    for home in homes:
        assert [p for p in home.rglob("*") if p.is_file() and p.suffix in (".arrow", ".parquet")] == []
    assert network_attempts(cluster.home) == []
