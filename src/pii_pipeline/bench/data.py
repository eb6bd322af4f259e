"""Benchmark data: seeded stores read into Arrow, and the values planted in them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from pii_pipeline.config import StoreConfig, TableConfig

from .canary import find_planted


@dataclass
class BenchTable:
    name: str
    table: pa.Table
    config: TableConfig
    planted: set[str]
    clean_columns: list[str]


# Columns that must come out unchanged (amounts, dates, categories, counts, ids).
CLEAN = {
    "donations": ["donation_id", "donated_at", "updated_at", "amount", "currency", "campaign", "team_name", "gift_id"],
    "volunteers": ["volunteer_id", "applied_at", "updated_at", "status", "shifts_completed", "hours", "event_date"],
    "tips": ["tip_id", "received_at", "updated_at", "channel", "category", "priority", "case_number"],
}
FREE_TEXT = {"donations": ["memo"], "volunteers": ["notes"], "tips": ["narrative"]}
KEYS = {"donations": "donation_id", "volunteers": "volunteer_id", "tips": "tip_id"}


def load_store(store: str, rows: int, workdir: Path) -> BenchTable:
    """Seed `store` with `rows` rows into SQLite under workdir and read it back as one Arrow table."""
    from pii_pipeline.seeding import seed_store
    from pii_pipeline.sources import SqlSource

    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / f"{store}-{rows}.db"
    url = f"sqlite:///{db}"
    if db.exists():
        db.unlink()
    planted_by_type = seed_store(store, url, rows=rows).planted
    cfg = TableConfig(name=store, primary_key=KEYS[store], watermark="updated_at", free_text=FREE_TEXT[store])
    source = SqlSource(StoreConfig(url=url), name=store)
    table = pa.Table.from_batches(list(source.read_batches(cfg)))
    source.engine.dispose()
    planted = {v for values in planted_by_type.values() for v in values}
    return BenchTable(store, table, cfg, planted, CLEAN[store])


def structured_only(bench: BenchTable) -> BenchTable:
    """The same table without its free-text column: a table of identifiers and clean columns."""
    free = set(bench.config.free_text)
    table = bench.table.drop_columns([c for c in bench.table.column_names if c in free])
    cfg = bench.config.model_copy(update={"free_text": []})
    # Only the values that sit in the remaining cells count as planted.
    planted = find_planted(text_cells(table), bench.planted)
    return BenchTable(f"{bench.name}_structured", table, cfg, planted, bench.clean_columns)


def text_cells(table: pa.Table) -> list[str]:
    return [v for col in table.column_names for v in table.column(col).to_pylist() if isinstance(v, str)]


def leak_count(table: pa.Table, planted: set[str]) -> int:
    """Planted values found anywhere in the output's text cells."""
    return len(find_planted(text_cells(table), planted))


def unchanged_clean_cells(before: pa.Table, after: pa.Table, columns: list[str]) -> tuple[int, int]:
    """(cells unchanged, cells compared) over the clean columns."""
    same = total = 0
    for column in columns:
        if column not in after.column_names:
            total += before.num_rows
            continue
        a = before.column(column).to_pylist()
        b = after.column(column).to_pylist()
        for x, y in zip(a, b, strict=True):
            total += 1
            same += x == y or str(x) == str(y)
    return same, total
