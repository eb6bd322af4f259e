"""The DAG file parses into three DAGs of the expected shape, cheaply, and survives a broken pipeline file."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from pii_pipeline.config import load_pipeline
from pii_pipeline.orchestration.spec import PipelineFileError, read_spec

from .conftest import REPO, network_attempts, run_python

pytestmark = pytest.mark.airflow

STAGES = ("extract", "detect", "deidentify", "publish")
STORES = ("tips", "donations", "volunteers")
EXPECTED = {f"pii_{store}": sorted([*(f"{s}_{store}" for s in STAGES), "report"]) for store in STORES}

DAGBAG = """
import json, sys
from airflow.dag_processing.dagbag import DagBag

bag = DagBag(dag_folder=sys.argv[1] if len(sys.argv) > 1 else None)
heavy = [m for m in ("pyarrow", "presidio_analyzer", "spacy", "pandas", "pii_pipeline.pipeline.stages",
                     "pii_pipeline.config") if m in sys.modules]
out = {"errors": bag.import_errors, "heavy": heavy, "dags": {}}
for dag_id, dag in bag.dags.items():
    report = dag.get_task("report")
    out["dags"][dag_id] = {
        "tasks": sorted(dag.task_dict),
        "timetable": type(dag.timetable).__name__,
        "start_date": dag.start_date.isoformat(),
        "catchup": dag.catchup,
        "tags": sorted(dag.tags),
        "retries": sorted({t.retries for t in dag.tasks}),
        "backoff": sorted({t.retry_exponential_backoff for t in dag.tasks}),
        "report_upstream": sorted(report.upstream_task_ids),
        "outlets": [a.uri for a in report.outlets],
        "detect_upstream": {t.task_id: sorted(t.upstream_task_ids) for t in dag.tasks},
        "pools": {t.task_id: t.pool for t in dag.tasks},
        "timeouts": {t.task_id: t.execution_timeout.total_seconds() if t.execution_timeout else None
                     for t in dag.tasks},
        "params": sorted(dag.params),
    }
print(json.dumps(out, default=str))
"""


def test_dagbag_loads_three_dags_without_heavy_imports(tmp_path: Path, child_env) -> None:
    env = child_env(tmp_path)
    out = run_python(DAGBAG, env)
    assert out["errors"] == {}
    assert out["heavy"] == [], "the DAG file must not import these at parse time"
    assert {k: v["tasks"] for k, v in out["dags"].items()} == EXPECTED
    for store in STORES:
        dag = out["dags"][f"pii_{store}"]
        assert dag["timetable"] == "CronDataIntervalTimetable"
        assert dag["start_date"].startswith("2026-01-01")
        assert dag["catchup"] is False
        assert dag["tags"] == ["pii-pipeline", f"store:{store}"]
        assert dag["retries"] == [2] and dag["backoff"] == [2.0]
        # Reads capped per store, CPU-heavy stages in one pool; every task has a timeout.
        assert dag["pools"] == {
            f"extract_{store}": f"pii_read_{store}",
            f"detect_{store}": "pii_detect",
            f"deidentify_{store}": "default_pool",
            f"publish_{store}": "pii_detect",
            "report": "default_pool",
        }
        assert all(t and t > 0 for t in dag["timeouts"].values())
        assert dag["params"] == ["end", "start"]
        assert dag["report_upstream"] == sorted(f"{s}_{store}" for s in STAGES)
        assert dag["outlets"] == [f"file://{tmp_path}/output/reports/{store}"]
        ups = dag["detect_upstream"]
        assert ups[f"detect_{store}"] == [f"extract_{store}"]
        assert ups[f"deidentify_{store}"] == [f"detect_{store}", f"extract_{store}"]
        assert ups[f"publish_{store}"] == [f"deidentify_{store}", f"extract_{store}"]
    # The set-up step (airflow-init, the demo) creates every pool a task names.
    from pii_pipeline.orchestration.pools import pool_slots

    named = {p for d in out["dags"].values() for p in d["pools"].values()} - {"default_pool"}
    assert named <= set(pool_slots(REPO / "pipelines", env))
    assert network_attempts(tmp_path) == []


def test_broken_pipeline_file_is_an_import_error_naming_it(tmp_path: Path, child_env) -> None:
    pipelines = tmp_path / "pipelines"
    shutil.copytree(REPO / "pipelines", pipelines)
    (pipelines / "broken.yaml").write_text("name: broken\ntables: []\noutput: {root: /tmp/x}\n", encoding="utf-8")
    (pipelines / "garbled.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    env = child_env(tmp_path, PII_PIPELINE_CONFIG_DIR=str(pipelines))
    out = run_python(DAGBAG, env)
    assert sorted(out["dags"]) == sorted(EXPECTED), "the good pipelines still load"
    assert len(out["errors"]) == 1
    ((where, message),) = out["errors"].items()
    assert where.endswith("pii_pipelines.py")
    assert f"{pipelines / 'broken.yaml'}: tables" in message
    assert f"{pipelines / 'garbled.yaml'}: line" in message


def test_spec_agrees_with_the_full_config() -> None:
    """Parse time reads a few fields without pydantic (it would pull in pyarrow); they must agree."""
    env = {"PII_PIPELINE_HOME": "/srv/pii"}
    for path in sorted((REPO / "pipelines").glob("*.yaml")):
        spec, cfg = read_spec(path, env), load_pipeline(path, env)
        assert spec.name == cfg.name
        assert spec.tables == tuple(t.name for t in cfg.tables)
        assert (spec.schedule, spec.start_date, spec.catchup, spec.retries) == (
            cfg.schedule,
            cfg.start_date,
            cfg.catchup,
            cfg.retries,
        )
        assert spec.output_root == cfg.output.root


def test_spec_defaults_match_the_config_defaults(tmp_path: Path) -> None:
    path = tmp_path / "minimal.yaml"
    path.write_text(
        "name: minimal\nstore: {url: 'sqlite:///x.db'}\ntables: [{name: t, primary_key: id, watermark: ts}]\n"
        "output: {root: out}\n",
        encoding="utf-8",
    )
    spec, cfg = read_spec(path, {}), load_pipeline(path, {})
    assert (spec.schedule, spec.start_date, spec.catchup, spec.retries, spec.output_root) == (
        cfg.schedule,
        cfg.start_date,
        cfg.catchup,
        cfg.retries,
        cfg.output.root,
    )
    assert spec.start_date == date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("name: 'bad name'\n", "name"),
        ("name: x\ntables: {a: 1}\n", "tables"),
        ("name: x\ntables: [{name: a}, {name: a}]\noutput: {root: o}\n", "tables[1].name"),
        ("name: x\ntables: [{name: a}]\noutput: {root: o}\nretries: 99\n", "retries"),
        ("name: x\ntables: [{name: a}]\noutput: {root: o}\nstart_date: soon\n", "start_date"),
        ("name: x\ntables: [{name: a}]\noutput: {root: '${NOPE}/o'}\n", "output.root"),
    ],
)
def test_spec_errors_name_file_and_field(tmp_path: Path, text: str, field: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PipelineFileError) as err:
        read_spec(path, {})
    assert str(err.value).startswith(f"{path}: {field}:")
