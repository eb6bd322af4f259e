"""Run the pipeline DAGs through Airflow, in one process, for a range of data intervals.

    python -m pii_pipeline.orchestration.demo_runner --start 2026-01-01 --end 2026-04-01 [--dag pii_tips ...]

The environment (AIRFLOW_HOME, PII_PIPELINE_HOME, PII_PIPELINE_KEY_FILE, AIRFLOW__CORE__DAGS_FOLDER,
...) must be set before this starts: Airflow reads its configuration when it is first imported.
Airflow's own cost is paid once: one import, one metadata-DB migration, one DagBag parse; the
runs use `dag.test()`, which runs the tasks in this process against the SQLite metadata DB.

Exit status 0 when every run succeeded; 1 with a line naming the DAG, the run and the failed tasks
otherwise; 2 when Airflow could not start. Progress lines carry names, dates, counts and timings only.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
import warnings
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger("pii_pipeline.demo_runner")


@dataclass
class RunOutcome:
    dag_id: str
    run_id: str
    interval_start: str
    interval_end: str
    state: str
    seconds: float
    task_seconds: float
    stage_seconds: float  # inside the stage functions: the pipeline's own work
    failed_tasks: list[str] = field(default_factory=list)
    report: dict[str, Any] | None = None
    rows_written: int = 0


_progress = sys.stdout


def _say(msg: str) -> None:
    print(msg, file=_progress, flush=True)


def _keep_stdout_for_progress() -> None:
    """Progress lines keep the real stdout; everything else that writes to it goes to stderr.

    Airflow's structlog handlers, Presidio and the task logs all write to stdout; the demo shows
    stdout to the user and files stderr away in the runner log.
    """
    global _progress
    sys.stdout.flush()
    _progress = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr


def _aware(value: str) -> datetime:
    dt = datetime.fromisoformat(value)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def migrate_db() -> float:
    """Create or upgrade the metadata DB; a DB already at head costs one query."""
    started = time.monotonic()
    from airflow import settings
    from airflow.utils import db

    with settings.Session() as session:
        current = db._get_current_revision(session)  # noqa: SLF001 - no public "is it at head?" check
    if current is None:
        db.initdb()  # new DB: created from the ORM models, much faster than replaying migrations
    elif current != db._get_script_object().get_current_head():  # noqa: SLF001
        db.upgradedb()
    return time.monotonic() - started


def run_intervals(dag: Any, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """The DAG's scheduled data intervals inside [start, end), as the scheduler would make them."""
    from airflow.serialization.encoders import coerce_to_core_timetable
    from airflow.timetables.base import DataInterval, TimeRestriction

    timetable = coerce_to_core_timetable(dag.timetable)
    restriction = TimeRestriction(earliest=start, latest=None, catchup=True)
    out: list[tuple[datetime, datetime]] = []
    last: DataInterval | None = None
    while True:
        info = timetable.next_dagrun_info(last_automated_data_interval=last, restriction=restriction)
        if info is None or info.data_interval.end > end:
            return out
        out.append((info.data_interval.start, info.data_interval.end))
        last = info.data_interval


def test_logical_date(dag: Any, interval: tuple[datetime, datetime]) -> datetime:
    """The logical date to hand `dag.test()` so that its run reads `interval`: the interval's start, as
    the scheduler labels it. (dag.test itself would infer the month before; the tasks decide the
    interval from the logical date instead, see orchestration/intervals.py.)"""
    return interval[0]


def _manifest_intervals(returned: dict[str, Any]) -> set[tuple[str | None, str | None]]:
    """The intervals the publish tasks' manifests record: what the run really read."""
    out = set()
    for task_id, value in returned.items():
        if task_id.startswith("publish_") and isinstance(value, dict) and value.get("manifest_path"):
            import fsspec  # the manifest is a local file, or an object where `output.state` is a URI

            with fsspec.open(value["manifest_path"], "rt", encoding="utf-8") as f:
                manifest = json.load(f)
            out.add((manifest["interval"]["start"], manifest["interval"]["end"]))
    return out


