"""The stages of one table's run. Each is a plain function: explicit inputs, a reference out.

extract -> detect -> deidentify -> publish; then `report` over all tables of the run. The CLI calls
them in a row (`run_table`); each Airflow task calls one of them.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pii_pipeline.config import TableConfig
from pii_pipeline.failpoints import failpoint
from pii_pipeline.progress import progress
from pii_pipeline.types import FINDINGS_SCHEMA, ColumnDecision, ColumnKind

from . import handoff
from .apply import column_operators
from .chunks import chain_ipc, chunk_file_name, ipc_schema, sample_ipc, split_ipc
from .context import RunContext
from .errors import AccountingError, LeakGateError, PipelineError, is_safe_error, withheld
from .refs import ChunkRef, DeidRef, DetectRef, ExtractRef, PublishRef
from .staging import (
    is_held,
    private_dir,
    read_ipc,
    run_lock,
    sweep_abandoned,
    sweep_report_leftovers,
    touch_report_lease,
    write_ipc,
)

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- run directories
@contextlib.contextmanager
def holding_run_dirs(
    ctx: RunContext, table: str, *, process_bound: bool = False, shared: bool = False
) -> Iterator[None]:
    """Hold the locks and leases of this run's staging and `_publish` folders of `table` (creating
    them), and renew the lease of its report folder: while held, no other run's sweep removes them.

    `process_bound` (one process runs every stage, the CLI): the leases end with this process, so the
    next run sweeps what a killed one left. Otherwise (an Airflow task) they outlive the task by the
    configured lease, so the run's next task finds its folders however many runs start meanwhile.
    `shared`: a chunk task; the run's other chunk tasks may hold the folders at the same time, on other workers.
    """
    if is_held(ctx.staging_dir(table)):
        yield  # inside a stage (or `run_table`) of this process that holds them already
        return
    lease_s = None if process_bound else ctx.lease_s
    publish_dir = ctx.layout.publish_staging(ctx.pipeline.name, table, ctx.run_id)
    handoff.check_work_root(ctx)  # remote staging: this worker's private copies, in a folder of ours
    with (
        run_lock(ctx.staging_dir(table), owner=ctx.run_id, lease_s=lease_s, shared=shared),
        run_lock(publish_dir, owner=ctx.run_id, lease_s=lease_s, shared=shared),
    ):
        # Only once the folders are ours: a run that loses them never claims the report folder.
        touch_report_lease(ctx.report_dir(), ctx.run_id, lease_s)
        handoff.renew(ctx, table)  # remote staging: the run's objects are in use
        try:
            yield
        finally:
            handoff.drop_local_copies(ctx, table)  # remote staging: no copy stays on this worker
    if lease_s is not None:
        touch_report_lease(ctx.report_dir(), ctx.run_id, lease_s)  # renewed at the end of each task


def _in_run_dirs(stage, *, shared: bool = False):  # noqa: ANN001, ANN202
    @functools.wraps(stage)
    def run(ctx: RunContext, table: TableConfig, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        with holding_run_dirs(ctx, table.name, shared=shared):
            try:
                return stage(ctx, table, *args, **kwargs)
            except Exception as exc:
                if is_safe_error(exc):
                    raise
                # A library's bare `KeyError` or `ArrowInvalid` says neither where nor (safely) what:
                # name the store, table and stage; the message itself may quote a cell.
                raise withheld(exc, f"{ctx.pipeline.name}.{table.name}: {stage.__name__.lstrip('_')}") from None

    return run


@contextlib.contextmanager
def naming_rows(where: str, batch: pa.RecordBatch, key: str, offset: int) -> Iterator[None]:
    """A library error while one batch is handled names that batch's rows and keys, never a value."""
    try:
        yield
    except Exception as exc:
        if is_safe_error(exc):
            raise
        span = f"rows {offset + 1}-{offset + batch.num_rows}"
        if key in batch.schema.names and batch.num_rows:
            keys = batch.column(key)
            span += f" (keys {keys[0].as_py()} to {keys[-1].as_py()})"
        raise withheld(exc, f"{where}, {span}") from None


