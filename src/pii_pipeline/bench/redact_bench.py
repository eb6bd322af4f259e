"""`pii-pipeline bench redact`: the `redact` command against plain Presidio's batch engines, each a whole
process (interpreter start, imports, model load, read, write) on the same Parquet file.

The table is the seeded donations store: donor names, e-mails, contacts (phone or e-mail), street
addresses, card and bank numbers, and short memos (a third personal, the rest stock phrases or empty),
next to amounts, dates and campaign names.

    python -m pii_pipeline.bench.redact_bench presidio SRC OUT --rows N

is the baseline's process: plain Presidio (`BatchAnalyzerEngine` + `BatchAnonymizerEngine`, every cell
analysed) over the first N rows of SRC, written to OUT.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from pii_pipeline.config import DEFAULT_SPACY_MODEL


def make_table(rows: int, workdir: Path) -> tuple[Path, set[str]]:
    """The seeded donations table of `rows` rows as Parquet, and the personal values planted in it."""
    from .data import load_store

    path = workdir / f"mixed-{rows}.parquet"
    bench = load_store("donations", rows, workdir)
    pq.write_table(bench.table, path)
    return path, bench.planted


@dataclass
class ProcessRun:
    name: str
    rows: int
    seconds: float  # wall clock, interpreter start to exit
    cpu_seconds: float  # user + system of the process and its workers
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.rows / self.seconds

    @property
    def cpu_rate(self) -> float:
        return self.rows / self.cpu_seconds


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed_process(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall, CPU) seconds of one process run to its end, and its output; the CPU of its own children
    (forked workers) is counted too, as they are waited for before it exits."""
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - started
    if done.returncode:
        raise RuntimeError(f"{cmd[:4]} exited with {done.returncode}: {done.stderr[-1500:]}")
    return seconds, _children_cpu() - cpu, done.stdout


def run_ours(source: Path, out: Path, processes: int, env: dict[str, str]) -> ProcessRun:
    exe = Path(sys.executable).with_name("pii-pipeline")
    cmd = [str(exe), "redact", str(source), "--out", str(out), "--processes", str(processes)]
    seconds, cpu, _ = _timed_process(cmd, env)
    rows = pq.ParquetFile(out / f"{source.stem}.parquet").metadata.num_rows
    return ProcessRun(f"pii-pipeline redact --processes {processes}", rows, seconds, cpu)


def run_presidio(source: Path, out: Path, rows: int, env: dict[str, str], model: str) -> ProcessRun:
    cmd = [sys.executable, "-m", "pii_pipeline.bench.redact_bench", "presidio", str(source), str(out)]
    seconds, cpu, stdout = _timed_process([*cmd, "--rows", str(rows), "--model", model], env)
    written = pq.ParquetFile(out).metadata.num_rows
    processing = json.loads(stdout.strip().splitlines()[-1])["processing_seconds"]
    extra = {"processing_seconds": processing, "processing_rate": written / processing}
    return ProcessRun("Presidio BatchAnalyzerEngine + BatchAnonymizerEngine", written, seconds, cpu, extra)


def leaks(path: Path, planted: set[str]) -> int:
    from .data import leak_count

    return leak_count(pq.read_table(path), planted)


def presidio_main(argv: list[str]) -> None:
    import argparse

    from .presidio_baseline import plain_analyzer, run_presidio_table

    parser = argparse.ArgumentParser()
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--model", default=DEFAULT_SPACY_MODEL)
    args = parser.parse_args(argv)
    table = pq.read_table(args.source).slice(0, args.rows)
    analyzer = plain_analyzer(args.model)
    started = time.perf_counter()
    out = run_presidio_table(table, analyzer)
    # Its time without interpreter start and model load: the rate a longer run would tend to.
    print(json.dumps({"processing_seconds": time.perf_counter() - started}))
    pq.write_table(out, args.out)


def bench_env(key_file: Path) -> dict[str, str]:
    from pii_pipeline.pipeline.keys import KEY_FILE_ENV

    # No terminal progress bar in the timed processes; the key file set so nothing is created.
    return {**os.environ, KEY_FILE_ENV: str(key_file), "TERM": "dumb"}


if __name__ == "__main__":
    if sys.argv[1:2] == ["presidio"]:
        presidio_main(sys.argv[2:])
    else:
        raise SystemExit(__doc__)


def bench_redact(  # noqa: PLR0913
    rows: int, baseline_rows: int, processes: int, workdir: Path, model: str, rounds: int = 1
) -> dict[str, object]:
    """Figures of `pii-pipeline redact` (with `processes` and with 1) and of plain Presidio on the same
    file; each its own process. Ours runs `rounds` times and keeps its best (noise only ever slows)."""
    from pii_pipeline.deid.keys import generate_key_file

    workdir.mkdir(parents=True, exist_ok=True)
    source, planted = make_table(rows, workdir)
    key = workdir / "bench.key.json"
    if not key.exists():
        generate_key_file(key)
    env = bench_env(key)
    runs: dict[str, ProcessRun] = {}
    outputs: dict[int, Path] = {}
    for n in dict.fromkeys((processes, 1)):
        outputs[n] = workdir / f"ours-{n}"
        best = min((run_ours(source, outputs[n], n, env) for _ in range(rounds)), key=lambda r: r.seconds)
        runs[f"ours_{n}"] = best
    presidio_out = workdir / "presidio.parquet"
    theirs = run_presidio(source, presidio_out, baseline_rows, env, model)
    ours = runs[f"ours_{processes}"]
    out_file = outputs[processes] / f"{source.stem}.parquet"
    planted_in_subset = _planted_in(source, baseline_rows, planted)
    return {
        "rows": rows,
        "baseline_rows": baseline_rows,
        "processes": processes,
        "cpu_count": os.cpu_count(),
        "load_average_after": os.getloadavg()[0],
        "runs": {k: r.__dict__ | {"rate": r.rate, "cpu_rate": r.cpu_rate} for k, r in runs.items()}
        | {"presidio": theirs.__dict__ | {"rate": theirs.rate, "cpu_rate": theirs.cpu_rate}},
        "ratio": ours.rate / theirs.rate,
        # Against Presidio's rate without its start-up (generous to it: ours keeps its own start-up).
        "ratio_to_presidio_without_startup": ours.rate / theirs.extra["processing_rate"],
        "cpu_ratio": ours.cpu_rate / theirs.cpu_rate,
        "speedup_over_1_process": runs["ours_1"].seconds / ours.seconds,
        "identical_to_1_process": all(
            (outputs[n] / name).read_bytes() == (outputs[1] / name).read_bytes()
            for n in outputs
            for name in (f"{source.stem}.parquet", f"{source.stem}.report.json")
        ),
        "leaks_ours": leaks(out_file, planted),
        "leaks_presidio": leaks(presidio_out, planted_in_subset),
        "planted_in_baseline_rows": len(planted_in_subset),
    }


def _planted_in(source: Path, rows: int, planted: set[str]) -> set[str]:
    from .canary import find_planted
    from .data import text_cells

    return find_planted(text_cells(pq.read_table(source).slice(0, rows)), planted)
