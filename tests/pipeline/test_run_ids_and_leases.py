"""Run ids are contained, a run's folders belong to it (lock + lease), and shared state loses no update.

Issue 14.3/14.7 and 13.2/13.3: `--run-id ..` wrote outside the store's folder and the publish step
removed `_publish/<store>`; the loser of a lock removed the winner's staging; between two Airflow
tasks (no process holding a lock) another run swept a live run's raw extract; killed runs left
decisions and partial findings in the reports tree; watermark.json went through one shared
temporary name.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow as pa
import pytest

from pii_pipeline.errors import WithheldError
from pii_pipeline.names import RunIdError, UnsafeNameError, new_run_id, validate_run_id
from pii_pipeline.pipeline import make_context, stages
from pii_pipeline.pipeline import staging as staging_mod
from pii_pipeline.pipeline.errors import StagingLockedError
from pii_pipeline.pipeline.staging import LEASE_FILE, run_lock, sweep_abandoned, write_lease
from pii_pipeline.sinks import OutputLayout

from .people_store import PeopleStore
from .test_crash_safety import JAN

AIRFLOW_IDS = [
    "manual__2026-04-01T00:00:00+00:00",
    "scheduled__2026-02-01T00:00:00+00:00",
    "backfill__2026-03-01T00:00:00+00:00",
    "asset_triggered__2026-03-01T00:00:00.123456+00:00",
    "manual__2026-04-01T00:00:00.583627+00:00_xYz~1",
]
BAD_IDS = ["..", ".", "...", "", "a/b", "../x", "a\\b", "a\nb", "a\x00b", "tab\there", "a b", ".hidden", "x" * 201]


# ---------------------------------------------------------------- run ids
@pytest.mark.parametrize("run_id", AIRFLOW_IDS)
def test_airflow_run_ids_are_accepted(run_id: str) -> None:
    assert validate_run_id(run_id) == run_id


@pytest.mark.parametrize("run_id", BAD_IDS)
def test_unsafe_run_ids_are_refused(run_id: str, tmp_path: Path) -> None:
    with pytest.raises(RunIdError, match="run id"):
        validate_run_id(run_id)
    layout = OutputLayout(tmp_path / "out")
    with pytest.raises(RunIdError):
        layout.publish_staging("store", "table", run_id)
    with pytest.raises(RunIdError):
        layout.run_report_dir("store", run_id)


def test_default_run_ids_are_unique_within_one_second() -> None:
    ids = [new_run_id() for _ in range(500)]
    assert len(set(ids)) == len(ids)
    assert all(validate_run_id(i) == i for i in ids)


@pytest.mark.parametrize("name", ["..", ".", "a/b", "x\ny", "nul\x00", ""])
def test_store_and_table_names_in_paths_are_checked(name: str, tmp_path: Path) -> None:
    layout = OutputLayout(tmp_path / "out")
    with pytest.raises(UnsafeNameError):
        layout.partition_dir("store", name, JAN.start.date())
    with pytest.raises(UnsafeNameError):
        layout.state_dir(name, "table")
    with pytest.raises(UnsafeNameError):
        layout.quarantine_file("store", name, JAN.start.date(), "run")


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_cli_refuses_a_dot_dot_run_id_and_writes_nothing(
    people_store: PeopleStore, tmp_path: Path, key_file: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from pii_pipeline.cli import app as cli

    people_store.make(range(5))
    people_store.pipeline(tmp_path / "work")
    monkeypatch.setattr(sys, "argv", ["pii-pipeline", "run", str(tmp_path / "work" / "people.yaml"), "--run-id", ".."])
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert info.value.code == 1
    assert "run id" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == ["people.yaml"]  # no output, no staging


def test_cli_default_run_ids_differ_for_runs_started_together(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pii_pipeline.cli import app as cli
    from pii_pipeline.pipeline import run as run_mod

    seen: list[str] = []

    class _Ref:
        html_path = "report.html"

    monkeypatch.setattr(run_mod, "run_pipeline", lambda ctx, **kw: seen.append(ctx.run_id) or _Ref())
    monkeypatch.setattr("pii_pipeline.pipeline.run_pipeline", run_mod.run_pipeline)
    cfg = tmp_path / "p.yaml"
    cfg.write_text(
        "name: p\nstore: {url: 'sqlite:///x.db'}\ntables: [{name: t, primary_key: id, watermark: w}]\n"
        f"output: {{root: '{tmp_path / 'out'}'}}\n"
    )
    for _ in range(3):
        monkeypatch.setattr(sys, "argv", ["pii-pipeline", "run", str(cfg)])
        with pytest.raises(SystemExit) as info:
            cli.main()
        assert info.value.code == 0
    assert len(seen) == 3 and len(set(seen)) == 3


# ---------------------------------------------------------------- a lock loser touches nothing
HOLDER = textwrap.dedent(
    """
    import sys
    from contextlib import ExitStack
    from pathlib import Path

    from pii_pipeline.pipeline.staging import run_lock

    with ExitStack() as stack:
        for folder in sys.argv[2:]:
            stack.enter_context(run_lock(Path(folder), owner=sys.argv[1], lease_s=None))
            (Path(folder) / "raw.arrow").write_bytes(b"x")
        print("held", flush=True)
        sys.stdin.read()  # until the test closes our stdin
    """
)


def _hold(run_id: str, *folders: Path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, run_id, *map(str, folders)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def _release(holder: subprocess.Popen) -> None:
    holder.stdin.close()
    assert holder.wait(timeout=60) == 0


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_a_lock_loser_never_removes_the_winners_folders(
    people_store: PeopleStore, tmp_path: Path, key_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes with one run id (two runs started in the same second, before ids were unique)."""
    from pii_pipeline.pipeline.run import run_table

    cfg = people_store.pipeline(tmp_path / "work")
    ctx = make_context(cfg, "same", JAN)
    table = people_store.table
    winner = (ctx.staging_dir(table), ctx.layout.publish_staging(cfg.name, table, "same"))
    holder = _hold("same", *winner)
    monkeypatch.setitem(staging_mod.run_lock.__wrapped__.__kwdefaults__, "timeout_s", 0.5)
    try:
        with pytest.raises(StagingLockedError):
            run_table(ctx, table, detector=object())
        assert all((folder / "raw.arrow").exists() for folder in winner)
    finally:
        _release(holder)


