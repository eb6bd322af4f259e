#!/usr/bin/env python3
"""Generate the v23 held-out PII corpus.

usage: generate.py --out DIR [--seed S]

Writes DIR/heldout_v23.jsonl (400 positive documents, 80 per register) and
DIR/heldout_negatives_v23.jsonl (250 PII-free look-alikes, 25 kinds x 10).
Standard library only; output is a deterministic function of the seed.
"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import World, add_typos, finalize  # noqa: E402
import negatives  # noqa: E402
import registers  # noqa: E402

REGISTER_ORDER = [
    "sports_clubs_coaching",
    "online_gaming_moderation",
    "migrant_refugee_casework",
    "church_community_groups",
    "telehealth_pharmacy",
]
PER_REGISTER = 80
PER_KIND = 10


def positives(seed):
    docs = []
    for reg in REGISTER_ORDER:
        rng = random.Random(f"v23|{seed}|{reg}")
        tpls = registers.REGISTERS[reg]
        schedule = [tpls[i % len(tpls)] for i in range(PER_REGISTER)]
        rng.shuffle(schedule)
        seen = set()
        offset = {t.__name__: rng.randrange(1000) for t in tpls}
        occurrence = {}
        for i, tpl in enumerate(schedule):
            occurrence[tpl.__name__] = occurrence.get(tpl.__name__, -1) + 1
            for _attempt in range(50):
                w = World(rng)
                w.slot = offset[tpl.__name__] + occurrence[tpl.__name__]
                raw = tpl(w)
                if rng.random() < 0.3 and not raw.lstrip().startswith("{"):  # no typos inside JSON exports
                    raw = add_typos(raw, rng, rng.randint(1, 2))
                text, spans = finalize(raw)
                if text not in seen and spans:
                    break
            seen.add(text)
            docs.append({"id": f"hv23-{reg}-{i + 1:03d}", "register": reg, "text": text, "spans": spans})
    return docs


def look_alikes(seed):
    rng = random.Random(f"v23|{seed}|negatives")
    docs = []
    n = 0
    for kind in negatives.KINDS:
        seen = set()
        for _ in range(PER_KIND):
            for _attempt in range(50):
                text = kind(rng)
                if text not in seen:
                    break
            seen.add(text)
            n += 1
            docs.append({"id": f"hv23-neg-{n:03d}", "register": kind.__name__, "text": text, "spans": []})
    return docs


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--seed", type=int, default=23)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    write_jsonl(os.path.join(a.out, "heldout_v23.jsonl"), positives(a.seed))
    write_jsonl(os.path.join(a.out, "heldout_negatives_v23.jsonl"), look_alikes(a.seed))


if __name__ == "__main__":
    main()
