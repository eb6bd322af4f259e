"""The CeleryExecutor with a Redis broker, a PostgreSQL result backend and two workers whose local disks
are separate (each its own HOME and TMPDIR; only the output folder for analysts and a bucket on a local
S3 server, holding the staging and the tables' state, are shared): a three-month backfill with all months
concurrent, each month's table cut into chunks that both workers detect and de-identify, publishes what
`pii-pipeline run` publishes; watermarks, manifests and row keys are in the bucket (keys sealed), not in the
output folder; no raw extract remains on either worker or in the bucket, and no task log holds a planted value."""

from __future__ import annotations

import re
import secrets
import socket
from pathlib import Path

import httpx
import pyarrow.parquet as pq
import pytest
import redis

from .cluster import EXPECTED, Cluster, make_cluster, partitions, wait_for
from .conftest import ROWS, network_attempts
from .test_chunked_dag import chunked_pipelines

pytestmark = [
    pytest.mark.scheduler,
    pytest.mark.airflow,
    pytest.mark.postgres,
    pytest.mark.slow,
]

STORE = "donations"
RUNS_TIMEOUT_S = 420
REDIS = "redis://127.0.0.1:6379"
BUCKET = "pii-celery"
# About 20 rows a month in batches of 5, chunks of 15: two chunks a month, a task each.
CHUNKING = "    batch_size: 5\n    chunk_rows: 15\n"
S3_ENV = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}


