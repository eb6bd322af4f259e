"""Generate the v14 blind held-out corpus.

Usage: generate.py [--out DIR] [--seed SEED] [--verify-determinism]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import negatives  # noqa: E402
import reg_ads  # noqa: E402
import reg_depo  # noqa: E402
import reg_help  # noqa: E402
import reg_home  # noqa: E402
import reg_world  # noqa: E402
from builder import Builder, validate  # noqa: E402

DEFAULT_OUT = "/work/main/tests/data/heldout"
SCRATCH = Path("/tmp/v14scratch")
POS_FILE = "heldout_v14.jsonl"
NEG_FILE = "heldout_negatives_v14.jsonl"
PER_REGISTER = 80
N_NEGATIVES = 250
REGISTERS: tuple[tuple[str, Callable[[random.Random, int], Builder]], ...] = (
    ("classified_ads", reg_ads.make),
    ("deposition_qa", reg_depo.make),
    ("helpdesk_tickets", reg_help.make),
    ("home_visit_reports", reg_home.make),
    ("world_tips_d", reg_world.make),
)
MIN_LEN, MAX_LEN = 200, 3000


def positive_doc(
    seed: str, register: str, index: int, maker: Callable[[random.Random, int], Builder], seen: set[str]
) -> dict:
    for attempt in range(200):
        rng = random.Random(f"{seed}|{register}|{index}|{attempt}")
        doc = maker(rng, index).build(f"hv14-{register}-{index:03d}", register)
        if MIN_LEN <= len(doc["text"]) <= MAX_LEN and doc["text"] not in seen and doc["spans"]:
            seen.add(doc["text"])
            return doc
    raise RuntimeError(f"could not build {register} {index}")


def negative_doc(seed: str, index: int, seen: set[str]) -> dict:
    for attempt in range(200):
        rng = random.Random(f"{seed}|negative|{index}|{attempt}")
        kind, text = negatives.make(rng, index)
        if MIN_LEN <= len(text) <= MAX_LEN and text not in seen:
            seen.add(text)
            validate(text, [])
            return {"id": f"hv14-neg-{index:03d}", "register": "negative", "kind": kind, "text": text, "spans": []}
    raise RuntimeError(f"could not build negative {index}")


def dump(docs: list[dict], path: Path) -> str:
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def generate(out: Path, seed: str) -> dict:
    seen: set[str] = set()
    positives = [positive_doc(seed, reg, i, maker, seen) for reg, maker in REGISTERS for i in range(PER_REGISTER)]
    negs = [negative_doc(seed, i, seen) for i in range(N_NEGATIVES)]
    kinds = Counter(d.pop("kind") for d in negs)
    out.mkdir(parents=True, exist_ok=True)
    return {
        "positives": positives,
        "negatives": negs,
        "kinds": kinds,
        "sha_pos": dump(positives, out / POS_FILE),
        "sha_neg": dump(negs, out / NEG_FILE),
    }


def report(result: dict, out: Path, elapsed: float) -> None:
    positives = result["positives"]
    print(f"wrote {len(positives)} positive documents to {out / POS_FILE}")
    print(f"wrote {len(result['negatives'])} negative documents to {out / NEG_FILE}")
    total = Counter()
    for reg, _ in REGISTERS:
        docs = [d for d in positives if d["register"] == reg]
        labels = Counter(s["label"] for d in docs for s in d["spans"])
        total.update(labels)
        lens = [len(d["text"]) for d in docs]
        print(f"\n[{reg}] docs={len(docs)} spans={sum(labels.values())} chars min/max={min(lens)}/{max(lens)}")
        for label, n in sorted(labels.items()):
            print(f"  {label:<20} {n}")
    print(f"\n[all positives] spans={sum(total.values())}")
    for label, n in sorted(total.items()):
        print(f"  {label:<20} {n}")
    print("\n[negative kinds]")
    for kind, n in sorted(result["kinds"].items()):
        print(f"  {kind:<24} {n}")
    print(f"\nsha256 {result['sha_pos']}  {POS_FILE}")
    print(f"sha256 {result['sha_neg']}  {NEG_FILE}")
    print(f"elapsed {elapsed:.1f}s")


def verify_determinism(seed: str) -> bool:
    digests = []
    for hash_seed in ("0", "12345"):
        target = SCRATCH / f"det_{hash_seed}"
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), "--out", str(target), "--seed", seed],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        digests.append(tuple((target / name).read_bytes() for name in (POS_FILE, NEG_FILE)))
    same = digests[0] == digests[1]
    print(f"determinism check (PYTHONHASHSEED=0 vs 12345): {'IDENTICAL' if same else 'DIFFERENT'}")
    return same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--seed", default="v14")
    parser.add_argument("--verify-determinism", action="store_true")
    args = parser.parse_args()
    start = time.time()
    out = Path(args.out)
    result = generate(out, args.seed)
    report(result, out, time.time() - start)
    if args.verify_determinism:
        same = verify_determinism(args.seed)
        for hash_seed in ("0", "12345"):
            target = SCRATCH / f"det_{hash_seed}"
            for name, key in ((POS_FILE, "sha_pos"), (NEG_FILE, "sha_neg")):
                match = hashlib.sha256((target / name).read_bytes()).hexdigest() == result[key]
                print(f"  det_{hash_seed}/{name} matches main run: {match}")
                same = same and match
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