def test_two_run_ids_sharing_a_folder_name_do_not_share_the_folder(tmp_path: Path) -> None:
    # ':' and '_' both become '_' in folder names: the lease says whose folder it is.
    folder = tmp_path / "staging" / "store" / "manual__a_b" / "t"
    with run_lock(folder, owner="manual__a:b", lease_s=3600):
        (folder / "raw.arrow").write_bytes(b"x")
    with pytest.raises(StagingLockedError, match="another run"), run_lock(folder, owner="manual__a_b", lease_s=3600):
        pass
    assert (folder / "raw.arrow").exists()


# ---------------------------------------------------------------- leases
def test_a_lease_keeps_a_folder_between_tasks_until_it_expires(tmp_path: Path) -> None:
    folder = tmp_path / "staging" / "store" / "run" / "t"
    with run_lock(folder, owner="run", lease_s=3600):
        (folder / "raw.arrow").write_bytes(b"x")
    # No process holds the lock now (as between two Airflow tasks): the lease keeps it.
    assert sweep_abandoned([folder]) == []
    assert (folder / "raw.arrow").exists()
    lease = json.loads((folder / LEASE_FILE).read_text())
    assert lease["run_id"] == "run" and lease["pid"] == os.getpid() and lease["expires"] > time.time()
    # Seven hours later, nobody renewed it: the run is over.
    assert sweep_abandoned([folder], now=time.time() + 7 * 3600) == [folder]
    assert not folder.exists()


