"""Reading a table from a file (CSV, Parquet, JSON lines) for `pii-pipeline redact`.

Like the SQL reader, a file is read in batches, each with the rows that cannot be processed (for
quarantine): a cell that is not valid UTF-8, a cell over `max_cell_bytes`, a CSV row with the wrong
number of fields, a JSON line that does not parse. A row is named by where it is in the file ("line
18" of a CSV or JSON-lines file, "row 4" of a Parquet file), never by a value. Every column that can
carry text is read as `string` (`pii_pipeline.arrow_text`): bytes decoded, nested values as JSON.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pii_pipeline import arrow_text

from .convert import Reject
from .errors import SourceError

SUPPORTED_SUFFIXES = (".csv", ".parquet", ".jsonl", ".ndjson")
DEFAULT_MAX_CELL_BYTES = 1_000_000  # spaCy reads at most a million characters at once
RAGGED_ROW = "ragged_row"
INVALID_JSON = "invalid_json"
DUPLICATE_KEY = "duplicate_key"
CELL_TOO_LARGE = "cell_too_large"
WHOLE_ROW = ""  # the column of a reject that concerns the whole row

# The csv module refuses fields over 128 KiB; a large cell must be read to be quarantined.
csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))

# One raw batch: the cells, where each row is in the file, and the rows already set aside.
_Raw = tuple[pa.RecordBatch, list[str], list[Reject]]


class UnreadableFileError(SourceError):
    """The file as a whole cannot be read (not the format its name says, a bad header)."""


def read_file(
    path: Path, batch_size: int = 10_000, max_cell_bytes: int = DEFAULT_MAX_CELL_BYTES
) -> tuple[pa.Schema, Iterator[tuple[pa.RecordBatch, list[Reject]]]]:
    """The schema as detection sees it, and the file's rows in batches (file order), each batch with
    the rows set aside for quarantine."""
    raw_schema, raw = _open(path, batch_size)
    _check_names(path, raw_schema)
    schema = arrow_text.text_schema(raw_schema, str(path))

    def batches() -> Iterator[tuple[pa.RecordBatch, list[Reject]]]:
        for batch, where, rejects in raw:
            yield _screen(batch, where, rejects, schema, max_cell_bytes)

    return schema, batches()


def read_file_batches(path: Path, batch_size: int = 10_000) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    """The file's batches; a row that cannot be processed raises (use `read_file` to quarantine it)."""
    schema, batches = read_file(path, batch_size)

    def strict() -> Iterator[pa.RecordBatch]:
        for batch, rejects in batches:
            if rejects:
                r = rejects[0]
                raise SourceError(f"{path}: {r.row_key}, column {r.column or '(row)'}: {r.reason}")
            yield batch

    return schema, strict()


def _check_names(path: Path, schema: pa.Schema) -> None:
    duplicates = [name for name, n in Counter(schema.names).items() if n > 1]
    if duplicates:
        raise UnreadableFileError(
            f"{path}: duplicate column name {', '.join(map(repr, duplicates))}; every column needs its own name"
        )


def _open(path: Path, batch_size: int) -> tuple[pa.Schema, Iterator[_Raw]]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return _read_parquet(path, batch_size)
    if suffix == ".csv":
        return _read_csv(path, batch_size)
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(path, batch_size)
    raise UnreadableFileError(f"{path}: unsupported file type {suffix!r}; use one of {', '.join(SUPPORTED_SUFFIXES)}")


# ---------------------------------------------------------------- screening a batch
def _screen(
    batch: pa.RecordBatch, where: list[str], rejects: list[Reject], schema: pa.Schema, max_cell_bytes: int
) -> tuple[pa.RecordBatch, list[Reject]]:
    """Text columns read as `string`; rows with an undecodable or oversized cell set aside."""
    text, invalid = arrow_text.text_batch(batch, schema)
    bad = {row: (column, arrow_text.INVALID_UTF8) for row, column in invalid.items()}
    for field, column in zip(schema, text.columns, strict=True):
        if pa.types.is_string(field.type):
            too_large = pc.fill_null(pc.greater(pc.binary_length(column), max_cell_bytes), False)
            for row in pc.indices_nonzero(too_large).to_pylist():
                bad.setdefault(row, (field.name, CELL_TOO_LARGE))
    if not bad:
        return text, rejects
    rows = sorted(bad)
    found = [Reject(where[r], bad[r][0], bad[r][1], _raw_row(batch, r)) for r in rows]
    keep = pa.array([r not in bad for r in range(batch.num_rows)])
    # Rejects in file order: those set aside while reading (ragged rows) and these, merged by position.
    merged = sorted(rejects + found, key=lambda r: _position(r.row_key))
    return text.filter(keep), merged


