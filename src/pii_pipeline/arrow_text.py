"""Which Arrow columns can carry text, and reading any of them as plain UTF-8 strings.

Every column whose values can hold a sentence is scanned, whatever its Arrow type: strings of every
width (`large_string`, `string_view`), bytes (`binary`, `large_binary`, `binary_view`,
`fixed_size_binary`, decoded as UTF-8), dictionary-encoded strings (a pandas `Categorical`), and
nested values (lists, structs, maps) with a text leaf anywhere inside. Numbers, booleans, dates,
times, durations and decimals carry no text and stay as they are. A type that is neither (a union
with a text member, a run-end-encoded column) fails the run naming the column: it is never called clean.

The sources turn every text-carrying column into `string` before detection, and it is published as
`string`. Nested values become their JSON text: rewriting the leaves of a list or struct in place
would need every detector and operator to work on offsets per leaf; as JSON, a value is one text
that detection, de-identification and the leak gate already handle, and analysts can still parse it
(DuckDB `json_extract`, `pd.json_normalize`). Bytes are published as the text they decode to.
A cell that is not valid UTF-8 is reported by row, for quarantine; its value is never shown.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pyarrow as pa
import pyarrow.compute as pc

from pii_pipeline.errors import PiiPipelineError

INVALID_UTF8 = "invalid_utf8"


class UnscannableColumnError(PiiPipelineError, ValueError):
    """A column whose Arrow type may carry text the pipeline cannot read: never published unscanned."""


def _storage(typ: pa.DataType) -> pa.DataType | None:
    """The storage type of an extension type (None for a UUID, which holds no text)."""
    if isinstance(typ, pa.UuidType):
        return None
    return typ.storage_type


def _is_binary_like(typ: pa.DataType) -> bool:
    return (
        pa.types.is_binary(typ)
        or pa.types.is_large_binary(typ)
        or pa.types.is_binary_view(typ)
        or pa.types.is_fixed_size_binary(typ)
    )


def _is_string_like(typ: pa.DataType) -> bool:
    return pa.types.is_string(typ) or pa.types.is_large_string(typ) or pa.types.is_string_view(typ)


def _children(typ: pa.DataType) -> list[pa.DataType] | None:
    """The value types inside a list, struct or map; None for a type that is not one of those."""
    if (
        pa.types.is_list(typ)
        or pa.types.is_large_list(typ)
        or pa.types.is_fixed_size_list(typ)
        or pa.types.is_list_view(typ)
        or pa.types.is_large_list_view(typ)
    ):
        return [typ.value_type]
    if pa.types.is_struct(typ):
        return [typ.field(i).type for i in range(typ.num_fields)]
    if pa.types.is_map(typ):
        return [typ.key_type, typ.item_type]
    return None


def _is_inert_leaf(typ: pa.DataType) -> bool:
    return (
        pa.types.is_null(typ)
        or pa.types.is_boolean(typ)
        or pa.types.is_integer(typ)
        or pa.types.is_floating(typ)
        or pa.types.is_decimal(typ)
        or pa.types.is_temporal(typ)  # dates, times, timestamps, durations, intervals
    )


def kind(typ: pa.DataType) -> str:
    """`text` (can carry text; read with `to_text`), `inert` (cannot), or `unscannable`."""
    if isinstance(typ, pa.BaseExtensionType):
        storage = _storage(typ)
        return "inert" if storage is None else kind(storage)
    if _is_string_like(typ) or _is_binary_like(typ):
        return "text"
    if _is_inert_leaf(typ):
        return "inert"
    if pa.types.is_dictionary(typ):
        return kind(typ.value_type)
    children = _children(typ)
    if children is not None:
        kinds = {kind(c) for c in children}
        if "unscannable" in kinds:
            return "unscannable"
        return "text" if "text" in kinds else "inert"
    return "unscannable"


def carries_text(typ: pa.DataType) -> bool:
    return kind(typ) == "text"


def check_field(field: pa.Field, where: str) -> None:
    if kind(field.type) == "unscannable":
        raise UnscannableColumnError(
            f"{where}: column {field.name} has type {field.type}, which the pipeline cannot scan for personal "
            "data; cast it to a supported type (text, bytes, numbers, dates, lists or structs of those) or "
            "leave it out of the source"
        )


def text_schema(schema: pa.Schema, where: str) -> pa.Schema:
    """The schema as detection sees it and analysts get it: every text-carrying column is `string`."""
    fields = []
    for field in schema:
        check_field(field, where)
        fields.append(field.with_type(pa.string()) if carries_text(field.type) else field)
    return pa.schema(fields, metadata=schema.metadata)


def to_text(array: pa.Array | pa.ChunkedArray, *, replace: bool = False) -> tuple[pa.Array, list[int]]:
    """The cells as a `string` array, and the rows whose bytes are not valid UTF-8 (null in the result;
    with `replace=True` they are decoded with U+FFFD instead, for a scan that must see every row)."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    typ = array.type
    if isinstance(typ, pa.BaseExtensionType):
        return to_text(array.storage, replace=replace)
    if pa.types.is_dictionary(typ):
        return to_text(array.dictionary_decode(), replace=replace)
    if _is_string_like(typ):
        return (array if pa.types.is_string(typ) else pc.cast(array, pa.string())), []
    if _is_binary_like(typ):
        return _decode(array if pa.types.is_binary(typ) else pc.cast(array, pa.binary()), replace)
    if _children(typ) is not None:
        return _as_json(array, replace)
    raise TypeError(f"{typ} does not carry text")