def sweep_abandoned_runs(ctx: RunContext) -> list[Path]:
    """Remove the store's staging and `_publish` folders of other runs that no live process holds:
    what a killed run left (its raw extract is personal data). This run's own folders stay: an
    Airflow retry reuses the run id and overwrites them, and a later task of the run needs them."""
    own = ctx.staging_dir("_").parent.name  # the run id as a folder name
    staging_store = ctx.staging_dir("_").parent.parent
    publish_store = ctx.layout.publish_staging(ctx.pipeline.name, "_", ctx.run_id).parent.parent
    runs = [d for d in _subdirs(staging_store) if d.name != own]
    folders = [t for r in runs for t in _subdirs(r)]
    folders += [r for t in _subdirs(publish_store) for r in _subdirs(t) if r.name != own]
    removed = sweep_abandoned(folders)
    for parent in {f.parent for f in removed} | set(runs):
        with contextlib.suppress(OSError):
            parent.rmdir()  # another run's (or a table's) folder, once nothing is left in it
    # Reports of runs that are over without a report: their decisions and partial findings.
    reports_store = ctx.report_dir().parent
    removed += sweep_report_leftovers(d for d in _subdirs(reports_store) if d.name != ctx.report_dir().name)
    for folder in removed:
        log.info("removed %s: left by a run that is no longer alive", folder)
    return removed


def _subdirs(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir() and not p.is_symlink())
    except (FileNotFoundError, NotADirectoryError):
        return []


# ---------------------------------------------------------------- extract
def extract(ctx: RunContext, table: TableConfig) -> ExtractRef:
    """Read the interval's rows from the store into a private staging file.

    Rows that cannot be represented go to quarantine; rows already published under another load
    date, and older versions of a key read twice, are counted as de-duplicated. First, folders that
    killed runs of the store left behind are removed.
    """
    from pii_pipeline.sources import SqlSource

    started = time.monotonic()
    deid = deidentifier(ctx, table)  # a missing or wrong key fails the run before anything is read or written
    sweep_abandoned_runs(ctx)
    handoff.sweep_abandoned_objects(ctx)
    source = SqlSource(ctx.pipeline.store, name=ctx.pipeline.name)
    try:
        return _extract(ctx, table, deid, source, started)
    finally:
        source.engine.dispose()  # its pooled connections, not left to the garbage collector


