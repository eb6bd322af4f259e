"""k-anonymity on a partition: every class reaches min_k, by generalising or suppressing; the staged
file keeps its rows and other columns; the measures say what happened."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.config import TableConfig
from pii_pipeline.privacy.enforce import enforce_file
from pii_pipeline.privacy.kanon import class_ids, enforce, l_diversity
from pii_pipeline.sinks import write_parquet


def _people(n: int, seed: int = 7) -> pa.Table:
    rng = random.Random(seed)
    return pa.table(
        {
            "id": list(range(n)),
            "zip": [f"{rng.choice(['941', '100', '606', '036'])}{rng.randint(0, 99):02d}" for _ in range(n)],
            "dob": [str(rng.randint(1930, 2005)) for _ in range(n)],
            "seen": pa.array([date(2026, 1, 1) + timedelta(days=rng.randint(0, 180)) for _ in range(n)], pa.date32()),
            "diagnosis": [rng.choice(["a", "b", "c"]) for _ in range(n)],
        }
    )


def _qi(table: pa.Table) -> dict:
    return {"zip": ("zip", table["zip"]), "dob": ("birth_year", table["dob"]), "seen": ("date", table["seen"])}


@pytest.mark.parametrize("mode", ["generalize", "suppress"])
@pytest.mark.parametrize("k", [2, 5, 11])
def test_every_class_reaches_k(mode: str, k: int) -> None:
    table = _people(400)
    result = enforce(_qi(table), min_k=k, on_small_class=mode, max_suppressed_share=0.05, as_of=date(2026, 1, 1))
    ids, sizes = class_ids(list(result.columns.values()))
    assert sizes.min() >= k
    assert np.array_equal(sizes, result.class_sizes)
    if mode == "suppress":
        assert result.levels == {"zip": 0, "dob": 0, "seen": 0}  # no generalisation beyond Safe Harbor
        assert result.suppressed_rows > 0


def test_generalising_suppresses_fewer_cells_than_suppressing_alone() -> None:
    table = _people(400)
    args = {"min_k": 5, "max_suppressed_share": 0.05, "as_of": date(2026, 1, 1)}
    gen = enforce(_qi(table), on_small_class="generalize", **args)
    sup = enforce(_qi(table), on_small_class="suppress", **args)
    assert gen.suppressed_cells < sup.suppressed_cells
    assert gen.suppressed_rows <= 0.05 * 400 + 5  # the budget, plus padding of the suppressed class to k


def test_a_partition_smaller_than_k_has_every_quasi_identifier_suppressed() -> None:
    table = _people(3)
    result = enforce(_qi(table), min_k=5, on_small_class="generalize", max_suppressed_share=0, as_of=date(2026, 1, 1))
    assert all(a.null_count == 3 for a in result.columns.values())
    assert result.notes


def test_l_diversity_counts_distinct_sensitive_values_per_class() -> None:
    ids = np.array([0, 0, 0, 1, 1])
    out = l_diversity(ids, pa.array(["x", "y", "x", "z", "z"]))
    assert out["min_l"] == 1 and out["classes_with_l1"] == 1 and out["classes"] == 2


def test_enforce_file_rewrites_the_staged_partition_typed_and_keeps_every_row(tmp_path: Path) -> None:
    table = _people(300)
    path = tmp_path / "data.parquet"
    write_parquet(path, table.to_batches(max_chunksize=64), table.schema)
    cfg = TableConfig(
        name="t",
        primary_key="id",
        watermark="seen",
        quasi_identifiers={
            "columns": {"zip": "zip", "dob": "birth_year", "seen": "date", "gone": "category"},
            "min_k": 5,
            "sensitive": "diagnosis",
        },
    )
    measures = enforce_file(path, cfg, date(2026, 1, 1))
    out = pq.read_table(path)
    assert out.column_names == table.column_names  # same columns in the same places
    assert out["id"].to_pylist() == table["id"].to_pylist()
    assert out["diagnosis"].equals(table["diagnosis"])
    assert out.schema.field("dob").type == pa.int32() and out.schema.field("seen").type == pa.date32()
    assert measures["meets_k"] and measures["smallest_class"] >= 5
    assert measures["missing_columns"] == ["gone"]
    assert sum(b["rows"] for b in measures["class_sizes"]) == 300
    assert measures["l_diversity"]["column"] == "diagnosis"
    _, sizes = class_ids([out[c].combine_chunks() for c in ("zip", "dob", "seen")])
    assert sizes.min() == measures["smallest_class"]


def test_a_table_without_quasi_identifiers_is_left_alone(tmp_path: Path) -> None:
    table = _people(20)
    path = tmp_path / "data.parquet"
    write_parquet(path, table.to_batches(), table.schema)
    before = path.read_bytes()
    assert enforce_file(path, TableConfig(name="t", primary_key="id", watermark="seen"), date(2026, 1, 1)) == {}
    assert path.read_bytes() == before
