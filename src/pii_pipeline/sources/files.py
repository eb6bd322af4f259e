"""Reading a table from a file (CSV, Parquet, JSON lines) for `pii-pipeline redact`."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq

from .errors import SourceError

SUPPORTED_SUFFIXES = (".csv", ".parquet", ".jsonl", ".ndjson")


def read_file_batches(path: Path, batch_size: int = 10_000) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    """The file's schema and its rows in batches, in file order.

    CSV cells are read as text: inferring types would turn a ZIP code such as 02134 into 2134 and
    change cells that must come out unchanged.
    """
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        pf = pq.ParquetFile(path)
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
        table = pajson.read_json(path)
        return table.schema, iter(table.to_batches(max_chunksize=batch_size))
    raise SourceError(f"{path}: unsupported file type {suffix!r}; use one of {', '.join(SUPPORTED_SUFFIXES)}")


def _rebatch(reader: pacsv.CSVStreamingReader, batch_size: int) -> Iterator[pa.RecordBatch]:
    for batch in reader:
        for offset in range(0, batch.num_rows, batch_size):
            yield batch.slice(offset, batch_size)
