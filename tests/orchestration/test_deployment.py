"""The locked environment runs what docker-compose.yml runs, against the real servers on 127.0.0.1:
`airflow db migrate` on PostgreSQL (sync psycopg2 and the async asyncpg URL Airflow derives from it),
the set-up step (pools, password file), and the Celery result backend and Redis broker as configured."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import REPO, network_attempts, run_python

pytestmark = [pytest.mark.airflow, pytest.mark.postgres]

COMPOSE_ENV = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))["x-airflow-common"][
    "environment"
]
AIRFLOW_BIN = str(Path(sys.executable).parent / "airflow")


def _local(url: str, database_url: str) -> str:
    """A compose URL (`…@postgres/airflow`) pointed at the fresh database on 127.0.0.1, same scheme."""
    scheme = url.split("://", 1)[0]
    return f"{scheme}://{database_url.split('://', 1)[1]}"


@pytest.fixture
def pg_airflow(tmp_path: Path, child_env, airflow_pg_db) -> dict[str, str]:
    url = airflow_pg_db()
    conn = _local(COMPOSE_ENV["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"], url)
    return child_env(
        tmp_path,
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=conn,
        AIRFLOW__CELERY__RESULT_BACKEND=_local(COMPOSE_ENV["AIRFLOW__CELERY__RESULT_BACKEND"], url),
        AIRFLOW__CELERY__BROKER_URL="redis://127.0.0.1:6379/15",
        AIRFLOW__CORE__EXECUTOR=COMPOSE_ENV["AIRFLOW__CORE__EXECUTOR"],
        AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE=str(tmp_path / "auth" / "passwords.json"),
        AIRFLOW_ADMIN_PASSWORD="a-test-password",
    )


def test_db_migrate_and_setup_on_postgresql(tmp_path: Path, pg_airflow: dict[str, str]) -> None:
    env = pg_airflow
    migrate = subprocess.run(
        [AIRFLOW_BIN, "db", "migrate"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert migrate.returncode == 0, migrate.stderr[-3000:] + migrate.stdout[-3000:]
    passwords = Path(env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"])
    setup = subprocess.run(
        [str(Path(AIRFLOW_BIN).parent / "python"), "-m", "pii_pipeline.orchestration.setup"]
        + ["--passwords-file", str(passwords)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert setup.returncode == 0, setup.stderr[-3000:]
    assert json.loads(passwords.read_text(encoding="utf-8")) == {"admin": "a-test-password"}
    assert passwords.stat().st_mode & 0o077 == 0
    out = run_python(
        """
        import asyncio, json
        import sqlalchemy as sa
        from airflow import settings
        from airflow.utils import db

        async def pools():
            # The API server's path: the async engine Airflow derives from sql_alchemy_conn.
            async with settings.async_engine.connect() as conn:
                rows = await conn.execute(sa.text("SELECT pool, slots FROM slot_pool ORDER BY pool"))
                found = {r[0]: r[1] for r in rows}
            await settings.async_engine.dispose()  # inside the loop: closing at exit would need one
            return found

        with settings.Session() as session:
            current = db._get_current_revision(session)
        print(json.dumps({
            "async_url": settings.async_engine.url.drivername,
            "sync_url": settings.engine.url.drivername,
            "at_head": current == db._get_script_object().get_current_head(),
            "pools": asyncio.run(pools()),
        }))
        """,
        env,
    )
    assert out["sync_url"] == "postgresql+psycopg2"
    assert out["async_url"] == "postgresql+asyncpg"
    assert out["at_head"] is True
    assert {"pii_detect", "pii_read_tips", "pii_read_donations", "pii_read_volunteers"} <= set(out["pools"])
    assert network_attempts(tmp_path) == []


CELERY_ROUND_TRIP = """
import json, os, uuid
from celery import Celery

if os.environ.get("VIA_PROVIDER"):
    from airflow.providers.celery.executors.celery_executor import app
else:  # the same URLs through Celery alone
    env = os.environ
    app = Celery(broker=env["AIRFLOW__CELERY__BROKER_URL"], backend=env["AIRFLOW__CELERY__RESULT_BACKEND"])
task_id = str(uuid.uuid4())
app.backend.store_result(task_id, {"ok": 1}, "SUCCESS")
meta = app.backend.get_task_meta(task_id)
with app.connection_for_write() as conn:
    conn.ensure_connection(max_retries=1)
    broker = conn.transport.driver_type
print(json.dumps({"status": meta["status"], "result": meta["result"], "broker": broker,
                  "backend": type(app.backend).__name__}))
"""


def test_celery_result_backend_and_broker_as_configured(tmp_path: Path, pg_airflow: dict[str, str]) -> None:
    """The compose file's result backend scheme works with the locked drivers, and the broker answers."""
    out = run_python(CELERY_ROUND_TRIP, pg_airflow)
    assert out["backend"] == "DatabaseBackend"
    assert out["status"] == "SUCCESS" and out["result"] == {"ok": 1}
    assert out["broker"] == "redis"
    assert network_attempts(tmp_path) == []


# The lock pins celery<5.7: 5.7 dropped celery.backends.database.retry, which the Celery provider imports.
def test_celery_executor_app_loads_from_the_lock(tmp_path: Path, pg_airflow: dict[str, str]) -> None:
    out = run_python(CELERY_ROUND_TRIP, {**pg_airflow, "VIA_PROVIDER": "1"})
    assert out["status"] == "SUCCESS" and out["broker"] == "redis"
