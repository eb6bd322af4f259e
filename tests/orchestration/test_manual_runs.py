"""Manual runs through Airflow (`dag.test`, the same code path as a triggered run's tasks): a logical
date processes the interval it starts, params name any interval, an unaligned logical date fails the
run with a message naming it; and the interval rules agree with Airflow's own cron timetable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import network_attempts, run_python

pytestmark = [pytest.mark.airflow, pytest.mark.slow]

MANUAL_RUNS = """
import json, logging, os, sys
from datetime import datetime, UTC
from pathlib import Path

from pii_pipeline.orchestration.demo_runner import migrate_db
from airflow.dag_processing.dagbag import DagBag

logging.basicConfig(level=logging.WARNING)
migrate_db()
dag = DagBag(dag_folder=os.environ["AIRFLOW__CORE__DAGS_FOLDER"]).dags["pii_tips"]
for t in dag.tasks:
    t.retries = 0
out = []
for logical, conf in json.loads(sys.argv[1]):
    dr = dag.test(logical_date=datetime.fromisoformat(logical).replace(tzinfo=UTC), run_conf=conf)
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session
    with create_session() as s:
        tis = {ti.task_id: str(ti.state) for ti in dr.get_task_instances(session=s)}
        pub = [XComModel.deserialize_value(r) for r in s.scalars(XComModel.get_many(
            run_id=dr.run_id, key="return_value", dag_ids="pii_tips", task_ids="publish_tips"))]
    manifest = json.loads(Path(pub[0]["manifest_path"]).read_text()) if pub else None
    out.append({"state": str(dr.state), "tasks": tis, "manifest": manifest})
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def manual_runs(seeded_workdir: Path, tmp_path_factory: pytest.TempPathFactory, child_env) -> tuple[Path, list]:
    workdir = tmp_path_factory.mktemp("manual")
    (workdir / "stores").symlink_to(seeded_workdir / "stores")
    env = child_env(workdir, key_file=seeded_workdir / "keys" / "demo.key.json")
    # The params run last: dag.test runs the tasks in this one process, on one DAG object.
    runs = [
        ["2026-02-01", None],  # `dags trigger --logical-date 2026-02-01`
        ["2026-02-15", None],  # starts no monthly interval: refused
        ["2026-03-01", {"start": "2026-01-01", "end": "2026-02-01"}],  # params win
    ]
    proc = subprocess.run(
        [sys.executable, "-c", MANUAL_RUNS, json.dumps(runs)],
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    # dag.test runs the tasks in the child: their log lines are on its stderr and stdout.
    (workdir / "child.log").write_text(proc.stderr + proc.stdout, encoding="utf-8")
    return workdir, json.loads(proc.stdout.strip().splitlines()[-1])


def test_logical_date_processes_the_month_it_starts(manual_runs: tuple[Path, list]) -> None:
    workdir, runs = manual_runs
    feb = runs[0]
    assert feb["state"] == "success"
    assert feb["manifest"]["interval"] == {"start": "2026-02-01T00:00:00", "end": "2026-03-01T00:00:00"}
    assert feb["manifest"]["load_date"] == "2026-02-01"
    assert feb["manifest"]["rows_read"] > 0, "the seeded stores hold February rows"
    assert (workdir / "output" / "parquet" / "tips" / "tips" / "load_date=2026-02-01" / "data.parquet").is_file()


def test_params_name_the_interval(manual_runs: tuple[Path, list]) -> None:
    workdir, runs = manual_runs
    jan = runs[2]
    assert jan["state"] == "success"
    assert jan["manifest"]["interval"] == {"start": "2026-01-01T00:00:00", "end": "2026-02-01T00:00:00"}
    assert (workdir / "output" / "parquet" / "tips" / "tips" / "load_date=2026-01-01" / "data.parquet").is_file()
    assert not (workdir / "output" / "parquet" / "tips" / "tips" / "load_date=2026-03-01").exists()


def test_unaligned_logical_date_fails_naming_it(manual_runs: tuple[Path, list]) -> None:
    workdir, runs = manual_runs
    bad = runs[1]
    assert bad["state"] == "failed"
    assert bad["tasks"]["extract_tips"] == "failed"
    assert bad["manifest"] is None
    assert not (workdir / "output" / "parquet" / "tips" / "tips" / "load_date=2026-02-15").exists()
    said = [
        line
        for line in (workdir / "child.log").read_text(encoding="utf-8").splitlines()
        if "is not the start of a data interval" in line
    ]
    assert said and "pii_tips: logical date 2026-02-15T00:00:00+00:00" in said[0]
    assert "params start and end" in said[0]
    assert network_attempts(workdir) == []


AGREEMENT = """
import json
from datetime import datetime, timedelta, UTC
import pendulum
from airflow.timetables.base import TimeRestriction
from airflow.timetables.interval import CronDataIntervalTimetable
from pii_pipeline.orchestration.intervals import interval_starting_at, last_complete_interval

out = []
for schedule in ("@monthly", "@daily", "0 6 * * 1", "30 2 1 */3 *"):
    tt = CronDataIntervalTimetable(schedule, timezone="UTC")
    last, earliest = None, pendulum.datetime(2026, 1, 1, tz="UTC")
    for _ in range(6):  # the scheduler's own intervals: each starts at its logical date
        info = tt.next_dagrun_info(last_automated_data_interval=last,
                                   restriction=TimeRestriction(earliest=earliest, latest=None, catchup=True))
        di = info.data_interval
        ours = interval_starting_at(schedule, datetime.fromtimestamp(di.start.timestamp(), UTC), "d")
        out.append([schedule, "start", ours[1].timestamp() == di.end.timestamp()])
        last = di
    for after in (datetime(2026, 5, 17, 13, 5, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)):
        inferred = tt.infer_manual_data_interval(run_after=pendulum.instance(after))
        s, e = last_complete_interval(schedule, after)
        out.append([schedule, "infer", [s.timestamp(), e.timestamp()] ==
                    [inferred.start.timestamp(), inferred.end.timestamp()]])
print(json.dumps(out))
"""


def test_interval_rules_agree_with_airflows_cron_timetable(tmp_path: Path, child_env) -> None:
    results = run_python(AGREEMENT, child_env(tmp_path))
    assert len(results) == 4 * 8
    assert [r for r in results if not r[2]] == []
