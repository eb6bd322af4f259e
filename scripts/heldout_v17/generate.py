"""Makefile entry point: write both v17 corpus files into --out DIR.

Usage: python generate.py --out DIR [--seed S]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_heldout_v17 import write  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write heldout_v17.jsonl and heldout_negatives_v17.jsonl into DIR.")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args(argv)
    for name, digest in write(args.out, args.seed).items():
        print(f"{digest}  {args.out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
