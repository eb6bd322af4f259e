"""Airflow runs in child processes: it reads its configuration (AIRFLOW_HOME, the metadata DB, the
DAG folder) once, at import, so each test gives a fresh child the environment it needs first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pii_pipeline.orchestration.demo import airflow_env

REPO = Path(__file__).resolve().parents[2]
ROWS = 60
STORES = ("donations", "tips", "volunteers")

# Imported by every child through PYTHONPATH: refuses (and records) any connection that is not to
# this machine, and any DNS lookup, so a test fails if Airflow or the pipeline reaches out.
_NETWORK_GUARD = """
import os, socket

_LOG = os.environ["PII_TEST_NETWORK_LOG"]
_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_getaddrinfo = socket.getaddrinfo
_LOCAL = {"localhost", "127.0.0.1", "::1", "", None}


def _note(what):
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(repr(what) + "\\n")


def _check(sock, address):
    if sock.family == socket.AF_UNIX:
        return
    host = address[0] if isinstance(address, tuple) else address
    if host not in _LOCAL and not str(host).startswith("127."):
        _note(("connect", host))
        raise OSError("network access refused by the test guard")


def connect(self, address):
    _check(self, address)
    return _connect(self, address)


def connect_ex(self, address):
    _check(self, address)
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    if host not in _LOCAL and not str(host).startswith("127."):
        _note(("getaddrinfo", host))
        raise socket.gaierror("DNS lookups refused by the test guard")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.getaddrinfo = getaddrinfo
"""


@pytest.fixture(scope="session")
def pycache(request: pytest.FixtureRequest) -> Path:
    # Children compile Airflow's ~2,500 modules once per cache, not once per child.
    return Path(request.config.cache.mkdir("pii-pipeline-pycache"))


@pytest.fixture(scope="session")
def network_guard(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("guard")
    (folder / "sitecustomize.py").write_text(_NETWORK_GUARD, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def seeded_workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Small SQLite stores and a key file, like `pii-pipeline demo` lays them out."""
    from pii_pipeline.orchestration.demo import ensure_key, seed

    workdir = tmp_path_factory.mktemp("demo")
    seed(workdir, ROWS)
    ensure_key(workdir)
    return workdir


@pytest.fixture(scope="session")
def child_env(pycache: Path, network_guard: Path):
    """Environment for one Airflow child process rooted at `workdir`."""

    def make(workdir: Path, key_file: Path | None = None, **extra: str) -> dict[str, str]:
        env = airflow_env(workdir, key_file or workdir / "keys" / "demo.key.json", pycache=pycache)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(network_guard), env.get("PYTHONPATH")]))
        env["PII_TEST_NETWORK_LOG"] = str(workdir / "network.log")
        env.update(extra)
        return env

    return make


def run_python(code: str, env: dict[str, str], timeout: float = 120) -> dict:
    """Run `code` in a child; it prints one JSON object as its last stdout line."""
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, f"child failed ({proc.returncode}):\n{proc.stderr[-4000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def network_attempts(workdir: Path) -> list[str]:
    log = workdir / "network.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


PG_SERVER = os.environ.get("PII_TEST_PG_SERVER", "postgresql+psycopg2://postgres@127.0.0.1:5432")


def _pg_databases():
    """Yields a factory for fresh PostgreSQL databases (Airflow metadata DBs); drops them afterwards.

    Fails (never skips) when the server is down, like tests/conftest.py's pg_url.
    """
    import secrets

    import sqlalchemy as sa

    admin = sa.create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    try:
        admin.connect().close()
    except sa.exc.SQLAlchemyError as exc:
        admin.dispose()
        pytest.fail(f"PostgreSQL is unreachable at {PG_SERVER}: {type(exc).__name__}", pytrace=False)
    made: list[str] = []

    def make() -> str:
        name = f"pii_airflow_{os.getpid()}_{secrets.token_hex(4)}"
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        made.append(name)
        return f"{PG_SERVER}/{name}"

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def airflow_pg_db():
    yield from _pg_databases()


@pytest.fixture(scope="module")
def airflow_pg_db_module():
    yield from _pg_databases()


@pytest.fixture(scope="session")
def cli_reference(seeded_workdir: Path, tmp_path_factory: pytest.TempPathFactory, child_env) -> Path:
    """What `pii-pipeline run` publishes for the scheduler tests' stores, key and intervals."""
    from .cluster import EXPECTED

    workdir = tmp_path_factory.mktemp("cli")
    (workdir / "stores").symlink_to(seeded_workdir / "stores")
    env = child_env(workdir, key_file=seeded_workdir / "keys" / "demo.key.json")
    cli = str(Path(sys.executable).parent / "pii-pipeline")
    for store, intervals in EXPECTED.items():
        for start, end in intervals:
            cmd = [cli, "run", str(REPO / "pipelines" / f"{store}.yaml"), "--start", start, "--end", end]
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
            assert proc.returncode == 0, proc.stderr[-3000:]
    return workdir
