"""Big tables in chunks: the planning of chunks, and a table cut into many chunks publishes exactly
what it publishes in one (same bytes, same quarantine, de-duplication, keys, findings and counts)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.config import load_pipeline
from pii_pipeline.pipeline import Interval, make_context, run_table
from pii_pipeline.pipeline.chunks import ChunkPlan, chunk_file_name, plan_chunks, sample_ipc, split_ipc
from pii_pipeline.pipeline.staging import read_ipc, write_ipc

from .people_store import insert, make_people, person

JAN = Interval(datetime(2026, 1, 1), datetime(2026, 2, 1))
FEB = Interval(datetime(2026, 2, 1), datetime(2026, 3, 1))


# ---------------------------------------------------------------- planning
def test_plan_groups_whole_batches_up_to_chunk_rows() -> None:
    plans = plan_chunks([4, 4, 4, 4, 3], 8)
    assert plans == [ChunkPlan(0, 0, 2, 0, 8), ChunkPlan(1, 2, 2, 8, 8), ChunkPlan(2, 4, 1, 16, 3)]


def test_plan_never_splits_a_batch_and_a_big_batch_is_a_chunk_of_its_own() -> None:
    plans = plan_chunks([3, 10, 3, 3], 5)
    assert [(p.first_batch, p.batches, p.rows) for p in plans] == [(0, 1, 3), (1, 1, 10), (2, 1, 3), (3, 1, 3)]
    # Every batch in exactly one chunk, in order; offsets add up.
    assert [p.offset for p in plans] == [0, 3, 13, 16]


def test_plan_empty_batches_stay_with_their_chunk_and_an_empty_extract_is_one_chunk() -> None:
    assert plan_chunks([], 10) == [ChunkPlan(0, 0, 0, 0, 0)]
    assert plan_chunks([0, 0], 10) == [ChunkPlan(0, 0, 2, 0, 0)]
    plans = plan_chunks([5, 0, 5, 0], 5)
    assert [(p.first_batch, p.batches, p.rows) for p in plans] == [(0, 2, 5), (2, 2, 5)]


def test_plan_one_chunk_when_chunk_rows_covers_everything() -> None:
    assert plan_chunks([5000] * 10, 50_000) == [ChunkPlan(0, 0, 10, 0, 50_000)]
    assert len(plan_chunks([5000] * 10, 49_999)) == 2
    with pytest.raises(ValueError):
        plan_chunks([1], 0)


def test_chunk_file_names() -> None:
    assert chunk_file_name("raw", 0, ".arrow") == "raw.arrow"
    assert chunk_file_name("raw", 12, ".arrow") == "raw-00012.arrow"


def test_split_ipc_keeps_every_row_in_order_and_the_sample_is_the_whole_files(tmp_path: Path) -> None:
    schema = pa.schema([("id", pa.int64())])
    batches = [pa.record_batch([pa.array(range(i * 4, i * 4 + 4))], schema=schema) for i in range(5)]
    whole = tmp_path / "raw.arrow"
    write_ipc(whole, schema, batches)
    sample_whole = sample_ipc([whole], 6)
    parts = split_ipc(whole, 8)
    assert [p.name for _, p in parts] == ["raw.arrow", "raw-00001.arrow", "raw-00002.arrow"]
    ids = [v for _, path in parts for b in read_ipc(path)[1] for v in b.column(0).to_pylist()]
    assert ids == list(range(20))
    assert [plan.rows for plan, _ in parts] == [8, 8, 4]
    assert (tmp_path / "raw.arrow").stat().st_mode & 0o077 == 0  # still owner-only
    assert sample_ipc([p for _, p in parts], 6).equals(sample_whole)
    assert sample_ipc([p for _, p in parts], 10).num_rows == 12  # whole batches, across chunks


# ---------------------------------------------------------------- chunked equals unchunked
def _pipeline(folder: Path, url: str, table: str, chunk_rows: int):  # noqa: ANN202
    text = f"""
name: people
store: {{url: "{url}", retries: 0}}
tables:
  - name: {table}
    primary_key: id
    watermark: updated_at
    free_text: [note]
    batch_size: 4
    chunk_rows: {chunk_rows}
    max_cell_bytes: 300
output: {{root: "{folder / "out"}"}}
lookback: P40D
"""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "people.yaml").write_text(text, encoding="utf-8")
    return load_pipeline(folder / "people.yaml")


def _everything(cfg, table: str) -> dict[str, object]:  # noqa: ANN001
    """What a run leaves for readers: partitions (bytes), quarantine rows, keys, manifests' counts."""
    root = cfg.output.root
    out: dict[str, object] = {}
    for path in sorted((root / "parquet").rglob("*.parquet")):
        out[str(path.relative_to(root))] = path.read_bytes()
    for path in sorted((root / "quarantine").rglob("*.parquet")):
        out[str(path.parent.relative_to(root))] = pq.read_table(path).to_pylist()
    state = root / "_state" / "people" / table
    for path in sorted((state / "keys").glob("*.parquet")):
        out[f"keys/{path.name}"] = pq.read_table(path).to_pylist()
    for path in sorted(state.glob("manifest-*.json")):
        manifest = json.loads(path.read_text(encoding="utf-8"))
        out[path.name] = {k: v for k, v in manifest.items() if k.startswith("rows_") or k == "quarantine_reasons"}
    return out


