"""v24 held-out corpus generator.  Usage: generate.py --out DIR [--seed S]"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from registers_v24 import REGISTERS  # noqa: E402
from negatives_v24 import KINDS  # noqa: E402

PER_REGISTER = 80
PER_KIND = 10


def build(seed):
    pos, neg = [], []
    for ri, (reg, templates) in enumerate(REGISTERS.items()):
        for i in range(PER_REGISTER):
            r = random.Random(f"v24|{seed}|{reg}|{i}")
            tpl = templates[i % len(templates)] if i < len(templates) * 2 else r.choice(templates)
            d = tpl(r)
            pos.append({"id": f"hv24-{reg}-{i + 1:03d}", "register": reg, "text": d.text(), "spans": d.spans})
    n = 0
    for kind in KINDS:
        for i in range(PER_KIND):
            r = random.Random(f"v24|{seed}|neg|{kind.__name__}|{i}")
            n += 1
            neg.append({"id": f"hv24-neg-{n:03d}", "register": kind.__name__, "text": kind(r), "spans": []})
    return pos, neg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=24)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    pos, neg = build(a.seed)
    for name, rows in (("heldout_v24.jsonl", pos), ("heldout_negatives_v24.jsonl", neg)):
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="\n") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(pos)} positives, {len(neg)} negatives to {a.out}")


if __name__ == "__main__":
    main()
