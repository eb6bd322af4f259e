"""Staging hygiene: a killed run's raw extract and staged file are removed by the store's next run,
while folders a live process holds stay; staging files are read, not memory-mapped."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow as pa
import pytest

from pii_pipeline.pipeline import make_context, run_pipeline
from pii_pipeline.pipeline import staging as staging_mod
from pii_pipeline.pipeline.staging import LOCK_FILE, read_ipc, run_lock, sweep_abandoned, write_ipc

from .people_store import PeopleStore
from .test_crash_safety import JAN, _run_killed


def _run_folders(cfg, table: str, run_id: str) -> tuple[Path, Path]:  # noqa: ANN001
    ctx = make_context(cfg, run_id, JAN)
    return ctx.staging_dir(table), ctx.layout.publish_staging(cfg.name, table, run_id)


# ---------------------------------------------------------------- reading staging files
def test_read_ipc_does_not_memory_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    schema = pa.schema([("x", pa.int64())])
    path = tmp_path / "s" / "raw.arrow"
    write_ipc(path, schema, (pa.record_batch([pa.array(range(i, i + 3))], schema=schema) for i in (0, 3)))

    def no_mapping(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("staging files must not be memory-mapped")

    monkeypatch.setattr(pa, "memory_map", no_mapping)
    monkeypatch.setattr(pa, "MemoryMappedFile", no_mapping, raising=False)
    opened: list[pa.NativeFile] = []
    real_osfile = pa.OSFile
    monkeypatch.setattr(staging_mod.pa, "OSFile", lambda *a: opened.append(real_osfile(*a)) or opened[-1])
    got_schema, batches = read_ipc(path)
    assert got_schema == schema
    assert [b.column(0).to_pylist() for b in batches] == [[0, 1, 2], [3, 4, 5]]
    assert len(opened) == 1 and opened[0].closed  # closed once the batches are read


# ---------------------------------------------------------------- locks
def test_lock_is_reentrant_and_blocks_a_sweep_until_released(tmp_path: Path) -> None:
    folder = tmp_path / "store" / "run" / "table"
    with run_lock(folder), run_lock(folder):
        assert (folder / LOCK_FILE).exists()
        assert sweep_abandoned([folder]) == []
    assert sweep_abandoned([folder]) == [folder]
    assert not folder.exists()


HOLDER = textwrap.dedent(
    """
    import sys
    from contextlib import ExitStack
    from pathlib import Path

    from pii_pipeline.pipeline.staging import run_lock

    with ExitStack() as stack:
        for folder in sys.argv[1:]:
            stack.enter_context(run_lock(Path(folder)))
            (Path(folder) / "raw.arrow").write_bytes(b"x")
        print("held", flush=True)
        sys.stdin.read()  # until the test closes our stdin
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_next_run_removes_a_killed_runs_folders_not_a_live_ones(
    people_store: PeopleStore, tmp_path: Path, key_file, detector
) -> None:
    table = people_store.table
    people_store.make(range(30))
    cfg = people_store.pipeline(tmp_path / "work")

    # A run killed while writing its staged file: raw extract and half a staged file stay behind.
    proc = _run_killed(tmp_path / "work" / "people.yaml", "deidentify.mid_write")
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    killed = _run_folders(cfg, table, "killed")
    assert (killed[0] / "raw.arrow").exists()
    assert killed[1].is_dir()

    # Another run of the same store, alive, working in its folders.
    live = _run_folders(cfg, table, "live")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, *map(str, live)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"

        run_pipeline(make_context(cfg, "next", JAN), detector=detector)

        assert not killed[0].exists() and not killed[0].parent.exists()  # the run's folder too
        assert not killed[1].exists()
        assert all((folder / "raw.arrow").exists() for folder in live)
        # The finished run leaves nothing of its own either.
        assert not any(folder.exists() for folder in _run_folders(cfg, table, "next"))
    finally:
        holder.stdin.close()
        assert holder.wait(timeout=30) == 0

    # Its owner gone, the next run removes it too.
    run_pipeline(make_context(cfg, "after", JAN), detector=detector)
    assert not any(folder.exists() for folder in live)


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_extract_disposes_its_engine(people_store: PeopleStore, tmp_path: Path, key_file, monkeypatch) -> None:
    import sqlalchemy as sa

    from pii_pipeline.pipeline import stages

    people_store.make(range(5))
    cfg = people_store.pipeline(tmp_path / "work")
    disposed: list[str] = []
    real = sa.engine.Engine.dispose

    def recording(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        disposed.append(self.url.drivername)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(sa.engine.Engine, "dispose", recording)
    ctx = make_context(cfg, "extract-only", JAN)
    ref = stages.extract(ctx, cfg.table(people_store.table))
    assert ref.rows_read == 5
    assert disposed == ["sqlite"]


# ---------------------------------------------------------------- bounded reading, honest measurement
@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_leak_gate_reads_the_staged_file_without_pre_buffering(
    people_store: PeopleStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    from pii_pipeline.pipeline import leak_gate

    cfg = people_store.pipeline(tmp_path / "work")
    staged = tmp_path / "data.parquet"
    pq.write_table(pa.table({"id": [1, 2], "note": ["fine", "call 415-555-0134"]}), staged)
    opened: list[dict] = []
    real = pq.ParquetFile

    def recording(path, **kwargs):  # noqa: ANN001, ANN003, ANN202
        opened.append(kwargs)
        return real(path, **kwargs)

    monkeypatch.setattr(leak_gate.pq, "ParquetFile", recording)

    class NoSpans:
        def detect(self, texts, column_hint=None):  # noqa: ANN001, ANN201
            return [[] for _ in texts]

    table = cfg.table(people_store.table).model_copy(update={"primary_key": "id"})
    assert leak_gate.scan_output(make_context(cfg, "gate", JAN), table, staged, detector=NoSpans()) == []
    assert opened == [{"pre_buffer": False}]


def test_memory_bench_measures_the_pipeline_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`bench.memory` by default runs SQL extract -> staging file -> detect -> de-identify -> leak gate ->
    publish, as a pipeline run does (not the file path, which has no staging and no leak gate)."""
    from pii_pipeline.bench import memory
    from pii_pipeline.pipeline import leak_gate, stages

    calls: list[str] = []
    for module, name in ((stages, "write_ipc"), (stages, "read_ipc"), (leak_gate, "scan_output")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _n=name, _r=real, **k: calls.append(_n) or _r(*a, **k))
    monkeypatch.setattr("sys.argv", ["memory", "40", str(tmp_path)])
    monkeypatch.setenv("PII_PIPELINE_KEY_FILE", "")  # the bench sets its own; restored afterwards
    memory.main()
    assert {"write_ipc", "read_ipc", "scan_output"} <= set(calls)
    published = list((tmp_path / "pipeline-40" / "output" / "parquet").rglob("data.parquet"))
    assert len(published) == 1
