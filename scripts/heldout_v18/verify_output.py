#!/usr/bin/env python3
"""Independent re-check of the written v18 files (does not import the generator).

Usage: verify_output.py [--dir DIR]   (default: /work/main/tests/data/heldout)
Checks: JSON shape, ids, counts, offsets/text, edges, overlaps, lengths, validity of
phones/IBANs/cards/stdnum IDs/US numbers, re-occurrence of labelled values, negatives
free of spans, of PII-like patterns and of any PERSON value of the positives.
Prints statistics per register and label; exits non-zero on any error.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers as pn
import stdnum
from stdnum import iban as std_iban
from stdnum import imei as std_imei
from stdnum import luhn

LABELS = {
    "PERSON",
    "USERNAME",
    "URL",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "LOCATION",
    "AGE",
    "MINOR_AGE",
    "DATE_OF_BIRTH",
    "NATIONAL_ID",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
    "DEVICE_ID",
    "MAC_ADDRESS",
    "IP_ADDRESS",
    "CREDENTIAL",
    "GEO_COORDINATES",
    "VEHICLE_PLATE",
    "MEDICAL_CONDITION",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "GENDER_IDENTITY",
    "SEXUAL_ORIENTATION",
}
REGISTERS = [
    "asylum_tracing_casework",
    "insurance_motor_claims",
    "file_format_exports",
    "housing_welfare_casework",
    "world_tips_h",
]
EDGE = set(".,;:!?'\"")
PHONE_REGIONS = [
    "GB",
    "IE",
    "DE",
    "AT",
    "NL",
    "CH",
    "FR",
    "BE",
    "SE",
    "NO",
    "DK",
    "FI",
    "IT",
    "ES",
    "PL",
    "GR",
    "GL",
    "RU",
    "PK",
    "IN",
    "BT",
    "ID",
    "PH",
    "MW",
    "BW",
    "ZA",
    "ML",
    "CW",
    "AW",
    "SY",
    "AF",
    "ER",
    "IQ",
    "SD",
    "SO",
    "UA",
    "TR",
    "LB",
    "JO",
    "ET",
    "IR",
    "GE",
    "LK",
    "CD",
    "VE",
    "CO",
    "US",
    "IS",
]


def national_modules():
    mods = []
    for m in pkgutil.iter_modules(stdnum.__path__):
        if not m.ispkg:
            continue
        pkg = importlib.import_module("stdnum." + m.name)
        for sub in pkgutil.iter_modules(pkg.__path__):
            try:
                mods.append(importlib.import_module(f"stdnum.{m.name}.{sub.name}"))
            except Exception:
                pass
    return mods


NAT_MODS = None


def nat_valid(v):
    global NAT_MODS
    if NAT_MODS is None:
        NAT_MODS = [m for m in national_modules() if hasattr(m, "is_valid")]
    for m in NAT_MODS:
        try:
            if m.is_valid(v):
                return True
        except Exception:
            pass
    return False


def phone_ok(v):
    try:
        if v.lstrip().startswith(("+", "00", "٠٠", "۰۰", "+")):
            n = pn.parse(v, "DE")
            if pn.is_valid_number(n):
                return True
    except pn.NumberParseException:
        pass
    for r in PHONE_REGIONS:
        try:
            if pn.is_valid_number(pn.parse(v, r)):
                return True
        except pn.NumberParseException:
            continue
    return False


def is_word(ch):
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def bounded(text, s, e):
    if s > 0:
        p = text[s - 1]
        if is_word(p) or (p in ".,:/-" and s > 1 and text[s - 2].isdigit() and text[s].isdigit()):
            return False
    if e < len(text):
        q = text[e]
        if is_word(q) or (q in ".,:/-" and e + 1 < len(text) and text[e + 1].isdigit() and text[e - 1].isdigit()):
            return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/work/main/tests/data/heldout")
    a = ap.parse_args()
    d = Path(a.dir)
    errors = []
    stats = collections.defaultdict(collections.Counter)
    soft = collections.Counter()
    pos = [json.loads(x) for x in open(d / "heldout_v18.jsonl", encoding="utf-8")]
    neg = [json.loads(x) for x in open(d / "heldout_negatives_v18.jsonl", encoding="utf-8")]
    if len(pos) != 400:
        errors.append(f"positives: {len(pos)}")
    if len(neg) != 250:
        errors.append(f"negatives: {len(neg)}")
    ids = set()
    persons = set()
    for r in pos:
        rid, reg, text, spans = r["id"], r["register"], r["text"], r["spans"]
        if set(r) != {"id", "register", "text", "spans"}:
            errors.append(f"{rid}: keys")
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if reg not in REGISTERS or not re.fullmatch(rf"hv18-{reg}-\d{{3}}", rid):
            errors.append(f"{rid}: register/id")
        if not 200 <= len(text) <= 2800:
            errors.append(f"{rid}: length {len(text)}")
        stats[reg]["_docs"] += 1
        prev = -1
        for sp in sorted(spans, key=lambda x: x["start"]):
            s, e, lab, v = sp["start"], sp["end"], sp["label"], sp["text"]
            if lab not in LABELS:
                errors.append(f"{rid}: label {lab}")
            if text[s:e] != v:
                errors.append(f"{rid}: offsets {s}-{e}")
                continue
            if not v or v[0].isspace() or v[-1].isspace() or v[0] in EDGE or v[-1] in EDGE:
                errors.append(f"{rid}: edge {lab}")
            if s < prev:
                errors.append(f"{rid}: overlap")
            prev = e
            stats[reg][lab] += 1
            if lab == "PERSON":
                persons.add(v)
            ok = True
            if lab == "PHONE_NUMBER":
                ok = phone_ok(v)
            elif lab == "IBAN_CODE":
                ok = std_iban.is_valid(v)
            elif lab == "CREDIT_CARD":
                ds = "".join(c for c in v if c.isdigit())
                ok = luhn.is_valid(ds) if len(ds) >= 13 else (len(ds) == 10 and any(m in v for m in "*Xx•"))
            elif lab == "US_SSN":
                ok = importlib.import_module("stdnum.us.ssn").is_valid(v)
            elif lab == "US_ITIN":
                ok = importlib.import_module("stdnum.us.itin").is_valid(v)
            elif lab == "ABA_ROUTING_NUMBER":
                ok = importlib.import_module("stdnum.us.rtn").is_valid(v)
            elif lab == "AGE":
                ok = v.isdigit() and 18 <= int(v) < 120
            elif lab == "MINOR_AGE":
                ok = v.isdigit() and int(v) < 18
            elif lab == "DEVICE_ID" and v.replace("-", "").isdigit() and len(v.replace("-", "")) == 15:
                ok = std_imei.is_valid(v)
            elif lab == "MAC_ADDRESS":
                ok = bool(
                    re.fullmatch(r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}", v)
                )
            elif lab == "NATIONAL_ID":
                if nat_valid(v):
                    soft["NATIONAL_ID stdnum-valid"] += 1
                else:
                    soft["NATIONAL_ID format-only"] += 1
            if not ok:
                errors.append(f"{rid}: invalid {lab}")
        # re-occurrence
        rngs = [(sp["start"], sp["end"]) for sp in spans]
        for v in {sp["text"] for sp in spans}:
            i = text.find(v)
            while i != -1:
                j = i + len(v)
                if bounded(text, i, j) and not any(x <= i and j <= y for x, y in rngs):
                    errors.append(f"{rid}: unlabelled re-occurrence")
                    break
                i = text.find(v, i + 1)
    kinds = collections.Counter()
    bad = re.compile(r"@|://|www\.")
    for r in neg:
        rid, text = r["id"], r["text"]
        if r["spans"]:
            errors.append(f"{rid}: spans in negative")
        if not re.fullmatch(r"hv18-neg-\d{3}", rid) or rid in ids:
            errors.append(f"{rid}: id")
        ids.add(rid)
        kinds[r["register"]] += 1
        if not 200 <= len(text) <= 2800:
            errors.append(f"{rid}: length")
        if bad.search(text):
            errors.append(f"{rid}: e-mail/URL marker")
        for tok in re.findall(r"(?<![\d+])\+?\d[\d ]{7,16}\d", text):
            if tok.startswith("+") and phone_ok(tok):
                errors.append(f"{rid}: phone-like")
        for p in persons:
            k = text.find(p)
            while k != -1:
                if bounded(text, k, k + len(p)):
                    errors.append(f"{rid}: PERSON value of positives")
                    break
                k = text.find(p, k + 1)
    if len(kinds) != 25 or any(v != 10 for v in kinds.values()):
        errors.append(f"negative kinds: {dict(kinds)}")
    total = collections.Counter()
    for reg in REGISTERS:
        c = stats[reg]
        total.update({k: v for k, v in c.items() if k != "_docs"})
        print(f"{reg}: docs={c['_docs']} " + ", ".join(f"{k}={v}" for k, v in sorted(c.items()) if k != "_docs"))
    print("TOTAL spans: " + ", ".join(f"{k}={v}" for k, v in sorted(total.items())) + f" (all={sum(total.values())})")
    print("negative kinds:", len(kinds), "x", sorted(set(kinds.values())))
    print("notes:", dict(soft))
    if errors:
        print(f"ERRORS ({len(errors)}):")
        for e in errors[:50]:
            print("  ", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
