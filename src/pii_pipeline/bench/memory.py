"""Peak memory of a streaming run over N rows, measured in a fresh process.

    python -m pii_pipeline.bench.memory ROWS WORKDIR

writes a Parquet table of ROWS rows (seeded rows repeated with fresh keys), then redacts it through
the same batch path as the pipeline, and prints the process's peak RSS in MiB.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

import pyarrow as pa
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


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    rows, workdir = int(sys.argv[1]), Path(sys.argv[2])
    workdir.mkdir(parents=True, exist_ok=True)
    source = make_input(rows, workdir)
    # Input generation is not what is measured: a fresh process redacts the file.
    if len(sys.argv) > 3 and sys.argv[3] == "--generate-only":
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
    _ = pa  # pyarrow is imported for its side effect of loading before measurement
