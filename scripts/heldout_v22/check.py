"""Verify v22 output: offsets, counts, ids, labels, checksums.  Usage: check.py [DIR]"""

import collections
import json
import os
import sys

LABELS = set(
    """PERSON USERNAME EMAIL_ADDRESS PHONE_NUMBER STREET_ADDRESS LOCATION GEO_COORDINATES DATE_OF_BIRTH AGE MINOR_AGE
NATIONAL_ID US_SSN US_ITIN US_PASSPORT US_DRIVER_LICENSE CREDIT_CARD IBAN_CODE US_BANK_NUMBER ABA_ROUTING_NUMBER IP_ADDRESS
MAC_ADDRESS DEVICE_ID URL CREDENTIAL VEHICLE_PLATE MEDICAL_CONDITION GENETIC_DATA CRIMINAL_HISTORY ETHNIC_ORIGIN
SEXUAL_ORIENTATION GENDER_IDENTITY""".split()
)
REGS = ["news_court_reports", "youth_camps_trips", "tenancy_lettings", "crowdfunding_campaigns", "world_englishes_tips"]


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errs = []
    pos = [json.loads(x) for x in open(os.path.join(d, "heldout_v22.jsonl"), encoding="utf-8")]
    neg = [json.loads(x) for x in open(os.path.join(d, "heldout_negatives_v22.jsonl"), encoding="utf-8")]
    if len(pos) != 400:
        errs.append("positives %d" % len(pos))
    if len(neg) != 250:
        errs.append("negatives %d" % len(neg))
    ids = [x["id"] for x in pos + neg]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    rc = collections.Counter(x["register"] for x in pos)
    for r in REGS:
        if rc[r] != 80:
            errs.append("register %s has %d" % (r, rc[r]))
    counts = {r: collections.Counter() for r in REGS}
    from stdnum import luhn, iban
    from stdnum.us import rtn

    for x in pos:
        if not x["id"].startswith("hv22-%s-" % x["register"]):
            errs.append("bad id " + x["id"])
        if not x["spans"]:
            errs.append("no spans " + x["id"])
        prev_end = -1
        for s in sorted(x["spans"], key=lambda s: s["start"]):
            if x["text"][s["start"] : s["end"]] != s["text"]:
                errs.append("offset mismatch %s %r" % (x["id"], s))
            if s["label"] not in LABELS:
                errs.append("bad label %s %s" % (x["id"], s["label"]))
            if s["start"] < prev_end:
                errs.append("overlap %s %r" % (x["id"], s))
            if s["text"] != s["text"].strip() or not s["text"]:
                errs.append("whitespace/empty span %s %r" % (x["id"], s))
            prev_end = s["end"]
            t = s["text"]
            if s["label"] == "CREDIT_CARD" and not luhn.is_valid("".join(c for c in t if c.isdigit())):
                errs.append("luhn %s %s" % (x["id"], t))
            if s["label"] == "IBAN_CODE" and not iban.is_valid(t):
                errs.append("iban %s %s" % (x["id"], t))
            if s["label"] == "ABA_ROUTING_NUMBER" and not rtn.is_valid(t):
                errs.append("aba %s %s" % (x["id"], t))
            counts[x["register"]][s["label"]] += 1
    kc = collections.Counter(x["register"] for x in neg)
    if len(kc) != 25 or set(kc.values()) != {10}:
        errs.append("negative kinds %r" % kc)
    for i, x in enumerate(neg):
        if x["spans"] != [] or x["id"] != "hv22-neg-%03d" % (i + 1):
            errs.append("neg " + x["id"])
    for r in REGS:
        print(r, sum(counts[r].values()), dict(sorted(counts[r].items())))
    tot = collections.Counter()
    for c in counts.values():
        tot.update(c)
    print("TOTAL", sum(tot.values()), dict(sorted(tot.items())))
    print("negative kinds:", ", ".join(sorted(kc)))
    if errs:
        print("ERRORS (%d):" % len(errs))
        for e in errs[:50]:
            print(" ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
