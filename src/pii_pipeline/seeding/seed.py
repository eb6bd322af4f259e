"""Seed a store into any SQLAlchemy URL, in bounded batches, and report what was planted."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

import sqlalchemy as sa

from pii_pipeline.seeding import donations, tips, volunteers
from pii_pipeline.seeding.common import Planter, RowGenerator
from pii_pipeline.seeding.schema import check_store, store_metadata

DEFAULT_SEED = 20261128
BATCH_ROWS = 5000  # one executemany per batch; rows are generated lazily, so memory stays flat

_GENERATORS: dict[str, RowGenerator] = {
    "tips": tips.generate,
    "donations": donations.generate,
    "volunteers": volunteers.generate,
}


@dataclass
class SeedResult:
    store: str
    url: str
    tables: dict[str, int]  # table -> rows written
    # Entity type -> every personal value written, in columns and inside free text.
    planted: dict[str, set[str]] = field(default_factory=dict)


def _batches(rows: Iterator[dict[str, object]], size: int) -> Iterator[list[dict[str, object]]]:
    while batch := list(islice(rows, size)):
        yield batch


def _check(store: str, rows: int) -> None:
    check_store(store)
    if rows < 0:
        raise ValueError(f"rows must be >= 0, got {rows}")


def seed_store(
    store: str,
    url: str,
    rows: int = 3000,
    seed: int = DEFAULT_SEED,
    *,
    people_pool: int | None = None,
    collect_planted: bool = True,
) -> SeedResult:
    """Drop and recreate the store's tables at `url`, then write `rows` deterministic rows.

    `collect_planted=False` leaves `planted` empty: at a million rows the set of planted values
    alone takes most of a gigabyte, and a benchmark does not need it.
    """
    _check(store, rows)
    meta = store_metadata(store)
    (table,) = meta.tables.values()
    plant = Planter(enabled=collect_planted)
    generated = _GENERATORS[store](rows=rows, seed=seed, people_pool=people_pool, plant=plant)
    engine = sa.create_engine(url)
    written = 0
    try:
        with engine.begin() as conn:
            meta.drop_all(conn)
            meta.create_all(conn)
        with engine.connect() as conn:
            for batch in _batches(generated, BATCH_ROWS):
                conn.execute(table.insert(), batch)
                conn.commit()  # one transaction per batch keeps server-side undo bounded
                written += len(batch)
    finally:
        engine.dispose()
    return SeedResult(store=store, url=url, tables={table.name: written}, planted=plant.values)


def planted_values(store: str, rows: int = 3000, seed: int = DEFAULT_SEED) -> dict[str, set[str]]:
    """What `seed_store` (with the default people pool) plants, without touching a database."""
    _check(store, rows)
    plant = Planter()
    for _ in _GENERATORS[store](rows=rows, seed=seed, people_pool=None, plant=plant):
        pass
    return plant.values
