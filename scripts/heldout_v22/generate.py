"""Generate the v22 held-out corpus.  Usage: generate.py --out DIR [--seed S]  (default seed 22)."""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from v22_registers import REGISTERS  # noqa: E402
from v22_negatives import KINDS  # noqa: E402
from v22_pools import ORIENT  # noqa: E402

PER_REGISTER = 80
PER_KIND = 10


def finalize(doc):
    spans = []
    for s in doc.spans:
        lab = s["label"]
        if lab == "__ORG__":
            continue  # organisations (schools) are not labelled
        if lab == "__BANK__":
            lab = "US_BANK_NUMBER"  # convention: non-IBAN account numbers of any country
        if lab == "__O__":
            lab = "SEXUAL_ORIENTATION" if s["text"] in ORIENT else "GENDER_IDENTITY"
        spans.append({"start": s["start"], "end": s["end"], "label": lab, "text": s["text"]})
    return doc.text(), spans


def build(seed):
    pos, neg = [], []
    for ri, (name, fn) in enumerate(REGISTERS):
        r = random.Random("v22|%s|%s" % (seed, name))
        for i in range(PER_REGISTER):
            text, spans = finalize(fn(r, i))
            pos.append({"id": "hv22-%s-%03d" % (name, i + 1), "register": name, "text": text, "spans": spans})
    n = 0
    for kind in KINDS:
        r = random.Random("v22|%s|neg|%s" % (seed, kind.__name__))
        for i in range(PER_KIND):
            n += 1
            neg.append({"id": "hv22-neg-%03d" % n, "register": kind.__name__, "text": kind(r, i), "spans": []})
    return pos, neg


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="22")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    pos, neg = build(a.seed)
    write(os.path.join(a.out, "heldout_v22.jsonl"), pos)
    write(os.path.join(a.out, "heldout_negatives_v22.jsonl"), neg)
    print("wrote %d positives, %d negatives to %s" % (len(pos), len(neg), a.out))


if __name__ == "__main__":
    main()