def _decode(array: pa.Array, replace: bool) -> tuple[pa.Array, list[int]]:
    try:
        return pc.cast(array, pa.string()), []  # validates UTF-8: the fast path for a clean column
    except pa.ArrowInvalid:
        pass
    out: list[str | None] = []
    bad: list[int] = []
    for row, value in enumerate(array.to_pylist()):
        if value is None:
            out.append(None)
            continue
        try:
            out.append(value.decode("utf-8"))
        except UnicodeDecodeError:
            bad.append(row)
            out.append(value.decode("utf-8", errors="replace") if replace else None)
    return pa.array(out, pa.string()), bad


class _Undecodable(Exception):
    pass


def _json_default(replace: bool):  # noqa: ANN202
    def default(value: object) -> object:
        if isinstance(value, bytes):
            try:
                return value.decode("utf-8")
            except UnicodeDecodeError:
                if replace:
                    return value.decode("utf-8", errors="replace")
                raise _Undecodable from None
        if isinstance(value, datetime | date | time):
            return value.isoformat()
        if isinstance(value, timedelta):
            return value.total_seconds()
        if isinstance(value, Decimal):
            return str(value)
        return str(value)  # an interval or another scalar without a JSON form

    return default


def _as_json(array: pa.Array, replace: bool) -> tuple[pa.Array, list[int]]:
    """Nested cells as JSON text (maps as lists of [key, value] pairs), so what is inside is scanned."""
    default = _json_default(replace)
    out: list[str | None] = []
    bad: list[int] = []
    for row, value in enumerate(array.to_pylist()):
        if value is None:
            out.append(None)
            continue
        try:
            out.append(json.dumps(value, ensure_ascii=False, default=default))
        except _Undecodable:
            bad.append(row)
            out.append(None)
    return pa.array(out, pa.string()), bad


def text_batch(batch: pa.RecordBatch, schema: pa.Schema) -> tuple[pa.RecordBatch, dict[int, str]]:
    """`batch` in `schema` (from `text_schema`): text-carrying columns read as `string`. Also the rows
    with a cell that is not valid UTF-8, each with the first such column (those cells are null)."""
    arrays = []
    bad: dict[int, str] = {}
    for field, array in zip(schema, batch.columns, strict=True):
        if array.type == field.type:
            arrays.append(array)
            continue
        text, invalid = to_text(array)
        for row in invalid:
            bad.setdefault(row, field.name)
        arrays.append(text)
    return pa.RecordBatch.from_arrays(arrays, schema=schema), bad
