"""Generate the blind v13 held-out corpus (400 positives, 250 look-alike negatives).

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

sys.path.insert(0, str(Path(__file__).resolve().parent))

import negatives  # noqa: E402
import reg_alerts  # noqa: E402
import reg_counselling  # noqa: E402
import reg_rights  # noqa: E402
import reg_signups  # noqa: E402
import reg_world  # noqa: E402
from doc import Doc, finish  # noqa: E402

PER_REGISTER = 80
N_NEGATIVES = 250
POS_FILE = "heldout_v13.jsonl"
NEG_FILE = "heldout_negatives_v13.jsonl"
REGISTERS: list[tuple[str, Callable[[random.Random, int], Doc]]] = [
    ("text_counselling", reg_counselling.generate),
    ("missing_alerts", reg_alerts.generate),
    ("rights_requests", reg_rights.generate),
    ("event_signups", reg_signups.generate),
    ("world_tips_c", reg_world.generate),
]


def _make(
    seed: str, register: str, index: int, fn: Callable[[random.Random, int], Doc], seen: set[str]
) -> tuple[str, list[dict[str, object]]]:
    for attempt in range(60):
        rng = random.Random(f"{seed}|{register}|{index}|{attempt}")
        text, spans = finish(fn(rng, index))
        if 200 <= len(text) <= 3000 and text not in seen:
            seen.add(text)
            return text, spans
    raise RuntimeError(f"no acceptable document for {register} #{index}")


def build(seed: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    seen: set[str] = set()
    positives: list[dict[str, object]] = []
    for register, fn in REGISTERS:
        for i in range(PER_REGISTER):
            text, spans = _make(seed, register, i, fn, seen)
            positives.append({"id": f"v13-{register}-{i + 1:03d}", "register": register, "text": text, "spans": spans})
    negs: list[dict[str, object]] = []
    for i in range(N_NEGATIVES):
        text, spans = _make(seed, "negative", i, negatives.generate, seen)
        assert not spans
        negs.append({"id": f"v13-negative-{i + 1:03d}", "register": "negative", "text": text, "spans": []})
    return positives, negs


def _write(path: Path, rows: list[dict[str, object]]) -> str:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def _stats(positives: list[dict[str, object]], negs: list[dict[str, object]]) -> list[str]:
    lines: list[str] = []
    by_reg_docs: Counter[str] = Counter()
    by_reg_spans: Counter[str] = Counter()
    by_label: Counter[str] = Counter()
    by_reg_label: dict[str, Counter[str]] = {}
    for r in positives:
        reg = str(r["register"])
        spans = r["spans"]
        assert isinstance(spans, list)
        by_reg_docs[reg] += 1
        by_reg_spans[reg] += len(spans)
        for sp in spans:
            by_label[sp["label"]] += 1
            by_reg_label.setdefault(reg, Counter())[sp["label"]] += 1
    lines.append("register               docs  spans")
    for reg, _ in REGISTERS:
        lines.append(f"{reg:<22} {by_reg_docs[reg]:>4} {by_reg_spans[reg]:>6}")
    lines.append(f"{'negative':<22} {len(negs):>4} {0:>6}")
    lines.append(f"{'TOTAL':<22} {len(positives) + len(negs):>4} {sum(by_reg_spans.values()):>6}")
    lines.append("")
    lines.append("label                 total  " + "  ".join(f"{reg[:8]:>8}" for reg, _ in REGISTERS))
    for label, n in sorted(by_label.items(), key=lambda kv: (-kv[1], kv[0])):
        cells = "  ".join(f"{by_reg_label.get(reg, Counter())[label]:>8}" for reg, _ in REGISTERS)
        lines.append(f"{label:<20} {n:>6}  {cells}")
    lengths = [len(str(r["text"])) for r in positives + negs]
    lines.append("")
    lines.append(f"document length: min {min(lengths)}, max {max(lengths)}, mean {sum(lengths) / len(lengths):.0f}")
    kinds = Counter(negatives.kind_of(i) for i in range(N_NEGATIVES))
    lines.append(f"negative kinds: {len(kinds)} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[2] / "tests" / "data" / "heldout")
    ap.add_argument("--seed", default="v13")
    ap.add_argument("--verify-determinism", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    positives, negs = build(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    h_pos = _write(args.out / POS_FILE, positives)
    h_neg = _write(args.out / NEG_FILE, negs)
    print(f"seed {args.seed!r}; wrote {args.out / POS_FILE} ({len(positives)} docs) sha256 {h_pos}")
    print(f"wrote {args.out / NEG_FILE} ({len(negs)} docs) sha256 {h_neg}")
    for line in _stats(positives, negs):
        print(line)
    print(f"generation time {time.perf_counter() - t0:.1f} s")
    if args.verify_determinism:
        scratch = Path("/tmp/v13scratch")
        for hs in ("0", "12345"):
            out = scratch / f"det_{hs}"
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--out", str(out), "--seed", args.seed],
                check=True,
                env=env,
                stdout=subprocess.DEVNULL,
            )
            for name in (POS_FILE, NEG_FILE):
                same = (out / name).read_bytes() == (args.out / name).read_bytes()
                print(f"determinism PYTHONHASHSEED={hs} {name}: {'identical' if same else 'DIFFERENT'}")
                if not same:
                    return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
