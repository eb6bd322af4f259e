#!/usr/bin/env python3
"""Generate the blind held-out evaluation corpus v15 (400 positives, 250 negatives).

Usage:
  python gen_heldout_v15.py [--seed 15] [--out-dir DIR] [--verify-determinism]
"""

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import negatives  # noqa: E402
import reg_dating  # noqa: E402
import reg_handover  # noqa: E402
import reg_stream  # noqa: E402
import reg_telecom  # noqa: E402
import reg_worldtips  # noqa: E402
import checks  # noqa: E402

REGISTERS = [
    ("telecom_disclosures", reg_telecom),
    ("stream_voice_logs", reg_stream),
    ("dating_app_reports", reg_dating),
    ("shift_handover_logs", reg_handover),
    ("world_tips_e", reg_worldtips),
]
PER_REGISTER = 80
DEFAULT_OUT = "/work/main/tests/data/heldout"


def build_doc(seed, register, idx, gen, seen):
    last = None
    for attempt in range(200):
        rng = random.Random(f"{seed}|{register}|{idx}|{attempt}")
        try:
            d = gen(rng, idx)
        except RuntimeError as exc:  # identifier draw failure: retry with next attempt
            last = str(exc)
            continue
        text = d.text()
        spans = [{"start": s, "end": e, "label": lab, "text": t} for s, e, lab, t in sorted(d.spans)]
        errs = checks.check_doc(text, spans, positive=register != "negative")
        if errs:
            last = errs[0]
            continue
        if text in seen:
            last = "duplicate"
            continue
        seen.add(text)
        return text, spans, attempt
    raise SystemExit(f"cannot build {register} {idx}: {last}")


def generate(seed):
    pos, neg = [], []
    seen = set()
    retries = 0
    for register, mod in REGISTERS:
        for i in range(PER_REGISTER):
            text, spans, att = build_doc(seed, register, i, mod.generate, seen)
            retries += att
            pos.append({"id": f"hv15-{register}-{i + 1:03d}", "register": register, "text": text, "spans": spans})
    for i in range(len(negatives.KINDS) * negatives.PER_KIND):
        text, spans, att = build_doc(seed, "negative", i, negatives.generate, seen)
        retries += att
        neg.append({"id": f"hv15-neg-{i + 1:03d}", "register": "negative", "text": text, "spans": []})
    return pos, neg, retries


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows).encode("utf-8")


def stats(pos, neg):
    from collections import Counter

    lines = []
    by_reg = Counter(r["register"] for r in pos)
    lab_reg = {}
    for r in pos:
        for s in r["spans"]:
            lab_reg.setdefault(s["label"], Counter())[r["register"]] += 1
    regs = [r for r, _ in REGISTERS]
    lines.append("documents per register: " + ", ".join(f"{r}={by_reg[r]}" for r in regs) + f", negative={len(neg)}")
    lens = [len(r["text"]) for r in pos + neg]
    lines.append(f"length min/max/mean: {min(lens)}/{max(lens)}/{sum(lens) / len(lens):.0f}")
    short = {
        "telecom_disclosures": "tel",
        "stream_voice_logs": "str",
        "dating_app_reports": "dat",
        "shift_handover_logs": "hnd",
        "world_tips_e": "wtp",
    }
    lines.append(f"{'label':<20}" + "".join(f"{short[r]:>6}" for r in regs) + f"{'total':>7}")
    tot = Counter()
    for lab in sorted(lab_reg):
        row = lab_reg[lab]
        lines.append(f"{lab:<20}" + "".join(f"{row[r]:>6}" for r in regs) + f"{sum(row.values()):>7}")
        for r in regs:
            tot[r] += row[r]
    lines.append(f"{'ALL':<20}" + "".join(f"{tot[r]:>6}" for r in regs) + f"{sum(tot.values()):>7}")
    kinds = negatives.KINDS
    lines.append("negative kinds: " + ", ".join(k for k, _ in kinds))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", default="15")
    ap.add_argument("--out-dir", default=DEFAULT_OUT)
    ap.add_argument("--verify-determinism", action="store_true")
    ap.add_argument("--stats-only", action="store_true")
    a = ap.parse_args()
    if a.verify_determinism:
        digests = []
        for hs in ("0", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            outd = f"/tmp/v15scratch/det_{hs}"
            os.makedirs(outd, exist_ok=True)
            subprocess.run(
                [sys.executable, os.path.abspath(__file__), "--seed", a.seed, "--out-dir", outd],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            h = []
            for fn in ("heldout_v15.jsonl", "heldout_negatives_v15.jsonl"):
                with open(os.path.join(outd, fn), "rb") as fh:
                    h.append(hashlib.sha256(fh.read()).hexdigest())
            digests.append(h)
            print(f"PYTHONHASHSEED={hs}: " + " ".join(h))
        same = digests[0] == digests[1]
        print("determinism:", "OK (byte-identical)" if same else "MISMATCH")
        sys.exit(0 if same else 1)
    pos, neg, retries = generate(a.seed)
    if a.stats_only:
        print(stats(pos, neg))
        return
    os.makedirs(a.out_dir, exist_ok=True)
    for fn, rows in (("heldout_v15.jsonl", pos), ("heldout_negatives_v15.jsonl", neg)):
        data = dump(rows)
        path = os.path.join(a.out_dir, fn)
        with open(path, "wb") as fh:
            fh.write(data)
        print(f"wrote {path} ({len(rows)} docs, sha256 {hashlib.sha256(data).hexdigest()})")
    print(f"total retries (rejected attempts): {retries}")
    print(stats(pos, neg))


if __name__ == "__main__":
    main()
