"""Incremental bookkeeping per table: published keys, the last schema, the committed watermark.

A row is identified by (primary key, watermark). A row already published under another load date
is skipped (counted as de-duplicated), so a late row picked up by the look-back window appears once,
and re-running an interval replaces exactly that interval's partition.

Memory: the state that must span a whole table (identities published before, each key's latest
version) is kept as fixed-width numpy and Arrow columns of 128-bit digests, 16 to 40 bytes a row,
not as Python sets and dicts of strings; keys are written to their file batch by batch.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from datetime import date
from hashlib import blake2b
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pii_pipeline.sources import SchemaChangedError

from .staging import update_json, write_json_atomic

KEYS_SCHEMA = pa.schema([("key", pa.string()), ("watermark", pa.string())])


def keys_dir(state_dir: Path) -> Path:
    return state_dir / "keys"


def keys_file(state_dir: Path, load_date: date) -> Path:
    return keys_dir(state_dir) / f"load_date={load_date.isoformat()}.parquet"


def row_identity(batch: pa.RecordBatch | pa.Table, key: str, watermark: str) -> pa.Table:
    return pa.table(
        {"key": pc.cast(batch.column(key), pa.string()), "watermark": pc.cast(batch.column(watermark), pa.string())},
        schema=KEYS_SCHEMA,
    )


# A 128-bit digest as two unsigned 64-bit words: numpy sorts and binary-searches it as one value.
DIGEST = np.dtype([("hi", "<u8"), ("lo", "<u8")])
_SEPARATOR = "\x1f"  # the unit separator: cannot make ("a", "bc") and ("ab", "c") one text
_NULL = "\x00"


def digests(*columns: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Per row, a BLAKE2b-128 digest of the row's values (as text). Two different rows share a digest
    with probability about 2^-128: none will, however many rows a table has."""
    texts = [pc.fill_null(pc.cast(c, pa.string()), _NULL) for c in columns]
    joined = pc.binary_join_element_wise(*texts, _SEPARATOR) if len(texts) > 1 else texts[0]
    raw = b"".join([blake2b(t.encode("utf-8", "surrogatepass"), digest_size=16).digest() for t in joined.to_pylist()])
    return np.frombuffer(raw, dtype=DIGEST)


class IdentitySet:
    """(key, watermark) identities as sorted digests: 16 bytes a row, searched a batch at a time."""

    def __init__(self, values: np.ndarray | None = None) -> None:
        self._sorted = np.unique(values) if values is not None else np.empty(0, dtype=DIGEST)

    def __len__(self) -> int:
        return len(self._sorted)

    def contains(self, keys: pa.Array, watermarks: pa.Array) -> np.ndarray:
        """Per row, whether its (key, watermark) is in the set."""
        if not len(self._sorted):
            return np.zeros(len(keys), dtype=bool)
        wanted = digests(keys, watermarks)
        at = np.minimum(np.searchsorted(self._sorted, wanted), len(self._sorted) - 1)
        return self._sorted[at] == wanted


def published_elsewhere(state_dir: Path, load_date: date) -> IdentitySet:
    """Identities published under any other load date, read file by file and batch by batch."""
    folder = keys_dir(state_dir)
    if not folder.exists():
        return IdentitySet()
    own = keys_file(state_dir, load_date).name
    parts = [
        digests(batch.column("key"), batch.column("watermark"))
        for path in sorted(folder.glob("*.parquet"))
        if path.name != own
        # No pre-buffering: it would keep every byte read until the file is done.
        for batch in pq.ParquetFile(path, pre_buffer=False).iter_batches(columns=["key", "watermark"])
    ]
    return IdentitySet(np.concatenate(parts)) if parts else IdentitySet()


class LatestVersions:
    """For a source whose key is not unique: which rows hold each key's latest version.

    Rows are added in the order they are written (positions count those rows); per row only its key's
    digest, its watermark and its position are kept, and one sort at the end picks per key the row with
    the highest watermark (the first such row on a tie).
    """

    def __init__(self) -> None:
        self._parts: list[pa.Table] = []
        self.rows = 0

    def add(self, keys: pa.Array, watermarks: pa.Array) -> None:
        key = digests(keys)
        positions = np.arange(self.rows, self.rows + len(keys), dtype=np.int64)
        self.rows += len(keys)
        self._parts.append(pa.table({"hi": key["hi"], "lo": key["lo"], "wm": watermarks, "pos": positions}))

    def keep_mask(self) -> np.ndarray:
        """Per added row, whether it is its key's latest version."""
        keep = np.zeros(self.rows, dtype=bool)
        if not self.rows:
            return keep
        table = pa.concat_tables(self._parts).sort_by(
            [("hi", "ascending"), ("lo", "ascending"), ("wm", "descending"), ("pos", "ascending")]
        )
        self._parts = []
        hi, lo = table.column("hi").to_numpy(), table.column("lo").to_numpy()
        first = np.ones(len(hi), dtype=bool)
        first[1:] = (hi[1:] != hi[:-1]) | (lo[1:] != lo[:-1])
        keep[table.column("pos").to_numpy()[first]] = True
        return keep


def write_keys(state_dir: Path, load_date: date, identities: Iterable[pa.Table]) -> Path:
    """Write the partition's row identities as they come (one table a batch), then move into place."""
    path = keys_file(state_dir, load_date)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A temporary name of its own: two runs of one interval may publish at once (same bytes, either wins).
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    os.close(fd)
    tmp = Path(name)
    try:
        with pq.ParquetWriter(tmp, KEYS_SCHEMA, compression="zstd") as writer:
            for table in identities:
                if table.num_rows:
                    writer.write_table(table)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def schema_signature(schema: pa.Schema) -> dict[str, str]:
    return {f.name: str(f.type) for f in schema}


def check_schema(state_dir: Path, schema: pa.Schema, *, store: str, table: str, allow_evolution: bool) -> None:
    """Stop when the source's columns changed since the last published run, unless allowed."""
    path = state_dir / "schema.json"
    if not path.exists() or allow_evolution:
        return
    before = json.loads(path.read_text(encoding="utf-8"))
    now = schema_signature(schema)
    added = sorted(set(now) - set(before))
    dropped = sorted(set(before) - set(now))
    retyped = sorted(c for c in set(now) & set(before) if now[c] != before[c])
    if added or dropped or retyped:
        parts = [
            f"{label}: {', '.join(cols)}"
            for label, cols in (("added", added), ("dropped", dropped), ("retyped", retyped))
            if cols
        ]
        raise SchemaChangedError(
            f"{store}.{table}: source schema changed since the last run ({'; '.join(parts)}); "
            "review the change, then set allow_schema_evolution: true in the pipeline file or pin the new columns"
        )


def commit_state(state_dir: Path, schema: pa.Schema, manifest: dict) -> None:
    """Schema, manifest and high watermark, written after the partition they describe.

    Runs of different intervals commit into one state folder at once: each file goes through a
    temporary name of its own, and watermark.json is a versioned read-modify-write under a lock.
    """
    write_json_atomic(state_dir / "schema.json", schema_signature(schema))
    write_json_atomic(state_dir / f"manifest-{manifest['load_date']}.json", manifest)

    def advance(current: dict) -> dict:
        high = max(filter(None, [current.get("high_watermark"), manifest.get("max_watermark")]), default=None)
        published = dict(current.get("published") or {})
        published[manifest["load_date"]] = {"run_id": manifest["run_id"], "max_watermark": manifest["max_watermark"]}
        return {"high_watermark": high, "last_run_id": manifest["run_id"], "published": published}

    update_json(state_dir / "watermark.json", advance)
