"""Verify the v25 output files: span offsets, labels, counts, ids, negatives empty. Prints label counts per register."""

import collections
import json
import os
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
REGISTERS = [
    "maritime_crew_agencies",
    "funeral_bereavement_services",
    "gym_fitness_memberships",
    "phone_repair_shop_tickets",
    "student_housing_welfare",
]


def load(p):
    with open(p, encoding="utf-8") as fh:
        return [json.loads(x) for x in fh]


def main(d):
    pos = load(os.path.join(d, "heldout_v25.jsonl"))
    neg = load(os.path.join(d, "heldout_negatives_v25.jsonl"))
    err = []
    assert len(pos) == 400, len(pos)
    assert len(neg) == 250, len(neg)
    ids = set()
    per = collections.Counter()
    counts = collections.defaultdict(collections.Counter)
    for row in pos:
        assert set(row) == {"id", "register", "text", "spans"}, row.keys()
        reg = row["register"]
        per[reg] += 1
        if row["id"] != "hv25-%s-%03d" % (reg, per[reg]):
            err.append("bad id " + row["id"])
        ids.add(row["id"])
        t = row["text"]
        if not row["spans"]:
            err.append("no spans " + row["id"])
        prev_end = -1
        for s in row["spans"]:
            if t[s["start"] : s["end"]] != s["text"]:
                err.append("offset mismatch %s %r" % (row["id"], s))
            if s["label"] not in LABELS:
                err.append("bad label %s %s" % (row["id"], s["label"]))
            if s["text"] != s["text"].strip() or not s["text"]:
                err.append("whitespace/empty span %s %r" % (row["id"], s))
            if s["start"] < prev_end:
                err.append("overlap %s %r" % (row["id"], s))
            prev_end = max(prev_end, s["end"])
            counts[reg][s["label"]] += 1
    assert sorted(per) == sorted(REGISTERS) and all(v == 80 for v in per.values()), per
    kinds = collections.Counter()
    for i, row in enumerate(neg):
        if row["id"] != "hv25-neg-%03d" % (i + 1):
            err.append("bad neg id " + row["id"])
        if row["spans"] != []:
            err.append("neg with spans " + row["id"])
        kinds[row["register"]] += 1
    assert len(kinds) == 25 and all(v == 10 for v in kinds.values()), kinds
    assert len(ids) == 400
    for reg in REGISTERS:
        print(reg, dict(sorted(counts[reg].items())))
    tot = collections.Counter()
    for c in counts.values():
        tot.update(c)
    print("TOTAL", dict(sorted(tot.items())), "spans:", sum(tot.values()))
    print("negative kinds:", ", ".join(kinds))
    if err:
        print("\n".join(err[:50]))
        print("ERRORS:", len(err))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
