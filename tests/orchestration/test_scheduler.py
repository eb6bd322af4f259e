"""The DAGs under the real Airflow services (api-server, scheduler, dag-processor, triggerer as
processes; PostgreSQL metadata DB; LocalExecutor: each task its own process), not dag.test():

- `airflow dags trigger pii_tips --logical-date 2026-02-01` (the CLI) processes February;
- pii_volunteers triggered through the REST API with params start/end processes March;
- `airflow backfill create --dag-id pii_donations --from-date 2026-01-01 --to-date 2026-03-31
  --max-active-runs 3`: all three months at once.

The published partitions are byte for byte what `pii-pipeline run` gives for the same intervals, no raw
extract remains, no task or service log holds a planted value, nothing reaches the network, and the
documented login (user:role plus the password file) works.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from .cluster import EXPECTED, Cluster, login, make_cluster, partitions, wait_for
from .conftest import ROWS, network_attempts

pytestmark = [pytest.mark.scheduler, pytest.mark.airflow, pytest.mark.postgres, pytest.mark.slow]

RUNS_TIMEOUT_S = 420


@pytest.fixture(scope="module")
def cluster(seeded_workdir: Path, tmp_path_factory: pytest.TempPathFactory, child_env, airflow_pg_db_module):
    workdir = tmp_path_factory.mktemp("cluster")
    (workdir / "stores").symlink_to(seeded_workdir / "stores")
    env = child_env(workdir, key_file=seeded_workdir / "keys" / "demo.key.json")
    cluster = make_cluster(workdir, env, airflow_pg_db_module())
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


def _dags_loaded(c: Cluster) -> bool:
    resp = c.api("GET", "/dags", params={"dag_id_pattern": "pii_"})
    return resp.status_code == 200 and {d["dag_id"] for d in resp.json()["dags"]} >= {f"pii_{s}" for s in EXPECTED}


def _all_runs(c: Cluster) -> list[dict]:
    runs = []
    for store in EXPECTED:
        resp = c.api("GET", f"/dags/pii_{store}/dagRuns")
        resp.raise_for_status()
        runs += resp.json()["dag_runs"]
    return runs


@pytest.fixture(scope="module")
def finished(cluster: Cluster) -> list[dict]:
    procs = list(cluster.procs.values())
    wait_for("the API server", lambda: httpx.get(f"{cluster.url}/api/v2/version", timeout=5).is_success, 180, procs)
    wait_for("the three DAGs to be parsed", lambda: _dags_loaded(cluster), 180, procs)
    # The issue's case: the CLI infers the data interval from the trigger time, not the logical date.
    cluster.airflow("dags", "trigger", "pii_tips", "--logical-date", "2026-02-01T00:00:00+00:00")
    resp = cluster.api(
        "POST",
        "/dags/pii_volunteers/dagRuns",
        json={"logical_date": None, "conf": {"start": "2026-03-01", "end": "2026-04-01"}},
    )
    assert resp.status_code == 200, resp.text
    # The README's backfill command: all three months at once.
    cluster.airflow(
        "backfill", "create", "--dag-id", "pii_donations", "--from-date", "2026-01-01", "--to-date", "2026-03-31",
        "--max-active-runs", "3",
    )  # fmt: skip

    def done() -> list[dict] | None:
        runs = _all_runs(cluster)
        return runs if len(runs) == 5 and all(r["state"] in ("success", "failed") for r in runs) else None

    return wait_for("the five runs to finish", done, RUNS_TIMEOUT_S, procs)


def test_every_run_succeeds(finished: list[dict]) -> None:
    states = sorted((r["dag_id"], r["run_type"], r["state"]) for r in finished)
    assert states == [
        ("pii_donations", "backfill", "success"),
        ("pii_donations", "backfill", "success"),
        ("pii_donations", "backfill", "success"),
        ("pii_tips", "manual", "success"),
        ("pii_volunteers", "manual", "success"),
    ]


def test_backfill_months_ran_at_the_same_time(cluster: Cluster, finished: list[dict]) -> None:
    runs = [r for r in finished if r["dag_id"] == "pii_donations"]
    spans = sorted((r["start_date"], r["end_date"]) for r in runs)
    # Every month started before any finished: the three were in flight together.
    assert max(s for s, _ in spans) < min(e for _, e in spans)


def test_partitions_equal_what_pii_pipeline_run_gives(
    cluster: Cluster, finished: list[dict], cli_reference: Path
) -> None:
    published = partitions(cluster.home / "output")
    expected = partitions(cli_reference / "output")
    assert sorted(published) == sorted(
        f"{store}/{store}/load_date={start}/data.parquet" for store, ivs in EXPECTED.items() for start, _ in ivs
    )
    assert published == expected
    for store, intervals in EXPECTED.items():
        for start, end in intervals:
            manifest = json.loads(
                (cluster.home / "output" / "_state" / store / store / f"manifest-{start}.json").read_text()
            )
            assert manifest["interval"] == {"start": f"{start}T00:00:00", "end": f"{end}T00:00:00"}
            assert manifest["rows_read"] > 0


def test_no_raw_extract_remains(cluster: Cluster, finished: list[dict]) -> None:
    left = [p for p in cluster.home.rglob("*") if p.is_file() and p.suffix == ".arrow"]
    assert left == []
    staging = cluster.home / "staging"
    assert not staging.exists() or [p for p in staging.rglob("*") if p.is_file()] == []


def test_no_log_holds_a_planted_value(cluster: Cluster, finished: list[dict]) -> None:
    from pii_pipeline.bench.canary import describe_leaks, leaks_by_type
    from pii_pipeline.seeding import planted_values

    by_type: dict[str, set[str]] = {}
    for store in EXPECTED:
        for entity, values in planted_values(store, rows=ROWS).items():
            by_type.setdefault(entity, set()).update(values)
    logs = [p for p in cluster.home.rglob("*.log") if p.is_file()]
    task_logs = [p for p in logs if "dag_id=" in str(p)]
    assert len(task_logs) >= 5 * 5, "every task of every run writes a log"
    texts = [p.read_text(encoding="utf-8", errors="ignore") for p in logs]
    leaks = leaks_by_type(texts, by_type)
    assert not leaks, "in Airflow logs: " + describe_leaks(leaks)


def test_nothing_reaches_the_network(cluster: Cluster, finished: list[dict]) -> None:
    assert network_attempts(cluster.home) == []


def test_documented_login_works(cluster: Cluster, finished: list[dict]) -> None:
    assert login(cluster.url, "admin", cluster.password)
    wrong = httpx.post(f"{cluster.url}/auth/token", json={"username": "admin", "password": "admin"}, timeout=30)
    assert wrong.status_code == 401


def test_services_stay_up(cluster: Cluster, finished: list[dict]) -> None:
    assert {name: p.poll() for name, p in cluster.procs.items()} == dict.fromkeys(cluster.procs)
