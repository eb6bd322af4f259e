"""Generate the v20 held-out PII corpus.

Usage: generate.py --out DIR [--seed S]
Writes DIR/heldout_v20.jsonl (400 positives) and DIR/heldout_negatives_v20.jsonl (250 negatives).
Deterministic: only random.Random seeded with strings is used.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import negatives
import reg_devices
import reg_housing
import reg_hr
import reg_letters
import reg_world
from core import build, plain

REGISTERS = [
    ("housing_outreach", reg_housing.TEMPLATES),
    ("recruitment_hr", reg_hr.TEMPLATES),
    ("connected_devices", reg_devices.TEMPLATES),
    ("letters_registers", reg_letters.TEMPLATES),
    ("world_tips_j", reg_world.TEMPLATES),
]
PER_REGISTER = 80
MIN_LEN, MAX_LEN = 100, 3000


def _schedule(seed, name, templates, n):
    order = [i % len(templates) for i in range(n)]
    random.Random(f"v20|{seed}|{name}|order").shuffle(order)
    return order


def positives(seed):
    docs = []
    for name, templates in REGISTERS:
        order = _schedule(seed, name, templates, PER_REGISTER)
        for i, ti in enumerate(order):
            attempt = 0
            while True:
                rng = random.Random(f"v20|{seed}|{name}|{i}|{attempt}")
                rec = build(f"hv20-{name}-{i + 1:03d}", name, templates[ti](rng))
                if MIN_LEN <= len(rec["text"]) <= MAX_LEN:
                    break
                attempt += 1
                if attempt > 50:
                    raise RuntimeError(f"length out of range for {name} template {templates[ti].__name__}")
            docs.append(rec)
    return docs


def negative_docs(seed):
    docs = []
    n = 0
    for kind, fn in negatives.KINDS:
        for j in range(10):
            attempt = 0
            while True:
                rng = random.Random(f"v20|{seed}|neg|{kind}|{j}|{attempt}")
                text = fn(rng)
                if 100 <= len(text) <= 2500:
                    break
                attempt += 1
                if attempt > 50:
                    raise RuntimeError(f"negative length out of range: {kind}")
            n += 1
            docs.append(plain(f"hv20-neg-{n:03d}", kind, text))
    return docs


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    write_jsonl(os.path.join(a.out, "heldout_v20.jsonl"), positives(a.seed))
    write_jsonl(os.path.join(a.out, "heldout_negatives_v20.jsonl"), negative_docs(a.seed))


if __name__ == "__main__":
    main()