@_in_run_dirs
def _extract(ctx: RunContext, table: TableConfig, deid, source, started: float) -> ExtractRef:  # noqa: ANN001
    from pii_pipeline.sinks.quarantine import QuarantineWriter
    from pii_pipeline.sources.connection import with_retries

    from .incremental import LatestVersions, check_schema, published_elsewhere, state_of

    since = ctx.interval.start - ctx.pipeline.lookback if ctx.interval.start is not None else None
    schema = source.schema(table.name)
    # A policy override naming a column the table does not have would silently not apply.
    deid.policy.check_columns(ctx.pipeline.name, table.name, schema.names, source=source.describe())
    state = state_of(ctx, table.name)
    check_schema(
        state,
        schema,
        store=ctx.pipeline.name,
        table=table.name,
        allow_evolution=ctx.pipeline.allow_schema_evolution,
    )
    elsewhere = published_elsewhere(state, ctx.load_date)
    key_is_unique = source.is_unique_key(table.name, table.primary_key)
    raw_path = ctx.staging_dir(table.name) / "raw.arrow"
    quarantine_path = ctx.layout.quarantine_file(ctx.pipeline.name, table.name, ctx.load_date, ctx.run_id)

    def attempt() -> dict:
        # One attempt reads the whole interval; a connection lost mid-read restarts it from scratch.
        # Rejected rows stream to the quarantine file: nothing here grows with the rows read.
        # The reader does not retry itself (`retry=False`): this is the one retry loop around the
        # read, so a store that is down gets `retries + 1` attempts, not that number squared.
        counts: dict = {"read": 0, "dedup": 0, "max_wm": None, "reasons": {}}
        quarantine = QuarantineWriter(quarantine_path, schema.names)
        versions = None if key_is_unique else LatestVersions()

        def batches():  # noqa: ANN202
            for batch, rejects in source.read(table, since=since, until=ctx.interval.end, retry=False):
                counts["read"] += batch.num_rows + len(rejects)
                quarantine.write(rejects)
                for r in rejects:
                    reason = f"{r.reason}:{r.column}"
                    counts["reasons"][reason] = counts["reasons"].get(reason, 0) + 1
                if len(elsewhere):
                    keep = ~elsewhere.contains(batch.column(table.primary_key), batch.column(table.watermark))
                    counts["dedup"] += batch.num_rows - int(keep.sum())
                    batch = batch.filter(pa.array(keep))
                if versions is not None:
                    versions.add(batch.column(table.primary_key), batch.column(table.watermark))
                if batch.num_rows:
                    wm = pc.max(batch.column(table.watermark)).as_py()
                    counts["max_wm"] = wm if counts["max_wm"] is None else max(wm, counts["max_wm"])
                yield batch

        try:
            write_ipc(raw_path, schema, batches())
        except BaseException:
            quarantine.discard()
            raise
        if versions is not None and versions.rows:
            counts["dedup"] += _drop_superseded(raw_path, schema, versions.keep_mask())
        counts["quarantined"] = quarantine.rows
        counts["quarantine"] = quarantine.publish()
        return counts

    counts = with_retries(
        f"{ctx.pipeline.name}: extract {table.name}",
        attempt,
        retries=ctx.pipeline.store.retries,
        backoff_s=ctx.pipeline.store.retry_backoff_s,
    )
    # Cut into chunks of whole batches (each detected and de-identified on its own, on any worker).
    chunks = [
        ChunkRef(table.name, plan.index, plan.offset, plan.rows, handoff.hand_off(ctx, table.name, path))
        for plan, path in split_ipc(raw_path, table.chunk_rows)
    ]
    ref = ExtractRef(
        table=table.name,
        raw_path=chunks[0].raw_path,
        rows_read=counts["read"],
        rows_deduplicated=counts["dedup"],
        rows_quarantined=counts["quarantined"],
        quarantine_reasons=counts["reasons"],
        quarantine_path=str(counts["quarantine"]) if counts["quarantine"] else None,
        max_watermark=str(counts["max_wm"]) if counts["max_wm"] is not None else None,
        seconds=time.monotonic() - started,
        chunks=[c.to_dict() for c in chunks],
    )
    log.info(
        "extract %s.%s: read %d, quarantined %d, de-duplicated %d; %d chunk(s)",
        ctx.pipeline.name,
        table.name,
        ref.rows_read,
        ref.rows_quarantined,
        ref.rows_deduplicated,
        len(chunks),
    )
    return ref


def _drop_superseded(raw_path: Path, schema: pa.Schema, keep: np.ndarray) -> int:
    """For sources whose key is not unique: keep each key's latest version only (a second pass)."""
    _, batches = read_ipc(raw_path)
    offset = 0

    def filtered():  # noqa: ANN202
        nonlocal offset
        for batch in batches:
            mine = keep[offset : offset + batch.num_rows]
            offset += batch.num_rows
            yield batch.filter(pa.array(mine))

    tmp = raw_path.with_name("dedup.arrow")
    write_ipc(tmp, schema, filtered())
    tmp.replace(raw_path)
    return len(keep) - int(keep.sum())


# ---------------------------------------------------------------- detect
def decisions_to_json(decisions: list[ColumnDecision]) -> list[dict]:
    return [
        {
            "column": d.column,
            "kind": d.kind.value,
            "entity_types": d.entity_types,
            "sample_size": d.sample_size,
            "match_share": round(d.match_share, 4),
            "score": round(d.score, 4),
            "pinned": d.pinned,
            "reason": d.reason,
        }
        for d in decisions
    ]


def decisions_from_json(items: list[dict]) -> list[ColumnDecision]:
    return [
        ColumnDecision(
            i["column"],
            ColumnKind(i["kind"]),
            list(i["entity_types"]),
            i["sample_size"],
            i["match_share"],
            i["score"],
            i["pinned"],
            i["reason"],
        )
        for i in items
    ]


