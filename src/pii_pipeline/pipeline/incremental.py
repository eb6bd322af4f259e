"""Incremental bookkeeping per table: published keys, the last schema, the committed watermark.

A row is identified by (primary key, watermark). A row already published under another load date
is skipped (counted as de-duplicated), so a late row picked up by the look-back window appears once,
and re-running an interval replaces exactly that interval's partition.

Memory: the state that must span a whole table (identities published before, each key's latest
version) is kept as fixed-width numpy and Arrow columns of 128-bit digests, 16 to 40 bytes a row,
not as Python sets and dicts of strings; keys are written to their file batch by batch.

State goes through the table's state store (`pii_pipeline.sinks.state_store`): a local folder, as a
`Path` here still means, or a shared fsspec store (`output.state`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from hashlib import blake2b
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pii_pipeline.sinks.state_store import LocalStateStore, StateStore, table_state
from pii_pipeline.sources import SchemaChangedError

from .context import RunContext

KEYS_SCHEMA = pa.schema([("key", pa.string()), ("watermark", pa.string())])


KEYS = "keys"


def keys_name(load_date: date) -> str:
    return f"{KEYS}/load_date={load_date.isoformat()}.parquet"


def keys_dir(state_dir: Path) -> Path:
    return state_dir / KEYS


def keys_file(state_dir: Path, load_date: date) -> Path:
    return state_dir / keys_name(load_date)


def state_of(ctx: RunContext, table: str) -> StateStore:
    """The table's state store; a remote one seals row keys with the run's key ring."""
    from .keys import pipeline_keyring

    return table_state(ctx.pipeline.output, ctx.pipeline.name, table, keys=pipeline_keyring)


def _store(state: StateStore | Path) -> StateStore:
    return LocalStateStore(state) if isinstance(state, Path) else state


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


def published_elsewhere(state: StateStore | Path, load_date: date) -> IdentitySet:
    """Identities published under any other load date, read file by file and batch by batch."""
    store = _store(state)
    own = keys_name(load_date).rsplit("/", 1)[-1]
    parts = []
    for name in store.list(KEYS, ".parquet"):
        if name == own:
            continue
        # No pre-buffering: it would keep every byte read until the file is done. A remote file is a
        # private local copy for the block's length.
        with store.read_file(f"{KEYS}/{name}") as path, pq.ParquetFile(path, pre_buffer=False) as parquet:
            batches = parquet.iter_batches(columns=["key", "watermark"])
            parts += [digests(b.column("key"), b.column("watermark")) for b in batches]
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


def write_keys(state: StateStore | Path, load_date: date, identities: Iterable[pa.Table]) -> str:
    """Write the partition's row identities as they come (one table a batch), then move into place."""

    def write(tmp: Path) -> None:
        with pq.ParquetWriter(tmp, KEYS_SCHEMA, compression="zstd") as writer:
            for table in identities:
                if table.num_rows:
                    writer.write_table(table)

    return _store(state).write_file(keys_name(load_date), write)


def schema_signature(schema: pa.Schema) -> dict[str, str]:
    return {f.name: str(f.type) for f in schema}


def check_schema(state: StateStore | Path, schema: pa.Schema, *, store: str, table: str, allow_evolution: bool) -> None:
    """Stop when the source's columns changed since the last published run, unless allowed."""
    if allow_evolution:
        return
    before = _store(state).read_json("schema.json")
    if not isinstance(before, dict):
        return
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


def manifest_name(load_date: str) -> str:
    return f"manifest-{load_date}.json"


def commit_state(state: StateStore | Path, schema: pa.Schema, manifest: dict) -> None:
    """Schema, manifest and high watermark, written after the partition they describe.

    Runs of different intervals commit into one state at once: each document is replaced in one step,
    and watermark.json is a versioned compare-and-swap (a lock locally, create-only writes remotely).
    """
    store = _store(state)
    store.write_json("schema.json", schema_signature(schema))
    store.write_json(manifest_name(manifest["load_date"]), manifest)

    def advance(current: dict) -> dict:
        high = max(filter(None, [current.get("high_watermark"), manifest.get("max_watermark")]), default=None)
        published = dict(current.get("published") or {})
        published[manifest["load_date"]] = {"run_id": manifest["run_id"], "max_watermark": manifest["max_watermark"]}
        return {"high_watermark": high, "last_run_id": manifest["run_id"], "published": published}

    store.update_json("watermark.json", advance)
