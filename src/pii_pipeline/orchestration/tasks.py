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
from pii_pipeline.pipeline.refs import ChunkRef, ExtractRef

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


EXTRACT_KEY = "extract"  # the extract task's XCom of the whole extract's reference


@_scrubbed
def extract(pipeline_path: str, table: str, context: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Read the interval, cut it into chunks and classify the table's columns once (every chunk
    applies the same decisions). Returns the chunk references (the mapped tasks expand over them);
    the whole extract's reference goes to the EXTRACT_KEY XCom."""
    ctx = run_context(pipeline_path, context)
    ext = _extract_and_classify(ctx, table)
    context["ti"].xcom_push(key=EXTRACT_KEY, value=ext.to_dict())
    return ext.chunks


def _extract_and_classify(ctx: RunContext, table: str) -> ExtractRef:
    from pii_pipeline.pipeline import stages

    tcfg = ctx.pipeline.table(table)
    ext = stages.extract(ctx, tcfg)
    # The sample is the first rows: with remote staging only the first chunk(s) are fetched back.
    return stages.classify(ctx, tcfg, ext, detector=_table_detector(ctx))


def _table_detector(ctx: RunContext):  # noqa: ANN202
    det = ctx.pipeline.detection
    return _detector(det.model, det.score_threshold, det.processes)


# ---------------------------------------------------------------- inputs that are gone
# A retry may find its input missing: the task runs on another machine, or an earlier attempt's
# folders were swept. Failing would fail every retry the same way, so the task redoes the stages
# before it (same run id, same interval, so the same rows and chunks) and passes the new extract
# reference on under REDONE; later tasks prefer it over the extract task's own XCom.
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

    return not all(ref and present(ctx, ref) for ref in refs)  # a local path, or a staging-store URI


def _with_redone(ref: dict, ext: ExtractRef | None) -> dict:
    return {**ref, REDONE: ext.to_dict()} if ext is not None else ref


def _redo_chunk(ctx: RunContext, table: str, index: int, why: str) -> tuple[ExtractRef, ChunkRef]:
    """Extract (and classify) the interval again; the chunk at `index` of the new extract."""
    log.warning("%s.%s chunk %d: %s; extracting the interval again", ctx.pipeline.name, table, index, why)
    ext = _extract_and_classify(ctx, table)
    chunks = ext.chunk_refs()
    if index >= len(chunks):
        from pii_pipeline.pipeline.errors import PipelineError

        raise PipelineError(f"{ctx.pipeline.name}.{table}: the interval extracted again has no chunk {index}")
    return ext, chunks[index]


@_scrubbed
def detect(pipeline_path: str, table: str, chunk_ref: dict, context: Mapping[str, Any]) -> dict[str, Any]:
    """One chunk: find its personal values with the table's column decisions."""
    from pii_pipeline.pipeline import stages

    ctx = run_context(pipeline_path, context)
    chunk, redone = ChunkRef.from_dict(_plain(chunk_ref)), None
    if _missing(ctx, chunk.raw_path, chunk.decisions_path):
        redone, chunk = _redo_chunk(ctx, table, chunk.index, "the raw chunk or the column decisions are gone")
    ref = stages.detect_chunk(ctx, ctx.pipeline.table(table), chunk, detector=_table_detector(ctx))
    return _with_redone(ref.to_dict(), redone)


@_scrubbed
def deidentify(
    pipeline_path: str, table: str, extract_ref: dict, chunk_ref: dict, context: Mapping[str, Any]
) -> dict[str, Any]:
    """One chunk: apply the policy to it, given its findings."""
    from pii_pipeline.pipeline import stages

    ctx = run_context(pipeline_path, context)
    tcfg = ctx.pipeline.table(table)
    chunk, redone = ChunkRef.from_dict(_plain(chunk_ref)), None
    if chunk_ref.get(REDONE):
        redone = ExtractRef.from_dict(chunk_ref[REDONE])
    if _missing(ctx, chunk.raw_path, chunk.findings_path, chunk.decisions_path):
        redone, chunk = _redo_chunk(ctx, table, chunk.index, "the raw chunk or its findings are gone")
        chunk = stages.detect_chunk(ctx, tcfg, chunk, detector=_table_detector(ctx))
    ref = stages.deidentify_chunk(ctx, tcfg, chunk)
    return _with_redone(ref.to_dict(), redone)


@_scrubbed
def publish(
    pipeline_path: str, table: str, extract_ref: dict, chunk_refs: list[dict], context: Mapping[str, Any]
) -> dict[str, Any]:
    """Join every chunk of the table into its partition and publish it in one atomic step.

    Also returns what the report needs of the chunk tasks (the whole table's detect and de-identify
    references, and the extract whose rows were published).
    """
    from pii_pipeline.pipeline import stages

    ctx = run_context(pipeline_path, context)
    tcfg = ctx.pipeline.table(table)
    chunk_refs = list(chunk_refs)  # a lazy sequence of the mapped tasks' XComs
    ext = _newest_extract(extract_ref, *chunk_refs)
    chunks = sorted((ChunkRef.from_dict(_plain(c)) for c in chunk_refs), key=lambda c: c.index)
    needed = [p for c in chunks for p in (c.raw_path, c.staged_path)] + [c.raw_path for c in ext.chunk_refs()]
    if _missing(ctx, *needed):
        why = "a raw or de-identified chunk is gone; extracting the interval again"
        log.warning("%s.%s: %s", ctx.pipeline.name, table, why)
        ext = _extract_and_classify(ctx, table)
        detector = _table_detector(ctx)
        chunks = [stages.detect_chunk(ctx, tcfg, c, detector=detector) for c in ext.chunk_refs()]
        chunks = [stages.deidentify_chunk(ctx, tcfg, c) for c in chunks]
    # One hold over the three steps: the joined partition stays on this worker until published.
    with stages.holding_run_dirs(ctx, table):
        stages.gather_detect(ctx, tcfg, chunks)  # the report's findings of the whole table
        deid = stages.assemble(ctx, tcfg, ext, chunks)
        ref = stages.publish(ctx, tcfg, ext, deid)
    detected = {
        "table": table,
        "decisions_path": ext.decisions_path,
        "findings": sum(c.findings for c in chunks),
        "chunks": len(chunks),
        "seconds": sum(c.detect_seconds for c in chunks),
    }
    return {**ref.to_dict(), "detected": detected, "deidentified": deid.to_dict(), "extracted": ext.to_dict()}


PUBLISH_EXTRAS = ("detected", "deidentified", "extracted")


@_scrubbed
def report(pipeline_path: str, refs_by_table: dict[str, dict[str, Any]], context: Mapping[str, Any]) -> dict:
    from pii_pipeline.pipeline.staging import release_report_folder
    from pii_pipeline.reports import write_run_report

    ctx = run_context(pipeline_path, context)
    refs = {}
    for table, stages_refs in refs_by_table.items():
        published = stages_refs["publish"]
        # The publish task joined the chunks: its references stand for the whole table's stages.
        refs[table] = {
            "extract": published["extracted"],
            "detect": published["detected"],
            "deidentify": published["deidentified"],
            "publish": {k: v for k, v in published.items() if k not in PUBLISH_EXTRAS},
        }
    ref = write_run_report(ctx, refs)
    release_report_folder(ctx.report_dir())  # the report is written: its lease has nothing left to guard
    log.info("report for %s run %s: %s", ctx.pipeline.name, ctx.run_id, ref.html_path)
    return ref.to_dict()
