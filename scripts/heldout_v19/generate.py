"""Generate the v19 held-out corpus.

usage: generate.py --out DIR [--seed S]
Writes DIR/heldout_v19.jsonl (400 positives) and DIR/heldout_negatives_v19.jsonl (250 negatives).
Each document is drawn from random.Random(f"{seed}|{register}|{index}|{attempt}");
a document is redrawn with attempt+1 whenever an internal check fails.
"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import Redraw, check_record, reset_used  # noqa: E402
import reg_kyc  # noqa: E402
import reg_youth  # noqa: E402
import reg_dispatch  # noqa: E402
import reg_edu  # noqa: E402
import reg_tips  # noqa: E402
import negatives  # noqa: E402

POS_REGISTERS = [
    ("kyc_aml_finance", "kyc", reg_kyc.build),
    ("youth_sport_clubs", "ysc", reg_youth.build),
    ("emergency_dispatch", "dsp", reg_dispatch.build),
    ("education_admin", "edu", reg_edu.build),
    ("world_tips_i", "tip", reg_tips.build),
]
PER_REGISTER = 80
MAX_ATTEMPTS = 400


def make(seed, register, index, builder, doc_id, extra_check=None, stats=None):
    last = None
    for attempt in range(MAX_ATTEMPTS):
        rng = random.Random(f"{seed}|{register}|{index}|{attempt}")
        reset_used()
        try:
            d = builder(rng, index)
        except Redraw as e:
            last = str(e)
            continue
        rec = d.record(doc_id, register)
        errs = check_record(rec)
        if extra_check:
            errs += extra_check(rec)
        if not errs:
            if stats is not None:
                stats[attempt] = stats.get(attempt, 0) + 1
            return rec
        last = errs
    raise RuntimeError("could not build %s %s: %s" % (register, index, last))


def generate(seed, only=None):
    pos = []
    stats = {}
    for register, short, builder in POS_REGISTERS:
        if only and register not in only:
            continue
        for i in range(PER_REGISTER):
            pos.append(make(seed, register, i, builder, "v19-%s-%03d" % (short, i), stats=stats))
    person_values = sorted(set(sp["text"] for r in pos for sp in r["spans"] if sp["label"] == "PERSON"))
    neg_check = negatives.make_checker(person_values)
    neg = []
    if not only or "negatives" in only:
        for kind, builder in negatives.KINDS:
            register = "neg_" + kind
            for i in range(negatives.PER_KIND):
                neg.append(make(seed, register, i, builder, "v19-neg-%s-%02d" % (kind, i), extra_check=neg_check))
    return pos, neg, stats


def dump(path, recs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="19")
    ap.add_argument("--only", nargs="*")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    pos, neg, stats = generate(a.seed, a.only)
    dump(os.path.join(a.out, "heldout_v19.jsonl"), pos)
    dump(os.path.join(a.out, "heldout_negatives_v19.jsonl"), neg)
    print("positives %d negatives %d; attempts histogram %s" % (len(pos), len(neg), sorted(stats.items())[:12]))


if __name__ == "__main__":
    main()
