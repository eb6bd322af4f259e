"""Driver for held-out v10: builds, checks and writes the two JSONL files."""

import argparse
import collections
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import sources as S  # noqa: E402
import values as V  # noqa: E402
import templates as T  # noqa: E402
from stdnum import iban as std_iban, luhn  # noqa: E402
from stdnum.us import rtn  # noqa: E402

DOCS_PER_REGISTER = 80
N_NEGATIVES = 250
MIN_PER_LABEL = 15
MAX_ATTEMPTS = 50
DEFAULT_OUT = HERE.parents[1] / "tests" / "data" / "heldout"
DEFAULT_SEED = "heldout-v10-2026"


# ------------------------------------------------------------------ checks
def check_spans(text, spans, doc_id):
    prev_end = -1
    for sp in sorted(spans, key=lambda s: s["start"]):
        assert sp["label"] in V.LABELS, (doc_id, sp)
        assert 0 <= sp["start"] < sp["end"] <= len(text), (doc_id, sp)
        assert text[sp["start"] : sp["end"]] == sp["text"], (doc_id, sp)
        assert sp["text"] == sp["text"].strip() and sp["text"], (doc_id, sp)
        assert sp["start"] >= prev_end, ("overlap", doc_id, sp)
        prev_end = sp["end"]
        t = sp["text"]
        digits = re.sub(r"\D", "", t)
        if sp["label"] == "CREDIT_CARD" and re.fullmatch(r"[\d -]+", t):
            assert luhn.is_valid(digits), (doc_id, t)
        if sp["label"] == "IBAN_CODE":
            assert std_iban.is_valid(t), (doc_id, t)
        if sp["label"] == "ABA_ROUTING_NUMBER" and re.fullmatch(r"\d{9}", t):
            assert rtn.is_valid(t), (doc_id, t)
        if sp["label"] == "DEVICE_ID" and re.fullmatch(r"[\d -]{15,18}", t) and len(digits) == 15:
            assert luhn.is_valid(digits), (doc_id, t)


def _forbidden_regex():
    words = set()
    for c in V.CULT.values():
        for key in ("f", "m", "fam"):
            for tup in c[key]:
                for w in tup:
                    words.add(w)
    words.update(V.ALL_TOWN_STRINGS)
    words = sorted(w for w in words if len(w) >= 2)
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE
    )


FORBIDDEN = _forbidden_regex()
EMAIL_RE = re.compile(
    r"[\w.+-]+\s*(?:@|\[at\]|\(at\))\s*[\w-]+(?:\.|\[dot\]| dot )[\w.]+|[\w.]+ at [\w-]+ dot \w+", re.I
)


def check_negative(text, doc_id):
    m = FORBIDDEN.search(text)
    assert not m, ("negative contains list word", doc_id, m.group(0))
    assert "@" not in text and not EMAIL_RE.search(text), ("negative contains e-mail-like text", doc_id)


# ------------------------------------------------------------------ generation
def build_doc(seed, register, templates, index):
    tmpl = templates[index % len(templates)]
    for attempt in range(MAX_ATTEMPTS):
        rng = random.Random(f"{seed}|{register}|{index}|{attempt}")
        ctx = T.Ctx(rng)
        b = tmpl(ctx)
        text = b.text()
        yield attempt, tmpl.__name__, text, b.spans


