"""Scanning one record batch according to its column decisions.

Identifier columns: every non-null, non-blank cell is one personal value; shapes (RE2 regexes and
checksums over whole arrays) only decide each cell's type, so a phone in an e-mail column is
named a phone. Free-text columns: the text detector finds personal spans inside sentences. Clean
text columns: a vectorised screen picks the few cells that may hold a structured identifier, and
only those reach the recognizers, so a stray SSN in a memo-like column is caught while the NER
model never gets to call team names people. Composite columns (a name, a relation and a phone in
one short cell): one RE2 pass splits the whole column into its parts, and only the cells the split
does not fit reach the text detector. Each distinct text is analysed once per batch.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc

from pii_pipeline.entities import names_where
from pii_pipeline.types import ColumnDecision, ColumnKind, Span

from .protocol import NO_CONTEXT_REASON, SpanDetector
from .shapes import composite_parts, contact_types, screen, type_cells

# Types whose recognizers rest on formats and checksums; trusted inside columns judged clean, at the
# detector's own threshold: a bare SSN or phone with no context word scores below 0.8 and is still
# a personal value (recall first for well-formed identifiers, issue 12.5).
STRICT_TYPES = names_where(strict=True)  # from the entity registry
COMPOSITE_SCORE = 0.9  # a part found by the contact split of a column classified composite

# Internal findings of one batch: `row` is the row's index inside the batch.
BATCH_FINDINGS_SCHEMA = pa.schema(
    [
        pa.field("row", pa.int32(), nullable=False),
        pa.field("column", pa.string(), nullable=False),
        pa.field("entity_type", pa.string(), nullable=False),
        pa.field("start", pa.int32()),
        pa.field("end", pa.int32()),
        pa.field("score", pa.float32(), nullable=False),
        pa.field("recognizer", pa.string(), nullable=False),
        pa.field("reason", pa.string()),
    ]
)


def _is_text(typ: pa.DataType) -> bool:
    return pa.types.is_string(typ) or pa.types.is_large_string(typ)


def scan_batch(batch: pa.RecordBatch, decisions: Sequence[ColumnDecision], detector: SpanDetector) -> pa.Table:
    parts: list[pa.Table] = []
    for decision in decisions:
        array = batch.column(decision.column)
        if decision.kind == ColumnKind.IDENTIFIER:
            parts.append(_scan_identifier(decision, array))
        elif _is_text(array.type):
            parts.append(_scan_text(decision, array, detector))
    parts = [p for p in parts if p.num_rows]
    return pa.concat_tables(parts) if parts else BATCH_FINDINGS_SCHEMA.empty_table()


def _findings(
    rows: pa.Array,
    column: str,
    types: pa.Array,
    score: float,
    recognizer: str,
    span: tuple[pa.Array, pa.Array] | None = None,
    reason: str = "",
) -> pa.Table:
    """Findings of `rows` (batch row numbers) of one column: whole cells, or the given spans of them."""
    n = len(rows)
    start, end = (pa.nulls(n, pa.int32()), pa.nulls(n, pa.int32())) if span is None else span
    return pa.table(
        {
            "row": pc.cast(rows, pa.int32()),
            "column": pa.array([column] * n, pa.string()),
            "entity_type": types,
            "start": pc.cast(start, pa.int32()),
            "end": pc.cast(end, pa.int32()),
            "score": pa.array([score] * n, pa.float32()),
            "recognizer": pa.array([recognizer] * n, pa.string()),
            "reason": pa.array([reason] * n, pa.string()),
        },
        schema=BATCH_FINDINGS_SCHEMA,
    )


def _scan_identifier(decision: ColumnDecision, array: pa.Array) -> pa.Table:
    score = float(decision.score or 1.0)
    # A column typed by its values' format alone (its name says nothing): each finding says so.
    reason = NO_CONTEXT_REASON if decision.reason.endswith(NO_CONTEXT_REASON) else ""
    if not _is_text(array.type):
        # A date of birth or an age: one type for every non-null cell.
        rows = pc.indices_nonzero(pc.is_valid(array))
        types = pa.array([decision.entity_types[0]] * len(rows), pa.string())
        return _findings(rows, decision.column, types, score, "column", reason=reason)
    # Blank cells carry nothing personal and stay as they are.
    rows = pc.indices_nonzero(_non_blank(array))
    values = pc.take(array, rows)
    return _findings(rows, decision.column, type_cells(values, decision.entity_types), score, "column", reason=reason)


def _scan_text(decision: ColumnDecision, array: pa.Array, detector: SpanDetector) -> pa.Table:
    if decision.kind == ColumnKind.COMPOSITE:
        return _scan_composite(decision, array, detector)
    if decision.kind != ColumnKind.CLEAN:
        return _detect_spans(decision, array, None, detector, strict=False)
    candidates = pc.indices_nonzero(screen(array))
    if len(candidates) == 0:
        return BATCH_FINDINGS_SCHEMA.empty_table()
    return _detect_spans(decision, array, candidates, detector, strict=True)


def _scan_composite(decision: ColumnDecision, array: pa.Array, detector: SpanDetector) -> pa.Table:
    """Names, phones and e-mails found by splitting every cell at once; the rest of a cell (brackets,
    relation words, separators) stays. Cells the split does not fit go to the text detector."""
    split = composite_parts(array)
    parts = []
    for part in ("name", "id1", "id2"):
        rows = pc.indices_nonzero(split.present(part))
        if len(rows) == 0:
            continue
        if part == "name":
            types = pa.array(["PERSON"] * len(rows), pa.string())
        else:
            types = contact_types(pc.take(split.texts[part], rows))
        start, end = split.offsets[part]
        span = (pc.take(start, rows), pc.take(end, rows))
        parts.append(_findings(rows, decision.column, types, COMPOSITE_SCORE, "composite", span))
    leftover = pc.indices_nonzero(pc.and_(pc.invert(split.fits), _non_blank(array)))
    if len(leftover):
        parts.append(_detect_spans(decision, array, leftover, detector, strict=False))
    parts = [p for p in parts if p.num_rows]
    return pa.concat_tables(parts) if parts else BATCH_FINDINGS_SCHEMA.empty_table()


def _non_blank(array: pa.Array) -> pa.Array:
    return pc.fill_null(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(array)), 0), False)


def _detect_spans(
    decision: ColumnDecision, array: pa.Array, rows: pa.Array | None, detector: SpanDetector, *, strict: bool
) -> pa.Table:
    """Spans the text detector finds in `rows` of the column (all rows when None); `strict` keeps only
    the format-and-checksum types (at any score the detector reports), for cells of a clean column."""
    if rows is not None:
        array = pc.take(array, rows)
        array_rows = rows.to_pylist()
    else:
        array_rows = None
    uniques = pc.unique(array)
    index = pc.index_in(array, value_set=uniques).to_pylist()
    texts = [v if isinstance(v, str) and v.strip() else None for v in uniques.to_pylist()]
    results = detector.detect(texts, column_hint=decision.column)
    kept: list[list[Span]] = []
    for text, spans in zip(texts, results, strict=True):
        if strict:
            spans = [s for s in spans if s.entity_type in STRICT_TYPES and not _lone_bare_number(text, s)]
        kept.append(spans)
    cols: dict[str, list] = {f.name: [] for f in BATCH_FINDINGS_SCHEMA}
    for position, idx in enumerate(index):
        if idx is None:
            continue
        row = array_rows[position] if array_rows is not None else position
        for span in kept[idx]:
            for key, value in zip(
                cols,
                (
                    row,
                    decision.column,
                    span.entity_type,
                    span.start,
                    span.end,
                    span.score,
                    span.recognizer,
                    span.reason,
                ),
                strict=True,
            ):
                cols[key].append(value)
    return pa.table(cols, schema=BATCH_FINDINGS_SCHEMA)


def _lone_bare_number(text: str | None, span: Span) -> bool:
    """A cell of a clean column that is only a run of digits reported with no context word (nine digits read as an
    SSN or a routing number): the column as a whole was judged not to hold identifiers, and a key or code column
    is full of such cells. A separated or checksummed shape inside longer text is still reported."""
    if text is None or span.reason != NO_CONTEXT_REASON:
        return False
    value = text[span.start : span.end]
    return value.isdigit() and value == text.strip()
