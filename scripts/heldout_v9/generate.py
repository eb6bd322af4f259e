"""Generate the v9 held-out PII corpus (400 labelled documents + 250 PII-free negatives).

Usage: python generate.py [--out DIR] [--seed S]
"""

import argparse
import collections
import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sources as S  # noqa: E402
import templates as T  # noqa: E402
import values as V  # noqa: E402

LABELS = [
    "PERSON",
    "USERNAME",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "LOCATION",
    "STREET_ADDRESS",
    "AGE",
    "MINOR_AGE",
    "DATE_OF_BIRTH",
    "MEDICAL_CONDITION",
    "NATIONAL_ID",
    "CRIMINAL_HISTORY",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
    "URL",
    "VEHICLE_PLATE",
    "GEO_COORDINATES",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "CREDENTIAL",
]
REGISTERS = {
    "native": T.NATIVE,
    "email_thread": T.EMAIL,
    "public_post": T.PUBLIC,
    "legal": T.LEGAL,
    "finance_hr": T.FINANCE,
}
PER_REGISTER, N_NEG, MIN_LABEL = 80, 250, 15
DEFAULT_SEED = "heldout-v9-2024"


def check_doc(doc):
    text, spans = doc["text"], doc["spans"]
    prev_end = -1
    for sp in sorted(spans, key=lambda s: (s["start"], s["end"])):
        assert sp["label"] in LABELS, sp
        assert 0 <= sp["start"] < sp["end"] <= len(text), sp
        assert text[sp["start"] : sp["end"]] == sp["text"], (doc["id"], sp)
        assert sp["text"] == sp["text"].strip(), (doc["id"], sp)
        assert sp["start"] >= prev_end, ("overlap", doc["id"], sp)
        prev_end = sp["end"]


# negatives must not contain any word from the hand-typed person-name lists or e-mail-like strings
_NAMES = {
    w
    for c in S.CULTURES.values()
    for k in ("m", "f", "fam", "fam_f")
    for n in c.get(k, [])
    for w in n.split()
    if len(w) >= 4
}
_NAME_OK = {"Rossi", "Jansen", "Brunner", "Okafor", "Hargreaves", "Pike"}  # appear only inside firm names


def check_negative(doc):
    assert not doc["spans"]
    words = set(re.findall(r"[^\W\d_]+", doc["text"]))
    bad = (words & _NAMES) - _NAME_OK
    assert not bad, (doc["id"], bad)
    assert not re.search(r"[\w.]+@[\w-]+\.\w+", doc["text"]), doc["id"]


def build(seed):
    docs, seen = [], set()
    for reg, tpls in REGISTERS.items():
        for i in range(PER_REGISTER):
            tpl = tpls[i % len(tpls)]
            for attempt in range(50):
                rng = random.Random(f"{seed}|{reg}|{i}|{attempt}")
                ref = V.rand_date(rng)
                d = tpl(rng, ref)
                if d.text not in seen:
                    break
            seen.add(d.text)
            spans = sorted(d.spans, key=lambda s: (s["start"], s["end"]))
            doc = {
                "id": f"v9-{reg}-{i + 1:04d}",
                "register": reg,
                "template": tpl.__name__,
                "text": d.text,
                "spans": spans,
            }
            check_doc(doc)
            docs.append(doc)
    negs = []
    for i in range(N_NEG):
        tpl = T.NEGATIVE[i % len(T.NEGATIVE)]
        for attempt in range(50):
            rng = random.Random(f"{seed}|negative|{i}|{attempt}")
            text = tpl(rng, V.rand_date(rng))
            if text not in seen:
                break
        seen.add(text)
        doc = {
            "id": f"v9-negative-{i + 1:04d}",
            "register": "negative",
            "template": tpl.__name__,
            "text": text,
            "spans": [],
        }
        check_negative(doc)
        negs.append(doc)
    return docs, negs


def main():
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=here.parents[1] / "tests" / "data" / "heldout")
    ap.add_argument("--seed", default=DEFAULT_SEED)
    a = ap.parse_args()
    docs, negs = build(str(a.seed))

    texts = [d["text"] for d in docs + negs]
    assert len(texts) == len(set(texts)), "duplicate texts"
    assert len(docs) == PER_REGISTER * len(REGISTERS) and len(negs) == N_NEG
    assert len({d["template"] for d in negs}) >= 15
    for reg, tpls in REGISTERS.items():
        assert 10 <= len(tpls) <= 16, reg
    labels = collections.Counter(s["label"] for d in docs for s in d["spans"])
    short = {lab: labels[lab] for lab in LABELS if labels[lab] < MIN_LABEL}
    assert not short, f"labels below {MIN_LABEL}: {short}"

    a.out.mkdir(parents=True, exist_ok=True)
    paths = [a.out / "heldout_v9.jsonl", a.out / "heldout_negatives_v9.jsonl"]
    for path, rows in zip(paths, (docs, negs), strict=True):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("documents per register:")
    for reg, n in collections.Counter(d["register"] for d in docs + negs).items():
        print(f"  {reg:<14}{n:>5}")
    print("templates per register:", {reg: len(t) for reg, t in REGISTERS.items()}, "negative:", len(T.NEGATIVE))
    print("spans per label (positive file):")
    for lab in LABELS:
        print(f"  {lab:<20}{labels[lab]:>5}")
    print(f"  {'TOTAL':<20}{sum(labels.values()):>5}")
    for p in paths:
        print(f"sha256 {hashlib.sha256(p.read_bytes()).hexdigest()}  {p}")


if __name__ == "__main__":
    main()
