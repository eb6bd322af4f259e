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
        return {"base64": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, str):
        try:
            value.encode()
            return value
        except UnicodeEncodeError:  # undecodable bytes kept exactly, for repair
            return {"base64": base64.b64encode(value.encode(errors="surrogateescape")).decode()}
    return str(value)


def _row_json(columns: Sequence[str], row: tuple) -> str:
    """The row by column name; a row that does not line up with the columns (a ragged CSV row, a
    JSON line that does not parse) as its list of fields, as read."""
    if len(row) == len(columns):
        # strict= only for the linter: the lengths were just compared.
        return json.dumps(dict(zip(columns, map(_jsonable, row), strict=True)))  # pragma: no mutate
    return json.dumps({"fields": list(map(_jsonable, row))})


def _rows(columns: Sequence[str], rejects: Sequence) -> pa.Table:  # noqa: ANN001
    return pa.table(
        {
            "row_key": [r.row_key for r in rejects],
            "column": [r.column for r in rejects],
            "reason": [r.reason for r in rejects],
            "row_json": [_row_json(columns, r.row) for r in rejects],
        },
        schema=QUARANTINE_SCHEMA,
    )


_CODEC = "zstd"  # pragma: no mutate (pyarrow reads codec names in any case: "ZSTD" is the same codec)


class QuarantineWriter:
    """Streams rejected rows (sources.convert.Reject) into a private staging file as they come, so a
    source full of bad rows costs no memory; `publish` moves the file into place, or removes the
    previous one when there were no rejects."""

    def __init__(self, path: Path, columns: Sequence[str], *, private_parents: int = 3) -> None:
        self.path = path
        self.columns = list(columns)
        # How many folders above the file are made owner-only: the quarantine tree's own folders
        # (3 under `output/quarantine/`); 0 next to a `redact` output, a folder that is not ours.
        self.private_parents = private_parents
        self.rows = 0
        self._tmp = path.with_name(path.name + ".partial")
        self._writer: pq.ParquetWriter | None = None

    def write(self, rejects: Sequence) -> None:  # noqa: ANN001
        if not rejects:
            return
        if self._writer is None:
            self._open()
        assert self._writer is not None
        self._writer.write_table(_rows(self.columns, rejects))
        self.rows += len(rejects)

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        for parent in self.path.parents[: self.private_parents]:
            os.chmod(parent, 0o700)
        # Owner-only from the first byte: the file holds raw values.
        # The chmod below sets the same mode before any byte is written: the mode here only narrows the window.
        fd = os.open(self._tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # pragma: no mutate
        os.close(fd)
        os.chmod(self._tmp, 0o600)
        # No column statistics: min/max would copy raw values into the footer a second time.
        self._writer = pq.ParquetWriter(self._tmp, QUARANTINE_SCHEMA, compression=_CODEC, write_statistics=False)

    def publish(self) -> Path | None:
        """The quarantine file, or None (and no file) when nothing was rejected."""
        if self._writer is None:
            self.path.unlink(missing_ok=True)
            return None
        self._writer.close()
        self._writer = None
        os.replace(self._tmp, self.path)
        return self.path

    def discard(self) -> None:
        """Drop what a failed attempt wrote."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._tmp.unlink(missing_ok=True)


def write_quarantine(path: Path, columns: Sequence[str], rejects: Sequence) -> Path | None:  # noqa: ANN001
    """Write rejected rows (sources.convert.Reject) to `path`; None when there are none."""
    writer = QuarantineWriter(path, columns)
    writer.write(rejects)
    return writer.publish()
