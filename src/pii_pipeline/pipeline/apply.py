"""Applying the policy to one batch, given that batch's findings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc

from pii_pipeline.types import ColumnDecision, ColumnKind, Span


def output_schema(schema: pa.Schema, decisions: Sequence[ColumnDecision], deid) -> pa.Schema:  # noqa: ANN001
    """The analysts' schema: same column order; identifier columns become text; dropped ones go."""
    by_name = {d.column: d for d in decisions}
    fields = []
    for field in schema:
        decision = by_name.get(field.name)
        if decision is not None and decision.kind == ColumnKind.IDENTIFIER:
            if deid.operator_for(decision.entity_types[0], field.name) == "drop":
                continue
            if deid.operator_for(decision.entity_types[0], field.name) == "keep":
                fields.append(field)
                continue
            fields.append(pa.field(field.name, pa.string()))
        else:
            fields.append(field)
    return pa.schema(fields)


def column_operators(decision: ColumnDecision, deid) -> str:  # noqa: ANN001
    """The policy's operators for a column's entity types, as reports show them; "" for a free-text or
    clean column (its spans are replaced by their own types' operators wherever they turn up)."""
    if decision.kind not in (ColumnKind.IDENTIFIER, ColumnKind.COMPOSITE):
        return ""
    ops = {deid.operator_for(t, decision.column) for t in decision.entity_types}
    if decision.kind == ColumnKind.COMPOSITE:
        ops = {"redact" if op == "drop" else op for op in ops}  # a dropped part of a cell leaves a marker
    return ",".join(sorted(ops))


def apply_batch(
    batch: pa.RecordBatch,
    findings: pa.RecordBatch | pa.Table,
    decisions: Sequence[ColumnDecision],
    deid,  # noqa: ANN001 - pii_pipeline.deid.Deidentifier
    schema: pa.Schema,
) -> pa.RecordBatch:
    findings = findings if isinstance(findings, pa.Table) else pa.Table.from_batches([findings])
    kinds = {d.column: d for d in decisions}
    columns_with_findings = set(pc.unique(findings.column("column")).to_pylist()) if findings.num_rows else set()
    arrays = []
    for field in schema:
        array = batch.column(field.name)
        decision = kinds.get(field.name)
        if field.name not in columns_with_findings and (decision is None or decision.kind != ColumnKind.IDENTIFIER):
            arrays.append(array)
            continue
        mine = findings.filter(pc.equal(findings.column("column"), field.name))
        if decision is not None and decision.kind == ColumnKind.IDENTIFIER:
            arrays.append(_identifier(array, mine, field, deid))
        else:
            arrays.append(_spans(array, mine, field.name, deid))
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def as_text(array: pa.Array) -> pa.Array:
    """Cells as the text a recognizer or tokenizer expects: an SSN stored as 5.36e8 reads 536000000."""
    if pa.types.is_string(array.type):
        return array
    if pa.types.is_large_string(array.type):
        return pc.cast(array, pa.string())
    if pa.types.is_floating(array.type):
        integral = pc.equal(pc.floor(array), array)
        if pc.all(pc.fill_null(integral, True)).as_py():
            return pc.cast(pc.cast(array, pa.int64()), pa.string())
    return pc.cast(array, pa.string())


def _identifier(array: pa.Array, findings: pa.Table, field: pa.Field, deid) -> pa.Array:  # noqa: ANN001
    """Whole cells: each cell with a finding is replaced as its finding's type; others stay."""
    if field.type == array.type and not findings.num_rows:
        return array
    if field.type != array.type:
        array = as_text(array)
    rows = findings.column("row").combine_chunks()
    types = findings.column("entity_type").combine_chunks()
    entities = pc.unique(types).to_pylist()
    if len(entities) == 1 and len(rows) == len(array) - array.null_count:
        # The common case: every cell of one type, de-identified in one vectorised call.
        out = deid.column(array, field.name, entities[0])
        return pc.cast(out, field.type) if out.type != field.type else out
    # Cells without a finding (blank strings) stay as they are.
    values = array.to_pylist() if pa.types.is_string(array.type) else [None] * len(array)
    for entity in entities:
        idx = pc.filter(rows, pc.equal(types, entity))
        out = deid.column(pc.take(array, idx), field.name, entity)
        for i, value in zip(idx.to_pylist(), out.to_pylist(), strict=True):
            values[i] = value
    return pa.array(values, type=field.type)


def _spans(array: pa.Array, findings: pa.Table, column: str, deid) -> pa.Array:  # noqa: ANN001
    spans_by_row: dict[int, list[Span]] = defaultdict(list)
    for f in findings.to_pylist():
        spans_by_row[f["row"]].append(Span(f["entity_type"], f["start"], f["end"], f["score"], f["recognizer"]))
    values = as_text(array).to_pylist() if spans_by_row else array.to_pylist()
    for row, spans in spans_by_row.items():
        values[row] = deid.text(values[row], spans, column)
    return pa.array(values, type=pa.string() if spans_by_row else array.type)
