"""Generate the v17 held-out corpus (labelled documents and PII-free look-alikes).

Usage:
    python gen_heldout_v17.py [--seed 17] [--out-dir DIR] [--verify-determinism]

Output depends only on the seed: each document uses random.Random(f"{seed}|{register}|{index}").
--verify-determinism regenerates the corpus in subprocesses with different PYTHONHASHSEED values
and compares the bytes with the files just written.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import build, dumps  # noqa: E402

DEFAULT_OUT = HERE.parents[1] / "tests" / "data" / "heldout"
POS_NAME = "heldout_v17.jsonl"
NEG_NAME = "heldout_negatives_v17.jsonl"


def write(out_dir: Path, seed: int) -> dict[str, str]:
    out_dir.mkdir(parents=True, exist_ok=True)
    positives, negatives = build(seed)
    digests = {}
    for name, docs in ((POS_NAME, positives), (NEG_NAME, negatives)):
        data = dumps(docs).encode("utf-8")
        (out_dir / name).write_bytes(data)
        digests[name] = hashlib.sha256(data).hexdigest()
    return digests


def verify_determinism(out_dir: Path, seed: int) -> bool:
    ok = True
    for hashseed in ("0", "1", "4242", "random"):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, PYTHONHASHSEED=hashseed)
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--seed", str(seed), "--out-dir", tmp],
                check=True,
                env=env,
                stdout=subprocess.DEVNULL,
            )
            for name in (POS_NAME, NEG_NAME):
                same = (Path(tmp) / name).read_bytes() == (out_dir / name).read_bytes()
                print(f"PYTHONHASHSEED={hashseed} {name}: {'identical' if same else 'DIFFERENT'}")
                ok &= same
    return ok


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Generate the v17 held-out corpus.")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--verify-determinism", action="store_true")
    args = ap.parse_args(argv)
    for name, digest in write(args.out_dir, args.seed).items():
        print(f"{digest}  {args.out_dir / name}")
    if args.verify_determinism and not verify_determinism(args.out_dir, args.seed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
