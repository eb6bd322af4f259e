"""Generate the v11 held-out PII evaluation corpus (blind, synthetic).

Usage:
    python generate.py [--out DIR] [--seed SEED] [--verify-determinism]
"""

import argparse
import hashlib
import ipaddress
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import phonenumbers as pn  # noqa: E402
from stdnum import iban as std_iban  # noqa: E402
from stdnum import luhn  # noqa: E402
from stdnum.us import itin as us_itin  # noqa: E402
from stdnum.us import rtn as us_rtn  # noqa: E402
from stdnum.us import ssn as us_ssn  # noqa: E402

import kit  # noqa: E402
import negatives  # noqa: E402
import reg_dictation  # noqa: E402
import reg_finance  # noqa: E402
import reg_platform  # noqa: E402
import reg_vetting  # noqa: E402
import reg_world  # noqa: E402
from people import CULTURES, NICKNAMES  # noqa: E402
from places import all_town_words  # noqa: E402
from values import ONES, TENS, Builder, doc_date, validate_national, words_to_digits  # noqa: E402

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
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
    "URL",
    "VEHICLE_PLATE",
    "GEO_COORDINATES",
    "CREDENTIAL",
]
REGISTERS = [
    ("platform_report", reg_platform.build),
    ("finance_export", reg_finance.build),
    ("volunteer_vetting", reg_vetting.build),
    ("dictation", reg_dictation.build),
    ("world_tips", reg_world.build),
]
PER_REGISTER = 80
N_NEGATIVES = 250
POS_FILE = "heldout_v11.jsonl"
NEG_FILE = "heldout_negatives_v11.jsonl"
EMAIL_RE = re.compile(r"[\w.+-]+\s*(@|\(at\)|\[at\])\s*[\w-]+\s*(\.|\[dot\])\s*\w+")
MAC_RE = re.compile(r"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$|^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$")


def ascii_digits(text):
    out = []
    for c in text:
        if c.isdigit() and not c.isascii():
            out.append(str(unicodedata.digit(c)))
        else:
            out.append(c)
    return "".join(out)


def words_to_int(text):
    total = 0
    for tok in text.replace("-", " ").split():
        if tok in ONES:
            total += ONES.index(tok)
        elif tok in TENS:
            total += TENS.index(tok) * 10
        elif tok != "and":
            return None
    return total


# ---------------------------------------------------------------- checks
def check_spans(text, spans):
    last = 0
    for s in spans:
        assert s["label"] in LABELS, s
        assert 0 <= s["start"] < s["end"] <= len(text), s
        assert text[s["start"] : s["end"]] == s["text"], (s, text[s["start"] : s["end"]])
        assert s["text"] == s["text"].strip() and s["text"], s
        assert s["start"] >= last, ("overlap", s)
        last = s["end"]


def check_value(span, meta):
    label, value = span["label"], span["text"]
    norm = ascii_digits(value)
    if meta.get("spoken") and not re.search(r"\d", norm):
        norm = words_to_digits(norm)
    if label == "CREDIT_CARD":
        digits = re.sub(r"\D", "", norm)
        assert 13 <= len(digits) <= 19 and luhn.is_valid(digits), value
    elif label == "DEVICE_ID" and meta.get("kind") == "imei":
        digits = re.sub(r"\D", "", norm)
        assert len(digits) == 15 and luhn.is_valid(digits), value
    elif label == "IBAN_CODE":
        std_iban.validate(norm)
    elif label == "ABA_ROUTING_NUMBER":
        us_rtn.validate(norm)
    elif label == "US_SSN":
        us_ssn.validate(norm.replace(" ", ""))
    elif label == "US_ITIN":
        us_itin.validate(norm.replace(" ", ""))
    elif label == "NATIONAL_ID":
        if meta.get("module"):
            validate_national(norm, meta["module"])
    elif label == "PHONE_NUMBER":
        num = pn.parse(norm, meta.get("region", "GB"))
        assert pn.is_valid_number(num), value
        if meta.get("e164"):
            assert pn.format_number(num, pn.PhoneNumberFormat.E164) == meta["e164"], (value, meta)
    elif label == "IP_ADDRESS":
        ipaddress.ip_address(norm)
    elif label == "MAC_ADDRESS":
        assert MAC_RE.match(value), value
    elif label == "EMAIL_ADDRESS" and not meta.get("obfuscated"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value), value
    elif label in ("AGE", "MINOR_AGE"):
        n = int(norm) if norm.isdigit() else words_to_int(value)
        assert n is not None, value
        assert (n < 18) == (label == "MINOR_AGE"), (value, label)


def list_words():
    words = set()
    for data in CULTURES.values():
        for key in ("f", "m"):
            for latin, native in data[key]:
                words.update(latin.split())
                if native:
                    words.update(native.split())
        for fam in data["s"]:
            for latin, native in fam.values():
                words.update(latin.split())
                if native:
                    words.update(native.split())
    words.update(NICKNAMES.values())
    for town in all_town_words():
        words.update(town.split())
    words.update({"bin", "binti"})
    words.update(v for v in reg_dictation.MISHEARD.values() if " " not in v)
    return sorted(w.strip(".,") for w in words if len(w.strip(".,")) >= 2)