def text_detector(ctx: RunContext):  # noqa: ANN201
    from pii_pipeline.detection.text import TextDetector

    det = ctx.pipeline.detection
    return TextDetector(model_name=det.model, score_threshold=det.score_threshold, processes=det.processes)


def _local(ctx: RunContext, table: str, stem: str, chunk: ChunkRef, ref: str) -> Path:
    """This task's copy of one of a chunk's staged files (downloaded when staging is remote)."""
    name = chunk_file_name(stem, chunk.index, ".arrow")
    return handoff.take(ctx, table, ref, ctx.staging_dir(table) / name)


@_in_run_dirs
def classify(ctx: RunContext, table: TableConfig, extracted: ExtractRef, detector=None) -> ExtractRef:  # noqa: ANN001
    """Decide the columns' kinds once for the table and run, on a sample of its first rows (the same
    rows however the extract is cut): every chunk applies these decisions. Returns the extract's
    reference with the decisions' path (its chunks' too)."""
    from pii_pipeline.detection.columns import classify_columns
    from pii_pipeline.review import TableReview

    review = TableReview.for_table(ctx.pipeline.reviewed_decisions, table.name)  # a bad file fails before scanning
    detector = detector or text_detector(ctx)
    chunks = extracted.chunk_refs()
    size = ctx.pipeline.detection.sample_size
    sample = sample_ipc((_local(ctx, table.name, "raw", c, c.raw_path) for c in chunks), size)
    decisions = classify_columns(table, sample, detector, sample_size=size)
    decisions = review.decisions(decisions)  # reviewed pins, before de-identification reads them
    report_dir = private_dir(ctx.layout.run_report_dir(ctx.pipeline.name, ctx.run_id))
    decisions_path = report_dir / f"decisions-{table.name}.json"
    decisions_path.write_text(json.dumps(decisions_to_json(decisions), indent=2), encoding="utf-8")
    review.write(report_dir)  # the pins applied; the chunks' counts of ignored findings are added later
    chunk_dicts = [replace(c, decisions_path=str(decisions_path)).to_dict() for c in chunks]
    return replace(extracted, decisions_path=str(decisions_path), chunks=chunk_dicts)


def _public_part(ctx: RunContext, table: str, index: int) -> Path:
    return ctx.report_dir() / f".findings-{table}.{index:05d}.partial"


def _ignored_part(ctx: RunContext, table: str, index: int) -> Path:
    return ctx.report_dir() / f".reviewed-{table}.{index:05d}.tmp"


@functools.partial(_in_run_dirs, shared=True)  # chunks of one run run at once on several workers
def detect_chunk(ctx: RunContext, table: TableConfig, chunk: ChunkRef, detector=None) -> ChunkRef:  # noqa: ANN001
    """Find every personal value of one chunk with the table's column decisions; findings carry no values."""
    from pii_pipeline.detection.table_scan import BATCH_FINDINGS_SCHEMA, scan_batch
    from pii_pipeline.review import TableReview
    from pii_pipeline.review.evidence import EVIDENCE_SCHEMA, with_evidence

    started = time.monotonic()
    review = TableReview.for_table(ctx.pipeline.reviewed_decisions, table.name)
    detector = detector or text_detector(ctx)
    decisions = decisions_from_json(json.loads(Path(chunk.decisions_path).read_text(encoding="utf-8")))
    raw = _local(ctx, table.name, "raw", chunk, chunk.raw_path)
    private_dir(ctx.report_dir())
    _, batches = read_ipc(raw)
    counter = {"findings": 0}
    public: list[pa.RecordBatch] = []
    where = f"{ctx.pipeline.name}.{table.name}: detect"

    def findings():  # noqa: ANN202
        offset = chunk.offset
        label = f"{where} chunk {chunk.index}" if chunk.index else where
        with progress(label, total=chunk.rows) as meter:
            for batch in batches:
                meter.advance(batch.num_rows)
                with naming_rows(where, batch, table.primary_key, offset):
                    found = scan(batch)
                offset += batch.num_rows
                yield found

    def scan(batch: pa.RecordBatch) -> pa.RecordBatch:
        found = scan_batch(batch, decisions, detector)
        # Reviewed allow-lists drop findings; the rest get masked evidence and a report-domain hash.
        found, masked, hashes = review.screen(batch, found)
        counter["findings"] += found.num_rows
        public.append(one_batch(with_evidence(public_findings(table, batch, found), masked, hashes), EVIDENCE_SCHEMA))
        return one_batch(found, BATCH_FINDINGS_SCHEMA)

    findings_path = ctx.staging_dir(table.name) / chunk_file_name("findings", chunk.index, ".arrow")
    write_ipc(findings_path, BATCH_FINDINGS_SCHEMA, findings())
    # The report's share (masked evidence, hashes, no value), joined with the other chunks' by `gather_detect`.
    write_ipc(_public_part(ctx, table.name, chunk.index), EVIDENCE_SCHEMA, public)
    ignored = [[list(key), n] for key, n in review.ignored.items()]
    _ignored_part(ctx, table.name, chunk.index).write_text(json.dumps(ignored), encoding="utf-8")
    return replace(
        chunk,
        findings_path=handoff.hand_off(ctx, table.name, findings_path),
        findings=counter["findings"],
        detect_seconds=(seconds := time.monotonic() - started),
        seconds=seconds,
    )


