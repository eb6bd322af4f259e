"""Verify v24 output: offsets, counts, ids, label names, overlaps, checksums. Usage: check.py [DIR]"""

import collections
import json
import os
import re
import sys

LABELS = {
    "PERSON",
    "USERNAME",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "LOCATION",
    "GEO_COORDINATES",
    "DATE_OF_BIRTH",
    "AGE",
    "MINOR_AGE",
    "NATIONAL_ID",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "URL",
    "CREDENTIAL",
    "VEHICLE_PLATE",
    "MEDICAL_CONDITION",
    "GENETIC_DATA",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
}
REGS = [
    "veterinary_animal_welfare",
    "ride_hailing_delivery_support",
    "probation_youth_justice",
    "utility_energy_accounts",
    "elder_home_care_records",
]


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def aba_ok(s):
    d = [int(c) for c in s]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errs = []
    pos = [json.loads(x) for x in open(os.path.join(root, "heldout_v24.jsonl"), encoding="utf-8")]
    neg = [json.loads(x) for x in open(os.path.join(root, "heldout_negatives_v24.jsonl"), encoding="utf-8")]
    if len(pos) != 400:
        errs.append(f"positives {len(pos)} != 400")
    if len(neg) != 250:
        errs.append(f"negatives {len(neg)} != 250")
    ids = [d["id"] for d in pos + neg]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    regc = collections.Counter(d["register"] for d in pos)
    for rg in REGS:
        if regc[rg] != 80:
            errs.append(f"register {rg}: {regc[rg]}")
    kinds = collections.Counter(d["register"] for d in neg)
    if len(kinds) != 25 or set(kinds.values()) != {10}:
        errs.append(f"negative kinds wrong: {kinds}")
    per = collections.defaultdict(collections.Counter)
    for d in pos:
        if not re.fullmatch(r"hv24-" + re.escape(d["register"]) + r"-\d{3}", d["id"]):
            errs.append(f"bad id {d['id']}")
        if not d["spans"]:
            errs.append(f"{d['id']}: no spans")
        last_end = -1
        for s in sorted(d["spans"], key=lambda s: (s["start"], s["end"])):
            if d["text"][s["start"] : s["end"]] != s["text"]:
                errs.append(f"{d['id']}: offset mismatch {s}")
            if s["label"] not in LABELS:
                errs.append(f"{d['id']}: bad label {s['label']}")
            if s["start"] < last_end:
                errs.append(f"{d['id']}: overlapping span {s}")
            if s["text"] != s["text"].strip() or not s["text"]:
                errs.append(f"{d['id']}: whitespace at span edge {s!r}")
            last_end = s["end"]
            lab, v = s["label"], s["text"]
            if lab == "CREDIT_CARD" and not luhn_ok(v):
                errs.append(f"{d['id']}: Luhn fails")
            if lab == "IBAN_CODE" and not iban_ok(v):
                errs.append(f"{d['id']}: IBAN fails")
            if lab == "ABA_ROUTING_NUMBER" and not aba_ok(v):
                errs.append(f"{d['id']}: ABA fails")
            if lab == "MINOR_AGE" and v.isdigit() and int(v) >= 18:
                errs.append(f"{d['id']}: minor age {v}")
            if lab == "AGE" and v.isdigit() and int(v) < 18:
                errs.append(f"{d['id']}: adult age {v}")
            per[d["register"]][lab] += 1
    for d in neg:
        if d["spans"]:
            errs.append(f"{d['id']}: negative has spans")
        if not re.fullmatch(r"hv24-neg-\d{3}", d["id"]):
            errs.append(f"bad id {d['id']}")
    for rg in REGS:
        print(rg, dict(sorted(per[rg].items())))
    tot = collections.Counter()
    for c in per.values():
        tot.update(c)
    print("TOTAL", sum(tot.values()), dict(sorted(tot.items())))
    print("negative kinds:", ", ".join(sorted(kinds)))
    if errs:
        print(f"{len(errs)} ERRORS")
        for e in errs[:40]:
            print("  ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
