#!/usr/bin/env python3
"""Generate the v18 held-out PII corpus (positives + look-alike negatives).

Usage: generate.py --out DIR [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from core import CheckError, boundary_ok, reoccurrence_errors, structural_errors  # noqa: E402
import vals  # noqa: E402
import reg_asylum  # noqa: E402
import reg_insurance  # noqa: E402
import reg_files  # noqa: E402
import reg_housing  # noqa: E402
import reg_tips  # noqa: E402
import negatives  # noqa: E402

REGISTERS = [
    ("asylum_tracing_casework", reg_asylum.make),
    ("insurance_motor_claims", reg_insurance.make),
    ("file_format_exports", reg_files.make),
    ("housing_welfare_casework", reg_housing.make),
    ("world_tips_h", reg_tips.make),
]
PER_REGISTER = 80
MAX_ATTEMPTS = 2000
POS_FILE = "heldout_v18.jsonl"
NEG_FILE = "heldout_negatives_v18.jsonl"


def check_doc(doc):
    text, spans = doc.build()
    errs = structural_errors(text, spans)
    errs += reoccurrence_errors(text, spans)
    for s, e, lab, kind in doc.spans:
        if not vals.kind_ok(text[s:e], lab, kind):
            errs.append(f"invalid {lab}")
    if errs:
        raise CheckError("; ".join(errs[:3]))
    return text, spans


def build_positive(seed, register, index, fn, stats):
    last = None
    for attempt in range(MAX_ATTEMPTS):
        rng = random.Random(f"{seed}|{register}|{index}|{attempt}")
        try:
            doc = fn(rng, index)
            text, spans = check_doc(doc)
            stats["retries"] += attempt
            return text, spans
        except (CheckError, AssertionError, ValueError, KeyError, IndexError, ZeroDivisionError) as exc:
            last = exc  # internal check failed or unlucky draw: retry with attempt+1
            continue
    raise RuntimeError(f"could not build {register} {index}: {last}")


def neg_clean(text, forbidden):
    for name in forbidden:
        i = text.find(name)
        while i != -1:
            if boundary_ok(text, i, i + len(name)):
                return False
            i = text.find(name, i + 1)
    return True


def build_negative(seed, kind, index, fn, forbidden, stats):
    register = "neg"
    last = None
    for attempt in range(MAX_ATTEMPTS):
        rng = random.Random(f"{seed}|{register}|{index}|{attempt}")
        try:
            text = fn(rng, index)
            if not (200 <= len(text) <= 2800):
                raise CheckError(f"length {len(text)}")
            if not neg_clean(text, forbidden):
                raise CheckError("person value inside negative")
            if not negatives.self_check(text):
                raise CheckError("pii-like pattern in negative")
            stats["retries"] += attempt
            return text
        except (CheckError, AssertionError, ValueError, KeyError, IndexError, ZeroDivisionError) as exc:
            last = exc  # internal check failed or unlucky draw: retry with attempt+1
            continue
    raise RuntimeError(f"could not build negative {kind} {index}: {last}")


def generate(seed):
    stats = {"retries": 0}
    pos = []
    person_values = set()
    for register, fn in REGISTERS:
        for k in range(PER_REGISTER):
            text, spans = build_positive(seed, register, k, fn, stats)
            rec = {"id": f"hv18-{register}-{k + 1:03d}", "register": register, "text": text, "spans": spans}
            pos.append(rec)
            for sp in spans:
                if sp["label"] == "PERSON":
                    person_values.add(sp["text"])
    neg = []
    forbidden = sorted(person_values)
    for k in range(len(negatives.KINDS) * negatives.PER_KIND):
        kind, fn = negatives.KINDS[k // negatives.PER_KIND]
        text = build_negative(seed, kind, k, fn, forbidden, stats)
        neg.append({"id": f"hv18-neg-{k + 1:03d}", "register": kind, "text": text, "spans": []})
    return pos, neg, stats


def write_jsonl(path, recs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="18")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pos, neg, stats = generate(str(a.seed))
    write_jsonl(out / POS_FILE, pos)
    write_jsonl(out / NEG_FILE, neg)
    print(f"seed={a.seed} positives={len(pos)} negatives={len(neg)} retries={stats['retries']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