def test_a_process_bound_lease_ends_with_its_process(tmp_path: Path) -> None:
    folder = tmp_path / "staging" / "store" / "killed" / "t"
    folder.mkdir(parents=True)
    (folder / "raw.arrow").write_bytes(b"x")
    write_lease(folder, "killed", None)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=60)
    lease = json.loads((folder / LEASE_FILE).read_text())
    (folder / LEASE_FILE).write_text(json.dumps({**lease, "pid": dead.pid}))
    assert sweep_abandoned([folder]) == [folder]


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_another_runs_extract_does_not_sweep_a_live_run_between_its_tasks(
    people_store: PeopleStore, tmp_path: Path, key_file: Path
) -> None:
    """13.2: in Airflow a run holds its folders only while one of its tasks runs."""
    people_store.make(range(20))
    cfg = people_store.pipeline(tmp_path / "work")
    table = cfg.table(people_store.table)
    january = make_context(cfg, "scheduled__2026-01-01T00:00:00+00:00", JAN)
    ref = stages.extract(january, table)  # one task; the process keeps running, no lock held
    assert not staging_mod.is_held(january.staging_dir(table.name))
    other = make_context(cfg, "scheduled__2026-02-01T00:00:00+00:00", JAN)
    stages.extract(other, table)  # another run's first task sweeps the store
    assert Path(ref.raw_path).exists()
    schema, batches = staging_mod.read_ipc(Path(ref.raw_path))
    assert sum(b.num_rows for b in batches) == ref.rows_read == 20


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_sweep_removes_report_leftovers_of_runs_that_are_over_only(
    people_store: PeopleStore, tmp_path: Path, key_file: Path
) -> None:
    people_store.make(range(5))
    cfg = people_store.pipeline(tmp_path / "work")
    reports = OutputLayout(cfg.output.root).reports_root() / cfg.name

    def leftovers(run: str, *, lease_s: float | None, finished: bool = False) -> Path:
        folder = reports / run
        folder.mkdir(parents=True)
        (folder / "decisions-people.json").write_text("[]")
        (folder / ".findings-people.partial").write_bytes(b"x")
        if finished:
            (folder / "report.json").write_text("{}")
        if lease_s is not None:
            write_lease(folder, run, lease_s)
        return folder

    killed = leftovers("killed", lease_s=None)  # no lease: a run killed before it took one
    expired = leftovers("expired", lease_s=-1.0)
    live = leftovers("live", lease_s=3600)
    finished = leftovers("finished", lease_s=None, finished=True)
    stages.extract(make_context(cfg, "next", JAN), cfg.table(people_store.table))
    assert not killed.exists() and not expired.exists()
    assert (live / "decisions-people.json").exists() and (live / ".findings-people.partial").exists()
    assert (finished / "decisions-people.json").exists() and (finished / "report.json").exists()


# ---------------------------------------------------------------- watermark.json under concurrency
def _commit_many(state_dir: str, worker: int, barrier, per_worker: int) -> None:  # noqa: ANN001
    from pii_pipeline.pipeline.incremental import commit_state

    schema = pa.schema([("id", pa.int64())])
    barrier.wait(timeout=120)
    for i in range(per_worker):
        day = f"2026-{worker + 1:02d}-{i + 1:02d}"
        manifest = {"load_date": day, "run_id": f"r{worker}-{i}", "max_watermark": f"{day}T12:00:00"}
        commit_state(Path(state_dir), schema, manifest)


