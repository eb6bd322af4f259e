"""Reading a table from a file (CSV, Parquet, JSON lines) for `pii-pipeline redact`."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .errors import SourceError

SUPPORTED_SUFFIXES = (".csv", ".parquet", ".jsonl", ".ndjson")


def _is_nested(typ: pa.DataType) -> bool:
    return pa.types.is_nested(typ)


def nested_as_json(schema: pa.Schema, batches: Iterator[pa.RecordBatch]) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    """Nested cells (structs, lists, maps) become JSON text, so that what is inside them is scanned."""
    nested = [i for i, f in enumerate(schema) if _is_nested(f.type)]
    if not nested:
        return schema, batches
    out_schema = schema
    for i in nested:
        out_schema = out_schema.set(i, pa.field(schema.field(i).name, pa.string()))

    def convert() -> Iterator[pa.RecordBatch]:
        for batch in batches:
            arrays = list(batch.columns)
            for i in nested:
                arrays[i] = pa.array(
                    [
                        None if v is None else json.dumps(v, ensure_ascii=False, default=str)
                        for v in arrays[i].to_pylist()
                    ],
                    pa.string(),
                )
            yield pa.RecordBatch.from_arrays(arrays, schema=out_schema)

    return out_schema, convert()


def read_file_batches(path: Path, batch_size: int = 10_000) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    schema, batches = _read_file_batches(path, batch_size)
    return nested_as_json(schema, batches)


def _read_file_batches(path: Path, batch_size: int) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    """The file's schema and its rows in batches, in file order.

    CSV cells are read as text: inferring types would turn a ZIP code such as 02134 into 2134 and
    change cells that must come out unchanged.
    """
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        pf = pq.ParquetFile(path, pre_buffer=False)
        return pf.schema_arrow, pf.iter_batches(batch_size=batch_size)
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            header = next(csv.reader(fh), None)
        if not header:
            raise SourceError(f"{path}: empty CSV file (no header row)")
        reader = pacsv.open_csv(
            path,
            read_options=pacsv.ReadOptions(block_size=1 << 22),
            convert_options=pacsv.ConvertOptions(
                column_types={name: pa.string() for name in header}, strings_can_be_null=False
            ),
        )
        return reader.schema, _rebatch(reader, batch_size)
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(path, batch_size)
    raise SourceError(f"{path}: unsupported file type {suffix!r}; use one of {', '.join(SUPPORTED_SUFFIXES)}")


def _jsonl_chunks(path: Path, batch_size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                raise SourceError(f"{path}: line {line_no}: not valid JSON") from None
            if not isinstance(record, dict):
                raise SourceError(f"{path}: line {line_no}: expected a JSON object")
            chunk.append(record)
            if len(chunk) >= batch_size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def _read_jsonl(path: Path, batch_size: int) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    """JSON lines with the types JSON gives (a string stays a string, even if it looks like a date).

    A first pass unifies the schema over the whole file, a second streams batches in that schema.
    """
    schemas = []
    for chunk in _jsonl_chunks(path, batch_size):
        keys = list(dict.fromkeys(key for record in chunk for key in record))  # every key, first-seen order
        schemas.append(pa.Table.from_pylist([{k: r.get(k) for k in keys} for r in chunk]).schema)
    if not schemas:
        raise SourceError(f"{path}: no records")
    schema = pa.unify_schemas(schemas, promote_options="permissive")
    names = schema.names

    def batches() -> Iterator[pa.RecordBatch]:
        for chunk in _jsonl_chunks(path, batch_size):
            rows = [{name: record.get(name) for name in names} for record in chunk]
            yield pa.RecordBatch.from_pylist(rows, schema=schema)

    return schema, batches()


def _rebatch(reader: pacsv.CSVStreamingReader, batch_size: int) -> Iterator[pa.RecordBatch]:
    for batch in reader:
        for offset in range(0, batch.num_rows, batch_size):
            yield batch.slice(offset, batch_size)
