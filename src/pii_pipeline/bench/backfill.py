"""`pii-pipeline bench backfill`: twelve monthly runs of one store, all at once and one after another.

The donations store is seeded and its rows spread over the twelve months of 2026 (the seed writes one
quarter; each row moves by 0, 3, 6 or 9 months). The shipped pipeline file (pipelines/donations.yaml:
free text, k-anonymity per month) runs as `pii-pipeline run --start --end --run-id` processes into two
homes that share only the store and the key: all months started together, then one month at a time.
Each month's run id is the same in both, so the published bytes may be compared as well as the rows.

Compared: every published partition (row content, sorted by key; bytes too), every manifest, and
watermark.json's high watermark, published months and their watermarks (run ids may only differ in
the order the runs finished: `last_run_id`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

STORE = "donations"
KEY = "donation_id"


def months(count: int, year: int = 2026) -> list[tuple[str, str]]:
    out = []
    for m in range(count):
        start = date(year + m // 12, m % 12 + 1, 1)
        end = date(year + (m + 1) // 12, (m + 1) % 12 + 1, 1)
        out.append((start.isoformat(), end.isoformat()))
    return out


def seed(workdir: Path, rows: int) -> Path:
    """The donations store with its rows over the twelve months of 2026."""
    from pii_pipeline.seeding import seed_store

    db = workdir / "stores" / f"{STORE}.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.unlink(missing_ok=True)
    seed_store(STORE, f"sqlite:///{db}", rows=rows, collect_planted=False)
    with sqlite3.connect(db) as conn:
        # Same shift for both timestamps (a gift is made before it is last changed).
        shift = f"'+' || (({KEY} % 4) * 3) || ' months'"
        conn.execute(
            f"UPDATE {STORE} SET updated_at = datetime(updated_at, {shift}), "  # noqa: S608 (our own names)
            f"donated_at = datetime(donated_at, {shift})"
        )
    return db


def pipeline_file() -> Path:
    """The shipped pipeline file (the repository's pipelines/ folder)."""
    return Path(__file__).resolve().parents[3] / "pipelines" / f"{STORE}.yaml"


@dataclass
class Mode:
    name: str
    home: Path
    seconds: float = 0.0


def _env(home: Path, db: Path, key: Path) -> dict[str, str]:
    from pii_pipeline.pipeline.keys import KEY_FILE_ENV

    return {
        **os.environ,
        "PII_PIPELINE_HOME": str(home),
        "PII_PIPELINE_DONATIONS_URL": f"sqlite:///{db}",
        KEY_FILE_ENV: str(key),
        "TERM": "dumb",
    }


def _start(cfg: Path, month: tuple[str, str], env: dict[str, str], log: Path) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("pii-pipeline")
    cmd = [str(exe), "run", str(cfg), "--start", month[0], "--end", month[1], "--run-id", f"backfill-{month[0]}"]
    with log.open("w") as fh:
        return subprocess.Popen(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT)


def _wait(proc: subprocess.Popen, log: Path) -> None:
    if proc.wait(timeout=3600):
        raise RuntimeError(f"{proc.args[1:3]} {proc.args[4:8]} exited {proc.returncode}; log {log}")


def run_mode(mode: Mode, intervals: list[tuple[str, str]], db: Path, key: Path, concurrent: bool) -> None:
    mode.home.mkdir(parents=True, exist_ok=True)
    env = _env(mode.home, db, key)
    logs = mode.home / "logs"
    logs.mkdir(exist_ok=True)
    started = time.perf_counter()
    if concurrent:
        procs = [(_start(pipeline_file(), m, env, logs / f"{m[0]}.log"), logs / f"{m[0]}.log") for m in intervals]
        for proc, log in procs:
            _wait(proc, log)
    else:
        for m in intervals:
            log = logs / f"{m[0]}.log"
            _wait(_start(pipeline_file(), m, env, log), log)
    mode.seconds = time.perf_counter() - started


def published(home: Path) -> dict[str, pa.Table]:
    root = home / "output" / "parquet" / STORE
    return {str(p.relative_to(root)): pq.read_table(p) for p in sorted(root.rglob("*.parquet"))}


def published_bytes(home: Path) -> dict[str, bytes]:
    root = home / "output" / "parquet" / STORE
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.parquet"))}


def state(home: Path) -> dict[str, object]:
    """The table's state: manifests whole, watermark.json without what depends on finishing order."""
    folder = home / "output" / "_state" / STORE / STORE
    files = {p.name: json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))}
    watermark = files.pop("watermark.json")
    watermark.pop("last_run_id", None)
    return {"watermark": watermark, **files}


def raw_left(home: Path) -> list[str]:
    return [str(p) for p in home.rglob("*.arrow")]


def _differing(a: dict, b: dict) -> list[str]:
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def compare(sequential: Path, concurrent: Path) -> dict[str, object]:
    seq, con = published(sequential), published(concurrent)
    same_rows = sorted(seq) == sorted(con) and all(
        seq[k].sort_by(KEY).equals(con[k].sort_by(KEY)) and seq[k].schema == con[k].schema for k in seq
    )
    seq_state, con_state = state(sequential), state(concurrent)
    return {
        "partitions": sorted(seq),
        "partitions_concurrent": sorted(con),
        "rows": sum(t.num_rows for t in seq.values()),
        "rows_identical": same_rows,
        "bytes_identical": published_bytes(sequential) == published_bytes(concurrent),
        "state_identical": seq_state == con_state,
        "state_differs_in": sorted(
            k for k in seq_state.keys() | con_state.keys() if seq_state.get(k) != con_state.get(k)
        ),
        "watermark": con_state["watermark"],
        "raw_extracts_left": raw_left(sequential) + raw_left(concurrent),
    }


def bench_backfill(rows: int, month_count: int, workdir: Path) -> dict[str, object]:
    from pii_pipeline.deid.keys import generate_key_file

    workdir.mkdir(parents=True, exist_ok=True)
    db = seed(workdir, rows)
    key = workdir / "bench.key.json"
    if not key.exists():
        generate_key_file(key)
    intervals = months(month_count)
    # Concurrent first: a cold disk cache would only slow the mode that goes first.
    concurrent = Mode("concurrent", workdir / "concurrent")
    sequential = Mode("sequential", workdir / "sequential")
    for mode in (concurrent, sequential):
        if mode.home.exists():
            raise FileExistsError(f"{mode.home} exists: give an empty --workdir")
    run_mode(concurrent, intervals, db, key, concurrent=True)
    run_mode(sequential, intervals, db, key, concurrent=False)
    figures = compare(sequential.home, concurrent.home)
    figures["identical"] = bool(
        figures["rows_identical"] and figures["state_identical"] and not figures["raw_extracts_left"]
    )
    return {
        "rows_seeded": rows,
        "months": month_count,
        "seconds_concurrent": concurrent.seconds,
        "seconds_sequential": sequential.seconds,
        "cpu_count": os.cpu_count(),
        **figures,
    }
