"""The quarantine area: rows that could not be processed, with the reason, kept apart from analysts.

It holds raw values by necessity (someone must be able to fix the row), so it lives in its own tree
with owner-only permissions, is never scanned into reports, and is named only by row key and column
in every message.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

QUARANTINE_SCHEMA = pa.schema(
    [
        pa.field("row_key", pa.string(), nullable=False),
        pa.field("column", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("row_json", pa.string(), nullable=False),
    ]
)


def _jsonable(value: object) -> object:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:  # undecodable bytes kept exactly, for repair
            return {"base64": base64.b64encode(value.encode("utf-8", "surrogateescape")).decode("ascii")}
    return str(value)


def write_quarantine(path: Path, columns: Sequence[str], rejects: Sequence) -> Path | None:  # noqa: ANN001
    """Write rejected rows (sources.convert.Reject) to `path`; None when there are none."""
    if not rejects:
        path.unlink(missing_ok=True)
        return None
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    for parent in (path.parent, path.parent.parent, path.parent.parent.parent):
        os.chmod(parent, 0o700)
    rows = {
        "row_key": [r.row_key for r in rejects],
        "column": [r.column for r in rejects],
        "reason": [r.reason for r in rejects],
        "row_json": [json.dumps(dict(zip(columns, map(_jsonable, r.row), strict=True))) for r in rejects],
    }
    tmp = path.with_name(path.name + ".partial")
    pq.write_table(pa.table(rows, schema=QUARANTINE_SCHEMA), tmp, compression="zstd", write_statistics=False)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path