def test_concurrent_commits_lose_no_update(tmp_path: Path) -> None:
    workers, per_worker = 6, 15
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(workers)
    procs = [ctx.Process(target=_commit_many, args=(str(tmp_path), w, barrier, per_worker)) for w in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=300)
    assert [p.exitcode for p in procs] == [0] * workers
    state = json.loads((tmp_path / "watermark.json").read_text())
    assert state["version"] == workers * per_worker
    assert len(state["published"]) == workers * per_worker
    assert state["high_watermark"] == f"2026-{workers:02d}-{per_worker:02d}T12:00:00"
    assert len(list(tmp_path.glob("manifest-*.json"))) == workers * per_worker
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".partial"))]


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_a_failed_run_leaves_no_report_files_and_a_finished_one_no_lease(
    people_store: PeopleStore, tmp_path: Path, key_file: Path, detector, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pii_pipeline.pipeline import run_pipeline

    people_store.make(range(10))
    cfg = people_store.pipeline(tmp_path / "work")
    done = run_pipeline(make_context(cfg, "done", JAN), detector=detector)
    report_dir = Path(done.html_path).parent
    assert (report_dir / "report.json").exists()
    assert not (report_dir / LEASE_FILE).exists() and not (report_dir / staging_mod.LOCK_FILE).exists()

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("de-identification failed")

    monkeypatch.setattr(stages, "deidentify", broken)
    failed = make_context(cfg, "failed", JAN)
    with pytest.raises(WithheldError, match=r"people\.people_\w+: deidentify: RuntimeError"):
        run_pipeline(failed, detector=detector)
    assert not failed.report_dir().exists()  # decisions and findings written by detect are gone
    assert not failed.staging_dir(people_store.table).exists()


def _write_keys_many(state_dir: str, barrier) -> None:  # noqa: ANN001
    from pii_pipeline.pipeline.incremental import write_keys

    identities = pa.table({"key": [str(i) for i in range(2000)], "watermark": ["2026-01-02"] * 2000})
    barrier.wait(timeout=120)
    for _ in range(10):
        write_keys(Path(state_dir), JAN.start.date(), iter([identities]))


def test_runs_of_one_interval_writing_keys_at_once_leave_a_whole_file(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from pii_pipeline.pipeline.incremental import keys_file

    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(4)
    procs = [ctx.Process(target=_write_keys_many, args=(str(tmp_path), barrier)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=300)
    assert [p.exitcode for p in procs] == [0] * 4
    table = pq.read_table(keys_file(tmp_path, JAN.start.date()))
    assert table.column("key").to_pylist() == [str(i) for i in range(2000)]
    assert [p.name for p in (tmp_path / "keys").iterdir()] == [keys_file(tmp_path, JAN.start.date()).name]


# ---------------------------------------------------------------- runs at once = runs one after another
def _cli_run(cfg_path: Path, start: str, end: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "pii_pipeline.cli.app", "run", str(cfg_path), "--start", start, "--end", end]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _published(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted((root / "parquet").rglob("data.parquet"))}


@pytest.mark.slow
@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_concurrent_runs_of_one_store_give_what_sequential_runs_give(
    people_store: PeopleStore, tmp_path: Path, key_file: Path
) -> None:
    """13.3: January twice and February, all at once, against the same runs one after another."""
    people_store.make(range(80))
    intervals = [("2026-01-01", "2026-02-01"), ("2026-02-01", "2026-03-01"), ("2026-01-01", "2026-02-01")]
    sequential = people_store.pipeline(tmp_path / "sequential")
    for start, end in intervals[:2]:
        proc = _cli_run(tmp_path / "sequential" / "people.yaml", start, end)
        assert proc.wait(timeout=900) == 0, proc.stderr.read()
    people_store.pipeline(tmp_path / "concurrent")
    procs = [_cli_run(tmp_path / "concurrent" / "people.yaml", start, end) for start, end in intervals]
    for proc in procs:
        assert proc.wait(timeout=900) == 0, proc.stderr.read()
    root = tmp_path / "concurrent" / "out"
    assert _published(root) == _published(sequential.output.root) != {}
    state = json.loads((root / "_state" / "people" / people_store.table / "watermark.json").read_text())
    assert sorted(state["published"]) == ["2026-01-01", "2026-02-01"] and state["version"] == 3
    assert [p for p in (tmp_path / "concurrent" / "staging").rglob("*") if p.is_file()] == []
    reports = sorted(p.parent.name for p in (root / "reports" / "people").glob("*/report.json"))
    assert len(reports) == 3 and len(set(reports)) == 3  # three runs, three ids, three reports


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_publish_takes_and_removes_only_its_own_staged_file(
    people_store: PeopleStore, tmp_path: Path, key_file: Path
) -> None:
    """References arrive through XCom; one pointing into another folder is refused, not followed."""
    from pii_pipeline.pipeline.errors import PipelineError
    from pii_pipeline.pipeline.refs import DeidRef, ExtractRef

    cfg = people_store.pipeline(tmp_path / "work")
    ctx = make_context(cfg, "mine", JAN)
    elsewhere = tmp_path / "someone-else" / "data.parquet"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"not ours")
    extracted = ExtractRef(people_store.table, str(ctx.staging_dir(people_store.table) / "raw.arrow"), 0, 0, 0)
    with pytest.raises(PipelineError, match="not in this run's folder"):
        stages.publish(ctx, cfg.table(people_store.table), extracted, DeidRef(people_store.table, str(elsewhere), 0))
    assert elsewhere.read_bytes() == b"not ours"
