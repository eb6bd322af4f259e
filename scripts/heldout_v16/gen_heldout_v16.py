"""Driver: generate the v16 held-out corpus (400 positives, 250 negatives)."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import core  # noqa: E402

N_PER_REGISTER = 80
N_NEG_PER_KIND = 10
MAX_ATTEMPTS = 120


def registers():
    import reg_forensic, reg_court, reg_fin, reg_email, reg_world

    return [
        ("mobile_forensic_extractions", reg_forensic.TEMPLATES),
        ("family_court_welfare", reg_court.TEMPLATES),
        ("financial_intel_reports", reg_fin.TEMPLATES),
        ("email_abuse_reports", reg_email.TEMPLATES),
        ("world_tips_f", reg_world.TEMPLATES),
    ]


def check_doc(text, spans, negative=False):
    if not (150 <= len(text) <= 3000):
        return f"length {len(text)}"
    if negative:
        return None
    if not spans:
        return "no spans"
    prev = 0
    for s in spans:
        if s["start"] < prev:
            return "overlap"
        prev = s["end"]
        if text[s["start"] : s["end"]] != s["text"]:
            return "offset"
    probs = core.find_unlabelled_reoccurrence(text, spans)
    if probs:
        return f"reoccur {probs[0]}"
    return None


def build(seed, register, index, fn, negative=False, stats=None):
    last = None
    for attempt in range(MAX_ATTEMPTS):
        rng = random.Random(f"{seed}|{register}|{index}|{attempt}")
        try:
            b = fn(rng)
        except core.DocError as e:
            last = str(e)
            continue
        text = b.text().rstrip()
        spans = [dict(start=s["start"], end=s["end"], label=s["label"], text=s["text"]) for s in b.spans if s["label"]]
        err = check_doc(text, spans, negative)
        if err is None:
            if stats is not None:
                stats.append(attempt)
            return text, spans
        last = err
    raise RuntimeError(f"could not build {register} #{index} ({getattr(fn, '__name__', fn)}): {last}")


def generate(seed=16):
    pos = []
    retries = []
    for register, templates in registers():
        for i in range(N_PER_REGISTER):
            fn = templates[i % len(templates)]
            text, spans = build(seed, register, i, fn, stats=retries)
            pos.append({"id": f"hv16-{register}-{i + 1:03d}", "register": register, "text": text, "spans": spans})
    import negatives

    neg = []
    k = 0
    for kind, fn in negatives.KINDS:
        for i in range(N_NEG_PER_KIND):
            text, _ = build(seed, "negative:" + kind, i, fn, negative=True)
            k += 1
            neg.append({"id": f"hv16-neg-{k:03d}", "register": "negative", "text": text, "spans": []})
    return pos, neg, retries


def dump(objs):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs).encode("utf-8")


def write(out_dir, seed=16):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pos, neg, retries = generate(seed)
    pb, nb = dump(pos), dump(neg)
    p1 = out_dir / "heldout_v16.jsonl"
    p2 = out_dir / "heldout_negatives_v16.jsonl"
    p1.write_bytes(pb)
    p2.write_bytes(nb)
    return p1, p2, hashlib.sha256(pb).hexdigest(), hashlib.sha256(nb).hexdigest(), pos, neg, retries


def verify_determinism(seed, out_dir):
    """Run the generator in subprocesses with different PYTHONHASHSEED and compare bytes."""
    import tempfile

    digests = []
    for hs in ["0", "1", "12345", "random"]:
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run(
                [sys.executable, str(HERE / "gen_heldout_v16.py"), "--seed", str(seed), "--out-dir", td],
                check=True,
                env=env,
                capture_output=True,
            )
            d = tuple(
                hashlib.sha256((Path(td) / n).read_bytes()).hexdigest()
                for n in ("heldout_v16.jsonl", "heldout_negatives_v16.jsonl")
            )
            digests.append((hs, d))
    ref = (
        hashlib.sha256((Path(out_dir) / "heldout_v16.jsonl").read_bytes()).hexdigest(),
        hashlib.sha256((Path(out_dir) / "heldout_negatives_v16.jsonl").read_bytes()).hexdigest(),
    )
    ok = all(d == ref for _, d in digests)
    return ok, digests, ref


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--out-dir", default="/work/main/tests/data/heldout")
    ap.add_argument("--verify-determinism", action="store_true")
    a = ap.parse_args(argv)
    p1, p2, h1, h2, pos, neg, retries = write(a.out_dir, a.seed)
    print(f"wrote {p1} ({len(pos)} docs) sha256={h1}")
    print(f"wrote {p2} ({len(neg)} docs) sha256={h2}")
    print(
        f"mean attempts per positive doc: {sum(retries) / max(1, len(retries)):.2f}, max {max(retries) if retries else 0}"
    )
    from collections import Counter

    per_reg = Counter(o["register"] for o in pos)
    lab = Counter(s["label"] for o in pos for s in o["spans"])
    for r in sorted(per_reg):
        print(f"  docs {r}: {per_reg[r]}")
    for k in sorted(lab):
        print(f"  spans {k}: {lab[k]}")
    if a.verify_determinism:
        ok, digests, ref = verify_determinism(a.seed, a.out_dir)
        for hs, d in digests:
            print(f"PYTHONHASHSEED={hs}: {d[0]} {d[1]}")
        print("determinism:", "OK" if ok else "MISMATCH")
        if not ok:
            sys.exit(1)


if __name__ == "__main__":
    main()
