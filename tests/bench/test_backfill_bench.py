"""`pii-pipeline bench backfill`: monthly runs of one store all at once give what one-at-a-time runs give, and
the comparison it reports can say no. (Four months here: the claim is the same as for the bench's twelve, at a third
of the suite's time; `pii-pipeline bench backfill` itself measures twelve.)"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.bench.backfill import compare, months


@pytest.mark.slow
def test_concurrent_months_equal_sequential_ones(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    run = subprocess.run(
        [
            sys.executable, "-m", "pii_pipeline.cli.app", "bench", "backfill",
            "--rows", "80", "--months", "4", "--workdir", str(tmp_path / "work"), "--json", str(out),
        ],
        capture_output=True, text=True, timeout=1800, env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(out.read_text())
    assert figures["partitions"] == [f"donations/load_date={m[0]}/data.parquet" for m in months(4)]
    assert figures["partitions_concurrent"] == figures["partitions"]
    # Every seeded row of the four months, counted in the seeded store itself.
    first, last = months(4)[0][0], months(4)[-1][1]
    with sqlite3.connect(tmp_path / "work" / "stores" / "donations.db") as conn:
        (in_months,) = conn.execute(
            "SELECT count(*) FROM donations WHERE updated_at >= ? AND updated_at < ?", (first, last)
        ).fetchone()
    assert 0 < in_months < 80 and figures["rows"] == in_months
    assert figures["rows_identical"] and figures["state_identical"] and figures["bytes_identical"]
    assert figures["raw_extracts_left"] == []
    assert figures["identical"] is True
    assert sorted(figures["watermark"]["published"]) == [m[0] for m in months(4)]
    assert figures["seconds_concurrent"] > 0 and figures["seconds_sequential"] > 0
    assert "identical: yes" in run.stdout


def _home(root: Path, rows: list[dict], published: dict) -> Path:
    part = root / "output" / "parquet" / "donations" / "donations" / "load_date=2026-01-01"
    part.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows), part / "data.parquet")
    state = root / "output" / "_state" / "donations" / "donations"
    state.mkdir(parents=True)
    watermark = {"high_watermark": "2026-01-31", "published": published, "version": 1}
    (state / "watermark.json").write_text(json.dumps(watermark | {"last_run_id": root.name}))
    return root


def test_compare_tells_equal_homes_from_different_ones(tmp_path: Path) -> None:
    rows = [{"donation_id": 1, "memo": "tok_a"}, {"donation_id": 2, "memo": "tok_b"}]
    published = {"2026-01-01": {"run_id": "r1", "max_watermark": "2026-01-31"}}
    a = _home(tmp_path / "a", rows, published)
    # Same rows in another order, another finishing run: equal content.
    b = _home(tmp_path / "b", rows[::-1], published)
    same = compare(a, b)
    assert same["rows_identical"] and same["state_identical"] and same["rows"] == 2
    assert not same["bytes_identical"]  # row order differs in the file
    changed = _home(tmp_path / "c", [rows[0], {"donation_id": 2, "memo": "tok_c"}], published)
    assert not compare(a, changed)["rows_identical"]
    other_state = _home(tmp_path / "d", rows, {"2026-01-01": {"run_id": "r2", "max_watermark": "2026-01-31"}})
    result = compare(a, other_state)
    assert result["rows_identical"] and not result["state_identical"]
    assert result["state_differs_in"] == ["watermark"]
