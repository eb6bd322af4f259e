"""A real Airflow deployment in child processes for the `scheduler` tests: api-server, scheduler,
dag-processor and triggerer on a PostgreSQL metadata database, each in its own process group,
stopped by PID. Talks to it through the REST API (httpx) and the `airflow` CLI, never by importing
Airflow into the test process (it reads its configuration once, at import)."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

BIN = Path(sys.executable).parent
SERVICES = ("api-server", "scheduler", "dag-processor", "triggerer")
EXPECTED = {  # store -> the intervals the scheduler tests publish
    "tips": [("2026-02-01", "2026-03-01")],
    "volunteers": [("2026-03-01", "2026-04-01")],
    "donations": [("2026-01-01", "2026-02-01"), ("2026-02-01", "2026-03-01"), ("2026-03-01", "2026-04-01")],
}


def partitions(output: Path) -> dict[str, bytes]:
    """Every published Parquet file under `output`, by path relative to the analysts' tree."""
    root = output / "parquet"
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.parquet"))}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what: str, check: Callable[[], Any], timeout: float, procs: list[subprocess.Popen] | None = None) -> Any:
    """Poll `check` until it returns something truthy; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        for p in procs or []:
            if p.poll() is not None:
                raise AssertionError(f"waiting for {what}: {p.args} exited with {p.returncode}")
        try:
            result = check()
        except (httpx.HTTPError, OSError):
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what} after {timeout:.0f}s")
        time.sleep(1.0)


@dataclass
class Cluster:
    home: Path
    env: dict[str, str]
    port: int
    password: str
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)
    _token: str | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def airflow(self, *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [str(BIN / "airflow"), *args], env=self.env, cwd=self.home, capture_output=True, text=True, timeout=timeout
        )
        assert proc.returncode == 0, f"airflow {' '.join(args)}: {proc.stderr[-3000:]}"
        return proc

    def start(self, services: tuple[str, ...] = SERVICES) -> None:
        logs = self.home / "process-logs"
        logs.mkdir(exist_ok=True)
        for name in services:
            cmd = [str(BIN / "airflow"), name]
            if name == "api-server":
                cmd += ["--port", str(self.port), "--host", "127.0.0.1", "--workers", "1"]
            with (logs / f"{name}.log").open("w", encoding="utf-8") as log:
                # Own session: its pid is the process group of everything it starts (executor workers).
                self.procs[name] = subprocess.Popen(
                    cmd, env=self.env, cwd=self.home, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
                )

    def start_worker(self, name: str) -> Path:
        """A Celery worker (concurrency 1) with a home and temporary folder of its own, as on its own machine."""
        own = self.home / "workers" / name
        (own / "tmp").mkdir(parents=True)
        env = {**self.env, "HOME": str(own), "TMPDIR": str(own / "tmp")}
        cmd = [str(BIN / "airflow"), "celery", "worker", "--concurrency", "1", "--celery-hostname", f"{name}@%h"]
        cmd += ["--skip-serve-logs", "--without-mingle", "--without-gossip"]
        logs = self.home / "process-logs"
        logs.mkdir(exist_ok=True)
        with (logs / f"worker-{name}.log").open("w", encoding="utf-8") as log:
            self.procs[f"worker-{name}"] = subprocess.Popen(
                cmd, env=env, cwd=own, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        return own

    def stop(self) -> None:
        """SIGTERM each service's process group, then SIGKILL what is left; only groups we started."""
        for proc in self.procs.values():
            if proc.poll() is None:
                _signal_group(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        for proc in self.procs.values():
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            _signal_group(proc.pid, signal.SIGKILL)  # children that outlived their parent too
            proc.wait(timeout=10)

    def token(self) -> str:
        if self._token is None:
            self._token = login(self.url, "admin", self.password)
        return self._token

    def api(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token()}"}
        return httpx.request(method, f"{self.url}/api/v2{path}", headers=headers, timeout=30, **kwargs)


def login(url: str, username: str, password: str) -> str:
    resp = httpx.post(f"{url}/auth/token", json={"username": username, "password": password}, timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def make_cluster(home: Path, base_env: dict[str, str], metadata_url: str, **extra: str) -> Cluster:
    """Configure (not start) a deployment in `home`: migrate its metadata DB, create pools and login."""
    port = free_port()
    password = secrets.token_urlsafe(12)
    passwords = home / "auth" / "passwords.json"
    env = dict(base_env)
    env.update(
        {
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata_url,
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__CORE__PARALLELISM": "4",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
            "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(32),
            "AIRFLOW__CORE__FERNET_KEY": "",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            # Only the runs the test makes: no run for the latest interval when a DAG appears.
            "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
            "AIRFLOW_ADMIN_PASSWORD": password,
            "PII_PIPELINE_READ_SLOTS": "3",
            "PII_PIPELINE_DETECT_SLOTS": "3",
        }
    )
    env.update(extra)
    cluster = Cluster(home=home, env=env, port=port, password=password)
    cluster.airflow("db", "migrate", timeout=300)
    setup = subprocess.run(
        [str(BIN / "python"), "-m", "pii_pipeline.orchestration.setup", "--passwords-file", str(passwords)],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert setup.returncode == 0, setup.stderr[-3000:]
    return cluster
