"""Running a whole pipeline in one process (the CLI); the DAGs call the same stages task by task."""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Callable
from datetime import date

from pii_pipeline.config import PipelineConfig

from . import stages
from .context import Interval, RunContext
from .errors import is_safe_error, withheld
from .refs import PublishRef, ReportRef
from .staging import discard_own_report, release_report_folder

log = logging.getLogger(__name__)


def make_context(
    pipeline: PipelineConfig, run_id: str, interval: Interval | None = None, load_date: date | None = None
) -> RunContext:
    interval = interval or Interval()
    return RunContext(pipeline, run_id, interval, load_date or interval.load_date(date.today()))


def run_table(ctx: RunContext, table_name: str, detector=None) -> dict:  # noqa: ANN001
    """Extract, detect, de-identify and publish one table; returns every stage's reference."""
    table = ctx.pipeline.table(table_name)
    detector = detector or stages.text_detector(ctx)  # the model is loaded once for every stage
    # Held from the first stage to the last: no other run's sweep removes the folders in between.
    # A run that cannot take them (another run holds them) fails here and touches nothing; only
    # folders this run holds are discarded on failure.
    with stages.holding_run_dirs(ctx, table.name, process_bound=True):
        stage = "extract"
        try:
            extracted = stages.extract(ctx, table)
            stage = "detect"
            detected = stages.detect(ctx, table, extracted, detector=detector)
            stage = "deidentify"
            deidentified = stages.deidentify(ctx, table, extracted, detected)
            stage = "publish"
            published = stages.publish(ctx, table, extracted, deidentified, detector=detector)
        except BaseException as exc:
            _discard_staging(ctx, table.name)
            if isinstance(exc, Exception) and not is_safe_error(exc):
                # A library's message may quote a value: keep its type, and say which table and stage.
                raise withheld(exc, f"{ctx.pipeline.name}.{table.name}: {stage}") from None
            raise
    return {"extract": extracted, "detect": detected, "deidentify": deidentified, "publish": published}


def _discard_staging(ctx: RunContext, table: str) -> None:
    """A failed run leaves no raw extract (personal data) and no unpublished file behind. Here all
    stages run in one process; between Airflow tasks the staging must stay for the task's retry."""
    for folder in (ctx.staging_dir(table), ctx.layout.publish_staging(ctx.pipeline.name, table, ctx.run_id)):
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):
            folder.parent.rmdir()  # the run's folder, once its last table is gone
    try:
        stages.handoff.discard(ctx, table)  # remote staging: what this run uploaded
    except Exception:  # noqa: BLE001 - the run's own error is the one to report; a sweep removes these later
        log.warning("%s.%s: could not remove this run's staged objects", ctx.pipeline.name, table)


def run_pipeline(
    ctx: RunContext,
    *,
    on_table: Callable[[str, PublishRef], None] | None = None,
    detector=None,  # noqa: ANN001
) -> ReportRef:
    from pii_pipeline.reports import write_run_report

    results = {}
    try:
        for table in ctx.pipeline.tables:
            refs = run_table(ctx, table.name, detector=detector)
            results[table.name] = refs
            if on_table:
                on_table(table.name, refs["publish"])
    except BaseException:
        # No report for a failed run: its decisions and findings go too (a finished report stays).
        discard_own_report(ctx.report_dir())
        raise
    ref = write_run_report(ctx, {name: {k: v.to_dict() for k, v in refs.items()} for name, refs in results.items()})
    release_report_folder(ctx.report_dir())
    return ref
