"""`pii-pipeline bench cluster`: one big interval of one store through a real Airflow deployment with the
CeleryExecutor, with 1 worker and then with N, each worker at concurrency 1 with its own home and
temporary folder (as on its own machine).

The deployment is the `scheduler` tests' harness (tests/orchestration/cluster.py, so this runs from a
checkout): api-server, scheduler, dag-processor and triggerer as processes on a fresh PostgreSQL
metadata database, Celery on a Redis database of its own with PostgreSQL results. Staging is an S3
bucket on a local moto server (its own process), as in production; the output tree is a shared folder.

The store is the seeded donations table (names, e-mails, contacts, addresses, cards, bank numbers,
short memos), ROWS rows updated over the first quarter of 2026, run once as a manual run whose params
name the quarter. The figure is the run's wall time, from the trigger to the run's success (services
and workers up and idle before it); the published partitions of every setting must be the same rows.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pyarrow.parquet as pq
import yaml

STORE = "donations"
KEY = "donation_id"
DAG_ID = f"pii_{STORE}"
QUARTER = ("2026-01-01", "2026-04-01")
BUCKET = "pii-bench-staging"
PG_SERVER = os.environ.get("PII_TEST_PG_SERVER", "postgresql+psycopg2://postgres@127.0.0.1:5432")
REDIS = "redis://127.0.0.1:6379"
REPO = Path(__file__).resolve().parents[3]
S3_ENV = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}


@functools.cache
def harness() -> ModuleType:
    """The scheduler tests' deployment harness, loaded from the checkout."""
    path = REPO / "tests" / "orchestration" / "cluster.py"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: bench cluster runs from a checkout (it uses the tests' harness)")
    spec = importlib.util.spec_from_file_location("pii_bench_cluster_harness", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def seed(workdir: Path, rows: int) -> Path:
    from pii_pipeline.seeding import seed_store

    db = workdir / "stores" / f"{STORE}.db"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        partial = db.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        seed_store(STORE, f"sqlite:///{partial}", rows=rows, collect_planted=False)
        partial.replace(db)
    return db


def pipeline_file(folder: Path, endpoint: str, chunk_rows: int | None, batch_size: int | None = None) -> Path:
    """The shipped donations pipeline with staging in the bucket (and chunk and batch size when given:
    a chunk is whole batches, so a small table needs small batches to be cut in several chunks)."""
    cfg = yaml.safe_load((REPO / "pipelines" / f"{STORE}.yaml").read_text(encoding="utf-8"))
    cfg["output"]["staging"] = f"s3://{BUCKET}/{folder.parent.name}"
    cfg["output"]["staging_options"] = {"endpoint_url": endpoint}
    if chunk_rows is not None:
        cfg["tables"][0]["chunk_rows"] = chunk_rows
    if batch_size is not None:
        cfg["tables"][0]["batch_size"] = batch_size
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{STORE}.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return path


class MotoServer:
    """moto's S3 server as a process of its own (stopped by its PID)."""

    def __init__(self, home: Path, port: int) -> None:
        self.port = port
        log = (home / "moto.log").open("w")
        cmd = [str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(port)]
        self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def make_bucket(self) -> None:
        import s3fs

        deadline = time.monotonic() + 60
        while True:
            try:
                fs = s3fs.S3FileSystem(endpoint_url=self.endpoint, skip_instance_cache=True, **_s3_keys())
                fs.mkdir(BUCKET)
                return
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise
                time.sleep(0.5)

    def objects(self, prefix: str) -> list[str]:
        import s3fs

        fs = s3fs.S3FileSystem(endpoint_url=self.endpoint, skip_instance_cache=True, **_s3_keys())
        return fs.find(f"{BUCKET}/{prefix}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


def _s3_keys() -> dict[str, str]:
    return {"key": S3_ENV["AWS_ACCESS_KEY_ID"], "secret": S3_ENV["AWS_SECRET_ACCESS_KEY"]}


class PostgresDatabases:
    """Fresh metadata databases on the local server, dropped at the end."""

    def __init__(self) -> None:
        import sqlalchemy as sa

        self.admin = sa.create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
        self.made: list[str] = []

    def make(self) -> str:
        name = f"pii_bench_{os.getpid()}_{secrets.token_hex(4)}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        self.made.append(name)
        return f"{PG_SERVER}/{name}"

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in self.made:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


def empty_redis_db() -> int:
    import redis

    for n in secrets.SystemRandom().sample(range(8, 16), 8):
        if redis.Redis.from_url(f"{REDIS}/{n}").dbsize() == 0:
            return n
    raise RuntimeError("no empty Redis database among 8..15")


def run_setting(  # noqa: PLR0913
    workers: int,
    workdir: Path,
    db: Path,
    key: Path,
    moto: MotoServer,
    databases: PostgresDatabases,
    airflow_env: Callable[[Path, Path], dict[str, str]],
    chunk_rows: int | None,
    timeout_s: float,
    batch_size: int | None = None,
) -> dict[str, object]:
    import redis

    h = harness()
    home = workdir / f"workers-{workers}"
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    (home / "stores").mkdir()
    (home / "stores" / db.name).symlink_to(db)
    config_dir = home / "pipelines"
    pipeline_file(config_dir, moto.endpoint, chunk_rows, batch_size)
    env = {**airflow_env(home, key), **S3_ENV, "PII_PIPELINE_CONFIG_DIR": str(config_dir)}
    broker = empty_redis_db()
    metadata = databases.make()
    cluster = h.make_cluster(
        home,
        env,
        metadata,
        AIRFLOW__CORE__EXECUTOR="CeleryExecutor",
        AIRFLOW__CELERY__BROKER_URL=f"{REDIS}/{broker}",
        AIRFLOW__CELERY__RESULT_BACKEND="db+" + metadata,
        AIRFLOW__CELERY__WORKER_CONCURRENCY="1",
    )
    try:
        cluster.start()
        names = [f"w{i + 1}" for i in range(workers)]
        for name in names:
            cluster.start_worker(name)
        procs = list(cluster.procs.values())
        h.wait_for("the API server", lambda: cluster.api("GET", "/version").is_success, 300, procs)
        h.wait_for("the DAG to be parsed", lambda: cluster.api("GET", f"/dags/{DAG_ID}").status_code == 200, 300, procs)
        logs = home / "process-logs"
        h.wait_for("the workers", lambda: all(" ready." in _log(logs / f"worker-{n}.log") for n in names), 300, procs)
        body = {"logical_date": None, "conf": {"start": QUARTER[0], "end": QUARTER[1]}}
        started = time.perf_counter()
        resp = cluster.api("POST", f"/dags/{DAG_ID}/dagRuns", json=body)
        if resp.status_code != 200:
            raise RuntimeError(f"trigger: {resp.status_code} {resp.text[:500]}")
        run_id = resp.json()["dag_run_id"]

        def finished() -> dict | None:
            run = cluster.api("GET", f"/dags/{DAG_ID}/dagRuns/{run_id}").json()
            return run if run["state"] in ("success", "failed") else None

        run = h.wait_for("the run", finished, timeout_s, procs)
        seconds = time.perf_counter() - started
        tasks = cluster.api("GET", f"/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances", params={"limit": 500}).json()
    finally:
        cluster.stop()
        redis.Redis.from_url(f"{REDIS}/{broker}").flushdb()
    instances = tasks.get("task_instances", [])
    return {
        "workers": workers,
        "state": run["state"],
        "seconds": seconds,
        "tasks": len(instances),
        "mapped_tasks": sum(1 for t in instances if _mapped(t)),
        "tasks_by_worker": {n: _tasks_run(home / "process-logs" / f"worker-{n}.log") for n in names},
        "task_seconds": {
            f"{t['task_id']}[{t['map_index']}]" if _mapped(t) else t["task_id"]: t.get("duration") for t in instances
        },
        "staging_objects_left": len(moto.objects(home.name)),
        "raw_extracts_on_disk": [str(p) for p in home.rglob("*.arrow")],
        "home": str(home),
    }


def _mapped(task: dict) -> bool:
    index = task.get("map_index")
    return index is not None and index >= 0


def _log(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="ignore") if path.exists() else ""


_WORKLOAD = re.compile(r"Executing workload in Celery: .*?task_id='([^']+)'.*?map_index=(-?\d+)")


def _tasks_run(log: Path) -> list[str]:
    """The tasks a worker received, from its log (the task instances' hostname is the machine's)."""
    return [f"{t}[{i}]" if int(i) >= 0 else t for t, i in _WORKLOAD.findall(_log(log))]


def published_rows(home: Path) -> dict[str, object]:
    root = home / "output" / "parquet" / STORE
    return {str(p.relative_to(root)): pq.read_table(p).sort_by(KEY) for p in sorted(root.rglob("*.parquet"))}


def bench_cluster(  # noqa: PLR0913
    rows: int,
    worker_counts: list[int],
    workdir: Path,
    airflow_env: Callable[[Path, Path], dict[str, str]],
    chunk_rows: int | None = None,
    timeout_s: float = 3600,
    batch_size: int | None = None,
) -> dict[str, object]:
    from pii_pipeline.deid.keys import generate_key_file

    workdir.mkdir(parents=True, exist_ok=True)
    db = seed(workdir, rows)
    key = workdir / "bench.key.json"
    if not key.exists():
        generate_key_file(key)
    moto = MotoServer(workdir, harness().free_port())
    databases = PostgresDatabases()
    settings = []
    try:
        moto.make_bucket()
        for n in worker_counts:
            args = (chunk_rows, timeout_s, batch_size)
            settings.append(run_setting(n, workdir, db, key, moto, databases, airflow_env, *args))
    finally:
        moto.stop()
        databases.drop_all()
    outputs = [published_rows(Path(s["home"])) for s in settings]
    base = settings[0]
    figures: dict[str, object] = {
        "rows": rows,
        "interval": list(QUARTER),
        "chunk_rows": chunk_rows,
        "batch_size": batch_size,
        "cpu_count": os.cpu_count(),
        "settings": settings,
        "rows_published": sum(t.num_rows for t in outputs[0].values()) if outputs else 0,
        "same_rows_in_every_setting": all(
            sorted(o) == sorted(outputs[0]) and all(o[k].equals(outputs[0][k]) for k in o) for o in outputs
        ),
        "time_ratio_to_first": {str(s["workers"]): s["seconds"] / base["seconds"] for s in settings},
        "load_average_after": os.getloadavg()[0],
    }
    return figures
