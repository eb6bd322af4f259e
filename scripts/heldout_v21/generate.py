#!/usr/bin/env python3
"""Generate the v21 held-out corpus.

    python generate.py --out DIR [--seed S]      (default seed 21)

Writes DIR/heldout_v21.jsonl (400 PII documents, 5 registers x 80) and
DIR/heldout_negatives_v21.jsonl (250 PII-free look-alikes, 25 kinds x 10).
Deterministic: same seed -> byte-identical files.
"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import negatives  # noqa: E402
import reg_childcare  # noqa: E402
import reg_commerce  # noqa: E402
import reg_genealogy  # noqa: E402
import reg_pharmacy  # noqa: E402
import reg_translit  # noqa: E402

PER_REGISTER = 80
PER_KIND = 10
REGISTERS = [
    ("commerce_courier", reg_commerce.TEMPLATES),
    ("childcare_tutoring", reg_childcare.TEMPLATES),
    ("pharmacy_primary_care", reg_pharmacy.TEMPLATES),
    ("genealogy_dna", reg_genealogy.TEMPLATES),
]


def _check(text, spans):
    last = -1
    for s in sorted(spans, key=lambda x: x["start"]):
        assert text[s["start"] : s["end"]] == s["text"], s
        assert s["start"] >= last, ("overlap", s)
        last = s["end"]


def build(seed):
    pos, neg = [], []
    for reg, templates in REGISTERS:
        order_rng = random.Random("%s|order|%s" % (seed, reg))
        plan = (templates * (PER_REGISTER // len(templates) + 1))[:PER_REGISTER]
        order_rng.shuffle(plan)
        for i, fn in enumerate(plan):
            rng = random.Random("%s|%s|%d" % (seed, reg, i))
            d = fn(rng)
            pos.append({"id": "hv21-%s-%03d" % (reg, i + 1), "register": reg, "text": d.text(), "spans": d.spans})
    tl = reg_translit.make_docs(lambda i: random.Random("%s|translit_tips|%s" % (seed, i)), PER_REGISTER)
    for i, (lang, d) in enumerate(tl):
        pos.append(
            {"id": "hv21-translit_tips-%03d" % (i + 1), "register": "translit_tips", "text": d.text(), "spans": d.spans}
        )
    n = 0
    for fn in negatives.KINDS:
        for j in range(PER_KIND):
            n += 1
            rng = random.Random("%s|neg|%s|%d" % (seed, fn.__name__, j))
            neg.append({"id": "hv21-neg-%03d" % n, "register": fn.__name__, "text": fn(rng), "spans": []})
    for doc in pos:
        _check(doc["text"], doc["spans"])
    return pos, neg


def write(path, docs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="21")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    pos, neg = build(a.seed)
    write(os.path.join(a.out, "heldout_v21.jsonl"), pos)
    write(os.path.join(a.out, "heldout_negatives_v21.jsonl"), neg)
    print("wrote %d positive and %d negative documents to %s" % (len(pos), len(neg), a.out))


if __name__ == "__main__":
    main()
