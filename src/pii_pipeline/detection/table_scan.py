"""Scanning one record batch according to its column decisions.

Identifier columns: every non-null cell is one personal value; the scan only decides its type
(a phone that turns up in an email column is still a phone). Free-text columns: personal spans
inside sentences. Clean text columns: only high-precision structured types, so a stray SSN in a
memo-like column is caught without the NER model calling team names people.
Each distinct value is analysed once per batch.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc

from pii_pipeline.types import ColumnDecision, ColumnKind, Span

from .columns import covers_value
from .protocol import SpanDetector

# Types whose recognizers rest on formats and checksums; trusted inside columns judged clean.
STRICT_TYPES = frozenset(
    {
        "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "US_ITIN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
        "MAC_ADDRESS", "DEVICE_ID", "ABA_ROUTING_NUMBER",
    }
)  # fmt: skip
STRICT_MIN_SCORE = 0.8

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
    ]
)


class _Rows:
    def __init__(self) -> None:
        self.cols: dict[str, list] = {f.name: [] for f in BATCH_FINDINGS_SCHEMA}

    def add(
        self, row: int, column: str, entity: str, start: int | None, end: int | None, score: float, rec: str
    ) -> None:
        for key, value in zip(self.cols, (row, column, entity, start, end, score, rec), strict=True):
            self.cols[key].append(value)

    def table(self) -> pa.Table:
        return pa.table(self.cols, schema=BATCH_FINDINGS_SCHEMA)


def _distinct(array: pa.Array) -> tuple[list[str | None], pa.Array]:
    """Distinct values and, per row, the index of its value among them."""
    uniques = pc.unique(array)
    return uniques.to_pylist(), pc.index_in(array, value_set=uniques)


def _as_text(array: pa.Array) -> pa.Array:
    if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
        return array
    return pc.cast(array, pa.string())


def scan_batch(
    batch: pa.RecordBatch,
    decisions: Sequence[ColumnDecision],
    detector: SpanDetector,
) -> pa.Table:
    rows = _Rows()
    for decision in decisions:
        if decision.kind == ColumnKind.CLEAN and not (pa.types.is_string(batch.schema.field(decision.column).type)):
            continue
        array = batch.column(decision.column)
        if decision.kind == ColumnKind.IDENTIFIER:
            _scan_identifier(rows, decision, array, detector)
        else:
            _scan_text(rows, decision, array, detector)
    return rows.table()


def _scan_identifier(rows: _Rows, decision: ColumnDecision, array: pa.Array, detector: SpanDetector) -> None:
    primary = decision.entity_types[0]
    text_like = pa.types.is_string(array.type) or pa.types.is_large_string(array.type)
    if not text_like:
        # A date of birth or an age: one type for every cell.
        valid = pc.invert(pc.is_null(array))
        for row in pc.indices_nonzero(valid).to_pylist():
            rows.add(row, decision.column, primary, None, None, float(decision.score or 1.0), "column")
        return
    # Each cell is typed: a contact column mixes phones and emails, and a stray value of another
    # type must be de-identified as what it is.
    values, index = _distinct(array)
    texts = [v if isinstance(v, str) else None for v in values]
    types: list[tuple[str, float, str] | None] = []
    for text, spans in zip(texts, detector.detect(texts, column_hint=decision.column), strict=True):
        if text is None:
            types.append(None)
            continue
        span = covers_value(text, spans)
        if span is not None and (span.entity_type in decision.entity_types or span.entity_type in STRICT_TYPES):
            types.append((span.entity_type, span.score, span.recognizer))
        else:
            types.append((primary, float(decision.score or 1.0), "column"))
    for row, idx in enumerate(index.to_pylist()):
        if idx is None or types[idx] is None:
            continue
        entity, score, rec = types[idx]
        rows.add(row, decision.column, entity, None, None, score, rec)


def _scan_text(rows: _Rows, decision: ColumnDecision, array: pa.Array, detector: SpanDetector) -> None:
    values, index = _distinct(_as_text(array))
    texts = [v if isinstance(v, str) and v.strip() else None for v in values]
    results = detector.detect(texts, column_hint=decision.column)
    clean = decision.kind == ColumnKind.CLEAN
    kept: list[list[Span]] = []
    for spans in results:
        if clean:
            spans = [s for s in spans if s.entity_type in STRICT_TYPES and s.score >= STRICT_MIN_SCORE]
        kept.append(spans)
    for row, idx in enumerate(index.to_pylist()):
        if idx is None:
            continue
        for span in kept[idx]:
            rows.add(row, decision.column, span.entity_type, span.start, span.end, span.score, span.recognizer)
