"""Project entry point: python generate.py --out DIR [--seed S] writes both v16 files into DIR."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

import gen_heldout_v16  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate the v16 held-out PII corpus (positives + negatives).")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--seed", type=int, default=16)
    a = ap.parse_args(argv)
    p1, p2, h1, h2, pos, neg, _ = gen_heldout_v16.write(a.out, a.seed)
    print(f"{p1} sha256={h1} docs={len(pos)}")
    print(f"{p2} sha256={h2} docs={len(neg)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
