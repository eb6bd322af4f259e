"""The report reads a findings file row group by row group: what it shows equals a whole-file read."""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from pii_pipeline.reports import build
from pii_pipeline.review.evidence import EVIDENCE_SCHEMA


def _findings(n: int, seed: int = 7) -> pa.Table:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        column = rng.choice(["email", "phone", "notes"])
        for entity in {"email": ["EMAIL_ADDRESS"], "phone": ["PHONE_NUMBER"], "notes": ["PERSON", "US_SSN"]}[column]:
            rows.append(
                {
                    "table": "t", "column": column, "row_key": f"k{i:05d}", "entity_type": entity,
                    "start": None, "end": None, "score": rng.choice([0.5, 0.65, 0.8, 0.85, 0.9, 0.99]),
                    "recognizer": "shape", "evidence": "***", "value_hash": f"rh1:{rng.randrange(40):04d}",
                }
            )  # fmt: skip
    return pa.Table.from_pylist(rows, schema=EVIDENCE_SCHEMA)


@pytest.mark.parametrize("compact", [False, True])
def test_streamed_summary_equals_a_whole_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compact: bool) -> None:
    if compact:  # merge the partial hash counts after every part
        monkeypatch.setattr(build, "_merged_rows", lambda table: 0)
    table = _findings(600)
    path = tmp_path / "findings-t.parquet"
    with pq.ParquetWriter(path, EVIDENCE_SCHEMA) as writer:
        for offset in range(0, table.num_rows, 97):  # one row group per write, like the detect stage's batches
            writer.write_table(table.slice(offset, 97))
    assert pq.ParquetFile(path).num_row_groups > 5

    streamed = build.summarize_findings(path)
    whole = build.FindingsSummary()
    whole.add(table)

    stats = streamed.column_stats()
    assert stats == whole.column_stats()
    assert stats["notes"]["rows"] == len(set(table.filter(pc.equal(table["column"], "notes"))["row_key"].to_pylist()))
    assert stats["notes"]["findings"] == 2 * stats["notes"]["rows"]
    assert streamed.histogram() == whole.histogram()
    assert sum(streamed.histogram()["counts"]) == table.num_rows
    assert streamed.repeated_values() == whole.repeated_values()
    top = streamed.repeated_values()[0]
    same = pc.and_(pc.equal(table["value_hash"], top["value_hash"]), pc.equal(table["entity_type"], top["entity_type"]))
    assert top["findings"] == pc.sum(same).as_py() > 1

    samples = streamed.samples("t")
    assert samples == whole.samples("t")
    # Each column and type: its three best findings (score, then key) over the whole file.
    for (column, entity), group in _groups(table).items():
        best = sorted(group, key=lambda r: (-r["score"], r["row_key"]))[: build.SAMPLES_PER_TYPE]
        got = [(s["row_key"], s["score"]) for s in samples if (s["column"], s["entity_type"]) == (column, entity)]
        assert got == [(r["row_key"], round(r["score"], 3)) for r in best]


def _groups(table: pa.Table) -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = {}
    for r in table.to_pylist():
        out.setdefault((r["column"], r["entity_type"]), []).append(r)
    return out


def test_no_findings_file_is_an_empty_summary(tmp_path: Path) -> None:
    summary = build.summarize_findings(tmp_path / "missing.parquet")
    assert summary.column_stats() == {} and summary.samples("t") == [] and summary.repeated_values() == []
    assert sum(summary.histogram()["counts"]) == 0
