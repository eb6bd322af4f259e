"""What the de-identification stage does for people's rights and re-identification risk, kept out of
`stages.py`: the suppression list (erased people stay erased in every later run and re-run) and the
quasi-identifier step (typed generalisation and k-anonymity) over the staged partition, and the data
dictionary (`_schema.json`) staged with the partition and published next to it."""

from __future__ import annotations

from pathlib import Path

from pii_pipeline.config import TableConfig
from pii_pipeline.rights.suppression import Suppressor

from .context import RunContext


def suppressor(ctx: RunContext) -> Suppressor:
    """The output root's suppression list; empty (a no-op) when nobody was erased."""
    return Suppressor.for_root(ctx.layout.root)


def finish_partition(ctx: RunContext, table: TableConfig, staged_path: Path) -> dict:
    """Quasi-identifiers of the staged partition generalised until it meets the table's min_k; the
    measures for the manifest and report ({} when the table declares none)."""
    from pii_pipeline.privacy.enforce import enforce_file

    privacy = enforce_file(staged_path, table, ctx.load_date)
    stage_dictionary(ctx, table, staged_path, privacy)
    return privacy


def stage_dictionary(ctx: RunContext, table: TableConfig, staged_path: Path, privacy: dict) -> None:
    """The table's data dictionary, staged beside the partition (published with it) and written into
    the partition's field metadata."""
    import json

    import pyarrow.parquet as pq

    from pii_pipeline.privacy.dictionary import FILE_NAME, annotate, build, write

    from .apply import column_operators
    from .stages import decisions_from_json, deidentifier

    decisions_path = ctx.layout.run_report_dir(ctx.pipeline.name, ctx.run_id) / f"decisions-{table.name}.json"
    decisions = json.loads(decisions_path.read_text(encoding="utf-8")) if decisions_path.exists() else []
    deid = deidentifier(ctx, table)
    operators = {d.column: ops for d in decisions_from_json(decisions) if (ops := column_operators(d, deid))}
    doc = build(ctx.pipeline.name, table.name, pq.read_schema(staged_path), decisions, operators, privacy)
    write(staged_path.parent / FILE_NAME, doc)
    annotate(staged_path, doc)  # the same, as Parquet field metadata


def publish_dictionary(ctx: RunContext, table: TableConfig, staged_dir: Path) -> None:
    """Move the staged dictionary next to the table's partitions and refresh the HTML page."""
    import json

    from pii_pipeline.privacy.dictionary import FILE_NAME, publish

    staged = staged_dir / FILE_NAME
    if staged.exists():
        doc = json.loads(staged.read_text(encoding="utf-8"))
        publish(doc, ctx.layout.dataset(ctx.pipeline.name, table.name), ctx.layout.root)
        staged.unlink()


def resuppress(ctx: RunContext, staged_path: Path, deidentified) -> None:  # noqa: ANN001 - refs.DeidRef
    """Apply the suppression list again just before publishing: a person erased while this run was
    de-identifying is not published by it. The staged file is rewritten only if it holds one of the
    tokens; rows dropped here move from `rows_written` to `rows_erased` of `deidentified`."""
    import pyarrow.parquet as pq

    from pii_pipeline.sinks import write_parquet

    suppress = suppressor(ctx)
    if not suppress or not _holds_any(staged_path, suppress):
        return
    pf = pq.ParquetFile(staged_path, pre_buffer=False)
    try:
        batches = (suppress.apply(batch) for batch in pf.iter_batches(batch_size=65_536))
        write_parquet(staged_path, batches, pf.schema_arrow, tag="resuppress")
    finally:
        pf.close()
    deidentified.rows_written -= suppress.rows_dropped
    deidentified.rows_erased += suppress.rows_dropped
    deidentified.cells_erased += suppress.cells


def _holds_any(path: Path, suppress: Suppressor) -> bool:
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from pii_pipeline.rights.matching import text_columns

    pf = pq.ParquetFile(path, pre_buffer=False)
    try:
        names = text_columns(pf.schema_arrow)
        if not names:
            return False
        for batch in pf.iter_batches(batch_size=65_536, columns=names):
            for column in batch.columns:
                for matcher in (suppress.replace, suppress.drop):
                    if matcher and pc.any(matcher.mask(column)).as_py():
                        return True
        return False
    finally:
        pf.close()
