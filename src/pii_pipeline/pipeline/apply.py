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


def apply_batch(
    batch: pa.RecordBatch,
    findings: pa.RecordBatch | pa.Table,
    decisions: Sequence[ColumnDecision],
    deid,  # noqa: ANN001 - pii_pipeline.deid.Deidentifier
    schema: pa.Schema,
) -> pa.RecordBatch:
    by_column: dict[str, list[dict]] = defaultdict(list)
    for row in findings.to_pylist():
        by_column[row["column"]].append(row)
    kinds = {d.column: d for d in decisions}
    arrays = []
    for field in schema:
        array = batch.column(field.name)
        column_findings = by_column.get(field.name, [])
        decision = kinds.get(field.name)
        if decision is not None and decision.kind == ColumnKind.IDENTIFIER:
            arrays.append(_identifier(array, column_findings, field, deid))
        elif column_findings:
            arrays.append(_spans(array, column_findings, field.name, deid))
        else:
            arrays.append(array)
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


def _identifier(array: pa.Array, findings: list[dict], field: pa.Field, deid) -> pa.Array:  # noqa: ANN001
    if field.type == array.type and not findings:
        return array
    if field.type != array.type:
        array = as_text(array)
    rows_by_type: dict[str, list[int]] = defaultdict(list)
    for f in findings:
        rows_by_type[f["entity_type"]].append(f["row"])
    if len(rows_by_type) == 1:
        # The common case: one type for the whole column, de-identified in one vectorised call.
        ((entity, rows),) = rows_by_type.items()
        if len(rows) == len(array) - array.null_count:
            out = deid.column(array, field.name, entity)
            return pc.cast(out, field.type) if out.type != field.type else out
    result: list[object] = [None] * len(array)
    if pa.types.is_string(array.type):
        # Cells without a finding (empty strings) stay as they are.
        for i, value in enumerate(array.to_pylist()):
            result[i] = value
    for entity, rows in rows_by_type.items():
        idx = pa.array(rows, pa.int32())
        out = deid.column(pc.take(array, idx), field.name, entity)
        for i, value in zip(rows, out.to_pylist(), strict=True):
            result[i] = value
    return pa.array(result, type=field.type)


def _spans(array: pa.Array, findings: list[dict], column: str, deid) -> pa.Array:  # noqa: ANN001
    spans_by_row: dict[int, list[Span]] = defaultdict(list)
    for f in findings:
        spans_by_row[f["row"]].append(Span(f["entity_type"], f["start"], f["end"], f["score"], f["recognizer"]))
    values = array.to_pylist()
    for row, spans in spans_by_row.items():
        values[row] = deid.text(values[row], spans, column)
    return pa.array(values, type=array.type)