def _position(row_key: str) -> int:
    return int(row_key.rsplit(" ", 1)[-1])


def _raw_row(batch: pa.RecordBatch, row: int) -> tuple:
    """One row's cells as read, for the quarantine file only (valid UTF-8 bytes shown as text)."""
    values = []
    for value in batch.slice(row, 1).to_pylist()[0].values():
        if isinstance(value, bytes):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                pass  # kept as bytes: the quarantine writes them as base64
        values.append(value)
    return tuple(values)


# ---------------------------------------------------------------- Parquet
def _read_parquet(path: Path, batch_size: int) -> tuple[pa.Schema, Iterator[_Raw]]:
    try:
        pf = pq.ParquetFile(path, pre_buffer=False)
    except (pa.ArrowException, OSError) as exc:
        raise UnreadableFileError(f"{path}: not a readable Parquet file ({type(exc).__name__})") from None

    def batches() -> Iterator[_Raw]:
        offset = 0
        iterator = pf.iter_batches(batch_size=batch_size)
        while True:
            try:
                batch = next(iterator)
            except StopIteration:
                return
            except (pa.ArrowException, OSError) as exc:
                raise UnreadableFileError(
                    f"{path}: rows after row {offset}: unreadable Parquet data ({type(exc).__name__})"
                ) from None
            yield batch, [f"row {offset + i + 1}" for i in range(batch.num_rows)], []
            offset += batch.num_rows

    return pf.schema_arrow, batches()


# ---------------------------------------------------------------- CSV
def _read_csv(path: Path, batch_size: int) -> tuple[pa.Schema, Iterator[_Raw]]:
    """Every cell as text (inferring types would turn a ZIP code such as 02134 into 2134), read with
    the csv module row by row, so a bad row is set aside with its line number, whatever its size.
    Cells are kept as bytes until screened, so one that is not UTF-8 is caught in its own row."""
    with _open_text(path) as fh:
        try:
            header = next(csv.reader(fh), None)
        except csv.Error:
            raise UnreadableFileError(f"{path}: line 1 (header row) is not valid CSV") from None
    if not header:
        raise UnreadableFileError(f"{path}: empty CSV file (no header row)")
    if not all(_is_utf8(name) for name in header):
        raise UnreadableFileError(f"{path}: line 1 (header row) is not valid UTF-8")
    schema = pa.schema([pa.field(name, pa.binary()) for name in header])

    def batches() -> Iterator[_Raw]:
        with _open_text(path) as fh:
            reader = csv.reader(fh)
            next(reader)
            cells: list[list[bytes]] = [[] for _ in header]
            where: list[str] = []
            rejects: list[Reject] = []
            line = reader.line_num + 1
            while True:
                try:
                    fields = next(reader)
                except StopIteration:
                    break
                except csv.Error:
                    raise SourceError(f"{path}: line {line}: not valid CSV") from None
                start, line = line, reader.line_num + 1
                if not fields:
                    continue  # a blank line is not a row
                if len(fields) != len(header):
                    rejects.append(Reject(f"line {start}", WHOLE_ROW, RAGGED_ROW, tuple(map(_raw_cell, fields))))
                else:
                    for column, value in zip(cells, fields, strict=True):
                        column.append(value.encode("utf-8", "surrogateescape"))
                    where.append(f"line {start}")
                if len(where) + len(rejects) >= batch_size:
                    yield _csv_batch(schema, cells, where, rejects)
                    cells, where, rejects = [[] for _ in header], [], []
            if where or rejects:
                yield _csv_batch(schema, cells, where, rejects)

    return schema, batches()


