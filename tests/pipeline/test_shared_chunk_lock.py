"""The chunk tasks of one run hold its folders together (issue 13: two workers, two chunks at once).

An exclusive hold made the second worker's chunk wait 10 s and then fail with StagingLockedError; a shared
hold lets chunks run at once while a sweep (exclusive) still cannot remove a folder a chunk is using."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pii_pipeline.pipeline import stages
from pii_pipeline.pipeline.staging import StagingLockedError, run_lock, sweep_abandoned


def _hold_in_child(folder: Path, *, shared: bool) -> subprocess.Popen:
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from pii_pipeline.pipeline.staging import run_lock
        with run_lock(Path({str(folder)!r}), owner="run-a", lease_s=60, shared={shared}):
            print("held", flush=True)
            sys.stdin.readline()
        """
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    return child


def _release(child: subprocess.Popen) -> None:
    child.stdin.write("\n")
    child.stdin.flush()
    assert child.wait(timeout=60) == 0


def test_two_chunks_of_one_run_hold_the_folder_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "staging" / "run-a"
    child = _hold_in_child(folder, shared=True)
    try:
        with run_lock(folder, owner="run-a", lease_s=60, shared=True, timeout_s=0.5):
            pass  # a second worker's chunk of the same run: no wait, no error
        with pytest.raises(StagingLockedError):
            with run_lock(folder, owner="run-a", lease_s=60, timeout_s=0.5):
                pass  # the run's publish waits until its chunks are done
        assert sweep_abandoned([folder], now=10**12) == []  # lease long over: the shared hold alone protects it
        assert folder.is_dir()
    finally:
        _release(child)


def test_an_exclusive_holder_keeps_chunks_out(tmp_path: Path) -> None:
    folder = tmp_path / "staging" / "run-a"
    child = _hold_in_child(folder, shared=False)
    try:
        with pytest.raises(StagingLockedError):
            with run_lock(folder, owner="run-a", lease_s=60, shared=True, timeout_s=0.5):
                pass
    finally:
        _release(child)


@pytest.mark.parametrize("stage", ["detect_chunk", "deidentify_chunk"])
def test_chunk_stages_take_the_shared_hold(monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    seen: list[bool] = []

    def record(ctx, table, *, process_bound=False, shared=False):  # noqa: ANN001, ANN202
        seen.append(shared)
        raise RuntimeError("stop before the stage runs")

    monkeypatch.setattr(stages, "holding_run_dirs", record)

    class Table:
        name = "t"

    with pytest.raises(RuntimeError):
        getattr(stages, stage)(object(), Table(), object())
    assert seen == [True]
