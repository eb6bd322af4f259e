#!/usr/bin/env python3
"""Generate the blind v12 held-out corpus (400 positives in 5 registers, 250 look-alike negatives).

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
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import negatives  # noqa: E402
import reg_osint  # noqa: E402
import reg_school  # noqa: E402
import reg_screenshot  # noqa: E402
import reg_travel  # noqa: E402
import reg_world  # noqa: E402
from doc import Doc, check  # noqa: E402

REGISTERS: dict[str, Callable[[random.Random, int], Doc]] = {
    "travel_records": reg_travel.generate,
    "osint_notes": reg_osint.generate,
    "school_safeguarding": reg_school.generate,
    "screenshot_ocr": reg_screenshot.generate,
    "world_tips_b": reg_world.generate,
}
N_PER_REGISTER = 80
N_NEGATIVES = 250
MIN_LEN, MAX_LEN = 200, 3000
POS_FILE = "heldout_v12.jsonl"
NEG_FILE = "heldout_negatives_v12.jsonl"
DEFAULT_OUT = Path(__file__).resolve().parents[2] / "tests" / "data" / "heldout"
SCRATCH = Path("/tmp/v12scratch")


def _make(
    seed: str, register: str, index: int, fn: Callable[[random.Random, int], Doc], seen: set[str]
) -> tuple[str, list[dict[str, object]]]:
    for attempt in range(200):
        rng = random.Random(f"{seed}|{register}|{index}|{attempt}")
        text, spans = fn(rng, index).result()
        if MIN_LEN <= len(text) <= MAX_LEN and text not in seen:
            seen.add(text)
            return text, spans
    raise RuntimeError(f"no acceptable document for {register} {index}")


def build(seed: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    seen: set[str] = set()
    pos: list[dict[str, object]] = []
    for register, fn in REGISTERS.items():
        for i in range(N_PER_REGISTER):
            text, spans = _make(seed, register, i, fn, seen)
            pos.append({"id": f"v12-{register}-{i:03d}", "register": register, "text": text, "spans": spans})
    neg: list[dict[str, object]] = []
    for i in range(N_NEGATIVES):
        text, spans = _make(seed, "negative", i, negatives.generate, seen)
        assert not spans
        neg.append({"id": f"v12-negative-{i:03d}", "register": "negative", "text": text, "spans": []})
    for rec in pos + neg:
        text = str(rec["text"])
        spans = rec["spans"]
        assert isinstance(spans, list)
        check(text, spans)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"]
    return pos, neg


def _dump(records: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def stats(pos: list[dict[str, object]], neg: list[dict[str, object]]) -> str:
    lines = []
    by_reg: Counter[str] = Counter()
    by_label: Counter[str] = Counter()
    reg_label: dict[str, Counter[str]] = {}
    for r in pos:
        reg = str(r["register"])
        spans = r["spans"]
        assert isinstance(spans, list)
        by_reg[reg] += len(spans)
        reg_label.setdefault(reg, Counter())
        for s in spans:
            by_label[s["label"]] += 1
            reg_label[reg][s["label"]] += 1
    lines.append(f"positives: {len(pos)} documents, {sum(by_reg.values())} spans")
    lines.append(f"negatives: {len(neg)} documents, 0 spans")
    lines.append("")
    lines.append(f"{'register':<22}{'docs':>6}{'spans':>8}")
    for reg in REGISTERS:
        n_docs = sum(1 for r in pos if r["register"] == reg)
        lines.append(f"{reg:<22}{n_docs:>6}{by_reg[reg]:>8}")
    lines.append(f"{'negative':<22}{len(neg):>6}{0:>8}")
    lines.append("")
    lines.append(f"{'label':<22}{'total':>7}  " + "  ".join(f"{r[:8]:>8}" for r in REGISTERS))
    for label, n in sorted(by_label.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{label:<22}{n:>7}  " + "  ".join(f"{reg_label[r][label]:>8}" for r in REGISTERS))
    lengths = [len(str(r["text"])) for r in pos + neg]
    lines.append("")
    lines.append(f"document length: min {min(lengths)}, max {max(lengths)}, mean {sum(lengths) / len(lengths):.0f}")
    return "\n".join(lines)


def write(out: Path, seed: str) -> tuple[bytes, bytes, str]:
    pos, neg = build(seed)
    pb, nb = _dump(pos), _dump(neg)
    out.mkdir(parents=True, exist_ok=True)
    (out / POS_FILE).write_bytes(pb)
    (out / NEG_FILE).write_bytes(nb)
    return pb, nb, stats(pos, neg)


def verify(seed: str, ref: tuple[bytes, bytes]) -> bool:
    base = SCRATCH if SCRATCH.is_dir() else None
    ok = True
    for hs in ("0", "12345"):
        with tempfile.TemporaryDirectory(prefix="v12det_", dir=base) as tmp:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--out", tmp, "--seed", seed],
                check=True,
                env=env,
                stdout=subprocess.DEVNULL,
            )
            same = (Path(tmp, POS_FILE).read_bytes(), Path(tmp, NEG_FILE).read_bytes()) == ref
            print(f"determinism check PYTHONHASHSEED={hs}: {'identical' if same else 'DIFFERENT'}")
            ok = ok and same
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", default="v12")
    ap.add_argument("--verify-determinism", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    pb, nb, report = write(args.out, args.seed)
    print(f"seed={args.seed}  out={args.out}")
    print(report)
    print(f"sha256 {POS_FILE}: {hashlib.sha256(pb).hexdigest()}")
    print(f"sha256 {NEG_FILE}: {hashlib.sha256(nb).hexdigest()}")
    print(f"generation time: {time.time() - t0:.1f} s")
    if args.verify_determinism:
        if not verify(args.seed, (pb, nb)):
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
