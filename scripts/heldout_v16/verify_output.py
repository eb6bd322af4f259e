"""Independent verifier for the v16 held-out corpus (does not import the generator).

Checks structure, offsets, span edges, overlaps, label names, lengths, identifier validity (stdnum / phonenumbers /
Luhn / ipaddress), unlabelled re-occurrence of labelled values, and PII-shaped strings in the negatives.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import ipaddress
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

LABELS = {
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "USERNAME",
    "URL",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "NATIONAL_ID",
    "CREDIT_CARD",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "IBAN_CODE",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "CREDENTIAL",
    "VEHICLE_PLATE",
    "GEO_COORDINATES",
    "LOCATION",
    "DATE_OF_BIRTH",
    "AGE",
    "MINOR_AGE",
    "MEDICAL_CONDITION",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "GENDER_IDENTITY",
    "SEXUAL_ORIENTATION",
}
REGISTERS = [
    "mobile_forensic_extractions",
    "family_court_welfare",
    "financial_intel_reports",
    "email_abuse_reports",
    "world_tips_f",
]
BAD_EDGE = set(" \t\r\n.,;:!?'\"")
STDNUM_IDS = [
    "fr.nir",
    "de.idnr",
    "gb.nhs",
    "nl.bsn",
    "es.dni",
    "es.nie",
    "it.codicefiscale",
    "pl.pesel",
    "se.personnummer",
    "dk.cpr",
    "fi.hetu",
    "ch.ssn",
    "at.vnr",
    "ie.pps",
    "be.nn",
    "pt.cc",
    "br.cpf",
    "tr.tckimlik",
    "ro.cnp",
    "in_.aadhaar",
    "in_.pan",
    "za.idnr",
    "ca.sin",
    "ru.inn",
    "th.pin",
    "cz.rc",
    "sk.rc",
    "bg.egn",
    "mx.curp",
]
ID_FORMATS = [
    r"[A-CEGHJ-PR-TW-Z]{2} \d{2} \d{2} \d{2} [A-D]",  # UK NINO
    r"[A-Z]{1,2}\d{6,7}",  # passports / Moroccan CIN
    r"C[MF]\d{5}[A-Z]\d{3}[A-Z]{4}",  # Uganda NIN
    r"GHA-\d{9}-\d",  # Ghana Card
    r"\d{4}-\d{4}-\d{5}",  # Afghan e-tazkira
    r"\d{2}-\d{6}",  # Timor-Leste electoral card
    r"TO\d{7}",  # Tonga ID
    r"\d{10}",  # PNG NID
    r"\d{10}[A-Z]{2}\d",  # DRC voter card
    r"\d\.\d{3}\.\d{3}",
]  # Paraguay cedula
WORDS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
NATIVE_DIGITS = ["۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙", "٠١٢٣٤٥٦٧٨٩"]


def to_ascii_digits(s):
    out = []
    for c in s:
        for nd in NATIVE_DIGITS:
            if c in nd:
                c = str(nd.index(c))
                break
        out.append(c)
    return "".join(out)


_ID_MODS = None


def id_mods():
    global _ID_MODS
    if _ID_MODS is None:
        _ID_MODS = [importlib.import_module("stdnum." + m) for m in STDNUM_IDS]
    return _ID_MODS


def valid_phone(s):
    t = s.strip()
    low = t.lower()
    if re.fullmatch(r"[a-z ]+", low):
        t = "".join(WORDS.get(w, "?") for w in low.split())
        if "?" in t:
            return False
    t = to_ascii_digits(t)
    if t.startswith("00"):
        t = "+" + t[2:]
    if t.startswith("+"):
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(t, None))
        except phonenumbers.NumberParseException:
            return False
    for reg in sorted(phonenumbers.SUPPORTED_REGIONS):
        try:
            n = phonenumbers.parse(t, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


def valid_card(s):
    d = re.sub(r"[ \-]", "", s)
    if re.fullmatch(r"\d{13,19}", d):
        return luhn.is_valid(d)
    return bool(re.fullmatch(r"\d{4,6}[\d*X]{2,9}\d{4}", d)) and ("*" in d or "X" in d)


def valid_device(s):
    d = s.replace("-", "")
    if re.fullmatch(r"\d{15}", d):
        return luhn.is_valid(d) or d[0] in "234567"  # IMEI (Luhn) or IMSI (MCC 2xx-7xx)
    if re.fullmatch(r"89\d{17,18}", d):
        return luhn.is_valid(d)
    if re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", s):
        return True
    if re.fullmatch(r"[0-9a-f]{16}", s):
        return True
    return bool(re.fullmatch(r"[A-Z0-9]{10,14}", s))


def valid_geo(s):
    m = re.fullmatch(r"(-?\d{1,3}\.\d+),? ?(-?\d{1,3}\.\d+)", s)
    if m:
        return abs(float(m.group(1))) <= 90 and abs(float(m.group(2))) <= 180
    return bool(re.fullmatch(r"\d{1,3}°\d{2}'\d{2}\.\d\"[NS] \d{1,3}°\d{2}'\d{2}\.\d\"[EW]", s))


def valid_email(s):
    if re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", s):
        return True
    return bool(
        re.fullmatch(
            r"[A-Za-z0-9._%+\-]+ ?(\[at\]| at | \(at\) )[A-Za-z0-9\-]+((\[dot\]| dot | \(dot\) )[A-Za-z0-9\-]+)+", s
        )
    )


def valid_national_id(s):
    for m in id_mods():
        try:
            if m.is_valid(s):
                return "stdnum"
        except Exception:
            pass
    for f in ID_FORMATS:
        if re.fullmatch(f, s):
            return "format"
    return None


def check_value(label, s):
    if label == "PHONE_NUMBER":
        return valid_phone(s)
    if label == "CREDIT_CARD":
        return valid_card(s)
    if label == "IBAN_CODE":
        return std_iban.is_valid(s)
    if label == "US_SSN":
        return us_ssn.is_valid(s)
    if label == "US_ITIN":
        return us_itin.is_valid(s)
    if label == "ABA_ROUTING_NUMBER":
        return us_rtn.is_valid(s)
    if label == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if label == "MAC_ADDRESS":
        return bool(
            re.fullmatch(r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}", s)
        )
    if label == "DEVICE_ID":
        return valid_device(s)
    if label == "GEO_COORDINATES":
        return valid_geo(s)
    if label == "EMAIL_ADDRESS":
        return valid_email(s)
    if label == "NATIONAL_ID":
        return valid_national_id(s) is not None
    if label == "US_PASSPORT":
        return bool(re.fullmatch(r"\d{9}|[A-Z]\d{8}", s))
    if label == "US_BANK_NUMBER":
        return bool(re.fullmatch(r"\d{8,12}", s))
    if label in ("AGE", "MINOR_AGE"):
        return True
    if label == "URL":
        return s.startswith("http")
    return True


def reoccurrences(text, spans, minlen=4):
    low = text.lower()
    out = []
    done = set()
    for sp in spans:
        v = sp["text"].lower()
        if len(v) < minlen or v in done:
            continue
        done.add(v)
        for m in re.finditer(re.escape(v), low):
            i, j = m.start(), m.end()
            if i > 0 and low[i - 1].isalnum() and v[0].isalnum():
                continue
            if j < len(low) and low[j].isalnum() and v[-1].isalnum():
                continue
            if not any(s["start"] <= i and j <= s["end"] for s in spans):
                out.append((sp["text"], i))
    return out


def load(p):
    raw = Path(p).read_bytes()
    objs = [json.loads(line) for line in raw.decode("utf-8").split("\n") if line]
    return raw, objs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/work/main/tests/data/heldout")
    a = ap.parse_args(argv)
    d = Path(a.dir)
    errors = []
    warns = []
    raw_p, pos = load(d / "heldout_v16.jsonl")
    raw_n, neg = load(d / "heldout_negatives_v16.jsonl")
    for name, raw in (("heldout_v16.jsonl", raw_p), ("heldout_negatives_v16.jsonl", raw_n)):
        print(f"sha256 {name}: {hashlib.sha256(raw).hexdigest()}")
        if b"\r" in raw:
            errors.append(f"{name}: CR found")
        for line in raw.decode("utf-8").split("\n"):
            if line and line != json.dumps(json.loads(line), ensure_ascii=False):
                errors.append(f"{name}: line not in json.dumps(ensure_ascii=False) form")
                break
    ids = [o["id"] for o in pos + neg]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    reg_count = Counter(o["register"] for o in pos)
    for r in REGISTERS:
        if reg_count[r] != 80:
            errors.append(f"register {r}: {reg_count[r]} docs")
    if len(pos) != 400 or len(neg) != 250:
        errors.append(f"counts {len(pos)} / {len(neg)}")
    lab_count = Counter()
    per_reg_lab = defaultdict(Counter)
    id_kinds = Counter()
    lengths = []
    for o in pos:
        t = o["text"]
        lengths.append(len(t))
        if not re.fullmatch(rf"hv16-{o['register']}-\d{{3}}", o["id"]):
            errors.append(f"{o['id']}: bad id")
        if not (150 <= len(t) <= 3000):
            errors.append(f"{o['id']}: length {len(t)}")
        prev = -1
        for s in o["spans"]:
            st, en, lab, tx = s["start"], s["end"], s["label"], s["text"]
            if lab not in LABELS:
                errors.append(f"{o['id']}: unknown label {lab}")
            if t[st:en] != tx:
                errors.append(f"{o['id']}: offset mismatch {st}-{en}")
            if st < prev:
                errors.append(f"{o['id']}: unsorted/overlap at {st}")
            prev = en
            if not tx or tx[0] in BAD_EDGE or tx[-1] in BAD_EDGE:
                errors.append(f"{o['id']}: bad edge {lab}")
            if not check_value(lab, tx):
                errors.append(f"{o['id']}: invalid {lab} value")
            if lab == "NATIONAL_ID":
                id_kinds[valid_national_id(tx)] += 1
            lab_count[lab] += 1
            per_reg_lab[o["register"]][lab] += 1
        for v, i in reoccurrences(t, o["spans"]):
            errors.append(f"{o['id']}: unlabelled re-occurrence of a {len(v)}-char labelled value at {i}")
    # negatives
    neg_lengths = []
    for o in neg:
        t = o["text"]
        neg_lengths.append(len(t))
        if o["register"] != "negative" or o["spans"] != [] or not re.fullmatch(r"hv16-neg-\d{3}", o["id"]):
            errors.append(f"{o['id']}: negative structure")
        if not (150 <= len(t) <= 3000):
            errors.append(f"{o['id']}: length {len(t)}")
        if re.search(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z]{2,}", t):
            errors.append(f"{o['id']}: e-mail-like string in negative")
        for m in re.finditer(r"(?<![\d.])\d{13,19}(?![\d.])", t):
            if luhn.is_valid(m.group()):
                warns.append(f"{o['id']}: Luhn-valid digit run in negative")
        for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", t):
            if std_iban.is_valid(m.group()):
                errors.append(f"{o['id']}: valid IBAN in negative")
        if re.search(r"https?://", t):
            errors.append(f"{o['id']}: URL in negative")
    person_vals = {s["text"].lower() for o in pos for s in o["spans"] if s["label"] == "PERSON" and len(s["text"]) >= 4}
    for o in neg:
        low = o["text"].lower()
        for v in sorted(person_vals):
            for m in re.finditer(re.escape(v), low):
                i, j = m.start(), m.end()
                if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                    warns.append(f"{o['id']}: a positive-corpus PERSON value appears in a negative")
                    break
    print(f"positive docs: {len(pos)}; negatives: {len(neg)}")
    print(f"length positives: min {min(lengths)} max {max(lengths)} >1500: {sum(1 for x in lengths if x > 1500)}")
    print(f"length negatives: min {min(neg_lengths)} max {max(neg_lengths)}")
    print("NATIONAL_ID validity:", dict(id_kinds))
    for r in REGISTERS:
        print(f"[{r}] " + ", ".join(f"{k}={v}" for k, v in sorted(per_reg_lab[r].items())))
    print("TOTAL " + ", ".join(f"{k}={v}" for k, v in sorted(lab_count.items())))
    for w in warns[:50]:
        print("WARN", w)
    for e in errors[:200]:
        print("ERROR", e)
    print(f"errors: {len(errors)}  warnings: {len(warns)}")
    print("RESULT:", "PASS" if not errors else "FAIL")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
