"""Independent re-check of the written JSONL files: offsets, edges, validity of identifiers, coverage."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import phonenumbers
from builder import validate
from stdnum import iban, luhn
from stdnum.us import itin, rtn, ssn

NATIVE = str.maketrans("०१२३४५६७८९೦೧೨೩೪೫೬೭೮೯୦୧୨୩୪୫୬୭୮୯۰۱۲۳۴۵۶۷۸۹", "0123456789" * 4)
REGIONS = (
    "GB",
    "US",
    "IE",
    "AU",
    "NZ",
    "CA",
    "ZA",
    "IN",
    "FR",
    "DE",
    "ES",
    "IT",
    "SK",
    "SI",
    "HR",
    "MK",
    "BY",
    "AZ",
    "KG",
    "CN",
    "PK",
    "PH",
    "ID",
    "MG",
    "RW",
    "NG",
    "MT",
    "MV",
)


def phone_ok(value: str) -> bool:
    value = value.translate(NATIVE)
    for region in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


CHECKS = {
    "IBAN_CODE": iban.is_valid,
    "CREDIT_CARD": lambda v: luhn.is_valid(re.sub(r"\D", "", v)),
    "ABA_ROUTING_NUMBER": rtn.is_valid,
    "US_SSN": ssn.is_valid,
    "US_ITIN": itin.is_valid,
    "PHONE_NUMBER": phone_ok,
}


def uncovered(doc: dict) -> list[str]:
    """Values of labelled spans that also occur elsewhere in the text outside any span."""
    covered = [(s["start"], s["end"]) for s in doc["spans"]]
    problems = []
    for value in sorted({s["text"] for s in doc["spans"] if len(s["text"]) >= 4}):
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", doc["text"]):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                problems.append(value)
    return problems


def main(out_dir: str) -> int:
    errors = 0
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    for name in ("heldout_v14.jsonl", "heldout_negatives_v14.jsonl"):
        for line in Path(out_dir, name).read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            assert set(doc) == {"id", "register", "text", "spans"}, doc.keys()
            assert doc["id"] not in seen_ids and doc["text"] not in seen_texts
            seen_ids.add(doc["id"])
            seen_texts.add(doc["text"])
            assert 200 <= len(doc["text"]) <= 3000, doc["id"]
            validate(doc["text"], doc["spans"])
            if doc["register"] == "negative":
                assert not doc["spans"] and doc["id"].startswith("hv14-neg-")
                if "@" in doc["text"]:
                    print("negative contains @:", doc["id"])
                    errors += 1
            for span in doc["spans"]:
                check = CHECKS.get(span["label"])
                if check and not check(span["text"]):
                    print("invalid", span["label"], span["text"], doc["id"])
                    errors += 1
            for value in uncovered(doc):
                print("unlabelled repeat of", repr(value), "in", doc["id"])
                errors += 1
    print(f"checked {len(seen_ids)} documents, {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/work/main/tests/data/heldout"))