def generate(seed):
    positives, negatives = [], []
    seen = set()
    tmpl_counts = collections.Counter()
    for register, templates in T.REGISTERS:
        assert 10 <= len(templates) <= 16, (register, len(templates))
        for i in range(DOCS_PER_REGISTER):
            for attempt, name, text, spans in build_doc(seed, register, templates, i):
                doc_id = f"hv10-{register}-{i:03d}"
                if text in seen or not spans:
                    continue
                check_spans(text, spans, doc_id)
                seen.add(text)
                tmpl_counts[(register, name)] += 1
                positives.append(
                    {
                        "id": doc_id,
                        "register": register,
                        "text": text,
                        "spans": [
                            {"start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]}
                            for s in sorted(spans, key=lambda s: s["start"])
                        ],
                    }
                )
                break
            else:
                raise RuntimeError(f"could not build {register} {i}")
    assert len(T.NEG_TEMPLATES) >= 15
    for i in range(N_NEGATIVES):
        for attempt, name, text, spans in build_doc(seed, "negative", T.NEG_TEMPLATES, i):
            doc_id = f"hv10-neg-{i:03d}"
            if text in seen or FORBIDDEN.search(text):
                continue  # re-draw (e.g. random SKU letters happened to spell a listed name)
            assert not spans
            check_negative(text, doc_id)
            seen.add(text)
            tmpl_counts[("negative", name)] += 1
            negatives.append({"id": doc_id, "register": "negative", "text": text, "spans": []})
            break
        else:
            raise RuntimeError(f"could not build negative {i}")
    for d in negatives:
        check_negative(d["text"], d["id"])
    # template counts: round-robin assignment
    for register, templates in T.REGISTERS + [("negative", T.NEG_TEMPLATES)]:
        n = N_NEGATIVES if register == "negative" else DOCS_PER_REGISTER
        for j, t in enumerate(templates):
            exp = n // len(templates) + (1 if j < n % len(templates) else 0)
            assert tmpl_counts[(register, t.__name__)] == exp, (
                register,
                t.__name__,
                tmpl_counts[(register, t.__name__)],
                exp,
            )
    label_counts = collections.Counter(s["label"] for d in positives for s in d["spans"])
    for lab in V.LABELS:
        assert label_counts[lab] >= MIN_PER_LABEL, (lab, label_counts[lab])
    assert len(positives) == DOCS_PER_REGISTER * len(T.REGISTERS) and len(negatives) == N_NEGATIVES
    return positives, negatives, label_counts, tmpl_counts


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--seed", default=DEFAULT_SEED)
    ap.add_argument(
        "--verify-determinism",
        action="store_true",
        help="re-run in subprocesses with PYTHONHASHSEED=0 and 12345 and compare bytes",
    )
    args = ap.parse_args(argv)
    pos, neg, labels, tmpls = generate(args.seed)
    pos_b, neg_b = dump(pos), dump(neg)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "heldout_v10.jsonl").write_bytes(pos_b)
    (out / "heldout_negatives_v10.jsonl").write_bytes(neg_b)
    print(f"seed={args.seed}  out={out}")
    print(f"positives: {len(pos)} docs, {sum(len(d['spans']) for d in pos)} spans; negatives: {len(neg)} docs")
    print("per register:")
    for reg, _ in T.REGISTERS:
        docs = [d for d in pos if d["register"] == reg]
        print(f"  {reg:16s} docs={len(docs):4d} spans={sum(len(d['spans']) for d in docs):5d}")
    print(f"  {'negative':16s} docs={len(neg):4d} spans=    0")
    print("per template:")
    for (reg, name), n in sorted(tmpls.items()):
        print(f"  {reg:16s} {name:22s} {n}")
    print("per label:")
    for lab in V.LABELS:
        print(f"  {lab:20s} {labels[lab]}")
    sha_p = hashlib.sha256(pos_b).hexdigest()
    sha_n = hashlib.sha256(neg_b).hexdigest()
    print(f"sha256 heldout_v10.jsonl           {sha_p}")
    print(f"sha256 heldout_negatives_v10.jsonl {sha_n}")
    if args.verify_determinism:
        shas = set()
        for hs in ("0", "12345"):
            with tempfile.TemporaryDirectory() as td:
                env = dict(os.environ, PYTHONHASHSEED=hs)
                subprocess.run(
                    [sys.executable, str(Path(__file__).resolve()), "--out", td, "--seed", args.seed],
                    check=True,
                    env=env,
                    stdout=subprocess.DEVNULL,
                )
                a = (Path(td) / "heldout_v10.jsonl").read_bytes()
                b = (Path(td) / "heldout_negatives_v10.jsonl").read_bytes()
                assert a == pos_b and b == neg_b, f"output differs under PYTHONHASHSEED={hs}"
                shas.add((hashlib.sha256(a).hexdigest(), hashlib.sha256(b).hexdigest()))
        print(f"determinism: identical bytes under PYTHONHASHSEED=0 and 12345 ({len(shas)} distinct hash pair)")


if __name__ == "__main__":
    main()