@pytest.fixture(scope="module")
def s3_bucket():  # noqa: ANN201
    """moto's S3 server on 127.0.0.1 with an empty bucket; yields (endpoint, file system)."""
    import logging

    import s3fs
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # a line per request otherwise

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    fs = s3fs.S3FileSystem(
        endpoint_url=endpoint, key=S3_ENV["AWS_ACCESS_KEY_ID"], secret=S3_ENV["AWS_SECRET_ACCESS_KEY"]
    )
    fs.mkdir(BUCKET)
    try:
        yield endpoint, fs
    finally:
        server.stop()


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
def celery_cluster(seeded_workdir: Path, tmp_path_factory, child_env, airflow_pg_db_module, broker_db: int, s3_bucket):
    workdir = tmp_path_factory.mktemp("celery")
    (workdir / "stores").symlink_to(seeded_workdir / "stores")
    # The donations table in chunks, staged in the bucket (sealed): the workers share nothing else
    # but the output folder.
    pipelines = chunked_pipelines(workdir / "pipelines", STORE, CHUNKING)
    path = pipelines / f"{STORE}.yaml"
    anchor = '  root: "${PII_PIPELINE_HOME}/output"\n'
    text = path.read_text(encoding="utf-8")
    assert text.count(anchor) == 1
    remote = f'  staging: "s3://{BUCKET}/staging"\n  state: "s3://{BUCKET}/state"\n'
    path.write_text(text.replace(anchor, anchor + remote), encoding="utf-8")
    endpoint, _ = s3_bucket
    env = child_env(
        workdir,
        key_file=seeded_workdir / "keys" / "demo.key.json",
        PII_PIPELINE_CONFIG_DIR=str(pipelines),
        AWS_ENDPOINT_URL=endpoint,
        **S3_ENV,
    )
    metadata = airflow_pg_db_module()
    cluster = make_cluster(
        workdir,
        env,
        metadata,
        AIRFLOW__CORE__EXECUTOR="CeleryExecutor",
        AIRFLOW__CELERY__BROKER_URL=f"{REDIS}/{broker_db}",
        AIRFLOW__CELERY__RESULT_BACKEND="db+" + metadata,
        # Each worker loads the detection models once; its tasks (forked from it) find them loaded.
        AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS="pii_pipeline.orchestration.celery_preload.CELERY_CONFIG",
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


def _content(data: bytes) -> list[dict]:
    import io

    return pq.read_table(io.BytesIO(data)).to_pylist()


def test_backfill_on_two_workers_equals_pii_pipeline_run(
    celery_cluster: tuple[Cluster, list[Path]], backfilled: list[dict], cli_reference: Path, s3_bucket
) -> None:
    cluster, homes = celery_cluster
    assert sorted(r["state"] for r in backfilled) == ["success"] * 3
    expected = {k: v for k, v in partitions(cli_reference / "output").items() if k.startswith(f"{STORE}/")}
    assert len(expected) == len(EXPECTED[STORE])
    # Same rows and cells as one `pii-pipeline run` of each month in one piece (other row groups).
    got = partitions(cluster.home / "output")
    assert sorted(got) == sorted(expected)
    assert {k: _content(v) for k, v in got.items()} == {k: _content(v) for k, v in expected.items()}
    # The months were cut into chunks (one has too few rows for two), and the chunk tasks of one
    # month ran on both workers (each worker logs the task log path of each workload it runs).
    chunk_tasks: dict[tuple[str, str], set[str]] = {}  # (month, chunk) -> workers that ran its tasks
    for name in ("w1", "w2"):
        log = (cluster.home / "process-logs" / f"worker-{name}.log").read_text(encoding="utf-8", errors="ignore")
        assert "execute_workload" in log and "succeeded" in log, f"worker {name} ran no task"
        pattern = rf"run_id=backfill__([0-9-]+)T[^/]*/task_id=(?:detect|deidentify)_{STORE}/map_index=(\d+)/"
        for month, index in re.findall(pattern, log):
            chunk_tasks.setdefault((month, index), set()).add(name)
    months = {month for month, _ in chunk_tasks}
    assert len(months) == 3
    chunked = [m for m in months if len({i for mm, i in chunk_tasks if mm == m}) >= 2]
    assert len(chunked) >= 2, chunk_tasks
    by_worker = {w for (m, _), ws in chunk_tasks.items() if m in chunked for w in ws}
    assert by_worker == {"w1", "w2"}, chunk_tasks
    # No raw extract anywhere: not in the shared folder, not on either worker's own disk, not in the bucket.
    assert [p for p in cluster.home.rglob("*.arrow")] == []
    for home in homes:
        assert [p for p in home.rglob("*") if p.is_file() and p.suffix in (".arrow", ".parquet")] == []
    _, fs = s3_bucket
    fs.invalidate_cache()
    assert [p for p in fs.find(f"{BUCKET}/staging") if not p.endswith("/.lease")] == []
    # The table's state is in the bucket, where every worker reads it, and not in the output folder.
    state = f"{BUCKET}/state/{STORE}/{STORE}"
    names = {p.removeprefix(state + "/") for p in fs.find(state)}
    assert {f"manifest-{m}-01.json" for m in ("2026-01", "2026-02", "2026-03")} <= names, names
    assert any(n.startswith("watermark/v") for n in names), names
    keys = [n for n in names if n.startswith("keys/")]
    assert len(keys) == 3
    assert all(not fs.cat_file(f"{state}/{k}").startswith(b"PAR1") for k in keys)  # sealed, not plain Parquet
    assert not (cluster.home / "output" / "_state" / STORE / STORE).exists()
    assert network_attempts(cluster.home) == []


def test_no_task_log_holds_a_planted_value(celery_cluster: tuple[Cluster, list[Path]], backfilled: list[dict]) -> None:
    from pii_pipeline.bench.canary import describe_leaks, leaks_by_type
    from pii_pipeline.seeding import planted_values

    cluster, _ = celery_cluster
    by_type = planted_values(STORE, rows=ROWS)
    assert by_type
    logs = [p for p in cluster.home.rglob("*.log") if p.is_file()]
    task_logs = [p for p in logs if "dag_id=" in str(p)]
    assert len(task_logs) >= 3 * 5 + 2 * 2, "every task of every run writes a log (two months in two chunks)"
    texts = [p.read_text(encoding="utf-8", errors="ignore") for p in logs]
    leaks = leaks_by_type(texts, {k: set(v) for k, v in by_type.items()})
    assert not leaks, "in Airflow logs: " + describe_leaks(leaks)