@_in_run_dirs
def gather_detect(ctx: RunContext, table: TableConfig, chunks: list[ChunkRef]) -> None:
    """Join the chunks' report shares: the table's findings file and the counts of findings the
    reviewed decisions ignored. Done already (a retry) when the joined files are there and no share."""
    from pii_pipeline.review import TableReview
    from pii_pipeline.review.apply import count_ignored, read_applied, write_applied
    from pii_pipeline.review.evidence import EVIDENCE_SCHEMA
    from pii_pipeline.sinks import StagedParquetFile

    report_dir = ctx.report_dir()
    final = report_dir / f"findings-{table.name}.parquet"
    parts = [_public_part(ctx, table.name, c.index) for c in chunks]
    if final.exists() and not any(p.exists() for p in parts):
        return
    missing = [c.index for c, p in zip(chunks, parts, strict=True) if not p.exists()]
    if missing:
        raise PipelineError(f"{ctx.pipeline.name}.{table.name}: the findings of chunk(s) {missing} are gone")
    public = StagedParquetFile(report_dir / f".findings-{table.name}.partial", EVIDENCE_SCHEMA)
    for batch in chain_ipc(parts):
        public.write(batch)
    public.publish(final)
    ignored: Counter[tuple] = Counter()
    for c in chunks:
        path = _ignored_part(ctx, table.name, c.index)
        if path.exists():
            for key, n in json.loads(path.read_text(encoding="utf-8")):
                ignored[tuple(key)] += n
    review = TableReview.for_table(ctx.pipeline.reviewed_decisions, table.name)
    applied = read_applied(report_dir, table.name) or []
    write_applied(report_dir, table.name, count_ignored(applied, ignored, table.name, review.reviewed))
    for c, part in zip(chunks, parts, strict=True):
        part.unlink(missing_ok=True)
        _ignored_part(ctx, table.name, c.index).unlink(missing_ok=True)


@_in_run_dirs
def detect(ctx: RunContext, table: TableConfig, extracted: ExtractRef, detector=None) -> DetectRef:  # noqa: ANN001
    """Classify the columns on a sample, then find every personal value, chunk by chunk; findings carry no values."""
    started = time.monotonic()
    detector = detector or text_detector(ctx)
    if not extracted.decisions_path:
        extracted = classify(ctx, table, extracted, detector)
    chunks = [detect_chunk(ctx, table, c, detector) for c in extracted.chunk_refs()]
    gather_detect(ctx, table, chunks)
    return DetectRef(
        table=table.name,
        decisions_path=extracted.decisions_path,
        findings_path=chunks[0].findings_path,
        findings=sum(c.findings for c in chunks),
        seconds=time.monotonic() - started,
        chunks=[c.to_dict() for c in chunks],
    )


