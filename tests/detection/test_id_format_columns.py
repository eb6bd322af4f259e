"""A column of distinct values of one government-ID format is an identifier column whatever its name says
(issue 12: a column of Florida licences called `id_doc` was published unchanged)."""

from __future__ import annotations

import random

import pyarrow as pa
import pytest

from pii_pipeline.config import TableConfig
from pii_pipeline.detection.columns import classify_columns
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import ColumnKind

CFG = TableConfig(name="t", primary_key="id", watermark="updated")
rng = random.Random(12)


def _digits(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letter() -> str:
    return rng.choice("ABDFGHJKLMPRSTW")


def _table(**columns: list[str]) -> pa.Table:
    n = len(next(iter(columns.values())))
    return pa.table({"id": list(range(n)), **columns, "updated": list(range(n))})


@pytest.mark.parametrize(
    ("values", "entity"),
    [
        ([rng.choice("ABDFGHJKLMPRSTW") + _digits(12) for _ in range(150)], "US_DRIVER_LICENSE"),
        ([rng.choice("ABCEGH") + _digits(8) for _ in range(150)], "US_PASSPORT"),
        ([f"756.{_digits(4)}.{_digits(4)}.{_digits(2)}" for _ in range(150)], "NATIONAL_ID"),
        ([f"{_letter()}{_digits(4)} {_digits(5)} {_digits(5)}" for _ in range(150)], "US_DRIVER_LICENSE"),  # NJ
        ([f"{_letter()}{_digits(3)}-{_digits(4)}-{_digits(4)}-{_digits(2)}" for _ in range(150)], "US_DRIVER_LICENSE"),
        ([f"{_digits(3)}.{_digits(3)}.{_digits(3)}-{_digits(2)}" for _ in range(150)], "NATIONAL_ID"),
        ([f"{_digits(5)}-{_digits(7)}-{_digits(1)}" for _ in range(150)], "NATIONAL_ID"),
    ],
)  # fmt: skip
def test_distinct_id_format_column_is_an_identifier(detector: TextDetector, values: list[str], entity: str) -> None:
    (decision,) = [d for d in classify_columns(CFG, _table(id_doc=values), detector) if d.column == "id_doc"]
    assert decision.kind == ColumnKind.IDENTIFIER and decision.entity_types == [entity]
    assert "no context word" in decision.reason


def test_a_repeated_code_of_the_same_format_is_not(detector: TextDetector) -> None:
    # Two product codes over 150 rows: a category, not one value per person.
    values = [rng.choice(["A123456789012", "B123456789012"]) for _ in range(150)]
    (decision,) = [d for d in classify_columns(CFG, _table(code=values), detector) if d.column == "code"]
    assert decision.kind == ColumnKind.CLEAN
