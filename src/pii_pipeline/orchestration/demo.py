"""`pii-pipeline demo`: seed three SQLite stores and run the three DAGs through Airflow.

Everything goes under one folder:

    <workdir>/stores/<store>.db          the synthetic stores (SQLite)
    <workdir>/airflow/                   AIRFLOW_HOME: SQLite metadata DB, logs, runner log
    <workdir>/output/                    Parquet for analysts, reports for security staff
    <workdir>/keys/demo.key.json         the de-identification key (outside output/: analysts never get it)
    <workdir>/keys/report.key.json       the key of the reports' value hashes

Airflow runs in a child process (`python -m pii_pipeline.orchestration.demo_runner`) because it reads
its configuration once, at import; this process may already have imported it with other settings.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pii_pipeline.pipeline.errors import PipelineError

from .spec import REPO_ROOT

# Seeded `updated_at` values span 2026-01-01..2026-03-31: three monthly runs, January to March.
DEMO_START = "2026-01-01"
DEMO_END = "2026-04-01"
KEY_FILE_NAME = "demo.key.json"
REPORT_KEY_FILE_NAME = "report.key.json"  # the reports' value hashes (`keygen --purpose report`)


class DemoError(PipelineError):
    """The demo could not finish; the message names the step (and the DAG and task for a failed run).

    A PipelineError, so the CLI shows the message: it holds names, dates and paths, never a value.
    """


# The last line of a Python traceback: `package.ErrorType: message`.
_EXCEPTION_LINE = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt))(?::|$)")


def last_exception_type(log_path: Path) -> str | None:
    """The type of the last exception in the runner log; only its name (a message may quote data)."""
    try:
        lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in reversed(lines):
        if m := _EXCEPTION_LINE.match(line):
            return m.group(1).rsplit(".", 1)[-1]
    return None


@dataclass
class DemoSummary:
    workdir: Path
    parquet_root: Path
    reports_index: Path
    key_file: Path
    airflow_home: Path
    runner_log: Path
    seconds: float
    airflow_seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    runs: list[dict[str, Any]] = field(default_factory=list)


def _say(console: Any, msg: str) -> None:
    if console is not None:
        console.print(msg, markup=False, highlight=False)
    else:
        print(msg, file=sys.stderr, flush=True)


def airflow_env(
    workdir: Path, key_file: Path, base: dict[str, str] | None = None, pycache: Path | None = None
) -> dict[str, str]:
    """The child's environment: an Airflow that lives in workdir, reads the repo's DAGs, calls no one."""
    base = dict(os.environ if base is None else base)
    # Nothing from a real deployment may leak in: no inherited Airflow settings (a production
    # metadata DB, say) and no store URLs (the demo must read its own SQLite stores).
    env = {
        k: v
        for k, v in base.items()
        if not k.startswith(("AIRFLOW__", "AIRFLOW_")) and not (k.startswith("PII_PIPELINE_") and k.endswith("_URL"))
    }
    airflow_home = workdir / "airflow"
    env.update(
        {
            "AIRFLOW_HOME": str(airflow_home),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{airflow_home / 'airflow.db'}",
            "AIRFLOW__CORE__DAGS_FOLDER": str(REPO_ROOT / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
            "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(airflow_home / "logs"),
            # Air-gapped: no metrics, traces or error reports leave the machine.
            "AIRFLOW__METRICS__STATSD_ON": "False",
            "AIRFLOW__METRICS__OTEL_ON": "False",
            "AIRFLOW__TRACES__OTEL_ON": "False",
            "AIRFLOW__SENTRY__SENTRY_ON": "False",
            "OTEL_SDK_DISABLED": "true",
            # The default (getfqdn) asks DNS for this machine's name, which can hang without a network.
            "AIRFLOW__CORE__HOSTNAME_CALLABLE": "socket.gethostname",
            "PII_PIPELINE_HOME": str(workdir),
            "PII_PIPELINE_CONFIG_DIR": str(REPO_ROOT / "pipelines"),
            "PII_PIPELINE_KEY_FILE": str(key_file),
        }
    )
    report_key = key_file.with_name(REPORT_KEY_FILE_NAME)
    if report_key.exists():
        env["PII_PIPELINE_REPORT_KEY_FILE"] = str(report_key)
    use_bytecode_cache(env, pycache or airflow_home / "pycache")
    return env


def use_bytecode_cache(env: dict[str, str], cache: Path) -> None:
    """Let a child cache compiled bytecode when the virtualenv ships none.

    Importing Airflow compiles ~2,500 modules: 5-8 s in every process when the install has no .pyc
    files and PYTHONDONTWRITEBYTECODE forbids writing them. Then the child writes them to `cache`
    (not into the virtualenv). A precompiled install is left alone: with a cache prefix set, Python
    would ignore its __pycache__ folders.
    """
    import importlib.util

    spec = importlib.util.find_spec("airflow")
    precompiled = bool(spec and spec.origin and (Path(spec.origin).parent / "__pycache__").is_dir())
    if precompiled or "PYTHONPYCACHEPREFIX" in env:
        return
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)


def seed(workdir: Path, rows: int, console: Any = None) -> dict[str, int]:
    from pii_pipeline.seeding import STORES, seed_store

    stores = workdir / "stores"
    stores.mkdir(parents=True, exist_ok=True)
    counts = {}
    for store in STORES:
        result = seed_store(store, f"sqlite:///{stores / f'{store}.db'}", rows=rows, collect_planted=False)
        counts[store] = sum(result.tables.values())
        _say(console, f"seeded {store}: {counts[store]} rows")
    return counts


def ensure_key(workdir: Path, console: Any = None) -> Path:
    from pii_pipeline.deid.keys import generate_key_file

    key_file = workdir / "keys" / KEY_FILE_NAME
    if key_file.exists():
        _say(console, f"key file: {key_file} (kept)")
    else:
        key_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        generate_key_file(key_file)
        _say(console, f"key file: {key_file} (created; it is outside output/ and must not be shared with analysts)")
    report_key = key_file.with_name(REPORT_KEY_FILE_NAME)
    if not report_key.exists():
        from pii_pipeline.review.evidence import generate_report_key_file

        # Reports then show a keyed hash per found value, which reviewers can allow-list.
        generate_report_key_file(report_key)
    return key_file


def run_airflow(
    workdir: Path,
    key_file: Path,
    console: Any = None,
    *,
    start: str = DEMO_START,
    end: str = DEMO_END,
    dag_ids: list[str] | None = None,
    extra_env: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Run the DAGs in the child process; returns the runner's JSON summary, raises DemoError on failure."""
    airflow_home = workdir / "airflow"
    airflow_home.mkdir(parents=True, exist_ok=True)
    summary_path = airflow_home / "demo-runner.json"
    log_path = airflow_home / "demo-runner.log"
    summary_path.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "pii_pipeline.orchestration.demo_runner", "--start", start, "--end", end]
    cmd += ["--summary", str(summary_path)]
    for dag_id in dag_ids or []:
        cmd += ["--dag", dag_id]
    env = airflow_env(workdir, key_file)
    env.update(extra_env or {})
    failures: list[str] = []
    with (
        log_path.open("w", encoding="utf-8") as log,
        subprocess.Popen(cmd, env=env, cwd=workdir, stdout=subprocess.PIPE, stderr=log, text=True, bufsize=1) as proc,
    ):
        assert proc.stdout is not None
        for line in proc.stdout:
            line = line.rstrip("\n")
            _say(console, line)
            if line.startswith("FAILED"):
                failures.append(line)
    summary = json.loads(summary_path.read_text(encoding="utf-8")) if summary_path.exists() else {}
    if proc.returncode != 0:
        why = "; ".join(failures) or f"the Airflow runner exited with status {proc.returncode}"
        cause = last_exception_type(log_path)
        raise DemoError(f"{why}{f'; last error: {cause}' if cause else ''} (Airflow log: {log_path})")
    return summary


def run_demo(workdir: Path, rows: int = 3000, console: Any = None) -> DemoSummary:
    started = time.monotonic()
    workdir = Path(workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    dags = REPO_ROOT / "dags"
    if not (dags / "pii_pipelines.py").exists():
        raise DemoError(f"{dags}: the DAG folder is missing; run the demo from a checkout of the repository")
    seed(workdir, rows, console)
    key_file = ensure_key(workdir, console)
    _say(console, f"running the DAGs through Airflow (AIRFLOW_HOME={workdir / 'airflow'}) ...")
    t = time.monotonic()
    summary = run_airflow(workdir, key_file, console)
    airflow_seconds = time.monotonic() - t
    output = workdir / "output"
    return DemoSummary(
        workdir=workdir,
        parquet_root=output / "parquet",
        reports_index=output / "reports" / "index.html",
        key_file=key_file,
        airflow_home=workdir / "airflow",
        runner_log=workdir / "airflow" / "demo-runner.log",
        seconds=time.monotonic() - started,
        airflow_seconds=airflow_seconds,
        timings=summary.get("timings", {}),
        runs=summary.get("runs", []),
    )
