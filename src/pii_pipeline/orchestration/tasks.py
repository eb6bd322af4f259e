"""What each Airflow task does: build the run context from the task's data interval, call one stage.

Imported only inside task callables, so the DAG file never loads pyarrow, presidio or spaCy while
the scheduler parses it. Every function returns a reference dict (paths and counts) for XCom.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pii_pipeline.config import load_pipeline
from pii_pipeline.pipeline import Interval, RunContext, make_context
from pii_pipeline.pipeline.refs import DeidRef, DetectRef, ExtractRef

log = logging.getLogger(__name__)


def _naive_utc(value: datetime | None) -> datetime | None:
    # Stores keep naive UTC timestamps (as the CLI passes them); Airflow hands out aware ones.
    if value is None:
        return None
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def run_context(pipeline_path: str | Path, context: Mapping[str, Any]) -> RunContext:
    """RunContext for one task: interval = the run's data interval, load date = its start's date."""
    cfg = load_pipeline(pipeline_path)
    start = _naive_utc(context.get("data_interval_start"))
    end = _naive_utc(context.get("data_interval_end"))
    if start is None or end is None or start >= end:
        # schedule: null (or an empty interval): take every row; the publish step skips rows
        # already published under another load date.
        when = context.get("logical_date") or context.get("dag_run").run_after  # type: ignore[union-attr]
        return make_context(cfg, context["run_id"], Interval(), load_date=_naive_utc(when).date())
    return make_context(cfg, context["run_id"], Interval(start, end), load_date=start.date())


@functools.lru_cache(maxsize=4)
def _detector(model: str, threshold: float, processes: int):  # noqa: ANN202
    # Loading spaCy and Presidio costs seconds; a worker that runs several detect tasks in one
    # process (dag.test, the demo) reuses it. Under a real executor each task is a new process anyway.
    from pii_pipeline.detection.text import TextDetector

    return TextDetector(model_name=model, score_threshold=threshold, processes=processes)


def _scrubbed(fn):  # noqa: ANN001, ANN202
    """Airflow writes a failed task's exception into its log: keep only messages we wrote ourselves."""

    @functools.wraps(fn)
    def run(*args, **kwargs):  # noqa: ANN202
        from pii_pipeline.pipeline.errors import is_safe_error, withheld

        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if is_safe_error(exc):
                raise
            where = f"{fn.__name__} {Path(str(args[0])).stem}" + (
                f".{args[1]}" if len(args) > 1 and isinstance(args[1], str) else ""
            )
            raise withheld(exc, where) from None

    return run


@_scrubbed
def extract(pipeline_path: str, table: str, context: Mapping[str, Any]) -> dict[str, Any]:
    from pii_pipeline.pipeline import stages

    ctx = run_context(pipeline_path, context)
    return stages.extract(ctx, ctx.pipeline.table(table)).to_dict()


@_scrubbed
def detect(pipeline_path: str, table: str, extract_ref: dict, context: Mapping[str, Any]) -> dict[str, Any]:
    from pii_pipeline.pipeline import stages

    ctx = run_context(pipeline_path, context)
    det = ctx.pipeline.detection
    detector = _detector(det.model, det.score_threshold, det.processes)
    ref = stages.detect(ctx, ctx.pipeline.table(table), ExtractRef.from_dict(extract_ref), detector=detector)
    return ref.to_dict()


@_scrubbed
def deidentify(
    pipeline_path: str, table: str, extract_ref: dict, detect_ref: dict, context: Mapping[str, Any]
) -> dict[str, Any]:
    from pii_pipeline.pipeline import stages

    ctx = run_context(pipeline_path, context)
    ref = stages.deidentify(
        ctx, ctx.pipeline.table(table), ExtractRef.from_dict(extract_ref), DetectRef.from_dict(detect_ref)
    )
    return ref.to_dict()


@_scrubbed
def publish(
    pipeline_path: str, table: str, extract_ref: dict, deid_ref: dict, context: Mapping[str, Any]
) -> dict[str, Any]:
    from pii_pipeline.pipeline import stages

    ctx = run_context(pipeline_path, context)
    ref = stages.publish(ctx, ctx.pipeline.table(table), ExtractRef.from_dict(extract_ref), DeidRef.from_dict(deid_ref))
    return ref.to_dict()


@_scrubbed
def report(pipeline_path: str, refs_by_table: dict[str, dict[str, dict]], context: Mapping[str, Any]) -> dict:
    from pii_pipeline.reports import write_run_report

    ctx = run_context(pipeline_path, context)
    ref = write_run_report(ctx, refs_by_table)
    log.info("report for %s run %s: %s", ctx.pipeline.name, ctx.run_id, ref.html_path)
    return ref.to_dict()