def one_batch(table: pa.Table, schema: pa.Schema) -> pa.RecordBatch:
    """A table as exactly one record batch (staging files line up batch for batch), without a detour
    through Python objects."""
    batches = table.cast(schema).combine_chunks().to_batches()
    return batches[0] if batches else pa.RecordBatch.from_pylist([], schema=schema)


def public_findings(table: TableConfig, batch: pa.RecordBatch, found: pa.Table) -> pa.Table:
    """Findings for the report: the row's key instead of its position; still no value."""
    keys = pc.take(pc.cast(batch.column(table.primary_key), pa.string()), found.column("row"))
    return pa.table(
        {
            "table": pa.array([table.name] * found.num_rows, pa.string()),
            "column": found.column("column"),
            "row_key": keys,
            "entity_type": found.column("entity_type"),
            "start": found.column("start"),
            "end": found.column("end"),
            "score": found.column("score"),
            "recognizer": found.column("recognizer"),
            "reason": found.column("reason"),
        },
        schema=FINDINGS_SCHEMA,
    )


def load_decisions(ref: DetectRef) -> list[ColumnDecision]:
    return decisions_from_json(json.loads(Path(ref.decisions_path).read_text(encoding="utf-8")))


# ---------------------------------------------------------------- de-identify
def deidentifier(ctx: RunContext, table: TableConfig):  # noqa: ANN201
    """Policy and keys, checked before anything is written: a missing key fails the run (closed)."""
    from pii_pipeline.deid.engine import Deidentifier
    from pii_pipeline.deid.policy import load_policy

    from .keys import pipeline_keyring

    policy = load_policy(ctx.pipeline.policy)
    return Deidentifier(policy, pipeline_keyring(), store=ctx.pipeline.name, table=table.name)


@functools.partial(_in_run_dirs, shared=True)  # chunks of one run run at once on several workers
def deidentify_chunk(ctx: RunContext, table: TableConfig, chunk: ChunkRef, *, share: bool = True) -> ChunkRef:
    """Apply the policy to one chunk, batch by batch, into a staged Arrow file of its own.

    `share`: hand the file on through the staging store (a task on another worker joins the chunks);
    otherwise its reference is this process's local copy.
    """
    from .apply import apply_batch, output_schema
    from .protect import suppressor

    started = time.monotonic()
    deid = deidentifier(ctx, table)
    suppress = suppressor(ctx)  # erased people's tokens: replaced (or their rows dropped) in every run
    decisions = decisions_from_json(json.loads(Path(chunk.decisions_path).read_text(encoding="utf-8")))
    schema, batches = read_ipc(_local(ctx, table.name, "raw", chunk, chunk.raw_path))
    _, finding_batches = read_ipc(_local(ctx, table.name, "findings", chunk, chunk.findings_path))
    out_schema = output_schema(schema, decisions, deid)
    rows = {"written": 0}
    where = f"{ctx.pipeline.name}.{table.name}: deidentify"

    def deidentified():  # noqa: ANN202
        offset = chunk.offset
        for batch, found in zip(batches, finding_batches, strict=True):
            with naming_rows(where, batch, table.primary_key, offset):
                out = suppress.apply(apply_batch(batch, found, decisions, deid, out_schema))
            rows["written"] += out.num_rows
            offset += batch.num_rows
            yield out
            failpoint("deidentify.mid_write")

    part = ctx.staging_dir(table.name) / chunk_file_name("deid", chunk.index, ".arrow")
    write_ipc(part, out_schema, deidentified())
    return replace(
        chunk,
        staged_path=handoff.hand_off(ctx, table.name, part) if share else str(part),
        rows_written=rows["written"],
        rows_erased=suppress.rows_dropped,
        cells_erased=suppress.cells,
        deidentify_seconds=(seconds := time.monotonic() - started),
        seconds=seconds,
    )