def run_one(dag: Any, interval: tuple[datetime, datetime]) -> RunOutcome:
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    logical = test_logical_date(dag, interval)
    started = time.monotonic()
    # run_after = logical date: the run id is then stable, so running the demo again replaces the
    # same reports instead of adding new ones.
    dr = dag.test(logical_date=logical, run_after=logical)
    seconds = time.monotonic() - started
    with create_session() as session:
        tis = dr.get_task_instances(session=session)
        # Tasks that raised first, then those that never ran because of them.
        failed = sorted(ti.task_id for ti in tis if ti.state == "failed")
        failed += sorted(f"{ti.task_id} (not run: {ti.state})" for ti in tis if ti.state not in ("success", "failed"))
        task_seconds = sum(ti.duration or 0.0 for ti in tis)
        returned = {
            row.task_id: XComModel.deserialize_value(row)
            for row in session.scalars(XComModel.get_many(run_id=dr.run_id, key="return_value", dag_ids=dag.dag_id))
        }
    report_value = returned.get("report")
    rows = sum((v or {}).get("rows_written", 0) for k, v in returned.items() if k.startswith("publish_"))
    stage_seconds = sum(float((v or {}).get("seconds", 0.0)) for v in returned.values() if isinstance(v, dict))
    state = str(getattr(dr.state, "value", dr.state))
    expected = {(interval[0].replace(tzinfo=None).isoformat(), interval[1].replace(tzinfo=None).isoformat())}
    if state == "success" and (read := _manifest_intervals(returned)) != expected:
        failed.append(f"(read intervals {sorted(read)}, expected {interval[0]}..{interval[1]})")
        state = "failed"
    return RunOutcome(
        dag_id=dag.dag_id,
        run_id=dr.run_id,
        interval_start=interval[0].isoformat(),
        interval_end=interval[1].isoformat(),
        state=state,
        seconds=round(seconds, 2),
        task_seconds=round(task_seconds, 2),
        stage_seconds=round(stage_seconds, 2),
        failed_tasks=failed if state != "success" else [],
        report=report_value,
        rows_written=rows,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", required=True, help="first interval starts here (ISO date)")
    parser.add_argument("--end", required=True, help="last interval ends here, exclusive (ISO date)")
    parser.add_argument("--dag", action="append", default=[], help="dag_id to run (default: all pii_* DAGs)")
    parser.add_argument("--summary", type=Path, help="write the outcome as JSON here")
    parser.add_argument(
        "--keep-retries", action="store_true", help="keep the DAGs' retries (default: fail at the first error)"
    )
    args = parser.parse_args(argv)
    _keep_stdout_for_progress()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # dag.test() talks to an in-process Execution API through starlette's test client, which warns
    # about its own httpx use on every start; nothing for a user to act on.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

    t0 = time.monotonic()
    timings: dict[str, float] = {}
    try:
        from airflow.dag_processing.dagbag import DagBag

        timings["airflow_import"] = time.monotonic() - t0
        timings["db_migrate"] = migrate_db()
        from pii_pipeline.orchestration.setup import ensure_pools

        ensure_pools()  # the pools the tasks name, as airflow-init creates them in compose
        t = time.monotonic()
        bag = DagBag(dag_folder=os.environ.get("AIRFLOW__CORE__DAGS_FOLDER"))
        timings["dag_parse"] = time.monotonic() - t
    except Exception as exc:  # noqa: BLE001 - any start-up failure ends the demo with its type and message
        _say(f"FAILED: Airflow did not start: {type(exc).__name__}: {exc}")
        return 2
    _say(
        f"airflow ready: import {timings['airflow_import']:.1f}s, metadata DB {timings['db_migrate']:.1f}s, "
        f"DAG parse {timings['dag_parse']:.2f}s"
    )
    if bag.import_errors:
        for path, err in bag.import_errors.items():
            _say(f"FAILED: DAG import error in {path}: {err.strip().splitlines()[-1]}")
        return 1
    dag_ids = args.dag or sorted(d for d in bag.dags if d.startswith("pii_"))
    missing = [d for d in dag_ids if d not in bag.dags]
    if missing:
        _say(f"FAILED: no such DAG: {', '.join(missing)} (found {', '.join(sorted(bag.dags)) or 'none'})")
        return 1

    start, end = _aware(args.start), _aware(args.end)
    outcomes: list[RunOutcome] = []
    status = 0
    for dag_id in dag_ids:
        dag = bag.dags[dag_id]
        if not args.keep_retries:
            # A demo should stop at the first error rather than wait out the back-off.
            for task in dag.tasks:
                task.retries = 0
        intervals = run_intervals(dag, start, end)
        if not intervals:
            _say(f"FAILED: {dag_id}: no complete data interval between {args.start} and {args.end}")
            status = 1
            break
        for n, interval in enumerate(intervals, 1):
            outcome = run_one(dag, interval)
            outcomes.append(outcome)
            _say(
                f"{dag_id}: run {n}/{len(intervals)} {interval[0]:%Y-%m-%d}..{interval[1]:%Y-%m-%d} "
                f"{outcome.state}: {outcome.rows_written} rows published, {outcome.seconds:.1f}s "
                f"(tasks {outcome.task_seconds:.1f}s)"
            )
            if outcome.state != "success":
                _say(
                    f"FAILED: DAG {dag_id}, run {outcome.run_id}: task(s) {', '.join(outcome.failed_tasks)} "
                    "did not succeed"
                )
                status = 1
                break
        if status:
            break
    total = time.monotonic() - t0
    task_total = sum(o.task_seconds for o in outcomes)
    stage_total = sum(o.stage_seconds for o in outcomes)
    timings["total"] = total
    timings["tasks"] = task_total
    timings["stages"] = stage_total
    timings["outside_tasks"] = total - task_total
    _say(
        f"airflow: {len(outcomes)} runs in {total:.1f}s: pipeline stages {stage_total:.1f}s, rest of the task "
        f"time {task_total - stage_total:.1f}s (task start-up, config, imports, model load), outside the tasks "
        f"{total - task_total:.1f}s (Airflow start, DB, scheduling loop)"
    )
    if args.summary:
        args.summary.write_text(
            json.dumps({"status": status, "timings": timings, "runs": [asdict(o) for o in outcomes]}, indent=2),
            encoding="utf-8",
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
