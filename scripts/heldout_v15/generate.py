"""`generate.py --out DIR [--seed SEED]`, the interface the other held-out generators share (make heldout, the
generator test in tests/detection/test_heldout_later.py), over this generator's own `gen_heldout_v15.py`.

Written by the project, not by the corpus's author: it only renames the options and runs the author's script.
"""

from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(HERE.parents[1] / "tests" / "data" / "heldout"))
    parser.add_argument("--seed")
    args = parser.parse_args()
    argv = [str(HERE / "gen_heldout_v15.py"), "--out-dir", args.out]
    if args.seed is not None:
        argv += ["--seed", args.seed]
    sys.argv = argv
    sys.path.insert(0, str(HERE))
    runpy.run_path(argv[0], run_name="__main__")


if __name__ == "__main__":
    main()
