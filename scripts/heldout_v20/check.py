"""Self-check for the v20 corpus: offsets, labels, counts, overlap, determinism, seed sensitivity.

Usage: check.py [DIR]   (default: a temporary directory; also checks DIR's files if given)
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import LABELS

POS = "heldout_v20.jsonl"
NEG = "heldout_negatives_v20.jsonl"


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def gen(out, seed):
    subprocess.run(
        [
            sys.executable,
            os.path.join(HERE, "generate.py"),
            "--out",
            out,
            "--seed",
            str(seed),
        ],
        check=True,
    )


def validate(d):
    errors = []
    with open(os.path.join(d, POS), encoding="utf-8") as fh:
        pos = [json.loads(x) for x in fh]
    with open(os.path.join(d, NEG), encoding="utf-8") as fh:
        neg = [json.loads(x) for x in fh]
    labels = collections.Counter()
    regs = collections.Counter()
    ids_seen = set()
    for r in pos:
        regs[r["register"]] += 1
        if r["id"] in ids_seen:
            errors.append(f"dup id {r['id']}")
        ids_seen.add(r["id"])
        if not r["id"].startswith(f"hv20-{r['register']}-"):
            errors.append(f"bad id {r['id']}")
        if not 100 <= len(r["text"]) <= 3000:
            errors.append(f"length {r['id']} {len(r['text'])}")
        last_end = -1
        for s in r["spans"]:
            labels[s["label"]] += 1
            if s["label"] not in LABELS:
                errors.append(f"label {s['label']} in {r['id']}")
            if r["text"][s["start"] : s["end"]] != s["text"]:
                errors.append(f"offset mismatch {r['id']}")
            if s["text"] != s["text"].strip() or not s["text"]:
                errors.append(f"whitespace span {r['id']}")
            if s["start"] < last_end:
                errors.append(f"overlap/unsorted {r['id']}")
            last_end = s["end"]
            if s["text"][-1] in ".,;:" and s["label"] not in (
                "CREDENTIAL",
                "STREET_ADDRESS",
                "DATE_OF_BIRTH",
                "NATIONAL_ID",
            ):
                errors.append(f"trailing punct {r['id']} {s['label']}")
    kinds = collections.Counter()
    for r in neg:
        kinds[r["register"]] += 1
        if r["spans"]:
            errors.append(f"negative with spans {r['id']}")
        if not 100 <= len(r["text"]) <= 2500:
            errors.append(f"neg length {r['id']} {len(r['text'])}")
        if not r["id"].startswith("hv20-neg-"):
            errors.append(f"bad neg id {r['id']}")
    for lab in LABELS:
        if labels[lab] < 15:
            errors.append(f"label {lab} only {labels[lab]}")
    if len(pos) != 400 or len(neg) != 250 or any(v != 80 for v in regs.values()) or len(regs) != 5:
        errors.append("document counts wrong")
    if len(kinds) != 25 or any(v != 10 for v in kinds.values()):
        errors.append("negative kinds wrong")
    return errors, labels, regs, kinds


def main():
    with tempfile.TemporaryDirectory() as t:
        a, b, c = (os.path.join(t, x) for x in "abc")
        gen(a, 20)
        gen(b, 20)
        gen(c, 2)
        det = all(sha(os.path.join(a, f)) == sha(os.path.join(b, f)) for f in (POS, NEG))
        diff = all(sha(os.path.join(a, f)) != sha(os.path.join(c, f)) for f in (POS, NEG))
        errors, labels, regs, kinds = validate(a)
        e2, *_ = validate(c)
        errors += [f"seed2: {e}" for e in e2]
        if not det:
            errors.append("not deterministic")
        if not diff:
            errors.append("seed 2 does not differ")
        if len(sys.argv) > 1:
            for f in (POS, NEG):
                if sha(os.path.join(sys.argv[1], f)) != sha(os.path.join(a, f)):
                    errors.append(f"{f} in {sys.argv[1]} differs from a fresh seed-20 run")
        print("registers:", dict(sorted(regs.items())))
        print("labels:", dict(sorted(labels.items())))
        print("negative kinds:", len(kinds))
        for f in (POS, NEG):
            print(f, sha(os.path.join(a, f)))
        print("deterministic:", det, " seed2 differs:", diff)
        print("ERRORS:" if errors else "OK", *errors[:40], sep="\n  ")
        return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
