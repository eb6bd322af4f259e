"""Mapping database column types onto Arrow types, so clean columns keep their exact values and every
column that can carry text is read as text (see `pii_pipeline.arrow_text`)."""

from __future__ import annotations

import pyarrow as pa
import sqlalchemy as sa


def arrow_type_for(sql_type: sa.types.TypeEngine) -> pa.DataType:
    # Order matters: Boolean and Date are subclasses of Integer/DateTime in some dialects.
    if isinstance(sql_type, sa.Boolean):
        return pa.bool_()
    if isinstance(sql_type, sa.Integer):
        return pa.int64()
    if isinstance(sql_type, sa.Numeric) and not isinstance(sql_type, sa.Float):
        precision = sql_type.precision or 38
        scale = sql_type.scale if sql_type.scale is not None else 9
        return pa.decimal128(min(precision, 38), scale)
    if isinstance(sql_type, sa.Float):
        return pa.float64()
    if isinstance(sql_type, sa.DateTime):
        return pa.timestamp("us")
    if isinstance(sql_type, sa.Date):
        return pa.date32()
    # Everything else can carry text, bytes included (BLOB, bytea, VARBINARY): read as UTF-8 text
    # (a cell that is not valid UTF-8 is quarantined), so it is scanned and published as text.
    # Arrays and JSON documents arrive as Python lists and dicts and become their JSON text.
    return pa.string()


def schema_for(table: sa.Table) -> pa.Schema:
    return pa.schema([pa.field(c.name, arrow_type_for(c.type)) for c in table.columns])
