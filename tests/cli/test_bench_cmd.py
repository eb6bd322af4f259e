"""`pii-pipeline bench` at a tiny size: every figure it promises is measured and written, none invented.

Only the shape and the honesty of the figures are checked here (no speed: that is what the bench is for).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_bench_measures_both_sides_and_peak_memory(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    run = subprocess.run(
        [
            sys.executable, "-m", "pii_pipeline.cli.app", "bench",
            "--rows", "60", "--baseline-rows", "5", "--texts", "30", "--baseline-texts", "5",
            "--processes", "1", "--memory-rows", "300,600", "--workdir", str(tmp_path / "work"), "--json", str(out),
        ],
        capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    figures = json.loads(out.read_text())
    measures = {m["name"]: m for m in figures["measures"]}
    tables = ["volunteers_structured", "donations_structured", "donations", "volunteers"]
    assert list(measures) == [*tables, "free text (1 process)"]
    for name in tables:
        m = measures[name]
        assert m["ours_rate"] > 0 and m["baseline_rate"] > 0
        assert m["ratio"] == m["ours_rate"] / m["baseline_rate"]
        assert m["extra"] == {"ours_rows": 60, "baseline_rows": 5}
        # Leaks are counted on both sides: ours leaves no planted value, and keeps every clean cell.
        assert m["ours_leaks"] == 0 and isinstance(m["baseline_leaks"], int)
        kept, total = (int(x) for x in m["ours_clean"].split("/"))
        assert kept == total > 0
    text = measures["free text (1 process)"]
    assert text["extra"]["texts"] == 30 and text["extra"]["distinct_texts"] == 30
    extra = text["extra"]
    assert extra["spacy_ner_rate"] == max(extra["spacy_ner_pipe_rate"], extra["spacy_ner_forked_rate"])
    assert extra["share_of_ner"] == text["ours_rate"] / extra["spacy_ner_rate"]
    assert abs(extra["share_of_ner_pipe"] - text["ours_rate"] / extra["spacy_ner_pipe_rate"]) < 1e-9
    # Peak memory of a pipeline run per size, each from its own process: measured (the bench reports the
    # figures; their size depends on the machine, so no bounds here).
    memory = figures["peak_memory_mib"]
    assert set(memory) == {"300", "600"} and all(isinstance(mib, float | int) and mib > 0 for mib in memory.values())
    assert "peak memory, 600 rows" in run.stdout and "growth 300 -> 600 rows" in run.stdout


def test_peak_memory_is_the_measured_process_s_own() -> None:
    """The kernel carries `ru_maxrss` across fork and exec: a child of a big process would report
    the parent's size. The bench's figure must be the child's own peak."""
    big_mib = 400
    big = bytearray(big_mib * 1024 * 1024)
    big[::4096] = b"\x01" * len(big[::4096])  # touch every page: the parent now holds ~400 MiB
    code = (
        "import resource; from pii_pipeline.bench.memory import peak_mib; "
        "print(peak_mib(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    own, inherited = float(out[0]), float(out[1])
    del big
    assert inherited >= big_mib  # what a naive measure reports on Linux: at least the parent's pages
    assert own < inherited / 2  # the child's own peak is far below the size it inherited
