"""Generate the heldout_v6 evaluation corpus.

Usage:  /work/main/.venv/bin/python /work/main/scripts/heldout_v6/generate.py

Writes
  tests/data/heldout/heldout_v6.jsonl            400 labelled documents (5 registers x 80)
  tests/data/heldout/heldout_negatives_v6.jsonl  250 PII-free look-alike documents
Output is byte-identical across runs (fixed seeds, no time- or hash-dependent behaviour).
"""

import collections
import hashlib
import json
import os
import random
import sys
import unicodedata

sys.dont_write_bytecode = True  # keep the folder free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import templates as T  # noqa: E402
import values as V  # noqa: E402

SEED = "heldout_v6/2026"
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(ROOT, "tests", "data", "heldout")
OUT_POS = os.path.join(OUT_DIR, "heldout_v6.jsonl")
OUT_NEG = os.path.join(OUT_DIR, "heldout_negatives_v6.jsonl")

REGISTERS = ["gamemod", "groupchat", "referral", "translated", "structured"]
PER_REGISTER = 80
N_NEG = 250
MIN_PER_LABEL = 15


def schedule(register, n):
    """Round-robin over the register's templates (so every template is used), in a seeded shuffled order."""
    fns = T.REG[register]
    rng = random.Random("%s/schedule/%s" % (SEED, register))
    order = [fns[i % len(fns)] for i in range(n)]
    rng.shuffle(order)
    return order


def validate(rec, negative):
    text = rec["text"]
    last_end = -1
    for sp in rec["spans"]:
        assert sp["label"] in V.LABELS, sp
        assert 0 <= sp["start"] < sp["end"] <= len(text), sp
        assert text[sp["start"] : sp["end"]] == sp["text"], (rec["id"], sp)
        assert sp["text"] == sp["text"].strip(), (rec["id"], sp)
        assert sp["start"] >= last_end, ("overlap", rec["id"], sp)
        last_end = sp["end"]
    if negative:
        assert rec["spans"] == [], rec["id"]
    assert text.strip(), rec["id"]


def make(register, idx, fn, attempt=0):
    rng = random.Random("%s/%s/%04d/%d" % (SEED, register, idx, attempt))
    r = T.R(rng)
    doc = fn(r)
    text, spans = doc.build()
    return text, spans


def generate(register, n, prefix, negative=False):
    out = []
    seen = set()
    for i, fn in enumerate(schedule(register, n)):
        attempt = 0
        while True:
            text, spans = make(register, i, fn, attempt)
            h = hashlib.sha1(text.encode("utf-8")).hexdigest()
            if h not in seen:
                seen.add(h)
                break
            attempt += 1
        rec = {
            "id": "%s-%04d" % (prefix, i + 1),
            "register": register,
            "template": fn.__name__,
            "text": text,
            "spans": spans,
        }
        validate(rec, negative)
        out.append(rec)
    return out


def script_of(s):
    for ch in s:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            return name.split()[0] if name else "?"
    return "?"


def main():
    # (Added by the project, not the generator's author: the same --out/--seed interface as the other generators.)
    global OUT_DIR, OUT_POS, OUT_NEG, SEED
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=OUT_DIR)
    parser.add_argument("--seed", default=None)
    args = parser.parse_args()
    OUT_DIR = os.path.abspath(args.out)
    OUT_POS = os.path.join(OUT_DIR, "heldout_v6.jsonl")
    OUT_NEG = os.path.join(OUT_DIR, "heldout_negatives_v6.jsonl")
    if args.seed is not None:
        SEED = "%s/%s" % (SEED, args.seed)
    os.makedirs(OUT_DIR, exist_ok=True)
    pos = []
    for reg in REGISTERS:
        pos += generate(reg, PER_REGISTER, "v6-" + reg)
    neg = generate("negative", N_NEG, "v6-neg", negative=True)

    for path, recs in ((OUT_POS, pos), (OUT_NEG, neg)):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ------------------------------------------------------------------ report
    by_reg = collections.Counter(r["register"] for r in pos + neg)
    by_tpl = collections.defaultdict(collections.Counter)
    for r in pos + neg:
        by_tpl[r["register"]][r["template"]] += 1
    labels = collections.Counter(sp["label"] for r in pos for sp in r["spans"])
    docs_with = collections.Counter(lb for r in pos for lb in {sp["label"] for sp in r["spans"]})
    scripts = collections.Counter(script_of(sp["text"]) for r in pos for sp in r["spans"] if sp["label"] == "PERSON")
    print("documents per register:")
    for k in REGISTERS + ["negative"]:
        print("  %-11s %4d  templates=%d" % (k, by_reg[k], len(by_tpl[k])))
    print("spans per label (documents containing it):")
    for lb in sorted(V.LABELS):
        print("  %-20s %5d  (%d docs)" % (lb, labels[lb], docs_with[lb]))
    print("total spans:", sum(labels.values()))
    print("PERSON spans by script:", dict(scripts.most_common()))
    print("cultures instantiated:", len(V.CULTURES_SEEN))
    short = [lb for lb in V.LABELS if labels[lb] < MIN_PER_LABEL]
    if short:
        raise SystemExit("labels below minimum: %s" % short)
    for path in (OUT_POS, OUT_NEG):
        with open(path, "rb") as fh:
            print("%s  sha256=%s" % (os.path.relpath(path, ROOT), hashlib.sha256(fh.read()).hexdigest()))


if __name__ == "__main__":
    main()
