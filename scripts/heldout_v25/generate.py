"""v25 held-out corpus generator.

Usage: generate.py --out DIR [--seed S]   (default seed 25)
Writes DIR/heldout_v25.jsonl (400 positive docs, 80 per register) and DIR/heldout_negatives_v25.jsonl (250 look-alikes).
"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import negatives  # noqa: E402
import pos_a  # noqa: E402
import pos_b  # noqa: E402

REGISTERS = [
    ("maritime_crew_agencies", pos_a.MARITIME),
    ("funeral_bereavement_services", pos_a.FUNERAL),
    ("gym_fitness_memberships", pos_b.GYM),
    ("phone_repair_shop_tickets", pos_b.REPAIR),
    ("student_housing_welfare", pos_b.STUDENT),
]
PER_REGISTER = 80


def finish(doc):
    text = doc.text()
    spans = sorted(doc.spans, key=lambda s: (s["start"], s["end"]))
    # strip accidental surrounding whitespace from spans
    out = []
    for s in spans:
        a, b = s["start"], s["end"]
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append({"start": a, "end": b, "label": s["label"], "text": text[a:b]})
    return text, out


def build_positives(seed):
    rows = []
    for ri, (reg, templates) in enumerate(REGISTERS):
        rng = random.Random("%s/%d/%s" % ("v25", seed, reg))
        order = []
        while len(order) < PER_REGISTER:
            block = list(range(len(templates)))
            rng.shuffle(block)
            order.extend(block)
        for i in range(PER_REGISTER):
            doc = templates[order[i]](rng)
            text, spans = finish(doc)
            rows.append({"id": "hv25-%s-%03d" % (reg, i + 1), "register": reg, "text": text, "spans": spans})
    return rows


def build_negatives(seed):
    rows = []
    n = 0
    for kind, fn in negatives.KINDS:
        rng = random.Random("%s/%d/neg/%s" % ("v25", seed, kind))
        for j in range(10):
            n += 1
            rows.append({"id": "hv25-neg-%03d" % n, "register": kind, "text": fn(rng, j), "spans": []})
    return rows


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=25)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    write(os.path.join(a.out, "heldout_v25.jsonl"), build_positives(a.seed))
    write(os.path.join(a.out, "heldout_negatives_v25.jsonl"), build_negatives(a.seed))


if __name__ == "__main__":
    main()
