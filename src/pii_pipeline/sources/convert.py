"""Turning fetched rows into an Arrow batch, setting aside rows that cannot be represented.

A row is rejected (for quarantine), not the batch, when one of its cells does not fit the column's
type, is not valid UTF-8, or is larger than the configured limit. A rejection names the row key,
the column and the reason; the raw cell stays in the reject for the quarantine area only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc


@dataclass(frozen=True)
class Reject:
    row_key: str
    column: str
    reason: str  # type_mismatch | invalid_utf8 | cell_too_large
    row: tuple


def _cell_problem(value: object, typ: pa.DataType, max_bytes: int) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            size = len(value.encode("utf-8"))
        except UnicodeEncodeError:
            return "invalid_utf8"
        if size > max_bytes:
            return "cell_too_large"
    elif isinstance(value, bytes | bytearray | memoryview) and len(value) > max_bytes:
        return "cell_too_large"
    try:
        pa.array([value], type=typ)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, ValueError, UnicodeEncodeError):
        return "type_mismatch"
    return None


def _as_text(value: object) -> object:
    """What a text column may hand us besides str: JSON documents, bytes, UUIDs, numbers."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, default=_json_scalar)
    if isinstance(value, bytes | bytearray | memoryview):
        return _decode(value)
    return str(value)


def _decode(value: bytes | bytearray | memoryview) -> str:
    try:
        return bytes(value).decode("utf-8")
    except UnicodeDecodeError:
        return bytes(value).decode("utf-8", errors="surrogateescape")  # rejected as invalid_utf8


def _json_scalar(value: object) -> object:
    """Bytes inside an array or document are text too (undecodable ones are rejected as above)."""
    return _decode(value) if isinstance(value, bytes | bytearray | memoryview) else str(value)


def rows_to_batch(
    rows: Sequence[tuple], schema: pa.Schema, key_index: int, max_cell_bytes: int
) -> tuple[pa.RecordBatch, list[Reject]]:
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    text_fields = [i for i, f in enumerate(schema) if pa.types.is_string(f.type)]
    if rows and text_fields:
        columns = [tuple(map(_as_text, values)) if i in text_fields else values for i, values in enumerate(columns)]
        rows = list(zip(*columns, strict=True))
    bad: dict[int, tuple[str, str]] = {}
    for values, field in zip(columns, schema, strict=True):
        try:
            array = pa.array(values, type=field.type)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, ValueError, UnicodeEncodeError):
            array = None
        if array is not None and (pa.types.is_string(field.type) or pa.types.is_binary(field.type)):
            too_large = pc.greater(pc.binary_length(array), max_cell_bytes)
            for ri in pc.indices_nonzero(pc.fill_null(too_large, False)).to_pylist():
                bad.setdefault(ri, (field.name, "cell_too_large"))
        if array is None:
            # Slow path, only for a batch that failed: find the rows that do not fit.
            for ri, value in enumerate(values):
                problem = _cell_problem(value, field.type, max_cell_bytes)
                if problem:
                    bad.setdefault(ri, (field.name, problem))
    rejects = [
        Reject(str(rows[ri][key_index]), col, reason, tuple(rows[ri])) for ri, (col, reason) in sorted(bad.items())
    ]
    good = [row for ri, row in enumerate(rows) if ri not in bad] if bad else rows
    good_columns = list(zip(*good, strict=True)) if good else [() for _ in schema]
    arrays = [pa.array(list(values), type=field.type) for values, field in zip(good_columns, schema, strict=True)]
    return pa.RecordBatch.from_arrays(arrays, schema=schema), rejects
