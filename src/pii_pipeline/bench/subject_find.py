"""How long `subject find` takes over a large published output: `python -m pii_pipeline.bench.subject_find
ROWS DIR [--partitions N]`. Writes ROWS published-like rows (token columns, free text with tokens in it,
amounts, dates) over N monthly partitions of two stores, plants one person in a known set of rows, then
times the search (the same code the command runs) and checks it finds exactly those rows. Prints JSON."""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa

from pii_pipeline.deid.keys import KeyRing
from pii_pipeline.deid.normalize_values import normalize
from pii_pipeline.deid.tokens import Tokenizer
from pii_pipeline.rights.datasets import Dataset
from pii_pipeline.rights.search import find
from pii_pipeline.rights.subject import SubjectValue, subject_tokens
from pii_pipeline.sinks import OutputLayout, write_parquet

EMAIL = "jane.doe@example.org"
PLANT_EVERY = 50_000  # one of the person's rows per this many rows


def _partition(tok: Tokenizer, start: int, rows: int, rng: np.random.Generator) -> pa.Table:
    ids = np.arange(start, start + rows)
    people = [f"person{i}@example.com" for i in rng.integers(0, max(rows // 3, 1), rows)]
    emails = tok.pseudonyms("EMAIL_ADDRESS", [normalize("EMAIL_ADDRESS", p) for p in people])
    names = tok.pseudonyms("PERSON", [f"name {i}" for i in rng.integers(0, max(rows // 3, 1), rows)])
    memo = [f"Tribute card from {n}, see you at the gala" if i % 3 == 0 else "Annual gift" for i, n in enumerate(names)]
    jane = tok.pseudonym("EMAIL_ADDRESS", normalize("EMAIL_ADDRESS", EMAIL))
    planted = ids % PLANT_EVERY == 7
    for i in np.flatnonzero(planted):
        if i % 2:
            emails[i] = jane  # a whole cell
        else:
            memo[i] = f"Send the receipt to {jane} please"  # inside free text
    return pa.table(
        {
            "id": pa.array(ids, pa.int64()),
            "donor_email": pa.array(emails, pa.string()),
            "donor_name": pa.array(names, pa.string()),
            "amount": pa.array(rng.integers(5, 5000, rows), pa.int64()),
            "memo": pa.array(memo, pa.string()),
        }
    )


def build(root: Path, rows: int, partitions: int, keyring: KeyRing) -> tuple[list[Dataset], set[str]]:
    layout = OutputLayout(root)
    tok = Tokenizer(keyring)
    rng = np.random.default_rng(15)
    sets = [Dataset(store, store, "id", layout) for store in ("donations", "volunteers")]
    per = max(rows // partitions, 1)
    expected: set[str] = set()
    start = 0
    for p in range(partitions):
        ds = sets[p % len(sets)]
        n = per if p < partitions - 1 else rows - start
        table = _partition(tok, start, n, rng)
        path = layout.partition_file(ds.store, ds.table, date(2026, 1 + p % 12, 1).replace(year=2026 + p // 12))
        path.parent.mkdir(parents=True, exist_ok=True)
        write_parquet(path, table.to_batches(max_chunksize=65_536), table.schema)
        ids = table.column("id").to_numpy()
        expected |= {f"{ds.store}:{i}" for i in ids[ids % PLANT_EVERY == 7]}
        start += n
    return sets, expected


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rows", type=int)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--partitions", type=int, default=12)
    args = parser.parse_args(argv)
    keyring = KeyRing({1: os.urandom(32)}, 1, "bench key")
    started = time.perf_counter()
    sets, expected = build(args.dir, args.rows, args.partitions, keyring)
    built = time.perf_counter() - started
    subject = subject_tokens([SubjectValue("EMAIL_ADDRESS", EMAIL.upper())], keyring)
    started = time.perf_counter()
    hits = find(sets, subject.by_token)
    seconds = time.perf_counter() - started
    found = {f"{h.store}:{h.row_key}" for h in hits}
    print(
        json.dumps(
            {
                "rows": args.rows,
                "partitions": args.partitions,
                "text_columns": 3,
                "build_seconds": round(built, 2),
                "find_seconds": round(seconds, 3),
                "rows_per_second": round(args.rows / seconds),
                "hits": len(hits),
                "expected_rows": len(expected),
                "all_found": found == expected,
            }
        )
    )


if __name__ == "__main__":
    main()
