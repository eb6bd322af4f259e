"""One Airflow DAG per pipeline file: extract -> detect -> deidentify -> publish per table, then report.

Parse-time cost matters (the DAG processor re-parses often): this module imports only the Task SDK
and `spec` (yaml). The task callables import the stages, pyarrow, Presidio and spaCy when they run.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from airflow.sdk import DAG, Asset, CronDataIntervalTimetable, Param, get_current_context, task

from .pools import DETECT_POOL, read_pool
from .purge_task import has_retention
from .spec import DagSpec, PipelineFileError, default_config_dir, pipeline_files, read_spec

log = logging.getLogger(__name__)

# First retry after a minute, then 2, 4, ... capped: a store that is briefly down gets time to return.
RETRY_DELAY = timedelta(minutes=1)
RETRY_BACKOFF = 2.0
MAX_RETRY_DELAY = timedelta(minutes=30)
STAGES = ("extract", "detect", "deidentify", "publish")
EXTRACT_KEY = "extract"  # tasks.EXTRACT_KEY (repeated: no heavy import at parse time)
# A task stuck on a dead connection or a runaway input fails (and is retried) instead of holding its
# pool slot for ever. Generous: a big month's detect on one worker takes hours, not days.
EXECUTION_TIMEOUT = {
    "extract": timedelta(hours=2),
    "detect": timedelta(hours=8),
    "deidentify": timedelta(hours=2),
    "publish": timedelta(hours=4),  # the leak gate scans the output again
    "report": timedelta(minutes=30),
}


def report_asset(spec: DagSpec) -> Asset:
    """The store's reports folder; each report task run adds an event whose `extra` names that run's files."""
    return Asset(name=f"pii_reports_{spec.name}", uri=f"file://{spec.output_root}/reports/{spec.name}")


def _schedule(spec: DagSpec) -> Any:
    if spec.schedule is None or spec.schedule in ("@once", "@continuous"):
        return spec.schedule
    # Airflow 3 turns a plain cron string into CronTriggerTimetable, whose data interval is a single
    # point; the stages read `start <= updated_at < end`, so each run needs the whole period.
    return CronDataIntervalTimetable(spec.schedule, timezone="UTC")


def _doc(spec: DagSpec) -> str:
    return (
        f"{spec.description}\n\nPipeline file: `{spec.path}`. Tables: {', '.join(spec.tables)}.\n\n"
        "Each run reads the rows whose watermark lies in its data interval and replaces the "
        "`load_date=<interval start>` partition. A table's rows are cut into chunks (`chunk_rows`): detect "
        "and deidentify run once per chunk, on any worker; publish joins every chunk and replaces the "
        "partition in one step. XCom holds references (paths, counts), never data. "
        "The `report` task returns the report's paths and updates the report asset."
    )


def build_dag(pipeline_path: Path) -> DAG:
    """The DAG for one pipeline file; raises PipelineFileError naming the file if it cannot be built."""
    spec = read_spec(Path(pipeline_path))
    try:
        return _build(spec)
    except PipelineFileError:
        raise
    except Exception as exc:  # e.g. a bad cron expression: say which file it came from
        raise PipelineFileError(f"{spec.path}: {type(exc).__name__}: {exc}") from exc


def _build(spec: DagSpec) -> DAG:
    path = str(spec.path)
    asset = report_asset(spec)
    dag = DAG(
        dag_id=spec.dag_id,
        description=(spec.description or f"PII pipeline for {spec.name}")[:200],
        doc_md=_doc(spec),
        schedule=_schedule(spec),
        start_date=datetime(spec.start_date.year, spec.start_date.month, spec.start_date.day, tzinfo=UTC),
        catchup=spec.catchup,
        # Scheduled runs one at a time. Backfills ignore this (`airflow backfill create
        # --max-active-runs N`, default 10): concurrent runs of a store are safe (staging per run id,
        # state updated by compare-and-swap) and the pools cap their load on the store and the CPUs.
        max_active_runs=1,
        tags=["pii-pipeline", f"store:{spec.name}"],
        # A manual run may name its interval; otherwise the tasks derive it (orchestration/intervals.py).
        params={
            "start": Param(None, type=["null", "string"], description="interval start, ISO date (with end)"),
            "end": Param(None, type=["null", "string"], description="interval end, exclusive, ISO date"),
        },
        default_args={
            "owner": "pii-pipeline",
            "retries": spec.retries,
            "retry_delay": RETRY_DELAY,
            "retry_exponential_backoff": RETRY_BACKOFF,
            "max_retry_delay": MAX_RETRY_DELAY,
        },
    )
    with dag:
        refs_by_table: dict[str, dict[str, Any]] = {}
        for table in spec.tables:
            refs_by_table[table] = _table_tasks(path, spec.name, table)

        @task(task_id="report", outlets=[asset], multiple_outputs=False, execution_timeout=EXECUTION_TIMEOUT["report"])
        def report(refs: dict[str, dict[str, dict]]) -> dict:
            from pii_pipeline.orchestration import tasks

            context = get_current_context()
            ref = tasks.report(path, refs, context)
            # Shown on the asset event in the UI: where this run's report is, one click from the run.
            context["outlet_events"][asset].extra = {
                "run_id": ref["run_id"],
                "html_path": ref["html_path"],
                "json_path": ref["json_path"],
                "index_path": ref["index_path"],
            }
            return ref

        reported = report(refs_by_table)
        if has_retention(spec.path):

            @task(task_id="purge", multiple_outputs=False)
            def purge(_report: dict) -> dict:
                from pii_pipeline.orchestration.purge_task import purge_old

                return purge_old(path, get_current_context())

            purge(reported)
    return dag


def _table_tasks(path: str, store: str, table: str) -> dict[str, Any]:
    """The four stage tasks of one table; returns their XComArgs by stage name.

    multiple_outputs=False everywhere: a `-> dict` callable would otherwise push every key of the
    reference as its own XCom as well (ten writes instead of one per task). Pools (see `pools`):
    reads of the store, and the CPU-heavy detect and publish (leak gate).
    """

    def opts(stage: str, pool: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"multiple_outputs": False, "execution_timeout": EXECUTION_TIMEOUT[stage]}
        return {**out, "pool": pool} if pool else out

    @task(task_id=f"extract_{table}", **opts("extract", read_pool(store)))
    def extract() -> list[dict]:
        from pii_pipeline.orchestration import tasks

        return tasks.extract(path, table, get_current_context())

    # One task per chunk of the extract (dynamic task mapping), on any worker; each pulls its chunk
    # through the staging store and hands its result on the same way. XCom carries references only.
    @task(task_id=f"detect_{table}", **opts("detect", DETECT_POOL))
    def detect(chunk: dict) -> dict:
        from pii_pipeline.orchestration import tasks

        return tasks.detect(path, table, chunk, get_current_context())

    @task(task_id=f"deidentify_{table}", **opts("deidentify"))
    def deidentify(extract_ref: dict, chunk: dict) -> dict:
        from pii_pipeline.orchestration import tasks

        return tasks.deidentify(path, table, extract_ref, chunk, get_current_context())

    # Joins every chunk and replaces the partition in one atomic step; a failed chunk publishes nothing.
    @task(task_id=f"publish_{table}", **opts("publish", DETECT_POOL))
    def publish(extract_ref: dict, chunks: list[dict]) -> dict:
        from pii_pipeline.orchestration import tasks

        return tasks.publish(path, table, extract_ref, chunks, get_current_context())

    chunks = extract()  # its return value: the chunk references, which the mapped tasks expand over
    e = chunks[EXTRACT_KEY]  # the whole extract's reference, an XCom of its own
    d = detect.expand(chunk=chunks)
    i = deidentify.partial(extract_ref=e).expand(chunk=d)
    p = publish(e, i)
    return {"extract": e, "detect": d, "deidentify": i, "publish": p}


class BrokenPipelineDAG(DAG):
    """Stands in for pipeline files that cannot be read, so the DAG processor records an import error.

    The bag validates each DAG of a file separately: this one fails validation with the files'
    errors while the DAGs of the good pipeline files in the same DAG file still load.
    """

    pipeline_errors: tuple[str, ...] = ()

    def validate(self) -> None:
        raise PipelineFileError("; ".join(self.pipeline_errors))


def build_dags(directory: Path | None = None) -> dict[str, DAG]:
    """Every pipeline file's DAG by dag_id; broken files become one failing placeholder."""
    directory = Path(directory) if directory is not None else default_config_dir()
    dags: dict[str, DAG] = {}
    sources: dict[str, Path] = {}
    errors: list[str] = []
    for path in pipeline_files(directory):
        try:
            dag = build_dag(path)
        except PipelineFileError as exc:
            errors.append(str(exc))
            continue
        if dag.dag_id in dags:
            errors.append(f"{path}: name: {dag.dag_id} is already defined by {sources[dag.dag_id]}")
            continue
        dags[dag.dag_id] = dag
        sources[dag.dag_id] = path
    if errors:
        for err in errors:
            log.error("pipeline file skipped: %s", err)
        broken = BrokenPipelineDAG(dag_id="pii_pipeline_file_errors", schedule=None)
        broken.pipeline_errors = tuple(errors)
        dags[broken.dag_id] = broken
    return dags