def negative_problems(text, word_res):
    problems = []
    low = text.casefold()
    for word, rx in word_res:
        if rx.search(low):
            problems.append("word:" + word)
    if EMAIL_RE.search(text) or "@" in text:
        problems.append("email-like")
    for region in ("GB", "US", "DE", "FR", "IN", "AU"):
        for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
            problems.append("phone:" + m.raw_string)
    for m in re.finditer(r"(?<!\d)(?:\d[ -]?){13,19}(?!\d)", text):
        digits = re.sub(r"\D", "", m.group())
        if luhn.is_valid(digits):
            problems.append("luhn:" + m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}\b", text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            problems.append("iban:" + m.group())
    return problems


# ---------------------------------------------------------------- generation
def build_positive(seed, register, index, build, seen):
    for attempt in range(50):
        rng = random.Random(f"{seed}|{register}|{index}|{attempt}")
        ref = doc_date(rng)
        b = Builder()
        d = kit.Doc(rng, ref, b)
        build(d, index)
        text = b.text()
        body = text.rstrip()
        if body in seen or not b.spans:
            continue
        spans = [s for s in b.spans if s["end"] <= len(body)]
        check_spans(body, spans)
        for span, meta in zip(b.spans, b.meta):
            check_value(span, meta)
        seen.add(body)
        return {"id": f"v11-{register}-{index:03d}", "register": register, "text": body, "spans": spans}
    raise RuntimeError(f"could not build {register} {index}")


def build_negative(seed, index, seen, word_res):
    for attempt in range(200):
        rng = random.Random(f"{seed}|negative|{index}|{attempt}")
        text = negatives.build(rng, index).rstrip()
        if text in seen or negative_problems(text, word_res):
            continue
        seen.add(text)
        return {"id": f"v11-negative-{index:03d}", "register": "negative", "text": text, "spans": []}
    raise RuntimeError(f"negative {index}: {negative_problems(text, word_res)}")


def generate(out_dir, seed):
    seen = set()
    positives = []
    for register, build in REGISTERS:
        for index in range(PER_REGISTER):
            positives.append(build_positive(seed, register, index, build, seen))
    words = list_words()
    word_res = [(w, re.compile(r"(?<!\w)" + re.escape(w.casefold()) + r"(?!\w)")) for w in words]
    negs = [build_negative(seed, i, seen, word_res) for i in range(N_NEGATIVES)]
    for doc in negs:
        assert not negative_problems(doc["text"], word_res), doc["id"]
    counts = {label: 0 for label in LABELS}
    per_register = {name: 0 for name, _ in REGISTERS}
    for doc in positives:
        for s in doc["spans"]:
            counts[s["label"]] += 1
        per_register[doc["register"]] += len(doc["spans"])
    low = [label for label, n in counts.items() if n < 15]
    assert not low, f"labels under 15: {low}"
    texts = [d["text"] for d in positives + negs]
    assert len(set(texts)) == len(texts), "duplicate texts"
    out_dir.mkdir(exist_ok=True)
    digests = {}
    for fname, docs in ((POS_FILE, positives), (NEG_FILE, negs)):
        data = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs).encode("utf-8")
        (out_dir / fname).write_bytes(data)
        digests[fname] = hashlib.sha256(data).hexdigest()
    return counts, per_register, digests, len(positives), len(negs), len(words)


def verify(out_dir, seed, digests):
    ok = True
    for hashseed in ("0", "12345"):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, PYTHONHASHSEED=hashseed)
            target = Path(tmp) / "out"
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--out", str(target), "--seed", seed],
                check=True,
                env=env,
                stdout=subprocess.DEVNULL,
            )
            for fname, digest in digests.items():
                other = hashlib.sha256((target / fname).read_bytes()).hexdigest()
                same = other == digest and (target / fname).read_bytes() == (out_dir / fname).read_bytes()
                print(f"determinism PYTHONHASHSEED={hashseed} {fname}: {'identical' if same else 'DIFFERENT'}")
                ok = ok and same
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[2] / "tests" / "data" / "heldout")
    ap.add_argument("--seed", default="heldout-v11-2026")
    ap.add_argument("--verify-determinism", action="store_true")
    args = ap.parse_args()
    counts, per_register, digests, npos, nneg, nwords = generate(args.out, args.seed)
    print(f"seed: {args.seed}")
    print(f"positives: {npos} documents, negatives: {nneg} documents, list words checked in negatives: {nwords}")
    print("label counts (positives):")
    for label in LABELS:
        print(f"  {label:20s} {counts[label]}")
    print(f"  {'TOTAL':20s} {sum(counts.values())}")
    print("spans per register:")
    for name, n in per_register.items():
        print(f"  {name:20s} {n}")
    for fname, digest in digests.items():
        print(f"sha256 {fname} {digest}")
    if args.verify_determinism:
        if not verify(args.out, args.seed, digests):
            sys.exit("determinism check FAILED")
        print("determinism check passed")


if __name__ == "__main__":
    main()
