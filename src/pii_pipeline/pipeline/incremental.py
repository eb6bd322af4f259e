"""Incremental bookkeeping per table: published keys, the last schema, the committed watermark.

A row is identified by (primary key, watermark). A row already published under another load date
is skipped (counted as de-duplicated), so a late row picked up by the look-back window appears once,
and re-running an interval replaces exactly that interval's partition.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from pii_pipeline.sources import SchemaChangedError

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


def published_elsewhere(state_dir: Path, load_date: date) -> set[tuple[str, str]]:
    """(key, watermark) pairs published under any other load date."""
    folder = keys_dir(state_dir)
    if not folder.exists():
        return set()
    own = keys_file(state_dir, load_date).name
    files = [str(p) for p in sorted(folder.glob("*.parquet")) if p.name != own]
    if not files:
        return set()
    table = ds.dataset(files, format="parquet", schema=KEYS_SCHEMA).to_table()
    return set(zip(table.column("key").to_pylist(), table.column("watermark").to_pylist(), strict=True))


def write_keys(state_dir: Path, load_date: date, identities: list[pa.Table]) -> Path:
    path = keys_file(state_dir, load_date)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    table = pa.concat_tables(identities) if identities else KEYS_SCHEMA.empty_table()
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
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
    """Schema, manifest and high watermark, written after the partition they describe."""
    for name, content in (
        ("schema.json", schema_signature(schema)),
        (f"manifest-{manifest['load_date']}.json", manifest),
    ):
        tmp = state_dir / f".{name}.partial"
        tmp.write_text(json.dumps(content, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, state_dir / name)
    watermark_path = state_dir / "watermark.json"
    current = json.loads(watermark_path.read_text(encoding="utf-8")) if watermark_path.exists() else {}
    high = max(filter(None, [current.get("high_watermark"), manifest.get("max_watermark")]), default=None)
    tmp = state_dir / ".watermark.json.partial"
    tmp.write_text(json.dumps({"high_watermark": high, "last_run_id": manifest["run_id"]}, indent=2), encoding="utf-8")
    os.replace(tmp, watermark_path)