def _findings(cfg, run_id: str, table: str) -> list[dict]:  # noqa: ANN001
    path = cfg.output.root / "reports" / "people" / run_id / f"findings-{table}.parquet"
    return pq.read_table(path).to_pylist()


def test_chunked_run_publishes_what_one_chunk_publishes(tmp_path: Path, key_file: Path, detector) -> None:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'people.db'}"
    table = "people"
    make_people(url, range(90))
    # Cells too large for the store's limit: quarantined, in different chunks.
    insert(url, [person(i) | {"note": "x" * 400} for i in (200, 213, 231)])
    results = {}
    for name, chunk_rows in (("one", 1_000_000), ("many", 10)):
        cfg = _pipeline(tmp_path / name, url, table, chunk_rows)
        chunks = []
        for run_id, interval in (("jan", JAN), ("feb", FEB)):  # February's look-back re-reads January
            refs = run_table(make_context(cfg, run_id, interval), table, detector=detector)
            chunks.append(len(refs["extract"].chunks))
            assert refs["publish"].rows_read == (
                refs["publish"].rows_written + refs["publish"].rows_quarantined + refs["publish"].rows_deduplicated
            )
        results[name] = (cfg, chunks)
    (one, one_chunks), (many, many_chunks) = results["one"], results["many"]
    assert one_chunks == [1, 1]
    assert min(many_chunks) >= 4, many_chunks
    got, want = _everything(many, table), _everything(one, table)
    assert got == want
    # The case is what it should be: rows quarantined and de-duplicated, both partitions there.
    assert want["manifest-2026-02-01.json"]["rows_deduplicated"] > 0
    assert sum(m["rows_quarantined"] for k, m in want.items() if k.startswith("manifest-")) >= 3
    assert len([k for k in want if k.endswith("data.parquet")]) == 2
    for run_id in ("jan", "feb"):
        assert _findings(many, run_id, table) == _findings(one, run_id, table)
        assert _findings(one, run_id, table)
    # No chunk file is left in staging, the publish folder or the report folder.
    for cfg in (one, many):
        files = [p.name for p in cfg.output.root.rglob("*") if p.is_file()]
        assert [n for n in files if ".partial" in n or n.endswith(".tmp")] == []
        assert not list(cfg.staging_root.rglob("*.arrow"))


def test_a_missing_or_short_chunk_publishes_nothing(tmp_path: Path, key_file: Path, detector) -> None:  # noqa: ANN001
    """publish joins every chunk of the extract or none: the old partition stays as it was."""
    from dataclasses import replace

    from pii_pipeline.pipeline import stages
    from pii_pipeline.pipeline.errors import AccountingError

    url = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(url, range(40))
    cfg = _pipeline(tmp_path / "run", url, "people", 8)
    table = cfg.table("people")
    run_table(make_context(cfg, "old", JAN), "people", detector=detector)
    partition = cfg.output.root / "parquet" / "people" / "people" / "load_date=2026-01-01" / "data.parquet"
    old = partition.read_bytes()

    ctx = make_context(cfg, "new", JAN)
    with stages.holding_run_dirs(ctx, "people", process_bound=True):
        extracted = stages.classify(ctx, table, stages.extract(ctx, table), detector=detector)
        chunks = [stages.detect_chunk(ctx, table, c, detector) for c in extracted.chunk_refs()]
        parts = [stages.deidentify_chunk(ctx, table, c) for c in chunks]
        assert len(parts) >= 3
        with pytest.raises(AccountingError, match=r"chunks \[0, 2"):
            stages.assemble(ctx, table, extracted, [parts[0], *parts[2:]])  # chunk 1 failed
        short = replace(parts[1], rows_written=parts[1].rows_written - 1)
        with pytest.raises(AccountingError, match="chunk 1 holds"):
            stages.assemble(ctx, table, extracted, [parts[0], short, *parts[2:]])
        assert partition.read_bytes() == old
        # With every chunk, the same run publishes.
        deid = stages.assemble(ctx, table, extracted, list(reversed(parts)))  # in any order: joined by index
        ref = stages.publish(ctx, table, extracted, deid, detector=detector)
    assert ref.rows_written == deid.rows_written == sum(c.rows for c in extracted.chunk_refs())
    assert partition.read_bytes() == old  # the same rows as the earlier run: the same file
