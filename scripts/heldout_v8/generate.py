"""Driver for the heldout_v8 PII evaluation corpus.

Usage: /work/main/.venv/bin/python generate.py [--out DIR] [--seed S]
"""

import argparse
from pathlib import Path
import collections
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import sources as S  # noqa: E402
import templates as T  # noqa: E402
import values as V  # noqa: E402

N_VERSION = 8
PER_REGISTER = 80
N_NEGATIVES = 250
BASE_SEED = "heldout_v8::child-protection-hotline"


def build(template, register, idx, seed, seen):
    for attempt in range(50):
        rng = random.Random(f"{seed}|{register}|{idx}|{attempt}")
        ref = rng.choice(V.REF_DATES)
        doc = template(rng, ref)
        text = doc.text
        if text not in seen:
            seen.add(text)
            spans = sorted(doc.spans, key=lambda s: s["start"])
            return {
                "id": f"v{N_VERSION}-{register}-{idx + 1:04d}",
                "register": register,
                "template": template.__name__,
                "text": text,
                "spans": spans,
            }
    raise RuntimeError(f"could not build a unique document for {register} {idx}")


def check(rec, negative=False):
    text, spans = rec["text"], rec["spans"]
    if negative:
        assert spans == [], rec["id"]
    prev_end = -1
    for s in spans:
        assert s["label"] in V.LABELS, (rec["id"], s)
        assert 0 <= s["start"] < s["end"] <= len(text), (rec["id"], s)
        assert text[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] and s["text"] == s["text"].strip(), (rec["id"], s)
        assert s["start"] >= prev_end, ("overlap", rec["id"], s)
        prev_end = s["end"]


def _nid_ok(v):
    from stdnum import get_cc_module  # noqa: F401

    compact = re.sub(r"[\s.\-]", "", v)
    mods = [
        "gb.nhs",
        "ch.ssn",
        "fr.nir",
        "de.idnr",
        "nl.bsn",
        "es.dni",
        "es.nie",
        "pl.pesel",
        "se.personnummer",
        "fi.hetu",
        "be.nn",
        "gr.amka",
        "ie.pps",
        "in_.aadhaar",
        "in_.pan",
        "br.cpf",
        "ca.sin",
        "au.tfn",
        "it.codicefiscale",
    ]
    for m in mods:
        mod = __import__("stdnum." + m, fromlist=["is_valid"])
        if mod.is_valid(v) or mod.is_valid(compact):
            return True
    if re.fullmatch(r"[A-Z]\d{9}", compact):  # eGK Krankenversichertennummer (checked with our own routine)
        body = f"{ord(compact[0]) - 64:02d}" + compact[1:9]
        return sum(sum(divmod(int(c) * (1 if i % 2 == 0 else 2), 10)) for i, c in enumerate(body)) % 10 == int(
            compact[9]
        )
    if re.fullmatch(r"[2-6]\d{9,10}", compact):  # Medicare AU
        return sum(int(c) * w for c, w in zip(compact, [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(compact[8])
    return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]|\d{9}", compact))  # UK NINO / UK passport: no checksum exists


def validate_checksums(records):
    from stdnum import iban, luhn
    from stdnum.us import itin, rtn, ssn

    checks = {
        "IBAN_CODE": iban.is_valid,
        "CREDIT_CARD": lambda v: luhn.is_valid(re.sub(r"\D", "", v)),
        "ABA_ROUTING_NUMBER": rtn.is_valid,
        "US_SSN": lambda v: ssn.is_valid(v.replace(" ", "-")),
        "US_ITIN": itin.is_valid,
        "NATIONAL_ID": _nid_ok,
    }
    for r in records:
        for s in r["spans"]:
            if s["label"] in checks:
                assert checks[s["label"]](s["text"]), (r["id"], s)


def negative_lint(records):
    """Guard against accidental PII in negatives: names and towns from our own lists, e-mail shapes."""
    words = set()
    for given, family, _ in S.NAMES.values():
        for w in given + family:
            if len(w) >= 4 and w not in ("Park", "Rain", "Cotton", "Muir", "Rocha"):
                words.add(w)
    words |= {t[0] for t in S.TOWNS} | set(S.TOWNS_NATIVE) | set(S.DISTRICTS)
    pat = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    bad = []
    eponyms = ["Suzuki–Miyaura"]  # named reaction (eponym), allowed by the conventions
    for r in records:
        text = r["text"]
        for e in eponyms:
            text = text.replace(e, "")
        m = pat.search(text)
        bad.extend([(r["id"], m.group(0))] if m else [])
        assert not re.search(r"[\w.]+@[\w-]+\.\w", r["text"]), ("e-mail in negative", r["id"])
    assert not bad, bad


def sha256(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    # (Changed by the project, not the generator's author: the default is the clone's own folder, not an absolute path.)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[2] / "tests" / "data" / "heldout"))
    ap.add_argument("--seed", default=BASE_SEED)
    args = ap.parse_args(argv)

    seen, positives = set(), []
    for register, tpls in T.REGISTERS.items():
        assert 10 <= len(tpls) <= 16, register
        for i in range(PER_REGISTER):
            rec = build(tpls[i % len(tpls)], register, i, args.seed, seen)
            check(rec)
            positives.append(rec)
    negatives = []
    assert len(T.NEGATIVE) >= 15
    for i in range(N_NEGATIVES):
        rec = build(T.NEGATIVE[i % len(T.NEGATIVE)], "negative", i, args.seed, seen)
        check(rec, negative=True)
        negatives.append(rec)
    negative_lint(negatives)
    validate_checksums(positives)

    label_counts = collections.Counter(s["label"] for r in positives for s in r["spans"])
    missing = [lab for lab in V.LABELS if label_counts[lab] < 15]
    assert not missing, f"labels under 15 occurrences: {missing} {[label_counts[m] for m in missing]}"
    assert len({r["text"] for r in positives + negatives}) == len(positives) + len(negatives)

    os.makedirs(args.out, exist_ok=True)
    paths = [
        os.path.join(args.out, f"heldout_v{N_VERSION}.jsonl"),
        os.path.join(args.out, f"heldout_negatives_v{N_VERSION}.jsonl"),
    ]
    for path, recs in zip(paths, [positives, negatives]):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    reg_counts = collections.Counter(r["register"] for r in positives + negatives)
    tpl_counts = collections.Counter((r["register"], r["template"]) for r in positives + negatives)
    span_by_reg = collections.Counter()
    for r in positives:
        span_by_reg[r["register"]] += len(r["spans"])
    print("register     docs  spans  templates")
    for reg in list(T.REGISTERS) + ["negative"]:
        print(f"{reg:<12} {reg_counts[reg]:>4}  {span_by_reg[reg]:>5}  {sum(1 for k in tpl_counts if k[0] == reg):>3}")
    print("\nlabel                 count")
    for lab in V.LABELS:
        print(f"{lab:<21} {label_counts[lab]:>5}")
    print(f"{'TOTAL':<21} {sum(label_counts.values()):>5}\n")
    for p in paths:
        print(f"sha256 {sha256(p)}  {p}")


if __name__ == "__main__":
    main()