def _open_text(path: Path):  # noqa: ANN202
    # surrogateescape: bytes that are not UTF-8 survive reading, to be caught in their own row.
    return path.open(newline="", encoding="utf-8-sig", errors="surrogateescape")


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _raw_cell(value: str) -> str | bytes:
    return value if _is_utf8(value) else value.encode("utf-8", "surrogateescape")


def _csv_batch(schema: pa.Schema, cells: list[list[bytes]], where: list[str], rejects: list[Reject]) -> _Raw:
    arrays = [pa.array(column, pa.binary()) for column in cells]
    return pa.RecordBatch.from_arrays(arrays, schema=schema), where, rejects


# ---------------------------------------------------------------- JSON lines
def _records(path: Path, batch_size: int) -> Iterator[tuple[list[dict], list[str], list[Reject]]]:
    """Objects in chunks, with their line numbers; lines that are not a JSON object, or hold text
    that is not UTF-8, set aside."""
    chunk: list[dict] = []
    where: list[str] = []
    rejects: list[Reject] = []
    with path.open("rb") as fh:
        for line_no, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            line = raw.decode("utf-8", "surrogateescape")
            key = f"line {line_no}"
            try:
                record = json.loads(line, object_pairs_hook=_unique_keys)
            except json.JSONDecodeError:
                rejects.append(Reject(key, WHOLE_ROW, INVALID_JSON, (_raw_cell(line.rstrip("\r\n")),)))
                continue
            except _DuplicateKey as dup:
                # json.loads would keep the last of the two values and silently lose the first.
                column = dup.key if _is_utf8(dup.key) else WHOLE_ROW
                rejects.append(Reject(key, column, DUPLICATE_KEY, (_raw_cell(line.rstrip("\r\n")),)))
                continue
            if not isinstance(record, dict):
                rejects.append(Reject(key, WHOLE_ROW, INVALID_JSON, (_raw_cell(line.rstrip("\r\n")),)))
                continue
            undecodable = [k for k, v in record.items() if not _is_utf8(k + json.dumps(v, ensure_ascii=False))]
            if undecodable:
                column = undecodable[0] if _is_utf8(undecodable[0]) else WHOLE_ROW
                rejects.append(Reject(key, column, arrow_text.INVALID_UTF8, (raw.rstrip(b"\r\n"),)))
                continue
            chunk.append(record)
            where.append(key)
            if len(chunk) + len(rejects) >= batch_size:
                yield chunk, where, rejects
                chunk, where, rejects = [], [], []
    if chunk or rejects:
        yield chunk, where, rejects


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    record = dict(pairs)
    if len(record) != len(pairs):
        seen: set[str] = set()
        raise _DuplicateKey(next(k for k, _ in pairs if k in seen or seen.add(k)))
    return record


def _read_jsonl(path: Path, batch_size: int) -> tuple[pa.Schema, Iterator[_Raw]]:
    """JSON lines with the types JSON gives (a string stays a string, even if it looks like a date).

    A first pass unifies the schema over the whole file, a second streams batches in that schema.
    """
    schemas = []
    for chunk, _, _ in _records(path, batch_size):
        if chunk:
            keys = list(dict.fromkeys(key for record in chunk for key in record))  # every key, first-seen order
            schemas.append(pa.Table.from_pylist([{k: r.get(k) for k in keys} for r in chunk]).schema)
    if not schemas:
        raise UnreadableFileError(f"{path}: no records")
    try:
        schema = pa.unify_schemas(schemas, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        raise UnreadableFileError(f"{path}: a key holds values of incompatible types on different lines") from None
    names = schema.names

    def batches() -> Iterator[_Raw]:
        for chunk, where, rejects in _records(path, batch_size):
            rows = [{name: record.get(name) for name in names} for record in chunk]
            try:
                batch = pa.RecordBatch.from_pylist(rows, schema=schema)
            except (pa.ArrowInvalid, pa.ArrowTypeError):
                raise SourceError(f"{path}: {where[0]}-{where[-1]}: values do not fit the file's schema") from None
            yield batch, where, rejects

    return schema, batches()