@_in_run_dirs
def assemble(
    ctx: RunContext, table: TableConfig, extracted: ExtractRef, chunks: list[ChunkRef], *, share: bool = False
) -> DeidRef:
    """Join the de-identified chunks, in row order, into the staged partition next to the dataset;
    then the partition-wide steps (k-anonymity, the data dictionary). Every chunk of the extract must
    be there and account for each of its rows; `share` hands the partition on through the staging store."""
    from pii_pipeline.sinks import StagedParquetFile

    from .protect import finish_partition

    started = time.monotonic()
    chunks = sorted(chunks, key=lambda c: c.index)
    expected = extracted.chunk_refs()
    if [(c.index, c.offset, c.rows) for c in chunks] != [(c.index, c.offset, c.rows) for c in expected]:
        raise AccountingError(
            f"{ctx.pipeline.name}.{table.name}: the de-identified chunks {[c.index for c in chunks]} are not "
            f"the extract's {[c.index for c in expected]}; nothing published"
        )
    for c in chunks:
        if c.rows_written + c.rows_erased != c.rows:
            raise AccountingError(
                f"{ctx.pipeline.name}.{table.name}: chunk {c.index} holds {c.rows} rows but wrote {c.rows_written} "
                f"and erased {c.rows_erased}; nothing published"
            )
    deid = deidentifier(ctx, table)
    decisions = decisions_from_json(json.loads(Path(chunks[0].decisions_path).read_text(encoding="utf-8")))
    parts = [_local(ctx, table.name, "deid", c, c.staged_path) for c in chunks]
    staged_path = ctx.layout.publish_staging(ctx.pipeline.name, table.name, ctx.run_id) / "data.parquet"
    staged = StagedParquetFile(staged_path, ipc_schema(parts[0]))
    try:
        for batch in chain_ipc(parts):
            staged.write(batch)  # one row group per batch, as without chunks
    finally:
        staged.close()
    privacy = finish_partition(ctx, table, staged_path)
    if share:
        handoff.hand_off_beside(ctx, table.name, staged_path.parent / "_schema.json")  # the data dictionary
    operators = {d.column: ops for d in decisions if (ops := column_operators(d, deid))}
    return DeidRef(
        table=table.name,
        staged_path=handoff.hand_off(ctx, table.name, staged_path) if share else str(staged_path),
        rows_written=staged.rows,
        operators=operators,
        seconds=time.monotonic() - started + sum(c.deidentify_seconds for c in chunks),
        rows_erased=sum(c.rows_erased for c in chunks),
        cells_erased=sum(c.cells_erased for c in chunks),
        privacy=privacy,
    )


@_in_run_dirs
def deidentify(ctx: RunContext, table: TableConfig, extracted: ExtractRef, detected: DetectRef) -> DeidRef:
    """Apply the policy chunk by chunk, then join the chunks into a staged Parquet file next to the dataset."""
    if detected.chunks:
        chunks = [ChunkRef.from_dict(c) for c in detected.chunks]
    else:  # a reference made without chunks: the extract is one
        (only,) = extracted.chunk_refs()
        chunks = [replace(only, decisions_path=detected.decisions_path, findings_path=detected.findings_path)]
    parts = [deidentify_chunk(ctx, table, c, share=False) for c in chunks]
    return assemble(ctx, table, extracted, parts, share=True)


