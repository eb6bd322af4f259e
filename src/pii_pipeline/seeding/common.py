"""Shared pieces of the row generators: the fixed clock, the planted-value ledger, templates."""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache
from random import Random
from typing import Protocol

# Timestamps are offsets from a fixed date: never the wall clock, so reruns give the same rows.
BASE_TIME = datetime(2026, 1, 1)
BASE_DATE = date(2026, 1, 1)
_QUARTER_S = 90 * 86400  # 2026-01-01 00:00:00 .. 2026-03-31 23:59:59

MIN_PLANTED_LEN = 6  # shorter strings match by accident everywhere, so they make poor canaries


def updated_at(rng: Random) -> datetime:
    return BASE_TIME + timedelta(seconds=rng.randrange(_QUARTER_S))


def before(rng: Random, when: datetime, max_days: int) -> datetime:
    return when - timedelta(seconds=rng.randrange(max_days * 86400))


class Planter:
    """Collects every personal value written, by entity type, for canary sweeps."""

    def __init__(self, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self.values: dict[str, set[str]] = {}

    def add(self, entity: str, value: str | None) -> None:
        if self.enabled and value is not None and len(value) >= MIN_PLANTED_LEN:
            self.values.setdefault(entity, set()).add(value)


class RowGenerator(Protocol):
    def __call__(
        self, *, rows: int, seed: int, people_pool: int | None, plant: Planter
    ) -> Iterator[dict[str, object]]: ...


_FORMATTER = string.Formatter()


@lru_cache(maxsize=256)  # templates are constants; parsing them per row dominated the run time
def template_fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in _FORMATTER.parse(template) if name)


def fill(template: str, ctx: Mapping[str, str | None], entities: Mapping[str, str], plant: Planter) -> str:
    """Fill a sentence template and plant the personal values it embeds (fields listed in `entities`)."""
    for name in template_fields(template):
        if name in entities:
            plant.add(entities[name], ctx[name])
    return template.format_map(ctx)


def usable(template: str, ctx: Mapping[str, str | None]) -> bool:
    return all(ctx.get(name) is not None for name in template_fields(template))


def default_pool(rows: int) -> int:
    """Distinct people behind `rows` donations when no pool size is given: one gift in five is a repeat."""
    return max(1, rows - rows // 5)
