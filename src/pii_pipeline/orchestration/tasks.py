"""What each Airflow task does: build the run context from the task's data interval, call one stage.

Imported only inside task callables, so the DAG file never loads pyarrow, presidio or spaCy while
the scheduler parses it. Every function returns a reference dict (paths and counts) for XCom.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pii_pipeline.config import load_pipeline
from pii_pipeline.pipeline import Interval, RunContext, make_context
from pii_pipeline.pipeline.refs import DeidRef, DetectRef, ExtractRef

log = logging.getLogger(__name__)


def run_context(pipeline_path: str | Path, context: Mapping[str, Any]) -> RunContext:
    """RunContext for one task: the run's interval (see `intervals`), load date = its start's date."""
    from .intervals import resolve_interval
    from .spec import read_spec

    cfg = load_pipeline(pipeline_path)
    spec = read_spec(Path(pipeline_path))
    resolved = resolve_interval(context, spec.schedule, spec.dag_id)
    log.info(
        "run %s: interval %s .. %s (from %s), load date %s",
        context["run_id"],
        resolved.start,
        resolved.end,
        resolved.source,
        resolved.load_date,
    )
    return make_context(cfg, context["run_id"], Interval(resolved.start, resolved.end), load_date=resolved.load_date)


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


# ---------------------------------------------------------------- inputs that are gone
# A retry may find its input missing: the task runs on another machine, or an earlier attempt's
# folders were swept. Failing would fail every retry the same way, so the task redoes the stages
# before it (same run id, same interval, so the same rows) and passes the new extract reference on
# under REDONE; later tasks prefer it over the extract task's own XCom.
REDONE = "redone_extract"


def _plain(ref: dict) -> dict:
    return {k: v for k, v in ref.items() if k != REDONE}


def _newest_extract(extract_ref: dict, *later: dict) -> ExtractRef:
    for ref in reversed(later):
        if ref.get(REDONE):
            return ExtractRef.from_dict(ref[REDONE])
    return ExtractRef.from_dict(extract_ref)


def _missing(ctx: RunContext, *refs: str) -> bool:
    from pii_pipeline.pipeline.handoff import present

    return not all(present(ctx, ref) for ref in refs)  # a local path, or a staging-store URI


def _redo(ctx: RunContext, table: str, upto: str, why: str) -> tuple[ExtractRef, DetectRef | None]:
    from pii_pipeline.pipeline import stages

    log.warning("%s.%s: %s; extracting the interval again", ctx.pipeline.name, table, why)
    tcfg = ctx.pipeline.table(table)
    ext = stages.extract(ctx, tcfg)
    if upto == "extract":
        return ext, None
    det = ctx.pipeline.detection
    detector = _detector(det.model, det.score_threshold, det.processes)
    return ext, stages.detect(ctx, tcfg, ext, detector=detector)


def _with_redone(ref: dict, ext: ExtractRef | None) -> dict:
    return {**ref, REDONE: ext.to_dict()} if ext is not None else ref


@_scrubbed
def detect(pipeline_path: str, table: str, extract_ref: dict, context: Mapping[str, Any]) -> dict[str, Any]:
    from pii_pipeline.pipeline import stages

    ctx = run_context(pipeline_path, context)
    ext, redone = ExtractRef.from_dict(extract_ref), None
    if _missing(ctx, ext.raw_path):
        ext, _ = _redo(ctx, table, "extract", "the raw extract is gone")
        redone = ext
    det = ctx.pipeline.detection
    detector = _detector(det.model, det.score_threshold, det.processes)
    ref = stages.detect(ctx, ctx.pipeline.table(table), ext, detector=detector)
    return _with_redone(ref.to_dict(), redone)


@_scrubbed
def deidentify(
    pipeline_path: str, table: str, extract_ref: dict, detect_ref: dict, context: Mapping[str, Any]
) -> dict[str, Any]:
    from pii_pipeline.pipeline import stages

    ctx = run_context(pipeline_path, context)
    ext, det = _newest_extract(extract_ref, detect_ref), DetectRef.from_dict(_plain(detect_ref))
    redone = ext if detect_ref.get(REDONE) else None
    if _missing(ctx, ext.raw_path, det.findings_path, det.decisions_path):
        ext, det = _redo(ctx, table, "detect", "the raw extract or its findings are gone")
        redone = ext
    ref = stages.deidentify(ctx, ctx.pipeline.table(table), ext, det)
    return _with_redone(ref.to_dict(), redone)


@_scrubbed
def publish(
    pipeline_path: str, table: str, extract_ref: dict, deid_ref: dict, context: Mapping[str, Any]
) -> dict[str, Any]:
    from pii_pipeline.pipeline import stages

    ctx = run_context(pipeline_path, context)
    tcfg = ctx.pipeline.table(table)
    ext, deid = _newest_extract(extract_ref, deid_ref), DeidRef.from_dict(_plain(deid_ref))
    if _missing(ctx, ext.raw_path, deid.staged_path):
        ext, det = _redo(ctx, table, "detect", "the raw extract or the staged partition is gone")
        assert det is not None
        deid = stages.deidentify(ctx, tcfg, ext, det)
    ref = stages.publish(ctx, tcfg, ext, deid)
    return ref.to_dict()


@_scrubbed
def report(pipeline_path: str, refs_by_table: dict[str, dict[str, dict]], context: Mapping[str, Any]) -> dict:
    from pii_pipeline.pipeline.staging import release_report_folder
    from pii_pipeline.reports import write_run_report

    ctx = run_context(pipeline_path, context)
    refs = {}
    for table, stages_refs in refs_by_table.items():
        # The extract a later task redid (if any) is the one whose rows were published.
        newest = _newest_extract(stages_refs["extract"], *(stages_refs.get(s) or {} for s in ("detect", "deidentify")))
        refs[table] = {stage: _plain(ref) for stage, ref in stages_refs.items()} | {"extract": newest.to_dict()}
    ref = write_run_report(ctx, refs)
    release_report_folder(ctx.report_dir())  # the report is written: its lease has nothing left to guard
    log.info("report for %s run %s: %s", ctx.pipeline.name, ctx.run_id, ref.html_path)
    return ref.to_dict()