# ---------------------------------------------------------------- publish
def _publish(
    ctx: RunContext,
    table: TableConfig,
    extracted: ExtractRef,
    deidentified: DeidRef,
    detector=None,  # noqa: ANN001
) -> PublishRef:
    """Check the counts, run the leak gate, then replace the partition in one atomic step."""
    from pii_pipeline.sinks.parquet import fsync_dir

    from .incremental import commit_state, manifest_name, row_identity, state_of, write_keys
    from .leak_gate import scan_output
    from .protect import publish_dictionary, resuppress

    started = time.monotonic()
    publish_dir = ctx.layout.publish_staging(ctx.pipeline.name, table.name, ctx.run_id)
    staged = handoff.take(ctx, table.name, deidentified.staged_path, publish_dir / "data.parquet")
    if staged.parent != publish_dir:
        # References arrive through XCom: publish only, and remove only, this run's own staged file.
        raise PipelineError(f"{ctx.pipeline.name}.{table.name}: the staged file is not in this run's folder")
    resuppress(ctx, staged, deidentified)  # people erased while this run was de-identifying
    accounted = (
        deidentified.rows_written
        + extracted.rows_quarantined
        + extracted.rows_deduplicated
        + deidentified.rows_erased  # rows of people on the suppression list with --drop-rows
    )
    if accounted != extracted.rows_read:
        raise AccountingError(
            f"{ctx.pipeline.name}.{table.name}: read {extracted.rows_read} rows but written "
            f"{deidentified.rows_written} + quarantined {extracted.rows_quarantined} + de-duplicated "
            f"{extracted.rows_deduplicated} = {accounted}; nothing published"
        )
    leaks = scan_output(ctx, table, staged, detector=detector)
    state = state_of(ctx, table.name)
    if leaks:
        leak_name = f"leaks-{ctx.load_date.isoformat()}.json"
        state.write_json(leak_name, leaks)
        leak_path = state.where(leak_name)
        staged.unlink(missing_ok=True)  # pragma: no mutate (it exists: the gate has just read it)
        handoff.drop(ctx, table.name, staged.name)  # remote staging: the refused partition's object too
        where = ", ".join(f"{x['column']}[{x['row_key']}]={x['entity_type']}" for x in leaks[:10])
        raise LeakGateError(
            f"{ctx.pipeline.name}.{table.name}: {len(leaks)} personal value(s) remain after de-identification "
            f"({where}{', …' if len(leaks) > 10 else ''}); partition not published; details in {leak_path}"
        )
    # Keys first, then the partition, then the state that describes it: a kill between steps leaves
    # a state that the retry of the same interval overwrites with the same bytes.
    failpoint("publish.before")
    raws = [_local(ctx, table.name, "raw", c, c.raw_path) for c in extracted.chunk_refs()]
    schema = ipc_schema(raws[0])
    identities = (row_identity(b, table.primary_key, table.watermark) for b in chain_ipc(raws))
    write_keys(state, ctx.load_date, identities)
    failpoint("publish.after_keys")
    final = ctx.layout.partition_file(ctx.pipeline.name, table.name, ctx.load_date)
    final.parent.mkdir(parents=True, exist_ok=True)
    staged.replace(final)
    fsync_dir(final.parent)
    handoff.fetch_beside(ctx, table.name, staged.parent / "_schema.json")
    publish_dictionary(ctx, table, staged.parent)  # _schema.json beside the partitions, for analysts
    failpoint("publish.after_replace")
    manifest = {
        "store": ctx.pipeline.name,
        "table": table.name,
        "run_id": ctx.run_id,
        "interval": ctx.interval.to_dict(),
        "load_date": ctx.load_date.isoformat(),
        "rows_read": extracted.rows_read,
        "rows_written": deidentified.rows_written,
        "rows_quarantined": extracted.rows_quarantined,
        "rows_deduplicated": extracted.rows_deduplicated,
        "quarantine_reasons": extracted.quarantine_reasons,
        "max_watermark": extracted.max_watermark,
        "rows_erased": deidentified.rows_erased,
        "cells_erased": deidentified.cells_erased,
        "privacy": deidentified.privacy,
        "leak_gate": "passed",
        "partition": str(final.relative_to(ctx.layout.root)),
    }
    commit_state(state, schema, manifest)
    manifest_path = state.where(manifest_name(ctx.load_date.isoformat()))
    shutil.rmtree(ctx.staging_dir(table.name), ignore_errors=True)
    shutil.rmtree(publish_dir, ignore_errors=True)  # only its lock file is left
    handoff.discard(ctx, table.name)  # remote staging: the run's objects of this table, wherever it ran
    failpoint("publish.after_state")
    return PublishRef(
        table=table.name,
        partition_path=str(final),
        rows_read=extracted.rows_read,
        rows_written=deidentified.rows_written,
        rows_quarantined=extracted.rows_quarantined,
        rows_deduplicated=extracted.rows_deduplicated,
        leak_findings=0,
        leak_gate="passed",
        manifest_path=manifest_path,
        seconds=time.monotonic() - started,
    )


# Wrapped here rather than decorated: mutmut (`make mutation`) leaves decorated functions unmutated.
publish = _in_run_dirs(_publish)
