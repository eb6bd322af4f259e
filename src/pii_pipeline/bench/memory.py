"""Peak memory of a streaming run over N rows, measured in a fresh process.

    python -m pii_pipeline.bench.memory ROWS WORKDIR [--with-report | --redact-file] [--generate-only]

By default puts ROWS donations rows (seeded rows repeated with fresh keys, no free text) in a SQLite
store and runs one table through the pipeline's stages as `pii-pipeline run` and the Airflow tasks
do: extract from SQL to a private Arrow staging file, detect, de-identify to a staged Parquet file,
leak gate, publish. It prints the process's peak RSS in MiB. The run report is not part of it (it is
its own Airflow task, in its own process); `--with-report` adds it, as `pii-pipeline run` does.

`--redact-file` measures `pii-pipeline redact` instead (Parquet file in, Parquet out): that path has
no staging file and no leak gate, so it is not the figure for a pipeline run.
`--generate-only` writes the input and exits, so that generating it is not what is measured.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq


def make_input(rows: int, workdir: Path, base_rows: int = 2000) -> Path:
    from .data import load_store, structured_only

    path = workdir / f"donations-{rows}.parquet"
    if path.exists():
        return path
    base = structured_only(load_store("donations", base_rows, workdir)).table
    writer = pq.ParquetWriter(path, base.schema)
    written = 0
    while written < rows:
        n = min(base.num_rows, rows - written)
        chunk = base.slice(0, n)
        keys = pc.add(chunk.column("donation_id"), written)
        writer.write_table(chunk.set_column(0, "donation_id", keys))
        written += n
    writer.close()
    return path


def make_store(rows: int, workdir: Path, base_rows: int = 2000) -> Path:
    """A SQLite donations store of `rows` rows (no free text, like the file) and its pipeline file."""
    import sqlite3

    from pii_pipeline.seeding import seed_store

    home = workdir / f"pipeline-{rows}"
    config = home / "donations.yaml"
    if config.exists():
        return config
    (home / "stores").mkdir(parents=True, exist_ok=True)
    db = home / "stores" / "donations.db"
    seed_store("donations", f"sqlite:///{db}", rows=min(base_rows, rows), collect_planted=False)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE donations SET memo = NULL")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(donations)")]
        others = ", ".join(c for c in columns if c != "donation_id")
        base = conn.execute("SELECT max(donation_id) FROM donations").fetchone()[0]
        written = min(base_rows, rows)
        while written < rows:
            n = min(base_rows, rows - written)
            conn.execute(
                f"INSERT INTO donations (donation_id, {others}) "  # noqa: S608 (our own column names)
                f"SELECT donation_id + ?, {others} FROM donations WHERE donation_id <= ? ORDER BY donation_id LIMIT ?",
                ((written // base_rows) * base, base, n),
            )
            written += n
    config.write_text(
        f"""name: donations
store: {{url: "sqlite:///{db}"}}
tables:
  - name: donations
    primary_key: donation_id
    watermark: updated_at
output: {{root: "{home / "output"}"}}
""",
        encoding="utf-8",
    )
    return config


def run_pipeline_once(config: Path, workdir: Path, *, with_report: bool = False) -> int:
    import os

    from pii_pipeline.config import load_pipeline
    from pii_pipeline.deid.keys import generate_key_file
    from pii_pipeline.pipeline import make_context, run_pipeline, run_table

    key = workdir / "bench.key.json"
    if not key.exists():
        generate_key_file(key)
    os.environ["PII_PIPELINE_KEY_FILE"] = str(key)
    ctx = make_context(load_pipeline(config), "bench-memory")
    if with_report:
        published: list = []
        run_pipeline(ctx, on_table=lambda _name, ref: published.append(ref))
        return published[0].rows_written
    return run_table(ctx, "donations")["publish"].rows_written


def peak_mib() -> float:
    """This process's peak resident memory. On Linux, from VmHWM: `ru_maxrss` also counts the memory
    of the process that started this one (the kernel carries it across fork and exec), so a bench
    holding models and tables would report its own size, not this run's."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    rows, workdir = int(sys.argv[1]), Path(sys.argv[2])
    flags = set(sys.argv[3:])
    unknown = flags - {"--redact-file", "--generate-only", "--pipeline", "--with-report"}
    if unknown:
        raise SystemExit(f"unknown option(s): {', '.join(sorted(unknown))}")
    workdir.mkdir(parents=True, exist_ok=True)
    if "--redact-file" not in flags:  # the pipeline's path (`--pipeline` is accepted as before)
        config = make_store(rows, workdir)
        if "--generate-only" in flags:
            return
        written = run_pipeline_once(config, workdir, with_report="--with-report" in flags)
        assert written == rows, (written, rows)
        print(f"{peak_mib():.1f}")
        return
    source = make_input(rows, workdir)
    # Input generation is not what is measured: a fresh process redacts the file.
    if "--generate-only" in flags:
        return
    from pii_pipeline.deid.keys import generate_key_file, load_keyring
    from pii_pipeline.detection.text import TextDetector
    from pii_pipeline.pipeline.redact_file import redact_file

    key = workdir / "bench.key.json"
    if not key.exists():
        generate_key_file(key)
    result = redact_file(source, workdir / "out", policy_path=None, keyring=load_keyring(key), detector=TextDetector())
    assert result.rows == rows, (result.rows, rows)
    print(f"{peak_mib():.1f}")


if __name__ == "__main__":
    main()
